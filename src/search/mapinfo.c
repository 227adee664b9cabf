/*
 * mapinfo.c - feeds the map's conclusions into search documents and
 * results: description, domain, PII and related tables.
 *
 * The map (sextant/map.h) is borrowed; neighbour arrays are built lazily
 * per table into this object's arena, so they live as long as the search
 * that was opened with it. One thread at a time, like the search.
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/map.h>

#include "search_int.h"

struct sx_search_mapinfo {
	const sx_dbmap *map;
	sx_arena *arena;
};

int sx_search_mapinfo_new(sx_search_mapinfo **out, const struct sx_dbmap *map, sx_error *err)
{
	sx_search_mapinfo *mi = sx_calloc(1, sizeof *mi);
	*out = NULL;
	if (!mi || !(mi->arena = sx_arena_new())) {
		free(mi);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	mi->map = map;
	*out = mi;
	return 0;
}

void sx_search_mapinfo_free(sx_search_mapinfo *mi)
{
	if (!mi)
		return;
	sx_arena_free(mi->arena);
	free(mi);
}

static void add(const sx_table **nb, double *conf, size_t *n, const sx_table *t,
		const sx_table *self, double c)
{
	size_t i;
	if (!t || t == self)
		return;
	for (i = 0; i < *n; i++)
		if (nb[i] == t) {
			if (conf[i] < c)
				conf[i] = c;
			return;
		}
	nb[*n] = t;
	conf[(*n)++] = c;
}

int sx_search_mapinfo_fn(void *payload, const sx_table *t, sx_table_info *out)
{
	sx_search_mapinfo *mi = payload;
	const sx_map_table *mt = sx_dbmap_table(mi->map, t);
	const sx_map_rel **rels = NULL;
	const sx_table **nb;
	double *conf;
	size_t nrels = 0, i, n = 0;

	memset(out, 0, sizeof *out);
	if (mt) {
		out->description = mt->description;
		if (mt->model_description || mt->nmodel_cols) {
			/* the model's table line and its column lines, one text */
			sx_buf b = SX_BUF_INIT;
			if (mt->model_description)
				sx_buf_puts(&b, mt->model_description);
			for (i = 0; i < mt->nmodel_cols; i++)
				sx_buf_printf(&b, "%s%s: %s", b.len ? ". " : "",
				              mt->model_cols[i].name,
				              mt->model_cols[i].description);
			if (!sx_buf_failed(&b))
				out->model_description =
				    sx_arena_strdup(mi->arena, sx_buf_cstr(&b));
			sx_buf_release(&b);
		}
		if (mt->domain != SX_DOMAIN_OTHER)
			out->domain = sx_map_domain_name(mt->domain);
		out->has_pii = mt->ncols > 0;
	}
	if (sx_dbmap_rels_of(mi->map, t, &rels, &nrels, NULL) || nrels == 0) {
		free(rels);
		return mt ? 0 : 1;
	}
	nb = sx_arena_alloc(mi->arena, 3 * nrels * sizeof *nb);
	conf = sx_arena_alloc(mi->arena, 3 * nrels * sizeof *conf);
	if (!nb || !conf) {
		free(rels);
		return mt ? 0 : 1;
	}
	for (i = 0; i < nrels; i++) {
		const sx_map_rel *r = rels[i];
		if (r->status == SX_STATUS_REJECTED)
			continue;
		add(nb, conf, &n, r->from.t, t, r->confidence);
		add(nb, conf, &n, r->to.t, t, r->confidence);
		add(nb, conf, &n, r->via.t, t, r->confidence);
	}
	free(rels);
	out->nneighbours = n;
	out->neighbours = (const sx_table *const *)nb;
	out->neighbour_conf = conf;
	return 0;
}
