#!/bin/sh
# model_test.sh SEXTANT DEMO_SQLITE FIXTURE - model mode of the agent engine
# against the OpenAI-protocol fixture server (scripted replies over the real
# protocol; the only stand-in the project allows), on the demo warehouse:
#   1. the Planner calls search_tables and find_path, then answers its
#      reading as JSON, which the built-in planner resolves on the map;
#      the SQL Expert calls list_columns (a streamed tool call, arguments
#      split mid-token), then answers with a SELECT naming a column that
#      does not exist; QA finds it (SQLite prepares it against the file);
#      the Reflector gets the
#      findings in its prompt and answers a fixed query: the score rises,
#      the iteration's diff shows the fix, and the final SELECT's result
#      equals a reference query written by hand;
#   2. a 429 then garbage: the client retries, the answer is unusable, a
#      "model" finding is recorded and the built-in SELECT is kept;
#   3. Ctrl-C while the model streams: exit 1 at once, run kept cancelled;
# and in both, no API key and no personal-data value in any request body
# or in the workspace.
set -u
BIN=$1
DEMO=$2
FIX=$3
NAME=model
. "$(dirname "$0")/fixture_lib.sh"

"$BIN" analyze "$DEMO" >/dev/null 2>"$T/an.err" </dev/null || { echo "analyze failed: $(cat "$T/an.err")"; exit 1; }
# these conversations are the Planner's, the SQL Expert's and the
# Reflector's, in order; model_agents_test.sh scripts the other two
mkdir -p "$T/cfg/sextant"
printf '[agents]\nbuiltin_agents = schema_analyst python_coder\n' >"$T/cfg/sextant/config.ini"


# --- 1. tool call, wrong column, QA finding, model revision
cat >"$T/s1.json" <<'EOF'
{"chat": [
 {"tool_calls": [{"id": "call_p1", "name": "search_tables", "arguments": "{\"query\": \"daily revenue of sales\"}"},
                 {"id": "call_p2", "name": "find_path", "arguments": "{\"from\": \"order_items\", \"to\": \"t_ord_hdr\"}", "split_at": [5]}]},
 {"text": "My reading:\n```json\n{\"measures\": [\"sum:order_items.line_total\"], \"dimensions\": [], \"time_column\": \"t_ord_hdr.created_at\"}\n```", "chunk_chars": 6,
  "reasoning": "revenue is the line totals, dated by the order header"},
 {"tool_calls": [{"id": "call_1", "name": "list_columns",
                  "arguments": "{\"table\": \"order_items\"}", "split_at": [3, 11]}]},
 {"text": "Here is the query.\n```sql\nSELECT date(h.created_at) AS day,\n       SUM(i.line_totl) AS revenue\nFROM order_items AS i\nJOIN t_ord_hdr AS h ON h.ord_id = i.ord_id\nGROUP BY 1\n```\n", "chunk_chars": 7},
 {"text": "```sql\nSELECT date(h.created_at) AS day,\n       SUM(i.line_total) AS revenue\nFROM order_items AS i\nJOIN t_ord_hdr AS h ON h.ord_id = i.ord_id\nGROUP BY 1\n```", "chunk_chars": 5}
]}
EOF
start_fixture "$T/s1.json" "$T/r1.jsonl"
"$BIN" generate "daily revenue of sales into ClickHouse" --provider openai \
	--base-url "http://127.0.0.1:$PORT/v1" --model fixture-model --out "$T/o1" \
	--json --events jsonl >"$T/g1.json" 2>"$T/g1.err" </dev/null
stop_fixture
python3 - "$T/g1.json" "$T/r1.jsonl" "$T/g1.err" <<'PY' && ok || bad "model run: $(head -c 1500 "$T/g1.json") $(grep -v '"token"' "$T/g1.err" | head -c 1500)"
import json, sys
r = json.load(open(sys.argv[1]))
reqs = [json.loads(l) for l in open(sys.argv[2])]
chats = [q for q in reqs if q["path"].endswith("/chat/completions")]
assert r["status"] == "done", r
assert len(chats) == 5, len(chats)
p0, p1, b0, b1, b2 = (c["body"] if isinstance(c["body"], dict) else json.loads(c["body"]) for c in chats)
# the planner: its prompt, two tool calls answered, then its reading
assert "Planner" in p0["messages"][0]["content"]
tool_msgs = [m for m in p1["messages"] if m["role"] == "tool"]
assert [m["tool_call_id"] for m in tool_msgs] == ["call_p1", "call_p2"], tool_msgs
assert "order_items" in tool_msgs[0]["content"] and "JOIN" in tool_msgs[1]["content"]
assert r["plan"]["spec"]["measures"][0]["table"] == "order_items"
# the tools went out as functions; the system prompt is the SQL Expert's
names = {t["function"]["name"] for t in b0["tools"]}
assert {"list_columns", "find_path", "validate_sql", "run_preview"} <= names, names
assert "SQL Expert" in b0["messages"][0]["content"]
# the second request carries the assistant's call and the tool's result
roles = [m["role"] for m in b1["messages"]]
assert roles[-2:] == ["assistant", "tool"], roles
assert b1["messages"][-2]["tool_calls"][0]["function"]["name"] == "list_columns"
assert "line_total" in b1["messages"][-1]["content"]
# the reflector got QA's finding
refl = b2["messages"][-1]["content"]
assert ("sql.unknown-column" in refl or "sqlite.prepare" in refl) and "line_totl" in refl, refl
its = r["iterations"]
assert len(its) >= 2, its
assert its[1]["score"] > its[0]["score"], its
assert "model.revision" in its[1].get("fixes", []), its[1]
d = [x["diff"] for x in its[1]["diff"] if x["artifact"] == "select_sql"]
assert d and "-       SUM(i.line_totl)" in d[0] and "+       SUM(i.line_total)" in d[0], d
sel = [a for a in r["artifacts"] if a["kind"] == "select_sql"][0]["content"]
assert "line_total" in sel and "line_totl" not in sel
ev = [json.loads(l) for l in open(sys.argv[3])]
assert any(e["type"] == "tool" and e.get("name") == "list_columns" and e["agent"] == "sql_expert" for e in ev)
assert sum(1 for e in ev if e["type"] == "token" and e["agent"] == "sql_expert") >= 10
PY

# the history kept what the model said, per step: the planner's reasoning
# and answer, the SQL Expert's answers, each whole (coalesced, not per token)
RUN1=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["run_id"])' "$T/g1.json")
"$BIN" run show "$RUN1" --json >"$T/show1.json" 2>/dev/null </dev/null
python3 - "$T/show1.json" <<'PY' && ok || bad "stored thoughts: $(head -c 1500 "$T/show1.json")"
import json, sys
th = {(t["step"], t["agent"]): t for t in json.load(open(sys.argv[1]))["thoughts"]}
plan = th[("plan", "planner")]
assert plan["reasoning"] == "revenue is the line totals, dated by the order header", plan
assert "My reading:" in plan["text"] and '"time_column": "t_ord_hdr.created_at"' in plan["text"], plan
sql = th[("sql", "sql_expert")]["text"]
assert "Here is the query." in sql and "SUM(i.line_totl)" in sql, sql
assert all(t["cut"] == 0 for t in th.values())
PY

python3 - "$T/o1/select.sql" "$DEMO" <<'PY' && ok || bad "the revised SELECT's numbers"
import sqlite3, sys
db = sqlite3.connect("file:%s?mode=ro" % sys.argv[2], uri=True)
got = sorted((str(a), round(float(b or 0), 2)) for a, b in db.execute(open(sys.argv[1]).read()))
ref = sorted((str(a), round(float(b or 0), 2)) for a, b in db.execute(
    "SELECT date(h.created_at), SUM(i.line_total) FROM order_items i JOIN t_ord_hdr h"
    " ON h.ord_id = i.ord_id GROUP BY 1"))
assert got == ref and len(got) > 100
PY

# --- 2. 429, then garbage: the built-in engine takes the step over
cat >"$T/s2.json" <<'EOF'
{"chat": [
 {"status": 429, "headers": {"Retry-After": "0"}, "body": {"error": {"message": "slow down", "type": "rate_limit"}}},
 {"text": "I am sorry, I cannot help with databases today.", "chunk_chars": 9}
]}
EOF
start_fixture "$T/s2.json" "$T/r2.jsonl"
"$BIN" generate "monthly revenue per sales channel" --provider openai \
	--base-url "http://127.0.0.1:$PORT/v1" --model fixture-model --json --events none \
	>"$T/g2.json" 2>"$T/g2.err" </dev/null
stop_fixture
python3 - "$T/g2.json" "$T/r2.jsonl" <<'PY' && ok || bad "garbage fallback: $(head -c 1500 "$T/g2.json") $(cat "$T/g2.err")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["status"] == "done", r
chats = [json.loads(l) for l in open(sys.argv[2]) if "/chat/completions" in l]
assert len(chats) >= 2, len(chats)          # the 429 was retried
rules = [f["rule"] for f in r["findings"]]
assert "model.unusable-answer" in rules, rules
sel = [a for a in r["artifacts"] if a["kind"] == "select_sql"][0]["content"]
assert "SELECT" in sel and "sorry" not in sel
PY

# --- 3. Ctrl-C while the model streams: the run is kept as cancelled
cat >"$T/s3.json" <<'EOF2'
{"chat": [{"events": [{"content": "SELECT "}, {"delay_ms": 8000}, {"content": "1"}, {"finish": "stop"}, {"done": true}]}]}
EOF2
start_fixture "$T/s3.json" "$T/r3.jsonl"
"$BIN" generate "number of orders per month" --provider openai \
	--base-url "http://127.0.0.1:$PORT/v1" --model fixture-model --json --events jsonl \
	>"$T/g3.json" 2>"$T/g3.err" </dev/null &
PG=$!
i=0
while ! grep -q '"channel":"answer","text":"SELECT ' "$T/g3.err" 2>/dev/null \
	&& [ $i -lt 800 ] && kill -0 $PG 2>/dev/null; do i=$((i + 1)); sleep 0.01; done
kill -INT $PG 2>/dev/null
t0=$(date +%s)
wait $PG
rc=$?
t1=$(date +%s)
stop_fixture
[ $rc -eq 1 ] && [ $((t1 - t0)) -lt 5 ] && ok || bad "cancel mid-stream: exit $rc after $((t1 - t0)) s"
"$BIN" runs --json >"$T/runs3.json" 2>/dev/null </dev/null
python3 - "$T/runs3.json" <<'PY' && ok || bad "cancelled run: $(cat "$T/runs3.json")"
import json, sys
r = json.load(open(sys.argv[1]))["runs"][0]
assert r["status"] == "cancelled", r
PY

# --- secrets and personal data: never in a request body or the workspace
EMAIL=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT email FROM cst_mstr WHERE email IS NOT NULL LIMIT 1').fetchone()[0])" "$DEMO")
for f in "$T/r1.jsonl" "$T/r2.jsonl" "$T/ws/workspace.db"; do
	if grep -a -q "sk-fixture-secret-4242" "$f" 2>/dev/null && [ "$f" = "$T/ws/workspace.db" ]; then
		bad "the API key is in $f"
	else
		ok
	fi
	grep -a -q -F "$EMAIL" "$f" && bad "a PII value is in $f" || ok
done
python3 - "$T/r1.jsonl" <<'PY' && ok || bad "request bodies carry the key"
import json, sys
for l in open(sys.argv[1]):
    q = json.loads(l)
    body = q["body"] if isinstance(q["body"], str) else json.dumps(q["body"])
    assert "sk-fixture-secret-4242" not in body
PY

finish
