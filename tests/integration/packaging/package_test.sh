#!/bin/sh
# package_test.sh BUILD_DIR - the Debian package, built and used as a user
# would: cpack, lintian (no errors), `dpkg-deb -x` into a temporary root,
# then the unpacked program: --version, analyse the demo, search, `man -l`
# on the installed page, and the bash completion sourced by bash.
# The unpacked program finds its data next to itself (sx_data_dir), so
# nothing here points it at the root: SEXTANT_DATA_DIR is unset.
set -u
B=$1
T=$(mktemp -d "${TMPDIR:-/tmp}/sxpkg.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
unset SEXTANT_WORKSPACE SEXTANT_CONFIG SEXTANT_DATA_DIR
fails=0
bad() { fails=$((fails + 1)); echo "FAIL: $*" >&2; }
for tool in cpack lintian dpkg-deb man bash; do
	command -v $tool >/dev/null || { echo "SKIP: $tool missing (scripts/deps.sh test)"; exit 77; }
done

# 1. build the package from this build tree's install rules
(cd "$T" && cpack -G DEB --config "$B/CPackConfig.cmake" -B "$T/out") >"$T/cpack.log" 2>&1 ||
	{ cat "$T/cpack.log"; echo "FAIL: cpack"; exit 1; }
DEB=$(ls "$T"/out/sextant_*.deb 2>/dev/null | head -1)
[ -n "$DEB" ] || { echo "FAIL: no .deb in $T/out"; exit 1; }
echo "package: $(basename "$DEB") $(stat -c %s "$DEB") bytes"

# 2. lintian: no errors (warnings are printed, not fatal)
lintian --allow-root --tag-display-limit 0 "$DEB" >"$T/lintian.log" 2>&1
cat "$T/lintian.log"
if grep -q '^E:' "$T/lintian.log"; then bad "lintian reports errors"; fi

# 3. unpack
R="$T/root"
dpkg-deb -x "$DEB" "$R" || { echo "FAIL: dpkg-deb -x"; exit 1; }
for f in usr/bin/sextant usr/share/man/man1/sextant.1.gz usr/share/man/man5/sextant-config.5.gz \
	usr/share/bash-completion/completions/sextant usr/share/zsh/vendor-completions/_sextant \
	usr/share/fish/vendor_completions.d/sextant.fish usr/share/doc/sextant/copyright \
	usr/share/doc/sextant/README.md usr/share/doc/sextant/AUTHORS usr/share/doc/sextant/changelog.gz \
	usr/share/sextant/data/lexicon/stopwords_en.txt usr/share/sextant/themes/dark.theme; do
	[ -f "$R/$f" ] || bad "package lacks /$f"
done
X="$R/usr/bin/sextant"

# 4. the unpacked program
"$X" --version >"$T/v" 2>&1 || bad "--version exits $?"
for lib in '^sextant [0-9]' '^libpq ' '^SQLite ' '^FAISS ' '^libcurl ' '^libpg_query ' '^ncurses '; do
	grep -q "$lib" "$T/v" || bad "--version lacks $lib: $(cat "$T/v")"
done
W="$T/ws"
"$X" analyze "$B/data/demo.sqlite" --workspace "$W" >"$T/an" 2>&1 || bad "analyze the demo: $(cat "$T/an")"
"$X" search "customer orders" --workspace "$W" --json >"$T/s" 2>"$T/se" || bad "search: $(cat "$T/se")"
python3 - "$T/s" <<'PY' || bad "search found nothing with the installed lexicon"
import json, sys
r = json.load(open(sys.argv[1]))
hits = r.get("results") or r.get("hits") or []
sys.exit(0 if hits else 1)
PY
# the lexicons came from the package, not from the source tree
"$X" doctor --no-model --json --workspace "$W" >"$T/doc" 2>&1
python3 - "$T/doc" "$R" <<'PY' || bad "doctor: data not from the unpacked root: $(cat "$T/doc")"
import json, os, sys
r = json.load(open(sys.argv[1]))
sys.exit(0 if os.path.realpath(r["data_dir"]).startswith(os.path.realpath(sys.argv[2])) else 1)
PY
MANPAGER=cat MANWIDTH=80 man -l "$R/usr/share/man/man1/sextant.1.gz" >"$T/man" 2>"$T/mane" ||
	bad "man -l sextant.1.gz: $(cat "$T/mane")"
grep -q "analyze" "$T/man" && grep -q "EXIT STATUS" "$T/man" || bad "man page lacks commands or EXIT STATUS"
MANPAGER=cat man -l "$R/usr/share/man/man5/sextant-config.5.gz" >"$T/man5" 2>&1 &&
	grep -q "busy_timeout_ms" "$T/man5" || bad "sextant-config(5) lacks a key"
# the completion script, sourced by bash, completes a command and a table
got=$(bash -c '
	source "$1"
	COMP_WORDS=("$2" sh); COMP_CWORD=1; _sextant; printf "%s\n" "${COMPREPLY[@]}"
	COMP_WORDS=("$2" show --workspace "$3" cust); COMP_CWORD=4; _sextant; printf "%s\n" "${COMPREPLY[@]}"
' _ "$R/usr/share/bash-completion/completions/sextant" "$X" "$W" 2>&1)
echo "$got" | grep -qx show || bad "bash completion of 'sh': $got"
echo "$got" | grep -qx customer_addresses || bad "bash completion of a demo table: $got"

[ "$fails" -eq 0 ] && echo "package: all checks passed" || echo "package: $fails checks failed"
[ "$fails" -eq 0 ]
