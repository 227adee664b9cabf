-- expect: sql.not-a-select
UPDATE orders SET status = 'x' WHERE id = 1
