-- expect: none
SELECT id FROM orders -- '; DROP TABLE x; --
