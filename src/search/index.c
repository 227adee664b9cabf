/*
 * index.c - what the search keeps on disk: the module's workspace tables
 * and the per-database index files.
 *
 * Workspace tables (module "embed", see sx__embed_migrate):
 *   embed_index  one row per database: file name, the keys the index was
 *                built from, dimensions, count, checksum;
 *   embed_docs   one row per table: its vector id in the database's FAISS
 *                index (the id map) and its analysed terms (for BM25 and
 *                for rebuilding vectors without re-analysing);
 *   embed_cache  remote embeddings by text hash.
 * On a shared workspace these live in the local replica, a cache of the
 * vectors on the shared database (embed_index.shared_hash names the set a
 * file was built from; see sx_store_vectors_list).
 * All hang off databases(id) or tables(id) with ON DELETE CASCADE, so
 * re-analysing a database drops its rows and the next search rebuilds it.
 *
 * Index files live in <workspace>/index/. Callers run on one thread with
 * their own sx_store.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "search_int.h"

#define FILE_MAGIC "SXVIDX\0\1"
#define FILE_VERSION 1
#define HEADER_SIZE 48

static const char *const steps[] = {
	"CREATE TABLE embed_index("
	" database_id INTEGER PRIMARY KEY REFERENCES databases(id) ON DELETE CASCADE,"
	" file TEXT NOT NULL, terms_key INTEGER NOT NULL, vec_key INTEGER NOT NULL,"
	" dim INTEGER NOT NULL, count INTEGER NOT NULL, checksum INTEGER NOT NULL,"
	" corpus_docs INTEGER NOT NULL, kind TEXT NOT NULL, built_at TEXT NOT NULL);"
	"CREATE TABLE embed_docs("
	" table_id INTEGER PRIMARY KEY REFERENCES tables(id) ON DELETE CASCADE,"
	" database_id INTEGER NOT NULL REFERENCES databases(id) ON DELETE CASCADE,"
	" vec_id INTEGER NOT NULL, terms TEXT NOT NULL);"
	"CREATE INDEX embed_docs_db ON embed_docs(database_id, vec_id);"
	"CREATE TABLE embed_cache(hash INTEGER NOT NULL, model TEXT NOT NULL,"
	" dim INTEGER NOT NULL, vec BLOB NOT NULL, PRIMARY KEY(hash, model)) WITHOUT ROWID;",
	/* v2: the content hash of the shared workspace's vectors the file was
	 * built from (0: embedded here) */
	"ALTER TABLE embed_index ADD COLUMN shared_hash INTEGER NOT NULL DEFAULT 0;",
};

int sx__embed_migrate(sx_store *st, sx_error *err)
{
	return sx_store_migrate(st, "embed", steps, sizeof steps / sizeof *steps, err);
}

static int sql_error(sx_store *st, sx_error *err, const char *what)
{
	int ext = sqlite3_extended_errcode(sx_store_db(st)) & 0xff;
	/* a damaged file (a stale WAL from another file, overwritten pages):
	 * the same words and rebuild flag as the store's own errors */
	if (ext == SQLITE_CORRUPT || ext == SQLITE_NOTADB) {
		sx_error_set(err, SX_ECORRUPT,
			     "workspace '%s' is corrupt (%s: %s); run 'sextant workspace rebuild' "
			     "to move it aside and start a fresh one",
			     sx_store_path(st), what, sqlite3_errmsg(sx_store_db(st)));
		if (err)
			err->flags |= SX_ERRF_REBUILD;
		return SX_ECORRUPT;
	}
	return sx_error_set(err, SX_EIO, "workspace '%s': %s: %s", sx_store_path(st), what,
			    sqlite3_errmsg(sx_store_db(st)));
}

int sx__idx_row_get(sx_store *st, int64_t database_id, sx__idx_row *row, bool *found,
		    sx_error *err)
{
	sqlite3_stmt *s;
	int rc;
	*found = false;
	memset(row, 0, sizeof *row);
	if (sqlite3_prepare_v2(sx_store_db(st),
			       "SELECT file, terms_key, vec_key, dim, count, checksum, corpus_docs,"
			       " kind, shared_hash FROM embed_index WHERE database_id = ?",
			       -1, &s, NULL) != SQLITE_OK)
		return sql_error(st, err, "reading the search index list");
	sqlite3_bind_int64(s, 1, database_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const char *f = (const char *)sqlite3_column_text(s, 0);
		const char *k = (const char *)sqlite3_column_text(s, 7);
		row->database_id = database_id;
		snprintf(row->file, sizeof row->file, "%s", f ? f : "");
		row->terms_key = (uint64_t)sqlite3_column_int64(s, 1);
		row->vec_key = (uint64_t)sqlite3_column_int64(s, 2);
		row->dim = sqlite3_column_int(s, 3);
		row->count = sqlite3_column_int64(s, 4);
		row->checksum = (uint64_t)sqlite3_column_int64(s, 5);
		row->corpus_docs = sqlite3_column_int64(s, 6);
		snprintf(row->kind, sizeof row->kind, "%s", k ? k : "");
		row->shared_hash = (uint64_t)sqlite3_column_int64(s, 8);
		*found = true;
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sql_error(st, err, "reading the search index list");
	return 0;
}

int sx__idx_row_put(sx_store *st, const sx__idx_row *row, sx_error *err)
{
	sqlite3_stmt *s;
	char now[32];
	int rc;
	sx_now_iso(now, sizeof now);
	if (sqlite3_prepare_v2(sx_store_db(st),
			       "INSERT OR REPLACE INTO embed_index(database_id, file, terms_key,"
			       " vec_key, dim, count, checksum, corpus_docs, kind, built_at,"
			       " shared_hash) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
			       -1, &s, NULL) != SQLITE_OK)
		return sql_error(st, err, "saving the search index list");
	sqlite3_bind_int64(s, 1, row->database_id);
	sqlite3_bind_text(s, 2, row->file, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)row->terms_key);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)row->vec_key);
	sqlite3_bind_int(s, 5, row->dim);
	sqlite3_bind_int64(s, 6, row->count);
	sqlite3_bind_int64(s, 7, (sqlite3_int64)row->checksum);
	sqlite3_bind_int64(s, 8, row->corpus_docs);
	sqlite3_bind_text(s, 9, row->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 10, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 11, (sqlite3_int64)row->shared_hash);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : sql_error(st, err, "saving the search index list");
}

int sx__docs_load(sx_store *st, int64_t database_id, sx__doc_row_fn fn, void *payload,
		  sx_error *err)
{
	sqlite3_stmt *s;
	int rc;
	if (sqlite3_prepare_v2(sx_store_db(st),
			       "SELECT table_id, vec_id, terms FROM embed_docs WHERE database_id = ?"
			       " ORDER BY vec_id",
			       -1, &s, NULL) != SQLITE_OK)
		return sql_error(st, err, "reading search documents");
	sqlite3_bind_int64(s, 1, database_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *terms = (const char *)sqlite3_column_text(s, 2);
		int r = fn(payload, sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1),
			   terms ? terms : "");
		if (r) {
			sqlite3_finalize(s);
			return r;
		}
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : sql_error(st, err, "reading search documents");
}

int sx__docs_begin_replace(sx_store *st, int64_t database_id, sx_error *err)
{
	sqlite3_stmt *s;
	int rc;
	if (sqlite3_prepare_v2(sx_store_db(st), "DELETE FROM embed_docs WHERE database_id = ?", -1,
			       &s, NULL) != SQLITE_OK)
		return sql_error(st, err, "replacing search documents");
	sqlite3_bind_int64(s, 1, database_id);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : sql_error(st, err, "replacing search documents");
}

int sx__docs_put(sx_store *st, int64_t database_id, int64_t table_id, int64_t vec_id,
		 const char *terms, sx_error *err)
{
	/* Prepared once per call: SQLite's statement cache is not exposed, and
	 * the cost is small next to analysing the table. */
	sqlite3_stmt *s;
	int rc;
	if (sqlite3_prepare_v2(sx_store_db(st),
			       "INSERT OR REPLACE INTO embed_docs(table_id, database_id, vec_id, terms)"
			       " VALUES(?,?,?,?)",
			       -1, &s, NULL) != SQLITE_OK)
		return sql_error(st, err, "saving search documents");
	sqlite3_bind_int64(s, 1, table_id);
	sqlite3_bind_int64(s, 2, database_id);
	sqlite3_bind_int64(s, 3, vec_id);
	sqlite3_bind_text(s, 4, terms, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : sql_error(st, err, "saving search documents");
}

/* ---------------------------------------------------------------- files */

static void put_u32(unsigned char *p, uint32_t v)
{
	int i;
	for (i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static void put_u64(unsigned char *p, uint64_t v)
{
	int i;
	for (i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t get_u32(const unsigned char *p)
{
	uint32_t v = 0;
	int i;
	for (i = 3; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

static uint64_t get_u64(const unsigned char *p)
{
	uint64_t v = 0;
	int i;
	for (i = 7; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

/* Header layout (little-endian): magic[8] version u32 dim u32 count u64
 * kind u32 reserved u32 payload_len u64 checksum u64. */
int sx__idx_file_write(const char *path, const sx_fidx *fx, uint64_t *checksum, size_t *bytes,
		       sx_error *err)
{
	unsigned char *payload = NULL, *file;
	size_t plen;
	int rc;
	if ((rc = sx_fidx_serialize(fx, &payload, &plen)))
		return sx_error_set(err, rc, "cannot save index '%s': %s", path, sx_fidx_last_error());
	if (!(file = malloc(HEADER_SIZE + plen))) {
		free(payload);
		return sx_error_set(err, SX_ENOMEM, "cannot save index '%s': out of memory", path);
	}
	memcpy(file, FILE_MAGIC, 8);
	put_u32(file + 8, FILE_VERSION);
	put_u32(file + 12, (uint32_t)sx_fidx_dim(fx));
	put_u64(file + 16, (uint64_t)sx_fidx_count(fx));
	put_u32(file + 24, sx_fidx_is_hnsw(fx) ? 1 : 0);
	put_u32(file + 28, 0);
	put_u64(file + 32, (uint64_t)plen);
	*checksum = sx_hash64(payload, plen);
	put_u64(file + 40, *checksum);
	memcpy(file + HEADER_SIZE, payload, plen);
	free(payload);
	rc = sx_file_write_atomic(path, file, HEADER_SIZE + plen, err);
	free(file);
	if (bytes)
		*bytes = HEADER_SIZE + plen;
	return rc;
}

int sx__idx_file_read(const char *path, int dim, int64_t count, uint64_t checksum,
		      sx_fidx **out, sx_error *err)
{
	unsigned char *file = NULL;
	char *text = NULL;
	size_t len;
	sx_fidx *fx = NULL;
	uint64_t plen;
	int rc;
	*out = NULL;
	if ((rc = sx_file_read(path, &text, &len, err)))
		return rc;
	file = (unsigned char *)text;
#define BAD(...)                                                                       \
	do {                                                                           \
		rc = sx_error_set(err, SX_ECORRUPT, __VA_ARGS__);                      \
		goto done;                                                             \
	} while (0)
	if (len < HEADER_SIZE || memcmp(file, FILE_MAGIC, 8) != 0)
		BAD("index '%s' is not a sextant index file", path);
	if (get_u32(file + 8) != FILE_VERSION)
		BAD("index '%s' has format version %u, expected %d", path, get_u32(file + 8),
		    FILE_VERSION);
	if ((int)get_u32(file + 12) != dim)
		BAD("index '%s' has %u dimensions, expected %d", path, get_u32(file + 12), dim);
	if (get_u64(file + 16) != (uint64_t)count)
		BAD("index '%s' holds %llu vectors, the workspace expects %lld", path,
		    (unsigned long long)get_u64(file + 16), (long long)count);
	plen = get_u64(file + 32);
	if (plen != len - HEADER_SIZE)
		BAD("index '%s' is truncated or padded (%zu bytes of payload, header says %llu)",
		    path, len - HEADER_SIZE, (unsigned long long)plen);
	if (get_u64(file + 40) != checksum || sx_hash64(file + HEADER_SIZE, plen) != checksum)
		BAD("index '%s' fails its checksum", path);
	if ((rc = sx_fidx_deserialize(&fx, file + HEADER_SIZE, plen)))
		BAD("index '%s' cannot be read: %s", path, sx_fidx_last_error());
	if (sx_fidx_dim(fx) != dim || (int64_t)sx_fidx_count(fx) != count)
		BAD("index '%s' does not match its header", path);
#undef BAD
	*out = fx;
	fx = NULL;
	rc = 0;
done:
	sx_fidx_free(fx);
	free(text);
	return rc;
}
