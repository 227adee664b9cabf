/*
 * pane_text.c - the reusable text panes: the Output pane (a stream view:
 * command output, :chat tokens and model reasoning appended as events
 * arrive, following the end until the user scrolls up) and the Viewer
 * (a code view with SQL highlighting and line numbers, or a unified-diff
 * view), which the agent panes of the next milestone reuse for artifacts
 * and reflection diffs. '/' filters either: only the lines that contain
 * the text are shown (a copy of them, rebuilt when the text or the filter
 * changes), as k9s filters a log. UI thread only.
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
	/* the '/' filter: the matching lines of doc, and the view over them */
	tui_filterline filter;
	tui_doc shown;
	tui_docview fview;
	size_t shown_lines, shown_bytes; /* doc's size when shown was built */
	char shown_for[sizeof((tui_input *)0)->buf];
} text_st;

static void text_free(tui_pane *p)
{
	text_st *st = p->st;
	if (!st)
		return;
	tui_doc_release(&st->doc);
	tui_doc_release(&st->shown);
	free(st->raw);
	free(st);
}

static bool filtering(const text_st *st)
{
	return st->filter.in.len > 0;
}

/* The doc and view the keys act on: the filtered ones while a filter applies. */
static tui_doc *cur_doc(text_st *st)
{
	return filtering(st) ? &st->shown : &st->doc;
}

static tui_docview *cur_view(text_st *st)
{
	return filtering(st) ? &st->fview : &st->view;
}

/* Rebuilds the matching lines when the filter or the text changed (a
 * stream appends while a filter applies). */
static void refresh_shown(text_st *st)
{
	if (!filtering(st))
		return;
	if (st->shown_lines == tui_doc_nlines(&st->doc) && st->shown_bytes == st->doc.bytes &&
	    strcmp(st->shown_for, st->filter.in.buf) == 0)
		return;
	tui_doc_filter(&st->doc, st->filter.in.buf, &st->shown);
	st->shown_lines = tui_doc_nlines(&st->doc);
	st->shown_bytes = st->doc.bytes;
	snprintf(st->shown_for, sizeof st->shown_for, "%s", st->filter.in.buf);
	st->fview.wrap = st->view.wrap;
	st->fview.numbers = false; /* the numbers of the copy would mislead */
	st->fview.xoff = st->view.xoff;
	st->fview.follow = st->view.follow;
	if (!st->fview.follow)
		tui_docview_home(&st->fview);
}

/* The filter line on top while it is used, then the text (all of it, or
 * the matching lines). */
static void text_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	text_st *st = p->st;
	if (tui_filterline_shown(&st->filter)) {
		char n[64];
		refresh_shown(st);
		tui_filterline_draw(&st->filter, g, r.x, r.y, r.w - 16 > 10 ? r.w - 16 : r.w,
		                    focused);
		if (filtering(st) && r.w > 30) {
			snprintf(n, sizeof n, "%zu of %zu lines", tui_doc_nlines(&st->shown),
			         tui_doc_nlines(&st->doc));
			tui_grid_put(g, r.x + r.w - 16, r.y, 16, TS_DIM, n);
		}
		r.y++;
		r.h--;
		if (filtering(st) && !tui_doc_nlines(&st->shown)) {
			tui_grid_printf(g, r.x + 1, r.y, r.w - 2, TS_DIM, "no line contains '%s'",
			                st->filter.in.buf);
			return;
		}
	}
	tui_docview_draw(cur_view(st), cur_doc(st), g, r);
}

static bool scroll_action(tui_pane *p, int act)
{
	text_st *st = p->st;
	tui_docview *v = cur_view(st);
	tui_doc *d = cur_doc(st);
	int page = v->last_h > 2 ? v->last_h - 1 : 1;
	switch (act) {
	case TA_UP:
		tui_docview_scroll(v, d, -1, 0);
		return true;
	case TA_DOWN:
		tui_docview_scroll(v, d, 1, 0);
		return true;
	case TA_PAGE_UP:
		tui_docview_scroll(v, d, -page, 0);
		return true;
	case TA_PAGE_DOWN:
		tui_docview_scroll(v, d, page, 0);
		return true;
	case TA_TOP:
		tui_docview_home(v);
		return true;
	case TA_BOTTOM:
		tui_docview_end(v);
		return true;
	case TA_LEFT:
	case TA_RIGHT:
		if (!v->wrap)
			tui_docview_hscroll(v, act == TA_LEFT ? -1 : 1);
		return true;
	case TA_FILTER:
		tui_filterline_open(&st->filter);
		return true;
	case TA_BACK:
		if (!filtering(st))
			return false;
		tui_input_set(&st->filter.in, "");
		return true;
	default:
		return false;
	}
}

/* Typing into the filter line while it is open. */
static bool text_key(tui_pane *p, int key)
{
	text_st *st = p->st;
	bool changed;
	if (!tui_filterline_key(&st->filter, key, &changed))
		return false;
	if (changed) {
		st->shown_for[0] = 0; /* rebuild */
		tui_docview_home(&st->fview);
		st->fview.follow = st->view.follow;
	}
	p->app->dirty = true;
	return true;
}

static void text_wheel(tui_pane *p, int dir)
{
	text_st *st = p->st;
	tui_docview_scroll(cur_view(st), cur_doc(st), dir * 3, 0);
}

static text_st *text_new(void)
{
	text_st *st = sx_calloc(1, sizeof *st);
	if (st)
		tui_doc_init(&st->doc);
	return st;
}

/* A pane over a fresh text_st: the output and the viewer differ only in
 * their ops, title and view flags. */
static tui_pane *text_pane_new(tui_app *app, const tui_pane_ops *ops, const char *title)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	text_st *st = text_new();
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	p->ops = ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "%s", title);
	return p;
}

/* ------------------------------------------------------------ output */

static void out_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	text_st *st = p->st;
	snprintf(p->title, sizeof p->title, "Output%s",
	         cur_view(st)->follow ? "" : "  (scrolled: G follows)");
	if (!tui_doc_nlines(&st->doc) && !tui_filterline_shown(&st->filter)) {
		tui_grid_put_trunc(g, r.x + 1, r.y, r.w - 2, TS_DIM,
				   "results of ':' commands and :chat answers appear here");
		return;
	}
	text_draw(p, g, r, focused);
}

static bool out_action(tui_pane *p, int act)
{
	text_st *st = p->st;
	if (act == TA_COPY) {
		/* what is shown: the matching lines while a filter applies */
		char *all = tui_doc_text(cur_doc(st));
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

static const int out_help[] = {TA_UP,     TA_DOWN,   TA_PAGE_UP, TA_PAGE_DOWN, TA_TOP,
                               TA_BOTTOM, TA_FILTER, TA_BACK,    TA_COPY,      TA_NONE};
static const char *const out_help_text[] = {
    "/ shows only the lines that contain the text; Enter keeps it, Esc clears it",
    "the view follows new text until you scroll up; G (bottom) follows again",
    "model reasoning is shown dimmed; C-c cancels a running stream", NULL};

static const tui_pane_ops out_ops = {
    .name = "output",
    .draw = out_draw,
    .action = out_action,
    .key = text_key,
    .wheel = text_wheel,
    .help = out_help,
    .help_text = out_help_text,
    .free = text_free,
};

tui_pane *tui_pane_output_new(tui_app *app)
{
	tui_pane *p = text_pane_new(app, &out_ops, "Output");
	if (p) {
		text_st *st = p->st;
		st->view.wrap = true;
		st->view.follow = true;
	}
	return p;
}

/* ------------------------------------------------------------ viewer */

static void view_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	text_st *st = p->st;
	if (!st->raw) {
		tui_grid_put_trunc(g, r.x + 1, r.y, r.w - 2, TS_DIM,
				   ":view FILE shows SQL highlighted; :diff A B shows a diff");
		return;
	}
	text_draw(p, g, r, focused);
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
	tui_input_set(&st->filter.in, "");
	st->filter.editing = false;
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

static const int view_help[] = {TA_UP,  TA_DOWN,   TA_LEFT,   TA_RIGHT, TA_PAGE_UP, TA_PAGE_DOWN,
                                TA_TOP, TA_BOTTOM, TA_FILTER, TA_BACK,  TA_COPY,    TA_NONE};
static const char *const view_help_text[] = {
    "/ shows only the lines that contain the text; Enter keeps it, Esc clears it", NULL};

static const tui_pane_ops view_ops = {
    .name = "viewer",
    .draw = view_draw,
    .action = view_action,
    .key = text_key,
    .wheel = text_wheel,
    .help = view_help,
    .help_text = view_help_text,
    .free = text_free,
};

tui_pane *tui_pane_viewer_new(tui_app *app)
{
	return text_pane_new(app, &view_ops, "Viewer");
}
