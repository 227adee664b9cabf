-- expect: sql.join-type-mismatch sql.join-no-relationship
SELECT o.id, c.region_id
FROM orders o
JOIN customers c ON c.id = o.order_no
