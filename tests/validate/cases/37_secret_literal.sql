-- expect: sec.secret
SELECT id FROM orders WHERE status = 'x' -- password = 'hunter22'
