#!/bin/sh
# team_cli.sh SEXTANT PG_ENV - the team commands against a real shared
# workspace: two SQLite sources refreshed, changed, refreshed again (the
# report must name exactly the changes), the map seen by another client, a
# pipeline's lineage pushed from a local workspace and named by the refresh
# and by `impact`, the documented grants, and a pull.
set -eu
S=$1
PG_URL=$(sed -n 's/^SX_PG_ADMIN_URI=//p' "$2")/postgres
T=$(mktemp -d /tmp/sx-team.XXXXXX)
trap 'rm -rf "$T"' EXIT
export XDG_DATA_HOME=$T/xdg XDG_CONFIG_HOME=$T/cfg SEXTANT_LOG=/dev/null
export SEXTANT_WORKSPACE_SCHEMA=cli_$$
unset SEXTANT_WORKSPACE

fail() {
	echo "FAIL: $*" >&2
	exit 1
}
has() { # has FILE PATTERN
	grep -q -- "$2" "$1" || { cat "$1" >&2; fail "missing '$2'"; }
}
hasnt() {
	! grep -q -- "$2" "$1" || { cat "$1" >&2; fail "unexpected '$2'"; }
}

sqlite3 "$T/shop.db" "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT);
 CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),
  total REAL, note TEXT);
 CREATE TABLE scratch(x INTEGER);"
sqlite3 "$T/stock.db" "CREATE TABLE items(id INTEGER PRIMARY KEY, sku TEXT, qty INTEGER)"
export STOCK_DSN=$T/stock.db
cat >"$T/config.ini" <<CFG
[workspace]
url = $PG_URL
[user]
name = nightly
[refresh]
max_age = 1h
[sources]
shop = $T/shop.db
stock = env:STOCK_DSN
leaky = postgresql://u:secret@127.0.0.1/x
CFG
C="--config $T/config.ini"

# a password in the config is refused, the rest goes on
$S refresh shop stock leaky $C --json >"$T/r0.json"
has "$T/r0.json" '"failed":1'
has "$T/r0.json" 'holds a password'
hasnt "$T/r0.json" 'secret'
$S refresh --all $C >"$T/r1.txt" || true
# fresh now: nothing analysed again
$S refresh shop stock $C --json >"$T/r2.json"
has "$T/r2.json" '"status":"fresh"'
hasnt "$T/r2.json" '"status":"refreshed"'

# a pipeline that reads orders.total and items.sku, stored in a local
# workspace and pushed into the shared one
$S workspace push "$PG_URL" --workspace "$T/local" $C >/dev/null
sqlite3 "$T/local/workspace.db" "INSERT INTO runs(id, created_at, intent, status)
  VALUES('01JTEAMRUN0000000000000000', '2026-01-01T00:00:00.000Z', 'daily revenue', 'done');
 INSERT INTO run_lineage(run_id, target, sources, expression)
  VALUES('01JTEAMRUN0000000000000000', 'dw.revenue.total', '[\"main.orders.total\"]', 'sum(total)'),
        ('01JTEAMRUN0000000000000000', 'dw.revenue.sku', '[\"main.items.sku\"]', 'sku');"
$S workspace push "$PG_URL" --workspace "$T/local" $C --json >"$T/push.json"
has "$T/push.json" '"runs":1'
$S impact orders.total $C >"$T/i1.txt"
has "$T/i1.txt" '01JTEAMRUN0000000000000000'
has "$T/i1.txt" 'dw.revenue.total'
$S impact main.customers $C >"$T/i2.txt"
has "$T/i2.txt" 'no stored run reads'

# the sources change
sqlite3 "$T/shop.db" "DROP TABLE scratch;
 CREATE TABLE refunds(id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id));
 ALTER TABLE orders DROP COLUMN total; ALTER TABLE orders ADD COLUMN amount NUMERIC;"
sqlite3 "$T/stock.db" "ALTER TABLE items DROP COLUMN sku"
$S refresh --all --max-age 0 $C --json >"$T/r3.json"
python3 - "$T/r3.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
by = {s["name"]: s for s in r["sources"]}
shop, stock = by["shop"], by["stock"]
assert by["leaky"]["status"] == "failed", by["leaky"]
assert shop["status"] == "refreshed" and stock["status"] == "refreshed"
assert shop["tables_added"] == ["main.refunds"], shop
assert shop["tables_dropped"] == ["main.scratch"], shop
alt = {a["table"]: a for a in shop["tables_altered"]}
assert list(alt) == ["main.orders"], alt
assert alt["main.orders"]["columns_added"] == ["amount"]
assert alt["main.orders"]["columns_dropped"] == ["total"]
gained = [g["label"] for g in shop["relationships_gained"]]
assert any("refunds(order_id) -> main.orders(id)" in g for g in gained), gained
assert shop["relationships_lost"] == [], shop
assert [h["target"] for h in shop["impact"]] == ["dw.revenue.total"], shop["impact"]
assert stock["tables_altered"][0]["columns_dropped"] == ["sku"], stock
assert [h["target"] for h in stock["impact"]] == ["dw.revenue.sku"], stock["impact"]
assert stock["tables_added"] == [] and stock["tables_dropped"] == []
PY
# the map is shared: another client, which analysed nothing, sees the
# relationships and personal data the refresh found
XDG_DATA_HOME=$T/other $S relations $C --json >"$T/other.json"
python3 -c 'import json,sys
r = json.load(open(sys.argv[1]))["relations"]
assert any(x["from"]["table"] == "refunds" for x in r), r' "$T/other.json" ||
	fail "another client does not see the shared map: $(head -c 300 "$T/other.json")"
XDG_DATA_HOME=$T/other $S pii $C >"$T/pii.txt"
has "$T/pii.txt" 'customers.name'
# the refresh published the search vectors: the other client searches
# without embedding anything
assert_r3_index() { python3 -c 'import json,sys
o = json.load(open(sys.argv[1]))["search_index"]
assert "warning" not in o and o["tables"] >= 4, o' "$T/r3.json"; }
assert_r3_index || fail "the refresh did not index: $(head -c 300 "$T/r3.json")"
XDG_DATA_HOME=$T/other SEXTANT_LOG=$T/other.log $S search refunds $C >"$T/search.txt"
has "$T/search.txt" 'refunds'
has "$T/other.log" '0 database(s) embedded here, 2 built from the shared vectors'

# a relationship lost: drop the referencing table
sqlite3 "$T/shop.db" "DROP TABLE refunds"
$S refresh shop --force --markdown $C >"$T/r4.md"
has "$T/r4.md" '^#### shop: refreshed'
has "$T/r4.md" 'relationships lost'
has "$T/r4.md" 'refunds(order_id)'
# the stored dsn of an env: source is the config value, not the path
$S sources $C >"$T/src.txt"
has "$T/src.txt" 'env:STOCK_DSN'

# the grants of docs/team.md: a role that writes, one that only reads
SCH=$SEXTANT_WORKSPACE_SCHEMA
RW_PW=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
HOSTPORT=$(sed -n 's/^SX_PG_HOST=//p' "$2"):$(sed -n 's/^SX_PG_PORT=//p' "$2")
READER_URL=$(sed -n 's/^SX_PG_READER_URI=//p' "$2")/postgres
psql -q -v ON_ERROR_STOP=1 "$PG_URL" >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sextant_rw') THEN CREATE ROLE sextant_rw; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sextant_ro') THEN CREATE ROLE sextant_ro; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'team_rw') THEN CREATE ROLE team_rw LOGIN; END IF;
END \$\$;
ALTER ROLE team_rw PASSWORD '$RW_PW';
GRANT USAGE, CREATE ON SCHEMA $SCH TO sextant_rw;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA $SCH TO sextant_rw;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA $SCH TO sextant_rw;
GRANT USAGE ON SCHEMA $SCH TO sextant_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA $SCH TO sextant_ro;
GRANT sextant_rw TO team_rw;
GRANT sextant_ro TO sx_reader;
SQL
RW_URL="postgresql://team_rw:$RW_PW@$HOSTPORT/postgres"
# the writer re-analyses and decides, as itself
XDG_DATA_HOME=$T/rw $S refresh shop --force --workspace "$RW_URL" $C --json >"$T/rw.json"
has "$T/rw.json" '"status":"refreshed"'
REL=$(XDG_DATA_HOME=$T/rw $S relations --workspace "$RW_URL" $C --json |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["relations"][0]["id"])')
XDG_DATA_HOME=$T/rw $S relations accept "$REL" --workspace "$RW_URL" $C >/dev/null
# [user] name = nightly names who decided
$S workspace decisions --workspace "$READER_URL" $C >"$T/log.txt"
has "$T/log.txt" 'nightly  accepted'
# the reader reads, and is refused a change
XDG_DATA_HOME=$T/ro $S sources --workspace "$READER_URL" $C >"$T/ro.txt"
has "$T/ro.txt" 'env:STOCK_DSN'
if XDG_DATA_HOME=$T/ro $S workspace forget shop --workspace "$READER_URL" $C 2>"$T/ro.err"; then
	fail "the reader could forget a database"
fi
has "$T/ro.err" 'refused'
hasnt "$T/ro.err" "$RW_PW"

# pull the shared workspace for offline work
$S workspace pull "$PG_URL" --workspace "$T/offline" $C --json >"$T/pull.json"
has "$T/pull.json" '"databases":2'
has "$T/pull.json" '"vector_sets":2'
$S impact orders.total --workspace "$T/offline" $C >"$T/i3.txt"
has "$T/i3.txt" 'dw.revenue.total'
# offline (a config whose shared server cannot be reached): the pulled
# map and vectors answer without analysing or embedding anything
printf '[workspace]\nurl = postgresql://127.0.0.1:1/none\n' >"$T/off.ini"
$S relations --workspace "$T/offline" --config "$T/off.ini" --json >"$T/off-rel.json"
python3 -c 'import json,sys
r = json.load(open(sys.argv[1]))["relations"]
assert any(x["from"]["table"] == "orders" and x["to"]["table"] == "customers" for x in r), r' \
	"$T/off-rel.json" || fail "the pulled map is missing: $(head -c 300 "$T/off-rel.json")"
SEXTANT_LOG=$T/off.log $S search customers --workspace "$T/offline" --config "$T/off.ini" >"$T/off-search.txt"
has "$T/off-search.txt" 'customers'
has "$T/off.log" '0 database(s) embedded here, 2 built from the stored vectors'
SEXTANT_LOG=$T/off2.log $S search items --workspace "$T/offline" --config "$T/off.ini" >/dev/null
has "$T/off2.log" '0 database(s) embedded here, 0 built from the stored vectors, 2 loaded'
# and back: a fresh shared schema gets the same map and vectors by push
SEXTANT_WORKSPACE_SCHEMA=${SCH}_back $S workspace push "$PG_URL" --workspace "$T/offline" $C --json >"$T/back.json"
has "$T/back.json" '"vector_sets":2'
XDG_DATA_HOME=$T/back SEXTANT_WORKSPACE_SCHEMA=${SCH}_back SEXTANT_LOG=$T/back.log \
	$S search customers $C >"$T/back.txt"
has "$T/back.txt" 'customers'
has "$T/back.log" '0 database(s) embedded here, 2 built from the shared vectors'
XDG_DATA_HOME=$T/back SEXTANT_WORKSPACE_SCHEMA=${SCH}_back $S relations $C --json >"$T/back-rel.json"
python3 -c 'import json,sys
r = json.load(open(sys.argv[1]))["relations"]
assert any(x["from"]["table"] == "orders" for x in r), r' "$T/back-rel.json" ||
	fail "the pushed map is missing: $(head -c 300 "$T/back-rel.json")"

# readers never see half a re-analysis, through the CLI: one client
# re-analyses a source (two versions in turn) while another searches in a
# loop; every search finds the vectors of the catalog it read (embeds
# nothing) and one whole version of the source
mkdir -p "$T/v1" "$T/v2"
sqlite3 "$T/v1/race.db" "CREATE TABLE payments(id INTEGER PRIMARY KEY, amount REAL);
 CREATE TABLE products(id INTEGER PRIMARY KEY, title TEXT)"
sqlite3 "$T/v2/race.db" "CREATE TABLE invoices(id INTEGER PRIMARY KEY, amount REAL);
 CREATE TABLE products(id INTEGER PRIMARY KEY, title TEXT)"
RACE="env SEXTANT_WORKSPACE_SCHEMA=${SCH}_race"
XDG_DATA_HOME=$T/rw1 $RACE $S analyze "$T/v1/race.db" $C >/dev/null
XDG_DATA_HOME=$T/rr $RACE $S search amount $C >/dev/null
(
	for i in 1 2 3 4 5 6 7 8; do
		v=$((i % 2 + 1))
		XDG_DATA_HOME=$T/rw1 $RACE $S analyze "$T/v$v/race.db" $C >/dev/null || exit 1
	done
) &
WRITER=$!
n=0
while kill -0 $WRITER 2>/dev/null; do
	XDG_DATA_HOME=$T/rr SEXTANT_LOG=$T/race.log $RACE $S search amount $C --json >"$T/race.json"
	has "$T/race.log" '0 database(s) embedded here'
	python3 -c 'import json,sys
r = json.load(open(sys.argv[1]))
names = {h["name"] for h in r["results"]}
assert r["tables_searched"] == 2, r
assert ("payments" in names) != ("invoices" in names), names' "$T/race.json" ||
		fail "a search saw half a re-analysis: $(head -c 400 "$T/race.json")"
	n=$((n + 1))
done
wait $WRITER || fail "the writer failed"
[ $n -gt 0 ] || fail "no search ran during the re-analyses"
echo "team_cli: $n searches during 8 re-analyses, none saw half of one"

# the workbench opens the shared workspace the config names ([workspace]
# url): without a terminal it stops before the screen, after opening it
# (its local replica is there), and never remembers the URL
if XDG_DATA_HOME=$T/tui $S $C </dev/null >"$T/tui.out" 2>&1; then
	fail "the workbench started without a terminal"
fi
has "$T/tui.out" 'needs a terminal'
ls "$T"/tui/sextant/shared/*/workspace.db >/dev/null || fail "the workbench did not open the shared workspace"
! grep -rqs postgres "$T/tui/sextant/last-workspace" || fail "the workbench remembered the URL"
printf '[workspace]\nurl = postgresql://127.0.0.1:1/none\n' >"$T/bad.ini"
if XDG_DATA_HOME=$T/tui2 $S --config "$T/bad.ini" </dev/null >"$T/tui2.out" 2>&1; then
	fail "the workbench started on a workspace it cannot open"
fi
has "$T/tui2.out" "cannot open shared workspace 'postgresql://127.0.0.1:1/none'"
echo "team_cli: ok"
