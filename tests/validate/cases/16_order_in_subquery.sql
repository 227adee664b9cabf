-- expect: sql.order-in-subquery
SELECT d.status, d.n
FROM (SELECT status, count(*) AS n FROM orders GROUP BY status ORDER BY n DESC) d
