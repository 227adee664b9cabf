/*
 * artifacts.c - the target side of a spec: DDL and load statements per
 * target dialect, the Airflow DAG, the Python transform module with its
 * pytest tests, and the README; sx_gen_render puts them all in a set.
 *
 * Design: the target table's columns come from gen_outcols, the same list
 * the SELECT produces, so DDL, load and SELECT cannot disagree. ClickHouse
 * DDL is version-aware: LowCardinality only from 19.x on, never
 * DateTime64 or Map (18.16 reads neither), sorting-key columns never
 * Nullable. An unknown version gets the conservative syntax. Secrets never
 * appear: the DAG names Airflow connection ids only.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "gen_int.h"

#define MAXC 128

static int ch_major(const sx_gen_spec *s)
{
	return s->target_version ? atoi(s->target_version) : 0;
}

static void pg_type(sx_buf *b, const sx_gen_spec *s, const gen_outcol *c)
{
	if (c->src_type && s->source == SX_DB_POSTGRES && c->fam != SX_TF_OTHER) {
		sx_buf_puts(b, c->src_type);
		return;
	}
	switch (c->fam) {
	case SX_TF_INTEGER: sx_buf_puts(b, "bigint"); break;
	case SX_TF_DECIMAL: sx_buf_puts(b, "numeric(18,2)"); break;
	case SX_TF_FLOAT: sx_buf_puts(b, "double precision"); break;
	case SX_TF_BOOLEAN: sx_buf_puts(b, "boolean"); break;
	case SX_TF_DATE: sx_buf_puts(b, "date"); break;
	case SX_TF_TIMESTAMP: sx_buf_puts(b, "timestamp"); break;
	case SX_TF_UUID: sx_buf_puts(b, "uuid"); break;
	case SX_TF_JSON: sx_buf_puts(b, "jsonb"); break;
	default: sx_buf_puts(b, "text");
	}
}

static void ch_type(sx_buf *b, const sx_gen_spec *s, const gen_outcol *c)
{
	const char *t;
	bool nul = c->nullable && !c->key;
	switch (c->fam) {
	case SX_TF_INTEGER: t = "Int64"; break;
	case SX_TF_DECIMAL: t = "Decimal(18, 2)"; break;
	case SX_TF_FLOAT: t = "Float64"; break;
	case SX_TF_BOOLEAN: t = "UInt8"; break;
	case SX_TF_DATE: t = "Date"; break;
	case SX_TF_TIMESTAMP: t = "DateTime"; break;
	case SX_TF_UUID: t = "UUID"; break;
	default: t = "String";
	}
	if (c->lowcard && c->fam == SX_TF_TEXT && ch_major(s) >= 19 && !nul) {
		sx_buf_puts(b, "LowCardinality(String)");
		return;
	}
	sx_buf_printf(b, nul ? "Nullable(%s)" : "%s", t);
}

/* The TabSeparated text of a column's default where its ClickHouse type is
 * not Nullable, NULL where it is (see ch_type). */
static const char *ch_null_as(const gen_outcol *c)
{
	if (c->nullable && !c->key)
		return NULL;
	switch (c->fam) {
	case SX_TF_INTEGER: case SX_TF_DECIMAL: case SX_TF_FLOAT: case SX_TF_BOOLEAN: return "0";
	case SX_TF_DATE: return "0000-00-00";
	case SX_TF_TIMESTAMP: return "0000-00-00 00:00:00";
	case SX_TF_UUID: return "00000000-0000-0000-0000-000000000000";
	default: return "";
	}
}

static void sqlite_type(sx_buf *b, const gen_outcol *c)
{
	switch (c->fam) {
	case SX_TF_INTEGER: case SX_TF_BOOLEAN: sx_buf_puts(b, "INTEGER"); break;
	case SX_TF_DECIMAL: sx_buf_puts(b, "NUMERIC"); break;
	case SX_TF_FLOAT: sx_buf_puts(b, "REAL"); break;
	default: sx_buf_puts(b, "TEXT");
	}
}

static bool scd(const sx_gen_spec *s)
{
	return s->load == SX_LOAD_SCD2;
}

/* Whether an SCD2 load compares column c to tell a changed row: every
 * column but the key and the watermark (a newer updated_at alone is no
 * new version). */
static bool scd_compared(const sx_gen_spec *s, const gen_outcol *c)
{
	return !c->key && !(s->watermark && strcmp(c->name, s->watermark) == 0);
}

/* The target table's name: db.`name` for a cluster (at), else `name`. */
static void ch_name(sx_buf *b, const gen_ch_place *at, const sx_gen_spec *s)
{
	if (at && at->db) {
		gen_q(b, SX_DB_CLICKHOUSE, at->db);
		sx_buf_putc(b, '.');
	}
	gen_q(b, s->target, at && at->table ? at->table : s->target_table);
	if (at && at->cluster) {
		sx_buf_puts(b, " ON CLUSTER ");
		gen_q(b, SX_DB_CLICKHOUSE, at->cluster);
	}
}

/* ", DATE 'iso'" then `then`, or `otherwise` when iso is NULL. */
static void pg_date_or(sx_buf *b, const char *iso, const char *then, const char *otherwise)
{
	if (!iso) {
		sx_buf_puts(b, otherwise);
		return;
	}
	sx_buf_puts(b, ", DATE ");
	gen_lit(b, SX_DB_POSTGRES, iso);
	sx_buf_puts(b, then);
}

/* The number of key columns among a target's output columns. */
size_t gen_ch_keys(const gen_outcol *oc, size_t n)
{
	size_t i, k = 0;
	for (i = 0; i < n; i++)
		k += oc[i].key;
	return k;
}

/* The partition key of a range-partitioned target: its first date key. */
static const char *part_col(const gen_outcol *oc, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (oc[i].key && (oc[i].fam == SX_TF_DATE || oc[i].fam == SX_TF_TIMESTAMP))
			return oc[i].name;
	return NULL;
}

/* Whether output column o is an incremental load's watermark that is its
 * integer key (no date or time column): each run reads the ids from the
 * highest the last run saw, less ID_LOOKBACK (ids committed out of their
 * order), and upserts them. Rows changed after their load are not read
 * again: with no update time nothing tells them. */
static bool window_by_id(const sx_gen_spec *s, const gen_outcol *o)
{
	return s->load == SX_LOAD_INCREMENTAL && s->watermark && s->nkey == 1 &&
	       strcmp(s->key[0], s->watermark) == 0 && strcmp(o->name, s->watermark) == 0 &&
	       o->fam == SX_TF_INTEGER;
}

/* Whether the window on output column col is by id (window_by_id). */
static bool col_is_id(const sx_gen_spec *s, const gen_outcol *oc, size_t n, const char *col)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(oc[i].name, col) == 0)
			return window_by_id(s, &oc[i]);
	return false;
}

/* The output column a run's extract is cut on, or NULL where every run reads
 * the whole SELECT: an aggregate's period (a grain from hour to year, so
 * every period the window reaches is recomputed whole) or an incremental
 * load's date or time watermark column, or its integer key (window_by_id).
 * SQLite may keep a date as ISO text, as a number or as text in another
 * form: its window (sqlite_window) skips
 * only ISO text older than the window and reads every other row every run.
 * The extract wraps the SELECT, so each row it reads is the full SELECT's. */
static const char *window_col(const sx_gen_spec *s, const gen_outcol *oc, size_t n)
{
	size_t i;
	if (s->streaming)
		return NULL;
	if (s->load == SX_LOAD_AGGREGATE) {
		const char *g = sx_gen_grain_name(s->grain);
		if (s->grain < SX_GRAIN_HOUR || s->grain > SX_GRAIN_YEAR || s->time_year)
			return NULL;
		for (i = 0; i < n; i++)
			if (oc[i].key && strcmp(oc[i].name, g) == 0 &&
			    (oc[i].fam == SX_TF_DATE || oc[i].fam == SX_TF_TIMESTAMP))
				return oc[i].name;
		return NULL;
	}
	if (s->load == SX_LOAD_INCREMENTAL && s->watermark)
		for (i = 0; i < n; i++)
			if (strcmp(oc[i].name, s->watermark) == 0 &&
			    (oc[i].fam == SX_TF_DATE || oc[i].fam == SX_TF_TIMESTAMP || window_by_id(s, &oc[i])))
				return oc[i].name;
	return NULL;
}

/* The name of the partition of period p (a PL/pgSQL date) as a PL/pgSQL
 * expression: the same names pg_partitions and pg_stage_partitions give. */
static void pg_part_name(sx_buf *b, const sx_gen_spec *s, bool year)
{
	sx_buf_puts(b, "left(");
	gen_lit(b, SX_DB_POSTGRES, s->target_table);
	sx_buf_printf(b, ", 50) || '_p' || to_char(p, '%s')", year ? "YYYY" : "YYYYMM");
}

/* The partitions of a range-partitioned PostgreSQL target: a default one
 * for rows outside the others (history older than the window), and one per
 * month (per year for quarter and year grains) over the intent's date range,
 * else from two years back to three months ahead; created only where
 * missing, so the DDL can run again. Names keep within PostgreSQL's 63 bytes. */
static void pg_partitions(sx_buf *b, const sx_gen_spec *s, const char *part)
{
	char nm[80];
	bool year = s->grain >= SX_GRAIN_QUARTER;
	(void)part;
	snprintf(nm, sizeof nm, "%.50s_default", s->target_table);
	sx_buf_printf(
	    b, "-- %lld source rows: partitioned by %s; rows outside the partitions below land in ",
	    (long long)s->source_rows, year ? "year" : "month");
	gen_q(b, SX_DB_POSTGRES, nm);
	sx_buf_puts(b, "\nCREATE TABLE IF NOT EXISTS ");
	gen_q(b, SX_DB_POSTGRES, nm);
	sx_buf_puts(b, " PARTITION OF ");
	gen_q(b, SX_DB_POSTGRES, s->target_table);
	sx_buf_puts(b, " DEFAULT;\n");
	sx_buf_puts(
	    b, "DO $$\nDECLARE\n  p date;\nBEGIN\n  FOR p IN SELECT generate_series(date_trunc(");
	gen_lit(b, SX_DB_POSTGRES, year ? "year" : "month");
	pg_date_or(b, s->date_from, ")", ", now() - interval '2 years')");
	pg_date_or(b, s->date_to, " - interval '1 day', interval ", ", now() + interval '3 months', interval ");
	gen_lit(b, SX_DB_POSTGRES, year ? "1 year" : "1 month");
	sx_buf_puts(b, ")::date LOOP\n    EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION "
	               "OF %I FOR VALUES "
	               "FROM (%L) TO (%L)',\n                   ");
	pg_part_name(b, s, year);
	sx_buf_puts(b, ", ");
	gen_lit(b, SX_DB_POSTGRES, s->target_table);
	sx_buf_printf(b, ", p, p + interval '1 %s');\n  END LOOP;\nEND\n$$;\n",
	              year ? "year" : "month");
}

int gen_render_ddl(const sx_gen_spec *s, sx_buf *b)
{
	if (s->target == SX_DB_CLICKHOUSE && s->cluster)
		return gen_cluster_ddl(s, b);
	return gen_render_ddl_at(s, b, NULL);
}

int gen_render_ddl_at(const sx_gen_spec *s, sx_buf *b, const gen_ch_place *at)
{
	gen_outcol oc[MAXC];
	size_t n = gen_outcols(s, oc, MAXC), i, nk = 0;
	sx_db_kind d = s->target;
	const char *part = NULL;
	bool keys_nullable = false;
	for (i = 0; i < n; i++)
		if (oc[i].key) {
			nk++;
			keys_nullable |= oc[i].nullable;
		}
	part = part_col(oc, n);
	if (!at)
		sx_buf_printf(b, "-- %s: %s\n", s->target_table, sx_gen_load_name(s->load));
	sx_buf_puts(b, "CREATE TABLE IF NOT EXISTS ");
	ch_name(b, at, s);
	sx_buf_puts(b, " (\n");
	for (i = 0; i < n; i++) {
		sx_buf_puts(b, "  ");
		gen_q(b, d, oc[i].name);
		sx_buf_putc(b, ' ');
		if (d == SX_DB_CLICKHOUSE)
			ch_type(b, s, &oc[i]);
		else if (d == SX_DB_SQLITE)
			sqlite_type(b, &oc[i]);
		else
			pg_type(b, s, &oc[i]);
		if (d != SX_DB_CLICKHOUSE && (oc[i].key || !oc[i].nullable) && !(oc[i].key && keys_nullable && oc[i].nullable))
			sx_buf_puts(b, " NOT NULL");
		sx_buf_puts(b, ",\n");
	}
	if (scd(s)) {
		if (d == SX_DB_CLICKHOUSE)
			sx_buf_puts(b, "  `valid_from` DateTime,\n  `valid_to` Nullable(DateTime),\n  `is_current` UInt8,\n");
		else
			sx_buf_printf(b, "  %svalid_from %s NOT NULL,\n  %svalid_to %s,\n  %sis_current %s NOT NULL,\n", "",
				      d == SX_DB_SQLITE ? "TEXT" : "timestamp", "", d == SX_DB_SQLITE ? "TEXT" : "timestamp", "",
				      d == SX_DB_SQLITE ? "INTEGER" : "boolean");
	}
	if (d == SX_DB_CLICKHOUSE) {
		sx_buf_puts(b, "  `_loaded_at` DateTime DEFAULT now()\n)\n");
		if (at && at->zk_path) {
			/* one replica per {replica} macro under the shard's path */
			sx_buf_puts(b, scd(s) || !nk ? "ENGINE = ReplicatedMergeTree(" : "ENGINE = ReplicatedReplacingMergeTree(");
			gen_lit(b, d, at->zk_path);
			sx_buf_puts(b, scd(s) || !nk ? ", '{replica}')\n" : ", '{replica}', `_loaded_at`)\n");
		} else if (scd(s) || !nk) {
			/* no key: a ReplacingMergeTree ordered by tuple() would collapse
			 * every row into one; the load drops its one partition and
			 * inserts instead */
			sx_buf_puts(b, "ENGINE = MergeTree\n");
		} else {
			sx_buf_puts(b, "ENGINE = ReplacingMergeTree(`_loaded_at`)\n");
		}
		if (part && (s->load == SX_LOAD_AGGREGATE || s->load == SX_LOAD_SNAPSHOT)) {
			sx_buf_puts(b, "PARTITION BY toYYYYMM(");
			gen_q(b, d, part);
			sx_buf_puts(b, ")\n");
		}
		sx_buf_puts(b, "ORDER BY ");
		if (!nk && !scd(s)) {
			sx_buf_puts(b, "tuple()");
		} else {
			size_t k = 0;
			sx_buf_puts(b, "(");
			/* low-cardinality dimensions first, then the rest of the grain */
			for (i = 0; i < n; i++)
				if (oc[i].key && oc[i].lowcard) {
					sx_buf_puts(b, k++ ? ", " : "");
					gen_q(b, d, oc[i].name);
				}
			for (i = 0; i < n; i++)
				if (oc[i].key && !oc[i].lowcard) {
					sx_buf_puts(b, k++ ? ", " : "");
					gen_q(b, d, oc[i].name);
				}
			if (scd(s))
				sx_buf_puts(b, k++ ? ", `valid_from`" : "`valid_from`");
			sx_buf_puts(b, ")");
		}
		sx_buf_puts(b, ";\n");
		if (!s->target_version && !at)
			sx_buf_puts(b, "-- the ClickHouse version was unknown: conservative syntax (no LowCardinality,\n"
				       "-- DateTime64 or Map), which 18.16 and later servers all accept\n");
		return 0;
	}
	sx_buf_printf(b, "  %sloaded_at %s NOT NULL DEFAULT %s", "", d == SX_DB_SQLITE ? "TEXT" : "timestamp",
		      d == SX_DB_SQLITE ? "CURRENT_TIMESTAMP" : "now()");
	if (nk && !keys_nullable) {
		size_t k = 0;
		sx_buf_puts(b, ",\n  PRIMARY KEY (");
		for (i = 0; i < n; i++)
			if (oc[i].key) {
				sx_buf_puts(b, k++ ? ", " : "");
				gen_q(b, d, oc[i].name);
			}
		if (scd(s))
			sx_buf_puts(b, ", valid_from");
		sx_buf_puts(b, ")");
	}
	sx_buf_puts(b, "\n)");
	if (s->partitioned && part && d == SX_DB_POSTGRES) {
		sx_buf_puts(b, " PARTITION BY RANGE (");
		gen_q(b, d, part);
		sx_buf_puts(b, ")");
	}
	sx_buf_puts(b, ";\n");
	if (s->partitioned && part && d == SX_DB_POSTGRES)
		pg_partitions(b, s, part);
	if (nk && keys_nullable) {
		size_t k = 0;
		char nm[200];
		snprintf(nm, sizeof nm, "%s_grain_ux", s->target_table);
		sx_buf_puts(b, "CREATE UNIQUE INDEX IF NOT EXISTS ");
		gen_q(b, d, nm);
		sx_buf_puts(b, " ON ");
		gen_q(b, d, s->target_table);
		sx_buf_puts(b, " (");
		for (i = 0; i < n; i++)
			if (oc[i].key) {
				sx_buf_puts(b, k++ ? ", " : "");
				gen_q(b, d, oc[i].name);
			}
		/* a NULL grain value (an order without a region) is one group: the
		 * upsert must find it again (PostgreSQL 15) */
		sx_buf_puts(b, d == SX_DB_POSTGRES ? ") NULLS NOT DISTINCT;\n" : ");\n");
	}
	if (part && nk > 1) {
		sx_buf_puts(b, "CREATE INDEX IF NOT EXISTS ");
		{
			char nm[200];
			snprintf(nm, sizeof nm, "%s_%s_ix", s->target_table, part);
			gen_q(b, d, nm);
		}
		sx_buf_puts(b, " ON ");
		gen_q(b, d, s->target_table);
		sx_buf_puts(b, " (");
		gen_q(b, d, part);
		sx_buf_puts(b, ");\n");
	}
	return 0;
}

/* ---------------------------------------------------------------- load */

void gen_col_list(sx_buf *b, sx_db_kind d, const gen_outcol *oc, size_t n, const char *prefix)
{
	size_t i;
	for (i = 0; i < n; i++) {
		if (i)
			sx_buf_puts(b, ", ");
		sx_buf_puts(b, prefix);
		gen_q(b, d, oc[i].name);
	}
}

/* The staging table of a PostgreSQL or SQLite load (no ';'): a temporary
 * table of the target's shape, so it lives in the loading session only. */
static void stage_create(sx_buf *b, const sx_gen_spec *s, const gen_outcol *oc, size_t n)
{
	char stage[200];
	snprintf(stage, sizeof stage, "%s__stage", s->target_table);
	sx_buf_puts(b, "CREATE TEMP TABLE IF NOT EXISTS ");
	gen_q(b, s->target, stage);
	sx_buf_puts(b, " AS SELECT ");
	gen_col_list(b, s->target, oc, n, "");
	sx_buf_puts(b, " FROM ");
	gen_q(b, s->target, s->target_table);
	sx_buf_puts(b, " WHERE 1 = 0");
}

/* SQLite's unique index lets rows whose key holds a NULL repeat (it has no
 * NULLS NOT DISTINCT), so ON CONFLICT never fires for them: the staged
 * rows first replace theirs, keys compared with IS. */
static void lite_null_keys(sx_buf *b, const sx_gen_spec *s, const char *stage,
			   const gen_outcol *oc, size_t n)
{
	size_t i, k = 0;
	for (i = 0; i < n && !(oc[i].key && oc[i].nullable); i++)
		;
	if (i == n)
		return;
	sx_buf_puts(b, "-- a key that may be NULL repeats under SQLite's unique index: staged rows "
		       "replace theirs first\nDELETE FROM ");
	gen_q(b, SX_DB_SQLITE, s->target_table);
	sx_buf_puts(b, " WHERE EXISTS (SELECT 1 FROM ");
	gen_q(b, SX_DB_SQLITE, stage);
	sx_buf_puts(b, " AS s WHERE ");
	for (i = 0; i < n; i++)
		if (oc[i].key) {
			sx_buf_puts(b, k++ ? " AND " : "");
			gen_q(b, SX_DB_SQLITE, s->target_table);
			sx_buf_putc(b, '.');
			gen_q(b, SX_DB_SQLITE, oc[i].name);
			sx_buf_puts(b, " IS s.");
			gen_q(b, SX_DB_SQLITE, oc[i].name);
		}
	sx_buf_puts(b, ");\n");
}

/* Before the insert, each month (year) the staged rows hold gets its
 * partition, so rows after the DDL's window do not pile up in the default
 * one; a period that already has rows in the default partition is left
 * there (PostgreSQL refuses a partition whose rows the default holds). */
static void pg_stage_partitions(sx_buf *b, const sx_gen_spec *s, const char *stage,
				const char *part)
{
	char def[80];
	bool year = s->grain >= SX_GRAIN_QUARTER;
	const char *unit = year ? "year" : "month";
	snprintf(def, sizeof def, "%.50s_default", s->target_table);
	sx_buf_printf(b, "-- each %s of the staged rows gets its partition (unless the default "
			 "partition already holds rows of it)\n",
		      unit);
	sx_buf_printf(b, "DO $$\nDECLARE\n  p date;\nBEGIN\n  FOR p IN SELECT DISTINCT "
			 "date_trunc('%s', ",
		      unit);
	gen_q(b, SX_DB_POSTGRES, part);
	sx_buf_puts(b, ")::date FROM ");
	gen_q(b, SX_DB_POSTGRES, stage);
	sx_buf_puts(b, " WHERE ");
	gen_q(b, SX_DB_POSTGRES, part);
	sx_buf_puts(b, " IS NOT NULL LOOP\n    IF NOT EXISTS (SELECT 1 FROM ");
	gen_q(b, SX_DB_POSTGRES, def);
	sx_buf_puts(b, " WHERE ");
	gen_q(b, SX_DB_POSTGRES, part);
	sx_buf_puts(b, " >= p AND ");
	gen_q(b, SX_DB_POSTGRES, part);
	sx_buf_printf(b, " < p + interval '1 %s') THEN\n", unit);
	/* no format() here: the DAG runs this with parameters, where a '%'
	 * would be a placeholder */
	sx_buf_puts(b, "      EXECUTE 'CREATE TABLE IF NOT EXISTS ' || quote_ident(");
	pg_part_name(b, s, year);
	sx_buf_puts(b, ")\n        || ' PARTITION OF ' || quote_ident(");
	gen_lit(b, SX_DB_POSTGRES, s->target_table);
	sx_buf_printf(b, ") || ' FOR VALUES FROM (' || quote_literal(p)\n"
			 "        || ') TO (' || quote_literal((p + interval '1 %s')::date) || ')';\n"
			 "    END IF;\n  END LOOP;\nEND\n$$;\n",
		      unit);
}

/* The statements before an SCD2 INSERT into ClickHouse, which has no
 * UPDATE ... FROM and no transaction: the DAG reads the current versions,
 * compares them with the extracted rows in Python, closes the changed
 * keys with a mutation (keys compared as text, so one literal form fits
 * every key type) and waits for it; system.mutations is the only way
 * 18.16 tells that a mutation is done (no mutations_sync). On a cluster
 * the versions are read through the Distributed table, the mutation runs
 * ON CLUSTER on the local tables (a Distributed table takes none) and the
 * wait reads system.mutations of every shard through cluster(). */
void gen_ch_scd2_close(sx_buf *b, const sx_gen_spec *s, const gen_outcol *oc, size_t n)
{
	size_t i, k, nk = 0;
	char local[256];
	for (i = 0; i < n; i++)
		nk += oc[i].key;
	if (!nk) { /* nothing tells one row's versions apart */
		sx_buf_puts(b, "-- SCD2 without a key: every load adds each row as a new version\n");
		return;
	}
	snprintf(local, sizeof local, "%s_local", s->target_table);
	sx_buf_puts(b, "-- SCD2: (1) the DAG reads the current versions; only extracted rows whose key is\n"
		       "-- new or whose compared columns differ get a version; (2) the changed keys'\n"
		       "-- current versions are closed (a mutation; the DAG writes {now:String} and\n"
		       "-- {keys:...} in), (3) polled until done, then (4) the new versions are\n"
		       "-- inserted. A retry after (2) finds those keys without a current version\n"
		       "-- and inserts them.\n");
	if (s->cluster)
		sx_buf_puts(b, "-- On the cluster: (1) reads every shard through the Distributed table, (2) runs\n"
			       "-- ON CLUSTER on each shard's local table (a key's history lives on one shard:\n"
			       "-- the sharding key hashes the entity key), (3) polls every shard's\n"
			       "-- system.mutations through cluster() (one replica a shard: the others apply\n"
			       "-- the mutation from the replication log).\n");
	sx_buf_puts(b, "SELECT ");
	for (i = 0, k = 0; i < n; i++)
		if (oc[i].key) {
			sx_buf_puts(b, k++ ? ", " : "");
			gen_q(b, SX_DB_CLICKHOUSE, oc[i].name);
		}
	for (i = 0; i < n; i++)
		if (scd_compared(s, &oc[i])) {
			sx_buf_puts(b, k++ ? ", " : "");
			gen_q(b, SX_DB_CLICKHOUSE, oc[i].name);
		}
	sx_buf_puts(b, " FROM ");
	gen_ch_obj(b, s, s->target_table, false);
	sx_buf_puts(b, " WHERE `is_current` = 1 FORMAT TabSeparated;\nALTER TABLE ");
	gen_ch_obj(b, s, s->cluster ? local : s->target_table, true);
	sx_buf_puts(b, " UPDATE `is_current` = 0, `valid_to` = toDateTime({now:String})\n"
		       "  WHERE `is_current` = 1 AND (");
	for (i = 0, k = 0; i < n; i++)
		if (oc[i].key) {
			sx_buf_puts(b, k++ ? ", toString(" : "toString(");
			gen_q(b, SX_DB_CLICKHOUSE, oc[i].name);
			sx_buf_putc(b, ')');
		}
	sx_buf_puts(b, nk > 1 ? ") IN {keys:Array(Tuple(" : ") IN {keys:Array(");
	for (k = 0; k < nk; k++)
		sx_buf_puts(b, k ? ", String" : "String");
	sx_buf_puts(b, nk > 1 ? "))};\n" : ")};\n");
	if (s->cluster) {
		sx_buf_puts(b, "SELECT count() FROM cluster(");
		gen_lit(b, SX_DB_CLICKHOUSE, s->cluster);
		sx_buf_puts(b, ", system.mutations) WHERE database = ");
		gen_lit(b, SX_DB_CLICKHOUSE, s->cluster_db);
		sx_buf_puts(b, " AND table = ");
		gen_lit(b, SX_DB_CLICKHOUSE, local);
	} else {
		sx_buf_puts(b, "SELECT count() FROM system.mutations WHERE database = currentDatabase() AND table = ");
		gen_lit(b, SX_DB_CLICKHOUSE, s->target_table);
	}
	sx_buf_puts(b, " AND is_done = 0 FORMAT TabSeparated;\n");
}

static int load_body(const sx_gen_spec *s, sx_buf *b);

/* The load. A SQLite target's script is one transaction of its own: the
 * DAG runs it with executescript, which commits each statement otherwise,
 * so a failed INSERT after a full refresh's DELETE would leave the target
 * empty. PostgreSQL's runs in the DAG's transaction. */
int gen_render_load(const sx_gen_spec *s, sx_buf *b)
{
	int rc;
	if (s->target != SX_DB_SQLITE || s->streaming)
		return load_body(s, b);
	sx_buf_puts(b, "-- one transaction: a failure leaves the target as it was\nBEGIN;\n");
	rc = load_body(s, b);
	sx_buf_puts(b, "COMMIT;\n");
	return rc;
}

static int load_body(const sx_gen_spec *s, sx_buf *b)
{
	gen_outcol oc[MAXC];
	size_t n = gen_outcols(s, oc, MAXC), i, k;
	sx_db_kind d = s->target;
	char stage[200];
	const char *grain = NULL;
	snprintf(stage, sizeof stage, "%s__stage", s->target_table);
	for (i = 0; i < n; i++)
		if (oc[i].key && (oc[i].fam == SX_TF_DATE || oc[i].fam == SX_TF_TIMESTAMP))
			grain = oc[i].name;

	if (s->streaming && d == SX_DB_CLICKHOUSE) {
		/* Debezium change events from PostgreSQL logical replication */
		const sx_table *src = s->entity ? s->entity : s->groups[0].fact;
		sx_buf_puts(b, "-- streaming: PostgreSQL logical replication -> Debezium -> Kafka -> ClickHouse\n");
		sx_buf_puts(b, "-- 1. on the source (PostgreSQL): a publication for the connector\n");
		sx_buf_puts(b, "-- CREATE PUBLICATION ");
		{
			char pub[220];
			snprintf(pub, sizeof pub, "%s_pub", s->target_table);
			gen_q(b, SX_DB_POSTGRES, pub);
		}
		sx_buf_puts(b, " FOR TABLE ");
		gen_qtable(b, SX_DB_POSTGRES, src);
		sx_buf_puts(b, ";\n-- 2. on ClickHouse: the Kafka-engine table reading the change topic\n");
		sx_buf_puts(b, "CREATE TABLE IF NOT EXISTS ");
		gen_ch_obj(b, s, stage, true);
		sx_buf_puts(b, " (\n");
		for (i = 0; i < n; i++) {
			gen_outcol c = oc[i];
			sx_buf_puts(b, "  ");
			gen_q(b, d, c.name);
			sx_buf_putc(b, ' ');
			c.key = false;
			c.lowcard = false;
			ch_type(b, s, &c);
			sx_buf_puts(b, i + 1 < n ? ",\n" : "\n");
		}
		sx_buf_printf(b, ") ENGINE = Kafka SETTINGS kafka_broker_list = 'kafka:9092',\n"
				 "  kafka_topic_list = 'pg.%s.%s', kafka_group_name = 'sextant_%s',\n"
				 "  kafka_format = 'JSONEachRow';\n",
			      src->schema ? src->schema->name : "public", src->name, s->target_table);
		sx_buf_puts(b, "-- 3. the materialised view moving each event into the target MergeTree\n");
		sx_buf_puts(b, "CREATE MATERIALIZED VIEW IF NOT EXISTS ");
		{
			char mv[220];
			snprintf(mv, sizeof mv, "%s__mv", s->target_table);
			gen_ch_obj(b, s, mv, true);
		}
		sx_buf_puts(b, " TO ");
		gen_ch_obj(b, s, s->target_table, false);
		sx_buf_puts(b, " AS SELECT ");
		gen_col_list(b, d, oc, n, "");
		/* a view's TO table gets only the columns the view selects:
		 * 18.16 does not fill the DEFAULT of the version column */
		sx_buf_puts(b, ", now() AS `_loaded_at` FROM ");
		gen_ch_obj(b, s, stage, false);
		sx_buf_puts(b, ";\n");
		return 0;
	}

	if (d == SX_DB_CLICKHOUSE) {
		if (s->cluster)
			return gen_cluster_load(s, b, oc, n, grain);
		if (s->load == SX_LOAD_AGGREGATE && grain) {
			sx_buf_puts(b, "-- idempotent: each month of the reloaded window is replaced as a whole\n");
			sx_buf_puts(b, "-- (the DAG passes {partition:UInt32} = YYYYMM for every month it reloads)\n");
			sx_buf_puts(b, "ALTER TABLE ");
			gen_q(b, d, s->target_table);
			sx_buf_puts(b, " DROP PARTITION {partition:UInt32};\n");
		} else if (scd(s)) {
			gen_ch_scd2_close(b, s, oc, n);
		} else if (!gen_ch_keys(oc, n)) {
			/* its one partition (a MergeTree without PARTITION BY) dropped:
			 * what TRUNCATE does, in the one destructive form a load may
			 * take (validate: chsql.c, try.c) */
			sx_buf_puts(b, "-- no key tells one load's rows from another's: each load replaces them all\n"
				       "ALTER TABLE ");
			gen_q(b, d, s->target_table);
			sx_buf_puts(b, " DROP PARTITION tuple();\n");
		} else {
			sx_buf_puts(b, "-- idempotent: ReplacingMergeTree(_loaded_at) keeps the latest version of each\n"
				       "-- sorting key; read with FINAL (or argMax) until parts are merged\n");
		}
		sx_buf_puts(b, "INSERT INTO ");
		gen_q(b, d, s->target_table);
		sx_buf_puts(b, " (");
		gen_col_list(b, d, oc, n, "");
		if (scd(s))
			sx_buf_puts(b, ", `valid_from`, `valid_to`, `is_current`");
		sx_buf_puts(b, ") FORMAT TabSeparated\n");
		return 0;
	}

	/* PostgreSQL / SQLite: rows extracted by the DAG land in a staging table */
	sx_buf_puts(b, "-- the DAG copies the extracted rows into a staging table of the same shape\n");
	stage_create(b, s, oc, n);
	sx_buf_puts(b, ";\n");
	if (s->load == SX_LOAD_INCREMENTAL && s->watermark) {
		const char *wc = window_col(s, oc, n);
		bool windowed = wc != NULL, byid = wc && col_is_id(s, oc, n, wc);
		sx_buf_puts(b, byid       ? "-- the DAG extracts the rows added since the last load (their "
		               : windowed ? "-- the DAG extracts the rows changed since the last load (their "
		                          : "-- the DAG extracts every row (no date, time or integer id tells new rows: ");
		gen_q(b, s->source, s->watermark);
		sx_buf_puts(b, byid ? " from the highest\n-- the last run saw, less a lookback for ids committed late; with no update time\n"
		                      "-- a row changed after its load is not read again"
		               : windowed ? " at or after\n-- the watermark less a lookback for late rows"
		                          : " is none of them");
		if (windowed && !byid && s->source == SX_DB_SQLITE)
			sx_buf_puts(b, "; rows whose value is not\n-- ISO text, numbers among them, are read every run");
		sx_buf_puts(b, "); the key's row is upserted\n");
	}
	if (s->load == SX_LOAD_AGGREGATE && grain) {
		/* a group gone from the source (its only order cancelled) goes too */
		sx_buf_puts(b, "-- each period the DAG staged (its window: the periods since the last load, less a\n"
			       "-- lookback for late facts) is replaced whole\nDELETE FROM ");
		gen_q(b, d, s->target_table);
		sx_buf_puts(b, " WHERE ");
		gen_q(b, d, grain);
		sx_buf_puts(b, " IN (SELECT ");
		gen_q(b, d, grain);
		sx_buf_puts(b, " FROM ");
		gen_q(b, d, stage);
		sx_buf_puts(b, ");\n");
	}
	if (scd(s) && s->nkey) {
		/* close the current version of changed rows, insert new versions */
		sx_buf_puts(b, "UPDATE ");
		gen_q(b, d, s->target_table);
		sx_buf_printf(b, " AS t SET valid_to = %s, is_current = %s\nFROM ",
			      d == SX_DB_SQLITE ? "CURRENT_TIMESTAMP" : "now()", d == SX_DB_SQLITE ? "0" : "false");
		gen_q(b, d, stage);
		sx_buf_puts(b, " AS s\nWHERE t.is_current");
		for (k = 0; k < s->nkey; k++) {
			sx_buf_puts(b, " AND t.");
			gen_q(b, d, s->key[k]);
			sx_buf_puts(b, " = s.");
			gen_q(b, d, s->key[k]);
		}
		sx_buf_puts(b, "\n  AND (");
		for (i = 0, k = 0; i < n; i++) {
			if (!scd_compared(s, &oc[i]))
				continue;
			sx_buf_puts(b, k++ ? " OR " : "");
			sx_buf_puts(b, "t.");
			gen_q(b, d, oc[i].name);
			sx_buf_puts(b, d == SX_DB_SQLITE ? " IS NOT s." : " IS DISTINCT FROM s.");
			gen_q(b, d, oc[i].name);
		}
		sx_buf_puts(b, k ? ");\n" : "false);\n");
		sx_buf_puts(b, "INSERT INTO ");
		gen_q(b, d, s->target_table);
		sx_buf_puts(b, " (");
		gen_col_list(b, d, oc, n, "");
		sx_buf_printf(b, ", valid_from, valid_to, is_current)\nSELECT ");
		gen_col_list(b, d, oc, n, "s.");
		sx_buf_printf(b, ", %s, NULL, %s\nFROM ", d == SX_DB_SQLITE ? "CURRENT_TIMESTAMP" : "now()",
			      d == SX_DB_SQLITE ? "1" : "true");
		gen_q(b, d, stage);
		sx_buf_puts(b, " AS s\nWHERE NOT EXISTS (SELECT 1 FROM ");
		gen_q(b, d, s->target_table);
		sx_buf_puts(b, " AS t WHERE t.is_current");
		for (k = 0; k < s->nkey; k++) {
			sx_buf_puts(b, " AND t.");
			gen_q(b, d, s->key[k]);
			sx_buf_puts(b, " = s.");
			gen_q(b, d, s->key[k]);
		}
		sx_buf_puts(b, ");\n");
		return 0;
	}
	for (i = 0, k = 0; i < n; i++)
		k += oc[i].key;
	if (!k && !window_col(s, oc, n)) {
		/* no key to upsert on (a grand total, a table without one): the
		 * DAG extracted every row, which replace the table's */
		sx_buf_puts(b, "-- no key tells one load's rows from another's: each load replaces them all\n"
			       "DELETE FROM ");
		gen_q(b, d, s->target_table);
		sx_buf_puts(b, ";\n");
	}
	if (d == SX_DB_POSTGRES && s->partitioned && part_col(oc, n))
		pg_stage_partitions(b, s, stage, part_col(oc, n));
	if (d == SX_DB_SQLITE)
		lite_null_keys(b, s, stage, oc, n);
	sx_buf_puts(b, "INSERT INTO ");
	gen_q(b, d, s->target_table);
	sx_buf_puts(b, " (");
	gen_col_list(b, d, oc, n, "");
	sx_buf_puts(b, ")\nSELECT ");
	gen_col_list(b, d, oc, n, "");
	sx_buf_puts(b, " FROM ");
	gen_q(b, d, stage);
	if (d == SX_DB_SQLITE)
		sx_buf_puts(b, " WHERE true");
	{
		size_t nk = 0;
		for (i = 0; i < n; i++)
			nk += oc[i].key;
		if (nk) {
			sx_buf_puts(b, "\nON CONFLICT (");
			for (i = 0, k = 0; i < n; i++)
				if (oc[i].key) {
					sx_buf_puts(b, k++ ? ", " : "");
					gen_q(b, d, oc[i].name);
				}
			sx_buf_puts(b, ") DO UPDATE SET ");
			for (i = 0, k = 0; i < n; i++)
				if (!oc[i].key) {
					sx_buf_puts(b, k++ ? ", " : "");
					gen_q(b, d, oc[i].name);
					sx_buf_puts(b, " = EXCLUDED.");
					gen_q(b, d, oc[i].name);
				}
			sx_buf_puts(b, k ? ", " : "");
			sx_buf_printf(b, "loaded_at = %s", d == SX_DB_SQLITE ? "CURRENT_TIMESTAMP" : "now()");
		}
	}
	sx_buf_puts(b, ";\n");
	return 0;
}

/* ---------------------------------------------------------------- python */

static void py_str(sx_buf *b, const char *s)
{
	sx_buf_putc(b, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			sx_buf_putc(b, '\\');
		if (*s == '\n') {
			sx_buf_puts(b, "\\n");
			continue;
		}
		sx_buf_putc(b, *s);
	}
	sx_buf_putc(b, '"');
}

/* A Python string literal, or None for NULL. */
static void py_str_or_none(sx_buf *b, const char *s)
{
	if (s)
		py_str(b, s);
	else
		sx_buf_puts(b, "None");
}

static void py_list(sx_buf *b, const gen_outcol *oc, size_t n, bool keys)
{
	size_t i, k = 0;
	sx_buf_puts(b, "[");
	for (i = 0; i < n; i++)
		if (!keys || oc[i].key) {
			sx_buf_puts(b, k++ ? ", " : "");
			py_str(b, oc[i].name);
		}
	sx_buf_puts(b, "]");
}

/* The DAG's default_args lines for [airflow] pool and queue (none when unset). */
static void dag_deploy_args(const sx_gen_spec *s, sx_buf *b)
{
	if (s->airflow_pool) {
		sx_buf_puts(b, "    \"pool\": ");
		py_str(b, s->airflow_pool);
		sx_buf_puts(b, ",  # [airflow] pool: bounds how many loads run at once\n");
	}
	if (s->airflow_queue) {
		sx_buf_puts(b, "    \"queue\": ");
		py_str(b, s->airflow_queue);
		sx_buf_puts(b, ",  # [airflow] queue: the Celery queue / worker group that runs it\n");
	}
}

static const char *cron_or_none(const sx_gen_spec *s)
{
	return s->schedule ? s->schedule : NULL;
}

/* The length of sql without its trailing ';', spaces and newlines. */
static size_t sql_body_len(const char *sql)
{
	size_t sl = strlen(sql);
	while (sl && strchr("; \n", sql[sl - 1]))
		sl--;
	return sl;
}

/* A SQLite window on column col (after prefix, "w." or ""): the rows from
 * the bound :window_start on. SQLite keeps what it is given: ISO text
 * ("2024-03-01", "2024-03-01 10:00:00", "2024-03-01T10:00") compares with
 * the bound as text, but a number (epoch seconds, a Julian day) or text in
 * another form ("03/01/2024") sorts apart from it, so such rows, and
 * undated ones, are read every run rather than lost. */
static void sqlite_window(sx_buf *b, const char *prefix, const char *col)
{
	sx_buf r = SX_BUF_INIT;
	const char *c;
	sx_buf_puts(&r, prefix);
	sx_map_quote_ident(&r, SX_DB_SQLITE, col);
	c = sx_buf_cstr(&r);
	sx_buf_printf(b, "%s >= :window_start OR NOT (typeof(%s) = 'text' AND %s GLOB "
	                 "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')", c, c, c);
	sx_buf_release(&r);
}

/* EXTRACT_SQL: the SELECT's rows whose window column is at or after the
 * bound window_start (or NULL: undated rows are read every run), in the
 * source driver's parameter style (psycopg2's and clickhouse-driver's
 * %(name)s, every other % of the SELECT doubled; sqlite3's :name). The
 * driver quotes the bound; ClickHouse reads it with parseDateTimeBestEffort
 * (18.16 parses no date-only text as a DateTime, no time as a Date). */
static void extract_sql(sx_buf *b, const sx_gen_spec *s, const char *select_sql, const char *col, bool date,
                        bool id)
{
	size_t sl = sql_body_len(select_sql), i;
	bool ch = s->source == SX_DB_CLICKHOUSE, py = s->source == SX_DB_POSTGRES || ch;
	sx_buf_puts(b, "SELECT * FROM (\n");
	for (i = 0; i < sl; i++)
		if (py && select_sql[i] == '%')
			sx_buf_puts(b, "%%");
		else
			sx_buf_putc(b, select_sql[i]);
	sx_buf_puts(b, "\n) AS w\nWHERE ");
	if (s->source == SX_DB_SQLITE && !id) {
		sqlite_window(b, "w.", col);
		return;
	}
	sx_buf_puts(b, "w.");
	sx_map_quote_ident(b, s->source, col);
	if (id) /* a number, bound by the driver (clickhouse-driver writes it in) */
		sx_buf_puts(b, s->source == SX_DB_SQLITE ? " >= :window_start OR w." : " >= %(window_start)s OR w.");
	else if (ch)
		sx_buf_puts(b, date ? " >= toDate(parseDateTimeBestEffort(%(window_start)s)) OR w."
		                    : " >= parseDateTimeBestEffort(%(window_start)s) OR w.");
	else
		sx_buf_puts(b, py ? " >= %(window_start)s OR w." : " >= :window_start OR w.");
	sx_map_quote_ident(b, s->source, col);
	sx_buf_puts(b, " IS NULL");
}

/* Whether output column col is a date (not a time). */
static bool col_is_date(const gen_outcol *oc, size_t n, const char *col)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(oc[i].name, col) == 0)
			return oc[i].fam == SX_TF_DATE;
	return false;
}

/* The DAG's source cursor and its SELECT: a server-side cursor on
 * PostgreSQL, a plain one elsewhere. */
static void dag_src_cursor(const sx_gen_spec *s, sx_buf *b)
{
	if (s->source == SX_DB_POSTGRES)
		sx_buf_puts(b, "    scur = src_conn.cursor(name=\"sextant_extract\")  # server-side cursor\n"
			       "    scur.itersize = 10000\n");
	else if (s->source == SX_DB_CLICKHOUSE)
		sx_buf_puts(b, "    scur = src_conn.cursor()\n"
			       "    scur.set_stream_results(True, 10000)  # streamed, not read whole\n");
	else
		sx_buf_puts(b, "    scur = src_conn.cursor()\n");
	sx_buf_puts(b, "    scur.execute(*_extract(params))\n");
}

/* A ClickHouse source through clickhouse-driver's DB-API (the native
 * protocol, Debian's python3-clickhouse-driver): Airflow has no ClickHouse
 * hook of its own, so the DAG builds the connection from the Airflow
 * connection's fields; the driver quotes bound values itself. */
static const char ch_source_py[] =
    "class _ClickHouseSource:\n"
    "    \"\"\"The ClickHouse source over clickhouse-driver's DB-API (native protocol, port\n"
    "    9000 unless the connection says another; the database is the extra\n"
    "    \"database\", as for a ClickHouse target, else the connection's schema). The\n"
    "    driver binds %(name)s values itself; nothing is spliced.\"\"\"\n\n"
    "    def __init__(self, conn_id: str) -> None:\n"
    "        from airflow.hooks.base import BaseHook\n\n"
    "        self.conn = BaseHook.get_connection(conn_id)\n\n"
    "    def get_conn(self):\n"
    "        from clickhouse_driver import dbapi\n\n"
    "        c = self.conn\n"
    "        db = c.extra_dejson.get(\"database\") or c.schema or \"default\"\n"
    "        return dbapi.connect(host=c.host, port=c.port or 9000, user=c.login or \"default\",\n"
    "                             password=c.password or \"\", database=db)\n\n"
    "    def get_first(self, sql: str) -> tuple:\n"
    "        with contextlib.closing(self.get_conn()) as conn:\n"
    "            cur = conn.cursor()\n"
    "            cur.execute(sql)\n"
    "            return cur.fetchone()\n\n\n";

/* The DAG's line that opens the source: Airflow's own hook, or the class
 * above for a ClickHouse source. */
static void dag_src_hook(const sx_gen_spec *s, sx_buf *b)
{
	sx_buf_puts(b, s->source == SX_DB_CLICKHOUSE ? "    src = _ClickHouseSource(SOURCE_CONN_ID)\n"
	                                             : "    src = BaseHook.get_connection(SOURCE_CONN_ID).get_hook()\n");
}

/* copy_rows(): the extract and the load of a PostgreSQL or SQLite target on
 * plain DB-API connections, one target session (the staging table is a
 * temporary table of it) and one transaction. */
/* _copy_text(): a batch as the body of COPY ... FROM STDIN in PostgreSQL's
 * text format (NULL as \N, an empty string as nothing, backslash, tab and
 * line ends escaped); None for a value of another type (a list, a dict),
 * whose batch goes in by executemany. */
static const char copy_text_py[] =
    "def _copy_text(batch: list) -> str | None:\n"
    "    \"\"\"The rows as COPY's text format, or None where a value has no text form here.\"\"\"\n"
    "    out = []\n"
    "    for r in batch:\n"
    "        f = []\n"
    "        for v in r:\n"
    "            if v is None:\n"
    "                f.append(\"\\\\N\")\n"
    "            elif isinstance(v, bool):\n"
    "                f.append(\"t\" if v else \"f\")\n"
    "            elif isinstance(v, (int, decimal.Decimal)):\n"
    "                f.append(str(v))\n"
    "            elif isinstance(v, float):\n"
    "                f.append(repr(v))\n"
    "            elif isinstance(v, (dt.date, dt.time)):  # datetime too\n"
    "                f.append(v.isoformat())\n"
    "            elif isinstance(v, (bytes, bytearray, memoryview)):\n"
    "                f.append(\"\\\\\\\\x\" + bytes(v).hex())\n"
    "            elif isinstance(v, str):\n"
    "                f.append(v.replace(\"\\\\\", \"\\\\\\\\\").replace(\"\\t\", \"\\\\t\")\n"
    "                         .replace(\"\\n\", \"\\\\n\").replace(\"\\r\", \"\\\\r\"))\n"
    "            else:\n"
    "                return None\n"
    "        out.append(\"\\t\".join(f) + \"\\n\")\n"
    "    return \"\".join(out)\n\n\n";

static void dag_copy_rows(const sx_gen_spec *s, sx_buf *b, bool lite)
{
	if (!lite)
		sx_buf_puts(b, copy_text_py);
	sx_buf_puts(b, "def copy_rows(src_conn, tgt_conn, params: dict) -> int:\n"
		       "    \"\"\"Copies the rows of SELECT_SQL into the staging table, then runs LOAD_SQL.\n\n"
		       "    The target side is one session and one transaction: the staging table is a\n"
		       "    temporary table of that session, and a failure loads nothing.\n\n"
		       "    Args:\n"
		       "        src_conn: a DB-API connection to the source.\n"
		       "        tgt_conn: a DB-API connection to the target.\n"
		       "        params: the load's parameters (watermark, window_start, window_end).\n\n"
		       "    Returns:\n        The number of rows copied.\n    \"\"\"\n");
	if (!lite)
		sx_buf_puts(b, "    import io\n\n");
	sx_buf_puts(b, "    rows = 0\n");
	dag_src_cursor(s, b);
	sx_buf_puts(b, "    tcur = tgt_conn.cursor()\n"
		       "    tcur.execute(STAGE_SQL)\n"
		       "    tcur.execute(STAGE_CLEAR_SQL)\n"
		       "    batch = scur.fetchmany(10000)\n"
		       "    while batch:\n");
	if (lite) { /* sqlite3 binds no Decimal */
		sx_buf_puts(b, "        batch = [tuple(str(v) if isinstance(v, decimal.Decimal) else v "
			       "for v in r) for r in batch]\n");
		sx_buf_puts(b, "        tcur.executemany(STAGE_INSERT_SQL, batch)\n");
	} else { /* COPY: one round trip a batch, where executemany makes one a row */
		sx_buf_puts(b, "        text = _copy_text(batch) if hasattr(tcur, \"copy_expert\") else None\n"
			       "        if text is None:\n"
			       "            tcur.executemany(STAGE_INSERT_SQL, batch)\n"
			       "        else:\n"
			       "            tcur.copy_expert(STAGE_COPY_SQL, io.StringIO(text))\n");
	}
	sx_buf_puts(b, "        rows += len(batch)\n"
		       "        batch = scur.fetchmany(10000)\n"
		       "    scur.close()\n");
	if (lite)
		sx_buf_puts(b, "    tgt_conn.executescript(LOAD_SQL)  # no parameters in SQLite's load\n");
	else
		sx_buf_puts(b, "    tcur.execute(LOAD_SQL, params)\n");
	sx_buf_puts(b, "    tgt_conn.commit()\n    return rows\n\n\n");
}

/* The SCD2 part of the ClickHouse copy_rows(): the current versions read
 * back as text and compared with the extracted rows as _tsv() writes them
 * (numbers by value: 0.0 comes back as 0; a date before 1970, which no
 * ClickHouse Date holds, as the target keeps it), the changed keys closed by
 * mutations of at most about 200 kB (max_query_size) and waited for. */
static const char ch_scd2_py[] =
    "_UNESCAPE = {\"t\": \"\\t\", \"n\": \"\\n\", \"r\": \"\\r\", \"b\": \"\\b\", \"f\": \"\\f\", \"0\": \"\\0\", \"a\": \"\\a\", \"v\": \"\\v\"}\n"
    "\n"
    "\n"
    "def _field(f: str) -> str | None:\n"
    "    \"\"\"A TabSeparated field as ClickHouse writes it, unescaped (None for \\\\N).\"\"\"\n"
    "    if f == \"\\\\N\":\n"
    "        return None\n"
    "    out, i = [], 0\n"
    "    while i < len(f):\n"
    "        c = f[i]\n"
    "        if c == \"\\\\\" and i + 1 < len(f):\n"
    "            i += 1\n"
    "            c = _UNESCAPE.get(f[i], f[i])\n"
    "        out.append(c)\n"
    "        i += 1\n"
    "    return \"\".join(out)\n"
    "\n"
    "\n"
    "def _same(v, null_as: str | None, text: str | None) -> bool:\n"
    "    \"\"\"Whether an extracted value equals the target's text of it (numbers by value).\"\"\"\n"
    "    mine = _field(_tsv(v, null_as))\n"
    "    if mine == text:\n"
    "        return True\n"
    "    if mine is None or text is None or isinstance(v, bool):\n"
    "        return False\n"
    "    if isinstance(v, dt.date) and v.year < 1970:  # before Date / DateTime: 0 (18.16) or the epoch\n"
    "        return text.startswith((\"0000-00-00\", \"1970-01-01\"))\n"
    "    if not isinstance(v, (int, float, decimal.Decimal)):\n"
    "        return False\n"
    "    try:\n"
    "        return float(mine) == float(text)\n"
    "    except ValueError:\n"
    "        return False\n"
    "\n"
    "\n"
    "def _lit(text: str) -> str:\n"
    "    return \"'\" + text.replace(\"\\\\\", \"\\\\\\\\\").replace(\"'\", \"\\\\'\") + \"'\"\n"
    "\n"
    "\n"
    "def _scd2_versions(url: str, auth: dict | None, stmts: list, batches: list, now: str) -> list:\n"
    "    \"\"\"The extracted rows that need a new version (a new key or a changed compared\n"
    "    column), in batches; the changed keys' current versions are closed first.\n"
    "\n"
    "    Args:\n"
    "        url: the ClickHouse HTTP endpoint.\n"
    "        auth: HTTP headers with the credentials.\n"
    "        stmts: LOAD_SQL's statements.\n"
    "        batches: the extracted rows, in batches.\n"
    "        now: the new versions' valid_from, the closed ones' valid_to.\n"
    "\n"
    "    Returns:\n"
    "        The rows to insert as current versions, in batches of 10,000.\n"
    "    \"\"\"\n"
    "    import time\n"
    "\n"
    "    read = [st for st in stmts if st.startswith(\"SELECT\") and \"system.mutations\" not in st][0]\n"
    "    close = [st for st in stmts if st.startswith(\"ALTER TABLE\") and \"{keys:\" in st][0]\n"
    "    wait = [st for st in stmts if \"system.mutations\" in st][0]\n"
    "    keys = [COLUMNS.index(c) for c in KEY_COLUMNS]\n"
    "    cols = [COLUMNS.index(c) for c in COMPARED_COLUMNS]\n"
    "    current = {}\n"
    "    for line in _post(url, read, auth).split(\"\\n\"):\n"
    "        if line:\n"
    "            f = [_field(x) for x in line.split(\"\\t\")]\n"
    "            current[tuple(f[:len(keys)])] = f[len(keys):]\n"
    "    fresh, changed = [], []\n"
    "    for batch in batches:\n"
    "        for r in batch:\n"
    "            k = tuple(_field(_tsv(r[i], NULL_AS[i])) for i in keys)\n"
    "            had = current.get(k)\n"
    "            if had is None or not all(_same(r[i], NULL_AS[i], t) for i, t in zip(cols, had)):\n"
    "                fresh.append(r)\n"
    "                if had is not None:\n"
    "                    changed.append(k)\n"
    "    lits = [\", \".join(_lit(x) for x in k) for k in changed]\n"
    "    if len(keys) > 1:\n"
    "        lits = [\"(\" + x + \")\" for x in lits]\n"
    "    at = close.index(\"{keys:\")\n"
    "    head = close[:at].replace(\"{now:String}\", _lit(now))\n"
    "    tail = close[close.index(\"}\", at) + 1:]\n"
    "    while lits:  # keys of about 200 kB a mutation: max_query_size is 256 KiB\n"
    "        n, size = 0, 0\n"
    "        while n < len(lits) and (n == 0 or size + len(lits[n]) < 200000):\n"
    "            size += len(lits[n]) + 2\n"
    "            n += 1\n"
    "        _post(url, head + \"(\" + \", \".join(lits[:n]) + \")\" + tail, auth)\n"
    "        lits = lits[n:]\n"
    "        deadline = time.monotonic() + 600\n"
    "        while int(_post(url, wait, auth).strip() or 0):\n"
    "            if time.monotonic() > deadline:  # 18.16: a failed mutation blocks later ones\n"
    "                raise RuntimeError(f\"ClickHouse: a mutation of {TARGET_TABLE} not done \"\n"
    "                                   \"in 600 s (see system.mutations)\")\n"
    "            time.sleep(0.2)\n"
    "    return [fresh[i:i + 10000] for i in range(0, len(fresh), 10000)]\n"
    "\n\n";

/* copy_rows() for a ClickHouse target over HTTP: the months of the rows
 * dropped first where the load replaces partitions (the value formatted
 * as an integer into {partition:UInt32}, which 18.16 cannot bind), then
 * the rows as the INSERT's TabSeparated body, 10,000 a request. */
static void dag_copy_rows_ch(const sx_gen_spec *s, sx_buf *b)
{
	sx_buf_puts(b, "def _tsv(v, null_as: str | None = None) -> str:\n"
		       "    \"\"\"One value as a TabSeparated field (NULL as \\\\N, or null_as where the column\n"
		       "    is not Nullable); amounts to the 2 decimals of Decimal(18, 2).\"\"\"\n"
		       "    if v is None:\n        return \"\\\\N\" if null_as is None else null_as\n"
		       "    if isinstance(v, decimal.Decimal):\n"
		       "        return str(v.quantize(decimal.Decimal(\"0.01\"), rounding=decimal.ROUND_HALF_UP))\n"
		       "    if isinstance(v, float):\n        return repr(round(v, 6))\n"
		       "    if isinstance(v, bool):\n        return \"1\" if v else \"0\"\n"
		       "    if isinstance(v, dt.datetime):\n        v = v.strftime(\"%Y-%m-%d %H:%M:%S\")\n"
		       "    return str(v).replace(\"\\\\\", \"\\\\\\\\\").replace(\"\\t\", \"\\\\t\")"
		       ".replace(\"\\n\", \"\\\\n\")\n\n\n"
		       "def _yyyymm(v) -> int:\n"
		       "    if isinstance(v, (dt.date, dt.datetime)):\n        return v.year * 100 + v.month\n"
		       "    return int(str(v)[:4]) * 100 + int(str(v)[5:7])\n\n\n"
		       "def _post(url: str, text: str, auth: dict | None) -> str:\n"
		       "    import urllib.error\n    import urllib.request\n\n"
		       "    req = urllib.request.Request(url, data=text.encode(\"utf-8\"), method=\"POST\",\n"
		       "                                 headers=auth or {})\n"
		       "    try:\n"
		       "        with urllib.request.urlopen(req, timeout=600) as r:\n"
		       "            return r.read().decode(\"utf-8\")\n"
		       "    except urllib.error.HTTPError as e:  # ClickHouse says why in the body\n"
		       "        why = \" \".join(e.read().decode(\"utf-8\", \"replace\").split())\n"
		       "        raise RuntimeError(f\"ClickHouse: {why[:600]}\") from e\n\n\n");
	if (scd(s))
		sx_buf_puts(b, ch_scd2_py);
	sx_buf_puts(b, "def copy_rows(src_conn, url: str, auth: dict | None = None, params: dict | None = None) -> int:\n"
		       "    \"\"\"Copies the rows of SELECT_SQL into the ClickHouse target with LOAD_SQL.\n\n"
		       "    Args:\n"
		       "        src_conn: a DB-API connection to the source.\n"
		       "        url: the ClickHouse HTTP endpoint, e.g. http://host:8123/?database=dw.\n"
		       "        auth: HTTP headers with the credentials (X-ClickHouse-User / -Key).\n"
		       "        params: the window (window_start); None: every row of SELECT_SQL.\n\n"
		       "    Returns:\n        The number of rows extracted (an SCD2 load writes versions of\n"
		       "        the new and changed ones only).\n    \"\"\"\n"
		       "    stmts = [\"\\n\".join(l for l in st.split(\"\\n\") if not l.startswith(\"--\")).strip()\n"
		       "             for st in LOAD_SQL.split(\";\\n\")]\n"
		       "    drops = [st for st in stmts if \"{partition:UInt32}\" in st]\n"
		       "    truncs = [st for st in stmts if st.endswith(\"DROP PARTITION tuple()\")]  # no key: all replaced\n"
		       "    insert = [st for st in stmts if st.startswith(\"INSERT INTO\")][0]\n");
	dag_src_cursor(s, b);
	sx_buf_puts(b, "    batches, rows = [], 0\n"
		       "    batch = scur.fetchmany(10000)\n"
		       "    while batch:\n"
		       "        if AMOUNT_AT:  # a float into Decimal(18, 2): _tsv() rounds a Decimal to 2 places\n"
		       "            batch = [tuple(decimal.Decimal(repr(v)) if i in AMOUNT_AT and isinstance(v, float) else v\n"
		       "                           for i, v in enumerate(r)) for r in batch]\n"
		       "        batches.append(batch)\n"
		       "        rows += len(batch)\n"
		       "        batch = scur.fetchmany(10000)\n"
		       "    scur.close()\n"
		       "    if drops and PARTITION_COLUMN:  # the months reloaded are replaced whole\n"
		       "        at = COLUMNS.index(PARTITION_COLUMN)\n"
		       "        months = sorted({_yyyymm(r[at]) for b in batches for r in b if r[at] is not None})\n"
		       "        for m in months:\n"
		       "            for st in drops:\n"
		       "                _post(url, st.replace(\"{partition:UInt32}\", str(int(m))), auth)\n"
		       "    for st in truncs:\n"
		       "        _post(url, st, auth)\n"
		       "    now = dt.datetime.now().strftime(\"%Y-%m-%d %H:%M:%S\")\n");
	if (scd(s))
		sx_buf_puts(b, "    if [st for st in stmts if \"{keys:\" in st]:  # new or changed keys only\n"
			       "        batches = _scd2_versions(url, auth, stmts, batches, now)\n");
	if (s->cluster) /* an INSERT through the Distributed table returns once every shard has it */
		sx_buf_puts(b, "    url = url + (\"&\" if \"?\" in url else \"?\") + \"insert_distributed_sync=1\"\n");
	sx_buf_puts(b,
		       "    scd2 = \"\\t\" + now + \"\\t\\\\N\\t1\" if SCD2 else \"\"  # valid_from, valid_to, is_current\n"
		       "    for batch in batches:\n"
		       "        body = \"\".join(\"\\t\".join(_tsv(v, NULL_AS[i]) for i, v in enumerate(r)) + scd2 + \"\\n\"\n"
		       "                       for r in batch)\n"
		       "        _post(url, insert + \"\\n\" + body, auth)\n"
		       "    return rows\n\n\n"
		       "def target_first(url: str, auth: dict | None = None, start: str | None = None) -> list:\n"
		       "    \"\"\"The first row of RECONCILE_TARGET_SQL on the ClickHouse target, or of\n"
		       "    RECONCILE_TARGET_WINDOW_SQL from start on (a date or a time, written into the\n"
		       "    query: 18.16 binds no parameters).\"\"\"\n"
		       "    import re\n\n"
		       "    sql = RECONCILE_TARGET_SQL\n"
		       "    if isinstance(start, int):  # an id\n"
		       "        sql = RECONCILE_TARGET_WINDOW_SQL.replace(\"{window_start}\", str(start))\n"
		       "    elif start is not None:\n"
		       "        if not re.fullmatch(r\"\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2})?\", start):\n"
		       "            raise ValueError(f\"not a window start: {start!r}\")\n"
		       "        sql = (RECONCILE_TARGET_WINDOW_SQL.replace(\"toDate({window_start})\", f\"toDate('{start[:10]}')\")\n"
		       "               .replace(\"toDateTime({window_start})\",\n"
		       "                        f\"toDateTime('{start[:10]} {start[11:] or '00:00:00'}')\"))\n"
		       "    row = _post(url, sql + \" FORMAT TabSeparated\", auth)"
		       ".rstrip(\"\\n\").split(\"\\t\")\n"
		       "    return [None if v in (\"\\\\N\", \"\") else float(v) for v in row]\n\n\n"
		       "def _ch_endpoint() -> tuple[str, dict]:\n"
		       "    \"\"\"The target's HTTP endpoint and credential headers, from its Airflow connection.\"\"\"\n"
		       "    import urllib.parse\n\n"
		       "    from airflow.hooks.base import BaseHook\n\n"
		       "    conn = BaseHook.get_connection(TARGET_CONN_ID)\n"
		       "    db = urllib.parse.quote(conn.extra_dejson.get(\"database\", \"default\"))\n"
		       "    return (f\"{conn.schema or 'http'}://{conn.host}:{conn.port or 8123}/?database={db}\",\n"
		       "            {\"X-ClickHouse-User\": conn.login or \"default\",\n"
		       "             \"X-ClickHouse-Key\": conn.password or \"\"})\n\n\n");
}

/* The data test's queries over the loaded window (where the DAG reads one):
 * the source's window as EXTRACT_SQL reads it, the target's rows from the
 * window's start on (and undated ones), each in its driver's parameter
 * style; ClickHouse (18.16 binds no query parameters) gets the start from
 * target_first(), which writes it only once it reads as a date or a time. */
static void reconcile_window_sql(sx_buf *b, const sx_gen_spec *s, const char *select_sql, const char *sum_col,
				 const gen_outcol *oc, size_t n, const char *wc)
{
	sx_db_kind t = s->target;
	sx_buf q = SX_BUF_INIT;
	bool date, id;
	sx_buf_puts(b, "\nRECONCILE_SOURCE_WINDOW_SQL = ");
	if (!wc) {
		sx_buf_puts(b, "None\nRECONCILE_TARGET_WINDOW_SQL = None");
		return;
	}
	date = col_is_date(oc, n, wc);
	id = col_is_id(s, oc, n, wc);
	sx_buf_puts(&q, "SELECT COUNT(*)");
	if (sum_col) {
		sx_buf_puts(&q, ", SUM(r.");
		sx_map_quote_ident(&q, s->source, sum_col);
		sx_buf_putc(&q, ')');
	}
	sx_buf_puts(&q, " FROM (\n");
	extract_sql(&q, s, select_sql, wc, date, id);
	sx_buf_puts(&q, "\n) AS r");
	py_str(b, sx_buf_cstr(&q));
	sx_buf_clear(&q);
	sx_buf_puts(&q, "SELECT COUNT(*)");
	if (sum_col) {
		sx_buf_puts(&q, ", SUM(");
		sx_map_quote_ident(&q, t, sum_col);
		sx_buf_putc(&q, ')');
	}
	sx_buf_puts(&q, " FROM ");
	if (t == SX_DB_CLICKHOUSE && s->cluster)
		gen_ch_obj(&q, s, s->target_table, false);
	else
		sx_map_quote_ident(&q, t, s->target_table);
	sx_buf_puts(&q, t == SX_DB_CLICKHOUSE && gen_ch_keys(oc, n) ? " FINAL WHERE " : " WHERE ");
	if (t != SX_DB_SQLITE || id)
		sx_map_quote_ident(&q, t, wc);
	if (t == SX_DB_CLICKHOUSE) {
		sx_buf_puts(&q, id     ? " >= {window_start} OR isNull("
		                : date ? " >= toDate({window_start}) OR isNull("
		                       : " >= toDateTime({window_start}) OR isNull(");
		sx_map_quote_ident(&q, t, wc);
		sx_buf_putc(&q, ')');
	} else if (t == SX_DB_SQLITE && !id) {
		sqlite_window(&q, "", wc);
	} else {
		sx_buf_puts(&q, t == SX_DB_SQLITE ? " >= :window_start OR " : " >= %(window_start)s OR ");
		sx_map_quote_ident(&q, t, wc);
		sx_buf_puts(&q, " IS NULL");
	}
	sx_buf_puts(b, "\nRECONCILE_TARGET_WINDOW_SQL = ");
	py_str(b, sx_buf_cstr(&q));
	sx_buf_release(&q);
}

static int render_dag(const sx_gen_spec *s, sx_buf *b, const char *select_sql, const char *load_sql)
{
	gen_outcol oc[MAXC];
	size_t n = gen_outcols(s, oc, MAXC), i, k;
	const char *sum_col = NULL;
	/* PostgreSQL and SQLite targets load through a staging table */
	bool lite = s->target == SX_DB_SQLITE, staged = !s->streaming &&
	                                                (s->target == SX_DB_POSTGRES || lite);
	bool chload = !s->streaming && s->target == SX_DB_CLICKHOUSE;
	/* what a run reads: its window's rows, or the whole SELECT */
	const char *wc = window_col(s, oc, n);
	bool byid = wc && col_is_id(s, oc, n, wc);
	static const char top_id[] = "        top = _max_id(sconn)  # before the extract: rows added meanwhile come again\n";
	for (i = 0; i < n; i++)
		if (!oc[i].key && (oc[i].fam == SX_TF_DECIMAL || oc[i].fam == SX_TF_INTEGER) && !sum_col)
			sum_col = oc[i].name;
	sx_buf_printf(b, "\"\"\"Airflow DAG %s, generated by Sextant (built-in engine).\n\n", s->target_table);
	sx_buf_puts(b, "Load type: ");
	sx_buf_puts(b, sx_gen_load_name(s->load));
	sx_buf_puts(b, ". Connections are Airflow connection ids; no secret is written here.\n\"\"\"\n");
	sx_buf_puts(b, "from __future__ import annotations\n\nimport contextlib\nimport datetime as dt\n"
		       "import decimal\nimport logging\n\n"
		       "try:\n    from airflow import DAG\n    from airflow.models import Variable\n"
		       "    from airflow.operators.python import PythonOperator\n"
		       "except ImportError:  # the load functions below work (and are tested) without Airflow\n"
		       "    DAG = None\n\n");
	sx_buf_puts(b, "SOURCE_CONN_ID = \"sextant_source\"\nTARGET_CONN_ID = \"sextant_target\"\n");
	sx_buf_puts(b, "TARGET_TABLE = ");
	py_str(b, s->target_table);
	sx_buf_puts(b, "\nTARGET_ENGINE = ");
	py_str(b, sx_db_kind_name(s->target));
	sx_buf_puts(b, "\nCOLUMNS = ");
	py_list(b, oc, n, false);
	sx_buf_puts(b, "\nKEY_COLUMNS = ");
	py_list(b, oc, n, true);
	sx_buf_puts(b, "\nSUM_COLUMN = ");
	py_str_or_none(b, sum_col);
	sx_buf_puts(b, "\nLOOKBACK = dt.timedelta(days=2)  # late-arriving rows are reloaded\n");
	sx_buf_puts(b, "WATERMARK_VARIABLE = f\"sextant_watermark__{TARGET_TABLE}\"\n\nSELECT_SQL = ");
	py_str(b, select_sql);
	sx_buf_puts(b, "\nLOAD_SQL = ");
	py_str(b, load_sql);
	{
		sx_buf q = SX_BUF_INIT;
		sx_buf_puts(b, "\n# each run reads the rows of its window only (None: the whole SELECT)\nWINDOW_COLUMN = ");
		py_str_or_none(b, wc);
		sx_buf_puts(b, "\nWINDOW_GRAIN = ");
		py_str_or_none(b, wc && s->load == SX_LOAD_AGGREGATE ? sx_gen_grain_name(s->grain) : NULL);
		/* a ClickHouse target replaces whole months (its partitions) */
		sx_buf_printf(b, "\nWINDOW_WHOLE_MONTHS = %s", chload && s->grain < SX_GRAIN_MONTH ? "True" : "False");
		sx_buf_printf(b, "\nWINDOW_BY_ID = %s", byid ? "True" : "False");
		if (byid) {
			size_t sl = sql_body_len(select_sql);
			sx_buf_puts(b, "  # no date or time: new ids; a row changed after its load is not read again\n"
			               "ID_LOOKBACK = 1000  # ids read again each run: rows committed out of their id's order\n"
			               "MAX_ID_SQL = ");
			sx_buf_puts(&q, "SELECT MAX(w.");
			sx_map_quote_ident(&q, s->source, wc);
			sx_buf_printf(&q, ") FROM (\n%.*s\n) AS w", (int)sl, select_sql);
			py_str(b, sx_buf_cstr(&q));
			sx_buf_clear(&q);
		}
		sx_buf_puts(b, "\nEXTRACT_SQL = ");
		if (wc) {
			extract_sql(&q, s, select_sql, wc, col_is_date(oc, n, wc), col_is_id(s, oc, n, wc));
			py_str(b, sx_buf_cstr(&q));
		} else
			sx_buf_puts(b, "None");
		sx_buf_release(&q);
	}
	/* the data test's queries are written out whole, identifiers quoted
	 * by each side's rules, so the DAG builds no SQL from strings */
	{
		sx_buf q = SX_BUF_INIT;
		size_t sl = sql_body_len(select_sql);
		sx_buf_puts(&q, "SELECT COUNT(*)");
		if (sum_col) {
			sx_buf_puts(&q, ", SUM(q.");
			sx_map_quote_ident(&q, s->source, sum_col);
			sx_buf_putc(&q, ')');
		}
		sx_buf_puts(&q, " FROM (\n");
		sx_buf_put(&q, select_sql, sl);
		sx_buf_puts(&q, "\n) AS q");
		sx_buf_puts(b, "\nRECONCILE_SOURCE_SQL = ");
		py_str(b, sx_buf_cstr(&q));
		sx_buf_clear(&q);
		sx_buf_puts(&q, "SELECT COUNT(*)");
		if (sum_col) {
			sx_buf_puts(&q, ", SUM(");
			sx_map_quote_ident(&q, s->target, sum_col);
			sx_buf_putc(&q, ')');
		}
		sx_buf_puts(&q, " FROM ");
		if (s->target == SX_DB_CLICKHOUSE && s->cluster)
			gen_ch_obj(&q, s, s->target_table, false); /* the Distributed table: every shard */
		else
			sx_map_quote_ident(&q, s->target, s->target_table);
		if (s->target == SX_DB_CLICKHOUSE && !scd(s) && gen_ch_keys(oc, n))
			sx_buf_puts(&q, " FINAL"); /* a reloaded row counts once before parts merge
			                             * (a keyless target is a MergeTree, emptied
			                             * before each load) */
		if (scd(s))
			sx_buf_puts(&q, " WHERE is_current"); /* closed versions are history */
		sx_buf_puts(b, "\nRECONCILE_TARGET_SQL = ");
		py_str(b, sx_buf_cstr(&q));
		reconcile_window_sql(b, s, select_sql, sum_col, oc, n, wc);
		if (chload) {
			sx_buf_puts(b, "\nPARTITION_COLUMN = ");
			py_str_or_none(b, part_col(oc, n));
			/* what a NULL becomes in a column that is not Nullable (a
			 * sorting key: 18.16 has no input_format_null_as_default) */
			sx_buf_puts(b, "\nNULL_AS = [");
			for (i = 0; i < n; i++) {
				sx_buf_puts(b, i ? ", " : "");
				py_str_or_none(b, ch_null_as(&oc[i]));
			}
			/* the Decimal(18, 2) columns: a float (SQLite's REAL) goes with
			 * 2 decimals, as 18.16 refuses more */
			sx_buf_puts(b, "]\nAMOUNT_AT = [");
			for (i = 0, k = 0; i < n; i++)
				if (oc[i].fam == SX_TF_DECIMAL)
					sx_buf_printf(b, k++ ? ", %zu" : "%zu", i);
			sx_buf_printf(b, "]\nSCD2 = %s", scd(s) ? "True" : "False");
			if (scd(s)) { /* what tells a changed row (see ch_scd2_close) */
				sx_buf_puts(b, "\nCOMPARED_COLUMNS = [");
				for (i = 0, k = 0; i < n; i++)
					if (scd_compared(s, &oc[i])) {
						sx_buf_puts(b, k++ ? ", " : "");
						py_str(b, oc[i].name);
					}
				sx_buf_puts(b, "]");
			}
		}
		if (staged) {
			char stage[200];
			snprintf(stage, sizeof stage, "%s__stage", s->target_table);
			sx_buf_clear(&q);
			stage_create(&q, s, oc, n);
			sx_buf_puts(b, "\nSTAGE_SQL = ");
			py_str(b, sx_buf_cstr(&q));
			sx_buf_clear(&q);
			sx_buf_puts(&q, "DELETE FROM ");
			gen_q(&q, s->target, stage);
			sx_buf_puts(b, "\nSTAGE_CLEAR_SQL = ");
			py_str(b, sx_buf_cstr(&q));
			sx_buf_clear(&q);
			sx_buf_puts(&q, "INSERT INTO ");
			gen_q(&q, s->target, stage);
			sx_buf_puts(&q, " (");
			gen_col_list(&q, s->target, oc, n, "");
			sx_buf_puts(&q, ") VALUES (");
			for (i = 0; i < n; i++)
				sx_buf_puts(&q, i ? (lite ? ", ?" : ", %s") : (lite ? "?" : "%s"));
			sx_buf_puts(&q, ")");
			sx_buf_puts(b, "\nSTAGE_INSERT_SQL = ");
			py_str(b, sx_buf_cstr(&q));
			if (!lite) { /* psycopg2 fills the stage with COPY */
				sx_buf_clear(&q);
				sx_buf_puts(&q, "COPY ");
				gen_q(&q, s->target, stage);
				sx_buf_puts(&q, " (");
				gen_col_list(&q, s->target, oc, n, "");
				sx_buf_puts(&q, ") FROM STDIN");
				sx_buf_puts(b, "\nSTAGE_COPY_SQL = ");
				py_str(b, sx_buf_cstr(&q));
			}
		}
		sx_buf_release(&q);
	}
	sx_buf_puts(b, "\n\n\n"
		       "def notify_failure(context: dict) -> None:\n"
		       "    \"\"\"Logs the failed task; replace with the team's alerting.\"\"\"\n"
		       "    ti = context.get(\"task_instance\")\n"
		       "    logging.error(\"sextant: %s failed in %s\", ti.task_id if ti else \"?\", TARGET_TABLE)\n\n\n"
		       "def _period_start(ts: dt.datetime) -> str:\n"
		       "    \"\"\"ts cut to the start of its period (WINDOW_GRAIN), written as the SELECT writes it.\"\"\"\n"
		       "    if WINDOW_GRAIN is None:\n"
		       "        return ts.strftime(\"%Y-%m-%d %H:%M:%S\")\n"
		       "    if WINDOW_GRAIN == \"hour\" and not WINDOW_WHOLE_MONTHS:\n"
		       "        return ts.strftime(\"%Y-%m-%d %H:00:00\")\n"
		       "    d = ts.date()\n"
		       "    if WINDOW_GRAIN == \"week\":\n"
		       "        d -= dt.timedelta(days=d.weekday())  # weeks start on Monday\n"
		       "    elif WINDOW_GRAIN == \"quarter\":\n"
		       "        d = d.replace(month=(d.month - 1) // 3 * 3 + 1, day=1)\n"
		       "    elif WINDOW_GRAIN == \"year\":\n"
		       "        d = d.replace(month=1, day=1)\n"
		       "    if WINDOW_GRAIN == \"month\" or WINDOW_WHOLE_MONTHS:\n"
		       "        d = d.replace(day=1)\n"
		       "    return d.isoformat()\n\n\n"
		       "def _window(context: dict, watermark: str) -> tuple:\n"
		       "    \"\"\"The window this run reloads: from the earlier of the last load's end (the\n"
		       "    watermark) and the interval's start, less LOOKBACK, cut to a whole period; to\n"
		       "    the interval's end. A first run (no watermark yet) reads everything. By id:\n"
		       "    from the highest id the last run saw less ID_LOOKBACK (None: every row).\"\"\"\n"
		       "    if WINDOW_BY_ID:\n"
		       "        return (int(watermark) - ID_LOOKBACK if watermark.isdigit() else None), None\n"
		       "    start = context[\"data_interval_start\"]\n"
		       "    since = dt.datetime.fromisoformat(watermark)\n"
		       "    if since.tzinfo is None and start.tzinfo is not None:\n"
		       "        since = since.replace(tzinfo=start.tzinfo)\n"
		       "    return _period_start(min(start, since) - LOOKBACK), context[\"data_interval_end\"]\n\n\n"
		       "def _extract(params: dict | None) -> tuple:\n"
		       "    \"\"\"A cursor's execute() arguments for the extract: EXTRACT_SQL with the window's\n"
		       "    start where the load reads a window, else the whole SELECT_SQL.\"\"\"\n"
		       "    if EXTRACT_SQL and params and params.get(\"window_start\") is not None:\n"
		       "        return EXTRACT_SQL, {\"window_start\": params[\"window_start\"]}\n"
		       "    return (SELECT_SQL.rstrip().rstrip(\";\"),)\n\n\n"
		       );
	if (s->source == SX_DB_CLICKHOUSE)
		sx_buf_puts(b, ch_source_py);
	if (byid)
		sx_buf_puts(b, "def _max_id(conn) -> int | None:\n"
			       "    \"\"\"The source's highest id now: the next run reads from it, less ID_LOOKBACK.\"\"\"\n"
			       "    cur = conn.cursor()\n"
			       "    cur.execute(MAX_ID_SQL)\n"
			       "    row = cur.fetchone()\n"
			       "    cur.close()\n"
			       "    return None if row is None or row[0] is None else int(row[0])\n\n\n");
	if (staged)
		dag_copy_rows(s, b, lite);
	else if (chload)
		dag_copy_rows_ch(s, b);
	sx_buf_puts(b, "def extract_load(**context) -> int:\n"
		       "    \"\"\"Extracts the rows with a server-side cursor and loads them into the target.\n\n"
		       "    Returns:\n        The number of rows loaded.\n    \"\"\"\n"
		       "    from airflow.hooks.base import BaseHook\n\n"
		       "    watermark = Variable.get(WATERMARK_VARIABLE, default_var=\"1970-01-01\")\n"
		       "    start, end = _window(context, watermark)\n");
	dag_src_hook(s, b);
	if (!chload)
		sx_buf_puts(b, "    tgt = BaseHook.get_connection(TARGET_CONN_ID).get_hook()\n");
	if (staged)
		sx_buf_printf(b, "    with contextlib.closing(src.get_conn()) as sconn, "
			       "contextlib.closing(tgt.get_conn()) as tconn:\n%s"
			       "        rows = copy_rows(sconn, tconn, {\"watermark\": watermark, \"window_start\": start,\n"
			       "                                        \"window_end\": end})\n", byid ? top_id : "");
	else if (chload)
		sx_buf_printf(b, "    url, auth = _ch_endpoint()\n"
			       "    with contextlib.closing(src.get_conn()) as sconn:\n%s"
			       "        rows = copy_rows(sconn, url, auth, {\"window_start\": start})\n", byid ? top_id : "");
	else
		sx_buf_puts(b, "    rows = 0\n"
			       "    with src.get_conn() as conn:\n"
			       "        cur = conn.cursor(name=\"sextant_extract\")  # server-side cursor\n"
			       "        cur.itersize = 10000\n"
			       "        cur.execute(SELECT_SQL.rstrip().rstrip(\";\"))\n"
			       "        batch = cur.fetchmany(10000)\n"
			       "        while batch:\n"
			       "            tgt.insert_rows(f\"{TARGET_TABLE}__stage\", batch, target_fields=COLUMNS)\n"
			       "            rows += len(batch)\n"
			       "            batch = cur.fetchmany(10000)\n"
			       "    tgt.run(LOAD_SQL, parameters={\"watermark\": watermark, \"window_start\": start,\n"
			       "                                  \"window_end\": end})\n");
	sx_buf_puts(b, byid ? "    if top is not None:  # the next run reads from the highest id seen\n"
		               "        Variable.set(WATERMARK_VARIABLE, str(top))\n"
		             : "    Variable.set(WATERMARK_VARIABLE, end.isoformat())\n");
	sx_buf_puts(b, "    logging.info(\"sextant: %d rows into %s (watermark was %s)\", rows, TARGET_TABLE, watermark)\n"
		       "    return rows\n\n\n"
		       "def reconcile(s, t) -> None:\n"
		       "    \"\"\"Compares the source's (count, sum) with the target's.\n\n"
		       "    The target keeps each row's amount to 2 decimals, so its sum may differ from\n"
		       "    the source's by half a cent per row.\n\n"
		       "    Args:\n        s: the first row of RECONCILE_SOURCE_SQL.\n"
		       "        t: the first row of RECONCILE_TARGET_SQL.\n\n"
		       "    Raises:\n        ValueError: when the target differs from the source.\n    \"\"\"\n"
		       "    if s[0] != t[0]:\n"
		       "        raise ValueError(f\"row counts differ: source {s[0]}, target {t[0]}\")\n"
		       "    if SUM_COLUMN and abs(float(s[1] or 0) - float(t[1] or 0)) > 0.005 * max(s[0], 1) + 1e-6:\n"
		       "        raise ValueError(f\"sum of {SUM_COLUMN} differs: source {s[1]}, target {t[1]}\")\n\n\n"
		       );
	if (wc) {
		sx_buf_puts(b, "def _first(conn, sql: str, params: dict) -> tuple:\n"
			       "    cur = conn.cursor()\n"
			       "    cur.execute(sql, params)\n"
			       "    row = cur.fetchone()\n"
			       "    cur.close()\n"
			       "    return row\n\n\n");
		sx_buf_puts(b, chload ? "def reconcile_window(src_conn, url: str, start: str, auth: dict | None = None) -> None:\n"
				      : "def reconcile_window(src_conn, tgt_conn, start: str) -> None:\n");
		sx_buf_puts(b, "    \"\"\"reconcile() over the loaded window: the rows from start on (and the undated\n"
			       "    ones) of the source's SELECT and of the target.\"\"\"\n"
			       "    src = _first(src_conn, RECONCILE_SOURCE_WINDOW_SQL, {\"window_start\": start})\n");
		sx_buf_puts(b, chload ? "    reconcile(src, target_first(url, auth, start))\n\n\n"
				      : "    reconcile(src, _first(tgt_conn, RECONCILE_TARGET_WINDOW_SQL, {\"window_start\": start}))\n\n\n");
	}
	sx_buf_puts(b, "def data_test(**context) -> None:\n"
		       "    \"\"\"Reconciles row counts and a sum between source and target (over the loaded\n"
		       "    window where the load reads one).\n\n"
		       "    Raises:\n        ValueError: when the target differs from the source.\n    \"\"\"\n"
		       "    from airflow.hooks.base import BaseHook\n\n");
	dag_src_hook(s, b);
	if (chload)
		sx_buf_puts(b, "    url, auth = _ch_endpoint()\n");
	else
		sx_buf_puts(b, "    tgt = BaseHook.get_connection(TARGET_CONN_ID).get_hook()\n");
	if (wc) {
		/* the watermark is this run's end by now: the window as loaded */
		sx_buf_puts(b, "    start = _window(context, Variable.get(WATERMARK_VARIABLE, default_var=\"1970-01-01\"))[0]\n"
			       "    if WINDOW_COLUMN and start is not None:\n"
			       "        with contextlib.closing(src.get_conn()) as sconn");
		sx_buf_puts(b, chload ? ":\n            reconcile_window(sconn, url, start, auth)\n        return\n"
				      : ", contextlib.closing(tgt.get_conn()) as tconn:\n"
					"            reconcile_window(sconn, tconn, start)\n        return\n");
	}
	if (chload)
		sx_buf_puts(b, "    reconcile(src.get_first(RECONCILE_SOURCE_SQL), target_first(url, auth))\n\n\n");
	else
		sx_buf_puts(b, "    reconcile(src.get_first(RECONCILE_SOURCE_SQL), "
			       "tgt.get_first(RECONCILE_TARGET_SQL))\n\n\n");
	sx_buf_puts(b, "default_args = {\n"
		       "    \"owner\": \"data-engineering\",\n"
		       "    \"retries\": 3,\n"
		       "    \"retry_delay\": dt.timedelta(minutes=2),\n"
		       "    \"retry_exponential_backoff\": True,\n"
		       "    \"max_retry_delay\": dt.timedelta(minutes=30),\n"
		       "    \"on_failure_callback\": notify_failure,\n");
	dag_deploy_args(s, b);
	sx_buf_puts(b, "}\n\n"
		       "if DAG is not None:\n"
		       "    with DAG(\n"
		       "        dag_id=f\"sextant_{TARGET_TABLE}\",\n"
		       "        schedule=");
	if (cron_or_none(s))
		py_str(b, s->schedule);
	else
		sx_buf_puts(b, s->streaming ? "None" : "\"@daily\"");
	sx_buf_puts(b, ",\n        start_date=dt.datetime(2024, 1, 1),\n        catchup=False,\n"
		       "        max_active_runs=1,\n        default_args=default_args,\n"
		       "        tags=[\"sextant\", \"generated\"],\n    ) as dag:\n"
		       "        load = PythonOperator(task_id=\"extract_load\", python_callable=extract_load)\n"
		       "        check = PythonOperator(task_id=\"data_test\", python_callable=data_test)\n"
		       "        load >> check\n");
	return 0;
}

static void render_transform(const sx_gen_spec *s, sx_buf *b)
{
	gen_outcol oc[MAXC];
	size_t n = gen_outcols(s, oc, MAXC);
	sx_buf_printf(b, "\"\"\"Row-level transforms for %s, generated by Sextant.\n\n"
		      "Masking, casting and deduplication of extracted rows (dicts).\n\"\"\"\n",
		      s->target_table);
	sx_buf_puts(b, "from __future__ import annotations\n\nimport datetime as dt\nimport decimal\n"
		       "import hashlib\nfrom typing import Any, Iterable\n\n");
	sx_buf_puts(b, "COLUMNS: list[str] = ");
	py_list(b, oc, n, false);
	sx_buf_puts(b, "\nKEY_COLUMNS: list[str] = ");
	py_list(b, oc, n, true);
	sx_buf_puts(b, "\nORDER_COLUMN: str | None = ");
	py_str_or_none(b, s->order_col);
	sx_buf_puts(b, "\nMASKS: dict[str, str] = {");
	{
		size_t i, k = 0;
		for (i = 0; s->col_masks && i < s->ncols; i++)
			if (s->col_masks[i]) {
				sx_buf_puts(b, k++ ? ", " : "");
				py_str(b, s->col_out[i]);
				sx_buf_puts(b, ": ");
				py_str(b, s->col_masks[i]);
			}
	}
	sx_buf_puts(b, "}\n\n\n"
		"def mask_email(value: str | None) -> str | None:\n"
		"    \"\"\"Hides the local part of an e-mail address.\n\n"
		"    Args:\n        value: an address such as ``anna@example.com``.\n\n"
		"    Returns:\n        ``***@example.com``, or None for None.\n    \"\"\"\n"
		"    if value is None:\n        return None\n"
		"    at = value.find(\"@\")\n"
		"    return \"***\" + (value[at:] if at >= 0 else \"\")\n\n\n"
		"def mask_phone(value: str | None) -> str | None:\n"
		"    \"\"\"Keeps the last four characters of a phone number.\n\n"
		"    Args:\n        value: a phone number in any spelling.\n\n"
		"    Returns:\n        ``***`` followed by its last four characters, or None.\n    \"\"\"\n"
		"    if value is None:\n        return None\n"
		"    return \"***\" + value[-4:]\n\n\n"
		"def mask_name(value: str | None) -> str | None:\n"
		"    \"\"\"Keeps the initial of a person's name.\n\n"
		"    Args:\n        value: a name (any script).\n\n"
		"    Returns:\n        The first character followed by ``***``, or None.\n    \"\"\"\n"
		"    if value is None:\n        return None\n"
		"    return value[:1] + \"***\"\n\n\n"
		"def hash_value(value: Any, salt: str = \"\") -> str | None:\n"
		"    \"\"\"Pseudonymises a value with SHA-256 (stable, so joins still work).\n\n"
		"    Args:\n        value: any value; None stays None.\n        salt: a secret kept outside the code.\n\n"
		"    Returns:\n        The hex digest, or None.\n    \"\"\"\n"
		"    if value is None:\n        return None\n"
		"    return hashlib.sha256((salt + str(value)).encode(\"utf-8\")).hexdigest()\n\n\n"
		"def to_decimal(value: Any, places: int = 2) -> decimal.Decimal | None:\n"
		"    \"\"\"Casts a number or numeric text to a Decimal rounded half-up.\n\n"
		"    Args:\n        value: int, float, Decimal or text; None and \"\" give None.\n"
		"        places: digits after the point.\n\n"
		"    Returns:\n        The rounded Decimal, or None.\n\n"
		"    Raises:\n        ValueError: when the text is not a number.\n    \"\"\"\n"
		"    if value is None or value == \"\":\n        return None\n"
		"    try:\n        d = decimal.Decimal(str(value).strip())\n"
		"    except decimal.InvalidOperation as e:\n"
		"        raise ValueError(f\"not a number: {value!r}\") from e\n"
		"    return d.quantize(decimal.Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_UP)\n\n\n"
		"def to_timestamp(value: Any) -> dt.datetime | None:\n"
		"    \"\"\"Casts ISO-8601 text (or a datetime) to a datetime.\n\n"
		"    Args:\n        value: ``2024-03-08 19:42:05``, ``2024-03-08T19:42:05``, a date or a datetime.\n\n"
		"    Returns:\n        The datetime, or None for None/empty.\n    \"\"\"\n"
		"    if value is None or value == \"\":\n        return None\n"
		"    if isinstance(value, dt.datetime):\n        return value\n"
		"    if isinstance(value, dt.date):\n        return dt.datetime(value.year, value.month, value.day)\n"
		"    return dt.datetime.fromisoformat(str(value).replace(\"Z\", \"+00:00\"))\n\n\n"
		"def mask_row(row: dict[str, Any]) -> dict[str, Any]:\n"
		"    \"\"\"Applies MASKS to one row (a copy; the input is not changed).\n\n"
		"    Args:\n        row: column name -> value.\n\n    Returns:\n        The masked copy.\n    \"\"\"\n"
		"    out = dict(row)\n"
		"    for col, cls in MASKS.items():\n"
		"        if col not in out:\n            continue\n"
		"        if cls == \"email\":\n            out[col] = mask_email(out[col])\n"
		"        elif cls == \"phone\":\n            out[col] = mask_phone(out[col])\n"
		"        elif cls == \"person_name\":\n            out[col] = mask_name(out[col])\n"
		"        elif cls == \"birth_date\":\n"
		"            try:\n                ts = to_timestamp(out[col])\n"
		"            except ValueError:\n                ts = None\n"
		"            out[col] = dt.date(ts.year, 1, 1) if ts else None\n"
		"        else:\n            out[col] = hash_value(out[col])\n"
		"    return out\n\n\n"
		"def dedup_latest(rows: Iterable[dict[str, Any]], key: list[str] | None = None,\n"
		"                 order: str | None = None) -> list[dict[str, Any]]:\n"
		"    \"\"\"Keeps the latest row per key.\n\n"
		"    Args:\n        rows: the rows.\n        key: key columns (default KEY_COLUMNS).\n"
		"        order: the column deciding \"latest\" (default ORDER_COLUMN); ties keep the later row.\n\n"
		"    Returns:\n        One row per key, in first-seen key order.\n    \"\"\"\n"
		"    key = key if key is not None else KEY_COLUMNS\n"
		"    order = order if order is not None else ORDER_COLUMN\n"
		"    best: dict[tuple, dict[str, Any]] = {}\n"
		"    for row in rows:\n"
		"        k = tuple(row.get(c) for c in key)\n"
		"        cur = best.get(k)\n"
		"        if cur is None or order is None or (row.get(order) is not None and\n"
		"                (cur.get(order) is None or row.get(order) >= cur.get(order))):\n"
		"            best[k] = row\n"
		"    return list(best.values())\n");
}

static void render_tests(const sx_gen_spec *s, sx_buf *b)
{
	sx_buf_printf(b, "\"\"\"pytest tests of transforms/%s.py (generated by Sextant).\"\"\"\n", s->target_table);
	sx_buf_printf(b, "import datetime as dt\nimport decimal\nimport importlib.util\nimport pathlib\n\nimport pytest\n\n"
		      "_HERE = pathlib.Path(__file__).resolve().parent\n"
		      "_PATHS = [_HERE / \"%s.py\", _HERE.parent / \"transforms\" / \"%s.py\"]\n"
		      "_SPEC = importlib.util.spec_from_file_location(\"transform\", next(p for p in _PATHS if p.exists()))\n"
		      "t = importlib.util.module_from_spec(_SPEC)\n_SPEC.loader.exec_module(t)\n\n\n",
		      s->target_table, s->target_table);
	sx_buf_puts(b,
		"def test_mask_email_keeps_domain():\n"
		"    assert t.mask_email(\"anna.petrova@example.ru\") == \"***@example.ru\"\n"
		"    assert t.mask_email(None) is None\n\n\n"
		"def test_mask_phone_keeps_last_four():\n"
		"    assert t.mask_phone(\"+7 (912) 345-67-89\") == \"***7-89\"\n\n\n"
		"def test_mask_name_unicode():\n"
		"    assert t.mask_name(\"Иванова\") == \"И***\"\n\n\n"
		"def test_hash_is_stable_and_hides_value():\n"
		"    h = t.hash_value(\"4000 1234 5678 9010\", salt=\"s\")\n"
		"    assert h == t.hash_value(\"4000 1234 5678 9010\", salt=\"s\")\n"
		"    assert \"4000\" not in h and len(h) == 64\n\n\n"
		"def test_to_decimal_rounds_half_up():\n"
		"    assert t.to_decimal(\"10.005\") == decimal.Decimal(\"10.01\")\n"
		"    assert t.to_decimal(None) is None\n"
		"    with pytest.raises(ValueError):\n"
		"        t.to_decimal(\"ten\")\n\n\n"
		"def test_to_timestamp_forms():\n"
		"    assert t.to_timestamp(\"2024-03-08 19:42:05\") == dt.datetime(2024, 3, 8, 19, 42, 5)\n"
		"    assert t.to_timestamp(dt.date(2024, 1, 2)) == dt.datetime(2024, 1, 2)\n\n\n"
		"def test_mask_row_masks_only_listed_columns():\n"
		"    row = {c: \"x@y.z\" for c in t.COLUMNS}\n"
		"    out = t.mask_row(row)\n"
		"    for c in t.COLUMNS:\n"
		"        if c not in t.MASKS:\n"
		"            assert out[c] == row[c]\n"
		"    assert row == {c: \"x@y.z\" for c in t.COLUMNS}\n\n\n"
		"def test_birth_date_keeps_only_the_year_as_a_date():\n"
		"    col = next((c for c, k in t.MASKS.items() if k == \"birth_date\"), \"born\")\n"
		"    saved = dict(t.MASKS)\n"
		"    t.MASKS[col] = \"birth_date\"\n"
		"    try:\n"
		"        out = t.mask_row({col: \"1985-07-23\"})\n"
		"        assert out[col] == dt.date(1985, 1, 1)\n"
		"        assert t.mask_row(out)[col] == dt.date(1985, 1, 1)  # masking twice changes nothing\n"
		"        assert t.mask_row({col: None})[col] is None\n"
		"    finally:\n"
		"        t.MASKS.clear()\n"
		"        t.MASKS.update(saved)\n\n\n"
		"def test_dedup_keeps_latest_per_key():\n"
		"    rows = [{\"k\": 1, \"ts\": \"2024-01-01\", \"v\": \"old\"},\n"
		"            {\"k\": 1, \"ts\": \"2024-02-01\", \"v\": \"new\"},\n"
		"            {\"k\": 2, \"ts\": \"2024-01-05\", \"v\": \"only\"}]\n"
		"    out = t.dedup_latest(rows, key=[\"k\"], order=\"ts\")\n"
		"    assert [r[\"v\"] for r in out] == [\"new\", \"only\"]\n\n\n"
		"def test_columns_are_known():\n"
		"    assert t.COLUMNS and set(t.KEY_COLUMNS) <= set(t.COLUMNS)\n");
}

static void render_readme(const sx_gen_spec *s, sx_buf *b, const char *ddl_lang)
{
	size_t i;
	sx_buf_printf(b, "# %s\n\n", s->target_table);
	sx_buf_puts(b, "Generated by Sextant's built-in engine from the intent:\n\n> ");
	sx_buf_put_sanitized(b, s->intent, strlen(s->intent), false);
	sx_buf_printf(b, "\n\n- **Load type:** %s%s\n", sx_gen_load_name(s->load), s->streaming ? " (streaming)" : "");
	sx_buf_printf(b, "- **Target:** %s table `%s`\n", ddl_lang, s->target_table);
	if (s->schedule)
		sx_buf_printf(b, "- **Schedule:** `%s` (cron)\n", s->schedule);
	if (s->grain)
		sx_buf_printf(b, "- **Grain:** %s of `%s.%s`\n", sx_gen_grain_name(s->grain), s->time_table->name,
			      s->time_column);
	for (i = 0; i < s->ndims; i++)
		sx_buf_printf(b, "- **Dimension:** `%s` = `%s.%s`\n", s->dims[i].name, s->dims[i].table->name,
			      s->dims[i].column);
	for (i = 0; i < s->nmeasures; i++)
		sx_buf_printf(b, "- **Measure:** `%s` = %s(%s) on `%s`%s\n", s->measures[i].name,
			      sx_gen_agg_name(s->measures[i].agg), s->measures[i].expr ? s->measures[i].expr : "*",
			      s->measures[i].table->name, s->measures[i].convert ? ", converted at the fact's date" : "");
	if (s->entity)
		sx_buf_printf(b, "- **Source table:** `%s`\n", s->entity->name);
	for (i = 0; i < s->ngroups; i++)
		sx_buf_printf(b, "- **Fact table %zu:** `%s` (%zu joins)\n", i + 1, s->groups[i].fact->name,
			      s->groups[i].njoins);
	sx_buf_puts(b, "\n## Files\n\n- `select.sql`: the full-load SELECT (source dialect)\n"
		       "- `target_ddl.sql`: the target table\n- `load.sql`: the idempotent / incremental load\n"
		       "- `dags/`: the Airflow 2 DAG (connection ids `sextant_source`, `sextant_target`)\n"
		       "- `transforms/`, `tests/`: row-level Python transforms and their pytest tests\n\n"
		       "## Deploy\n\n1. Run `target_ddl.sql` on the target.\n"
		       "2. Create the Airflow connections `sextant_source` and `sextant_target`.\n"
		       "3. Copy the DAG into the DAGs folder; ");
	{
		gen_outcol oc[MAXC];
		size_t n = gen_outcols(s, oc, MAXC);
		const char *wc = window_col(s, oc, n);
		if (wc)
			sx_buf_printf(b, "the first run loads everything; later runs read the rows\n"
					 "   whose `%s` is at or after the last load's end less a 2-day lookback%s.\n"
					 "4. The `data_test` task compares row counts and a sum between source and target\n"
					 "   over that window.\n",
				      wc, s->load == SX_LOAD_AGGREGATE ? " (whole periods)" : "");
		else
			sx_buf_puts(b, "every run reads the whole SELECT; the load is idempotent.\n"
				       "4. The `data_test` task compares row counts and a sum between source and target.\n");
	}
	if (s->source == SX_DB_CLICKHOUSE)
		sx_buf_puts(b, "5. The DAG reads the ClickHouse source with clickhouse-driver (`pip install\n"
			       "   clickhouse-driver` in the Airflow environment; Debian: python3-clickhouse-driver)\n"
			       "   over the native protocol: the `sextant_source` connection's host, port (9000\n"
			       "   if unset), login, password and the extra `database` (else its schema).\n");
	gen_cluster_readme(s, b);
	if (s->streaming)
		sx_buf_puts(b, "\nStreaming: a Debezium PostgreSQL connector publishes change events (Debezium's JSON\n"
			       "format, unwrapped with the ExtractNewRecordState transform) from the publication in\n"
			       "`load.sql` to Kafka; ClickHouse reads them through the Kafka-engine table and a\n"
			       "materialised view.\n");
}

int gen_render_python(const sx_gen_spec *s, sx_artifact_set *out)
{
	sx_buf b = SX_BUF_INIT;
	int rc;
	render_transform(s, &b);
	rc = sx_artifact_set_put(out, SX_ART_PYTHON_TRANSFORM, s->target_table, "python", sx_buf_cstr(&b));
	sx_buf_clear(&b);
	if (!rc) {
		render_tests(s, &b);
		rc = sx_artifact_set_put(out, SX_ART_PYTHON_TESTS, s->target_table, "python", sx_buf_cstr(&b));
	}
	sx_buf_release(&b);
	return rc;
}

int sx_gen_render(const sx_gen_spec *s, sx_artifact_set *out, sx_error *err)
{
	sx_buf sel = SX_BUF_INIT, ddl = SX_BUF_INIT, load = SX_BUF_INIT, x = SX_BUF_INIT;
	int rc;
	if ((rc = sx_gen_render_select(s, s->source, &sel, err)))
		goto done;
	gen_render_ddl(s, &ddl);
	gen_render_load(s, &load);
	if (sx_buf_failed(&ddl) || sx_buf_failed(&load)) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	if ((rc = sx_artifact_set_put(out, SX_ART_SELECT_SQL, s->target_table, sx_db_kind_name(s->source),
				      sx_buf_cstr(&sel))) ||
	    (rc = sx_artifact_set_put(out, SX_ART_TARGET_DDL, s->target_table, sx_db_kind_name(s->target),
				      sx_buf_cstr(&ddl))) ||
	    (rc = sx_artifact_set_put(out, SX_ART_LOAD_SQL, s->target_table, sx_db_kind_name(s->target),
				      sx_buf_cstr(&load))))
		goto oom;
	render_dag(s, &x, sx_buf_cstr(&sel), sx_buf_cstr(&load));
	if ((rc = sx_artifact_set_put(out, SX_ART_AIRFLOW_DAG, s->target_table, "python", sx_buf_cstr(&x))))
		goto oom;
	if ((rc = gen_render_python(s, out)))
		goto oom;
	sx_buf_clear(&x);
	render_readme(s, &x, sx_db_kind_name(s->target));
	if ((rc = sx_artifact_set_put(out, SX_ART_README, s->target_table, "markdown", sx_buf_cstr(&x))))
		goto oom;
	goto done;
oom:
	rc = sx_error_set(err, SX_ENOMEM, "out of memory");
done:
	sx_buf_release(&sel);
	sx_buf_release(&ddl);
	sx_buf_release(&load);
	sx_buf_release(&x);
	return rc;
}
