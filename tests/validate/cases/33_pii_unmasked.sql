-- expect: pii.unmasked-export
SELECT c.id, c.email FROM customers c
