-- expect: none
SELECT c.id, md5(c.email) AS email_hash FROM customers c
