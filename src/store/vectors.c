/*
 * vectors.c - the search vectors of a shared workspace, on the shared
 * database (module "shared_vectors").
 *
 * One row per database: the vectors of its tables (float32, little-endian,
 * count x dim, in the search's document order), the documents that go
 * with them (an opaque blob the search module writes: table ids and their
 * analysed terms), the keys they were built from (embedder and index
 * parameters, terms), and a content hash of all of it. The row hangs off
 * databases(id) ON DELETE CASCADE, so re-analysing a database (new ids)
 * drops its vectors in the same transaction, and the next client to build
 * them publishes the new set in one statement (an upsert): readers see the
 * old set or the new one, never half.
 *
 * A client compares the hash with the one of its local index cache and
 * downloads the blobs only when they differ (see src/search/search.c).
 * Values travel as parameters; the blobs as binary bytea.
 *
 * A local (SQLite) workspace keeps no such rows: its index files are the
 * truth. These functions then find nothing and refuse to publish.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

static const char *const steps[] = {
	/* v1 */
	"CREATE TABLE shared_vectors("
	" database_id INTEGER NOT NULL PRIMARY KEY REFERENCES databases(id) ON DELETE CASCADE,"
	" hash INTEGER NOT NULL, vec_key INTEGER NOT NULL, terms_key INTEGER NOT NULL,"
	" dim INTEGER NOT NULL, count INTEGER NOT NULL, corpus_docs INTEGER NOT NULL,"
	" kind TEXT NOT NULL, vectors BLOB NOT NULL, docs BLOB NOT NULL,"
	" built_by TEXT NOT NULL, built_at TEXT NOT NULL)",
};

int sx__vectors_migrate(sx_store *st, sx_error *err)
{
	if (st->bk != SX__BK_PG)
		return 0;
	return sx_store_migrate_shared(st, "shared_vectors", steps, sizeof steps / sizeof *steps,
	                               err);
}

static int fail(sx_store *st, PGresult *res, sx_error *err, const char *what)
{
	int rc = sx__pg_fail(st, res, err, what);
	PQclear(res);
	return rc;
}

/* the 64-bit keys as text: the query helpers' JSON numbers are doubles */
#define META_COLS                                                                                  \
	"database_id, hash::text AS hash, vec_key::text AS vec_key,"                               \
	" terms_key::text AS terms_key, dim, count, corpus_docs, kind"

static uint64_t key_of(const cJSON *r, const char *name)
{
	return (uint64_t)strtoll(sx_json_str(r, name, "0"), NULL, 10);
}

static void meta_from(const cJSON *r, sx_store_vecset *v)
{
	memset(v, 0, sizeof *v);
	v->database_id = sx_json_int(r, "database_id", 0);
	v->hash = key_of(r, "hash");
	v->vec_key = key_of(r, "vec_key");
	v->terms_key = key_of(r, "terms_key");
	v->dim = (int)sx_json_int(r, "dim", 0);
	v->count = sx_json_int(r, "count", 0);
	v->corpus_docs = sx_json_int(r, "corpus_docs", 0);
	snprintf(v->kind, sizeof v->kind, "%s", sx_json_str(r, "kind", ""));
}

int sx_store_vectors_list(sx_store *st, sx_store_vecset **out, size_t *n, sx_error *err)
{
	cJSON *rows = NULL, *r;
	size_t i = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (st->bk != SX__BK_PG)
		return 0;
	{
		/* a role that may only read cannot create the table; the query
		 * below says whether it is there */
		sx_error ignore = {0};
		sx__vectors_migrate(st, &ignore);
	}
	if ((rc = sx__pg_run(st, &rows, false, NULL, err,
	                     "SELECT " META_COLS " FROM shared_vectors ORDER BY database_id", 0,
	                     NULL)))
		return rc;
	if (cJSON_GetArraySize(rows) > 0 &&
	    !(*out = sx_calloc((size_t)cJSON_GetArraySize(rows), sizeof **out))) {
		cJSON_Delete(rows);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	cJSON_ArrayForEach(r, rows) meta_from(r, &(*out)[i++]);
	*n = i;
	cJSON_Delete(rows);
	return 0;
}

static unsigned char *copy_blob(PGresult *res, int col, size_t *len)
{
	size_t n = (size_t)PQgetlength(res, 0, col);
	unsigned char *p = malloc(n ? n : 1);
	if (p)
		memcpy(p, PQgetvalue(res, 0, col), n);
	*len = n;
	return p;
}

int sx_store_vectors_get(sx_store *st, int64_t database_id, sx_store_vecset *out, bool *found,
			 sx_error *err)
{
	char idtext[32];
	const char *vals[1] = {idtext};
	cJSON *row = NULL;
	PGresult *res;
	sx__val v = {'l', NULL, database_id, 0};
	const char *end = "COMMIT", *undo = "ROLLBACK";
	int rc;

	memset(out, 0, sizeof *out);
	*found = false;
	if (st->bk != SX__BK_PG)
		return 0;
	/* one snapshot for the keys and the blobs they describe (the caller's
	 * transaction when it has one) */
	if (sx_store_in_transaction(st))
		end = undo = "SELECT 1";
	else if ((rc = sx__pg_exec(st, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", err)))
		return rc;
	rc = sx__pg_run(st, &row, true, NULL, err,
	                "SELECT " META_COLS " FROM shared_vectors WHERE database_id = ?", 1, &v);
	if (rc == SX_ENOTFOUND) {
		sx__pg_exec(st, end, NULL);
		return 0;
	}
	if (rc) {
		sx__pg_exec(st, undo, NULL);
		return rc;
	}
	meta_from(row, out);
	cJSON_Delete(row);
	snprintf(idtext, sizeof idtext, "%lld", (long long)database_id);
	/* binary results: the blobs come as their bytes */
	res =
	    PQexecParams(st->pg, "SELECT vectors, docs FROM shared_vectors WHERE database_id = $1",
	                 1, NULL, vals, NULL, NULL, 1);
	if (!res || PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		rc = fail(st, res, err, "reading the search vectors");
		sx__pg_exec(st, undo, NULL);
		return rc;
	}
	out->vectors = copy_blob(res, 0, &out->vectors_len);
	out->docs = copy_blob(res, 1, &out->docs_len);
	PQclear(res);
	sx__pg_exec(st, end, NULL);
	if (!out->vectors || !out->docs) {
		sx_store_vecset_release(out);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	*found = true;
	return 0;
}

int sx_store_vectors_put(sx_store *st, const sx_store_vecset *v, sx_error *err)
{
	char num[7][32], now[32];
	const char *vals[12];
	int lens[12] = {0}, fmts[12] = {0};
	PGresult *res;
	int rc, i;

	if (st->bk != SX__BK_PG)
		return sx_error_set(err, SX_EUNSUPPORTED,
		                    "search vectors are published only to a shared workspace");
	if ((rc = sx__vectors_migrate(st, err)))
		return rc;
	sx_now_iso(now, sizeof now);
	snprintf(num[0], sizeof num[0], "%lld", (long long)v->database_id);
	snprintf(num[1], sizeof num[1], "%lld", (long long)v->hash);
	snprintf(num[2], sizeof num[2], "%lld", (long long)v->vec_key);
	snprintf(num[3], sizeof num[3], "%lld", (long long)v->terms_key);
	snprintf(num[4], sizeof num[4], "%d", v->dim);
	snprintf(num[5], sizeof num[5], "%lld", (long long)v->count);
	snprintf(num[6], sizeof num[6], "%lld", (long long)v->corpus_docs);
	for (i = 0; i < 7; i++)
		vals[i] = num[i];
	vals[7] = v->kind;
	vals[8] = (const char *)v->vectors;
	lens[8] = (int)v->vectors_len;
	fmts[8] = 1;
	vals[9] = (const char *)v->docs;
	lens[9] = (int)v->docs_len;
	fmts[9] = 1;
	vals[10] = st->user;
	vals[11] = now;
	/* one statement: the previous set is replaced whole or not at all */
	res = PQexecParams(st->pg,
	                   "INSERT INTO shared_vectors(database_id, hash, vec_key, terms_key, dim,"
	                   " count, corpus_docs, kind, vectors, docs, built_by, built_at)"
	                   " VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)"
	                   " ON CONFLICT (database_id) DO UPDATE SET hash = EXCLUDED.hash,"
	                   " vec_key = EXCLUDED.vec_key, terms_key = EXCLUDED.terms_key,"
	                   " dim = EXCLUDED.dim, count = EXCLUDED.count,"
	                   " corpus_docs = EXCLUDED.corpus_docs, kind = EXCLUDED.kind,"
	                   " vectors = EXCLUDED.vectors, docs = EXCLUDED.docs,"
	                   " built_by = EXCLUDED.built_by, built_at = EXCLUDED.built_at",
	                   12, NULL, vals, lens, fmts, 0);
	if (!res || PQresultStatus(res) != PGRES_COMMAND_OK)
		return fail(st, res, err, "publishing the search vectors");
	PQclear(res);
	return 0;
}

void sx_store_vecset_release(sx_store_vecset *v)
{
	if (!v)
		return;
	free(v->vectors);
	free(v->docs);
	v->vectors = v->docs = NULL;
	v->vectors_len = v->docs_len = 0;
}
