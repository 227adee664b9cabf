#!/bin/sh
# signals.sh SEXTANT - signals during analysis and in the workbench.
#
# What the user sees:
# - SIGTERM or SIGHUP (the SSH session dropped) during `analyze`: the
#   process ends with status 128 + the signal; the workspace holds what it
#   held before (or the whole new analysis, never a part of it), passes
#   integrity_check, and no temporary file is left.
# - SIGINT during `analyze`: "cancelled; nothing saved" (exit 1), or the
#   whole analysis when the signal came after the save.
# - SIGPIPE: output piped into `head -1` ends quietly (nothing on stderr,
#   no crash status).
# - SIGTERM and SIGHUP in the workbench (under tmux), idle and during a
#   background analysis: the terminal is given back (alternate screen off,
#   cooked mode with echo), the exit status is 128 + the signal, and the
#   workspace is intact. Skipped without tmux.
. "$(dirname "$0")/lib.sh"

$PY - "$T" <<'PYEOF'
import sqlite3, sys
b = sqlite3.connect(sys.argv[1] + "/big.db")
b.execute("PRAGMA journal_mode=OFF")
for i in range(3000):
    b.execute("CREATE TABLE b%04d(id INTEGER PRIMARY KEY, customer_id INTEGER, name TEXT, email TEXT, amount REAL)" % i)
b.commit()
PYEOF
GOOD="$T/good"
prepare "$GOOD" || finish
fresh() { rm -rf "$1"; cp -a "$GOOD" "$1"; }

# whole_or_nothing WS WHAT: big is absent, or present with all its tables
whole_or_nothing() {
	"$BIN" sources --workspace "$1" --json >"$T/s.out" 2>"$T/s.err" || { bad "$2: sources: $(cat "$T/s.err")"; return; }
	$PY -c 'import json,sys
j=json.load(open(sys.argv[1]))
big=[s for s in j["sources"] if s.get("name")=="big"]
assert not big or "3000" in json.dumps(big[0]).replace(",",""), big' "$T/s.out" && ok || bad "$2: a partial analysis of big.db was saved: $(head -c 400 "$T/s.out")"
	leftovers=$(find "$1" -name '*tmp*' -o -name '*-journal' | head -3)
	[ -z "$leftovers" ] && ok || bad "$2: temporary files left: $leftovers"
}

# ---------------------------------------------------------------- analyze
# the signal comes a third into the time a whole analysis of big.db takes
# here, so that it lands mid-analysis on a fast machine and a slow one
t0=$(date +%s%N)
"$BIN" analyze "$T/big.db" --workspace "$T/timing" >/dev/null 2>&1 || bad "timing analysis of big.db"
third=$($PY -c 'import sys; print("%.3f" % max(0.05, (int(sys.argv[2]) - int(sys.argv[1])) / 3e9))' "$t0" "$(date +%s%N)")
echo "   a whole analysis of big.db takes ${third}s x 3 here"
for sig in TERM HUP INT; do
	for delay in $third; do
		say "SIG$sig after ${delay}s of analyze"
		W="$T/a$sig$delay"
		fresh "$W"
		"$BIN" analyze "$T/big.db" --workspace "$W" >"$T/out" 2>"$T/err" </dev/null &
		pid=$!
		sleep "$delay"
		kill -s "$sig" "$pid"
		wait "$pid"
		got=$?
		case $sig in
		TERM) want=143 ;;
		HUP) want=129 ;;
		INT) want=1 ;;
		esac
		if [ "$sig" = INT ] && [ "$got" -eq 0 ]; then
			ok # the signal came after the save: the whole analysis
		elif [ "$got" -eq "$want" ]; then
			ok
		else
			bad "SIG$sig during analyze: exit $got, want $want; stderr: $(cat "$T/err")"
		fi
		if [ "$sig" = INT ] && [ "$got" -eq 1 ]; then
			grep -q "cancelled" "$T/err" && ok || bad "SIGINT: no 'cancelled' message: $(cat "$T/err")"
		fi
		msg=$(intact "$W") && ok || bad "SIG$sig during analyze: $msg"
		whole_or_nothing "$W" "SIG$sig during analyze"
	done
done

# ---------------------------------------------------------------- SIGPIPE
for c in "tables" "tables --json" "search customers" "relations" "sources" "show orders"; do
	say "'$c' into head -1"
	W="$T/pipe"
	[ -d "$W" ] || fresh "$W"
	"$BIN" analyze "$T/wide.db" --workspace "$W" >/dev/null 2>&1
	# shellcheck disable=SC2086
	status=$( ( "$BIN" $c --workspace "$W" 2>"$T/err"; echo $? >"$T/rc" ) | head -1 >/dev/null; cat "$T/rc")
	[ ! -s "$T/err" ] && ok || bad "'$c | head -1' wrote to stderr: $(cat "$T/err")"
	[ "$status" -lt 128 ] || [ "$status" -eq 141 ] && ok || bad "'$c | head -1': exit $status"
done

# ---------------------------------------------------------------- the workbench
if ! command -v tmux >/dev/null 2>&1; then
	echo "the workbench under signals: skipped (tmux is not installed)"
	finish
fi
sock="sxfault-sig-$$"
TM="tmux -L $sock -f /dev/null"
cleanup_extra="$TM kill-server >/dev/null 2>&1"
export INPUTRC=/dev/null

# screen_shows TEXT SECONDS
screen_shows() {
	i=0
	while [ $i -lt $(($2 * 10)) ]; do
		$TM capture-pane -p 2>/dev/null | grep -F -q -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

for sig in TERM HUP; do
	for what in idle analysing; do
		say "SIG$sig in the workbench ($what)"
		W="$T/tui$sig$what"
		fresh "$W"
		rm -f "$T/exit" "$T/stty"
		if [ "$what" = idle ]; then arg=; else arg="$T/big.db"; fi
		$TM new-session -d -x 100 -y 30 \
			"'$BIN' $arg --workspace '$W' 2>'$T/tui.err'; echo \$? >'$T/exit'; stty -a >'$T/stty'; sleep 60"
		if ! screen_shows "Catalog" 10; then
			bad "SIG$sig ($what): the workbench did not start: $($TM capture-pane -p | head -5)"
			$TM kill-server >/dev/null 2>&1
			continue
		fi
		[ "$what" = analysing ] && sleep 0.3
		shell=$($TM display -p '#{pane_pid}')
		pid=$(ps -o pid= --ppid "$shell" | head -1 | tr -d ' ')
		[ -n "$pid" ] && kill -s "$sig" "$pid"
		i=0
		while [ ! -s "$T/stty" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
		case $sig in TERM) want=143 ;; HUP) want=129 ;; esac
		[ "$(cat "$T/exit" 2>/dev/null)" = "$want" ] && ok || bad "SIG$sig in the workbench ($what): exit '$(cat "$T/exit" 2>/dev/null)', want $want; stderr: $(head -c 300 "$T/tui.err")"
		[ "$($TM display -p '#{alternate_on}')" = 0 ] && ok || bad "SIG$sig ($what): the alternate screen is still on"
		grep -q -- " icanon" "$T/stty" && grep -q -- " echo " "$T/stty" && ok || bad "SIG$sig ($what): the terminal was left raw: $(head -c 300 "$T/stty")"
		$TM kill-server >/dev/null 2>&1
		msg=$(intact "$W") && ok || bad "SIG$sig in the workbench ($what): $msg"
		whole_or_nothing "$W" "SIG$sig in the workbench ($what)"
	done
done
finish
