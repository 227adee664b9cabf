#!/bin/sh
# Starts or stops a throwaway ClickHouse server for the tests.
#
#   ch_server.sh start DIR [SQL_FILE...]   private config under DIR, loopback
#                                          only, two free ports; runs each
#                                          SQL file (statements end with ';'
#                                          at the end of a line); writes
#                                          DIR/http_port, DIR/tcp_port (the
#                                          native protocol) and DIR/url
#   ch_server.sh stop DIR                  stops it and removes DIR
#
# Users: "default" (no password), "sextant" with password "ch-test-pw", and
# "reader" / "ch-reader-pw" whose profile is read-only (readonly=1, so it
# may change no setting), all limited to 127.0.0.1. The server (Debian's clickhouse-server, 18.16
# or newer) runs as the calling user; everything it writes stays in DIR.
#
# ZooKeeper: when Debian's zookeeper package (3.8, /usr/share/java) and a
# java are installed, a standalone ZooKeeper is started first on loopback
# (its own free port, data in DIR/zk, ~1 s to serve) and the server gets
# <zookeeper>, <distributed_ddl> and an interserver HTTP port on loopback, so the one-node cluster `sextant_one`
# runs ON CLUSTER DDL and Replicated*MergeTree; its port is in DIR/zk_port.
# Without the package (or with SX_CH_NO_ZK=1) DIR/zk_port is absent and the
# server has no ZooKeeper.
set -eu

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR [SQL...]" >&2; exit 2; }

stop_pid() {
	if [ -f "$1" ]; then
		pid=$(cat "$1")
		if kill "$pid" 2>/dev/null; then
			i=0
			while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do
				sleep 0.1
				i=$((i + 1))
			done
			kill -9 "$pid" 2>/dev/null || true
		fi
	fi
}

stop() {
	stop_pid "$dir/server.pid"
	stop_pid "$dir/zk.pid"
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

# The classpath of Debian's zookeeper 3.8 server (libzookeeper-java's
# dependencies in /usr/share/java).
zk_jars="zookeeper zookeeper-jute slf4j-api slf4j-simple netty-handler netty-common netty-buffer netty-transport
netty-codec netty-resolver netty-transport-native-epoll netty-transport-native-unix-common metrics-core commons-cli"
zk_cp=""
if [ "${SX_CH_NO_ZK:-0}" != 1 ] && command -v java >/dev/null 2>&1; then
	for j in $zk_jars; do
		[ -f "/usr/share/java/$j.jar" ] || { zk_cp=""; break; }
		zk_cp="$zk_cp${zk_cp:+:}/usr/share/java/$j.jar"
	done
fi

# Starts ZooKeeper on a free loopback port; waits until it serves (srvr
# answers with its version). Up to 3 tries, like the server below.
start_zk() {
	mkdir -p "$dir/zk/data"
	ztries=0
	while :; do
		zk=$(free_port)
		cat >"$dir/zk/zoo.cfg" <<CFG
tickTime=500
dataDir=$dir/zk/data
clientPort=$zk
clientPortAddress=127.0.0.1
admin.enableServer=false
maxClientCnxns=0
CFG
		(cd "$dir/zk" && exec java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$zk_cp" \
			org.apache.zookeeper.server.ZooKeeperServerMain "$dir/zk/zoo.cfg" >"$dir/log/zookeeper.log" 2>&1) &
		echo $! >"$dir/zk.pid"
		i=0
		while [ $i -le 300 ] && kill -0 "$(cat "$dir/zk.pid")" 2>/dev/null; do
			if python3 -c 'import socket,sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.5)
s.sendall(b"srvr")
sys.exit(0 if s.recv(200).startswith(b"Zookeeper version") else 1)' "$zk" 2>/dev/null; then
				echo "$zk" >"$dir/zk_port"
				return 0
			fi
			i=$((i + 1))
			sleep 0.05
		done
		ztries=$((ztries + 1))
		stop_pid "$dir/zk.pid"
		if [ $ztries -ge 3 ]; then
			echo "ch_server: ZooKeeper did not start; last log lines:" >&2
			tail -n 20 "$dir/log/zookeeper.log" >&2 2>/dev/null || true
			return 1
		fi
	done
}
zk_xml=""
if [ -n "$zk_cp" ]; then
	start_zk || { stop; exit 1; }
	zk_xml="<zookeeper><node><host>127.0.0.1</host><port>$(cat "$dir/zk_port")</port></node></zookeeper>
    <distributed_ddl><path>/clickhouse/task_queue/ddl</path></distributed_ddl>"
fi
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
    $zk_xml$inter_xml
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
	# a replica is only activated with an interserver port (its parts are
	# fetched from there): a third port when there is a ZooKeeper
	inter_xml=""
	if [ -f "$dir/zk_port" ]; then
		inter=$(free_port)
		while [ "$inter" = "$http" ] || [ "$inter" = "$tcp" ]; do inter=$(free_port); done
		inter_xml="
    <interserver_http_host>127.0.0.1</interserver_http_host>
    <interserver_http_port>$inter</interserver_http_port>"
	fi
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
echo "$tcp" >"$dir/tcp_port"
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
zk_note="no ZooKeeper"
[ ! -f "$dir/zk_port" ] || zk_note="ZooKeeper on 127.0.0.1:$(cat "$dir/zk_port")"
echo "ch_server: ClickHouse $(curl -s "${url}?query=SELECT%20version()") on $url, $zk_note"
