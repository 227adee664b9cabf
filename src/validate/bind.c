/*
 * bind.c - binds parsed SQL (libpg_query's JSON tree) against the catalog
 * and runs the SQL lints that need names resolved.
 *
 * Data flow, one call per SQL text, on the caller's thread:
 *
 *   statements -> bind_select (recursive: CTEs, set operations, derived
 *   tables, sublinks) -> a scope per SELECT holding its FROM relations
 *   (catalog tables, CTEs, derived tables, opaque things such as
 *   functions) -> every ColumnRef resolved against the scope chain (a
 *   parent scope is an outer query: correlated references) -> a list of
 *   resolved references per SELECT, tagged with their clause and whether
 *   they sit inside an aggregate -> after the SELECT is bound, the GROUP BY
 *   check, the join checks (types, relationships, cardinality) and the fan
 *   trap run over that list.
 *
 * What cannot be known is never reported: a relation the binder cannot see
 * into (an unknown table, a set-returning function) is "opaque" and any
 * column of it is accepted, so one unknown table gives one finding, not one
 * per column.
 *
 * Everything allocated here lives in one arena that dies with the call.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "validate_int.h"

/* ---------------------------------------------------------------- model */

typedef struct bcol {
	const char *name;
	sx_typefam fam;
	const sx_column *col; /* catalog column, NULL for derived ones */
	/* the catalog column it carries unchanged (a bare reference or a cast
	 * through CTEs and derived tables), for PII; NULL when computed */
	const sx_table *otab;
	const char *ocol;
} bcol;

typedef struct brel {
	const char *alias;    /* the name that qualifies its columns */
	const char *schema;   /* schema of a catalog table, else NULL */
	sx_table *table;      /* catalog table, else NULL */
	bcol *cols;
	size_t ncols;
	bool opaque;          /* columns unknown: accept any */
	bool fanned;          /* rows multiplied by a one-to-many join */
	int loc;
} brel;

typedef struct bcte {
	const char *name;
	bcol *cols;
	size_t ncols;
	bool opaque;
	struct bcte *next;
} bcte;

typedef struct scope {
	struct scope *parent;
	brel **rels;
	size_t nrels, cap;
	const char **usings;  /* JOIN ... USING column names */
	size_t nusings, ucap;
	bcte *ctes;
} scope;

enum { CL_OTHER = 0, CL_TARGET, CL_WHERE, CL_GROUP, CL_HAVING, CL_ORDER, CL_JOIN };

typedef struct bref {
	brel *rel;
	int col;              /* index into rel->cols, -1 when rel is opaque */
	int loc;
	int clause;
	int tidx;             /* target index for CL_TARGET */
	bool in_agg;          /* inside an aggregate call */
	bool fan_agg;         /* inside SUM/AVG without DISTINCT */
	bool outer;           /* resolved in an outer query */
} bref;

typedef struct edge {
	brel *a, *b;
	int ca, cb;
	int loc;
} edge;

/* Per-SELECT state while its clauses are bound. */
typedef struct selctx {
	scope *s;
	bref *refs;
	size_t nrefs, rcap;
	edge *edges;
	size_t nedges, ecap;
	int clause, tidx;
	int agg_depth, fan_depth;
	bool has_agg;
	const char **outnames; /* output names, for ORDER/GROUP BY aliases */
	size_t nout;
} selctx;

typedef struct outcols {
	bcol *cols;
	size_t ncols;
	bool opaque;
} outcols;

typedef struct binder {
	const sx_bind_opts *o;
	const sx_validate_ctx *ctx;
	const char *sql;
	sx_finding_list *out;
	sx_arena *a;
	selctx *sel;
	int depth;            /* 0: the statement's own SELECT */
	int rc;               /* first allocation failure */
	int64_t large;
	/* run_preview: which output columns carry personal data */
	bool collect;
	bool pf_done, pf_rest;
	bool *pf;
	size_t npf, pfcap;
	const cJSON *later;   /* the statements after the one being bound */
} binder;

/* ---------------------------------------------------------------- helpers */

static void *agrow(binder *b, void *v, size_t *cap, size_t need, size_t size)
{
	size_t ncap;
	void *nv;
	if (need <= *cap)
		return v;
	ncap = *cap ? *cap * 2 : 8;
	while (ncap < need)
		ncap *= 2;
	if (!(nv = sx_arena_alloc(b->a, ncap * size))) {
		b->rc = SX_ENOMEM;
		return NULL;
	}
	if (v)
		memcpy(nv, v, *cap * size);
	*cap = ncap;
	return nv;
}

/* An identifier from the artifact, made safe for a message: control bytes
 * replaced, length bounded (hostile names can be huge). */
static const char *safe(binder *b, const char *s)
{
	char *t, *r;
	if (!s)
		return "?";
	t = sx_sanitize(s, false);
	if (!t)
		return "?";
	if (strlen(t) > 80)
		memcpy(t + 77, "...", 4);
	r = sx_arena_strdup(b->a, t);
	free(t);
	return r ? r : "?";
}

static void pos_of(binder *b, int loc, int *line, int *col)
{
	if (loc < 0) {
		*line = *col = 0;
		return;
	}
	sx__text_pos(b->sql, loc, false, line, col);
}

static void finding_va(binder *b, sx_severity sev, const char *rule, int loc, const char *hint,
		       const char *fmt, va_list ap) SX_PRINTF(6, 0);
static void finding_va(binder *b, sx_severity sev, const char *rule, int loc, const char *hint,
		       const char *fmt, va_list ap)
{
	char msg[1024];
	int line, col;

	vsnprintf(msg, sizeof msg, fmt, ap);
	pos_of(b, loc, &line, &col);
	if (sx__finding_sev(b->out, sev, rule, b->o->art, line, col, hint, "%s", msg))
		b->rc = SX_ENOMEM;
}

/* A finding with the rule's own severity (a warning for an unknown rule). */
static void finding(binder *b, const char *rule, int loc, const char *hint, const char *fmt, ...)
	SX_PRINTF(5, 6);
static void finding(binder *b, const char *rule, int loc, const char *hint, const char *fmt, ...)
{
	const sx_validate_rule *r = sx_validate_rule_find(rule);
	va_list ap;

	va_start(ap, fmt);
	finding_va(b, r ? r->severity : SX_SEV_WARNING, rule, loc, hint, fmt, ap);
	va_end(ap);
}

static void finding_sev(binder *b, sx_severity sev, const char *rule, int loc, const char *hint,
			const char *fmt, ...) SX_PRINTF(6, 7);
static void finding_sev(binder *b, sx_severity sev, const char *rule, int loc, const char *hint,
			const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	finding_va(b, sev, rule, loc, hint, fmt, ap);
	va_end(ap);
}

/* The single node inside a {"Type": {...}} wrapper, and its type name. */
static const cJSON *node_of(const cJSON *n, const char **type)
{
	if (!n || !cJSON_IsObject(n) || !n->child) {
		if (type)
			*type = "";
		return NULL;
	}
	if (type)
		*type = n->child->string ? n->child->string : "";
	return n->child;
}

static const cJSON *get(const cJSON *o, const char *k)
{
	return o ? cJSON_GetObjectItemCaseSensitive(o, k) : NULL;
}

static int loc_of(const cJSON *o)
{
	const cJSON *l = get(o, "location");
	return cJSON_IsNumber(l) ? l->valueint : -1;
}

/* The first non-negative "location" in a subtree (depth first). */
static int first_loc(const cJSON *n)
{
	const cJSON *it;
	int l;
	if (!n)
		return -1;
	if (cJSON_IsObject(n) && (l = loc_of(n)) >= 0)
		return l;
	cJSON_ArrayForEach(it, n)
	{
		if ((cJSON_IsObject(it) || cJSON_IsArray(it)) && (l = first_loc(it)) >= 0)
			return l;
	}
	return -1;
}

static const char *sval(const cJSON *strnode)
{
	const cJSON *s = get(strnode, "String");
	const cJSON *v = get(s, "sval");
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static const char *str_of(const cJSON *o, const char *k)
{
	const cJSON *v = get(o, k);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The last name of a qualified name list ([{"String":{"sval":..}}, ...]). */
static const char *last_name(const cJSON *list)
{
	const cJSON *it, *last = NULL;
	cJSON_ArrayForEach(it, list) last = it;
	return last ? sval(last) : NULL;
}

size_t sx__edit_distance(const char *a, const char *b, size_t cap)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	size_t row[65], best;
	if (la > 64 || lb > 64)
		return cap + 1;
	if ((la > lb ? la - lb : lb - la) > cap)
		return cap + 1;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		best = row[0];
		for (j = 1; j <= lb; j++) {
			size_t up = row[j];
			char ca = a[i - 1], cb = b[j - 1];
			if (ca >= 'A' && ca <= 'Z')
				ca = (char)(ca - 'A' + 'a');
			if (cb >= 'A' && cb <= 'Z')
				cb = (char)(cb - 'A' + 'a');
			size_t v = diag + (ca != cb);
			if (row[j] + 1 < v)
				v = row[j] + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
			diag = up;
			if (v < best)
				best = v;
		}
		if (best > cap)
			return cap + 1;
	}
	return row[lb];
}

/* Keeps the closest candidate name within a distance that grows with the
 * name's length (1 for short names, up to 3). Shared with chsql.c. */
void sx__suggest_init(sx__suggest *g, const char *want)
{
	g->want = want;
	g->best = NULL;
	g->dist = (size_t)-1;
}

void sx__suggest_try(sx__suggest *g, const char *cand)
{
	size_t len = strlen(g->want), cap = len <= 4 ? 1 : len <= 9 ? 2 : 3, d;
	if (!cand)
		return;
	d = sx__edit_distance(g->want, cand, cap);
	if (d <= cap && d < g->dist) {
		g->dist = d;
		g->best = cand;
	}
}

static const char *hint_of(binder *b, const sx__suggest *g, const char *fallback)
{
	if (g->best)
		return sx_arena_printf(b->a, "did you mean \"%s\"?", safe(b, g->best));
	return fallback;
}

/* ---------------------------------------------------------------- catalog */

static bool name_eq(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

static bool db_in_scope(const binder *b, const sx_database *db)
{
	return !b->ctx->db || b->ctx->db == db;
}

static sx_table *schema_table(const sx_schema *s, const char *name)
{
	size_t i;
	sx_table *t = sx_schema_find_table(s, name);
	if (t)
		return t;
	/* Quoted mixed-case names are kept as written; PostgreSQL folds
	 * unquoted ones, which the parser already did. SQLite and ClickHouse
	 * sources compare without case. */
	for (i = 0; i < s->ntables; i++)
		if (sx_str_eq_nocase(s->tables[i]->name, name))
			return s->tables[i];
	return NULL;
}

static brel *new_rel(binder *b, const char *alias, int loc)
{
	brel *r = sx_arena_alloc(b->a, sizeof *r);
	if (!r) {
		b->rc = SX_ENOMEM;
		return NULL;
	}
	r->alias = alias ? sx_arena_strdup(b->a, alias) : NULL;
	r->loc = loc;
	return r;
}

static void rel_from_table(binder *b, brel *r, sx_table *t)
{
	size_t i;
	r->table = t;
	r->schema = t->schema ? t->schema->name : NULL;
	r->ncols = t->ncols;
	r->cols = t->ncols ? sx_arena_alloc(b->a, t->ncols * sizeof *r->cols) : NULL;
	if (t->ncols && !r->cols) {
		b->rc = SX_ENOMEM;
		r->ncols = 0;
		r->opaque = true;
		return;
	}
	for (i = 0; i < t->ncols; i++) {
		r->cols[i].name = t->cols[i].name;
		r->cols[i].fam = t->cols[i].family;
		r->cols[i].col = &t->cols[i];
		r->cols[i].otab = t;
		r->cols[i].ocol = t->cols[i].name;
	}
}

/* Tables whose map description says they hold one row per the named
 * thing: "customers" finds cst_mstr ("... one row per customer, ..."),
 * for legacy names no edit distance reaches. The singular is the name
 * less a trailing "s". An exact phrase wins; otherwise up to three tables
 * whose phrase starts with the word ("one row per order header", "one row
 * per order item" for "orders") are offered. Returns a hint or NULL. */
static const char *by_description(binder *b, const char *schema, const char *name)
{
	const sx_catalog *cat = b->ctx->cat;
	char want[96], pat[128];
	const char *partial[3];
	size_t d, s, t, n = strlen(name), np = 0;
	if (n < 3 || n >= sizeof want)
		return NULL;
	memcpy(want, name, n + 1);
	for (size_t i = 0; i < n; i++)
		if (want[i] >= 'A' && want[i] <= 'Z')
			want[i] = (char)(want[i] - 'A' + 'a');
	if (n > 3 && want[n - 1] == 's')
		want[--n] = 0;
	snprintf(pat, sizeof pat, "one row per %s", want);
	for (d = 0; d < cat->ndbs; d++) {
		if (!db_in_scope(b, cat->dbs[d]))
			continue;
		for (s = 0; s < cat->dbs[d]->nschemas; s++) {
			const sx_schema *sc = cat->dbs[d]->schemas[s];
			if (schema && !sx_str_eq_nocase(sc->name, schema))
				continue;
			for (t = 0; t < sc->ntables; t++) {
				const sx_map_table *mt = sx_dbmap_table(b->ctx->map, sc->tables[t]);
				const char *hit;
				if (!mt || !mt->description || !(hit = strstr(mt->description, pat)))
					continue;
				hit += strlen(pat);
				if (*hit == 'e' && hit[1] == 's')
					hit += 2; /* "addresses" -> "address" + "es" */
				if (!*hit || *hit == ',' || *hit == ';' || *hit == '.' || *hit == ':')
					return sx_arena_printf(b->a, "did you mean \"%s\" (one row per %s)?",
							       safe(b, sc->tables[t]->name), safe(b, want));
				if (*hit == ' ' && np < 3)
					partial[np++] = sc->tables[t]->name;
			}
		}
	}
	if (np == 1)
		return sx_arena_printf(b->a, "did you mean \"%s\"?", safe(b, partial[0]));
	if (np == 2)
		return sx_arena_printf(b->a, "did you mean \"%s\" or \"%s\"?", safe(b, partial[0]),
				       safe(b, partial[1]));
	if (np == 3)
		return sx_arena_printf(b->a, "did you mean \"%s\", \"%s\" or \"%s\"?",
				       safe(b, partial[0]), safe(b, partial[1]), safe(b, partial[2]));
	return NULL;
}

/* Finds a catalog table for schema.name (schema may be NULL), reporting
 * unknown schemas and tables. NULL when not found (already reported). */
static sx_table *lookup_table(binder *b, const char *schema, const char *name, int loc)
{
	const sx_catalog *cat = b->ctx->cat;
	size_t d, s, t;
	sx__suggest g;
	sx_table *found = NULL, *elsewhere = NULL;
	bool schema_seen = false;

	for (d = 0; d < cat->ndbs; d++) {
		sx_database *db = cat->dbs[d];
		if (!db_in_scope(b, db))
			continue;
		for (s = 0; s < db->nschemas; s++) {
			sx_schema *sc = db->schemas[s];
			sx_table *hit;
			if (schema && !name_eq(sc->name, schema) && !sx_str_eq_nocase(sc->name, schema))
				continue;
			schema_seen = true;
			if (!(hit = schema_table(sc, name)))
				continue;
			/* Only PostgreSQL has a search path to miss: other
			 * kinds have one schema per database. */
			if (schema || name_eq(sc->name, "public") ||
			    (db->kind != SX_DB_POSTGRES && db->kind != SX_DB_DDL))
				return hit;
			if (!elsewhere)
				elsewhere = hit;
		}
	}
	if (!schema && elsewhere) {
		found = elsewhere;
		finding(b, "sql.unqualified-table", loc,
			sx_arena_printf(b->a, "write %s.%s", safe(b, found->schema->name),
					safe(b, found->name)),
			"table \"%s\" is in schema \"%s\", which is not the default search path",
			safe(b, name), safe(b, found->schema->name));
		return found;
	}
	if (schema && !schema_seen) {
		sx__suggest_init(&g, schema);
		for (d = 0; d < cat->ndbs; d++)
			if (db_in_scope(b, cat->dbs[d]))
				for (s = 0; s < cat->dbs[d]->nschemas; s++)
					sx__suggest_try(&g, cat->dbs[d]->schemas[s]->name);
		finding(b, "sql.unknown-schema", loc, hint_of(b, &g, NULL),
			"schema \"%s\" does not exist in the source", safe(b, schema));
		return NULL;
	}
	sx__suggest_init(&g, name);
	for (d = 0; d < cat->ndbs; d++) {
		sx_database *db = cat->dbs[d];
		if (!db_in_scope(b, db))
			continue;
		for (s = 0; s < db->nschemas; s++) {
			sx_schema *sc = db->schemas[s];
			if (schema && !sx_str_eq_nocase(sc->name, schema))
				continue;
			for (t = 0; t < sc->ntables; t++)
				sx__suggest_try(&g, sc->tables[t]->name);
		}
	}
	{
		const char *hint = hint_of(b, &g, NULL);
		if (!hint && b->ctx->map)
			hint = by_description(b, schema, name);
		if (b->o->art == SX_ART_LOAD_SQL) {
			/* A load names target tables too, which the source
			 * catalog cannot know: say so without calling it wrong. */
			finding_sev(b, SX_SEV_INFO, "sql.unknown-table", loc, hint,
				    "table \"%s\" is not in the source catalog (a target table?)",
				    safe(b, name));
			return NULL;
		}
		finding(b, "sql.unknown-table", loc, hint, "table \"%s%s%s\" does not exist in the source",
			schema ? safe(b, schema) : "", schema ? "." : "", safe(b, name));
	}
	return NULL;
}

/* ---------------------------------------------------------------- scopes */

static void scope_add(binder *b, scope *s, brel *r)
{
	brel **v;
	if (!r)
		return;
	if (!(v = agrow(b, s->rels, &s->cap, s->nrels + 1, sizeof *v)))
		return;
	s->rels = v;
	s->rels[s->nrels++] = r;
}

static void scope_add_using(binder *b, scope *s, const char *name)
{
	const char **v;
	if (!(v = agrow(b, s->usings, &s->ucap, s->nusings + 1, sizeof *v)))
		return;
	s->usings = v;
	s->usings[s->nusings++] = name;
}

static bool scope_is_using(const scope *s, const char *name)
{
	size_t i;
	for (i = 0; i < s->nusings; i++)
		if (name_eq(s->usings[i], name))
			return true;
	return false;
}

static const bcte *find_cte(const scope *s, const char *name)
{
	for (; s; s = s->parent) {
		const bcte *c;
		for (c = s->ctes; c; c = c->next)
			if (name_eq(c->name, name))
				return c;
	}
	return NULL;
}

static int rel_col(const brel *r, const char *name)
{
	size_t i;
	for (i = 0; i < r->ncols; i++)
		if (name_eq(r->cols[i].name, name))
			return (int)i;
	/* SQLite and ClickHouse catalogs keep their own case; the PostgreSQL
	 * parser folded the reference already. */
	for (i = 0; i < r->ncols; i++)
		if (sx_str_eq_nocase(r->cols[i].name, name))
			return (int)i;
	return -1;
}

static brel *scope_rel(const scope *s, const char *alias, const char *schema)
{
	size_t i;
	for (i = 0; i < s->nrels; i++) {
		brel *r = s->rels[i];
		if (!r->alias || !name_eq(r->alias, alias))
			continue;
		if (schema && r->schema && !name_eq(r->schema, schema))
			continue;
		return r;
	}
	for (i = 0; i < s->nrels; i++) {
		brel *r = s->rels[i];
		if (r->alias && sx_str_eq_nocase(r->alias, alias) &&
		    (!schema || !r->schema || sx_str_eq_nocase(r->schema, schema)))
			return r;
	}
	return NULL;
}

/* ---------------------------------------------------------------- refs */

static void add_ref(binder *b, brel *r, int col, int loc, bool outer)
{
	selctx *x = b->sel;
	bref *v;
	if (!x)
		return;
	if (!(v = agrow(b, x->refs, &x->rcap, x->nrefs + 1, sizeof *v)))
		return;
	x->refs = v;
	x->refs[x->nrefs++] = (bref){r, col, loc, x->clause, x->tidx, x->agg_depth > 0,
				    x->fan_depth > 0, outer};
}

static bool out_name(const selctx *x, const char *name)
{
	size_t i;
	for (i = 0; x && i < x->nout; i++)
		if (name_eq(x->outnames[i], name))
			return true;
	return false;
}

/* Resolves a ColumnRef. Returns the relation and column index through
 * *rr / *rc (col -1: opaque) and true when it resolved; reports unknown
 * and ambiguous names unless quiet. */
static bool resolve(binder *b, scope *s, const cJSON *cref, bool quiet, brel **rr, int *rc,
		    bool *outer)
{
	const cJSON *fields = get(cref, "fields"), *f;
	const char *parts[4];
	size_t n = 0, i;
	int loc = loc_of(cref);
	scope *sc;

	*rr = NULL;
	*rc = -1;
	*outer = false;
	cJSON_ArrayForEach(f, fields)
	{
		if (n == 4)
			return false;
		if (get(f, "A_Star"))
			return false; /* star: expanded by the caller */
		if (!(parts[n++] = sval(f)))
			return false;
	}
	if (n == 1) {
		const char *name = parts[0];
		for (sc = s; sc; sc = sc->parent) {
			brel *hit = NULL;
			int hcol = -1, nhits = 0;
			bool opaque = false;
			for (i = 0; i < sc->nrels; i++) {
				int c = rel_col(sc->rels[i], name);
				if (c >= 0) {
					if (!hit) {
						hit = sc->rels[i];
						hcol = c;
					}
					nhits++;
				} else if (sc->rels[i]->opaque) {
					opaque = true;
				}
			}
			if (nhits > 1 && !scope_is_using(sc, name)) {
				if (!quiet)
					finding(b, "sql.ambiguous-column", loc,
						"qualify it with the table's alias",
						"column reference \"%s\" is ambiguous (%d tables have it)",
						safe(b, name), nhits);
				*rr = hit;
				*rc = hcol;
				return true;
			}
			if (hit) {
				*rr = hit;
				*rc = hcol;
				*outer = sc != s;
				return true;
			}
			if (opaque)
				return true; /* it may come from what we cannot see */
		}
		if (b->sel && (b->sel->clause == CL_ORDER || b->sel->clause == CL_GROUP) &&
		    out_name(b->sel, name))
			return true;
		if (!quiet && !b->o->skip_unknown) {
			sx__suggest g;
			sx__suggest_init(&g, name);
			for (sc = s; sc; sc = sc->parent)
				for (i = 0; i < sc->nrels; i++) {
					size_t k;
					for (k = 0; k < sc->rels[i]->ncols; k++)
						sx__suggest_try(&g, sc->rels[i]->cols[k].name);
				}
			finding(b, "sql.unknown-column", loc, hint_of(b, &g, NULL),
				"column \"%s\" does not exist in the tables of the query",
				safe(b, name));
		}
		return false;
	} else {
		const char *schema = n >= 3 ? parts[n - 3] : NULL, *alias = parts[n - 2],
			   *name = parts[n - 1];
		brel *r = NULL;
		int c;
		for (sc = s; sc && !r; sc = sc->parent)
			if ((r = scope_rel(sc, alias, schema)))
				*outer = sc != s;
		if (!r) {
			if (!quiet && !b->o->skip_unknown) {
				sx__suggest g;
				sx__suggest_init(&g, alias);
				for (sc = s; sc; sc = sc->parent)
					for (i = 0; i < sc->nrels; i++)
						sx__suggest_try(&g, sc->rels[i]->alias);
				finding(b, "sql.missing-from", loc, hint_of(b, &g, NULL),
					"\"%s\" is not a table or alias of the query (missing FROM entry)",
					safe(b, alias));
			}
			return false;
		}
		*rr = r;
		if (r->opaque)
			return true;
		if ((c = rel_col(r, name)) >= 0) {
			*rc = c;
			return true;
		}
		if (!quiet && !b->o->skip_unknown) {
			sx__suggest g;
			sx__suggest_init(&g, name);
			for (i = 0; i < r->ncols; i++)
				sx__suggest_try(&g, r->cols[i].name);
			finding(b, "sql.unknown-column", loc, hint_of(b, &g, NULL),
				"column \"%s\" does not exist in \"%s\"", safe(b, name),
				safe(b, r->table ? r->table->name : r->alias));
		}
		*rr = NULL;
		return false;
	}
}

/* ---------------------------------------------------------------- expressions */

static const char *const aggregates[] = {
	"count", "sum", "avg", "min", "max", "array_agg", "string_agg", "bool_and", "bool_or",
	"every", "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg", "stddev",
	"stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp", "percentile_cont",
	"percentile_disc", "mode", "bit_and", "bit_or", "corr", "covar_pop", "covar_samp",
	"regr_slope", "regr_intercept", "regr_count", "regr_r2", "xmlagg", "any_value",
	"group_concat", "total", NULL};

static bool is_agg_name(const char *n)
{
	size_t i;
	for (i = 0; n && aggregates[i]; i++)
		if (sx_str_eq_nocase(n, aggregates[i]))
			return true;
	return false;
}

static bool is_null_const(const cJSON *n)
{
	const char *type;
	const cJSON *c = node_of(n, &type);
	return c && strcmp(type, "A_Const") == 0 && cJSON_IsTrue(get(c, "isnull"));
}

static int bind_select(binder *b, const cJSON *sel, scope *parent, bool top, outcols *oc);

static void walk(binder *b, scope *s, const cJSON *n);

static void walk_children(binder *b, scope *s, const cJSON *o)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, o)
	{
		if (cJSON_IsObject(it) || cJSON_IsArray(it))
			walk(b, s, it);
	}
}

/* Walks any expression tree: every key of an object may hold a node. */
static void walk(binder *b, scope *s, const cJSON *n)
{
	const cJSON *it;
	if (b->rc)
		return;
	if (cJSON_IsArray(n)) {
		walk_children(b, s, n);
		return;
	}
	if (!cJSON_IsObject(n))
		return;
	cJSON_ArrayForEach(it, n)
	{
		const char *k = it->string ? it->string : "";
		if (strcmp(k, "ColumnRef") == 0) {
			brel *r;
			int c;
			bool outer;
			if (resolve(b, s, it, false, &r, &c, &outer) && r)
				add_ref(b, r, c, loc_of(it), outer);
		} else if (strcmp(k, "SelectStmt") == 0) {
			/* a sublink: EXISTS, IN, scalar subquery */
			selctx *save = b->sel;
			outcols oc = {0};
			b->depth++;
			bind_select(b, it, s, false, &oc);
			b->depth--;
			b->sel = save;
		} else if (strcmp(k, "FuncCall") == 0) {
			const char *fn = last_name(get(it, "funcname"));
			bool agg = is_agg_name(fn) && !get(it, "over");
			bool fan = agg && (sx_str_eq_nocase(fn, "sum") || sx_str_eq_nocase(fn, "avg")) &&
				   !cJSON_IsTrue(get(it, "agg_distinct"));
			if (agg && b->sel) {
				b->sel->has_agg = true;
				b->sel->agg_depth++;
				if (fan)
					b->sel->fan_depth++;
			}
			walk_children(b, s, it);
			if (agg && b->sel) {
				b->sel->agg_depth--;
				if (fan)
					b->sel->fan_depth--;
			}
		} else if (strcmp(k, "A_Expr") == 0) {
			const char *op = last_name(get(it, "name"));
			const char *kind = str_of(it, "kind");
			if (kind && strcmp(kind, "AEXPR_OP") == 0 && op &&
			    (!strcmp(op, "=") || !strcmp(op, "<>") || !strcmp(op, "!=")) &&
			    (is_null_const(get(it, "lexpr")) || is_null_const(get(it, "rexpr"))))
				finding(b, "sql.null-comparison", loc_of(it),
					!strcmp(op, "=") ? "write IS NULL" : "write IS NOT NULL",
					"comparison with NULL by \"%s\" is never true", op);
			walk_children(b, s, it);
		} else if (cJSON_IsObject(it) || cJSON_IsArray(it)) {
			walk(b, s, it);
		}
	}
}

/* The type family of an expression, when it is evident. */
static sx_typefam expr_fam(binder *b, scope *s, const cJSON *n)
{
	const char *type;
	const cJSON *c = node_of(n, &type);
	if (!c)
		return SX_TF_OTHER;
	if (!strcmp(type, "ColumnRef")) {
		brel *r;
		int col;
		bool outer;
		if (resolve(b, s, c, true, &r, &col, &outer) && r && col >= 0)
			return r->cols[col].fam;
	} else if (!strcmp(type, "TypeCast")) {
		const char *tn = last_name(get(get(c, "typeName"), "names"));
		if (tn)
			return sx_typefam_of(SX_DB_POSTGRES, tn);
	} else if (!strcmp(type, "FuncCall")) {
		const char *fn = last_name(get(c, "funcname"));
		if (fn && sx_str_eq_nocase(fn, "count"))
			return SX_TF_INTEGER;
		if (fn && (sx_str_eq_nocase(fn, "sum") || sx_str_eq_nocase(fn, "avg")))
			return SX_TF_DECIMAL;
		if (fn && (sx_str_eq_nocase(fn, "min") || sx_str_eq_nocase(fn, "max")) &&
		    cJSON_GetArraySize(get(c, "args")) == 1)
			return expr_fam(b, s, cJSON_GetArrayItem(get(c, "args"), 0));
	} else if (!strcmp(type, "A_Const")) {
		if (get(c, "ival"))
			return SX_TF_INTEGER;
		if (get(c, "fval"))
			return SX_TF_DECIMAL;
		if (get(c, "boolval"))
			return SX_TF_BOOLEAN;
	}
	return SX_TF_OTHER;
}

/* The column an expression passes through unchanged (a bare reference,
 * or a cast of one), so that derived tables and CTEs keep its origin. */
static const bcol *carried(binder *b, scope *s, const cJSON *n)
{
	const char *type;
	const cJSON *c = node_of(n, &type);
	brel *r;
	int col;
	bool outer;
	if (!c)
		return NULL;
	if (!strcmp(type, "TypeCast"))
		return carried(b, s, get(c, "arg"));
	if (strcmp(type, "ColumnRef"))
		return NULL;
	if (resolve(b, s, c, true, &r, &col, &outer) && r && col >= 0)
		return &r->cols[col];
	return NULL;
}

static const char *expr_name(const cJSON *n)
{
	const char *type;
	const cJSON *c = node_of(n, &type);
	if (!c)
		return "?column?";
	if (!strcmp(type, "ColumnRef")) {
		const char *l = last_name(get(c, "fields"));
		return l ? l : "?column?";
	}
	if (!strcmp(type, "FuncCall")) {
		const char *l = last_name(get(c, "funcname"));
		return l ? l : "?column?";
	}
	if (!strcmp(type, "TypeCast"))
		return expr_name(get(c, "arg"));
	if (!strcmp(type, "CoalesceExpr"))
		return "coalesce";
	if (!strcmp(type, "CaseExpr"))
		return "case";
	return "?column?";
}

/* ---------------------------------------------------------------- FROM */

static void add_outcol(binder *b, outcols *oc, size_t *cap, const char *name, sx_typefam fam,
		       const bcol *from)
{
	bcol *v = agrow(b, oc->cols, cap, oc->ncols + 1, sizeof *v);
	if (!v)
		return;
	oc->cols = v;
	oc->cols[oc->ncols++] = (bcol){name, fam, from ? from->col : NULL, from ? from->otab : NULL,
				       from ? from->ocol : NULL};
}

/* Renames a relation's columns by an alias column list: AS x(a, b). */
static void apply_colnames(binder *b, brel *r, const cJSON *alias)
{
	const cJSON *names = get(alias, "colnames"), *it;
	size_t i = 0;
	if (!names)
		return;
	cJSON_ArrayForEach(it, names)
	{
		const char *nm = sval(it);
		if (i >= r->ncols)
			break;
		if (nm) {
			bcol *c = &r->cols[i];
			bcol copy = *c;
			copy.name = sx_arena_strdup(b->a, nm);
			*c = copy;
		}
		i++;
	}
}

static void add_from(binder *b, scope *s, const cJSON *item);

/* PostgreSQL refuses to compare, say, integer with text; SQLite compares
 * anything (by affinity), so there it is a doubt, not a failure. */
static sx_severity mismatch_sev(const binder *b)
{
	return b->ctx->source_dialect == SX_DB_SQLITE ? SX_SEV_WARNING : SX_SEV_ERROR;
}

static void join_conditions(binder *b, scope *s, const cJSON *q);
static bool fam_compatible(sx_typefam a, sx_typefam b);
static void add_edge(binder *b, brel *ra, int ca, brel *rb, int cb, int loc);

static void add_from(binder *b, scope *s, const cJSON *item)
{
	const char *type;
	const cJSON *n = node_of(item, &type);
	if (!n || b->rc)
		return;
	if (!strcmp(type, "RangeVar")) {
		const char *rel = str_of(n, "relname"), *sch = str_of(n, "schemaname");
		const cJSON *alias = get(n, "alias");
		const char *an = str_of(alias, "aliasname");
		const bcte *cte = sch ? NULL : find_cte(s, rel);
		brel *r = new_rel(b, an ? an : rel, loc_of(n));
		if (!r)
			return;
		if (cte) {
			size_t bytes = cte->ncols * sizeof(bcol);
			r->opaque = cte->opaque;
			r->ncols = cte->ncols;
			if (bytes && (r->cols = sx_arena_alloc(b->a, bytes)))
				memcpy(r->cols, cte->cols, bytes);
		} else if (!b->ctx->cat || !rel) {
			r->opaque = true;
		} else {
			sx_table *t = lookup_table(b, sch, rel, loc_of(n));
			if (t)
				rel_from_table(b, r, t);
			else
				r->opaque = true;
		}
		apply_colnames(b, r, alias);
		scope_add(b, s, r);
	} else if (!strcmp(type, "RangeSubselect")) {
		const cJSON *alias = get(n, "alias");
		outcols oc = {0};
		selctx *save = b->sel;
		brel *r;
		b->depth++;
		/* A derived table sees the CTEs of its query; the binder also
		 * lets it see sibling FROM items (LATERAL), which is lenient. */
		bind_select(b, get(get(n, "subquery"), "SelectStmt"), s, false, &oc);
		b->depth--;
		b->sel = save;
		if (!(r = new_rel(b, str_of(alias, "aliasname"), -1)))
			return;
		r->cols = oc.cols;
		r->ncols = oc.ncols;
		r->opaque = oc.opaque;
		apply_colnames(b, r, alias);
		scope_add(b, s, r);
	} else if (!strcmp(type, "JoinExpr")) {
		const cJSON *u = get(n, "usingClause"), *it;
		size_t left0 = s->nrels, left1, using0 = s->nusings;
		add_from(b, s, get(n, "larg"));
		left1 = s->nrels;
		add_from(b, s, get(n, "rarg"));
		cJSON_ArrayForEach(it, u)
		{
			const char *col = sval(it);
			size_t i;
			bool l = false, r = false, opaque = false;
			if (!col)
				continue;
			for (i = left0; i < s->nrels; i++) {
				if (s->rels[i]->opaque)
					opaque = true;
				else if (rel_col(s->rels[i], col) >= 0)
					*(i < left1 ? &l : &r) = true;
			}
			if (!opaque && (!l || !r))
				finding(b, "sql.unknown-column", loc_of(n), NULL,
					"column \"%s\" of USING is missing on the %s side of the join",
					safe(b, col), !l ? "left" : "right");
			scope_add_using(b, s, sx_arena_strdup(b->a, col));
		}
		if (cJSON_IsTrue(get(n, "isNatural"))) {
			/* NATURAL JOIN merges the common columns: naming them
			 * unqualified is not ambiguous */
			size_t a2, b2, k;
			for (a2 = left0; a2 < left1; a2++)
				for (b2 = left1; b2 < s->nrels; b2++)
					for (k = 0; k < s->rels[a2]->ncols; k++)
						if (rel_col(s->rels[b2], s->rels[a2]->cols[k].name) >= 0)
							scope_add_using(b, s, s->rels[a2]->cols[k].name);
		}
		/* USING and NATURAL columns are equality joins too: check them
		 * like ON a.x = b.x */
		{
			size_t ui, a2, b2;
			for (ui = using0; ui < s->nusings; ui++) {
				const char *col = s->usings[ui];
				brel *ra = NULL, *rb = NULL;
				for (a2 = left0; a2 < left1 && !ra; a2++)
					if (rel_col(s->rels[a2], col) >= 0)
						ra = s->rels[a2];
				for (b2 = left1; b2 < s->nrels && !rb; b2++)
					if (rel_col(s->rels[b2], col) >= 0)
						rb = s->rels[b2];
				if (ra && rb) {
					int ca = rel_col(ra, col), cb = rel_col(rb, col);
					if (!fam_compatible(ra->cols[ca].fam, rb->cols[cb].fam))
						finding_sev(b, mismatch_sev(b), "sql.join-type-mismatch", loc_of(n),
							"join on columns of the same type",
							"join on \"%s\" compares %s with %s", safe(b, col),
							sx_typefam_name(ra->cols[ca].fam),
							sx_typefam_name(rb->cols[cb].fam));
					add_edge(b, ra, ca, rb, cb, ra->loc);
				}
			}
		}
		if (get(n, "quals")) {
			int save = b->sel ? b->sel->clause : 0;
			if (b->sel)
				b->sel->clause = CL_JOIN;
			walk(b, s, get(n, "quals"));
			join_conditions(b, s, get(n, "quals"));
			if (b->sel)
				b->sel->clause = save;
		}
		if (str_of(get(n, "alias"), "aliasname")) {
			/* (a JOIN b) AS j: columns are reached through j; keep
			 * it opaque rather than re-deriving its column list */
			brel *r = new_rel(b, str_of(get(n, "alias"), "aliasname"), -1);
			if (r) {
				r->opaque = true;
				scope_add(b, s, r);
			}
		}
	} else {
		/* functions (RangeFunction), table samples, XMLTABLE ...: an
		 * opaque relation under its alias */
		const cJSON *alias = get(n, "alias");
		const cJSON *inner = get(n, "relation");
		if (!strcmp(type, "RangeTableSample") && inner) {
			add_from(b, s, inner);
			return;
		}
		brel *r = new_rel(b, str_of(alias, "aliasname"), -1);
		if (r) {
			r->opaque = true;
			scope_add(b, s, r);
		}
	}
}

/* ---------------------------------------------------------------- joins */

static bool fam_compatible(sx_typefam a, sx_typefam b)
{
	bool na = a == SX_TF_INTEGER || a == SX_TF_DECIMAL || a == SX_TF_FLOAT;
	bool nb = b == SX_TF_INTEGER || b == SX_TF_DECIMAL || b == SX_TF_FLOAT;
	bool ta = a == SX_TF_DATE || a == SX_TF_TIMESTAMP;
	bool tb = b == SX_TF_DATE || b == SX_TF_TIMESTAMP;
	if (a == SX_TF_OTHER || b == SX_TF_OTHER || a == b)
		return true;
	return (na && nb) || (ta && tb);
}

static void add_edge(binder *b, brel *ra, int ca, brel *rb, int cb, int loc)
{
	selctx *x = b->sel;
	edge *v;
	if (!x)
		return;
	if (!(v = agrow(b, x->edges, &x->ecap, x->nedges + 1, sizeof *v)))
		return;
	x->edges = v;
	x->edges[x->nedges++] = (edge){ra, rb, ca, cb, loc};
}

/* Collects equality conditions between columns of two relations of this
 * SELECT (in ON and in WHERE, the implicit join) and checks their types. */
static void join_conditions(binder *b, scope *s, const cJSON *q)
{
	const char *type;
	const cJSON *n = node_of(q, &type), *it;
	if (!n)
		return;
	if (!strcmp(type, "BoolExpr")) {
		const char *op = str_of(n, "boolop");
		if (op && !strcmp(op, "AND_EXPR"))
			cJSON_ArrayForEach(it, get(n, "args")) join_conditions(b, s, it);
		return;
	}
	if (!strcmp(type, "A_Expr")) {
		const char *op = last_name(get(n, "name"));
		const char *kind = str_of(n, "kind");
		const char *lt, *rt;
		const cJSON *l = node_of(get(n, "lexpr"), &lt), *r = node_of(get(n, "rexpr"), &rt);
		brel *ra, *rb;
		int ca, cb;
		bool oa, ob;
		if (!kind || strcmp(kind, "AEXPR_OP") || !op || strcmp(op, "=") || !l || !r)
			return;
		if (strcmp(lt, "ColumnRef") || strcmp(rt, "ColumnRef"))
			return;
		if (!resolve(b, s, l, true, &ra, &ca, &oa) || !resolve(b, s, r, true, &rb, &cb, &ob))
			return;
		if (!ra || !rb || ra == rb || ca < 0 || cb < 0 || oa || ob)
			return;
		if (!fam_compatible(ra->cols[ca].fam, rb->cols[cb].fam))
			finding_sev(b, mismatch_sev(b), "sql.join-type-mismatch", loc_of(n),
				"cast one side, or join on the key that matches",
				"join compares %s.%s (%s) with %s.%s (%s)", safe(b, ra->alias),
				safe(b, ra->cols[ca].name), sx_typefam_name(ra->cols[ca].fam),
				safe(b, rb->alias), safe(b, rb->cols[cb].name),
				sx_typefam_name(rb->cols[cb].fam));
		add_edge(b, ra, ca, rb, cb, loc_of(n));
	}
}

static bool same_table_ref(const sx_table *child, const sx_fk *fk, const sx_table *parent)
{
	const char *ps = fk->ref_schema ? fk->ref_schema : child->schema->name;
	return name_eq(fk->ref_table, parent->name) && name_eq(ps, parent->schema->name) &&
	       child->schema->db == parent->schema->db;
}

/* True when child.ccol = parent.pcol is a column pair of a declared FK. */
static bool fk_pair(const sx_table *child, const char *ccol, const sx_table *parent,
		    const char *pcol)
{
	size_t i, k;
	for (i = 0; i < child->nfks; i++) {
		const sx_fk *fk = &child->fks[i];
		if (!same_table_ref(child, fk, parent))
			continue;
		for (k = 0; k < fk->ncols; k++) {
			const char *rc = fk->ref_cols ? fk->ref_cols[k]
				      : k < parent->pk.ncols ? parent->pk.cols[k] : NULL;
			if (name_eq(fk->cols[k], ccol) && name_eq(rc, pcol))
				return true;
		}
	}
	return false;
}

/* A relationship of the map between child.ccol and parent.pcol; sets
 * *card. */
static bool map_pair(binder *b, const sx_table *child, const char *ccol, const sx_table *parent,
		     const char *pcol, sx_map_card *card)
{
	const sx_map_rel **rels = NULL;
	size_t n = 0, i, k;
	sx_error e = {0};
	bool hit = false;
	if (!b->ctx->map || sx_dbmap_rels_of(b->ctx->map, child, &rels, &n, &e))
		return false;
	for (i = 0; i < n && !hit; i++) {
		const sx_map_rel *r = rels[i];
		if (r->status == SX_STATUS_REJECTED || r->from.t != child || r->to.t != parent)
			continue;
		for (k = 0; k < r->from.ncols && k < r->to.ncols; k++)
			if (name_eq(r->from.cols[k], ccol) && name_eq(r->to.cols[k], pcol)) {
				hit = true;
				*card = r->card;
			}
	}
	free(rels);
	return hit;
}

static bool key_within(const sx_key *k, const char *const *cols, size_t n)
{
	size_t i, j;
	if (!k->ncols)
		return false;
	for (i = 0; i < k->ncols; i++) {
		bool in = false;
		for (j = 0; j < n && !in; j++)
			in = name_eq(k->cols[i], cols[j]);
		if (!in)
			return false;
	}
	return true;
}

/* True when the columns include a whole key of the table: at most one row
 * per value. */
static bool unique_on(const sx_table *t, const char *const *cols, size_t n)
{
	size_t i;
	if (key_within(&t->pk, cols, n))
		return true;
	for (i = 0; i < t->nuniques; i++)
		if (key_within(&t->uniques[i], cols, n))
			return true;
	for (i = 0; i < t->nindexes; i++)
		if (t->indexes[i].unique && !t->indexes[i].predicate &&
		    key_within(&t->indexes[i].key, cols, n))
			return true;
	return false;
}

/* Relationship and cardinality checks over the SELECT's join edges,
 * grouped by pair of relations (a composite key joins on several). */
static void check_edges(binder *b, selctx *x)
{
	size_t i, j;
	for (i = 0; i < x->nedges; i++) {
		edge *e = &x->edges[i];
		const char *ca[8], *cb[8];
		size_t n = 0;
		bool known = true, a_one, b_one;
		if (!e->a)
			continue; /* consumed by an earlier pair */
		for (j = i; j < x->nedges; j++) {
			edge *f = &x->edges[j];
			brel *fa = f->a, *fb = f->b;
			int fca = f->ca, fcb = f->cb;
			if (!fa)
				continue;
			if (fa == e->b && fb == e->a) { /* same pair, other order */
				fa = f->b;
				fb = f->a;
				fca = f->cb;
				fcb = f->ca;
			}
			if (fa != e->a || fb != e->b)
				continue;
			if (n < 8) {
				ca[n] = fa->cols[fca].name;
				cb[n] = fb->cols[fcb].name;
				n++;
			}
			if (f != e)
				f->a = NULL;
		}
		if (!e->a->table || !e->b->table)
			continue;
		{
			sx_map_card card = SX_CARD_MANY_TO_ONE;
			bool a_child = false, b_child = false;
			for (j = 0; j < n; j++) {
				bool ab = fk_pair(e->a->table, ca[j], e->b->table, cb[j]) ||
					  map_pair(b, e->a->table, ca[j], e->b->table, cb[j], &card);
				bool ba = fk_pair(e->b->table, cb[j], e->a->table, ca[j]) ||
					  map_pair(b, e->b->table, cb[j], e->a->table, ca[j], &card);
				if (ab)
					a_child = true;
				if (ba)
					b_child = true;
				if (!ab && !ba)
					known = false;
			}
			if (!known)
				finding(b, "sql.join-no-relationship", e->loc,
					"check the join path with `sextant path`",
					"join of %s and %s is not on a known or inferred relationship",
					safe(b, e->a->table->name), safe(b, e->b->table->name));
			a_one = unique_on(e->a->table, ca, n);
			b_one = unique_on(e->b->table, cb, n);
			/* Without a declared key, a map relationship's direction
			 * says which side is the parent. */
			if (!a_one && !b_one && known && card == SX_CARD_MANY_TO_ONE) {
				if (a_child && !b_child)
					b_one = true;
				else if (b_child && !a_child)
					a_one = true;
			}
			if (a_one && !b_one)
				e->a->fanned = true;
			else if (b_one && !a_one)
				e->b->fanned = true;
		}
	}
}

/* ---------------------------------------------------------------- GROUP BY */

static bool json_equal_noloc(const cJSON *a, const cJSON *b)
{
	const cJSON *x, *y;
	if (!a || !b)
		return a == b;
	if ((a->type & 0xFF) != (b->type & 0xFF))
		return false;
	if (cJSON_IsObject(a)) {
		int na = 0, nb = 0;
		cJSON_ArrayForEach(x, a)
		{
			if (x->string && !strcmp(x->string, "location"))
				continue;
			na++;
			y = cJSON_GetObjectItemCaseSensitive(b, x->string);
			if (!json_equal_noloc(x, y))
				return false;
		}
		cJSON_ArrayForEach(y, b)
		{
			if (!(y->string && !strcmp(y->string, "location")))
				nb++;
		}
		return na == nb;
	}
	if (cJSON_IsArray(a)) {
		if (cJSON_GetArraySize(a) != cJSON_GetArraySize(b))
			return false;
		for (x = a->child, y = b->child; x && y; x = x->next, y = y->next)
			if (!json_equal_noloc(x, y))
				return false;
		return true;
	}
	return cJSON_Compare(a, b, true);
}

static void check_group_by(binder *b, selctx *x, const cJSON *sel)
{
	const cJSON *group = get(sel, "groupClause"), *targets = get(sel, "targetList"), *g, *t;
	size_t i, j;
	int ti;
	bool *tgrouped;
	size_t ntargets = (size_t)cJSON_GetArraySize(targets);

	if (!cJSON_GetArraySize(group) && !x->has_agg)
		return;
	if (!(tgrouped = sx_arena_alloc(b->a, (ntargets + 1) * sizeof *tgrouped))) {
		b->rc = SX_ENOMEM;
		return;
	}
	/* targets grouped as a whole: by ordinal, by output name, or by an
	 * equal expression */
	ti = 0;
	cJSON_ArrayForEach(t, targets)
	{
		const cJSON *rt = get(t, "ResTarget");
		const char *nm = str_of(rt, "name");
		cJSON_ArrayForEach(g, group)
		{
			const char *gt;
			const cJSON *gn = node_of(g, &gt);
			if (!gn)
				continue;
			if (!strcmp(gt, "A_Const") && get(get(gn, "ival"), "ival") &&
			    get(get(gn, "ival"), "ival")->valueint == ti + 1)
				tgrouped[ti] = true;
			if (!strcmp(gt, "ColumnRef") && nm && cJSON_GetArraySize(get(gn, "fields")) == 1 &&
			    name_eq(last_name(get(gn, "fields")), nm))
				tgrouped[ti] = true;
			if (json_equal_noloc(g, get(rt, "val")))
				tgrouped[ti] = true;
		}
		ti++;
	}
	for (i = 0; i < x->nrefs; i++) {
		bref *r = &x->refs[i];
		bool grouped = false, pk_grouped = false;
		if (r->in_agg || r->outer || r->col < 0 || r->rel->opaque)
			continue;
		if (r->clause != CL_TARGET && r->clause != CL_HAVING && r->clause != CL_ORDER)
			continue;
		if (r->clause == CL_TARGET && r->tidx >= 0 && (size_t)r->tidx < ntargets &&
		    tgrouped[r->tidx])
			continue;
		for (j = 0; j < x->nrefs && !grouped; j++)
			grouped = x->refs[j].clause == CL_GROUP && x->refs[j].rel == r->rel &&
				  x->refs[j].col == r->col;
		if (grouped)
			continue;
		/* Grouping by a table's primary key makes its other columns
		 * functionally dependent (PostgreSQL accepts them). */
		if (r->rel->table && r->rel->table->pk.ncols) {
			const sx_table *tb = r->rel->table;
			size_t k;
			pk_grouped = true;
			for (k = 0; k < tb->pk.ncols && pk_grouped; k++) {
				bool in = false;
				for (j = 0; j < x->nrefs && !in; j++)
					in = x->refs[j].clause == CL_GROUP && x->refs[j].rel == r->rel &&
					     x->refs[j].col >= 0 &&
					     name_eq(r->rel->cols[x->refs[j].col].name, tb->pk.cols[k]);
				pk_grouped = in;
			}
		}
		if (pk_grouped)
			continue;
		/* one finding per column */
		for (j = 0; j < i; j++)
			if (x->refs[j].rel == r->rel && x->refs[j].col == r->col &&
			    !x->refs[j].in_agg &&
			    (x->refs[j].clause == CL_TARGET || x->refs[j].clause == CL_HAVING ||
			     x->refs[j].clause == CL_ORDER))
				break;
		if (j < i)
			continue;
		finding(b, "sql.missing-group-by", r->loc,
			sx_arena_printf(b->a, "add %s.%s to GROUP BY, or aggregate it",
					safe(b, r->rel->alias), safe(b, r->rel->cols[r->col].name)),
			"column %s.%s is neither grouped nor aggregated", safe(b, r->rel->alias),
			safe(b, r->rel->cols[r->col].name));
	}
}

static void check_fan_trap(binder *b, selctx *x)
{
	size_t i, j;
	for (i = 0; i < x->nrefs; i++) {
		bref *r = &x->refs[i];
		if (!r->fan_agg || r->outer || r->col < 0 || !r->rel->fanned)
			continue;
		for (j = 0; j < i; j++)
			if (x->refs[j].fan_agg && x->refs[j].rel == r->rel && x->refs[j].col == r->col)
				break;
		if (j < i)
			continue;
		finding(b, "sql.fan-trap", r->loc,
			"aggregate the many side first (a subquery grouped by the key), or SUM(DISTINCT) only if values are unique",
			"SUM/AVG over %s.%s, on the one side of a one-to-many join: each value is counted once per joined row",
			safe(b, r->rel->alias), safe(b, r->rel->cols[r->col].name));
	}
}

/* ---------------------------------------------------------------- PII */

static const char *const maskers[] = {
	"md5", "sha224", "sha256", "sha384", "sha512", "digest", "hmac", "crypt", "left",
	"right", "substr", "substring", "overlay", "regexp_replace", "mask", "hash",
	"cityhash64", "siphash64", "xxhash64", "count", NULL};

static bool is_masker(const char *n)
{
	size_t i;
	for (i = 0; n && maskers[i]; i++)
		if (sx_str_eq_nocase(n, maskers[i]))
			return true;
	return false;
}

static bool col_is_pii(binder *b, const brel *r, int c)
{
	const bcol *bc;
	if (!b->ctx->map || c < 0)
		return false;
	bc = &r->cols[c];
	return bc->otab && bc->ocol && sx_dbmap_column(b->ctx->map, bc->otab, bc->ocol);
}

/* Conservative, for masking preview values: true when any column
 * reference in the expression, outside a masking function, is personal
 * data, or when a subquery could bring some in. */
static bool pii_any(binder *b, scope *s, const cJSON *n)
{
	const cJSON *it;
	if (!b->ctx->map)
		return false;
	if (cJSON_IsArray(n)) {
		cJSON_ArrayForEach(it, n) if (pii_any(b, s, it)) return true;
		return false;
	}
	if (!cJSON_IsObject(n))
		return false;
	cJSON_ArrayForEach(it, n)
	{
		const char *k = it->string ? it->string : "";
		if (!strcmp(k, "ColumnRef")) {
			brel *r;
			int col;
			bool outer;
			if (resolve(b, s, it, true, &r, &col, &outer) && r &&
			    (col < 0 ? r->opaque : col_is_pii(b, r, col)))
				return true;
		} else if (!strcmp(k, "SelectStmt")) {
			return true;
		} else if (!strcmp(k, "FuncCall") && is_masker(last_name(get(it, "funcname")))) {
			continue;
		} else if ((cJSON_IsObject(it) || cJSON_IsArray(it)) && pii_any(b, s, it)) {
			return true;
		}
	}
	return false;
}

static void pf_push(binder *b, bool pii)
{
	bool *v = agrow(b, b->pf, &b->pfcap, b->npf + 1, sizeof *v);
	if (!v)
		return;
	b->pf = v;
	b->pf[b->npf++] = pii;
}

static void pii_col(binder *b, const brel *r, int c, int loc)
{
	const sx_map_column *mc;
	const bcol *bc;
	bool mask = (b->ctx->flags & SX_VALIDATE_MASK_PII) != 0;
	if (!b->ctx->map || c < 0)
		return;
	bc = &r->cols[c];
	if (!bc->otab || !bc->ocol)
		return;
	if (!(mc = sx_dbmap_column(b->ctx->map, bc->otab, bc->ocol)))
		return;
	finding_sev(b, mask ? SX_SEV_ERROR : SX_SEV_WARNING, "pii.unmasked-export", loc,
		    "mask it (md5/left/regexp_replace), or leave the column out",
		    "column %s.%s holds personal data (%s) and is exported unmasked",
		    safe(b, bc->otab->name), safe(b, bc->ocol), sx_map_pii_name(mc->pii));
}

static void pii_expr(binder *b, scope *s, const cJSON *n)
{
	const char *type;
	const cJSON *c = node_of(n, &type), *it;
	if (!c)
		return;
	if (!strcmp(type, "ColumnRef")) {
		brel *r;
		int col;
		bool outer;
		if (resolve(b, s, c, true, &r, &col, &outer) && r)
			pii_col(b, r, col, loc_of(c));
	} else if (!strcmp(type, "FuncCall")) {
		if (is_masker(last_name(get(c, "funcname"))))
			return;
		cJSON_ArrayForEach(it, get(c, "args")) pii_expr(b, s, it);
	} else if (!strcmp(type, "TypeCast")) {
		pii_expr(b, s, get(c, "arg"));
	} else if (!strcmp(type, "CoalesceExpr")) {
		cJSON_ArrayForEach(it, get(c, "args")) pii_expr(b, s, it);
	} else if (!strcmp(type, "A_Expr")) {
		pii_expr(b, s, get(c, "lexpr"));
		pii_expr(b, s, get(c, "rexpr"));
	}
}

/* ---------------------------------------------------------------- SELECT */

static void star_cols(binder *b, scope *s, const cJSON *cref, outcols *oc, size_t *cap,
		      bool top)
{
	const cJSON *fields = get(cref, "fields");
	int nf = cJSON_GetArraySize(fields);
	size_t i, k;
	const char *alias = nf >= 2 ? sval(cJSON_GetArrayItem(fields, nf - 2)) : NULL;

	if (top && (b->o->load || b->o->art == SX_ART_SELECT_SQL || b->o->art == SX_ART_LOAD_SQL))
		finding(b, "sql.select-star", loc_of(cref), "list the columns the target needs",
			"SELECT * in a load: the target breaks when the source gains a column");
	for (i = 0; i < s->nrels; i++) {
		brel *r = s->rels[i];
		if (alias && !(r->alias && name_eq(r->alias, alias)))
			continue;
		if (r->opaque)
			oc->opaque = true;
		if (r->opaque && top && b->collect && !b->pf_done)
			b->pf_rest = true; /* columns we cannot see: mask them */
		for (k = 0; k < r->ncols; k++) {
			add_outcol(b, oc, cap, r->cols[k].name, r->cols[k].fam, &r->cols[k]);
			if (top)
				pii_col(b, r, (int)k, loc_of(cref));
			if (top && b->collect && !b->pf_done)
				pf_push(b, col_is_pii(b, r, (int)k));
		}
	}
	if (alias && !scope_rel(s, alias, NULL))
		finding(b, "sql.missing-from", loc_of(cref), NULL,
			"\"%s\" is not a table or alias of the query (missing FROM entry)",
			safe(b, alias));
}

static bool has_where(const cJSON *sel)
{
	return get(sel, "whereClause") != NULL;
}

static void check_full_scan(binder *b, scope *s, const cJSON *sel)
{
	size_t i;
	if (!b->o->load || b->o->art != SX_ART_LOAD_SQL || has_where(sel))
		return;
	for (i = 0; i < s->nrels; i++) {
		const sx_table *t = s->rels[i]->table;
		if (t && t->row_count >= b->large) {
			finding(b, "sql.full-scan-load", s->rels[i]->loc,
				"filter on the time column since the last load (a watermark)",
				"incremental load reads all of %s (%lld rows) with no predicate",
				safe(b, t->name), (long long)t->row_count);
		}
	}
}

static void bind_ctes(binder *b, scope *s, const cJSON *with)
{
	const cJSON *it;
	bool recursive = cJSON_IsTrue(get(with, "recursive"));
	cJSON_ArrayForEach(it, get(with, "ctes"))
	{
		const cJSON *c = get(it, "CommonTableExpr");
		const char *name = str_of(c, "ctename");
		const cJSON *q = get(get(c, "ctequery"), "SelectStmt");
		bcte *cte = sx_arena_alloc(b->a, sizeof *cte);
		outcols oc = {0};
		selctx *save = b->sel;
		if (!cte || !name) {
			if (!cte)
				b->rc = SX_ENOMEM;
			return;
		}
		cte->name = sx_arena_strdup(b->a, name);
		if (recursive) {
			/* visible to itself while its body is bound */
			cte->opaque = true;
			cte->next = s->ctes;
			s->ctes = cte;
		}
		b->depth++;
		if (q) {
			bind_select(b, q, s, false, &oc);
		} else {
			/* a data-modifying CTE */
			const char *qt;
			node_of(get(c, "ctequery"), &qt);
			finding(b, "sql.destructive", loc_of(c), "a read of the source must not write",
				"CTE \"%s\" is a %s", safe(b, name), qt);
			oc.opaque = true;
		}
		b->depth--;
		b->sel = save;
		cte->cols = oc.cols;
		cte->ncols = oc.ncols;
		cte->opaque = oc.opaque;
		{
			const cJSON *names = get(c, "aliascolnames"), *nm;
			size_t i = 0;
			cJSON_ArrayForEach(nm, names)
			{
				if (i < cte->ncols && sval(nm))
					cte->cols[i].name = sx_arena_strdup(b->a, sval(nm));
				i++;
			}
		}
		if (!recursive) {
			cte->next = s->ctes;
			s->ctes = cte;
		}
	}
}

static int bind_select(binder *b, const cJSON *sel, scope *parent, bool top, outcols *oc)
{
	scope *s;
	selctx *x;
	const cJSON *it;
	const char *op = str_of(sel, "op");
	size_t cap = 0;
	int ti;

	memset(oc, 0, sizeof *oc);
	if (!sel || b->rc)
		return b->rc;
	if (!(s = sx_arena_alloc(b->a, sizeof *s)) || !(x = sx_arena_alloc(b->a, sizeof *x)))
		return b->rc = SX_ENOMEM;
	s->parent = parent;
	x->s = s;
	x->tidx = -1;
	if (get(sel, "withClause"))
		bind_ctes(b, s, get(sel, "withClause"));
	if (op && strcmp(op, "SETOP_NONE")) {
		outcols r = {0};
		bind_select(b, get(sel, "larg"), s, top, oc);
		bind_select(b, get(sel, "rarg"), s, top, &r);
		if (!oc->opaque && !r.opaque && oc->ncols != r.ncols)
			finding(b, "sql.setop-arity", -1, "give every branch the same columns",
				"the branches of a set operation return %zu and %zu columns", oc->ncols,
				r.ncols);
		/* ORDER BY of a set operation sees only its output names */
		b->sel = x;
		for (size_t i = 0; i < oc->ncols; i++) {
			const char **v = agrow(b, x->outnames, &cap, x->nout + 1, sizeof *v);
			if (!v)
				break;
			x->outnames = v;
			x->outnames[x->nout++] = oc->cols[i].name;
		}
		if (oc->opaque) {
			brel *any = new_rel(b, NULL, -1);
			if (any) {
				any->opaque = true;
				scope_add(b, s, any);
			}
		}
		x->clause = CL_ORDER;
		walk(b, s, get(sel, "sortClause"));
		return b->rc;
	}
	b->sel = x;
	if (get(sel, "valuesLists")) {
		const cJSON *first = cJSON_GetArrayItem(get(sel, "valuesLists"), 0);
		int i, nv = cJSON_GetArraySize(get(get(first, "List"), "items"));
		walk(b, s, get(sel, "valuesLists"));
		for (i = 0; i < nv; i++)
			add_outcol(b, oc, &cap, sx_arena_printf(b->a, "column%d", i + 1), SX_TF_OTHER,
				   NULL);
		return b->rc;
	}
	cJSON_ArrayForEach(it, get(sel, "fromClause")) add_from(b, s, it);
	b->sel = x;

	/* output names first: ORDER BY and GROUP BY may use them */
	{
		size_t ncap = 0;
		cJSON_ArrayForEach(it, get(sel, "targetList"))
		{
			const cJSON *rt = get(it, "ResTarget");
			const char *nm = str_of(rt, "name");
			const char **v = agrow(b, x->outnames, &ncap, x->nout + 1, sizeof *v);
			if (!v)
				break;
			x->outnames = v;
			x->outnames[x->nout++] = nm ? nm : expr_name(get(rt, "val"));
		}
	}
	ti = 0;
	cJSON_ArrayForEach(it, get(sel, "targetList"))
	{
		const cJSON *rt = get(it, "ResTarget"), *val = get(rt, "val");
		const char *vt;
		const cJSON *vn = node_of(val, &vt);
		const cJSON *fields = vn && !strcmp(vt, "ColumnRef") ? get(vn, "fields") : NULL;
		const cJSON *lastf = NULL, *f;
		cJSON_ArrayForEach(f, fields) lastf = f;
		x->clause = CL_TARGET;
		x->tidx = ti++;
		if (lastf && get(lastf, "A_Star")) {
			star_cols(b, s, vn, oc, &cap, top && b->depth == 0);
			continue;
		}
		walk(b, s, val);
		if (top && b->depth == 0)
			pii_expr(b, s, val);
		if (top && b->depth == 0 && b->collect && !b->pf_done)
			pf_push(b, pii_any(b, s, val));
		add_outcol(b, oc, &cap, str_of(rt, "name") ? str_of(rt, "name") : expr_name(val),
			   expr_fam(b, s, val), carried(b, s, val));
	}
	x->tidx = -1;
	if (top && b->depth == 0 && b->collect)
		b->pf_done = true; /* the first branch names the outputs */
	x->clause = CL_WHERE;
	if (get(sel, "whereClause")) {
		walk(b, s, get(sel, "whereClause"));
		join_conditions(b, s, get(sel, "whereClause"));
	}
	x->clause = CL_GROUP;
	walk(b, s, get(sel, "groupClause"));
	x->clause = CL_HAVING;
	walk(b, s, get(sel, "havingClause"));
	x->clause = CL_ORDER;
	walk(b, s, get(sel, "sortClause"));
	x->clause = CL_OTHER;
	walk(b, s, get(sel, "limitCount"));
	walk(b, s, get(sel, "limitOffset"));
	walk(b, s, get(sel, "distinctClause"));

	if (b->rc)
		return b->rc;
	check_edges(b, x);
	check_group_by(b, x, sel);
	check_fan_trap(b, x);
	if (b->depth > 0 && get(sel, "sortClause") && !get(sel, "limitCount"))
		finding(b, "sql.order-in-subquery", first_loc(get(sel, "sortClause")),
			"drop the ORDER BY, or order the outer query",
			"ORDER BY without LIMIT in a subquery: the order is not kept and costs a sort");
	if (top && b->depth == 0)
		check_full_scan(b, s, sel);
	return b->rc;
}

/* ---------------------------------------------------------------- statements */

static bool same_rangevar(const cJSON *x, const cJSON *y)
{
	const char *xs = str_of(x, "schemaname"), *ys = str_of(y, "schemaname");
	const char *xn = str_of(x, "relname"), *yn = str_of(y, "relname");
	return xn && yn && !strcmp(xn, yn) && (!xs || !ys || !strcmp(xs, ys));
}

/* Whether a later statement of the script inserts into the table rv: a
 * DELETE of every row followed by the load's own INSERT is a full
 * refresh of the target (a grand total, a list replaced each load), one
 * transaction of the DAG, not a destructive statement. */
static bool refilled_later(const binder *b, const cJSON *rv)
{
	const cJSON *it;
	if (!rv)
		return false;
	for (it = b->later; it; it = it->next) {
		const char *type;
		const cJSON *n = node_of(get(it, "stmt"), &type);
		if (n && !strcmp(type, "InsertStmt") && same_rangevar(get(n, "relation"), rv))
			return true;
	}
	return false;
}

static void bind_stmt(binder *b, const cJSON *stmt, int stmt_loc)
{
	const char *type;
	const cJSON *n = node_of(stmt, &type);
	outcols oc = {0};
	if (!n)
		return;
	b->sel = NULL;
	b->depth = 0;
	if (!strcmp(type, "SelectStmt")) {
		if (get(n, "intoClause"))
			finding(b, "sql.not-a-select", stmt_loc, "remove INTO",
				"SELECT INTO creates a table");
		bind_select(b, n, NULL, true, &oc);
		return;
	}
	if (b->o->art == SX_ART_SELECT_SQL)
		finding(b, "sql.not-a-select", stmt_loc, "select_sql holds one read-only SELECT",
			"a %s in the select artifact", type);
	if (!strcmp(type, "InsertStmt")) {
		scope outer = {0};
		if (get(n, "withClause"))
			bind_ctes(b, &outer, get(n, "withClause"));
		bind_select(b, get(get(n, "selectStmt"), "SelectStmt"), &outer, true, &oc);
	} else if (!strcmp(type, "DeleteStmt") || !strcmp(type, "UpdateStmt")) {
		const cJSON *rv = get(n, "relation");
		if (!get(n, "whereClause") && !strcmp(type, "DeleteStmt") &&
		    b->o->art == SX_ART_LOAD_SQL && refilled_later(b, rv))
			finding(b, "sql.full-refresh", stmt_loc, NULL,
				"every row of %s is deleted, then this load inserts its rows: "
				"each load replaces the table whole", str_of(rv, "relname"));
		else if (!get(n, "whereClause"))
			finding(b, "sql.destructive", stmt_loc, "add a WHERE that bounds it",
				"%s without WHERE touches every row",
				!strcmp(type, "DeleteStmt") ? "DELETE" : "UPDATE");
	} else if (!strcmp(type, "DropStmt") || !strcmp(type, "TruncateStmt") ||
		   !strcmp(type, "DropdbStmt") || !strcmp(type, "DropRoleStmt") ||
		   !strcmp(type, "DropOwnedStmt")) {
		finding(b, "sql.destructive", stmt_loc, "artifacts never drop or truncate",
			"a destructive statement (%s)", type);
	} else if (!strcmp(type, "GrantStmt") || !strcmp(type, "GrantRoleStmt") ||
		   !strcmp(type, "CreateRoleStmt") || !strcmp(type, "AlterRoleStmt") ||
		   !strcmp(type, "AlterSystemStmt") || !strcmp(type, "AlterOwnerStmt") ||
		   !strcmp(type, "ReassignOwnedStmt")) {
		finding(b, "sql.privilege", stmt_loc, "artifacts never change privileges",
			"a statement that changes privileges (%s)", type);
	} else if (!strcmp(type, "CreateTableAsStmt")) {
		bind_select(b, get(get(n, "query"), "SelectStmt"), NULL, true, &oc);
	}
}

int sx__bind_sql(const sx_bind_opts *o, const char *sql, const cJSON *tree, sx_finding_list *out,
		 sx_error *err)
{
	binder b = {0};
	const cJSON *it;

	b.o = o;
	b.ctx = o->ctx;
	b.sql = sql;
	b.out = out;
	b.large = o->ctx->large_table_rows > 0 ? o->ctx->large_table_rows : 100000;
	if (!(b.a = sx_arena_new()))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	cJSON_ArrayForEach(it, get(tree, "stmts"))
	{
		const cJSON *loc = get(it, "stmt_location");
		int sl = cJSON_IsNumber(loc) ? loc->valueint : 0;
		/* the statement starts after leading blanks */
		while (sql[sl] == ' ' || sql[sl] == '\n' || sql[sl] == '\t' || sql[sl] == '\r')
			sl++;
		b.later = it->next;
		bind_stmt(&b, get(it, "stmt"), sl);
		if (b.rc)
			break;
	}
	sx_arena_free(b.a);
	if (b.rc)
		return sx_error_set(err, b.rc, "out of memory while binding SQL");
	return 0;
}

int sx__bind_pii_outputs(const sx_bind_opts *o, const char *sql, const cJSON *tree, bool **pii,
			 size_t *n, bool *rest, sx_error *err)
{
	binder b = {0};
	sx_finding_list scratch;
	const cJSON *first = cJSON_GetArrayItem(cJSON_GetObjectItem(tree, "stmts"), 0);

	*pii = NULL;
	*n = 0;
	*rest = false;
	sx_finding_list_init(&scratch);
	b.o = o;
	b.ctx = o->ctx;
	b.sql = sql;
	b.out = &scratch; /* the findings are not wanted here */
	b.large = 100000;
	b.collect = true;
	if (!(b.a = sx_arena_new()))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if (first)
		bind_stmt(&b, get(first, "stmt"), 0);
	if (!b.rc && b.npf && !(*pii = sx_calloc(b.npf, sizeof **pii)))
		b.rc = SX_ENOMEM;
	if (!b.rc) {
		if (b.npf)
			memcpy(*pii, b.pf, b.npf * sizeof **pii);
		*n = b.npf;
		*rest = b.pf_rest;
	}
	sx_arena_free(b.a);
	sx_finding_list_release(&scratch);
	return b.rc ? sx_error_set(err, b.rc, "out of memory while binding SQL") : 0;
}
