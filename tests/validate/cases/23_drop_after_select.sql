-- expect: sql.destructive sql.not-a-select
-- at: sql.destructive 2:1
SELECT id FROM orders;
DROP TABLE orders;
