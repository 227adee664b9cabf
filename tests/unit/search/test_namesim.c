/*
 * test_namesim.c - the embedding similarity of column and table names that
 * `sextant analyze` gives the map as relationship evidence.
 */
#include "sx_test.h"

#include <sextant/search.h>

static void test_namesim(void **state)
{
	sx_namesim *s;
	sx_error err = {0};
	(void)state;
	if (sx_namesim_new(&s, &err))
		fail_msg("namesim: %s", err.msg);
	/* the same concept, once the key word is left out */
	assert_true(sx_namesim_score(s, "customer_id", "customers") > 0.8);
	/* an abbreviation meets its expansion */
	assert_true(sx_namesim_score(s, "cust_id", "customers") > 0.8);
	/* a Russian word meets its English concept */
	assert_true(sx_namesim_score(s, "клиент_id", "customers") > 0.5);
	/* a synonym set: client ~ customer (the synonym weighs less than
	 * the word itself, so this is partial, but far from nothing) */
	assert_true(sx_namesim_score(s, "client_id", "customer") > 0.3);
	assert_true(sx_namesim_score(s, "client_id", "customer") >
		    sx_namesim_score(s, "client_id", "products") + 0.3);
	/* unrelated names share nothing */
	assert_true(sx_namesim_score(s, "order_id", "products") < 0.1);
	/* a bare key word says nothing about the table */
	assert_true(sx_namesim_score(s, "id", "customers") == 0);
	/* symmetric enough in the way it is used: parts count */
	assert_true(sx_namesim_score(s, "billing_customer_id", "customers") > 0.3);
	assert_true(sx_namesim_score(s, "billing_customer_id", "customers") <
		    sx_namesim_score(s, "customer_id", "customers"));
	sx_namesim_free(s);
	sx_namesim_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {cmocka_unit_test(test_namesim)};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
