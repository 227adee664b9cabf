#!/usr/bin/env python3
"""Acceptance run of the built-in generator (docs/gen.md) on the demo warehouse.

For every intent of tests/gen/intents.json:
  pg_select    the generated select_sql, run on the demo in PostgreSQL, returns
               the rows of the hand-written reference (numbers rounded to 2
               decimals, order-insensitive);
  pg_ddl       the PostgreSQL target DDL and load SQL run in a scratch schema;
  pg_ddl_partitioned  the same with the demo taken as a large source: the
               target range-partitioned by month when its grain has a date
               (each loaded month gets its partition: the default stays empty);
  dag_load_pg / dag_load_sqlite / dag_load_ch  the DAG's own load (copy_rows, imported
               without Airflow; dag_load.py) run twice, PostgreSQL to a
               PostgreSQL schema, the SQLite demo to a SQLite file, and
               PostgreSQL to a ClickHouse database over HTTP: the DAG's
               reconciliation queries find the source's count and sum; an
               SCD2 target in ClickHouse holds one version a row after both
               loads, and a third load with one row changed gives that key
               two versions, one current;
  ch_ddl       the ClickHouse DDL (server version unknown: conservative
               syntax) is accepted by the test ClickHouse server;
  python       the DAG and the transform compile (py_compile) and the
               generated pytest tests pass;
  sqlite_select the select_sql generated from the SQLite demo, run on it,
               returns the reference's rows too.
Usage: run_intents.py SEXTANT PG_ENV DEMO_SQLITE INTENTS [--ch-dir DIR]
       [--held-out] [--only ID] [--report FILE]
Exit 0 when every non-held-out intent passes every check.
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
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def load_env(path):
    env = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if "=" in line and not line.startswith("#"):
                k, v = line.split("=", 1)
                env[k] = v
    return env


class Pg:
    def __init__(self, env, db="sx_demo"):
        self.env = env
        self.db = db
        self.uri = env["SX_PG_ADMIN_URI"] + "/" + db

    def psql(self, sql, db=None, record_sep=None):
        cmd = [os.path.join(self.env["SX_PG_BIN"], "psql"), "-X", "-q", "-A", "-t", "-F", "\x1f",
               "-P", "null=\x01NULL", "-v", "ON_ERROR_STOP=1", "-h", self.env["SX_PG_SOCKDIR"],
               "-p", self.env["SX_PG_PORT"], "-U", self.env["SX_PG_ADMIN"], "-d", db or self.db]
        if record_sep:
            cmd += ["-R", record_sep]
        p = subprocess.run(cmd, input=sql, capture_output=True, text=True, timeout=300)
        if p.returncode != 0:
            raise RuntimeError(p.stderr.strip()[:600])
        return p.stdout

    def rows(self, sql):
        """The rows as tuples of text (None for NULL). Records are split on
        \\x1e, not on line ends: a value may hold a line end."""
        out = self.psql("SET statement_timeout = '120s';\n" + sql.rstrip().rstrip(";") + ";\n",
                        record_sep="\x1e")
        if out.endswith("\n"):
            out = out[:-1]
        rows = []
        for rec in out.split("\x1e"):
            if rec == "":
                continue
            rows.append(tuple(None if v == "\x01NULL" else v for v in rec.split("\x1f")))
        return rows


def norm(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int, float)):
        return "%.2f" % round(float(v), 2)
    s = str(v)
    if s in ("t", "f"):
        return "1" if s == "t" else "0"
    if s.lower() in ("nan", "inf", "-inf", "infinity"):
        return s
    try:
        return "%.2f" % round(float(s), 2)
    except ValueError:
        return s


def key(row):
    return tuple("" if v is None else v for v in row)


def same_rows(a, b):
    """Rows equal as multisets, numbers within 0.011 after rounding."""
    if len(a) != len(b):
        return False, "row counts differ: generated %d, reference %d" % (len(a), len(b))
    na = sorted((tuple(norm(v) for v in r) for r in a), key=key)
    nb = sorted((tuple(norm(v) for v in r) for r in b), key=key)
    for x, y in zip(na, nb):
        if len(x) != len(y):
            return False, "column counts differ: generated %d, reference %d" % (len(x), len(y))
        for u, w in zip(x, y):
            if u == w:
                continue
            try:
                if abs(float(u) - float(w)) <= 0.011:
                    continue
            except (TypeError, ValueError):
                pass
            return False, "first difference: generated %r, reference %r" % (x, y)
    return True, "%d rows" % len(a)


def same_numbers(a, b):
    """Whether the reference's rows are the generated rows cut to some of
    their columns: each reference column taken by one generated column
    (in any order) whose values are the same multiset, and the rows so cut
    equal to the reference's (same_rows). A result that only adds columns
    the ask did not name -- a key beside a name, a rank beside a top N --
    has the reference's numbers without its shape. Reported beside the
    strict comparison, never instead of it."""
    if len(a) != len(b) or not a:
        return same_rows(a, b)[0]
    na, nb = len(a[0]), len(b[0])
    if na < nb:
        return False

    def col(rows, i):
        return sorted((norm(r[i]) for r in rows), key=lambda v: "" if v is None else v)

    def same_col(x, y):
        for u, w in zip(x, y):
            if u == w:
                continue
            try:
                if abs(float(u) - float(w)) <= 0.011:
                    continue
            except (TypeError, ValueError):
                pass
            return False
        return True

    ga = [col(a, i) for i in range(na)]
    cand = [[i for i in range(na) if same_col(ga[i], col(b, j))] for j in range(nb)]
    tried = [0]

    def pick(j, used):
        if j == nb:
            tried[0] += 1
            return same_rows([tuple(r[i] for i in used) for r in a], b)[0]
        for i in cand[j]:
            if i not in used and tried[0] < 2000 and pick(j + 1, used + [i]):
                return True
        return False

    return pick(0, [])


def gen(binary, ws, intent, *extra):
    env = dict(os.environ, SEXTANT_WORKSPACE=ws)
    p = subprocess.run([binary, "gen-spec", intent, "--json", *extra], capture_output=True, text=True,
                       env=env, timeout=120)
    if p.returncode != 0:
        raise RuntimeError("gen-spec failed: " + p.stderr.strip()[:600])
    return json.loads(p.stdout)


def art(res, kind):
    for a in res["artifacts"]:
        if a["kind"] == kind:
            return a["content"]
    raise RuntimeError("no %s artifact" % kind)


def ch_post(url, sql):
    req = urllib.request.Request(url, data=sql.encode("utf-8"), method="POST")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.read().decode()
    except urllib.error.HTTPError as e:
        raise RuntimeError(e.read().decode()[:600])


def ch_load(url, load_sql, rows):
    """Sends rows (psql strings, None for NULL) with the load's INSERT ... FORMAT
    TabSeparated; returns the table's row count, which must equal len(rows)."""
    ins = [l for l in load_sql.split("\n") if l.startswith("INSERT INTO ")][0]
    table = ins.split()[2]
    types = [l.split("\t")[1] for l in ch_post(url, "DESCRIBE TABLE %s" % table).strip().split("\n")]

    def tsv(v, ty):
        if v is None:
            return "\\N"
        if "UInt8" in ty and v in ("t", "f"):
            return "1" if v == "t" else "0"
        return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
    body = "".join("\t".join(tsv(v, types[i]) for i, v in enumerate(r)) + "\n" for r in rows)
    ch_post(url, ins.strip() + "\n" + body)
    n = int(ch_post(url, "SELECT count() FROM %s" % table).strip())
    if n != len(rows):
        raise RuntimeError("ClickHouse holds %d rows of %d" % (n, len(rows)))
    return n


def windowed(res):
    """dag_load.py's window check, said in a few words ("" where the DAG reads no window)."""
    w = res.get("window")
    if not w:
        return ""
    if "skipped" in w:
        return "; window: " + w["skipped"]
    return "; window from %s: %d of the target's rows reloaded%s" % (
        w["start"], w["copied"], ", reconciled" if w.get("window_reconciled") else "")


def pytest_python():
    for py in (sys.executable, "/usr/bin/python3", shutil.which("python3") or ""):
        if py and subprocess.run([py, "-c", "import pytest"], capture_output=True).returncode == 0:
            return py
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sextant")
    ap.add_argument("pg_env")
    ap.add_argument("demo_sqlite")
    ap.add_argument("intents")
    ap.add_argument("--ch-dir")
    ap.add_argument("--held-out", action="store_true", help="run the held-out intents too")
    ap.add_argument("--only")
    ap.add_argument("--report")
    ap.add_argument("--keep", action="store_true")
    a = ap.parse_args()

    pg = Pg(load_env(a.pg_env))
    ch_url = None
    if a.ch_dir and os.path.exists(os.path.join(a.ch_dir, "url")):
        ch_url = open(os.path.join(a.ch_dir, "url")).read().strip()
    pyt = pytest_python()
    tmp = tempfile.mkdtemp(prefix="sxgen.")
    os.environ.setdefault("SEXTANT_LOG", os.path.join(tmp, "sextant.log"))
    os.environ["HOME"] = tmp
    os.environ["XDG_CONFIG_HOME"] = os.path.join(tmp, "cfg")
    ws_pg, ws_lite = os.path.join(tmp, "ws_pg"), os.path.join(tmp, "ws_sqlite")
    for ws, src in ((ws_pg, pg.uri), (ws_lite, a.demo_sqlite)):
        p = subprocess.run([a.sextant, "analyze", src], capture_output=True, text=True,
                           env=dict(os.environ, SEXTANT_WORKSPACE=ws), timeout=600)
        if p.returncode != 0:
            print("analyze %s failed: %s" % (src, p.stderr), file=sys.stderr)
            return 1
    lite = sqlite3.connect(a.demo_sqlite)

    intents = json.load(open(a.intents))["intents"]
    results = []
    for it in intents:
        if a.only and it["id"] != a.only:
            continue
        if it.get("held_out") and not a.held_out and not a.only:
            continue
        r = {"id": it["id"], "lang": it["lang"], "held_out": it.get("held_out", False), "checks": {}}
        results.append(r)

        def check(name, fn):
            try:
                ok, msg = fn()
            except Exception as e:  # a failed check, whatever raised
                ok, msg = False, str(e).strip().replace("\n", " ")[:400]
            r["checks"][name] = {"ok": ok, "detail": msg}

        try:
            res = gen(a.sextant, ws_pg, it["intent"], "--source", pg.uri)
        except Exception as e:
            r["checks"]["plan"] = {"ok": False, "detail": str(e)[:400]}
            continue
        r["spec"] = res["spec"]
        sel = art(res, "select_sql")
        ref_rows = []

        def pg_select():
            got = pg.rows(sel)
            ref = pg.rows(it["reference"])
            ref_rows.extend(ref)
            return same_rows(got, ref)
        check("pg_select", pg_select)

        def pg_ddl(partition=False):
            # DDL in a scratch schema; the SELECT's rows staged; the load run twice
            # (idempotent: the second run changes no row count). With partition,
            # the demo counts as a large source (--partition-rows 1): the
            # range-partitioned DDL, when the grain has a date, runs the same way.
            extra = ("--partition-rows", "1") if partition else ()
            rp = gen(a.sextant, ws_pg, it["intent"], "--source", pg.uri, "--target", "postgresql", *extra)
            if partition and not rp["spec"].get("partitioned"):
                return True, "not partitioned (no date in the grain)"
            schema = ("genp_" if partition else "gen_") + it["id"]
            name = rp["spec"]["target_table"]
            q = '"%s"' % name.replace('"', '""')
            stage = '"%s__stage"' % name.replace('"', '""')
            # partitioned: the load gives each staged month its partition, so
            # the default partition stays empty (it holds only what a month
            # already had there before)
            default = '"%s_default"' % name[:50].replace('"', '""')
            extra_q = (", (SELECT count(*) FROM %s), (SELECT count(*) FROM pg_inherits WHERE "
                       "inhparent = '%s'::regclass)" % (default, q.replace("'", "''"))) if partition else ""
            out = pg.psql(
                "DROP SCHEMA IF EXISTS %s CASCADE; CREATE SCHEMA %s; SET search_path TO %s, public;\n%s\n"
                "CREATE TEMP TABLE %s AS SELECT * FROM (%s) AS q;\n%s\n%s\n"
                "SELECT (SELECT count(*) FROM %s), (SELECT count(*) FROM %s)%s;\n"
                "DROP SCHEMA %s CASCADE;" % (schema, schema, schema, art(rp, "target_ddl"), stage,
                                             sel.rstrip().rstrip(";"), art(rp, "load_sql"), art(rp, "load_sql"),
                                             q, stage, extra_q, schema))
            last = [l for l in out.split("\n") if "\x1f" in l][-1].split("\x1f")
            if last[0] != last[1]:
                return False, "target holds %s rows after two loads of %s" % (last[0], last[1])
            if partition:
                if last[2] != "0":
                    return False, "%s rows landed in the default partition" % last[2]
                return True, "DDL ran; %s rows loaded twice, idempotent, in %s partitions" % (last[0], last[3])
            return True, "DDL ran; %s rows loaded twice, idempotent" % last[0]
        check("pg_ddl", pg_ddl)
        check("pg_ddl_partitioned", lambda: pg_ddl(True))

        def dag_load(lite):
            # the DAG's own load (copy_rows, without Airflow) run twice on real
            # databases: PostgreSQL -> PostgreSQL (a large source: partitioned
            # where the grain has a date), SQLite demo -> a SQLite file; its
            # reconciliation queries must agree with the source each time
            if lite:
                rd = gen(a.sextant, ws_lite, it["intent"], "--target", "sqlite")
            else:
                rd = gen(a.sextant, ws_pg, it["intent"], "--source", pg.uri, "--target", "postgresql",
                         "--partition-rows", "1")
            if rd["spec"].get("streaming"):
                return True, "streaming: no staged load"
            if not pyt:
                return False, "no python with pytest"
            stem = os.path.join(tmp, ("dagl_" if lite else "dagp_") + it["id"])
            open(stem + ".py", "w").write(art(rd, "airflow_dag"))
            open(stem + ".sql", "w").write(art(rd, "target_ddl"))
            src, tgt = (a.demo_sqlite, stem + ".sqlite") if lite else (pg.uri, pg.uri)
            p = subprocess.run([pyt, os.path.join(HERE, "dag_load.py"), stem + ".py", stem + ".sql",
                                src, tgt, "dag_" + it["id"]], capture_output=True, text=True, timeout=300)
            if p.returncode != 0:
                return False, (p.stdout + p.stderr).strip().split("\n")[-1][-400:]
            res = json.loads(p.stdout.strip().split("\n")[-1])
            return True, "copied %d rows twice%s; target = source %s%s" % (
                res["runs"][0]["copied"], " (COPY, its text round-trips)" if res.get("copy_roundtrip") else "",
                res["source"], windowed(res))
        check("dag_load_pg", lambda: dag_load(False))
        check("dag_load_sqlite", lambda: dag_load(True))

        if ch_url:
            def ch_ddl():
                rc = gen(a.sextant, ws_pg, it["intent"], "--source", pg.uri, "--target", "clickhouse")
                db = "gen_" + it["id"]
                ch_post(ch_url, "DROP DATABASE IF EXISTS %s" % db)
                ch_post(ch_url, "CREATE DATABASE %s" % db)
                sqls = art(rc, "target_ddl")
                if rc["spec"].get("streaming"):
                    sqls += "\n" + art(rc, "load_sql")  # Kafka table + materialised view
                try:
                    for stmt in sqls.split(";\n"):
                        body = "\n".join(l for l in stmt.split("\n") if not l.startswith("--")).strip()
                        if body:
                            ch_post(ch_url + "?database=" + db, body)
                    if rc["spec"]["load"] == "masked_export" and not rc["spec"].get("streaming"):
                        # ch_load: the masked rows of the SELECT, loaded with the
                        # generated INSERT, fit the generated column types
                        n = ch_load(ch_url + "?database=" + db, art(rc, "load_sql"), pg.rows(sel))
                        return True, "accepted; %d masked rows loaded" % n
                finally:
                    ch_post(ch_url, "DROP DATABASE IF EXISTS %s" % db)
                return True, "accepted"
            check("ch_ddl", ch_ddl)

            def dag_load_ch():
                # the ClickHouse DAG's own load (copy_rows over HTTP: the months
                # dropped, then TabSeparated rows) run twice into a scratch
                # database; its reconcile() must find the source's count and sum
                rd = gen(a.sextant, ws_pg, it["intent"], "--source", pg.uri, "--target", "clickhouse")
                if rd["spec"].get("streaming"):
                    return True, "streaming: loaded by the materialised view"
                if not pyt:
                    return False, "no python with pytest"
                stem = os.path.join(tmp, "dagc_" + it["id"])
                open(stem + ".py", "w").write(art(rd, "airflow_dag"))
                open(stem + ".sql", "w").write(art(rd, "target_ddl"))
                p = subprocess.run([pyt, os.path.join(HERE, "dag_load.py"), stem + ".py", stem + ".sql",
                                    pg.uri, ch_url, "dagc_" + it["id"]], capture_output=True, text=True,
                                   timeout=300)
                if p.returncode != 0:
                    return False, (p.stdout + p.stderr).strip().split("\n")[-1][-400:]
                res = json.loads(p.stdout.strip().split("\n")[-1])
                scd2 = ("; scd2: %(versions_after_two_loads)d versions after two loads, %(changed)s "
                        "changed: %(versions)d versions of its key, %(current)d current" % res["scd2"]
                        if "scd2" in res else "")
                return True, "copied %d rows twice; target = source %s%s%s" % (res["runs"][0]["copied"],
                                                                                res["source"], scd2, windowed(res))
            check("dag_load_ch", dag_load_ch)

        def python():
            d = os.path.join(tmp, "py_" + it["id"])
            for sub in ("dags", "transforms", "tests"):
                os.makedirs(os.path.join(d, sub), exist_ok=True)
            name = res["spec"]["target_table"]
            files = {"dags/%s.py" % name: art(res, "airflow_dag"),
                     "transforms/%s.py" % name: art(res, "python_transform"),
                     "tests/test_%s.py" % name: art(res, "python_tests")}
            for f, c in files.items():
                open(os.path.join(d, f), "w").write(c)
            for f in files:
                py_compile.compile(os.path.join(d, f), doraise=True)
            if not pyt:
                return False, "no python with pytest"
            p = subprocess.run([pyt, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                os.path.join(d, "tests")], capture_output=True, text=True, timeout=120)
            if p.returncode != 0:
                return False, (p.stdout + p.stderr)[-400:]
            return True, p.stdout.strip().split("\n")[-1]
        check("python", python)

        def sqlite_select():
            rl = gen(a.sextant, ws_lite, it["intent"])
            sq = art(rl, "select_sql")
            got = lite.execute(sq.rstrip().rstrip(";")).fetchall()
            ref = ref_rows or pg.rows(it["reference"])
            return same_rows(got, ref)
        check("sqlite_select", sqlite_select)

        status = "ok" if all(c["ok"] for c in r["checks"].values()) else "FAIL"
        print("%-4s %-30s %s" % (status, it["id"], "  ".join(
            "%s:%s" % (k, "ok" if v["ok"] else "FAIL(" + v["detail"][:300] + ")") for k, v in r["checks"].items())))
        sys.stdout.flush()

    def rate(sel):
        n = len(sel)
        ok = sum(1 for r in sel if r["checks"] and all(c["ok"] for c in r["checks"].values()))
        return ok, n
    main_ok, main_n = rate([r for r in results if not r["held_out"]])
    held_ok, held_n = rate([r for r in results if r["held_out"]])
    per_check = {}
    for r in results:
        for k, v in r["checks"].items():
            per_check.setdefault(k, [0, 0])
            per_check[k][1] += 1
            per_check[k][0] += 1 if v["ok"] else 0
    summary = {"intents_passed": main_ok, "intents": main_n, "held_out_passed": held_ok, "held_out": held_n,
               "checks": {k: {"passed": v[0], "of": v[1]} for k, v in per_check.items()}}
    print(json.dumps(summary))
    if a.report:
        json.dump({"summary": summary, "results": results}, open(a.report, "w"), ensure_ascii=False, indent=1)
    if not a.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if main_ok == main_n and (not a.held_out or held_ok == held_n) else 1


if __name__ == "__main__":
    sys.exit(main())
