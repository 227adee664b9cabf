/*
 * bench_gen.c - built-in generation time per intent (label bench).
 *
 *   bench_gen DEMO_SQLITE INTENTS_JSON [TABLES=10000] [REPEAT=5]
 *
 * For every intent of INTENTS_JSON (tests/gen/intents.json), measures the
 * time from the intent to checked artifacts, without a server and without
 * a model: sx_gen_plan (parse, search, resolve, joins), sx_gen_render (all
 * seven artifacts) and sx_validate_artifacts on the SQL artifacts
 * (select_sql, target_ddl, load_sql: parse, bind to the catalog, lints,
 * the ClickHouse version checks) - the python3 checks of the DAG and the
 * transform are timed apart, as they start a subprocess per artifact.
 *
 * Two workspaces, both in memory, map built without sampling, search with
 * its default (built-in) embedder:
 *   1. the demo warehouse alone (catalog read from DEMO_SQLITE);
 *   2. the demo beside TABLES synthetic tables in a second database (names
 *      from a business vocabulary, "order_417", with keys, references,
 *      money, status and time columns, as bench_map builds them), so search
 *      and planning run against a 10,000-table catalog.
 * Prints the median of REPEAT runs per intent, the median / p95 / max over
 * the intents, the setup times, and how many intents give the same
 * select_sql in both workspaces. Asserts nothing about time (docs/gen.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include <sextant/gen.h>
#include <sextant/map.h>
#include <sextant/search.h>
#include <sextant/validate.h>

#include "bench_synth.h"

typedef struct ws {
	sx_catalog *cat;
	sx_database *demo;
	sx_dbmap *map;
	sx_search_mapinfo *mi;
	sx_search *search;
	double build_ms;
} ws;

/* ntab synthetic tables in their own database of cat. */
static void synthetic(sx_catalog *cat, size_t ntab)
{
	sx_database *db = sx_catalog_add_database(cat, "synthetic", SX_DB_POSTGRES);
	sx_schema *s = sx_catalog_add_schema(cat, db, "public");
	sx_table **tabs = calloc(ntab, sizeof *tabs);
	if (tabs)
		synth_tables(cat, s, tabs, ntab, true);
	free(tabs);
}

static int open_ws(ws *w, const char *demo, size_t ntab)
{
	sx_source_opts so = {0};
	sx_map_opts mo;
	sx_search_src src = {0};
	sx_error err = {0};
	uint64_t t0 = sx_now_ns();
	size_t i;
	memset(w, 0, sizeof *w);
	if (sx_catalog_new(&w->cat, &err) ||
	    sx_sqlite_introspect(w->cat, demo, &so, &w->demo, &err))
		goto fail;
	if (ntab)
		synthetic(w->cat, ntab);
	if (sx_dbmap_new(&w->map, w->cat, &err))
		goto fail;
	sx_map_opts_init(&mo, NULL);
	mo.sampling = false;
	for (i = 0; i < w->cat->ndbs; i++)
		if (sx_map_build(w->map, w->cat->dbs[i], NULL, &mo, &err))
			goto fail;
	if (sx_search_mapinfo_new(&w->mi, w->map, &err))
		goto fail;
	src.cat = w->cat;
	src.info = sx_search_mapinfo_fn;
	src.info_payload = w->mi;
	if (sx_search_open(&w->search, &src, &err))
		goto fail;
	w->build_ms = (double)(sx_now_ns() - t0) / 1e6;
	return 0;
fail:
	fprintf(stderr, "bench_gen: %s\n", err.msg);
	return 1;
}

static void close_ws(ws *w)
{
	sx_search_free(w->search);
	sx_search_mapinfo_free(w->mi);
	sx_dbmap_free(w->map);
	sx_catalog_free(w->cat);
}

/* One intent: plan + render + validate the SQL artifacts. Returns ms (< 0 when
 * the plan failed); *sel gets the select_sql (heap) of the last run, *py_ms
 * the python3 checks of the DAG and the transform (one run). */
static double one(const ws *w, const char *intent, int repeat, char **sel, double *py_ms,
                  size_t *nfind)
{
	double t[16];
	int r;
	*sel = NULL;
	*py_ms = 0;
	for (r = 0; r < repeat && r < 16; r++) {
		sx_gen_request rq = {0};
		sx_gen_thoughts th;
		sx_finding_list fl, vf;
		sx_gen_spec *spec = NULL;
		sx_artifact_set arts, sqls;
		sx_validate_ctx ctx;
		sx_error err = {0};
		uint64_t t0 = sx_now_ns();
		size_t i;
		rq.intent = intent;
		sx_gen_thoughts_init(&th);
		sx_finding_list_init(&fl);
		sx_finding_list_init(&vf);
		sx_artifact_set_init(&arts);
		sx_artifact_set_init(&sqls);
		if (sx_gen_plan(&spec, &rq, w->map, w->search, &th, &fl, &err) ||
		    sx_gen_render(spec, &arts, &err)) {
			sx_gen_thoughts_release(&th);
			sx_finding_list_release(&fl);
			sx_artifact_set_release(&arts);
			sx_gen_spec_free(spec);
			return -1;
		}
		sx_validate_ctx_init(&ctx);
		ctx.cat = w->cat;
		ctx.db = (sx_database *)(spec->groups && spec->ngroups && spec->groups[0].fact
		                             ? spec->groups[0].fact->schema->db
		                         : spec->entity ? spec->entity->schema->db
		                                        : w->demo);
		ctx.map = w->map;
		ctx.source_dialect = spec->source;
		ctx.target_version = spec->target_version;
		for (i = 0; i < arts.n; i++)
			if (arts.v[i].kind == SX_ART_SELECT_SQL ||
			    arts.v[i].kind == SX_ART_TARGET_DDL ||
			    arts.v[i].kind == SX_ART_LOAD_SQL)
				sx_artifact_set_put(&sqls, arts.v[i].kind, arts.v[i].name,
				                    arts.v[i].lang, arts.v[i].content);
		sx_validate_artifacts(&ctx, &sqls, &vf, &err);
		t[r] = (double)(sx_now_ns() - t0) / 1e6;
		*nfind = vf.n;
		if (r == repeat - 1 || r == 15) {
			sx_artifact_set py;
			sx_finding_list pf;
			uint64_t p0;
			for (i = 0; i < arts.n; i++)
				if (arts.v[i].kind == SX_ART_SELECT_SQL)
					*sel = strdup(arts.v[i].content);
			sx_artifact_set_init(&py);
			sx_finding_list_init(&pf);
			for (i = 0; i < arts.n; i++)
				if (arts.v[i].kind == SX_ART_AIRFLOW_DAG ||
				    arts.v[i].kind == SX_ART_PYTHON_TRANSFORM)
					sx_artifact_set_put(&py, arts.v[i].kind, arts.v[i].name,
					                    arts.v[i].lang, arts.v[i].content);
			p0 = sx_now_ns();
			sx_validate_artifacts(&ctx, &py, &pf, &err);
			*py_ms = (double)(sx_now_ns() - p0) / 1e6;
			sx_finding_list_release(&pf);
			sx_artifact_set_release(&py);
		}
		sx_gen_thoughts_release(&th);
		sx_finding_list_release(&fl);
		sx_finding_list_release(&vf);
		sx_artifact_set_release(&sqls);
		sx_artifact_set_release(&arts);
		sx_gen_spec_free(spec);
	}
	qsort(t, (size_t)r, sizeof *t, dcmp);
	return t[r / 2];
}

static void summary(const char *what, double *v, size_t n, const char *goal)
{
	if (!n) {
		printf("%-34s no intent planned\n", what);
		return;
	}
	qsort(v, n, sizeof *v, dcmp);
	printf("%-34s median %8.2f ms   p95 %8.2f ms   max %8.2f ms   (n=%zu%s)\n", what, v[n / 2],
	       v[(n * 95) / 100 < n ? (n * 95) / 100 : n - 1], v[n - 1], n, goal);
}

int main(int argc, char **argv)
{
	size_t ntab = argc > 3 ? (size_t)atol(argv[3]) : 10000, n = 0, i, same = 0,
	       failed[2] = {0, 0};
	int repeat = argc > 4 ? atoi(argv[4]) : 5;
	cJSON *doc, *arr;
	char *text;
	long len;
	FILE *f;
	ws w[2];
	double *ms[2], *pyv;
	size_t nms[2] = {0, 0}, npy = 0;

	if (argc < 3 || repeat < 1) {
		fprintf(stderr,
		        "usage: bench_gen DEMO_SQLITE INTENTS_JSON [TABLES=10000] [REPEAT=5]\n");
		return 2;
	}
	if (!(f = fopen(argv[2], "rb"))) {
		perror(argv[2]);
		return 1;
	}
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	text = malloc((size_t)len + 1);
	if (!text || fread(text, 1, (size_t)len, f) != (size_t)len) {
		fclose(f);
		return 1;
	}
	text[len] = 0;
	fclose(f);
	doc = cJSON_Parse(text);
	free(text);
	arr = cJSON_GetObjectItem(doc, "intents");
	if (!cJSON_IsArray(arr)) {
		fprintf(stderr, "bench_gen: %s has no intents\n", argv[2]);
		return 1;
	}
	n = (size_t)cJSON_GetArraySize(arr);
	if (open_ws(&w[0], argv[1], 0) || open_ws(&w[1], argv[1], ntab))
		return 1;
	printf("setup: demo workspace %.0f ms; demo + %zu synthetic tables %.0f ms (map without "
	       "sampling, "
	       "search index)\n",
	       w[0].build_ms, ntab, w[1].build_ms);
	ms[0] = calloc(n, sizeof(double));
	ms[1] = calloc(n, sizeof(double));
	pyv = calloc(n, sizeof(double));
	printf("%-34s %10s %10s %8s  %s\n", "intent (plan+render+validate SQL)", "demo ms",
	       "10k ms", "py ms", "same select_sql");
	for (i = 0; i < n; i++) {
		cJSON *it = cJSON_GetArrayItem(arr, (int)i);
		const char *id = cJSON_GetStringValue(cJSON_GetObjectItem(it, "id"));
		const char *intent = cJSON_GetStringValue(cJSON_GetObjectItem(it, "intent"));
		char *s0 = NULL, *s1 = NULL;
		double py0 = 0, py1 = 0, a, b;
		size_t f0 = 0, f1 = 0;
		if (!id || !intent)
			continue;
		a = one(&w[0], intent, repeat, &s0, &py0, &f0);
		b = one(&w[1], intent, repeat, &s1, &py1, &f1);
		if (a >= 0)
			ms[0][nms[0]++] = a;
		else
			failed[0]++;
		if (b >= 0)
			ms[1][nms[1]++] = b;
		else
			failed[1]++;
		if (a >= 0)
			pyv[npy++] = py0;
		same += s0 && s1 && strcmp(s0, s1) == 0;
		printf("%-34.34s %10.2f %10.2f %8.1f  %s\n", id, a, b, py0,
		       !s0 || !s1            ? "-"
		       : strcmp(s0, s1) == 0 ? "yes"
		                             : "no");
		free(s0);
		free(s1);
	}
	summary("demo warehouse", ms[0], nms[0], "; goal <= 300 ms for a simple intent");
	summary("demo + synthetic tables", ms[1], nms[1], "; goal <= 300 ms for a simple intent");
	summary("python3 checks (DAG + transform)", pyv, npy, "; apart: a subprocess each");
	printf("plans failed: demo %zu, with synthetic tables %zu; same select_sql in both: %zu of "
	       "%zu\n",
	       failed[0], failed[1], same, n);
	free(ms[0]);
	free(ms[1]);
	free(pyv);
	close_ws(&w[0]);
	close_ws(&w[1]);
	cJSON_Delete(doc);
	return 0;
}
