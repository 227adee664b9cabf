/*
 * test_validate_ch.c - ClickHouse target DDL against the real test server
 * (tests/support/ch_server.sh): the server's version drives the feature
 * checks, good DDL is created in a scratch database that is gone
 * afterwards, the server's own rejection becomes a finding, and an
 * unreachable server is a finding, not a failure.
 */
#include <sextant/validate.h>

#include "sx_test.h"

static char url[300];

static int setup(void **state)
{
	const char *dir = getenv("SX_CH_DIR");
	char path[600];
	FILE *f;
	(void)state;
	snprintf(path, sizeof path, "%s/url", dir ? dir : ".");
	if (!(f = fopen(path, "r"))) {
		fprintf(stderr, "no ClickHouse url at %s: start the clickhouse fixture\n", path);
		return -1;
	}
	if (!fgets(url, sizeof url, f))
		url[0] = 0;
	fclose(f);
	url[strcspn(url, "\n")] = 0;
	return url[0] ? 0 : -1;
}

/* A query through the curl program (stdout's first line). */
static void query(const char *q, char *out, size_t n)
{
	char cmd[1200];
	FILE *p;
	snprintf(cmd, sizeof cmd, "curl -s --data-binary \"%s\" '%s'", q, url);
	out[0] = 0;
	assert_non_null(p = popen(cmd, "r"));
	if (!fgets(out, (int)n, p))
		out[0] = 0;
	pclose(p);
	out[strcspn(out, "\n")] = 0;
}

static const sx_finding *find(const sx_finding_list *l, const char *rule)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].rule, rule))
			return &l->v[i];
	return NULL;
}

static void ctx_of(sx_validate_ctx *ctx)
{
	sx_validate_ctx_init(ctx);
	ctx->target_engine = SX_DB_CLICKHOUSE;
	ctx->ch_url = url;
	ctx->flags = SX_VALIDATE_SERVER;
}

static void test_scratch_create(void **state)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	char before[64], after[64];
	(void)state;
	ctx_of(&ctx);
	ctx.run_id = "run-42'; DROP DATABASE system; --";
	query("SELECT count() FROM system.databases", before, sizeof before);
	assert_true(atoi(before) > 0);
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_ch_ddl(&ctx,
					    "CREATE TABLE IF NOT EXISTS dw.daily_sales (\n"
					    "  day Date,\n"
					    "  shop_id UInt32,\n"
					    "  revenue Decimal(18, 2) COMMENT 'sum of lines'\n"
					    ")\nENGINE = MergeTree\nPARTITION BY toYYYYMM(day)\n"
					    "ORDER BY (day, shop_id);\n",
					    &l, &err),
			 0);
	for (size_t i = 0; i < l.n; i++)
		print_message("%s: %s\n", l.v[i].rule, l.v[i].message);
	assert_int_equal(sx_finding_count(&l, SX_SEV_ERROR), 0);
	assert_int_equal(sx_finding_count(&l, SX_SEV_WARNING), 0);
	sx_finding_list_release(&l);
	/* the scratch database is gone, and dw was never created */
	query("SELECT count() FROM system.databases", after, sizeof after);
	assert_string_equal(before, after);
	query("SELECT count() FROM system.databases WHERE name = 'dw' OR name LIKE 'sx_validate%'",
	      after, sizeof after);
	assert_string_equal(after, "0");
}

static void test_server_rejects(void **state)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	const sx_finding *f;
	(void)state;
	ctx_of(&ctx);
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_ch_ddl(&ctx,
					    "CREATE TABLE t (id UInt32, name Strng)\n"
					    "ENGINE = MergeTree ORDER BY id",
					    &l, &err),
			 0);
	assert_non_null(f = find(&l, "ch.server-error"));
	assert_non_null(strstr(f->message, "Strng"));
	assert_int_equal(f->line, 1);
	sx_finding_list_release(&l);
}

static void test_version_from_server(void **state)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	char version[64];
	int major = 0, minor = 0;
	bool old;
	(void)state;
	query("SELECT version()", version, sizeof version);
	assert_int_equal(sscanf(version, "%d.%d", &major, &minor), 2);
	old = major < 20;
	ctx_of(&ctx);
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_ch_ddl(&ctx,
					    "CREATE TABLE t (id UInt32, at DateTime64(3))\n"
					    "ENGINE = MergeTree ORDER BY id",
					    &l, &err),
			 0);
	/* an old server is told so by our check, and it also refuses */
	if (old) {
		assert_non_null(find(&l, "ch.unsupported-feature"));
		assert_non_null(find(&l, "ch.server-error"));
	} else {
		assert_null(find(&l, "ch.unsupported-feature"));
		assert_null(find(&l, "ch.server-error"));
	}
	sx_finding_list_release(&l);
}

static void test_unreachable(void **state)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	(void)state;
	ctx_of(&ctx);
	ctx.ch_url = "http://127.0.0.1:1/";
	ctx.target_version = "23.8";
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_ch_ddl(&ctx, "CREATE TABLE t (id UInt32) ENGINE = MergeTree ORDER BY id",
					    &l, &err),
			 0);
	assert_non_null(find(&l, "server.unreachable"));
	assert_true(sx_validate_score(&l) == 10.0);
	sx_finding_list_release(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scratch_create),
		cmocka_unit_test(test_server_rejects),
		cmocka_unit_test(test_version_from_server),
		cmocka_unit_test(test_unreachable),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
