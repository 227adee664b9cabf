#!/bin/sh
# rebuild_test.sh SEXTANT - `workspace rebuild` on a workspace damaged in the
# middle of the file: the command moves the file aside untouched, starts a
# fresh one and salvages the user's relationship decisions and settings,
# which survive the re-analysis that follows.
set -u
BIN=$1
T=$(mktemp -d "${TMPDIR:-/tmp}/sxrebuild.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
export SEXTANT_WORKSPACE="$T/ws"
unset SEXTANT_CONFIG
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }
expect() { # expect CODE WHAT -- cmd...
	code=$1; what=$2; shift 3
	"$@" >"$T/out" 2>"$T/err" </dev/null
	got=$?
	if [ "$got" -eq "$code" ]; then ok; else bad "$what: exit $got, want $code; stderr: $(cat "$T/err")"; fi
}
py() { python3 -c "$@"; }

# a small shop whose orders -> customers link is not declared
py 'import sqlite3,sys
c=sqlite3.connect(sys.argv[1])
c.executescript("""CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL);""")
c.executemany("INSERT INTO customers VALUES(?,?)", [(i, "c%d" % i) for i in range(1, 201)])
c.executemany("INSERT INTO orders VALUES(?,?,?)", [(i, 1 + i % 200, i * 1.5) for i in range(1, 2001)])
c.commit()' "$T/shop.db"
expect 0 analyze -- "$BIN" analyze "$T/shop.db"
expect 0 relations -- "$BIN" relations --json
ID=$(py 'import json,sys; print([r["id"] for r in json.load(open(sys.argv[1]))["relations"] if r["from"]["table"]=="orders" and r["to"]["table"]=="customers"][0])' "$T/out")
[ -n "$ID" ] && ok || bad "analyze proposes orders -> customers"
expect 0 reject -- "$BIN" relations reject "$ID"

# damage the catalog's columns table in the middle of the file (after a
# checkpoint, so the page is in the main file)
py 'import sqlite3,sys
p=sys.argv[1]
c=sqlite3.connect(p)
c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
pg=c.execute("SELECT max(pageno) FROM dbstat WHERE name = ?", ("columns",)).fetchone()[0]
psz=c.execute("PRAGMA page_size").fetchone()[0]
n=c.execute("PRAGMA page_count").fetchone()[0]
c.close()
assert 1 < pg <= n, (pg, n)
with open(p, "r+b") as f:
    f.seek((pg - 1) * psz)
    f.write(bytes((i * 7919 + 13) & 0xff for i in range(psz)))' "$T/ws/workspace.db" && ok || bad "damaging a page"
cp "$T/ws/workspace.db" "$T/damaged-copy"
expect 1 "a damaged catalog is reported" -- "$BIN" tables
grep -q "workspace rebuild" "$T/err" && ok || bad "the error offers a rebuild: $(cat "$T/err")"

expect 0 "workspace rebuild" -- "$BIN" workspace rebuild --json
py 'import json,sys
j=json.load(open(sys.argv[1]))
r=j["salvaged"]["rows"]
assert r["decisions"]==1 and r["decision_log"]==1 and r["meta"]==0, j  # decisions moved from map_decisions to the store
assert j["backup"].endswith(tuple("0123456789")) and ".corrupt-" in j["backup"], j' "$T/out" && ok || bad "rebuild reports what it salvaged: $(cat "$T/out")"
BACKUP=$(py 'import json,sys; print(json.load(open(sys.argv[1]))["backup"])' "$T/out")
cmp -s "$BACKUP" "$T/damaged-copy" && ok || bad "the damaged file is kept aside unchanged"
expect 0 "sources in the fresh workspace" -- "$BIN" sources --json
py 'import json,sys; assert json.load(open(sys.argv[1]))["sources"]==[]' "$T/out" && ok || bad "the fresh workspace has no catalog: $(cat "$T/out")"

# the decision comes back with the re-analysis
expect 0 "analyze again" -- "$BIN" analyze "$T/shop.db"
expect 0 relations -- "$BIN" relations --json
py "import json,sys; j=json.load(open(sys.argv[1])); assert [r['status'] for r in j['relations'] if r['id']=='$ID']==['rejected'], j" "$T/out" && ok || bad "the salvaged rejection applies again: $(head -c 400 "$T/out")"

# the text report names the counts
cp "$T/ws/workspace.db" "$T/ws/workspace.db.keep"
expect 0 "rebuild a healthy workspace" -- "$BIN" workspace rebuild
grep -q "salvaged 1 relationship decisions" "$T/out" && ok || bad "text report: $(cat "$T/out")"

echo "$((n - fails))/$n checks passed"
[ "$fails" -eq 0 ]
