-- expect: sql.select-star pii.unmasked-export
-- kind: load_sql
INSERT INTO dw.customers
SELECT * FROM customers WHERE created_at > now() - interval '1 day'
