#!/bin/sh
# try_test.sh SEXTANT PG_ENV CH_DIR - `sextant pipeline try` on the demo
# warehouse (the pg_demo fixture's sx_demo), through the CLI:
#   - a run per target (PostgreSQL, ClickHouse, SQLite) tried on a window:
#     the reported source rows, target rows and sums equal a reference
#     query written by hand on sx_demo; keys, reconcile and idempotence
#     pass; the scratch schema / database / file is gone afterwards;
#   - broken loads: one that duplicates rows, one that adds the measure
#     again, give a failing try.idempotent and exit status 1;
#   - an unreachable target gives try.unreachable and no load findings;
#   - SIGINT while the source read waits on a lock leaves no scratch
#     schema behind;
#   - generate --try puts the try findings into the run;
#   - the source is never written: sx_demo's relations are unchanged.
set -u
BIN=$1
. "$2"
CHURL=$(cat "$3/url" 2>/dev/null || true)
T=$(mktemp -d "${TMPDIR:-/tmp}/sxtry.XXXXXX")
LOCKPID=
unlock() { # the lock holder's server session, not only its client
	psql_ -d sx_demo -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE application_name = 'sx_try_lock'" >/dev/null 2>&1
	[ -n "$LOCKPID" ] && kill "$LOCKPID" 2>/dev/null
	LOCKPID=
}
cleanup() {
	unlock
	rm -rf "$T"
}
trap cleanup EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
export SEXTANT_WORKSPACE="$T/ws"
unset SEXTANT_CONFIG
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }
psql_() { "$SX_PG_BIN/psql" -X -q -A -t -h "$SX_PG_SOCKDIR" -p "$SX_PG_PORT" -U "$SX_PG_ADMIN" "$@"; }

SRC="postgresql:///sx_demo?host=$SX_PG_SOCKDIR&port=$SX_PG_PORT&user=$SX_PG_ADMIN"
TGT="host=$SX_PG_SOCKDIR port=$SX_PG_PORT user=$SX_PG_ADMIN dbname=postgres"
RELS_SQL="SELECT count(*) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
          WHERE s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%'"
rels0=$(psql_ -d sx_demo -c "$RELS_SQL")

"$BIN" analyze "$SRC" >/dev/null 2>"$T/an.err" </dev/null || { echo "analyze failed: $(cat "$T/an.err")"; exit 1; }

# the reference, by hand: daily revenue over the last N days of the data
ref() {
	psql_ -d sx_demo -F ' ' -c "WITH d AS (SELECT CAST(date_trunc('day', h.created_at) AS date) AS day,
	  sum(i.line_total) AS revenue FROM public.order_items i JOIN public.t_ord_hdr h ON h.ord_id = i.ord_id
	  GROUP BY 1) SELECT count(*), sum(revenue) FROM d WHERE day > (SELECT max(day) FROM d) - $1"
}

gen() { # TARGET -> run id
	"$BIN" generate "daily revenue of sales" --target "$1" --json --events none >"$T/g_$1.json" 2>"$T/g_$1.err" </dev/null
	python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['run_id'])" "$T/g_$1.json" 2>/dev/null
}
RPG=$(gen postgresql)
RCH=$(gen clickhouse)
RSQ=$(gen sqlite)
[ -n "$RPG" ] && [ -n "$RCH" ] && [ -n "$RSQ" ] && ok || bad "generate: $(cat "$T"/g_*.err)"

# check REPORT EXIT REF_ROWS REF_SUM KIND: the numbers against the reference
check() {
	python3 - "$@" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
rc, rows, total, kind = int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
t = r["try"]
assert rc == 0 and r["passed"], (rc, r["findings"])
assert t["target_kind"] == kind, t
assert t["window"]["column"] == "day" and t["window"]["days"] == 10, t["window"]
assert t["source"]["rows"] == rows, (t["source"], rows)
assert abs(t["source"]["sums"]["revenue"] - total) < 0.01, (t["source"], total)
assert t["keys"] == ["day"], t["keys"]
assert t["measures"] == ["revenue"], t["measures"]
for side in ("target", "second"):
    assert t[side]["rows"] == rows, (side, t[side], rows)
    assert abs(t[side]["sums"]["revenue"] - total) < 0.01, (side, t[side], total)
    assert t[side]["null_keys"] == 0 and t[side]["duplicate_keys"] == 0, t[side]
assert t["dropped"] is True
rules = {f["rule"]: f for f in r["findings"]}
for rule in ("try.window", "try.rows", "try.keys", "try.reconcile", "try.idempotent", "try.cleanup"):
    assert rule in rules, (rule, r["findings"])
    assert rules[rule]["severity"] == "info", rules[rule]
assert str(rows) in rules["try.rows"]["message"], rules["try.rows"]
assert "sum(revenue) = %.4f in the source window and %.4f in the target" % (total, total) \
    in rules["try.reconcile"]["message"], rules["try.reconcile"]
PY
}

set -- $(ref 10)
REFN=$1 REFS=$2
[ "$REFN" -gt 0 ] && ok || bad "reference query returned no rows"

"$BIN" pipeline try "$RPG" --target "$TGT" --window-days 10 --json --events none >"$T/t_pg.json" 2>"$T/t_pg.err"
check "$T/t_pg.json" $? "$REFN" "$REFS" postgresql && ok || bad "try to PostgreSQL: $(head -c 3000 "$T/t_pg.json") $(cat "$T/t_pg.err")"
[ "$(psql_ -d postgres -c "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'sx_try_%'")" = 0 ] && ok \
	|| bad "a scratch schema was left on the PostgreSQL target"

if [ -n "$CHURL" ]; then
	"$BIN" pipeline try "$RCH" --target "$CHURL" --window-days 10 --json --events none >"$T/t_ch.json" 2>"$T/t_ch.err"
	check "$T/t_ch.json" $? "$REFN" "$REFS" clickhouse && ok || bad "try to ClickHouse: $(head -c 3000 "$T/t_ch.json") $(cat "$T/t_ch.err")"
	left=$(curl -s --data-binary "SELECT count() FROM system.databases WHERE name LIKE 'sx_try_%'" "$CHURL")
	[ "$left" = 0 ] && ok || bad "a scratch database was left on ClickHouse ($left)"
else
	bad "no ClickHouse url in $3"
fi

"$BIN" pipeline try "$RSQ" --window-days 10 --json --events none >"$T/t_sq.json" 2>"$T/t_sq.err"
check "$T/t_sq.json" $? "$REFN" "$REFS" sqlite && ok || bad "try to SQLite: $(head -c 3000 "$T/t_sq.json") $(cat "$T/t_sq.err")"
ls /tmp | grep -q "sx_try_$(echo "$RSQ" | tr 'A-Z' 'a-z')" && bad "the scratch SQLite file was left" || ok

# a longer window and a row limit
"$BIN" pipeline try "$RPG" --target "$TGT" --window-days 45 --json --events none >"$T/t_45.json" 2>/dev/null
set -- $(ref 45)
python3 - "$T/t_45.json" "$1" <<'PY' && ok || bad "45-day window: $(head -c 2000 "$T/t_45.json")"
import json, sys
t = json.load(open(sys.argv[1]))["try"]
assert t["source"]["rows"] == int(sys.argv[2]) == t["second"]["rows"], (t, sys.argv[2])
PY
"$BIN" pipeline try "$RPG" --target "$TGT" --limit 3 --json --events none >"$T/t_l3.json" 2>/dev/null
python3 - "$T/t_l3.json" <<'PY' && ok || bad "--limit 3: $(head -c 2000 "$T/t_l3.json")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["try"]["source"]["rows"] == 3 and r["try"]["target"]["rows"] == 3, r["try"]
assert any("limit of 3 rows" in f["message"] for f in r["findings"] if f["rule"] == "try.window")
PY

# broken loads, edited into copies of the stored runs (each without the
# DELETE that replaces the staged periods whole): the PostgreSQL one
# without its key appends the rows again; the SQLite one adds the measure
# to what is there
python3 - "$SEXTANT_WORKSPACE/workspace.db" "$RPG" "$RSQ" <<'PY' || bad "could not edit the stored runs"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
def edit(run, kind, old, new):
    n = 0
    for (c,) in db.execute("SELECT content FROM run_artifacts WHERE run_id = ? AND kind = ?", (run, kind)).fetchall():
        assert old in c, (kind, old, c)
        db.execute("UPDATE run_artifacts SET content = ? WHERE run_id = ? AND kind = ? AND content = ?",
                   (c.replace(old, new), run, kind, c))
        n += 1
    assert n, (run, kind)
for run in sys.argv[2:4]:
    edit(run, "load_sql", 'DELETE FROM "daily_revenue" WHERE "day" IN (SELECT "day" FROM "daily_revenue__stage");\n', "")
edit(sys.argv[2], "target_ddl", ',\n  PRIMARY KEY ("day")', "")
edit(sys.argv[2], "load_sql", 'ON CONFLICT ("day") DO UPDATE SET "revenue" = EXCLUDED."revenue", loaded_at = now()', "")
edit(sys.argv[3], "load_sql", '"revenue" = EXCLUDED."revenue"', '"revenue" = "daily_revenue"."revenue" + EXCLUDED."revenue"')
db.commit()
PY
"$BIN" pipeline try "$RPG" --target "$TGT" --window-days 10 --json --events none >"$T/b_pg.json" 2>/dev/null
rc=$?
python3 - "$T/b_pg.json" "$rc" "$REFN" <<'PY' && ok || bad "a load that duplicates rows: $(head -c 3000 "$T/b_pg.json")"
import json, sys
r = json.load(open(sys.argv[1]))
rows = int(sys.argv[3])
assert int(sys.argv[2]) == 1 and r["passed"] is False
f = [x for x in r["findings"] if x["rule"] == "try.idempotent"]
assert len(f) == 1 and f[0]["severity"] == "error", f
assert "%d rows after the first load, %d after the second" % (rows, 2 * rows) in f[0]["message"], f
assert r["try"]["second"]["rows"] == 2 * rows and r["try"]["keys"] == []
assert any(x["rule"] == "try.keys" and x["severity"] == "warning" for x in r["findings"])  # no key
PY
"$BIN" pipeline try "$RSQ" --window-days 10 --json --events none >"$T/b_sq.json" 2>/dev/null
rc=$?
python3 - "$T/b_sq.json" "$rc" "$REFS" <<'PY' && ok || bad "a load that adds the measure again: $(head -c 3000 "$T/b_sq.json")"
import json, sys
r = json.load(open(sys.argv[1]))
total = float(sys.argv[3])
assert int(sys.argv[2]) == 1 and r["passed"] is False
f = [x for x in r["findings"] if x["rule"] == "try.idempotent"]
assert len(f) == 1 and f[0]["severity"] == "error" and "sum(revenue)" in f[0]["message"], f
assert abs(r["try"]["second"]["sums"]["revenue"] - 2 * total) < 0.02, r["try"]
assert abs(r["try"]["target"]["sums"]["revenue"] - total) < 0.01, r["try"]
PY
[ "$(psql_ -d postgres -c "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'sx_try_%'")" = 0 ] && ok \
	|| bad "a failing try left its scratch schema"

# an unreachable target: said, and steps 2-4 skipped
"$BIN" pipeline try "$RPG" --target "host=127.0.0.1 port=1 dbname=x user=x connect_timeout=2" --json \
	--events none >"$T/u.json" 2>/dev/null
rc=$?
python3 - "$T/u.json" "$rc" <<'PY' && ok || bad "unreachable target: $(head -c 2000 "$T/u.json")"
import json, sys
r = json.load(open(sys.argv[1]))
rules = [f["rule"] for f in r["findings"]]
assert int(sys.argv[2]) == 0, sys.argv[2]
assert "try.unreachable" in rules and "try.window" in rules, rules
assert not {"try.rows", "try.keys", "try.reconcile", "try.idempotent", "try.cleanup"} & set(rules), rules
assert r["try"]["reachable"] is False
PY
"$BIN" pipeline try "$RCH" --target "http://127.0.0.1:1/" --json --events none 2>/dev/null \
	| grep -q '"try.unreachable"' && ok || bad "unreachable ClickHouse not reported"

# SIGINT: the source read waits on a lock held by another session; the
# scratch schema exists by then and must be gone after Ctrl-C
PGAPPNAME=sx_try_lock psql_ -d sx_demo -c "BEGIN; LOCK TABLE public.t_ord_hdr IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60); COMMIT" \
	>/dev/null 2>&1 &
LOCKPID=$!
i=0
until [ "$(psql_ -d sx_demo -c "SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock'
	AND relation = 'public.t_ord_hdr'::regclass AND granted")" = 1 ] || [ $i -ge 100 ]; do
	i=$((i + 1)); sleep 0.1
done
"$BIN" pipeline try "$RPG" --target "$TGT" --events none >"$T/int.out" 2>"$T/int.err" &
TRYPID=$!
SCH="sx_try_$(echo "$RPG" | tr 'A-Z' 'a-z')"
i=0
until [ "$(psql_ -d postgres -c "SELECT count(*) FROM pg_namespace WHERE nspname = '$SCH'")" = 1 ] || [ $i -ge 100 ]; do
	i=$((i + 1)); sleep 0.1
done
[ $i -lt 100 ] && ok || bad "the scratch schema never appeared while the source read waited"
sleep 0.3
kill -INT "$TRYPID"
wait "$TRYPID"
rc=$?
[ "$rc" -ne 0 ] && ok || bad "a cancelled try exited 0"
grep -q "cancelled" "$T/int.err" && ok || bad "cancel not reported: $(cat "$T/int.err")"
[ "$(psql_ -d postgres -c "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'sx_try_%'")" = 0 ] && ok \
	|| bad "SIGINT left a scratch schema behind"
unlock

# generate --try: the QA step runs the pipeline on a sample
"$BIN" generate "daily revenue of sales" --target sqlite --try --json --events none >"$T/gt.json" 2>"$T/gt.err" </dev/null
python3 - "$T/gt.json" <<'PY' && ok || bad "generate --try: $(head -c 2000 "$T/gt.json") $(cat "$T/gt.err")"
import json, sys
r = json.load(open(sys.argv[1]))
rules = {f["rule"]: f for f in r["findings"]}
for rule in ("try.window", "try.rows", "try.keys", "try.reconcile", "try.idempotent", "try.cleanup"):
    assert rule in rules and rules[rule]["severity"] == "info", (rule, r["findings"])
PY

# the source was only read
[ "$(psql_ -d sx_demo -c "$RELS_SQL")" = "$rels0" ] && ok || bad "sx_demo's relations changed"

echo "try_test: $((n - fails))/$n passed"
[ "$fails" -eq 0 ]
