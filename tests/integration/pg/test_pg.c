/*
 * test_pg.c - the PostgreSQL introspector and sampler against the real
 * PostgreSQL 15 that the pg_server fixture starts (tests/support/
 * pg_server.sh, databases loaded by load_fixtures.sh).
 *
 * sx_tricky is tricky.sql; sx_rt is the same plus 200 tables; sx_demo is
 * the demo warehouse when the generator has written it. sx_admin is a
 * superuser, sx_reader may not use schema "secret". Every failure case
 * also checks that nothing was added to the catalog.
 */
#include <arpa/inet.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sx_test.h"

#include <sextant/catalog.h>

/* ------------------------------------------------------------ env file */

static char env_keys[32][32], env_vals[32][256];
static int env_n;

static const char *env(const char *key)
{
	int i;
	for (i = 0; i < env_n; i++)
		if (strcmp(env_keys[i], key) == 0)
			return env_vals[i];
	fail_msg("%s missing from the pg_server env file", key);
	return "";
}

static int load_env(void **state)
{
	const char *path = getenv("SX_PG_ENV");
	char line[400];
	FILE *f;
	(void)state;
	if (!path || !(f = fopen(path, "r"))) {
		fprintf(stderr, "no pg_server env file (%s): start the pg_server fixture\n",
			path ? path : "SX_PG_ENV unset");
		return -1;
	}
	while (env_n < 32 && fgets(line, sizeof line, f)) {
		char *eq = strchr(line, '=');
		if (!eq)
			continue;
		*eq = '\0';
		line[strcspn(line, "\n")] = '\0';
		eq[1 + strcspn(eq + 1, "\n")] = '\0';
		snprintf(env_keys[env_n], sizeof env_keys[0], "%s", line);
		snprintf(env_vals[env_n], sizeof env_vals[0], "%s", eq + 1);
		env_n++;
	}
	fclose(f);
	return 0;
}

static const char *uri(const char *user, const char *pw, const char *db)
{
	static char buf[4][512];
	static int k;
	char *b = buf[k++ % 4];
	snprintf(b, sizeof buf[0], "postgresql://%s:%s@%s:%s/%s", user, pw, env("SX_PG_HOST"),
		 env("SX_PG_PORT"), db);
	return b;
}

static const char *admin(const char *db)
{
	return uri(env("SX_PG_ADMIN"), env("SX_PG_ADMIN_PW"), db);
}

static const char *reader(const char *db)
{
	return uri(env("SX_PG_READER"), env("SX_PG_READER_PW"), db);
}

/* ------------------------------------------------------------ helpers */

static sx_schema *schema(sx_database *db, const char *name)
{
	sx_schema *s = sx_database_find_schema(db, name);
	if (!s)
		fail_msg("schema '%s' not found", name);
	return s;
}

static sx_table *table(sx_database *db, const char *sname, const char *tname)
{
	sx_table *t = sx_schema_find_table(schema(db, sname), tname);
	if (!t)
		fail_msg("table '%s.%s' not found", sname, tname);
	return t;
}

static const sx_column *column(const sx_table *t, const char *name)
{
	const sx_column *c = sx_table_find_column(t, name);
	if (!c)
		fail_msg("column '%s' not found in '%s'", name, t->name);
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

static const sx_fk *fk_to(const sx_table *t, const char *ref_table)
{
	size_t i;
	for (i = 0; i < t->nfks; i++)
		if (strcmp(t->fks[i].ref_table, ref_table) == 0)
			return &t->fks[i];
	fail_msg("no FK from '%s' to '%s'", t->name, ref_table);
	return NULL;
}

static bool has_warning(const sx_database *db, const char *a, const char *b)
{
	size_t i;
	for (i = 0; i < db->nwarnings; i++)
		if (strstr(db->warnings[i], a) && (!b || strstr(db->warnings[i], b)))
			return true;
	return false;
}

static sx_database *analyse(sx_catalog *cat, const char *conninfo, const sx_source_opts *o)
{
	sx_database *db = NULL;
	sx_error err = {0};
	int rc = sx_source_introspect(cat, conninfo, o, &db, &err);
	if (rc)
		fail_msg("introspection failed (%d): %s", rc, err.msg);
	assert_non_null(db);
	return db;
}

/* A one-line message: no newline, no control character. */
static void assert_one_line(const char *msg)
{
	const char *p;
	assert_true(*msg);
	for (p = msg; *p; p++)
		if ((unsigned char)*p < 0x20)
			fail_msg("control character in error message: %s", msg);
}

/* Runs SQL as the superuser on db; returns the connection (caller ends it). */
static PGconn *admin_conn(const char *db)
{
	PGconn *c = PQconnectdb(admin(db));
	if (PQstatus(c) != CONNECTION_OK)
		fail_msg("admin connection failed: %s", PQerrorMessage(c));
	return c;
}

static void admin_exec(PGconn *c, const char *sql)
{
	PGresult *r = PQexec(c, sql);
	if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
		fail_msg("'%s' failed: %s", sql, PQerrorMessage(c));
	PQclear(r);
}

/* A local TCP port that nothing listens on (bound, then released). */
static int closed_port(void)
{
	struct sockaddr_in a = {0};
	socklen_t len = sizeof a;
	int fd = socket(AF_INET, SOCK_STREAM, 0), port;
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof a), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&a, &len), 0);
	port = ntohs(a.sin_port);
	close(fd);
	return port;
}

static double seconds_since(uint64_t t0)
{
	return (double)(sx_now_ns() - t0) / 1e9;
}

/* ------------------------------------------------------------ catalog */

static void test_tricky_catalog(void **state)
{
	sx_catalog *cat;
	sx_database *db;
	sx_table *t;
	const sx_column *c;
	const sx_index *ix;
	const sx_fk *fk;
	sx_error err;
	size_t i;
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	db = analyse(cat, admin("sx_tricky"), NULL);
	assert_string_equal(db->name, "sx_tricky");
	assert_int_equal(db->kind, SX_DB_POSTGRES);
	assert_true(sx_str_startswith(db->server_version, "PostgreSQL 15"));
	assert_non_null(db->analysed_at);
	assert_null(strstr(db->dsn, env("SX_PG_ADMIN_PW")));
	assert_non_null(strstr(db->dsn, "sx_admin@127.0.0.1"));
	assert_int_equal(db->nwarnings, 0);
	assert_true(db->round_trips > 0 && db->round_trips < 10);

	/* 4 schemas; a partition in "Mixed Case" is folded, not listed */
	assert_int_equal(db->nschemas, 4);
	assert_int_equal(schema(db, "sales")->ntables, 9);
	assert_int_equal(schema(db, "Склад")->ntables, 2);
	assert_int_equal(schema(db, "Mixed Case")->ntables, 2);
	assert_int_equal(schema(db, "secret")->ntables, 1);
	assert_null(sx_schema_find_table(schema(db, "Mixed Case"), "events_default"));
	assert_null(sx_schema_find_table(schema(db, "sales"), "events_2024"));

	/* partitioned table: key, partition count, folded estimates */
	t = table(db, "sales", "events");
	assert_int_equal(t->kind, SX_REL_PARTITIONED);
	assert_string_equal(t->partition_key, "RANGE (happened_at)");
	assert_int_equal(t->npartitions, 3);
	/* their names and bounds stay (ordered by schema, then name) */
	assert_int_equal(t->nparts, 3);
	assert_string_equal(t->parts[0].name, "events_default");
	assert_string_equal(t->parts[0].bound, "DEFAULT");
	assert_string_equal(t->parts[1].name, "events_2024");
	assert_true(sx_str_startswith(t->parts[1].bound, "FOR VALUES FROM ('2024-01-01"));
	assert_non_null(strstr(t->parts[1].bound, ") TO ('2025-01-01"));
	assert_string_equal(t->parts[2].name, "events_2025");
	assert_int_equal(t->row_count, 12000);
	assert_true(t->size_bytes > 0);
	assert_int_equal(t->stats.n_ins, 12000);
	assert_string_equal(t->comment, "Click stream, one partition per year");
	assert_int_equal(t->pk.ncols, 2);
	assert_string_equal(t->pk.cols[1], "happened_at");

	/* columns: format_type keeps precision; identity, defaults, comments */
	t = table(db, "sales", "customers");
	assert_int_equal(t->kind, SX_REL_TABLE);
	assert_string_equal(t->comment, "People who buy things");
	assert_int_equal(t->ncols, 6);
	c = column(t, "customer_id");
	assert_int_equal(c->generated, SX_GEN_IDENTITY);
	assert_false(c->nullable);
	c = column(t, "email");
	assert_string_equal(c->type, "character varying(320)");
	assert_int_equal(c->family, SX_TF_TEXT);
	assert_string_equal(c->comment, "Login e-mail, unique");
	assert_string_equal(column(t, "balance")->type, "numeric(12,2)");
	assert_string_equal(column(t, "balance")->default_expr, "0");
	assert_string_equal(column(t, "created_at")->type, "timestamp(3) with time zone");
	assert_int_equal(column(t, "created_at")->family, SX_TF_TIMESTAMP);
	assert_string_equal(column(t, "tags")->type, "text[]");
	assert_int_equal(t->pk.ncols, 1);
	/* the UNIQUE constraint is a key; the expression index is not */
	assert_int_equal(t->nuniques, 1);
	assert_string_equal(t->uniques[0].cols[0], "email");
	ix = index_named(t, "customers_lower_email");
	assert_true(ix->unique);
	assert_string_equal(ix->key.cols[0], "lower(email::text)");
	/* reltuples after ANALYZE, pg_stat_user_tables counters */
	assert_int_equal(t->row_count, 501);
	assert_false(t->rows_exact);
	assert_int_equal(t->stats.n_ins, 501);
	assert_int_equal(t->stats.n_upd, 10);
	assert_non_null(t->stats.last_analyze);
	assert_true(t->size_bytes > 8192);

	t = table(db, "sales", "orders");
	assert_int_equal(t->pk.ncols, 2);
	assert_string_equal(t->pk.cols[0], "order_id");
	assert_string_equal(t->pk.cols[1], "region");
	assert_string_equal(column(t, "region")->type, "character(2)");
	assert_non_null(strstr(column(t, "order_id")->default_expr, "nextval"));
	c = column(t, "total_with_tax");
	assert_int_equal(c->generated, SX_GEN_STORED);
	assert_non_null(strstr(c->gen_expr, "total"));
	assert_null(c->default_expr);
	ix = index_named(t, "orders_recent");
	assert_non_null(ix->predicate);
	assert_non_null(strstr(ix->predicate, "total"));
	assert_string_equal(index_named(t, "orders_region_hash")->method, "hash");
	ix = index_named(t, "orders_cust_day"); /* INCLUDE columns are not keys */
	assert_int_equal(ix->key.ncols, 2);
	assert_string_equal(ix->method, "btree");
	ix = index_named(t, "orders_pkey");
	assert_true(ix->primary && ix->unique);
	fk = fk_to(t, "customers");
	assert_string_equal(fk->on_delete, "CASCADE");
	assert_null(fk->on_update);
	assert_int_equal(t->stats.n_del, 10);
	assert_int_equal(t->row_count, 2990);

	/* composite FK and a cross-schema FK to Cyrillic names */
	t = table(db, "sales", "order_lines");
	assert_int_equal(t->nfks, 2);
	fk = fk_to(t, "orders");
	assert_string_equal(fk->name, "order_lines_order_fk");
	assert_int_equal(fk->ncols, 2);
	assert_string_equal(fk->cols[0], "order_id");
	assert_string_equal(fk->cols[1], "region");
	assert_string_equal(fk->ref_cols[1], "region");
	assert_null(fk->ref_schema);
	assert_string_equal(fk->on_update, "CASCADE");
	fk = fk_to(t, "Товары");
	assert_string_equal(fk->ref_schema, "Склад");
	assert_string_equal(fk->cols[0], "Product Code");
	assert_string_equal(fk->ref_cols[0], "артикул");

	/* an FK to a partitioned table is one FK, not one per partition */
	t = table(db, "sales", "event_flags");
	assert_int_equal(t->nfks, 1);
	assert_int_equal(t->fks[0].ncols, 2);
	assert_string_equal(t->fks[0].ref_table, "events");
	assert_int_equal(t->row_count, 0);

	t = table(db, "Mixed Case", "Weird \"Quoted\" Table");
	assert_string_equal(t->cols[0].name, "Col With Space");
	assert_string_equal(column(t, "select")->comment, "a reserved word");
	column(t, "a.b");
	t = table(db, "Mixed Case", "customer_notes");
	fk = fk_to(t, "customers");
	assert_string_equal(fk->ref_schema, "sales");
	/* a plain unique index counts as a key */
	assert_int_equal(t->nuniques, 1);
	assert_int_equal(t->uniques[0].ncols, 2);

	t = table(db, "Склад", "Товары");
	assert_string_equal(t->comment, "Справочник товаров");
	assert_string_equal(column(t, "Название")->comment, "Наименование товара");
	assert_string_equal(column(t, "Название")->type, "character varying(200)");
	assert_string_equal(table(db, "Склад", "Остатки")->fks[0].ref_table, "Товары");

	t = table(db, "sales", "big_orders");
	assert_int_equal(t->kind, SX_REL_VIEW);
	assert_non_null(t->definition);
	assert_non_null(strstr(t->definition, "total > "));
	assert_string_equal(t->comment, "Orders over 100");
	assert_int_equal(t->row_count, -1);
	assert_int_equal(t->ncols, 4);
	t = table(db, "sales", "daily_totals");
	assert_int_equal(t->kind, SX_REL_MATVIEW);
	assert_non_null(t->definition);
	assert_int_equal(t->row_count, 365);
	assert_int_equal(table(db, "sales", "price_feed")->kind, SX_REL_FOREIGN);

	/* every column family is set from the PostgreSQL dialect */
	for (i = 0; i < schema(db, "sales")->ntables; i++)
		assert_true(schema(db, "sales")->tables[i]->ncols > 0);
	sx_catalog_free(cat);
}

/* The number of queries does not depend on the number of tables. */
static void test_round_trips_constant(void **state)
{
	sx_catalog *cat;
	sx_database *a, *b;
	sx_error err;
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	a = analyse(cat, admin("sx_tricky"), NULL);
	b = analyse(cat, admin("sx_rt"), NULL);
	assert_int_equal(sx_database_table_count(b), sx_database_table_count(a) + 200);
	assert_int_equal(schema(b, "bulk")->ntables, 200);
	assert_int_equal(table(b, "bulk", "t200")->nfks, 1);
	assert_int_equal(b->round_trips, a->round_trips);
	sx_catalog_free(cat);
}

/* --exact-counts: count(*) in batched queries, also for partitioned
 * tables and materialized views; views stay unknown. */
static void test_exact_counts(void **state)
{
	sx_source_opts o = {0};
	sx_catalog *cat;
	sx_database *db, *plain;
	sx_table *t;
	sx_error err;
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	plain = analyse(cat, admin("sx_tricky"), NULL);
	o.exact_counts = true;
	db = analyse(cat, admin("sx_tricky"), &o);
	assert_int_equal(db->round_trips, plain->round_trips + 1); /* one batch */
	t = table(db, "sales", "orders");
	assert_true(t->rows_exact);
	assert_int_equal(t->row_count, 2990);
	t = table(db, "sales", "events");
	assert_true(t->rows_exact);
	assert_int_equal(t->row_count, 12000);
	assert_int_equal(table(db, "sales", "order_lines")->row_count, 100);
	assert_true(table(db, "sales", "daily_totals")->rows_exact);
	assert_int_equal(table(db, "Склад", "Товары")->row_count, 2);
	assert_int_equal(table(db, "Mixed Case", "Weird \"Quoted\" Table")->row_count, 0);
	assert_false(table(db, "sales", "big_orders")->rows_exact);
	assert_int_equal(table(db, "sales", "big_orders")->row_count, -1);
	sx_catalog_free(cat);
}

static void test_schema_filter(void **state)
{
	const char *only[] = {"Склад", "nope", NULL};
	const char *none[] = {"nope", NULL};
	sx_source_opts o = {0};
	sx_catalog *cat;
	sx_database *db = NULL;
	sx_error err;
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	o.schemas = only;
	db = analyse(cat, admin("sx_tricky"), &o);
	assert_int_equal(db->nschemas, 1);
	assert_int_equal(sx_database_table_count(db), 2);
	assert_true(has_warning(db, "'nope'", "not found"));

	o.schemas = none;
	assert_int_equal(sx_pg_introspect(cat, admin("sx_tricky"), &o, &db, &err), SX_ENOTFOUND);
	assert_null(db);
	assert_one_line(err.msg);
	assert_int_equal(cat->ndbs, 1);
	sx_catalog_free(cat);
}

/* sx_reader may not use schema "secret": a warning, the rest is read. */
static void test_schema_without_usage(void **state)
{
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	db = analyse(cat, reader("sx_tricky"), NULL);
	assert_int_equal(db->nschemas, 3);
	assert_null(sx_database_find_schema(db, "secret"));
	assert_int_equal(sx_database_table_count(db), 13);
	assert_int_equal(db->nwarnings, 1);
	assert_true(has_warning(db, "'secret'", "USAGE"));
	assert_true(has_warning(db, "'sx_reader'", NULL));
	assert_int_equal(table(db, "sales", "events")->npartitions, 3);
	sx_catalog_free(cat);
}

/* ------------------------------------------------------------ failures */

static void test_wrong_password(void **state)
{
	sx_catalog *cat;
	sx_database *db = NULL;
	sx_error err = {0};
	char where[64];
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	analyse(cat, admin("sx_tricky"), NULL);
	assert_int_equal(sx_source_introspect(cat, uri("sx_reader", "wrong-pw", "sx_tricky"), NULL,
					      &db, &err),
			 SX_EAUTH);
	assert_null(db);
	assert_one_line(err.msg);
	snprintf(where, sizeof where, "'127.0.0.1:%s'", env("SX_PG_PORT"));
	assert_non_null(strstr(err.msg, where));
	assert_non_null(strstr(err.msg, "'sx_reader'"));
	assert_non_null(strstr(err.msg, "password authentication failed"));
	assert_null(strstr(err.msg, "wrong-pw"));
	assert_int_equal(cat->ndbs, 1); /* the earlier database only */
	sx_catalog_free(cat);
}

/* Nothing listens on the port: refused at once, well within the connect
 * timeout, with host and port named. */
static void test_host_down(void **state)
{
	sx_source_opts o = {0};
	sx_catalog *cat;
	sx_database *db = NULL;
	sx_error err = {0};
	char conn[256], where[64];
	int port = closed_port();
	uint64_t t0;
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	o.connect_timeout_s = 3;
	snprintf(conn, sizeof conn, "postgresql://sx_reader:x@127.0.0.1:%d/sx_tricky", port);
	t0 = sx_now_ns();
	assert_int_equal(sx_pg_introspect(cat, conn, &o, &db, &err), SX_EIO);
	assert_true(seconds_since(t0) < 3.0);
	assert_one_line(err.msg);
	snprintf(where, sizeof where, "'127.0.0.1:%d'", port);
	assert_non_null(strstr(err.msg, where));
	assert_non_null(strstr(err.msg, "refused"));
	assert_int_equal(cat->ndbs, 0);
	sx_catalog_free(cat);
}

/* A server that accepts the TCP connection but never answers: the
 * connect timeout ends the attempt. */
static void test_connect_timeout(void **state)
{
	struct sockaddr_in a = {0};
	socklen_t len = sizeof a;
	sx_source_opts o = {0};
	sx_catalog *cat;
	sx_database *db = NULL;
	sx_error err = {0};
	char conn[256], where[64];
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	uint64_t t0;
	double took;
	(void)state;

	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof a), 0);
	assert_int_equal(listen(fd, 4), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&a, &len), 0);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	o.connect_timeout_s = 2;
	snprintf(conn, sizeof conn, "postgresql://sx_reader:x@127.0.0.1:%d/sx_tricky?sslmode=disable",
		 ntohs(a.sin_port));
	t0 = sx_now_ns();
	assert_int_equal(sx_pg_introspect(cat, conn, &o, &db, &err), SX_ETIMEOUT);
	took = seconds_since(t0);
	close(fd);
	assert_true(took >= 1.5 && took < 6.0);
	assert_one_line(err.msg);
	snprintf(where, sizeof where, "'127.0.0.1:%d'", ntohs(a.sin_port));
	assert_non_null(strstr(err.msg, where));
	assert_non_null(strstr(err.msg, "connect timeout (2 s)"));
	assert_int_equal(cat->ndbs, 0);
	sx_catalog_free(cat);
}

/* One backend that lets the session in and is terminated at once: its
 * FATAL (57P01, as pg_terminate_backend sends it) follows ReadyForQuery
 * in the same packet, then the socket closes. Serves one connection on
 * the listening socket *arg. */
static void *fatal_after_ready(void *arg)
{
	static const char auth_ok[] = {'R', 0, 0, 0, 8, 0, 0, 0, 0};
	static const char version[] = "S\0\0\0\x18server_version\0" "15.4\0";
	static const char key[] = {'K', 0, 0, 0, 12, 0, 0, 0, 42, 0, 0, 0, 7};
	static const char ready[] = {'Z', 0, 0, 0, 5, 'I'};
	static const char fields[] = "SFATAL\0VFATAL\0C57P01\0Mterminating connection due to administrator command\0";
	char pkt[512], in[1024];
	size_t n = 0, f = sizeof fields; /* the fields and the list's closing NUL */
	int c = accept(*(int *)arg, NULL, NULL);
	if (c < 0)
		return NULL;
	(void)!read(c, in, sizeof in); /* the startup packet (sslmode, gssencmode disabled) */
	memcpy(pkt + n, auth_ok, sizeof auth_ok), n += sizeof auth_ok;
	memcpy(pkt + n, version, sizeof version - 1), n += sizeof version - 1;
	memcpy(pkt + n, key, sizeof key), n += sizeof key;
	memcpy(pkt + n, ready, sizeof ready), n += sizeof ready;
	pkt[n++] = 'E';
	pkt[n++] = 0, pkt[n++] = 0, pkt[n++] = (char)((f + 4) >> 8), pkt[n++] = (char)((f + 4) & 0xff);
	memcpy(pkt + n, fields, f), n += f;
	(void)!write(c, pkt, n);
	close(c);
	return NULL;
}

/* The session is terminated as it starts (a backend killed under load,
 * faults_sources): one clear error, and nothing of libpq's raw "FATAL:"
 * on stderr beside it (libpq reads that message within the connect, where
 * only a notice processor set before the connect catches it). */
static void test_terminated_at_start(void **state)
{
	struct sockaddr_in a = {0};
	socklen_t len = sizeof a;
	sx_source_opts o = {0};
	sx_catalog *cat;
	sx_database *db = NULL;
	sx_error err = {0};
	char conn[256], errfile[] = "/tmp/sx_pg_stderr_XXXXXX", buf[512] = "";
	int fd = socket(AF_INET, SOCK_STREAM, 0), tmp, saved, rc;
	pthread_t th;
	FILE *ef;
	(void)state;

	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof a), 0);
	assert_int_equal(listen(fd, 4), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&a, &len), 0);
	assert_int_equal(pthread_create(&th, NULL, fatal_after_ready, &fd), 0);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	o.connect_timeout_s = 5;
	snprintf(conn, sizeof conn, "postgresql://sx_reader@127.0.0.1:%d/sx_tricky?sslmode=disable&gssencmode=disable",
		 ntohs(a.sin_port));
	assert_true((tmp = mkstemp(errfile)) >= 0);
	fflush(stderr);
	saved = dup(2);
	dup2(tmp, 2);
	rc = sx_pg_introspect(cat, conn, &o, &db, &err);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	pthread_join(th, NULL);
	close(fd);
	ef = fdopen(tmp, "r");
	rewind(ef);
	(void)!fread(buf, 1, sizeof buf - 1, ef);
	fclose(ef);
	unlink(errfile);
	assert_int_equal(rc, SX_EIO);
	assert_one_line(err.msg);
	assert_non_null(strstr(err.msg, "connection lost"));
	assert_string_equal(buf, "");
	assert_int_equal(cat->ndbs, 0);
	sx_catalog_free(cat);
}

/* Another session holds an ACCESS EXCLUSIVE lock on a table; reading its
 * size waits for the lock until statement_timeout (from config) ends the
 * query. Once the lock is gone the same call succeeds. */
static void test_statement_timeout(void **state)
{
	sx_config *cfg;
	sx_source_opts o = {0};
	sx_catalog *cat;
	sx_database *db = NULL;
	sx_error err = {0};
	PGconn *locker = admin_conn("sx_rt");
	(void)state;

	assert_int_equal(sx_config_load_string(&cfg, "[postgres]\nstatement_timeout_ms = 300\n", &err),
			 0);
	o.config = cfg;
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	admin_exec(locker, "BEGIN");
	admin_exec(locker, "LOCK TABLE bulk.t7 IN ACCESS EXCLUSIVE MODE");
	assert_int_equal(sx_pg_introspect(cat, admin("sx_rt"), &o, &db, &err), SX_ETIMEOUT);
	assert_null(db);
	assert_one_line(err.msg);
	assert_non_null(strstr(err.msg, "statement timeout (300 ms)"));
	assert_non_null(strstr(err.msg, "statement_timeout_ms"));
	assert_int_equal(cat->ndbs, 0);
	admin_exec(locker, "ROLLBACK");
	PQfinish(locker);
	/* without the lock the same database reads fine (with a roomier
	 * timeout: a loaded test machine can take 300 ms for the catalog) */
	o.statement_timeout_ms = 30000;
	db = analyse(cat, admin("sx_rt"), &o);
	assert_int_equal(cat->ndbs, 1);
	sx_catalog_free(cat);
	sx_config_free(cfg);
}

/* The progress's cancel flag stops a query that is running on the server:
 * the relations query waits for a lock (statement timeout 20 s) and the
 * flag, raised when that stage starts, ends it at once with "cancelled". */
static atomic_int cancel_flag;

static void cancel_at_relations(void *payload, const char *stage, int64_t done, int64_t total)
{
	(void)payload;
	(void)done;
	(void)total;
	if (strcmp(stage, "reading relations") == 0)
		atomic_store(&cancel_flag, 1);
}

static void test_cancel_running_query(void **state)
{
	sx_progress prog = {cancel_at_relations, NULL, &cancel_flag};
	sx_source_opts o = {0};
	sx_catalog *cat;
	sx_database *db = NULL;
	sx_error err = {0};
	PGconn *locker = admin_conn("sx_rt");
	uint64_t t0;
	(void)state;

	o.statement_timeout_ms = 20000;
	o.progress = &prog;
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	admin_exec(locker, "BEGIN");
	admin_exec(locker, "LOCK TABLE bulk.t9 IN ACCESS EXCLUSIVE MODE");
	t0 = sx_now_ns();
	assert_int_equal(sx_pg_introspect(cat, admin("sx_rt"), &o, &db, &err), SX_ECANCELLED);
	assert_true(seconds_since(t0) < 10.0);
	assert_one_line(err.msg);
	assert_non_null(strstr(err.msg, "relations"));
	assert_int_equal(cat->ndbs, 0);
	admin_exec(locker, "ROLLBACK");
	PQfinish(locker);
	sx_catalog_free(cat);
}

static void test_empty_database(void **state)
{
	sx_catalog *cat;
	sx_database *db = NULL;
	sx_error err = {0};
	PGconn *c;
	(void)state;
	/* a database of its own: "postgres" may hold the team tests' shared
	 * workspaces, which run beside this one */
	c = admin_conn("postgres");
	admin_exec(c, "DROP DATABASE IF EXISTS sx_empty");
	admin_exec(c, "CREATE DATABASE sx_empty");
	PQfinish(c);
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	/* a new database has only the empty public schema */
	assert_int_equal(sx_pg_introspect(cat, admin("sx_empty"), NULL, &db, &err), SX_EEMPTY);
	assert_one_line(err.msg);
	assert_int_equal(sx_pg_introspect(cat, admin("no_such_db"), NULL, &db, &err), SX_ENOTFOUND);
	assert_non_null(strstr(err.msg, "no_such_db"));
	assert_int_equal(cat->ndbs, 0);
	sx_catalog_free(cat);
}

/* ------------------------------------------------------------ connection forms */

/* Keyword strings, PGPASSWORD, a passfile and a service file all go
 * through libpq's own handling. */
static void test_libpq_forms(void **state)
{
	const char *dir = sx_test_tmpdir("pgforms");
	char conn[600], path[600], svc[600];
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	FILE *f;
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	/* a keyword string with a socket directory (a '/' in a value) */
	snprintf(conn, sizeof conn, "host=%s port=%s dbname=sx_tricky user=sx_admin",
		 env("SX_PG_SOCKDIR"), env("SX_PG_PORT"));
	assert_int_equal(sx_source_classify(conn), SX_SRC_POSTGRES);
	db = analyse(cat, conn, NULL);
	assert_int_equal(sx_database_table_count(db), 14);

	/* PGPASSWORD */
	snprintf(conn, sizeof conn, "host=127.0.0.1 port=%s dbname=sx_tricky user=sx_reader",
		 env("SX_PG_PORT"));
	setenv("PGPASSWORD", env("SX_PG_READER_PW"), 1);
	db = analyse(cat, conn, NULL);
	unsetenv("PGPASSWORD");
	assert_int_equal(sx_database_table_count(db), 13);

	/* a passfile and a service file */
	snprintf(path, sizeof path, "%s/pgpass", dir);
	f = fopen(path, "w");
	fprintf(f, "127.0.0.1:%s:*:sx_reader:%s\n", env("SX_PG_PORT"), env("SX_PG_READER_PW"));
	fclose(f);
	chmod(path, 0600);
	setenv("PGPASSFILE", path, 1);
	snprintf(svc, sizeof svc, "%s/pg_service.conf", dir);
	f = fopen(svc, "w");
	fprintf(f, "[sxtest]\nhost=127.0.0.1\nport=%s\ndbname=sx_tricky\nuser=sx_reader\n",
		env("SX_PG_PORT"));
	fclose(f);
	setenv("PGSERVICEFILE", svc, 1);
	db = analyse(cat, "service=sxtest", NULL);
	assert_string_equal(db->name, "sx_tricky");
	assert_string_equal(db->dsn, "service=sxtest");
	snprintf(conn, sizeof conn, "postgresql://sx_reader@127.0.0.1:%s/sx_tricky",
		 env("SX_PG_PORT"));
	db = analyse(cat, conn, NULL);
	assert_int_equal(sx_database_table_count(db), 13);
	unsetenv("PGPASSFILE");
	unsetenv("PGSERVICEFILE");
	sx_test_rmrf(dir);
	sx_catalog_free(cat);
}

/* ------------------------------------------------------------ sampling */

struct rows {
	size_t n, nulls;
};

static int count_row(void *payload, size_t ncols, const char *const *values)
{
	struct rows *r = payload;
	size_t i;
	r->n++;
	for (i = 0; i < ncols; i++)
		r->nulls += values[i] == NULL;
	return 0;
}

struct settings {
	char v[4][64];
};

static int keep_row(void *payload, size_t ncols, const char *const *values)
{
	struct settings *s = payload;
	size_t i;
	for (i = 0; i < ncols && i < 4; i++)
		snprintf(s->v[i], sizeof s->v[i], "%s", values[i] ? values[i] : "(null)");
	return 0;
}

static void test_sampler(void **state)
{
	const char *cols[] = {"email", "full_name"};
	const char *emails[] = {"user1@example.com", "user2@example.com", "nobody@example.org",
				"quote\"back\\slash,comma@example.com"};
	const char *ids_mixed[] = {"1", "2", "999999", "abc"};
	const char *ids[] = {"1", "2", "3", "999999"};
	const char *sku[] = {"А-1", "Z-9"};
	const char *ev[] = {"event_id"};
	sx_catalog *cat;
	sx_database *db;
	sx_sampler *s;
	sx_error err;
	struct rows r = {0};
	char **vals;
	size_t n, found, i;
	bool eu = false;
	(void)state;

	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	db = analyse(cat, reader("sx_tricky"), NULL);
	if (sx_sampler_open(&s, reader("sx_tricky"), NULL, &err))
		fail_msg("sampler: %s", err.msg);

	assert_int_equal(sx_sampler_rows(s, table(db, "sales", "customers"), 2, cols, 20, count_row,
					 &r, &err),
			 0);
	assert_int_equal(r.n, 20);
	r.n = 0;
	assert_int_equal(sx_sampler_rows(s, table(db, "sales", "events"), 1, ev, 10, count_row, &r,
					 &err),
			 0);
	assert_int_equal(r.n, 10);
	/* a table believed huge takes the block-level SYSTEM path (a tiny
	 * percentage: few or no rows, but a valid query) */
	{
		sx_table *ev_t = table(db, "sales", "events");
		int64_t real = ev_t->row_count;
		ev_t->row_count = 50000000;
		r.n = 0;
		assert_int_equal(sx_sampler_rows(s, ev_t, 1, ev, 10, count_row, &r, &err), 0);
		assert_true(r.n <= 10);
		ev_t->row_count = real;
	}
	r.n = 0;
	assert_int_equal(sx_sampler_rows(s, table(db, "sales", "big_orders"), 1, cols, 5, count_row,
					 &r, &err),
			 0);
	assert_int_equal(r.n, 5);

	assert_int_equal(sx_sampler_distinct(s, table(db, "sales", "orders"), "region", 10, &vals, &n,
					     &err),
			 0);
	assert_int_equal(n, 3);
	for (i = 0; i < n; i++)
		eu |= strcmp(vals[i], "EU") == 0;
	assert_true(eu);
	sx_sampler_values_free(vals, n);

	/* text values with quotes, backslashes and commas travel intact */
	assert_int_equal(sx_sampler_count_in(s, table(db, "sales", "customers"), "email", 4, emails,
					     &found, &err),
			 0);
	assert_int_equal(found, 3);
	assert_int_equal(sx_sampler_count_in(s, table(db, "sales", "customers"), "customer_id", 4,
					     ids, &found, &err),
			 0);
	assert_int_equal(found, 3);
	assert_int_equal(sx_sampler_count_in(s, table(db, "sales", "customers"), "customer_id", 4,
					     ids_mixed, &found, &err),
			 0);
	assert_int_equal(found, 2);
	assert_int_equal(sx_sampler_count_in(s, table(db, "Склад", "Товары"), "артикул", 2, sku,
					     &found, &err),
			 0);
	assert_int_equal(found, 1);
	assert_int_equal(sx_sampler_round_trips(s), 9);

	/* the sampler's session: read-only, timed out, named */
	{
		const char *scols[] = {"read_only", "tx_read_only", "statement_timeout",
				       "application_name"};
		struct settings got = {0};
		assert_int_equal(sx_sampler_rows(s, table(db, "sales", "session_info"), 4, scols, 1,
						 keep_row, &got, &err),
				 0);
		assert_string_equal(got.v[0], "on");
		assert_string_equal(got.v[1], "on");
		assert_string_equal(got.v[2], "30s");
		assert_string_equal(got.v[3], "sextant");
	}
	sx_sampler_close(s);

	/* no SELECT permission: a one-line permission error */
	if (sx_sampler_open(&s, reader("sx_tricky"), NULL, &err))
		fail_msg("sampler: %s", err.msg);
	{
		const char *ecol[] = {"employee"};
		sx_catalog *adm;
		sx_database *adb;
		assert_int_equal(sx_catalog_new(&adm, &err), 0);
		adb = analyse(adm, admin("sx_tricky"), NULL);
		assert_int_equal(sx_sampler_rows(s, table(adb, "secret", "salaries"), 1, ecol, 5,
						 count_row, &r, &err),
				 SX_EAUTH);
		assert_one_line(err.msg);
		assert_non_null(strstr(err.msg, "salaries"));
		sx_catalog_free(adm);
	}
	sx_sampler_close(s);
	sx_catalog_free(cat);
}

/* ------------------------------------------------------------ demo */

/* Checks the analysed demo against demo_expected.json (written next to
 * demo_pg.sql by the generator) where the fields are present: every table
 * exists with its comment and primary key, every declared relationship is
 * a foreign key. */
static void check_demo_expected(sx_database *db, const char *sql_path)
{
	char path[1024], *text = NULL, *slash;
	const cJSON *t, *r;
	cJSON *j;
	const char *sname;
	size_t len, n = 0;
	sx_error err;

	snprintf(path, sizeof path, "%s", sql_path);
	if (!(slash = strrchr(path, '/')))
		return;
	snprintf(slash + 1, sizeof path - (size_t)(slash + 1 - path), "demo_expected.json");
	if (sx_file_read(path, &text, &len, &err))
		return;
	j = cJSON_Parse(text);
	free(text);
	assert_non_null(j);
	sname = sx_json_str(j, "postgres_schema", "public");
	cJSON_ArrayForEach(t, cJSON_GetObjectItem(j, "tables"))
	{
		sx_table *tb = table(db, sname, sx_json_str(t, "name", "?"));
		const cJSON *pk = cJSON_GetObjectItem(t, "primary_key"), *c;
		size_t k = 0;
		if (cJSON_IsString(cJSON_GetObjectItem(t, "comment")))
			assert_string_equal(tb->comment, sx_json_str(t, "comment", ""));
		if (cJSON_IsArray(pk) && cJSON_GetArraySize(pk) > 0) {
			assert_int_equal(tb->pk.ncols, (size_t)cJSON_GetArraySize(pk));
			cJSON_ArrayForEach(c, pk) assert_string_equal(tb->pk.cols[k++], c->valuestring);
		}
		n++;
	}
	cJSON_ArrayForEach(r, cJSON_GetObjectItem(j, "relationships"))
	{
		if (!sx_json_bool(r, "declared", false))
			continue;
		fk_to(table(db, sname, sx_json_str(r, "child_table", "?")),
		      sx_json_str(r, "parent_table", "?"));
	}
	assert_true(n > 0);
	cJSON_Delete(j);
}

static void test_demo_warehouse(void **state)
{
	const char *sql = getenv("SX_DEMO_PG_SQL"), *src = getenv("SX_SOURCE_DIR");
	char gen[1024], *text = NULL, *p;
	size_t len, creates = 0, tables = 0, si, ti;
	struct stat st;
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	(void)state;

	if (!sql || stat(sql, &st) != 0) {
		snprintf(gen, sizeof gen, "%s/data/demo", src ? src : ".");
		if (stat(gen, &st) == 0)
			fail_msg("the demo warehouse SQL is missing at '%s' although %s exists: "
				 "build the demo data first",
				 sql ? sql : "(unset)", gen);
		fprintf(stderr, "skipped: this tree has no demo generator (data/demo)\n");
		skip();
	}
	/* tables the file creates: lines that start with CREATE TABLE */
	assert_int_equal(sx_file_read(sql, &text, &len, &err), 0);
	for (p = text; p; p = strchr(p, '\n')) {
		char line[512];
		if (*p == '\n')
			p++;
		snprintf(line, sizeof line, "%.*s", (int)strcspn(p, "\n"), p);
		creates += strncmp(line, "CREATE TABLE", 12) == 0 && !strstr(line, " PARTITION OF ");
	}
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	db = analyse(cat, admin("sx_demo"), NULL);
	for (si = 0; si < db->nschemas; si++) {
		/* only the schemas the file creates tables in: a scratch schema
		 * another test left behind (a gen_intents run killed at its
		 * timeout) is not the demo's */
		char in[300];
		snprintf(in, sizeof in, "\nCREATE TABLE %s.", db->schemas[si]->name);
		if (!strstr(text, in))
			continue;
		for (ti = 0; ti < db->schemas[si]->ntables; ti++)
			tables += db->schemas[si]->tables[ti]->kind == SX_REL_TABLE ||
				  db->schemas[si]->tables[ti]->kind == SX_REL_PARTITIONED;
	}
	free(text);
	assert_true(creates > 0);
	assert_int_equal(tables, creates);
	check_demo_expected(db, sql);
	sx_catalog_free(cat);
}

/* "test_pg_introspect" runs everything but the demo; "test_pg_introspect
 * demo" only the demo test, which needs the (slower) demo load fixture. */
int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tricky_catalog),
		cmocka_unit_test(test_round_trips_constant),
		cmocka_unit_test(test_exact_counts),
		cmocka_unit_test(test_schema_filter),
		cmocka_unit_test(test_schema_without_usage),
		cmocka_unit_test(test_wrong_password),
		cmocka_unit_test(test_host_down),
		cmocka_unit_test(test_connect_timeout),
		cmocka_unit_test(test_terminated_at_start),
		cmocka_unit_test(test_statement_timeout),
		cmocka_unit_test(test_cancel_running_query),
		cmocka_unit_test(test_empty_database),
		cmocka_unit_test(test_libpq_forms),
		cmocka_unit_test(test_sampler),
	};
	const struct CMUnitTest demo[] = {
		cmocka_unit_test(test_demo_warehouse),
	};
	if (argc > 1 && strcmp(argv[1], "demo") == 0)
		return cmocka_run_group_tests(demo, load_env, NULL);
	return cmocka_run_group_tests(tests, load_env, NULL);
}
