#!/usr/bin/env python3
"""try_ch_test.py SEXTANT CH_DIR DEMO_SQLITE PG_ENV - `sextant pipeline try`
with a ClickHouse source and with a streaming load, and Ctrl-C in the
middle of a ClickHouse request, against the real test servers of
tests/integration/clickhouse (18.16) and tests/integration/pg:

  - a run generated over the server's `shop` database, tried into a
    ClickHouse target and into a PostgreSQL target: the window, rows and
    sums equal a reference the server computes itself; keys, reconcile and
    idempotence pass; the scratch database / schema is gone; the source
    is unchanged; a user whose profile is read-only works too;
  - a select that is not one plain SELECT is refused before it is sent;
  - a streaming load (Kafka table and materialised view) from the demo
    warehouse, tried as one micro-batch: try.stream says what is and is not
    checked, the numbers reconcile, a redelivered batch on a MergeTree
    (not Replacing) target is a failing try.idempotent; generate --try
    tries streams;
  - SIGINT while a slow ClickHouse query is in flight, in pipeline try (the
    source read), validate (the DDL in its scratch database) and analyze
    (a sample): exit status 1, "cancelled", the query killed on the server,
    no scratch database left.
"""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

S, CH_DIR, DEMO, PG_ENV = sys.argv[1:5]
URL = open(os.path.join(CH_DIR, "url")).read().strip()
PORT = open(os.path.join(CH_DIR, "http_port")).read().strip()
SRC = "clickhouse://sextant:ch-test-pw@127.0.0.1:%s/shop" % PORT
READER = "clickhouse://reader:ch-reader-pw@127.0.0.1:%s/shop" % PORT
PG = dict(l.strip().split("=", 1) for l in open(PG_ENV) if "=" in l)
PGTGT = "host=%s port=%s user=%s dbname=postgres" % (PG["SX_PG_SOCKDIR"], PG["SX_PG_PORT"],
                                                     PG["SX_PG_ADMIN"])
T = tempfile.mkdtemp(prefix="sx-trych-")
ENV = dict(os.environ, SEXTANT_LOG=os.path.join(T, "log"), XDG_CONFIG_HOME=os.path.join(T, "cfg"),
           XDG_DATA_HOME=os.path.join(T, "data"), HOME=T, SEXTANT_WORKSPACE=os.path.join(T, "ws"))
ENV.pop("SEXTANT_CONFIG", None)
fails = 0
checks = 0


def ok(cond, what):
    global fails, checks
    checks += 1
    if not cond:
        fails += 1
        print("FAIL:", what)
    return cond


def ch(sql):
    with urllib.request.urlopen(urllib.request.Request(URL, data=sql.encode(), method="POST"),
                                timeout=30) as r:
        return r.read().decode()


def psql(sql):
    return subprocess.run([os.path.join(PG["SX_PG_BIN"], "psql"), "-X", "-q", "-A", "-t", "-h",
                           PG["SX_PG_SOCKDIR"], "-p", PG["SX_PG_PORT"], "-U", PG["SX_PG_ADMIN"],
                           "-d", "postgres", "-c", sql], capture_output=True, text=True,
                          timeout=30).stdout.strip()


def sx(*args, timeout=180):
    return subprocess.run([S, *args], capture_output=True, text=True, env=ENV, cwd=T,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def sxj(*args):
    p = sx(*args, "--json", "--events", "none")
    try:
        return p.returncode, json.loads(p.stdout)
    except ValueError:
        return p.returncode, {"stdout": p.stdout[-1500:], "stderr": p.stderr[-1500:]}


def gen(intent, source, target, *extra):
    rc, r = sxj("generate", intent, "--source", source, "--target", target, *extra)
    # exit status 1 when the run did not pass: its findings are the point here
    if rc not in (0, 1) or "run_id" not in r:
        raise RuntimeError("generate %s: %s" % (target, str(r)[:1500]))
    return r


def edit(run, kind, old, new, must=True):
    """Replaces text in a stored run's artifacts of a kind (all iterations)."""
    db = sqlite3.connect(os.path.join(ENV["SEXTANT_WORKSPACE"], "workspace.db"))
    n = 0
    for (c,) in db.execute("SELECT content FROM run_artifacts WHERE run_id = ? AND kind = ?",
                           (run, kind)).fetchall():
        if old in c:
            db.execute("UPDATE run_artifacts SET content = ? WHERE run_id = ? AND kind = ? "
                       "AND content = ?", (c.replace(old, new), run, kind, c))
            n += 1
    db.commit()
    db.close()
    if must and not n:
        raise RuntimeError("%s of %s has no %r" % (kind, run, old))
    return n


def artifact(run, kind):
    db = sqlite3.connect(os.path.join(ENV["SEXTANT_WORKSPACE"], "workspace.db"))
    rows = db.execute("SELECT content FROM run_artifacts WHERE run_id = ? AND kind = ? "
                      "ORDER BY iteration DESC LIMIT 1", (run, kind)).fetchall()
    db.close()
    return rows[0][0] if rows else ""


def rules(r):
    return {f["rule"]: f for f in r.get("findings", [])}


def left_ch(prefix):
    return int(ch("SELECT count() FROM system.databases WHERE name LIKE '%s%%'" % prefix))


def running(prefix, settled=0.0):
    """Queries of ours on the server; with SETTLED, only those running for
    that many seconds: a metadata query of a few milliseconds seen by one
    poll is gone by the next check, and must not pass for the slow one."""
    return int(ch("SELECT count() FROM system.processes WHERE query_id LIKE '%s%%' "
                  "AND elapsed >= %g" % (prefix, settled)))


def gone(prefix, secs=20):
    """Waits until no query of ours runs on the server (KILL QUERY is
    asynchronous on the server's side: a block in progress finishes)."""
    end = time.time() + secs
    while running(prefix) and time.time() < end:
        time.sleep(0.2)
    return running(prefix) == 0


def interrupt(args, ready, what):
    """Starts sextant ARGS, waits until ready() holds (the slow request is
    in flight), sends SIGINT; returns (exit status, stderr)."""
    p = subprocess.Popen([S, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env=ENV, cwd=T, stdin=subprocess.DEVNULL)
    end = time.time() + 120  # the wait ends as soon as ready(); a loaded CI machine under ASan can be slow
    while not ready() and time.time() < end and p.poll() is None:
        time.sleep(0.1)
    if p.poll() is not None:  # it ended before the request was seen: say how
        out, err = p.communicate()
        ok(False, "%s: the slow request was never in flight (exit %d: %s)" % (what, p.returncode, err[-600:]))
        return p.returncode, err
    ok(ready(), "%s: the slow request was never in flight (still running after 120 s)" % what)
    time.sleep(0.3)
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        ok(False, "%s: still running a minute after SIGINT" % what)
    return p.returncode, err


def table_state():
    return ch("SELECT database, name, engine FROM system.tables WHERE database = 'shop' "
              "ORDER BY name") + ch("SELECT count() FROM shop.events") + \
        ch("SELECT count(), sum(version) FROM shop.users")


shop0 = table_state()
try:
    p = sx("analyze", SRC)
    ok(p.returncode == 0, "analyze shop: %s" % p.stderr[-500:])

    # ------------------------------------------------ a ClickHouse source
    RCH = gen("daily revenue of events", "shop", "clickhouse")["run_id"]
    RPG = gen("daily revenue of events", "shop", "postgresql")["run_id"]
    sel = artifact(RCH, "select_sql")
    ok("FROM `events`" in sel and "AS `day`" in sel and "AS `revenue`" in sel,
       "the generated ClickHouse select: %s" % sel)
    # 18.16 has no positional GROUP BY (enable_positional_arguments is 21.x):
    # a ClickHouse select groups by its keys' aliases
    ok("GROUP BY `day`" in sel and "GROUP BY 1" not in sel,
       "the ClickHouse select groups by alias: %s" % sel)

    def ref(days):
        out = ch("SELECT count(), toString(sum(revenue)), toString(max(day)), "
                 "toString(subtractDays(max(day), %d)) FROM (SELECT day, revenue FROM "
                 "(SELECT toDate(event_date) AS day, sum(amount) AS revenue FROM shop.events "
                 "GROUP BY day) WHERE day > (SELECT subtractDays(max(toDate(event_date)), %d) "
                 "FROM shop.events)) FORMAT TabSeparated" % (days, days)).split("\t")
        # the window's bounds, from the whole data (not the window itself)
        hi = ch("SELECT toString(max(toDate(event_date))), "
                "toString(subtractDays(max(toDate(event_date)), %d)) FROM shop.events" % days)
        hi = hi.strip().split("\t")
        return int(out[0]), float(out[1]), hi[0], hi[1]

    def check_try(r, rc, days, kind, what):
        n, total, through, after = ref(days)
        t = r.get("try", {})
        try:
            assert rc == 0 and r["passed"], (rc, r.get("findings"))
            assert t["target_kind"] == kind, t
            assert t["window"] == {"column": "day", "days": days, "after": after,
                                   "through": through, "limit": 10000}, t["window"]
            assert t["source"]["rows"] == n > 0, (t["source"], n)
            assert abs(t["source"]["sums"]["revenue"] - total) < 0.005, (t["source"], total)
            assert t["keys"] == ["day"] and t["measures"] == ["revenue"], t
            for side in ("target", "second"):
                assert t[side]["rows"] == n, (side, t[side])
                assert abs(t[side]["sums"]["revenue"] - total) < 0.005, (side, t[side])
                assert t[side]["null_keys"] == 0 and t[side]["duplicate_keys"] == 0, t[side]
            assert t["dropped"] is True and t.get("stream") in (None, False), t
            rs = rules(r)
            for rule in ("try.window", "try.rows", "try.keys", "try.reconcile",
                         "try.idempotent", "try.cleanup"):
                assert rule in rs and rs[rule]["severity"] == "info", (rule, r["findings"])
            assert "sum(revenue) = %.4f in the source window and %.4f in the target" % (
                total, total) in rs["try.reconcile"]["message"], rs["try.reconcile"]
            return ok(True, what)
        except AssertionError as e:
            return ok(False, "%s: %s" % (what, str(e)[:2000]))

    rc, r = sxj("pipeline", "try", RCH, "--source", SRC, "--target", URL, "--window-days", "40")
    check_try(r, rc, 40, "clickhouse", "ClickHouse source into ClickHouse")
    ok(left_ch("sx_try_") == 0, "a scratch database was left on ClickHouse")
    rc, r = sxj("pipeline", "try", RCH, "--source", READER, "--target", URL)
    check_try(r, rc, 7, "clickhouse", "a read-only profile user as the source")
    rc, r = sxj("pipeline", "try", RPG, "--source", SRC, "--target", PGTGT, "--window-days", "40")
    check_try(r, rc, 40, "postgresql", "ClickHouse source into PostgreSQL")
    ok(psql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'sx_try_%'") == "0",
       "a scratch schema was left on PostgreSQL")
    # the stored DSN has no password: said as the source's own refusal
    rc, r = sxj("pipeline", "try", RCH, "--target", URL)
    ok(rc == 1 and "try.source" in rules(r) and "assword" in rules(r)["try.source"]["message"],
       "no password for the source: %s" % str(r)[:1500])

    # refused before anything reaches the source
    RBAD = gen("daily revenue of events", "shop", "clickhouse")["run_id"]
    edit(RBAD, "select_sql", "FROM `events` AS t0", "FROM `events` AS t0 INTO OUTFILE 'x'")
    rc, r = sxj("pipeline", "try", RBAD, "--source", SRC, "--target", URL)
    f = rules(r).get("try.refused")
    ok(rc == 1 and f and "OUTFILE" in f["message"] and "try.window" not in rules(r),
       "INTO OUTFILE refused: %s" % str(r)[:1500])

    # ------------------------------------------------ a streaming load
    p = sx("analyze", DEMO)
    ok(p.returncode == 0, "analyze demo: %s" % p.stderr[-500:])
    g = gen("stream order items into clickhouse in real time", "demo", "clickhouse")
    RST = g["run_id"]
    load = artifact(RST, "load_sql")
    ok("ENGINE = Kafka" in load and "CREATE MATERIALIZED VIEW" in load, "a streaming load: %s" % load)
    rc, r = sxj("pipeline", "try", RST, "--target", URL, "--limit", "200")
    rs = rules(r)
    ok("now() AS `_loaded_at` FROM" in load,
       "the view selects the version column (18.16 does not fill DEFAULTs through TO): %s" % load)
    t = r.get("try", {})
    try:
        assert rc == 0 and r["passed"], (rc, r.get("findings"))
        assert t["stream"] is True and t["source"]["rows"] == 200, t
        assert t["target"]["rows"] == 200 and t["second"]["rows"] == 200, t
        assert t["keys"] == ["ord_id"] and t["target"]["duplicate_keys"] == 0, t
        assert "total_amount" in t["measures"], t
        for m in t["measures"]:
            assert abs(t["source"]["sums"][m] - t["target"]["sums"][m]) < 0.01 * 200, m
        f = rs["try.stream"]
        assert f["severity"] == "info" and "micro-batch" in f["message"] and \
            "Not checked" in f["message"] and "JSONEachRow" in f["message"], f
        assert "delivered again" in rs["try.idempotent"]["message"], rs["try.idempotent"]
        ok(True, "stream")
    except (AssertionError, KeyError) as e:
        ok(False, "a streaming load tried: %s" % str(e)[:2000])
    ok(left_ch("sx_try_") == 0, "the stream's scratch database was left")
    # a target that keeps every delivery: the redelivered batch doubles it
    edit(RST, "target_ddl", "ENGINE = ReplacingMergeTree(`_loaded_at`)", "ENGINE = MergeTree")
    rc, r = sxj("pipeline", "try", RST, "--target", URL, "--limit", "200")
    f = rules(r).get("try.idempotent")
    ok(rc == 1 and f and f["severity"] == "error" and
       "200 rows after the first micro-batch, 400 after the second" in f["message"],
       "a stream that keeps redeliveries: %s" % str(r)[:1500])
    # a view that would write outside the scratch database is not run
    RQ = gen("stream order items into clickhouse in real time", "demo", "clickhouse")["run_id"]
    edit(RQ, "load_sql", "TO `t_ord_hdr_copy` AS", "TO `shop`.`t_ord_hdr_copy` AS")
    rc, r = sxj("pipeline", "try", RQ, "--target", URL, "--limit", "20")
    f = rules(r).get("try.refused")
    ok(rc == 1 and f and "database-qualified" in f["message"] and "try.rows" not in rules(r),
       "a qualified TO table refused: %s" % str(r)[:1500])
    ok("t_ord_hdr_copy" not in ch("SELECT name FROM system.tables WHERE database = 'shop'"),
       "the refused view wrote into shop")
    # generate --try tries the stream too
    g = gen("stream order items into clickhouse in real time", "demo", "clickhouse", "--try",
            "--try-target", URL)
    ok("try.stream" in rules(g) and "try.window" in rules(g),
       "generate --try on a stream: %s" % [f["rule"] for f in g.get("findings", [])])
    ok(left_ch("sx_try_") == 0, "generate --try left a scratch database")

    # ------------------------------------------------ Ctrl-C mid-request
    # each slow query runs in the server's main pipeline, where KILL QUERY
    # lands between blocks (sleepEachRow: 65536 rows of 40 us a block);
    # never true, so it only ends when killed
    SLOW = "sleepEachRow(0.00004) = 1"
    RINT = gen("daily revenue of events", "shop", "clickhouse")["run_id"]
    db = sqlite3.connect(os.path.join(ENV["SEXTANT_WORKSPACE"], "workspace.db"))
    db.execute("UPDATE run_artifacts SET content = ? WHERE run_id = ? AND kind = 'select_sql'",
               ("SELECT toDate('2024-03-01') + number % 3 AS `day`, toDecimal64(1, 2) AS "
                "`revenue` FROM system.numbers WHERE " + SLOW + ";\n", RINT))
    db.commit()
    db.close()
    scratch = "sx_try_" + RINT.lower()
    rc, err = interrupt(["pipeline", "try", RINT, "--source", SRC, "--target", URL,
                         "--timeout-ms", "120000"],
                        lambda: left_ch(scratch) == 1 and running(scratch, 1.0) == 1, "pipeline try")
    ok(rc == 1 and "cancelled" in err, "pipeline try after SIGINT: %d %s" % (rc, err[-500:]))
    ok(gone(scratch), "the try's source query still runs on the server")
    ok(left_ch("sx_try_") == 0, "SIGINT left the try's scratch database")

    ddl = os.path.join(T, "slow_ddl.sql")
    with open(ddl, "w") as f:
        f.write("CREATE TABLE sx_slow ENGINE = Memory AS\n"
                "SELECT number FROM system.numbers WHERE %s;\n" % SLOW)
    rc, err = interrupt(["validate", ddl, "--kind", "target_ddl", "--ch-url", URL],
                        lambda: left_ch("sx_validate_") == 1 and running("sx_validate_", 1.0) == 1,
                        "validate")
    ok(rc == 1 and "cancelled" in err, "validate after SIGINT: %d %s" % (rc, err[-500:]))
    ok(gone("sx_validate_"), "the validator's query still runs on the server")
    ok(left_ch("sx_validate_") == 0, "SIGINT left the validator's scratch database")

    ch("CREATE DATABASE sxtry_slow")
    ch("CREATE VIEW sxtry_slow.v_people AS SELECT number AS id, 'x@example.com' AS email "
       "FROM system.numbers WHERE " + SLOW)
    ch("CREATE TABLE sxtry_slow.people (id UInt64, email String) "
       "ENGINE = Merge(sxtry_slow, '^v_people$')")
    rc, err = interrupt(["analyze", "http://127.0.0.1:%s/?database=sxtry_slow" % PORT],
                        lambda: running("sx_analyze_", 1.0) == 1, "analyze")
    ok(rc == 1 and "cancelled" in err, "analyze after SIGINT: %d %s" % (rc, err[-500:]))
    ok(gone("sx_analyze_"), "the sample query still runs on the server")
    p = sx("sources", "--json")
    ok(p.returncode == 0 and "shop" in p.stdout and "sxtry_slow" not in p.stdout,
       "a cancelled analyze saved its database: %s" % p.stdout[-500:])
finally:
    try:
        ch("DROP DATABASE IF EXISTS sxtry_slow")
    except Exception as e:  # the server may be gone: the fixture stops it
        print("cleanup:", e)

ok(table_state() == shop0, "the source database changed")
print("%d checks, %d failed" % (checks, fails))
sys.exit(1 if fails else 0)
