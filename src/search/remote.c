/*
 * remote.c - the remote embedder: any OpenAI-compatible /v1/embeddings
 * endpoint (OpenAI, Together, vLLM, Ollama, llama.cpp server), through the
 * LLM client (sx_llm_embed), so endpoint, key, retries and batching are
 * configured once, in [llm] (base_url, embed_model, embed_batch, the key
 * from the environment or api_key_command).
 *
 * Every vector is cached in the workspace (embed_cache) under the FNV-1a
 * hash of its text and the model name, so re-indexing an unchanged table
 * costs no request. Vectors are L2-normalised here so inner product is
 * cosine, as for local vectors. The caller (search.c) falls back to the
 * local embedder when this fails. Runs on the caller's thread (the LLM
 * client's own worker does the I/O while we wait).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include <sextant/llm.h>

#include "search_int.h"

struct sx_remote {
	sx_llm *llm;
	char *model;    /* the embedding model's name, for the cache key */
};

int sx__remote_new(sx_remote **out, const sx_config *cfg, sx_error *err)
{
	sx_llm_opts o = {0};
	sx_remote *r;
	const char *m;
	int rc;
	*out = NULL;
	if (!(r = sx_calloc(1, sizeof *r)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	o.config = cfg;
	if ((rc = sx_llm_new(&r->llm, &o, err))) {
		free(r);
		return rc;
	}
	if (strcmp(sx_llm_provider(r->llm), "builtin") == 0) {
		sx__remote_free(r);
		return sx_error_set(err, SX_EUNSUPPORTED,
				    "remote embeddings need an OpenAI-compatible endpoint: set [llm] "
				    "base_url (or SEXTANT_LLM_BASE_URL)");
	}
	m = sx_config_get(cfg, "llm", "embed_model", "");
	if (!*m)
		m = sx_llm_model(r->llm);
	if (!*m) {
		sx__remote_free(r);
		return sx_error_set(err, SX_EINVAL,
				    "remote embeddings need a model: set [llm] embed_model");
	}
	if (!(r->model = sx_strdup(m))) {
		sx__remote_free(r);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	*out = r;
	return 0;
}

void sx__remote_free(sx_remote *r)
{
	if (!r)
		return;
	sx_llm_free(r->llm);
	free(r->model);
	free(r);
}

const char *sx__remote_model(const sx_remote *r)
{
	return r->model;
}

static void normalise(float *v, size_t dim)
{
	double s = 0;
	size_t i;
	for (i = 0; i < dim; i++)
		s += (double)v[i] * v[i];
	if (s > 0) {
		float inv = (float)(1.0 / sqrt(s));
		for (i = 0; i < dim; i++)
			v[i] *= inv;
	}
}

static bool cache_get(sx_store *st, const sx_remote *r, const char *text, float **out, int *dim,
		      size_t row, size_t total)
{
	sqlite3_stmt *s;
	bool hit = false;
	if (!st || sqlite3_prepare_v2(sx_store_db(st),
				      "SELECT dim, vec FROM embed_cache WHERE hash = ? AND model = ?",
				      -1, &s, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)sx_hash64(text, strlen(text)));
	sqlite3_bind_text(s, 2, r->model, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW) {
		int d = sqlite3_column_int(s, 0);
		int bytes = sqlite3_column_bytes(s, 1);
		const void *blob = sqlite3_column_blob(s, 1);
		if (d > 0 && bytes == d * (int)sizeof(float) && (!*dim || d == *dim)) {
			if (!*dim) {
				*dim = d;
				*out = sx_calloc(total ? total : 1, (size_t)d * sizeof **out);
			}
			if (*out) {
				memcpy(*out + row * (size_t)d, blob, (size_t)bytes);
				hit = true;
			}
		}
	}
	sqlite3_finalize(s);
	return hit;
}

static void cache_put(sx_store *st, const sx_remote *r, const char *text, const float *v, int dim)
{
	sqlite3_stmt *s;
	if (!st || sqlite3_prepare_v2(sx_store_db(st),
				      "INSERT OR REPLACE INTO embed_cache(hash, model, dim, vec)"
				      " VALUES(?,?,?,?)",
				      -1, &s, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)sx_hash64(text, strlen(text)));
	sqlite3_bind_text(s, 2, r->model, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 3, dim);
	sqlite3_bind_blob(s, 4, v, dim * (int)sizeof *v, SQLITE_STATIC);
	sqlite3_step(s); /* a cache write that fails only costs a request later */
	sqlite3_finalize(s);
}

int sx__remote_embed(sx_remote *r, sx_store *st, const char *const *texts, size_t n,
		     float **out, int *dim, sx_error *err)
{
	size_t *miss = sx_calloc(n ? n : 1, sizeof *miss);
	const char **mt = sx_calloc(n ? n : 1, sizeof *mt);
	size_t nmiss = 0, i, d = 0;
	float *got = NULL;
	int rc = 0;
	*out = NULL;
	*dim = 0;
	if (!miss || !mt) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	for (i = 0; i < n; i++)
		if (!cache_get(st, r, texts[i], out, dim, i, n)) {
			mt[nmiss] = texts[i];
			miss[nmiss++] = i;
		}
	if (nmiss) {
		if ((rc = sx_llm_embed(r->llm, mt, nmiss, r->model, &got, &d, err)))
			goto done;
		if (d == 0 || d > 65536 || (*dim && (size_t)*dim != d)) {
			rc = sx_error_set(err, SX_EPARSE,
					  "the embedding model '%s' returned %zu dimensions", r->model, d);
			goto done;
		}
		if (!*out && !(*out = sx_calloc(n, d * sizeof **out))) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto done;
		}
		*dim = (int)d;
		for (i = 0; i < nmiss; i++) {
			normalise(got + i * d, d);
			memcpy(*out + miss[i] * d, got + i * d, d * sizeof *got);
		}
		if (st) {
			sx_error e;
			/* a savepoint inside an analysis' transaction */
			bool nested = sx_store_in_transaction(st);
			bool tx = sx_store_tx_begin(st, "sx_embed_cache", &e) == 0;
			for (i = 0; i < nmiss; i++)
				cache_put(st, r, mt[i], got + i * d, (int)d);
			if (tx && sx_store_tx_commit(st, "sx_embed_cache", nested, &e))
				sx_store_tx_rollback(st, "sx_embed_cache", nested);
		}
	}
	if (!*out)
		rc = sx_error_set(err, SX_EEMPTY, "nothing to embed");
done:
	if (rc) {
		free(*out);
		*out = NULL;
		*dim = 0;
	}
	free(got);
	free(miss);
	free(mt);
	return rc;
}
