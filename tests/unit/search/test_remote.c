/*
 * test_remote.c - the remote embedder against the OpenAI-protocol fixture
 * server (tests/fixtures/openai_fixture.py; not a model, it hashes texts
 * into vectors): tables are embedded remotely and cached in the workspace;
 * with the endpoint unreachable the search falls back to local vectors
 * with a warning and still answers.
 */
#include <signal.h>
#include <sys/wait.h>
#include <time.h>

#include "sx_test.h"

#include <sqlite3.h>

#include "search/search_int.h"

static pid_t fixture;
static char port[16];
static char dir[512];

static int start_fixture(void **state)
{
	char script[600], portfile[600];
	FILE *f;
	int i;
	(void)state;
	snprintf(dir, sizeof dir, "%s", sx_test_tmpdir("remote"));
	snprintf(script, sizeof script, "%s/script.json", dir);
	snprintf(portfile, sizeof portfile, "%s/port", dir);
	if (!(f = fopen(script, "w")))
		return -1;
	fputs("{\"embed_dim\": 16}\n", f);
	fclose(f);
	if ((fixture = fork()) == 0) {
		char path[600];
		snprintf(path, sizeof path, "%s/tests/fixtures/openai_fixture.py", getenv("SX_SOURCE_DIR"));
		freopen("/dev/null", "w", stdout);
		execlp("python3", "python3", path, "--script", script, "--port-file", portfile,
		       (char *)NULL);
		_exit(127);
	}
	for (i = 0; i < 100; i++) { /* up to 5 s */
		struct timespec ts = {0, 50000000};
		if ((f = fopen(portfile, "r"))) {
			bool ok = fgets(port, sizeof port, f) != NULL;
			fclose(f);
			if (ok) {
				port[strcspn(port, "\n")] = '\0';
				return 0;
			}
		}
		nanosleep(&ts, NULL);
	}
	return -1;
}

static int stop_fixture(void **state)
{
	(void)state;
	if (fixture > 0) {
		kill(fixture, SIGTERM);
		waitpid(fixture, NULL, 0);
	}
	sx_test_rmrf(dir);
	return 0;
}

static sx_catalog *catalog(void)
{
	sx_catalog *cat;
	sx_error e;
	sx_database *db;
	sx_schema *s;
	sx_table *t;
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	db = sx_catalog_add_database(cat, "shop", SX_DB_SQLITE);
	db->analysed_at = sx_catalog_str(cat, "2026-01-01T00:00:00Z");
	s = sx_catalog_add_schema(cat, db, "main");
	t = sx_catalog_add_table(cat, s, "payments", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "amount", "numeric");
	t = sx_catalog_add_table(cat, s, "customers", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "email", "text");
	return cat;
}

static sx_config *remote_config(const char *base)
{
	sx_config *cfg;
	sx_error e;
	char text[512];
	snprintf(text, sizeof text,
		 "[embed]\nprovider = remote\n[llm]\nprovider = openai\nbase_url = %s\n"
		 "embed_model = fixture-embed\nretries = 0\n",
		 base);
	assert_int_equal(sx_config_load_string(&cfg, text, &e), 0);
	return cfg;
}

static void search_one(sx_config *cfg, sx_store *st, const char *expect_note)
{
	sx_catalog *cat = catalog();
	sx_search_src src = {0};
	sx_search *s;
	sx_search_result *r;
	sx_error e;
	const char *const *n;
	bool noted = false;
	src.cat = cat;
	src.config = cfg;
	src.store = st;
	if (st) {
		/* the catalog must be in the workspace for the id map */
		assert_int_equal(sx_store_save_database(st, cat->dbs[0], &e), 0);
	}
	assert_int_equal(sx_search_open(&s, &src, &e), 0);
	for (n = sx_search_notes(s); *n; n++)
		noted |= expect_note && strstr(*n, expect_note) != NULL;
	if (expect_note)
		assert_true(noted);
	else
		assert_null(sx_search_notes(s)[0]);
	/* BM25 carries the ranking whatever the vectors are */
	assert_int_equal(sx_search_query(s, "payments", NULL, &r, &e), 0);
	assert_true(r->n >= 1);
	assert_string_equal(r->hits[0].table->name, "payments");
	sx_search_result_free(r);
	sx_search_free(s);
	sx_catalog_free(cat);
}

static void test_remote_and_cache(void **state)
{
	char base[64], ws[600];
	sx_config *cfg;
	sx_store *st;
	sx_error e;
	sqlite3_int64 cached = 0;
	struct sqlite3_stmt *q;
	(void)state;
	snprintf(base, sizeof base, "http://127.0.0.1:%s/v1", port);
	cfg = remote_config(base);
	snprintf(ws, sizeof ws, "%s/ws", dir);
	assert_int_equal(sx_store_open(&st, ws, &e), 0);
	search_one(cfg, st, NULL);
	/* both tables' vectors are in the workspace cache now */
	assert_int_equal(sqlite3_prepare_v2(sx_store_db(st), "SELECT count(*) FROM embed_cache", -1,
					    &q, NULL),
			 0);
	if (sqlite3_step(q) == SQLITE_ROW)
		cached = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	assert_int_equal(cached, 2);
	sx_store_close(st);
	sx_config_free(cfg);
}

static void test_fallback(void **state)
{
	sx_config *cfg;
	(void)state;
	/* port 9 on localhost: nothing listens, the connection is refused */
	cfg = remote_config("http://127.0.0.1:9/v1");
	search_one(cfg, NULL, "using the local embedder");
	sx_config_free(cfg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_remote_and_cache),
		cmocka_unit_test(test_fallback),
	};
	return cmocka_run_group_tests(tests, start_fixture, stop_fixture);
}
