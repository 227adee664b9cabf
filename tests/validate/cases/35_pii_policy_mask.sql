-- expect: pii.unmasked-export
-- mask-pii
-- errors: 1
SELECT c.id, lower(c.email) AS email FROM customers c
