#!/bin/sh
# load_fixtures.sh PG_SERVER_SH STATE_DIR SRC_DIR DEMO_SQL
# Loads the PostgreSQL test databases into the server started by
# pg_server.sh: sx_tricky (tricky.sql), sx_rt (tricky.sql + 200 tables) and,
# when the demo generator has written it, sx_demo (the demo warehouse).
set -eu
sh=$1 state=$2 src=$3 demo=$4
sh "$sh" load "$state" sx_tricky "$src/tricky.sql"
sh "$sh" load "$state" sx_rt "$src/tricky.sql" "$src/bulk200.sql"
if [ -f "$demo" ]; then
	sh "$sh" load "$state" sx_demo "$demo"
else
	echo "load_fixtures: no demo warehouse at $demo; the demo test will say so"
fi
