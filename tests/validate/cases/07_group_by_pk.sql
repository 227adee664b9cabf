-- expect: none
SELECT c.id, c.region_id, count(o.id) AS orders
FROM customers c
JOIN orders o ON o.customer_id = c.id
GROUP BY c.id
