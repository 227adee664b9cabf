#!/bin/sh
# events_test.sh SEXTANT - the CLI's --events option on a real command:
# `analyze` of a small SQLite file with --events jsonl writes only JSON
# objects on stderr (progress of each stage, then one "done" line), leaves
# stdout as it is without the option, reports a failure as the done line;
# text and none print nothing on stderr when it is not a terminal; a bad
# mode is a usage error.
set -u
BIN=$1
T=$(mktemp -d "${TMPDIR:-/tmp}/sxev.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
unset SEXTANT_WORKSPACE SEXTANT_CONFIG
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }

python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()" "$T/shop.db" \
	"CREATE TABLE customers(id INTEGER PRIMARY KEY, email TEXT); CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id)); INSERT INTO customers VALUES(1,'a@b.c');"

# --- jsonl on success
"$BIN" analyze "$T/shop.db" --workspace "$T/ws" --events jsonl --json >"$T/out" 2>"$T/err" </dev/null
[ $? -eq 0 ] && ok || bad "analyze --events jsonl exits 0: $(cat "$T/err")"
python3 - "$T/err" "$T/out" <<'PY' && ok || bad "jsonl stderr: $(cat "$T/err")"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert lines, "no events"
evs = [json.loads(l) for l in lines]          # every line is one JSON object
for e in evs:
    assert list(e)[:4] == ["type", "run", "agent", "step"], e
prog = [e for e in evs if e["type"] == "progress"]
assert len(prog) >= 3, prog
for e in prog:
    assert isinstance(e["stage"], str) and e["stage"], e
    assert isinstance(e["done"], int) and isinstance(e["total"], int), e
    assert 0 <= e["done"] and (e["total"] <= 0 or e["done"] <= e["total"]), e
stages = {e["stage"] for e in prog}
assert "saving" in stages, stages
assert any(s.startswith("reading") for s in stages), stages
assert evs[-1]["type"] == "done" and evs[-1]["code"] is None and evs[-1]["message"] is None, evs[-1]
assert sum(e["type"] == "done" for e in evs) == 1
res = json.load(open(sys.argv[2]))              # stdout is still the result
assert res["tables"] == 2, res
PY

# --- jsonl on failure: the error is the done line, stderr stays JSON
"$BIN" analyze "$T/nope.db" --workspace "$T/ws" --events jsonl >"$T/out" 2>"$T/err" </dev/null
[ $? -eq 1 ] && ok || bad "a failing analyze exits 1"
python3 - "$T/err" <<'PY' && ok || bad "jsonl failure: $(cat "$T/err")"
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8").read().splitlines()]
assert evs[-1]["type"] == "done" and evs[-1]["code"] == "notfound", evs
assert "nope.db" in evs[-1]["message"], evs[-1]
PY

# --- text (the default) and none: nothing on stderr off a terminal
for mode in "" "--events text" "--events none"; do
	# shellcheck disable=SC2086
	"$BIN" analyze "$T/shop.db" --workspace "$T/ws2" $mode >"$T/out" 2>"$T/err" </dev/null
	[ $? -eq 0 ] && [ ! -s "$T/err" ] && grep -q "2 tables" "$T/out" && ok ||
		bad "analyze $mode: stderr '$(cat "$T/err")', stdout '$(cat "$T/out")'"
done
"$BIN" analyze "$T/nope.db" --workspace "$T/ws2" --events none >"$T/out" 2>"$T/err" </dev/null
[ $? -eq 1 ] && grep -q "^sextant: .*nope.db" "$T/err" && ok || bad "errors still show with none"

# --- a bad mode
"$BIN" tables --workspace "$T/ws" --events xml >"$T/out" 2>"$T/err" </dev/null
[ $? -eq 2 ] && grep -q -- "--events" "$T/err" && ok || bad "--events xml is a usage error: $(cat "$T/err")"

echo "$((n - fails))/$n checks passed"
[ "$fails" -eq 0 ]
