-- expect: none
SELECT d.n, d.status
FROM (SELECT status, count(*) AS n FROM orders GROUP BY status) AS d
WHERE d.n > 10
