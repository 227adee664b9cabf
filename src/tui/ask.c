/*
 * ask.c - the run's questions in the Agents screen (6).
 *
 * When the planner reports an ambiguity (SX_EV_AMBIGUITY: the question,
 * the options one a line, the default, the timeout) a choice list appears
 * in place above the plan: j/k or the arrows move, Enter picks, Esc takes
 * the default, a countdown shows when the run takes the default by
 * itself. The answer goes back to the engine thread through the job's
 * pick mailbox (sx_pick_answer: a mutex and a condition, no curses in the
 * engine). A replayed run shows the question without a countdown, and a
 * key only closes it. UI thread only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/agents.h>

#include "tui_int.h"

enum { ASK_MAX = 8 };

struct tui_ask {
	int job_id; /* 0: a replay (no one waits) */
	int64_t n;
	char question[512];
	char options[ASK_MAX][160];
	int nopts, dflt, sel;
	uint64_t deadline_ns; /* 0: no countdown */
};

void tui_ask_post(tui_app *app, int job_id, const sx_event *ev)
{
	tui_ask *a = app->ask;
	if (!a && !(a = app->ask = sx_calloc(1, sizeof *a)))
		return;
	memset(a, 0, sizeof *a);
	a->job_id = job_id;
	a->n = ev->a;
	snprintf(a->question, sizeof a->question, "%s", ev->text ? ev->text : "which reading?");
	for (const char *p = ev->u.ambiguity.options; p && *p && a->nopts < ASK_MAX;) {
		const char *q = strchr(p, '\n');
		int len = q ? (int)(q - p) : (int)strlen(p);
		snprintf(a->options[a->nopts++], sizeof a->options[0], "%.*s", len, p);
		p += len + (q ? 1 : 0);
	}
	a->dflt =
	    ev->u.ambiguity.dflt >= 0 && ev->u.ambiguity.dflt < a->nopts ? ev->u.ambiguity.dflt : 0;
	a->sel = a->dflt;
	if (job_id && ev->u.ambiguity.timeout_ms > 0)
		a->deadline_ns = tui_now() + (uint64_t)ev->u.ambiguity.timeout_ms * 1000000u;
	if (!a->nopts)
		tui_ask_clear(app);
	app->dirty = true;
}

void tui_ask_clear(tui_app *app)
{
	free(app->ask);
	app->ask = NULL;
	app->dirty = true;
}

bool tui_ask_active(tui_app *app)
{
	tui_ask *a = app->ask;
	if (a && a->deadline_ns && tui_now() >= a->deadline_ns) {
		/* the engine took the default by itself */
		tui_app_msg(app, TS_INFO, "no pick in time: the run took %s", a->options[a->dflt]);
		tui_ask_clear(app);
	}
	return app->ask != NULL;
}

static void answer(tui_app *app, int choice)
{
	tui_ask *a = app->ask;
	tui_job *j = a->job_id ? tui_job_find(app, a->job_id) : NULL;
	if (j && j->pick) {
		sx_pick_answer(j->pick, a->n, choice);
		tui_app_msg(app, TS_OK, "picked %s", a->options[choice < 0 ? a->dflt : choice]);
	}
	tui_ask_clear(app);
}

bool tui_ask_key(tui_app *app, int key)
{
	tui_ask *a = app->ask;
	if (!tui_ask_active(app))
		return false;
	switch (key) {
	case 'j':
	case TK_DOWN:
		a->sel = (a->sel + 1) % a->nopts;
		break;
	case 'k':
	case TK_UP:
		a->sel = (a->sel + a->nopts - 1) % a->nopts;
		break;
	case TK_ENTER:
		answer(app, a->sel);
		break;
	case TK_ESC:
		answer(app, -1);
		break;
	default:
		return false;
	}
	app->dirty = true;
	return true;
}

int tui_ask_draw(tui_app *app, tui_grid *g, tui_rect r)
{
	tui_ask *a = app->ask;
	char buf[640];
	int y = r.y, i;
	if (!tui_ask_active(app) || r.h < 2 || r.w < 4)
		return 0;
	tui_grid_put_trunc(g, r.x, y++, r.w, TS_WARN, a->question);
	for (i = 0; i < a->nopts && y < r.y + r.h - 1; i++, y++) {
		int sty = i == a->sel ? TS_SELECTED : TS_NORMAL;
		snprintf(buf, sizeof buf, "%s %s%s", i == a->sel ? "▶" : " ", a->options[i],
		         i == a->dflt ? "  (default)" : "");
		if (i == a->sel)
			tui_grid_fill(g, (tui_rect){r.x, y, r.w, 1}, ' ', sty);
		tui_grid_put_trunc(g, r.x, y, r.w, sty, buf);
	}
	if (a->deadline_ns) {
		uint64_t now = tui_now();
		int left = now < a->deadline_ns
		               ? (int)((a->deadline_ns - now + 999999999u) / 1000000000u)
		               : 0;
		snprintf(buf, sizeof buf,
		         "j/k move · Enter picks · Esc takes the default · default in %d s", left);
	} else {
		snprintf(buf, sizeof buf, "the run's question (replayed) · Enter or Esc closes");
	}
	tui_grid_put_trunc(g, r.x, y++, r.w, TS_DIM, buf);
	return y - r.y;
}
