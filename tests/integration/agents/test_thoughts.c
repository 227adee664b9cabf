/*
 * test_thoughts.c - a run's streamed thoughts in the history, on the demo
 * (SQLite, build/data/demo.sqlite), through the `generate` and `run show`
 * commands as the CLI and the TUI run them.
 *
 * The history keeps one run_thoughts row per step and agent (the token
 * deltas coalesced), sanitised; `run show` gives them back (--json
 * "thoughts", and its text). With [agents] history_thought_bytes small,
 * each is cut at the cap on a character boundary, a prefix of the whole
 * text, and says how many bytes it left out (a cut inside a Cyrillic
 * letter backs off to the letter's start). A workspace made before the
 * table existed (the agents module a version back) migrates on the next run show.
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
#include <sextant/store.h>

#include "cmd_ws.h"

#define INTENT "daily revenue into ClickHouse"

static int run_cmd(const char *cfgtext, cJSON **res, int argc, char **argv)
{
	sx_cmd_ctx ctx = {0};
	atomic_int cancel = 0;
	ctx.cancel = &cancel;
	return cmd_in_ws(cfgtext, &ctx, res, argc, argv);
}

/* generate, then `run show ID`: the stored run (caller deletes). */
static cJSON *generate_intent_and_show(const char *cfgtext, const char *intent)
{
	char *gen[] = {"generate", (char *)intent, "--provider",
	               "builtin",  "--target",     "clickhouse"};
	cJSON *res = NULL, *shown = NULL;
	assert_int_equal(run_cmd(cfgtext, &res, 6, gen), 0);
	char *show[] = {"run", "show", (char *)sx_json_str(res, "run_id", "")};
	assert_int_equal(run_cmd(cfgtext, &shown, 3, show), 0);
	assert_string_equal(sx_json_str(shown, "id", ""), sx_json_str(res, "run_id", "?"));
	cJSON_Delete(res);
	return shown;
}

static cJSON *generate_and_show(const char *cfgtext)
{
	return generate_intent_and_show(cfgtext, INTENT);
}

static const cJSON *thought(const cJSON *run, const char *step, const char *agent)
{
	const cJSON *t;
	cJSON_ArrayForEach(t, cJSON_GetObjectItem(run, "thoughts"))
	{
		if (strcmp(sx_json_str(t, "step", ""), step) == 0 &&
		    strcmp(sx_json_str(t, "agent", ""), agent) == 0)
			return t;
	}
	return NULL;
}

/* No control or escape character but newlines and tabs, valid UTF-8. */
static void assert_clean(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	for (; *p; p++) {
		assert_false(*p < 0x20 && *p != '\n' && *p != '\t');
		assert_false(*p == 0x7f);
		if (*p >= 0x80) {
			int n = (*p & 0xE0) == 0xC0 ? 1 : (*p & 0xF0) == 0xE0 ? 2 : 3;
			assert_true((*p & 0xC0) == 0xC0);
			for (; n > 0; n--)
				assert_true((*++p & 0xC0) == 0x80);
		}
	}
}

static char *render(const cJSON *run)
{
	const sx_cmd_entry *e = sx_cmd_find("run");
	sx_buf b = SX_BUF_INIT;
	assert_non_null(e);
	e->render(run, &b);
	assert_false(sx_buf_failed(&b));
	return sx_buf_detach(&b);
}

static cJSON *full; /* the uncapped run, for the prefix check */

static void test_stored(void **state)
{
	const cJSON *t, *plan, *an;
	char want[128], *text;
	(void)state;
	full = generate_and_show("");
	assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(full, "thoughts")) >= 4);
	/* the planner's first words name the run; the steps' own text */
	plan = thought(full, "plan", "planner");
	assert_non_null(plan);
	snprintf(want, sizeof want, "run %s: \"%s\"", sx_json_str(full, "id", ""), INTENT);
	assert_true(strncmp(sx_json_str(plan, "text", ""), want, strlen(want)) == 0);
	assert_non_null(strstr(sx_json_str(plan, "text", ""), "grain -> day of"));
	an = thought(full, "analyse", "schema_analyst");
	assert_non_null(an);
	assert_non_null(strstr(sx_json_str(an, "text", ""), "path confidence"));
	assert_non_null(thought(full, "sql", "sql_expert"));
	/* and the plan's DAG, for the boxes of a stored run */
	{
		const cJSON *qa = NULL, *x;
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(full, "dag"))
		{
			if (strcmp(sx_json_str(x, "id", ""), "qa") == 0)
				qa = x;
		}
		assert_non_null(qa);
		assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(qa, "depends_on")), 2);
		assert_string_equal(
		    cJSON_GetArrayItem(cJSON_GetObjectItem(qa, "depends_on"), 0)->valuestring,
		    "sql");
	}
	assert_non_null(thought(full, "qa", "qa_validator"));
	cJSON_ArrayForEach(t, cJSON_GetObjectItem(full, "thoughts"))
	{
		/* whole: one row per step and agent, no token left out */
		assert_int_equal(sx_json_int(t, "cut", -1), 0);
		assert_true(strlen(sx_json_str(t, "text", "")) > 0);
		assert_clean(sx_json_str(t, "text", ""));
	}
	/* `run show`'s text lists them under each step */
	text = render(full);
	assert_non_null(strstr(text, "thoughts:\n  plan (planner):\n    run "));
	assert_non_null(strstr(text, "  analyse (schema_analyst):\n"));
	assert_null(strstr(text, "(cut: "));
	free(text);
}

static void test_cap(void **state)
{
	const cJSON *t;
	cJSON *capped;
	int cut = 0;
	char *text;
	(void)state;
	assert_non_null(full);
	capped = generate_and_show("[agents]\nhistory_thought_bytes = 64\n");
	cJSON_ArrayForEach(t, cJSON_GetObjectItem(capped, "thoughts"))
	{
		const char *s = sx_json_str(t, "text", "");
		const cJSON *w =
		    thought(full, sx_json_str(t, "step", ""), sx_json_str(t, "agent", ""));
		size_t whole;
		assert_non_null(w);
		assert_true(strlen(s) <= 64);
		assert_clean(s);
		whole = strlen(sx_json_str(w, "text", ""));
		if (sx_json_int(t, "cut", 0) > 0)
			cut++;
		if (strcmp(sx_json_str(t, "step", ""), "plan") == 0)
			continue; /* its first line names the run: another id */
		/* a prefix of the whole text, and the bytes left out add up */
		assert_true(strncmp(s, sx_json_str(w, "text", ""), strlen(s)) == 0);
		assert_int_equal((size_t)sx_json_int(t, "cut", 0) + strlen(s), whole);
	}
	assert_true(cut >= 3);
	text = render(capped);
	assert_non_null(strstr(text, " bytes more)\n"));
	free(text);
	cJSON_Delete(capped);
	cJSON_Delete(full);
	full = NULL;
}

/* A cut that falls inside a character backs off to its start: the
 * planner's first line names the run (33 bytes) and the intent, whose
 * Cyrillic letters take two bytes each, so byte 64 is the second byte of
 * "а" in "заказам" and 63 bytes are kept. */
static void test_cap_utf8(void **state)
{
	const char *intent = "выручка по заказам";
	cJSON *run;
	const cJSON *plan;
	char want[128];
	(void)state;
	run = generate_intent_and_show("[agents]\nhistory_thought_bytes = 64\n", intent);
	plan = thought(run, "plan", "planner");
	assert_non_null(plan);
	snprintf(want, sizeof want, "run %s: \"выручка по заказ", sx_json_str(run, "id", ""));
	assert_string_equal(sx_json_str(plan, "text", ""), want);
	assert_int_equal(strlen(want), 63);
	assert_clean(sx_json_str(plan, "text", ""));
	assert_true(sx_json_int(plan, "cut", 0) > 0);
	cJSON_Delete(run);
}

/* The agents module's schema version in the workspace. */
static int64_t agents_version(void)
{
	sx_store *st = NULL;
	sx_error err = {0};
	cJSON *rows = NULL;
	int64_t v;
	assert_int_equal(sx_store_open(&st, ws, &err), 0);
	assert_int_equal(sx_store_query_json(st, &rows, &err,
	                                     "SELECT version FROM store_modules"
	                                     " WHERE module = 'agents'",
	                                     ""),
	                 0);
	v = sx_json_int(cJSON_GetArrayItem(rows, 0), "version", 0);
	cJSON_Delete(rows);
	sx_store_close(st);
	return v;
}

/* A workspace from before run_thoughts and run_plans.dag (the agents
 * module one version back): run show of an old run migrates it and shows
 * no thoughts and no DAG; a new run keeps them. */
static void test_migrate(void **state)
{
	sx_store *st = NULL;
	sx_error err = {0};
	cJSON *old = NULL, *shown = NULL, *run;
	int64_t vers;
	(void)state;
	run = generate_and_show("");
	/* the step that adds them is the agents module's last: back one */
	vers = agents_version();
	assert_true(vers >= 6);
	assert_int_equal(sx_store_open(&st, ws, &err), 0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err, "DROP TABLE run_thoughts", ""), 0);
	assert_int_equal(
	    sx_store_exec_bind(st, NULL, &err, "ALTER TABLE run_plans DROP COLUMN dag", ""), 0);
	assert_int_equal(sx_store_exec_bind(st, NULL, &err,
	                                    "UPDATE store_modules SET version = ?"
	                                    " WHERE module = 'agents'",
	                                    "l", vers - 1),
	                 0);
	sx_store_close(st);
	char *show[] = {"run", "show", (char *)sx_json_str(run, "id", "")};
	assert_int_equal(run_cmd("", &old, 3, show), 0);
	assert_null(cJSON_GetObjectItem(old, "thoughts")); /* the rows went with the table */
	assert_null(cJSON_GetObjectItem(old, "dag"));
	assert_int_equal(agents_version(), vers);
	shown = generate_and_show("");
	assert_non_null(thought(shown, "plan", "planner"));
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(shown, "dag")), 5);
	cJSON_Delete(shown);
	cJSON_Delete(old);
	cJSON_Delete(run);
}

static int setup(void **state)
{
	(void)state;
	return ws_with_demo("/tmp/sx-thoughts-XXXXXX");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_stored),
	    cmocka_unit_test(test_cap),
	    cmocka_unit_test(test_cap_utf8),
	    cmocka_unit_test(test_migrate),
	};
	return cmocka_run_group_tests(tests, setup, ws_remove);
}
