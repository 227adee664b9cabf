-- expect: sql.join-no-relationship
SELECT o.id, c.region_id
FROM orders o
JOIN customers c ON c.region_id = o.id
