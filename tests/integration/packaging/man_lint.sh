#!/bin/sh
# man_lint.sh MANDIR - the generated pages pass `mandoc -T lint -W warning`
# (no warnings, no errors) and name every command and config key.
set -u
D=$1
command -v mandoc >/dev/null || { echo "SKIP: mandoc missing (scripts/deps.sh test)"; exit 77; }
out=$(mandoc -T lint -W warning "$D/sextant.1" "$D/sextant-config.5" 2>&1)
rc=$?
if [ -n "$out" ] || [ $rc -ne 0 ]; then
	echo "$out"
	echo "FAIL: mandoc -T lint -W warning reports the above (exit $rc)"
	exit 1
fi
for c in analyze sources tables show search context workspace llm relations describe pii path graph doctor; do
	grep -q "^\.It Cm $c\$" "$D/sextant.1" || { echo "FAIL: sextant.1 lacks command $c"; exit 1; }
done
for s in "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
	grep -q "^\.Sh $s" "$D/sextant.1" || { echo "FAIL: sextant.1 lacks section $s"; exit 1; }
done
echo "man pages: lint clean"
