/*
 * validate_int.h - declarations shared by the files of src/validate.
 *
 * Files: validate.c (entry points, rule table, score), pgparse.c (the only
 * file that calls libpg_query), bind.c (the binder and SQL lints over the
 * parse tree), sqlite_check.c (prepare on a read-only SQLite handle),
 * explain.c (libpq EXPLAIN), chddl.c (ClickHouse DDL), chsql.c (ClickHouse
 * SELECT and load SQL), python.c (pycheck.py
 * and pytest), proc.c (the private subprocess runner), secrets.c.
 */
#ifndef SX_VALIDATE_INT_H
#define SX_VALIDATE_INT_H

#include <stdarg.h>

#include <sextant/validate.h>

/* ---------------------------------------------------------------- pgparse.c */

/* A parse of a whole SQL text with libpg_query: either tree (the JSON parse
 * tree: {"stmts": [{"stmt": {...}, "stmt_location": N}, ...]}) or an error
 * with its 1-based line and column (characters) in the text. */
typedef struct sx_pgparse {
	cJSON *tree;        /* NULL on a syntax error */
	char *error;        /* heap message, NULL when tree is set */
	int line, col;      /* of the error */
	bool too_deep;      /* parsed, but nested beyond what cJSON reads */
} sx_pgparse;

int sx__pg_parse(const char *sql, sx_pgparse *out, sx_error *err);
void sx__pg_parse_release(sx_pgparse *p);

/* 1-based line and column (in UTF-8 characters) of a 0-based byte offset
 * of text; of a 1-based character position when chars is true. */
void sx__text_pos(const char *text, long off, bool chars, int *line, int *col);

/* ---------------------------------------------------------------- bind.c */

typedef struct sx_bind_opts {
	const sx_validate_ctx *ctx;
	sx_artifact_kind art;
	bool load;            /* the load rules apply */
	bool unverified;      /* grammar is not the source's own (SQLite) */
	bool skip_unknown;    /* another checker already reported names */
} sx_bind_opts;

/* Binds and lints every statement of a parsed SQL text. */
int sx__bind_sql(const sx_bind_opts *o, const char *sql, const cJSON *tree,
		 sx_finding_list *out, sx_error *err);

/* For run_preview: one flag per output column of the first statement,
 * true when the column may carry personal data unmasked (by the map);
 * *rest true when some outputs could not be seen (mask them all). *pii is
 * a heap array (free it). */
int sx__bind_pii_outputs(const sx_bind_opts *o, const char *sql, const cJSON *tree, bool **pii,
			 size_t *n, bool *rest, sx_error *err);

/* "Did you mean": keeps the closest candidate to want within an edit
 * distance that grows with its length (1 for short names, up to 3). */
typedef struct sx__suggest {
	const char *want;
	const char *best; /* NULL: none close enough */
	size_t dist;
} sx__suggest;
void sx__suggest_init(sx__suggest *g, const char *want);
void sx__suggest_try(sx__suggest *g, const char *cand);

/* Levenshtein distance (ASCII case-insensitive), capped at cap+1. */
size_t sx__edit_distance(const char *a, const char *b, size_t cap);

/* ---------------------------------------------------------------- others */

/* SQLite: prepares every statement of sql on a read-only handle of path.
 * Sets *ok false when a statement failed to prepare (finding added). */
int sx__sqlite_check(const char *path, const char *sql, sx_artifact_kind art,
		     sx_finding_list *out, bool *ok, sx_error *err);

/* proc.c: runs argv with stdin_text on its standard input, collecting
 * standard output and error, killing it after timeout_ms. *status is the
 * exit code, or -1 when it was killed or could not start (SX_ENOTFOUND
 * when the program does not exist). */
typedef struct sx__proc_result {
	int status;
	bool timed_out;
	char *out;            /* heap, NUL-terminated */
	char *errout;         /* heap, NUL-terminated */
} sx__proc_result;
int sx__proc_run(const char *const *argv, const char *cwd, const char *stdin_text,
		 long timeout_ms, sx__proc_result *res, sx_error *err);
void sx__proc_result_release(sx__proc_result *r);

/* The python interpreter to use (ctx's, /usr/bin/python3, python3 on PATH),
 * or NULL when none exists. A PATH hit is written into buf (no static
 * state: validations run on several threads at once). */
const char *sx__python(const sx_validate_ctx *ctx, char *buf, size_t size);

/* chddl.c: ClickHouse over HTTP for the validators (which write, unlike
 * the catalog's read-only client). sx__ch_base_url turns
 * http(s)://host:port[/...] or clickhouse://[user[:pw]@]host:port[/db] into
 * an http base URL ending in '/' (credentials kept in it for curl); -1 when
 * it is not such a URL. sx__ch_post POSTs query (data NULL) or, with data,
 * sends query in the URL and data as the body (INSERT ... FORMAT); *ok is
 * false on an HTTP error status, with the server's text in body (may be
 * NULL). SX_EIO when the server cannot be reached. */
int sx__ch_base_url(const char *in, char *out, size_t n);
int sx__ch_post(const char *url, const char *query, const char *data, size_t datalen,
		sx_buf *body, bool *ok, sx_error *err);
/* The database a ClickHouse URL names (clickhouse://host/db or
 * ?database=db), only when it is a plain [A-Za-z0-9_] name; else "". */
void sx__ch_url_database(const char *in, char *out, size_t n);

/* sx__ch_post with options (rq may be NULL: the defaults). With cancel,
 * the transfer is aborted when the flag rises (curl's progress callback,
 * about once a second while the server thinks): SX_ECANCELLED; the query
 * then goes on on the server, so with query_id ([A-Za-z0-9_]) it is sent
 * as the request's query_id and killed (KILL QUERY ... SYNC, allowed in
 * readonly mode) on a cancel or a client timeout. */
typedef struct sx__ch_req {
	const atomic_int *cancel; /* may be NULL */
	const char *query_id;     /* may be NULL */
	size_t max_body;          /* bytes of answer kept; 0: 1 MiB (SX_EIO past it) */
	long timeout_s;           /* the whole request; 0: 60 s */
} sx__ch_req;
int sx__ch_post_req(const sx__ch_req *rq, const char *url, const char *query, const char *data,
		    size_t datalen, sx_buf *body, bool *ok, sx_error *err);

/* chsql.c: the ClickHouse tokenizer, shared with chddl.c. '...' strings
 * (backslash escapes, '' doubling), `...` and "..." identifiers, -- and
 * (not nested) block comments, numbers, {name:Type} parameters, and
 * operators (two characters for :: -> != <> <= >= == ||). */
typedef enum {
	SX_CHT_END = 0,
	SX_CHT_WORD,
	SX_CHT_QUOTED,
	SX_CHT_STRING,
	SX_CHT_NUMBER,
	SX_CHT_PARAM,
	SX_CHT_OP
} sx__chtok_kind;

typedef struct sx__chtok {
	sx__chtok_kind k;
	const char *s;  /* start in the text */
	size_t n;       /* length in the text */
	char text[128]; /* identifier unquoted, string contents, parameter or
			 * operator (truncated) */
} sx__chtok;

typedef struct sx__chlex {
	const char *src;
	sx__chtok *v;    /* heap (free it); v[n] .. v[n + 3] are END */
	size_t n, cap;
	const char *err; /* a lexical error (static text), or NULL */
	const char *err_at, *err_hint;
} sx__chlex;

/* Tokenizes src into l (SX_ENOMEM or 0); a lexical error stops it with
 * l->err set, keeping the tokens before it. */
int sx__ch_lex(const char *src, sx__chlex *l);

/* chsql.c: ClickHouse SELECT / INSERT / load SQL: the tokenizer's checks,
 * catalog binding, version features, lints and, with SX_VALIDATE_SERVER
 * and ch_url, the server's analyser on read-only LIMIT 0 wrappers. ddl
 * (may be NULL) is the artifact set's ClickHouse target DDL: a load target
 * it creates is not reported missing from the server. */
int sx__ch_sql(const sx_validate_ctx *ctx, const char *sql, sx_artifact_kind art, bool load,
	       const char *ddl, sx_finding_list *out, sx_error *err);

/* explain.c: why sql may not be sent to a server as a read-only query
 * (a static string), or NULL when it is exactly one plain SELECT. *rc is
 * set non-zero when the check itself failed (out of memory). */
const char *sx__pg_not_a_plain_select(const char *sql, sx_error *err, int *rc);

/* A finding at byte at of src (line and column 0 when at is NULL), of
 * severity sev, or the rule's when sev < 0. */
int sx__vfinding_at(sx_finding_list *out, int sev, const char *rule, sx_artifact_kind art,
		    const char *src, const char *at, const char *hint, const char *fmt, va_list ap);

/* Rule defaults from the table (severity and category). */
int sx__finding(sx_finding_list *out, const char *rule, sx_artifact_kind art, int line, int col,
		const char *hint, const char *fmt, ...) SX_PRINTF(7, 8);
int sx__finding_sev(sx_finding_list *out, sx_severity sev, const char *rule,
		    sx_artifact_kind art, int line, int col, const char *hint,
		    const char *fmt, ...) SX_PRINTF(8, 9);

#endif
