/*
 * pg.c - the PostgreSQL introspector and sampler (libpq).
 *
 * Round trips, not tables, are what make catalog readers slow on big
 * databases (one query per table over a 1 ms link is ten seconds for 10,000
 * tables). So the whole catalog is read with a fixed number of queries, one
 * per kind of object, each covering every selected schema at once:
 *
 *   1. session: SET read-only + statement_timeout, BEGIN REPEATABLE READ
 *      READ ONLY, and the server's name/version (one simple-protocol string)
 *   2. schemas: the candidates with their USAGE privilege
 *   3. relations: tables, partitioned tables and their partitions, views,
 *      materialized views, foreign tables, with comments, reltuples, sizes
 *      and pg_stat_user_tables counters
 *   4. columns (format_type, defaults, identity/generated, comments)
 *   5. constraints: PK, UNIQUE and FK, one row per key column (unnest of
 *      conkey/confkey), grouped here by constraint
 *   6. indexes, one row per key column
 *
 * --exact-counts adds one query per batch of tables; that is the only path
 * whose round trips depend on the table count, and it runs only on request.
 *
 * All queries run inside one REPEATABLE READ READ ONLY transaction so they
 * see one snapshot; the session also has default_transaction_read_only on
 * and a statement_timeout. The selected schemas travel as one bound oid[]
 * parameter. Partitions are folded into their root table: they add to its
 * row estimate, size and activity counters and to npartitions, and their
 * names and bounds (pg_get_expr of relpartbound) are kept in its parts.
 *
 * Everything is built in a scratch catalog and merged into the caller's
 * only on success, so a failure leaves nothing behind.
 *
 * The sampler (bottom of the file) opens its own read-only session and runs
 * one statement per call in autocommit mode (default_transaction_read_only
 * makes each one a read-only transaction) so that it never holds a snapshot
 * open between calls. It runs on the caller's thread, as does introspection.
 */
#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libpq-fe.h>

#include "catalog_int.h"

#define PG_MIN_VERSION 100000 /* relispartition, attidentity */
#define STAGES 6

/* A connected session plus what error messages need to name it. */
struct sess {
	PGconn *conn;
	long stmt_timeout_ms;
	int version;           /* server_version_num */
	char where[320];       /* "host:port/dbname" for messages */
	int64_t round_trips;
	const sx_progress *progress; /* its cancel flag stops a running query */
};

/* ------------------------------------------------------------ helpers */

/* Copies a server or libpq message into out as one line: control
 * characters become spaces (messages may quote object names, which are
 * untrusted), runs of spaces collapse, libpq's "FATAL:  " and the
 * "connection to server ... failed: " preamble are dropped. */
static void one_line(char *out, size_t n, const char *msg)
{
	const char *p = msg ? msg : "", *f;
	size_t len = 0;
	bool space = false, brk = false;

	if ((f = strstr(p, " failed: ")) && strncmp(p, "connection to server", 20) == 0)
		p = f + 9;
	if (strncmp(p, "FATAL:", 6) == 0 || strncmp(p, "ERROR:", 6) == 0)
		p += 6;
	while (*p == ' ')
		p++;
	for (; *p && len + 2 < n; p++) {
		unsigned char ch = (unsigned char)*p;
		if (ch == '\n') {
			brk = true;
			continue;
		}
		if (ch < 0x20 || ch == 0x7f || ch == ' ') {
			space = true;
			continue;
		}
		if ((space || brk) && len) {
			if (brk && out[len - 1] != '.' && out[len - 1] != ':')
				out[len++] = ';';
			out[len++] = ' ';
			if (len + 2 >= n)
				break;
		}
		space = brk = false;
		out[len++] = (char)ch;
	}
	/* our messages are lowercase: "Connection refused" -> "connection..." */
	if (len > 1 && isupper((unsigned char)out[0]) && islower((unsigned char)out[1]))
		out[0] = (char)tolower((unsigned char)out[0]);
	out[len] = '\0';
}

/* "host:port" or "host:port/dbname" for messages. */
static void set_where(struct sess *s, bool with_db)
{
	const char *host = PQhost(s->conn), *port = PQport(s->conn), *db = PQdb(s->conn);
	if (!with_db || !db)
		db = "";
	snprintf(s->where, sizeof s->where, "%s:%s%s%s", host && *host ? host : "localhost",
		 port && *port ? port : "5432", *db ? "/" : "", db);
}

static bool contains_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; hay && *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return true;
	return false;
}

static long timeout_ms(const sx_source_opts *o)
{
	return o->statement_timeout_ms > 0
		       ? o->statement_timeout_ms
		       : sx_config_get_int(o->config, "postgres", "statement_timeout_ms", 30000);
}

/* Maps a failed connection attempt to one line and a code. */
static int connect_error(struct sess *s, long connect_timeout, sx_error *err)
{
	char msg[400];
	const char *user = PQuser(s->conn);
	const char *raw = PQerrorMessage(s->conn);

	one_line(msg, sizeof msg, raw);
	set_where(s, false);
	if (contains_nocase(raw, "password authentication failed") ||
	    contains_nocase(raw, "no password supplied") ||
	    contains_nocase(raw, "authentication failed") || PQconnectionNeedsPassword(s->conn))
		return sx_error_set(err, SX_EAUTH, "cannot log in to '%s' as '%s': %s", s->where,
				    user ? user : "?", msg);
	if (contains_nocase(raw, "timeout expired"))
		return sx_error_set(err, SX_ETIMEOUT,
				    "cannot connect to '%s': no answer within the connect timeout "
				    "(%ld s)",
				    s->where, connect_timeout);
	if (contains_nocase(raw, "does not exist"))
		return sx_error_set(err, SX_ENOTFOUND, "cannot connect to '%s': %s", s->where, msg);
	if (contains_nocase(raw, "permission denied"))
		return sx_error_set(err, SX_EAUTH, "cannot connect to '%s' as '%s': %s", s->where,
				    user ? user : "?", msg);
	return sx_error_set(err, SX_EIO, "cannot connect to '%s': %s", s->where, msg);
}

/* Maps a failed query to one line and a code. what names the step. */
static int query_error(struct sess *s, PGresult *r, const char *what, sx_error *err)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	const char *primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	char msg[400];

	one_line(msg, sizeof msg, primary ? primary : PQerrorMessage(s->conn));
	if (PQstatus(s->conn) == CONNECTION_BAD)
		return sx_error_set(err, SX_EIO, "cannot read %s of '%s': connection lost: %s", what,
				    s->where, msg);
	if (state && strcmp(state, "57014") == 0 && contains_nocase(msg, "statement timeout"))
		return sx_error_set(err, SX_ETIMEOUT,
				    "cannot read %s of '%s': the statement timeout (%ld ms) was hit; "
				    "raise [postgres] statement_timeout_ms",
				    what, s->where, s->stmt_timeout_ms);
	if (state && strcmp(state, "57014") == 0)
		return sx_error_set(err, SX_ECANCELLED, "reading %s of '%s' was cancelled", what,
				    s->where);
	if (state && strcmp(state, "55P03") == 0)
		return sx_error_set(err, SX_EBUSY, "cannot read %s of '%s': %s", what, s->where, msg);
	if (state && strncmp(state, "42501", 5) == 0)
		return sx_error_set(err, SX_EAUTH, "cannot read %s of '%s': %s", what, s->where, msg);
	return sx_error_set(err, SX_EIO, "cannot read %s of '%s': %s", what, s->where, msg);
}

/* Runs one statement (nparams text parameters) and returns its result, or
 * NULL with err set. Every call is one round trip. */
/* Waits for the result of the query just sent, polling the socket every
 * 100 ms so that the progress's cancel flag can stop a long query on the
 * server (PQcancel); the server then answers 57014, "cancelled". Returns
 * the first failed result, else the last one (a simple-protocol string
 * gives one result per statement). */
static PGresult *wait_result(struct sess *s)
{
	PGresult *r, *keep = NULL;
	uint64_t cancel_sent = 0;

	while (PQisBusy(s->conn)) {
		struct pollfd pfd = {PQsocket(s->conn), POLLIN, 0};
		/* A cancel that reaches the server before it starts the query is
		 * dropped, so it is repeated every second while the query runs. */
		if (sx_progress_cancelled(s->progress) &&
		    (!cancel_sent || sx_now_ns() - cancel_sent > 1000000000ULL)) {
			PGcancel *cn = PQgetCancel(s->conn);
			char ebuf[256];
			if (cn) {
				PQcancel(cn, ebuf, sizeof ebuf);
				PQfreeCancel(cn);
			}
			cancel_sent = sx_now_ns();
		}
		if (pfd.fd < 0 || (poll(&pfd, 1, 100) < 0 && errno != EINTR))
			break;
		if (!PQconsumeInput(s->conn))
			break;
	}
	while ((r = PQgetResult(s->conn))) {
		ExecStatusType st = PQresultStatus(r);
		bool bad = st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK;
		if (keep && PQresultStatus(keep) != PGRES_TUPLES_OK &&
		    PQresultStatus(keep) != PGRES_COMMAND_OK) {
			PQclear(r); /* keep the first error */
			continue;
		}
		if (keep && !bad && PQresultStatus(keep) == PGRES_TUPLES_OK &&
		    st == PGRES_COMMAND_OK) {
			PQclear(r);
			continue;
		}
		PQclear(keep);
		keep = r;
	}
	return keep;
}

/* Runs one statement (nparams text parameters; 0: a simple-protocol
 * string that may hold several) and returns its result, or NULL with err
 * set. Every call is one round trip. */
static PGresult *exec(struct sess *s, const char *what, const char *sql, int nparams,
		      const char *const *params, int *rc, sx_error *err)
{
	PGresult *r = NULL;
	uint64_t t0 = sx_now_ns();
	int sent;

	s->round_trips++;
	sent = nparams ? PQsendQueryParams(s->conn, sql, nparams, NULL, params, NULL, NULL, 0)
		       : PQsendQuery(s->conn, sql);
	if (sent)
		r = wait_result(s);
	/* one log line per catalog query: where the time of a slow analyze goes */
	sx_info("postgres '%s': %s: %d rows in %.0f ms", s->where, what, r ? PQntuples(r) : 0,
		(double)(sx_now_ns() - t0) / 1e6);
	if (r && (PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_COMMAND_OK))
		return r;
	*rc = query_error(s, r, what, err);
	PQclear(r);
	return NULL;
}

/* The connect timeout libpq's options give conn (connect_timeout, from the
 * string, PGCONNECT_TIMEOUT or our default), in seconds; 0: none. Its
 * rule: 1 counts as 2. Sets *several when the options name more than one
 * host. */
static long conn_timeout(PGconn *c, bool *several)
{
	PQconninfoOption *o = PQconninfo(c), *it;
	long t = 0;
	*several = false;
	for (it = o; it && it->keyword; it++) {
		if (strcmp(it->keyword, "connect_timeout") == 0 && it->val)
			t = strtol(it->val, NULL, 10);
		else if ((strcmp(it->keyword, "host") == 0 || strcmp(it->keyword, "hostaddr") == 0) && it->val)
			*several |= strchr(it->val, ',') != NULL;
	}
	PQconninfoFree(o);
	return t <= 0 ? 0 : t < 2 ? 2 : t;
}

/* PQconnectdbParams with sx_log_notice in place before libpq reads a byte
 * from the server: a backend terminated as the session starts sends its
 * FATAL right behind ReadyForQuery, which libpq hands, within the
 * connect, to the default notice processor, that prints it raw on stderr
 * beside the one-line error (seen under load, faults_sources). The wait
 * honours connect_timeout as libpq's own does (the whole handshake with
 * one address); several hosts, whose timeout moves libpq on to the next,
 * keep libpq's blocking connect. *late: 1 when the timeout ran out, 2
 * when progress was cancelled; the connection is then not usable. */
static PGconn *connect_quiet(const char *const *kw, const char *const *val, const sx_progress *progress,
			     int *late)
{
	PGconn *c = PQconnectStartParams(kw, val, 1);
	PostgresPollingStatusType st = PGRES_POLLING_WRITING;
	uint64_t deadline = 0;
	bool several;
	long t;

	*late = 0;
	if (!c)
		return NULL;
	PQsetNoticeProcessor(c, sx_log_notice, NULL);
	if (PQstatus(c) == CONNECTION_BAD)
		return c;
	t = conn_timeout(c, &several);
	if (several) {
		PQfinish(c);
		if ((c = PQconnectdbParams(kw, val, 1)))
			PQsetNoticeProcessor(c, sx_log_notice, NULL);
		return c;
	}
	if (t)
		deadline = sx_now_ns() + (uint64_t)t * 1000000000ULL;
	while (st != PGRES_POLLING_OK && st != PGRES_POLLING_FAILED) {
		struct pollfd pfd = {PQsocket(c), st == PGRES_POLLING_READING ? POLLIN : POLLOUT, 0};
		uint64_t now = sx_now_ns();
		int slice = 200, r;
		if (deadline && now >= deadline) {
			*late = 1;
			return c;
		}
		if (sx_progress_cancelled(progress)) {
			*late = 2;
			return c;
		}
		if (deadline && (deadline - now) / 1000000ULL < (uint64_t)slice)
			slice = (int)((deadline - now) / 1000000ULL) + 1;
		r = pfd.fd < 0 ? 1 : poll(&pfd, 1, slice);
		if (r < 0 && errno != EINTR)
			break;
		if (r > 0)
			st = PQconnectPoll(c);
	}
	return c;
}

/* The connect timeout ran out in connect_quiet's wait. */
static int connect_late(struct sess *s, sx_error *err)
{
	bool several;
	long t = conn_timeout(s->conn, &several);
	set_where(s, false);
	return sx_error_set(err, SX_ETIMEOUT, "cannot connect to '%s': no answer within the connect timeout (%ld s)",
			    s->where, t);
}

/* Opens a session: libpq parses conninfo itself (URI or keywords, plus
 * PG* environment, service file and .pgpass), then the session is made
 * read-only with a statement timeout. One round trip after the connect. */
static int sess_open(struct sess *s, const char *conninfo, const sx_source_opts *o,
		     sx_error *err)
{
	const char *kw[8], *val[8];
	char ct_default[32], ct_forced[32];
	char setup[256];
	long ct;
	int n = 0, rc = 0, late = 0;
	PGresult *r;

	memset(s, 0, sizeof *s);
	s->progress = o->progress;
	s->stmt_timeout_ms = timeout_ms(o);
	ct = o->connect_timeout_s > 0 ? o->connect_timeout_s
				       : sx_config_get_int(o->config, "postgres", "connect_timeout_s", 10);
	snprintf(ct_default, sizeof ct_default, "%ld", ct);
	snprintf(ct_forced, sizeof ct_forced, "%ld", o->connect_timeout_s);
	/* Entries before the expanded dbname are defaults the string (and
	 * PG* variables, which sit below both) can override; entries after
	 * it win. The environment's PGCONNECT_TIMEOUT and PGAPPNAME are kept
	 * by not passing a default at all when they are set. */
	if (!getenv("PGAPPNAME")) {
		kw[n] = "application_name";
		val[n++] = "sextant";
	}
	if (!getenv("PGCONNECT_TIMEOUT")) {
		kw[n] = "connect_timeout";
		val[n++] = ct_default;
	}
	kw[n] = "dbname";
	val[n++] = conninfo;
	if (o->connect_timeout_s > 0) {
		kw[n] = "connect_timeout";
		val[n++] = ct_forced;
	}
	/* identifiers and comments arrive as UTF-8 whatever the locale */
	kw[n] = "client_encoding";
	val[n++] = "UTF8";
	kw[n] = NULL;
	val[n] = NULL;

	if (!(s->conn = connect_quiet(kw, val, s->progress, &late)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if (late == 1)
		return connect_late(s, err);
	if (late == 2) {
		set_where(s, true);
		return sx_error_set(err, SX_ECANCELLED, "connecting to '%s' was cancelled", s->where);
	}
	if (PQstatus(s->conn) != CONNECTION_OK)
		return connect_error(s, ct, err);
	set_where(s, true);
	s->version = PQserverVersion(s->conn);
	if (s->version < PG_MIN_VERSION)
		return sx_error_set(err, SX_EUNSUPPORTED,
				    "cannot read '%s': PostgreSQL %d.%d is too old (10 or later needed)",
				    s->where, s->version / 10000, s->version / 100 % 100);
	/* JIT compiling the big catalog joins costs more than running them
	 * (0.95 s -> 0.2 s for the indexes of 10,000 tables): off (11+). */
	snprintf(setup, sizeof setup,
		 "SET default_transaction_read_only = on; SET statement_timeout = %ld%s",
		 s->stmt_timeout_ms, s->version >= 110000 ? "; SET jit = off" : "");
	if (!(r = exec(s, "session settings", setup, 0, NULL, &rc, err)))
		return rc;
	PQclear(r);
	return 0;
}

static void sess_close(struct sess *s)
{
	/* Closing rolls back the read-only transaction: nothing to commit. */
	if (s->conn)
		PQfinish(s->conn);
	s->conn = NULL;
}

/* Appends s as a double-quoted element of a PostgreSQL array literal. */
static void array_elem(sx_buf *b, const char *s)
{
	if (b->len > 1)
		sx_buf_putc(b, ',');
	sx_buf_putc(b, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			sx_buf_putc(b, '\\');
		sx_buf_putc(b, *s);
	}
	sx_buf_putc(b, '"');
}

static const char *val(PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

static int64_t int_or(PGresult *r, int row, int col, int64_t def)
{
	return PQgetisnull(r, row, col) ? def : strtoll(PQgetvalue(r, row, col), NULL, 10);
}

static bool is_true(PGresult *r, int row, int col)
{
	return !PQgetisnull(r, row, col) && PQgetvalue(r, row, col)[0] == 't';
}

/* ------------------------------------------------------------ introspection */

struct ctx {
	struct sess s;
	sx_catalog *cat;
	sx_database *db;
	sx_arena *keys;    /* the maps borrow their keys: oid strings live here */
	sx_hmap *nsp;       /* namespace oid (text) -> sx_schema*, created lazily */
	sx_hmap *nspname;   /* namespace oid (text) -> name (arena) */
	sx_hmap *rels;      /* relation oid (text) -> sx_table* */
	sx_buf oids;       /* the selected namespaces as an oid[] literal */
	SX_VEC(sx_table *) countable; /* tables the user may count (--exact-counts) */
	const sx_source_opts *opts;
	sx_error *err;
};

static int oom(struct ctx *c)
{
	return sx_error_set(c->err, SX_ENOMEM, "out of memory");
}

/* A map key that outlives the PGresult it came from. */
static const char *key(struct ctx *c, const char *oid)
{
	return sx_arena_strdup(c->keys, oid);
}

/* Runs a catalog query whose $1 is the selected namespaces (an oid[]
 * literal) and releases q. NULL with *rc set when it fails. */
static PGresult *exec_in_schemas(struct ctx *c, const char *what, sx_buf *q, int *rc)
{
	const char *params[1] = {sx_buf_cstr(&c->oids)};
	PGresult *r = NULL;

	if (sx_buf_failed(q))
		*rc = oom(c);
	else
		r = exec(&c->s, what, sx_buf_cstr(q), 1, params, rc, c->err);
	sx_buf_release(q);
	return r;
}

static int read_session(struct ctx *c)
{
	static const char q[] = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; "
				"SELECT current_database(), current_setting('server_version')";
	PGresult *r;
	int rc = 0;
	char now[32];

	if (!(r = exec(&c->s, "the session", q, 0, NULL, &rc, c->err)))
		return rc;
	if (PQntuples(r) != 1) {
		PQclear(r);
		return sx_error_set(c->err, SX_EIO, "cannot read '%s': no session row", c->s.where);
	}
	c->db = sx_catalog_add_database(c->cat, PQgetvalue(r, 0, 0), SX_DB_POSTGRES);
	if (c->db)
		c->db->server_version =
			sx_arena_printf(c->cat->arena, "PostgreSQL %s", PQgetvalue(r, 0, 1));
	PQclear(r);
	if (!c->db || !c->db->server_version)
		return oom(c);
	sx_now_iso(now, sizeof now);
	c->db->analysed_at = sx_arena_strdup(c->cat->arena, now);
	return c->db->analysed_at ? 0 : oom(c);
}

/* Picks the schemas: every non-system schema, or the --schema list. A
 * schema the user may not USE is skipped with a warning. */
static int read_schemas(struct ctx *c)
{
	static const char q[] =
		"SELECT n.oid, n.nspname, has_schema_privilege(n.oid, 'USAGE') "
		"FROM pg_catalog.pg_namespace n "
		"WHERE CASE WHEN $1::text[] IS NULL THEN "
		"  n.nspname NOT IN ('pg_catalog', 'information_schema') "
		"  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' "
		"  ELSE n.nspname = ANY($1::text[]) END "
		"ORDER BY n.nspname";
	const char *const *want = c->opts->schemas;
	sx_buf filter = SX_BUF_INIT;
	const char *params[1] = {NULL};
	PGresult *r;
	int rc = 0, i, n, usable = 0;
	size_t w;

	if (want && want[0]) {
		sx_buf_putc(&filter, '{');
		for (w = 0; want[w]; w++)
			array_elem(&filter, want[w]);
		sx_buf_putc(&filter, '}');
		if (sx_buf_failed(&filter))
			return oom(c);
		params[0] = sx_buf_cstr(&filter);
	}
	r = exec(&c->s, "schemas", q, 1, params, &rc, c->err);
	if (!r) {
		sx_buf_release(&filter);
		return rc;
	}
	n = PQntuples(r);
	sx_buf_putc(&c->oids, '{');
	for (i = 0; i < n; i++) {
		const char *oid = PQgetvalue(r, i, 0), *name = PQgetvalue(r, i, 1);
		const char *copy;
		if (!is_true(r, i, 2)) {
			sx_catalog_add_warning(c->cat, c->db,
					       "skipped schema '%s': user '%s' has no USAGE "
					       "permission on it",
					       name, PQuser(c->s.conn));
			continue;
		}
		if (!(copy = sx_catalog_str(c->cat, name)) || !(oid = key(c, oid)) ||
		    sx_hmap_put(c->nspname, oid, (void *)copy)) {
			rc = oom(c);
			goto done;
		}
		if (usable++)
			sx_buf_putc(&c->oids, ',');
		sx_buf_puts(&c->oids, oid);
	}
	sx_buf_putc(&c->oids, '}');
	if (sx_buf_failed(&c->oids)) {
		rc = oom(c);
		goto done;
	}
	/* Name requested schemas that do not exist. */
	for (w = 0; want && want[w]; w++) {
		bool found = false;
		for (i = 0; i < n && !found; i++)
			found = strcmp(PQgetvalue(r, i, 1), want[w]) == 0;
		if (!found)
			sx_catalog_add_warning(c->cat, c->db, "schema '%s' not found in '%s'", want[w],
					       c->s.where);
	}
	if (!usable)
		rc = sx_error_set(c->err, n ? SX_EAUTH : SX_ENOTFOUND,
				  n ? "cannot read '%s': user '%s' may use none of its schemas"
				    : "cannot read '%s': no such schema (user '%s')",
				  c->s.where, PQuser(c->s.conn));
done:
	PQclear(r);
	sx_buf_release(&filter);
	return rc;
}

static sx_schema *schema_of(struct ctx *c, const char *nspoid)
{
	sx_schema *s = sx_hmap_get(c->nsp, nspoid);
	const char *name;
	if (s)
		return s;
	if (!(name = sx_hmap_get(c->nspname, nspoid)))
		return NULL;
	if (!(s = sx_catalog_add_schema(c->cat, c->db, name)) || !(nspoid = key(c, nspoid)) ||
	    sx_hmap_put(c->nsp, nspoid, s))
		return NULL;
	return s;
}

static sx_rel_kind rel_kind(char k)
{
	switch (k) {
	case 'v':
		return SX_REL_VIEW;
	case 'm':
		return SX_REL_MATVIEW;
	case 'f':
		return SX_REL_FOREIGN;
	case 'p':
		return SX_REL_PARTITIONED;
	default:
		return SX_REL_TABLE;
	}
}

/* Row estimate from reltuples: -1 (PostgreSQL 14+) means never analysed;
 * before 14, 0 with relpages 0 meant the same. Then the statistics
 * collector's live-tuple count is the better guess. */
static int64_t row_estimate(const struct ctx *c, PGresult *r, int i, int col_tuples,
			    int col_pages, int col_live, int col_ins)
{
	/* rounded to bigint by the server: no strtod, whose decimal point
	 * would follow LC_NUMERIC */
	int64_t tuples = int_or(r, i, col_tuples, -1);
	int64_t pages = int_or(r, i, col_pages, 0);
	int64_t live = int_or(r, i, col_live, -1), ins = int_or(r, i, col_ins, -1);

	if (tuples > 0 || (tuples == 0 && (pages > 0 || c->s.version >= 140000)))
		return tuples;
	if (live > 0 || ins > 0)
		return live;
	if (tuples == 0)
		return 0;
	return -1;
}

static void add_stat(int64_t *into, int64_t v)
{
	if (v < 0)
		return;
	*into = *into < 0 ? v : *into + v;
}

static const char *later(const char *a, const char *b)
{
	if (!a)
		return b;
	if (!b)
		return a;
	return strcmp(a, b) >= 0 ? a : b; /* same ISO-8601 format: text order */
}

static int read_relations(struct ctx *c)
{
	/* The partition root: pg_partition_root from 12, before that the
	 * direct parent (sub-partitioned trees then fold one level up). */
	const char *root = c->s.version >= 120000
				   ? "pg_catalog.pg_partition_root(c.oid)::oid"
				   : "(SELECT i.inhparent FROM pg_catalog.pg_inherits i "
				     "WHERE i.inhrelid = c.oid LIMIT 1)";
	/* reltuples that leave the row count open (see row_estimate) */
	const char *unknown_rows = c->s.version >= 140000 ? "<" : "<=";
	sx_buf q = SX_BUF_INIT;
	PGresult *r;
	int rc = 0, i, n;

	sx_buf_printf(
		&q,
		"SELECT c.oid, c.relnamespace, c.relname, c.relkind, c.relispartition, "
		"  CASE WHEN c.relispartition THEN %s END AS root, d.description, "
		"  round(c.reltuples)::bigint, c.relpages, "
		"  CASE WHEN c.relkind IN ('r','m','p') "
		"    THEN pg_catalog.pg_total_relation_size(c.oid) END, "
		"  CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END, "
		"  CASE WHEN c.relkind IN ('v','m') "
		"    THEN pg_catalog.pg_get_viewdef(c.oid, true) END, "
		"  s.n_tup_ins, s.n_tup_upd, s.n_tup_del, s.n_live_tup, s.n_dead_tup, "
		"  to_char(greatest(s.last_analyze, s.last_autoanalyze) AT TIME ZONE 'UTC', "
		"          'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
		"  to_char(greatest(s.last_vacuum, s.last_autovacuum) AT TIME ZONE 'UTC', "
		"          'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
		"  pg_catalog.has_table_privilege(c.oid, 'SELECT'), "
		"  CASE WHEN c.relkind IN ('r','m') AND c.reltuples %s 0 "
		"    THEN pg_catalog.pg_relation_size(c.oid) END, "
		"  CASE WHEN c.relispartition "
		"    THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END "
		"FROM pg_catalog.pg_class c "
		"JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
		"LEFT JOIN pg_catalog.pg_description d ON d.objoid = c.oid "
		"  AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0 "
		"LEFT JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid "
		"WHERE c.relkind IN ('r','p','v','m','f') AND (c.relnamespace = ANY($1::oid[]) "
		"  OR (c.relispartition AND (SELECT rc.relnamespace FROM pg_catalog.pg_class rc "
		"      WHERE rc.oid = %s) = ANY($1::oid[]))) "
		"ORDER BY c.relispartition, n.nspname, c.relname",
		root, unknown_rows, root);
	if (!(r = exec_in_schemas(c, "relations", &q, &rc)))
		return rc;
	n = PQntuples(r);
	for (i = 0; i < n && !rc; i++) {
		char kind = PQgetvalue(r, i, 3)[0];
		int64_t rows = kind == 'v' || kind == 'f' ? -1 : row_estimate(c, r, i, 7, 8, 15, 12);
		/* an empty heap file holds no rows, analysed or not (only asked
		 * where reltuples does not already say so: it stats the file) */
		bool empty = int_or(r, i, 20, -1) == 0;
		int64_t size = int_or(r, i, 9, -1);
		sx_table *t;

		if (is_true(r, i, 4)) {
			/* A partition: fold it into its root (skipped when the root
			 * is outside the selection). Only leaves hold rows. */
			sx_table *root_t = val(r, i, 5) ? sx_hmap_get(c->rels, val(r, i, 5)) : NULL;
			if (!root_t)
				continue;
			/* its name and bound stay on the root (sub-partitioned
			 * ones too: their bound is the wider one) */
			if (sx_catalog_add_partition(c->cat, root_t, PQgetvalue(r, i, 2), val(r, i, 21))) {
				rc = oom(c);
				break;
			}
			if (kind != 'p')
				root_t->npartitions++;
			if (empty)
				rows = 0;
			if (rows >= 0)
				root_t->row_count = (root_t->row_count < 0 ? 0 : root_t->row_count) + rows;
			add_stat(&root_t->size_bytes, size);
			add_stat(&root_t->stats.n_ins, int_or(r, i, 12, -1));
			add_stat(&root_t->stats.n_upd, int_or(r, i, 13, -1));
			add_stat(&root_t->stats.n_del, int_or(r, i, 14, -1));
			add_stat(&root_t->stats.n_live, int_or(r, i, 15, -1));
			add_stat(&root_t->stats.n_dead, int_or(r, i, 16, -1));
			root_t->stats.last_analyze =
				later(root_t->stats.last_analyze, sx_catalog_str(c->cat, val(r, i, 17)));
			root_t->stats.last_autovacuum =
				later(root_t->stats.last_autovacuum, sx_catalog_str(c->cat, val(r, i, 18)));
			continue;
		}
		{
			sx_schema *s = schema_of(c, PQgetvalue(r, i, 1));
			const char *oid = key(c, PQgetvalue(r, i, 0));
			if (!s || !oid ||
			    !(t = sx_catalog_add_table(c->cat, s, PQgetvalue(r, i, 2), rel_kind(kind))) ||
			    sx_hmap_put(c->rels, oid, t)) {
				rc = oom(c);
				break;
			}
		}
		t->comment = sx_catalog_str(c->cat, val(r, i, 6));
		/* a partitioned parent holds no rows itself: its partitions
		 * fill in its estimate and size */
		t->row_count = kind == 'p' ? -1 : empty ? 0 : rows;
		t->rows_exact = empty;
		t->size_bytes = kind == 'p' ? -1 : size;
		t->partition_key = sx_catalog_str(c->cat, val(r, i, 10));
		t->definition = sx_catalog_str(c->cat, val(r, i, 11));
		t->stats.n_ins = int_or(r, i, 12, -1);
		t->stats.n_upd = int_or(r, i, 13, -1);
		t->stats.n_del = int_or(r, i, 14, -1);
		t->stats.n_live = int_or(r, i, 15, -1);
		t->stats.n_dead = int_or(r, i, 16, -1);
		t->stats.last_analyze = sx_catalog_str(c->cat, val(r, i, 17));
		t->stats.last_autovacuum = sx_catalog_str(c->cat, val(r, i, 18));
		if (kind != 'v' && kind != 'f' && is_true(r, i, 19) && SX_VEC_PUSH(&c->countable, t))
			rc = oom(c);
	}
	PQclear(r);
	return rc;
}

static int read_columns(struct ctx *c)
{
	/* attidentity is 10+, attgenerated 12+ */
	const char *gen = c->s.version >= 120000 ? "a.attgenerated" : "''";
	sx_buf q = SX_BUF_INIT;
	PGresult *r;
	int rc = 0, i, n;

	sx_buf_printf(
		&q,
		"SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
		"  a.attnotnull, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, %s, "
		"  d.description "
		"FROM pg_catalog.pg_attribute a "
		"JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
		"LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum "
		"LEFT JOIN pg_catalog.pg_description d ON d.objoid = a.attrelid "
		"  AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum "
		"WHERE c.relnamespace = ANY($1::oid[]) AND c.relkind IN ('r','p','v','m','f') "
		"  AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped "
		"ORDER BY a.attrelid, a.attnum",
		gen);
	if (!(r = exec_in_schemas(c, "columns", &q, &rc)))
		return rc;
	n = PQntuples(r);
	for (i = 0; i < n; i++) {
		sx_table *t = sx_hmap_get(c->rels, PQgetvalue(r, i, 0));
		const char *ident = PQgetvalue(r, i, 5), *gn = PQgetvalue(r, i, 6);
		sx_column *col;
		if (!t)
			continue;
		if (!(col = sx_catalog_add_column(c->cat, t, PQgetvalue(r, i, 1), PQgetvalue(r, i, 2)))) {
			rc = oom(c);
			break;
		}
		col->nullable = !is_true(r, i, 3);
		col->comment = sx_catalog_str(c->cat, val(r, i, 7));
		if (gn[0] == 's') {
			col->generated = SX_GEN_STORED;
			col->gen_expr = sx_catalog_str(c->cat, val(r, i, 4));
		} else {
			col->default_expr = sx_catalog_str(c->cat, val(r, i, 4));
			if (ident[0] == 'a' || ident[0] == 'd')
				col->generated = SX_GEN_IDENTITY;
		}
	}
	PQclear(r);
	return rc;
}

static const char *fk_action(char a)
{
	switch (a) {
	case 'r':
		return "RESTRICT";
	case 'c':
		return "CASCADE";
	case 'n':
		return "SET NULL";
	case 'd':
		return "SET DEFAULT";
	default:
		return NULL; /* 'a': NO ACTION, the default */
	}
}

#define MAX_KEY_COLS 64

/* One constraint being assembled from its per-column rows. */
struct con {
	sx_table *t;
	char type;
	const char *name, *ref_schema, *ref_table;
	char on_del, on_upd;
	size_t n;
	const char *cols[MAX_KEY_COLS], *ref[MAX_KEY_COLS];
};

static int flush_con(struct ctx *c, struct con *k)
{
	int rc = 0;
	if (!k->t || !k->n)
		return 0;
	if (k->type == 'p') {
		rc = sx_catalog_set_pk(c->cat, k->t, k->name, k->n, k->cols);
	} else if (k->type == 'u') {
		rc = sx_catalog_add_unique(c->cat, k->t, k->name, k->n, k->cols);
	} else if (!c->opts->ignore_declared_fks) {
		const char *rs = strcmp(k->ref_schema, k->t->schema->name) == 0 ? NULL : k->ref_schema;
		sx_fk *fk = sx_catalog_add_fk(c->cat, k->t, k->name, k->n, k->cols, rs, k->ref_table,
					      k->ref);
		if (!fk)
			rc = SX_ENOMEM;
		else {
			fk->on_delete = fk_action(k->on_del);
			fk->on_update = fk_action(k->on_upd);
		}
	}
	k->t = NULL;
	k->n = 0;
	return rc ? oom(c) : 0;
}

static int read_constraints(struct ctx *c)
{
	/* FKs that reference a partitioned table get one clone per partition
	 * on the referencing side (conparentid <> 0, 11+): only the parent
	 * constraint is the user's. */
	const char *top = c->s.version >= 110000 ? "AND con.conparentid = 0 " : "";
	sx_buf q = SX_BUF_INIT;
	struct con k = {0};
	char cur[32] = "";
	PGresult *r;
	int rc = 0, i, n;

	sx_buf_printf(
		&q,
		"SELECT con.oid, con.conrelid, con.conname, con.contype, fn.nspname, fc.relname, "
		"  con.confdeltype, con.confupdtype, a.attname, fa.attname "
		"FROM pg_catalog.pg_constraint con "
		"JOIN pg_catalog.pg_class c ON c.oid = con.conrelid "
		"CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(att, fatt, ord) "
		"JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.att "
		"LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid "
		"LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace "
		"LEFT JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.confrelid "
		"  AND fa.attnum = k.fatt "
		"WHERE con.contype IN ('p','u','f') AND c.relnamespace = ANY($1::oid[]) "
		"  AND NOT c.relispartition %s"
		"ORDER BY con.conrelid, con.contype, con.conname, con.oid, k.ord",
		top);
	if (!(r = exec_in_schemas(c, "constraints", &q, &rc)))
		return rc;
	n = PQntuples(r);
	for (i = 0; i < n && !rc; i++) {
		if (strcmp(PQgetvalue(r, i, 0), cur) != 0) {
			if ((rc = flush_con(c, &k)))
				break;
			snprintf(cur, sizeof cur, "%s", PQgetvalue(r, i, 0));
			k.t = sx_hmap_get(c->rels, PQgetvalue(r, i, 1));
			k.type = PQgetvalue(r, i, 3)[0];
			k.name = PQgetvalue(r, i, 2);
			k.ref_schema = PQgetvalue(r, i, 4);
			k.ref_table = PQgetvalue(r, i, 5);
			k.on_del = PQgetvalue(r, i, 6)[0];
			k.on_upd = PQgetvalue(r, i, 7)[0];
		}
		if (k.n < MAX_KEY_COLS) {
			k.cols[k.n] = PQgetvalue(r, i, 8);
			k.ref[k.n] = PQgetvalue(r, i, 9);
			k.n++;
		}
	}
	if (!rc)
		rc = flush_con(c, &k);
	PQclear(r);
	return rc;
}

struct idx {
	sx_table *t;
	const char *name, *method, *pred;
	bool unique, primary, backs_constraint, has_expr;
	size_t n;
	const char *cols[MAX_KEY_COLS];
};

static int flush_idx(struct ctx *c, struct idx *x)
{
	sx_index *ix;
	if (!x->t || !x->n)
		return 0;
	if (!(ix = sx_catalog_add_index(c->cat, x->t, x->name, x->unique, x->n, x->cols)))
		return oom(c);
	ix->primary = x->primary;
	ix->method = sx_catalog_str(c->cat, x->method);
	ix->predicate = sx_catalog_str(c->cat, x->pred);
	/* A plain unique index is a key just like a UNIQUE constraint (many
	 * schemas declare keys this way); constraint-backed ones were read
	 * with the constraints already. */
	if (x->unique && !x->primary && !x->backs_constraint && !x->pred && !x->has_expr &&
	    sx_catalog_add_unique(c->cat, x->t, x->name, x->n, x->cols))
		return oom(c);
	x->t = NULL;
	x->n = 0;
	return 0;
}

static int read_indexes(struct ctx *c)
{
	const char *nkey = c->s.version >= 110000 ? "i.indnkeyatts" : "i.indnatts";
	sx_buf q = SX_BUF_INIT;
	struct idx x = {0};
	char cur[32] = "";
	PGresult *r;
	int rc = 0, i, n;

	sx_buf_printf(
		&q,
		"SELECT i.indexrelid, i.indrelid, ic.relname, i.indisunique, i.indisprimary, "
		"  am.amname, pg_catalog.pg_get_expr(i.indpred, i.indrelid), "
		"  EXISTS (SELECT 1 FROM pg_catalog.pg_constraint x WHERE x.conindid = i.indexrelid "
		"          AND x.conrelid = i.indrelid AND x.contype IN ('p','u','x')), "
		"  k.att, CASE WHEN k.att = 0 "
		"    THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, true) "
		"    ELSE a.attname END "
		"FROM pg_catalog.pg_index i "
		"JOIN pg_catalog.pg_class c ON c.oid = i.indrelid "
		"JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
		"JOIN pg_catalog.pg_am am ON am.oid = ic.relam "
		"CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(att, ord) "
		"LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.att "
		"WHERE c.relnamespace = ANY($1::oid[]) AND NOT c.relispartition "
		"  AND k.ord <= %s "
		"ORDER BY i.indrelid, ic.relname, i.indexrelid, k.ord",
		nkey);
	if (!(r = exec_in_schemas(c, "indexes", &q, &rc)))
		return rc;
	n = PQntuples(r);
	for (i = 0; i < n && !rc; i++) {
		if (strcmp(PQgetvalue(r, i, 0), cur) != 0) {
			if ((rc = flush_idx(c, &x)))
				break;
			snprintf(cur, sizeof cur, "%s", PQgetvalue(r, i, 0));
			x.t = sx_hmap_get(c->rels, PQgetvalue(r, i, 1));
			x.name = PQgetvalue(r, i, 2);
			x.unique = is_true(r, i, 3);
			x.primary = is_true(r, i, 4);
			x.method = PQgetvalue(r, i, 5);
			x.pred = val(r, i, 6);
			x.backs_constraint = is_true(r, i, 7);
			x.has_expr = false;
		}
		if (strcmp(PQgetvalue(r, i, 8), "0") == 0)
			x.has_expr = true;
		if (x.n < MAX_KEY_COLS)
			x.cols[x.n++] = PQgetvalue(r, i, 9);
	}
	if (!rc)
		rc = flush_idx(c, &x);
	PQclear(r);
	return rc;
}

/* --exact-counts: count(*) of every table, matview and partitioned table
 * the user may SELECT from, a batch of tables per query. */
static int read_exact_counts(struct ctx *c)
{
	enum { BATCH = 200 };
	sx_buf q = SX_BUF_INIT;
	size_t at, b, nb;
	int rc = 0, i;

	for (at = 0; at < c->countable.n && !rc; at += nb) {
		sx_table **batch = c->countable.v + at;
		PGresult *r;
		nb = c->countable.n - at < BATCH ? c->countable.n - at : BATCH;
		sx_buf_clear(&q);
		for (b = 0; b < nb; b++) {
			const sx_table *t = batch[b];
			char *sn = PQescapeIdentifier(c->s.conn, t->schema->name, strlen(t->schema->name));
			char *tn = PQescapeIdentifier(c->s.conn, t->name, strlen(t->name));
			if (sn && tn)
				sx_buf_printf(&q, "%sSELECT %zu, count(*) FROM %s.%s", b ? " UNION ALL " : "",
					      b, sn, tn);
			else
				q.oom = true;
			PQfreemem(sn);
			PQfreemem(tn);
		}
		if (sx_buf_failed(&q)) {
			rc = oom(c);
			break;
		}
		if (!(r = exec(&c->s, "row counts", sx_buf_cstr(&q), 0, NULL, &rc, c->err)))
			break;
		for (i = 0; i < PQntuples(r); i++) {
			size_t k = (size_t)strtoul(PQgetvalue(r, i, 0), NULL, 10);
			if (k < nb) {
				batch[k]->row_count = strtoll(PQgetvalue(r, i, 1), NULL, 10);
				batch[k]->rows_exact = true;
			}
		}
		PQclear(r);
		sx_progress_report(c->opts->progress, "counting rows", (int64_t)(at + nb),
				   (int64_t)c->countable.n);
		if (sx_progress_cancelled(c->opts->progress))
			break;
	}
	sx_buf_release(&q);
	return rc;
}

int sx_pg_introspect(sx_catalog *cat, const char *conninfo, const sx_source_opts *opts,
		     sx_database **out, sx_error *err)
{
	struct ctx c = {0};
	sx_source_opts defaults = {0};
	sx_catalog *scratch = NULL;
	char *dsn = NULL;
	int rc, stage = 0;

	*out = NULL;
	if (!opts)
		opts = &defaults;
	c.opts = opts;
	c.err = err;
	if ((rc = sx_catalog_new(&scratch, err)))
		return rc;
	c.cat = scratch;
	c.keys = sx_arena_new();
	c.nsp = sx_hmap_new(16);
	c.nspname = sx_hmap_new(16);
	c.rels = sx_hmap_new(1024);
	if (!c.keys || !c.nsp || !c.nspname || !c.rels) {
		rc = oom(&c);
		goto cleanup;
	}
	sx_progress_report(opts->progress, "connecting", stage++, STAGES);
	if ((rc = sess_open(&c.s, conninfo, opts, err)) || (rc = read_session(&c)))
		goto cleanup;
	if (!(dsn = sx_dsn_redact(conninfo)) || !(c.db->dsn = sx_catalog_str(scratch, dsn))) {
		rc = oom(&c);
		goto cleanup;
	}
	sx_progress_report(opts->progress, "reading schemas", stage++, STAGES);
	if ((rc = read_schemas(&c)))
		goto cleanup;
	sx_progress_report(opts->progress, "reading relations", stage++, STAGES);
	if ((rc = read_relations(&c)))
		goto cleanup;
	if (sx_database_table_count(c.db) == 0) {
		rc = sx_error_set(err, SX_EEMPTY, "database '%s' has no tables or views%s", c.s.where,
				  c.db->nwarnings ? " that can be read" : "");
		goto cleanup;
	}
	if (sx_progress_cancelled(opts->progress))
		goto cancelled;
	sx_progress_report(opts->progress, "reading columns", stage++, STAGES);
	if ((rc = read_columns(&c)))
		goto cleanup;
	if (sx_progress_cancelled(opts->progress))
		goto cancelled;
	sx_progress_report(opts->progress, "reading keys", stage++, STAGES);
	if ((rc = read_constraints(&c)))
		goto cleanup;
	sx_progress_report(opts->progress, "reading indexes", stage++, STAGES);
	if ((rc = read_indexes(&c)))
		goto cleanup;
	if (opts->exact_counts && (rc = read_exact_counts(&c)))
		goto cleanup;
	if (sx_progress_cancelled(opts->progress))
		goto cancelled;
	sx_progress_report(opts->progress, "done", STAGES, STAGES);
	c.db->round_trips = c.s.round_trips;
	*out = c.db;
	rc = sx_catalog_merge(cat, scratch, err);
	scratch = NULL;
	if (rc)
		*out = NULL;
	goto cleanup;
cancelled:
	rc = sx_error_set(err, SX_ECANCELLED, "reading '%s' cancelled", c.s.where);
cleanup:
	sess_close(&c.s);
	free(dsn);
	sx_buf_release(&c.oids);
	SX_VEC_FREE(&c.countable);
	sx_hmap_free(c.nsp);
	sx_hmap_free(c.nspname);
	sx_hmap_free(c.rels);
	sx_arena_free(c.keys);
	sx_catalog_free(scratch);
	return rc;
}

/* ------------------------------------------------------------ sampler */

struct pgsamp {
	struct sess s;
};

/* "schema"."table", quoted by libpq's own rules. */
static int qualified(struct pgsamp *p, const sx_table *t, sx_buf *b, sx_error *err)
{
	char *sn = PQescapeIdentifier(p->s.conn, t->schema->name, strlen(t->schema->name));
	char *tn = PQescapeIdentifier(p->s.conn, t->name, strlen(t->name));
	int rc = 0;
	if (sn && tn)
		sx_buf_printf(b, "%s.%s", sn, tn);
	else
		rc = sx_error_set(err, SX_EINVAL, "cannot quote '%s': %s", t->name,
				  PQerrorMessage(p->s.conn));
	PQfreemem(sn);
	PQfreemem(tn);
	return rc;
}

static int ident(struct pgsamp *p, const char *name, sx_buf *b, sx_error *err)
{
	char *q = PQescapeIdentifier(p->s.conn, name, strlen(name));
	if (!q)
		return sx_error_set(err, SX_EINVAL, "cannot quote '%s': %s", name,
				    PQerrorMessage(p->s.conn));
	sx_buf_puts(b, q);
	PQfreemem(q);
	return 0;
}

/* The FROM clause with a TABLESAMPLE suited to the table: none for views,
 * foreign tables and small or unknown tables (LIMIT is enough there),
 * BERNOULLI (row-level, scans the table) up to 100k rows, SYSTEM (block
 * level, reads only the sampled pages) above. The percentage aims at about
 * four times the wanted rows so that LIMIT, not chance, bounds the result. */
static int from_clause(struct pgsamp *p, const sx_table *t, size_t want, sx_buf *b,
		       sx_error *err)
{
	int rc;
	double pct;
	sx_buf_puts(b, " FROM ");
	if ((rc = qualified(p, t, b, err)))
		return rc;
	if (t->kind == SX_REL_VIEW || t->kind == SX_REL_FOREIGN || t->row_count < 0 ||
	    (double)t->row_count <= 10.0 * (double)want)
		return 0;
	pct = 400.0 * (double)want / (double)t->row_count;
	if (pct >= 100.0)
		return 0;
	if (pct < 0.0001)
		pct = 0.0001;
	/* printed as integer parts: "%f" would follow LC_NUMERIC ("0,5") */
	{
		long micro = (long)(pct * 1e6);
		sx_buf_printf(b, " TABLESAMPLE %s (%ld.%06ld)",
			      t->row_count <= 100000 ? "BERNOULLI" : "SYSTEM", micro / 1000000,
			      micro % 1000000);
	}
	return 0;
}

static int samp_fail(struct pgsamp *p, PGresult *r, const sx_table *t, const char *what,
		     sx_error *err)
{
	char label[300];
	snprintf(label, sizeof label, "%s sample of '%s.%s'", what, t->schema->name, t->name);
	return query_error(&p->s, r, label, err);
}

static PGresult *samp_exec(struct pgsamp *p, const sx_table *t, const char *what, const char *sql,
			   int nparams, const char *const *params, int *rc, sx_error *err)
{
	PGresult *r = PQexecParams(p->s.conn, sql, nparams, NULL, params, NULL, NULL, 0);
	if (r && PQresultStatus(r) == PGRES_TUPLES_OK)
		return r;
	*rc = r ? samp_fail(p, r, t, what, err) : sx_error_set(err, SX_ENOMEM, "out of memory");
	PQclear(r);
	return NULL;
}

static int pg_rows(void *state, const sx_table *t, size_t ncols, const char *const *cols,
		   size_t limit, sx_sample_row_fn row, void *payload, sx_error *err)
{
	struct pgsamp *p = state;
	sx_buf sql = SX_BUF_INIT;
	const char **vals = NULL;
	char lim[32];
	const char *params[1] = {lim};
	PGresult *r = NULL;
	size_t i;
	int rc = 0, k;

	snprintf(lim, sizeof lim, "%zu", limit);
	sx_buf_puts(&sql, "SELECT ");
	for (i = 0; i < ncols && !rc; i++) {
		if (i)
			sx_buf_puts(&sql, ", ");
		rc = ident(p, cols[i], &sql, err);
	}
	if (!ncols)
		sx_buf_puts(&sql, "1");
	if (rc || (rc = from_clause(p, t, limit, &sql, err)))
		goto done;
	sx_buf_puts(&sql, " LIMIT $1::bigint");
	if (sx_buf_failed(&sql) || !(vals = sx_calloc(ncols ? ncols : 1, sizeof *vals))) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	if (!(r = samp_exec(p, t, "rows", sx_buf_cstr(&sql), 1, params, &rc, err)))
		goto done;
	for (k = 0; k < PQntuples(r); k++) {
		for (i = 0; i < ncols; i++)
			vals[i] = val(r, k, (int)i);
		if (row(payload, ncols, vals))
			break;
	}
done:
	PQclear(r);
	free(vals);
	sx_buf_release(&sql);
	return rc;
}

static int pg_distinct(void *state, const sx_table *t, const char *col, size_t limit,
		       char ***values, size_t *n, sx_error *err)
{
	struct pgsamp *p = state;
	sx_buf sql = SX_BUF_INIT;
	char inner[32], outer[32];
	const char *params[2] = {inner, outer};
	PGresult *r = NULL;
	char **v = NULL;
	int rc = 0, k, nt;

	/* The inner LIMIT bounds the scan: distinct values of a bounded
	 * sample, not of the whole table. */
	snprintf(inner, sizeof inner, "%zu", limit * 20);
	snprintf(outer, sizeof outer, "%zu", limit);
	sx_buf_puts(&sql, "SELECT DISTINCT v FROM (SELECT ");
	if ((rc = ident(p, col, &sql, err)))
		goto done;
	sx_buf_puts(&sql, "::text AS v");
	if ((rc = from_clause(p, t, limit * 20, &sql, err)))
		goto done;
	sx_buf_puts(&sql, " WHERE ");
	if ((rc = ident(p, col, &sql, err)))
		goto done;
	sx_buf_puts(&sql, " IS NOT NULL LIMIT $1::bigint) s LIMIT $2::bigint");
	if (sx_buf_failed(&sql)) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	if (!(r = samp_exec(p, t, "distinct", sx_buf_cstr(&sql), 2, params, &rc, err)))
		goto done;
	nt = PQntuples(r);
	if (nt && !(v = sx_calloc((size_t)nt, sizeof *v))) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	for (k = 0; k < nt; k++)
		if (!(v[k] = sx_strdup(PQgetvalue(r, k, 0)))) {
			sx_sampler_values_free(v, (size_t)k);
			v = NULL;
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto done;
		}
	*values = v;
	*n = (size_t)nt;
done:
	PQclear(r);
	sx_buf_release(&sql);
	return rc;
}

/* True when every value parses as a (decimal) 64-bit integer. */
static bool all_integers(size_t n, const char *const *values)
{
	size_t i;
	for (i = 0; i < n; i++) {
		const char *s = values[i];
		char *end;
		if (!s || !*s || isspace((unsigned char)*s))
			return false;
		(void)strtoll(s, &end, 10);
		if (*end)
			return false;
	}
	return true;
}

static int pg_count_in(void *state, const sx_table *t, const char *col, size_t n,
		       const char *const *values, size_t *found, sx_error *err)
{
	struct pgsamp *p = state;
	const sx_column *c = sx_table_find_column(t, col);
	sx_buf sql = SX_BUF_INIT, arr = SX_BUF_INIT;
	const char *params[1], *lhs_cast, *arr_type;
	PGresult *r = NULL;
	size_t i;
	int rc = 0;

	/* Compare in the column's own type where the values fit it, so that
	 * an index on the column can answer (int4 = ANY(int8[]) and varchar =
	 * ANY(text[]) both use the column's btree); anything else compares as
	 * text. The values travel as one bound array parameter. */
	if (c && c->family == SX_TF_INTEGER && all_integers(n, values)) {
		lhs_cast = "";
		arr_type = "bigint[]";
	} else if (c && c->family == SX_TF_TEXT) {
		lhs_cast = "";
		arr_type = "text[]";
	} else {
		lhs_cast = "::text";
		arr_type = "text[]";
	}
	sx_buf_putc(&arr, '{');
	for (i = 0; i < n; i++)
		if (values[i])
			array_elem(&arr, values[i]);
	sx_buf_putc(&arr, '}');
	sx_buf_puts(&sql, "SELECT count(DISTINCT ");
	if ((rc = ident(p, col, &sql, err)))
		goto done;
	sx_buf_puts(&sql, "::text) FROM ");
	if ((rc = qualified(p, t, &sql, err)))
		goto done;
	sx_buf_puts(&sql, " WHERE ");
	if ((rc = ident(p, col, &sql, err)))
		goto done;
	sx_buf_printf(&sql, "%s = ANY($1::%s)", lhs_cast, arr_type);
	if (sx_buf_failed(&sql) || sx_buf_failed(&arr)) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	params[0] = sx_buf_cstr(&arr);
	if (!(r = samp_exec(p, t, "containment", sx_buf_cstr(&sql), 1, params, &rc, err)))
		goto done;
	*found = (size_t)strtoull(PQgetvalue(r, 0, 0), NULL, 10);
done:
	PQclear(r);
	sx_buf_release(&sql);
	sx_buf_release(&arr);
	return rc;
}

static void pg_close(void *state)
{
	struct pgsamp *p = state;
	if (!p)
		return;
	sess_close(&p->s);
	free(p);
}

static const struct sx_sampler_ops pg_ops = {pg_rows, pg_distinct, pg_count_in, pg_close};

int sx__pg_sampler_open(struct sx_sampler *s, const char *conninfo, const sx_source_opts *opts,
			sx_error *err)
{
	struct pgsamp *p = sx_calloc(1, sizeof *p);
	int rc;
	if (!p)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if ((rc = sess_open(&p->s, conninfo, opts, err))) {
		pg_close(p);
		return rc;
	}
	s->ops = &pg_ops;
	s->state = p;
	return 0;
}
