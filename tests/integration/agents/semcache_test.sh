#!/bin/sh
# semcache_test.sh SEXTANT DEMO_SQLITE FIXTURE - the semantic cache of the
# agent engine ([llm] semantic_cache = on) against the OpenAI-protocol
# fixture server (scripted replies and embeddings over the real protocol;
# the only stand-in the project allows), counting the requests it gets:
#   run 1: the Planner's and the SQL Expert's tasks are embedded (two
#          /embeddings), both miss, both ask (two chat requests), both
#          answers are kept;
#   run 2: another wording; the fixture embeds the Planner's task 0.995
#          close to run 1's, the SQL Expert's far from it: the Planner
#          reuses its answer (no chat request), the SQL Expert asks (one);
#   insights: 4 lookups, 1 hit, hit rate 0.25;
#   run 3 with the cache off: no /embeddings request at all.
set -u
BIN=$1
DEMO=$2
FIX=$3
T=$(mktemp -d "${TMPDIR:-/tmp}/sxsem.XXXXXX")
FPID=
cleanup() { [ -n "$FPID" ] && kill "$FPID" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
export SEXTANT_WORKSPACE="$T/ws" OPENAI_API_KEY="sk-fixture-secret-4242"
unset SEXTANT_CONFIG SEXTANT_LLM_BASE_URL OPENAI_BASE_URL SEXTANT_LLM_MODEL SEXTANT_LLM_PROVIDER SEXTANT_API_KEY
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }

"$BIN" analyze "$DEMO" >/dev/null 2>"$T/an.err" </dev/null || { echo "analyze failed: $(cat "$T/an.err")"; exit 1; }

python3 - "$T/script.json" <<'PY'
import json, sys
def emb(v):
    return {"body": {"object": "list", "model": "fixture-embed",
                     "data": [{"object": "embedding", "index": 0, "embedding": v}]}}
reading = {"text": "```json\n{\"measures\": [\"sum:order_items.line_total\"], \"dimensions\": [], \"time_column\": \"t_ord_hdr.created_at\"}\n```", "chunk_chars": 9}
sql = {"text": "```sql\nSELECT date(h.created_at) AS day,\n       SUM(i.line_total) AS revenue\nFROM order_items AS i\nJOIN t_ord_hdr AS h ON h.ord_id = i.ord_id\nGROUP BY 1\n```", "chunk_chars": 8}
json.dump({"chat": [reading, sql, sql],
           "embeddings": [emb([1, 0, 0, 0]), emb([0, 1, 0, 0]),      # run 1: planner, sql
                          emb([0.995, 0.0999, 0, 0]),               # run 2: planner, close
                          emb([0, 0, 1, 0])]},                      # run 2: sql, far
          open(sys.argv[1], "w"))
PY
start_fix() { # SCRIPT RECORD: the fixture server on port $(cat "$T/port")
	rm -f "$T/port"
	python3 "$FIX" --script "$1" --port-file "$T/port" --record "$2" >/dev/null 2>>"$T/fix.err" &
	FPID=$!
	i=0
	while [ ! -s "$T/port" ] && [ $i -lt 500 ]; do i=$((i + 1)); sleep 0.01; done
}
start_fix "$T/script.json" "$T/req.jsonl"
mkdir -p "$T/cfg/sextant"
cat >"$T/cfg/sextant/config.ini" <<EOF
[llm]
base_url = http://127.0.0.1:$(cat "$T/port")/v1
model = fixture-model
semantic_cache = on
semantic_cache_threshold = 0.99
[agents]
; the cache is counted on the planner and the SQL expert
builtin_agents = schema_analyst, python_coder
EOF
count() { # PATH-SUFFIX -> requests so far
	grep -c "\"path\": \"/v1/$1\"" "$T/req.jsonl" 2>/dev/null || echo 0
}

"$BIN" generate "daily revenue of sales into ClickHouse" --json --events jsonl >"$T/g1.json" 2>"$T/g1.err" </dev/null
c1=$(count chat/completions); e1=$(count embeddings)
[ "$c1" -eq 2 ] && [ "$e1" -eq 2 ] && ok || bad "run 1: $c1 chat, $e1 embeddings requests: $(grep -v '"token"' "$T/g1.err" | head -c 1500)"

"$BIN" generate "sales revenue for each day into ClickHouse" --json --events jsonl >"$T/g2.json" 2>"$T/g2.err" </dev/null
c2=$(count chat/completions); e2=$(count embeddings)
[ "$c2" -eq 3 ] && [ "$e2" -eq 4 ] && ok || bad "run 2: $c2 chat, $e2 embeddings requests in all"
python3 - "$T/g1.json" "$T/g2.json" "$T/g2.err" "$T/req.jsonl" <<'PY' && ok || bad "run 2 reused the planner's answer: $(head -c 1500 "$T/g2.json")"
import json, sys
r1, r2 = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert r2["status"] == "done", r2
# the planner's reading of run 2 is run 1's answer, without a request
assert r2["plan"]["spec"]["measures"] == r1["plan"]["spec"]["measures"], r2["plan"]["spec"]
ev = [json.loads(l) for l in open(sys.argv[3])]
text = {a: "".join(e.get("text", "") for e in ev if e["type"] == "token" and e["agent"] == a)
        for a in ("planner", "sql_expert")}
assert "semantic cache: a past prompt is 0.995 similar" in text["planner"], text["planner"][:2000]
assert "semantic cache: nothing within 0.99" in text["sql_expert"], text["sql_expert"][:2000]
reqs = [json.loads(l) for l in open(sys.argv[4])]
chats = [q["body"] for q in reqs if q["path"].endswith("/chat/completions")]
# the third chat request is run 2's SQL Expert, not its planner
assert "SQL Expert" in chats[2]["messages"][0]["content"], chats[2]["messages"][0]["content"][:80]
embs = [q["body"] for q in reqs if q["path"].endswith("/embeddings")]
assert "sales revenue for each day" in json.dumps(embs[2]), embs[2]
PY

"$BIN" insights --json >"$T/ins.json" 2>"$T/ins.err" </dev/null
python3 - "$T/ins.json" <<'PY' && ok || bad "insights: $(head -c 1500 "$T/ins.json") $(cat "$T/ins.err")"
import json, sys
c = json.load(open(sys.argv[1]))["cache"]
assert c["lookups"] == 4 and c["hits"] == 1 and abs(c["hit_rate"] - 0.25) < 1e-9, c
PY
"$BIN" insights >"$T/ins.txt" 2>&1 </dev/null
grep -q "cache: 1 hit(s) of 4 lookup(s)" "$T/ins.txt" && ok || bad "insights text: $(cat "$T/ins.txt")"
# the answers are kept, the prompts are not
python3 - "$T/ws/workspace.db" <<'PY' && ok || bad "semantic_cache rows"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT agent, model, dim, hits, answer FROM semantic_cache ORDER BY rowid").fetchall()
assert [(a, m, d) for a, m, d, h, _ in rows] == [("planner", "fixture-model", 4), ("sql_expert", "fixture-model", 4),
                                                ("sql_expert", "fixture-model", 4)], rows
assert rows[0][3] == 1 and "line_total" in rows[0][4], rows[0]
assert not db.execute("SELECT count(*) FROM semantic_cache WHERE answer LIKE '%daily revenue of sales%'").fetchone()[0]
PY

# off: no embeddings at all
sed -i 's/^semantic_cache = on/semantic_cache = off/' "$T/cfg/sextant/config.ini"
"$BIN" generate "daily revenue of sales into ClickHouse" --json --events none >"$T/g3.json" 2>"$T/g3.err" </dev/null
[ "$(count embeddings)" -eq 4 ] && [ "$(count chat/completions)" -eq 5 ] && ok \
	|| bad "cache off: $(count embeddings) embeddings, $(count chat/completions) chat requests"
grep -a -q "sk-fixture-secret-4242" "$T/ws/workspace.db" && bad "the API key is in the workspace" || ok

# --- the size cap: [llm] semantic_cache_max_entries = 2, the least
# recently used evicted. Only the Planner asks (one embedding a run), in a
# fresh workspace; the cache after each run, oldest use first:
#   1 A [1,0,0,0]: a miss, kept                       A
#   2 B [0,1,0,0]: a miss, kept                       A B
#   3 close to A: a hit, A is the most recently used  B A
#   4 D [0,0,1,0]: a miss, kept; three past the cap of two: B, the least
#     recently used, evicted                          A D
#   5 B's vector again: a miss (B is gone), asked, kept; A evicted  D E
# 5 lookups, 1 hit (hit rate 0.2), 4 chat requests.
kill "$FPID" 2>/dev/null
wait "$FPID" 2>/dev/null
python3 - "$T/script2.json" <<'PY'
import json, sys
def emb(v):
    return {"body": {"object": "list", "model": "fixture-embed",
                     "data": [{"object": "embedding", "index": 0, "embedding": v}]}}
def reading(tag):
    return {"text": "```json\n" + json.dumps({"measures": ["sum:order_items.line_total"], "dimensions": [],
                                             "time_column": "t_ord_hdr.created_at", "tag": tag}) + "\n```",
            "chunk_chars": 11}
json.dump({"chat": [reading("A"), reading("B"), reading("D"), reading("E")],
           "embeddings": [emb([1, 0, 0, 0]), emb([0, 1, 0, 0]), emb([0.999, 0.04, 0, 0]),
                          emb([0, 0, 1, 0]), emb([0, 1, 0, 0])]},
          open(sys.argv[1], "w"))
PY
start_fix "$T/script2.json" "$T/req2.jsonl"
printf '[llm]\nbase_url = http://127.0.0.1:%s/v1\nmodel = fixture-model\nsemantic_cache = on\nsemantic_cache_threshold = 0.99\nsemantic_cache_max_entries = 2\n[agents]\nbuiltin_agents = schema_analyst, python_coder, sql_expert, reflector\n' \
	"$(cat "$T/port")" >"$T/cfg/sextant/config.ini"
export SEXTANT_WORKSPACE="$T/ws2"
"$BIN" analyze "$DEMO" >/dev/null 2>"$T/an2.err" </dev/null || bad "analyze ws2: $(cat "$T/an2.err")"
tags() { # the Planner's kept answers by their tag, oldest use first, with hits
	python3 - "$T/ws2/workspace.db" <<'PY'
import json, re, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(" ".join("%s:%d" % (re.search(r'"tag": "(\w)"', a).group(1), h)
               for a, h in db.execute("SELECT answer, hits FROM semantic_cache ORDER BY used")))
PY
}
step=0
for want in "A:0" "A:0 B:0" "B:0 A:1" "A:1 D:0" "D:0 E:0"; do
	step=$((step + 1))
	"$BIN" generate "daily revenue of sales, run $step" --json --events none >"$T/c$step.json" \
		2>"$T/c$step.err" </dev/null || bad "cap run $step: $(head -c 800 "$T/c$step.err")"
	got=$(tags)
	[ "$got" = "$want" ] && ok || bad "cap run $step: the cache holds '$got', want '$want'"
done
c=$(grep -c '"path": "/v1/chat/completions"' "$T/req2.jsonl")
[ "$c" -eq 4 ] && ok || bad "cap: $c chat requests, want 4 (run 3 was a hit)"
[ "$(grep -c 'semantic cache: 1 least recently used entry evicted (cap 2)' "$T/sextant.log")" -eq 2 ] && ok \
	|| bad "evictions logged: $(grep -i 'semantic cache' "$T/sextant.log" | tail -5)"
"$BIN" insights --json >"$T/ins2.json" 2>"$T/ins2.err" </dev/null
python3 - "$T/ins2.json" <<'PY' && ok || bad "cap insights: $(head -c 1500 "$T/ins2.json") $(cat "$T/ins2.err")"
import json, sys
c = json.load(open(sys.argv[1]))["cache"]
assert c["lookups"] == 5 and c["hits"] == 1 and abs(c["hit_rate"] - 0.2) < 1e-9, c
PY

echo "$((n - fails)) passed, $fails failed"
[ $fails -eq 0 ]
