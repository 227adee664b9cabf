-- expect: sql.missing-group-by
-- at: sql.missing-group-by 1:21
SELECT c.region_id, o.status, count(*)
FROM orders o
JOIN customers c ON c.id = o.customer_id
GROUP BY c.region_id
