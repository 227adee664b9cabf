/*
 * pane_tree.c - the catalog tree: databases > schemas > tables with row
 * counts (and, once the map has described them, a domain tag and a PII
 * badge), filtered live with '/'.
 *
 * The visible rows are a flat array rebuilt when the catalog, the filter
 * or an expansion changes; drawing touches only the rows on screen, so a
 * 10k-table catalog scrolls as fast as a 10-table one. The selection is
 * kept by table id across rebuilds. Moving onto a table tells the app
 * (tui_app_table_selected), which updates the details at once and the
 * graph after a short pause. UI thread only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

enum { ROW_DB, ROW_SCHEMA, ROW_TABLE };

typedef struct {
	uint8_t kind;
	sx_database *db;
	sx_schema *sc;
	sx_table *t;
} trow;

typedef struct {
	SX_VEC(trow) rows;
	tui_list list;
	tui_input filter;
	bool editing;
	sx_hmap *collapsed;
	SX_VEC(char *) keys; /* owned keys of collapsed */
	char sel_id[512];
	int last_h;
	size_t matches;
} tree_st;

/* Keys of the collapsed set: a database, or database + schema joined by a
 * unit separator (names may contain dots). */
static void ckey(char *out, size_t n, const sx_database *db, const sx_schema *sc)
{
	if (sc)
		snprintf(out, n, "%s\x1f%s", db->name, sc->name);
	else
		snprintf(out, n, "%s", db->name);
}

static bool is_collapsed(tree_st *st, const sx_database *db, const sx_schema *sc)
{
	char k[600];
	ckey(k, sizeof k, db, sc);
	return sx_hmap_get(st->collapsed, k) != NULL;
}

static void set_collapsed(tree_st *st, const sx_database *db, const sx_schema *sc, bool on)
{
	char k[600], *copy;
	ckey(k, sizeof k, db, sc);
	if (sx_hmap_get(st->collapsed, k)) {
		/* keys must outlive the map: mark instead of removing */
		sx_hmap_put(st->collapsed, k, on ? (void *)1 : NULL);
		return;
	}
	if (!on || !(copy = sx_strdup(k)))
		return;
	if (SX_VEC_PUSH(&st->keys, copy) || sx_hmap_put(st->collapsed, copy, (void *)1))
		return;
}

/* The filter: a case-insensitive substring of the table name, or of the
 * whole id when the filter has a dot. */
static bool matches(const tree_st *st, const sx_table *t)
{
	const char *f = st->filter.buf;
	if (!*f)
		return true;
	if (tui_find_nocase(t->name, f) >= 0)
		return true;
	if (strchr(f, '.')) {
		char id[512];
		sx_table_id(t, id, sizeof id);
		return tui_find_nocase(id, f) >= 0;
	}
	return false;
}

static void push(tree_st *st, int kind, sx_database *db, sx_schema *sc, sx_table *t)
{
	trow r = {(uint8_t)kind, db, sc, t};
	SX_VEC_PUSH(&st->rows, r);
}

/* Tells the app when the selection lands on another table. */
static void notify(tui_pane *p)
{
	tree_st *st = p->st;
	trow *r = st->list.sel < st->rows.n ? &st->rows.v[st->list.sel] : NULL;
	char id[512];
	if (!r || r->kind != ROW_TABLE)
		return;
	sx_table_id(r->t, id, sizeof id);
	if (strcmp(id, st->sel_id) == 0)
		return;
	snprintf(st->sel_id, sizeof st->sel_id, "%s", id);
	tui_app_table_selected(p->app, id);
}

static void set_title(tui_pane *p)
{
	tree_st *st = p->st;
	sx_catalog *cat = p->app->cat;
	if (st->filter.len && cat)
		snprintf(p->title, sizeof p->title, "Catalog  %zu of %zu", st->matches,
			 sx_catalog_table_count(cat));
	else
		snprintf(p->title, sizeof p->title, "Catalog");
}

/* The flat list of visible rows, from the catalog, the collapsed set and the
 * filter. O(tables), run on changes only, never per frame. */
static void rebuild(tui_pane *p)
{
	tree_st *st = p->st;
	sx_catalog *cat = p->app->cat;
	bool filtering = st->filter.len > 0;
	size_t d, s, t, keep = SIZE_MAX;

	st->rows.n = 0;
	st->matches = 0;
	for (d = 0; cat && d < cat->ndbs; d++) {
		sx_database *db = cat->dbs[d];
		size_t db_at = st->rows.n;
		bool db_any = false;
		push(st, ROW_DB, db, NULL, NULL);
		if (!filtering && is_collapsed(st, db, NULL))
			continue;
		for (s = 0; s < db->nschemas; s++) {
			sx_schema *sc = db->schemas[s];
			size_t sc_at = st->rows.n;
			bool sc_any = false;
			push(st, ROW_SCHEMA, db, sc, NULL);
			if (!filtering && is_collapsed(st, db, sc))
				continue;
			for (t = 0; t < sc->ntables; t++) {
				if (!matches(st, sc->tables[t]))
					continue;
				push(st, ROW_TABLE, db, sc, sc->tables[t]);
				sc_any = true;
				st->matches++;
			}
			/* a filter hides schemas without a match */
			if (filtering && !sc_any)
				st->rows.n = sc_at;
			db_any |= sc_any;
		}
		if (filtering && !db_any)
			st->rows.n = db_at;
	}
	st->list.n = st->rows.n;
	if (st->sel_id[0]) {
		size_t i;
		for (i = 0; i < st->rows.n; i++) {
			char id[512];
			if (st->rows.v[i].kind != ROW_TABLE)
				continue;
			sx_table_id(st->rows.v[i].t, id, sizeof id);
			if (strcmp(id, st->sel_id) == 0) {
				keep = i;
				break;
			}
		}
	}
	if (keep != SIZE_MAX) {
		tui_list_set(&st->list, keep);
	} else {
		size_t i;
		tui_list_set(&st->list, st->list.sel);
		/* when filtering, land on the first match */
		if (filtering)
			for (i = 0; i < st->rows.n; i++)
				if (st->rows.v[i].kind == ROW_TABLE) {
					tui_list_set(&st->list, i);
					break;
				}
	}
	set_title(p);
	notify(p);
	p->app->dirty = true;
}

/* A new catalog: rows rebuilt, selection kept by id (or the first table on
 * the first load). */
void tui_tree_catalog_changed(tui_pane *p)
{
	tree_st *st = p->st;
	sx_catalog *cat = p->app->cat;
	rebuild(p);
	/* first load: start on the first table */
	if (!st->sel_id[0] && cat) {
		size_t i;
		for (i = 0; i < st->rows.n; i++)
			if (st->rows.v[i].kind == ROW_TABLE) {
				tui_list_set(&st->list, i);
				break;
			}
		notify(p);
	}
}

sx_table *tui_tree_selected(tui_pane *p)
{
	tree_st *st = p->st;
	if (st->list.sel < st->rows.n && st->rows.v[st->list.sel].kind == ROW_TABLE)
		return st->rows.v[st->list.sel].t;
	return NULL;
}

/* Selects a table (or a database's first table) by reference, unfolding its
 * parents. */
bool tui_tree_select_id(tui_pane *p, const char *id)
{
	tree_st *st = p->st;
	sx_table *t = NULL;
	size_t i;
	if (!p->app->cat)
		return false;
	/* a database name alone selects its first table */
	if (!strchr(id, '.')) {
		sx_database *db = sx_catalog_find_database(p->app->cat, id);
		if (db) {
			set_collapsed(st, db, NULL, false);
			rebuild(p);
			for (i = 0; i < st->rows.n; i++)
				if (st->rows.v[i].kind == ROW_TABLE && st->rows.v[i].db == db) {
					tui_list_set(&st->list, i);
					notify(p);
					return true;
				}
			return false;
		}
	}
	if (sx_catalog_resolve(p->app->cat, id, &t, NULL) || !t)
		return false;
	set_collapsed(st, t->schema->db, NULL, false);
	set_collapsed(st, t->schema->db, t->schema, false);
	rebuild(p);
	for (i = 0; i < st->rows.n; i++)
		if (st->rows.v[i].t == t) {
			tui_list_set(&st->list, i);
			notify(p);
			p->app->dirty = true;
			return true;
		}
	return false;
}

void tui_tree_set_filter(tui_pane *p, const char *filter)
{
	tree_st *st = p->st;
	tui_input_set(&st->filter, filter);
	st->editing = false;
	rebuild(p);
}

bool tui_tree_editing(const tui_pane *p)
{
	return ((const tree_st *)p->st)->editing;
}

/* ------------------------------------------------------------ drawing */

/* A short tag for the tree: the domain names are long ("customers_crm"). */
static const char *domain_tag(sx_map_domain d)
{
	static const struct {
		const char *name, *tag;
	} tags[] = {
		{"identity_auth", "auth"},     {"customers_crm", "crm"},
		{"sales_orders", "sales"},     {"catalog_products", "catalog"},
		{"inventory", "stock"},        {"logistics", "logist"},
		{"payments_finance", "finance"}, {"billing", "billing"},
		{"marketing", "mktg"},         {"events_analytics", "events"},
		{"support", "support"},        {"audit_logging", "audit"},
		{"reference_config", "ref"},   {"communication", "comms"},
		{"healthcare", "health"},      {"education", "edu"},
	};
	const char *name = sx_map_domain_name(d);
	size_t i;
	for (i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (strcmp(tags[i].name, name) == 0)
			return tags[i].tag;
	return name;
}

/* One row: fold marker and name for databases and schemas; for tables the
 * name, the domain tag, the PII badge and the row count, right-aligned in
 * fixed columns. */
static void draw_row(tui_pane *p, tui_grid *g, const trow *r, int x, int y, int w, bool sel,
		     bool focused)
{
	tree_st *st = p->st;
	char buf[64];
	int base = sel ? (focused ? TS_SELECTED : TS_SELECTED_DIM) : TS_NORMAL;
	int used = 0, right = 0;
	tui_rect row = {x, y, w, 1};

	tui_grid_fill(g, row, ' ', base);
	switch (r->kind) {
	case ROW_DB: {
		bool col = !st->filter.len && is_collapsed(st, r->db, NULL);
		uint32_t ch = tui_line_char(g, col ? TUI_LCOLLAPSED : TUI_LEXPANDED);
		char u[5] = {0};
		u[tui_utf8_enc(ch, u)] = 0;
		used += tui_grid_put(g, x, y, w, sel ? base : TS_DIM, u);
		used += tui_grid_put(g, x + used, y, w - used, base, " ");
		tui_fmt_count(buf, sizeof buf, (int64_t)sx_database_table_count(r->db));
		right = (int)strlen(buf) + 1;
		used += tui_grid_put_trunc(g, x + used, y, w - used - right - 1,
					   sel ? base : TS_HEADER, r->db->name);
		tui_grid_put(g, x + w - right, y, right, sel ? base : TS_COUNT, buf);
		break;
	}
	case ROW_SCHEMA: {
		bool col = !st->filter.len && is_collapsed(st, r->db, r->sc);
		uint32_t ch = tui_line_char(g, col ? TUI_LCOLLAPSED : TUI_LEXPANDED);
		char u[5] = {0};
		u[tui_utf8_enc(ch, u)] = 0;
		used += tui_grid_put(g, x + 1, y, w - 1, sel ? base : TS_DIM, u) + 1;
		used += tui_grid_put(g, x + used, y, w - used, base, " ");
		snprintf(buf, sizeof buf, "%zu", r->sc->ntables);
		right = (int)strlen(buf) + 1;
		used += tui_grid_put_trunc(g, x + used, y, w - used - right - 1, sel ? base : TS_TITLE,
					   r->sc->name);
		tui_grid_put(g, x + w - right, y, right, sel ? base : TS_DIM, buf);
		break;
	}
	default: {
		const sx_table *t = r->t;
		const sx_map_table *mt = p->app->map ? sx_dbmap_table(p->app->map, t) : NULL;
		int namew, tagw = 0;
		long m;
		tui_fmt_count(buf, sizeof buf, t->row_count);
		if (t->kind == SX_REL_VIEW || t->kind == SX_REL_MATVIEW)
			snprintf(buf, sizeof buf, "view");
		right = 8;
		tui_grid_put(g, x + w - 1 - (int)strlen(buf), y, (int)strlen(buf), sel ? base : TS_COUNT,
			     buf);
		if (mt && mt->ncols > 0) {
			/* the PII badge: this table holds personal data */
			tui_cell *c = tui_grid_at(g, x + w - 7, y);
			if (c) {
				c->ch = tui_line_char(g, TUI_LBULLET);
				c->style = sel ? (uint8_t)base : TS_PII;
			}
		}
		/* a column of domain tags, right-aligned, when there is room */
		if (p->app->map && w >= 34) {
			tagw = 8;
			if (mt && mt->domain != SX_DOMAIN_OTHER) {
				const char *tag = domain_tag(mt->domain);
				int tw = (int)strlen(tag) > tagw - 1 ? tagw - 1 : (int)strlen(tag);
				tui_grid_putn(g, x + w - right - tw, y, tw, sel ? base : TS_DOMAIN, tag,
					      (size_t)tw);
			}
		}
		namew = w - 4 - right - tagw;
		tui_grid_put_trunc(g, x + 4, y, namew, base, t->name);
		/* the filter match, underlined */
		if (st->filter.len && !sel && (m = tui_find_nocase(t->name, st->filter.buf)) >= 0) {
			int off = tui_strwidth(t->name, (size_t)m);
			size_t mlen = 0, k = (size_t)m, fi = 0, tl = strlen(t->name);
			int mw;
			/* the matched bytes: as many code points as the filter has */
			while (fi < st->filter.len && k + mlen < tl) {
				uint32_t cp;
				fi += tui_utf8_dec(st->filter.buf + fi, st->filter.len - fi, &cp);
				mlen += tui_utf8_dec(t->name + k + mlen, tl - k - mlen, &cp);
			}
			mw = tui_strwidth(t->name + m, mlen);
			if (off < namew) {
				tui_rect mr = {x + 4 + off, y, mw > namew - off ? namew - off : mw, 1};
				tui_grid_style(g, mr, TS_MATCH);
			}
		}
		break;
	}
	}
}

/* Draws only the rows in view; the filter line sits on top while it is used. */
static void tree_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	tree_st *st = p->st;
	tui_app *app = p->app;
	int y0 = r.y, h = r.h, i;

	if (st->editing || st->filter.len) {
		int cx;
		tui_grid_put(g, r.x, r.y, 2, TS_PROMPT, "/");
		cx = tui_input_draw(&st->filter, g, r.x + 1, r.y, r.w - 1, TS_INPUT);
		if (st->editing && focused) {
			g->cur_x = cx;
			g->cur_y = r.y;
			g->cur_vis = true;
		}
		y0++;
		h--;
	}
	st->last_h = h;
	if (!app->cat) {
		tui_grid_put_trunc(g, r.x + 1, y0, r.w - 2, app->cat_error[0] ? TS_ERROR : TS_DIM,
				   app->cat_error[0] ? app->cat_error : "loading the catalog…");
		return;
	}
	if (!st->rows.n) {
		if (st->filter.len) {
			tui_grid_printf(g, r.x + 1, y0, r.w - 2, TS_DIM, "no table matches '%s'",
					st->filter.buf);
			/* names are not all: the meaning search may know the table */
			tui_grid_put_trunc(g, r.x + 1, y0 + 1, r.w - 2, TS_INFO,
					   "Enter: search by meaning");
		} else
			tui_grid_put_trunc(g, r.x + 1, y0, r.w - 2, TS_DIM, "no tables: :analyze SOURCE");
		return;
	}
	tui_list_scroll(&st->list, h);
	for (i = 0; i < h && st->list.top + (size_t)i < st->rows.n; i++) {
		size_t k = st->list.top + (size_t)i;
		draw_row(p, g, &st->rows.v[k], r.x, y0 + i, r.w, k == st->list.sel, focused);
	}
}

/* ------------------------------------------------------------ input */

static void move(tui_pane *p, long d)
{
	tree_st *st = p->st;
	tui_list_move(&st->list, d);
	notify(p);
}

static void search_by_meaning(tui_pane *p);

/* Keys of the tree when it is not editing the filter. */
static bool tree_action(tui_pane *p, int act)
{
	tree_st *st = p->st;
	trow *r = st->list.sel < st->rows.n ? &st->rows.v[st->list.sel] : NULL;
	int page = st->last_h > 2 ? st->last_h - 1 : 1;
	switch (act) {
	case TA_UP:
		move(p, -1);
		return true;
	case TA_DOWN:
		move(p, 1);
		return true;
	case TA_PAGE_UP:
		move(p, -page);
		return true;
	case TA_PAGE_DOWN:
		move(p, page);
		return true;
	case TA_TOP:
		move(p, -(long)st->rows.n);
		return true;
	case TA_BOTTOM:
		move(p, (long)st->rows.n);
		return true;
	case TA_LEFT:
		if (!r)
			return true;
		if (r->kind == ROW_TABLE || (r->kind == ROW_SCHEMA && (st->filter.len ||
				      is_collapsed(st, r->db, r->sc)))) {
			/* go to the parent row */
			size_t i = st->list.sel;
			int want = r->kind == ROW_TABLE ? ROW_SCHEMA : ROW_DB;
			while (i > 0 && st->rows.v[i].kind != want)
				i--;
			tui_list_set(&st->list, i);
		} else if (!st->filter.len) {
			set_collapsed(st, r->db, r->kind == ROW_SCHEMA ? r->sc : NULL, true);
			rebuild(p);
		}
		return true;
	case TA_RIGHT:
	case TA_SELECT:
		if (!r && act == TA_SELECT && st->filter.len && p->app->cat)
			search_by_meaning(p);
		if (!r)
			return true;
		if (r->kind != ROW_TABLE) {
			bool col = is_collapsed(st, r->db, r->kind == ROW_SCHEMA ? r->sc : NULL);
			if (act == TA_SELECT || col) {
				set_collapsed(st, r->db, r->kind == ROW_SCHEMA ? r->sc : NULL, !col);
				rebuild(p);
			} else {
				move(p, 1);
			}
		} else if (act == TA_SELECT) {
			tui_app_focus(p->app, p->app->details);
		}
		return true;
	case TA_OPEN:
		if (r && r->kind == ROW_TABLE)
			tui_app_focus(p->app, p->app->graph);
		return true;
	case TA_FILTER:
		/* a new filter, as / starts a new search in vi */
		if (st->filter.len)
			tui_tree_set_filter(p, "");
		st->editing = true;
		return true;
	case TA_BACK:
		if (st->filter.len) {
			tui_tree_set_filter(p, "");
			return true;
		}
		return false;
	case TA_MARK_PATH:
		if (r && r->kind == ROW_TABLE) {
			char id[512];
			sx_table_id(r->t, id, sizeof id);
			tui_app_mark_path(p->app, id);
		} else {
			tui_app_msg(p->app, TS_WARN, "move to a table first, then press p");
		}
		return true;
	default:
		return false;
	}
}

/* No table name matches the filter: the text goes to the meaning search
 * (screen 2), and the tree shows every table again. */
static void search_by_meaning(tui_pane *p)
{
	tree_st *st = p->st;
	char q[sizeof st->filter.buf];
	snprintf(q, sizeof q, "%s", st->filter.buf);
	tui_tree_set_filter(p, "");
	st->editing = false;
	tui_app_focus(p->app, p->app->search);
	tui_search_set_query(p->app->search, q);
}

/* While the filter is edited, printable keys go to it; Up/Down still move so
 * one can filter and pick without leaving the line. */
static bool tree_key(tui_pane *p, int key)
{
	tree_st *st = p->st;
	bool handled;
	if (!st->editing)
		return false;
	switch (key) {
	case TK_ENTER:
	case TK_CJ:
		if (!st->rows.n && st->filter.len && p->app->cat)
			search_by_meaning(p);
		else
			st->editing = false;
		return true;
	case TK_ESC:
		tui_tree_set_filter(p, "");
		return true;
	case TK_UP:
		move(p, -1);
		return true;
	case TK_DOWN:
		move(p, 1);
		return true;
	case TK_TAB:
	case TK_BTAB:
		st->editing = false;
		return false; /* let focus move */
	default:
		break;
	}
	if (tui_input_key(&st->filter, key, &handled))
		rebuild(p);
	return handled;
}

static void tree_click(tui_pane *p, int x, int y)
{
	tree_st *st = p->st;
	(void)x;
	if (st->editing || st->filter.len)
		y--;
	if (y < 0)
		return;
	tui_list_set(&st->list, st->list.top + (size_t)y);
	notify(p);
}

static void tree_wheel(tui_pane *p, int dir)
{
	move(p, dir * 3);
}

static void tree_free(tui_pane *p)
{
	tree_st *st = p->st;
	size_t i;
	if (!st)
		return;
	SX_VEC_FREE(&st->rows);
	sx_hmap_free(st->collapsed);
	for (i = 0; i < st->keys.n; i++)
		free(st->keys.v[i]);
	SX_VEC_FREE(&st->keys);
	free(st);
}

static const int tree_help[] = {TA_UP,     TA_DOWN,   TA_LEFT,      TA_RIGHT,    TA_PAGE_UP,
				TA_PAGE_DOWN, TA_TOP, TA_BOTTOM,    TA_SELECT,   TA_OPEN,
				TA_FILTER, TA_BACK,   TA_MARK_PATH, TA_NONE};
static const char *const tree_help_text[] = {
	"while filtering: type to narrow, Up/Down move, Enter keeps, Esc clears",
	"no table name matches: Enter searches by meaning (screen 2) with the text",
	"rows show the row count (k = thousands, M = millions), or 'view'",
	NULL};

static const tui_pane_ops tree_ops = {
	.name = "catalog",
	.draw = tree_draw,
	.action = tree_action,
	.key = tree_key,
	.click = tree_click,
	.wheel = tree_wheel,
	.help = tree_help,
	.help_text = tree_help_text,
	.free = tree_free,
};

tui_pane *tui_pane_tree_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	tree_st *st = sx_calloc(1, sizeof *st);
	if (!p || !st || !(st->collapsed = sx_hmap_new(16))) {
		free(p);
		free(st);
		return NULL;
	}
	p->ops = &tree_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "Catalog");
	return p;
}
