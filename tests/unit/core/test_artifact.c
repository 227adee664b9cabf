/*
 * test_artifact.c - artifact sets and finding lists.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include <sextant/artifact.h>

static void test_artifact_set(void **state)
{
	(void)state;
	sx_artifact_set s, c;
	sx_artifact_set_init(&s);
	assert_int_equal(sx_artifact_set_put(&s, SX_ART_SELECT_SQL, "daily", "postgresql", "SELECT 1"), 0);
	assert_int_equal(sx_artifact_set_put(&s, SX_ART_README, "daily", "markdown", "# x"), 0);
	/* same kind and name replaces */
	assert_int_equal(sx_artifact_set_put(&s, SX_ART_SELECT_SQL, "daily", "postgresql", "SELECT 2"), 0);
	assert_int_equal(s.n, 2);
	assert_string_equal(sx_artifact_set_get(&s, SX_ART_SELECT_SQL)->content, "SELECT 2");
	assert_null(sx_artifact_set_get(&s, SX_ART_LOAD_SQL));
	assert_int_equal(sx_artifact_set_copy(&c, &s), 0);
	sx_artifact_set_release(&s);
	assert_string_equal(sx_artifact_set_get(&c, SX_ART_README)->lang, "markdown");
	cJSON *j = sx_artifact_set_to_json(&c);
	assert_int_equal(cJSON_GetArraySize(j), 2);
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(j, 0), "kind", ""), "select_sql");
	cJSON_Delete(j);
	sx_artifact_set_release(&c);
	assert_int_equal(sx_artifact_kind_parse("python_tests"), SX_ART_PYTHON_TESTS);
	assert_int_equal(sx_artifact_kind_parse("nope"), -1);
	assert_string_equal(sx_artifact_kind_name(SX_ART_COUNT), "run");
}

static void test_findings(void **state)
{
	(void)state;
	sx_finding_list l;
	sx_finding_list_init(&l);
	assert_int_equal(sx_finding_add(&l, SX_SEV_ERROR, SX_CAT_SEMANTICS, "sql.unknown-column",
					SX_ART_SELECT_SQL, 3, 7, "did you mean \"amount\"?",
					"column \"amt\" does not exist in %s", "orders"), 0);
	assert_int_equal(sx_finding_add(&l, SX_SEV_WARNING, SX_CAT_STYLE, "sql.select-star",
					SX_ART_LOAD_SQL, 0, 0, NULL, "SELECT * in a load"), 0);
	assert_int_equal(sx_finding_count(&l, SX_SEV_ERROR), 1);
	assert_int_equal(sx_finding_count(&l, SX_SEV_INFO), 0);
	assert_string_equal(l.v[0].message, "column \"amt\" does not exist in orders");
	cJSON *j = sx_finding_list_to_json(&l);
	const cJSON *f = cJSON_GetArrayItem(j, 0);
	assert_string_equal(sx_json_str(f, "severity", ""), "error");
	assert_string_equal(sx_json_str(f, "category", ""), "semantics");
	assert_int_equal(sx_json_int(f, "line", 0), 3);
	assert_true(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetArrayItem(j, 1), "hint")));
	cJSON_Delete(j);
	sx_finding_list_release(&l);
	sx_finding_list_release(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_artifact_set),
		cmocka_unit_test(test_findings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
