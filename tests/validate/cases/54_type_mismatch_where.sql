-- expect: sql.join-type-mismatch sql.join-no-relationship
SELECT o.id FROM orders o, products p WHERE p.sku = o.id
