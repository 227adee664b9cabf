/*
 * test_catalog.c - the catalog model: builders, lookups and name
 * resolution, type families per dialect, source classification, DSN
 * redaction, JSON form.
 */
#include "sx_test.h"

#include <sextant/catalog.h>
#include <sextant/pgsql.h>

static sx_catalog *two_dbs(void)
{
	sx_catalog *cat;
	sx_error err;
	sx_database *a, *b;
	sx_schema *s;
	sx_table *t;
	const char *pk[] = {"id"}, *fkc[] = {"customer_id"}, *ref[] = {"id"};

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	a = sx_catalog_add_database(cat, "shop", SX_DB_POSTGRES);
	s = sx_catalog_add_schema(cat, a, "public");
	t = sx_catalog_add_table(cat, s, "customers", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "bigint");
	sx_catalog_add_column(cat, t, "email", "character varying(255)");
	sx_catalog_set_pk(cat, t, "customers_pkey", 1, pk);
	t = sx_catalog_add_table(cat, s, "orders", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "customer_id", "bigint");
	sx_catalog_add_fk(cat, t, "orders_customer_fk", 1, fkc, NULL, "customers", ref);
	s = sx_catalog_add_schema(cat, a, "archive");
	sx_catalog_add_table(cat, s, "orders", SX_REL_TABLE);
	b = sx_catalog_add_database(cat, "crm", SX_DB_SQLITE);
	s = sx_catalog_add_schema(cat, b, "main");
	sx_catalog_add_table(cat, s, "Contacts", SX_REL_VIEW);
	return cat;
}

static void test_builders_and_lookup(void **state)
{
	sx_catalog *cat = two_dbs();
	sx_table *t;
	const sx_column *c;
	char id[256];
	(void)state;
	assert_int_equal(cat->ndbs, 2);
	assert_int_equal(sx_catalog_table_count(cat), 4);
	t = sx_schema_find_table(sx_database_find_schema(sx_catalog_find_database(cat, "shop"), "public"),
				 "orders");
	assert_non_null(t);
	assert_int_equal(t->ncols, 2);
	c = sx_table_find_column(t, "customer_id");
	assert_non_null(c);
	assert_int_equal(c->position, 2);
	assert_int_equal(c->family, SX_TF_INTEGER);
	assert_true(c->nullable);
	assert_int_equal(t->row_count, -1);
	assert_ptr_equal(sx_table_col_fk(t, "customer_id"), &t->fks[0]);
	assert_null(sx_table_col_fk(t, "id"));
	sx_table_id(t, id, sizeof id);
	assert_string_equal(id, "shop.public.orders");
	t = sx_schema_find_table(t->schema, "customers");
	assert_true(sx_table_col_in_pk(t, "id"));
	assert_false(sx_table_col_in_pk(t, "email"));
	assert_int_equal(sx_table_find_column(t, "email")->family, SX_TF_TEXT);
	sx_catalog_free(cat);
}

static void test_many_columns_grow(void **state)
{
	sx_catalog *cat;
	sx_error err;
	sx_table *t;
	char name[32];
	(void)state;
	sx_catalog_new(&cat, &err);
	t = sx_catalog_add_table(cat, sx_catalog_add_schema(cat, sx_catalog_add_database(cat, "d", SX_DB_SQLITE), "main"),
				 "wide", SX_REL_TABLE);
	for (int i = 0; i < 1000; i++) {
		snprintf(name, sizeof name, "c%d", i);
		assert_non_null(sx_catalog_add_column(cat, t, name, "TEXT"));
	}
	assert_int_equal(t->ncols, 1000);
	for (int i = 0; i < 1000; i++) {
		snprintf(name, sizeof name, "c%d", i);
		assert_string_equal(t->cols[i].name, name);
		assert_int_equal(t->cols[i].position, i + 1);
	}
	sx_catalog_free(cat);
}

static void test_resolve(void **state)
{
	sx_catalog *cat = two_dbs();
	sx_table *t;
	sx_error err;
	char id[256];
	(void)state;
	assert_int_equal(sx_catalog_resolve(cat, "customers", &t, &err), 0);
	assert_string_equal(t->name, "customers");
	/* "orders" exists in two schemas: ambiguous, with candidates named */
	assert_int_equal(sx_catalog_resolve(cat, "orders", &t, &err), SX_EINVAL);
	assert_non_null(strstr(err.msg, "shop.public.orders"));
	assert_non_null(strstr(err.msg, "shop.archive.orders"));
	assert_int_equal(sx_catalog_resolve(cat, "archive.orders", &t, &err), 0);
	sx_table_id(t, id, sizeof id);
	assert_string_equal(id, "shop.archive.orders");
	assert_int_equal(sx_catalog_resolve(cat, "shop.public.orders", &t, &err), 0);
	assert_string_equal(t->schema->name, "public");
	/* case-insensitive fallback */
	assert_int_equal(sx_catalog_resolve(cat, "contacts", &t, &err), 0);
	assert_string_equal(t->name, "Contacts");
	assert_int_equal(sx_catalog_resolve(cat, "crm.main.CONTACTS", &t, &err), 0);
	assert_int_equal(sx_catalog_resolve(cat, "nosuch", &t, &err), SX_ENOTFOUND);
	assert_non_null(strstr(err.msg, "'nosuch'"));
	assert_int_equal(sx_catalog_resolve(cat, "", &t, &err), SX_EINVAL);
	assert_int_equal(sx_catalog_resolve(cat, "other.public.orders", &t, &err), SX_ENOTFOUND);
	sx_catalog_free(cat);
}

static void test_type_families(void **state)
{
	static const struct {
		sx_db_kind d;
		const char *type;
		sx_typefam f;
	} cases[] = {
		{SX_DB_POSTGRES, "integer", SX_TF_INTEGER},
		{SX_DB_POSTGRES, "bigint", SX_TF_INTEGER},
		{SX_DB_POSTGRES, "numeric(12,2)", SX_TF_DECIMAL},
		{SX_DB_POSTGRES, "double precision", SX_TF_FLOAT},
		{SX_DB_POSTGRES, "character varying(255)", SX_TF_TEXT},
		{SX_DB_POSTGRES, "character(2)", SX_TF_TEXT},
		{SX_DB_POSTGRES, "timestamp(3) with time zone", SX_TF_TIMESTAMP},
		{SX_DB_POSTGRES, "timestamp without time zone", SX_TF_TIMESTAMP},
		{SX_DB_POSTGRES, "time without time zone", SX_TF_OTHER},
		{SX_DB_POSTGRES, "date", SX_TF_DATE},
		{SX_DB_POSTGRES, "boolean", SX_TF_BOOLEAN},
		{SX_DB_POSTGRES, "uuid", SX_TF_UUID},
		{SX_DB_POSTGRES, "jsonb", SX_TF_JSON},
		{SX_DB_POSTGRES, "bytea", SX_TF_BINARY},
		{SX_DB_POSTGRES, "integer[]", SX_TF_ARRAY},
		{SX_DB_POSTGRES, "_int4", SX_TF_ARRAY},
		{SX_DB_POSTGRES, "inet", SX_TF_OTHER},
		{SX_DB_POSTGRES, "point", SX_TF_OTHER},
		{SX_DB_SQLITE, "INTEGER", SX_TF_INTEGER},
		{SX_DB_SQLITE, "NVARCHAR(70)", SX_TF_TEXT},
		{SX_DB_SQLITE, "NUMERIC(10,2)", SX_TF_DECIMAL},
		{SX_DB_SQLITE, "DATETIME", SX_TF_TIMESTAMP},
		{SX_DB_SQLITE, "", SX_TF_BINARY},
		{SX_DB_SQLITE, "BLOB", SX_TF_BINARY},
		{SX_DB_SQLITE, "REAL", SX_TF_FLOAT},
		{SX_DB_SQLITE, "UNSIGNED BIG INT", SX_TF_INTEGER},
		{SX_DB_SQLITE, "MONEYISH", SX_TF_DECIMAL}, /* NUMERIC affinity */
		{SX_DB_CLICKHOUSE, "UInt64", SX_TF_INTEGER},
		{SX_DB_CLICKHOUSE, "Nullable(Int32)", SX_TF_INTEGER},
		{SX_DB_CLICKHOUSE, "LowCardinality(Nullable(String))", SX_TF_TEXT},
		{SX_DB_CLICKHOUSE, "Decimal(18, 4)", SX_TF_DECIMAL},
		{SX_DB_CLICKHOUSE, "Float64", SX_TF_FLOAT},
		{SX_DB_CLICKHOUSE, "DateTime64(3)", SX_TF_TIMESTAMP},
		{SX_DB_CLICKHOUSE, "DateTime('UTC')", SX_TF_TIMESTAMP},
		{SX_DB_CLICKHOUSE, "Date", SX_TF_DATE},
		{SX_DB_CLICKHOUSE, "Array(String)", SX_TF_ARRAY},
		{SX_DB_CLICKHOUSE, "Enum8('a' = 1, 'b' = 2)", SX_TF_TEXT},
		{SX_DB_CLICKHOUSE, "UUID", SX_TF_UUID},
		{SX_DB_CLICKHOUSE, "FixedString(16)", SX_TF_TEXT},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		sx_typefam f = sx_typefam_of(cases[i].d, cases[i].type);
		if (f != cases[i].f)
			fail_msg("'%s' (%s): got %s, want %s", cases[i].type,
				 sx_db_kind_name(cases[i].d), sx_typefam_name(f),
				 sx_typefam_name(cases[i].f));
	}
	for (int f = 0; f < SX_TF_COUNT; f++)
		assert_int_equal(sx_typefam_parse(sx_typefam_name((sx_typefam)f)), f);
}

static void test_classify(void **state)
{
	(void)state;
	assert_int_equal(sx_source_classify("postgresql://u@h/db"), SX_SRC_POSTGRES);
	assert_int_equal(sx_source_classify("postgres://h"), SX_SRC_POSTGRES);
	assert_int_equal(sx_source_classify("host=localhost dbname=x"), SX_SRC_POSTGRES);
	assert_int_equal(sx_source_classify("service=prod"), SX_SRC_POSTGRES);
	assert_int_equal(sx_source_classify("clickhouse://u@h:8123/db"), SX_SRC_CLICKHOUSE);
	assert_int_equal(sx_source_classify("http://h:8123"), SX_SRC_CLICKHOUSE);
	assert_int_equal(sx_source_classify("sqlite:/x/y.db"), SX_SRC_SQLITE);
	assert_int_equal(sx_source_classify("/x/schema.sql"), SX_SRC_DDL);
	assert_int_equal(sx_source_classify("dump.ddl"), SX_SRC_DDL);
	assert_int_equal(sx_source_classify("/x/warehouse.db"), SX_SRC_SQLITE);
	assert_int_equal(sx_source_classify(""), SX_SRC_UNKNOWN);
}

static void test_redact(void **state)
{
	static const char *const cases[][2] = {
		{"postgresql://alice:s3cret@db.example:5432/shop", "postgresql://alice@db.example:5432/shop"},
		{"postgresql://alice:p@ss@host/db", "postgresql://alice@host/db"},
		{"postgresql://host/db?user=a&password=s3cret&sslmode=require",
		 "postgresql://host/db?user=a&sslmode=require"},
		{"postgresql://host/db?password=s3cret", "postgresql://host/db"},
		{"host=h user=a password=s3cret dbname=d", "host=h user=a dbname=d"},
		{"host=h password = 's3 c\\'ret' dbname=d", "host=h dbname=d"},
		{"clickhouse://bob:s3cret@ch:8123/logs", "clickhouse://bob@ch:8123/logs"},
		{"http://ch:8123", "http://ch:8123"},
		{"postgresql://alice@h/db", "postgresql://alice@h/db"},
		{"/path/to/file.sqlite", "/path/to/file.sqlite"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *r = sx_dsn_redact(cases[i][0]);
		if (strcmp(r, cases[i][1]) != 0)
			fail_msg("redact '%s': got '%s', want '%s'", cases[i][0], r, cases[i][1]);
		assert_null(strstr(r, "s3"));
		free(r);
	}
	assert_null(sx_dsn_redact(NULL));
}

static void test_json_form(void **state)
{
	sx_catalog *cat = two_dbs();
	sx_table *t;
	sx_error err;
	cJSON *j, *cols, *fks;
	(void)state;
	assert_int_equal(sx_catalog_resolve(cat, "public.orders", &t, &err), 0);
	j = sx_table_to_json(t, true);
	assert_string_equal(sx_json_str(j, "id", ""), "shop.public.orders");
	assert_true(cJSON_IsNull(cJSON_GetObjectItem(j, "row_count")));
	cols = cJSON_GetObjectItem(j, "columns");
	assert_int_equal(cJSON_GetArraySize(cols), 2);
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(cols, 1), "fk", ""), "customers");
	fks = cJSON_GetObjectItem(j, "foreign_keys");
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(fks, 0), "ref_schema", ""), "public");
	cJSON_Delete(j);
	j = sx_database_to_json(sx_catalog_find_database(cat, "crm"), false);
	assert_int_equal(sx_json_int(j, "tables", -1), 0);
	assert_int_equal(sx_json_int(j, "views", -1), 1);
	cJSON_Delete(j);
	sx_catalog_free(cat);
}

static void test_merge(void **state)
{
	sx_catalog *a = two_dbs(), *b;
	sx_error err;
	sx_table *t;
	(void)state;
	sx_catalog_new(&b, &err);
	sx_catalog_add_table(b, sx_catalog_add_schema(b, sx_catalog_add_database(b, "third", SX_DB_DDL), "public"),
			     "x", SX_REL_TABLE);
	assert_int_equal(sx_catalog_merge(a, b, &err), 0);
	assert_int_equal(a->ndbs, 3);
	assert_int_equal(sx_catalog_resolve(a, "third.public.x", &t, &err), 0);
	sx_catalog_free(a);
}

/* A view of `def` in schema `ops` of the shop database; its base, or NULL. */
static const sx_table *base_of(sx_catalog *cat, sx_rel_kind kind, const char *def)
{
	sx_database *db = sx_catalog_find_database(cat, "shop");
	sx_schema *ops = sx_database_find_schema(db, "ops");
	sx_table *v;
	static int n;
	char name[16];
	if (!ops)
		ops = sx_catalog_add_schema(cat, db, "ops");
	snprintf(name, sizeof name, "v%d", n++);
	v = sx_catalog_add_table(cat, ops, name, kind);
	v->definition = def;
	return sx_table_view_base(v);
}

/* Alias views: only a plain projection of one table names a base. */
static void test_view_base(void **state)
{
	sx_catalog *cat = two_dbs();
	const sx_table *cust, *orders, *arch;
	sx_schema *pub;
	(void)state;
	pub = sx_database_find_schema(sx_catalog_find_database(cat, "shop"), "public");
	cust = sx_schema_find_table(pub, "customers");
	orders = sx_schema_find_table(pub, "orders");
	arch = sx_schema_find_table(sx_database_find_schema(pub->db, "archive"), "orders");
	/* SELECT *, renamed columns, names in another case, ORDER BY */
	assert_ptr_equal(base_of(cat, SX_REL_VIEW, "SELECT * FROM \"public\".\"Customers\""), cust);
	assert_ptr_equal(base_of(cat, SX_REL_VIEW, "SELECT * FROM public.customers"), cust);
	assert_ptr_equal(base_of(cat, SX_REL_VIEW, "SELECT id AS customer_no, email FROM PUBLIC.Customers c"),
			 cust);
	assert_ptr_equal(base_of(cat, SX_REL_MATVIEW, "SELECT o.id, * FROM archive.orders o ORDER BY 1"),
			 arch);
	assert_ptr_equal(
	    base_of(cat, SX_REL_VIEW, "CREATE VIEW x AS SELECT customer_id FROM public.orders;"),
	    orders);
	/* anything that filters, joins, groups, computes or combines is not an alias */
	assert_null(base_of(cat, SX_REL_VIEW, "SELECT * FROM public.orders WHERE id > 10"));
	assert_null(base_of(cat, SX_REL_VIEW,
			    "SELECT o.id FROM public.orders o JOIN public.customers c ON c.id = o.customer_id"));
	assert_null(base_of(cat, SX_REL_VIEW, "SELECT * FROM public.orders, public.customers"));
	assert_null(base_of(cat, SX_REL_VIEW, "SELECT customer_id, count(*) FROM public.orders GROUP BY 1"));
	assert_null(base_of(cat, SX_REL_VIEW, "SELECT id + 1 AS next FROM public.orders"));
	assert_null(base_of(cat, SX_REL_VIEW, "SELECT DISTINCT customer_id FROM public.orders"));
	assert_null(base_of(cat, SX_REL_VIEW, "SELECT * FROM public.orders LIMIT 5"));
	assert_null(base_of(cat, SX_REL_VIEW,
			    "SELECT id FROM public.orders UNION SELECT id FROM archive.orders"));
	assert_null(base_of(cat, SX_REL_VIEW, "SELECT * FROM (SELECT * FROM public.orders) s"));
	/* an unknown base, an unqualified name the view's schema lacks,
	 * text that does not parse, a table */
	assert_null(base_of(cat, SX_REL_VIEW, "SELECT * FROM public.invoices"));
	assert_null(base_of(cat, SX_REL_VIEW, "SELECT * FROM customers"));
	assert_null(base_of(cat, SX_REL_VIEW, "SELEKT everything"));
	assert_null(base_of(cat, SX_REL_TABLE, "SELECT * FROM public.customers"));
	assert_null(sx_table_view_base(cust));
	sx_catalog_free(cat);
}

/* The DDL reader folds partitions into their parent but keeps each one's
 * name and bound text (PARTITION OF, with a PARTITION BY after the bound,
 * ATTACH PARTITION, DEFAULT, MINVALUE); the parent alone is a table. */
static void test_ddl_partitions(void **state)
{
	const char *dir = sx_test_tmpdir("ddlparts");
	char path[600];
	FILE *f;
	sx_catalog *cat;
	sx_database *db;
	sx_table *t;
	sx_error err;
	(void)state;

	snprintf(path, sizeof path, "%s/ledger.sql", dir);
	assert_non_null(f = fopen(path, "w"));
	fputs("CREATE TABLE fees (id int, paid_on date NOT NULL, region text)\n"
	      "  PARTITION BY RANGE (paid_on);\n"
	      "CREATE TABLE fees_p2021_03 PARTITION OF fees\n"
	      "  FOR VALUES FROM ('2021-03-01') TO ('2021-04-01');\n"
	      "CREATE TABLE fees_y2021 PARTITION OF fees\n"
	      "  FOR VALUES FROM ('2021-04-01') TO ('2022-01-01') PARTITION BY LIST (region);\n"
	      "CREATE TABLE fees_old (id int, paid_on date NOT NULL, region text);\n"
	      "ALTER TABLE ONLY fees ATTACH PARTITION fees_old DEFAULT;\n"
	      "CREATE TABLE fees_2020 (id int, paid_on date NOT NULL, region text);\n"
	      "ALTER TABLE fees ATTACH PARTITION fees_2020\n"
	      "  FOR VALUES FROM (MINVALUE) TO ('2021-01-01 00:00:00+00');\n"
	      /* a partition of a partition folds into the root too */
	      "CREATE TABLE fees_y2021_eu PARTITION OF fees_y2021 FOR VALUES IN ('eu');\n"
	      "CREATE TABLE fees_y2021_us PARTITION OF fees_y2021 FOR VALUES IN ('us', 'ca');\n",
	      f);
	fclose(f);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	assert_int_equal(sx_ddl_introspect(cat, path, &(sx_source_opts){0}, &db, &err), 0);
	assert_int_equal(sx_database_table_count(db), 1);
	t = sx_schema_find_table(db->schemas[0], "fees");
	assert_non_null(t);
	assert_int_equal(t->kind, SX_REL_PARTITIONED);
	assert_int_equal(t->nparts, 6);
	assert_string_equal(t->parts[0].name, "fees_p2021_03");
	assert_string_equal(t->parts[0].bound, "FOR VALUES FROM ('2021-03-01') TO ('2021-04-01')");
	assert_string_equal(t->parts[1].name, "fees_y2021");
	assert_string_equal(t->parts[1].bound, "FOR VALUES FROM ('2021-04-01') TO ('2022-01-01')");
	assert_string_equal(t->parts[2].name, "fees_old");
	assert_string_equal(t->parts[2].bound, "DEFAULT");
	assert_string_equal(t->parts[3].name, "fees_2020");
	assert_string_equal(t->parts[3].bound,
			    "FOR VALUES FROM (MINVALUE) TO ('2021-01-01 00:00:00+00')");
	assert_string_equal(t->parts[4].name, "fees_y2021_eu");
	assert_string_equal(t->parts[4].bound, "FOR VALUES IN ('eu')");
	assert_string_equal(t->parts[5].name, "fees_y2021_us");
	sx_catalog_free(cat);
	sx_test_rmrf(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builders_and_lookup), cmocka_unit_test(test_many_columns_grow),
		cmocka_unit_test(test_resolve),		    cmocka_unit_test(test_type_families),
		cmocka_unit_test(test_classify),	    cmocka_unit_test(test_redact),
		cmocka_unit_test(test_json_form),	    cmocka_unit_test(test_merge),
		cmocka_unit_test(test_view_base),	    cmocka_unit_test(test_ddl_partitions),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	sx_pgsql_shutdown();
	return rc;
}
