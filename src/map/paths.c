/*
 * paths.c - ranked join paths between two tables and their SQL.
 *
 * The relationship graph is undirected for walking (a join works both
 * ways) but each hop remembers its direction: child -> parent is N:1,
 * parent -> child fans out (1:N). The search:
 *   1. keeps only usable edges (confidence >= min, not rejected, not the
 *      derived many-to-many edges, no avoided table);
 *   2. prunes to the tables that can lie on a path of at most max_hops:
 *      BFS from both ends, keep d(from) + d(to) <= max_hops, so a query on
 *      a 10k-table catalog touches a few dozen nodes;
 *   3. runs Yen's k shortest simple paths on that subgraph, the inner
 *      shortest path being a hop-bounded Bellman-Ford (exact under the hop
 *      limit, and optimal paths are simple since every cost is positive);
 *   4. with --via, joins the k best of every segment and keeps the k best
 *      simple combinations within max_hops.
 * Costs: -ln(confidence) + 0.15 per hop, plus a penalty for passing
 * through hub tables (users, audit/log tables, very high degree).
 *
 * Read-only over the map; any thread.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "map_int.h"

#define HOP_COST 0.25
#define INF 1e300

struct edge {
	int u, v;               /* local node ids */
	const sx_map_rel *rel;
	bool forward;           /* u is the child */
	double cost;
};

struct graph {
	size_t n;
	const sx_table **tab;   /* local id -> table */
	double *pen;            /* node penalty when passed through */
	SX_VEC(struct edge) e;
	SX_VEC(int) *adj;       /* per node: edge ids */
	sx__ptrmap idx;         /* table -> local id + 1 */
};

typedef SX_VEC(const sx_table *) tvec;

struct kpath {
	SX_VEC(int) edges;      /* edge ids in order */
	double cost;
};

typedef SX_VEC(struct kpath) kvec;

/* ------------------------------------------------------------ graph */

static bool usable(const sx_map_rel *r, const sx_map_path_opts *o)
{
	return sx__rel_walkable(r, o->min_confidence, o->include_rejected);
}

static bool avoided(const sx_table *t, const sx_map_path_opts *o)
{
	const sx_table *const *a;
	for (a = o->avoid; a && *a; a++)
		if (*a == t)
			return true;
	return false;
}

static bool hub_name(const char *name)
{
	sx__words w;
	size_t i;
	sx__split(name, &w);
	for (i = 0; i < w.n; i++) {
		char s[SX__WORD_MAX];
		sx__singular(w.w[i], s, sizeof s);
		if (!strcmp(s, "user") || !strcmp(s, "audit") || !strcmp(s, "log") ||
		    !strcmp(s, "history") || !strcmp(s, "account") || !strcmp(s, "event"))
			return true;
	}
	return false;
}

/* Breadth-first search over usable edges on the dense node ids. dist[]
 * (one per node, all -1 on entry) receives hop counts; queue[] the visit
 * order. Returns how many nodes were reached. limit < 0: no limit. */
static size_t bfs_until(const sx_dbmap *m, uint32_t start, int limit, const sx_map_path_opts *o,
			int *dist, uint32_t *queue, size_t max_visit, uint32_t target)
{
	size_t head = 0, tail = 0;
	dist[start] = 0;
	queue[tail++] = start;
	while (head < tail) {
		uint32_t x = queue[head++];
		if (x == target || (max_visit && tail >= max_visit))
			break;
		const sx__node *nd = m->node_list.v[x];
		size_t i;
		if (limit >= 0 && dist[x] >= limit)
			continue;
		for (i = 0; i < nd->rels.n; i++) {
			uint32_t y = nd->nbs.v[i];
			if (y == UINT32_MAX || dist[y] >= 0 || !usable(m->rels.v[nd->rels.v[i]], o) ||
			    avoided(m->node_list.v[y]->t, o))
				continue;
			dist[y] = dist[x] + 1;
			queue[tail++] = y;
		}
	}
	return tail;
}

static size_t bfs(const sx_dbmap *m, uint32_t start, int limit, const sx_map_path_opts *o,
		  int *dist, uint32_t *queue)
{
	return bfs_until(m, start, limit, o, dist, queue, 0, UINT32_MAX);
}

static int *new_dist(size_t n)
{
	int *d = sx_malloc((n ? n : 1) * sizeof *d);
	size_t i;
	for (i = 0; d && i < n; i++)
		d[i] = -1;
	return d;
}

static void graph_release(struct graph *g)
{
	size_t i;
	for (i = 0; i < g->n; i++)
		SX_VEC_FREE(&g->adj[i]);
	free(g->adj);
	free(g->tab);
	free(g->pen);
	SX_VEC_FREE(&g->e);
	sx__ptrmap_release(&g->idx);
}

static int local_id(const struct graph *g, const sx_table *t)
{
	return (int)(uintptr_t)sx__ptrmap_get(&g->idx, t) - 1;
}

/* Builds the subgraph over the given tables. */
static int graph_build(const sx_dbmap *m, const sx_table *const *tabs, size_t n,
		       const sx_map_path_opts *o, struct graph *g)
{
	size_t i, j;
	memset(g, 0, sizeof *g);
	g->n = n;
	g->tab = sx_calloc(n ? n : 1, sizeof *g->tab);
	g->pen = sx_calloc(n ? n : 1, sizeof *g->pen);
	g->adj = sx_calloc(n ? n : 1, sizeof *g->adj);
	if (!g->tab || !g->pen || !g->adj)
		return SX_ENOMEM;
	for (i = 0; i < n; i++) {
		g->tab[i] = tabs[i];
		if (sx__ptrmap_put(&g->idx, tabs[i], (void *)(uintptr_t)(i + 1)))
			return SX_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		sx__node *nd = sx__node_of(m, tabs[i]);
		size_t deg = 0;
		if (!nd)
			continue;
		for (j = 0; j < nd->rels.n; j++) {
			const sx_map_rel *r = m->rels.v[nd->rels.v[j]];
			int u, v;
			struct edge e;
			if (!usable(r, o))
				continue;
			deg++;
			/* Each edge once: from its child's side. */
			if (r->from.t != tabs[i])
				continue;
			u = (int)i;
			v = local_id(g, r->to.t);
			if (v < 0)
				continue;
			e.u = u;
			e.v = v;
			e.rel = r;
			e.forward = true;
			e.cost = -log(r->confidence > 0.01 ? (r->confidence > 1 ? 1 : r->confidence)
							    : 0.01) +
				 HOP_COST;
			if (SX_VEC_PUSH(&g->e, e))
				return SX_ENOMEM;
			/* Self references stay out of the walk (a simple path never
			 * uses them); FROM = TO reads them as one-hop self joins. */
			if (u == v)
				continue;
			if (SX_VEC_PUSH(&g->adj[u], (int)g->e.n - 1) ||
			    SX_VEC_PUSH(&g->adj[v], (int)g->e.n - 1))
				return SX_ENOMEM;
		}
		g->pen[i] = (hub_name(tabs[i]->name) ? 0.8 : 0.0) +
			    (deg > 16 ? 0.5 * log2((double)deg / 16.0) : 0.0);
	}
	return 0;
}

/* ------------------------------------------------------------ search */

/* Cheapest path s -> t with at most H hops avoiding banned nodes/edges.
 * Bellman-Ford by hop count: d[h][v]. */
static int bounded_sp(const struct graph *g, int s, int t, int H, const bool *bnode,
		      const bool *bedge, struct kpath *out)
{
	size_t n = g->n, v;
	double *d = sx_calloc((size_t)(H + 1) * n, sizeof *d);
	int *pe = sx_calloc((size_t)(H + 1) * n, sizeof *pe);
	int h, besth = -1, x;
	double best = INF;
	int rc = 0;

	out->edges.n = 0;
	out->cost = INF;
	if (!d || !pe) {
		rc = SX_ENOMEM;
		goto done;
	}
	for (v = 0; v < (size_t)(H + 1) * n; v++) {
		d[v] = INF;
		pe[v] = -1;
	}
	d[s] = 0;
	for (h = 1; h <= H; h++) {
		double *prev = d + (size_t)(h - 1) * n, *cur = d + (size_t)h * n;
		int *cpe = pe + (size_t)h * n;
		for (v = 0; v < n; v++) {
			size_t i;
			if (prev[v] >= INF || (bnode[v] && (int)v != s))
				continue;
			/* Pass-through penalty for nodes other than the start. */
			for (i = 0; i < g->adj[v].n; i++) {
				int ei = g->adj[v].v[i];
				const struct edge *e = &g->e.v[ei];
				int w = e->u == (int)v ? e->v : e->u;
				double c = prev[v] + e->cost + ((int)v != s ? g->pen[v] : 0);
				if (bedge[ei] || bnode[w])
					continue;
				if (c < cur[w]) {
					cur[w] = c;
					cpe[w] = ei;
				}
			}
		}
		if (cur[t] < best) {
			best = cur[t];
			besth = h;
		}
	}
	if (besth < 0)
		goto done;
	/* Walk back through the hop layers. */
	if (SX_VEC_RESERVE(&out->edges, (size_t)besth)) {
		rc = SX_ENOMEM;
		goto done;
	}
	out->edges.n = (size_t)besth;
	x = t;
	for (h = besth; h >= 1; h--) {
		int ei = pe[(size_t)h * n + (size_t)x];
		const struct edge *e = &g->e.v[ei];
		out->edges.v[h - 1] = ei;
		x = e->u == x ? e->v : e->u;
	}
	out->cost = best;
done:
	free(d);
	free(pe);
	return rc;
}

/* Node sequence of a path starting at s. */
static int path_node(const struct graph *g, int s, const struct kpath *p, size_t i)
{
	int x = s;
	size_t j;
	for (j = 0; j < i; j++) {
		const struct edge *e = &g->e.v[p->edges.v[j]];
		x = e->u == x ? e->v : e->u;
	}
	return x;
}

static double path_cost(const struct graph *g, int s, const struct kpath *p)
{
	double c = 0;
	size_t i;
	int x = s;
	for (i = 0; i < p->edges.n; i++) {
		const struct edge *e = &g->e.v[p->edges.v[i]];
		if (i > 0)
			c += g->pen[x];
		c += e->cost;
		x = e->u == x ? e->v : e->u;
	}
	return c;
}

static bool same_path(const struct kpath *a, const struct kpath *b)
{
	return a->edges.n == b->edges.n &&
	       memcmp(a->edges.v, b->edges.v, a->edges.n * sizeof *a->edges.v) == 0;
}

static void kvec_free(kvec *v)
{
	size_t i;
	for (i = 0; i < v->n; i++)
		SX_VEC_FREE(&v->v[i].edges);
	SX_VEC_FREE(v);
}

static int kpath_copy(struct kpath *dst, const struct kpath *src)
{
	memset(dst, 0, sizeof *dst);
	if (src->edges.n && SX_VEC_RESERVE(&dst->edges, src->edges.n))
		return SX_ENOMEM;
	if (src->edges.n)
		memcpy(dst->edges.v, src->edges.v, src->edges.n * sizeof *src->edges.v);
	dst->edges.n = src->edges.n;
	dst->cost = src->cost;
	return 0;
}

/* Yen's algorithm: the K cheapest simple paths s -> t of at most H hops. */
static int yen(const struct graph *g, int s, int t, int H, int K, const bool *ban0, kvec *A)
{
	kvec B = {0};
	bool *bnode = sx_calloc(g->n ? g->n : 1, 1);
	bool *bedge = sx_calloc(g->e.n ? g->e.n : 1, 1);
	struct kpath first = {0}, spur = {0};
	int rc = 0, k;
	size_t i, j, q;

	if (!bnode || !bedge) {
		rc = SX_ENOMEM;
		goto done;
	}
	memcpy(bnode, ban0, g->n);
	if ((rc = bounded_sp(g, s, t, H, bnode, bedge, &first)))
		goto done;
	if (first.cost >= INF)
		goto done;
	if ((rc = SX_VEC_PUSH(A, first)))
		goto done;
	memset(&first, 0, sizeof first);
	for (k = 1; k < K; k++) {
		const struct kpath *last = &A->v[A->n - 1];
		for (i = 0; i < last->edges.n; i++) {
			int spur_node = path_node(g, s, last, i);
			struct kpath cand = {0};
			memcpy(bnode, ban0, g->n);
			memset(bedge, 0, g->e.n);
			/* Remove the next edge of every known path sharing this root. */
			for (j = 0; j < A->n; j++) {
				const struct kpath *p = &A->v[j];
				if (p->edges.n > i &&
				    memcmp(p->edges.v, last->edges.v, i * sizeof(int)) == 0)
					bedge[p->edges.v[i]] = true;
			}
			for (j = 0; j < i; j++)
				bnode[path_node(g, s, last, j)] = true;
			if ((rc = bounded_sp(g, spur_node, t, H - (int)i, bnode, bedge, &spur)))
				goto done;
			if (spur.cost >= INF)
				continue;
			if (SX_VEC_RESERVE(&cand.edges, i + spur.edges.n)) {
				rc = SX_ENOMEM;
				goto done;
			}
			memcpy(cand.edges.v, last->edges.v, i * sizeof(int));
			memcpy(cand.edges.v + i, spur.edges.v, spur.edges.n * sizeof(int));
			cand.edges.n = i + spur.edges.n;
			cand.cost = path_cost(g, s, &cand);
			for (q = 0; q < B.n; q++)
				if (same_path(&B.v[q], &cand))
					break;
			for (j = 0; q == B.n && j < A->n; j++)
				if (same_path(&A->v[j], &cand))
					q = B.n + 1;
			if (q != B.n || SX_VEC_PUSH(&B, cand)) {
				SX_VEC_FREE(&cand.edges);
				continue;
			}
		}
		if (B.n == 0)
			break;
		/* Move the cheapest candidate to A (ties: fewer hops). */
		q = 0;
		for (j = 1; j < B.n; j++)
			if (B.v[j].cost < B.v[q].cost - 1e-12 ||
			    (fabs(B.v[j].cost - B.v[q].cost) <= 1e-12 &&
			     B.v[j].edges.n < B.v[q].edges.n))
				q = j;
		if ((rc = SX_VEC_PUSH(A, B.v[q])))
			goto done;
		B.v[q] = B.v[--B.n];
	}
done:
	SX_VEC_FREE(&first.edges);
	SX_VEC_FREE(&spur.edges);
	kvec_free(&B);
	free(bnode);
	free(bedge);
	return rc;
}

/* ------------------------------------------------------------ SQL */

void sx_map_quote_ident(sx_buf *b, sx_db_kind dialect, const char *ident)
{
	const char *p;
	if (dialect == SX_DB_CLICKHOUSE) {
		sx_buf_putc(b, '`');
		for (p = ident; *p; p++) {
			if (*p == '`' || *p == '\\')
				sx_buf_putc(b, '\\');
			sx_buf_putc(b, *p);
		}
		sx_buf_putc(b, '`');
		return;
	}
	sx_buf_putc(b, '"');
	for (p = ident; *p; p++) {
		if (*p == '"')
			sx_buf_putc(b, '"');
		sx_buf_putc(b, *p);
	}
	sx_buf_putc(b, '"');
}

static void put_table(sx_buf *b, const sx_table *t)
{
	sx_db_kind k = t->schema->db->kind;
	if (!(k == SX_DB_SQLITE && strcmp(t->schema->name, "main") == 0) && t->schema->name &&
	    t->schema->name[0]) {
		sx_map_quote_ident(b, k, t->schema->name);
		sx_buf_putc(b, '.');
	}
	sx_map_quote_ident(b, k, t->name);
}

static bool reserved_alias(const char *a)
{
	static const char *const r[] = {"as", "at", "by", "do", "if", "in", "is", "no", "of",
					"on", "or", "to", "all", "and", "any", "asc", "end",
					"for", "not", "off", "old", "new", "set", "top", "use",
					"add", "row", "key", "desc", "from", "into", "join",
					"left", "like", "null", "only", "over", "some", "then",
					"true", "when", "with", "case", "cast", "else", "full",
					"user", "with", "array", NULL};
	const char *const *p;
	for (p = r; *p; p++)
		if (strcmp(a, *p) == 0)
			return true;
	return false;
}

/* Alias from the initials of the table's words ("order_items" -> "oi"),
 * numbered when a table repeats or initials collide. Aliases are plain
 * lowercase ASCII and never a keyword, so they need no quoting. */
static const char *make_alias(sx_arena *a, const sx_table *t, const char **used, size_t nused)
{
	sx__words w;
	char base[16];
	size_t i, j = 0;
	int n = 1;
	sx__split(t->name, &w);
	sx__strip_table_prefix(&w);
	for (i = 0; i < w.n && j < 4; i++)
		if ((w.w[i][0] >= 'a' && w.w[i][0] <= 'z'))
			base[j++] = w.w[i][0];
	if (j == 0)
		base[j++] = 't';
	base[j] = 0;
	for (;;) {
		char cand[24];
		bool clash = false;
		if (n == 1)
			snprintf(cand, sizeof cand, "%s", base);
		else
			snprintf(cand, sizeof cand, "%s%d", base, n);
		for (i = 0; i < nused; i++)
			if (strcmp(used[i], cand) == 0)
				clash = true;
		if (!clash && !reserved_alias(cand))
			return sx_arena_strdup(a, cand);
		n++;
	}
}

/* Renders p as SELECT ... JOIN ...; fills hop aliases. */
int sx__render_sql(const sx_dbmap *m, sx_map_path *p, const sx_table *from, sx_arena *a)
{
	sx_buf b = SX_BUF_INIT;
	const char **used = sx_calloc(p->nhops + 2, sizeof *used);
	size_t i, j, nused = 0;
	const char *cur;
	bool left = false;
	(void)m;

	if (!used)
		return SX_ENOMEM;
	cur = make_alias(a, from, used, nused);
	used[nused++] = cur;
	sx_buf_puts(&b, "SELECT *\nFROM ");
	put_table(&b, from);
	sx_buf_printf(&b, " AS %s", cur);
	for (i = 0; i < p->nhops; i++) {
		sx_map_hop *h = &p->hops[i];
		const sx_map_rel *r = h->rel;
		const sx_map_end *mine = h->forward ? &r->from : &r->to;
		const sx_map_end *theirs = h->forward ? &r->to : &r->from;
		sx_db_kind k = h->to->schema->db->kind;
		const char *na = make_alias(a, h->to, used, nused);
		used[nused++] = na;
		h->from_alias = cur;
		h->to_alias = na;
		/* LEFT JOIN where the child's FK columns may be NULL (rows with no
		 * parent are kept); once a LEFT JOIN happened, the tables after it
		 * may be all-NULL, so later joins stay LEFT. */
		if (h->forward && r->from_nullable)
			left = true;
		sx_buf_printf(&b, "\n%sJOIN ", left ? "LEFT " : "");
		put_table(&b, h->to);
		sx_buf_printf(&b, " AS %s ON ", na);
		for (j = 0; j < r->from.ncols && j < r->to.ncols; j++) {
			if (j)
				sx_buf_puts(&b, " AND ");
			sx_buf_printf(&b, "%s.", na);
			sx_map_quote_ident(&b, k, theirs->cols[j]);
			sx_buf_printf(&b, " = %s.", cur);
			sx_map_quote_ident(&b, k, mine->cols[j]);
		}
		cur = na;
	}
	free(used);
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return SX_ENOMEM;
	}
	p->sql = sx_arena_strdup(a, sx_buf_cstr(&b));
	sx_buf_release(&b);
	return 0;
}

/* ------------------------------------------------------------ driver */

static int to_public(const sx_dbmap *m, const struct graph *g, int s, const struct kpath *kp,
		     sx_map_path *p, sx_arena *a)
{
	size_t i;
	int x = s;
	sx_buf w = SX_BUF_INIT;
	p->nhops = kp->edges.n;
	p->hops = sx_arena_alloc(a, (kp->edges.n ? kp->edges.n : 1) * sizeof *p->hops);
	if (!p->hops)
		return SX_ENOMEM;
	p->confidence = 1;
	p->cost = kp->cost;
	for (i = 0; i < kp->edges.n; i++) {
		const struct edge *e = &g->e.v[kp->edges.v[i]];
		sx_map_hop *h = &p->hops[i];
		int y = e->u == x ? e->v : e->u;
		h->rel = e->rel;
		h->from = g->tab[x];
		h->to = g->tab[y];
		h->forward = e->u == x; /* walking from the child to the parent */
		h->fanout = !h->forward && e->rel->card != SX_CARD_ONE_TO_ONE;
		p->confidence *= e->rel->confidence;
		if (h->fanout) {
			if (w.len)
				sx_buf_puts(&w, "; ");
			sx_buf_printf(&w,
				      "hop %zu (%s -> %s) is one-to-many: each %s row repeats once "
				      "per %s row, so sums and counts over the tables before it "
				      "double-count",
				      i + 1, h->from->name, h->to->name, h->from->name, h->to->name);
		}
		x = y;
	}
	if (w.len)
		p->warning = sx_arena_strdup(a, sx_buf_cstr(&w));
	sx_buf_release(&w);
	return sx__render_sql(m, p, g->tab[s], a);
}

static uint32_t uf_find(uint32_t *parent, uint32_t x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

/* "No path": how many connected components the database's graph has
 * (usable edges; tables without any relationship count alone), the tables
 * of the two ends' components, and the hops between them ignoring the
 * limits. Union-find plus breadth-first searches on dense ids. */
static int components(const sx_dbmap *m, const sx_table *from, const sx_table *to,
		      const sx_map_path_opts *o, sx_map_paths *res)
{
	const sx_database *db = from->schema->db;
	size_t n = m->node_list.n, i, k, innodes = 0, roots = 0, reached;
	sx_map_path_opts all = *o;
	uint32_t *parent = sx_malloc((n ? n : 1) * sizeof *parent);
	uint32_t *queue = sx_malloc((n ? n : 1) * sizeof *queue);
	int *dist = new_dist(n);
	const sx__node *nf = sx__node_of(m, from), *nt = sx__node_of(m, to);
	int rc = 0;

	if (!parent || !queue || !dist) {
		rc = SX_ENOMEM;
		goto done;
	}
	all.avoid = NULL;
	if (fabs(o->min_confidence - 0.5) < 1e-12 && !o->include_rejected && m->comp) {
		/* the default walk: counted once at reindex */
		res->ncomponents =
			(size_t)(uintptr_t)sx__ptrmap_get(&m->comp_count, db) - 1;
		goto names;
	}
	for (i = 0; i < n; i++)
		parent[i] = (uint32_t)i;
	for (i = 0; i < n; i++) {
		const sx__node *nd = m->node_list.v[i];
		if (nd->t->schema->db != db)
			continue;
		innodes++;
		for (k = 0; k < nd->rels.n; k++) {
			uint32_t y = nd->nbs.v[k], a, b;
			if (y == UINT32_MAX || !usable(m->rels.v[nd->rels.v[k]], &all))
				continue;
			a = uf_find(parent, (uint32_t)i);
			b = uf_find(parent, y);
			if (a != b)
				parent[a] = b;
		}
	}
	for (i = 0; i < n; i++)
		if (m->node_list.v[i]->t->schema->db == db && uf_find(parent, (uint32_t)i) == i)
			roots++;
	res->ncomponents = roots + (sx_database_table_count(db) - innodes);
names:
	/* Names of the two components (at most 50 each). */
	if (!nf)
		res->from_component[res->nfrom_component++] = sx_arena_strdup(res->arena, from->name);
	if (!nt)
		res->to_component[res->nto_component++] = sx_arena_strdup(res->arena, to->name);
	if (nf) {
		reached = bfs_until(m, nf->idx, -1, &all, dist, queue, 50, UINT32_MAX);
		for (i = 0; i < reached && res->nfrom_component < 50; i++)
			res->from_component[res->nfrom_component++] =
				sx_arena_strdup(res->arena, m->node_list.v[queue[i]]->t->name);
		for (i = 0; i < reached; i++)
			dist[queue[i]] = -1;
	}
	if (nt) {
		reached = bfs_until(m, nt->idx, -1, &all, dist, queue, 50, UINT32_MAX);
		for (i = 0; i < reached && res->nto_component < 50; i++)
			res->to_component[res->nto_component++] =
				sx_arena_strdup(res->arena, m->node_list.v[queue[i]]->t->name);
		for (i = 0; i < reached; i++)
			dist[queue[i]] = -1;
	}
	/* The hops of the shortest connection, honouring --avoid. */
	res->shortest_hops = -1;
	if (nf && nt && (o->avoid || !m->comp || m->comp[nf->idx] == m->comp[nt->idx] ||
			 fabs(o->min_confidence - 0.5) >= 1e-12 || o->include_rejected)) {
		bfs_until(m, nf->idx, -1, o, dist, queue, 0, nt->idx);
		res->shortest_hops = dist[nt->idx];
	}
done:
	free(parent);
	free(queue);
	free(dist);
	return rc;
}

void sx_map_paths_free(sx_map_paths *p)
{
	if (!p)
		return;
	sx_arena_free(p->arena);
	free(p);
}

/* One segment's k best as node-level paths on g. */
static int segment(const struct graph *g, int s, int t, int H, int K, const bool *ban, kvec *out)
{
	return yen(g, s, t, H, K, ban, out);
}

struct combo {
	SX_VEC(int) edges;
	double cost;
};

/* Depth-first over the segments' alternatives with --via. */
static int combine(const struct graph *g, int s, kvec *segs, size_t nseg, size_t depth,
		   struct kpath *cur, int H, int K, kvec *out)
{
	size_t i;
	int rc;
	if (depth == nseg) {
		/* Simple path check: no node twice. */
		bool *seen = sx_calloc(g->n, 1);
		size_t j;
		int x = s;
		struct kpath c;
		if (!seen)
			return SX_ENOMEM;
		seen[x] = true;
		for (j = 0; j < cur->edges.n; j++) {
			const struct edge *e = &g->e.v[cur->edges.v[j]];
			x = e->u == x ? e->v : e->u;
			/* A path from a table back to itself (FROM = TO with --via)
			 * may close on its start, and only there. */
			if (seen[x] && !(x == s && j + 1 == cur->edges.n)) {
				free(seen);
				return 0;
			}
			seen[x] = true;
		}
		free(seen);
		if ((rc = kpath_copy(&c, cur)))
			return rc;
		c.cost = path_cost(g, s, &c);
		return SX_VEC_PUSH(out, c);
	}
	for (i = 0; i < segs[depth].n; i++) {
		const struct kpath *p = &segs[depth].v[i];
		size_t keep = cur->edges.n;
		if ((int)(keep + p->edges.n) > H)
			continue;
		if (SX_VEC_RESERVE(&cur->edges, keep + p->edges.n))
			return SX_ENOMEM;
		memcpy(cur->edges.v + keep, p->edges.v, p->edges.n * sizeof(int));
		cur->edges.n = keep + p->edges.n;
		rc = combine(g, s, segs, nseg, depth + 1, cur, H, K, out);
		cur->edges.n = keep;
		if (rc)
			return rc;
	}
	return 0;
}

static int kpath_cmp(const void *a, const void *b)
{
	const struct kpath *x = a, *y = b;
	if (x->cost != y->cost)
		return x->cost < y->cost ? -1 : 1;
	return (int)x->edges.n - (int)y->edges.n;
}

/* The argument checks of sx_map_paths_find; counts the --via tables. */
static int check_request(const sx_table *from, const sx_table *to, const sx_map_path_opts *o,
			 size_t *nvia, sx_error *err)
{
	size_t i;
	if (o->max_hops < 1)
		return sx_error_set(err, SX_EINVAL, "--max-hops must be at least 1 (got %d)",
				    o->max_hops);
	if (o->k < 1)
		return sx_error_set(err, SX_EINVAL, "-k must be at least 1 (got %d)", o->k);
	if (from->schema->db != to->schema->db)
		return sx_error_set(err, SX_EINVAL,
				    "'%s' and '%s' are in different databases ('%s', '%s'): "
				    "no join path crosses databases",
				    from->name, to->name, from->schema->db->name, to->schema->db->name);
	for (*nvia = 0; o->via && o->via[*nvia]; (*nvia)++)
		;
	if (avoided(from, o) || avoided(to, o))
		return sx_error_set(err, SX_EINVAL, "'%s' is an end of the path and cannot be avoided",
				    avoided(from, o) ? from->name : to->name);
	for (i = 0; i < *nvia; i++)
		if (avoided(o->via[i], o))
			return sx_error_set(err, SX_EINVAL, "'%s' is both --via and --avoid",
					    o->via[i]->name);
	return 0;
}

/* Tables that can lie on a path: within max_hops of both ends (no via), or
 * of the start (via). 0 or SX_ENOMEM. */
static int candidate_tables(const sx_dbmap *m, const sx_table *from, const sx_table *to,
			    const sx_map_path_opts *o, size_t nvia, tvec *keep)
{
	size_t nn = m->node_list.n, nf, i;
	const sx__node *a = sx__node_of(m, from), *b = sx__node_of(m, to);
	int *df = new_dist(nn), *dt = new_dist(nn);
	uint32_t *qf = sx_malloc((nn ? nn : 1) * sizeof *qf);
	uint32_t *qt = sx_malloc((nn ? nn : 1) * sizeof *qt);
	int rc = 0;

	if (!df || !dt || !qf || !qt) {
		rc = SX_ENOMEM;
		goto done;
	}
	if (a && b) {
		nf = bfs(m, a->idx, o->max_hops, o, df, qf);
		if (nvia == 0)
			bfs(m, b->idx, o->max_hops, o, dt, qt);
		for (i = 0; i < nf; i++) {
			uint32_t x = qf[i];
			if (nvia == 0 && (dt[x] < 0 || df[x] + dt[x] > o->max_hops))
				continue;
			if (SX_VEC_PUSH(keep, m->node_list.v[x]->t)) {
				rc = SX_ENOMEM;
				goto done;
			}
		}
	}
done:
	free(df);
	free(dt);
	free(qf);
	free(qt);
	return rc;
}

/* Sorts by cost and keeps the k best. */
static void keep_best(kvec *A, int k)
{
	if (A->n > 1) /* an empty vector has no array to sort */
		qsort(A->v, A->n, sizeof *A->v, kpath_cmp);
	while (A->n > (size_t)k) {
		A->n--;
		SX_VEC_FREE(&A->v[A->n].edges);
	}
}

/* FROM = TO: the table's self references, each a self join. */
static int self_joins(const struct graph *g, int s, int k, kvec *A)
{
	size_t i;
	for (i = 0; i < g->e.n; i++) {
		struct kpath kp = {0};
		if (g->e.v[i].u != s || g->e.v[i].v != s)
			continue;
		if (SX_VEC_PUSH(&kp.edges, (int)i) || SX_VEC_PUSH(A, kp)) {
			SX_VEC_FREE(&kp.edges);
			return SX_ENOMEM;
		}
		A->v[A->n - 1].cost = g->e.v[i].cost;
	}
	keep_best(A, k);
	return 0;
}

/* With --via: the k best of each segment, combined into the k best simple
 * paths within max_hops. A segment without a path leaves A empty. */
static int via_paths(const struct graph *g, int s, int t, const sx_map_path_opts *o,
		     size_t nvia, const bool *ban, kvec *A)
{
	kvec *segs = sx_calloc(nvia + 1, sizeof *segs);
	struct kpath cur = {0};
	int prev = s, rc = 0;
	bool ok = true;
	size_t i;

	if (!segs)
		return SX_ENOMEM;
	for (i = 0; ok && i <= nvia; i++) {
		int nx = i < nvia ? local_id(g, o->via[i]) : t;
		if (nx < 0 || nx == prev) {
			ok = false;
			break;
		}
		if ((rc = segment(g, prev, nx, o->max_hops, o->k, ban, &segs[i])))
			ok = false;
		if (segs[i].n == 0)
			ok = false;
		prev = nx;
	}
	if (ok)
		rc = combine(g, s, segs, nvia + 1, 0, &cur, o->max_hops, o->k, A);
	SX_VEC_FREE(&cur.edges);
	for (i = 0; i <= nvia; i++)
		kvec_free(&segs[i]);
	free(segs);
	if (!rc)
		keep_best(A, o->k);
	return rc;
}

/* The found paths as public paths, or, when there are none, why (the two
 * ends' components). */
static int fill_result(const sx_dbmap *m, const struct graph *g, int s, const kvec *A,
		       const sx_map_path_opts *o, sx_map_paths *res)
{
	size_t i;
	int rc;
	if (!A->n)
		return components(m, res->from, res->to, o, res);
	res->paths = sx_arena_alloc(res->arena, A->n * sizeof *res->paths);
	if (!res->paths)
		return SX_ENOMEM;
	for (i = 0; i < A->n; i++)
		if ((rc = to_public(m, g, s, &A->v[i], &res->paths[i], res->arena)))
			return rc;
	res->npaths = A->n;
	return 0;
}

int sx_map_paths_find(const sx_dbmap *m, const sx_table *from, const sx_table *to,
		      const sx_map_path_opts *opts, sx_map_paths **out, sx_error *err)
{
	sx_map_path_opts defaults;
	const sx_map_path_opts *o = opts;
	sx_map_paths *res = NULL;
	tvec keep = {0};
	struct graph g;
	kvec A = {0};
	bool *ban = NULL;
	size_t nvia = 0;
	int rc = 0, s, t;

	memset(&g, 0, sizeof g);
	*out = NULL;
	if (!o) {
		sx_map_path_opts_init(&defaults);
		o = &defaults;
	}
	if ((rc = check_request(from, to, o, &nvia, err)))
		return rc;
	res = sx_calloc(1, sizeof *res);
	if (!res || !(res->arena = sx_arena_new())) {
		free(res);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	res->from = from;
	res->to = to;
	res->shortest_hops = -1;
	res->from_component = sx_arena_alloc(res->arena, 50 * sizeof(char *));
	res->to_component = sx_arena_alloc(res->arena, 50 * sizeof(char *));
	if (candidate_tables(m, from, to, o, nvia, &keep) ||
	    graph_build(m, keep.v, keep.n, o, &g))
		goto oom;
	s = local_id(&g, from);
	t = local_id(&g, to);
	ban = sx_calloc(g.n ? g.n : 1, 1);
	if (!ban)
		goto oom;
	if (s >= 0 && s == t && nvia == 0) {
		if (self_joins(&g, s, o->k, &A))
			goto oom;
		if (A.n == 0) {
			rc = sx_error_set(err, SX_EINVAL,
					  "'%s' is both ends of the path and has no self reference: "
					  "name two tables, or pass --via",
					  from->name);
			goto done;
		}
	} else if (s >= 0 && t >= 0 && nvia == 0) {
		if (yen(&g, s, t, o->max_hops, o->k, ban, &A))
			goto oom;
	} else if (s >= 0 && t >= 0) {
		if (via_paths(&g, s, t, o, nvia, ban, &A))
			goto oom;
	}
	if (fill_result(m, &g, s, &A, o, res))
		goto oom;
	*out = res;
	res = NULL;
	rc = 0;
	goto done;
oom:
	rc = sx_error_set(err, SX_ENOMEM, "out of memory finding paths");
done:
	kvec_free(&A);
	free(ban);
	graph_release(&g);
	SX_VEC_FREE(&keep);
	sx_map_paths_free(res);
	return rc;
}

/* ------------------------------------------------------------ JSON */

static cJSON *cols_json(const sx_map_end *e)
{
	cJSON *a = cJSON_CreateArray();
	size_t i;
	for (i = 0; i < e->ncols; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(e->cols[i]));
	return a;
}

static cJSON *names_json(const char *const *v, size_t n)
{
	cJSON *a = cJSON_CreateArray();
	size_t i;
	for (i = 0; i < n; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(v[i]));
	return a;
}

cJSON *sx_map_paths_to_json(const sx_map_paths *p)
{
	cJSON *o = cJSON_CreateObject(), *arr;
	size_t i, j;
	char id[512];
	sx_table_id(p->from, id, sizeof id);
	sx_json_add_str(o, "from", id);
	sx_table_id(p->to, id, sizeof id);
	sx_json_add_str(o, "to", id);
	arr = cJSON_AddArrayToObject(o, "paths");
	for (i = 0; i < p->npaths; i++) {
		const sx_map_path *pa = &p->paths[i];
		cJSON *po = cJSON_CreateObject(), *hops = cJSON_AddArrayToObject(po, "hops");
		for (j = 0; j < pa->nhops; j++) {
			const sx_map_hop *h = &pa->hops[j];
			cJSON *ho = cJSON_CreateObject();
			sx_json_add_str(ho, "from", h->from->name);
			sx_json_add_str(ho, "to", h->to->name);
			cJSON_AddItemToObject(ho, "from_columns",
					      cols_json(h->forward ? &h->rel->from : &h->rel->to));
			cJSON_AddItemToObject(ho, "to_columns",
					      cols_json(h->forward ? &h->rel->to : &h->rel->from));
			sx_json_add_str(ho, "relation", h->rel->id);
			sx_json_add_str(ho, "kind", sx_map_rel_kind_name(h->rel->kind));
			sx_json_add_num(ho, "confidence",
					floor(h->rel->confidence * 1000 + 0.5) / 1000);
			sx_json_add_str(ho, "direction", h->forward ? "many-to-one" : "one-to-many");
			sx_json_add_bool(ho, "fanout", h->fanout);
			sx_json_add_str(ho, "from_alias", h->from_alias);
			sx_json_add_str(ho, "to_alias", h->to_alias);
			cJSON_AddItemToArray(hops, ho);
		}
		sx_json_add_int(po, "length", (int64_t)pa->nhops);
		sx_json_add_num(po, "confidence", floor(pa->confidence * 1000 + 0.5) / 1000);
		sx_json_add_num(po, "cost", floor(pa->cost * 1000 + 0.5) / 1000);
		sx_json_add_str(po, "warning", pa->warning);
		sx_json_add_str(po, "sql", pa->sql);
		cJSON_AddItemToArray(arr, po);
	}
	if (p->npaths == 0) {
		cJSON *c = cJSON_CreateObject();
		sx_json_add_int(c, "count", (int64_t)p->ncomponents);
		cJSON_AddItemToObject(c, "from",
				      names_json(p->from_component, p->nfrom_component));
		cJSON_AddItemToObject(c, "to", names_json(p->to_component, p->nto_component));
		cJSON_AddItemToObject(o, "components", c);
		if (p->shortest_hops >= 0)
			sx_json_add_int(o, "shortest_hops", p->shortest_hops);
		else
			cJSON_AddNullToObject(o, "shortest_hops");
	}
	return o;
}
