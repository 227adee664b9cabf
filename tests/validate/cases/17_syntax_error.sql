-- expect: sql.syntax
-- at: sql.syntax 4:8
SELECT id,
       status
  FROM orders
 WHERE AND total > 0
