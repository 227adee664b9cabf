/*
 * test_ddl.c - the DDL-file reader on files written for the tests (this
 * folder): every statement kind it models, pg_dump idioms (meta-commands,
 * COPY data blocks, ALTER TABLE ONLY ... ADD CONSTRAINT, ATTACH PARTITION),
 * quoted and Cyrillic identifiers, the skipped-statement warning, exact
 * file:line:column of syntax errors, empty files, and an allocation-failure
 * run (every allocation of a parse failing in turn). The broken files a
 * new user writes (a missing ')', an unterminated quote or dollar quote, a
 * missing ';', a misspelled first word) each give a file:line:column
 * error and add nothing: none may lose the statements after the mistake.
 */
#include "sx_test.h"

#include <unistd.h>

#include <sextant/catalog.h>

enum { SHOP, SYNTAX, EMPTY, UNTERMINATED, MISSING_PAREN, OPEN_QUOTE, OPEN_DOLLAR, NO_SEMICOLON,
       MISSPELLED, ROUTINE, SCHEMA_ELTS, ALL_BROKEN, NFILES };
static char path[NFILES][600];

static int setup(void **state)
{
	const char *src = getenv("SX_SOURCE_DIR");
	static const char *const names[] = {
		"shop.sql",		 "syntax_error.sql",	  "empty.sql",
		"unterminated.sql",	 "missing_paren.sql",	  "unterminated_quote.sql",
		"unterminated_dollar.sql", "missing_semicolon.sql", "misspelled_keyword.sql",
		"routine_body.sql", "schema_elements.sql", "all_broken.sql"};
	size_t i;
	(void)state;
	if (!src)
		fail_msg("SX_SOURCE_DIR is not set (run through ctest)");
	for (i = 0; i < NFILES; i++)
		snprintf(path[i], sizeof path[i], "%s/tests/integration/ddl/%s", src, names[i]);
	return 0;
}

static sx_table *table(sx_database *db, const char *schema, const char *name)
{
	sx_schema *s = sx_database_find_schema(db, schema);
	sx_table *t = s ? sx_schema_find_table(s, name) : NULL;
	if (!t)
		fail_msg("table '%s.%s' not found", schema, name);
	return t;
}

static const sx_column *column(const sx_table *t, const char *name)
{
	const sx_column *c = sx_table_find_column(t, name);
	if (!c)
		fail_msg("column '%s.%s' not found", t->name, name);
	return c;
}

static const sx_index *index_named(const sx_table *t, const char *name)
{
	size_t i;
	for (i = 0; i < t->nindexes; i++)
		if (t->indexes[i].key.name && strcmp(t->indexes[i].key.name, name) == 0)
			return &t->indexes[i];
	fail_msg("index '%s' not found on '%s'", name, t->name);
	return NULL;
}

static sx_database *load(sx_catalog **cat, const char *file, const sx_source_opts *o)
{
	sx_database *db;
	sx_error err;
	assert_int_equal(sx_catalog_new(cat, &err), 0);
	if (sx_source_introspect(*cat, file, o, &db, &err))
		fail_msg("%s: %s", file, err.msg);
	return db;
}

static void tables_and_columns(void **state)
{
	sx_catalog *cat;
	sx_database *db = load(&cat, path[SHOP], NULL);
	sx_table *cu;
	const sx_column *c;
	(void)state;

	assert_string_equal(db->name, "shop");
	assert_int_equal(db->kind, SX_DB_DDL);
	assert_string_equal(db->dsn, path[SHOP]);
	assert_string_equal(db->server_version, "PostgreSQL 15.6 (pg_dump)");
	assert_int_equal(db->nschemas, 3);
	/* 9 tables and 2 views: partitions folded, the dropped table gone,
	 * the table inside the COPY data never created */
	assert_int_equal(sx_database_table_count(db), 11);
	assert_null(sx_database_find_schema(db, "public") ? sx_schema_find_table(
			    sx_database_find_schema(db, "public"), "scratch")
							  : NULL);
	assert_null(sx_schema_find_table(sx_database_find_schema(db, "public"), "fake"));
	assert_null(sx_schema_find_table(sx_database_find_schema(db, "public"), "measurements_2024"));
	assert_null(sx_schema_find_table(sx_database_find_schema(db, "public"), "tmp_notes"));

	cu = table(db, "public", "customers");
	assert_int_equal(cu->kind, SX_REL_TABLE);
	assert_string_equal(cu->comment, "People who buy");
	assert_int_equal(cu->ncols, 8);
	c = column(cu, "id");
	assert_int_equal(c->position, 1);
	assert_string_equal(c->type, "integer");
	assert_false(c->nullable); /* NOT NULL and primary key */
	assert_string_equal(c->default_expr, "nextval('public.customers_id_seq'::regclass)");
	c = column(cu, "email");
	assert_string_equal(c->type, "character varying(255)");
	assert_int_equal(c->family, SX_TF_TEXT);
	assert_string_equal(c->comment, "Login and contact address");
	c = column(cu, "country");
	assert_string_equal(c->type, "character(2)");
	assert_string_equal(c->default_expr, "'DE'::bpchar");
	assert_true(c->nullable);
	c = column(cu, "created_at");
	assert_string_equal(c->type, "timestamp with time zone");
	assert_int_equal(c->family, SX_TF_TIMESTAMP);
	assert_string_equal(c->default_expr, "now()");
	assert_false(c->nullable);
	assert_string_equal(column(cu, "score")->type, "numeric(10,2)");
	c = column(cu, "tags");
	assert_string_equal(c->type, "text[]");
	assert_int_equal(c->family, SX_TF_ARRAY);
	/* a domain keeps its name and takes its base type's family */
	c = column(cu, "balance");
	assert_string_equal(c->type, "money_amount");
	assert_int_equal(c->family, SX_TF_DECIMAL);
	assert_string_equal(c->default_expr, "0");
	sx_catalog_free(cat);
}

static void constraints_and_generated(void **state)
{
	sx_catalog *cat;
	sx_database *db = load(&cat, path[SHOP], NULL);
	sx_table *cu, *o, *it, *sh, *tv, *re;
	const sx_column *c;
	const sx_index *ix;
	(void)state;

	cu = table(db, "public", "customers");
	assert_int_equal(cu->pk.ncols, 1);
	assert_string_equal(cu->pk.name, "customers_pkey");
	assert_string_equal(cu->pk.cols[0], "id");
	assert_int_equal(cu->nuniques, 1); /* the partial expression index is no key */
	assert_string_equal(cu->uniques[0].cols[0], "email");
	assert_int_equal(cu->nindexes, 4);
	ix = index_named(cu, "customers_pkey");
	assert_true(ix->primary);
	ix = index_named(cu, "customers_lower_email_idx");
	assert_true(ix->unique);
	assert_string_equal(ix->method, "btree");
	assert_string_equal(ix->key.cols[0], "lower((email)::text)");
	assert_string_equal(ix->predicate, "(country IS NOT NULL)");
	ix = index_named(cu, "customers_tags_idx");
	assert_false(ix->unique);
	assert_string_equal(ix->method, "gin");
	assert_null(ix->predicate);

	o = table(db, "sales", "orders");
	c = column(o, "order_id");
	assert_int_equal(c->generated, SX_GEN_IDENTITY);
	assert_false(c->nullable);
	assert_string_equal(o->pk.cols[0], "order_id");
	c = column(o, "state");
	assert_string_equal(c->type, "order_state");
	assert_int_equal(c->family, SX_TF_TEXT); /* an enum */
	assert_string_equal(c->default_expr, "'new'");
	assert_false(c->nullable);
	assert_string_equal(column(o, "placed")->type, "timestamp(3) without time zone");
	assert_string_equal(column(o, "total")->default_expr, "0.00");
	c = column(o, "total_cents");
	assert_int_equal(c->generated, SX_GEN_STORED);
	assert_string_equal(c->gen_expr, "(total * 100)::bigint");
	assert_string_equal(column(o, "select")->type, "text");
	assert_int_equal(o->nfks, 1);
	assert_string_equal(o->fks[0].ref_schema, "public");
	assert_string_equal(o->fks[0].ref_table, "customers");
	assert_string_equal(o->fks[0].ref_cols[0], "id");
	assert_string_equal(o->fks[0].on_delete, "CASCADE");
	assert_null(o->fks[0].on_update);
	ix = index_named(o, "orders_customer_placed_idx");
	assert_int_equal(ix->key.ncols, 2);
	assert_string_equal(ix->key.cols[1], "placed");

	it = table(db, "sales", "Order Items");
	assert_int_equal(it->pk.ncols, 2);
	assert_string_equal(it->pk.cols[1], "line_no");
	assert_string_equal(it->fks[0].name, "items_order_fk");
	assert_null(it->fks[0].ref_schema); /* same schema */
	assert_string_equal(column(it, "sku")->type, "character varying(40)");
	assert_string_equal(column(it, "qty")->type, "integer");

	/* serial, and a two-column FK added by ALTER TABLE ONLY */
	sh = table(db, "sales", "shipments");
	c = column(sh, "id");
	assert_string_equal(c->type, "integer");
	assert_string_equal(c->default_expr, "nextval('sales.shipments_id_seq'::regclass)");
	assert_false(c->nullable);
	assert_int_equal(sh->nfks, 1);
	assert_int_equal(sh->fks[0].ncols, 2);
	assert_string_equal(sh->fks[0].cols[1], "line_no");
	assert_string_equal(sh->fks[0].ref_table, "Order Items");
	assert_string_equal(sh->fks[0].ref_cols[1], "line_no");
	assert_string_equal(sh->fks[0].on_update, "SET NULL");

	/* Cyrillic, quoted; FK without a column list -> the parent's PK */
	tv = table(db, "Склад", "товары");
	assert_string_equal(tv->comment, "Товары на складе");
	assert_string_equal(tv->pk.cols[0], "артикул");
	assert_string_equal(column(tv, "Цена")->comment, "цена в евро");
	assert_false(column(tv, "название")->nullable);
	assert_string_equal(tv->fks[0].ref_schema, "public");
	assert_string_equal(tv->fks[0].ref_cols[0], "id");

	/* RENAME TO / RENAME COLUMN follow into keys and referencing FKs */
	{
		sx_table *no = table(db, "public", "notes"), *nl = table(db, "public", "note_links");
		assert_string_equal(no->cols[0].name, "note_id");
		assert_string_equal(no->pk.cols[0], "note_id");
		assert_string_equal(nl->fks[0].ref_table, "notes");
		assert_string_equal(nl->fks[0].ref_cols[0], "note_id");
	}

	/* SET search_path = sales, public: unqualified names */
	re = table(db, "sales", "returns");
	assert_int_equal(re->ncols, 3); /* ADD COLUMN */
	assert_string_equal(column(re, "reason")->type, "text");
	assert_string_equal(re->fks[0].ref_table, "orders");
	assert_null(re->fks[0].ref_schema);
	sx_catalog_free(cat);
}

static void views_and_partitions(void **state)
{
	sx_catalog *cat;
	sx_database *db = load(&cat, path[SHOP], NULL);
	sx_table *v, *mv, *m;
	(void)state;

	v = table(db, "public", "big_orders");
	assert_int_equal(v->kind, SX_REL_VIEW);
	assert_true(sx_str_startswith(v->definition, "SELECT o.order_id,"));
	assert_true(sx_str_endswith(v->definition, "(o.total > (100)::numeric)"));
	assert_int_equal(v->ncols, 3);
	assert_string_equal(v->cols[1].name, "customer_email");
	assert_string_equal(v->cols[1].type, "character varying(255)");
	assert_string_equal(v->cols[2].type, "numeric(12,2)");

	mv = table(db, "sales", "daily");
	assert_int_equal(mv->kind, SX_REL_MATVIEW);
	assert_true(sx_str_endswith(mv->definition, "GROUP BY ((placed)::date)"));
	assert_string_equal(mv->cols[0].name, "day");
	assert_string_equal(mv->cols[0].type, "date");
	assert_string_equal(mv->cols[1].name, "n");

	/* PARTITION OF and pg_dump's ATTACH PARTITION, folded into the parent;
	 * the partition's own FK goes with it */
	m = table(db, "public", "measurements");
	assert_int_equal(m->kind, SX_REL_PARTITIONED);
	assert_string_equal(m->partition_key, "RANGE (logdate)");
	assert_int_equal(m->npartitions, 2);
	assert_int_equal(m->nparts, 2);
	assert_string_equal(m->parts[0].name, "measurements_2024");
	assert_string_equal(m->parts[0].bound, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
	assert_string_equal(m->parts[1].name, "measurements_2025");
	assert_string_equal(m->parts[1].bound, "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
	assert_int_equal(m->ncols, 3);
	assert_int_equal(m->nfks, 0);
	sx_catalog_free(cat);
}

static void skipped_warning(void **state)
{
	sx_catalog *cat;
	sx_database *db = load(&cat, path[SHOP], NULL);
	(void)state;
	assert_int_equal(db->nwarnings, 1);
	assert_string_equal(db->warnings[0],
			    "skipped 11 statements: 2 COPY, 2 GRANT, 1 ALTER TABLE OWNER TO, 1 COMMENT "
			    "ON SCHEMA, 1 CREATE EXTENSION, 1 CREATE FUNCTION, 1 CREATE SEQUENCE, "
			    "1 CREATE TRIGGER, 1 REVOKE");
	sx_catalog_free(cat);
}

/* CREATE SCHEMA s CREATE TABLE ... CREATE VIEW ...: the elements are read
 * into s (PostgreSQL puts s first on the search path for them), the path
 * is back to public after the statement, and kinds we do not model are
 * counted as skipped as at the top level. */
static void schema_elements(void **state)
{
	sx_catalog *cat;
	sx_database *db = load(&cat, path[SCHEMA_ELTS], NULL);
	sx_table *emp, *staff, *log;
	(void)state;

	assert_int_equal(sx_database_table_count(db), 6);
	assert_string_equal(table(db, "hr", "department")->pk.cols[0], "id");
	emp = table(db, "hr", "employee");
	assert_int_equal(emp->nfks, 1);
	assert_string_equal(emp->fks[0].ref_table, "department");
	assert_true(!emp->fks[0].ref_schema || strcmp(emp->fks[0].ref_schema, "hr") == 0);
	assert_string_equal(index_named(emp, "employee_department")->key.cols[0], "department_id");
	staff = table(db, "hr", "staff");
	assert_int_equal(staff->kind, SX_REL_VIEW);
	assert_int_equal(staff->ncols, 2);
	assert_string_equal(staff->cols[1].name, "department");
	/* a view's body ends where the next schema element begins */
	assert_string_equal(staff->definition, "SELECT e.id, d.name AS department FROM employee e "
					       "JOIN department d ON d.id = e.department_id");
	assert_null(sx_table_view_base(staff));
	assert_string_equal(table(db, "hr", "dept")->definition,
			    "SELECT id AS dept_id, * FROM department");
	assert_ptr_equal(sx_table_view_base(table(db, "hr", "dept")), table(db, "hr", "department"));
	/* after the statement, unqualified names are public's again */
	assert_string_equal(table(db, "public", "department")->pk.cols[0], "code");
	log = table(db, "audit", "log");
	assert_string_equal(log->fks[0].ref_schema, "hr");
	assert_string_equal(log->fks[0].ref_table, "employee");
	assert_int_equal(db->nwarnings, 1);
	assert_string_equal(db->warnings[0], "skipped 1 statement: 1 GRANT");
	sx_catalog_free(cat);
}

static void options(void **state)
{
	sx_catalog *cat;
	sx_database *db;
	sx_source_opts o = {0};
	const char *only[] = {"Склад", NULL};
	const char *none[] = {"nope", NULL};
	sx_error err;
	(void)state;

	o.schemas = only;
	db = load(&cat, path[SHOP], &o);
	assert_int_equal(db->nschemas, 1);
	assert_int_equal(sx_database_table_count(db), 1);
	sx_catalog_free(cat);

	o.schemas = NULL;
	o.ignore_declared_fks = true;
	db = load(&cat, path[SHOP], &o);
	assert_int_equal(table(db, "sales", "orders")->nfks, 0);
	assert_int_equal(table(db, "sales", "orders")->pk.ncols, 1);
	sx_catalog_free(cat);

	o.ignore_declared_fks = false;
	o.schemas = none;
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	assert_int_equal(sx_source_introspect(cat, path[SHOP], &o, &db, &err), SX_EEMPTY);
	assert_int_equal(cat->ndbs, 0);
	sx_catalog_free(cat);
}

static void errors(void **state)
{
	sx_catalog *cat;
	sx_database *db = (void *)1;
	sx_error err;
	char want[800];
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	/* column 25 counts characters: "ö" is two bytes */
	assert_int_equal(sx_source_introspect(cat, path[SYNTAX], NULL, &db, &err), SX_EPARSE);
	snprintf(want, sizeof want, "%s:4:25: syntax error at or near \",\"", path[SYNTAX]);
	assert_string_equal(err.msg, want);
	assert_null(db);
	/* a scanner error found while splitting, after a meta-command line */
	assert_int_equal(sx_source_introspect(cat, path[UNTERMINATED], NULL, &db, &err), SX_EPARSE);
	snprintf(want, sizeof want, "%s:3:23: unterminated quoted string", path[UNTERMINATED]);
	assert_true(sx_str_startswith(err.msg, want));
	assert_null(strchr(err.msg, '\n'));
	assert_int_equal(sx_source_introspect(cat, path[EMPTY], NULL, &db, &err), SX_EEMPTY);
	snprintf(want, sizeof want, "no tables in '%s'", path[EMPTY]);
	assert_string_equal(err.msg, want);
	assert_int_equal(sx_ddl_introspect(cat, "/nonexistent/x.sql", NULL, &db, &err), SX_ENOTFOUND);
	assert_int_equal(cat->ndbs, 0); /* nothing partial */
	sx_catalog_free(cat);
}

/* A mistake in one statement never loses the ones after it silently: a
 * missing ')' once made the splitter hide the rest of the file (tables b
 * and c vanished, exit 0). Each file holds a good table 'a', the mistake,
 * then more tables: the read fails with the mistake's file:line:column
 * and the catalog stays empty. */
static void broken_files(void **state)
{
	static const struct {
		int file;
		const char *where, *what;
	} cases[] = {
		{MISSING_PAREN, "3:1", "syntax error at or near \";\""},
		{OPEN_QUOTE, "2:23", "unterminated quoted string"},
		{OPEN_DOLLAR, "2:49", "unterminated dollar-quoted string"},
		{NO_SEMICOLON, "2:1", "syntax error at or near \"CREATE\""},
		{MISSPELLED, "2:1", "syntax error at or near \"CRATE\""},
	};
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	char want[800];
	size_t i;
	(void)state;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(sx_catalog_new(&cat, &err), 0);
		db = (void *)1;
		assert_int_equal(sx_source_introspect(cat, path[cases[i].file], NULL, &db, &err),
				 SX_EPARSE);
		snprintf(want, sizeof want, "%s:%s: %s", path[cases[i].file], cases[i].where,
			 cases[i].what);
		if (!sx_str_startswith(err.msg, want))
			fail_msg("got '%s', want '%s...'", err.msg, want);
		assert_null(strchr(err.msg, '\n'));
		assert_null(db);
		assert_int_equal(cat->ndbs, 0);
		sx_catalog_free(cat);
	}
}

/* The same files with skip_bad_statements (`analyze --skip-bad-statements`):
 * each is read, the statement with the mistake is left out and named in
 * one warning, and the tables after it are kept where the text allows: a
 * missing ')' is resumed after the ';' the parser stopped at, a missing
 * ';' is cut at the next statement's first word (nothing left out), an
 * unterminated quote keeps what comes before its statement. A file of
 * nothing but mistakes is still the first error. */
static void broken_files_skipped(void **state)
{
	static const struct {
		int file;
		const char *tables; /* the tables read, in order */
		const char *warning;
	} cases[] = {
		{MISSING_PAREN, "a c", "1 syntax error (first: %s:3:1: syntax error at or near \";\"); 1 statement left out"},
		{OPEN_QUOTE, "a", "1 syntax error (first: %s:2:23: unterminated quoted string"},
		{OPEN_DOLLAR, "a", "1 syntax error (first: %s:2:49: unterminated dollar-quoted string"},
		{NO_SEMICOLON, "a b c", "1 syntax error (first: %s:2:1: syntax error at or near \"CREATE\"); 0 statements left out"},
		{MISSPELLED, "a c", "1 syntax error (first: %s:2:1: syntax error at or near \"CRATE\"); 1 statement left out"},
		{SYNTAX, "ok_table never_reached", "1 syntax error (first: %s:4:25: syntax error at or near \",\"); 1 statement left out"},
		{UNTERMINATED, "t", "1 syntax error (first: %s:3:23: unterminated quoted string"},
	};
	sx_source_opts o = {.skip_bad_statements = true};
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	char want[800], got[200];
	size_t i, j, k;
	(void)state;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *w = NULL;
		db = load(&cat, path[cases[i].file], &o);
		got[0] = '\0';
		for (j = 0; j < db->nschemas; j++)
			for (k = 0; k < db->schemas[j]->ntables; k++)
				snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s",
					 got[0] ? " " : "", db->schemas[j]->tables[k]->name);
		if (strcmp(got, cases[i].tables) != 0)
			fail_msg("%s: read '%s', want '%s'", path[cases[i].file], got, cases[i].tables);
		snprintf(want, sizeof want, cases[i].warning, path[cases[i].file]);
		for (j = 0; j < db->nwarnings && !w; j++)
			if (sx_str_startswith(db->warnings[j], want))
				w = db->warnings[j];
		if (!w)
			fail_msg("%s: no warning '%s...' (%zu warnings, first '%s')", path[cases[i].file],
				 want, db->nwarnings, db->nwarnings ? db->warnings[0] : "");
		assert_int_equal(strstr(w, "unterminated") != NULL,
				 strstr(w, "the rest of the file after an unterminated quote") != NULL);
		sx_catalog_free(cat);
	}
	/* nothing readable: the first error, and nothing added */
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	db = (void *)1;
	assert_int_equal(sx_source_introspect(cat, path[ALL_BROKEN], &o, &db, &err), SX_EPARSE);
	snprintf(want, sizeof want, "%s:2:1: syntax error at or near \"CRATE\"", path[ALL_BROKEN]);
	assert_string_equal(err.msg, want);
	assert_null(db);
	assert_int_equal(cat->ndbs, 0);
	sx_catalog_free(cat);

	/* more than 100 mistakes: not DDL, the file is refused */
	{
		char tmp[] = "/tmp/sx_ddl_badXXXXXX.sql";
		int fd = mkstemps(tmp, 4);
		FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
		assert_non_null(f);
		fputs("CREATE TABLE good (id int);\n", f);
		for (i = 0; i < 101; i++)
			fprintf(f, "CRATE TABLE bad%zu (id int);\n", i);
		fclose(f);
		assert_int_equal(sx_catalog_new(&cat, &err), 0);
		assert_int_equal(sx_source_introspect(cat, tmp, &o, &db, &err), SX_EPARSE);
		snprintf(want, sizeof want, "%s: more than 100 syntax errors, not read (first: %s:2:1: ", tmp, tmp);
		if (!sx_str_startswith(err.msg, want))
			fail_msg("got '%s', want '%s...'", err.msg, want);
		assert_int_equal(cat->ndbs, 0);
		sx_catalog_free(cat);
		unlink(tmp);
	}
}

/* What must still split as one statement: ';' inside a SQL-standard
 * routine body (BEGIN ATOMIC ... END, with a CASE ... END inside) and
 * inside parentheses; the tables around them are all read. */
static void routine_bodies(void **state)
{
	sx_catalog *cat;
	sx_database *db = load(&cat, path[ROUTINE], NULL);
	sx_table *c;
	(void)state;
	table(db, "public", "a");
	c = table(db, "public", "c");
	assert_int_equal(c->nfks, 1);
	assert_string_equal(c->fks[0].ref_table, "a");
	assert_int_equal(db->schemas[0]->ntables, 2);
	sx_catalog_free(cat);
}

/* The whole database as text, to compare two parses. */
static char *dump_db(sx_database *db)
{
	cJSON *o;
	char *txt;
	size_t i, j;
	db->analysed_at = NULL;
	o = sx_database_to_json(db, false);
	for (i = 0; i < db->nschemas; i++)
		for (j = 0; j < db->schemas[i]->ntables; j++)
			cJSON_AddItemToArray(cJSON_AddArrayToObject(o, db->schemas[i]->tables[j]->name),
					     sx_table_to_json(db->schemas[i]->tables[j], true));
	txt = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	return txt;
}

/* Every allocation of a parse fails in turn: each run returns SX_ENOMEM
 * and adds nothing (never crashes, never leaks: ASan checks) until the
 * parse needs fewer allocations than the failure point; that first
 * complete parse must equal an undisturbed one, so no failure was
 * swallowed along the way. */
static void allocation_failures(void **state)
{
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	char *want, *got;
	long n;
	int rc = -1;
	(void)state;

	db = load(&cat, path[SHOP], NULL);
	want = dump_db(db);
	sx_catalog_free(cat);
	for (n = 0; n < 100000; n++) {
		if (sx_catalog_new(&cat, &err))
			fail_msg("sx_catalog_new");
		sx_alloc_fail_after(n);
		rc = sx_ddl_introspect(cat, path[SHOP], NULL, &db, &err);
		sx_alloc_fail_after(-1);
		if (rc == 0) {
			got = dump_db(db);
			if (strcmp(got, want) != 0) {
				size_t k = 0;
				while (got[k] && got[k] == want[k])
					k++;
				fail_msg("allocation %ld failed silently; first difference at %zu: "
					 "got ...%.80s... want ...%.80s...",
					 n, k, got + (k > 40 ? k - 40 : 0), want + (k > 40 ? k - 40 : 0));
			}
			free(got);
			sx_catalog_free(cat);
			break;
		}
		if (rc != SX_ENOMEM)
			fail_msg("allocation %ld: %s (%d)", n, err.msg, rc);
		assert_int_equal(cat->ndbs, 0);
		sx_catalog_free(cat);
	}
	free(want);
	assert_int_equal(rc, 0);
	assert_true(n > 10); /* the loop did fail allocations */
	print_message("parse succeeded after %ld failing allocations\n", n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tables_and_columns), cmocka_unit_test(constraints_and_generated),
		cmocka_unit_test(views_and_partitions), cmocka_unit_test(skipped_warning),
		cmocka_unit_test(options),		cmocka_unit_test(errors),
		cmocka_unit_test(allocation_failures), cmocka_unit_test(broken_files),
		cmocka_unit_test(broken_files_skipped),
		cmocka_unit_test(routine_bodies), cmocka_unit_test(schema_elements),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
