#!/bin/sh
# Opens Sextant on the bundled demo warehouse (used by `make run`).
# Builds the demo database if needed, analyses it into a workspace kept in
# the build folder, then opens the workbench (or, in a build without the
# TUI, prints the analysis summary).
set -eu
build=${1:-build}
bin="$build/sextant"
demo="$build/data/demo.sqlite"
ws="$build/demo-workspace"
[ -x "$bin" ] || { echo "run-demo: $bin is missing; run 'make build'" >&2; exit 1; }
[ -f "$demo" ] || { echo "run-demo: $demo is missing; run 'make build'" >&2; exit 1; }
"$bin" analyze "$demo" --workspace "$ws"
if [ -t 0 ] && [ -t 1 ] && "$bin" --help | grep -q "opens the terminal workbench"; then
	exec "$bin" --workspace "$ws"
fi
