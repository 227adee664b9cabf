-- expect: sql.missing-from
SELECT x.id FROM orders o
