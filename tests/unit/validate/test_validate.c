/*
 * test_validate.c - unit tests of src/validate: the score formula, rule ids
 * against docs/validate.md, positions, did-you-mean, secrets, SQLite's own
 * prepare on a read-only handle, and the validate_sql entry.
 */
#include <pthread.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "validate/validate_int.h"
#include "vfixture.h"

static vfix F;

static int setup(void **state)
{
	(void)state;
	vfix_open(&F);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	vfix_close(&F);
	return 0;
}

static void add(sx_finding_list *l, sx_severity sev, sx_finding_cat cat)
{
	assert_int_equal(sx_finding_add(l, sev, cat, "sql.select-star", SX_ART_SELECT_SQL, 1, 1, NULL,
					"x"),
			 0);
}

static void test_score(void **state)
{
	sx_finding_list l;
	cJSON *j;
	int i;
	(void)state;
	sx_finding_list_init(&l);
	assert_true(sx_validate_score(&l) == 10.0);
	add(&l, SX_SEV_INFO, SX_CAT_PERFORMANCE);
	assert_true(sx_validate_score(&l) == 10.0); /* infos cost nothing */
	add(&l, SX_SEV_WARNING, SX_CAT_STYLE);
	assert_true(sx_validate_score(&l) == 9.0);
	for (i = 0; i < 5; i++)
		add(&l, SX_SEV_WARNING, SX_CAT_STYLE);
	assert_true(sx_validate_score(&l) == 7.0); /* warnings of one category cap at 3 */
	add(&l, SX_SEV_WARNING, SX_CAT_PERFORMANCE);
	assert_true(sx_validate_score(&l) == 6.0);
	add(&l, SX_SEV_ERROR, SX_CAT_LOGIC);
	assert_true(sx_validate_score(&l) == 3.0); /* 10 - 3 - 1 - 3 */
	j = sx_validate_score_json(&l);
	assert_non_null(j);
	assert_int_equal(sx_json_int(j, "errors", -1), 1);
	assert_int_equal(sx_json_int(j, "warnings", -1), 7);
	assert_true(sx_json_num(j, "ceiling", 0) == 6.0);
	assert_true(sx_json_num(j, "score", -1) == 3.0);
	assert_true(sx_json_num(cJSON_GetObjectItem(cJSON_GetObjectItem(j, "categories"), "style"),
				"capped", 0) == 3.0);
	cJSON_Delete(j);
	sx_finding_list_release(&l);

	/* one error never passes: the ceiling */
	sx_finding_list_init(&l);
	add(&l, SX_SEV_ERROR, SX_CAT_SEMANTICS);
	assert_true(sx_validate_score(&l) == 6.0);
	add(&l, SX_SEV_ERROR, SX_CAT_SYNTAX);
	assert_true(sx_validate_score(&l) == 3.0);
	for (i = 0; i < 10; i++)
		add(&l, SX_SEV_ERROR, (sx_finding_cat)(i % SX_CAT_COUNT));
	assert_true(sx_validate_score(&l) == 0.0);
	sx_finding_list_release(&l);
}

/* Every rule of the table is documented, and every rule id written in the
 * module's sources is in the table (so in the docs). */
static void test_rules_documented(void **state)
{
	const char *src = getenv("SX_SOURCE_DIR");
	char path[1024], *doc = NULL;
	size_t n, i, len;
	sx_error err = {0};
	const sx_validate_rule *r = sx_validate_rules(&n);
	static const char *const files[] = {"validate.c", "bind.c", "sqlite_check.c", "secrets.c",
					    "explain.c", "chddl.c", "python.c", "try.c", NULL};
	static const char *const prefixes[] = {"\"sql.", "\"sqlite.", "\"server.", "\"ch.", "\"py.",
					       "\"sec.", "\"pii.", "\"try.", NULL};
	(void)state;
	snprintf(path, sizeof path, "%s/docs/validate.md", src ? src : ".");
	if (sx_file_read(path, &doc, &len, &err))
		fail_msg("%s", err.msg);
	assert_true(n >= 40);
	for (i = 0; i < n; i++) {
		char cell[128];
		snprintf(cell, sizeof cell, "`%s`", r[i].id);
		if (!strstr(doc, cell))
			fail_msg("rule %s is not documented in docs/validate.md", r[i].id);
		assert_ptr_equal(sx_validate_rule_find(r[i].id), &r[i]);
	}
	free(doc);
	for (i = 0; files[i]; i++) {
		char *text = NULL;
		const char *p;
		size_t k;
		snprintf(path, sizeof path, "%s/src/validate/%s", src ? src : ".", files[i]);
		if (sx_file_read(path, &text, &len, &err))
			continue; /* a file not written yet */
		for (k = 0; prefixes[k]; k++)
			for (p = text; (p = strstr(p, prefixes[k])); p++) {
				char id[128];
				size_t m = 0;
				const char *q = p + 1;
				while (*q && *q != '"' && m + 1 < sizeof id &&
				       (*q == '.' || *q == '-' || (*q >= 'a' && *q <= 'z')))
					id[m++] = *q++;
				id[m] = 0;
				if (*q != '"' || id[m - 1] == '.')
					continue; /* not a whole literal (e.g. a prefix) */
				if (!sx_validate_rule_find(id))
					fail_msg("%s uses rule %s, which is not in the table", files[i], id);
			}
		free(text);
	}
	assert_null(sx_validate_rule_find("sql.no-such-rule"));
}

static void test_positions(void **state)
{
	int line, col;
	(void)state;
	sx__text_pos("ab\ncd", 4, false, &line, &col);
	assert_int_equal(line, 2);
	assert_int_equal(col, 2);
	/* columns count characters, not bytes */
	sx__text_pos("ёж x", 5, false, &line, &col); /* byte 5 is x, the 4th character */
	assert_int_equal(line, 1);
	assert_int_equal(col, 4);
	sx__text_pos("ёж\nx", 4, true, &line, &col); /* 4th character */
	assert_int_equal(line, 2);
	assert_int_equal(col, 1);
	assert_int_equal(sx__edit_distance("total", "totl", 3), 1);
	assert_int_equal(sx__edit_distance("Customer", "customer", 3), 0);
	assert_true(sx__edit_distance("orders", "products", 2) > 2);
}

static const sx_finding *find_rule(const sx_finding_list *l, const char *rule)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].rule, rule))
			return &l->v[i];
	return NULL;
}

static void test_validate_sql(void **state)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	const sx_finding *f;
	(void)state;
	vfix_ctx(&F, &ctx);
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "SELECT o.id, o.stauts FROM orders o", SX_ART_SELECT_SQL,
					 &l, &err),
			 0);
	assert_non_null(f = find_rule(&l, "sql.unknown-column"));
	assert_int_equal(f->severity, SX_SEV_ERROR);
	assert_int_equal(f->line, 1);
	assert_int_equal(f->col, 14);
	assert_non_null(f->hint);
	assert_non_null(strstr(f->hint, "status"));
	sx_finding_list_release(&l);

	/* an unknown table suggests the closest name */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "SELECT 1 FROM order_item", SX_ART_SELECT_SQL, &l, &err), 0);
	assert_non_null(f = find_rule(&l, "sql.unknown-table"));
	assert_non_null(strstr(f->hint, "order_items"));
	sx_finding_list_release(&l);

	/* no catalog: parse and lint only, never a binding finding */
	ctx.cat = NULL;
	ctx.map = NULL;
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "SELECT nope FROM nowhere WHERE x = NULL",
					 SX_ART_SELECT_SQL, &l, &err),
			 0);
	assert_null(find_rule(&l, "sql.unknown-table"));
	assert_null(find_rule(&l, "sql.unknown-column"));
	assert_non_null(find_rule(&l, "sql.null-comparison"));
	sx_finding_list_release(&l);

	/* the load flag applies the load rules to a free-standing SELECT */
	vfix_ctx(&F, &ctx);
	ctx.flags |= SX_VALIDATE_LOAD;
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "SELECT * FROM products", SX_ART_SELECT_SQL, &l, &err), 0);
	assert_non_null(find_rule(&l, "sql.select-star"));
	sx_finding_list_release(&l);

	/* ClickHouse SQL is read by its own rules (chsql.c): a plain query
	 * without a catalog has nothing to report, and no score cost */
	ctx.source_dialect = SX_DB_CLICKHOUSE;
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "SELECT toDate(x) FROM t FORMAT TSV", SX_ART_SELECT_SQL,
					 &l, &err),
			 0);
	assert_null(find_rule(&l, "sql.dialect-unchecked"));
	assert_int_equal(sx_finding_count(&l, SX_SEV_ERROR), 0);
	assert_true(sx_validate_score(&l) == 10.0);
	sx_finding_list_release(&l);
}

static void test_secrets(void **state)
{
	sx_finding_list l;
	sx_error err = {0};
	(void)state;
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_secrets("conn = 'postgresql://u:hunter2@h/db'\n"
					     "pw = os.environ['PGPASSWORD']\n"
					     "url = 'postgresql://u:${PGPASSWORD}@h/db'\n"
					     "password = \"correct horse\"\n"
					     "if password == 'abcd': pass\n"
					     "key = 'AKIAABCDEFGHIJKLMNOP'\n",
					     SX_ART_AIRFLOW_DAG, &l, &err),
			 0);
	assert_int_equal(l.n, 3);
	assert_string_equal(l.v[0].rule, "sec.conn-password");
	assert_int_equal(l.v[0].line, 1);
	assert_string_equal(l.v[1].rule, "sec.secret");
	assert_int_equal(l.v[1].line, 4);
	assert_int_equal(l.v[2].line, 6);
	/* the secret itself is never repeated */
	assert_null(strstr(l.v[0].message, "hunter2"));
	assert_null(strstr(l.v[1].message, "correct horse"));
	sx_finding_list_release(&l);
}

static void test_sqlite_prepare(void **state)
{
	const char *dir = sx_test_tmpdir("vsqlite");
	char path[600];
	sqlite3 *db;
	struct stat before, after;
	sx_catalog *cat = NULL;
	sx_database *d = NULL;
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	const sx_finding *f;
	(void)state;
	snprintf(path, sizeof path, "%s/src.sqlite", dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
				      "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, v REAL);"
				      "INSERT INTO t VALUES (1, 'a', 1.5);",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(stat(path, &before), 0);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	{
		sx_source_opts so = {0};
		assert_int_equal(sx_sqlite_introspect(cat, path, &so, &d, &err), 0);
	}

	sx_validate_ctx_init(&ctx);
	ctx.cat = cat;
	ctx.db = d;
	ctx.source_dialect = SX_DB_SQLITE;
	ctx.sqlite_path = path;
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "SELECT id,\n  nme FROM t", SX_ART_SELECT_SQL, &l, &err), 0);
	assert_non_null(f = find_rule(&l, "sqlite.prepare"));
	assert_non_null(strstr(f->message, "nme"));
	assert_int_equal(f->line, 2);
	assert_int_equal(f->col, 3);
	sx_finding_list_release(&l);

	/* SQLite syntax the PG grammar lacks is judged by SQLite */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "SELECT id FROM t WHERE name GLOB 'a*' LIMIT 1",
					 SX_ART_SELECT_SQL, &l, &err),
			 0);
	assert_int_equal(sx_finding_count(&l, SX_SEV_ERROR), 0);
	sx_finding_list_release(&l);

	/* the lints still run on what parses: NULL comparison */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "SELECT id FROM t WHERE name = NULL", SX_ART_SELECT_SQL,
					 &l, &err),
			 0);
	assert_non_null(find_rule(&l, "sql.null-comparison"));
	sx_finding_list_release(&l);

	/* SQLite compares across types by affinity: a doubt, not an error */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "SELECT a.id FROM t a JOIN t b ON a.id = b.name",
					 SX_ART_SELECT_SQL, &l, &err),
			 0);
	assert_non_null(f = find_rule(&l, "sql.join-type-mismatch"));
	assert_int_equal(f->severity, SX_SEV_WARNING);
	sx_finding_list_release(&l);

	/* prepared, never run: the file is untouched */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "DELETE FROM t", SX_ART_LOAD_SQL, &l, &err), 0);
	assert_non_null(find_rule(&l, "sql.destructive"));
	sx_finding_list_release(&l);
	/* a load that empties its target, then refills it: a full refresh (a
	 * grand total, a list); a DELETE after the INSERT empties it for good */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "DELETE FROM t; INSERT INTO t (id, name) SELECT id, name FROM t",
					 SX_ART_LOAD_SQL, &l, &err),
			 0);
	assert_null(find_rule(&l, "sql.destructive"));
	assert_non_null(f = find_rule(&l, "sql.full-refresh"));
	assert_int_equal(f->severity, SX_SEV_INFO);
	sx_finding_list_release(&l);
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_sql(&ctx, "INSERT INTO t (id, name) SELECT id, name FROM t; DELETE FROM t",
					 SX_ART_LOAD_SQL, &l, &err),
			 0);
	assert_non_null(find_rule(&l, "sql.destructive"));
	sx_finding_list_release(&l);
	assert_int_equal(stat(path, &after), 0);
	assert_int_equal(before.st_size, after.st_size);
	assert_true(before.st_mtime == after.st_mtime);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	{
		sqlite3_stmt *st;
		assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM t", -1, &st, NULL), SQLITE_OK);
		assert_int_equal(sqlite3_step(st), SQLITE_ROW);
		assert_int_equal(sqlite3_column_int(st, 0), 1);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	sx_catalog_free(cat);
	sx_test_rmrf(dir);
}


static void test_proc(void **state)
{
	sx__proc_result r;
	sx_error err = {0};
	const char *cat_argv[] = {"/bin/cat", NULL};
	const char *sleep_argv[] = {"/bin/sleep", "5", NULL};
	const char *none_argv[] = {"/nonexistent/prog", NULL};
	uint64_t t0;
	(void)state;
	assert_int_equal(sx__proc_run(cat_argv, NULL, "hello\n", 5000, &r, &err), 0);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "hello\n");
	sx__proc_result_release(&r);
	t0 = sx_now_ns();
	assert_int_equal(sx__proc_run(sleep_argv, NULL, "", 200, &r, &err), 0);
	assert_true(r.timed_out);
	assert_int_equal(r.status, -1);
	assert_true(sx_now_ns() - t0 < 3000000000ull);
	sx__proc_result_release(&r);
	assert_int_equal(sx__proc_run(none_argv, NULL, "", 200, &r, &err), SX_ENOTFOUND);
}

static void test_python(void **state)
{
	char pybuf[1024];
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	const sx_finding *f;
	(void)state;
	sx_validate_ctx_init(&ctx);
	if (!sx__python(&ctx, pybuf, sizeof pybuf))
		skip();
	ctx.schedule = "0 3 * * *";
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_python(&ctx,
					    "from airflow import DAG\n"
					    "with DAG('d', schedule='@daily', catchup=False,\n"
					    "         default_args={'retries': 1}) as dag:\n"
					    "    pass\n",
					    SX_ART_AIRFLOW_DAG, &l, &err),
			 0);
	assert_int_equal(l.n, 1);
	assert_non_null(f = find_rule(&l, "py.dag-schedule"));
	assert_int_equal(f->line, 2);
	assert_non_null(strstr(f->message, "@daily"));
	sx_finding_list_release(&l);

	/* a file without a DAG, and a syntax error with its position */
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_python(&ctx, "x = 1\n", SX_ART_AIRFLOW_DAG, &l, &err), 0);
	assert_non_null(find_rule(&l, "py.dag-missing"));
	assert_int_equal(sx_validate_python(&ctx, "x = 1\ny = (\n", SX_ART_PYTHON_TRANSFORM, &l, &err),
			 0);
	assert_non_null(f = find_rule(&l, "py.syntax"));
	assert_int_equal(f->line, 2);
	sx_finding_list_release(&l);

	/* no interpreter: one info, the score untouched */
	ctx.python = "/nonexistent/python3";
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_python(&ctx, "x = 1\n", SX_ART_PYTHON_TRANSFORM, &l, &err), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].rule, "py.unchecked");
	assert_int_equal(l.v[0].severity, SX_SEV_INFO);
	assert_true(sx_validate_score(&l) == 10.0);
	sx_finding_list_release(&l);
}

static void test_pytest(void **state)
{
	char pybuf[1024];
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err = {0};
	sx__proc_result r;
	const char *probe[] = {NULL, "-c", "import pytest", NULL};
	const char *transform = "def total(rows):\n    return sum(r['amount'] for r in rows)\n";
	(void)state;
	sx_validate_ctx_init(&ctx);
	if (!(probe[0] = sx__python(&ctx, pybuf, sizeof pybuf)))
		skip();
	if (sx__proc_run(probe, NULL, "", 10000, &r, &err) || r.status != 0) {
		sx__proc_result_release(&r);
		skip(); /* no pytest for this interpreter */
	}
	sx__proc_result_release(&r);
	sx_finding_list_init(&l);
	assert_int_equal(sx_validate_pytest(&ctx, "daily_sales", transform,
					    "from daily_sales import total\n"
					    "def test_total():\n    assert total([{'amount': 2}]) == 2\n",
					    &l, &err),
			 0);
	assert_int_equal(l.n, 0);
	assert_int_equal(sx_validate_pytest(&ctx, "daily_sales", transform,
					    "from daily_sales import total\n"
					    "def test_ok():\n    assert total([]) == 0\n"
					    "def test_bad():\n    assert total([{'amount': 2}]) == 3\n",
					    &l, &err),
			 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].rule, "py.test-failed");
	assert_non_null(strstr(l.v[0].message, "test_bad"));
	sx_finding_list_release(&l);

	/* through the artifact set, with the transform's path as its name */
	{
		sx_artifact_set a;
		sx_artifact_set_init(&a);
		ctx.flags |= SX_VALIDATE_PYTEST;
		assert_int_equal(sx_artifact_set_put(&a, SX_ART_PYTHON_TRANSFORM, "transforms/daily_sales.py",
						     "python", transform), 0);
		assert_int_equal(sx_artifact_set_put(&a, SX_ART_PYTHON_TESTS, "tests/test_daily_sales.py",
						     "python",
						     "from daily_sales import total\n"
						     "def test_bad():\n    assert total([]) == 1\n"), 0);
		sx_finding_list_init(&l);
		assert_int_equal(sx_validate_artifacts(&ctx, &a, &l, &err), 0);
		assert_non_null(find_rule(&l, "py.test-failed"));
		sx_finding_list_release(&l);
		sx_artifact_set_release(&a);
	}
}

/* Validations share the catalog and the map read-only: several threads at
 * once give each the same findings as one alone. */
static const char *const thread_sql[] = {
	"SELECT o.customer_id, sum(o.total) FROM orders o JOIN order_items i ON i.order_id = o.id GROUP BY o.customer_id",
	"SELECT c.email, x.n FROM customers c, (SELECT count(*) AS n FROM orders WHERE status = NULL) x",
	"WITH t AS (SELECT id, totl FROM orders) SELECT * FROM t",
	"SELECT id FROM orders o JOIN customers c ON c.id = o.order_no",
};
#define NTHREAD_SQL (sizeof thread_sql / sizeof thread_sql[0])

typedef struct tjob {
	size_t counts[NTHREAD_SQL];
	int rc;
} tjob;

static void *validate_many(void *arg)
{
	tjob *j = arg;
	sx_validate_ctx ctx;
	size_t i, r;
	vfix_ctx(&F, &ctx);
	for (r = 0; r < 25; r++)
		for (i = 0; i < NTHREAD_SQL; i++) {
			sx_finding_list l;
			sx_error err = {0};
			sx_finding_list_init(&l);
			if (sx_validate_sql(&ctx, thread_sql[i], SX_ART_SELECT_SQL, &l, &err))
				j->rc = -1;
			if (r == 0)
				j->counts[i] = l.n;
			else if (j->counts[i] != l.n)
				j->rc = -2;
			sx_finding_list_release(&l);
		}
	return NULL;
}

static void test_threads(void **state)
{
	pthread_t th[4];
	tjob jobs[4], one;
	size_t i, k;
	(void)state;
	memset(&one, 0, sizeof one);
	memset(jobs, 0, sizeof jobs);
	validate_many(&one);
	assert_int_equal(one.rc, 0);
	for (i = 0; i < NTHREAD_SQL; i++)
		assert_true(one.counts[i] > 0);
	for (k = 0; k < 4; k++)
		assert_int_equal(pthread_create(&th[k], NULL, validate_many, &jobs[k]), 0);
	for (k = 0; k < 4; k++) {
		pthread_join(th[k], NULL);
		assert_int_equal(jobs[k].rc, 0);
		for (i = 0; i < NTHREAD_SQL; i++)
			assert_int_equal(jobs[k].counts[i], one.counts[i]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_score),
		cmocka_unit_test(test_rules_documented),
		cmocka_unit_test(test_positions),
		cmocka_unit_test(test_validate_sql),
		cmocka_unit_test(test_secrets),
		cmocka_unit_test(test_sqlite_prepare),
		cmocka_unit_test(test_proc),
		cmocka_unit_test(test_python),
		cmocka_unit_test(test_pytest),
		cmocka_unit_test(test_threads),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
