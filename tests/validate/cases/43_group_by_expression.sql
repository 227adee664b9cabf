-- expect: none
SELECT date_trunc('day', created_at) AS day, sum(total) AS revenue
FROM orders
GROUP BY date_trunc('day', created_at)
ORDER BY day
