# expect: sec.secret sec.conn-password
# kind: python_transform
# lang: python
import os

PASSWORD = "s3cr3t-pass"
DSN = "postgresql://loader:hunter22@db:5432/dw"
SAFE = os.environ["PGPASSWORD"]
TEMPLATE = "postgresql://loader:{password}@db/dw"


def connect():
    return (PASSWORD, DSN, SAFE, TEMPLATE)
