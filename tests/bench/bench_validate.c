/*
 * bench_validate.c - validation time per artifact (label bench).
 *
 *   bench_validate DEMO_SQLITE [PG_CONNINFO]
 *
 * Binds against the demo warehouse (catalog read from DEMO_SQLITE, map
 * built without sampling) and measures the mean time of:
 *   - a select_sql (three-table join with aggregates): parse, bind, lints;
 *   - the same with server checks (EXPLAIN on PG_CONNINFO, which must hold
 *     the demo warehouse) when given;
 *   - a ClickHouse target_ddl, checked offline against 18.16;
 *   - an airflow_dag through python3 (a subprocess per call).
 * Prints the numbers; asserts nothing about time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/validate.h>

static const char *const select_sql =
    "SELECT c.cst_id, date_trunc('day', h.created_at) AS day, count(*) AS orders,\n"
    "       sum(i.line_total) AS revenue\n"
    "FROM t_ord_hdr h\n"
    "JOIN order_items i ON i.ord_id = h.ord_id\n"
    "JOIN cst_mstr c ON c.cst_id = h.cst_id\n"
    "WHERE h.created_at >= now() - interval '30 days'\n"
    "GROUP BY c.cst_id, date_trunc('day', h.created_at)\n";

static const char *const ddl =
    "CREATE TABLE IF NOT EXISTS dw.daily_sales (\n"
    "  day Date, cst_id UInt32, orders UInt64, revenue Decimal(18, 2)\n"
    ") ENGINE = ReplacingMergeTree PARTITION BY toYYYYMM(day) ORDER BY (day, cst_id);\n";

static const char *const ch_load =
    "ALTER TABLE `daily_sales` DROP PARTITION {partition:UInt32};\n"
    "INSERT INTO `daily_sales` (`day`, `cst_id`, `orders`, `revenue`)\n"
    "SELECT toDate(e.event_time) AS day, e.user_id, count() AS orders, sum(e.amount)\n"
    "FROM shop.events AS e\n"
    "WHERE e.event_date >= today() - 30 AND e.referrer IS NOT NULL\n"
    "GROUP BY day, e.user_id\n";

static const char *const dag =
    "from datetime import datetime, timedelta\n"
    "from airflow import DAG\n"
    "from airflow.providers.postgres.operators.postgres import PostgresOperator\n"
    "with DAG(dag_id='daily_sales', start_date=datetime(2024, 1, 1), schedule='0 3 * * *',\n"
    "         catchup=False, default_args={'retries': 2, 'retry_delay': timedelta(minutes=5)}) as "
    "dag:\n"
    "    a = PostgresOperator(task_id='extract', postgres_conn_id='src', sql='SELECT 1')\n"
    "    b = PostgresOperator(task_id='load', postgres_conn_id='dw', sql='SELECT 1')\n"
    "    a >> b\n";

static double run(const sx_validate_ctx *ctx, sx_artifact_kind kind, const char *lang,
                  const char *text, int n, size_t *findings)
{
	uint64_t t0 = sx_now_ns();
	int i;
	for (i = 0; i < n; i++) {
		sx_artifact_set a;
		sx_finding_list l;
		sx_error err = {0};
		sx_artifact_set_init(&a);
		sx_finding_list_init(&l);
		if (sx_artifact_set_put(&a, kind, "bench", lang, text) ||
		    sx_validate_artifacts(ctx, &a, &l, &err)) {
			fprintf(stderr, "bench_validate: %s\n", err.msg);
			exit(1);
		}
		*findings = l.n;
		sx_finding_list_release(&l);
		sx_artifact_set_release(&a);
	}
	return (double)(sx_now_ns() - t0) / 1e6 / n;
}

int main(int argc, char **argv)
{
	sx_catalog *cat = NULL;
	sx_database *db = NULL;
	sx_dbmap *map = NULL;
	sx_source_opts so = {0};
	sx_map_opts mo;
	sx_validate_ctx ctx;
	sx_error err = {0};
	size_t nf = 0;
	double ms;

	if (argc < 2) {
		fprintf(stderr, "usage: bench_validate DEMO_SQLITE [PG_CONNINFO]\n");
		return 2;
	}
	if (sx_catalog_new(&cat, &err) || sx_sqlite_introspect(cat, argv[1], &so, &db, &err) ||
	    sx_dbmap_new(&map, cat, &err)) {
		fprintf(stderr, "bench_validate: %s\n", err.msg);
		return 1;
	}
	sx_map_opts_init(&mo, NULL);
	mo.sampling = false;
	if (sx_map_build(map, db, NULL, &mo, &err)) {
		fprintf(stderr, "bench_validate: %s\n", err.msg);
		return 1;
	}
	sx_validate_ctx_init(&ctx);
	ctx.cat = cat;
	ctx.db = db;
	ctx.map = map;
	ctx.source_dialect = SX_DB_POSTGRES;
	ctx.target_version = "18.16.1";

	ms = run(&ctx, SX_ART_SELECT_SQL, "postgresql", select_sql, 500, &nf);
	printf("select_sql  bind+lints        %8.3f ms  (%zu findings)\n", ms, nf);
	if (argc > 2) {
		ctx.pg_conninfo = argv[2];
		ctx.flags |= SX_VALIDATE_SERVER;
		ms = run(&ctx, SX_ART_SELECT_SQL, "postgresql", select_sql, 50, &nf);
		printf("select_sql  + EXPLAIN         %8.3f ms  (%zu findings)\n", ms, nf);
		ctx.flags &= ~(unsigned)SX_VALIDATE_SERVER;
		ctx.pg_conninfo = NULL;
	}
	ms = run(&ctx, SX_ART_TARGET_DDL, "clickhouse", ddl, 2000, &nf);
	printf("target_ddl  ClickHouse checks %8.3f ms  (%zu findings)\n", ms, nf);
	ms = run(&ctx, SX_ART_LOAD_SQL, "clickhouse", ch_load, 2000, &nf);
	printf("load_sql    ClickHouse static %8.3f ms  (%zu findings)\n", ms, nf);
	ms = run(&ctx, SX_ART_AIRFLOW_DAG, "python", dag, 10, &nf);
	printf("airflow_dag python3 ast lints %8.3f ms  (%zu findings)\n", ms, nf);
	sx_dbmap_free(map);
	sx_catalog_free(cat);
	return 0;
}
