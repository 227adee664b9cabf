#!/bin/sh
# cli_pg.sh SEXTANT ENV_FILE - `sextant analyze` and `sextant sources` on the
# test PostgreSQL: the password given in the URI (or a keyword string) is in
# no file Sextant writes (workspace incl. any -wal/-shm, log); sources shows
# the redacted DSN, kind, server version, time and counts; failed analyses
# print one line and leave the workspace as it was.
set -eu
bin=$1
. "$2"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sxpgcli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
ws=$tmp/ws
export SEXTANT_LOG=$tmp/sextant.log SEXTANT_CONFIG=$tmp/none.ini
fail() {
	echo "FAIL: $*" >&2
	exit 1
}
good="postgresql://$SX_PG_ADMIN:$SX_PG_ADMIN_PW@$SX_PG_HOST:$SX_PG_PORT/sx_tricky"

"$bin" analyze "$good" --workspace "$ws" >"$tmp/out" 2>"$tmp/err" ||
	fail "analyze failed: $(cat "$tmp/err")"
grep -q "11 tables, 3 views" "$tmp/out" || fail "unexpected summary: $(cat "$tmp/out")"
# keyword-string form, reader role, one schema
"$bin" analyze "host=$SX_PG_HOST port=$SX_PG_PORT dbname=sx_rt user=$SX_PG_READER password=$SX_PG_READER_PW" \
	--schema sales --workspace "$ws" --json >"$tmp/rt.json" 2>"$tmp/err" ||
	fail "keyword analyze failed: $(cat "$tmp/err")"

"$bin" sources --json --workspace "$ws" >"$tmp/sources.json"
python3 - "$tmp/sources.json" "$SX_PG_PORT" <<'PY' || fail "sources --json: $(cat "$tmp/sources.json")"
import json, sys
d = json.load(open(sys.argv[1]))
port = sys.argv[2]
src = {s["name"]: s for s in d["sources"]}
assert set(src) == {"sx_tricky", "sx_rt"}, src.keys()
t = src["sx_tricky"]
assert t["kind"] == "postgresql", t
assert t["dsn"] == f"postgresql://sx_admin@127.0.0.1:{port}/sx_tricky", t["dsn"]
assert t["server_version"].startswith("PostgreSQL 15"), t
assert t["analysed_at"].endswith("Z") and t["analysed_at"][4] == "-", t
assert (t["tables"], t["views"], t["schemas"], t["foreign_keys"]) == (11, 3, 4, 7), t
assert 0 < t["round_trips"] < 10, t
r = src["sx_rt"]
assert r["dsn"] == f"host=127.0.0.1 port={port} dbname=sx_rt user=sx_reader", r["dsn"]
assert r["schemas"] == 1 and r["tables"] == 6 and r["views"] == 3, r
PY

# Failures: one line on stderr, exit 1, the workspace unchanged.
before=$(cat "$tmp/sources.json")
bad="postgresql://$SX_PG_READER:not-the-password@$SX_PG_HOST:$SX_PG_PORT/sx_tricky"
if "$bin" analyze "$bad" --workspace "$ws" >"$tmp/out" 2>"$tmp/err"; then
	fail "analyze with a wrong password succeeded"
fi
[ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "not one line: $(cat "$tmp/err")"
grep -q "'$SX_PG_READER'" "$tmp/err" && grep -q "'127.0.0.1:$SX_PG_PORT'" "$tmp/err" ||
	fail "auth error does not name user and host: $(cat "$tmp/err")"
if "$bin" analyze "postgresql://$SX_PG_ADMIN:$SX_PG_ADMIN_PW@$SX_PG_HOST:$SX_PG_PORT/sx_tricky" \
	--schema nope --workspace "$ws" >"$tmp/out" 2>"$tmp/err"; then
	fail "analyze of a missing schema succeeded"
fi
[ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "not one line: $(cat "$tmp/err")"
"$bin" sources --json --workspace "$ws" >"$tmp/after.json"
[ "$before" = "$(cat "$tmp/after.json")" ] || fail "a failed analyze changed the workspace"
# a fresh workspace gets no entry from a failed analyze
"$bin" analyze "$bad" --workspace "$tmp/ws2" >/dev/null 2>&1 && fail "bad analyze succeeded"
if [ -d "$tmp/ws2" ]; then
	n=$("$bin" sources --json --workspace "$tmp/ws2" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["sources"]))')
	[ "$n" = 0 ] || fail "a failed analyze left $n sources"
fi

# Secrets: no file Sextant wrote holds a password.
ls "$ws" >/dev/null
[ -s "$SEXTANT_LOG" ] || fail "no log written to $SEXTANT_LOG (the grep below would prove nothing)"
for pw in "$SX_PG_ADMIN_PW" "$SX_PG_READER_PW" "not-the-password"; do
	if grep -r -a -l -F "$pw" "$tmp" --exclude=out --exclude=err --exclude='*.json'; then
		fail "a password was written to the files above"
	fi
done
echo "ok: analyze, sources --json, failures, no secrets in $(find "$tmp" -type f | wc -l) files"
