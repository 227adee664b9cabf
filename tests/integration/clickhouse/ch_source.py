#!/usr/bin/env python3
"""Generated SELECTs run on a ClickHouse *source*: Debian's 18.16, which has
no CTE, no window function and no correlated subquery (docs/gen.md,
"A ClickHouse source").

Usage: ch_source.py SEXTANT CH_DIR [PG_ENV]   (PG_ENV: pg_server.sh's env file,
for the DAG's load into PostgreSQL)

A database of its own on the test server (customers with a second, newer
version of some rows, orders, payments; rows made here from a fixed seed)
is analysed; each intent is generated from that workspace, its select.sql
sent to the server as written, and the rows compared with a reference
added up here in Python from the same rows (numbers rounded to 2
decimals, shares to 4). Covered: a share of the total (a JOIN to the
totals), a share within each month, a running total per channel (an array
sorted by the month, summed with arrayCumSum, JOINed back), the top 2
channels of each month (arraySort + arrayEnumerate for ROW_NUMBER) and a
deduplication (LIMIT 1 BY); customers who never ordered (NOT IN on the
customers' key, which no table declares: the map's), a total per customer
and a grand total (each exits 0: QA scores it at the threshold); a total
over two joins, nested one JOIN a SELECT; two facts aggregated apart
(their keys united with UNION ALL, each JOINed a level up), a missing
maximum NULL there; a customer 360 table; shares and running totals of two
facts aggregated apart (their CTEs inlined). The DAG's own
load, run through clickhouse-driver's DB-API (dag_load.py): an incremental
copy and two aggregates (and, given PG_ENV, an incremental copy and an
hourly aggregate into PostgreSQL), each run reading its window only. The server must
still answer after each query: 18.16 crashes on an array of tuples holding
a SUM of a Decimal, which the SELECTs avoid.
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

SEXTANT, CH_DIR = sys.argv[1:3]
PG_ENV = sys.argv[3] if len(sys.argv) > 3 else None
HERE = os.path.dirname(os.path.abspath(__file__))
URL = open(os.path.join(CH_DIR, "url")).read().strip()
DB = "sx_source_test"
fails, checks = [], 0


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        fails.append(what)
        print("FAIL: " + what, file=sys.stderr)


def ch(sql, database=None):
    url = URL + ("?" + urllib.parse.urlencode({"database": database}) if database else "")
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=sql.encode()), timeout=60) as r:
            return True, r.read().decode()
    except urllib.error.HTTPError as e:
        return False, e.read().decode()
    except OSError as e:  # the server died
        return False, "no answer: %s" % e


# ------------------------------------------------------------- the data
rnd = random.Random(20261206)
countries = ["DE", "FR", "PL", "SE"]
channels = ["web", "app", "phone"]
customers = [(cid, "Customer %02d" % cid, countries[cid % 4]) for cid in range(1, 31)]
updates = []  # (customer_id, name, country, updated_at): a change feed, a key repeated
for cid in range(1, 31):
    updates.append((cid, "Customer %02d" % cid, countries[cid % 4], "2024-01-%02d 08:00:00" % (1 + cid % 20)))
for cid in range(1, 31, 3):  # a newer version of every third customer: another country
    updates.append((cid, "Customer %02d" % cid, countries[(cid + 1) % 4], "2024-06-%02d 09:00:00" % (1 + cid % 20)))
orders = []  # (order_id, customer_id, channel, ordered_at, amount)
for oid in range(1, 241):
    cid = rnd.randint(1, 24)  # 25..30 never order
    month = rnd.randint(1, 6)
    orders.append((oid, cid, rnd.choice(channels), "2024-%02d-%02d 12:00:00" % (month, rnd.randint(1, 28)),
                   "%d.%02d" % (rnd.randint(5, 400), rnd.randint(0, 99))))
# (payment_id, order_id, customer_id, amount); customer 24 orders but never pays
payments = [(pid, o[0], o[1], o[4]) for pid, o in enumerate([o for o in orders[::2] if o[1] != 24], 1)]

ch("DROP DATABASE IF EXISTS " + DB)
for stmt in (
        "CREATE DATABASE %s" % DB,
        "CREATE TABLE %s.customers (customer_id UInt32, name String, country String) "
        "ENGINE = MergeTree ORDER BY customer_id" % DB,
        "CREATE TABLE %s.customer_updates (customer_id UInt32, name String, country String, updated_at DateTime) "
        "ENGINE = MergeTree ORDER BY customer_id" % DB,
        "CREATE TABLE %s.orders (order_id UInt32, customer_id UInt32, channel String, ordered_at DateTime, "
        "amount Decimal(12, 2)) ENGINE = MergeTree ORDER BY order_id" % DB,
        "CREATE TABLE %s.payments (payment_id UInt32, order_id UInt32, customer_id UInt32, "
        "paid_amount Decimal(12, 2)) ENGINE = MergeTree ORDER BY payment_id" % DB):
    ok, body = ch(stmt)
    check(ok, "%s: %s" % (stmt[:60], body[:200]))


def values(rows):
    return ",".join("(" + ",".join("'%s'" % v if isinstance(v, str) else str(v) for v in r) + ")" for r in rows)


for t, rows in (("customers", customers), ("customer_updates", updates), ("orders", orders), ("payments", payments)):
    ok, body = ch("INSERT INTO %s.%s VALUES %s" % (DB, t, values(rows)))
    check(ok, "insert %s: %s" % (t, body[:200]))

tmp = tempfile.mkdtemp(prefix="sxchsrc.")
env = dict(os.environ, SEXTANT_WORKSPACE=os.path.join(tmp, "ws"), XDG_CONFIG_HOME=os.path.join(tmp, "cfg"),
           XDG_DATA_HOME=os.path.join(tmp, "data"), HOME=tmp, SEXTANT_LOG=os.path.join(tmp, "sextant.log"))
env.pop("SEXTANT_CONFIG", None)
host = urllib.parse.urlparse(URL)
p = subprocess.run([SEXTANT, "analyze", "clickhouse://%s:%d/%s" % (host.hostname, host.port, DB)],
                   capture_output=True, text=True, env=env, timeout=300)
check(p.returncode == 0, "analyze the ClickHouse source: " + p.stderr[-400:])


def num(v):
    try:
        return round(float(v), 4)
    except ValueError:
        return v


def generated(intent, *opts):
    """The generated select.sql's rows on the server, as sorted tuples."""
    out = os.path.join(tmp, "o%d" % checks)
    g = subprocess.run([SEXTANT, "generate", intent, "--out", out, *opts], capture_output=True, text=True,
                       env=env, timeout=300)
    if g.returncode != 0:
        return None, "generate failed: " + g.stderr[-400:]
    sql = open(os.path.join(out, "select.sql")).read()
    ok, body = ch(sql.rstrip().rstrip(";") + "\nFORMAT TabSeparated", DB)
    if not ok:
        return None, "%s\n%s" % (body[:400], sql)
    alive, _ = ch("SELECT 1")
    check(alive, "the server still answers after: " + intent)
    for w in ("WITH ", " OVER (", "EXISTS ("):
        check(w not in sql, "no %r in a ClickHouse SELECT (%s):\n%s" % (w.strip(), intent, sql))
    return sorted(tuple(num(x) for x in line.split("\t")) for line in body.splitlines()), sql


def same(intent, got, ref, cols=None):
    rows, sql = got
    if rows is None:
        check(False, "%s: %s" % (intent, sql))
        return
    if cols is not None:
        rows = sorted(tuple(r[i] for i in cols) for r in rows)
    ref = sorted(tuple(num(x) for x in r) for r in ref)
    check(rows == ref, "%s: %d rows, reference %d; first differing: %s vs %s\n%s"
          % (intent, len(rows), len(ref), [r for r in rows if r not in ref][:2],
             [r for r in ref if r not in rows][:2], sql))


month = lambda at: at[:7] + "-01"  # noqa: E731

# A. share of each channel in the total
tot = defaultdict(float)
for o in orders:
    tot[o[2]] += float(o[4])
all_ = sum(tot.values())
intent = "Share of each sales channel in the total order amount"
same(intent, generated(intent), [(c, round(v, 2), round(v / all_, 4)) for c, v in tot.items()])

# B. monthly share of each channel within the month
by = defaultdict(float)
for o in orders:
    by[(o[2], month(o[3]))] += float(o[4])
mt = defaultdict(float)
for (c, m), v in by.items():
    mt[m] += v
intent = "Monthly order amount per channel with each channel's share of the month"
same(intent, generated(intent), [(c, m, round(v, 2), round(v / mt[m], 4)) for (c, m), v in by.items()])

# C. a running total per channel down the months
run = []
for c in channels:
    acc = 0.0
    for m in sorted(m for (cc, m) in by if cc == c):
        acc += by[(c, m)]
        run.append((c, m, round(by[(c, m)], 2), round(acc, 2)))
intent = "Monthly order amount per channel with a running total"
same(intent, generated(intent), run)

# D. the top 2 channels of each month (ROW_NUMBER: ties broken by the channel)
top = []
for m in sorted(mt):
    ranked = sorted((c for (c, mm) in by if mm == m), key=lambda c: (-by[(c, m)], c))[:2]
    top += [(c, m, round(by[(c, m)], 2), i + 1) for i, c in enumerate(ranked)]
intent = "Top 2 channels by order amount per month"
same(intent, generated(intent), top)

# F. the latest version of each customer
latest = {}
for r in sorted(updates, key=lambda r: r[3]):
    latest[r[0]] = r
intent = "Deduplicate customer updates by customer id, keeping the most recently updated row"
same(intent, generated(intent), [(r[0], r[1], r[2], r[3]) for r in latest.values()])

# G. customers who never ordered: an anti-join on the key the map found
# (no table declares one); the list is replaced by each load (a full
# refresh QA accepts: generate exits 0 only at the threshold)
ordered = {o[1] for o in orders}
intent = "Which customers never placed an order?"
same(intent, generated(intent), [(c[0], c[1]) for c in customers if c[0] not in ordered])

# H. a total per customer, with the customer's name, over the two tables
per = defaultdict(float)
for o in orders:
    per[o[1]] += float(o[4])
intent = "Total order amount per customer"
same(intent, generated(intent), [(c[0], c[1], round(per[c[0]], 2)) for c in customers if c[0] in per])

# I. a grand total: one row, replaced whole by each load
intent = "Total order amount for 2024"
same(intent, generated(intent), [(round(sum(float(o[4]) for o in orders), 2),)])

# J. two joins (payments -> orders, payments -> customers): 18.16 runs one
# JOIN per SELECT (Code 48), so the chain nests one JOIN a level
chan = {o[0]: o[2] for o in orders}
ctry = {c[0]: c[2] for c in customers}
pc = defaultdict(float)
for p in payments:
    pc[(chan[p[1]], ctry[p[2]])] += float(p[3])
intent = "Total paid amount per order channel and customer country"
same(intent, generated(intent), [(k[0], k[1], round(v, 2)) for k, v in pc.items()])

# K. two facts aggregated apart (orders and payments, each per country),
# their keys united and each JOINed: no CTE, UNION ALL, one JOIN a level
oc, pcn = defaultdict(float), defaultdict(float)
for o in orders:
    oc[ctry[o[1]]] += float(o[4])
for p in payments:
    pcn[ctry[p[2]]] += float(p[3])
intent = "Total order amount and total paid amount per customer country"
same(intent, generated(intent), [(k, round(oc[k], 2), round(pcn.get(k, 0), 2)) for k in oc])

# L. two counts per month, the payments dated by their order
no, npay = defaultdict(int), defaultdict(int)
odate = {o[0]: o[3] for o in orders}
for o in orders:
    no[month(o[3])] += 1
for p in payments:
    npay[month(odate[p[1]])] += 1
intent = "Number of orders and number of payments per month"
same(intent, generated(intent), [(m, no[m], npay.get(m, 0)) for m in no])

# N. two facts aggregated apart, a maximum missing for a key: NULL, as in
# the other dialects (ClickHouse fills a LEFT JOIN's missing side with 0)
mo, mp = {}, {}
for o in orders:
    mo[o[1]] = max(mo.get(o[1], 0.0), float(o[4]))
for p in payments:
    mp[p[2]] = max(mp.get(p[2], 0.0), float(p[3]))
check(24 in mo and 24 not in mp, "the data: customer 24 orders and never pays")
intent = "Largest order amount and largest paid amount per customer"
same(intent, generated(intent), [(c, "Customer %02d" % c, mo[c], mp.get(c, "\\N")) for c in mo])

# O. a customer 360 table: every customer (those who never ordered too), each
# fact aggregated apart and LEFT JOINed a level up (18.16: no CTE, one JOIN a
# SELECT); a customer with no order or no payment has 0
so, no_, sp = defaultdict(float), defaultdict(int), defaultdict(float)
for o in orders:
    so[o[1]] += float(o[4])
    no_[o[1]] += 1
for p in payments:
    sp[p[2]] += float(p[3])
intent = "Build a customer 360 table with total order amount, number of orders and total paid amount"
same(intent, generated(intent), [(c[0], round(so[c[0]], 2), round(sp[c[0]], 2), no_[c[0]]) for c in customers])

# P. shares of two facts aggregated apart (each of its own total)
country = {c[0]: c[2] for c in customers}
sa, spd = defaultdict(float), defaultdict(float)
for o in orders:
    sa[country[o[1]]] += float(o[4])
for p in payments:
    spd[country[p[2]]] += float(p[3])
ta, tp = sum(sa.values()), sum(spd.values())
intent = "Share of each customer country in total order amount and in total paid amount"
same(intent, generated(intent), [(k, round(sa[k], 2), round(spd[k], 2), round(sa[k] / ta, 4), round(spd[k] / tp, 4))
                                 for k in sa])

# Q. running totals of two facts aggregated apart, per country down the months
ma, mpd = defaultdict(float), defaultdict(float)
for o in orders:
    ma[(country[o[1]], month(o[3]))] += float(o[4])
for p in payments:
    mpd[(country[p[2]], month(odate[p[1]]))] += float(p[3])
run2 = []
for k in sorted(set(country.values())):
    r1 = r2 = 0.0
    for m in sorted(m for (kk, m) in set(ma) | set(mpd) if kk == k):
        r1 += ma.get((k, m), 0.0)
        r2 += mpd.get((k, m), 0.0)
        run2.append((k, m, round(ma.get((k, m), 0.0), 2), round(mpd.get((k, m), 0.0), 2), round(r1, 2), round(r2, 2)))
intent = "Running total of order amount and of paid amount per customer country by month"
same(intent, generated(intent), run2)

# M. the DAG's own load from the ClickHouse source, run by dag_load.py through
# clickhouse-driver's DB-API as the DAG reads it: an incremental copy into
# SQLite, a monthly aggregate into SQLite and a daily one into ClickHouse.
# Each is loaded twice and reconciled, then one run of the latest window only
# must copy that window's rows (fewer than the whole) and reconcile too.
def dag_python():
    for py in (sys.executable, "/usr/bin/python3", shutil.which("python3") or ""):
        if py and subprocess.run([py, "-c", "import clickhouse_driver"], capture_output=True).returncode == 0:
            return py
    return None


PY = dag_python()
check(PY is not None, "a python3 with clickhouse_driver (scripts/deps.sh test installs python3-clickhouse-driver)")
NATIVE = "clickhouse://%s:%s/%s" % (host.hostname, open(os.path.join(CH_DIR, "tcp_port")).read().strip(), DB)
DAGS = [("Copy new and changed orders incrementally into SQLite", "sqlite", len(orders)),
        ("Monthly order amount per channel into SQLite", "sqlite", None),
        ("Daily order amount per channel into ClickHouse", URL, None)]
if PG_ENV:
    pgv = dict(line.strip().split("=", 1) for line in open(PG_ENV) if "=" in line)
    DAGS += [("Copy new and changed orders incrementally into PostgreSQL", pgv["SX_PG_ADMIN_URI"] + "/postgres",
              len(orders)),
             ("Hourly order count per channel into PostgreSQL", pgv["SX_PG_ADMIN_URI"] + "/postgres", None)]
for intent, target, rows in DAGS:
    if PY is None:
        break
    out = os.path.join(tmp, "dag%d" % checks)
    g = subprocess.run([SEXTANT, "generate", intent, "--out", out], capture_output=True, text=True, env=env,
                       timeout=300)
    if g.returncode != 0:
        check(False, "%s: generate failed: %s" % (intent, g.stderr[-400:]))
        continue
    dag = [os.path.join(out, "dags", f) for f in os.listdir(os.path.join(out, "dags"))][0]
    text = open(dag).read()
    check("EXTRACT_SQL = None" not in text and "parseDateTimeBestEffort(%(window_start)s)" in text,
          "%s: the DAG reads a window, its bound passed to the driver" % intent)
    tgt = os.path.join(tmp, "dag%d.sqlite" % checks) if target == "sqlite" else target
    d = subprocess.run([PY, os.path.join(HERE, "..", "gen", "dag_load.py"), dag, os.path.join(out, "target_ddl.sql"),
                        NATIVE, tgt, "sx_dag_check"], capture_output=True, text=True, timeout=300)
    try:
        res = json.loads(d.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        res = {}
    w = res.get("window", {})
    check(d.returncode == 0 and res.get("ok"), "%s: the DAG's load: %s %s" % (intent, d.stdout[-600:], d.stderr[-600:]))
    check(res.get("source_hook") is True, "%s: the DAG's _ClickHouseSource reads the source: %s" % (intent, res))
    check(rows is None or (res.get("source") or [0])[0] == rows, "%s: %s source rows, %d expected" %
          (intent, (res.get("source") or ["?"])[0], rows or 0))
    check("skipped" not in w and 0 < w.get("copied", 0) < (res.get("source") or [0])[0]
          and w.get("window_reconciled"), "%s: a window run reloads its window only: %s" % (intent, w))

ch("DROP DATABASE IF EXISTS " + DB)
print("ch_source: %d/%d checks passed" % (checks - len(fails), checks))
sys.exit(1 if fails else 0)
