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
 * The view centres the selected table when the graph does not fit and
 * scrolls to keep it visible; H J K L pan, f fits the whole graph, c
 * centres the selection again, b (or Backspace) goes back to the previous
 * centre. t shows the neighbourhood as a tree instead (k9s' xray): the
 * centre, then each neighbour indented under the table it was reached
 * from, with the direction of the key; the title offers it when the graph
 * is dense. UI thread only.
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
	bool panned;   /* H J K L moved the view: leave it where it is */
	bool fit;      /* f: the whole graph, not the selection, in the middle */
	char back[8][512]; /* previous centres, newest last (b) */
	int nback;
	bool tree;     /* t: the neighbours as a tree */
	SX_VEC(int) order; /* tree rows: node index, depth, direction (+1 ->, -1 <-) */
	size_t tree_top;
} graph_st;

#define DENSE_NODES 10 /* more than this: the title offers the tree */

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
	st->order.n = 0;
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
	st->panned = st->fit = false;
	st->order.n = 0; /* the tree is rebuilt at the next draw */
	st->tree_top = 0;
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
	snprintf(p->title, sizeof p->title, "%s %s  %d hop%s%s", st->tree ? "Tree" : "Graph",
		 dot ? dot + 1 : st->shown, st->hops, st->hops == 1 ? "" : "s",
		 st->loading                               ? "  …"
		 : !st->tree && st->nodes.n > DENSE_NODES ? "  t: tree"
							   : "");
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
	/* the whole graph when it fits, centred */
	if (b1 - b0 <= view)
		return b0 - (view - (b1 - b0)) / 2;
	/* else the focused table in the middle, even where that leaves
	 * space beyond the graph's edge: it never sits at the pane's rim */
	if (n1 - n0 + 2 <= view)
		return (n0 + n1) / 2 - view / 2;
	return n0; /* the node alone is wider than the view */
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

/* The tree of the neighbourhood: breadth first from the centre over the
 * drawn edges, each node once, under the node it was reached from. Rows
 * are (node, depth, direction) triples in st->order. */
static void build_tree(graph_st *st)
{
	SX_VEC(int) queue = {0};
	SX_VEC(int) parent = {0};
	size_t i, qi;
	int c = node_index(st, st->shown);
	st->order.n = 0;
	if (c < 0)
		c = 0;
	if (!st->nodes.n)
		return;
	for (i = 0; i < st->nodes.n; i++)
		SX_VEC_PUSH(&parent, -2); /* -2: not reached */
	parent.v[c] = -1;
	SX_VEC_PUSH(&queue, c);
	/* breadth first for the depths, then written depth first */
	for (qi = 0; qi < queue.n; qi++) {
		int u = queue.v[qi];
		for (i = 0; i < st->edges.n; i++) {
			const gedge *e = &st->edges.v[i];
			int v = e->from == u ? e->to : e->to == u ? e->from : -1;
			if (v < 0 || v >= (int)st->nodes.n || parent.v[v] != -2)
				continue;
			parent.v[v] = u;
			SX_VEC_PUSH(&queue, v);
		}
	}
	{
		/* depth-first output: a stack of (node, depth) */
		SX_VEC(int) stack = {0};
		SX_VEC_PUSH(&stack, c);
		SX_VEC_PUSH(&stack, 0);
		while (stack.n) {
			int depth = stack.v[--stack.n], u = stack.v[--stack.n], dir = 0;
			int pu = parent.v[u];
			size_t k;
			for (k = 0; pu >= 0 && k < st->edges.n; k++) {
				const gedge *e = &st->edges.v[k];
				if (e->from == pu && e->to == u)
					dir = 1; /* the parent row references this one */
				else if (e->from == u && e->to == pu && !dir)
					dir = -1;
			}
			SX_VEC_PUSH(&st->order, u);
			SX_VEC_PUSH(&st->order, depth);
			SX_VEC_PUSH(&st->order, dir);
			/* children in reverse so that they come out in node order */
			for (k = st->nodes.n; k-- > 0;)
				if (parent.v[k] == u) {
					SX_VEC_PUSH(&stack, (int)k);
					SX_VEC_PUSH(&stack, depth + 1);
				}
		}
		SX_VEC_FREE(&stack);
	}
	SX_VEC_FREE(&queue);
	SX_VEC_FREE(&parent);
}

/* The tree view: one row per table, indented by hops from the centre,
 * "→ t" when the table above references t, "← t" when t references it. */
static void draw_tree(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	graph_st *st = p->st;
	size_t rows, i, sel_row = 0;
	if (!st->order.n)
		build_tree(st);
	rows = st->order.n / 3;
	for (i = 0; i < rows; i++)
		if (st->order.v[3 * i] == st->sel)
			sel_row = i;
	if (sel_row < st->tree_top)
		st->tree_top = sel_row;
	if (sel_row >= st->tree_top + (size_t)r.h)
		st->tree_top = sel_row - (size_t)r.h + 1;
	for (i = st->tree_top; i < rows && (int)(i - st->tree_top) < r.h; i++) {
		int u = st->order.v[3 * i], depth = st->order.v[3 * i + 1], dir = st->order.v[3 * i + 2];
		const gnode *n = &st->nodes.v[u];
		int y = r.y + (int)(i - st->tree_top), x = r.x + 1 + 2 * depth;
		bool sel = u == st->sel;
		int style = sel ? (focused ? TS_SELECTED : TS_SELECTED_DIM)
		                : n->center ? TS_NODE_CENTER : TS_NORMAL;
		if (sel)
			tui_grid_fill(g, (tui_rect){r.x, y, r.w, 1}, ' ', style);
		if (x >= r.x + r.w - 2)
			x = r.x + r.w - 3;
		if (dir)
			x += tui_grid_put(g, x, y, r.x + r.w - x, sel ? style : TS_EDGE,
			                  dir > 0 ? "→ " : "← ");
		x += tui_grid_put_trunc(g, x, y, r.x + r.w - x, style, n->label);
		if (n->pii && x < r.x + r.w - 2)
			tui_grid_put(g, x + 1, y, 1, sel ? style : TS_PII, g->ascii ? "*" : "•");
	}
}

/* Moves the tree's selection by rows. */
static void tree_move(graph_st *st, long d)
{
	size_t rows = st->order.n / 3, i, cur = 0;
	long to;
	if (!rows)
		return;
	for (i = 0; i < rows; i++)
		if (st->order.v[3 * i] == st->sel)
			cur = i;
	to = (long)cur + d;
	to = to < 0 ? 0 : to >= (long)rows ? (long)rows - 1 : to;
	st->sel = st->order.v[3 * (size_t)to];
}

/* Re-centres on a table, remembering the centre left for b. */
static void recentre(tui_pane *p, const char *id)
{
	graph_st *st = p->st;
	if (st->shown[0] && strcmp(st->shown, id) != 0) {
		if (st->nback == (int)(sizeof st->back / sizeof st->back[0])) {
			memmove(st->back[0], st->back[1], sizeof st->back - sizeof st->back[0]);
			st->nback--;
		}
		snprintf(st->back[st->nback++], sizeof st->back[0], "%s", st->shown);
	}
	snprintf(st->want, sizeof st->want, "%s", id);
	request(p);
}

/* Edges first, boxes over them. The viewport shows the whole graph when it
 * fits, else follows the selected node. */
static void graph_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	graph_st *st = p->st;
	size_t i;
	int ox, oy;
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
		if (st->sel >= 0 && (size_t)st->sel < st->nodes.n && !st->fit) {
			const gnode *n = &st->nodes.v[st->sel];
			st->vx = fit_axis(bx0, bx1, n->x, n->x + n->w, r.w);
			st->vy = fit_axis(by0, by1, n->y, n->y + n->h, r.h);
		} else if (st->fit) {
			/* f: the middle of the whole graph */
			st->vx = (bx0 + bx1) / 2 - r.w / 2;
			st->vy = (by0 + by1) / 2 - r.h / 2;
		} else {
			st->vx = fit_axis(bx0, bx1, bx0, bx0, r.w);
			st->vy = fit_axis(by0, by1, by0, by0, r.h);
		}
		st->recenter = false;
		st->view_w = r.w;
		st->view_h = r.h;
	} else if (st->sel >= 0 && (size_t)st->sel < st->nodes.n && !st->panned) {
		/* keep the selected node inside the view */
		const gnode *n = &st->nodes.v[st->sel];
		if (n->x < st->vx || n->x + n->w > st->vx + r.w)
			st->vx = n->x + n->w / 2 - r.w / 2;
		if (n->y < st->vy || n->y + n->h > st->vy + r.h)
			st->vy = n->y + n->h / 2 - r.h / 2;
	}
	if (st->tree) {
		draw_tree(p, g, r, focused);
		return;
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
	if (st->tree && (act == TA_UP || act == TA_DOWN || act == TA_PAGE_UP || act == TA_PAGE_DOWN)) {
		int page = st->view_h > 2 ? st->view_h - 1 : 1;
		tree_move(st, act == TA_UP ? -1 : act == TA_DOWN ? 1 : act == TA_PAGE_UP ? -page : page);
		if (st->sel >= 0)
			tui_details_show(p->app->details, st->nodes.v[st->sel].id);
		return true;
	}
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
			char idb[512];
			snprintf(idb, sizeof idb, "%s", st->nodes.v[st->sel].id);
			recentre(p, idb);
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
	if (to >= 0) {
		st->sel = to;
		st->panned = st->fit = false;
	}
	id = st->sel >= 0 ? st->nodes.v[st->sel].id : NULL;
	if (id)
		tui_details_show(p->app->details, id);
	return true;
}

/* Keys that are the graph's own: H J K L pan by a quarter of the view, f
 * fits the whole graph, c centres the selection, b or Backspace goes back
 * to the previous centre, t switches between the graph and the tree. */
static bool graph_key(tui_pane *p, int key)
{
	graph_st *st = p->st;
	int qx = st->view_w > 8 ? st->view_w / 4 : 2, qy = st->view_h > 8 ? st->view_h / 4 : 2;
	switch (key) {
	case 'H':
	case 'L':
	case 'K':
	case 'J':
		if (st->tree || !st->nodes.n)
			return true;
		st->vx += key == 'H' ? -qx : key == 'L' ? qx : 0;
		st->vy += key == 'K' ? -qy : key == 'J' ? qy : 0;
		st->panned = true;
		return true;
	case 'f':
		st->fit = true;
		st->panned = false;
		st->recenter = true;
		return true;
	case 'c':
		st->fit = st->panned = false;
		st->recenter = true;
		return true;
	case 'b':
	case TK_BACKSPACE:
		if (!st->nback) {
			tui_app_msg(p->app, TS_INFO, "no earlier centre to go back to");
			return true;
		}
		snprintf(st->want, sizeof st->want, "%s", st->back[--st->nback]);
		request(p);
		return true;
	case 't':
		st->tree = !st->tree;
		st->order.n = 0;
		set_title(p);
		return true;
	default:
		return false;
	}
}

/* A click on a box selects it. */
static void graph_click(tui_pane *p, int x, int y)
{
	graph_st *st = p->st;
	size_t i;
	int gx = x + st->vx, gy = y + st->vy;
	if (st->tree) {
		size_t row = st->tree_top + (size_t)(y < 0 ? 0 : y);
		if (row < st->order.n / 3) {
			st->sel = st->order.v[3 * row];
			tui_details_show(p->app->details, st->nodes.v[st->sel].id);
		}
		return;
	}
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
	SX_VEC_FREE(&st->order);
	free(st);
}

static const int graph_help[] = {TA_LEFT,      TA_DOWN,      TA_UP,        TA_RIGHT, TA_SELECT,
				 TA_OPEN,      TA_HOPS_MORE, TA_HOPS_LESS, TA_MARK_PATH, TA_NONE};
static const char *const graph_help_text[] = {
	"solid lines: declared keys and accepted inferences; dashed, dim: undecided inferred ones",
	"arrows point at the referenced table; a bullet on a box marks PII",
	"H J K L pan, f fits the whole graph, c centres the selection",
	"b or Backspace: back to the previous centre; t: the neighbours as a tree",
	NULL};

static const tui_pane_ops graph_ops = {
	.name = "graph",
	.draw = graph_draw,
	.action = graph_action,
	.key = graph_key,
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
