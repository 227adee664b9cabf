#!/usr/bin/env python3
"""make_warehouse.py OUT.sqlite|OUT.sql - a small shop warehouse for the map tests.

Most relationships are deliberately NOT declared (only order_items ->
products is), personal data sits in plain and cryptic columns, and the
values are generated with valid checksums (Luhn, INN, SNILS, IBAN), so the
test can check that the map finds the links from names, types and values,
and classifies the PII. Deterministic (fixed seed); timestamps are relative
to now so update frequency is measurable. The expected answers are in
expected.json next to this file. OUT.sql writes the same warehouse as SQL
that both SQLite and PostgreSQL accept (the PostgreSQL test loads it).
"""
import datetime
import random
import sqlite3
import sys

rnd = random.Random(42)


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rnd.randint(0, 9))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def inn12():
    """A person's INN: 10 digits and two check digits."""
    d = [rnd.randint(0, 9) for _ in range(10)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def snils():
    while True:
        d = [rnd.randint(0, 9) for _ in range(9)]
        if int("".join(map(str, d))) > 1001998:
            break
    s = sum(x * (9 - i) for i, x in enumerate(d))
    c = s if s < 100 else 0 if s in (100, 101) else (s % 101 if s % 101 != 100 else 0)
    n = "".join(map(str, d))
    return "%s-%s-%s %02d" % (n[:3], n[3:6], n[6:9], c)


def iban():
    bban = "".join(str(rnd.randint(0, 9)) for _ in range(18))
    num = int("".join(str(int(ch, 36)) for ch in bban + "DE00"))
    return "DE%02d%s" % (98 - num % 97, bban)


FIRST = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ivan", "Julia"]
LAST = ["Ivanova", "Petrov", "Smith", "Novak", "Garcia", "Kowalski", "Larsen", "Rossi"]
STREETS = ["12 Baker St", "5 Main Street", "77 Ocean Ave", "ул. Ленина, д. 3", "9 Park Road"]

class Script:
    """Collects the statements; literals are rendered for both dialects."""

    def __init__(self):
        self.out = []

    def executescript(self, text):
        self.out.append(text)

    def execute(self, sql, args=()):
        def lit(v):
            if v is None:
                return "NULL"
            if isinstance(v, (int, float)):
                return repr(v)
            return "'" + str(v).replace("'", "''") + "'"
        parts = sql.split("?")
        text = parts[0] + "".join(lit(a) + p for a, p in zip(args, parts[1:]))
        self.out.append(text + ";\n")

    def commit(self):
        pass


db = Script()
db.executescript("""
CREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT NOT NULL, email TEXT, last_login_ip TEXT);
CREATE TABLE cst_mstr(cst_id INTEGER PRIMARY KEY, familiya TEXT, imya TEXT, telefon TEXT,
  pochta TEXT, data_rozhdeniya DATE, inn TEXT, snils TEXT, adres TEXT);
CREATE TABLE categories(id INTEGER PRIMARY KEY, title TEXT, parent_id INTEGER);
CREATE TABLE products(id INTEGER PRIMARY KEY, name TEXT, category_id INTEGER, price NUMERIC);
CREATE TABLE orders(id INTEGER PRIMARY KEY, cst_id INTEGER NOT NULL, created_at TIMESTAMP,
  status TEXT, created_by INTEGER);
CREATE TABLE order_items(id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL,
  product_id INTEGER REFERENCES products(id), qty INTEGER);
CREATE TABLE payments(id INTEGER PRIMARY KEY, order_id INTEGER, card_number TEXT, iban TEXT,
  amount NUMERIC);
CREATE TABLE deliveries(id INTEGER PRIMARY KEY, order_id INTEGER, latitude REAL, longitude REAL,
  courier_phone TEXT);
CREATE TABLE comments(id INTEGER PRIMARY KEY, commentable_type TEXT, commentable_id INTEGER,
  body TEXT);
CREATE TABLE audit_log(id INTEGER PRIMARY KEY, user_id INTEGER, action TEXT, logged_at TIMESTAMP);
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT);
""")
for i in range(1, 21):
    db.execute("INSERT INTO users VALUES(?,?,?,?)",
               (i, "user%d" % i, "user%d@example.org" % i,
                "10.0.%d.%d" % (rnd.randint(0, 255), rnd.randint(1, 254))))
for i in range(1, 61):
    db.execute("INSERT INTO cst_mstr VALUES(?,?,?,?,?,?,?,?,?)",
               (i, rnd.choice(LAST), rnd.choice(FIRST),
                "+7 (9%02d) %03d-%02d-%02d" % (rnd.randint(0, 99), rnd.randint(0, 999),
                                                rnd.randint(0, 99), rnd.randint(0, 99)),
                "c%d@mail.example" % i,
                "%d-%02d-%02d" % (rnd.randint(1950, 2004), rnd.randint(1, 12), rnd.randint(1, 28)),
                inn12(), snils(), rnd.choice(STREETS)))
for i in range(1, 9):
    db.execute("INSERT INTO categories VALUES(?,?,?)", (i, "Category %d" % i, None if i <= 3 else rnd.randint(1, 3)))
for i in range(1, 41):
    db.execute("INSERT INTO products VALUES(?,?,?,?)", (i, "Product %d" % i, rnd.randint(1, 8), rnd.randint(1, 500)))
now = datetime.datetime.utcnow()
for i in range(1, 151):
    ts = now - datetime.timedelta(minutes=30 * (150 - i))
    db.execute("INSERT INTO orders VALUES(?,?,?,?,?)",
               (i, rnd.randint(1, 60), ts.strftime("%Y-%m-%d %H:%M:%S"), rnd.choice(["new", "paid", "sent"]),
                rnd.randint(1, 20)))
k = 1
for o in range(1, 151):
    for _ in range(rnd.randint(1, 3)):
        db.execute("INSERT INTO order_items VALUES(?,?,?,?)", (k, o, rnd.randint(1, 40), rnd.randint(1, 5)))
        k += 1
for i in range(1, 101):
    db.execute("INSERT INTO payments VALUES(?,?,?,?,?)",
               (i, rnd.randint(1, 150), luhn_complete(rnd.choice(["4", "51", "22"]), 16), iban(),
                rnd.randint(10, 900)))
for i in range(1, 81):
    db.execute("INSERT INTO deliveries VALUES(?,?,?,?,?)",
               (i, rnd.randint(1, 150), 55 + rnd.random(), 37 + rnd.random(),
                "+1 555-%03d-%04d" % (rnd.randint(0, 999), rnd.randint(0, 9999))))
for i in range(1, 41):
    t = rnd.choice(["Product", "Order"])
    db.execute("INSERT INTO comments VALUES(?,?,?,?)",
               (i, t, rnd.randint(1, 40), "Nice one, I liked it a lot and will come back again"))
for i in range(1, 61):
    ts = now - datetime.timedelta(seconds=40 * (60 - i))
    db.execute("INSERT INTO audit_log VALUES(?,?,?,?)",
               (i, rnd.randint(1, 20), "update", ts.strftime("%Y-%m-%d %H:%M:%S")))
db.execute("INSERT INTO settings VALUES('theme','dark')")
text = "BEGIN;\n" + "".join(db.out) + "COMMIT;\n"
if sys.argv[1].endswith(".sql"):
    open(sys.argv[1], "w").write(text)
else:
    con = sqlite3.connect(sys.argv[1])
    con.executescript(text)
    con.commit()
