/*
 * memory.c - episodic memory: the past runs closest to a new intent.
 *
 * A successful run (done, at or above its threshold) is remembered by its
 * intent. A new intent is compared with them as term vectors of the search
 * module's analyser (stems, the Russian lexicon, synonyms, abbreviations),
 * so "выручка по дням" finds "daily revenue". The planner gets the closest
 * ones as examples (and says so as a thought); the similar_runs tool
 * returns the same list.
 *
 * The scan is linear over the remembered runs; tests/bench measures it at
 * 10,000 runs.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "agents_int.h"

#define MIN_SIMILARITY 0.35

typedef struct {
	sx_hmap *w;     /* term -> index into weights */
	double *weights;
	size_t n;
	double norm;
} tvec;

static int tvec_build(sx_analyzer *an, const char *text, sx_terms *terms, tvec *v)
{
	sx_error e;
	memset(v, 0, sizeof *v);
	sx_terms_clear(terms);
	if (sx_analyze(an, text, strlen(text), 1.0f, terms, &e))
		return -1;
	v->w = sx_hmap_new(terms->n * 2 + 1);
	v->weights = sx_calloc(terms->n + 1, sizeof *v->weights);
	if (!v->w || !v->weights)
		return -1;
	for (size_t i = 0; i < terms->n; i++) {
		size_t idx = (size_t)(uintptr_t)sx_hmap_get(v->w, terms->v[i].term);
		if (!idx) {
			idx = ++v->n;
			if (sx_hmap_put(v->w, terms->v[i].term, (void *)(uintptr_t)idx))
				return -1;
		}
		v->weights[idx - 1] += terms->v[i].weight;
	}
	for (size_t i = 0; i < v->n; i++)
		v->norm += v->weights[i] * v->weights[i];
	v->norm = sqrt(v->norm);
	return 0;
}

static void tvec_release(tvec *v)
{
	sx_hmap_free(v->w);
	free(v->weights);
}

static double cosine(const tvec *q, const tvec *d)
{
	const char *key;
	void *val;
	size_t it = 0;
	double dot = 0;

	if (q->norm == 0 || d->norm == 0)
		return 0;
	while (sx_hmap_next(d->w, &it, &key, &val)) {
		size_t qi = (size_t)(uintptr_t)sx_hmap_get(q->w, key);
		if (qi)
			dot += q->weights[qi - 1] * d->weights[(size_t)(uintptr_t)val - 1];
	}
	return dot / (q->norm * d->norm);
}

static int by_similarity(const void *a, const void *b)
{
	double x = sx_json_num(*(const cJSON *const *)a, "similarity", 0);
	double y = sx_json_num(*(const cJSON *const *)b, "similarity", 0);
	return (x < y) - (x > y);
}

int sx__memory_find(sx_store *st, const char *intent, const char *exclude, size_t k,
		    cJSON **out, sx_error *err)
{
	sx_analyzer *an = NULL;
	sx_terms qt, dt;
	tvec q = { 0 };
	cJSON *runs = NULL, *hits = NULL;
	int rc;

	*out = NULL;
	if (!st)
		return sx_error_set(err, SX_EUNSUPPORTED, "no workspace: no memory of past runs");
	if ((rc = sx_history_list_runs(st, 0, &runs, err)))
		return rc;
	if ((rc = sx_analyzer_new(&an, NULL, err)))
		goto done;
	sx_terms_init(&qt);
	sx_terms_init(&dt);
	hits = cJSON_CreateArray();
	if (tvec_build(an, intent, &qt, &q)) {
		rc = sx_error_set(err, SX_ENOMEM, "cannot analyse the intent");
		goto release;
	}
	cJSON *run;
	cJSON_ArrayForEach(run, runs) {
		const char *id = sx_json_str(run, "id", "");
		double score = sx_json_num(run, "score", 0), thr = sx_json_num(run, "threshold", 10);
		if (strcmp(sx_json_str(run, "status", ""), "done") != 0 || score < thr ||
		    (exclude && strcmp(id, exclude) == 0))
			continue;
		tvec d;
		if (tvec_build(an, sx_json_str(run, "intent", ""), &dt, &d)) {
			tvec_release(&d);
			continue;
		}
		double sim = cosine(&q, &d);
		tvec_release(&d);
		if (sim < MIN_SIMILARITY)
			continue;
		cJSON *h = cJSON_CreateObject();
		sx_json_add_str(h, "run_id", id);
		sx_json_add_str(h, "intent", sx_json_str(run, "intent", ""));
		sx_json_add_num(h, "score", score);
		sx_json_add_num(h, "similarity", round(sim * 1000) / 1000);
		sx_json_add_str(h, "created_at", sx_json_str(run, "created_at", NULL));
		cJSON_AddItemToArray(hits, h);
	}
	/* best first, then cut to k */
	size_t n = (size_t)cJSON_GetArraySize(hits);
	cJSON **v = sx_calloc(n + 1, sizeof *v);
	cJSON *sorted = cJSON_CreateArray();
	if (!v || !sorted) {
		free(v);
		cJSON_Delete(sorted);
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto release;
	}
	for (size_t i = 0; i < n; i++)
		v[i] = cJSON_DetachItemFromArray(hits, 0);
	qsort(v, n, sizeof *v, by_similarity);
	for (size_t i = 0; i < n; i++) {
		if (i < k)
			cJSON_AddItemToArray(sorted, v[i]);
		else
			cJSON_Delete(v[i]);
	}
	free(v);
	*out = sorted;
release:
	tvec_release(&q);
	sx_terms_release(&qt);
	sx_terms_release(&dt);
	sx_analyzer_free(an);
done:
	cJSON_Delete(runs);
	cJSON_Delete(hits);
	return rc;
}

void sx__memory_similar(sx_run *r, const char *step)
{
	sx_error e;
	cJSON *hits = NULL;

	if (!r->env.store)
		return;
	if (sx__memory_find(r->env.store, r->req.intent, r->id, 3, &hits, &e)) {
		sx__run_thought(r, SX_AGENT_PLANNER, step, "memory unavailable: %s", e.msg);
		return;
	}
	if (!cJSON_GetArraySize(hits)) {
		sx__run_thought(r, SX_AGENT_PLANNER, step, "no similar past run in memory");
		cJSON_Delete(hits);
		return;
	}
	const cJSON *h;
	cJSON_ArrayForEach(h, hits)
		sx__run_thought(r, SX_AGENT_PLANNER, step,
				"similar past run %s (similarity %.2f, score %.1f): \"%s\"",
				sx_json_str(h, "run_id", ""), sx_json_num(h, "similarity", 0),
				sx_json_num(h, "score", 0), sx_json_str(h, "intent", ""));
	r->similar = hits;
}
