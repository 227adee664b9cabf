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
Usage: run_schema_intents.py SEXTANT INTENTS (--datasets DIR | --db-dir DIR)
       [--demo DEMO_SQLITE] [--half tuning|final|fresh|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|heldout23|heldout24|para7|para8|para9|para10|all]
       [--only ID] [--report FILE]
Exit 0 when every selected intent passes.
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from run_intents import art, gen, same_numbers, same_rows  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sextant")
    ap.add_argument("intents")
    ap.add_argument("--datasets", help="the shared datasets folder: the SQLite files are built from it")
    ap.add_argument("--db-dir", help="a folder that already holds the SQLite files")
    ap.add_argument("--demo", help="the demo warehouse's SQLite file (build/data/demo.sqlite), for a demo.sqlite schema")
    ap.add_argument("--half", default="all", choices=("tuning", "final", "fresh", "heldout", "heldout2", "heldout3",
                                                   "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "para7", "para8", "para9", "para10", "all"))
    ap.add_argument("--only")
    ap.add_argument("--report")
    a = ap.parse_args()
    if not a.datasets and not a.db_dir:
        ap.error("--datasets or --db-dir is needed")

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
    ws, dbs = {}, {}
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

    results = []
    for it in doc["intents"]:
        if a.only and it["id"] != a.only:
            continue
        if not a.only and a.half != "all" and it["half"] != a.half:
            continue
        r = {"id": it["id"], "schema": it["schema"], "lang": it["lang"], "half": it["half"]}
        try:
            res = gen(a.sextant, ws[it["schema"]], it["intent"])
            r["spec"] = res["spec"]
            sel = art(res, "select_sql")
            r["select_sql"] = sel
            got = dbs[it["schema"]].execute(sel.rstrip().rstrip(";")).fetchall()
            ref = dbs[it["schema"]].execute(it["reference"]).fetchall()
            ok, msg = same_rows(got, ref)
            r["same_numbers"] = ok or same_numbers(got, ref)
        except Exception as e:  # a failed plan or query, whatever raised
            ok, msg = False, str(e).strip().replace("\n", " ")[:400]
            r["same_numbers"] = False
        r["ok"], r["detail"] = ok, msg
        results.append(r)
        print("%-4s %-6s %-32s %s" % ("ok" if ok else "FAIL", it["half"], it["id"], "" if ok else msg[:200]))
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
    if a.report:
        json.dump({"summary": summary, "summary_numbers": numbers, "results": results}, open(a.report, "w"),
                  ensure_ascii=False, indent=1)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
