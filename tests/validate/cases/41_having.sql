-- expect: none
SELECT status, sum(total) AS revenue FROM orders GROUP BY status HAVING sum(total) > 10
