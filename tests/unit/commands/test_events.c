/*
 * test_events.c - typed events of commands: the sx_cmd_emit family (tags,
 * the callback, the bridge to stream/progress without one), sx_cmd_run's
 * progress bridge and cancel flag, deep copies through the event queue,
 * the JSON of every kind (printed, parsed back, fields asserted) and the
 * text rendering's sanitizing of untrusted strings.
 */
#include "sx_test.h"

#include <sextant/artifact.h>
#include <sextant/commands.h>

/* ------------------------------------------------------------ capture */

#define MAXEV 32
struct capture {
	sx_event *ev[MAXEV]; /* deep copies */
	size_t n;
};

static void capture_event(void *payload, const sx_event *ev)
{
	struct capture *c = payload;
	assert_true(c->n < MAXEV);
	assert_int_equal(sx_event_dup(ev, &c->ev[c->n]), 0);
	c->n++;
}

static void capture_release(struct capture *c)
{
	for (size_t i = 0; i < c->n; i++)
		sx_event_free(c->ev[i]);
	c->n = 0;
}

struct streamed {
	sx_buf text[3]; /* by sx_stream_kind */
	int calls;
};

static void stream_rec(void *payload, sx_stream_kind kind, const char *text, size_t len)
{
	struct streamed *s = payload;
	assert_true(kind <= SX_STREAM_INFO);
	sx_buf_put(&s->text[kind], text, len);
	s->calls++;
}

struct progressed {
	char stage[64];
	int64_t done, total;
	int calls;
};

static void progress_rec(void *payload, const char *stage, int64_t done, int64_t total)
{
	struct progressed *p = payload;
	snprintf(p->stage, sizeof p->stage, "%s", stage);
	p->done = done;
	p->total = total;
	p->calls++;
}

/* Emits one event of every kind through the helpers. */
static void emit_all(const sx_cmd_ctx *ctx)
{
	sx_cmd_emit_text(ctx, SX_STREAM_TEXT, "hello world", 5); /* "hello", not NUL-ended */
	sx_cmd_emit_text(ctx, SX_STREAM_REASONING, "hmm", 3);
	sx_cmd_emit_text(ctx, SX_STREAM_INFO, "note\n", 5);
	sx_cmd_emit_progress(ctx, "reading", 3, 7);
	sx_cmd_emit_log(ctx, SX_LOG_WARN, "slow %s: %d ms", "query", 1200);
	sx_cmd_emit_step(ctx, SX_EVS_FINISHED, "draft SQL", 1500);
	sx_cmd_emit_tool(ctx, SX_EVS_FAILED, "search_tables", "q=\"sales\"", "timeout", 30000);
	sx_cmd_emit_artifact(ctx, "select_sql", "daily_sales");
	sx_cmd_emit_finding(ctx, SX_SEV_ERROR, SX_CAT_SEMANTICS, "sql.unknown-column",
			    "no column 'x' in orders");
	sx_cmd_emit_score(ctx, 0.75, 2);
	sx_cmd_emit_iteration(ctx, 2, 5, "retry");
}

/* ------------------------------------------------------------ emit */

static void test_emit_with_callback(void **state)
{
	struct capture c = {0};
	struct streamed s = {{SX_BUF_INIT, SX_BUF_INIT, SX_BUF_INIT}, 0};
	struct progressed p = {{0}, 0, 0, 0};
	sx_progress prog = {progress_rec, &p, NULL};
	sx_cmd_ctx ctx = {0};
	sx_event own = {0};
	(void)state;
	ctx.event = capture_event;
	ctx.event_payload = &c;
	ctx.stream = stream_rec; /* set too: events take precedence */
	ctx.stream_payload = &s;
	ctx.progress = &prog;
	ctx.run_id = "r-1";
	ctx.agent = "planner";
	ctx.step_id = "s3";
	emit_all(&ctx);
	assert_int_equal(c.n, 11);
	assert_int_equal(s.calls, 0);
	assert_int_equal(p.calls, 0);
	for (size_t i = 0; i < c.n; i++) {
		assert_string_equal(c.ev[i]->run, "r-1");
		assert_string_equal(c.ev[i]->agent, "planner");
		assert_string_equal(c.ev[i]->step, "s3");
	}
	assert_int_equal(c.ev[0]->type, SX_EV_TOKEN);
	assert_string_equal(c.ev[0]->text, "hello"); /* the copy is NUL-terminated */
	assert_int_equal(c.ev[0]->len, 5);
	assert_int_equal(c.ev[1]->type, SX_EV_REASONING);
	assert_int_equal(c.ev[2]->type, SX_EV_LOG);
	assert_int_equal(c.ev[2]->u.log.level, SX_LOG_INFO);
	assert_int_equal(c.ev[3]->type, SX_EV_PROGRESS);
	assert_string_equal(c.ev[3]->text, "reading");
	assert_int_equal(c.ev[3]->a, 3);
	assert_int_equal(c.ev[3]->b, 7);
	assert_int_equal(c.ev[4]->u.log.level, SX_LOG_WARN);
	assert_string_equal(c.ev[4]->text, "slow query: 1200 ms");
	assert_int_equal(c.ev[5]->type, SX_EV_STEP);
	assert_int_equal(c.ev[5]->u.step.status, SX_EVS_FINISHED);
	assert_int_equal(c.ev[5]->u.step.ms, 1500);
	assert_string_equal(c.ev[6]->u.tool.name, "search_tables");
	assert_string_equal(c.ev[6]->u.tool.args, "q=\"sales\"");
	assert_string_equal(c.ev[6]->u.tool.result, "timeout");
	assert_int_equal(c.ev[6]->u.tool.status, SX_EVS_FAILED);
	assert_string_equal(c.ev[7]->u.artifact.kind, "select_sql");
	assert_string_equal(c.ev[7]->u.artifact.name, "daily_sales");
	assert_int_equal(c.ev[8]->u.finding.severity, SX_SEV_ERROR);
	assert_int_equal(c.ev[8]->u.finding.category, SX_CAT_SEMANTICS);
	assert_string_equal(c.ev[8]->u.finding.rule, "sql.unknown-column");
	assert_string_equal(c.ev[8]->text, "no column 'x' in orders");
	assert_true(c.ev[9]->u.score.value == 0.75);
	assert_int_equal(c.ev[9]->u.score.iteration, 2);
	assert_int_equal(c.ev[10]->u.iteration.n, 2);
	assert_int_equal(c.ev[10]->u.iteration.max, 5);
	capture_release(&c);

	/* an event's own tags win over the context's */
	own.type = SX_EV_LOG;
	own.text = "x";
	own.agent = "critic";
	sx_cmd_emit(&ctx, &own);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.ev[0]->agent, "critic");
	assert_string_equal(c.ev[0]->run, "r-1");
	capture_release(&c);
	for (int k = 0; k < 3; k++)
		sx_buf_release(&s.text[k]);
}

static void test_emit_bridge(void **state)
{
	struct streamed s = {{SX_BUF_INIT, SX_BUF_INIT, SX_BUF_INIT}, 0};
	struct progressed p = {{0}, 0, 0, 0};
	sx_progress prog = {progress_rec, &p, NULL};
	sx_cmd_ctx ctx = {0};
	(void)state;
	/* no event callback: text kinds reach the stream as before events */
	ctx.stream = stream_rec;
	ctx.stream_payload = &s;
	ctx.progress = &prog;
	emit_all(&ctx);
	assert_string_equal(sx_buf_cstr(&s.text[SX_STREAM_TEXT]), "hello");
	assert_string_equal(sx_buf_cstr(&s.text[SX_STREAM_REASONING]), "hmm");
	/* info: the info text and the warning log line, nothing else */
	assert_string_equal(sx_buf_cstr(&s.text[SX_STREAM_INFO]), "note\nslow query: 1200 ms");
	assert_int_equal(s.calls, 4);
	assert_int_equal(p.calls, 1);
	assert_string_equal(p.stage, "reading");
	assert_int_equal(p.done, 3);
	assert_int_equal(p.total, 7);
	for (int k = 0; k < 3; k++)
		sx_buf_release(&s.text[k]);
	/* nothing set at all: nothing happens, nothing crashes */
	memset(&ctx, 0, sizeof ctx);
	emit_all(&ctx);
	sx_cmd_emit(NULL, NULL);
}

/* A command that reports progress the way engine modules do (through
 * ctx->progress) and stops when cancelled. */
static int progress_cmd(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	(void)args;
	(void)result;
	for (int i = 0; i <= 4; i++) {
		sx_progress_report(ctx->progress, "working", i, 4);
		if (i == 2 && ctx->cancel)
			atomic_store(ctx->cancel, 1);
		if (sx_progress_cancelled(ctx->progress))
			return sx_error_set(err, SX_ECANCELLED, "cancelled at %d", i);
	}
	return 0;
}

static void test_run_bridges_progress(void **state)
{
	static const sx_opt none[] = {{NULL, 0, 0, NULL, NULL}};
	sx_cmd_entry e = {"probe", "", "probe", NULL, 0, none, 0, 0, progress_cmd, NULL};
	struct capture c = {0};
	struct progressed p = {{0}, 0, 0, 0};
	atomic_int cancel;
	sx_progress prog = {progress_rec, &p, &cancel};
	sx_cmd_ctx ctx = {0};
	sx_args args = {0};
	cJSON *res = NULL;
	sx_error err = {0};
	(void)state;
	atomic_init(&cancel, 0);
	ctx.event = capture_event;
	ctx.event_payload = &c;
	ctx.progress = &prog;
	ctx.agent = "loader";
	/* the reports become events; the caller's progress is not called;
	 * its cancel flag still stops the command */
	assert_int_equal(sx_cmd_run(&e, &ctx, &args, &res, &err), 0);
	assert_int_equal(c.n, 5);
	assert_int_equal(p.calls, 0);
	for (size_t i = 0; i < c.n; i++) {
		assert_int_equal(c.ev[i]->type, SX_EV_PROGRESS);
		assert_string_equal(c.ev[i]->text, "working");
		assert_string_equal(c.ev[i]->agent, "loader");
		assert_int_equal(c.ev[i]->a, (int64_t)i);
		assert_int_equal(c.ev[i]->b, 4);
	}
	assert_ptr_equal(ctx.progress, &prog); /* restored after the run */
	capture_release(&c);

	ctx.cancel = &cancel;
	assert_int_equal(sx_cmd_run(&e, &ctx, &args, &res, &err), SX_ECANCELLED);
	assert_string_equal(err.msg, "cancelled at 2");
	assert_int_equal(c.n, 3);
	capture_release(&c);

	/* without a callback the caller's progress sees the reports */
	atomic_store(&cancel, 0);
	ctx.event = NULL;
	ctx.cancel = NULL;
	assert_int_equal(sx_cmd_run(&e, &ctx, &args, &res, &err), 0);
	assert_int_equal(p.calls, 5);
	assert_int_equal(p.done, 4);
}

/* ------------------------------------------------------------ copies */

static void free_event(void *p)
{
	sx_event_free(p);
}

static void test_dup_and_queue(void **state)
{
	char name[] = "search_tables", args[] = "q", result[] = "3 tables", agent[] = "planner";
	sx_event ev = {0}, *copy;
	sx_evq *q;
	sx_event *popped;
	sx_error err = {0};
	(void)state;
	ev.type = SX_EV_TOOL;
	ev.agent = agent;
	ev.run = "r";
	ev.u.tool.name = name;
	ev.u.tool.args = args;
	ev.u.tool.result = result;
	ev.u.tool.ms = 42;
	ev.u.tool.status = SX_EVS_FINISHED;
	assert_int_equal(sx_event_dup(&ev, &copy), 0);
	/* a deep copy: changing the originals changes nothing in it */
	name[0] = 'X';
	agent[0] = 'X';
	assert_string_equal(copy->u.tool.name, "search_tables");
	assert_string_equal(copy->agent, "planner");
	assert_ptr_not_equal(copy->u.tool.result, result);
	assert_null(copy->step);
	assert_null(copy->text);
	assert_int_equal(copy->u.tool.ms, 42);

	/* through the queue as an owned payload, the way the TUI posts it */
	assert_int_equal(sx_evq_new(&q, &err), 0);
	assert_int_equal(sx_evq_post(q, SX_EV_USER + 1, 0, 7, 0, NULL, copy,
				     free_event), 0);
	popped = sx_evq_pop(q);
	assert_non_null(popped);
	assert_int_equal(popped->a, 7);
	assert_string_equal(((sx_event *)popped->payload)->u.tool.result, "3 tables");
	sx_event_free(popped); /* frees the copy too (valgrind checks) */
	/* one left in the queue is freed with it */
	ev.type = SX_EV_FINDING;
	ev.text = "msg";
	ev.u.finding.rule = "r.x";
	assert_int_equal(sx_event_dup(&ev, &copy), 0);
	assert_string_equal(copy->u.finding.rule, "r.x");
	sx_evq_post(q, SX_EV_USER + 1, 0, 8, 0, NULL, copy, free_event);
	sx_evq_free(q);
	sx_event_free(NULL);
}

/* Every allocation of a deep copy failing in turn: SX_ENOMEM, *out NULL,
 * nothing leaked (valgrind), until the copy succeeds. */
static void test_dup_alloc_failures(void **state)
{
	sx_event ev = {0}, *copy;
	long n;
	int rc;
	(void)state;
	ev.type = SX_EV_TOOL;
	ev.run = "r";
	ev.agent = "a";
	ev.step = "s";
	ev.text = "t";
	ev.u.tool.name = "n";
	ev.u.tool.args = "x";
	ev.u.tool.result = "y";
	for (n = 0;; n++) {
		sx_alloc_fail_after(n);
		rc = sx_event_dup(&ev, &copy);
		sx_alloc_fail_after(-1);
		if (rc == 0)
			break;
		assert_int_equal(rc, SX_ENOMEM);
		assert_null(copy);
	}
	assert_int_equal(n, 8); /* the event and its seven strings */
	assert_string_equal(copy->u.tool.result, "y");
	sx_event_free(copy);
}

/* ------------------------------------------------------------ JSON */

static cJSON *json_of(const sx_event *ev)
{
	cJSON *o = sx_event_to_json(ev), *back;
	char *line = cJSON_PrintUnformatted(o);
	assert_non_null(line);
	assert_null(strchr(line, '\n')); /* one line */
	back = cJSON_Parse(line);
	assert_non_null(back);
	free(line);
	cJSON_Delete(o);
	return back;
}

static const char *jstr(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	assert_non_null(v);
	return cJSON_IsNull(v) ? NULL : cJSON_GetStringValue(v);
}

static double jnum(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	assert_true(cJSON_IsNumber(v));
	return cJSON_GetNumberValue(v);
}

static void test_json_each_kind(void **state)
{
	struct capture c = {0};
	sx_cmd_ctx ctx = {0};
	cJSON *o;
	sx_event done = {0};
	(void)state;
	ctx.event = capture_event;
	ctx.event_payload = &c;
	ctx.run_id = "run-9";
	ctx.agent = "gen";
	emit_all(&ctx);
	assert_int_equal(c.n, 11);
	for (size_t i = 0; i < c.n; i++) {
		o = json_of(c.ev[i]);
		/* the head of every line */
		assert_string_equal(jstr(o, "run"), "run-9");
		assert_string_equal(jstr(o, "agent"), "gen");
		assert_null(jstr(o, "step"));
		assert_string_equal(jstr(o, "type"), sx_event_type_name(c.ev[i]->type));
		assert_string_equal(o->child->string, "type"); /* first key */
		switch (i) {
		case 0:
			assert_string_equal(jstr(o, "type"), "token");
			assert_string_equal(jstr(o, "channel"), "answer");
			assert_string_equal(jstr(o, "text"), "hello");
			break;
		case 1:
			assert_string_equal(jstr(o, "type"), "token");
			assert_string_equal(jstr(o, "channel"), "reasoning");
			assert_string_equal(jstr(o, "text"), "hmm");
			break;
		case 2:
			assert_string_equal(jstr(o, "level"), "info");
			assert_string_equal(jstr(o, "message"), "note\n");
			break;
		case 3:
			assert_string_equal(jstr(o, "stage"), "reading");
			assert_true(jnum(o, "done") == 3 && jnum(o, "total") == 7);
			break;
		case 4:
			assert_string_equal(jstr(o, "level"), "warning");
			assert_string_equal(jstr(o, "message"), "slow query: 1200 ms");
			break;
		case 5:
			assert_string_equal(jstr(o, "status"), "finished");
			assert_string_equal(jstr(o, "title"), "draft SQL");
			assert_true(jnum(o, "duration_ms") == 1500);
			break;
		case 6:
			assert_string_equal(jstr(o, "status"), "failed");
			assert_string_equal(jstr(o, "name"), "search_tables");
			assert_string_equal(jstr(o, "args"), "q=\"sales\"");
			assert_string_equal(jstr(o, "result"), "timeout");
			assert_true(jnum(o, "duration_ms") == 30000);
			break;
		case 7:
			assert_string_equal(jstr(o, "kind"), "select_sql");
			assert_string_equal(jstr(o, "name"), "daily_sales");
			break;
		case 8:
			assert_string_equal(jstr(o, "severity"), "error");
			assert_string_equal(jstr(o, "category"), "semantics");
			assert_string_equal(jstr(o, "rule"), "sql.unknown-column");
			assert_string_equal(jstr(o, "message"), "no column 'x' in orders");
			break;
		case 9:
			assert_true(jnum(o, "value") == 0.75);
			assert_true(jnum(o, "iteration") == 2);
			break;
		case 10:
			assert_true(jnum(o, "n") == 2 && jnum(o, "max") == 5);
			assert_string_equal(jstr(o, "note"), "retry");
			break;
		}
		cJSON_Delete(o);
	}
	capture_release(&c);

	/* a started step has no duration; controls survive as JSON escapes */
	sx_cmd_emit_step(&ctx, SX_EVS_STARTED, "a\033[2Jb\n", 0);
	o = json_of(c.ev[0]);
	assert_null(cJSON_GetObjectItemCaseSensitive(o, "duration_ms"));
	assert_string_equal(jstr(o, "title"), "a\033[2Jb\n");
	cJSON_Delete(o);
	capture_release(&c);

	/* bytes that are not UTF-8 become U+FFFD, valid UTF-8 stays */
	sx_cmd_emit_artifact(&ctx, "readme", "caf\xc3\xa9 \xff\xc3 end");
	o = json_of(c.ev[0]);
	assert_string_equal(jstr(o, "name"), "caf\xc3\xa9 \xef\xbf\xbd\xef\xbf\xbd end");
	cJSON_Delete(o);
	capture_release(&c);
	sx_cmd_emit_artifact(&ctx, "readme", "");
	o = json_of(c.ev[0]);
	assert_string_equal(jstr(o, "name"), "");
	cJSON_Delete(o);
	capture_release(&c);

	/* the end of a run */
	done.type = SX_EV_DONE;
	done.code = SX_ENOTFOUND;
	done.text = "no such table";
	o = json_of(&done);
	assert_string_equal(jstr(o, "type"), "done");
	assert_string_equal(jstr(o, "code"), "notfound");
	assert_string_equal(jstr(o, "message"), "no such table");
	assert_null(jstr(o, "run"));
	cJSON_Delete(o);
}

/* ------------------------------------------------------------ text */

static void test_text_sanitizes(void **state)
{
	sx_event ev = {0};
	sx_buf b = SX_BUF_INIT;
	(void)state;
	ev.type = SX_EV_TOOL;
	ev.agent = "plan\033]0;owned\007ner";
	ev.u.tool.status = SX_EVS_FINISHED;
	ev.u.tool.ms = 1500;
	ev.u.tool.name = "run_sql";
	ev.u.tool.args = "select 1;\n\033[2J";
	ev.u.tool.result = "1 row\r\nmore";
	sx_event_render_text(&ev, false, &b);
	/* one line, no escape, no CR, the untrusted controls replaced */
	assert_null(strchr(sx_buf_cstr(&b), '\033'));
	assert_null(strchr(sx_buf_cstr(&b), '\r'));
	assert_null(strchr(sx_buf_cstr(&b), '\007'));
	assert_ptr_equal(strchr(sx_buf_cstr(&b), '\n'), sx_buf_cstr(&b) + b.len - 1);
	assert_non_null(strstr(sx_buf_cstr(&b), "run_sql(select 1;"));
	assert_non_null(strstr(sx_buf_cstr(&b), "finished in 1.5 s: 1 row"));
	assert_true(sx_str_startswith(sx_buf_cstr(&b), "[plan?]0;owned?ner] tool "));
	sx_buf_release(&b);

	/* colour: our escapes only, the untrusted ESC still replaced */
	sx_event_render_text(&ev, true, &b);
	assert_true(sx_str_startswith(sx_buf_cstr(&b), "\033[1;36m[plan?]0;owned?ner]\033[0m "));
	assert_null(strstr(sx_buf_cstr(&b), "\033[2J"));
	assert_null(strstr(sx_buf_cstr(&b), "\033]0"));
	sx_buf_release(&b);

	/* a finding without an agent, a token delta keeps its newlines */
	memset(&ev, 0, sizeof ev);
	ev.type = SX_EV_FINDING;
	ev.u.finding.severity = SX_SEV_WARNING;
	ev.u.finding.category = SX_CAT_PERFORMANCE;
	ev.u.finding.rule = "sql.select-star";
	ev.text = "SELECT * \033[31mon a wide table";
	sx_event_render_text(&ev, false, &b);
	assert_string_equal(sx_buf_cstr(&b),
			    "warning performance sql.select-star: SELECT * ?[31mon a wide table\n");
	sx_buf_release(&b);
	memset(&ev, 0, sizeof ev);
	ev.type = SX_EV_TOKEN;
	ev.text = "line one\nline\033 two";
	ev.len = 13; /* "line one\nline" */
	sx_event_render_text(&ev, false, &b);
	assert_string_equal(sx_buf_cstr(&b), "line one\nline");
	sx_buf_release(&b);
	/* a step, an iteration and a score read as sentences */
	memset(&ev, 0, sizeof ev);
	ev.type = SX_EV_STEP;
	ev.step = "s2";
	ev.text = "draft";
	ev.u.step.status = SX_EVS_FAILED;
	ev.u.step.ms = 20;
	sx_event_render_text(&ev, false, &b);
	assert_string_equal(sx_buf_cstr(&b), "step s2 (draft) failed after 20 ms\n");
	sx_buf_release(&b);
	memset(&ev, 0, sizeof ev);
	ev.type = SX_EV_SCORE;
	ev.agent = "critic";
	ev.u.score.value = 0.8;
	ev.u.score.iteration = 3;
	sx_event_render_text(&ev, false, &b);
	assert_string_equal(sx_buf_cstr(&b), "[critic] score 0.8 (iteration 3)\n");
	sx_buf_release(&b);
	/* DONE is not a line */
	ev.type = SX_EV_DONE;
	sx_event_render_text(&ev, false, &b);
	assert_int_equal(b.len, 0);
	sx_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_emit_with_callback),
		cmocka_unit_test(test_emit_bridge),
		cmocka_unit_test(test_run_bridges_progress),
		cmocka_unit_test(test_dup_and_queue),
		cmocka_unit_test(test_dup_alloc_failures),
		cmocka_unit_test(test_json_each_kind),
		cmocka_unit_test(test_text_sanitizes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
