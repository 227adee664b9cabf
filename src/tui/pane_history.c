/*
 * pane_history.c - the History screen (9): the workspace's stored runs
 * (`runs`: time, intent, provider, status, score, feedback) and an
 * insights panel drawn rather than written (`insights`): a sparkline of
 * the scores in time order, bars for the most frequent finding rules, the
 * mean score before and after reflection, the cache hit rate.
 *
 * Everything goes through the engine's commands on workers, as the CLI
 * would run them: Enter replays `run show ID --with-events` on the Agents
 * screen (End there jumps to the final state), e loads the final state
 * (`run show ID`) into the Reflection and Artifacts screens at once, A and
 * R record `feedback ID accept|reject --note TEXT` after asking for the
 * note, S sorts by time, score or status, `/` filters the list by intent,
 * status or id. The lists load the first time the screen is drawn and
 * again after feedback. UI thread only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

typedef struct {
	tui_list list;
	cJSON *runs;     /* `runs`' array (owned) */
	cJSON *insights; /* `insights`' object (owned) */
	bool loaded, loading;
	char error[256];
	bool filtering;
	tui_input filter;
	SX_VEC(int) shown; /* indices into runs that pass the filter */
	int sort;          /* SORT_* */
	/* A or R asked for a note: the verdict and the run waiting for it */
	bool noting;
	bool accept;
	char note_run[64];
	tui_input note;
} hist_st;

enum { SORT_TIME = 0, SORT_SCORE, SORT_STATUS, SORT_N };
static const char *const sort_names[SORT_N] = {"time", "score", "status"};

/* The jobs answer the app's one History pane. */
static tui_pane *hist_pane(tui_app *app)
{
	return app->history;
}

/* qsort has no context argument: the runs being sorted (UI thread only) */
static const cJSON *sort_runs;
static int sort_by;

static int cmp_runs(const void *pa, const void *pb)
{
	const cJSON *a = cJSON_GetArrayItem(sort_runs, *(const int *)pa),
	            *b = cJSON_GetArrayItem(sort_runs, *(const int *)pb);
	int c = 0;
	if (sort_by == SORT_SCORE) {
		double x = sx_json_num(a, "score", -1), y = sx_json_num(b, "score", -1);
		c = x > y ? -1 : x < y; /* best first */
	} else if (sort_by == SORT_STATUS) {
		c = strcmp(sx_json_str(a, "status", ""), sx_json_str(b, "status", ""));
	}
	/* then newest first, as `runs` lists them (their order is the index) */
	return c ? c : *(const int *)pa - *(const int *)pb;
}

static void refilter(hist_st *st)
{
	const cJSON *r;
	int i = 0;
	char f[sizeof st->filter.buf];
	snprintf(f, sizeof f, "%.*s", (int)st->filter.len, st->filter.buf);
	st->shown.n = 0;
	cJSON_ArrayForEach(r, st->runs)
	{
		if (!f[0] || tui_find_nocase(sx_json_str(r, "intent", ""), f) >= 0 ||
		    tui_find_nocase(sx_json_str(r, "status", ""), f) >= 0 ||
		    tui_find_nocase(sx_json_str(r, "id", ""), f) >= 0)
			(void)SX_VEC_PUSH(&st->shown, i);
		i++;
	}
	if (st->sort != SORT_TIME && st->shown.n > 1) {
		sort_runs = st->runs;
		sort_by = st->sort;
		qsort(st->shown.v, st->shown.n, sizeof *st->shown.v, cmp_runs);
	}
	st->list.n = st->shown.n;
	if (st->list.sel >= st->list.n)
		st->list.sel = st->list.n ? st->list.n - 1 : 0;
}

static void runs_done(tui_app *app, tui_job *job, int rc, cJSON *result, void **payload,
                      const char *errmsg)
{
	hist_st *st = hist_pane(app)->st;
	(void)job, (void)payload;
	st->loading = false;
	st->loaded = true;
	if (rc) {
		snprintf(st->error, sizeof st->error, "%s",
		         errmsg && *errmsg ? errmsg : "runs failed");
	} else {
		st->error[0] = 0;
		cJSON_Delete(st->runs);
		st->runs = cJSON_Duplicate(cJSON_GetObjectItem(result, "runs"), true);
		refilter(st);
	}
	app->dirty = true;
}

static void insights_done(tui_app *app, tui_job *job, int rc, cJSON *result, void **payload,
                          const char *errmsg)
{
	hist_st *st = hist_pane(app)->st;
	(void)job, (void)payload, (void)errmsg;
	if (!rc && result) {
		cJSON_Delete(st->insights);
		st->insights = cJSON_Duplicate(result, true);
	}
	app->dirty = true;
}

static void hist_load(tui_pane *p)
{
	hist_st *st = p->st;
	sx_error err = {0};
	char *runs[] = {"runs", "--limit", "0", NULL};
	char *ins[] = {"insights", NULL};
	if (st->loading)
		return;
	st->loading = true;
	if (tui_job_start_cmd(p->app, 3, runs, false, runs_done, NULL, NULL, NULL, &err)) {
		st->loading = false;
		st->loaded = true;
		snprintf(st->error, sizeof st->error, "%s", err.msg);
		return;
	}
	if (tui_job_start_cmd(p->app, 1, ins, false, insights_done, NULL, NULL, NULL, &err))
		tui_app_msg(p->app, TS_WARN, "insights: %s", err.msg);
}

static const cJSON *sel_run(hist_st *st)
{
	if (!st->list.n || st->list.sel >= st->shown.n)
		return NULL;
	return cJSON_GetArrayItem(st->runs, st->shown.v[st->list.sel]);
}

/* ------------------------------------------------------------ drawing */

static void sparkline(const cJSON *runs, char *out, size_t n, int width)
{
	static const char *const bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
	int cnt = cJSON_GetArraySize(runs), i, from;
	size_t len = 0;
	out[0] = 0;
	/* runs are newest first: draw oldest to newest, the last width of them */
	from = cnt > width ? width - 1 : cnt - 1;
	for (i = from; i >= 0 && len + 4 < n; i--) {
		double sc = sx_json_num(cJSON_GetArrayItem(runs, i), "score", 0);
		int k = (int)(sc / 10.0 * 7.0 + 0.5);
		k = k < 0 ? 0 : k > 7 ? 7 : k;
		len += (size_t)snprintf(out + len, n - len, "%s", bars[k]);
	}
}

static int draw_insights(hist_st *st, tui_grid *g, tui_rect r)
{
	const cJSON *in = st->insights, *t, *rf, *x;
	char buf[512], num[2][32];
	int y = r.y, x0 = r.x + 1, w = r.w - 2, maxn = 1;
	if (w < 8 || r.h < 1)
		return 0;
	tui_grid_put_trunc(g, x0, y++, w, TS_TITLE, "insights");
	if (!in) {
		if (y < r.y + r.h)
			tui_grid_put_trunc(g, x0, y++, w, TS_DIM,
			                   st->loading ? "loading…" : "(none yet)");
		return y - r.y;
	}
	t = cJSON_GetObjectItem(in, "totals");
	if (y < r.y + r.h) {
		snprintf(buf, sizeof buf, "%lld runs · %lld passed · mean score %.1f",
		         (long long)sx_json_int(t, "runs", 0),
		         (long long)sx_json_int(t, "passed", 0), sx_json_num(t, "mean_score", 0));
		tui_grid_put_trunc(g, x0, y++, w, TS_NORMAL, buf);
	}
	if (y < r.y + r.h) {
		int lw = tui_grid_put(g, x0, y, w, TS_DIM, "scores ");
		sparkline(st->runs, buf, sizeof buf, w - lw);
		tui_grid_put(g, x0 + lw, y++, w - lw, TS_OK, buf);
	}
	rf = cJSON_GetObjectItem(in, "reflection");
	if (y < r.y + r.h) {
		const cJSON *b = cJSON_GetObjectItem(rf, "mean_score_before"),
		            *a = cJSON_GetObjectItem(rf, "mean_score_after");
		snprintf(num[0], sizeof num[0], cJSON_IsNumber(b) ? "%.1f" : "–",
		         b ? b->valuedouble : 0);
		snprintf(num[1], sizeof num[1], cJSON_IsNumber(a) ? "%.1f" : "–",
		         a ? a->valuedouble : 0);
		snprintf(buf, sizeof buf, "reflection: mean %s before → %s after (%lld runs)",
		         num[0], num[1], (long long)sx_json_int(rf, "runs_reflected", 0));
		tui_grid_put_trunc(g, x0, y++, w, TS_NORMAL, buf);
	}
	if (y < r.y + r.h) {
		const cJSON *c = cJSON_GetObjectItem(in, "cache");
		snprintf(buf, sizeof buf, "cache hit rate %.0f%% (%lld lookups)",
		         sx_json_num(c, "hit_rate", 0) * 100.0,
		         (long long)sx_json_int(c, "lookups", 0));
		tui_grid_put_trunc(g, x0, y++, w, TS_DIM, buf);
	}
	cJSON_ArrayForEach(
	    x, cJSON_GetObjectItem(in, "top_rules")) if (sx_json_int(x, "findings", 0) > maxn)
	    maxn = (int)sx_json_int(x, "findings", 0);
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(in, "top_rules"))
	{
		int rw = w > 60 ? 30 : w / 2, bw = w - rw - 6, k, n;
		if (y >= r.y + r.h || bw < 2)
			break;
		n = (int)sx_json_int(x, "findings", 0);
		tui_grid_put_trunc(g, x0, y, rw - 1, TS_NORMAL, sx_json_str(x, "rule", ""));
		k = (int)((double)n / maxn * bw + 0.5);
		if (k < 1)
			k = 1;
		tui_grid_fill(g, (tui_rect){x0 + rw, y, k, 1}, tui_line_char(g, TUI_LBAR_FULL),
		              strcmp(sx_json_str(x, "severity", ""), "error") == 0     ? TS_ERROR
		              : strcmp(sx_json_str(x, "severity", ""), "warning") == 0 ? TS_WARN
		                                                                       : TS_INFO);
		snprintf(buf, sizeof buf, " %d", n);
		tui_grid_put(g, x0 + rw + k, y++, 6, TS_DIM, buf);
	}
	return y - r.y;
}

static void hist_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	hist_st *st = p->st;
	int x = r.x + 1, w = r.w - 2, y = r.y, h = r.h, i, lh;
	tui_rect ins;
	char buf[768];
	(void)focused;
	if (!st->loaded && !st->loading)
		hist_load(p);
	snprintf(p->title, sizeof p->title, "History");
	if (w < 4 || h < 1)
		return;
	if (st->noting) {
		char q[160];
		int pw, cx;
		snprintf(q, sizeof q, "%s %s, note (Enter: none, Esc: cancel): ",
		         st->accept ? "accept" : "reject", st->note_run);
		tui_grid_fill(g, (tui_rect){r.x, y, r.w, 1}, ' ', TS_INPUT);
		pw = tui_grid_put_trunc(g, x, y, w / 2 > 20 ? w / 2 : w, TS_PROMPT, q);
		cx = tui_input_draw(&st->note, g, x + pw, y, w - pw, TS_INPUT);
		g->cur_x = cx, g->cur_y = y, g->cur_vis = true;
		y++, h--;
	}
	if (st->filtering || st->filter.len) {
		int pw = tui_grid_put(g, x, y, w, TS_PROMPT, "/");
		int cx = tui_input_draw(&st->filter, g, x + pw, y, w - pw, TS_INPUT);
		if (st->filtering)
			g->cur_x = cx, g->cur_y = y, g->cur_vis = true;
		y++, h--;
	}
	/* the insights beside the list from 120 cells, under it otherwise */
	if (r.w >= 120) {
		int iw = r.w * 40 / 100;
		ins = (tui_rect){r.x + r.w - iw, y, iw, h};
		tui_grid_vline(g, ins.x - 1, y, h, TS_BORDER);
		w -= iw + 1;
		lh = h;
	} else {
		int ih = h / 3 > 8 ? 8 : h / 3;
		lh = h - ih - (ih ? 1 : 0);
		ins = (tui_rect){r.x, y + lh + 1, r.w, ih};
		if (ih)
			tui_grid_hline(g, r.x, y + lh, r.w, TS_BORDER);
	}
	if (ins.h > 0)
		draw_insights(st, g, ins);
	if (st->error[0]) {
		tui_grid_put_trunc(g, x, y, w, TS_ERROR, st->error);
		return;
	}
	if (!st->loaded) {
		tui_grid_put_trunc(g, x, y, w, TS_DIM, "loading the runs…");
		return;
	}
	if (!st->list.n) {
		tui_grid_put_trunc(g, x, y, w, TS_DIM,
		                   cJSON_GetArraySize(st->runs) ? "no run matches the filter"
		                                                : "no runs yet: :generate INTENT");
		return;
	}
	if (lh < 2)
		return;
	/* the columns of the rows below; ▾ marks the sort (widths in cells) */
	tui_grid_put_trunc(g, x, y, w, TS_HEADER,
	                   "time              status     score feedback  intent");
	tui_grid_put(g, x + (st->sort == SORT_TIME ? 5 : st->sort == SORT_STATUS ? 25 : 28), y, 1,
	             TS_HEADER, "▾");
	y++, lh--;
	tui_list_scroll(&st->list, lh);
	for (i = 0; i < lh && st->list.top + (size_t)i < st->list.n; i++) {
		size_t k = st->list.top + (size_t)i;
		const cJSON *run = cJSON_GetArrayItem(st->runs, st->shown.v[k]);
		const char *when = sx_json_str(run, "created_at", "");
		const char *status = sx_json_str(run, "status", "");
		const char *fb = sx_json_str(run, "feedback", "");
		bool sel = k == st->list.sel;
		int sty = sel ? TS_SELECTED
		          : strcmp(status, "failed") == 0 || strcmp(status, "interrupted") == 0
		              ? TS_ERROR
		          : strcmp(status, "cancelled") == 0 ? TS_WARN
		                                             : TS_NORMAL;
		/* "2026-12-03T09:53:00.357Z" shown as "2026-12-03 09:53" */
		snprintf(buf, sizeof buf, "%.10s %.5s  %-10.10s %5.1f %-9.9s %s", when,
		         strlen(when) > 11 ? when + 11 : "", status, sx_json_num(run, "score", 0),
		         fb[0] ? fb : "·", sx_json_str(run, "intent", ""));
		if (sel)
			tui_grid_fill(g, (tui_rect){x - 1, y + i, w + 2, 1}, ' ', sty);
		tui_grid_put_trunc(g, x, y + i, w, sty, buf);
	}
}

/* ------------------------------------------------------------ actions */

static void show_done(tui_app *app, tui_job *job, int rc, cJSON *result, void **payload,
                      const char *errmsg)
{
	(void)job, (void)payload;
	if (rc || !result) {
		tui_app_msg(app, TS_ERROR, "run show: %s", errmsg && *errmsg ? errmsg : "failed");
		return;
	}
	tui_run_set_result(app, result, false);
	tui_app_set_screen(app, TUI_SCREEN_REFLECT);
	tui_app_msg(app, TS_OK, "run %s loaded: 6 plan, 7 reflection, 8 artifacts",
	            sx_json_str(result, "id", "?"));
}

static void replay_done(tui_app *app, tui_job *job, int rc, cJSON *result, void **payload,
                        const char *errmsg)
{
	sx_error err = {0};
	(void)job, (void)payload;
	if (rc || !result) {
		tui_app_msg(app, TS_ERROR, "run show: %s", errmsg && *errmsg ? errmsg : "failed");
		return;
	}
	if (tui_run_replay(app, result, &err))
		tui_app_msg(app, TS_ERROR, "%s", err.msg);
}

static void feedback_done(tui_app *app, tui_job *job, int rc, cJSON *result, void **payload,
                          const char *errmsg)
{
	hist_st *st = hist_pane(app)->st;
	(void)job, (void)result, (void)payload;
	if (rc)
		tui_app_msg(app, TS_ERROR, "feedback: %s", errmsg && *errmsg ? errmsg : "failed");
	else
		tui_app_msg(app, TS_OK, "feedback recorded");
	st->loaded = false; /* reload at the next draw */
	app->dirty = true;
}

static void run_cmd(tui_pane *p, int argc, char **argv, tui_job_done_fn done)
{
	sx_error err = {0};
	if (tui_job_start_cmd(p->app, argc, argv, false, done, NULL, NULL, NULL, &err))
		tui_app_msg(p->app, TS_ERROR, "%s", err.msg);
}

static bool hist_key(tui_pane *p, int key)
{
	hist_st *st = p->st;
	const cJSON *run = sel_run(st);
	char id[128];
	bool handled = false;
	if (st->filtering) {
		if (key == TK_ENTER || key == TK_ESC) {
			st->filtering = false;
			if (key == TK_ESC)
				tui_input_set(&st->filter, "");
			refilter(st);
		} else if (tui_input_key(&st->filter, key, &handled)) {
			refilter(st);
		}
		p->app->dirty = true;
		return true;
	}
	if (key == '/') {
		st->filtering = true;
		p->app->dirty = true;
		return true;
	}
	if (st->noting) {
		if (key == TK_ESC) {
			st->noting = false;
			tui_app_msg(p->app, TS_INFO, "no feedback recorded");
		} else if (key == TK_ENTER) {
			char note[sizeof st->note.buf + 1];
			char *argv[] = {"feedback", st->note_run, st->accept ? "accept" : "reject",
			                "--note",   note,         NULL};
			st->noting = false;
			snprintf(note, sizeof note, "%.*s", (int)st->note.len, st->note.buf);
			run_cmd(p, note[0] ? 5 : 3, argv, feedback_done);
		} else {
			tui_input_key(&st->note, key, &handled);
		}
		p->app->dirty = true;
		return true;
	}
	if ((key == 'A' || key == 'R') && run) {
		/* the verdict waits for its note (Enter alone: none) */
		st->noting = true;
		st->accept = key == 'A';
		snprintf(st->note_run, sizeof st->note_run, "%s", sx_json_str(run, "id", ""));
		tui_input_set(&st->note, "");
		p->app->dirty = true;
		return true;
	}
	if (key == 'e' && run) {
		/* straight to the final state, no replay */
		char *argv[] = {"run", "show", id, NULL};
		snprintf(id, sizeof id, "%s", sx_json_str(run, "id", ""));
		run_cmd(p, 3, argv, show_done);
		return true;
	}
	return false;
}

static bool hist_action(tui_pane *p, int act)
{
	hist_st *st = p->st;
	const cJSON *run = sel_run(st);
	char id[128];
	switch (act) {
	case TA_UP:
	case TA_DOWN:
		tui_list_move(&st->list, act == TA_UP ? -1 : 1);
		return true;
	case TA_PAGE_UP:
	case TA_PAGE_DOWN:
		tui_list_move(&st->list, act == TA_PAGE_UP ? -10 : 10);
		return true;
	case TA_SELECT:
		if (run) {
			/* a replay of its events on the Agents screen */
			char *argv[] = {"run", "show", id, "--with-events", NULL};
			snprintf(id, sizeof id, "%s", sx_json_str(run, "id", ""));
			run_cmd(p, 4, argv, replay_done);
		}
		return true;
	case TA_OPEN:
		if (run) {
			char *argv[] = {"run", "show", id, NULL};
			snprintf(id, sizeof id, "%s", sx_json_str(run, "id", ""));
			run_cmd(p, 3, argv, show_done);
		}
		return true;
	case TA_SORT:
		st->sort = (st->sort + 1) % SORT_N;
		refilter(st);
		tui_app_msg(p->app, TS_INFO, "runs sorted by %s (S: by %s)", sort_names[st->sort],
		            sort_names[(st->sort + 1) % SORT_N]);
		return true;
	case TA_BACK:
		if (!st->filter.len)
			return false;
		tui_input_set(&st->filter, "");
		refilter(st);
		return true;
	default:
		return false;
	}
}

void tui_history_stale(tui_pane *p)
{
	hist_st *st = p ? p->st : NULL;
	if (st && !st->loading)
		st->loaded = false; /* the next draw loads again */
}

static void hist_free(tui_pane *p)
{
	hist_st *st = p->st;
	if (!st)
		return;
	cJSON_Delete(st->runs);
	cJSON_Delete(st->insights);
	SX_VEC_FREE(&st->shown);
	free(st);
}

static const int hist_help[] = {TA_UP,   TA_DOWN, TA_PAGE_UP, TA_PAGE_DOWN, TA_SELECT,
                                TA_OPEN, TA_SORT, TA_BACK,    TA_NONE};
static const char *const hist_help_text[] = {
    "/      filter the runs (intent, status, id); Esc clears",
    "Enter  replay the run's events on 6 Agents (End there: its final state)",
    "e o    load the run's final state into 6 Agents, 7 Reflection, 8 Artifacts",
    "S      sort by time (newest first), score (best first), status",
    "A R    record accept / reject feedback for the run, with a note",
    NULL};

static const tui_pane_ops hist_ops = {
    .name = "history",
    .draw = hist_draw,
    .action = hist_action,
    .key = hist_key,
    .help = hist_help,
    .help_text = hist_help_text,
    .free = hist_free,
};

tui_pane *tui_pane_history_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	hist_st *st = sx_calloc(1, sizeof *st);
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	p->ops = &hist_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "History");
	return p;
}
