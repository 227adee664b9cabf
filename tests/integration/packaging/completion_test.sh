#!/bin/bash
# completion_test.sh SEXTANT SCRIPT DEMO - the generated bash completion
# sourced in bash, with COMP_WORDS set as bash would: commands, options,
# option values and names from a workspace; then the zsh and fish scripts
# next to it, when those shells are installed.
set -u
BIN=$1 SCRIPT=$2 DEMO=$3
T=$(mktemp -d "${TMPDIR:-/tmp}/sxcomp.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
unset SEXTANT_WORKSPACE SEXTANT_CONFIG
fails=0
W="$T/ws"
"$BIN" analyze "$DEMO" --workspace "$W" >/dev/null 2>&1 || { echo "FAIL: analyze the demo"; exit 1; }
# shellcheck disable=SC1090
source "$SCRIPT"

# comp WORD... : completes the last word; prints the candidates sorted
comp() {
	COMP_WORDS=("$BIN" "$@")
	COMP_CWORD=$#
	COMPREPLY=()
	_sextant
	printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort
}
# want DESCRIPTION EXPECTED -- WORDS...
want() {
	local what=$1 exp=$2 got
	shift 3
	got=$(comp "$@" | tr '\n' ' ' | sed 's/ $//')
	if [ "$got" != "$exp" ]; then
		echo "FAIL: $what: got '$got', want '$exp'"
		fails=$((fails + 1))
	fi
}

want "command prefix" "search show sources" -- s
want "help's argument" "describe doctor" -- help d
want "graph option prefix" "--format" -- graph --form
want "graph --format values" "dot json png svg" -- graph --format ""
want "short option value" "svg" -- graph -f s
want "--format=VALUE (bash splits at =)" "png" -- graph --format = p
want "a table after --format=svg" "refunds" -- graph -w "$W" --format = svg ref
want "provider values" "openai" -- llm ping --provider o
want "workspace verbs" "forget" -- workspace f
want "table name" "customer_addresses customer_contacts" -- show --workspace "$W" customer_
want "qualified table" "main.customer_addresses" -- describe --workspace "$W" main.customer_ad
want "second table of path" "order_items order_status_history" -- path --workspace "$W" customer_addresses order
want "table after a valued option" "refunds" -- path -w "$W" --max-hops 3 order_items ref
want "database names" "demo" -- tables --workspace "$W" --database ""
want "no names without a workspace" "" -- show --workspace "$T/none" cust
[ -e "$T/none" ] && { echo "FAIL: completion created a workspace"; fails=$((fails + 1)); }
# fish: its own `complete -C` on the generated script
D=$(dirname "$SCRIPT")
if command -v fish >/dev/null; then
	fish -n "$D/sextant.fish" || { echo "FAIL: fish -n"; fails=$((fails + 1)); }
	got=$(PATH="$(dirname "$BIN"):$PATH" fish -c "source '$D/sextant.fish'
		complete -C 'sextant gra'; complete -C 'sextant graph --format s'
		complete -C 'sextant path -w $W customer_contacts order_i'" | cut -f1 | tr '\n' ' ')
	[ "$got" = "graph svg order_items " ] || { echo "FAIL: fish completion: '$got'"; fails=$((fails + 1)); }
else
	echo "SKIP: fish not installed (scripts/deps.sh test)"
fi
# zsh: the bash functions through bashcompinit
if command -v zsh >/dev/null; then
	zsh -n "$D/_sextant" || { echo "FAIL: zsh -n"; fails=$((fails + 1)); }
	got=$(PATH="$(dirname "$BIN"):$PATH" zsh "$(dirname "$0")/zsh_complete.zsh" "$D/_sextant" \
		sextant show -w "$W" customer_c | tr '\n' ' ')
	[ "$got" = "customer_contacts " ] || { echo "FAIL: zsh table completion: '$got'"; fails=$((fails + 1)); }
	got=$(zsh "$(dirname "$0")/zsh_complete.zsh" "$D/_sextant" sextant graph --format "" | tr '\n' ' ')
	[ "$got" = "dot svg png json " ] || { echo "FAIL: zsh --format values: '$got'"; fails=$((fails + 1)); }
else
	echo "SKIP: zsh not installed (scripts/deps.sh test)"
fi
[ $fails -eq 0 ] && echo "completion: all cases pass"
[ $fails -eq 0 ]
