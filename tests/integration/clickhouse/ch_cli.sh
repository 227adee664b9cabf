#!/bin/sh
# ch_cli.sh SEXTANT CH_DIR - `sextant analyze clickhouse://...` end to end
# against the test server: the analysis is saved, `sources` lists it with a
# redacted DSN and the server version, a refused login is a one-line error
# that adds nothing to the workspace, the value dictionary filled by analyze
# resolves a filter word with no source (none with [gen] value_dictionary =
# false), and the password appears in no file Sextant wrote (workspace and
# log).
set -u
BIN=$1
PORT=$(cat "$2/http_port") || { echo "no ClickHouse test server in $2" >&2; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/sxch.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export SEXTANT_LOG="$T/ws/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
export SEXTANT_WORKSPACE="$T/ws"
unset SEXTANT_CONFIG CLICKHOUSE_USER CLICKHOUSE_PASSWORD
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }

GOOD="clickhouse://sextant:ch-test-pw@127.0.0.1:$PORT/shop"
"$BIN" analyze "$GOOD" --json >"$T/out" 2>"$T/err" && ok || bad "analyze failed: $(cat "$T/err")"
grep -q '"tables":4' "$T/out" && ok || bad "analyze should report 4 tables: $(cat "$T/out")"
grep -q '"round_trips":[45],' "$T/out" && ok || bad "analyze should take 4 or 5 round trips: $(cat "$T/out")"

"$BIN" sources --json >"$T/src" 2>"$T/err" && ok || bad "sources failed: $(cat "$T/err")"
grep -q "clickhouse://sextant@127.0.0.1:$PORT/shop" "$T/src" && ok || bad "sources should list the redacted DSN: $(cat "$T/src")"
grep -q '"server_version":"ClickHouse ' "$T/src" && ok || bad "sources should show the server version: $(cat "$T/src")"

"$BIN" show events --json >"$T/show" 2>"$T/err" && ok || bad "show failed: $(cat "$T/err")"
grep -q '"engine":"MergeTree"' "$T/show" && grep -q '"partition_key":"toYYYYMM(event_date)"' "$T/show" &&
	ok || bad "show should keep engine and partition key: $(cat "$T/show")"

# a refused login: one line, exit 1, the workspace keeps exactly one source
before=$(grep -o '"dsn"' "$T/src" | wc -l)
"$BIN" analyze "clickhouse://sextant:wrong-pw-123@127.0.0.1:$PORT/shop" >"$T/out" 2>"$T/err"
[ $? -eq 1 ] && ok || bad "wrong password should exit 1"
[ "$(wc -l <"$T/err")" -eq 1 ] && grep -q "authentication failed for user 'sextant'" "$T/err" &&
	ok || bad "wrong password should be one line naming the user: $(cat "$T/err")"
grep -q "wrong-pw-123" "$T/err" && bad "the error message shows the password" || ok
"$BIN" sources --json >"$T/src" 2>/dev/null
after=$(grep -o '"dsn"' "$T/src" | wc -l)
[ "$before" = "$after" ] && ok || bad "a failed analyze changed the workspace ($before -> $after sources)"

# the server is down: one line, exit 1
"$BIN" analyze "clickhouse://127.0.0.1:1/shop" >"$T/out" 2>"$T/err"
[ $? -eq 1 ] && [ "$(wc -l <"$T/err")" -eq 1 ] && grep -q "cannot connect to ClickHouse" "$T/err" &&
	ok || bad "server down should be a one-line error: $(cat "$T/err")"

# the value dictionary was filled by analyze (gen/dict.c): a later gen-spec
# with no source (the stored DSN has no password) resolves "excluding
# clicks"; the personal-data columns (users.email, users.name) are not kept
python3 - "$T/ws/workspace.db" <<'PY' && ok || bad "gen_values after analyze: see above"
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute(
    "SELECT table_name, column_name, value FROM gen_values").fetchall()
kind = sorted(v for t, c, v in rows if (t, c) == ("events", "kind"))
pii = [r for r in rows if r[0] == "users" and r[1] in ("email", "name")]
if kind != ["buy", "click", "view"] or pii:
    print("FAIL: events.kind %s, personal data %s" % (kind, pii), file=sys.stderr)
    sys.exit(1)
PY
INTENT="Number of events per day excluding clicks"
"$BIN" gen-spec "$INTENT" --json >"$T/spec" 2>"$T/err" &&
	grep -q "WHERE t0.\`kind\` <> 'click'" "$T/spec" && ok ||
	bad "gen-spec with no source should filter kind <> 'click': $(head -c 600 "$T/spec") $(cat "$T/err")"
printf '[gen]\nvalue_dictionary = false\n' >"$T/off.ini"
SEXTANT_CONFIG="$T/off.ini" SEXTANT_WORKSPACE="$T/ws_off" "$BIN" analyze "$GOOD" >/dev/null 2>&1 &&
	SEXTANT_CONFIG="$T/off.ini" SEXTANT_WORKSPACE="$T/ws_off" "$BIN" gen-spec "$INTENT" --json >"$T/spec" 2>&1 &&
	! grep -q "'click'" "$T/spec" && ok || bad "with [gen] value_dictionary = false the filter should not resolve"

# the log has the requests (so the check below looks at real lines)
grep -q "clickhouse '127.0.0.1:$PORT': request" "$T/ws/sextant.log" && ok || bad "the log should list the ClickHouse requests"

# no file Sextant wrote holds a password
if grep -r -l -a -e "ch-test-pw" -e "wrong-pw-123" "$T/ws" >"$T/leak" 2>/dev/null; then
	bad "password found in: $(cat "$T/leak")"
else
	ok
fi

echo "ch_cli: $n checks, $fails failed"
[ "$fails" -eq 0 ]
