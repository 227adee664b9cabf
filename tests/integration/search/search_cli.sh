#!/bin/sh
# search_cli.sh SEXTANT DEMO.sqlite - black-box tests of `search`,
# `search --batch` and `context` on the demo warehouse: the JSON contract,
# the index loaded once per batch, every bad input of the issue (one-line
# errors), and a damaged index file detected and rebuilt.
set -u
BIN=$1
DEMO=$2
T=$(mktemp -d "${TMPDIR:-/tmp}/sxsearch.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
unset SEXTANT_WORKSPACE SEXTANT_CONFIG
W="$T/ws"
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }
expect() { # expect CODE WHAT -- command...
	code=$1; what=$2; shift 3
	"$@" >"$T/out" 2>"$T/err" </dev/null
	got=$?
	if [ "$got" -eq "$code" ]; then ok; else bad "$what: exit $got, want $code; stderr: $(cat "$T/err")"; fi
}
one_line_error() {
	if [ "$(wc -l <"$T/err")" -eq 1 ] && grep -q -- "$1" "$T/err"; then ok; else bad "one-line error naming '$1' expected, got: $(cat "$T/err")"; fi
}
json_check() { # json_check PYTHON-EXPR-ON-d WHAT  (reads $T/out)
	if python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($1) else 1)" "$T/out" 2>/dev/null; then ok; else bad "$2: $(head -c 400 "$T/out")"; fi
}

# search before any analysis
expect 1 "search on an empty workspace" -- "$BIN" search -w "$W" orders
one_line_error "analyze"

expect 0 analyze -- "$BIN" analyze -w "$W" "$DEMO" --json
json_check "d['search_index']['tables'] == 52" "analyze reports the search index"
[ -f "$W/index/demo.faiss" ] && ok || bad "index file $W/index/demo.faiss missing"

# the result contract
expect 0 "search --json" -- "$BIN" search -w "$W" "таблицы с информацией о пользователях" -k 3 --json
json_check "len(d['results']) == 3 and 'users' in [r['name'] for r in d['results']] and all(k in d['results'][0] for k in ('database','schema','name','score','description','domain','columns','why'))" "search result fields"
json_check "all(any('user' in w for w in r['why']) for r in d['results'])" "why names the matched word"
expect 0 "search --database" -- "$BIN" search -w "$W" payments --database demo --json
json_check "all(r['database'] == 'demo' for r in d['results'])" "database filter"
expect 0 "search --pii" -- "$BIN" search -w "$W" customers --pii -k 10 --json
json_check "d['results'] and all(r['pii'] for r in d['results'])" "pii filter"
expect 0 "search --domain" -- "$BIN" search -w "$W" orders --domain sales --json
json_check "d['results'] and all(r['domain'] == 'sales_orders' for r in d['results'])" "domain filter"
expect 0 "text output" -- "$BIN" search -w "$W" склад остатки
grep -q "tbl_stock_lvl" "$T/out" && ok || bad "text search output: $(cat "$T/out")"

# column search
expect 0 "search --columns --json" -- "$BIN" search -w "$W" --columns "customer email address" -k 5 --json
json_check "d['columns'] and len(d['results']) == 5 and all(k in d['results'][0] for k in ('database','schema','table','column','type','score','why')) and any(r['column'] == 'email' for r in d['results'])" "column search result fields"
json_check "all(r['why'] for r in d['results']) and d['results'][0]['score'] >= d['results'][-1]['score']" "column hits say why, best first"
expect 0 "search --columns text" -- "$BIN" search -w "$W" --columns "дата оплаты" -k 3
grep -q "matched: " "$T/out" && ok || bad "column text output: $(cat "$T/out")"
expect 2 "search --columns --batch" -- "$BIN" search -w "$W" --columns --batch "$T/none.jsonl"
one_line_error "columns"

# batch: one line per query, errors in place
printf '{"id":1,"query":"payments"}\n{"id":"b","query":"the of"}\nnot json\n{"id":4,"query":"курсы валют"}\n' >"$T/batch.jsonl"
expect 0 "search --batch" -- "$BIN" search -w "$W" --batch "$T/batch.jsonl" -k 2
[ "$(wc -l <"$T/out")" -eq 4 ] && ok || bad "batch: 4 lines expected, got $(cat "$T/out")"
python3 - "$T/out" <<'PY' && ok || bad "batch lines: $(cat "$T/out")"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert lines[0]["id"] == 1 and lines[0]["results"][0]["name"] == "payments" and len(lines[0]["results"]) == 2
assert lines[1]["id"] == "b" and "stopwords" in lines[1]["error"]
assert lines[2]["id"] is None and "JSON" in lines[2]["error"]
assert lines[3]["id"] == 4 and lines[3]["results"][0]["name"] == "exchange_rates"
PY

# bad input, each a one-line error
expect 2 "no query" -- "$BIN" search -w "$W"
one_line_error "empty query"
expect 1 "only stopwords" -- "$BIN" search -w "$W" "what are the tables"
one_line_error "only stopwords"
expect 1 "10 kB query" -- "$BIN" search -w "$W" "$(python3 -c 'print("order " * 1800)')"
one_line_error "too long"
expect 1 "invalid UTF-8" -- "$BIN" search -w "$W" "$(printf 'orders \377\376')"
one_line_error "UTF-8"
expect 1 "unknown database" -- "$BIN" search -w "$W" orders --database nope
one_line_error "nope"

# a damaged index file is detected and rebuilt
python3 -c "import sys; f=open(sys.argv[1],'r+b'); f.seek(-3, 2); f.write(b'xyz')" "$W/index/demo.faiss"
expect 0 "search with a damaged index" -- "$BIN" search -w "$W" payments --json
json_check "any('checksum' in x for x in d.get('notes', [])) and d['results'][0]['name'] == 'payments'" "damaged index rebuilt with a note"
expect 0 "search after the rebuild" -- "$BIN" search -w "$W" payments --json
json_check "'notes' not in d" "no note once rebuilt"
printf 'garbage' >"$W/index/demo.faiss"
expect 0 "search with a garbage index" -- "$BIN" search -w "$W" payments --json
json_check "any('not a sextant index' in x for x in d.get('notes', []))" "garbage index rebuilt"

# context
expect 0 "context --json" -- "$BIN" context -w "$W" "daily sales by customer region" --json
json_check "all(k in d for k in ('relevant_tables','table_relationships','suggested_joins','data_flow_order','warnings')) and len(d['relevant_tables']) >= 2" "context fields"
json_check "any(w['kind'] == 'pii' for w in d['warnings']) and 'JOIN' in d['suggested_joins'][0]['sql']" "context warnings and SQL"
expect 0 "context --tables" -- "$BIN" context -w "$W" x --tables order_items,cst_mstr --json
json_check "[t['name'] for t in d['relevant_tables'] if t['role'] == 'connector'] == ['t_ord_hdr'] and d['data_flow_order'].index('cst_mstr') < d['data_flow_order'].index('order_items')" "context connects through t_ord_hdr"
expect 1 "context unknown table" -- "$BIN" context -w "$W" --tables nope
one_line_error "nope"

echo "search_cli: $n checks, $fails failed"
[ "$fails" -eq 0 ]
