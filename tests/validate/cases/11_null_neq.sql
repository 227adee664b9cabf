-- expect: sql.null-comparison
SELECT id FROM customers WHERE email <> NULL
