-- expect: sql.unknown-column
SELECT "[31mred]0;pwned" FROM orders
