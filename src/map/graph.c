/*
 * graph.c - the ER graph: neighbourhood selection, Graphviz layout, the
 * character-cell drawing model (sx_map_layout) that the TUI renders, and
 * DOT/SVG/PNG export.
 *
 * Layout: boxes are sized in cells (one cell = 0.1 in wide, 0.2 in tall,
 * the usual 1:2 terminal aspect), laid out by Graphviz (dot up to 300
 * nodes, sfdp beyond; rankdir=LR, polyline edges), and positions are read
 * back from ND_coord / ED_spl / GD_bb and mapped to cells with y flipped.
 *
 * Graphviz is not thread-safe: one process-wide context created on first
 * use, and a mutex around every layout.
 */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "map_int.h"

#define CELL_W 7.2  /* points per cell horizontally (0.1 in) */
#define CELL_H 14.4 /* points per cell vertically (0.2 in) */
#define BOX_H 3     /* a box: border, label, border */
#define DOT_MAX 300

static pthread_mutex_t gv_lock = PTHREAD_MUTEX_INITIALIZER;
static GVC_t *gv_ctx;

static bool edge_shown(const sx_map_rel *r, const sx_map_graph_opts *o)
{
	if (r->via.t || !r->from.t || !r->to.t)
		return false;
	if (r->status == SX_STATUS_REJECTED && !o->include_rejected)
		return false;
	return r->status == SX_STATUS_ACCEPTED || r->confidence + 1e-9 >= o->min_confidence;
}

/* The tables in scope, nearest first, with their depth. */
struct scope {
	SX_VEC(const sx_table *) t;
	SX_VEC(int) depth;
	sx__ptrmap idx; /* table -> index + 1 */
};

static int scope_add(struct scope *s, const sx_table *t, int d)
{
	if (sx__ptrmap_get(&s->idx, t))
		return 0;
	if (SX_VEC_PUSH(&s->t, t) || SX_VEC_PUSH(&s->depth, d) ||
	    sx__ptrmap_put(&s->idx, t, (void *)(uintptr_t)s->t.n))
		return SX_ENOMEM;
	return 0;
}

static void scope_release(struct scope *s)
{
	SX_VEC_FREE(&s->t);
	SX_VEC_FREE(&s->depth);
	sx__ptrmap_release(&s->idx);
}

static int build_scope(const sx_dbmap *m, const sx_database *db, const sx_table *center,
		       const sx_map_graph_opts *o, struct scope *sc, sx_error *err)
{
	size_t head = 0, i, s, t;
	if (center) {
		if (scope_add(sc, center, 0))
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		while (head < sc->t.n && sc->t.n < o->max_nodes) {
			const sx_table *x = sc->t.v[head];
			int d = sc->depth.v[head++];
			sx__node *nd = sx__node_of(m, x);
			if (d >= o->hops || !nd)
				continue;
			for (i = 0; i < nd->rels.n && sc->t.n < o->max_nodes; i++) {
				const sx_map_rel *r = m->rels.v[nd->rels.v[i]];
				const sx_table *y = r->from.t == x ? r->to.t : r->from.t;
				if (!edge_shown(r, o) || !y)
					continue;
				if (scope_add(sc, y, d + 1))
					return sx_error_set(err, SX_ENOMEM, "out of memory");
			}
		}
		return 0;
	}
	if (!db) {
		if (m->cat->ndbs != 1)
			return sx_error_set(err, SX_EINVAL,
					    "the workspace holds %zu databases: name a table or "
					    "--database",
					    m->cat->ndbs);
		db = m->cat->dbs[0];
	}
	if (sx_database_table_count(db) == 0)
		return sx_error_set(err, SX_EEMPTY, "database '%s' has no tables", db->name);
	if (sx_database_table_count(db) > o->max_nodes)
		return sx_error_set(err, SX_EINVAL,
				    "database '%s' has %zu tables, more than %zu: name a table to "
				    "draw its neighbourhood, or raise --max-nodes",
				    db->name, sx_database_table_count(db), o->max_nodes);
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++)
			if (scope_add(sc, db->schemas[s]->tables[t], 0))
				return sx_error_set(err, SX_ENOMEM, "out of memory");
	return 0;
}

static const char *node_label(sx_arena *a, const sx_table *t)
{
	const char *s = t->schema->name;
	if (!s || !strcmp(s, "main") || !strcmp(s, "public") || !s[0])
		return sx_arena_strdup(a, t->name);
	return sx_arena_printf(a, "%s.%s", s, t->name);
}

static bool table_has_pii(const sx_dbmap *m, const sx_table *t)
{
	const sx_map_table *mt = sx_dbmap_table(m, t);
	return mt && mt->ncols > 0;
}

/* Builds the cgraph for the scope. names[i] is node i's graphviz name. */
static Agraph_t *make_graph(const sx_dbmap *m, const struct scope *sc, const sx_map_graph_opts *o,
			    sx_arena *a, const char ***labels, Agnode_t ***nodes)
{
	Agraph_t *g = agopen("er", Agdirected, NULL);
	size_t i, j;
	char name[32], buf[64];
	if (!g)
		return NULL;
	agattr(g, AGRAPH, "rankdir", "LR");
	agattr(g, AGRAPH, "splines", "polyline");
	agattr(g, AGRAPH, "nodesep", "0.25");
	agattr(g, AGRAPH, "ranksep", "0.6");
	agattr(g, AGRAPH, "overlap", "false");
	agattr(g, AGNODE, "shape", "box");
	agattr(g, AGNODE, "fixedsize", "true");
	agattr(g, AGNODE, "fontname", "Helvetica");
	agattr(g, AGNODE, "fontsize", "10");
	agattr(g, AGNODE, "width", "1");
	agattr(g, AGNODE, "height", "0.6");
	agattr(g, AGNODE, "label", "\\N");
	agattr(g, AGNODE, "style", "");
	agattr(g, AGNODE, "fillcolor", "");
	agattr(g, AGNODE, "penwidth", "1");
	agattr(g, AGEDGE, "style", "");
	agattr(g, AGEDGE, "color", "");
	agattr(g, AGEDGE, "arrowhead", "normal");
	agattr(g, AGEDGE, "tooltip", "");
	*labels = sx_arena_alloc(a, (sc->t.n ? sc->t.n : 1) * sizeof **labels);
	*nodes = sx_arena_alloc(a, (sc->t.n ? sc->t.n : 1) * sizeof **nodes);
	if (!*labels || !*nodes) {
		agclose(g);
		return NULL;
	}
	for (i = 0; i < sc->t.n; i++) {
		const sx_table *t = sc->t.v[i];
		const char *label = node_label(a, t);
		bool pii = table_has_pii(m, t);
		size_t w = sx_utf8_width(label) + 4 + (pii ? 6 : 0);
		Agnode_t *n;
		snprintf(name, sizeof name, "n%zu", i);
		n = agnode(g, name, 1);
		(*labels)[i] = label;
		(*nodes)[i] = n;
		snprintf(buf, sizeof buf, "%.2f", (double)w * CELL_W / 72.0);
		agset(n, "width", buf);
		snprintf(buf, sizeof buf, "%.2f", BOX_H * CELL_H / 72.0);
		agset(n, "height", buf);
		agset(n, "label", pii ? sx_arena_printf(a, "%s [PII]", label) : (char *)label);
		if (pii) {
			agset(n, "style", "filled");
			agset(n, "fillcolor", "#ffe4e1");
		}
		if (sc->depth.v[i] == 0 && sc->t.n > 1 && o->hops > 0)
			agset(n, "penwidth", "2");
	}
	for (j = 0; j < sc->t.n; j++) {
		sx__node *nd = sx__node_of(m, sc->t.v[j]);
		size_t q;
		for (q = 0; nd && q < nd->rels.n; q++) {
			const sx_map_rel *r;
			size_t u, v;
			Agedge_t *e;
			i = nd->rels.v[q];
			r = m->rels.v[i];
			/* Each edge once, from its child's node. */
			if (r->from.t != sc->t.v[j] || !edge_shown(r, o))
				continue;
			u = (size_t)(uintptr_t)sx__ptrmap_get(&sc->idx, r->from.t);
			v = (size_t)(uintptr_t)sx__ptrmap_get(&sc->idx, r->to.t);
			if (!u || !v)
				continue;
			snprintf(name, sizeof name, "e%zu", i);
			e = agedge(g, (*nodes)[u - 1], (*nodes)[v - 1], name, 1);
			if (!e)
				continue;
			agset(e, "tooltip", (char *)r->id);
			if (r->kind == SX_RELK_INFERRED) {
				agset(e, "style", "dashed");
				agset(e, "color", "#1f6fb2");
			}
		}
	}
	return g;
}

static GVC_t *context(void)
{
	if (!gv_ctx)
		gv_ctx = gvContext();
	return gv_ctx;
}

static const char *pick_engine(const sx_map_graph_opts *o, size_t n)
{
	if (o->engine && (!strcmp(o->engine, "dot") || !strcmp(o->engine, "sfdp")))
		return o->engine;
	return n <= DOT_MAX ? "dot" : "sfdp";
}

/* ------------------------------------------------------------ cells */

struct xform {
	double llx, ury;
};

static int cx(const struct xform *x, double px)
{
	return (int)floor((px - x->llx) / CELL_W + 0.5) + 1;
}

static int cy(const struct xform *x, double py)
{
	return (int)floor((x->ury - py) / CELL_H + 0.5) + 1;
}

static int push_point(sx_map_gpoint *pts, size_t *n, size_t cap, int x, int y)
{
	if (*n && pts[*n - 1].x == x && pts[*n - 1].y == y)
		return 0;
	/* Drop the middle of three collinear points. */
	if (*n >= 2) {
		sx_map_gpoint a = pts[*n - 2], b = pts[*n - 1];
		if ((long)(b.x - a.x) * (y - b.y) == (long)(b.y - a.y) * (x - b.x)) {
			pts[*n - 1].x = x;
			pts[*n - 1].y = y;
			return 0;
		}
	}
	if (*n >= cap)
		return SX_ENOMEM;
	pts[*n].x = x;
	pts[*n].y = y;
	(*n)++;
	return 0;
}

static pointf bez(const pointf *p, double t)
{
	double u = 1 - t;
	pointf r;
	r.x = u * u * u * p[0].x + 3 * u * u * t * p[1].x + 3 * u * t * t * p[2].x + t * t * t * p[3].x;
	r.y = u * u * u * p[0].y + 3 * u * u * t * p[1].y + 3 * u * t * t * p[2].y + t * t * t * p[3].y;
	return r;
}

/* The point where the segment from the centre of box b towards (x, y)
 * leaves the box, for straight edges of sfdp. */
static sx_map_gpoint box_exit(const sx_map_gnode *b, int x, int y)
{
	double mx = b->x + (b->w - 1) / 2.0, my = b->y + (b->h - 1) / 2.0;
	double dx = x - mx, dy = y - my, tx = 1e9, ty = 1e9, t;
	sx_map_gpoint p;
	if (dx != 0)
		tx = ((b->w - 1) / 2.0) / fabs(dx);
	if (dy != 0)
		ty = ((b->h - 1) / 2.0) / fabs(dy);
	t = tx < ty ? tx : ty;
	if (t > 1)
		t = 1;
	p.x = (int)floor(mx + dx * t + 0.5);
	p.y = (int)floor(my + dy * t + 0.5);
	return p;
}

static int read_layout(Agraph_t *g, const sx_dbmap *m, const struct scope *sc,
		       const sx_map_graph_opts *o, const char **labels, Agnode_t **nodes,
		       sx_map_layout *l)
{
	struct xform x;
	boxf bb = GD_bb(g);
	size_t i, ne = 0;
	Agnode_t *n;
	Agedge_t *e;
	int maxx = 0, maxy = 0;

	x.llx = bb.LL.x;
	x.ury = bb.UR.y;
	l->nnodes = sc->t.n;
	l->nodes = sx_arena_alloc(l->arena, (sc->t.n ? sc->t.n : 1) * sizeof *l->nodes);
	if (!l->nodes)
		return SX_ENOMEM;
	for (i = 0; i < sc->t.n; i++) {
		sx_map_gnode *gn = &l->nodes[i];
		const sx_map_table *mt = sx_dbmap_table(m, sc->t.v[i]);
		pointf c = ND_coord(nodes[i]);
		bool pii = mt && mt->ncols > 0;
		gn->table = sc->t.v[i];
		gn->label = labels[i];
		gn->w = (int)sx_utf8_width(labels[i]) + 4 + (pii ? 6 : 0);
		gn->h = BOX_H;
		gn->x = cx(&x, c.x) - gn->w / 2;
		gn->y = cy(&x, c.y) - gn->h / 2;
		if (gn->x < 0)
			gn->x = 0;
		if (gn->y < 0)
			gn->y = 0;
		gn->center = sc->depth.v[i] == 0 && o->hops > 0 && sc->t.n != 1 ? true : false;
		gn->pii = pii;
		gn->domain = mt ? mt->domain : SX_DOMAIN_OTHER;
		gn->depth = sc->depth.v[i];
		if (gn->x + gn->w > maxx)
			maxx = gn->x + gn->w;
		if (gn->y + gn->h > maxy)
			maxy = gn->y + gn->h;
	}
	for (n = agfstnode(g); n; n = agnxtnode(g, n))
		for (e = agfstout(g, n); e; e = agnxtout(g, e))
			ne++;
	l->edges = sx_arena_alloc(l->arena, (ne ? ne : 1) * sizeof *l->edges);
	if (!l->edges)
		return SX_ENOMEM;
	l->nedges = 0;
	for (i = 0; i < sc->t.n; i++)
		for (e = agfstout(g, nodes[i]); e; e = agnxtout(g, e)) {
			sx_map_gedge *ge = &l->edges[l->nedges];
			const char *nm = agnameof(e);
			size_t ri = nm && nm[0] == 'e' ? (size_t)strtoul(nm + 1, NULL, 10) : 0, cap;
			size_t head = (size_t)(uintptr_t)sx__ptrmap_get(&sc->idx, m->rels.v[ri]->to.t);
			splines *sp = ED_spl(e);
			ge->rel = m->rels.v[ri];
			ge->from = i;
			ge->to = head ? head - 1 : i;
			ge->declared = ge->rel->kind == SX_RELK_DECLARED;
			cap = 4;
			if (sp)
				for (size_t b = 0; b < (size_t)sp->size; b++)
					cap += (size_t)sp->list[b].size * 2 + 4;
			ge->points = sx_arena_alloc(l->arena, cap * sizeof *ge->points);
			if (!ge->points)
				return SX_ENOMEM;
			ge->npoints = 0;
			if (sp && sp->size > 0 && sp->list[0].size >= 4) {
				bezier *bz = &sp->list[0];
				size_t k;
				if (bz->sflag)
					push_point(ge->points, &ge->npoints, cap, cx(&x, bz->sp.x),
						   cy(&x, bz->sp.y));
				push_point(ge->points, &ge->npoints, cap, cx(&x, bz->list[0].x),
					   cy(&x, bz->list[0].y));
				for (k = 0; k + 3 < (size_t)bz->size; k += 3) {
					pointf mid = bez(&bz->list[k], 0.5);
					pointf end = bz->list[k + 3];
					push_point(ge->points, &ge->npoints, cap, cx(&x, mid.x),
						   cy(&x, mid.y));
					push_point(ge->points, &ge->npoints, cap, cx(&x, end.x),
						   cy(&x, end.y));
				}
				if (bz->eflag)
					push_point(ge->points, &ge->npoints, cap, cx(&x, bz->ep.x),
						   cy(&x, bz->ep.y));
			} else {
				/* No spline (sfdp without splines): centre to centre,
				 * clipped at both boxes. */
				const sx_map_gnode *a = &l->nodes[ge->from], *b = &l->nodes[ge->to];
				sx_map_gpoint pa, pb;
				pa = box_exit(a, b->x + b->w / 2, b->y + b->h / 2);
				pb = box_exit(b, a->x + a->w / 2, a->y + a->h / 2);
				push_point(ge->points, &ge->npoints, cap, pa.x, pa.y);
				push_point(ge->points, &ge->npoints, cap, pb.x, pb.y);
			}
			for (size_t k = 0; k < ge->npoints; k++) {
				if (ge->points[k].x < 0)
					ge->points[k].x = 0;
				if (ge->points[k].y < 0)
					ge->points[k].y = 0;
				if (ge->points[k].x + 1 > maxx)
					maxx = ge->points[k].x + 1;
				if (ge->points[k].y + 1 > maxy)
					maxy = ge->points[k].y + 1;
			}
			l->nedges++;
		}
	l->width = maxx + 1;
	l->height = maxy + 1;
	return 0;
}

int sx_map_graph(const sx_dbmap *m, const sx_database *db, const sx_table *center,
		 const sx_map_graph_opts *opts, sx_map_layout **out, sx_error *err)
{
	sx_map_graph_opts defaults;
	const sx_map_graph_opts *o = opts;
	struct scope sc;
	sx_map_layout *l = NULL;
	Agraph_t *g = NULL;
	const char **labels = NULL;
	Agnode_t **nodes = NULL;
	GVC_t *gvc;
	uint64_t t0;
	int rc;

	*out = NULL;
	memset(&sc, 0, sizeof sc);
	if (!o) {
		sx_map_graph_opts_init(&defaults);
		o = &defaults;
	}
	if (o->hops < 0)
		return sx_error_set(err, SX_EINVAL, "--hops must be 0 or more (got %d)", o->hops);
	if ((rc = build_scope(m, db, center, o, &sc, err)))
		goto done;
	l = sx_calloc(1, sizeof *l);
	if (!l || !(l->arena = sx_arena_new())) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	l->engine = pick_engine(o, sc.t.n);
	pthread_mutex_lock(&gv_lock);
	gvc = context();
	g = gvc ? make_graph(m, &sc, o, l->arena, &labels, &nodes) : NULL;
	if (!g) {
		pthread_mutex_unlock(&gv_lock);
		rc = sx_error_set(err, SX_ENOMEM, "cannot start graphviz");
		goto done;
	}
	t0 = sx_now_ns();
	if (gvLayout(gvc, g, l->engine) != 0) {
		agclose(g);
		pthread_mutex_unlock(&gv_lock);
		rc = sx_error_set(err, SX_ERROR, "graphviz layout '%s' failed", l->engine);
		goto done;
	}
	l->layout_seconds = (double)(sx_now_ns() - t0) / 1e9;
	rc = read_layout(g, m, &sc, o, labels, nodes, l);
	gvFreeLayout(gvc, g);
	agclose(g);
	pthread_mutex_unlock(&gv_lock);
	if (rc) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	*out = l;
	l = NULL;
done:
	sx_map_layout_free(l);
	scope_release(&sc);
	return rc;
}

void sx_map_layout_free(sx_map_layout *l)
{
	if (!l)
		return;
	sx_arena_free(l->arena);
	free(l);
}

/* Renders a laid-out graph into a heap buffer (*data, *len). */
static int render_data(GVC_t *gvc, Agraph_t *g, const char *format, char **data, size_t *len,
                       sx_error *err)
{
	char *res = NULL;
	unsigned int rlen = 0;
	int rc = 0;

	if (gvRenderData(gvc, g, format, &res, &rlen) != 0 || !res) {
		rc = sx_error_set(err, SX_EUNSUPPORTED,
		                  "graphviz cannot render '%s' here (plugin missing)", format);
	} else if (!(*data = sx_malloc(rlen + 1))) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
	} else {
		memcpy(*data, res, rlen);
		(*data)[rlen] = 0;
		*len = rlen;
	}
	if (res)
		gvFreeRenderData(res);
	return rc;
}

int sx_map_graph_render(const sx_dbmap *m, const sx_database *db, const sx_table *center,
			const sx_map_graph_opts *opts, const char *format, char **data, size_t *len,
			sx_error *err)
{
	sx_map_graph_opts defaults;
	const sx_map_graph_opts *o = opts;
	struct scope sc;
	sx_arena *a = NULL;
	Agraph_t *g = NULL;
	const char **labels;
	Agnode_t **nodes;
	GVC_t *gvc;
	int rc = 0;

	*data = NULL;
	*len = 0;
	memset(&sc, 0, sizeof sc);
	if (!o) {
		sx_map_graph_opts_init(&defaults);
		o = &defaults;
	}
	if (!format || (strcmp(format, "dot") && strcmp(format, "svg") && strcmp(format, "png")))
		return sx_error_set(err, SX_EINVAL, "unknown graph format '%s' (dot, svg, png, json)",
				    format ? format : "");
	if ((rc = build_scope(m, db, center, o, &sc, err)))
		goto done;
	if (!(a = sx_arena_new())) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	pthread_mutex_lock(&gv_lock);
	gvc = context();
	g = gvc ? make_graph(m, &sc, o, a, &labels, &nodes) : NULL;
	if (!g || gvLayout(gvc, g, pick_engine(o, sc.t.n)) != 0) {
		if (g)
			agclose(g);
		pthread_mutex_unlock(&gv_lock);
		rc = sx_error_set(err, SX_ERROR, "graphviz layout failed");
		goto done;
	}
	rc = render_data(gvc, g, format, data, len, err);
	gvFreeLayout(gvc, g);
	agclose(g);
	pthread_mutex_unlock(&gv_lock);
done:
	sx_arena_free(a);
	scope_release(&sc);
	return rc;
}

cJSON *sx_map_layout_to_json(const sx_map_layout *l)
{
	cJSON *o = cJSON_CreateObject(), *nodes, *edges;
	size_t i, k;
	sx_json_add_str(o, "engine", l->engine);
	sx_json_add_int(o, "width", l->width);
	sx_json_add_int(o, "height", l->height);
	nodes = cJSON_AddArrayToObject(o, "nodes");
	for (i = 0; i < l->nnodes; i++) {
		const sx_map_gnode *n = &l->nodes[i];
		cJSON *no = cJSON_CreateObject();
		char id[512];
		sx_table_id(n->table, id, sizeof id);
		sx_json_add_str(no, "id", id);
		sx_json_add_str(no, "database", n->table->schema->db->name);
		sx_json_add_str(no, "schema", n->table->schema->name);
		sx_json_add_str(no, "table", n->table->name);
		sx_json_add_str(no, "label", n->label);
		sx_json_add_int(no, "x", n->x);
		sx_json_add_int(no, "y", n->y);
		sx_json_add_int(no, "w", n->w);
		sx_json_add_int(no, "h", n->h);
		sx_json_add_bool(no, "center", n->center);
		sx_json_add_bool(no, "pii", n->pii);
		sx_json_add_str(no, "domain", sx_map_domain_name(n->domain));
		sx_json_add_int(no, "depth", n->depth);
		cJSON_AddItemToArray(nodes, no);
	}
	edges = cJSON_AddArrayToObject(o, "edges");
	for (i = 0; i < l->nedges; i++) {
		const sx_map_gedge *e = &l->edges[i];
		cJSON *eo = cJSON_CreateObject(), *pts;
		sx_json_add_str(eo, "relation", e->rel->id);
		sx_json_add_int(eo, "from", (int64_t)e->from);
		sx_json_add_int(eo, "to", (int64_t)e->to);
		sx_json_add_str(eo, "kind", e->declared ? "declared" : "inferred");
		sx_json_add_num(eo, "confidence", floor(e->rel->confidence * 1000 + 0.5) / 1000);
		pts = cJSON_AddArrayToObject(eo, "points");
		for (k = 0; k < e->npoints; k++) {
			cJSON *p = cJSON_CreateArray();
			cJSON_AddItemToArray(p, cJSON_CreateNumber(e->points[k].x));
			cJSON_AddItemToArray(p, cJSON_CreateNumber(e->points[k].y));
			cJSON_AddItemToArray(pts, p);
		}
		cJSON_AddItemToArray(edges, eo);
	}
	sx_json_add_num(o, "layout_seconds", l->layout_seconds);
	return o;
}

/* Any DOT text through the same Graphviz context and lock as the ER graph
 * (the agents' data-flow picture): parsed, laid out with dot, rendered. */
int sx_map_render_dot(const char *dot, const char *format, char **data, size_t *len, sx_error *err)
{
	GVC_t *gvc;
	Agraph_t *g;
	int rc = 0;

	*data = NULL;
	*len = 0;
	pthread_mutex_lock(&gv_lock);
	gvc = context();
	g = gvc ? agmemread(dot) : NULL;
	if (!g) {
		pthread_mutex_unlock(&gv_lock);
		return sx_error_set(err, SX_EPARSE, "graphviz could not read the graph");
	}
	if (gvLayout(gvc, g, "dot") != 0) {
		agclose(g);
		pthread_mutex_unlock(&gv_lock);
		return sx_error_set(err, SX_ERROR, "graphviz layout failed");
	}
	rc = render_data(gvc, g, format, data, len, err);
	gvFreeLayout(gvc, g);
	agclose(g);
	pthread_mutex_unlock(&gv_lock);
	return rc;
}
