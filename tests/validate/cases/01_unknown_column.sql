-- expect: sql.unknown-column
-- at: sql.unknown-column 1:14
SELECT o.id, o.totl
FROM orders o
