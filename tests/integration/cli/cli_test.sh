#!/bin/sh
# cli_test.sh SEXTANT - black-box tests of the CLI: exit codes, --help,
# --version, JSON output, and every bad input of the foundation issue
# (each a one-line error, exit 1, and no half-written workspace entry).
set -u
BIN=$1
T=$(mktemp -d "${TMPDIR:-/tmp}/sxcli.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
unset SEXTANT_WORKSPACE SEXTANT_CONFIG
fails=0
n=0

ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }

# expect CODE DESCRIPTION -- command...   (stderr kept in $T/err, stdout in $T/out)
expect() {
	code=$1; what=$2; shift 3
	"$@" >"$T/out" 2>"$T/err" </dev/null
	got=$?
	if [ "$got" -eq "$code" ]; then ok; else bad "$what: exit $got, want $code; stderr: $(cat "$T/err")"; fi
}
# the error is exactly one line and mentions $1
one_line_error() {
	lines=$(wc -l <"$T/err")
	if [ "$lines" -eq 1 ] && grep -q -- "$1" "$T/err"; then ok; else bad "error should be one line naming '$1', got: $(cat "$T/err")"; fi
}
no_entries() {
	"$BIN" sources --json --workspace "$1" >"$T/src" 2>/dev/null
	if grep -q '"sources":\[\]' "$T/src"; then ok; else bad "workspace $1 should have no sources: $(cat "$T/src")"; fi
}

mkdb() { # mkdb PATH SQL
	python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()" "$1" "$2"
}

# --- basics
expect 0 version -- "$BIN" --version
grep -q '^sextant [0-9]' "$T/out" && ok || bad "--version prints 'sextant X.Y.Z'"
expect 0 help -- "$BIN" --help
cp "$T/out" "$T/help"
for c in analyze tables show sources workspace; do
	grep -q "^  $c " "$T/help" && ok || bad "--help lists '$c'"
	expect 0 "$c --help" -- "$BIN" "$c" --help
	grep -q "^usage: sextant $c" "$T/out" && ok || bad "$c --help shows usage"
done
expect 2 "unknown command" -- "$BIN" frobnicate
expect 2 "unknown option" -- "$BIN" tables --frob
one_line_error "--frob"
expect 2 "missing argument" -- "$BIN" analyze
expect 2 "too many arguments" -- "$BIN" show a b
expect 2 "option needs a value" -- "$BIN" tables --database
expect 2 "int option" -- "$BIN" tables --workspace

# --- a good analysis, text and JSON
W="$T/ws"
mkdb "$T/shop.db" "CREATE TABLE customers(id INTEGER PRIMARY KEY, email TEXT); CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id)); INSERT INTO customers VALUES(1,'a@b.c');"
expect 0 "analyze" -- "$BIN" analyze "$T/shop.db" --workspace "$W"
grep -q "2 tables" "$T/out" && ok || bad "analyze summary says 2 tables: $(cat "$T/out")"
expect 0 "analyze --json" -- "$BIN" analyze "sqlite:$T/shop.db" --workspace "$W" --json
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['tables']==2 and d['databases'][0]['foreign_keys']==1, d" "$T/out" && ok || bad "analyze --json content"
expect 0 "tables --json" -- "$BIN" tables --json --workspace "$W"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['count']==2 and {t['name'] for t in d['tables']}=={'customers','orders'}" "$T/out" && ok || bad "tables --json content"
# global options may come before the command, as in git
expect 0 "options first" -- "$BIN" --workspace "$W" --json tables
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['count']==2" "$T/out" && ok || bad "sextant --workspace W --json tables"
expect 0 "-w first" -- "$BIN" -w "$W" show orders
grep -q "> customers(id)" "$T/out" && ok || bad "sextant -w W show orders: $(cat "$T/out")"
expect 0 "--workspace= first" -- "$BIN" "--workspace=$W" tables
grep -q "customers" "$T/out" && ok || bad "sextant --workspace=W tables: $(cat "$T/out")"
expect 2 "unknown option first" -- "$BIN" --frob tables
expect 0 "show" -- "$BIN" show orders --workspace "$W"
grep -q "customer_id" "$T/out" && grep -q "> customers(id)" "$T/out" && ok || bad "show orders lists its FK: $(cat "$T/out")"
expect 1 "show unknown" -- "$BIN" show nosuch --workspace "$W"
one_line_error "nosuch"
SEXTANT_WORKSPACE="$W" "$BIN" sources --json >"$T/out" 2>&1 && grep -q '"name":"shop"' "$T/out" && ok || bad "SEXTANT_WORKSPACE is honoured"
expect 1 "tables on an empty workspace" -- "$BIN" tables --workspace "$T/empty-ws"
one_line_error "analyze"

# --- bad inputs: one line, exit 1, nothing stored
B="$T/badws"
expect 1 "missing path" -- "$BIN" analyze "$T/nope.db" --workspace "$B"
one_line_error "nope.db"
no_entries "$B"
echo "just text" >"$T/notes.txt"
expect 1 "not a database" -- "$BIN" analyze "$T/notes.txt" --workspace "$B"
one_line_error "not a SQLite database"
no_entries "$B"
: >"$T/empty.db"
expect 1 "empty database" -- "$BIN" analyze "$T/empty.db" --workspace "$B"
one_line_error "no tables"
no_entries "$B"
# broken DDL: the first mistake, one line, with the way to read the rest;
# --skip-bad-statements reads the rest and warns
printf 'CREATE TABLE a (id int primary key);\nCREATE TABLE b (id int, a_id int REFERENCES a(id)\n;\nCREATE TABLE c (x int, a_id int REFERENCES a(id));\n' >"$T/broken.sql"
expect 1 "broken DDL" -- "$BIN" analyze "$T/broken.sql" --workspace "$B"
one_line_error "broken.sql:3:1: syntax error at or near \";\" (--skip-bad-statements"
no_entries "$B"
expect 0 "broken DDL, skipped" -- "$BIN" analyze "$T/broken.sql" --skip-bad-statements --workspace "$T/skipws" --json
python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))['databases'][0]
assert d['tables']==2 and d['foreign_keys']==1, d
assert any('1 statement left out' in w and 'broken.sql:3:1' in w for w in d['warnings']), d['warnings']
" "$T/out" && ok || bad "analyze --skip-bad-statements: $(cat "$T/out")"
# a database locked by a writer: python holds an exclusive transaction
mkdb "$T/locked.db" "CREATE TABLE t(x);"
printf '[sqlite]\nbusy_timeout_ms = 200\n' >"$T/fast.ini"
python3 - "$T/locked.db" "$T/ready" <<'PY' &
import sqlite3, sys, time, os
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE"); c.execute("INSERT INTO t VALUES(1)")
open(sys.argv[2], "w").close()
time.sleep(4)
PY
locker=$!
i=0; while [ ! -f "$T/ready" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
expect 1 "locked database" -- "$BIN" analyze "$T/locked.db" --workspace "$B" --config "$T/fast.ini"
one_line_error "locked"
kill $locker 2>/dev/null; wait $locker 2>/dev/null
no_entries "$B"
# a workspace directory that is not writable
mkdir -p "$T/ro"
chmod 0555 "$T/ro"
if [ "$(id -u)" -eq 0 ]; then
	# root ignores permissions: run as nobody, with a world-readable copy
	chmod 0755 "$T"
	cp "$T/shop.db" "$T/shop-pub.db"; chmod 0644 "$T/shop-pub.db"
	RUNAS="setpriv --reuid=65534 --regid=65534 --clear-groups --"
	expect 1 "workspace not writable" -- env HOME=/nonexistent SEXTANT_LOG=/dev/null $RUNAS "$BIN" analyze "$T/shop-pub.db" --workspace "$T/ro/ws"
else
	expect 1 "workspace not writable" -- "$BIN" analyze "$T/shop.db" --workspace "$T/ro/ws"
fi
one_line_error "ro/ws"
[ ! -e "$T/ro/ws" ] && ok || bad "nothing created in a read-only directory"
# a corrupt workspace file: clear message, offer to rebuild, nothing lost
C="$T/corrupt"
mkdir -p "$C"
head -c 8192 /dev/urandom >"$C/workspace.db"
cp "$C/workspace.db" "$T/corrupt-copy"
expect 1 "corrupt workspace" -- "$BIN" tables --workspace "$C"
one_line_error "workspace rebuild"
cmp -s "$C/workspace.db" "$T/corrupt-copy" && ok || bad "a corrupt workspace is not modified"
expect 1 "analyze into a corrupt workspace" -- "$BIN" analyze "$T/shop.db" --workspace "$C"
one_line_error "corrupt"
expect 0 "workspace rebuild" -- "$BIN" workspace rebuild --workspace "$C"
ls "$C"/workspace.db.corrupt-* >/dev/null 2>&1 && ok || bad "rebuild keeps the damaged file aside"
expect 0 "analyze after rebuild" -- "$BIN" analyze "$T/shop.db" --workspace "$C"
# --json errors are machine-readable too
expect 1 "json error" -- "$BIN" analyze "$T/nope.db" --workspace "$B" --json
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['code']=='notfound' and 'nope.db' in d['error']" "$T/out" && ok || bad "JSON error object: $(cat "$T/out")"
# logs never go to the terminal; they go to the log file
[ -s "$SEXTANT_LOG" ] && ok || bad "log file written"

echo "$((n - fails))/$n checks passed"
[ "$fails" -eq 0 ]
