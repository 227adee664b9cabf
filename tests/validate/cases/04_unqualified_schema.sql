-- expect: sql.unqualified-table
SELECT id, name FROM regions
