-- expect: sql.unknown-table
SELECT id FROM ordrs
