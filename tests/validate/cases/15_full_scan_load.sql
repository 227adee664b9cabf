-- expect: sql.full-scan-load
-- kind: load_sql
INSERT INTO dw.orders (id, status, total)
SELECT id, status, total FROM orders
