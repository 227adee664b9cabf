#!/bin/sh
# runs_copy_pg.sh SEXTANT PG_ENV DEMO - `workspace push` and `pull` carry
# what `run show` reads of a run, the agents' tables too (run_plans with
# its DAG, run_votes, run_ambiguities, run_thoughts, run_endpoints): a
# built-in --consensus run on the demo in a local workspace, pushed into a
# fresh shared schema and pulled into another local workspace, shows the
# same `run show --json` on all three.
set -eu
S=$1
PG_URL=$(sed -n 's/^SX_PG_ADMIN_URI=//p' "$2")/postgres
DEMO=$3
T=$(mktemp -d /tmp/sx-runs-copy.XXXXXX)
trap 'rm -rf "$T"' EXIT
export XDG_DATA_HOME=$T/xdg XDG_CONFIG_HOME=$T/cfg SEXTANT_LOG=/dev/null
export SEXTANT_WORKSPACE_SCHEMA=runs_copy_$$
unset SEXTANT_WORKSPACE

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

$S analyze "$DEMO" --workspace "$T/local" >/dev/null 2>"$T/a.err" || {
	cat "$T/a.err" >&2
	fail "analyze"
}
$S generate "monthly payments amount" --consensus 3 --provider builtin --events none --json \
	--workspace "$T/local" >"$T/gen.json" 2>"$T/gen.err" || {
	cat "$T/gen.err" >&2
	fail "generate"
}
ID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["run_id"])' "$T/gen.json")
$S run show "$ID" --json --workspace "$T/local" >"$T/local.json" || fail "run show (local)"

$S workspace push "$PG_URL" --workspace "$T/local" --json >"$T/push.json" || fail "push"
grep -q '"runs":1' "$T/push.json" || fail "push copied no run: $(cat "$T/push.json")"
$S run show "$ID" --json --workspace "$PG_URL" >"$T/shared.json" || fail "run show (shared)"
$S workspace pull "$PG_URL" --workspace "$T/offline" --json >"$T/pull.json" || fail "pull"
grep -q '"runs":1' "$T/pull.json" || fail "pull copied no run: $(cat "$T/pull.json")"
$S run show "$ID" --json --workspace "$T/offline" >"$T/offline.json" || fail "run show (pulled)"

python3 - "$T/local.json" "$T/shared.json" "$T/offline.json" <<'PY' || fail "run show differs"
import json, sys
runs = [json.load(open(p)) for p in sys.argv[1:]]
local = runs[0]
# the agents' part is there to compare, not empty on both sides
assert local["consensus"]["candidates"], local.get("consensus")
assert local["ambiguities"], "no ambiguity recorded"
assert local["thoughts"] and local["dag"] and local["spec"] and local["analysis"]
assert local["steps"] and local["artifacts"] and local["lineage"]
for name, other in zip(("shared", "pulled"), runs[1:]):
    keys = set(local) | set(other)
    diff = [k for k in sorted(keys) if local.get(k) != other.get(k)]
    assert not diff, "%s differs in %s: %s vs %s" % (
        name, diff, json.dumps(local.get(diff[0]))[:400], json.dumps(other.get(diff[0]))[:400])
PY
# the text view too (what an engineer reads)
$S run show "$ID" --workspace "$T/local" >"$T/local.txt"
$S run show "$ID" --workspace "$PG_URL" >"$T/shared.txt"
cmp -s "$T/local.txt" "$T/shared.txt" || fail "run show text differs: $(diff "$T/local.txt" "$T/shared.txt" | head -20)"
echo "runs copied with the agents' tables: ok"
