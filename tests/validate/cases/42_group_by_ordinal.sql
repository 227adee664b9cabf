-- expect: none
SELECT status, count(*) FROM orders GROUP BY 1 ORDER BY 2 DESC
