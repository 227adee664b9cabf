#!/usr/bin/env python3
"""sqlite_window.py: an incremental DAG on a SQLite source reads its window only,
and loses no row whose time SQLite keeps in another form.

usage: sqlite_window.py SEXTANT

A SQLite source whose updated_at holds ISO text (with a space, with a T, a
bare date), epoch seconds, a Julian day and US-style text: the generated
DAG (imported without Airflow) copies every row into a SQLite target and
reconciles; a run from a window start must copy exactly the ISO rows from
that start on plus every row whose value is not ISO text (read each run,
never lost), and its windowed reconciliation must pass; a changed row with a
number for a time is upserted by the next windowed run; an ISO row older
than the window is left alone.
A table with no date or time column (its integer key the watermark): the
DAG reads by id, from the highest id the last run saw (_max_id, read before
the extract) less ID_LOOKBACK; new rows added to the source after a full
run are copied by the next run, which reads only the lookback's ids and
the new ones, and the target then reconciles with the source.
Prints the checks; exit 1 on a failure.
"""
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

FAILS = []


def check(name, ok, detail=""):
    print("%s %s%s" % ("ok  " if ok else "FAIL", name, (": " + detail[:200]) if detail else ""))
    if not ok:
        FAILS.append(name)


def source(path):
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE carriers (carrier_id INTEGER PRIMARY KEY, carrier_name TEXT NOT NULL);
        CREATE TABLE parcels (parcel_id INTEGER PRIMARY KEY, label TEXT NOT NULL, grams INTEGER NOT NULL);
        CREATE TABLE shipments (
            shipment_id INTEGER PRIMARY KEY,
            carrier_id INTEGER NOT NULL REFERENCES carriers(carrier_id),
            weight_kg REAL NOT NULL,
            created_at TIMESTAMP NOT NULL,
            updated_at TIMESTAMP NOT NULL);
    """)
    db.executemany("INSERT INTO carriers VALUES (?, ?)", [(1, "DHL"), (2, "UPS"), (3, "Boxberry")])
    rows = []
    for i in range(1, 41):
        m, d = 1 + (i * 7) % 12, 1 + (i * 5) % 28
        if i % 10 == 1:
            ts = 1700000000 + i * 86400          # epoch seconds
        elif i % 10 == 2:
            ts = 2460300.5 + i                    # a Julian day
        elif i % 10 == 3:
            ts = "%02d/%02d/2024" % (m, d)       # US-style text
        elif i % 10 == 4:
            ts = "2024-%02d-%02dT08:30:00" % (m, d)
        elif i % 10 == 5:
            ts = "2024-%02d-%02d" % (m, d)
        else:
            ts = "2024-%02d-%02d %02d:15:00" % (m, d, i % 24)
        rows.append((i, 1 + i % 3, round(0.5 + i * 1.25, 2), "2023-12-01 00:00:00", ts))
    db.executemany("INSERT INTO shipments VALUES (?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO parcels VALUES (?, ?, ?)", [(i, "P-%05d" % i, 100 + i) for i in range(1, 2501)])
    db.commit()
    return db, rows


ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def expected(rows, start):
    """The ids a run from start must read, said in Python, not SQL."""
    return {r[0] for r in rows if not (isinstance(r[4], str) and ISO.match(r[4])) or r[4] >= start}


def load_module(tmp, name, text):
    path = os.path.join(tmp, name + ".py")
    open(path, "w").write(text)
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def by_id(sextant, env, tmp, src):
    """The id window: the parcels table has no date or time column."""
    p = subprocess.run([sextant, "gen-spec", "Incrementally copy parcels into SQLite with upsert every hour",
                        "--source", os.path.join(tmp, "src.sqlite"), "--json"], env=env, capture_output=True,
                       text=True, timeout=300)
    check("gen-spec (parcels)", p.returncode == 0, p.stderr.strip()[-300:])
    if p.returncode:
        return
    res = json.loads(p.stdout)
    art = {a["kind"]: a["content"] for a in res["artifacts"]}
    mod = load_module(tmp, "dag_parcels", art["airflow_dag"])
    check("an id watermark: the DAG reads by id", mod.WINDOW_BY_ID and mod.WINDOW_COLUMN == "parcel_id",
          "%s %s" % (getattr(mod, "WINDOW_BY_ID", None), mod.WINDOW_COLUMN))
    check("a first run (no watermark yet) reads every row", mod._window({}, "1970-01-01")[0] is None)
    tgt = sqlite3.connect(os.path.join(tmp, "parcels.sqlite"))
    tgt.executescript(art["target_ddl"])
    top = mod._max_id(src)
    n = mod.copy_rows(src, tgt, {"window_start": None})
    check("a full run copies every parcel; the source's highest id is read", n == 2500 and top == 2500,
          "copied %d, top %s" % (n, top))
    src.executemany("INSERT INTO parcels VALUES (?, ?, ?)", [(i, "P-%05d" % i, 100 + i) for i in range(2501, 2541)])
    src.commit()
    start = mod._window({}, str(top))[0]
    n = mod.copy_rows(src, tgt, {"window_start": start})
    want = src.execute(mod.RECONCILE_SOURCE_SQL).fetchone()
    got = tgt.execute(mod.RECONCILE_TARGET_SQL).fetchone()
    check("the next run reads the lookback's ids and the 40 new ones, and the target reconciles",
          start == 2500 - mod.ID_LOOKBACK and n == mod.ID_LOOKBACK + 1 + 40 and tuple(want) == tuple(got),
          "start %s, copied %d, source %s, target %s" % (start, n, want, got))
    try:
        mod.reconcile_window(src, tgt, start)
        rec = ""
    except ValueError as e:
        rec = str(e)
    check("the id window reconciles", not rec, rec)
    check("the next watermark is the new highest id", mod._max_id(src) == 2540)
    tgt.close()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    tmp = tempfile.mkdtemp(prefix="sxwin.")
    env = dict(os.environ, HOME=tmp, SEXTANT_WORKSPACE=os.path.join(tmp, "ws"),
               XDG_CONFIG_HOME=os.path.join(tmp, "cfg"))
    env.setdefault("SEXTANT_LOG", os.path.join(tmp, "sextant.log"))
    src_path, tgt_path = os.path.join(tmp, "src.sqlite"), os.path.join(tmp, "tgt.sqlite")
    src, rows = source(src_path)
    p = subprocess.run([sys.argv[1], "analyze", src_path], env=env, capture_output=True, text=True, timeout=300)
    check("analyze", p.returncode == 0, p.stderr.strip()[-300:])
    p = subprocess.run([sys.argv[1], "gen-spec", "Incrementally copy shipments into SQLite with upsert every hour",
                        "--source", src_path, "--json"], env=env, capture_output=True, text=True, timeout=300)
    check("gen-spec", p.returncode == 0, p.stderr.strip()[-300:])
    if FAILS:
        return 1
    res = json.loads(p.stdout)
    art = {a["kind"]: a["content"] for a in res["artifacts"]}
    check("incremental load on updated_at", res["spec"].get("load") == "incremental"
          and (res["spec"].get("entity") or {}).get("watermark") == "updated_at", json.dumps(res["spec"])[:300])
    dag = os.path.join(tmp, "dag.py")
    open(dag, "w").write(art["airflow_dag"])
    spec = importlib.util.spec_from_file_location("generated_dag", dag)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    check("the DAG reads a window on updated_at", mod.WINDOW_COLUMN == "updated_at" and bool(mod.EXTRACT_SQL),
          str(mod.WINDOW_COLUMN))
    tgt = sqlite3.connect(tgt_path)
    tgt.executescript(art["target_ddl"])
    table = mod.TARGET_TABLE

    def ids():
        return {r[0] for r in tgt.execute('SELECT shipment_id FROM "%s"' % table)}

    full = {"watermark": "1970-01-01", "window_start": "1970-01-01", "window_end": "2100-01-01"}
    n = mod.copy_rows(src, tgt, full)
    want = src.execute(mod.RECONCILE_SOURCE_SQL).fetchone()
    try:
        mod.reconcile(want, tgt.execute(mod.RECONCILE_TARGET_SQL).fetchone())
        rec = ""
    except ValueError as e:
        rec = str(e)
    check("a full run copies every row and reconciles", n == len(rows) and ids() == {r[0] for r in rows} and not rec,
          "copied %d of %d %s" % (n, len(rows), rec))

    start = "2024-06-01"
    tgt.execute('DELETE FROM "%s"' % table)
    tgt.commit()
    n = mod.copy_rows(src, tgt, {"watermark": start, "window_start": start, "window_end": "2100-01-01"})
    exp = expected(rows, start)
    odd = {r[0] for r in rows if not (isinstance(r[4], str) and ISO.match(r[4]))}
    check("a run from %s copies the window's ISO rows and every other-form row" % start,
          ids() == exp and n == len(exp) and odd <= exp and 0 < len(exp) < len(rows),
          "copied %d, expected %d of %d (%d not ISO)" % (n, len(exp), len(rows), len(odd)))
    try:
        mod.reconcile_window(src, tgt, start)
        rec = ""
    except ValueError as e:
        rec = str(e)
    check("the windowed reconciliation passes", not rec, rec)

    # a row with a number for a time changes: read again by the next run
    num = next(r[0] for r in rows if isinstance(r[4], int))
    old = next(r[0] for r in rows if isinstance(r[4], str) and ISO.match(r[4]) and r[4] < start)
    src.execute("UPDATE shipments SET weight_kg = 999.5 WHERE shipment_id IN (?, ?)", (num, old))
    src.commit()
    mod.copy_rows(src, tgt, {"watermark": start, "window_start": start, "window_end": "2100-01-01"})
    w = dict(tgt.execute('SELECT shipment_id, weight_kg FROM "%s"' % table))
    check("a changed row with a number for a time is upserted", w.get(num) == 999.5, str(w.get(num)))
    check("an ISO row older than the window is not read", old not in w, str(w.get(old)))
    by_id(sys.argv[1], env, tmp, src)
    src.close()
    tgt.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
