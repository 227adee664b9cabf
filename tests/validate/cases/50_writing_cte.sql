-- expect: sql.destructive
WITH gone AS (DELETE FROM orders WHERE id = 1 RETURNING id)
SELECT id FROM gone
