-- expect: none
SELECT c.id, l.n
FROM customers c
CROSS JOIN LATERAL (SELECT count(*) AS n FROM orders o WHERE o.customer_id = c.id) l
