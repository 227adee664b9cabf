#!/bin/sh
# build_mixed.sh OUT BUILD_DIR CLANG ARGS... - links a libFuzzer harness
# whose own sources (ARGS: flags and .c files, compiled here by clang with
# coverage, ASan and UBSan) sit on top of the engine as the main build made
# it (gcc, libsextant.a and libsextant_tui.a, no coverage): the fuzzer
# steers by the coverage of the files it is given, and the rest runs as it
# ships. The libraries to link are read from the link line CMake wrote for
# the sextant binary, so this script never goes out of step with it.
set -eu
out=$1
build=$2
clang=$3
shift 3
link="$build/CMakeFiles/sextant.dir/link.txt"
[ -f "$link" ] || { echo "build_mixed: $link not found (build sextant first)" >&2; exit 1; }
# the words after libsextant.a on the sextant link line: the libraries
libs=$(tr ' ' '\n' <"$link" | sed -n '/^libsextant\.a$/,$p' | sed '1d' |
	while read -r w; do
		case $w in
		/*|-*) printf '%s ' "$w" ;;
		?*) printf '%s ' "$build/$w" ;;
		esac
	done)
# clang as the C++ driver: libfaiss.a is C++
cxx=$(dirname "$(command -v "$clang")")/$(basename "$clang" | sed 's/^clang/clang++/')
[ -x "$cxx" ] || cxx=clang++
objs=
dir=$(mktemp -d "${TMPDIR:-/tmp}/sxfuzzbuild.XXXXXX")
trap 'rm -rf "$dir"' EXIT
flags=
for a in "$@"; do
	case $a in
	*.c) ;;
	*) flags="$flags $a" ;;
	esac
done
i=0
for a in "$@"; do
	case $a in
	*.c)
		i=$((i + 1))
		# shellcheck disable=SC2086
		"$clang" -c -std=c11 -g -O1 -fsanitize=fuzzer-no-link,address,undefined $flags "$a" -o "$dir/$i.o"
		objs="$objs $dir/$i.o"
		;;
	esac
done
# shellcheck disable=SC2086
"$cxx" -g -fsanitize=fuzzer,address,undefined $objs "$build/src/tui/libsextant_tui.a" "$build/libsextant.a" $libs -o "$out"
