/*
 * plan.c - from a parsed intent to a query spec, resolved against the
 * catalog, the map and search.
 *
 * Design: general rules driven by what the map knows, never a lookup of
 * example sentences.
 *   - Entities ("orders", "клиентам") are tables found by search, boosted
 *     by how many relationships point at them (the entity table is the
 *     hub, not its satellites: t_ord_hdr over order_items for "orders").
 *   - Columns carry a semantic type (money, quantity, identifier, status,
 *     category, timestamps by meaning) from their names, types, comments.
 *   - Measures pick the best column of their kind among the relevant
 *     tables, with the alternatives and scores written as thoughts; close
 *     calls become ambiguity findings.
 *   - Dimensions are columns reached from the fact by many-to-one joins
 *     only (the map's ranked paths without a fan-out hop), so the grain
 *     never multiplies rows.
 *   - Measures on different tables form groups, each aggregated at the
 *     grain in its own CTE and joined afterwards: the fan-trap rule.
 *   - The time column is chosen by meaning: the business event (created /
 *     ordered), never updated_at, reached through the header when the
 *     fact has none (order lines).
 *   - Filter values come from the value dictionary (sampled distinct
 *     values of low-cardinality, non-PII columns) or from column comments
 *     that list the values.
 */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "gen_int.h"

/* ---------------------------------------------------------------- thoughts */

void sx_gen_thoughts_init(sx_gen_thoughts *t)
{
	memset(t, 0, sizeof *t);
}

void sx_gen_thoughts_release(sx_gen_thoughts *t)
{
	size_t i;
	if (!t)
		return;
	for (i = 0; i < t->n; i++)
		free(t->v[i]);
	free(t->v);
	memset(t, 0, sizeof *t);
}

int sx_gen_thought(sx_gen_thoughts *t, const char *fmt, ...)
{
	sx_buf b = SX_BUF_INIT;
	va_list ap;
	if (!t)
		return 0;
	va_start(ap, fmt);
	sx_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (sx_buf_failed(&b) || sx_grow((void **)&t->v, &t->cap, t->n + 1, sizeof *t->v)) {
		sx_buf_release(&b);
		return SX_ENOMEM;
	}
	t->v[t->n++] = sx_buf_detach(&b);
	return 0;
}

/* ---------------------------------------------------------------- names */

const char *sx_gen_sem_name(sx_gen_sem s)
{
	static const char *const n[] = {"other", "identifier", "money", "quantity", "measure",
					"category", "status", "flag", "created", "updated",
					"event_time", "business_date", "label", "text"};
	return (unsigned)s < sizeof n / sizeof n[0] ? n[s] : "other";
}

const char *sx_gen_load_name(sx_gen_load l)
{
	static const char *const n[] = {"aggregate", "incremental", "snapshot", "scd2",
					"dedup", "denormalised_360", "masked_export"};
	return (unsigned)l < sizeof n / sizeof n[0] ? n[l] : "aggregate";
}

const char *sx_gen_grain_name(sx_gen_grain g)
{
	static const char *const n[] = {"none",  "hour",    "day",  "week",
	                                "month", "quarter", "year", "weekday"};
	return (unsigned)g < sizeof n / sizeof n[0] ? n[g] : "none";
}

const char *sx_gen_agg_name(sx_gen_agg a)
{
	static const char *const n[] = {"sum", "count", "count_distinct", "avg", "min", "max"};
	return (unsigned)a < sizeof n / sizeof n[0] ? n[a] : "sum";
}

/* ---------------------------------------------------------------- columns */

/* True when w is one whole word of an identifier: words are separated by
 * '_', ' ', '-' and camelCase boundaries ("UnitPrice", "OrderID"), compared
 * case-insensitively. */
static bool has_word(const char *name, const char *w)
{
	size_t n = strlen(w), i = 0, start = 0, len = strlen(name);
	for (i = 0; i <= len; i++) {
		bool end = i == len || name[i] == '_' || name[i] == ' ' || name[i] == '-' || name[i] == '.';
		bool camel = !end && i > start && isupper((unsigned char)name[i]) &&
			     (islower((unsigned char)name[i - 1]) ||
			      (i + 1 < len && islower((unsigned char)name[i + 1]) && isupper((unsigned char)name[i - 1])));
		if (end || camel) {
			if (i - start == n && strncasecmp(name + start, w, n) == 0)
				return true;
			start = end ? i + 1 : i;
		}
	}
	return false;
}

static bool has_any(const char *name, const char *const *ws)
{
	size_t i;
	for (i = 0; ws[i]; i++)
		if (has_word(name, ws[i]))
			return true;
	return false;
}

static bool cmt_has(const sx_column *c, const char *w)
{
	return c->comment && strstr(c->comment, w);
}

/* The words of a column's name that say money (a number column holding
 * them is money; a text column, an amount kept as text: text_money). */
static const char *const MONEY_WORDS[] = {"amount", "total", "price", "revenue", "cost", "salary", "freight",
					  "gross", "net", "budget", "fee", "vat", "tax", "rub", "usd",
					  "sum", "paid", "balance", "spend", "profit", "profits", "sales", "income",
					  "earnings", NULL};

sx_gen_sem sx_gen_column_sem(const sx_table *t, const sx_column *c)
{
	const char *const *money = MONEY_WORDS;
	/* a count kept under its own word: "Num_of_stock", "stock", "kolvo" */
	static const char *const qty[] = {"qty", "quantity", "units", "count", "points", "stock", "num", "kolvo", NULL};
	static const char *const status[] = {"status", "state", "stage", NULL};
	static const char *const cat[] = {"type", "kind", "channel", "category", "segment", "tier",
					  "priority", "device", "method", "source", "provider",
					  "action", "reason", "role", "relation", "brand", "level",
					  "currency", "country", "movement", "event", "entity",
					  "author", "industry", "sector", "headquarters", "nationality",
					  "district", NULL};
	static const char *const label[] = {"name", "title", "code", "slug", "sku", NULL};
	const char *n = c->name;
	size_t len = strlen(n);
	if (c->family == SX_TF_BOOLEAN || sx_str_startswith(n, "is_") || sx_str_startswith(n, "has_"))
		return SX_SEM_FLAG;
	if (c->family == SX_TF_TIMESTAMP || c->family == SX_TF_DATE) {
		if (has_word(n, "updated") || has_word(n, "update") || has_word(n, "modified") ||
		    has_word(n, "changed"))
			return SX_SEM_TS_UPDATED;
		if (has_word(n, "created") || has_word(n, "ordered") || has_word(n, "placed") ||
		    has_word(n, "inserted") || has_word(n, "registered"))
			return SX_SEM_TS_CREATED;
		if (c->family == SX_TF_DATE)
			return SX_SEM_BUSINESS_DATE;
		return SX_SEM_TS_EVENT;
	}
	if (sx_table_col_in_pk(t, n) || sx_table_col_fk(t, n) || strcasecmp(n, "id") == 0 ||
	    (len > 3 && strcasecmp(n + len - 3, "_id") == 0) || sx_str_startswith(n, "id_") || has_word(n, "id") ||
	    has_word(n, "no") || has_word(n, "number") || has_word(n, "uuid") || has_word(n, "ref"))
		return SX_SEM_IDENTIFIER;
	if (c->family == SX_TF_DECIMAL || c->family == SX_TF_FLOAT || c->family == SX_TF_INTEGER) {
		if (has_any(n, money) && !has_word(n, "pct") && !has_word(n, "rate"))
			return c->family == SX_TF_INTEGER && !has_word(n, "amount") ? SX_SEM_MEASURE
											: SX_SEM_MONEY;
		if (has_any(n, qty) || cmt_has(c, "шт."))
			return SX_SEM_QUANTITY;
		if (has_word(n, "lat") || has_word(n, "lon") || has_word(n, "year") ||
		    has_word(n, "month") || has_word(n, "order") || has_word(n, "pct") ||
		    has_word(n, "rate") || has_word(n, "prefix") || has_word(n, "units"))
			return SX_SEM_OTHER;
		return SX_SEM_MEASURE;
	}
	if (c->family == SX_TF_TEXT) {
		if (has_any(n, status))
			return SX_SEM_STATUS;
		if (has_any(n, cat))
			return SX_SEM_CATEGORY;
		if (has_any(n, label))
			return SX_SEM_LABEL;
		return SX_SEM_TEXT;
	}
	return SX_SEM_OTHER;
}

const sx_column *gen_col(const sx_table *t, const char *name)
{
	return sx_table_find_column(t, name);
}

/* ---------------------------------------------------------------- state */

typedef struct cand {
	const sx_table *t;
	double score;
} cand;

typedef struct plan {
	const sx_gen_request *req;
	const sx_dbmap *map;
	const sx_catalog *cat;
	sx_search *search;
	sx_analyzer *an;
	sx_gen_thoughts *th;
	sx_finding_list *fl;
	sx_error *err;
	gen_intent in;
	sx_gen_spec *s;
	const sx_database *db;
	SX_VEC(cand) rel;          /* tables relevant to the whole intent */
	SX_VEC(sx_gen_measure) meas;
	SX_VEC(sx_gen_dim) dims;
	SX_VEC(sx_gen_filter) filt;
	const sx_table *alt[GEN_MAX_ITEMS * 2][3]; /* other readings of counted entities */
	const sx_table *last_alt[3];               /* set by resolve_entity */
	bool no_bridge;                            /* n1_path: many-to-one hops only */
	bool event_child;                          /* sum_over_units: children with a time of their own only (gen17) */
	bool money_sum;                            /* pick_money: the amount is summed */
	const sx_table *spanned[GEN_MAX_TOK];      /* a word of a value said whole: its table (said_values) */
	const sx_table *named[4];                  /* tables a dimension phrase named a column of (gen16) */
	size_t nnamed;
	unsigned long long ent_dims;               /* dims an entity phrase gave without saying "id" (gen16) */
	const sx_table *role_t;                    /* a table read through its self reference (gen24) */
	const char *role_col, *role_word;          /* that reference, the superior's word */
	const sx_table *hidden_t;                  /* a key given way to listed columns, grouped by */
	const sx_table *rank_t;                    /* a top N of these rows by rank_c (lead, round 32) */
	const sx_column *rank_c;
	const char *hidden_c;
	bool owner[GEN_MAX_TOK];                   /* "имя клиента": the listed column's owner, no value */
	bool nb_done;                              /* the number bound said is a filter (resolve_num_bound) */
} plan;

static char *astr(plan *p, const char *s)
{
	return sx_arena_strdup(p->s->arena, s);
}

static const char *phrase_text(plan *p, const gen_phrase *ph, char *buf, size_t n)
{
	size_t i, len = 0;
	buf[0] = '\0';
	for (i = 0; i < ph->n && len + 1 < n; i++)
		len += (size_t)snprintf(buf + len, n - len, "%s%s", i ? " " : "", p->in.tok[ph->tok[i]].w);
	return buf;
}

/* An English-ish name for a phrase: its first concept (for Russian words,
 * the lexicon's English concept). */
static void phrase_name(plan *p, const gen_phrase *ph, char *buf, size_t n)
{
	size_t i, len = 0;
	buf[0] = '\0';
	for (i = 0; i < ph->n && i < 2 && len + 1 < n; i++) {
		const gen_tok *t = &p->in.tok[ph->tok[i]];
		const char *w = t->w;
		if (t->cyr && t->nterms > 1)
			w = t->terms[0]; /* the lexicon concept comes first */
		else if (t->cyr)
			continue;
		len += (size_t)snprintf(buf + len, n - len, "%s%s", len ? "_" : "", w);
	}
}

static int incoming(const plan *p, const sx_table *t)
{
	const sx_map_rel **rels = NULL;
	size_t n = 0, i;
	int k = 0;
	if (sx_dbmap_rels_of(p->map, t, &rels, &n, NULL))
		return 0;
	for (i = 0; i < n; i++)
		if (rels[i]->to.t == t && rels[i]->from.t != t && rels[i]->status != SX_STATUS_REJECTED &&
		    rels[i]->confidence >= 0.5 && !rels[i]->via.t)
			k++;
	free(rels);
	return k;
}

static double rel_score(const plan *p, const sx_table *t)
{
	size_t i;
	for (i = 0; i < p->rel.n; i++)
		if (p->rel.v[i].t == t)
			return p->rel.v[i].score;
	return 0;
}

/* How many words of the phrase say a word of t's name (gen17). */
static double name_said(plan *p, const gen_phrase *ph, const sx_table *t)
{
	sx_terms terms;
	size_t i, j, k, hit = 0;
	sx_terms_init(&terms);
	sx_analyze(p->an, t->name, strlen(t->name), 1.0f, &terms, NULL);
	for (j = 0; j < ph->n; j++) {
		const gen_tok *tk = &p->in.tok[ph->tok[j]];
		bool m = false;
		for (i = 0; i < terms.n && !m; i++)
			for (k = 0; k < tk->nterms && !m; k++)
				m = terms.v[i].origin != SX_TERM_PHRASE && strcmp(terms.v[i].term, tk->terms[k]) == 0;
		hit += m;
	}
	sx_terms_release(&terms);
	return (double)hit;
}

/* 0.4 when the table's own name says the phrase's head noun (its last
 * word): "category" names categories, not products (whose rows have one). */
static double name_bonus(plan *p, const gen_phrase *ph, const sx_table *t)
{
	sx_terms terms;
	const gen_tok *head;
	double b = 0;
	size_t i, k;
	size_t words = 0, hit = 0, j;
	if (!ph->n)
		return 0;
	/* the head noun: English puts it last ("product category"), Russian
	 * first, its modifiers in the genitive after it ("категориям товаров") */
	head = &p->in.tok[ph->tok[p->in.tok[ph->tok[0]].cyr ? 0 : ph->n - 1]];
	/* a Russian compound's first part is its modifier: "веб-сессий" is
	 * about sessions */
	for (i = 0; head->cyr && head->hyph && i + 1 < ph->n && head == &p->in.tok[ph->tok[i]]; i++)
		head = &p->in.tok[ph->tok[i + 1]];
	/* "cart lines": the lines are the cart's, so the word before names the
	 * table (said_lines then counts its line table); a slip_lines table,
	 * whose name only shares "lines", gets no bonus for it */
	if (!head->cyr && ph->n > 1 &&
	    (strcmp(head->w, "line") == 0 || strcmp(head->w, "lines") == 0))
		head = &p->in.tok[ph->tok[ph->n - 2]];
	sx_terms_init(&terms);
	sx_analyze(p->an, t->name, strlen(t->name), 1.0f, &terms, NULL);
	for (i = 0; i < terms.n && !b; i++)
		for (k = 0; k < head->nterms; k++)
			if (terms.v[i].origin != SX_TERM_PHRASE && strcmp(terms.v[i].term, head->terms[k]) == 0) {
				b = 0.6;
				break;
			}
	/* every word of the table's name said: "orders" is Orders, not "Order Details" */
	for (i = 0; i < terms.n && b; i++) {
		bool m = false;
		if (terms.v[i].origin != SX_TERM_WORD && terms.v[i].origin != SX_TERM_ABBREV)
			continue;
		words++;
		for (j = 0; j < ph->n && !m; j++)
			for (k = 0; k < p->in.tok[ph->tok[j]].nterms && !m; k++)
				m = strcmp(terms.v[i].term, p->in.tok[ph->tok[j]].terms[k]) == 0;
		hit += m;
	}
	if (b && words && hit == words)
		b = 1.0; /* "orders" is orders, well above order_details */
	sx_terms_release(&terms);
	return b;
}

/* The table a noun phrase names: search hits boosted by incoming
 * relationships (entity tables are hubs). */
static const sx_table *resolve_entity(plan *p, const gen_phrase *ph, double *conf)
{
	char q[256];
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	sx_search_result *r = NULL;
	const sx_table *best = NULL, *second = NULL;
	double bs = -1, ss = -1;
	size_t i;
	*conf = 0;
	if (!ph->n || !p->search)
		return NULL;
	phrase_text(p, ph, q, sizeof q);
	{
		/* the lexicon's English concepts too: stems the search analyser misses
		 * ("отгрузок") still reach the table through them */
		size_t len = strlen(q), k2, j2;
		for (k2 = 0; k2 < ph->n; k2++) {
			const gen_tok *t = &p->in.tok[ph->tok[k2]];
			if (!t->cyr)
				continue;
			for (j2 = 0; j2 < t->nterms && len + 42 < sizeof q; j2++)
				if ((unsigned char)t->terms[j2][0] < 0x80)
					len += (size_t)snprintf(q + len, sizeof q - len, " %s", t->terms[j2]);
		}
	}
	o.k = 6;
	o.database = p->db ? p->db->name : NULL;
	o.no_links = true; /* gen joins the ends itself */
	if (sx_search_query(p->search, q, &o, &r, NULL))
		return NULL;
	memset(p->last_alt, 0, sizeof p->last_alt);
	{
		/* keep the ranked readings: a later step may need the second one */
		double sc3[3] = {-1, -1, -1};
		size_t j;
		for (i = 0; i < r->n; i++) {
			double sc = r->hits[i].score + name_bonus(p, ph, r->hits[i].table) +
				    0.08 * (double)(incoming(p, r->hits[i].table) < 10 ? incoming(p, r->hits[i].table) : 10) +
				    0.25 * rel_score(p, r->hits[i].table);
			for (j = 0; j < 3; j++)
				if (sc > sc3[j]) {
					memmove(&p->last_alt[j + 1], &p->last_alt[j], (2 - j) * sizeof p->last_alt[0]);
					memmove(&sc3[j + 1], &sc3[j], (2 - j) * sizeof sc3[0]);
					p->last_alt[j] = r->hits[i].table;
					sc3[j] = sc;
					break;
				}
		}
	}
	for (i = 0; i < r->n; i++) {
		double sc = r->hits[i].score + name_bonus(p, ph, r->hits[i].table) +
			    0.08 * (double)(incoming(p, r->hits[i].table) < 10
								? incoming(p, r->hits[i].table)
								: 10) +
			    0.25 * rel_score(p, r->hits[i].table);
		sx_debug("gen: entity \"%s\" %s: search %.2f name %.2f incoming %d relevance %.2f = %.2f", q,
			 r->hits[i].table->name, r->hits[i].score, name_bonus(p, ph, r->hits[i].table),
			 incoming(p, r->hits[i].table), rel_score(p, r->hits[i].table), sc);
		if (sc > bs) {
			second = best, ss = bs;
			best = r->hits[i].table, bs = sc;
		} else if (sc > ss) {
			second = r->hits[i].table, ss = sc;
		}
	}
	sx_search_result_free(r);
	if (best) {
		*conf = bs / (bs + (ss > 0 ? ss : 0.01));
		sx_gen_thought(p->th, "\"%s\" -> table %s (%.2f)%s%s%s", q, best->name, *conf,
			       second ? "; also possible: " : "", second ? second->name : "",
			       second ? "" : "");
	}
	return best;
}

/* ---------------------------------------------------------------- joins */

/* Many-to-one path from -> to over the map's ranked paths (no fan-out hop).
 * Appends the joins to g (deduplicated by target table). */
static bool bridge_path(plan *p, const sx_table *from, const sx_table *to, sx_gen_group *g,
                        bool add);

static double role_said(plan *p, const sx_map_path *pa);

static bool n1_path(plan *p, const sx_table *from, const sx_table *to, sx_gen_group *g, bool add)
{
	sx_map_path_opts o;
	sx_map_paths *ps = NULL;
	size_t i, k;
	bool ok = false;
	if (from == to)
		return true;
	for (i = 0; i < g->njoins; i++)
		if (g->joins[i].to == to)
			return true;
	sx_map_path_opts_init(&o);
	/* four hops: an employee's region is department -> location ->
	 * country -> region away */
	o.max_hops = 4;
	o.k = 4;
	if (sx_map_paths_find(p->map, from, to, &o, &ps, NULL))
		return false;
	/* the best many-to-one path, one whose every key is NOT NULL first: an
	 * order line reaches its store through its order, not through an
	 * optional shipment */
	{
		const sx_map_path *best = NULL;
		bool best_opt = true;
		double best_role = 0;
		for (i = 0; i < ps->npaths; i++) {
			const sx_map_path *pa = &ps->paths[i];
			bool fan = false, opt = false;
			double role;
			for (k = 0; k < pa->nhops; k++) {
				if (!pa->hops[k].forward || pa->hops[k].rel->polymorphic ||
				    pa->hops[k].rel->card == SX_CARD_MANY_TO_MANY)
					fan = true;
				opt |= pa->hops[k].rel->from_nullable;
			}
			if (fan)
				continue;
			/* a role the intent says ("destroyed by" -> destroyed_by_id
			 * rather than authorised_by_id; gen15) comes first */
			role = ps->npaths > 1 ? role_said(p, pa) : 0;
			if (best && (role < best_role || (role == best_role && (opt || !best_opt))))
				continue;
			best = pa, best_opt = opt, best_role = role;
		}
		ok = best != NULL;
		for (k = 0; add && best && k < best->nhops; k++) {
			const sx_map_hop *h = &best->hops[k];
			size_t j;
			bool seen = false, after_left = false;
			sx_gen_join *jn;
			for (j = 0; j < g->njoins; j++) {
				if (g->joins[j].to == h->to)
					seen = true;
				/* a join hanging off a LEFT JOINed table is LEFT too, or its
				 * inner join would drop the rows the LEFT JOIN kept */
				if (g->joins[j].to == h->from && g->joins[j].left)
					after_left = true;
			}
			if (seen || h->to == g->fact)
				continue;
			jn = &g->joins[g->njoins++];
			jn->from = h->from;
			jn->to = h->to;
			jn->ncols = h->rel->from.ncols;
			jn->from_cols = h->rel->from.cols;
			jn->to_cols = h->rel->to.cols;
			jn->left = h->rel->from_nullable || after_left;
		}
	}
	sx_map_paths_free(ps);
	if (!ok && !p->no_bridge)
		ok = bridge_path(p, from, to, g, add);
	return ok;
}

/* The key of b is exactly the pair (x, y) of its references: a bridge row
 * links one x to one y once (film_category, PlaylistTrack). */
static bool pair_key(const sx_table *b, const char *x, const char *y)
{
	const sx_key *k[16];
	size_t nk = 0, i;
	if (b->pk.ncols)
		k[nk++] = &b->pk;
	for (i = 0; i < b->nuniques && nk < 16; i++)
		k[nk++] = &b->uniques[i];
	for (i = 0; i < nk; i++)
		if (k[i]->ncols == 2 &&
		    ((strcmp(k[i]->cols[0], x) == 0 && strcmp(k[i]->cols[1], y) == 0) ||
		     (strcmp(k[i]->cols[0], y) == 0 && strcmp(k[i]->cols[1], x) == 0)))
			return true;
	return false;
}

/* A dimension behind a many-to-many bridge: from reaches x many-to-one, and
 * a bridge b links x to `to` ((x_id, to_id) its key). Joined x -> b -> to, a
 * fact row meets each of its x's `to` rows once: its measure is counted once
 * per `to` (never twice within one), and rows of an x without any `to` are
 * left out. Said as a thought; the totals of the `to` rows overlap. */
static bool bridge_path(plan *p, const sx_table *from, const sx_table *to, sx_gen_group *g,
                        bool add)
{
	const sx_map_rel **rels = NULL, **brels = NULL;
	size_t nr = 0, nb = 0, i, j;
	bool ok = false;
	if (sx_dbmap_rels_of(p->map, to, &rels, &nr, NULL))
		return false;
	for (i = 0; i < nr && !ok; i++) {
		const sx_map_rel *r = rels[i];
		const sx_table *b = r->from.t;
		if (r->to.t != to || !b || b == to || b == from || r->polymorphic || r->via.t ||
		    r->from.ncols != 1 || r->status == SX_STATUS_REJECTED || r->confidence < 0.5)
			continue;
		if (sx_dbmap_rels_of(p->map, b, &brels, &nb, NULL))
			continue;
		for (j = 0; j < nb && !ok; j++) {
			const sx_map_rel *r2 = brels[j];
			const sx_table *x = r2->to.t;
			bool reach;
			if (r2 == r || r2->from.t != b || !x || x == to || x == b ||
			    r2->polymorphic || r2->via.t || r2->from.ncols != 1 ||
			    r2->status == SX_STATUS_REJECTED || r2->confidence < 0.5 ||
			    !pair_key(b, r->from.cols[0], r2->from.cols[0]))
				continue;
			p->no_bridge = true;
			reach = n1_path(p, from, x, g, false);
			p->no_bridge = false;
			if (!reach)
				continue;
			ok = true;
			if (add && g->njoins + 2 < 32) {
				p->no_bridge = true;
				n1_path(p, from, x, g, true);
				p->no_bridge = false;
				g->joins[g->njoins++] =
				    (sx_gen_join){x, b, 1, r2->to.cols, r2->from.cols, false};
				g->joins[g->njoins++] =
				    (sx_gen_join){b, to, 1, r->from.cols, r->to.cols, false};
				sx_gen_thought(p->th,
				               "%s is reached from %s through the bridge %s "
				               "(many-to-many, its key "
				               "(%s, %s)): each %s row counts once per %s of its "
				               "%s, never twice in "
				               "one; %s rows without a %s are left out, and the %s "
				               "totals overlap "
				               "where a %s has several",
				               to->name, g->fact->name, b->name, r2->from.cols[0],
				               r->from.cols[0], g->fact->name, to->name, x->name,
				               x->name, to->name, to->name, x->name);
			}
		}
		free(brels);
		brels = NULL;
	}
	free(rels);
	return ok;
}

/* ---------------------------------------------------------------- helpers */

static double time_said(plan *p, const sx_table *t, const sx_column *c);
static size_t col_values(plan *p, const sx_table *t, const sx_column *c, char ***out);
static void free_values(char **v, size_t n);
static bool text_money(plan *p, const sx_table *t, const sx_column *c);
static const char *number_fmt(plan *p, const sx_table *t, const sx_column *c);
static size_t meaning_words(plan *p, const sx_column *c, char w[6][40]);
static bool every_row_state(plan *p, const sx_table *t, const gen_tok *tok);

static const sx_column *best_time(plan *p, const sx_table *t, double *score)
{
	const sx_column *best = NULL;
	double bs = 0;
	size_t i;
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		sx_gen_sem s = sx_gen_column_sem(t, c);
		double sc = 0;
		if (s == SX_SEM_TS_CREATED)
			sc = 0.8;
		else if (s == SX_SEM_TS_EVENT)
			sc = 0.6;
		else if (s == SX_SEM_BUSINESS_DATE)
			/* a DATE naming the business period (payroll's period_month, an
			 * invoice's issued_on) is the time the facts belong to */
			sc = 0.65 + ((has_word(c->name, "period") || has_word(c->name, "month") ||
				      has_word(c->name, "date") || has_word(c->name, "day") ||
				      has_word(c->name, "issued") || has_word(c->name, "posted") ||
				      has_word(c->name, "booked")) && !c->nullable ? 0.2 : 0);
		else if (s == SX_SEM_TS_UPDATED)
			sc = 0.2;
		else
			continue;
		if (has_word(c->name, "order") || has_word(c->name, "ordered") || has_word(c->name, "date") ||
		    cmt_has(c, "оформлен") || cmt_has(c, "order date"))
			sc += 0.15;
		if (has_word(c->name, "expires") || has_word(c->name, "revoked") || has_word(c->name, "valid") ||
		    has_word(c->name, "due") || has_word(c->name, "ended") || has_word(c->name, "birth") ||
		    has_word(c->name, "unsubscribed") || has_word(c->name, "closed"))
			sc -= 0.3;
		if (c->nullable)
			sc -= 0.1;
		sc += 0.5 * time_said(p, t, c);
		if (sc > bs)
			bs = sc, best = c;
	}
	*score = bs;
	return best;
}

/* A whole number by its declared type: an integer, or a decimal without
 * a fraction (`numeric(4,0)`, a year as textbook schemas declare it:
 * gen26). */
static bool whole_number(const sx_column *c)
{
	const char *comma = c->type ? strchr(c->type, ',') : NULL;
	if (c->family == SX_TF_INTEGER)
		return true;
	if (c->family != SX_TF_DECIMAL || !comma)
		return false;
	while (*++comma == ' ')
		;
	return *comma == '0' && comma[1 + strspn(comma + 1, " ")] == ')';
}

/* A column named for a calendar year: `Year`, `fiscal_year`, `yr`,
 * `Open_Year`, or a founding's word (`Creation`, `founded`,
 * `established`) that only a year's values confirm. No key, not a birth
 * year, no count of years. */
static bool year_named(const sx_table *t, const sx_column *c, bool *founding)
{
	static const char *const yw[] = {"year", "yr", "fy", NULL};
	static const char *const fw[] = {"creation", "created", "founded", "founding", "established",
	                                 "inception", "built", "opened", NULL};
	static const char *const nw[] = {"birth", "born", "years", "count", "num", "number", NULL};
	const char *key = gen_key_col(t);
	if (has_any(c->name, nw) || (key && strcmp(key, c->name) == 0) || sx_table_col_fk(t, c->name))
		return false;
	*founding = !has_any(c->name, yw);
	return !*founding || has_any(c->name, fw);
}

/* A column holding a calendar year: named for one (year_named) and every
 * value the dictionary knows of it a whole year between 1000 and 2100
 * (a film's 1487, a ministry's 1789). An integer (or whole decimal)
 * named `year` needs no values; a year kept as text ('2016') or as a
 * float (1980.0), or a founding's word, needs them: the values are what
 * say year. It serves year grains and year ranges where the table has
 * no date, and is never a measure (gen19, gen35-lead). */
static bool is_year_col(plan *p, const sx_table *t, const sx_column *c)
{
	char **v = NULL;
	size_t n, k;
	bool ok = true, founding = false, typed;
	if (c->family == SX_TF_DATE || c->family == SX_TF_TIMESTAMP || !year_named(t, c, &founding))
		return false;
	typed = whole_number(c) && !founding;
	if (!typed && c->family != SX_TF_TEXT && c->family != SX_TF_FLOAT && c->family != SX_TF_DECIMAL &&
	    c->family != SX_TF_INTEGER)
		return false;
	n = col_values(p, t, c, &v);
	for (k = 0; k < n && ok; k++) {
		char *end;
		double y = strtod(v[k], &end);
		ok = end != v[k] && !*end && y == (double)(long)y && y >= 1000 && y <= 2100;
	}
	free_values(v, n);
	return ok && (typed || n > 0);
}

static const sx_column *year_col(plan *p, const sx_table *t)
{
	size_t i;
	for (i = 0; i < t->ncols; i++)
		if (is_year_col(p, t, &t->cols[i]))
			return &t->cols[i];
	return NULL;
}

/* The single-column key of t: its primary key, else a unique column. */
const char *gen_key_col(const sx_table *t)
{
	size_t i, k;
	if (t->pk.ncols == 1)
		return t->pk.cols[0];
	if (t->nuniques && t->uniques[0].ncols == 1)
		return t->uniques[0].cols[0];
	/* no key declared: the one column another table's foreign key refers
	 * to is a key by that reference's own contract (a table created
	 * without its PRIMARY KEY, its rows referred to by id: gen25) */
	for (i = 0; t->schema && i < t->schema->ntables; i++) {
		const sx_table *c = t->schema->tables[i];
		for (k = 0; k < c->nfks; k++) {
			const sx_fk *f = &c->fks[k];
			if (f->ncols == 1 && f->ref_cols && strcasecmp(f->ref_table, t->name) == 0 &&
			    (!f->ref_schema || strcasecmp(f->ref_schema, t->schema->name) == 0) &&
			    gen_col(t, f->ref_cols[0]))
				return gen_col(t, f->ref_cols[0])->name;
		}
	}
	return NULL;
}

static bool named_as_table(const sx_table *t, const char *col);

/* Whether col names t's own rows as an id: `id`, or the table's name
 * (singular or not) followed by `_id` or `id` (orders.order_id,
 * Customer.CustomerId). */
static bool own_id_name(const sx_table *t, const char *col)
{
	size_t cl = strlen(col);
	char stem[160];
	if (strcasecmp(col, "id") == 0)
		return true;
	if (cl > 3 && strcasecmp(col + cl - 3, "_id") == 0)
		cl -= 3;
	else if (cl > 2 && strcasecmp(col + cl - 2, "id") == 0)
		cl -= 2;
	else
		return false;
	if (cl >= sizeof stem)
		return false;
	memcpy(stem, col, cl);
	stem[cl] = '\0';
	return named_as_table(t, stem);
}

/* The single-column key of t as the map knows it. A declared one first
 * (gen_key_col); else, for a table created without keys (every ClickHouse
 * table, a PostgreSQL table without its PRIMARY KEY), the column the map's
 * relationships refer to (orders.customer_id -> customers.customer_id at
 * 0.99 makes customer_id the customers' key; the most confident total wins
 * when several columns are referred to); else a ClickHouse table ordered by
 * its own id alone (ORDER BY order_id on orders). NULL: none. */
const char *gen_map_key_col(const sx_dbmap *m, const sx_table *t, double *conf)
{
	const sx_map_rel **rels = NULL;
	const char *best = NULL, *k = gen_key_col(t);
	double bs = 0;
	size_t nr = 0, i, j;
	if (conf)
		*conf = 1;
	/* a declared key of several columns is the key: one of its columns that
	 * another table refers to does not tell its rows apart */
	if (k || !m || t->pk.ncols > 1)
		return k;
	if (sx_dbmap_rels_of(m, t, &rels, &nr, NULL) == 0) {
		for (i = 0; i < nr; i++) {
			const sx_map_rel *r = rels[i];
			double sum = 0;
			if (r->to.t != t || r->from.t == t || r->to.ncols != 1 || r->polymorphic || r->via.t ||
			    r->status == SX_STATUS_REJECTED || r->confidence < 0.5 || !gen_col(t, r->to.cols[0]))
				continue;
			for (j = 0; j < nr; j++)
				if (rels[j]->to.t == t && rels[j]->from.t != t && rels[j]->to.ncols == 1 &&
				    !rels[j]->polymorphic && !rels[j]->via.t &&
				    rels[j]->status != SX_STATUS_REJECTED && rels[j]->confidence >= 0.5 &&
				    strcasecmp(rels[j]->to.cols[0], r->to.cols[0]) == 0)
					sum += rels[j]->confidence;
			if (sum > bs + 1e-9)
				bs = sum, best = gen_col(t, r->to.cols[0])->name;
		}
		free(rels);
	}
	if (best) {
		if (conf)
			*conf = bs > 1 ? 1 : bs;
		return best;
	}
	for (i = 0; i < t->nindexes; i++) {
		const sx_index *ix = &t->indexes[i];
		if (t->engine && ix->key.ncols == 1 && ix->method &&
		    strcmp(ix->method, "sparse primary index") == 0 && own_id_name(t, ix->key.cols[0]) &&
		    gen_col(t, ix->key.cols[0])) {
			if (conf)
				*conf = 0.6;
			return gen_col(t, ix->key.cols[0])->name;
		}
	}
	return NULL;
}

static const char *key_of(plan *p, const sx_table *t)
{
	return gen_map_key_col(p->map, t, NULL);
}

/* The column that names a row of t, for people to read beside its key:
 * `name` or `title` itself, then a name said after the table
 * (`category_name`, `CompanyName`), then another `*_name`, then a
 * `*_title` or `code`. Someone's title (`contact_title`, `job_title`) or
 * name (`contact_name`, `first_name`) describes a person attached to the
 * row, not the row: such columns rank last. Personal-data columns of the
 * map are never used. */
/* True when col is named as its table, singular or not (country.country,
 * Categories.Category). */
static bool named_as_table(const sx_table *t, const char *col)
{
	size_t tl = strlen(t->name), cl = strlen(col);
	if (strcasecmp(t->name, col) == 0)
		return true;
	if (tl > 3 && strcasecmp(t->name + tl - 3, "ies") == 0)
		return cl == tl - 2 && strncasecmp(t->name, col, tl - 3) == 0 && tolower((unsigned char)col[cl - 1]) == 'y';
	return tl > 1 && tolower((unsigned char)t->name[tl - 1]) == 's' && cl == tl - 1 &&
	       strncasecmp(t->name, col, cl) == 0;
}

/* Whether c's name begins with t's (the last three letters aside:
 * Products.product_details, Document_Structures.document_structure_...). */
static bool said_after_table(const sx_table *t, const sx_column *c)
{
	return c && strlen(t->name) > 3 && strncasecmp(c->name, t->name, strlen(t->name) - 3) == 0;
}

/* Whether t is a code table and c the words for its code: t's key is one
 * text column named a code ("color_code"), c is another text column that
 * names the same thing ("color_description": the words before "code"
 * begin it), and t holds little else (at most four columns). */
static bool code_table(const sx_table *t, const sx_column *c)
{
	const sx_column *k;
	size_t kl;
	if (!c || t->pk.ncols != 1 || t->ncols > 4 || !(k = gen_col(t, t->pk.cols[0])) || k == c ||
	    k->family != SX_TF_TEXT || !has_word(k->name, "code"))
		return false;
	kl = strlen(k->name);
	if (kl <= 5 || strcasecmp(k->name + kl - 5, "_code") != 0)
		return false;
	return strncasecmp(c->name, k->name, kl - 4) == 0;
}

static int label_rank(const sx_table *t, const sx_column *c)
{
	static const char *const person[] = {"contact", "job", "user", "login", NULL};
	static const char *const own[] = {"first", "last", "middle", "full", "maiden", NULL};
	int r = 0;
	if (c->family != SX_TF_TEXT || has_any(c->name, own))
		return 0;
	if (strcasecmp(c->name, "name") == 0)
		r = 10;
	else if (named_as_table(t, c->name))
		r = 9; /* country.country, Territory.Territory */
	else if (strcasecmp(c->name, "title") == 0)
		r = 9;
	else if (has_word(c->name, "name")) {
		size_t tl = strlen(t->name);
		/* said after its table: categories.category_name, Artist.ArtistName */
		r = 6;
		if (tl > 3 && strncasecmp(c->name, t->name, tl - 3) == 0)
			r = 8;
		else if (has_word(c->name, "company") || has_word(c->name, "display") ||
		         has_word(c->name, "short"))
			r = 7;
	} else if (has_word(c->name, "title"))
		r = 5;
	else if (strcasecmp(c->name, "code") == 0 || strcasecmp(c->name, "slug") == 0)
		r = 4;
	else if ((has_word(c->name, "details") || has_word(c->name, "description")) && said_after_table(t, c))
		r = 3; /* said after its table, nothing better: Products.product_details (gen11) */
	else if (has_word(c->name, "description") && code_table(t, c))
		r = 3; /* a code table's words for its code: Ref_Colors.color_description (gen27) */
	if (r && has_any(c->name, person))
		r = 1;
	if (r && !c->nullable)
		r = r * 2 + 1;
	else
		r = r * 2;
	return r;
}

/* The label of t (label_rank's best), never personal data of the map
 * unless it is the row's own name said after its table; NULL when none.
 * dict.c asks it too: a lookup's names go into the value dictionary. */
const char *gen_label_col(const sx_dbmap *map, const sx_table *t)
{
	size_t i;
	int br = 0;
	const char *best = NULL;
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		int r = label_rank(t, c);
		/* a person's data is no label, unless it is the row's own name said
		 * after its table (Customers.customer_name: rank 8) */
		if (map && sx_dbmap_column(map, t, c->name) && r < 16)
			continue;
		if (r > br)
			br = r, best = c->name;
	}
	return best;
}

static const char *label_col(plan *p, const sx_table *t)
{
	return gen_label_col(p->map, t);
}

/* True when one of the stems / concepts of token tk is among terms. */
static bool tok_in_terms(const gen_tok *tk, const sx_terms *terms)
{
	size_t k, j;
	for (k = 0; k < tk->nterms; k++)
		for (j = 0; j < terms->n; j++)
			if (terms->v[j].origin != SX_TERM_PHRASE &&
			    strcmp(terms->v[j].term, tk->terms[k]) == 0)
				return true;
	return false;
}

/* Score of a phrase against a column: stems/concepts against the analysed
 * column name and comment; how much of the column's name the phrase
 * covers (a word of the name counts through its synonyms: "доставки" says
 * ship_country's "ship"); less for each word of the phrase that neither
 * the column nor its table says ("customer country" is customers.country,
 * not employees.country). */
static double col_match(plan *p, const gen_phrase *ph, const sx_table *t, const sx_column *c)
{
	sx_terms terms, tt;
	double sc = 0;
	size_t i, k, j, unsaid = 0;
	sx_terms_init(&terms);
	sx_terms_init(&tt);
	sx_analyze(p->an, c->name, strlen(c->name), 1.0f, &terms, NULL);
	if (c->comment)
		sx_analyze(p->an, c->comment, strlen(c->comment), 0.6f, &terms, NULL);
	sx_analyze(p->an, t->name, strlen(t->name), 1.0f, &tt, NULL);
	for (i = 0; i < ph->n; i++) {
		const gen_tok *tk = &p->in.tok[ph->tok[i]];
		double best = 0;
		for (k = 0; k < tk->nterms; k++)
			for (j = 0; j < terms.n; j++)
				if (terms.v[j].origin != SX_TERM_PHRASE && strcmp(terms.v[j].term, tk->terms[k]) == 0 &&
				    terms.v[j].weight > best)
					best = terms.v[j].weight;
		sc += best;
		if (best == 0 && !tok_in_terms(tk, &tt))
			unsaid++;
	}
	sx_terms_release(&tt);
	sc = ph->n ? sc / (double)ph->n : 0;
	{
		/* how much of the column's own name the phrase covers: "sales channel"
		 * names the column channel completely */
		sx_terms nt, wt;
		size_t words = 0, hit = 0;
		sx_terms_init(&nt);
		sx_terms_init(&wt);
		sx_analyze(p->an, c->name, strlen(c->name), 1.0f, &nt, NULL);
		for (j = 0; j < nt.n; j++) {
			bool m = false;
			if (nt.v[j].origin != SX_TERM_WORD || strcmp(nt.v[j].term, "id") == 0)
				continue;
			words++;
			/* the word with its synonyms and concepts */
			sx_terms_clear(&wt);
			sx_analyze(p->an, nt.v[j].term, strlen(nt.v[j].term), 1.0f, &wt, NULL);
			for (i = 0; i < ph->n && !m; i++) {
				const gen_tok *tk = &p->in.tok[ph->tok[i]];
				m = tok_in_terms(tk, &wt);
				for (k = 0; k < tk->nterms && !m; k++)
					m = strcmp(nt.v[j].term, tk->terms[k]) == 0;
			}
			hit += m;
		}
		sx_terms_release(&wt);
		sx_terms_release(&nt);
		if (words && 0.95 * (double)hit / (double)words > sc)
			sc = 0.95 * (double)hit / (double)words;
	}
	sx_terms_release(&terms);
	if (sc > 0 && ph->n)
		sc -= 0.3 * (double)unsaid / (double)ph->n;
	return sc;
}

/* True when the word w (an analysed term of a name) is said by token tk,
 * directly or through its synonyms and concepts. */
static bool tok_says(plan *p, const gen_tok *tk, const char *w)
{
	sx_terms wt;
	size_t k;
	bool m = false;
	for (k = 0; k < tk->nterms && !m; k++)
		m = strcmp(w, tk->terms[k]) == 0;
	if (m)
		return true;
	sx_terms_init(&wt);
	sx_analyze(p->an, w, strlen(w), 1.0f, &wt, NULL);
	m = tok_in_terms(tk, &wt);
	sx_terms_release(&wt);
	return m;
}

/* How much of the roles of a path's references the intent says (gen15): per
 * hop, the share of its key column's words (but "id" and the words of the
 * table it points at) that a word of the intent says, summed; "destroyed"
 * says Destroyed_by_Employee_ID whole, Destruction_Authorised_by_Employee_ID
 * by half. */
static double role_said(plan *p, const sx_map_path *pa)
{
	double sum = 0;
	size_t k, a, b, x;
	for (k = 0; k < pa->nhops; k++) {
		const sx_map_rel *r = pa->hops[k].rel;
		sx_terms fc, tn;
		size_t n = 0, said = 0;
		if (r->from.ncols != 1)
			continue;
		sx_terms_init(&fc);
		sx_terms_init(&tn);
		sx_analyze(p->an, r->from.cols[0], strlen(r->from.cols[0]), 1.0f, &fc, NULL);
		sx_analyze(p->an, pa->hops[k].to->name, strlen(pa->hops[k].to->name), 1.0f, &tn, NULL);
		for (a = 0; a < fc.n; a++) {
			bool own = fc.v[a].origin != SX_TERM_WORD || strcmp(fc.v[a].term, "id") == 0, m = false;
			for (x = 0; x < tn.n && !own; x++)
				own = tn.v[x].origin == SX_TERM_WORD && strcmp(tn.v[x].term, fc.v[a].term) == 0;
			if (own)
				continue;
			n++;
			for (b = 0; b < p->in.ntok && !m; b++)
				m = !p->in.tok[b].num && tok_says(p, &p->in.tok[b], fc.v[a].term);
			said += m;
		}
		if (n)
			sum += (double)said / (double)n;
		sx_terms_release(&fc);
		sx_terms_release(&tn);
	}
	return sum;
}

/* How many of the meaning words of c's name (*n of them) a word of the
 * phrase says. */
static size_t said_in(plan *p, const sx_column *c, const gen_phrase *ph, size_t *n)
{
	char w[6][40];
	size_t a, b, said = 0;
	*n = meaning_words(p, c, w);
	for (a = 0; a < *n; a++) {
		bool m = false;
		for (b = 0; b < ph->n && !m; b++)
			m = tok_says(p, &p->in.tok[ph->tok[b]], w[a]);
		said += m;
	}
	return said;
}

/* "different bikes ridden" over trips that hold a bike_id of no declared
 * table (gen15): the identifier column of t, not its key, whose name the
 * noun says (col_match >= 0.9); else key. A code column counts too, its
 * other words said ("distinct source systems": source_system_code; the
 * lead, round 36). */
static const char *other_id_col(plan *p, const gen_phrase *noun, const sx_table *t, const char *key)
{
	size_t i, n;
	for (i = 0; i < t->ncols && noun->n; i++) {
		const sx_column *c = &t->cols[i];
		size_t said;
		bool code = !has_word(c->name, "id") && has_word(c->name, "code");
		if ((key && strcmp(c->name, key) == 0) || sx_table_col_in_pk(t, c->name) ||
		    (!has_word(c->name, "id") && !code) || sx_table_col_fk(t, c->name))
			continue;
		said = said_in(p, c, noun, &n);
		if (code && n >= 3 && said + 1 == n) {
			bool code_said = false; /* then the one word unsaid is "code" */
			size_t b;
			for (b = 0; b < noun->n && !code_said; b++)
				code_said = tok_says(p, &p->in.tok[noun->tok[b]], "code");
			if (!code_said)
				said = n;
		}
		if (n && said == n) {
			sx_gen_thought(p->th, "distinct: \"%s\" names %s.%s, an identifier of no table of its own",
			               p->in.tok[noun->tok[0]].w, t->name, c->name);
			return c->name;
		}
	}
	return key;
}

/* A column of a referenced table, named by a phrase that says the reference
 * and then the column: "support rep last name" is Employee.LastName over
 * Customer.SupportRepId, "driver name" Employees.employee_name over
 * driver_employee_id (a word of the column's name that is its table's own,
 * "employee", need not be said). Every word of the phrase says either the
 * reference (its column's words or its table's name) or the column, each
 * side at least one, and the column's every other word is said. Text-like
 * columns only (never a key, a number or a time); a person's columns are
 * allowed here, where they are asked for by name. Returns 0.95 and the
 * table and column, or 0. */
static double role_column(plan *p, const gen_phrase *ph, const sx_table *const *tabs, size_t nt,
			  const sx_table **ot, const sx_column **oc)
{
	size_t k, i, j, a, b;
	double best = 0;
	*ot = NULL;
	*oc = NULL;
	if (ph->n < 2)
		return 0;
	for (k = 0; k < nt && !best; k++) {
		const sx_map_rel **rels = NULL;
		size_t nr = 0;
		if (sx_dbmap_rels_of(p->map, tabs[k], &rels, &nr, NULL))
			break;
		for (i = 0; i < nr && !best; i++) {
			const sx_map_rel *r = rels[i];
			const sx_table *t = r->to.t;
			sx_terms fc, tn;
			bool role[GEN_MAX_PHRASE] = {0};
			size_t nrole = 0;
			if (r->from.t != tabs[k] || !t || t == tabs[k] || r->from.ncols != 1 || r->polymorphic ||
			    r->status == SX_STATUS_REJECTED || r->confidence < 0.5)
				continue;
			sx_terms_init(&fc);
			sx_terms_init(&tn);
			sx_analyze(p->an, r->from.cols[0], strlen(r->from.cols[0]), 1.0f, &fc, NULL);
			sx_analyze(p->an, t->name, strlen(t->name), 1.0f, &tn, NULL);
			for (a = 0; a < ph->n; a++) {
				const gen_tok *tk = &p->in.tok[ph->tok[a]];
				for (b = 0; b < fc.n && !role[a]; b++)
					role[a] = fc.v[b].origin == SX_TERM_WORD && strcmp(fc.v[b].term, "id") != 0 &&
						  tok_says(p, tk, fc.v[b].term);
				for (b = 0; b < tn.n && !role[a]; b++)
					role[a] = tn.v[b].origin == SX_TERM_WORD && tok_says(p, tk, tn.v[b].term);
				nrole += role[a];
			}
			if (nrole && nrole < ph->n)
				for (j = 0; j < t->ncols && !best; j++) {
					const sx_column *c = &t->cols[j];
					sx_gen_sem sem = sx_gen_column_sem(t, c);
					sx_terms cn;
					size_t words = 0, said = 0;
					bool rest_ok = true;
					if (c->family != SX_TF_TEXT || sem == SX_SEM_IDENTIFIER ||
					    has_word(c->name, "description") || has_word(c->name, "details"))
						continue;
					sx_terms_init(&cn);
					sx_analyze(p->an, c->name, strlen(c->name), 1.0f, &cn, NULL);
					for (b = 0; b < cn.n; b++) {
						bool m = false, own = false;
						size_t x;
						if (cn.v[b].origin != SX_TERM_WORD)
							continue;
						words++;
						for (a = 0; a < ph->n && !m; a++)
							m = !role[a] && tok_says(p, &p->in.tok[ph->tok[a]], cn.v[b].term);
						for (x = 0; x < tn.n && !m && !own; x++)
							own = tn.v[x].origin == SX_TERM_WORD &&
							      strcmp(tn.v[x].term, cn.v[b].term) == 0;
						if (!m && !own)
							rest_ok = false;
						said += m;
					}
					/* every other word of the phrase says a word of the column */
					for (a = 0; a < ph->n && rest_ok; a++) {
						bool m = role[a];
						for (b = 0; b < cn.n && !m; b++)
							m = cn.v[b].origin == SX_TERM_WORD &&
							    tok_says(p, &p->in.tok[ph->tok[a]], cn.v[b].term);
						rest_ok = m;
					}
					sx_terms_release(&cn);
					if (words && said && rest_ok) {
						best = 0.95;
						*ot = t;
						*oc = c;
					}
				}
			sx_terms_release(&fc);
			sx_terms_release(&tn);
		}
		free(rels);
	}
	return best;
}

/* True when the phrase says the name col word for word and nothing else:
 * every word of the name (through its synonyms and Russian words) is said
 * by a token of the phrase, every token says a word of the name, and the
 * name has a word that the name of its referenced table to lacks (the
 * phrase names the column, not the table: "type code" of
 * Ref_Transaction_Types, not "status" of order_statuses). */
static bool says_column_not_table(plan *p, const gen_phrase *ph, const char *col, const sx_table *to)
{
	sx_terms cn, tn;
	size_t a, b, x, words = 0;
	bool ok = ph->n > 0, beyond = false;
	sx_terms_init(&cn);
	sx_terms_init(&tn);
	sx_analyze(p->an, col, strlen(col), 1.0f, &cn, NULL);
	sx_analyze(p->an, to->name, strlen(to->name), 1.0f, &tn, NULL);
	for (b = 0; b < cn.n && ok; b++) {
		bool m = false, own = false;
		if (cn.v[b].origin != SX_TERM_WORD)
			continue;
		words++;
		for (a = 0; a < ph->n && !m; a++)
			m = tok_says(p, &p->in.tok[ph->tok[a]], cn.v[b].term);
		for (x = 0; x < tn.n && !own; x++)
			own = tn.v[x].origin == SX_TERM_WORD && strcmp(tn.v[x].term, cn.v[b].term) == 0;
		beyond = beyond || !own;
		ok = m;
	}
	for (a = 0; a < ph->n && ok; a++) {
		bool m = false;
		for (b = 0; b < cn.n && !m; b++)
			m = cn.v[b].origin == SX_TERM_WORD && tok_says(p, &p->in.tok[ph->tok[a]], cn.v[b].term);
		ok = m;
	}
	sx_terms_release(&cn);
	sx_terms_release(&tn);
	return ok && words >= 2 && beyond;
}

static bool in_phrase(const gen_phrase *ph, size_t tok)
{
	size_t i;
	for (i = 0; i < ph->n; i++)
		if ((size_t)ph->tok[i] == tok)
			return true;
	return false;
}

/* True when token tok belongs to what the rows are grouped or ranked by
 * (a dimension, the top N's subject): such words say no measure. */
static bool in_grouping(const plan *p, size_t tok)
{
	size_t i;
	for (i = 0; i < p->in.ndims; i++)
		if (in_phrase(&p->in.dims[i], tok))
			return true;
	return in_phrase(&p->in.top_what, tok) || in_phrase(&p->in.top_within, tok);
}

/* True when the intent says w: a word starting with it ("orders" says
 * "order"), or, outside the dimensions, a word sharing a concept with it
 * through the lexicon ("доставки" says "freight", both shipment). */
static bool measure_word_in_intent(plan *p, const char *w)
{
	size_t i;
	bool said = false;
	sx_terms wt;
	for (i = 0; i < p->in.ntok; i++)
		if (strncmp(p->in.tok[i].w, w, strlen(w)) == 0)
			return true;
	sx_terms_init(&wt);
	if (!sx_analyze(p->an, w, strlen(w), 1.0f, &wt, NULL))
		for (i = 0; i < p->in.ntok && !said; i++)
			said = !p->in.tok[i].num && !in_grouping(p, i) &&
			       tok_in_terms(&p->in.tok[i], &wt);
	sx_terms_release(&wt);
	return said;
}

/* ---------------------------------------------------------------- measures */

/* How the intent says a tax (the lead, round 29): 1 an amount with it
 * ("сумма с НДС", "including VAT": the gross), -1 one without it ("без
 * НДС", "excluding tax", "net of VAT": the net), 0 the tax itself or none. */
static int tax_said_with(const plan *p)
{
	static const char *const with[] = {"with", "including", "incl", "inclusive", "inc", "с", "со", "включая", "вкл",
					   NULL};
	static const char *const without[] = {"without", "excluding", "excl", "ex", "exclusive", "без", "минус",
					       "less", NULL};
	size_t i, k;
	for (i = 1; i < p->in.ntok; i++) {
		const char *w = p->in.tok[i].w, *b = p->in.tok[i - 1].w;
		if (strncmp(w, "ндс", strlen("ндс")) != 0 && strcmp(w, "vat") != 0 && strcmp(w, "tax") != 0 &&
		    strcmp(w, "taxes") != 0)
			continue;
		if ((strcmp(b, "of") == 0 || strcmp(b, "the") == 0) && i > 1) {
			if (strcmp(b, "of") == 0 && strcmp(p->in.tok[i - 2].w, "net") == 0)
				return -1; /* "net of VAT" */
			b = p->in.tok[i - 2].w;
		}
		for (k = 0; with[k]; k++)
			if (strcmp(b, with[k]) == 0)
				return 1;
		for (k = 0; without[k]; k++)
			if (strcmp(b, without[k]) == 0)
				return -1;
	}
	return 0;
}

static double money_score(plan *p, const sx_table *t, const sx_column *c, int mode)
{
	bool revenue = mode != 0;
	const char *n = c->name;
	double sc = 0.3, kind = 0;
	const sx_map_table *mt = sx_dbmap_table(p->map, t);
	/* how much the name says "money earned": the strongest word counts;
	 * an amount the intent names otherwise ("average profit") is not the
	 * sales figure beside it (Profits_billion over Sales_billion: gen30) */
	if (has_word(n, "revenue") || has_word(n, "sales"))
		kind = revenue || measure_word_in_intent(p, "revenue") || measure_word_in_intent(p, "sales") ? 0.5
															   : 0.2;
	else if (has_word(n, "total"))
		kind = 0.35;
	else if (has_word(n, "amount"))
		kind = 0.3;
	sc += kind;
	if (has_word(n, "line"))
		sc += 0.15;
	if (has_word(n, "gross"))
		sc += 0.05;
	if (has_word(n, "price") || has_word(n, "cost"))
		sc -= 0.1;
	{
		static const char *const neg[] = {"discount", "delivery", "shipping", "tax",
		                                  "vat",      "fee",      "budget",   "salary",
		                                  "balance",  "ndfl",     "net",      "items",
		                                  "freight",  "list",     NULL};
		size_t i;
		int tw = tax_said_with(p);
		for (i = 0; neg[i]; i++) {
			bool tax = strcmp(neg[i], "vat") == 0 || strcmp(neg[i], "tax") == 0;
			if (has_word(n, neg[i]) && (!measure_word_in_intent(p, neg[i]) || (tax && tw)) &&
			    !(tw < 0 && strcmp(neg[i], "net") == 0))
				sc -= 0.45;
		}
		/* "с НДС" is the gross amount, "без НДС" the net one */
		if ((tw > 0 && has_word(n, "gross")) || (tw < 0 && has_word(n, "net")))
			sc += 0.3;
	}
	if (revenue && mt) {
		if (mt->domain == SX_DOMAIN_SALES_ORDERS)
			sc += 0.3;
		else if (mt->domain == SX_DOMAIN_PAYMENTS_FINANCE || mt->domain == SX_DOMAIN_BILLING)
			sc += 0.05;
		else
			sc -= 0.2;
	}
	/* how relevant the table is to the whole intent; revenue is one business
	 * concept, so it must not change table with the wording around it */
	sc += (mode == 1 ? 0.03 : 0.15) * (rel_score(p, t) < 1 ? rel_score(p, t) : 1);
	{
		/* the intent names a part of the column's name: "gross", "net" */
		const char *q = n;
		while (*q) {
			const char *e = strchr(q, '_');
			size_t l = e ? (size_t)(e - q) : strlen(q);
			char part[32];
			if (l >= 3 && l < sizeof part) {
				snprintf(part, sizeof part, "%.*s", (int)l, q);
				if (strcmp(part, "amount") != 0 && strcmp(part, "total") != 0 &&
				    measure_word_in_intent(p, part))
					sc += 0.25;
			}
			q = e ? e + 1 : q + l;
		}
	}
	if (revenue) {
		/* the business's main fact is a hub: many tables refer to it */
		int in = incoming(p, t);
		sc += 0.02 * (in < 10 ? in : 10);
	}
	if (revenue) {
		/* the finest grain of the same business: a line whose header also has
		 * money (order_items under t_ord_hdr) carries revenue per product */
		const sx_map_rel **rels = NULL;
		size_t nr = 0, i, k;
		if (!sx_dbmap_rels_of(p->map, t, &rels, &nr, NULL)) {
			for (i = 0; i < nr; i++) {
				const sx_map_rel *r = rels[i];
				const sx_map_table *pt;
				bool money = false;
				if (r->from.t != t || !r->to.t || r->to.t == t || r->from_nullable)
					continue;
				pt = sx_dbmap_table(p->map, r->to.t);
				if (!pt || !mt || pt->domain != mt->domain)
					continue;
				{
					/* a header holds the business time; a lookup with money
					 * (a job's salary range) is no header of its rows */
					double ts = 0;
					if (!best_time(p, r->to.t, &ts) || ts < 0.5)
						continue;
				}
				for (k = 0; k < r->to.t->ncols; k++)
					money |= sx_gen_column_sem(r->to.t, &r->to.t->cols[k]) == SX_SEM_MONEY;
				if (money) {
					/* revenue: the line; an average per order: the header */
					sc += mode == 2 ? -0.3 : 0.12;
					break;
				}
			}
			free(rels);
		}
	}
	return sc;
}

static int add_measure(plan *p, const char *name, sx_gen_agg agg, const sx_table *t,
		       const char *expr, double conf, bool convert)
{
	sx_gen_measure m = {0};
	size_t i;
	for (i = 0; i < p->meas.n; i++)
		if (strcmp(p->meas.v[i].name, name) == 0)
			return 0;
	m.name = astr(p, name);
	m.agg = agg;
	m.table = t;
	m.expr = expr ? astr(p, expr) : NULL;
	m.confidence = conf;
	m.convert = convert;
	return SX_VEC_PUSH(&p->meas, m);
}

/* Candidate tables for a fact: the relevant tables and, for each, itself. */
/* price * quantity (less a discount) on a line table without a line total:
 * Northwind's order_details, Chinook's invoice_lines. Writes the {col}
 * expression into ex; false when the table has no such pair. */
static bool price_qty(const sx_table *t, char *ex, size_t n)
{
	const sx_column *pr = NULL, *q = NULL, *dfrac = NULL, *damt = NULL;
	size_t k;
	for (k = 0; k < t->ncols; k++) {
		const sx_column *c = &t->cols[k];
		sx_gen_sem sem = sx_gen_column_sem(t, c);
		if (sem == SX_SEM_MONEY && has_word(c->name, "price") && !pr)
			pr = c;
		else if (sem == SX_SEM_QUANTITY && (has_word(c->name, "quantity") || has_word(c->name, "qty")) && !q)
			q = c;
		else if (has_word(c->name, "discount") && (c->family == SX_TF_DECIMAL || c->family == SX_TF_FLOAT)) {
			if (has_word(c->name, "amount") || has_word(c->name, "sum"))
				damt = c;
			else
				dfrac = c;
		}
	}
	if (!pr || !q)
		return false;
	for (k = 0; k < t->ncols; k++)
		if (has_word(t->cols[k].name, "total") || has_word(t->cols[k].name, "revenue"))
			return false; /* the line has its total: no need to recompute it */
	if (dfrac)
		snprintf(ex, n, "{%s} * {%s} * (1 - {%s})", pr->name, q->name, dfrac->name);
	else if (damt)
		snprintf(ex, n, "{%s} * {%s} - {%s}", pr->name, q->name, damt->name);
	else
		snprintf(ex, n, "{%s} * {%s}", pr->name, q->name);
	return true;
}

static size_t dim_tables(plan *p, const sx_table **dt, const sx_table *skip);
static double dims_reached(plan *p, const sx_table *a, const sx_table *const *dt, size_t nd);

/* Whether a date to cut by is reachable from t: its own event time, or a
 * direct many-to-one parent's (a line's header), as build_groups takes it. */
static bool time_reached(plan *p, const sx_table *t)
{
	const sx_map_rel **rels = NULL;
	size_t nr = 0, j;
	double sc;
	bool ok = false;
	if (best_time(p, t, &sc) && sc >= 0.5)
		return true;
	if (sx_dbmap_rels_of(p->map, t, &rels, &nr, NULL))
		return false;
	for (j = 0; j < nr && !ok; j++) {
		const sx_map_rel *r = rels[j];
		if (r->from.t != t || !r->to.t || r->polymorphic || r->from_nullable || r->via.t ||
		    r->card == SX_CARD_MANY_TO_MANY)
			continue;
		ok = best_time(p, r->to.t, &sc) != NULL;
	}
	free(rels);
	return ok;
}

static int pick_money(plan *p, const sx_table *only, int mode, const sx_table **bt,
		      char *expr, size_t nexpr, double *conf)
{
	cand tabs[64];
	double dsc[64];
	size_t nt = 0, i, k;
	const sx_table *b1 = NULL, *b2t = NULL;
	char e1[200] = "", e2[200] = "";
	double s1 = -9, s2 = -9;
	if (only)
		tabs[nt++] = (cand){only, 1};
	else
		for (i = 0; i < p->rel.n && nt < 64; i++)
			tabs[nt++] = p->rel.v[i];
	if (!only && mode && p->db) {
		/* revenue lives in the sales tables even when search did not rank them */
		for (i = 0; i < p->db->nschemas; i++) {
			const sx_schema *sc = p->db->schemas[i];
			for (k = 0; k < sc->ntables && nt < 64; k++) {
				const sx_map_table *mt = sx_dbmap_table(p->map, sc->tables[k]);
				size_t j;
				bool seen = false;
				/* ... and in the payments received (a rental store's payment.amount) */
				if (!mt || (mt->domain != SX_DOMAIN_SALES_ORDERS && mt->domain != SX_DOMAIN_BILLING &&
					    mt->domain != SX_DOMAIN_PAYMENTS_FINANCE))
					continue;
				for (j = 0; j < nt; j++)
					seen |= tabs[j].t == sc->tables[k];
				if (!seen)
					tabs[nt++] = (cand){sc->tables[k], 0};
			}
		}
	}
	{
		/* a measure is cut by the dimensions the intent names: a table that
		 * cannot reach them is a poor home for it (jobs.min_salary for
		 * "salary by department", where employees.salary reaches it) */
		const sx_table *dt[GEN_MAX_ITEMS];
		size_t nd = only ? 0 : dim_tables(p, dt, NULL);
		/* ... and by the period: "daily revenue" is no reading of a table
		 * that reaches no date (an aggregating view that dropped it) */
		bool cut = !p->req->time_column && ((p->in.grain && p->in.grain != SX_GRAIN_YEAR) ||
						    p->in.last_days || p->in.weekend);
		for (i = 0; i < nt; i++) {
			dsc[i] = nd ? dims_reached(p, tabs[i].t, dt, nd) : 0;
			if (cut && nt > 1 && !time_reached(p, tabs[i].t))
				dsc[i] -= 0.3;
		}
	}
	for (i = 0; i < nt; i++) {
		char ex[200];
		for (k = 0; k <= tabs[i].t->ncols; k++) {
			const sx_column *c = k < tabs[i].t->ncols ? &tabs[i].t->cols[k] : NULL;
			double sc;
			if (c) {
				sx_gen_sem sem = sx_gen_column_sem(tabs[i].t, c);
				/* money first (money kept as text too, just below a
				 * number column of the same name: gen26); on a table the
				 * intent named, any number it names */
				bool text = text_money(p, tabs[i].t, c);
				if (sem != SX_SEM_MONEY && !text &&
				    !(only && (sem == SX_SEM_MEASURE || sem == SX_SEM_QUANTITY)))
					continue;
				sc = money_score(p, tabs[i].t, c, mode) -
				     (sem == SX_SEM_MONEY ? 0 : text ? 0.05 : 0.15) + dsc[i];
				snprintf(ex, sizeof ex, number_fmt(p, tabs[i].t, c), c->name);
				/* a unit price is a rate, not an amount: summed, it is the
				 * line's price times its quantity, or (no quantity beside
				 * it: a catalogue's list price) a poor reading */
				if ((mode == 1 || p->money_sum) && has_word(c->name, "price") &&
				    !has_word(c->name, "total") && !has_word(c->name, "amount") &&
				    !price_qty(tabs[i].t, ex, sizeof ex))
					sc -= 0.3;
			} else {
				/* no total on the line: an expression, ranked as a total would
				 * be, just below a real column */
				sx_column fake;
				if (!mode || !price_qty(tabs[i].t, ex, sizeof ex))
					continue;
				memset(&fake, 0, sizeof fake);
				fake.name = "line_total";
				fake.family = SX_TF_DECIMAL;
				sc = money_score(p, tabs[i].t, &fake, mode) - 0.05 + dsc[i];
			}
			sx_debug("gen: money %s %s %.3f (relevance %.2f)", tabs[i].t->name, ex, sc,
				 rel_score(p, tabs[i].t));
			if (sc > s1) {
				s2 = s1, b2t = b1;
				snprintf(e2, sizeof e2, "%s", e1);
				s1 = sc, b1 = tabs[i].t;
				snprintf(e1, sizeof e1, "%s", ex);
			} else if (sc > s2) {
				s2 = sc, b2t = tabs[i].t;
				snprintf(e2, sizeof e2, "%s", ex);
			}
		}
	}
	if (!b1)
		return SX_ENOTFOUND;
	*bt = b1;
	snprintf(expr, nexpr, "%s", e1);
	*conf = s1 / (s1 + (s2 > 0 ? s2 : 0.01));
	if (b2t) {
		sx_gen_thought(p->th, "%s -> %s: %s (%.2f); also possible: %s: %s (%.2f)",
			       mode == 1 ? "revenue" : mode == 2 ? "value per order" : "amount", b1->name, e1,
			       s1 / (1 + s1), b2t->name, e2, s2 > 0 ? s2 / (1 + s2) : 0);
		if (s1 - s2 < 0.08 && p->fl)
			sx_finding_add(p->fl, SX_SEV_INFO, SX_CAT_AMBIGUITY, "gen.measure-ambiguous",
				       SX_ART_SELECT_SQL, 0, 0, "override with --measure",
				       "two readings are close for the measure: %s %s or %s %s", b1->name, e1,
				       b2t->name, e2);
	} else {
		sx_gen_thought(p->th, "%s -> %s: %s (only candidate)", mode == 1 ? "revenue" : "amount",
			       b1->name, e1);
	}
	return 0;
}

static bool link_table(const sx_table *t);

/* A header's own total: a money column whose name says total, amount, sum,
 * value, revenue or sales, and nothing of delivery, tax, fees or discounts
 * (Northwind's orders.freight is no order value). */
static bool has_total(const sx_table *t)
{
	static const char *const yes[] = {"total",   "amount", "sum", "value",
	                                  "revenue", "sales",  NULL};
	static const char *const no[] = {"discount", "delivery", "shipping", "freight",
	                                 "tax",      "vat",      "fee",      "paid",
	                                 "due",      "balance",  NULL};
	size_t i, k;
	for (i = 0; i < t->ncols; i++) {
		bool ok = false;
		if (sx_gen_column_sem(t, &t->cols[i]) != SX_SEM_MONEY)
			continue;
		for (k = 0; yes[k] && !ok; k++)
			ok = has_word(t->cols[i].name, yes[k]);
		for (k = 0; no[k] && ok; k++)
			ok = !has_word(t->cols[i].name, no[k]);
		if (ok)
			return true;
	}
	return false;
}

/* The lines of a header h: a table whose rows belong to one h each (a key
 * to h that is never NULL) and carry money or price x quantity, in h's
 * domain first. Writes the line value's expression; NULL when none. */
static const sx_table *lines_of(plan *p, const sx_table *h, char *ex, size_t n)
{
	const sx_map_rel **rels = NULL;
	size_t nr = 0, i, k;
	const sx_table *best = NULL;
	double bs = -1;
	const sx_map_table *hm = sx_dbmap_table(p->map, h);
	if (sx_dbmap_rels_of(p->map, h, &rels, &nr, NULL))
		return NULL;
	for (i = 0; i < nr; i++) {
		const sx_map_rel *r = rels[i];
		const sx_table *c = r->from.t;
		const sx_map_table *cm;
		char e[200] = "";
		double sc;
		if (r->to.t != h || !c || c == h || r->polymorphic || r->via.t ||
		    r->from_nullable || r->status == SX_STATUS_REJECTED || r->confidence < 0.5 ||
		    link_table(c))
			continue;
		if (!price_qty(c, e, sizeof e)) {
			double ms = -9;
			for (k = 0; k < c->ncols; k++) {
				double m;
				if (sx_gen_column_sem(c, &c->cols[k]) != SX_SEM_MONEY)
					continue;
				m = money_score(p, c, &c->cols[k], 1);
				if (m > ms)
					ms = m, snprintf(e, sizeof e, "{%s}", c->cols[k].name);
			}
			if (!e[0])
				continue;
		}
		cm = sx_dbmap_table(p->map, c);
		sc = rel_score(p, c) + (cm && hm && cm->domain == hm->domain ? 1 : 0);
		if (sc > bs) {
			bs = sc, best = c;
			snprintf(ex, n, "%s", e);
		}
	}
	free(rels);
	return best;
}

/* The header of a line table t: a parent every row has (a key never NULL) in
 * the same domain, with the business time t lacks (order_items -> orders). */
static const sx_table *header_of(plan *p, const sx_table *t)
{
	const sx_map_rel **rels = NULL;
	size_t nr = 0, i;
	const sx_table *best = NULL;
	double bs = 0, ts = 0;
	const sx_map_table *tm = sx_dbmap_table(p->map, t);
	if (best_time(p, t, &ts) && ts >= 0.5)
		return NULL;
	if (sx_dbmap_rels_of(p->map, t, &rels, &nr, NULL))
		return NULL;
	for (i = 0; i < nr; i++) {
		const sx_map_rel *r = rels[i];
		const sx_map_table *pm;
		double sc = 0;
		if (r->from.t != t || !r->to.t || r->to.t == t || r->polymorphic || r->via.t ||
		    r->from_nullable || r->status == SX_STATUS_REJECTED || r->confidence < 0.5)
			continue;
		pm = sx_dbmap_table(p->map, r->to.t);
		if (!pm || !tm || pm->domain != tm->domain || !best_time(p, r->to.t, &sc) ||
		    sc < 0.5)
			continue;
		if (sc > bs)
			bs = sc, best = r->to.t;
	}
	free(rels);
	return best;
}

/* "average order value": an order's value is its total, or, when the order
 * has none, the sum of its lines; then the average runs over the orders (a
 * two-level aggregate), never over the lines nor a delivery cost. h is the
 * order table when the intent names it. Returns 1 when a two-level measure
 * was added, 0 when the one-level reading stands, < 0 on error. */
/* Whether a word of the phrase is the first word of the name of a number
 * column of t (money, measure or quantity): "зарплата сотрудников" says
 * employees.salary_rub, a number of the table itself, in any word order. */
static bool names_number_of(plan *p, const gen_phrase *ph, const sx_table *t)
{
	sx_terms terms;
	size_t i, j, w, k;
	bool hit = false;
	if (!t || !ph)
		return false;
	sx_terms_init(&terms);
	for (i = 0; i < t->ncols && !hit; i++) {
		sx_gen_sem sem = sx_gen_column_sem(t, &t->cols[i]);
		if (sem != SX_SEM_MONEY && sem != SX_SEM_MEASURE && sem != SX_SEM_QUANTITY)
			continue;
		sx_terms_clear(&terms);
		sx_analyze(p->an, t->cols[i].name, strlen(t->cols[i].name), 1.0f, &terms, NULL);
		for (j = 0; j < terms.n && terms.v[j].origin != SX_TERM_WORD; j++)
			;
		if (j == terms.n)
			continue;
		for (w = 0; w < ph->n && !hit; w++)
			for (k = 0; k < p->in.tok[ph->tok[w]].nterms && !hit; k++)
				hit = strcmp(p->in.tok[ph->tok[w]].terms[k], terms.v[j].term) == 0;
	}
	sx_terms_release(&terms);
	return hit;
}

/* Whether token t says term by one of its own stems or translations (no
 * synonyms, unlike tok_says); with prefix, also when one begins the other
 * and the shorter has four letters at least ("ship" of shipped, "shipment"). */
static bool tok_says_term(const gen_tok *t, const char *term, bool prefix)
{
	size_t q, lx, ly;
	for (q = 0; q < t->nterms; q++) {
		if (strcmp(t->terms[q], term) == 0)
			return true;
		lx = strlen(t->terms[q]);
		ly = strlen(term);
		if (prefix && (lx < ly ? lx : ly) >= 4 && strncmp(t->terms[q], term, lx < ly ? lx : ly) == 0)
			return true;
	}
	return false;
}

/* True when the tokens from..from+n of the intent say the words of the
 * column name col one for one, in order, by their stems or translations
 * ("ordered quantity" order_quantity, "в байтах" Bytes; gen11). */
static bool stems_say_name(plan *p, size_t from, size_t n, const char *col)
{
	sx_terms cn;
	size_t b, w = 0;
	bool ok = true;
	sx_terms_init(&cn);
	sx_analyze(p->an, col, strlen(col), 1.0f, &cn, NULL);
	for (b = 0; b < cn.n && ok; b++) {
		if (cn.v[b].origin != SX_TERM_WORD)
			continue;
		if (w == n) {
			ok = false;
			break;
		}
		ok = tok_says_term(&p->in.tok[from + w], cn.v[b].term, false);
		w++;
	}
	sx_terms_release(&cn);
	return ok && w == n;
}

static bool text_number(const sx_table *t, const sx_column *c);

/* The measure expression of number column c of t: the column, cast when
 * the numbers are held as text (gen11), divided or multiplied by the number
 * a formula in brackets writes after its name ("(milliseconds / 60000)":
 * minutes; gen12). */
static double time_unit(const char *name, bool *named);

/* The unit of time the intent asks its answer in: "in seconds", "в
 * минутах", "in hours" -> its seconds; 0 when none (gen17). */
static double said_unit(const plan *p)
{
	static const struct {
		const char *w;
		double secs;
	} u[] = {{"seconds", 1},  {"секундах", 1},  {"minutes", 60},   {"минутах", 60},
		 {"hours", 3600}, {"часах", 3600}, {"days", 86400}, {"днях", 86400}, {NULL, 0}};
	size_t i, k;
	for (i = 1; i < p->in.ntok; i++)
		for (k = 0; u[k].w; k++)
			if (strcmp(p->in.tok[i].w, u[k].w) == 0 &&
			    (strcmp(p->in.tok[i - 1].w, "in") == 0 || strcmp(p->in.tok[i - 1].w, "в") == 0))
				return u[k].secs;
	return 0;
}

static void number_expr(plan *p, char *buf, size_t cap, const sx_table *t, const sx_column *c)
{
	const gen_tok *by = NULL;
	size_t j, len, k;
	for (j = 1; j < p->in.ntok && !by; j++) {
		const gen_tok *u = &p->in.tok[j];
		if (!u->formula || !u->num || (u->op != '/' && u->op != '*'))
			continue;
		for (len = 1; len <= 4 && len <= j && !by; len++) {
			char joined[128] = "";
			for (k = j - len; k < j && strlen(joined) + strlen(p->in.tok[k].w) + 2 < sizeof joined; k++) {
				if (k > j - len)
					strcat(joined, "_");
				strcat(joined, p->in.tok[k].w);
			}
			if (strcasecmp(joined, c->name) == 0 || stems_say_name(p, j - len, len, c->name))
				by = u;
		}
	}
	snprintf(buf, cap, number_fmt(p, t, c), c->name);
	if (by && strlen(buf) + strlen(by->w) + 6 < cap)
		snprintf(buf + strlen(buf), cap - strlen(buf), " %c %s.0", by->op, by->w);
	else if (!by) {
		/* "в секундах", "in minutes": a length of time asked in another
		 * unit than its column's is converted (gen17) */
		bool named;
		double cu = time_unit(c->name, &named), want = said_unit(p), r;
		if (cu > 0 && want > 0 && want != cu && strlen(buf) + 24 < cap) {
			r = want / cu;
			snprintf(buf + strlen(buf), cap - strlen(buf), r > 1 ? " / %.15g.0" : " * %.15g.0",
			         r > 1 ? r : 1 / r);
		}
	}
}

/* A number column said by its whole name, outside the dimensions: "track
 * length in milliseconds" says Milliseconds, "file size in bytes" Bytes,
 * "(units_in_stock)" units_in_stock (its words one after another). Only a
 * plain number of its table (not a key, not a reference) counts: on the
 * measure's table e when its noun found one ("total inventory quantity" is
 * no order line's quantity), else on a single relevant table. Its table
 * goes in *tout (gen10). */
static bool flag_column(plan *p, const sx_table *t, const sx_column *c, const char **yes, const char **no);
static const sx_column *named_number(plan *p, const sx_table *e, const gen_phrase *noun, const sx_table **tout,
				      bool opening)
{
	size_t i, r, k, len;
	const sx_column *hit = NULL;
	const sx_table *ht = NULL;
	int nhit = 0;
	bool on_noun = false; /* the name said takes in a word of the measure's noun */
	for (i = 0; i < (opening ? 1 : p->in.ntok) && i < p->in.ntok; i++) {
		char joined[128] = "";
		for (len = 0; len < 4 && i + len < p->in.ntok; len++) {
			const gen_tok *tk = &p->in.tok[i + len];
			static const char *const agg[] = {"max", "min", "avg", "average", "sum", "total", "count", NULL};
			bool aw = false;
			for (k = 0; agg[k] && !aw; k++)
				aw = strcmp(tk->w, agg[k]) == 0;
			/* "max salary" says the aggregate and salary, not max_salary */
			if ((aw && !(len && p->in.tok[i + len - 1].under)) || tk->num || in_grouping(p, i + len) ||
			    strlen(joined) + strlen(tk->w) + 2 > sizeof joined)
				break;
			if (len)
				strcat(joined, "_");
			strcat(joined, tk->w);
			for (r = 0; r <= p->rel.n; r++) {
				const sx_table *t = r == p->rel.n ? e : p->rel.v[r].t;
				if (!t || (r < p->rel.n && t == e))
					continue;
				for (k = 0; k < t->ncols; k++) {
					const sx_column *c = &t->cols[k];
					if ((c->family != SX_TF_INTEGER && c->family != SX_TF_DECIMAL &&
					     c->family != SX_TF_FLOAT && !text_number(t, c) && !text_money(p, t, c)) ||
					    sx_table_col_in_pk(t, c->name) || sx_table_col_fk(t, c->name) ||
					    (strcasecmp(c->name, joined) != 0 && !stems_say_name(p, i, len + 1, c->name)) ||
					    ((p->in.year_from || p->in.grain) && is_year_col(p, t, c)))
						continue; /* "за 1996 год" is the time, no measure (gen19) */
					{
						/* a yes/no column said outside the measure's
						 * noun ("..., discontinued products left out")
						 * is a condition, not the amount (gen29) */
						const char *y = NULL, *n0 = NULL;
						if (noun && noun->n && !in_phrase(noun, i) && !in_phrase(noun, i + len) &&
						    flag_column(p, t, c, &y, &n0))
							continue;
					}
					if (t == e) {
						*tout = e;
						return c;
					}
					if (ht != t)
						nhit++;
					hit = c, ht = t;
					/* a formula in brackets is the measure's own (gen12) */
					on_noun = on_noun || (noun && (in_phrase(noun, i) || in_phrase(noun, i + len))) ||
					          p->in.tok[i].formula;
				}
			}
		}
	}
	/* a table the measure's noun found but whose numbers it does not name
	 * ("ordered" finds the orders, not their lines' order_quantity) does
	 * not confine a column whose name said takes in the noun (gen11) */
	if (nhit != 1 || (e && (!on_noun || names_number_of(p, noun, e))))
		return NULL;
	*tout = ht;
	return hit;
}

static int avg_of_sums(plan *p, const sx_table *h, const sx_table *t, const char *ex,
                       const char *noun, const gen_phrase *ph)
{
	char le[200], nm[128];
	const sx_table *lines = NULL;
	sx_gen_measure *m;
	size_t i;
	int rc;
	if (h && has_total(h))
		return 0;
	if (h && ph && names_number_of(p, ph, h))
		return 0;
	/* "average freight": the phrase names a number of the table itself */
	for (i = 0; h && ph && i < h->ncols; i++) {
		sx_gen_sem sem = sx_gen_column_sem(h, &h->cols[i]);
		if ((sem == SX_SEM_MONEY || sem == SX_SEM_MEASURE || sem == SX_SEM_QUANTITY) &&
		    col_match(p, ph, h, &h->cols[i]) >= 0.9)
			return 0;
	}
	if (h) {
		lines = lines_of(p, h, le, sizeof le);
	} else if (t && (h = header_of(p, t)) && !has_total(h)) {
		lines = t;
		snprintf(le, sizeof le, "%s", ex);
	}
	if (!lines || !h || !key_of(p, h))
		return 0;
	snprintf(nm, sizeof nm, "avg_%s_value", noun && noun[0] ? noun : h->name);
	if ((rc = add_measure(p, nm, SX_AGG_AVG, lines, le, 0.8, false)))
		return rc < 0 ? rc : -rc;
	m = &p->meas.v[p->meas.n - 1];
	m->per = h;
	sx_gen_thought(
	    p->th,
	    "value per %s -> %s has no total of its own: the sum of %s (%s) per %s, then the "
	    "average over the %s (a two-level aggregate, not an average of lines)",
	    h->name, h->name, lines->name, le, h->name, h->name);
	return 1;
}

/* Whether the analysed name of t has one of these stems. */
static bool name_has_stem(plan *p, const sx_table *t, const char *const *stems)
{
	sx_terms terms;
	size_t i, k;
	bool hit = false;
	sx_terms_init(&terms);
	sx_analyze(p->an, t->name, strlen(t->name), 1.0f, &terms, NULL);
	for (i = 0; i < terms.n && !hit; i++)
		for (k = 0; stems[k] && !hit; k++)
			hit = terms.v[i].origin == SX_TERM_WORD && strcmp(terms.v[i].term, stems[k]) == 0;
	sx_terms_release(&terms);
	return hit;
}

/* "order lines", "invoice lines", "строки счетов": a counted noun that says
 * lines of a table e whose own name does not say them is e's line table —
 * the child every row of which has e (a NOT NULL key), named a line, an
 * item or a detail (Order_Items, even when its every column is a key) — or
 * NULL. */
static const sx_table *said_lines(plan *p, const gen_phrase *ph, const sx_table *e)
{
	static const char *const words[] = {"line", "lines", "строк*", "позици*", NULL};
	static const char *const stems[] = {"line", "item", "detail", NULL};
	const sx_map_rel **rels = NULL;
	const sx_table *best = NULL;
	double bs = -1;
	size_t nr = 0, i, k;
	bool said = false;
	for (i = 0; i < ph->n && !said; i++)
		for (k = 0; words[k] && !said; k++) {
			const char *w = p->in.tok[ph->tok[i]].w;
			size_t n = strlen(words[k]);
			said = words[k][n - 1] == '*' ? strncmp(w, words[k], n - 1) == 0
			                              : strcmp(w, words[k]) == 0;
		}
	if (!said || !e || name_has_stem(p, e, stems) || sx_dbmap_rels_of(p->map, e, &rels, &nr, NULL))
		return NULL;
	for (i = 0; i < nr; i++) {
		const sx_map_rel *r = rels[i];
		const sx_table *c = r->from.t;
		if (r->to.t != e || !c || c == e || r->polymorphic || r->via.t || r->from_nullable ||
		    r->status == SX_STATUS_REJECTED || r->confidence < 0.5 ||
		    !name_has_stem(p, c, stems))
			continue;
		if (rel_score(p, c) > bs)
			bs = rel_score(p, c), best = c;
	}
	free(rels);
	return best;
}

/* The column name of a one-column {col} expression, else NULL. */
static const char *expr_col(const char *ex, char *buf, size_t n)
{
	size_t l = strlen(ex);
	if (l < 3 || ex[0] != '{' || ex[l - 1] != '}' || strchr(ex + 1, '{'))
		return NULL;
	snprintf(buf, n, "%.*s", (int)(l - 2), ex + 1);
	return buf;
}

/* A quantity held as text (Spider's VARCHAR product_quantity, count_hired):
 * a text column whose name says a quantity or a count, no key, status or
 * label. Summed through a CAST. */
static bool text_number(const sx_table *t, const sx_column *c)
{
	/* quantity_per_unit ("10 boxes x 20 bags") describes a package */
	return c->family == SX_TF_TEXT && sx_gen_column_sem(t, c) == SX_SEM_TEXT && !has_word(c->name, "per") &&
	       (has_word(c->name, "quantity") || has_word(c->name, "qty") || has_word(c->name, "count") ||
		has_word(c->name, "units"));
}

static bool numeric_text(const char *v)
{
	char *end;
	while (*v == ' ')
		v++;
	if (!*v)
		return false;
	(void)strtod(v, &end);
	while (*end == ' ')
		end++;
	return end != v && !*end;
}

/* Money kept as text (a VARCHAR order_shipping_charges of "85.79"): a
 * text column, no key, status, category or label, whose name says money
 * and whose known values (the dictionary's, when it holds any) are all
 * numbers. Summed through a CAST to a decimal (gen26). */
static bool text_money(plan *p, const sx_table *t, const sx_column *c)
{
	static const char *const more[] = {"charge", "charges", NULL};
	char **v = NULL;
	size_t n, k;
	bool ok;
	if (c->family != SX_TF_TEXT || sx_gen_column_sem(t, c) != SX_SEM_TEXT || has_word(c->name, "per") ||
	    has_word(c->name, "pct") || has_word(c->name, "rate") ||
	    (!has_any(c->name, MONEY_WORDS) && !has_any(c->name, more)))
		return false;
	n = col_values(p, t, c, &v);
	/* an empty string is a missing amount, not a word (gen27) */
	for (k = 0, ok = true; k < n && ok; k++)
		ok = !*v[k] || numeric_text(v[k]);
	free_values(v, n);
	return ok;
}

/* The measure template of number column c: a quantity kept as text is
 * cast to an integer, money kept as text to a decimal every dialect
 * reads alike (SQLite's NUMERIC affinity, PostgreSQL's numeric,
 * ClickHouse's Decimal). */
static const char *number_fmt(plan *p, const sx_table *t, const sx_column *c)
{
	if (text_number(t, c))
		return "CAST({%s} AS INTEGER)";
	/* an empty string is no amount: NULL, so an average or a minimum
	 * skips it as it skips a NULL (gen27) */
	if (text_money(p, t, c))
		return "CAST(NULLIF({%s}, '') AS DECIMAL(18,4))";
	return "{%s}";
}

static const sx_column *pick_qty(plan *p, const sx_table **bt)
{
	size_t i, k;
	const sx_column *best = NULL;
	double bs = -1;
	for (i = 0; i < p->rel.n; i++)
		for (k = 0; k < p->rel.v[i].t->ncols; k++) {
			const sx_table *t = p->rel.v[i].t;
			const sx_column *c = &t->cols[k];
			const sx_map_table *mt = sx_dbmap_table(p->map, t);
			double sc;
			bool text = text_number(t, c);
			if (sx_gen_column_sem(t, c) != SX_SEM_QUANTITY && !text)
				continue;
			sc = p->rel.v[i].score + (has_word(c->name, "quantity") || has_word(c->name, "qty") ? 0.5 : 0) +
			     (mt && mt->domain == SX_DOMAIN_SALES_ORDERS ? 0.4 : 0) - (text ? 0.2 : 0);
			{
				/* a word of its name the intent says besides the quantity
				 * word: "units hired" is count_hired */
				char w[6][40];
				size_t n = meaning_words(p, c, w), a;
				for (a = 0; a < n; a++)
					if (strcmp(w[a], "quantiti") != 0 && strcmp(w[a], "count") != 0 &&
					    strcmp(w[a], "qty") != 0 && strcmp(w[a], "unit") != 0 &&
					    measure_word_in_intent(p, w[a]))
						sc += 0.3;
			}
			if (sc > bs)
				bs = sc, best = c, *bt = t;
		}
	return best;
}

/* A link table: every column is part of its primary key or refers to
 * another table (customer_customer_demo, PlaylistTrack). */
static bool link_table(const sx_table *t)
{
	size_t i, k;
	for (i = 0; i < t->ncols; i++) {
		bool key = false;
		for (k = 0; k < t->pk.ncols && !key; k++)
			key = strcmp(t->pk.cols[k], t->cols[i].name) == 0;
		for (k = 0; k < t->nfks && !key; k++)
			key =
			    t->fks[k].ncols == 1 && strcmp(t->fks[k].cols[0], t->cols[i].name) == 0;
		if (!key)
			return false;
	}
	return t->ncols > 0;
}

/* A relationship's rows (gen25): no key of their own, two or more
 * single-column references, attributes of the pair besides (Lives_in: a
 * student, a dorm, a room number). A row per related pair, as a link
 * table's. */
static bool relationship_table(const sx_table *t)
{
	size_t k, n = 0;
	if (gen_key_col(t) || t->pk.ncols)
		return false;
	for (k = 0; k < t->nfks; k++)
		n += t->fks[k].ncols == 1;
	return n >= 2;
}

/* The fact the measures talk about when a count needs one. */
static const sx_table *subject(plan *p)
{
	double c;
	const sx_table *t;
	if (p->meas.n)
		return p->meas.v[0].table;
	if (p->in.nouns.n && (t = resolve_entity(p, &p->in.nouns, &c)))
		return t;
	return p->rel.n ? p->rel.v[0].t : NULL;
}

/* The column of fact referring to entity (a many-to-one relationship). */
static const char *fk_to(plan *p, const sx_table *fact, const sx_table *ent)
{
	sx_gen_group g = {0};
	sx_gen_join joins[8];
	g.fact = fact;
	g.joins = joins;
	if (fact == ent)
		return key_of(p, ent);
	if (n1_path(p, fact, ent, &g, true) && g.njoins == 1 && g.joins[0].ncols == 1)
		return g.joins[0].from_cols[0];
	return NULL;
}

/* True when other tables refer to t, and every one of them optionally (a
 * nullable key): t is a side record of the business (CO's shipments, which
 * order lines may have or not), not its main activity. */
static bool optional_side(plan *p, const sx_table *t)
{
	const sx_map_rel **rels = NULL;
	size_t nr = 0, i, in = 0, opt = 0;
	if (sx_dbmap_rels_of(p->map, t, &rels, &nr, NULL))
		return false;
	for (i = 0; i < nr; i++) {
		const sx_map_rel *r = rels[i];
		if (r->to.t != t || !r->from.t || r->from.t == t || r->polymorphic ||
		    r->status == SX_STATUS_REJECTED || r->confidence < 0.5)
			continue;
		in++;
		opt += r->from_nullable;
	}
	free(rels);
	return in > 0 && opt == in;
}

/* The tables the dimension phrases name (but skip), looked up quietly:
 * resolve_dim says its choice later. */
static size_t dim_tables(plan *p, const sx_table **dt, const sx_table *skip)
{
	sx_gen_thoughts *th = p->th;
	sx_finding_list *fl = p->fl;
	size_t r, nd = 0;
	p->th = NULL;
	p->fl = NULL;
	/* the ranked phrase of a top N ("top 3 departments") and its partition
	 * are dimensions too */
	for (r = 0; r < p->in.ndims + 2 && nd < GEN_MAX_ITEMS; r++) {
		double dc;
		const gen_phrase *ph = r < p->in.ndims       ? &p->in.dims[r]
		                       : r == p->in.ndims ? &p->in.top_what
		                                          : &p->in.top_within;
		const sx_table *de = ph->n ? resolve_entity(p, ph, &dc) : NULL;
		if (de && de != skip)
			dt[nd++] = de;
	}
	p->th = th;
	p->fl = fl;
	return nd;
}

/* How well an activity a carries the dimensions the intent names (their
 * tables in dt): each it reaches many-to-one (+), each it cannot (-). */
static double dims_reached(plan *p, const sx_table *a, const sx_table *const *dt, size_t nd)
{
	double sc = 0;
	size_t d;
	for (d = 0; d < nd; d++) {
		sx_gen_group g = {0};
		sx_gen_join joins[16];
		if (!dt[d] || dt[d] == a)
			continue;
		g.fact = a;
		g.joins = joins;
		sc += n1_path(p, a, dt[d], &g, false) ? 0.3 : -0.3;
	}
	return sc;
}

/* The people a headcount counts: a table with a person's name among its
 * columns (the map's personal data), scored up for the HR domain and a name
 * saying staff, for reaching the dimensions many-to-one, for being referred
 * to (the hub, not a history of it) and for its relevance to the intent. */
static const sx_table *people_table(plan *p)
{
	static const char *const staff[] = {"employee", "employees", "staff",  "worker",
	                                    "workers",  "personnel", "person", "people",
	                                    "member",   "members",   NULL};
	const sx_table *dt[GEN_MAX_ITEMS], *best = NULL;
	size_t nd, i, k, j;
	double bs = -9;
	if (!p->db)
		return NULL;
	nd = dim_tables(p, dt, NULL);
	for (i = 0; i < p->db->nschemas; i++) {
		const sx_schema *sc = p->db->schemas[i];
		for (k = 0; k < sc->ntables; k++) {
			const sx_table *t = sc->tables[k];
			const sx_map_table *mt = sx_dbmap_table(p->map, t);
			bool person = false;
			double s, r;
			int in;
			for (j = 0; j < t->ncols && !person; j++) {
				const sx_map_column *mc = sx_dbmap_column(p->map, t, t->cols[j].name);
				person = mc && mc->pii == SX_PII_PERSON_NAME;
			}
			if (!person || link_table(t))
				continue;
			s = (mt && mt->domain == SX_DOMAIN_HR ? 0.5 : 0) + (has_any(t->name, staff) ? 0.3 : 0);
			s += nd ? dims_reached(p, t, dt, nd) : 0;
			in = incoming(p, t);
			s += 0.05 * (in < 6 ? in : 6);
			r = rel_score(p, t);
			s += 0.2 * (r < 1 ? r : 1);
			if (s > bs)
				bs = s, best = t;
		}
	}
	if (best)
		sx_gen_thought(p->th, "headcount -> rows of %s (a person's name, staff, reaches the "
		               "dimensions)", best->name);
	return best;
}

static const sx_gen_filter *measure_filter(plan *p, const sx_table *t, const gen_phrase *ph);
static int step_measure(plan *p, const sx_table *e, const gen_phrase *step, double conf, bool then);
static bool step_as_values(plan *p, const sx_table *e, const gen_phrase *step);
static int step_as_count_col(plan *p, const sx_table *e, const gen_phrase *step);
static bool flag_column(plan *p, const sx_table *t, const sx_column *c, const char **yes, const char **no);
static size_t said_between(plan *p, const sx_column *c, int from, int to, size_t *n);
static bool value_matches(const gen_tok *t, const char *v);
static int add_value_filter(plan *p, const sx_table *t, const char *col, const char *val, bool neg);

/* A per-measure filter for a sum or an average on t: a modifier of its noun
 * ("revenue of *delivered* orders") that is a value of a class column of t
 * or of a parent t reaches by a NOT NULL key (the order header of a line).
 * NULL when the noun says no value. */
static const sx_gen_filter *sum_filter(plan *p, const sx_table *t, const gen_phrase *ph)
{
	const sx_gen_filter *f;
	const sx_map_rel **rels = NULL;
	size_t nr = 0, i;
	if (!ph->n || !t)
		return NULL;
	if ((f = measure_filter(p, t, ph)) || sx_dbmap_rels_of(p->map, t, &rels, &nr, NULL))
		return f;
	for (i = 0; i < nr && !f; i++) {
		const sx_map_rel *r = rels[i];
		if (r->from.t != t || !r->to.t || r->to.t == t || r->from_nullable || r->polymorphic ||
		    r->via.t || r->status == SX_STATUS_REJECTED || r->confidence < 0.5)
			continue;
		f = measure_filter(p, r->to.t, ph);
	}
	free(rels);
	return f;
}

static size_t fact_and_parents(plan *p, const sx_table *fact, const sx_table *tabs[8]);
static int value_of(plan *p, const gen_tok *tok, const sx_table *const *tabs, size_t nt, const char **col,
		    char **val);
static size_t grandparents(plan *p, const sx_table *const *tabs, size_t nt, const sx_table *out[16]);
static int resolve_duration(plan *p, const sx_table *fact);
static int resolve_without(plan *p, const sx_table *fact);
static int resolve_filled(plan *p, const sx_table *fact);
static int resolve_date_compare(plan *p, const sx_table *fact);
static int resolve_only(plan *p, const sx_table *fact);
static void drop_same_measures(plan *p);
static bool is_bridge(plan *p, const sx_table *b, const sx_table *from);
static bool excl_word(const plan *p, size_t x);
static int add_bound_filter(plan *p, const sx_table *t, const char *col, sx_gen_fop op, const char *v);
static int ref_said_with(plan *p, const sx_table *fact, int from, int to);

/* "average quantity per order line": beside an average over the lines, a
 * phrase that says lines of their header names the averaged rows
 * themselves, no dimension (gen12). */
static bool avg_per_row(plan *p, const sx_table *fact, const gen_phrase *ph)
{
	const sx_table *e;
	double conf = 0;
	sx_gen_thoughts *th = p->th;
	if (!fact || p->meas.n != 1 || p->meas.v[0].agg != SX_AGG_AVG || p->meas.v[0].per)
		return false;
	p->th = NULL; /* asked quietly */
	e = resolve_entity(p, ph, &conf);
	p->th = th;
	if (!e || e == fact || said_lines(p, ph, e) != fact)
		return false;
	sx_gen_thought(p->th, "\"%s ...\" says the rows of %s the average runs over, not a dimension",
		       p->in.tok[ph->tok[0]].w, fact->name);
	return true;
}

/* "per payroll month": a dimension phrase that names the fact's own table
 * completely, right before the grain word, says whose time the grain cuts,
 * not a dimension (a fact is no group of itself; gen12). */
static bool fact_grain(plan *p, const sx_table *fact, const gen_phrase *ph)
{
	size_t after;
	if (!fact || !ph->n || p->in.grain == SX_GRAIN_NONE)
		return false;
	after = (size_t)ph->tok[ph->n - 1] + 1;
	if (after >= p->in.ntok || !gen_grain_word(&p->in.tok[after]) || name_bonus(p, ph, fact) < 1.0)
		return false;
	sx_gen_thought(p->th, "\"%s\" names %s itself before the grain: whose time the grain cuts, not a dimension",
		       p->in.tok[ph->tok[0]].w, fact->name);
	return true;
}

/* A dimension phrase that writes a filter out: a column of the fact or of a
 * parent said by its whole name, then one of its values ("by customers
 * (author_kind customer)", "по операциям списания (reason = redeem)"). A
 * grouping pinned to one value is no grouping: the phrase is that filter.
 * Adds it and returns true; false (nothing changed) otherwise (gen12). */
static bool explicit_filter(plan *p, const sx_table *fact, const gen_phrase *ph)
{
	const sx_table *tabs[8];
	size_t nt, ti, w, len, k, v;
	if (!fact || ph->n < 2)
		return false;
	nt = fact_and_parents(p, fact, tabs);
	for (w = 0; w < ph->n; w++)
		for (len = 1; len <= 4 && w + len < ph->n; len++) {
			char joined[128] = "";
			const gen_tok *val = &p->in.tok[ph->tok[w + len]];
			for (k = w; k < w + len; k++) {
				if (ph->tok[k] != ph->tok[w] + (int)(k - w) ||
				    strlen(joined) + strlen(p->in.tok[ph->tok[k]].w) + 2 > sizeof joined)
					break;
				if (k > w)
					strcat(joined, "_");
				strcat(joined, p->in.tok[ph->tok[k]].w);
			}
			if (k < w + len || ph->tok[w + len] != ph->tok[w] + (int)len)
				continue;
			for (ti = 0; ti < nt; ti++) {
				const sx_column *c = NULL;
				char **vals = NULL;
				size_t nv, ci;
				for (ci = 0; ci < tabs[ti]->ncols && !c; ci++)
					if (strcasecmp(tabs[ti]->cols[ci].name, joined) == 0)
						c = &tabs[ti]->cols[ci];
				if (!c || sx_table_col_in_pk(tabs[ti], c->name))
					continue;
				nv = col_values(p, tabs[ti], c, &vals);
				for (v = 0; v < nv; v++)
					if (strcasecmp(vals[v], val->w) == 0)
						break;
				if (v < nv) {
					sx_gen_thought(p->th, "\"%s %s\" writes a filter out: %s.%s = '%s', not a dimension",
						       joined, val->w, tabs[ti]->name, c->name, vals[v]);
					add_value_filter(p, tabs[ti], c->name, vals[v], false);
					for (k = 0; k < ph->n; k++)
						p->in.tok[ph->tok[k]].used = true;
					free_values(vals, nv);
					return true;
				}
				free_values(vals, nv);
			}
		}
	return false;
}

static int add_dim(plan *p, const sx_table *t, const char *col, const char *name);
/* A dimension phrase that is, word for word, the name of a column of the
 * fact written with '_' ("per MANAGER_ID"): that column, whatever other
 * table has one of the same name (gen12). */
static bool written_column_dim(plan *p, const sx_table *fact, const gen_phrase *ph)
{
	char joined[128] = "";
	size_t w, ci;
	if (!fact || ph->n < 2)
		return false;
	for (w = 0; w < ph->n; w++) {
		const gen_tok *tk = &p->in.tok[ph->tok[w]];
		if (!tk->inname || (w && ph->tok[w] != ph->tok[w - 1] + 1) ||
		    strlen(joined) + strlen(tk->w) + 2 > sizeof joined)
			return false;
		if (w)
			strcat(joined, "_");
		strcat(joined, tk->w);
	}
	for (ci = 0; ci < fact->ncols; ci++)
		if (strcasecmp(fact->cols[ci].name, joined) == 0) {
			sx_gen_thought(p->th, "dimension \"%s\" -> %s.%s (the column written by its name)", joined,
				       fact->name, fact->cols[ci].name);
			add_dim(p, fact, fact->cols[ci].name, fact->cols[ci].name);
			return true;
		}
	return false;
}

/* A dimension phrase that is a filter: "по оплаченным заказам", "by paid
 * orders" — a value of a class column of the fact or its header, every
 * other word naming that table. Adds the query's filter and returns true;
 * false (nothing changed) for any other phrase ("by delivery status"). */
static bool dim_as_filter(plan *p, const sx_table *fact, const gen_phrase *ph)
{
	sx_gen_thoughts *th = p->th;
	const sx_gen_filter *f;
	bool used[GEN_MAX_PHRASE], ok = true;
	sx_terms tt;
	size_t w, named = 0;
	if (ph->n < 2 || !fact)
		return false;
	for (w = 0; w < ph->n; w++)
		used[w] = p->in.tok[ph->tok[w]].used;
	p->th = NULL;
	f = sum_filter(p, fact, ph);
	p->th = th;
	if (!f)
		return false;
	sx_terms_init(&tt);
	sx_analyze(p->an, f->table->name, strlen(f->table->name), 1.0f, &tt, NULL);
	for (w = 0; w < ph->n; w++) {
		const gen_tok *tok = &p->in.tok[ph->tok[w]];
		if (value_matches(tok, f->values[0]))
			continue;
		if (tok_in_terms(tok, &tt))
			named++;
		else
			ok = false;
	}
	sx_terms_release(&tt);
	if (!ok || !named) {
		for (w = 0; w < ph->n; w++)
			p->in.tok[ph->tok[w]].used = used[w];
		return false;
	}
	sx_gen_thought(p->th, "\"%s ...\" names %s of one %s: a filter %s.%s = '%s', not a dimension",
	               p->in.tok[ph->tok[0]].w, f->values[0], f->column, f->table->name, f->column,
	               f->values[0]);
	return add_value_filter(p, f->table, f->column, f->values[0], false) == 0;
}

/* Adds a measure filtered by f (none: plain), named after f's value
 * ("delivered_revenue"). */
static int add_filtered(plan *p, const char *name, sx_gen_agg agg, const sx_table *t,
                        const char *expr, double conf, bool convert, const sx_gen_filter *f)
{
	char vn[160];
	size_t k, before = p->meas.n;
	int rc;
	if (!f)
		return add_measure(p, name, agg, t, expr, conf, convert);
	snprintf(vn, sizeof vn, "%s_%s", f->values[0], name);
	for (k = 0; vn[k]; k++)
		if (!isalnum((unsigned char)vn[k]) && vn[k] != '_')
			vn[k] = '_';
	rc = add_measure(p, vn, agg, t, expr, conf, convert);
	if (!rc && p->meas.n > before)
		p->meas.v[before].only = f;
	return rc;
}

/* The measure of m over the number column c of t, its aggregate by m's
 * kind; converted to another currency only when money is. */
/* "длительность трека", "track duration", "average length": a noun
 * that says a length of time names e's number column holding one (its
 * unit in its name first, Milliseconds, then a plain "duration"); NULL
 * when none (gen17). */
static const sx_column *duration_col(plan *p, const sx_table *e, const gen_phrase *noun)
{
	const sx_column *best = NULL;
	size_t w, k, i;
	bool said = false, named;
	double bu = 0;
	int bs = 0;
	for (w = 0; w < noun->n && !said; w++)
		for (k = 0; k < p->in.tok[noun->tok[w]].nterms && !said; k++)
			said = strcmp(p->in.tok[noun->tok[w]].terms[k], "durat") == 0 ||
			       strcmp(p->in.tok[noun->tok[w]].terms[k], "length") == 0;
	if (!said || !e)
		return NULL;
	for (i = 0; i < e->ncols; i++) {
		const sx_column *c = &e->cols[i];
		int sc;
		if ((c->family != SX_TF_INTEGER && c->family != SX_TF_DECIMAL && c->family != SX_TF_FLOAT) ||
		    sx_table_col_in_pk(e, c->name) || sx_table_col_fk(e, c->name) || !(bu = time_unit(c->name, &named)))
			continue;
		sc = named ? 2 : 1;
		if (sc > bs)
			bs = sc, best = c;
	}
	return best;
}

/* "average list unit price of the products each supplier provides",
 * "средняя цена трека по жанрам" (gen41): a word within three after the
 * average's that says the last word of a number column's name (price of
 * unit_price), then, within three words more, a word naming the column's
 * table: the average of that column over the rows of the table named (an
 * attribute of those rows, not an amount of the sales that carry them).
 * NULL unless one column of one relevant table is so said. */
static const sx_column *attr_avg_col(plan *p, const gen_mphrase *m, const sx_table **tout)
{
	sx_terms nt;
	size_t a, x, y, r, k, j, head;
	const sx_column *hc = NULL;
	const sx_table *ht = NULL;
	int nh = 0;
	if (m->kind != MK_AVG_VALUE || m->avgtok <= 0)
		return NULL;
	a = (size_t)m->avgtok - 1;
	sx_terms_init(&nt);
	for (x = a + 1; x < p->in.ntok && x <= a + 3 && !nh; x++) {
		if (!p->in.tok[x].nterms || p->in.tok[x].num)
			continue;
		for (y = x + 1; y < p->in.ntok && y <= x + 3; y++) {
			gen_phrase one = {1, {(int)y}};
			if (!p->in.tok[y].nterms || p->in.tok[y].num)
				continue;
			for (r = 0; r < p->rel.n; r++) {
				const sx_table *t = p->rel.v[r].t;
				if (name_bonus(p, &one, t) <= 0)
					continue;
				for (k = 0; k < t->ncols; k++) {
					const sx_column *c = &t->cols[k];
					sx_gen_sem sem = sx_gen_column_sem(t, c);
					if ((sem != SX_SEM_MONEY && sem != SX_SEM_MEASURE) ||
					    sx_table_col_in_pk(t, c->name) || sx_table_col_fk(t, c->name))
						continue;
					sx_terms_clear(&nt);
					sx_analyze(p->an, c->name, strlen(c->name), 1.0f, &nt, NULL);
					for (j = 0, head = nt.n; j < nt.n; j++)
						if (nt.v[j].origin == SX_TERM_WORD)
							head = j;
					if (head == nt.n || !tok_says_term(&p->in.tok[x], nt.v[head].term, false) ||
					    (c == hc && t == ht))
						continue;
					hc = c, ht = t;
					nh++;
				}
			}
		}
	}
	sx_terms_release(&nt);
	if (nh != 1)
		return NULL;
	*tout = ht;
	return hc;
}

static int number_measure(plan *p, const gen_mphrase *m, const sx_table *t, const sx_column *c, bool money)
{
	char nm[128], nn[96];
	number_expr(p, nm, sizeof nm, t, c);
	snprintf(nn, sizeof nn, "%s_%s",
		 m->kind == MK_AVG_VALUE   ? "avg"
		 : m->kind == MK_MAX_VALUE ? "max"
		 : m->kind == MK_MIN_VALUE ? "min"
					   : "total",
		 c->name);
	return add_filtered(p, nn,
			    m->kind == MK_AVG_VALUE   ? SX_AGG_AVG
			    : m->kind == MK_MAX_VALUE ? SX_AGG_MAX
			    : m->kind == MK_MIN_VALUE ? SX_AGG_MIN
						      : SX_AGG_SUM,
			    t, nm, 0.9, money && m->convert, sum_filter(p, t, &m->noun));
}

/* A number column, no key, of e (else of the tables relevant to the
 * intent) whose name the noun says best (over 0.3: "аренда жилья" says
 * monthly_rental's "rental"); NULL when none. Asked only where no money
 * column is found, so it never replaces one. */
static const sx_column *said_number(plan *p, const sx_table *e, const gen_phrase *noun, const sx_table **tout)
{
	const sx_column *best = NULL;
	double bs = 0.3;
	size_t r, k;
	if (!noun->n)
		return NULL;
	for (r = 0; r <= p->rel.n && !(best && r); r++) {
		const sx_table *t = r == 0 ? e : p->rel.v[r - 1].t;
		if (!t || (r && t == e))
			continue;
		for (k = 0; k < t->ncols; k++) {
			const sx_column *c = &t->cols[k];
			double sc;
			if ((c->family != SX_TF_INTEGER && c->family != SX_TF_DECIMAL && c->family != SX_TF_FLOAT) ||
			    sx_table_col_in_pk(t, c->name) || sx_table_col_fk(t, c->name) || is_year_col(p, t, c))
				continue;
			sc = col_match(p, noun, t, c);
			if (sc > bs)
				bs = sc, best = c, *tout = t;
		}
	}
	return best;
}

/* The date or time column the noun of "the earliest move-in" names
 * (gen23): every meaning word of its name (date words aside) said by a word
 * of the noun, on e first, else on the tables relevant to the intent; of
 * several, the one whose name holds the most of the noun's words as they
 * are written ("out" of "move-out" is date_moved_out's); NULL when none. */
static const sx_column *noun_date(plan *p, const gen_phrase *noun, const sx_table *e, const sx_table **tout)
{
	size_t r, k, b, bs = 0;
	const sx_column *best = NULL;
	for (r = 0; r <= p->rel.n && !best; r++) {
		const sx_table *t = r == 0 ? e : p->rel.v[r - 1].t;
		if (!t || (r && t == e))
			continue;
		for (k = 0; k < t->ncols; k++) {
			const sx_column *c = &t->cols[k];
			size_t n, said;
			if (c->family != SX_TF_DATE && c->family != SX_TF_TIMESTAMP)
				continue;
			said = said_in(p, c, noun, &n);
			if (n && said == n) {
				size_t held = 1;
				for (b = 0; b < noun->n; b++)
					held += has_word(c->name, p->in.tok[noun->tok[b]].w);
				if (held > bs)
					bs = held, best = c, *tout = t;
			}
		}
	}
	return best;
}

static bool is_word(const gen_tok *t, const char *w)
{
	return strcmp(t->w, w) == 0;
}

/* The number column of t that the words from token i say: the longest
 * run of up to four words that writes its name ("units in stock" ->
 * units_in_stock, "unit price" -> unit_price), else the one number column
 * of t with the operand's word in its name ("price" -> unit_price); no
 * key. NULL when none or several. */
static const sx_column *operand_col(plan *p, const sx_table *t, size_t i, size_t last)
{
	const sx_column *one = NULL;
	size_t len, k, n = 0;
	for (len = 4; len > 0; len--) {
		char joined[128] = "";
		if (i + len > p->in.ntok)
			continue;
		for (k = i; k < i + len && strlen(joined) + strlen(p->in.tok[k].w) + 2 < sizeof joined; k++) {
			if (k > i)
				strcat(joined, "_");
			strcat(joined, p->in.tok[k].w);
		}
		for (k = 0; k < t->ncols; k++) {
			const sx_column *c = &t->cols[k];
			if ((c->family == SX_TF_DECIMAL || c->family == SX_TF_FLOAT || c->family == SX_TF_INTEGER) &&
			    !sx_table_col_in_pk(t, c->name) && !sx_table_col_fk(t, c->name) &&
			    (strcasecmp(joined, c->name) == 0 || stems_say_name(p, i, len, c->name)))
				return c;
		}
	}
	for (k = 0; k < t->ncols; k++) {
		const sx_column *c = &t->cols[k];
		size_t w;
		bool said = false;
		if ((c->family != SX_TF_DECIMAL && c->family != SX_TF_FLOAT && c->family != SX_TF_INTEGER) ||
		    sx_table_col_in_pk(t, c->name) || sx_table_col_fk(t, c->name))
			continue;
		for (w = i; w <= last && !said; w++)
			said = stems_say_name(p, w, 1, c->name) || has_word(c->name, p->in.tok[w].w);
		for (w = i; w <= last && !said; w++) {
			/* a word of the name said alone: "price" of unit_price */
			sx_terms cn;
			size_t b;
			sx_terms_init(&cn);
			sx_analyze(p->an, c->name, strlen(c->name), 1.0f, &cn, NULL);
			for (b = 0; b < cn.n && !said; b++)
				said = cn.v[b].origin == SX_TERM_WORD && tok_says_term(&p->in.tok[w], cn.v[b].term, false);
			sx_terms_release(&cn);
		}
		if (said)
			one = c, n++;
	}
	return n == 1 ? one : NULL;
}

/* Whether every operand start[o]..stop[o] names a number column of t. */
static bool operands_name(plan *p, const sx_table *t, const size_t *start, const size_t *stop, size_t nop)
{
	size_t o;
	for (o = 0; o < nop && operand_col(p, t, start[o], stop[o]); o++)
		;
	return o == nop;
}

/* A formula the intent writes ("unit price times units in stock", "цена ×
 * количество минус скидка", "(quantity * unit_price)"): the first run of
 * formula words that multiplies, each operand a number column of one
 * table. A term after "minus" / "less" / "минус" is subtracted: a share
 * (a real number named for a discount or a rate) as (1 - x), an amount
 * as - x; "(1 - discount)" multiplies by the share left. Writes the
 * expression and the table; false when some operand names no column of a
 * single table, so the measure is read as before (the lead, round 29). */
static bool formula_expr(plan *p, char *buf, size_t cap, const sx_table **tout)
{
	size_t from = 0, to, i, nop = 0, k, sc, tb;
	size_t start[6], stop[6];
	bool minus[6], share[6], times = false, diff = false;
	const sx_table *best = NULL;
	for (from = 0; from < p->in.ntok && !p->in.tok[from].formula; from++)
		;
	for (to = from; to < p->in.ntok && p->in.tok[to].formula; to++)
		;
	if (from == p->in.ntok)
		return false;
	/* split the run at its operators */
	for (i = from; i < to && nop < 6;) {
		const gen_tok *u = &p->in.tok[i];
		bool sub = false, mul = false, one_minus = false;
		if (is_word(u, "times") || is_word(u, "x") || strncmp(u->w, "умнож", strlen("умнож")) == 0) {
			mul = true;
			i++;
			if (i < to && (is_word(&p->in.tok[i], "by") || is_word(&p->in.tok[i], "на")))
				i++;
		} else if (is_word(u, "minus") || is_word(u, "less") || is_word(u, "минус")) {
			sub = true;
			i++;
		} else if (u->num && strcmp(u->w, "1") == 0 && i + 1 < to && !p->in.tok[i + 1].num) {
			one_minus = true; /* "(1 - discount)" */
			i++;
		}
		if (mul)
			times = true;
		if (i > from && !mul && !sub && !one_minus && nop && u->op != '*' && stop[nop - 1] + 1 == i) {
			stop[nop - 1] = i++; /* a word more of the same operand */
			continue;
		}
		if (u->op == '*' && !mul)
			times = true;
		while (i < to && (is_word(&p->in.tok[i], "the") || is_word(&p->in.tok[i], "a") || is_word(&p->in.tok[i], "any")))
			i++;
		if (i >= to || p->in.tok[i].num)
			return false;
		start[nop] = stop[nop] = i;
		minus[nop] = sub;
		share[nop] = one_minus;
		nop++;
		i++;
	}
	if (nop < 2 || !times || nop > 5)
		return false;
	/* the table whose number columns all the operands name: the relevant
	 * tables first */
	for (k = 0; k < p->rel.n && !best; k++)
		if (operands_name(p, p->rel.v[k].t, start, stop, nop))
			best = p->rel.v[k].t;
	for (sc = 0; p->db && sc < p->db->nschemas && !best; sc++)
		for (tb = 0; tb < p->db->schemas[sc]->ntables && !best; tb++)
			if (operands_name(p, p->db->schemas[sc]->tables[tb], start, stop, nop))
				best = p->db->schemas[sc]->tables[tb];
	if (!best)
		return false;
	buf[0] = '\0';
	for (i = 0; i < nop; i++) {
		const sx_column *c = operand_col(p, best, start[i], stop[i]);
		char one[96];
		bool frac = (c->family == SX_TF_FLOAT || c->family == SX_TF_DECIMAL) &&
			    (has_word(c->name, "discount") || has_word(c->name, "rate") || has_word(c->name, "pct") ||
			     has_word(c->name, "percent")) &&
			    !has_word(c->name, "amount") && !has_word(c->name, "sum");
		snprintf(one, sizeof one, number_fmt(p, best, c), c->name);
		if (strlen(buf) + strlen(one) + 12 >= cap)
			return false;
		if (share[i] || (minus[i] && frac))
			snprintf(buf + strlen(buf), cap - strlen(buf), " * (1 - %s)", one);
		else if (minus[i] && (diff = true))
			snprintf(buf + strlen(buf), cap - strlen(buf), " - %s", one);
		else
			snprintf(buf + strlen(buf), cap - strlen(buf), "%s%s", i ? " * " : "", one);
	}
	if (diff && strlen(buf) + 3 < cap) {
		/* "a * b - c" converted or cast whole: (a * b - c) */
		memmove(buf + 1, buf, strlen(buf) + 1);
		buf[0] = '(';
		strcat(buf, ")");
	}
	*tout = best;
	return true;
}

/* How many words of column col, its date words left out, the phrase
 * says by their stems or translations ("closing" closed_at, "отгрузки"
 * shipped_date). */
static int phrase_says_col(plan *p, const gen_phrase *ph, const char *col)
{
	static const char *const dw[] = {"date", "at", "on", "time", "dt", "ts", "timestamp", "day", NULL};
	sx_terms cn;
	size_t b, w;
	int hit = 0;
	sx_terms_init(&cn);
	sx_analyze(p->an, col, strlen(col), 1.0f, &cn, NULL);
	for (b = 0; b < cn.n; b++) {
		bool said = false;
		if (cn.v[b].origin != SX_TERM_WORD || has_any(cn.v[b].term, dw))
			continue;
		for (w = 0; w < ph->n && !said; w++)
			said = tok_says_term(&p->in.tok[ph->tok[w]], cn.v[b].term, true);
		hit += said;
	}
	sx_terms_release(&cn);
	return hit;
}

static bool date_col(const sx_table *t, const sx_column *c)
{
	sx_gen_sem s;
	if (c->family == SX_TF_DATE || c->family == SX_TF_TIMESTAMP)
		return true;
	s = sx_gen_column_sem(t, c);
	return s == SX_SEM_TS_CREATED || s == SX_SEM_TS_EVENT || s == SX_SEM_TS_UPDATED || s == SX_SEM_BUSINESS_DATE;
}

/* The time between two dates of a row (MK_DATE_DIFF): the later date is
 * the column the end's words name ("closing", the verb of "time to
 * close"), the earlier the one the start's words name, else the row's
 * creation ("time to close a ticket": from its created_at). Among the
 * relevant tables, the one whose columns the words name best (the lead,
 * round 30). */
static int resolve_date_diff(plan *p)
{
	const sx_table *bt = NULL;
	const sx_column *be = NULL, *bs = NULL;
	double best = 0;
	size_t r, i, k;
	char nm[128], ex[300];
	const gen_intent *in = &p->in;
	for (r = 0; r < p->rel.n; r++) {
		const sx_table *t = p->rel.v[r].t;
		for (i = 0; i < t->ncols; i++) {
			const sx_column *ce = &t->cols[i], *cs = NULL;
			int se, ss = 0, se_start = 0;
			double sc, ts;
			if (!date_col(t, ce) || !(se = phrase_says_col(p, &in->dd_end, ce->name)))
				continue;
			/* a date the start's words name too is less the end ("от
			 * отправки до доставки": shipping is both words' concept, the
			 * delivery only the end's) */
			if (in->dd_start.n)
				se_start = phrase_says_col(p, &in->dd_start, ce->name);
			for (k = 0; k < t->ncols && in->dd_start.n; k++) {
				int h;
				if (k == i || !date_col(t, &t->cols[k]))
					continue;
				if ((h = phrase_says_col(p, &in->dd_start, t->cols[k].name)) > ss)
					ss = h, cs = &t->cols[k];
			}
			if (!cs && (cs = best_time(p, t, &ts)) == ce)
				cs = NULL;
			if (!cs)
				continue;
			sc = 2.0 * se - 1.5 * se_start + ss + p->rel.v[r].score;
			if (sc > best)
				best = sc, bt = t, be = ce, bs = cs;
		}
	}
	if (!bt) {
		/* the words named no dates ("from Moscow to Berlin"): no measure
		 * of time; the intent's other measures stand */
		sx_gen_thought(p->th, "a time between two dates was asked, but no table has the dates its words name");
		if (p->fl)
			sx_finding_add(p->fl, SX_SEV_WARNING, SX_CAT_AMBIGUITY, "gen.measure-unresolved",
			               SX_ART_SELECT_SQL, 0, 0, "use --measure TABLE.COLUMN",
			               "no two dates of one table match the time asked");
		return 0;
	}
	snprintf(ex, sizeof ex, in->dd_per_day > 1 ? "{@dd:%s:%s} * %d" : "{@dd:%s:%s}", be->name, bs->name,
	         in->dd_per_day);
	snprintf(nm, sizeof nm, "%s_%s_to_%s", in->dd_agg > 0 ? "max" : in->dd_agg < 0 ? "min" : "avg",
	         in->dd_per_day == 24 ? "hours" : in->dd_per_day == 1440 ? "minutes" : "days", be->name);
	sx_gen_thought(p->th, "time between two dates -> %s.%s - %s.%s in %s (%s)", bt->name, be->name, bt->name,
	               bs->name, in->dd_per_day == 24 ? "hours" : in->dd_per_day == 1440 ? "minutes" : "days",
	               in->dd_agg > 0 ? "the longest" : in->dd_agg < 0 ? "the shortest" : "on average");
	return add_measure(p, nm, in->dd_agg > 0 ? SX_AGG_MAX : in->dd_agg < 0 ? SX_AGG_MIN : SX_AGG_AVG, bt, ex,
	                   0.75, false);
}

/* Whether o and m give the same aggregate of the same expression over the
 * same rows (two phrases of one measure, drop_same_measures). */
static bool same_measure(const sx_gen_measure *o, const sx_gen_measure *m)
{
	return o->agg == m->agg && o->table == m->table && o->via == m->via && o->per == m->per && !o->only &&
	       !m->only && o->window == m->window && o->convert == m->convert &&
	       ((!o->expr && !m->expr) || (o->expr && m->expr && strcmp(o->expr, m->expr) == 0));
}

/* The intent's last word that names aggregate agg ("number", "average",
 * "total", "разных"), or -1. A distinct count no word of distinctness
 * names is placed by its count word ("how many customers they look after
 * and the total invoiced"). */
static int agg_said_last(const plan *p, sx_gen_agg agg)
{
	static const char *const avg[] = {"average", "avg", "mean", "средн*", NULL};
	static const char *const cnt[] = {"count", "number", "many", "headcount", "количество", "число", "сколько",
					  "численность", NULL};
	static const char *const dis[] = {"distinct", "different", "unique", "разных", "уникальн*", NULL};
	static const char *const sum[] = {"total", "sum", "сумма", "сумму", "суммарн*", NULL};
	static const char *const mn[] = {"min", "minimum", "lowest", "smallest", "минимальн*", NULL};
	static const char *const mx[] = {"max", "maximum", "highest", "largest", "максимальн*", NULL};
	const char *const *w = agg == SX_AGG_AVG              ? avg
			       : agg == SX_AGG_COUNT          ? cnt
			       : agg == SX_AGG_COUNT_DISTINCT ? dis
			       : agg == SX_AGG_SUM            ? sum
			       : agg == SX_AGG_MIN            ? mn
			       : agg == SX_AGG_MAX            ? mx
							      : NULL;
	int at = -1;
	size_t i, j, k;
	for (i = 0; w && i < p->in.ntok; i++) {
		bool noun = false; /* "total dock count": a word of the column summed, its neighbour too */
		for (k = 0; k < p->meas.n && !noun; k++) {
			const char *x = p->meas.v[k].expr;
			char c[128];
			if (!x || x[0] != '{' || strchr(x + 1, '{') || strlen(x) >= sizeof c || !strchr(x, '}'))
				continue;
			snprintf(c, sizeof c, "%.*s", (int)(strchr(x, '}') - x - 1), x + 1);
			noun = has_word(c, p->in.tok[i].w) &&
			       ((i && has_word(c, p->in.tok[i - 1].w)) ||
			        (i + 1 < p->in.ntok && has_word(c, p->in.tok[i + 1].w)));
		}
		if (noun)
			continue;
		for (j = 0; w[j]; j++) {
			size_t l = strlen(w[j]);
			if (w[j][l - 1] == '*' ? strncmp(p->in.tok[i].w, w[j], l - 1) == 0
			                       : strcmp(p->in.tok[i].w, w[j]) == 0)
				at = (int)i;
		}
	}
	if (at < 0 && agg == SX_AGG_COUNT_DISTINCT)
		return agg_said_last(p, SX_AGG_COUNT);
	return at;
}

/* The intent's last word that says a meaning word of the one column a
 * sum, average, minimum or maximum reads ("... how many cities were
 * affected in total -- region name, number of storms, cities affected":
 * Number_city_affected, restated without its aggregate's word), or -1.
 * Counts have no column of their own to restate. */
static int col_said_last(plan *p, const sx_gen_measure *m)
{
	const char *x = m->expr, *e;
	char name[128], w[6][40];
	const sx_column *c;
	size_t i, k, n;
	int at = -1;
	if (m->agg == SX_AGG_COUNT || m->agg == SX_AGG_COUNT_DISTINCT || !x || x[0] != '{' || !(e = strchr(x, '}')) ||
	    e[1] || (size_t)(e - x) >= sizeof name)
		return -1;
	snprintf(name, sizeof name, "%.*s", (int)(e - x - 1), x + 1);
	if (!(c = sx_table_find_column(m->table, name)))
		return -1;
	n = meaning_words(p, c, w);
	for (i = 0; i < p->in.ntok; i++)
		for (k = 0; k < n; k++)
			if (!p->in.tok[i].num && tok_says(p, &p->in.tok[i], w[k]))
				at = (int)i;
	return at;
}

/* "how long does it take to close tickets? per priority: priority, number
 * of tickets, average hours": measures of different aggregates are put in
 * the order their aggregates' words are said last (the output list at the
 * end of an ask restates them in the order wanted), or the words of the
 * one column one reads, when later (col_said_last); only where each has
 * such a word, no two different measures share an aggregate (two phrases
 * of one measure, merged later, may), and none is a share, a window or a
 * funnel's step. */
static void measures_in_said_order(plan *p)
{
	int at[GEN_MAX_ITEMS * 2];
	size_t i, j, n = p->meas.n;
	if (n < 2 || n > sizeof at / sizeof at[0])
		return;
	for (i = 0; i < n; i++) {
		const sx_gen_measure *m = &p->meas.v[i];
		int col_at;
		if (m->pct || m->window != SX_WIN_NONE || m->after_step || m->per || (at[i] = agg_said_last(p, m->agg)) < 0)
			return;
		if ((col_at = col_said_last(p, m)) > at[i])
			at[i] = col_at;
		for (j = 0; j < i; j++)
			if (p->meas.v[j].agg == m->agg && !same_measure(&p->meas.v[j], m))
				return;
	}
	for (i = 1; i < n; i++) {
		sx_gen_measure m = p->meas.v[i];
		int a = at[i];
		for (j = i; j > 0 && at[j - 1] > a; j--) {
			p->meas.v[j] = p->meas.v[j - 1];
			at[j] = at[j - 1];
		}
		if (j != i)
			sx_gen_thought(p->th, "%s is listed before %s: first", m.name, p->meas.v[j + 1].name);
		p->meas.v[j] = m;
		at[j] = a;
	}
}

/* "how many factories do the manufacturers have", "сколько всего фабрик",
 * "how many cities were affected in total": a count of things no table
 * holds, where a relevant table keeps their number in a column named for
 * them (`Num_of_Factories`, `Number_city_affected`, `shop_count`): the
 * column's sum. Its words other than the count's word are all said from
 * the noun on; a noun whose first word names a table counts that table's
 * rows instead (the lead, round 30). */
static const sx_column *count_column(plan *p, const gen_phrase *noun, const sx_table **out)
{
	static const char *const cw[] = {"num", "number", "count", "cnt", NULL};
	gen_phrase head = {0};
	size_t r, k, b, w, from, to;
	const sx_column *best = NULL;
	if (!noun->n)
		return NULL;
	head.n = 1;
	head.tok[0] = noun->tok[0];
	for (r = 0; r < p->rel.n; r++)
		if (name_bonus(p, &head, p->rel.v[r].t) >= 1.0)
			return NULL;
	from = (size_t)noun->tok[0];
	to = from + 5 < p->in.ntok ? from + 5 : p->in.ntok;
	for (r = 0; r < p->rel.n && !best; r++) {
		const sx_table *t = p->rel.v[r].t;
		for (k = 0; k < t->ncols && !best; k++) {
			const sx_column *c = &t->cols[k];
			sx_terms cn;
			bool marker = false, all = true, head_said = false;
			size_t nw = 0;
			if ((c->family != SX_TF_INTEGER && c->family != SX_TF_DECIMAL && c->family != SX_TF_FLOAT) ||
			    !has_any(c->name, cw) || sx_table_col_in_pk(t, c->name) || sx_table_col_fk(t, c->name))
				continue;
			sx_terms_init(&cn);
			sx_analyze(p->an, c->name, strlen(c->name), 1.0f, &cn, NULL);
			for (b = 0; b < cn.n && all; b++) {
				bool said = false;
				if (cn.v[b].origin != SX_TERM_WORD)
					continue;
				if (has_any(cn.v[b].term, cw)) {
					marker = true;
					continue;
				}
				nw++;
				for (w = from; w < to && !said; w++)
					if ((said = tok_says_term(&p->in.tok[w], cn.v[b].term, false)) && w == from)
						head_said = true;
				all = said;
			}
			sx_terms_release(&cn);
			if (marker && all && nw && head_said) {
				best = c;
				*out = t;
			}
		}
	}
	return best;
}

/* "Top 10 products by revenue -- product name and the sum of their order
 * line totals" (gen41): in a top N, a sum said in the list after the last
 * dash, colon or ';', over the rows of a sum said before it, restates the
 * ranked amount: no second measure. from[i] is the first measure the
 * intent's i-th phrase added (from[nmeas] the count). */
static void drop_restated_sums(plan *p, const size_t *from)
{
	size_t i, k, x, start = 0, drop = 0;
	for (x = 1; x < p->in.ntok; x++)
		if (p->in.tok[x].semi || p->in.tok[x - 1].colon || p->in.tok[x].dash)
			start = x;
	if (!p->in.top_n || !start)
		return;
	for (i = p->in.nmeas; i-- > 1;) {
		const gen_mphrase *m = &p->in.meas[i];
		bool after = m->noun.n > 0;
		for (k = 0; k < m->noun.n; k++)
			after = after && (size_t)m->noun.tok[k] >= start;
		for (k = from[i]; after && k < from[i + 1] - drop; k++) {
			const sx_gen_measure *v = &p->meas.v[k];
			size_t o;
			bool before = false;
			for (o = 0; o < from[i] && !before; o++)
				before = p->meas.v[o].agg == SX_AGG_SUM && p->meas.v[o].table == v->table && !p->meas.v[o].per;
			if (v->agg != SX_AGG_SUM || v->per || v->window || !before)
				continue;
			sx_gen_thought(p->th, "%s, said in the list, restates the ranked amount: no second measure", v->name);
			memmove(&p->meas.v[k], &p->meas.v[k + 1], (p->meas.n - k - 1) * sizeof p->meas.v[0]);
			p->meas.n--;
			drop++;
			k--;
		}
		drop = 0;
	}
}

static int resolve_measures(plan *p)
{
	size_t i, from[GEN_MAX_ITEMS + 1];
	int rc = 0;
	bool formula_taken = false;
	char nm[128], nn[96];
	for (i = 0; i < p->in.nmeas && !rc; i++) {
		const gen_mphrase *m = &p->in.meas[i];
		const sx_table *t = NULL, *e = NULL;
		const sx_column *c = NULL;
		double conf = 0;
		from[i] = p->meas.n;
		phrase_name(p, &m->noun, nn, sizeof nn);
		if (m->noun.n)
			e = resolve_entity(p, &m->noun, &conf);
		if ((m->kind == MK_REVENUE || m->kind == MK_AMOUNT) && formula_expr(p, nm, sizeof nm, &t)) {
			/* the formula the intent writes is the amount; an amount
			 * said again with no noun of its own ("... -- price times
			 * quantity. Customer and the amount") is the same one */
			if (formula_taken) {
				sx_gen_thought(p->th, "\"%s\" is the formula's amount again", m->noun.n ? nn : "amount");
				continue;
			}
			formula_taken = true;
			sx_gen_thought(p->th, "%s -> %s: %s (the formula the intent writes)",
				       m->kind == MK_REVENUE ? "revenue" : m->noun.n ? nn : "amount", t->name, nm);
			rc = add_filtered(p, m->kind == MK_REVENUE ? "revenue" : "amount", SX_AGG_SUM, t, nm, 0.9,
					  m->convert, sum_filter(p, t, &m->noun));
			continue;
		}
		switch (m->kind) {
		case MK_DATE_DIFF:
			rc = resolve_date_diff(p);
			break;
		case MK_REVENUE:
			if (pick_money(p, NULL, 1, &t, nm, sizeof nm, &conf))
				return sx_error_set(p->err, SX_EINVAL,
						    "no money column for revenue among the tables the intent "
						    "names; name the amount or use --measure TABLE.COLUMN");
			{
				const sx_gen_filter *f = sum_filter(p, t, &m->noun);
				size_t w;
				/* no value of the money's rows: the words stay for the
				 * query's filters ("revenue of shipped orders", shipped on
				 * an optional shipment) */
				for (w = 0; !f && w < m->noun.n; w++) {
					p->in.tok[m->noun.tok[w]].used = false;
					if (p->in.nouns.n < GEN_MAX_PHRASE)
						p->in.nouns.tok[p->in.nouns.n++] = m->noun.tok[w];
				}
				rc = add_filtered(p, "revenue", SX_AGG_SUM, t, nm, conf, m->convert, f);
			}
			break;
		case MK_AMOUNT:
		case MK_AVG_VALUE:
		case MK_MAX_VALUE:
		case MK_MIN_VALUE:
			if ((c = attr_avg_col(p, m, &t))) {
				sx_gen_thought(p->th, "the average of %s.%s over the %s named (their own number, not a sale's)",
				               t->name, c->name, t->name);
				rc = number_measure(p, m, t, c, true);
				break;
			}
			if ((c = duration_col(p, e, &m->noun))) {
				sx_gen_thought(p->th, "\"%s\" -> %s.%s (a length of time)", nn, e->name, c->name);
				rc = number_measure(p, m, e, c, false);
				break;
			}
			if ((c = named_number(p, e, &m->noun, &t, false))) {
				/* the column said by its name is the amount, whatever
				 * money the other words might reach */
				sx_gen_thought(p->th, "\"%s\" -> %s.%s (a number column said by its name)", nn,
					       t->name, c->name);
				rc = number_measure(p, m, t, c, true);
				break;
			}
			/* "salary cost" names no table: a table found for it only by its
			 * columns (jobs.min_salary) does not confine the amount, which is
			 * looked for among every relevant table (employees.salary) */
			if (e && name_bonus(p, &m->noun, e) == 0 &&
			    (p->in.ndims || p->in.top_what.n)) {
				/* ... unless a column of it is the noun itself ("freight") */
				size_t w, k;
				bool named = false;
				for (w = 0; w < m->noun.n && !named; w++)
					for (k = 0; k < e->ncols && !named; k++)
						named =
						    strcasecmp(e->cols[k].name,
						               p->in.tok[m->noun.tok[w]].w) == 0;
				if (!named && !names_number_of(p, &m->noun, e))
					e = NULL;
			}
			/* "booked amount": the noun found a table (Bookings) whose numbers it
			 * does not name, while it is the first word of a number column of
			 * another relevant table (Products_Booked.booked_amount): that
			 * table is the amount's */
			if (e && !names_number_of(p, &m->noun, e)) {
				size_t r;
				for (r = 0; r < p->rel.n; r++)
					if (p->rel.v[r].t != e && names_number_of(p, &m->noun, p->rel.v[r].t)) {
						sx_gen_thought(p->th, "\"%s\" names a number of %s, not of %s", nn,
							       p->rel.v[r].t->name, e->name);
						e = p->rel.v[r].t;
						break;
					}
			}
			if (m->kind == MK_AVG_VALUE && e) {
				int two = avg_of_sums(p, e, NULL, NULL, nn, &m->noun);
				if (two) {
					rc = two < 0 ? -two : 0;
					break;
				}
			}
			p->money_sum = m->kind == MK_AMOUNT;
			rc = pick_money(p, e, m->kind == MK_AVG_VALUE && !e ? 2 : 0, &t, nm,
			                sizeof nm, &conf);
			p->money_sum = false;
			/* no money: a number column whose words the noun says ("курс к
			 * рублю" is rate_to_rub, "monthly rental" monthly_rental) (gen16) */
			if (rc && (c = said_number(p, e, &m->noun, &t))) {
				sx_gen_thought(p->th, "\"%s\" -> %s.%s (a number column its words say, no money)", nn,
					       t->name, c->name);
				rc = number_measure(p, m, t, c, false);
				break;
			}
			if (rc)
				return sx_error_set(p->err, SX_EINVAL,
						    "no numeric money column on %s for \"%s\"; name the amount "
						    "or use --measure TABLE.COLUMN",
						    e ? e->name : "the tables found", nn[0] ? nn : "amount");
			{
				char cb[128];
				const char *cn = expr_col(nm, cb, sizeof cb);
				if (!cn)
					cn = "amount";
				if (m->kind == MK_AVG_VALUE && !e) {
					int two = avg_of_sums(p, NULL, t, nm, NULL, NULL);
					if (two) {
						rc = two < 0 ? -two : 0;
						break;
					}
				}
				if (m->kind == MK_AVG_VALUE || m->kind == MK_MAX_VALUE ||
				    m->kind == MK_MIN_VALUE)
					snprintf(nn, sizeof nn, "%s_%s",
					         m->kind == MK_AVG_VALUE   ? "avg"
					         : m->kind == MK_MAX_VALUE ? "max"
					                                   : "min",
					         cn);
				else
					snprintf(nn, sizeof nn, "%s%s%s", e && strcmp(cn, "amount") == 0 ? e->name : "",
						 e && strcmp(cn, "amount") == 0 ? "_" : "", cn);
			}
			rc = add_filtered(p, nn,
			                  m->kind == MK_AVG_VALUE   ? SX_AGG_AVG
			                  : m->kind == MK_MAX_VALUE ? SX_AGG_MAX
			                  : m->kind == MK_MIN_VALUE ? SX_AGG_MIN
			                                            : SX_AGG_SUM,
			                  t, nm, conf, m->convert, sum_filter(p, t, &m->noun));
			break;
		case MK_QUANTITY:
			{
				/* "(units_in_stock)" after an average already measured
				 * by that name: its "units" is no second measure */
				const sx_table *nt = NULL;
				const sx_column *nc = named_number(p, NULL, NULL, &nt, false);
				char ne[128];
				size_t k;
				bool dup = false;
				if (nc)
					number_expr(p, ne, sizeof ne, nt, nc);
				for (k = 0; nc && k < p->meas.n && !dup; k++)
					dup = p->meas.v[k].table == nt && p->meas.v[k].expr &&
					      strcmp(p->meas.v[k].expr, ne) == 0;
				if (dup) {
					sx_gen_thought(p->th, "units: %s.%s is measured already", nt->name, nc->name);
					break;
				}
			}
			if (m->sold) {
				/* "units sold": the quantity of the sales lines, where
				 * revenue lives, not a stock level the intent's other words
				 * make relevant ("units sold per supplier, discontinued
				 * products excluded" is no sum of units_in_stock) */
				char ex[200];
				double cf;
				size_t k;
				sx_gen_thoughts quiet, *th = p->th;
				sx_finding_list *fl = p->fl;
				/* asked quietly: no revenue is measured */
				sx_gen_thoughts_init(&quiet);
				p->th = &quiet;
				p->fl = NULL;
				if (!pick_money(p, NULL, 1, &t, ex, sizeof ex, &cf) && t)
					for (k = 0; k < t->ncols && !c; k++)
						if (sx_gen_column_sem(t, &t->cols[k]) == SX_SEM_QUANTITY)
							c = &t->cols[k];
				p->th = th;
				p->fl = fl;
				sx_gen_thoughts_release(&quiet);
			}
			if (!c && !(c = pick_qty(p, &t)))
				return sx_error_set(p->err, SX_EINVAL,
						    "no quantity column among the tables the intent names; "
						    "use --measure TABLE.COLUMN");
			if (text_number(t, c)) {
				snprintf(nm, sizeof nm, "CAST({%s} AS INTEGER)", c->name);
				sx_gen_thought(p->th, "units -> %s.%s (a number held as text: cast)", t->name, c->name);
			} else {
				snprintf(nm, sizeof nm, "{%s}", c->name);
				sx_gen_thought(p->th, "units -> %s.%s", t->name, c->name);
			}
			rc = add_measure(p, "units", SX_AGG_SUM, t, nm, 0.8, false);
			break;
		case MK_COUNT:
			{
				/* "суммарное количество акций (share_count)": a count whose
				 * noun holds a number column's name written with '_',
				 * measured already by that name, is that sum, no second
				 * measure (gen11) */
				const sx_table *nt = NULL;
				const sx_column *nc = NULL;
				char ne[160];
				size_t k, w;
				bool dup = false, named = false;
				for (w = 0; w < m->noun.n && !named; w++)
					named = p->in.tok[m->noun.tok[w]].inname;
				if (named)
					nc = named_number(p, NULL, NULL, &nt, false);
				for (k = 0; nc && k < p->meas.n && !dup; k++) {
					number_expr(p, ne, sizeof ne, nt, nc);
					dup = p->meas.v[k].table == nt && p->meas.v[k].expr &&
					      strcmp(p->meas.v[k].expr, ne) == 0;
				}
				/* "total bedroom count of the apartments": the count word
				 * ends the words of a number column measured already
				 * (bedroom_count): no count of its own (gen12) */
				for (k = 0; !dup && m->kwtok > 0 && k < p->meas.n; k++) {
					char cb[128];
					const char *cn = p->meas.v[k].expr ? expr_col(p->meas.v[k].expr, cb, sizeof cb) : NULL;
					size_t len;
					for (len = 1; cn && len <= 3 && len <= (size_t)m->kwtok && !dup; len++)
						dup = stems_say_name(p, (size_t)m->kwtok - len, len + 1, cn);
					if (dup) {
						nt = p->meas.v[k].table;
						nc = gen_col(nt, cn);
						dup = nc != NULL;
					}
				}
				if (dup) {
					sx_gen_thought(p->th, "count of \"%s\": %s.%s is measured already by its name", nn,
						       nt->name, nc->name);
					break;
				}
			}
			if (!m->step.n && !m->people && (c = count_column(p, &m->noun, &t))) {
				sx_gen_thought(p->th, "count of \"%s\": no table holds them, %s.%s keeps their number: "
				               "its sum", nn, t->name, c->name);
				snprintf(nm, sizeof nm, "{%s}", c->name);
				rc = add_measure(p, c->name, SX_AGG_SUM, t, nm, 0.7, false);
				break;
			}
			if (!e && m->people && (e = people_table(p)))
				snprintf(nn, sizeof nn, "head"); /* head_count */
			if (e && !m->step.n && (t = said_lines(p, &m->noun, e))) {
				sx_gen_thought(p->th, "\"%s\" says lines of %s: counting its line table %s", nn,
				               e->name, t->name);
				e = t;
				t = NULL;
			}
			if (!e)
				e = subject(p);
			if (!e)
				return sx_error_set(p->err, SX_EINVAL, "\"number of\" what? name the things to count");
			if (m->step.n) {
				rc = step_measure(p, e, &m->step, conf, m->then);
				if (rc != SX_ENOTFOUND)
					break;
				rc = step_as_count_col(p, e, &m->step);
				if (rc != SX_ENOTFOUND) {
					if (rc)
						break;
					goto plain_count;
				}
				rc = 0;
				if (step_as_values(p, e, &m->step)) {
					sx_gen_thought(p->th,
					               "\"with\" after \"%s\": no funnel step, its words "
					               "name a value of %s or a parent (a filter)",
					               nn, e->name);
					goto plain_count;
				}
				/* "заказов с промокодом": the step names a nullable
				 * reference of the counted rows, recorded (gen37) */
				if (m->step.tok[0] > 0 &&
				    (rc = ref_said_with(p, e, m->step.tok[0], m->step.tok[m->step.n - 1])) != 0) {
					if (rc < 0)
						break;
					rc = 0;
					goto plain_count;
				}
				sx_gen_thought(p->th,
				               "funnel step after \"%s\": no value of a table "
				               "referring to %s says it",
				               nn, e->name);
				if (p->fl)
					sx_finding_add(
					    p->fl, SX_SEV_WARNING, SX_CAT_AMBIGUITY,
					    "gen.filter-unresolved", SX_ART_SELECT_SQL, 0, 0,
					    "use --filter TABLE.COLUMN=VALUE",
					    "the funnel step after \"%s\" matches no known value",
					    nn);
			}
		plain_count:
			snprintf(nm, sizeof nm, "%s_count", nn[0] ? nn : e->name);
			{
				size_t before = p->meas.n;
				const sx_gen_filter *only = measure_filter(p, e, &m->noun);
				if (only && !strstr(nm, only->values[0])) {
					/* "доставленных заказов": named after its value */
					char vn[160];
					size_t k;
					snprintf(vn, sizeof vn, "%s_%s", only->values[0], nm);
					for (k = 0; vn[k]; k++)
						if (!isalnum((unsigned char)vn[k]) && vn[k] != '_')
							vn[k] = '_';
					snprintf(nm, sizeof nm, "%s", vn);
				}
				rc = add_measure(p, nm, SX_AGG_COUNT, e, NULL, conf, false);
				if (!rc && p->meas.n > before && m->noun.n && before < GEN_MAX_ITEMS * 2)
					memcpy(p->alt[before], p->last_alt, sizeof p->last_alt);
				if (!rc && p->meas.n > before)
					p->meas.v[before].only = only;
			}
			break;
		case MK_DISTINCT: {
			const sx_table *f = NULL;
			const char *col;
			size_t k;
			for (k = 0; k < p->in.nmeas; k++)
				if (k != i && p->in.meas[k].kind != MK_DISTINCT)
					break;
			f = p->meas.n ? p->meas.v[0].table : NULL;
			if (m->sold) {
				/* "products sold": over the sales lines, where revenue lives */
				char ex[200];
				const sx_table *lt = NULL;
				if (!pick_money(p, NULL, 1, &lt, ex, sizeof ex, &conf))
					f = lt;
			}
			if (!f && p->in.distinct_over.n) {
				double oc = 0;
				const sx_table *a = resolve_entity(p, &p->in.distinct_over, &oc);
				if (a && e && a != e && fk_to(p, a, e))
					f = a;
			}
			if (!f && p->in.nouns.n)
				f = resolve_entity(p, &p->in.nouns, &conf);
			if (!f && e && !p->in.grain && !p->in.year_from && !p->in.last_days) {
				/* "distinct products in each category": with no period and
				 * no activity said, dimensions of the entity's own are
				 * counted over its own rows (its catalogue, not its sales) */
				const sx_table *dt[GEN_MAX_ITEMS];
				size_t nd = dim_tables(p, dt, NULL), d, own = 0;
				for (d = 0; d < nd; d++) {
					sx_gen_group g = {0};
					sx_gen_join joins[16];
					g.fact = e;
					g.joins = joins;
					own += dt[d] == e || n1_path(p, e, dt[d], &g, false);
				}
				if (nd && own == nd) {
					f = e;
					sx_gen_thought(p->th, "distinct %s: every dimension is one of its own "
					               "(many-to-one), no period: its own rows",
					               e->name);
				}
			}
			if (!f && e) {
				/* "distinct customers" counts them over some activity: the most
				 * relevant table that refers to them (a count of the entity's own
				 * keys would just be its row count) */
				size_t r, nd, na = 0;
				double fs = -1;
				const sx_table *dt[GEN_MAX_ITEMS];
				cand act[64];
				nd = dim_tables(p, dt, e);
				/* the candidates: the relevant tables and every table with a
				 * key to e (search may rank the main record low: "distinct
				 * roles" says the role history's name, not the workers') */
				for (r = 0; r < p->rel.n && na < 64; r++)
					if (p->rel.v[r].t != e && fk_to(p, p->rel.v[r].t, e))
						act[na++] = p->rel.v[r];
				{
					const sx_map_rel **rels = NULL;
					size_t nr = 0, j, q;
					if (!sx_dbmap_rels_of(p->map, e, &rels, &nr, NULL)) {
						for (j = 0; j < nr && na < 64; j++) {
							const sx_table *ch = rels[j]->from.t;
							bool seen = false;
							if (rels[j]->to.t != e || !ch || ch == e || rels[j]->via.t ||
							    rels[j]->status == SX_STATUS_REJECTED ||
							    rels[j]->confidence < 0.5)
								continue;
							for (q = 0; q < na; q++)
								seen |= act[q].t == ch;
							if (!seen && fk_to(p, ch, e))
								act[na++] = (cand){ch, 0};
						}
						free(rels);
					}
				}
				for (r = 0; r < na; r++) {
					const sx_table *a = act[r].t;
					double sc = act[r].score, ts;
					/* a period or a date range needs the activity's time ("per
					 * month": orders, not a customer-to-demographics link) */
					if ((p->in.grain || p->in.year_from || p->in.last_days) &&
					    best_time(p, a, &ts) && ts >= 0.5)
						sc += 0.5;
					/* a link table (every column a key) records no activity */
					if (link_table(a))
						sc -= 0.5;
					/* the activity carries the dimensions ("per store": a table
					 * with both keys), has a time of its own, and is the
					 * business's main record, not an optional side one
					 * (orders, not the shipments only online orders have) */
					sc += dims_reached(p, a, dt, nd);
					if (best_time(p, a, &ts) && ts >= 0.5)
						sc += 0.15;
					if (optional_side(p, a))
						sc -= 0.2;
					{
						/* a child of another activity referring to e is
						 * its history or its parts (job history under the
						 * employees, both with the job): the parent holds
						 * the current state */
						size_t r2;
						for (r2 = 0; r2 < na; r2++) {
							const sx_table *b = act[r2].t;
							if (b == a)
								continue;
							if (fk_to(p, a, b)) {
								sc -= 0.5;
								break;
							}
						}
					}
					if (sc > fs)
						fs = sc, f = a;
				}
			}
			if (!e)
				return sx_error_set(p->err, SX_EINVAL, "\"distinct\" what? name the things to count");
			if (!f)
				f = e;
			col = fk_to(p, f, e);
			if (!col) {
				f = e;
				col = key_of(p, e);
			}
			if (f == e)
				col = other_id_col(p, m->noun.n ? &m->noun : &p->in.nouns, e, col);
			if (!col) {
				/* "in how many playlists": a link table read for the noun
				 * (PlaylistTrack) counts its reference to the table the
				 * noun names best (PlaylistId; gen17); so does any table
				 * with no single key read for it ("students play" ->
				 * Plays_Games(StuID, GameID, Hours_Played): StuID) */
				const sx_map_rel **rels = NULL;
				size_t nr = 0, j;
				double bb = 0;
				if (!sx_dbmap_rels_of(p->map, e, &rels, &nr, NULL)) {
					for (j = 0; j < nr; j++) {
						double b;
						const gen_phrase *np;
						if (rels[j]->from.t != e || !rels[j]->to.t || rels[j]->from.ncols != 1 ||
						    rels[j]->polymorphic)
							continue;
						np = m->noun.n ? &m->noun : &p->in.nouns;
						b = name_said(p, np, rels[j]->to.t) + name_bonus(p, np, rels[j]->to.t);
						if (b > bb)
							bb = b, col = astr(p, rels[j]->from.cols[0]);
					}
					free(rels);
				}
			}
			if (!col)
				return sx_error_set(p->err, SX_EINVAL, "%s has no single key to count distinct", e->name);
			snprintf(nm, sizeof nm, "{%s}", col);
			snprintf(nn, sizeof nn, "distinct_%s", e->name);
			{
				char nn2[96];
				phrase_name(p, &m->noun, nn2, sizeof nn2);
				if (nn2[0])
					snprintf(nn, sizeof nn, "distinct_%s", nn2);
			}
			sx_gen_thought(p->th, "distinct %s -> count(distinct %s.%s)", e->name, f->name, col);
			rc = add_measure(p, nn, SX_AGG_COUNT_DISTINCT, f, nm, conf, false);
			break;
		}
		case MK_FIRST_DATE:
		case MK_LAST_DATE: {
			double ts;
			const sx_column *tc = NULL;
			if (m->date_named) {
				const sx_table *dt = NULL;
				if (!(tc = noun_date(p, &m->noun, e ? e : subject(p), &dt))) {
					sx_gen_thought(p->th, "\"%s\" names no date column: no first / last date", nn);
					break;
				}
				e = dt;
			} else if (!e)
				e = subject(p);
			if (!e || !(tc = m->date_named ? tc : best_time(p, e, &ts)))
				return sx_error_set(p->err, SX_EINVAL, "no date column for the first/last date");
			snprintf(nm, sizeof nm, "{%s}", tc->name);
			snprintf(nn, sizeof nn, "%s_%s", m->kind == MK_FIRST_DATE ? "first" : "last", tc->name);
			rc = add_measure(p, nn, m->kind == MK_FIRST_DATE ? SX_AGG_MIN : SX_AGG_MAX, e, nm, conf,
					 false);
			break;
		}
		}
	}
	if (!rc && i == p->in.nmeas) {
		from[i] = p->meas.n;
		drop_restated_sums(p, from);
	}
	return rc;
}

/* ---------------------------------------------------------------- dims */

static int add_dim(plan *p, const sx_table *t, const char *col, const char *name)
{
	/* every field set: a role_col left to the stack read a stale pointer
	 * (gen24's use-after-free under ASan) */
	sx_gen_dim d = {.table = t};
	size_t i;
	for (i = 0; i < p->dims.n; i++)
		if (p->dims.v[i].table == t && strcmp(p->dims.v[i].column, col) == 0)
			return 0;
	d.column = astr(p, col);
	d.name = astr(p, name);
	return SX_VEC_PUSH(&p->dims, d);
}

/* A word that asks for a name: "name", "title", "название", "имя". */
static bool name_word(const char *w)
{
	static const char *const nw[] = {"name", "names", "title", "titles", "название", "названия",
					 "названием", "наименование", "наименования", "имя", "имена", NULL};
	size_t k;
	for (k = 0; nw[k]; k++)
		if (strcmp(w, nw[k]) == 0)
			return true;
	return false;
}

/* "по категориям: название категории", "per service (service names)": the
 * entity's name is asked and its key nowhere ("id" unsaid): its label
 * alone is the dimension, no key beside it (gen20). A name word in the
 * phrase, or next to a word of the table's name anywhere in the intent,
 * or the table's word alone as an item of the output list. */
/* Whether "id" / "ids" is said anywhere in the intent. */
static bool id_said(const plan *p)
{
	size_t i;
	for (i = 0; i < p->in.ntok; i++)
		if (strcmp(p->in.tok[i].w, "id") == 0 || strcmp(p->in.tok[i].w, "ids") == 0)
			return true;
	return false;
}

/* tok_in_terms, or a Russian word none of whose terms is Latin whose
 * dictionary English (sx_search_translate) is among terms: "название
 * школы" beside a table School. */
static bool tok_in_terms_tr(plan *p, const gen_tok *tk, const sx_terms *terms)
{
	char en[2][SX_SEARCH_TERM_MAX];
	int got, k;
	size_t j;
	if (tok_in_terms(tk, terms))
		return true;
	if (!p->search || !tk->cyr || tk->num)
		return false;
	for (j = 0; j < tk->nterms; j++)
		if ((unsigned char)tk->terms[j][0] < 0x80)
			return false;
	got = sx_search_translate(p->search, tk->w, en, 2);
	for (k = 0; k < got; k++)
		for (j = 0; j < terms->n; j++)
			if (terms->v[j].origin != SX_TERM_PHRASE && strcmp(terms->v[j].term, en[k]) == 0)
				return true;
	return false;
}

static bool name_only(plan *p, const gen_phrase *ph, const sx_table *t)
{
	sx_terms tn;
	size_t i;
	bool hit = false;
	if (id_said(p))
		return false;
	for (i = 0; i < ph->n && !hit; i++)
		hit = name_word(p->in.tok[ph->tok[i]].w);
	sx_terms_init(&tn);
	sx_analyze(p->an, t->name, strlen(t->name), 1.0f, &tn, NULL);
	for (i = 0; i < p->in.ntok && !hit; i++) {
		size_t k;
		bool dash;
		hit = name_word(p->in.tok[i].w) &&
		      ((i + 1 < p->in.ntok && tok_in_terms_tr(p, &p->in.tok[i + 1], &tn)) ||
		       (i > 0 && tok_in_terms_tr(p, &p->in.tok[i - 1], &tn)));
		/* "Роль — полным названием": the table's word, a dash (or a
		 * sentence's end) and a word before the name word (gen23) */
		for (k = i, dash = false; !hit && name_word(p->in.tok[i].w) && k > 0 && k + 3 > i; k--) {
			const gen_tok *b = &p->in.tok[k - 1];
			if (strcmp(b->w, ",") == 0 && !b->semi)
				break;
			dash = dash || strcmp(b->w, ",") == 0;
			hit = dash && tok_in_terms(b, &tn);
		}
	}
	if (!hit) {
		/* "...: жанр и средняя длительность", "category and revenue": the
		 * table's word alone (one word) as an item of the output list
		 * (after the last colon or sentence, two items or more) is its
		 * name (the lead, round 36) */
		size_t l = gen_list_start(&p->in), a, e, items = 0;
		bool one = false;
		/* the list: two items or more, the table's word one of them alone */
		for (a = l; l && a < p->in.ntok; a = e + 1) {
			e = gen_list_item_end(&p->in, a);
			items++;
			one |= e == a + 1 && p->in.tok[a].nterms && !p->in.tok[a].num &&
			       tok_in_terms_tr(p, &p->in.tok[a], &tn);
		}
		hit = one && items >= 2;
	}
	sx_terms_release(&tn);
	return hit;
}

/* "category name", "film category name": the phrase is a name word and
 * words of t's name, or of a table holding a reference to t (the bridge
 * film_category): t's name, not a column elsewhere that says "name" (gen20). */
static bool says_name_of(plan *p, const gen_phrase *ph, const sx_table *t)
{
	const sx_map_rel **rels = NULL;
	size_t nr = 0, i, r;
	bool named = false, ok = true;
	if (!label_col(p, t) || sx_dbmap_rels_of(p->map, t, &rels, &nr, NULL))
		return false;
	for (i = 0; i < ph->n && ok; i++) {
		const gen_tok *tk = &p->in.tok[ph->tok[i]];
		bool w = false;
		if (name_word(tk->w)) {
			named = true;
			continue;
		}
		for (r = 0; r <= nr && !w; r++) {
			const sx_table *o = r < nr ? rels[r]->from.t : t;
			sx_terms tn;
			if (r < nr && rels[r]->to.t != t)
				continue;
			sx_terms_init(&tn);
			sx_analyze(p->an, o->name, strlen(o->name), 1.0f, &tn, NULL);
			w = tok_in_terms(tk, &tn);
			sx_terms_release(&tn);
		}
		ok = w;
	}
	free(rels);
	return named && ok;
}

/* add_dim for an entity's key or label; one no "id" asked for is marked,
 * so that a column of its table another phrase names replaces it (gen16). */
static int entity_dim(plan *p, const sx_table *t, const char *col, const char *name, bool said_id)
{
	size_t before = p->dims.n;
	int rc = add_dim(p, t, col, name);
	if (!rc && !said_id && p->dims.n > before && before < 64)
		p->ent_dims |= 1ULL << before;
	return rc;
}

/* Drops the entity dims (entity_dim) of a table whose column a phrase
 * named: "per employee, grouped by last name" is last_name alone. */
static void drop_named_entities(plan *p)
{
	size_t i, k, n = 0;
	for (i = 0; i < p->dims.n; i++) {
		bool drop = false;
		for (k = 0; k < p->nnamed && i < 64 && (p->ent_dims >> i & 1); k++)
			drop = drop || p->dims.v[i].table == p->named[k];
		if (drop) {
			sx_gen_thought(p->th, "%s.%s gives way to the column of %s the intent names",
			               p->dims.v[i].table->name, p->dims.v[i].column, p->dims.v[i].table->name);
			continue;
		}
		p->dims.v[n++] = p->dims.v[i];
	}
	p->dims.n = n;
	p->ent_dims = 0;
}

/* How many words of the phrase are words of t's name. */
static size_t table_words_said(plan *p, const gen_phrase *ph, const sx_table *t)
{
	sx_terms tn;
	size_t i, n = 0;
	sx_terms_init(&tn);
	sx_analyze(p->an, t->name, strlen(t->name), 1.0f, &tn, NULL);
	for (i = 0; i < ph->n; i++)
		n += tok_in_terms(&p->in.tok[ph->tok[i]], &tn);
	sx_terms_release(&tn);
	return n;
}

/* True when every word of the phrase is a word of t's name: "per product"
 * says Products_for_Hire and nothing of its product_type_code. */
static bool only_table_words(plan *p, const gen_phrase *ph, const sx_table *t)
{
	return ph->n > 0 && table_words_said(p, ph, t) == ph->n;
}

/* A column named as free text (a description, comment, note): never a
 * dimension. */
static bool free_text_name(const char *name)
{
	return has_word(name, "description") || has_word(name, "comment") || has_word(name, "note") ||
	       has_word(name, "notes");
}

/* The text column of t, other than its key and label, that the phrase
 * names whole beyond t's own words ("last name" of Teachers); NULL when none. */
static const sx_column *named_text_col(plan *p, const gen_phrase *ph, const sx_table *t)
{
	const char *lc = label_col(p, t), *kc = key_of(p, t);
	const sx_column *best = NULL;
	double bs = 0.8;
	size_t i;
	if (only_table_words(p, ph, t))
		return NULL;
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		double sc;
		if (c->family != SX_TF_TEXT || free_text_name(c->name) || (lc && strcmp(lc, c->name) == 0) ||
		    (kc && strcmp(kc, c->name) == 0))
			continue;
		sc = col_match(p, ph, t, c);
		if (sc >= bs)
			bs = sc, best = c;
	}
	return best;
}

/* "student id, last name and how many incidents", "id клиента и фамилия":
 * a text column of a dimension's table that one or two words of the ask
 * outside its phrases name whole is an output column too, after the
 * dimension (gen16); says_every_word: each word of the name is said. */
static bool says_every_word(plan *p, const gen_phrase *ph, const char *name)
{
	sx_terms cn;
	size_t b, i;
	bool all = true;
	sx_terms_init(&cn);
	sx_analyze(p->an, name, strlen(name), 1.0f, &cn, NULL);
	for (b = 0; b < cn.n && all; b++) {
		bool m = false;
		if (cn.v[b].origin != SX_TERM_WORD || strcmp(cn.v[b].term, "id") == 0)
			continue;
		for (i = 0; i < ph->n && !m; i++)
			m = tok_says(p, &p->in.tok[ph->tok[i]], cn.v[b].term);
		all = m;
	}
	sx_terms_release(&cn);
	return all;
}

/* The one text column of t with "name" in its name (full_name), or NULL
 * when none or several (first and last name). */
static const char *one_name_col(const sx_table *t)
{
	const char *n = NULL;
	size_t i;
	for (i = 0; i < t->ncols; i++)
		if (t->cols[i].family == SX_TF_TEXT && has_word(t->cols[i].name, "name")) {
			if (n)
				return NULL;
			n = t->cols[i].name;
		}
	return n;
}

/* The one text column of t named "<part> name", "<word>" or glued short
 * (lname, fname), or NULL when none or several are. */
static const char *name_part_col(const sx_table *t, const char *part, const char *word, const char *glued)
{
	const char *n = NULL;
	size_t i;
	for (i = 0; i < t->ncols; i++) {
		const char *c = t->cols[i].name;
		if (t->cols[i].family != SX_TF_TEXT ||
		    !((has_word(c, part) && has_word(c, "name")) || has_word(c, word) || strcasecmp(c, glued) == 0))
			continue;
		if (n)
			return NULL;
		n = c;
	}
	return n;
}

/* The one text column of t that holds a last name (last_name, LastName,
 * surname, Lname), or NULL (gen27). */
static const char *surname_col(const sx_table *t)
{
	return name_part_col(t, "last", "surname", "lname");
}

/* The one text column of t that holds a person's given name ("имя" beside
 * "фамилия": first_name, Fname), or NULL. */
static const char *given_name_col(const sx_table *t)
{
	return surname_col(t) ? name_part_col(t, "first", "given", "fname") : NULL;
}

/* Whether token x shares a stem with a word of a dimension phrase of the
 * intent ("клиента" after "имя" when "клиентов" is the dimension). */
static bool says_dim_rows(const plan *p, size_t x)
{
	const gen_tok *t = &p->in.tok[x];
	size_t d, j, a, b;
	for (d = 0; d < p->in.ndims; d++)
		for (j = 0; j < p->in.dims[d].n; j++) {
			const gen_tok *u = &p->in.tok[p->in.dims[d].tok[j]];
			if ((size_t)p->in.dims[d].tok[j] == x)
				continue;
			for (a = 0; a < t->nterms; a++)
				for (b = 0; b < u->nterms; b++)
					if (t->terms[a][0] && strcmp(t->terms[a], u->terms[b]) == 0)
						return true;
		}
	return false;
}

/* Whether token x alone finds table t ("клиента" -> cst_mstr), asked
 * quietly. */
static bool owner_word(plan *p, size_t x, const sx_table *t)
{
	gen_phrase self = {1, {(int)x}};
	sx_gen_thoughts *th = p->th;
	double conf = 0;
	const sx_table *e;
	p->th = NULL;
	e = resolve_entity(p, &self, &conf);
	p->th = th;
	return e == t;
}

static void listed_columns(plan *p)
{
	size_t d, nd = p->dims.n, i, len, before, nl = 0;
	bool taken[GEN_MAX_TOK] = {0}; /* words a listed column said (gen18) */
	const sx_table *listed[GEN_MAX_ITEMS];
	for (d = 0; d < nd; d++) {
		const sx_table *t = p->dims.v[d].table;
		const char *kc = key_of(p, t), *lc = label_col(p, t);
		if (!kc || strcmp(p->dims.v[d].column, kc) != 0)
			continue;
		for (i = 0; i < p->in.ntok; i++)
			for (len = 2; len >= 1; len--) {
				gen_phrase w = {0};
				const sx_column *c;
				const char *cn;
				size_t k;
				bool free_tok = i + len <= p->in.ntok;
				/* the longer phrase first: "last name" is one column */
				for (k = 0; k < len && free_tok; k++) {
					const gen_tok *tk = &p->in.tok[i + k];
					free_tok = free_tok && !tk->used && !taken[i + k] && !tk->num && !in_grouping(p, i + k) &&
					           strcmp(tk->w, "id") != 0;
					w.tok[w.n++] = (int)(i + k);
				}
				if (!free_tok)
					continue;
				bool own = false; /* the column said by its own words (gen21) */
				if ((c = named_text_col(p, &w, t)) && says_every_word(p, &w, c->name))
					cn = c->name, own = true;
				else if (len == 1 && tok_says(p, &p->in.tok[i], "name") && (cn = one_name_col(t)))
					; /* "name and how many": the entity's one name (gen18) */
				else if (len == 1 && tok_says(p, &p->in.tok[i], "surname") && (cn = surname_col(t)))
					own = true; /* "фамилия": the last name, one word (gen27) */
				else if (len == 1 &&
				         (strcmp(p->in.tok[i].w, "имя") == 0 || strcmp(p->in.tok[i].w, "имена") == 0) &&
				         (cn = given_name_col(t)))
					own = true; /* "имя, фамилия": the given name beside a surname */
				else
					continue;
				before = p->dims.n;
				if (add_dim(p, t, cn, cn))
					return;
				/* the words a listed column said are no values either */
				for (k = 0; k < len; k++)
					taken[i + k] = p->owner[i + k] = true;
				/* "имя клиента", "the customer's first name": the word after
				 * the column that names its rows again is its owner, no
				 * value of its own (the lead, round 29: "клиента" of "имя
				 * клиента" had filtered ticket_messages.author_kind =
				 * 'customer') */
				if (i + len < p->in.ntok && !p->in.tok[i + len].num &&
				    (says_dim_rows(p, i + len) || owner_word(p, i + len, t)))
					p->owner[i + len] = true;
				if (p->dims.n == before)
					continue;
				sx_gen_thought(p->th, "\"%s\" lists %s.%s beside the dimension", p->in.tok[i].w, t->name, cn);
				if (own && nl < GEN_MAX_ITEMS && (!nl || listed[nl - 1] != t))
					listed[nl++] = t;
				/* the columns listed are the ones wanted: the label the
				 * entity brought gives way */
				for (k = 0; lc && k < p->dims.n; k++)
					if (p->dims.v[k].table == t && strcmp(p->dims.v[k].column, lc) == 0) {
						memmove(&p->dims.v[k], &p->dims.v[k + 1], (p->dims.n - k - 1) * sizeof p->dims.v[0]);
						p->dims.n--, nd -= k < nd;
						break;
					}
			}
	}
	/* "customers ...: first name, last name and how many": the columns
	 * listed by their own words are the output, and with "id" said nowhere
	 * the key gives way too (gen21); a bare "name" (the entity's one name
	 * column, gen18) keeps the key beside it */
	if (id_said(p))
		return;
	for (d = 0; d < nl; d++) {
		const char *kc = key_of(p, listed[d]);
		for (i = 0; kc && i < p->dims.n; i++)
			if (p->dims.v[i].table == listed[d] && strcmp(p->dims.v[i].column, kc) == 0) {
				sx_gen_thought(p->th, "%s.%s gives way to the columns listed (still grouped by)",
				               listed[d]->name, kc);
				if (!p->hidden_t)
					p->hidden_t = listed[d], p->hidden_c = kc;
				memmove(&p->dims.v[i], &p->dims.v[i + 1], (p->dims.n - i - 1) * sizeof p->dims.v[0]);
				p->dims.n--;
				break;
			}
	}
}

/* A dimension phrase: a column of the fact or of a table reachable N:1. */
/* The Russian words of a phrase that neither the search lexicon nor
 * gen's own list translates (all their terms Cyrillic): the English words
 * the English-Russian dictionary gives for them, those the schema's
 * documents hold (sx_search_translate), join their terms first, as a
 * lexicon concept would ("округам" -> counti where a County column
 * exists). Returns how many words gained terms, or SX_ENOMEM. */
static int translate_phrase(plan *p, const gen_phrase *ph)
{
	char en[2][SX_SEARCH_TERM_MAX];
	size_t i, k, n;
	int done = 0;
	if (!p->search)
		return 0;
	for (i = 0; i < ph->n; i++) {
		gen_tok *t = &p->in.tok[ph->tok[i]];
		bool latin = false;
		int got;
		if (!t->cyr || t->num || !t->nterms || t->nterms >= 6)
			continue;
		for (k = 0; k < t->nterms; k++)
			latin |= (unsigned char)t->terms[k][0] < 0x80;
		if (latin)
			continue;
		if ((got = sx_search_translate(p->search, t->w, en, 2)) < 0)
			return got;
		n = (size_t)got < 6 - t->nterms ? (size_t)got : 6 - t->nterms;
		if (!n)
			continue;
		memmove(t->terms[n], t->terms[0], t->nterms * sizeof t->terms[0]);
		for (k = 0; k < n; k++)
			snprintf(t->terms[k], sizeof t->terms[0], "%s", en[k]);
		t->nterms += n;
		done++;
	}
	return done;
}

static int resolve_dim_words(plan *p, const gen_phrase *ph, const sx_table *fact, bool entity_grain);

/* A dimension; when no column or table answers a Russian phrase, its
 * words are translated by the dictionary (translate_phrase) and it is
 * tried once more, so that a phrase the lexicon reads keeps its reading. */
/* The self reference of t: a single-column reference from t to t itself
 * (reports_to, manager_id, parent_id), declared or inferred; NULL: none. */
static const sx_map_rel *self_ref(plan *p, const sx_table *t)
{
	const sx_map_rel **rels = NULL, *found = NULL;
	size_t nr = 0, i;
	if (sx_dbmap_rels_of(p->map, t, &rels, &nr, NULL))
		return NULL;
	for (i = 0; i < nr && !found; i++)
		if (rels[i]->from.t == t && rels[i]->to.t == t && !rels[i]->polymorphic && !rels[i]->via.t &&
		    rels[i]->from.ncols == 1 && rels[i]->status != SX_STATUS_REJECTED && rels[i]->confidence >= 0.5)
			found = rels[i];
	free(rels);
	return found;
}

/* The superior a phrase says ("the employee's manager", "по руководителю
 * сотрудника", "supervisor", "boss"): the English word, or NULL. The
 * lexicon gives a Russian word its English term. */
static const char *superior_said(plan *p, const gen_phrase *ph)
{
	static const char *const sup[] = {"manager", "supervisor", "boss", "chief", NULL};
	size_t w, k;
	for (w = 0; w < ph->n; w++)
		for (k = 0; sup[k]; k++)
			if (tok_says(p, &p->in.tok[ph->tok[w]], sup[k]))
				return sup[k];
	return NULL;
}

/* A dimension phrase that says a superior of the entity it found, whose
 * table refers to itself: its dimensions are read on the row the self
 * reference points at (a second copy of the table), named by the role
 * ("manager_last_name"). Not where another table's reference names the
 * superior itself ("sales_manager_id" of the orders: that reference is
 * the role, one hop). */
static void superior_role(plan *p, const gen_phrase *ph, size_t from)
{
	const char *sup = superior_said(p, ph);
	size_t i;
	for (i = from; sup && i < p->dims.n; i++) {
		sx_gen_dim *d = &p->dims.v[i];
		const sx_map_rel *r = self_ref(p, d->table), **rels = NULL;
		size_t nr = 0, k;
		bool other = false;
		char name[160];
		if (!r || d->role_col)
			continue;
		if (!sx_dbmap_rels_of(p->map, d->table, &rels, &nr, NULL)) {
			for (k = 0; k < nr; k++)
				other |= rels[k]->to.t == d->table && rels[k]->from.t != d->table &&
					 rels[k]->from.ncols == 1 && has_word(rels[k]->from.cols[0], sup);
			free(rels);
		}
		if (other)
			continue;
		d->role_col = astr(p, r->from.cols[0]);
		p->role_t = d->table, p->role_col = d->role_col, p->role_word = sup;
		snprintf(name, sizeof name, "%s_%s", sup, d->column);
		d->name = astr(p, name);
		sx_gen_thought(p->th, "\"%s\" is the %s's superior: %s.%s read on the row %s points at (a second %s, "
			       "joined on its self reference)", sup, d->table->name, d->table->name, d->column,
			       r->from.cols[0], d->table->name);
	}
}

/* Every dimension of a table read through its self reference is read
 * there (a label listed after the role: "Manager by last name", "(фамилия
 * руководителя)"; the same table named again as the path, "the support
 * agents who report to them"). */
static void spread_roles(plan *p)
{
	size_t k;
	char name[160];
	for (k = 0; p->role_t && k < p->dims.n; k++) {
		sx_gen_dim *d = &p->dims.v[k];
		if (d->role_col || d->table != p->role_t)
			continue;
		d->role_col = p->role_col;
		snprintf(name, sizeof name, "%s_%s", p->role_word, d->column);
		d->name = astr(p, name);
	}
}

/* "orders per manager", "каждый менеджер отгрузил": "manager" /
 * "менеджер" alone is also the job of the person a record is handled by
 * (a sales manager, an account manager): when the phrase says it and no
 * stronger word of rank (supervisor, boss, chief, руководитель), and the
 * intent says nothing else of e's rows (its table's words outside the
 * phrase) nor of reporting ("report to", "подчин*"), the manager is the
 * e row the fact refers to, not its superior (gen27). */
static bool sales_manager(plan *p, const gen_phrase *ph, const sx_table *e)
{
	sx_terms tn;
	size_t i, k;
	bool only_manager = false, other = false;
	for (i = 0; i < ph->n; i++) {
		const char *w = p->in.tok[ph->tok[i]].w;
		if (strcmp(w, "manager") == 0 || strcmp(w, "managers") == 0 || strncmp(w, "менеджер", 16) == 0)
			only_manager = true;
		else if (superior_said(p, &(gen_phrase){1, {ph->tok[i]}}))
			return false;
	}
	if (!only_manager)
		return false;
	sx_terms_init(&tn);
	sx_analyze(p->an, e->name, strlen(e->name), 1.0f, &tn, NULL);
	for (i = 0; i < p->in.ntok && !other; i++) {
		const char *w = p->in.tok[i].w;
		bool in_ph = false;
		for (k = 0; k < ph->n; k++)
			in_ph |= (size_t)ph->tok[k] == i;
		other = strncmp(w, "report", 6) == 0 || strncmp(w, "подчин", 12) == 0 ||
		        (!in_ph && tok_in_terms(&p->in.tok[i], &tn));
	}
	sx_terms_release(&tn);
	return !other;
}

/* "employees per manager", "orders per manager of the employee": a
 * superior no table's words name is the row a self reference points at,
 * on the fact or on a table it reaches many-to-one (the fact first): that
 * table's key and label, read through the self reference (gen24). */
static bool superior_entity(plan *p, const gen_phrase *ph, const sx_table *fact, size_t before)
{
	const sx_table *tabs[8], *far[16], *e = NULL;
	size_t nt, nf, k;
	const char *kc, *lc;
	char txt[128];
	if (!superior_said(p, ph))
		return false;
	nt = fact_and_parents(p, fact, tabs);
	nf = grandparents(p, tabs, nt, far);
	for (k = 0; k < nt + nf && !e; k++) {
		const sx_table *t = k < nt ? tabs[k] : far[k - nt];
		if (self_ref(p, t) && (t == fact || n1_path(p, fact, t, &(sx_gen_group){0}, false)))
			e = t;
	}
	if (!e || !(kc = key_of(p, e)))
		return false;
	lc = label_col(p, e);
	if (entity_dim(p, e, kc, kc, false) || (lc && entity_dim(p, e, lc, lc, false)))
		return false;
	sx_gen_thought(p->th, "dimension \"%s\": no table named; %s refers to itself -> %s.%s%s%s",
		       phrase_text(p, ph, txt, sizeof txt), e->name, e->name, kc, lc ? " + " : "", lc ? lc : "");
	if (e != fact && sales_manager(p, ph, e)) {
		sx_gen_thought(p->th, "\"%s\" is the %s the %s refers to (a manager of the %s, not a superior of "
			       "a %s row the intent names)", txt, e->name, fact->name, fact->name, e->name);
		return true;
	}
	superior_role(p, ph, before);
	return true;
}

static int resolve_dim(plan *p, const gen_phrase *ph, const sx_table *fact, bool entity_grain)
{
	size_t before = p->dims.n;
	int rc = resolve_dim_words(p, ph, fact, entity_grain), tr;
	if (!rc)
		superior_role(p, ph, before);
	if (rc != SX_EINVAL)
		return rc;
	if ((tr = translate_phrase(p, ph)) < 0)
		return sx_error_set(p->err, tr, "out of memory");
	if (tr > 0) {
		sx_gen_thought(p->th, "trying the dictionary's English words for a Russian phrase");
		rc = resolve_dim_words(p, ph, fact, entity_grain);
		if (!rc)
			superior_role(p, ph, before);
	}
	if (rc == SX_EINVAL && superior_entity(p, ph, fact, before)) {
		sx_error_clear(p->err);
		rc = 0;
	}
	return rc;
}

/* A table other than the fact among tabs[0..nt) one of whose text
 * values the phrase's first words spell whole, two words or more ("per
 * sales support agent": Employee.Title 'Sales Support Agent'): the phrase
 * names those rows, so that table is the entity; NULL if none does. */
static const sx_table *phrase_names_value(plan *p, const gen_phrase *ph, const sx_table *const *tabs, size_t nt)
{
	size_t k, i, j, w;
	/* two Latin words at least, or no value can be spelled: no lookup */
	if (ph->n < 2 || p->in.tok[ph->tok[0]].cyr || p->in.tok[ph->tok[1]].cyr)
		return NULL;
	for (k = 1; k < nt; k++)
		for (i = 0; i < tabs[k]->ncols; i++) {
			char **v = NULL;
			size_t n = tabs[k]->cols[i].family == SX_TF_TEXT ? col_values(p, tabs[k], &tabs[k]->cols[i], &v) : 0;
			bool hit = false;
			for (j = 0; j < n && !hit; j++) {
				const char *c = v[j];
				for (w = 0; w < ph->n && *c; w++) {
					const gen_tok *t = &p->in.tok[ph->tok[w]];
					size_t l = strlen(t->w);
					if (t->cyr || strncasecmp(c, t->w, l) != 0 || (c[l] && c[l] != ' '))
						break;
					c += l;
					while (*c == ' ')
						c++;
				}
				hit = !*c && w >= 2;
			}
			free_values(v, n);
			if (hit)
				return tabs[k];
		}
	return NULL;
}

static int resolve_dim_words(plan *p, const gen_phrase *ph, const sx_table *fact, bool entity_grain)
{
	bool person = false, bperson = false; /* a person's column of a dimension's person (gen17) */
	double conf = 0, bs = 0;
	const sx_table *e = resolve_entity(p, ph, &conf), *bt = NULL;
	const sx_column *bc = NULL;
	sx_gen_group g = {0};
	sx_gen_join joins[16];
	char name[160], txt[128];
	size_t i, k;
	g.fact = fact;
	g.joins = joins;
	phrase_text(p, ph, txt, sizeof txt);
	/* columns of the fact and of its N:1 neighbourhood */
	{
		const sx_table *tabs[24];
		size_t nt = 0;
		const sx_map_rel **rels = NULL;
		size_t nr = 0;
		tabs[nt++] = fact;
		for (k = 0; k < nt && nt < 24; k++) {
			if (k > 6)
				break;
			if (sx_dbmap_rels_of(p->map, tabs[k], &rels, &nr, NULL))
				break;
			for (i = 0; i < nr && nt < 24; i++) {
				const sx_map_rel *r = rels[i];
				size_t j;
				bool seen = false;
				if (r->from.t != tabs[k] || !r->to.t || r->polymorphic || r->via.t ||
				    r->status == SX_STATUS_REJECTED || r->confidence < 0.5)
					continue;
				for (j = 0; j < nt; j++)
					if (tabs[j] == r->to.t)
						seen = true;
				if (!seen)
					tabs[nt++] = r->to.t;
			}
			free(rels);
			rels = NULL;
		}
		for (k = 0; k < nt; k++)
			for (i = 0; i < tabs[k]->ncols; i++) {
				const sx_column *c = &tabs[k]->cols[i];
				sx_gen_sem sem = sx_gen_column_sem(tabs[k], c);
				double sc;
				bool plain = false;
				/* a plain attribute of a lookup the fact reaches by a code
				 * (Sakila's untyped film.rating, a city of a location): no
				 * category by its name or type, but the phrase names it
				 * completely; text or untyped (SQLite gives an untyped column
				 * the blob affinity), never a number or free text */
				if (sem != SX_SEM_CATEGORY && sem != SX_SEM_STATUS &&
				    sem != SX_SEM_LABEL && sem != SX_SEM_FLAG) {
					/* an integer code the phrase names whole ("per major",
					 * Student.Major INTEGER) groups too (gen17) */
					bool code = c->family == SX_TF_INTEGER && sem == SX_SEM_MEASURE;
					/* a readable word inside a composite key ("per
					 * building", classroom(building, room_number)):
					 * a natural key's part, not a number or an id */
					bool natural = sem == SX_SEM_IDENTIFIER && c->family == SX_TF_TEXT &&
						       tabs[k]->pk.ncols > 1 && sx_table_col_in_pk(tabs[k], c->name) &&
						       !has_word(c->name, "id") && !has_word(c->name, "no") &&
						       !has_word(c->name, "number") && !has_word(c->name, "uuid") &&
						       !has_word(c->name, "ref") && !sx_str_endswith(c->name, "_id");
					if (natural)
						sem = SX_SEM_TEXT;
					if ((sem != SX_SEM_TEXT && sem != SX_SEM_OTHER && !code) ||
					    (c->family != SX_TF_TEXT && c->family != SX_TF_OTHER && !code &&
					     (c->type && *c->type)) ||
					    free_text_name(c->name))
						continue;
					plain = true;
				}
				sc = col_match(p, ph, tabs[k], c);
				/* personal data only when the phrase names it whole ("the
				 * teacher's last name", "по фамилии сотрудника") */
				if (sx_dbmap_column(p->map, tabs[k], c->name) && (sc < 0.8 || only_table_words(p, ph, tabs[k])))
					continue;
				if (plain && sc < 0.9)
					continue;
				sc -= 0.05 * (double)(k > 0) + 0.05 * (double)plain;
				/* "сотрудника показать по фамилии": a person's column of
				 * the person another phrase made a dimension (gen17) */
				if (sx_dbmap_column(p->map, tabs[k], c->name)) {
					size_t d;
					for (d = 0; d < p->dims.n && d < 64 && !person; d++)
						person = p->dims.v[d].table == tabs[k] && (p->ent_dims >> d & 1);
					sc += 0.1 * (double)person;
				}
				if (sc > bs)
					bs = sc, bt = tabs[k], bc = c, bperson = person;
				person = false;
			}
		/* a readable code held by a reference, said by the reference's whole
		 * name ("per transaction type code", "по коду типа транзакции"): a
		 * column named as a dimension gives that column only, no join to its
		 * lookup's label; text codes only (an integer key says nothing) */
		for (k = 0; k < nt; k++) {
			const sx_table *ct = NULL;
			const sx_column *cc = NULL;
			if (sx_dbmap_rels_of(p->map, tabs[k], &rels, &nr, NULL))
				break;
			for (i = 0; i < nr && !cc; i++) {
				const sx_map_rel *r = rels[i];
				const sx_column *c;
				if (r->from.t != tabs[k] || !r->to.t || r->to.t == tabs[k] || r->from.ncols != 1 ||
				    r->polymorphic || r->status == SX_STATUS_REJECTED || r->confidence < 0.5 ||
				    !(c = sx_table_find_column(tabs[k], r->from.cols[0])) || c->family != SX_TF_TEXT)
					continue;
				if (says_column_not_table(p, ph, c->name, r->to.t))
					ct = tabs[k], cc = c;
			}
			free(rels);
			rels = NULL;
			if (cc) {
				sx_gen_thought(p->th, "\"%s\" says the code column %s.%s whole: that column only", txt,
					       ct->name, cc->name);
				bt = ct, bc = cc, bs = 1.0;
				goto column;
			}
		}
		{
			const sx_table *vt = phrase_names_value(p, ph, tabs, nt);
			if (vt && vt != e) {
				sx_gen_thought(p->th, "\"%s\" spells a value of %s: its rows are the entity", txt, vt->name);
				e = vt;
			}
		}
		/* a role-named reference the phrase names ("support rep" -> SupportRepId,
		 * "account manager" -> manager_id): the table it points at is the entity */
		{
			double fs = 0.85;
			const sx_table *fe = NULL;
			for (k = 0; k < nt; k++) {
				if (sx_dbmap_rels_of(p->map, tabs[k], &rels, &nr, NULL))
					break;
				for (i = 0; i < nr; i++) {
					const sx_map_rel *r = rels[i];
					const sx_column *c;
					double sc;
					if (r->from.t != tabs[k] || !r->to.t || r->from.ncols != 1 || r->polymorphic ||
					    r->status == SX_STATUS_REJECTED || r->confidence < 0.5 ||
					    !(c = sx_table_find_column(tabs[k], r->from.cols[0])))
						continue;
					sc = col_match(p, ph, tabs[k], c);
					if (sc > fs)
						fs = sc, fe = r->to.t;
				}
				free(rels);
				rels = NULL;
			}
			/* only when the phrase names no table itself ("product category"
			 * names categories, whatever product_id says) */
			if (fe && fe != e && fe != fact && (!bc || fs > bs) && !(e && name_bonus(p, ph, e) > 0)) {
				sx_gen_thought(p->th, "\"%s\" names a reference column: its table %s is the entity", txt,
					       fe->name);
				e = fe;
				entity_grain = entity_grain || false;
			}
		}
		{
			const sx_table *rt;
			const sx_column *rc;
			if (role_column(p, ph, tabs, nt, &rt, &rc) > bs && !(e && e != rt && name_bonus(p, ph, e) >= 1.0) &&
			    (rt == fact || n1_path(p, fact, rt, &g, false))) {
				sx_gen_thought(p->th, "\"%s\" says a reference and a column of its table: %s.%s", txt,
					       rt->name, rc->name);
				bt = rt, bc = rc, bs = 0.95;
				goto column;
			}
		}
	}
	/* "teacher's last name", "по фамилии сотрудника": the phrase names a
	 * text column of the entity whole, other than its label, and names the
	 * entity too: that column,
	 * and the entity's key and label other phrases gave give way to it (gen16) */
	if (e && !entity_grain && table_words_said(p, ph, e) > 0 && (e == fact || n1_path(p, fact, e, &g, false))) {
		const sx_column *nc = named_text_col(p, ph, e);
		if (nc) {
			bt = e, bc = nc, bs = 0.9;
			goto column;
		}
	}
	if (e && e != fact && !entity_grain && name_bonus(p, ph, e) == 0 && bc && bs > 0 && !says_name_of(p, ph, e))
		goto column; /* the phrase names a column ("sales channel"), not the table */
	/* "сегментов клиентов": a category column of the named table, unless the
	 * phrase names the table completely ("category" is the categories: their
	 * key and label, not their category_name alone) */
	if (e && !entity_grain && bc && bt == e && bs >= 0.6 && sx_gen_column_sem(bt, bc) != SX_SEM_LABEL &&
	    name_bonus(p, ph, e) < 1.0 && !only_table_words(p, ph, e))
		goto column;
	if (e && e != fact && !n1_path(p, fact, e, &g, false)) {
		/* "film category" names the bridge film_category: the dimension is
		 * the side the fact reaches only through it (category) */
		const sx_map_rel **rels = NULL;
		size_t nr = 0;
		if (!sx_dbmap_rels_of(p->map, e, &rels, &nr, NULL)) {
			for (i = 0; i < nr; i++) {
				const sx_map_rel *r = rels[i];
				bool direct;
				if (r->from.t != e || !r->to.t || r->to.t == e || r->polymorphic ||
				    r->via.t || r->from.ncols != 1 ||
				    r->status == SX_STATUS_REJECTED || r->confidence < 0.5)
					continue;
				p->no_bridge = true;
				direct = n1_path(p, fact, r->to.t, &g, false);
				p->no_bridge = false;
				if (!direct && n1_path(p, fact, r->to.t, &g, false)) {
					sx_gen_thought(
					    p->th,
					    "\"%s\" names the bridge %s: the dimension is its %s",
					    txt, e->name, r->to.t->name);
					e = r->to.t;
					break;
				}
			}
			free(rels);
		}
		/* "film category name": the name of rows the fact reaches only
		 * over a bridge (film_category) is said: that bridge is taken (gen20) */
		if (says_name_of(p, ph, e))
			p->no_bridge = false;
	}
entity:
	if (e && ((e == fact && entity_grain) || (e != fact && n1_path(p, fact, e, &g, false)))) {
		const char *kc = key_of(p, e), *lc = label_col(p, e);
		bool said_id = false;
		/* "per investor id": the key said, the key only (gen11) */
		for (i = 0; i < ph->n; i++)
			if (strcmp(p->in.tok[ph->tok[i]].w, "id") == 0 || strcmp(p->in.tok[ph->tok[i]].w, "ids") == 0)
				lc = NULL, said_id = true;
		if (!kc)
			goto column;
		if (lc && !entity_grain && !said_id && name_only(p, ph, e)) {
			sx_gen_thought(p->th, "\"%s\": its name is asked, not its key: %s.%s alone", txt, e->name, lc);
			if (!p->hidden_t)
				p->hidden_t = e, p->hidden_c = kc;
			kc = NULL;
		} else if (lc && has_word(lc, "description") && code_table(e, gen_col(e, lc)) &&
		           !said_after_table(e, gen_col(e, lc))) {
			/* a code table's code is read as it is: its description (no
			 * label before gen27) only when a name is asked ("colour
			 * name") (gen27) */
			lc = NULL;
		}
		/* named after the table (singular), so English and Russian intents give
		 * the same columns: categories -> category_id, category_name */
		snprintf(name, sizeof name, "%s", e->name);
		{
			size_t l = strlen(name);
			if (l > 4 && strcmp(name + l - 3, "ies") == 0)
				snprintf(name + l - 3, sizeof name - (l - 3), "y");
			else if (l > 3 && name[l - 1] == 's' && name[l - 2] != 's')
				name[l - 1] = '\0';
		}
		if (kc) {
			/* a column already named after its table keeps its name (CategoryID) */
			char kn[200];
			snprintf(kn, sizeof kn, "%s_%s", name, strcmp(kc, "id") == 0 ? "id" : kc);
			if ((strcmp(kc, "id") != 0 && sx_str_endswith(kc, "_id")) ||
			    strncasecmp(kc, name, strlen(name)) == 0)
				snprintf(kn, sizeof kn, "%s", kc);
			entity_dim(p, e, kc, kn, said_id);
		}
		if (lc && !entity_grain) {
			char ln[200];
			snprintf(ln, sizeof ln, "%s_%s", name, lc);
			if (strncasecmp(lc, name, strlen(name)) == 0)
				snprintf(ln, sizeof ln, "%s", lc);
			entity_dim(p, e, lc, ln, said_id);
		}
		sx_gen_thought(p->th, "dimension \"%s\" -> %s.%s%s%s (entity, joined many-to-one)", txt, e->name,
			       kc ? kc : "", lc && !entity_grain ? " + " : "", lc && !entity_grain ? lc : "");
		return 0;
	}
column:
	/* a lookup's label reached only weakly ("месте хранения" ->
	 * Location_Name at 0.30): the phrase names the lookup's rows, its key
	 * and label (gen15) */
	if (bc && bt != fact && bt != e && bs < 0.5 && key_of(p, bt) && strcmp(key_of(p, bt), bc->name) != 0 &&
	    label_col(p, bt) && strcmp(label_col(p, bt), bc->name) == 0 && n1_path(p, fact, bt, &g, false)) {
		sx_gen_thought(p->th, "\"%s\" says %s.%s only weakly (%.2f): the rows of %s", txt, bt->name,
		               bc->name, bs, bt->name);
		e = bt;
		entity_grain = false;
		goto entity;
	}
	/* a column that says the phrase this weakly is a guess ("по каждой
	 * строке заказа" -> t_ord_hdr.status at 0.10): no dimension, and the
	 * user is told (the lead, round 29) */
	if (bc && bs < 0.2) {
		sx_gen_thought(p->th, "dimension \"%s\": %s.%s says it too weakly (%.2f): no dimension", txt, bt->name,
			       bc->name, bs);
		if (p->fl)
			sx_finding_add(p->fl, SX_SEV_WARNING, SX_CAT_AMBIGUITY, "gen.dimension-weak", SX_ART_SELECT_SQL, 0,
				       0, "name the column with --dimension TABLE.COLUMN",
				       "no column says \"%s\" well (the best, %s.%s, scores %.2f): it is not grouped by",
				       txt, bt->name, bc->name, bs);
		return 0;
	}
	if (bc) {
		if ((bperson || named_text_col(p, ph, bt) == bc) && p->nnamed < sizeof p->named / sizeof p->named[0])
			p->named[p->nnamed++] = bt;
		sx_gen_thought(p->th, "dimension \"%s\" -> %s.%s (%.2f)", txt, bt->name, bc->name,
			       bs > 1 ? 1 : bs);
		return add_dim(p, bt, bc->name, bc->name);
	}
	/* "each game" over Plays_Games: the fact's own name holds the word and
	 * no column says it, but a table the fact refers to is named by it too
	 * (Video_Games): that one */
	if (e && e == fact && !entity_grain)
		for (i = 1; i < 3; i++) {
			const sx_table *a = p->last_alt[i];
			if (a && a != fact && name_bonus(p, ph, a) > 0 && fk_to(p, fact, a)) {
				sx_gen_thought(p->th, "\"%s\" names %s, the fact itself, and %s it refers to: %s", txt,
					       fact->name, a->name, a->name);
				e = a;
				goto entity;
			}
		}
	return sx_error_set(p->err, SX_EINVAL,
			    "no column or table for the dimension \"%s\" reachable from %s; rephrase "
			    "or use --dimension TABLE.COLUMN",
			    txt, fact->name);
}

/* Whether every word of ph lies inside a bracket opened before it and not
 * closed before its last word: "(routes sold but operated by another
 * carrier)" is an aside, no dimension asked (gen22). */
static bool phrase_in_brackets(const plan *p, const gen_phrase *ph)
{
	int open = 0;
	size_t k;
	if (!ph->n)
		return false;
	for (k = 0; k <= (size_t)ph->tok[ph->n - 1]; k++) {
		open += p->in.tok[k].nopen;
		if (k >= (size_t)ph->tok[0] && open <= 0)
			return false;
		if (k < (size_t)ph->tok[ph->n - 1])
			open -= p->in.tok[k].nclose;
	}
	return open > 0;
}

/* "Data quality check: which master customers ...": the phrase lies in a
 * heading, the first few words of the intent before its first colon,
 * where no word says a grouping ("per", "by", "по", "each"). */
static bool phrase_in_heading(const plan *p, const gen_phrase *ph)
{
	static const char *const by[] = {"per", "by", "each", "every", "по", "кажд*", "для", NULL};
	size_t c, k, j;
	if (!ph->n)
		return false;
	for (c = 0; c < p->in.ntok && c < 6 && !p->in.tok[c].colon; c++)
		;
	if (c >= 6 || c >= p->in.ntok || c + 1 >= p->in.ntok || (size_t)ph->tok[ph->n - 1] > c)
		return false;
	for (k = 0; k <= c; k++)
		for (j = 0; by[j]; j++) {
			size_t l = strlen(by[j]);
			if (by[j][l - 1] == '*' ? strncmp(p->in.tok[k].w, by[j], l - 1) == 0
						: strcmp(p->in.tok[k].w, by[j]) == 0)
				return false;
		}
	return true;
}

/* True when the rows of a are parts of the rows of b (a reaches b
 * many-to-one: order lines of an order): counting a is not another reading
 * of b, it would count b's parts. */
static bool part_of(plan *p, const sx_table *a, const sx_table *b)
{
	sx_gen_group g = {0};
	sx_gen_join joins[8];
	g.fact = a;
	g.joins = joins;
	return a != b && n1_path(p, a, b, &g, false);
}

/* A count whose dimension its table cannot reach many-to-one, but a child of
 * the table can (invoices per genre: the genre is on the lines' tracks):
 * count the table's distinct keys, or the distinct values counted, over
 * that child's rows. Only when every measure of the table is a count: a sum
 * over the child's rows would multiply the table's amounts. */
/* The tables whose rows each belong to one row of f (a NOT NULL key to it),
 * best scored first (rel_score), at most 16; none when a measure of f
 * cannot be counted over them (a sum, a counted expression, no key). */
static size_t count_kids(plan *p, const sx_table *f, const sx_table *kids[16])
{
	const sx_map_rel **rels = NULL;
	double ks[16];
	size_t nr = 0, nk = 0, i, j;
	const char *key = key_of(p, f);
	for (i = 0; i < p->meas.n; i++) {
		const sx_gen_measure *m = &p->meas.v[i];
		if (m->table == f &&
		    (m->via || (m->agg != SX_AGG_COUNT && m->agg != SX_AGG_COUNT_DISTINCT) ||
		     (m->agg == SX_AGG_COUNT && (m->expr || !key))))
			return 0;
	}
	if (sx_dbmap_rels_of(p->map, f, &rels, &nr, NULL))
		return 0;
	for (i = 0; i < nr && nk < 16; i++) {
		const sx_map_rel *r = rels[i];
		double sc;
		/* a nullable reference of a link table (no key of its own, a
		 * second reference: Participates_in (stuid, actid)) counts too:
		 * its rows without one join nothing (gen17) */
		if (r->to.t != f || !r->from.t || r->from.t == f || r->polymorphic || r->via.t ||
		    r->status == SX_STATUS_REJECTED || r->confidence < 0.5)
			continue;
		/* any other nullable reference comes after the others: a
		 * distinct count skips its NULLs ("suppliers with products in
		 * more than one category", products.category_id nullable) */
		sc = rel_score(p, r->from.t) - (r->from_nullable && !link_table(r->from.t) ? 10.0 : 0.0);
		for (j = nk; j > 0 && ks[j - 1] < sc; j--)
			kids[j] = kids[j - 1], ks[j] = ks[j - 1];
		kids[j] = r->from.t, ks[j] = sc;
		nk++;
	}
	free(rels);
	return nk;
}

/* Counts f's measures over its child kid: a plain count becomes a distinct
 * count of f's key, each measure's via kid. */
static void count_over(plan *p, const sx_table *f, const sx_table *kid)
{
	size_t j;
	for (j = 0; j < p->meas.n; j++) {
		sx_gen_measure *m = &p->meas.v[j];
		char ex[160];
		if (m->table != f)
			continue;
		if (m->agg == SX_AGG_COUNT) {
			snprintf(ex, sizeof ex, "{%s}", key_of(p, f));
			m->expr = astr(p, ex);
			m->agg = SX_AGG_COUNT_DISTINCT;
		}
		m->via = kid;
	}
}

/* "average broadcast share per program for the broadcasts in May" (gen39):
 * a month said with no year, on a table that keeps its dates as text
 * naming the month ("01,May", "10,Jun"): the values of its date-named
 * text column (a word date, day or month) that name that month, by its
 * English name or its first three letters, are kept. Nothing when no such
 * column or value. */
static int text_month(plan *p, const sx_table *t)
{
	static const char *const names[12] = {"january", "february", "march", "april", "may", "june",
	                                      "july", "august", "september", "october", "november", "december"};
	const char *mn = names[p->in.month_only - 1];
	size_t i, k;
	for (i = 0; t && i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		char **v = NULL;
		size_t n, hit = 0;
		if ((c->family != SX_TF_TEXT && c->family != SX_TF_OTHER) ||
		    !(has_word(c->name, "date") || has_word(c->name, "day") || has_word(c->name, "month")))
			continue;
		n = col_values(p, t, c, &v);
		for (k = 0; k < n; k++) {
			const char *s = v[k], *q;
			bool named = false;
			/* a word of the value: its letters between non-letters */
			for (q = s; *q && !named; q++) {
				size_t l = 0;
				if (!isalpha((unsigned char)*q) || (q > s && isalpha((unsigned char)q[-1])))
					continue;
				while (isalpha((unsigned char)q[l]))
					l++;
				named = (l == 3 || l == strlen(mn)) && l <= strlen(mn) && strncasecmp(q, mn, l) == 0;
			}
			if (!named)
				continue;
			if (add_value_filter(p, t, c->name, v[k], false)) {
				free_values(v, n);
				return sx_error_set(p->err, SX_ENOMEM, "out of memory");
			}
			hit++;
		}
		free_values(v, n);
		if (hit) {
			sx_gen_thought(p->th, "\"%s\" with no year: the %zu value%s of %s.%s (dates kept as text) that "
			               "name it", mn, hit, hit > 1 ? "s" : "", t->name, c->name);
			return 0;
		}
	}
	return 0;
}

/* "Top 5 albums by revenue -- album title and revenue", "Топ-5 товаров по
 * выручке: название товара и выручка", "... Product name and the number
 * of units sold": the list after the last colon, dash or ';' has two items
 * or more, one of them the number ranked by (a measure's word, or a word
 * of an amount, a count or a sum): that list is the whole output, no rank
 * column. A list of the members' columns only ("-- customer id and email")
 * keeps the rank beside the number, and so does a rank said (gen39). */
static bool top_list_names_number(const plan *p)
{
	static const char *const num[] = {"revenue", "sales", "total", "totals", "sum", "amount", "units", "count",
	                                  "number", "quantity", "how", "выручк*", "сумм*", "количеств*", "числ*",
	                                  "штук*", "сколько", "продаж*", NULL};
	const gen_intent *in = &p->in;
	size_t x, k, j, start = 0;
	bool two = false, number = false;
	for (x = 1; x < in->ntok; x++)
		if (in->tok[x].semi || in->tok[x - 1].colon || in->tok[x].dash || in->tok[x - 1].period)
			start = x;
	if (!start)
		return false;
	for (x = start; x < in->ntok; x++) {
		const gen_tok *t = &in->tok[x];
		if (gen_tok_is(t, "rank") || gen_tok_is(t, "ranks") || strncmp(t->w, "мест", strlen("мест")) == 0 ||
		    strncmp(t->w, "ранг", strlen("ранг")) == 0)
			return false;
		if (x > start && (gen_tok_is(t, "and") || gen_tok_is(t, "и") || gen_tok_is(t, ",")))
			two = true;
		number = number || gen_tok_kw(t, num);
		/* the measure's own name's word: "combs" of total_combs */
		for (k = 0; k < p->meas.n && !number && !t->num && strlen(t->w) >= 3; k++)
			number = has_word(p->meas.v[k].name, t->w);
		for (k = 0; k < in->nmeas && !number; k++) {
			number = in->meas[k].kwtok == (int)x && x > 0;
			for (j = 0; j < in->meas[k].noun.n && !number; j++)
				number = in->meas[k].noun.tok[j] == (int)x;
		}
	}
	return two && number;
}

/* "Топ-3 клиентов по количеству заказов — название компании и число
 * заказов": a top N's list that is its whole output (rank_hidden) and says
 * no id word shows the ranked rows by their label: their key, beside the
 * label, gives way (the ties broken by the label; gen39). */
static void top_key_gives_way(plan *p, sx_gen_spec *s)
{
	const sx_table *t;
	const char *kc;
	size_t i, k;
	if (s->top_dim >= p->dims.n)
		return;
	t = p->dims.v[s->top_dim].table;
	if (!(kc = key_of(p, t)))
		return;
	for (i = 0; i < p->dims.n; i++) {
		if (p->dims.v[i].table != t || strcmp(p->dims.v[i].column, kc) != 0)
			continue;
		for (k = 0; k < p->dims.n; k++)
			if (k != i && p->dims.v[k].table == t && strcmp(p->dims.v[k].column, kc) != 0)
				break;
		if (k == p->dims.n)
			return;
		sx_gen_thought(p->th, "%s.%s gives way to the listed label (no id asked)", t->name, kc);
		memmove(&p->dims.v[i], &p->dims.v[i + 1], (p->dims.n - i - 1) * sizeof p->dims.v[0]);
		p->dims.n--;
		if (i < s->top_dim)
			s->top_dim--;
		return;
	}
}

/* A dimension phrase that no column or table answers whole, by no reading
 * ("времени выхода в эфир" of a broadcast's Time_of_day, "class standing
 * freshman", "кафедре работают"): its first words are tried, the last word
 * dropped in turn, down to one (a Russian noun comes before the words
 * that qualify it; an English phrase's extra words are those a clause
 * went on with). The first that resolves is the dimension, reached
 * without a bridge (gen39). */
static int resolve_dim_head(plan *p, const gen_phrase *ph, const sx_table *fact)
{
	gen_phrase h = *ph;
	int rc = SX_EINVAL;
	char txt[128];
	phrase_text(p, ph, txt, sizeof txt);
	while (rc == SX_EINVAL && h.n > 1) {
		size_t before = p->dims.n, d;
		bool bridged = false;
		h.n--;
		if (p->err)
			sx_error_clear(p->err);
		if ((rc = resolve_dim(p, &h, fact, false)))
			continue;
		/* "product category" of freight: no products over the order lines */
		for (d = before; d < p->dims.n && !bridged; d++) {
			sx_gen_group g = {0};
			sx_gen_join joins[16];
			g.fact = fact;
			g.joins = joins;
			p->no_bridge = true;
			bridged = p->dims.v[d].table != fact && !n1_path(p, fact, p->dims.v[d].table, &g, false);
			p->no_bridge = false;
		}
		if (bridged) {
			p->dims.n = before;
			rc = SX_EINVAL;
			break;
		}
		sx_gen_thought(p->th, "no column says \"%s\" whole: its first %zu word%s read as the dimension",
			               txt, h.n, h.n > 1 ? "s" : "");
	}
	return rc;
}

static int count_via_child(plan *p, const gen_phrase *ph, const sx_table **fact)
{
	const sx_table *f = *fact;
	const sx_table *kids[16];
	size_t nk = count_kids(p, f, kids), i;
	for (i = 0; i < nk; i++) {
		size_t before = p->dims.n;
		if (resolve_dim(p, ph, kids[i], false))
			continue;
		if (p->err)
			sx_error_clear(p->err);
		count_over(p, f, kids[i]);
		sx_gen_thought(
		    p->th,
		    "%s does not reach \"%s\" many-to-one; its rows %s do: counting distinct %s "
		    "keys over %s",
		    f->name, p->dims.v[before < p->dims.n ? before : 0].name, kids[i]->name,
		    f->name, kids[i]->name);
		*fact = kids[i];
		return 0;
	}
	return SX_EINVAL;
}

/* A sum of a catalogue's price whose dimension the catalogue cannot reach
 * many-to-one, but the rows that refer to it can ("value of ordered
 * products by order status": the price is the product's, the status the
 * order's): when those rows have no money and no quantity of their own —
 * each is one unit of the catalogue's row, at its price, as an order line
 * without a quantity is — the price is summed over them. Only when every
 * measure of the table is such a sum. */
static int sum_over_units(plan *p, const gen_phrase *ph, const sx_table **fact)
{
	const sx_table *f = *fact;
	const sx_map_rel **rels = NULL;
	size_t nr = 0, i, j, n = 0;
	bool value = false; /* an average, MIN or MAX: over a link table only (gen17) */
	for (i = 0; i < p->meas.n; i++) {
		const sx_gen_measure *m = &p->meas.v[i];
		char cb[128];
		const char *cn;
		if (m->table != f)
			continue;
		cn = m->expr ? expr_col(m->expr, cb, sizeof cb) : NULL;
		value |= m->agg == SX_AGG_AVG || m->agg == SX_AGG_MIN || m->agg == SX_AGG_MAX;
		if (m->via || m->per || !cn || !gen_col(f, cn) ||
		    (m->agg == SX_AGG_SUM ? sx_gen_column_sem(f, gen_col(f, cn)) != SX_SEM_MONEY
		                          : m->agg != SX_AGG_AVG && m->agg != SX_AGG_MIN && m->agg != SX_AGG_MAX))
			return SX_EINVAL;
		n++;
	}
	if (!n || sx_dbmap_rels_of(p->map, f, &rels, &nr, NULL))
		return SX_EINVAL;
	for (i = 0; i < nr; i++) {
		const sx_map_rel *r = rels[i];
		const sx_table *c = r->from.t;
		size_t before = p->dims.n;
		bool own = false;
		if (r->to.t != f || !c || c == f || r->polymorphic || r->via.t ||
		    r->status == SX_STATUS_REJECTED || r->confidence < 0.5 ||
		    (value ? !link_table(c) && !relationship_table(c) : r->from_nullable))
			continue;
		for (j = 0; j < c->ncols && !own; j++) {
			sx_gen_sem sem = sx_gen_column_sem(c, &c->cols[j]);
			own = sem == SX_SEM_MONEY || sem == SX_SEM_QUANTITY;
		}
		{
			double ts;
			if (p->event_child && (!(best_time(p, c, &ts) && ts >= 0.5) || is_bridge(p, c, f)))
				continue;
		}
		if (own || resolve_dim(p, ph, c, false))
			continue;
		if (p->err)
			sx_error_clear(p->err);
		for (j = 0; j < p->meas.n; j++)
			if (p->meas.v[j].table == f)
				p->meas.v[j].via = c;
		sx_gen_thought(p->th,
		               "%s does not reach \"%s\" many-to-one; the rows %s that refer to it do, "
		               "and have no money or quantity of their own: each is one %s, %s",
		               f->name, p->dims.v[before < p->dims.n ? before : 0].name, c->name, f->name,
		               value ? "its value aggregated over them" : "at its price, summed over them");
		*fact = c;
		free(rels);
		return 0;
	}
	free(rels);
	return SX_EINVAL;
}

/* ---------------------------------------------------------------- values */

static const struct {
	const char *ru, *en;
} RU_VALUES[] = {
	{"отмен", "cancel"}, {"оплач", "paid"},	  {"доставл", "deliver"}, {"возвра", "return"},
	{"отправл", "ship"}, {"отгруж", "ship"},  {"ожида", "pend"},      {"неудач", "fail"},
	{"ошиб", "fail"},    {"сайт", "web"},     {"веб", "web"},	  {"приложен", "app"},
	{"мобильн", "app"},  {"телефон", "phone"}, {"магазин", "store"},  {"активн", "active"},
	{"удален", "delete"}, {"заблок", "lock"}, {"нов", "new"},         {"закрыт", "closed"},
	{"открыт", "open"},  {"неуспешн", "fail"}, {"успешн", "captur"}, {"списан", "redeem"},  {"отгруз", "ship"},
	{"заверш", "complet"}, {"выполн", "complet"}, {"оконч", "end"},   {"получ", "receiv"},
	{NULL, NULL}};

/* An English word against a lowercased value: equal, or a common prefix of
 * 5 letters, or of 4 when neither has more than 2 letters more. */
static bool latin_matches(const char *w, const char *lv)
{
	size_t k = 0;
	if (strcmp(w, lv) == 0)
		return true;
	while (w[k] && lv[k] && w[k] == lv[k])
		k++;
	return k >= 5 || (k >= 4 && (k == strlen(lv) || k == strlen(w)) && strlen(w) >= 4 &&
			  strlen(lv) >= 4 && (strlen(w) - k <= 2 && strlen(lv) - k <= 2));
}

/* A Latin spelling of a Cyrillic word, for comparing it with a value: к
 * and ц are written k, х kh, ж zh, ч ch, ш sh, щ sch, ю yu, я ya, ъ and ь
 * dropped. */
static void ru_latin(const char *w, char *out, size_t n)
{
	static const char *const lat[64] = {
	    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", /* а..п */
	    "r", "s", "t", "u", "f", "kh", "k", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", /* р..я */
	};
	size_t o = 0;
	out[0] = '\0';
	while (*w && o + 4 < n) {
		const unsigned char a = (unsigned char)w[0], b = (unsigned char)w[1];
		const char *l = NULL;
		if (a == 0xD0 && b >= 0xB0 && b <= 0xBF)
			l = lat[b - 0xB0];
		else if (a == 0xD1 && b >= 0x80 && b <= 0x8F)
			l = lat[16 + b - 0x80];
		else if (a == 0xD1 && b == 0x91)
			l = "e"; /* ё */
		if (l) {
			o += (size_t)snprintf(out + o, n - o, "%s", l);
			w += 2;
		} else if (a < 0x80) {
			out[o++] = (char)a, out[o] = '\0';
			w++;
		} else {
			return; /* another script: stop */
		}
	}
}

/* The same for a Latin value: c, q -> k, x -> ks, w -> v (lowercase in). */
static void latin_norm(const char *v, char *out, size_t n)
{
	size_t o = 0;
	for (; *v && o + 3 < n; v++) {
		char c = *v;
		if (c == 'c' || c == 'q')
			out[o++] = 'k';
		else if (c == 'x')
			out[o++] = 'k', out[o++] = 's';
		else if (c == 'w')
			out[o++] = 'v';
		else
			out[o++] = c;
	}
	out[o] = '\0';
}

/* A proper name said in Russian, in any case form ("во Франции",
 * "Германия", "из Флориды"): a Cyrillic word the lexicon does not
 * translate (a common word has an English concept among its terms) whose
 * Latin spelling shares a prefix of 5 letters with the value, or of 4 when
 * the value has at most one letter more ("Италии" -> Italy). */
static bool translit_matches(const gen_tok *t, const char *lv)
{
	char a[128], b[128];
	size_t i, k = 0, lb;
	for (i = 0; i < t->nterms; i++)
		if (t->terms[i][0] && !((unsigned char)t->terms[i][0] & 0x80))
			return false; /* translated: a common word, no name */
	if (strlen(lv) < 4)
		return false;
	ru_latin(t->w, a, sizeof a);
	latin_norm(lv, b, sizeof b);
	lb = strlen(b);
	while (a[k] && b[k] && a[k] == b[k])
		k++;
	return k >= 5 || (k >= 4 && lb - k <= 1);
}

static bool value_matches(const gen_tok *t, const char *v)
{
	char lv[64];
	size_t i, n = strlen(v);
	const char *w = t->w;
	if (n >= sizeof lv)
		return false;
	for (i = 0; i <= n; i++)
		lv[i] = (char)tolower((unsigned char)v[i]);
	/* "рублёвые", "dollar" name the currency's code: RUB, USD */
	if (n == 3 && gen_currency_code(t) && strcasecmp(gen_currency_code(t), v) == 0)
		return true;
	if (t->cyr) {
		for (i = 0; RU_VALUES[i].ru; i++)
			if (strncmp(w, RU_VALUES[i].ru, strlen(RU_VALUES[i].ru)) == 0)
				return strncmp(lv, RU_VALUES[i].en, strlen(RU_VALUES[i].en)) == 0;
		for (i = 0; i < t->nterms; i++)
			if (t->terms[i][0] && !((unsigned char)t->terms[i][0] & 0x80) &&
			    latin_matches(t->terms[i], lv))
				return true; /* the lexicon's English word: "Бразилия" */
		return translit_matches(t, lv);
	}
	return latin_matches(w, lv);
}

/* Values of a column: the dictionary, else a list in its comment. */
static size_t col_values(plan *p, const sx_table *t, const sx_column *c, char ***out)
{
	char **v = NULL;
	size_t n = 0;
	*out = NULL;
	if (sx_dbmap_column(p->map, t, c->name))
		return 0; /* never from personal data */
	if (p->req->values && p->req->values(p->req->values_payload, t, c->name, &v, &n) == 0 && n) {
		*out = v;
		return n;
	}
	if (c->comment) {
		/* "pending, captured, failed"; "Канал продаж: web, app, phone, store" */
		const char *s = strchr(c->comment, ':');
		char buf[256], *save = NULL, *tok;
		size_t cap = 0;
		snprintf(buf, sizeof buf, "%s", s ? s + 1 : c->comment);
		if (!strchr(buf, ','))
			return 0;
		for (tok = buf; tok && *tok;) {
			char *e = strpbrk(tok, ",");
			char *a;
			if (e)
				*e = '\0';
			while (*tok == ' ')
				tok++;
			a = tok;
			if (strncmp(a, "or ", 3) == 0)
				a += 3;
			{
				char *o = strstr(a, " or ");
				if (o) {
					*o = '\0';
					if (!sx_grow((void **)&v, &cap, n + 1, sizeof *v))
						v[n++] = sx_strdup(a);
					a = o + 4;
				}
			}
			if (*a && strlen(a) < 40 && !sx_grow((void **)&v, &cap, n + 1, sizeof *v))
				v[n++] = sx_strdup(a);
			tok = e ? e + 1 : NULL;
		}
		(void)save;
		*out = v;
	}
	return n;
}

static void free_values(char **v, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static int add_value_filter(plan *p, const sx_table *t, const char *col, const char *val, bool neg)
{
	size_t i;
	sx_gen_filter f = {0};
	for (i = 0; i < p->filt.n; i++) {
		sx_gen_filter *x = &p->filt.v[i];
		if (x->table == t && strcmp(x->column, col) == 0 && !x->is_date &&
		    (x->op == SX_FOP_IN || x->op == SX_FOP_NOT_IN) &&
		    (x->op == SX_FOP_NOT_IN) == neg) {
			const char **nv = sx_arena_alloc(p->s->arena, (x->nvalues + 1) * sizeof *nv);
			if (!nv)
				return SX_ENOMEM;
			memcpy(nv, x->values, x->nvalues * sizeof *nv);
			nv[x->nvalues++] = astr(p, val);
			x->values = nv;
			return 0;
		}
	}
	f.table = t;
	f.column = astr(p, col);
	f.op = neg ? SX_FOP_NOT_IN : SX_FOP_IN;
	f.nvalues = 1;
	f.values = sx_arena_alloc(p->s->arena, sizeof *f.values);
	if (!f.values)
		return SX_ENOMEM;
	f.values[0] = astr(p, val);
	return SX_VEC_PUSH(&p->filt, f);
}

/* The values of a status or category column (col_values); 0 and no list
 * for any other column. */
static size_t class_values(plan *p, const sx_table *t, const sx_column *c, char ***out)
{
	sx_gen_sem sem = sx_gen_column_sem(t, c);
	*out = NULL;
	if ((sem != SX_SEM_STATUS && sem != SX_SEM_CATEGORY) || !sx_gen_dict_wants(p->map, t, c))
		return 0;
	return col_values(p, t, c, out);
}

/* A filter col = val on t, in the spec's arena; NULL when out of memory. */
static sx_gen_filter *one_value_filter(plan *p, const sx_table *t, const char *col, const char *val)
{
	sx_gen_filter *f = sx_arena_alloc(p->s->arena, sizeof *f);
	if (!f)
		return NULL;
	memset(f, 0, sizeof *f);
	f->table = t;
	f->column = astr(p, col);
	f->op = SX_FOP_IN;
	f->nvalues = 1;
	f->values = sx_arena_alloc(p->s->arena, sizeof *f->values);
	if (!f->values)
		return NULL;
	f->values[0] = astr(p, val);
	return f;
}

/* A per-measure filter: a modifier of the counted noun ("delivered" in
 * "number of delivered orders") that is a value of a status or category
 * column of the counted table. The head noun and words of the table's own
 * name are never values ("web sessions"). Returns the filter, or NULL. */
/* A Russian adjective or participle by its ending ("доставленных",
 * "отменённым", "оплаченные"): the words that can say a status of a noun;
 * a noun ("возвратов") cannot. */
static bool ru_adjective(const char *w)
{
	static const char *const end[] = {"ых", "их", "ым", "им", "ая", "яя", "ое", "ее", "ые",
	                                  "ие", "ый", "ий", "ой", "ую", "юю", "ыми", "ими",
	                                  "ого", "его", "ому", "ему", NULL};
	size_t i, n = strlen(w);
	for (i = 0; end[i]; i++) {
		size_t l = strlen(end[i]);
		if (n > l + 4 && strcmp(w + n - l, end[i]) == 0)
			return true;
	}
	return false;
}

static const sx_gen_filter *measure_filter(plan *p, const sx_table *t, const gen_phrase *ph)
{
	sx_terms tt;
	size_t w, i, j, head;
	sx_gen_filter *f = NULL;
	if (!ph->n || !t)
		return NULL;
	/* English puts the head noun last; Russian words are checked by their
	 * own value stems, which no noun of a table says */
	head = p->in.tok[ph->tok[0]].cyr ? ph->n : ph->n - 1;
	sx_terms_init(&tt);
	sx_analyze(p->an, t->name, strlen(t->name), 1.0f, &tt, NULL);
	for (w = 0; w < ph->n && !f; w++) {
		gen_tok *tok = &p->in.tok[ph->tok[w]];
		if (w == head || tok_in_terms(tok, &tt) || (tok->cyr && !ru_adjective(tok->w)) ||
		    every_row_state(p, t, tok))
			continue;
		for (i = 0; i < t->ncols && !f; i++) {
			const sx_column *c = &t->cols[i];
			char **v;
			size_t n = class_values(p, t, c, &v);
			for (j = 0; j < n && !f; j++)
				if (value_matches(tok, v[j])) {
					if (!(f = one_value_filter(p, t, c->name, v[j])))
						break;
					tok->used = true;
					sx_gen_thought(p->th,
					               "\"%s\" -> %s.%s = '%s' for this measure "
					               "only (value dictionary)",
					               tok->w, t->name, c->name, v[j]);
				}
			free_values(v, n);
		}
	}
	sx_terms_release(&tt);
	return f;
}

/* Russian words of funnel steps, by stem, and the English word a part of
 * an event value starts with ("просмотром товара" -> product_view). */
static const struct {
	const char *ru, *en;
} RU_STEPS[] = {{"просмотр", "view"}, {"смотр", "view"},    {"товар", "product"},
                {"продукт", "product"}, {"корзин", "cart"}, {"добав", "add"},
                {"оформ", "checkout"},  {"покуп", "purchase"}, {"купи", "purchase"},
                {"поиск", "search"},   {"вход", "login"},    {"страниц", "page"},
                {"оплат", "pay"},      {"регистрац", "sign"}, {NULL, NULL}};

/* How many words of a funnel step a value says: each word that begins a
 * part of the value ("product" and "view" of product_view; "added" says
 * add; a Russian word through its English stem). */
static int step_score(const plan *p, const gen_phrase *step, const char *v)
{
	size_t w, i;
	int sc = 0;
	for (w = 0; w < step->n; w++) {
		const gen_tok *t = &p->in.tok[step->tok[w]];
		const char *en = NULL, *q = v;
		bool hit = false;
		if (t->cyr) {
			for (i = 0; RU_STEPS[i].ru && !en; i++)
				if (strncmp(t->w, RU_STEPS[i].ru, strlen(RU_STEPS[i].ru)) == 0)
					en = RU_STEPS[i].en;
			if (!en) {
				hit = value_matches(t, v);
				sc += hit;
				continue;
			}
		} else if (strlen(t->w) < 3 || strcmp(t->w, "the") == 0 || strcmp(t->w, "and") == 0)
			continue;
		while (*q && !hit) {
			const char *e = strchr(q, '_');
			size_t l = e ? (size_t)(e - q) : strlen(q), k = 0;
			if (en)
				hit = strlen(en) <= l && strncasecmp(q, en, strlen(en)) == 0;
			else {
				while (k < l && t->w[k] && tolower((unsigned char)q[k]) == t->w[k])
					k++;
				/* the whole part ("add" of "added"), or five letters in common */
				hit = (k == l && l >= 3) || k >= 5 || (k >= 4 && k == strlen(t->w));
			}
			q = e ? e + 1 : q + l;
		}
		sc += hit;
	}
	return sc;
}

/* A funnel step: "sessions with a product view" counts the distinct sessions
 * among the rows of a child that refers to them (events.session_id) whose
 * status or category column says the step (event_type = 'product_view'):
 * the step's words joined by '_' equal a value, or else one of them matches
 * it. Adds the measure (a distinct count of the child's key to e, filtered
 * inside its aggregate); SX_ENOTFOUND when no child has such a value. */
static int step_measure(plan *p, const sx_table *e, const gen_phrase *step, double conf, bool then)
{
	const sx_map_rel **rels = NULL;
	size_t nr = 0, i, k, j, w;
	char joined[128] = "", nm[200];
	const sx_table *bt = NULL;
	const char *bcol = NULL, *bfk = NULL;
	char *bval = NULL;
	int best = 0, rc;
	sx_gen_filter *f;
	for (w = 0; w < step->n; w++) {
		size_t l = strlen(joined);
		snprintf(joined + l, sizeof joined - l, "%s%s", w ? "_" : "",
		         p->in.tok[step->tok[w]].w);
	}
	if (sx_dbmap_rels_of(p->map, e, &rels, &nr, NULL))
		return SX_ENOTFOUND;
	for (i = 0; i < nr && best < 100; i++) {
		const sx_map_rel *r = rels[i];
		const sx_table *c = r->from.t;
		if (r->to.t != e || !c || c == e || r->polymorphic || r->via.t ||
		    r->from.ncols != 1 || r->status == SX_STATUS_REJECTED || r->confidence < 0.5)
			continue;
		for (k = 0; k < c->ncols && best < 100; k++) {
			const sx_column *col = &c->cols[k];
			char **v;
			size_t n = class_values(p, c, col, &v);
			for (j = 0; j < n && best < 100; j++) {
				int sc = strcasecmp(v[j], joined) == 0 ? 100 : step_score(p, step, v[j]);
				if (sc > best) {
					best = sc, bt = c, bcol = col->name, bfk = r->from.cols[0];
					free(bval);
					bval = sx_strdup(v[j]);
				}
			}
			free_values(v, n);
		}
	}
	free(rels);
	if (!best || !bval) {
		free(bval);
		return SX_ENOTFOUND;
	}
	f = one_value_filter(p, bt, bcol, bval);
	if (!f) {
		free(bval);
		return SX_ENOMEM;
	}
	snprintf(nm, sizeof nm, "%s_with_%s", e->name, bval);
	for (k = 0; nm[k]; k++)
		if (!isalnum((unsigned char)nm[k]) && nm[k] != '_')
			nm[k] = '_';
	sx_gen_thought(
	    p->th,
	    "funnel step \"%s\" -> distinct %s.%s where %s.%s = '%s' (value dictionary), "
	    "filtered inside its own aggregate",
	    joined, bt->name, bfk, bt->name, bcol, bval);
	free(bval);
	{
		char ex[160];
		size_t before = p->meas.n;
		snprintf(ex, sizeof ex, "{%s}", bfk);
		rc = add_measure(p, nm, SX_AGG_COUNT_DISTINCT, bt, ex, conf, false);
		if (!rc && p->meas.n > before)
			p->meas.v[before].only = f;
		if (!rc && then && p->meas.n > before) {
			/* "then": among the keys whose previous step (the measure just
			 * before, on the same rows) happened at or before this one */
			const sx_gen_measure *pm = before ? &p->meas.v[before - 1] : NULL;
			double ts;
			const sx_column *tc = best_time(p, bt, &ts);
			if (pm && pm->only && pm->table == bt && pm->agg == SX_AGG_COUNT_DISTINCT &&
			    pm->expr && strcmp(pm->expr, ex) == 0 && tc) {
				p->meas.v[before].after_step = before;
				p->meas.v[before].after_time = astr(p, tc->name);
				sx_gen_thought(p->th,
				               "\"then\": %s counts the %s whose %s = '%s' row comes at or "
				               "before it (by %s.%s), down the funnel",
				               nm, bfk, pm->only->column, pm->only->values[0], bt->name,
				               tc->name);
			} else {
				sx_gen_thought(p->th, "\"then\" before %s: no previous step on %s rows with a "
				               "time; counted on its own",
				               nm, bt->name);
			}
		}
	}
	return rc;
}

/* Matches value words against the value dictionary of the status and
 * category columns of the facts and their direct parents. */
/* The fact and the tables it refers to directly (at most 8 in all), into
 * tabs; returns how many. */
static size_t fact_and_parents(plan *p, const sx_table *fact, const sx_table *tabs[8])
{
	const sx_map_rel **rels = NULL;
	size_t nr = 0, i, nt = 0;
	tabs[nt++] = fact;
	if (!sx_dbmap_rels_of(p->map, fact, &rels, &nr, NULL)) {
		for (i = 0; i < nr && nt < 8; i++)
			if (rels[i]->from.t == fact && rels[i]->to.t && !rels[i]->polymorphic &&
			    rels[i]->confidence >= 0.5 && rels[i]->to.t != fact)
				tabs[nt++] = rels[i]->to.t;
		free(rels);
	}
	return nt;
}

/* "payments with payment method Visa", "invoices with billing country
 * Canada": a step no referring table's value says, one of whose words is a
 * value of a status or category column of the counted table or of a table
 * it refers to, is no funnel step but a filter: its words join the
 * leftover words that resolve_values matches against the values. */
static bool step_as_values(plan *p, const sx_table *e, const gen_phrase *step)
{
	const sx_table *tabs[8], *far[16], *kids[16];
	size_t nt = fact_and_parents(p, e, tabs), nf = grandparents(p, tabs, nt, far), nk = count_kids(p, e, kids);
	size_t w, k;
	bool any = false;
	for (w = 0; w < step->n && !any; w++) {
		const gen_tok *tok = &p->in.tok[step->tok[w]];
		const char *col;
		char *val = NULL;
		/* also a value two hops away or on the tables the rows of a child
		 * refer to: "students with a food allergy" (gen24) */
		any = value_of(p, tok, tabs, nt, &col, &val) >= 0 || value_of(p, tok, far, nf, &col, &val) >= 0;
		for (k = 0; k < nk && !any; k++) {
			const sx_table *up[8];
			size_t nu = fact_and_parents(p, kids[k], up);
			any = value_of(p, tok, up + 1, nu - 1, &col, &val) >= 0;
		}
		free(val);
	}
	if (!any)
		return false;
	for (w = 0; w < step->n && p->in.nouns.n < GEN_MAX_PHRASE; w++) {
		bool have = false;
		for (k = 0; k < p->in.nouns.n; k++)
			have |= p->in.nouns.tok[k] == step->tok[w];
		if (!have)
			p->in.nouns.tok[p->in.nouns.n++] = step->tok[w];
	}
	return true;
}

/* "bookings with kids", "бронирования с детьми" (gen21): a step whose
 * words say every meaning word of an integer column of the counted table
 * (no key, no reference, no flag, no year) is no funnel step but that
 * number being positive: Kids > 0. */
static int step_as_count_col(plan *p, const sx_table *e, const gen_phrase *step)
{
	const sx_column *best = NULL;
	size_t i;
	const char *yes, *no;
	if (!step->n)
		return SX_ENOTFOUND;
	for (i = 0; i < e->ncols; i++) {
		const sx_column *c = &e->cols[i];
		size_t n, said;
		if (c->family != SX_TF_INTEGER || sx_table_col_in_pk(e, c->name) || sx_table_col_fk(e, c->name) ||
		    flag_column(p, e, c, &yes, &no) || has_word(c->name, "year"))
			continue;
		said = said_between(p, c, step->tok[0], step->tok[step->n - 1], &n);
		if (n && said == n) {
			if (best)
				return SX_ENOTFOUND; /* two such columns: no guess */
			best = c;
		}
	}
	if (!best)
		return SX_ENOTFOUND;
	sx_gen_thought(p->th, "\"%s\" -> %s.%s > 0 (a count column of the rows said positive)",
	               p->in.tok[step->tok[0]].w, e->name, best->name);
	return add_bound_filter(p, e, best->name, SX_FOP_GT, "0");
}

/* The first status or category value of tables tabs[0..nt) that tok says:
 * the table's index (its column and value in *col, *val, the value on the
 * heap), or -1. */
static int value_of(plan *p, const gen_tok *tok, const sx_table *const *tabs, size_t nt, const char **col,
		    char **val)
{
	size_t k, i, j;
	for (k = 0; k < nt; k++)
		for (i = 0; i < tabs[k]->ncols; i++) {
			const sx_column *c = &tabs[k]->cols[i];
			char **v;
			size_t n = class_values(p, tabs[k], c, &v);
			for (j = 0; j < n; j++)
				if (value_matches(tok, v[j])) {
					*col = c->name;
					*val = v[j];
					v[j] = NULL;
					free_values(v, n);
					return (int)k;
				}
			free_values(v, n);
		}
	return -1;
}

/* The tables two many-to-one hops from the fact (parents of its parents,
 * none of tabs[0..nt)), into out: "orders of customers from the Nordic
 * region" puts the region on the customer's country (gen24). */
static size_t grandparents(plan *p, const sx_table *const *tabs, size_t nt, const sx_table *out[16])
{
	size_t k, i, j, no = 0;
	for (k = 1; k < nt; k++) {
		const sx_table *up[8];
		size_t nu = fact_and_parents(p, tabs[k], up);
		for (i = 1; i < nu && no < 16; i++) {
			bool seen = false;
			for (j = 0; j < nt && !seen; j++)
				seen = tabs[j] == up[i];
			for (j = 0; j < no && !seen; j++)
				seen = out[j] == up[i];
			if (!seen)
				out[no++] = up[i];
		}
	}
	return no;
}

/* A value no table of the fact's path holds, said of its child rows or the
 * tables they refer to ("students with a food allergy": the allergy's type,
 * on the allergies each student has): the fact is counted over that child
 * (count_over, only where its measures are counts) and the filter put where
 * the value is (gen24). The child, or NULL. */
static const sx_table *value_over_kid(plan *p, const sx_table *fact, const gen_tok *tok, bool neg)
{
	const sx_table *kids[16];
	size_t nk = count_kids(p, fact, kids), k, i;
	for (k = 0; k < nk; k++) {
		const sx_table *tabs[8], *far[8];
		size_t nt = fact_and_parents(p, kids[k], tabs), nf = 0;
		const char *col;
		char *val;
		int at;
		for (i = 0; i < nt; i++)
			if (tabs[i] != fact)
				far[nf++] = tabs[i];
		if ((at = value_of(p, tok, far, nf, &col, &val)) < 0)
			continue;
		sx_gen_thought(p->th, "\"%s\" -> %s.%s %s '%s' (value dictionary, on the %s rows of each %s: "
			       "counting distinct %s keys over them)", tok->w, far[at]->name, col, neg ? "<>" : "=",
			       val, kids[k]->name, fact->name, fact->name);
		count_over(p, fact, kids[k]);
		add_value_filter(p, far[at], col, val, neg);
		free(val);
		return kids[k];
	}
	return NULL;
}

static int resolve_values(plan *p, const sx_table *fact, bool leftovers)
{
	size_t w, k;
	const sx_table *tabs[8], *far[16];
	size_t nt = 0, nf;
	nt = fact_and_parents(p, fact, tabs);
	nf = grandparents(p, tabs, nt, far);
	for (w = 0; w < (leftovers ? p->in.nouns.n : p->in.nvals); w++) {
		int ti = leftovers ? p->in.nouns.tok[w] : p->in.vals[w].tok;
		bool neg = leftovers ? false : p->in.vals[w].neg;
		gen_tok *tok = &p->in.tok[ti];
		bool found = false;
		gen_phrase self = {1, {ti}};
		const sx_table *kid;
		const char *col;
		char *val;
		int at;
		if (p->spanned[ti] || p->owner[ti])
			continue; /* a word of a value said whole (said_values), a listed column's owner */
		/* a word that names one of these tables completely is its subject,
		 * never a value: "discontinued products excluded" is no category
		 * 'Produce' */
		for (k = 0; k < nt && !found; k++)
			found = name_bonus(p, &self, tabs[k]) >= 1.0;
		if (found || every_row_state(p, fact, tok))
			continue;
		if ((at = value_of(p, tok, tabs, nt, &col, &val)) >= 0 &&
		    (at == 0 || n1_path(p, fact, tabs[at], &(sx_gen_group){0}, false))) {
			found = true;
			sx_gen_thought(p->th, "\"%s\" -> %s.%s %s '%s' (value dictionary)", tok->w, tabs[at]->name, col,
				       neg ? "<>" : "=", val);
			add_value_filter(p, tabs[at], col, val, neg);
			tok->used = true;
			free(val);
		} else if (at >= 0) {
			/* on a table the fact reaches many-to-many only: over the
			 * child rows that refer to it, else no filter */
			found = true;
			free(val);
			if ((kid = value_over_kid(p, fact, tok, neg))) {
				tok->used = true;
				fact = kid;
				nt = fact_and_parents(p, fact, tabs);
				nf = grandparents(p, tabs, nt, far);
			}
		} else if ((at = value_of(p, tok, far, nf, &col, &val)) >= 0) {
			found = true;
			sx_gen_thought(p->th, "\"%s\" -> %s.%s %s '%s' (value dictionary, two hops from %s)", tok->w,
				       far[at]->name, col, neg ? "<>" : "=", val, fact->name);
			add_value_filter(p, far[at], col, val, neg);
			tok->used = true;
			free(val);
		} else if ((kid = value_over_kid(p, fact, tok, neg))) {
			found = true;
			tok->used = true;
			fact = kid;
			nt = fact_and_parents(p, fact, tabs);
			nf = grandparents(p, tabs, nt, far);
		}
		if (!found && !leftovers) {
			gen_phrase one = {1, {ti}};
			double c2;
			const sx_table *named = NULL;
			bool near = false;
			if (p->search && (named = resolve_entity(p, &one, &c2)))
				for (k = 0; k < nt; k++)
					near |= tabs[k] == named;
			if (near)
				continue; /* "excluding cancelled orders": "orders" is the subject */
			sx_gen_thought(p->th, "\"%s\": no column value matches it", tok->w);
			if (p->fl)
				sx_finding_add(p->fl, SX_SEV_WARNING, SX_CAT_AMBIGUITY, "gen.filter-unresolved",
					       SX_ART_SELECT_SQL, 0, 0, "use --filter TABLE.COLUMN=VALUE",
					       "the filter word \"%s\" matches no known column value", tok->w);
		}
	}
	return 0;
}

/* How much of a time column's meaning the intent says, outside the
 * dimensions, 0..1: "orders shipped in 1997" says shipped_date's "ship",
 * "forms fully completed" both words of date_fully_completed and one of
 * date_completion_started, "bookings ending in 2018" booking_end_date's
 * "end" (a word of the table's own name, "booking", says nothing: every
 * time column of the table has it; nor does a word that names the table,
 * "отгрузок" of shipments.shipped_at). */
static double time_said(plan *p, const sx_table *t, const sx_column *c)
{
	char w[6][40];
	size_t n = meaning_words(p, c, w), a, b, k, own = 0, said = 0;
	sx_terms tn;
	if (!n)
		return 0;
	sx_terms_init(&tn);
	sx_analyze(p->an, t->name, strlen(t->name), 1.0f, &tn, NULL);
	for (a = 0; a < n; a++) {
		bool o = false, m = false;
		for (k = 0; k < tn.n && !o; k++)
			o = tn.v[k].origin == SX_TERM_WORD && strcmp(tn.v[k].term, w[a]) == 0;
		if (o) {
			own++;
			continue;
		}
		for (b = 0; b < p->in.ntok && !m; b++) {
			const gen_tok *tk = &p->in.tok[b];
			const gen_tok *nx = b + 1 < p->in.ntok ? &p->in.tok[b + 1] : NULL;
			/* a word naming the table itself ("отгрузок" of shipments) says
			 * none of its times */
			if (tk->num || in_grouping(p, b) || !tk->nterms || tok_in_terms(tk, &tn))
				continue;
			/* the two dates compared (gen15) are not the time */
			if (p->in.cmp_at > 0 && (int)b >= p->in.cmp_at - 1 && (int)b <= p->in.cmp_to)
				continue;
			/* "shipped to Germany", "отгруженных в Германию": a destination,
			 * not the time of the shipment */
			if (nx && (strcmp(nx->w, "to") == 0 ||
				   (strcmp(nx->w, "в") == 0 && b + 2 < p->in.ntok && !p->in.tok[b + 2].num)))
				continue;
			/* the word itself, not a concept it shares ("freight" is no
			 * shipment date) */
			m = tk->cyr ? value_matches(tk, w[a]) : strcmp(tk->terms[0], w[a]) == 0;
		}
		said += m;
	}
	sx_terms_release(&tn);
	return n > own ? (double)said / (double)(n - own) : 0;
}

/* True when token tok is a word of an exclusion ("excluding", "not"). */
static bool is_neg_val(const plan *p, size_t tok)
{
	size_t i;
	for (i = 0; i < p->in.nvals; i++)
		if ((size_t)p->in.vals[i].tok == tok && p->in.vals[i].neg)
			return true;
	return false;
}

/* ------------------------------------------------- values said whole (gen9) */

/* The lowercased words of a value ("In Progress", "in_transit", "TV
 * Equipments"): runs of letters and digits (Cyrillic folded as the intent's
 * words are), anything else separates them. Returns how many, 0 when a
 * word is too long or there are more than 6. */
static size_t value_words(const char *v, char w[6][40])
{
	size_t n = 0, k = 0;
	const unsigned char *s = (const unsigned char *)v;
	for (;;) {
		bool letter = *s && (isalnum(*s) || ((*s == 0xD0 || *s == 0xD1) && s[1] >= 0x80 && s[1] < 0xC0));
		if (letter && n == 6)
			return 0;
		if (letter && k + 3 >= 40)
			return 0;
		if (letter && *s < 0x80) {
			w[n][k++] = (char)tolower(*s++);
		} else if (letter) {
			unsigned cp = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
			if (cp == 0x401 || cp == 0x451)
				cp = 0x435; /* ё -> е */
			else if (cp >= 0x410 && cp <= 0x42F)
				cp += 0x20;
			w[n][k++] = (char)(0xC0 | (cp >> 6));
			w[n][k++] = (char)(0x80 | (cp & 0x3F));
			s += 2;
		} else {
			if (k)
				w[n++][k] = '\0', k = 0;
			if (!*s)
				break;
			s++;
		}
	}
	return n;
}

/* True when token tok is a word of a funnel step ("sessions with add to
 * cart"): the step filters its own measure (step_measure). */
static bool in_step(const plan *p, size_t tok)
{
	size_t i;
	for (i = 0; i < p->in.nmeas; i++)
		if (in_phrase(&p->in.meas[i].step, tok))
			return true;
	return false;
}

/* Where words w[0..nw) are said one after another, at token `from` or
 * later, by tokens that belong to no dimension, no funnel step and no value
 * said already: the first token, or -1. */
static int said_at(plan *p, char w[6][40], size_t nw, size_t from)
{
	size_t i, k;
	for (i = from; i + nw <= p->in.ntok; i++) {
		for (k = 0; k < nw; k++)
			if (p->spanned[i + k] || in_grouping(p, i + k) || in_step(p, i + k) ||
			    strcmp(p->in.tok[i + k].w, w[k]) != 0)
				break;
		if (k == nw)
			return (int)i;
	}
	return -1;
}

/* True when a word right before or after tokens [at, at + n) — or one
 * further, past a word the analyser keeps no term of ("the") — names t:
 * "the Rock genre", "категории Beverages", "at the X location". A word
 * that names the fact at least as well as t is the fact's own noun, and
 * the value beside it an adjective of the fact ("reported problems" is no
 * status of the problems' log, whose table is named Problem_Status_Codes):
 * it names nothing here (gen10). */
static bool named_beside(plan *p, int at, size_t n, const sx_table *t, const sx_table *fact)
{
	const int near[4] = {at - 1, at + (int)n, at - 2, at + (int)n + 1};
	int k;
	for (k = 0; k < 4; k++) {
		int j = near[k];
		gen_phrase one = {1, {j}};
		if (j < 0 || (size_t)j >= p->in.ntok)
			continue;
		if (k == 2 && p->in.tok[at - 1].nterms)
			continue; /* not past a content word */
		if (k == 3 && p->in.tok[at + n].nterms)
			continue;
		if (name_bonus(p, &one, t) >= 0.6 && name_bonus(p, &one, fact) < name_bonus(p, &one, t))
			return true;
	}
	return false;
}

/* True when token tok says a state every row of t passes through: a word
 * of a NOT NULL date or time column of t ("reported" of
 * date_problem_reported: every problem was reported). Such a word
 * describes the rows; it filters none of them (gen10). */
static bool every_row_state(plan *p, const sx_table *t, const gen_tok *tok)
{
	size_t i, k, j, n;
	char w[6][40];
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		if (c->nullable || (c->family != SX_TF_TIMESTAMP && c->family != SX_TF_DATE))
			continue;
		n = meaning_words(p, c, w);
		for (k = 0; k < n; k++)
			for (j = 0; j < tok->nterms; j++)
				if (strcmp(w[k], tok->terms[j]) == 0) {
					sx_gen_thought(p->th, "\"%s\" says %s.%s, which every row has: a state, not a filter",
						       tok->w, t->name, c->name);
					return true;
				}
	}
	return false;
}

/* Values said whole, word by word, on the fact or a table it reaches
 * many-to-one: a value of several words of a status or category column
 * ("claims in progress", "with status in_transit": a first word no prefix
 * of a single word finds), and a name of a lookup's rows (its label, in the
 * dictionary: sx_gen_dict_wants) said next to that table's name ("the Rock
 * genre", "категории Beverages", "для продукта TV Equipments"). The value of
 * most words wins; its words are then no single-word values
 * (resolve_values). */
static void said_values(plan *p, const sx_table *fact)
{
	/* (run before the dimensions and again before the single words: a
	 * value found the first time is not said again, its words spanned) */
	const sx_schema *sc = fact->schema;
	size_t ti, ci, j, k;
	for (ti = 0; sc && ti < sc->ntables; ti++) {
		const sx_table *t = sc->tables[ti];
		const char *lab = t == fact ? NULL : label_col(p, t);
		int reach = t == fact ? 1 : -1;
		for (ci = 0; ci < t->ncols; ci++) {
			const sx_column *c = &t->cols[ci];
			bool is_lab = lab && strcmp(lab, c->name) == 0;
			char **v = NULL, w[6][40];
			size_t n, nw, bestn = 0;
			int best = -1, at, bestat = 0;
			if (is_lab)
				n = sx_gen_dict_wants(p->map, t, c) ? col_values(p, t, c, &v) : 0;
			else
				n = class_values(p, t, c, &v);
			for (j = 0; j < n; j++) {
				nw = value_words(v[j], w);
				if (!nw || (!is_lab && nw < 2) || nw <= bestn)
					continue;
				/* a label beside its table's name wherever it is said:
				 * "Jazz sales ... in the Jazz genre" (gen24) */
				at = said_at(p, w, nw, 0);
				while (is_lab && at >= 0 && !named_beside(p, at, nw, t, fact))
					at = said_at(p, w, nw, (size_t)at + 1);
				if (at < 0)
					continue;
				if (nw == 1 && every_row_state(p, fact, &p->in.tok[at]))
					continue;
				best = (int)j, bestn = nw, bestat = at;
			}
			if (best >= 0 && reach < 0)
				reach = n1_path(p, fact, t, &(sx_gen_group){0}, false);
			if (best >= 0 && !reach && !p->spanned[bestat]) {
				/* "events for the product X": the product is reached over
				 * the events' rows of a link table; count them there */
				const sx_table *kids[16];
				size_t nk = count_kids(p, fact, kids);
				for (k = 0; k < nk && !reach; k++)
					if (n1_path(p, kids[k], t, &(sx_gen_group){0}, false)) {
						sx_gen_thought(p->th, "%s does not reach %s many-to-one; its rows %s do: "
							       "counting distinct %s keys over %s", fact->name,
							       t->name, kids[k]->name, fact->name, kids[k]->name);
						count_over(p, fact, kids[k]);
						fact = kids[k];
						reach = 1;
					}
			}
			if (best >= 0 && reach > 0 && !p->spanned[bestat]) {
				bool neg = false;
				for (k = 0; k < bestn; k++) {
					neg |= is_neg_val(p, (size_t)bestat + k);
					p->spanned[bestat + k] = t;
					p->in.tok[bestat + k].used = true;
				}
				sx_gen_thought(p->th, "\"%s\" -> %s.%s %s '%s' (a value said whole%s)", v[best], t->name,
					       c->name, neg ? "<>" : "=", v[best], is_lab ? ", beside its table's name" : "");
				add_value_filter(p, t, c->name, v[best], neg);
			}
			free_values(v, n);
		}
	}
}

/* "documents destroyed by proof readers (... the Proof Reader role)": a
 * dimension phrase that says every word of a value already filtered on
 * names the rows the filter keeps, not a dimension (gen15). */
static bool says_filtered_value(plan *p, const gen_phrase *ph)
{
	size_t i, w;
	for (i = 0; i < p->filt.n; i++) {
		const sx_gen_filter *f = &p->filt.v[i];
		char buf[128], *save = NULL, *word;
		size_t words = 0, said = 0;
		if (f->op != SX_FOP_IN || f->nvalues != 1)
			continue;
		snprintf(buf, sizeof buf, "%s", f->values[0]);
		for (word = strtok_r(buf, " ", &save); word; word = strtok_r(NULL, " ", &save)) {
			bool m = false;
			words++;
			for (w = 0; w < ph->n && !m; w++)
				m = value_matches(&p->in.tok[ph->tok[w]], word);
			said += m;
		}
		if (words && said == words && ph->n > words) {
			sx_gen_thought(p->th, "\"%s ...\" says the value %s.%s = '%s': the rows kept, not a dimension",
			               p->in.tok[ph->tok[0]].w, f->table->name, f->column, f->values[0]);
			return true;
		}
	}
	return false;
}

/* "per claim type, claims in progress only": a dimension phrase every word
 * of which names the table of a value said whole right after it is that
 * value's subject, not a dimension. */
static bool said_after(plan *p, const gen_phrase *ph)
{
	const sx_table *t;
	sx_terms tt;
	size_t w, nx;
	bool ok = true;
	if (!ph->n || (nx = (size_t)ph->tok[ph->n - 1] + 1) >= p->in.ntok || !(t = p->spanned[nx]))
		return false;
	sx_terms_init(&tt);
	sx_analyze(p->an, t->name, strlen(t->name), 1.0f, &tt, NULL);
	for (w = 0; w < ph->n && ok; w++)
		ok = tok_in_terms(&p->in.tok[ph->tok[w]], &tt);
	sx_terms_release(&tt);
	if (ok)
		sx_gen_thought(p->th, "\"%s\" is the subject of the value after it (%s), not a dimension",
			       p->in.tok[ph->tok[0]].w, t->name);
	return ok;
}

/* "Monthly enrolment volume by date of enrolment", "yearly count of problems
 * by the date they were reported", "помесячно по дате создания": beside a
 * time grain, a dimension phrase with the word "date" / "дата" says which
 * time column the grain cuts, not one more dimension (gen10). Its words are
 * then left to the time column's choice (time_said). */
static bool date_dim(plan *p, gen_phrase *ph)
{
	size_t w;
	bool range = p->in.year_from || p->in.last_days;
	if (p->in.grain == SX_GRAIN_NONE && !range)
		return false;
	for (w = 0; w < ph->n; w++) {
		const char *t = p->in.tok[ph->tok[w]].w;
		/* beside a date range (no grain), "by the session start time" / "по
		 * времени начала сессии" says which time the range is on (gen12) */
		if (strcmp(t, "date") == 0 || strcmp(t, "dates") == 0 || strncmp(t, "дат", strlen("дат")) == 0 ||
		    (range && (strcmp(t, "time") == 0 || strncmp(t, "врем", strlen("врем")) == 0))) {
			sx_gen_thought(p->th, "\"%s\" names the time column the grain cuts, not a dimension",
				       p->in.tok[ph->tok[0]].w);
			ph->n = 0;
			return true;
		}
	}
	return false;
}

/* "units per supplier country, orders of 1997" / "заказы 1997 года": a
 * dimension phrase of one word right before the year of the date range is
 * the subject of that range, not one more dimension (gen10). */
static bool year_after(plan *p, const gen_phrase *ph)
{
	size_t nx;
	if (ph->n != 1 || !p->in.year_from || (nx = (size_t)ph->tok[0] + 1) >= p->in.ntok ||
	    !p->in.tok[nx].num || atoi(p->in.tok[nx].w) != p->in.year_from)
		return false;
	sx_gen_thought(p->th, "\"%s\" is the subject of the year after it, not a dimension",
		       p->in.tok[ph->tok[0]].w);
	return true;
}

/* The words of a column's name that say what it means: not yn, flag, is,
 * has, date, time, at, on, dt, id. Up to 6, stems; returns how many. */
static size_t meaning_words(plan *p, const sx_column *c, char w[6][40])
{
	static const char *const skip[] = {"yn", "flag", "is", "has", "date", "time", "at", "on", "dt", "id",
					   "ts", "datetime", "timestamp", "pct", NULL};
	sx_terms t;
	size_t i, k, n = 0;
	sx_terms_init(&t);
	sx_analyze(p->an, c->name, strlen(c->name), 1.0f, &t, NULL);
	for (i = 0; i < t.n && n < 6; i++) {
		bool sk = t.v[i].origin != SX_TERM_WORD;
		for (k = 0; skip[k] && !sk; k++)
			sk = strcmp(t.v[i].term, skip[k]) == 0;
		if (!sk)
			snprintf(w[n++], 40, "%s", t.v[i].term);
	}
	sx_terms_release(&t);
	return n;
}

/* A yes/no column: boolean, is_ / has_, a *_yn or *_flag name, or one
 * whose every known value is 0/1, Y/N, yes/no, true/false. Fills the value
 * that says yes and the one that says no. */
static bool flag_column(plan *p, const sx_table *t, const sx_column *c, const char **yes, const char **no)
{
	char **v = NULL;
	size_t n, i, hit = 0;
	bool named = sx_gen_column_sem(t, c) == SX_SEM_FLAG || has_word(c->name, "yn") || has_word(c->name, "flag");
	*yes = c->family == SX_TF_BOOLEAN ? "true" : "1";
	*no = c->family == SX_TF_BOOLEAN ? "false" : "0";
	if (c->family == SX_TF_TIMESTAMP || c->family == SX_TF_DATE || c->family == SX_TF_DECIMAL ||
	    c->family == SX_TF_FLOAT || sx_table_col_in_pk(t, c->name) || sx_table_col_fk(t, c->name))
		return false;
	/* a count or an amount that holds only ones and zeros on the rows
	 * seen ("Quantity" of a shop that sells one of each) is a number:
	 * "unit price times quantity" is no condition (the lead, round 29) */
	if (!named && (has_word(c->name, "quantity") || has_word(c->name, "qty") || has_word(c->name, "units") ||
		       has_word(c->name, "amount") || has_word(c->name, "price") || has_word(c->name, "total")))
		return false;
	n = col_values(p, t, c, &v);
	for (i = 0; i < n; i++) {
		static const char *const y[] = {"1", "y", "yes", "true", "t", NULL}, *const f[] = {"0", "n", "no", "false", "f", NULL};
		size_t k;
		for (k = 0; y[k]; k++)
			if (strcasecmp(v[i], y[k]) == 0)
				*yes = v[i], hit++;
		for (k = 0; f[k]; k++)
			if (strcasecmp(v[i], f[k]) == 0)
				*no = v[i], hit++;
	}
	if (n && hit == n) {
		/* the spec keeps borrowed strings: copy them into its arena */
		*yes = astr(p, *yes);
		*no = astr(p, *no);
	}
	free_values(v, n);
	return (n && hit == n) || (named && !n);
}


/* "у скольких треков не указан композитор", "не заполнена почта": "не"
 * and a participle of setting a value (указан, заполнен, задан, проставлен)
 * right before the column's word say it is missing, as "no" / "без" do
 * (the lead, round 31). */
static bool said_unset_before(const plan *p, size_t at)
{
	static const char *const set[] = {"указан", "заполнен", "задан", "проставлен", "прописан", NULL};
	size_t k;
	if (at < 2 || strcmp(p->in.tok[at - 2].w, "не") != 0)
		return false;
	for (k = 0; set[k]; k++)
		if (strncmp(p->in.tok[at - 1].w, set[k], strlen(set[k])) == 0)
			return true;
	return false;
}

/* Filters said by a column's own name rather than a value: a yes/no column
 * all of whose meaning words the intent says outside the dimensions
 * ("discontinued products" -> discontinued = 1, "bookings returned
 * damaged" -> returned_damaged_yn = '1'; the one saying the most words
 * wins, so "returned late" is returned_late_yn, not returned_yn), negated
 * by "not" / "non" / "не" right before its words or an exclusion; and a
 * nullable date or time whose meaning words a negated word says ("not yet
 * shipped" -> shipped_date IS NULL). On the fact and the tables it
 * references. */
static int resolve_flags(plan *p, const sx_table *fact)
{
	const sx_table *tabs[8];
	size_t nt = 0, k, i, a, b;
	const sx_table *bt = NULL;
	const sx_column *bc = NULL;
	size_t bn = 0, first = 0;
	bool bneg = false;
	const char *byes = NULL, *bno = NULL;
	nt = fact_and_parents(p, fact, tabs);
	for (k = 0; k < nt; k++)
		for (i = 0; i < tabs[k]->ncols; i++) {
			const sx_column *c = &tabs[k]->cols[i];
			char w[6][40];
			size_t n = meaning_words(p, c, w), said = 0, at = 0;
			const char *yes = NULL, *no = NULL;
			bool timecol = c->family == SX_TF_TIMESTAMP || c->family == SX_TF_DATE, neg = false;
			bool flag = !timecol && flag_column(p, tabs[k], c, &yes, &no);
			/* "tracks with no composer": a nullable plain column said
			 * right after "no" / "without" / "без" is missing (gen12) */
			bool missing = !timecol && !flag && c->nullable && c->family != SX_TF_BOOLEAN &&
			               !sx_table_col_in_pk(tabs[k], c->name) && !sx_table_col_fk(tabs[k], c->name);
			{
				/* ... unless it is grouped by: "tracks with no composer
				 * go into one bucket" keeps them as the NULL group */
				size_t d;
				for (d = 0; missing && d < p->dims.n; d++)
					if (p->dims.v[d].table == tabs[k] && strcmp(p->dims.v[d].column, c->name) == 0)
						missing = false;
			}
			if (!n || (!timecol && !flag && !missing) || (timecol && !c->nullable))
				continue;
			for (a = 0; a < n; a++) {
				bool m = false;
				for (b = 0; b < p->in.ntok && !m; b++) {
					const gen_tok *tk = &p->in.tok[b];
					/* a formula's words compute the measure (gen12) */
					if (tk->num || tk->formula || in_grouping(p, b))
						continue;
					m = tok_says(p, tk, w[a]);
					if (m && (!said || b < at))
						at = b;
				}
				said += m;
			}
			if (said != n)
				continue;
			neg = is_neg_val(p, at) ||
			      (at > 0 && (strcmp(p->in.tok[at - 1].w, "not") == 0 ||
					  strcmp(p->in.tok[at - 1].w, "never") == 0 || /* "never returned" (gen18) */
					  strcmp(p->in.tok[at - 1].w, "non") == 0 ||
					  strcmp(p->in.tok[at - 1].w, "не") == 0 ||
					  (at > 1 && strcmp(p->in.tok[at - 1].w, "yet") == 0 &&
					   strcmp(p->in.tok[at - 2].w, "not") == 0)));
			/* "уволенных не считаем", "terminated ones excluded": a
			 * nullable date excluded right after its word (gen17) */
			if (timecol && !neg)
				neg = (at + 1 < p->in.ntok && excl_word(p, at + 1)) ||
				      (at + 2 < p->in.ntok && excl_word(p, at + 2));
			if (missing && !(at > 0 && (strcmp(p->in.tok[at - 1].w, "no") == 0 ||
			                            strcmp(p->in.tok[at - 1].w, "without") == 0 ||
			                            strcmp(p->in.tok[at - 1].w, "без") == 0 ||
			                            strcmp(p->in.tok[at - 1].w, "нет") == 0 ||
			                            said_unset_before(p, at))))
				continue;
			if (timecol && !neg)
				continue;
			if (n > bn)
				bn = n, bt = tabs[k], bc = c, bneg = neg, first = at, byes = timecol || missing ? NULL : yes,
				bno = timecol || missing ? NULL : no;
		}
	if (!bc)
		return 0;
	if (bt != fact && !n1_path(p, fact, bt, &(sx_gen_group){0}, false))
		return 0;
	(void)first;
	if (!byes) {
		sx_gen_filter f = {0};
		f.table = bt;
		f.column = astr(p, bc->name);
		f.op = SX_FOP_IS_NULL;
		sx_gen_thought(p->th, "\"%s %s\" -> %s.%s IS NULL (none recorded yet)", first ? p->in.tok[first - 1].w : "",
			       p->in.tok[first].w, bt->name, bc->name);
		return SX_VEC_PUSH(&p->filt, f);
	}
	sx_gen_thought(p->th, "%s\"%s\" names the yes/no column %s.%s: = '%s'", bneg ? "not " : "",
		       p->in.tok[first].w, bt->name, bc->name, bneg ? bno : byes);
	/* "удалённых клиентов не считаем" on a customer table with an
	 * is_deleted flag: the flag says it, not a 'deleted' status of
	 * another table the same word matched (gen40) */
	for (k = 0; k < p->filt.n;) {
		const sx_gen_filter *x = &p->filt.v[k];
		if (x->table != bt && !x->is_date && (x->op == SX_FOP_IN || x->op == SX_FOP_NOT_IN) && x->nvalues == 1 &&
		    value_matches(&p->in.tok[first], x->values[0])) {
			sx_gen_thought(p->th, "\"%s\" is said by the flag: no %s.%s filter", p->in.tok[first].w,
				       x->table->name, x->column);
			memmove(&p->filt.v[k], &p->filt.v[k + 1], (p->filt.n - k - 1) * sizeof *p->filt.v);
			p->filt.n--;
		} else
			k++;
	}
	return add_value_filter(p, bt, bc->name, bneg ? bno : byes, false);
}

/* Whether a filter of s keeps one value of t.col ("only RUB orders"). */
static bool one_value(const sx_gen_spec *s, const sx_table *t, const char *col)
{
	size_t i;
	for (i = 0; i < s->nfilters; i++)
		if (s->filters[i].table == t && strcmp(s->filters[i].column, col) == 0 &&
		    (s->filters[i].op == SX_FOP_EQ || s->filters[i].op == SX_FOP_IN) && s->filters[i].nvalues == 1)
			return true;
	return false;
}

/* "только рублёвые заказы", "only USD orders": the currency column of
 * the fact or a table it references (t_ord_hdr.currency_code) keeps the
 * one currency said (the lead, round 29). */
static void only_currency(plan *p, const sx_table *fact)
{
	const sx_table *tabs[8];
	size_t nt, k, i;
	if (!p->in.only_cur[0])
		return;
	nt = fact_and_parents(p, fact, tabs);
	for (k = 0; k < nt; k++)
		for (i = 0; i < tabs[k]->ncols; i++) {
			const sx_column *c = &tabs[k]->cols[i];
			if (c->family == SX_TF_TEXT && has_word(c->name, "currency") &&
			    (has_word(c->name, "code") || strcasecmp(c->name, "currency") == 0)) {
				sx_gen_thought(p->th, "only %s: %s.%s = '%s'", p->in.only_cur, tabs[k]->name, c->name,
					       p->in.only_cur);
				add_value_filter(p, tabs[k], c->name, p->in.only_cur, false);
				return;
			}
		}
	sx_gen_thought(p->th, "only %s: no currency column on %s or the tables it references", p->in.only_cur,
		       fact->name);
}

/* "tickets that have nobody assigned", "никто не назначен": a nullable
 * reference of the fact (or a table it references)
 * whose every meaning word the word after "nobody" / "no one" / "никто"
 * ("никого") says is missing: IS NULL (gen27). gen12's "no X" reads plain
 * columns only; a reference said after "nobody" names a person. */
static int resolve_nobody(plan *p, const sx_table *fact)
{
	const sx_table *tabs[8];
	size_t nt = fact_and_parents(p, fact, tabs), k, i, b;
	for (b = 0; b + 1 < p->in.ntok; b++) {
		const char *w = p->in.tok[b].w;
		size_t at = b + 1;
		/* ("no one" is gen12's "no" before its words) */
		if (strcmp(w, "nobody") != 0 && strcmp(w, "noone") != 0 && strncmp(w, "никт", 8) != 0 &&
		    strncmp(w, "никог", 10) != 0)
			continue;
		/* "никто не назначен": the negation between */
		if (at < p->in.ntok && (strcmp(p->in.tok[at].w, "не") == 0 || strcmp(p->in.tok[at].w, "is") == 0 ||
		                        strcmp(p->in.tok[at].w, "was") == 0))
			at++;
		if (at >= p->in.ntok)
			return 0;
		for (k = 0; k < nt; k++)
			for (i = 0; i < tabs[k]->ncols; i++) {
				const sx_column *c = &tabs[k]->cols[i];
				size_t n, f;
				if (!c->nullable || !sx_table_col_fk(tabs[k], c->name) ||
				    sx_table_col_in_pk(tabs[k], c->name) || said_between(p, c, (int)at, (int)at, &n) != n ||
				    !n)
					continue;
				if (tabs[k] != fact && !n1_path(p, fact, tabs[k], &(sx_gen_group){0}, false))
					continue;
				for (f = 0; f < p->filt.n; f++)
					if (p->filt.v[f].table == tabs[k] && strcmp(p->filt.v[f].column, c->name) == 0)
						return 0;
				{
					sx_gen_filter x = {0};
					x.table = tabs[k];
					x.column = astr(p, c->name);
					x.op = SX_FOP_IS_NULL;
					sx_gen_thought(p->th, "\"%s %s\" -> %s.%s IS NULL (no one referred to)", w,
					               p->in.tok[at].w, tabs[k]->name, c->name);
					return SX_VEC_PUSH(&p->filt, x);
				}
			}
	}
	return 0;
}

/* A filter comparing a column with a number, the literal unquoted (gen14's
 * "N or more", gen15's lengths of time); op one of the bounds, or with
 * SX_FOP_GT_COL another column of t. */
static int add_bound_filter(plan *p, const sx_table *t, const char *col, sx_gen_fop op, const char *v)
{
	sx_gen_filter f = {0};
	f.table = t;
	f.column = astr(p, col);
	f.op = op;
	f.nvalues = 1;
	if (!(f.values = sx_arena_alloc(p->s->arena, sizeof *f.values)))
		return SX_ENOMEM;
	f.values[0] = astr(p, v);
	return SX_VEC_PUSH(&p->filt, f);
}

/* The seconds one unit of a number column holds, read from its name (gen15):
 * "Milliseconds", "duration_ms" 0.001, "minutes", "runtime_min" 60,
 * "hours" 3600, "seconds", "duration_sec" 1, a plain "duration" / "length"
 * seconds; 0: no length of time. *named: the unit is in the name. */
static double time_unit(const char *name, bool *named)
{
	static const struct {
		const char *w;
		double secs;
	} u[] = {{"milliseconds", 0.001}, {"millisecond", 0.001}, {"millis", 0.001}, {"ms", 0.001},
		 {"seconds", 1},          {"second", 1},          {"secs", 1},       {"sec", 1},
		 {"minutes", 60},         {"minute", 60},         {"mins", 60},      {"min", 60},
		 {"hours", 3600},         {"hour", 3600},         {"hrs", 3600},     {NULL, 0}};
	static const char *const plain[] = {"duration", "length", "runtime", "elapsed", NULL};
	size_t i;
	*named = true;
	for (i = 0; u[i].w; i++)
		if (has_word(name, u[i].w))
			return u[i].secs;
	*named = false;
	return has_any(name, plain) ? 1 : 0;
}

/* "longer than five minutes", "длится больше часа" (gen15): the number column
 * holding a length of time on the fact or a table it references (one whose
 * name says its unit first, then a plain "duration"), compared with the
 * bound converted to that unit: Milliseconds > 300000. */
static int resolve_duration(plan *p, const sx_table *fact)
{
	const sx_table *tabs[8], *bt = NULL;
	const sx_column *bc = NULL;
	size_t nt = fact_and_parents(p, fact, tabs), k, i;
	double unit = 0;
	int best = 0;
	char v[48];
	for (k = 0; k < nt; k++)
		for (i = 0; i < tabs[k]->ncols; i++) {
			const sx_column *c = &tabs[k]->cols[i];
			bool named;
			double secs;
			int sc;
			if ((c->family != SX_TF_INTEGER && c->family != SX_TF_DECIMAL && c->family != SX_TF_FLOAT) ||
			    sx_table_col_in_pk(tabs[k], c->name) || sx_table_col_fk(tabs[k], c->name) ||
			    !(secs = time_unit(c->name, &named)))
				continue;
			sc = named ? 2 : 1;
			if (sc > best)
				best = sc, bt = tabs[k], bc = c, unit = secs;
		}
	if (!bc || (bt != fact && !n1_path(p, fact, bt, &(sx_gen_group){0}, false)))
		return 0;
	snprintf(v, sizeof v, "%.15g", (double)p->in.dur_secs / unit);
	sx_gen_thought(p->th, "\"%s\" -> %s.%s %c %s (a length of time, in the column's unit)",
	               p->in.tok[p->in.dur_at].w, bt->name, bc->name, p->in.dur_op, v);
	return add_bound_filter(p, bt, bc->name, p->in.dur_op == '>' ? SX_FOP_GT : SX_FOP_LT, v);
}

/* How many of c's meaning words the tokens [from, to] say (gen15). */
static size_t said_between(plan *p, const sx_column *c, int from, int to, size_t *n)
{
	char w[6][40];
	size_t a, said = 0;
	int b;
	*n = meaning_words(p, c, w);
	for (a = 0; a < *n; a++) {
		bool m = false;
		for (b = from; b <= to && !m; b++)
			m = b >= 0 && tok_says(p, &p->in.tok[b], w[a]);
		said += m;
	}
	return said;
}

/* A date column that says nothing but its table's name (orders.order_date,
 * Invoice.InvoiceDate): the row's own date, no verb's (gen31). */
static bool table_date(plan *p, const sx_table *t, const sx_column *c)
{
	char w[6][40];
	size_t n = meaning_words(p, c, w), a;
	for (a = 0; a < n; a++)
		if (!has_word(t->name, w[a]) && !(strlen(w[a]) > 3 && strncmp(t->name, w[a], strlen(w[a])) == 0))
			return false;
	return n > 0;
}

/* A Russian participle of a state's verb ("отгружено", "доставлен")
 * saying a date column's one meaning word ("shipped", "delivered";
 * the stems of RU_VALUES, gen31). */
static bool ru_verb_says(plan *p, const gen_tok *tk, const sx_column *c)
{
	char w[6][40];
	size_t i;
	if (!tk->cyr || meaning_words(p, c, w) != 1)
		return false;
	for (i = 0; RU_VALUES[i].ru; i++)
		if (strncmp(tk->w, RU_VALUES[i].ru, strlen(RU_VALUES[i].ru)) == 0)
			return strncmp(w[0], RU_VALUES[i].en, strlen(RU_VALUES[i].en)) == 0;
	return false;
}

/* "shipped after their required date", "уничтожили позже запланированной
 * даты" (gen15): two date columns of one table, on the fact or a table it
 * references: the earlier is the one whose meaning words the words after
 * "after" say most; the later the one the word before says, else the one
 * sharing a meaning word with the earlier ("actual" beside "planned
 * destruction"): later > earlier. */
static int resolve_date_compare(plan *p, const sx_table *fact)
{
	const sx_table *tabs[8];
	size_t nt = fact_and_parents(p, fact, tabs), k, i;
	for (k = 0; k < nt; k++) {
		const sx_table *t = tabs[k];
		const sx_column *early = NULL, *late = NULL;
		double be = 0;
		int bl = 0;
		/* "an end time earlier than": the name before the date word (gen17) */
		const char *dw = p->in.tok[p->in.cmp_at - 1].w;
		int lb = p->in.cmp_at - 1 - (p->in.cmp_at > 1 && (strcmp(dw, "time") == 0 || strcmp(dw, "date") == 0 ||
		                                                  strcmp(dw, "дата") == 0 || strcmp(dw, "время") == 0));
		for (i = 0; i < t->ncols; i++) {
			const sx_column *c = &t->cols[i];
			size_t n, said;
			if (c->family != SX_TF_TIMESTAMP && c->family != SX_TF_DATE)
				continue;
			said = said_between(p, c, p->in.cmp_at + 1, p->in.cmp_to, &n);
			if (said && (double)said / (double)n > be)
				be = (double)said / (double)n, early = c;
		}
		if (!early)
			continue;
		for (i = 0; i < t->ncols; i++) {
			const sx_column *c = &t->cols[i];
			char w[6][40], we[6][40];
			size_t n, ne, said, a, b;
			int sc = 0;
			if (c == early || (c->family != SX_TF_TIMESTAMP && c->family != SX_TF_DATE))
				continue;
			said = said_between(p, c, lb, p->in.cmp_at - 1, &n);
			if (n && said == n)
				sc = 12;
			/* "shipped late, i.e. after", "went out after", "the date they
			 * left university earlier than": the words up to six before
			 * that say the column whole, the nearest first; never the
			 * date that says only its table's name (gen31) */
			for (b = 1; b <= 6 && !sc && n && (int)b <= p->in.cmp_at && !table_date(p, t, c); b++)
				if (said_between(p, c, p->in.cmp_at - (int)b, p->in.cmp_at - 1, &ne) == n ||
				    ru_verb_says(p, &p->in.tok[p->in.cmp_at - (int)b], c))
					sc = 10 - (int)b;
			n = meaning_words(p, c, w);
			ne = meaning_words(p, early, we);
			for (a = 0; a < n && !sc; a++)
				for (b = 0; b < ne && !sc; b++)
					if (strcmp(w[a], we[b]) == 0)
						sc = 1;
			if (sc > bl)
				bl = sc, late = c;
		}
		if (!late || (t != fact && !n1_path(p, fact, t, &(sx_gen_group){0}, false)))
			continue;
		if (p->in.cmp_rev) {
			/* "earlier than" / "before": the words after name the later */
			const sx_column *x = late;
			late = early;
			early = x;
		}
		sx_gen_thought(p->th, "\"%s %s\" -> %s.%s > %s.%s (a date later than another)",
		               p->in.tok[p->in.cmp_at - 1].w, p->in.tok[p->in.cmp_at].w, t->name, late->name,
		               t->name, early->name);
		return add_bound_filter(p, t, late->name, SX_FOP_GT_COL, early->name);
	}
	return 0;
}

/* A number column that may be compared (gen21): no key, no reference, no
 * flag. */
static bool cmp_number(plan *p, const sx_table *t, const sx_column *c)
{
	const char *yes, *no;
	return (c->family == SX_TF_INTEGER || c->family == SX_TF_DECIMAL || c->family == SX_TF_FLOAT) &&
	       !sx_table_col_in_pk(t, c->name) && !sx_table_col_fk(t, c->name) &&
	       sx_gen_column_sem(t, c) != SX_SEM_IDENTIFIER && !flag_column(p, t, c, &yes, &no);
}

/* A column holding the stock on hand: units_in_stock, qty_on_hand,
 * stock_level (gen31). */
static bool stock_col(const char *name)
{
	return has_word(name, "stock") || has_word(name, "hand") || has_word(name, "onhand") ||
	       has_word(name, "instock");
}

/* "at or below their reorder point", "rate above the room's base price",
 * "расстояние больше, чем дальность самолёта" (gen21): two number columns
 * of the fact or the tables it references many-to-one. The other column is
 * the one whose meaning words the words after the comparative say most (a
 * table those words name first); the compared one is the one the three
 * words before say, else the column of the same name on another table
 * (flight.distance against aircraft.distance), else the one number column
 * of the fact of the other's kind (a rate against a price). */
static bool number_compare(plan *p, const sx_table *fact, const sx_table **plt, const sx_column **plc,
			   const sx_table **prt, const sx_column **prc)
{
	const sx_table *tabs[8], *rt = NULL, *lt = NULL;
	const sx_column *rc = NULL, *lc = NULL;
	size_t nt = fact_and_parents(p, fact, tabs), k, i, n, said, nl = 0;
	double best = 0;
	int lb = p->in.ncmp_at - 3 > 0 ? p->in.ncmp_at - 3 : 0;
	for (k = 0; k < nt; k++) {
		sx_terms tn;
		double named = 0;
		int b;
		sx_terms_init(&tn);
		sx_analyze(p->an, tabs[k]->name, strlen(tabs[k]->name), 1.0f, &tn, NULL);
		for (b = p->in.ncmp_from; b <= p->in.ncmp_to && !named; b++)
			named = tok_in_terms(&p->in.tok[b], &tn) ? 0.5 : 0;
		sx_terms_release(&tn);
		for (i = 0; i < tabs[k]->ncols; i++) {
			const sx_column *c = &tabs[k]->cols[i];
			double sc;
			if (!cmp_number(p, tabs[k], c))
				continue;
			said = said_between(p, c, p->in.ncmp_from, p->in.ncmp_to, &n);
			if (!said || !n)
				continue;
			sc = (double)said / (double)n + named;
			if (sc > best)
				best = sc, rt = tabs[k], rc = c;
		}
	}
	if (!rc)
		return false;
	best = 0;
	for (k = 0; k < nt; k++)
		for (i = 0; i < tabs[k]->ncols; i++) {
			const sx_column *c = &tabs[k]->cols[i];
			double sc;
			if (c == rc || !cmp_number(p, tabs[k], c))
				continue;
			said = p->in.ncmp_lfrom ? said_between(p, c, p->in.ncmp_lfrom, p->in.ncmp_lto, &n)
			                        : said_between(p, c, lb, p->in.ncmp_at - 1, &n);
			if (!said || !n)
				continue;
			sc = (double)said / (double)n;
			if (sc > best)
				best = sc, lt = tabs[k], lc = c;
		}
	for (k = 0; k < nt && !lc; k++) {
		const sx_column *c = tabs[k] != rt ? gen_col(tabs[k], rc->name) : NULL;
		if (c && cmp_number(p, tabs[k], c))
			lt = tabs[k], lc = c;
	}
	for (i = 0; i < fact->ncols && !lc && fact != rt; i++) {
		const sx_column *c = &fact->cols[i];
		if (cmp_number(p, fact, c) &&
		    sx_gen_column_sem(fact, c) == sx_gen_column_sem(rt, rc))
			nl++, lt = fact, lc = c;
	}
	/* "below their reorder point", "ниже точки перезаказа": a level or
	 * threshold of a stock row is compared with the stock on hand, the
	 * one number column of its row named for the stock (gen31) */
	if ((!lc || nl > 1) && !stock_col(rc->name)) {
		const sx_column *sc = NULL;
		size_t ns = 0;
		for (i = 0; i < rt->ncols; i++)
			if (&rt->cols[i] != rc && cmp_number(p, rt, &rt->cols[i]) && stock_col(rt->cols[i].name))
				ns++, sc = &rt->cols[i];
		if (ns == 1)
			lt = rt, lc = sc, nl = 1;
	}
	if (!lc || nl > 1)
		return false;
	*plt = lt, *plc = lc, *prt = rt, *prc = rc;
	return true;
}

/* A count of the fact's own rows: COUNT(*), not through another table, not
 * per something (gen31, gen32). */
static bool row_count(const sx_gen_measure *m)
{
	return m->agg == SX_AGG_COUNT && !m->via && !m->per && (!m->expr || strcmp(m->expr, "*") == 0);
}

static int resolve_number_compare(plan *p, const sx_table *fact)
{
	const sx_table *rt = NULL, *lt = NULL;
	const sx_column *rc = NULL, *lc = NULL;
	sx_gen_filter f = {0};
	if (!number_compare(p, fact, &lt, &lc, &rt, &rc))
		return 0;
	f.table = lt;
	f.column = astr(p, lc->name);
	f.op = SX_FOP_GT_COL;
	f.nvalues = 1;
	if (!(f.values = sx_arena_alloc(p->s->arena, sizeof *f.values)))
		return SX_ENOMEM;
	f.values[0] = astr(p, rc->name);
	f.other = rt != lt ? rt : NULL;
	f.col_op = astr(p, p->in.ncmp_op);
	sx_gen_thought(p->th, "\"%s\" -> %s.%s %s %s.%s (two number columns compared)", p->in.tok[p->in.ncmp_at].w,
	               lt->name, lc->name, p->in.ncmp_op, rt->name, rc->name);
	return SX_VEC_PUSH(&p->filt, f);
}

/* Whether token x says an exclusion: "excluded", "ignoring", "skip", "not
 * counted" / "not included", "left out", "исключаем", "убрать", "не
 * учитываем" / "не считаем" (gen15). */
static bool excl_word(const plan *p, size_t x)
{
	static const char *const own[] = {"excluded", "excluding", "exclude", "ignored", "ignoring", "ignore",
	                                  "dropped", "исключ", "убра", "убир", NULL};
	/* the verb's own forms only: "skipper" says no exclusion (gen40) */
	static const char *const whole[] = {"skip", "skips", "skipped", "skipping", NULL};
	static const char *const after_not[] = {"count", "included", "considered", "учитыва", "считае",
	                                        "считать", "включа", NULL};
	const char *w = p->in.tok[x].w;
	size_t i;
	for (i = 0; own[i]; i++)
		if (strncmp(w, own[i], strlen(own[i])) == 0)
			return true;
	for (i = 0; whole[i]; i++)
		if (strcmp(w, whole[i]) == 0)
			return true;
	/* "products without a brand are left out", "leaving out" (gen39) */
	if ((strcmp(w, "left") == 0 || strcmp(w, "leaving") == 0 || strcmp(w, "leave") == 0) && x + 1 < p->in.ntok &&
	    strcmp(p->in.tok[x + 1].w, "out") == 0)
		return true;
	if (!x || (strcmp(p->in.tok[x - 1].w, "not") != 0 && strcmp(p->in.tok[x - 1].w, "не") != 0 &&
	           strcmp(p->in.tok[x - 1].w, "t") != 0)) /* "don't count" */
		return false;
	for (i = 0; after_not[i]; i++)
		if (strncmp(w, after_not[i], strlen(after_not[i])) == 0)
			return true;
	return false;
}

/* "lines without a discount" (gen15): a number column of the fact or a
 * table it references whose every meaning word the one or two words right
 * after "without" / "no" / "без" say holds none: col <= 0 (a NOT NULL
 * column only); the rows are excluded when an exclusion follows within
 * four words or precedes ("строки без скидки не учитываем", "ignoring lines
 * without a discount"): col > 0. */
/* Whether the table reference c of t points at is a dimension's table:
 * "товары без поставщика отдельной строкой" keeps them as a group. */
static bool ref_grouped(const plan *p, const sx_table *t, const sx_column *c)
{
	const sx_fk *f = sx_table_col_fk(t, c->name);
	size_t d;
	for (d = 0; f && d < p->dims.n; d++)
		if (strcasecmp(p->dims.v[d].table->name, f->ref_table) == 0 ||
		    (p->dims.v[d].table == t && strcmp(p->dims.v[d].column, c->name) == 0))
			return true;
	return false;
}

/* Whether the words up to token b - 1 open a "none of": "without", "no",
 * "без", or "ни (к|в|на|с|у|за) одной / одного / одну" (gen18). */
static bool none_opener(const plan *p, size_t b)
{
	static const char *const prep[] = {"к", "в", "на", "с", "у", "за", NULL};
	const char *pw = p->in.tok[b - 1].w;
	size_t j, k;
	if (strcmp(pw, "without") == 0 || strcmp(pw, "no") == 0 || strcmp(pw, "без") == 0)
		return true;
	if (strncmp(pw, "одн", strlen("одн")) != 0 || b < 2)
		return false;
	j = b - 2;
	for (k = 0; j > 0 && prep[k]; k++)
		if (strcmp(p->in.tok[j].w, prep[k]) == 0) {
			j--; /* a preposition: "ни к одной" */
			break;
		}
	return strcmp(p->in.tok[j].w, "ни") == 0;
}

/* "documents never mailed", "ни разу не отправлялось по почте" (gen21):
 * a table holding a single-column reference to the counted table's key,
 * whose name the words [b, we] say: no row of it refers to the counted
 * row, NOT EXISTS. Returns 1 when added, 0 when none, else an error. */
/* How many words of t's name the words [b, we] say. */
static int name_words_said(plan *p, const sx_table *t, size_t b, size_t we)
{
	sx_terms tn;
	size_t x, k;
	int said = 0;
	sx_terms_init(&tn);
	sx_analyze(p->an, t->name, strlen(t->name), 1.0f, &tn, NULL);
	for (x = b; x <= we; x++)
		for (k = 0; k < tn.n; k++)
			if (tn.v[k].origin == SX_TERM_WORD && tok_says(p, &p->in.tok[x], tn.v[k].term)) {
				said++;
				break;
			}
	sx_terms_release(&tn);
	return said;
}

/* Whether a word of [b, we] is a verb of a sale ("bought", "sold",
 * "purchased", "ordered", "купили", "продавались", "заказали"). */
static bool sale_verb(const plan *p, size_t b, size_t we)
{
	static const char *const v[] = {"bought", "buy", "sold", "sell", "purchas", "order", "куп", "прода",
	                                "заказ", NULL};
	size_t x, k;
	for (x = b; x <= we && x < p->in.ntok; x++)
		for (k = 0; v[k]; k++)
			if (strncmp(p->in.tok[x].w, v[k], strlen(v[k])) == 0)
				return true;
	return false;
}

/* Whether t holds money or a quantity of its own: a sale's row. */
static bool holds_amount(const sx_table *t)
{
	size_t i;
	for (i = 0; i < t->ncols; i++) {
		sx_gen_sem sem = sx_gen_column_sem(t, &t->cols[i]);
		if (sem == SX_SEM_MONEY || sem == SX_SEM_QUANTITY)
			return true;
	}
	return false;
}

/* min_said: the referring table's name must be said by more words than
 * that ("без отменённых заказов" names the counted orders, gen22). */
static int no_referrer(plan *p, const sx_table *fact, size_t b, size_t we, int min_said)
{
	const sx_map_rel **rels = NULL, *best = NULL, *sale = NULL;
	size_t nr = 0, i;
	int bn = min_said, rc;
	sx_gen_filter f = {0};
	if (!key_of(p, fact) || sx_dbmap_rels_of(p->map, fact, &rels, &nr, NULL))
		return 0;
	for (i = 0; i < nr; i++) {
		const sx_map_rel *r = rels[i];
		int said;
		if (r->to.t != fact || !r->from.t || r->from.t == fact || r->polymorphic || r->via.t ||
		    r->from.ncols != 1 || r->to.ncols != 1 || strcmp(r->to.cols[0], key_of(p, fact)) != 0 ||
		    r->status == SX_STATUS_REJECTED || r->confidence < 0.5)
			continue;
		said = name_words_said(p, r->from.t, b, we);
		if (said > bn)
			bn = said, best = r;
	}
	/* "tracks never bought", "ни разу не покупали": no table's name is
	 * said, but a verb of a sale is; the one table referring to the
	 * counted row that holds money or a quantity is the sale (gen28) */
	/* "ни разу ничего не заказали": no word of a referring table's name,
	 * but the words name one by its meaning (the search: "заказали" the
	 * orders); it must be one that refers to the counted row (gen28) */
	if (!best && min_said == 0) {
		gen_phrase ph = {0};
		double conf;
		const sx_table *named;
		size_t x;
		for (x = b; x <= we && x < p->in.ntok && ph.n < GEN_MAX_PHRASE; x++)
			if (p->in.tok[x].nterms && !p->in.tok[x].num)
				ph.tok[ph.n++] = (int)x;
		named = ph.n ? resolve_entity(p, &ph, &conf) : NULL;
		for (i = 0; named && named != fact && i < nr; i++) {
			const sx_map_rel *r = rels[i];
			if (r->from.t == named && r->to.t == fact && !r->polymorphic && !r->via.t && r->from.ncols == 1 &&
			    r->to.ncols == 1 && strcmp(r->to.cols[0], key_of(p, fact)) == 0 &&
			    r->status != SX_STATUS_REJECTED && r->confidence >= 0.5) {
				best = r;
				sx_gen_thought(p->th, "\"%s ... %s\" names %s (%.2f), which refers to %s",
				               p->in.tok[b - 1].w, p->in.tok[we].w, named->name, conf, fact->name);
				break;
			}
		}
	}
	for (i = 0; !best && min_said == 0 && i < nr && sale_verb(p, b, we); i++) {
		const sx_map_rel *r = rels[i];
		if (r->to.t != fact || !r->from.t || r->from.t == fact || r->polymorphic || r->via.t ||
		    r->from.ncols != 1 || r->to.ncols != 1 || strcmp(r->to.cols[0], key_of(p, fact)) != 0 ||
		    r->status == SX_STATUS_REJECTED || r->confidence < 0.5 || !holds_amount(r->from.t))
			continue;
		if (sale && sale->from.t != r->from.t) {
			sale = NULL; /* two: which is the sale is not said */
			break;
		}
		sale = r;
	}
	if (sale) {
		best = sale;
		sx_gen_thought(p->th, "\"%s ... %s\": a sale's verb, %s the one table of sales referring to %s",
		               p->in.tok[b - 1].w, p->in.tok[we].w, sale->from.t->name, fact->name);
	}
	if (!best) {
		free(rels);
		return 0;
	}
	f.table = fact;
	f.column = astr(p, best->to.cols[0]);
	f.op = SX_FOP_NOT_EXISTS;
	f.other = best->from.t;
	f.nvalues = 1;
	if (!(f.values = sx_arena_alloc(p->s->arena, sizeof *f.values))) {
		free(rels);
		return SX_ENOMEM;
	}
	f.values[0] = astr(p, best->from.cols[0]);
	sx_gen_thought(p->th, "\"%s ... %s\" -> no %s row refers to %s (NOT EXISTS)", p->in.tok[b - 1].w,
	               p->in.tok[we].w, best->from.t->name, fact->name);
	free(rels);
	rc = SX_VEC_PUSH(&p->filt, f);
	return rc ? rc : 1;
}

/* "never put on a shipment", "ни разу не отгружали" (gen21): "never" /
 * "ни разу" at b - 1; the words said missing run up to four words on,
 * to a comma. Returns the last such token, or 0 when no "never". */
static size_t never_opener(const plan *p, size_t b)
{
	size_t e, x;
	const char *pw = p->in.tok[b - 1].w;
	if (strcmp(pw, "never") != 0 && !(strcmp(pw, "разу") == 0 && b >= 2 && strcmp(p->in.tok[b - 2].w, "ни") == 0))
		return 0;
	for (e = b; e + 1 < p->in.ntok && e + 1 <= b + 4 && p->in.tok[e].w[0] != ',' && !p->in.tok[e].semi; e++)
		;
	/* "ни разу ничего у нас и не заказали": the words run at least to
	 * the verb the "не" negates, up to seven words on (gen28) */
	if (strcmp(pw, "разу") == 0)
		for (x = b; x + 1 < p->in.ntok && x <= b + 6 && p->in.tok[x].w[0] != ',' && !p->in.tok[x].semi; x++)
			if (strcmp(p->in.tok[x].w, "не") == 0) {
				if (x + 1 > e)
					e = x + 1;
				break;
			}
	return e;
}

static int resolve_without(plan *p, const sx_table *fact)
{
	const sx_table *tabs[8];
	size_t nt = fact_and_parents(p, fact, tabs), b, k, i, x;
	for (b = 1; b < p->in.ntok; b++) {
		const char *pw = p->in.tok[b - 1].w;
		bool ex = false;
		size_t we = never_opener(p, b);
		/* "customers who never placed an order included with 0": the
		 * rows kept at zero, no condition */
		if (we && p->in.keep_empty)
			continue;
		if (we) {
			/* "never put on a shipment": the nullable reference
			 * those words name is missing (gen21) */
			for (k = 0; k < nt; k++)
				for (i = 0; i < tabs[k]->ncols; i++) {
					const sx_column *c = &tabs[k]->cols[i];
					size_t n;
					if (!c->nullable || !sx_table_col_fk(tabs[k], c->name) || ref_grouped(p, tabs[k], c) ||
					    !said_between(p, c, (int)b, (int)we, &n) ||
					    (tabs[k] != fact && !n1_path(p, fact, tabs[k], &(sx_gen_group){0}, false)))
						continue;
					sx_gen_thought(p->th, "\"%s ... %s\" -> %s.%s IS NULL (never referenced)", pw,
					               p->in.tok[we].w, tabs[k]->name, c->name);
					return add_bound_filter(p, tabs[k], c->name, SX_FOP_IS_NULL, "");
				}
			if ((x = (size_t)no_referrer(p, fact, b, we, 0)) != 0)
				return (int)x == 1 ? 0 : (int)x;
			continue;
		}
		if (!none_opener(p, b))
			continue;
		for (x = b + 1; x < p->in.ntok && x <= b + 4 && !ex && p->in.tok[x].w[0] != ','; x++)
			ex = excl_word(p, x);
		for (x = b >= 4 ? b - 4 : 0; x + 1 < b && !ex; x++)
			ex = excl_word(p, x);
		/* "no ship date", "no end time recorded": a nullable date
		 * whose every meaning word the three words after it say is
		 * missing, before a reference that says only some (gen22) */
		for (k = 0; k < nt; k++)
			for (i = 0; i < tabs[k]->ncols; i++) {
				const sx_column *c = &tabs[k]->cols[i];
				size_t n, e = b + 2 < p->in.ntok ? b + 2 : p->in.ntok - 1;
				if (!c->nullable || (c->family != SX_TF_DATE && c->family != SX_TF_TIMESTAMP) ||
				    said_between(p, c, (int)b, (int)e, &n) != n || !n ||
				    (tabs[k] != fact && !n1_path(p, fact, tabs[k], &(sx_gen_group){0}, false)))
					continue;
				sx_gen_thought(p->th, "\"%s %s\"%s -> %s.%s %s (no date)", pw, p->in.tok[b].w,
				               ex ? " excluded" : "", tabs[k]->name, c->name, ex ? "IS NOT NULL" : "IS NULL");
				return add_bound_filter(p, tabs[k], c->name, ex ? SX_FOP_NOT_NULL : SX_FOP_IS_NULL, "");
			}
		for (k = 0; k < nt; k++)
			for (i = 0; i < tabs[k]->ncols; i++) {
				const sx_column *c = &tabs[k]->cols[i];
				size_t n;
				/* "products without a brand don't count": rows with
				 * no reference excluded, brand_id IS NOT NULL; "lines
				 * with no shipment", "не привязано ни к одной
				 * отгрузке": shipment_id IS NULL (gen18) */
				if (c->nullable && sx_table_col_fk(tabs[k], c->name) && (ex || !ref_grouped(p, tabs[k], c)) &&
				    /* "для отделов без сотрудников показать 0": the
				     * groups with none of the counted rows, kept at 0,
				     * not a group's own reference to one of them (gen40) */
				    !(!ex && p->in.keep_empty && tabs[k] != fact &&
				      strcasecmp(sx_table_col_fk(tabs[k], c->name)->ref_table, fact->name) == 0) &&
				    said_between(p, c, (int)b, b + 1 < p->in.ntok ? (int)b + 1 : (int)b, &n) > 0 &&
				    (tabs[k] == fact || n1_path(p, fact, tabs[k], &(sx_gen_group){0}, false))) {
					sx_gen_filter f = {0};
					f.table = tabs[k];
					f.column = astr(p, c->name);
					f.op = ex ? SX_FOP_NOT_NULL : SX_FOP_IS_NULL;
					sx_gen_thought(p->th, "\"%s %s\"%s -> %s.%s %s", pw, p->in.tok[b].w, ex ? " excluded" : "",
					               tabs[k]->name, c->name, ex ? "IS NOT NULL" : "IS NULL");
					return SX_VEC_PUSH(&p->filt, f);
				}
				if ((c->family != SX_TF_INTEGER && c->family != SX_TF_DECIMAL && c->family != SX_TF_FLOAT) ||
				    sx_table_col_in_pk(tabs[k], c->name) || sx_table_col_fk(tabs[k], c->name) ||
				    sx_gen_column_sem(tabs[k], c) == SX_SEM_IDENTIFIER || (!ex && c->nullable) ||
				    said_between(p, c, (int)b, b + 1 < p->in.ntok ? (int)b + 1 : (int)b, &n) != n || !n)
					continue;
				if (tabs[k] != fact && !n1_path(p, fact, tabs[k], &(sx_gen_group){0}, false))
					continue;
				sx_gen_thought(p->th, "\"%s %s\" -> %s.%s %s 0 (none of it%s)", pw, p->in.tok[b].w,
				               tabs[k]->name, c->name, ex ? ">" : "<=", ex ? ", those rows excluded" : "");
				return add_bound_filter(p, tabs[k], c->name, ex ? SX_FOP_GT : SX_FOP_LE, "0");
			}
		/* "top sources by sessions; сессии без источника не считаем":
		 * rows left out for missing the value a dimension groups by (a
		 * word of its column said): that column IS NOT NULL (the lead,
		 * round 36) */
		for (k = 0; ex && k < p->dims.n; k++) {
			const sx_gen_dim *d = &p->dims.v[k];
			const sx_column *c = gen_col(d->table, d->column);
			size_t n;
			if (!c || !c->nullable || d->role_col ||
			    !said_between(p, c, (int)b, b + 1 < p->in.ntok ? (int)b + 1 : (int)b, &n))
				continue;
			sx_gen_thought(p->th, "\"%s %s\" excluded -> %s.%s IS NOT NULL (the dimension's value missing)", pw,
			               p->in.tok[b].w, d->table->name, d->column);
			return add_bound_filter(p, d->table, d->column, SX_FOP_NOT_NULL, "");
		}
		/* "students with no allergies on file at all", "без единого
		 * заказа": no nullable reference nor number says it, so a table
		 * referring to the counted one names what is missing, the
		 * anti-join (gen22) */
		if (!ex && !p->in.keep_empty) {
			for (we = b; we + 1 < p->in.ntok && we + 1 <= b + 3 && p->in.tok[we].w[0] != ',' &&
			             !p->in.tok[we].semi && !p->in.tok[we].nclose;
			     we++)
				;
			if ((x = (size_t)no_referrer(p, fact, b, we, name_words_said(p, fact, b, we))) != 0)
				return (int)x == 1 ? 0 : (int)x;
		}
	}
	return 0;
}

/* Whether the clause holding token at (to the commas or sentence ends
 * either side) says its rows are left out: "skip", "ignore", "exclude",
 * "drop", "omit", "left out", "не берём", "не учитываем", "исключаем",
 * "отбрасываем" (gen29). `from` is where the clause's own words start
 * (the words said missing are no verb). */
static bool clause_excludes(plan *p, int at, int from)
{
	static const char *const en[] = {"skip", "skipped", "skipping", "ignore", "ignored", "ignoring",
					 "exclude", "excluded", "excluding", "drop", "dropped", "omit",
					 "omitted", "omitting", "disregard", "disregarded", NULL};
	static const char *const ru_not[] = {"бер", "учитыва", "счита", "включа", "нуж", "интерес", NULL};
	static const char *const ru[] = {"исключ", "отбрас", "убира", "пропуска", "выкид", NULL};
	int s = at, e = from, i;
	size_t k;
	while (s > 0 && strcmp(p->in.tok[s - 1].w, ",") != 0)
		s--;
	while (e + 1 < (int)p->in.ntok && strcmp(p->in.tok[e + 1].w, ",") != 0)
		e++;
	for (i = s; i <= e; i++) {
		const char *w = p->in.tok[i].w;
		for (k = 0; en[k]; k++)
			if (strcmp(w, en[k]) == 0)
				return true;
		for (k = 0; ru[k]; k++)
			if (strncmp(w, ru[k], strlen(ru[k])) == 0)
				return true;
		if (i + 1 <= e && (strcmp(w, "left") == 0 || strcmp(w, "leave") == 0 || strcmp(w, "leaving") == 0) &&
		    strcmp(p->in.tok[i + 1].w, "out") == 0)
			return true;
		if (i + 1 <= e && strcmp(w, "не") == 0)
			for (k = 0; ru_not[k]; k++)
				if (strncmp(p->in.tok[i + 1].w, ru_not[k], strlen(ru_not[k])) == 0)
					return true;
	}
	return false;
}

/* "customers that have a company name filled in", "компания заполнена"
 * (gen15): the nullable
 * column of the fact or a table it references whose every meaning word the
 * up to three words before "filled" / "populated" / "заполнен*" say (the
 * most words wins) is recorded: IS NOT NULL; "not filled" / "не заполнен",
 * or "no" / "without" / "без" / "нет" among those words ("no company filled
 * in", gen17): IS NULL. */
static int resolve_filled(plan *p, const sx_table *fact)
{
	const sx_table *tabs[8], *bt = NULL;
	const sx_column *bc = NULL;
	size_t nt = fact_and_parents(p, fact, tabs), b, k, i, bn = 0;
	bool neg = false;
	int from = 0, to = -1;
	for (b = 1; b < p->in.ntok && to < 0; b++) {
		const char *w = p->in.tok[b].w;
		int x = (int)b - 1, y;
		if (strcmp(w, "filled") != 0 && strcmp(w, "populated") != 0 && strcmp(w, "specified") != 0 &&
		    strncmp(w, "заполнен", 16) != 0 && strncmp(w, "указан", 12) != 0)
			continue;
		/* "без указанной компании", "without a specified company": the
		 * words after it are said missing (gen19) */
		y = x > 0 && (strcmp(p->in.tok[x].w, "a") == 0 || strcmp(p->in.tok[x].w, "an") == 0) ? x - 1 : x;
		if (y >= 0 && (strcmp(p->in.tok[y].w, "без") == 0 || strcmp(p->in.tok[y].w, "without") == 0 ||
		               strcmp(p->in.tok[y].w, "no") == 0) &&
		    b + 1 < p->in.ntok) {
			from = (int)b + 1;
			to = (int)b + 3 < (int)p->in.ntok ? (int)b + 3 : (int)p->in.ntok - 1;
			/* "фильмы без указанного режиссёра не берём", "skip rows
			 * without a specified date": the rows said missing are left
			 * out, the others kept (gen29) */
			neg = !clause_excludes(p, y, from);
			break;
		}
		while (x >= 0 && (strcmp(p->in.tok[x].w, "is") == 0 || strcmp(p->in.tok[x].w, "are") == 0 ||
		                  strcmp(p->in.tok[x].w, "not") == 0 || strcmp(p->in.tok[x].w, "не") == 0))
			neg |= strcmp(p->in.tok[x].w, "not") == 0 || strcmp(p->in.tok[x].w, "не") == 0, x--;
		to = x;
		from = x - 2 > 0 ? x - 2 : 0;
		/* "no company filled in", "without a fax number populated":
		 * the words are said missing (gen17) */
		/* ... one word further back than the column's words: "no typical
		 * buying price filled in" (gen27) */
		for (; x >= from - 1 && x >= 0; x--)
			neg |= strcmp(p->in.tok[x].w, "no") == 0 || strcmp(p->in.tok[x].w, "without") == 0 ||
			       strcmp(p->in.tok[x].w, "без") == 0 || strcmp(p->in.tok[x].w, "нет") == 0;
	}
	if (to < 0)
		return 0;
	for (k = 0; k < nt; k++)
		for (i = 0; i < tabs[k]->ncols; i++) {
			const sx_column *c = &tabs[k]->cols[i];
			size_t n, said;
			if (!c->nullable || sx_table_col_in_pk(tabs[k], c->name))
				continue;
			said = said_between(p, c, from, to, &n);
			if (n && said == n && n > bn)
				bn = n, bt = tabs[k], bc = c;
		}
	if (!bc || (bt != fact && !n1_path(p, fact, bt, &(sx_gen_group){0}, false)))
		return 0;
	/* the column already said missing or recorded by another reading
	 * ("no typical buying price filled in"): one condition (gen27) */
	for (i = 0; i < p->filt.n; i++)
		if (p->filt.v[i].table == bt && strcmp(p->filt.v[i].column, bc->name) == 0 &&
		    (p->filt.v[i].op == SX_FOP_IS_NULL || p->filt.v[i].op == SX_FOP_NOT_NULL))
			return 0;
	{
		sx_gen_filter f = {0};
		f.table = bt;
		f.column = astr(p, bc->name);
		f.op = neg ? SX_FOP_IS_NULL : SX_FOP_NOT_NULL;
		sx_gen_thought(p->th, "\"%s\" filled in -> %s.%s IS %sNULL", p->in.tok[to].w, bt->name, bc->name,
		               neg ? "" : "NOT ");
		return SX_VEC_PUSH(&p->filt, f);
	}
}

/* Whether b is a bridge from `from`: one column of its two-column key
 * refers to `from` (Affiliated_With (Physician, Department) of Physician). */
static bool is_bridge(plan *p, const sx_table *b, const sx_table *from)
{
	const sx_map_rel **rels = NULL;
	size_t nr = 0, i;
	bool yes = false;
	if (b->pk.ncols != 2 || sx_dbmap_rels_of(p->map, b, &rels, &nr, NULL))
		return false;
	for (i = 0; i < nr && !yes; i++)
		yes = rels[i]->from.t == b && rels[i]->to.t == from && rels[i]->from.ncols == 1 &&
		      !rels[i]->polymorphic && rels[i]->confidence >= 0.5 &&
		      (strcmp(rels[i]->from.cols[0], b->pk.cols[0]) == 0 ||
		       strcmp(rels[i]->from.cols[0], b->pk.cols[1]) == 0);
	free(rels);
	return yes;
}

/* tabs[0, nt) and the bridges from fact to a dimension's table (gen17):
 * their columns can restrict the rows the bridge joins. */
static size_t add_dim_bridges(plan *p, const sx_table *fact, const sx_table *tabs[8], size_t nt)
{
	const sx_map_rel **rels = NULL;
	size_t nr = 0, i, d;
	if (sx_dbmap_rels_of(p->map, fact, &rels, &nr, NULL))
		return nt;
	for (i = 0; i < nr && nt < 8; i++) {
		const sx_table *b = rels[i]->from.t;
		if (rels[i]->to.t != fact || !b || b == fact || !is_bridge(p, b, fact))
			continue;
		for (d = 0; d < p->dims.n; d++)
			if (p->dims.v[d].table != fact && p->dims.v[d].table != b && is_bridge(p, b, p->dims.v[d].table)) {
				tabs[nt++] = b;
				break;
			}
	}
	free(rels);
	return nt;
}

/* "counting only the lines that got a discount", "only doctors whose
 * primary affiliation ...", "только строки со скидкой" (gen17): in the
 * clause after "only" / "только" / "лишь", a number column (no key) of the
 * fact or a table it references whose every meaning word is said keeps the
 * rows that have some: col > 0; a yes/no column said so keeps its yes
 * rows. The column saying the most words wins. */
static int resolve_only(plan *p, const sx_table *fact)
{
	const sx_table *tabs[8], *bt = NULL;
	const sx_column *bc = NULL;
	const char *byes = NULL;
	size_t nt = fact_and_parents(p, fact, tabs), b, e, k, i, bn = 0;
	nt = add_dim_bridges(p, fact, tabs, nt);
	for (b = 0; b < p->in.ntok && !bc; b++) {
		const char *w = p->in.tok[b].w;
		if (strcmp(w, "only") != 0 && strcmp(w, "только") != 0 && strcmp(w, "лишь") != 0)
			continue;
		for (e = b + 1; e < p->in.ntok && e <= b + 10 && p->in.tok[e].w[0] != ',' && !p->in.tok[e - 1].semi;
		     e++)
			;
		for (k = 0; k < nt; k++)
			for (i = 0; i < tabs[k]->ncols; i++) {
				const sx_column *c = &tabs[k]->cols[i];
				const char *yes = NULL, *no = NULL;
				bool num = (c->family == SX_TF_INTEGER || c->family == SX_TF_DECIMAL ||
				            c->family == SX_TF_FLOAT) &&
				           sx_gen_column_sem(tabs[k], c) != SX_SEM_IDENTIFIER;
				size_t n;
				if (sx_table_col_in_pk(tabs[k], c->name) || sx_table_col_fk(tabs[k], c->name) ||
				    said_between(p, c, (int)b + 1, (int)e - 1, &n) != n || n <= bn)
					continue;
				if (flag_column(p, tabs[k], c, &yes, &no))
					bn = n, bt = tabs[k], bc = c, byes = yes;
				else if (num)
					bn = n, bt = tabs[k], bc = c, byes = NULL;
			}
	}
	if (!bc || (bt != fact && !is_bridge(p, bt, fact) && !n1_path(p, fact, bt, &(sx_gen_group){0}, false)))
		return 0;
	for (i = 0; i < p->filt.n; i++)
		if (p->filt.v[i].table == bt && strcmp(p->filt.v[i].column, bc->name) == 0)
			return 0;
	if (byes) {
		sx_gen_thought(p->th, "only ... \"%s\" -> %s.%s = '%s' (the yes rows)", bc->name, bt->name, bc->name,
		               byes);
		return add_value_filter(p, bt, bc->name, byes, false);
	}
	sx_gen_thought(p->th, "only ... \"%s\" -> %s.%s > 0 (the rows that have some)", bc->name, bt->name,
	               bc->name);
	return add_bound_filter(p, bt, bc->name, SX_FOP_GT, "0");
}

/* A value filter of the whole query on the column a measure filters on
 * with another value leaves that measure nothing ("monthly average amount
 * of delivered orders and number of cancelled orders": WHERE status =
 * 'delivered' beside a count of the cancelled ones, always 0): it is the
 * own filter of the other measures instead, when they all sit on its
 * table (the lead, round 28). Returns -1 out of memory. */
static int clashing_filters(plan *p)
{
	size_t i, k;
	for (i = 0; i < p->filt.n; i++) {
		const sx_gen_filter *f = &p->filt.v[i];
		sx_gen_filter *own;
		bool clash = false, fits = true;
		if ((f->op != SX_FOP_EQ && f->op != SX_FOP_IN) || f->nvalues != 1 || f->is_date || f->other)
			continue;
		for (k = 0; k < p->meas.n; k++) {
			const sx_gen_measure *m = &p->meas.v[k];
			const sx_gen_filter *o = m->only;
			if (o)
				clash |= (o->op == SX_FOP_EQ || o->op == SX_FOP_IN) && o->nvalues == 1 && o->table == f->table &&
				         strcmp(o->column, f->column) == 0 && strcmp(o->values[0], f->values[0]) != 0;
			else
				fits &= m->table == f->table && !m->per && !m->via && !m->pct;
		}
		if (!clash || !fits)
			continue;
		if (!(own = sx_arena_alloc(p->s->arena, sizeof *own)))
			return -1;
		*own = *f;
		for (k = 0; k < p->meas.n; k++)
			if (!p->meas.v[k].only)
				p->meas.v[k].only = own;
		sx_gen_thought(p->th, "%s.%s = '%s' would leave the measure filtered on another %s nothing: "
		               "it filters the other measures only", own->table->name, own->column, own->values[0],
		               own->column);
		memmove(&p->filt.v[i], &p->filt.v[i + 1], (p->filt.n - i - 1) * sizeof p->filt.v[0]);
		p->filt.n--;
		i--;
	}
	return 0;
}

/* "refunds ...: total refunded amount": two phrases that give the same
 * aggregate of the same expression over the same rows are one measure;
 * the later copy is dropped (gen17). */
static void drop_same_measures(plan *p)
{
	size_t i, k, n = 0;
	for (i = 0; i < p->meas.n; i++) {
		const sx_gen_measure *m = &p->meas.v[i];
		bool same = false;
		for (k = 0; k < n && !same; k++)
			same = same_measure(&p->meas.v[k], m);
		if (same) {
			sx_gen_thought(p->th, "%s repeats %s: one measure", m->name, p->meas.v[k - 1].name);
			continue;
		}
		p->meas.v[n++] = *m;
	}
	p->meas.n = n;
}

/* Whether expr ("{line_total}", "{UnitPrice} * {Quantity}") reads a money
 * column of t. */
static bool expr_money(const sx_table *t, const char *expr)
{
	const char *a = expr;
	while (a && (a = strchr(a, '{'))) {
		const char *e = strchr(++a, '}');
		char col[128];
		const sx_column *c;
		if (!e || (size_t)(e - a) >= sizeof col)
			return false;
		memcpy(col, a, (size_t)(e - a));
		col[e - a] = '\0';
		if ((c = sx_table_find_column(t, col)) && sx_gen_column_sem(t, c) == SX_SEM_MONEY)
			return true;
		a = e;
	}
	return false;
}

/* "revenue per country (invoice totals)", "выручка: сумма выставленных
 * счетов", "order revenue ... (order totals)": a sum of the lines' money
 * beside a sum of their header's own total is one amount said twice, the
 * second saying which: the header's total is kept, in the first one's
 * place, with its share or running total. Only where the header reaches
 * every dimension and filter the lines did (gen35-lead). */
static void header_total_for_lines(plan *p)
{
	size_t i, k, d;
	for (i = 0; i < p->meas.n; i++)
		if (p->meas.v[i].after_step)
			return; /* funnel steps refer to one another by index */
	for (i = 0; i < p->meas.n; i++) {
		sx_gen_measure *a = &p->meas.v[i];
		/* the lines' revenue said as a word ("revenue", "выручка"); an
		 * amount named for itself ("total paid amount": the payments')
		 * is another number than the order's */
		if (a->agg != SX_AGG_SUM || a->only || a->via || a->per || a->pct || !a->expr ||
		    strcmp(a->name, "revenue") != 0 || !expr_money(a->table, a->expr))
			continue;
		for (k = 0; k < p->meas.n; k++) {
			sx_gen_measure *b = &p->meas.v[k];
			sx_gen_group g0 = {0};
			sx_gen_join jj[32];
			const sx_column *c;
			bool ok = true;
			char col[128];
			size_t len;
			if (k == i || b->agg != SX_AGG_SUM || b->table == a->table || b->only || b->via || b->per ||
			    b->pct || !b->expr || b->expr[0] != '{' || (len = strlen(b->expr)) < 3 ||
			    b->expr[len - 1] != '}' || strchr(b->expr + 1, '{') || len - 2 >= sizeof col)
				continue;
			memcpy(col, b->expr + 1, len - 2);
			col[len - 2] = '\0';
			if (!(c = sx_table_find_column(b->table, col)) || sx_gen_column_sem(b->table, c) != SX_SEM_MONEY ||
			    !(has_word(c->name, "total") || has_word(c->name, "amount") || has_word(c->name, "sum")))
				continue;
			g0.joins = jj;
			g0.fact = a->table;
			if (!n1_path(p, a->table, b->table, &g0, false))
				continue;
			g0.fact = b->table;
			for (d = 0; d < p->dims.n && ok; d++)
				ok = n1_path(p, b->table, p->dims.v[d].table, &g0, false);
			for (d = 0; d < p->filt.n && ok; d++)
				ok = p->filt.v[d].is_date || n1_path(p, b->table, p->filt.v[d].table, &g0, false);
			if (!ok)
				continue;
			sx_gen_thought(p->th, "%s (%s.%s) and %s (%s.%s) are one amount: the header's total is the sum "
			               "asked for", a->name, a->table->name, a->expr, b->name, b->table->name, c->name);
			if (!b->window && a->window) {
				b->window = a->window;
				b->window_name = a->window_name;
				b->window_pct = a->window_pct;
				b->window_only = a->window_only;
			}
			b->convert = b->convert || a->convert;
			*a = *b;
			memmove(b, b + 1, (p->meas.n - k - 1) * sizeof *b);
			p->meas.n--;
			if (k < i)
				i--;
			break;
		}
	}
}

/* A plain COUNT(*) of table t beside a COUNT(DISTINCT) of t's own key
 * over the same rows: the same number asked twice (the rows of t counted
 * over a join that fans them out are no other number anyone asks); the
 * plain count is dropped (gen27). */
/* Whether a count named "<noun>_count" and a distinct count named
 * "distinct_<noun>..." were said of the same noun ("number of
 * companies", "разных компаний"), not of two ("количество заказов и
 * уникальных клиентов"). */
static bool same_noun(const char *count, const char *distinct)
{
	size_t l = strlen(count);
	if (l <= 6 || strcmp(count + l - 6, "_count") != 0 || strncmp(distinct, "distinct_", 9) != 0)
		return false;
	return strncasecmp(count, distinct + 9, l - 6) == 0;
}

static void drop_count_beside_distinct(plan *p)
{
	size_t i, k, n = 0;
	for (i = 0; i < p->meas.n; i++) {
		const sx_gen_measure *m = &p->meas.v[i];
		bool same = false;
		for (k = 0; k < p->meas.n && !same && m->agg == SX_AGG_COUNT && !m->expr; k++) {
			const sx_gen_measure *o = &p->meas.v[k];
			const char *key = key_of(p, o->table);
			same = k != i && o->agg == SX_AGG_COUNT_DISTINCT && o->table == m->table && o->via == m->via &&
			       o->per == m->per && !o->only && !m->only && o->window == m->window && key && o->expr &&
			       o->expr[0] == '{' && strlen(o->expr) == strlen(key) + 2 &&
			       strncmp(o->expr + 1, key, strlen(key)) == 0 && same_noun(m->name, o->name);
			if (same)
				sx_gen_thought(p->th, "%s counts the rows of %s whose distinct keys %s counts: one measure",
				               m->name, m->table->name, o->name);
		}
		if (!same)
			p->meas.v[n++] = *m;
	}
	p->meas.n = n;
}

/* ---------------------------------------------------------------- groups */

/* "Invoice totals per country, 2023 next to 2024: country, 2023 total,
 * 2024 total" (read_pivot): each measure once per year, in the year's
 * order, its rows those of that year on the group's time column (a
 * measure's `only`, SX_FOP_DATE_RANGE), named "<measure>_<year>"; a sum or
 * a count of a year with no rows is 0. No year grain beside it. Only
 * plain measures (no filter of their own, no two levels, no share,
 * window or funnel step), four at most, an aggregate with no top N, no
 * threshold and no running total (the lead, round 36). */
static int pivot_years(plan *p)
{
	sx_gen_spec *s = p->s;
	size_t i, n = p->meas.n, y;
	sx_gen_measure *old;
	if (!p->in.pivot || s->load != SX_LOAD_AGGREGATE || p->in.top_n || s->having || p->in.share ||
	    p->in.running || !n || n > 4)
		return 0;
	for (i = 0; i < n; i++) {
		const sx_gen_measure *m = &p->meas.v[i];
		if (m->only || m->per || m->pct || m->window != SX_WIN_NONE || m->after_step)
			return 0;
	}
	if (!(old = sx_arena_alloc(s->arena, n * sizeof *old)))
		return SX_ENOMEM;
	memcpy(old, p->meas.v, n * sizeof *old);
	p->meas.n = 0;
	for (i = 0; i < n; i++)
		for (y = 0; y < 2; y++) {
			sx_gen_measure m = old[i];
			sx_gen_filter *f = sx_arena_alloc(s->arena, sizeof *f);
			const char **v = sx_arena_alloc(s->arena, 2 * sizeof *v);
			int yr = p->in.years[0] < p->in.years[1] ? p->in.years[y] : p->in.years[1 - y];
			char buf[160];
			if (!f || !v)
				return SX_ENOMEM;
			memset(f, 0, sizeof *f);
			snprintf(buf, sizeof buf, "%d-01-01", yr);
			v[0] = astr(p, buf);
			snprintf(buf, sizeof buf, "%d-01-01", yr + 1);
			v[1] = astr(p, buf);
			f->op = SX_FOP_DATE_RANGE;
			f->values = v;
			f->nvalues = 2;
			f->is_date = true;
			m.only = f;
			m.zero_empty = m.agg == SX_AGG_SUM || m.agg == SX_AGG_COUNT || m.agg == SX_AGG_COUNT_DISTINCT;
			snprintf(buf, sizeof buf, "%s_%d", old[i].name, yr);
			m.name = astr(p, buf);
			if (SX_VEC_PUSH(&p->meas, m))
				return SX_ENOMEM;
		}
	sx_gen_thought(p->th, "%d next to %d: each measure once per year, its rows that year's (a year with "
		       "none gives 0), no year grain",
		       p->in.years[0] < p->in.years[1] ? p->in.years[0] : p->in.years[1],
		       p->in.years[0] < p->in.years[1] ? p->in.years[1] : p->in.years[0]);
	s->grain = SX_GRAIN_NONE;
	s->measures = p->meas.v;
	s->nmeasures = p->meas.n;
	return 0;
}

static int build_groups(plan *p)
{
	sx_gen_spec *s = p->s;
	size_t i, k;
	s->groups = sx_arena_alloc(s->arena, (p->meas.n + 1) * sizeof *s->groups);
	if (!s->groups)
		return SX_ENOMEM;
	for (i = 0; i < p->meas.n; i++) {
		sx_gen_group *g = NULL;
		const sx_table *ft = p->meas.v[i].via ? p->meas.v[i].via : p->meas.v[i].table;
		/* a two-level measure is a group of its own: its sums per key first */
		for (k = 0; k < s->ngroups && !p->meas.v[i].per; k++)
			if (s->groups[k].fact == ft && !s->groups[k].per)
				g = &s->groups[k];
		if (!g) {
			g = &s->groups[s->ngroups++];
			g->fact = ft;
			g->per = p->meas.v[i].per;
			g->per_key = g->per ? key_of(p, g->per) : NULL;
			g->measures = sx_arena_alloc(s->arena, p->meas.n * sizeof *g->measures);
			g->joins = sx_arena_alloc(s->arena, 32 * sizeof *g->joins);
			if (!g->measures || !g->joins)
				return SX_ENOMEM;
		}
		g->measures[g->nmeasures++] = i;
	}
	return 0;
}

/* The integer year of g's fact, else of a parent it reaches many-to-one,
 * as g's time column (gen19). */
/* Whether the words ask for a time at all: a grain, a range of years or
 * months, the last N days or weekends. An aggregate asked for none joins
 * no header for its time (an empty parent would leave no rows; gen20). */
static bool time_asked(const plan *p)
{
	return p->in.grain || p->in.year_from || p->in.year_dates || p->in.month || p->in.last_days || p->in.weekend;
}

static void year_time(plan *p, sx_gen_group *g)
{
	const sx_map_rel **rels = NULL;
	const sx_column *yc = year_col(p, g->fact);
	const sx_table *yt = g->fact;
	size_t nr = 0, j;
	if (!yc && !sx_dbmap_rels_of(p->map, g->fact, &rels, &nr, NULL)) {
		for (j = 0; j < nr && !yc; j++) {
			const sx_map_rel *r = rels[j];
			if (r->from.t != g->fact || !r->to.t || r->to.t == g->fact || r->polymorphic || r->via.t ||
			    r->card == SX_CARD_MANY_TO_MANY || !(yc = year_col(p, r->to.t)))
				continue;
			yt = r->to.t;
			if (!n1_path(p, g->fact, yt, g, true))
				yc = NULL;
		}
		free(rels);
	}
	if (!yc)
		return;
	g->time_table = yt;
	g->time_column = yc->name;
	g->time_year = true;
	sx_gen_thought(p->th, "%s has no date: its time is the integer year %s.%s", g->fact->name, yt->name,
	               yc->name);
}

/* Every group must reach every dimension and filter table many-to-one. */
/* The second copy of a role dimension's table, LEFT JOINed on its self
 * reference after the first (gen24): the rows without a superior keep a
 * row of their own. */
static void self_join(plan *p, sx_gen_group *g, const sx_gen_dim *d)
{
	const sx_map_rel *r;
	size_t j;
	if (!d->role_col || g->njoins + 1 >= 32 || !(r = self_ref(p, d->table)))
		return;
	for (j = 0; j < g->njoins; j++)
		if (g->joins[j].from == d->table && g->joins[j].to == d->table &&
		    strcmp(g->joins[j].from_cols[0], d->role_col) == 0)
			return;
	g->joins[g->njoins++] = (sx_gen_join){d->table, d->table, 1, r->from.cols, r->to.cols, true};
}

static int join_groups(plan *p)
{
	sx_gen_spec *s = p->s;
	size_t i, k;
	for (k = 0; k < s->ngroups; k++) {
		sx_gen_group *g = &s->groups[k];
		double ts = 0;
		const sx_column *tc;
		for (i = 0; i < g->nmeasures; i++) {
			const sx_gen_measure *m = &p->meas.v[g->measures[i]];
			if (m->via && !n1_path(p, g->fact, m->table, g, true))
				return sx_error_set(
				    p->err, SX_EINVAL,
				    "%s cannot be counted over %s (no many-to-one path)",
				    m->table->name, g->fact->name);
			if (m->per && !n1_path(p, g->fact, m->per, g, true))
				return sx_error_set(
				    p->err, SX_EINVAL,
				    "%s cannot be summed per %s (no many-to-one path)",
				    g->fact->name, m->per->name);
			/* a per-measure filter on a parent's column (the order's status
			 * for a line's revenue) */
			if (m->only && m->only->table && m->only->table != g->fact &&
			    !n1_path(p, g->fact, m->only->table, g, true))
				return sx_error_set(p->err, SX_EINVAL,
				                    "%s cannot be filtered by %s.%s (no many-to-one path)",
				                    g->fact->name, m->only->table->name, m->only->column);
		}
		for (i = 0; i < p->dims.n; i++)
			if (!n1_path(p, g->fact, p->dims.v[i].table, g, true))
				return sx_error_set(p->err, SX_EINVAL,
						    "%s cannot be split by %s.%s without multiplying rows "
						    "(no many-to-one path); choose another dimension",
						    g->fact->name, p->dims.v[i].table->name, p->dims.v[i].column);
		for (i = 0; i < p->dims.n; i++)
			self_join(p, g, &p->dims.v[i]);
		for (i = 0; i < p->filt.n; i++) {
			if (!p->filt.v[i].is_date)
				n1_path(p, g->fact, p->filt.v[i].table, g, true);
			if (p->filt.v[i].other && p->filt.v[i].op == SX_FOP_GT_COL) /* the parent compared with (gen21) */
				n1_path(p, g->fact, p->filt.v[i].other, g, true);
		}
		/* time column by meaning, through the header when the fact has none */
		if (p->req->time_column && s->time_table) {
			if (n1_path(p, g->fact, s->time_table, g, true)) {
				g->time_table = s->time_table;
				g->time_column = s->time_column;
			}
		} else if ((tc = best_time(p, g->fact, &ts)) && ts >= 0.5) {
			g->time_table = g->fact;
			g->time_column = tc->name;
		} else if (time_asked(p) || s->load != SX_LOAD_AGGREGATE) {
			const sx_map_rel **rels = NULL;
			size_t nr = 0, j;
			const sx_table *bt = NULL;
			const sx_column *bc = NULL;
			double bs = 0;
			if (!sx_dbmap_rels_of(p->map, g->fact, &rels, &nr, NULL)) {
				for (j = 0; j < nr; j++) {
					const sx_map_rel *r = rels[j];
					const sx_map_table *a = sx_dbmap_table(p->map, g->fact),
							   *b = r->to.t ? sx_dbmap_table(p->map, r->to.t) : NULL;
					double sc;
					/* a header is a direct parent, never the far side of a
					 * bridge (a film's actors are no header of the film) */
					if (r->from.t != g->fact || !r->to.t || r->polymorphic || r->from_nullable ||
					    r->via.t || r->card == SX_CARD_MANY_TO_MANY)
						continue;
					if (!(tc = best_time(p, r->to.t, &sc)))
						continue;
					if (a && b && a->domain == b->domain)
						sc += 0.3;
					if (sc > bs)
						bs = sc, bt = r->to.t, bc = tc;
				}
				free(rels);
			}
			if (bt && n1_path(p, g->fact, bt, g, true)) {
				g->time_table = bt;
				g->time_column = bc->name;
				sx_gen_thought(p->th, "%s has no event time of its own: its time is %s.%s "
					       "(its header, joined many-to-one)", g->fact->name, bt->name, bc->name);
			}
		}
		/* no date at all: an integer year of the fact or its header serves
		 * a year grain or a range of whole years (gen19) */
		if (!g->time_column && !p->req->time_column && !p->in.month && !p->in.last_days &&
		    !p->in.weekend &&
		    (p->in.grain == SX_GRAIN_YEAR || (!p->in.grain && (p->in.year_from || p->in.year_dates))))
			year_time(p, g);
		if (k == 0) {
			s->time_table = g->time_table;
			s->time_column = g->time_column;
			s->time_year = g->time_year;
			if (g->time_column)
				sx_gen_thought(p->th, "time column -> %s.%s (the business event, not updated_at)",
					       g->time_table->name, g->time_column);
		}
		if (g->time_table && g->time_table != g->fact &&
		    !n1_path(p, g->fact, g->time_table, g, true))
			g->time_table = NULL, g->time_column = NULL;
	}
	if (s->ngroups > 1)
		sx_gen_thought(p->th,
			       "measures live on %zu tables: each is aggregated at the grain in its own CTE, "
			       "then joined (no fan trap: summing a header after joining its lines would "
			       "multiply it)",
			       s->ngroups);
	return 0;
}

/* ---------------------------------------------------------------- overrides */

static int parse_ref(plan *p, const char *ref, const sx_table **t, const char **col)
{
	char buf[256];
	const char *dot = strrchr(ref, '.');
	sx_table *tt = NULL;
	if (!dot || (size_t)(dot - ref) >= sizeof buf)
		return sx_error_set(p->err, SX_EUSAGE, "'%s': want TABLE.COLUMN", ref);
	memcpy(buf, ref, (size_t)(dot - ref));
	buf[dot - ref] = '\0';
	if (sx_catalog_resolve(p->cat, buf, &tt, p->err))
		return p->err ? p->err->code : SX_ENOTFOUND;
	if (!sx_table_find_column(tt, dot + 1))
		return sx_error_set(p->err, SX_ENOTFOUND, "no column '%s' in %s", dot + 1, tt->name);
	*t = tt;
	*col = sx_table_find_column(tt, dot + 1)->name;
	return 0;
}

/* ---------------------------------------------------------------- entity loads */

static int entity_cols(plan *p, const sx_table *e, bool mask)
{
	sx_gen_spec *s = p->s;
	size_t i, n = 0;
	s->cols = sx_arena_alloc(s->arena, (e->ncols + 1) * sizeof *s->cols);
	s->col_masks = sx_arena_alloc(s->arena, (e->ncols + 1) * sizeof *s->col_masks);
	s->col_out = sx_arena_alloc(s->arena, (e->ncols + 1) * sizeof *s->col_out);
	if (!s->cols || !s->col_masks || !s->col_out)
		return SX_ENOMEM;
	for (i = 0; i < e->ncols; i++) {
		const sx_map_column *mc = sx_dbmap_column(p->map, e, e->cols[i].name);
		if (e->cols[i].family == SX_TF_JSON || e->cols[i].family == SX_TF_BINARY)
			continue;
		if (mask && mc) {
			sx_map_pii c = mc->pii;
			if (c != SX_PII_EMAIL && c != SX_PII_PHONE && c != SX_PII_PERSON_NAME &&
			    c != SX_PII_BIRTH_DATE) {
				sx_gen_thought(p->th, "masked export: %s.%s (%s) is dropped", e->name,
					       e->cols[i].name, sx_map_pii_name(c));
				continue;
			}
			s->col_masks[n] = sx_map_pii_name(c);
			if (c == SX_PII_BIRTH_DATE)
				sx_gen_thought(
				    p->th,
				    "masked export: %s.%s (birth_date) keeps only its year, as the "
				    "1st of January: still a date in every target",
				    e->name, e->cols[i].name);
			else
				sx_gen_thought(p->th, "masked export: %s.%s (%s) is masked",
				               e->name, e->cols[i].name, sx_map_pii_name(c));
		}
		/* a masked column keeps its name: a birth date becomes the 1st of
		 * January of its year, still a date (render.c, mask_expr) */
		s->col_out[n] = e->cols[i].name;
		s->cols[n++] = e->cols[i].name;
	}
	s->ncols = n;
	return 0;
}

static bool col_is_fk(const sx_table *t, const char *col)
{
	size_t i, k;
	for (i = 0; i < t->nfks; i++)
		for (k = 0; k < t->fks[i].ncols; k++)
			if (strcmp(t->fks[i].cols[k], col) == 0)
				return true;
	return false;
}

/* A deduplication with no key in the intent: rows that repeat share the
 * entity's natural key, never its surrogate primary key (unique by
 * construction, so nothing would be removed). First a unique constraint
 * that is not the primary key and refers to no other table, then an e-mail
 * column (the usual identity of a person or an account); else the caller
 * falls back to the primary key. */
static void natural_key(plan *p, const sx_table *e)
{
	sx_gen_spec *s = p->s;
	size_t i, k;
	for (i = 0; i < e->nuniques; i++) {
		bool ok = e->uniques[i].ncols > 0;
		for (k = 0; k < e->uniques[i].ncols && ok; k++)
			ok = gen_col(e, e->uniques[i].cols[k]) &&
			     !col_is_fk(e, e->uniques[i].cols[k]);
		if (ok) {
			s->key = e->uniques[i].cols;
			s->nkey = e->uniques[i].ncols;
			sx_gen_thought(p->th,
			               "dedup key: %s.%s%s, the natural key (a unique constraint)",
			               e->name, s->key[0], s->nkey > 1 ? ", ..." : "");
			return;
		}
	}
	for (i = 0; i < e->ncols; i++) {
		const sx_map_column *mc = sx_dbmap_column(p->map, e, e->cols[i].name);
		if (mc && mc->pii == SX_PII_EMAIL && !col_is_fk(e, e->cols[i].name)) {
			s->key = sx_arena_alloc(p->s->arena, sizeof *s->key);
			if (!s->key)
				return;
			s->key[0] = e->cols[i].name;
			s->nkey = 1;
			sx_gen_thought(p->th,
			               "dedup key: %s.%s, the natural key (an e-mail address); say "
			               "\"by COLUMN\" for another",
			               e->name, s->key[0]);
			return;
		}
	}
	sx_gen_thought(p->th,
	               "dedup key: no natural key on %s (no unique constraint or e-mail); its "
	               "primary key is used, which keeps every row: say \"by COLUMN\"",
	               e->name);
}

static int plan_entity(plan *p)
{
	sx_gen_spec *s = p->s;
	double conf = 0;
	const sx_table *e = NULL;
	size_t i;
	int rc;
	const sx_column *wm = NULL;
	if (p->rank_t)
		e = p->rank_t;
	if (!e && p->in.nouns.n)
		e = resolve_entity(p, &p->in.nouns, &conf);
	if (!e && p->in.ndims && s->load != SX_LOAD_DEDUP)
		e = resolve_entity(p, &p->in.dims[0], &conf);
	if (!e && p->rel.n)
		e = p->rel.v[0].t;
	if (!e)
		return sx_error_set(p->err, SX_EINVAL, "which table? name the entity to load");
	s->entity = e;
	if ((rc = entity_cols(p, e, s->load == SX_LOAD_MASKED_EXPORT)))
		return rc;
	/* key */
	if (s->load == SX_LOAD_DEDUP && p->in.ndims) {
		/* "latest per shipment": the column of e referring to that entity, or a
		 * column named by the phrase */
		const sx_table *k = resolve_entity(p, &p->in.dims[0], &conf);
		const char *col = NULL, *named = NULL;
		double bs = 0;
		size_t a;
		for (i = 0; i < e->ncols; i++) {
			double sc = col_match(p, &p->in.dims[0], e, &e->cols[i]);
			if (sc > bs)
				bs = sc, named = e->cols[i].name;
		}
		/* "by email": a column of the entity the phrase names completely wins
		 * over a table that has such a column (users.email) and the entity's
		 * key to it (user_id) */
		if (bs >= 0.9)
			col = named;
		/* "per shipment": a table the entity refers to (the best reading that is
		 * not the entity itself) */
		for (a = 0; a < 3 && !col; a++) {
			const sx_table *c2 = a == 0 ? k : p->last_alt[a];
			if (c2 && c2 != e)
				col = fk_to(p, e, c2);
		}
		if (!col)
			col = named;
		if (col == named && col)
			sx_gen_thought(p->th,
			               "dedup key: %s.%s, the column the intent names (%.2f)",
			               e->name, col, bs);
		else if (col)
			sx_gen_thought(
			    p->th,
			    "dedup key: %s.%s, the key to the entity the intent names (%.2f)",
			    e->name, col, conf);
		if (col) {
			s->key = sx_arena_alloc(s->arena, sizeof *s->key);
			s->key[0] = col;
			s->nkey = 1;
		}
	}
	if (!s->nkey && s->load == SX_LOAD_DEDUP)
		natural_key(p, e);
	for (i = 0; s->load == SX_LOAD_DEDUP && i < s->nkey; i++) {
		const sx_column *kc = gen_col(e, s->key[i]);
		if (kc && kc->nullable) {
			sx_gen_thought(
			    p->th,
			    "dedup key %s.%s may be NULL: rows without it match no other row "
			    "and are left out of the deduplicated table",
			    e->name, s->key[i]);
			if (p->fl)
				sx_finding_add(p->fl, SX_SEV_WARNING, SX_CAT_LOGIC,
				               "gen.dedup-null-key", SX_ART_SELECT_SQL, 0, 0,
				               "load them separately or name another key",
				               "%s.%s is nullable: rows where it is NULL are not "
				               "in the target",
				               e->name, s->key[i]);
		}
	}
	if (!s->nkey) {
		double kc;
		const char *mk;
		if (e->pk.ncols) {
			s->key = e->pk.cols;
			s->nkey = e->pk.ncols;
		} else if (e->nuniques) {
			s->key = e->uniques[0].cols;
			s->nkey = e->uniques[0].ncols;
		} else if ((mk = gen_map_key_col(p->map, e, &kc)) && (s->key = sx_arena_alloc(s->arena, sizeof *s->key))) {
			/* no key declared (a ClickHouse table): the map's */
			s->key[0] = mk;
			s->nkey = 1;
			sx_gen_thought(p->th,
			               "key: %s.%s (%.2f); %s declares no key: %s", e->name, mk, kc, e->name,
			               e->engine && kc < 1 ? "the column it is ordered by, named as its id"
			                                   : "the column the map's relationships refer to");
		}
	}
	/* watermark: updated_at, else the business time, else a growing id */
	for (i = 0; i < e->ncols; i++)
		if (sx_gen_column_sem(e, &e->cols[i]) == SX_SEM_TS_UPDATED && !e->cols[i].nullable)
			wm = &e->cols[i];
	if (!wm) {
		double ts;
		wm = best_time(p, e, &ts);
	}
	if (wm) {
		s->watermark = wm->name;
		s->order_col = wm->name;
	} else if (s->nkey == 1) {
		s->watermark = s->key[0];
		s->order_col = s->key[0];
	}
	if (s->load == SX_LOAD_DEDUP) {
		double ts;
		const sx_column *tc = best_time(p, e, &ts);
		if (tc)
			s->order_col = tc->name;
	}
	sx_gen_thought(p->th, "%s load of %s: key (%s%s), %s %s", sx_gen_load_name(s->load), e->name,
		       s->nkey ? s->key[0] : "none", s->nkey > 1 ? ", ..." : "",
		       s->load == SX_LOAD_DEDUP ? "latest by" : "watermark",
		       s->load == SX_LOAD_DEDUP ? (s->order_col ? s->order_col : "?")
						: (s->watermark ? s->watermark : "none (full reload)"));
	if (!s->nkey && p->fl)
		sx_finding_add(p->fl, SX_SEV_WARNING, SX_CAT_LOGIC, "gen.no-key", SX_ART_LOAD_SQL, 0, 0,
			       "declare a primary key on the source", "%s has no key: upserts cannot be idempotent",
			       e->name);
	return 0;
}

/* ---------------------------------------------------------------- naming */

static void make_name(plan *p)
{
	sx_gen_spec *s = p->s;
	sx_buf b = SX_BUF_INIT;
	size_t i;
	switch (s->load) {
	case SX_LOAD_AGGREGATE:
		if (s->grain)
			sx_buf_printf(&b, "%s_", s->grain == SX_GRAIN_DAY ? "daily" : s->grain == SX_GRAIN_HOUR ? "hourly"
						 : s->grain == SX_GRAIN_WEEK ? "weekly" : s->grain == SX_GRAIN_MONTH ? "monthly"
						 : s->grain == SX_GRAIN_QUARTER ? "quarterly" : "yearly");
		if (s->top_n)
			sx_buf_printf(&b, "top%d_", s->top_n);
		sx_buf_puts(&b, s->nmeasures ? s->measures[0].name : "rows");
		for (i = 0; i < s->ndims && i < 2; i++)
			sx_buf_printf(&b, "_%s%s", i ? "" : "by_", s->dims[i].name);
		break;
	case SX_LOAD_DENORM360:
		sx_buf_printf(&b, "%s_360", s->entity ? s->entity->name : "entity");
		break;
	default:
		sx_buf_printf(&b, "%s_%s", s->entity ? s->entity->name : "rows",
			      s->load == SX_LOAD_INCREMENTAL ? "copy"
			      : s->load == SX_LOAD_SNAPSHOT ? (s->list ? "list" : "snapshot")
			      : s->load == SX_LOAD_SCD2 ? "history" : s->load == SX_LOAD_DEDUP ? "dedup" : "masked");
	}
	for (i = 0; i < b.len; i++)
		if (!isalnum((unsigned char)b.ptr[i]))
			b.ptr[i] = '_';
		else
			b.ptr[i] = (char)tolower((unsigned char)b.ptr[i]);
	if (b.len > 60)
		b.ptr[60] = '\0';
	s->target_table = astr(p, sx_buf_cstr(&b));
	sx_buf_release(&b);
}

/* ---------------------------------------------------------------- currency */

static void plan_rates(plan *p)
{
	sx_gen_spec *s = p->s;
	const sx_table *fact = s->ngroups ? s->groups[0].fact : NULL;
	size_t i, k;
	bool want = false;
	for (i = 0; i < s->nmeasures; i++)
		want |= s->measures[i].convert;
	if (!want || !fact)
		return;
	for (i = 0; i < fact->ncols; i++)
		if (has_word(fact->cols[i].name, "currency"))
			s->fact_cur_col = fact->cols[i].name, s->fact_cur_table = fact;
	if (!s->fact_cur_col && s->groups[0].time_table)
		for (i = 0; i < s->groups[0].time_table->ncols; i++)
			if (has_word(s->groups[0].time_table->cols[i].name, "currency"))
				s->fact_cur_col = s->groups[0].time_table->cols[i].name,
				s->fact_cur_table = s->groups[0].time_table;
	/* a table with a rate column, a date and a currency code */
	for (k = 0; k < p->db->nschemas && !s->rate_table; k++) {
		const sx_schema *sc = p->db->schemas[k];
		size_t t;
		for (t = 0; t < sc->ntables && !s->rate_table; t++) {
			const sx_table *tb = sc->tables[t];
			const char *rc = NULL, *dc = NULL, *cc = NULL;
			for (i = 0; i < tb->ncols; i++) {
				const sx_column *c = &tb->cols[i];
				if (has_word(c->name, "rate") && (c->family == SX_TF_DECIMAL || c->family == SX_TF_FLOAT))
					rc = c->name;
				else if (c->family == SX_TF_DATE || (has_word(c->name, "date") && !dc))
					dc = c->name;
				else if (has_word(c->name, "currency"))
					cc = c->name;
			}
			if (rc && dc && cc) {
				const char *to;
				s->rate_table = tb;
				s->rate_col = rc;
				s->rate_date_col = dc;
				s->rate_cur_col = cc;
				if ((to = strstr(rc, "to_")) && strlen(to + 3) == 3) {
					char up[4];
					for (i = 0; i < 3; i++)
						up[i] = (char)toupper((unsigned char)to[3 + i]);
					up[3] = '\0';
					s->base_currency = astr(p, up);
				}
			}
		}
	}
	if (!s->rate_table || !s->fact_cur_col) {
		for (i = 0; i < s->nmeasures; i++)
			s->measures[i].convert = false;
		sx_gen_thought(p->th, "conversion asked for, but no rate table or currency column was found");
		if (p->fl)
			sx_finding_add(p->fl, SX_SEV_WARNING, SX_CAT_LOGIC, "gen.no-rates", SX_ART_SELECT_SQL, 0, 0,
				       NULL, "currency conversion asked for but no exchange-rate table was found");
		return;
	}
	if (p->in.to_cur[0] && (!s->base_currency || strcmp(p->in.to_cur, s->base_currency) != 0)) {
		s->to_currency = astr(p, p->in.to_cur);
		sx_gen_thought(p->th, "currency: into %s, divided by %s's rate of the same date", s->to_currency,
			       s->to_currency);
	}
	sx_gen_thought(p->th,
		       "currency: %s.%s converted with %s.%s, the latest rate on or before the fact's date "
		       "(%s), never an exact-date join that drops days without a rate; base currency %s",
		       s->fact_cur_table->name, s->fact_cur_col, s->rate_table->name, s->rate_col, s->rate_date_col,
		       s->base_currency ? s->base_currency : "(rate 1 when missing)");
}

/* ---------------------------------------------------------------- plan */

static int gather_relevant(plan *p)
{
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	sx_search_result *r = NULL;
	size_t i;
	int rc;
	if (!p->search)
		return 0;
	o.k = 10;
	o.database = p->req->database;
	o.untranslated = true; /* the intent's keywords are gen's to read */
	o.no_links = true;
	if ((rc = sx_search_query(p->search, p->req->intent, &o, &r, p->err)))
		return rc;
	for (i = 0; i < r->n; i++) {
		cand c = {r->hits[i].table, r->hits[i].score};
		if (!p->db)
			p->db = c.t->schema->db;
		if (c.t->schema->db != p->db)
			continue;
		SX_VEC_PUSH(&p->rel, c);
	}
	sx_search_result_free(r);
	return 0;
}

static void closest(plan *p, sx_buf *b)
{
	size_t i;
	for (i = 0; i < p->rel.n && i < 5; i++)
		sx_buf_printf(b, "%s%s", i ? ", " : "", p->rel.v[i].t->name);
}

/* A large source gives a large target: a PostgreSQL target whose grain has a
 * date (the period of an aggregate, a snapshot's date) is range-partitioned
 * by it, so loads replace and queries prune whole months. */
static void plan_partitions(plan *p)
{
	sx_gen_spec *s = p->s;
	int64_t lim = p->req->partition_rows > 0 ? p->req->partition_rows : SX_GEN_PARTITION_ROWS;
	size_t i;
	s->source_rows = s->entity ? s->entity->row_count : -1;
	for (i = 0; i < s->ngroups; i++)
		if (s->groups[i].fact->row_count > s->source_rows)
			s->source_rows = s->groups[i].fact->row_count;
	if (s->target != SX_DB_POSTGRES || s->source_rows < lim || s->streaming || s->list)
		return;
	if (!((s->load == SX_LOAD_AGGREGATE && s->grain && s->grain != SX_GRAIN_WEEKDAY &&
	       s->time_column) ||
	      s->load == SX_LOAD_SNAPSHOT))
		return;
	s->partitioned = true;
	sx_gen_thought(
	    p->th,
	    "%lld source rows (at least %lld): the PostgreSQL target is range-partitioned by %s "
	    "on its column %s",
	    (long long)s->source_rows, (long long)lim,
	    s->grain >= SX_GRAIN_QUARTER ? "year" : "month",
	    s->load == SX_LOAD_SNAPSHOT ? "snapshot_date" : sx_gen_grain_name(s->grain));
}

/* True when the phrase says every word of the column's name (but "id"):
 * "company names" says company_name, "names" alone does not. */
static bool phrase_covers(plan *p, const gen_phrase *ph, const sx_column *c)
{
	static const char *const cur[] = {"rub", "usd", "eur", "billion", "million", NULL};
	sx_terms nt;
	size_t j, x, k, words = 0, hit = 0, last = 0;
	sx_terms_init(&nt);
	sx_analyze(p->an, c->name, strlen(c->name), 1.0f, &nt, NULL);
	for (j = 0; j < nt.n; j++)
		if (nt.v[j].origin == SX_TERM_WORD)
			last = j;
	for (j = 0; j < nt.n; j++) {
		bool m = false, unit = false;
		if (nt.v[j].origin != SX_TERM_WORD || strcmp(nt.v[j].term, "id") == 0)
			continue;
		/* "budget" says budget_rub: a currency code ending the name is
		 * its unit, no word to say (gen39); so is a scale ("assets" says
		 * Assets_billion; gen41) */
		for (k = 0; cur[k] && j == last && j > 0; k++)
			unit = unit || strcmp(nt.v[j].term, cur[k]) == 0;
		if (unit)
			continue;
		words++;
		for (x = 0; x < ph->n && !m; x++)
			m = tok_says(p, &p->in.tok[ph->tok[x]], nt.v[j].term);
		hit += m;
	}
	sx_terms_release(&nt);
	return words && hit == words;
}

/* "stock number" says product_stock_number (gen41): tokens x and x + 1
 * say, in order, the last two words of a name of three words or more
 * (its head; the first words qualify it). */
static bool pair_says_tail(plan *p, size_t x, const sx_column *c)
{
	sx_terms nt;
	size_t j, n = 0, w[8];
	bool ok = false;
	if (x + 1 >= p->in.ntok)
		return false;
	sx_terms_init(&nt);
	sx_analyze(p->an, c->name, strlen(c->name), 1.0f, &nt, NULL);
	for (j = 0; j < nt.n && n < 8; j++)
		if (nt.v[j].origin == SX_TERM_WORD && strcmp(nt.v[j].term, "id") != 0)
			w[n++] = j;
	if (n >= 3 && n < 8)
		ok = tok_says(p, &p->in.tok[x], nt.v[w[n - 2]].term) &&
		     tok_says(p, &p->in.tok[x + 1], nt.v[w[n - 1]].term);
	sx_terms_release(&nt);
	return ok;
}

/* True when the intent says an identifier word ("customer id and name",
 * "номер"): only then does a key column count as named by the intent.
 * "number" / "номер" right after a word is no identifier word when the two
 * name another column of e ("stock number"; gen41). */
static bool key_word_said(plan *p, const sx_table *e)
{
	static const char *const w[] = {"id", "ids", "identifier", "number", "код", "номер", "номера",
	                                "идентификатор"};
	size_t i, k, c;
	for (i = 0; i < p->in.ntok; i++)
		for (k = 0; k < sizeof w / sizeof *w; k++)
			if (strcmp(p->in.tok[i].w, w[k]) == 0) {
				bool other = false;
				gen_phrase two = {2, {(int)i - 1, (int)i}};
				for (c = 0; e && i > 0 && (k == 3 || k == 5 || k == 6) && c < e->ncols && !other; c++)
					other = !sx_table_col_in_pk(e, e->cols[c].name) &&
					        (phrase_covers(p, &two, &e->cols[c]) || pair_says_tail(p, i - 1, &e->cols[c]));
				if (!other)
					return true;
			}
	return false;
}

/* "which customers never ordered? company names", "artists who never had
 * an exhibition, just their names", "employees with no certificate, with
 * their salary" (lead, round 24): a snapshot the intent does not ask for
 * by name (no load word), whose entity a "never" / "no" / "without" clause
 * cuts (resolve_without on the entity's own rows), is a list: the rows the
 * clause keeps, the entity's label and the columns the intent names (one
 * word or two side by side saying every word of the column's name; the
 * entity's key only with an identifier word, a reference never), in the
 * table's order; no snapshot date. Without such a clause the snapshot
 * stays as it was. */
/* "name(s)" / "имя" / "имена" / "ФИО" said as a word of the intent. */
static bool names_said(const plan *p)
{
	static const char *const w[] = {"name", "names", "имя", "имена", "фио"};
	size_t x, k;
	for (x = 0; x < p->in.ntok; x++)
		for (k = 0; k < sizeof w / sizeof *w; k++)
			if (strcmp(p->in.tok[x].w, w[k]) == 0)
				return true;
	return false;
}

/* A column holding a part of a person's name: first_name, LastName,
 * middle_name, surname, given_name, family_name (not a user or file name). */
static bool name_part(const sx_column *c)
{
	static const char *const parts[] = {"first", "last", "middle", "given", "family", "sur"};
	char lc[128];
	size_t i, k;
	for (i = 0; c->name[i] && i + 1 < sizeof lc; i++)
		lc[i] = (char)tolower((unsigned char)c->name[i]);
	lc[i] = '\0';
	if (c->family != SX_TF_TEXT || !strstr(lc, "name") || strstr(lc, "user") || strstr(lc, "file"))
		return false;
	for (k = 0; k < sizeof parts / sizeof *parts; k++)
		if (strncmp(lc, parts[k], strlen(parts[k])) == 0)
			return true;
	return false;
}

/* The comparison word of a row against its superior at token i: its
 * operator (">" or "<") and what it compares: 'n' a number (paid more,
 * оклад выше), 'b' the birth date (older: born earlier), 'd' a date
 * (hired before, пришёл раньше); 0: none. */
static char superior_cmp_word(const gen_tok *t, const char **op)
{
	static const char *const gt[] = {"more", "higher", "greater", "larger", "bigger", "больше", "выше", NULL};
	static const char *const lt[] = {"less", "lower", "fewer", "smaller", "меньше", "ниже", NULL};
	static const char *const older[] = {"older", "старше", NULL}, *const younger[] = {"younger", "моложе", "младше", NULL};
	static const char *const early[] = {"earlier", "before", "раньше", "ранее", NULL};
	static const char *const late[] = {"later", "after", "позже", "позднее", NULL};
	if (gen_tok_kw(t, gt) || gen_tok_kw(t, lt)) {
		*op = gen_tok_kw(t, gt) ? ">" : "<";
		return 'n';
	}
	if (gen_tok_kw(t, older) || gen_tok_kw(t, younger)) {
		*op = gen_tok_kw(t, older) ? "<" : ">";
		return 'b';
	}
	if (gen_tok_kw(t, early) || gen_tok_kw(t, late)) {
		*op = gen_tok_kw(t, early) ? "<" : ">";
		return 'd';
	}
	return 0;
}

/* Whether a column's lower-cased name holds one of the words, glued or
 * not ("hiredate", "HireDate", "hired_on"). */
static bool name_has_any(const sx_column *c, const char *const *w)
{
	char lc[128];
	size_t i;
	for (i = 0; c->name[i] && i + 1 < sizeof lc; i++)
		lc[i] = (char)tolower((unsigned char)c->name[i]);
	lc[i] = '\0';
	for (i = 0; w[i]; i++)
		if (strstr(lc, w[i]))
			return true;
	return false;
}

/* A date: declared one, or text whose name says "date" (SQLite's
 * HireDate kept as text). */
static bool date_like(const sx_column *c)
{
	static const char *const date[] = {"date", NULL};
	return c->family == SX_TF_DATE || c->family == SX_TF_TIMESTAMP ||
	       (c->family == SX_TF_TEXT && name_has_any(c, date));
}

/* Whether words of the intent say every meaning word of c ("salary",
 * "оклад", "hired"). */
static bool col_said_anywhere(plan *p, const sx_column *c)
{
	char w[6][40];
	size_t n = meaning_words(p, c, w), a, b, said = 0;
	for (a = 0; a < n; a++) {
		bool m = false;
		for (b = 0; b < p->in.ntok && !m; b++)
			m = !p->in.tok[b].num && tok_says(p, &p->in.tok[b], w[a]);
		said += m;
	}
	return n && said == n;
}

/* The column of e a comparison with the superior reads: the birth date
 * ('b'), a date the intent names or a hiring / start date ('d'), the
 * number the intent names or e's one money column ('n'). */
static const sx_column *superior_cmp_col(plan *p, const sx_table *e, char kind)
{
	static const char *const birth[] = {"birth", "dob", "born", NULL};
	static const char *const start[] = {"hire", "start", "join", "employ", NULL};
	const sx_column *said = NULL, *named = NULL, *money = NULL;
	size_t i, nmoney = 0;
	for (i = 0; i < e->ncols; i++) {
		const sx_column *c = &e->cols[i];
		bool date = date_like(c);
		bool num = c->family == SX_TF_INTEGER || c->family == SX_TF_DECIMAL || c->family == SX_TF_FLOAT;
		sx_gen_sem sem;
		if (sx_table_col_in_pk(e, c->name) || sx_table_col_fk(e, c->name))
			continue;
		sem = sx_gen_column_sem(e, c);
		if (kind == 'b') {
			if (date && name_has_any(c, birth))
				return c;
			continue;
		}
		if (kind == 'd') {
			if (!date || name_has_any(c, birth) || sem == SX_SEM_TS_CREATED || sem == SX_SEM_TS_UPDATED)
				continue;
			if (!said && col_said_anywhere(p, c))
				said = c;
			if (!named && name_has_any(c, start))
				named = c;
			continue;
		}
		if (!num || sem == SX_SEM_IDENTIFIER)
			continue;
		if (!said && col_said_anywhere(p, c))
			said = c;
		if (sem == SX_SEM_MONEY)
			money = c, nmoney++;
	}
	if (said)
		return said;
	if (kind == 'd')
		return named;
	return nmoney == 1 ? money : NULL;
}

/* Appends column c of the list, read on the superior's row or not, once. */
static void superior_list_add(plan *p, const sx_column *c, bool sup, const char *word, bool *role, size_t *n)
{
	sx_gen_spec *s = p->s;
	char name[160];
	size_t i;
	for (i = 0; i < *n; i++)
		if (role[i] == sup && strcmp(s->cols[i], c->name) == 0)
			return;
	if (*n >= 2 * s->entity->ncols)
		return;
	snprintf(name, sizeof name, "%s_%s", word, c->name);
	s->cols[*n] = c->name;
	s->col_out[*n] = sup ? astr(p, name) : c->name;
	s->col_masks[*n] = NULL;
	role[(*n)++] = sup;
	sx_gen_thought(p->th, "list: %s.%s%s%s", s->entity->name, c->name, sup ? " of the " : "", sup ? word : "");
}

/* The columns one item of the list names ("the manager's last name",
 * "фамилия сотрудника", "birth date"), in the intent's order: a column
 * two words side by side say whole, a part of a name before "name" ("last
 * and first name"), else the compared column where the item says a date
 * or the compared column's own word. */
static void superior_list_item(plan *p, size_t a, size_t b, size_t seg_end, const sx_column *cmp, bool sup,
                               const char *word, bool *role, size_t *n)
{
	static const char *const parts[] = {"last", "first", "middle", "given", "family", NULL};
	const sx_table *e = p->s->entity;
	const char *sn;
	size_t x, i, before = *n;
	bool name_after = false;
	for (x = b; x < seg_end && !name_after; x++)
		name_after = gen_tok_is(&p->in.tok[x], "name") || gen_tok_is(&p->in.tok[x], "names");
	for (x = a; x < b; x++) {
		const gen_tok *t = &p->in.tok[x];
		const sx_column *best = NULL;
		double bs = 0;
		if (!t->nterms || t->num)
			continue;
		/* "фамилия": the last name, one word (Lname too) */
		if (tok_says(p, t, "surname") && (sn = surname_col(e)) && (best = gen_col(e, sn))) {
			superior_list_add(p, best, sup, word, role, n);
			continue;
		}
		if (name_after && gen_tok_kw(t, parts)) {
			for (i = 0; i < e->ncols && !best; i++)
				if (name_part(&e->cols[i]) && strncasecmp(e->cols[i].name, t->w, strlen(t->w)) == 0)
					best = &e->cols[i];
			if (best) {
				superior_list_add(p, best, sup, word, role, n);
				continue;
			}
		}
		for (i = 0; i < e->ncols; i++) {
			const sx_column *c = &e->cols[i];
			gen_phrase one = {1, {(int)x}}, two = {2, {(int)x, (int)x + 1}};
			double sc;
			if (c->family == SX_TF_JSON || c->family == SX_TF_BINARY || sx_table_col_in_pk(e, c->name) ||
			    sx_table_col_fk(e, c->name))
				continue;
			if (phrase_covers(p, &one, c) && (sc = col_match(p, &one, e, c)) > bs)
				bs = sc, best = c;
			if (x + 1 < b && p->in.tok[x + 1].nterms && phrase_covers(p, &two, c) &&
			    (sc = col_match(p, &two, e, c)) > bs)
				bs = sc, best = c;
		}
		if (best && bs >= 0.9)
			superior_list_add(p, best, sup, word, role, n);
	}
	if (*n > before || !cmp)
		return;
	for (x = a; x < b; x++) {
		const gen_tok *t = &p->in.tok[x];
		char w[6][40];
		size_t k, m = meaning_words(p, cmp, w);
		bool says = date_like(cmp) && (gen_tok_is(t, "date") || strncmp(t->w, "дат", strlen("дат")) == 0);
		for (k = 0; k < m && !says; k++)
			says = tok_says(p, t, w[k]);
		if (says) {
			superior_list_add(p, cmp, sup, word, role, n);
			return;
		}
	}
}

/* "employees who are paid more than their own manager", "у кого из
 * сотрудников оклад больше, чем у их непосредственного руководителя",
 * "кто пришёл в компанию раньше своего начальника", "older than the
 * manager they report to" (the lead, round 31): a snapshot nobody asked
 * for by name of a table that refers to itself, whose intent compares a
 * row with its superior (a comparison word, then within eight words a
 * superior's word), is a list of the rows beside their superior's: the
 * superior's row joined on the self reference, the compared column (the
 * number the intent names or the one money column; the birth date for
 * older / younger; the date it names or the hiring date for before /
 * earlier) greater or less on the row than on the superior's, and the
 * columns the list after the question names, each on the superior's row
 * where its item says the superior ("фамилия руководителя", "manager's
 * salary"); none named: the label and the compared column of both. */
/* "the 5 shortest tracks", "3 самых дорогих товара" (gen39): a
 * superlative that names no column of the rows ranked says its number by
 * its meaning: a length of time (long, short) the one number column named
 * as a duration (milliseconds, duration, length, seconds, minutes,
 * runtime), a price (cheap, expensive) the one money column; NULL when
 * there is not exactly one. */
static const sx_column *superlative_col(plan *p, const sx_table *e)
{
	static const char *const len_w[] = {"longest", "shortest", "long", "short", "длинн*", "коротк*", "долг*",
	                                    NULL};
	static const char *const price_w[] = {"cheapest", "priciest", "costliest", "expensive", "дорог*", "дешев*",
	                                      "дорогостоящ*", NULL};
	static const char *const dur[] = {"milliseconds", "millisecond", "duration", "length", "seconds", "minutes",
	                                  "runtime", "ms", NULL};
	const sx_column *found = NULL;
	int kind = 0;
	size_t i, k;
	for (i = 0; i < p->in.ntok && !kind; i++)
		kind = gen_tok_kw(&p->in.tok[i], len_w) ? 1 : gen_tok_kw(&p->in.tok[i], price_w) ? 2 : 0;
	if (!kind)
		return NULL;
	for (i = 0; i < e->ncols; i++) {
		const sx_column *c = &e->cols[i];
		bool fits = false;
		if ((c->family != SX_TF_INTEGER && c->family != SX_TF_DECIMAL && c->family != SX_TF_FLOAT) ||
		    sx_table_col_in_pk(e, c->name) || sx_table_col_fk(e, c->name))
			continue;
		if (kind == 1)
			for (k = 0; dur[k] && !fits; k++)
				fits = has_word(c->name, dur[k]);
		else
			fits = sx_gen_column_sem(e, c) == SX_SEM_MONEY;
		if (!fits)
			continue;
		if (found)
			return NULL;
		found = c;
	}
	if (found)
		sx_gen_thought(p->th, "the superlative names no column: %s.%s is the %s it ranks by", e->name,
		               found->name, kind == 1 ? "length of time" : "price");
	return found;
}

/* A top N of the entity's own rows by one of its numbers (lead, round
 * 32): "the three best-selling issues -- theme and copies sold", "Top 10
 * invoices by total", "Три машины с наибольшим числом очков ценности: год
 * выпуска, команда и очки". What is ranked (the words of the top N) names
 * a table; a number column of that table, no key, is named by the
 * intent's own words; nothing else is asked: no grain, period, threshold,
 * share or running total, no dimension but a "by" phrase naming that
 * column, at most one measure. Returns the table, *rank its column; NULL
 * when not so. */
static const sx_table *ranked_rows(plan *p, const sx_column **rank)
{
	const gen_intent *in = &p->in;
	sx_gen_thoughts *th = p->th;
	const sx_table *e;
	const sx_column *best = NULL;
	double conf = 0, top = 0;
	bool tie = false;
	size_t i, x;
	*rank = NULL;
	if (in->top_n < 1 || !in->top_what.n || in->grain || in->ndims > 1 || in->load >= 0 || in->having ||
	    in->share || in->running || in->nmeas > 1 || in->year_from || in->year_to || in->from_date[0] ||
	    in->to_date[0] || in->last_days || in->year_before || in->year_after || in->top_within.n ||
	    (p->req->measures && p->req->measures[0]) || (p->req->dimensions && p->req->dimensions[0]))
		return NULL;
	p->th = NULL; /* asked quietly: the reading is said below when taken */
	e = resolve_entity(p, &in->top_what, &conf);
	p->th = th;
	if (!e)
		return NULL;
	for (i = 0; i < e->ncols; i++) {
		const sx_column *c = &e->cols[i];
		double sc = 0;
		if ((c->family != SX_TF_INTEGER && c->family != SX_TF_DECIMAL && c->family != SX_TF_FLOAT) ||
		    sx_table_col_in_pk(e, c->name) || sx_table_col_fk(e, c->name))
			continue;
		for (x = 0; x < in->ntok && sc < 1; x++) {
			gen_phrase one = {1, {(int)x}}, two = {2, {(int)x, (int)x + 1}};
			double v;
			if (!in->tok[x].nterms || in->tok[x].num)
				continue;
			if (phrase_covers(p, &one, c) && (v = col_match(p, &one, e, c)) > sc)
				sc = v;
			if (x + 1 < in->ntok && in->tok[x + 1].nterms && !in->tok[x + 1].num && phrase_covers(p, &two, c) &&
			    (v = col_match(p, &two, e, c)) > sc)
				sc = v;
		}
		if (sc < 0.9)
			continue;
		if (sc > top + 1e-9)
			best = c, top = sc, tie = false;
		else if (sc > top - 1e-9)
			tie = true;
	}
	if (!best && !tie && in->superl)
		best = superlative_col(p, e);
	if (!best || tie)
		return NULL;
	/* "top 3 voyages by distance": the phrase after "by" names the
	 * number ranked, no dimension */
	if (in->ndims && !(phrase_covers(p, &in->dims[0], best) && col_match(p, &in->dims[0], e, best) >= 0.9))
		return NULL;
	*rank = best;
	return e;
}

/* Push f, a filter of a row's column cmp of e compared (op) with a value
 * the filter's other fields say (the superior's, the group's average). */
static int push_col_cmp(plan *p, sx_gen_filter *f, const sx_table *e, const sx_column *cmp, const char *op)
{
	f->table = e;
	f->column = cmp->name;
	f->op = SX_FOP_GT_COL;
	f->other = e;
	f->col_op = op;
	if (!(f->values = sx_arena_alloc(p->s->arena, sizeof *f->values)))
		return sx_error_set(p->err, SX_ENOMEM, "out of memory");
	f->values[0] = cmp->name;
	f->nvalues = 1;
	if (SX_VEC_PUSH(&p->filt, *f))
		return sx_error_set(p->err, SX_ENOMEM, "out of memory");
	return 0;
}

static int plan_superior_list(plan *p)
{
	sx_gen_spec *s = p->s;
	const sx_table *e = s->entity;
	const sx_map_rel *r;
	const sx_column *cmp = NULL;
	const char *op = NULL, *word = NULL;
	sx_gen_filter f = {0};
	int rc;
	const char **old_cols, **old_out, **old_masks;
	size_t i, j = 0, x, n = 0, start, a, seg;
	bool *role, prev_role = false, any_role = false;
	char kind = 0;
	if (s->source == SX_DB_CLICKHOUSE || !(r = self_ref(p, e)) || r->from.ncols != 1 || r->to.ncols != 1)
		return 0;
	for (i = 0; i < p->in.ntok && !word; i++) {
		if (!(kind = superior_cmp_word(&p->in.tok[i], &op)))
			continue;
		for (j = i + 1; j < p->in.ntok && j <= i + 8 && !word; j++) {
			gen_phrase one = {1, {(int)j}};
			if (p->in.tok[j].semi)
				break;
			word = superior_said(p, &one);
		}
	}
	if (word && !(cmp = superior_cmp_col(p, e, kind)))
		return 0;
	/* no comparison: "employees with their manager: last name and the
	 * manager's last name" lists each row beside its superior's when the
	 * list after the question names a column of the superior */
	for (i = 0; !word && i < p->in.ntok; i++) {
		gen_phrase one = {1, {(int)i}};
		if ((word = superior_said(p, &one)))
			j = i + 1;
	}
	if (!word)
		return 0;
	old_cols = s->cols, old_out = s->col_out, old_masks = s->col_masks;
	if (!(role = sx_arena_alloc(s->arena, 2 * e->ncols * sizeof *role)) ||
	    !(s->cols = sx_arena_alloc(s->arena, 2 * e->ncols * sizeof *s->cols)) ||
	    !(s->col_out = sx_arena_alloc(s->arena, 2 * e->ncols * sizeof *s->col_out)) ||
	    !(s->col_masks = sx_arena_alloc(s->arena, 2 * e->ncols * sizeof *s->col_masks)))
		return sx_error_set(p->err, SX_ENOMEM, "out of memory");
	/* the list after the question, a colon or a dash; without a
	 * comparison the superior may be said in the list itself ("-- their
	 * first and last name and their manager's"): the last such sign
	 * before its word, else the first after */
	start = p->in.ntok;
	for (x = 1; !cmp && x < j; x++)
		if (p->in.tok[x].semi || p->in.tok[x - 1].colon || p->in.tok[x].dash)
			start = x;
	for (x = j; start == p->in.ntok && x < p->in.ntok; x++)
		if (p->in.tok[x].semi || p->in.tok[x - 1].colon || p->in.tok[x].dash)
			start = x;
	if (start < p->in.ntok && p->in.tok[start].semi)
		start++;
	for (a = start; a < p->in.ntok; a = x + 1) {
		bool sup = false, first_part;
		for (seg = a; seg < p->in.ntok && !gen_tok_is(&p->in.tok[seg], ","); seg++)
			;
		for (x = a; x < p->in.ntok && !gen_tok_is(&p->in.tok[x], ",") && !gen_tok_is(&p->in.tok[x], "and") &&
		            !gen_tok_is(&p->in.tok[x], "и");
		     x++) {
			gen_phrase one = {1, {(int)x}};
			sup = sup || superior_said(p, &one);
		}
		/* "the manager's last and first name": a part of a name goes
		 * with the item before it */
		first_part = x > a && (gen_tok_is(&p->in.tok[a], "first") || gen_tok_is(&p->in.tok[a], "last") ||
		                       gen_tok_is(&p->in.tok[a], "middle"));
		if (!sup && first_part && a > start && !gen_tok_is(&p->in.tok[a - 1], ","))
			sup = prev_role;
		superior_list_item(p, a, x, seg, cmp, sup, word, role, &n);
		prev_role = sup;
	}
	for (i = 0; i < n; i++)
		any_role = any_role || role[i];
	if (!cmp && !any_role) {
		/* no comparison and nothing of the superior listed: the
		 * snapshot stays */
		s->cols = old_cols, s->col_out = old_out, s->col_masks = old_masks;
		return 0;
	}
	if (!n) {
		const char *lab = label_col(p, e);
		const sx_column *lc = lab ? gen_col(e, lab) : NULL;
		for (i = 0; i < e->ncols && !lc; i++)
			if (name_part(&e->cols[i]))
				lc = &e->cols[i];
		for (i = 0; i < 2; i++) {
			if (lc)
				superior_list_add(p, lc, i == 1, word, role, &n);
			superior_list_add(p, cmp, i == 1, word, role, &n);
		}
	}
	s->ncols = n;
	s->col_superior = role;
	s->list = true;
	s->list_role_col = r->from.cols[0];
	s->list_role_key = r->to.cols[0];
	s->nkey = 0;
	if (!cmp) {
		sx_gen_thought(p->th, "a list of %s beside each row's %s (%s joined on %s); %zu column%s, no snapshot date",
		               e->name, word, e->name, r->from.cols[0], n, n == 1 ? "" : "s");
		return 0;
	}
	f.other_superior = true;
	if ((rc = push_col_cmp(p, &f, e, cmp, op)))
		return rc;
	sx_gen_thought(p->th,
	               "a list of %s beside each row's %s (%s joined on %s): %s.%s %s the %s's; %zu column%s, no "
	               "snapshot date",
	               e->name, word, e->name, r->from.cols[0], e->name, cmp->name, op, word, n, n == 1 ? "" : "s");
	return 0;
}

/* A top N partitioned only where a word of each group is said: "top 3
 * products in each category", "per region", "внутри каждой категории".
 * Without one, a dimension phrase beside the top's members is a word of
 * the ranked measure or of its condition ("Топ-3 клиента по числу
 * заказов", "top 5 constructors by all-time race wins", "по заказам с
 * доставкой в Германию"): it partitions nothing and is dropped (gen34). */
static void top_no_partition(plan *p)
{
	gen_intent *in = &p->in;
	size_t i, j = 0;
	if (!in->top_n || !in->top_what.n || !in->ndims)
		return;
	for (i = 0; i < in->ntok; i++) {
		const char *w = in->tok[i].w;
		if (strcmp(w, "per") == 0 || strcmp(w, "each") == 0 || strcmp(w, "every") == 0 ||
		    strcmp(w, "within") == 0 || strncmp(w, "кажд", 8) == 0 || strcmp(w, "внутри") == 0 ||
		    strcmp(w, "среди") == 0 || strcmp(w, "among") == 0)
			return;
	}
	for (i = 0; i < in->ndims; i++) {
		if (in->dims[i].n && in->dims[i].tok[0] == in->top_what.tok[0]) {
			in->dims[j++] = in->dims[i];
			continue;
		}
		sx_gen_thought(p->th, "top %d with no group said: \"%s\" is no partition", in->top_n,
		               in->dims[i].n ? in->tok[in->dims[i].tok[0]].w : "");
	}
	in->ndims = j;
}

/* "products whose list price is above the average price of their own
 * category", "товары, цена которых выше средней цены их категории"
 * (gen37): a snapshot nobody asked for by name whose intent says a
 * comparison word (above, below, more, less, выше, ниже, дороже,
 * дешевле ...), an average word within three words after it ("than",
 * "the", "чем" not counted) and, within
 * six words after that, the words of one of the table's single-column
 * references (category of category_id), is a list of the rows whose
 * compared column (the number the intent names, else the table's one
 * money column) is greater / less than its average over the rows that
 * share the reference; with no reference said, over all the table's rows
 * (the lead, round 34). The columns: the list after the colon or the dash
 * (as the superior's list reads it); none, the label and the compared
 * column. Not on a ClickHouse source (18.16 runs no correlated
 * subquery). */
static int plan_group_avg_list(plan *p)
{
	static const char *const gt[] = {"above", "more", "higher", "greater", "over", "exceeds", "exceed", "bigger",
	                                 "larger", "выше", "больше", "дороже", "превышает", NULL};
	static const char *const lt[] = {"below", "less", "lower", "under", "smaller", "ниже", "меньше", "дешевле",
	                                 NULL};
	static const char *const avg[] = {"average", "avg", "mean", "средн*", NULL};
	static const char *const skip[] = {"than", "the", "чем", NULL};
	sx_gen_spec *s = p->s;
	const sx_table *e = s->entity;
	const sx_column *cmp = NULL, *by = NULL;
	const char *op = NULL;
	sx_gen_filter f = {0};
	int rc;
	size_t i, j, k, x, a, seg, n = 0, bn = 0, start = 0;
	bool *role, all = false;
	if (s->source == SX_DB_CLICKHOUSE || !e)
		return 0;
	for (i = 0; i < p->in.ntok && !by; i++) {
		const gen_tok *t = &p->in.tok[i];
		if (!gen_tok_kw(t, gt) && !gen_tok_kw(t, lt))
			continue;
		op = gen_tok_kw(t, gt) ? ">" : "<";
		/* within three words, "than" and "the" not counted ("a bigger
		 * unit price than the average good"; the lead, round 36) */
		for (j = i + 1, a = 0; j < p->in.ntok && a < 3 && !p->in.tok[j - 1].semi && !gen_tok_kw(&p->in.tok[j], avg);
		     j++)
			a += !gen_tok_kw(&p->in.tok[j], skip);
		if (j >= p->in.ntok || p->in.tok[j - 1].semi || !gen_tok_kw(&p->in.tok[j], avg))
			continue;
		for (k = 0; k < e->ncols; k++) {
			const sx_column *c = &e->cols[k];
			size_t said, nw, to = j + 6 < p->in.ntok ? j + 6 : p->in.ntok - 1;
			if (!sx_table_col_fk(e, c->name) || sx_table_col_in_pk(e, c->name))
				continue;
			for (x = j + 1; x < to && !p->in.tok[x].semi; x++)
				;
			said = said_between(p, c, (int)j + 1, (int)x, &nw);
			if (said > bn)
				bn = said, by = c;
		}
		start = j;
		all = !by; /* no group said: the average of every row */
	}
	if ((!by && !all) || !(cmp = superior_cmp_col(p, e, 'n')) || (by && strcmp(cmp->name, by->name) == 0))
		return 0;
	if (!(role = sx_arena_alloc(s->arena, 2 * e->ncols * sizeof *role)) ||
	    !(s->cols = sx_arena_alloc(s->arena, 2 * e->ncols * sizeof *s->cols)) ||
	    !(s->col_out = sx_arena_alloc(s->arena, 2 * e->ncols * sizeof *s->col_out)) ||
	    !(s->col_masks = sx_arena_alloc(s->arena, 2 * e->ncols * sizeof *s->col_masks)))
		return sx_error_set(p->err, SX_ENOMEM, "out of memory");
	/* the list after the question, a colon or a dash */
	for (x = start; x < p->in.ntok; x++)
		if (p->in.tok[x].semi || p->in.tok[x - 1].colon || p->in.tok[x].dash)
			break;
	if (x < p->in.ntok && p->in.tok[x].semi)
		x++;
	for (a = x; a < p->in.ntok; a = x + 1) {
		for (seg = a; seg < p->in.ntok && !gen_tok_is(&p->in.tok[seg], ","); seg++)
			;
		for (x = a; x < p->in.ntok && !gen_tok_is(&p->in.tok[x], ",") && !gen_tok_is(&p->in.tok[x], "and") &&
		            !gen_tok_is(&p->in.tok[x], "и");
		     x++)
			;
		superior_list_item(p, a, x, seg, cmp, false, "", role, &n);
	}
	if (!n) {
		const char *lab = label_col(p, e);
		const sx_column *lc = lab ? gen_col(e, lab) : NULL;
		if (lc)
			superior_list_add(p, lc, false, "", role, &n);
		superior_list_add(p, cmp, false, "", role, &n);
	}
	s->ncols = n;
	s->col_superior = NULL;
	s->list = true;
	s->nkey = 0;
	f.avg_by = by ? by->name : NULL;
	f.avg_all = !by;
	if ((rc = push_col_cmp(p, &f, e, cmp, op)))
		return rc;
	sx_gen_thought(p->th, "a list of %s: %s.%s %s its average over %s%s; %zu column%s, no snapshot date",
	               e->name, e->name, cmp->name, op, by ? "the rows of the same " : "all its rows",
	               by ? by->name : "", n, n == 1 ? "" : "s");
	return 0;
}

/* "founded before 1950" (gen19): t's integer year bounded; 1 when added,
 * 0 when t has no year column, < 0 on error. */
static int year_bound(plan *p, const sx_table *t)
{
	char y[16];
	size_t i;
	for (i = 0; i < t->ncols && !is_year_col(p, t, &t->cols[i]); i++)
		;
	if (i == t->ncols)
		return 0;
	snprintf(y, sizeof y, "%d", p->in.year_before ? p->in.year_before : p->in.year_after);
	sx_gen_thought(p->th, "%s.%s %s %s (a year bound said)", t->name, t->cols[i].name, p->in.year_before ? "<" : ">",
	               y);
	return add_bound_filter(p, t, t->cols[i].name, p->in.year_before ? SX_FOP_LT : SX_FOP_GT, y) ? SX_ENOMEM : 1;
}

/* The number bound the intent said (read_num_bound) on a number column
 * of t: the column its words name (col_match >= 0.9), or for "older" /
 * "younger" t's age column, for "costs" its price. 1 when added; 0 when
 * t has no such column (the user told by a finding, since the words were
 * read as the bound); < 0 on error. */
static int resolve_num_bound(plan *p, const sx_table *t)
{
	gen_phrase ph = {0};
	const sx_column *bc = NULL;
	double bs = 0.9;
	char v[32];
	size_t i;
	int k;
	sx_gen_fop op;
	if (p->in.nb_at <= 0 || p->nb_done)
		return 0;
	for (k = p->in.nb_from; !p->in.nb_age && k <= p->in.nb_to && ph.n < GEN_MAX_PHRASE; k++)
		ph.tok[ph.n++] = k;
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		double sc;
		if ((c->family != SX_TF_INTEGER && c->family != SX_TF_DECIMAL && c->family != SX_TF_FLOAT) ||
		    sx_gen_column_sem(t, c) == SX_SEM_IDENTIFIER || sx_table_col_fk(t, c->name))
			continue;
		if (p->in.nb_age) {
			if (has_word(c->name, "age") && !bc)
				bc = c;
			continue;
		}
		if (p->in.nb_price) {
			if ((has_word(c->name, "price") || has_word(c->name, "cost")) && !bc)
				bc = c;
			continue;
		}
		if ((sc = col_match(p, &ph, t, c)) >= bs)
			bs = sc, bc = c;
	}
	p->nb_done = true;
	if (!bc) {
		sx_gen_thought(p->th, "a number bound (%s %ld) was said, but %s has no number column its words name: "
			       "no filter", p->in.nb_op, p->in.nb_val, t->name);
		if (p->fl)
			sx_finding_add(p->fl, SX_SEV_WARNING, SX_CAT_AMBIGUITY, "gen.bound-unread", SX_ART_SELECT_SQL, 0,
				       0, "name the column before the bound (\"unit price above 50\")",
				       "a bound \"%s %ld\" was said, but no number column of %s was found for it: "
				       "the rows are not filtered by it", p->in.nb_op, p->in.nb_val, t->name);
		return 0;
	}
	op = strcmp(p->in.nb_op, ">") == 0 ? SX_FOP_GT : strcmp(p->in.nb_op, ">=") == 0 ? SX_FOP_GE
	   : strcmp(p->in.nb_op, "<") == 0 ? SX_FOP_LT : SX_FOP_LE;
	if (p->in.nb_cents)
		snprintf(v, sizeof v, "%ld.%02ld", p->in.nb_val / 100, p->in.nb_val % 100);
	else
		snprintf(v, sizeof v, "%ld", p->in.nb_val);
	sx_gen_thought(p->th, "%s.%s %s %s (a number bound said)", t->name, bc->name, p->in.nb_op, v);
	return add_bound_filter(p, t, bc->name, op, v) ? SX_ENOMEM : 1;
}

/* "employees whose salary is above 30000", "campuses with an enrollment
 * of more than 20 000", "фильмы со сборами больше 100 миллионов" (gen33):
 * in a list, a comparative followed by a number bounds the entity's own
 * number column whose every meaning word the up to three words before the
 * comparative say (most words wins): col > / >= / < / <= the number
 * ("thousand" / "million" / "тысяч" / "миллион" scale it). */
static int resolve_list_bound(plan *p, const sx_table *e)
{
	static const struct {
		const char *w;
		sx_gen_fop op;
		bool than; /* a "than" / "чем" may follow */
	} cw[] = {{"above", SX_FOP_GT, false},   {"over", SX_FOP_GT, false},     {"exceeding", SX_FOP_GT, false},
	          {"exceeds", SX_FOP_GT, false}, {"more", SX_FOP_GT, true},      {"greater", SX_FOP_GT, true},
	          {"higher", SX_FOP_GT, true},   {"larger", SX_FOP_GT, true},    {"below", SX_FOP_LT, false},
	          {"under", SX_FOP_LT, false},   {"less", SX_FOP_LT, true},      {"fewer", SX_FOP_LT, true},
	          {"lower", SX_FOP_LT, true},    {"smaller", SX_FOP_LT, true},   {"больше", SX_FOP_GT, true},
	          {"более", SX_FOP_GT, false},   {"свыше", SX_FOP_GT, false},    {"выше", SX_FOP_GT, true},
	          {"меньше", SX_FOP_LT, true},   {"менее", SX_FOP_LT, false},    {"ниже", SX_FOP_LT, true},
	          {NULL, SX_FOP_EQ, false}};
	size_t x, k, i;
	for (x = 1; x + 1 < p->in.ntok; x++) {
		const gen_tok *t = &p->in.tok[x], *nt;
		sx_gen_fop op = SX_FOP_EQ;
		size_t ni = x + 1, bn = 0, from, to;
		const sx_column *bc = NULL;
		const char *d;
		char v[48];
		long mul = 1;
		for (k = 0; cw[k].w; k++)
			if (strcmp(t->w, cw[k].w) == 0)
				break;
		if (!cw[k].w)
			continue;
		op = cw[k].op;
		if (cw[k].than && ni < p->in.ntok &&
		    (strcmp(p->in.tok[ni].w, "than") == 0 || strcmp(p->in.tok[ni].w, "чем") == 0))
			ni++;
		if (ni >= p->in.ntok || !(nt = &p->in.tok[ni])->num)
			continue;
		for (d = nt->w; isdigit((unsigned char)*d) || *d == '.'; d++)
			;
		if (*d || !isdigit((unsigned char)nt->w[0]))
			continue;
		/* "не больше 10", "no more than 10", "not above 10": at most */
		if (strcmp(p->in.tok[x - 1].w, "не") == 0 || strcmp(p->in.tok[x - 1].w, "no") == 0 ||
		    strcmp(p->in.tok[x - 1].w, "not") == 0)
			op = op == SX_FOP_GT ? SX_FOP_LE : SX_FOP_GE;
		if (ni + 1 < p->in.ntok)
			mul = gen_scale_word(&p->in.tok[ni + 1]);
		to = x - 1;
		while (to > 0 && (strcmp(p->in.tok[to].w, "is") == 0 || strcmp(p->in.tok[to].w, "are") == 0 ||
		                  strcmp(p->in.tok[to].w, "was") == 0 || strcmp(p->in.tok[to].w, "were") == 0 ||
		                  strcmp(p->in.tok[to].w, "no") == 0 || strcmp(p->in.tok[to].w, "не") == 0 ||
		                  strcmp(p->in.tok[to].w, "not") == 0 ||
		                  strcmp(p->in.tok[to].w, "of") == 0))
			to--;
		from = to >= 2 ? to - 2 : 0;
		for (i = 0; i < e->ncols; i++) {
			const sx_column *c = &e->cols[i];
			size_t n, said;
			if (!cmp_number(p, e, c))
				continue;
			said = said_between(p, c, (int)from, (int)to, &n);
			if (n && said == n && n > bn)
				bn = n, bc = c;
		}
		if (!bc)
			continue;
		if (mul > 1 && !strchr(nt->w, '.'))
			snprintf(v, sizeof v, "%lld", (long long)atol(nt->w) * mul);
		else
			snprintf(v, sizeof v, "%s", nt->w);
		sx_gen_thought(p->th, "\"%s %s\" -> %s.%s %s %s (a number bound on the list's rows)", t->w, nt->w,
		               e->name, bc->name,
		               op == SX_FOP_GT ? ">" : op == SX_FOP_LT ? "<" : op == SX_FOP_LE ? "<=" : ">=", v);
		return add_bound_filter(p, e, bc->name, op, v);
	}
	return 0;
}

static int plan_list(plan *p)
{
	sx_gen_spec *s = p->s;
	const sx_table *e = s->entity;
	const char *lab;
	size_t i, x, n = 0, f0 = p->filt.n, nnamed = 0;
	const char **kept = NULL;
	long *at, ls = 0;
	bool ids, plain;
	int rc, nb;
	if (s->load != SX_LOAD_SNAPSHOT || p->in.load >= 0 || s->streaming || !e)
		return 0;
	if ((rc = plan_superior_list(p)) || s->list)
		return rc;
	if ((rc = plan_group_avg_list(p)) || s->list)
		return rc;
	if ((nb = resolve_num_bound(p, e)) < 0)
		return nb;
	/* "Which schools were founded before 1900? Name, location and founding
	 * year": the list's own year bounded (the lead, round 36) */
	if ((p->in.year_before || p->in.year_after) && (rc = year_bound(p, e)) < 0)
		return rc;
	if ((rc = resolve_without(p, e)))
		return rc;
	/* "products whose selling price is lower than their buying price",
	 * "customers with no fax number filled in" (gen33's, re-landed in
	 * gen41): two number columns of the row compared, a column recorded or
	 * missing, a number bound; the same readings an aggregate's rows take */
	if (p->in.ncmp_at > 0 && (rc = resolve_number_compare(p, e)))
		return rc;
	if ((rc = resolve_filled(p, e)))
		return rc;
	/* (a bound read_num_bound gave is not read again) */
	if (nb != 1 && (rc = resolve_list_bound(p, e)))
		return rc;
	for (i = f0; i < p->filt.n; i++)
		if (p->filt.v[i].table != e || /* a parent's condition would need a join */
		    (p->filt.v[i].op == SX_FOP_GT_COL && p->filt.v[i].other && p->filt.v[i].other != e))
			break;
	if (i < p->filt.n) {
		p->filt.n = f0;
		return 0;
	}
	/* no condition and no rank: a list only when it names two columns of
	 * the entity or more ("price list of all catalog entries -- entry
	 * name, stock number and dollar price"; gen41), else a snapshot */
	plain = p->filt.n == f0 && !p->rank_c;
	/* ... named in the list after the last dash, colon or ';' */
	for (x = 1, ls = 0; plain && x < p->in.ntok; x++)
		if (p->in.tok[x].semi || p->in.tok[x - 1].colon || p->in.tok[x].dash)
			ls = (long)x;
	if (plain && !ls)
		return 0;
	lab = label_col(p, e);
	ids = key_word_said(p, e);
	if (plain && !(kept = sx_arena_alloc(s->arena, 3 * (s->ncols + 1) * sizeof *kept)))
		return sx_error_set(p->err, SX_ENOMEM, "out of memory");
	if (plain) { /* the snapshot's columns, kept for a list not made */
		memcpy(kept, s->cols, s->ncols * sizeof *kept);
		memcpy(kept + s->ncols, s->col_out, s->ncols * sizeof *kept);
		memcpy(kept + 2 * s->ncols, s->col_masks, s->ncols * sizeof *kept);
	}
	if (!(at = sx_arena_alloc(s->arena, (e->ncols + 1) * sizeof *at)))
		return sx_error_set(p->err, SX_ENOMEM, "out of memory");
	for (i = 0; i < e->ncols; i++) {
		const sx_column *c = &e->cols[i];
		bool key = sx_table_col_in_pk(e, c->name) || sx_table_col_fk(e, c->name), named = false;
		double best = 0;
		long pos = -1;
		if (c->family == SX_TF_JSON || c->family == SX_TF_BINARY)
			continue;
		/* every word read: the last that names it is where the list says it */
		for (x = 0; x < p->in.ntok && !key; x++) {
			gen_phrase one = {1, {(int)x}}, two = {2, {(int)x, (int)x + 1}};
			double sc;
			if (!p->in.tok[x].nterms || p->in.tok[x].num)
				continue;
			if (phrase_covers(p, &one, c) && (sc = col_match(p, &one, e, c)) >= 0.9)
				pos = (long)x;
			if (phrase_covers(p, &one, c) && (sc = col_match(p, &one, e, c)) > best)
				best = sc;
			if (x + 1 < p->in.ntok && p->in.tok[x + 1].nterms && phrase_covers(p, &two, c) &&
			    (sc = col_match(p, &two, e, c)) > best)
				best = sc;
			if (x + 1 < p->in.ntok && p->in.tok[x + 1].nterms && phrase_covers(p, &two, c) &&
			    col_match(p, &two, e, c) >= 0.9)
				pos = (long)x;
			/* "stock number": a plain list's column said by its head */
			if (plain && best < 0.9 && p->in.tok[x + 1].nterms && pair_says_tail(p, x, c)) {
				best = 0.9;
				pos = (long)x;
			}
		}
		/* the entity's own key, when an identifier word is said */
		if (plain && pos < ls)
			best = 0; /* said before the list: a condition's word */
		named = best >= 0.9 || (ids && sx_table_col_in_pk(e, c->name));
		if (!named && !(lab && strcmp(lab, c->name) == 0))
			continue;
		nnamed += best >= 0.9;
		/* the key the map found (no declared key) is said by the table's
		 * own word ("customers" -> customer_id): first, as a declared one */
		at[n] = best >= 0.9 && !(key_of(p, e) && strcmp(key_of(p, e), c->name) == 0) ? pos : -1;
		s->cols[n] = e->cols[i].name;
		s->col_out[n] = e->cols[i].name;
		s->col_masks[n++] = NULL;
		sx_gen_thought(p->th, "list: %s.%s (%s)", e->name, c->name,
		               named ? "named" : "the entity's label");
	}
	/* "Airport name, city and country": the columns named by words come
	 * in the order the words say them, after the key and the label not
	 * named (gen39) */
	for (i = 1; i < n; i++)
		for (x = i; x > 0 && at[x - 1] > at[x]; x--) {
			long ta = at[x];
			const char *tc = s->cols[x], *to = s->col_out[x], *tm = s->col_masks[x];
			at[x] = at[x - 1], s->cols[x] = s->cols[x - 1], s->col_out[x] = s->col_out[x - 1];
			s->col_masks[x] = s->col_masks[x - 1];
			at[x - 1] = ta, s->cols[x - 1] = tc, s->col_out[x - 1] = to, s->col_masks[x - 1] = tm;
		}
	if (!n && names_said(p)) {
		/* "their names" of people kept in parts: the name columns
		 * (first_name, last_name, middle_name), in the table's order */
		for (i = 0; i < e->ncols; i++)
			if (name_part(&e->cols[i])) {
				s->cols[n] = e->cols[i].name;
				s->col_out[n] = e->cols[i].name;
				s->col_masks[n++] = NULL;
				sx_gen_thought(p->th, "list: %s.%s (a part of the names asked)", e->name,
				               e->cols[i].name);
			}
	}
	if (!n || (plain && nnamed < 2)) { /* nothing named and no label: every column, as a snapshot has */
		if (plain) {
			memcpy(s->cols, kept, s->ncols * sizeof *kept);
			memcpy(s->col_out, kept + s->ncols, s->ncols * sizeof *kept);
			memcpy(s->col_masks, kept + 2 * s->ncols, s->ncols * sizeof *kept);
		}
		p->filt.n = f0;
		return 0;
	}
	if (p->rank_c) { /* the ranked number beside the columns, said or not */
		for (i = 0; i < n && strcmp(s->cols[i], p->rank_c->name) != 0; i++)
			;
		if (n == 1 && i == 0 && e->pk.ncols == 1) {
			/* nothing but the number said and no label: the key says
			 * which row it is ("top 10 invoices by total") */
			memmove(&s->cols[1], &s->cols[0], n * sizeof s->cols[0]);
			memmove(&s->col_out[1], &s->col_out[0], n * sizeof s->col_out[0]);
			memmove(&s->col_masks[1], &s->col_masks[0], n * sizeof s->col_masks[0]);
			s->cols[0] = s->col_out[0] = e->pk.cols[0];
			s->col_masks[0] = NULL;
			n = 2, i = 1; /* the number is there, second */
		}
		if (i == n) {
			s->cols[n] = p->rank_c->name;
			s->col_out[n] = p->rank_c->name;
			s->col_masks[n++] = NULL;
		}
		s->list_rank_col = p->rank_c->name;
		s->list_rank_n = p->in.top_n;
		s->list_rank_asc = p->in.superl < 0; /* "the 5 cheapest" */
		sx_gen_thought(p->th, "the %d rows of %s with the %s %s, ties broken by the key", p->in.top_n,
		               e->name, s->list_rank_asc ? "lowest" : "highest", p->rank_c->name);
	}
	s->ncols = n;
	s->list = true;
	/* the list is replaced whole on each load: a row the condition no
	 * longer keeps (the customer has ordered since) must leave the target,
	 * which an upsert on the key would keep */
	s->nkey = 0;
	sx_gen_thought(p->th, "a list of %s: %s, %zu column%s, no snapshot date", e->name,
	               plain ? "every row, the columns named" : "the rows the condition keeps", n, n == 1 ? "" : "s");
	return 0;
}

/* A preposition of a place or a direction: "в", "to", "into" ... */
static bool place_prep(const char *w)
{
	static const char *const prep[] = {"в", "во", "на", "из", "до", "to", "in", "into", "from", "at", NULL};
	size_t k;
	for (k = 0; prep[k]; k++)
		if (strcmp(w, prep[k]) == 0)
			return true;
	return false;
}

/* "orders placed with a promo code", "заказов с промокодом" (gen37): the
 * nullable reference of fact (or of a parent it reaches many-to-one)
 * that the words from..to name is recorded, IS NOT NULL, as "without a
 * promo code" says it missing (resolve_without). Not a reference the
 * dimensions group by, nor one a filter already holds. 1: added, 0: none
 * said, else an error. */
static int ref_said_with(plan *p, const sx_table *fact, int from, int to)
{
	static const char *const neg[] = {"no", "not", "none", "nobody", "zero", "out", "нет", "ни", "не", "без", NULL};
	const sx_table *tabs[8];
	size_t nt, k, i, j;
	int x;
	/* "with no one assigned", "with none": said missing, not recorded */
	for (x = from; x <= to; x++)
		for (k = 0; neg[k]; k++)
			if (strcmp(p->in.tok[x].w, neg[k]) == 0)
				return 0;
	/* "заказы с доставкой в USA", "with delivery to Berlin": a place the
	 * words go on to, no reference said recorded */
	if (to + 1 < (int)p->in.ntok && !p->in.tok[to].semi && place_prep(p->in.tok[to + 1].w))
		return 0;
	nt = fact_and_parents(p, fact, tabs);
	for (k = 0; k < nt; k++)
		for (i = 0; i < tabs[k]->ncols; i++) {
			const sx_column *c = &tabs[k]->cols[i];
			size_t n;
			bool dup = false;
			int rc;
			if (!c->nullable || !sx_table_col_fk(tabs[k], c->name) || ref_grouped(p, tabs[k], c) ||
			    !said_between(p, c, from, to, &n) ||
			    (tabs[k] != fact && !n1_path(p, fact, tabs[k], &(sx_gen_group){0}, false)))
				continue;
			for (j = 0; j < p->filt.n && !dup; j++)
				dup = p->filt.v[j].table == tabs[k] && strcmp(p->filt.v[j].column, c->name) == 0;
			if (dup)
				return 0;
			sx_gen_thought(p->th, "\"%s ... %s\" -> %s.%s IS NOT NULL (a reference said recorded)",
			               p->in.tok[from - 1].w, p->in.tok[to].w, tabs[k]->name, c->name);
			rc = add_bound_filter(p, tabs[k], c->name, SX_FOP_NOT_NULL, "");
			return rc ? rc : 1;
		}
	return 0;
}

/* "with" / "с" / "со" before the words of a nullable reference (an
 * article skipped, two words at most, to a comma): ref_said_with. */
static int resolve_with(plan *p, const sx_table *fact)
{
	size_t b;
	for (b = 1; b < p->in.ntok; b++) {
		const char *pw = p->in.tok[b - 1].w;
		size_t e = b;
		int rc;
		if ((strcmp(pw, "with") != 0 && strcmp(pw, "с") != 0 && strcmp(pw, "со") != 0) ||
		    p->in.tok[b - 1].used || p->in.tok[b].num)
			continue;
		if (strcmp(p->in.tok[b].w, "a") == 0 || strcmp(p->in.tok[b].w, "an") == 0)
			e++;
		if (e + 1 < p->in.ntok && !p->in.tok[e].semi && strcmp(p->in.tok[e + 1].w, ",") != 0 &&
		    !place_prep(p->in.tok[e + 1].w))
			e++;
		if (e >= p->in.ntok)
			e = p->in.ntok - 1;
		if ((rc = ref_said_with(p, fact, (int)b, (int)e)))
			return rc < 0 ? rc : 0;
	}
	return 0;
}

/* "the percentage of its shipped orders that went out after the required
 * date" (gen37): beside a percentage within each group, a word between the
 * share word and its counted noun that says every meaning word of a
 * nullable date of the counted rows ("shipped" of shipped_date) says
 * which rows the percentage is of: that date IS NOT NULL, a filter of all
 * the group's rows. 1: added, 0: none, else an error. */
static int share_base_date(plan *p, const sx_table *t, const sx_gen_filter *cond)
{
	static const char *const skip[] = {"of", "in", "the", "its", "their", "all", "those", NULL};
	size_t j, q, i, n;
	int rc;
	if (!p->in.share_at)
		return 0;
	for (j = (size_t)p->in.share_at; j < p->in.ntok; j++) {
		for (q = 0; skip[q] && strcmp(p->in.tok[j].w, skip[q]) != 0; q++)
			;
		if (!skip[q])
			break;
	}
	/* the word and the counted rows' noun after it ("shipped orders"), both
	 * in the clause; the word no noun of the rows itself ("of its
	 * shipments did ...") */
	if (j + 1 >= p->in.ntok || p->in.tok[j].semi || p->in.tok[j].num || strcmp(p->in.tok[j + 1].w, ",") == 0)
		return 0;
	{
		gen_phrase w = {1, {(int)j}}, noun = {1, {(int)j + 1}};
		if (name_bonus(p, &w, t) > 0 || name_bonus(p, &noun, t) <= 0)
			return 0;
	}
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		if (!c->nullable || (c->family != SX_TF_DATE && c->family != SX_TF_TIMESTAMP) ||
		    (cond->column && strcmp(cond->column, c->name) == 0 && cond->op != SX_FOP_GT_COL))
			continue;
		if (said_between(p, c, (int)j, (int)j, &n) != n || !n)
			continue;
		sx_gen_thought(p->th, "\"%s %s\": the share is of the rows with %s.%s, IS NOT NULL", p->in.tok[j].w,
		               p->in.tok[j + 1].w, t->name, c->name);
		rc = add_bound_filter(p, t, c->name, SX_FOP_NOT_NULL, "");
		return rc ? rc : 1;
	}
	return 0;
}

/* A dimension phrase left out: the plan's error cleared and the user told
 * (a finding of ambiguity: what was read, and the flag that names one). */
static void dim_unread(plan *p, sx_severity sev, const char *what)
{
	if (p->err)
		sx_error_clear(p->err);
	if (p->fl)
		sx_finding_add(p->fl, sev, SX_CAT_AMBIGUITY, "gen.dimension-unread", SX_ART_SELECT_SQL, 0, 0,
			       "use --dimension TABLE.COLUMN", "%s", what);
}

/* A dimension phrase left out (dim_unread), with its words quoted before
 * why, in a thought, and before what the user is told, in the finding. */
static void dim_phrase_left_out(plan *p, const gen_phrase *ph, sx_severity sev, const char *why,
				const char *told)
{
	char txt[128], what[200];
	phrase_text(p, ph, txt, sizeof txt);
	sx_gen_thought(p->th, "\"%s\" %s", txt, why);
	snprintf(what, sizeof what, "\"%s\" %s", txt, told);
	dim_unread(p, sev, what);
}

/* "какой процент заказов отменяется в каждом канале", "what percent of
 * orders get cancelled in each channel" (gen37): the one value filter
 * said after the share word and the counted noun that follows it is what
 * the share's rows do, so the share is of each group's own rows; a value
 * said before the noun ("the share of cancelled orders by channel") or
 * elsewhere keeps a part of the whole. */
static bool share_predicate(const plan *p)
{
	static const char *const skip[] = {"of", "in", "the", "its", "their", "all", "those", NULL};
	const sx_gen_filter *f = p->filt.n == 1 ? &p->filt.v[0] : NULL;
	size_t j, k, v, q;
	if (!f || !p->in.share_at || (f->op != SX_FOP_EQ && f->op != SX_FOP_IN && f->op != SX_FOP_NOT_NULL) ||
	    !f->nvalues || f->is_date)
		return false;
	for (j = (size_t)p->in.share_at; j < p->in.ntok; j++) {
		for (q = 0; skip[q] && strcmp(p->in.tok[j].w, skip[q]) != 0; q++)
			;
		if (!skip[q])
			break;
	}
	while (j < p->in.ntok && p->in.tok[j].num && p->in.tok[j].used) /* a year: "of 2024 orders" */
		j++;
	if (j >= p->in.ntok || p->in.tok[j].num || p->in.tok[j].semi)
		return false;
	/* "percentage of orders placed with a promo code", "процент заказов
	 * ... оформлен с промокодом": the reference said recorded after the
	 * noun, in its clause */
	for (k = j + 1; f->op == SX_FOP_NOT_NULL && k < p->in.ntok && k <= j + 7 && !p->in.tok[k - 1].semi &&
	                strcmp(p->in.tok[k].w, ",") != 0;
	     k++)
		if (strcmp(p->in.tok[k].w, "with") == 0 || strcmp(p->in.tok[k].w, "с") == 0 ||
		    strcmp(p->in.tok[k].w, "со") == 0) {
			sx_gen_thought(p->th, "\"%s ... %s %s\": the share's rows said to have %s, within each group",
			               p->in.tok[(size_t)p->in.share_at - 1].w, p->in.tok[j].w, p->in.tok[k].w, f->column);
			return true;
		}
	if (f->op == SX_FOP_NOT_NULL)
		return false;
	for (v = 0; v < f->nvalues; v++)
		if (value_matches(&p->in.tok[j], f->values[v]))
			return false; /* the value is the noun's adjective */
	for (k = j + 1; k < p->in.ntok && k <= j + 4 && !p->in.tok[k - 1].semi && strcmp(p->in.tok[k].w, ",") != 0;
	     k++) {
		const char *w = p->in.tok[k].w;
		size_t n = strlen(w);
		/* ... or a Russian verb after the noun, negated or reflexive
		 * ("платежей не проходит", "заказов отменяется"): the value
		 * said anywhere ("доля неуспешных платежей") */
		if (k <= j + 2 && (strcmp(w, "не") == 0 ||
		                   (p->in.tok[k].cyr && n > 8 &&
		                    (strcmp(w + n - 4, "ся") == 0 || strcmp(w + n - 4, "сь") == 0)))) {
			sx_gen_thought(p->th, "\"%s ... %s %s\": a verb of the share's rows, within each group",
			               p->in.tok[(size_t)p->in.share_at - 1].w, p->in.tok[j].w, w);
			return true;
		}
		for (v = 0; v < f->nvalues; v++)
			if (value_matches(&p->in.tok[k], f->values[v])) {
				sx_gen_thought(p->th, "\"%s ... %s %s\": the share's rows said to be %s, within each group",
				               p->in.tok[(size_t)p->in.share_at - 1].w, p->in.tok[j].w, p->in.tok[k].w,
				               f->values[v]);
				return true;
			}
	}
	return false;
}

/* "Which companies does the market value at less than their assets?
 * Company name, market value and assets" (gen41): a question of which rows
 * (which / what / какие / list / show / перечисли ...), no aggregate word
 * said anywhere (sum, total, average, count, how many ...), no group, time
 * grain, top N or threshold, whose every amount is a number column said by
 * its name: the columns of a list, no measure. The amounts' words go back
 * to the subject's. */
static bool amounts_are_columns(plan *p)
{
	static const char *const ask[] = {"which", "what", "list", "show", "какие", "каких", "какой", "какая",
	                                  "покажи", "покажите", "перечисли", "перечислите", "выведи", "выведите",
	                                  NULL};
	static const char *const agg[] = {"sum", "total", "totals", "average", "avg", "mean", "count", "number",
	                                  "how", "сумм*", "средн*", "сколько", "количеств*", "число", "числу",
	                                  "итог*", "всего", "max", "min", "maximum", "minimum", NULL};
	size_t i, k;
	bool asked = false;
	if (!p->in.nmeas || p->in.ndims || p->in.grain || p->in.top_n || p->in.having || p->in.share ||
	    p->in.running || p->in.load >= 0 || (p->req && p->req->measures && p->req->measures[0]))
		return false;
	for (i = 0; i < p->in.ntok && i < 3 && !asked; i++)
		asked = gen_tok_kw(&p->in.tok[i], ask);
	for (i = 0; i < p->in.ntok; i++)
		if (gen_tok_kw(&p->in.tok[i], agg))
			return false;
	if (!asked)
		return false;
	for (k = 0; k < p->in.nmeas; k++) {
		const gen_mphrase *m = &p->in.meas[k];
		const sx_table *t = NULL;
		if ((m->kind != MK_AMOUNT && m->kind != MK_QUANTITY) || !m->noun.n ||
		    !named_number(p, NULL, &m->noun, &t, false) || !names_number_of(p, &m->noun, t))
			return false;
	}
	for (k = 0; k < p->in.nmeas; k++)
		for (i = 0; i < p->in.meas[k].noun.n; i++) {
			p->in.tok[p->in.meas[k].noun.tok[i]].used = false;
			if (p->in.nouns.n < GEN_MAX_PHRASE)
				p->in.nouns.tok[p->in.nouns.n++] = p->in.meas[k].noun.tok[i];
		}
	sx_gen_thought(p->th, "which rows, no aggregate word: the amount%s said %s the list's column%s, no measure",
	               p->in.nmeas > 1 ? "s" : "", p->in.nmeas > 1 ? "are" : "is", p->in.nmeas > 1 ? "s" : "");
	p->in.nmeas = 0;
	return true;
}

int sx_gen_plan(sx_gen_spec **out, const sx_gen_request *req, const sx_dbmap *map,
		sx_search *search, sx_gen_thoughts *th, sx_finding_list *findings, sx_error *err)
{
	plan *p;
	sx_gen_spec *s;
	int rc = 0;
	size_t i;
	*out = NULL;
	if (!req || !req->intent || !*req->intent)
		return sx_error_set(err, SX_EINVAL, "empty intent: say what to load, e.g. \"daily revenue by channel\"");
	if (!sx_utf8_valid(req->intent, strlen(req->intent)))
		return sx_error_set(err, SX_EINVAL, "the intent is not valid UTF-8");
	if (!(p = sx_calloc(1, sizeof *p)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if (!(s = sx_calloc(1, sizeof *s)) || !(s->arena = sx_arena_new())) {
		free(s);
		free(p);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	p->req = req;
	p->map = map;
	p->cat = sx_dbmap_catalog(map);
	p->search = search;
	p->th = th;
	p->fl = findings;
	p->err = err;
	p->s = s;
	if ((rc = sx_analyzer_new(&p->an, NULL, err)))
		goto fail;
	if ((rc = gen_parse(p->an, req->intent, &p->in, err)))
		goto fail;
	s->intent = astr(p, req->intent);
	s->lang = p->in.ru ? "ru" : "en";
	if (req->database)
		p->db = sx_catalog_find_database(p->cat, req->database);
	else if (p->cat->ndbs == 1)
		p->db = p->cat->dbs[0];
	if ((rc = gather_relevant(p)))
		goto fail;
	if (!p->db)
		p->db = p->cat->ndbs ? p->cat->dbs[0] : NULL;
	if (!p->db) {
		rc = sx_error_set(err, SX_EEMPTY, "nothing analysed yet: run `sextant analyze SOURCE` first");
		goto fail;
	}
	s->source = p->db->kind == SX_DB_DDL ? SX_DB_POSTGRES : p->db->kind;
	/* target, version, schedule, mode */
	s->target = SX_DB_POSTGRES;
	if (p->in.target >= 0)
		s->target = (sx_db_kind)p->in.target;
	if (req->target && sx_db_kind_parse(req->target, &s->target)) {
		rc = sx_error_set(err, SX_EUSAGE, "unknown target '%s': postgresql, clickhouse or sqlite",
				  req->target);
		goto fail;
	}
	s->target_version = req->target_version ? astr(p, req->target_version) : NULL;
	if (s->target == SX_DB_CLICKHOUSE && !s->target_version && findings)
		sx_finding_add(findings, SX_SEV_INFO, SX_CAT_SYNTAX, "gen.target-version-unknown",
			       SX_ART_TARGET_DDL, 0, 0, "pass the server version (e.g. --target-version 23.8)",
			       "the ClickHouse version is unknown: conservative syntax (no LowCardinality, "
			       "DateTime64, Map)");
	s->streaming = p->in.streaming || (req->mode && strcmp(req->mode, "streaming") == 0);
	if (s->streaming && (req->schedule || p->in.sched_hour >= 0 || p->in.sched_every_min > 0)) {
		rc = sx_error_set(err, SX_EINVAL,
				  "contradictory constraints: streaming runs continuously, a cron schedule "
				  "runs batches; drop one of them");
		goto fail;
	}
	{
		char cron[64] = "";
		if (req->schedule)
			snprintf(cron, sizeof cron, "%s", req->schedule);
		else if (p->in.sched_every_min > 0)
			snprintf(cron, sizeof cron, "*/%d * * * *", p->in.sched_every_min);
		else if (p->in.sched_hourly)
			snprintf(cron, sizeof cron, "0 * * * *");
		else if (p->in.sched_hour >= 0)
			snprintf(cron, sizeof cron, "%d %d * * %s", p->in.sched_min < 0 ? 0 : p->in.sched_min,
				 p->in.sched_hour, p->in.sched_dow >= 0 ? "1" : "*");
		else if (p->in.sched_daily)
			snprintf(cron, sizeof cron, "0 3 * * *");
		if (cron[0]) {
			s->schedule = astr(p, cron);
			sx_gen_thought(th, "schedule -> %s", cron);
		}
	}
	amounts_are_columns(p);
	/* load type */
	if (p->in.load >= 0)
		s->load = (sx_gen_load)p->in.load;
	else if (s->streaming && !p->in.nmeas && !p->in.grain && !(req->measures && req->measures[0]))
		s->load = SX_LOAD_INCREMENTAL; /* a change stream keeps the target up to date */
	else if (!p->in.nmeas && !p->in.grain && !p->in.ndims && !(req->measures && req->measures[0]))
		s->load = SX_LOAD_SNAPSHOT;
	else
		s->load = SX_LOAD_AGGREGATE;
	sx_gen_thought(th, "load type -> %s%s", sx_gen_load_name(s->load), p->in.load >= 0 ? "" : " (default)");
	if (s->load == SX_LOAD_AGGREGATE)
		top_no_partition(p);
	if (!p->rel.n && !p->in.nmeas && !(req->measures && req->measures[0])) {
		rc = sx_error_set(err, SX_EINVAL, "the intent names nothing Sextant knows in the workspace; "
				  "name the business things (orders, customers, payments) and what to compute");
		goto fail;
	}

	if ((s->load == SX_LOAD_SNAPSHOT || s->load == SX_LOAD_AGGREGATE) && !s->streaming &&
	    (p->rank_t = ranked_rows(p, &p->rank_c))) {
		sx_gen_thought(th, "top %d of %s's own rows by %s.%s: a list, no aggregate", p->in.top_n,
		               p->rank_t->name, p->rank_t->name, p->rank_c->name);
		s->load = SX_LOAD_SNAPSHOT;
		p->in.nmeas = p->in.ndims = 0;
	}
	if (s->load != SX_LOAD_AGGREGATE && s->load != SX_LOAD_DENORM360) {
		if ((rc = plan_entity(p)) || (rc = plan_list(p)))
			goto fail;
		goto finish;
	}
	/* measures */
	if (req->measures)
		for (i = 0; req->measures[i]; i++) {
			const char *m = req->measures[i], *c = strchr(m, ':');
			const sx_table *t;
			const char *col;
			sx_gen_agg agg = SX_AGG_SUM;
			char ex[160], nm[160];
			if (c) {
				if (strncmp(m, "count", 5) == 0)
					agg = strstr(m, "distinct") ? SX_AGG_COUNT_DISTINCT : SX_AGG_COUNT;
				else if (strncmp(m, "avg", 3) == 0)
					agg = SX_AGG_AVG;
				else if (strncmp(m, "min", 3) == 0)
					agg = SX_AGG_MIN;
				else if (strncmp(m, "max", 3) == 0)
					agg = SX_AGG_MAX;
				m = c + 1;
			}
			if ((rc = parse_ref(p, m, &t, &col)))
				goto fail;
			snprintf(ex, sizeof ex, "{%s}", col);
			snprintf(nm, sizeof nm, "%s_%s", sx_gen_agg_name(agg), col);
			add_measure(p, nm, agg, t, ex, 1, false);
			sx_gen_thought(th, "measure (given) -> %s(%s.%s)", sx_gen_agg_name(agg), t->name, col);
		}
	else if ((rc = resolve_measures(p)))
		goto fail;
	else
		measures_in_said_order(p);
	drop_same_measures(p);
	if (p->meas.n == 1 && p->meas.v[0].only) {
		/* one measure: its filter is the query's (no other measure needs the
		 * rows it drops, and no empty group is kept) */
		const sx_gen_filter *f = p->meas.v[0].only;
		p->meas.v[0].only = NULL;
		if ((rc = add_value_filter(p, f->table, f->column, f->values[0], false)))
			goto fail;
	}
	if (!p->meas.n) {
		const sx_table *t = subject(p), *nt = NULL;
		const sx_column *nc;
		char nm[128];
		/* no aggregate word, but the intent opens with the whole name of a
		 * plain number column of one relevant table ("Freight charged per
		 * customer country"): what it asks for is that number's total, not
		 * a count of rows (gen11); so does such a name said anywhere
		 * outside the dimensions ("Monthly tax on invoices (tax_amount)":
		 * the words of a name written with '_' say no aggregate; gen12) */
		gen_phrase bound = {1, {p->in.numge_at}};
		if (((nc = named_number(p, NULL, NULL, &nt, true)) ||
		     (nc = named_number(p, NULL, NULL, &nt, false))) &&
		    /* the column of a bound said ("scored 90 or more") is no measure (gen14) */
		    !(p->in.numge_at > 0 && col_match(p, &bound, nt, nc) >= 0.9)) {
			char ex[140];
			number_expr(p, ex, sizeof ex, nt, nc);
			snprintf(nm, sizeof nm, "total_%s", nc->name);
			sx_gen_thought(th, "no aggregate word: the intent says %s.%s, a number, by its name: its sum",
				       nt->name, nc->name);
			if ((rc = add_measure(p, nm, SX_AGG_SUM, nt, ex, 0.8, false)))
				goto fail;
		} else if (!t) {
			rc = sx_error_set(err, SX_EINVAL, "no measure: say what to compute (revenue, number of orders)");
			goto fail;
		} else {
			phrase_name(p, &p->in.nouns, nm, sizeof nm);
			if (nm[0] && strlen(nm) < 100)
				snprintf(nm + strlen(nm), sizeof nm - strlen(nm), "_count");
			else
				snprintf(nm, sizeof nm, "row_count");
			add_measure(p, nm, SX_AGG_COUNT, t, NULL, 0.6, false);
			sx_gen_thought(th, "no measure named: counting rows of %s", t->name);
		}
		(void)nm;
	}
	/* an average of a count per entity (gen14): "how many orders on average
	 * per one customer": the count per key of the entity, then its average
	 * (the two-level aggregate of avg_of_sums with a count inside) */
	if (p->in.avg_per.n && p->meas.n == 1 && p->meas.v[0].agg == SX_AGG_COUNT &&
	    !p->meas.v[0].expr && !p->meas.v[0].only && !p->meas.v[0].per && !p->meas.v[0].via) {
		sx_gen_measure *m = &p->meas.v[0];
		double conf;
		const sx_table *e = resolve_entity(p, &p->in.avg_per, &conf);
		char nm[160];
		sx_gen_group g = {0};
		g.fact = m->table;
		if (e && e != m->table && key_of(p, e) && n1_path(p, m->table, e, &g, false)) {
			m->agg = SX_AGG_AVG;
			m->expr = "1";
			m->per = e;
			snprintf(nm, sizeof nm, "avg_%s_per_%s", m->name, e->name);
			m->name = astr(p, nm);
			sx_gen_thought(th, "%s: the count of %s per %s, then its average", nm,
			               m->table->name, e->name);
		}
	}
	/* a superlative of the entity ("their longest track", "the most
	 * expensive bottle"): the one plain number summed is its MAX / MIN (gen14) */
	if (p->in.superl && !p->in.top_n && p->meas.n == 1 && p->meas.v[0].agg == SX_AGG_SUM &&
	    p->meas.v[0].expr && p->meas.v[0].expr[0] == '{' &&
	    strchr(p->meas.v[0].expr, '}') == p->meas.v[0].expr + strlen(p->meas.v[0].expr) - 1 &&
	    !p->meas.v[0].per && !p->meas.v[0].via && !p->meas.v[0].convert) {
		sx_gen_measure *m = &p->meas.v[0];
		char nm[160];
		m->agg = p->in.superl > 0 ? SX_AGG_MAX : SX_AGG_MIN;
		snprintf(nm, sizeof nm, "%s_%.*s", p->in.superl > 0 ? "max" : "min",
		         (int)strlen(m->expr) - 2, m->expr + 1);
		m->name = astr(p, nm);
		sx_gen_thought(th, "a superlative said: %s -> %s", m->expr, nm);
	}
	/* share of the total and running totals: windows over the additive
	 * measures of the aggregated rows */
	if (p->in.share || p->in.running) {
		size_t n = 0;
		if (p->in.running && !p->in.grain && !p->in.top_n) {
			rc = sx_error_set(err, SX_EINVAL,
			                  "a running total runs over periods: say the grain "
			                  "(\"monthly running total of revenue\")");
			goto fail;
		}
		for (i = 0; i < p->meas.n; i++) {
			sx_gen_measure *m = &p->meas.v[i];
			char nm[160];
			if (m->agg != SX_AGG_SUM && m->agg != SX_AGG_COUNT)
				continue;
			m->window = p->in.running ? SX_WIN_RUNNING : SX_WIN_SHARE;
			m->window_pct = !p->in.running && p->in.share_pct;
			/* a share asked alone ("what share of shipments is in each
			 * status"): the count no word asked is no column (gen21) */
			m->window_only = !p->in.running && (!p->in.nmeas || p->in.share_noun || p->in.share_alone) &&
			                 !p->in.top_n && p->meas.n == 1 &&
			                 (m->agg == SX_AGG_COUNT || (p->in.share_alone && m->agg == SX_AGG_SUM)) &&
			                 (p->in.ndims || p->in.grain);
			snprintf(nm, sizeof nm, "%s_%s", m->name,
			         p->in.running ? "running_total" : "share");
			m->window_name = astr(p, nm);
			sx_gen_thought(
			    th, "%s -> %s(%s) over the aggregated rows%s", nm,
			    p->in.running ? "running sum" : "share of the total", m->name,
			    p->in.top_n
			        ? (p->in.running ? ", down the top N's ranked rows"
			                         : ", of every row of the top N's partition")
			    : p->in.running ? ", ordered by the period, per dimension key"
			                    : (p->in.grain ? ", within each period" : ""));
			n++;
		}
		if (!n) {
			rc = sx_error_set(err, SX_EINVAL,
			                  "a share or a running total needs a sum or a count "
			                  "(an average or a distinct count does not add up)");
			goto fail;
		}
	}
	/* 360: the entity is the grain, every fact joins it */
	if (s->load == SX_LOAD_DENORM360) {
		double conf;
		const sx_table *e = NULL;
		if (p->in.ndims)
			e = resolve_entity(p, &p->in.dims[0], &conf);
		if (!e && p->in.nouns.n)
			e = resolve_entity(p, &p->in.nouns, &conf);
		if (!e) {
			rc = sx_error_set(err, SX_EINVAL, "a 360 table of what? name the entity (customer, product)");
			goto fail;
		}
		s->entity = e;
		if (!key_of(p, e)) {
			rc = sx_error_set(err, SX_EINVAL, "%s has no single-column key for a 360 table", e->name);
			goto fail;
		}
		s->key = sx_arena_alloc(s->arena, sizeof *s->key);
		s->key[0] = key_of(p, e);
		s->nkey = 1;
		add_dim(p, e, key_of(p, e), key_of(p, e));
	} else {
		const sx_table *fact = p->meas.v[0].table;
		/* "how many positions are below their reorder point (quantity on
		 * hand less than the reorder point)": a compared column said in the
		 * comparison is its condition, not a second measure beside the
		 * count (gen32) */
		if (p->in.ncmp_at > 0 && s->load == SX_LOAD_AGGREGATE && p->meas.n == 2) {
			size_t c = p->meas.v[0].agg == SX_AGG_COUNT ? 0 : 1, o = 1 - c;
			const sx_gen_measure *mc = &p->meas.v[c], *mo = &p->meas.v[o];
			const sx_table *lt = NULL, *rt = NULL;
			const sx_column *lcol = NULL, *rcol = NULL;
			char a[160] = "", b[160] = "";
			if (row_count(mc) &&
			    mo->agg != SX_AGG_COUNT && !mo->via && !mo->per && mo->expr &&
			    number_compare(p, mc->table, &lt, &lcol, &rt, &rcol) && lt == rt && mo->table == lt) {
				snprintf(a, sizeof a, "{%s}", lcol->name);
				snprintf(b, sizeof b, "{%s}", rcol->name);
			}
			if (a[0] && (strcmp(mo->expr, a) == 0 || strcmp(mo->expr, b) == 0)) {
				sx_gen_thought(th, "%s is compared (%s.%s against %s): the condition, not a measure beside the count",
				               mo->name, lt->name, lcol->name, rcol->name);
				if (o == 0)
					p->meas.v[0] = p->meas.v[1];
				p->meas.n = 1;
				fact = p->meas.v[0].table;
			}
		}
		/* "how many stock positions are below their reorder point": rows
		 * counted where both compared columns lie on a table the counted
		 * one references are that table's rows (a count of stock levels,
		 * not of the stock counts that reference them; gen31) */
		if (p->in.ncmp_at > 0 && s->load == SX_LOAD_AGGREGATE && p->meas.n == 1 && row_count(&p->meas.v[0])) {
			const sx_table *lt = NULL, *rt = NULL;
			const sx_column *lcol = NULL, *rcol = NULL;
			if (number_compare(p, fact, &lt, &lcol, &rt, &rcol) && lt == rt && rt != fact) {
				sx_gen_thought(th, "%s.%s and %s.%s are compared on %s: counting %s, not %s", lt->name,
				               lcol->name, rt->name, rcol->name, rt->name, rt->name, fact->name);
				fact = p->meas.v[0].table = rt;
			}
		}
		if (req->dimensions)
			for (i = 0; req->dimensions[i]; i++) {
				const sx_table *t;
				const char *col;
				if ((rc = parse_ref(p, req->dimensions[i], &t, &col)))
					goto fail;
				add_dim(p, t, col, col);
			}
		else {
			said_values(p, p->meas.v[0].via ? p->meas.v[0].via : fact);
			for (i = 0; i < p->in.ndims; i++) {
				size_t a;
				if (fact_grain(p, fact, &p->in.dims[i]) || avg_per_row(p, fact, &p->in.dims[i]) ||
				    written_column_dim(p, fact, &p->in.dims[i]) ||
				    explicit_filter(p, fact, &p->in.dims[i]) ||
				    dim_as_filter(p, fact, &p->in.dims[i]) ||
				    said_after(p, &p->in.dims[i]) || says_filtered_value(p, &p->in.dims[i]) ||
				    date_dim(p, &p->in.dims[i]) || year_after(p, &p->in.dims[i]))
					continue;
				/* "cost of the procedures each physician performed": a
				 * sum a child event table (its own time) reaches many-to-one
				 * is summed over those events before a bridge is crossed
				 * (the physicians trained in a procedure; gen17) */
				p->no_bridge = true;
				rc = resolve_dim(p, &p->in.dims[i], fact, false);
				p->no_bridge = false;
				if (rc == SX_EINVAL) {
					if (err)
						sx_error_clear(err);
					p->event_child = true;
					rc = sum_over_units(p, &p->in.dims[i], &fact) ? SX_EINVAL : 0;
					p->event_child = false;
					if (rc)
						rc = resolve_dim(p, &p->in.dims[i], fact, false);
				}
				/* a counted table its noun names exactly ("orders" is Orders)
				 * is counted over its parts before any other reading is tried */
				if (rc == SX_EINVAL && p->in.nmeas && p->in.meas[0].noun.n &&
				    name_bonus(p, &p->in.meas[0].noun, fact) >= 1.0 &&
				    !count_via_child(p, &p->in.dims[i], &fact))
					rc = 0;
				/* a counted noun read as a table the dimension does not reach:
				 * take its next reading ("subscribers" of the newsletter, by source) */
				for (a = 1; rc == SX_EINVAL && a < 3 && p->meas.v[0].agg == SX_AGG_COUNT &&
					    !p->meas.v[0].expr && p->alt[0][a];
				     a++) {
					size_t before = p->dims.n;
					if (part_of(p, p->alt[0][a], fact))
						continue;
					rc = resolve_dim(p, &p->in.dims[i], p->alt[0][a], false);
					/* counting a table per its own rows is one each: no
					 * reading ("students per activity" is no count of
					 * activities; gen17) */
					if (!rc && before < p->dims.n && p->dims.v[before].table == p->alt[0][a]) {
						p->dims.n = before;
						rc = SX_EINVAL;
						continue;
					}
					if (!rc) {
						sx_gen_thought(th, "%s cannot be split by \"%s\"; its other reading %s "
							       "can: counting %s", fact->name, p->dims.v[before].name,
							       p->alt[0][a]->name, p->alt[0][a]->name);
						fact = p->meas.v[0].table = p->alt[0][a];
						p->dims.n = before < p->dims.n ? p->dims.n : before;
					}
				}
				if (rc == SX_EINVAL && !count_via_child(p, &p->in.dims[i], &fact))
					rc = 0;
				if (rc == SX_EINVAL && !sum_over_units(p, &p->in.dims[i], &fact))
					rc = 0;
				/* "(routes sold but operated by another carrier)": an
				 * aside in brackets that no column answers is left out
				 * when the rest of the ask has a dimension or a top N */
				if (rc == SX_EINVAL && phrase_in_brackets(p, &p->in.dims[i]) &&
				    (p->in.ndims > 1 || p->in.top_n)) {
					sx_gen_thought(th, "\"%s ...\" is an aside in brackets that no column "
						       "answers: no dimension", p->in.tok[p->in.dims[i].tok[0]].w);
					dim_unread(p, SX_SEV_INFO, "words in brackets were read as a remark, no dimension");
					rc = 0;
				}
				/* "Data quality check: which customers ...": a heading's
				 * words no column answers, with no word of grouping, name
				 * the ask, no dimension */
				if (rc == SX_EINVAL && phrase_in_heading(p, &p->in.dims[i])) {
					dim_phrase_left_out(p, &p->in.dims[i], SX_SEV_INFO,
							    "heads the ask before its colon and names no column: a title, "
							    "no dimension",
							    "was read as the ask's title, no dimension");
					rc = 0;
				}
				if (rc == SX_EINVAL && (rc = resolve_dim_head(p, &p->in.dims[i], fact)) == SX_EINVAL)
					resolve_dim(p, &p->in.dims[i], fact, false); /* the whole phrase's error */
				/* "по времени выхода в эфир ...: сколько эфиров в каждом
				 * слоте": a second dimension phrase no column or table
				 * answers, by any reading or its first words, restates a
				 * dimension another phrase found: left out, the user told
				 * (gen39) */
				if (rc == SX_EINVAL && i > 0 && p->dims.n > 0) {
					dim_phrase_left_out(p, &p->in.dims[i], SX_SEV_WARNING,
							    "is no column or table; another phrase gave the dimension: "
							    "read as restating it",
							    "names no column or table: no dimension");
					rc = 0;
				}
				if (rc)
					goto fail;
				if (err)
					sx_error_clear(err);
			}
		}
		drop_named_entities(p);
		if (p->in.top_n) {
			size_t before = p->dims.n;
			if (p->in.top_what.n && (rc = resolve_dim(p, &p->in.top_what, fact, false))) {
				/* "top 10 loyalty accounts by balance": the members are the
				 * fact's own rows, ranked by its key, shown by its label (gen34) */
				double conf = 0;
				const char *kc = key_of(p, fact), *lc = label_col(p, fact);
				if (rc != SX_EINVAL || !kc || resolve_entity(p, &p->in.top_what, &conf) != fact)
					goto fail;
				sx_error_clear(err);
				rc = 0;
				if ((rc = entity_dim(p, fact, kc, kc, false)) ||
				    (lc && strcmp(lc, kc) != 0 && (rc = entity_dim(p, fact, lc, lc, false))))
					goto fail;
				sx_gen_thought(th, "top %d %s: the members are %s's own rows (%s%s%s)", p->in.top_n,
				               fact->name, fact->name, kc, lc ? ", " : "", lc ? lc : "");
			}
			s->top_n = p->in.top_n;
			s->top_dim = before < p->dims.n ? before : 0;
			sx_gen_thought(th, "top %d per group: rank by %s, descending, ties broken by the key",
				       s->top_n, p->meas.v[0].name);
			if ((s->rank_hidden = top_list_names_number(p)))
				sx_gen_thought(th, "the list after the colon or the dash names the members and the "
					       "number: those columns, no rank column");
		}
		listed_columns(p);
		spread_roles(p);
		if (s->rank_hidden && !id_said(p))
			top_key_gives_way(p, s);
	}
	/* filters */
	if (req->filters)
		for (i = 0; req->filters[i]; i++) {
			char ref[256];
			const char *eq = strchr(req->filters[i], '=');
			bool neg;
			const sx_table *t;
			const char *col;
			if (!eq || eq == req->filters[i]) {
				rc = sx_error_set(err, SX_EUSAGE, "filter '%s': want TABLE.COLUMN=VALUE or !=",
						  req->filters[i]);
				goto fail;
			}
			neg = eq[-1] == '!';
			snprintf(ref, sizeof ref, "%.*s", (int)(eq - req->filters[i] - (neg ? 1 : 0)), req->filters[i]);
			if ((rc = parse_ref(p, ref, &t, &col)))
				goto fail;
			add_value_filter(p, t, col, eq + 1, neg);
		}
	said_values(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table);
	resolve_values(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table, false);
	resolve_values(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table, true);
	resolve_flags(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table);
	only_currency(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table);
	if (p->in.month_only && !p->in.month && !p->in.year_from &&
	    (rc = text_month(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table)))
		goto fail;
	if (clashing_filters(p)) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto fail;
	}
	if ((rc = resolve_nobody(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table)))
		goto fail;
	if (p->in.numge_at > 0 && s->load == SX_LOAD_AGGREGATE) {
		/* "scored 90 points or more" (gen14): the fact's number column the
		 * word names, at least the number */
		const sx_table *t = p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table;
		gen_phrase ph = {1, {p->in.numge_at}};
		const sx_column *bc = NULL;
		double bs = 0.9;
		for (i = 0; i < t->ncols; i++) {
			sx_gen_sem sem = sx_gen_column_sem(t, &t->cols[i]);
			double sc;
			if ((t->cols[i].family != SX_TF_INTEGER &&
			     t->cols[i].family != SX_TF_DECIMAL &&
			     t->cols[i].family != SX_TF_FLOAT) ||
			    sem == SX_SEM_IDENTIFIER)
				continue;
			if ((sc = col_match(p, &ph, t, &t->cols[i])) >= bs)
				bs = sc, bc = &t->cols[i];
		}
		if (bc) {
			char v[32];
			snprintf(v, sizeof v, "%ld", p->in.numge_val);
			if ((rc = add_bound_filter(p, t, bc->name, SX_FOP_GE, v)))
				goto fail;
			sx_gen_thought(th, "%s.%s >= %ld (a number bound said)", t->name, bc->name,
			               p->in.numge_val);
		}
	}
	if (p->in.nb_at > 0 && s->load == SX_LOAD_AGGREGATE) {
		const sx_table *t = p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table;
		if ((rc = resolve_num_bound(p, t)) < 0)
			goto fail;
		rc = 0;
	}
	if (p->in.cmp_at > 0 && s->load == SX_LOAD_AGGREGATE &&
	    (rc = resolve_date_compare(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table)))
		goto fail;
	if (p->in.ncmp_at > 0 && s->load == SX_LOAD_AGGREGATE &&
	    (rc = resolve_number_compare(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table)))
		goto fail;
	if (s->load == SX_LOAD_AGGREGATE &&
	    (rc = resolve_without(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table)))
		goto fail;
	if (s->load == SX_LOAD_AGGREGATE &&
	    (rc = resolve_filled(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table)))
		goto fail;
	if (s->load == SX_LOAD_AGGREGATE &&
	    (rc = resolve_only(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table)))
		goto fail;
	if (s->load == SX_LOAD_AGGREGATE &&
	    (rc = resolve_with(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table)))
		goto fail;
	/* "founded before 1950": the fact's integer year bounded (gen19) */
	if ((p->in.year_before || p->in.year_after) && s->load == SX_LOAD_AGGREGATE) {
		const sx_table *ft = p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table;
		if ((rc = year_bound(p, ft)) < 0)
			goto fail;
		if (rc) {
			rc = 0;
		} else if (!p->in.year_from && !p->in.from_date[0] && !p->in.last_days) {
			/* no year column: the bound cuts the time column's dates */
			if (p->in.year_after) {
				p->in.year_from = p->in.year_to = p->in.year_after + 1;
				p->in.year_open = true;
			} else
				p->in.year_dates = true;
		}
	}
	if (p->in.dur_at > 0 && s->load == SX_LOAD_AGGREGATE &&
	    (rc = resolve_duration(p, p->meas.v[0].via ? p->meas.v[0].via : p->meas.v[0].table)))
		goto fail;
	if (req->time_column) {
		const sx_table *t;
		const char *col;
		if ((rc = parse_ref(p, req->time_column, &t, &col)))
			goto fail;
		s->time_table = t;
		s->time_column = col;
	}
	s->grain = p->in.grain;
	/* a filter to one year is a filter: its year grain would be one
	 * constant column ("that year's revenue" of 2025; gen19) */
	if (s->grain == SX_GRAIN_YEAR && p->in.year_from && p->in.year_from == p->in.year_to && !p->in.year_open &&
	    !p->in.running) {
		sx_gen_thought(th, "one year, %d: a filter, no year column", p->in.year_from);
		s->grain = SX_GRAIN_NONE;
	}
	s->measures = p->meas.v;
	s->nmeasures = p->meas.n;
	/* entities with none kept as zero (gen13): the dimensions' one table
	 * LEFT JOINed to the aggregate, without a grain or a top N */
	if (p->in.keep_empty && s->load == SX_LOAD_AGGREGATE && p->dims.n && !s->grain && !p->in.top_n) {
		bool one = true;
		for (i = 1; i < p->dims.n; i++)
			one &= p->dims.v[i].table == p->dims.v[0].table;
		s->keep_empty = one;
		if (one)
			sx_gen_thought(th, "every row of %s kept, those without facts as 0", p->dims.v[0].table->name);
	}
	/* a threshold on a count (gen13): HAVING on the first count measure */
	/* ... or on the first sum, said "in total" (gen19) */
	if (p->in.having && s->load == SX_LOAD_AGGREGATE && p->dims.n)
		for (i = 0; i < p->meas.n; i++)
			if ((p->in.having_total ? p->meas.v[i].agg == SX_AGG_SUM
			                        : (p->meas.v[i].agg == SX_AGG_COUNT ||
			                           p->meas.v[i].agg == SX_AGG_COUNT_DISTINCT)) &&
			    !p->meas.v[i].per) {
				s->having = true;
				s->having_measure = i;
				s->having_op = p->in.having_op[0] == '>' ? (p->in.having_op[1] ? ">=" : ">")
				                                         : (p->in.having_op[1] ? "<=" : "<");
				s->having_value = p->in.having_val;
				sx_gen_thought(th, "kept only where %s %s %lld", p->meas.v[i].name, s->having_op,
				               (long long)s->having_value);
				break;
			}
	/* a percentage within each group (gen14): the one value filter on the
	 * counted rows' table becomes the count's condition, over all the
	 * group's rows ("cancelled orders as a percentage of all orders of the
	 * channel": 100.0 * the cancelled / all, per channel) */
	/* ... also a percentage of the rows past a bound ("what percentage of
	 * rides last over an hour, per plan": gen15), a condition on each row
	 * rather than a part of the whole */
	if ((p->in.share_within ||
	     (p->in.share_pct && p->filt.n == 1 &&
	      (p->filt.v[0].op == SX_FOP_GT || p->filt.v[0].op == SX_FOP_LT || p->filt.v[0].op == SX_FOP_GE ||
	       p->filt.v[0].op == SX_FOP_LE || p->filt.v[0].op == SX_FOP_GT_COL)) ||
	     (s->load == SX_LOAD_AGGREGATE && p->dims.n && share_predicate(p))) &&
	    s->load == SX_LOAD_AGGREGATE && p->dims.n && p->filt.n == 1 &&
	    !s->having && p->filt.v[0].op != SX_FOP_IS_NULL && !p->filt.v[0].is_date)
		for (i = 0; i < p->meas.n; i++) {
			sx_gen_measure *m = &p->meas.v[i];
			sx_gen_filter *f;
			char nm[160];
			if (m->agg != SX_AGG_COUNT || m->expr || m->only || m->per || m->via ||
			    m->table != p->filt.v[0].table)
				continue;
			if (!(f = sx_arena_alloc(p->s->arena, sizeof *f))) {
				rc = sx_error_set(err, SX_ENOMEM, "out of memory");
				goto fail;
			}
			*f = p->filt.v[0];
			p->filt.n = 0;
			m->only = f;
			m->pct = true;
			m->window = SX_WIN_NONE;
			m->window_only = false; /* the percentage is the column */
			m->window_name = NULL;
			snprintf(nm, sizeof nm, "%s_pct", m->name);
			m->name = astr(p, nm);
			sx_gen_thought(
			    th, "%s -> 100.0 * rows where %s.%s %s / all rows, within each group",
			    nm, f->table->name, f->column, f->nvalues ? f->values[0] : "");
			if ((rc = share_base_date(p, m->table, f)) < 0)
				goto fail;
			rc = 0;
			break;
		}
	s->dims = p->dims.v;
	s->ndims = p->dims.n;
	/* a counted entity that cannot reach the dimensions many-to-one: take the
	 * next reading of its noun that can ("events" of the clickstream, not the
	 * carriers' tracking events, when the grain is a campaign) */
	for (i = 0; i < p->meas.n && i < GEN_MAX_ITEMS * 2; i++) {
		size_t a, k;
		sx_gen_group g0 = {0};
		sx_gen_join jj[32];
		bool ok = true;
		g0.fact = p->meas.v[i].via ? p->meas.v[i].via : p->meas.v[i].table;
		g0.joins = jj;
		for (k = 0; k < p->dims.n && ok; k++)
			ok = n1_path(p, g0.fact, p->dims.v[k].table, &g0, false);
		if (ok || p->meas.v[i].agg != SX_AGG_COUNT || p->meas.v[i].expr || p->meas.v[i].via)
			continue;
		for (a = 1; a < 3 && p->alt[i][a]; a++) {
			bool all = true;
			if (part_of(p, p->alt[i][a], p->meas.v[i].table))
				continue;
			g0.fact = p->alt[i][a];
			for (k = 0; k < p->dims.n && all; k++)
				all = n1_path(p, g0.fact, p->dims.v[k].table, &g0, false);
			if (all) {
				sx_gen_thought(th, "%s cannot be split by the dimensions; the other reading %s can: "
					       "counting %s", p->meas.v[i].table->name, g0.fact->name, g0.fact->name);
				if (findings)
					sx_finding_add(findings, SX_SEV_INFO, SX_CAT_AMBIGUITY, "gen.entity-ambiguous",
						       SX_ART_SELECT_SQL, 0, 0, "name the table's business term",
						       "%s was read as %s (not %s) so that it can be split by the "
						       "dimensions", p->meas.v[i].name, g0.fact->name, p->meas.v[i].table->name);
				p->meas.v[i].table = g0.fact;
				break;
			}
		}
	}
	/* the measures as they now read (a count turned distinct over the
	 * rows that reach the dimensions) may repeat one another; a plain
	 * count of a table beside the distinct count of its own key is that
	 * count said twice ("how many different companies ...: city and
	 * number of companies") (gen27) */
	if (!s->having) /* its measure is counted by index */
		header_total_for_lines(p);
	s->nmeasures = p->meas.n;
	if (!p->in.top_n && !p->in.share && !p->in.running) {
		drop_same_measures(p);
		drop_count_beside_distinct(p);
		s->nmeasures = p->meas.n;
	}
	if ((rc = pivot_years(p)) || (rc = build_groups(p)) || (rc = join_groups(p)))
		goto fail;
	/* a top N ranks the dimension's members: rows with none (products
	 * with no brand) are no member, so no join is LEFT (gen18); nor are
	 * they among the members a threshold keeps ("which promo codes were
	 * used in more than 100 orders": orders with no code are none) */
	for (i = 0; (s->top_n || (s->having && !p->in.keep_empty)) && i < s->ngroups; i++) {
		size_t j;
		for (j = 0; j < s->groups[i].njoins; j++)
			if (s->groups[i].joins[j].left) {
				s->groups[i].joins[j].left = false;
				if (s->top_n)
					sx_gen_thought(th, "top %d: rows without a %s are no member, inner join", s->top_n,
					               s->groups[i].joins[j].to->name);
				else
					sx_gen_thought(th, "a threshold keeps members: rows without a %s are none, inner join",
					               s->groups[i].joins[j].to->name);
			}
	}
	if ((s->grain || p->in.year_from || p->in.year_dates || p->in.last_days || p->in.weekend) && !s->time_column) {
		rc = sx_error_set(err, SX_EINVAL, "%s has no timestamp to cut %s by; name a date column "
				  "with --time-column TABLE.COLUMN",
				  s->groups[0].fact->name, s->grain ? sx_gen_grain_name(s->grain) : "a date range");
		goto fail;
	}
	if (s->grain)
		sx_gen_thought(th, "grain -> %s of %s.%s%s", sx_gen_grain_name(s->grain),
		               s->time_table->name, s->time_column,
		               s->grain == SX_GRAIN_WEEK      ? " (weeks start on Monday)"
		               : s->grain == SX_GRAIN_WEEKDAY ? " (0 = Sunday .. 6 = Saturday)"
		                                              : "");
	plan_rates(p);
	for (i = 0; i < s->nmeasures; i++) {
		const sx_table *t = s->measures[i].table;
		size_t k;
		if (s->measures[i].convert ||
		    (s->measures[i].agg != SX_AGG_SUM && s->measures[i].agg != SX_AGG_AVG) ||
		    (s->measures[i].expr && !strchr(s->measures[i].expr, '{')))
			continue; /* a constant (a count per entity averaged) sums no amount */
		{
			/* the line's header may carry the currency (order_items under t_ord_hdr) */
			size_t g, j;
			for (g = 0; g < s->ngroups; g++)
				if (s->groups[g].fact == t)
					for (j = 0; j < s->groups[g].njoins; j++)
						if (s->groups[g].joins[j].to == s->groups[g].time_table)
							t = s->groups[g].time_table;
			for (k = 0; k < t->ncols && t != s->measures[i].table; k++)
				if (has_word(t->cols[k].name, "currency") && findings && !one_value(s, t, t->cols[k].name)) {
					sx_finding_add(findings, SX_SEV_WARNING, SX_CAT_LOGIC, "gen.mixed-currency",
						       SX_ART_SELECT_SQL, 0, 0, "ask for a conversion (\"in roubles\")",
						       "%s sums amounts whose currency is %s.%s: the sum may mix "
						       "currencies",
						       s->measures[i].name, t->name, t->cols[k].name);
					break;
				}
			t = s->measures[i].table;
		}
		for (k = 0; k < t->ncols; k++)
			if (has_word(t->cols[k].name, "currency") && findings && !one_value(s, t, t->cols[k].name)) {
				sx_finding_add(findings, SX_SEV_WARNING, SX_CAT_LOGIC, "gen.mixed-currency",
					       SX_ART_SELECT_SQL, 0, 0, "ask for a conversion (\"in roubles\")",
					       "%s sums amounts of %s, which has a currency column: the sum may "
					       "mix currencies",
					       s->measures[i].name, t->name);
				break;
			}
	}
finish:
	if (p->in.from_date[0]) {
		s->date_from = astr(p, p->in.from_date);
		s->date_to = p->in.to_date[0] ? astr(p, p->in.to_date) : NULL;
		sx_gen_thought(th, "date range -> [%s, %s) on the time column (the days written)", p->in.from_date,
			       p->in.to_date[0] ? p->in.to_date : "...");
	} else if (p->in.year_from) {
		char a[16], b[16];
		snprintf(a, sizeof a, "%04d-01-01", p->in.year_from);
		snprintf(b, sizeof b, "%04d-01-01", p->in.year_to + 1);
		if (p->in.month && p->in.year_from == p->in.year_to) {
			snprintf(a, sizeof a, "%04d-%02d-01", p->in.year_from, p->in.month);
			int last = p->in.month + (p->in.months > 1 ? p->in.months - 1 : 0); /* a quarter: 3 */
			snprintf(b, sizeof b, "%04d-%02d-01", p->in.year_from + (last >= 12), last % 12 + 1);
			if (p->in.day_from) {
				/* days of the month: to the day after the last (gen29) */
				int y = p->in.year_from, m = p->in.month;
				int dim = gen_month_days(y, m);
				snprintf(a, sizeof a, "%04d-%02d-%02d", y, m, p->in.day_from);
				if (p->in.day_to < dim)
					snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, p->in.day_to + 1);
			}
		}
		s->date_from = astr(p, a);
		s->date_to = p->in.year_open ? NULL : astr(p, b);
		sx_gen_thought(th, "date range -> [%s, %s) on the time column", a, p->in.year_open ? "..." : b);
	} else if (p->in.year_dates) {
		char b[16];
		snprintf(b, sizeof b, "%04d-01-01", p->in.year_before);
		s->date_to = astr(p, b);
		sx_gen_thought(th, "date range -> [..., %s) on the time column (before %d)", b, p->in.year_before);
	}
	s->last_days = p->in.last_days;
	s->last_days_data = p->in.last_days_data;
	s->weekend = p->in.weekend;
	s->measures = p->meas.v;
	s->nmeasures = p->meas.n;
	s->dims = p->dims.v;
	s->ndims = p->dims.n;
	s->filters = p->filt.v;
	s->nfilters = p->filt.n;
	if (p->hidden_t && s->load == SX_LOAD_AGGREGATE) {
		/* the key a listed column stood in for is grouped by still, when
		 * that table's columns are shown and its key is not */
		bool shown = false, key = false, names = true;
		const char *lab = label_col(p, p->hidden_t);
		for (i = 0; i < s->ndims; i++)
			if (s->dims[i].table == p->hidden_t && !s->dims[i].role_col) {
				const sx_column *c = gen_col(p->hidden_t, s->dims[i].column);
				shown = true;
				key = key || strcmp(s->dims[i].column, p->hidden_c) == 0;
				/* a name stands for its row; a city, a country or a
				 * category is shared by many rows and groups them (the
				 * companies per city of the buildings, not per building) */
				names = names && c &&
				        ((lab && strcmp(lab, c->name) == 0) || name_part(c) || has_word(c->name, "name") ||
				         has_word(c->name, "title"));
			}
		if (shown && !key && names) {
			s->hidden_key_table = p->hidden_t;
			s->hidden_key_col = p->hidden_c;
		}
	}
	if (s->load != SX_LOAD_AGGREGATE && s->load != SX_LOAD_DENORM360 && (s->date_from || s->last_days) &&
	    !s->time_column && s->entity) {
		double ts;
		const sx_column *tc = best_time(p, s->entity, &ts);
		if (tc)
			s->time_table = s->entity, s->time_column = tc->name;
	}
	if (s->streaming && findings) {
		if (s->target != SX_DB_CLICKHOUSE)
			sx_finding_add(findings, SX_SEV_WARNING, SX_CAT_LOGIC, "gen.streaming-target", SX_ART_LOAD_SQL, 0,
				       0, "stream into ClickHouse, or run the batch DAG often",
				       "streaming is generated for ClickHouse targets only (Kafka engine and a "
				       "materialised view); %s gets the batch load", sx_db_kind_name(s->target));
		else if (s->load == SX_LOAD_AGGREGATE || s->load == SX_LOAD_DENORM360)
			sx_finding_add(findings, SX_SEV_WARNING, SX_CAT_LOGIC, "gen.streaming-aggregate",
				       SX_ART_LOAD_SQL, 0, 0, "stream the source rows and aggregate in a view",
				       "a streamed aggregate is re-aggregated per event batch: the target's "
				       "ReplacingMergeTree keeps the latest partial row of a grain, not the sum");
	}
	make_name(p);
	sx_gen_thought(th, "target -> %s table %s", sx_db_kind_name(s->target), s->target_table);
	plan_partitions(p);
	/* the vectors' memory moves into the arena-owned spec */
	{
		size_t nm = p->meas.n * sizeof *s->measures, nd = p->dims.n * sizeof *s->dims,
		       nf = p->filt.n * sizeof *s->filters;
		sx_gen_measure *m = sx_arena_alloc(s->arena, nm ? nm : 1);
		sx_gen_dim *d = sx_arena_alloc(s->arena, nd ? nd : 1);
		sx_gen_filter *f = sx_arena_alloc(s->arena, nf ? nf : 1);
		if (!m || !d || !f) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto fail;
		}
		if (nm)
			memcpy(m, p->meas.v, nm);
		if (nd)
			memcpy(d, p->dims.v, nd);
		if (nf)
			memcpy(f, p->filt.v, nf);
		s->measures = m;
		s->dims = d;
		s->filters = f;
	}
	SX_VEC_FREE(&p->meas);
	SX_VEC_FREE(&p->dims);
	SX_VEC_FREE(&p->filt);
	SX_VEC_FREE(&p->rel);
	sx_analyzer_free(p->an);
	free(p);
	*out = s;
	return 0;
fail:
	if (rc == SX_EINVAL && p->rel.n && err) {
		sx_buf b = SX_BUF_INIT;
		closest(p, &b);
		sx_error_prefix(err, "closest tables: %s", sx_buf_cstr(&b));
		sx_buf_release(&b);
	}
	SX_VEC_FREE(&p->meas);
	SX_VEC_FREE(&p->dims);
	SX_VEC_FREE(&p->filt);
	SX_VEC_FREE(&p->rel);
	sx_analyzer_free(p->an);
	free(p);
	sx_gen_spec_free(s);
	return rc ? rc : SX_ERROR;
}

void sx_gen_spec_free(sx_gen_spec *s)
{
	if (!s)
		return;
	sx_arena_free(s->arena);
	free(s);
}

/* ---------------------------------------------------------------- JSON */

static cJSON *tcol(const sx_table *t, const char *col)
{
	cJSON *o = cJSON_CreateObject();
	sx_json_add_str(o, "table", t ? t->name : NULL);
	sx_json_add_str(o, "column", col);
	return o;
}

cJSON *sx_gen_spec_to_json(const sx_gen_spec *s)
{
	cJSON *o = cJSON_CreateObject(), *a;
	size_t i, k;
	if (!o)
		return NULL;
	sx_json_add_str(o, "intent", s->intent);
	sx_json_add_str(o, "language", s->lang);
	sx_json_add_str(o, "load", sx_gen_load_name(s->load));
	sx_json_add_str(o, "source_dialect", sx_db_kind_name(s->source));
	sx_json_add_str(o, "target", sx_db_kind_name(s->target));
	sx_json_add_str(o, "target_version", s->target_version);
	sx_json_add_str(o, "target_table", s->target_table);
	sx_json_add_str(o, "schedule", s->schedule);
	sx_json_add_bool(o, "streaming", s->streaming);
	sx_json_add_bool(o, "partitioned", s->partitioned);
	a = cJSON_AddArrayToObject(o, "measures");
	for (i = 0; i < s->nmeasures; i++) {
		cJSON *m = cJSON_CreateObject();
		sx_json_add_str(m, "name", s->measures[i].name);
		sx_json_add_str(m, "agg", sx_gen_agg_name(s->measures[i].agg));
		sx_json_add_str(m, "table", s->measures[i].table->name);
		sx_json_add_str(m, "expr", s->measures[i].expr);
		if (s->measures[i].via)
			sx_json_add_str(m, "via", s->measures[i].via->name);
		if (s->measures[i].per)
			sx_json_add_str(m, "per", s->measures[i].per->name);
		if (s->measures[i].only) {
			/* {"column": "t_ord_hdr.status", "values": ["delivered"]} */
			const sx_gen_filter *f = s->measures[i].only;
			cJSON *fo = cJSON_AddObjectToObject(m, "only"), *fv;
			size_t fk;
			if (fo) {
				cJSON_AddItemToObject(fo, "column", tcol(f->table, f->column));
				if (f->op == SX_FOP_DATE_RANGE) /* [values[0], values[1]) on the time column */
					sx_json_add_str(fo, "range", "time_column");
				fv = cJSON_AddArrayToObject(fo, "values");
				for (fk = 0; fv && fk < f->nvalues; fk++)
					cJSON_AddItemToArray(fv, cJSON_CreateString(f->values[fk]));
			}
		}
		if (s->measures[i].pct)
			cJSON_AddBoolToObject(m, "percent_within", true);
		if (s->measures[i].window_name)
			sx_json_add_str(
			    m, s->measures[i].window == SX_WIN_SHARE ? "share" : "running_total",
			    s->measures[i].window_name);
		sx_json_add_bool(m, "convert", s->measures[i].convert);
		sx_json_add_num(m, "confidence", s->measures[i].confidence);
		cJSON_AddItemToArray(a, m);
	}
	a = cJSON_AddArrayToObject(o, "dimensions");
	for (i = 0; i < s->ndims; i++) {
		cJSON *d = tcol(s->dims[i].table, s->dims[i].column);
		sx_json_add_str(d, "name", s->dims[i].name);
		cJSON_AddItemToArray(a, d);
	}
	a = cJSON_AddArrayToObject(o, "filters");
	for (i = 0; i < s->nfilters; i++) {
		static const char *const ops[] = {"=", "<>", "in", "not in", ">=", "<", "is null", ">", "<=", "> column", "is not null", "not exists"};
		cJSON *f = tcol(s->filters[i].table, s->filters[i].column), *v;
		sx_json_add_str(f, "op", ops[s->filters[i].op]);
		v = cJSON_AddArrayToObject(f, "values");
		for (k = 0; k < s->filters[i].nvalues; k++)
			cJSON_AddItemToArray(v, cJSON_CreateString(s->filters[i].values[k]));
		cJSON_AddItemToArray(a, f);
	}
	if (s->time_column) {
		cJSON *t = tcol(s->time_table, s->time_column);
		sx_json_add_str(t, "grain", sx_gen_grain_name(s->grain));
		cJSON_AddItemToObject(o, "time", t);
	}
	sx_json_add_str(o, "date_from", s->date_from);
	sx_json_add_str(o, "date_to", s->date_to);
	if (s->last_days)
		sx_json_add_int(o, "last_days", s->last_days);
	if (s->last_days_data)
		cJSON_AddBoolToObject(o, "last_days_of_data", true);
	if (s->weekend)
		cJSON_AddBoolToObject(o, "weekend", true);
	if (s->keep_empty)
		cJSON_AddBoolToObject(o, "keep_empty", true);
	if (s->having) {
		cJSON *t = cJSON_AddObjectToObject(o, "having");
		sx_json_add_str(t, "measure", s->measures[s->having_measure].name);
		sx_json_add_str(t, "op", s->having_op);
		sx_json_add_int(t, "value", s->having_value);
	}
	if (s->top_n) {
		cJSON *t = cJSON_AddObjectToObject(o, "top");
		sx_json_add_int(t, "n", s->top_n);
		sx_json_add_str(t, "rank_dimension", s->ndims ? s->dims[s->top_dim].name : NULL);
		if (s->rank_hidden)
			sx_json_add_bool(t, "rank_hidden", true);
	}
	a = cJSON_AddArrayToObject(o, "groups");
	for (i = 0; i < s->ngroups; i++) {
		cJSON *g = cJSON_CreateObject(), *j = cJSON_AddArrayToObject(g, "joins");
		sx_json_add_str(g, "fact", s->groups[i].fact->name);
		for (k = 0; k < s->groups[i].njoins; k++) {
			cJSON *x = cJSON_CreateObject();
			sx_json_add_str(x, "from", s->groups[i].joins[k].from->name);
			sx_json_add_str(x, "to", s->groups[i].joins[k].to->name);
			sx_json_add_bool(x, "left", s->groups[i].joins[k].left);
			cJSON_AddItemToArray(j, x);
		}
		cJSON_AddItemToArray(a, g);
	}
	if (s->entity) {
		cJSON *e = cJSON_AddObjectToObject(o, "entity"), *k2;
		sx_json_add_str(e, "table", s->entity->name);
		k2 = cJSON_AddArrayToObject(e, "key");
		for (i = 0; i < s->nkey; i++)
			cJSON_AddItemToArray(k2, cJSON_CreateString(s->key[i]));
		sx_json_add_str(e, "watermark", s->watermark);
		sx_json_add_str(e, "order_by", s->order_col);
	}
	if (s->rate_table) {
		cJSON *r = cJSON_AddObjectToObject(o, "currency");
		sx_json_add_str(r, "rates", s->rate_table->name);
		sx_json_add_str(r, "rate", s->rate_col);
		sx_json_add_str(r, "base", s->base_currency);
		sx_json_add_str(r, "to", s->to_currency ? s->to_currency : s->base_currency);
	}
	return o;
}
