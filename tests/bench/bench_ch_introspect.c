/*
 * bench_ch_introspect.c - times the ClickHouse introspection alone
 * (sx_source_introspect, in-process, no map, no workspace), for
 * bench_ch_analyze.sh.
 *
 * usage: bench_ch_introspect URL [RUNS=5]
 * prints: "introspect RUNS runs: a s, b s, ...; median M s; T tables; R round trips"
 */
#include <stdio.h>
#include <stdlib.h>

#include <sextant/catalog.h>

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	int runs = argc > 2 ? atoi(argv[2]) : 5, i;
	double t[64], sorted[64];
	size_t tables = 0;
	int64_t trips = 0;

	if (argc < 2 || runs < 1 || runs > 64) {
		fprintf(stderr, "usage: bench_ch_introspect URL [RUNS=5]\n");
		return 2;
	}
	for (i = 0; i < runs; i++) {
		sx_catalog *cat;
		sx_database *db;
		sx_error err;
		uint64_t t0;
		if (sx_catalog_new(&cat, &err))
			return 1;
		t0 = sx_now_ns();
		if (sx_source_introspect(cat, argv[1], NULL, &db, &err)) {
			fprintf(stderr, "bench_ch_introspect: %s\n", err.msg);
			return 1;
		}
		t[i] = (double)(sx_now_ns() - t0) / 1e9;
		tables = sx_database_table_count(db);
		trips = db->round_trips;
		sx_catalog_free(cat);
	}
	printf("introspect %d runs:", runs);
	for (i = 0; i < runs; i++) {
		printf("%s %.3f s", i ? "," : "", t[i]);
		sorted[i] = t[i];
	}
	qsort(sorted, (size_t)runs, sizeof *sorted, cmp);
	printf("; median %.3f s, %.0f tables/s; %zu tables; %lld round trips\n", sorted[runs / 2],
	       (double)tables / sorted[runs / 2], tables, (long long)trips);
	return 0;
}
