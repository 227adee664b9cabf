/*
 * test_ambiguity.c - the planner's question and the user's pick, on the
 * demo (SQLite, build/data/demo.sqlite), through the `generate` command as
 * the TUI runs it (a pick mailbox on the context).
 *
 * "monthly revenue by customer" is a close call between
 * order_items.line_total (the planner's reading) and t_ord_hdr's
 * total_amount. With a handler that picks option 2 the plan uses
 * total_amount and the pick is recorded as "user" (--json and `run show`);
 * a handler that never answers gets the default after the timeout
 * ("timeout"); cancel during the wait cancels the run; without a mailbox
 * the default is taken at once ("default").
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include <sextant/agents.h>
#include <sextant/commands.h>

#include "cmd_ws.h"

#define INTENT "monthly revenue by customer"

typedef struct {
	sx_pick *pick;
	atomic_int *cancel;
	int mode; /* 0 answer option 2, 1 never, 2 cancel */
	int asked;
	int64_t n;
	int timeout_ms;
	char options[1024];
} handler;

static void on_event(void *payload, const sx_event *ev)
{
	handler *h = payload;
	if (ev->type != SX_EV_AMBIGUITY)
		return;
	h->asked++;
	h->n = ev->a;
	h->timeout_ms = ev->u.ambiguity.timeout_ms;
	snprintf(h->options, sizeof h->options, "%s", ev->u.ambiguity.options);
	if (h->mode == 0)
		sx_pick_answer(h->pick, ev->a, 1);
	else if (h->mode == 2)
		atomic_store(h->cancel, 1);
}

static int run_cmd(const char *cfgtext, handler *h, cJSON **res, int argc, char **argv)
{
	sx_cmd_ctx ctx = {0};
	atomic_int cancel = 0;
	ctx.cancel = &cancel;
	if (h) {
		h->cancel = &cancel;
		ctx.pick = h->pick;
		ctx.event = on_event;
		ctx.event_payload = h;
	}
	return cmd_in_ws(cfgtext, &ctx, res, argc, argv);
}

static const cJSON *ambiguity(const cJSON *run)
{
	const cJSON *a = cJSON_GetObjectItem(run, "ambiguities");
	assert_int_equal(cJSON_GetArraySize(a), 1);
	return cJSON_GetArrayItem(a, 0);
}

static const char *select_sql(const cJSON *run)
{
	const cJSON *x;
	cJSON_ArrayForEach(
	    x, cJSON_GetObjectItem(run, "artifacts")) if (strcmp(sx_json_str(x, "kind", ""),
	                                                         "select_sql") ==
	                                                  0) return sx_json_str(x, "content", "");
	fail_msg("no select_sql artifact");
	return NULL;
}

static int setup(void **state)
{
	(void)state;
	return ws_with_demo("/tmp/sx-ambig-XXXXXX");
}

static char *gen_argv[] = {"generate", INTENT, "--provider", "builtin"};

static void test_user_pick(void **state)
{
	handler h = {.pick = sx_pick_new(), .mode = 0};
	cJSON *res = NULL, *shown = NULL;
	(void)state;
	assert_int_equal(run_cmd("", &h, &res, 4, gen_argv), 0);
	assert_int_equal(h.asked, 1);
	assert_int_equal(h.timeout_ms, 30000); /* [agents] ambiguity_timeout_s default */
	assert_non_null(
	    strstr(h.options, "sum:order_items.line_total\nsum:t_ord_hdr.total_amount"));
	const cJSON *a = ambiguity(res);
	assert_string_equal(sx_json_str(a, "kind", ""), "measure");
	assert_string_equal(sx_json_str(a, "how", ""), "user");
	assert_int_equal(sx_json_int(a, "chosen", -1), 1);
	assert_string_equal(sx_json_str(a, "chosen_option", ""), "sum:t_ord_hdr.total_amount");
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(a, "options")), 3);
	assert_non_null(strstr(sx_json_str(a, "question", ""), "line_total"));
	/* the plan was made again with the pick */
	assert_non_null(strstr(select_sql(res), "total_amount"));
	assert_null(strstr(select_sql(res), "line_total"));
	/* `run show` reads the pick back from the history */
	char *show[] = {"run", "show", (char *)sx_json_str(res, "run_id", "")};
	assert_int_equal(run_cmd("", NULL, &shown, 3, show), 0);
	a = ambiguity(shown);
	assert_string_equal(sx_json_str(a, "how", ""), "user");
	assert_string_equal(sx_json_str(a, "chosen_option", ""), "sum:t_ord_hdr.total_amount");
	cJSON_Delete(shown);
	cJSON_Delete(res);
	sx_pick_free(h.pick);
}

/* The time column: "monthly payments amount" is dated by
 * payments.created_at; payments also has paid_at (updated_at is never
 * offered). The pick re-plans by paid_at. */
static void test_time_pick(void **state)
{
	handler h = {.pick = sx_pick_new(), .mode = 0};
	cJSON *res = NULL, *shown = NULL;
	char *argv[] = {"generate", "monthly payments amount", "--provider", "builtin"};
	(void)state;
	assert_int_equal(run_cmd("", &h, &res, 4, argv), 0);
	assert_int_equal(h.asked, 1);
	assert_string_equal(h.options, "payments.created_at\npayments.paid_at");
	const cJSON *a = ambiguity(res);
	assert_string_equal(sx_json_str(a, "kind", ""), "time");
	assert_non_null(strstr(sx_json_str(a, "question", ""), "which time column?"));
	assert_string_equal(sx_json_str(a, "how", ""), "user");
	assert_string_equal(sx_json_str(a, "chosen_option", ""), "payments.paid_at");
	assert_non_null(strstr(select_sql(res), "\"paid_at\""));
	assert_null(strstr(select_sql(res), "created_at"));
	const cJSON *tm = cJSON_GetObjectItem(
	    cJSON_GetObjectItem(cJSON_GetObjectItem(res, "plan"), "spec"), "time");
	assert_string_equal(sx_json_str(tm, "column", ""), "paid_at");
	char *show[] = {"run", "show", (char *)sx_json_str(res, "run_id", "")};
	assert_int_equal(run_cmd("", NULL, &shown, 3, show), 0);
	a = ambiguity(shown);
	assert_string_equal(sx_json_str(a, "kind", ""), "time");
	assert_string_equal(sx_json_str(a, "how", ""), "user");
	assert_string_equal(sx_json_str(a, "chosen_option", ""), "payments.paid_at");
	cJSON_Delete(shown);
	cJSON_Delete(res);
	sx_pick_free(h.pick);
}

/* The entity (gen.entity-ambiguous): "tracking events" by shipments.status
 * is read as delivery_events, the reading the dimension reaches; the
 * clickstream's events cannot be split by it, so the other option counts
 * them without the dimension. */
static void test_entity_pick(void **state)
{
	handler h = {.pick = sx_pick_new(), .mode = 0};
	cJSON *res = NULL, *shown = NULL;
	char *argv[] = {"generate",    "number of tracking events",
	                "--dimension", "shipments.status",
	                "--provider",  "builtin"};
	(void)state;
	assert_int_equal(run_cmd("", &h, &res, 6, argv), 0);
	assert_int_equal(h.asked, 1);
	assert_non_null(strstr(h.options, "count:delivery_events.id\ncount:events.id without"));
	const cJSON *a = ambiguity(res);
	assert_string_equal(sx_json_str(a, "kind", ""), "entity");
	assert_non_null(strstr(sx_json_str(a, "question", ""), "which entity?"));
	assert_string_equal(sx_json_str(a, "how", ""), "user");
	assert_int_equal(sx_json_int(a, "chosen", -1), 1);
	const char *sql = select_sql(res);
	assert_non_null(strstr(sql, "FROM \"events\""));
	assert_null(strstr(sql, "delivery_events"));
	assert_null(strstr(sql, "status"));
	char *show[] = {"run", "show", (char *)sx_json_str(res, "run_id", "")};
	assert_int_equal(run_cmd("", NULL, &shown, 3, show), 0);
	a = ambiguity(shown);
	assert_string_equal(sx_json_str(a, "kind", ""), "entity");
	assert_int_equal(sx_json_int(a, "chosen", -1), 1);
	cJSON_Delete(shown);
	cJSON_Delete(res);

	/* without a mailbox the planner's reading stands, recorded as the default */
	assert_int_equal(run_cmd("", NULL, &res, 6, argv), 0);
	a = ambiguity(res);
	assert_string_equal(sx_json_str(a, "kind", ""), "entity");
	assert_string_equal(sx_json_str(a, "how", ""), "default");
	assert_non_null(strstr(select_sql(res), "delivery_events"));
	cJSON_Delete(res);
	sx_pick_free(h.pick);
}

static void test_timeout(void **state)
{
	handler h = {.pick = sx_pick_new(), .mode = 1};
	cJSON *res = NULL;
	(void)state;
	assert_int_equal(run_cmd("[agents]\nambiguity_timeout_s = 1\n", &h, &res, 4, gen_argv), 0);
	assert_int_equal(h.asked, 1);
	assert_int_equal(h.timeout_ms, 1000);
	/* an answer after the time ran out is ignored */
	sx_pick_answer(h.pick, h.n, 2);
	const cJSON *a = ambiguity(res);
	assert_string_equal(sx_json_str(a, "how", ""), "timeout");
	assert_int_equal(sx_json_int(a, "chosen", -1), 0);
	assert_non_null(strstr(select_sql(res), "line_total"));
	cJSON_Delete(res);
	sx_pick_free(h.pick);
}

static void test_cancel_while_waiting(void **state)
{
	handler h = {.pick = sx_pick_new(), .mode = 2};
	cJSON *res = NULL;
	(void)state;
	assert_int_equal(run_cmd("", &h, &res, 4, gen_argv), SX_ECANCELLED);
	assert_int_equal(h.asked, 1);
	cJSON_Delete(res);
	sx_pick_free(h.pick);
}

static void test_no_handler(void **state)
{
	cJSON *res = NULL;
	(void)state;
	assert_int_equal(run_cmd("", NULL, &res, 4, gen_argv), 0);
	const cJSON *a = ambiguity(res);
	assert_string_equal(sx_json_str(a, "how", ""), "default");
	assert_int_equal(sx_json_int(a, "chosen", -1), 0);
	assert_non_null(strstr(select_sql(res), "line_total"));
	cJSON_Delete(res);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_user_pick),
	    cmocka_unit_test(test_time_pick),
	    cmocka_unit_test(test_entity_pick),
	    cmocka_unit_test(test_timeout),
	    cmocka_unit_test(test_cancel_while_waiting),
	    cmocka_unit_test(test_no_handler),
	};
	return cmocka_run_group_tests(tests, setup, ws_remove);
}
