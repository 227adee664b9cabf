#!/bin/sh
# concurrency.sh SEXTANT - two processes analysing and one searching the
# same workspace at once, 20 rounds.
#
# What the user sees: every command succeeds, or fails with a clear
# "busy" message (exit 1) and nothing else; afterwards the workspace
# passes integrity_check, holds both sources whole, and keeps the user's
# decision.
. "$(dirname "$0")/lib.sh"

$PY - "$T" <<'PYEOF'
import sqlite3, sys
w = sqlite3.connect(sys.argv[1] + "/wide2.db")
for i in range(200):
    w.execute("CREATE TABLE v%03d(id INTEGER PRIMARY KEY, order_id INTEGER, title TEXT, price REAL)" % i)
w.commit()
PYEOF
W="$T/ws"
prepare "$W" || finish
busy=0
for round in $(seq 1 20); do
	"$BIN" analyze "$T/wide.db" --workspace "$W" >"$T/o1" 2>"$T/e1" </dev/null &
	p1=$!
	"$BIN" analyze "$T/wide2.db" --workspace "$W" >"$T/o2" 2>"$T/e2" </dev/null &
	p2=$!
	"$BIN" search customers --workspace "$W" >"$T/o3" 2>"$T/e3" </dev/null &
	p3=$!
	i=1
	for p in $p1 $p2 $p3; do
		wait "$p"
		rc=$?
		if [ "$rc" -eq 0 ]; then
			ok
		elif [ "$rc" -eq 1 ] && grep -q -i "busy" "$T/e$i" && [ "$(wc -l <"$T/e$i")" -eq 1 ]; then
			ok
			busy=$((busy + 1))
		else
			bad "round $round, process $i: exit $rc: $(head -c 400 "$T/e$i")"
		fi
		i=$((i + 1))
	done
done
echo "20 rounds, $busy 'busy' answers"
msg=$(intact "$W") && ok || bad "after 20 rounds: $msg"
"$BIN" sources --workspace "$W" --json >"$T/out" 2>"$T/err"
$PY -c 'import json,sys
j=json.load(open(sys.argv[1])); s=json.dumps(j).replace(",","")
names=sorted(x["name"] for x in j["sources"])
assert names==["shop","wide","wide2"], names' "$T/out" && ok || bad "the sources after 20 rounds: $(head -c 400 "$T/out")"
"$BIN" tables --workspace "$W" --json >"$T/out" 2>"$T/err"
$PY -c 'import json,sys
s=open(sys.argv[1]).read()
assert s.count("w299")>=1 and s.count("v199")>=1, "a source is not whole"' "$T/out" && ok || bad "the tables after 20 rounds"
finish
