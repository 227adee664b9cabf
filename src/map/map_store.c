/*
 * map_store.c - the map's tables in the workspace (module "map").
 *
 * map_tables and map_columns hang off the catalog's tables rows and
 * map_relations off databases, all ON DELETE CASCADE, so re-analysing a
 * database replaces them with the catalog. The user's accept/reject is
 * the store's (sx_store_decide: tables decisions and decision_log, shared
 * on a shared workspace), keyed by names (database, "schema.table(cols)
 * ->...") so a decision survives re-analysis and re-applies to the same
 * relationship; map_decisions is the older home of decisions, still
 * created and salvaged so that the store can copy old ones over.
 * Relationships are stored as their contract JSON (evidence included); no
 * sampled value is ever written here.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "map_int.h"

static const char *const steps[] = {
	/* v1 */
	"CREATE TABLE map_tables("
	" table_id INTEGER PRIMARY KEY REFERENCES tables(id) ON DELETE CASCADE,"
	" database_id INTEGER NOT NULL REFERENCES databases(id) ON DELETE CASCADE,"
	" domain TEXT NOT NULL, domain_confidence REAL, domain_evidence TEXT,"
	" description TEXT, sensitivity TEXT, frequency TEXT, frequency_evidence TEXT);"
	"CREATE INDEX map_tables_db ON map_tables(database_id);"
	"CREATE TABLE map_columns("
	" table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,"
	" name TEXT NOT NULL, class TEXT NOT NULL, confidence REAL, evidence TEXT,"
	" PRIMARY KEY(table_id, name)) WITHOUT ROWID;"
	"CREATE TABLE map_relations("
	" database_id INTEGER NOT NULL REFERENCES databases(id) ON DELETE CASCADE,"
	" id TEXT NOT NULL, body TEXT NOT NULL, UNIQUE(database_id, id));"
	"CREATE TABLE map_decisions("
	" database TEXT NOT NULL, rel_key TEXT NOT NULL, id TEXT, status TEXT NOT NULL,"
	" decided_at TEXT, PRIMARY KEY(database, rel_key)) WITHOUT ROWID;",
	/* v2: descriptions written by a model, keyed by names (they outlive
	 * re-analysis) and valid while the table's fingerprint holds */
	"CREATE TABLE map_model_descriptions("
	" database TEXT NOT NULL, schema_name TEXT NOT NULL, table_name TEXT NOT NULL,"
	" column_name TEXT NOT NULL, fingerprint TEXT NOT NULL, description TEXT NOT NULL,"
	" model TEXT, described_at TEXT,"
	" PRIMARY KEY(database, schema_name, table_name, column_name)) WITHOUT ROWID;",
};

/* On a shared workspace the map's tables live on the shared database (the
 * store translates the DDL), next to the catalog whose ids they use. */
int sx_map_migrate(sx_store *st, sx_error *err)
{
	if (sx_store_is_shared(st))
		return sx_store_migrate_shared(st, "map", steps, sizeof steps / sizeof steps[0], err);
	return sx_store_migrate(st, "map", steps, sizeof steps / sizeof steps[0], err);
}

static int save_shared(sx_store *st, const sx_dbmap *m, const sx_database *db, sx_error *err);
static int load_shared(sx_store *st, sx_dbmap *m, sx_error *err);

int sx_map_salvage(sx_store *st, const char *from, cJSON *report, sx_error *err)
{
	static const char *const keep[] = {"map_decisions"};
	int rc;
	if ((rc = sx_map_migrate(st, err)))
		return rc;
	return sx_store_salvage(st, from, keep, 1, report, err);
}

static int dberr(sx_store *st, sx_error *err, const char *what)
{
	return sx_error_set(err, SX_EIO, "cannot %s in the workspace: %s", what,
			    sqlite3_errmsg(sx_store_db(st)));
}

static char *evidence_text(const sx_map_evidence *ev, size_t n)
{
	cJSON *a = cJSON_CreateArray();
	char *s;
	size_t i;
	for (i = 0; i < n; i++) {
		cJSON *o = cJSON_CreateObject();
		sx_json_add_str(o, "type", ev[i].type);
		sx_json_add_str(o, "detail", ev[i].detail);
		sx_json_add_num(o, "score", ev[i].score);
		cJSON_AddItemToArray(a, o);
	}
	s = cJSON_PrintUnformatted(a);
	cJSON_Delete(a);
	return s;
}

static void bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, i);
}

int sx_map_save(sx_store *st, const sx_dbmap *m, const sx_database *db, sx_error *err)
{
	sqlite3 *h = sx_store_db(st);
	sqlite3_stmt *del[3] = {NULL, NULL, NULL}, *it = NULL, *ic = NULL, *ir = NULL;
	bool own = sqlite3_get_autocommit(h) != 0;
	size_t s, t, i;
	int rc = 0;

	if (!db->id)
		return sx_error_set(err, SX_EINVAL, "database '%s' is not in the workspace", db->name);
	if (sx_store_is_shared(st))
		return save_shared(st, m, db, err);
	if (own && (rc = sx_map_migrate(st, err)))
		return rc;
	if (own && (rc = sx_store_begin(st, err)))
		return rc;
	if (sqlite3_prepare_v2(h, "DELETE FROM map_tables WHERE database_id = ?", -1, &del[0],
			       NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h,
			       "DELETE FROM map_columns WHERE table_id IN (SELECT id FROM tables"
			       " WHERE database_id = ?)",
			       -1, &del[1], NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "DELETE FROM map_relations WHERE database_id = ?", -1, &del[2],
			       NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "INSERT INTO map_tables VALUES(?,?,?,?,?,?,?,?,?)", -1, &it,
			       NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "INSERT OR REPLACE INTO map_columns VALUES(?,?,?,?,?)", -1, &ic,
			       NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "INSERT OR REPLACE INTO map_relations VALUES(?,?,?)", -1, &ir,
			       NULL) != SQLITE_OK) {
		rc = dberr(st, err, "save the map");
		goto done;
	}
	for (i = 0; i < 3; i++) {
		sqlite3_bind_int64(del[i], 1, db->id);
		if (sqlite3_step(del[i]) != SQLITE_DONE) {
			rc = dberr(st, err, "save the map");
			goto done;
		}
	}
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++) {
			const sx_table *tb = db->schemas[s]->tables[t];
			const sx_map_table *mt = sx_dbmap_table(m, tb);
			char *ev;
			if (!mt || !tb->id)
				continue;
			ev = evidence_text(mt->domain_evidence, mt->ndomain_evidence);
			sqlite3_reset(it);
			sqlite3_bind_int64(it, 1, tb->id);
			sqlite3_bind_int64(it, 2, db->id);
			bind_text(it, 3, sx_map_domain_name(mt->domain));
			sqlite3_bind_double(it, 4, mt->domain_confidence);
			bind_text(it, 5, ev);
			bind_text(it, 6, mt->description);
			bind_text(it, 7, sx_map_sensitivity_name(mt->sensitivity));
			bind_text(it, 8, sx_map_freq_name(mt->frequency));
			bind_text(it, 9, mt->frequency_evidence);
			free(ev);
			if (sqlite3_step(it) != SQLITE_DONE) {
				rc = dberr(st, err, "save the map");
				goto done;
			}
			for (i = 0; i < mt->ncols; i++) {
				ev = evidence_text(mt->cols[i].evidence, mt->cols[i].nevidence);
				sqlite3_reset(ic);
				sqlite3_bind_int64(ic, 1, tb->id);
				bind_text(ic, 2, mt->cols[i].name);
				bind_text(ic, 3, sx_map_pii_name(mt->cols[i].pii));
				sqlite3_bind_double(ic, 4, mt->cols[i].confidence);
				bind_text(ic, 5, ev);
				free(ev);
				if (sqlite3_step(ic) != SQLITE_DONE) {
					rc = dberr(st, err, "save the map");
					goto done;
				}
			}
		}
	for (i = 0; i < m->rels.n; i++) {
		const sx_map_rel *r = m->rels.v[i];
		cJSON *j;
		char *body;
		if (!((r->from.t && r->from.t->schema->db == db) ||
		      (r->via.t && r->via.t->schema->db == db)))
			continue;
		j = sx_map_rel_to_json(r);
		body = j ? cJSON_PrintUnformatted(j) : NULL;
		cJSON_Delete(j);
		if (!body) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto done;
		}
		sqlite3_reset(ir);
		sqlite3_bind_int64(ir, 1, db->id);
		bind_text(ir, 2, r->id);
		bind_text(ir, 3, body);
		free(body);
		if (sqlite3_step(ir) != SQLITE_DONE) {
			rc = dberr(st, err, "save the map");
			goto done;
		}
	}
done:
	for (i = 0; i < 3; i++)
		sqlite3_finalize(del[i]);
	sqlite3_finalize(it);
	sqlite3_finalize(ic);
	sqlite3_finalize(ir);
	if (own) {
		if (rc)
			sx_store_rollback(st);
		else
			rc = sx_store_commit(st, err);
	}
	return rc;
}

/* ------------------------------------------------------------ loading */

static sx_map_evidence *evidence_parse(sx_arena *a, const char *text, size_t *n)
{
	cJSON *j = text ? cJSON_Parse(text) : NULL, *e;
	sx__evvec v = {0};
	cJSON_ArrayForEach(e, j)
	{
		sx_map_evidence x;
		x.type = sx_arena_strdup(a, sx_json_str(e, "type", "?"));
		x.detail = sx_arena_strdup(a, sx_json_str(e, "detail", ""));
		x.score = sx_json_num(e, "score", 0);
		SX_VEC_PUSH(&v, x);
	}
	cJSON_Delete(j);
	return sx__ev_commit(&v, a, n);
}

static int parse_name(const char *s, const char *const *names, int n, int def)
{
	int i;
	for (i = 0; s && i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return def;
}

static const char *const sens_names[] = {"public", "internal", "confidential", "restricted"};
static const char *const freq_names[] = {"unknown", "real-time", "hourly", "daily", "static"};
static const char *const card_names[] = {"many-to-one", "one-to-one", "many-to-many"};

static sx_table *find_table(const sx_database *db, const char *schema, const char *table)
{
	sx_schema *s = schema ? sx_database_find_schema(db, schema) : NULL;
	return s && table ? sx_schema_find_table(s, table) : NULL;
}

static bool end_parse(sx_arena *a, const sx_database *db, const cJSON *o, sx_map_end *e)
{
	const cJSON *cols = cJSON_GetObjectItem(o, "columns"), *c;
	size_t i = 0;
	if (!o)
		return false;
	e->database = sx_arena_strdup(a, sx_json_str(o, "database", db->name));
	e->schema = sx_arena_strdup(a, sx_json_str(o, "schema", NULL));
	e->table = sx_arena_strdup(a, sx_json_str(o, "table", NULL));
	e->t = find_table(db, e->schema, e->table);
	e->ncols = (size_t)cJSON_GetArraySize(cols);
	e->cols = e->ncols ? sx_arena_alloc(a, e->ncols * sizeof *e->cols) : NULL;
	cJSON_ArrayForEach(c, cols)
	{
		if (e->cols && cJSON_IsString(c))
			e->cols[i++] = sx_arena_strdup(a, c->valuestring);
	}
	e->ncols = i;
	return e->t != NULL;
}

static int load_rel(sx_dbmap *m, const sx_database *db, const char *body)
{
	cJSON *j = cJSON_Parse(body), *ev, *alts, *x;
	sx_map_rel *r;
	sx__evvec v = {0};
	size_t i = 0;
	int rc = 0;
	if (!j)
		return 0; /* a damaged row is skipped, not fatal */
	r = sx_arena_alloc(m->arena, sizeof *r);
	if (!r) {
		cJSON_Delete(j);
		return SX_ENOMEM;
	}
	if (!end_parse(m->arena, db, cJSON_GetObjectItem(j, "from"), &r->from) ||
	    !end_parse(m->arena, db, cJSON_GetObjectItem(j, "to"), &r->to))
		goto skip; /* the table is gone from the catalog */
	if (cJSON_GetObjectItem(j, "via"))
		end_parse(m->arena, db, cJSON_GetObjectItem(j, "via"), &r->via);
	r->id = sx_arena_strdup(m->arena, sx_json_str(j, "id", ""));
	r->kind = strcmp(sx_json_str(j, "kind", ""), "declared") == 0 ? SX_RELK_DECLARED
									 : SX_RELK_INFERRED;
	r->card = (sx_map_card)parse_name(sx_json_str(j, "cardinality", NULL), card_names, 3, 0);
	r->confidence = sx_json_num(j, "confidence", 0);
	r->polymorphic = sx_json_bool(j, "polymorphic", false);
	r->type_column = sx_arena_strdup(m->arena, sx_json_str(j, "type_column", NULL));
	r->from_nullable = sx_json_bool(j, "nullable", false);
	ev = cJSON_GetObjectItem(j, "evidence");
	cJSON_ArrayForEach(x, ev)
	{
		sx_map_evidence e;
		e.type = sx_arena_strdup(m->arena, sx_json_str(x, "type", "?"));
		e.detail = sx_arena_strdup(m->arena, sx_json_str(x, "detail", ""));
		e.score = sx_json_num(x, "score", 0);
		SX_VEC_PUSH(&v, e);
	}
	r->evidence = sx__ev_commit(&v, m->arena, &r->nevidence);
	alts = cJSON_GetObjectItem(j, "alternates");
	if (cJSON_GetArraySize(alts) > 0) {
		r->alternates = sx_arena_alloc(m->arena,
					       (size_t)cJSON_GetArraySize(alts) * sizeof *r->alternates);
		cJSON_ArrayForEach(x, alts)
		{
			if (!r->alternates)
				break;
			end_parse(m->arena, db, cJSON_GetObjectItem(x, "to"), &r->alternates[i].to);
			r->alternates[i++].confidence = sx_json_num(x, "confidence", 0);
		}
		r->nalternates = i;
	}
	rc = sx__dbmap_add_rel(m, r);
skip:
	cJSON_Delete(j);
	return rc;
}

/* Decisions are the store's (sx_store_decide): on a shared workspace they
 * are shared, with a log of who decided what. */
static int load_decisions(sx_store *st, sx_dbmap *m, sx_error *err)
{
	cJSON *rows = NULL, *r;
	size_t i;
	int rc;
	for (i = 0; i < m->decisions.n; i++) {
		free(m->decisions.v[i].database);
		free(m->decisions.v[i].key);
	}
	m->decisions.n = 0;
	if ((rc = sx_store_decisions(st, &rows, err)))
		return rc;
	cJSON_ArrayForEach(r, rows)
	{
		sx__decision d;
		sx_map_status s;
		if (sx_map_status_parse(sx_json_str(r, "status", ""), &s))
			continue;
		d.database = sx_strdup(sx_json_str(r, "database", ""));
		d.key = sx_strdup(sx_json_str(r, "rel_key", ""));
		d.status = s;
		if (!d.database || !d.key || SX_VEC_PUSH(&m->decisions, d)) {
			free(d.database);
			free(d.key);
			cJSON_Delete(rows);
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		}
	}
	cJSON_Delete(rows);
	return 0;
}

int sx_map_load(sx_store *st, sx_dbmap *m, sx_error *err)
{
	sqlite3 *h = sx_store_db(st);
	sqlite3_stmt *qt = NULL, *qc = NULL, *qr = NULL;
	size_t d, s, t;
	int rc;

	if ((rc = sx_map_migrate(st, err)) || (rc = load_decisions(st, m, err)))
		return rc;
	if (sx_store_is_shared(st)) {
		if ((rc = load_shared(st, m, err)))
			return rc;
		return sx_map_model_desc_load(st, m, NULL, err);
	}
	if (sqlite3_prepare_v2(h,
			       "SELECT domain, domain_confidence, domain_evidence, description,"
			       " sensitivity, frequency, frequency_evidence FROM map_tables"
			       " WHERE table_id = ?",
			       -1, &qt, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h,
			       "SELECT name, class, confidence, evidence FROM map_columns"
			       " WHERE table_id = ?",
			       -1, &qc, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "SELECT body FROM map_relations WHERE database_id = ? ORDER BY rowid",
			       -1, &qr, NULL) != SQLITE_OK) {
		rc = dberr(st, err, "load the map");
		goto done;
	}
	for (d = 0; d < m->cat->ndbs; d++) {
		sx_database *db = m->cat->dbs[d];
		if (!db->id)
			continue;
		sx__dbmap_drop_database(m, db);
		for (s = 0; s < db->nschemas; s++)
			for (t = 0; t < db->schemas[s]->ntables; t++) {
				sx_table *tb = db->schemas[s]->tables[t];
				sx_map_table *mt;
				SX_VEC(sx_map_column) cols = {0};
				sx_map_domain dom = SX_DOMAIN_OTHER;
				if (!tb->id)
					continue;
				sqlite3_reset(qt);
				sqlite3_bind_int64(qt, 1, tb->id);
				if (sqlite3_step(qt) != SQLITE_ROW)
					continue;
				if (!(mt = sx_arena_alloc(m->arena, sizeof *mt)) ||
				    sx__ptrmap_put(&m->tables, tb, mt)) {
					rc = sx_error_set(err, SX_ENOMEM, "out of memory");
					goto done;
				}
				mt->table = tb;
				sx_map_domain_parse((const char *)sqlite3_column_text(qt, 0), &dom);
				mt->domain = dom;
				mt->domain_confidence = sqlite3_column_double(qt, 1);
				mt->domain_evidence = evidence_parse(
					m->arena, (const char *)sqlite3_column_text(qt, 2),
					&mt->ndomain_evidence);
				mt->description = sx_arena_strdup(
					m->arena, (const char *)sqlite3_column_text(qt, 3));
				mt->sensitivity = (sx_map_sensitivity)parse_name(
					(const char *)sqlite3_column_text(qt, 4), sens_names, 4, 1);
				mt->frequency = (sx_map_freq)parse_name(
					(const char *)sqlite3_column_text(qt, 5), freq_names, 5, 0);
				mt->frequency_evidence = sx_arena_strdup(
					m->arena, (const char *)sqlite3_column_text(qt, 6));
				sqlite3_reset(qc);
				sqlite3_bind_int64(qc, 1, tb->id);
				while (sqlite3_step(qc) == SQLITE_ROW) {
					sx_map_column c;
					memset(&c, 0, sizeof c);
					c.name = sx_arena_strdup(m->arena,
								 (const char *)sqlite3_column_text(qc, 0));
					if (sx_map_pii_parse((const char *)sqlite3_column_text(qc, 1),
							     &c.pii))
						continue;
					c.confidence = sqlite3_column_double(qc, 2);
					c.evidence = evidence_parse(
						m->arena, (const char *)sqlite3_column_text(qc, 3),
						&c.nevidence);
					if (SX_VEC_PUSH(&cols, c)) {
						SX_VEC_FREE(&cols);
						rc = sx_error_set(err, SX_ENOMEM, "out of memory");
						goto done;
					}
				}
				if (cols.n && (mt->cols = sx_arena_alloc(m->arena,
									 cols.n * sizeof *mt->cols))) {
					memcpy(mt->cols, cols.v, cols.n * sizeof *mt->cols);
					mt->ncols = cols.n;
				}
				SX_VEC_FREE(&cols);
			}
		sqlite3_reset(qr);
		sqlite3_bind_int64(qr, 1, db->id);
		while (sqlite3_step(qr) == SQLITE_ROW)
			if ((rc = load_rel(m, db, (const char *)sqlite3_column_text(qr, 0)))) {
				rc = sx_error_set(err, SX_ENOMEM, "out of memory");
				goto done;
			}
	}
	sx__dbmap_apply_decisions(m, NULL);
	if ((rc = sx__dbmap_reindex(m, err)) == 0)
		rc = sx_map_model_desc_load(st, m, NULL, err);
done:
	sqlite3_finalize(qt);
	sqlite3_finalize(qc);
	sqlite3_finalize(qr);
	return rc;
}

int sx_map_decide(sx_store *st, sx_dbmap *m, const char *id, sx_map_status status, sx_error *err)
{
	sx_map_rel *r = (sx_map_rel *)sx_dbmap_find_rel(m, id);
	const char *key;
	int rc;

	if (!r)
		return sx_error_set(err, SX_ENOTFOUND,
				    "no relationship '%s': see 'sextant relations' for the ids",
				    id ? id : "");
	if ((rc = sx_map_migrate(st, err)))
		return rc;
	key = sx__rel_key(m->arena, r);
	if ((rc = sx_store_decide(st, r->from.database, key, r->id,
				  status == SX_STATUS_PROPOSED ? NULL : sx_map_status_name(status),
				  err)))
		return rc;
	r->status = status;
	return load_decisions(st, m, err);
}

/* ------------------------------------------------------------ shared
 *
 * The same rows on a shared workspace, through the store's query helpers
 * (SQL both backends speak). The SQLite path above keeps its prepared
 * statements for speed; this one costs a round trip per row. */

static int save_shared(sx_store *st, const sx_dbmap *m, const sx_database *db, sx_error *err)
{
	bool nested = sx_store_in_transaction(st);
	size_t s, t, i;
	int rc;

	if (!nested && (rc = sx_map_migrate(st, err)))
		return rc;
	if ((rc = sx_store_tx_begin(st, "sx_map_save", err)))
		return rc;
	if ((rc = sx_store_exec_bind(st, NULL, err, "DELETE FROM map_tables WHERE database_id = ?",
				     "l", (int64_t)db->id)) ||
	    (rc = sx_store_exec_bind(st, NULL, err,
				     "DELETE FROM map_columns WHERE table_id IN (SELECT id FROM tables"
				     " WHERE database_id = ?)",
				     "l", (int64_t)db->id)) ||
	    (rc = sx_store_exec_bind(st, NULL, err, "DELETE FROM map_relations WHERE database_id = ?",
				     "l", (int64_t)db->id)))
		goto fail;
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++) {
			const sx_table *tb = db->schemas[s]->tables[t];
			const sx_map_table *mt = sx_dbmap_table(m, tb);
			char *ev;
			if (!mt || !tb->id)
				continue;
			ev = evidence_text(mt->domain_evidence, mt->ndomain_evidence);
			rc = sx_store_exec_bind(
				st, NULL, err,
				"INSERT INTO map_tables(table_id, database_id, domain, domain_confidence,"
				" domain_evidence, description, sensitivity, frequency,"
				" frequency_evidence) VALUES(?,?,?,?,?,?,?,?,?)",
				"llsdsssss", (int64_t)tb->id, (int64_t)db->id,
				sx_map_domain_name(mt->domain), mt->domain_confidence, ev,
				mt->description, sx_map_sensitivity_name(mt->sensitivity),
				sx_map_freq_name(mt->frequency), mt->frequency_evidence);
			free(ev);
			for (i = 0; !rc && i < mt->ncols; i++) {
				ev = evidence_text(mt->cols[i].evidence, mt->cols[i].nevidence);
				rc = sx_store_exec_bind(
					st, NULL, err,
					"INSERT INTO map_columns(table_id, name, class, confidence,"
					" evidence) VALUES(?,?,?,?,?) ON CONFLICT(table_id, name) DO UPDATE"
					" SET class = excluded.class, confidence = excluded.confidence,"
					" evidence = excluded.evidence",
					"lssds", (int64_t)tb->id, mt->cols[i].name,
					sx_map_pii_name(mt->cols[i].pii), mt->cols[i].confidence, ev);
				free(ev);
			}
			if (rc)
				goto fail;
		}
	for (i = 0; i < m->rels.n; i++) {
		const sx_map_rel *r = m->rels.v[i];
		cJSON *j;
		char *body;
		if (!((r->from.t && r->from.t->schema->db == db) ||
		      (r->via.t && r->via.t->schema->db == db)))
			continue;
		j = sx_map_rel_to_json(r);
		body = j ? cJSON_PrintUnformatted(j) : NULL;
		cJSON_Delete(j);
		if (!body) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto fail;
		}
		rc = sx_store_exec_bind(st, NULL, err,
					"INSERT INTO map_relations(database_id, id, body) VALUES(?,?,?)"
					" ON CONFLICT(database_id, id) DO UPDATE SET body = excluded.body",
					"lss", (int64_t)db->id, r->id, body);
		free(body);
		if (rc)
			goto fail;
	}
	return sx_store_tx_commit(st, "sx_map_save", nested, err);
fail:
	sx_store_tx_rollback(st, "sx_map_save", nested);
	return rc;
}

static sx_table *table_by_id(const sx_database *db, int64_t id)
{
	size_t s, t;
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++)
			if (db->schemas[s]->tables[t]->id == id)
				return db->schemas[s]->tables[t];
	return NULL;
}

/* One database's map rows: tables, their personal-data columns and the
 * relationships, three queries in one snapshot. */
static int load_shared_db(sx_store *st, sx_dbmap *m, sx_database *db, sx_error *err)
{
	cJSON *tabs = NULL, *cols = NULL, *rels = NULL, *r, *col_cursor;
	int rc;

	if ((rc = sx_store_query_json(st, &tabs, err,
				      "SELECT table_id, domain, domain_confidence, domain_evidence,"
				      " description, sensitivity, frequency, frequency_evidence"
				      " FROM map_tables WHERE database_id = ? ORDER BY table_id",
				      "l", (int64_t)db->id)) ||
	    (rc = sx_store_query_json(st, &cols, err,
				      "SELECT c.table_id, c.name, c.class, c.confidence, c.evidence"
				      " FROM map_columns c JOIN tables t ON t.id = c.table_id"
				      " WHERE t.database_id = ? ORDER BY c.table_id, c.name",
				      "l", (int64_t)db->id)) ||
	    (rc = sx_store_query_json(st, &rels, err,
				      "SELECT body FROM map_relations WHERE database_id = ?"
				      " ORDER BY rowid",
				      "l", (int64_t)db->id)))
		goto done;
	sx__dbmap_drop_database(m, db);
	/* both ordered by table id: merge-joined */
	col_cursor = cols ? cols->child : NULL;
	cJSON_ArrayForEach(r, tabs)
	{
		int64_t id = sx_json_int(r, "table_id", 0);
		sx_table *tb = table_by_id(db, id);
		sx_map_table *mt;
		sx_map_domain dom = SX_DOMAIN_OTHER;
		SX_VEC(sx_map_column) cv = {0};
		const cJSON *c;
		if (!tb)
			continue;
		if (!(mt = sx_arena_alloc(m->arena, sizeof *mt)) || sx__ptrmap_put(&m->tables, tb, mt)) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto done;
		}
		memset(mt, 0, sizeof *mt);
		mt->table = tb;
		sx_map_domain_parse(sx_json_str(r, "domain", NULL), &dom);
		mt->domain = dom;
		mt->domain_confidence = sx_json_num(r, "domain_confidence", 0);
		mt->domain_evidence = evidence_parse(m->arena, sx_json_str(r, "domain_evidence", NULL),
						     &mt->ndomain_evidence);
		mt->description = sx_arena_strdup(m->arena, sx_json_str(r, "description", NULL));
		mt->sensitivity = (sx_map_sensitivity)parse_name(sx_json_str(r, "sensitivity", NULL),
								 sens_names, 4, 1);
		mt->frequency = (sx_map_freq)parse_name(sx_json_str(r, "frequency", NULL), freq_names,
							5, 0);
		mt->frequency_evidence =
			sx_arena_strdup(m->arena, sx_json_str(r, "frequency_evidence", NULL));
		while (col_cursor && sx_json_int(col_cursor, "table_id", 0) < id)
			col_cursor = col_cursor->next;
		for (c = col_cursor; c && sx_json_int(c, "table_id", 0) == id; c = c->next) {
			sx_map_column col;
			memset(&col, 0, sizeof col);
			col.name = sx_arena_strdup(m->arena, sx_json_str(c, "name", ""));
			if (sx_map_pii_parse(sx_json_str(c, "class", ""), &col.pii))
				continue;
			col.confidence = sx_json_num(c, "confidence", 0);
			col.evidence = evidence_parse(m->arena, sx_json_str(c, "evidence", NULL),
						      &col.nevidence);
			if (SX_VEC_PUSH(&cv, col)) {
				SX_VEC_FREE(&cv);
				rc = sx_error_set(err, SX_ENOMEM, "out of memory");
				goto done;
			}
		}
		if (cv.n && (mt->cols = sx_arena_alloc(m->arena, cv.n * sizeof *mt->cols))) {
			memcpy(mt->cols, cv.v, cv.n * sizeof *mt->cols);
			mt->ncols = cv.n;
		}
		SX_VEC_FREE(&cv);
	}
	cJSON_ArrayForEach(r, rels)
	if ((rc = load_rel(m, db, sx_json_str(r, "body", "")))) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
done:
	cJSON_Delete(tabs);
	cJSON_Delete(cols);
	cJSON_Delete(rels);
	return rc;
}

static int load_shared(sx_store *st, sx_dbmap *m, sx_error *err)
{
	int snap = sx_store_snapshot_begin(st), rc = 0;
	size_t d;
	for (d = 0; !rc && d < m->cat->ndbs; d++)
		if (m->cat->dbs[d]->id)
			rc = load_shared_db(st, m, m->cat->dbs[d], err);
	sx_store_snapshot_end(st, snap);
	if (rc)
		return rc;
	sx__dbmap_apply_decisions(m, NULL);
	return sx__dbmap_reindex(m, err);
}
