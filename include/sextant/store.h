/*
 * sextant/store.h - the workspace: one SQLite file that keeps the analysed
 * catalogs (and, as later modules land, the map, vectors, caches and the
 * agents' history).
 *
 * Location: --workspace DIR, else $SEXTANT_WORKSPACE, else
 * $XDG_DATA_HOME/sextant/. The file is DIR/workspace.db. It runs in WAL
 * mode with a busy timeout so two processes can share it. Its schema is
 * versioned with PRAGMA user_version and migrated forward on open.
 *
 * One sx_store belongs to one thread at a time; open another for another
 * thread.
 */
#ifndef SEXTANT_STORE_H
#define SEXTANT_STORE_H

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
void sx_store_close(sx_store *st);
const char *sx_store_dir(const sx_store *st);
const char *sx_store_path(const sx_store *st);
/* The raw handle, for modules that keep their own tables here. */
struct sqlite3 *sx_store_db(sx_store *st);
/* The schema version this build writes. */
int sx_store_schema_version(void);

/* Moves a corrupt workspace file aside (workspace.db.corrupt-<time>) and
 * creates a fresh one. Writes the backup path into backup (may be NULL). */
int sx_store_rebuild(const char *dir, char *backup, size_t n, sx_error *err);

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

/* Transactions for callers that write several things at once. begin takes
 * the write lock at once (BEGIN IMMEDIATE), so a busy workspace shows here
 * (SX_EBUSY after the busy timeout), not half way through. rollback is a
 * no-op outside a transaction. */
int sx_store_begin(sx_store *st, sx_error *err);
int sx_store_commit(sx_store *st, sx_error *err);
void sx_store_rollback(sx_store *st);
bool sx_store_in_transaction(sx_store *st);

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
 * letter, is SX_EINVAL. Pass int64_t values with an explicit cast.
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

#ifdef __cplusplus
}
#endif
#endif
