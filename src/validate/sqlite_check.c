/*
 * sqlite_check.c - SQLite SQL checked by SQLite itself.
 *
 * The SQL is prepared, never stepped, on a handle opened read-only
 * (SQLITE_OPEN_READONLY, plus PRAGMA query_only) on the real source file:
 * sqlite3_prepare_v2 resolves every table and column name and reports the
 * first problem with its byte offset (sqlite3_error_offset, SQLite 3.38+).
 */
#include <sqlite3.h>
#include <string.h>

#include "validate_int.h"

int sx__sqlite_check(const char *path, const char *sql, sx_artifact_kind art,
		     sx_finding_list *out, bool *ok, sx_error *err)
{
	sqlite3 *db = NULL;
	const char *p = sql;
	int rc = 0;

	*ok = true;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		*ok = true; /* cannot check: fall back to the PG grammar */
		sx__finding(out, "server.unreachable", art, 0, 0, NULL,
			    "the SQLite source could not be opened read-only: %s",
			    db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return 0;
	}
	sqlite3_exec(db, "PRAGMA query_only = 1", NULL, NULL, NULL);
	while (p && *p) {
		sqlite3_stmt *st = NULL;
		const char *tail = NULL;
		if (sqlite3_prepare_v2(db, p, -1, &st, &tail) != SQLITE_OK) {
			int line = 0, col = 0;
			int off = sqlite3_error_offset(db);
			if (off >= 0)
				sx__text_pos(sql, (long)(p - sql) + off, false, &line, &col);
			else
				sx__text_pos(sql, (long)(p - sql), false, &line, &col);
			if (sx__finding(out, "sqlite.prepare", art, line, col, NULL, "%s",
					sqlite3_errmsg(db)))
				rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			*ok = false;
			sqlite3_finalize(st);
			break;
		}
		sqlite3_finalize(st);
		if (!tail || tail == p)
			break;
		p = tail;
	}
	sqlite3_close(db);
	return rc;
}
