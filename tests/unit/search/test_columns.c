/*
 * test_columns.c - column search (sx_search_columns): columns ranked by the
 * query words their name, comment and type hold, mixed with their table's
 * score; filters; why; JSON.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "search/search_int.h"

static sx_catalog *shop(void)
{
	sx_catalog *cat;
	sx_database *db, *db2;
	sx_schema *s, *s2;
	sx_table *t;
	sx_error e;
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	db = sx_catalog_add_database(cat, "shop", SX_DB_SQLITE);
	s = sx_catalog_add_schema(cat, db, "main");
	t = sx_catalog_add_table(cat, s, "customers", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "email", "text");
	sx_catalog_add_column(cat, t, "full_name", "text");
	sx_catalog_add_column(cat, t, "dob", "date");
	t->cols[3].comment = sx_catalog_str(cat, "дата рождения");
	t = sx_catalog_add_table(cat, s, "orders", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "customer_id", "integer");
	sx_catalog_add_column(cat, t, "total_amt", "numeric");
	sx_catalog_add_column(cat, t, "shipped_at", "timestamp");
	db2 = sx_catalog_add_database(cat, "crm", SX_DB_SQLITE);
	s2 = sx_catalog_add_schema(cat, db2, "main");
	t = sx_catalog_add_table(cat, s2, "leads", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "email", "text");
	sx_catalog_add_column(cat, t, "source", "text");
	return cat;
}

static void test_column_search(void **state)
{
	sx_catalog *cat = shop();
	sx_search_src src = {0};
	sx_search *s;
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	sx_search_col_result *r;
	sx_error e;
	cJSON *j;
	size_t i;
	bool why = false;
	(void)state;
	src.cat = cat;
	assert_int_equal(sx_search_open(&s, &src, &e), 0);

	/* the customer's email before the lead's: its table matches too */
	assert_int_equal(sx_search_columns(s, "customer email", &o, &r, &e), 0);
	assert_true(r->n >= 2);
	assert_string_equal(r->hits[0].table->name, "customers");
	assert_string_equal(r->hits[0].column->name, "email");
	assert_true(r->hits[0].score >= r->hits[1].score);
	for (i = 0; i < r->hits[0].nwhy; i++)
		why |= strcmp(r->hits[0].why[i], "email") == 0;
	assert_true(why);
	j = sx_search_col_hit_to_json(&r->hits[0]);
	assert_string_equal(sx_json_str(j, "table", ""), "customers");
	assert_string_equal(sx_json_str(j, "column", ""), "email");
	assert_string_equal(sx_json_str(j, "type", ""), "text");
	cJSON_Delete(j);
	sx_search_col_result_free(r);

	/* abbreviations and comments: "amount" finds total_amt, Russian
	 * words find the column their comment describes */
	assert_int_equal(sx_search_columns(s, "order amount", &o, &r, &e), 0);
	assert_true(r->n > 0);
	assert_string_equal(r->hits[0].column->name, "total_amt");
	sx_search_col_result_free(r);
	assert_int_equal(sx_search_columns(s, "дата рождения клиента", &o, &r, &e), 0);
	assert_true(r->n > 0);
	assert_string_equal(r->hits[0].column->name, "dob");
	sx_search_col_result_free(r);

	/* the database filter applies to the columns' tables */
	o.database = "crm";
	assert_int_equal(sx_search_columns(s, "email", &o, &r, &e), 0);
	assert_true(r->n > 0);
	for (i = 0; i < r->n; i++)
		assert_string_equal(r->hits[i].table->schema->db->name, "crm");
	sx_search_col_result_free(r);
	o.database = NULL;

	/* k bounds the answer; bad queries fail as table search does */
	o.k = 1;
	assert_int_equal(sx_search_columns(s, "email", &o, &r, &e), 0);
	assert_int_equal((int)r->n, 1);
	sx_search_col_result_free(r);
	assert_int_equal(sx_search_columns(s, "the", &o, &r, &e), SX_EINVAL);
	assert_null(r);

	/* table search still answers after the column documents were built */
	{
		sx_search_result *tr;
		o.k = 5;
		assert_int_equal(sx_search_query(s, "orders shipped", &o, &tr, &e), 0);
		assert_string_equal(tr->hits[0].table->name, "orders");
		sx_search_result_free(tr);
	}
	sx_search_free(s);
	sx_catalog_free(cat);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_column_search),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
