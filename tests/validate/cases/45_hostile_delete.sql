-- expect: sql.not-a-select sql.destructive
SELECT id FROM customers;
DELETE FROM customers;
