/*
 * explain.c - server checks on a live PostgreSQL source, read-only.
 *
 * Only one plain SELECT is ever sent (checked on libpg_query's parse first:
 * one statement, a SelectStmt, no INTO, no FOR UPDATE/SHARE, no CTE that
 * writes). It is sent as EXPLAIN (FORMAT JSON, VERBOSE) — never ANALYZE, so
 * it is planned, not run — inside BEGIN READ ONLY with a transaction-local
 * statement_timeout set through set_config($1) (a bound parameter), and
 * through PQexecParams, which refuses a second statement on its own. The
 * transaction is rolled back. The only text put into SQL is the artifact.
 *
 * The plan becomes findings: the top node's estimated rows and cost (info),
 * and sequential scans of large tables (a warning when the scan filters,
 * an info when it reads the whole table as a full load does). Server
 * errors keep their position, mapped back into the artifact.
 */
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate_int.h"

#define PREFIX "EXPLAIN (FORMAT JSON, VERBOSE) "

/* Why the text may not be sent, or NULL when it is one plain SELECT. */
const char *sx__pg_not_a_plain_select(const char *sql, sx_error *err, int *rc)
{
	sx_pgparse p;
	const cJSON *stmts, *stmt, *sel, *cte;
	const char *why = NULL;

	*rc = sx__pg_parse(sql, &p, err);
	if (*rc)
		return "out of memory";
	if (p.error) {
		sx__pg_parse_release(&p);
		return "it does not parse";
	}
	stmts = cJSON_GetObjectItem(p.tree, "stmts");
	if (cJSON_GetArraySize(stmts) != 1) {
		why = "it is not exactly one statement";
		goto done;
	}
	stmt = cJSON_GetObjectItem(cJSON_GetArrayItem(stmts, 0), "stmt");
	if (!(sel = cJSON_GetObjectItem(stmt, "SelectStmt"))) {
		why = "it is not a SELECT";
		goto done;
	}
	if (cJSON_GetObjectItem(sel, "intoClause")) {
		why = "SELECT INTO writes";
		goto done;
	}
	if (cJSON_GetObjectItem(sel, "lockingClause")) {
		why = "it locks rows (FOR UPDATE/SHARE)";
		goto done;
	}
	cJSON_ArrayForEach(cte, cJSON_GetObjectItem(cJSON_GetObjectItem(sel, "withClause"), "ctes"))
	{
		const cJSON *q = cJSON_GetObjectItem(cJSON_GetObjectItem(cte, "CommonTableExpr"),
						     "ctequery");
		if (!cJSON_GetObjectItem(q, "SelectStmt")) {
			why = "a CTE writes";
			goto done;
		}
	}
done:
	sx__pg_parse_release(&p);
	return why;
}

static const sx_table *catalog_table(const sx_validate_ctx *ctx, const char *schema,
				     const char *name)
{
	size_t d, s;
	if (!ctx->cat || !name)
		return NULL;
	for (d = 0; d < ctx->cat->ndbs; d++) {
		const sx_database *db = ctx->cat->dbs[d];
		if (ctx->db && ctx->db != db)
			continue;
		for (s = 0; s < db->nschemas; s++) {
			sx_table *t;
			if (schema && strcmp(db->schemas[s]->name, schema))
				continue;
			if ((t = sx_schema_find_table(db->schemas[s], name)))
				return t;
		}
	}
	return NULL;
}

static int scans(const sx_validate_ctx *ctx, const cJSON *plan, sx_artifact_kind art,
		 sx_finding_list *out, int64_t large)
{
	const cJSON *kids, *k;
	const char *type = sx_json_str(plan, "Node Type", "");
	int rc = 0;

	if (!strcmp(type, "Seq Scan")) {
		const char *rel = sx_json_str(plan, "Relation Name", NULL);
		const char *sch = sx_json_str(plan, "Schema", NULL);
		const sx_table *t = catalog_table(ctx, sch, rel);
		const char *filter = sx_json_str(plan, "Filter", NULL);
		int64_t rows = t && t->row_count >= 0 ? t->row_count
				: filter ? -1 : (int64_t)sx_json_num(plan, "Plan Rows", 0);
		if (rel && rows >= large) {
			char *srel = sx_sanitize(rel, false);
			if (filter)
				rc = sx__finding(out, "server.seq-scan", art, 0, 0,
						 "an index on the filtered columns would avoid the scan",
						 "sequential scan of %s (%lld rows) to apply a filter",
						 srel ? srel : "?", (long long)rows);
			else
				rc = sx__finding_sev(out, SX_SEV_INFO, "server.seq-scan", art, 0, 0, NULL,
						     "sequential scan of all of %s (%lld rows)",
						     srel ? srel : "?", (long long)rows);
			free(srel);
		}
	}
	kids = cJSON_GetObjectItem(plan, "Plans");
	cJSON_ArrayForEach(k, kids)
	{
		if (rc)
			break;
		rc = scans(ctx, k, art, out, large);
	}
	return rc;
}

/* A server error, at its position in the artifact when it has one. */
static int server_error(PGresult *res, const char *sql, size_t prefix, sx_artifact_kind art,
			sx_finding_list *out)
{
	const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	const char *pos = PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION);
	const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	const char *hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT);
	char *smsg = sx_sanitize(msg ? msg : "error", false);
	char *shint = hint ? sx_sanitize(hint, false) : NULL;
	int line = 0, col = 0, rc;
	long p = pos ? atol(pos) - (long)prefix : 0;

	if (p > 0)
		sx__text_pos(sql, p, true, &line, &col);
	if (state && !strcmp(state, "57014"))
		rc = sx__finding(out, "server.timeout", art, 0, 0,
				 "raise the statement timeout, or simplify the query",
				 "the server cancelled planning: %s", smsg ? smsg : "timeout");
	else
		rc = sx__finding(out, "server.error", art, line, col, shint, "the server rejects it: %s",
				 smsg ? smsg : "error");
	free(smsg);
	free(shint);
	return rc;
}

/* A read-only session on ctx's server for sql (application name app): *cp
 * in a READ ONLY transaction whose statement timeout is ms, or NULL with a
 * finding when the server cannot be reached or refuses the setup. Nonzero
 * only when the finding could not be added. */
static int open_readonly(const sx_validate_ctx *ctx, const char *app, long ms, const char *sql,
			 sx_artifact_kind art, sx_finding_list *out, PGconn **cp)
{
	static const char *const keys[] = {"dbname", "connect_timeout", "application_name",
					   "options", NULL};
	/* read-only by default for the session too: a second guard */
	const char *vals[] = {ctx->pg_conninfo, "10", app, "-c default_transaction_read_only=on",
			      NULL};
	char timeout[32];
	const char *param[1] = {timeout};
	PGresult *r;
	PGconn *c = PQconnectdbParams(keys, vals, 1);
	int rc;

	*cp = NULL;
	if (c)
		PQsetNoticeProcessor(c, sx_log_notice, NULL);
	if (!c || PQstatus(c) != CONNECTION_OK) {
		char *m = sx_sanitize(c ? PQerrorMessage(c) : "out of memory", false);
		rc = sx__finding(out, "server.unreachable", art, 0, 0, NULL,
				 "PostgreSQL could not be reached: %s", m ? m : "?");
		free(m);
		PQfinish(c);
		return rc;
	}
	r = PQexec(c, "BEGIN READ ONLY");
	if (PQresultStatus(r) == PGRES_COMMAND_OK) {
		PQclear(r);
		snprintf(timeout, sizeof timeout, "%ld", ms);
		r = PQexecParams(c, "SELECT set_config('statement_timeout', $1, true)", 1, NULL,
				 param, NULL, NULL, 0);
		if (PQresultStatus(r) == PGRES_TUPLES_OK) {
			PQclear(r);
			*cp = c;
			return 0;
		}
	}
	rc = server_error(r, sql, 0, art, out);
	PQclear(r);
	PQfinish(c);
	return rc;
}

/* Whether sql may go to the server: a plain SELECT, and a server given.
 * When not, *skip is set and the finding that says why is added (its
 * return: 0, or SX_ENOMEM). */
static int may_send(const sx_validate_ctx *ctx, const char *sql, sx_artifact_kind art,
		    const char *what, sx_finding_list *out, bool *skip, sx_error *err)
{
	const char *why;
	int rc = 0;

	*skip = true;
	if ((why = sx__pg_not_a_plain_select(sql, err, &rc))) {
		if (rc)
			return rc;
		return sx__finding(out, "server.not-explainable", art, 0, 0, NULL,
				   "not sent to the server: %s", why)
			       ? sx_error_set(err, SX_ENOMEM, "out of memory")
			       : 0;
	}
	if (!ctx->pg_conninfo)
		return sx__finding(out, "server.unreachable", art, 0, 0, NULL,
				   "no PostgreSQL server given: %s skipped", what)
			       ? sx_error_set(err, SX_ENOMEM, "out of memory")
			       : 0;
	*skip = false;
	return 0;
}

int sx_validate_explain(const sx_validate_ctx *ctx, const char *sql, sx_artifact_kind art,
			sx_finding_list *out, cJSON **plan, sx_error *err)
{
	PGconn *c = NULL;
	PGresult *r = NULL;
	sx_buf q = SX_BUF_INIT;
	cJSON *json = NULL;
	bool skip;
	int rc = 0;
	long ms = ctx->statement_timeout_ms > 0 ? ctx->statement_timeout_ms : 5000;
	int64_t large = ctx->large_table_rows > 0 ? ctx->large_table_rows : 100000;

	if (plan)
		*plan = NULL;
	if (!ctx || !sql || !out)
		return sx_error_set(err, SX_EINVAL, "sx_validate_explain: missing argument");
	if ((rc = may_send(ctx, sql, art, "EXPLAIN", out, &skip, err)) || skip)
		return rc;
	if ((rc = open_readonly(ctx, "sextant-validate", ms, sql, art, out, &c)) || !c)
		goto done;
	sx_buf_puts(&q, PREFIX);
	sx_buf_puts(&q, sql);
	if (sx_buf_failed(&q)) {
		rc = SX_ENOMEM;
		goto done;
	}
	r = PQexecParams(c, sx_buf_cstr(&q), 0, NULL, NULL, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		rc = server_error(r, sql, strlen(PREFIX), art, out);
		goto done;
	}
	if (PQntuples(r) < 1 || !(json = cJSON_Parse(PQgetvalue(r, 0, 0)))) {
		rc = sx__finding(out, "server.error", art, 0, 0, NULL,
				 "the server's plan could not be read");
		goto done;
	}
	{
		const cJSON *top = cJSON_GetObjectItem(cJSON_GetArrayItem(json, 0), "Plan");
		rc = sx__finding(out, "server.estimate", art, 0, 0, NULL,
				 "estimated %.0f rows, cost %.2f..%.2f (%s)",
				 sx_json_num(top, "Plan Rows", 0), sx_json_num(top, "Startup Cost", 0),
				 sx_json_num(top, "Total Cost", 0),
				 sx_json_str(top, "Node Type", "?"));
		if (!rc)
			rc = scans(ctx, top, art, out, large);
	}
	if (plan && !rc) {
		*plan = json;
		json = NULL;
	}
done:
	PQclear(r);
	if (c && PQstatus(c) == CONNECTION_OK)
		PQclear(PQexec(c, "ROLLBACK"));
	PQfinish(c);
	cJSON_Delete(json);
	sx_buf_release(&q);
	if (rc)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	return 0;
}

/* ---------------------------------------------------------------- preview */

#define PREVIEW_OPEN "SELECT * FROM (\n"
#define PREVIEW_CLOSE "\n) AS sx_preview LIMIT $1"

/* The artifact without trailing blanks and semicolons, so that it can sit
 * inside parentheses. */
static size_t trimmed_len(const char *sql)
{
	size_t n = strlen(sql);
	while (n && (sql[n - 1] == ';' || sql[n - 1] == ' ' || sql[n - 1] == '\n' ||
		     sql[n - 1] == '\t' || sql[n - 1] == '\r'))
		n--;
	return n;
}

int sx_validate_preview(const sx_validate_ctx *ctx, const char *sql, long limit,
			sx_finding_list *out, cJSON **rows, sx_error *err)
{
	const char *param[1];
	char lim[32];
	PGconn *c = NULL;
	PGresult *r = NULL;
	sx_buf q = SX_BUF_INIT;
	sx_pgparse p = {0};
	bool *pii = NULL, rest = false, skip;
	size_t npii = 0;
	cJSON *arr = NULL;
	int rc = 0, i, j, nf;
	long ms;
	const sx_artifact_kind art = SX_ART_SELECT_SQL;

	if (rows)
		*rows = NULL;
	if (!ctx || !sql || !out || !rows)
		return sx_error_set(err, SX_EINVAL, "sx_validate_preview: missing argument");
	ms = ctx->statement_timeout_ms > 0 ? ctx->statement_timeout_ms : 5000;
	if (limit < 1)
		limit = 1;
	if (limit > 1000)
		limit = 1000;
	if ((rc = may_send(ctx, sql, art, "preview", out, &skip, err)) || skip)
		return rc;
	/* which output columns carry personal data: masked, never read out */
	if ((rc = sx__pg_parse(sql, &p, err)))
		return rc;
	if (p.tree) {
		sx_bind_opts o = {ctx, art, false, false, false};
		rc = sx__bind_pii_outputs(&o, sql, p.tree, &pii, &npii, &rest, err);
	} else {
		rest = ctx->map != NULL; /* cannot see: mask everything */
	}
	sx__pg_parse_release(&p);
	if (rc)
		return rc;

	if ((rc = open_readonly(ctx, "sextant-preview", ms, sql, art, out, &c)) || !c)
		goto done;
	sx_buf_puts(&q, PREVIEW_OPEN);
	sx_buf_put(&q, sql, trimmed_len(sql));
	sx_buf_puts(&q, PREVIEW_CLOSE);
	if (sx_buf_failed(&q)) {
		r = NULL;
		rc = SX_ENOMEM;
		goto done;
	}
	snprintf(lim, sizeof lim, "%ld", limit);
	param[0] = lim;
	r = PQexecParams(c, sx_buf_cstr(&q), 1, NULL, param, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		rc = server_error(r, sql, strlen(PREVIEW_OPEN), art, out);
		goto done;
	}
	if (!(arr = cJSON_CreateArray())) {
		rc = SX_ENOMEM;
		goto done;
	}
	nf = PQnfields(r);
	for (i = 0; i < PQntuples(r); i++) {
		cJSON *row = cJSON_CreateObject();
		if (!row) {
			rc = SX_ENOMEM;
			goto done;
		}
		cJSON_AddItemToArray(arr, row);
		for (j = 0; j < nf; j++) {
			const char *name = PQfname(r, j);
			bool masked = (size_t)j < npii ? pii[j] : rest;
			if (PQgetisnull(r, i, j))
				cJSON_AddNullToObject(row, name);
			else if (masked)
				cJSON_AddStringToObject(row, name, "***");
			else
				cJSON_AddStringToObject(row, name, PQgetvalue(r, i, j));
		}
	}
	{
		size_t nm = 0;
		for (j = 0; j < nf; j++)
			if ((size_t)j < npii ? pii[j] : rest)
				nm++;
		rc = sx__finding(out, "server.preview", art, 0, 0, NULL,
				 "%d rows previewed (limit %ld), %zu of %d columns masked as personal data",
				 PQntuples(r), limit, nm, nf);
	}
	if (!rc) {
		*rows = arr;
		arr = NULL;
	}
done:
	PQclear(r);
	if (c && PQstatus(c) == CONNECTION_OK)
		PQclear(PQexec(c, "ROLLBACK"));
	PQfinish(c);
	cJSON_Delete(arr);
	free(pii);
	sx_buf_release(&q);
	if (rc)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	return 0;
}
