#!/bin/sh
# consensus_model_test.sh SEXTANT DEMO_SQLITE FIXTURE - `generate
# --consensus 3` in model mode against the OpenAI-protocol fixture server
# (scripted replies; the only stand-in the project allows), on the demo:
#   1. the SQL Expert is asked three times at [agents] consensus_temperature
#      (each request carries it, none is answered from a cache): sample 1
#      names a column that does not exist, samples 2 and 3 are written
#      differently but give the same rows. QA's checks find sample 1's
#      error, its preview fails, 2 and 3 agree: two thirds, sample 2 wins,
#      and its SELECT is the run's (no fourth request); the vote is in
#      --json, the events, run_votes and `run show`;
#   2. three garbage answers: no usable sample, a model.consensus-fallback
#      finding, and the built-in readings vote instead;
#   3. the Planner in model mode: the readings that vote (and the time
#      question's options) are planned again from the model's reading.
set -u
BIN=$1
DEMO=$2
FIX=$3
NAME=consm
. "$(dirname "$0")/fixture_lib.sh"

"$BIN" analyze "$DEMO" >/dev/null 2>"$T/an.err" </dev/null || { echo "analyze failed: $(cat "$T/an.err")"; exit 1; }
mkdir -p "$T/cfg/sextant"
# only the SQL Expert asks the model; the cache would answer samples alike
printf '[agents]\nbuiltin_agents = planner, schema_analyst, python_coder, reflector\nconsensus_temperature = 0.7\n[llm]\nsemantic_cache = on\n' \
	>"$T/cfg/sextant/config.ini"

# --- 1. one wrong column, two agreeing
python3 - "$T/s1.json" <<'PY'
import json, sys
fence = lambda q: {"text": "Here it is.\n```sql\n" + q + "\n```\n", "chunk_chars": 9}
json.dump({"chat": [
    fence("SELECT date(h.created_at) AS day,\n       SUM(i.line_totl) AS revenue\nFROM order_items AS i\n"
          "JOIN t_ord_hdr AS h ON h.ord_id = i.ord_id\nGROUP BY 1"),
    fence("SELECT date(h.created_at) AS day,\n       SUM(i.line_total) AS revenue\nFROM order_items AS i\n"
          "JOIN t_ord_hdr AS h ON h.ord_id = i.ord_id\nGROUP BY 1"),
    fence("SELECT date(t_ord_hdr.created_at) AS order_day, sum(order_items.line_total) AS total\n"
          "FROM t_ord_hdr JOIN order_items ON order_items.ord_id = t_ord_hdr.ord_id\n"
          "GROUP BY date(t_ord_hdr.created_at)"),
    {"text": "a fourth request was not expected", "chunk_chars": 50}]}, open(sys.argv[1], "w"))
PY
start_fixture "$T/s1.json" "$T/r1.jsonl"
"$BIN" generate "daily revenue of sales" --consensus 3 --provider openai \
	--base-url "http://127.0.0.1:$PORT/v1" --model fixture-model --out "$T/o1" \
	--json --events jsonl >"$T/g1.json" 2>"$T/g1.err" </dev/null
rc=$?
stop_fixture
[ $rc -eq 0 ] && ok || bad "generate: exit $rc $(grep -v '"token"' "$T/g1.err" | head -c 2000)"
python3 - "$T/g1.json" "$T/r1.jsonl" "$T/g1.err" "$DEMO" "$T/o1/select.sql" <<'PY' && ok || bad "model consensus: $(head -c 3000 "$T/g1.json")"
import json, sqlite3, sys
r = json.load(open(sys.argv[1]))
reqs = [json.loads(l) for l in open(sys.argv[2])]
chats = [q["body"] for q in reqs if q["path"].endswith("/chat/completions")]
# three samples of the SQL Expert, each at the configured temperature, the
# same task each time; nothing embedded (samples skip the semantic cache)
assert len(chats) == 3, len(chats)
assert all("SQL Expert" in b["messages"][0]["content"] for b in chats)
assert [b.get("temperature") for b in chats] == [0.7, 0.7, 0.7], [b.get("temperature") for b in chats]
assert chats[0]["messages"][1] == chats[1]["messages"][1] == chats[2]["messages"][1]
assert not [q for q in reqs if q["path"].endswith("/embeddings")]
c = r["consensus"]
assert c["source"] == "model" and c["temperature"] == 0.7 and c["k"] == 3, c
assert c["candidates_found"] == 3 and c["need"] == 2 and c["rule"] == "two-thirds", c
assert c["winner"] == 2 and c["winner_reading"] == "sample 2 of the model", c
cs = c["candidates"]
assert [x["reading"] for x in cs] == ["sample %d of the model" % i for i in (1, 2, 3)], cs
assert [x["votes"] for x in cs] == [1, 2, 2], cs
assert cs[0]["errors"] >= 1 and cs[0]["preview"]["status"] != "ok", cs[0]
assert cs[0]["score"] < cs[1]["score"], cs
assert cs[1]["preview"]["status"] == "ok" and cs[2]["preview"]["status"] == "ok", cs
assert cs[1]["agrees_with"] == [3] and cs[2]["agrees_with"] == [2] and cs[0]["agrees_with"] == [], cs
assert "line_totl" in cs[0]["select_sql"] and "order_day" in cs[2]["select_sql"], cs
# the winner's SELECT is the run's, as the model wrote it
sel = [a for a in r["artifacts"] if a["kind"] == "select_sql"][0]["content"]
assert sel.strip() == cs[1]["select_sql"].strip(), sel
assert open(sys.argv[5]).read().strip() == sel.strip()
assert r["status"] == "done" and r["score"] >= 8.5, (r["status"], r["score"])
# the samples' agreement, checked against the rows themselves
db = sqlite3.connect("file:%s?mode=ro" % sys.argv[4], uri=True)
rows = lambda q: sorted(tuple(round(float(v), 4) if isinstance(v, float) else v for v in row)
                        for row in db.execute("SELECT * FROM (%s) LIMIT 100" % q))
assert rows(cs[1]["select_sql"]) == rows(cs[2]["select_sql"]) and len(rows(cs[1]["select_sql"])) == cs[1]["preview"]["rows"]
ev = [json.loads(l) for l in open(sys.argv[3])]
logs = [e["message"] for e in ev if e["type"] == "log" and e.get("agent") == "sql_expert"]
assert any("consensus: candidate 2 (sample 2 of the model) wins with 2 of 3 votes" in m for m in logs), logs
assert sum(1 for e in ev if e["type"] == "tool" and e.get("name") == "run_preview" and e.get("step") == "consensus") == 3
text = "".join(e.get("text", "") for e in ev if e["type"] == "token" and e["agent"] == "sql_expert")
assert "the consensus winner's SELECT replaces the built-in one" in text, text[-2000:]
PY
RUN=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['run_id'])" "$T/g1.json" 2>/dev/null)
python3 - "$T/ws/workspace.db" "$RUN" <<'PY' && ok || bad "run_votes"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT n, reading, votes, winner, rule, need, k FROM run_votes WHERE run_id = ? ORDER BY n",
                  (sys.argv[2],)).fetchall()
assert rows == [(1, "sample 1 of the model", 1, 0, "two-thirds", 2, 3),
                (2, "sample 2 of the model", 2, 1, "two-thirds", 2, 3),
                (3, "sample 3 of the model", 2, 0, "two-thirds", 2, 3)], rows
PY
"$BIN" run show "$RUN" >"$T/show.txt" 2>&1 </dev/null
grep -q "consensus of 3: two-thirds, candidate 2 wins" "$T/show.txt" \
	&& grep -q "\* 2 sample 2 of the model: score [0-9.]*, 2 vote(s), preview ok" "$T/show.txt" \
	&& ok || bad "run show: $(cat "$T/show.txt")"
"$BIN" run show "$RUN" --json >"$T/show.json" 2>/dev/null </dev/null
python3 -c "import json,sys; c=json.load(open(sys.argv[1]))['consensus']; assert c['source']=='model' and c['winner']==2, c" \
	"$T/show.json" && ok || bad "run show --json: $(head -c 1500 "$T/show.json")"

# --- 2. no usable sample: the built-in readings vote
printf '{"chat": [{"text": "I would rather not write SQL today.", "chunk_chars": 8}]}' >"$T/s2.json"
start_fixture "$T/s2.json" "$T/r2.jsonl"
"$BIN" generate "daily revenue of sales" --consensus 3 --provider openai \
	--base-url "http://127.0.0.1:$PORT/v1" --model fixture-model --json --events none \
	>"$T/g2.json" 2>"$T/g2.err" </dev/null
stop_fixture
python3 - "$T/g2.json" "$T/r2.jsonl" <<'PY' && ok || bad "fallback: $(head -c 3000 "$T/g2.json") $(head -c 1000 "$T/g2.err")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["status"] == "done", r["status"]
chats = [l for l in open(sys.argv[2]) if "/chat/completions" in l]
# three samples, then the sql step asks once more (still garbage)
assert len(chats) == 4, len(chats)
c = r["consensus"]
assert c["source"] == "readings" and c["candidates"][0]["reading"] == "the planner's reading", c
rules = [f["rule"] for f in r["findings"]]
assert "model.consensus-fallback" in rules and "model.unusable-answer" in rules, rules
msg = [f["message"] for f in r["findings"] if f["rule"] == "model.consensus-fallback"][0]
assert "0 of 3 samples held a usable SELECT" in msg, msg
sel = [a for a in r["artifacts"] if a["kind"] == "select_sql"][0]["content"]
assert "SELECT" in sel and "rather not" not in sel
PY
# --- 3. the Planner in model mode, the SQL Expert built in: the readings
# that vote are planned again from the model's reading (its max of
# payments.amount), not from the built-in reading of the intent
printf '[agents]\nbuiltin_agents = schema_analyst, python_coder, reflector, sql_expert\n' >"$T/cfg/sextant/config.ini"
printf '%s' '{"chat": [{"text": "```json\n{\"measures\": [\"max:payments.amount\"], \"dimensions\": [], \"filters\": []}\n```", "chunk_chars": 10}]}' >"$T/s3.json"
start_fixture "$T/s3.json" "$T/r3.jsonl"
"$BIN" generate "monthly payments amount" --consensus 3 --provider openai \
	--base-url "http://127.0.0.1:$PORT/v1" --model fixture-model --json --events none \
	>"$T/g3.json" 2>"$T/g3.err" </dev/null
stop_fixture
python3 - "$T/g3.json" <<'PY' && ok || bad "readings from the model's plan: $(head -c 3000 "$T/g3.json") $(head -c 1000 "$T/g3.err")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["plan"]["spec"]["measures"][0]["agg"] == "max", r["plan"]["spec"]["measures"]
c = r["consensus"]
assert c["source"] == "readings" and c["candidates_found"] >= 2, c
assert any(x["reading"].startswith("time column payments.") for x in c["candidates"]), c
for x in c["candidates"]:
    assert "MAX(" in x["select_sql"].upper() and "SUM(" not in x["select_sql"].upper(), x
a = r["ambiguities"]
assert a[0]["kind"] == "time" and a[0]["how"] == "default", a
PY
grep -a -q "sk-fixture-secret-4242" "$T/ws/workspace.db" && bad "the API key is in the workspace" || ok
finish
