/*
 * decisions.c - the user's accept/reject of relationships (module
 * "decisions"), kept by the store so that a shared workspace shares them.
 *
 * decisions holds the current decision per (database, rel_key), keyed by
 * names so that it survives re-analysis; the last one written wins (an
 * upsert: on PostgreSQL two concurrent writers serialise on the row).
 * decision_log keeps every decision with who and when, appended in the
 * same transaction, so no decision is lost even when another overrides it.
 * Both are reached only through the query helpers, in the SQL both
 * backends speak (sx_store_migrate_shared).
 *
 * A SQLite workspace made before this module kept its decisions in the
 * map's map_decisions table: the first migration copies them over.
 */
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

static const char *const steps[] = {
	/* v1 */
	"CREATE TABLE decisions("
	" database TEXT NOT NULL, rel_key TEXT NOT NULL, id TEXT, status TEXT NOT NULL,"
	" decided_by TEXT, decided_at TEXT, PRIMARY KEY(database, rel_key));"
	"CREATE TABLE decision_log("
	" seq INTEGER PRIMARY KEY, database TEXT NOT NULL, rel_key TEXT NOT NULL, id TEXT,"
	" status TEXT NOT NULL, decided_by TEXT, decided_at TEXT NOT NULL);"
	"CREATE INDEX decision_log_db ON decision_log(database, rel_key);",
};

int sx__decisions_migrate(sx_store *st, sx_error *err)
{
	cJSON *legacy = NULL;
	int rc;
	if ((rc = sx_store_migrate_shared(st, "decisions", steps, 1, err)))
		return rc;
	if (st->bk != SX__BK_SQLITE)
		return 0;
	/* decisions recorded before this module: once, when the new table is
	 * still empty and the map's old one is there */
	rc = sx_store_query_one_json(
		st, &legacy, err,
		"SELECT (SELECT count(*) FROM sqlite_schema WHERE name = 'map_decisions') AS old,"
		" (SELECT count(*) FROM decision_log) + (SELECT count(*) FROM decisions) AS logged",
		"");
	if (rc)
		return rc;
	if (sx_json_int(legacy, "old", 0) && !sx_json_int(legacy, "logged", 0)) {
		/* only a write when there is something to copy: a write here
		 * would make every reader of the workspace a writer */
		cJSON_Delete(legacy);
		legacy = NULL;
		if ((rc = sx_store_query_one_json(st, &legacy, err,
						  "SELECT count(*) AS n FROM map_decisions", "")))
			return rc;
	}
	if (sx_json_int(legacy, "n", 0))
		rc = sx_store_exec_bind(
			st, NULL, err,
			"INSERT OR IGNORE INTO decisions(database, rel_key, id, status, decided_at)"
			" SELECT database, rel_key, id, status, decided_at FROM map_decisions"
			" WHERE NOT EXISTS (SELECT 1 FROM decisions)",
			"");
	cJSON_Delete(legacy);
	return rc;
}

int sx_store_decide(sx_store *st, const char *database, const char *rel_key, const char *rel_id,
		    const char *status, sx_error *err)
{
	bool nested, withdraw = !status || strcmp(status, "proposed") == 0;
	char now[40];
	int rc;

	if (!database || !rel_key)
		return sx_error_set(err, SX_EINVAL, "a decision needs a database and a key");
	if (!withdraw && strcmp(status, "accepted") != 0 && strcmp(status, "rejected") != 0)
		return sx_error_set(err, SX_EINVAL, "bad decision '%s'", status);
	if ((rc = sx__decisions_migrate(st, err)))
		return rc;
	sx_now_iso(now, sizeof now);
	nested = sx_store_in_transaction(st);
	if ((rc = sx_store_tx_begin(st, "sx_decide", err)))
		return rc;
	if (withdraw)
		rc = sx_store_exec_bind(st, NULL, err,
					"DELETE FROM decisions WHERE database = ? AND rel_key = ?",
					"ss", database, rel_key);
	else
		rc = sx_store_exec_bind(
			st, NULL, err,
			"INSERT INTO decisions(database, rel_key, id, status, decided_by, decided_at)"
			" VALUES(?,?,?,?,?,?) ON CONFLICT(database, rel_key) DO UPDATE SET"
			" id = excluded.id, status = excluded.status,"
			" decided_by = excluded.decided_by, decided_at = excluded.decided_at",
			"ssssss", database, rel_key, rel_id, status, st->user, now);
	if (!rc)
		rc = sx_store_exec_bind(st, NULL, err,
					"INSERT INTO decision_log(database, rel_key, id, status,"
					" decided_by, decided_at) VALUES(?,?,?,?,?,?)",
					"ssssss", database, rel_key, rel_id,
					withdraw ? "proposed" : status, st->user, now);
	if (rc) {
		sx_store_tx_rollback(st, "sx_decide", nested);
		return rc;
	}
	return sx_store_tx_commit(st, "sx_decide", nested, err);
}

int sx_store_decisions(sx_store *st, cJSON **out, sx_error *err)
{
	int rc;
	*out = NULL;
	if ((rc = sx__decisions_migrate(st, err)))
		return rc;
	return sx_store_query_json(st, out, err,
				   "SELECT database, rel_key, id, status, decided_by, decided_at"
				   " FROM decisions ORDER BY database, rel_key",
				   "");
}

int sx_store_decision_log(sx_store *st, const char *database, size_t limit, cJSON **out,
			  sx_error *err)
{
	int rc;
	*out = NULL;
	if ((rc = sx__decisions_migrate(st, err)))
		return rc;
	return sx_store_query_json(st, out, err,
				   "SELECT seq, database, rel_key, id, status, decided_by, decided_at"
				   " FROM decision_log WHERE database = coalesce(?1, database)"
				   " ORDER BY seq LIMIT ?2",
				   "sl", database, limit ? (int64_t)limit : INT64_MAX);
}
