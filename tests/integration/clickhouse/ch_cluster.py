#!/usr/bin/env python3
"""A pipeline generated for a ClickHouse cluster, run on the test server's
one-node cluster `sextant_one` (tests/support/ch_server.sh: remote_servers
with internal_replication, macros {shard} and {replica}, and a ZooKeeper of
its own when Debian's zookeeper package is installed: CH_DIR/zk_port).

Usage: ch_cluster.py SEXTANT CH_DIR DEMO_SQLITE

1. `generate --target URL --cluster auto --server-checks` on the SQLite demo
   reads the cluster from system.clusters, passes its own QA (the DDL
   created in a scratch database of the server), and writes ON CLUSTER DDL,
   a ReplicatedReplacingMergeTree <table>_local, a Distributed table sharded
   by cityHash64 of the grain, a load through it, and a DAG naming the
   [airflow] pool and queue; `sextant validate --ch-url` finds nothing.
   A cluster the server does not have is refused, naming the ones it has.
2. With ZooKeeper: every generated DDL statement runs as written (ON
   CLUSTER through the distributed DDL queue); the local table is a
   ReplicatedReplacingMergeTree registered in system.replicas under the
   shard's path and the replica macro, the target a Distributed table.
   Without ZooKeeper (said on stdout): every generated DDL statement, sent
   as written, is refused by 18.16 only for want of ZooKeeper (code 49: no distributed DDL), never for its syntax
   (code 62). Without ON CLUSTER, the replicated table is refused for the
   same reason (code 225); as ReplacingMergeTree with the same columns,
   partitions and sorting key it is created, and so is the Distributed
   table over it, exactly as generated.
3. The generated SELECT, run on the demo, gives the rows, which agree with
   a hand reference (per channel and day of the order: the sum of the
   line_total of the lines of orders that are not cancelled, added up here
   in Python); the generated
   load (partition drop on the local table, ON CLUSTER with ZooKeeper, INSERT into the Distributed table with
   insert_distributed_sync = 1) lands them all in the local table; run twice,
   the table holds the same rows (the load is idempotent); the DAG's
   reconciliation query on the Distributed table agrees with the source.
4. An entity load (incremental copy of orders, no partitions): loaded
   twice through the Distributed table, FINAL keeps one row per key.
   With ZooKeeper its DDL runs as written, too.
5. SCD2 of products on the cluster: the load closes versions ON CLUSTER on
   the local table and waits on every shard's system.mutations through
   cluster(); with ZooKeeper the DAG's own copy_rows() runs: two loads, one
   version a product; a third with one row changed in flight gives that key
   two versions, the old one closed where the new one starts.
6. A list with no key (products never ordered) on the cluster: a
   ReplicatedMergeTree (no Replacing: nothing tells one row from another),
   whose load drops its one partition ON CLUSTER on the local table before
   the INSERT; loaded twice (the DAG's own copy_rows with ZooKeeper, the
   statements on the unreplicated one-server tables without), the table
   holds the hand reference's rows once, not twice.
"""
import importlib.util
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

SEXTANT, CH_DIR, DEMO = sys.argv[1:4]
URL = open(os.path.join(CH_DIR, "url")).read().strip()
DB = "sx_cluster_test"
CLUSTER = "sextant_one"
ZK = os.path.exists(os.path.join(CH_DIR, "zk_port"))
print("ch_cluster: " + ("ZooKeeper on port %s: the cluster DDL and the load run as generated"
                        % open(os.path.join(CH_DIR, "zk_port")).read().strip() if ZK else
                        "no ZooKeeper (no zookeeper package and java, or SX_CH_NO_ZK=1): only the refusals of "
                        "ON CLUSTER and Replicated*MergeTree are checked, on unreplicated tables"))
fails = []
checks = 0


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        fails.append(what)
        print("FAIL: " + what, file=sys.stderr)


def ch(sql, data=None, **settings):
    """Runs sql (data appended for INSERT ... FORMAT); returns (ok, body)."""
    q = dict(settings)
    body = sql if data is None else sql + "\n" + data
    url = URL
    if data is not None:
        q["query"] = sql
        body = data
    if q:
        url += "?" + urllib.parse.urlencode(q)
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body.encode()), timeout=60) as r:
            return True, r.read().decode()
    except urllib.error.HTTPError as e:
        return False, e.read().decode()


def code_of(body):
    m = re.match(r"Code: (\d+)", body)
    return int(m.group(1)) if m else None


def statements(text):
    out, cur = [], []
    for line in text.splitlines():
        if not cur and (line.startswith("--") or not line.strip()):
            continue
        cur.append(line)
        if line.rstrip().endswith(";"):
            out.append("\n".join(cur).rstrip().rstrip(";"))
            cur = []
    if "".join(cur).strip():
        out.append("\n".join(cur))
    return out


def one_server(stmt):
    return re.sub(r" ON CLUSTER `[^`]+`", "", stmt)


def unreplicated(stmt):
    # ReplicatedX('path', '{replica}'[, args]) -> X(args)
    return re.sub(r"Replicated(\w*MergeTree)\('[^']*', '\{replica\}'(?:, )?", r"\1(", stmt)


tmp = tempfile.mkdtemp(prefix="sxclu.")
cfg = os.path.join(tmp, "config.ini")
with open(cfg, "w") as f:
    f.write("[target]\nclickhouse_database = %s\n[airflow]\npool = etl_clickhouse\nqueue = ch_loaders\n" % DB)
env = dict(os.environ, SEXTANT_WORKSPACE=os.path.join(tmp, "ws"), SEXTANT_CONFIG=cfg,
           XDG_CONFIG_HOME=os.path.join(tmp, "cfg"), XDG_DATA_HOME=os.path.join(tmp, "data"),
           HOME=tmp, SEXTANT_LOG=os.path.join(tmp, "sextant.log"))


def sx(*args):
    return subprocess.run([SEXTANT, *args], capture_output=True, text=True, env=env, timeout=300)


p = sx("analyze", DEMO)
check(p.returncode == 0, "analyze the demo: " + p.stderr[-400:])
ch("DROP DATABASE IF EXISTS " + DB)

# ------------------------------------------------------------- 1. generate
out = os.path.join(tmp, "agg")
p = sx("generate", "Daily revenue by sales channel, excluding cancelled orders, into ClickHouse every night at 3 am",
       "--target", URL, "--cluster", "auto", "--server-checks", "--out", out, "--json")
check(p.returncode == 0, "generate on the cluster should pass its QA: rc %d %s" % (p.returncode, p.stderr[-800:]))
res = json.loads(p.stdout) if p.returncode == 0 else {}
check("cluster sextant_one read from system.clusters" in p.stderr,
      "the cluster should be read from system.clusters: " + p.stderr[-600:])
for f in res.get("findings", []):
    check(f.get("severity") != "error", "no error finding: %s" % f)


def read(name):
    try:
        return open(os.path.join(out, name)).read()
    except OSError:
        return ""


ddl, load, sel = read("target_ddl.sql"), read("load.sql"), read("select.sql")
dag = read("dags/daily_revenue_by_channel.py")
readme = read("README.md")
T = "daily_revenue_by_channel"
check("CREATE DATABASE IF NOT EXISTS `%s` ON CLUSTER `%s`;" % (DB, CLUSTER) in ddl, "CREATE DATABASE ON CLUSTER:\n" + ddl)
check("CREATE TABLE IF NOT EXISTS `%s`.`%s_local` ON CLUSTER `%s` (" % (DB, T, CLUSTER) in ddl, "local table ON CLUSTER")
check("ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/%s/%s_local', '{replica}', `_loaded_at`)"
      % (DB, T) in ddl, "ReplicatedReplacingMergeTree with the shard's path")
check("ENGINE = Distributed(`%s`, `%s`, `%s_local`, cityHash64(`channel`, `day`));" % (CLUSTER, DB, T) in ddl,
      "Distributed sharded by cityHash64 of the grain:\n" + ddl)
check("ALTER TABLE `%s`.`%s_local` ON CLUSTER `%s` DROP PARTITION {partition:UInt32};" % (DB, T, CLUSTER) in load,
      "partition drop ON CLUSTER on the local table:\n" + load)
check("INSERT INTO `%s`.`%s` (`channel`, `day`, `revenue`) FORMAT TabSeparated" % (DB, T) in load,
      "the load inserts into the Distributed table")
check('"pool": "etl_clickhouse"' in dag and '"queue": "ch_loaders"' in dag, "the DAG names the pool and the queue")
check("**Sharding key:** ``cityHash64(`channel`, `day`)``" in readme, "the README names the sharding key")

v = sx("validate", os.path.join(out, "target_ddl.sql"), "--kind", "target_ddl", "--target", "clickhouse",
       "--ch-url", URL, "--json")
vr = json.loads(v.stdout) if v.returncode == 0 and v.stdout.strip() else {}
check(v.returncode == 0 and not vr.get("findings"), "validate --ch-url finds nothing: %s %s" % (v.stdout[-600:], v.stderr[-300:]))
v = sx("validate", os.path.join(out, "dags", T + ".py"), "--kind", "airflow_dag", "--json")
check(v.returncode == 0 and '"errors":0' in v.stdout.replace(" ", ""), "the DAG validates: " + v.stdout[-400:])

p = sx("gen-spec", "daily revenue by channel into clickhouse", "--target", URL, "--cluster", "nope")
check(p.returncode != 0 and "cluster nope is not in system.clusters" in p.stderr and CLUSTER in p.stderr,
      "an unknown cluster is refused, naming the server's: " + p.stderr[-300:])
p = sx("gen-spec", "daily revenue by channel into postgresql", "--cluster", CLUSTER)
check(p.returncode != 0 and "needs a ClickHouse target" in p.stderr, "a cluster for PostgreSQL is refused")

# ------------------------------------------------------------- 2. the DDL
stmts = statements(ddl)
check(len(stmts) == 3, "three DDL statements: %d" % len(stmts))
for s in stmts if ZK else []:
    ok, body = ch(s)
    check(ok, "with ZooKeeper the generated DDL runs as written: %s\n%s" % (body[:300], s))
if ZK:
    ok, body = ch("SELECT name, engine FROM system.tables WHERE database = '%s' ORDER BY name FORMAT TabSeparated" % DB)
    check(body == "%s\tDistributed\n%s_local\tReplicatedReplacingMergeTree\n" % (T, T),
          "the Distributed target over the replicated local table: " + body)
    # The replica becomes active a moment after CREATE (its restarting
    # thread); until then ALTER ... DROP PARTITION finds "No active replicas".
    for _ in range(200):
        ok, body = ch("SELECT active_replicas FROM system.replicas WHERE database = '%s' FORMAT TabSeparated" % DB)
        if body.strip() == "1":
            break
        time.sleep(0.05)
    ok, body = ch("SELECT zookeeper_path, replica_name, is_readonly, total_replicas, active_replicas "
                  "FROM system.replicas WHERE database = '%s' AND table = '%s_local' FORMAT TabSeparated" % (DB, T))
    check(body == "/clickhouse/tables/01/%s/%s_local\treplica-1\t0\t1\t1\n" % (DB, T),
          "the local table is replicated under the shard's path and the replica macro: " + body)
for s in stmts if not ZK else []:
    ok, body = ch(s)
    check(not ok and code_of(body) == 49 and "DDL background thread is not initialized" in body,
          "18.16 without ZooKeeper refuses ON CLUSTER (code 49), not the syntax: %s" % body[:200])
if not ZK:
    ok, body = ch(one_server(stmts[0]))
    check(ok, "CREATE DATABASE: " + body[:200])
    ok, body = ch(one_server(stmts[1]))
    check(not ok and code_of(body) == 225 and "without ZooKeeper" in body,
          "the replicated table needs ZooKeeper (code 225): " + body[:200])
    for s in stmts[1:]:
        ok, body = ch(unreplicated(one_server(s)))
        check(ok, "created on the one-node cluster: %s\n%s" % (body[:300], unreplicated(one_server(s))))
ok, body = ch("SELECT engine FROM system.tables WHERE database = '%s' AND name = '%s' FORMAT TabSeparated" % (DB, T))
check(body.strip() == "Distributed", "the target is a Distributed table: " + body)

# ------------------------------------------------------------- 3. the load


def tsv(v):
    if v is None:
        return "\\N"
    if isinstance(v, float):
        return "%.2f" % v  # Decimal(18, 2): 18.16 refuses more digits (the transform's to_decimal)
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


con = sqlite3.connect("file:%s?mode=ro" % DEMO, uri=True)
rows = con.execute(sel.rstrip().rstrip(";")).fetchall()
check(len(rows) > 10, "the SELECT gives rows: %d" % len(rows))
# The hand reference: per (channel, day of the order), the sum of line_total
# of the lines of the orders that are not cancelled, added up here without SQL.
orders = {o: (ch_, str(at)[:10], st) for o, ch_, at, st in
          con.execute("SELECT ord_id, channel, created_at, status FROM t_ord_hdr")}
ref = {}
for o, amount in con.execute("SELECT ord_id, line_total FROM order_items"):
    channel, day, status = orders[o]
    if status != "cancelled":
        ref[(channel, day)] = ref.get((channel, day), 0.0) + float(amount)
got = {(str(r[0]), str(r[1])[:10]): round(float(r[2] or 0), 2) for r in rows}
check(len(got) == len(rows) and got == {k: round(v, 2) for k, v in ref.items()},
      "the SELECT agrees with the hand reference: %d rows vs %d; differing: %s"
      % (len(rows), len(ref), sorted(k for k in set(ref) | set(got) if round(ref.get(k, -1), 2) != got.get(k))[:5]))
data = "".join("\t".join(tsv(x) for x in r) + "\n" for r in rows)
months = sorted({str(r[1])[:7].replace("-", "") for r in rows})
load_stmts = statements(load)
check(len(load_stmts) == 2, "partition drop and insert: %d" % len(load_stmts))


def run_load():
    for m in months:
        drop = load_stmts[0] if ZK else one_server(load_stmts[0])
        ok, body = ch(drop.replace("{partition:UInt32}", m))
        if not ok:
            return "drop partition %s: %s" % (m, body[:200])
    ok, body = ch(load_stmts[1].strip(), data, insert_distributed_sync=1)
    return None if ok else "insert: " + body[:300]


src_sum = round(sum(round(float(r[2] or 0), 2) for r in rows), 2)
for attempt in (1, 2):
    e = run_load()
    check(e is None, "load %d: %s" % (attempt, e))
    ok, body = ch("SELECT count(), sum(revenue) FROM `%s`.`%s_local` FORMAT TabSeparated" % (DB, T))
    n, s = (body.split("\t") + ["0", "0"])[:2]
    check(ok and int(n) == len(rows) and round(float(s), 2) == src_sum,
          "load %d: the local table holds the SELECT's %d rows, sum %.2f: %s" % (attempt, len(rows), src_sum, body))
m = re.search(r'RECONCILE_TARGET_SQL = "((?:[^"\\]|\\.)*)"', dag)
ok, body = ch(json.loads('"%s"' % m.group(1)) + " FORMAT TabSeparated") if m else (False, "no query")
check(ok and int(body.split("\t")[0]) == len(rows), "the DAG's reconciliation on the Distributed table: " + body)

# ------------------------------------------------------------- 4. an entity load
out2 = os.path.join(tmp, "ent")
p = sx("generate", "incremental load of orders into ClickHouse", "--target", URL, "--cluster", CLUSTER,
       "--out", out2, "--json")
check(p.returncode == 0, "generate the entity load: " + p.stderr[-400:])
ddl2 = open(os.path.join(out2, "target_ddl.sql")).read() if p.returncode == 0 else ""
load2 = open(os.path.join(out2, "load.sql")).read() if p.returncode == 0 else ""
sel2 = open(os.path.join(out2, "select.sql")).read() if p.returncode == 0 else "SELECT 1"
k = re.search(r"cityHash64\(`([^`]+)`\)\);", ddl2)
check(k is not None, "the entity load is sharded by its key:\n" + ddl2)
for s in statements(ddl2) if ZK else statements(ddl2)[1:]:
    ok, body = ch(s if ZK else unreplicated(one_server(s)))
    check(ok, "entity DDL on the one-node cluster: %s\n%s" % (body[:300], s))
ins = [s for s in statements(load2) if s.startswith("INSERT")]
check(len(ins) == 1, "one INSERT in the entity load:\n" + load2)
rows2 = con.execute(sel2.rstrip().rstrip(";")).fetchall()
data2 = "".join("\t".join(tsv(x) for x in r) + "\n" for r in rows2)
for attempt in (1, 2):
    ok, body = ch(ins[0].strip() if ins else "SELECT 1", data2, insert_distributed_sync=1)
    check(ok, "entity insert %d: %s" % (attempt, body[:300]))
m2 = re.search(r"INSERT INTO (`[^`]+`\.`[^`]+`)", ins[0] if ins else "")
tbl2 = m2.group(1) if m2 else "?"
ok, body = ch("SELECT count(), uniqExact(`%s`) FROM %s FORMAT TabSeparated"
              % (k.group(1) if k else "x", tbl2[:-1] + "_local` FINAL"))
n, u = (body.strip().split("\t") + ["0", "0"])[:2]
check(ok and int(n) == int(u) == len(rows2), "loaded twice, FINAL keeps one row per key (%d): %s" % (len(rows2), body))

# ------------------------------------------------------------- 5. SCD2 on the cluster
# The DAG's own load (copy_rows, imported without Airflow) from the SQLite
# demo: two loads of the same rows leave one version a key; a third, whose
# extract has one row changed in flight (dag_load.OneChanged: the source is
# not written), closes that key's version ON CLUSTER on the local table and
# adds the new one. Needs ZooKeeper (ON CLUSTER, replicated local table).
out3 = os.path.join(tmp, "scd2")
p = sx("generate", "Keep the full history of changes to products as SCD2 into ClickHouse", "--target", URL,
       "--cluster", CLUSTER, "--out", out3, "--json")
check(p.returncode == 0, "generate the SCD2 load on the cluster: " + p.stderr[-400:])
T3 = "products_history"
load3 = open(os.path.join(out3, "load.sql")).read() if p.returncode == 0 else ""
check("ALTER TABLE `%s`.`%s_local` ON CLUSTER `%s` UPDATE `is_current` = 0" % (DB, T3, CLUSTER) in load3
      and "FROM cluster('%s', system.mutations) WHERE database = '%s' AND table = '%s_local'" % (CLUSTER, DB, T3)
      in load3 and "FROM `%s`.`%s` WHERE `is_current` = 1" % (DB, T3) in load3,
      "the SCD2 load closes versions ON CLUSTER on the local table and waits on every shard:\n" + load3)
if ZK and p.returncode == 0:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
    import importlib.util
    from dag_load import OneChanged  # noqa: E402
    for s in statements(open(os.path.join(out3, "target_ddl.sql")).read()):
        ok, body = ch(s)
        check(ok, "SCD2 DDL on the cluster: %s\n%s" % (body[:300], s))
    for _ in range(200):
        ok, body = ch("SELECT active_replicas FROM system.replicas WHERE database = '%s' AND table = '%s_local' "
                      "FORMAT TabSeparated" % (DB, T3))
        if body.strip() == "1":
            break
        time.sleep(0.05)
    spec = importlib.util.spec_from_file_location("scd2_dag", os.path.join(out3, "dags", T3 + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    want = con.execute("SELECT count(*) FROM products").fetchone()[0]
    dburl = URL.rstrip("/") + "/?database=" + DB

    def versions(where=""):
        ok, body = ch("SELECT count(), sum(is_current) FROM `%s`.`%s` %s FORMAT TabSeparated" % (DB, T3, where))
        return [int(x) for x in body.split()] if ok else body
    for attempt in (1, 2):
        try:
            n = mod.copy_rows(con, dburl)
        except Exception as e:  # the DAG's own error, said in the check
            n = "%s" % e
        check(n == want, "SCD2 load %d copies the %d products: %s" % (attempt, want, n))
        check(versions() == [want, want], "SCD2 load %d: one current version a product: %s" % (attempt, versions()))
    one = OneChanged(con, mod)
    try:
        mod.copy_rows(one, dburl)
    except Exception as e:
        check(False, "the SCD2 load with one row changed: %s" % e)
    if one.row is not None:
        key = one.row[mod.COLUMNS.index(mod.KEY_COLUMNS[0])]
        where = "WHERE toString(`%s`) = '%s'" % (mod.KEY_COLUMNS[0], str(key).replace("'", ""))
        check(versions(where) == [2, 1], "the changed product %s (%s) has two versions, one current: %s"
              % (key, one.column, versions(where)))
        ok, body = ch("SELECT countIf(is_current = 0 AND valid_to = (SELECT max(valid_from) FROM `%s`.`%s` %s)) "
                      "FROM `%s`.`%s` %s FORMAT TabSeparated" % (DB, T3, where, DB, T3, where))
        check(ok and body.strip() == "1", "its old version closes where the new one starts: " + body)
    check(one.row is not None and versions() == [want + 1, want],
          "after the change: %d versions, %d current: %s" % (want + 1, want, versions()))
    ok, body = ch("SELECT count() FROM system.mutations WHERE database = '%s' AND table = '%s_local' AND is_done "
                  "FORMAT TabSeparated" % (DB, T3))
    check(ok and body.strip() == "1", "one mutation, done, on the local table: " + body)
elif not ZK:
    print("ch_cluster: SCD2 on the cluster not run (no ZooKeeper: ON CLUSTER is refused)")

# ------------------------------------------------------------- 6. a keyless list on the cluster
out4 = os.path.join(tmp, "list")
p = sx("generate", "Products that were never ordered: product names, into ClickHouse", "--target", URL,
       "--cluster", CLUSTER, "--out", out4, "--json")
check(p.returncode == 0, "generate the keyless list on the cluster: " + p.stderr[-400:])
T4 = "products_list"


def read4(name):
    try:
        return open(os.path.join(out4, name)).read()
    except OSError:
        return ""


ddl4, load4, sel4 = read4("target_ddl.sql"), read4("load.sql"), read4("select.sql")
check("ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/%s/%s_local', '{replica}')" % (DB, T4) in ddl4,
      "a keyless list is a ReplicatedMergeTree:\n" + ddl4)
check("ALTER TABLE `%s`.`%s_local` ON CLUSTER `%s` DROP PARTITION tuple();" % (DB, T4, CLUSTER) in load4,
      "the keyless load empties every shard's local table first:\n" + load4)
check("a ReplicatedMergeTree at" in read4("README.md"), "the README says ReplicatedMergeTree")
# The hand reference: the products no order line names.
ordered = {r[0] for r in con.execute("SELECT product_id FROM order_items")}
ref4 = sorted(str(n) for i, n in con.execute("SELECT id, name FROM products") if i not in ordered)
check(len(ref4) > 0, "the demo has products never ordered")
rows4 = con.execute(sel4.rstrip().rstrip(";")).fetchall() if sel4 else []
at4 = [i for i, c in enumerate(re.findall(r'AS "([^"]+)"', sel4)) if c == "name"]
check(len(at4) == 1 and sorted(str(r[at4[0]]) for r in rows4) == ref4,
      "the list's SELECT agrees with the hand reference (%d names): %s" % (len(ref4), sel4[-300:]))


def listed():
    ok, body = ch("SELECT name FROM `%s`.`%s` ORDER BY name FORMAT TabSeparated" % (DB, T4))
    return sorted(body.splitlines()) if ok else body


if p.returncode == 0 and ZK:
    for s in statements(ddl4):
        ok, body = ch(s)
        check(ok, "list DDL on the cluster: %s\n%s" % (body[:300], s))
    for _ in range(200):
        ok, body = ch("SELECT active_replicas FROM system.replicas WHERE database = '%s' AND table = '%s_local' "
                      "FORMAT TabSeparated" % (DB, T4))
        if body.strip() == "1":
            break
        time.sleep(0.05)
    spec4 = importlib.util.spec_from_file_location("list_dag", os.path.join(out4, "dags", T4 + ".py"))
    mod4 = importlib.util.module_from_spec(spec4)
    spec4.loader.exec_module(mod4)
    for attempt in (1, 2):
        try:
            n = mod4.copy_rows(con, URL.rstrip("/") + "/?database=" + DB)
        except Exception as e:  # the DAG's own error, said in the check
            n = "%s" % e
        check(n == len(ref4) and listed() == ref4,
              "list load %d through the DAG: the %d names once: %s %s" % (attempt, len(ref4), n, listed()))
elif p.returncode == 0:
    for s in statements(ddl4)[1:]:
        ok, body = ch(unreplicated(one_server(s)))
        check(ok, "list DDL on one server: %s\n%s" % (body[:300], s))
    data4 = "".join("\t".join(tsv(x) for x in r) + "\n" for r in rows4)
    for attempt in (1, 2):
        for s in statements(load4):
            ok, body = (ch(s.strip(), data4, insert_distributed_sync=1) if s.startswith("INSERT")
                        else ch(one_server(s)))
            check(ok, "list load %d: %s\n%s" % (attempt, body[:300], s))
        check(listed() == ref4, "list load %d: the %d names once: %s" % (attempt, len(ref4), listed()))

ch("DROP DATABASE IF EXISTS " + DB)
print("ch_cluster: %d/%d checks passed" % (checks - len(fails), checks))
sys.exit(1 if fails else 0)
