/*
 * test_sqlite.c - the SQLite introspector against real SQLite files the
 * test writes: tricky identifiers, views, WITHOUT ROWID, generated columns,
 * composite and missing-target FKs, comments from the CREATE text, and the
 * guarantee that the user's file is never written.
 */
#include <sqlite3.h>
#include <sys/stat.h>

#include "sx_test.h"

#include <sextant/catalog.h>

static char dir[512];

static void make_db(const char *path, const char *sql)
{
	sqlite3 *h;
	char *msg = NULL;
	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	if (sqlite3_exec(h, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("setup SQL failed: %s", msg);
	sqlite3_close(h);
}

static const char tricky_sql[] =
	"PRAGMA foreign_keys=OFF;"
	"CREATE TABLE \"order\" ( -- заказы покупателей\n"
	"  \"id\" INTEGER PRIMARY KEY AUTOINCREMENT, -- идентификатор\n"
	"  \"select\" TEXT NOT NULL, -- a reserved word\n"
	"  \"Имя клиента\" VARCHAR(80),\n"
	"  \"we\"\"ird\" TEXT DEFAULT 'x', /* block comment */\n"
	"  customer_id INTEGER REFERENCES customers(id),\n"
	"  total NUMERIC(10,2),\n"
	"  total_x2 NUMERIC GENERATED ALWAYS AS (total * 2) VIRTUAL,\n"
	"  total_s REAL AS (total + 1) STORED\n"
	");"
	"CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT UNIQUE, region TEXT);"
	"CREATE TABLE no_pk (a TEXT, b BLOB, c);"
	"CREATE TABLE line (order_id INTEGER, line_no INTEGER, qty INT NOT NULL,"
	"  PRIMARY KEY (order_id, line_no)) WITHOUT ROWID;"
	"CREATE TABLE shipment (id INTEGER PRIMARY KEY, o INTEGER, l INTEGER,"
	"  FOREIGN KEY (o, l) REFERENCES line(order_id, line_no) ON DELETE CASCADE);"
	"CREATE TABLE orphan (id INTEGER PRIMARY KEY, ghost_id INTEGER REFERENCES ghost(id),"
	"  other_id INTEGER REFERENCES customers);"
	"CREATE INDEX idx_order_cust ON \"order\"(customer_id);"
	"CREATE UNIQUE INDEX idx_cust_region ON customers(region, email);"
	"CREATE INDEX idx_expr ON customers(lower(email));"
	"CREATE VIEW big_orders AS SELECT id, total FROM \"order\" WHERE total > 100;"
	"INSERT INTO customers VALUES (1,'a@x.org','eu'),(2,'b@x.org','us');"
	"INSERT INTO \"order\"(\"select\", customer_id, total) VALUES ('s',1,10),('t',2,200),('u',1,5);";

static sx_table *table(sx_database *db, const char *name)
{
	sx_table *t = sx_schema_find_table(db->schemas[0], name);
	if (!t)
		fail_msg("table '%s' not found", name);
	return t;
}

static const sx_column *column(sx_table *t, const char *name)
{
	const sx_column *c = sx_table_find_column(t, name);
	if (!c)
		fail_msg("column '%s.%s' not found", t->name, name);
	return c;
}

static void test_tricky_schema(void **state)
{
	char path[700];
	sx_catalog *cat;
	sx_database *db;
	sx_error err = {0};
	sx_source_opts opts = {0};
	sx_table *t;
	const sx_column *c;
	(void)state;

	snprintf(path, sizeof path, "%s/tricky.db", dir);
	make_db(path, tricky_sql);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	if (sx_source_introspect(cat, path, &opts, &db, &err))
		fail_msg("introspect: %s", err.msg);
	assert_string_equal(db->name, "tricky");
	assert_int_equal(db->kind, SX_DB_SQLITE);
	assert_int_equal(db->nschemas, 1);
	assert_string_equal(db->schemas[0]->name, "main");
	assert_int_equal(sx_database_table_count(db), 7); /* 6 tables + 1 view */
	assert_non_null(strstr(db->dsn, "tricky.db"));

	/* reserved word, Unicode and quote-doubled identifiers; comments */
	t = table(db, "order");
	assert_string_equal(t->comment, "заказы покупателей");
	assert_int_equal(t->ncols, 8);
	assert_string_equal(column(t, "id")->comment, "идентификатор");
	assert_int_equal(column(t, "id")->generated, SX_GEN_IDENTITY);
	c = column(t, "select");
	assert_false(c->nullable);
	assert_string_equal(c->comment, "a reserved word");
	assert_int_equal(column(t, "Имя клиента")->family, SX_TF_TEXT);
	c = column(t, "we\"ird");
	assert_string_equal(c->default_expr, "'x'");
	assert_string_equal(c->comment, "block comment");
	assert_int_equal(column(t, "total")->family, SX_TF_DECIMAL);
	c = column(t, "total_x2");
	assert_int_equal(c->generated, SX_GEN_VIRTUAL);
	assert_string_equal(c->gen_expr, "total * 2");
	c = column(t, "total_s");
	assert_int_equal(c->generated, SX_GEN_STORED);
	assert_string_equal(c->gen_expr, "total + 1");
	assert_int_equal(t->pk.ncols, 1);
	assert_string_equal(t->pk.cols[0], "id");
	assert_int_equal(t->nfks, 1);
	assert_string_equal(t->fks[0].ref_table, "customers");
	assert_int_equal(t->row_count, 3);
	assert_true(t->rows_exact);
	assert_int_equal(t->nindexes, 1);
	assert_string_equal(t->indexes[0].key.name, "idx_order_cust");

	/* unique constraint + unique index + expression index */
	t = table(db, "customers");
	assert_int_equal(t->nuniques, 1);
	assert_string_equal(t->uniques[0].cols[0], "email");
	assert_int_equal(t->nindexes, 3);

	/* no primary key, untyped column */
	t = table(db, "no_pk");
	assert_int_equal(t->pk.ncols, 0);
	assert_int_equal(column(t, "c")->family, SX_TF_BINARY);
	assert_int_equal(t->row_count, 0);

	/* WITHOUT ROWID with a composite primary key */
	t = table(db, "line");
	assert_true(t->without_rowid);
	assert_int_equal(t->pk.ncols, 2);
	assert_string_equal(t->pk.cols[0], "order_id");
	assert_string_equal(t->pk.cols[1], "line_no");
	assert_false(column(t, "qty")->nullable);

	/* composite FK with an action */
	t = table(db, "shipment");
	assert_int_equal(t->nfks, 1);
	assert_int_equal(t->fks[0].ncols, 2);
	assert_string_equal(t->fks[0].cols[1], "l");
	assert_string_equal(t->fks[0].ref_cols[1], "line_no");
	assert_string_equal(t->fks[0].on_delete, "CASCADE");

	/* FK to a missing table is kept and warned about; FK without columns
	 * refers to the parent's primary key */
	t = table(db, "orphan");
	assert_int_equal(t->nfks, 2);
	assert_int_equal(db->nwarnings, 1);
	assert_non_null(strstr(db->warnings[0], "ghost"));
	for (size_t i = 0; i < t->nfks; i++)
		if (strcmp(t->fks[i].ref_table, "customers") == 0)
			assert_null(t->fks[i].ref_cols);

	/* views */
	t = table(db, "big_orders");
	assert_int_equal(t->kind, SX_REL_VIEW);
	assert_int_equal(t->ncols, 2);
	assert_non_null(strstr(t->definition, "total > 100"));
	sx_catalog_free(cat);
}

static void test_ignore_declared_fks(void **state)
{
	char path[700];
	sx_catalog *cat;
	sx_database *db;
	sx_error err = {0};
	sx_source_opts opts = {0};
	(void)state;
	snprintf(path, sizeof path, "%s/tricky.db", dir);
	opts.ignore_declared_fks = true;
	sx_catalog_new(&cat, &err);
	assert_int_equal(sx_source_introspect(cat, path, &opts, &db, &err), 0);
	assert_int_equal(table(db, "shipment")->nfks, 0);
	assert_int_equal(table(db, "order")->nfks, 0);
	sx_catalog_free(cat);
}

/* Reads a whole file for byte comparison. */
static char *slurp(const char *path, size_t *len)
{
	char *data;
	sx_error err;
	assert_int_equal(sx_file_read(path, &data, len, &err), 0);
	return data;
}

static void test_file_never_written(void **state)
{
	char path[700], wal[720];
	sx_catalog *cat;
	sx_database *db;
	sx_error err = {0};
	sx_source_opts opts = {0};
	struct stat before, after;
	size_t l1, l2;
	char *b1, *b2;
	(void)state;

	snprintf(path, sizeof path, "%s/ro.db", dir);
	make_db(path, tricky_sql);
	/* WAL mode is where a careless reader would create -wal/-shm files */
	make_db(path, "PRAGMA journal_mode=WAL;");
	b1 = slurp(path, &l1);
	assert_int_equal(stat(path, &before), 0);
	sleep(1); /* so that an mtime change would be visible */
	sx_catalog_new(&cat, &err);
	for (int i = 0; i < 2; i++)
		if (sx_source_introspect(cat, path, &opts, &db, &err))
			fail_msg("introspect: %s", err.msg);
	sx_catalog_free(cat);
	/* and sampling, which also reads the file */
	{
		sx_sampler *s;
		char **vals;
		size_t n, found;
		const char *probe[] = {"1", "2", "99"};
		sx_catalog_new(&cat, &err);
		assert_int_equal(sx_source_introspect(cat, path, &opts, &db, &err), 0);
		assert_int_equal(sx_sampler_open(&s, path, &opts, &err), 0);
		assert_int_equal(sx_sampler_distinct(s, table(db, "order"), "customer_id", 10, &vals, &n, &err), 0);
		assert_int_equal(n, 2);
		sx_sampler_values_free(vals, n);
		assert_int_equal(sx_sampler_count_in(s, table(db, "customers"), "id", 3, probe, &found, &err), 0);
		assert_int_equal(found, 2);
		sx_sampler_close(s);
		sx_catalog_free(cat);
	}
	b2 = slurp(path, &l2);
	assert_int_equal(stat(path, &after), 0);
	assert_int_equal(l1, l2);
	assert_memory_equal(b1, b2, l1);
	assert_int_equal(before.st_mtime, after.st_mtime);
	snprintf(wal, sizeof wal, "%s-wal", path);
	/* no WAL was left behind with content */
	if (stat(wal, &after) == 0)
		assert_int_equal(after.st_size, 0);
	free(b1);
	free(b2);
}

static void test_bad_inputs(void **state)
{
	char path[700];
	sx_catalog *cat;
	sx_database *db = NULL;
	sx_error err = {0};
	sx_source_opts opts = {0};
	FILE *f;
	sqlite3 *w;
	(void)state;
	sx_catalog_new(&cat, &err);

	/* missing path */
	snprintf(path, sizeof path, "%s/missing.db", dir);
	assert_int_equal(sx_source_introspect(cat, path, &opts, &db, &err), SX_ENOTFOUND);
	assert_non_null(strstr(err.msg, "missing.db"));

	/* a file that is not a database */
	snprintf(path, sizeof path, "%s/notes.txt", dir);
	f = fopen(path, "w");
	fputs("these are not the tables you are looking for\n", f);
	fclose(f);
	assert_int_equal(sx_source_introspect(cat, path, &opts, &db, &err), SX_ECORRUPT);
	assert_non_null(strstr(err.msg, "not a SQLite database"));

	/* an empty database (0 bytes, and one with only an index-less pragma) */
	snprintf(path, sizeof path, "%s/empty.db", dir);
	f = fopen(path, "w");
	fclose(f);
	assert_int_equal(sx_source_introspect(cat, path, &opts, &db, &err), SX_EEMPTY);
	assert_non_null(strstr(err.msg, "no tables"));

	/* a database locked by a writer */
	snprintf(path, sizeof path, "%s/locked.db", dir);
	make_db(path, "CREATE TABLE t(x);");
	assert_int_equal(sqlite3_open(path, &w), SQLITE_OK);
	assert_int_equal(sqlite3_exec(w, "BEGIN EXCLUSIVE; INSERT INTO t VALUES(1);", NULL, NULL, NULL),
			 SQLITE_OK);
	{
		sx_config *cfg;
		sx_config_load_string(&cfg, "[sqlite]\nbusy_timeout_ms = 100\n", &err);
		opts.config = cfg;
		assert_int_equal(sx_source_introspect(cat, path, &opts, &db, &err), SX_EBUSY);
		assert_non_null(strstr(err.msg, "locked"));
		opts.config = NULL;
		sx_config_free(cfg);
	}
	sqlite3_exec(w, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(w);

	/* a directory */
	assert_int_equal(sx_source_introspect(cat, dir, &opts, &db, &err), SX_EINVAL);

	/* none of the failures added anything */
	assert_int_equal(cat->ndbs, 0);
	sx_catalog_free(cat);
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "%s", sx_test_tmpdir("sqlite"));
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	sx_test_rmrf(dir);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tricky_schema),
		cmocka_unit_test(test_ignore_declared_fks),
		cmocka_unit_test(test_file_never_written),
		cmocka_unit_test(test_bad_inputs),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
