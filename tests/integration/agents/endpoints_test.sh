#!/bin/sh
# endpoints_test.sh SEXTANT DEMO_SQLITE FIXTURE - named model endpoints
# ([llm.NAME]) of the agent engine, against OpenAI-protocol fixture servers
# (scripted replies over the real protocol; the only stand-in the project
# allows), on the demo warehouse:
#   1. per-agent routing: [agents] planner_endpoint = a, sql_expert_endpoint
#      = b; server A records only the Planner's requests (its model, its
#      key from api_key_env), server B only the SQL Expert's;
#   2. fail-over: [agents] endpoints = dead, busy, slow, good; "dead"
#      refuses the connection, "busy" answers 503 after the client's retry,
#      "slow" sends nothing within its first_token_timeout_s, "good"
#      answers: the run uses "good" for every step and records the
#      failures and the answer (--json, events, `run show`, the history).
set -u
BIN=$1
DEMO=$2
FIX=$3
T=$(mktemp -d "${TMPDIR:-/tmp}/sxendp.XXXXXX")
PIDS=
cleanup() { for p in $PIDS; do kill "$p" 2>/dev/null; done; rm -rf "$T"; }
trap cleanup EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
export SEXTANT_WORKSPACE="$T/ws" KEY_A="key-a-0123456789" KEY_B="key-b-9876543210"
unset SEXTANT_CONFIG SEXTANT_LLM_BASE_URL OPENAI_BASE_URL SEXTANT_LLM_MODEL SEXTANT_LLM_PROVIDER \
	SEXTANT_API_KEY OPENAI_API_KEY
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }

"$BIN" analyze "$DEMO" >/dev/null 2>"$T/an.err" </dev/null || { echo "analyze failed: $(cat "$T/an.err")"; exit 1; }

start_fixture() { # NAME SCRIPT -> port in $T/NAME.port, requests in $T/NAME.jsonl
	python3 "$FIX" --script "$2" --port-file "$T/$1.port" --record "$T/$1.jsonl" \
		>/dev/null 2>"$T/$1.err" &
	PIDS="$PIDS $!"
	i=0
	while [ ! -s "$T/$1.port" ] && [ $i -lt 500 ]; do i=$((i + 1)); sleep 0.01; done
}
stop_fixtures() { for p in $PIDS; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; PIDS=; }

READING='{"text": "```json\n{\"measures\": [\"sum:order_items.line_total\"], \"dimensions\": [], \"time_column\": \"t_ord_hdr.created_at\"}\n```", "chunk_chars": 9}'
SQL='{"text": "```sql\nSELECT date(h.created_at) AS day,\n       SUM(i.line_total) AS revenue\nFROM order_items AS i\nJOIN t_ord_hdr AS h ON h.ord_id = i.ord_id\nGROUP BY 1\n```", "chunk_chars": 8}'

# --- 1. per-agent routing
printf "%s\n" "{\"chat\": [$READING]}" >"$T/a.json"
printf "%s\n" "{\"chat\": [$SQL]}" >"$T/b.json"
start_fixture a "$T/a.json"
start_fixture b "$T/b.json"
mkdir -p "$T/cfg/sextant"
cat >"$T/cfg/sextant/config.ini" <<EOF
[llm.a]
base_url = http://127.0.0.1:$(cat "$T/a.port")/v1
model = planner-model
api_key_env = KEY_A
[llm.b]
base_url = http://127.0.0.1:$(cat "$T/b.port")/v1
model = coder-model
api_key_env = KEY_B
[agents]
planner_endpoint = a
sql_expert_endpoint = b
reflector_endpoint = b
EOF
"$BIN" generate "daily revenue of sales into ClickHouse" --json --events jsonl \
	>"$T/g1.json" 2>"$T/g1.err" </dev/null
rc=$?
stop_fixtures
python3 - "$T/g1.json" "$T/a.jsonl" "$T/b.jsonl" "$T/g1.err" <<'PY' && ok || bad "routing (exit $rc): $(head -c 1500 "$T/g1.json") $(grep -v '"token"' "$T/g1.err" | head -c 1500)"
import json, sys
r = json.load(open(sys.argv[1]))
def chats(path):
    out = []
    for l in open(path):
        q = json.loads(l)
        if q["path"].endswith("/chat/completions"):
            out.append(q)
    return out
a, b = chats(sys.argv[2]), chats(sys.argv[3])
assert r["status"] == "done", r
assert len(a) == 1 and len(b) >= 1, (len(a), len(b))
for q in a:
    assert "Planner" in q["body"]["messages"][0]["content"]
    assert q["body"]["model"] == "planner-model", q["body"]["model"]
    assert q["headers"].get("Authorization") == "Bearer key-a-0123456789"
for q in b:
    sysmsg = q["body"]["messages"][0]["content"]
    assert "SQL Expert" in sysmsg or "Reflector" in sysmsg, sysmsg[:80]
    assert "Planner" not in sysmsg
    assert q["body"]["model"] == "coder-model"
    assert q["headers"].get("Authorization") == "Bearer key-b-9876543210"
assert "SQL Expert" in b[0]["body"]["messages"][0]["content"]
# the model's reading and the model's SELECT were used
assert r["plan"]["spec"]["measures"][0]["table"] == "order_items"
sel = [x for x in r["artifacts"] if x["kind"] == "select_sql"][0]["content"]
assert "SUM(i.line_total) AS revenue" in sel, sel
assert r["endpoint_chains"]["planner"] == ["a"], r["endpoint_chains"]
assert r["endpoint_chains"]["sql_expert"] == ["b"], r["endpoint_chains"]
ans = {(e["agent"], e["endpoint"], e["status"], e["model"]) for e in r["endpoints"]}
assert ("planner", "a", "answered", "planner-model") in ans, r["endpoints"]
assert ("sql_expert", "b", "answered", "coder-model") in ans, r["endpoints"]
assert not [e for e in r["endpoints"] if e["status"] != "answered"], r["endpoints"]
PY

# --- 2. fail-over: refused, 503 past the retries, then an answer
echo "{\"chat\": {\"status\": 503, \"body\": {\"error\": {\"message\": \"overloaded\", \"type\": \"server\"}}}}" >"$T/busy.json"
printf "%s\n" "{\"chat\": [$READING, $SQL]}" >"$T/good.json"
start_fixture busy "$T/busy.json"
echo '{"chat": {"delay_ms": 4000, "text": "too late"}}' >"$T/slow.json"
start_fixture slow "$T/slow.json"
start_fixture good "$T/good.json"
# a port nothing listens on: bind one, note it, close it
DEAD=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1]); s.close()")
cat >"$T/cfg/sextant/config.ini" <<EOF
[llm]
retries = 1
retry_base_ms = 1
[llm.dead]
base_url = http://127.0.0.1:$DEAD/v1
model = m-dead
retries = 0
[llm.busy]
base_url = http://127.0.0.1:$(cat "$T/busy.port")/v1
model = m-busy
[llm.slow]
base_url = http://127.0.0.1:$(cat "$T/slow.port")/v1
model = m-slow
retries = 0
first_token_timeout_s = 1
[llm.good]
base_url = http://127.0.0.1:$(cat "$T/good.port")/v1
model = m-good
[agents]
endpoints = dead, busy, slow, good
EOF
"$BIN" generate "daily revenue of sales into ClickHouse" --json --events jsonl \
	>"$T/g2.json" 2>"$T/g2.err" </dev/null
rc=$?
stop_fixtures
RUN=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['run_id'])" "$T/g2.json" 2>/dev/null)
python3 - "$T/g2.json" "$T/busy.jsonl" "$T/good.jsonl" "$T/g2.err" <<'PY' && ok || bad "fail-over (exit $rc): $(head -c 1500 "$T/g2.json") $(grep -v '"token"' "$T/g2.err" | head -c 1500)"
import json, sys
r = json.load(open(sys.argv[1]))
busy = [l for l in open(sys.argv[2]) if "/chat/completions" in l]
good = [json.loads(l) for l in open(sys.argv[3]) if "/chat/completions" in l]
assert r["status"] == "done", r
# busy: each step asked it twice (one retry), then moved on
assert len(busy) >= 2 and len(busy) % 2 == 0, len(busy)
assert len(good) >= 2 and "Planner" in good[0]["body"]["messages"][0]["content"]
assert r["endpoint_chains"]["planner"] == ["dead", "busy", "slow", "good"], r["endpoint_chains"]
eps = r["endpoints"]
plan = [(e["endpoint"], e["status"]) for e in eps if e["agent"] == "planner"]
assert plan == [("dead", "failed"), ("busy", "failed"), ("slow", "failed"), ("good", "answered")], eps
sql = [(e["endpoint"], e["status"]) for e in eps if e["agent"] == "sql_expert"]
assert sql[-1] == ("good", "answered"), eps
dead = [e for e in eps if e["endpoint"] == "dead"][0]
assert dead["error"].startswith("connect"), dead
b = [e for e in eps if e["endpoint"] == "busy"][0]
assert "503" in b["error"] or b["error"].startswith("server"), b
sl = [e for e in eps if e["endpoint"] == "slow"][0]
assert sl["error"].startswith("timeout"), sl
assert not [e for e in eps if e["status"] == "answered" and e["endpoint"] != "good"], eps
assert not [f for f in r["findings"] if f["rule"] == "model.request-failed"], r["findings"]
sel = [x for x in r["artifacts"] if x["kind"] == "select_sql"][0]["content"]
assert "SUM(i.line_total) AS revenue" in sel, sel
ev = [json.loads(l) for l in open(sys.argv[4])]
logs = [e for e in ev if e["type"] == "log" and e.get("agent") == "planner"]
assert any("endpoint dead failed" in e["message"] and "busy takes over" in e["message"] for e in logs), logs
assert any("endpoint good answered" in e["message"] for e in logs), logs
PY

# --- the history: run show (JSON and text) and the table itself
"$BIN" run show "$RUN" --json >"$T/show.json" 2>"$T/show.err" </dev/null
python3 - "$T/show.json" <<'PY' && ok || bad "run show --json: $(head -c 1500 "$T/show.json") $(cat "$T/show.err")"
import json, sys
r = json.load(open(sys.argv[1]))
eps = [(e["agent"], e["endpoint"], e["status"]) for e in r["endpoints"]]
assert ("planner", "dead", "failed") in eps and ("planner", "good", "answered") in eps, eps
assert ("sql_expert", "good", "answered") in eps, eps
assert r["models"]["planner"] == ["dead", "busy", "slow", "good"], r["models"]
PY
"$BIN" run show "$RUN" >"$T/show.txt" 2>&1 </dev/null
grep -q "plan (planner): good answered, model m-good" "$T/show.txt" && grep -q "plan (planner): dead failed: connect" "$T/show.txt" \
	&& ok || bad "run show text: $(cat "$T/show.txt")"
python3 - "$T/ws/workspace.db" "$RUN" <<'PY' && ok || bad "run_endpoints rows"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT agent, endpoint, status FROM run_endpoints WHERE run_id = ? ORDER BY seq",
                  (sys.argv[2],)).fetchall()
assert rows[:4] == [("planner", "dead", "failed"), ("planner", "busy", "failed"),
                    ("planner", "slow", "failed"), ("planner", "good", "answered")], rows
PY
# no key in the workspace or the log
for f in "$T/ws/workspace.db" "$T/sextant.log"; do
	grep -a -q -e "key-a-0123456789" -e "key-b-9876543210" "$f" 2>/dev/null && bad "a key is in $f" || ok
done

# --- a bad name is a usage error that says what to fix
cat >"$T/cfg/sextant/config.ini" <<EOF
[agents]
endpoints = nosuch
EOF
"$BIN" generate "daily revenue of sales" --json >"$T/g3.json" 2>"$T/g3.err" </dev/null
rc=$?
[ $rc -ne 0 ] && grep -q "llm.nosuch" "$T/g3.err" && ok || bad "unknown endpoint: exit $rc $(cat "$T/g3.err")"

echo "$((n - fails)) passed, $fails failed"
[ $fails -eq 0 ]
