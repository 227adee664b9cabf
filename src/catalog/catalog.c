/*
 * catalog.c - building and reading the schema model.
 *
 * Every string and array of a catalog lives in its arena. Arrays grow by
 * doubling inside the arena (the old copy is abandoned, at most doubling the
 * space), with the capacity implied by the count: a new array is allocated
 * when n is 0 or a power of two >= 4. That keeps the public structs free of
 * private capacity fields.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/catalog.h>

/* Makes room for one more element in an arena array of n elements. */
static int arena_push(sx_arena *a, void **arr, size_t n, size_t size)
{
	size_t ncap;
	void *p;

	if (n != 0 && (n < 4 || (n & (n - 1)) != 0))
		return 0; /* capacity left */
	ncap = n == 0 ? 4 : n * 2;
	p = sx_arena_alloc(a, ncap * size);
	if (!p)
		return SX_ENOMEM;
	if (n)
		memcpy(p, *arr, n * size);
	*arr = p;
	return 0;
}

int sx_catalog_new(sx_catalog **out, sx_error *err)
{
	sx_catalog *cat = sx_calloc(1, sizeof *cat);
	*out = NULL;
	if (!cat || !(cat->arena = sx_arena_new())) {
		free(cat);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	*out = cat;
	return 0;
}

void sx_catalog_free(sx_catalog *cat)
{
	if (!cat)
		return;
	sx_arena_free(cat->arena);
	free(cat);
}

const char *sx_catalog_str(sx_catalog *cat, const char *s)
{
	return sx_arena_strdup(cat->arena, s);
}

sx_database *sx_catalog_add_database(sx_catalog *cat, const char *name, sx_db_kind kind)
{
	sx_database *db = sx_arena_alloc(cat->arena, sizeof *db);
	if (!db || arena_push(cat->arena, (void **)&cat->dbs, cat->ndbs, sizeof *cat->dbs))
		return NULL;
	if (!(db->name = sx_arena_strdup(cat->arena, name)))
		return NULL;
	db->kind = kind;
	cat->dbs[cat->ndbs++] = db;
	return db;
}

sx_schema *sx_catalog_add_schema(sx_catalog *cat, sx_database *db, const char *name)
{
	sx_schema *s = sx_arena_alloc(cat->arena, sizeof *s);
	if (!s || arena_push(cat->arena, (void **)&db->schemas, db->nschemas, sizeof *db->schemas))
		return NULL;
	if (!(s->name = sx_arena_strdup(cat->arena, name)))
		return NULL;
	s->db = db;
	db->schemas[db->nschemas++] = s;
	return s;
}

sx_table *sx_catalog_add_table(sx_catalog *cat, sx_schema *s, const char *name, sx_rel_kind kind)
{
	sx_table *t = sx_arena_alloc(cat->arena, sizeof *t);
	if (!t || arena_push(cat->arena, (void **)&s->tables, s->ntables, sizeof *s->tables))
		return NULL;
	if (!(t->name = sx_arena_strdup(cat->arena, name)))
		return NULL;
	t->schema = s;
	t->kind = kind;
	t->row_count = -1;
	t->size_bytes = -1;
	t->stats.n_ins = t->stats.n_upd = t->stats.n_del = -1;
	t->stats.n_live = t->stats.n_dead = -1;
	s->tables[s->ntables++] = t;
	return t;
}

sx_column *sx_catalog_add_column(sx_catalog *cat, sx_table *t, const char *name, const char *type)
{
	sx_column *c;
	if (arena_push(cat->arena, (void **)&t->cols, t->ncols, sizeof *t->cols))
		return NULL;
	c = &t->cols[t->ncols];
	memset(c, 0, sizeof *c);
	if (!(c->name = sx_arena_strdup(cat->arena, name)))
		return NULL;
	c->type = sx_arena_strdup(cat->arena, type ? type : "");
	if (!c->type)
		return NULL;
	c->family = sx_typefam_of(t->schema->db->kind, c->type);
	c->nullable = true;
	c->position = (int)++t->ncols;
	return c;
}

static const char **copy_names(sx_catalog *cat, size_t n, const char *const *names)
{
	const char **v;
	size_t i;
	if (!names)
		return NULL;
	v = sx_arena_alloc(cat->arena, (n ? n : 1) * sizeof *v);
	if (!v)
		return NULL;
	for (i = 0; i < n; i++)
		if (!(v[i] = sx_arena_strdup(cat->arena, names[i] ? names[i] : "")))
			return NULL;
	return v;
}

static int fill_key(sx_catalog *cat, sx_key *k, const char *name, size_t ncols,
		    const char *const *cols)
{
	k->name = sx_arena_strdup(cat->arena, name);
	k->ncols = ncols;
	k->cols = copy_names(cat, ncols, cols);
	return (ncols && !k->cols) || (name && !k->name) ? SX_ENOMEM : 0;
}

int sx_catalog_set_pk(sx_catalog *cat, sx_table *t, const char *name, size_t ncols,
		      const char *const *cols)
{
	return fill_key(cat, &t->pk, name, ncols, cols);
}

int sx_catalog_add_unique(sx_catalog *cat, sx_table *t, const char *name, size_t ncols,
			  const char *const *cols)
{
	if (arena_push(cat->arena, (void **)&t->uniques, t->nuniques, sizeof *t->uniques))
		return SX_ENOMEM;
	memset(&t->uniques[t->nuniques], 0, sizeof *t->uniques);
	if (fill_key(cat, &t->uniques[t->nuniques], name, ncols, cols))
		return SX_ENOMEM;
	t->nuniques++;
	return 0;
}

int sx_catalog_add_partition(sx_catalog *cat, sx_table *t, const char *name, const char *bound)
{
	sx_partition *p;
	if (arena_push(cat->arena, (void **)&t->parts, t->nparts, sizeof *t->parts))
		return SX_ENOMEM;
	p = &t->parts[t->nparts];
	p->name = sx_arena_strdup(cat->arena, name);
	p->bound = bound ? sx_arena_strdup(cat->arena, bound) : NULL;
	if (!p->name || (bound && !p->bound))
		return SX_ENOMEM;
	t->nparts++;
	return 0;
}

sx_fk *sx_catalog_add_fk(sx_catalog *cat, sx_table *t, const char *name, size_t ncols,
			 const char *const *cols, const char *ref_schema, const char *ref_table,
			 const char *const *ref_cols)
{
	sx_fk *fk;
	if (arena_push(cat->arena, (void **)&t->fks, t->nfks, sizeof *t->fks))
		return NULL;
	fk = &t->fks[t->nfks];
	memset(fk, 0, sizeof *fk);
	fk->name = sx_arena_strdup(cat->arena, name);
	fk->ncols = ncols;
	fk->cols = copy_names(cat, ncols, cols);
	fk->ref_schema = sx_arena_strdup(cat->arena, ref_schema);
	fk->ref_table = sx_arena_strdup(cat->arena, ref_table);
	fk->ref_cols = copy_names(cat, ncols, ref_cols);
	if (!fk->cols || !fk->ref_table || (ref_cols && !fk->ref_cols))
		return NULL;
	t->nfks++;
	return fk;
}

sx_index *sx_catalog_add_index(sx_catalog *cat, sx_table *t, const char *name, bool unique,
			       size_t ncols, const char *const *cols)
{
	sx_index *ix;
	if (arena_push(cat->arena, (void **)&t->indexes, t->nindexes, sizeof *t->indexes))
		return NULL;
	ix = &t->indexes[t->nindexes];
	memset(ix, 0, sizeof *ix);
	if (fill_key(cat, &ix->key, name, ncols, cols))
		return NULL;
	ix->unique = unique;
	t->nindexes++;
	return ix;
}

int sx_catalog_add_warning(sx_catalog *cat, sx_database *db, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	const char *w;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (arena_push(cat->arena, (void **)&db->warnings, db->nwarnings, sizeof *db->warnings))
		return SX_ENOMEM;
	if (!(w = sx_arena_strdup(cat->arena, buf)))
		return SX_ENOMEM;
	db->warnings[db->nwarnings++] = w;
	return 0;
}

int sx_catalog_merge(sx_catalog *dst, sx_catalog *src, sx_error *err)
{
	size_t i;
	for (i = 0; i < src->ndbs; i++) {
		if (arena_push(dst->arena, (void **)&dst->dbs, dst->ndbs, sizeof *dst->dbs)) {
			sx_catalog_free(src);
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		}
		dst->dbs[dst->ndbs++] = src->dbs[i];
	}
	sx_arena_adopt(dst->arena, src->arena);
	free(src);
	return 0;
}

/* ---------------------------------------------------------------- reading */

sx_database *sx_catalog_find_database(const sx_catalog *cat, const char *name)
{
	size_t i;
	for (i = 0; i < cat->ndbs; i++)
		if (strcmp(cat->dbs[i]->name, name) == 0)
			return cat->dbs[i];
	return NULL;
}

sx_schema *sx_database_find_schema(const sx_database *db, const char *name)
{
	size_t i;
	for (i = 0; i < db->nschemas; i++)
		if (strcmp(db->schemas[i]->name, name) == 0)
			return db->schemas[i];
	return NULL;
}

sx_table *sx_schema_find_table(const sx_schema *s, const char *name)
{
	size_t i;
	for (i = 0; i < s->ntables; i++)
		if (strcmp(s->tables[i]->name, name) == 0)
			return s->tables[i];
	return NULL;
}

const sx_column *sx_table_find_column(const sx_table *t, const char *name)
{
	size_t i;
	for (i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i].name, name) == 0)
			return &t->cols[i];
	return NULL;
}

int sx_table_id(const sx_table *t, char *out, size_t n)
{
	int w = snprintf(out, n, "%s.%s.%s", t->schema->db->name, t->schema->name, t->name);
	return (w < 0 || (size_t)w >= n) ? SX_EINVAL : 0;
}

bool sx_table_col_in_pk(const sx_table *t, const char *col)
{
	size_t i;
	for (i = 0; i < t->pk.ncols; i++)
		if (strcmp(t->pk.cols[i], col) == 0)
			return true;
	return false;
}

const sx_fk *sx_table_col_fk(const sx_table *t, const char *col)
{
	size_t i, j;
	for (i = 0; i < t->nfks; i++)
		for (j = 0; j < t->fks[i].ncols; j++)
			if (strcmp(t->fks[i].cols[j], col) == 0)
				return &t->fks[i];
	return NULL;
}

size_t sx_database_table_count(const sx_database *db)
{
	size_t n = 0, i;
	for (i = 0; i < db->nschemas; i++)
		n += db->schemas[i]->ntables;
	return n;
}

size_t sx_catalog_table_count(const sx_catalog *cat)
{
	size_t n = 0, i;
	for (i = 0; i < cat->ndbs; i++)
		n += sx_database_table_count(cat->dbs[i]);
	return n;
}

void sx_catalog_each_table(const sx_catalog *cat, sx_table_fn fn, void *payload)
{
	size_t d, s, t;
	for (d = 0; d < cat->ndbs; d++)
		for (s = 0; s < cat->dbs[d]->nschemas; s++)
			for (t = 0; t < cat->dbs[d]->schemas[s]->ntables; t++)
				fn(cat->dbs[d]->schemas[s]->tables[t], payload);
}

static bool eqn(const char *a, size_t alen, const char *b, bool nocase)
{
	size_t i;
	if (strlen(b) != alen)
		return false;
	for (i = 0; i < alen; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
		if (nocase) {
			x = (x >= 'A' && x <= 'Z') ? x + 32 : x;
			y = (y >= 'A' && y <= 'Z') ? y + 32 : y;
		}
		if (x != y)
			return false;
	}
	return true;
}

/* Does ref name t as "table", "schema.table" or "database.schema.table"?
 * Compared piecewise from the end so names may themselves hold dots. */
static bool ref_matches(const sx_table *t, const char *ref, bool nocase)
{
	size_t rl = strlen(ref), tl = strlen(t->name), sl, dl;

	if (eqn(ref, rl, t->name, nocase))
		return true;
	if (rl <= tl + 1 || ref[rl - tl - 1] != '.' ||
	    !eqn(ref + rl - tl, tl, t->name, nocase))
		return false;
	rl -= tl + 1; /* ref[0..rl) names the schema, perhaps with the db */
	if (eqn(ref, rl, t->schema->name, nocase))
		return true;
	sl = strlen(t->schema->name);
	if (rl <= sl + 1 || ref[rl - sl - 1] != '.' ||
	    !eqn(ref + rl - sl, sl, t->schema->name, nocase))
		return false;
	dl = rl - sl - 1;
	return eqn(ref, dl, t->schema->db->name, nocase);
}

struct resolve_state {
	const char *ref;
	bool nocase;
	sx_table *found[8];
	size_t n;
};

static void resolve_one(sx_table *t, void *payload)
{
	struct resolve_state *rs = payload;
	if (ref_matches(t, rs->ref, rs->nocase)) {
		if (rs->n < 8)
			rs->found[rs->n] = t;
		rs->n++;
	}
}

int sx_catalog_resolve(const sx_catalog *cat, const char *ref, sx_table **out, sx_error *err)
{
	struct resolve_state rs;
	int pass;

	*out = NULL;
	if (!ref || !*ref)
		return sx_error_set(err, SX_EINVAL, "empty table name");
	for (pass = 0; pass < 2; pass++) {
		memset(&rs, 0, sizeof rs);
		rs.ref = ref;
		rs.nocase = pass == 1;
		sx_catalog_each_table(cat, resolve_one, &rs);
		if (rs.n == 1) {
			*out = rs.found[0];
			return 0;
		}
		if (rs.n > 1) {
			/* An exact full id beats shorter matches. */
			char id[1024], list[SX_ERROR_MSG_MAX / 2] = "";
			size_t i, len = 0;
			for (i = 0; i < rs.n && i < 8; i++) {
				sx_table_id(rs.found[i], id, sizeof id);
				if (strcmp(id, ref) == 0) {
					*out = rs.found[i];
					return 0;
				}
				if (len < sizeof list - 1) {
					int w = snprintf(list + len, sizeof list - len, "%s%s",
							 i ? ", " : "", id);
					if (w > 0)
						len += (size_t)w;
				}
			}
			return sx_error_set(err, SX_EINVAL,
					    "table name '%s' is ambiguous (%zu matches: %s%s); "
					    "use database.schema.table",
					    ref, rs.n, list, rs.n > 8 ? ", ..." : "");
		}
	}
	return sx_error_set(err, SX_ENOTFOUND, "no table named '%s' in the workspace", ref);
}
