/*
 * test_context.c - the navigation context: terminals from search or from
 * names, a connecting tree through a connector table, one SQL over the
 * tree, load order, and each kind of warning.
 */
#include "sx_test.h"

#include <sextant/map.h>

#include "search/search_int.h"

static sx_catalog *cat;
static sx_dbmap *map;
static sx_search_mapinfo *mi;
static sx_search *s;

static int setup(void **state)
{
	const char *c_user[] = {"user_id"}, *c_order[] = {"order_id"}, *id[] = {"id"};
	sx_database *db, *db2;
	sx_schema *sc;
	sx_table *t;
	sx_map_opts mo;
	sx_search_src src = {0};
	sx_error e;
	(void)state;
	if (sx_catalog_new(&cat, &e))
		return -1;
	db = sx_catalog_add_database(cat, "shop", SX_DB_SQLITE);
	sc = sx_catalog_add_schema(cat, db, "main");
	t = sx_catalog_add_table(cat, sc, "users", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "email", "text");
	sx_catalog_add_column(cat, t, "full_name", "text");
	sx_catalog_set_pk(cat, t, NULL, 1, id);
	t = sx_catalog_add_table(cat, sc, "orders", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "user_id", "integer");
	sx_catalog_add_column(cat, t, "total", "numeric");
	sx_catalog_set_pk(cat, t, NULL, 1, id);
	sx_catalog_add_fk(cat, t, NULL, 1, c_user, NULL, "users", id);
	sx_catalog_add_index(cat, t, "orders_user", false, 1, c_user);
	t = sx_catalog_add_table(cat, sc, "payments", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "order_id", "integer");
	sx_catalog_add_column(cat, t, "amount", "numeric");
	sx_catalog_set_pk(cat, t, NULL, 1, id);
	sx_catalog_add_fk(cat, t, NULL, 1, c_order, NULL, "orders", id); /* no index */
	t = sx_catalog_add_table(cat, sc, "sessions", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "user_id", "integer");
	sx_catalog_add_column(cat, t, "started_at", "timestamp");
	sx_catalog_set_pk(cat, t, NULL, 1, id);
	sx_catalog_add_fk(cat, t, NULL, 1, c_user, NULL, "users", id);
	t = sx_catalog_add_table(cat, sc, "settings", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "key", "text");
	sx_catalog_add_column(cat, t, "value", "text");
	db2 = sx_catalog_add_database(cat, "hr", SX_DB_SQLITE);
	sc = sx_catalog_add_schema(cat, db2, "main");
	t = sx_catalog_add_table(cat, sc, "salaries", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "amount", "numeric");

	sx_map_opts_init(&mo, NULL);
	if (sx_dbmap_new(&map, cat, &e) || sx_map_build(map, db, NULL, &mo, &e) ||
	    sx_map_build(map, db2, NULL, &mo, &e) || sx_search_mapinfo_new(&mi, map, &e))
		return -1;
	src.cat = cat;
	src.info = sx_search_mapinfo_fn;
	src.info_payload = mi;
	return sx_search_open(&s, &src, &e);
}

static int teardown(void **state)
{
	(void)state;
	sx_search_free(s);
	sx_search_mapinfo_free(mi);
	sx_dbmap_free(map);
	sx_catalog_free(cat);
	return 0;
}

static bool has_warning(const cJSON *r, const char *kind, const char *table)
{
	const cJSON *w;
	cJSON_ArrayForEach(w, cJSON_GetObjectItem(r, "warnings"))
	if (strcmp(sx_json_str(w, "kind", ""), kind) == 0 &&
	    (!table || strcmp(sx_json_str(w, "table", ""), table) == 0)) return true;
	return false;
}

static const cJSON *table_in(const cJSON *r, const char *name)
{
	const cJSON *t;
	cJSON_ArrayForEach(t, cJSON_GetObjectItem(r, "relevant_tables"))
	if (strcmp(sx_json_str(t, "name", ""), name) == 0) return t;
	return NULL;
}

static int order_of(const cJSON *r, const char *name)
{
	const cJSON *x;
	int i = 0;
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "data_flow_order"))
	{
		if (strcmp(x->valuestring, name) == 0)
			return i;
		i++;
	}
	return -1;
}

static const sx_table *tab(const char *ref)
{
	sx_table *t = NULL;
	sx_error e;
	assert_int_equal(sx_catalog_resolve(cat, ref, &t, &e), 0);
	return t;
}

static void test_named_tables(void **state)
{
	const sx_table *tabs[3];
	sx_context_opts o = {0};
	cJSON *r = NULL;
	const cJSON *sql;
	sx_error e;
	(void)state;
	tabs[0] = tab("users"); /* the root: users -> orders -> payments fans out */
	tabs[1] = tab("payments");
	tabs[2] = NULL;
	o.tables = tabs;
	assert_int_equal(sx_search_context(s, map, "", &o, &r, &e), 0);
	/* orders connects them */
	assert_non_null(table_in(r, "orders"));
	assert_string_equal(sx_json_str(table_in(r, "orders"), "role", ""), "connector");
	assert_string_equal(sx_json_str(table_in(r, "users"), "role", ""), "match");
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(r, "table_relationships")), 2);
	/* referenced tables load first */
	assert_true(order_of(r, "users") < order_of(r, "orders"));
	assert_true(order_of(r, "orders") < order_of(r, "payments"));
	/* one SQL over the tree, quoted, with both joins */
	sql = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(r, "suggested_joins"), 0), "sql");
	assert_non_null(sql);
	assert_non_null(strstr(sql->valuestring, "JOIN \"orders\""));
	assert_non_null(strstr(sql->valuestring, "\"users\""));
	/* warnings: the unindexed payments.order_id, the 1:N steps, the e-mail */
	assert_true(has_warning(r, "missing_index", "payments"));
	assert_false(has_warning(r, "missing_index", "orders")); /* orders_user covers it */
	assert_true(has_warning(r, "fan_out", NULL));
	assert_true(has_warning(r, "pii", "users"));
	assert_true(sx_json_bool(table_in(r, "users"), "pii", false));
	cJSON_Delete(r);
}

static void test_unconnected_and_other_db(void **state)
{
	const sx_table *tabs[4];
	sx_context_opts o = {0};
	cJSON *r = NULL;
	sx_error e;
	(void)state;
	tabs[0] = tab("users");
	tabs[1] = tab("settings");
	tabs[2] = tab("salaries");
	tabs[3] = NULL;
	o.tables = tabs;
	assert_int_equal(sx_search_context(s, map, "", &o, &r, &e), 0);
	assert_true(has_warning(r, "unconnected", "settings"));
	assert_true(has_warning(r, "other_database", "salaries"));
	cJSON_Delete(r);
}

static bool in_subject_join(const cJSON *r, const char *name)
{
	const cJSON *j = cJSON_GetArrayItem(cJSON_GetObjectItem(r, "suggested_joins"), 0), *x;
	if (!j || !sx_json_str(j, "note", NULL))
		return false;
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(j, "tables"))
	if (strcmp(x->valuestring, name) == 0) return true;
	return false;
}

/* payments -> orders -> users <- sessions climbs to users and down again:
 * sessions stays out of the one query; a second one-to-many branch from
 * users (orders, sessions) is a chasm trap and stays out too. */
static void test_subject_join_low_fanout(void **state)
{
	const sx_table *tabs[4];
	sx_context_opts o = {0};
	cJSON *r = NULL;
	sx_error e;
	(void)state;
	tabs[0] = tab("payments");
	tabs[1] = tab("sessions");
	tabs[2] = NULL;
	o.tables = tabs;
	assert_int_equal(sx_search_context(s, map, "", &o, &r, &e), 0);
	assert_non_null(table_in(r, "sessions"));
	assert_false(in_subject_join(r, "sessions"));
	assert_true(has_warning(r, "separate", "sessions"));
	cJSON_Delete(r);

	tabs[0] = tab("users");
	tabs[1] = tab("payments");
	tabs[2] = tab("sessions");
	tabs[3] = NULL;
	assert_int_equal(sx_search_context(s, map, "", &o, &r, &e), 0);
	assert_true(in_subject_join(r, "users"));
	assert_true(in_subject_join(r, "orders"));
	assert_true(in_subject_join(r, "payments")); /* a chain of 1:N keeps rows once */
	assert_false(in_subject_join(r, "sessions"));
	assert_true(has_warning(r, "separate", "sessions"));
	assert_false(has_warning(r, "separate", "payments"));
	cJSON_Delete(r);
}

/* Two tables joined by one path: that path is the subject's join, said
 * once, with its confidence, not again as a twin beside it. */
static void test_subject_join_not_twice(void **state)
{
	const sx_table *tabs[3];
	sx_context_opts o = {0};
	cJSON *r = NULL;
	const cJSON *joins, *first;
	sx_error e;
	(void)state;
	tabs[0] = tab("orders");
	tabs[1] = tab("payments");
	tabs[2] = NULL;
	o.tables = tabs;
	assert_int_equal(sx_search_context(s, map, "", &o, &r, &e), 0);
	joins = cJSON_GetObjectItem(r, "suggested_joins");
	assert_int_equal(cJSON_GetArraySize(joins), 1);
	first = cJSON_GetArrayItem(joins, 0);
	assert_non_null(sx_json_str(first, "note", NULL));
	assert_non_null(cJSON_GetObjectItem(first, "confidence"));
	assert_true(in_subject_join(r, "orders"));
	assert_true(in_subject_join(r, "payments"));
	cJSON_Delete(r);
}

static void test_from_search(void **state)
{
	cJSON *r = NULL;
	sx_error e;
	(void)state;
	assert_int_equal(sx_search_context(s, map, "payments", NULL, &r, &e), 0);
	assert_non_null(table_in(r, "payments"));
	assert_string_equal(sx_json_str(r, "database", ""), "shop");
	cJSON_Delete(r);
	assert_int_equal(sx_search_context(s, map, "the of and", NULL, &r, &e), SX_EINVAL);
	assert_null(r);
	assert_int_equal(sx_search_context(s, map, "zebra giraffe", NULL, &r, &e), SX_ENOTFOUND);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_named_tables),
		cmocka_unit_test(test_unconnected_and_other_db),
		cmocka_unit_test(test_subject_join_low_fanout),
		cmocka_unit_test(test_subject_join_not_twice),
		cmocka_unit_test(test_from_search),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
