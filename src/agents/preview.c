/*
 * preview.c - the run_preview tool: the first rows a SELECT returns on the
 * live source, read-only, bounded and timed out.
 *
 * PostgreSQL: one connection, BEGIN READ ONLY, a transaction-local
 * statement_timeout (set through set_config with a bound value), the query
 * wrapped as SELECT * FROM (query) LIMIT $1, then ROLLBACK. SQLite: the
 * file opened read-only, the statement refused unless sqlite3_stmt_readonly
 * says it writes nothing, a progress handler as the timeout. The query text
 * is the artifact itself, which is what is being tried; nothing else is
 * spliced into SQL.
 *
 * Values of output columns named like a personal-data column of the source
 * are masked: a preview is shown to a person and may go into a prompt.
 */
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "agents_int.h"

#define PREVIEW_MAX_ROWS 100

/* The query without trailing blanks and semicolons (it is wrapped). */
static char *strip_query(const char *sql)
{
	size_t n = strlen(sql);
	while (n && (sql[n - 1] == ';' || sql[n - 1] == ' ' || sql[n - 1] == '\n' ||
		     sql[n - 1] == '\t' || sql[n - 1] == '\r'))
		n--;
	return sx_strndup(sql, n);
}

static bool pii_name(const sx_dbmap *map, const sx_database *db, const char *col)
{
	for (size_t s = 0; s < db->nschemas; s++)
		for (size_t t = 0; t < db->schemas[s]->ntables; t++)
			if (sx_dbmap_column(map, db->schemas[s]->tables[t], col))
				return true;
	return false;
}

static cJSON *result_object(cJSON **cols, cJSON **rows)
{
	cJSON *o = cJSON_CreateObject();
	*cols = cJSON_AddArrayToObject(o, "columns");
	*rows = cJSON_AddArrayToObject(o, "rows");
	return o;
}

static int preview_pg(const sx_dbmap *map, const sx_database *db, const char *conninfo,
		      const char *q, long limit, long timeout_ms, cJSON **out, sx_error *err)
{
	char lim[32], tmo[32];
	PGconn *c = PQconnectdb(conninfo);
	PGresult *res = NULL;
	sx_buf sql = SX_BUF_INIT;
	int rc = 0;

	if (c)
		PQsetNoticeProcessor(c, sx_log_notice, NULL); /* a function's RAISE NOTICE */
	if (PQstatus(c) != CONNECTION_OK) {
		rc = sx_error_set(err, SX_EIO, "cannot connect for a preview: %s", PQerrorMessage(c));
		goto done;
	}
	snprintf(lim, sizeof lim, "%ld", limit);
	snprintf(tmo, sizeof tmo, "%ld", timeout_ms);
	const char *tp[1] = { tmo };
	PQclear(PQexec(c, "BEGIN READ ONLY"));
	res = PQexecParams(c, "SELECT set_config('statement_timeout', $1, true)", 1, NULL, tp,
			   NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		rc = sx_error_set(err, SX_EIO, "preview: %s", PQerrorMessage(c));
		goto done;
	}
	PQclear(res);
	sx_buf_printf(&sql, "SELECT * FROM (\n%s\n) AS sx_preview LIMIT $1", q);
	const char *lp[1] = { lim };
	res = PQexecParams(c, sx_buf_cstr(&sql), 1, NULL, lp, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
		rc = sx_error_set(err, state && strcmp(state, "57014") == 0 ? SX_ETIMEOUT : SX_EINVAL,
				  "preview failed: %s", PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)
								? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)
								: PQerrorMessage(c));
		goto done;
	}
	cJSON *cols, *rows;
	*out = result_object(&cols, &rows);
	int nf = PQnfields(res);
	bool *mask = sx_calloc((size_t)nf + 1, sizeof *mask);
	for (int f = 0; f < nf; f++) {
		cJSON_AddItemToArray(cols, cJSON_CreateString(PQfname(res, f)));
		mask[f] = mask && pii_name(map, db, PQfname(res, f));
	}
	for (int r = 0; r < PQntuples(res); r++) {
		cJSON *row = cJSON_CreateArray();
		cJSON_AddItemToArray(rows, row);
		for (int f = 0; f < nf; f++)
			cJSON_AddItemToArray(row, PQgetisnull(res, r, f) ? cJSON_CreateNull()
						  : mask && mask[f]     ? cJSON_CreateString("***")
								 : cJSON_CreateString(PQgetvalue(res, r, f)));
	}
	free(mask);
done:
	PQclear(res);
	if (PQstatus(c) == CONNECTION_OK)
		PQclear(PQexec(c, "ROLLBACK"));
	PQfinish(c);
	sx_buf_release(&sql);
	return rc;
}

static int on_progress(void *payload)
{
	return sx_now_ns() > *(uint64_t *)payload;
}

static int preview_sqlite(const sx_dbmap *map, const sx_database *db, const char *path,
			  const char *q, long limit, long timeout_ms, cJSON **out, sx_error *err)
{
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;
	sx_buf sql = SX_BUF_INIT;
	uint64_t deadline = sx_now_ns() + (uint64_t)timeout_ms * 1000000u;
	int rc = 0;

	if (strncmp(path, "sqlite:", 7) == 0)
		path += 7;
	if (sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		rc = sx_error_set(err, SX_EIO, "cannot open '%s' for a preview", path);
		goto done;
	}
	sqlite3_progress_handler(h, 1000, on_progress, &deadline);
	sx_buf_printf(&sql, "SELECT * FROM (\n%s\n) LIMIT ?", q);
	if (sqlite3_prepare_v2(h, sx_buf_cstr(&sql), -1, &st, NULL) != SQLITE_OK) {
		rc = sx_error_set(err, SX_EINVAL, "preview failed: %s", sqlite3_errmsg(h));
		goto done;
	}
	if (!sqlite3_stmt_readonly(st)) {
		rc = sx_error_set(err, SX_EAUTH, "preview refused: the statement writes");
		goto done;
	}
	sqlite3_bind_int64(st, 1, limit);
	cJSON *cols, *rows;
	*out = result_object(&cols, &rows);
	int nf = sqlite3_column_count(st);
	bool mask[256] = { false };
	for (int f = 0; f < nf; f++) {
		cJSON_AddItemToArray(cols, cJSON_CreateString(sqlite3_column_name(st, f)));
		if (f < 256)
			mask[f] = pii_name(map, db, sqlite3_column_name(st, f));
	}
	int s;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		cJSON *row = cJSON_CreateArray();
		cJSON_AddItemToArray(rows, row);
		for (int f = 0; f < nf; f++) {
			const unsigned char *v = sqlite3_column_text(st, f);
			cJSON_AddItemToArray(row, !v			  ? cJSON_CreateNull()
						  : f < 256 && mask[f] ? cJSON_CreateString("***")
								       : cJSON_CreateString((const char *)v));
		}
	}
	if (s != SQLITE_DONE) {
		rc = sx_error_set(err, s == SQLITE_INTERRUPT ? SX_ETIMEOUT : SX_EINVAL,
				  "preview failed: %s", sqlite3_errmsg(h));
		cJSON_Delete(*out);
		*out = NULL;
	}
done:
	sqlite3_finalize(st);
	sqlite3_close(h);
	sx_buf_release(&sql);
	return rc;
}

int sx__preview(const sx_agent_env *env, const sx_database *db, const char *sql, long limit,
		long timeout_ms, cJSON **out, sx_error *err)
{
	const char *src = env->source ? env->source : db->dsn;
	char *q;
	int rc;

	*out = NULL;
	if (limit < 1 || limit > PREVIEW_MAX_ROWS)
		limit = limit < 1 ? 1 : PREVIEW_MAX_ROWS;
	if (timeout_ms <= 0)
		timeout_ms = 5000;
	if (!src || !*src)
		return sx_error_set(err, SX_EUNSUPPORTED, "no live source for database '%s'", db->name);
	if (!(q = strip_query(sql)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	switch (db->kind) {
	case SX_DB_POSTGRES:
		rc = preview_pg(env->map, db, src, q, limit, timeout_ms, out, err);
		break;
	case SX_DB_SQLITE:
		rc = preview_sqlite(env->map, db, src, q, limit, timeout_ms, out, err);
		break;
	default:
		rc = sx_error_set(err, SX_EUNSUPPORTED, "previews run on PostgreSQL and SQLite sources");
	}
	free(q);
	if (!rc)
		sx_json_add_int(*out, "limit", limit);
	return rc;
}
