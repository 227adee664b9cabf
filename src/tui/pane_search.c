/*
 * pane_search.c - semantic search: a query line with live results.
 *
 * Each edit of the query re-arms a 150 ms debounce timer; when it fires
 * the query runs on a worker through the search module (Russian or
 * English), with the index the first search opened and kept in the app's
 * model, so typing costs one query, not a workspace load. One search runs
 * at a time; a query typed meanwhile waits and only the newest one runs.
 * Ranking is the search module's own, as `sextant search` ranks; the
 * description and domain shown come from the map when it has them. A result shows its score,
 * the table, why it matched and its description; moving over results
 * shows the table in the details pane beside, Enter jumps to it on the
 * map. Typing goes to the query while it is being edited (after '/', which
 * starts a new query, 's', which edits the one shown, or on arrival); Esc
 * or Enter leaves the query for the results.
 * `:search QUERY` takes `sextant search`'s filters (-k, --database,
 * --schema, --domain, --pii, --no-pii); they stay, shown in the title,
 * for the queries typed after it, until the next `:search QUERY`.
 * UI thread only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/search.h>
#include <sextant/workspace.h>

#include "tui_int.h"

#define DEBOUNCE_MS 150

typedef struct {
	tui_input q;
	bool editing;
	cJSON *results; /* array */
	tui_list list;
	bool running;
	char error[256];
	char ran[512];  /* the query the results answer */
	bool pending;   /* a newer query waits for the running one */
	int last_h;
	/* the filters of :search (tui_search_filter), "" when unset */
	size_t k;
	char database[256], schema[256], domain[64];
	int pii;
	tui_search_source_fn source; /* NULL: the search module */
	void *source_payload;
} search_st;

struct search_req {
	tui_model *model;
	char query[512];
	char database[256], schema[256], domain[64];
	sx_search_opts opts; /* points into the strings above */
	tui_search_source_fn source;
	void *source_payload;
};

static void req_free(void *p)
{
	struct search_req *r = p;
	tui_model_unref(r->model);
	free(r);
}

static void json_free(void *p)
{
	cJSON_Delete(p);
}

/* Worker: the model's session opens its search on first use (it loads the
 * persisted index, rebuilding a stale one, with the map's facts), then the
 * query runs. The session's search is used by this job alone (search_busy). */
static int search_fn(tui_job *j, void **payload, void (**pfree)(void *), sx_error *err)
{
	struct search_req *r = j->fn_arg;
	sx_search_result *res = NULL;
	sx_search *s;
	cJSON *arr;
	size_t i;
	int rc;

	if (r->source) {
		if (!(*payload = r->source(r->source_payload, r->query, &r->opts, err)))
			return err->code ? err->code : sx_error_set(err, SX_ERROR, "search failed");
		*pfree = json_free;
		return 0;
	}
	if ((rc = sx_session_search(r->model->session, &s, err)))
		return rc;
	if ((rc = sx_search_query(s, r->query, &r->opts, &res, err)))
		return rc;
	if (!(arr = cJSON_CreateArray())) {
		sx_search_result_free(res);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	for (i = 0; i < res->n; i++)
		cJSON_AddItemToArray(arr, sx_search_hit_to_json(s, &res->hits[i]));
	sx_search_result_free(res);
	*payload = arr;
	*pfree = json_free;
	return 0;
}

static tui_pane *search_pane(tui_app *app)
{
	return app->search;
}

/* The i-th result of the last answer, or NULL. */
static const cJSON *result_at(search_st *st, size_t i)
{
	return cJSON_GetArrayItem(st->results, (int)i);
}

/* "database.schema.table" of a result, to select it elsewhere. */
static void result_id(const cJSON *r, char *out, size_t n)
{
	const char *id = sx_json_str(r, "id", NULL);
	if (id)
		snprintf(out, n, "%s", id);
	else
		snprintf(out, n, "%s.%s.%s", sx_json_str(r, "database", ""), sx_json_str(r, "schema", ""),
			 sx_json_str(r, "name", sx_json_str(r, "table", "")));
}

/* The details pane of the Search screen follows the result under the cursor. */
static void show_selected(tui_app *app)
{
	search_st *st = search_pane(app)->st;
	const cJSON *r = result_at(st, st->list.sel);
	char id[512];
	if (!r)
		return;
	result_id(r, id, sizeof id);
	tui_details_show(app->search_details, id);
}

static void run_now(tui_app *app);

/* A search finished. If the user typed on meanwhile, its answer is stale:
 * the newest query runs instead. */
static void got_results(tui_app *app, tui_job *job, int rc, cJSON *res, void **payload,
			const char *errmsg)
{
	tui_pane *p = job->udata;
	search_st *st = p->st;
	struct search_req *r = job->fn_arg;
	(void)res;
	r->model->search_busy = false;
	st->running = false;
	if (st->pending) {
		/* the user typed on: only the newest query matters */
		st->pending = false;
		run_now(app);
		return;
	}
	if (rc) {
		snprintf(st->error, sizeof st->error, "%s", errmsg);
		app->dirty = true;
		return;
	}
	st->error[0] = 0;
	cJSON_Delete(st->results);
	st->results = *payload;
	*payload = NULL;
	st->list.n = (size_t)cJSON_GetArraySize(st->results);
	st->list.sel = st->list.top = 0;
	if (st->list.n)
		show_selected(app);
	app->dirty = true;
}

static void run_now(tui_app *app)
{
	tui_pane *p = search_pane(app);
	search_st *st = p->st;
	struct search_req *r;
	sx_error err = {0};
	if (!st->q.len) {
		cJSON_Delete(st->results);
		st->results = NULL;
		st->list.n = 0;
		st->ran[0] = 0;
		st->error[0] = 0;
		return;
	}
	if (!app->model || app->cat_loading) {
		/* the map is still loading: the query runs when it is there */
		st->pending = true;
		st->running = true;
		return;
	}
	if (app->model->search_busy) {
		st->pending = true;
		return;
	}
	if (!(r = sx_calloc(1, sizeof *r)))
		return;
	r->model = tui_model_ref(app->model);
	snprintf(r->query, sizeof r->query, "%s", st->q.buf);
	snprintf(r->database, sizeof r->database, "%s", st->database);
	snprintf(r->schema, sizeof r->schema, "%s", st->schema);
	snprintf(r->domain, sizeof r->domain, "%s", st->domain);
	r->opts.k = st->k ? st->k : 20;
	r->opts.database = r->database[0] ? r->database : NULL;
	r->opts.schema = r->schema[0] ? r->schema : NULL;
	r->opts.domain = r->domain[0] ? r->domain : NULL;
	r->opts.pii = st->pii;
	r->opts.partitions = true; /* a period in the query shows its partition */
	r->source = st->source;
	r->source_payload = st->source_payload;
	if (tui_job_start_fn(app, "search", search_fn, r, req_free, false, got_results, p, NULL,
			     &err)) {
		snprintf(st->error, sizeof st->error, "%s", err.msg);
		return;
	}
	app->model->search_busy = true;
	st->running = true;
	snprintf(st->ran, sizeof st->ran, "%s", st->q.buf);
}

/* Each edit of the query re-arms the debounce timer. */
static void changed(tui_pane *p)
{
	tui_app_timer(p->app, TUI_TIMER_SEARCH, DEBOUNCE_MS, run_now);
	p->app->dirty = true;
}

void tui_search_kick(tui_pane *p)
{
	search_st *st = p->st;
	if (!st->pending || p->app->model->search_busy)
		return;
	st->pending = false;
	st->running = false;
	run_now(p->app);
}

/* NULL starts editing (s, /); a query runs at once and leaves the editing
 * (:search). */
void tui_search_set_query(tui_pane *p, const char *q)
{
	search_st *st = p->st;
	st->editing = true;
	if (q) {
		tui_input_set(&st->q, q);
		run_now(p->app);
		st->editing = false;
	}
	p->app->dirty = true;
}

void tui_search_set_filter(tui_pane *p, const tui_search_filter *f)
{
	search_st *st = p->st;
	st->k = f ? f->k : 0;
	snprintf(st->database, sizeof st->database, "%s", f && f->database ? f->database : "");
	snprintf(st->schema, sizeof st->schema, "%s", f && f->schema ? f->schema : "");
	snprintf(st->domain, sizeof st->domain, "%s", f && f->domain ? f->domain : "");
	st->pii = f ? f->pii : -1;
	p->app->dirty = true;
}

const cJSON *tui_search_results(const tui_pane *p)
{
	return ((const search_st *)p->st)->results;
}

void tui_search_set_source(tui_pane *p, tui_search_source_fn fn, void *payload)
{
	search_st *st = p->st;
	st->source = fn;
	st->source_payload = fn ? payload : NULL;
}

const char *tui_search_query(const tui_pane *p)
{
	return ((const search_st *)p->st)->q.buf;
}

bool tui_search_editing(const tui_pane *p)
{
	return ((const search_st *)p->st)->editing;
}

/* The query line, then two rows per result: score, table, domain and why;
 * then the description. */
static void search_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	search_st *st = p->st;
	int y, cx, i, rows;
	char buf[128];

	{
		/* the filters of :search, in the title while they apply */
		sx_buf b = SX_BUF_INIT;
		if (st->database[0])
			sx_buf_printf(&b, "  database %s", st->database);
		if (st->schema[0])
			sx_buf_printf(&b, "  schema %s", st->schema);
		if (st->domain[0])
			sx_buf_printf(&b, "  domain %s", st->domain);
		if (st->pii >= 0)
			sx_buf_puts(&b, st->pii ? "  with PII" : "  without PII");
		if (st->k)
			sx_buf_printf(&b, "  top %zu", st->k);
		snprintf(p->title, sizeof p->title, "Search%s%s", sx_buf_cstr(&b),
			 st->running ? "  …" : "");
		sx_buf_release(&b);
	}
	tui_grid_put(g, r.x, r.y, 2, TS_PROMPT, "/ ");
	cx = tui_input_draw(&st->q, g, r.x + 2, r.y, r.w - 2, TS_INPUT);
	if (st->editing && focused) {
		g->cur_x = cx;
		g->cur_y = r.y;
		g->cur_vis = true;
	}
	if (!st->q.len)
		tui_grid_put_trunc(g, r.x + 2, r.y, r.w - 2, TS_DIM,
		                   st->editing ? "type: tables by meaning, in Russian or English"
		                               : "press / or s and type: tables by meaning, in Russian "
		                                 "or English");
	y = r.y + 1;
	if (st->error[0]) {
		tui_grid_put_trunc(g, r.x + 1, y + 1, r.w - 2, TS_ERROR, st->error);
		return;
	}
	if (!st->results) {
		if (st->q.len)
			tui_grid_put_trunc(g, r.x + 1, y + 1, r.w - 2, TS_DIM, "searching…");
		return;
	}
	if (!st->list.n) {
		tui_grid_printf(g, r.x + 1, y + 1, r.w - 2, TS_DIM, "nothing matches '%s'", st->ran);
		return;
	}
	/* two rows per result */
	rows = (r.h - 1) / 2;
	st->last_h = rows;
	tui_list_scroll(&st->list, rows);
	for (i = 0; i < rows && st->list.top + (size_t)i < st->list.n; i++) {
		size_t k = st->list.top + (size_t)i;
		const cJSON *res = result_at(st, k), *why = cJSON_GetObjectItem(res, "why"), *w;
		bool sel = k == st->list.sel;
		int base = sel ? (focused && !st->editing ? TS_SELECTED : TS_SELECTED_DIM) : TS_NORMAL;
		int x = r.x, yy = y + 2 * i;
		const char *dom = sx_json_str(res, "domain", NULL);
		const char *desc = sx_json_str(res, "description", "");
		const char *part;
		const sx_map_table *mt = NULL;
		char rid[512];
		sx_table *t = NULL;
		result_id(res, rid, sizeof rid);
		if (p->app->map && p->app->cat && !sx_catalog_resolve(p->app->cat, rid, &t, NULL) && t &&
		    (mt = sx_dbmap_table(p->app->map, t)) != NULL) {
			if (mt->description)
				desc = mt->description;
			if (mt->domain != SX_DOMAIN_OTHER)
				dom = sx_map_domain_name(mt->domain);
		}
		tui_rect row = {r.x, yy, r.w, 1};
		sx_buf wb = SX_BUF_INIT;
		tui_grid_fill(g, row, ' ', base);
		snprintf(buf, sizeof buf, "%5.2f ", sx_json_num(res, "score", 0));
		x += tui_grid_put(g, x, yy, r.w, sel ? base : TS_COUNT, buf);
		if ((part = sx_json_str(res, "partition", NULL)) != NULL) {
			/* a partition the query's period names, above its parent */
			x += tui_grid_put_trunc(g, x, yy, r.w - (x - r.x) - 1, sel ? base : TS_HEADER,
						part);
			snprintf(buf, sizeof buf, "  partition of %s",
				 sx_json_str(res, "name", sx_json_str(res, "table", "?")));
			x += tui_grid_put_trunc(g, x, yy, r.w - (x - r.x) - 1, sel ? base : TS_DIM, buf);
		} else {
			x += tui_grid_put_trunc(g, x, yy, r.w - (x - r.x) - 1, sel ? base : TS_HEADER,
						sx_json_str(res, "name", sx_json_str(res, "table", "?")));
		}
		if (dom && r.w - (x - r.x) > 8) {
			snprintf(buf, sizeof buf, "  %s", dom);
			x += tui_grid_put_trunc(g, x, yy, r.w - (x - r.x) - 1, sel ? base : TS_DOMAIN, buf);
		}
		if (cJSON_IsArray(why)) {
			cJSON_ArrayForEach(w, why)
			{
				if (cJSON_IsString(w))
					sx_buf_printf(&wb, "%s%s", wb.len ? ", " : "  why: ", w->valuestring);
			}
		} else if (cJSON_IsString(why)) {
			sx_buf_printf(&wb, "  why: %s", why->valuestring);
		}
		if (wb.len && r.w - (x - r.x) > 10)
			tui_grid_put_trunc(g, x, yy, r.w - (x - r.x) - 1, sel ? base : TS_MATCH,
					   sx_buf_cstr(&wb));
		sx_buf_release(&wb);
		tui_grid_put_trunc(g, r.x + 6, yy + 1, r.w - 7, TS_DIM, desc ? desc : "");
	}
}

/* Keys on the results (not while typing). */
static bool search_action(tui_pane *p, int act)
{
	search_st *st = p->st;
	const cJSON *r;
	char id[512];
	switch (act) {
	case TA_UP:
	case TA_DOWN:
		tui_list_move(&st->list, act == TA_UP ? -1 : 1);
		tui_app_timer(p->app, TUI_TIMER_SEARCH_SELECT, 80, show_selected);
		return true;
	case TA_PAGE_UP:
	case TA_PAGE_DOWN:
		tui_list_move(&st->list, (act == TA_PAGE_UP ? -1 : 1) * (st->last_h > 1 ? st->last_h : 1));
		tui_app_timer(p->app, TUI_TIMER_SEARCH_SELECT, 80, show_selected);
		return true;
	case TA_TOP:
	case TA_BOTTOM:
		tui_list_set(&st->list, act == TA_TOP ? 0 : st->list.n);
		tui_app_timer(p->app, TUI_TIMER_SEARCH_SELECT, 80, show_selected);
		return true;
	case TA_FILTER:
		/* a new query, as / starts a new search in vi; s edits the one shown */
		tui_input_set(&st->q, "");
		changed(p);
		st->editing = true;
		return true;
	case TA_SEARCH:
		st->editing = true;
		return true;
	case TA_SELECT:
	case TA_OPEN:
		if ((r = result_at(st, st->list.sel)) != NULL) {
			result_id(r, id, sizeof id);
			tui_app_goto_table(p->app, id);
			if (act == TA_OPEN)
				tui_app_focus(p->app, p->app->graph);
		}
		return true;
	case TA_MARK_PATH:
		if ((r = result_at(st, st->list.sel)) != NULL) {
			result_id(r, id, sizeof id);
			tui_app_mark_path(p->app, id);
		} else {
			tui_app_msg(p->app, TS_WARN, "no result to mark yet");
		}
		return true;
	default:
		return false;
	}
}

/* While the query is edited: text goes to it, Up/Down move in the results,
 * Enter and Esc leave the line. */
static bool search_key(tui_pane *p, int key)
{
	search_st *st = p->st;
	bool handled;
	if (!st->editing)
		return false;
	switch (key) {
	case TK_ESC:
		st->editing = false;
		return true;
	case TK_ENTER:
	case TK_CJ:
		/* run at once rather than waiting for the debounce */
		st->editing = false;
		if (strcmp(st->ran, st->q.buf) != 0)
			run_now(p->app);
		return true;
	case TK_UP:
	case TK_DOWN:
		return search_action(p, key == TK_UP ? TA_UP : TA_DOWN), true;
	case TK_TAB:
	case TK_BTAB:
		st->editing = false;
		return false;
	default:
		break;
	}
	/* an empty query that was opened by arriving here: a screen key
	 * (1-9) still switches screens */
	if (!st->q.len) {
		int act = tui_keymap_lookup(&p->app->keymap, key);
		if (act >= TA_SCREEN_1 && act <= TA_SCREEN_9) {
			st->editing = false;
			return false;
		}
		if (act == TA_FILTER)
			return true; /* / : already typing a new query */
	}
	if (tui_input_key(&st->q, key, &handled))
		changed(p);
	return handled;
}

static void search_click(tui_pane *p, int x, int y)
{
	search_st *st = p->st;
	(void)x;
	if (y <= 0) {
		st->editing = true;
		return;
	}
	st->editing = false;
	tui_list_set(&st->list, st->list.top + (size_t)((y - 1) / 2));
	show_selected(p->app);
}

static void search_wheel(tui_pane *p, int dir)
{
	search_st *st = p->st;
	tui_list_move(&st->list, dir);
}

static void search_free(tui_pane *p)
{
	search_st *st = p->st;
	if (!st)
		return;
	cJSON_Delete(st->results);
	free(st);
}

static const int search_help[] = {TA_SEARCH, TA_FILTER, TA_UP,   TA_DOWN,      TA_PAGE_UP,
				  TA_PAGE_DOWN, TA_SELECT, TA_OPEN, TA_MARK_PATH, TA_NONE};
static const char *const search_help_text[] = {
	"while typing: results follow as you type; Up/Down move; Enter or Esc leave the query",
	"each result: score, table, domain, why it matched, and its description",
	NULL};

static const tui_pane_ops search_ops = {
	.name = "search",
	.draw = search_draw,
	.action = search_action,
	.key = search_key,
	.click = search_click,
	.wheel = search_wheel,
	.help = search_help,
	.help_text = search_help_text,
	.free = search_free,
};

tui_pane *tui_pane_search_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	search_st *st = sx_calloc(1, sizeof *st);
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	p->ops = &search_ops;
	p->app = app;
	p->st = st;
	st->pii = -1;
	snprintf(p->title, sizeof p->title, "Search");
	return p;
}
