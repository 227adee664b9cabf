#!/usr/bin/env python3
"""dag_load.py: runs a generated Airflow DAG's load on real databases, twice.

usage: dag_load.py DAG.py DDL.sql SOURCE TARGET [SCHEMA]

SOURCE is a libpq URI (postgresql://...), a SQLite file or a ClickHouse
native-protocol URI (clickhouse://host:tcp_port/database, read through
clickhouse-driver's DB-API as the DAG reads it); TARGET a libpq URI, a SQLite
file or a ClickHouse HTTP URL (http://host:port/). The DAG module is
imported without Airflow (its load functions do not need it); TARGET gets
the DDL (in SCHEMA, a schema or a database created and dropped), then
copy_rows() runs twice. After each run the DAG's own reconciliation
queries and its reconcile() compare the target with the source. For an SCD2
load into ClickHouse the target then holds one version a source row (the
second run added none), and a third run, whose extract has one row changed in
flight (a wrapped source cursor: the source is not written), must leave that
key with two versions: the old one closed where the new current one starts.
Prints one JSON line; exit status 1 when a run failed or the target disagrees
with the source.
"""
import datetime
import decimal
import importlib.util
import io
import json
import sqlite3
import sys
import urllib.parse
import urllib.request


def connect(where, schema=None):
    if where.startswith("clickhouse://"):  # a ClickHouse source: the DAG's own driver
        from clickhouse_driver import dbapi
        u = urllib.parse.urlparse(where)
        return dbapi.connect(host=u.hostname, port=u.port or 9000, user=u.username or "default",
                             password=u.password or "", database=u.path.lstrip("/") or "default")
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


def source_hook_check(mod, source, want, out):
    """A ClickHouse source's DAG opens it with its own _ClickHouseSource, from
    the Airflow connection's fields. Airflow is not installed here: a stand-in
    for its BaseHook gives the fields of the source URI (the database as the
    extra "database"); the class's get_first() must read on the server what the
    test's own connection read."""
    import types
    if not source.startswith("clickhouse://") or not hasattr(mod, "_ClickHouseSource"):
        return True
    u = urllib.parse.urlparse(source)
    conn = types.SimpleNamespace(host=u.hostname, port=u.port, login=u.username, password=u.password,
                                 schema=None, extra_dejson={"database": u.path.lstrip("/")})
    base = types.ModuleType("airflow.hooks.base")
    base.BaseHook = types.SimpleNamespace(get_connection=lambda conn_id: conn)
    names = ("airflow", "airflow.hooks", "airflow.hooks.base")
    saved = {k: sys.modules.get(k) for k in names}
    sys.modules.update({"airflow": types.ModuleType("airflow"), "airflow.hooks": types.ModuleType("airflow.hooks"),
                        "airflow.hooks.base": base})
    try:
        got = mod._ClickHouseSource(mod.SOURCE_CONN_ID).get_first(mod.RECONCILE_SOURCE_SQL)
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
    out["source_hook"] = shown(got) == shown(want)
    return out["source_hook"]


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
            n = mod.copy_rows(src, tgt, full_run(mod))
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
        out["ok"] &= source_hook_check(mod, source, want, out)
        if getattr(mod, "WINDOW_COLUMN", None):
            out["ok"] &= window_check(mod, src, tgt, want, pg, out)
        if pg:
            out["ok"] &= copy_roundtrip(mod, tgt, out)
        src.close()
        tgt.close()
    finally:
        if pg:
            admin.cursor().execute('DROP SCHEMA IF EXISTS "%s" CASCADE' % schema)
            admin.close()
    print(json.dumps(out))
    return 0 if out["ok"] else 1


def copy_roundtrip(mod, tgt, out):
    """The DAG fills a PostgreSQL stage with COPY: its _copy_text() of awkward
    values (NULL beside an empty string, tabs, line ends, backslashes, unicode,
    a date before 1970, microseconds, bytes, a small float), loaded into a
    temporary table of the target, reads back as the values themselves; a value
    with no text form (a list) makes it give None (the batch goes by executemany)."""
    rows = [("", None, "tab\there\nnew line\\back\rslash", decimal.Decimal("12.50"), datetime.date(1960, 2, 29),
             datetime.datetime(2024, 3, 1, 13, 45, 7, 120000), True, b"\x00\xff\\A\t", 1.5e-7),
            (None, "", "π — юникод", decimal.Decimal("-0.01"), None, None, False, None, None)]
    cur = tgt.cursor()
    cur.execute("CREATE TEMP TABLE sx_copy_check (a text, b text, c text, d numeric, e date, f timestamp, "
                "g boolean, h bytea, i float8)")
    cur.copy_expert("COPY sx_copy_check FROM STDIN", io.StringIO(mod._copy_text(rows)))
    cur.execute("SELECT a, b, c, d, e, f, g, h, i FROM sx_copy_check ORDER BY d DESC")
    got = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in cur.fetchall()]
    cur.execute("DROP TABLE sx_copy_check")
    tgt.commit()
    out["copy_roundtrip"] = got == rows and mod._copy_text([(1, [1, 2])]) is None
    if not out["copy_roundtrip"]:
        out["copy_error"] = "COPY text read back as %r" % (got,)
    return out["copy_roundtrip"]


def full_run(mod):
    """A full run's parameters: a window from the start of time (by id: none)."""
    start = None if getattr(mod, "WINDOW_BY_ID", False) else "1970-01-01"
    return {"watermark": "1970-01-01", "window_start": start, "window_end": "2100-01-01"}


def latest_start(mod, hi):
    """The start of a window holding the latest period (by id: the latest id)."""
    if getattr(mod, "WINDOW_BY_ID", False):
        return int(hi)
    return mod._period_start(datetime.datetime.fromisoformat(str(hi)))


def qi(name):
    return '"%s"' % name.replace('"', '""')


def window_check(mod, src, tgt, want, pg, out):
    """A run whose window starts at the latest period (cut by the DAG's own
    _period_start) must reload the rows from there on only: the rows of the
    earliest and of the window's periods are deleted from the target first;
    the windowed run brings the window's back and leaves the earliest gone. A
    full run then restores the target, which must reconcile again."""
    col, t, ph = qi(mod.WINDOW_COLUMN), qi(mod.TARGET_TABLE), "%s" if pg else "?"
    cur = tgt.cursor()

    def one(sql, *args):
        cur.execute(sql % {"c": col, "t": t, "p": ph}, args)
        return cur.fetchone()

    lo, hi = one("SELECT MIN(%(c)s), MAX(%(c)s) FROM %(t)s")
    res = out["window"] = {"column": mod.WINDOW_COLUMN}
    if lo is None or lo == hi:
        res["skipped"] = "one period: nothing to cut"
        return True
    start = latest_start(mod, hi)
    in_window = one("SELECT COUNT(*) FROM %(t)s WHERE %(c)s >= %(p)s OR %(c)s IS NULL", start)[0]
    lo_out = one("SELECT COUNT(*) FROM %(t)s WHERE %(c)s = %(p)s AND %(c)s < %(p)s", lo, start)[0]
    cur.execute("DELETE FROM %s WHERE %s = %s OR %s >= %s" % (t, col, ph, col, ph), (lo, start))
    tgt.commit()
    if pg:
        src.rollback()
    n = mod.copy_rows(src, tgt, {"watermark": start, "window_start": start, "window_end": "2100-01-01"})
    total, lo_after = one("SELECT COUNT(*), COUNT(CASE WHEN %(c)s = %(p)s THEN 1 END) FROM %(t)s", lo)
    res.update(start=start, copied=n, rows_in_window=in_window, earliest_rows_cut=lo_out, target_after=total)
    if pg:
        src.rollback()
        tgt.rollback()
    ok = n == in_window and total == want[0] - lo_out and (lo_out == 0 or lo_after == 0)
    if not ok:
        res["error"] = "the windowed run did not reload exactly the window's rows"
        return False
    if not window_reconciled(mod, res, lo_out, want, lambda: mod.reconcile_window(src, tgt, start),
                             lambda: first(tgt, mod.RECONCILE_TARGET_SQL)):
        return False
    if pg:
        src.rollback()
        tgt.rollback()
    mod.copy_rows(src, tgt, full_run(mod))
    got = first(tgt, mod.RECONCILE_TARGET_SQL)
    if pg:
        src.rollback()
        tgt.rollback()
    try:
        mod.reconcile(want, got)
    except ValueError as e:
        res["error"] = "after the full run: " + str(e)
        return False
    return True


def changed(v):
    """v changed, or None where v is of no type changed here."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, str):
        return v + " (changed)"
    if isinstance(v, (int, float, decimal.Decimal)):
        return v + 1
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v + datetime.timedelta(days=1)
    return None


class OneChanged:
    """A DB-API connection whose extract returns its first row with one compared
    column changed; the source itself is not written."""

    def __init__(self, conn, mod):
        self.conn, self.mod, self.row, self.column = conn, mod, None, None

    def cursor(self, *args, **kwargs):
        return _OneChangedCursor(self.conn.cursor(*args, **kwargs), self)


class _OneChangedCursor:
    def __init__(self, cur, owner):
        self.__dict__.update(cur=cur, owner=owner)

    def __getattr__(self, name):
        return getattr(self.cur, name)

    def __setattr__(self, name, value):
        setattr(self.cur, name, value)

    def fetchmany(self, n):
        rows = self.cur.fetchmany(n)
        o = self.owner
        if rows and o.row is None:
            for c in o.mod.COMPARED_COLUMNS:
                at = o.mod.COLUMNS.index(c)
                if changed(rows[0][at]) is not None:
                    r = list(rows[0])
                    r[at] = changed(r[at])
                    o.row, o.column = r, c
                    rows = [tuple(r)] + list(rows[1:])
                    break
        return rows


def scd2_versions(mod, dburl, row):
    """(versions, current versions, closed ones' valid_to = current valid_from) of row's key."""
    key = [mod._field(mod._tsv(row[mod.COLUMNS.index(c)], mod.NULL_AS[mod.COLUMNS.index(c)]))
           for c in mod.KEY_COLUMNS]
    where = " AND ".join("toString(`%s`) = %s" % (c, mod._lit(k)) for c, k in zip(mod.KEY_COLUMNS, key))
    got = ch(dburl, "SELECT count(), sum(is_current), countIf(NOT is_current AND valid_to = (SELECT max("
                    "valid_from) FROM `%s` WHERE is_current AND %s)) FROM `%s` WHERE %s FORMAT TabSeparated"
             % (mod.TARGET_TABLE, where, mod.TARGET_TABLE, where))
    return [int(v) for v in got.split()]


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
        out["ok"] &= source_hook_check(mod, source, want, out)
        if getattr(mod, "WINDOW_COLUMN", None):
            out["ok"] &= window_check_ch(mod, src, source, dburl, want, out)
        if mod.SCD2:
            out["ok"] &= scd2_check(mod, src, source, dburl, want, out)
        src.close()
    finally:
        ch(url, "DROP DATABASE IF EXISTS `%s`" % db)
    print(json.dumps(out))
    return 0 if out["ok"] else 1


def window_reconciled(mod, res, cut, want, check_window, target_whole):
    """The DAG's data test over the window passes after the windowed run, while
    the whole-table reconciliation fails where rows before the window were cut."""
    try:
        check_window()
    except ValueError as e:
        res["error"] = "the window's reconciliation: " + str(e)
        return False
    res["window_reconciled"] = True
    if cut:
        try:
            mod.reconcile(want, target_whole())
        except ValueError:
            return True
        res["error"] = "the whole-table reconciliation passed with rows cut before the window"
        return False
    return True


def window_check_ch(mod, src, source, dburl, want, out):
    """window_check for a ClickHouse target: the earliest month's partition is
    dropped; a run whose window starts at the latest period must read the
    window's rows only (its months replaced whole by the load) and leave the
    dropped month empty; a full run then restores the target."""
    col, t = mod.WINDOW_COLUMN.replace("`", "\\`"), mod.TARGET_TABLE.replace("`", "\\`")
    vals = ch(dburl, "SELECT toString(`%s`) FROM `%s` FINAL FORMAT TabSeparated" % (col, t)).split("\n")[:-1]
    by_id = getattr(mod, "WINDOW_BY_ID", False)
    dated = sorted((int(v) if by_id else v) for v in vals if v != "\\N")
    res = out["window"] = {"column": mod.WINDOW_COLUMN}
    if not dated or dated[0] == dated[-1]:
        res["skipped"] = "one period: nothing to cut"
        return True
    start = latest_start(mod, dated[-1])
    in_window = sum(1 for v in vals if v == "\\N" or (int(v) if by_id else v) >= start)
    cut = 0
    if not by_id and mod.PARTITION_COLUMN == mod.WINDOW_COLUMN and dated[0][:7] < start[:7]:
        cut = sum(1 for v in dated if v[:7] == dated[0][:7])
        ch(dburl, "ALTER TABLE `%s` DROP PARTITION %s" % (t, dated[0][:7].replace("-", "")))
    if source.startswith("postgres"):
        src.rollback()
    n = mod.copy_rows(src, dburl, None, {"window_start": start})
    total = int(ch(dburl, "SELECT count() FROM `%s` FINAL" % t))
    res.update(start=start, copied=n, rows_in_window=in_window, earliest_month_rows_cut=cut, target_after=total)
    if n != in_window or total != want[0] - cut:
        res["error"] = "the windowed run did not reload exactly the window's rows"
        return False
    if source.startswith("postgres"):
        src.rollback()
    if not window_reconciled(mod, res, cut, want, lambda: mod.reconcile_window(src, dburl, start),
                             lambda: mod.target_first(dburl)):
        return False
    if source.startswith("postgres"):
        src.rollback()
    mod.copy_rows(src, dburl)
    try:
        mod.reconcile(want, mod.target_first(dburl))
    except ValueError as e:
        res["error"] = "after the full run: " + str(e)
        return False
    return True


def scd2_check(mod, src, source, dburl, want, out):
    """After two loads of the same rows, one version a row; a third load with one
    row changed gives its key a second version, the only current one."""
    total = int(ch(dburl, "SELECT count() FROM `%s`" % mod.TARGET_TABLE))
    out["scd2"] = {"versions_after_two_loads": total}
    if total != want[0]:
        out["scd2"]["error"] = "the second load added versions of unchanged rows"
        return False
    if source.startswith("postgres"):
        src.rollback()
    one = OneChanged(src, mod)
    mod.copy_rows(one, dburl)
    if one.row is None:
        out["scd2"]["error"] = "no compared column to change"
        return False
    versions, current, closed = scd2_versions(mod, dburl, one.row)
    got = mod.target_first(dburl)
    total = int(ch(dburl, "SELECT count() FROM `%s`" % mod.TARGET_TABLE))
    out["scd2"].update(changed=one.column, versions=versions, current=current,
                       closed_at_new_start=closed, versions_after_change=total, current_rows=got[0])
    if (versions, current, closed) != (2, 1, 1) or total != want[0] + 1 or got[0] != want[0]:
        out["scd2"]["error"] = "the changed row's key does not have two versions, one current"
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
