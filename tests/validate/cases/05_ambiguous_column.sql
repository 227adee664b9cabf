-- expect: sql.ambiguous-column
-- at: sql.ambiguous-column 1:8
SELECT id
FROM orders o
JOIN customers c ON c.id = o.customer_id
