/*
 * pane_path.c - join paths between two tables, and their SQL.
 *
 * p on a table marks the start, p on another the end (app.c); then the
 * map's k-shortest-paths search (sx_map_paths_find, what `sextant path`
 * runs) works on a worker over the app's model. The Path pane lists the k
 * best paths with their hops, confidence and fan-out warnings (`:path FROM
 * TO` takes `sextant path`'s options: -k, --via, --avoid, --max-hops,
 * --min-confidence, which stay until p marks anew); the SQL pane beside it
 * shows the selected path's JOIN with SQL highlighting, and y copies it
 * (OSC 52) from either pane. + and - change the hop limit and ask again.
 * '/' filters the list: only the paths through a table whose name
 * contains the text stay.
 *
 * The answer is the map's JSON (sx_map_paths_to_json, as `sextant path
 * --json` prints it): {"paths": [{"hops": [{"from", "to", "from_columns",
 * "to_columns", "confidence", "kind", "fanout"}], "confidence", "warning",
 * "sql"}], "components" when there is none}. UI thread only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

typedef struct {
	char from[512], to[512];
	cJSON *paths; /* array */
	tui_list list;
	tui_doc doc;  /* the drawn list, rebuilt on answer or width change */
	SX_VEC(size_t) first_line; /* doc line of each path */
	int built_w;
	int max_hops;
	int k;                 /* the options of :path (tui_path_opts) */
	double min_confidence;
	char **via, **avoid;   /* table ids, NULL when none */
	int tag;
	bool running;
	char error[512];
	int last_h;
	size_t top;
	tui_filterline filter;
	SX_VEC(size_t) shown; /* indices into paths that pass the filter */
	size_t expanded;      /* 1 + the path whose warning shows whole (w), 0: none */
} path_st;

typedef struct {
	tui_doc doc;
	tui_docview view;
	char *sql;
} sql_st;

/* "a, b" from a JSON array of column names. */
static void cols(const cJSON *arr, char *out, size_t n)
{
	const cJSON *c;
	size_t len = 0;
	out[0] = 0;
	cJSON_ArrayForEach(c, arr)
	{
		if (cJSON_IsString(c) && len < n)
			len += (size_t)snprintf(out + len, n - len, "%s%s", len ? ", " : "", c->valuestring);
	}
}

/* The i-th path shown (after the filter), or NULL. */
static const cJSON *path_at(const path_st *st, size_t i)
{
	return i < st->shown.n ? cJSON_GetArrayItem(st->paths, (int)st->shown.v[i]) : NULL;
}

/* Whether a path goes through a table whose name contains f. */
static bool path_matches(const cJSON *path, const char *f)
{
	const cJSON *h;
	cJSON_ArrayForEach(h, cJSON_GetObjectItem(path, "hops"))
	{
		if (tui_find_nocase(sx_json_str(h, "from", ""), f) >= 0 ||
		    tui_find_nocase(sx_json_str(h, "to", ""), f) >= 0)
			return true;
	}
	return false;
}

/* The paths that pass the filter; the selection starts over. */
static void refilter(path_st *st)
{
	const cJSON *path;
	size_t i = 0;
	st->shown.n = 0;
	cJSON_ArrayForEach(path, st->paths)
	{
		if (!st->filter.in.len || path_matches(path, st->filter.in.buf))
			SX_VEC_PUSH(&st->shown, i);
		i++;
	}
	st->list.n = st->shown.n;
	st->list.sel = 0;
	st->top = 0;
	st->built_w = 0;
	st->expanded = 0;
}

/* A warning, wrapped under its path. */
static void para_line(tui_doc *d, const char *text, int w)
{
	const char *p = text;
	int avail = w - 4 > 10 ? w - 4 : 10;
	while (*p) {
		size_t n = strlen(p), fit = tui_fit(p, n, avail), cut = fit;
		if (fit < n) {
			while (cut > 0 && p[cut] != ' ')
				cut--;
			if (!cut)
				cut = fit;
		}
		tui_doc_newline(d);
		tui_doc_append(d, TS_NORMAL, "   ", 3);
		tui_doc_append(d, TS_WARN, p, cut);
		tui_doc_newline(d);
		p += cut;
		while (*p == ' ')
			p++;
	}
}

/* A warning in one line: cut with an ellipsis, and the key that shows it
 * whole. */
static void warn_line(tui_doc *d, const char *text, int w)
{
	static const char more[] = "  w: details";
	size_t n = strlen(text);
	int avail = w - 4;
	tui_doc_newline(d);
	tui_doc_append(d, TS_NORMAL, "   ", 3);
	if (tui_strwidth(text, n) <= avail) {
		tui_doc_append(d, TS_WARN, text, n);
	} else {
		int room = avail - (int)strlen(more) - 1;
		size_t fit = tui_fit(text, n, room > 8 ? room : 8);
		tui_doc_append(d, TS_WARN, text, fit);
		tui_doc_append(d, TS_WARN, "…", strlen("…"));
		tui_doc_append(d, TS_DIM, more, strlen(more));
	}
	tui_doc_newline(d);
}

/* The list of paths as a doc: a header per path, a line per hop, the fan-out
 * warning below in one line (w wraps the selected path's whole). */
static void build(tui_pane *p, int w)
{
	path_st *st = p->st;
	char line[1024];
	size_t k;

	tui_doc_clear(&st->doc);
	st->first_line.n = 0;
	st->built_w = w;
	for (k = 0; k < st->shown.n; k++) {
		const cJSON *path = path_at(st, k);
		const cJSON *hops = cJSON_GetObjectItem(path, "hops"), *h, *wv;
		int nh = cJSON_GetArraySize(hops);
		bool fan = false;
		SX_VEC_PUSH(&st->first_line, tui_doc_nlines(&st->doc));
		cJSON_ArrayForEach(h, hops) fan |= sx_json_bool(h, "fanout", false);
		snprintf(line, sizeof line, "%zu. %d hop%s  confidence %.2f", st->shown.v[k] + 1,
		         nh, nh == 1 ? "" : "s", sx_json_num(path, "confidence", 0));
		tui_doc_newline(&st->doc);
		tui_doc_append(&st->doc, TS_HEADER, line, strlen(line));
		if (fan)
			tui_doc_append(&st->doc, TS_WARN, "  ⚠ fan-out", strlen("  ⚠ fan-out"));
		tui_doc_newline(&st->doc);
		cJSON_ArrayForEach(h, hops)
		{
			char fc[256], tc[256];
			bool inferred = strcmp(sx_json_str(h, "kind", ""), "inferred") == 0;
			cols(cJSON_GetObjectItem(h, "from_columns"), fc, sizeof fc);
			cols(cJSON_GetObjectItem(h, "to_columns"), tc, sizeof tc);
			snprintf(line, sizeof line, "   %s(%s) → %s(%s)", sx_json_str(h, "from", "?"), fc,
				 sx_json_str(h, "to", "?"), tc);
			tui_doc_append(&st->doc, TS_NORMAL, line, strlen(line));
			snprintf(line, sizeof line, "  %.2f %s", sx_json_num(h, "confidence", 0),
				 inferred ? "inferred" : "declared");
			tui_doc_append(&st->doc, inferred ? TS_WARN : TS_DIM, line, strlen(line));
			if (sx_json_bool(h, "fanout", false))
				tui_doc_append(&st->doc, TS_WARN, "  1:N", strlen("  1:N"));
			tui_doc_newline(&st->doc);
		}
		if ((wv = cJSON_GetObjectItem(path, "warning")) != NULL && cJSON_IsString(wv)) {
			snprintf(line, sizeof line, "⚠ %s", wv->valuestring);
			if (st->expanded == k + 1)
				para_line(&st->doc, line, w);
			else
				warn_line(&st->doc, line, w);
		}
	}
	(void)w;
}

/* The SQL pane follows the selected path. */
static void show_sql(tui_pane *p)
{
	path_st *st = p->st;
	const cJSON *path = path_at(st, st->list.sel);
	char title[128];
	if (path)
		snprintf(title, sizeof title, "SQL  path %zu  (y copies)",
		         st->shown.v[st->list.sel] + 1);
	else
		snprintf(title, sizeof title, "SQL");
	tui_pathsql_set(p->app->pathsql, path ? sx_json_str(path, "sql", "") : "", title);
}

struct path_req {
	tui_model *model;
	char from[512], to[512];
	int max_hops, k;
	double min_confidence;
	char **via, **avoid;
};

static void path_req_free(void *p)
{
	struct path_req *r = p;
	tui_model_unref(r->model);
	sx_strv_free(r->via);
	sx_strv_free(r->avoid);
	free(r);
}

/* A copy of a NULL-terminated list of strings (NULL stays NULL); *ok is
 * false when out of memory. */
static char **strv_dup(char *const *v, bool *ok)
{
	size_t n = 0, i;
	char **d;
	if (!v)
		return NULL;
	while (v[n])
		n++;
	if (!(d = sx_calloc(n + 1, sizeof *d))) {
		*ok = false;
		return NULL;
	}
	for (i = 0; i < n; i++)
		if (!(d[i] = sx_strdup(v[i]))) {
			*ok = false;
			sx_strv_free(d);
			return NULL;
		}
	return d;
}

/* The tables of a list of ids, NULL-terminated (the map's via/avoid). */
static int resolve_all(const sx_catalog *cat, char **ids, const sx_table ***out, sx_error *err)
{
	size_t n = 0, i;
	int rc;
	*out = NULL;
	if (!ids)
		return 0;
	while (ids[n])
		n++;
	if (!(*out = sx_calloc(n + 1, sizeof **out)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	for (i = 0; i < n; i++) {
		sx_table *t;
		if ((rc = sx_catalog_resolve(cat, ids[i], &t, err)))
			return rc;
		(*out)[i] = t;
	}
	return 0;
}

static void json_free(void *p)
{
	cJSON_Delete(p);
}

/* Worker: the k best paths over the map's relationship graph. */
static int paths_fn(tui_job *j, void **payload, void (**pfree)(void *), sx_error *err)
{
	struct path_req *r = j->fn_arg;
	sx_map_path_opts o;
	sx_map_paths *ps = NULL;
	sx_table *a = NULL, *b = NULL;
	const sx_table **via = NULL, **avoid = NULL;
	int rc;
	if ((rc = sx_catalog_resolve(r->model->cat, r->from, &a, err)) ||
	    (rc = sx_catalog_resolve(r->model->cat, r->to, &b, err)) ||
	    (rc = resolve_all(r->model->cat, r->via, &via, err)) ||
	    (rc = resolve_all(r->model->cat, r->avoid, &avoid, err)))
		goto done;
	sx_map_path_opts_init(&o);
	o.max_hops = r->max_hops;
	o.k = r->k;
	o.min_confidence = r->min_confidence;
	o.via = via;
	o.avoid = avoid;
	if ((rc = sx_map_paths_find(r->model->map, a, b, &o, &ps, err)))
		goto done;
	*payload = sx_map_paths_to_json(ps);
	*pfree = json_free;
	sx_map_paths_free(ps);
	rc = *payload ? 0 : sx_error_set(err, SX_ENOMEM, "out of memory");
done:
	free(via);
	free(avoid);
	return rc;
}

/* Why there is no path, from the map's components. */
static void no_path(path_st *st, const cJSON *res)
{
	const cJSON *c = cJSON_GetObjectItem(res, "components");
	const cJSON *sh = cJSON_GetObjectItem(res, "shortest_hops");
	/* :path's options narrow the graph: say so, or the answer reads as
	 * if the tables were never joined */
	const char *why = st->via || st->avoid || st->min_confidence != 0.5
				  ? " with these options (--via, --avoid, --min-confidence)"
				  : "";
	if (cJSON_IsNumber(sh))
		snprintf(st->error, sizeof st->error,
			 "no path within %d hops%s; the shortest has %d (press + for more hops)",
			 st->max_hops, why, (int)sh->valuedouble);
	else
		snprintf(st->error, sizeof st->error,
			 "no path%s: the two tables are in different parts of the graph (%d of them; "
			 "%d and %d tables)",
			 why, (int)sx_json_int(c, "count", 0),
			 cJSON_GetArraySize(cJSON_GetObjectItem(c, "from")),
			 cJSON_GetArraySize(cJSON_GetObjectItem(c, "to")));
}

/* The answer to the latest request (older ones are dropped by tag). */
static void got_paths(tui_app *app, tui_job *job, int rc, cJSON *res, void **payload,
		      const char *errmsg)
{
	tui_pane *p = job->udata;
	path_st *st = p->st;
	cJSON *ans = *payload;
	(void)res;
	if (job->tag != st->tag)
		return;
	st->running = false;
	cJSON_Delete(st->paths);
	st->paths = NULL;
	if (rc) {
		snprintf(st->error, sizeof st->error, "%s", errmsg);
		tui_pathsql_set(app->pathsql, "", "SQL");
		app->dirty = true;
		return;
	}
	st->error[0] = 0;
	st->paths = cJSON_DetachItemFromObject(ans, "paths");
	if (!st->paths)
		st->paths = cJSON_CreateArray();
	refilter(st);
	if (!cJSON_GetArraySize(st->paths))
		no_path(st, ans);
	show_sql(p);
	app->dirty = true;
}

/* Searches paths between the marked tables on a worker, over the model it
 * holds a reference to. */
static void run(tui_pane *p)
{
	path_st *st = p->st;
	struct path_req *r;
	sx_error err = {0};
	tui_job *j;
	st->error[0] = 0;
	if (!p->app->map) {
		snprintf(st->error, sizeof st->error,
			 "this workspace has no map: analyse the source again");
		p->app->dirty = true;
		return;
	}
	if (!(r = sx_calloc(1, sizeof *r)))
		return;
	r->model = tui_model_ref(p->app->model);
	snprintf(r->from, sizeof r->from, "%s", st->from);
	snprintf(r->to, sizeof r->to, "%s", st->to);
	r->max_hops = st->max_hops;
	r->k = st->k;
	r->min_confidence = st->min_confidence;
	{
		bool ok = true;
		r->via = strv_dup(st->via, &ok);
		r->avoid = strv_dup(st->avoid, &ok);
		if (!ok) {
			path_req_free(r);
			snprintf(st->error, sizeof st->error, "out of memory");
			return;
		}
	}
	st->tag++;
	if (tui_job_start_fn(p->app, "join paths", paths_fn, r, path_req_free, false, got_paths, p,
			     &j, &err)) {
		snprintf(st->error, sizeof st->error, "%s", err.msg);
		return;
	}
	j->tag = st->tag;
	st->running = true;
	p->app->dirty = true;
}

/* Called when the second table is marked (p): the defaults of `sextant
 * path`, with the pane's hop limit. */
void tui_path_run(tui_pane *p, const char *from, const char *to)
{
	tui_path_opts o = {0, 3, 0.5, NULL, NULL};
	tui_path_run_opts(p, from, to, &o);
}

/* Called by :path with its options, which stay for + and -. */
void tui_path_run_opts(tui_pane *p, const char *from, const char *to, const tui_path_opts *o)
{
	path_st *st = p->st;
	bool ok = true;
	sx_strv_free(st->via);
	sx_strv_free(st->avoid);
	st->via = strv_dup(o->via, &ok);
	st->avoid = strv_dup(o->avoid, &ok);
	if (o->max_hops > 0)
		st->max_hops = o->max_hops;
	st->k = o->k > 0 ? o->k : 3;
	st->min_confidence = o->min_confidence;
	snprintf(st->from, sizeof st->from, "%s", from);
	snprintf(st->to, sizeof st->to, "%s", to);
	cJSON_Delete(st->paths);
	st->paths = NULL;
	st->list.n = st->list.sel = 0;
	st->shown.n = 0;
	st->built_w = 0;
	run(p);
}

static const char *short_name(const char *id)
{
	const char *dot = strrchr(id, '.');
	return dot ? dot + 1 : id;
}

/* The marked tables, then the paths; a bar in the first column marks the
 * selected one, which is kept in view. */
static void path_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	path_st *st = p->st;
	tui_app *app = p->app;
	tui_docview v = {0};
	size_t sel_first, sel_last;
	int y0 = r.y + 1, h = r.h - 1;

	snprintf(p->title, sizeof p->title, "Path  max %d hops%s", st->max_hops,
		 st->running ? "  …" : "");
	if (!st->from[0]) {
		if (app->path_from[0])
			tui_grid_printf(g, r.x + 1, r.y, r.w - 2, TS_INFO,
					"from %s: press p on the other end", short_name(app->path_from));
		else
			tui_grid_put_trunc(g, r.x + 1, r.y, r.w - 2, TS_DIM,
					   "press p on a table (map, graph or search), then p on another");
		return;
	}
	{
		/* the ends, and what :path constrained: the shape of the answer */
		sx_buf b = SX_BUF_INIT;
		size_t i;
		sx_buf_printf(&b, "%s → %s", short_name(st->from), short_name(st->to));
		for (i = 0; st->via && st->via[i]; i++)
			sx_buf_printf(&b, "%s%s", i ? ", " : "  via ", short_name(st->via[i]));
		for (i = 0; st->avoid && st->avoid[i]; i++)
			sx_buf_printf(&b, "%s%s", i ? ", " : "  avoiding ", short_name(st->avoid[i]));
		tui_grid_put(g, r.x + 1, r.y, r.w - 2, TS_TITLE, sx_buf_cstr(&b));
		sx_buf_release(&b);
	}
	if (st->error[0]) {
		tui_grid_put_trunc(g, r.x + 1, y0, r.w - 2, TS_ERROR, st->error);
		return;
	}
	if (!st->paths) {
		tui_grid_put_trunc(g, r.x + 1, y0, r.w - 2, TS_DIM, "finding paths…");
		return;
	}
	if (tui_filterline_shown(&st->filter)) {
		tui_filterline_draw(&st->filter, g, r.x, y0, r.w, focused);
		y0++;
		h--;
		if (!st->shown.n) {
			tui_grid_printf(g, r.x + 1, y0, r.w - 2, TS_DIM,
			                "no path goes through a table matching '%s' (Esc clears)",
			                st->filter.in.buf);
			return;
		}
	}
	if (st->built_w != r.w)
		build(p, r.w);
	st->last_h = h;
	if (!st->first_line.n)
		return;
	sel_first = st->first_line.v[st->list.sel];
	sel_last = st->list.sel + 1 < st->first_line.n ? st->first_line.v[st->list.sel + 1]
						      : tui_doc_nlines(&st->doc);
	/* keep the selected path in view */
	if (sel_first < st->top)
		st->top = sel_first;
	if (sel_last > st->top + (size_t)h)
		st->top = sel_last > (size_t)h ? sel_last - (size_t)h : 0;
	if (st->top > sel_first)
		st->top = sel_first;
	v.top = st->top;
	/* column 0 is the selection marker */
	tui_docview_draw(&v, &st->doc, g, (tui_rect){r.x + 1, y0, r.w - 1, h});
	{
		size_t i;
		for (i = sel_first; i < sel_last; i++) {
			int y = y0 + (int)(i - st->top);
			if (y >= y0 && y < y0 + h) {
				tui_cell *c = tui_grid_at(g, r.x, y);
				if (c) {
					c->ch = tui_line_char(g, TUI_LV);
					c->style = focused ? TS_BORDER_FOCUS : TS_BORDER;
				}
			}
		}
	}
}

/* Keys of the path list. */
static bool path_action(tui_pane *p, int act)
{
	path_st *st = p->st;
	switch (act) {
	case TA_UP:
	case TA_DOWN:
		tui_list_move(&st->list, act == TA_UP ? -1 : 1);
		show_sql(p);
		return true;
	case TA_TOP:
	case TA_BOTTOM:
		tui_list_set(&st->list, act == TA_TOP ? 0 : st->list.n);
		show_sql(p);
		return true;
	case TA_HOPS_MORE:
	case TA_HOPS_LESS:
		st->max_hops += act == TA_HOPS_MORE ? 1 : -1;
		st->max_hops = st->max_hops < 1 ? 1 : st->max_hops > 8 ? 8 : st->max_hops;
		if (st->from[0])
			run(p);
		return true;
	case TA_COPY:
		tui_app_copy(p->app, tui_pathsql_text(p->app->pathsql));
		return true;
	case TA_SELECT:
		tui_app_focus(p->app, p->app->pathsql);
		return true;
	case TA_DETAILS:
		st->expanded = st->expanded == st->list.sel + 1 ? 0 : st->list.sel + 1;
		st->built_w = 0;
		return true;
	case TA_FILTER:
		tui_filterline_open(&st->filter);
		refilter(st);
		show_sql(p);
		return true;
	case TA_BACK:
		if (!st->filter.in.len)
			return false;
		tui_input_set(&st->filter.in, "");
		refilter(st);
		show_sql(p);
		return true;
	default:
		return false;
	}
}

/* Typing into the filter line while it is open. */
static bool path_key(tui_pane *p, int key)
{
	path_st *st = p->st;
	bool changed;
	if (!tui_filterline_key(&st->filter, key, &changed))
		return false;
	if (changed) {
		refilter(st);
		show_sql(p);
	}
	p->app->dirty = true;
	return true;
}

static void path_click(tui_pane *p, int x, int y)
{
	path_st *st = p->st;
	size_t line, i;
	(void)x;
	if (tui_filterline_shown(&st->filter))
		y--;
	if (y < 1 || !st->first_line.n)
		return;
	line = st->top + (size_t)(y - 1);
	for (i = st->first_line.n; i-- > 0;)
		if (st->first_line.v[i] <= line) {
			tui_list_set(&st->list, i);
			show_sql(p);
			return;
		}
}

static void path_free(tui_pane *p)
{
	path_st *st = p->st;
	if (!st)
		return;
	cJSON_Delete(st->paths);
	tui_doc_release(&st->doc);
	SX_VEC_FREE(&st->first_line);
	SX_VEC_FREE(&st->shown);
	sx_strv_free(st->via);
	sx_strv_free(st->avoid);
	free(st);
}

static const int path_help[] = {TA_DETAILS, TA_UP,   TA_DOWN,      TA_SELECT,    TA_COPY, TA_FILTER,
                                TA_BACK, TA_HOPS_MORE, TA_HOPS_LESS, TA_NONE};
static const char *const path_help_text[] = {
    "/ keeps the paths through a table whose name contains the text; Esc clears",
    "p marks a table as the start, a second p as the end (map, graph, search)",
    "fan-out: a 1:N hop after which sums and counts double-count", NULL};

static const tui_pane_ops path_ops = {
    .name = "path",
    .draw = path_draw,
    .action = path_action,
    .key = path_key,
    .click = path_click,
    .help = path_help,
    .help_text = path_help_text,
    .free = path_free,
};

tui_pane *tui_pane_path_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	path_st *st = sx_calloc(1, sizeof *st);
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	tui_doc_init(&st->doc);
	st->max_hops = (int)sx_config_get_int(app->cfg, "ui", "path_max_hops", 4);
	if (st->max_hops < 1 || st->max_hops > 8)
		st->max_hops = 4;
	st->k = 3;
	st->min_confidence = 0.5;
	p->ops = &path_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "Path");
	return p;
}

/* ------------------------------------------------------------ SQL pane */

/* The JOIN, highlighted by the SQL scanner, with line numbers. */
void tui_pathsql_set(tui_pane *p, const char *sql, const char *title)
{
	sql_st *st = p->st;
	tui_doc_clear(&st->doc);
	free(st->sql);
	st->sql = sx_strdup(sql ? sql : "");
	memset(&st->view, 0, sizeof st->view);
	st->view.numbers = true;
	if (st->sql && *st->sql)
		tui_sql_to_doc(&st->doc, st->sql);
	snprintf(p->title, sizeof p->title, "%s", title);
	p->app->dirty = true;
}

const char *tui_pathsql_text(tui_pane *p)
{
	sql_st *st = p->st;
	return st->sql ? st->sql : "";
}

static void sql_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	sql_st *st = p->st;
	(void)focused;
	if (!tui_doc_nlines(&st->doc)) {
		tui_grid_put_trunc(g, r.x + 1, r.y, r.w - 2, TS_DIM, "the JOIN of the selected path");
		return;
	}
	tui_docview_draw(&st->view, &st->doc, g, r);
}

static bool sql_action(tui_pane *p, int act)
{
	sql_st *st = p->st;
	switch (act) {
	case TA_COPY:
		tui_app_copy(p->app, tui_pathsql_text(p));
		return true;
	case TA_UP:
	case TA_DOWN:
		tui_docview_scroll(&st->view, &st->doc, act == TA_UP ? -1 : 1, 0);
		return true;
	case TA_LEFT:
	case TA_RIGHT:
		tui_docview_hscroll(&st->view, act == TA_LEFT ? -1 : 1);
		return true;
	case TA_TOP:
		tui_docview_home(&st->view);
		return true;
	default:
		return false;
	}
}

static void sql_free(tui_pane *p)
{
	sql_st *st = p->st;
	if (!st)
		return;
	tui_doc_release(&st->doc);
	free(st->sql);
	free(st);
}

static const int sql_help[] = {TA_COPY, TA_UP, TA_DOWN, TA_LEFT, TA_RIGHT, TA_TOP, TA_NONE};

static const tui_pane_ops sql_ops = {
	.name = "path SQL",
	.draw = sql_draw,
	.action = sql_action,
	.help = sql_help,
	.free = sql_free,
};

tui_pane *tui_pane_pathsql_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	sql_st *st = sx_calloc(1, sizeof *st);
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	tui_doc_init(&st->doc);
	p->ops = &sql_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "SQL");
	return p;
}
