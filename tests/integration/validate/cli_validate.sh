#!/bin/sh
# cli_validate.sh SEXTANT DEMO_SQLITE - `sextant validate` end to end on the
# demo warehouse: binding against a workspace database (its catalog and
# map), SQLite's own prepare on the source file, JSON output, hostile text
# sanitised in the human output, usage errors.
set -eu
sx=$1 demo=$2
[ -f "$demo" ] || { echo "no demo warehouse at $demo (build demo_data)"; exit 1; }
tmp=$(mktemp -d /tmp/sx-vcli.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ws=$tmp/ws
fail() { echo "FAIL: $*"; exit 1; }

"$sx" analyze "$demo" --workspace "$ws" >/dev/null 2>&1 || fail "analyze"

cat > "$tmp/q.sql" <<'SQL'
SELECT h.ord_id, sum(h.total_amount) AS revenue, sum(i.line_totl) AS lines
FROM t_ord_hdr h
JOIN order_items i ON i.ord_id = h.ord_id
WHERE h.status = NULL
GROUP BY h.ord_id
SQL
"$sx" validate "$tmp/q.sql" --source demo --dialect postgresql --workspace "$ws" --json > "$tmp/out.json" ||
	fail "validate exited non-zero on findings"
python3 - "$tmp/out.json" <<'PY' || fail "JSON findings"
import json, sys
r = json.load(open(sys.argv[1]))
rules = {(f["rule"], f["line"], f["col"]) for f in r["findings"]}
want = {("sql.fan-trap", 1, 22), ("sql.unknown-column", 1, 54), ("sql.null-comparison", 4, 16)}
missing = want - rules
assert not missing, (missing, rules)
hint = [f["hint"] for f in r["findings"] if f["rule"] == "sql.unknown-column"][0]
assert "line_total" in hint, hint
assert r["score"]["errors"] == 3 and r["score"]["score"] <= 6, r["score"]
PY

# SQLite prepares it on the real file (read-only): the source's own message
cp "$demo" "$tmp/copy.sqlite"
before=$(cksum < "$tmp/copy.sqlite")
"$sx" validate "$tmp/q.sql" --source demo --workspace "$ws" --sqlite "$tmp/copy.sqlite" --json > "$tmp/sq.json" ||
	fail "validate --sqlite"
python3 - "$tmp/sq.json" <<'PY' || fail "SQLite prepare finding"
import json, sys
r = json.load(open(sys.argv[1]))
f = [f for f in r["findings"] if f["rule"] == "sqlite.prepare"]
assert f and "line_totl" in f[0]["message"], r["findings"]
PY
[ "$(cksum < "$tmp/copy.sqlite")" = "$before" ] || fail "the SQLite source changed"

# hostile identifiers never reach the terminal raw
printf 'SELECT "\033[31mred\033]0;x\007" FROM t_ord_hdr\n' > "$tmp/esc.sql"
"$sx" validate "$tmp/esc.sql" --source demo --dialect postgresql --workspace "$ws" > "$tmp/esc.txt" ||
	fail "validate esc"
grep -q 'sql.unknown-column' "$tmp/esc.txt" || fail "no finding for the escape identifier"
if LC_ALL=C grep -q "$(printf '\033')" "$tmp/esc.txt"; then fail "an escape byte reached the output"; fi

# a legacy name no edit distance reaches is found through the map
printf 'SELECT 1 FROM customers\n' > "$tmp/legacy.sql"
"$sx" validate "$tmp/legacy.sql" --source demo --dialect postgresql --workspace "$ws" > "$tmp/legacy.txt" ||
	fail "validate legacy"
grep -q 'did you mean "cst_mstr"' "$tmp/legacy.txt" || fail "no map suggestion: $(cat "$tmp/legacy.txt")"

# usage
set +e
"$sx" validate "$tmp/q.sql" --kind nonsense >/dev/null 2>&1
[ $? -eq 2 ] || fail "--kind nonsense should exit 2"
set -e
echo "ok"
