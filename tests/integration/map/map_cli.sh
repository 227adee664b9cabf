#!/bin/sh
# map_cli.sh SEXTANT SRCDIR [pg] - the map end to end on a real warehouse
# (SQLite, or with "pg" the same warehouse loaded into a throwaway
# PostgreSQL 15 from tests/support/pg_server.sh):
# analyze (with sampling), then relations / describe / pii / path / graph
# through the CLI, checked against expected.json (the relationships the
# warehouse leaves undeclared, its PII columns, domains, sensitivity and
# update frequency), the JSON contract, user decisions surviving
# re-analysis, and every bad input of the issue (one clear line each).
set -u
BIN=$1
SRC=$2
MODE=${3:-sqlite}
T=$(mktemp -d "${TMPDIR:-/tmp}/sxmap.XXXXXX")
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
one_line_error() {
	if [ "$(wc -l <"$T/err")" -eq 1 ] && grep -q -- "$1" "$T/err"; then ok; else
		bad "error should be one line naming '$1', got: $(cat "$T/err")"; fi
}
check() { # check WHAT PYTHON-EXPR-ON-j (j = parsed $T/out, e = expected.json)
	if python3 - "$T/out" "$SRC/expected.json" "$2" <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
e = json.load(open(sys.argv[2]))
ns = {"j": j, "e": e}
exec("ok = " + sys.argv[3], ns)
sys.exit(0 if ns["ok"] else 1)
EOF
	then ok; else bad "$1: $(head -c 600 "$T/out")"; fi
}

if [ "$MODE" = pg ]; then
	PGS="$SRC/../../support/pg_server.sh"
	sh "$PGS" start "$T/pg" >/dev/null || { echo "cannot start PostgreSQL" >&2; exit 1; }
	trap 'sh "$PGS" stop "$T/pg" >/dev/null 2>&1; rm -rf "$T"' EXIT INT TERM
	python3 "$SRC/make_warehouse.py" "$T/wh.sql" || exit 1
	printf 'CREATE TABLE only_one(id integer PRIMARY KEY);\n' >"$T/one.sql"
	sh "$PGS" load "$T/pg" wh "$T/wh.sql" >/dev/null || exit 1
	sh "$PGS" load "$T/pg" one "$T/one.sql" >/dev/null || exit 1
	. "$T/pg/env"
	DB="$SX_PG_ADMIN_URI/wh"
	ONE="$SX_PG_ADMIN_URI/one"
else
	python3 "$SRC/make_warehouse.py" "$T/wh.sqlite" || { echo "cannot build the warehouse" >&2; exit 1; }
	python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('CREATE TABLE only_one(id INTEGER PRIMARY KEY)'); c.commit()" "$T/one.sqlite"
	DB="$T/wh.sqlite"
	ONE="$T/one.sqlite"
fi
expect 0 analyze -- "$BIN" analyze "$DB" --ignore-declared-fks --json
check "analyze reports the map" 'j["databases"][0]["relations_inferred"] >= 10 and j["databases"][0]["sampled"]'
expect 0 analyze -- "$BIN" analyze "$DB"
grep -q "inferred relationships" "$T/out" && ok || bad "analyze text summary mentions the map"

# --- relations: the JSON contract and the expected links
expect 0 relations -- "$BIN" relations --json
cp "$T/out" "$T/rels.json"
check "contract keys" 'all(set(["id","from","to","kind","cardinality","confidence","evidence","status"]) <= set(r) and set(["database","schema","table","columns"]) <= set(r["from"]) and all(set(["type","detail","score"]) <= set(v) for v in r["evidence"]) for r in j["relations"])'
check "statuses and kinds" 'all(r["status"] in ("proposed","accepted","rejected") and r["kind"] in ("declared","inferred") and r["cardinality"] in ("many-to-one","one-to-one","many-to-many") and 0 <= r["confidence"] <= 1 for r in j["relations"])'
check "every expected relationship is found" 'all(any(r["from"]["table"]==x["from"][0] and r["from"]["columns"]==x["from"][1] and r["to"]["table"]==x["to"][0] and r["to"]["columns"]==x["to"][1] and r["kind"]==x["kind"] and r["confidence"]>=0.5 and r.get("polymorphic",False)==x.get("polymorphic",False) for r in j["relations"]) for x in e["relations"])'
check "inferred ones carry naming and value evidence" 'all(any(v["type"]=="naming" for v in r["evidence"]) and any(v["type"]=="containment" for v in r["evidence"]) for r in j["relations"] if r["kind"]=="inferred" and r["cardinality"]!="many-to-many" and not r.get("polymorphic"))'
check "no relationship is invented between unrelated tables" 'not any(r["from"]["table"]=="settings" or r["to"]["table"]=="settings" for r in j["relations"])'
check "order_items is a junction" 'any(r["cardinality"]=="many-to-many" and r.get("via",{}).get("table")=="order_items" for r in j["relations"])'
expect 0 "relations --table" -- "$BIN" relations --table orders --json
check "--table filters" 'len(j["relations"])>=5 and all("orders" in (r["from"]["table"], r["to"]["table"], r.get("via",{}).get("table")) for r in j["relations"])'
expect 0 "relations --min-confidence" -- "$BIN" relations --min-confidence 0.9 --json
check "--min-confidence filters" 'all(r["confidence"]>=0.9 for r in j["relations"]) and len(j["relations"])>0'
expect 0 "relations text" -- "$BIN" relations
grep -q "orders(cst_id) -> cst_mstr(cst_id)" "$T/out" && ok || bad "text lists orders(cst_id) -> cst_mstr(cst_id)"

# --- decisions survive re-analysis
ID=$(python3 -c 'import json,sys; print([r["id"] for r in json.load(open(sys.argv[1]))["relations"] if r["from"]["table"]=="payments"][0])' "$T/rels.json")
expect 0 "reject" -- "$BIN" relations reject "$ID" --json
check "reject answers" 'j["status"]=="rejected"'
expect 0 "re-analyze" -- "$BIN" analyze "$DB" --ignore-declared-fks
expect 0 relations -- "$BIN" relations --json
check "the rejection survives re-analysis" "[r['status'] for r in j['relations'] if r['id']=='$ID']==['rejected']"
expect 0 "reset" -- "$BIN" relations reset "$ID"
expect 1 "unknown id" -- "$BIN" relations accept r0000000000
one_line_error "r0000000000"
expect 2 "bad action" -- "$BIN" relations frob x
one_line_error "frob"

# --- describe and pii
expect 0 describe -- "$BIN" describe orders --json
check "describe orders" 'j["domain"]=="sales_orders" and j["description"].startswith("Customer orders: one row per order") and j["update_frequency"]=="hourly" and len(j["relations"])>=5'
for t in cst_mstr payments audit_log users deliveries products; do
	expect 0 "describe $t" -- "$BIN" describe "$t" --json
	check "domain of $t" "j['domain']==e['domains'].get('$t', j['domain']) and j['sensitivity']==e['sensitivity'].get('$t', j['sensitivity']) and j['update_frequency']==e['frequency'].get('$t', j['update_frequency'])"
done
expect 0 "describe text" -- "$BIN" describe cst_mstr
grep -q "PII government_id" "$T/out" && ok || bad "describe text marks the INN column"
expect 0 pii -- "$BIN" pii --json
check "every expected PII column is classified" 'all(any(c["table"]+"."+c["column"]==k and c["class"]==v and c["confidence"]>=0.5 and c["evidence"] for c in j["columns"]) for k,v in e["pii"].items())'
check "no PII where there is none" 'not any(c["table"]+"."+c["column"] in e["not_pii"] for c in j["columns"])'
check "checksums are evidence" 'any(c["column"]=="card_number" and any(v["detail"].find("payment_card")>=0 for v in c["evidence"]) for c in j["columns"])'
expect 0 "pii --database" -- "$BIN" pii --database wh --json
expect 1 "pii unknown database" -- "$BIN" pii --database nope
one_line_error "nope"

# --- paths
expect 0 path -- "$BIN" path cst_mstr products --json
check "path cst_mstr -> products" 'len(j["paths"])>=1 and [h["to"] for h in j["paths"][0]["hops"]]==["orders","order_items","products"] and "\"order_items\" AS oi" in j["paths"][0]["sql"] and j["paths"][0]["hops"][0]["fanout"] and j["paths"][0]["warning"]'
check "ranked" 'all(j["paths"][i]["cost"]<=j["paths"][i+1]["cost"]+1e-9 for i in range(len(j["paths"])-1))'
expect 0 "path -k 1 --avoid" -- "$BIN" path cst_mstr products -k 1 --avoid order_items --json
check "--avoid" 'all(h["to"]!="order_items" for p in j["paths"] for h in p["hops"])'
expect 0 "path --via" -- "$BIN" path users products --via orders --json
check "--via" 'all(any(h["to"]=="orders" for h in p["hops"]) for p in j["paths"]) and len(j["paths"])>=1'
expect 0 "path text" -- "$BIN" path payments products
grep -q "^  SELECT \*" "$T/out" && grep -q "JOIN" "$T/out" && ok || bad "path text shows SQL: $(cat "$T/out")"
expect 2 "max-hops 0" -- "$BIN" path orders products --max-hops 0
one_line_error "max-hops"
expect 1 "unknown table" -- "$BIN" path orders nosuchtable
one_line_error "nosuchtable"
expect 1 "table with no relationships" -- "$BIN" path orders settings
one_line_error "settings"
expect 0 "relations of a lonely table" -- "$BIN" relations --table settings
grep -q "no relationships for 'settings'" "$T/out" && ok || bad "says settings has no relationships"
expect 0 "no path within hops" -- "$BIN" path cst_mstr products --max-hops 1 --json
check "names the shortest connection" 'j["paths"]==[] and j["shortest_hops"]==3'
expect 0 "analyze 1-table" -- "$BIN" analyze "$ONE"
expect 1 "1-table database" -- "$BIN" path only_one only_one
one_line_error "only one table"

# --- graph
expect 0 "graph json" -- "$BIN" graph orders --hops 1 --format json
check "graph json model" 'j["engine"]=="dot" and any(x["table"]=="orders" and x["center"] for x in j["nodes"]) and all(set(["x","y","w","h","pii","label"])<=set(x) for x in j["nodes"]) and all(len(ed["points"])>=2 and ed["kind"] in ("declared","inferred") for ed in j["edges"]) and all(x["x"]+x["w"]<=j["width"] and x["y"]+x["h"]<=j["height"] for x in j["nodes"]) and any(x["pii"] for x in j["nodes"])'
expect 0 "graph dot" -- "$BIN" graph --database wh --format dot
grep -q "digraph" "$T/out" && grep -q "dashed" "$T/out" && grep -q "PII" "$T/out" && ok || bad "dot output styles inferred edges and PII tables"
expect 0 "graph png" -- "$BIN" graph orders --format png -o "$T/g.png"
head -c 4 "$T/g.png" | grep -q "PNG" && ok || bad "png written"
expect 2 "graph png without -o" -- "$BIN" graph orders --format png
one_line_error "output"
expect 2 "graph bad format" -- "$BIN" graph orders --format gif
one_line_error "gif"

echo "map_cli ($MODE): $n checks, $fails failed"
[ "$fails" -eq 0 ]
