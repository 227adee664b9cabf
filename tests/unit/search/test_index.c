/*
 * test_index.c - the persisted search index: built once and loaded after,
 * per-database updates, and damaged index files (flipped bytes, truncation,
 * a wrong count, garbage, a missing file) detected and rebuilt.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "search/search_int.h"

static char ws[64];

static void add_db(sx_catalog *cat, const char *name, const char *t1, const char *t2)
{
	sx_database *db = sx_catalog_add_database(cat, name, SX_DB_SQLITE);
	sx_schema *s = sx_catalog_add_schema(cat, db, "main");
	sx_table *t = sx_catalog_add_table(cat, s, t1, SX_REL_TABLE);
	char now[32];
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "amount", "numeric");
	t = sx_catalog_add_table(cat, s, t2, SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "title", "text");
	sx_now_iso(now, sizeof now);
	db->analysed_at = sx_catalog_str(cat, now);
}

static void save(const char *name, const char *t1, const char *t2)
{
	sx_catalog *cat;
	sx_store *st;
	sx_error e;
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	add_db(cat, name, t1, t2);
	assert_int_equal(sx_store_open(&st, ws, &e), 0);
	assert_int_equal(sx_store_save_database(st, cat->dbs[0], &e), 0);
	sx_store_close(st);
	sx_catalog_free(cat);
}

/* How many databases the last open_count built from the workspace's
 * stored vectors (without embedding). */
static size_t last_from_stored;

/* Opens the search over the workspace; returns how many database indexes
 * had to be built (embedded, or from the stored vectors), and the first
 * note (or "") in note. */
static size_t open_count(char *note, size_t n, const char *expect_top)
{
	sx_catalog *cat;
	sx_store *st;
	sx_search *s;
	sx_search_src src = {0};
	sx_search_result *r;
	sx_error e;
	size_t built;
	assert_int_equal(sx_store_open(&st, ws, &e), 0);
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	assert_int_equal(sx_store_load(st, cat, NULL, &e), 0);
	src.cat = cat;
	src.store = st;
	assert_int_equal(sx_search_open(&s, &src, &e), 0);
	last_from_stored = sx__search_from_shared(s);
	built = sx__search_built(s) + last_from_stored;
	snprintf(note, n, "%s", sx_search_notes(s)[0] ? sx_search_notes(s)[0] : "");
	/* whatever happened to the files, search still answers */
	assert_int_equal(sx_search_query(s, expect_top, NULL, &r, &e), 0);
	assert_true(r->n > 0);
	assert_string_equal(r->hits[0].table->name, expect_top);
	sx_search_result_free(r);
	sx_search_free(s);
	sx_catalog_free(cat);
	sx_store_close(st);
	return built;
}

static void index_path(char *out, size_t n, const char *db)
{
	snprintf(out, n, "%s/index/%s.faiss", ws, db);
}

static void poke(const char *db, long off, unsigned char byte)
{
	char p[256];
	FILE *f;
	index_path(p, sizeof p, db);
	assert_non_null(f = fopen(p, "r+b"));
	fseek(f, off, off < 0 ? SEEK_END : SEEK_SET);
	fputc(byte, f);
	fclose(f);
}

static int setup(void **state)
{
	(void)state;
	snprintf(ws, sizeof ws, "/tmp/sx-embed-XXXXXX");
	if (!mkdtemp(ws))
		return -1;
	save("shop", "payments", "products");
	save("hr", "salaries", "departments");
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];
	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", ws);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_build_then_load(void **state)
{
	char note[SX_ERROR_MSG_MAX + 64], p[256];
	struct stat sb;
	(void)state;
	assert_int_equal(open_count(note, sizeof note, "payments"), 2);
	index_path(p, sizeof p, "shop");
	assert_int_equal(stat(p, &sb), 0);
	assert_true(sb.st_size > 48);
	/* second open: everything loaded, nothing built */
	assert_int_equal(open_count(note, sizeof note, "payments"), 0);
	assert_string_equal(note, "");
}

static void test_reanalyse_one(void **state)
{
	char note[SX_ERROR_MSG_MAX + 64];
	(void)state;
	open_count(note, sizeof note, "payments");
	/* re-analysing hr rebuilds hr only */
	save("hr", "salaries", "vacancies");
	assert_int_equal(open_count(note, sizeof note, "vacancies"), 1);
	assert_int_equal(last_from_stored, 0); /* a new catalog: embedded */
	assert_int_equal(open_count(note, sizeof note, "vacancies"), 0);
}

static void test_damaged_files(void **state)
{
	char note[SX_ERROR_MSG_MAX + 64], p[256];
	FILE *f;
	(void)state;
	open_count(note, sizeof note, "payments");

	poke("shop", -5, 0xA5); /* a flipped byte in FAISS's payload */
	assert_int_equal(open_count(note, sizeof note, "payments"), 1);
	assert_non_null(strstr(note, "checksum"));
	/* rebuilt from the vectors stored with the analysis: nothing embedded */
	assert_int_equal(last_from_stored, 1);
	assert_int_equal(open_count(note, sizeof note, "payments"), 0);

	poke("shop", 16, 0x7F); /* the vector count in the header */
	assert_int_equal(open_count(note, sizeof note, "payments"), 1);
	assert_non_null(strstr(note, "vectors"));

	index_path(p, sizeof p, "shop");
	assert_int_equal(truncate(p, 100), 0);
	assert_int_equal(open_count(note, sizeof note, "payments"), 1);
	assert_non_null(strstr(note, "truncated"));

	assert_non_null(f = fopen(p, "wb"));
	fputs("this is not an index at all, but it is long enough to have a header", f);
	fclose(f);
	assert_int_equal(open_count(note, sizeof note, "payments"), 1);
	assert_non_null(strstr(note, "not a sextant index"));

	assert_int_equal(unlink(p), 0);
	assert_int_equal(open_count(note, sizeof note, "payments"), 1);
	assert_non_null(strstr(note, "shop"));

	poke("shop", 8, 99); /* a format version from the future */
	assert_int_equal(open_count(note, sizeof note, "payments"), 1);
	assert_non_null(strstr(note, "version"));
	assert_int_equal(open_count(note, sizeof note, "payments"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_build_then_load, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reanalyse_one, setup, teardown),
		cmocka_unit_test_setup_teardown(test_damaged_files, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
