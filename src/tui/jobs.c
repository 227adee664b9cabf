/*
 * jobs.c - long work on worker threads: engine commands (analyze, search,
 * path, llm chat, ...) and a few internal bodies (loading the catalog).
 *
 * cmus' worker model: one thread per job; the worker never touches curses
 * or UI state. A command reports through sx_cmd_ctx.event; each typed event
 * (progress throttled to ~30 a second, tokens, steps, tool calls, ...) is
 * posted to the app's sx_evq as an owned deep copy (sx_event_dup), and one
 * DONE event carries the JSON result and any payload. The UI thread
 * receives those in tui_jobs_event: progress to the status bar, text to
 * the pane's on_stream, other kinds to on_event; on DONE it joins the
 * thread, calls the job's on_done and frees it. Cancelling sets the job's
 * atomic flag, which the engine polls through sx_progress and
 * sx_cmd_ctx.cancel. Each worker loads its own copy of the
 * config so no sx_config is shared across threads.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/agents.h>

#include "tui_int.h"

struct job_result {
	cJSON *res;
	void *payload;
	void (*payload_free)(void *);
};

/* The DONE payload: the command's JSON and a job body's payload. */
static void job_result_free(void *p)
{
	struct job_result *r = p;
	if (!r)
		return;
	cJSON_Delete(r->res);
	if (r->payload && r->payload_free)
		r->payload_free(r->payload);
	free(r);
}

static void job_free(tui_job *j)
{
	if (!j)
		return;
	sx_args_release(&j->args);
	if (j->fn_arg && j->fn_arg_free)
		j->fn_arg_free(j->fn_arg);
	free(j->workspace_dir);
	free(j->config_path);
	sx_pick_free(j->pick);
	free(j);
}

/* ------------------------------------------------------------ worker side */

/* Worker: never called while ctx.event is set (commands/events.c); that
 * it is there tells a command the caller takes streamed output. */
static void stream_unused(void *payload, sx_stream_kind kind, const char *text, size_t len)
{
	(void)payload;
	(void)kind;
	(void)text;
	(void)len;
}

static void event_free(void *ev)
{
	sx_event_free(ev);
}

/* Worker: ctx->event of the command. Each event travels to the UI thread
 * as an owned deep copy; progress is throttled first, since the UI redraws
 * at most ~30 times a second and more events are waste. */
static void on_event(void *payload, const sx_event *ev)
{
	tui_job *j = payload;
	sx_event *copy;

	if (ev->type == SX_EV_PROGRESS) {
		uint64_t now = sx_now_ns();
		if (ev->a < ev->b && ev->a > 0 && now - j->last_progress_ns < 33000000ULL)
			return;
		j->last_progress_ns = now;
	}
	if ((ev->type == SX_EV_TOKEN || ev->type == SX_EV_REASONING || ev->type == SX_EV_LOG) &&
	    (!ev->text || !ev->text[0]))
		return;
	if (sx_event_dup(ev, &copy) == 0)
		sx_evq_post(j->q, TEV_JOB_EVENT, 0, j->id, 0, NULL, copy, event_free);
}

void tui_job_partial(tui_job *j)
{
	sx_evq_post(j->q, TEV_JOB_PARTIAL, 0, j->id, 0, NULL, NULL, NULL);
}

/* The thread: a command (parsed already) with its own config, or a job body;
 * always ends with one DONE event. */
static void *worker(void *arg)
{
	tui_job *j = arg;
	sx_error err = {0};
	struct job_result *r = sx_calloc(1, sizeof *r);
	int rc;

	if (!r) {
		sx_evq_post(j->q, TEV_JOB_DONE, SX_ENOMEM, j->id, 0, "out of memory", NULL, NULL);
		return NULL;
	}
	if (j->fn) {
		rc = j->fn(j, &r->payload, &r->payload_free, &err);
	} else {
		sx_config *cfg = NULL;
		/* reports reach on_event through sx_cmd_run's bridge; this
		 * only carries the cancel flag */
		sx_progress prog = {NULL, NULL, &j->cancel};
		sx_cmd_ctx ctx = {0};
		if ((rc = sx_config_load(&cfg, j->config_path, &err)) == 0) {
			const char *ws = sx_args_get(&j->args, "workspace");
			ctx.workspace_dir = ws ? ws : j->workspace_dir;
			ctx.config = cfg;
			ctx.progress = &prog;
			ctx.interactive = true;
			ctx.cancel = &j->cancel;
			ctx.pick = j->pick;
			ctx.event = on_event;
			ctx.event_payload = j;
			/* events carry the text; a stream says the pane takes it
			 * piece by piece (search --batch collects otherwise) */
			if (j->cmd->flags & SX_CMD_STREAMS)
				ctx.stream = stream_unused;
			rc = sx_cmd_run(j->cmd, &ctx, &j->args, &r->res, &err);
		}
		sx_config_free(cfg);
	}
	if (rc && !err.msg[0])
		sx_error_set(&err, rc, "%s failed", j->title);
	sx_evq_post(j->q, TEV_JOB_DONE, rc, j->id, 0, rc ? err.msg : NULL, r, job_result_free);
	return NULL;
}

/* ------------------------------------------------------------ UI side */

/* Registers the job and starts its thread. */
static int launch(tui_app *app, tui_job *j, sx_error *err)
{
	j->id = ++app->next_job_id;
	j->q = app->evq;
	j->started_ns = sx_now_ns();
	if (!(j->workspace_dir = sx_strdup(app->ws_dir)) ||
	    (app->config_path && !(j->config_path = sx_strdup(app->config_path))) ||
	    SX_VEC_PUSH(&app->jobs, j)) {
		job_free(j);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if (pthread_create(&j->thread, NULL, worker, j) != 0) {
		app->jobs.n--;
		job_free(j);
		return sx_error_set(err, SX_ERROR, "cannot start a worker thread");
	}
	j->thread_started = true;
	tui_app_dirty(app);
	return 0;
}

int tui_job_start_cmd(tui_app *app, int argc, char **argv, bool background,
		      tui_job_done_fn on_done, tui_job_stream_fn on_stream_fn, void *udata,
		      tui_job **out, sx_error *err)
{
	const sx_cmd_entry *e;
	tui_job *j;
	size_t len = 0;
	int i, rc;

	if (argc < 1 || !(e = sx_cmd_find(argv[0])))
		return sx_error_set(err, SX_ENOTFOUND, "unknown command '%s'", argc ? argv[0] : "");
	if (!(j = sx_calloc(1, sizeof *j)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if ((rc = sx_cmd_parse(e, argc - 1, argv + 1, &j->args, err))) {
		free(j);
		return rc;
	}
	j->cmd = e;
	j->background = background;
	j->on_done = on_done;
	j->on_stream = on_stream_fn;
	j->udata = udata;
	j->pick = sx_pick_new(); /* NULL: the command takes its defaults */
	for (i = 0; i < argc && len + 2 < sizeof j->title; i++) {
		int w = snprintf(j->title + len, sizeof j->title - len, "%s%s", i ? " " : "", argv[i]);
		len += w > 0 ? (size_t)w : 0;
	}
	if (len >= sizeof j->title)
		len = sizeof j->title - 1;
	j->title[len] = 0;
	if ((rc = launch(app, j, err)))
		return rc;
	if (out)
		*out = j;
	return 0;
}

int tui_job_start_fn(tui_app *app, const char *title, tui_job_fn fn, void *arg,
		     void (*arg_free)(void *), bool background, tui_job_done_fn on_done, void *udata,
		     tui_job **out, sx_error *err)
{
	tui_job *j = sx_calloc(1, sizeof *j);
	int rc;
	if (!j) {
		if (arg && arg_free)
			arg_free(arg);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	snprintf(j->title, sizeof j->title, "%s", title);
	j->fn = fn;
	j->fn_arg = arg;
	j->fn_arg_free = arg_free;
	j->background = background;
	j->on_done = on_done;
	j->udata = udata;
	if ((rc = launch(app, j, err)))
		return rc;
	if (out)
		*out = j;
	return 0;
}

/* Jobs are few; a linear search is enough. */
tui_job *tui_job_find(tui_app *app, int id)
{
	size_t i;
	for (i = 0; i < app->jobs.n; i++)
		if (app->jobs.v[i]->id == id)
			return app->jobs.v[i];
	return NULL;
}

static void job_remove(tui_app *app, tui_job *j)
{
	size_t i;
	for (i = 0; i < app->jobs.n; i++)
		if (app->jobs.v[i] == j) {
			memmove(&app->jobs.v[i], &app->jobs.v[i + 1],
				(app->jobs.n - i - 1) * sizeof *app->jobs.v);
			app->jobs.n--;
			break;
		}
}

/* UI thread: one typed event of a job. Progress goes to the status bar;
 * tokens, reasoning and log lines to the pane's stream callback as the
 * sx_stream_kind they were before events existed; the rest to on_event,
 * else as a readable line (sx_event_render_text) to on_stream. */
static void job_event(tui_app *app, tui_job *j, const sx_event *te)
{
	sx_buf b = SX_BUF_INIT;

	switch (te->type) {
	case SX_EV_PROGRESS:
		snprintf(j->stage, sizeof j->stage, "%s", te->text ? te->text : "");
		j->done = te->a;
		j->total = te->b;
		if (j->background)
			app->stream_dirty = true;
		return;
	case SX_EV_LOG:
		/* a command's status line; an agent's log or a warning reads
		 * better as a rendered line (below) */
		if (te->agent || te->u.log.level > SX_LOG_INFO)
			break;
		/* fall through */
	case SX_EV_TOKEN:
	case SX_EV_REASONING:
		/* an agent's text goes with its tag to a pane that takes events */
		if (j->on_event && te->agent) {
			j->on_event(app, j, te);
			return;
		}
		if (j->on_stream && te->text)
			j->on_stream(app, j,
				     te->type == SX_EV_TOKEN       ? SX_STREAM_TEXT
				     : te->type == SX_EV_REASONING ? SX_STREAM_REASONING
								   : SX_STREAM_INFO,
				     te->text);
		return;
	default:
		break;
	}
	if (j->on_event) {
		j->on_event(app, j, te);
		return;
	}
	/* a pane that knows only text gets the readable line */
	if (!j->on_stream)
		return;
	sx_event_render_text(te, false, &b);
	if (b.len && !sx_buf_failed(&b))
		j->on_stream(app, j, SX_STREAM_INFO, sx_buf_cstr(&b));
	sx_buf_release(&b);
}

/* UI thread: events, partial results and the end of jobs. */
void tui_jobs_event(tui_app *app, sx_event *ev)
{
	tui_job *j;
	switch (ev->type) {
	case TEV_JOB_EVENT:
		if ((j = tui_job_find(app, (int)ev->a)) != NULL && ev->payload)
			job_event(app, j, ev->payload);
		return;
	case TEV_JOB_PARTIAL:
		if ((j = tui_job_find(app, (int)ev->a)) != NULL && j->on_partial)
			j->on_partial(app, j);
		return;
	case TEV_JOB_DONE: {
		struct job_result *r = ev->payload;
		if (!(j = tui_job_find(app, (int)ev->a)))
			return;
		if (j->thread_started)
			pthread_join(j->thread, NULL);
		j->thread_started = false;
		j->finished = true;
		job_remove(app, j);
		if (j->on_done) {
			void *payload = r ? r->payload : NULL;
			j->on_done(app, j, ev->code, r ? r->res : NULL, &payload,
				   ev->text ? ev->text : "");
			if (r && !payload)
				r->payload = NULL; /* taken over */
		}
		job_free(j);
		tui_app_dirty(app);
		return;
	}
	default:
		return;
	}
}

void tui_jobs_cancel_all(tui_app *app)
{
	size_t i;
	for (i = 0; i < app->jobs.n; i++)
		atomic_store(&app->jobs.v[i]->cancel, 1);
}

void tui_jobs_join_all(tui_app *app)
{
	sx_event *ev;
	size_t i;
	tui_jobs_cancel_all(app);
	for (i = 0; i < app->jobs.n; i++) {
		tui_job *j = app->jobs.v[i];
		if (j->thread_started)
			pthread_join(j->thread, NULL);
		j->thread_started = false;
	}
	/* the workers are gone: drop what they left without calling back
	 * into panes that may be half torn down */
	while ((ev = sx_evq_pop(app->evq)) != NULL)
		sx_event_free(ev);
	for (i = 0; i < app->jobs.n; i++)
		job_free(app->jobs.v[i]);
	app->jobs.n = 0;
}

size_t tui_jobs_running(const tui_app *app)
{
	return app->jobs.n;
}

tui_job *tui_jobs_current(tui_app *app)
{
	size_t i;
	for (i = app->jobs.n; i-- > 0;)
		if (app->jobs.v[i]->background)
			return app->jobs.v[i];
	return NULL;
}
