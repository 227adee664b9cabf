/*
 * test_jobs.c - command events in the workbench's jobs: a real command on a
 * worker thread streams through typed events (deep copies posted to the
 * app's queue) to the pane's stream callback, kinds and bytes as before
 * events; typed events of every other kind reach on_event, or on_stream as
 * a readable line; progress lands in the job's status.
 */
#include "sx_test.h"

#include "tui_harness.h"

struct rec {
	sx_buf text[3]; /* by sx_stream_kind */
	int streams, events, dones, rc;
	sx_event *last; /* a copy of the last on_event */
};

static struct rec R;

static void rec_reset(void)
{
	for (int k = 0; k < 3; k++)
		sx_buf_release(&R.text[k]);
	sx_event_free(R.last);
	memset(&R, 0, sizeof R);
}

static void on_stream(tui_app *app, tui_job *j, int kind, const char *text)
{
	(void)app;
	(void)j;
	assert_true(kind >= 0 && kind <= SX_STREAM_INFO);
	sx_buf_puts(&R.text[kind], text);
	R.streams++;
}

static void on_event(tui_app *app, tui_job *j, const sx_event *ev)
{
	(void)app;
	(void)j;
	R.events++;
	sx_event_free(R.last);
	assert_int_equal(sx_event_dup(ev, &R.last), 0);
}

static void on_done(tui_app *app, tui_job *j, int rc, cJSON *result, void **payload,
		    const char *errmsg)
{
	(void)app;
	(void)j;
	(void)result;
	(void)payload;
	(void)errmsg;
	R.dones++;
	R.rc = rc;
}

/* `llm chat` with the built-in provider: no network, a fixed answer and a
 * status line, streamed as token and log events from the worker. */
static void test_command_streams(void **state)
{
	tui_app *app = th_app(80, 24);
	char *argv[] = {"llm", "chat", "hello", "--provider", "builtin"};
	tui_job *j = NULL;
	sx_error err = {0};
	(void)state;
	assert_non_null(app);
	rec_reset();
	assert_int_equal(tui_job_start_cmd(app, 5, argv, false, on_done, on_stream, NULL, &j, &err),
			 0);
	j->on_event = on_event; /* set after the start: handled on this thread later */
	tui_app_settle(app, true);
	assert_int_equal(R.dones, 1);
	assert_int_equal(R.rc, 0);
	assert_true(sx_str_startswith(sx_buf_cstr(&R.text[SX_STREAM_TEXT]), "[builtin provider] "));
	assert_true(sx_str_endswith(sx_buf_cstr(&R.text[SX_STREAM_TEXT]), "\n"));
	assert_true(sx_str_startswith(sx_buf_cstr(&R.text[SX_STREAM_INFO]), "[builtin builtin, "));
	assert_int_equal(R.text[SX_STREAM_REASONING].len, 0);
	assert_int_equal(R.events, 0); /* nothing else was emitted */
	rec_reset();
	tui_app_free(app);
}

static void free_event(void *p)
{
	sx_event_free(p);
}

/* Posts a deep copy of ev for job id, as the worker does; the queue owns
 * the copy from then on. */
static void post(tui_app *app, int id, const sx_event *ev)
{
	sx_event *copy;
	assert_int_equal(sx_event_dup(ev, &copy), 0);
	assert_int_equal(sx_evq_post(app->evq, TEV_JOB_EVENT, 0, id, 0, NULL, copy, free_event), 0);
}

static void drain(tui_app *app)
{
	sx_event *ev;
	while ((ev = sx_evq_pop(app->evq)) != NULL) {
		tui_app_handle_event(app, ev);
		sx_event_free(ev);
	}
}

static void test_typed_events(void **state)
{
	tui_app *app = th_app(80, 24);
	tui_job *j = sx_calloc(1, sizeof *j);
	char agent[] = "planner";
	sx_event ev = {0};
	(void)state;
	assert_non_null(app);
	assert_non_null(j);
	rec_reset();
	/* a job the UI knows, without a thread: the events are posted here */
	j->id = 4242;
	j->on_stream = on_stream;
	assert_int_equal(SX_VEC_PUSH(&app->jobs, j), 0);

	ev.type = SX_EV_PROGRESS;
	ev.text = "reading columns";
	ev.a = 3;
	ev.b = 9;
	post(app, j->id, &ev);
	memset(&ev, 0, sizeof ev);
	ev.type = SX_EV_STEP;
	ev.agent = agent;
	ev.step = "s1";
	ev.text = "plan\033[2J";
	ev.u.step.status = SX_EVS_STARTED;
	post(app, j->id, &ev);
	agent[0] = 'X'; /* the posted copy does not see this */
	memset(&ev, 0, sizeof ev);
	ev.type = SX_EV_TOKEN;
	ev.agent = "planner";
	ev.text = "a thought and more";
	ev.len = 9;
	post(app, j->id, &ev);
	post(app, 999999, &ev); /* a job that is gone: dropped */
	drain(app);
	assert_string_equal(j->stage, "reading columns");
	assert_int_equal(j->done, 3);
	assert_int_equal(j->total, 9);
	assert_string_equal(sx_buf_cstr(&R.text[SX_STREAM_INFO]),
			    "[planner] step s1 (plan?[2J) started\n");
	assert_string_equal(sx_buf_cstr(&R.text[SX_STREAM_TEXT]), "a thought");
	assert_int_equal(R.events, 0);

	/* with on_event the pane gets the typed event itself */
	j->on_event = on_event;
	memset(&ev, 0, sizeof ev);
	ev.type = SX_EV_FINDING;
	ev.agent = "qa_validator";
	ev.text = "no column 'x'";
	ev.u.finding.severity = 2;
	ev.u.finding.rule = "sql.unknown-column";
	post(app, j->id, &ev);
	drain(app);
	assert_int_equal(R.events, 1);
	assert_int_equal(R.last->type, SX_EV_FINDING);
	assert_string_equal(R.last->agent, "qa_validator");
	assert_string_equal(R.last->u.finding.rule, "sql.unknown-column");
	assert_string_equal(R.last->text, "no column 'x'");

	app->jobs.n--;
	free(j);
	rec_reset();
	tui_app_free(app);
}

static int setup(void **state)
{
	(void)state;
	return th_setup() ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	th_teardown();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_command_streams),
		cmocka_unit_test(test_typed_events),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
