/*
 * test_team_search.c - search vectors on a shared (PostgreSQL) workspace.
 *
 * Client A saves two databases and opens search: it embeds both and
 * publishes the vectors on the shared database. Client B (another local
 * replica) opens search: it embeds nothing, builds both indexes from the
 * shared vectors, and answers exactly as A does; opened again, it loads its
 * local cache and downloads nothing. A re-analyses one database with a
 * changed table: the shared hash of that database changes, and B rebuilds
 * that one from the shared vectors (still embedding nothing). A corrupted
 * and a missing local index file of B are rebuilt from the shared vectors,
 * never fatal.
 *
 * Readers never see half a re-analysis: a writer process re-analyses one
 * database 20 times (two versions in turn), storing catalog and vectors in
 * one transaction as `analyze` does, while a reader opens and searches in
 * a loop, each open in one snapshot. Every open sees one whole version,
 * finds its vectors there (embeds nothing) and answers with that
 * version's tables and scores.
 *
 * The workbench's open (a session that hands its catalog out before the
 * map and the search are in) reads all three in one snapshot: a
 * re-analysis committed right after the catalog was handed out leaves the
 * session on the old version, whose stored vectors it uses (it embeds
 * nothing); the old order (search opened after the snapshot) embeds.
 * Vectors a session stores are recorded under [user] name.
 */
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "sx_test.h"

#include <sextant/catalog.h>
#include <sextant/store.h>
#include <sextant/workspace.h>

#include "search/search_int.h"

#include "../../unit/store/ws_backend.h"

static char dir[512];

static void save(sx_store *st, const char *name, const char *t1, const char *t2, const char *stamp)
{
	sx_catalog *cat;
	sx_database *db;
	sx_schema *s;
	sx_table *t;
	sx_error e = {0};
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	db = sx_catalog_add_database(cat, name, SX_DB_SQLITE);
	db->analysed_at = sx_catalog_str(cat, stamp);
	s = sx_catalog_add_schema(cat, db, "main");
	t = sx_catalog_add_table(cat, s, t1, SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "amount", "numeric");
	t = sx_catalog_add_table(cat, s, t2, SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "title", "text");
	if (sx_store_save_database(st, db, &e))
		fail_msg("save %s: %s", name, e.msg);
	sx_catalog_free(cat);
}

typedef struct opened {
	size_t built, from_shared;
	char note[512];
	char top[64]; /* the best hit of the query */
	double scores[4];
	char names[4][64];
	size_t n;
} opened;

/* Opens search as client `sub`, queries it, and says what open did. */
static void open_search(const char *sub, const char *query, opened *o)
{
	sx_catalog *cat;
	sx_store *st;
	sx_search *s;
	sx_search_src src = {0};
	sx_search_result *r;
	sx_error e = {0};
	size_t i;
	memset(o, 0, sizeof *o);
	if (ws_open_as(&st, dir, sub, &e))
		fail_msg("open %s: %s", sub, e.msg);
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	assert_int_equal(sx_store_load(st, cat, NULL, &e), 0);
	src.cat = cat;
	src.store = st;
	if (sx_search_open(&s, &src, &e))
		fail_msg("search %s: %s", sub, e.msg);
	o->built = sx__search_built(s);
	o->from_shared = sx__search_from_shared(s);
	snprintf(o->note, sizeof o->note, "%s", sx_search_notes(s)[0] ? sx_search_notes(s)[0] : "");
	assert_int_equal(sx_search_query(s, query, NULL, &r, &e), 0);
	assert_true(r->n > 0);
	snprintf(o->top, sizeof o->top, "%s", r->hits[0].table->name);
	for (i = 0; i < r->n && i < 4; i++) {
		o->scores[i] = r->hits[i].score;
		snprintf(o->names[i], sizeof o->names[i], "%s", r->hits[i].table->name);
	}
	o->n = i;
	sx_search_result_free(r);
	sx_search_free(s);
	sx_catalog_free(cat);
	sx_store_close(st);
}

/* The shared hash of a database, and the one client sub's cache holds. */
static void hashes(const char *sub, const char *db, uint64_t *shared, uint64_t *cached)
{
	sx_store *st;
	sx_store_vecset *v = NULL;
	sx_error e = {0};
	cJSON *row = NULL;
	size_t n, i;
	int64_t id;
	sqlite3_stmt *q;
	assert_int_equal(ws_open_as(&st, dir, sub, &e), 0);
	assert_int_equal(sx_store_query_one_json(
	                     st, &row, &e, "SELECT id FROM databases WHERE name = ?", "s", db),
	                 0);
	id = sx_json_int(row, "id", -1);
	cJSON_Delete(row);
	assert_int_equal(sx_store_vectors_list(st, &v, &n, &e), 0);
	*shared = 0;
	for (i = 0; i < n; i++)
		if (v[i].database_id == id)
			*shared = v[i].hash;
	free(v);
	*cached = 0;
	assert_int_equal(
	    sqlite3_prepare_v2(sx_store_db(st),
	                       "SELECT shared_hash FROM embed_index WHERE database_id = ?", -1, &q,
	                       NULL),
	    SQLITE_OK);
	sqlite3_bind_int64(q, 1, id);
	if (sqlite3_step(q) == SQLITE_ROW)
		*cached = (uint64_t)sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	sx_store_close(st);
}

static void test_shared_vectors(void **state)
{
	sx_store *a;
	sx_error e = {0};
	opened oa, ob;
	uint64_t shared, cached, shop_before, hr_before;
	char path[1200];
	size_t i;
	FILE *f;
	(void)state;

	snprintf(dir, sizeof dir, "%s", sx_test_tmpdir("teamsearch"));
	assert_int_equal(ws_open_as(&a, dir, "a", &e), 0);
	save(a, "shop", "payments", "products", "2026-01-01T00:00:00Z");
	save(a, "hr", "salaries", "departments", "2026-01-01T00:00:00Z");
	sx_store_close(a);

	/* A embeds both databases and publishes them */
	open_search("a", "salaries", &oa);
	assert_int_equal(oa.built, 2);
	assert_int_equal(oa.from_shared, 0);
	assert_string_equal(oa.top, "salaries");
	hashes("a", "shop", &shop_before, &cached);
	assert_true(shop_before != 0);
	assert_true(cached == shop_before);
	hashes("a", "hr", &hr_before, &cached);
	assert_true(hr_before != 0 && cached == hr_before);

	/* B embeds nothing: both indexes come from the shared vectors, and it
	 * answers as A does */
	open_search("b", "salaries", &ob);
	assert_int_equal(ob.built, 0);
	assert_int_equal(ob.from_shared, 2);
	assert_string_equal(ob.note, "");
	assert_int_equal(ob.n, oa.n);
	for (i = 0; i < oa.n; i++) {
		assert_string_equal(ob.names[i], oa.names[i]);
		assert_true(ob.scores[i] == oa.scores[i]);
	}
	hashes("b", "shop", &shared, &cached);
	assert_true(shared == shop_before && cached == shop_before);

	/* opened again, B loads its cache: nothing built, nothing downloaded */
	open_search("b", "payments", &ob);
	assert_int_equal(ob.built, 0);
	assert_int_equal(ob.from_shared, 0);
	assert_string_equal(ob.top, "payments");

	/* A re-analyses shop with another table: a new set for shop only */
	assert_int_equal(ws_open_as(&a, dir, "a", &e), 0);
	save(a, "shop", "invoices", "products", "2026-02-01T00:00:00Z");
	sx_store_close(a);
	open_search("a", "invoices", &oa);
	assert_int_equal(oa.built, 1);
	assert_string_equal(oa.top, "invoices");
	hashes("a", "shop", &shared, &cached);
	assert_true(shared != 0 && shared != shop_before && cached == shared);

	/* B's cache of shop is stale: rebuilt from the shared vectors, hr is
	 * loaded from the cache */
	hashes("b", "shop", &shared, &cached);
	assert_true(cached != shared);
	open_search("b", "invoices", &ob);
	assert_int_equal(ob.built, 0);
	assert_int_equal(ob.from_shared, 1);
	assert_string_equal(ob.top, "invoices");
	hashes("b", "shop", &shared, &cached);
	assert_true(cached == shared);
	hashes("b", "hr", &shared, &cached);
	assert_true(shared == hr_before && cached == hr_before);

	/* a damaged cache file and a missing one: rebuilt from the shared
	 * vectors, with a note, never fatal */
	snprintf(path, sizeof path, "%s/b/index/shop.faiss", dir);
	assert_non_null(f = fopen(path, "r+b"));
	fseek(f, -3, SEEK_END);
	fputc(0x5a, f);
	fclose(f);
	snprintf(path, sizeof path, "%s/b/index/hr.faiss", dir);
	assert_int_equal(unlink(path), 0);
	open_search("b", "salaries", &ob);
	assert_int_equal(ob.built, 0);
	assert_int_equal(ob.from_shared, 2);
	assert_non_null(strstr(ob.note, "rebuilt the search index"));
	assert_string_equal(ob.top, "salaries");
	open_search("b", "salaries", &ob);
	assert_int_equal(ob.built + ob.from_shared, 0);

	sx_test_rmrf(dir);
}

/* One re-analysis as `analyze` does it: the catalog and the vectors it
 * embeds in one transaction (sx__search_index_in_tx without the map). */
static int reanalyse(sx_store *st, const char *t1, const char *stamp)
{
	sx_catalog *cat = NULL;
	sx_search *s = NULL;
	sx_search_src src = {0};
	sx_error e = {0};
	int rc;
	if (sx_store_begin(st, &e))
		return 1;
	save(st, "shop", t1, "products", stamp);
	rc = sx_catalog_new(&cat, &e) || sx_store_load(st, cat, NULL, &e);
	if (!rc) {
		src.cat = cat;
		src.store = st;
		rc = sx_search_open(&s, &src, &e) || sx__search_built(s) < 1 ||
		     sx_search_unstored(s) != 0;
	}
	sx_search_free(s);
	sx_catalog_free(cat);
	if (rc) {
		fprintf(stderr, "writer: %s\n", e.msg);
		sx_store_rollback(st);
		return 1;
	}
	return sx_store_commit(st, &e) ? 1 : 0;
}

typedef struct seen {
	int version; /* 1: payments + products, 2: invoices + products */
	size_t built, from_shared, cached;
	char top[64];
	double score;
} seen;

/* One reader open: the catalog, the vectors and the search in one
 * snapshot, then a query for the table that tells the versions apart. */
static void read_once(sx_store *st, seen *o)
{
	sx_catalog *cat;
	sx_search *s;
	sx_search_src src = {0};
	sx_search_result *r;
	sx_database *db;
	sx_error e = {0};
	int snap = sx_store_snapshot_begin(st);
	size_t i;
	bool pay = false, inv = false, prod = false;
	memset(o, 0, sizeof *o);
	assert_true(snap != 0);
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	if (sx_store_load(st, cat, NULL, &e))
		fail_msg("reader load: %s", e.msg);
	assert_int_equal(cat->ndbs, 2);
	db = sx_catalog_find_database(cat, "shop");
	assert_non_null(db);
	assert_int_equal(db->nschemas, 1);
	for (i = 0; i < db->schemas[0]->ntables; i++) {
		const char *n = db->schemas[0]->tables[i]->name;
		pay |= strcmp(n, "payments") == 0;
		inv |= strcmp(n, "invoices") == 0;
		prod |= strcmp(n, "products") == 0;
	}
	/* one whole version of the catalog */
	assert_int_equal(db->schemas[0]->ntables, 2);
	assert_true(prod && (pay != inv));
	o->version = pay ? 1 : 2;
	src.cat = cat;
	src.store = st;
	if (sx_search_open(&s, &src, &e))
		fail_msg("reader search: %s", e.msg);
	sx_store_snapshot_end(st, snap);
	o->built = sx__search_built(s);
	o->from_shared = sx__search_from_shared(s);
	o->cached = 2 - o->built - o->from_shared;
	assert_int_equal(
	    sx_search_query(s, o->version == 1 ? "payments" : "invoices", NULL, &r, &e), 0);
	assert_true(r->n > 0);
	snprintf(o->top, sizeof o->top, "%s", r->hits[0].table->name);
	o->score = r->hits[0].score;
	/* every hit is a table of the catalog this open saw */
	for (i = 0; i < r->n; i++)
		assert_true(r->hits[i].table->schema->db == db ||
		            strcmp(r->hits[i].table->schema->db->name, "hr") == 0);
	sx_search_result_free(r);
	sx_search_free(s);
	sx_catalog_free(cat);
}

/* A fresh workspace in dir: hr, and shop in version 1 (payments) with its
 * vectors; hr's vectors too, embedded by client r's first open. */
static void seed(const char *name)
{
	sx_store *st;
	sx_error e = {0};
	seen o;
	snprintf(dir, sizeof dir, "%s", sx_test_tmpdir(name));
	assert_int_equal(ws_open_as(&st, dir, "w", &e), 0);
	save(st, "hr", "salaries", "departments", "2026-01-01T00:00:00Z");
	assert_int_equal(reanalyse(st, "payments", "2026-01-01T00:00:00Z"), 0);
	sx_store_close(st);
	assert_int_equal(ws_open_as(&st, dir, "r", &e), 0);
	read_once(st, &o);
	sx_store_close(st);
}

static void test_reader_never_sees_half(void **state)
{
	sx_store *st;
	sx_error e = {0};
	pid_t pid;
	int status = -1, rounds = 20, opens = 0, switches = 0, go[2];
	int last = 0;
	double score[3] = {0, 0, 0};
	seen o;
	(void)state;

	seed("teamhalf");

	/* the writer starts once the reader reads, and leaves it a few
	 * milliseconds between rounds (a busy machine could otherwise run
	 * all 20 before the reader's first open) */
	assert_int_equal(pipe(go), 0);
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int i, bad = 0;
		char c;
		close(go[1]);
		if (read(go[0], &c, 1) != 1 || ws_open_as(&st, dir, "w", &e))
			_exit(2);
		for (i = 0; i < rounds && !bad; i++) {
			char stamp[32];
			snprintf(stamp, sizeof stamp, "2026-01-02T00:00:%02dZ", i);
			bad = reanalyse(st, i % 2 ? "payments" : "invoices", stamp);
			usleep(5000);
		}
		sx_store_close(st);
		_exit(bad);
	}
	close(go[0]);
	assert_int_equal(ws_open_as(&st, dir, "r", &e), 0);
	while (waitpid(pid, &status, WNOHANG) == 0) {
		read_once(st, &o);
		if (opens++ == 0) {
			assert_int_equal(write(go[1], "g", 1), 1);
			close(go[1]);
		}
		/* the vectors of the version it saw were there, in its snapshot */
		assert_int_equal(o.built, 0);
		assert_string_equal(o.top, o.version == 1 ? "payments" : "invoices");
		/* the same version always answers with the same score: no mixed set */
		if (score[o.version] == 0)
			score[o.version] = o.score;
		assert_true(o.score == score[o.version]);
		if (last && o.version != last)
			switches++;
		last = o.version;
	}
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	read_once(st, &o);
	assert_int_equal(o.built, 0);
	assert_int_equal(o.version, 1); /* the last round wrote payments */
	sx_store_close(st);
	fprintf(stderr, "reader: %d opens, %d version changes seen during 20 re-analyses\n", opens,
	        switches);
	assert_true(opens > 0);
	assert_true(switches > 0);
	sx_test_rmrf(dir);
}

/* A session as the workbench opens it (sextant/workspace.h), as client
 * sub of the workspace in dir; hook runs once the catalog is in. */
static int tui_session(sx_session **out, const char *sub, const sx_config *cfg, bool old_order,
                       void (*hook)(sx_session *, void *), sx_error *e)
{
	sx_session_opts o = {0};
	const char *url = ws_pg_url();
	char schema[64], local[1100];
	int rc;
	if (url) {
		ws_schema(dir, schema, sizeof schema);
		snprintf(local, sizeof local, "%s/%s", dir, sub);
		setenv("SEXTANT_LOCAL_DIR", local, 1);
		setenv("SEXTANT_WORKSPACE_SCHEMA", schema, 1);
	}
	o.workspace_dir = url ? url : dir;
	o.config = cfg;
	o.empty_ok = true;
	if (old_order) {
		/* the workbench's open before: the map and the search later */
		o.map = SX_SESSION_MAP_NONE;
		rc = sx_session_open(out, &o, e);
		if (!rc && hook)
			hook(*out, NULL);
		return rc || (rc = sx_session_load_map(*out, e)) ? rc : 0;
	}
	o.map = SX_SESSION_MAP_OPTIONAL;
	o.search = true;
	o.search_optional = true;
	o.on_catalog = hook;
	return sx_session_open(out, &o, e);
}

static int hook_calls;

/* Another client commits a re-analysis of shop (version 2) while the
 * session is between its catalog and its map. */
static void reanalyse_between(sx_session *s, void *arg)
{
	sx_store *w;
	sx_error e = {0};
	(void)arg;
	hook_calls++;
	assert_non_null(sx_session_catalog(s));
	assert_int_equal(ws_open_as(&w, dir, "w", &e), 0);
	assert_int_equal(
	    reanalyse(w, hook_calls % 2 ? "invoices" : "payments",
	              hook_calls % 2 ? "2026-03-01T00:00:00Z" : "2026-03-02T00:00:00Z"),
	    0);
	sx_store_close(w);
}

/* Which version of shop the session's catalog holds, and its search's
 * best hit for that version's table. */
static int tui_version(sx_session *s, char *top, size_t n, size_t *built)
{
	sx_catalog *cat = sx_session_catalog(s);
	sx_database *db = sx_catalog_find_database(cat, "shop");
	sx_search *search;
	sx_search_result *r;
	sx_error e = {0};
	int v;
	size_t i;
	assert_non_null(db);
	v = 0;
	for (i = 0; i < db->schemas[0]->ntables; i++) {
		if (strcmp(db->schemas[0]->tables[i]->name, "payments") == 0)
			v = 1;
		if (strcmp(db->schemas[0]->tables[i]->name, "invoices") == 0)
			v = 2;
	}
	if (sx_session_search(s, &search, &e))
		fail_msg("session search: %s", e.msg);
	*built = sx__search_built(search);
	assert_int_equal(sx_search_query(search, v == 1 ? "payments" : "invoices", NULL, &r, &e),
	                 0);
	assert_true(r->n > 0);
	snprintf(top, n, "%s", r->hits[0].table->name);
	sx_search_result_free(r);
	return v;
}

static void test_tui_open_one_snapshot(void **state)
{
	sx_store *st;
	sx_session *s;
	sx_error e = {0};
	sx_config *cfg;
	cJSON *row = NULL;
	char top[64];
	size_t built;
	(void)state;

	seed("teamtui");
	assert_int_equal(sx_config_load_string(&cfg, "[user]\nname = carol\n", &e), 0);

	/* the workbench's open: version 2 commits after the catalog (version
	 * 1) is out; the map and the search are read in the same snapshot */
	hook_calls = 0;
	if (tui_session(&s, "r", cfg, false, reanalyse_between, &e))
		fail_msg("tui open: %s", e.msg);
	assert_int_equal(hook_calls, 1);
	assert_int_equal(tui_version(s, top, sizeof top, &built), 1);
	assert_int_equal(built, 0); /* version 1's stored vectors */
	assert_string_equal(top, "payments");
	sx_session_close(s);
	/* the next open sees version 2 whole, with its vectors */
	assert_int_equal(tui_session(&s, "r", cfg, false, NULL, &e), 0);
	assert_int_equal(tui_version(s, top, sizeof top, &built), 2);
	assert_int_equal(built, 0);
	assert_string_equal(top, "invoices");
	sx_session_close(s);

	/* the old order, for contrast: the search opened after the snapshot
	 * finds vectors of a catalog it does not hold, and embeds shop (a
	 * new client: no local index cache of version 2 to fall back on) */
	hook_calls = 1; /* the hook writes version 1 back */
	assert_int_equal(tui_session(&s, "r2", cfg, true, reanalyse_between, &e), 0);
	assert_int_equal(tui_version(s, top, sizeof top, &built), 2);
	assert_int_equal(built, 1);
	sx_session_close(s);

	/* a database saved without vectors: the session embeds it and
	 * stores its vectors, recorded under [user] name, not the login */
	assert_int_equal(ws_open_as(&st, dir, "w", &e), 0);
	save(st, "crm", "customers", "contacts", "2026-01-01T00:00:00Z");
	sx_store_close(st);
	assert_int_equal(tui_session(&s, "r", cfg, false, NULL, &e), 0);
	assert_int_equal(tui_version(s, top, sizeof top, &built), 1);
	assert_true(built >= 1); /* crm (a new corpus may renew the others) */
	sx_session_close(s);
	assert_int_equal(ws_open_as(&st, dir, "w", &e), 0);
	assert_int_equal(sx_store_query_one_json(st, &row, &e,
	                                         "SELECT v.built_by AS who FROM shared_vectors v"
	                                         " JOIN databases d ON d.id = v.database_id"
	                                         " WHERE d.name = ?",
	                                         "s", "crm"),
	                 0);
	assert_string_equal(sx_json_str(row, "who", ""), "carol");
	cJSON_Delete(row);
	sx_store_close(st);
	sx_config_free(cfg);
	sx_test_rmrf(dir);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_shared_vectors),
	    cmocka_unit_test(test_reader_never_sees_half),
	    cmocka_unit_test(test_tui_open_one_snapshot),
	};
	const struct CMUnitTest local[] = {
	    cmocka_unit_test(test_reader_never_sees_half),
	    cmocka_unit_test(test_tui_open_one_snapshot),
	};
	/* "sqlite": the same reader and writer on one local workspace file */
	if (argc > 1 && strcmp(argv[1], "sqlite") == 0) {
		unsetenv("SX_PG_ENV");
		return cmocka_run_group_tests(local, NULL, NULL);
	}
	if (!ws_pg_url()) {
		fprintf(stderr, "no PostgreSQL server (SX_PG_ENV): start the pg_server fixture\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
