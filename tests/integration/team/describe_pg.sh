#!/bin/sh
# describe_pg.sh SEXTANT PG_ENV DEMO FIXTURE - `analyze --describe-with-model`
# on a shared (PostgreSQL) workspace publishes the model's descriptions and
# the search vectors built from them in one transaction (the model is asked
# before it): a second client that searches in a loop while the analysis
# runs (the model's later answers held back 2 s each by the OpenAI fixture
# server) never sees descriptions whose vectors are not stored, so it never
# embeds for itself; afterwards it finds a table by a word only the
# model's description has, from the shared vectors.
set -u
BIN=$1
PG_URL=$(sed -n 's/^SX_PG_ADMIN_URI=//p' "$2")/postgres
DEMO=$3
FIX=$4
NAME=descpg
. "$(dirname "$0")/../agents/fixture_lib.sh"
export SEXTANT_WORKSPACE="$PG_URL" SEXTANT_WORKSPACE_SCHEMA=descpg_$$
cp "$DEMO" "$T/demo.sqlite"
DB="$T/demo.sqlite"

# every table described, cst_mstr with a word nothing else has; the
# first answer comes at once, the others after 2 s
python3 - "$DB" "$T/s.json" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
names = [r[0] for r in db.execute(
    "SELECT name FROM sqlite_master WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%'")]
tabs = [{"table": "main." + t, "description": "Rows of %s as the business keeps them" % t}
        for t in names]
for e in tabs:
    if e["table"] == "main.cst_mstr":
        e["description"] = "Customer master: one row per quetzalcoatl club member"
good = "```json\n" + json.dumps({"tables": tabs}) + "\n```\n"
script = {"routes": [{"match": "Schema Analyst",
                      "chat": [{"text": good, "chunk_chars": 4000},
                               {"text": good, "chunk_chars": 4000, "delay_ms": 2000}]}],
          "chat": [{"text": "no route", "chunk_chars": 9}]}
json.dump(script, open(sys.argv[2], "w"))
PY
start_fixture "$T/s.json" "$T/rec.jsonl"
mkdir -p "$T/cfg/sextant"
printf '[llm]\nbase_url = http://127.0.0.1:%s/v1\nmodel = describer-model\n[agents]\ndescribe_batch = 20\n' \
	"$PORT" >"$T/cfg/sextant/config.ini"

# the first analysis, without the model; the reader's cache is built
"$BIN" analyze "$DB" >/dev/null 2>"$T/a0.err" </dev/null && ok || bad "analyze: $(cat "$T/a0.err")"
XDG_DATA_HOME=$T/reader "$BIN" search quetzalcoatl --json >/dev/null 2>&1 </dev/null && ok ||
	bad "first search"

# the analysis with the model, and a reader meanwhile
"$BIN" analyze "$DB" --describe-with-model --json >"$T/a1.json" 2>"$T/a1.err" </dev/null &
W=$!
i=0
while kill -0 $W 2>/dev/null; do
	i=$((i + 1))
	XDG_DATA_HOME=$T/reader SEXTANT_LOG=$T/r$i.log "$BIN" search quetzalcoatl --json \
		>"$T/r$i.json" 2>/dev/null </dev/null || { bad "search $i failed"; break; }
	grep -q '0 database(s) embedded here' "$T/r$i.log" ||
		{ bad "search $i embedded for itself: $(grep 'embedded here' "$T/r$i.log")"; break; }
done
wait $W
rc=$?
[ $rc -eq 0 ] && ok || bad "analyze --describe-with-model: exit $rc $(cat "$T/a1.err")"
echo "reader: $i searches during the analysis"
[ $i -ge 2 ] && ok || bad "the reader searched only $i time(s) during the analysis"
python3 - "$T/a1.json" "$T/rec.jsonl" <<'PY' && ok || bad "the analysis: $(head -c 1500 "$T/a1.json")"
import json, sys
r = json.load(open(sys.argv[1]))
md = r["databases"][0]["model_descriptions"]
chats = [l for l in open(sys.argv[2]) if "/chat/completions" in l]
assert md["described"] == md["tables"] and md["requests"] == len(chats) >= 2, md
# the vectors were stored in the analysis' transaction, with the descriptions
assert r["search_index"]["in_transaction"] is True, r["search_index"]
PY

# afterwards the reader finds cst_mstr by the model's word, from the
# shared vectors, embedding nothing
XDG_DATA_HOME=$T/reader SEXTANT_LOG=$T/after.log "$BIN" search quetzalcoatl --json \
	>"$T/after.json" 2>/dev/null </dev/null
grep -q '0 database(s) embedded here' "$T/after.log" && ok ||
	bad "after: $(grep 'embedded here' "$T/after.log")"
python3 - "$T/after.json" <<'PY' && ok || bad "after: $(head -c 800 "$T/after.json")"
import json, sys
r = json.load(open(sys.argv[1]))
hits = r.get("results", r.get("hits", []))
assert hits and hits[0].get("name") == "cst_mstr", hits[:3]
PY
finish
