/*
 * dict.c - the value dictionary: distinct values (at most 50) of
 * low-cardinality columns, so that "excluding cancelled" or "only web and
 * app" resolve to column values.
 *
 * Values are kept in the workspace (table gen_values, module "gen") so that
 * later runs need no source; a column not kept yet is sampled once through
 * the live source when there is one (a NULL row marks "sampled, too many
 * values: not a dictionary"). `analyze` fills it beforehand through its
 * own sampler (sx_gen_dict_fill_new, at the end of this file), so that a
 * later run needs no source (nor its password). The planner never asks
 * for personal-data columns, and neither fills them (sx_gen_dict_wants);
 * [gen] value_dictionary = false switches the whole thing off.
 * One dictionary belongs to one thread at a time, like its store.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "gen_int.h"

#define GEN_MAX_VALUES 50

struct sx_gen_dict {
	sx_store *st;
	sx_sampler *sampler;
	bool enabled;
};

static const char *const MIGRATE[] = {
	"CREATE TABLE gen_values (database TEXT NOT NULL, schema_name TEXT NOT NULL,"
	" table_name TEXT NOT NULL, column_name TEXT NOT NULL, value TEXT,"
	" PRIMARY KEY (database, schema_name, table_name, column_name, value))",
};

int sx_gen_dict_values(void *payload, const sx_table *t, const char *col, char ***out, size_t *n)
{
	sx_gen_dict *v = payload;
	sqlite3 *db;
	sqlite3_stmt *q = NULL;
	char **vals = NULL;
	size_t cap = 0, k = 0;
	bool seen = false;
	*out = NULL;
	*n = 0;
	if (!v->enabled || !v->st)
		return -1;
	db = sx_store_db(v->st);
	if (sqlite3_prepare_v2(db, "SELECT value FROM gen_values WHERE database = ?1 AND schema_name = ?2"
				   " AND table_name = ?3 AND column_name = ?4 ORDER BY value",
			       -1, &q, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(q, 1, t->schema->db->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, t->schema->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, t->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, col, -1, SQLITE_STATIC);
	while (sqlite3_step(q) == SQLITE_ROW) {
		const char *s = (const char *)sqlite3_column_text(q, 0);
		seen = true;
		if (s && !sx_grow((void **)&vals, &cap, k + 1, sizeof *vals))
			vals[k++] = sx_strdup(s);
	}
	sqlite3_finalize(q);
	if (seen) {
		*out = vals;
		*n = k;
		return 0;
	}
	if (!v->sampler)
		return -1;
	{
		char **sv = NULL;
		size_t sn = 0, i;
		sx_error e = {0};
		if (sx_sampler_distinct(v->sampler, t, col, GEN_MAX_VALUES + 1, &sv, &sn, &e))
			return -1;
		/* remember the column (a NULL row marks "sampled, too many values") */
		if (sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO gen_values VALUES (?1, ?2, ?3, ?4, ?5)", -1, &q,
				       NULL) == SQLITE_OK) {
			for (i = 0; i < (sn > GEN_MAX_VALUES ? 1 : sn); i++) {
				sqlite3_reset(q);
				sqlite3_bind_text(q, 1, t->schema->db->name, -1, SQLITE_STATIC);
				sqlite3_bind_text(q, 2, t->schema->name, -1, SQLITE_STATIC);
				sqlite3_bind_text(q, 3, t->name, -1, SQLITE_STATIC);
				sqlite3_bind_text(q, 4, col, -1, SQLITE_STATIC);
				if (sn > GEN_MAX_VALUES)
					sqlite3_bind_null(q, 5);
				else
					sqlite3_bind_text(q, 5, sv[i], -1, SQLITE_STATIC);
				sqlite3_step(q);
			}
			sqlite3_finalize(q);
		}
		if (sn > GEN_MAX_VALUES) {
			sx_sampler_values_free(sv, sn);
			return -1;
		}
		*out = sv; /* heap strings in a heap array: the planner frees them */
		*n = sn;
		return 0;
	}
}

int sx_gen_dict_open(sx_gen_dict **out, sx_store *st, const char *live_source,
		     const sx_config *cfg, sx_error *err)
{
	sx_gen_dict *d = sx_calloc(1, sizeof *d);
	int rc;

	*out = NULL;
	if (!d)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	d->st = st;
	d->enabled = sx_config_get_bool(cfg, "gen", "value_dictionary", true);
	if (d->enabled && (rc = sx_store_migrate(st, "gen", MIGRATE, 1, err))) {
		free(d);
		return rc;
	}
	if (d->enabled && live_source && *live_source) {
		sx_source_opts so = { .config = cfg, .statement_timeout_ms = 5000 };
		sx_error serr = { 0 };
		if (sx_sampler_open(&d->sampler, live_source, &so, &serr))
			d->sampler = NULL; /* the kept values and the comments still count */
	}
	*out = d;
	return 0;
}

void sx_gen_dict_free(sx_gen_dict *d)
{
	if (!d)
		return;
	sx_sampler_close(d->sampler);
	free(d);
}

/* ------------------------------------------------------ filled by analyze */

bool sx_gen_dict_wants(const sx_dbmap *map, const sx_table *t, const sx_column *c)
{
	sx_gen_sem sem = sx_gen_column_sem(t, c);
	const char *lab;
	if (map && sx_dbmap_column(map, t, c->name))
		return false; /* never personal data */
	if (sem == SX_SEM_STATUS || sem == SX_SEM_CATEGORY)
		return true;
	/* the names of a lookup's rows ("Rock" of the genres, "Beverages" of
	 * the categories), read only when said next to their table's name
	 * (plan.c, said_values); a table of more than 50 names is kept as "not
	 * a dictionary", as any column */
	lab = gen_label_col(map, t);
	return lab && strcmp(lab, c->name) == 0 && gen_map_key_col(map, t, NULL);
}

typedef struct fill_col {
	const sx_table *t;
	const char *col;
	char **vals;   /* the sampled values (none: an empty column) */
	size_t n;
	bool sampled;  /* its rows are replaced by vals */
	bool too_many; /* sampled, more than 50 values: one NULL row */
	bool pii;      /* a personal-data column: its rows are deleted */
} fill_col;

struct sx_gen_dict_fill {
	sx_gen_dict_fill_stats stats;
	SX_VEC(fill_col) cols;
};

/* Tables whose rows a bounded query reads directly: not views (a view's
 * query may be anything) nor foreign tables (another server). */
static bool fill_kind(const sx_table *t)
{
	return t->kind == SX_REL_TABLE || t->kind == SX_REL_PARTITIONED || t->kind == SX_REL_MATVIEW;
}

int sx_gen_dict_fill_new(sx_gen_dict_fill **out, sx_store *st, const sx_dbmap *map,
			 const sx_database *db, sx_sampler *s, const sx_config *cfg,
			 const sx_progress *progress, sx_error *err)
{
	sx_gen_dict_fill *f = sx_calloc(1, sizeof *f);
	long cap = sx_config_get_int(cfg, "gen", "dictionary_columns", SX_GEN_DICT_COLUMNS);
	int64_t q0 = sx_sampler_round_trips(s);
	size_t si, ti, ci, done = 0;
	int rc = 0;

	*out = NULL;
	if (!f)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	f->stats.enabled = sx_config_get_bool(cfg, "gen", "value_dictionary", true);
	if (!f->stats.enabled || !s) {
		*out = f;
		return 0;
	}
	if (cap < 0)
		cap = 0;
	/* the table is created before the caller's transaction */
	if ((rc = sx_store_migrate(st, "gen", MIGRATE, 1, err)))
		goto fail;
	/* first the columns: their count is the progress's total */
	for (si = 0; si < db->nschemas; si++)
		for (ti = 0; ti < db->schemas[si]->ntables; ti++) {
			const sx_table *t = db->schemas[si]->tables[ti];
			for (ci = 0; ci < t->ncols; ci++) {
				fill_col fc = {.t = t, .col = t->cols[ci].name};
				if (map && sx_dbmap_column(map, t, fc.col))
					fc.pii = true;
				else if (!fill_kind(t) || !sx_gen_dict_wants(map, t, &t->cols[ci]))
					continue;
				else
					f->stats.candidates++;
				if (SX_VEC_PUSH(&f->cols, fc)) {
					rc = sx_error_set(err, SX_ENOMEM, "out of memory");
					goto fail;
				}
			}
		}
	for (ci = 0; ci < f->cols.n; ci++) {
		fill_col *fc = &f->cols.v[ci];
		sx_error e = {0};
		if (fc->pii)
			continue;
		if (done >= (size_t)cap) {
			f->stats.over_cap++;
			continue;
		}
		if (sx_progress_cancelled(progress)) {
			rc = sx_error_set(err, SX_ECANCELLED, "analysis of '%s' cancelled; nothing saved",
					  db->name);
			goto fail;
		}
		sx_progress_report(progress, "value dictionary", (int64_t)done, (int64_t)f->stats.candidates);
		done++;
		/* one bounded query: 51 values say "more than 50" */
		if (sx_sampler_distinct(s, fc->t, fc->col, GEN_MAX_VALUES + 1, &fc->vals, &fc->n, &e)) {
			f->stats.failed++;
			fc->vals = NULL;
			fc->n = 0;
			continue;
		}
		fc->sampled = true;
		if (fc->n > GEN_MAX_VALUES) {
			sx_sampler_values_free(fc->vals, fc->n);
			fc->vals = NULL;
			fc->n = 0;
			fc->too_many = true;
			f->stats.too_many++;
		} else if (fc->n)
			f->stats.columns++;
		else
			f->stats.empty++;
	}
	sx_progress_report(progress, "value dictionary", (int64_t)done, (int64_t)f->stats.candidates);
	f->stats.queries = sx_sampler_round_trips(s) - q0;
	*out = f;
	return 0;
fail:
	sx_gen_dict_fill_free(f);
	return rc;
}

/* Runs one statement of gen_values keyed by (database, schema, table,
 * column) and, for an insert, a value (NULL: "too many values"). */
static int fill_exec(sqlite3_stmt *q, const fill_col *fc, const char *value, sx_error *err)
{
	int rc;
	sqlite3_reset(q);
	sqlite3_bind_text(q, 1, fc->t->schema->db->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, fc->t->schema->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, fc->t->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, fc->col, -1, SQLITE_STATIC);
	if (sqlite3_bind_parameter_count(q) == 5) {
		if (value)
			sqlite3_bind_text(q, 5, value, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(q, 5);
	}
	rc = sqlite3_step(q);
	if (rc != SQLITE_DONE)
		return sx_error_set(err, SX_EIO, "cannot save the value dictionary: %s",
				    sqlite3_errmsg(sqlite3_db_handle(q)));
	return 0;
}

int sx_gen_dict_fill_save(sx_store *st, const sx_gen_dict_fill *f, sx_error *err)
{
	sqlite3 *db;
	sqlite3_stmt *del = NULL, *ins = NULL;
	size_t i, k;
	int rc = 0;

	if (!f || !f->stats.enabled || !f->cols.n)
		return 0;
	db = sx_store_db(st);
	if (sqlite3_prepare_v2(db, "DELETE FROM gen_values WHERE database = ?1 AND schema_name = ?2"
				   " AND table_name = ?3 AND column_name = ?4",
			       -1, &del, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO gen_values VALUES (?1, ?2, ?3, ?4, ?5)", -1, &ins,
			       NULL) != SQLITE_OK) {
		rc = sx_error_set(err, SX_EIO, "cannot save the value dictionary: %s", sqlite3_errmsg(db));
		goto done;
	}
	for (i = 0; i < f->cols.n && !rc; i++) {
		const fill_col *fc = &f->cols.v[i];
		/* a sampled column's rows are replaced; a personal-data
		 * column's deleted; a failed or unsampled column's kept */
		if (!fc->pii && !fc->sampled)
			continue;
		if ((rc = fill_exec(del, fc, NULL, err)) || fc->pii)
			continue;
		if (fc->too_many)
			rc = fill_exec(ins, fc, NULL, err);
		for (k = 0; k < fc->n && !rc; k++)
			rc = fill_exec(ins, fc, fc->vals[k], err);
	}
done:
	sqlite3_finalize(del);
	sqlite3_finalize(ins);
	return rc;
}

const sx_gen_dict_fill_stats *sx_gen_dict_fill_stats_of(const sx_gen_dict_fill *f)
{
	return f ? &f->stats : NULL;
}

void sx_gen_dict_fill_free(sx_gen_dict_fill *f)
{
	size_t i;
	if (!f)
		return;
	for (i = 0; i < f->cols.n; i++)
		sx_sampler_values_free(f->cols.v[i].vals, f->cols.v[i].n);
	SX_VEC_FREE(&f->cols);
	free(f);
}
