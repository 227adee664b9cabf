-- expect: none
SELECT id, sum(total) OVER (PARTITION BY customer_id) AS running FROM orders
