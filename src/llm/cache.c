/*
 * cache.c - the llm module's tables in the workspace: an exact response
 * cache, cache hit/miss counters and the usage history.
 *
 * Runs on the client's worker thread, over the worker's own sx_store
 * connection (a store belongs to one thread). Tables:
 *   llm_cache  request text (base URL + non-streamed body: model, messages,
 *              parameters, tools) -> content, reasoning, tool calls (JSON),
 *              finish, usage; created_at
 *              in Unix seconds for the TTL. Looked up by a 64-bit hash and
 *              then compared in full, so a hash collision cannot serve a
 *              wrong answer.
 *   llm_stats  counters (cache_hits, cache_misses).
 *   llm_usage  one row per finished request: run_id and tag (for the
 *              agents' history to join), provider, model, tokens, cost,
 *              timings, outcome. No API key, no header ever goes here.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "llm_int.h"

static const char *const steps[] = {
	"CREATE TABLE llm_cache("
	" id INTEGER PRIMARY KEY,"
	" key TEXT NOT NULL,"
	" request TEXT NOT NULL,"
	" content TEXT NOT NULL,"
	" reasoning TEXT NOT NULL,"
	" finish TEXT NOT NULL,"
	" model TEXT NOT NULL,"
	" prompt_tokens INTEGER NOT NULL,"
	" completion_tokens INTEGER NOT NULL,"
	" reasoning_tokens INTEGER NOT NULL,"
	" usage_reported INTEGER NOT NULL,"
	" created_at INTEGER NOT NULL,"
	" hits INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX llm_cache_key ON llm_cache(key);"
	"CREATE TABLE llm_stats(name TEXT PRIMARY KEY, value INTEGER NOT NULL);"
	"CREATE TABLE llm_usage("
	" id INTEGER PRIMARY KEY,"
	" at TEXT NOT NULL,"
	" run_id TEXT,"
	" tag TEXT,"
	" provider TEXT NOT NULL,"
	" model TEXT NOT NULL,"
	" finish TEXT NOT NULL,"
	" code INTEGER NOT NULL,"
	" prompt_tokens INTEGER NOT NULL,"
	" completion_tokens INTEGER NOT NULL,"
	" reasoning_tokens INTEGER NOT NULL,"
	" usage_reported INTEGER NOT NULL,"
	" cost_usd REAL NOT NULL,"
	" cached INTEGER NOT NULL,"
	" attempts INTEGER NOT NULL,"
	" ttft_ms REAL,"
	" total_ms REAL NOT NULL);"
	"CREATE INDEX llm_usage_run ON llm_usage(run_id);",
	/* 2: a reply's tool calls, a JSON array of {id, name, arguments}
	 * ("" when it made none) */
	"ALTER TABLE llm_cache ADD COLUMN tool_calls TEXT NOT NULL DEFAULT '';",
};

int sx_llm_store_migrate(sx_store *st, sx_error *err)
{
	return sx_store_migrate(st, "llm", steps, sizeof steps / sizeof steps[0], err);
}

static int db_fail(sx_store *st, sx_error *err, const char *what)
{
	return sx_error_set(err, SX_EIO, "llm %s in '%s': %s", what, sx_store_path(st),
			    sqlite3_errmsg(sx_store_db(st)));
}

static void make_key(const char *base_url, const char *body, char *hex, sx_buf *req)
{
	sx_buf_clear(req);
	sx_buf_puts(req, base_url);
	sx_buf_putc(req, '\n');
	sx_buf_puts(req, body);
	snprintf(hex, 17, "%016" PRIx64, sx_hash64(req->ptr ? req->ptr : "", req->len));
}

static void col_copy(char *dst, size_t cap, sqlite3_stmt *s, int col)
{
	const unsigned char *t = sqlite3_column_text(s, col);
	snprintf(dst, cap, "%s", t ? (const char *)t : "");
}

int sx__llm_cache_get(sx_store *st, const char *base_url, const char *body, int64_t ttl_s,
		      int64_t now_s, sx_llm_cache_entry *out, sx_error *err)
{
	sqlite3 *db = sx_store_db(st);
	sqlite3_stmt *s = NULL;
	sx_buf req = SX_BUF_INIT;
	char hex[17];
	int rc;

	memset(out, 0, sizeof *out);
	make_key(base_url, body, hex, &req);
	if (sx_buf_failed(&req)) {
		sx_buf_release(&req);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if (sqlite3_prepare_v2(db,
			       "SELECT id, content, reasoning, finish, model, prompt_tokens,"
			       " completion_tokens, reasoning_tokens, usage_reported, tool_calls"
			       " FROM llm_cache"
			       " WHERE key = ?1 AND request = ?2 AND created_at >= ?3"
			       " ORDER BY created_at DESC LIMIT 1",
			       -1, &s, NULL) != SQLITE_OK) {
		sx_buf_release(&req);
		return db_fail(st, err, "cache lookup");
	}
	sqlite3_bind_text(s, 1, hex, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, req.ptr, (int)req.len, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, now_s - ttl_s);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		sqlite3_int64 id = sqlite3_column_int64(s, 0);
		out->content = sx_strdup((const char *)sqlite3_column_text(s, 1));
		out->reasoning = sx_strdup((const char *)sqlite3_column_text(s, 2));
		col_copy(out->finish, sizeof out->finish, s, 3);
		col_copy(out->model, sizeof out->model, s, 4);
		out->usage.prompt_tokens = sqlite3_column_int64(s, 5);
		out->usage.completion_tokens = sqlite3_column_int64(s, 6);
		out->usage.reasoning_tokens = sqlite3_column_int64(s, 7);
		out->usage.reported = sqlite3_column_int(s, 8) != 0;
		out->tool_calls = sx_strdup(sqlite3_column_text(s, 9)
						    ? (const char *)sqlite3_column_text(s, 9)
						    : "");
		sqlite3_finalize(s);
		sx_buf_release(&req);
		if (!out->content || !out->reasoning || !out->tool_calls) {
			sx__llm_cache_entry_release(out);
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		}
		if (sqlite3_prepare_v2(db, "UPDATE llm_cache SET hits = hits + 1 WHERE id = ?", -1,
				       &s, NULL) == SQLITE_OK) {
			sqlite3_bind_int64(s, 1, id);
			sqlite3_step(s);
			sqlite3_finalize(s);
		}
		return 0;
	}
	sqlite3_finalize(s);
	sx_buf_release(&req);
	if (rc != SQLITE_DONE)
		return db_fail(st, err, "cache lookup");
	return SX_ENOTFOUND;
}

int sx__llm_cache_put(sx_store *st, const char *base_url, const char *body, int64_t ttl_s,
		      int64_t now_s, const char *content, const char *reasoning,
		      const char *tool_calls, const sx_llm_result *res, sx_error *err)
{
	sqlite3 *db = sx_store_db(st);
	sqlite3_stmt *s = NULL;
	sx_buf req = SX_BUF_INIT;
	char hex[17];
	int rc;

	make_key(base_url, body, hex, &req);
	if (sx_buf_failed(&req)) {
		sx_buf_release(&req);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if ((rc = sx_store_begin(st, err))) {
		sx_buf_release(&req);
		return rc;
	}
	/* expired entries and an older answer to the same request go */
	if (sqlite3_prepare_v2(db,
			       "DELETE FROM llm_cache WHERE created_at < ?1"
			       " OR (key = ?2 AND request = ?3)",
			       -1, &s, NULL) != SQLITE_OK)
		goto dbfail;
	sqlite3_bind_int64(s, 1, now_s - ttl_s);
	sqlite3_bind_text(s, 2, hex, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, req.ptr, (int)req.len, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		goto dbfail;
	if (sqlite3_prepare_v2(db,
			       "INSERT INTO llm_cache(key, request, content, reasoning, finish, model,"
			       " prompt_tokens, completion_tokens, reasoning_tokens, usage_reported,"
			       " created_at, tool_calls) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
			       -1, &s, NULL) != SQLITE_OK)
		goto dbfail;
	sqlite3_bind_text(s, 1, hex, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, req.ptr, (int)req.len, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, content ? content : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, reasoning ? reasoning : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, res->finish_reason, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 6, res->model, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 7, res->usage.prompt_tokens);
	sqlite3_bind_int64(s, 8, res->usage.completion_tokens);
	sqlite3_bind_int64(s, 9, res->usage.reasoning_tokens);
	sqlite3_bind_int(s, 10, res->usage.reported);
	sqlite3_bind_int64(s, 11, now_s);
	sqlite3_bind_text(s, 12, tool_calls ? tool_calls : "", -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		goto dbfail;
	sx_buf_release(&req);
	return sx_store_commit(st, err);
dbfail:
	rc = db_fail(st, err, "cache write");
	sx_store_rollback(st);
	sx_buf_release(&req);
	return rc;
}

void sx__llm_cache_entry_release(sx_llm_cache_entry *e)
{
	free(e->content);
	free(e->reasoning);
	free(e->tool_calls);
	e->content = e->reasoning = e->tool_calls = NULL;
}

int sx__llm_cache_count(sx_store *st, bool hit, sx_error *err)
{
	sqlite3_stmt *s;
	int rc;
	if (sqlite3_prepare_v2(sx_store_db(st),
			       "INSERT INTO llm_stats(name, value) VALUES(?, 1)"
			       " ON CONFLICT(name) DO UPDATE SET value = value + 1",
			       -1, &s, NULL) != SQLITE_OK)
		return db_fail(st, err, "counter");
	sqlite3_bind_text(s, 1, hit ? "cache_hits" : "cache_misses", -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, "counter");
}

int sx__llm_usage_record(sx_store *st, const sx_llm_chat_opts *o, const sx_llm_result *res,
			 sx_error *err)
{
	sqlite3_stmt *s;
	char at[32];
	int rc;

	sx_now_iso(at, sizeof at);
	if (sqlite3_prepare_v2(sx_store_db(st),
			       "INSERT INTO llm_usage(at, run_id, tag, provider, model, finish, code,"
			       " prompt_tokens, completion_tokens, reasoning_tokens, usage_reported,"
			       " cost_usd, cached, attempts, ttft_ms, total_ms)"
			       " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
			       -1, &s, NULL) != SQLITE_OK)
		return db_fail(st, err, "usage record");
	sqlite3_bind_text(s, 1, at, -1, SQLITE_STATIC);
	if (o && o->run_id)
		sqlite3_bind_text(s, 2, o->run_id, -1, SQLITE_STATIC);
	if (o && o->tag)
		sqlite3_bind_text(s, 3, o->tag, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, res->provider, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, res->model, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 6, res->finish_reason, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 7, res->code);
	sqlite3_bind_int64(s, 8, res->usage.prompt_tokens);
	sqlite3_bind_int64(s, 9, res->usage.completion_tokens);
	sqlite3_bind_int64(s, 10, res->usage.reasoning_tokens);
	sqlite3_bind_int(s, 11, res->usage.reported);
	sqlite3_bind_double(s, 12, res->usage.cost_usd);
	sqlite3_bind_int(s, 13, res->from_cache);
	sqlite3_bind_int(s, 14, res->timings.attempts);
	if (res->timings.ttft_ms >= 0)
		sqlite3_bind_double(s, 15, res->timings.ttft_ms);
	sqlite3_bind_double(s, 16, res->timings.total_ms);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : db_fail(st, err, "usage record");
}

static void add_totals(cJSON *o, sqlite3_stmt *s, int c)
{
	sx_json_add_int(o, "requests", sqlite3_column_int64(s, c));
	sx_json_add_int(o, "cache_hits", sqlite3_column_int64(s, c + 1));
	sx_json_add_int(o, "failures", sqlite3_column_int64(s, c + 2));
	sx_json_add_int(o, "prompt_tokens", sqlite3_column_int64(s, c + 3));
	sx_json_add_int(o, "completion_tokens", sqlite3_column_int64(s, c + 4));
	sx_json_add_int(o, "reasoning_tokens", sqlite3_column_int64(s, c + 5));
	sx_json_add_num(o, "cost_usd", sqlite3_column_double(s, c + 6));
}

#define TOTALS                                                                 \
	"count(*), coalesce(sum(cached), 0), coalesce(sum(code != 0), 0),"     \
	" coalesce(sum(prompt_tokens), 0), coalesce(sum(completion_tokens), 0)," \
	" coalesce(sum(reasoning_tokens), 0), coalesce(sum(cost_usd), 0)"

int sx_llm_usage_summary(sx_store *st, const char *run_id, cJSON **out, sx_error *err)
{
	sqlite3_stmt *s;
	cJSON *res, *models;
	int rc;

	*out = NULL;
	if ((rc = sx_llm_store_migrate(st, err)))
		return rc;
	if (!(res = cJSON_CreateObject()))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	sx_json_add_str(res, "run_id", run_id);
	if (sqlite3_prepare_v2(sx_store_db(st),
			       "SELECT " TOTALS " FROM llm_usage WHERE ?1 IS NULL OR run_id = ?1", -1,
			       &s, NULL) != SQLITE_OK)
		goto dbfail;
	if (run_id)
		sqlite3_bind_text(s, 1, run_id, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		add_totals(res, s, 0);
	sqlite3_finalize(s);
	models = cJSON_AddArrayToObject(res, "models");
	if (sqlite3_prepare_v2(sx_store_db(st),
			       "SELECT provider, model, " TOTALS " FROM llm_usage"
			       " WHERE ?1 IS NULL OR run_id = ?1 GROUP BY provider, model"
			       " ORDER BY provider, model",
			       -1, &s, NULL) != SQLITE_OK)
		goto dbfail;
	if (run_id)
		sqlite3_bind_text(s, 1, run_id, -1, SQLITE_STATIC);
	while (sqlite3_step(s) == SQLITE_ROW) {
		cJSON *m = cJSON_CreateObject();
		cJSON_AddItemToArray(models, m);
		sx_json_add_str(m, "provider", (const char *)sqlite3_column_text(s, 0));
		sx_json_add_str(m, "model", (const char *)sqlite3_column_text(s, 1));
		add_totals(m, s, 2);
	}
	sqlite3_finalize(s);
	if (sqlite3_prepare_v2(sx_store_db(st),
			       "SELECT (SELECT value FROM llm_stats WHERE name = 'cache_hits'),"
			       " (SELECT value FROM llm_stats WHERE name = 'cache_misses')",
			       -1, &s, NULL) != SQLITE_OK)
		goto dbfail;
	if (sqlite3_step(s) == SQLITE_ROW) {
		cJSON *c = cJSON_AddObjectToObject(res, "cache");
		int64_t h = sqlite3_column_int64(s, 0), m = sqlite3_column_int64(s, 1);
		sx_json_add_int(c, "hits", h);
		sx_json_add_int(c, "misses", m);
		if (h + m > 0)
			sx_json_add_num(c, "hit_rate", (double)h / (double)(h + m));
	}
	sqlite3_finalize(s);
	*out = res;
	return 0;
dbfail:
	cJSON_Delete(res);
	return db_fail(st, err, "usage summary");
}
