/*
 * sample.c - bounded, read-only value sampling over live sources, and the
 * SQLite sampler.
 *
 * The sampler is a vtable (catalog_int.h) so that each source kind keeps its
 * connection code in its own file. Sampled values only pass through
 * callbacks and arrays owned by the caller; nothing here stores them.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "catalog_int.h"

int sx_sampler_open(sx_sampler **out, const char *source, const sx_source_opts *opts,
		    sx_error *err)
{
	sx_sampler *s;
	sx_source_opts defaults = {0};
	int rc;

	*out = NULL;
	if (!opts)
		opts = &defaults;
	s = sx_calloc(1, sizeof *s);
	if (!s)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	switch (sx_source_classify(source)) {
	case SX_SRC_SQLITE:
		rc = sx__sqlite_sampler_open(
			s, sx_str_startswith(source, "sqlite:") ? source + 7 : source, opts, err);
		break;
	case SX_SRC_POSTGRES:
		rc = sx__pg_sampler_open(s, source, opts, err);
		break;
	case SX_SRC_DDL:
		rc = sx_error_set(err, SX_EUNSUPPORTED, "a DDL file has no data to sample");
		break;
	case SX_SRC_CLICKHOUSE:
		rc = sx__ch_sampler_open(s, source, opts, err);
		break;
	default:
		rc = sx_error_set(err, SX_EINVAL, "cannot sample '%s': unknown kind of source", source);
		break;
	}
	if (rc) {
		free(s);
		return rc;
	}
	*out = s;
	return 0;
}

void sx_sampler_close(sx_sampler *s)
{
	if (!s)
		return;
	if (s->ops && s->ops->close)
		s->ops->close(s->state);
	free(s);
}

int sx_sampler_rows(sx_sampler *s, const sx_table *t, size_t ncols, const char *const *cols,
		    size_t limit, sx_sample_row_fn row, void *payload, sx_error *err)
{
	s->round_trips++;
	return s->ops->rows(s->state, t, ncols, cols, limit, row, payload, err);
}

int sx_sampler_distinct(sx_sampler *s, const sx_table *t, const char *col, size_t limit,
			char ***values, size_t *n, sx_error *err)
{
	s->round_trips++;
	*values = NULL;
	*n = 0;
	return s->ops->distinct(s->state, t, col, limit, values, n, err);
}

int sx_sampler_count_in(sx_sampler *s, const sx_table *t, const char *col, size_t n,
			const char *const *values, size_t *found, sx_error *err)
{
	s->round_trips++;
	*found = 0;
	if (n == 0)
		return 0;
	return s->ops->count_in(s->state, t, col, n, values, found, err);
}

void sx_sampler_values_free(char **values, size_t n)
{
	size_t i;
	if (!values)
		return;
	for (i = 0; i < n; i++)
		free(values[i]);
	free(values);
}

int64_t sx_sampler_round_trips(const sx_sampler *s)
{
	return s ? s->round_trips : 0;
}

/* ------------------------------------------------------------ SQLite */

struct sq {
	sqlite3 *h;
};

/* Appends "name" with SQLite's quoting: double quotes, "" inside. */
static void quote_ident(sx_buf *b, const char *name)
{
	const char *p;
	sx_buf_putc(b, '"');
	for (p = name; *p; p++) {
		if (*p == '"')
			sx_buf_putc(b, '"');
		sx_buf_putc(b, *p);
	}
	sx_buf_putc(b, '"');
}

static int sq_fail(struct sq *q, sx_error *err, const char *what, const sx_table *t)
{
	return sx_error_set(err, SX_EIO, "cannot sample '%s' (%s): %s", t->name, what,
			    sqlite3_errmsg(q->h));
}

static int sq_rows(void *state, const sx_table *t, size_t ncols, const char *const *cols,
		   size_t limit, sx_sample_row_fn row, void *payload, sx_error *err)
{
	struct sq *q = state;
	sx_buf sql = SX_BUF_INIT;
	sqlite3_stmt *st = NULL;
	const char **vals = NULL;
	size_t i;
	int rc;

	sx_buf_puts(&sql, "SELECT ");
	for (i = 0; i < ncols; i++) {
		if (i)
			sx_buf_puts(&sql, ", ");
		quote_ident(&sql, cols[i]);
	}
	sx_buf_puts(&sql, " FROM ");
	quote_ident(&sql, t->name);
	sx_buf_puts(&sql, " LIMIT ?");
	if (sx_buf_failed(&sql) || !(vals = sx_calloc(ncols ? ncols : 1, sizeof *vals))) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	if (sqlite3_prepare_v2(q->h, sx_buf_cstr(&sql), -1, &st, NULL) != SQLITE_OK) {
		rc = sq_fail(q, err, "rows", t);
		goto done;
	}
	sqlite3_bind_int64(st, 1, (sqlite3_int64)limit);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (i = 0; i < ncols; i++)
			vals[i] = (const char *)sqlite3_column_text(st, (int)i);
		if (row(payload, ncols, vals))
			break;
	}
	rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? 0 : sq_fail(q, err, "rows", t);
done:
	sqlite3_finalize(st);
	free(vals);
	sx_buf_release(&sql);
	return rc;
}

static int sq_distinct(void *state, const sx_table *t, const char *col, size_t limit,
		       char ***values, size_t *n, sx_error *err)
{
	struct sq *q = state;
	sx_buf sql = SX_BUF_INIT;
	sqlite3_stmt *st = NULL;
	SX_VEC(char *) v = {0};
	int rc;

	/* The inner LIMIT bounds the scan on big tables: distinct values of
	 * the first rows, not of the whole table. */
	sx_buf_puts(&sql, "SELECT DISTINCT v FROM (SELECT ");
	quote_ident(&sql, col);
	sx_buf_puts(&sql, " AS v FROM ");
	quote_ident(&sql, t->name);
	sx_buf_puts(&sql, " WHERE ");
	quote_ident(&sql, col);
	sx_buf_puts(&sql, " IS NOT NULL LIMIT ?) LIMIT ?");
	if (sqlite3_prepare_v2(q->h, sx_buf_cstr(&sql), -1, &st, NULL) != SQLITE_OK) {
		rc = sq_fail(q, err, "distinct", t);
		goto done;
	}
	sqlite3_bind_int64(st, 1, (sqlite3_int64)limit * 20);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)limit);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char *s = sx_strdup((const char *)sqlite3_column_text(st, 0));
		if (!s || SX_VEC_PUSH(&v, s)) {
			free(s);
			rc = SQLITE_NOMEM;
			break;
		}
	}
	if (rc != SQLITE_DONE) {
		rc = rc == SQLITE_NOMEM ? sx_error_set(err, SX_ENOMEM, "out of memory")
					: sq_fail(q, err, "distinct", t);
		sx_sampler_values_free(v.v, v.n);
		goto done;
	}
	*values = v.v;
	*n = v.n;
	rc = 0;
done:
	sqlite3_finalize(st);
	sx_buf_release(&sql);
	return rc;
}

static int sq_count_in(void *state, const sx_table *t, const char *col, size_t n,
		       const char *const *values, size_t *found, sx_error *err)
{
	struct sq *q = state;
	sx_buf sql = SX_BUF_INIT;
	sqlite3_stmt *st = NULL;
	size_t i, done_n = 0;
	int rc = 0;

	/* Batches of 500 stay under SQLite's bound-parameter limit. */
	while (done_n < n && !rc) {
		size_t batch = n - done_n > 500 ? 500 : n - done_n;
		sx_buf_clear(&sql);
		sx_buf_puts(&sql, "SELECT count(*) FROM (SELECT DISTINCT CAST(");
		quote_ident(&sql, col);
		sx_buf_puts(&sql, " AS TEXT) AS v FROM ");
		quote_ident(&sql, t->name);
		sx_buf_puts(&sql, " WHERE CAST(");
		quote_ident(&sql, col);
		sx_buf_puts(&sql, " AS TEXT) IN (");
		for (i = 0; i < batch; i++)
			sx_buf_puts(&sql, i ? ",?" : "?");
		sx_buf_puts(&sql, "))");
		if (sqlite3_prepare_v2(q->h, sx_buf_cstr(&sql), -1, &st, NULL) != SQLITE_OK) {
			rc = sq_fail(q, err, "containment", t);
			break;
		}
		for (i = 0; i < batch; i++)
			sqlite3_bind_text(st, (int)i + 1, values[done_n + i], -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			*found += (size_t)sqlite3_column_int64(st, 0);
		else
			rc = sq_fail(q, err, "containment", t);
		sqlite3_finalize(st);
		st = NULL;
		done_n += batch;
	}
	sx_buf_release(&sql);
	return rc;
}

static void sq_close(void *state)
{
	struct sq *q = state;
	if (!q)
		return;
	sqlite3_close(q->h);
	free(q);
}

static const struct sx_sampler_ops sqlite_ops = {sq_rows, sq_distinct, sq_count_in, sq_close};

int sx__sqlite_sampler_open(struct sx_sampler *s, const char *path, const sx_source_opts *opts,
			    sx_error *err)
{
	struct sq *q = sx_calloc(1, sizeof *q);
	if (!q)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if (sqlite3_open_v2(path, &q->h, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		int rc = sx_error_set(err, SX_EIO, "cannot open '%s' for sampling: %s", path,
				      q->h ? sqlite3_errmsg(q->h) : "out of memory");
		sq_close(q);
		return rc;
	}
	sqlite3_busy_timeout(q->h,
			     (int)sx_config_get_int(opts->config, "sqlite", "busy_timeout_ms", 2000));
	s->ops = &sqlite_ops;
	s->state = q;
	return 0;
}
