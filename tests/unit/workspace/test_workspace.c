/*
 * test_workspace.c - the workspace session: opened on a workspace where a
 * small SQLite file was analysed (introspected, mapped, saved, as
 * `analyze` does), with the catalog and the map loaded and the search
 * opened only on first use; the two-phase load of the TUI; one database
 * of two; an empty workspace; the config it loads itself with the
 * environment applied, and the caller's left alone; failures that leave
 * nothing open (valgrind checks that close frees everything).
 */
#include "sx_test.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include "workspace/workspace_int.h"

static char ws[512], dir[512];

static void make_sqlite(const char *path, const char *sql)
{
	sqlite3 *h;
	char *msg = NULL;
	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	if (sqlite3_exec(h, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("sql: %s", msg);
	sqlite3_close(h);
}

/* What `analyze` does for one source: introspect, map, save both. */
static void analyse(const char *path)
{
	sx_catalog *cat;
	sx_database *db;
	sx_dbmap *map;
	sx_store *st;
	sx_source_opts so = {0};
	sx_map_opts mo;
	sx_error e;
	assert_int_equal(sx_store_open(&st, ws, &e), 0);
	assert_int_equal(sx_map_migrate(st, &e), 0);
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	assert_int_equal(sx_source_introspect(cat, path, &so, &db, &e), 0);
	sx_map_opts_init(&mo, NULL);
	mo.sampling = false;
	assert_int_equal(sx_dbmap_new(&map, cat, &e), 0);
	assert_int_equal(sx_map_build(map, db, NULL, &mo, &e), 0);
	assert_int_equal(sx_store_begin(st, &e), 0);
	assert_int_equal(sx_store_save_database(st, db, &e), 0);
	assert_int_equal(sx_map_save(st, map, db, &e), 0);
	assert_int_equal(sx_store_commit(st, &e), 0);
	sx_dbmap_free(map);
	sx_catalog_free(cat);
	sx_store_close(st);
}

static int setup(void **state)
{
	char p[600];
	(void)state;
	snprintf(dir, sizeof dir, "%s", sx_test_tmpdir("workspace"));
	snprintf(ws, sizeof ws, "%s/ws", dir);
	snprintf(p, sizeof p, "%s/shop.sqlite", dir);
	make_sqlite(p, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, email TEXT);"
		       "CREATE TABLE orders (id INTEGER PRIMARY KEY,"
		       " customer_id INTEGER REFERENCES customers(id), total NUMERIC,"
		       " ordered_at TEXT);"
		       "CREATE TABLE products (id INTEGER PRIMARY KEY, title TEXT, price NUMERIC);");
	analyse(p);
	snprintf(p, sizeof p, "%s/crm.sqlite", dir);
	make_sqlite(p, "CREATE TABLE leads (id INTEGER PRIMARY KEY, company TEXT, phone TEXT);");
	analyse(p);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	sx_test_rmrf(dir);
	return 0;
}

static bool index_exists(const char *db)
{
	char p[700];
	struct stat sb;
	snprintf(p, sizeof p, "%s/index/%s.faiss", ws, db);
	return stat(p, &sb) == 0;
}

static void test_open_and_lazy_search(void **state)
{
	sx_session_opts o = {0};
	sx_session *s;
	sx_search *search, *again;
	sx_search_result *r;
	sx_table *t;
	sx_error e;
	(void)state;
	o.workspace_dir = ws;
	assert_int_equal(sx_session_open(&s, &o, &e), 0);
	assert_string_equal(sx_session_dir(s), ws);
	assert_int_equal(sx_session_catalog(s)->ndbs, 2);
	assert_non_null(sx_session_store(s));
	assert_non_null(sx_session_config(s));
	/* the map came with it: the declared key is a relationship */
	assert_non_null(sx_session_map(s));
	assert_int_equal(sx_catalog_resolve(sx_session_catalog(s), "shop.main.orders", &t, &e), 0);
	assert_true(sx_dbmap_rel_count(sx_session_map(s)) > 0);
	/* nothing searched yet: no search object, no index written */
	assert_null(s->search);
	assert_false(index_exists("shop"));

	assert_int_equal(sx_session_search(s, &search, &e), 0);
	assert_non_null(search);
	assert_ptr_equal(s->search, search);
	assert_true(index_exists("shop"));
	assert_int_equal(sx_search_size(search), 4);
	/* opened with the map's facts */
	assert_non_null(s->mi);
	assert_int_equal(sx_session_search(s, &again, &e), 0);
	assert_ptr_equal(again, search);

	assert_int_equal(sx_search_query(search, "customers", NULL, &r, &e), 0);
	assert_true(r->n > 0);
	assert_string_equal(r->hits[0].table->name, "customers");
	sx_search_result_free(r);
	sx_session_close(s);
}

/* The TUI's load: catalog first, the map after, on the same session. */
static void test_two_phase(void **state)
{
	sx_session_opts o = {0};
	sx_session *s;
	sx_dbmap *m;
	sx_error e;
	(void)state;
	o.workspace_dir = ws;
	o.map = SX_SESSION_MAP_NONE;
	assert_int_equal(sx_session_open(&s, &o, &e), 0);
	assert_int_equal(sx_session_catalog(s)->ndbs, 2);
	assert_null(sx_session_map(s));
	assert_int_equal(sx_session_load_map(s, &e), 0);
	assert_non_null(m = sx_session_map(s));
	/* loading again keeps the map that is there */
	assert_int_equal(sx_session_load_map(s, &e), 0);
	assert_ptr_equal(sx_session_map(s), m);
	sx_session_close(s);
}

static void test_one_database(void **state)
{
	sx_session_opts o = {0};
	sx_session *s;
	sx_error e;
	(void)state;
	o.workspace_dir = ws;
	o.database = "crm";
	assert_int_equal(sx_session_open(&s, &o, &e), 0);
	assert_int_equal(sx_session_catalog(s)->ndbs, 1);
	assert_string_equal(sx_session_catalog(s)->dbs[0]->name, "crm");
	sx_session_close(s);
	/* a database the workspace does not hold: the store says so */
	o.database = "nope";
	s = (sx_session *)&o; /* must be reset */
	assert_int_equal(sx_session_open(&s, &o, &e), SX_ENOTFOUND);
	assert_null(s);
}

static void test_empty_workspace(void **state)
{
	sx_session_opts o = {0};
	sx_session *s;
	sx_search *search;
	char empty[600];
	sx_error e;
	(void)state;
	snprintf(empty, sizeof empty, "%s/empty", dir);
	o.workspace_dir = empty;
	assert_int_equal(sx_session_open(&s, &o, &e), SX_EEMPTY);
	assert_null(s);
	assert_non_null(strstr(e.msg, "sextant analyze"));
	o.empty_ok = true;
	assert_int_equal(sx_session_open(&s, &o, &e), 0);
	assert_int_equal(sx_session_catalog(s)->ndbs, 0);
	assert_non_null(sx_session_map(s));
	assert_int_equal(sx_session_search(s, &search, &e), 0);
	assert_int_equal(sx_search_size(search), 0);
	sx_session_close(s);
}

/* Without a config the session loads its own and applies the environment
 * to it; the caller's config is used as it is. */
static void test_config(void **state)
{
	sx_session_opts o = {0};
	sx_session *s;
	sx_config *mine;
	char path[600];
	FILE *f;
	sx_error e;
	(void)state;
	snprintf(path, sizeof path, "%s/config.ini", dir);
	assert_non_null(f = fopen(path, "w"));
	fputs("[llm]\nmodel = from-file\nbase_url = http://file.invalid/v1\n", f);
	fclose(f);
	setenv("SEXTANT_LLM_MODEL", "from-env", 1);
	unsetenv("SEXTANT_LLM_BASE_URL");
	unsetenv("OPENAI_BASE_URL");
	o.workspace_dir = ws;
	o.config_path = path;
	o.map = SX_SESSION_MAP_NONE;
	assert_int_equal(sx_session_open(&s, &o, &e), 0);
	assert_string_equal(sx_config_get(sx_session_config(s), "llm", "model", ""), "from-env");
	assert_string_equal(sx_config_get(sx_session_config(s), "llm", "base_url", ""),
			    "http://file.invalid/v1");
	sx_session_close(s);

	assert_int_equal(sx_config_load(&mine, path, &e), 0);
	o.config = mine;
	assert_int_equal(sx_session_open(&s, &o, &e), 0);
	assert_ptr_equal(sx_session_config(s), mine);
	assert_string_equal(sx_config_get(mine, "llm", "model", ""), "from-file");
	sx_session_close(s);
	sx_config_free(mine); /* still the caller's after close */
	unsetenv("SEXTANT_LLM_MODEL");
}

static void test_failures_leave_nothing_open(void **state)
{
	sx_session_opts o = {0};
	sx_session *s;
	char file[600], bad[600];
	FILE *f;
	sx_error e;
	(void)state;
	/* the workspace path is a file */
	snprintf(file, sizeof file, "%s/plain-file", dir);
	assert_non_null(f = fopen(file, "w"));
	fclose(f);
	o.workspace_dir = file;
	assert_int_not_equal(sx_session_open(&s, &o, &e), 0);
	assert_null(s);
	/* a config with a syntax error */
	snprintf(bad, sizeof bad, "%s/bad.ini", dir);
	assert_non_null(f = fopen(bad, "w"));
	fputs("[llm\nmodel\n", f);
	fclose(f);
	o.workspace_dir = ws;
	o.config_path = bad;
	assert_int_equal(sx_session_open(&s, &o, &e), SX_EPARSE);
	assert_null(s);
	sx_session_close(NULL);
}

/* A damaged workspace is flagged for `workspace rebuild` (the CLI offers
 * it on that flag, not on the message); a damaged source is not. */
static void test_damaged_workspace_flagged(void **state)
{
	sx_session_opts o = {0};
	sx_session *s;
	sx_catalog *cat;
	sx_database *db;
	sx_source_opts so = {0};
	char bad[600], file[700];
	FILE *f;
	sx_error e;
	(void)state;
	snprintf(bad, sizeof bad, "%s/damaged", dir);
	assert_int_equal(mkdir(bad, 0700), 0);
	snprintf(file, sizeof file, "%s/workspace.db", bad);
	assert_non_null(f = fopen(file, "w"));
	fputs("this is not a database, it is a sentence long enough to be read as a header", f);
	fclose(f);
	o.workspace_dir = bad;
	assert_int_equal(sx_session_open(&s, &o, &e), SX_ECORRUPT);
	assert_null(s);
	assert_true(e.flags & SX_ERRF_REBUILD);
	/* prefixing keeps the flag; a new error clears it */
	sx_error_prefix(&e, "search");
	assert_true(e.flags & SX_ERRF_REBUILD);
	sx_error_set(&e, SX_EIO, "other");
	assert_int_equal(e.flags, 0);

	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	assert_int_equal(sx_source_introspect(cat, file, &so, &db, &e), SX_ECORRUPT);
	assert_false(e.flags & SX_ERRF_REBUILD);
	sx_catalog_free(cat);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_and_lazy_search),
		cmocka_unit_test(test_two_phase),
		cmocka_unit_test(test_one_database),
		cmocka_unit_test(test_empty_workspace),
		cmocka_unit_test(test_config),
		cmocka_unit_test(test_failures_leave_nothing_open),
		cmocka_unit_test(test_damaged_workspace_flagged),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
