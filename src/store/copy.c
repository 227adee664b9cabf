/*
 * copy.c - copying one workspace into another (`workspace push/pull`).
 *
 * Works between any two stores through the backend-neutral calls: the
 * catalogs are loaded and saved again (the target hands out its own ids,
 * so a local workspace pushed into a shared one cannot collide with rows
 * another client made), decisions and their log are merged (the log is
 * deduplicated on database, key, status and time), and runs are copied
 * whole when the target does not have their id (ULIDs are unique across
 * machines), children in insertion order. Each database's search vectors
 * go with its catalog (the set is id-free, so its bytes and hash are kept;
 * only its database id is the target's), and a caller's hook copies what
 * modules above the store keep with a catalog (the map) and names the
 * tables they keep per run (the agents'), copied with each run. Everything goes
 * into the target in one transaction: a failed copy leaves it as it was.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

/* The run tables and the columns both backends have (rowid aside). */
static const struct {
	const char *table, *cols;
} run_tables[] = {
	{"run_steps", "run_id, step, agent, status, started_at, finished_at, model, tokens_in,"
		      " tokens_out, cost"},
	{"run_events", "run_id, seq, ts, type, agent, step, json"},
	{"run_tool_calls", "run_id, seq, ts, agent, tool, args_json, duration_ms, result_bytes,"
			   " status"},
	{"run_artifacts", "run_id, iteration, kind, name, lang, content"},
	{"run_findings", "run_id, iteration, severity, category, rule, artifact, line, col,"
			 " message, hint"},
	{"run_iterations", "run_id, n, score, delta, errors, warnings, infos, diff, at"},
	{"run_feedback", "run_id, verdict, note, at"},
	{"run_pitfalls", "run_id, rule"},
	{"run_lineage", "run_id, target, sources, expression"},
};

#define RUN_COLS                                                                               \
	"id, created_at, finished_at, intent, request_json, provider, models, status, score,"  \
	" threshold, usage_json, pid, proc_start, host"

/* A JSON row's values in column order, for the non-variadic helpers. */
static size_t row_vals(const cJSON *row, sx__val *v, size_t max)
{
	const cJSON *c;
	size_t n = 0;
	cJSON_ArrayForEach(c, row)
	{
		if (n == max)
			break;
		memset(&v[n], 0, sizeof v[n]);
		if (cJSON_IsString(c)) {
			v[n].type = 's';
			v[n].s = c->valuestring;
		} else if (cJSON_IsNumber(c)) {
			double d = c->valuedouble;
			if (d == floor(d) && fabs(d) < 9007199254740992.0) {
				v[n].type = 'l';
				v[n].l = (int64_t)d;
			} else {
				v[n].type = 'd';
				v[n].d = d;
			}
		} else {
			v[n].type = 'n';
		}
		n++;
	}
	return n;
}

static int insert_rows(sx_store *to, const char *table, const char *cols, const cJSON *rows,
		       const char *conflict, sx_error *err)
{
	const cJSON *row;
	sx_buf sql = SX_BUF_INIT;
	sx__val v[32];
	int rc = 0;

	cJSON_ArrayForEach(row, rows)
	{
		size_t n = row_vals(row, v, 32), i;
		sx_buf_clear(&sql);
		sx_buf_printf(&sql, "INSERT INTO %s(%s) VALUES(", table, cols);
		for (i = 0; i < n; i++)
			sx_buf_puts(&sql, i ? ",?" : "?");
		sx_buf_printf(&sql, ")%s", conflict ? conflict : "");
		if (sx_buf_failed(&sql)) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			break;
		}
		if ((rc = sx__store_exec_vals(to, NULL, err, sx_buf_cstr(&sql), n, v)))
			break;
	}
	sx_buf_release(&sql);
	return rc;
}

/* One database's search vectors, from its id in `from` to its id in `to`;
 * none is no error (never indexed). */
static int copy_vectors(sx_store *from, sx_store *to, int64_t from_id, int64_t to_id, int64_t *n,
                        sx_error *err)
{
	sx_store_vecset v;
	bool found = false;
	int rc;
	if ((rc = sx_store_vectors_get(from, from_id, &v, &found, err)) || !found)
		return rc;
	if (v.hash != sx_store_vecset_hash(&v))
		rc = 0; /* a damaged set is not spread: the target embeds again */
	else {
		v.database_id = to_id;
		if (!(rc = sx_store_vectors_put(to, &v, err)))
			(*n)++;
	}
	sx_store_vecset_release(&v);
	return rc;
}

static int copy_catalogs(sx_store *from, sx_store *to, const sx_store_copy_hook *hook, int64_t *n,
                         int64_t *nvec, sx_error *err)
{
	sx_catalog *cat = NULL;
	int64_t *old = NULL;
	size_t i;
	int rc;
	if ((rc = sx_catalog_new(&cat, err)))
		return rc;
	if ((rc = sx_store_load(from, cat, NULL, err)))
		goto out;
	if (!(old = sx_calloc(cat->ndbs + 1, sizeof *old))) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto out;
	}
	if (hook && hook->loaded && (rc = hook->loaded(hook->payload, from, cat, err)))
		goto out;
	for (i = 0; !rc && i < cat->ndbs; i++) {
		old[i] = cat->dbs[i]->id;
		if (!(rc = sx_store_save_database(to, cat->dbs[i], err)))
			(*n)++;
	}
	for (i = 0; !rc && i < cat->ndbs; i++)
		rc = copy_vectors(from, to, old[i], cat->dbs[i]->id, nvec, err);
	if (!rc && hook && hook->saved)
		rc = hook->saved(hook->payload, to, cat, err);
out:
	free(old);
	sx_catalog_free(cat);
	return rc;
}

static int copy_decisions(sx_store *from, sx_store *to, int64_t *n, sx_error *err)
{
	cJSON *rows = NULL, *log = NULL, *r;
	int rc;

	/* both migrate their tables as a side effect of reading */
	if ((rc = sx_store_decisions(from, &rows, err)) ||
	    (rc = sx_store_decision_log(to, NULL, 1, &log, err)))
		goto out;
	cJSON_Delete(log);
	log = NULL;
	if ((rc = insert_rows(to, "decisions",
			      "database, rel_key, id, status, decided_by, decided_at", rows,
			      " ON CONFLICT(database, rel_key) DO UPDATE SET id = excluded.id,"
			      " status = excluded.status, decided_by = excluded.decided_by,"
			      " decided_at = excluded.decided_at",
			      err)))
		goto out;
	*n = cJSON_GetArraySize(rows);
	if ((rc = sx_store_decision_log(from, NULL, 0, &log, err)))
		goto out;
	cJSON_ArrayForEach(r, log)
	{
		const char *db = sx_json_str(r, "database", ""), *key = sx_json_str(r, "rel_key", "");
		const char *status = sx_json_str(r, "status", ""), *at = sx_json_str(r, "decided_at", "");
		cJSON *dup = NULL;
		rc = sx_store_query_one_json(to, &dup, err,
					     "SELECT seq FROM decision_log WHERE database = ? AND"
					     " rel_key = ? AND status = ? AND decided_at = ?",
					     "ssss", db, key, status, at);
		cJSON_Delete(dup);
		if (rc == 0)
			continue;
		if (rc != SX_ENOTFOUND)
			goto out;
		if ((rc = sx_store_exec_bind(to, NULL, err,
					     "INSERT INTO decision_log(database, rel_key, id, status,"
					     " decided_by, decided_at) VALUES(?,?,?,?,?,?)",
					     "ssssss", db, key, sx_json_str(r, "id", NULL), status,
					     sx_json_str(r, "decided_by", NULL), at)))
			goto out;
	}
out:
	cJSON_Delete(rows);
	cJSON_Delete(log);
	return rc;
}

/* A module's rows of one run, in insertion order: every column of the
 * source (SELECT *, the names quoted) less the rowid PostgreSQL adds,
 * which the target hands out itself. */
static int copy_module_rows(sx_store *from, sx_store *to, const char *table, const char *run_id,
                            sx_error *err)
{
	cJSON *rows = NULL, *row, *c;
	sx_buf sql = SX_BUF_INIT, cols = SX_BUF_INIT;
	int rc;
	sx_buf_printf(&sql, "SELECT * FROM \"%s\" WHERE run_id = ? ORDER BY rowid", table);
	if (sx_buf_failed(&sql))
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
	else
		rc = sx_store_query_json(from, &rows, err, sx_buf_cstr(&sql), "s", run_id);
	cJSON_ArrayForEach(row, rows)
	{
		cJSON *one;
		cJSON_DeleteItemFromObjectCaseSensitive(row, "rowid");
		sx_buf_clear(&cols);
		cJSON_ArrayForEach(c, row)
		    sx_buf_printf(&cols, "%s\"%s\"", c == row->child ? "" : ", ", c->string);
		if (sx_buf_failed(&cols) || !(one = cJSON_CreateArray())) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			break;
		}
		cJSON_AddItemReferenceToArray(one, row);
		rc = insert_rows(to, table, sx_buf_cstr(&cols), one, NULL, err);
		cJSON_Delete(one);
		if (rc)
			break;
	}
	cJSON_Delete(rows);
	sx_buf_release(&sql);
	sx_buf_release(&cols);
	return rc;
}

static int copy_runs(sx_store *from, sx_store *to, const char *const *module_tables, int64_t *n,
                     sx_error *err)
{
	cJSON *runs = NULL, *r, *pit = NULL;
	size_t t;
	int rc;

	if ((rc = sx_history_migrate(from, err)) || (rc = sx_history_migrate(to, err)))
		return rc;
	if ((rc = sx_store_query_json(from, &runs, err,
				      "SELECT " RUN_COLS " FROM runs ORDER BY id", "")))
		return rc;
	cJSON_ArrayForEach(r, runs)
	{
		const char *id = sx_json_str(r, "id", "");
		cJSON *have = NULL, *one, *rows = NULL;
		char sql[400];
		rc = sx_store_query_one_json(to, &have, err, "SELECT id FROM runs WHERE id = ?", "s",
					     id);
		cJSON_Delete(have);
		if (rc == 0)
			continue;
		if (rc != SX_ENOTFOUND)
			goto out;
		one = cJSON_CreateArray();
		cJSON_AddItemReferenceToArray(one, r);
		rc = insert_rows(to, "runs", RUN_COLS, one, NULL, err);
		cJSON_Delete(one);
		if (rc)
			goto out;
		for (t = 0; t < sizeof run_tables / sizeof *run_tables; t++) {
			snprintf(sql, sizeof sql, "SELECT %s FROM %s WHERE run_id = ? ORDER BY rowid",
				 run_tables[t].cols, run_tables[t].table);
			if ((rc = sx_store_query_json(from, &rows, err, sql, "s", id)))
				goto out;
			rc = insert_rows(to, run_tables[t].table, run_tables[t].cols, rows, NULL,
					 err);
			cJSON_Delete(rows);
			if (rc)
				goto out;
		}
		for (t = 0; module_tables && module_tables[t]; t++)
			if ((rc = copy_module_rows(from, to, module_tables[t], id, err)))
				goto out;
		(*n)++;
	}
	if ((rc = sx_store_query_json(from, &pit, err,
				      "SELECT rule, count, first_seen, last_seen, text FROM pitfalls",
				      "")))
		goto out;
	rc = insert_rows(to, "pitfalls", "rule, count, first_seen, last_seen, text", pit,
			 " ON CONFLICT(rule) DO NOTHING", err);
out:
	cJSON_Delete(pit);
	cJSON_Delete(runs);
	return rc;
}

int sx_store_copy_with(sx_store *from, sx_store *to, const sx_store_copy_hook *hook, cJSON **report,
                       sx_error *err)
{
	int64_t ndb = 0, ndec = 0, nruns = 0, nvec = 0;
	int rc;

	if (report)
		*report = NULL;
	/* migrations first: DDL inside the copy's transaction would hold
	 * the module lock until the end of it */
	if ((rc = sx_history_migrate(to, err)) || (rc = sx_history_migrate(from, err)) ||
	    (rc = sx__vectors_migrate(to, err)))
		return rc;
	{
		cJSON *tmp = NULL;
		sx_error ignore = {0};
		if ((rc = sx_store_decisions(to, &tmp, err)))
			return rc;
		cJSON_Delete(tmp);
		/* a source that may only be read has the table or none to copy */
		sx__vectors_migrate(from, &ignore);
	}
	if ((rc = sx_store_begin(to, err)))
		return rc;
	if ((rc = copy_catalogs(from, to, hook, &ndb, &nvec, err)) ||
	    (rc = copy_decisions(from, to, &ndec, err)) ||
	    (rc = copy_runs(from, to, hook ? hook->run_tables : NULL, &nruns, err))) {
		sx_store_rollback(to);
		return rc;
	}
	if ((rc = sx_store_commit(to, err)))
		return rc;
	if (report) {
		*report = cJSON_CreateObject();
		sx_json_add_int(*report, "databases", ndb);
		sx_json_add_int(*report, "vector_sets", nvec);
		sx_json_add_int(*report, "decisions", ndec);
		sx_json_add_int(*report, "runs", nruns);
	}
	return 0;
}

int sx_store_copy(sx_store *from, sx_store *to, cJSON **report, sx_error *err)
{
	return sx_store_copy_with(from, to, NULL, report, err);
}
