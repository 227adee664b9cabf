#!/bin/sh
# bench_pg_analyze.sh SEXTANT [N...] - times `sextant analyze` on PostgreSQL
# databases of N tables each (default 1000 and 10000) in a throwaway server.
#
# Every table has 8 columns (bigint PK, an FK to an earlier table, text,
# varchar, numeric, integer, timestamptz with a default, boolean), a comment
# and one secondary index, so the catalog has N tables, 8N columns, N-1 FKs
# and 2N indexes. The tables are created in batches of 500 per transaction
# (a transaction's lock table cannot hold 10,000 new relations) and then
# analysed so that the server's statistics look like a live database's.
#
# For each N it prints: wall time of the whole `sextant analyze` process,
# tables per second, the seconds the command itself reports split into
# reading the catalog (the PostgreSQL introspector), mapping (describe, PII,
# relationships; the tables are empty so sampling reads nothing) and saving
# the workspace, round trips (queries sent), and the process's peak RSS
# (getrusage of the child). Goals on a 2-core machine: <= 2 s for 1k tables,
# <= 15 s for 10k tables; the script prints whether each run met its goal but
# never fails on timings (speed is reported, not asserted).
set -eu
bin=$1
shift
[ $# -gt 0 ] || set -- 1000 10000
here=$(cd "$(dirname "$0")" && pwd)
pgsh="$here/../support/pg_server.sh"
state=$(mktemp -d "${TMPDIR:-/tmp}/sxbenchpg.XXXXXX")
# stop the server (its state is in $state/srv) whatever happens
trap 'sh "$pgsh" stop "$state/srv" >/dev/null 2>&1; rm -rf "$state"' EXIT
trap 'exit 1' INT TERM
sh "$pgsh" start "$state/srv"
. "$state/srv/env"
psql() {
	"$SX_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SX_PG_SOCKDIR" -p "$SX_PG_PORT" \
		-U "$SX_PG_ADMIN" "$@"
}

for n in "$@"; do
	db="bench_$n"
	psql -d postgres -c "CREATE DATABASE $db" >/dev/null
	t0=$(date +%s.%N)
	start=1
	while [ "$start" -le "$n" ]; do
		end=$((start + 499))
		[ "$end" -le "$n" ] || end=$n
		psql -d "$db" >/dev/null <<EOF
DO \$\$
BEGIN
	FOR i IN $start..$end LOOP
		EXECUTE format('CREATE TABLE public.t%s ('
			'id bigint PRIMARY KEY, '
			'parent_id bigint %s, '
			'name text NOT NULL, '
			'code varchar(32), '
			'amount numeric(12,2), '
			'qty integer, '
			'created_at timestamptz NOT NULL DEFAULT now(), '
			'active boolean)', i,
			CASE WHEN i > 1 THEN format('REFERENCES public.t%s', 1 + (i * 7919) % (i - 1)) ELSE '' END);
		EXECUTE format('CREATE INDEX t%s_name ON public.t%s (name)', i, i);
		EXECUTE format('COMMENT ON TABLE public.t%s IS %L', i, 'benchmark table ' || i);
	END LOOP;
END \$\$;
EOF
		start=$((end + 1))
	done
	psql -d "$db" -c "ANALYZE" >/dev/null
	t1=$(date +%s.%N)
	echo "created $n tables in $(python3 -c "print(round($t1 - $t0, 1))") s"
	for run in 1 2; do
		python3 - "$bin" "postgresql://$SX_PG_ADMIN:$SX_PG_ADMIN_PW@127.0.0.1:$SX_PG_PORT/$db" \
			"$state/ws" "$n" "$run" <<'PY'
import json, os, re, resource, subprocess, sys, time
binary, uri, ws, n, run = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
log = os.path.join(os.path.dirname(ws), f"log-{n}-{run}")
t0 = time.monotonic()
p = subprocess.run([binary, "analyze", uri, "--workspace", ws, "--json"],
                   capture_output=True, text=True,
                   env={"SEXTANT_LOG": log, "PATH": "/usr/bin:/bin"})
wall = time.monotonic() - t0
rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
if p.returncode != 0:
    sys.exit(f"analyze failed: {p.stderr.strip()}")
db = json.loads(p.stdout)["databases"][0]
goal = 2.0 if n <= 1000 else 15.0
print(f"pg analyze {n:>6} tables (run {run}): {wall:6.2f} s wall, "
      f"{db['tables'] / wall:8.0f} tables/s, command {db['seconds']:.2f} s "
      f"(read {db.get('read_seconds', -1):.2f} s, map {db.get('map_seconds', -1):.2f} s, "
      f"save {db.get('save_seconds', -1):.2f} s), "
      f"{db['round_trips']} round trips (+{db.get('sample_queries', 0)} sample queries), "
      f"peak RSS {rss_kb / 1024:.1f} MiB, "
      f"{db['columns']} columns, {db['foreign_keys']} FKs; "
      f"goal <= {goal:g} s {'met' if wall <= goal else 'NOT met'}")
# the introspector logs one line per catalog query with its time
q = re.findall(r"postgres '[^']*': ([a-z ]+): \d+ rows in (\d+) ms", open(log).read())
print("    catalog queries: " + ", ".join(f"{w} {ms} ms" for w, ms in q))
assert db["tables"] == n, db["tables"]
assert db["foreign_keys"] == n - 1, db["foreign_keys"]
PY
	done
done
