-- expect: sec.conn-password
-- target: postgresql://loader:s3cret@warehouse:5432/dw
SELECT id FROM orders
