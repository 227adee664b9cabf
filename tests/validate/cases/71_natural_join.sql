-- expect: sql.join-no-relationship
SELECT id, quantity FROM order_items NATURAL JOIN products
