/*
 * insights.c - what the stored runs say, computed from the history alone
 * (`sextant insights`): totals and success rate, scores before and after
 * reflection, the most frequent finding rules, the fixes that moved scores
 * most, memory and pitfall use, the slowest agents and tools, and usage
 * per model. Every number is a query over the history tables; nothing is
 * estimated.
 */
#include <stdlib.h>
#include <string.h>

#include "agents_int.h"

static int q(sx_store *st, cJSON *out, const char *key, const char *sql, sx_error *err)
{
	cJSON *rows = NULL;
	int rc = sx_store_query_json(st, &rows, err, sql, "");
	if (!rc)
		cJSON_AddItemToObject(out, key, rows);
	return rc;
}

static int q1(sx_store *st, cJSON *out, const char *key, const char *sql, sx_error *err)
{
	cJSON *row = NULL;
	int rc = sx_store_query_one_json(st, &row, err, sql, "");
	if (rc == SX_ENOTFOUND)
		row = cJSON_CreateObject(), rc = 0;
	if (!rc)
		cJSON_AddItemToObject(out, key, row);
	return rc;
}

int sx_insights(sx_store *st, cJSON **out, sx_error *err)
{
	cJSON *o;
	int rc;

	*out = NULL;
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	if (!(o = cJSON_CreateObject()))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	/* success: done and at or above the run's threshold */
	if ((rc = q1(st, o, "totals",
		     "SELECT count(*) AS runs,"
		     " sum(status = 'done') AS done, sum(status = 'failed') AS failed,"
		     " sum(status = 'cancelled') AS cancelled, sum(status = 'interrupted') AS interrupted,"
		     " sum(status = 'done' AND score >= threshold) AS passed,"
		     " round(1.0 * sum(status = 'done' AND score >= threshold) / max(count(*), 1), 3)"
		     "  AS success_rate,"
		     " round(avg(CASE WHEN status = 'done' THEN score END), 2) AS mean_score"
		     " FROM runs",
		     err)) ||
	    /* before reflection: the first iteration; after: the run's final
	     * (best) score, over runs that reflected at least once */
	    (rc = q1(st, o, "reflection",
		     "SELECT count(*) AS runs_reflected,"
		     " round(avg(i1.score), 2) AS mean_score_before,"
		     " round(avg(r.score), 2) AS mean_score_after,"
		     " round(avg(r.score - i1.score), 2) AS mean_gain"
		     " FROM runs r JOIN run_iterations i1 ON i1.run_id = r.id AND i1.n = 1"
		     " WHERE r.status = 'done'"
		     "  AND EXISTS (SELECT 1 FROM run_iterations i2 WHERE i2.run_id = r.id AND i2.n > 1)",
		     err)) ||
	    (rc = q(st, o, "top_rules",
		    "SELECT rule, severity, count(*) AS findings, count(DISTINCT run_id) AS runs"
		    " FROM run_findings WHERE iteration = 1 GROUP BY rule, severity"
		    " ORDER BY findings DESC, rule LIMIT 10",
		    err)) ||
	    /* a fix is a rule present in iteration n-1 and gone in n: the
	     * score delta of that iteration is credited to it */
	    (rc = q(st, o, "best_fixes",
		    "SELECT f.rule, count(*) AS times, round(avg(it.delta), 2) AS mean_delta"
		    " FROM run_iterations it"
		    " JOIN (SELECT DISTINCT run_id, iteration, rule FROM run_findings) f"
		    "  ON f.run_id = it.run_id AND f.iteration = it.n - 1"
		    " WHERE it.n > 1 AND NOT EXISTS (SELECT 1 FROM run_findings g"
		    "  WHERE g.run_id = it.run_id AND g.iteration = it.n AND g.rule = f.rule)"
		    " GROUP BY f.rule ORDER BY mean_delta DESC, times DESC LIMIT 10",
		    err)) ||
	    (rc = q1(st, o, "memory",
		     "SELECT sum(json_extract(usage_json, '$.memory_hits') > 0) AS runs_with_hits,"
		     " round(avg(CASE WHEN json_extract(usage_json, '$.memory_hits') > 0"
		     "  THEN score END), 2) AS mean_score_with_hits,"
		     " round(avg(CASE WHEN coalesce(json_extract(usage_json, '$.memory_hits'), 0) = 0"
		     "  THEN score END), 2) AS mean_score_without"
		     " FROM runs WHERE status = 'done'",
		     err)) ||
	    (rc = q(st, o, "pitfalls",
		    "SELECT p.rule, p.count, p.last_seen,"
		    " (SELECT count(*) FROM run_pitfalls rp WHERE rp.rule = p.rule) AS runs_used,"
		    " (SELECT round(avg(r.score), 2) FROM run_pitfalls rp JOIN runs r ON r.id = rp.run_id"
		    "   WHERE rp.rule = p.rule AND r.status = 'done') AS mean_score_when_used"
		    " FROM pitfalls p ORDER BY p.count DESC LIMIT 10",
		    err)) ||
	    (rc = q1(st, o, "cache",
		     "SELECT sum(coalesce(json_extract(usage_json, '$.cache_hits'), 0)) AS hits,"
		     " sum(coalesce(json_extract(usage_json, '$.cache_lookups'), 0)) AS lookups"
		     " FROM runs",
		     err)) ||
	    (rc = q(st, o, "slowest_agents",
		    "SELECT key AS agent, round(avg(value), 1) AS mean_ms, round(max(value), 1) AS max_ms"
		    " FROM runs, json_each(json_extract(usage_json, '$.timings_ms'))"
		    " WHERE key <> 'total' GROUP BY key ORDER BY mean_ms DESC LIMIT 6",
		    err)) ||
	    (rc = q(st, o, "slowest_tools",
		    "SELECT tool, count(*) AS calls, round(avg(duration_ms), 1) AS mean_ms,"
		    " max(duration_ms) AS max_ms, sum(status <> 'ok') AS failures"
		    " FROM run_tool_calls GROUP BY tool ORDER BY mean_ms DESC LIMIT 10",
		    err)) ||
	    (rc = q(st, o, "usage_per_model",
		    "SELECT coalesce(model, 'builtin') AS model, count(*) AS steps,"
		    " coalesce(sum(tokens_in), 0) AS tokens_in, coalesce(sum(tokens_out), 0) AS tokens_out,"
		    " round(coalesce(sum(cost), 0), 4) AS cost"
		    " FROM run_steps GROUP BY coalesce(model, 'builtin') ORDER BY tokens_out DESC",
		    err)) ||
	    (rc = q1(st, o, "feedback",
		     "SELECT sum(verdict = 'accept') AS accepted, sum(verdict = 'reject') AS rejected"
		     " FROM run_feedback",
		     err))) {
		cJSON_Delete(o);
		return rc;
	}
	cJSON *c = cJSON_GetObjectItem(o, "cache");
	double hits = sx_json_num(c, "hits", 0), lookups = sx_json_num(c, "lookups", 0);
	if (c)
		sx_json_add_num(c, "hit_rate", lookups > 0 ? hits / lookups : 0);
	*out = o;
	return 0;
}
