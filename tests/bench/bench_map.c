/*
 * bench_map.c - speed of the map on a synthetic catalog (label bench).
 *
 *   bench_map [TABLES=10000]
 *
 * Builds an in-memory catalog of TABLES tables named from a vocabulary
 * ("invoice_417"), each with a primary key, attributes (some of them
 * personal data by name) and two to four references to earlier tables
 * named the usual way ("customer_12_id"), none declared. Then measures:
 *   1. sx_map_build without sampling (PII by name, relationship discovery,
 *      descriptions): the budget is 2 s for 10k tables;
 *   2. sx_map_paths_find (k = 3, max hops 4) between 200 random pairs of
 *      tables: median and p95 (budget: 5 ms median);
 *   3. sx_map_graph (Graphviz dot) of the 2-hop neighbourhood of 50 random
 *      tables: median and p95 of the whole call and of gvLayout alone
 *      (budget: 50 ms).
 * Prints the numbers; asserts nothing about time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sextant/catalog.h>
#include <sextant/map.h>

#include "bench_synth.h"

static void stats(const char *what, double *v, size_t n, double budget_ms)
{
	qsort(v, n, sizeof *v, dcmp);
	printf("%-44s median %8.3f ms   p95 %8.3f ms   max %8.3f ms   (budget %.0f ms median, n=%zu)\n",
	       what, v[n / 2], v[(n * 95) / 100], v[n - 1], budget_ms, n);
}

int main(int argc, char **argv)
{
	size_t ntab = argc > 1 ? (size_t)atol(argv[1]) : 10000, i, edges = 0;
	sx_catalog *cat;
	sx_database *db;
	sx_schema *s;
	sx_table **tabs;
	sx_dbmap *m;
	sx_map_opts mo;
	sx_error err = {0};
	uint64_t t0;
	double secs, cpu, times[200], gtimes[50], ltimes[50];
	clock_t c0;
	size_t found = 0, nodes = 0;

	if (ntab < 10) {
		fprintf(stderr, "usage: bench_map [TABLES >= 10]\n");
		return 2;
	}
	sx_catalog_new(&cat, &err);
	db = sx_catalog_add_database(cat, "synthetic", SX_DB_POSTGRES);
	s = sx_catalog_add_schema(cat, db, "public");
	tabs = calloc(ntab, sizeof *tabs);
	edges = synth_tables(cat, s, tabs, ntab, false);
	printf("synthetic catalog: %zu tables, %zu name-only references, %zu columns\n", ntab, edges,
	       ntab * 5 + edges);

	sx_map_opts_init(&mo, NULL);
	mo.sampling = false;
	sx_dbmap_new(&m, cat, &err);
	t0 = sx_now_ns();
	c0 = clock();
	if (sx_map_build(m, db, NULL, &mo, &err)) {
		fprintf(stderr, "build: %s\n", err.msg);
		return 1;
	}
	secs = (double)(sx_now_ns() - t0) / 1e9;
	cpu = (double)(clock() - c0) / CLOCKS_PER_SEC;
	{
		size_t inferred = 0, right = 0;
		for (i = 0; i < sx_dbmap_rel_count(m); i++) {
			const sx_map_rel *r = sx_dbmap_rel(m, i);
			char want[128];
			if (r->kind != SX_RELK_INFERRED || r->via.t)
				continue;
			inferred++;
			snprintf(want, sizeof want, "%s_id", r->to.table);
			if (!strcmp(r->from.cols[0], want))
				right++;
		}
		printf("%-44s %8.3f s    (budget 2 s; %.3f s CPU): %zu inferred, %zu of %zu references found\n",
		       "map build (describe + PII + relate)", secs, cpu, inferred, right, edges);
	}

	for (i = 0; i < 200; i++) {
		sx_map_paths *p = NULL;
		sx_map_path_opts po;
		const sx_table *a = tabs[next() % ntab], *b = tabs[next() % ntab];
		if (a == b)
			b = tabs[(next() % (ntab - 1) + 1 + (size_t)(a - tabs[0])) % ntab];
		sx_map_path_opts_init(&po);
		t0 = sx_now_ns();
		if (sx_map_paths_find(m, a, b, &po, &p, &err)) {
			fprintf(stderr, "path: %s\n", err.msg);
			return 1;
		}
		times[i] = (double)(sx_now_ns() - t0) / 1e6;
		found += p->npaths > 0;
		sx_map_paths_free(p);
	}
	stats("path (k=3, max hops 4), 200 random pairs", times, 200, 5);
	printf("%-44s %zu of 200 pairs joined within 4 hops\n", "", found);
	/* Pairs that do join: the end of a 3-step random walk. */
	found = 0;
	for (i = 0; i < 200; i++) {
		sx_map_paths *p = NULL;
		sx_map_path_opts po;
		const sx_table *a = tabs[next() % ntab], *b = a;
		size_t step;
		for (step = 0; step < 3; step++) {
			const sx_map_rel **rs = NULL;
			size_t nr = 0;
			if (sx_dbmap_rels_of(m, b, &rs, &nr, &err) || nr == 0) {
				free(rs);
				break;
			}
			{
				const sx_map_rel *r = rs[next() % nr];
				if (!r->via.t)
					b = r->from.t == b ? r->to.t : r->from.t;
			}
			free(rs);
		}
		if (b == a)
			b = tabs[(size_t)(a - tabs[0] + 1) % ntab];
		sx_map_path_opts_init(&po);
		t0 = sx_now_ns();
		if (sx_map_paths_find(m, a, b, &po, &p, &err)) {
			fprintf(stderr, "path: %s\n", err.msg);
			return 1;
		}
		times[i] = (double)(sx_now_ns() - t0) / 1e6;
		found += p->npaths > 0;
		sx_map_paths_free(p);
	}
	stats("path (k=3, max hops 4), 200 related pairs", times, 200, 5);
	printf("%-44s %zu of 200 pairs joined within 4 hops\n", "", found);

	for (i = 0; i < 50; i++) {
		sx_map_layout *l = NULL;
		sx_map_graph_opts go;
		const sx_table *c = tabs[next() % ntab];
		sx_map_graph_opts_init(&go);
		go.hops = 2;
		t0 = sx_now_ns();
		if (sx_map_graph(m, db, c, &go, &l, &err)) {
			fprintf(stderr, "graph: %s\n", err.msg);
			return 1;
		}
		gtimes[i] = (double)(sx_now_ns() - t0) / 1e6;
		ltimes[i] = l->layout_seconds * 1e3;
		nodes += l->nnodes;
		sx_map_layout_free(l);
	}
	stats("graph 2-hop neighbourhood, whole call", gtimes, 50, 50);
	stats("graph 2-hop neighbourhood, gvLayout alone", ltimes, 50, 50);
	printf("%-44s %.1f tables per neighbourhood on average\n", "", (double)nodes / 50.0);
	sx_dbmap_free(m);
	sx_catalog_free(cat);
	free(tabs);
	return 0;
}
