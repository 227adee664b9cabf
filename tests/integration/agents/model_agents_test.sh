#!/bin/sh
# model_agents_test.sh SEXTANT DEMO_SQLITE FIXTURE - model mode of the
# Schema Analyst and the Python Coder against the OpenAI-protocol fixture
# server, each agent with its own scripted conversation (the fixture routes
# a request by its system prompt, so agents that ask at the same time each
# get theirs), on the demo warehouse:
#   1. good answers: the Schema Analyst calls find_path, then reports risks,
#      PII treatment and a summary (what names tables or columns outside the
#      plan is dropped); the Python Coder's DAG, transform and tests pass the
#      Python validators (pytest runs its tests) and replace the built-in
#      ones; what each request carried is checked;
#   2. garbage from the analyst and a Python Coder whose tests fail: the
#      built-in analysis and Python stay, with model findings;
#   3. a Python Coder answer without the three blocks: unusable, built-in
#      kept. The run never fails for any of it.
set -u
BIN=$1
DEMO=$2
FIX=$3
NAME=magents
. "$(dirname "$0")/fixture_lib.sh"

"$BIN" analyze "$DEMO" >/dev/null 2>"$T/an.err" </dev/null || { echo "analyze failed: $(cat "$T/an.err")"; exit 1; }

gen() { # OUT ERR: the model-mode run of the same intent
	"$BIN" generate "daily revenue of sales into ClickHouse" --provider openai \
		--base-url "http://127.0.0.1:$PORT/v1" --model fixture-model --json --events jsonl \
		>"$1" 2>"$2" </dev/null
}

# the scripts: the planner and the SQL Expert answer nothing usable (the
# built-in reading and SELECT stay, so the spec and names are the
# built-in ones: the transform module is daily_revenue)
for k in good bad none; do
	python3 "$(dirname "$FIX")/agent_scripts.py" "$k" >"$T/$k.json" || exit 1
done

# --- 1. good answers are used
start_fixture "$T/good.json" "$T/r1.jsonl"
gen "$T/g1.json" "$T/g1.err"
rc=$?
stop_fixture
python3 - "$T/g1.json" "$T/r1.jsonl" "$T/g1.err" <<'PY' && ok || bad "good answers (exit $rc): $(head -c 1500 "$T/g1.json") $(grep -v '"token"' "$T/g1.err" | tail -c 1500)"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["status"] == "done", r["status"]
chats = [json.loads(l) for l in open(sys.argv[2]) if "/chat/completions" in l]
def of(tag):
    return [c["body"] for c in chats if ("prompt: " + tag) in c["body"]["messages"][0]["content"]]
an, py = of("schema_analyst"), of("python_coder")
assert len(an) == 2 and len(py) == 1, (len(an), len(py))
# the analyst's task: the plan and the built-in analysis; its tool call answered
assert an[0]["messages"][1]["content"].startswith("Task: analyse")
assert "tables_used" in an[0]["messages"][1]["content"]
assert {t["function"]["name"] for t in an[0]["tools"]} >= {"find_path", "list_columns"}
tool = [m for m in an[1]["messages"] if m["role"] == "tool"]
assert tool and tool[0]["tool_call_id"] == "call_a1" and "JOIN" in tool[0]["content"], tool
# the coder's task names the files and the module its tests import
task = py[0]["messages"][1]["content"]
assert "import daily_revenue" in task and "0 " in task or "Schedule" in task, task
# the model's analysis, kept after checking it against the plan
m = r["analysis"]["model"]
assert m["summary"].startswith("Revenue sits on order lines"), m
assert [k["table"] for k in m["risks"]] == ["main.t_ord_hdr"] and m["risks"][0]["severity"] == "warning", m
assert m["pii"] == [] and m["dropped"] == 2, m
assert r["analysis"]["joins"], r["analysis"]          # the built-in analysis stays
risk = [f for f in r["findings"] if f["rule"] == "model.risk"]
assert len(risk) == 1 and risk[0]["severity"] == "info" and "cancelled orders" in risk[0]["message"], risk
# the model's Python replaced the built-in one and passed QA (pytest ran)
arts = {a["kind"]: a["content"] for a in r["artifacts"]}
assert arts["airflow_dag"].startswith("# written by the fixture model"), arts["airflow_dag"][:200]
assert "written by the fixture model" in arts["python_transform"]
assert "def test_rounding" in arts["python_tests"]
rules = [f["rule"] for f in r["findings"]]
assert not [x for x in rules if x in ("py.test-failed", "py.tests-unrun", "py.syntax", "model.code-rejected")], rules
assert not [f for f in r["findings"] if f["rule"] == "model.unusable-answer" and f["message"].startswith(("python_coder", "schema_analyst"))], r["findings"]
ev = [json.loads(l) for l in open(sys.argv[3])]
# the model's own call (the built-in one names main.order_items)
assert any(e["type"] == "tool" and e.get("name") == "find_path" and e["agent"] == "schema_analyst"
           and json.loads(e["args"]) == {"from": "order_items", "to": "t_ord_hdr"} for e in ev)
assert any(e["type"] == "token" and e["agent"] == "python_coder" for e in ev)
PY

# the model's tests really run: they pass under pytest against its
# transform (the interpreter the validators use: /usr/bin/python3 first)
PYT=python3
/usr/bin/python3 -c "import pytest" 2>/dev/null && PYT=/usr/bin/python3
"$PYT" - "$T/g1.json" "$T/py1" <<'PY' && ok || bad "the model's tests under pytest"
import json, os, subprocess, sys
r = json.load(open(sys.argv[1]))
d = sys.argv[2]
os.makedirs(d)
arts = {a["kind"]: a["content"] for a in r["artifacts"]}
open(os.path.join(d, "daily_revenue.py"), "w").write(arts["python_transform"])
open(os.path.join(d, "test_daily_revenue.py"), "w").write(arts["python_tests"])
p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", d], capture_output=True, text=True)
assert p.returncode == 0 and "3 passed" in p.stdout, p.stdout + p.stderr
PY

# --- 2. garbage analysis, failing tests: the built-in engines keep both
start_fixture "$T/bad.json" "$T/r2.jsonl"
gen "$T/g2.json" "$T/g2.err"
rc=$?
stop_fixture
python3 - "$T/g2.json" <<'PY' && ok || bad "fallback (exit $rc): $(head -c 1500 "$T/g2.json") $(grep -v '"token"' "$T/g2.err" | tail -c 1000)"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["status"] == "done", r["status"]
f = {(x["rule"], x["message"].split(":")[0]): x for x in r["findings"]}
assert ("model.unusable-answer", "schema_analyst") in f, list(f)
rej = f.get(("model.code-rejected", "python_coder"))
assert rej and "py.test-failed" in rej["message"] and rej["artifact"] == "airflow_dag", rej
assert "model" not in r["analysis"] and r["analysis"]["joins"], r["analysis"]
arts = {a["kind"]: a["content"] for a in r["artifacts"]}
assert "fixture model" not in arts["airflow_dag"] + arts["python_transform"] + arts["python_tests"]
rules = [x["rule"] for x in r["findings"]]
assert "py.test-failed" not in rules, rules     # QA judged the built-in tests
assert r["score"] >= 8.5, r["score"]
PY

# --- 3. no code blocks, risks not a list: unusable, built-in kept
start_fixture "$T/none.json" "$T/r3.jsonl"
gen "$T/g3.json" "$T/g3.err"
rc=$?
stop_fixture
python3 - "$T/g3.json" <<'PY' && ok || bad "unusable (exit $rc): $(head -c 1500 "$T/g3.json")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["status"] == "done", r["status"]
msgs = [x["message"] for x in r["findings"] if x["rule"] == "model.unusable-answer"]
assert any(m.startswith("python_coder") and "0 of the three" in m for m in msgs), msgs
assert any(m.startswith("schema_analyst") for m in msgs), msgs
arts = {a["kind"]: a["content"] for a in r["artifacts"]}
assert "def test_" in arts["python_tests"] and "import" in arts["airflow_dag"]
PY

# no key and no PII value in any request body
EMAIL=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT email FROM cst_mstr WHERE email IS NOT NULL LIMIT 1').fetchone()[0])" "$DEMO")
for f in "$T/r1.jsonl" "$T/r2.jsonl" "$T/r3.jsonl"; do
	grep -a -q -F "$EMAIL" "$f" && bad "a PII value is in $f" || ok
	python3 -c "
import json, sys
for l in open(sys.argv[1]):
    assert 'sk-fixture-secret-4242' not in json.dumps(json.loads(l)['body'])" "$f" && ok || bad "the key in a body of $f"
done

finish
