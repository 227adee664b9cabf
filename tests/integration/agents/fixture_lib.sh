# fixture_lib.sh - shared by the agents' model-mode tests (sourced, POSIX
# sh): `. fixture_lib.sh` after BIN, FIX and NAME (a word for the scratch
# directory) are set gives
#   T             a scratch home (removed at exit; KEEP=1 keeps it)
#   the environment: workspace, config and data under T, a fixture API key
#                 (sk-fixture-secret-4242), no model settings inherited
#   ok / bad MSG  the counters; finish prints them and exits 1 on a failure
#   start_fixture SCRIPT RECORD   the OpenAI fixture server on PORT,
#                 recording every request to RECORD; stop_fixture
T=$(mktemp -d "${TMPDIR:-/tmp}/sx${NAME:-test}.XXXXXX") || exit 1
FPID=
KEEP=${KEEP:-}
cleanup() { [ -n "$FPID" ] && kill "$FPID" 2>/dev/null; [ -n "$KEEP" ] || rm -rf "$T"; }
trap cleanup EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
export SEXTANT_WORKSPACE="$T/ws" OPENAI_API_KEY="sk-fixture-secret-4242"
unset SEXTANT_CONFIG SEXTANT_LLM_BASE_URL OPENAI_BASE_URL SEXTANT_LLM_MODEL SEXTANT_LLM_PROVIDER
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }
finish() {
	echo "$((n - fails)) passed, $fails failed"
	[ $fails -eq 0 ]
}
start_fixture() { # SCRIPT RECORD
	rm -f "$T/port"
	python3 "$FIX" --script "$1" --port-file "$T/port" --record "$2" >/dev/null 2>"$T/fix.err" &
	FPID=$!
	i=0
	while [ ! -s "$T/port" ] && [ $i -lt 500 ]; do i=$((i + 1)); sleep 0.01; done
	PORT=$(cat "$T/port")
}
stop_fixture() { kill "$FPID" 2>/dev/null; wait "$FPID" 2>/dev/null; FPID=; }
