#!/usr/bin/env python3
"""bench_dag_stage.py SEXTANT DEMO_SQLITE [ROWS] - how fast a generated DAG fills
its PostgreSQL staging table: COPY against executemany.

The DAG of "incremental copy of order items into PostgreSQL" (the demo's
order_items, 216,000 rows), generated from the SQLite demo, is imported without
Airflow; its copy_rows() runs from the SQLite demo into a throwaway PostgreSQL
(tests/support/pg_server.sh) twice for each way: as generated (psycopg2's
copy_expert: COPY ... FROM STDIN in text format, one round trip a batch of
10,000 rows) and with the target cursor's copy_expert hidden, so that the
DAG falls back to executemany (one INSERT a row). ROWS (default 50,000) caps the
rows read (the extract wrapped with a LIMIT), so the executemany runs stay short.
Prints, for each way, the best of the two runs in seconds, rows a second, and
the ratio; the stage's row count and the load's target count are checked to be
the same both ways (a wrong load is an error; a slow one is only reported).
"""
import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

SEXTANT, DEMO = sys.argv[1:3]
ROWS = int(sys.argv[3]) if len(sys.argv) > 3 else 50000
HERE = os.path.dirname(os.path.abspath(__file__))
PGSH = os.path.join(HERE, "..", "support", "pg_server.sh")

tmp = tempfile.mkdtemp(prefix="sxbenchstage.")
env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=os.path.join(tmp, "cfg"), XDG_DATA_HOME=os.path.join(tmp, "data"),
           SEXTANT_WORKSPACE=os.path.join(tmp, "ws"), SEXTANT_LOG=os.devnull)


def sx(*args):
    p = subprocess.run([SEXTANT, *args], capture_output=True, text=True, env=env, timeout=600)
    if p.returncode != 0:
        sys.exit("sextant %s: %s" % (args[0], p.stderr[-400:]))
    return p.stdout


class NoCopy:
    """A connection whose cursors have no copy_expert: the DAG uses executemany."""

    def __init__(self, conn):
        self.conn = conn

    def cursor(self, *a, **k):
        return _NoCopyCursor(self.conn.cursor(*a, **k))

    def commit(self):
        self.conn.commit()


class _NoCopyCursor:
    def __init__(self, cur):
        self.__dict__["cur"] = cur

    def __getattr__(self, name):
        if name == "copy_expert":
            raise AttributeError(name)
        return getattr(self.cur, name)


def main():
    import psycopg2

    sx("analyze", DEMO)
    res = json.loads(sx("gen-spec", "incremental copy of order items into PostgreSQL", "--json"))
    arts = {a["kind"]: a["content"] for a in res["artifacts"]}
    dag = os.path.join(tmp, "dag.py")
    open(dag, "w").write(arts["airflow_dag"])
    spec = importlib.util.spec_from_file_location("bench_dag", dag)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.SELECT_SQL = "SELECT * FROM (%s) AS b LIMIT %d" % (mod.SELECT_SQL.rstrip().rstrip(";"), ROWS)

    srv = os.path.join(tmp, "srv")
    subprocess.run(["sh", PGSH, "start", srv], check=True, capture_output=True)
    try:
        pe = dict(l.split("=", 1) for l in open(os.path.join(srv, "env")).read().split("\n") if "=" in l)
        tgt = psycopg2.connect(pe["SX_PG_ADMIN_URI"] + "/postgres")
        cur = tgt.cursor()
        cur.execute(arts["target_ddl"])
        tgt.commit()
        src = sqlite3.connect("file:%s?mode=ro" % DEMO, uri=True)
        best, counts = {}, {}
        for way in ("copy", "executemany"):
            for _ in range(2):
                cur.execute("TRUNCATE %s" % mod.TARGET_TABLE)
                tgt.commit()
                t0 = time.perf_counter()
                n = mod.copy_rows(src, tgt if way == "copy" else NoCopy(tgt), {"watermark": 0})
                dt = time.perf_counter() - t0
                best[way] = min(best.get(way, dt), dt)
                cur.execute("SELECT count(*) FROM %s" % mod.TARGET_TABLE)
                counts[way] = (n, cur.fetchone()[0])
                tgt.commit()
        if counts["copy"] != counts["executemany"] or counts["copy"][0] != counts["copy"][1]:
            sys.exit("the two ways loaded different rows: %s" % counts)
        n = counts["copy"][0]
        for way in ("copy", "executemany"):
            print("bench_dag_stage: %-11s %7d rows in %6.2f s, %9.0f rows/s" % (way, n, best[way], n / best[way]))
        print("bench_dag_stage: COPY is %.1fx executemany (whole copy_rows: extract, stage, upsert)"
              % (best["executemany"] / best["copy"]))
        tgt.close()
    finally:
        subprocess.run(["sh", PGSH, "stop", srv], capture_output=True)


if __name__ == "__main__":
    main()
