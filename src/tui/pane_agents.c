/*
 * pane_agents.c - a generation run as the workbench shows it, and the
 * Agents screen (6) that watches it live.
 *
 * One run is "the run" of the app (tui_run): the one started by
 * `:generate`, or a stored one loaded from the History screen. Its typed
 * events (steps, tokens, tool calls, scores, iterations) build the plan
 * and the per-agent thoughts here; its final JSON (sx_run_to_json's
 * object, or `run show`'s) feeds the Reflection and Artifacts screens.
 * The events come from the `generate` command's job, or from a recorded
 * JSON Lines file in the golden tests (tui_run_event), so a screen never
 * depends on which of the two fed it. UI thread only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

enum { RUN_MAX_AGENTS = 24, RUN_MAX_DEPS = 8 };

typedef struct {
	char id[64];
	char agent[32];
	char title[96];
	int state; /* -1 waiting, else sx_ev_status */
	double ms;
	uint64_t started_ns;
	bool fallback;  /* an endpoint failed and another took over */
	int64_t tokens; /* the stored step's tokens, else the deltas streamed */
	/* its place in the plan's DAG: the steps it depends on (from the
	 * result's plan, or a stored step's times), else its level as seen
	 * live: one past the steps finished when it started */
	int level;
	bool leveled, deps_known;
	int ndep;
	int dep[RUN_MAX_DEPS];
	char finished_at[32]; /* a stored step's end, to level the next ones */
} run_step;

typedef struct {
	char name[32];
	tui_doc doc;
} run_agent;

struct tui_run {
	SX_VEC(run_step) steps;
	run_agent agents[RUN_MAX_AGENTS];
	int nagents;
	cJSON *result; /* the run's JSON once known (owned) */
	int job_id;    /* the generate job, 0 when none runs */
	bool running, cancelled, failed;
	char error[256];
	char intent[256];
	uint64_t started_ns, ended_ns;
	int iteration, max_iter;
	double score;
	bool scored;
	int findings;
	int artifacts;
	int64_t chunks; /* streamed token deltas (a model's tokens; the
	                 * built-in agents stream words) */
	int64_t tokens; /* tokens in + out the run's result reports */
	double cost;
	bool costed;    /* the result said what the run cost */
	int generation; /* bumped when the result changes (panes rebuild) */
	/* a stored run replayed: its events, fed on a timer, then its final
	 * state (`run show ID --with-events`) */
	cJSON *replay; /* owned */
	int replay_next, replay_n;
	int64_t replay_ts; /* ms of the last event fed, 0: none */
	int64_t replay_t0; /* ms of the first */
	/* a stored run's thoughts (`run show`'s "thoughts", one per step and
	 * agent): which are in the agents' text already */
	bool *thought_shown;
	int nthought_shown;
};

/* The clock of the run: the wall clock, or in a replay the time of the
 * event shown (so spinners and durations are the run's, and a replay
 * draws the same at the same event). */
static uint64_t run_now(const tui_run *r)
{
	if (r && r->replay)
		return (uint64_t)(r->replay_ts - r->replay_t0 + 1) * 1000000u;
	return tui_now();
}

/* The form `g` / `:generate` opens: one line per field. */
enum { F_INTENT = 0, F_SOURCE, F_TARGET, F_SCHEDULE, F_CYCLES, F_PROVIDER, F_N };
static const char *const targets[] = {"clickhouse", "postgresql", "sqlite"};
enum { HIST_MAX = 32 };

typedef struct {
	tui_list list;
	tui_docview view;
	char shown_agent[32];
	int box_first; /* the first level shown when the boxes scroll */
	bool boxes;    /* the plan was drawn as boxes (h / l move by level) */
	bool form;
	int field;
	tui_input in[F_N];
	int target;
	char *hist[HIST_MAX]; /* intents started, newest last */
	int nhist, hist_pos;
} agents_st;

/* ------------------------------------------------------------ the run */

static tui_run *run_get(tui_app *app)
{
	if (!app->run)
		app->run = sx_calloc(1, sizeof *app->run);
	return app->run;
}

static void run_reset(tui_run *r)
{
	int i;
	for (i = 0; i < r->nagents; i++)
		tui_doc_release(&r->agents[i].doc);
	free(r->steps.v);
	free(r->thought_shown);
	cJSON_Delete(r->result);
	cJSON_Delete(r->replay);
	int gen = r->generation;
	memset(r, 0, sizeof *r);
	r->generation = gen + 1;
}

void tui_run_free(tui_app *app)
{
	if (!app->run)
		return;
	run_reset(app->run);
	free(app->run);
	app->run = NULL;
}

static run_agent *agent_doc(tui_run *r, const char *name)
{
	int i;
	if (!name || !*name)
		name = "run";
	for (i = 0; i < r->nagents; i++)
		if (strcmp(r->agents[i].name, name) == 0)
			return &r->agents[i];
	if (r->nagents == RUN_MAX_AGENTS)
		return &r->agents[RUN_MAX_AGENTS - 1];
	run_agent *a = &r->agents[r->nagents++];
	snprintf(a->name, sizeof a->name, "%s", name);
	tui_doc_init(&a->doc);
	return a;
}

static run_step *step_find(tui_run *r, const char *id)
{
	size_t i;
	for (i = 0; id && i < r->steps.n; i++)
		if (strcmp(r->steps.v[i].id, id) == 0)
			return &r->steps.v[i];
	return NULL;
}

/* One past the level of the steps that ended (0: none ended yet). */
static int level_after_ended(const tui_run *r, const run_step *self)
{
	size_t i;
	int lv = 0;
	for (i = 0; i < r->steps.n; i++) {
		const run_step *o = &r->steps.v[i];
		if (o != self && o->leveled &&
		    (o->state == SX_EVS_FINISHED || o->state == SX_EVS_FAILED) && o->level + 1 > lv)
			lv = o->level + 1;
	}
	return lv;
}

static run_step *step_of(tui_run *r, const char *id)
{
	size_t i;
	for (i = 0; i < r->steps.n; i++)
		if (strcmp(r->steps.v[i].id, id) == 0)
			return &r->steps.v[i];
	run_step s;
	memset(&s, 0, sizeof s);
	snprintf(s.id, sizeof s.id, "%s", id);
	s.state = -1;
	if (SX_VEC_PUSH(&r->steps, s))
		return NULL;
	return &r->steps.v[r->steps.n - 1];
}

static void fmt_ms(char *out, size_t n, double ms)
{
	if (ms < 10)
		snprintf(out, n, "%.1f ms", ms);
	else if (ms < 1000)
		snprintf(out, n, "%.0f ms", ms);
	else
		snprintf(out, n, "%.1f s", ms / 1000.0);
}

/* The stored thoughts of a step (step NULL: all not shown yet) into
 * their agents' text: reasoning dimmed, then the answer, then "(cut)"
 * when the history kept only the start. Each is shown once. */
static void thoughts_show(tui_run *r, const cJSON *thoughts, const char *step)
{
	int n = cJSON_GetArraySize(thoughts), i;
	const cJSON *t;
	if (!n)
		return;
	if (r->nthought_shown != n) {
		bool *v = sx_calloc((size_t)n, sizeof *v);
		if (!v)
			return;
		free(r->thought_shown);
		r->thought_shown = v;
		r->nthought_shown = n;
	}
	for (i = 0; i < n; i++) {
		run_agent *a;
		const char *txt, *rs;
		t = cJSON_GetArrayItem(thoughts, i);
		if (r->thought_shown[i] || (step && strcmp(sx_json_str(t, "step", ""), step) != 0))
			continue;
		r->thought_shown[i] = true;
		a = agent_doc(r, sx_json_str(t, "agent", NULL));
		rs = sx_json_str(t, "reasoning", "");
		txt = sx_json_str(t, "text", "");
		tui_doc_newline(&a->doc);
		if (*rs) {
			tui_doc_append(&a->doc, TS_REASONING, rs, strlen(rs));
			tui_doc_newline(&a->doc);
		}
		tui_doc_append(&a->doc, TS_NORMAL, txt, strlen(txt));
		if (sx_json_int(t, "cut", 0) > 0) {
			char cut[64];
			snprintf(cut, sizeof cut, "(cut: %lld bytes more)",
			         (long long)sx_json_int(t, "cut", 0));
			tui_doc_line(&a->doc, TS_DIM, cut);
		}
		tui_doc_newline(&a->doc);
	}
}

void tui_run_event(tui_app *app, const sx_event *ev)
{
	tui_run *r = run_get(app);
	run_agent *a;
	char line[768], ms[32];
	if (!r)
		return;
	switch (ev->type) {
	case SX_EV_STEP: {
		run_step *s = step_of(r, ev->step ? ev->step : ev->text ? ev->text : "?");
		if (!s)
			break;
		if (ev->agent)
			snprintf(s->agent, sizeof s->agent, "%s", ev->agent);
		if (ev->text && !s->title[0])
			snprintf(s->title, sizeof s->title, "%s", ev->text);
		s->state = (int)ev->u.step.status;
		if (s->state == SX_EVS_STARTED && !s->leveled) {
			s->level = level_after_ended(r, s);
			s->leveled = true;
		}
		if (s->state == SX_EVS_STARTED)
			s->started_ns = run_now(r);
		else
			s->ms = (double)ev->u.step.ms;
		if (r->replay && s->state == SX_EVS_STARTED) /* what it said, stored */
			thoughts_show(r, cJSON_GetObjectItem(r->replay, "thoughts"), s->id);
		break;
	}
	case SX_EV_TOKEN:
	case SX_EV_REASONING:
		if (!ev->text)
			break;
		a = agent_doc(r, ev->agent);
		r->chunks++;
		{
			run_step *s = step_find(r, ev->step);
			if (s)
				s->tokens++;
		}
		tui_doc_append(&a->doc, ev->type == SX_EV_REASONING ? TS_REASONING : TS_NORMAL,
		               ev->text, ev->len ? ev->len : strlen(ev->text));
		break;
	case SX_EV_TOOL:
		if (ev->u.tool.status == SX_EVS_STARTED)
			break;
		a = agent_doc(r, ev->agent);
		fmt_ms(ms, sizeof ms, (double)ev->u.tool.ms);
		snprintf(line, sizeof line, "%s %s %s %s, %s",
		         ev->u.tool.status == SX_EVS_FAILED ? "✗" : "▸",
		         ev->u.tool.name ? ev->u.tool.name : "tool",
		         ev->u.tool.args ? ev->u.tool.args : "",
		         ev->u.tool.result ? ev->u.tool.result : "", ms);
		tui_doc_newline(&a->doc);
		tui_doc_line(&a->doc, ev->u.tool.status == SX_EVS_FAILED ? TS_ERROR : TS_INFO,
		             line);
		break;
	case SX_EV_LOG:
		if (!ev->text)
			break;
		if (ev->u.log.level > SX_LOG_INFO) {
			/* the engine warns of a step only when its endpoint failed
			 * and the next one (or the built-in agent) took over */
			run_step *s = step_find(r, ev->step);
			if (s)
				s->fallback = true;
		}
		a = agent_doc(r, ev->agent);
		tui_doc_newline(&a->doc);
		tui_doc_line(&a->doc, ev->u.log.level > SX_LOG_INFO ? TS_WARN : TS_DIM, ev->text);
		break;
	case SX_EV_FINDING:
		r->findings++;
		break;
	case SX_EV_ARTIFACT:
		r->artifacts++;
		break;
	case SX_EV_SCORE:
		r->score = ev->u.score.value;
		r->scored = true;
		if (ev->u.score.iteration > 0)
			r->iteration = ev->u.score.iteration;
		break;
	case SX_EV_ITERATION:
		r->iteration = ev->u.iteration.n;
		r->max_iter = ev->u.iteration.max;
		break;
	case SX_EV_AMBIGUITY:
		tui_ask_post(app, r->running ? r->job_id : 0, ev);
		break;
	default:
		break;
	}
	app->stream_dirty = true;
}

static int ev_status(const char *s)
{
	return strcmp(s, "started") == 0  ? SX_EVS_STARTED
	       : strcmp(s, "failed") == 0 ? SX_EVS_FAILED
	                                  : SX_EVS_FINISHED;
}

void tui_run_event_json(tui_app *app, const cJSON *o)
{
	const char *type = sx_json_str(o, "type", "");
	sx_event ev;
	memset(&ev, 0, sizeof ev);
	ev.run = sx_json_str(o, "run", NULL);
	ev.agent = sx_json_str(o, "agent", NULL);
	ev.step = sx_json_str(o, "step", NULL);
	if (strcmp(type, "token") == 0) {
		ev.type = strcmp(sx_json_str(o, "channel", ""), "reasoning") == 0 ? SX_EV_REASONING
		                                                                  : SX_EV_TOKEN;
		ev.text = sx_json_str(o, "text", "");
	} else if (strcmp(type, "step") == 0) {
		ev.type = SX_EV_STEP;
		ev.text = sx_json_str(o, "title", NULL);
		ev.u.step.status = (sx_ev_status)ev_status(sx_json_str(o, "status", ""));
		ev.u.step.ms = sx_json_int(o, "duration_ms", 0);
	} else if (strcmp(type, "tool") == 0) {
		ev.type = SX_EV_TOOL;
		ev.u.tool.status = (sx_ev_status)ev_status(sx_json_str(o, "status", ""));
		ev.u.tool.ms = sx_json_int(o, "duration_ms", 0);
		ev.u.tool.name = sx_json_str(o, "name", NULL);
		ev.u.tool.args = sx_json_str(o, "args", NULL);
		ev.u.tool.result = sx_json_str(o, "result", NULL);
	} else if (strcmp(type, "finding") == 0) {
		ev.type = SX_EV_FINDING;
		ev.text = sx_json_str(o, "message", NULL);
		ev.u.finding.rule = sx_json_str(o, "rule", NULL);
	} else if (strcmp(type, "artifact") == 0) {
		ev.type = SX_EV_ARTIFACT;
		ev.u.artifact.kind = sx_json_str(o, "kind", NULL);
		ev.u.artifact.name = sx_json_str(o, "name", NULL);
	} else if (strcmp(type, "score") == 0) {
		ev.type = SX_EV_SCORE;
		ev.u.score.value = sx_json_num(o, "value", 0);
		ev.u.score.iteration = (int)sx_json_int(o, "iteration", 0);
	} else if (strcmp(type, "iteration") == 0) {
		ev.type = SX_EV_ITERATION;
		ev.u.iteration.n = (int)sx_json_int(o, "n", 0);
		ev.u.iteration.max = (int)sx_json_int(o, "max", 0);
	} else if (strcmp(type, "ambiguity") == 0) {
		/* a recorded question: options as lines */
		sx_buf opts = SX_BUF_INIT;
		const cJSON *x;
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(o, "options"))
			if (cJSON_IsString(x))
				sx_buf_printf(&opts, "%s\n", x->valuestring);
		ev.type = SX_EV_AMBIGUITY;
		ev.text = sx_json_str(o, "question", NULL);
		ev.a = sx_json_int(o, "n", 0);
		ev.u.ambiguity.options = sx_buf_failed(&opts) ? NULL : sx_buf_cstr(&opts);
		ev.u.ambiguity.dflt = (int)sx_json_int(o, "default", 0);
		tui_run_event(app, &ev);
		sx_buf_release(&opts);
		return;
	} else if (strcmp(type, "log") == 0) {
		const char *lv = sx_json_str(o, "level", "info");
		ev.type = SX_EV_LOG;
		ev.text = sx_json_str(o, "message", sx_json_str(o, "text", NULL));
		/* as sx_event_to_json names them: a replay keeps the warnings */
		ev.u.log.level = strcmp(lv, "error") == 0     ? SX_LOG_ERROR
		                 : strcmp(lv, "warning") == 0 ? SX_LOG_WARN
		                 : strcmp(lv, "debug") == 0   ? SX_LOG_DEBUG
		                                              : SX_LOG_INFO;
	} else {
		return;
	}
	tui_run_event(app, &ev);
}

/* ------------------------------------------------------------ replay */

enum {
	REPLAY_SPEED = 4,    /* times faster than the run went */
	REPLAY_MIN_MS = 30,  /* between two events, so each can be seen */
	REPLAY_MAX_MS = 400, /* long waits (a model thinking) are cut */
	REPLAY_FLAT_MS = 60, /* events without a time */
};

/* "2026-12-04T01:41:08.457Z" as milliseconds of the day (enough to space
 * the events of one run); 0 when it does not parse. */
static int64_t ts_ms(const char *ts)
{
	int h, m, sec, ms = 0;
	if (!ts || sscanf(ts, "%*d-%*d-%*dT%d:%d:%d.%d", &h, &m, &sec, &ms) < 3)
		return 0;
	return (((int64_t)h * 60 + m) * 60 + sec) * 1000 + ms;
}

static void replay_tick(tui_app *app);

static void replay_arm(tui_app *app)
{
	tui_run *r = app->run;
	const cJSON *next;
	int64_t t, gap = REPLAY_FLAT_MS;
	if (!r || !r->replay || r->replay_next >= r->replay_n)
		return;
	next = cJSON_GetArrayItem(cJSON_GetObjectItem(r->replay, "events"), r->replay_next);
	t = ts_ms(sx_json_str(next, "ts", NULL));
	if (t && r->replay_ts) {
		gap = (t - r->replay_ts) / REPLAY_SPEED;
		gap = gap < REPLAY_MIN_MS   ? REPLAY_MIN_MS
		      : gap > REPLAY_MAX_MS ? REPLAY_MAX_MS
		                            : gap;
	}
	tui_app_timer(app, TUI_TIMER_REPLAY, (int)gap, replay_tick);
}

int tui_run_replay_advance(tui_app *app, int n)
{
	tui_run *r = app->run;
	const cJSON *evs;
	cJSON *fin;
	if (!r || !r->replay)
		return 0;
	evs = cJSON_GetObjectItem(r->replay, "events");
	for (; n != 0 && r->replay_next < r->replay_n; n--) {
		const cJSON *row = cJSON_GetArrayItem(evs, r->replay_next++);
		/* the stored row holds the event as the CLI's JSON Lines text */
		cJSON *ev = cJSON_Parse(sx_json_str(row, "json", "{}"));
		if (ts_ms(sx_json_str(row, "ts", NULL))) {
			r->replay_ts = ts_ms(sx_json_str(row, "ts", NULL));
			if (!r->replay_t0)
				r->replay_t0 = r->replay_ts;
		}
		if (ev) {
			tui_run_event_json(app, ev);
			cJSON_Delete(ev);
		}
	}
	app->dirty = true;
	if (r->replay_next < r->replay_n)
		return r->replay_n - r->replay_next;
	/* the end: the final state, as `run show` has it, timed by its usage */
	fin = r->replay;
	r->replay = NULL;
	r->started_ns = 0;
	cJSON_DeleteItemFromObject(fin, "events");
	tui_run_set_result(app, fin, true);
	cJSON_Delete(fin);
	tui_app_msg(app, TS_OK, "replayed run %s: 7 Reflection, 8 Artifacts",
	            sx_json_str(tui_run_result(app), "id",
	                        sx_json_str(tui_run_result(app), "run_id", "?")));
	return 0;
}

static void replay_tick(tui_app *app)
{
	if (tui_run_replay_advance(app, 1) > 0)
		replay_arm(app);
}

bool tui_run_replaying(tui_app *app)
{
	return app->run && app->run->replay;
}

int tui_run_replay(tui_app *app, const cJSON *run, sx_error *err)
{
	tui_run *r = run_get(app);
	if (!r)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if (r->running)
		return sx_error_set(err, SX_EBUSY, "a run is going on: :cancel stops it");
	run_reset(r);
	if (!(r->replay = cJSON_Duplicate(run, true)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	r->replay_n = cJSON_GetArraySize(cJSON_GetObjectItem(run, "events"));
	snprintf(r->intent, sizeof r->intent, "%s", sx_json_str(run, "intent", ""));
	r->started_ns = tui_now();
	tui_app_set_screen(app, TUI_SCREEN_AGENTS);
	tui_app_msg(app, TS_INFO, "replaying run %s: End jumps to its final state",
	            sx_json_str(run, "id", sx_json_str(run, "run_id", "?")));
	if (!r->replay_n)
		tui_run_replay_advance(app, -1);
	else
		replay_arm(app);
	return 0;
}

static void fill_steps_from(tui_run *r, const cJSON *run)
{
	const cJSON *s, *d, *steps = cJSON_GetObjectItem(cJSON_GetObjectItem(run, "plan"), "steps");
	/* generate's object has plan.steps; a stored run (`run show`) steps */
	if (!steps)
		steps = cJSON_GetObjectItem(run, "steps");
	cJSON_ArrayForEach(s, steps)
	{
		run_step *st = step_of(r, sx_json_str(s, "id", sx_json_str(s, "step", "?")));
		const char *state = sx_json_str(s, "state", sx_json_str(s, "status", ""));
		const char *started = sx_json_str(s, "started_at", NULL);
		const cJSON *deps = cJSON_GetObjectItem(s, "depends_on");
		size_t k;
		int dep[RUN_MAX_DEPS], nd = 0;
		if (!st)
			return;
		k = (size_t)(st - r->steps.v);
		if (!st->agent[0])
			snprintf(st->agent, sizeof st->agent, "%s", sx_json_str(s, "agent", ""));
		st->ms = sx_json_num(s, "ms", st->ms);
		if (strcmp(state, "failed") == 0)
			st->state = SX_EVS_FAILED;
		else if (strcmp(state, "done") == 0 || strcmp(state, "finished") == 0 ||
		         strcmp(state, "fallback") == 0)
			st->state = SX_EVS_FINISHED;
		else if (st->state == SX_EVS_STARTED)
			st->state = SX_EVS_FAILED; /* it never finished (cancelled) */
		if (cJSON_GetObjectItem(s, "tokens_in") || cJSON_GetObjectItem(s, "tokens_out"))
			st->tokens =
			    sx_json_int(s, "tokens_in", 0) + sx_json_int(s, "tokens_out", 0);
		snprintf(st->finished_at, sizeof st->finished_at, "%s",
		         sx_json_str(s, "finished_at", ""));
		if (!st->leveled && started) {
			/* a stored step: one past the steps that had ended when it
			 * started */
			size_t i;
			int lv = 0;
			for (i = 0; i < k; i++) {
				const run_step *o = &r->steps.v[i];
				if (o->leveled && o->finished_at[0] &&
				    strcmp(o->finished_at, started) <= 0 && o->level + 1 > lv)
					lv = o->level + 1;
			}
			st->level = lv;
			st->leveled = true;
		}
		if (!cJSON_IsArray(deps))
			continue;
		/* the DAG's own edges (steps are listed after what they need) */
		cJSON_ArrayForEach(d, deps)
		{
			run_step *o;
			if (!cJSON_IsString(d) || nd == RUN_MAX_DEPS ||
			    !(o = step_find(r, d->valuestring)))
				continue;
			dep[nd++] = (int)(o - r->steps.v);
		}
		st = &r->steps.v[k];
		memcpy(st->dep, dep, sizeof dep[0] * (size_t)nd);
		st->ndep = nd;
		st->deps_known = true;
	}
	/* a stored run (`run show`): its DAG's edges beside the steps */
	cJSON_ArrayForEach(s, cJSON_GetObjectItem(run, "dag"))
	{
		run_step *st = step_find(r, sx_json_str(s, "id", NULL)), *o;
		int nd = 0;
		if (!st || st->deps_known)
			continue;
		cJSON_ArrayForEach(d, cJSON_GetObjectItem(s, "depends_on"))
		{
			if (cJSON_IsString(d) && nd < RUN_MAX_DEPS &&
			    (o = step_find(r, d->valuestring)))
				st->dep[nd++] = (int)(o - r->steps.v);
		}
		st->ndep = nd;
		st->deps_known = true;
	}
	/* a step whose endpoint failed and the next one answered */
	cJSON_ArrayForEach(d, cJSON_GetObjectItem(run, "endpoints"))
	{
		run_step *o = step_find(r, sx_json_str(d, "step", NULL));
		if (o && sx_json_str(d, "error", NULL))
			o->fallback = true;
	}
}

/* Tokens and cost as the result reports them: a stored run's steps carry
 * tokens_in, tokens_out and cost, its usage the totals; generate's object
 * has neither, so the count of streamed deltas stays. */
static void run_usage(tui_run *r, const cJSON *run)
{
	const cJSON *s, *u = cJSON_GetObjectItem(run, "usage");
	int64_t tok = 0;
	double cost = 0;
	cJSON_ArrayForEach(s, cJSON_GetObjectItem(run, "steps"))
	{
		tok += sx_json_int(s, "tokens_in", 0) + sx_json_int(s, "tokens_out", 0);
		cost += sx_json_num(s, "cost", 0);
	}
	if (sx_json_int(u, "tokens", 0) > tok)
		tok = sx_json_int(u, "tokens", 0);
	if (sx_json_num(u, "cost", 0) > cost)
		cost = sx_json_num(u, "cost", 0);
	r->tokens = tok;
	/* a cost of 0 is what the history writes when it knows no prices:
	 * shown only when it says more */
	r->cost = cost;
	r->costed = cost > 0;
}

/* Takes a copy of a run's JSON (generate's result or `run show`'s). */
void tui_run_set_result(tui_app *app, const cJSON *run, bool keep_events)
{
	tui_run *r = run_get(app);
	if (!r)
		return;
	if (!keep_events)
		run_reset(r);
	cJSON_Delete(r->result);
	r->result = run ? cJSON_Duplicate(run, true) : NULL;
	r->generation++;
	if (run) {
		snprintf(r->intent, sizeof r->intent, "%s", sx_json_str(run, "intent", ""));
		r->score = sx_json_num(run, "score", r->score);
		r->scored = cJSON_GetObjectItem(run, "score") != NULL || r->scored;
		if (!r->iteration)
			r->iteration = cJSON_GetArraySize(cJSON_GetObjectItem(run, "iterations"));
		if (cJSON_GetArraySize(cJSON_GetObjectItem(run, "findings")) > r->findings)
			r->findings = cJSON_GetArraySize(cJSON_GetObjectItem(run, "findings"));
		fill_steps_from(r, run);
		run_usage(r, run);
		thoughts_show(r, cJSON_GetObjectItem(run, "thoughts"), NULL);
	}
	app->dirty = true;
}

const cJSON *tui_run_result(tui_app *app)
{
	return app->run ? app->run->result : NULL;
}

int tui_run_generation(tui_app *app)
{
	return app->run ? app->run->generation : 0;
}

static void run_job_event(tui_app *app, tui_job *job, const sx_event *ev)
{
	if (app->run && app->run->job_id == job->id)
		tui_run_event(app, ev);
}

static void run_job_stream(tui_app *app, tui_job *job, int kind, const char *text)
{
	/* only reached for text without an agent tag */
	sx_event ev;
	memset(&ev, 0, sizeof ev);
	ev.type = kind == SX_STREAM_REASONING ? SX_EV_REASONING : SX_EV_TOKEN;
	ev.text = text;
	if (app->run && app->run->job_id == job->id)
		tui_run_event(app, &ev);
}

static void run_job_done(tui_app *app, tui_job *job, int rc, cJSON *result, void **payload,
                         const char *errmsg)
{
	tui_run *r = app->run;
	(void)payload;
	if (!r || r->job_id != job->id)
		return;
	tui_ask_clear(app); /* a question of the run is answered or moot */
	r->running = false;
	r->job_id = 0;
	r->ended_ns = tui_now();
	tui_history_stale(app->history);
	if (result)
		tui_run_set_result(app, result, true);
	if (rc && !result && !r->cancelled) {
		r->failed = true;
		snprintf(r->error, sizeof r->error, "%s", errmsg && *errmsg ? errmsg : "failed");
		tui_app_msg(app, TS_ERROR, "generate: %s", r->error);
	} else if (r->cancelled) {
		tui_app_msg(app, TS_WARN,
		            "run cancelled; what it made is kept (7 Reflection, 8 Artifacts)");
	} else {
		tui_app_msg(app, rc ? TS_WARN : TS_OK,
		            "run %s: score %.1f%s (7 Reflection, 8 Artifacts)",
		            sx_json_str(result, "run_id", "?"), sx_json_num(result, "score", 0),
		            rc ? ", below the threshold" : "");
	}
	app->dirty = true;
}

int tui_run_start(tui_app *app, int argc, char **argv, sx_error *err)
{
	tui_run *r = run_get(app);
	tui_job *job = NULL;
	int rc, i;
	size_t len = 0;
	if (!r)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if (r->running)
		return sx_error_set(err, SX_EBUSY, "a run is going on: :cancel stops it");
	run_reset(r);
	if ((rc = tui_job_start_cmd(app, argc, argv, true, run_job_done, run_job_stream, NULL, &job,
	                            err)))
		return rc;
	job->on_event = run_job_event;
	r->job_id = job->id;
	r->running = true;
	r->started_ns = tui_now();
	for (i = 1; i < argc && len < sizeof r->intent; i++)
		len += (size_t)snprintf(r->intent + len, sizeof r->intent - len, "%s%s",
		                        i > 1 ? " " : "", argv[i]);
	tui_app_set_screen(app, TUI_SCREEN_AGENTS);
	return 0;
}

bool tui_run_cancel(tui_app *app)
{
	tui_run *r = app->run;
	tui_job *j;
	if (!r || !r->running || !(j = tui_job_find(app, r->job_id)))
		return false;
	atomic_store(&j->cancel, 1);
	r->cancelled = true;
	tui_app_msg(app, TS_WARN, "cancelling the run…");
	return true;
}

/* Whether the run is the built-in agents' (which call no model): its
 * provider once known, else whether a model is configured. */
static bool run_builtin(const tui_app *app, const tui_run *r)
{
	return r->result || r->replay
	           ? strcmp(sx_json_str(r->result ? r->result : r->replay, "provider", ""),
	                    "builtin") == 0
	           : !app->llm_ready;
}

/* "running 12.3 s · iteration 2/3 · score 8.7 · 3 findings · 412 tokens ·
 * $0.0031": the run's status line. Tokens are the result's count once a
 * stored run reports one, else the deltas streamed so far; the cost shows
 * once the result says it. */
void tui_run_status(tui_app *app, char *out, size_t n)
{
	tui_run *r = app->run;
	char it[32] = "", sc[32] = "", tok[48] = "", cost[32] = "";
	double secs;
	if (!r || (!r->running && !r->result && !r->steps.n && !r->started_ns)) {
		snprintf(out, n, "no run yet: :generate INTENT starts one");
		return;
	}
	secs = (double)((r->running    ? tui_now()
	                 : r->ended_ns ? r->ended_ns
	                               : r->started_ns) -
	                r->started_ns) /
	       1e9;
	if (!r->started_ns)
		secs = sx_json_num(cJSON_GetObjectItem(r->result, "timings"), "total", 0) / 1000.0;
	if (!r->started_ns && secs <= 0) /* a stored run: its usage has the timings */
		secs = sx_json_num(cJSON_GetObjectItem(cJSON_GetObjectItem(r->result, "usage"),
		                                       "timings_ms"),
		                   "total", 0) /
		       1000.0;
	if (r->max_iter > 0)
		snprintf(it, sizeof it, "%d/%d", r->iteration, r->max_iter);
	else
		snprintf(it, sizeof it, "%d", r->iteration);
	if (r->scored)
		snprintf(sc, sizeof sc, " · score %.1f", r->score);
	if (run_builtin(app, r)) {
		/* the built-in agents call no model: nothing spent */
		snprintf(tok, sizeof tok, " · 0 tokens");
		snprintf(cost, sizeof cost, " · $0");
	} else {
		snprintf(tok, sizeof tok, " · %lld tokens",
		         (long long)(r->tokens ? r->tokens : r->chunks));
		if (r->costed)
			snprintf(cost, sizeof cost, " · $%.4f", r->cost);
	}
	if (r->replay) {
		char word[48];
		snprintf(word, sizeof word, "replay %d/%d", r->replay_next, r->replay_n);
		secs = (double)(r->replay_ts - r->replay_t0) / 1000.0; /* the run's time */
		snprintf(out, n, "%s %.1f s · iteration %s%s · %d findings%s%s", word,
		         secs < 0 ? 0 : secs, it, sc, r->findings, tok, cost);
		return;
	}
	snprintf(out, n, "%s %.1f s · iteration %s%s · %d findings%s%s",
	         r->running     ? "running"
	         : r->cancelled ? "cancelled"
	         : r->failed    ? "failed"
	                        : "done",
	         secs < 0 ? 0 : secs, it, sc, r->findings, tok, cost);
}

/* ------------------------------------------------------------ the pane */

/* How long a step took, or has been running; "" while it waits. */
static void step_ms(const run_step *s, uint64_t now, char *out, size_t n)
{
	if (s->state == SX_EVS_STARTED)
		fmt_ms(out, n, (double)(now - s->started_ns) / 1e6);
	else if (s->state >= 0)
		fmt_ms(out, n, s->ms);
	else
		out[0] = 0;
}

/* The state of a step, and its mark in spin: a spinner while it runs,
 * ✓ done, ↻ done by a fallback, ✗ failed, · waiting (ASCII: | / - \, +,
 * ~, x, .). */
static const char *state_word(const run_step *s, uint64_t now, bool ascii, char *spin, size_t n)
{
	static const char *const frames[] = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
	static const char *const frames_ascii[] = {"|", "/", "-", "\\"};
	switch (s->state) {
	case SX_EVS_STARTED:
		snprintf(spin, n, "%s",
		         ascii ? frames_ascii[(now / 100000000ull) % 4]
		               : frames[(now / 100000000ull) % 10]);
		return "running";
	case SX_EVS_FINISHED:
		if (s->fallback) {
			snprintf(spin, n, "%s", ascii ? "~" : "↻");
			return "fallback";
		}
		snprintf(spin, n, "%s", ascii ? "+" : "✓");
		return "done";
	case SX_EVS_FAILED:
		snprintf(spin, n, "%s", ascii ? "x" : "✗");
		return "failed";
	default:
		snprintf(spin, n, "%s", ascii ? "." : "·");
		return "waiting";
	}
}

/* ------------------------------------------------------------ the plan as boxes */

enum {
	BOX_H = 5,    /* border, agent, state and time, tokens, border */
	BOX_VGAP = 1, /* rows between two boxes of one level */
	BOX_GAP = 4,  /* columns between two levels: the connectors */
	BOX_W_MIN = 18,
	BOX_W_MAX = 24,
	BOXES_MIN_W = 96, /* narrower: the compact list */
};

/* The level of each step in the plan's DAG (lv[i]): one past its
 * dependencies when the plan says them, else as seen live or from the
 * stored times. Returns the number of levels; *stack gets the most steps
 * of one level. */
static int plan_levels(const tui_run *run, int *lv, int *stack)
{
	size_t i;
	int j, nlev = 0, most = 0;
	for (i = 0; i < run->steps.n; i++) {
		const run_step *s = &run->steps.v[i];
		int l = 0;
		if (s->deps_known) {
			for (j = 0; j < s->ndep; j++)
				if (s->dep[j] < (int)i && lv[s->dep[j]] + 1 > l)
					l = lv[s->dep[j]] + 1;
		} else if (s->leveled) {
			l = s->level;
		} else if (i) {
			l = lv[i - 1] + 1; /* not started: after the one before */
		}
		lv[i] = l;
		if (l + 1 > nlev)
			nlev = l + 1;
	}
	for (j = 0; j < nlev; j++) {
		int c = 0;
		for (i = 0; i < run->steps.n; i++)
			c += lv[i] == j;
		if (c > most)
			most = c;
	}
	*stack = most;
	return nlev;
}

/* Whether step i depends on step d (d one level before it). */
static bool plan_edge(const tui_run *run, const int *lv, size_t d, size_t i)
{
	const run_step *s = &run->steps.v[i];
	int j;
	if (lv[d] + 1 != lv[i])
		return false;
	if (!s->deps_known)
		return true; /* seen live: after all of the level before */
	for (j = 0; j < s->ndep; j++)
		if (s->dep[j] == (int)d)
			return true;
	return false;
}

/* Connector cells: which of their four sides a line leaves by. */
enum { CN = 1, CS = 2, CE = 4, CW = 8 };

static uint32_t conn_char(const tui_grid *g, unsigned m)
{
	switch (m) {
	case CE | CW:
	case CE:
	case CW:
		return tui_line_char(g, TUI_LH);
	case CN | CS:
	case CN:
	case CS:
		return tui_line_char(g, TUI_LV);
	case CE | CS:
		return tui_line_char(g, TUI_LTL);
	case CW | CS:
		return tui_line_char(g, TUI_LTR);
	case CE | CN:
		return tui_line_char(g, TUI_LBL);
	case CW | CN:
		return tui_line_char(g, TUI_LBR);
	case CN | CS | CE:
		return tui_line_char(g, TUI_LTEE_R);
	case CN | CS | CW:
		return tui_line_char(g, TUI_LTEE_L);
	case CE | CW | CS:
		return tui_line_char(g, TUI_LTEE_D);
	case CE | CW | CN:
		return tui_line_char(g, TUI_LTEE_U);
	default:
		return tui_line_char(g, TUI_LCROSS);
	}
}

/* The rows the boxes need in an area w wide and h high, 0 when they do
 * not fit (then the plan is the compact list). */
static int boxes_rows(const tui_run *run, int w, int h)
{
	int *lv, stack, rows;
	if (w < BOXES_MIN_W || !run->steps.n || !(lv = sx_calloc(run->steps.n, sizeof *lv)))
		return 0;
	plan_levels(run, lv, &stack);
	free(lv);
	rows = stack * (BOX_H + BOX_VGAP) - BOX_VGAP;
	return rows <= h / 2 ? rows : 0;
}

/* One box: the step id on its border, the agent, the state with its
 * spinner and the time, the tokens. */
static void draw_box(tui_app *app, tui_grid *g, const run_step *s, int bx, int by, int bw, bool sel,
                     uint64_t now)
{
	char spin[8], ms[32], buf[128];
	const tui_run *run = app->run;
	const char *word = state_word(s, now, g->ascii, spin, sizeof spin);
	int sty = s->state == SX_EVS_FAILED     ? TS_ERROR
	          : s->state == SX_EVS_STARTED  ? TS_STATUS_ACCENT
	          : s->fallback                 ? TS_WARN
	          : s->state == SX_EVS_FINISHED ? TS_OK
	                                        : TS_DIM;
	tui_grid_box(g, (tui_rect){bx, by, bw, BOX_H}, sel ? TS_BORDER_FOCUS : TS_BORDER, s->id,
	             sel ? TS_SELECTED : TS_TITLE);
	tui_grid_put_trunc(g, bx + 1, by + 1, bw - 2, s->state < 0 ? TS_DIM : TS_NORMAL,
	                   s->agent[0] ? s->agent : "?");
	step_ms(s, now, ms, sizeof ms);
	snprintf(buf, sizeof buf, "%s %s %s", spin, word, ms);
	tui_grid_put_trunc(g, bx + 1, by + 2, bw - 2, sty, buf);
	snprintf(buf, sizeof buf, "%lld tokens",
	         run_builtin(app, run) ? 0ll : (long long)s->tokens);
	tui_grid_put_trunc(g, bx + 1, by + 3, bw - 2, TS_DIM, buf);
}

/* The plan's DAG as boxes, a column per level, left to right, with lines
 * from each step to the ones that need it; rows tall (boxes_rows). When
 * the levels do not all fit, the columns scroll to keep the selected
 * step in view, and ◂ ▸ say that more are off to that side. */
static void draw_boxes(tui_pane *p, tui_grid *g, int x, int y, int w, int rows, uint64_t now)
{
	agents_st *st = p->st;
	tui_run *run = p->app->run;
	size_t n = run->steps.n, i, d;
	int *lv = sx_calloc(n, sizeof *lv), *row = sx_calloc(n, sizeof *row);
	unsigned char *mask = sx_calloc((size_t)w * (size_t)rows, 1);
	int stack, nlev, bw, vis, ax = x + 1, aw = w - 2, c, k;
	if (!lv || !row || !mask)
		goto done;
	nlev = plan_levels(run, lv, &stack);
	bw = (aw - (nlev - 1) * BOX_GAP) / nlev;
	bw = bw < BOX_W_MIN ? BOX_W_MIN : bw > BOX_W_MAX ? BOX_W_MAX : bw;
	vis = (aw + BOX_GAP) / (bw + BOX_GAP);
	if (vis < 1)
		vis = 1;
	/* keep the selected step's level in view */
	if (st->list.sel < n) {
		int l = lv[st->list.sel];
		if (l < st->box_first)
			st->box_first = l;
		if (l >= st->box_first + vis)
			st->box_first = l - vis + 1;
	}
	if (st->box_first > nlev - vis)
		st->box_first = nlev - vis;
	if (st->box_first < 0)
		st->box_first = 0;
	/* the row of each step within its level, in the order they started */
	for (i = 0; i < n; i++) {
		row[i] = 0;
		for (d = 0; d < i; d++)
			row[i] += lv[d] == lv[i];
	}
	/* the connectors, in the gap after the source's column: out of its
	 * box, down or up to the target's row, into the target's box */
	for (i = 0; i < n; i++) {
		c = lv[i] - st->box_first;
		if (c < 1 || c >= vis)
			continue;
		for (d = 0; d < n; d++) {
			int gx, ys, yd, yy, lo, hi;
			if (!plan_edge(run, lv, d, i))
				continue;
			gx = (c - 1) * (bw + BOX_GAP) + bw; /* relative to ax */
			ys = row[d] * (BOX_H + BOX_VGAP) + BOX_H / 2;
			yd = row[i] * (BOX_H + BOX_VGAP) + BOX_H / 2;
			mask[ys * w + gx] |= CW | CE;
			mask[ys * w + gx + 1] |= CW;
			lo = ys < yd ? ys : yd;
			hi = ys < yd ? yd : ys;
			for (yy = lo; yy <= hi && lo != hi; yy++)
				mask[yy * w + gx + 1] |= (yy > lo ? CN : 0) | (yy < hi ? CS : 0);
			mask[yd * w + gx + 1] |= CE;
			mask[yd * w + gx + 2] |= CW | CE;
			mask[yd * w + gx + 3] = 0xff; /* the arrowhead */
		}
	}
	for (k = 0; k < rows; k++)
		for (c = 0; c < aw; c++) {
			unsigned m = mask[k * w + c];
			tui_cell *cell;
			if (!m || !(cell = tui_grid_at(g, ax + c, y + k)))
				continue;
			cell->ch = m == 0xff ? tui_line_char(g, TUI_LARROW_R) : conn_char(g, m);
			cell->style = TS_BORDER;
			cell->flags = 0;
		}
	for (i = 0; i < n; i++) {
		c = lv[i] - st->box_first;
		if (c < 0 || c >= vis)
			continue;
		draw_box(p->app, g, &run->steps.v[i], ax + c * (bw + BOX_GAP),
		         y + row[i] * (BOX_H + BOX_VGAP), bw, i == st->list.sel, now);
	}
	if (st->box_first > 0)
		tui_grid_put(g, x, y + BOX_H / 2, 1, TS_DIM, g->ascii ? "<" : "◂");
	if (st->box_first + vis < nlev)
		tui_grid_put(g, x + w - 1, y + BOX_H / 2, 1, TS_DIM, g->ascii ? ">" : "▸");
done:
	free(lv);
	free(row);
	free(mask);
}

/* h / l in the boxes: the step of the level before or after, at the same
 * height or the nearest. */
static void boxes_move(tui_pane *p, int dir)
{
	agents_st *st = p->st;
	tui_run *run = p->app->run;
	size_t n = run ? run->steps.n : 0, i, best = (size_t)-1;
	int *lv, stack, here = 0, cur;
	if (!n || st->list.sel >= n || !(lv = sx_calloc(n, sizeof *lv)))
		return;
	plan_levels(run, lv, &stack);
	cur = lv[st->list.sel];
	for (i = 0; i < st->list.sel; i++)
		here += lv[i] == cur;
	for (i = 0; i < n; i++) {
		int k = 0;
		size_t j;
		if (lv[i] != cur + dir)
			continue;
		for (j = 0; j < i; j++)
			k += lv[j] == lv[i];
		if (best == (size_t)-1 || k <= here)
			best = i;
	}
	if (best != (size_t)-1)
		st->list.sel = best;
	free(lv);
}

/* ------------------------------------------------------------ the form */

static const char *const field_names[F_N] = {
    "intent", "source", "target", "schedule", "reflection cycles", "provider"};

void tui_run_form(tui_app *app, const char *intent, const char *source)
{
	agents_st *st = app->agents->st;
	st->form = true;
	st->field = F_INTENT;
	tui_input_set(&st->in[F_INTENT], intent ? intent : "");
	if (intent && intent[0] == ' ')
		st->in[F_INTENT].cur = 0; /* " from TABLE": the measure goes first */
	if (source)
		tui_input_set(&st->in[F_SOURCE], source);
	if (!st->in[F_CYCLES].len)
		tui_input_set(&st->in[F_CYCLES], "2");
	st->hist_pos = st->nhist;
	tui_app_set_screen(app, TUI_SCREEN_AGENTS);
	app->dirty = true;
}

static void form_submit(tui_pane *p)
{
	agents_st *st = p->st;
	char val[F_N][512], *argv[16];
	int argc = 0, i;
	sx_error err = {0};
	for (i = 0; i < F_N; i++)
		snprintf(val[i], sizeof val[i], "%.*s", (int)st->in[i].len, st->in[i].buf);
	if (!val[F_INTENT][0]) {
		tui_app_msg(p->app, TS_WARN, "say what to build: the intent is empty");
		return;
	}
	argv[argc++] = "generate";
	argv[argc++] = val[F_INTENT];
	if (val[F_SOURCE][0]) {
		argv[argc++] = "--source";
		argv[argc++] = val[F_SOURCE];
	}
	argv[argc++] = "--target";
	argv[argc++] = (char *)targets[st->target];
	if (val[F_SCHEDULE][0]) {
		argv[argc++] = "--schedule";
		argv[argc++] = val[F_SCHEDULE];
	}
	if (val[F_CYCLES][0]) {
		argv[argc++] = "--max-reflection-cycles";
		argv[argc++] = val[F_CYCLES];
	}
	argv[argc] = NULL;
	if (st->nhist == HIST_MAX) {
		free(st->hist[0]);
		memmove(st->hist, st->hist + 1, (HIST_MAX - 1) * sizeof *st->hist);
		st->nhist--;
	}
	if (!st->nhist || strcmp(st->hist[st->nhist - 1], val[F_INTENT]))
		if ((st->hist[st->nhist] = sx_strdup(val[F_INTENT])) != NULL)
			st->nhist++;
	st->form = false;
	if (tui_run_start(p->app, argc, argv, &err))
		tui_app_msg(p->app, TS_ERROR, "%s", err.msg);
}

static bool form_key(tui_pane *p, int key)
{
	agents_st *st = p->st;
	bool handled = false;
	switch (key) {
	case TK_ESC:
		st->form = false;
		break;
	case TK_ENTER:
		form_submit(p);
		break;
	case TK_TAB:
		st->field = (st->field + 1) % F_N;
		break;
	case TK_BTAB:
		st->field = (st->field + F_N - 1) % F_N;
		break;
	case TK_DOWN:
	case TK_UP:
		if (st->field == F_INTENT && st->nhist) {
			/* the intent line's history: Up older, Down newer */
			st->hist_pos += key == TK_UP ? -1 : 1;
			if (st->hist_pos < 0)
				st->hist_pos = 0;
			if (st->hist_pos >= st->nhist) {
				st->hist_pos = st->nhist;
				tui_input_set(&st->in[F_INTENT], "");
			} else {
				tui_input_set(&st->in[F_INTENT], st->hist[st->hist_pos]);
			}
		} else {
			st->field = (st->field + (key == TK_UP ? F_N - 1 : 1)) % F_N;
		}
		break;
	default:
		if (st->field == F_TARGET && (key == TK_LEFT || key == TK_RIGHT || key == ' ')) {
			int n = (int)(sizeof targets / sizeof targets[0]);
			st->target = (st->target + (key == TK_LEFT ? n - 1 : 1)) % n;
		} else if (st->field != F_TARGET && st->field != F_PROVIDER) {
			tui_input_key(&st->in[st->field], key, &handled);
		}
		break;
	}
	p->app->dirty = true;
	return true;
}

static void form_draw(tui_pane *p, tui_grid *g, tui_rect r)
{
	agents_st *st = p->st;
	int x = r.x + 1, w = r.w - 2, lw = w >= 40 ? 19 : 0, i;
	char buf[256];
	snprintf(p->title, sizeof p->title, "Agents: a new run");
	for (i = 0; i < F_N && 2 * i + 1 < r.h; i++) {
		int y = r.y + (r.h >= 2 * F_N + 3 ? 2 * i : i), vx = x + lw, vw = w - lw;
		bool cur = i == st->field;
		if (lw)
			tui_grid_put_trunc(g, x, y, lw - 1, cur ? TS_PROMPT : TS_DIM,
			                   field_names[i]);
		else if (!cur)
			continue;
		if (i == F_TARGET) {
			snprintf(buf, sizeof buf, "◂ %s ▸", targets[st->target]);
			tui_grid_put_trunc(g, vx, y, vw, cur ? TS_INPUT : TS_NORMAL, buf);
		} else if (i == F_PROVIDER) {
			snprintf(buf, sizeof buf, "%s (from the config: [llm])",
			         p->app->llm_ready ? p->app->llm_label : "builtin");
			tui_grid_put_trunc(g, vx, y, vw, TS_DIM, buf);
		} else if (cur) {
			int cx;
			tui_grid_fill(g, (tui_rect){vx, y, vw, 1}, ' ', TS_INPUT);
			cx = tui_input_draw(&st->in[i], g, vx, y, vw, TS_INPUT);
			g->cur_x = cx, g->cur_y = y, g->cur_vis = true;
		} else {
			snprintf(buf, sizeof buf, "%.*s", (int)st->in[i].len, st->in[i].buf);
			tui_grid_put_trunc(g, vx, y, vw, TS_NORMAL,
			                   buf[0]            ? buf
			                   : i == F_SOURCE   ? "(the first analysed database)"
			                   : i == F_SCHEDULE ? "(from the intent)"
			                                     : "");
		}
	}
	if (r.h > 2 * F_N + 1)
		tui_grid_put_trunc(
		    g, x, r.y + 2 * F_N, w, TS_DIM,
		    "Enter starts the run · Tab/↓ next field · ←/→ target · ↑ past intents · Esc");
}

static bool agents_key(tui_pane *p, int key)
{
	agents_st *st = p->st;
	if (st->form)
		return form_key(p, key);
	return tui_ask_key(p->app, key);
}

static void agents_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	agents_st *st = p->st;
	tui_run *run = p->app->run;
	int x = r.x + 1, w = r.w - 2, y = r.y, h = r.h, ph, i;
	char buf[512], spin[8], ms[32];
	uint64_t now = run_now(run);
	(void)focused;
	if (st->form) {
		form_draw(p, g, r);
		return;
	}
	snprintf(p->title, sizeof p->title, "Agents");
	if (w < 4 || h < 1)
		return;
	tui_run_status(p->app, buf, sizeof buf);
	tui_grid_put_trunc(g, x, y, w, run && run->running ? TS_STATUS_ACCENT : TS_DIM, buf);
	y++, h--;
	if (h > 3) {
		int used = tui_ask_draw(p->app, g, (tui_rect){x, y, w, h - 2});
		y += used, h -= used;
	}
	if (!run || !run->steps.n) {
		if (h > 0 && run && run->intent[0])
			tui_grid_put_trunc(g, x, y, w, TS_NORMAL, run->intent);
		return;
	}
	if (run->intent[0] && h > 4) {
		tui_grid_put_trunc(g, x, y, w, TS_HEADER, run->intent);
		y++, h--;
	}
	st->list.n = run->steps.n;
	if (st->list.sel >= st->list.n)
		st->list.sel = st->list.n - 1;
	ph = boxes_rows(run, w, h);
	st->boxes = ph > 0;
	if (st->boxes) {
		draw_boxes(p, g, x, y, w, ph, now);
		y += ph, h -= ph;
		goto thoughts;
	}
	ph = (int)run->steps.n;
	if (ph > h / 2)
		ph = h / 2 > 1 ? h / 2 : 1;
	tui_list_scroll(&st->list, ph);
	for (i = 0; i < ph && st->list.top + (size_t)i < run->steps.n; i++) {
		size_t k = st->list.top + (size_t)i;
		const run_step *s = &run->steps.v[k];
		const char *word = state_word(s, now, g->ascii, spin, sizeof spin);
		int sty = k == st->list.sel             ? TS_SELECTED
		          : s->state == SX_EVS_FAILED   ? TS_ERROR
		          : s->state == SX_EVS_STARTED  ? TS_STATUS_ACCENT
		          : s->fallback                 ? TS_WARN
		          : s->state == SX_EVS_FINISHED ? TS_NORMAL
		                                        : TS_DIM;
		step_ms(s, now, ms, sizeof ms);
		if (k == st->list.sel)
			tui_grid_fill(g, (tui_rect){x, y + i, w, 1}, ' ', sty);
		snprintf(buf, sizeof buf, "%s %-16s %-15s %-8s %s", spin, s->id, s->agent, word,
		         ms);
		tui_grid_put_trunc(g, x, y + i, w, sty, buf);
	}
	y += ph, h -= ph;
thoughts:
	if (h < 2)
		return;
	{
		const run_step *s = &run->steps.v[st->list.sel];
		run_agent *a = NULL;
		for (i = 0; i < run->nagents; i++)
			if (strcmp(run->agents[i].name, s->agent) == 0)
				a = &run->agents[i];
		snprintf(buf, sizeof buf, "%s thoughts: %s ", g->ascii ? "-" : "─",
		         s->agent[0] ? s->agent : "?");
		tui_grid_hline(g, r.x, y, r.w, TS_BORDER);
		tui_grid_put_trunc(g, x, y, w, TS_TITLE, buf);
		y++, h--;
		if (strcmp(st->shown_agent, s->agent) != 0) {
			snprintf(st->shown_agent, sizeof st->shown_agent, "%s", s->agent);
			memset(&st->view, 0, sizeof st->view);
			st->view.wrap = true;
			st->view.follow = true;
		}
		if (!a || !tui_doc_nlines(&a->doc)) {
			/* a run stored before the history kept thoughts has its
			 * tool calls and logs only */
			const cJSON *src = run->replay ? run->replay : run->result;
			bool old = (run->replay || (run->result && !run->chunks &&
			                            sx_json_str(run->result, "id", NULL))) &&
			           !cJSON_GetObjectItem(src, "thoughts");
			tui_grid_put_trunc(g, x, y, w, TS_DIM,
			                   old ? "(stored before runs kept their thoughts: tool "
			                         "calls and logs only)"
			                       : "(nothing said yet)");
			return;
		}
		tui_docview_draw(&st->view, &a->doc, g, (tui_rect){r.x, y, r.w, h});
	}
}

static tui_doc *shown_doc(tui_pane *p)
{
	agents_st *st = p->st;
	tui_run *run = p->app->run;
	int i;
	if (!run)
		return NULL;
	for (i = 0; i < run->nagents; i++)
		if (strcmp(run->agents[i].name, st->shown_agent) == 0)
			return &run->agents[i].doc;
	return NULL;
}

static bool agents_action(tui_pane *p, int act)
{
	agents_st *st = p->st;
	tui_doc *d = shown_doc(p);
	int page = st->view.last_h > 2 ? st->view.last_h - 1 : 1;
	switch (act) {
	case TA_UP:
		tui_list_move(&st->list, -1);
		return true;
	case TA_DOWN:
		tui_list_move(&st->list, 1);
		return true;
	case TA_LEFT:
	case TA_RIGHT:
		if (!st->boxes)
			return false;
		boxes_move(p, act == TA_LEFT ? -1 : 1);
		return true;
	case TA_PAGE_UP:
	case TA_PAGE_DOWN:
		if (d)
			tui_docview_scroll(&st->view, d, act == TA_PAGE_UP ? -page : page, 0);
		return true;
	case TA_BOTTOM:
		if (tui_run_replaying(p->app)) /* End: the replay's final state */
			tui_run_replay_advance(p->app, -1);
		tui_docview_end(&st->view);
		return true;
	case TA_CANCEL:
		if (tui_run_replaying(p->app)) {
			tui_run_replay_advance(p->app, -1);
			return true;
		}
		if (tui_run_cancel(p->app))
			return true;
		return false;
	default:
		return false;
	}
}

static void agents_free(tui_pane *p)
{
	agents_st *st = p->st;
	int i;
	if (!st)
		return;
	for (i = 0; i < st->nhist; i++)
		free(st->hist[i]);
	free(st);
}

static const int agents_help[] = {TA_UP,        TA_DOWN,   TA_LEFT,   TA_RIGHT, TA_PAGE_UP,
                                  TA_PAGE_DOWN, TA_BOTTOM, TA_CANCEL, TA_NONE};
static const char *const agents_help_text[] = {
    "n or :generate opens the form of a new run (on the map: about the selected table)",
    ":generate INTENT [--source DB --target ENGINE --schedule CRON --max-reflection-cycles N]",
    "j/k select a plan step: its agent's thoughts show below; tool calls are the ▸ lines",
    "from 96 columns the plan is boxes by dependency level: h/l move between levels",
    "C-c or :cancel stops the run and keeps what it made; 7 Reflection, 8 Artifacts, 9 History",
    "a replayed run (Enter on 9 History): End, G or C-c jump to its final state",
    "status: state, elapsed, iteration/most, score, findings, tokens, cost",
    "a planner's question: j/k move, Enter picks, Esc the default; it counts down to it",
    NULL};

static const tui_pane_ops agents_ops = {
    .name = "agents",
    .draw = agents_draw,
    .action = agents_action,
    .key = agents_key,
    .help = agents_help,
    .help_text = agents_help_text,
    .free = agents_free,
};

tui_pane *tui_pane_agents_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	agents_st *st = sx_calloc(1, sizeof *st);
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	p->ops = &agents_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "Agents");
	return p;
}
