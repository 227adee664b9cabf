-- expect: sql.setop-arity
SELECT id, status FROM orders
UNION ALL
SELECT id FROM customers
