-- expect: none
SELECT o.id, count(*) AS lines
FROM orders o
JOIN order_items i ON i.order_id = o.id
GROUP BY o.id
