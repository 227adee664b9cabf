/*
 * test_store_backends.c - the store suite that runs on both backends
 * (ws_backend.h): catalog round trip seen by a second client, re-analysis
 * replacing a database, meta, shared module migrations and the query
 * helpers, transactions and savepoints, a failing statement inside a
 * transaction, decisions (last wins, all logged with who), forgetting a
 * database, search vector sets (canonical little-endian bytes, their
 * hash, replaced whole, gone with a re-analysis, rolled back with their
 * transaction), and copying a workspace into another (push/pull) with its
 * vector sets.
 */
#include "sx_test.h"

#include <sextant/catalog.h>
#include <sextant/store.h>

#include "ws_backend.h"

static sx_database *build_db(sx_catalog *cat, const char *name, int ntables)
{
	sx_database *db = sx_catalog_add_database(cat, name, SX_DB_POSTGRES);
	sx_schema *s = sx_catalog_add_schema(cat, db, "public");
	const char *pk[] = {"id"}, *fkc[] = {"parent_id"}, *ref[] = {"id"};
	char tname[32];
	db->dsn = sx_catalog_str(cat, "postgresql://u@h/db");
	db->server_version = sx_catalog_str(cat, "15.4");
	db->analysed_at = sx_catalog_str(cat, "2026-01-02T03:04:05Z");
	sx_catalog_add_warning(cat, db, "schema 'secret' skipped");
	for (int i = 0; i < ntables; i++) {
		sx_table *t;
		sx_column *c;
		snprintf(tname, sizeof tname, "t%d", i);
		t = sx_catalog_add_table(cat, s, tname, SX_REL_TABLE);
		t->comment = sx_catalog_str(cat, "таблица");
		t->row_count = i * 10;
		c = sx_catalog_add_column(cat, t, "id", "bigint");
		c->nullable = false;
		c = sx_catalog_add_column(cat, t, "parent_id", "numeric(10,2)");
		c->comment = sx_catalog_str(cat, "it's \"quoted\"");
		sx_catalog_set_pk(cat, t, "pk", 1, pk);
		if (i > 0)
			sx_catalog_add_fk(cat, t, "fk", 1, fkc, "public", "t0", ref);
		if (i == 3)
			sx_catalog_add_partition(cat, t, "t3_p2022_05",
						 "FOR VALUES FROM ('2022-05-01') TO ('2022-06-01')");
	}
	return db;
}

static size_t ntables(sx_store *st, const char *name)
{
	sx_catalog *cat;
	sx_error err = {0};
	size_t n = 0, s;
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	if (sx_store_load(st, cat, name, &err) == 0)
		for (s = 0; s < cat->dbs[0]->nschemas; s++)
			n += cat->dbs[0]->schemas[s]->ntables;
	sx_catalog_free(cat);
	return n;
}

static void test_catalog_two_clients(void **state)
{
	const char *dir = sx_test_tmpdir("stb");
	sx_store *a, *b;
	sx_catalog *cat, *got;
	sx_error err = {0};
	sx_table *t;
	(void)state;
	assert_int_equal(ws_open_as(&a, dir, "a", &err), 0);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	assert_int_equal(sx_store_save_database(a, build_db(cat, "shop", 5), &err), 0);
	assert_true(cat->dbs[0]->id > 0);
	/* a second client (its own replica) sees the same catalog */
	assert_int_equal(ws_open_as(&b, dir, "b", &err), 0);
	assert_int_equal(sx_catalog_new(&got, &err), 0);
	assert_int_equal(sx_store_load(b, got, "shop", &err), 0);
	assert_int_equal(got->ndbs, 1);
	assert_int_equal(got->dbs[0]->id, cat->dbs[0]->id);
	assert_int_equal(got->dbs[0]->nwarnings, 1);
	assert_int_equal(got->dbs[0]->schemas[0]->ntables, 5);
	t = got->dbs[0]->schemas[0]->tables[3];
	assert_string_equal(t->name, "t3");
	assert_string_equal(t->comment, "таблица");
	assert_int_equal(t->row_count, 30);
	assert_int_equal(t->ncols, 2);
	assert_string_equal(t->cols[1].type, "numeric(10,2)");
	assert_string_equal(t->cols[1].comment, "it's \"quoted\"");
	assert_false(t->cols[0].nullable);
	assert_int_equal(t->pk.ncols, 1);
	assert_int_equal(t->nfks, 1);
	assert_string_equal(t->fks[0].ref_table, "t0");
	assert_int_equal(t->nparts, 1);
	assert_string_equal(t->parts[0].name, "t3_p2022_05");
	assert_string_equal(t->parts[0].bound, "FOR VALUES FROM ('2022-05-01') TO ('2022-06-01')");
	sx_catalog_free(got);
	/* re-analysis replaces: the other client sees the new one */
	sx_catalog_free(cat);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	assert_int_equal(sx_store_save_database(b, build_db(cat, "shop", 2), &err), 0);
	assert_int_equal(ntables(a, "shop"), 2);
	assert_int_equal(ntables(b, "shop"), 2);
	/* a save that fails half way (a duplicate table breaks the unique
	 * name) leaves the previous analysis, and the store usable */
	{
		sx_catalog *bad;
		sx_database *bdb;
		assert_int_equal(sx_catalog_new(&bad, &err), 0);
		bdb = build_db(bad, "shop", 700);
		sx_catalog_add_table(bad, bdb->schemas[0], "t650", SX_REL_TABLE);
		assert_int_not_equal(sx_store_save_database(a, bdb, &err), 0);
		assert_false(sx_store_in_transaction(a));
		sx_catalog_free(bad);
		assert_int_equal(ntables(a, "shop"), 2);
		assert_int_equal(ntables(b, "shop"), 2);
	}
	/* forgetting */
	assert_int_equal(sx_store_delete_database(a, "shop", &err), 0);
	assert_int_equal(ntables(b, "shop"), 0);
	assert_int_equal(sx_store_delete_database(b, "shop", &err), SX_ENOTFOUND);
	sx_catalog_free(cat);
	sx_store_close(a);
	sx_store_close(b);
	sx_test_rmrf(dir);
}

static void test_meta_and_helpers(void **state)
{
	static const char *const steps[] = {
		"CREATE TABLE notes(id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, n INTEGER,"
		" x REAL)",
		"ALTER TABLE notes ADD COLUMN extra TEXT",
	};
	const char *dir = sx_test_tmpdir("stb");
	sx_store *st;
	sx_error err = {0};
	cJSON *rows, *row;
	char *v;
	int64_t changed = -1;
	(void)state;
	assert_int_equal(ws_open(&st, dir, &err), 0);
	assert_int_equal(sx_store_meta_set(st, "k", "one", &err), 0);
	assert_int_equal(sx_store_meta_set(st, "k", "two", &err), 0);
	assert_int_equal(sx_store_meta_get(st, "k", &v, &err), 0);
	assert_string_equal(v, "two");
	free(v);
	assert_int_equal(sx_store_meta_get(st, "nope", &v, &err), SX_ENOTFOUND);

	assert_int_equal(sx_store_migrate_shared(st, "notes", steps, 1, &err), 0);
	assert_int_equal(sx_store_migrate_shared(st, "notes", steps, 2, &err), 0);
	assert_int_equal(sx_store_migrate_shared(st, "notes", steps, 1, &err), SX_EUNSUPPORTED);
	assert_int_equal(sx_store_exec_bind(st, &changed, &err,
					    "INSERT INTO notes(k, n, x, extra) VALUES(?, ?, ?, ?)",
					    "sldn", "a", (int64_t)5000000000LL, 1.5),
			 0);
	assert_int_equal(changed, 1);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err,
					    "INSERT INTO notes(k, n) VALUES(?1, ?2), (?1 || 'b', ?2 + 1)",
					    "si", "q", 7),
			 0);
	assert_int_equal(sx_store_query_json(st, &rows, &err,
					     "SELECT k, n, x, extra FROM notes WHERE n > ? ORDER BY k",
					     "i", 6),
			 0);
	assert_int_equal(cJSON_GetArraySize(rows), 3);
	row = cJSON_GetArrayItem(rows, 0);
	assert_string_equal(sx_json_str(row, "k", ""), "a");
	assert_true(sx_json_int(row, "n", 0) == 5000000000LL);
	assert_true(sx_json_num(row, "x", 0) == 1.5);
	assert_true(cJSON_IsNull(cJSON_GetObjectItem(row, "extra")));
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(rows, 2), "k", ""), "qb");
	assert_int_equal(sx_json_int(cJSON_GetArrayItem(rows, 2), "n", 0), 8);
	cJSON_Delete(rows);
	assert_int_equal(sx_store_exec_bind(st, &changed, &err,
					    "UPDATE notes SET extra = ? WHERE n >= ?", "si", "z", 7),
			 0);
	assert_int_equal(changed, 3);
	assert_int_equal(sx_store_query_one_json(st, &row, &err, "SELECT k FROM notes WHERE k = ?",
						 "s", "missing"),
			 SX_ENOTFOUND);
	assert_int_equal(sx_store_query_json(st, &rows, &err, "SELECT k FROM notes WHERE k = ?",
					     "ss", "a", "b"),
			 SX_EINVAL);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

static int64_t nrows(sx_store *st)
{
	sx_error err = {0};
	cJSON *row;
	int64_t n;
	assert_int_equal(sx_store_query_one_json(st, &row, &err, "SELECT count(*) AS n FROM kv", ""),
			 0);
	n = sx_json_int(row, "n", -1);
	cJSON_Delete(row);
	return n;
}

static void test_transactions(void **state)
{
	static const char *const steps[] = {"CREATE TABLE kv(k TEXT PRIMARY KEY, v TEXT)"};
	const char *dir = sx_test_tmpdir("stb");
	sx_store *st, *other;
	sx_error err = {0};
	(void)state;
	assert_int_equal(ws_open_as(&st, dir, "a", &err), 0);
	assert_int_equal(ws_open_as(&other, dir, "b", &err), 0);
	assert_int_equal(sx_store_migrate_shared(st, "kv", steps, 1, &err), 0);
	assert_int_equal(sx_store_migrate_shared(other, "kv", steps, 1, &err), 0);

	/* rollback undoes */
	assert_int_equal(sx_store_begin(st, &err), 0);
	assert_true(sx_store_in_transaction(st));
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO kv VALUES(?, ?)", "ss", "a",
					    "1"),
			 0);
	sx_store_rollback(st);
	assert_false(sx_store_in_transaction(st));
	assert_int_equal(nrows(st), 0);

	/* a savepoint undoes only its part; a failing statement leaves the
	 * transaction usable; the other client sees nothing before commit */
	assert_int_equal(sx_store_begin(st, &err), 0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO kv VALUES('a', '1')", ""),
			 0);
	assert_int_equal(sx_store_savepoint(st, "inner", &err), 0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO kv VALUES('b', '2')", ""),
			 0);
	sx_store_rollback_to(st, "inner");
	assert_true(sx_store_in_transaction(st));
	assert_int_not_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO kv VALUES('a', 'x')",
						""),
			     0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO kv VALUES('c', '3')", ""),
			 0);
	if (sx_store_is_shared(st))
		assert_int_equal(nrows(other), 0);
	assert_int_equal(sx_store_commit(st, &err), 0);
	assert_int_equal(nrows(st), 2);
	assert_int_equal(nrows(other), 2);

	/* a savepoint outside a transaction starts one; its release commits */
	assert_int_equal(sx_store_savepoint(st, "solo", &err), 0);
	assert_true(sx_store_in_transaction(st));
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO kv VALUES('d', '4')", ""),
			 0);
	assert_int_equal(sx_store_release(st, "solo", &err), 0);
	assert_false(sx_store_in_transaction(st));
	assert_int_equal(nrows(other), 3);

	/* nesting-aware form inside a caller's transaction */
	assert_int_equal(sx_store_begin(st, &err), 0);
	assert_int_equal(sx_store_tx_begin(st, "mod", &err), 0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO kv VALUES('e', '5')", ""),
			 0);
	sx_store_tx_rollback(st, "mod", true);
	assert_int_equal(sx_store_commit(st, &err), 0);
	assert_int_equal(nrows(st), 3);
	assert_int_equal(sx_store_savepoint(st, "bad name!", &err), SX_EINVAL);
	sx_store_close(st);
	sx_store_close(other);
	sx_test_rmrf(dir);
}

static void test_decisions(void **state)
{
	const char *dir = sx_test_tmpdir("stb");
	sx_store *a, *b;
	sx_error err = {0};
	cJSON *rows, *log;
	(void)state;
	assert_int_equal(ws_open_as(&a, dir, "a", &err), 0);
	assert_int_equal(ws_open_as(&b, dir, "b", &err), 0);
	sx_store_set_user(a, "alice");
	sx_store_set_user(b, "bob");
	assert_string_equal(sx_store_user(a), "alice");
	assert_int_equal(sx_store_decide(a, "shop", "o(c)->c(id)", "r1", "accepted", &err), 0);
	assert_int_equal(sx_store_decide(b, "shop", "o(c)->c(id)", "r1", "rejected", &err), 0);
	assert_int_equal(sx_store_decide(b, "shop", "x(y)->z(id)", "r2", "accepted", &err), 0);
	assert_int_equal(sx_store_decide(a, "shop", "x(y)->z(id)", "r2", NULL, &err), 0);
	assert_int_equal(sx_store_decide(a, "shop", "x", "r3", "maybe", &err), SX_EINVAL);
	/* the last decision wins; the withdrawn one is gone */
	assert_int_equal(sx_store_decisions(a, &rows, &err), 0);
	assert_int_equal(cJSON_GetArraySize(rows), 1);
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(rows, 0), "status", ""), "rejected");
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(rows, 0), "decided_by", ""), "bob");
	cJSON_Delete(rows);
	/* every decision is logged, with who */
	assert_int_equal(sx_store_decision_log(b, "shop", 0, &log, &err), 0);
	assert_int_equal(cJSON_GetArraySize(log), 4);
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(log, 0), "decided_by", ""), "alice");
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(log, 1), "decided_by", ""), "bob");
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(log, 3), "status", ""), "proposed");
	cJSON_Delete(log);
	assert_int_equal(sx_store_decision_log(b, "other", 0, &log, &err), 0);
	assert_int_equal(cJSON_GetArraySize(log), 0);
	cJSON_Delete(log);
	sx_store_close(a);
	sx_store_close(b);
	sx_test_rmrf(dir);
}

/* A local SQLite workspace copied into this backend's and back again. */
/* A set of two 2-d vectors, {1, -2} and {0.5, 0}, in canonical bytes. */
static const unsigned char vec_bytes[16] = {
    0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0xc0, /* 1.0f, -2.0f */
    0x00, 0x00, 0x00, 0x3f, 0x00, 0x00, 0x00, 0x00, /* 0.5f, 0.0f */
};
static const unsigned char doc_bytes[] = "\x06\x00public\x02\x00t0\x00\x00\x00\x00"
                                         "\x06\x00public\x02\x00t1\x03\x00\x00\x00x\t1";

static void make_set(sx_store_vecset *v, int64_t dbid)
{
	memset(v, 0, sizeof *v);
	v->database_id = dbid;
	v->vec_key = 0x0102030405060708ULL;
	v->terms_key = 0xfedcba9876543210ULL; /* beyond 2^63: stored signed */
	v->dim = 2;
	v->count = 2;
	v->corpus_docs = 2;
	snprintf(v->kind, sizeof v->kind, "flat");
	v->vectors = (unsigned char *)vec_bytes;
	v->vectors_len = sizeof vec_bytes;
	v->docs = (unsigned char *)doc_bytes;
	v->docs_len = sizeof doc_bytes - 1;
	v->hash = sx_store_vecset_hash(v);
}

/* The documented hash, computed here independently: FNV-1a 64 over
 * "sxvec2", vec_key as 8 bytes little-endian, the vectors, the docs. */
static uint64_t fnv_expected(const sx_store_vecset *v)
{
	uint64_t h = 1469598103934665603ULL;
	const char *tag = "sxvec2";
	size_t i;
	for (i = 0; tag[i]; i++)
		h = (h ^ (unsigned char)tag[i]) * 1099511628211ULL;
	for (i = 0; i < 8; i++)
		h = (h ^ ((v->vec_key >> (8 * i)) & 0xff)) * 1099511628211ULL;
	for (i = 0; i < v->vectors_len; i++)
		h = (h ^ v->vectors[i]) * 1099511628211ULL;
	for (i = 0; i < v->docs_len; i++)
		h = (h ^ v->docs[i]) * 1099511628211ULL;
	return h;
}

static void assert_same_set(const sx_store_vecset *got, const sx_store_vecset *want)
{
	assert_true(got->hash == want->hash);
	assert_true(got->vec_key == want->vec_key);
	assert_true(got->terms_key == want->terms_key);
	assert_int_equal(got->dim, 2);
	assert_int_equal(got->count, 2);
	assert_string_equal(got->kind, "flat");
	assert_int_equal(got->vectors_len, sizeof vec_bytes);
	assert_memory_equal(got->vectors, vec_bytes, sizeof vec_bytes);
	assert_int_equal(got->docs_len, sizeof doc_bytes - 1);
	assert_memory_equal(got->docs, doc_bytes, sizeof doc_bytes - 1);
	assert_true(sx_store_vecset_hash(got) == got->hash);
}

static int64_t db_id(sx_store *st, const char *name)
{
	cJSON *row = NULL;
	sx_error err = {0};
	int64_t id;
	assert_int_equal(sx_store_query_one_json(
	                     st, &row, &err, "SELECT id FROM databases WHERE name = ?", "s", name),
	                 0);
	id = sx_json_int(row, "id", -1);
	cJSON_Delete(row);
	return id;
}

static void test_vectors(void **state)
{
	char dir[512];
	sx_store *a, *b;
	sx_catalog *cat;
	sx_error err = {0};
	sx_store_vecset v, got, *list = NULL;
	bool found = false;
	size_t n = 0;
	float f;
	static const unsigned char le_one[4] = {0x00, 0x00, 0x80, 0x3f};
	(void)state;
	snprintf(dir, sizeof dir, "%s", sx_test_tmpdir("stv"));
	assert_int_equal(ws_open_as(&a, dir, "a", &err), 0);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	assert_int_equal(sx_store_save_database(a, build_db(cat, "shop", 2), &err), 0);
	make_set(&v, cat->dbs[0]->id);
	/* the bytes are little-endian floats, the hash the documented one */
	memcpy(&f, le_one, 4);
	if (f == 1.0f) { /* a little-endian host reads them as they are */
		const float host[4] = {1.0f, -2.0f, 0.5f, 0.0f};
		assert_memory_equal(vec_bytes, host, 16);
	}
	assert_true(v.hash == fnv_expected(&v));
	assert_int_equal(sx_store_vectors_put(a, &v, &err), 0);

	/* another client reads them byte for byte */
	assert_int_equal(ws_open_as(&b, dir, "b", &err), 0);
	assert_int_equal(sx_store_vectors_list(b, &list, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_true(list[0].database_id == db_id(b, "shop"));
	assert_true(list[0].hash == v.hash && list[0].terms_key == v.terms_key);
	free(list);
	assert_int_equal(sx_store_vectors_get(b, db_id(b, "shop"), &got, &found, &err), 0);
	assert_true(found);
	assert_same_set(&got, &v);
	sx_store_vecset_release(&got);

	/* replaced whole (one row per database) */
	v.vec_key = 42;
	v.hash = sx_store_vecset_hash(&v);
	assert_int_equal(sx_store_vectors_put(a, &v, &err), 0);
	assert_int_equal(sx_store_vectors_list(b, &list, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_true(list[0].vec_key == 42 && list[0].hash == v.hash);
	free(list);

	/* a set stored in a transaction that rolls back is not there */
	assert_int_equal(sx_store_begin(a, &err), 0);
	assert_int_equal(sx_store_save_database(a, cat->dbs[0], &err), 0);
	make_set(&v, cat->dbs[0]->id);
	assert_int_equal(sx_store_vectors_put(a, &v, &err), 0);
	sx_store_rollback(a);
	assert_int_equal(sx_store_vectors_list(b, &list, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_true(list[0].vec_key == 42); /* the committed one */
	free(list);

	/* re-analysis (new ids) drops the old set with the old catalog */
	assert_int_equal(sx_store_save_database(a, cat->dbs[0], &err), 0);
	assert_int_equal(sx_store_vectors_get(b, db_id(b, "shop"), &got, &found, &err), 0);
	assert_false(found);
	assert_int_equal(sx_store_vectors_list(b, &list, &n, &err), 0);
	assert_int_equal(n, 0);
	free(list);

	sx_catalog_free(cat);
	sx_store_close(a);
	sx_store_close(b);
	sx_test_rmrf(dir);
}

static void test_copy(void **state)
{
	char dir[512], ldir[512], back[512];
	sx_store *local, *ws, *again;
	sx_catalog *cat;
	sx_error err = {0};
	sx_run_info info = {"copy me", NULL, "builtin", NULL, 8.0};
	char id[SX_RUN_ID_SIZE];
	cJSON *rep, *run;
	(void)state;
	/* sx_test_tmpdir returns a static buffer */
	snprintf(dir, sizeof dir, "%s", sx_test_tmpdir("stb"));
	snprintf(ldir, sizeof ldir, "%s", sx_test_tmpdir("stl"));
	snprintf(back, sizeof back, "%s", sx_test_tmpdir("stk"));
	assert_int_equal(sx_store_open(&local, ldir, &err), 0);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	assert_int_equal(sx_store_save_database(local, build_db(cat, "shop", 3), &err), 0);
	assert_int_equal(sx_store_decide(local, "shop", "k", "r1", "accepted", &err), 0);
	assert_int_equal(sx_history_run_create(local, &info, id, &err), 0);
	assert_int_equal(sx_history_event(local, id, "start", NULL, NULL, "{}", NULL, &err), 0);
	assert_int_equal(sx_store_exec_bind(local, NULL, &err,
					    "INSERT INTO run_lineage(run_id, target, sources,"
					    " expression) VALUES(?, 'dw.f.total', ?, 'sum(x)')",
					    "ss", id, "[\"public.t1.parent_id\"]"),
			 0);
	{
		sx_store_vecset v;
		make_set(&v, cat->dbs[0]->id);
		assert_int_equal(sx_store_vectors_put(local, &v, &err), 0);
	}
	assert_int_equal(ws_open(&ws, dir, &err), 0);
	assert_int_equal(sx_store_copy(local, ws, &rep, &err), 0);
	assert_int_equal(sx_json_int(rep, "databases", 0), 1);
	assert_int_equal(sx_json_int(rep, "vector_sets", 0), 1);
	assert_int_equal(sx_json_int(rep, "decisions", 0), 1);
	assert_int_equal(sx_json_int(rep, "runs", 0), 1);
	cJSON_Delete(rep);
	/* copying again adds no run twice */
	assert_int_equal(sx_store_copy(local, ws, &rep, &err), 0);
	assert_int_equal(sx_json_int(rep, "runs", -1), 0);
	cJSON_Delete(rep);
	assert_int_equal(ntables(ws, "shop"), 3);
	assert_int_equal(sx_history_get_run(ws, id, true, &run, &err), 0);
	assert_string_equal(sx_json_str(run, "intent", ""), "copy me");
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(run, "events")), 1);
	cJSON_Delete(run);
	/* and back into a fresh local one */
	assert_int_equal(sx_store_open(&again, back, &err), 0);
	assert_int_equal(sx_store_copy(ws, again, &rep, &err), 0);
	cJSON_Delete(rep);
	assert_int_equal(ntables(again, "shop"), 3);
	/* the vector set went there and back: same bytes and hash, each
	 * time under the target's id of the database */
	{
		sx_store_vecset want, got;
		sx_store *hop[2] = {ws, again};
		bool found = false;
		int h;
		make_set(&want, 0);
		for (h = 0; h < 2; h++) {
			assert_int_equal(
			    sx_store_vectors_get(hop[h], db_id(hop[h], "shop"), &got, &found, &err),
			    0);
			assert_true(found);
			assert_true(got.database_id == db_id(hop[h], "shop"));
			assert_same_set(&got, &want);
			sx_store_vecset_release(&got);
		}
	}
	assert_int_equal(sx_store_query_one_json(again, &run, &err,
						 "SELECT sources FROM run_lineage WHERE run_id = ?",
						 "s", id),
			 0);
	assert_string_equal(sx_json_str(run, "sources", ""), "[\"public.t1.parent_id\"]");
	cJSON_Delete(run);
	sx_catalog_free(cat);
	sx_store_close(local);
	sx_store_close(ws);
	sx_store_close(again);
	sx_test_rmrf(dir);
	sx_test_rmrf(ldir);
	sx_test_rmrf(back);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_catalog_two_clients),
	    cmocka_unit_test(test_meta_and_helpers),
	    cmocka_unit_test(test_transactions),
	    cmocka_unit_test(test_decisions),
	    cmocka_unit_test(test_vectors),
	    cmocka_unit_test(test_copy),
	};
	/* "pg": the integration run; without a server that is a failure */
	if (argc > 1 && strcmp(argv[1], "pg") == 0 && !ws_pg_url()) {
		fprintf(stderr, "no PostgreSQL server (SX_PG_ENV): start the pg_server fixture\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
