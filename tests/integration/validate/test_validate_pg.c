/*
 * test_validate_pg.c - the validator's server checks against the real
 * PostgreSQL test server (tests/support/pg_server.sh) holding the demo
 * warehouse (sx_demo): EXPLAIN in a read-only transaction, estimates,
 * sequential scans of large tables, server errors mapped back to the
 * artifact's line and column, the refusal of anything but one SELECT, and
 * an unreachable server as a finding.
 */
#include <libpq-fe.h>

#include <sextant/validate.h>

#include "sx_test.h"

static char admin_uri[512];
static sx_catalog *cat;
static sx_database *db;
static sx_dbmap *map;

static int setup(void **state)
{
	const char *path = getenv("SX_PG_ENV");
	char line[600];
	FILE *f;
	sx_error err = {0};
	sx_source_opts o = {0};
	(void)state;
	if (!path || !(f = fopen(path, "r"))) {
		fprintf(stderr, "no pg_server env file: start the pg_server fixture\n");
		return -1;
	}
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		if (!strncmp(line, "SX_PG_ADMIN_URI=", 16))
			snprintf(admin_uri, sizeof admin_uri, "%s/sx_demo", line + 16);
	}
	fclose(f);
	if (!*admin_uri)
		return -1;
	if (sx_catalog_new(&cat, &err) || sx_pg_introspect(cat, admin_uri, &o, &db, &err)) {
		fprintf(stderr, "introspect sx_demo: %s\n", err.msg);
		return -1;
	}
	{
		sx_map_opts mo;
		sx_map_opts_init(&mo, NULL);
		mo.sampling = false;
		if (sx_dbmap_new(&map, cat, &err) || sx_map_build(map, db, NULL, &mo, &err)) {
			fprintf(stderr, "map sx_demo: %s\n", err.msg);
			return -1;
		}
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	sx_dbmap_free(map);
	sx_catalog_free(cat);
	return 0;
}

static void ctx_of(sx_validate_ctx *ctx)
{
	sx_validate_ctx_init(ctx);
	ctx->cat = cat;
	ctx->db = db;
	ctx->source_dialect = SX_DB_POSTGRES;
	ctx->pg_conninfo = admin_uri;
	ctx->flags = SX_VALIDATE_SERVER;
}

static const sx_finding *find(const sx_finding_list *l, const char *rule, sx_severity sev)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].rule, rule) && l->v[i].severity == sev)
			return &l->v[i];
	return NULL;
}

static long long count_rows(const char *table)
{
	PGconn *c = PQconnectdb(admin_uri);
	char q[200];
	PGresult *r;
	long long n = -1;
	snprintf(q, sizeof q, "SELECT count(*) FROM %s", table);
	r = PQexec(c, q);
	if (PQresultStatus(r) == PGRES_TUPLES_OK)
		n = atoll(PQgetvalue(r, 0, 0));
	PQclear(r);
	PQfinish(c);
	return n;
}

static void test_explain_estimates(void **state)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	cJSON *plan = NULL;
	const sx_finding *f;
	(void)state;
	ctx_of(&ctx);
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_explain(&ctx,
					     "SELECT h.ord_id, sum(i.line_total) AS lines\n"
					     "FROM t_ord_hdr h JOIN order_items i ON i.ord_id = h.ord_id\n"
					     "GROUP BY h.ord_id",
					     SX_ART_SELECT_SQL, &l, &plan, &err),
			 0);
	assert_non_null(plan);
	assert_non_null(cJSON_GetObjectItem(cJSON_GetArrayItem(plan, 0), "Plan"));
	assert_non_null(f = find(&l, "server.estimate", SX_SEV_INFO));
	assert_non_null(strstr(f->message, "estimated"));
	/* order_items (216,232 rows) is read whole: an info, not a warning */
	assert_non_null(f = find(&l, "server.seq-scan", SX_SEV_INFO));
	assert_non_null(strstr(f->message, "order_items"));
	assert_null(find(&l, "server.error", SX_SEV_ERROR));
	cJSON_Delete(plan);
	sx_finding_list_release(&l);

	/* a filter on an unindexed column of a large table: a warning */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_explain(&ctx, "SELECT id FROM order_items WHERE quantity > 5",
					     SX_ART_SELECT_SQL, &l, NULL, &err),
			 0);
	assert_non_null(f = find(&l, "server.seq-scan", SX_SEV_WARNING));
	assert_non_null(strstr(f->message, "order_items"));
	sx_finding_list_release(&l);

	/* a small table is not large: no scan finding */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_explain(&ctx, "SELECT code FROM currencies WHERE name <> 'x'",
					     SX_ART_SELECT_SQL, &l, NULL, &err),
			 0);
	assert_non_null(find(&l, "server.estimate", SX_SEV_INFO));
	assert_null(find(&l, "server.seq-scan", SX_SEV_WARNING));
	assert_null(find(&l, "server.seq-scan", SX_SEV_INFO));
	sx_finding_list_release(&l);
}

static void test_server_error_position(void **state)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	const sx_finding *f;
	(void)state;
	ctx_of(&ctx);
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_explain(&ctx, "SELECT ord_id,\n  nope_col FROM t_ord_hdr",
					     SX_ART_SELECT_SQL, &l, NULL, &err),
			 0);
	assert_non_null(f = find(&l, "server.error", SX_SEV_ERROR));
	assert_non_null(strstr(f->message, "nope_col"));
	assert_int_equal(f->line, 2);
	assert_int_equal(f->col, 3);
	sx_finding_list_release(&l);
}

static void test_refusals(void **state)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	static const char *const hostile[] = {
		"SELECT 1; DROP TABLE currencies",
		"WITH d AS (DELETE FROM currencies RETURNING code) SELECT code FROM d",
		"DELETE FROM currencies",
		"SELECT code FROM currencies FOR UPDATE",
		"SELECT code INTO scratch_copy FROM currencies",
		NULL};
	size_t i;
	long long before = count_rows("currencies");
	(void)state;
	assert_true(before > 0);
	ctx_of(&ctx);
	for (i = 0; hostile[i]; i++) {
		sx_finding_list_init(&l);
		assert_int_equal(sx_validate_explain(&ctx, hostile[i], SX_ART_SELECT_SQL, &l, NULL, &err),
				 0);
		assert_int_equal(l.n, 1);
		assert_string_equal(l.v[0].rule, "server.not-explainable");
		sx_finding_list_release(&l);
	}
	assert_true(count_rows("currencies") == before);
}

static void test_validate_sql_with_server(void **state)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	(void)state;
	ctx_of(&ctx);
	/* clean SQL: bound, then explained */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "SELECT c.code, c.name FROM currencies c", SX_ART_SELECT_SQL,
					 &l, &err),
			 0);
	assert_non_null(find(&l, "server.estimate", SX_SEV_INFO));
	assert_true(sx_validate_score(&l) == 10.0);
	sx_finding_list_release(&l);
	/* SQL that does not bind is not sent: the binder already said why */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "SELECT c.cod FROM currencies c", SX_ART_SELECT_SQL, &l,
					 &err),
			 0);
	assert_non_null(find(&l, "sql.unknown-column", SX_SEV_ERROR));
	assert_null(find(&l, "server.estimate", SX_SEV_INFO));
	sx_finding_list_release(&l);
}

static void test_unreachable(void **state)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	(void)state;
	ctx_of(&ctx);
	/* port 1 on loopback: refused at once */
	ctx.pg_conninfo = "host=127.0.0.1 port=1 dbname=x user=x connect_timeout=2";
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_explain(&ctx, "SELECT 1", SX_ART_SELECT_SQL, &l, NULL, &err), 0);
	assert_non_null(find(&l, "server.unreachable", SX_SEV_INFO));
	assert_true(sx_validate_score(&l) == 10.0);
	sx_finding_list_release(&l);
}

/* run_preview: bounded rows, read-only, personal data masked by the map
 * even when renamed or passed through a CTE, never when hashed. */
static void test_preview(void **state)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	cJSON *rows = NULL, *row;
	const sx_finding *f;
	long long before = count_rows("cst_mstr");
	int n = 0;
	(void)state;
	ctx_of(&ctx);
	ctx.map = map;
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_preview(&ctx,
					     "WITH c AS (SELECT cst_id, email FROM cst_mstr WHERE email IS NOT NULL)\n"
					     "SELECT c.cst_id, c.email AS contact, md5(c.email) AS h FROM c;\n",
					     5, &l, &rows, &err),
			 0);
	assert_non_null(rows);
	assert_non_null(f = find(&l, "server.preview", SX_SEV_INFO));
	assert_non_null(strstr(f->message, "1 of 3 columns masked"));
	cJSON_ArrayForEach(row, rows)
	{
		const char *contact = sx_json_str(row, "contact", NULL);
		const char *h = sx_json_str(row, "h", NULL);
		assert_non_null(contact);
		assert_string_equal(contact, "***");
		assert_non_null(h);
		assert_int_equal(strlen(h), 32); /* the hash is not personal data */
		assert_non_null(cJSON_GetObjectItem(row, "cst_id"));
		n++;
	}
	assert_int_equal(n, 5);
	cJSON_Delete(rows);
	sx_finding_list_release(&l);

	/* SELECT *: every personal column of the table masked */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_preview(&ctx, "SELECT * FROM cst_mstr WHERE phone IS NOT NULL", 2, &l,
					     &rows, &err),
			 0);
	assert_non_null(rows);
	cJSON_ArrayForEach(row, rows)
	{
		assert_string_equal(sx_json_str(row, "phone", "?"), "***");
		assert_string_equal(sx_json_str(row, "last_name", "?"), "***");
	}
	cJSON_Delete(rows);
	sx_finding_list_release(&l);

	/* the same guard as EXPLAIN */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_preview(&ctx, "DELETE FROM cst_mstr", 5, &l, &rows, &err), 0);
	assert_null(rows);
	assert_non_null(find(&l, "server.not-explainable", SX_SEV_INFO));
	sx_finding_list_release(&l);
	assert_true(count_rows("cst_mstr") == before);

	/* a server error keeps its position in the artifact */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_preview(&ctx, "SELECT cst_id,\n  no_such FROM cst_mstr", 5, &l, &rows,
					     &err),
			 0);
	assert_null(rows);
	assert_non_null(f = find(&l, "server.error", SX_SEV_ERROR));
	assert_int_equal(f->line, 2);
	assert_int_equal(f->col, 3);
	sx_finding_list_release(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_explain_estimates),
		cmocka_unit_test(test_server_error_position),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_validate_sql_with_server),
		cmocka_unit_test(test_unreachable),
		cmocka_unit_test(test_preview),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
