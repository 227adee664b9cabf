#!/bin/sh
# Starts or stops a throwaway ClickHouse server for the tests.
#
#   ch_server.sh start DIR [SQL_FILE...]   private config under DIR, loopback
#                                          only, two free ports; runs each
#                                          SQL file (statements end with ';'
#                                          at the end of a line); writes
#                                          DIR/http_port and DIR/url
#   ch_server.sh stop DIR                  stops it and removes DIR
#
# Users: "default" (no password), "sextant" with password "ch-test-pw", and
# "reader" / "ch-reader-pw" whose profile is read-only (readonly=1, so it
# may change no setting), all limited to 127.0.0.1. The server (Debian's clickhouse-server, 18.16
# or newer) runs as the calling user; everything it writes stays in DIR.
set -eu

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR [SQL...]" >&2; exit 2; }

stop() {
	if [ -f "$dir/server.pid" ]; then
		pid=$(cat "$dir/server.pid")
		if kill "$pid" 2>/dev/null; then
			i=0
			while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do
				sleep 0.1
				i=$((i + 1))
			done
			kill -9 "$pid" 2>/dev/null || true
		fi
	fi
	rm -rf "$dir"
}

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

case "$cmd" in
stop)
	stop
	exit 0
	;;
start) ;;
*)
	echo "usage: $0 start|stop DIR [SQL...]" >&2
	exit 2
	;;
esac
shift 2

server=$(command -v clickhouse-server || true)
[ -n "$server" ] || [ ! -x /usr/sbin/clickhouse-server ] || server=/usr/sbin/clickhouse-server
if [ -z "$server" ]; then
	echo "ch_server: clickhouse-server is not installed (scripts/deps.sh test installs it)" >&2
	exit 1
fi

# a server left by an interrupted run
stop
mkdir -p "$dir/data" "$dir/tmp" "$dir/log" "$dir/user_files" "$dir/format_schemas"
dir=$(cd "$dir" && pwd)
write_config() {
cat >"$dir/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <logger>
        <level>warning</level>
        <log>$dir/log/server.log</log>
        <errorlog>$dir/log/error.log</errorlog>
        <console>0</console>
    </logger>
    <listen_host>127.0.0.1</listen_host>
    <http_port>$http</http_port>
    <tcp_port>$tcp</tcp_port>
    <path>$dir/data/</path>
    <tmp_path>$dir/tmp/</tmp_path>
    <user_files_path>$dir/user_files/</user_files_path>
    <format_schema_path>$dir/format_schemas/</format_schema_path>
    <users_config>$dir/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <mark_cache_size>67108864</mark_cache_size>
    <max_concurrent_queries>64</max_concurrent_queries>
    <remote_servers>
        <sextant_one>
            <shard>
                <internal_replication>true</internal_replication>
                <replica>
                    <host>127.0.0.1</host>
                    <port>$tcp</port>
                </replica>
            </shard>
        </sextant_one>
    </remote_servers>
    <macros>
        <shard>01</shard>
        <replica>replica-1</replica>
    </macros>
    <query_log>
        <database>system</database>
        <table>query_log</table>
        <flush_interval_milliseconds>500</flush_interval_milliseconds>
    </query_log>
</yandex>
XML

cat >"$dir/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <profiles>
        <default>
            <max_memory_usage>2000000000</max_memory_usage>
            <log_queries>1</log_queries>
        </default>
        <readonly>
            <readonly>1</readonly>
        </readonly>
    </profiles>
    <users>
        <default>
            <password></password>
            <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
            <profile>default</profile>
            <quota>default</quota>
        </default>
        <sextant>
            <password>ch-test-pw</password>
            <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
            <profile>default</profile>
            <quota>default</quota>
        </sextant>
        <reader>
            <password>ch-reader-pw</password>
            <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
            <profile>readonly</profile>
            <quota>default</quota>
        </reader>
    </users>
    <quotas>
        <default>
            <interval>
                <duration>3600</duration>
                <queries>0</queries>
                <errors>0</errors>
                <result_rows>0</result_rows>
                <read_rows>0</read_rows>
                <execution_time>0</execution_time>
            </interval>
        </default>
    </quotas>
</yandex>
XML
}

# A free port can be taken between the probe and the bind: up to 3 tries.
tries=0
while :; do
	http=$(free_port)
	tcp=$(free_port)
	while [ "$tcp" = "$http" ]; do tcp=$(free_port); done
	write_config
	(cd "$dir" && exec "$server" --config-file="$dir/config.xml" >"$dir/log/stdout.log" 2>&1) &
	echo $! >"$dir/server.pid"
	url="http://127.0.0.1:$http/"
	i=0
	up=no
	while [ $i -le 200 ] && kill -0 "$(cat "$dir/server.pid")" 2>/dev/null; do
		if [ "$(curl -s --max-time 1 "${url}ping" 2>/dev/null)" = "Ok." ]; then
			up=yes
			break
		fi
		i=$((i + 1))
		sleep 0.05
	done
	[ $up = yes ] && break
	tries=$((tries + 1))
	kill "$(cat "$dir/server.pid")" 2>/dev/null || true
	if [ $tries -ge 3 ]; then
		echo "ch_server: the server did not start; last log lines:" >&2
		tail -n 20 "$dir/log/error.log" "$dir/log/stdout.log" >&2 2>/dev/null || true
		stop
		exit 1
	fi
	sleep 0.2
done
echo "$http" >"$dir/http_port"
echo "$url" >"$dir/url"

# Runs one statement; fails loudly with the server's message.
run_sql() {
	out=$(printf '%s' "$1" | curl -s -S --max-time 60 -w '\n%{http_code}' --data-binary @- "$url") || {
		echo "ch_server: cannot reach the server" >&2
		return 1
	}
	code=$(printf '%s' "$out" | tail -n 1)
	if [ "$code" != "200" ]; then
		echo "ch_server: statement failed ($code): $(printf '%s' "$out" | head -n 3)" >&2
		echo "  $1" | head -n 5 >&2
		return 1
	fi
}

for f in "$@"; do
	stmt=""
	while IFS= read -r line || [ -n "$line" ]; do
		case "$line" in
		--* | "") [ -z "$stmt" ] && continue ;;
		esac
		stmt="$stmt$line
"
		case "$line" in
		*\;)
			run_sql "$stmt" || { stop; exit 1; }
			stmt=""
			;;
		esac
	done <"$f"
	[ -z "$(printf '%s' "$stmt" | tr -d ' \n\t')" ] || run_sql "$stmt" || { stop; exit 1; }
done
echo "ch_server: ClickHouse $(curl -s "${url}?query=SELECT%20version()") on $url"
