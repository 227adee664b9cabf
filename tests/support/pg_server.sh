#!/bin/sh
# pg_server.sh - a throwaway PostgreSQL 15 for the tests and benchmarks.
#
#   pg_server.sh start STATE_DIR             initdb + start, writes STATE_DIR/env
#   pg_server.sh load STATE_DIR DB FILE...   (re)creates database DB from SQL files
#   pg_server.sh stop STATE_DIR              stops the server, removes its files
#
# The cluster lives in a fresh temp dir (/tmp/sx-pg.XXXXXX): its own data
# directory, unix socket directory and log. It listens on 127.0.0.1 only, on
# a free non-default port, with fsync/full_page_writes/synchronous_commit off
# (a test server: speed over durability). Unix-socket logins are trusted (the
# socket dir is private to this cluster); TCP logins need a password checked
# with SCRAM, so wrong-password tests are real. Two roles: a superuser
# (sx_admin) and a plain login role (sx_reader) that fixtures grant only
# some schemas to. Passwords are random per start.
#
# initdb refuses to run as root: as root, every server command runs as the
# postgres user through runuser, and the temp dir belongs to that user.
#
# STATE_DIR/env has KEY=VALUE lines (no quoting; values hold no spaces) that
# the tests read: SX_PG_HOST, SX_PG_PORT, SX_PG_SOCKDIR, SX_PG_ADMIN,
# SX_PG_ADMIN_PW, SX_PG_READER, SX_PG_READER_PW, SX_PG_TMP, SX_PG_BIN, and
# SX_PG_ADMIN_URI / SX_PG_READER_URI (append "/DBNAME").
# A second `start` on the same STATE_DIR first stops the previous server, so
# a run that was killed before its cleanup leaves nothing running for long.
set -eu

PGBIN=${SX_PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:-}
state=${2:-}
[ -n "$cmd" ] && [ -n "$state" ] || {
	echo "usage: pg_server.sh start|load|stop STATE_DIR [DB FILE...]" >&2
	exit 2
}

die() {
	echo "pg_server: $*" >&2
	exit 1
}

# Runs a server binary as the cluster's owner.
as_owner() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

randhex() {
	od -An -N12 -tx1 /dev/urandom | tr -d ' \n'
}

freeport() {
	python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

envval() {
	sed -n "s/^$1=//p" "$state/env"
}

do_stop() {
	[ -f "$state/env" ] || return 0
	tmp=$(envval SX_PG_TMP)
	if [ -n "$tmp" ] && [ -d "$tmp/data" ]; then
		as_owner "$PGBIN/pg_ctl" -D "$tmp/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
		# a postmaster that ignored pg_ctl (should not happen) is killed by pid
		if [ -f "$tmp/data/postmaster.pid" ]; then
			pid=$(head -n 1 "$tmp/data/postmaster.pid")
			[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
		fi
	fi
	case "$tmp" in
	/tmp/sx-pg.*) rm -rf "$tmp" ;;
	esac
	rm -f "$state/env"
}

# psql_admin DB ARGS...: runs psql as the superuser over the socket.
psql_admin() {
	pdb=$1
	shift
	"$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$(envval SX_PG_SOCKDIR)" \
		-p "$(envval SX_PG_PORT)" -U "$(envval SX_PG_ADMIN)" -d "$pdb" "$@"
}

do_start() {
	[ -x "$PGBIN/initdb" ] || die "no PostgreSQL 15 in $PGBIN (install postgresql-15: scripts/deps.sh test)"
	mkdir -p "$state"
	do_stop
	tmp=$(mktemp -d /tmp/sx-pg.XXXXXX)
	mkdir "$tmp/sock"
	admin_pw="adm$(randhex)"
	reader_pw="rdr$(randhex)"
	printf '%s\n' "$admin_pw" >"$tmp/pwfile"
	chmod 600 "$tmp/pwfile"
	[ "$(id -u)" = 0 ] && chown -R postgres:postgres "$tmp"
	if ! as_owner "$PGBIN/initdb" -D "$tmp/data" -U sx_admin --pwfile="$tmp/pwfile" \
		-E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 \
		--no-sync >"$tmp/initdb.log" 2>&1; then
		cat "$tmp/initdb.log" >&2
		rm -rf "$tmp"
		die "initdb failed"
	fi
	rm -f "$tmp/pwfile"
	# A free port can be taken between the probe and the start: retry.
	opts="-c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
	opts="$opts -c synchronous_commit=off -c max_connections=50 -c shared_buffers=32MB"
	tries=0
	while :; do
		port=$(freeport)
		if as_owner "$PGBIN/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
			-o "-p $port -k $tmp/sock $opts" start >/dev/null 2>&1; then
			break
		fi
		tries=$((tries + 1))
		if [ $tries -ge 3 ]; then
			tail -n 20 "$tmp/server.log" >&2 || true
			rm -rf "$tmp"
			die "the server did not start"
		fi
	done
	cat >"$state/env" <<EOF
SX_PG_HOST=127.0.0.1
SX_PG_PORT=$port
SX_PG_SOCKDIR=$tmp/sock
SX_PG_ADMIN=sx_admin
SX_PG_ADMIN_PW=$admin_pw
SX_PG_READER=sx_reader
SX_PG_READER_PW=$reader_pw
SX_PG_TMP=$tmp
SX_PG_BIN=$PGBIN
SX_PG_ADMIN_URI=postgresql://sx_admin:$admin_pw@127.0.0.1:$port
SX_PG_READER_URI=postgresql://sx_reader:$reader_pw@127.0.0.1:$port
EOF
	psql_admin postgres -c "CREATE ROLE sx_reader LOGIN PASSWORD '$reader_pw'" >/dev/null ||
		{ do_stop; die "cannot create the reader role"; }
	echo "pg_server: PostgreSQL on 127.0.0.1:$port (data in $tmp)"
}

do_load() {
	[ -f "$state/env" ] || die "no server in $state (run start first)"
	db=$1
	shift
	psql_admin postgres -c "DROP DATABASE IF EXISTS \"$db\"" -c "CREATE DATABASE \"$db\"" \
		>/dev/null 2>&1 || die "cannot create database '$db'"
	for f in "$@"; do
		[ -f "$f" ] || die "missing SQL file '$f'"
		psql_admin "$db" -f "$f" >/dev/null || die "loading '$f' into '$db' failed"
	done
	echo "pg_server: loaded $db"
}

case "$cmd" in
start) do_start ;;
stop) do_stop ;;
load)
	[ $# -ge 3 ] || die "usage: pg_server.sh load STATE_DIR DB [FILE...]"
	shift 2
	do_load "$@"
	;;
*) die "unknown command '$cmd'" ;;
esac
