/*
 * test_cli_events.c - the CLI's rendering of command events (src/cli/
 * events.c, compiled in): agents' token deltas assembled into "[agent]"
 * lines, the command's own stream kept on stdout, JSON Lines with a final
 * done line and throttled progress, sanitizing, and the none mode.
 */
#include "sx_test.h"

#include <sextant/artifact.h>
#include <sextant/commands.h>

#include "cli/cli.h"

struct sink {
	char *obuf, *ebuf;
	size_t olen, elen;
	sx_cli_events ce;
	sx_cmd_ctx ctx;
};

static void sink_open(struct sink *s, sx_cli_ev_mode mode)
{
	memset(s, 0, sizeof *s);
	/* not terminals: no progress line, no colour */
	sx_cli_events_init(&s->ce, mode, false, false, false);
	s->ce.out = open_memstream(&s->obuf, &s->olen);
	s->ce.err = open_memstream(&s->ebuf, &s->elen);
	assert_non_null(s->ce.out);
	assert_non_null(s->ce.err);
	s->ctx.event = sx_cli_event;
	s->ctx.event_payload = &s->ce;
}

static void sink_close(struct sink *s)
{
	fclose(s->ce.out);
	fclose(s->ce.err);
	sx_cli_events_release(&s->ce);
}

static void sink_free(struct sink *s)
{
	free(s->obuf);
	free(s->ebuf);
}

static void test_text_agent_lines(void **state)
{
	struct sink s;
	sx_cmd_ctx critic;
	(void)state;
	sink_open(&s, SX_CLI_EV_TEXT);
	s.ctx.agent = "planner";
	s.ctx.step_id = "s1";
	sx_cmd_emit_text(&s.ctx, SX_STREAM_TEXT, "Hel", 3);
	sx_cmd_emit_text(&s.ctx, SX_STREAM_TEXT, "lo\nwor", 6);
	sx_cmd_emit_text(&s.ctx, SX_STREAM_TEXT, "ld", 2);
	sx_cmd_emit_step(&s.ctx, SX_EVS_STARTED, NULL, 0);
	critic = s.ctx;
	critic.agent = "critic";
	critic.step_id = NULL;
	sx_cmd_emit_text(&critic, SX_STREAM_REASONING, "o\033[2Jk\n", 7);
	sx_cmd_emit_text(&s.ctx, SX_STREAM_TEXT, "half", 4);
	sx_cmd_emit_text(&critic, SX_STREAM_TEXT, "mine", 4);
	sx_cmd_emit_progress(&s.ctx, "reading", 1, 2); /* stderr is no terminal: nothing */
	sx_cmd_emit_score(&critic, 0.5, 1);
	sx_cli_events_finish(&s.ce, 0, NULL);
	sink_close(&s);
	assert_string_equal(s.ebuf, "[planner] Hello\n"
				    "[planner] world\n"
				    "[planner] step s1 started\n"
				    "[critic] o?[2Jk\n"
				    "[planner] half\n"
				    "[critic] mine\n"
				    "[critic] score 0.5 (iteration 1)\n");
	assert_int_equal(s.olen, 0); /* agents' text is not the command's output */
	sink_free(&s);
}

static void test_text_own_stream(void **state)
{
	struct sink s;
	(void)state;
	sink_open(&s, SX_CLI_EV_TEXT);
	/* what `llm chat` streams: the answer on stdout, info on stderr off
	 * a terminal, exactly as before events */
	sx_cmd_emit_text(&s.ctx, SX_STREAM_REASONING, "think ", 6);
	sx_cmd_emit_text(&s.ctx, SX_STREAM_TEXT, "answer\033[31m\n", 12);
	sx_cmd_emit_text(&s.ctx, SX_STREAM_INFO, "[model x]\n", 10);
	sx_cmd_emit_log(&s.ctx, SX_LOG_WARN, "careful");
	sx_cli_events_finish(&s.ce, SX_ENOTFOUND, "gone"); /* text: no done line */
	sink_close(&s);
	assert_string_equal(s.obuf, "think answer?[31m\n");
	assert_string_equal(s.ebuf, "[model x]\nwarning: careful\n");
	sink_free(&s);
}

static void test_none(void **state)
{
	struct sink s;
	(void)state;
	sink_open(&s, SX_CLI_EV_NONE);
	s.ctx.agent = "planner";
	sx_cmd_emit_step(&s.ctx, SX_EVS_STARTED, "x", 0);
	sx_cmd_emit_text(&s.ctx, SX_STREAM_TEXT, "agent text\n", 11);
	s.ctx.agent = NULL;
	sx_cmd_emit_text(&s.ctx, SX_STREAM_TEXT, "output\n", 7);
	sx_cli_events_finish(&s.ce, 0, NULL);
	sink_close(&s);
	assert_string_equal(s.obuf, "output\n");
	assert_int_equal(s.elen, 0);
	sink_free(&s);
}

static void test_jsonl(void **state)
{
	struct sink s;
	cJSON *o;
	char *line, *nl;
	int lines = 0, progress = 0, tokens = 0, findings = 0;
	const char *last_type = NULL;
	(void)state;
	sink_open(&s, SX_CLI_EV_JSONL);
	s.ctx.run_id = "r1";
	sx_cmd_emit_text(&s.ctx, SX_STREAM_TEXT, "out\n", 4);
	/* a thousand reports within milliseconds: first and last of each stage */
	for (int i = 0; i <= 1000; i++)
		sx_cmd_emit_progress(&s.ctx, "scanning", i, 1000);
	sx_cmd_emit_progress(&s.ctx, "saving", 0, 1);
	s.ctx.agent = "validator";
	sx_cmd_emit_finding(&s.ctx, SX_SEV_WARNING, SX_CAT_STYLE, "sql.style", "line\none");
	sx_cli_events_finish(&s.ce, SX_ENOTFOUND, "no such \"thing\"");
	sink_close(&s);
	assert_string_equal(s.obuf, "out\n"); /* the output is unchanged */
	for (line = s.ebuf; *line; line = nl + 1) {
		const char *type;
		nl = strchr(line, '\n');
		assert_non_null(nl); /* every line ends */
		*nl = 0;
		o = cJSON_Parse(line);
		assert_non_null(o); /* every stderr line is JSON */
		lines++;
		type = cJSON_GetStringValue(cJSON_GetObjectItem(o, "type"));
		assert_non_null(type);
		last_type = strcmp(type, "done") == 0 ? "done" : "other";
		if (strcmp(type, "progress") == 0)
			progress++;
		if (strcmp(type, "token") == 0) {
			tokens++;
			assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(o, "text")), "out\n");
			assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(o, "run")), "r1");
		}
		if (strcmp(type, "finding") == 0) {
			findings++;
			assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(o, "agent")),
					    "validator");
			assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(o, "message")),
					    "line\none");
			assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(o, "severity")),
					    "warning");
		}
		if (strcmp(type, "done") == 0) {
			assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(o, "code")),
					    "notfound");
			assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItem(o, "message")),
					    "no such \"thing\"");
		}
		cJSON_Delete(o);
	}
	assert_int_equal(tokens, 1);
	assert_int_equal(findings, 1);
	/* 0, 1 (the first after 0 is throttled unless time passed), 1000, saving */
	assert_true(progress >= 3 && progress <= 10);
	assert_string_equal(last_type, "done");
	assert_int_equal(lines, tokens + findings + progress + 1);
	sink_free(&s);
}

static void test_modes(void **state)
{
	sx_cli_ev_mode m;
	(void)state;
	assert_int_equal(sx_cli_events_mode(NULL, &m), 0);
	assert_int_equal(m, SX_CLI_EV_TEXT);
	assert_int_equal(sx_cli_events_mode("jsonl", &m), 0);
	assert_int_equal(m, SX_CLI_EV_JSONL);
	assert_int_equal(sx_cli_events_mode("none", &m), 0);
	assert_int_equal(m, SX_CLI_EV_NONE);
	assert_int_equal(sx_cli_events_mode("json", &m), SX_EUSAGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_agent_lines), cmocka_unit_test(test_text_own_stream),
		cmocka_unit_test(test_none),		 cmocka_unit_test(test_jsonl),
		cmocka_unit_test(test_modes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
