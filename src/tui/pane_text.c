/*
 * pane_text.c - the reusable text panes: the Output pane (a stream view:
 * command output, :chat tokens and model reasoning appended as events
 * arrive, following the end until the user scrolls up) and the Viewer
 * (a code view with SQL highlighting and line numbers, or a unified-diff
 * view), which the agent panes of the next milestone reuse for artifacts
 * and reflection diffs. UI thread only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

typedef struct {
	tui_doc doc;
	tui_docview view;
	char *raw;   /* viewer: the text as given, for copying */
	bool is_diff;
} text_st;

static void text_free(tui_pane *p)
{
	text_st *st = p->st;
	if (!st)
		return;
	tui_doc_release(&st->doc);
	free(st->raw);
	free(st);
}

static bool scroll_action(tui_pane *p, int act)
{
	text_st *st = p->st;
	int page = st->view.last_h > 2 ? st->view.last_h - 1 : 1;
	switch (act) {
	case TA_UP:
		tui_docview_scroll(&st->view, &st->doc, -1, 0);
		return true;
	case TA_DOWN:
		tui_docview_scroll(&st->view, &st->doc, 1, 0);
		return true;
	case TA_PAGE_UP:
		tui_docview_scroll(&st->view, &st->doc, -page, 0);
		return true;
	case TA_PAGE_DOWN:
		tui_docview_scroll(&st->view, &st->doc, page, 0);
		return true;
	case TA_TOP:
		tui_docview_home(&st->view);
		return true;
	case TA_BOTTOM:
		tui_docview_end(&st->view);
		return true;
	case TA_LEFT:
		if (!st->view.wrap)
			st->view.xoff = st->view.xoff > 8 ? st->view.xoff - 8 : 0;
		return true;
	case TA_RIGHT:
		if (!st->view.wrap)
			st->view.xoff += 8;
		return true;
	default:
		return false;
	}
}

static void text_wheel(tui_pane *p, int dir)
{
	text_st *st = p->st;
	tui_docview_scroll(&st->view, &st->doc, dir * 3, 0);
}

static text_st *text_new(void)
{
	text_st *st = sx_calloc(1, sizeof *st);
	if (st)
		tui_doc_init(&st->doc);
	return st;
}

/* ------------------------------------------------------------ output */

static void out_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	text_st *st = p->st;
	(void)focused;
	snprintf(p->title, sizeof p->title, "Output%s",
		 st->view.follow ? "" : "  (scrolled: G follows)");
	if (!tui_doc_nlines(&st->doc)) {
		tui_grid_put_trunc(g, r.x + 1, r.y, r.w - 2, TS_DIM,
				   "results of ':' commands and :chat answers appear here");
		return;
	}
	tui_docview_draw(&st->view, &st->doc, g, r);
}

static bool out_action(tui_pane *p, int act)
{
	text_st *st = p->st;
	if (act == TA_COPY) {
		char *all = tui_doc_text(&st->doc);
		if (all)
			tui_app_copy(p->app, all);
		free(all);
		return true;
	}
	return scroll_action(p, act);
}

tui_doc *tui_output_doc(tui_pane *p)
{
	return &((text_st *)p->st)->doc;
}

tui_docview *tui_output_view(tui_pane *p)
{
	return &((text_st *)p->st)->view;
}

static const int out_help[] = {TA_UP,  TA_DOWN,   TA_PAGE_UP, TA_PAGE_DOWN,
			       TA_TOP, TA_BOTTOM, TA_COPY,    TA_NONE};
static const char *const out_help_text[] = {
	"the view follows new text until you scroll up; G (bottom) follows again",
	"model reasoning is shown dimmed; C-c cancels a running stream",
	NULL};

static const tui_pane_ops out_ops = {
	.name = "output",
	.draw = out_draw,
	.action = out_action,
	.wheel = text_wheel,
	.help = out_help,
	.help_text = out_help_text,
	.free = text_free,
};

tui_pane *tui_pane_output_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	text_st *st = text_new();
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	st->view.wrap = true;
	st->view.follow = true;
	p->ops = &out_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "Output");
	return p;
}

/* ------------------------------------------------------------ viewer */

static void view_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	text_st *st = p->st;
	(void)focused;
	if (!st->raw) {
		tui_grid_put_trunc(g, r.x + 1, r.y, r.w - 2, TS_DIM,
				   ":view FILE shows SQL highlighted; :diff A B shows a diff");
		return;
	}
	tui_docview_draw(&st->view, &st->doc, g, r);
}

static bool view_action(tui_pane *p, int act)
{
	text_st *st = p->st;
	if (act == TA_COPY) {
		if (st->raw)
			tui_app_copy(p->app, st->raw);
		return true;
	}
	return scroll_action(p, act);
}

static void view_set(tui_pane *p, const char *title, const char *text, bool diff)
{
	text_st *st = p->st;
	tui_doc_clear(&st->doc);
	free(st->raw);
	st->raw = sx_strdup(text);
	st->is_diff = diff;
	memset(&st->view, 0, sizeof st->view);
	st->view.numbers = !diff;
	if (diff)
		tui_diff_to_doc(&st->doc, text);
	else
		tui_sql_to_doc(&st->doc, text);
	snprintf(p->title, sizeof p->title, "%s", title);
	p->app->dirty = true;
}

void tui_viewer_show_sql(tui_pane *p, const char *title, const char *sql)
{
	view_set(p, title, sql, false);
}

void tui_viewer_show_diff(tui_pane *p, const char *title, const char *unified)
{
	view_set(p, title, unified, true);
}

const char *tui_viewer_copy_text(tui_pane *p)
{
	return ((text_st *)p->st)->raw;
}

static const int view_help[] = {TA_UP,  TA_DOWN,   TA_LEFT, TA_RIGHT, TA_PAGE_UP, TA_PAGE_DOWN,
				TA_TOP, TA_BOTTOM, TA_COPY, TA_NONE};

static const tui_pane_ops view_ops = {
	.name = "viewer",
	.draw = view_draw,
	.action = view_action,
	.wheel = text_wheel,
	.help = view_help,
	.free = text_free,
};

tui_pane *tui_pane_viewer_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	text_st *st = text_new();
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	p->ops = &view_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "Viewer");
	return p;
}
