-- expect: any
SELECT id, 'ÿþ' AS junk FROM orders
