/*
 * test_chsql.c - unit tests of the static ClickHouse SQL checks
 * (src/validate/chsql.c): lexical errors and brackets at their exact line
 * and column, statement splitting, binding against a ClickHouse database
 * of a catalog with "did you mean", version features, = NULL, SELECT * in
 * a load, refusals; and clean cases that must stay clean.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <sextant/validate.h>

static sx_catalog *cat;

static int setup(void **state)
{
	sx_error err = {0};
	sx_database *db;
	sx_schema *sc;
	sx_table *t;
	(void)state;
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	/* shop, as tests/integration/clickhouse/fixture.sql has it */
	db = sx_catalog_add_database(cat, "shop", SX_DB_CLICKHOUSE);
	sc = sx_catalog_add_schema(cat, db, "shop");
	t = sx_catalog_add_table(cat, sc, "users", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "user_id", "UInt64");
	sx_catalog_add_column(cat, t, "email", "String");
	sx_catalog_add_column(cat, t, "name", "Nullable(String)");
	sx_catalog_add_column(cat, t, "country", "FixedString(2)");
	t = sx_catalog_add_table(cat, sc, "events", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "event_date", "Date");
	sx_catalog_add_column(cat, t, "user_id", "UInt64");
	sx_catalog_add_column(cat, t, "amount", "Decimal(12, 2)");
	sx_catalog_add_column(cat, t, "referrer", "Nullable(String)");
	sx_catalog_add_column(cat, t, "tags", "Array(String)");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	sx_catalog_free(cat);
	return 0;
}

/* Validates sql as ClickHouse (with the catalog when bind, against
 * version when not NULL) into l. */
static void run(const char *sql, sx_artifact_kind art, bool bind, const char *version,
                sx_finding_list *l)
{
	sx_validate_ctx ctx;
	sx_error err = {0};
	sx_validate_ctx_init(&ctx);
	ctx.source_dialect = SX_DB_CLICKHOUSE;
	ctx.cat = bind ? cat : NULL;
	ctx.target_version = version;
	sx_finding_list_init(l);
	assert_int_equal(sx_validate_sql(&ctx, sql, art, l, &err), 0);
}

static const sx_finding *rule_at(const sx_finding_list *l, const char *rule, int line, int col)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].rule, rule) && l->v[i].line == line && l->v[i].col == col)
			return &l->v[i];
	return NULL;
}

static size_t count_rule(const sx_finding_list *l, const char *rule)
{
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++)
		n += !strcmp(l->v[i].rule, rule);
	return n;
}

static void test_lexical(void **state)
{
	sx_finding_list l;
	const sx_finding *f;
	(void)state;
	/* an unterminated string: at its opening quote ('' is a quote inside) */
	run("SELECT user_id\nFROM shop.users\nWHERE email = 'it''s (\n", SX_ART_SELECT_SQL, true,
	    NULL, &l);
	assert_non_null(f = rule_at(&l, "sql.syntax", 3, 15));
	assert_int_equal(f->severity, SX_SEV_ERROR);
	assert_int_equal(l.n, 1);
	sx_finding_list_release(&l);
	/* a backslash escape does not end it; Cyrillic counts as characters */
	run("SELECT 'Иван\\'s', `col\n", SX_ART_SELECT_SQL, false, NULL, &l);
	assert_non_null(rule_at(&l, "sql.syntax", 1, 19));
	assert_non_null(strstr(l.v[0].message, "quoted identifier"));
	sx_finding_list_release(&l);
	run("SELECT 1 /* never closed\nFROM t", SX_ART_SELECT_SQL, false, NULL, &l);
	assert_non_null(rule_at(&l, "sql.syntax", 1, 10));
	sx_finding_list_release(&l);
	/* brackets: the unclosed one, a stray one, a mismatch */
	run("SELECT count(\n  user_id FROM shop.users", SX_ART_SELECT_SQL, false, NULL, &l);
	assert_non_null(f = rule_at(&l, "sql.syntax", 1, 13));
	assert_non_null(strstr(f->message, "never closed"));
	sx_finding_list_release(&l);
	run("SELECT 1)\n", SX_ART_SELECT_SQL, false, NULL, &l);
	assert_non_null(rule_at(&l, "sql.syntax", 1, 9));
	sx_finding_list_release(&l);
	run("SELECT [1, (2]\n", SX_ART_SELECT_SQL, false, NULL, &l);
	assert_non_null(f = rule_at(&l, "sql.syntax", 1, 14));
	assert_non_null(strstr(f->message, "opened at 1:12"));
	sx_finding_list_release(&l);
	/* a '(' still open at the ';' ending a statement */
	run("SELECT (1;\nSELECT 2)", SX_ART_LOAD_SQL, false, NULL, &l);
	assert_non_null(rule_at(&l, "sql.syntax", 1, 8));
	sx_finding_list_release(&l);
	/* strings, comments and quoted names hide brackets and ';' */
	run("SELECT ')', \"a;(\" -- )\nFROM t /* ( */", SX_ART_SELECT_SQL, false, NULL, &l);
	assert_int_equal(l.n, 0);
	sx_finding_list_release(&l);
	run("  -- nothing\n;", SX_ART_SELECT_SQL, false, NULL, &l);
	assert_int_equal(count_rule(&l, "sql.empty"), 1);
	sx_finding_list_release(&l);
	/* the target DDL reader shares the tokenizer: ch.syntax there */
	{
		sx_validate_ctx ctx;
		sx_error err = {0};
		sx_validate_ctx_init(&ctx);
		sx_finding_list_init(&l);
		assert_int_equal(sx_validate_ch_ddl(&ctx,
		                                    "CREATE TABLE t (a String DEFAULT 'x) ENGINE = "
		                                    "Memory",
		                                    &l, &err),
		                 0);
		assert_non_null(f = rule_at(&l, "ch.syntax", 1, 34));
		assert_non_null(strstr(f->message, "unterminated string"));
		sx_finding_list_release(&l);
	}
}

static void test_binding(void **state)
{
	sx_finding_list l;
	const sx_finding *f;
	(void)state;
	/* a clean query with aliases, lambdas, ARRAY JOIN, a derived table */
	run("SELECT u.user_id, count() AS n, sum(e.amount) total,\n"
	    "       arrayMap(x -> x * 2, [1, 2]) AS arr, toStartOfMonth(e.event_date) AS month\n"
	    "FROM shop.events AS e\n"
	    "INNER JOIN shop.users u ON u.user_id = e.user_id\n"
	    "ARRAY JOIN tags AS tag\n"
	    "WHERE e.referrer IS NOT NULL AND tag != '' AND e.event_date >= toDate('2024-01-01')\n"
	    "  AND extract(DAY FROM e.event_date) > 1 AND CASE WHEN e.amount > 1 THEN 1 ELSE 0 END "
	    "= 1\n"
	    "  AND u.user_id IN (SELECT user_id FROM (SELECT user_id, count() AS c FROM "
	    "shop.events "
	    "GROUP BY user_id) WHERE c > 1)\n"
	    "GROUP BY u.user_id, month ORDER BY total DESC LIMIT 10 SETTINGS max_threads = 2",
	    SX_ART_SELECT_SQL, true, "18.16.1", &l);
	for (size_t i = 0; i < l.n; i++)
		fprintf(stderr, "unexpected: %s %d:%d %s\n", l.v[i].rule, l.v[i].line, l.v[i].col,
		        l.v[i].message);
	assert_int_equal(l.n, 0);
	sx_finding_list_release(&l);

	/* unknown columns, qualified and not, with a did-you-mean */
	run("SELECT u.emial,\n  refferer\nFROM shop.users AS u JOIN shop.events AS e USING "
	    "user_id\n"
	    "WHERE x.user_id = 1",
	    SX_ART_SELECT_SQL, true, NULL, &l);
	assert_non_null(f = rule_at(&l, "sql.unknown-column", 1, 10));
	assert_string_equal(f->hint, "did you mean \"email\"?");
	assert_non_null(f = rule_at(&l, "sql.unknown-column", 2, 3));
	assert_string_equal(f->hint, "did you mean \"referrer\"?");
	assert_non_null(rule_at(&l, "sql.missing-from", 4, 7));
	assert_int_equal(sx_finding_count(&l, SX_SEV_ERROR), 3);
	sx_finding_list_release(&l);

	/* an unknown table: an error in a select, an info in a load */
	run("SELECT user_id FROM shop.userz", SX_ART_SELECT_SQL, true, NULL, &l);
	assert_non_null(f = rule_at(&l, "sql.unknown-table", 1, 21));
	assert_int_equal(f->severity, SX_SEV_ERROR);
	assert_string_equal(f->hint, "did you mean \"users\"?");
	assert_int_equal(count_rule(&l, "sql.unknown-column"), 0); /* its columns are unknown */
	sx_finding_list_release(&l);
	run("SELECT 1 FROM shopp.users", SX_ART_SELECT_SQL, true, NULL, &l);
	assert_non_null(f = rule_at(&l, "sql.unknown-schema", 1, 15));
	assert_string_equal(f->hint, "did you mean \"shop\"?");
	sx_finding_list_release(&l);
	run("INSERT INTO shop.daily (d, n)\nSELECT event_date, count() FROM shop.events GROUP BY "
	    "event_date",
	    SX_ART_LOAD_SQL, true, NULL, &l);
	assert_non_null(f = rule_at(&l, "sql.unknown-table", 1, 13));
	assert_int_equal(f->severity, SX_SEV_INFO);
	assert_int_equal(sx_finding_count(&l, SX_SEV_ERROR), 0);
	sx_finding_list_release(&l);
	/* a known target: its column list is bound */
	run("INSERT INTO shop.users (user_id, emial) SELECT user_id, 'x' FROM shop.events",
	    SX_ART_LOAD_SQL, true, NULL, &l);
	assert_non_null(f = rule_at(&l, "sql.unknown-column", 1, 34));
	sx_finding_list_release(&l);
	/* table functions and system tables: columns not judged */
	run("SELECT number FROM numbers(10)", SX_ART_SELECT_SQL, true, NULL, &l);
	assert_int_equal(l.n, 0);
	sx_finding_list_release(&l);
	run("SELECT name FROM system.tables", SX_ART_SELECT_SQL, true, NULL, &l);
	assert_int_equal(l.n, 0);
	sx_finding_list_release(&l);
}

static void test_features(void **state)
{
	sx_finding_list l;
	const sx_finding *f;
	static const char *q =
	    "SELECT user_id,\n"
	    "  row_number() OVER (ORDER BY user_id) AS rn,\n"
	    "  toDateTime64(now(), 3) AS t, CAST(1 AS LowCardinality(String)) AS s,\n"
	    "  name ILIKE 'a%' AS a\n"
	    "FROM shop.users\n"
	    "WHERE user_id = {id:UInt64}";
	(void)state;
	run(q, SX_ART_SELECT_SQL, true, "18.16.1", &l);
	assert_non_null(f = rule_at(&l, "ch.unsupported-feature", 2, 16));
	assert_non_null(strstr(f->message, "window functions"));
	assert_non_null(strstr(f->message, "the target is 18.16"));
	assert_non_null(f = rule_at(&l, "ch.unsupported-feature", 3, 3));
	assert_non_null(strstr(f->message, "toDateTime64"));
	assert_non_null(rule_at(&l, "ch.unsupported-feature", 3, 42));
	assert_non_null(rule_at(&l, "ch.unsupported-feature", 4, 8));
	assert_non_null(f = rule_at(&l, "ch.unsupported-feature", 6, 17));
	assert_int_equal(f->severity, SX_SEV_ERROR);
	assert_int_equal(count_rule(&l, "ch.unsupported-feature"), 5);
	sx_finding_list_release(&l);
	/* a current server has them all; an unknown version judges none */
	run(q, SX_ART_SELECT_SQL, true, "24.3", &l);
	assert_int_equal(count_rule(&l, "ch.unsupported-feature"), 0);
	sx_finding_list_release(&l);
	run(q, SX_ART_SELECT_SQL, true, NULL, &l);
	assert_int_equal(count_rule(&l, "ch.unsupported-feature"), 0);
	sx_finding_list_release(&l);
	/* two JOINs in one SELECT (18.16: Code 48); nested one a level, or a
	 * JOIN beside an ARRAY JOIN, they run */
	run("SELECT u.user_id FROM shop.events AS e\nJOIN shop.users AS u ON u.user_id = e.user_id\n"
	    "JOIN shop.users AS v ON v.user_id = e.user_id",
	    SX_ART_SELECT_SQL, true, "18.16", &l);
	assert_non_null(f = rule_at(&l, "ch.unsupported-feature", 3, 1));
	assert_non_null(strstr(f->message, "two JOINs in one SELECT"));
	sx_finding_list_release(&l);
	run("SELECT user_id FROM (SELECT user_id FROM shop.events JOIN (SELECT user_id FROM shop.users) "
	    "USING (user_id))\nJOIN (SELECT user_id FROM shop.users) USING (user_id)",
	    SX_ART_SELECT_SQL, true, "18.16", &l);
	assert_int_equal(count_rule(&l, "ch.unsupported-feature"), 0);
	sx_finding_list_release(&l);
	/* two subqueries side by side that reuse an alias: each column is
	 * checked against either table, not against the first one's only */
	run("SELECT n FROM (SELECT t0.email AS n FROM shop.users AS t0)\n"
	    "LEFT JOIN (SELECT t0.amount AS a, t0.user_id AS n FROM shop.events AS t0) USING (n)",
	    SX_ART_SELECT_SQL, true, "18.16", &l);
	assert_int_equal(count_rule(&l, "sql.unknown-column"), 0);
	sx_finding_list_release(&l);
	run("SELECT n FROM (SELECT t0.email AS n FROM shop.users AS t0)\n"
	    "LEFT JOIN (SELECT t0.amonut AS a, t0.user_id AS n FROM shop.events AS t0) USING (n)",
	    SX_ART_SELECT_SQL, true, "18.16", &l);
	assert_int_equal(count_rule(&l, "sql.unknown-column"), 1);
	sx_finding_list_release(&l);
	/* clauses */
	run("WITH c AS (SELECT user_id FROM shop.users) SELECT user_id FROM c\n"
	    "UNION SELECT 1",
	    SX_ART_SELECT_SQL, true, "18.16", &l);
	assert_non_null(rule_at(&l, "ch.unsupported-feature", 1, 1));
	assert_non_null(rule_at(&l, "ch.unsupported-feature", 2, 1));
	assert_int_equal(count_rule(&l, "sql.unknown-column"), 0);
	sx_finding_list_release(&l);
	run("INSERT INTO shop.users SETTINGS max_threads = 1 SELECT user_id, email, name, country "
	    "FROM shop.users",
	    SX_ART_LOAD_SQL, true, "18.16", &l);
	assert_non_null(rule_at(&l, "ch.unsupported-feature", 1, 24));
	sx_finding_list_release(&l);
	/* in a load, a parameter is the caller's placeholder: an info, and
	 * none for a server that takes query parameters */
	run("ALTER TABLE `t` DROP PARTITION {partition:UInt32};\nINSERT INTO `t` (`d`) FORMAT "
	    "TabSeparated\n",
	    SX_ART_LOAD_SQL, false, "18.16", &l);
	assert_non_null(f = rule_at(&l, "ch.load-parameter", 1, 32));
	assert_int_equal(f->severity, SX_SEV_INFO);
	assert_int_equal(count_rule(&l, "ch.unsupported-feature"), 0);
	assert_int_equal(l.n, 1);
	sx_finding_list_release(&l);
	run("ALTER TABLE `t` DROP PARTITION {partition:UInt32}", SX_ART_LOAD_SQL, false, "23.8",
	    &l);
	assert_int_equal(l.n, 0);
	sx_finding_list_release(&l);
}

static void test_lints(void **state)
{
	sx_finding_list l;
	const sx_finding *f;
	(void)state;
	run("SELECT user_id FROM shop.users\nWHERE name = NULL OR NULL != email", SX_ART_SELECT_SQL,
	    true, NULL, &l);
	assert_non_null(rule_at(&l, "sql.null-comparison", 2, 12));
	assert_non_null(rule_at(&l, "sql.null-comparison", 2, 27));
	sx_finding_list_release(&l);
	run("SELECT user_id FROM shop.users WHERE name IS NULL", SX_ART_SELECT_SQL, true, NULL, &l);
	assert_int_equal(l.n, 0);
	sx_finding_list_release(&l);
	/* SELECT * in a load, not in a select or in count(*) */
	run("INSERT INTO shop.users\nSELECT * FROM shop.users", SX_ART_LOAD_SQL, true, NULL, &l);
	assert_non_null(f = rule_at(&l, "sql.select-star", 2, 8));
	assert_int_equal(f->severity, SX_SEV_WARNING);
	sx_finding_list_release(&l);
	run("SELECT * FROM shop.users", SX_ART_SELECT_SQL, true, NULL, &l);
	assert_int_equal(l.n, 0);
	sx_finding_list_release(&l);
	run("INSERT INTO shop.users SELECT user_id, email, name, country FROM (SELECT * FROM "
	    "shop.users) WHERE user_id IN (SELECT count(*) FROM shop.events)",
	    SX_ART_LOAD_SQL, true, NULL, &l);
	assert_int_equal(count_rule(&l, "sql.select-star"), 0);
	sx_finding_list_release(&l);
	/* refusals */
	run("SELECT 1;\nDROP TABLE shop.users", SX_ART_SELECT_SQL, false, NULL, &l);
	assert_non_null(rule_at(&l, "sql.destructive", 2, 1));
	assert_non_null(rule_at(&l, "sql.not-a-select", 2, 1));
	sx_finding_list_release(&l);
	run("TRUNCATE TABLE t; GRANT ALL ON *.* TO x; ALTER TABLE t DELETE WHERE 1",
	    SX_ART_LOAD_SQL, false, NULL, &l);
	assert_non_null(rule_at(&l, "sql.destructive", 1, 1));
	assert_non_null(rule_at(&l, "sql.privilege", 1, 19));
	assert_non_null(rule_at(&l, "sql.destructive", 1, 56));
	sx_finding_list_release(&l);
	/* a streaming load's Kafka table and view are not refused */
	run("CREATE TABLE IF NOT EXISTS `x__stage` (`a` Int32) ENGINE = Kafka SETTINGS "
	    "kafka_broker_list = 'k:9092';\nCREATE MATERIALIZED VIEW IF NOT EXISTS `x__mv` TO `x` "
	    "AS "
	    "SELECT `a` FROM `x__stage`;\n",
	    SX_ART_LOAD_SQL, false, "18.16", &l);
	assert_int_equal(l.n, 0);
	sx_finding_list_release(&l);
	/* hostile names reach a finding sanitised */
	run("SELECT `a\x1b[31m` FROM shop.users", SX_ART_SELECT_SQL, true, NULL, &l);
	assert_int_equal(l.n, 1);
	assert_null(strchr(l.v[0].message, '\x1b'));
	sx_finding_list_release(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_lexical),
	    cmocka_unit_test(test_binding),
	    cmocka_unit_test(test_features),
	    cmocka_unit_test(test_lints),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
