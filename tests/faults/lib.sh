# lib.sh - shared by the fault scripts (sourced, POSIX sh).
#
# Gives each script a private temp dir $T (removed at exit), a private
# config/data/log, the check helpers (ok, bad, expect, finish) and two
# SQLite sources made with python3: $T/shop.db (a small shop with an
# undeclared orders -> customers link) and $T/wide.db (300 tables). Every
# fault case first saves a "previous analysis" and one user decision
# (reject), and checks afterwards that they are still there: intact()
# tells whether the workspace still opens with that content.
set -u
BIN=$1
T=$(mktemp -d "${TMPDIR:-/tmp}/sxfault.XXXXXX")
chmod 755 "$T"
cleanup_extra=
trap 'eval "$cleanup_extra"; rm -rf "$T"' EXIT
trap 'exit 130' INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset SEXTANT_CONFIG SEXTANT_WORKSPACE NO_COLOR SEXTANT_LLM_BASE_URL OPENAI_BASE_URL || true
# in the sanitizer build: leaks inside Graphviz and fontconfig are not ours
export LSAN_OPTIONS="suppressions=$(cd "$(dirname "$0")/.." && pwd)/support/lsan-thirdparty.supp:print_suppressions=0"
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }
say() { echo "-- $*"; }
# expect CODE WHAT -- cmd...: runs cmd (stdout in $T/out, stderr in $T/err)
expect() {
	code=$1; what=$2; shift 3
	"$@" >"$T/out" 2>"$T/err" </dev/null
	got=$?
	if [ "$got" -eq "$code" ]; then ok; else bad "$what: exit $got, want $code; stderr: $(head -c 600 "$T/err")"; fi
}
finish() {
	echo "$((n - fails))/$n checks passed"
	[ "$fails" -eq 0 ]
	exit $?
}

$PY - "$T" <<'PYEOF'
import sqlite3, sys
d = sys.argv[1]
c = sqlite3.connect(d + "/shop.db")
c.executescript("""CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT, email TEXT);
CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL);""")
c.executemany("INSERT INTO customers VALUES(?,?,?)", [(i, "c%d" % i, "c%d@example.com" % i) for i in range(1, 201)])
c.executemany("INSERT INTO orders VALUES(?,?,?)", [(i, 1 + i % 200, i * 1.5) for i in range(1, 2001)])
c.commit()
w = sqlite3.connect(d + "/wide.db")
for i in range(300):
    w.execute("CREATE TABLE w%03d(id INTEGER PRIMARY KEY, customer_id INTEGER, name TEXT, amount REAL)" % i)
w.commit()
PYEOF

# prepare WS: analyses shop.db into WS and rejects the orders -> customers
# proposal (the decision that cannot be re-derived); sets $DECISION.
prepare() {
	"$BIN" analyze "$T/shop.db" --workspace "$1" >/dev/null 2>"$T/err" || { bad "preparing $1: $(cat "$T/err")"; return 1; }
	DECISION=$("$BIN" relations --workspace "$1" --json 2>/dev/null | $PY -c 'import json,sys
print([r["id"] for r in json.load(sys.stdin)["relations"] if r["from"]["table"]=="orders" and r["to"]["table"]=="customers"][0])')
	"$BIN" relations reject "$DECISION" --workspace "$1" >/dev/null 2>&1 || { bad "rejecting in $1"; return 1; }
}

# intact WS: the workspace opens, lists shop with its two tables, finds
# customers, and keeps the rejection; the file passes integrity_check.
intact() {
	"$BIN" tables --workspace "$1" --json >"$T/i.out" 2>"$T/i.err" || { echo "tables: $(cat "$T/i.err")"; return 1; }
	$PY -c 'import json,sys
j=json.load(open(sys.argv[1])); s=json.dumps(j)
assert "customers" in s and "orders" in s, s[:300]' "$T/i.out" || return 1
	"$BIN" search customers --workspace "$1" >"$T/i.out" 2>"$T/i.err" || { echo "search: $(cat "$T/i.err")"; return 1; }
	grep -q customers "$T/i.out" || { echo "search finds no customers"; return 1; }
	"$BIN" relations --workspace "$1" --json >"$T/i.out" 2>"$T/i.err" || { echo "relations: $(cat "$T/i.err")"; return 1; }
	$PY -c 'import json,sys
j=json.load(open(sys.argv[1]))
assert [r["status"] for r in j["relations"] if r["id"]==sys.argv[2]]==["rejected"], "decision lost"' "$T/i.out" "$DECISION" || return 1
	ic=$($PY -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "$1/workspace.db" 2>&1)
	[ "$ic" = ok ] || { echo "integrity_check: $ic"; return 1; }
	return 0
}
