/*
 * test_gen_cluster.c - pipelines for a ClickHouse cluster (src/gen/cluster.c)
 * on a small shop schema: ON CLUSTER DDL, the replicated <table>_local and
 * the Distributed table, the sharding key per load type, the load through
 * the Distributed table, streaming on a cluster, quoting of odd names, the
 * deployment settings from options and config (cluster, database, Airflow
 * pool and queue) and their errors. The same DDL runs on a real server in
 * tests/integration/clickhouse/ch_cluster.py.
 */
#include "sx_test.h"

#include <string.h>

#include <sextant/gen.h>
#include <sextant/map.h>

static sx_catalog *cat;
static sx_dbmap *map;
static sx_search_mapinfo *mi;
static sx_search *srch;

typedef struct colspec {
	const char *name, *type;
	bool nullable;
} colspec;

#define N(a) (sizeof(a) / sizeof((a)[0]))

static sx_table *table(sx_schema *sc, const char *name, const colspec *cols, size_t n)
{
	const char *id[] = {"id"};
	sx_table *t = sx_catalog_add_table(cat, sc, name, SX_REL_TABLE);
	for (size_t i = 0; i < n; i++) {
		sx_column *c = sx_catalog_add_column(cat, t, cols[i].name, cols[i].type);
		c->family = sx_typefam_of(SX_DB_SQLITE, cols[i].type);
		c->nullable = cols[i].nullable;
	}
	sx_catalog_set_pk(cat, t, NULL, 1, id);
	return t;
}

static int setup(void **state)
{
	static const colspec customers[] = {{"id", "INTEGER", 0},
	                                    {"segment", "TEXT", 0},
	                                    {"city", "TEXT", 1},
	                                    {"created_at", "TIMESTAMP", 0},
	                                    {"updated_at", "TIMESTAMP", 0}};
	static const colspec orders[] = {
	    {"id", "INTEGER", 0},          {"customer_id", "INTEGER", 0},
	    {"channel", "TEXT", 0},        {"status", "TEXT", 0},
	    {"total", "NUMERIC(12,2)", 0}, {"created_at", "TIMESTAMP", 0},
	    {"updated_at", "TIMESTAMP", 0}};
	const char *c[] = {"customer_id"}, *p[] = {"id"};
	sx_database *db;
	sx_schema *sc;
	sx_map_opts mo;
	sx_search_src src = {0};
	sx_error e;
	(void)state;
	if (sx_catalog_new(&cat, &e))
		return -1;
	db = sx_catalog_add_database(cat, "shop", SX_DB_SQLITE);
	sc = sx_catalog_add_schema(cat, db, "main");
	table(sc, "customers", customers, N(customers));
	sx_catalog_add_fk(cat, table(sc, "orders", orders, N(orders)), NULL, 1, c, NULL,
	                  "customers", p);
	sx_map_opts_init(&mo, NULL);
	if (sx_dbmap_new(&map, cat, &e) || sx_map_build(map, db, NULL, &mo, &e) ||
	    sx_search_mapinfo_new(&mi, map, &e))
		return -1;
	src.cat = cat;
	src.info = sx_search_mapinfo_fn;
	src.info_payload = mi;
	return sx_search_open(&srch, &src, &e) ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	sx_search_free(srch);
	sx_search_mapinfo_free(mi);
	sx_dbmap_free(map);
	sx_catalog_free(cat);
	return 0;
}

static sx_gen_spec *plan(const char *intent, const char *target)
{
	sx_gen_request rq = {0};
	sx_gen_spec *s = NULL;
	sx_error e = {0};
	rq.intent = intent;
	rq.target = target;
	if (sx_gen_plan(&s, &rq, map, srch, NULL, NULL, &e))
		fprintf(stderr, "plan(%s): %s\n", intent, e.msg);
	assert_non_null(s);
	return s;
}

/* Renders s; returns the artifact of kind k (a copy). */
static char *art(const sx_gen_spec *s, sx_artifact_kind k)
{
	sx_artifact_set a;
	sx_error e;
	char *out;
	sx_artifact_set_init(&a);
	assert_int_equal(sx_gen_render(s, &a, &e), 0);
	assert_non_null(sx_artifact_set_get(&a, k));
	out = strdup(sx_artifact_set_get(&a, k)->content);
	sx_artifact_set_release(&a);
	return out;
}

static size_t count(const char *s, const char *what)
{
	size_t n = 0;
	for (const char *p = s; (p = strstr(p, what)); p += strlen(what))
		n++;
	return n;
}

static void test_aggregate_on_cluster(void **state)
{
	sx_gen_spec *s = plan("daily revenue by channel into clickhouse", NULL);
	sx_error e;
	char *ddl, *load, *readme, buf[512];
	const char *t;
	(void)state;
	assert_int_equal(s->load, SX_LOAD_AGGREGATE);
	/* without a cluster: one table, nothing of the cluster */
	ddl = art(s, SX_ART_TARGET_DDL);
	assert_null(strstr(ddl, "ON CLUSTER"));
	assert_null(strstr(ddl, "Distributed"));
	assert_non_null(strstr(ddl, "ENGINE = ReplacingMergeTree(`_loaded_at`)"));
	free(ddl);

	assert_int_equal(sx_gen_spec_set_cluster(s, "dwh", "analytics", &e), 0);
	t = s->target_table;
	ddl = art(s, SX_ART_TARGET_DDL);
	assert_int_equal(count(ddl, "CREATE "), 3);
	assert_int_equal(count(ddl, " ON CLUSTER `dwh`"), 3);
	assert_non_null(strstr(ddl, "CREATE DATABASE IF NOT EXISTS `analytics` ON CLUSTER `dwh`;"));
	snprintf(buf, sizeof buf,
	         "CREATE TABLE IF NOT EXISTS `analytics`.`%s_local` ON CLUSTER `dwh` (", t);
	assert_non_null(strstr(ddl, buf));
	snprintf(buf, sizeof buf,
	         "ENGINE = "
	         "ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/analytics/%s_local', "
	         "'{replica}', `_loaded_at`)\nPARTITION BY toYYYYMM(`day`)\nORDER BY (`channel`, "
	         "`day`);",
	         t);
	assert_non_null(strstr(ddl, buf));
	snprintf(
	    buf, sizeof buf,
	    "CREATE TABLE IF NOT EXISTS `analytics`.`%s` ON CLUSTER `dwh` AS "
	    "`analytics`.`%s_local`\n"
	    "ENGINE = Distributed(`dwh`, `analytics`, `%s_local`, cityHash64(`channel`, `day`));",
	    t, t, t);
	assert_non_null(strstr(ddl, buf));
	free(ddl);

	load = art(s, SX_ART_LOAD_SQL);
	snprintf(buf, sizeof buf,
	         "ALTER TABLE `analytics`.`%s_local` ON CLUSTER `dwh` DROP PARTITION "
	         "{partition:UInt32};",
	         t);
	assert_non_null(strstr(load, buf));
	snprintf(buf, sizeof buf,
	         "INSERT INTO `analytics`.`%s` (`channel`, `day`, `revenue`) FORMAT TabSeparated",
	         t);
	assert_non_null(strstr(load, buf));
	assert_non_null(strstr(load, "insert_distributed_sync = 1"));
	free(load);

	readme = art(s, SX_ART_README);
	assert_non_null(strstr(readme, "**Sharding key:** ``cityHash64(`channel`, `day`)``"));
	free(readme);

	/* clearing it gives the one-server DDL again */
	assert_int_equal(sx_gen_spec_set_cluster(s, NULL, NULL, &e), 0);
	ddl = art(s, SX_ART_TARGET_DDL);
	assert_null(strstr(ddl, "ON CLUSTER"));
	free(ddl);
	sx_gen_spec_free(s);
}

static void test_sharding_keys(void **state)
{
	sx_gen_spec *s;
	sx_error e;
	char *key, *why, *ddl;
	(void)state;
	/* an entity load: the entity key, every version on one shard */
	s = plan("incrementally copy orders with upsert into clickhouse", NULL);
	assert_int_equal(s->load, SX_LOAD_INCREMENTAL);
	assert_int_equal(sx_gen_sharding_key(s, &key, &why), 0);
	assert_string_equal(key, "cityHash64(`id`)");
	assert_non_null(strstr(why, "entity key"));
	free(key);
	free(why);
	assert_int_equal(sx_gen_spec_set_cluster(s, "dwh", NULL, &e), 0);
	assert_string_equal(s->cluster_db, "default");
	ddl = art(s, SX_ART_TARGET_DDL);
	assert_non_null(
	    strstr(ddl, "ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/default/"));
	assert_null(strstr(ddl, "PARTITION BY"));
	free(ddl);
	ddl = art(s, SX_ART_LOAD_SQL);
	assert_null(strstr(ddl, "DROP PARTITION"));
	assert_non_null(strstr(ddl, "ReplacingMergeTree(_loaded_at) keeps the latest"));
	free(ddl);
	sx_gen_spec_free(s);

	/* SCD2: plain replicated MergeTree, one key's history together */
	s = plan("history of customers into clickhouse", NULL);
	assert_int_equal(s->load, SX_LOAD_SCD2);
	assert_int_equal(sx_gen_spec_set_cluster(s, "dwh", "h", &e), 0);
	ddl = art(s, SX_ART_TARGET_DDL);
	assert_non_null(strstr(ddl, "ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/h/"));
	assert_non_null(strstr(ddl, "_local', '{replica}')\n"));
	assert_non_null(strstr(ddl, "cityHash64(`id`));"));
	free(ddl);
	assert_int_equal(sx_gen_sharding_key(s, &key, &why), 0);
	assert_non_null(strstr(why, "history"));
	free(key);
	free(why);
	sx_gen_spec_free(s);

	/* no grain at all: nothing to keep together, rand() */
	s = plan("total order revenue into clickhouse", NULL);
	assert_int_equal(s->ndims, 0);
	assert_int_equal(s->grain, SX_GRAIN_NONE);
	assert_int_equal(sx_gen_sharding_key(s, &key, &why), 0);
	assert_string_equal(key, "rand()");
	free(key);
	free(why);
	sx_gen_spec_free(s);
}

static void test_streaming_and_quoting(void **state)
{
	sx_gen_spec *s = plan("stream orders into clickhouse", NULL);
	sx_error e;
	char *load, *ddl, buf[400];
	(void)state;
	assert_true(s->streaming);
	/* odd names are quoted, in identifiers and in the ZooKeeper path */
	assert_int_equal(sx_gen_spec_set_cluster(s, "we`ird", "d'b", &e), 0);
	load = art(s, SX_ART_LOAD_SQL);
	snprintf(buf, sizeof buf,
	         "CREATE TABLE IF NOT EXISTS `d'b`.`%s__stage` ON CLUSTER `we\\`ird` (",
	         s->target_table);
	assert_non_null(strstr(load, buf));
	snprintf(buf, sizeof buf, " TO `d'b`.`%s` AS SELECT ", s->target_table);
	assert_non_null(strstr(load, buf));
	free(load);
	ddl = art(s, SX_ART_TARGET_DDL);
	assert_non_null(strstr(ddl, "('/clickhouse/tables/{shard}/d''b/"));
	assert_non_null(strstr(ddl, "Distributed(`we\\`ird`, `d'b`, "));
	free(ddl);
	sx_gen_spec_free(s);
}

static void test_deploy_settings(void **state)
{
	sx_config *cfg = NULL;
	sx_gen_thoughts th;
	sx_gen_spec *s;
	sx_error e;
	char *dag, *readme;
	(void)state;
	assert_int_equal(
	    sx_config_load_string(&cfg,
	                          "[target]\nclickhouse_cluster = dwh\nclickhouse_database = an\n"
	                          "[airflow]\npool = etl\nqueue = \"ch\"\n",
	                          &e),
	    0);
	sx_gen_thoughts_init(&th);
	s = plan("daily revenue by channel into clickhouse", NULL);
	assert_int_equal(sx_gen_apply_deploy(s, cfg, NULL, NULL, &th, &e), 0);
	assert_string_equal(s->cluster, "dwh");
	assert_string_equal(s->cluster_db, "an");
	assert_string_equal(s->airflow_pool, "etl");
	dag = art(s, SX_ART_AIRFLOW_DAG);
	assert_non_null(strstr(dag, "    \"pool\": \"etl\","));
	/* a value is a Python string literal, escaped */
	assert_non_null(strstr(dag, "    \"queue\": \"\\\"ch\\\"\","));
	assert_non_null(
	    strstr(dag, "RECONCILE_TARGET_SQL = \"SELECT COUNT(*), SUM(`revenue`) FROM `an`."));
	free(dag);
	readme = art(s, SX_ART_README);
	assert_non_null(strstr(readme, "## Cluster"));
	assert_non_null(strstr(readme, "pool `etl`"));
	free(readme);
	/* the option wins over the config */
	assert_int_equal(sx_gen_apply_deploy(s, cfg, "other", NULL, &th, &e), 0);
	assert_string_equal(s->cluster, "other");
	sx_gen_spec_free(s);

	/* the config's cluster is for ClickHouse targets only; the option is an error */
	s = plan("daily revenue by channel", "postgresql");
	assert_int_equal(sx_gen_apply_deploy(s, cfg, NULL, NULL, &th, &e), 0);
	assert_null(s->cluster);
	assert_string_equal(s->airflow_queue, "\"ch\"");
	assert_int_equal(sx_gen_apply_deploy(s, cfg, "dwh", NULL, &th, &e), SX_EUSAGE);
	assert_non_null(strstr(e.msg, "needs a ClickHouse target"));
	assert_int_equal(sx_gen_spec_set_cluster(s, "dwh", NULL, &e), SX_EINVAL);
	dag = art(s, SX_ART_TARGET_DDL);
	assert_null(strstr(dag, "CLUSTER"));
	free(dag);
	sx_gen_spec_free(s);

	/* auto needs a server to read system.clusters from */
	s = plan("daily revenue by channel into clickhouse", NULL);
	assert_int_equal(sx_gen_apply_deploy(s, NULL, "auto", NULL, &th, &e), SX_EUSAGE);
	assert_non_null(strstr(e.msg, "system.clusters"));
	assert_null(s->cluster);
	/* nothing configured: nothing changes */
	assert_int_equal(sx_gen_apply_deploy(s, NULL, NULL, NULL, &th, &e), 0);
	assert_null(s->cluster);
	assert_null(s->airflow_pool);
	dag = art(s, SX_ART_AIRFLOW_DAG);
	assert_null(strstr(dag, "\"pool\""));
	free(dag);
	sx_gen_spec_free(s);
	assert_true(th.n > 0);
	sx_gen_thoughts_release(&th);
	sx_config_free(cfg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_aggregate_on_cluster),
	    cmocka_unit_test(test_sharding_keys),
	    cmocka_unit_test(test_streaming_and_quoting),
	    cmocka_unit_test(test_deploy_settings),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
