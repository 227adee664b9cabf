/*
 * model_desc.c - one-line table and column descriptions written by a model
 * (`analyze --describe-with-model`, `describe --with-model`), kept next to
 * the map's deterministic description, never replacing it.
 *
 * They live in map_model_descriptions (module "map", v2), keyed by names
 * (database, schema, table, column; '' for the table's own line) so that
 * they survive re-analysis, each row with the table's fingerprint when it
 * was described. A table whose fingerprint changed (a column added, a type
 * or comment changed, a PII class found) has no current description until
 * it is asked again; the agents' describe.c asks only for those.
 *
 * The rows go through the store's query helpers, so the same code runs on
 * a shared workspace. Description texts are untrusted (a model's): callers
 * sanitise them before a terminal; here they are only stored and loaded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "map_int.h"

static uint64_t mix(uint64_t h, const char *s)
{
	/* a separator keeps ("ab","c") apart from ("a","bc") */
	uint64_t x = sx_hash64(s ? s : "\x01", s ? strlen(s) : 1);
	return (h ^ x) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
}

void sx_map_fingerprint(const sx_dbmap *m, const sx_table *t, char out[17])
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i, j;

	h = mix(h, "model-desc/1");
	h = mix(h, t->schema->db->name);
	h = mix(h, t->schema->name);
	h = mix(h, t->name);
	h = mix(h, sx_rel_kind_name(t->kind));
	h = mix(h, t->comment);
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		const sx_map_column *mc = m ? sx_dbmap_column(m, t, c->name) : NULL;
		h = mix(h, c->name);
		h = mix(h, c->type);
		h = mix(h, c->nullable ? "null" : "not null");
		h = mix(h, c->comment);
		h = mix(h, mc ? sx_map_pii_name(mc->pii) : "");
	}
	for (i = 0; i < t->pk.ncols; i++)
		h = mix(h, t->pk.cols[i]);
	for (i = 0; i < t->nfks; i++) {
		h = mix(h, t->fks[i].ref_table);
		for (j = 0; j < t->fks[i].ncols; j++)
			h = mix(h, t->fks[i].cols[j]);
	}
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static sx_table *find_table(const sx_database *db, const char *schema, const char *name)
{
	for (size_t s = 0; s < db->nschemas; s++) {
		if (strcmp(db->schemas[s]->name, schema) != 0)
			continue;
		for (size_t t = 0; t < db->schemas[s]->ntables; t++)
			if (strcmp(db->schemas[s]->tables[t]->name, name) == 0)
				return db->schemas[s]->tables[t];
	}
	return NULL;
}

/* Sets the loaded rows of one table (all with a matching fingerprint). */
static int apply(sx_dbmap *m, sx_map_table *mt, cJSON *rows, size_t from, size_t to)
{
	size_t ncols = 0, k = 0;
	for (size_t i = from; i < to; i++)
		if (*sx_json_str(cJSON_GetArrayItem(rows, (int)i), "column_name", ""))
			ncols++;
	mt->model_description = NULL;
	mt->model_name = NULL;
	mt->nmodel_cols = 0;
	mt->model_cols = NULL;
	if (ncols && !(mt->model_cols = sx_arena_alloc(m->arena, ncols * sizeof *mt->model_cols)))
		return SX_ENOMEM;
	for (size_t i = from; i < to; i++) {
		const cJSON *r = cJSON_GetArrayItem(rows, (int)i);
		const char *col = sx_json_str(r, "column_name", "");
		const char *d = sx_arena_strdup(m->arena, sx_json_str(r, "description", ""));
		if (!mt->model_name && sx_json_str(r, "model", NULL))
			mt->model_name = sx_arena_strdup(m->arena, sx_json_str(r, "model", ""));
		if (!*col) {
			mt->model_description = d;
		} else if (k < ncols) {
			mt->model_cols[k].name = sx_arena_strdup(m->arena, col);
			mt->model_cols[k].description = d;
			k++;
		}
	}
	mt->nmodel_cols = k;
	return 0;
}

static int load_db(sx_store *st, sx_dbmap *m, const sx_database *db, sx_error *err)
{
	cJSON *rows = NULL;
	int rc =
	    sx_store_query_json(st, &rows, err,
	                        "SELECT schema_name, table_name, column_name, fingerprint,"
	                        " description, model FROM map_model_descriptions"
	                        " WHERE database = ? ORDER BY schema_name, table_name, column_name",
	                        "s", db->name);
	if (rc)
		return rc;
	size_t n = (size_t)cJSON_GetArraySize(rows), i = 0;
	while (i < n) {
		const cJSON *r = cJSON_GetArrayItem(rows, (int)i);
		const char *sch = sx_json_str(r, "schema_name", ""),
		           *tab = sx_json_str(r, "table_name", "");
		size_t j = i + 1;
		while (j < n &&
		       strcmp(sx_json_str(cJSON_GetArrayItem(rows, (int)j), "schema_name", ""),
		              sch) == 0 &&
		       strcmp(sx_json_str(cJSON_GetArrayItem(rows, (int)j), "table_name", ""),
		              tab) == 0)
			j++;
		sx_table *t = find_table(db, sch, tab);
		sx_map_table *mt = t ? (sx_map_table *)sx_dbmap_table(m, t) : NULL;
		if (mt) {
			char fp[17];
			sx_map_fingerprint(m, t, fp);
			/* all rows of a table carry one fingerprint: a stale
			 * table has none loaded */
			if (strcmp(sx_json_str(r, "fingerprint", ""), fp) == 0 &&
			    apply(m, mt, rows, i, j)) {
				cJSON_Delete(rows);
				return sx_error_set(err, SX_ENOMEM, "out of memory");
			}
		}
		i = j;
	}
	cJSON_Delete(rows);
	return 0;
}

int sx_map_model_desc_load(sx_store *st, sx_dbmap *m, const sx_database *db, sx_error *err)
{
	int rc;
	if ((rc = sx_map_migrate(st, err)))
		return rc;
	for (size_t d = 0; d < m->cat->ndbs; d++) {
		if (db && m->cat->dbs[d] != db)
			continue;
		if ((rc = load_db(st, m, m->cat->dbs[d], err)))
			return rc;
	}
	return 0;
}

int sx_map_model_desc_save(sx_store *st, sx_dbmap *m, const sx_table *t, const char *table_desc,
                           const char *const *cols, const char *const *col_desc, size_t ncols,
                           const char *model, sx_error *err)
{
	sx_map_table *mt = (sx_map_table *)sx_dbmap_table(m, t);
	const char *dbn = t->schema->db->name, *sch = t->schema->name;
	char fp[17], now[40];
	bool nested;
	int rc;

	if ((rc = sx_map_migrate(st, err)))
		return rc;
	sx_map_fingerprint(m, t, fp);
	sx_now_iso(now, sizeof now);
	nested = sx_store_in_transaction(st);
	if ((rc = sx_store_tx_begin(st, "model_desc", err)))
		return rc;
	rc = sx_store_exec_bind(st, NULL, err,
	                        "DELETE FROM map_model_descriptions WHERE database = ? AND"
	                        " schema_name = ? AND table_name = ?",
	                        "sss", dbn, sch, t->name);
	const char *ins = "INSERT INTO map_model_descriptions(database, schema_name, table_name,"
	                  " column_name, fingerprint, description, model, described_at)"
	                  " VALUES(?, ?, ?, ?, ?, ?, ?, ?)";
	if (!rc && table_desc)
		rc = sx_store_exec_bind(st, NULL, err, ins, "ssssssss", dbn, sch, t->name, "", fp,
		                        table_desc, model, now);
	for (size_t i = 0; !rc && i < ncols; i++)
		if (cols[i] && *cols[i] && col_desc[i])
			rc = sx_store_exec_bind(st, NULL, err, ins, "ssssssss", dbn, sch, t->name,
			                        cols[i], fp, col_desc[i], model, now);
	if (rc) {
		sx_store_tx_rollback(st, "model_desc", nested);
		return rc;
	}
	if ((rc = sx_store_tx_commit(st, "model_desc", nested, err)))
		return rc;
	if (!mt)
		return 0;
	/* the map follows the store */
	mt->model_description = table_desc ? sx_arena_strdup(m->arena, table_desc) : NULL;
	mt->model_name = model ? sx_arena_strdup(m->arena, model) : NULL;
	mt->nmodel_cols = 0;
	mt->model_cols = ncols ? sx_arena_alloc(m->arena, ncols * sizeof *mt->model_cols) : NULL;
	for (size_t i = 0; mt->model_cols && i < ncols; i++)
		if (cols[i] && *cols[i] && col_desc[i]) {
			mt->model_cols[mt->nmodel_cols].name = sx_arena_strdup(m->arena, cols[i]);
			mt->model_cols[mt->nmodel_cols].description =
			    sx_arena_strdup(m->arena, col_desc[i]);
			mt->nmodel_cols++;
		}
	return 0;
}
