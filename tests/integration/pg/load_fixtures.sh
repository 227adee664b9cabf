#!/bin/sh
# load_fixtures.sh PG_SERVER_SH STATE_DIR SRC_DIR [DEMO_SQL]
# Loads the PostgreSQL test databases into the server started by
# pg_server.sh. Without DEMO_SQL: sx_tricky (tricky.sql) and sx_rt
# (tricky.sql + 200 tables). With DEMO_SQL: only sx_demo, the demo warehouse,
# when the demo generator has written it (a separate fixture, so that its
# load overlaps the other tests).
set -eu
sh=$1 state=$2 src=$3 demo=${4:-}
if [ -n "$demo" ]; then
	if [ -f "$demo" ]; then
		sh "$sh" load "$state" sx_demo "$demo"
	else
		echo "load_fixtures: no demo warehouse at $demo; the demo test will say so"
	fi
	exit 0
fi
sh "$sh" load "$state" sx_tricky "$src/tricky.sql"
# The tests check activity counters: wait until the loading session's are
# visible (tricky.sql forces the flush; this guards against a slow server).
. "$state/env"
i=0
until [ "$("$SX_PG_BIN/psql" -X -At -h "$SX_PG_SOCKDIR" -p "$SX_PG_PORT" -U "$SX_PG_ADMIN" \
	-d sx_tricky -c "SELECT n_tup_ins FROM pg_stat_user_tables
	                 WHERE relid = 'sales.customers'::regclass")" = 501 ]; do
	i=$((i + 1))
	[ $i -lt 100 ] || { echo "load_fixtures: activity counters never appeared" >&2; exit 1; }
	sleep 0.1
done
sh "$sh" load "$state" sx_rt "$src/tricky.sql" "$src/bulk200.sql"
