#!/bin/sh
# thoughts_pg.sh SEXTANT PG_ENV DEMO - a run's stored thoughts in a shared
# workspace (PostgreSQL): the agents module's run_thoughts migrates there,
# a built-in run on the demo keeps one row per step and agent, and
# `run show` reads them back, whole, with the text block.
set -eu
S=$1
PG_URL=$(sed -n 's/^SX_PG_ADMIN_URI=//p' "$2")/postgres
DEMO=$3
T=$(mktemp -d /tmp/sx-thoughts-pg.XXXXXX)
trap 'rm -rf "$T"' EXIT
export XDG_DATA_HOME=$T/xdg XDG_CONFIG_HOME=$T/cfg SEXTANT_LOG=/dev/null
export SEXTANT_WORKSPACE_SCHEMA=thoughts_$$
unset SEXTANT_WORKSPACE

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

printf '[workspace]\nurl = %s\n' "$PG_URL" >"$T/config.ini"
C="--config $T/config.ini"
$S workspace info --json $C | grep -q '"shared":true' || fail "not a shared workspace"
$S analyze "$DEMO" $C >/dev/null 2>"$T/a.err" || { cat "$T/a.err" >&2; fail "analyze"; }
$S generate "daily revenue into ClickHouse" --provider builtin --events none --json $C \
	>"$T/gen.json" 2>"$T/gen.err" || { cat "$T/gen.err" >&2; fail "generate"; }
ID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["run_id"])' "$T/gen.json")
$S run show "$ID" --json $C >"$T/show.json" || fail "run show --json"
python3 - "$T/show.json" "$ID" <<'PY' || fail "the stored thoughts: $(head -c 2000 "$T/show.json")"
import json, sys
run = json.load(open(sys.argv[1]))
th = {(t["step"], t["agent"]): t for t in run.get("thoughts", [])}
assert ("plan", "planner") in th, th.keys()
assert th[("plan", "planner")]["text"].startswith('run %s: "daily revenue into ClickHouse"' % sys.argv[2])
assert "path confidence" in th[("analyse", "schema_analyst")]["text"]
assert all(t["cut"] == 0 for t in th.values())
assert [t["step"] for t in run["thoughts"]][0] == "plan"
dag = {s["id"]: s["depends_on"] for s in run["dag"]}
assert dag["qa"] == ["sql", "python"] and dag["plan"] == [], dag
PY
$S run show "$ID" $C >"$T/show.txt" || fail "run show"
grep -q "^thoughts:" "$T/show.txt" || { cat "$T/show.txt" >&2; fail "no thoughts block"; }
grep -q "^  analyse (schema_analyst):" "$T/show.txt" || fail "no analyse thoughts"
echo "thoughts in a shared workspace: ok"
