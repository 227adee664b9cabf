#!/usr/bin/env python3
"""The generated pipelines of held-out intents, run end to end on schemas other
than the demo (docs/gen.md, "Pipelines on other schemas").

run_intents.py runs every artifact of the demo's acceptance intents;
run_schema_intents.py checks only the SELECT of the held-out intents. This runs
the rest of what a held-out intent generates, on its own schema's SQLite file
(built by tests/gen/make_schema_dbs.py) as the source:

  dag_sqlite  the DAG for a SQLite target: its target DDL in a new SQLite file,
              its copy_rows() run twice from the schema's file (dag_load.py),
              its reconciliation finding the source's count and sum;
  dag_pg      the same into a scratch schema of the test PostgreSQL (the DDL
              with PostgreSQL's types, the stage filled with COPY);
  dag_ch      the same into a scratch database of the test ClickHouse, over HTTP;
  python      the DAG and the transform compile, the generated pytest tests pass.

An intent whose SELECT does not run on its file is counted as "no SELECT" and
not run further (that is run_schema_intents.py's business); every other failure
is a failure. Usage:
  run_schema_pipelines.py SEXTANT (--db-dir DIR | --datasets DIR) --demo DEMO_SQLITE --pg-env ENV
      [--ch-dir DIR] [--schemas a,b] [--every N] [--report FILE] INTENTS...
--every N runs every Nth intent of the selection (a sample for a quick run).
Exit 0 when every check of every intent with a SELECT passes.
"""
import argparse
import json
import os
import py_compile
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from run_intents import art, ch_post, gen, load_env, pytest_python  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sextant")
    ap.add_argument("intents", nargs="+")
    ap.add_argument("--db-dir", help="a folder that already holds the SQLite files")
    ap.add_argument("--datasets", help="the shared datasets folder: the SQLite files are built from it")
    ap.add_argument("--demo", required=True)
    ap.add_argument("--pg-env", required=True)
    ap.add_argument("--ch-dir")
    ap.add_argument("--schemas", help="comma-separated schema names of the intents files (default: all)")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--report")
    a = ap.parse_args()

    pg_uri = load_env(a.pg_env)["SX_PG_ADMIN_URI"] + "/sx_demo"
    ch_url = None
    if a.ch_dir and os.path.exists(os.path.join(a.ch_dir, "url")):
        ch_url = open(os.path.join(a.ch_dir, "url")).read().strip()
    pyt = pytest_python()
    if not pyt:
        print("no python3 with pytest", file=sys.stderr)
        return 1
    tmp = tempfile.mkdtemp(prefix="sxpipe.")
    os.environ.setdefault("SEXTANT_LOG", os.path.join(tmp, "sextant.log"))
    os.environ["HOME"] = tmp
    os.environ["XDG_CONFIG_HOME"] = os.path.join(tmp, "cfg")
    want = set(a.schemas.split(",")) if a.schemas else None
    if not a.db_dir:
        if not a.datasets:
            ap.error("--db-dir or --datasets is needed")
        a.db_dir = os.path.join(tmp, "db")
        subprocess.run([sys.executable, os.path.join(HERE, "..", "..", "gen", "make_schema_dbs.py"), a.datasets,
                        a.db_dir], check=True, capture_output=True)

    todo, files = [], {}
    for path in a.intents:
        doc = json.load(open(path))
        for name, f in doc["schemas"].items():
            files[name] = a.demo if f == "demo.sqlite" else os.path.join(a.db_dir, f)
        todo += [it for it in doc["intents"] if want is None or it["schema"] in want]
    todo = todo[::max(a.every, 1)]
    ws = {}
    results, n_id = [], 0
    for it in todo:
        name = it["schema"]
        if name not in ws:
            ws[name] = os.path.join(tmp, "ws_" + name)
            p = subprocess.run([a.sextant, "analyze", files[name]], capture_output=True, text=True,
                               env=dict(os.environ, SEXTANT_WORKSPACE=ws[name]), timeout=600)
            if p.returncode != 0:
                print("analyze %s failed: %s" % (files[name], p.stderr[-400:]), file=sys.stderr)
                return 1
        n_id += 1
        r = {"id": it["id"], "schema": name, "checks": {}}
        results.append(r)
        src = files[name]
        try:
            res = gen(a.sextant, ws[name], it["intent"], "--target", "sqlite")
            con = sqlite3.connect("file:%s?mode=ro" % src, uri=True)
            con.execute(art(res, "select_sql").rstrip().rstrip(";")).fetchmany(1)
            con.close()
        except Exception as e:  # no plan or a SELECT that does not run: not this test's
            r["no_select"] = str(e).strip().replace("\n", " ")[:200]
            print("--   %-34s no SELECT: %s" % (it["id"], r["no_select"][:120]))
            continue

        def check(cname, fn):
            try:
                ok, msg = fn()
            except Exception as e:  # a failed check, whatever raised
                ok, msg = False, str(e).strip().replace("\n", " ")[:400]
            r["checks"][cname] = {"ok": ok, "detail": msg}

        def dag_load(target, kind):
            rd = res if kind == "sqlite" else gen(a.sextant, ws[name], it["intent"], "--target", kind)
            if rd["spec"].get("streaming"):
                return True, "streaming: no staged load"
            stem = os.path.join(tmp, "%s_%d" % (kind, n_id))
            open(stem + ".py", "w").write(art(rd, "airflow_dag"))
            open(stem + ".sql", "w").write(art(rd, "target_ddl"))
            tgt = stem + ".sqlite" if kind == "sqlite" else target
            p = subprocess.run([pyt, os.path.join(HERE, "dag_load.py"), stem + ".py", stem + ".sql", src, tgt,
                                "pipe_%d" % n_id], capture_output=True, text=True, timeout=300)
            if p.returncode != 0:
                return False, (p.stdout + p.stderr).strip().split("\n")[-1][-400:]
            out = json.loads(p.stdout.strip().split("\n")[-1])
            return True, "copied %d rows twice; target = source %s" % (out["runs"][0]["copied"], out["source"])
        check("dag_sqlite", lambda: dag_load(None, "sqlite"))
        check("dag_pg", lambda: dag_load(pg_uri, "postgresql"))
        if ch_url:
            check("dag_ch", lambda: dag_load(ch_url, "clickhouse"))

        def python():
            d = os.path.join(tmp, "py_%d" % n_id)
            for sub in ("dags", "transforms", "tests"):
                os.makedirs(os.path.join(d, sub), exist_ok=True)
            t = res["spec"]["target_table"]
            fs = {"dags/%s.py" % t: art(res, "airflow_dag"), "transforms/%s.py" % t: art(res, "python_transform"),
                  "tests/test_%s.py" % t: art(res, "python_tests")}
            for f, c in fs.items():
                open(os.path.join(d, f), "w").write(c)
                py_compile.compile(os.path.join(d, f), doraise=True)
            p = subprocess.run([pyt, "-m", "pytest", "-q", "-p", "no:cacheprovider", os.path.join(d, "tests")],
                               capture_output=True, text=True, timeout=120)
            if p.returncode != 0:
                return False, (p.stdout + p.stderr)[-400:]
            return True, p.stdout.strip().split("\n")[-1]
        check("python", python)
        bad = {k: v["detail"] for k, v in r["checks"].items() if not v["ok"]}
        print("%-4s %-34s %s" % ("FAIL" if bad else "ok", it["id"],
                                 "  ".join("%s: %s" % (k, v[:200]) for k, v in bad.items())))
        sys.stdout.flush()

    ran = [r for r in results if "no_select" not in r]
    per = {}
    for r in ran:
        for k, v in r["checks"].items():
            per.setdefault(k, [0, 0])
            per[k][0] += v["ok"]
            per[k][1] += 1
    summary = {"intents": len(results), "no_select": len(results) - len(ran),
               "passed": sum(1 for r in ran if all(v["ok"] for v in r["checks"].values())), "ran": len(ran),
               "checks": {k: "%d/%d" % tuple(v) for k, v in sorted(per.items())}}
    print(json.dumps(summary))
    if a.report:
        json.dump({"summary": summary, "results": results}, open(a.report, "w"), ensure_ascii=False, indent=1)
    if ch_url:
        for i in range(1, n_id + 1):
            try:
                ch_post(ch_url, "DROP DATABASE IF EXISTS pipe_%d" % i)
            except Exception:  # dag_load.py drops its own; this is only a sweep
                pass
    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if summary["passed"] == summary["ran"] else 1


if __name__ == "__main__":
    sys.exit(main())
