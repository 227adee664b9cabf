/*
 * vectors.c - the search vectors of a workspace (module "shared_vectors").
 *
 * One row per database: the vectors of its tables, the documents that go
 * with them (table names and their analysed terms, see below), the keys
 * they were built from (embedder and index parameters, terms), and a
 * content hash of all of it. The row hangs off databases(id) ON DELETE
 * CASCADE. The client that analyses a database embeds its tables and
 * writes the row in the analysis' own transaction (src/commands:
 * sx__search_index_in_tx), so a reader sees the catalog, the map and the
 * vectors of one analysis together or none of them.
 *
 * Both backends keep the rows: on a shared workspace they are what every
 * client builds its FAISS index from without embedding; on a local one
 * they are what `workspace push` carries to a shared one (and `pull`
 * brings back), and what a damaged index file is rebuilt from. The FAISS
 * files are a cache on both.
 *
 * Canonical bytes (the same on every host; the hash is over them):
 *   vectors  count x dim IEEE-754 float32, each little-endian, in the
 *            search's document order (catalog order within the database);
 *   docs     per document, in the same order: the schema name's length
 *            (2 bytes LE) and bytes, the table name's length (2 bytes LE)
 *            and bytes, the terms' length (4 bytes LE) and bytes
 *            ("term\tweight\n" lines). Names, not ids: a set copied into
 *            another workspace (new ids) still describes its tables;
 *   hash     sx_store_vecset_hash: 64-bit FNV-1a over "sxvec2", vec_key as
 *            8 bytes LE, the vectors' bytes and the docs' bytes.
 * Values travel as parameters; on PostgreSQL the blobs as binary bytea.
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
		return sx_store_migrate(st, "shared_vectors", steps, sizeof steps / sizeof *steps,
		                        err);
	return sx_store_migrate_shared(st, "shared_vectors", steps, sizeof steps / sizeof *steps,
	                               err);
}

uint64_t sx_store_vecset_hash(const sx_store_vecset *v)
{
	static const char tag[] = "sxvec2";
	const unsigned char *parts[3];
	size_t lens[3], i, j;
	unsigned char key[8];
	uint64_t h = 1469598103934665603ULL;
	for (i = 0; i < 8; i++)
		key[i] = (unsigned char)(v->vec_key >> (8 * i));
	for (i = 0; i < sizeof tag - 1; i++)
		h = (h ^ (unsigned char)tag[i]) * 1099511628211ULL;
	parts[0] = key;
	lens[0] = sizeof key;
	parts[1] = v->vectors;
	lens[1] = v->vectors ? v->vectors_len : 0;
	parts[2] = v->docs;
	lens[2] = v->docs ? v->docs_len : 0;
	for (j = 0; j < 3; j++)
		for (i = 0; i < lens[j]; i++)
			h = (h ^ parts[j][i]) * 1099511628211ULL;
	return h;
}

static int fail(sx_store *st, PGresult *res, sx_error *err, const char *what)
{
	int rc = sx__pg_fail(st, res, err, what);
	PQclear(res);
	return rc;
}

static int lite_fail(sx_store *st, sqlite3_stmt *q, sx_error *err, const char *what)
{
	int rc = sx_error_set(err, SX_EIO, "%s: %s", what, sqlite3_errmsg(st->h));
	sqlite3_finalize(q);
	return rc;
}

/* the 64-bit keys as text: the query helpers' JSON numbers are doubles */
#define META_COLS                                                                                  \
	"database_id, hash::text AS hash, vec_key::text AS vec_key,"                               \
	" terms_key::text AS terms_key, dim, count, corpus_docs, kind"
#define LITE_COLS "database_id, hash, vec_key, terms_key, dim, count, corpus_docs, kind"

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

static void meta_lite(sqlite3_stmt *q, sx_store_vecset *v)
{
	const unsigned char *kind = sqlite3_column_text(q, 7);
	memset(v, 0, sizeof *v);
	v->database_id = sqlite3_column_int64(q, 0);
	v->hash = (uint64_t)sqlite3_column_int64(q, 1);
	v->vec_key = (uint64_t)sqlite3_column_int64(q, 2);
	v->terms_key = (uint64_t)sqlite3_column_int64(q, 3);
	v->dim = sqlite3_column_int(q, 4);
	v->count = sqlite3_column_int64(q, 5);
	v->corpus_docs = sqlite3_column_int64(q, 6);
	snprintf(v->kind, sizeof v->kind, "%s", kind ? (const char *)kind : "");
}

static int list_lite(sx_store *st, sx_store_vecset **out, size_t *n, sx_error *err)
{
	sqlite3_stmt *q = NULL;
	size_t cap = 0;
	int rc;
	if ((rc = sx__vectors_migrate(st, err)))
		return rc;
	if (sqlite3_prepare_v2(st->h,
	                       "SELECT " LITE_COLS " FROM shared_vectors ORDER BY database_id", -1,
	                       &q, NULL) != SQLITE_OK)
		return lite_fail(st, q, err, "reading the search vectors");
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (sx_grow((void **)out, &cap, *n + 1, sizeof **out)) {
			sqlite3_finalize(q);
			free(*out);
			*out = NULL;
			*n = 0;
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		}
		meta_lite(q, &(*out)[(*n)++]);
	}
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return lite_fail(st, q, err, "reading the search vectors");
	}
	sqlite3_finalize(q);
	return 0;
}

int sx_store_vectors_list(sx_store *st, sx_store_vecset **out, size_t *n, sx_error *err)
{
	cJSON *rows = NULL, *r;
	size_t i = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (st->bk != SX__BK_PG)
		return list_lite(st, out, n, err);
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

static unsigned char *copy_bytes(const void *src, size_t n)
{
	unsigned char *p = malloc(n ? n : 1);
	if (p && n)
		memcpy(p, src, n);
	return p;
}

static int get_lite(sx_store *st, int64_t database_id, sx_store_vecset *out, bool *found,
                    sx_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc;
	if ((rc = sx__vectors_migrate(st, err)))
		return rc;
	if (sqlite3_prepare_v2(st->h,
	                       "SELECT " LITE_COLS ", vectors, docs FROM shared_vectors"
	                       " WHERE database_id = ?",
	                       -1, &q, NULL) != SQLITE_OK)
		return lite_fail(st, q, err, "reading the search vectors");
	sqlite3_bind_int64(q, 1, database_id);
	rc = sqlite3_step(q);
	if (rc == SQLITE_DONE) {
		sqlite3_finalize(q);
		return 0;
	}
	if (rc != SQLITE_ROW)
		return lite_fail(st, q, err, "reading the search vectors");
	meta_lite(q, out);
	out->vectors_len = (size_t)sqlite3_column_bytes(q, 8);
	out->vectors = copy_bytes(sqlite3_column_blob(q, 8), out->vectors_len);
	out->docs_len = (size_t)sqlite3_column_bytes(q, 9);
	out->docs = copy_bytes(sqlite3_column_blob(q, 9), out->docs_len);
	sqlite3_finalize(q);
	if (!out->vectors || !out->docs) {
		sx_store_vecset_release(out);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	*found = true;
	return 0;
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
		return get_lite(st, database_id, out, found, err);
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
	out->vectors_len = (size_t)PQgetlength(res, 0, 0);
	out->vectors = copy_bytes(PQgetvalue(res, 0, 0), out->vectors_len);
	out->docs_len = (size_t)PQgetlength(res, 0, 1);
	out->docs = copy_bytes(PQgetvalue(res, 0, 1), out->docs_len);
	PQclear(res);
	sx__pg_exec(st, end, NULL);
	if (!out->vectors || !out->docs) {
		sx_store_vecset_release(out);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	*found = true;
	return 0;
}

#define UPSERT                                                                                     \
	" ON CONFLICT (database_id) DO UPDATE SET hash = excluded.hash,"                           \
	" vec_key = excluded.vec_key, terms_key = excluded.terms_key,"                             \
	" dim = excluded.dim, count = excluded.count,"                                             \
	" corpus_docs = excluded.corpus_docs, kind = excluded.kind,"                               \
	" vectors = excluded.vectors, docs = excluded.docs,"                                       \
	" built_by = excluded.built_by, built_at = excluded.built_at"

static int put_lite(sx_store *st, const sx_store_vecset *v, const char *now, sx_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc;
	if ((rc = sx__vectors_migrate(st, err)))
		return rc;
	if (sqlite3_prepare_v2(st->h,
	                       "INSERT INTO shared_vectors(database_id, hash, vec_key, terms_key,"
	                       " dim, count, corpus_docs, kind, vectors, docs, built_by, built_at)"
	                       " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)" UPSERT,
	                       -1, &q, NULL) != SQLITE_OK)
		return lite_fail(st, q, err, "saving the search vectors");
	sqlite3_bind_int64(q, 1, v->database_id);
	sqlite3_bind_int64(q, 2, (sqlite3_int64)v->hash);
	sqlite3_bind_int64(q, 3, (sqlite3_int64)v->vec_key);
	sqlite3_bind_int64(q, 4, (sqlite3_int64)v->terms_key);
	sqlite3_bind_int(q, 5, v->dim);
	sqlite3_bind_int64(q, 6, v->count);
	sqlite3_bind_int64(q, 7, v->corpus_docs);
	sqlite3_bind_text(q, 8, v->kind, -1, SQLITE_TRANSIENT);
	sqlite3_bind_blob64(q, 9, v->vectors ? (const void *)v->vectors : "",
	                    (sqlite3_uint64)v->vectors_len, SQLITE_STATIC);
	sqlite3_bind_blob64(q, 10, v->docs ? (const void *)v->docs : "",
	                    (sqlite3_uint64)v->docs_len, SQLITE_STATIC);
	sqlite3_bind_text(q, 11, st->user, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 12, now, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(q) != SQLITE_DONE)
		return lite_fail(st, q, err, "saving the search vectors");
	sqlite3_finalize(q);
	return 0;
}

int sx_store_vectors_put(sx_store *st, const sx_store_vecset *v, sx_error *err)
{
	char num[7][32], now[32];
	const char *vals[12];
	int lens[12] = {0}, fmts[12] = {0};
	PGresult *res;
	int rc, i;

	sx_now_iso(now, sizeof now);
	if (st->bk != SX__BK_PG)
		return put_lite(st, v, now, err);
	if ((rc = sx__vectors_migrate(st, err)))
		return rc;
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
	vals[8] = v->vectors ? (const char *)v->vectors : "";
	lens[8] = (int)v->vectors_len;
	fmts[8] = 1;
	vals[9] = v->docs ? (const char *)v->docs : "";
	lens[9] = (int)v->docs_len;
	fmts[9] = 1;
	vals[10] = st->user;
	vals[11] = now;
	/* one statement: the previous set is replaced whole or not at all;
	 * inside a caller's transaction (an analysis) under a savepoint, so
	 * that a refusal is reported and the transaction stays usable */
	if (sx_store_in_transaction(st) && (rc = sx__pg_exec(st, "SAVEPOINT sx_vectors", err)))
		return rc;
	res = PQexecParams(st->pg,
	                   "INSERT INTO shared_vectors(database_id, hash, vec_key, terms_key, dim,"
	                   " count, corpus_docs, kind, vectors, docs, built_by, built_at)"
	                   " VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)" UPSERT,
	                   12, NULL, vals, lens, fmts, 0);
	if (!res || PQresultStatus(res) != PGRES_COMMAND_OK) {
		rc = fail(st, res, err, "publishing the search vectors");
		if (sx_store_in_transaction(st))
			sx__pg_exec(st, "ROLLBACK TO SAVEPOINT sx_vectors", NULL);
		return rc;
	}
	PQclear(res);
	if (sx_store_in_transaction(st))
		return sx__pg_exec(st, "RELEASE SAVEPOINT sx_vectors", err);
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
