-- expect: none
SELECT r.name, t.amount
FROM sales.regions r
JOIN sales.targets t ON t.region_id = r.id
