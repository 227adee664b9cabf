/*
 * pane_reflect.c - the Reflection screen (7): the run's iterations with
 * score, delta and findings by severity, and under (or beside, from 120
 * cells) them the selected iteration's critique and the unified diff of
 * each artifact it changed, coloured like the viewer's diffs
 * (tui_diff_to_doc). Everything comes from the run's JSON (tui_run_result)
 * so a stored run and a live one look the same. UI thread only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

typedef struct {
	tui_list list;
	tui_doc doc;
	tui_docview view;
	int gen;      /* run generation the list was built for */
	size_t shown; /* iteration shown in the doc (+1; 0 none) */
	bool detail;  /* focus on the diff: j/k scroll it */
} reflect_st;

static const cJSON *iterations(tui_app *app)
{
	return cJSON_GetObjectItem(tui_run_result(app), "iterations");
}

/* The iteration's findings: a stored run tags each with its iteration;
 * generate's object holds the best iteration's only. */
static void add_findings(reflect_st *st, const cJSON *run, const cJSON *it, bool last)
{
	const cJSON *f;
	char line[600];
	bool head = false;
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(run, "findings"))
	{
		const char *sev = sx_json_str(f, "severity", "");
		if (cJSON_GetObjectItem(f, "iteration")
		        ? sx_json_int(f, "iteration", 0) != sx_json_int(it, "n", 0)
		        : !last)
			continue;
		if (!head) {
			tui_doc_line(&st->doc, TS_TITLE, "findings");
			head = true;
		}
		if (sx_json_int(f, "line", 0) > 0)
			snprintf(line, sizeof line, "%-7s %s:%lld %s: %s", sev,
			         sx_json_str(f, "artifact", ""),
			         (long long)sx_json_int(f, "line", 0), sx_json_str(f, "rule", ""),
			         sx_json_str(f, "message", ""));
		else
			snprintf(line, sizeof line, "%-7s %s %s: %s", sev,
			         sx_json_str(f, "artifact", ""), sx_json_str(f, "rule", ""),
			         sx_json_str(f, "message", ""));
		tui_doc_line(&st->doc,
		             strcmp(sev, "error") == 0     ? TS_ERROR
		             : strcmp(sev, "warning") == 0 ? TS_WARN
		                                           : TS_INFO,
		             line);
	}
}

static void build_doc(reflect_st *st, const cJSON *run, const cJSON *it, bool last)
{
	const cJSON *d, *f;
	char line[256];
	tui_doc_clear(&st->doc);
	memset(&st->view, 0, sizeof st->view);
	if (!it)
		return;
	snprintf(line, sizeof line, "iteration %d: score %.1f (%+.1f)",
	         (int)sx_json_int(it, "n", 0), sx_json_num(it, "score", 0),
	         sx_json_num(it, "delta", 0));
	tui_doc_line(&st->doc, TS_HEADER, line);
	if (sx_json_str(it, "critique", NULL)) {
		tui_doc_line(&st->doc, TS_TITLE, "critique");
		tui_doc_append(&st->doc, TS_NORMAL, sx_json_str(it, "critique", ""),
		               strlen(sx_json_str(it, "critique", "")));
		tui_doc_newline(&st->doc);
	}
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(it, "fixes"))
	{
		if (cJSON_IsString(f))
			snprintf(line, sizeof line, "fix: %s", f->valuestring);
		else
			snprintf(line, sizeof line, "fix: %s %s", sx_json_str(f, "rule", ""),
			         sx_json_str(f, "fix", sx_json_str(f, "message", "")));
		tui_doc_line(&st->doc, TS_INFO, line);
	}
	add_findings(st, run, it, last);
	if (cJSON_IsString(cJSON_GetObjectItem(it, "diff"))) {
		/* a stored run keeps the iteration's diffs as one text */
		tui_doc_newline(&st->doc);
		tui_diff_to_doc(&st->doc, sx_json_str(it, "diff", ""));
		return;
	}
	if (!cJSON_GetArraySize(cJSON_GetObjectItem(it, "diff"))) {
		tui_doc_line(&st->doc, TS_DIM, "(no artifact changed in this iteration)");
		return;
	}
	cJSON_ArrayForEach(d, cJSON_GetObjectItem(it, "diff"))
	{
		const char *u = cJSON_IsString(d) ? d->valuestring : sx_json_str(d, "diff", "");
		tui_doc_newline(&st->doc);
		if (!cJSON_IsString(d) && !strstr(u, "--- ")) {
			snprintf(line, sizeof line, "%s",
			         sx_json_str(d, "name", sx_json_str(d, "kind", "")));
			tui_doc_line(&st->doc, TS_DIFF_FILE, line);
		}
		tui_diff_to_doc(&st->doc, u);
	}
}

static void sync(tui_pane *p)
{
	reflect_st *st = p->st;
	const cJSON *its = iterations(p->app);
	int gen = tui_run_generation(p->app);
	if (gen != st->gen) {
		st->gen = gen;
		st->list.n = (size_t)cJSON_GetArraySize(its);
		/* the newest iteration first in sight: it is the one that counts */
		st->list.sel = st->list.n ? st->list.n - 1 : 0;
		st->list.top = 0;
		st->shown = 0;
	}
	if (st->list.n && st->shown != st->list.sel + 1) {
		st->shown = st->list.sel + 1;
		build_doc(st, tui_run_result(p->app), cJSON_GetArrayItem(its, (int)st->list.sel),
		          st->list.sel + 1 == st->list.n);
	} else if (!st->list.n && st->shown) {
		st->shown = 0;
		build_doc(st, NULL, NULL, false);
	}
}

static void reflect_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	reflect_st *st = p->st;
	const cJSON *its;
	int x = r.x + 1, w = r.w - 2, y = r.y, h = r.h, lh, i;
	char buf[256];
	(void)focused;
	sync(p);
	its = iterations(p->app);
	snprintf(p->title, sizeof p->title, "Reflection%s",
	         st->detail ? "  (diff: Esc back to the list)" : "");
	if (w < 4 || h < 1)
		return;
	if (!st->list.n) {
		tui_grid_put_trunc(
		    g, x, y, w, TS_DIM,
		    tui_run_result(p->app)
		        ? "this run has no iterations"
		        : "no run yet: :generate INTENT, or Enter on a run in 9 History");
		return;
	}
	tui_grid_put_trunc(g, x, y, w, TS_HEADER, "iter  score  delta  errors warnings info");
	y++, h--;
	lh = (int)st->list.n;
	if (lh > h / 3)
		lh = h / 3 > 1 ? h / 3 : 1;
	tui_list_scroll(&st->list, lh);
	for (i = 0; i < lh && st->list.top + (size_t)i < st->list.n; i++) {
		size_t k = st->list.top + (size_t)i;
		const cJSON *it = cJSON_GetArrayItem(its, (int)k),
		            *fc = cJSON_GetObjectItem(it, "findings");
		double delta = sx_json_num(it, "delta", 0);
		bool sel = k == st->list.sel;
		int base = sel ? TS_SELECTED : TS_NORMAL, cx = x;
		if (sel)
			tui_grid_fill(g, (tui_rect){x, y + i, w, 1}, ' ', base);
		snprintf(buf, sizeof buf, "%4d  %5.1f ", (int)sx_json_int(it, "n", (int64_t)k + 1),
		         sx_json_num(it, "score", 0));
		cx += tui_grid_put(g, cx, y + i, w - (cx - x), base, buf);
		snprintf(buf, sizeof buf, "%+6.1f ", delta);
		cx += tui_grid_put(g, cx, y + i, w - (cx - x),
		                   sel             ? base
		                   : delta > 0.05  ? TS_OK
		                   : delta < -0.05 ? TS_ERROR
		                                   : TS_DIM,
		                   buf);
		/* generate's object counts under findings, a stored run flat */
		int64_t ne = fc ? sx_json_int(fc, "error", 0) : sx_json_int(it, "errors", 0);
		int64_t nw = fc ? sx_json_int(fc, "warning", 0) : sx_json_int(it, "warnings", 0);
		int64_t ni = fc ? sx_json_int(fc, "info", 0) : sx_json_int(it, "infos", 0);
		snprintf(buf, sizeof buf, " %6lld %8lld %4lld", (long long)ne, (long long)nw,
		         (long long)ni);
		tui_grid_put(g, cx, y + i, w - (cx - x),
		             sel  ? base
		             : ne ? TS_ERROR
		                  : TS_NORMAL,
		             buf);
	}
	y += lh, h -= lh;
	if (h < 2)
		return;
	tui_grid_hline(g, r.x, y, r.w, st->detail ? TS_BORDER_FOCUS : TS_BORDER);
	tui_grid_put_trunc(g, x, y, w, TS_TITLE, "─ critique and diffs (Enter) ");
	y++, h--;
	tui_docview_draw(&st->view, &st->doc, g, (tui_rect){r.x, y, r.w, h});
}

static bool reflect_action(tui_pane *p, int act)
{
	reflect_st *st = p->st;
	int page = st->view.last_h > 2 ? st->view.last_h - 1 : 1;
	sync(p);
	switch (act) {
	case TA_SELECT:
	case TA_OPEN:
		st->detail = !st->detail;
		return true;
	case TA_BACK:
		if (!st->detail)
			return false;
		st->detail = false;
		return true;
	case TA_UP:
	case TA_DOWN:
		if (st->detail)
			tui_docview_scroll(&st->view, &st->doc, act == TA_UP ? -1 : 1, 0);
		else
			tui_list_move(&st->list, act == TA_UP ? -1 : 1);
		return true;
	case TA_PAGE_UP:
	case TA_PAGE_DOWN:
		tui_docview_scroll(&st->view, &st->doc, act == TA_PAGE_UP ? -page : page, 0);
		return true;
	case TA_LEFT:
	case TA_RIGHT:
		tui_docview_hscroll(&st->view, act == TA_LEFT ? -1 : 1);
		return true;
	case TA_COPY: {
		char *all = tui_doc_text(&st->doc);
		if (all)
			tui_app_copy(p->app, all);
		free(all);
		return true;
	}
	default:
		return false;
	}
}

static void reflect_free(tui_pane *p)
{
	reflect_st *st = p->st;
	if (!st)
		return;
	tui_doc_release(&st->doc);
	free(st);
}

static const int reflect_help[] = {TA_UP,        TA_DOWN, TA_SELECT, TA_BACK, TA_PAGE_UP,
                                   TA_PAGE_DOWN, TA_LEFT, TA_RIGHT,  TA_COPY, TA_NONE};
static const char *const reflect_help_text[] = {
    "delta is green when the score rose, red when it fell",
    "Enter moves j/k between the iterations and the critique + diff below", NULL};

static const tui_pane_ops reflect_ops = {
    .name = "reflection",
    .draw = reflect_draw,
    .action = reflect_action,
    .help = reflect_help,
    .help_text = reflect_help_text,
    .free = reflect_free,
};

tui_pane *tui_pane_reflect_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	reflect_st *st = sx_calloc(1, sizeof *st);
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	tui_doc_init(&st->doc);
	st->gen = -1;
	p->ops = &reflect_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "Reflection");
	return p;
}
