#!/bin/sh
# team_bench.sh SEXTANT PG_ENV [NTABLES] - opening and searching a shared
# workspace of NTABLES (default 10,000) tables against a local one. Prints
# one line per step with its wall time and fails when the first search of a
# new client (cold: it builds the replica, downloads the search vectors
# the analysing client published and builds its index from them) takes more
# than 5 s, or a search of a client that has them (warm: its local index
# cache matches the shared vectors' hash) more than 1 s. The log says what
# each search open did: the new client must embed nothing.
set -eu
S=$1
PG_URL=$(sed -n 's/^SX_PG_ADMIN_URI=//p' "$2")/postgres
N=${3:-10000}
T=$(mktemp -d /tmp/sx-teambench.XXXXXX)
trap 'rm -rf "$T"' EXIT
export SEXTANT_LOG="$T/log" SEXTANT_WORKSPACE_SCHEMA=bench_$$
unset SEXTANT_WORKSPACE

python3 - "$T/big.sql" "$N" <<'PY'
import sys
words = ["customer", "order", "invoice", "payment", "shipment", "product", "account", "ledger"]
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        w = words[i % len(words)]
        f.write(f"CREATE TABLE {w}_{i} (id bigint PRIMARY KEY, {w}_name text,"
                f" amount numeric(10,2), created_at timestamp, ref_{i % 50} bigint);\n")
PY

now() { python3 -c 'import time; print(time.monotonic())'; }
step() { # step LABEL XDG_DIR WORKSPACE ARGS...
	label=$1 xdg=$2 ws=$3
	shift 3
	: >"$SEXTANT_LOG"
	t0=$(now)
	XDG_DATA_HOME=$xdg "$S" "$@" --workspace "$ws" >/dev/null
	t1=$(now)
	secs=$(python3 -c "print(f'{$t1 - $t0:.2f}')")
	printf '%-48s %6s s\n' "$label" "$secs"
	LAST=$secs
}
within() { python3 -c "import sys; sys.exit(0 if $1 <= $2 else 1)" || {
	echo "FAIL: $3 took $1 s (limit $2 s)" >&2
	exit 1
}; }

step "local: analyse $N tables" "$T/l" "$T/local" analyze "$T/big.sql" --no-sampling
step "shared: analyse $N tables" "$T/a" "$PG_URL" analyze "$T/big.sql" --no-sampling
step "local: open + search" "$T/l" "$T/local" search customer amount
within "$LAST" 1 "a warm local search"
step "shared, new client: open + first search (cold)" "$T/b" "$PG_URL" search customer amount
within "$LAST" 5 "a cold shared search"
said() { grep -q "$1" "$SEXTANT_LOG" || {
	echo "FAIL: $2; the log says:" >&2
	cat "$SEXTANT_LOG" >&2
	exit 1
}; }
said "0 database(s) embedded here, 1 built from the shared vectors" \
	"the new client did not build its index from the shared vectors"
step "shared, same client: open + search (warm)" "$T/b" "$PG_URL" search customer amount
within "$LAST" 1 "a warm shared search"
said "0 database(s) embedded here, 0 built from the shared vectors, 1 loaded" \
	"the client did not load its index cache"
step "shared, same client: open + sources" "$T/b" "$PG_URL" sources
echo "team_bench: ok"
