/*
 * catalog_int.h - declarations shared inside the catalog module.
 */
#ifndef SX_CATALOG_INT_H
#define SX_CATALOG_INT_H

#include <sextant/catalog.h>

/* A sampler is a small vtable over a per-source session. Each source kind
 * implements one open function that fills ops and state. */
struct sx_sampler_ops {
	int (*rows)(void *state, const sx_table *t, size_t ncols, const char *const *cols,
		    size_t limit, sx_sample_row_fn row, void *payload, sx_error *err);
	int (*distinct)(void *state, const sx_table *t, const char *col, size_t limit,
			char ***values, size_t *n, sx_error *err);
	int (*count_in)(void *state, const sx_table *t, const char *col, size_t n,
			const char *const *values, size_t *found, sx_error *err);
	void (*close)(void *state);
};

struct sx_sampler {
	const struct sx_sampler_ops *ops;
	void *state;
	int64_t round_trips;
};

int sx__sqlite_sampler_open(struct sx_sampler *s, const char *path, const sx_source_opts *opts,
			    sx_error *err);
int sx__pg_sampler_open(struct sx_sampler *s, const char *conninfo, const sx_source_opts *opts,
			sx_error *err);


/* The DDL reader on text in memory (ddl.c): path is used in messages and
 * as the DSN, name is the database name. src needs no terminating NUL
 * beyond len (a copy is made). Used by sx_ddl_introspect and the fuzzer. */
int sx__ddl_parse(sx_catalog *cat, const char *path, const char *name, const char *src,
		  size_t len, const sx_source_opts *opts, sx_database **out, sx_error *err);

int sx__ch_sampler_open(struct sx_sampler *s, const char *url, const sx_source_opts *opts,
			sx_error *err);

/* ClickHouse over HTTP (clickhouse.c), shared by the introspector, the
 * sampler and the tests. A connection sends every query with readonly=1;
 * credentials travel only in headers. */
struct sx_ch;
int sx__ch_open(struct sx_ch **out, const char *url, const sx_source_opts *opts, sx_error *err);
void sx__ch_close(struct sx_ch *c);
/* POSTs sql; params are nparams (name, value) pairs sent as param_<name>
 * (query parameters of servers >= 20). body receives the response. */
int sx__ch_query(struct sx_ch *c, const char *sql, size_t nparams, const char *const *params,
		 sx_buf *body, sx_error *err);
int64_t sx__ch_round_trips(const struct sx_ch *c);
/* Splits an error body ("Code: N, e.displayText() = ..." or "Code: N.
 * DB::Exception: ... (NAME) (version ...)") into its code and a one-line,
 * sanitized message. Returns 0, or -1 when the body is not a ClickHouse
 * error (then msg holds its first line and code is 0). */
int sx__ch_parse_error(const char *body, size_t len, int *code, char *msg, size_t n);
/* `name` with ClickHouse's backquote rules (\` and \\ escaped). */
void sx__ch_quote_ident(sx_buf *b, const char *name);
/* 'text' with ClickHouse's string literal rules: \\ and \' escaped, plus
 * \n \r \t for readability. Also the element syntax of Array(String)
 * query parameter values. */
void sx__ch_quote_literal(sx_buf *b, const char *s);
/* Next TabSeparated row of *cursor (modified in place): up to max fields,
 * unescaped, NULL for \N. Returns 0 at the end. */
int sx__ch_tsv_next(char **cursor, char **fields, size_t max, size_t *nfields);

#endif
