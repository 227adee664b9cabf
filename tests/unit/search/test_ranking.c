/*
 * test_ranking.c - ranking levers of the table search: the name match
 * ([search] name_boost) raises a table whose own name the question says,
 * in any inflection, over a table that only mentions the word in its
 * columns; a table whose name the question does not say is unchanged.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "search/search_int.h"

/* "station" mentions trips in three columns; "trip" is named for them.
 * Table name, then its columns. */
static const char *const bike_tables[][2] = {
    {"station", "id trip_count last_trip_at trip_duration_avg"},
    {"trip", "id bike_id duration"},
    {"weather", "day max_temperature"},
};

static sx_catalog *bikes(void)
{
	sx_catalog *cat;
	sx_error e;
	size_t i;
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	sx_schema *main_ =
	    sx_catalog_add_schema(cat, sx_catalog_add_database(cat, "bikes", SX_DB_SQLITE), "main");
	for (i = 0; i < sizeof bike_tables / sizeof *bike_tables; i++) {
		sx_table *t = sx_catalog_add_table(cat, main_, bike_tables[i][0], SX_REL_TABLE);
		char cols[128], *c, *save = NULL;
		snprintf(cols, sizeof cols, "%s", bike_tables[i][1]);
		for (c = strtok_r(cols, " ", &save); c; c = strtok_r(NULL, " ", &save))
			sx_catalog_add_column(cat, t, c, "integer");
	}
	return cat;
}

/* Scores of the named tables for query under name_boost (NULL: default). */
static void scores(sx_catalog *cat, const char *boost, const char *query, const char *a, double *sa,
                   const char *b, double *sb)
{
	sx_config *cfg;
	sx_search_src src = {0};
	sx_search *s;
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	sx_search_result *r;
	sx_error e;
	size_t i;
	assert_int_equal(sx_config_load_string(&cfg, "", &e), 0);
	if (boost)
		assert_int_equal(sx_config_set(cfg, "search", "name_boost", boost), 0);
	src.cat = cat;
	src.config = cfg;
	assert_int_equal(sx_search_open(&s, &src, &e), 0);
	o.k = 10;
	assert_int_equal(sx_search_query(s, query, &o, &r, &e), 0);
	*sa = *sb = -1;
	for (i = 0; i < r->n; i++) {
		if (strcmp(r->hits[i].table->name, a) == 0)
			*sa = r->hits[i].score;
		if (strcmp(r->hits[i].table->name, b) == 0)
			*sb = r->hits[i].score;
	}
	sx_search_result_free(r);
	sx_search_free(s);
	sx_config_free(cfg);
}

static void test_name_match(void **state)
{
	sx_catalog *cat = bikes();
	double trip0, station0, trip1, station1, w0, w1;
	(void)state;
	/* off: the columns' three mentions outweigh the name; on (the
	 * default, 0.3): the table called "trip" gains 30 % on "station" */
	scores(cat, "0", "which trips lasted longest", "trip", &trip0, "station", &station0);
	scores(cat, NULL, "which trips lasted longest", "trip", &trip1, "station", &station1);
	assert_true(trip0 > 0 && station0 > 0 && trip1 > 0 && station1 > 0);
	assert_true(trip0 < station0);
	assert_true(fabs(trip1 / station1 - 1.3 * trip0 / station0) < 0.02 * trip1 / station1);
	/* a stronger boost puts the named table first */
	scores(cat, "1", "which trips lasted longest", "trip", &trip1, "station", &station1);
	assert_true(trip1 > station1);

	/* a question that names no table is ranked as without the boost */
	scores(cat, "0", "maximum temperature of the day", "weather", &w0, "station", &station0);
	scores(cat, NULL, "maximum temperature of the day", "weather", &w1, "station", &station1);
	assert_true(w0 > 0);
	assert_true(fabs(w0 - w1) < 1e-4);
	sx_catalog_free(cat);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_name_match),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
