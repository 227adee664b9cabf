/*
 * test_ch.c - the ClickHouse introspector and sampler against the real
 * server started by tests/support/ch_server.sh (fixture.sql): engines,
 * keys, types and families, row counts from parts, errors from response
 * bodies, refused logins, a server that is down, and the read-only
 * guarantee (a write sent through the same request code is refused).
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "sx_test.h"

#include "catalog/catalog_int.h"

static char port[16];
static char url[256];

static int setup(void **state)
{
	const char *dir = getenv("SX_CH_DIR");
	char path[600];
	FILE *f;
	(void)state;
	if (!dir)
		fail_msg("SX_CH_DIR is not set (run through ctest)");
	snprintf(path, sizeof path, "%s/http_port", dir);
	f = fopen(path, "r");
	if (!f || !fgets(port, sizeof port, f))
		fail_msg("no server port in %s: did ch_server_start run?", path);
	fclose(f);
	port[strcspn(port, "\n")] = '\0';
	snprintf(url, sizeof url, "clickhouse://127.0.0.1:%s/shop", port);
	return 0;
}

static sx_table *table(sx_database *db, const char *name)
{
	sx_table *t = sx_schema_find_table(db->schemas[0], name);
	if (!t)
		fail_msg("table '%s' not found", name);
	return t;
}

static const sx_column *column(const sx_table *t, const char *name)
{
	const sx_column *c = sx_table_find_column(t, name);
	if (!c)
		fail_msg("column '%s.%s' not found", t->name, name);
	return c;
}

static void introspect_fixture(void **state)
{
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	sx_table *ev, *us, *se, *sc, *bu;
	const sx_column *c;
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	if (sx_source_introspect(cat, url, NULL, &db, &err))
		fail_msg("introspect: %s", err.msg);
	assert_string_equal(db->name, "shop");
	assert_int_equal(db->kind, SX_DB_CLICKHOUSE);
	assert_int_equal(db->nschemas, 1);
	assert_string_equal(db->schemas[0]->name, "shop");
	assert_true(sx_str_startswith(db->server_version, "ClickHouse 1") ||
		    sx_str_startswith(db->server_version, "ClickHouse 2"));
	assert_string_equal(db->dsn, url);
	/* a fixed number of queries, whatever the table count: 4, and one
	 * for the definitions of views on servers without as_select */
	assert_int_equal(db->round_trips, sx_str_startswith(db->server_version, "ClickHouse 18.") ? 5 : 4);
	assert_int_equal(sx_database_table_count(db), 5);

	ev = table(db, "events");
	assert_int_equal(ev->kind, SX_REL_TABLE);
	assert_string_equal(ev->engine, "MergeTree");
	assert_string_equal(ev->partition_key, "toYYYYMM(event_date)");
	assert_string_equal(ev->sorting_key, "user_id, event_time");
	assert_string_equal(ev->primary_key_expr, "user_id, event_time");
	assert_int_equal(ev->ncols, 11);
	assert_int_equal(ev->row_count, 5);
	assert_true(ev->rows_exact);
	assert_true(ev->size_bytes > 0);
	assert_int_equal(ev->nfks, 0);
	assert_int_equal(ev->pk.ncols, 0); /* ClickHouse keys are not unique */
	assert_int_equal(ev->nuniques, 0);
	/* the sparse primary index, over the primary key's expressions */
	assert_int_equal(ev->nindexes, 1);
	assert_string_equal(ev->indexes[0].key.name, "PRIMARY KEY");
	assert_int_equal(ev->indexes[0].key.ncols, 2);
	assert_string_equal(ev->indexes[0].key.cols[0], "user_id");
	assert_string_equal(ev->indexes[0].key.cols[1], "event_time");
	assert_false(ev->indexes[0].unique);
	c = column(ev, "event_date");
	assert_int_equal(c->position, 1);
	assert_int_equal(c->family, SX_TF_DATE);
	assert_string_equal(c->comment, "day of the event");
	assert_int_equal(column(ev, "event_time")->family, SX_TF_TIMESTAMP);
	assert_int_equal(column(ev, "event_id")->family, SX_TF_UUID);
	c = column(ev, "user_id");
	assert_string_equal(c->type, "UInt64");
	assert_int_equal(c->family, SX_TF_INTEGER);
	assert_false(c->nullable);
	assert_string_equal(c->comment, "who did it");
	c = column(ev, "kind");
	assert_true(sx_str_startswith(c->type, "Enum8("));
	assert_int_equal(c->family, SX_TF_TEXT);
	c = column(ev, "amount");
	assert_string_equal(c->type, "Decimal(12, 2)");
	assert_int_equal(c->family, SX_TF_DECIMAL);
	c = column(ev, "referrer");
	assert_string_equal(c->type, "Nullable(String)");
	assert_true(c->nullable);
	assert_int_equal(c->family, SX_TF_TEXT);
	assert_int_equal(column(ev, "tags")->family, SX_TF_ARRAY);
	c = column(ev, "day_of_week");
	assert_int_equal(c->generated, SX_GEN_STORED);
	assert_string_equal(c->gen_expr, "toDayOfWeek(event_date)");
	c = column(ev, "amount_x2");
	assert_int_equal(c->generated, SX_GEN_VIRTUAL);
	assert_non_null(strstr(c->gen_expr, "amount"));
	c = column(ev, "source");
	assert_int_equal(c->generated, SX_GEN_NONE);
	assert_string_equal(c->default_expr, "'web'");
	/* column order is the server's (18.16 lists MATERIALIZED and ALIAS
	 * columns last): the same as DESCRIBE TABLE */
	{
		struct sx_ch *ch;
		sx_buf body = SX_BUF_INIT;
		sx_source_opts o = {0};
		char *cur, *f[1];
		size_t n, pos = 0;
		assert_int_equal(sx__ch_open(&ch, url, &o, &err), 0);
		assert_int_equal(sx__ch_query(ch, "DESCRIBE TABLE shop.events FORMAT TabSeparated", 0,
					      NULL, &body, &err),
				 0);
		cur = body.ptr;
		while (sx__ch_tsv_next(&cur, f, 1, &n)) {
			assert_true(pos < ev->ncols);
			assert_string_equal(ev->cols[pos].name, f[0]);
			assert_int_equal(ev->cols[pos].position, (int)pos + 1);
			pos++;
		}
		assert_int_equal(pos, ev->ncols);
		sx_buf_release(&body);
		sx__ch_close(ch);
	}

	us = table(db, "users");
	assert_string_equal(us->engine, "ReplacingMergeTree");
	assert_string_equal(us->sorting_key, "user_id");
	assert_null(us->partition_key);
	assert_int_equal(us->row_count, 3); /* after OPTIMIZE FINAL */
	assert_string_equal(column(us, "email")->comment, "contact address");
	assert_int_equal(column(us, "country")->family, SX_TF_TEXT);

	se = table(db, "sessions");
	assert_int_equal(se->nindexes, 1);
	assert_int_equal(se->indexes[0].key.ncols, 1);
	assert_string_equal(se->partition_key, "toDate(started)");
	assert_string_equal(se->sorting_key, "user_id, started");
	assert_string_equal(se->primary_key_expr, "user_id");
	assert_int_equal(se->row_count, 2);

	sc = table(db, "scratch");
	assert_string_equal(sc->engine, "Memory");
	assert_int_equal(sc->ncols, 2);

	bu = table(db, "buyers");
	assert_int_equal(bu->kind, SX_REL_VIEW);
	assert_string_equal(bu->engine, "View");
	assert_non_null(bu->definition);
	assert_non_null(strstr(bu->definition, "SELECT"));
	assert_false(sx_str_startswith(bu->definition, "CREATE"));
	assert_int_equal(bu->ncols, 2);
	sx_catalog_free(cat);
}

static void introspect_with_password(void **state)
{
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	char u[300];
	(void)state;

	/* credentials in the URL; the stored DSN has no password */
	snprintf(u, sizeof u, "clickhouse://sextant:ch-test-pw@127.0.0.1:%s/shop", port);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	if (sx_source_introspect(cat, u, NULL, &db, &err))
		fail_msg("introspect: %s", err.msg);
	assert_null(strstr(db->dsn, "ch-test-pw"));
	assert_non_null(strstr(db->dsn, "sextant@"));

	/* credentials from the environment, database as a URL parameter */
	setenv("CLICKHOUSE_USER", "sextant", 1);
	setenv("CLICKHOUSE_PASSWORD", "ch-test-pw", 1);
	snprintf(u, sizeof u, "http://127.0.0.1:%s/?database=shop", port);
	if (sx_source_introspect(cat, u, NULL, &db, &err))
		fail_msg("introspect with env credentials: %s", err.msg);
	assert_string_equal(db->name, "shop");
	assert_int_equal(sx_database_table_count(db), 5);
	setenv("CLICKHOUSE_PASSWORD", "wrong", 1);
	assert_int_equal(sx_source_introspect(cat, u, NULL, &db, &err), SX_EAUTH);
	unsetenv("CLICKHOUSE_USER");
	unsetenv("CLICKHOUSE_PASSWORD");
	assert_int_equal(cat->ndbs, 2);
	sx_catalog_free(cat);
}

/* A user whose profile is read-only may not set max_execution_time (nor,
 * on newer servers, readonly): the request is repeated without it, once
 * per connection, and writes stay refused. */
static void readonly_profile_user(void **state)
{
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	struct sx_ch *c;
	sx_buf body = SX_BUF_INIT;
	sx_source_opts o = {0};
	char u[300];
	(void)state;

	snprintf(u, sizeof u, "clickhouse://reader:ch-reader-pw@127.0.0.1:%s/shop", port);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	if (sx_source_introspect(cat, u, NULL, &db, &err))
		fail_msg("introspect as a read-only user: %s", err.msg);
	assert_int_equal(sx_database_table_count(db), 5);
	/* one refused first request, then the usual queries */
	assert_int_equal(db->round_trips,
			 (sx_str_startswith(db->server_version, "ClickHouse 18.") ? 5 : 4) + 1);
	sx_catalog_free(cat);
	assert_int_equal(sx__ch_open(&c, u, &o, &err), 0);
	assert_int_equal(sx__ch_query(c, "INSERT INTO shop.scratch VALUES ('r', 3)", 0, NULL, &body, &err),
			 SX_EIO);
	assert_non_null(strstr(err.msg, "readonly"));
	sx__ch_close(c);
	sx_buf_release(&body);
}

static void wrong_password(void **state)
{
	sx_catalog *cat;
	sx_database *db = (void *)1;
	sx_error err;
	char u[300], where[64];
	(void)state;

	snprintf(u, sizeof u, "clickhouse://sextant:not-the-pw@127.0.0.1:%s/shop", port);
	snprintf(where, sizeof where, "'127.0.0.1:%s'", port);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	assert_int_equal(sx_source_introspect(cat, u, NULL, &db, &err), SX_EAUTH);
	assert_null(db);
	assert_int_equal(cat->ndbs, 0); /* nothing partial */
	assert_non_null(strstr(err.msg, "authentication failed for user 'sextant'"));
	assert_non_null(strstr(err.msg, where));
	assert_null(strstr(err.msg, "not-the-pw"));
	assert_null(strchr(err.msg, '\n'));
	/* an unknown user is an authentication error too */
	snprintf(u, sizeof u, "clickhouse://nobody@127.0.0.1:%s/shop", port);
	assert_int_equal(sx_source_introspect(cat, u, NULL, &db, &err), SX_EAUTH);
	assert_non_null(strstr(err.msg, "'nobody'"));
	sx_catalog_free(cat);
}

static void unknown_database_and_empty(void **state)
{
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	char u[300];
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	snprintf(u, sizeof u, "clickhouse://127.0.0.1:%s/no_such_db", port);
	assert_int_equal(sx_source_introspect(cat, u, NULL, &db, &err), SX_ENOTFOUND);
	assert_non_null(strstr(err.msg, "database 'no_such_db' does not exist"));
	snprintf(u, sizeof u, "clickhouse://127.0.0.1:%s/empty_db", port);
	assert_int_equal(sx_source_introspect(cat, u, NULL, &db, &err), SX_EEMPTY);
	assert_non_null(strstr(err.msg, "'empty_db'"));
	assert_int_equal(cat->ndbs, 0);
	sx_catalog_free(cat);
}

static void server_down(void **state)
{
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	char u[300];
	struct sockaddr_in sa;
	socklen_t len = sizeof sa;
	int fd, closed_port;
	uint64_t t0;
	(void)state;

	/* a port that was free a moment ago: nothing listens there */
	fd = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof sa), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sa, &len), 0);
	closed_port = ntohs(sa.sin_port);
	close(fd);
	snprintf(u, sizeof u, "clickhouse://127.0.0.1:%d/shop", closed_port);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	t0 = sx_now_ns();
	assert_int_equal(sx_source_introspect(cat, u, NULL, &db, &err), SX_EIO);
	assert_true(sx_now_ns() - t0 < 10ull * 1000000000ull);
	assert_non_null(strstr(err.msg, "cannot connect to ClickHouse at '127.0.0.1:"));
	assert_int_equal(cat->ndbs, 0);
	sx_catalog_free(cat);
}

/* The server's own timeout (max_execution_time from statement_timeout_ms)
 * and a server that accepts the connection but never answers. */
static void timeouts(void **state)
{
	struct sx_ch *c;
	sx_buf body = SX_BUF_INIT;
	sx_error err;
	sx_source_opts o = {0};
	struct sockaddr_in sa;
	socklen_t len = sizeof sa;
	char u[300];
	uint64_t t0;
	int fd;
	(void)state;

	o.statement_timeout_ms = 1000;
	assert_int_equal(sx__ch_open(&c, url, &o, &err), 0);
	t0 = sx_now_ns();
	assert_int_equal(sx__ch_query(c, "SELECT count() FROM system.numbers", 0, NULL, &body, &err),
			 SX_ETIMEOUT);
	assert_true(sx_now_ns() - t0 < 5ull * 1000000000ull);
	assert_non_null(strstr(err.msg, "timed out"));
	assert_non_null(strstr(err.msg, "statement_timeout_ms"));
	sx__ch_close(c);

	/* listening, never accepting: the kernel completes the handshake,
	 * the request gets no answer */
	fd = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof sa), 0);
	assert_int_equal(listen(fd, 8), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sa, &len), 0);
	snprintf(u, sizeof u, "clickhouse://127.0.0.1:%d/shop", ntohs(sa.sin_port));
	assert_int_equal(sx__ch_open(&c, u, &o, &err), 0);
	t0 = sx_now_ns();
	assert_int_equal(sx__ch_query(c, "SELECT 1", 0, NULL, &body, &err), SX_ETIMEOUT);
	assert_true(sx_now_ns() - t0 < 5ull * 1000000000ull);
	assert_non_null(strstr(err.msg, "did not answer in time"));
	sx__ch_close(c);
	close(fd);
	sx_buf_release(&body);
}

static void error_body_from_server(void **state)
{
	struct sx_ch *c;
	sx_buf body = SX_BUF_INIT;
	sx_error err;
	sx_source_opts o = {0};
	(void)state;

	assert_int_equal(sx__ch_open(&c, url, &o, &err), 0);
	assert_int_equal(sx__ch_query(c, "SELEC 1", 0, NULL, &body, &err), SX_EIO);
	assert_non_null(strstr(err.msg, "Syntax error"));
	assert_non_null(strstr(err.msg, "(code 62)"));
	assert_null(strstr(err.msg, "e.what()"));
	assert_int_equal(sx__ch_query(c, "SELECT * FROM shop.nope", 0, NULL, &body, &err), SX_EIO);
	assert_non_null(strstr(err.msg, "shop.nope"));
	assert_non_null(strstr(err.msg, "(code 60)"));
	assert_int_equal(sx__ch_round_trips(c), 2);
	sx__ch_close(c);
	sx_buf_release(&body);
}

/* Every request carries readonly=1: writes through the same code path are
 * refused by the server, and the data is unchanged afterwards. */
static void readonly_enforced(void **state)
{
	struct sx_ch *c;
	sx_buf body = SX_BUF_INIT;
	sx_error err;
	sx_source_opts o = {0};
	(void)state;

	assert_int_equal(sx__ch_open(&c, url, &o, &err), 0);
	assert_int_equal(sx__ch_query(c, "INSERT INTO shop.scratch VALUES ('w', 2)", 0, NULL, &body, &err),
			 SX_EIO);
	assert_non_null(strstr(err.msg, "readonly"));
	assert_non_null(strstr(err.msg, "(code 164)"));
	assert_int_equal(sx__ch_query(c, "CREATE TABLE shop.evil (a UInt8) ENGINE = Memory", 0, NULL,
				      &body, &err),
			 SX_EIO);
	assert_non_null(strstr(err.msg, "readonly"));
	assert_int_equal(sx__ch_query(c, "SELECT count() FROM shop.scratch FORMAT TabSeparated", 0, NULL,
				      &body, &err),
			 0);
	assert_string_equal(sx_buf_cstr(&body), "1\n");
	/* and the setting itself, as the server sees it */
	assert_int_equal(sx__ch_query(c,
				      "SELECT value FROM system.settings WHERE name = 'readonly' "
				      "FORMAT TabSeparated",
				      0, NULL, &body, &err),
			 0);
	assert_string_equal(sx_buf_cstr(&body), "1\n");
	sx__ch_close(c);
	sx_buf_release(&body);
}

/* Literals escaped by sx__ch_quote_literal come back unchanged. */
static void literal_round_trip(void **state)
{
	static const char *const vals[] = {
		"o'brien", "back\\slash", "end\\", "\\'", "tab\there", "new\nline", "", "Ünïcødé ✓",
		"'); DROP TABLE shop.users; --",
	};
	struct sx_ch *c;
	sx_buf q = SX_BUF_INIT, body = SX_BUF_INIT;
	sx_error err;
	sx_source_opts o = {0};
	size_t i, n;
	(void)state;

	assert_int_equal(sx__ch_open(&c, url, &o, &err), 0);
	for (i = 0; i < sizeof vals / sizeof vals[0]; i++) {
		char *cur, *f[1];
		sx_buf_clear(&q);
		sx_buf_puts(&q, "SELECT ");
		sx__ch_quote_literal(&q, vals[i]);
		sx_buf_puts(&q, " FORMAT TabSeparated");
		if (sx__ch_query(c, sx_buf_cstr(&q), 0, NULL, &body, &err))
			fail_msg("literal %zu: %s", i, err.msg);
		cur = body.ptr;
		assert_int_equal(sx__ch_tsv_next(&cur, f, 1, &n), 1);
		assert_string_equal(f[0], vals[i]);
	}
	sx__ch_close(c);
	sx_buf_release(&q);
	sx_buf_release(&body);
}

struct rows {
	size_t n;
	bool saw_null;
};

static int on_row(void *payload, size_t ncols, const char *const *values)
{
	struct rows *r = payload;
	assert_int_equal(ncols, 2);
	assert_non_null(values[0]);
	if (!values[1])
		r->saw_null = true;
	r->n++;
	return 0;
}

static void sampler(void **state)
{
	sx_catalog *cat;
	sx_database *db;
	sx_sampler *s;
	sx_error err;
	char **vals;
	size_t n, found, i;
	struct rows r = {0};
	const char *cols[] = {"email", "name"};
	static const char *const probe[] = {"https://example.com/a", "back\\slash", "nope",
					    "x'y", "'); DROP TABLE shop.users; --"};
	static const char *const emails[] = {"o'brien@example.com", "ann@example.com",
					     "carl@example.com"};
	bool de = false;
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	if (sx_source_introspect(cat, url, NULL, &db, &err))
		fail_msg("introspect: %s", err.msg);
	if (sx_sampler_open(&s, url, NULL, &err))
		fail_msg("sampler: %s", err.msg);
	assert_int_equal(sx_sampler_rows(s, table(db, "users"), 2, cols, 10, on_row, &r, &err), 0);
	assert_int_equal(r.n, 3);
	assert_int_equal(sx_sampler_distinct(s, table(db, "users"), "country", 10, &vals, &n, &err), 0);
	assert_int_equal(n, 3);
	for (i = 0; i < n; i++)
		de |= strcmp(vals[i], "DE") == 0;
	assert_true(de);
	sx_sampler_values_free(vals, n);
	/* NULLs are not values */
	assert_int_equal(sx_sampler_distinct(s, table(db, "events"), "referrer", 10, &vals, &n, &err), 0);
	assert_int_equal(n, 2);
	sx_sampler_values_free(vals, n);
	assert_int_equal(sx_sampler_count_in(s, table(db, "events"), "referrer", 5, probe, &found, &err),
			 0);
	assert_int_equal(found, 2);
	assert_int_equal(sx_sampler_count_in(s, table(db, "users"), "email", 3, emails, &found, &err), 0);
	assert_int_equal(found, 2);
	/* numbers compare as text */
	{
		static const char *const ids[] = {"1", "2", "99"};
		assert_int_equal(sx_sampler_count_in(s, table(db, "events"), "user_id", 3, ids, &found, &err),
				 0);
		assert_int_equal(found, 2);
	}
	assert_int_equal(sx_sampler_round_trips(s), 6);
	/* a table that is gone: a clear error naming it */
	{
		sx_table *ghost = sx_catalog_add_table(cat, db->schemas[0], "ghost", SX_REL_TABLE);
		assert_int_equal(sx_sampler_distinct(s, ghost, "x", 5, &vals, &n, &err), SX_EIO);
		assert_non_null(strstr(err.msg, "cannot sample 'ghost'"));
	}
	sx_sampler_close(s);
	/* the injection attempt above changed nothing */
	sx_catalog_free(cat);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	assert_int_equal(sx_source_introspect(cat, url, NULL, &db, &err), 0);
	assert_int_equal(table(db, "users")->row_count, 3);
	sx_catalog_free(cat);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(introspect_fixture),
		cmocka_unit_test(introspect_with_password),
		cmocka_unit_test(readonly_profile_user),
		cmocka_unit_test(wrong_password),
		cmocka_unit_test(unknown_database_and_empty),
		cmocka_unit_test(server_down),
		cmocka_unit_test(timeouts),
		cmocka_unit_test(error_body_from_server),
		cmocka_unit_test(readonly_enforced),
		cmocka_unit_test(literal_round_trip),
		cmocka_unit_test(sampler),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
