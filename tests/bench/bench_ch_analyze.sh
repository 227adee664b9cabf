#!/bin/sh
# bench_ch_analyze.sh SEXTANT [TABLES] [BENCH_CH_INTROSPECT]
#
# Times `sextant analyze clickhouse://...` on a database of TABLES (default
# 1000) MergeTree tables of 8 columns (every tenth with a few rows, so
# system.parts has data), in a throwaway server started by
# tests/support/ch_server.sh. Prints:
#   - the introspection alone (bench_ch_introspect, in-process, 5 runs);
#   - three runs of `analyze --no-sampling` as `analyze --json` reports
#     them (introspection, map from names and types, saving): median,
#     tables per second, the whole process's wall time, catalog round trips,
#     peak RSS (GNU time);
#   - one run with value sampling and its sample query count.
# Numbers only, no pass/fail.
set -eu
BIN=${1:?usage: bench_ch_analyze.sh SEXTANT [TABLES]}
N=${2:-1000}
INTRO=${3:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/sxbench-ch.XXXXXX")
trap 'sh "$ROOT/tests/support/ch_server.sh" stop "$T/ch" >/dev/null 2>&1; rm -rf "$T"' EXIT INT TERM

SX_CH_NO_ZK=1 sh "$ROOT/tests/support/ch_server.sh" start "$T/ch" >/dev/null
PORT=$(cat "$T/ch/http_port")

t0=$(date +%s.%N)
python3 - "$PORT" "$N" <<'PY'
import http.client, sys
port, n = int(sys.argv[1]), int(sys.argv[2])
c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
def q(sql):
    c.request("POST", "/", body=sql.encode())
    r = c.getresponse()
    body = r.read()
    if r.status != 200:
        sys.exit("statement failed: %s\n%s" % (body[:300], sql[:200]))
q("CREATE DATABASE bench")
for i in range(n):
    q(f"""CREATE TABLE bench.t{i:05d} (
  id UInt64 COMMENT 'row id', created DateTime, day Date,
  customer_id UInt32, amount Decimal(12, 2), status Enum8('new' = 1, 'done' = 2),
  note Nullable(String), tags Array(String))
ENGINE = MergeTree PARTITION BY toYYYYMM(day) ORDER BY (customer_id, id)""")
    if i % 10 == 0:
        q(f"INSERT INTO bench.t{i:05d} VALUES "
          + ",".join(f"({k}, '2024-01-0{k % 9 + 1} 10:00:00', '2024-01-0{k % 9 + 1}', {k % 7}, {k}.5, 'new', NULL, ['x'])"
                     for k in range(20)))
PY
t1=$(date +%s.%N)
echo "bench_ch_analyze: created $N tables in $(python3 -c "print(f'{$t1 - $t0:.1f}')") s ($(curl -s "http://127.0.0.1:$PORT/?query=SELECT%20version()") server)"

[ -n "$INTRO" ] && echo "bench_ch_analyze: $("$INTRO" "clickhouse://127.0.0.1:$PORT/bench" 5)"
# three runs without value sampling (catalog + map from names and types),
# then one with it (the map reads a bounded sample of every table)
for r in 1 2 3 4; do
	flag=--no-sampling
	[ $r -eq 4 ] && flag=
	/usr/bin/time -f '%e %M' -o "$T/rss$r" env SEXTANT_WORKSPACE="$T/ws$r" SEXTANT_LOG=/dev/null \
		"$BIN" analyze "clickhouse://127.0.0.1:$PORT/bench" --json $flag >"$T/out$r"
done
python3 - "$T" <<'PY'
import json, sys, statistics
d = sys.argv[1]
secs, wall, rss, tables, trips = [], [], [], 0, 0
for r in (1, 2, 3):
    db = json.load(open(f"{d}/out{r}"))["databases"][0]
    secs.append(db["seconds"]); tables = db["tables"]; trips = db["round_trips"]
    e, m = open(f"{d}/rss{r}").read().split()[-2:]
    wall.append(float(e)); rss.append(int(m))
med = statistics.median(secs)
print(f"bench_ch_analyze: tables {tables}")
print("bench_ch_analyze: analyze --no-sampling (introspect + map + save) runs: "
      + ", ".join(f"{s:.3f} s" for s in secs))
print(f"bench_ch_analyze: median {med:.3f} s, {tables / med:.0f} tables/s;"
      f" whole process median {statistics.median(wall):.2f} s")
print(f"bench_ch_analyze: round trips {trips} (catalog queries)")
print(f"bench_ch_analyze: peak RSS {max(rss) / 1024:.1f} MiB")
db = json.load(open(f"{d}/out4"))["databases"][0]
e, m = open(f"{d}/rss4").read().split()[-2:]
print(f"bench_ch_analyze: with value sampling: {db['seconds']:.3f} s, {tables / db['seconds']:.0f} tables/s,"
      f" {db['round_trips']} catalog queries + {db.get('sample_queries', 0)} sample queries,"
      f" peak RSS {int(m) / 1024:.1f} MiB")
PY
