/*
 * semcache.c - the semantic cache of model answers ([llm] semantic_cache).
 *
 * When it is on, an agent's task (the prompt it sends after its system
 * prompt) is embedded by its first endpoint (/embeddings, [llm]
 * embed_model). The workspace keeps, per model and agent, the embedding
 * of each task that got a usable answer and that answer (table
 * semantic_cache; never the prompt itself). A later task whose embedding
 * is within [llm] semantic_cache_threshold (cosine similarity, 0.95) of a
 * kept one reuses its answer: no chat request, no tool calls. Entries
 * older than [llm] cache_ttl_s are not used and are dropped on the next
 * write. The cache holds at most [llm] semantic_cache_max_entries entries
 * (1000) in all: each entry's `used` is a logical clock set when it is
 * written and when it is hit, and a write past the cap evicts the least
 * recently used. Lookups and hits are counted per run (usage_json
 * cache_lookups, cache_hits), which `sextant insights` reports as the
 * cache hit rate.
 *
 * Store access happens under the run's emit lock, like the history's.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sextant/llm.h>

#include "agents_int.h"

bool sx__semcache_on(const sx_run *r)
{
	return sx_config_get_bool(r->env.config, "llm", "semantic_cache", false);
}

static void cutoff(const sx_run *r, char *out, size_t n)
{
	long ttl = sx_config_get_int(r->env.config, "llm", "cache_ttl_s", 86400);
	time_t t = time(NULL) - (ttl > 0 ? ttl : 0);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* [llm] semantic_cache_max_entries, at least 1 */
static long max_entries(const sx_run *r)
{
	long n = sx_config_get_int(r->env.config, "llm", "semantic_cache_max_entries", 1000);
	return n < 1 ? 1 : n > 1000000 ? 1000000 : n;
}

static char *vec_text(const float *v, size_t dim)
{
	sx_buf b = SX_BUF_INIT;
	for (size_t i = 0; i < dim; i++)
		sx_buf_printf(&b, i ? ",%.7g" : "%.7g", (double)v[i]);
	return sx_buf_detach(&b);
}

/* cosine similarity of v and the vector in text; -2 when it does not fit */
static double cosine(const float *v, size_t dim, const char *text)
{
	double dot = 0, na = 0, nb = 0;
	const char *p = text;
	size_t i = 0;
	for (; *p && i < dim; i++) {
		char *end;
		double x = strtod(p, &end);
		if (end == p)
			return -2;
		dot += x * v[i];
		na += (double)v[i] * v[i];
		nb += x * x;
		p = *end == ',' ? end + 1 : end;
	}
	if (i != dim || *p || na <= 0 || nb <= 0)
		return -2;
	return dot / (sqrt(na) * sqrt(nb));
}

int sx__semcache_embed(sx_run *r, sx_agent_kind agent, const char *step, const char *task,
                       float **vec, size_t *dim)
{
	sx_error e = {0};
	sx_llm *llm = r->eps[r->chain[agent][0]].llm;
	const char *texts[1] = {task};

	*vec = NULL;
	*dim = 0;
	if (sx_llm_embed(llm, texts, 1, NULL, vec, dim, &e) || !*dim) {
		free(*vec);
		*vec = NULL;
		sx__run_thought(r, agent, step, "semantic cache: no embedding (%s)", e.msg);
		return -1;
	}
	return 0;
}

int sx__semcache_get(sx_run *r, sx_agent_kind agent, const char *step, const float *vec, size_t dim,
                     char **answer)
{
	double thr = sx_config_get_double(r->env.config, "llm", "semantic_cache_threshold", 0.95);
	const char *model = sx_llm_model(r->eps[r->chain[agent][0]].llm);
	cJSON *rows = NULL;
	const cJSON *x, *best = NULL;
	double bs = -2;
	char since[32];
	sx_error e;

	*answer = NULL;
	if (!r->env.store)
		return 0;
	cutoff(r, since, sizeof since);
	pthread_mutex_lock(&r->emit_mu);
	r->cache_lookups++;
	if (sx__agents_migrate(r->env.store, &e) ||
	    sx_store_query_json(r->env.store, &rows, &e,
	                        "SELECT rowid AS id, vec, answer FROM semantic_cache"
	                        " WHERE model = ? AND agent = ? AND dim = ? AND created_at >= ?"
	                        " ORDER BY used DESC LIMIT ?",
	                        "sslsl", model, sx_agent_name(agent), (int64_t)dim, since,
	                        (int64_t)max_entries(r))) {
		sx_log(SX_LOG_WARN, "run %s: semantic cache: %s", r->id, e.msg);
		pthread_mutex_unlock(&r->emit_mu);
		return 0;
	}
	cJSON_ArrayForEach(x, rows)
	{
		double s = cosine(vec, dim, sx_json_str(x, "vec", ""));
		if (s > bs)
			bs = s, best = x;
	}
	if (best && bs >= thr) {
		*answer = sx_strdup(sx_json_str(best, "answer", ""));
		r->cache_hits++;
		/* a hit makes the entry the most recently used */
		sx_store_exec_bind(r->env.store, NULL, &e,
		                   "UPDATE semantic_cache SET hits = hits + 1,"
		                   " used = (SELECT coalesce(max(used), 0) + 1 FROM semantic_cache)"
		                   " WHERE rowid = ?",
		                   "l", (int64_t)sx_json_int(best, "id", 0));
	}
	pthread_mutex_unlock(&r->emit_mu);
	cJSON_Delete(rows);
	if (*answer)
		sx__run_thought(
		    r, agent, step,
		    "semantic cache: a past prompt is %.3f similar (threshold %.2f): its "
		    "answer is reused, no request sent",
		    bs, thr);
	else
		sx__run_thought(
		    r, agent, step,
		    "semantic cache: nothing within %.2f (closest %.3f): asking the model", thr,
		    bs > -2 ? bs : 0);
	return 0;
}

/* Past the cap: the least recently used entries go. Emit lock held. */
static int evict(sx_run *r, sx_error *e)
{
	int64_t n, cap = max_entries(r);
	cJSON *row = NULL;
	int rc = sx_store_query_one_json(r->env.store, &row, e,
	                                 "SELECT count(*) AS n FROM semantic_cache", "");
	n = sx_json_int(row, "n", 0);
	cJSON_Delete(row);
	if (rc || n <= cap)
		return rc;
	if ((rc = sx_store_exec_bind(r->env.store, NULL, e,
	                             "DELETE FROM semantic_cache WHERE rowid IN (SELECT rowid FROM"
	                             " semantic_cache ORDER BY used, rowid LIMIT ?)",
	                             "l", n - cap)))
		return rc;
	sx_log(SX_LOG_INFO,
	       "run %s: semantic cache: %lld least recently used entr%s evicted (cap %lld)", r->id,
	       (long long)(n - cap), n - cap == 1 ? "y" : "ies", (long long)cap);
	return 0;
}

void sx__semcache_put(sx_run *r, sx_agent_kind agent, const float *vec, size_t dim,
                      const char *answer)
{
	const char *model = sx_llm_model(r->eps[r->chain[agent][0]].llm);
	char *text = vec_text(vec, dim), now[40], since[32];
	sx_error e;

	if (!r->env.store || !text)
		goto done;
	sx_now_iso(now, sizeof now);
	cutoff(r, since, sizeof since);
	pthread_mutex_lock(&r->emit_mu);
	if (sx__agents_migrate(r->env.store, &e) ||
	    sx_store_exec_bind(r->env.store, NULL, &e,
	                       "DELETE FROM semantic_cache WHERE created_at < ?", "s", since) ||
	    sx_store_exec_bind(
	        r->env.store, NULL, &e,
	        "INSERT INTO semantic_cache(model, agent, dim, vec, answer, created_at,"
	        " hits, used) VALUES (?, ?, ?, ?, ?, ?, 0,"
	        " (SELECT coalesce(max(used), 0) + 1 FROM semantic_cache))",
	        "sslsss", model, sx_agent_name(agent), (int64_t)dim, text, answer, now) ||
	    evict(r, &e))
		sx_log(SX_LOG_WARN, "run %s: semantic cache not written: %s", r->id, e.msg);
	pthread_mutex_unlock(&r->emit_mu);
done:
	free(text);
}
