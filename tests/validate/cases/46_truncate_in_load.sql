-- expect: sql.destructive
-- kind: load_sql
TRUNCATE orders;
INSERT INTO dw.orders (id) SELECT id FROM orders WHERE updated_at > now() - interval '1 day';
