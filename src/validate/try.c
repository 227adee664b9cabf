/*
 * try.c - a generated pipeline run on a sample (sx_validate_try): the
 * SELECT on the source, read-only and bounded; the target DDL and the load
 * in scratch objects of the target; data tests; the load again
 * (idempotence); the scratch objects dropped. docs/validate.md, "Try".
 *
 * The source is only ever read: PostgreSQL through a session with
 * default_transaction_read_only, inside BEGIN ... READ ONLY with a
 * transaction-local statement_timeout, one plain SELECT checked on its
 * parse (the explain guard); SQLite through a SQLITE_OPEN_READONLY handle
 * with PRAGMA query_only. The SELECT is wrapped as a derived table with a
 * WHERE on the window and a bound LIMIT; the window's length and the limit
 * are bound parameters.
 *
 * The target side runs the run's own DDL and load, which may have been
 * written by a model or edited: they are validated first, and a
 * destructive or privileged statement is refused (try.refused). They run
 * inside a scratch schema (PostgreSQL: search_path set to it only), a
 * scratch database (ClickHouse: every request names it) or a temporary
 * SQLite file. The rows are staged the way the load reads them: a
 * "<table>__stage" table of the target's shape (PostgreSQL, SQLite) or the
 * TabSeparated body of the load's INSERT (ClickHouse).
 *
 * Cancel: PostgreSQL statements are sent asynchronously and cancelled
 * (PQcancel) when the flag rises; SQLite checks it in a progress handler;
 * then the scratch objects are dropped and SX_ECANCELLED returned.
 */
#include <ctype.h>
#include <errno.h>
#include <libpq-fe.h>
#include <math.h>
#include <poll.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sextant/pgsql.h>

#include "validate_int.h"

#define TRY_COLS 256

enum { K_TEXT = 0, K_NUM, K_BOOL, K_DATE };

typedef SX_VEC(char *) strvec;

typedef struct trow_set {
	size_t ncols;
	char *names[TRY_COLS];
	int kinds[TRY_COLS];
	SX_VEC(char *) v; /* ncols values a row; NULL for SQL NULL */
	size_t nrows;
} trow_set;

typedef struct tstats {
	int64_t rows, null_keys, dup_keys;
	long double sums[TRY_COLS];
	bool ok;
} tstats;

typedef struct tst {
	const sx_try_opts *o;
	sx_finding_list *out;
	int rc; /* SX_ENOMEM or SX_ECANCELLED once it happened */
	char scratch[96];
	trow_set rows;
	int tcol; /* windowed output column, -1: LIMIT only */
	char *win_from, *win_to;
	size_t nkeys;
	char *keys[TRY_COLS];
	size_t nmeas;
	int meas[TRY_COLS]; /* indexes into rows.names */
	long double src_sums[TRY_COLS];
	/* the target */
	PGconn *pg;
	sqlite3 *lite;
	char lite_path[128];
	char chbase[512];
	bool ch_final;
	bool reachable, created;
	unsigned nreq; /* ClickHouse requests made: their query ids */
	/* a streaming load (Kafka table and materialised view) */
	bool stream;
	char *stream_stage; /* the Kafka table's name, sent as a Null table */
	char stream_format[32];
} tst;

static bool cancelled(const tst *s)
{
	return s->o->cancel && atomic_load(s->o->cancel);
}

static long timeout_ms(const tst *s)
{
	return s->o->statement_timeout_ms > 0 ? s->o->statement_timeout_ms : 30000;
}

static void fnd(tst *s, sx_severity sev, const char *rule, sx_artifact_kind art, const char *hint,
                const char *fmt, ...) SX_PRINTF(6, 7);
static void fnd(tst *s, sx_severity sev, const char *rule, sx_artifact_kind art, const char *hint,
                const char *fmt, ...)
{
	char msg[900];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (sx__finding_sev(s->out, sev, rule, art, 0, 0, hint, "%s", msg) && !s->rc)
		s->rc = SX_ENOMEM;
}

/* A number as short text: integers without decimals. */
static void numtxt(char *b, size_t n, long double v)
{
	if (fabsl(v - roundl(v)) < 1e-9L && fabsl(v) < 1e18L)
		snprintf(b, n, "%.0Lf", v);
	else
		snprintf(b, n, "%.4Lf", v);
}

static void q(sx_buf *b, sx_db_kind d, const char *name)
{
	sx_map_quote_ident(b, d, name);
}

/* The SELECT without trailing blanks and semicolons, a newline closing any
 * last-line comment before it is wrapped. */
static void put_select(sx_buf *b, const char *sql)
{
	sx_pgsql_stmt *v = NULL;
	size_t nst = 0, off = 0, n = strlen(sql);
	sx_error e = {0};
	/* the statement without its ';' and what follows (comments): the
	 * scanner knows quotes and comments */
	if (sx_pgsql_split(&v, &nst, sql, SX_PGSQL_SPLIT_SCANNER, NULL, &e) == 0 && nst == 1) {
		off = v[0].offset;
		n = v[0].len;
	}
	free(v);
	while (n && (isspace((unsigned char)sql[off + n - 1]) || sql[off + n - 1] == ';'))
		n--;
	sx_buf_puts(b, "(\n");
	sx_buf_put(b, sql + off, n);
	sx_buf_puts(b, "\n)");
}

static void rows_release(trow_set *r)
{
	for (size_t i = 0; i < r->v.n; i++)
		free(r->v.v[i]);
	SX_VEC_FREE(&r->v);
	for (size_t i = 0; i < r->ncols; i++)
		free(r->names[i]);
	memset(r, 0, sizeof *r);
}

static int col_index(const tst *s, const char *name)
{
	for (size_t i = 0; i < s->rows.ncols; i++)
		if (strcmp(s->rows.names[i], name) == 0)
			return (int)i;
	return -1;
}

/* Appends one value of the current row (a copy; NULL for SQL NULL). */
static int push_value(tst *s, const char *v)
{
	char *val = NULL;
	if (v && !(val = sx_strdup(v)))
		return SX_ENOMEM;
	if (SX_VEC_PUSH(&s->rows.v, val)) {
		free(val);
		return SX_ENOMEM;
	}
	return 0;
}

/* ---------------------------------------------------------------- libpq */

/* Sends sql (params bound as text when n > 0; several statements when 0)
 * and waits, cancelling on the flag. *last receives the last result (the
 * caller PQclear()s it); the first failing result wins. Returns 0, or
 * SX_ECANCELLED / SX_EIO (the message in err). */
static int pg_run(tst *s, PGconn *c, const char *sql, int n, const char *const *params,
                  PGresult **last, sx_error *err)
{
	PGresult *r, *keep = NULL;
	bool sent_cancel = false;
	int ok =
	    n ? PQsendQueryParams(c, sql, n, NULL, params, NULL, NULL, 0) : PQsendQuery(c, sql);
	if (last)
		*last = NULL;
	if (!ok)
		return sx_error_set(err, SX_EIO, "%s", PQerrorMessage(c));
	for (;;) {
		while (PQisBusy(c)) {
			struct pollfd p = {.fd = PQsocket(c), .events = POLLIN};
			if (!sent_cancel && cancelled(s)) {
				PGcancel *pc = PQgetCancel(c);
				char eb[256];
				if (pc) {
					PQcancel(pc, eb, sizeof eb);
					PQfreeCancel(pc);
				}
				sent_cancel = true;
			}
			if (poll(&p, 1, 100) < 0 && errno != EINTR)
				break;
			if (!PQconsumeInput(c))
				break;
		}
		if (!(r = PQgetResult(c)))
			break;
		ExecStatusType st = PQresultStatus(r);
		if (st == PGRES_COPY_IN) {
			/* the caller drives COPY itself */
			PQclear(keep);
			keep = r;
			break;
		}
		if (!keep || (PQresultStatus(keep) != PGRES_FATAL_ERROR)) {
			PQclear(keep);
			keep = r;
		} else {
			PQclear(r);
		}
	}
	if (sent_cancel || cancelled(s)) {
		PQclear(keep);
		return sx_error_set(err, SX_ECANCELLED, "cancelled");
	}
	if (!keep)
		return sx_error_set(err, SX_EIO, "%s", PQerrorMessage(c));
	if (PQresultStatus(keep) == PGRES_FATAL_ERROR ||
	    PQresultStatus(keep) == PGRES_BAD_RESPONSE) {
		const char *m = PQresultErrorField(keep, PG_DIAG_MESSAGE_PRIMARY);
		sx_error_set(err, SX_EIO, "%s", m ? m : PQresultErrorMessage(keep));
		PQclear(keep);
		return SX_EIO;
	}
	if (last)
		*last = keep;
	else
		PQclear(keep);
	return 0;
}

static PGconn *pg_connect(const char *conninfo, bool read_only)
{
	const char *k[] = {"dbname", "connect_timeout", "options", "application_name", NULL};
	const char *v[] = {conninfo, "10", read_only ? "-c default_transaction_read_only=on" : NULL,
	                   "sextant-try", NULL};
	if (!read_only) {
		k[2] = "application_name";
		v[2] = "sextant-try";
		k[3] = NULL;
	}
	PGconn *c = PQconnectdbParams(k, v, 1);
	if (c && PQstatus(c) != CONNECTION_OK) {
		PQfinish(c);
		return NULL;
	}
	/* the server's notices ("already exists, skipping") are not ours to
	 * print: libpq's default writes them to stderr; the log keeps them */
	if (c)
		PQsetNoticeProcessor(c, sx_log_notice, NULL);
	return c;
}

static char *pg_errmsg(PGconn *c)
{
	char *m = sx_sanitize(c ? PQerrorMessage(c) : "out of memory", false);
	if (m)
		m[strcspn(m, "\n")] = 0;
	return m;
}

static int pg_kind(Oid t)
{
	switch (t) {
	case 20:
	case 21:
	case 23:
	case 700:
	case 701:
	case 1700:
		return K_NUM;
	case 16:
		return K_BOOL;
	case 1082:
	case 1114:
	case 1184:
		return K_DATE;
	default:
		return K_TEXT;
	}
}

/* Keeps the rows of a result (names and kinds on the first call). */
static int keep_pg_rows(tst *s, PGresult *r)
{
	int nf = PQnfields(r), nt = PQntuples(r);
	if (nf > TRY_COLS)
		nf = TRY_COLS;
	if (!s->rows.ncols) {
		for (int i = 0; i < nf; i++) {
			if (!(s->rows.names[i] = sx_strdup(PQfname(r, i))))
				return SX_ENOMEM;
			s->rows.kinds[i] = pg_kind(PQftype(r, i));
			s->rows.ncols++;
		}
	}
	for (int t = 0; t < nt; t++) {
		for (int i = 0; i < nf; i++)
			if (push_value(s, PQgetisnull(r, t, i) ? NULL : PQgetvalue(r, t, i)))
				return SX_ENOMEM;
		s->rows.nrows++;
	}
	return 0;
}

/* ---------------------------------------------------------------- step 1 */

static long row_limit(const tst *s)
{
	return s->o->limit > 0 ? s->o->limit : 10000;
}

static int window_days(const tst *s)
{
	return s->o->window_days > 0 ? s->o->window_days : 7;
}

static void source_failed(tst *s, const char *what, const char *msg)
{
	char *m = sx_sanitize(msg ? msg : "?", false);
	fnd(s, SX_SEV_ERROR, "try.source", SX_ART_SELECT_SQL,
	    "run the SELECT by hand on the source; it must work read-only", "%s: %.400s", what,
	    m ? m : "?");
	free(m);
}

static int source_pg(tst *s)
{
	PGconn *c;
	PGresult *r = NULL;
	sx_error e = {0};
	sx_buf sql = SX_BUF_INIT;
	char tmo[32], days[16], lim[32];
	const char *why;
	int rc = 0;

	if ((why = sx__pg_not_a_plain_select(s->o->select_sql, &e, &rc))) {
		if (rc)
			return rc;
		fnd(s, SX_SEV_ERROR, "try.refused", SX_ART_SELECT_SQL,
		    "select_sql must be one plain SELECT", "the SELECT was not run: %s", why);
		return 0;
	}
	if (!(c = pg_connect(s->o->source, true))) {
		char *m = NULL;
		PGconn *c2 = PQconnectdb(s->o->source);
		m = pg_errmsg(c2);
		PQfinish(c2);
		source_failed(s, "the source could not be reached", m);
		free(m);
		return 0;
	}
	snprintf(tmo, sizeof tmo, "%ld", timeout_ms(s));
	snprintf(days, sizeof days, "%d", window_days(s));
	snprintf(lim, sizeof lim, "%ld", row_limit(s));
	const char *p1[] = {tmo};
	if ((rc = pg_run(s, c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", 0, NULL, NULL,
	                 &e)) ||
	    (rc =
	         pg_run(s, c, "SELECT set_config('statement_timeout', $1, true)", 1, p1, NULL, &e)))
		goto fail;
	/* the output's names and types */
	sx_buf_puts(&sql, "SELECT * FROM ");
	put_select(&sql, s->o->select_sql);
	sx_buf_puts(&sql, " AS sx_try_q LIMIT 0");
	if ((rc = pg_run(s, c, sx_buf_cstr(&sql), 0, NULL, &r, &e)))
		goto fail;
	s->tcol = -1;
	for (int i = 0; i < PQnfields(r) && s->o->has_time; i++)
		if (pg_kind(PQftype(r, i)) == K_DATE) {
			s->tcol = i;
			break;
		}
	if (s->tcol >= 0) {
		/* the window: the last N days up to the newest value */
		sx_buf col = SX_BUF_INIT;
		q(&col, SX_DB_POSTGRES, PQfname(r, s->tcol));
		sx_buf_clear(&sql);
		sx_buf_printf(&sql,
		              "SELECT max(%s)::text, (max(%s)::timestamp - make_interval(days => "
		              "$1::int))::text FROM ",
		              sx_buf_cstr(&col), sx_buf_cstr(&col));
		put_select(&sql, s->o->select_sql);
		sx_buf_puts(&sql, " AS sx_try_q");
		PQclear(r);
		r = NULL;
		const char *p2[] = {days};
		if ((rc = pg_run(s, c, sx_buf_cstr(&sql), 1, p2, &r, &e))) {
			sx_buf_release(&col);
			goto fail;
		}
		if (PQntuples(r) && !PQgetisnull(r, 0, 0)) {
			s->win_to = sx_strdup(PQgetvalue(r, 0, 0));
			s->win_from = sx_strdup(PQgetvalue(r, 0, 1));
		}
		PQclear(r);
		r = NULL;
		sx_buf_clear(&sql);
		sx_buf_puts(&sql, "SELECT * FROM ");
		put_select(&sql, s->o->select_sql);
		sx_buf_printf(&sql, " AS sx_try_q WHERE %s > $1::timestamp LIMIT $2::bigint",
		              sx_buf_cstr(&col));
		sx_buf_release(&col);
		const char *p3[] = {s->win_from ? s->win_from : "infinity", lim};
		rc = pg_run(s, c, sx_buf_cstr(&sql), 2, p3, &r, &e);
	} else {
		PQclear(r);
		r = NULL;
		sx_buf_clear(&sql);
		sx_buf_puts(&sql, "SELECT * FROM ");
		put_select(&sql, s->o->select_sql);
		sx_buf_puts(&sql, " AS sx_try_q LIMIT $1::bigint");
		const char *p3[] = {lim};
		rc = pg_run(s, c, sx_buf_cstr(&sql), 1, p3, &r, &e);
	}
	if (rc)
		goto fail;
	rc = keep_pg_rows(s, r);
	goto done;
fail:
	if (rc == SX_EIO) {
		source_failed(s, "the SELECT failed on the source", e.msg);
		rc = 0;
	}
done:
	PQclear(r);
	if (PQstatus(c) == CONNECTION_OK && PQtransactionStatus(c) != PQTRANS_IDLE) {
		PGresult *x = PQexec(c, "ROLLBACK");
		PQclear(x);
	}
	PQfinish(c);
	sx_buf_release(&sql);
	return rc;
}

static int lite_progress(void *p)
{
	const tst *s = p;
	return cancelled(s);
}

static bool looks_like_date(const char *v)
{
	return v && strlen(v) >= 10 && isdigit((unsigned char)v[0]) &&
	       isdigit((unsigned char)v[3]) && v[4] == '-' && isdigit((unsigned char)v[5]) &&
	       v[7] == '-';
}

static int source_sqlite(tst *s)
{
	const char *path = s->o->source;
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	sx_buf sql = SX_BUF_INIT;
	int rc = 0, src;

	if (sx_str_startswith(path, "sqlite:"))
		path += 7;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		source_failed(s, "the source could not be opened", db ? sqlite3_errmsg(db) : "?");
		sqlite3_close(db);
		return 0;
	}
	sqlite3_busy_timeout(db, 2000);
	sqlite3_exec(db, "PRAGMA query_only = 1", NULL, NULL, NULL);
	sqlite3_progress_handler(db, 1000, lite_progress, s);
	s->tcol = -1;
	if (s->o->has_time) {
		/* the first column whose values read as dates is the time */
		sx_buf_puts(&sql, "SELECT * FROM ");
		put_select(&sql, s->o->select_sql);
		sx_buf_puts(&sql, " AS sx_try_q LIMIT 1");
		if (sqlite3_prepare_v2(db, sx_buf_cstr(&sql), -1, &st, NULL) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			for (int i = 0; i < sqlite3_column_count(st) && s->tcol < 0; i++)
				if (sqlite3_column_type(st, i) == SQLITE_TEXT &&
				    looks_like_date((const char *)sqlite3_column_text(st, i)))
					s->tcol = i;
		if (s->tcol >= 0) {
			sx_buf col = SX_BUF_INIT;
			q(&col, SX_DB_SQLITE, sqlite3_column_name(st, s->tcol));
			sqlite3_finalize(st);
			st = NULL;
			sx_buf_clear(&sql);
			sx_buf_printf(
			    &sql, "SELECT max(%s), datetime(max(%s), '-' || ?1 || ' days') FROM ",
			    sx_buf_cstr(&col), sx_buf_cstr(&col));
			put_select(&sql, s->o->select_sql);
			sx_buf_puts(&sql, " AS sx_try_q");
			if (sqlite3_prepare_v2(db, sx_buf_cstr(&sql), -1, &st, NULL) == SQLITE_OK) {
				sqlite3_bind_int(st, 1, window_days(s));
				if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
					s->win_to =
					    sx_strdup((const char *)sqlite3_column_text(st, 0));
					s->win_from =
					    sx_strdup((const char *)sqlite3_column_text(st, 1));
				}
			}
			sqlite3_finalize(st);
			st = NULL;
			sx_buf_clear(&sql);
			sx_buf_puts(&sql, "SELECT * FROM ");
			put_select(&sql, s->o->select_sql);
			sx_buf_printf(&sql, " AS sx_try_q WHERE %s > ?2 LIMIT ?1",
			              sx_buf_cstr(&col));
			sx_buf_release(&col);
		}
		sqlite3_finalize(st);
		st = NULL;
	}
	if (s->tcol < 0) {
		sx_buf_clear(&sql);
		sx_buf_puts(&sql, "SELECT * FROM ");
		put_select(&sql, s->o->select_sql);
		sx_buf_puts(&sql, " AS sx_try_q LIMIT ?1");
	}
	if (sqlite3_prepare_v2(db, sx_buf_cstr(&sql), -1, &st, NULL) != SQLITE_OK) {
		source_failed(s, "the SELECT failed on the source", sqlite3_errmsg(db));
		goto done;
	}
	sqlite3_bind_int64(st, 1, row_limit(s));
	if (s->tcol >= 0)
		sqlite3_bind_text(st, 2, s->win_from ? s->win_from : "9999", -1, SQLITE_TRANSIENT);
	while ((src = sqlite3_step(st)) == SQLITE_ROW) {
		int nf = sqlite3_column_count(st);
		if (nf > TRY_COLS)
			nf = TRY_COLS;
		if (!s->rows.ncols)
			for (int i = 0; i < nf; i++) {
				if (!(s->rows.names[i] = sx_strdup(sqlite3_column_name(st, i)))) {
					rc = SX_ENOMEM;
					goto done;
				}
				s->rows.ncols++;
			}
		for (int i = 0; i < nf; i++) {
			int t = sqlite3_column_type(st, i);
			if (t == SQLITE_INTEGER || t == SQLITE_FLOAT)
				s->rows.kinds[i] = K_NUM;
			if (push_value(s, t == SQLITE_NULL
			                      ? NULL
			                      : (const char *)sqlite3_column_text(st, i))) {
				rc = SX_ENOMEM;
				goto done;
			}
		}
		s->rows.nrows++;
	}
	if (src != SQLITE_DONE) {
		if (cancelled(s))
			rc = SX_ECANCELLED;
		else
			source_failed(s, "the SELECT failed on the source", sqlite3_errmsg(db));
	}
done:
	sqlite3_finalize(st);
	sqlite3_close(db);
	sx_buf_release(&sql);
	return rc;
}

/* ------------------------------------------------------ ClickHouse source */

/* A ClickHouse request of this try: aborted on the cancel flag and then
 * killed on the server by its query id (<scratch>_q<n>). */
static int ch_req(tst *s, const char *url, const char *query, const char *data, size_t len,
                  size_t max_body, sx_buf *body, bool *ok, sx_error *e)
{
	char qid[128];
	sx__ch_req rq = {.cancel = s->o->cancel,
	                 .query_id = qid,
	                 .max_body = max_body,
	                 .timeout_s = timeout_ms(s) / 1000 + 15};
	snprintf(qid, sizeof qid, "%s_q%u", s->scratch, ++s->nreq);
	return sx__ch_post_req(&rq, url, query, data, len, body, ok, e);
}

/* The kind of a ClickHouse type name (Nullable(...) and LowCardinality(...)
 * looked through). */
static int ch_kind(const char *t)
{
	for (;;) {
		if (sx_str_startswith(t, "Nullable("))
			t += 9;
		else if (sx_str_startswith(t, "LowCardinality("))
			t += 15;
		else
			break;
	}
	if (sx_str_startswith(t, "Int") || sx_str_startswith(t, "UInt") ||
	    sx_str_startswith(t, "Float") || sx_str_startswith(t, "Decimal"))
		return K_NUM;
	if (sx_str_startswith(t, "Date"))
		return K_DATE;
	return K_TEXT;
}

/* Next field of TabSeparated text at *p, unescaped in place (\N: NULL
 * into *null); *eol when a newline or the end closed it. */
static char *tsv_field(char **p, bool *null, bool *eol)
{
	char *r = *p, *w = *p, *start = *p;
	*null = r[0] == '\\' && r[1] == 'N' && (r[2] == '\t' || r[2] == '\n' || !r[2]);
	while (*r && *r != '\t' && *r != '\n') {
		if (*r == '\\' && r[1]) {
			r++;
			switch (*r) {
			case 't':
				*w++ = '\t';
				break;
			case 'n':
				*w++ = '\n';
				break;
			case 'r':
				*w++ = '\r';
				break;
			case 'b':
				*w++ = '\b';
				break;
			case 'f':
				*w++ = '\f';
				break;
			case '0':
				break; /* a NUL byte cannot travel in C text */
			default:
				*w++ = *r;
				break;
			}
			r++;
			continue;
		}
		*w++ = *r++;
	}
	*eol = *r != '\t';
	*p = *r ? r + 1 : r;
	*w = 0;
	return start;
}

/* Only the window bound the server computed may go into the query: digits,
 * '-', ':', ' ' and '.' (a date or date-time). */
static bool plain_time(const char *v)
{
	if (!v || !*v || strlen(v) > 32)
		return false;
	for (; *v; v++)
		if (!isdigit((unsigned char)*v) && !strchr("-: .", *v))
			return false;
	return true;
}

/* The span of the ClickHouse SELECT to wrap: one statement, a SELECT (or
 * WITH ... SELECT), a trailing FORMAT or SETTINGS left out. NULL when it
 * is one, else why not. */
static const char *ch_plain_select(const char *sql, size_t *from, size_t *to, int *rc)
{
	sx__chlex l;
	const char *why = NULL;
	size_t i, end = 0;
	int depth = 0;
	bool second = false;
	*rc = 0;
	if (sx__ch_lex(sql, &l)) {
		free(l.v);
		*rc = SX_ENOMEM;
		return "out of memory";
	}
	if (l.err) {
		free(l.v);
		return "it does not read as ClickHouse SQL";
	}
	if (!l.n || l.v[0].k != SX_CHT_WORD ||
	    !(sx_str_eq_nocase(l.v[0].text, "SELECT") || sx_str_eq_nocase(l.v[0].text, "WITH"))) {
		free(l.v);
		return "it does not start with SELECT";
	}
	*from = (size_t)(l.v[0].s - sql);
	end = l.n;
	for (i = 0; i < l.n; i++) {
		const sx__chtok *t = &l.v[i];
		if (t->k == SX_CHT_OP && (!strcmp(t->text, "(") || !strcmp(t->text, "[")))
			depth++;
		else if (t->k == SX_CHT_OP && (!strcmp(t->text, ")") || !strcmp(t->text, "]")))
			depth--;
		else if (depth == 0 && t->k == SX_CHT_OP && !strcmp(t->text, ";")) {
			if (end == l.n)
				end = i;
			second = i + 1 < l.n;
			if (second)
				break;
		} else if (depth == 0 && t->k == SX_CHT_WORD && end == l.n &&
		           (sx_str_eq_nocase(t->text, "FORMAT") ||
		            sx_str_eq_nocase(t->text, "SETTINGS"))) {
			end = i;
		} else if (t->k == SX_CHT_WORD && sx_str_eq_nocase(t->text, "INTO") &&
		           i + 1 < l.n && sx_str_eq_nocase(l.v[i + 1].text, "OUTFILE")) {
			why = "INTO OUTFILE writes a file";
		}
	}
	if (second)
		why = "more than one statement";
	if (!why) {
		const sx__chtok *last = &l.v[end - 1];
		*to = (size_t)(last->s + last->n - sql);
	}
	free(l.v);
	return why;
}

/* Step 1 on a ClickHouse source: every request read-only (readonly=1),
 * bounded (max_execution_time), in the URL's database, with a query id of
 * this try (killed on Ctrl-C). A server whose profile is read-only already
 * refuses to be told so: the settings are then left out and the client
 * timeout still bounds each request. */
static int source_ch(tst *s)
{
	char base[512], db[128], url[900], days[16], lim[32];
	sx_buf sql = SX_BUF_INIT, body = SX_BUF_INIT, inner = SX_BUF_INIT, col = SX_BUF_INIT;
	sx_error e = {0};
	size_t from = 0, to = 0;
	bool ok = false, settings = true;
	int rc = 0;
	const char *why = ch_plain_select(s->o->select_sql, &from, &to, &rc);
	char *cur, *names[TRY_COLS], *types[TRY_COLS];
	size_t nn = 0, nt = 0;

	if (rc)
		return rc;
	if (why) {
		fnd(s, SX_SEV_ERROR, "try.refused", SX_ART_SELECT_SQL,
		    "select_sql must be one plain SELECT", "the SELECT was not run: %s", why);
		return 0;
	}
	if (sx__ch_base_url(s->o->source, base, sizeof base)) {
		source_failed(s, "the source could not be reached",
		              "not a ClickHouse URL (clickhouse://user:pw@host:port/db)");
		return 0;
	}
	sx__ch_url_database(s->o->source, db, sizeof db);
	snprintf(days, sizeof days, "%d", window_days(s));
	snprintf(lim, sizeof lim, "%ld", row_limit(s));
	sx_buf_puts(&inner, "(\n");
	sx_buf_put(&inner, s->o->select_sql + from, to - from);
	sx_buf_puts(&inner, "\n) AS sx_try_q");

again:
	if (settings)
		snprintf(url, sizeof url, "%s?readonly=1&max_execution_time=%ld%s%s", base,
		         (timeout_ms(s) + 999) / 1000, db[0] ? "&database=" : "", db);
	else
		snprintf(url, sizeof url, "%s%s%s", base, db[0] ? "?database=" : "", db);
	/* the output's names and types */
	sx_buf_clear(&sql);
	sx_buf_printf(&sql, "SELECT * FROM %s LIMIT 0 FORMAT TabSeparatedWithNamesAndTypes",
	              sx_buf_cstr(&inner));
	if (sx_buf_failed(&sql)) {
		rc = SX_ENOMEM;
		goto done;
	}
	if ((rc = ch_req(s, url, sx_buf_cstr(&sql), NULL, 0, 0, &body, &ok, &e)))
		goto fail;
	if (!ok) {
		if (settings && strstr(sx_buf_cstr(&body), "Code: 164") &&
		    strstr(sx_buf_cstr(&body), "readonly mode")) {
			settings = false; /* read-only by the user's profile already */
			goto again;
		}
		source_failed(s, "the SELECT failed on the source", sx_buf_cstr(&body));
		goto done;
	}
	cur = body.ptr ? body.ptr : (char *)"";
	{
		bool null = false, eol = false;
		while (*cur && !eol && nn < TRY_COLS)
			names[nn++] = tsv_field(&cur, &null, &eol);
		eol = false;
		while (*cur && !eol && nt < TRY_COLS)
			types[nt++] = tsv_field(&cur, &null, &eol);
	}
	if (!nn || nn != nt) {
		source_failed(s, "the SELECT failed on the source", "no column names came back");
		goto done;
	}
	s->tcol = -1;
	for (size_t i = 0; i < nn; i++) {
		if (!(s->rows.names[i] = sx_strdup(names[i]))) {
			rc = SX_ENOMEM;
			goto done;
		}
		s->rows.kinds[i] = ch_kind(types[i]);
		s->rows.ncols++;
		if (s->tcol < 0 && s->o->has_time && s->rows.kinds[i] == K_DATE)
			s->tcol = (int)i;
	}
	sx_buf_clear(&sql);
	sx_buf_puts(&sql, "SELECT * FROM ");
	sx_buf_puts(&sql, sx_buf_cstr(&inner));
	if (s->tcol >= 0) {
		/* the window: the last N days up to the newest value (N is ours) */
		q(&col, SX_DB_CLICKHOUSE, s->rows.names[s->tcol]);
		sx_buf_clear(&body);
		{
			sx_buf w = SX_BUF_INIT;
			sx_buf_printf(
			    &w,
			    "SELECT toString(max(%s)), toString(subtractDays(max(%s), %s)) "
			    "FROM %s FORMAT TabSeparated",
			    sx_buf_cstr(&col), sx_buf_cstr(&col), days, sx_buf_cstr(&inner));
			rc = sx_buf_failed(&w)
			         ? SX_ENOMEM
			         : ch_req(s, url, sx_buf_cstr(&w), NULL, 0, 0, &body, &ok, &e);
			sx_buf_release(&w);
		}
		if (rc)
			goto fail;
		if (!ok) {
			source_failed(s, "the SELECT failed on the source", sx_buf_cstr(&body));
			goto done;
		}
		cur = body.ptr ? body.ptr : (char *)"";
		bool null = false, eol = false;
		char *hi = *cur ? tsv_field(&cur, &null, &eol) : NULL;
		char *lo = hi && !eol ? tsv_field(&cur, &null, &eol) : NULL;
		if (!plain_time(hi) || !plain_time(lo)) {
			source_failed(s, "the window could not be computed",
			              "no newest time value");
			goto done;
		}
		if (!(s->win_to = sx_strdup(hi)) || !(s->win_from = sx_strdup(lo))) {
			rc = SX_ENOMEM;
			goto done;
		}
		sx_buf_printf(&sql, " WHERE %s > '%s'", sx_buf_cstr(&col), s->win_from);
	}
	sx_buf_printf(&sql, " LIMIT %s FORMAT TabSeparated", lim);
	if (sx_buf_failed(&sql)) {
		rc = SX_ENOMEM;
		goto done;
	}
	/* the sample itself: up to 256 MiB of text */
	if ((rc = ch_req(s, url, sx_buf_cstr(&sql), NULL, 0, (size_t)256 << 20, &body, &ok, &e)))
		goto fail;
	if (!ok) {
		source_failed(s, "the SELECT failed on the source", sx_buf_cstr(&body));
		goto done;
	}
	cur = body.ptr ? body.ptr : (char *)"";
	while (*cur) {
		size_t c = 0;
		bool null = false, eol = false;
		while (!eol) {
			char *v = tsv_field(&cur, &null, &eol);
			if (c++ < s->rows.ncols && push_value(s, null ? NULL : v)) {
				rc = SX_ENOMEM;
				goto done;
			}
		}
		if (c != s->rows.ncols) {
			source_failed(s, "the SELECT's rows could not be read",
			              "a row of the wrong width");
			goto done;
		}
		s->rows.nrows++;
	}
	goto done;
fail:
	if (rc == SX_EIO) {
		source_failed(s, "the source could not be reached", e.msg);
		rc = 0;
	}
done:
	sx_buf_release(&sql);
	sx_buf_release(&body);
	sx_buf_release(&inner);
	sx_buf_release(&col);
	return rc;
}

/* ---------------------------------------------------------------- target */

static void target_failed(tst *s, const char *rule, sx_artifact_kind art, const char *what,
                          const char *msg)
{
	char *m = sx_sanitize(msg ? msg : "?", false);
	fnd(s, SX_SEV_ERROR, rule, art, NULL, "%s: %.400s", what, m ? m : "?");
	free(m);
}

/* Only [a-z0-9_] of the run id: the name needs no quoting anywhere. */
static void scratch_name(tst *s)
{
	size_t m = 0;
	char id[40];
	for (const char *p = s->o->run_id; *p && m + 1 < sizeof id; p++)
		if (isalnum((unsigned char)*p) || *p == '_')
			id[m++] = (char)tolower((unsigned char)*p);
	id[m] = 0;
	snprintf(s->scratch, sizeof s->scratch, "sx_try_%s", id);
}

/* A copy of cur's text onto out; on failure cur is released. */
static int push_copy(strvec *out, sx_buf *cur)
{
	char *st = sx_strdup(sx_buf_cstr(cur));
	if (!st || SX_VEC_PUSH(out, st)) {
		free(st);
		sx_buf_release(cur);
		return SX_ENOMEM;
	}
	return 0;
}

/* The statements of a ClickHouse text: split at ';' ending a line, with
 * '--' comment lines dropped. Heap strings in *out. */
static int ch_statements(const char *text, strvec *out)
{
	sx_buf cur = SX_BUF_INIT;
	const char *p = text;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		const char *t = p;
		while (t < p + n && isspace((unsigned char)*t))
			t++;
		if (!(t + 1 < p + n && t[0] == '-' && t[1] == '-')) {
			size_t m = n;
			while (m && isspace((unsigned char)p[m - 1]))
				m--;
			bool end = m && p[m - 1] == ';';
			sx_buf_put(&cur, p, end ? m - 1 : n);
			sx_buf_putc(&cur, '\n');
			if (end) {
				if (push_copy(out, &cur))
					return SX_ENOMEM;
				sx_buf_clear(&cur);
			}
		}
		p += n + (e ? 1 : 0);
	}
	for (const char *c = sx_buf_cstr(&cur); *c; c++)
		if (!isspace((unsigned char)*c)) {
			if (push_copy(out, &cur))
				return SX_ENOMEM;
			break;
		}
	sx_buf_release(&cur);
	return 0;
}

static void strv_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static int ch_send(tst *s, const char *query, const char *data, size_t len, sx_buf *body, bool *ok,
                   sx_error *e)
{
	char url[640];
	snprintf(url, sizeof url, "%s?database=%s", s->chbase, s->scratch);
	return ch_req(s, url, query, data, len, 0, body, ok, e);
}

/* The sorting key of the DDL's ORDER BY: the grain on ClickHouse. */
static int ch_keys(tst *s)
{
	const char *d = s->o->target_ddl, *p = NULL;
	for (const char *x = d; *x; x++)
		if (strncasecmp(x, "ORDER BY", 8) == 0) {
			p = x + 8;
			break;
		}
	if (!p)
		return 0;
	while (isspace((unsigned char)*p))
		p++;
	if (strncasecmp(p, "tuple()", 7) == 0)
		return 0;
	bool paren = *p == '(';
	if (paren)
		p++;
	while (*p && *p != ';' && *p != '\n' && !(paren && *p == ')')) {
		sx_buf k = SX_BUF_INIT;
		while (isspace((unsigned char)*p) || *p == ',')
			p++;
		if (*p == '`') {
			for (p++; *p && *p != '`'; p++) {
				if (*p == '\\' && p[1])
					p++;
				sx_buf_putc(&k, *p);
			}
			if (*p)
				p++;
		} else {
			while (*p && (isalnum((unsigned char)*p) || *p == '_'))
				sx_buf_putc(&k, *p++);
		}
		if (k.len && s->nkeys < TRY_COLS) {
			if (!(s->keys[s->nkeys] = sx_strdup(sx_buf_cstr(&k)))) {
				sx_buf_release(&k);
				return SX_ENOMEM;
			}
			s->nkeys++;
		}
		sx_buf_release(&k);
		while (*p && *p != ',' && *p != ';' && *p != '\n' && !(paren && *p == ')') &&
		       !isalnum((unsigned char)*p) && *p != '`' && *p != '_')
			p++;
		if (!paren && !(*p == ','))
			break;
	}
	return 0;
}

/* The first column of each row of sql (table name bound as ?1) into the
 * keys. */
static int lite_key_rows(tst *s, const char *sql)
{
	sqlite3_stmt *st = NULL;
	int rc = 0;
	if (sqlite3_prepare_v2(s->lite, sql, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, s->o->target_table, -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW && s->nkeys < TRY_COLS && !rc)
			if (!(s->keys[s->nkeys++] =
			          sx_strdup((const char *)sqlite3_column_text(st, 0))))
				rc = SX_ENOMEM;
	}
	sqlite3_finalize(st);
	return rc;
}

/* SQLite: the primary key's columns in key order, else the first unique
 * index's (a grain with NULLs has a unique index instead). */
static int lite_keys(tst *s)
{
	int rc =
	    lite_key_rows(s, "SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk");
	if (s->nkeys || rc)
		return rc;
	return lite_key_rows(s,
	                     "SELECT ii.name FROM pragma_index_list(?1) AS il,"
	                     " pragma_index_info(il.name) AS ii WHERE il.name = (SELECT name FROM"
	                     " pragma_index_list(?1) WHERE \"unique\" ORDER BY seq LIMIT 1)"
	                     " ORDER BY ii.seqno");
}

/* Connects (or opens) the target and creates the scratch objects and the
 * DDL in them. */
static int target_open(tst *s)
{
	sx_error e = {0};
	const sx_try_opts *o = s->o;
	char q1[300];

	if (o->target_kind == SX_DB_SQLITE) {
		int fd;
		snprintf(s->lite_path, sizeof s->lite_path, "/tmp/%s_XXXXXX", s->scratch);
		if ((fd = mkstemp(s->lite_path)) < 0) {
			fnd(s, SX_SEV_INFO, "try.unreachable", SX_ART_TARGET_DDL, NULL,
			    "no temporary SQLite file could be made (%s): steps 2-4 skipped",
			    strerror(errno));
			s->lite_path[0] = 0;
			return 0;
		}
		close(fd);
		if (sqlite3_open_v2(s->lite_path, &s->lite, SQLITE_OPEN_READWRITE, NULL) !=
		    SQLITE_OK) {
			fnd(s, SX_SEV_INFO, "try.unreachable", SX_ART_TARGET_DDL, NULL,
			    "the temporary SQLite file could not be opened: steps 2-4 skipped");
			return 0;
		}
		sqlite3_progress_handler(s->lite, 1000, lite_progress, s);
		s->reachable = s->created = true;
		char *msg = NULL;
		if (sqlite3_exec(s->lite, o->target_ddl, NULL, NULL, &msg) != SQLITE_OK) {
			target_failed(s, "try.ddl", SX_ART_TARGET_DDL,
			              "the target DDL failed in a temporary SQLite file", msg);
			sqlite3_free(msg);
			return -1;
		}
		return lite_keys(s);
	}
	if (!o->target || !*o->target) {
		fnd(s, SX_SEV_INFO, "try.unreachable", SX_ART_TARGET_DDL,
		    "give the target with --target CONN (or [agents] try_target)",
		    "no %s target connection was given: steps 2-4 skipped",
		    sx_db_kind_name(o->target_kind));
		return 0;
	}
	if (o->target_kind == SX_DB_POSTGRES) {
		PGresult *r = NULL;
		if (!(s->pg = pg_connect(o->target, false))) {
			PGconn *c2 = PQconnectdb(o->target);
			char *m = pg_errmsg(c2);
			PQfinish(c2);
			fnd(s, SX_SEV_INFO, "try.unreachable", SX_ART_TARGET_DDL, NULL,
			    "the PostgreSQL target could not be reached (%s): steps 2-4 skipped",
			    m ? m : "?");
			free(m);
			return 0;
		}
		s->reachable = true;
		snprintf(q1, sizeof q1,
		         "SET statement_timeout = %ld; DROP SCHEMA IF EXISTS \"%s\" CASCADE; "
		         "CREATE SCHEMA \"%s\"; SET search_path TO \"%s\"",
		         timeout_ms(s), s->scratch, s->scratch, s->scratch);
		if (pg_run(s, s->pg, q1, 0, NULL, NULL, &e)) {
			if (e.code == SX_ECANCELLED)
				return SX_ECANCELLED;
			target_failed(s, "try.ddl", SX_ART_TARGET_DDL,
			              "no scratch schema could be made on the target", e.msg);
			return -1;
		}
		s->created = true;
		if (pg_run(s, s->pg, o->target_ddl, 0, NULL, NULL, &e)) {
			if (e.code == SX_ECANCELLED)
				return SX_ECANCELLED;
			target_failed(s, "try.ddl", SX_ART_TARGET_DDL,
			              "the target DDL failed in the scratch schema", e.msg);
			return -1;
		}
		/* the grain: the primary key, else the first unique index */
		const char *p[] = {s->scratch, o->target_table};
		if (pg_run(
		        s, s->pg,
		        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = "
		        "i.indrelid"
		        " AND a.attnum = ANY (i.indkey) WHERE i.indexrelid = (SELECT i2.indexrelid"
		        " FROM pg_index i2 JOIN pg_class c ON c.oid = i2.indrelid JOIN "
		        "pg_namespace n"
		        " ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2 AND"
		        " (i2.indisprimary OR i2.indisunique) ORDER BY i2.indisprimary DESC,"
		        " i2.indexrelid LIMIT 1) ORDER BY array_position(i.indkey::int2[], "
		        "a.attnum)",
		        2, p, &r, &e) == 0) {
			for (int t = 0; t < PQntuples(r) && s->nkeys < TRY_COLS; t++)
				if (!(s->keys[s->nkeys++] = sx_strdup(PQgetvalue(r, t, 0))))
					s->rc = SX_ENOMEM;
			PQclear(r);
		}
		return 0;
	}
	/* ClickHouse */
	bool ok = false;
	sx_buf body = SX_BUF_INIT;
	strvec st = {0};
	int rc = 0;
	if (sx__ch_base_url(o->target, s->chbase, sizeof s->chbase)) {
		fnd(s, SX_SEV_INFO, "try.unreachable", SX_ART_TARGET_DDL, NULL,
		    "the target is not a ClickHouse HTTP URL: steps 2-4 skipped");
		return 0;
	}
	if (sx__ch_post(s->chbase, "SELECT version()", NULL, 0, &body, &ok, &e) || !ok) {
		char *m = sx_sanitize(ok ? "" : e.msg[0] ? e.msg : sx_buf_cstr(&body), false);
		fnd(s, SX_SEV_INFO, "try.unreachable", SX_ART_TARGET_DDL, NULL,
		    "the ClickHouse target could not be reached (%.200s): steps 2-4 skipped",
		    m ? m : "?");
		free(m);
		sx_buf_release(&body);
		return 0;
	}
	s->reachable = true;
	snprintf(q1, sizeof q1, "DROP DATABASE IF EXISTS %s", s->scratch);
	sx__ch_post(s->chbase, q1, NULL, 0, &body, &ok, &e);
	snprintf(q1, sizeof q1, "CREATE DATABASE %s", s->scratch);
	if (sx__ch_post(s->chbase, q1, NULL, 0, &body, &ok, &e) || !ok) {
		target_failed(s, "try.ddl", SX_ART_TARGET_DDL,
		              "no scratch database could be made on the target",
		              e.msg[0] ? e.msg : sx_buf_cstr(&body));
		sx_buf_release(&body);
		return -1;
	}
	s->created = true;
	if ((rc = ch_statements(o->target_ddl, &st)))
		goto done;
	for (size_t i = 0; i < st.n && !rc; i++) {
		if (cancelled(s)) {
			rc = SX_ECANCELLED;
			break;
		}
		if (ch_send(s, st.v[i], NULL, 0, &body, &ok, &e) || !ok) {
			if (e.code == SX_ECANCELLED || e.code == SX_ENOMEM) {
				rc = e.code;
				break;
			}
			target_failed(s, "try.ddl", SX_ART_TARGET_DDL,
			              "the target DDL failed in the scratch database",
			              e.msg[0] ? e.msg : sx_buf_cstr(&body));
			rc = -1;
		}
	}
	if (!rc) {
		s->ch_final = strstr(o->target_ddl, "ReplacingMergeTree") != NULL;
		rc = ch_keys(s);
	}
done:
	strv_free(st.v, st.n);
	sx_buf_release(&body);
	return rc;
}

static void put_cols(tst *s, sx_buf *b, sx_db_kind d)
{
	for (size_t i = 0; i < s->rows.ncols; i++) {
		if (i)
			sx_buf_puts(b, ", ");
		q(b, d, s->rows.names[i]);
	}
}

static void stage_name(tst *s, sx_buf *b, sx_db_kind d)
{
	char n[300];
	snprintf(n, sizeof n, "%s__stage", s->o->target_table);
	q(b, d, n);
}

/* Row t as one line of tab-separated text (PostgreSQL's COPY text and
 * ClickHouse's TabSeparated agree on \N and the backslash escapes), no
 * newline; ch: booleans as 1/0 for UInt8. */
static void put_tsv_row(const tst *s, sx_buf *b, size_t t, bool ch)
{
	for (size_t c = 0; c < s->rows.ncols; c++) {
		const char *v = s->rows.v.v[t * s->rows.ncols + c];
		if (c)
			sx_buf_putc(b, '\t');
		if (!v) {
			sx_buf_puts(b, "\\N");
			continue;
		}
		if (ch && s->rows.kinds[c] == K_BOOL) {
			sx_buf_putc(b, *v == 't' || *v == '1' ? '1' : '0');
			continue;
		}
		for (; *v; v++) {
			if (*v == '\\' || *v == '\t' || *v == '\n' || *v == '\r')
				sx_buf_putc(b, '\\');
			sx_buf_putc(b, *v == '\t' ? 't' : *v == '\n' ? 'n' : *v == '\r' ? 'r' : *v);
		}
	}
}

/* The rows into <table>__stage, of the target table's shape. */
static int stage_rows(tst *s, sx_error *e)
{
	sx_db_kind d = s->o->target_kind;
	sx_buf sql = SX_BUF_INIT;
	int rc = 0;
	sx_buf_puts(&sql, "CREATE TEMP TABLE ");
	stage_name(s, &sql, d);
	sx_buf_puts(&sql, " AS SELECT ");
	put_cols(s, &sql, d);
	sx_buf_puts(&sql, " FROM ");
	q(&sql, d, s->o->target_table);
	sx_buf_puts(&sql, " WHERE 1 = 0");
	if (d == SX_DB_POSTGRES) {
		PGresult *r = NULL;
		if ((rc = pg_run(s, s->pg, sx_buf_cstr(&sql), 0, NULL, NULL, e)))
			goto done;
		sx_buf_clear(&sql);
		sx_buf_puts(&sql, "COPY ");
		stage_name(s, &sql, d);
		sx_buf_puts(&sql, " (");
		put_cols(s, &sql, d);
		sx_buf_puts(&sql, ") FROM STDIN");
		if ((rc = pg_run(s, s->pg, sx_buf_cstr(&sql), 0, NULL, &r, e)))
			goto done;
		PQclear(r);
		sx_buf line = SX_BUF_INIT;
		for (size_t t = 0; t < s->rows.nrows && !rc; t++) {
			sx_buf_clear(&line);
			put_tsv_row(s, &line, t, false);
			sx_buf_putc(&line, '\n');
			if (sx_buf_failed(&line))
				rc = SX_ENOMEM;
			else if (PQputCopyData(s->pg, line.ptr, (int)line.len) != 1)
				rc = sx_error_set(e, SX_EIO, "%s", PQerrorMessage(s->pg));
		}
		sx_buf_release(&line);
		PQputCopyEnd(s->pg, rc ? "aborted" : NULL);
		while ((r = PQgetResult(s->pg))) {
			if (PQresultStatus(r) == PGRES_FATAL_ERROR && !rc) {
				const char *m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
				rc = sx_error_set(e, SX_EIO, "%s", m ? m : "COPY failed");
			}
			PQclear(r);
		}
	} else { /* SQLite */
		char *msg = NULL;
		sqlite3_stmt *ins = NULL;
		if (sqlite3_exec(s->lite, sx_buf_cstr(&sql), NULL, NULL, &msg) != SQLITE_OK) {
			rc = sx_error_set(e, SX_EIO, "%s", msg ? msg : "?");
			sqlite3_free(msg);
			goto done;
		}
		sx_buf_clear(&sql);
		sx_buf_puts(&sql, "INSERT INTO ");
		stage_name(s, &sql, d);
		sx_buf_puts(&sql, " (");
		put_cols(s, &sql, d);
		sx_buf_puts(&sql, ") VALUES (");
		for (size_t i = 0; i < s->rows.ncols; i++)
			sx_buf_puts(&sql, i ? ", ?" : "?");
		sx_buf_puts(&sql, ")");
		sqlite3_exec(s->lite, "BEGIN", NULL, NULL, NULL);
		if (sqlite3_prepare_v2(s->lite, sx_buf_cstr(&sql), -1, &ins, NULL) != SQLITE_OK) {
			rc = sx_error_set(e, SX_EIO, "%s", sqlite3_errmsg(s->lite));
		}
		for (size_t t = 0; t < s->rows.nrows && !rc; t++) {
			sqlite3_reset(ins);
			for (size_t i = 0; i < s->rows.ncols; i++) {
				const char *v = s->rows.v.v[t * s->rows.ncols + i];
				if (!v)
					sqlite3_bind_null(ins, (int)i + 1);
				else if (s->rows.kinds[i] == K_BOOL)
					sqlite3_bind_int(ins, (int)i + 1, *v == 't');
				else
					sqlite3_bind_text(ins, (int)i + 1, v, -1, SQLITE_STATIC);
			}
			if (sqlite3_step(ins) != SQLITE_DONE)
				rc = sx_error_set(e, SX_EIO, "%s", sqlite3_errmsg(s->lite));
		}
		sqlite3_finalize(ins);
		sqlite3_exec(s->lite, rc ? "ROLLBACK" : "COMMIT", NULL, NULL, NULL);
	}
done:
	sx_buf_release(&sql);
	return rc;
}

/* ---------------------------------------------------------------- streams */

static bool tkw(const sx__chtok *t, const char *w)
{
	return t->k == SX_CHT_WORD && sx_str_eq_nocase(t->text, w);
}

static bool top(const sx__chtok *t, const char *o)
{
	return t->k == SX_CHT_OP && !strcmp(t->text, o);
}

static bool tident(const sx__chtok *t)
{
	return t->k == SX_CHT_WORD || t->k == SX_CHT_QUOTED;
}

/* Index of the first depth-0 token at or after i that is the word w, or n. */
static size_t find_top_word(const sx__chlex *l, size_t i, const char *w)
{
	int depth = 0;
	for (; i < l->n; i++) {
		if (top(&l->v[i], "(") || top(&l->v[i], "["))
			depth++;
		else if (top(&l->v[i], ")") || top(&l->v[i], "]"))
			depth--;
		else if (depth == 0 && tkw(&l->v[i], w))
			return i;
	}
	return l->n;
}

/* Reads "name" at i (an unqualified identifier, then neither "." nor ON
 * CLUSTER): *name gets it; returns the index after it, or 0 with *why. */
static size_t plain_name(const sx__chlex *l, size_t i, char *name, size_t n, const char **why)
{
	if (i >= l->n || !tident(&l->v[i])) {
		*why = "no table name where one was expected";
		return 0;
	}
	if (top(&l->v[i + 1], ".")) {
		*why =
		    "a database-qualified name (the try creates it in its scratch database only)";
		return 0;
	}
	if (tkw(&l->v[i + 1], "ON") && tkw(&l->v[i + 2], "CLUSTER")) {
		*why = "ON CLUSTER (the try runs on one server)";
		return 0;
	}
	snprintf(name, n, "%s", l->v[i].text);
	return i + 1;
}

/* After CREATE TABLE|MATERIALIZED VIEW [IF NOT EXISTS]: the name's index. */
static size_t after_create(const sx__chlex *l, bool view)
{
	size_t i = view ? 3 : 2;
	if (tkw(&l->v[i], "IF") && tkw(&l->v[i + 1], "NOT") && tkw(&l->v[i + 2], "EXISTS"))
		i += 3;
	return i;
}

/* Whether a load statement creates a Kafka-engine table. */
static bool is_kafka_table(const char *stmt)
{
	sx__chlex l;
	bool hit = false;
	if (sx__ch_lex(stmt, &l) == 0 && !l.err && l.n > 2 && tkw(&l.v[0], "CREATE") &&
	    tkw(&l.v[1], "TABLE")) {
		size_t e = find_top_word(&l, 2, "ENGINE");
		hit = e + 2 < l.n && top(&l.v[e + 1], "=") && tkw(&l.v[e + 2], "Kafka");
	}
	free(l.v);
	return hit;
}

/* The Kafka table of a streaming load as a Null-engine table of the same
 * columns into out: what is inserted into it reaches the materialised
 * views reading it, as a consumed batch of messages does, and nothing is
 * kept. Its name into s->stream_stage, its kafka_format into
 * s->stream_format. 0, -1 (*why says why it is not run) or SX_ENOMEM. */
static int stream_stage_sql(tst *s, const char *stmt, sx_buf *out, const char **why)
{
	sx__chlex l;
	char name[256];
	size_t i, e;
	int rc = -1;
	if (sx__ch_lex(stmt, &l)) {
		free(l.v);
		return SX_ENOMEM;
	}
	if (!(i = plain_name(&l, after_create(&l, false), name, sizeof name, why)))
		goto done;
	e = find_top_word(&l, i, "ENGINE");
	if (e >= l.n) {
		*why = "no ENGINE clause";
		goto done;
	}
	for (size_t k = e; k + 2 < l.n; k++)
		if (tkw(&l.v[k], "kafka_format") && top(&l.v[k + 1], "=") &&
		    l.v[k + 2].k == SX_CHT_STRING)
			snprintf(s->stream_format, sizeof s->stream_format, "%s", l.v[k + 2].text);
	sx_buf_put(out, stmt, (size_t)(l.v[e].s - stmt));
	sx_buf_puts(out, "ENGINE = Null");
	free(s->stream_stage);
	if (!(s->stream_stage = sx_strdup(name)) || sx_buf_failed(out)) {
		rc = SX_ENOMEM;
		goto done;
	}
	rc = 0;
done:
	free(l.v);
	return rc;
}

/* A streaming load's CREATE MATERIALIZED VIEW: sent as written, only when
 * it and its TO table are unqualified names of the scratch database, the
 * TO table being the target table. 0, -1 (*why) or SX_ENOMEM. */
static int stream_view_ok(tst *s, const char *stmt, const char **why)
{
	sx__chlex l;
	char name[256], to[256];
	size_t i;
	int rc = -1;
	if (sx__ch_lex(stmt, &l)) {
		free(l.v);
		return SX_ENOMEM;
	}
	if (!(i = plain_name(&l, after_create(&l, true), name, sizeof name, why)))
		goto done;
	if (!tkw(&l.v[i], "TO")) {
		*why = "a materialised view without TO (its own storage, not the target table)";
		goto done;
	}
	if (!plain_name(&l, i + 1, to, sizeof to, why))
		goto done;
	if (strcmp(to, s->o->target_table) != 0) {
		*why = "its TO table is not the target table";
		goto done;
	}
	rc = 0;
done:
	free(l.v);
	return rc;
}

/* Row t as one JSONEachRow object: numbers bare (18.16 reads a Decimal
 * only from a JSON number), NULL as null, the rest as JSON strings. */
static void put_json_row(const tst *s, sx_buf *b, size_t t)
{
	sx_buf_putc(b, '{');
	for (size_t c = 0; c < s->rows.ncols; c++) {
		const char *v = s->rows.v.v[t * s->rows.ncols + c];
		const char *vals[2] = {s->rows.names[c], v};
		if (c)
			sx_buf_putc(b, ',');
		for (int k = 0; k < 2; k++) {
			const char *x = vals[k];
			char *endp = NULL;
			if (k == 1) {
				sx_buf_putc(b, ':');
				if (!x) {
					sx_buf_puts(b, "null");
					break;
				}
				if (s->rows.kinds[c] == K_BOOL) {
					sx_buf_putc(b, *x == 't' || *x == '1' ? '1' : '0');
					break;
				}
				if (s->rows.kinds[c] == K_NUM && *x &&
				    !isspace((unsigned char)*x)) {
					double d = strtod(x, &endp);
					if (endp && !*endp && isfinite(d) &&
					    !strpbrk(x, "xXnNiI")) {
						sx_buf_puts(b, x);
						break;
					}
				}
			}
			sx_buf_putc(b, '"');
			for (; *x; x++) {
				unsigned char ch = (unsigned char)*x;
				if (ch == '"' || ch == '\\') {
					sx_buf_putc(b, '\\');
					sx_buf_putc(b, (char)ch);
				} else if (ch < 0x20) {
					sx_buf_printf(b, "\\u%04x", ch);
				} else {
					sx_buf_putc(b, (char)ch);
				}
			}
			sx_buf_putc(b, '"');
		}
	}
	sx_buf_putc(b, '}');
}

/* The micro-batch: the sample rows into the Null table in its
 * kafka_format, so the materialised view moves them into the target. */
static int stream_batch(tst *s, int nth, sx_buf *body, bool *ok, sx_error *e)
{
	sx_buf sql = SX_BUF_INIT, data = SX_BUF_INIT;
	bool json = !strcmp(s->stream_format, "JSONEachRow");
	int rc;
	sx_buf_puts(&sql, "INSERT INTO ");
	q(&sql, SX_DB_CLICKHOUSE, s->stream_stage);
	if (!json) {
		sx_buf_puts(&sql, " (");
		put_cols(s, &sql, SX_DB_CLICKHOUSE);
		sx_buf_puts(&sql, ")");
	}
	sx_buf_printf(&sql, " FORMAT %s", json ? "JSONEachRow" : "TabSeparated");
	for (size_t t = 0; t < s->rows.nrows; t++) {
		if (json)
			put_json_row(s, &data, t);
		else
			put_tsv_row(s, &data, t, true);
		sx_buf_putc(&data, '\n');
	}
	if (sx_buf_failed(&sql) || sx_buf_failed(&data))
		rc = SX_ENOMEM;
	else
		rc = ch_send(s, sx_buf_cstr(&sql), data.ptr ? data.ptr : "", data.len, body, ok, e);
	(void)nth;
	sx_buf_release(&sql);
	sx_buf_release(&data);
	return rc;
}

/* YYYYMM of a date text, or 0. */
static unsigned yyyymm(const char *v)
{
	if (!looks_like_date(v))
		return 0;
	return (unsigned)(atoi(v) * 100 + atoi(v + 5));
}

/* One run of the load. 0, -1 (a finding was added), or SX_ECANCELLED /
 * SX_ENOMEM. */
static int run_load(tst *s, int nth)
{
	sx_error e = {0};
	const char *what = nth == 1 ? "the load failed" : "the second load failed";
	if (s->o->target_kind == SX_DB_POSTGRES) {
		if (pg_run(s, s->pg, s->o->load_sql, 0, NULL, NULL, &e)) {
			if (e.code == SX_ECANCELLED)
				return SX_ECANCELLED;
			target_failed(s, nth == 1 ? "try.load" : "try.idempotent", SX_ART_LOAD_SQL,
			              what, e.msg);
			return -1;
		}
		return 0;
	}
	if (s->o->target_kind == SX_DB_SQLITE) {
		char *msg = NULL;
		if (sqlite3_exec(s->lite, s->o->load_sql, NULL, NULL, &msg) != SQLITE_OK) {
			if (cancelled(s)) {
				sqlite3_free(msg);
				return SX_ECANCELLED;
			}
			target_failed(s, nth == 1 ? "try.load" : "try.idempotent", SX_ART_LOAD_SQL,
			              what, msg);
			sqlite3_free(msg);
			return -1;
		}
		return 0;
	}
	/* ClickHouse: the partitions of the window dropped, then the rows as
	 * the INSERT's TabSeparated body */
	strvec st = {0};
	sx_buf body = SX_BUF_INIT, data = SX_BUF_INIT;
	bool ok = false;
	int rc = ch_statements(s->o->load_sql, &st);
	int dcol = s->tcol;
	for (size_t i = 0; dcol < 0 && i < s->rows.ncols; i++)
		if (s->rows.kinds[i] == K_DATE)
			dcol = (int)i;
	for (size_t i = 0; i < st.n && !rc; i++) {
		const char *x = st.v[i];
		while (isspace((unsigned char)*x))
			x++;
		if (cancelled(s)) {
			rc = SX_ECANCELLED;
			break;
		}
		if (strncasecmp(x, "ALTER TABLE", 11) == 0 && strstr(x, "DROP PARTITION")) {
			const char *ph = strstr(x, "{partition:UInt32}");
			unsigned seen[512];
			size_t ns = 0;
			if (!ph) {
				if (ch_send(s, x, NULL, 0, &body, &ok, &e) || !ok)
					goto failed;
				continue;
			}
			/* the DAG passes each month it reloads */
			for (size_t t = 0; dcol >= 0 && t < s->rows.nrows; t++) {
				unsigned m = yyyymm(s->rows.v.v[t * s->rows.ncols + (size_t)dcol]);
				bool dup = false;
				for (size_t k = 0; k < ns && !dup; k++)
					dup = seen[k] == m;
				if (!m || dup || ns == sizeof seen / sizeof *seen)
					continue;
				seen[ns++] = m;
				sx_buf one = SX_BUF_INIT;
				sx_buf_put(&one, x, (size_t)(ph - x));
				sx_buf_printf(&one, "%u", m);
				sx_buf_puts(&one, ph + strlen("{partition:UInt32}"));
				int r2 = ch_send(s, sx_buf_cstr(&one), NULL, 0, &body, &ok, &e);
				sx_buf_release(&one);
				if (r2 || !ok)
					goto failed;
			}
			continue;
		}
		if (s->stream && strncasecmp(x, "CREATE", 6) == 0) {
			/* made once, before the first micro-batch */
			sx_buf one = SX_BUF_INIT;
			const char *why = NULL;
			int r2;
			if (nth != 1)
				continue;
			if (is_kafka_table(x)) {
				r2 = stream_stage_sql(s, x, &one, &why);
			} else {
				sx__chlex l;
				bool mv = sx__ch_lex(x, &l) == 0 && !l.err && l.n > 3 &&
				          tkw(&l.v[1], "MATERIALIZED") && tkw(&l.v[2], "VIEW");
				free(l.v);
				r2 = mv ? stream_view_ok(s, x, &why) : -1;
				if (!mv)
					why = "a CREATE other than the Kafka table and its "
					      "materialised view";
				else if (!r2)
					sx_buf_puts(&one, x);
			}
			if (r2 == SX_ENOMEM) {
				sx_buf_release(&one);
				rc = SX_ENOMEM;
				break;
			}
			if (r2) {
				sx_buf_release(&one);
				fnd(s, SX_SEV_ERROR, "try.refused", SX_ART_LOAD_SQL,
				    "a streaming load is one Kafka table and a materialised view "
				    "TO "
				    "the target table, unqualified",
				    "a streaming load statement that try does not run: %s: %.80s",
				    why, x);
				rc = -1;
				continue;
			}
			r2 = ch_send(s, sx_buf_cstr(&one), NULL, 0, &body, &ok, &e);
			sx_buf_release(&one);
			if (r2 || !ok)
				goto failed;
			continue;
		}
		if (strncasecmp(x, "INSERT INTO", 11) == 0 && strstr(x, "FORMAT TabSeparated")) {
			/* the server reads the data right after the query: no
			 * trailing newline may be taken for an empty first row */
			char *xe = st.v[i] + strlen(st.v[i]);
			while (xe > x && isspace((unsigned char)xe[-1]))
				*--xe = 0;
			sx_buf_clear(&data);
			for (size_t t = 0; t < s->rows.nrows; t++) {
				put_tsv_row(s, &data, t, true);
				sx_buf_putc(&data, '\n');
			}
			if (sx_buf_failed(&data)) {
				rc = SX_ENOMEM;
				break;
			}
			if (ch_send(s, x, data.ptr ? data.ptr : "", data.len, &body, &ok, &e) ||
			    !ok)
				goto failed;
			continue;
		}
		fnd(s, SX_SEV_ERROR, "try.refused", SX_ART_LOAD_SQL,
		    "a ClickHouse load is ALTER TABLE ... DROP PARTITION and INSERT ... FORMAT",
		    "a load statement that try does not run: %.80s", x);
		rc = -1;
		continue;
	failed:
		if (e.code == SX_ECANCELLED || e.code == SX_ENOMEM) {
			rc = e.code;
			break;
		}
		target_failed(s, nth == 1 ? "try.load" : "try.idempotent", SX_ART_LOAD_SQL, what,
		              e.msg[0] ? e.msg : sx_buf_cstr(&body));
		rc = -1;
	}
	if (s->stream && !rc) {
		if (!s->stream_stage) {
			fnd(s, SX_SEV_ERROR, "try.refused", SX_ART_LOAD_SQL, NULL,
			    "a streaming load without its Kafka table: nothing to send a batch to");
			rc = -1;
		} else if (strcmp(s->stream_format, "JSONEachRow") != 0 &&
		           strcmp(s->stream_format, "TabSeparated") != 0 &&
		           strcmp(s->stream_format, "TSV") != 0) {
			fnd(s, SX_SEV_WARNING, "try.stream", SX_ART_LOAD_SQL,
			    "JSONEachRow and TabSeparated batches are what the try can write",
			    "kafka_format '%.40s': the micro-batch was not sent", s->stream_format);
			rc = -1;
		} else {
			if (nth == 1)
				fnd(s, SX_SEV_INFO, "try.stream", SX_ART_LOAD_SQL,
				    "a stream's broker, connector and change events are checked "
				    "only "
				    "in production",
				    "a streaming load, tried as one micro-batch: the Kafka table "
				    "%s "
				    "made a Null-engine table of the same columns in the scratch "
				    "database, the %zu sample rows inserted into it as %s so the "
				    "materialised view moves them into the target, then the same "
				    "batch "
				    "again (Kafka delivers at least once). Not checked: the "
				    "broker, "
				    "topic and consumer group, the Debezium connector and the "
				    "source's "
				    "publication, the change-event envelope (updates and deletes "
				    "arrive as events, not rows), ordering and lag",
				    s->stream_stage, s->rows.nrows, s->stream_format);
			if ((rc = stream_batch(s, nth, &body, &ok, &e)) || !ok) {
				if (e.code == SX_ECANCELLED || e.code == SX_ENOMEM ||
				    rc == SX_ENOMEM) {
					rc = rc == SX_ENOMEM ? rc : e.code;
				} else {
					target_failed(s, nth == 1 ? "try.load" : "try.idempotent",
					              SX_ART_LOAD_SQL,
					              nth == 1
					                  ? "the micro-batch failed"
					                  : "the micro-batch sent again failed",
					              e.msg[0] ? e.msg : sx_buf_cstr(&body));
					rc = -1;
				}
			}
		}
	}
	strv_free(st.v, st.n);
	sx_buf_release(&body);
	sx_buf_release(&data);
	return rc;
}

/* One row of text from the target: count, the measures' sums, null keys,
 * duplicate keys. */
static int target_stats(tst *s, tstats *out)
{
	sx_db_kind d = s->o->target_kind;
	sx_buf sql = SX_BUF_INIT, tab = SX_BUF_INIT, keys = SX_BUF_INIT, nulls = SX_BUF_INIT;
	sx_error e = {0};
	char *f[TRY_COLS + 3];
	size_t nf = 0;
	char *line = NULL;
	int rc = 0;

	memset(out, 0, sizeof *out);
	if (d == SX_DB_CLICKHOUSE)
		sx_buf_printf(&tab, "%s.", s->scratch);
	q(&tab, d, s->o->target_table);
	if (d == SX_DB_CLICKHOUSE && s->ch_final)
		sx_buf_puts(&tab, " FINAL");
	for (size_t k = 0; k < s->nkeys; k++) {
		sx_buf_puts(&keys, k ? ", " : "");
		q(&keys, d, s->keys[k]);
		sx_buf_puts(&nulls, k ? " OR " : "");
		q(&nulls, d, s->keys[k]);
		sx_buf_puts(&nulls, " IS NULL");
	}
	sx_buf_puts(&sql, "SELECT count(*)");
	for (size_t m = 0; m < s->nmeas; m++) {
		sx_buf_puts(&sql, d == SX_DB_CLICKHOUSE ? ", toString(sum(" : ", CAST(sum(");
		q(&sql, d, s->rows.names[s->meas[m]]);
		sx_buf_puts(&sql, d == SX_DB_CLICKHOUSE ? "))" : ") AS TEXT)");
	}
	if (s->nkeys) {
		sx_buf_printf(&sql, ", (SELECT count(*) FROM %s WHERE %s)", sx_buf_cstr(&tab),
		              sx_buf_cstr(&nulls));
		sx_buf_printf(&sql,
		              ", (SELECT count(*) FROM (SELECT %s FROM %s GROUP BY %s HAVING "
		              "count(*) > 1) AS sx_d)",
		              sx_buf_cstr(&keys), sx_buf_cstr(&tab), sx_buf_cstr(&keys));
	}
	sx_buf_printf(&sql, " FROM %s", sx_buf_cstr(&tab));
	if (sx_buf_failed(&sql)) {
		rc = SX_ENOMEM;
		goto done;
	}
	if (d == SX_DB_POSTGRES) {
		PGresult *r = NULL;
		if ((rc = pg_run(s, s->pg, sx_buf_cstr(&sql), 0, NULL, &r, &e)))
			goto failed;
		for (int i = 0; i < PQnfields(r) && nf < TRY_COLS + 3; i++)
			f[nf++] = PQgetisnull(r, 0, i) ? NULL : sx_strdup(PQgetvalue(r, 0, i));
		PQclear(r);
	} else if (d == SX_DB_SQLITE) {
		sqlite3_stmt *st = NULL;
		if (sqlite3_prepare_v2(s->lite, sx_buf_cstr(&sql), -1, &st, NULL) != SQLITE_OK ||
		    sqlite3_step(st) != SQLITE_ROW) {
			rc = sx_error_set(&e, SX_EIO, "%s", sqlite3_errmsg(s->lite));
			sqlite3_finalize(st);
			goto failed;
		}
		for (int i = 0; i < sqlite3_column_count(st) && nf < TRY_COLS + 3; i++)
			f[nf++] = sqlite3_column_type(st, i) == SQLITE_NULL
			              ? NULL
			              : sx_strdup((const char *)sqlite3_column_text(st, i));
		sqlite3_finalize(st);
	} else {
		sx_buf body = SX_BUF_INIT;
		bool ok = false;
		char *cur;
		sx_buf_puts(&sql, " FORMAT TabSeparated");
		if (ch_send(s, sx_buf_cstr(&sql), NULL, 0, &body, &ok, &e) || !ok) {
			if (!ok && !e.msg[0])
				sx_error_set(&e, SX_EIO, "%s", sx_buf_cstr(&body));
			sx_buf_release(&body);
			rc = SX_EIO;
			goto failed;
		}
		line = sx_strdup(sx_buf_cstr(&body));
		sx_buf_release(&body);
		/* one line of counts and toString() sums: no escapes but \N */
		for (cur = line; cur && *cur && nf < TRY_COLS + 3;) {
			size_t n = strcspn(cur, "\t\n");
			char end = cur[n];
			cur[n] = 0;
			f[nf++] = strcmp(cur, "\\N") == 0 ? NULL : sx_strdup(cur);
			cur += n + (end ? 1 : 0);
			if (end != '\t')
				break;
		}
	}
	if (nf < 1 + s->nmeas) {
		rc = sx_error_set(&e, SX_EIO, "the target answered no counts");
		goto failed;
	}
	out->rows = f[0] ? strtoll(f[0], NULL, 10) : 0;
	for (size_t m = 0; m < s->nmeas; m++)
		out->sums[m] = f[1 + m] ? strtold(f[1 + m], NULL) : 0;
	if (s->nkeys && nf >= 3 + s->nmeas) {
		out->null_keys = f[1 + s->nmeas] ? strtoll(f[1 + s->nmeas], NULL, 10) : 0;
		out->dup_keys = f[2 + s->nmeas] ? strtoll(f[2 + s->nmeas], NULL, 10) : 0;
	}
	out->ok = true;
	goto done;
failed:
	if (e.code == SX_ECANCELLED || rc == SX_ECANCELLED) {
		rc = SX_ECANCELLED;
	} else {
		target_failed(s, "try.rows", SX_ART_TARGET_DDL,
		              "the target table could not be counted", e.msg);
		rc = 0;
	}
done:
	for (size_t i = 0; i < nf; i++)
		free(f[i]);
	free(line);
	sx_buf_release(&sql);
	sx_buf_release(&tab);
	sx_buf_release(&keys);
	sx_buf_release(&nulls);
	return rc;
}

/* Drops what was made: the scratch schema or database, the file. */
static void target_close(tst *s, cJSON *rep)
{
	bool dropped = true;
	char why[300] = "";
	if (s->pg) {
		char q1[200];
		sx_error e = {0};
		PGresult *r;
		/* a cancelled statement may have left the connection busy */
		while ((r = PQgetResult(s->pg)))
			PQclear(r);
		if (s->created) {
			if (PQtransactionStatus(s->pg) == PQTRANS_INERROR ||
			    PQtransactionStatus(s->pg) == PQTRANS_INTRANS)
				PQclear(PQexec(s->pg, "ROLLBACK"));
			snprintf(q1, sizeof q1, "DROP SCHEMA IF EXISTS \"%s\" CASCADE", s->scratch);
			r = PQexec(s->pg, q1);
			if (PQresultStatus(r) != PGRES_COMMAND_OK) {
				/* a broken connection: one more, for the drop alone */
				PGconn *c = pg_connect(s->o->target, false);
				PQclear(r);
				r = c ? PQexec(c, q1) : NULL;
				if (PQresultStatus(r) != PGRES_COMMAND_OK) {
					dropped = false;
					snprintf(why, sizeof why, "%s",
					         c ? PQerrorMessage(c) : "the target went away");
				}
				PQfinish(c);
			}
			PQclear(r);
		}
		(void)e;
		PQfinish(s->pg);
		s->pg = NULL;
	}
	if (s->lite) {
		sqlite3_close(s->lite);
		s->lite = NULL;
	}
	if (s->lite_path[0]) {
		char j[160];
		if (unlink(s->lite_path) && errno != ENOENT) {
			dropped = false;
			snprintf(why, sizeof why, "%s", strerror(errno));
		}
		snprintf(j, sizeof j, "%s-journal", s->lite_path);
		unlink(j);
	}
	if (s->chbase[0] && s->created) {
		char q1[200];
		sx_buf body = SX_BUF_INIT;
		bool ok = false;
		sx_error e = {0};
		snprintf(q1, sizeof q1, "DROP DATABASE IF EXISTS %s", s->scratch);
		if (sx__ch_post(s->chbase, q1, NULL, 0, &body, &ok, &e) || !ok) {
			dropped = false;
			snprintf(why, sizeof why, "%s", e.msg[0] ? e.msg : sx_buf_cstr(&body));
		}
		sx_buf_release(&body);
	}
	if (s->created) {
		const char *what = s->o->target_kind == SX_DB_POSTGRES ? "schema"
		                   : s->o->target_kind == SX_DB_SQLITE ? "file"
		                                                       : "database";
		if (dropped)
			fnd(s, SX_SEV_INFO, "try.cleanup", SX_ART_TARGET_DDL, NULL,
			    "the scratch %s %s was dropped", what,
			    s->o->target_kind == SX_DB_SQLITE ? s->lite_path : s->scratch);
		else
			fnd(s, SX_SEV_WARNING, "try.cleanup", SX_ART_TARGET_DDL, "drop it by hand",
			    "the scratch %s %s could not be dropped: %.200s", what, s->scratch,
			    why);
	}
	sx_json_add_bool(rep, "dropped", !s->created || dropped);
}

/* ---------------------------------------------------------------- checks */

/* Refuses to run a DDL or load that writes outside its table. */
static int refuse_unsafe(tst *s, bool *refused)
{
	sx_validate_ctx v;
	sx_finding_list fl;
	sx_error e = {0};
	int rc = 0;
	*refused = false;
	if (s->o->target_kind == SX_DB_CLICKHOUSE) {
		/* ClickHouse DDL is read by its own checker; the load's
		 * statements are whitelisted in run_load */
		sx_validate_ctx_init(&v);
		sx_finding_list_init(&fl);
		if ((rc = sx_validate_ch_ddl(&v, s->o->target_ddl, &fl, &e)))
			goto done;
	} else {
		sx_validate_ctx_init(&v);
		v.source_dialect = SX_DB_POSTGRES;
		v.flags = SX_VALIDATE_LOAD;
		sx_finding_list_init(&fl);
		if ((rc = sx_validate_sql(&v, s->o->target_ddl, SX_ART_TARGET_DDL, &fl, &e)) ||
		    (rc = sx_validate_sql(&v, s->o->load_sql, SX_ART_LOAD_SQL, &fl, &e)))
			goto done;
	}
	for (size_t i = 0; i < fl.n; i++)
		if (!strcmp(fl.v[i].rule, "sql.destructive") ||
		    !strcmp(fl.v[i].rule, "sql.privilege")) {
			fnd(s, SX_SEV_ERROR, "try.refused", fl.v[i].artifact,
			    "remove the statement; the load writes its own table only",
			    "not run on the target: %s", fl.v[i].message);
			*refused = true;
		}
done:
	sx_finding_list_release(&fl);
	return rc;
}

static bool sums_equal(long double a, long double b, int64_t rows)
{
	long double tol = 1e-9L * fmaxl(fabsl(a), fabsl(b)) + 0.005L * (long double)rows + 1e-9L;
	return fabsl(a - b) <= tol;
}

static cJSON *sums_json(const tst *s, const long double *v)
{
	cJSON *o = cJSON_CreateObject();
	for (size_t m = 0; m < s->nmeas; m++)
		sx_json_add_num(o, s->rows.names[s->meas[m]], (double)v[m]);
	return o;
}

static void pick_measures(tst *s)
{
	const char *const *m = s->o->measures;
	s->nmeas = 0;
	if (m && m[0]) {
		for (; *m && s->nmeas < TRY_COLS; m++) {
			int i = col_index(s, *m);
			if (i >= 0)
				s->meas[s->nmeas++] = i;
		}
		return;
	}
	for (size_t i = 0; i < s->rows.ncols && s->nmeas < TRY_COLS; i++) {
		bool key = false;
		for (size_t k = 0; k < s->nkeys && !key; k++)
			key = !strcmp(s->keys[k], s->rows.names[i]);
		if (!key && s->rows.kinds[i] == K_NUM)
			s->meas[s->nmeas++] = (int)i;
	}
}

static void source_sums(tst *s)
{
	for (size_t m = 0; m < s->nmeas; m++) {
		long double sum = 0;
		for (size_t t = 0; t < s->rows.nrows; t++) {
			const char *v = s->rows.v.v[t * s->rows.ncols + (size_t)s->meas[m]];
			if (v)
				sum += strtold(v, NULL);
		}
		s->src_sums[m] = sum;
	}
}

static cJSON *stats_json(const tst *s, const tstats *t)
{
	cJSON *o = cJSON_CreateObject();
	sx_json_add_int(o, "rows", t->rows);
	cJSON_AddItemToObject(o, "sums", sums_json(s, t->sums));
	if (s->nkeys) {
		sx_json_add_int(o, "null_keys", t->null_keys);
		sx_json_add_int(o, "duplicate_keys", t->dup_keys);
	}
	return o;
}

/* Step 3: the data tests on the first load. */
static void data_tests(tst *s, const tstats *t)
{
	char a[64], b[64];
	if (t->rows == (int64_t)s->rows.nrows)
		fnd(s, SX_SEV_INFO, "try.rows", SX_ART_LOAD_SQL, NULL,
		    "%lld rows read from the source, %lld rows in the target after the load",
		    (long long)s->rows.nrows, (long long)t->rows);
	else
		fnd(s, SX_SEV_ERROR, "try.rows", SX_ART_LOAD_SQL,
		    "the load must write each row of the SELECT once",
		    "%lld rows read from the source but %lld rows in the target after the load",
		    (long long)s->rows.nrows, (long long)t->rows);
	if (!s->nkeys)
		fnd(s, SX_SEV_WARNING, "try.keys", SX_ART_TARGET_DDL,
		    "give the target table a primary key (or sorting key) on the grain",
		    "the target table has no key on the grain: uniqueness was not checked");
	else if (t->dup_keys)
		fnd(s, SX_SEV_ERROR, "try.keys", SX_ART_LOAD_SQL, NULL,
		    "%lld grain key values occur more than once in the target (%zu key columns)",
		    (long long)t->dup_keys, s->nkeys);
	else if (t->null_keys)
		fnd(s, SX_SEV_WARNING, "try.keys", SX_ART_LOAD_SQL,
		    "a NULL in the grain is one group; make sure the upsert finds it again",
		    "%lld rows have a NULL grain key; the keys are unique",
		    (long long)t->null_keys);
	else
		fnd(s, SX_SEV_INFO, "try.keys", SX_ART_LOAD_SQL, NULL,
		    "the %zu grain key column(s) are not null and unique over %lld rows", s->nkeys,
		    (long long)t->rows);
	if (!s->nmeas)
		fnd(s, SX_SEV_INFO, "try.reconcile", SX_ART_LOAD_SQL, NULL,
		    "no numeric measure to reconcile; the row counts were compared");
	for (size_t m = 0; m < s->nmeas; m++) {
		const char *name = s->rows.names[s->meas[m]];
		numtxt(a, sizeof a, s->src_sums[m]);
		numtxt(b, sizeof b, t->sums[m]);
		if (sums_equal(s->src_sums[m], t->sums[m], t->rows))
			fnd(s, SX_SEV_INFO, "try.reconcile", SX_ART_LOAD_SQL, NULL,
			    "sum(%s) = %s in the source window and %s in the target", name, a, b);
		else
			fnd(s, SX_SEV_ERROR, "try.reconcile", SX_ART_LOAD_SQL,
			    "the load changes the measure's values",
			    "sum(%s) = %s in the source window but %s in the target", name, a, b);
	}
}

static void idempotence(tst *s, const tstats *t1, const tstats *t2)
{
	char a[64], b[64];
	bool same = t1->rows == t2->rows;
	size_t bad = SIZE_MAX;
	for (size_t m = 0; m < s->nmeas && same; m++)
		if (!sums_equal(t1->sums[m], t2->sums[m], 0)) {
			same = false;
			bad = m;
		}
	if (same) {
		fnd(s, SX_SEV_INFO, "try.idempotent", SX_ART_LOAD_SQL, NULL,
		    "%s left %lld rows and the same %zu sum(s)",
		    s->stream ? "the same micro-batch delivered again" : "the second load",
		    (long long)t2->rows, s->nmeas);
		return;
	}
	if (bad == SIZE_MAX) {
		fnd(s, SX_SEV_ERROR, "try.idempotent", SX_ART_LOAD_SQL,
		    s->stream ? "a redelivered event must replace its row: a ReplacingMergeTree "
		                "target on the grain, read with FINAL"
		              : "the load must replace the window's rows, not add them again",
		    "%lld rows after the first %s, %lld after the second", (long long)t1->rows,
		    s->stream ? "micro-batch" : "load", (long long)t2->rows);
		return;
	}
	numtxt(a, sizeof a, t1->sums[bad]);
	numtxt(b, sizeof b, t2->sums[bad]);
	fnd(s, SX_SEV_ERROR, "try.idempotent", SX_ART_LOAD_SQL,
	    "the load must replace the window's rows, not add them again",
	    "sum(%s) = %s after the first load, %s after the second (%lld and %lld rows)",
	    s->rows.names[s->meas[bad]], a, b, (long long)t1->rows, (long long)t2->rows);
}

/* ---------------------------------------------------------------- entry */

int sx_validate_try(const sx_try_opts *o, sx_finding_list *out, cJSON **report, sx_error *err)
{
	tst s;
	cJSON *rep;
	tstats t1, t2;
	int rc = 0, trc;
	bool refused = false;

	if (report)
		*report = NULL;
	if (!o || !out || !o->run_id || !o->select_sql || !o->target_ddl || !o->load_sql ||
	    !o->target_table || !o->source)
		return sx_error_set(err, SX_EINVAL, "sx_validate_try: missing argument");
	if (o->source_kind != SX_DB_POSTGRES && o->source_kind != SX_DB_SQLITE &&
	    o->source_kind != SX_DB_CLICKHOUSE)
		return sx_error_set(err, SX_EUNSUPPORTED,
		                    "pipeline try reads PostgreSQL, ClickHouse and SQLite sources, "
		                    "not %s",
		                    sx_db_kind_name(o->source_kind));
	if (o->target_kind != SX_DB_POSTGRES && o->target_kind != SX_DB_SQLITE &&
	    o->target_kind != SX_DB_CLICKHOUSE)
		return sx_error_set(err, SX_EUNSUPPORTED,
		                    "pipeline try loads into PostgreSQL, "
		                    "ClickHouse or SQLite, not %s",
		                    sx_db_kind_name(o->target_kind));
	memset(&s, 0, sizeof s);
	memset(&t1, 0, sizeof t1);
	memset(&t2, 0, sizeof t2);
	s.o = o;
	s.out = out;
	s.tcol = -1;
	scratch_name(&s);
	if (!(rep = cJSON_CreateObject()))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	sx_json_add_str(rep, "scratch", s.scratch);
	sx_json_add_str(rep, "target_kind", sx_db_kind_name(o->target_kind));

	if ((rc = refuse_unsafe(&s, &refused)))
		goto end;
	if (o->target_kind == SX_DB_CLICKHOUSE) {
		strvec st = {0};
		if ((rc = ch_statements(o->load_sql, &st)))
			goto end;
		for (size_t i = 0; i < st.n && !s.stream; i++)
			s.stream = is_kafka_table(st.v[i]);
		strv_free(st.v, st.n);
		sx_json_add_bool(rep, "stream", s.stream);
	}
	/* step 2a first: the scratch objects exist before the source is read,
	 * so a cancel during the read tears them down as well */
	if (!refused) {
		trc = target_open(&s);
		if (trc == SX_ECANCELLED || trc == SX_ENOMEM) {
			rc = trc;
			goto end;
		}
		if (trc)
			refused = true; /* the DDL failed: no load */
	}
	/* step 1 */
	rc = o->source_kind == SX_DB_POSTGRES     ? source_pg(&s)
	     : o->source_kind == SX_DB_CLICKHOUSE ? source_ch(&s)
	                                          : source_sqlite(&s);
	if (rc)
		goto end;
	if (cancelled(&s)) {
		rc = SX_ECANCELLED;
		goto end;
	}
	{
		cJSON *w = cJSON_AddObjectToObject(rep, "window");
		if (s.tcol >= 0) {
			sx_json_add_str(w, "column", s.rows.names[s.tcol]);
			sx_json_add_int(w, "days", window_days(&s));
			sx_json_add_str(w, "after", s.win_from);
			sx_json_add_str(w, "through", s.win_to);
		}
		sx_json_add_int(w, "limit", row_limit(&s));
	}
	if (s.rows.ncols) {
		char lim[80] = "";
		if ((long)s.rows.nrows >= row_limit(&s))
			snprintf(lim, sizeof lim, ", cut at the limit of %ld rows", row_limit(&s));
		if (s.tcol >= 0)
			fnd(&s, SX_SEV_INFO, "try.window", SX_ART_SELECT_SQL, NULL,
			    "%zu rows read from the source, read-only: the last %d days of %s "
			    "(after "
			    "%s, through %s)%s",
			    s.rows.nrows, window_days(&s), s.rows.names[s.tcol],
			    s.win_from ? s.win_from : "-", s.win_to ? s.win_to : "-", lim);
		else
			fnd(&s, SX_SEV_INFO, "try.window", SX_ART_SELECT_SQL, NULL,
			    "%zu rows read from the source, read-only (LIMIT %ld)%s", s.rows.nrows,
			    row_limit(&s), lim);
	}
	pick_measures(&s);
	source_sums(&s);
	{
		cJSON *src = cJSON_AddObjectToObject(rep, "source");
		sx_json_add_int(src, "rows", (int64_t)s.rows.nrows);
		cJSON_AddItemToObject(src, "sums", sums_json(&s, s.src_sums));
		cJSON *k = cJSON_AddArrayToObject(rep, "keys");
		for (size_t i = 0; i < s.nkeys; i++)
			cJSON_AddItemToArray(k, cJSON_CreateString(s.keys[i]));
		cJSON *m = cJSON_AddArrayToObject(rep, "measures");
		for (size_t i = 0; i < s.nmeas; i++)
			cJSON_AddItemToArray(m, cJSON_CreateString(s.rows.names[s.meas[i]]));
	}
	sx_json_add_bool(rep, "reachable", s.reachable);
	if (!s.reachable || refused || !s.rows.ncols || s.rc)
		goto end;
	/* step 2b: stage and load */
	{
		sx_error e = {0};
		if (o->target_kind != SX_DB_CLICKHOUSE && (trc = stage_rows(&s, &e))) {
			if (trc == SX_ECANCELLED || trc == SX_ENOMEM) {
				rc = trc;
				goto end;
			}
			target_failed(&s, "try.load", SX_ART_LOAD_SQL,
			              "the rows could not be staged for the load", e.msg);
			goto end;
		}
	}
	if ((trc = run_load(&s, 1))) {
		if (trc > 0)
			rc = trc;
		goto end;
	}
	/* step 3 */
	if ((rc = target_stats(&s, &t1)) || !t1.ok)
		goto end;
	cJSON_AddItemToObject(rep, "target", stats_json(&s, &t1));
	data_tests(&s, &t1);
	/* step 4 */
	if ((trc = run_load(&s, 2))) {
		if (trc > 0)
			rc = trc;
		goto end;
	}
	if ((rc = target_stats(&s, &t2)) || !t2.ok)
		goto end;
	cJSON_AddItemToObject(rep, "second", stats_json(&s, &t2));
	idempotence(&s, &t1, &t2);
end:
	/* step 5, whatever happened */
	target_close(&s, rep);
	if (!rc && s.rc)
		rc = s.rc;
	if (!rc && cancelled(&s))
		rc = SX_ECANCELLED;
	rows_release(&s.rows);
	for (size_t i = 0; i < s.nkeys; i++)
		free(s.keys[i]);
	free(s.win_from);
	free(s.win_to);
	free(s.stream_stage);
	if (rc) {
		cJSON_Delete(rep);
		return rc == SX_ECANCELLED
		           ? sx_error_set(err, rc,
		                          "pipeline try cancelled; scratch objects dropped")
		       : rc == SX_ENOMEM ? sx_error_set(err, rc, "out of memory")
		                         : sx_error_set(err, rc, "pipeline try failed");
	}
	if (report)
		*report = rep;
	else
		cJSON_Delete(rep);
	return 0;
}
