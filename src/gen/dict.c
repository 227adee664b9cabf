/*
 * dict.c - the value dictionary: distinct values (at most 50) of
 * low-cardinality columns, so that "excluding cancelled" or "only web and
 * app" resolve to column values.
 *
 * Values are kept in the workspace (table gen_values, module "gen") so that
 * later runs need no source; a column not kept yet is sampled once through
 * the live source when there is one (a NULL row marks "sampled, too many
 * values: not a dictionary"). The planner never asks for personal-data
 * columns ([gen] value_dictionary = false switches the whole thing off).
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
