-- expect: sql.unknown-column
-- at: sql.unknown-column 2:13
WITH x(a, b) AS (SELECT id, status FROM orders)
SELECT x.a, x.c FROM x
