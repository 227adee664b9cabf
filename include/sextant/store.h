/*
 * sextant/store.h - the workspace: one SQLite file that keeps the analysed
 * catalogs, the tables modules keep there (map, vectors, caches) and the
 * agents' run history (the sx_history_* functions at the end).
 *
 * Location: --workspace DIR, else $SEXTANT_WORKSPACE, else
 * $XDG_DATA_HOME/sextant/. The file is DIR/workspace.db. It runs in WAL
 * mode with a busy timeout so two processes can share it. Its schema is
 * versioned with PRAGMA user_version and migrated forward on open.
 *
 * A location that is a postgresql:// (or postgres://) URL opens a shared
 * workspace instead: the store-owned data (catalog, settings, module
 * versions, run history, decisions) lives in a schema of that database
 * ($SEXTANT_WORKSPACE_SCHEMA, default "sextant"), and a local SQLite
 * replica ($SEXTANT_LOCAL_DIR, else $XDG_DATA_HOME/sextant/shared/HASH)
 * holds a copy of the catalog with the same ids and the tables of modules
 * that use sx_store_db (see sx_store_migrate). docs/team.md says what is
 * shared and what stays local.
 *
 * One sx_store belongs to one thread at a time; open another for another
 * thread.
 */
#ifndef SEXTANT_STORE_H
#define SEXTANT_STORE_H

#include <sextant/artifact.h>
#include <sextant/catalog.h>
#include <sextant/core.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sx_store sx_store;
struct sqlite3;

#define SX_STORE_FILE "workspace.db"

/* Resolves the workspace directory (flag, env, XDG) into out. */
int sx_store_resolve_dir(const char *flag_dir, char *out, size_t n, sx_error *err);

/* Opens (creating DIR and the file when missing) and migrates. Errors:
 * SX_EIO when DIR is not writable, SX_ECORRUPT when the file is not a
 * workspace (the message offers `sextant workspace rebuild`), SX_EBUSY when
 * it stays locked beyond the busy timeout. */
int sx_store_open(sx_store **out, const char *dir, sx_error *err);
/* Opens a shared workspace in schema (NULL: $SEXTANT_WORKSPACE_SCHEMA, else
 * "sextant"; lower-case letters, digits and _). The URL may carry no
 * password worth keeping: libpq reads ~/.pgpass, PGPASSWORD or a service
 * file. Errors: SX_EIO (cannot connect), SX_EINVAL (bad schema name),
 * SX_EUNSUPPORTED (newer schema), SX_ECORRUPT (the schema holds something
 * else). */
int sx_store_open_shared(sx_store **out, const char *url, const char *schema, sx_error *err);
/* Whether a location is a shared workspace's URL (postgresql://, postgres://). */
bool sx_store_is_url_like(const char *location);
void sx_store_close(sx_store *st);
/* The directory: for a shared workspace, its local replica's. */
const char *sx_store_dir(const sx_store *st);
/* The file, or the shared workspace's URL without its password. */
const char *sx_store_path(const sx_store *st);
/* The raw handle, for modules that keep their own tables here. On a
 * shared workspace this is the local replica: tables migrated with
 * sx_store_migrate live there, not on the shared database. */
struct sqlite3 *sx_store_db(sx_store *st);
/* Whether this is a shared (PostgreSQL) workspace. */
bool sx_store_is_shared(const sx_store *st);
/* The search vectors of one database (vectors.c, both backends): what a
 * client needs to build its FAISS index without embedding, and what
 * `workspace push/pull` carry. The bytes are canonical (little-endian on
 * every host; format in src/store/vectors.c and docs/team.md). */
typedef struct sx_store_vecset {
	int64_t database_id;
	uint64_t hash;      /* sx_store_vecset_hash of vec_key, vectors and docs */
	uint64_t vec_key;   /* the embedder, its dimensions, the index parameters */
	uint64_t terms_key; /* what the documents' terms were analysed from */
	int dim;
	int64_t count;       /* vectors */
	int64_t corpus_docs; /* tables in the workspace when they were built */
	char kind[8];        /* "flat" or "hnsw" */
	unsigned char *vectors; /* count x dim float32, each little-endian (owned) */
	size_t vectors_len;
	unsigned char *docs; /* per table: schema and table name, terms (owned) */
	size_t docs_len;
} sx_store_vecset;
/* The content hash of a set: 64-bit FNV-1a over a tag, vec_key (8 bytes
 * little-endian), the vectors' and the docs' canonical bytes. */
uint64_t sx_store_vecset_hash(const sx_store_vecset *v);
/* The stored sets, without their blobs (*out malloc'd, caller frees). */
int sx_store_vectors_list(sx_store *st, sx_store_vecset **out, size_t *n, sx_error *err);
/* One database's set with its blobs (release with sx_store_vecset_release);
 * *found false when there is none. */
int sx_store_vectors_get(sx_store *st, int64_t database_id, sx_store_vecset *out, bool *found,
			 sx_error *err);
/* Stores a database's set, replacing the previous one in one statement
 * (inside the caller's transaction when one is open). */
int sx_store_vectors_put(sx_store *st, const sx_store_vecset *v, sx_error *err);
void sx_store_vecset_release(sx_store_vecset *v);
/* Who decides, for the decision log: the PostgreSQL login on a shared
 * workspace, $USER on a local one, unless set (the CLI sets [user] name). */
const char *sx_store_user(const sx_store *st);
void sx_store_set_user(sx_store *st, const char *name);
/* Whether the last failed helper statement broke a foreign key. */
bool sx_store_fk_failed(sx_store *st);
/* The schema version this build writes. */
int sx_store_schema_version(void);

/* Moves a corrupt workspace file aside (workspace.db.corrupt-<time>, with
 * its -wal and -shm), creates a fresh one, and salvages into it what the old
 * file still yields of what analysis cannot recreate: the workspace
 * settings (meta) and the run history. Writes the backup path into backup
 * (may be NULL). The old file is never modified. */
int sx_store_rebuild(const char *dir, char *backup, size_t n, sx_error *err);
/* The same, and *report (caller owns; may be NULL) = {"readable": false
 * when the old file could not be opened at all, "rows": {table: rows
 * copied}, "unreadable": [tables that were damaged or whose rows could not
 * all be read], "header_repaired": true when the file's header had to be
 * rebuilt to read it}; {} when there was no old file. Pass *report to sx_store_salvage to add the tables
 * of other modules (map decisions) after migrating them in the fresh
 * store. */
int sx_store_rebuild_salvage(const char *dir, char *backup, size_t n, cJSON **report,
			     sx_error *err);
/* Copies the rows that can still be read from the named tables of the
 * damaged workspace file `from` into st (the tables must exist in st:
 * migrate their module first), in one transaction (or a savepoint in the
 * caller's). Only columns both files have are copied; rows st refuses (a
 * constraint) are dropped; reading resumes past damaged pages. Adds the
 * counts to report (see sx_store_rebuild_salvage). Damage in `from` is
 * reported, not returned: errors are only for writing into st. */
int sx_store_salvage(sx_store *st, const char *from, const char *const *tables, size_t ntables,
		     cJSON *report, sx_error *err);

/* Replaces everything stored for db->name with db, in one transaction
 * (its own, or the caller's when one is open: sx_store_begin first to save
 * more with it atomically).
 * Sets db->id and every table's id. */
int sx_store_save_database(sx_store *st, sx_database *db, sx_error *err);
/* Loads every stored database (or only `name`, when not NULL) into cat. */
int sx_store_load(sx_store *st, sx_catalog *cat, const char *name, sx_error *err);
/* Deletes a database and all its entries. SX_ENOTFOUND when unknown. */
int sx_store_delete_database(sx_store *st, const char *name, sx_error *err);

/* Summary of stored databases as a JSON array of objects with name, kind,
 * dsn (redacted), server_version, analysed_at and counts. Caller owns. */
int sx_store_list_sources(sx_store *st, cJSON **out, sx_error *err);

/* Small key/value table for settings that belong to the workspace. */
int sx_store_meta_get(sx_store *st, const char *key, char **out, sx_error *err);
int sx_store_meta_set(sx_store *st, const char *key, const char *value, sx_error *err);

/* Modules keep their own tables in the workspace, each versioned on its
 * own (table store_modules): steps[i] is the SQL that takes the module from
 * version i to i+1. Pending steps run in one transaction: their own
 * IMMEDIATE one, or a savepoint inside the caller's when one is open (a
 * failing step then undoes only the migration, and the caller's transaction
 * stays usable). Tables that hang off a database should reference
 * databases(id) ON DELETE CASCADE so that re-analysis replaces them; data
 * that must survive re-analysis (a user's decisions, the run history) is
 * keyed by names or run ids instead. Errors: SX_EUNSUPPORTED when the file
 * holds a newer version of the module than nsteps. */
int sx_store_migrate(sx_store *st, const char *module, const char *const *steps,
		     size_t nsteps, sx_error *err);
/* The same for modules whose tables are read and written only through the
 * query helpers below, in the subset of SQL both backends speak: on a
 * shared workspace their tables live on the shared database (steps are
 * SQLite DDL, translated: INTEGER PRIMARY KEY -> BIGSERIAL, INTEGER ->
 * BIGINT, REAL -> DOUBLE PRECISION, BLOB -> BYTEA, WITHOUT ROWID dropped,
 * and tables without an integer key get a `rowid BIGSERIAL` column so that
 * ORDER BY rowid keeps insertion order), migrated under an advisory lock so
 * that clients that start together migrate once. */
int sx_store_migrate_shared(sx_store *st, const char *module, const char *const *steps,
			    size_t nsteps, sx_error *err);

/* Transactions for callers that write several things at once. begin takes
 * the write lock at once (BEGIN IMMEDIATE), so a busy workspace shows here
 * (SX_EBUSY after the busy timeout), not half way through. rollback is a
 * no-op outside a transaction. */
int sx_store_begin(sx_store *st, sx_error *err);
int sx_store_commit(sx_store *st, sx_error *err);
void sx_store_rollback(sx_store *st);
bool sx_store_in_transaction(sx_store *st);
/* A read snapshot for several queries that must agree (a no-op inside a
 * transaction). Pass the token begin returned to end. */
int sx_store_snapshot_begin(sx_store *st);
/* The same snapshot for readers that may also write a little (the search
 * storing vectors it had to embed): REPEATABLE READ without READ ONLY on
 * PostgreSQL, a deferred transaction on SQLite. Ended by snapshot_end. */
int sx_store_snapshot_begin_rw(sx_store *st);
void sx_store_snapshot_end(sx_store *st, int token);

/* Savepoints, so that a module can write inside a caller's transaction and
 * undo only its own part. name: 1-64 characters of [A-Za-z0-9_]
 * (SX_EINVAL otherwise). release keeps the changes (they commit with the
 * enclosing transaction); rollback_to undoes everything since the savepoint
 * and drops it, leaving the enclosing transaction open. A savepoint opened
 * outside any transaction starts a deferred one, ended by its release. */
int sx_store_savepoint(sx_store *st, const char *name, sx_error *err);
int sx_store_release(sx_store *st, const char *name, sx_error *err);
void sx_store_rollback_to(sx_store *st, const char *name);

/* The nesting-aware form most writers want:
 *     bool nested = sx_store_in_transaction(st);
 *     if ((rc = sx_store_tx_begin(st, "mymod", err))) return rc;
 *     ... writes ...; on failure sx_store_tx_rollback(st, "mymod", nested);
 *     return sx_store_tx_commit(st, "mymod", nested, err);
 * tx_begin opens a savepoint inside a caller's transaction and its own
 * IMMEDIATE transaction otherwise; commit/rollback close whichever it was. */
int sx_store_tx_begin(sx_store *st, const char *name, sx_error *err);
int sx_store_tx_commit(sx_store *st, const char *name, bool nested, sx_error *err);
void sx_store_tx_rollback(sx_store *st, const char *name, bool nested);

/* Reading and writing module-owned tables without hand-written binding
 * code. Every value travels as a bound parameter, described by `types`,
 * one letter per `?` in sql, in order, each taking one variadic argument:
 *   's' const char * (NULL binds NULL)   'i' int   'l' int64_t
 *   'd' double                           'n' NULL (takes no argument)
 * A count that does not match the statement's parameters, or an unknown
 * letter, is SX_EINVAL. Pass int64_t values with an explicit cast. (err
 * comes before sql here, unlike elsewhere, because the values are
 * variadic.) At most 64 values.
 *
 * The same calls run on a shared workspace: `?` and `?N` become `$N`,
 * values are sent as text parameters typed by their letter ('s' untyped,
 * so PostgreSQL infers it from the context), and a statement inside a
 * transaction runs under its own savepoint so that a failing one leaves the
 * transaction usable, as in SQLite. Write SQL both speak: upserts as
 * INSERT ... ON CONFLICT(cols) DO UPDATE SET x = excluded.x (not INSERT OR
 * REPLACE), RETURNING instead of last_insert_rowid, no LIMIT -1, no
 * two-argument max(); qualify target columns in ON CONFLICT updates.
 *
 * query_json: *out = a JSON array with one object per row, keyed by the
 * column names (use AS to name expressions); INTEGER and REAL become
 * numbers (integers beyond 2^53 lose precision), TEXT strings, NULL and
 * BLOB null (read blobs through sx_store_db). Caller owns *out.
 * query_one_json: the first row's object; SX_ENOTFOUND when there is none.
 * exec_bind: runs one statement; *changes (may be NULL) = rows changed. */
int sx_store_query_json(sx_store *st, cJSON **out, sx_error *err, const char *sql,
			const char *types, ...);
int sx_store_query_one_json(sx_store *st, cJSON **out, sx_error *err, const char *sql,
			    const char *types, ...);
int sx_store_exec_bind(sx_store *st, int64_t *changes, sx_error *err, const char *sql,
		       const char *types, ...);

/* ------------------------------------------------------------ decisions
 *
 * The user's accept/reject of a relationship, kept by the store (module
 * "decisions") so that a shared workspace shares them: decisions holds the
 * current one per (database, rel_key), the last one written wins;
 * decision_log keeps every decision with who (sx_store_user) and when. A
 * status of NULL or "proposed" withdraws the decision (logged too). */
int sx_store_decide(sx_store *st, const char *database, const char *rel_key, const char *rel_id,
		    const char *status, sx_error *err);
/* *out = [{database, rel_key, id, status, decided_by, decided_at}]. */
int sx_store_decisions(sx_store *st, cJSON **out, sx_error *err);
/* *out = the log, oldest first (database NULL: all; limit 0: all):
 * [{seq, database, rel_key, id, status, decided_by, decided_at}]. */
int sx_store_decision_log(sx_store *st, const char *database, size_t limit, cJSON **out,
			  sx_error *err);

/* ------------------------------------------------------------ copying
 *
 * `workspace push/pull`: copies from one workspace into another (either
 * backend): every stored catalog (re-saved: the target gives new ids) with
 * its search vectors, the decisions and their log, and the runs the target
 * does not have with all their rows. Not copied by the store: the tables
 * of modules above it (the map, the agents' run tables: pass a hook), the
 * local search index files
 * (rebuilt from the copied vectors), the LLM cache and run_memory vectors.
 * *report (may be NULL) = {"databases": n, "vector_sets": n, "decisions":
 * n, "runs": n}. One transaction on the target. */
typedef struct sx_store_copy_hook {
	/* the source's catalog, loaded (ids of `from`), before it is saved */
	int (*loaded)(void *payload, sx_store *from, sx_catalog *cat, sx_error *err);
	/* the same objects once saved into `to` (ids of `to`), inside the
	 * copy's transaction */
	int (*saved)(void *payload, sx_store *to, sx_catalog *cat, sx_error *err);
	void *payload;
	/* NULL-terminated names of the tables modules above the store keep
	 * per run (a run_id column; the agents' plans, votes, questions,
	 * thoughts): their rows go with each run copied, every column both
	 * sides have (the caller migrates them on both sides first). */
	const char *const *run_tables;
} sx_store_copy_hook;
int sx_store_copy_with(sx_store *from, sx_store *to, const sx_store_copy_hook *hook, cJSON **report,
                       sx_error *err);
int sx_store_copy(sx_store *from, sx_store *to, cJSON **report, sx_error *err);

/* ------------------------------------------------------------ run history
 *
 * The agents' runs, kept in the workspace by the store itself (module
 * "history", tables runs and run_*; see docs/internals/store.md). Every
 * row hangs off runs(id) ON DELETE CASCADE, never off databases(id), so
 * re-analysing a source keeps the history, and pruning a run takes all of
 * it. Nothing here may hold a secret or a sampled PII value: callers pass
 * text that is already masked. Every value is a bound parameter.
 *
 * Each call is its own statement (atomic on its own) and joins a caller's
 * transaction when one is open. Functions that name a run return
 * SX_ENOTFOUND when it does not exist. The tables are created on first use
 * (sx_history_migrate). */

typedef enum {
	SX_RUN_RUNNING = 0,
	SX_RUN_DONE,
	SX_RUN_FAILED,
	SX_RUN_CANCELLED,
	SX_RUN_INTERRUPTED /* the process died mid-run (sx_history_mark_interrupted) */
} sx_run_status;

/* "running", "done", "failed", "cancelled", "interrupted". */
const char *sx_run_status_name(sx_run_status s);
/* -1 when unknown. */
int sx_run_status_parse(const char *name);

/* A run id is a ULID: 26 characters of Crockford base32, time-ordered, so
 * ids sort by creation. */
#define SX_RUN_ID_SIZE 27

typedef struct sx_run_info {
	const char *intent;       /* the user's words */
	const char *request_json; /* the whole request as JSON text (may be NULL) */
	const char *provider;     /* "builtin" or a configured endpoint name */
	const char *models;       /* JSON text of agent -> model (may be NULL) */
	double threshold;         /* quality threshold of the run */
} sx_run_info;

typedef struct sx_run_step {
	const char *step;   /* the step's id within the run (required) */
	const char *agent;  /* "planner", "sql_expert", ... */
	const char *status; /* "running", "done", "failed", "skipped", ... */
	const char *model;  /* NULL in built-in mode */
	int64_t tokens_in, tokens_out;
	double cost;
} sx_run_step;

typedef struct sx_run_tool_call {
	const char *agent, *tool;
	const char *args_json; /* the arguments as JSON text, PII masked */
	const char *status;    /* "ok", "error", "refused", "budget" */
	int64_t duration_ms, result_bytes;
} sx_run_tool_call;

typedef struct sx_run_iteration {
	int n; /* 0 for the first draft, then one per reflection cycle */
	double score, delta;
	size_t errors, warnings, infos; /* findings counts */
	const char *diff; /* unified diff against iteration n-1 (may be NULL) */
} sx_run_iteration;

/* Creates the history tables or brings them up to date. */
int sx_history_migrate(sx_store *st, sx_error *err);

/* Starts a run: status running, created_at now, this process's pid (and
 * its start time and host name, so that a later process can tell a dead
 * run from a live one). Writes the new id into id. */
int sx_history_run_create(sx_store *st, const sx_run_info *info, char id[SX_RUN_ID_SIZE],
			  sx_error *err);
int sx_history_run_set_status(sx_store *st, const char *id, sx_run_status status, sx_error *err);
/* Ends a run: status, finished_at now, the final score (NAN: none) and
 * usage_json (tokens, cost, cache hits per model; may be NULL). */
int sx_history_run_finish(sx_store *st, const char *id, sx_run_status status, double score,
			  const char *usage_json, sx_error *err);
/* Resolves a full id or a unique prefix of one (at least 4 characters)
 * into id. SX_ENOTFOUND, or SX_EINVAL when the prefix is ambiguous. */
int sx_history_resolve(sx_store *st, const char *prefix, char id[SX_RUN_ID_SIZE], sx_error *err);

/* Inserts or updates a step (keyed by run and step id). The first call
 * sets started_at; a status other than "running" sets finished_at. */
int sx_history_step(sx_store *st, const char *run_id, const sx_run_step *step, sx_error *err);
/* Appends an event; *seq (may be NULL) = its number within the run, from 1. */
int sx_history_event(sx_store *st, const char *run_id, const char *type, const char *agent,
		     const char *step, const char *json, int64_t *seq, sx_error *err);
/* Appends a tool call to the run's audit log; *seq as for events. */
int sx_history_tool_call(sx_store *st, const char *run_id, const sx_run_tool_call *call,
			 int64_t *seq, sx_error *err);
/* Stores an iteration's artifacts / findings, replacing what that
 * iteration had. One savepoint each: all or nothing. */
int sx_history_put_artifacts(sx_store *st, const char *run_id, int iteration,
			     const sx_artifact_set *set, sx_error *err);
int sx_history_put_findings(sx_store *st, const char *run_id, int iteration,
			    const sx_finding_list *findings, sx_error *err);
int sx_history_put_iteration(sx_store *st, const char *run_id, const sx_run_iteration *it,
			     sx_error *err);
/* Records the user's verdict (the latest one counts). */
int sx_history_feedback(sx_store *st, const char *run_id, bool accepted, const char *note,
			sx_error *err);

/* Runs, newest first (at most limit; 0: all), as a JSON array of
 * {id, created_at, finished_at, intent, provider, status, score, threshold,
 * iterations, findings, feedback}. Caller owns *out. */
int sx_history_list_runs(sx_store *st, size_t limit, cJSON **out, sx_error *err);
/* One run as a JSON object: the run's columns (request, models and usage
 * parsed back into JSON), steps, iterations, artifacts, findings,
 * tool_calls, feedback and, when with_events, events. Caller owns *out. */
int sx_history_get_run(sx_store *st, const char *id, bool with_events, cJSON **out, sx_error *err);

/* At startup: every run still marked running whose process is gone (no
 * such pid, or a pid reused by a process that started later) becomes
 * interrupted, with its running steps. Runs of another host are left
 * alone: their processes cannot be seen from here. *marked may be NULL. */
int sx_history_mark_interrupted(sx_store *st, size_t *marked, sx_error *err);
/* Retention: deletes finished runs created more than max_age_days ago
 * (0: no age limit) and runs beyond the newest keep_last (0: no count
 * limit), with everything that hangs off them. Running runs are kept.
 * *removed may be NULL. */
int sx_history_prune(sx_store *st, int max_age_days, size_t keep_last, size_t *removed,
		     sx_error *err);

#ifdef __cplusplus
}
#endif
#endif
