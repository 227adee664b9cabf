/*
 * map.c - the sx_dbmap object: per-table records, the relationship list
 * with its id index and adjacency, user decisions, vocabulary names, the
 * build entry point and the JSON forms of the CLI contract.
 *
 * Ownership: every string and array reachable from public structs lives
 * in m->arena; indexes (hashes, adjacency vectors) are heap and rebuilt by
 * sx__dbmap_reindex after the relationship list changes. The catalog is
 * borrowed. One thread at a time mutates; const queries may run in
 * parallel.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "map_int.h"

/* ------------------------------------------------------------ ptrmap */

static size_t ptr_hash(const void *p)
{
	uint64_t x = (uint64_t)(uintptr_t)p;
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return (size_t)x;
}

int sx__ptrmap_put(sx__ptrmap *m, const void *key, void *val)
{
	size_t i;
	if ((m->count + 1) * 2 > m->cap) {
		size_t ncap = m->cap ? m->cap * 2 : 64, j;
		const void **nk = sx_calloc(ncap, sizeof *nk);
		void **nv = sx_calloc(ncap, sizeof *nv);
		if (!nk || !nv) {
			free(nk);
			free(nv);
			return SX_ENOMEM;
		}
		for (j = 0; j < m->cap; j++)
			if (m->keys[j]) {
				i = ptr_hash(m->keys[j]) & (ncap - 1);
				while (nk[i])
					i = (i + 1) & (ncap - 1);
				nk[i] = m->keys[j];
				nv[i] = m->vals[j];
			}
		free(m->keys);
		free(m->vals);
		m->keys = nk;
		m->vals = nv;
		m->cap = ncap;
	}
	i = ptr_hash(key) & (m->cap - 1);
	while (m->keys[i] && m->keys[i] != key)
		i = (i + 1) & (m->cap - 1);
	if (!m->keys[i])
		m->count++;
	m->keys[i] = key;
	m->vals[i] = val;
	return 0;
}

void *sx__ptrmap_get(const sx__ptrmap *m, const void *key)
{
	size_t i;
	if (!m->cap || !key)
		return NULL;
	i = ptr_hash(key) & (m->cap - 1);
	while (m->keys[i]) {
		if (m->keys[i] == key)
			return m->vals[i];
		i = (i + 1) & (m->cap - 1);
	}
	return NULL;
}

void sx__ptrmap_release(sx__ptrmap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------ names */

static const char *const domain_names[SX_DOMAIN_COUNT] = {
	"unknown", "identity_auth", "customers_crm", "sales_orders", "catalog_products",
	"inventory", "logistics", "payments_finance", "billing", "marketing",
	"events_analytics", "support", "hr", "audit_logging", "reference_config", "content",
	"geo", "communication", "healthcare", "education", "media", "sports", "projects"};

static const char *const pii_names[SX_PII_COUNT] = {
	"none", "email", "phone", "person_name", "postal_address", "birth_date",
	"government_id", "payment_card", "iban", "ip_address", "geolocation", "free_text"};

const char *sx_map_domain_name(sx_map_domain d)
{
	return (unsigned)d < SX_DOMAIN_COUNT ? domain_names[d] : "unknown";
}

int sx_map_domain_parse(const char *name, sx_map_domain *out)
{
	int i;
	for (i = 0; i < SX_DOMAIN_COUNT; i++)
		if (name && strcmp(name, domain_names[i]) == 0) {
			*out = (sx_map_domain)i;
			return 0;
		}
	/* "other": the name before 'unknown', in workspaces saved earlier */
	if (name && strcmp(name, "other") == 0) {
		*out = SX_DOMAIN_OTHER;
		return 0;
	}
	return SX_EINVAL;
}

const char *sx_map_sensitivity_name(sx_map_sensitivity s)
{
	static const char *const n[] = {"public", "internal", "confidential", "restricted"};
	return (unsigned)s < 4 ? n[s] : "internal";
}

const char *sx_map_freq_name(sx_map_freq f)
{
	static const char *const n[] = {"unknown", "real-time", "hourly", "daily", "static"};
	return (unsigned)f < 5 ? n[f] : "unknown";
}

const char *sx_map_pii_name(sx_map_pii p)
{
	return (unsigned)p < SX_PII_COUNT ? pii_names[p] : "none";
}

int sx_map_pii_parse(const char *name, sx_map_pii *out)
{
	int i;
	for (i = 0; i < SX_PII_COUNT; i++)
		if (name && strcmp(name, pii_names[i]) == 0) {
			*out = (sx_map_pii)i;
			return 0;
		}
	return SX_EINVAL;
}

const char *sx_map_rel_kind_name(sx_map_rel_kind k)
{
	return k == SX_RELK_DECLARED ? "declared" : "inferred";
}

const char *sx_map_card_name(sx_map_card c)
{
	static const char *const n[] = {"many-to-one", "one-to-one", "many-to-many"};
	return (unsigned)c < 3 ? n[c] : "many-to-one";
}

const char *sx_map_status_name(sx_map_status s)
{
	static const char *const n[] = {"proposed", "accepted", "rejected"};
	return (unsigned)s < 3 ? n[s] : "proposed";
}

int sx_map_status_parse(const char *name, sx_map_status *out)
{
	static const char *const n[] = {"proposed", "accepted", "rejected"};
	int i;
	for (i = 0; i < 3; i++)
		if (name && strcmp(name, n[i]) == 0) {
			*out = (sx_map_status)i;
			return 0;
		}
	return SX_EINVAL;
}

/* ------------------------------------------------------------ object */

int sx_dbmap_new(sx_dbmap **out, const sx_catalog *cat, sx_error *err)
{
	sx_dbmap *m = sx_calloc(1, sizeof *m);
	*out = NULL;
	if (!m || !(m->arena = sx_arena_new()) || !(m->rel_ids = sx_hmap_new(64))) {
		if (m) {
			sx_arena_free(m->arena);
			free(m);
		}
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	m->cat = cat;
	*out = m;
	return 0;
}

static void free_nodes(sx_dbmap *m)
{
	size_t i;
	for (i = 0; i < m->node_list.n; i++) {
		SX_VEC_FREE(&m->node_list.v[i]->rels);
		SX_VEC_FREE(&m->node_list.v[i]->nbs);
		free(m->node_list.v[i]);
	}
	SX_VEC_FREE(&m->node_list);
	sx__ptrmap_release(&m->nodes);
	free(m->comp);
	m->comp = NULL;
	sx__ptrmap_release(&m->comp_count);
}

void sx_dbmap_free(sx_dbmap *m)
{
	size_t i;
	if (!m)
		return;
	free_nodes(m);
	sx__ptrmap_release(&m->tables);
	SX_VEC_FREE(&m->rels);
	sx_hmap_free(m->rel_ids);
	for (i = 0; i < m->decisions.n; i++) {
		free(m->decisions.v[i].database);
		free(m->decisions.v[i].key);
	}
	SX_VEC_FREE(&m->decisions);
	sx_arena_free(m->arena);
	free(m);
}

const sx_catalog *sx_dbmap_catalog(const sx_dbmap *m)
{
	return m->cat;
}

const sx_map_table *sx_dbmap_table(const sx_dbmap *m, const sx_table *t)
{
	return sx__ptrmap_get(&m->tables, t);
}

const sx_map_column *sx_dbmap_column(const sx_dbmap *m, const sx_table *t, const char *col)
{
	const sx_map_table *mt = sx_dbmap_table(m, t);
	size_t i;
	if (!mt || !col)
		return NULL;
	for (i = 0; i < mt->ncols; i++)
		if (strcmp(mt->cols[i].name, col) == 0)
			return &mt->cols[i];
	return NULL;
}

size_t sx_dbmap_rel_count(const sx_dbmap *m)
{
	return m->rels.n;
}

const sx_map_rel *sx_dbmap_rel(const sx_dbmap *m, size_t i)
{
	return i < m->rels.n ? m->rels.v[i] : NULL;
}

const sx_map_rel *sx_dbmap_find_rel(const sx_dbmap *m, const char *id)
{
	return id ? sx_hmap_get(m->rel_ids, id) : NULL;
}

sx__node *sx__node_of(const sx_dbmap *m, const sx_table *t)
{
	return sx__ptrmap_get(&m->nodes, t);
}

int sx_dbmap_rels_of(const sx_dbmap *m, const sx_table *t, const sx_map_rel ***rels, size_t *n,
		     sx_error *err)
{
	sx__node *nd = sx__node_of(m, t);
	size_t i;
	*rels = NULL;
	*n = 0;
	if (!nd || nd->rels.n == 0)
		return 0;
	*rels = sx_calloc(nd->rels.n, sizeof **rels);
	if (!*rels)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	for (i = 0; i < nd->rels.n; i++)
		(*rels)[i] = m->rels.v[nd->rels.v[i]];
	*n = nd->rels.n;
	return 0;
}

static int node_add(sx_dbmap *m, const sx_table *t, uint32_t rel)
{
	sx__node *nd;
	if (!t)
		return 0;
	nd = sx__ptrmap_get(&m->nodes, t);
	if (!nd) {
		nd = sx_calloc(1, sizeof *nd);
		if (!nd || SX_VEC_PUSH(&m->node_list, nd)) {
			free(nd);
			return SX_ENOMEM;
		}
		nd->mt = sx__ptrmap_get(&m->tables, t);
		nd->t = t;
		nd->idx = (uint32_t)(m->node_list.n - 1);
		if (sx__ptrmap_put(&m->nodes, t, nd))
			return SX_ENOMEM;
	}
	/* A self-reference or a junction touching the same table twice is
	 * listed once. */
	if (nd->rels.n && nd->rels.v[nd->rels.n - 1] == rel)
		return 0;
	return SX_VEC_PUSH(&nd->rels, rel);
}

bool sx__rel_walkable(const sx_map_rel *r, double min_conf, bool include_rejected)
{
	if (r->via.t || !r->from.t || !r->to.t)
		return false;
	if (r->status == SX_STATUS_REJECTED && !include_rejected)
		return false;
	if (r->status == SX_STATUS_ACCEPTED)
		return true;
	return r->confidence + 1e-9 >= min_conf;
}

static uint32_t root_of(uint32_t *p, uint32_t x)
{
	while (p[x] != x) {
		p[x] = p[p[x]];
		x = p[x];
	}
	return x;
}

/* Union-find over the default walk, so that "no path" answers name
 * components without a pass over the whole graph per query. */
static int components_init(sx_dbmap *m)
{
	size_t n = m->node_list.n, i, k, d;
	m->comp = sx_malloc((n ? n : 1) * sizeof *m->comp);
	if (!m->comp)
		return SX_ENOMEM;
	for (i = 0; i < n; i++)
		m->comp[i] = (uint32_t)i;
	for (i = 0; i < n; i++) {
		const sx__node *nd = m->node_list.v[i];
		for (k = 0; k < nd->rels.n; k++) {
			uint32_t y = nd->nbs.v[k], a, b;
			if (y == UINT32_MAX || !sx__rel_walkable(m->rels.v[nd->rels.v[k]], 0.5, false))
				continue;
			a = root_of(m->comp, (uint32_t)i);
			b = root_of(m->comp, y);
			if (a != b)
				m->comp[a] = b;
		}
	}
	for (i = 0; i < n; i++)
		m->comp[i] = root_of(m->comp, (uint32_t)i);
	for (d = 0; d < m->cat->ndbs; d++) {
		const sx_database *db = m->cat->dbs[d];
		size_t roots = 0, innodes = 0;
		for (i = 0; i < n; i++)
			if (m->node_list.v[i]->t->schema->db == db) {
				innodes++;
				roots += m->comp[i] == i;
			}
		if (sx__ptrmap_put(&m->comp_count, db,
				   (void *)(uintptr_t)(roots + sx_database_table_count(db) - innodes + 1)))
			return SX_ENOMEM;
	}
	return 0;
}

int sx__dbmap_reindex(sx_dbmap *m, sx_error *err)
{
	size_t i;
	sx_hmap_free(m->rel_ids);
	free_nodes(m);
	m->rel_ids = sx_hmap_new(m->rels.n + 16);
	if (!m->rel_ids)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	for (i = 0; i < m->rels.n; i++) {
		sx_map_rel *r = m->rels.v[i];
		if (sx_hmap_put(m->rel_ids, r->id, r) || node_add(m, r->from.t, (uint32_t)i) ||
		    node_add(m, r->to.t, (uint32_t)i) || node_add(m, r->via.t, (uint32_t)i))
			return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	/* Neighbour ids beside the relationship ids, so that searches walk
	 * dense arrays instead of hashing table pointers. */
	for (i = 0; i < m->node_list.n; i++) {
		sx__node *nd = m->node_list.v[i];
		size_t k;
		if (SX_VEC_RESERVE(&nd->nbs, nd->rels.n))
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		for (k = 0; k < nd->rels.n; k++) {
			const sx_map_rel *r = m->rels.v[nd->rels.v[k]];
			const sx_table *o = r->from.t == nd->t ? r->to.t : r->from.t;
			sx__node *on = r->via.t == nd->t ? NULL : sx__ptrmap_get(&m->nodes, o);
			nd->nbs.v[k] = on ? on->idx : UINT32_MAX;
		}
		nd->nbs.n = nd->rels.n;
	}
	return components_init(m) ? sx_error_set(err, SX_ENOMEM, "out of memory") : 0;
}

static const sx_database *rel_db(const sx_map_rel *r)
{
	if (r->from.t)
		return r->from.t->schema->db;
	if (r->via.t)
		return r->via.t->schema->db;
	return NULL;
}

void sx__dbmap_drop_database(sx_dbmap *m, const sx_database *db)
{
	size_t i, j = 0;
	for (i = 0; i < m->rels.n; i++)
		if (rel_db(m->rels.v[i]) != db)
			m->rels.v[j++] = m->rels.v[i];
	m->rels.n = j;
	/* Table records are replaced by the new build (the ptrmap keeps one
	 * entry per table); their old arena memory dies with the map. */
}

int sx__dbmap_add_rel(sx_dbmap *m, sx_map_rel *r)
{
	return SX_VEC_PUSH(&m->rels, r);
}

void sx__end_set(sx_arena *a, sx_map_end *e, const sx_table *t, size_t ncols,
		 const char *const *cols)
{
	size_t i;
	e->t = (sx_table *)t;
	e->database = t->schema->db->name;
	e->schema = t->schema->name;
	e->table = t->name;
	e->ncols = ncols;
	e->cols = ncols ? sx_arena_alloc(a, ncols * sizeof *e->cols) : NULL;
	for (i = 0; e->cols && i < ncols; i++)
		e->cols[i] = sx_arena_strdup(a, cols[i]);
	if (!e->cols)
		e->ncols = 0;
}

static void put_end(sx_buf *b, const sx_map_end *e)
{
	size_t i;
	sx_buf_printf(b, "%s.%s(", e->schema ? e->schema : "", e->table ? e->table : "");
	for (i = 0; i < e->ncols; i++)
		sx_buf_printf(b, "%s%s", i ? "," : "", e->cols[i]);
	sx_buf_putc(b, ')');
}

const char *sx__rel_key(sx_arena *a, const sx_map_rel *r)
{
	sx_buf b = SX_BUF_INIT;
	const char *k;
	put_end(&b, &r->from);
	sx_buf_puts(&b, "->");
	put_end(&b, &r->to);
	if (r->via.table) {
		sx_buf_puts(&b, " via ");
		put_end(&b, &r->via);
	}
	k = sx_arena_strdup(a, sx_buf_cstr(&b));
	sx_buf_release(&b);
	return k;
}

void sx__rel_set_id(sx_dbmap *m, sx_map_rel *r)
{
	sx_buf b = SX_BUF_INIT;
	uint64_t h;
	sx_buf_puts(&b, r->from.database ? r->from.database : "");
	sx_buf_putc(&b, '/');
	sx_buf_puts(&b, sx__rel_key(m->arena, r));
	h = sx_hash64(b.ptr ? b.ptr : "", b.len);
	sx_buf_release(&b);
	r->id = sx_arena_printf(m->arena, "r%010llx", (unsigned long long)(h & 0xffffffffffULL));
}

void sx__dbmap_apply_decisions(sx_dbmap *m, const sx_database *db)
{
	size_t i, j;
	for (i = 0; i < m->rels.n; i++) {
		sx_map_rel *r = m->rels.v[i];
		const char *key;
		if (db && rel_db(r) != db)
			continue;
		if (m->decisions.n == 0)
			break;
		key = sx__rel_key(m->arena, r);
		for (j = 0; j < m->decisions.n; j++)
			if (strcmp(m->decisions.v[j].key, key) == 0 &&
			    strcmp(m->decisions.v[j].database, r->from.database) == 0)
				r->status = m->decisions.v[j].status;
	}
}

int sx__ev_add(sx__evvec *v, sx_arena *a, const char *type, double score, const char *fmt, ...)
{
	sx_map_evidence e;
	va_list ap;
	sx_buf b = SX_BUF_INIT;
	va_start(ap, fmt);
	sx_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	e.type = type;
	e.detail = sx_arena_strdup(a, sx_buf_cstr(&b));
	e.score = score;
	sx_buf_release(&b);
	return SX_VEC_PUSH(v, e);
}

sx_map_evidence *sx__ev_commit(sx__evvec *v, sx_arena *a, size_t *n)
{
	sx_map_evidence *e = NULL;
	*n = 0;
	if (v->n && (e = sx_arena_alloc(a, v->n * sizeof *e))) {
		memcpy(e, v->v, v->n * sizeof *e);
		*n = v->n;
	}
	SX_VEC_FREE(v);
	return e;
}

/* ------------------------------------------------------------ options */

void sx_map_opts_init(sx_map_opts *o, const sx_config *cfg)
{
	long rows;
	memset(o, 0, sizeof *o);
	o->sampling = sx_config_get_bool(cfg, "map", "sampling", true);
	rows = sx_config_get_int(cfg, "map", "sample_rows", 200);
	o->sample_rows = rows < 10 ? 10 : rows > 100000 ? 100000 : (size_t)rows;
	o->min_confidence = sx_config_get_double(cfg, "map", "min_confidence", 0.2);
	o->max_alternates = 3;
}

void sx_map_path_opts_init(sx_map_path_opts *o)
{
	memset(o, 0, sizeof *o);
	o->max_hops = 4;
	o->k = 3;
	o->min_confidence = 0.5;
}

void sx_map_graph_opts_init(sx_map_graph_opts *o)
{
	memset(o, 0, sizeof *o);
	o->hops = 2;
	o->max_nodes = 300;
	o->min_confidence = 0.5;
}

/* ------------------------------------------------------------ build */

int sx_map_build(sx_dbmap *m, sx_database *db, sx_sampler *sampler, const sx_map_opts *opts,
		 sx_error *err)
{
	sx_map_opts defaults;
	size_t s, t, done = 0, total = sx_database_table_count(db);
	int rc;

	if (!opts) {
		sx_map_opts_init(&defaults, NULL);
		opts = &defaults;
	}
	if (!opts->sampling)
		sampler = NULL;
	sx__dbmap_drop_database(m, db);
	/* PII first: relate and describe read the classes. */
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++) {
			sx_table *tb = db->schemas[s]->tables[t];
			sx_map_table *mt = sx_arena_alloc(m->arena, sizeof *mt);
			if (!mt || sx__ptrmap_put(&m->tables, tb, mt))
				return sx_error_set(err, SX_ENOMEM, "out of memory");
			mt->table = tb;
			if ((rc = sx__pii_table(m, mt, sampler, opts, err)))
				return rc;
			if (sx_progress_cancelled(opts->progress))
				return sx_error_set(err, SX_ECANCELLED, "mapping '%s' cancelled",
						    db->name);
			sx_progress_report(opts->progress, "classifying columns", (int64_t)++done,
					   (int64_t)total);
		}
	if ((rc = sx__relate(m, db, sampler, opts, err)))
		return rc;
	sx__dbmap_apply_decisions(m, db);
	if ((rc = sx__dbmap_reindex(m, err)))
		return rc;
	done = 0;
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++) {
			sx_map_table *mt = sx__ptrmap_get(&m->tables, db->schemas[s]->tables[t]);
			if ((rc = sx__describe_table(m, mt, sampler, opts, err)))
				return rc;
			sx_progress_report(opts->progress, "describing tables", (int64_t)++done,
					   (int64_t)total);
		}
	return 0;
}

/* ------------------------------------------------------------ JSON */

static cJSON *end_json(const sx_map_end *e)
{
	cJSON *o = cJSON_CreateObject(), *c;
	size_t i;
	sx_json_add_str(o, "database", e->database);
	sx_json_add_str(o, "schema", e->schema);
	sx_json_add_str(o, "table", e->table);
	c = cJSON_AddArrayToObject(o, "columns");
	for (i = 0; i < e->ncols; i++)
		cJSON_AddItemToArray(c, cJSON_CreateString(e->cols[i]));
	return o;
}

static double round3(double x)
{
	return floor(x * 1000.0 + 0.5) / 1000.0;
}

static cJSON *evidence_json(const sx_map_evidence *ev, size_t n)
{
	cJSON *a = cJSON_CreateArray();
	size_t i;
	for (i = 0; i < n; i++) {
		cJSON *o = cJSON_CreateObject();
		sx_json_add_str(o, "type", ev[i].type);
		sx_json_add_str(o, "detail", ev[i].detail);
		sx_json_add_num(o, "score", round3(ev[i].score));
		cJSON_AddItemToArray(a, o);
	}
	return a;
}

cJSON *sx_map_rel_to_json(const sx_map_rel *r)
{
	cJSON *o = cJSON_CreateObject(), *alts;
	size_t i;
	sx_json_add_str(o, "id", r->id);
	cJSON_AddItemToObject(o, "from", end_json(&r->from));
	cJSON_AddItemToObject(o, "to", end_json(&r->to));
	sx_json_add_str(o, "kind", sx_map_rel_kind_name(r->kind));
	sx_json_add_str(o, "cardinality", sx_map_card_name(r->card));
	sx_json_add_num(o, "confidence", round3(r->confidence));
	cJSON_AddItemToObject(o, "evidence", evidence_json(r->evidence, r->nevidence));
	sx_json_add_str(o, "status", sx_map_status_name(r->status));
	alts = cJSON_AddArrayToObject(o, "alternates");
	for (i = 0; i < r->nalternates; i++) {
		cJSON *a = cJSON_CreateObject();
		cJSON_AddItemToObject(a, "to", end_json(&r->alternates[i].to));
		sx_json_add_num(a, "confidence", round3(r->alternates[i].confidence));
		cJSON_AddItemToArray(alts, a);
	}
	if (r->polymorphic) {
		sx_json_add_bool(o, "polymorphic", true);
		sx_json_add_str(o, "type_column", r->type_column);
	}
	if (r->via.table)
		cJSON_AddItemToObject(o, "via", end_json(&r->via));
	sx_json_add_bool(o, "nullable", r->from_nullable);
	return o;
}

static bool rel_touches(const sx_map_rel *r, const sx_table *t)
{
	return r->from.t == t || r->to.t == t || r->via.t == t;
}

cJSON *sx_map_relations_to_json(const sx_dbmap *m, const sx_table *t, double min_confidence)
{
	cJSON *o = cJSON_CreateObject(), *a = cJSON_AddArrayToObject(o, "relations");
	size_t i;
	for (i = 0; i < m->rels.n; i++) {
		const sx_map_rel *r = m->rels.v[i];
		if (t && !rel_touches(r, t))
			continue;
		if (r->confidence + 1e-9 < min_confidence)
			continue;
		cJSON_AddItemToArray(a, sx_map_rel_to_json(r));
	}
	return o;
}

static cJSON *pii_col_json(const sx_table *t, const sx_map_column *c)
{
	cJSON *o = cJSON_CreateObject();
	sx_json_add_str(o, "database", t->schema->db->name);
	sx_json_add_str(o, "schema", t->schema->name);
	sx_json_add_str(o, "table", t->name);
	sx_json_add_str(o, "column", c->name);
	sx_json_add_str(o, "class", sx_map_pii_name(c->pii));
	sx_json_add_num(o, "confidence", round3(c->confidence));
	cJSON_AddItemToObject(o, "evidence", evidence_json(c->evidence, c->nevidence));
	return o;
}

cJSON *sx_map_table_to_json(const sx_dbmap *m, const sx_table *t)
{
	const sx_map_table *mt = sx_dbmap_table(m, t);
	cJSON *o = cJSON_CreateObject(), *cols, *rels;
	size_t i;
	sx_json_add_str(o, "database", t->schema->db->name);
	sx_json_add_str(o, "schema", t->schema->name);
	sx_json_add_str(o, "table", t->name);
	sx_json_add_str(o, "kind", sx_rel_kind_name(t->kind));
	sx_json_add_str(o, "comment", t->comment);
	if (t->row_count >= 0)
		sx_json_add_int(o, "rows", t->row_count);
	else
		cJSON_AddNullToObject(o, "rows");
	if (mt) {
		sx_json_add_str(o, "domain", sx_map_domain_name(mt->domain));
		sx_json_add_num(o, "domain_confidence", round3(mt->domain_confidence));
		cJSON_AddItemToObject(o, "domain_evidence",
				      evidence_json(mt->domain_evidence, mt->ndomain_evidence));
		sx_json_add_str(o, "description", mt->description);
		sx_json_add_str(o, "sensitivity", sx_map_sensitivity_name(mt->sensitivity));
		sx_json_add_str(o, "update_frequency", sx_map_freq_name(mt->frequency));
		sx_json_add_str(o, "frequency_evidence", mt->frequency_evidence);
		/* next to the deterministic line, marked as a model's */
		if (mt->model_description) {
			cJSON *md = cJSON_AddObjectToObject(o, "model_description");
			sx_json_add_str(md, "text", mt->model_description);
			sx_json_add_str(md, "model", mt->model_name);
			sx_json_add_bool(md, "model_written", true);
		}
	}
	cols = cJSON_AddArrayToObject(o, "columns");
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		const sx_map_column *mc = sx_dbmap_column(m, t, c->name);
		cJSON *co = cJSON_CreateObject();
		sx_json_add_str(co, "name", c->name);
		sx_json_add_str(co, "type", c->type);
		sx_json_add_bool(co, "nullable", c->nullable);
		sx_json_add_bool(co, "pk", sx_table_col_in_pk(t, c->name));
		sx_json_add_str(co, "comment", c->comment);
		for (size_t k = 0; mt && k < mt->nmodel_cols; k++)
			if (strcmp(mt->model_cols[k].name, c->name) == 0)
				sx_json_add_str(co, "model_description",
				                mt->model_cols[k].description);
		if (mc) {
			cJSON *p = cJSON_CreateObject();
			sx_json_add_str(p, "class", sx_map_pii_name(mc->pii));
			sx_json_add_num(p, "confidence", round3(mc->confidence));
			cJSON_AddItemToObject(p, "evidence",
					      evidence_json(mc->evidence, mc->nevidence));
			cJSON_AddItemToObject(co, "pii", p);
		}
		cJSON_AddItemToArray(cols, co);
	}
	rels = sx_map_relations_to_json(m, t, 0);
	cJSON_AddItemToObject(o, "relations", cJSON_DetachItemFromObject(rels, "relations"));
	cJSON_Delete(rels);
	return o;
}

cJSON *sx_map_pii_to_json(const sx_dbmap *m, const sx_database *db)
{
	cJSON *o = cJSON_CreateObject(), *cols = cJSON_AddArrayToObject(o, "columns"),
	      *tabs = cJSON_AddArrayToObject(o, "tables");
	size_t d, s, t, i;
	for (d = 0; d < m->cat->ndbs; d++) {
		const sx_database *x = m->cat->dbs[d];
		if (db && x != db)
			continue;
		for (s = 0; s < x->nschemas; s++)
			for (t = 0; t < x->schemas[s]->ntables; t++) {
				const sx_table *tb = x->schemas[s]->tables[t];
				const sx_map_table *mt = sx_dbmap_table(m, tb);
				cJSON *to;
				if (!mt || mt->ncols == 0)
					continue;
				for (i = 0; i < mt->ncols; i++)
					cJSON_AddItemToArray(cols, pii_col_json(tb, &mt->cols[i]));
				to = cJSON_CreateObject();
				sx_json_add_str(to, "database", x->name);
				sx_json_add_str(to, "schema", tb->schema->name);
				sx_json_add_str(to, "table", tb->name);
				sx_json_add_str(to, "sensitivity",
						sx_map_sensitivity_name(mt->sensitivity));
				sx_json_add_int(to, "pii_columns", (int64_t)mt->ncols);
				cJSON_AddItemToArray(tabs, to);
			}
	}
	return o;
}
