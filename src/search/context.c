/*
 * context.c - the navigation context an agent receives for a request: the
 * relevant tables, the relationships that connect them, join SQL, a load
 * order and warnings.
 *
 * Terminals are the tables named by the caller, else the strong hits of a
 * search (the best hit and those scoring at least half as well, in the best
 * hit's database). They are connected by the shortest-path heuristic for
 * Steiner trees (Takahashi-Matsuyama): start from the first terminal, then
 * repeatedly attach the terminal whose best map path (sx_map_paths_find,
 * k = 1) to any table already in the tree is cheapest, adding that path's
 * tables and relationships. This is within a factor 2 of the minimal tree
 * and each step uses the map's own path costs (confidence and hop
 * penalties), so inferred and declared joins are weighed the same way as in
 * `sextant path`.
 *
 * The "all relevant tables in one query" join covers only the part of the
 * tree that stays on the question's subject (the first terminal) without
 * multiplying rows: walking out from it, a step to a parent (many-to-one)
 * is always fine, a step to children (one-to-many) only before any step
 * up and only one such branch per table (a chain of one-to-many steps
 * keeps each row once; two branches are a chasm trap). Climbing to a
 * shared parent and down again (order_items -> currencies <-
 * purchase_orders) pairs every row of one side with every row of the
 * other, so the tables beyond such a step are left out of that query, as
 * are connectors that only led to them; each keeps its own per-path
 * suggested join and a `separate` warning says why.
 *
 * Runs on the caller's thread; reads the search, the map and the catalog.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/map.h>

#include "search_int.h"

#define MAX_TERMINALS 8
#define MAX_NODES 64
#define MAX_EDGES 64
#define LOW_CONFIDENCE 0.8

typedef struct node {
	const sx_table *t;
	bool terminal;
	double score;       /* search score, 0 for named or connector tables */
	char alias[24];
	int rank;           /* order among the terminals (named or ranked), -1 */
} node;

typedef struct edge {
	const sx_map_rel *rel;
	const sx_table *a, *b; /* as walked: a was in the tree first */
	bool fanout;
} edge;

typedef struct ctx {
	const sx_dbmap *map;
	node nodes[MAX_NODES];
	size_t nn;
	edge edges[MAX_EDGES];
	size_t ne;
	cJSON *warnings, *joins;
} ctx;

static long find_node(const ctx *c, const sx_table *t)
{
	size_t i;
	for (i = 0; i < c->nn; i++)
		if (c->nodes[i].t == t)
			return (long)i;
	return -1;
}

static void warn(ctx *c, const char *kind, const sx_table *t, const char *fmt, ...)
	SX_PRINTF(4, 5);
static void warn(ctx *c, const char *kind, const sx_table *t, const char *fmt, ...)
{
	cJSON *w = cJSON_CreateObject();
	sx_buf b = SX_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sx_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	sx_json_add_str(w, "kind", kind);
	if (t)
		sx_json_add_str(w, "table", t->name);
	sx_json_add_str(w, "message", sx_buf_cstr(&b));
	cJSON_AddItemToArray(c->warnings, w);
	sx_buf_release(&b);
}

static long add_node(ctx *c, const sx_table *t, bool terminal, double score)
{
	long i = find_node(c, t);
	if (i >= 0) {
		c->nodes[i].terminal |= terminal;
		return i;
	}
	if (c->nn >= MAX_NODES)
		return -1;
	c->nodes[c->nn] = (node){t, terminal, score, "", -1};
	return (long)c->nn++;
}

/* The path of the cheapest attachment of terminal `t` to the tree. */
static int attach(ctx *c, const sx_table *t, sx_map_paths **best, sx_error *err)
{
	sx_map_path_opts po;
	size_t i;
	*best = NULL;
	sx_map_path_opts_init(&po);
	po.k = 1;
	for (i = 0; i < c->nn; i++) {
		sx_map_paths *p = NULL;
		if (c->nodes[i].t == t || c->nodes[i].t->schema->db != t->schema->db)
			continue;
		if (sx_map_paths_find(c->map, c->nodes[i].t, t, &po, &p, err))
			return err->code;
		if (p->npaths && (!*best || p->paths[0].cost < (*best)->paths[0].cost)) {
			sx_map_paths_free(*best);
			*best = p;
		} else {
			sx_map_paths_free(p);
		}
	}
	return 0;
}

/* Index of the join in joins whose tables are the names in tabs (in any
 * order), or -1. */
static int same_tables_join(const cJSON *joins, const cJSON *tabs)
{
	const cJSON *j, *t;
	int n = cJSON_GetArraySize(tabs), at = 0;
	cJSON_ArrayForEach(j, joins)
	{
		const cJSON *jt = cJSON_GetObjectItemCaseSensitive(j, "tables");
		bool all = cJSON_GetArraySize(jt) == n;
		cJSON_ArrayForEach(t, tabs)
		{
			const cJSON *u;
			bool found = false;
			cJSON_ArrayForEach(u, jt)
				found |= cJSON_IsString(u) && strcmp(u->valuestring, t->valuestring) == 0;
			all &= found;
		}
		if (all)
			return at;
		at++;
	}
	return -1;
}

static void add_path(ctx *c, const sx_map_paths *p)
{
	const sx_map_path *path = &p->paths[0];
	cJSON *j = cJSON_CreateObject(), *tabs;
	size_t h, e;
	for (h = 0; h < path->nhops; h++) {
		const sx_map_hop *hop = &path->hops[h];
		long ia = add_node(c, hop->from, false, 0), ib = add_node(c, hop->to, false, 0);
		if (ia >= 0 && !c->nodes[ia].alias[0] && hop->from_alias)
			snprintf(c->nodes[ia].alias, sizeof c->nodes[ia].alias, "%s", hop->from_alias);
		if (ib >= 0 && !c->nodes[ib].alias[0] && hop->to_alias)
			snprintf(c->nodes[ib].alias, sizeof c->nodes[ib].alias, "%s", hop->to_alias);
		for (e = 0; e < c->ne && c->edges[e].rel != hop->rel; e++)
			;
		if (e == c->ne && c->ne < MAX_EDGES)
			c->edges[c->ne++] = (edge){hop->rel, hop->from, hop->to, hop->fanout};
	}
	tabs = cJSON_AddArrayToObject(j, "tables");
	cJSON_AddItemToArray(tabs, cJSON_CreateString(p->from->name));
	for (h = 0; h < path->nhops; h++)
		cJSON_AddItemToArray(tabs, cJSON_CreateString(path->hops[h].to->name));
	sx_json_add_str(j, "sql", path->sql);
	sx_json_add_num(j, "confidence", round(path->confidence * 1000) / 1000);
	/* Up to a shared parent, then down to another child: the two ends
	 * are many-to-many through that parent. */
	{
		const sx_table *peak = NULL;
		for (h = 0; h < path->nhops; h++) {
			const sx_map_hop *hop = &path->hops[h];
			if (hop->fanout && peak)
				break;
			if (!hop->fanout && hop->rel && hop->rel->card == SX_CARD_MANY_TO_ONE &&
			    hop->to == hop->rel->to.t)
				peak = hop->to;
		}
		if (h < path->nhops && peak) {
			sx_buf b = SX_BUF_INIT;
			sx_buf_printf(&b,
				      "%s%s%s and %s meet only in %s: every row of one side pairs with "
				      "every row of the other that shares it; aggregate each side "
				      "first",
				      path->warning ? path->warning : "", path->warning ? "; " : "",
				      p->from->name, path->hops[path->nhops - 1].to->name, peak->name);
			sx_json_add_str(j, "warning", sx_buf_cstr(&b));
			sx_buf_release(&b);
		} else if (path->warning) {
			sx_json_add_str(j, "warning", path->warning);
		}
	}
	cJSON_AddItemToArray(c->joins, j);
}

/* True when some key of t starts with exactly the columns cols (any order). */
static bool key_covers(const sx_key *k, size_t n, const char *const *cols)
{
	size_t i, j;
	if (k->ncols < n || n == 0)
		return false;
	for (i = 0; i < n; i++) {
		for (j = 0; j < n && strcmp(k->cols[j], cols[i]) != 0; j++)
			;
		if (j == n)
			return false;
	}
	return true;
}

static bool indexed(const sx_table *t, size_t n, const char *const *cols)
{
	size_t i;
	if (key_covers(&t->pk, n, cols))
		return true;
	for (i = 0; i < t->nuniques; i++)
		if (key_covers(&t->uniques[i], n, cols))
			return true;
	for (i = 0; i < t->nindexes; i++)
		if (!t->indexes[i].predicate && key_covers(&t->indexes[i].key, n, cols))
			return true;
	return false;
}

static void check_edge(ctx *c, const edge *e)
{
	const sx_map_rel *r = e->rel;
	if (r->confidence < LOW_CONFIDENCE)
		warn(c, "low_confidence", r->from.t,
		     "the join %s(%s...) -> %s is %s with confidence %.2f: check it before relying on it",
		     r->from.table, r->from.ncols ? r->from.cols[0] : "?", r->to.table,
		     sx_map_rel_kind_name(r->kind), r->confidence);
	if (e->fanout)
		warn(c, "fan_out", e->b,
		     "joining %s to %s is one-to-many: each %s row repeats per %s row, so sums over %s "
		     "double-count",
		     e->a->name, e->b->name, e->a->name, e->b->name, e->a->name);
	if (r->from.t && r->from.ncols && !indexed(r->from.t, r->from.ncols, r->from.cols))
		warn(c, "missing_index", r->from.t,
		     "no index on %s(%s%s) for the join to %s: the join scans %s", r->from.table,
		     r->from.cols[0], r->from.ncols > 1 ? ", ..." : "", r->to.table, r->from.table);
	if (r->to.t && r->to.ncols && !indexed(r->to.t, r->to.ncols, r->to.cols))
		warn(c, "missing_index", r->to.t,
		     "no index or key on %s(%s%s), the parent side of the join from %s", r->to.table,
		     r->to.cols[0], r->to.ncols > 1 ? ", ..." : "", r->from.table);
}

/* The best (lowest) terminal rank in the part of the tree reached from
 * node i without passing through node from. */
static int branch_rank(const ctx *c, long i, long from, int depth)
{
	int best = c->nodes[i].terminal && c->nodes[i].rank >= 0 ? c->nodes[i].rank : 1 << 20;
	size_t e;
	if (depth > MAX_NODES)
		return best;
	for (e = 0; e < c->ne; e++) {
		long a = find_node(c, c->edges[e].rel->from.t), b = find_node(c, c->edges[e].rel->to.t),
		     o;
		int r;
		if (a != i && b != i)
			continue;
		o = a == i ? b : a;
		if (o == from || o < 0 || o == i)
			continue;
		r = branch_rank(c, o, i, depth + 1);
		if (r < best)
			best = r;
	}
	return best;
}

/* The subject's part of the tree (see the design note): core[i] for the
 * nodes one query may join, core_edge[e] for the edges it uses. Returns
 * the number of core nodes. */
static size_t subject_core(ctx *c, bool core[MAX_NODES], bool core_edge[MAX_EDGES])
{
	bool went_up[MAX_NODES] = {false}, down_used[MAX_NODES] = {false};
	bool progress = true;
	size_t i, e, n = 1;
	memset(core, 0, MAX_NODES * sizeof *core);
	memset(core_edge, 0, MAX_EDGES * sizeof *core_edge);
	core[0] = true;
	while (progress) {
		progress = false;
		for (e = 0; e < c->ne; e++) {
			const sx_map_rel *r = c->edges[e].rel;
			long ic = find_node(c, r->from.t), ip = find_node(c, r->to.t), from, to;
			bool up, one = r->card == SX_CARD_ONE_TO_ONE;
			if (core_edge[e] || ic < 0 || ip < 0 || core[ic] == core[ip] || r->via.t)
				continue;
			from = core[ic] ? ic : ip;
			to = core[ic] ? ip : ic;
			up = to == ip; /* child -> parent */
			if (!up && !one) {
				/* one-to-many: never after climbing, one branch a table:
				 * the branch holding the best-ranked terminal */
				size_t e2;
				bool better = false;
				if (went_up[from] || down_used[from])
					continue;
				for (e2 = 0; e2 < c->ne && !better; e2++) {
					const sx_map_rel *r2 = c->edges[e2].rel;
					long c2 = find_node(c, r2->from.t), p2 = find_node(c, r2->to.t);
					if (e2 == e || p2 != from || c2 < 0 || core[c2] || r2->via.t ||
					    r2->card == SX_CARD_ONE_TO_ONE)
						continue;
					better = branch_rank(c, c2, from, 0) < branch_rank(c, to, from, 0);
				}
				if (better)
					continue;
				down_used[from] = true;
			}
			went_up[to] = went_up[from] || (up && !one);
			core[to] = core_edge[e] = progress = true;
			n++;
		}
	}
	/* Connectors left as leaves led only to excluded tables. */
	for (progress = true; progress;) {
		progress = false;
		for (i = 1; i < c->nn; i++) {
			size_t deg = 0, last = 0;
			if (!core[i] || c->nodes[i].terminal)
				continue;
			for (e = 0; e < c->ne; e++)
				if (core_edge[e] && (find_node(c, c->edges[e].rel->from.t) == (long)i ||
						     find_node(c, c->edges[e].rel->to.t) == (long)i)) {
					deg++;
					last = e;
				}
			if (deg <= 1) {
				core[i] = false;
				if (deg)
					core_edge[last] = false;
				n--;
				progress = true;
			}
		}
	}
	return n;
}

/* One SQL statement over the subject's part of the tree (subject_core):
 * breadth first from the first terminal. NULL when that part has a
 * many-to-many edge (its junction is joined by the per-path SQL instead)
 * or no edge. */
static char *tree_sql(ctx *c, const bool core[MAX_NODES], const bool core_edge[MAX_EDGES])
{
	sx_db_kind dialect = c->nodes[0].t->schema->db->kind;
	bool in[MAX_NODES] = {false}, used[MAX_EDGES] = {false};
	sx_buf b = SX_BUF_INIT;
	size_t i, e, done = 1, k = 0, ncore = 0, nce = 0;
	bool progress = true;
	for (i = 0; i < c->nn; i++)
		ncore += core[i];
	for (e = 0; e < c->ne; e++) {
		if (!core_edge[e])
			continue;
		nce++;
		if (c->edges[e].rel->via.t || !c->edges[e].rel->from.t || !c->edges[e].rel->to.t)
			return NULL;
	}
	if (!nce)
		return NULL;
	for (i = 0; i < c->nn; i++)
		if (!c->nodes[i].alias[0])
			snprintf(c->nodes[i].alias, sizeof c->nodes[i].alias, "t%zu", i + 1);
	sx_buf_puts(&b, "SELECT ");
	for (i = 0; i < c->nn; i++)
		if (c->nodes[i].terminal && core[i])
			sx_buf_printf(&b, "%s%s.*", k++ ? ", " : "", c->nodes[i].alias);
	sx_buf_puts(&b, "\nFROM ");
	sx_map_quote_ident(&b, dialect, c->nodes[0].t->name);
	sx_buf_printf(&b, " AS %s", c->nodes[0].alias);
	in[0] = true;
	while (progress && done < ncore) {
		progress = false;
		for (e = 0; e < c->ne; e++) {
			const sx_map_rel *r = c->edges[e].rel;
			long ic = find_node(c, r->from.t), ip = find_node(c, r->to.t), inew, iold;
			size_t col;
			if (!core_edge[e] || used[e] || ic < 0 || ip < 0 || in[ic] == in[ip])
				continue;
			inew = in[ic] ? ip : ic;
			iold = in[ic] ? ic : ip;
			/* child -> parent over a nullable key keeps the child's rows */
			sx_buf_puts(&b, inew == ip && r->from_nullable ? "\nLEFT JOIN " : "\nJOIN ");
			sx_map_quote_ident(&b, dialect, c->nodes[inew].t->name);
			sx_buf_printf(&b, " AS %s ON ", c->nodes[inew].alias);
			for (col = 0; col < r->from.ncols && col < r->to.ncols; col++) {
				if (col)
					sx_buf_puts(&b, " AND ");
				sx_buf_printf(&b, "%s.", c->nodes[ic].alias);
				sx_map_quote_ident(&b, dialect, r->from.cols[col]);
				sx_buf_printf(&b, " = %s.", c->nodes[ip].alias);
				sx_map_quote_ident(&b, dialect, r->to.cols[col]);
			}
			(void)iold;
			in[inew] = used[e] = progress = true;
			done++;
		}
	}
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return NULL;
	}
	return sx_buf_detach(&b);
}

/* Load order: a table after every table it references (parents first). */
static cJSON *flow_order(ctx *c)
{
	size_t indeg[MAX_NODES] = {0}, i, e, n = 0;
	bool out[MAX_NODES] = {false};
	cJSON *a = cJSON_CreateArray();
	for (e = 0; e < c->ne; e++) {
		long ic = find_node(c, c->edges[e].rel->from.t);
		if (ic >= 0 && c->edges[e].rel->to.t != c->edges[e].rel->from.t)
			indeg[ic]++;
	}
	while (n < c->nn) {
		long pick = -1;
		for (i = 0; i < c->nn; i++)
			if (!out[i] && indeg[i] == 0 &&
			    (pick < 0 || strcmp(c->nodes[i].t->name, c->nodes[pick].t->name) < 0))
				pick = (long)i;
		if (pick < 0) /* a cycle: take the remaining ones by name */
			for (i = 0; i < c->nn; i++)
				if (!out[i] && (pick < 0 ||
						strcmp(c->nodes[i].t->name, c->nodes[pick].t->name) < 0))
					pick = (long)i;
		out[pick] = true;
		n++;
		cJSON_AddItemToArray(a, cJSON_CreateString(c->nodes[pick].t->name));
		for (e = 0; e < c->ne; e++)
			if (c->edges[e].rel->to.t == c->nodes[pick].t) {
				long ic = find_node(c, c->edges[e].rel->from.t);
				if (ic >= 0 && indeg[ic] > 0 && ic != pick)
					indeg[ic]--;
			}
	}
	return a;
}

static cJSON *table_json(ctx *c, const sx_search *s, const node *nd)
{
	const sx_table *t = nd->t;
	const sx_map_table *mt = sx_dbmap_table(c->map, t);
	const sx_table_info *info = sx_search_table_info(s, t);
	cJSON *o = cJSON_CreateObject(), *cols = NULL;
	size_t i;
	sx_json_add_str(o, "database", t->schema->db->name);
	sx_json_add_str(o, "schema", t->schema->name);
	sx_json_add_str(o, "name", t->name);
	sx_json_add_str(o, "role", nd->terminal ? "match" : "connector");
	if (nd->score > 0)
		sx_json_add_num(o, "score", round(nd->score * 10000) / 10000);
	sx_json_add_str(o, "description", info->description ? info->description : t->comment);
	sx_json_add_str(o, "domain", info->domain);
	if (t->row_count >= 0)
		sx_json_add_int(o, "rows", t->row_count);
	else
		cJSON_AddNullToObject(o, "rows");
	sx_json_add_bool(o, "pii", mt && mt->ncols > 0);
	cols = cJSON_AddArrayToObject(o, "columns");
	for (i = 0; i < t->ncols; i++) {
		const sx_map_column *mc = sx_dbmap_column(c->map, t, t->cols[i].name);
		cJSON *x = cJSON_CreateObject();
		sx_json_add_str(x, "name", t->cols[i].name);
		sx_json_add_str(x, "type", t->cols[i].type);
		if (sx_table_col_in_pk(t, t->cols[i].name))
			sx_json_add_bool(x, "pk", true);
		if (mc)
			sx_json_add_str(x, "pii", sx_map_pii_name(mc->pii));
		if (t->cols[i].comment)
			sx_json_add_str(x, "comment", t->cols[i].comment);
		cJSON_AddItemToArray(cols, x);
	}
	if (mt && mt->ncols) {
		sx_buf b = SX_BUF_INIT;
		for (i = 0; i < mt->ncols; i++)
			sx_buf_printf(&b, "%s%s (%s)", i ? ", " : "", mt->cols[i].name,
				      sx_map_pii_name(mt->cols[i].pii));
		warn(c, "pii", t, "%s holds personal data: %s", t->name, sx_buf_cstr(&b));
		sx_buf_release(&b);
	}
	return o;
}

int sx_search_context(sx_search *s, const struct sx_dbmap *map, const char *query,
		      const sx_context_opts *opts, cJSON **out, sx_error *err)
{
	ctx *c = sx_calloc(1, sizeof *c);
	sx_search_result *r = NULL;
	const sx_table *terms[MAX_TERMINALS];
	double scores[MAX_TERMINALS] = {0};
	bool attached[MAX_TERMINALS] = {false};
	bool core[MAX_NODES], core_edge[MAX_EDGES];
	size_t nt = 0, i, left;
	cJSON *res = NULL, *rt, *rels;
	char *sql;
	int rc = 0;

	*out = NULL;
	if (!c)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	c->map = map;
	if (opts && opts->tables && opts->tables[0]) {
		for (i = 0; opts->tables[i] && nt < MAX_TERMINALS; i++) {
			size_t j;
			for (j = 0; j < nt && terms[j] != opts->tables[i]; j++)
				;
			if (j == nt)
				terms[nt++] = opts->tables[i];
		}
	} else {
		sx_search_opts so = SX_SEARCH_OPTS_INIT;
		so.k = opts && opts->k ? opts->k : 5;
		if (so.k > MAX_TERMINALS)
			so.k = MAX_TERMINALS;
		if ((rc = sx_search_query(s, query, &so, &r, err)))
			goto done;
		if (!r->n) {
			rc = sx_error_set(err, SX_ENOTFOUND, "no table matches '%s'", query);
			goto done;
		}
		/* strong hits of the best hit's database */
		for (i = 0; i < r->n; i++)
			if (r->hits[i].table->schema->db == r->hits[0].table->schema->db &&
			    r->hits[i].score >= 0.5 * r->hits[0].score) {
				scores[nt] = r->hits[i].score;
				terms[nt++] = r->hits[i].table;
			}
	}
	c->warnings = cJSON_CreateArray();
	c->joins = cJSON_CreateArray();
	add_node(c, terms[0], true, scores[0]);
	attached[0] = true;
	for (i = 1; i < nt; i++) {
		if (terms[i]->schema->db != terms[0]->schema->db) {
			warn(c, "other_database", terms[i],
			     "%s is in database %s, not %s: no join can reach it", terms[i]->name,
			     terms[i]->schema->db->name, terms[0]->schema->db->name);
			attached[i] = true;
		} else if (find_node(c, terms[i]) >= 0) {
			attached[i] = true;
		}
	}
	/* Takahashi-Matsuyama: attach the cheapest terminal until none is left
	 * or none can be reached. */
	for (left = 0, i = 0; i < nt; i++)
		left += !attached[i];
	while (left) {
		sx_map_paths *best = NULL;
		size_t bi = 0;
		for (i = 0; i < nt; i++) {
			sx_map_paths *p;
			if (attached[i])
				continue;
			if ((rc = attach(c, terms[i], &p, err))) {
				sx_map_paths_free(best);
				goto done;
			}
			if (p && (!best || p->paths[0].cost < best->paths[0].cost)) {
				sx_map_paths_free(best);
				best = p;
				bi = i;
			} else {
				sx_map_paths_free(p);
			}
		}
		if (!best)
			break;
		add_path(c, best);
		sx_map_paths_free(best);
		for (i = 0; i < nt; i++)
			if (!attached[i] && find_node(c, terms[i]) >= 0) {
				attached[i] = true;
				left--;
			}
		(void)bi;
	}
	for (i = 0; i < nt; i++) {
		long ni = add_node(c, terms[i], true, scores[i]);
		if (ni >= 0 && scores[i] > 0)
			c->nodes[ni].score = scores[i];
		if (ni >= 0 && c->nodes[ni].rank < 0)
			c->nodes[ni].rank = (int)i;
		if (!attached[i])
			warn(c, "unconnected", terms[i],
			     "no relationship of the map connects %s to %s within 4 hops", terms[i]->name,
			     terms[0]->name);
	}

	res = cJSON_CreateObject();
	sx_json_add_str(res, "query", query);
	sx_json_add_str(res, "database", terms[0]->schema->db->name);
	rt = cJSON_AddArrayToObject(res, "relevant_tables");
	for (i = 0; i < c->nn; i++)
		cJSON_AddItemToArray(rt, table_json(c, s, &c->nodes[i]));
	rels = cJSON_AddArrayToObject(res, "table_relationships");
	for (i = 0; i < c->ne; i++) {
		cJSON_AddItemToArray(rels, sx_map_rel_to_json(c->edges[i].rel));
		check_edge(c, &c->edges[i]);
	}
	subject_core(c, core, core_edge);
	for (i = 1; i < c->nn; i++)
		if (c->nodes[i].terminal && !core[i] && c->ne)
			warn(c, "separate", c->nodes[i].t,
			     "%s is not joined with %s in one query: the path between them climbs to a "
			     "shared parent and down again (or branches into a second one-to-many), which "
			     "pairs every row of one side with every row of the other; use its own "
			     "suggested join",
			     c->nodes[i].t->name, c->nodes[0].t->name);
	if ((sql = tree_sql(c, core, core_edge))) {
		cJSON *all = cJSON_CreateObject(), *tabs = cJSON_AddArrayToObject(all, "tables");
		int same;
		for (i = 0; i < c->nn; i++)
			if (core[i])
				cJSON_AddItemToArray(tabs, cJSON_CreateString(c->nodes[i].t->name));
		/* a path that already joins exactly these tables says it with
		 * its confidence and warnings: it moves first, not a twin */
		if ((same = same_tables_join(c->joins, tabs)) >= 0) {
			cJSON_Delete(all);
			all = cJSON_DetachItemFromArray(c->joins, same);
		} else {
			sx_json_add_str(all, "sql", sql);
		}
		sx_json_add_str(all, "note", "the subject's tables in one query");
		cJSON_InsertItemInArray(c->joins, 0, all);
		free(sql);
	}
	cJSON_AddItemToObject(res, "suggested_joins", c->joins);
	c->joins = NULL;
	cJSON_AddItemToObject(res, "data_flow_order", flow_order(c));
	cJSON_AddItemToObject(res, "warnings", c->warnings);
	c->warnings = NULL;
	*out = res;
	res = NULL;
done:
	cJSON_Delete(res);
	cJSON_Delete(c->warnings);
	cJSON_Delete(c->joins);
	sx_search_result_free(r);
	free(c);
	return rc;
}
