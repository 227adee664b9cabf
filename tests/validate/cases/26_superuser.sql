-- expect: sql.privilege sql.not-a-select
SELECT id FROM orders;
ALTER ROLE loader SUPERUSER;
