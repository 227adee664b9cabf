#!/bin/sh
# describe_test.sh SEXTANT DEMO_SQLITE FIXTURE - descriptions with a model
# (`analyze --describe-with-model`, `describe --with-model`) against the
# OpenAI-protocol fixture server, on a copy of the demo warehouse:
#   1. the tables go in batches ([agents] describe_batch), each request
#      with the Schema Analyst's prompt; sampled values of ordinary columns
#      go out, personal-data columns say "masked" and no PII value and no
#      API key is in any request body;
#   2. a garbage answer for one batch: findings, the deterministic
#      descriptions kept, nothing stored for those tables;
#   3. the next analyze asks only for the tables still undescribed, the
#      one after sends no request at all (the fingerprint cache);
#   4. a table changed (a column added): `describe --with-model` asks for
#      that table alone; `describe` shows both descriptions, the model's
#      marked; the JSON carries the column descriptions;
#   5. search finds a table by a word that only its model description has,
#      also right after `describe TABLE --with-model` (the vectors are
#      stored with the description, not at the next analyze).
set -u
BIN=$1
DEMO=$2
FIX=$3
NAME=desc
. "$(dirname "$0")/fixture_lib.sh"

cp "$DEMO" "$T/demo.sqlite"
DB="$T/demo.sqlite"

# the good answer describes every table and view of the demo; cst_mstr's
# line has a word no name, comment or deterministic description has
python3 - "$DB" "$T/good.txt" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
names = [r[0] for r in db.execute(
    "SELECT name FROM sqlite_master WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%'")]
tabs = []
for t in names:
    e = {"table": "main." + t, "description": "Rows of %s as the business keeps them" % t}
    if t == "cst_mstr":
        e["description"] = "Customer master:\none row per quetzalcoatl club member\x07"
        e["columns"] = {"email": "where the newsletters go", "no_such_column": "dropped"}
    if t == "carriers":
        e["description"] = "Parcel firms, the wombat express line among them"
    tabs.append(e)
open(sys.argv[2], "w").write("Sure, here they are.\n```json\n" + json.dumps({"tables": tabs}) + "\n```\n")
PY
GOOD=$(python3 -c "import json,sys; print(json.dumps(open(sys.argv[1]).read()))" "$T/good.txt")
cat >"$T/s.json" <<EOF
{"routes": [{"match": "Schema Analyst",
  "chat": [{"text": $GOOD, "chunk_chars": 400},
           {"text": "I cannot describe tables, sorry.", "chunk_chars": 9},
           {"text": $GOOD, "chunk_chars": 400}]}],
 "chat": [{"text": "no route", "chunk_chars": 9}]}
EOF
start_fixture "$T/s.json" "$T/rec.jsonl"
mkdir -p "$T/cfg/sextant"
cat >"$T/cfg/sextant/config.ini" <<EOF
[llm]
base_url = http://127.0.0.1:$PORT/v1
model = describer-model
[agents]
describe_batch = 20
EOF
nreq() { grep -c '/chat/completions' "$T/rec.jsonl" 2>/dev/null || echo 0; }

# --- 0. without a model configured: a usage error before any work
env XDG_CONFIG_HOME="$T/nocfg" "$BIN" analyze "$DB" --describe-with-model --workspace "$T/ws0" \
	>/dev/null 2>"$T/e0.err" </dev/null
rc=$?
[ $rc -eq 2 ] && grep -q "needs a model" "$T/e0.err" && ok || bad "no model: exit $rc $(cat "$T/e0.err")"

# a term only the model will write: not found before
"$BIN" analyze "$DB" >/dev/null 2>"$T/a0.err" </dev/null || bad "plain analyze: $(cat "$T/a0.err")"
"$BIN" search quetzalcoatl --json >"$T/q0.json" 2>/dev/null </dev/null
python3 - "$T/q0.json" <<'PY' && ok || bad "search before: $(head -c 600 "$T/q0.json")"
import json, sys
r = json.load(open(sys.argv[1]))
hits = r.get("results", r.get("hits", []))
assert not any(h.get("name") == "cst_mstr" for h in hits), hits
PY

# --- 1 and 2. batches, masking, one garbage answer
"$BIN" analyze "$DB" --describe-with-model --json >"$T/a1.json" 2>"$T/a1.err" </dev/null
rc=$?
python3 - "$T/a1.json" "$T/rec.jsonl" "$DB" <<'PY' && ok || bad "first describe (exit $rc): $(head -c 1500 "$T/a1.json") $(cat "$T/a1.err")"
import json, math, sqlite3, sys
r = json.load(open(sys.argv[1]))
md = r["databases"][0]["model_descriptions"]
chats = [json.loads(l) for l in open(sys.argv[2]) if "/chat/completions" in l]
n = md["tables"]
assert n >= 40 and md["cached"] == 0 and md["asked"] == n, md
assert md["batch"] == 20 and md["requests"] == math.ceil(n / 20) == len(chats), (md, len(chats))
# the second batch got garbage: its tables are findings, not described
second = json.loads(chats[1]["body"]["messages"][1]["content"].split("Tables (JSON):\n", 1)[1])
assert md["described"] == n - len(second), md
rules = [f["rule"] for f in md["findings"]]
assert rules.count("model.unusable-answer") == 1, md["findings"]
assert "model.unknown-column" in rules, md["findings"]
assert md["model"] == "describer-model", md
for c in chats:
    b = c["body"]
    assert "Schema Analyst" in b["messages"][0]["content"] and "prompt: schema_analyst" in b["messages"][0]["content"]
    assert b["messages"][1]["content"].startswith("Task: describe")
# what a table looks like in a request: samples of ordinary columns,
# personal-data columns masked
tabs = [t for c in chats for t in json.loads(c["body"]["messages"][1]["content"].split("Tables (JSON):\n", 1)[1])]
assert len(tabs) == n and len({t["table"] for t in tabs}) == n
cst = [t for t in tabs if t["table"] == "main.cst_mstr"][0]
cols = {c["name"]: c for c in cst["columns"]}
assert cols["email"]["pii"] == "email" and cols["email"]["samples"].startswith("masked"), cols["email"]
assert any(isinstance(c.get("samples"), list) and c["samples"] for c in cst["columns"]), cst
PY
EMAIL=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT email FROM cst_mstr WHERE email IS NOT NULL LIMIT 1').fetchone()[0])" "$DB")
python3 - "$T/rec.jsonl" "$DB" <<'PY' && ok || bad "a PII value or the key in a request body"
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
pii = set()
for col in ("email", "phone", "first_name", "last_name"):
    try:
        pii |= {str(v[0]) for v in db.execute("SELECT %s FROM cst_mstr WHERE %s IS NOT NULL" % (col, col))}
    except sqlite3.Error:
        pass
assert len(pii) > 10
for l in open(sys.argv[1]):
    q = json.loads(l)
    body = json.dumps(q["body"])
    assert "sk-fixture-secret-4242" not in body
    for v in pii:
        if len(v) >= 6:
            assert json.dumps(v)[1:-1] not in body, v
PY
grep -a -q -F "$EMAIL" "$T/ws/workspace.db" && bad "a PII value in the workspace" || ok

# --- 3. the next analyze asks only the undescribed; the one after nothing
before=$(nreq)
"$BIN" analyze "$DB" --describe-with-model --json >"$T/a2.json" 2>"$T/a2.err" </dev/null
after=$(nreq)
python3 - "$T/a1.json" "$T/a2.json" "$before" "$after" <<'PY' && ok || bad "second describe: $(head -c 1500 "$T/a2.json") $(cat "$T/a2.err")"
import json, sys
a1 = json.load(open(sys.argv[1]))["databases"][0]["model_descriptions"]
md = json.load(open(sys.argv[2]))["databases"][0]["model_descriptions"]
assert md["cached"] == a1["described"] and md["asked"] == a1["tables"] - a1["described"], md
assert md["requests"] == 1 == int(sys.argv[4]) - int(sys.argv[3]), (md, sys.argv[3:])
assert md["described"] == md["asked"] and not [f for f in md["findings"] if f["rule"] == "model.unusable-answer"], md
PY
before=$(nreq)
"$BIN" analyze "$DB" --describe-with-model --json >"$T/a3.json" 2>"$T/a3.err" </dev/null
after=$(nreq)
python3 - "$T/a3.json" "$before" "$after" <<'PY' && ok || bad "third describe sent a request: $(head -c 800 "$T/a3.json")"
import json, sys
md = json.load(open(sys.argv[1]))["databases"][0]["model_descriptions"]
assert md["asked"] == 0 and md["requests"] == 0 and md["cached"] == md["tables"], md
assert sys.argv[2] == sys.argv[3], sys.argv[2:]
PY

# --- 4. a changed table: only it is asked again, by describe --with-model
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('ALTER TABLE carriers ADD COLUMN tracking_note TEXT'); c.commit()" "$DB"
"$BIN" analyze "$DB" >/dev/null 2>"$T/a4.err" </dev/null || bad "plain re-analyze: $(cat "$T/a4.err")"
"$BIN" describe carriers --json >"$T/d0.json" 2>/dev/null </dev/null
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); assert 'model_description' not in r and r['description'], r" "$T/d0.json" \
	&& ok || bad "a changed table kept a stale model description: $(head -c 600 "$T/d0.json")"
"$BIN" search wombat --json >"$T/q3.json" 2>/dev/null </dev/null
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); h=r.get('results', r.get('hits', [])); assert not any('wombat' in x.get('model_description', '') for x in h), h[:3]" "$T/q3.json" \
	&& ok || bad "a stale model description was searchable: $(head -c 600 "$T/q3.json")"
before=$(nreq)
"$BIN" describe carriers --with-model >"$T/d1.txt" 2>"$T/d1.err" </dev/null
rc=$?
after=$(nreq)
last=$(tail -n 1 "$T/rec.jsonl")
python3 - "$T/d1.txt" "$before" "$after" "$last" <<'PY' && ok || bad "describe --with-model (exit $rc): $(cat "$T/d1.txt" "$T/d1.err")"
import json, sys
out = open(sys.argv[1]).read()
assert int(sys.argv[3]) - int(sys.argv[2]) == 1, sys.argv[2:]
tabs = json.loads(json.loads(sys.argv[4])["body"]["messages"][1]["content"].split("Tables (JSON):\n", 1)[1])
assert [t["table"] for t in tabs] == ["main.carriers"], tabs
assert "tracking_note" in [c["name"] for c in tabs[0]["columns"]]
lines = out.splitlines()
# both descriptions, the model's marked as such
assert "[model] Parcel firms, the wombat express line among them" in out and "model-written" in out, out
assert any(l.strip() and "[model]" not in l for l in lines[1:2]), out
PY
python3 - "$T/ws/workspace.db" <<'PY' && ok || bad "describe --with-model did not store the search vectors with the description"
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT docs FROM shared_vectors").fetchall()
assert rows and any(b"wombat" in bytes(r[0]) for r in rows), len(rows)
PY
# the vectors were stored with the description: search finds carriers by
# the model's word before any other analyze (the plain re-analyze above
# dropped the stale description, so it was not findable by it then)
"$BIN" search wombat --json >"$T/q4.json" 2>"$T/q4.err" </dev/null
python3 - "$T/q4.json" <<'PY' && ok || bad "search right after describe --with-model: $(head -c 800 "$T/q4.json") $(cat "$T/q4.err")"
import json, sys
r = json.load(open(sys.argv[1]))
hits = r.get("results", r.get("hits", []))
assert hits and hits[0]["name"] == "carriers" and "wombat" in hits[0].get("model_description", ""), hits[:3]
PY
"$BIN" describe cst_mstr --json >"$T/d2.json" 2>/dev/null </dev/null
python3 - "$T/d2.json" <<'PY' && ok || bad "describe --json: $(head -c 1200 "$T/d2.json")"
import json, sys
r = json.load(open(sys.argv[1]))
md = r["model_description"]
# one printable line, the bell gone
assert md["text"] == "Customer master: one row per quetzalcoatl club member", md
assert md["model_written"] is True and md["model"] == "describer-model", md
assert r["description"] and r["description"] != md["text"]
cols = {c["name"]: c for c in r["columns"]}
assert cols["email"]["model_description"] == "where the newsletters go", cols["email"]
assert "no_such_column" not in cols
PY
before=$(nreq)
"$BIN" analyze "$DB" --describe-with-model --json >"$T/a5.json" 2>/dev/null </dev/null
[ "$before" = "$(nreq)" ] && ok || bad "analyze after describe --with-model asked again"

# --- 5. search by a word only the model's description has
"$BIN" search quetzalcoatl --json >"$T/q1.json" 2>"$T/q1.err" </dev/null
python3 - "$T/q1.json" <<'PY' && ok || bad "search by the model's words: $(head -c 800 "$T/q1.json") $(cat "$T/q1.err")"
import json, sys
r = json.load(open(sys.argv[1]))
hits = r.get("results", r.get("hits", []))
assert hits and hits[0]["name"] == "cst_mstr" and "quetzalcoatl" in hits[0].get("model_description", ""), hits[:3]
PY

stop_fixture
finish
