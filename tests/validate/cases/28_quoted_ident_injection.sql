-- expect: sql.unknown-column
SELECT "id; DROP TABLE orders; --" FROM orders
