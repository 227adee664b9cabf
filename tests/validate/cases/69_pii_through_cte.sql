-- expect: pii.unmasked-export
-- at: pii.unmasked-export 2:14
WITH c AS (SELECT id, email, phone AS tel FROM customers)
SELECT c.id, c.email, md5(c.tel) AS tel_hash FROM c
