/*
 * remote.c - the remote embedder: any OpenAI-compatible /v1/embeddings
 * endpoint (OpenAI, Together, vLLM, Ollama, llama.cpp server).
 *
 * A small blocking libcurl client of its own: the LLM client module was not
 * in the tree when this was written (move to its embed call once it is).
 * Texts are sent in batches ([embed] batch); every vector is cached in the
 * workspace (embed_cache) under the FNV-1a hash of its text and the model
 * name, so re-indexing an unchanged table costs no request. Vectors are
 * L2-normalised here so inner product is cosine, as for local vectors.
 * The caller (search.c) falls back to the local embedder when this fails.
 * Runs on the caller's thread.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <sqlite3.h>

#include "embed_int.h"

#define MAX_RESPONSE (256u << 20)

struct sx_remote {
	char *url;      /* .../embeddings */
	char *model;
	char *key;      /* may be NULL (local servers) */
	long batch;
	long timeout_s;
};

static char *env_or(const char *name, const char *def)
{
	const char *v = getenv(name);
	return sx_strdup(v && *v ? v : def);
}

int sx__remote_new(sx_remote **out, const sx_config *cfg, sx_error *err)
{
	sx_remote *r;
	char *base;
	const char *key_env = sx_config_get(cfg, "embed", "api_key_env", NULL);
	const char *key_file = sx_config_get(cfg, "embed", "api_key_file", NULL);
	const char *k = NULL;
	size_t bl;
	*out = NULL;
	if (!(r = sx_calloc(1, sizeof *r)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	base = env_or("SEXTANT_EMBED_BASE_URL", sx_config_get(cfg, "embed", "base_url", ""));
	r->model = env_or("SEXTANT_EMBED_MODEL", sx_config_get(cfg, "embed", "model", ""));
	if (!base || !r->model) {
		free(base);
		sx__remote_free(r);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if (!*base || !*r->model) {
		free(base);
		sx__remote_free(r);
		return sx_error_set(err, SX_EINVAL,
				    "remote embeddings need [embed] base_url and model "
				    "(or SEXTANT_EMBED_BASE_URL and SEXTANT_EMBED_MODEL)");
	}
	bl = strlen(base);
	while (bl && base[bl - 1] == '/')
		base[--bl] = '\0';
	if ((r->url = sx_malloc(bl + 16)))
		snprintf(r->url, bl + 16, "%s/embeddings", base);
	free(base);
	if (key_env)
		k = getenv(key_env);
	if (!k || !*k)
		k = getenv("SEXTANT_API_KEY");
	if (!k || !*k)
		k = getenv("OPENAI_API_KEY");
	if (k && *k) {
		r->key = sx_strdup(k);
	} else if (key_file) {
		char *text = NULL;
		size_t len;
		if (sx_file_read(key_file, &text, &len, NULL) == 0) {
			while (len && (text[len - 1] == '\n' || text[len - 1] == '\r' ||
				       text[len - 1] == ' '))
				text[--len] = '\0';
			r->key = text;
		}
	}
	r->batch = sx_config_get_int(cfg, "embed", "batch", 64);
	if (r->batch < 1)
		r->batch = 1;
	r->timeout_s = sx_config_get_int(cfg, "embed", "timeout_s", 30);
	if (!r->url) {
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
	free(r->url);
	free(r->model);
	if (r->key) {
		memset(r->key, 0, strlen(r->key));
		free(r->key);
	}
	free(r);
}

const char *sx__remote_model(const sx_remote *r)
{
	return r->model;
}

static size_t on_body(char *p, size_t size, size_t n, void *payload)
{
	sx_buf *b = payload;
	if (b->len + size * n > MAX_RESPONSE || sx_buf_put(b, p, size * n))
		return 0;
	return size * n;
}

static void normalise(float *v, int dim)
{
	double s = 0;
	int i;
	for (i = 0; i < dim; i++)
		s += (double)v[i] * v[i];
	if (s > 0) {
		float inv = (float)(1.0 / sqrt(s));
		for (i = 0; i < dim; i++)
			v[i] *= inv;
	}
}

/* One request for texts[0..n): fills rows of out (allocating it when
 * *dim is still 0). */
static int request(sx_remote *r, const char *const *texts, const size_t *which, size_t n,
		   float **out, int *dim, size_t total, sx_error *err)
{
	CURL *h = curl_easy_init();
	struct curl_slist *hdr = NULL;
	sx_buf body = SX_BUF_INIT, auth = SX_BUF_INIT;
	cJSON *req = cJSON_CreateObject(), *in, *resp = NULL, *data, *item;
	char *payload = NULL;
	long status = 0;
	CURLcode cc;
	size_t i;
	int rc = 0;

	if (!h || !req) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	sx_json_add_str(req, "model", r->model);
	in = cJSON_AddArrayToObject(req, "input");
	for (i = 0; i < n; i++)
		cJSON_AddItemToArray(in, cJSON_CreateString(texts[which[i]]));
	if (!(payload = cJSON_PrintUnformatted(req))) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	hdr = curl_slist_append(hdr, "Content-Type: application/json");
	if (r->key) {
		sx_buf_printf(&auth, "Authorization: Bearer %s", r->key);
		hdr = curl_slist_append(hdr, sx_buf_cstr(&auth));
	}
	curl_easy_setopt(h, CURLOPT_URL, r->url);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdr);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, payload);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, r->timeout_s);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 10L);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	cc = curl_easy_perform(h);
	if (cc != CURLE_OK) {
		rc = sx_error_set(err, SX_EIO, "cannot reach '%s': %s", r->url, curl_easy_strerror(cc));
		goto done;
	}
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	if (status == 401 || status == 403) {
		rc = sx_error_set(err, SX_EAUTH, "'%s' refused the API key (HTTP %ld)", r->url, status);
		goto done;
	}
	if (status != 200) {
		rc = sx_error_set(err, SX_EIO, "'%s' answered HTTP %ld", r->url, status);
		goto done;
	}
	if (!(resp = cJSON_ParseWithLength(sx_buf_cstr(&body), body.len)) ||
	    !cJSON_IsArray(data = cJSON_GetObjectItem(resp, "data")) ||
	    (size_t)cJSON_GetArraySize(data) != n) {
		rc = sx_error_set(err, SX_EPARSE, "'%s' sent an embeddings answer of the wrong shape",
				  r->url);
		goto done;
	}
	i = 0;
	cJSON_ArrayForEach(item, data)
	{
		cJSON *emb = cJSON_GetObjectItem(item, "embedding"), *x;
		cJSON *idx = cJSON_GetObjectItem(item, "index");
		size_t row = cJSON_IsNumber(idx) ? (size_t)idx->valuedouble : i;
		int d = cJSON_GetArraySize(emb), e = 0;
		i++;
		if (!cJSON_IsArray(emb) || d <= 0 || row >= n || (*dim && d != *dim)) {
			rc = sx_error_set(err, SX_EPARSE, "'%s' sent an embedding of the wrong shape",
					  r->url);
			goto done;
		}
		if (!*dim) {
			*dim = d;
			if (!(*out = sx_calloc(total ? total : 1, (size_t)d * sizeof **out))) {
				rc = sx_error_set(err, SX_ENOMEM, "out of memory");
				goto done;
			}
		}
		cJSON_ArrayForEach(x, emb)(*out)[which[row] * (size_t)d + (size_t)e++] =
			(float)x->valuedouble;
		normalise(*out + which[row] * (size_t)d, d);
	}
done:
	cJSON_Delete(req);
	cJSON_Delete(resp);
	free(payload);
	sx_buf_release(&body);
	if (auth.ptr)
		memset(auth.ptr, 0, auth.len);
	sx_buf_release(&auth);
	curl_slist_free_all(hdr);
	if (h)
		curl_easy_cleanup(h);
	return rc;
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
	size_t nmiss = 0, i, off;
	int rc = 0;
	*out = NULL;
	*dim = 0;
	if (!miss)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	for (i = 0; i < n; i++)
		if (!cache_get(st, r, texts[i], out, dim, i, n))
			miss[nmiss++] = i;
	for (off = 0; off < nmiss && !rc; off += (size_t)r->batch) {
		size_t cnt = nmiss - off < (size_t)r->batch ? nmiss - off : (size_t)r->batch;
		rc = request(r, texts, miss + off, cnt, out, dim, n, err);
	}
	if (!rc && st && nmiss) {
		sx_error e;
		bool tx = sx_store_begin(st, &e) == 0;
		for (i = 0; i < nmiss; i++)
			cache_put(st, r, texts[miss[i]], *out + miss[i] * (size_t)*dim, *dim);
		if (tx && sx_store_commit(st, &e))
			sx_store_rollback(st);
	}
	if (!rc && !*out)
		rc = sx_error_set(err, SX_EEMPTY, "nothing to embed");
	if (rc) {
		free(*out);
		*out = NULL;
		*dim = 0;
	}
	free(miss);
	return rc;
}
