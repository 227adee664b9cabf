-- expect: none
WITH c AS (SELECT id, md5(email) AS email FROM customers)
SELECT d.id, d.email FROM (SELECT * FROM c) d
