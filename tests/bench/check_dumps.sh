#!/bin/sh
# check_dumps.sh DATASETS_DIR [SEXTANT_BINARY]
#
# Reads the real schema dumps of DATASETS_DIR (the schemas/ folder of the
# shared datasets: openstreetmap, danbooru, omop_cdm, pagila, chinook,
# northwind) with `sextant analyze FILE.sql` and compares its table, column
# and FK counts with counts obtained independently: each dump is loaded
# into a throwaway PostgreSQL 15 (tests/support/pg_server.sh) with psql, and
# pg_catalog is asked for
#   tables:  relkind r/p, not a partition, outside pg_catalog/information_schema/pg_toast
#   columns: their attributes (attnum > 0, not dropped)
#   FKs:     their pg_constraint rows of contype 'f'
# The counts from each dataset's SOURCE.md are printed alongside. Exit 1 when
# any Sextant count differs from PostgreSQL's.
#
# Sextant reads each dump as it is, except omop_cdm, whose four OHDSI
# files are concatenated (ddl, primary keys, constraints, indices) with the
# template placeholder "@cdmDatabaseSchema." removed (tables land in public)
# since `analyze` takes one file. PostgreSQL 15 gets a copy with three
# substitutions that change no table, column or FK count, so that it loads
# without errors:
#   openstreetmap: public.geometry(Polygon,4326) -> bytea (no PostGIS here)
#   pagila:        PostgreSQL 18's "GENERATED ... VIRTUAL" -> STORED and
#                  uuidv7() -> gen_random_uuid(), public.vector(N) -> real[]
#                  (no pgvector here)
#   both:          CREATE EXTENSION / COMMENT ON EXTENSION of those two and
#                  pgvector's hnsw index dropped
# psql errors, if any, are counted in the result column.
set -u

DIR=${1:?usage: check_dumps.sh DATASETS_DIR [SEXTANT_BINARY]}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SEXTANT=${2:-$ROOT/build/sextant}
PG_SERVER=${SX_PG_SERVER_SCRIPT:-$ROOT/tests/support/pg_server.sh}
[ -x "$SEXTANT" ] || { echo "check_dumps: no sextant binary at $SEXTANT (build first)" >&2; exit 2; }
[ -f "$PG_SERVER" ] || { echo "check_dumps: missing $PG_SERVER" >&2; exit 2; }

WORK=$(mktemp -d /tmp/sx-dumps.XXXXXX)
chmod 755 "$WORK"
STATE=$WORK/pg
cleanup() {
	sh "$PG_SERVER" stop "$STATE" >/dev/null 2>&1
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
sh "$PG_SERVER" start "$STATE" >/dev/null || { echo "check_dumps: PostgreSQL did not start" >&2; exit 2; }
envval() { sed -n "s/^$1=//p" "$STATE/env"; }
PGBIN=$(envval SX_PG_BIN)
psql_do() {
	db=$1
	shift
	"$PGBIN/psql" -X -q -h "$(envval SX_PG_SOCKDIR)" -p "$(envval SX_PG_PORT)" \
		-U "$(envval SX_PG_ADMIN)" -d "$db" "$@"
}
# pg_dump files set owners to "postgres"
psql_do postgres -c "CREATE ROLE postgres" >/dev/null 2>&1

# Writes $WORK/NAME.sql (what Sextant reads) and $WORK/NAME.pg.sql (what
# PostgreSQL 15 loads).
prepare() {
	name=$1
	out=$WORK/$name.sql
	case "$name" in
	openstreetmap) cp "$DIR/openstreetmap/structure.sql" "$out" ;;
	danbooru) cp "$DIR/danbooru/structure.sql" "$out" ;;
	pagila) cp "$DIR/pagila/pagila-schema.sql" "$out" ;;
	chinook) cp "$DIR/chinook/Chinook_PostgreSql.sql" "$out" ;;
	northwind) cp "$DIR/northwind/northwind.sql" "$out" ;;
	omop_cdm)
		for p in ddl primary_keys constraints indices; do
			cat "$DIR/omop_cdm/OMOPCDM_postgresql_5.4_$p.sql" || return 1
			echo
		done | sed 's/@cdmDatabaseSchema\.//g' >"$out"
		;;
	esac
	[ -s "$out" ] || return 1
	sed -e 's/public\.geometry(Polygon,4326)/bytea/' \
		-e 's/) VIRTUAL$/) STORED/' -e 's/uuidv7()/gen_random_uuid()/' -e 's/public\.vector([0-9]*)/real[]/' \
		-e '/^CREATE EXTENSION IF NOT EXISTS \(postgis\|vector\)/d' -e '/^COMMENT ON EXTENSION \(postgis\|vector\)/d' -e '/ USING hnsw /d' "$out" >"$WORK/$name.pg.sql"
}

# SOURCE.md: "- tables: 57 (partitions skipped: 0), columns: 389" and
# "- declared FK constraints: 71"; chinook has two sections, the dump's last
source_counts() {
	f=$DIR/$1/SOURCE.md
	[ -f "$f" ] || { echo "- - -"; return; }
	t=$(grep -o 'tables: [0-9]*' "$f" | tail -n 1 | grep -o '[0-9]*')
	c=$(grep -o 'columns: [0-9]*' "$f" | tail -n 1 | grep -o '[0-9]*')
	k=$(grep -o 'declared FK constraints: [0-9]*' "$f" | tail -n 1 | grep -o '[0-9]*$')
	echo "${t:--} ${c:--} ${k:--}"
}

PGQ="WITH t AS (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r','p') AND NOT c.relispartition
    AND n.nspname NOT IN ('pg_catalog','information_schema','pg_toast'))
SELECT (SELECT count(*) FROM t),
       (SELECT count(*) FROM pg_attribute a JOIN t ON a.attrelid = t.oid WHERE a.attnum > 0 AND NOT a.attisdropped),
       (SELECT count(*) FROM pg_constraint k JOIN t ON k.conrelid = t.oid WHERE k.contype = 'f')"

fail=0
printf '%-14s %-22s %-22s %-22s %8s %s\n' dump "sextant t/c/fk" "postgresql t/c/fk" "SOURCE.md t/c/fk" "analyze_s" result
for name in openstreetmap danbooru omop_cdm pagila chinook northwind; do
	if ! prepare "$name"; then
		printf '%-14s missing in %s\n' "$name" "$DIR"
		fail=1
		continue
	fi
	f=$WORK/$name.sql
	# PostgreSQL: a fresh database per dump (chinook creates and enters its own)
	for db in $(psql_do postgres -At -c "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'"); do
		psql_do postgres -c "DROP DATABASE \"$db\"" >/dev/null 2>&1
	done
	psql_do postgres -c "CREATE DATABASE dump" >/dev/null
	psql_do dump -f "$WORK/$name.pg.sql" >/dev/null 2>"$WORK/$name.psql.err"; errs=$(grep -c ERROR "$WORK/$name.psql.err")
	pt=0 pc=0 pf=0
	for db in $(psql_do postgres -At -c "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'"); do
		set -- $(psql_do "$db" -At -F ' ' -c "$PGQ")
		pt=$((pt + $1)) pc=$((pc + $2)) pf=$((pf + $3))
	done
	# Sextant
	ws=$WORK/ws-$name
	t0=$(date +%s.%N)
	if SEXTANT_WORKSPACE=$ws SEXTANT_LOG=/dev/null "$SEXTANT" analyze "$f" --json >"$WORK/$name.json" 2>"$WORK/$name.err" &&
		SEXTANT_WORKSPACE=$ws SEXTANT_LOG=/dev/null "$SEXTANT" tables --json >"$WORK/$name.tables.json" 2>>"$WORK/$name.err"; then
		t1=$(date +%s.%N)
		set -- $(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
ts = [t for t in d["tables"] if t["kind"] in ("table", "partitioned table")]
print(len(ts), sum(t["column_count"] for t in ts), sum(t["fk_count"] for t in ts))' "$WORK/$name.tables.json")
		st=$1 sc=$2 sf=$3
	else
		t1=$(date +%s.%N)
		st=- sc=- sf=-
		echo "  $name: $(cat "$WORK/$name.err")"
	fi
	secs=$(python3 -c "print(f'{$t1 - $t0:.2f}')")
	if [ "$st/$sc/$sf" = "$pt/$pc/$pf" ]; then res=ok; else res=DIFFERENT; fail=1; fi
	[ "$errs" -gt 0 ] && res="$res (psql: $errs errors)"
	set -- $(source_counts "$name")
	printf '%-14s %-22s %-22s %-22s %8s %s\n' "$name" "$st/$sc/$sf" "$pt/$pc/$pf" "$1/$2/$3" "$secs" "$res"
done
[ -n "${KEEP_ERRS:-}" ] && cat "$WORK"/*.psql.err >&2
exit $fail
