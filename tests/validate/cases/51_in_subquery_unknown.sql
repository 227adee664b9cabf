-- expect: sql.unknown-column
SELECT id FROM orders WHERE customer_id IN (SELECT id FROM customers WHERE regoin_id = 3)
