/*
 * test_demo_determinism.c - sextant-demogen writes the same warehouse every
 * time, replaces its files only when a run succeeds, and rejects bad use.
 *
 * Runs $SX_BUILD_DIR/data/sextant-demogen twice into fresh directories and
 * compares the ground truth and the PostgreSQL script byte for byte, and
 * the SQLite data through a checksum over every row of every table (in
 * primary-key order), with each other and with the build's own copy.
 */
#include "sx_test.h"

#include <cjson/cJSON.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <sextant/core.h>

static char gen[1200], built[1200];
static char kept[600]; /* a generated folder the next test reuses */

static int setup(void **state)
{
	const char *b = getenv("SX_BUILD_DIR");
	(void)state;
	if (!b)
		return -1;
	snprintf(gen, sizeof gen, "%s/data/sextant-demogen", b);
	snprintf(built, sizeof built, "%s/data", b);
	return 0;
}

static int run_gen(const char *outdir)
{
	char cmd[2600];
	int rc;
	snprintf(cmd, sizeof cmd, "'%s' '%s' >/dev/null 2>&1", gen, outdir);
	rc = system(cmd);
	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

static char *slurp(const char *dirname, const char *file, size_t *len)
{
	char path[1400];
	char *text = NULL;
	sx_error err;
	snprintf(path, sizeof path, "%s/%s", dirname, file);
	if (sx_file_read(path, &text, len, &err))
		fail_msg("%s", err.msg);
	return text;
}

static void same_file(const char *a, const char *b, const char *file)
{
	size_t la, lb;
	char *x = slurp(a, file, &la), *y = slurp(b, file, &lb);
	if (la != lb || memcmp(x, y, la) != 0)
		fail_msg("%s differs between %s and %s", file, a, b);
	free(x);
	free(y);
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 0x100000001b3ull;
	return h;
}

/* A checksum of every value of every table, rows in primary-key order. */
static uint64_t data_checksum(const char *dirname)
{
	char path[1400], sql[512];
	sqlite3 *db;
	sqlite3_stmt *tabs, *st;
	uint64_t h = 0xcbf29ce484222325ull;
	int64_t rows = 0;
	snprintf(path, sizeof path, "%s/demo.sqlite", dirname);
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(
	    sqlite3_prepare_v2(db,
	                       "SELECT name, (SELECT group_concat(name, ', ') FROM "
	                       "(SELECT name FROM pragma_table_info(m.name) WHERE pk > 0 "
	                       "ORDER BY pk)) FROM sqlite_master m WHERE type = 'table' "
	                       "ORDER BY name",
	                       -1, &tabs, NULL),
	    SQLITE_OK);
	while (sqlite3_step(tabs) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(tabs, 0);
		const char *pk = (const char *)sqlite3_column_text(tabs, 1);
		assert_non_null(pk); /* every demo table has a primary key */
		h = fnv(h, t, strlen(t) + 1);
		snprintf(sql, sizeof sql, "SELECT * FROM %s ORDER BY %s", t, pk);
		assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
		while (sqlite3_step(st) == SQLITE_ROW) {
			for (int c = 0; c < sqlite3_column_count(st); c++) {
				unsigned char type = (unsigned char)sqlite3_column_type(st, c);
				const unsigned char *v = sqlite3_column_text(st, c);
				h = fnv(h, &type, 1);
				if (v)
					h = fnv(h, v, (size_t)sqlite3_column_bytes(st, c));
			}
			rows++;
		}
		sqlite3_finalize(st);
	}
	sqlite3_finalize(tabs);
	sqlite3_close(db);
	assert_true(rows > 200000);
	return h;
}

static void test_two_runs_identical(void **state)
{
	char a[600], b[600];
	uint64_t ha, hb, hbuilt;
	(void)state;
	snprintf(a, sizeof a, "%s", sx_test_tmpdir("demo-a"));
	snprintf(b, sizeof b, "%s", sx_test_tmpdir("demo-b"));
	assert_int_equal(run_gen(a), 0);
	assert_int_equal(run_gen(b), 0);
	same_file(a, b, "demo_expected.json");
	same_file(a, b, "demo_pg.sql");
	same_file(a, built, "demo_expected.json");
	ha = data_checksum(a);
	hb = data_checksum(b);
	hbuilt = data_checksum(built);
	assert_true(ha == hb);
	assert_true(ha == hbuilt);
	snprintf(kept, sizeof kept, "%s", a);
	sx_test_rmrf(b);
}

/* A failed run leaves the previous files as they were. */
static void test_failed_run_keeps_old_files(void **state)
{
	char tmp[800];
	const char *d = kept;
	uint64_t before;
	size_t n1, n2;
	char *j1, *j2;
	(void)state;
	if (!kept[0])
		skip(); /* the previous test failed before generating */
	before = data_checksum(d);
	j1 = slurp(d, "demo_expected.json", &n1);
	/* the last scratch file's name taken by a directory: the run fails
	 * after writing the other two, which it must clean up */
	snprintf(tmp, sizeof tmp, "%s/demo_pg.sql.tmp", d);
	assert_int_equal(mkdir(tmp, 0700), 0);
	assert_int_equal(run_gen(d), 1);
	assert_true(data_checksum(d) == before);
	snprintf(tmp, sizeof tmp, "%s/demo.sqlite.tmp", d);
	assert_true(access(tmp, F_OK) != 0);
	snprintf(tmp, sizeof tmp, "%s/demo_expected.json.tmp", d);
	assert_true(access(tmp, F_OK) != 0);
	j2 = slurp(d, "demo_expected.json", &n2);
	assert_true(n1 == n2 && memcmp(j1, j2, n1) == 0);
	free(j1);
	free(j2);
	sx_test_rmrf(d);
}

static void test_usage(void **state)
{
	char cmd[1400];
	int rc;
	(void)state;
	snprintf(cmd, sizeof cmd, "'%s' >/dev/null 2>&1", gen);
	rc = system(cmd);
	assert_true(WIFEXITED(rc) && WEXITSTATUS(rc) == 2);
	/* an output folder that cannot be created */
	assert_int_equal(run_gen("/proc/sextant-demo-nope/x"), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_two_runs_identical),
	    cmocka_unit_test(test_failed_run_keeps_old_files),
	    cmocka_unit_test(test_usage),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
