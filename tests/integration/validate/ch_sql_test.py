#!/usr/bin/env python3
"""ch_sql_test.py SEXTANT CH_DIR DEMO_SQLITE INTENTS - ClickHouse SQL
validation (docs/validate.md, "ClickHouse SQL") against the real test
server of tests/integration/clickhouse:

  - a correct query gives no error finding, with the catalog of the
    server's `shop` database and with the server check;
  - an unknown column: ch.server-query from the server's analyser (no
    catalog) and sql.unknown-column with a did-you-mean (catalog);
  - a syntax error the server finds is mapped back to its line and column;
  - window functions flagged statically for 18.16 (no server);
  - an INSERT ... SELECT load is checked (its SELECT and its target) and
    nothing is written: row counts and the table list are unchanged;
  - the ClickHouse target DDL and load SQL generated for every intent of
    tests/gen/intents.json validate with no error finding, offline against
    18.16 and with the server check.
"""
import json
import os
import subprocess
import sys
import tempfile
import urllib.request

S, CH_DIR, DEMO, INTENTS = sys.argv[1:5]
URL = open(os.path.join(CH_DIR, "url")).read().strip()
PORT = open(os.path.join(CH_DIR, "http_port")).read().strip()
T = tempfile.mkdtemp(prefix="sx-chsql-")
ENV = dict(os.environ, SEXTANT_LOG=os.path.join(T, "log"), XDG_CONFIG_HOME=os.path.join(T, "cfg"),
           XDG_DATA_HOME=os.path.join(T, "data"), HOME=T)
fails = 0
checks = 0


def ok(cond, what):
    global fails, checks
    checks += 1
    if not cond:
        fails += 1
        print("FAIL:", what)


def ch(sql):
    with urllib.request.urlopen(urllib.request.Request(URL, data=sql.encode(), method="POST"),
                                timeout=30) as r:
        return r.read().decode()


def sx(*args):
    p = subprocess.run([S, *args], capture_output=True, text=True, env=ENV, cwd=T, timeout=120)
    if p.returncode != 0:
        raise RuntimeError("sextant %s: %s" % (args[0], p.stderr.strip()[:400]))
    return p.stdout


def validate(sql, *extra, kind="select_sql"):
    path = os.path.join(T, "q.sql")
    with open(path, "w") as f:
        f.write(sql)
    return json.loads(sx("validate", path, "--kind", kind, "--dialect", "clickhouse", "--json",
                         *extra))["findings"]


def errors(fs):
    return [f for f in fs if f["severity"] == "error"]


def has(fs, rule, line=None, col=None, sev=None):
    return any(f["rule"] == rule and (line is None or f["line"] == line) and
               (col is None or f["col"] == col) and (sev is None or f["severity"] == sev)
               for f in fs)


before_tables = ch("SELECT database, name FROM system.tables WHERE database NOT IN ('system') "
                   "ORDER BY database, name")
before_users = ch("SELECT count() FROM shop.users")
sx("analyze", "clickhouse://sextant:ch-test-pw@127.0.0.1:%s/shop" % PORT)

GOOD = ("SELECT e.user_id, count() AS n, sum(e.amount) AS total\n"
        "FROM shop.events AS e\nJOIN shop.users AS u ON u.user_id = e.user_id\n"
        "WHERE e.referrer IS NOT NULL\nGROUP BY e.user_id\nORDER BY total DESC\nLIMIT 10")
fs = validate(GOOD, "--source", "shop", "--ch-url", URL)
ok(not errors(fs), "a correct query has no error: %s" % errors(fs))
ok(not any(f["severity"] == "warning" for f in fs), "and no warning: %s" % fs)

BAD = "SELECT user_id,\n       nosuch\nFROM shop.users"
fs = validate(BAD, "--ch-url", URL)
ok(has(fs, "ch.server-query", 1, 1, "error"), "the server's analyser rejects nosuch: %s" % fs)
ok(any("nosuch" in f["message"] for f in fs if f["rule"] == "ch.server-query"),
   "its message names the column: %s" % fs)
fs = validate("SELECT user_id,\n       emial\nFROM shop.users", "--source", "shop")
ok(has(fs, "sql.unknown-column", 2, 8, "error") and
   any(f.get("hint") == 'did you mean "email"?' for f in fs), "catalog binding: %s" % fs)

# a syntax error only the server knows (ORDER without BY), mapped back
fs = validate("SELECT user_id\nFROM shop.users\nORDER user_id", "--ch-url", URL)
ok(has(fs, "ch.server-query", 3, 7) and
   any("Expected BY" in f["message"] and "LIMIT 0" not in f["message"] for f in fs),
   "the server's syntax error at 3:7, without the wrapper's text: %s" % fs)

# 18.16 lacks window functions: flagged without a server
WIN = "SELECT user_id,\n  row_number() OVER (ORDER BY user_id) AS rn\nFROM shop.users"
fs = validate(WIN, "--target-version", "18.16")
ok(has(fs, "ch.unsupported-feature", 2, 16, "error"), "window function flagged: %s" % fs)
# and the server's own version drives it when none is given
fs = validate(WIN, "--ch-url", URL)
ok(has(fs, "ch.unsupported-feature", 2, 16), "server version used: %s" % fs)

# a load: INSERT ... SELECT is analysed, never run
LOAD = ("INSERT INTO shop.users (user_id, email, name, country, version, updated_at)\n"
        "SELECT user_id + 1000, email, name, country, version, updated_at FROM shop.users")
fs = validate(LOAD, "--ch-url", URL, "--source", "shop", kind="load_sql")
ok(not errors(fs), "a correct load has no error: %s" % errors(fs))
fs = validate(LOAD.replace("email, name", "emale, name", 1), "--ch-url", URL, kind="load_sql")
ok(has(fs, "ch.server-query", 1, 13), "the target's unknown column: %s" % fs)
fs = validate("INSERT INTO shop.nosuch_target SELECT 1", "--ch-url", URL, kind="load_sql")
ok(has(fs, "ch.server-query", 1, 13, "warning"), "a missing target table: %s" % fs)
# ... an info when the files validated together hold the DDL creating it
ddl = os.path.join(T, "target_ddl.sql")
with open(ddl, "w") as f:
    f.write("CREATE TABLE IF NOT EXISTS shop.nosuch_target (x UInt8) ENGINE = MergeTree ORDER BY x;\n")
load = os.path.join(T, "load.sql")
with open(load, "w") as f:
    f.write("INSERT INTO shop.nosuch_target SELECT 1")
fs = json.loads(sx("validate", ddl, load, "--dialect", "clickhouse", "--ch-url", URL,
                   "--json"))["findings"]
ok(has(fs, "ch.server-query", 1, 13, "info") and not errors(fs) and
   not any(f["severity"] == "warning" for f in fs), "a target the DDL creates: %s" % fs)
# a load that reads its own target first (an SCD2 load's current versions):
# a warning alone, an info beside the DDL creating it; a SELECT artifact
# reading a missing table stays an error
fs = validate("SELECT x FROM shop.nosuch_target WHERE x = 1 FORMAT TabSeparated", "--ch-url", URL,
              kind="load_sql")
ok(has(fs, "ch.server-query", 1, 1, "warning") and not errors(fs), "a load reading its target: %s" % fs)
with open(load, "w") as f:
    f.write("SELECT x FROM shop.nosuch_target WHERE x = 1 FORMAT TabSeparated;\n"
            "INSERT INTO shop.nosuch_target FORMAT TabSeparated\n")
fs = json.loads(sx("validate", ddl, load, "--dialect", "clickhouse", "--ch-url", URL,
                   "--json"))["findings"]
ok(has(fs, "ch.server-query", 1, 1, "info") and not errors(fs) and
   not any(f["severity"] == "warning" for f in fs), "a load reading the target its DDL creates: %s" % fs)
fs = validate("SELECT x FROM shop.nosuch_target", "--ch-url", URL)
ok(errors(fs), "a select of a missing table is an error: %s" % fs)
fs = validate("SELECT number FROM numbers(3)", "--ch-url", URL)
ok(has(fs, "ch.server-unchecked") and not errors(fs), "table functions not sent: %s" % fs)
# a write through the select path is refused statically and by readonly=1
fs = validate("INSERT INTO shop.users SELECT * FROM shop.users", "--ch-url", URL)
ok(has(fs, "sql.not-a-select"), "not a select: %s" % fs)

# unreachable
fs = validate(GOOD, "--ch-url", "http://127.0.0.1:1/")
ok(has(fs, "server.unreachable", sev="info") and not errors(fs), "unreachable: %s" % fs)

# the generated ClickHouse artifacts of the demo intents validate clean
gws = os.path.join(T, "gen")
os.makedirs(gws)
sx("analyze", DEMO)
n = 0
for it in json.load(open(INTENTS))["intents"]:
    r = json.loads(sx("gen-spec", it["intent"], "--json", "--source", "demo", "--target",
                      "clickhouse", "--target-version", "18.16"))
    for a in r["artifacts"]:
        if a["kind"] not in ("load_sql", "target_ddl"):
            continue
        for extra in (["--target-version", "18.16"], ["--ch-url", URL]):
            fs = validate(a["content"], *extra, kind=a["kind"])
            n += 1
            ok(not errors(fs), "%s %s %s: %s" % (it["id"], a["kind"], extra[0], errors(fs)))
ok(n >= 40, "artifacts validated: %d" % n)

ok(ch("SELECT count() FROM shop.users") == before_users, "shop.users unchanged")
after_tables = ch("SELECT database, name FROM system.tables WHERE database NOT IN ('system') "
                  "ORDER BY database, name")
ok(after_tables == before_tables, "no table created or dropped:\n%s\n%s" % (before_tables,
                                                                          after_tables))
print("%d checks, %d failed; %d generated artifacts validated" % (checks, fails, n))
subprocess.run(["rm", "-rf", T])
sys.exit(1 if fails else 0)
