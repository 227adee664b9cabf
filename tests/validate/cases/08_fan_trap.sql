-- expect: sql.fan-trap
-- at: sql.fan-trap 1:27
SELECT o.customer_id, sum(o.total) AS revenue, sum(i.line_total) AS lines
FROM orders o
JOIN order_items i ON i.order_id = o.id
GROUP BY o.customer_id
