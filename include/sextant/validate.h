/*
 * sextant/validate.h - the QA validators: real checks of generated (or
 * hand-written) artifacts, turned into findings and a documented score.
 *
 * Everything here judges text by real machinery only: libpg_query's
 * PostgreSQL grammar, the catalog of the source database, the map's
 * relationships and PII classes, a live PostgreSQL server (EXPLAIN in a
 * read-only transaction, never ANALYZE), a live ClickHouse server (the
 * target DDL created in a scratch database, then dropped), SQLite's own
 * sqlite3_prepare_v2 on a read-only handle, and python3's ast module.
 * Nothing asks a model. docs/validate.md lists every rule id and the score
 * formula.
 *
 * Threads: a validation call uses only what it is given; the context is
 * read, never written, so several calls may run at once over the same
 * catalog and map.
 *
 * Ownership: the context borrows everything it points to. Findings are
 * appended to a caller-owned sx_finding_list (sextant/artifact.h).
 *
 * Errors: the validators report problems in the artifacts as findings and
 * return 0. They return a negative SX_E* code only when validation itself
 * could not run (out of memory, bad arguments); a server that cannot be
 * reached is a finding (rule "server.unreachable"), not a failure.
 */
#ifndef SEXTANT_VALIDATE_H
#define SEXTANT_VALIDATE_H

#include <sextant/artifact.h>
#include <sextant/catalog.h>
#include <sextant/core.h>
#include <sextant/map.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Flags of sx_validate_ctx.flags. */
enum {
	SX_VALIDATE_SERVER = 1u << 0,  /* EXPLAIN on pg_conninfo, DDL on ch_url */
	SX_VALIDATE_PYTEST = 1u << 1,  /* run python_tests with pytest */
	SX_VALIDATE_LOAD = 1u << 2,    /* sx_validate_sql: the SQL is a load */
	SX_VALIDATE_MASK_PII = 1u << 3 /* policy: PII must be masked (errors) */
};

typedef struct sx_validate_ctx {
	const sx_catalog *cat;      /* the source catalog; NULL: no binding */
	const sx_database *db;      /* the source database in cat; NULL: the
				     * only one, or all of them */
	const sx_dbmap *map;        /* relationships and PII; may be NULL */
	sx_db_kind source_dialect;  /* SX_DB_POSTGRES, SX_DB_SQLITE, ... */
	sx_db_kind target_engine;   /* SX_DB_CLICKHOUSE, SX_DB_POSTGRES, ... */
	const char *target_version; /* "18.16.1"; NULL: ask the server or
				     * assume a current one */
	const char *pg_conninfo;    /* source server for EXPLAIN; may be NULL */
	const char *sqlite_path;    /* the SQLite source file; may be NULL */
	const char *ch_url;         /* target ClickHouse (http://host:port);
				     * may be NULL */
	const char *schedule;       /* the requested cron schedule; may be NULL */
	const char *run_id;         /* names the ClickHouse scratch database
				     * (sx_validate_<run_id>); NULL: pid+time */
	const char *python;         /* interpreter; NULL: /usr/bin/python3 or
				     * python3 on PATH */
	long statement_timeout_ms;  /* server checks; 0: 5000 */
	int64_t large_table_rows;   /* "large" for scans; 0: 100000 */
	int data_days;              /* days of data in a full load; 0: unknown */
	unsigned flags;             /* SX_VALIDATE_* */
	atomic_int *cancel;         /* optional (Ctrl-C): a ClickHouse request in
				     * flight is aborted and killed, scratch
				     * databases dropped, SX_ECANCELLED */
} sx_validate_ctx;

/* A context with the defaults above (no catalog, PostgreSQL source,
 * ClickHouse target, no servers). */
void sx_validate_ctx_init(sx_validate_ctx *ctx);

/* Validates every artifact of the set by its kind and language and appends
 * the findings to out (out initialised by the caller). SQL artifacts in the
 * PostgreSQL dialect are parsed and bound against ctx->cat; target DDL in
 * the ClickHouse dialect is checked against ctx->target_version; Python
 * artifacts are linted with python3's ast; every artifact is scanned for
 * secrets. Returns 0, or SX_ENOMEM / SX_EINVAL. */
int sx_validate_artifacts(const sx_validate_ctx *ctx, const sx_artifact_set *arts,
			  sx_finding_list *out, sx_error *err);

/* One SQL text in ctx->source_dialect, reported as artifact kind art
 * (SX_ART_SELECT_SQL for a free-standing query; SX_VALIDATE_LOAD in flags
 * applies the load rules). With SX_VALIDATE_SERVER and a pg_conninfo, a
 * single SELECT is also EXPLAINed. This is the agents' validate_sql tool. */
int sx_validate_sql(const sx_validate_ctx *ctx, const char *sql, sx_artifact_kind art,
		    sx_finding_list *out, sx_error *err);

/* EXPLAIN (FORMAT JSON) of one SELECT on ctx->pg_conninfo, in a read-only
 * transaction with ctx->statement_timeout_ms. Refuses anything but one
 * plain SELECT (finding "server.not-explainable"). Adds findings
 * (estimated rows and cost, sequential scans of large tables, server
 * errors with their position) and, when plan is not NULL, sets *plan to the
 * server's JSON plan (caller frees with cJSON_Delete). The explain_sql tool. */
int sx_validate_explain(const sx_validate_ctx *ctx, const char *sql, sx_artifact_kind art,
			sx_finding_list *out, cJSON **plan, sx_error *err);

/* Runs one SELECT on ctx->pg_conninfo with at most limit rows (1..1000)
 * in a read-only transaction with ctx->statement_timeout_ms: the agents'
 * run_preview tool. The same guard as EXPLAIN (one plain SELECT, else
 * "server.not-explainable"); the artifact is wrapped as
 * SELECT * FROM (<sql>) AS sx_preview LIMIT $1. Values of output columns
 * that carry personal data by the map (bare, cast or through CTEs, not
 * inside a masking function; all columns when the binder cannot see them)
 * are replaced by "***" before they leave this function. *rows is an array
 * of {column: text or null} objects (caller frees), NULL when nothing ran;
 * findings say what happened ("server.preview", "server.error", ...). */
int sx_validate_preview(const sx_validate_ctx *ctx, const char *sql, long limit,
			sx_finding_list *out, cJSON **rows, sx_error *err);

/* ClickHouse target DDL: feature and key checks against the target's
 * version and, with SX_VALIDATE_SERVER and ch_url, a real CREATE in a
 * scratch database that is dropped afterwards. */
int sx_validate_ch_ddl(const sx_validate_ctx *ctx, const char *ddl, sx_finding_list *out,
		       sx_error *err);

/* The interpreter the Python checks run: ctx->python (NULL when it is not
 * executable), else /usr/bin/python3 (where Debian's pytest lives), else
 * python3 on PATH (written into found), else NULL. ctx may be NULL. */
const char *sx_validate_python_path(const sx_validate_ctx *ctx, char *found, size_t size);

/* Python source (a DAG, a transform, tests) linted by data/validate/
 * pycheck.py through python3. Without python3: one info finding. */
int sx_validate_python(const sx_validate_ctx *ctx, const char *src, sx_artifact_kind art,
		       sx_finding_list *out, sx_error *err);

/* Runs the tests text against the transform module text with
 * `python3 -m pytest -q` in a fresh temporary directory (the module is
 * written as module_name.py) and turns failures into findings. */
int sx_validate_pytest(const sx_validate_ctx *ctx, const char *module_name,
		       const char *transform, const char *tests, sx_finding_list *out,
		       sx_error *err);

/* Hard-coded secrets (passwords, tokens, keys, connection strings with a
 * password) in any text. */
int sx_validate_secrets(const char *text, sx_artifact_kind art, sx_finding_list *out,
			sx_error *err);

/* ---------------------------------------------------------------- try */

/* Running a generated pipeline on a sample (`sextant pipeline try`, the QA
 * step's --try): the SELECT on the source in a read-only transaction with a
 * statement timeout and a bounded window; the target DDL created in a
 * scratch schema (PostgreSQL), a scratch database (ClickHouse) or a
 * temporary SQLite file; the rows staged the way the load reads them and
 * the load run; data tests (row counts, grain keys not null and unique,
 * each measure's sum reconciled with the source window); the load run
 * again (idempotence); the scratch objects dropped — always, also on an
 * error or a cancel. Every step is a finding with its numbers (rules
 * try.*, docs/validate.md). The source is never written. */
typedef struct sx_try_opts {
	const char *run_id;          /* names the scratch objects (required) */
	sx_db_kind source_kind;      /* SX_DB_POSTGRES or SX_DB_SQLITE */
	const char *source;          /* PostgreSQL conninfo or URI; SQLite path
				      * (a "sqlite:" prefix is dropped) */
	sx_db_kind target_kind;      /* the engine of target_ddl and load_sql */
	const char *target;          /* PostgreSQL conninfo, ClickHouse URL;
				      * ignored for SQLite (a temporary file);
				      * NULL for the others: unreachable */
	const char *select_sql, *target_ddl, *load_sql; /* the run's artifacts */
	const char *target_table;    /* the table the DDL creates */
	const char *const *measures; /* NULL-terminated output names; NULL:
				      * every numeric column outside the grain */
	bool has_time;               /* the spec has a time column: window on
				      * the first date/timestamp output */
	int window_days;             /* last N days of it; 0: 7 */
	long limit;                  /* at most this many rows; 0: 10000 */
	long statement_timeout_ms;   /* each statement; 0: 30000 */
	atomic_int *cancel;          /* optional: stop, clean up, SX_ECANCELLED */
} sx_try_opts;

/* Runs the five steps; findings go to out, and *report (may be NULL; the
 * caller frees it) receives the numbers as JSON: {scratch, window,
 * source: {rows, sums}, target: {reachable, rows, sums, null_keys,
 * duplicate_keys}, second: {rows, sums}, keys, measures, dropped}.
 * Returns 0 whatever the findings; SX_ECANCELLED after cleaning up when
 * the cancel flag was raised; SX_EINVAL / SX_ENOMEM. */
int sx_validate_try(const sx_try_opts *o, sx_finding_list *out, cJSON **report, sx_error *err);

/* ---------------------------------------------------------------- score */

/* The score of a list of findings, 0..10 with one decimal, by the formula
 * of docs/validate.md. An empty list scores 10. */
double sx_validate_score(const sx_finding_list *findings);
/* The formula's inputs and result as JSON (counts per severity, penalty per
 * category before and after its cap, the error ceiling, the score), so a
 * reader can recompute the score. NULL on OOM. */
cJSON *sx_validate_score_json(const sx_finding_list *findings);

/* ---------------------------------------------------------------- rules */

typedef struct sx_validate_rule {
	const char *id;          /* "sql.unknown-column" */
	sx_severity severity;    /* the usual severity */
	sx_finding_cat category;
	const char *summary;     /* one line */
} sx_validate_rule;

/* The documented rules (a static table). */
const sx_validate_rule *sx_validate_rules(size_t *n);
const sx_validate_rule *sx_validate_rule_find(const char *id);

#ifdef __cplusplus
}
#endif
#endif
