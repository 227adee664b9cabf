/*
 * pane_artifacts.c - the Artifacts screen (8): the run's files as they
 * would be written (select.sql, dags/NAME.py, ...), and a viewer with
 * line numbers, SQL highlighting (tui_sql_to_doc) and the findings of
 * the shown file marked in the gutter (a coloured mark at the line; the
 * findings that name no line are listed above the code).
 *
 * `w` writes every file to a directory with sx_artifacts_write_dir (the
 * same layout as `sextant export`): it asks for the path and, when the
 * directory holds anything, asks again before writing over it. `y` copies
 * the shown file over OSC 52 and warns past ~100 KB, which many terminals
 * (and tmux) drop silently. UI thread only.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/agents.h>

#include "tui_int.h"

enum { ASK_NONE = 0, ASK_PATH, ASK_OVERWRITE };
enum { OSC52_WARN_BYTES = 100000 };

typedef struct {
	tui_list list;
	tui_doc doc;
	tui_docview view;
	int gen;
	size_t shown; /* +1 */
	int ask;
	tui_input in;
	char dir[512];
} art_st;

/* Stored runs (`run show`) keep every iteration's artifacts: the last
 * iteration's are the ones the run ended on. */
bool tui_run_artifact_shown(const cJSON *run, const cJSON *artifact)
{
	const cJSON *a;
	int64_t best = 0;
	if (!cJSON_GetObjectItem(artifact, "iteration"))
		return true;
	cJSON_ArrayForEach(
	    a, cJSON_GetObjectItem(run, "artifacts")) if (sx_json_int(a, "iteration", 0) > best)
	    best = sx_json_int(a, "iteration", 0);
	return sx_json_int(artifact, "iteration", 0) == best;
}

/* A stored run keeps the findings of every iteration: those of the
 * iteration the artifacts shown come from count here. */
static bool finding_shown(const cJSON *run, const cJSON *f)
{
	const cJSON *a;
	int64_t best = 0;
	if (!cJSON_GetObjectItem(f, "iteration"))
		return true;
	cJSON_ArrayForEach(
	    a, cJSON_GetObjectItem(run, "artifacts")) if (sx_json_int(a, "iteration", 0) > best)
	    best = sx_json_int(a, "iteration", 0);
	return !best || sx_json_int(f, "iteration", 0) == best;
}

static const cJSON *nth_artifact(tui_app *app, size_t n)
{
	const cJSON *run = tui_run_result(app), *a;
	size_t i = 0;
	cJSON_ArrayForEach(
	    a, cJSON_GetObjectItem(run, "artifacts")) if (tui_run_artifact_shown(run, a) &&
	                                                  i++ == n) return a;
	return NULL;
}

static size_t count_artifacts(tui_app *app)
{
	size_t n = 0;
	while (nth_artifact(app, n))
		n++;
	return n;
}

/* The file an artifact becomes under the export directory (the layout of
 * sx_artifacts_write_dir). */
static void file_name(const cJSON *a, char *out, size_t n)
{
	const char *k = sx_json_str(a, "kind", ""), *nm = sx_json_str(a, "name", "artifact");
	if (strcmp(k, "select_sql") == 0)
		snprintf(out, n, "select.sql");
	else if (strcmp(k, "target_ddl") == 0)
		snprintf(out, n, "target_ddl.sql");
	else if (strcmp(k, "load_sql") == 0)
		snprintf(out, n, "load.sql");
	else if (strcmp(k, "airflow_dag") == 0)
		snprintf(out, n, "dags/%s.py", nm);
	else if (strcmp(k, "python_transform") == 0)
		snprintf(out, n, "transforms/%s.py", nm);
	else if (strcmp(k, "python_tests") == 0)
		snprintf(out, n, "tests/test_%s.py", nm);
	else if (strcmp(k, "readme") == 0)
		snprintf(out, n, "README.md");
	else
		snprintf(out, n, "%s.%s", nm, k);
}

static int sev_style(const char *sev)
{
	return strcmp(sev, "error") == 0     ? TS_ERROR
	       : strcmp(sev, "warning") == 0 ? TS_WARN
	                                     : TS_INFO;
}

static void build_doc(tui_app *app, art_st *st, const cJSON *a)
{
	const cJSON *f;
	const char *lang = sx_json_str(a, "lang", ""), *content = sx_json_str(a, "content", "");
	char line[512];
	tui_doc_clear(&st->doc);
	memset(&st->view, 0, sizeof st->view);
	st->view.numbers = true;
	if (!a)
		return;
	if (strcmp(lang, "python") && strcmp(lang, "markdown"))
		tui_sql_to_doc(&st->doc, content);
	else
		tui_doc_append(&st->doc, TS_NORMAL, content, strlen(content));
	tui_doc_newline(&st->doc);
	/* findings without a line go under the code, numbered past its end */
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(tui_run_result(app), "findings"))
	{
		if (strcmp(sx_json_str(f, "artifact", ""), sx_json_str(a, "kind", "")) ||
		    sx_json_int(f, "line", 0) > 0 || !finding_shown(tui_run_result(app), f))
			continue;
		snprintf(line, sizeof line, "# %s %s: %s", sx_json_str(f, "severity", ""),
		         sx_json_str(f, "rule", ""), sx_json_str(f, "message", ""));
		tui_doc_line(&st->doc, sev_style(sx_json_str(f, "severity", "")), line);
	}
}

static void sync(tui_pane *p)
{
	art_st *st = p->st;
	int gen = tui_run_generation(p->app);
	if (gen != st->gen) {
		st->gen = gen;
		st->list.n = count_artifacts(p->app);
		st->list.sel = st->list.top = 0;
		st->shown = 0;
	}
	if (st->list.n && st->shown != st->list.sel + 1) {
		st->shown = st->list.sel + 1;
		build_doc(p->app, st, nth_artifact(p->app, st->list.sel));
	}
}

/* Marks the gutter of the rows whose line has a finding (code view: one
 * row per line, from view.top). */
static void mark_findings(tui_pane *p, tui_grid *g, tui_rect r, const cJSON *a)
{
	art_st *st = p->st;
	const cJSON *f;
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(tui_run_result(p->app), "findings"))
	{
		int64_t ln = sx_json_int(f, "line", 0);
		long row;
		if (ln <= 0 || strcmp(sx_json_str(f, "artifact", ""), sx_json_str(a, "kind", "")) ||
		    !finding_shown(tui_run_result(p->app), f))
			continue;
		row = (long)(ln - 1) - (long)st->view.top;
		if (row >= 0 && row < r.h)
			tui_grid_put(g, r.x, r.y + (int)row, 1,
			             sev_style(sx_json_str(f, "severity", "")), "●");
	}
}

static void art_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	art_st *st = p->st;
	int x = r.x + 1, w = r.w - 2, i, lw, lh;
	char buf[600];
	tui_rect code;
	(void)focused;
	sync(p);
	snprintf(p->title, sizeof p->title, "Artifacts");
	if (w < 4 || r.h < 1)
		return;
	if (st->ask) {
		tui_grid_fill(g, (tui_rect){r.x, r.y, r.w, 1}, ' ', TS_INPUT);
		if (st->ask == ASK_PATH) {
			int pw = tui_grid_put(g, x, r.y, w, TS_PROMPT, "write to: ");
			int cx = tui_input_draw(&st->in, g, x + pw, r.y, w - pw, TS_INPUT);
			g->cur_x = cx, g->cur_y = r.y, g->cur_vis = true;
		} else {
			snprintf(buf, sizeof buf, "%s is not empty: write over its files? y/n",
			         st->dir);
			tui_grid_put_trunc(g, x, r.y, w, TS_WARN, buf);
		}
		r.y++, r.h--;
	}
	if (!st->list.n) {
		tui_grid_put_trunc(
		    g, x, r.y, w, TS_DIM,
		    tui_run_result(p->app)
		        ? "this run made no artifacts"
		        : "no run yet: :generate INTENT, or Enter on a run in 9 History");
		return;
	}
	/* the list beside the code when there is room, above it otherwise */
	lw = r.w >= 70 ? 26 : r.w;
	lh = lw == r.w ? ((int)st->list.n < r.h / 3 ? (int)st->list.n : r.h / 3) : r.h;
	if (lh < 1)
		lh = 1;
	tui_list_scroll(&st->list, lh);
	for (i = 0; i < lh && st->list.top + (size_t)i < st->list.n; i++) {
		size_t k = st->list.top + (size_t)i;
		const cJSON *a = nth_artifact(p->app, k);
		int sty = k == st->list.sel ? TS_SELECTED : TS_NORMAL;
		file_name(a, buf, sizeof buf);
		if (k == st->list.sel)
			tui_grid_fill(g, (tui_rect){r.x, r.y + i, lw, 1}, ' ', sty);
		tui_grid_put_trunc(g, x, r.y + i, lw - 2, sty, buf);
	}
	if (lw == r.w) {
		if (r.h - lh < 2)
			return;
		tui_grid_hline(g, r.x, r.y + lh, r.w, TS_BORDER);
		code = (tui_rect){r.x, r.y + lh + 1, r.w, r.h - lh - 1};
	} else {
		tui_grid_vline(g, r.x + lw, r.y, r.h, TS_BORDER);
		code = (tui_rect){r.x + lw + 1, r.y, r.w - lw - 1, r.h};
	}
	tui_docview_draw(&st->view, &st->doc, g, code);
	mark_findings(p, g, code, nth_artifact(p->app, st->list.sel));
}

static bool dir_has_files(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	bool any = false;
	if (!d)
		return false;
	while (!any && (e = readdir(d)) != NULL)
		any = strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(d);
	return any;
}

static void write_all(tui_pane *p)
{
	art_st *st = p->st;
	const cJSON *run = tui_run_result(p->app), *a;
	sx_artifact_set set;
	sx_error err = {0};
	sx_artifact_set_init(&set);
	cJSON_ArrayForEach(a, cJSON_GetObjectItem(run, "artifacts"))
	{
		int k = sx_artifact_kind_parse(sx_json_str(a, "kind", ""));
		if (k >= 0 && tui_run_artifact_shown(run, a))
			sx_artifact_set_put(&set, (sx_artifact_kind)k, sx_json_str(a, "name", ""),
			                    sx_json_str(a, "lang", ""),
			                    sx_json_str(a, "content", ""));
	}
	if (sx_artifacts_write_dir(&set, run, st->dir, &err))
		tui_app_msg(p->app, TS_ERROR, "%s", err.msg);
	else
		tui_app_msg(p->app, TS_OK, "wrote %zu files and report.json to %s", set.n, st->dir);
	sx_artifact_set_release(&set);
}

static bool art_key(tui_pane *p, int key)
{
	art_st *st = p->st;
	bool handled = false;
	if (st->ask == ASK_OVERWRITE) {
		st->ask = ASK_NONE;
		if (key == 'y' || key == 'Y')
			write_all(p);
		else
			tui_app_msg(p->app, TS_INFO, "nothing written");
		p->app->dirty = true;
		return true;
	}
	if (st->ask == ASK_PATH) {
		if (key == TK_ESC) {
			st->ask = ASK_NONE;
		} else if (key == TK_ENTER) {
			st->ask = ASK_NONE;
			snprintf(st->dir, sizeof st->dir, "%.*s", (int)st->in.len, st->in.buf);
			if (!st->dir[0])
				tui_app_msg(p->app, TS_INFO, "nothing written");
			else if (dir_has_files(st->dir))
				st->ask = ASK_OVERWRITE;
			else
				write_all(p);
		} else {
			tui_input_key(&st->in, key, &handled);
		}
		p->app->dirty = true;
		return true;
	}
	if (key == 'w' && st->list.n) {
		st->ask = ASK_PATH;
		if (!st->in.len) {
			snprintf(st->dir, sizeof st->dir, "./%s",
			         sx_json_str(tui_run_result(p->app), "run_id", "run"));
			tui_input_set(&st->in, st->dir);
		}
		p->app->dirty = true;
		return true;
	}
	return false;
}

static bool art_action(tui_pane *p, int act)
{
	art_st *st = p->st;
	int page = st->view.last_h > 2 ? st->view.last_h - 1 : 1;
	sync(p);
	switch (act) {
	case TA_UP:
	case TA_DOWN:
		tui_list_move(&st->list, act == TA_UP ? -1 : 1);
		return true;
	case TA_PAGE_UP:
	case TA_PAGE_DOWN:
		tui_docview_scroll(&st->view, &st->doc, act == TA_PAGE_UP ? -page : page, 0);
		return true;
	case TA_LEFT:
		st->view.xoff = st->view.xoff > 8 ? st->view.xoff - 8 : 0;
		return true;
	case TA_RIGHT:
		st->view.xoff += 8;
		return true;
	case TA_COPY: {
		const cJSON *a = nth_artifact(p->app, st->list.sel);
		const char *c = sx_json_str(a, "content", "");
		if (!a)
			return true;
		tui_app_copy(p->app, c);
		if (strlen(c) > OSC52_WARN_BYTES)
			tui_app_msg(
			    p->app, TS_WARN,
			    "sent %zu bytes over OSC 52: many terminals drop more than ~100 KB; "
			    "w writes the files instead",
			    strlen(c));
		return true;
	}
	default:
		return false;
	}
}

static void art_free(tui_pane *p)
{
	art_st *st = p->st;
	if (!st)
		return;
	tui_doc_release(&st->doc);
	free(st);
}

static const int art_help[] = {TA_UP,   TA_DOWN,  TA_PAGE_UP, TA_PAGE_DOWN,
                               TA_LEFT, TA_RIGHT, TA_COPY,    TA_NONE};
static const char *const art_help_text[] = {
    "w      write every file (and report.json) to a directory; asks before writing over one",
    "y      copy the shown file (OSC 52; warns past ~100 KB)",
    "●      in the gutter: a finding on that line (red error, yellow warning)", NULL};

static const tui_pane_ops art_ops = {
    .name = "artifacts",
    .draw = art_draw,
    .action = art_action,
    .key = art_key,
    .help = art_help,
    .help_text = art_help_text,
    .free = art_free,
};

tui_pane *tui_pane_artifacts_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	art_st *st = sx_calloc(1, sizeof *st);
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	tui_doc_init(&st->doc);
	st->gen = -1;
	p->ops = &art_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "Artifacts");
	return p;
}
