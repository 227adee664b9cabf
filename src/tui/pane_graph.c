/*
 * pane_graph.c - the ER neighbourhood of the selected table, drawn with
 * box-drawing characters from the map's graph JSON (Graphviz layout,
 * already converted to character cells by the map module).
 *
 * The layout runs on a worker (sx_map_graph on the app's model, which the
 * job holds a reference to) and comes back as the map's JSON drawing
 * model, the same that `sextant graph TABLE --format json` prints:
 *   {"nodes": [{"id", "label", "x", "y", "w", "h", "pii", "center"}],
 *    "edges": [{"from", "to" (node indexes), "kind": "declared"|"inferred",
 *               "points": [[x, y], ...]}]}
 * with x to the right and y down, in cells. Declared edges are solid
 * lines, inferred ones dashed and dimmed until accepted (then solid: the
 * map's status, or "status": "accepted" in the JSON); an arrow marks the referenced
 * end. Nodes are boxes with the table name; PII tables carry a badge.
 * h j k l move to the nearest node in that direction, Enter re-centres
 * the graph on it (a new layout on a worker), + and - change the hops
 * (`:graph T --hops N --min-confidence X` sets both).
 * The view scrolls to keep the selected node visible. UI thread only.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

typedef struct {
	char *id, *label;
	int x, y, w, h;
	bool pii, center;
} gnode;

typedef struct {
	int from, to; /* node indexes, -1 unknown */
	bool inferred;
	SX_VEC(int) pts; /* x0 y0 x1 y1 ... */
} gedge;

typedef struct {
	SX_VEC(gnode) nodes;
	SX_VEC(gedge) edges;
	int sel;
	int hops;
	double min_confidence; /* relationships below are not drawn */
	int vx, vy;   /* viewport origin in graph cells */
	bool recenter; /* choose the viewport again at the next draw */
	int view_w, view_h;
	char want[512];
	char shown[512];
	int tag;
	bool loading;
	char error[256];
} graph_st;

/* Drops the drawn graph (nodes own their id and label). */
static void clear_graph(graph_st *st)
{
	size_t i;
	for (i = 0; i < st->nodes.n; i++) {
		free(st->nodes.v[i].id);
		free(st->nodes.v[i].label);
	}
	for (i = 0; i < st->edges.n; i++)
		SX_VEC_FREE(&st->edges.v[i].pts);
	st->nodes.n = 0;
	st->edges.n = 0;
	st->sel = -1;
}

static int node_index(graph_st *st, const char *id)
{
	size_t i;
	for (i = 0; id && i < st->nodes.n; i++)
		if (strcmp(st->nodes.v[i].id, id) == 0)
			return (int)i;
	return -1;
}

/* Reads the drawing model. Labels are sanitised: they are table names from
 * the database. */
int tui_graph_set_json(tui_pane *p, const cJSON *g, sx_error *err)
{
	graph_st *st = p->st;
	const cJSON *n, *e, *pt;
	const char *center = NULL;

	if (!cJSON_IsObject(g) || !cJSON_IsArray(cJSON_GetObjectItem(g, "nodes")))
		return sx_error_set(err, SX_EPARSE, "graph: no 'nodes' array in the map's answer");
	clear_graph(st);
	cJSON_ArrayForEach(n, cJSON_GetObjectItem(g, "nodes"))
	{
		gnode gn = {0};
		const char *id = sx_json_str(n, "id", NULL);
		if (!id)
			continue;
		gn.id = sx_strdup(id);
		gn.label = sx_sanitize(sx_json_str(n, "label", sx_json_str(n, "name", id)), false);
		gn.x = (int)sx_json_int(n, "x", 0);
		gn.y = (int)sx_json_int(n, "y", 0);
		gn.w = (int)sx_json_int(n, "w", sx_json_int(n, "width", 0));
		gn.h = (int)sx_json_int(n, "h", sx_json_int(n, "height", 3));
		gn.pii = sx_json_bool(n, "pii", false);
		gn.center = sx_json_bool(n, "center", false);
		if (gn.w < 4)
			gn.w = 4 + (gn.label ? tui_strwidth(gn.label, strlen(gn.label)) : 4);
		if (gn.h < 3)
			gn.h = 3;
		if (!gn.id || !gn.label || SX_VEC_PUSH(&st->nodes, gn)) {
			free(gn.id);
			free(gn.label);
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		}
		if (gn.center)
			center = gn.id;
	}
	cJSON_ArrayForEach(e, cJSON_GetObjectItem(g, "edges"))
	{
		gedge ge = {0};
		const cJSON *f = cJSON_GetObjectItem(e, "from"), *t = cJSON_GetObjectItem(e, "to");
		/* node indexes (the map's model) or node ids */
		ge.from = cJSON_IsNumber(f) ? (int)f->valuedouble : node_index(st, sx_json_str(e, "from", NULL));
		ge.to = cJSON_IsNumber(t) ? (int)t->valuedouble : node_index(st, sx_json_str(e, "to", NULL));
		if (ge.from >= (int)st->nodes.n || ge.to >= (int)st->nodes.n)
			ge.from = ge.to = -1;
		ge.inferred = strcmp(sx_json_str(e, "kind", "declared"), "declared") != 0;
		if (ge.inferred) {
			/* an accepted inference is a fact now: drawn solid like a key */
			const char *rid = sx_json_str(e, "relation", NULL);
			const sx_map_rel *mr = rid && p->app->map ? sx_dbmap_find_rel(p->app->map, rid) : NULL;
			if (strcmp(sx_json_str(e, "status", ""), "accepted") == 0 ||
			    (mr && mr->status == SX_STATUS_ACCEPTED))
				ge.inferred = false;
		}
		cJSON_ArrayForEach(pt, cJSON_GetObjectItem(e, "points"))
		{
			if (cJSON_GetArraySize(pt) < 2)
				continue;
			SX_VEC_PUSH(&ge.pts, (int)cJSON_GetArrayItem(pt, 0)->valuedouble);
			SX_VEC_PUSH(&ge.pts, (int)cJSON_GetArrayItem(pt, 1)->valuedouble);
		}
		if (SX_VEC_PUSH(&st->edges, ge))
			SX_VEC_FREE(&ge.pts);
	}
	if (!center)
		center = sx_json_str(g, "center", NULL);
	if (!center && st->want[0] && node_index(st, st->want) >= 0)
		center = st->want; /* the table the layout was asked for */
	st->sel = node_index(st, center);
	if (st->sel < 0 && st->nodes.n)
		st->sel = 0;
	if (center != st->shown)
		snprintf(st->shown, sizeof st->shown, "%s", center ? center : "");
	st->recenter = true;
	p->app->dirty = true;
	return 0;
}

/* ------------------------------------------------------------ fetching */

/* "Graph TABLE N hops", with a mark while a layout runs. */
static void set_title(tui_pane *p)
{
	graph_st *st = p->st;
	const char *dot = strrchr(st->shown, '.');
	if ((!p->app->map && !st->nodes.n) || !st->shown[0]) {
		snprintf(p->title, sizeof p->title, "Graph");
		return;
	}
	snprintf(p->title, sizeof p->title, "Graph %s  %d hop%s%s", dot ? dot + 1 : st->shown,
		 st->hops, st->hops == 1 ? "" : "s", st->loading ? "  …" : "");
}

struct graph_req {
	tui_model *model;
	char center[512];
	int hops;
	double min_confidence;
};

static void graph_req_free(void *p)
{
	struct graph_req *r = p;
	tui_model_unref(r->model);
	free(r);
}

static void json_free(void *p)
{
	cJSON_Delete(p);
}

/* Worker: lay out the neighbourhood with Graphviz. */
static int layout_fn(tui_job *j, void **payload, void (**pfree)(void *), sx_error *err)
{
	struct graph_req *r = j->fn_arg;
	sx_map_graph_opts o;
	sx_map_layout *lay = NULL;
	sx_table *t = NULL;
	int rc;
	if ((rc = sx_catalog_resolve(r->model->cat, r->center, &t, err)))
		return rc;
	sx_map_graph_opts_init(&o);
	o.hops = r->hops;
	o.min_confidence = r->min_confidence;
	if ((rc = sx_map_graph(r->model->map, NULL, t, &o, &lay, err)))
		return rc;
	*payload = sx_map_layout_to_json(lay);
	*pfree = json_free;
	sx_map_layout_free(lay);
	return *payload ? 0 : sx_error_set(err, SX_ENOMEM, "out of memory");
}

/* A layout arrived; an older request's answer is dropped (tags). */
static void got_graph(tui_app *app, tui_job *job, int rc, cJSON *res, void **payload,
		      const char *errmsg)
{
	tui_pane *p = job->udata;
	graph_st *st = p->st;
	sx_error err = {0};
	(void)res;
	if (job->tag != st->tag)
		return;
	st->loading = false;
	if (rc) {
		snprintf(st->error, sizeof st->error, "%s", errmsg);
		clear_graph(st);
	} else if (tui_graph_set_json(p, *payload, &err)) {
		snprintf(st->error, sizeof st->error, "%s", err.msg);
	} else {
		st->error[0] = 0;
	}
	set_title(p);
	app->dirty = true;
}

/* Lays out the neighbourhood of st->want on a worker; the job holds a
 * reference to the model it reads. */
static void request(tui_pane *p)
{
	graph_st *st = p->st;
	struct graph_req *r;
	sx_error err = {0};
	tui_job *j;
	if (!st->want[0] || !p->app->map)
		return;
	if (!(r = sx_calloc(1, sizeof *r)))
		return;
	r->model = tui_model_ref(p->app->model);
	snprintf(r->center, sizeof r->center, "%s", st->want);
	r->hops = st->hops;
	r->min_confidence = st->min_confidence;
	st->tag++;
	if (tui_job_start_fn(p->app, "graph layout", layout_fn, r, graph_req_free, false, got_graph,
			     p, &j, &err)) {
		snprintf(st->error, sizeof st->error, "%s", err.msg);
		return;
	}
	j->tag = st->tag;
	st->loading = true;
	set_title(p);
}

void tui_graph_refresh(tui_pane *p)
{
	graph_st *st = p->st;
	if (!st->want[0]) {
		sx_table *t = tui_app_selected_table(p->app);
		if (t)
			sx_table_id(t, st->want, sizeof st->want);
	}
	request(p);
}

/* :graph --hops N --min-confidence X. Unlike + and -, --hops is not held
 * to 6: it was asked for by number. */
void tui_graph_set_view(tui_pane *p, int hops, double min_confidence)
{
	graph_st *st = p->st;
	sx_table *t = tui_app_selected_table(p->app);
	if (hops > 0)
		st->hops = hops;
	if (min_confidence >= 0)
		st->min_confidence = min_confidence;
	/* the selection (which :graph TABLE has just moved) is the centre */
	if (t)
		sx_table_id(t, st->want, sizeof st->want);
	request(p);
	set_title(p);
}

int tui_graph_hops(const tui_pane *p)
{
	return ((const graph_st *)p->st)->hops;
}

void tui_graph_set_hops(tui_pane *p, int hops)
{
	graph_st *st = p->st;
	if (hops >= 1 && hops <= 6)
		st->hops = hops;
	set_title(p);
}

/* Asked by the app after the tree's selection rests; a request already made
 * for that table is not repeated. */
void tui_graph_center(tui_pane *p, const char *table_id)
{
	graph_st *st = p->st;
	if (!table_id || (strcmp(st->want, table_id) == 0 && (st->loading || st->nodes.n)))
		return;
	snprintf(st->want, sizeof st->want, "%s", table_id);
	if (!st->shown[0])
		snprintf(st->shown, sizeof st->shown, "%s", table_id);
	request(p);
	set_title(p);
}

/* ------------------------------------------------------------ drawing */

/* A line cell inside the pane; crossing straight lines become a cross. */
static void put(tui_grid *g, tui_rect r, int x, int y, uint32_t ch, int style)
{
	tui_cell *c;
	if (x < r.x || y < r.y || x >= r.x + r.w || y >= r.y + r.h)
		return;
	if ((c = tui_grid_at(g, x, y)) == NULL)
		return;
	/* crossing lines meet in a cross */
	if ((c->ch == tui_line_char(g, TUI_LH) && ch == tui_line_char(g, TUI_LV)) ||
	    (c->ch == tui_line_char(g, TUI_LV) && ch == tui_line_char(g, TUI_LH)))
		ch = tui_line_char(g, TUI_LCROSS);
	c->ch = ch;
	c->style = (uint8_t)style;
	c->flags = 0;
}

/* Whether a graph cell is inside a box (edges are not drawn there). */
static bool in_node(const graph_st *st, int x, int y)
{
	size_t i;
	for (i = 0; i < st->nodes.n; i++) {
		const gnode *n = &st->nodes.v[i];
		if (x >= n->x && x < n->x + n->w && y >= n->y && y < n->y + n->h)
			return true;
	}
	return false;
}

/* The character for a cell entered moving (ix, iy) and left moving
 * (ox, oy): a straight piece or a corner. */
static uint32_t piece(tui_grid *g, bool dashed, int ix, int iy, int ox, int oy)
{
	if (ix == ox && iy == oy)
		return tui_line_char(g, ix ? (dashed ? TUI_LDH : TUI_LH) : (dashed ? TUI_LDV : TUI_LV));
	if ((ix > 0 && oy > 0) || (iy < 0 && ox < 0))
		return tui_line_char(g, TUI_LTR);
	if ((ix > 0 && oy < 0) || (iy > 0 && ox < 0))
		return tui_line_char(g, TUI_LBR);
	if ((ix < 0 && oy > 0) || (iy < 0 && ox > 0))
		return tui_line_char(g, TUI_LTL);
	return tui_line_char(g, TUI_LBL);
}

/* Edges are routed orthogonally between the points of the map's
 * polyline (horizontal first, then vertical), never through a box, with
 * an arrowhead on the last free cell before the referenced table. */
/* The viewport origin along one axis: the whole graph [b0, b1) centred when
 * it fits; else as much of it as the view holds around its middle, shifted
 * just enough to keep the selected node [n0, n1) inside with a margin. A
 * neighbourhood laid out left to right then shows the table and its
 * neighbours, not the table alone in the middle of an empty pane. */
static int fit_axis(int b0, int b1, int n0, int n1, int view)
{
	int v;
	if (b1 - b0 <= view)
		return b0 - (view - (b1 - b0)) / 2;
	v = (b0 + b1) / 2 - view / 2;
	if (v + view > b1)
		v = b1 - view;
	if (v < b0)
		v = b0;
	if (n1 - n0 + 2 <= view) {
		if (n0 - 1 < v)
			v = n0 - 1;
		if (n1 + 1 > v + view)
			v = n1 + 1 - view;
	} else {
		v = n0; /* the node alone is wider than the view */
	}
	return v;
}

static void draw_edge(graph_st *st, tui_grid *g, tui_rect r, const gedge *e, int ox, int oy)
{
	int style = e->inferred ? TS_EDGE_INFERRED : TS_EDGE;
	SX_VEC(int) cells = {0};
	size_t i, n = e->pts.n / 2, k;
	int lastx = 0, lasty = 0, lastdx = 0, lastdy = 0;
	bool have_last = false;

	if (n < 2)
		return;
	SX_VEC_PUSH(&cells, e->pts.v[0]);
	SX_VEC_PUSH(&cells, e->pts.v[1]);
	for (i = 0; i + 1 < n; i++) {
		int x = e->pts.v[2 * i], y = e->pts.v[2 * i + 1];
		int x1 = e->pts.v[2 * i + 2], y1 = e->pts.v[2 * i + 3];
		while (x != x1) {
			x += x < x1 ? 1 : -1;
			SX_VEC_PUSH(&cells, x);
			SX_VEC_PUSH(&cells, y);
		}
		while (y != y1) {
			y += y < y1 ? 1 : -1;
			SX_VEC_PUSH(&cells, x);
			SX_VEC_PUSH(&cells, y);
		}
	}
	for (k = 0; k < cells.n / 2; k++) {
		int x = cells.v[2 * k], y = cells.v[2 * k + 1];
		int ix = 0, iy = 0, dx = 0, dy = 0;
		if (k > 0) {
			ix = x - cells.v[2 * k - 2];
			iy = y - cells.v[2 * k - 1];
		}
		if (2 * k + 3 < cells.n) {
			dx = cells.v[2 * k + 2] - x;
			dy = cells.v[2 * k + 3] - y;
		}
		if (!ix && !iy) {
			ix = dx;
			iy = dy;
		}
		if (!dx && !dy) {
			dx = ix;
			dy = iy;
		}
		if (!ix && !iy)
			continue;
		if (in_node(st, x, y))
			continue;
		put(g, r, x + ox, y + oy, piece(g, e->inferred, ix, iy, dx, dy), style);
		lastx = x;
		lasty = y;
		lastdx = dx;
		lastdy = dy;
		have_last = true;
	}
	if (have_last) {
		int which = lastdx > 0 ? TUI_LARROW_R : lastdx < 0 ? TUI_LARROW_L
			    : lastdy > 0 ? TUI_LARROW_D : TUI_LARROW_U;
		put(g, r, lastx + ox, lasty + oy, tui_line_char(g, which), style);
	}
	SX_VEC_FREE(&cells);
}

/* A box with the centred label, clipped to the pane; the PII badge sits on
 * its top border. */
static void draw_node(tui_grid *g, tui_rect r, const gnode *n, int ox, int oy, bool sel)
{
	tui_rect box = {n->x + ox, n->y + oy, n->w, n->h};
	int style = sel ? TS_NODE_SELECTED : n->center ? TS_NODE_CENTER : TS_NODE;
	int x, y, lw, lx;
	/* clip the box to the pane by hand: the grid clips to the screen only */
	for (y = box.y; y < box.y + box.h; y++)
		for (x = box.x; x < box.x + box.w; x++) {
			uint32_t ch = ' ';
			if (y == box.y || y == box.y + box.h - 1)
				ch = tui_line_char(g, TUI_LH);
			if (x == box.x || x == box.x + box.w - 1)
				ch = tui_line_char(g, TUI_LV);
			if (x == box.x && y == box.y)
				ch = tui_line_char(g, TUI_LTL);
			if (x == box.x + box.w - 1 && y == box.y)
				ch = tui_line_char(g, TUI_LTR);
			if (x == box.x && y == box.y + box.h - 1)
				ch = tui_line_char(g, TUI_LBL);
			if (x == box.x + box.w - 1 && y == box.y + box.h - 1)
				ch = tui_line_char(g, TUI_LBR);
			if (x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h) {
				tui_cell *c = tui_grid_at(g, x, y);
				if (c) {
					c->ch = ch;
					c->style = (uint8_t)style;
					c->flags = 0;
				}
			}
		}
	y = box.y + box.h / 2;
	if (y < r.y || y >= r.y + r.h)
		return;
	lw = tui_strwidth(n->label, strlen(n->label));
	lx = box.x + 1 + (box.w - 2 - lw) / 2;
	if (lx < box.x + 1)
		lx = box.x + 1;
	{
		int from = lx < r.x ? r.x : lx;
		int maxw = box.x + box.w - 1 - from;
		if (from + maxw > r.x + r.w)
			maxw = r.x + r.w - from;
		if (maxw > 0 && from == lx)
			tui_grid_put_trunc(g, from, y, maxw, style, n->label);
	}
	if (n->pii) {
		int bx = box.x + box.w - 2;
		if (bx >= r.x && bx < r.x + r.w && box.y >= r.y && box.y < r.y + r.h) {
			tui_cell *c = tui_grid_at(g, bx, box.y);
			if (c) {
				c->ch = tui_line_char(g, TUI_LBULLET);
				c->style = TS_PII;
			}
		}
	}
}

/* Edges first, boxes over them. The viewport shows the whole graph when it
 * fits, else follows the selected node. */
static void graph_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	graph_st *st = p->st;
	size_t i;
	int ox, oy;
	(void)focused;
	set_title(p);
	if (!p->app->map && !st->nodes.n) {
		tui_grid_put_trunc(g, r.x + 1, r.y, r.w - 2, TS_DIM,
				   p->app->cat ? "this workspace has no map: analyse the source again"
					       : "loading…");
		return;
	}
	if (st->error[0] && !st->nodes.n) {
		tui_grid_put_trunc(g, r.x + 1, r.y, r.w - 2, TS_ERROR, st->error);
		return;
	}
	if (!st->nodes.n) {
		tui_grid_put_trunc(g, r.x + 1, r.y, r.w - 2, TS_DIM,
				   st->loading ? "laying out…" : "select a table");
		return;
	}
	if (st->recenter || r.w != st->view_w || r.h != st->view_h) {
		/* a new graph or a new pane size: the whole graph when it fits,
		 * else the selected node in the middle */
		int bx0 = 0, by0 = 0, bx1 = 0, by1 = 0;
		size_t k;
		for (i = 0; i < st->nodes.n; i++) {
			const gnode *n = &st->nodes.v[i];
			if (!i || n->x < bx0)
				bx0 = n->x;
			if (!i || n->y < by0)
				by0 = n->y;
			if (!i || n->x + n->w > bx1)
				bx1 = n->x + n->w;
			if (!i || n->y + n->h > by1)
				by1 = n->y + n->h;
		}
		for (i = 0; i < st->edges.n; i++)
			for (k = 0; k + 1 < st->edges.v[i].pts.n; k += 2) {
				int px = st->edges.v[i].pts.v[k], py = st->edges.v[i].pts.v[k + 1];
				bx0 = px < bx0 ? px : bx0;
				by0 = py < by0 ? py : by0;
				bx1 = px + 1 > bx1 ? px + 1 : bx1;
				by1 = py + 1 > by1 ? py + 1 : by1;
			}
		if (st->sel >= 0 && (size_t)st->sel < st->nodes.n) {
			const gnode *n = &st->nodes.v[st->sel];
			st->vx = fit_axis(bx0, bx1, n->x, n->x + n->w, r.w);
			st->vy = fit_axis(by0, by1, n->y, n->y + n->h, r.h);
		} else {
			st->vx = fit_axis(bx0, bx1, bx0, bx0, r.w);
			st->vy = fit_axis(by0, by1, by0, by0, r.h);
		}
		st->recenter = false;
		st->view_w = r.w;
		st->view_h = r.h;
	} else if (st->sel >= 0 && (size_t)st->sel < st->nodes.n) {
		/* keep the selected node inside the view */
		const gnode *n = &st->nodes.v[st->sel];
		if (n->x < st->vx || n->x + n->w > st->vx + r.w)
			st->vx = n->x + n->w / 2 - r.w / 2;
		if (n->y < st->vy || n->y + n->h > st->vy + r.h)
			st->vy = n->y + n->h / 2 - r.h / 2;
	}
	ox = r.x - st->vx;
	oy = r.y - st->vy;
	for (i = 0; i < st->edges.n; i++)
		draw_edge(st, g, r, &st->edges.v[i], ox, oy);
	for (i = 0; i < st->nodes.n; i++)
		draw_node(g, r, &st->nodes.v[i], ox, oy, (int)i == st->sel);
}

/* The nearest node in a direction: distance along it, with sideways
 * offset weighted double so "right" means mostly right. */
static int nearest(graph_st *st, int dx, int dy)
{
	const gnode *s;
	int best = -1;
	double bd = 0;
	size_t i;
	if (st->sel < 0)
		return st->nodes.n ? 0 : -1;
	s = &st->nodes.v[st->sel];
	for (i = 0; i < st->nodes.n; i++) {
		const gnode *n = &st->nodes.v[i];
		double cx = (n->x + n->w / 2.0) - (s->x + s->w / 2.0);
		double cy = ((n->y + n->h / 2.0) - (s->y + s->h / 2.0)) * 2.0; /* cells are tall */
		double along = cx * dx + cy * dy, side = fabs(cx * dy) + fabs(cy * dx), d;
		if ((int)i == st->sel || along <= 0)
			continue;
		d = along + 2 * side;
		if (best < 0 || d < bd) {
			best = (int)i;
			bd = d;
		}
	}
	return best;
}

/* Keys of the graph: moving between boxes shows their details without
 * another layout; Enter asks for one. */
static bool graph_action(tui_pane *p, int act)
{
	graph_st *st = p->st;
	int to = -1;
	const char *id;
	switch (act) {
	case TA_LEFT:
		to = nearest(st, -1, 0);
		break;
	case TA_RIGHT:
		to = nearest(st, 1, 0);
		break;
	case TA_UP:
		to = nearest(st, 0, -1);
		break;
	case TA_DOWN:
		to = nearest(st, 0, 1);
		break;
	case TA_SELECT:
		if (st->sel >= 0) {
			snprintf(st->want, sizeof st->want, "%s", st->nodes.v[st->sel].id);
			request(p);
		}
		return true;
	case TA_OPEN:
		if (st->sel >= 0) {
			char idb[512];
			snprintf(idb, sizeof idb, "%s", st->nodes.v[st->sel].id);
			tui_app_goto_table(p->app, idb);
			tui_app_focus(p->app, p->app->details);
		}
		return true;
	case TA_HOPS_MORE:
	case TA_HOPS_LESS:
		st->hops += act == TA_HOPS_MORE ? 1 : -1;
		st->hops = st->hops < 1 ? 1 : st->hops > 6 ? 6 : st->hops;
		if (st->shown[0])
			snprintf(st->want, sizeof st->want, "%s", st->shown);
		request(p);
		set_title(p);
		return true;
	case TA_MARK_PATH:
		if (st->sel >= 0) {
			char idb[512];
			snprintf(idb, sizeof idb, "%s", st->nodes.v[st->sel].id);
			tui_app_mark_path(p->app, idb);
		}
		return true;
	default:
		return false;
	}
	if (to >= 0)
		st->sel = to;
	id = st->sel >= 0 ? st->nodes.v[st->sel].id : NULL;
	if (id)
		tui_details_show(p->app->details, id);
	return true;
}

/* A click on a box selects it. */
static void graph_click(tui_pane *p, int x, int y)
{
	graph_st *st = p->st;
	size_t i;
	int gx = x + st->vx, gy = y + st->vy;
	for (i = 0; i < st->nodes.n; i++) {
		const gnode *n = &st->nodes.v[i];
		if (gx >= n->x && gx < n->x + n->w && gy >= n->y && gy < n->y + n->h) {
			st->sel = (int)i;
			tui_details_show(p->app->details, n->id);
			return;
		}
	}
}

static void graph_free(tui_pane *p)
{
	graph_st *st = p->st;
	if (!st)
		return;
	clear_graph(st);
	SX_VEC_FREE(&st->nodes);
	SX_VEC_FREE(&st->edges);
	free(st);
}

static const int graph_help[] = {TA_LEFT,      TA_DOWN,      TA_UP,        TA_RIGHT, TA_SELECT,
				 TA_OPEN,      TA_HOPS_MORE, TA_HOPS_LESS, TA_MARK_PATH, TA_NONE};
static const char *const graph_help_text[] = {
	"solid lines: declared keys and accepted inferences; dashed, dim: undecided inferred ones",
	"arrows point at the referenced table; a bullet on a box marks PII",
	NULL};

static const tui_pane_ops graph_ops = {
	.name = "graph",
	.draw = graph_draw,
	.action = graph_action,
	.click = graph_click,
	.help = graph_help,
	.help_text = graph_help_text,
	.free = graph_free,
};

tui_pane *tui_pane_graph_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	graph_st *st = sx_calloc(1, sizeof *st);
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	st->sel = -1;
	st->hops = (int)sx_config_get_int(app->cfg, "ui", "graph_hops", 1);
	if (st->hops < 1 || st->hops > 6)
		st->hops = 1;
	{
		sx_map_graph_opts d;
		sx_map_graph_opts_init(&d);
		st->min_confidence = d.min_confidence;
	}
	p->ops = &graph_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "Graph");
	return p;
}
