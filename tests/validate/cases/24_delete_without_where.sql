-- expect: sql.destructive
-- kind: load_sql
DELETE FROM orders
