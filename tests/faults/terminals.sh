#!/bin/sh
# terminals.sh SEXTANT - the workbench in odd terminals (under tmux).
#
# What the user sees:
# - a tiny terminal (20x5): "terminal too small: Sextant needs 40x12",
#   and the workbench comes back when the terminal grows;
# - the terminal resized in a loop (sizes from 10x3 to 200x60, 60 times):
#   no crash, the workbench still answers and quits with status 0;
# - TERM=dumb: refused with a message naming the terminal (exit 2);
# - LANG=C: the workbench runs (it switches its characters to C.UTF-8,
#   since terminals that reach a bastion host speak UTF-8) and quits with 0.
# In every case the terminal is given back (cooked mode, echo) and the
# workspace is unchanged. Skipped without tmux.
. "$(dirname "$0")/lib.sh"
command -v tmux >/dev/null 2>&1 || { echo "skipped: tmux is not installed"; exit 77; }
sock="sxfault-term-$$"
TM="tmux -L $sock -f /dev/null"
nstart=0
cleanup_extra='k=1; while [ $k -le $nstart ]; do tmux -L "$sock-$k" -f /dev/null kill-server >/dev/null 2>&1; k=$((k + 1)); done' 
export INPUTRC=/dev/null

W="$T/ws"
prepare "$W" || finish
sum_before=$($PY -c 'import sqlite3,sys
c=sqlite3.connect(sys.argv[1]); print(c.execute("SELECT count(*) FROM decisions").fetchone()[0], c.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0])' "$W/workspace.db")

screen_shows() { # TEXT SECONDS
	i=0
	while [ $i -lt $(($2 * 10)) ]; do
		$TM capture-pane -p 2>/dev/null | grep -F -q -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# start W H ENV...: the workbench in a fresh tmux session
start() {
	w=$1; h=$2; shift 2
	# a fresh server on its own socket each time: a server still shutting
	# down on the previous socket would make the new session fail
	nstart=$((nstart + 1))
	TM="tmux -L $sock-$nstart -f /dev/null"
	rm -f "$T/exit" "$T/stty"
	$TM new-session -d -x "$w" -y "$h" \
		"env $* '$BIN' --workspace '$W' 2>'$T/tui.err'; echo \$? >'$T/exit'; stty -a >'$T/stty'; sleep 60"
}
# ended WANT WHAT: the workbench ended with status WANT and a sane terminal
ended() {
	i=0
	while [ ! -s "$T/stty" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	[ "$(cat "$T/exit" 2>/dev/null)" = "$1" ] && ok || bad "$2: exit '$(cat "$T/exit" 2>/dev/null)', want $1; stderr: $(head -c 300 "$T/tui.err")"
	grep -q -- " icanon" "$T/stty" && grep -q -- " echo " "$T/stty" && ok || bad "$2: the terminal was left raw"
	$TM kill-server >/dev/null 2>&1
}
quit() {
	$TM send-keys Escape
	sleep 0.1
	$TM send-keys q
}

say "a 20x5 terminal"
start 20 5
screen_shows "too small" 10 && ok || bad "20x5: no 'too small' message: $($TM capture-pane -p)"
$TM resize-window -x 100 -y 30
screen_shows "Catalog" 10 && ok || bad "20x5 grown to 100x30: the workbench did not come back"
quit
ended 0 "20x5"

say "resized in a loop"
start 100 30
screen_shows "Catalog" 10 || bad "the workbench did not start"
for i in $(seq 1 60); do
	w=$(( (i * 37) % 191 + 10 ))
	h=$(( (i * 13) % 58 + 3 ))
	$TM resize-window -x "$w" -y "$h"
	[ $((i % 10)) -eq 0 ] && $TM send-keys j
done
$TM resize-window -x 100 -y 30
screen_shows "Catalog" 10 && ok || bad "after the resize loop the workbench does not draw: $($TM capture-pane -p | head -5)"
quit
ended 0 "resize loop"

say "TERM=dumb"
start 80 24 TERM=dumb
ended 2 "TERM=dumb"
grep -q "cannot move the cursor" "$T/tui.err" && grep -q "dumb" "$T/tui.err" && ok || bad "TERM=dumb: no clear message: $(cat "$T/tui.err")"

say "LANG=C"
start 100 30 LANG=C LC_ALL=C
screen_shows "Catalog" 10 && ok || bad "LANG=C: the workbench did not start: $($TM capture-pane -p | head -5)"
quit
ended 0 "LANG=C"

sum_after=$($PY -c 'import sqlite3,sys
c=sqlite3.connect(sys.argv[1]); print(c.execute("SELECT count(*) FROM decisions").fetchone()[0], c.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0])' "$W/workspace.db")
[ "$sum_before" = "$sum_after" ] && ok || bad "the workspace changed: $sum_before -> $sum_after"
msg=$(intact "$W") && ok || bad "after the terminals: $msg"
finish
