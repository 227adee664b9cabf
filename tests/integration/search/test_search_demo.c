/*
 * test_search_demo.c - search quality on the demo warehouse. The demo is
 * analysed the way `sextant analyze` does it (introspect, map with value
 * sampling, save), then every question of tests/data/demo_questions.jsonl
 * (36 Russian, 36 English, expected tables written by hand from
 * docs/demo.md) is searched. Floors: recall@5 >= 0.90 overall and >= 0.85
 * in each language (measured 0.99 / 1.00 when written; the floor leaves
 * room for lexicon and map changes, not for a broken ranking).
 */
#include "sx_test.h"

#include <sextant/map.h>
#include <sextant/store.h>

#include "search/search_int.h"

static double recall5(const sx_search_result *r, const cJSON *gold)
{
	const cJSON *g;
	size_t hit = 0, n = 0, i;
	cJSON_ArrayForEach(g, gold)
	{
		n++;
		for (i = 0; i < r->n && i < 5; i++)
			if (strcmp(r->hits[i].table->name, g->valuestring) == 0) {
				hit++;
				break;
			}
	}
	return n ? (double)hit / (double)n : 0;
}

static void test_demo_questions(void **state)
{
	char demo[1024], qpath[1024];
	const char *ws = sx_test_tmpdir("search-demo");
	sx_catalog *cat;
	sx_database *db;
	sx_sampler *sampler = NULL;
	sx_dbmap *map;
	sx_search_mapinfo *mi;
	sx_search *s;
	sx_search_src src = {0};
	sx_source_opts so = {0};
	sx_map_opts mo;
	sx_store *st;
	sx_error e;
	char *text, *line, *next;
	size_t len;
	double sum[2] = {0}, cnt[2] = {0};
	(void)state;

	snprintf(demo, sizeof demo, "%s/data/demo.sqlite", getenv("SX_BUILD_DIR"));
	snprintf(qpath, sizeof qpath, "%s/tests/data/demo_questions.jsonl", getenv("SX_SOURCE_DIR"));
	assert_int_equal(sx_store_open(&st, ws, &e), 0);
	assert_int_equal(sx_map_migrate(st, &e), 0);
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	assert_int_equal(sx_source_introspect(cat, demo, &so, &db, &e), 0);
	assert_int_equal(sx_sampler_open(&sampler, demo, &so, &e), 0);
	sx_map_opts_init(&mo, NULL);
	assert_int_equal(sx_dbmap_new(&map, cat, &e), 0);
	assert_int_equal(sx_map_build(map, db, sampler, &mo, &e), 0);
	assert_int_equal(sx_store_save_database(st, db, &e), 0);
	assert_int_equal(sx_map_save(st, map, db, &e), 0);
	sx_sampler_close(sampler);
	assert_int_equal(sx_search_mapinfo_new(&mi, map, &e), 0);
	src.cat = cat;
	src.store = st;
	src.info = sx_search_mapinfo_fn;
	src.info_payload = mi;
	assert_int_equal(sx_search_open(&s, &src, &e), 0);

	assert_int_equal(sx_file_read(qpath, &text, &len, &e), 0);
	for (line = text; line && *line; line = next) {
		cJSON *q;
		sx_search_result *r;
		sx_search_opts o = SX_SEARCH_OPTS_INIT;
		int li;
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (!*line)
			continue;
		assert_non_null(q = cJSON_Parse(line));
		li = strcmp(sx_json_str(q, "lang", ""), "ru") == 0;
		o.k = 5;
		assert_int_equal(sx_search_query(s, sx_json_str(q, "question", ""), &o, &r, &e), 0);
		sum[li] += recall5(r, cJSON_GetObjectItem(q, "tables"));
		cnt[li]++;
		sx_search_result_free(r);
		cJSON_Delete(q);
	}
	free(text);
	print_message("demo recall@5: english %.3f (%.0f questions), russian %.3f (%.0f)\n",
		      sum[0] / cnt[0], cnt[0], sum[1] / cnt[1], cnt[1]);
	assert_true(cnt[0] >= 30 && cnt[1] >= 30);
	assert_true((sum[0] + sum[1]) / (cnt[0] + cnt[1]) >= 0.90);
	assert_true(sum[0] / cnt[0] >= 0.85);
	assert_true(sum[1] / cnt[1] >= 0.85);

	sx_search_free(s);
	sx_search_mapinfo_free(mi);
	sx_dbmap_free(map);
	sx_catalog_free(cat);
	sx_store_close(st);
	sx_test_rmrf(ws);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_demo_questions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
