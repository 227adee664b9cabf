/*
 * test_pgsql.c - unit tests of the libpg_query wrapper: parse, error
 * positions, split, scan kinds, fingerprint, normalize, threads, shutdown.
 */
#include <pthread.h>

#include "sx_test.h"

#include <sextant/pgsql.h>

static void test_parse_ok(void **state)
{
	char *json = NULL;
	sx_error err = {0};
	cJSON *tree;
	const cJSON *stmts, *create;
	(void)state;
	assert_int_equal(sx_pgsql_parse(&json, "CREATE TABLE t (id int PRIMARY KEY, name text);\n"
					       "SELECT 1;",
					NULL, &err),
			 0);
	assert_non_null(json);
	tree = cJSON_Parse(json);
	assert_non_null(tree);
	stmts = cJSON_GetObjectItemCaseSensitive(tree, "stmts");
	assert_int_equal(cJSON_GetArraySize(stmts), 2);
	create = cJSON_GetObjectItemCaseSensitive(
		cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(stmts, 0), "stmt"), "CreateStmt");
	assert_non_null(create);
	assert_string_equal(sx_json_str(cJSON_GetObjectItemCaseSensitive(create, "relation"),
					"relname", ""),
			    "t");
	cJSON_Delete(tree);
	free(json);

	/* comments only: a tree without statements, not an error */
	assert_int_equal(sx_pgsql_parse(&json, "-- nothing here\n", NULL, &err), 0);
	tree = cJSON_Parse(json);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(tree, "stmts")), 0);
	cJSON_Delete(tree);
	free(json);
}

static void test_parse_error_line_col(void **state)
{
	/* the error is on line 3; 'é' before it on line 2 is 2 bytes, 1 char */
	const char *sql = "SELECT id,\n       'é' AS x\n  FROM t WHERE WHERE a = 1";
	sx_pgsql_syntax where;
	sx_error err = {0};
	char *json = (char *)1;
	(void)state;
	assert_int_equal(sx_pgsql_parse(&json, sql, &where, &err), SX_EPARSE);
	assert_null(json);
	assert_int_equal(err.code, SX_EPARSE);
	assert_int_equal(where.line, 3);
	assert_int_equal(where.column, 16);
	assert_int_equal(where.offset, (size_t)(strstr(sql, "WHERE a") - sql));
	assert_non_null(strstr(where.message, "syntax error at or near \"WHERE\""));
	assert_non_null(strstr(err.msg, "at line 3, column 16"));

	/* a column counted in characters, not bytes */
	assert_int_equal(sx_pgsql_parse(&json, "SELECT 'éé' FROM", &where, &err), SX_EPARSE);
	assert_int_equal(where.line, 1);
	assert_int_equal(where.column, 17); /* end of input, after 16 characters */
	assert_int_equal(where.offset, strlen("SELECT 'éé' FROM"));

	assert_int_equal(sx_pgsql_parse(&json, NULL, NULL, &err), SX_EINVAL);
}

static void test_split(void **state)
{
	const char *sql = "INSERT INTO t VALUES ('a;b');\n"
			  "SELECT $$x; y$$ -- ; not here\n;\n"
			  "SELECT \"semi;colon\" FROM t";
	sx_pgsql_splitter how[] = {SX_PGSQL_SPLIT_SCANNER, SX_PGSQL_SPLIT_PARSER};
	sx_pgsql_stmt *st;
	sx_error err = {0};
	size_t n, i;
	(void)state;
	for (i = 0; i < 2; i++) {
		char first[64], last[64];
		assert_int_equal(sx_pgsql_split(&st, &n, sql, how[i], NULL, &err), 0);
		assert_int_equal(n, 3);
		snprintf(first, sizeof first, "%.*s", (int)st[0].len, sql + st[0].offset);
		assert_string_equal(first, "INSERT INTO t VALUES ('a;b')");
		snprintf(first, sizeof first, "%.*s", (int)st[1].len, sql + st[1].offset);
		assert_non_null(strstr(first, "SELECT $$x; y$$ -- ; not here"));
		snprintf(first, sizeof first, "%.*s", (int)st[0].len, sql + st[0].offset);
		snprintf(last, sizeof last, "%.*s", (int)st[2].len, sql + st[2].offset);
		assert_non_null(strstr(last, "SELECT \"semi;colon\" FROM t"));
		assert_int_equal(st[2].offset + st[2].len, strlen(sql));
		free(st);
	}
	/* empty statements are dropped; comments only give none */
	assert_int_equal(sx_pgsql_split(&st, &n, ";; SELECT 1;;", SX_PGSQL_SPLIT_SCANNER, NULL, &err), 0);
	assert_int_equal(n, 1);
	free(st);
	assert_int_equal(sx_pgsql_split(&st, &n, "-- hi\n", SX_PGSQL_SPLIT_SCANNER, NULL, &err), 0);
	assert_int_equal(n, 0);
	assert_null(st);
	/* no text is lost: an unclosed '(' runs to the end (libpg_query's own
	 * scanner splitter dropped the rest), a first word that is no keyword
	 * stays, a routine body's ';' does not split */
	assert_int_equal(sx_pgsql_split(&st, &n, "SELECT 1; SELECT (2\n;\nSELECT 3;",
					SX_PGSQL_SPLIT_SCANNER, NULL, &err),
			 0);
	assert_int_equal(n, 2);
	assert_int_equal(st[1].offset + st[1].len, strlen("SELECT 1; SELECT (2\n;\nSELECT 3;"));
	free(st);
	assert_int_equal(sx_pgsql_split(&st, &n, "SELEC 1; SELECT 2", SX_PGSQL_SPLIT_SCANNER, NULL,
					&err),
			 0);
	assert_int_equal(n, 2);
	assert_int_equal(st[0].offset, 0);
	free(st);
	assert_int_equal(sx_pgsql_split(&st, &n,
					"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC "
					"SELECT CASE WHEN true THEN 1 END; SELECT 2; END; SELECT 3",
					SX_PGSQL_SPLIT_SCANNER, NULL, &err),
			 0);
	assert_int_equal(n, 2);
	free(st);
	assert_int_equal(sx_pgsql_split(&st, &n, "SELECT 1; SELECT $x$ 2;", SX_PGSQL_SPLIT_SCANNER,
					NULL, &err),
			 SX_EPARSE);
	assert_null(st);
	/* the parser refuses what the scanner accepts */
	assert_int_equal(sx_pgsql_split(&st, &n, "SELECT FROM WHERE; SELECT 2", SX_PGSQL_SPLIT_SCANNER,
					NULL, &err),
			 0);
	assert_int_equal(n, 2);
	free(st);
	assert_int_equal(sx_pgsql_split(&st, &n, "SELECT 1;\nSELECT FROM WHERE; SELECT 2",
					SX_PGSQL_SPLIT_PARSER, NULL, &err),
			 SX_EPARSE);
	assert_int_equal(n, 0);
	assert_null(st);
}

static void test_scan_kinds(void **state)
{
	const char *sql = "SELECT \"Name\", 'it''s', 42, 1.5, $1 -- c\n FROM t WHERE a <= b::int /* x */";
	static const struct {
		const char *text;
		sx_pgsql_tok_kind kind;
	} want[] = {
		{"SELECT", SX_PGSQL_TOK_KEYWORD}, {"\"Name\"", SX_PGSQL_TOK_IDENT},
		{",", SX_PGSQL_TOK_OTHER},        {"'it''s'", SX_PGSQL_TOK_STRING},
		{",", SX_PGSQL_TOK_OTHER},        {"42", SX_PGSQL_TOK_NUMBER},
		{",", SX_PGSQL_TOK_OTHER},        {"1.5", SX_PGSQL_TOK_NUMBER},
		{",", SX_PGSQL_TOK_OTHER},        {"$1", SX_PGSQL_TOK_PARAM},
		{"-- c", SX_PGSQL_TOK_COMMENT},   {"FROM", SX_PGSQL_TOK_KEYWORD},
		{"t", SX_PGSQL_TOK_IDENT},        {"WHERE", SX_PGSQL_TOK_KEYWORD},
		{"a", SX_PGSQL_TOK_IDENT},        {"<=", SX_PGSQL_TOK_OPERATOR},
		{"b", SX_PGSQL_TOK_IDENT},        {"::", SX_PGSQL_TOK_OPERATOR},
		{"int", SX_PGSQL_TOK_KEYWORD},    {"/* x */", SX_PGSQL_TOK_COMMENT},
	};
	sx_pgsql_token *t;
	sx_pgsql_syntax where;
	sx_error err = {0};
	size_t n, i;
	(void)state;
	assert_int_equal(sx_pgsql_scan(&t, &n, sql, NULL, &err), 0);
	assert_int_equal(n, sizeof want / sizeof want[0]);
	for (i = 0; i < n; i++) {
		char text[32];
		snprintf(text, sizeof text, "%.*s", (int)(t[i].end - t[i].start), sql + t[i].start);
		assert_string_equal(text, want[i].text);
		assert_int_equal(t[i].kind, want[i].kind);
	}
	assert_int_equal(t[0].keyword, SX_PGSQL_KW_RESERVED);  /* SELECT */
	assert_int_equal(t[18].keyword, SX_PGSQL_KW_COL_NAME); /* int */
	assert_int_equal(t[12].keyword, SX_PGSQL_KW_NONE);     /* t */
	free(t);

	assert_int_equal(sx_pgsql_scan(&t, &n, "SELECT 'open\nstring", &where, &err), SX_EPARSE);
	assert_int_equal(n, 0);
	assert_int_equal(where.line, 1);
	assert_int_equal(where.column, 8);
	assert_non_null(strstr(where.message, "unterminated"));
}

static void test_fingerprint(void **state)
{
	uint64_t a, b, c;
	sx_error err = {0};
	sx_pgsql_syntax where;
	(void)state;
	assert_int_equal(sx_pgsql_fingerprint(&a, "SELECT a FROM t WHERE id = 1", NULL, &err), 0);
	assert_int_equal(sx_pgsql_fingerprint(&b, "select a\n  from t -- why\n where id=42", NULL, &err), 0);
	assert_int_equal(sx_pgsql_fingerprint(&c, "SELECT b FROM t WHERE id = 1", NULL, &err), 0);
	assert_true(a != 0);
	assert_true(a == b);
	assert_true(a != c);
	assert_int_equal(sx_pgsql_fingerprint(&a, "select from where", &where, &err), SX_EPARSE);
	assert_int_equal(where.column, 13);
}

static void test_normalize(void **state)
{
	char *out;
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_pgsql_normalize(&out, "SELECT 1, 'x' FROM t WHERE a = 2.5", NULL, &err), 0);
	assert_string_equal(out, "SELECT $1, $2 FROM t WHERE a = $3");
	free(out);
}

static void *parse_on_thread(void *arg)
{
	int *ok = arg;
	char *json = NULL;
	int i;
	*ok = 1;
	for (i = 0; i < 50; i++) {
		if (sx_pgsql_parse(&json, "SELECT x FROM y WHERE z > 1", NULL, NULL) != 0)
			*ok = 0;
		free(json);
	}
	/* a no-op on a worker: its memory goes when it exits (calling
	 * pg_query_exit here would make that exit a double free) */
	sx_pgsql_shutdown();
	if (sx_pgsql_parse(&json, "SELECT 2", NULL, NULL) != 0)
		*ok = 0;
	free(json);
	return NULL;
}

static void test_threads(void **state)
{
	pthread_t t[4];
	int ok[4], i;
	(void)state;
	for (i = 0; i < 4; i++)
		assert_int_equal(pthread_create(&t[i], NULL, parse_on_thread, &ok[i]), 0);
	for (i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		assert_int_equal(ok[i], 1);
	}
}

/* Last: after the shutdown the main thread cannot parse. */
static void test_shutdown_main_thread(void **state)
{
	char *json;
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_pgsql_parse(&json, "SELECT 1", NULL, &err), 0);
	free(json);
	sx_pgsql_shutdown();
	sx_pgsql_shutdown(); /* twice: the second is a no-op */
	assert_int_equal(sx_pgsql_parse(&json, "SELECT 1", NULL, &err), SX_EINVAL);
	assert_null(json);
	assert_non_null(strstr(err.msg, "shut down"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_ok),
		cmocka_unit_test(test_parse_error_line_col),
		cmocka_unit_test(test_split),
		cmocka_unit_test(test_scan_kinds),
		cmocka_unit_test(test_fingerprint),
		cmocka_unit_test(test_normalize),
		cmocka_unit_test(test_threads),
		cmocka_unit_test(test_shutdown_main_thread),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
