#!/bin/sh
# Smoke tests of the workbench through a real terminal: tmux on a private
# server (-L, no config), driven with send-keys and checked with
# capture-pane. Covers: opening a source that is not in the workspace yet
# (analysed in the background), filtering the catalog, a live search, a
# join path and copying its JOIN (OSC 52 lands in tmux's paste buffer),
# changing the theme, resizing (also below the minimum), cancelling and
# resizing during a background analysis and during a :chat stream from
# the OpenAI-protocol fixture server, and quitting. In a sanitizer build
# any ASan/LSan report fails the test.
#
# usage: smoke.sh SEXTANT_BINARY SOURCE_DIR BUILD_DIR
set -eu

bin=$1
src=$2
build=$3
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed: skipped"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "python3 is not installed: skipped"; exit 77; }

tmp=$(mktemp -d /tmp/sx-smoke-XXXXXX)
sock="sx-smoke-$$"
T="tmux -L $sock -f /dev/null"
fixture_pid=
cleanup() {
	$T kill-server >/dev/null 2>&1 || true
	[ -n "$fixture_pid" ] && kill "$fixture_pid" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" SEXTANT_LOG="$tmp/sextant.log"
export XDG_STATE_HOME="$tmp/state"
export INPUTRC=/dev/null SEXTANT_API_KEY=smoke-test-key LANG=C.UTF-8 LC_ALL=C.UTF-8
export ASAN_OPTIONS="detect_leaks=1:log_path=$tmp/asan"
export LSAN_OPTIONS="suppressions=$src/tests/tui/lsan.supp:print_suppressions=0"
unset NO_COLOR SEXTANT_WORKSPACE SEXTANT_LLM_BASE_URL OPENAI_BASE_URL SEXTANT_LLM_MODEL || true
mkdir -p "$XDG_CONFIG_HOME/sextant" "$XDG_DATA_HOME"

fail() {
	echo "FAIL: $*" >&2
	echo "---- screen:" >&2
	$T capture-pane -p >&2 2>/dev/null || true
	exit 1
}

# wait_for TEXT [SECONDS]: until the screen shows TEXT. The limits are
# for an idle machine; under a parallel ctest on 2 cores everything is
# slower, so they are stretched (SX_WAIT_SCALE, default 4): a wait that
# succeeds returns at once, so only a failing run pays for it.
wait_for() {
	i=0
	limit=$(( ${2:-10} * 10 * ${SX_WAIT_SCALE:-4} ))
	while [ $i -lt $limit ]; do
		if $T capture-pane -p 2>/dev/null | grep -F -q -- "$1"; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	fail "the screen never showed '$1'"
}

# gone TEXT: the screen stops showing TEXT (at once, or once the keys sent
# before have been handled: polled like wait_for, 5 s stretched)
gone() {
	i=0
	limit=$(( 5 * 10 * ${SX_WAIT_SCALE:-4} ))
	while $T capture-pane -p | grep -F -q -- "$1"; do
		[ $i -lt $limit ] || fail "the screen still shows '$1'"
		sleep 0.1
		i=$((i + 1))
	done
}

keys() {
	$T send-keys "$@"
}

# Esc then a key within 25 ms is Alt+key to a terminal program: pause
esc() {
	$T send-keys Escape
	sleep 0.1
}

# ---------------------------------------------------------------- data
# The demo warehouse when the build has it, else a small shop (made here
# either way, with the big database for the cancelled analysis).
python3 - "$tmp" <<'EOF'
import sqlite3, sys
d = sys.argv[1]
db = sqlite3.connect(d + "/shop.sqlite")
db.executescript("""
CREATE TABLE customers (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT, phone TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
  total NUMERIC(12,2), status TEXT);
CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
  product_id INTEGER REFERENCES products(id), qty INTEGER);
CREATE TABLE products (id INTEGER PRIMARY KEY, title TEXT, price NUMERIC(10,2));
CREATE TABLE "клиенты_архив" ("ид" INTEGER PRIMARY KEY, "фамилия" TEXT, "телефон" TEXT);
INSERT INTO customers VALUES (1, 'Ann Lee', 'ann@example.com', '+1 555 0100');
""")
db.commit()
# A bigger one, for an analysis that takes long enough to cancel.
big = sqlite3.connect(d + "/big.sqlite")
big.execute("PRAGMA journal_mode=OFF")
for i in range(12000):
    big.execute(f"CREATE TABLE t{i:05d} (id INTEGER PRIMARY KEY, name TEXT, ref_id INTEGER, "
                f"created_at TIMESTAMP, amount NUMERIC)")
big.commit()
EOF
# What to look for differs between the two sources.
if [ -f "$build/data/demo.sqlite" ]; then
	db="$build/data/demo.sqlite"
	ntables=52; filter=invoi; filtered="Catalog  1 of 52"
	ru_hit=cst_mstr; path_from=cst_mstr; path_to=order_items; path_hops="1. 2 hops"
	join='JOIN "order_items"'
else
	db="$tmp/shop.sqlite"
	ntables=5; filter=orde; filtered="Catalog  2 of 5"
	ru_hit="клиенты_архив"; path_from=customers; path_to=order_items; path_hops="1. 2 hops"
	join='JOIN "order_items"'
fi
echo "source: $db"

# ---------------------------------------------------------------- the LLM fixture
cat >"$tmp/chat.json" <<'EOF'
{"chat": [
  {"events": [{"reasoning": "Thinking about the sky. "}, {"content": "The sky "}, {"delay_ms": 300},
              {"content": "looks blue "}, {"delay_ms": 400},
              {"repeat": 40, "content": "because of Rayleigh scattering. "},
              {"delay_ms": 30000}, {"content": "never shown"}, {"finish": "stop"}, {"done": true}]},
  {"text": "Short answer: scattering. Done streaming.", "chunk_chars": 5}
]}
EOF
python3 "$src/tests/fixtures/openai_fixture.py" --script "$tmp/chat.json" \
	--port-file "$tmp/port" >"$tmp/fixture.out" 2>&1 &
fixture_pid=$!
i=0
while [ ! -s "$tmp/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
[ -s "$tmp/port" ] || fail "the LLM fixture server did not start"
port=$(cat "$tmp/port")
cat >"$XDG_CONFIG_HOME/sextant/config.ini" <<EOF
[llm]
base_url = http://127.0.0.1:$port/v1
model = fixture-model
retries = 0
EOF

# ---------------------------------------------------------------- start
# The source is not in the workspace: the workbench analyses it first.
$T new-session -d -x 120 -y 36 \
	"'$bin' '$db' --workspace '$tmp/ws' 2>'$tmp/stderr'; echo \"exit=\$?\" >'$tmp/exit'"
$T set-option -g set-clipboard on
wait_for "1 db, $ntables tables" 60
wait_for "openai fixture-model"

# the catalog, the details of a table, the graph
wait_for "COLUMNS ("
keys / $(echo "$filter" | sed 's/./& /g')
wait_for "$filtered"
keys Enter
esc
gone "$filtered"

# live search, English then Russian
keys s c u s t o m e r
wait_for "why:"
keys C-u
keys -l "телефоны клиентов"
wait_for "$ru_hit" 10
esc
# / on the Search screen edits its query: it never jumps to the map's filter
keys 2 /
keys -l "phone"
wait_for "/ phone"
gone "no table matches"
esc
# a table filter that matches no name offers the meaning search
keys 1 /
keys -l "phone"
wait_for "Enter: search by meaning"
keys Enter
wait_for "/ phone"
wait_for "why:" 10
esc

# a pending path start shows in the message line, and Esc cancels it
keys 1 / $(echo "$path_from" | sed 's/./& /g') Enter p
wait_for "(p on another table, Esc cancels)"
keys j
wait_for "(p on another table, Esc cancels)"
esc
wait_for "cancelled"
gone "(p on another table"

# a join path, and its JOIN copied through OSC 52
keys 1 / $(echo "$path_from" | sed 's/./& /g') Enter p / $(echo "$path_to" | sed 's/./& /g') Enter p
wait_for "JOIN" 10
wait_for "$path_hops"
# each path's fan-out warning is one line, w shows it whole; a long help
# says there is more
wait_for "w: details"
keys ?
wait_for "more: j PgDn"
esc
keys y
wait_for "copied"
$T show-buffer 2>/dev/null | grep -q -F "$join" || fail "the JOIN did not reach the clipboard"
# tmux's default set-clipboard (external) drops OSC 52: y must not claim a copy
$T set-option -g set-clipboard external
keys y
wait_for "delivery cannot be confirmed"
$T set-option -g set-clipboard on

# the ER graph as a tree of neighbours (t), and back to the graph
$T send-keys ":graph $path_to --hops 2" Enter
wait_for "Graph $path_to  2 hops" 10
keys t
wait_for "Tree $path_to  2 hops"
keys t f c
wait_for "Graph $path_to  2 hops"

# the review queue: accept the most confident undecided link, undo it
keys v
wait_for "REVIEW QUEUE"
keys j j a
wait_for "relations accept r" 10
wait_for ": saved" 10
keys u
wait_for "relations reset r" 10
wait_for ": saved" 10
esc
gone "REVIEW QUEUE"

# the theme, through the command line with completion
keys : t h e m e Space l i Tab Enter
wait_for "light  ? help"

# resizing: small, below the minimum, back
$T resize-window -x 50 -y 14
wait_for "Tab"
$T resize-window -x 30 -y 10
wait_for "terminal too small"
$T resize-window -x 120 -y 36
wait_for "light  ? help"

# ---------------------------------------------------------------- a background analysis
# The job must still be running when C-c arrives: the status bar shows it,
# then the keys, the resizes and C-c go in one burst.
keys : a n a l y z e Space "$tmp/big.sqlite" Enter
wait_for "analysing in the background" 10
$T resize-window -x 80 -y 24
$T resize-window -x 100 -y 30
keys 1 j j k C-c
wait_for "cancelling analyze" 5
wait_for "cancelled" 30
wait_for "1 db, $ntables tables"

# ---------------------------------------------------------------- a :chat stream
keys : c h a t Space w h y Space b l u e Enter
wait_for "looks blue" 10
$T resize-window -x 60 -y 20
$T resize-window -x 110 -y 32
keys k j
keys C-c
wait_for "cancelled" 10
gone "never shown"
keys : c h a t Space a g a i n Enter
wait_for "Done streaming." 10

# ---------------------------------------------------------------- a generation run
# The built-in provider on the demo: the Agents screen fills in, the
# score comes, the Reflection and Artifacts screens show the run, w writes
# the files to a new directory (they must exist and compile), T tries it on
# a sample, G commits it to a git repository, History lists the run, sorts,
# replays it and takes feedback with a note. Only on the demo (its intent
# needs a revenue and a time).
if [ "$ntables" = 52 ]; then
	$T send-keys ':generate daily revenue into ClickHouse --target clickhouse' Enter
	echo "generation run"
	wait_for "thoughts:" 20
	wait_for "(7 Reflection, 8 Artifacts)" 60
	wait_for "score " 5
	keys j j
	keys 7
	wait_for "iter  score" 5
	keys Enter
	wait_for "critique and diffs" 5
	keys 8
	wait_for "select.sql" 5
	keys w
	wait_for "write to:" 5
	keys C-u
	$T send-keys -l "$tmp/export"
	keys Enter
	wait_for "wrote " 10
	for f in select.sql target_ddl.sql load.sql README.md report.json; do
		[ -s "$tmp/export/$f" ] || fail "the export has no $f"
	done
	ls "$tmp"/export/dags/*.py "$tmp"/export/transforms/*.py "$tmp"/export/tests/*.py >/dev/null ||
		fail "the export has no Python files"
	for f in "$tmp"/export/dags/*.py "$tmp"/export/transforms/*.py "$tmp"/export/tests/*.py; do
		python3 -m py_compile "$f" || fail "$f does not compile"
	done
	# w again on the same directory asks before writing over it
	keys w
	wait_for "write to:" 5
	keys Enter
	wait_for "write over its files? y/n" 5
	keys n
	wait_for "nothing written" 5
	# T: try on a sample (a ClickHouse target without a server: step 1
	# runs, the rest is reported unreachable)
	keys T
	wait_for "try on a sample: " 30
	wait_for "1 source" 5
	keys j
	gone "try on a sample: "
	# G: commit the files to a git repository named at the prompt
	if command -v git >/dev/null 2>&1; then
		git init -q "$tmp/repo"
		# the workbench's environment is set already: the identity goes
		# into the repository's config
		git -C "$tmp/repo" config user.name smoke
		git -C "$tmp/repo" config user.email smoke@example.com
		keys G
		wait_for "commit to git repository:" 5
		keys C-u
		$T send-keys -l "$tmp/repo"
		keys Enter
		wait_for "committed " 20
		git -C "$tmp/repo" log -1 --format=%s | grep -q "^sextant run .*: daily revenue into ClickHouse$" ||
			fail "no commit naming the run in $tmp/repo"
		git -C "$tmp/repo" ls-files | grep -q "^select.sql$" || fail "select.sql was not committed"
	fi
	keys 9
	wait_for "daily revenue into ClickHouse" 10
	wait_for "insights" 5
	# S sorts, Enter replays the run on the Agents screen, End ends it
	keys S
	wait_for "status    ▾score" 5
	keys Enter
	wait_for "thoughts:" 10
	keys End
	wait_for "replayed run" 10
	# the planner's thoughts as the history stored them (coalesced per
	# step, not the tokens), and the plan as boxes at 120 columns once
	# the replayed question is closed
	wait_for "grain -> day of" 5
	esc
	gone "which measure?"
	wait_for "┌─plan" 5
	wait_for "thoughts: planner" 5
	# A: feedback with a note
	keys 9 A
	wait_for "note (Enter: none" 5
	$T send-keys -l "looks right"
	keys Enter
	wait_for "feedback recorded" 10
	echo "try, git commit, replay, feedback: ok"
	# a run whose planner asks which measure: the choice list with its
	# countdown, j and Enter pick the second reading, the run goes on
	$T send-keys ':generate monthly revenue by customer --provider builtin' Enter
	wait_for "which measure?" 30
	wait_for "default in " 5
	keys j Enter
	wait_for "picked sum:t_ord_hdr.total_amount" 5
	wait_for "(7 Reflection, 8 Artifacts)" 60
	echo "ambiguity pick: ok"
	keys 1
fi

# ---------------------------------------------------------------- quit
# leave on the Search screen: the next start comes back here
keys 2
wait_for "/ phone"
keys q
i=0
while [ ! -s "$tmp/exit" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
[ -s "$tmp/exit" ] || fail "sextant did not quit"
grep -q "exit=0" "$tmp/exit" || fail "sextant exited with $(cat "$tmp/exit")"
if ls "$tmp"/asan* >/dev/null 2>&1; then
	cat "$tmp"/asan* >&2
	fail "the sanitizers reported errors"
fi
if grep -q -i "sanitizer" "$tmp/stderr"; then
	cat "$tmp/stderr" >&2
	fail "the sanitizers reported errors"
fi

# ---------------------------------------------------------------- the last workspace
# `sextant` with no argument opens the workspace used last.
$T new-session -d -s again -x 100 -y 30 \
	"'$bin' 2>'$tmp/stderr2'; echo \"exit=\$?\" >'$tmp/exit2'"
$T select-window -t again 2>/dev/null || true
i=0
while ! $T capture-pane -t again -p | grep -q "1 db, $ntables tables"; do
	sleep 0.1
	i=$((i + 1))
	[ $i -lt 100 ] || fail "the last workspace was not opened"
done
# the screen, the search and the theme of the last session are back
i=0
while ! $T capture-pane -t again -p | grep -q -F "/ phone"; do
	sleep 0.1
	i=$((i + 1))
	[ $i -lt 100 ] || { $T capture-pane -t again -p >&2; fail "the state was not restored"; }
done
$T capture-pane -t again -p | grep -q -F "light  ? help" || fail "the theme was not restored"
ls "$tmp"/state/sextant/tui/*.json >/dev/null 2>&1 || fail "no state file was written"
$T send-keys -t again q
i=0
while [ ! -s "$tmp/exit2" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
grep -q "exit=0" "$tmp/exit2" || { cat "$tmp/exit2" "$tmp/stderr2" >&2; fail "second run exited badly"; }
echo "tui smoke: ok"
