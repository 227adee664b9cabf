-- expect: sql.null-comparison
SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id AND c.email = NULL
