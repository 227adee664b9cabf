/*
 * test_try.c - sx_validate_try without servers: a SQLite source file and
 * the SQLite target (a temporary file). The numbers against the source's
 * own sums; a window; a load that appends (idempotence fails); a
 * destructive load refused; a missing target for PostgreSQL; a cancel
 * leaves no file; the source file is unchanged.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sextant/validate.h>

static char src_path[64];

static const char *SELECT_SQL =
    "SELECT date(o.created_at) AS day, o.channel AS channel, SUM(o.amount) AS revenue,\n"
    "       COUNT(*) AS orders\n"
    "FROM orders AS o\nGROUP BY 1, 2;\n-- a trailing comment";
static const char *DDL = "CREATE TABLE IF NOT EXISTS \"daily\" (\n  \"day\" TEXT NOT NULL,\n  "
                         "\"channel\" TEXT NOT NULL,\n"
                         "  \"revenue\" NUMERIC,\n  \"orders\" INTEGER,\n  loaded_at TEXT NOT NULL "
                         "DEFAULT CURRENT_TIMESTAMP,\n"
                         "  PRIMARY KEY (\"day\", \"channel\")\n);\n";
static const char *LOAD =
    "CREATE TEMP TABLE IF NOT EXISTS \"daily__stage\" AS SELECT \"day\", \"channel\", \"revenue\","
    " \"orders\" FROM \"daily\" WHERE 1 = 0;\n"
    "INSERT INTO \"daily\" (\"day\", \"channel\", \"revenue\", \"orders\")\n"
    "SELECT \"day\", \"channel\", \"revenue\", \"orders\" FROM \"daily__stage\" WHERE true\n"
    "ON CONFLICT (\"day\", \"channel\") DO UPDATE SET \"revenue\" = EXCLUDED.\"revenue\","
    " \"orders\" = EXCLUDED.\"orders\", loaded_at = CURRENT_TIMESTAMP;\n";

static int setup(void **state)
{
	sqlite3 *db;
	(void)state;
	snprintf(src_path, sizeof src_path, "/tmp/sx-try-src-%ld.sqlite", (long)getpid());
	unlink(src_path);
	assert_int_equal(sqlite3_open(src_path, &db), SQLITE_OK);
	assert_int_equal(
	    sqlite3_exec(db,
	                 "CREATE TABLE orders(id INTEGER PRIMARY KEY, created_at TEXT, "
	                 "channel TEXT, amount NUMERIC);"
	                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
	                 "WHERE i < 600) INSERT INTO orders SELECT i, "
	                 "datetime('2024-01-01', '+' || (i % 60) || ' days', '+' || (i % 24) "
	                 "|| ' hours'), CASE i % 3 WHEN 0 THEN 'web' WHEN 1 THEN 'shop' ELSE "
	                 "'phone' END, (i % 97) + 0.25 FROM n;",
	                 NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink(src_path);
	return 0;
}

static void opts_init(sx_try_opts *o, const char *run)
{
	memset(o, 0, sizeof *o);
	o->run_id = run;
	o->source_kind = SX_DB_SQLITE;
	o->source = src_path;
	o->target_kind = SX_DB_SQLITE;
	o->select_sql = SELECT_SQL;
	o->target_ddl = DDL;
	o->load_sql = LOAD;
	o->target_table = "daily";
	o->has_time = true;
	o->window_days = 10;
}

static const sx_finding *find(const sx_finding_list *l, const char *rule)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].rule, rule))
			return &l->v[i];
	return NULL;
}

/* One number of the source, by a query written by hand. */
static double ref(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	double v = -1;
	assert_int_equal(sqlite3_open_v2(src_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_double(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static bool scratch_left(const char *run)
{
	DIR *d = opendir("/tmp");
	struct dirent *e;
	char pre[80];
	bool found = false;
	snprintf(pre, sizeof pre, "sx_try_%s_", run);
	while (d && (e = readdir(d)))
		found |= strncmp(e->d_name, pre, strlen(pre)) == 0;
	if (d)
		closedir(d);
	return found;
}

static void test_window_numbers(void **state)
{
	sx_try_opts o;
	sx_finding_list fl;
	sx_error err = {0};
	cJSON *rep = NULL;
	struct stat st0, st1;
	(void)state;
	assert_int_equal(stat(src_path, &st0), 0);
	opts_init(&o, "unitwin");
	sx_finding_list_init(&fl);
	assert_int_equal(sx_validate_try(&o, &fl, &rep, &err), 0);
	assert_non_null(rep);
	/* the last 10 days of the data: day > max(day) - 10 days */
	const char *w = "FROM orders WHERE date(created_at) > date((SELECT max(created_at) FROM "
	                "orders), '-10 days')";
	char q[400];
	snprintf(q, sizeof q,
	         "SELECT count(*) FROM (SELECT 1 %s GROUP BY date(created_at), channel)", w);
	double rows = ref(q);
	snprintf(q, sizeof q, "SELECT sum(amount) %s", w);
	double rev = ref(q);
	snprintf(q, sizeof q, "SELECT count(*) %s", w);
	double orders = ref(q);
	assert_true(rows > 0);
	const cJSON *t = rep;
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(t, "source"), "rows", -1), (int64_t)rows);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(t, "target"), "rows", -1), (int64_t)rows);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(t, "second"), "rows", -1), (int64_t)rows);
	const cJSON *sums = cJSON_GetObjectItem(cJSON_GetObjectItem(t, "target"), "sums");
	assert_true(fabs(sx_json_num(sums, "revenue", -1) - rev) < 0.001);
	assert_true(fabs(sx_json_num(sums, "orders", -1) - orders) < 0.001);
	sums = cJSON_GetObjectItem(cJSON_GetObjectItem(t, "source"), "sums");
	assert_true(fabs(sx_json_num(sums, "revenue", -1) - rev) < 0.001);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(t, "keys")), 2);
	assert_string_equal(sx_json_str(cJSON_GetObjectItem(t, "window"), "column", ""), "day");
	assert_true(sx_json_bool(t, "dropped", false));
	assert_int_equal(sx_finding_count(&fl, SX_SEV_ERROR), 0);
	assert_int_equal(sx_finding_count(&fl, SX_SEV_WARNING), 0);
	const char *rules[] = {"try.window",    "try.rows",       "try.keys",
	                       "try.reconcile", "try.idempotent", "try.cleanup"};
	for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
		assert_non_null(find(&fl, rules[i]));
	assert_false(scratch_left("unitwin"));
	/* the source was only read */
	assert_int_equal(stat(src_path, &st1), 0);
	assert_int_equal((long long)st0.st_mtime, (long long)st1.st_mtime);
	assert_int_equal((long long)st0.st_size, (long long)st1.st_size);
	cJSON_Delete(rep);
	sx_finding_list_release(&fl);
}

static void test_limit_and_measures(void **state)
{
	sx_try_opts o;
	sx_finding_list fl;
	sx_error err = {0};
	cJSON *rep = NULL;
	const char *meas[] = {"revenue", NULL};
	(void)state;
	opts_init(&o, "unitlim");
	o.has_time = false;
	o.limit = 25;
	o.measures = meas;
	sx_finding_list_init(&fl);
	assert_int_equal(sx_validate_try(&o, &fl, &rep, &err), 0);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(rep, "source"), "rows", -1), 25);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(rep, "measures")), 1);
	assert_non_null(strstr(find(&fl, "try.window")->message, "limit of 25 rows"));
	assert_int_equal(sx_finding_count(&fl, SX_SEV_ERROR), 0);
	cJSON_Delete(rep);
	sx_finding_list_release(&fl);
}

static void test_not_idempotent(void **state)
{
	sx_try_opts o;
	sx_finding_list fl;
	sx_error err = {0};
	cJSON *rep = NULL;
	(void)state;
	opts_init(&o, "unitdup");
	/* no key, no upsert: the second load appends the rows again */
	o.target_ddl =
	    "CREATE TABLE daily (day TEXT, channel TEXT, revenue NUMERIC, orders INTEGER);";
	o.load_sql = "INSERT INTO daily (day, channel, revenue, orders)\n"
	             "SELECT day, channel, revenue, orders FROM daily__stage;";
	sx_finding_list_init(&fl);
	assert_int_equal(sx_validate_try(&o, &fl, &rep, &err), 0);
	const sx_finding *f = find(&fl, "try.idempotent");
	assert_non_null(f);
	assert_int_equal(f->severity, SX_SEV_ERROR);
	int64_t rows = sx_json_int(cJSON_GetObjectItem(rep, "target"), "rows", -1);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(rep, "second"), "rows", -1), 2 * rows);
	char want[120];
	snprintf(want, sizeof want, "%lld rows after the first load, %lld after the second",
	         (long long)rows, (long long)(2 * rows));
	assert_non_null(strstr(f->message, want));
	assert_int_equal(find(&fl, "try.keys")->severity, SX_SEV_WARNING); /* no key */
	assert_false(scratch_left("unitdup"));
	cJSON_Delete(rep);
	sx_finding_list_release(&fl);
}

static void test_refused_and_unreachable(void **state)
{
	sx_try_opts o;
	sx_finding_list fl;
	sx_error err = {0};
	cJSON *rep = NULL;
	(void)state;
	opts_init(&o, "unitbad");
	o.load_sql = "DROP TABLE orders;";
	sx_finding_list_init(&fl);
	assert_int_equal(sx_validate_try(&o, &fl, &rep, &err), 0);
	assert_non_null(find(&fl, "try.refused"));
	assert_null(find(&fl, "try.rows"));
	assert_null(find(&fl, "try.cleanup")); /* nothing was made */
	assert_false(scratch_left("unitbad"));
	cJSON_Delete(rep);
	sx_finding_list_release(&fl);

	/* a PostgreSQL target without a connection: said, steps 2-4 skipped */
	opts_init(&o, "unitpg");
	o.target_kind = SX_DB_POSTGRES;
	sx_finding_list_init(&fl);
	assert_int_equal(sx_validate_try(&o, &fl, &rep, &err), 0);
	assert_non_null(find(&fl, "try.unreachable"));
	assert_non_null(find(&fl, "try.window"));
	assert_null(find(&fl, "try.rows"));
	assert_false(sx_json_bool(rep, "reachable", true));
	cJSON_Delete(rep);
	sx_finding_list_release(&fl);
}

static void test_cancel(void **state)
{
	sx_try_opts o;
	sx_finding_list fl;
	sx_error err = {0};
	cJSON *rep = NULL;
	atomic_int flag = 1;
	(void)state;
	opts_init(&o, "unitcan");
	o.cancel = &flag;
	sx_finding_list_init(&fl);
	assert_int_equal(sx_validate_try(&o, &fl, &rep, &err), SX_ECANCELLED);
	assert_null(rep);
	assert_false(scratch_left("unitcan"));
	sx_finding_list_release(&fl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_window_numbers), cmocka_unit_test(test_limit_and_measures),
	    cmocka_unit_test(test_not_idempotent), cmocka_unit_test(test_refused_and_unreachable),
	    cmocka_unit_test(test_cancel),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
