#!/usr/bin/env python3
"""Held-out run of the built-in generator on schemas it was not tuned on (docs/gen.md).

For every intent of tests/gen/schema_intents.json, on the SQLite file of its
schema (built by tests/gen/make_schema_dbs.py from the shared datasets):
  sqlite_select  the select_sql that `sextant gen-spec` writes from a workspace
                 analysed from that file, run on it, returns the rows of the
                 hand-written SQLite reference (numbers to 2 decimals,
                 order-insensitive; run_intents.same_rows).
A schema whose file is demo.sqlite is the demo warehouse (docs/demo.md),
taken from --demo (build/data/demo.sqlite) rather than from the built files.
With --pg-env (a tests/support/pg_server.sh env file), the schemas that have
a PostgreSQL copy -- Chinook and Northwind from their dumps in --datasets,
the demo from --demo-pg (build/data/demo_pg.sql) -- are loaded into fresh
databases on that server and analysed there too:
  pg_select      the select_sql written from the PostgreSQL workspace, run on
                 PostgreSQL, returns the SQLite reference's rows (the same
                 data in both copies); reported beside the SQLite result,
                 with the intents that pass on SQLite and not on PostgreSQL
                 (a dialect's fault, not a reading's) listed by id;
                 with --pg-check the exit status says only whether there
                 are none (and some intent passed on PostgreSQL).
Usage: run_schema_intents.py SEXTANT INTENTS (--datasets DIR | --db-dir DIR)
       [--demo DEMO_SQLITE] [--half tuning|final|fresh|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|heldout23|heldout24|heldout25|heldout26|heldout27|heldout28|heldout29|heldout30|heldout31|heldout32|heldout33|heldout34|para7|para8|para9|para10|all]
       [--only ID] [--report FILE] [--pg-env ENV [--demo-pg DEMO_PG_SQL] [--pg-check]]
Exit 0 when every selected intent passes.
"""
import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from run_intents import Pg, art, gen, load_env, same_numbers, same_rows  # noqa: E402

# the schemas' PostgreSQL copies, by the SQLite file's name: a dump under
# the datasets folder (Chinook's makes and enters its own database: those
# lines are left out, and the tables go into a database of ours)
PG_DUMPS = {"chinook.sqlite": os.path.join("chinook", "Chinook_PostgreSql.sql"),
            "northwind.sqlite": os.path.join("northwind", "northwind.sql")}


def trimmed(rows):
    return [tuple(v.strip() if isinstance(v, str) else v for v in row) for row in rows]


def pg_copy(env, name, dump):
    """A fresh database sxh<pid>_NAME on the test server, loaded from DUMP
    (the pid keeps two runs on one server apart; the run drops it)."""
    pg = Pg(env, "sxh%d_%s" % (os.getpid(), re.sub(r"[^a-z0-9_]", "_", name.lower())))
    pg.psql("DROP DATABASE IF EXISTS %s;\nCREATE DATABASE %s;\n" % (pg.db, pg.db), db="postgres")
    with open(dump, encoding="utf-8") as f:
        text = "\n".join(l for l in f.read().split("\n")
                         if not re.match(r"\s*(DROP DATABASE|CREATE DATABASE|\\c\s)", l, re.I))
    pg.psql(text)
    return pg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sextant")
    ap.add_argument("intents")
    ap.add_argument("--datasets", help="the shared datasets folder: the SQLite files are built from it")
    ap.add_argument("--db-dir", help="a folder that already holds the SQLite files")
    ap.add_argument("--demo", help="the demo warehouse's SQLite file (build/data/demo.sqlite), for a demo.sqlite schema")
    ap.add_argument("--half", default="all", choices=("tuning", "final", "fresh", "heldout", "heldout2", "heldout3",
                                                   "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "para7", "para8", "para9", "para10", "all"))
    ap.add_argument("--only")
    ap.add_argument("--report")
    ap.add_argument("--pg-env", help="a pg_server.sh env file: run the schemas with a PostgreSQL copy there too")
    ap.add_argument("--demo-pg", help="the demo warehouse's PostgreSQL dump (build/data/demo_pg.sql), with --pg-env")
    ap.add_argument("--pg-check", action="store_true",
                    help="exit 0 when every intent that passes on SQLite passes on PostgreSQL too (the dialect "
                         "check), rather than when every intent passes")
    a = ap.parse_args()
    if not a.datasets and not a.db_dir:
        ap.error("--datasets or --db-dir is needed")
    if (a.demo_pg or a.pg_check) and not a.pg_env:
        ap.error("--demo-pg and --pg-check need --pg-env")

    tmp = tempfile.mkdtemp(prefix="sxgenh.")
    os.environ.setdefault("SEXTANT_LOG", os.path.join(tmp, "sextant.log"))
    os.environ["HOME"] = tmp
    os.environ["XDG_CONFIG_HOME"] = os.path.join(tmp, "cfg")
    db_dir = a.db_dir
    if not db_dir:
        db_dir = os.path.join(tmp, "db")
        subprocess.run([sys.executable, os.path.join(HERE, "..", "..", "gen", "make_schema_dbs.py"), a.datasets,
                        db_dir], check=True, capture_output=True)
    doc = json.load(open(a.intents))
    ws, dbs, ws_pg, pgs = {}, {}, {}, {}
    env = load_env(a.pg_env) if a.pg_env else None
    for name, f in doc["schemas"].items():
        path = os.path.join(db_dir, f)
        if f == "demo.sqlite" and a.demo:
            path = a.demo
        if not os.path.exists(path):
            print("no %s for schema %s%s" % (path, name, " (give --demo)" if f == "demo.sqlite" else ""),
                  file=sys.stderr)
            shutil.rmtree(tmp, ignore_errors=True)
            return 1
        ws[name] = os.path.join(tmp, "ws_" + name)
        p = subprocess.run([a.sextant, "analyze", path], capture_output=True, text=True,
                           env=dict(os.environ, SEXTANT_WORKSPACE=ws[name]), timeout=600)
        if p.returncode != 0:
            print("analyze %s failed: %s" % (path, p.stderr), file=sys.stderr)
            return 1
        dbs[name] = sqlite3.connect(path)
        dump = a.demo_pg if f == "demo.sqlite" else \
            os.path.join(a.datasets, "schemas", PG_DUMPS[f]) if a.datasets and f in PG_DUMPS else None
        if env and dump:
            pgs[name] = pg_copy(env, name, dump)
            ws_pg[name] = os.path.join(tmp, "wspg_" + name)
            p = subprocess.run([a.sextant, "analyze", pgs[name].uri], capture_output=True, text=True,
                               env=dict(os.environ, SEXTANT_WORKSPACE=ws_pg[name]), timeout=600)
            if p.returncode != 0:
                print("analyze %s on PostgreSQL failed: %s" % (name, p.stderr), file=sys.stderr)
                return 1

    results = []
    for it in doc["intents"]:
        if a.only and it["id"] != a.only:
            continue
        if not a.only and a.half != "all" and it["half"] != a.half:
            continue
        r = {"id": it["id"], "schema": it["schema"], "lang": it["lang"], "half": it["half"]}
        ref = dbs[it["schema"]].execute(it["reference"]).fetchall()
        try:
            res = gen(a.sextant, ws[it["schema"]], it["intent"])
            r["spec"] = res["spec"]
            sel = art(res, "select_sql")
            r["select_sql"] = sel
            got = dbs[it["schema"]].execute(sel.rstrip().rstrip(";")).fetchall()
            ok, msg = same_rows(got, ref)
            r["same_numbers"] = ok or same_numbers(got, ref)
        except Exception as e:  # a failed plan or query, whatever raised
            ok, msg = False, str(e).strip().replace("\n", " ")[:400]
            r["same_numbers"] = False
        r["ok"], r["detail"] = ok, msg
        if it["schema"] in pgs:
            try:
                res = gen(a.sextant, ws_pg[it["schema"]], it["intent"], "--source", pgs[it["schema"]].uri)
                r["pg_select_sql"] = art(res, "select_sql")
                # the two copies differ in a few texts' trailing blanks
                # (Chinook's SQLite 'Edinburgh ' is 'Edinburgh' in its dump)
                got_pg, ref_pg = trimmed(pgs[it["schema"]].rows(r["pg_select_sql"])), trimmed(ref)
                r["pg_ok"], r["pg_detail"] = same_rows(got_pg, ref_pg)
                r["pg_same_numbers"] = r["pg_ok"] or same_numbers(got_pg, ref_pg)
            except Exception as e:
                r["pg_ok"], r["pg_same_numbers"] = False, False
                r["pg_detail"] = str(e).strip().replace("\n", " ")[:400]
        results.append(r)
        pg_note = "" if "pg_ok" not in r else (" pg ok" if r["pg_ok"] else " pg FAIL: " + r["pg_detail"][:160])
        print("%-4s %-6s %-32s %s%s" % ("ok" if ok else "FAIL", it["half"], it["id"], "" if ok else msg[:200],
                                        pg_note))
        sys.stdout.flush()

    summary, numbers = {}, {}
    for r in results:
        for k in ("all", r["half"], r["schema"], r["schema"] + "/" + r["half"]):
            s = summary.setdefault(k, [0, 0])
            s[0] += 1 if r["ok"] else 0
            s[1] += 1
            s = numbers.setdefault(k, [0, 0])
            s[0] += 1 if r["same_numbers"] else 0
            s[1] += 1
    print(json.dumps({k: "%d/%d" % tuple(v) for k, v in sorted(summary.items())}))
    # the reference's rows on some of the generated columns (extra columns
    # allowed): the numbers right, whatever the shape; not the pass mark
    print("same numbers, extra columns allowed: " +
          json.dumps({k: "%d/%d" % tuple(v) for k, v in sorted(numbers.items())}))
    on_pg = [r for r in results if "pg_ok" in r]
    if on_pg:
        pg_summary = {}
        for r in on_pg:
            for k in ("all", r["schema"]):
                s = pg_summary.setdefault(k, [0, 0, 0])
                s[0] += 1 if r["pg_ok"] else 0
                s[1] += 1 if r["ok"] else 0
                s[2] += 1
        print("on PostgreSQL (pg / sqlite / of): " +
              json.dumps({k: "%d / %d / %d" % tuple(v) for k, v in sorted(pg_summary.items())}))
        lost = [r["id"] for r in on_pg if r["ok"] and not r["pg_ok"]]
        gained = [r["id"] for r in on_pg if r["pg_ok"] and not r["ok"]]
        print("pass on SQLite, not on PostgreSQL: %s" % (", ".join(lost) or "none"))
        print("pass on PostgreSQL, not on SQLite: %s" % (", ".join(gained) or "none"))
    if a.report:
        json.dump({"summary": summary, "summary_numbers": numbers, "results": results}, open(a.report, "w"),
                  ensure_ascii=False, indent=1)
    shutil.rmtree(tmp, ignore_errors=True)
    for pg in pgs.values():
        pg.psql("DROP DATABASE IF EXISTS %s;" % pg.db, db="postgres")
    if a.pg_check:
        return 0 if on_pg and any(r["pg_ok"] for r in on_pg) and \
            not any(r["ok"] and not r["pg_ok"] for r in on_pg) else 1
    return 0 if all(r["ok"] and r.get("pg_ok", True) for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
