#!/bin/sh
# Installs the Debian/Ubuntu packages Sextant needs, if any are missing.
# As root it runs apt-get; otherwise it prints the exact sudo line and fails.
# Usage: scripts/deps.sh [test]   ("test" adds what the test suite needs)
set -eu

PKGS="build-essential cmake pkgconf libfaiss-dev libopenblas-dev libgraphviz-dev
libpg-query-dev libpq-dev libsqlite3-dev sqlite3 libncurses-dev libreadline-dev
libcjson-dev libcurl4-openssl-dev libstemmer-dev libinih-dev libcmocka-dev python3
wordnet-base mythes-ru mueller7-dict zlib1g-dev python3-fake-factory wamerican"
TEST_PKGS="postgresql-15 clickhouse-server clickhouse-client tmux clang valgrind
util-linux curl mandoc lintian bash-completion python3-pytest python3-psycopg2 man-db dpkg-dev zsh fish
python3-clickhouse-driver
file zookeeper"

want="$PKGS"
[ "${1:-}" = "test" ] && want="$PKGS $TEST_PKGS"

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "deps: this is not a Debian/Ubuntu system; install the equivalents of:" >&2
	echo "  $want" | tr '\n' ' ' >&2
	echo >&2
	exit 1
fi

missing=""
for p in $want; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$st" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
	echo "deps: installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing
else
	echo "deps: missing packages:$missing" >&2
	echo "run this, then try again:" >&2
	echo "  sudo apt-get install -y --no-install-recommends$missing" >&2
	exit 1
fi
