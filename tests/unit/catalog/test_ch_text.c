/*
 * test_ch_text.c - the text handling of the ClickHouse client, without a
 * server: error bodies of old and new servers, identifier and string
 * literal escaping, TabSeparated rows.
 *
 * The 18.16 bodies were captured from Debian's clickhouse-server; the
 * modern ones follow the format of 21.x-24.x servers as printed in public
 * bug reports ("Code: N. DB::Exception: ... (NAME) (version ...)").
 */
#include "sx_test.h"

#include "catalog/catalog_int.h"

static void expect_error(const char *body, int want_code, const char *want_msg)
{
	int code = -7;
	char msg[400];
	int rc = sx__ch_parse_error(body, strlen(body), &code, msg, sizeof msg);
	assert_int_equal(rc, 0);
	assert_int_equal(code, want_code);
	assert_string_equal(msg, want_msg);
}

static void error_bodies_old(void **state)
{
	(void)state;
	expect_error("Code: 60, e.displayText() = DB::Exception: Table shop.nope doesn't exist., "
		     "e.what() = DB::Exception\n",
		     60, "Table shop.nope doesn't exist");
	expect_error("Code: 193, e.displayText() = DB::Exception: Wrong password for user sextant, "
		     "e.what() = DB::Exception\n",
		     193, "Wrong password for user sextant");
	expect_error("Code: 81, e.displayText() = DB::Exception: Database nodb doesn't exist, "
		     "e.what() = DB::Exception",
		     81, "Database nodb doesn't exist");
	expect_error("Code: 62, e.displayText() = DB::Exception: Syntax error: failed at position 1: "
		     "SELEC 1. Expected one of: SYSTEM query, SELECT subquery, e.what() = DB::Exception\n",
		     62, "Syntax error: failed at position 1: SELEC 1. Expected one of: SYSTEM query, SELECT subquery");
	/* 21.x: old separators, new version suffix */
	expect_error("Code: 516, e.displayText() = DB::Exception: default: Authentication failed: "
		     "password is incorrect or there is no user with such name (version 21.6.5.37 "
		     "(official build))\n",
		     516, "default: Authentication failed: password is incorrect or there is no user with such name");
}

static void error_bodies_new(void **state)
{
	(void)state;
	expect_error("Code: 60. DB::Exception: Table shop.nope does not exist. (UNKNOWN_TABLE) "
		     "(version 24.3.1.2672 (official build))\n",
		     60, "Table shop.nope does not exist");
	expect_error("Code: 516. DB::Exception: sextant: Authentication failed: password is "
		     "incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) "
		     "(version 23.8.2.7 (official build))\n",
		     516, "sextant: Authentication failed: password is incorrect, or there is no user with such name");
	/* a syntax error whose text holds parentheses of its own */
	expect_error("Code: 62. DB::Exception: Syntax error: failed at position 1 ('SELEC') "
		     "(line 1, col 1): SELEC 1. Expected one of: Query. (SYNTAX_ERROR) (version 23.3.1.1)\n",
		     62, "Syntax error: failed at position 1 ('SELEC') (line 1, col 1): SELEC 1. Expected one of: Query");
	/* forwarded from a shard, with a stack trace after the message */
	expect_error("Code: 516. DB::Exception: Received from ch-1:9000. DB::Exception: default: "
		     "Authentication failed. Stack trace:\n\n0. DB::Exception::Exception() @ 0x1\n",
		     516, "default: Authentication failed");
	/* control characters from the server never reach the message */
	expect_error("Code: 1. DB::Exception: bad \x1b[31mred\x1b[0m. (X)\n", 1,
		     "bad ?[31mred?[0m");
}

static void error_bodies_other(void **state)
{
	int code = -7;
	char msg[400];
	const char *html = "<html><body>502 Bad Gateway</body></html>\r\n<p>more</p>";
	(void)state;
	assert_int_equal(sx__ch_parse_error(html, strlen(html), &code, msg, sizeof msg), -1);
	assert_int_equal(code, 0);
	assert_string_equal(msg, "<html><body>502 Bad Gateway</body></html>");
	assert_int_equal(sx__ch_parse_error("", 0, &code, msg, sizeof msg), -1);
	assert_string_equal(msg, "");
}

static void literal(const char *in, const char *want)
{
	sx_buf b = SX_BUF_INIT;
	sx__ch_quote_literal(&b, in);
	assert_string_equal(sx_buf_cstr(&b), want);
	sx_buf_release(&b);
}

static void ident(const char *in, const char *want)
{
	sx_buf b = SX_BUF_INIT;
	sx__ch_quote_ident(&b, in);
	assert_string_equal(sx_buf_cstr(&b), want);
	sx_buf_release(&b);
}

static void escaping(void **state)
{
	(void)state;
	literal("", "''");
	literal("plain", "'plain'");
	literal("o'brien", "'o\\'brien'");
	literal("back\\slash", "'back\\\\slash'");
	/* a trailing backslash must not escape the closing quote */
	literal("end\\", "'end\\\\'");
	literal("\\'", "'\\\\\\''");
	literal("two\nlines\tand\rcr", "'two\\nlines\\tand\\rcr'");
	literal("Имя ', ]", "'Имя \\', ]'");
	ident("events", "`events`");
	ident("we`ird", "`we\\`ird`");
	ident("a\\b", "`a\\\\b`");
	ident("таблица", "`таблица`");
}

static void tsv_rows(void **state)
{
	char text[] = "a\\tb\t\\N\tx\\\\y\\n\t\n"
		      "o\\'k\t1\n"
		      "last";
	char *cur = text, *f[4];
	size_t n;
	(void)state;
	assert_int_equal(sx__ch_tsv_next(&cur, f, 4, &n), 1);
	assert_int_equal(n, 4);
	assert_string_equal(f[0], "a\tb");
	assert_null(f[1]);
	assert_string_equal(f[2], "x\\y\n");
	assert_string_equal(f[3], "");
	assert_int_equal(sx__ch_tsv_next(&cur, f, 4, &n), 1);
	assert_int_equal(n, 2);
	assert_string_equal(f[0], "o'k");
	assert_string_equal(f[1], "1");
	/* more fields than asked for are counted up to max only */
	assert_int_equal(sx__ch_tsv_next(&cur, f, 1, &n), 1);
	assert_int_equal(n, 1);
	assert_string_equal(f[0], "last");
	assert_int_equal(sx__ch_tsv_next(&cur, f, 4, &n), 0);
}

static void url_forms(void **state)
{
	struct sx_ch *c = NULL;
	sx_source_opts o = {0};
	sx_error err;
	(void)state;
	/* parsing happens at open; no request is sent */
	assert_int_equal(sx__ch_open(&c, "clickhouse://u%40x:p%3Aw@h.example:9000/db%201", &o, &err), 0);
	sx__ch_close(c);
	assert_int_equal(sx__ch_open(&c, "http://h/?database=d&user=u&password=p", &o, &err), 0);
	sx__ch_close(c);
	assert_int_equal(sx__ch_open(&c, "https://h:8443", &o, &err), 0);
	sx__ch_close(c);
	assert_int_equal(sx__ch_open(&c, "clickhouse:///db", &o, &err), SX_EINVAL);
	assert_non_null(strstr(err.msg, "no host"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(error_bodies_old), cmocka_unit_test(error_bodies_new),
		cmocka_unit_test(error_bodies_other), cmocka_unit_test(escaping),
		cmocka_unit_test(tsv_rows), cmocka_unit_test(url_forms),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
