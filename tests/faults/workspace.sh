#!/bin/sh
# workspace.sh SEXTANT - a damaged workspace and a full disk.
#
# What the user sees, case by case:
# - read-only workspace directory: a command that must write says the
#   directory is not writable (exit 1); the files are unchanged.
# - the file truncated (0 bytes, inside the header, one page, half, just
#   after the decision's pages): every command exits 1 with one line naming the problem
#   ("corrupt ... run 'sextant workspace rebuild'"; a 0-byte file reads as
#   an empty workspace and the commands say so; cut inside the last page,
#   commands work until they read that page),
#   never a crash; `workspace rebuild` then gives a workspace that works,
#   and salvages the decision whenever its pages are still in the file.
# - random pages overwritten (not the schema's or the decisions' pages):
#   each command works or says "corrupt ... workspace rebuild"; rebuild
#   salvages the decision.
# - a stale WAL: garbage is ignored (content intact); the WAL of another
#   workspace file is applied by SQLite without notice (it cannot tell a
#   foreign WAL whose checksums hold): commands that read a page it
#   replaced say "corrupt ... workspace rebuild" and leave the file as they
#   found it (no checkpoint of that WAL into it on close: it would replace
#   the schema's pages with the other file's, orphaning the decision), the
#   others work, and rebuild salvages the decision.
# - the disk fills up while the workspace is saved (a 3 MB tmpfs mounted
#   here; root only, skipped with a message otherwise): analyze says the
#   disk is full (exit 1) and the workspace opens with its previous content.
. "$(dirname "$0")/lib.sh"

shown=
# clear_or_ok WHAT: the last command either succeeded, or failed with
# exit 1 and a single line of stderr (never a crash, never silence)
clear_or_ok() {
	if [ "$got" -eq 0 ]; then ok; return; fi
	# what the user sees, once per case
	if [ "${1%%:*}" != "${shown%%:*}" ]; then
		echo "   the user sees (exit $got): $(head -c 300 "$T/err")"
	fi
	shown=$1
	if [ "$got" -ne 1 ]; then bad "$1: exit $got (a crash?); stderr: $(head -c 400 "$T/err")"; return; fi
	lines=$(wc -l <"$T/err")
	if [ "$lines" -eq 1 ] && grep -q "^sextant: " "$T/err"; then ok; else bad "$1: unclear error: $(head -c 400 "$T/err")"; fi
}
run() { "$@" >"$T/out" 2>"$T/err" </dev/null; got=$?; }
psz() { $PY -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA page_size").fetchone()[0])' "$1"; }
# the last page holding sqlite_schema or decisions (the store's) (1-based)
key_pages() {
	$PY -c 'import sqlite3,sys
c=sqlite3.connect(sys.argv[1])
print(c.execute("SELECT max(pageno) FROM dbstat WHERE name IN (?,?)", ("sqlite_schema","decisions")).fetchone()[0])' "$1"
}
salvaged() { # salvaged WS: the rebuilt file holds the rejection
	$PY -c 'import sqlite3,sys
n=sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM decisions WHERE id=? AND status=?", (sys.argv[2],"rejected")).fetchone()[0]
sys.exit(0 if n==1 else 1)' "$1/workspace.db" "$DECISION"
}

GOOD="$T/good"
prepare "$GOOD" || finish
# a second source after the decision: pages behind the decision's, so a
# truncation can keep the decision and lose the rest
"$BIN" analyze "$T/wide.db" --workspace "$GOOD" >/dev/null 2>&1 || bad "analysing wide.db"
$PY -c 'import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA wal_checkpoint(TRUNCATE)")' "$GOOD/workspace.db"
SIZE=$(stat -c %s "$GOOD/workspace.db")
PSZ=$(psz "$GOOD/workspace.db")
KEY=$(key_pages "$GOOD/workspace.db")
say "workspace file: $SIZE bytes, pages of $PSZ, schema and decisions up to page $KEY"
fresh() { rm -rf "$1"; cp -a "$GOOD" "$1"; }

# ---------------------------------------------------------------- read-only
say "read-only workspace directory"
W="$T/ro"
fresh "$W"
sum_before=$(cat "$W/workspace.db" | cksum)
if [ "$(id -u)" = 0 ]; then
	chown -R nobody "$W"
	chmod 555 "$W"
	AS="runuser -u nobody --"
else
	chmod 555 "$W"
	AS=
fi
SEXTANT_LOG=/dev/null run $AS "$BIN" analyze "$T/wide.db" --workspace "$W"
[ "$got" -eq 1 ] && grep -q "not writable" "$T/err" && ok || bad "read-only dir: exit $got, stderr: $(cat "$T/err")"
clear_or_ok "read-only dir"
SEXTANT_LOG=/dev/null run $AS "$BIN" tables --workspace "$W"
clear_or_ok "tables in a read-only dir"
chmod 755 "$W"
[ "$(cat "$W/workspace.db" | cksum)" = "$sum_before" ] && ok || bad "the read-only workspace file changed"
[ "$(id -u)" = 0 ] && chown -R root "$W"
msg=$(intact "$W") && ok || bad "read-only dir, then writable again: $msg"

# ---------------------------------------------------------------- truncated
half=$(( (SIZE / PSZ / 2) * PSZ ))
inside_last=$(( SIZE - PSZ / 2 ))
after_key=$(( KEY * PSZ + PSZ / 3 ))
for cut in 0 60 $PSZ $half $after_key $inside_last; do
	[ "$cut" -lt "$SIZE" ] || continue
	say "workspace file truncated to $cut of $SIZE bytes"
	W="$T/trunc$cut"
	fresh "$W"
	truncate -s "$cut" "$W/workspace.db"
	for c in tables sources "search customers" relations; do
		# shellcheck disable=SC2086
		run "$BIN" $c --workspace "$W"
		clear_or_ok "truncated to $cut: $c"
		if [ "$cut" -eq 0 ]; then
			# SQLite reads an empty file as an empty database: the
			# commands say there is nothing yet (nothing to salvage)
			grep -q -i "empty\|no sources\|analyze" "$T/out" "$T/err" && ok || bad "truncated to 0: '$c' says nothing: $(cat "$T/out" "$T/err")"
		elif [ "$cut" -le $((SIZE - PSZ)) ]; then
			# whole pages missing: SQLite refuses the file
			[ "$got" -eq 1 ] && ok || bad "truncated to $cut: '$c' exit $got (want 1): $(head -c 300 "$T/out")"
			grep -q "workspace rebuild" "$T/err" && ok || bad "truncated to $cut: '$c' offers no rebuild: $(cat "$T/err")"
		elif [ "$got" -ne 0 ]; then
			# inside the last page: works until that page is read
			grep -q "workspace rebuild" "$T/err" && ok || bad "truncated to $cut: '$c' offers no rebuild: $(cat "$T/err")"
		fi
	done
	run "$BIN" workspace rebuild --workspace "$W"
	[ "$got" -eq 0 ] && ok || bad "rebuild after truncation to $cut: exit $got: $(cat "$T/err")"
	if [ "$cut" -ge "$after_key" ]; then
		salvaged "$W" && ok || bad "truncated to $cut (after the decision's pages): the decision was not salvaged: $(cat "$T/out")"
	fi
	run "$BIN" analyze "$T/shop.db" --workspace "$W"
	[ "$got" -eq 0 ] && ok || bad "analyze after rebuild ($cut): $(cat "$T/err")"
	if [ "$cut" -ge "$after_key" ]; then
		msg=$(intact "$W") && ok || bad "truncated to $cut, rebuilt and analysed again: $msg"
	fi
done

# ---------------------------------------------------------------- random pages
for seed in 1 2 3 4 5; do
	say "random pages overwritten (seed $seed)"
	W="$T/pages$seed"
	fresh "$W"
	$PY - "$W/workspace.db" "$seed" "$PSZ" <<'PYEOF' || bad "damaging pages (seed $seed)"
import random, sqlite3, sys
path, seed, psz = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
c = sqlite3.connect(path)
keep = {r[0] for r in c.execute("SELECT pageno FROM dbstat WHERE name IN ('sqlite_schema','decisions')")}
npages = c.execute("PRAGMA page_count").fetchone()[0]
c.close()
rnd = random.Random(seed)
pages = [p for p in range(2, npages + 1) if p not in keep]
with open(path, "r+b") as f:
    for p in rnd.sample(pages, 4):
        f.seek((p - 1) * psz)
        f.write(bytes(rnd.getrandbits(8) for _ in range(psz)))
PYEOF
	for c in tables sources "search customers" relations "show orders"; do
		# shellcheck disable=SC2086
		run "$BIN" $c --workspace "$W"
		clear_or_ok "pages (seed $seed): $c"
		if [ "$got" -ne 0 ]; then
			grep -q "workspace rebuild" "$T/err" && ok || bad "pages (seed $seed): '$c' offers no rebuild: $(cat "$T/err")"
		fi
	done
	run "$BIN" workspace rebuild --workspace "$W"
	[ "$got" -eq 0 ] && ok || bad "rebuild (seed $seed): exit $got: $(cat "$T/err")"
	salvaged "$W" && ok || bad "pages (seed $seed): the decision was not salvaged: $(cat "$T/out")"
done

# ---------------------------------------------------------------- stale WAL
say "a stale WAL of garbage"
W="$T/walg"
fresh "$W"
head -c 40000 /dev/urandom >"$W/workspace.db-wal"
msg=$(intact "$W") && ok || bad "garbage WAL: $msg"

say "the WAL of another workspace file beside a restored one"
O="$T/other"
"$BIN" analyze "$T/wide.db" --workspace "$O" >/dev/null 2>&1 || bad "preparing the other workspace"
$PY - "$O/workspace.db" "$T/other.wal" <<'PYEOF' || bad "making a WAL"
import shutil, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("CREATE TABLE IF NOT EXISTS zz_touch(x)")
c.execute("INSERT INTO zz_touch VALUES (1)")
c.execute("UPDATE meta SET value = value WHERE 1")
c.commit()
shutil.copy(sys.argv[1] + "-wal", sys.argv[2])
PYEOF
W="$T/walo"
fresh "$W"
cp "$T/other.wal" "$W/workspace.db-wal"
for c in tables sources "search customers" relations; do
	# shellcheck disable=SC2086
	run "$BIN" $c --workspace "$W"
	clear_or_ok "stale WAL: $c"
	if [ "$got" -ne 0 ]; then
		grep -q "workspace rebuild" "$T/err" && ok || bad "stale WAL: '$c' offers no rebuild: $(cat "$T/err")"
	fi
done
run "$BIN" workspace rebuild --workspace "$W"
[ "$got" -eq 0 ] && ok || bad "rebuild with a stale WAL: exit $got: $(cat "$T/err")"
salvaged "$W" && ok || bad "stale WAL: the decision was not salvaged: $(cat "$T/out")"

# ---------------------------------------------------------------- disk full
say "the disk fills up while the workspace is saved"
if [ "$(id -u)" != 0 ]; then
	echo "disk full: skipped (mounting a tmpfs needs root)"
elif ! mkdir -p "$T/mnt" || ! mount -t tmpfs -o size=3m,mode=0755 sxfault "$T/mnt" 2>"$T/err"; then
	echo "disk full: skipped (cannot mount a tmpfs here: $(cat "$T/err"))"
else
	cleanup_extra="umount '$T/mnt' 2>/dev/null || umount -l '$T/mnt' 2>/dev/null"
	W="$T/mnt/ws"
	prepare "$W"
	avail=$(df --output=avail -k "$T/mnt" | tail -1)
	dd if=/dev/zero of="$T/mnt/fill" bs=1k count=$((avail - 200)) 2>/dev/null
	run "$BIN" analyze "$T/wide.db" --workspace "$W"
	[ "$got" -eq 1 ] && ok || bad "disk full: analyze exit $got (want 1): $(cat "$T/err")"
	clear_or_ok "disk full"
	grep -q -i "full" "$T/err" && ok || bad "disk full: the message does not say so: $(cat "$T/err")"
	rm -f "$T/mnt/fill"
	msg=$(intact "$W") && ok || bad "disk full: the previous content: $msg"
	run "$BIN" sources --workspace "$W"
	grep -q "wide" "$T/out" && bad "disk full: a half-saved 'wide' appears" || ok
	ls "$W/index" | grep -q tmp && bad "disk full: temporary files left in $W/index: $(ls "$W/index")" || ok
	umount "$T/mnt" || umount -l "$T/mnt"
	cleanup_extra=
fi
finish
