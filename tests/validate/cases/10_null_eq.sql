-- expect: sql.null-comparison
-- at: sql.null-comparison 1:36
SELECT id FROM orders WHERE status = NULL
