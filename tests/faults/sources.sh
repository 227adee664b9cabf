#!/bin/sh
# sources.sh SEXTANT SOURCE_DIR - the source goes away in the middle of
# `analyze`.
#
# What the user sees:
# - PostgreSQL: the connection is terminated (pg_terminate_backend from
#   another session), then the server is stopped, while `analyze` reads the
#   catalog: a clear error (one line, exit 1), and the previous analysis of
#   that database still in the workspace, unchanged, with the user's
#   decision, and integrity_check ok.
# - ClickHouse: the server is stopped mid-read (killed by a proxy,
#   killproxy.py, as analyze sends its 3rd request): the same.
# The script starts its own servers (tests/support/pg_server.sh and
# ch_server.sh in private temp dirs), since it stops them; a missing server
# binary skips that half with a message (exit 77 when both are missing).
. "$(dirname "$0")/lib.sh"
SRC=$2
skipped=0

# snapshot WS NAME: what the workspace holds for NAME, as text
snapshot() {
	"$BIN" tables --workspace "$1" --json 2>/dev/null | $PY -c 'import json,sys
j=json.load(sys.stdin); print(json.dumps(j, sort_keys=True))'
	"$BIN" sources --workspace "$1" --json 2>/dev/null | $PY -c 'import json,sys
j=json.load(sys.stdin); print(json.dumps([s for s in j["sources"] if s.get("name")==sys.argv[1]], sort_keys=True))' "$2"
}
# gone WHAT: the last analyze failed clearly and changed nothing
gone() {
	[ "$got" -eq 1 ] && ok || bad "$1: analyze exit $got, want 1; stderr: $(head -c 400 "$T/err")"
	[ "$(wc -l <"$T/err")" -eq 1 ] && grep -q "^sextant: " "$T/err" && ok || bad "$1: unclear error: $(head -c 600 "$T/err")"
	snapshot "$W" "$NAME" >"$T/after"
	cmp -s "$T/before" "$T/after" && ok || bad "$1: the previous analysis changed"
	msg=$(intact "$W") && ok || bad "$1: $msg"
	echo "   the user sees: $(cat "$T/err")"
}
# analyze_while SOURCE ACTION...: starts analyze, runs ACTION while it runs
analyze_while() {
	src=$1; shift
	"$BIN" analyze "$src" --workspace "$W" >"$T/out" 2>"$T/err" </dev/null &
	apid=$!
	"$@" "$apid"
	wait "$apid"
	got=$?
}

# ---------------------------------------------------------------- PostgreSQL
PGBIN=${SX_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PGBIN/initdb" ]; then
	echo "PostgreSQL: skipped ($PGBIN/initdb not found)"
	skipped=$((skipped + 1))
else
	sh "$SRC/tests/support/pg_server.sh" start "$T/pg" >"$T/pg.log" 2>&1 || { cat "$T/pg.log"; bad "starting PostgreSQL"; finish; }
	cleanup_extra="sh '$SRC/tests/support/pg_server.sh' stop '$T/pg' >/dev/null 2>&1"
	. "$T/pg/env"
	PSQL="$PGBIN/psql -X -q -v ON_ERROR_STOP=1"
	$PSQL "$SX_PG_ADMIN_URI/postgres" -c "CREATE DATABASE sx_fault" &&
	$PSQL "$SX_PG_ADMIN_URI/sx_fault" -c "
		CREATE TABLE customers(id int PRIMARY KEY, name text, email text);
		CREATE TABLE orders(id int PRIMARY KEY, customer_id int, total numeric);
		INSERT INTO customers SELECT g, 'c' || g, 'c' || g || '@example.com' FROM generate_series(1, 300) g;
		INSERT INTO orders SELECT g, 1 + g % 300, g FROM generate_series(1, 3000) g;
		DO \$\$BEGIN FOR i IN 1..400 LOOP
		  EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, customer_id int, name text, amount numeric)', i);
		END LOOP; END\$\$;" || bad "loading the PostgreSQL fixture"
	W="$T/ws-pg"
	prepare "$W"
	NAME=sx_fault
	"$BIN" analyze "$SX_PG_ADMIN_URI/sx_fault" --workspace "$W" >/dev/null 2>"$T/err" || bad "first analysis of sx_fault: $(cat "$T/err")"
	snapshot "$W" "$NAME" >"$T/before"
	grep -q t400 "$T/before" && ok || bad "the first analysis of sx_fault is incomplete"

	say "PostgreSQL: the connection terminated mid-analyze"
	terminate() { # until analyze (pid $1) ends, terminate its backends
		i=0
		while kill -0 "$1" 2>/dev/null && [ $i -lt 200 ]; do
			$PSQL "$SX_PG_ADMIN_URI/postgres" -At -c "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'sx_fault' AND pid <> pg_backend_pid()" >>"$T/killed" 2>/dev/null
			sleep 0.05
			i=$((i + 1))
		done
	}
	analyze_while "$SX_PG_ADMIN_URI/sx_fault" terminate
	grep -q '^[1-9]' "$T/killed" && ok || bad "no backend was terminated (analyze ended first?)"
	gone "connection terminated"

	say "PostgreSQL: the server stopped mid-analyze"
	# A second session holds an exclusive lock on orders, so that analyze
	# waits on it once it reads that table: the server is then stopped
	# while analyze is surely mid-work, however slow the machine (under
	# load a poll-then-stop could come after a fast analyze had ended).
	$PSQL "$SX_PG_ADMIN_URI/sx_fault" -c "BEGIN; LOCK TABLE orders IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(120);" >/dev/null 2>&1 &
	lpid=$!
	i=0
	while [ $i -lt 300 ] && [ "$($PSQL "$SX_PG_ADMIN_URI/sx_fault" -At -c "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'orders' AND l.mode = 'AccessExclusiveLock' AND l.granted" 2>/dev/null)" != 1 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	stop_pg() { # once analyze waits on the lock (or, failing that, has connected)
		i=0
		while [ $i -lt 600 ] && kill -0 "$1" 2>/dev/null && [ "$($PSQL "$SX_PG_ADMIN_URI/postgres" -At -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'sx_fault' AND wait_event_type = 'Lock'" 2>/dev/null)" = 0 ]; do
			sleep 0.05
			i=$((i + 1))
		done
		runas=
		[ "$(id -u)" = 0 ] && runas="runuser -u postgres --"
		$runas "$PGBIN/pg_ctl" -D "$SX_PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 || bad "stopping PostgreSQL"
	}
	analyze_while "$SX_PG_ADMIN_URI/sx_fault" stop_pg
	wait "$lpid" 2>/dev/null
	gone "server stopped"
	sh "$SRC/tests/support/pg_server.sh" stop "$T/pg" >/dev/null 2>&1
	cleanup_extra=
fi

# ---------------------------------------------------------------- ClickHouse
if ! command -v clickhouse-server >/dev/null 2>&1 && ! command -v clickhouse >/dev/null 2>&1; then
	echo "ClickHouse: skipped (clickhouse-server not found)"
	skipped=$((skipped + 1))
else
	echo "CREATE DATABASE IF NOT EXISTS sx_fault;" >"$T/ch.sql"
	# (no ZooKeeper: this server is killed mid-read, and only the catalog reads matter)
	if ! SX_CH_NO_ZK=1 sh "$SRC/tests/support/ch_server.sh" start "$T/ch" "$T/ch.sql" >"$T/ch.log" 2>&1; then
		bad "starting ClickHouse: $(tail -5 "$T/ch.log")"
	else
		# 100 tables over one kept-alive HTTP connection (seconds faster
		# than a client per statement)
		$PY - "$(cat "$T/ch/http_port")" <<'PYEOF' || bad "creating the ClickHouse tables"
import http.client, sys
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=30)
for i in range(1, 101):
    c.request("POST", "/", body=("CREATE TABLE sx_fault.t%d (id UInt64, customer_id UInt64, "
              "name String, amount Float64) ENGINE = MergeTree ORDER BY id" % i).encode())
    r = c.getresponse(); body = r.read()
    if r.status != 200:
        sys.exit("t%d: %s" % (i, body[:200]))
PYEOF
		cleanup_extra="sh '$SRC/tests/support/ch_server.sh' stop '$T/ch' >/dev/null 2>&1"
		URL="clickhouse://default@127.0.0.1:$(cat "$T/ch/http_port")/sx_fault"
		W="$T/ws-ch"
		prepare "$W"
		NAME=sx_fault
		"$BIN" analyze "$URL" --workspace "$W" >/dev/null 2>"$T/err" || bad "first analysis of ClickHouse: $(cat "$T/err")"
		snapshot "$W" "$NAME" >"$T/before"
		grep -q t100 "$T/before" && ok || bad "the first ClickHouse analysis is incomplete"
		say "ClickHouse: the server stopped mid-read"
		# through a proxy that kills the server (SIGKILL) as analyze
		# sends its 3rd request (of 6: version, tables, columns, ...):
		# the server dies in the middle of reading the catalog
		$PY "$(dirname "$0")/killproxy.py" "$T/proxy.port" "$(cat "$T/ch/http_port")" \
			"$(cat "$T/ch/server.pid")" 3 &
		proxy=$!
		cleanup_extra="kill $proxy 2>/dev/null; $cleanup_extra"
		i=0
		while [ ! -s "$T/proxy.port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
		"$BIN" analyze "clickhouse://default@127.0.0.1:$(cat "$T/proxy.port")/sx_fault" --workspace "$W" \
			>"$T/out" 2>"$T/err" </dev/null
		got=$?
		# (the killed server may linger as a zombie: ask its port)
		$PY -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1)' \
			"$(cat "$T/ch/http_port")" 2>/dev/null && bad "the ClickHouse server was not stopped" || ok
		kill "$proxy" 2>/dev/null
		gone "ClickHouse stopped"
		sh "$SRC/tests/support/ch_server.sh" stop "$T/ch" >/dev/null 2>&1
		cleanup_extra=
	fi
fi
[ "$skipped" -eq 2 ] && exit 77
finish
