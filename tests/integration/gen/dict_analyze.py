#!/usr/bin/env python3
"""`sextant analyze` fills the value dictionary (docs/gen.md, "Value dictionary").

A user analyses a server with a password, then generates later without it
(the workspace never stores passwords): the filter word of "excluding
cancelled orders" must still resolve to a column value. Checked for real:

  pg      the demo warehouse in the test PostgreSQL, analysed with a password
          in the URI; then gen-spec and generate run with no --source (the
          stored DSN has no password, so the lazy path cannot sample): the
          spec's filter is t_ord_hdr.status NOT IN ('cancelled') and the SQL
          says <> 'cancelled'. The same with [gen] value_dictionary = false
          gives no filter (so the check can fail), and --no-sampling fills
          nothing;
  sqlite  a copy of the SQLite demo, analysed and then moved away (the lazy
          path samples through the stored path): the same filter, and no
          filter with the dictionary off;
  pii     a small SQLite table whose personal-data columns are category-like
          by name (author_email, source_ip: 30 and 28 distinct values): they
          are never stored, an old row of one is deleted by a re-analysis, a
          column with 60 values is kept as one NULL row ("too many values"),
          and [gen] dictionary_columns = 1 samples one column.

Timings of analyze with the dictionary off and on are printed (a benchmark's
numbers, not asserted).
Usage: dict_analyze.py SEXTANT PG_ENV DEMO_SQLITE
"""
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_intents import load_env  # noqa: E402  (the PG_ENV file's KEY=VALUE lines)

INTENT = "Daily revenue by sales channel, excluding cancelled orders"
failures = []


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


def run(argv, cfg, ws, want_rc=0):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(SEXTANT_CONFIG=cfg, SEXTANT_WORKSPACE=ws)
    p = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=600)
    if p.returncode != want_rc:
        raise RuntimeError("%s: rc %d: %s" % (" ".join(argv[1:3]), p.returncode, p.stderr[-600:]))
    return p.stdout


def analyze(binary, src, cfg, ws, *extra):
    d = json.loads(run([binary, "analyze", src, "--json", *extra], cfg, ws))
    return d["databases"][0]


def spec_filters(binary, cfg, ws):
    d = json.loads(run([binary, "gen-spec", INTENT, "--json"], cfg, ws))
    sel = [a["content"] for a in d["artifacts"] if a["kind"] == "select_sql"]
    return d["spec"]["filters"], sel[0] if sel else ""


def cancelled_filter(filters):
    return [f for f in filters if f["table"] == "t_ord_hdr" and f["column"] == "status"
            and f["op"] == "not in" and f["values"] == ["cancelled"]]


def gen_values(ws):
    db = sqlite3.connect(os.path.join(ws, "workspace.db"))
    try:
        return db.execute("SELECT database, schema_name, table_name, column_name, value"
                          " FROM gen_values").fetchall()
    except sqlite3.OperationalError:  # no table: the dictionary never ran
        return []
    finally:
        db.close()


def pii_columns(ws):
    db = sqlite3.connect(os.path.join(ws, "workspace.db"))
    try:
        return {(t, c) for t, c in db.execute(
            "SELECT t.name, m.name FROM map_columns m JOIN tables t ON t.id = m.table_id")}
    finally:
        db.close()


def no_pii_stored(ws, what):
    pii = pii_columns(ws)
    stored = {(r[2], r[3]) for r in gen_values(ws)}
    check(pii and not (pii & stored), "%s: none of the %d personal-data columns is in gen_values"
          " (stored: %d columns)" % (what, len(pii), len(stored)))


def dict_counts(db):
    v = db.get("value_dictionary", {})
    return "%d columns, %d too many, %d queries" % (v.get("columns", -1), v.get("too_many_values", -1),
                                                     v.get("queries", -1))


def pg_case(binary, tmp, pgenv):
    uri = pgenv["SX_PG_ADMIN_URI"] + "/sx_demo"
    pw = pgenv["SX_PG_ADMIN_PW"]
    check(pw in uri, "the PostgreSQL URI carries the password")
    on, off = os.path.join(tmp, "on.ini"), os.path.join(tmp, "off.ini")
    # before: the dictionary off, as main did for analyze
    ws = os.path.join(tmp, "pg_off")
    db = analyze(binary, uri, off, ws)
    print("bench: pg demo analyze, dictionary off: %.2f s, %d sample queries"
          % (db["seconds"], db.get("sample_queries", -1)))
    check(db["value_dictionary"]["enabled"] is False and not gen_values(ws),
          "pg: [gen] value_dictionary = false stores nothing")
    filters, sql = spec_filters(binary, off, ws)
    check(not cancelled_filter(filters) and "cancelled" not in sql,
          "pg, dictionary off, no source: the filter is not resolved (%s)" % json.dumps(filters))
    # after: filled by analyze
    ws = os.path.join(tmp, "pg_on")
    text = run([binary, "analyze", uri], on, ws)
    line = [x for x in text.splitlines() if "value dictionary:" in x]
    check(len(line) == 1 and " columns (" in line[0], "pg: analyze prints %r" % line)
    db = analyze(binary, uri, on, ws)  # again: a re-analysis replaces the rows
    print("bench: pg demo analyze, dictionary on: %.2f s, %d sample queries (%s)"
          % (db["seconds"], db.get("sample_queries", -1), dict_counts(db)))
    v = db["value_dictionary"]
    check(v["enabled"] and v["filled"] and v["columns"] >= 20 and v["queries"] <= v["candidates"],
          "pg: --json value_dictionary %s" % json.dumps(v))
    rows = gen_values(ws)
    st = sorted(r[4] for r in rows if r[2] == "t_ord_hdr" and r[3] == "status")
    check(st == ["cancelled", "delivered", "returned"], "pg: t_ord_hdr.status kept once: %s" % st)
    check(len({(r[2], r[3]) for r in rows}) == v["columns"] + v["too_many_values"],
          "pg: the stored columns are the counted ones")
    no_pii_stored(ws, "pg")
    filters, sql = spec_filters(binary, on, ws)
    check(len(cancelled_filter(filters)) == 1 and "\"status\" <> 'cancelled'" in sql,
          "pg, no source: gen-spec filters status <> 'cancelled' (%s)" % json.dumps(filters))
    out = json.loads(run([binary, "generate", INTENT, "--json"], on, ws))
    sel = [a["content"] for a in out["artifacts"] if a["kind"] == "select_sql"]
    check(sel and "\"status\" <> 'cancelled'" in sel[0], "pg, no source: generate's select_sql filters it")
    for root, _, files in os.walk(ws):
        for f in files:
            with open(os.path.join(root, f), "rb") as fh:
                check(pw.encode() not in fh.read(), "pg: no password in %s" % f)
    # [map] sampling = false (here --no-sampling): nothing read, nothing filled
    ws = os.path.join(tmp, "pg_nosample")
    db = analyze(binary, uri, on, ws, "--no-sampling")
    check(db["value_dictionary"]["filled"] is False and not gen_values(ws),
          "pg: --no-sampling fills nothing")


def sqlite_case(binary, tmp, demo):
    on, off = os.path.join(tmp, "on.ini"), os.path.join(tmp, "off.ini")
    for name, cfg in (("off", off), ("on", on)):
        src = os.path.join(tmp, "shop.sqlite")
        shutil.copyfile(demo, src)
        ws = os.path.join(tmp, "lite_" + name)
        db = analyze(binary, src, cfg, ws)
        print("bench: sqlite demo analyze, dictionary %s: %.2f s, %d sample queries (%s)"
              % (name, db["seconds"], db.get("sample_queries", -1), dict_counts(db)))
        os.rename(src, src + ".gone")  # the stored path no longer opens
        filters, sql = spec_filters(binary, cfg, ws)
        if name == "off":
            check(not cancelled_filter(filters), "sqlite, dictionary off, file gone: no filter")
        else:
            check(len(cancelled_filter(filters)) == 1 and "\"status\" <> 'cancelled'" in sql,
                  "sqlite, file gone: gen-spec filters status <> 'cancelled'")
            no_pii_stored(ws, "sqlite")
        os.remove(src + ".gone")


def pii_case(binary, tmp):
    src = os.path.join(tmp, "small.sqlite")
    rnd = random.Random(7)
    db = sqlite3.connect(src)
    db.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, status TEXT NOT NULL, channel TEXT,"
               " kind TEXT, author_email TEXT, source_ip TEXT, created_at TEXT, amount NUMERIC)")
    db.executemany("INSERT INTO tickets VALUES (?,?,?,?,?,?,?,?)", [
        (i, rnd.choice(["open", "closed", "cancelled"]), rnd.choice(["web", "phone"]), "k%02d" % (i % 60),
         "user%d@example.com" % (i % 30), "10.0.%d.%d" % (i % 4, i % 7), "2024-01-%02d" % (1 + i % 28),
         i * 1.5) for i in range(1, 401)])
    db.commit()
    db.close()
    on = os.path.join(tmp, "on.ini")
    ws = os.path.join(tmp, "small")
    analyze(binary, src, on, ws)
    pii = pii_columns(ws)
    check({("tickets", "author_email"), ("tickets", "source_ip")} <= pii,
          "pii: the map marks author_email and source_ip (%s)" % sorted(pii))
    # an old row of a personal-data column (as an older build could have
    # kept) goes with the next analysis
    w = sqlite3.connect(os.path.join(ws, "workspace.db"))
    w.execute("INSERT OR IGNORE INTO gen_values VALUES ('small', 'main', 'tickets', 'author_email',"
              " 'user1@example.com')")
    w.commit()
    w.close()
    d = analyze(binary, src, on, ws)
    rows = gen_values(ws)
    cols = {}
    for r in rows:
        cols.setdefault(r[3], []).append(r[4])
    check(sorted(cols) == ["channel", "kind", "status"], "pii: stored columns %s" % sorted(cols))
    check(sorted(cols.get("status", [])) == ["cancelled", "closed", "open"], "pii: status values")
    check(cols.get("kind") == [None], "pii: kind (60 values) kept as one NULL row")
    v = d["value_dictionary"]
    check((v["candidates"], v["columns"], v["too_many_values"], v["queries"]) == (3, 2, 1, 3),
          "pii: counts %s" % json.dumps(v))
    # the cap: one column sampled, two left to the lazy path
    capped = os.path.join(tmp, "cap.ini")
    with open(capped, "w") as f:
        f.write("[gen]\ndictionary_columns = 1\n")
    ws = os.path.join(tmp, "small_cap")
    v = analyze(binary, src, capped, ws)["value_dictionary"]
    check((v["columns"] + v["too_many_values"], v["over_cap"], v["queries"]) == (1, 2, 1)
          and len({r[3] for r in gen_values(ws)}) == 1, "pii: [gen] dictionary_columns = 1: %s"
          % json.dumps(v))
    text = run([binary, "analyze", src], capped, ws)
    check("2 over [gen] dictionary_columns" in text, "pii: the summary says what the cap left out")


def main():
    if len(sys.argv) != 4:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    binary, pg_env, demo = sys.argv[1:4]
    tmp = tempfile.mkdtemp(prefix="sxdict.")
    os.environ["HOME"] = tmp  # no ~/.pgpass
    os.environ["XDG_CONFIG_HOME"] = os.path.join(tmp, "cfg")
    os.environ.setdefault("SEXTANT_LOG", os.path.join(tmp, "sextant.log"))
    with open(os.path.join(tmp, "on.ini"), "w") as f:
        f.write("# defaults\n")
    with open(os.path.join(tmp, "off.ini"), "w") as f:
        f.write("[gen]\nvalue_dictionary = false\n")
    try:
        pii_case(binary, tmp)
        sqlite_case(binary, tmp, demo)
        pg_case(binary, tmp, load_env(pg_env))
    except Exception as e:  # a command that failed is a failed check
        check(False, str(e))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
