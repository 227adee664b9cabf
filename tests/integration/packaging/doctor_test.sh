#!/bin/sh
# doctor_test.sh SEXTANT DEMO - `sextant doctor --json` on a config with a
# typo and an analysed workspace, and on a damaged workspace.
set -u
BIN=$1 DEMO=$2
T=$(mktemp -d "${TMPDIR:-/tmp}/sxdoc.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
unset SEXTANT_WORKSPACE SEXTANT_CONFIG SEXTANT_LLM_BASE_URL OPENAI_BASE_URL SEXTANT_LLM_PROVIDER
W="$T/ws"
printf '[search]\nbm25_k2 = 1.0\ndense_weight = 0.4\n[ui]\ntheme = dark\n[sqllite]\nbusy_timeout_ms = 5\n' >"$T/config.ini"
"$BIN" analyze "$DEMO" --workspace "$W" >/dev/null 2>&1 || { echo "FAIL: analyze the demo"; exit 1; }
"$BIN" doctor --json --workspace "$W" --config "$T/config.ini" >"$T/out" 2>"$T/err"
rc=$?
python3 - "$T/out" "$rc" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
rc = int(sys.argv[2])
fails = []
def want(cond, what):
    if not cond:
        fails.append(what)
checks = r["checks"]
by = lambda area: [c for c in checks if c["check"] == area]
for c in checks:
    want(c["status"] in ("ok", "warning", "error"), f"bad status {c}")
    want(c["status"] == "ok" or c.get("hint"), f"a non-ok check without a hint: {c}")
cfg = by("config")
want(any("bm25_k2" in c["message"] and "bm25_k1" in c.get("hint", "") for c in cfg),
     f"typo key bm25_k2 should suggest bm25_k1: {cfg}")
want(any("[sqllite]" in c["message"] and "[sqlite]" in c.get("hint", "") for c in cfg),
     f"typo section should suggest [sqlite]: {cfg}")
want(not any("dense_weight" in c["message"] or "theme" in c["message"] for c in cfg),
     f"known keys reported: {cfg}")
ws = by("workspace")
want(ws and ws[0]["status"] == "ok" and "integrity ok" in ws[0]["message"], f"workspace: {ws}")
want(r.get("schema_version", 0) >= 1 and r.get("workspace_bytes", 0) > 0, "schema version, size")
src = r.get("sources", [])
want(len(src) == 1 and src[0]["tables"] > 10 and 0 <= src[0]["age_s"] < 3600, f"sources: {src}")
model = by("model")
want(model and model[0]["status"] == "warning" and "not configured" in model[0]["message"],
     f"model without endpoint is a warning: {model}")
want(by("python"), "python check missing")
want(len(by("lexicons")) == 3, f"three lexical databases reported: {by('lexicons')}")
want(by("data") and by("data")[0]["status"] == "ok", f"data: {by('data')}")
want(r["errors"] == 0 and rc == 0, f"no errors expected, exit {rc}: {r['errors']}")
want(r["warnings"] == sum(c["status"] == "warning" for c in checks), "warning count")
for f in fails:
    print("FAIL:", f)
sys.exit(1 if fails else 0)
PY
ok1=$?
# a damaged workspace is an error: exit 1, and the report still printed
printf 'garbage, not a database at all........................' >"$T/bad.db"
mkdir -p "$T/ws2" && cp "$T/bad.db" "$T/ws2/workspace.db"
"$BIN" doctor --json --no-model --workspace "$T/ws2" --config "$T/config.ini" >"$T/out2" 2>"$T/err2"
rc2=$?
python3 - "$T/out2" "$rc2" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
ws = [c for c in r["checks"] if c["check"] == "workspace"]
ok = int(sys.argv[2]) == 1 and r["errors"] >= 1 and ws and ws[0]["status"] == "error" and "rebuild" in ws[0]["hint"]
if not ok:
    print("FAIL: damaged workspace should be an error with a rebuild hint, exit 1:", sys.argv[2], ws)
sys.exit(0 if ok else 1)
PY
ok2=$?
# a lexical database that is not there is a warning naming its package and
# variable, never an error; the others are still found where they are
SEXTANT_WORDNET_DIR="$T/no-wordnet" SEXTANT_RU_EN_DICT="$T/no-dict.dz" \
	"$BIN" doctor --json --no-model --workspace "$W" --config "$T/config.ini" >"$T/out3" 2>"$T/err3"
rc3=$?
python3 - "$T/out3" "$rc3" "$T" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
lx = [c for c in r["checks"] if c["check"] == "lexicons"]
wn = [c for c in lx if c["message"].startswith("WordNet")]
bd = [c for c in lx if c["message"].startswith("Mueller")]
ok = (int(sys.argv[2]) == 0 and len(lx) == 3
      and wn and wn[0]["status"] == "warning" and sys.argv[3] + "/no-wordnet" in wn[0]["message"]
      and "wordnet-base" in wn[0]["hint"] and "SEXTANT_WORDNET_DIR" in wn[0]["hint"]
      and bd and bd[0]["status"] == "warning" and "mueller7-dict" in bd[0]["hint"])
if not ok:
    print("FAIL: missing lexical databases should be warnings with their package, exit 0:", sys.argv[2], lx)
sys.exit(0 if ok else 1)
PY
[ $? -eq 0 ] || ok2=1
"$BIN" doctor --no-model --workspace "$W" --config "$T/config.ini" >"$T/txt" 2>&1
grep -q "^warning  config" "$T/txt" && grep -q "did you mean 'bm25_k1'" "$T/txt" || { echo "FAIL: text report: $(cat "$T/txt")"; ok2=1; }
[ $ok1 -eq 0 ] && [ $ok2 -eq 0 ] && echo "doctor: all checks pass"
[ $ok1 -eq 0 ] && [ $ok2 -eq 0 ]
