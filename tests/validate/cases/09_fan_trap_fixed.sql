-- expect: none
WITH items AS (
  SELECT order_id, sum(line_total) AS lines FROM order_items GROUP BY order_id LIMIT 1000000
)
SELECT o.customer_id, sum(o.total) AS revenue, sum(i.lines) AS lines
FROM orders o
JOIN items i ON i.order_id = o.id
GROUP BY o.customer_id
