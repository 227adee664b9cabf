#!/usr/bin/env python3
"""dag_load.py: runs a generated Airflow DAG's load on real databases, twice.

usage: dag_load.py DAG.py DDL.sql SOURCE TARGET [SCHEMA]

SOURCE is a libpq URI (postgresql://...) or a SQLite file; TARGET one of
those or a ClickHouse HTTP URL (http://host:port/). The DAG module is
imported without Airflow (its load functions do not need it); TARGET gets
the DDL (in SCHEMA, a schema or a database created and dropped), then
copy_rows() runs twice. After each run the DAG's own reconciliation
queries and its reconcile() compare the target with the source. Prints one JSON line; exit status 1
when a run failed or the target disagrees with the source.
"""
import importlib.util
import json
import sqlite3
import sys
import urllib.parse
import urllib.request


def connect(where, schema=None):
    if where.startswith("postgres"):
        import psycopg2
        opts = "-c search_path=%s,public" % schema if schema else None
        return psycopg2.connect(where, options=opts) if opts else psycopg2.connect(where)
    return sqlite3.connect(where)


def ch(url, sql):
    req = urllib.request.Request(url, data=sql.encode("utf-8"), method="POST")
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.read().decode()


def ch_statements(text):
    for st in text.split(";\n"):
        body = "\n".join(l for l in st.split("\n") if not l.startswith("--")).strip()
        if body:
            yield body


def first(conn, sql):
    cur = conn.cursor()
    cur.execute(sql)
    row = cur.fetchone()
    cur.close()
    return row


def shown(row):
    return [None if v is None else round(float(v), 2) for v in row]


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    dag, ddl, source, target = sys.argv[1:5]
    schema = sys.argv[5] if len(sys.argv) > 5 else None
    spec = importlib.util.spec_from_file_location("generated_dag", dag)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = {"runs": [], "ok": False}
    pg = target.startswith("postgres")
    if target.startswith("http"):
        return main_ch(mod, ddl, source, target, schema, out)
    if pg:
        admin = connect(target)
        admin.autocommit = True
        admin.cursor().execute('DROP SCHEMA IF EXISTS "%s" CASCADE; CREATE SCHEMA "%s"' % (schema, schema))
    try:
        src, tgt = connect(source), connect(target, schema)
        text = open(ddl).read()
        if pg:
            tgt.cursor().execute(text)
            tgt.commit()
        else:
            tgt.executescript(text)
        want = first(src, mod.RECONCILE_SOURCE_SQL)
        if pg:
            src.rollback()  # the server-side cursor needs a fresh transaction
        out["source"] = shown(want)
        for _ in range(2):
            n = mod.copy_rows(src, tgt, {"watermark": "1970-01-01", "window_start": "1970-01-01",
                                         "window_end": "2100-01-01"})
            got = first(tgt, mod.RECONCILE_TARGET_SQL)
            if pg:
                src.rollback()
                tgt.rollback()
            run = {"copied": n, "target": shown(got)}
            try:
                mod.reconcile(want, got)  # the DAG's data_test check
            except ValueError as e:
                run["error"] = str(e)
            out["runs"].append(run)
        out["ok"] = all(r["copied"] == want[0] and "error" not in r for r in out["runs"])
        src.close()
        tgt.close()
    finally:
        if pg:
            admin.cursor().execute('DROP SCHEMA IF EXISTS "%s" CASCADE' % schema)
            admin.close()
    print(json.dumps(out))
    return 0 if out["ok"] else 1


def main_ch(mod, ddl, source, url, db, out):
    ch(url, "DROP DATABASE IF EXISTS `%s`" % db)
    ch(url, "CREATE DATABASE `%s`" % db)
    dburl = url.rstrip("/") + "/?database=" + urllib.parse.quote(db)
    try:
        for st in ch_statements(open(ddl).read()):
            ch(dburl, st)
        src = connect(source)
        want = first(src, mod.RECONCILE_SOURCE_SQL)
        out["source"] = shown(want)
        for _ in range(2):
            if source.startswith("postgres"):
                src.rollback()
            n = mod.copy_rows(src, dburl)
            got = mod.target_first(dburl)
            run = {"copied": n, "target": shown(got)}
            try:
                mod.reconcile(want, got)
            except ValueError as e:
                run["error"] = str(e)
            out["runs"].append(run)
        out["ok"] = all(r["copied"] == want[0] and "error" not in r for r in out["runs"])
        src.close()
    finally:
        ch(url, "DROP DATABASE IF EXISTS `%s`" % db)
    print(json.dumps(out))
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
