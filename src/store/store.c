/*
 * store.c - the workspace file: schema, migrations, saving and loading
 * catalogs.
 *
 * Layout (schema version 1, PRAGMA user_version):
 *   meta(key, value)                       format marker and settings
 *   databases(id, name UNIQUE, kind, ...)  one row per analysed source
 *   tables(id, database_id -> databases ON DELETE CASCADE, ...)
 *   columns(table_id -> tables, position, ...)
 *   constraints(table_id -> tables, kind 'p'|'u'|'f'|'i'|'t', ...)
 *                                          't': a partition folded into the
 *                                          table (name, bound in predicate)
 *   store_modules(module, version)         per-module schema versions
 * Column lists are stored joined by U+001F (unit separator), which cannot
 * appear in a sane identifier and keeps loading free of JSON parsing.
 *
 * Saving a database deletes its old rows (cascading) and inserts the new
 * ones inside one IMMEDIATE transaction: readers in other processes see the
 * old catalog or the new one, never a mix. WAL mode lets them read while we
 * write; busy_timeout makes writers wait for each other.
 *
 * Modules write inside a caller's transaction through savepoints
 * (sx_store_tx_begin picks SAVEPOINT or BEGIN IMMEDIATE); migrations do the
 * same. Module-owned tables are read and written through the bound-value
 * helpers sx_store_query_json / sx_store_exec_bind. The run history lives
 * in history.c, the salvage of a damaged file for `workspace rebuild` in
 * salvage.c.
 *
 * Backends: every public function first looks at st->bk. A PostgreSQL
 * store (store_pg.c) runs the store-owned data on the shared database and
 * hands modules that still use the raw handle its local SQLite replica;
 * the query helpers translate `?` placeholders and run on the shared
 * database. See store_int.h and docs/internals/store.md.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store_int.h"

#define SCHEMA_VERSION 1
#define FORMAT_MARK "sextant-workspace"
#define SEP "\x1f"

/* shared with store_pg.c, which translates it for PostgreSQL */
const char *const sx__store_core_ddl =
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
	"CREATE TABLE databases("
	" id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
	" dsn TEXT, server_version TEXT, analysed_at TEXT, round_trips INTEGER,"
	" warnings TEXT);"
	"CREATE TABLE tables("
	" id INTEGER PRIMARY KEY,"
	" database_id INTEGER NOT NULL REFERENCES databases(id) ON DELETE CASCADE,"
	" schema_name TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,"
	" comment TEXT, definition TEXT, row_count INTEGER, rows_exact INTEGER,"
	" size_bytes INTEGER, without_rowid INTEGER, engine TEXT, partition_key TEXT,"
	" sorting_key TEXT, primary_key_expr TEXT, npartitions INTEGER,"
	" n_ins INTEGER, n_upd INTEGER, n_del INTEGER, n_live INTEGER, n_dead INTEGER,"
	" last_analyze TEXT, last_autovacuum TEXT,"
	" UNIQUE(database_id, schema_name, name));"
	"CREATE TABLE columns("
	" table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,"
	" position INTEGER NOT NULL, name TEXT NOT NULL, type TEXT, family TEXT,"
	" nullable INTEGER, generated INTEGER, default_expr TEXT, gen_expr TEXT,"
	" comment TEXT, PRIMARY KEY(table_id, position)) WITHOUT ROWID;"
	"CREATE TABLE constraints("
	" id INTEGER PRIMARY KEY,"
	" table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,"
	" kind TEXT NOT NULL, name TEXT, columns TEXT NOT NULL, ref_schema TEXT,"
	" ref_table TEXT, ref_columns TEXT, on_delete TEXT, on_update TEXT,"
	" is_unique INTEGER, is_primary INTEGER, method TEXT, predicate TEXT);"
	"CREATE INDEX constraints_table ON constraints(table_id);"
	"CREATE INDEX tables_database ON tables(database_id);"
	"CREATE TABLE store_modules(module TEXT PRIMARY KEY, version INTEGER NOT NULL)"
	" WITHOUT ROWID;"
	"INSERT INTO meta VALUES('format','" FORMAT_MARK "');";

/* Migrations of the core schema: steps[i] takes version i to i+1. */
static const char *const *const core_steps[] = {&sx__store_core_ddl};

int sx_store_schema_version(void)
{
	return SCHEMA_VERSION;
}

/* Flags a damaged workspace so that the CLI can offer the rebuild without
 * reading the message. */
static int rebuild_hint(sx_error *err)
{
	if (err)
		err->flags |= SX_ERRF_REBUILD;
	return SX_ECORRUPT;
}

static int db_error(sx_store *st, sx_error *err, const char *what)
{
	int ext = sqlite3_extended_errcode(st->h);
	char msg[512];
	size_t i;
	/* SQLite's message may quote the file's own (untrusted) schema text:
	 * one line, no control characters */
	snprintf(msg, sizeof msg, "%s", sqlite3_errmsg(st->h));
	for (i = 0; msg[i]; i++)
		if ((unsigned char)msg[i] < 0x20 || msg[i] == 0x7f)
			msg[i] = ' ';
	switch (ext & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return sx_error_set(err, SX_EBUSY, "workspace '%s' is busy (%s): %s", st->path, what,
				    msg);
	case SQLITE_NOTADB:
	case SQLITE_CORRUPT:
		/* leave the file as it was found: closing must not checkpoint
		 * a WAL (a stale one of another file, say) into it, or the
		 * pages a rebuild could still salvage are overwritten */
		sqlite3_db_config(st->h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
		sx_error_set(err, SX_ECORRUPT,
			     "workspace '%s' is corrupt (%s); run 'sextant workspace rebuild' "
			     "to move it aside and start a fresh one",
			     st->path, msg);
		return rebuild_hint(err);
	case SQLITE_READONLY:
	case SQLITE_CANTOPEN:
	case SQLITE_PERM:
		return sx_error_set(err, SX_EIO, "workspace '%s' is not writable: %s", st->path, msg);
	case SQLITE_FULL:
		return sx_error_set(err, SX_EIO, "disk full writing workspace '%s'", st->path);
	case SQLITE_NOMEM:
		return sx_error_set(err, SX_ENOMEM, "out of memory (%s)", what);
	default:
		return sx_error_set(err, SX_EIO, "workspace '%s': %s: %s", st->path, what, msg);
	}
}

static int exec(sx_store *st, const char *sql, sx_error *err)
{
	if (sqlite3_exec(st->h, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_error(st, err, "statement");
	return 0;
}

static const char *text(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

static int64_t i64_or(sqlite3_stmt *s, int i, int64_t def)
{
	return sqlite3_column_type(s, i) == SQLITE_NULL ? def : sqlite3_column_int64(s, i);
}

int sx_store_resolve_dir(const char *flag_dir, char *out, size_t n, sx_error *err)
{
	const char *env = getenv("SEXTANT_WORKSPACE");
	int w;
	if (flag_dir && *flag_dir)
		w = snprintf(out, n, "%s", flag_dir);
	else if (env && *env)
		w = snprintf(out, n, "%s", env);
	else if (sx_path_data_dir(out, n) == 0)
		return 0;
	else
		return sx_error_set(err, SX_EINVAL,
				    "no workspace directory: set HOME, XDG_DATA_HOME or use --workspace");
	if (w < 0 || (size_t)w >= n)
		return sx_error_set(err, SX_EINVAL, "workspace path too long");
	return 0;
}

/* On PostgreSQL the shared transaction and the local replica's one open
 * and close together, the shared one first to commit: when it fails the
 * local one is rolled back, so the replica never runs ahead. */
int sx_store_begin(sx_store *st, sx_error *err)
{
	int rc;
	if (st->bk == SX__BK_PG) {
		if ((rc = sx__pg_exec(st, "BEGIN", err)))
			return rc;
		if ((rc = sx_store_begin(st->local, err)))
			sx__pg_exec(st, "ROLLBACK", NULL);
		return rc;
	}
	return exec(st, "BEGIN IMMEDIATE", err);
}

int sx_store_commit(sx_store *st, sx_error *err)
{
	int rc;
	if (st->bk == SX__BK_PG) {
		st->sp_top[0] = '\0';
		/* PostgreSQL answers COMMIT of a failed transaction with a
		 * rollback, not an error: say so */
		if (PQtransactionStatus(st->pg) == PQTRANS_INERROR) {
			sx_store_rollback(st);
			return sx_error_set(err, SX_EIO,
					    "shared workspace '%s': a statement failed earlier in this "
					    "transaction; nothing was saved",
					    st->path);
		}
		if ((rc = sx__pg_exec(st, "COMMIT", err))) {
			sx__pg_exec(st, "ROLLBACK", NULL);
			sx_store_rollback(st->local);
			return rc;
		}
		return sx_store_commit(st->local, err);
	}
	return exec(st, "COMMIT", err);
}

void sx_store_rollback(sx_store *st)
{
	if (st->bk == SX__BK_PG) {
		st->sp_top[0] = '\0';
		if (PQtransactionStatus(st->pg) != PQTRANS_IDLE)
			sx__pg_exec(st, "ROLLBACK", NULL);
		sx_store_rollback(st->local);
		return;
	}
	if (!sqlite3_get_autocommit(st->h))
		sqlite3_exec(st->h, "ROLLBACK", NULL, NULL, NULL);
}

bool sx_store_in_transaction(sx_store *st)
{
	if (st->bk == SX__BK_PG)
		return PQtransactionStatus(st->pg) != PQTRANS_IDLE;
	return sqlite3_get_autocommit(st->h) == 0;
}

int sx_store_snapshot_begin(sx_store *st)
{
	if (sx_store_in_transaction(st))
		return 0;
	if (st->bk == SX__BK_PG)
		return sx__pg_exec(st, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", NULL) ? 0
											     : 1;
	return sqlite3_exec(st->h, "BEGIN", NULL, NULL, NULL) == SQLITE_OK ? 1 : 0;
}

int sx_store_snapshot_begin_rw(sx_store *st)
{
	if (sx_store_in_transaction(st))
		return 0;
	if (st->bk == SX__BK_PG)
		return sx__pg_exec(st, "BEGIN ISOLATION LEVEL REPEATABLE READ", NULL) ? 0 : 1;
	/* SQLite: deferred, so that other writers are not held up while a
	 * session loads. A deferred transaction that has read cannot become
	 * a writer while another connection writes (SQLITE_BUSY at once, no
	 * busy wait): a write in it must be optional (the search's stored
	 * vectors are: publish() only notes the failure), never a step that
	 * fails the open. */
	return sqlite3_exec(st->h, "BEGIN", NULL, NULL, NULL) == SQLITE_OK ? 1 : 0;
}

void sx_store_snapshot_end(sx_store *st, int token)
{
	if (!token)
		return;
	if (st->bk == SX__BK_PG)
		sx__pg_exec(st, "COMMIT", NULL);
	else
		sqlite3_exec(st->h, "COMMIT", NULL, NULL, NULL);
}

/* Savepoint names cannot be bound, so they are limited to identifier
 * characters and then quoted: no caller text reaches the SQL otherwise. */
static int savepoint_sql(char *sql, size_t n, const char *verb, const char *name, sx_error *err)
{
	size_t i, len = name ? strlen(name) : 0;
	if (len == 0 || len > 64)
		return sx_error_set(err, SX_EINVAL, "bad savepoint name");
	for (i = 0; i < len; i++)
		if (!(name[i] == '_' || (name[i] >= 'a' && name[i] <= 'z') ||
		      (name[i] >= 'A' && name[i] <= 'Z') || (name[i] >= '0' && name[i] <= '9')))
			return sx_error_set(err, SX_EINVAL, "bad savepoint name '%s'", name);
	snprintf(sql, n, "%s \"%s\"", verb, name);
	return 0;
}

int sx_store_savepoint(sx_store *st, const char *name, sx_error *err)
{
	char sql[96];
	int rc;
	if ((rc = savepoint_sql(sql, sizeof sql, "SAVEPOINT", name, err)))
		return rc;
	if (st->bk == SX__BK_PG) {
		/* PostgreSQL has no savepoint outside a transaction: open one
		 * and remember that releasing this savepoint ends it, as in
		 * SQLite */
		bool outer = !sx_store_in_transaction(st);
		if (outer && (rc = sx_store_begin(st, err)))
			return rc;
		if ((rc = sx__pg_exec(st, sql, err)) ||
		    (rc = sx_store_savepoint(st->local, name, err))) {
			if (outer)
				sx_store_rollback(st);
			return rc;
		}
		if (outer)
			snprintf(st->sp_top, sizeof st->sp_top, "%s", name);
		return 0;
	}
	return exec(st, sql, err);
}

int sx_store_release(sx_store *st, const char *name, sx_error *err)
{
	char sql[96];
	int rc;
	if ((rc = savepoint_sql(sql, sizeof sql, "RELEASE", name, err)))
		return rc;
	if (st->bk == SX__BK_PG) {
		if (st->sp_top[0] && strcmp(st->sp_top, name) == 0) {
			st->sp_top[0] = '\0';
			return sx_store_commit(st, err);
		}
		if ((rc = sx__pg_exec(st, sql, err)))
			return rc;
		return sx_store_release(st->local, name, err);
	}
	return exec(st, sql, err);
}

void sx_store_rollback_to(sx_store *st, const char *name)
{
	char sql[96];
	sx_error ignore;
	if (st->bk == SX__BK_PG) {
		if (!sx_store_in_transaction(st) ||
		    savepoint_sql(sql, sizeof sql, "ROLLBACK TO SAVEPOINT", name, &ignore))
			return;
		if (st->sp_top[0] && strcmp(st->sp_top, name) == 0) {
			st->sp_top[0] = '\0';
			sx_store_rollback(st);
			return;
		}
		if (sx__pg_exec(st, sql, NULL) == 0) {
			savepoint_sql(sql, sizeof sql, "RELEASE SAVEPOINT", name, &ignore);
			sx__pg_exec(st, sql, NULL);
		}
		sx_store_rollback_to(st->local, name);
		return;
	}
	/* Some errors (a full disk, a lost lock) roll the whole transaction
	 * back already; then there is nothing left to undo. */
	if (!sx_store_in_transaction(st) ||
	    savepoint_sql(sql, sizeof sql, "ROLLBACK TO", name, &ignore))
		return;
	if (sqlite3_exec(st->h, sql, NULL, NULL, NULL) == SQLITE_OK) {
		savepoint_sql(sql, sizeof sql, "RELEASE", name, &ignore);
		sqlite3_exec(st->h, sql, NULL, NULL, NULL);
	}
}

int sx_store_tx_begin(sx_store *st, const char *name, sx_error *err)
{
	return sx_store_in_transaction(st) ? sx_store_savepoint(st, name, err)
					   : sx_store_begin(st, err);
}

int sx_store_tx_commit(sx_store *st, const char *name, bool nested, sx_error *err)
{
	return nested ? sx_store_release(st, name, err) : sx_store_commit(st, err);
}

void sx_store_tx_rollback(sx_store *st, const char *name, bool nested)
{
	if (nested)
		sx_store_rollback_to(st, name);
	else
		sx_store_rollback(st);
}

static int user_version(sx_store *st, int *v, sx_error *err)
{
	sqlite3_stmt *s;
	int rc;
	if (sqlite3_prepare_v2(st->h, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK)
		return db_error(st, err, "reading schema version");
	rc = sqlite3_step(s);
	*v = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : db_error(st, err, "reading schema version");
}

/* Checks that an existing, non-empty file is a Sextant workspace. */
static int check_format(sx_store *st, int version, sx_error *err)
{
	sqlite3_stmt *s;
	int rc, ntables = 0;
	bool ok = false;

	if (sqlite3_prepare_v2(st->h, "SELECT count(*) FROM sqlite_schema", -1, &s, NULL) != SQLITE_OK)
		return db_error(st, err, "reading");
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		ntables = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW)
		return db_error(st, err, "reading");
	if (version == 0 && ntables == 0)
		return 0; /* a new file */
	if (sqlite3_prepare_v2(st->h, "SELECT value FROM meta WHERE key = 'format'", -1, &s, NULL) ==
	    SQLITE_OK) {
		if (sqlite3_step(s) == SQLITE_ROW) {
			const char *v = (const char *)sqlite3_column_text(s, 0);
			ok = v && strcmp(v, FORMAT_MARK) == 0;
		}
		sqlite3_finalize(s);
	}
	if (!ok) {
		sx_error_set(err, SX_ECORRUPT,
			     "'%s' is not a Sextant workspace (or it is damaged); run "
			     "'sextant workspace rebuild' to move it aside and start a fresh one",
			     st->path);
		return rebuild_hint(err);
	}
	if (version > SCHEMA_VERSION)
		return sx_error_set(err, SX_EUNSUPPORTED,
				    "workspace '%s' has schema version %d, newer than this sextant "
				    "(%d); upgrade sextant",
				    st->path, version, SCHEMA_VERSION);
	return 0;
}

static int migrate_core(sx_store *st, sx_error *err)
{
	int v, rc;
	char sql[64];

	if ((rc = sx_store_begin(st, err)))
		return rc;
	if ((rc = user_version(st, &v, err)) || (rc = check_format(st, v, err)))
		goto fail;
	for (; v < SCHEMA_VERSION; v++) {
		if ((rc = exec(st, *core_steps[v], err)))
			goto fail;
		snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v + 1);
		if ((rc = exec(st, sql, err)))
			goto fail;
	}
	return sx_store_commit(st, err);
fail:
	sx_store_rollback(st);
	return rc;
}

/* Switches a new file to WAL. Changing the journal mode needs an exclusive
 * lock and SQLite does not call the busy handler for it, so when several
 * processes create the workspace at once we retry by hand. A file already
 * in WAL mode is left alone (reading the mode takes no lock). */
static int set_wal(sx_store *st, sx_error *err)
{
	int tries;
	for (tries = 0; tries < 500; tries++) {
		sqlite3_stmt *s;
		int rc;
		bool wal = false;
		if (sqlite3_prepare_v2(st->h, "PRAGMA journal_mode", -1, &s, NULL) != SQLITE_OK)
			return db_error(st, err, "journal mode");
		rc = sqlite3_step(s);
		if (rc == SQLITE_ROW)
			wal = sqlite3_stricmp((const char *)sqlite3_column_text(s, 0), "wal") == 0;
		sqlite3_finalize(s);
		if (rc != SQLITE_ROW && (rc & 0xff) != SQLITE_BUSY)
			return db_error(st, err, "journal mode");
		if (wal)
			return 0;
		if (rc == SQLITE_ROW &&
		    sqlite3_exec(st->h, "PRAGMA journal_mode = WAL", NULL, NULL, NULL) == SQLITE_OK)
			continue; /* read it back */
		if ((sqlite3_extended_errcode(st->h) & 0xff) != SQLITE_BUSY)
			return db_error(st, err, "journal mode");
		usleep(10000);
	}
	return db_error(st, err, "journal mode");
}

int sx_store_open(sx_store **out, const char *dir, sx_error *err)
{
	sx_store *st;
	struct stat sb;
	int rc;

	*out = NULL;
	if (sx__store_is_url(dir))
		return sx__pg_open(out, dir, NULL, err);
	if (stat(dir, &sb) == 0 && !S_ISDIR(sb.st_mode))
		return sx_error_set(err, SX_EIO, "workspace '%s' is not a directory", dir);
	if ((rc = sx_mkdir_p(dir, err)))
		return sx_error_prefix(err, "cannot create workspace");
	if (access(dir, W_OK | X_OK) != 0)
		return sx_error_set(err, SX_EIO, "workspace directory '%s' is not writable: %s", dir,
				    strerror(errno));
	st = sx_calloc(1, sizeof *st);
	if (!st)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	snprintf(st->dir, sizeof st->dir, "%s", dir);
	snprintf(st->path, sizeof st->path, "%s/" SX_STORE_FILE, dir);
	snprintf(st->user, sizeof st->user, "%s",
		 getenv("USER") && *getenv("USER") ? getenv("USER") : "unknown");
	if (sqlite3_open_v2(st->path, &st->h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
	    SQLITE_OK) {
		rc = st->h ? db_error(st, err, "open")
			   : sx_error_set(err, SX_ENOMEM, "out of memory");
		goto fail;
	}
	sqlite3_busy_timeout(st->h, 5000);
	sqlite3_extended_result_codes(st->h, 1);
	/* journal_mode=WAL is the first statement that reads the header, so
	 * it is where a non-database file shows up. */
	if ((rc = set_wal(st, err)) || (rc = exec(st, "PRAGMA foreign_keys = ON", err)) ||
	    (rc = exec(st, "PRAGMA synchronous = NORMAL", err)))
		goto fail;
	if ((rc = migrate_core(st, err)))
		goto fail;
	*out = st;
	return 0;
fail:
	sx_store_close(st);
	return rc;
}

void sx_store_close(sx_store *st)
{
	if (!st)
		return;
	if (st->bk == SX__BK_PG)
		sx__pg_close(st);
	if (st->h)
		sqlite3_close(st->h);
	free(st);
}

const char *sx_store_dir(const sx_store *st)
{
	return st->dir;
}

const char *sx_store_path(const sx_store *st)
{
	return st->path;
}

sqlite3 *sx_store_db(sx_store *st)
{
	return st->bk == SX__BK_PG ? st->local->h : st->h;
}

bool sx_store_is_shared(const sx_store *st)
{
	return st->bk == SX__BK_PG;
}

const char *sx_store_user(const sx_store *st)
{
	return st->user;
}

void sx_store_set_user(sx_store *st, const char *name)
{
	if (name && *name)
		snprintf(st->user, sizeof st->user, "%s", name);
}

bool sx_store_fk_failed(sx_store *st)
{
	if (st->bk == SX__BK_PG)
		return st->fk_failed;
	return sqlite3_extended_errcode(st->h) == SQLITE_CONSTRAINT_FOREIGNKEY;
}

/* Tables of the store's own that a rebuild carries over: the workspace
 * settings and the run history, parents before children (the foreign keys
 * hold while copying). */
static const char *const keep_tables[] = {
	"meta",         "runs",         "run_steps",    "run_events",
	"run_tool_calls", "run_artifacts", "run_findings", "run_iterations",
	"run_feedback", "run_pitfalls", "run_lineage",  "run_memory",
	"pitfalls",     "decisions",    "decision_log",
};

/* Moves path (and its -wal/-shm) to a new name beside it. *moved says
 * whether there was a file to move. */
static int move_aside(const char *path, char *bak, size_t nbak, bool *moved, sx_error *err)
{
	static const char *const sidecars[] = {"-wal", "-shm"};
	char stamp[32], side[1300], from[1200];
	time_t t = time(NULL);
	struct tm tm;
	struct stat sb;
	size_t i;
	int k;

	gmtime_r(&t, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%S", &tm);
	snprintf(bak, nbak, "%s.corrupt-%s", path, stamp);
	/* two rebuilds within a second must not overwrite the first backup */
	for (k = 2; stat(bak, &sb) == 0 && k < 1000; k++)
		snprintf(bak, nbak, "%s.corrupt-%s-%d", path, stamp, k);
	*moved = rename(path, bak) == 0;
	if (!*moved && errno != ENOENT)
		return sx_error_set(err, SX_EIO, "cannot move '%s' aside: %s", path, strerror(errno));
	/* A stale WAL would be replayed into the fresh file: move it too. */
	for (i = 0; i < 2; i++) {
		snprintf(from, sizeof from, "%s%s", path, sidecars[i]);
		snprintf(side, sizeof side, "%s%s", bak, sidecars[i]);
		if (rename(from, side) != 0 && errno != ENOENT)
			return sx_error_set(err, SX_EIO, "cannot move '%s' aside", from);
	}
	return 0;
}

int sx_store_rebuild_salvage(const char *dir, char *backup, size_t n, cJSON **report,
			     sx_error *err)
{
	char path[1100], bak[1200];
	sx_store *st;
	cJSON *rep = NULL;
	bool moved;
	int rc;

	if (report)
		*report = NULL;
	if (sx__store_is_url(dir))
		return sx_error_set(err, SX_EUNSUPPORTED,
				    "a shared workspace is not rebuilt from a file: restore the "
				    "database from its backup, or 'workspace push' a local one");
	snprintf(path, sizeof path, "%s/" SX_STORE_FILE, dir);
	if ((rc = move_aside(path, bak, sizeof bak, &moved, err)))
		return rc;
	if (backup)
		snprintf(backup, n, "%s", bak);
	if ((rc = sx_store_open(&st, dir, err)))
		return rc;
	rep = cJSON_CreateObject();
	if (!rep) {
		sx_store_close(st);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	/* the history tables must exist in the fresh file to receive rows */
	if (moved && !(rc = sx_history_migrate(st, err))) {
		cJSON *none = NULL;
		/* reading the decisions creates their tables */
		rc = sx_store_decisions(st, &none, err);
		cJSON_Delete(none);
	}
	if (moved && !rc)
		rc = sx_store_salvage(st, bak, keep_tables, sizeof keep_tables / sizeof *keep_tables,
				      rep, err);
	sx_store_close(st);
	if (rc || !report)
		cJSON_Delete(rep);
	else
		*report = rep;
	return rc;
}

int sx_store_rebuild(const char *dir, char *backup, size_t n, sx_error *err)
{
	return sx_store_rebuild_salvage(dir, backup, n, NULL, err);
}

static int module_version(sx_store *st, const char *module, size_t *v, sx_error *err)
{
	sqlite3_stmt *s;
	int rc;
	*v = 0;
	if (sqlite3_prepare_v2(st->h, "SELECT version FROM store_modules WHERE module = ?", -1, &s,
			       NULL) != SQLITE_OK)
		return db_error(st, err, "module versions");
	sqlite3_bind_text(s, 1, module, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*v = (size_t)sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_error(st, err, "module versions");
}

/* Inside a caller's transaction the steps run under a savepoint, so a
 * failing step undoes only itself and the caller decides about the rest;
 * otherwise they get their own IMMEDIATE transaction. An up-to-date module
 * (the common case, on every open) takes no write lock at all. */
int sx_store_migrate(sx_store *st, const char *module, const char *const *steps, size_t nsteps,
		     sx_error *err)
{
	sqlite3_stmt *s;
	int rc;
	size_t v = 0;
	bool nested;

	/* on a shared store, modules that use the raw handle keep their
	 * tables in the local replica */
	if (st->bk == SX__BK_PG)
		return sx_store_migrate(st->local, module, steps, nsteps, err);
	nested = sx_store_in_transaction(st);
	if ((rc = module_version(st, module, &v, err)))
		return rc;
	if (v == nsteps)
		return 0;
	if ((rc = sx_store_tx_begin(st, "sx_migrate", err)))
		return rc;
	/* read again under the lock: another process may have migrated */
	if ((rc = module_version(st, module, &v, err)))
		goto fail;
	if (v > nsteps) {
		rc = sx_error_set(err, SX_EUNSUPPORTED,
				  "workspace '%s' has %s schema version %zu, newer than this sextant",
				  st->path, module, v);
		goto fail;
	}
	for (; v < nsteps; v++)
		if ((rc = exec(st, steps[v], err)))
			goto fail;
	if (sqlite3_prepare_v2(st->h, "INSERT OR REPLACE INTO store_modules VALUES(?, ?)", -1, &s,
			       NULL) != SQLITE_OK) {
		rc = db_error(st, err, "module versions");
		goto fail;
	}
	sqlite3_bind_text(s, 1, module, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 2, (int)nsteps);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		rc = db_error(st, err, "module versions");
		goto fail;
	}
	return sx_store_tx_commit(st, "sx_migrate", nested, err);
fail:
	sx_store_tx_rollback(st, "sx_migrate", nested);
	return rc;
}

int sx_store_migrate_shared(sx_store *st, const char *module, const char *const *steps,
			    size_t nsteps, sx_error *err)
{
	if (st->bk == SX__BK_PG)
		return sx__pg_migrate(st, module, steps, nsteps, err);
	return sx_store_migrate(st, module, steps, nsteps, err);
}

/* ------------------------------------------------------------ module rows */

/* Reads the values described by types (see store.h) from ap. At most
 * SX__MAXVALS values: more is SX_EINVAL. */
#define SX__MAXVALS 64

static int vals_va(sx__val *v, size_t *n, const char *types, va_list ap, sx_error *err)
{
	size_t i, len = types ? strlen(types) : 0;
	if (len > SX__MAXVALS)
		return sx_error_set(err, SX_EINVAL, "too many values (%zu)", len);
	for (i = 0; i < len; i++) {
		memset(&v[i], 0, sizeof v[i]);
		v[i].type = types[i];
		switch (types[i]) {
		case 's':
			v[i].s = va_arg(ap, const char *);
			break;
		case 'i':
			v[i].l = va_arg(ap, int);
			break;
		case 'l':
			v[i].l = va_arg(ap, int64_t);
			break;
		case 'd':
			v[i].d = va_arg(ap, double);
			break;
		case 'n':
			break;
		default:
			return sx_error_set(err, SX_EINVAL, "unknown bind type '%c'", types[i]);
		}
	}
	*n = len;
	return 0;
}

static int bind_vals(sx_store *st, sqlite3_stmt *s, size_t n, const sx__val *v, sx_error *err)
{
	size_t i;
	if ((int)n != sqlite3_bind_parameter_count(s))
		return sx_error_set(err, SX_EINVAL, "%zu values for %d parameters", n,
				    sqlite3_bind_parameter_count(s));
	for (i = 0; i < n; i++) {
		int rc, k = (int)i + 1;
		switch (v[i].type) {
		case 's':
			rc = v[i].s ? sqlite3_bind_text(s, k, v[i].s, -1, SQLITE_TRANSIENT)
				    : sqlite3_bind_null(s, k);
			break;
		case 'i':
		case 'l':
			rc = sqlite3_bind_int64(s, k, v[i].l);
			break;
		case 'd':
			rc = sqlite3_bind_double(s, k, v[i].d);
			break;
		case 'n':
			rc = sqlite3_bind_null(s, k);
			break;
		default:
			return sx_error_set(err, SX_EINVAL, "unknown bind type '%c'", v[i].type);
		}
		if (rc != SQLITE_OK)
			return db_error(st, err, "binding");
	}
	return 0;
}

static int prepare_vals(sx_store *st, sqlite3_stmt **s, const char *sql, size_t n,
			const sx__val *v, sx_error *err)
{
	int rc;
	if (sqlite3_prepare_v2(st->h, sql, -1, s, NULL) != SQLITE_OK)
		return db_error(st, err, "preparing a query");
	if ((rc = bind_vals(st, *s, n, v, err))) {
		sqlite3_finalize(*s);
		*s = NULL;
	}
	return rc;
}

/* The current row as an object keyed by column names. Integers and reals
 * become numbers, text strings, NULL and blobs null. */
static cJSON *row_json(sqlite3_stmt *s)
{
	cJSON *o = cJSON_CreateObject();
	int i, n = sqlite3_column_count(s);
	for (i = 0; o && i < n; i++) {
		const char *name = sqlite3_column_name(s, i);
		cJSON *v;
		switch (sqlite3_column_type(s, i)) {
		case SQLITE_INTEGER:
			v = cJSON_CreateNumber((double)sqlite3_column_int64(s, i));
			break;
		case SQLITE_FLOAT:
			v = cJSON_CreateNumber(sqlite3_column_double(s, i));
			break;
		case SQLITE_TEXT:
			v = cJSON_CreateString(text(s, i));
			break;
		default:
			v = cJSON_CreateNull();
		}
		if (!v || !cJSON_AddItemToObject(o, name ? name : "?", v)) {
			cJSON_Delete(v);
			cJSON_Delete(o);
			return NULL;
		}
	}
	return o;
}

int sx__store_query_vals(sx_store *st, cJSON **out, bool one, sx_error *err, const char *sql,
			 size_t n, const sx__val *v)
{
	sqlite3_stmt *s;
	cJSON *arr;
	int rc;

	*out = NULL;
	if (st->bk == SX__BK_PG)
		return sx__pg_run(st, out, one, NULL, err, sql, n, v);
	if ((rc = prepare_vals(st, &s, sql, n, v, err)))
		return rc;
	arr = cJSON_CreateArray();
	while (arr && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		cJSON *o = row_json(s);
		if (!o) {
			cJSON_Delete(arr);
			arr = NULL;
			break;
		}
		cJSON_AddItemToArray(arr, o);
		if (one)
			break;
	}
	if (!arr) {
		sqlite3_finalize(s);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		rc = db_error(st, err, "query");
		sqlite3_finalize(s);
		cJSON_Delete(arr);
		return rc;
	}
	sqlite3_finalize(s);
	return sx__store_rows_out(arr, one, out, err);
}

int sx__store_rows_out(cJSON *arr, bool one, cJSON **out, sx_error *err)
{
	if (!one) {
		*out = arr;
		return 0;
	}
	if (cJSON_GetArraySize(arr) == 0) {
		cJSON_Delete(arr);
		return sx_error_set(err, SX_ENOTFOUND, "no such row");
	}
	*out = cJSON_DetachItemFromArray(arr, 0);
	cJSON_Delete(arr);
	return 0;
}

int sx__store_exec_vals(sx_store *st, int64_t *changes, sx_error *err, const char *sql, size_t n,
			const sx__val *v)
{
	sqlite3_stmt *s;
	int rc;

	if (changes)
		*changes = 0;
	if (st->bk == SX__BK_PG)
		return sx__pg_run(st, NULL, false, changes, err, sql, n, v);
	if ((rc = prepare_vals(st, &s, sql, n, v, err)))
		return rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		;
	if (rc != SQLITE_DONE) {
		rc = db_error(st, err, "statement");
		sqlite3_finalize(s);
		return rc;
	}
	sqlite3_finalize(s);
	if (changes)
		*changes = sqlite3_changes64(st->h);
	return 0;
}

int sx_store_query_json(sx_store *st, cJSON **out, sx_error *err, const char *sql,
			const char *types, ...)
{
	sx__val v[SX__MAXVALS];
	size_t n = 0;
	va_list ap;
	int rc;
	*out = NULL;
	va_start(ap, types);
	rc = vals_va(v, &n, types, ap, err);
	va_end(ap);
	return rc ? rc : sx__store_query_vals(st, out, false, err, sql, n, v);
}

int sx_store_query_one_json(sx_store *st, cJSON **out, sx_error *err, const char *sql,
			    const char *types, ...)
{
	sx__val v[SX__MAXVALS];
	size_t n = 0;
	va_list ap;
	int rc;
	*out = NULL;
	va_start(ap, types);
	rc = vals_va(v, &n, types, ap, err);
	va_end(ap);
	return rc ? rc : sx__store_query_vals(st, out, true, err, sql, n, v);
}

int sx_store_exec_bind(sx_store *st, int64_t *changes, sx_error *err, const char *sql,
		       const char *types, ...)
{
	sx__val v[SX__MAXVALS];
	size_t n = 0;
	va_list ap;
	int rc;
	if (changes)
		*changes = 0;
	va_start(ap, types);
	rc = vals_va(v, &n, types, ap, err);
	va_end(ap);
	return rc ? rc : sx__store_exec_vals(st, changes, err, sql, n, v);
}

/* ------------------------------------------------------------ meta */

int sx_store_meta_get(sx_store *st, const char *key, char **out, sx_error *err)
{
	cJSON *row;
	int rc;
	*out = NULL;
	rc = sx_store_query_one_json(st, &row, err, "SELECT value FROM meta WHERE key = ?", "s",
				     key);
	if (rc == SX_ENOTFOUND)
		return sx_error_set(err, SX_ENOTFOUND, "no workspace setting '%s'", key);
	if (rc)
		return rc;
	*out = sx_strdup(sx_json_str(row, "value", ""));
	cJSON_Delete(row);
	return *out ? 0 : sx_error_set(err, SX_ENOMEM, "out of memory");
}

int sx_store_meta_set(sx_store *st, const char *key, const char *value, sx_error *err)
{
	/* the upsert both backends understand */
	return sx_store_exec_bind(st, NULL, err,
				  "INSERT INTO meta(key, value) VALUES(?, ?)"
				  " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
				  "ss", key, value);
}

/* ------------------------------------------------------------ save */

static void bind_str(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, i);
}

static void bind_i64(sqlite3_stmt *s, int i, int64_t v)
{
	if (v < 0)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_int64(s, i, v);
}

static void join_names(sx_buf *b, size_t n, const char *const *names)
{
	size_t i;
	sx_buf_clear(b);
	for (i = 0; i < n; i++) {
		if (i)
			sx_buf_puts(b, SEP);
		sx_buf_puts(b, names[i]);
	}
}

struct save {
	sx_store *st;
	sqlite3_stmt *tab, *col, *con;
	sx_buf b1, b2;
};

static int step_reset(sqlite3_stmt *s)
{
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return rc == SQLITE_DONE ? 0 : rc;
}

static int save_key(struct save *sv, int64_t table_id, const char *kind, const sx_key *k,
		    bool uniq, bool primary, const char *method, const char *predicate)
{
	sqlite3_stmt *s = sv->con;
	sqlite3_bind_int64(s, 1, table_id);
	sqlite3_bind_text(s, 2, kind, -1, SQLITE_STATIC);
	bind_str(s, 3, k->name);
	join_names(&sv->b1, k->ncols, k->cols);
	sqlite3_bind_text(s, 4, sx_buf_cstr(&sv->b1), -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(s, 10, uniq);
	sqlite3_bind_int(s, 11, primary);
	bind_str(s, 12, method);
	bind_str(s, 13, predicate);
	return step_reset(s);
}

static int save_table(struct save *sv, int64_t dbid, sx_table *t)
{
	sqlite3_stmt *s = sv->tab;
	size_t i;
	int rc;

	sqlite3_bind_int64(s, 1, dbid);
	bind_str(s, 2, t->schema->name);
	bind_str(s, 3, t->name);
	bind_str(s, 4, sx_rel_kind_name(t->kind));
	bind_str(s, 5, t->comment);
	bind_str(s, 6, t->definition);
	bind_i64(s, 7, t->row_count);
	sqlite3_bind_int(s, 8, t->rows_exact);
	bind_i64(s, 9, t->size_bytes);
	sqlite3_bind_int(s, 10, t->without_rowid);
	bind_str(s, 11, t->engine);
	bind_str(s, 12, t->partition_key);
	bind_str(s, 13, t->sorting_key);
	bind_str(s, 14, t->primary_key_expr);
	sqlite3_bind_int64(s, 15, (int64_t)t->npartitions);
	bind_i64(s, 16, t->stats.n_ins);
	bind_i64(s, 17, t->stats.n_upd);
	bind_i64(s, 18, t->stats.n_del);
	bind_i64(s, 19, t->stats.n_live);
	bind_i64(s, 20, t->stats.n_dead);
	bind_str(s, 21, t->stats.last_analyze);
	bind_str(s, 22, t->stats.last_autovacuum);
	if ((rc = step_reset(s)))
		return rc;
	t->id = sqlite3_last_insert_rowid(sv->st->h);

	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		s = sv->col;
		sqlite3_bind_int64(s, 1, t->id);
		sqlite3_bind_int(s, 2, c->position);
		bind_str(s, 3, c->name);
		bind_str(s, 4, c->type);
		bind_str(s, 5, sx_typefam_name(c->family));
		sqlite3_bind_int(s, 6, c->nullable);
		sqlite3_bind_int(s, 7, (int)c->generated);
		bind_str(s, 8, c->default_expr);
		bind_str(s, 9, c->gen_expr);
		bind_str(s, 10, c->comment);
		if ((rc = step_reset(s)))
			return rc;
	}
	if (t->pk.ncols && (rc = save_key(sv, t->id, "p", &t->pk, true, true, NULL, NULL)))
		return rc;
	for (i = 0; i < t->nuniques; i++)
		if ((rc = save_key(sv, t->id, "u", &t->uniques[i], true, false, NULL, NULL)))
			return rc;
	for (i = 0; i < t->nindexes; i++) {
		const sx_index *ix = &t->indexes[i];
		if ((rc = save_key(sv, t->id, "i", &ix->key, ix->unique, ix->primary, ix->method,
				   ix->predicate)))
			return rc;
	}
	for (i = 0; i < t->nparts; i++) {
		const sx_key k = {t->parts[i].name, 0, NULL};
		if ((rc = save_key(sv, t->id, "t", &k, false, false, NULL, t->parts[i].bound)))
			return rc;
	}
	for (i = 0; i < t->nfks; i++) {
		const sx_fk *fk = &t->fks[i];
		s = sv->con;
		sqlite3_bind_int64(s, 1, t->id);
		sqlite3_bind_text(s, 2, "f", -1, SQLITE_STATIC);
		bind_str(s, 3, fk->name);
		join_names(&sv->b1, fk->ncols, fk->cols);
		sqlite3_bind_text(s, 4, sx_buf_cstr(&sv->b1), -1, SQLITE_TRANSIENT);
		bind_str(s, 5, fk->ref_schema);
		bind_str(s, 6, fk->ref_table);
		if (fk->ref_cols) {
			join_names(&sv->b2, fk->ncols, fk->ref_cols);
			sqlite3_bind_text(s, 7, sx_buf_cstr(&sv->b2), -1, SQLITE_TRANSIENT);
		}
		bind_str(s, 8, fk->on_delete);
		bind_str(s, 9, fk->on_update);
		if ((rc = step_reset(s)))
			return rc;
	}
	return 0;
}

int sx_store_save_database(sx_store *st, sx_database *db, sx_error *err)
{
	struct save sv = {st, NULL, NULL, NULL, SX_BUF_INIT, SX_BUF_INIT};
	sqlite3_stmt *s = NULL;
	cJSON *warn;
	char *wtext;
	size_t i, j;
	int rc;
	/* Inside a caller's transaction (analyze saves the catalog and the map
	 * together) the caller commits or rolls back. */
	bool own;

	if (st->bk == SX__BK_PG)
		return sx__pg_save_database(st, db, err);
	own = sqlite3_get_autocommit(st->h) != 0;
	if (own && (rc = sx_store_begin(st, err)))
		return rc;
	if (sqlite3_prepare_v2(st->h, "DELETE FROM databases WHERE name = ?", -1, &s, NULL) !=
	    SQLITE_OK)
		goto dberr;
	sqlite3_bind_text(s, 1, db->name, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		goto dberr;
	sqlite3_finalize(s);
	s = NULL;
	if (sqlite3_prepare_v2(st->h,
			       "INSERT INTO databases(name, kind, dsn, server_version, analysed_at,"
			       " round_trips, warnings) VALUES(?,?,?,?,?,?,?)",
			       -1, &s, NULL) != SQLITE_OK)
		goto dberr;
	warn = cJSON_CreateArray();
	for (i = 0; i < db->nwarnings; i++)
		cJSON_AddItemToArray(warn, cJSON_CreateString(db->warnings[i]));
	wtext = cJSON_PrintUnformatted(warn);
	cJSON_Delete(warn);
	bind_str(s, 1, db->name);
	bind_str(s, 2, sx_db_kind_name(db->kind));
	bind_str(s, 3, db->dsn);
	bind_str(s, 4, db->server_version);
	bind_str(s, 5, db->analysed_at);
	sqlite3_bind_int64(s, 6, db->round_trips);
	bind_str(s, 7, wtext);
	free(wtext);
	if (sqlite3_step(s) != SQLITE_DONE)
		goto dberr;
	sqlite3_finalize(s);
	s = NULL;
	db->id = sqlite3_last_insert_rowid(st->h);

	if (sqlite3_prepare_v2(st->h,
			       "INSERT INTO tables(database_id, schema_name, name, kind, comment,"
			       " definition, row_count, rows_exact, size_bytes, without_rowid, engine,"
			       " partition_key, sorting_key, primary_key_expr, npartitions, n_ins,"
			       " n_upd, n_del, n_live, n_dead, last_analyze, last_autovacuum)"
			       " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
			       -1, &sv.tab, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(st->h,
			       "INSERT INTO columns VALUES(?,?,?,?,?,?,?,?,?,?)", -1, &sv.col,
			       NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(st->h,
			       "INSERT INTO constraints(table_id, kind, name, columns, ref_schema,"
			       " ref_table, ref_columns, on_delete, on_update, is_unique, is_primary,"
			       " method, predicate) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
			       -1, &sv.con, NULL) != SQLITE_OK)
		goto dberr;
	for (i = 0; i < db->nschemas; i++)
		for (j = 0; j < db->schemas[i]->ntables; j++)
			if (save_table(&sv, db->id, db->schemas[i]->tables[j]))
				goto dberr;
	if (sx_buf_failed(&sv.b1) || sx_buf_failed(&sv.b2)) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory saving '%s'", db->name);
		goto fail;
	}
	sqlite3_finalize(sv.tab);
	sqlite3_finalize(sv.col);
	sqlite3_finalize(sv.con);
	sx_buf_release(&sv.b1);
	sx_buf_release(&sv.b2);
	return own ? sx_store_commit(st, err) : 0;
dberr:
	rc = db_error(st, err, "saving the catalog");
fail:
	sqlite3_finalize(s);
	sqlite3_finalize(sv.tab);
	sqlite3_finalize(sv.col);
	sqlite3_finalize(sv.con);
	sx_buf_release(&sv.b1);
	sx_buf_release(&sv.b2);
	sx_store_rollback(st);
	return rc;
}

int sx_store_delete_database(sx_store *st, const char *name, sx_error *err)
{
	sqlite3_stmt *s;
	int rc;
	if (st->bk == SX__BK_PG)
		return sx__pg_delete_database(st, name, err);
	if (sqlite3_prepare_v2(st->h, "DELETE FROM databases WHERE name = ?", -1, &s, NULL) !=
	    SQLITE_OK)
		return db_error(st, err, "delete");
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return db_error(st, err, "delete");
	if (sqlite3_changes(st->h) == 0)
		return sx_error_set(err, SX_ENOTFOUND, "no database named '%s' in the workspace", name);
	return 0;
}

/* ------------------------------------------------------------ load */

/* Splits a SEP-joined list into an array in the catalog's arena. */
static const char **split_names(sx_catalog *cat, const char *joined, size_t *n)
{
	const char *p;
	const char **v;
	size_t count = 1, i = 0;

	*n = 0;
	if (!joined || !*joined)
		return NULL;
	for (p = joined; *p; p++)
		count += *p == SEP[0];
	v = sx_arena_alloc(cat->arena, count * sizeof *v);
	if (!v)
		return NULL;
	for (p = joined;; p++) {
		const char *e = strchr(p, SEP[0]);
		size_t len = e ? (size_t)(e - p) : strlen(p);
		v[i++] = sx_arena_strndup(cat->arena, p, len);
		if (!e)
			break;
		p = e;
	}
	*n = count;
	return v;
}

/* Tables of one database ordered by id, for merge-joining columns and
 * constraints that come ordered by table_id. */
struct loadctx {
	sx_catalog *cat;
	SX_VEC(sx_table *) tabs;
};

static sx_table *by_id(struct loadctx *lc, size_t *cursor, int64_t id)
{
	while (*cursor < lc->tabs.n && lc->tabs.v[*cursor]->id < id)
		(*cursor)++;
	return (*cursor < lc->tabs.n && lc->tabs.v[*cursor]->id == id) ? lc->tabs.v[*cursor] : NULL;
}

/* The database row itself: name, kind, connection facts, warnings. */
static int load_database_row(struct loadctx *lc, sqlite3_stmt *dbrow, sx_database **out,
			     sx_error *err)
{
	sx_catalog *cat = lc->cat;
	sx_db_kind kind = SX_DB_SQLITE;
	sx_database *db;
	cJSON *warn;

	sx_db_kind_parse(text(dbrow, 2), &kind);
	db = sx_catalog_add_database(cat, text(dbrow, 1) ? text(dbrow, 1) : "", kind);
	if (!db)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	db->id = sqlite3_column_int64(dbrow, 0);
	db->dsn = sx_catalog_str(cat, text(dbrow, 3));
	db->server_version = sx_catalog_str(cat, text(dbrow, 4));
	db->analysed_at = sx_catalog_str(cat, text(dbrow, 5));
	db->round_trips = sqlite3_column_int64(dbrow, 6);
	warn = cJSON_Parse(text(dbrow, 7) ? text(dbrow, 7) : "[]");
	if (cJSON_IsArray(warn)) {
		const cJSON *w;
		cJSON_ArrayForEach(w, warn)
		if (cJSON_IsString(w))
			sx_catalog_add_warning(cat, db, "%s", w->valuestring);
	}
	cJSON_Delete(warn);
	*out = db;
	return 0;
}

/* One tables row into t (already added to its schema). */
static void fill_table(sx_catalog *cat, sx_table *t, sqlite3_stmt *s)
{
	t->id = sqlite3_column_int64(s, 0);
	t->comment = sx_catalog_str(cat, text(s, 4));
	t->definition = sx_catalog_str(cat, text(s, 5));
	t->row_count = i64_or(s, 6, -1);
	t->rows_exact = sqlite3_column_int(s, 7) != 0;
	t->size_bytes = i64_or(s, 8, -1);
	t->without_rowid = sqlite3_column_int(s, 9) != 0;
	t->engine = sx_catalog_str(cat, text(s, 10));
	t->partition_key = sx_catalog_str(cat, text(s, 11));
	t->sorting_key = sx_catalog_str(cat, text(s, 12));
	t->primary_key_expr = sx_catalog_str(cat, text(s, 13));
	t->npartitions = (size_t)sqlite3_column_int64(s, 14);
	t->stats.n_ins = i64_or(s, 15, -1);
	t->stats.n_upd = i64_or(s, 16, -1);
	t->stats.n_del = i64_or(s, 17, -1);
	t->stats.n_live = i64_or(s, 18, -1);
	t->stats.n_dead = i64_or(s, 19, -1);
	t->stats.last_analyze = sx_catalog_str(cat, text(s, 20));
	t->stats.last_autovacuum = sx_catalog_str(cat, text(s, 21));
}

/* Tables of db, grouped into schemas; leaves lc->tabs sorted by id so
 * that columns and constraints (ordered by table id) merge-join. */
static int load_tables(sx_store *st, struct loadctx *lc, sx_database *db, sx_error *err)
{
	sx_catalog *cat = lc->cat;
	sx_schema *schema = NULL;
	sqlite3_stmt *s;
	size_t i, j;
	int rc;

	lc->tabs.n = 0;
	if (sqlite3_prepare_v2(st->h,
			       "SELECT id, schema_name, name, kind, comment, definition, row_count,"
			       " rows_exact, size_bytes, without_rowid, engine, partition_key,"
			       " sorting_key, primary_key_expr, npartitions, n_ins, n_upd, n_del,"
			       " n_live, n_dead, last_analyze, last_autovacuum"
			       " FROM tables WHERE database_id = ? ORDER BY schema_name, id",
			       -1, &s, NULL) != SQLITE_OK)
		return db_error(st, err, "loading the catalog");
	sqlite3_bind_int64(s, 1, db->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		sx_rel_kind rk = SX_REL_TABLE;
		sx_table *t;
		/* a damaged file can hold NULL where the schema says NOT NULL */
		const char *sname = text(s, 1) ? text(s, 1) : "", *kind = text(s, 3);
		if (!schema || strcmp(schema->name, sname) != 0)
			schema = sx_catalog_add_schema(cat, db, sname);
		if (kind)
			sx_rel_kind_parse(kind, &rk);
		if (!schema ||
		    !(t = sx_catalog_add_table(cat, schema, text(s, 2) ? text(s, 2) : "", rk)) ||
		    SX_VEC_PUSH(&lc->tabs, t)) {
			sqlite3_finalize(s);
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		}
		fill_table(cat, t, s);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return db_error(st, err, "loading the catalog");
	/* tables came ordered by schema then id; sort by id for the joins */
	for (i = 1; i < lc->tabs.n; i++) {
		sx_table *x = lc->tabs.v[i];
		for (j = i; j > 0 && lc->tabs.v[j - 1]->id > x->id; j--)
			lc->tabs.v[j] = lc->tabs.v[j - 1];
		lc->tabs.v[j] = x;
	}
	return 0;
}

static int load_columns(sx_store *st, struct loadctx *lc, int64_t dbid, sx_error *err)
{
	sx_catalog *cat = lc->cat;
	sqlite3_stmt *s;
	size_t cursor = 0;
	int rc;

	if (sqlite3_prepare_v2(st->h,
			       "SELECT c.table_id, c.name, c.type, c.family, c.nullable, c.generated,"
			       " c.default_expr, c.gen_expr, c.comment FROM columns c"
			       " JOIN tables t ON t.id = c.table_id WHERE t.database_id = ?"
			       " ORDER BY c.table_id, c.position",
			       -1, &s, NULL) != SQLITE_OK)
		return db_error(st, err, "loading the catalog");
	sqlite3_bind_int64(s, 1, dbid);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		sx_table *t = by_id(lc, &cursor, sqlite3_column_int64(s, 0));
		sx_column *c;
		if (!t)
			continue;
		c = sx_catalog_add_column(cat, t, text(s, 1), text(s, 2));
		if (!c) {
			sqlite3_finalize(s);
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		}
		c->family = sx_typefam_parse(text(s, 3) ? text(s, 3) : "other");
		c->nullable = sqlite3_column_int(s, 4) != 0;
		c->generated = (sx_gen_kind)sqlite3_column_int(s, 5);
		c->default_expr = sx_catalog_str(cat, text(s, 6));
		c->gen_expr = sx_catalog_str(cat, text(s, 7));
		c->comment = sx_catalog_str(cat, text(s, 8));
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : db_error(st, err, "loading the catalog");
}

/* One constraints row (kind p, u, i, f or t) onto its table; other kinds
 * (of a newer sextant) are left out. */
static void add_constraint(sx_catalog *cat, sx_table *t, sqlite3_stmt *s)
{
	const char *k = text(s, 1);
	const char **cols, **refs;
	size_t n, nref;

	cols = split_names(cat, text(s, 3), &n);
	switch (k[0]) {
	case 'p':
		t->pk.name = sx_catalog_str(cat, text(s, 2));
		t->pk.ncols = n;
		t->pk.cols = cols;
		break;
	case 'u':
		sx_catalog_add_unique(cat, t, text(s, 2), n, cols);
		break;
	case 'i': {
		sx_index *ix = sx_catalog_add_index(cat, t, text(s, 2), sqlite3_column_int(s, 9) != 0,
						    n, cols);
		if (ix) {
			ix->primary = sqlite3_column_int(s, 10) != 0;
			ix->method = sx_catalog_str(cat, text(s, 11));
			ix->predicate = sx_catalog_str(cat, text(s, 12));
		}
		break;
	}
	case 't':
		if (text(s, 2))
			sx_catalog_add_partition(cat, t, text(s, 2), text(s, 12));
		break;
	case 'f': {
		sx_fk *fk;
		refs = split_names(cat, text(s, 6), &nref);
		fk = sx_catalog_add_fk(cat, t, text(s, 2), n, cols, text(s, 4), text(s, 5),
				       nref == n ? refs : NULL);
		if (fk) {
			fk->on_delete = sx_catalog_str(cat, text(s, 7));
			fk->on_update = sx_catalog_str(cat, text(s, 8));
		}
		break;
	}
	}
}

static int load_constraints(sx_store *st, struct loadctx *lc, int64_t dbid, sx_error *err)
{
	sqlite3_stmt *s;
	size_t cursor = 0;
	int rc;

	if (sqlite3_prepare_v2(st->h,
			       "SELECT c.table_id, c.kind, c.name, c.columns, c.ref_schema,"
			       " c.ref_table, c.ref_columns, c.on_delete, c.on_update, c.is_unique,"
			       " c.is_primary, c.method, c.predicate FROM constraints c"
			       " JOIN tables t ON t.id = c.table_id WHERE t.database_id = ?"
			       " ORDER BY c.table_id, c.id",
			       -1, &s, NULL) != SQLITE_OK)
		return db_error(st, err, "loading the catalog");
	sqlite3_bind_int64(s, 1, dbid);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		sx_table *t = by_id(lc, &cursor, sqlite3_column_int64(s, 0));
		if (t && text(s, 1))
			add_constraint(lc->cat, t, s);
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : db_error(st, err, "loading constraints");
}

/* One stored database: its row, then tables, columns and constraints. */
static int load_one(sx_store *st, struct loadctx *lc, sqlite3_stmt *dbrow, sx_error *err)
{
	sx_database *db = NULL;
	int rc;

	if ((rc = load_database_row(lc, dbrow, &db, err)) || (rc = load_tables(st, lc, db, err)) ||
	    (rc = load_columns(st, lc, db->id, err)) || (rc = load_constraints(st, lc, db->id, err)))
		return rc;
	return 0;
}

int sx_store_load(sx_store *st, sx_catalog *cat, const char *name, sx_error *err)
{
	struct loadctx lc = {cat, {0}};
	sqlite3_stmt *s;
	int rc = 0, step;
	bool found = false, own;

	/* a shared store reads its replica, once brought up to date: ids
	 * are the shared ones, so module rows in the replica line up */
	if (st->bk == SX__BK_PG)
		return (rc = sx__pg_sync(st, err)) ? rc : sx_store_load(st->local, cat, name, err);
	if (sqlite3_prepare_v2(st->h,
			       "SELECT id, name, kind, dsn, server_version, analysed_at, round_trips,"
			       " warnings FROM databases WHERE ?1 IS NULL OR name = ?1 ORDER BY name",
			       -1, &s, NULL) != SQLITE_OK)
		return db_error(st, err, "loading");
	/* One read transaction: a concurrent save cannot split our view (the
	 * caller's, when one is open: an analysis indexing what it saved) */
	own = sqlite3_get_autocommit(st->h) != 0;
	if (own)
		sqlite3_exec(st->h, "BEGIN", NULL, NULL, NULL);
	bind_str(s, 1, name);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		found = true;
		if ((rc = load_one(st, &lc, s, err)))
			break;
	}
	if (!rc && step != SQLITE_DONE)
		rc = db_error(st, err, "loading");
	sqlite3_finalize(s);
	if (own)
		sqlite3_exec(st->h, "COMMIT", NULL, NULL, NULL);
	SX_VEC_FREE(&lc.tabs);
	if (!rc && name && !found)
		rc = sx_error_set(err, SX_ENOTFOUND, "no database named '%s' in the workspace", name);
	return rc;
}

int sx_store_list_sources(sx_store *st, cJSON **out, sx_error *err)
{
	sqlite3_stmt *s;
	cJSON *arr;
	int rc;

	*out = NULL;
	if (st->bk == SX__BK_PG)
		return (rc = sx__pg_sync(st, err)) ? rc : sx_store_list_sources(st->local, out, err);
	if (sqlite3_prepare_v2(
		    st->h,
		    "SELECT d.name, d.kind, d.dsn, d.server_version, d.analysed_at, d.round_trips,"
		    " (SELECT count(*) FROM tables t WHERE t.database_id = d.id AND t.kind NOT LIKE '%view'),"
		    " (SELECT count(*) FROM tables t WHERE t.database_id = d.id AND t.kind LIKE '%view'),"
		    " (SELECT count(*) FROM columns c JOIN tables t ON t.id = c.table_id"
		    "   WHERE t.database_id = d.id),"
		    " (SELECT count(*) FROM constraints c JOIN tables t ON t.id = c.table_id"
		    "   WHERE t.database_id = d.id AND c.kind = 'f'),"
		    " (SELECT count(DISTINCT schema_name) FROM tables t WHERE t.database_id = d.id)"
		    " FROM databases d ORDER BY d.name",
		    -1, &s, NULL) != SQLITE_OK)
		return db_error(st, err, "listing sources");
	arr = cJSON_CreateArray();
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		cJSON *o = cJSON_CreateObject();
		sx_json_add_str(o, "name", text(s, 0));
		sx_json_add_str(o, "kind", text(s, 1));
		sx_json_add_str(o, "dsn", text(s, 2));
		sx_json_add_str(o, "server_version", text(s, 3));
		sx_json_add_str(o, "analysed_at", text(s, 4));
		sx_json_add_int(o, "round_trips", sqlite3_column_int64(s, 5));
		sx_json_add_int(o, "tables", sqlite3_column_int64(s, 6));
		sx_json_add_int(o, "views", sqlite3_column_int64(s, 7));
		sx_json_add_int(o, "columns", sqlite3_column_int64(s, 8));
		sx_json_add_int(o, "foreign_keys", sqlite3_column_int64(s, 9));
		sx_json_add_int(o, "schemas", sqlite3_column_int64(s, 10));
		cJSON_AddItemToArray(arr, o);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		cJSON_Delete(arr);
		return db_error(st, err, "listing sources");
	}
	*out = arr;
	return 0;
}

int sx_store_open_shared(sx_store **out, const char *url, const char *schema, sx_error *err)
{
	*out = NULL;
	if (!sx__store_is_url(url))
		return sx_error_set(err, SX_EINVAL, "a shared workspace is a postgresql:// URL");
	return sx__pg_open(out, url, schema, err);
}

bool sx_store_is_url_like(const char *location)
{
	return sx__store_is_url(location);
}
