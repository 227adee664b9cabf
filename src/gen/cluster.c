/*
 * cluster.c - pipelines for a ClickHouse cluster and the deployment settings
 * of a spec (the Airflow pool and queue).
 *
 * On a cluster the target is two tables, created ON CLUSTER:
 *   <db>.<table>_local  Replicated[Replacing]MergeTree at
 *                       '/clickhouse/tables/{shard}/<db>/<table>_local' with
 *                       replica '{replica}' (the server's macros), the same
 *                       columns, partitions and sorting key as on one server;
 *   <db>.<table>        Distributed(cluster, db, <table>_local, sharding key),
 *                       what the load writes to and what readers query.
 *
 * The sharding key is a hash of the grain (the sorting key's columns):
 * cityHash64(entity key) for entity loads (with the snapshot date for
 * snapshots), cityHash64(dimensions, period) for aggregates; rand() only
 * when the grain is empty. So every version of
 * one row lands on one shard, where ReplacingMergeTree (FINAL) collapses it
 * and an SCD2 history stays together; a reload never leaves a stale copy on
 * another shard.
 *
 * Loads go through the Distributed table with insert_distributed_sync = 1
 * (18.16 has no INSERT ... SETTINGS: the DAG sends it as a query setting),
 * so an INSERT that succeeded is on every shard; the monthly partition drop
 * of an aggregate runs ON CLUSTER on the local tables first, so a retried
 * task redoes the whole month.
 *
 * sx_gen_apply_deploy reads the options and the config once per run; the
 * renderers (artifacts.c) call the gen_cluster_* hooks when spec->cluster
 * is set.
 */
#include <stdlib.h>
#include <string.h>

#include "gen_int.h"

#define MAXC 128

int sx_gen_spec_set_cluster(sx_gen_spec *s, const char *name, const char *database, sx_error *err)
{
	if (!s)
		return sx_error_set(err, SX_EINVAL, "sx_gen_spec_set_cluster: no spec");
	if (!name || !*name) {
		s->cluster = s->cluster_db = NULL;
		return 0;
	}
	if (s->target != SX_DB_CLICKHOUSE)
		return sx_error_set(
		    err, SX_EINVAL,
		    "a cluster (%s) needs a ClickHouse target, not %s: add --target clickhouse",
		    name, sx_db_kind_name(s->target));
	if (s->target_table && strlen(s->target_table) > 200)
		return sx_error_set(err, SX_EINVAL,
		                    "the target table's name is too long for a cluster");
	s->cluster = sx_arena_strdup(s->arena, name);
	s->cluster_db = sx_arena_strdup(s->arena, database && *database ? database : "default");
	if (!s->cluster || !s->cluster_db)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	return 0;
}

int sx_gen_spec_set_airflow(sx_gen_spec *s, const char *pool, const char *queue, sx_error *err)
{
	if (!s)
		return sx_error_set(err, SX_EINVAL, "sx_gen_spec_set_airflow: no spec");
	s->airflow_pool = pool && *pool ? sx_arena_strdup(s->arena, pool) : NULL;
	s->airflow_queue = queue && *queue ? sx_arena_strdup(s->arena, queue) : NULL;
	if ((pool && *pool && !s->airflow_pool) || (queue && *queue && !s->airflow_queue))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	return 0;
}

/* ------------------------------------------------------------ choosing */

/* ClickHouse's packaged config ships example clusters (test_shard_localhost,
 * test_cluster_two_shards, ...): never a team's real cluster. */
static bool shipped_example(const char *name)
{
	return strncmp(name, "test_", 5) == 0;
}

static void free_names(char **v)
{
	for (size_t i = 0; v && v[i]; i++)
		free(v[i]);
	free(v);
}

static void put_names(sx_buf *b, char **v, bool examples)
{
	size_t k = 0;
	for (size_t i = 0; v && v[i]; i++)
		if (examples || !shipped_example(v[i])) {
			sx_buf_puts(b, k++ ? ", " : "");
			sx_buf_puts(b, v[i]);
		}
	if (!k)
		sx_buf_puts(b, "none");
}

/* Resolves "auto" or checks a named cluster against system.clusters. */
static int check_cluster(const char *want, const char *url, const char **chosen, char *buf,
                         size_t bufn, sx_gen_thoughts *th, sx_error *err)
{
	char **v = NULL;
	int *shards = NULL, *replicas = NULL;
	sx_error e = {0};
	bool automatic = strcmp(want, "auto") == 0;
	int rc = 0;

	*chosen = want;
	if (!url) {
		if (automatic)
			return sx_error_set(
			    err, SX_EUSAGE,
			    "--cluster auto reads system.clusters of the target: give the "
			    "target as a ClickHouse URL (--target http://host:8123)");
		if (th)
			sx_gen_thought(
			    th, "cluster %s: taken as configured (no target server to check)",
			    want);
		return 0;
	}
	if (sx_ch_clusters(url, &v, &shards, &replicas, &e)) {
		if (automatic)
			return sx_error_set(err, e.code ? e.code : SX_EIO,
			                    "cannot read system.clusters of the target: %s", e.msg);
		if (th)
			sx_gen_thought(th,
			               "cluster %s: the target could not be asked (%s); taken as "
			               "configured",
			               want, e.msg);
		return 0;
	}
	if (automatic) {
		size_t k = 0, at = 0;
		for (size_t i = 0; v[i]; i++)
			if (!shipped_example(v[i]))
				k++, at = i;
		if (k == 1) {
			snprintf(buf, bufn, "%s", v[at]);
			*chosen = buf;
			if (th)
				sx_gen_thought(
				    th,
				    "cluster %s read from system.clusters of the target: %d "
				    "shard(s), %d replica(s) in all",
				    v[at], shards[at], replicas[at]);
		} else {
			sx_buf b = SX_BUF_INIT;
			put_names(&b, v, false);
			rc =
			    sx_error_set(err, SX_EUSAGE,
			                 "--cluster auto: the target's system.clusters holds %s "
			                 "cluster(s) of its own (%s): name one with --cluster NAME",
			                 k ? "several" : "no", sx_buf_cstr(&b));
			sx_buf_release(&b);
		}
	} else {
		size_t i;
		for (i = 0; v[i] && strcmp(v[i], want) != 0; i++)
			;
		if (!v[i]) {
			sx_buf b = SX_BUF_INIT;
			put_names(&b, v, true);
			rc = sx_error_set(
			    err, SX_EINVAL,
			    "cluster %s is not in system.clusters of the target (it has: %s)", want,
			    sx_buf_cstr(&b));
			sx_buf_release(&b);
		} else if (th) {
			sx_gen_thought(
			    th,
			    "cluster %s found in system.clusters of the target: %d shard(s), "
			    "%d replica(s) in all",
			    want, shards[i], replicas[i]);
		}
	}
	free_names(v);
	free(shards);
	free(replicas);
	return rc;
}

int sx_gen_apply_deploy(sx_gen_spec *s, const sx_config *cfg, const char *cluster_opt,
                        const char *target_url, sx_gen_thoughts *th, sx_error *err)
{
	const char *name =
	    cluster_opt ? cluster_opt : sx_config_get(cfg, "target", "clickhouse_cluster", NULL);
	const char *db = sx_config_get(cfg, "target", "clickhouse_database", NULL);
	char buf[256];
	int rc;

	if ((rc = sx_gen_spec_set_airflow(s, sx_config_get(cfg, "airflow", "pool", NULL),
	                                  sx_config_get(cfg, "airflow", "queue", NULL), err)))
		return rc;
	if (th && (s->airflow_pool || s->airflow_queue))
		sx_gen_thought(th, "Airflow: pool %s, queue %s (from [airflow])",
		               s->airflow_pool ? s->airflow_pool : "default_pool",
		               s->airflow_queue ? s->airflow_queue : "default");
	if (!name || !*name)
		return 0;
	if (s->target != SX_DB_CLICKHOUSE) {
		if (!cluster_opt) {
			/* the config's cluster is for ClickHouse targets only */
			if (th)
				sx_gen_thought(
				    th, "[target] clickhouse_cluster ignored: the target is %s",
				    sx_db_kind_name(s->target));
			return 0;
		}
		return sx_error_set(err, SX_EUSAGE,
		                    "--cluster %s needs a ClickHouse target, not %s", name,
		                    sx_db_kind_name(s->target));
	}
	if ((rc = check_cluster(name, target_url, &name, buf, sizeof buf, th, err)))
		return rc;
	if ((rc = sx_gen_spec_set_cluster(s, name, db, err)))
		return rc;
	if (th) {
		char *key = NULL, *why = NULL;
		if (sx_gen_sharding_key(s, &key, &why) == 0)
			sx_gen_thought(th,
			               "cluster %s: %s.%s_local replicated on every shard, %s.%s "
			               "Distributed over it, sharding key %s (%s)",
			               s->cluster, s->cluster_db, s->target_table, s->cluster_db,
			               s->target_table, key, why);
		free(key);
		free(why);
	}
	return 0;
}

int sx_gen_sharding_key(const sx_gen_spec *s, char **key, char **why)
{
	gen_outcol oc[MAXC];
	size_t n = gen_outcols(s, oc, MAXC), i, k = 0;
	sx_buf b = SX_BUF_INIT;
	const char *reason;
	bool entity = s->load != SX_LOAD_AGGREGATE && s->entity;

	*key = *why = NULL;
	for (i = 0; i < n; i++)
		if (oc[i].key) {
			sx_buf_puts(&b, k++ ? ", " : "cityHash64(");
			gen_q(&b, SX_DB_CLICKHOUSE, oc[i].name);
		}
	if (k) {
		sx_buf_putc(&b, ')');
		reason =
		    entity
		        ? "a hash of the entity key: every version of one row lands on one "
		          "shard, where ReplacingMergeTree collapses it"
		        : "a hash of the grain, dimensions and period: each row key lives on one "
		          "shard, keys spread evenly, a reload replaces a row where it lies";
		if (s->load == SX_LOAD_SCD2)
			reason = "a hash of the entity key: one key's whole history on one shard";
		else if (s->load == SX_LOAD_SNAPSHOT)
			reason =
			    "a hash of the snapshot date and the entity key: each snapshot row "
			    "on one shard, where ReplacingMergeTree collapses a reloaded one";
	} else {
		sx_buf_puts(&b, "rand()");
		reason = "rand(): the table has no grain (no key columns) to keep together";
	}
	if (sx_buf_failed(&b) || !(*key = sx_strdup(sx_buf_cstr(&b))) ||
	    !(*why = sx_strdup(reason))) {
		free(*key);
		*key = NULL;
		sx_buf_release(&b);
		return SX_ENOMEM;
	}
	sx_buf_release(&b);
	return 0;
}

/* ------------------------------------------------------------ rendering */

void gen_ch_obj(sx_buf *b, const sx_gen_spec *s, const char *name, bool on_cluster)
{
	if (s->cluster) {
		gen_q(b, SX_DB_CLICKHOUSE, s->cluster_db);
		sx_buf_putc(b, '.');
	}
	gen_q(b, SX_DB_CLICKHOUSE, name);
	if (s->cluster && on_cluster) {
		sx_buf_puts(b, " ON CLUSTER ");
		gen_q(b, SX_DB_CLICKHOUSE, s->cluster);
	}
}

int gen_cluster_ddl(const sx_gen_spec *s, sx_buf *b)
{
	char local[256], path[600];
	char *key = NULL, *why = NULL;
	gen_ch_place at;

	if (sx_gen_sharding_key(s, &key, &why))
		return SX_ENOMEM;
	snprintf(local, sizeof local, "%s_local", s->target_table);
	snprintf(path, sizeof path, "/clickhouse/tables/{shard}/%s/%s", s->cluster_db, local);
	sx_buf_printf(b, "-- %s: %s, on the ClickHouse cluster %s\n", s->target_table,
	              sx_gen_load_name(s->load), s->cluster);
	sx_buf_printf(b,
	              "-- %s_local: one shard's rows, replicated to its replicas;\n"
	              "-- %s: the Distributed table over every shard (loads and readers use it)\n",
	              s->target_table, s->target_table);
	sx_buf_printf(b, "-- sharding key: %s\n--   (%s)\n", key, why);
	sx_buf_puts(
	    b, "-- needs on every server: the cluster in remote_servers (internal_replication\n"
	       "-- true), the macros {shard} and {replica}, and ZooKeeper (or ClickHouse Keeper)\n"
	       "-- for ON CLUSTER and replication.\n");
	sx_buf_puts(b, "CREATE DATABASE IF NOT EXISTS ");
	gen_q(b, SX_DB_CLICKHOUSE, s->cluster_db);
	sx_buf_puts(b, " ON CLUSTER ");
	gen_q(b, SX_DB_CLICKHOUSE, s->cluster);
	sx_buf_puts(b, ";\n");
	at = (gen_ch_place){
	    .db = s->cluster_db, .table = local, .cluster = s->cluster, .zk_path = path};
	gen_render_ddl_at(s, b, &at);
	sx_buf_puts(b, "CREATE TABLE IF NOT EXISTS ");
	gen_ch_obj(b, s, s->target_table, true);
	sx_buf_puts(b, " AS ");
	gen_ch_obj(b, s, local, false);
	sx_buf_puts(b, "\nENGINE = Distributed(");
	gen_q(b, SX_DB_CLICKHOUSE, s->cluster);
	sx_buf_puts(b, ", ");
	gen_q(b, SX_DB_CLICKHOUSE, s->cluster_db);
	sx_buf_puts(b, ", ");
	gen_q(b, SX_DB_CLICKHOUSE, local);
	sx_buf_printf(b, ", %s);\n", key);
	if (!s->target_version)
		sx_buf_puts(b, "-- the ClickHouse version was unknown: conservative syntax (no "
		               "LowCardinality,\n"
		               "-- DateTime64 or Map), which 18.16 and later servers all accept\n");
	free(key);
	free(why);
	return sx_buf_failed(b) ? SX_ENOMEM : 0;
}

int gen_cluster_load(const sx_gen_spec *s, sx_buf *b, const gen_outcol *oc, size_t n,
                     const char *grain)
{
	char local[256];
	snprintf(local, sizeof local, "%s_local", s->target_table);
	sx_buf_printf(
	    b,
	    "-- on the cluster %s: rows go in through the Distributed table, which sends\n"
	    "-- each row to the shard of its sharding key. Send the INSERT with the setting\n"
	    "-- insert_distributed_sync = 1 (a query setting: ClickHouse 18.16 has no\n"
	    "-- INSERT ... SETTINGS), so it returns only once every shard holds its rows.\n",
	    s->cluster);
	if (s->load == SX_LOAD_AGGREGATE && grain) {
		sx_buf_puts(
		    b,
		    "-- idempotent: each month of the reloaded window is dropped on every shard's\n"
		    "-- local table, then inserted again (the DAG passes {partition:UInt32} = "
		    "YYYYMM);\n"
		    "-- a retried task, on any worker, redoes the same months.\n");
		sx_buf_puts(b, "ALTER TABLE ");
		gen_ch_obj(b, s, local, true);
		sx_buf_puts(b, " DROP PARTITION {partition:UInt32};\n");
	} else if (s->load == SX_LOAD_SCD2) {
		gen_ch_scd2_close(b, s, oc, n);
	} else if (!gen_ch_keys(oc, n)) {
		/* a ReplicatedMergeTree: the drop of its one partition replicates,
		 * ON CLUSTER reaches every shard (what TRUNCATE would do) */
		sx_buf_puts(b, "-- no key tells one load's rows from another's: each load first empties every\n"
		               "-- shard's local table (its one partition, dropped ON CLUSTER), then inserts\n"
		               "-- them all again.\n");
		sx_buf_puts(b, "ALTER TABLE ");
		gen_ch_obj(b, s, local, true);
		sx_buf_puts(b, " DROP PARTITION tuple();\n");
	} else {
		sx_buf_puts(b, "-- idempotent: the sharding key hashes the sorting key, so every "
		               "version of a\n"
		               "-- row lands on one shard, where ReplacingMergeTree(_loaded_at) "
		               "keeps the latest\n"
		               "-- (read with FINAL, or argMax, until parts are merged); a retried "
		               "INSERT of the\n"
		               "-- same rows adds versions of the same keys, never new keys.\n");
	}
	sx_buf_puts(b, "INSERT INTO ");
	gen_ch_obj(b, s, s->target_table, false);
	sx_buf_puts(b, " (");
	gen_col_list(b, SX_DB_CLICKHOUSE, oc, n, "");
	if (s->load == SX_LOAD_SCD2)
		sx_buf_puts(b, ", `valid_from`, `valid_to`, `is_current`");
	sx_buf_puts(b, ") FORMAT TabSeparated\n");
	return sx_buf_failed(b) ? SX_ENOMEM : 0;
}

void gen_cluster_readme(const sx_gen_spec *s, sx_buf *b)
{
	char *key = NULL, *why = NULL;
	gen_outcol oc[MAXC];
	size_t n;
	if (s->airflow_pool || s->airflow_queue)
		sx_buf_printf(
		    b,
		    "\nAirflow: the tasks run in the pool `%s` and the queue `%s`; each task is\n"
		    "idempotent (see `load.sql`), so a retry on another worker is safe.\n",
		    s->airflow_pool ? s->airflow_pool : "default_pool",
		    s->airflow_queue ? s->airflow_queue : "default");
	if (!s->cluster || s->target != SX_DB_CLICKHOUSE)
		return;
	if (sx_gen_sharding_key(s, &key, &why))
		return;
	n = gen_outcols(s, oc, MAXC);
	sx_buf_printf(
	    b,
	    "\n## Cluster\n\n"
	    "On the ClickHouse cluster `%s`, database `%s`:\n\n"
	    "- `%s_local` on every server (`ON CLUSTER`), a Replicated%sMergeTree at\n"
	    "  `/clickhouse/tables/{shard}/%s/%s_local` with replica `{replica}`;\n"
	    "- `%s`, a `Distributed` table over them: loads insert into it, readers query it.\n\n"
	    "**Sharding key:** ``%s``: %s.\n\n"
	    "The servers need the cluster in `remote_servers` (`internal_replication` true),\n"
	    "the macros `{shard}` and `{replica}`, and ZooKeeper (or ClickHouse Keeper) for\n"
	    "`ON CLUSTER` and replication. Inserts are sent with `insert_distributed_sync = 1`.\n",
	    s->cluster, s->cluster_db, s->target_table,
	    s->load == SX_LOAD_SCD2 || !gen_ch_keys(oc, n) ? "" : "Replacing",
	    s->cluster_db, s->target_table, s->target_table, key, why);
	free(key);
	free(why);
}
