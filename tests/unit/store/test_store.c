/*
 * test_store.c - the workspace: round trips, re-analysis replacing entries
 * in one transaction, many databases, migrations, module versions,
 * corruption detection and rebuild, two processes sharing the file.
 */
#include <sqlite3.h>
#include <sys/wait.h>

#include "sx_test.h"

#include <sextant/catalog.h>
#include <sextant/map.h>
#include <sextant/store.h>

static sx_database *build_db(sx_catalog *cat, const char *name, int ntables)
{
	sx_database *db = sx_catalog_add_database(cat, name, SX_DB_POSTGRES);
	sx_schema *s = sx_catalog_add_schema(cat, db, "public"), *s2;
	const char *pk[] = {"id"}, *fkc[] = {"a", "b"}, *ref[] = {"x", "y"}, *ix[] = {"a", "b"};
	char tname[32];
	db->dsn = sx_catalog_str(cat, "postgresql://u@h/db");
	db->server_version = sx_catalog_str(cat, "15.4");
	db->analysed_at = sx_catalog_str(cat, "2026-01-02T03:04:05Z");
	db->round_trips = 7;
	sx_catalog_add_warning(cat, db, "schema 'secret' skipped: permission denied");
	for (int i = 0; i < ntables; i++) {
		sx_table *t;
		sx_column *c;
		sx_index *x;
		snprintf(tname, sizeof tname, "t%d", i);
		t = sx_catalog_add_table(cat, s, tname, i == 0 ? SX_REL_VIEW : SX_REL_TABLE);
		t->comment = sx_catalog_str(cat, "таблица\x1fтест");
		t->row_count = i * 10;
		t->rows_exact = i % 2;
		t->stats.n_ins = 5;
		t->stats.last_analyze = sx_catalog_str(cat, "2026-01-01T00:00:00Z");
		c = sx_catalog_add_column(cat, t, "id", "bigint");
		c->nullable = false;
		c = sx_catalog_add_column(cat, t, "a", "numeric(10,2)");
		c->default_expr = sx_catalog_str(cat, "0");
		c->comment = sx_catalog_str(cat, "amount");
		c = sx_catalog_add_column(cat, t, "b", "text");
		c->generated = SX_GEN_STORED;
		c->gen_expr = sx_catalog_str(cat, "a::text");
		sx_catalog_set_pk(cat, t, "pk", 1, pk);
		sx_catalog_add_unique(cat, t, "uq", 2, ix);
		x = sx_catalog_add_index(cat, t, "ix", true, 2, ix);
		x->method = "btree";
		x->predicate = "a > 0";
		sx_fk *fk = sx_catalog_add_fk(cat, t, "fk", 2, fkc, "other", "parent", ref);
		fk->on_delete = "CASCADE";
		sx_catalog_add_fk(cat, t, "fk_pk", 1, fkc, NULL, "parent2", NULL);
	}
	s2 = sx_catalog_add_schema(cat, db, "other");
	sx_table *pt = sx_catalog_add_table(cat, s2, "parent", SX_REL_PARTITIONED);
	pt->npartitions = 4;
	sx_catalog_add_partition(cat, pt, "parent_p2022_05",
				 "FOR VALUES FROM ('2022-05-01') TO ('2022-06-01')");
	sx_catalog_add_partition(cat, pt, "parent_old", NULL);
	return db;
}

static void test_roundtrip(void **state)
{
	const char *dir = sx_test_tmpdir("store");
	sx_store *st;
	sx_catalog *a, *b;
	sx_database *db;
	sx_error err = {0};
	sx_table *t, *u;
	char ws[600];
	(void)state;
	snprintf(ws, sizeof ws, "%s/ws/nested", dir);
	assert_int_equal(sx_store_open(&st, ws, &err), 0); /* creates the directories */
	sx_catalog_new(&a, &err);
	db = build_db(a, "shop", 50);
	if (sx_store_save_database(st, db, &err))
		fail_msg("save: %s", err.msg);
	assert_true(db->id > 0);
	assert_true(db->schemas[0]->tables[3]->id > 0);

	sx_catalog_new(&b, &err);
	assert_int_equal(sx_store_load(st, b, NULL, &err), 0);
	assert_int_equal(b->ndbs, 1);
	db = b->dbs[0];
	assert_string_equal(db->name, "shop");
	assert_int_equal(db->kind, SX_DB_POSTGRES);
	assert_string_equal(db->server_version, "15.4");
	assert_int_equal(db->round_trips, 7);
	assert_int_equal(db->nwarnings, 1);
	assert_int_equal(sx_database_table_count(db), 51);
	assert_int_equal(sx_catalog_resolve(a, "shop.public.t7", &t, &err), 0);
	assert_int_equal(sx_catalog_resolve(b, "shop.public.t7", &u, &err), 0);
	assert_string_equal(u->comment, t->comment); /* the unit separator survives in text */
	assert_int_equal(u->row_count, 70);
	assert_int_equal(u->rows_exact, true);
	assert_int_equal(u->stats.n_ins, 5);
	assert_int_equal(u->stats.n_upd, -1);
	assert_string_equal(u->stats.last_analyze, "2026-01-01T00:00:00Z");
	assert_int_equal(u->ncols, 3);
	assert_false(u->cols[0].nullable);
	assert_int_equal(u->cols[1].family, SX_TF_DECIMAL);
	assert_string_equal(u->cols[1].default_expr, "0");
	assert_string_equal(u->cols[1].comment, "amount");
	assert_int_equal(u->cols[2].generated, SX_GEN_STORED);
	assert_string_equal(u->cols[2].gen_expr, "a::text");
	assert_int_equal(u->pk.ncols, 1);
	assert_int_equal(u->nuniques, 1);
	assert_int_equal(u->uniques[0].ncols, 2);
	assert_int_equal(u->nindexes, 1);
	assert_true(u->indexes[0].unique);
	assert_string_equal(u->indexes[0].predicate, "a > 0");
	assert_int_equal(u->nfks, 2);
	assert_string_equal(u->fks[0].ref_schema, "other");
	assert_string_equal(u->fks[0].ref_cols[1], "y");
	assert_string_equal(u->fks[0].on_delete, "CASCADE");
	assert_null(u->fks[1].ref_cols);
	assert_int_equal(sx_catalog_resolve(b, "shop.public.t0", &u, &err), 0);
	assert_int_equal(u->kind, SX_REL_VIEW);
	assert_int_equal(sx_catalog_resolve(b, "other.parent", &u, &err), 0);
	assert_int_equal(u->kind, SX_REL_PARTITIONED);
	assert_int_equal(u->npartitions, 4);
	/* the partitions' names and bounds, in order */
	assert_int_equal(u->nparts, 2);
	assert_string_equal(u->parts[0].name, "parent_p2022_05");
	assert_string_equal(u->parts[0].bound, "FOR VALUES FROM ('2022-05-01') TO ('2022-06-01')");
	assert_string_equal(u->parts[1].name, "parent_old");
	assert_null(u->parts[1].bound);
	assert_int_equal(u->ncols, 0);
	assert_int_equal(u->nindexes + u->nuniques + u->nfks + u->pk.ncols, 0);
	sx_catalog_free(a);
	sx_catalog_free(b);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

static int count_rows(sx_store *st, const char *table)
{
	sqlite3_stmt *s;
	char q[128];
	int n = -1;
	snprintf(q, sizeof q, "SELECT count(*) FROM %s", table);
	assert_int_equal(sqlite3_prepare_v2(sx_store_db(st), q, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return n;
}

static void test_reanalysis_replaces(void **state)
{
	const char *dir = sx_test_tmpdir("store");
	char ws[600];
	sx_store *st;
	sx_catalog *cat;
	sx_error err = {0};
	cJSON *list;
	(void)state;
	snprintf(ws, sizeof ws, "%s", dir);
	assert_int_equal(sx_store_open(&st, ws, &err), 0);
	sx_catalog_new(&cat, &err);
	assert_int_equal(sx_store_save_database(st, build_db(cat, "a", 10), &err), 0);
	assert_int_equal(sx_store_save_database(st, build_db(cat, "b", 5), &err), 0);
	assert_int_equal(count_rows(st, "tables"), 17);
	/* re-analysing "a" with fewer tables replaces only a's rows */
	assert_int_equal(sx_store_save_database(st, build_db(cat, "a", 3), &err), 0);
	assert_int_equal(count_rows(st, "databases"), 2);
	assert_int_equal(count_rows(st, "tables"), 10);
	assert_int_equal(count_rows(st, "columns"), 3 * 8);
	assert_int_equal(sx_store_list_sources(st, &list, &err), 0);
	assert_int_equal(cJSON_GetArraySize(list), 2);
	assert_int_equal(sx_json_int(cJSON_GetArrayItem(list, 0), "tables", -1), 3);
	assert_int_equal(sx_json_int(cJSON_GetArrayItem(list, 0), "views", -1), 1);
	cJSON_Delete(list);
	/* load one database by name; unknown names are reported */
	sx_catalog_free(cat);
	sx_catalog_new(&cat, &err);
	assert_int_equal(sx_store_load(st, cat, "b", &err), 0);
	assert_int_equal(cat->ndbs, 1);
	assert_int_equal(sx_store_load(st, cat, "zzz", &err), SX_ENOTFOUND);
	assert_int_equal(sx_store_delete_database(st, "b", &err), 0);
	assert_int_equal(sx_store_delete_database(st, "b", &err), SX_ENOTFOUND);
	assert_int_equal(count_rows(st, "tables"), 4);
	sx_catalog_free(cat);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

static void test_failed_save_leaves_old(void **state)
{
	const char *dir = sx_test_tmpdir("store");
	sx_store *st;
	sx_catalog *cat;
	sx_error err = {0};
	sx_database *db;
	sqlite3_stmt *s;
	(void)state;
	assert_int_equal(sx_store_open(&st, dir, &err), 0);
	sx_catalog_new(&cat, &err);
	assert_int_equal(sx_store_save_database(st, build_db(cat, "a", 4), &err), 0);
	/* a second save that fails half-way (duplicate table name violates the
	 * UNIQUE constraint) must roll back to the previous catalog */
	db = build_db(cat, "a", 4);
	sx_catalog_add_table(cat, db->schemas[0], "t2", SX_REL_TABLE);
	assert_int_not_equal(sx_store_save_database(st, db, &err), 0);
	assert_int_equal(count_rows(st, "tables"), 5);
	assert_int_equal(sqlite3_prepare_v2(sx_store_db(st), "SELECT count(*) FROM databases WHERE name='a'", -1, &s, NULL), 0);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(s, 0), 1);
	sqlite3_finalize(s);
	sx_catalog_free(cat);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

static void test_versions_and_modules(void **state)
{
	const char *dir = sx_test_tmpdir("store");
	static const char *const steps[] = {
		"CREATE TABLE mod_a(x INTEGER)",
		"ALTER TABLE mod_a ADD COLUMN y TEXT",
	};
	sx_store *st;
	sx_error err = {0};
	sqlite3_stmt *s;
	char *v;
	(void)state;
	assert_int_equal(sx_store_open(&st, dir, &err), 0);
	assert_int_equal(sqlite3_prepare_v2(sx_store_db(st), "PRAGMA user_version", -1, &s, NULL), 0);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(s, 0), sx_store_schema_version());
	sqlite3_finalize(s);
	assert_int_equal(sqlite3_prepare_v2(sx_store_db(st), "PRAGMA journal_mode", -1, &s, NULL), 0);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(s, 0), "wal");
	sqlite3_finalize(s);
	/* module migrations: applied once, then only new steps */
	assert_int_equal(sx_store_migrate(st, "mod", steps, 1, &err), 0);
	assert_int_equal(sx_store_migrate(st, "mod", steps, 1, &err), 0);
	assert_int_equal(sx_store_migrate(st, "mod", steps, 2, &err), 0);
	assert_int_equal(sqlite3_exec(sx_store_db(st), "INSERT INTO mod_a VALUES(1,'x')", NULL, NULL, NULL), 0);
	/* an older build (fewer steps) refuses a newer module schema */
	assert_int_equal(sx_store_migrate(st, "mod", steps, 1, &err), SX_EUNSUPPORTED);
	/* a failing step rolls back and leaves the version as it was */
	{
		static const char *const bad[] = {"CREATE TABLE b1(x)", "CREATE TABLE b1(x)"};
		assert_int_not_equal(sx_store_migrate(st, "bad", bad, 2, &err), 0);
		assert_int_equal(sx_store_migrate(st, "bad", bad, 1, &err), 0);
	}
	assert_int_equal(sx_store_meta_set(st, "last_view", "map", &err), 0);
	assert_int_equal(sx_store_meta_get(st, "last_view", &v, &err), 0);
	assert_string_equal(v, "map");
	free(v);
	assert_int_equal(sx_store_meta_get(st, "nope", &v, &err), SX_ENOTFOUND);
	sx_store_close(st);
	/* a workspace from a newer sextant is refused, not damaged */
	{
		sqlite3 *h;
		char path[700];
		snprintf(path, sizeof path, "%s/" SX_STORE_FILE, dir);
		sqlite3_open(path, &h);
		sqlite3_exec(h, "PRAGMA user_version = 999", NULL, NULL, NULL);
		sqlite3_close(h);
		assert_int_equal(sx_store_open(&st, dir, &err), SX_EUNSUPPORTED);
		assert_non_null(strstr(err.msg, "newer"));
	}
	sx_test_rmrf(dir);
}

static void test_corrupt_and_rebuild(void **state)
{
	const char *dir = sx_test_tmpdir("store");
	char path[700], backup[1300];
	sx_store *st;
	sx_error err = {0};
	sx_catalog *cat;
	FILE *f;
	(void)state;
	snprintf(path, sizeof path, "%s/" SX_STORE_FILE, dir);
	/* garbage bytes */
	f = fopen(path, "w");
	for (int i = 0; i < 4096; i++)
		fputc((i * 7919) & 0xff, f);
	fclose(f);
	assert_int_equal(sx_store_open(&st, dir, &err), SX_ECORRUPT);
	assert_non_null(strstr(err.msg, "workspace rebuild"));
	/* a valid SQLite file that is not ours */
	unlink(path);
	{
		sqlite3 *h;
		sqlite3_open(path, &h);
		sqlite3_exec(h, "CREATE TABLE stranger(x)", NULL, NULL, NULL);
		sqlite3_close(h);
	}
	assert_int_equal(sx_store_open(&st, dir, &err), SX_ECORRUPT);
	assert_non_null(strstr(err.msg, "not a Sextant workspace"));
	/* rebuild moves it aside and starts fresh */
	assert_int_equal(sx_store_rebuild(dir, backup, sizeof backup, &err), 0);
	assert_non_null(strstr(backup, ".corrupt-"));
	assert_int_equal(access(backup, F_OK), 0);
	assert_int_equal(sx_store_open(&st, dir, &err), 0);
	sx_catalog_new(&cat, &err);
	assert_int_equal(sx_store_load(st, cat, NULL, &err), 0);
	assert_int_equal(cat->ndbs, 0);
	sx_catalog_free(cat);
	sx_store_close(st);
	/* a truncated real workspace */
	{
		sx_catalog *c2;
		sx_catalog_new(&c2, &err);
		assert_int_equal(sx_store_open(&st, dir, &err), 0);
		assert_int_equal(sx_store_save_database(st, build_db(c2, "big", 300), &err), 0);
		sqlite3_exec(sx_store_db(st), "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
		sx_store_close(st);
		sx_catalog_free(c2);
		assert_int_equal(truncate(path, 8192), 0);
		sx_catalog_new(&c2, &err);
		if (sx_store_open(&st, dir, &err) == 0) {
			/* the header survived: the damage shows when reading */
			assert_int_equal(sx_store_load(st, c2, NULL, &err), SX_ECORRUPT);
			sx_store_close(st);
		} else {
			assert_int_equal(err.code, SX_ECORRUPT);
		}
		sx_catalog_free(c2);
	}
	sx_test_rmrf(dir);
}

static void test_not_a_directory(void **state)
{
	const char *dir = sx_test_tmpdir("store");
	char file[700];
	sx_store *st;
	sx_error err = {0};
	FILE *f;
	(void)state;
	snprintf(file, sizeof file, "%s/plainfile", dir);
	f = fopen(file, "w");
	fclose(f);
	assert_int_equal(sx_store_open(&st, file, &err), SX_EIO);
	assert_non_null(strstr(err.msg, "not a directory"));
	sx_test_rmrf(dir);
}

static void test_two_processes(void **state)
{
	const char *dir = sx_test_tmpdir("store");
	char ws[600];
	sx_error err = {0};
	pid_t pid;
	int status;
	(void)state;
	snprintf(ws, sizeof ws, "%s", dir);
	/* Two writers and readers at once: each child saves its own
	 * database 20 times while the parent keeps loading. WAL + busy
	 * timeout must make all of it succeed. */
	for (int child = 0; child < 2; child++) {
		pid = fork();
		if (pid == 0) {
			sx_store *st;
			sx_catalog *cat;
			char name[16];
			int rc = 0;
			snprintf(name, sizeof name, "db%d", child);
			if (sx_store_open(&st, ws, &err)) {
				fprintf(stderr, "child open: %s\n", err.msg);
				_exit(10);
			}
			for (int i = 0; i < 20 && !rc; i++) {
				sx_catalog_new(&cat, &err);
				rc = sx_store_save_database(st, build_db(cat, name, 30), &err);
				if (rc)
					fprintf(stderr, "child save: %s\n", err.msg);
				sx_catalog_free(cat);
			}
			sx_store_close(st);
			_exit(rc ? 11 : 0);
		}
	}
	for (int i = 0; i < 20; i++) {
		sx_store *st;
		sx_catalog *cat;
		if (sx_store_open(&st, ws, &err) == 0) {
			sx_catalog_new(&cat, &err);
			if (sx_store_load(st, cat, NULL, &err))
				fail_msg("concurrent load: %s", err.msg);
			/* each database is whole: 30 tables + 1 partitioned, or absent */
			for (size_t d = 0; d < cat->ndbs; d++)
				assert_int_equal(sx_database_table_count(cat->dbs[d]), 31);
			sx_catalog_free(cat);
			sx_store_close(st);
		}
	}
	for (int i = 0; i < 2; i++) {
		assert_true(wait(&status) > 0);
		assert_true(WIFEXITED(status));
		assert_int_equal(WEXITSTATUS(status), 0);
	}
	sx_test_rmrf(dir);
}

static void test_savepoints(void **state)
{
	const char *dir = sx_test_tmpdir("store");
	static const char *const steps[] = {"CREATE TABLE sp_mod(x INTEGER)"};
	static const char *const bad[] = {"CREATE TABLE sp_bad(x)", "CREATE TABLE sp_bad(x)"};
	sx_store *st;
	sx_error err = {0};
	bool nested;
	(void)state;
	assert_int_equal(sx_store_open(&st, dir, &err), 0);
	assert_false(sx_store_in_transaction(st));
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "CREATE TABLE sp(x INTEGER)", ""), 0);

	/* a module writes inside the caller's transaction and undoes only its part */
	assert_int_equal(sx_store_begin(st, &err), 0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO sp VALUES(?)", "i", 1), 0);
	assert_int_equal(sx_store_savepoint(st, "mod_a", &err), 0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO sp VALUES(?)", "i", 2), 0);
	sx_store_rollback_to(st, "mod_a");
	assert_true(sx_store_in_transaction(st)); /* the caller's transaction goes on */
	assert_int_equal(sx_store_savepoint(st, "mod_b", &err), 0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO sp VALUES(?)", "i", 3), 0);
	assert_int_equal(sx_store_release(st, "mod_b", &err), 0);
	/* a migration inside the caller's transaction: a savepoint, not BEGIN */
	assert_int_equal(sx_store_migrate(st, "spmod", steps, 1, &err), 0);
	assert_true(sx_store_in_transaction(st));
	/* a failing migration inside it rolls back only itself */
	assert_int_not_equal(sx_store_migrate(st, "spbad", bad, 2, &err), 0);
	assert_true(sx_store_in_transaction(st));
	assert_int_equal(sx_store_commit(st, &err), 0);
	assert_int_equal(count_rows(st, "sp"), 2);
	assert_int_equal(count_rows(st, "sp_mod"), 0); /* the table exists */
	assert_int_not_equal(sqlite3_exec(sx_store_db(st), "SELECT * FROM sp_bad", NULL, NULL, NULL),
			     SQLITE_OK);

	/* the caller rolls back: the module's released savepoint and its
	 * migration go with it */
	{
		static const char *const s2[] = {"CREATE TABLE sp_gone(x)"};
		assert_int_equal(sx_store_begin(st, &err), 0);
		assert_int_equal(sx_store_migrate(st, "spgone", s2, 1, &err), 0);
		assert_int_equal(sx_store_savepoint(st, "m", &err), 0);
		assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO sp VALUES(9)", ""), 0);
		assert_int_equal(sx_store_release(st, "m", &err), 0);
		sx_store_rollback(st);
		assert_int_equal(count_rows(st, "sp"), 2);
		assert_int_not_equal(
			sqlite3_exec(sx_store_db(st), "SELECT * FROM sp_gone", NULL, NULL, NULL),
			SQLITE_OK);
		/* and a later open migrates it for real */
		assert_int_equal(sx_store_migrate(st, "spgone", s2, 1, &err), 0);
		assert_int_equal(count_rows(st, "sp_gone"), 0);
	}

	/* the nesting-aware helpers pick BEGIN or SAVEPOINT */
	nested = sx_store_in_transaction(st);
	assert_false(nested);
	assert_int_equal(sx_store_tx_begin(st, "w", &err), 0);
	assert_true(sx_store_in_transaction(st));
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO sp VALUES(4)", ""), 0);
	assert_int_equal(sx_store_tx_commit(st, "w", nested, &err), 0);
	assert_false(sx_store_in_transaction(st));
	assert_int_equal(sx_store_begin(st, &err), 0);
	nested = sx_store_in_transaction(st);
	assert_int_equal(sx_store_tx_begin(st, "w", &err), 0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "INSERT INTO sp VALUES(5)", ""), 0);
	sx_store_tx_rollback(st, "w", nested);
	assert_true(sx_store_in_transaction(st));
	assert_int_equal(sx_store_commit(st, &err), 0);
	assert_int_equal(count_rows(st, "sp"), 3);

	/* names are checked, never pasted raw into SQL */
	assert_int_equal(sx_store_savepoint(st, "x\"; DROP TABLE sp; --", &err), SX_EINVAL);
	assert_int_equal(sx_store_savepoint(st, "", &err), SX_EINVAL);
	assert_int_equal(sx_store_release(st, "never_opened", &err), SX_EIO);
	sx_store_rollback_to(st, "never_opened"); /* harmless */
	assert_int_equal(count_rows(st, "sp"), 3);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

static void test_query_helpers(void **state)
{
	const char *dir = sx_test_tmpdir("store");
	sx_store *st;
	sx_error err = {0};
	cJSON *rows, *row;
	int64_t changes;
	(void)state;
	assert_int_equal(sx_store_open(&st, dir, &err), 0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err,
					    "CREATE TABLE q(id INTEGER, name TEXT, score REAL, b BLOB)",
					    ""),
			 0);
	/* values that would break pasted SQL go through untouched */
	assert_int_equal(sx_store_exec_bind(st, &changes, &err, "INSERT INTO q VALUES(?,?,?,?)",
					    "lsdn", (int64_t)5000000000LL, "it's \"quoted\"; --",
					    8.25),
			 0);
	assert_int_equal(changes, 1);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err,
					    "INSERT INTO q VALUES(?,?,?,x'00ff')", "isd", 2, NULL,
					    1.5),
			 0);
	assert_int_equal(sx_store_query_json(st, &rows, &err,
					     "SELECT id, name, score, b, id * 2 AS twice FROM q"
					     " WHERE score > ? ORDER BY id",
					     "d", 1.0),
			 0);
	assert_int_equal(cJSON_GetArraySize(rows), 2);
	row = cJSON_GetArrayItem(rows, 0);
	assert_int_equal(sx_json_int(row, "id", 0), 2);
	assert_true(cJSON_IsNull(cJSON_GetObjectItem(row, "name")));
	assert_true(cJSON_IsNull(cJSON_GetObjectItem(row, "b")));
	assert_int_equal(sx_json_int(row, "twice", 0), 4);
	row = cJSON_GetArrayItem(rows, 1);
	assert_true(sx_json_int(row, "id", 0) == 5000000000LL);
	assert_string_equal(sx_json_str(row, "name", ""), "it's \"quoted\"; --");
	assert_true(sx_json_num(row, "score", 0) == 8.25);
	cJSON_Delete(rows);
	/* one row, or not found */
	assert_int_equal(sx_store_query_one_json(st, &row, &err, "SELECT name FROM q WHERE id = ?",
						 "l", (int64_t)5000000000LL),
			 0);
	assert_string_equal(sx_json_str(row, "name", ""), "it's \"quoted\"; --");
	cJSON_Delete(row);
	assert_int_equal(sx_store_query_one_json(st, &row, &err, "SELECT * FROM q WHERE id = ?", "i",
						 77),
			 SX_ENOTFOUND);
	assert_null(row);
	/* an empty result is an empty array */
	assert_int_equal(sx_store_query_json(st, &rows, &err, "SELECT * FROM q WHERE id < 0", ""), 0);
	assert_int_equal(cJSON_GetArraySize(rows), 0);
	cJSON_Delete(rows);
	/* mismatched or unknown binds are refused before anything runs */
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "DELETE FROM q WHERE id = ?", ""),
			 SX_EINVAL);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "DELETE FROM q WHERE id = ?", "x", 1),
			 SX_EINVAL);
	assert_int_equal(sx_store_query_json(st, &rows, &err, "SELECT nope FROM q", ""), SX_EIO);
	assert_null(rows);
	assert_int_equal(sx_store_exec_bind(st, &changes, &err, "DELETE FROM q WHERE id = ?", "i", 2),
			 0);
	assert_int_equal(changes, 1);
	assert_int_equal(count_rows(st, "q"), 1);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

/* Fills a workspace with settings, decisions, runs and many events, so
 * that run_events spans many pages. */
static void fill_for_salvage(const char *dir, char ids[3][SX_RUN_ID_SIZE], int nevents)
{
	sx_store *st;
	sx_error err = {0};
	char json[300];
	assert_int_equal(sx_store_open(&st, dir, &err), 0);
	assert_int_equal(sx_store_meta_set(st, "last_view", "map", &err), 0);
	assert_int_equal(sx_map_migrate(st, &err), 0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err,
					    "INSERT INTO map_decisions VALUES"
					    "('shop','main.orders(customer_id)->main.customers(id)',"
					    " 'r1','accepted','2026-01-01T00:00:00Z'),"
					    "('shop','main.orders(x)->main.y(id)', 'r2','rejected', NULL)",
					    ""),
			 0);
	for (int r = 0; r < 3; r++) {
		sx_run_info info = {"Load daily sales", "{\"k\":1}", "builtin", NULL, 8.5};
		assert_int_equal(sx_history_run_create(st, &info, ids[r], &err), 0);
		assert_int_equal(sx_store_begin(st, &err), 0);
		for (int i = 0; i < nevents; i++) {
			snprintf(json, sizeof json, "{\"i\":%d,\"pad\":\"%0200d\"}", i, i);
			assert_int_equal(
				sx_history_event(st, ids[r], "thought", "planner", "s1", json, NULL, &err),
				0);
		}
		assert_int_equal(sx_store_commit(st, &err), 0);
		assert_int_equal(sx_history_run_finish(st, ids[r], SX_RUN_DONE, 9, NULL, &err), 0);
	}
	assert_int_equal(sx_history_feedback(st, ids[1], true, "good", &err), 0);
	sqlite3_exec(sx_store_db(st), "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
	sx_store_close(st);
}

/* Overwrites a leaf page of table in the middle of its pages; returns the
 * page number. */
static int smash_leaf(const char *path, const char *table)
{
	sqlite3 *h;
	sqlite3_stmt *s;
	int pages[4096], n = 0, psz = 0;
	FILE *f;
	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h,
					    "SELECT pageno, (SELECT page_size FROM pragma_page_size)"
					    " FROM dbstat WHERE name = ? AND pagetype = 'leaf'"
					    " ORDER BY pageno",
					    -1, &s, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(s, 1, table, -1, SQLITE_STATIC);
	while (sqlite3_step(s) == SQLITE_ROW && n < 4096) {
		pages[n++] = sqlite3_column_int(s, 0);
		psz = sqlite3_column_int(s, 1);
	}
	sqlite3_finalize(s);
	sqlite3_close(h);
	assert_true(n >= 8);
	f = fopen(path, "r+b");
	assert_non_null(f);
	assert_int_equal(fseek(f, (long)(pages[n / 2] - 1) * psz, SEEK_SET), 0);
	for (int i = 0; i < psz; i++)
		fputc((i * 7919 + 13) & 0xff, f);
	fclose(f);
	return pages[n / 2];
}

static bool same_file(const char *a, const char *b)
{
	char *x, *y;
	size_t nx, ny;
	sx_error err = {0};
	bool same;
	assert_int_equal(sx_file_read(a, &x, &nx, &err), 0);
	assert_int_equal(sx_file_read(b, &y, &ny, &err), 0);
	same = nx == ny && memcmp(x, y, nx) == 0;
	free(x);
	free(y);
	return same;
}

static void test_rebuild_salvages(void **state)
{
	const char *dir = sx_test_tmpdir("store");
	char ids[3][SX_RUN_ID_SIZE], path[700], copy[800], backup[1300];
	const int nevents = 400;
	sx_store *st;
	sx_error err = {0};
	cJSON *rep, *rows, *run;
	char *v;
	(void)state;
	snprintf(path, sizeof path, "%s/" SX_STORE_FILE, dir);
	snprintf(copy, sizeof copy, "%s/damaged-copy", dir);
	fill_for_salvage(dir, ids, nevents);
	smash_leaf(path, "run_events");
	{
		char *data;
		size_t len;
		assert_int_equal(sx_file_read(path, &data, &len, &err), 0);
		assert_int_equal(sx_file_write_atomic(copy, data, len, &err), 0);
		free(data);
	}
	/* the damage shows when the events are read */
	assert_int_equal(sx_store_open(&st, dir, &err), 0);
	assert_int_equal(sx_history_get_run(st, ids[1], true, &run, &err), SX_ECORRUPT);
	sx_store_close(st);

	assert_int_equal(sx_store_rebuild_salvage(dir, backup, sizeof backup, &rep, &err), 0);
	assert_true(same_file(backup, copy)); /* the old file is kept as it was */
	assert_int_equal(sx_store_open(&st, dir, &err), 0);
	assert_int_equal(sx_map_salvage(st, backup, rep, &err), 0);
	rows = cJSON_GetObjectItem(rep, "rows");
	assert_int_equal(sx_json_int(rows, "runs", 0), 3);
	assert_int_equal(sx_json_int(rows, "run_feedback", 0), 1);
	assert_int_equal(sx_json_int(rows, "map_decisions", 0), 2);
	assert_int_equal(sx_json_int(rows, "meta", -1), 1); /* the setting; 'format' was there */
	/* one leaf lost, and the scan went on past it */
	{
		int64_t got = sx_json_int(rows, "run_events", 0);
		cJSON *row;
		assert_true(got < 3 * nevents);
		assert_true(got > 3 * nevents - 60);
		assert_int_equal(sx_store_query_one_json(st, &row, &err,
							 "SELECT max(seq) AS m FROM run_events"
							 " WHERE run_id = ?",
							 "s", ids[2]),
				 0);
		assert_int_equal(sx_json_int(row, "m", 0), nevents);
		cJSON_Delete(row);
	}
	assert_non_null(cJSON_GetArrayItem(cJSON_GetObjectItem(rep, "unreadable"), 0));
	assert_string_equal(cJSON_GetArrayItem(cJSON_GetObjectItem(rep, "unreadable"), 0)->valuestring,
			    "run_events");
	assert_false(sx_json_bool(rep, "header_repaired", false));
	assert_true(sx_json_bool(rep, "readable", false));
	cJSON_Delete(rep);
	/* what survived reads back through the normal API */
	assert_int_equal(sx_store_meta_get(st, "last_view", &v, &err), 0);
	assert_string_equal(v, "map");
	free(v);
	assert_int_equal(sx_history_get_run(st, ids[1], true, &run, &err), 0);
	assert_string_equal(sx_json_str(run, "status", ""), "done");
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(cJSON_GetObjectItem(run, "feedback"), 0),
					"verdict", ""),
			    "accept");
	cJSON_Delete(run);
	assert_int_equal(count_rows(st, "map_decisions"), 2);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

/* A damaged header: SQLite cannot open the file at all, the pages behind
 * the header are intact, and all of it comes back. */
static void test_rebuild_header(void **state)
{
	const char *dir = sx_test_tmpdir("store");
	char ids[3][SX_RUN_ID_SIZE], path[700], backup[1300], backup2[1300];
	sx_store *st;
	sx_error err = {0};
	cJSON *rep;
	FILE *f;
	(void)state;
	snprintf(path, sizeof path, "%s/" SX_STORE_FILE, dir);
	fill_for_salvage(dir, ids, 50);
	f = fopen(path, "r+b");
	for (int i = 0; i < 100; i++)
		fputc((i * 31 + 7) & 0xff, f);
	fclose(f);
	assert_int_equal(sx_store_open(&st, dir, &err), SX_ECORRUPT);
	assert_int_equal(sx_store_rebuild_salvage(dir, backup, sizeof backup, &rep, &err), 0);
	assert_int_equal(access(backup, F_OK), 0);
	assert_true(sx_json_bool(rep, "header_repaired", false));
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(rep, "rows"), "runs", 0), 3);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(rep, "rows"), "run_events", 0), 150);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(rep, "unreadable")), 0);
	cJSON_Delete(rep);
	/* no temporary copy is left behind */
	{
		char tmp[1400];
		snprintf(tmp, sizeof tmp, "%s.salvage-tmp", backup);
		assert_int_not_equal(access(tmp, F_OK), 0);
	}
	/* a second rebuild in the same second keeps the first backup */
	assert_int_equal(sx_store_rebuild_salvage(dir, backup2, sizeof backup2, &rep, &err), 0);
	assert_string_not_equal(backup, backup2);
	assert_int_equal(access(backup, F_OK), 0);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(rep, "rows"), "runs", 0), 3);
	cJSON_Delete(rep);
	/* nothing to salvage from pure garbage: a fresh workspace, no error */
	unlink(path);
	f = fopen(path, "w");
	for (int i = 0; i < 8192; i++)
		fputc((i * 7919) & 0xff, f);
	fclose(f);
	assert_int_equal(sx_store_rebuild_salvage(dir, backup, sizeof backup, &rep, &err), 0);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(rep, "rows"), "runs", 0), 0);
	assert_false(sx_json_bool(rep, "readable", true));
	cJSON_Delete(rep);
	assert_int_equal(sx_store_open(&st, dir, &err), 0);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_reanalysis_replaces),
		cmocka_unit_test(test_failed_save_leaves_old),
		cmocka_unit_test(test_versions_and_modules),
		cmocka_unit_test(test_corrupt_and_rebuild),
		cmocka_unit_test(test_not_a_directory),
		cmocka_unit_test(test_two_processes),
		cmocka_unit_test(test_savepoints),
		cmocka_unit_test(test_query_helpers),
		cmocka_unit_test(test_rebuild_salvages),
		cmocka_unit_test(test_rebuild_header),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
