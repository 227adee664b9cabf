#!/bin/sh
# generate_test.sh SEXTANT DEMO_SQLITE - the agent engine end to end, on the
# demo warehouse analysed into a scratch workspace, through the CLI a user
# types:
#   - generate --json: the --json contract (plan DAG, tables used, findings,
#     iterations, timings per agent, lineage, seven artifacts), and the exit
#     status agrees with score >= threshold;
#   - the numbers: select.sql run on the demo equals a reference query
#     written by hand;
#   - the Python: the DAG and the transform compile, the generated pytest
#     tests pass;
#   - events: --events jsonl streams steps of all five first-iteration
#     agents, tool calls, thought tokens, a score;
#   - history: runs, run show, export (--git into a real repository),
#     feedback, insights with the counts
#     this test created; no personal-data value in any history row;
#   - control: SIGINT mid-run leaves a cancelled run, kill -9 leaves one
#     marked interrupted at the next start, two runs at once both land.
set -u
BIN=$1
DEMO=$2
T=$(mktemp -d "${TMPDIR:-/tmp}/sxgen.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
export SEXTANT_WORKSPACE="$T/ws"
unset SEXTANT_CONFIG
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }

"$BIN" analyze "$DEMO" >/dev/null 2>"$T/an.err" </dev/null || { echo "analyze failed: $(cat "$T/an.err")"; exit 1; }

# --- generate --json and --out
INTENT="daily revenue of sales into ClickHouse"
"$BIN" generate "$INTENT" --json --out "$T/out" --events none >"$T/g1.json" 2>"$T/g1.err" </dev/null
rc=$?
python3 - "$T/g1.json" "$rc" <<'PY' && ok || bad "generate --json contract: $(head -c 2000 "$T/g1.json") $(cat "$T/g1.err")"
import json, sys
r = json.load(open(sys.argv[1]))
rc = int(sys.argv[2])
for k in ("run_id", "status", "provider", "plan", "score", "tables_used", "findings",
          "iterations", "timings", "artifacts", "lineage"):
    assert k in r, k
assert r["status"] == "done", r["status"]
assert r["provider"] == "builtin"
# exit 0 exactly when the best score reaches the threshold
assert (rc == 0) == (r["score"] >= r["threshold"]), (rc, r["score"], r["threshold"])
assert rc in (0, 1)
steps = {s["id"]: s for s in r["plan"]["steps"]}
assert set(steps) == {"plan", "analyse", "sql", "python", "qa"}, steps
assert steps["sql"]["depends_on"] == ["analyse"] and steps["python"]["depends_on"] == ["analyse"]
assert sorted(steps["qa"]["depends_on"]) == ["python", "sql"]
assert all(s["state"] == "done" for s in steps.values()), steps
kinds = sorted(a["kind"] for a in r["artifacts"])
assert kinds == sorted(["select_sql", "target_ddl", "load_sql", "airflow_dag",
                        "python_transform", "python_tests", "readme"]), kinds
assert any(t.endswith("order_items") for t in r["tables_used"]), r["tables_used"]
assert r["lineage"] and all("target" in l and "sources" in l for l in r["lineage"])
assert any(l["target"] == "revenue" for l in r["lineage"]), r["lineage"]
for a in ("planner", "schema_analyst", "sql_expert", "python_coder", "qa_validator"):
    assert a in r["timings"], a
it = r["iterations"]
assert it and it[0]["n"] == 1
best = max(i["score"] for i in it)
assert abs(best - r["score"]) < 1e-9, (best, r["score"])  # never ends below its best
for f in r["findings"]:
    for k in ("severity", "category", "rule", "artifact", "line", "message"):
        assert k in f, f
open(sys.argv[1] + ".id", "w").write(r["run_id"])
PY
RUN1=$(cat "$T/g1.json.id" 2>/dev/null)

for f in select.sql target_ddl.sql load.sql README.md report.json; do
	[ -s "$T/out/$f" ] && ok || bad "--out wrote no $f"
done

# the numbers: the generated SELECT against a reference written by hand
python3 - "$T/out/select.sql" "$DEMO" <<'PY' && ok || bad "select.sql result differs from the reference"
import sqlite3, sys
sql = open(sys.argv[1]).read()
db = sqlite3.connect("file:%s?mode=ro" % sys.argv[2], uri=True)
got = sorted((str(r[0]), round(float(r[1] or 0), 2)) for r in db.execute(sql))
ref = sorted((str(d), round(float(v or 0), 2)) for d, v in db.execute(
    "SELECT date(h.created_at), SUM(i.line_total) FROM order_items i"
    " JOIN t_ord_hdr h ON h.ord_id = i.ord_id GROUP BY 1"))
assert len(got) > 100, len(got)
assert got == ref, (got[:3], ref[:3])
PY

# the Python compiles and its tests pass (Debian's python3 has pytest)
PY=python3
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import pytest" 2>/dev/null && PY=/usr/bin/python3
$PY -m py_compile "$T"/out/dags/*.py "$T"/out/transforms/*.py && ok || bad "py_compile"
(cd "$T/out" && PYTHONPATH="$T/out/transforms" $PY -m pytest -q -p no:cacheprovider tests >"$T/pytest.out" 2>&1) \
	&& ok || bad "generated tests: $(tail -20 "$T/pytest.out")"

# --- events as JSON Lines
"$BIN" generate "monthly revenue per sales channel into PostgreSQL" --events jsonl --json \
	>"$T/g2.json" 2>"$T/g2.err" </dev/null
python3 - "$T/g2.err" <<'PY' && ok || bad "generate --events jsonl: $(head -c 1500 "$T/g2.err")"
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8").read().splitlines()]
run = {e["run"] for e in evs if e["type"] not in ("done", "progress")}
assert len(run) == 1 and None not in run, run
started = {e["agent"] for e in evs if e["type"] == "step" and e.get("status") == "started"}
finished = {e["agent"] for e in evs if e["type"] == "step" and e.get("status") == "finished"}
want = {"planner", "schema_analyst", "sql_expert", "python_coder", "qa_validator"}
assert want <= started and want <= finished, (started, finished)
assert any(e["type"] == "tool" and e.get("name") == "find_path" for e in evs)
assert sum(1 for e in evs if e["type"] == "token") > 20
assert any(e["type"] == "score" for e in evs)
assert any(e["type"] == "artifact" and e.get("kind") == "select_sql" for e in evs)
assert evs[-1]["type"] == "done"
PY

# --- bad input: an empty workspace source name and an intent of nothing known
"$BIN" generate "daily revenue" --source nosuchdb >/dev/null 2>"$T/e1" </dev/null
[ $? -eq 1 ] && grep -q "nosuchdb" "$T/e1" && ok || bad "unknown source: $(cat "$T/e1")"
"$BIN" generate "zzqx wibble frobnicate" --events none >/dev/null 2>"$T/e2" </dev/null
[ $? -eq 1 ] && [ -s "$T/e2" ] && ok || bad "intent naming nothing: $(cat "$T/e2")"
"$BIN" generate "daily revenue" --threshold 11 >/dev/null 2>"$T/e3" </dev/null
[ $? -eq 2 ] && ok || bad "threshold out of range is a usage error: $(cat "$T/e3")"

# --- history commands
"$BIN" runs --json >"$T/runs.json" 2>/dev/null </dev/null
python3 - "$T/runs.json" "$RUN1" <<'PY' && ok || bad "runs: $(cat "$T/runs.json")"
import json, sys
runs = json.load(open(sys.argv[1]))["runs"]
ids = [r["id"] for r in runs]
assert sys.argv[2] in ids, ids
assert ids == sorted(ids, reverse=True), "newest first"
PY
"$BIN" run show "$RUN1" --json >"$T/show.json" 2>/dev/null </dev/null
python3 - "$T/show.json" <<'PY' && ok || bad "run show: $(head -c 1500 "$T/show.json")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["status"] == "done"
assert len(r["steps"]) >= 5 and r["iterations"] and r["artifacts"]
assert any(t["tool"] == "find_path" for t in r["tool_calls"])
assert r["lineage"], "lineage stored"
PY
"$BIN" export "$RUN1" "$T/exp" >/dev/null 2>&1 </dev/null
cmp -s "$T/exp/select.sql" "$T/out/select.sql" && ok || bad "export differs from --out"
# export --git: into a real repository, exactly the run's files; then
# nothing to commit; a directory outside a repository; uncommitted work
if command -v git >/dev/null 2>&1; then
	git init -q "$T/repo" && git -C "$T/repo" config user.name t && git -C "$T/repo" config user.email t@example.com
	echo keep >"$T/repo/other.txt" && git -C "$T/repo" add other.txt
	"$BIN" export "$RUN1" "$T/repo" --git --json >"$T/git.json" 2>"$T/git.err" </dev/null
	python3 - "$T/git.json" "$T/repo" "$RUN1" "$INTENT" <<'PY' && ok || bad "export --git: $(cat "$T/git.json" "$T/git.err")"
import json, subprocess, sys
r = json.load(open(sys.argv[1]))
repo, run, intent = sys.argv[2], sys.argv[3], sys.argv[4]
g = r["git"]
assert g["message"] == "sextant run %s: %s" % (run, intent), g
log = subprocess.check_output(["git", "-C", repo, "log", "-1", "--format=%H %s"], text=True).strip()
assert log == "%s %s" % (g["commit"], g["message"]), log
files = subprocess.check_output(["git", "-C", repo, "show", "--name-only", "--format=", "HEAD"], text=True).split()
assert sorted(files) == sorted(g["files"]) and "select.sql" in files and "report.json" in files, files
assert "other.txt" not in files, "what the user staged stays out of the run's commit"
staged = subprocess.check_output(["git", "-C", repo, "diff", "--cached", "--name-only"], text=True).split()
assert staged == ["other.txt"], staged
PY
	"$BIN" export "$RUN1" "$T/repo" --git >/dev/null 2>"$T/git2.err" </dev/null
	[ $? -eq 1 ] && grep -q "nothing to commit" "$T/git2.err" && ok || bad "export --git twice: $(cat "$T/git2.err")"
	echo "-- mine" >>"$T/repo/select.sql"
	"$BIN" export "$RUN1" "$T/repo" --git >/dev/null 2>"$T/git3.err" </dev/null
	[ $? -eq 1 ] && grep -q "changes not committed" "$T/git3.err" && grep -q -- "-- mine" "$T/repo/select.sql" &&
		ok || bad "export --git over uncommitted work: $(cat "$T/git3.err")"
	mkdir -p "$T/plain"
	"$BIN" export "$RUN1" "$T/plain" --git >/dev/null 2>"$T/git4.err" </dev/null
	[ $? -eq 1 ] && grep -q "not in a git repository" "$T/git4.err" && [ ! -e "$T/plain/select.sql" ] &&
		ok || bad "export --git outside a repository: $(cat "$T/git4.err")"
fi
"$BIN" feedback "$RUN1" accept --note "numbers checked" >/dev/null 2>&1 </dev/null && ok || bad "feedback"
"$BIN" feedback "$RUN1" maybe >/dev/null 2>&1 </dev/null
[ $? -eq 2 ] && ok || bad "feedback with a bad verdict is a usage error"

# --- a PII value never lands in the history
EMAIL=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT email FROM cst_mstr WHERE email IS NOT NULL LIMIT 1').fetchone()[0])" "$DEMO")
"$BIN" generate "snapshot of customers every morning with personal data masked" --events none \
	>/dev/null 2>&1 </dev/null
python3 - "$T/ws/workspace.db" "$EMAIL" <<'PY' && ok || bad "a PII value is in the history"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
v = sys.argv[2]
assert "@" in v
for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'run%'"):
    cols = [c[1] for c in db.execute("PRAGMA table_info(%s)" % t)]
    for c in cols:
        n = db.execute("SELECT count(*) FROM %s WHERE CAST(%s AS TEXT) LIKE ?" % (t, c),
                       ("%" + v + "%",)).fetchone()[0]
        assert n == 0, (t, c)
PY

# --- masking added by the reflector reaches every artifact that carries the
# SELECT: the DAG runs its own copy of it, the DDL types its columns
"$BIN" generate "export customers with email and phone to clickhouse every night" --target clickhouse \
	--events none --json >"$T/mask.json" 2>/dev/null </dev/null
python3 - "$T/mask.json" <<'PY' && ok || bad "the reflector's masking left an artifact unmasked"
import json, sys
j = json.load(open(sys.argv[1]))
assert len(j["iterations"]) >= 2, "no revision: %s" % [i.get("score") for i in j["iterations"]]
a = {x["kind"]: x["content"] for x in j["artifacts"]}
assert 'substr("email", instr("email"' in a["select_sql"], a["select_sql"]
dag = a["airflow_dag"]
sel = dag[dag.index("SELECT_SQL = "):].split("\n", 1)[0]
assert 'substr(\\"email\\", instr(' in sel, sel
assert "`email` Nullable(String)" in a["target_ddl"], a["target_ddl"]
PY

# --- two runs at once
"$BIN" generate "weekly revenue by product category" --events none --json >"$T/p1" 2>"$T/p1.err" </dev/null &
P1=$!
"$BIN" generate "number of orders per month" --events none --json >"$T/p2" 2>"$T/p2.err" </dev/null &
P2=$!
wait $P1; r1=$?
wait $P2; r2=$?
python3 - "$T/p1" "$T/p2" <<'PY' && ok || bad "two runs at once: $r1 $r2 $(cat "$T/p1.err" "$T/p2.err")"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["status"] == b["status"] == "done", (a["status"], b["status"])
assert a["run_id"] != b["run_id"]
PY

# --- kill -9 mid-run: marked interrupted at the next start
runs_running() {
	python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT count(*) FROM runs WHERE status='running'\").fetchone()[0])" "$T/ws/workspace.db" 2>/dev/null || echo 0
}
"$BIN" generate "daily revenue per channel for 2024" --jobs 1 --events none >/dev/null 2>&1 </dev/null &
PK=$!
i=0
while [ "$(runs_running)" = "0" ] && [ $i -lt 400 ] && kill -0 $PK 2>/dev/null; do i=$((i + 1)); sleep 0.01; done
kill -9 $PK 2>/dev/null
wait $PK 2>/dev/null
"$BIN" runs --json >"$T/runs2.json" 2>/dev/null </dev/null
python3 - "$T/runs2.json" <<'PY' && ok || bad "kill -9: $(cat "$T/runs2.json")"
import json, sys
st = [r["status"] for r in json.load(open(sys.argv[1]))["runs"]]
assert "running" not in st, st
PY
python3 -c "import sqlite3,sys; r=sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0]; sys.exit(r!='ok')" "$T/ws/workspace.db" \
	&& ok || bad "workspace damaged after kill -9"

# --- insights: the counts this test created
"$BIN" insights --json >"$T/ins.json" 2>/dev/null </dev/null
python3 - "$T/ins.json" "$T/ws/workspace.db" <<'PY' && ok || bad "insights: $(head -c 1500 "$T/ins.json")"
import json, sqlite3, sys
i = json.load(open(sys.argv[1]))
db = sqlite3.connect(sys.argv[2])
n, done, passed = db.execute("SELECT count(*), sum(status='done'), sum(status='done' AND score >= threshold) FROM runs").fetchone()
t = i["totals"]
assert t["runs"] == n and t["done"] == done and t["passed"] == passed, (t, n, done, passed)
assert n >= 7, n
assert i["feedback"]["accepted"] == 1
assert any(x["tool"] == "find_path" and x["calls"] >= 1 for x in i["slowest_tools"]), i["slowest_tools"]
assert {a["agent"] for a in i["slowest_agents"]} >= {"planner", "sql_expert"}
# pitfalls count, per rule, the finished runs whose first draft had it
want = dict(db.execute(
    "SELECT rule, count(DISTINCT f.run_id) FROM run_findings f JOIN runs r ON r.id = f.run_id"
    " WHERE f.iteration = 1 AND f.severity <> 'info' AND r.finished_at IS NOT NULL GROUP BY rule"))
got = dict(db.execute("SELECT rule, count FROM pitfalls"))
assert got == want, (got, want)
# a rule seen three times is fed back to the runs after it
for rule, c in got.items():
    if c >= 4:
        assert db.execute("SELECT count(*) FROM run_pitfalls WHERE rule = ?", (rule,)).fetchone()[0] >= 1, rule
PY

echo "$((n - fails)) passed, $fails failed"
[ $fails -eq 0 ]
