/*
 * faiss_c.cpp - the only C++ in Sextant: a small extern "C" face over FAISS.
 *
 * Debian's libfaiss.a ships the C API headers but not their objects, so
 * this file offers the handful of calls the search needs: a flat
 * inner-product or HNSW index, add, search, efSearch, (de)serialise to
 * memory, reconstruct, free. FAISS reports errors by throwing; every entry
 * point catches everything, stores the message in a thread-local buffer
 * (sx_fidx_last_error) and returns a negative SX_E* code, so no exception
 * ever crosses into C. The file format around the serialised bytes (header,
 * checksum) is written by index.c, not here.
 */
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>
#include <omp.h>

#include <sextant/core.h>

#include "embed_int.h"

struct sx_fidx {
	faiss::Index *index;
	bool hnsw;
};

typedef faiss::Index::idx_t idx_t;

static thread_local char last_err[256];

static int fail(int code, const char *what, const char *detail)
{
	/* FAISS messages span lines and name source files: keep the first line. */
	size_t n;
	snprintf(last_err, sizeof last_err, "%s: %s", what, detail ? detail : "unknown error");
	n = strcspn(last_err, "\n");
	last_err[n] = '\0';
	return code;
}

#define GUARD(ctx, ...)                                                        \
	try {                                                                  \
		__VA_ARGS__                                                    \
	} catch (const std::bad_alloc &) {                                     \
		return fail(SX_ENOMEM, ctx, "out of memory");                  \
	} catch (const std::exception &e) {                                    \
		return fail(SX_ERROR, ctx, e.what());                          \
	} catch (...) {                                                        \
		return fail(SX_ERROR, ctx, "unknown exception");               \
	}

extern "C" const char *sx_fidx_last_error(void)
{
	return last_err;
}

extern "C" int sx_fidx_new(sx_fidx **out, int dim, int hnsw_m, int ef_construction)
{
	*out = nullptr;
	if (dim <= 0)
		return fail(SX_EINVAL, "cannot create index", "dimension must be positive");
	GUARD("cannot create index", {
		sx_fidx *x = new sx_fidx;
		x->index = nullptr;
		x->hnsw = hnsw_m > 0;
		try {
			if (x->hnsw) {
				auto *h = new faiss::IndexHNSWFlat(dim, hnsw_m, faiss::METRIC_INNER_PRODUCT);
				h->hnsw.efConstruction = ef_construction > 0 ? ef_construction : 40;
				x->index = h;
			} else {
				x->index = new faiss::IndexFlatIP(dim);
			}
		} catch (...) {
			delete x;
			throw;
		}
		*out = x;
		return 0;
	})
}

extern "C" void sx_fidx_free(sx_fidx *x)
{
	if (!x)
		return;
	delete x->index;
	delete x;
}

extern "C" int sx_fidx_add(sx_fidx *x, size_t n, const float *v)
{
	GUARD("cannot add vectors", {
		x->index->add((idx_t)n, v);
		return 0;
	})
}

extern "C" int sx_fidx_search(const sx_fidx *x, size_t nq, const float *q, size_t k, float *scores,
			      int64_t *labels)
{
	/* One query gains nothing from an OpenMP team, and on a loaded
	 * machine the team's barrier waits for descheduled threads (measured:
	 * 10x slower queries while another process ran). */
	int threads = omp_get_max_threads();
	if (nq < 4)
		omp_set_num_threads(1);
	try {
		x->index->search((idx_t)nq, q, (idx_t)k, scores, (idx_t *)labels);
	} catch (const std::bad_alloc &) {
		omp_set_num_threads(threads);
		return fail(SX_ENOMEM, "cannot search index", "out of memory");
	} catch (const std::exception &e) {
		omp_set_num_threads(threads);
		return fail(SX_ERROR, "cannot search index", e.what());
	} catch (...) {
		omp_set_num_threads(threads);
		return fail(SX_ERROR, "cannot search index", "unknown exception");
	}
	omp_set_num_threads(threads);
	return 0;
}

extern "C" int sx_fidx_set_ef_search(sx_fidx *x, int ef)
{
	if (!x->hnsw)
		return 0;
	static_cast<faiss::IndexHNSW *>(x->index)->hnsw.efSearch = ef > 0 ? ef : 16;
	return 0;
}

extern "C" int sx_fidx_reconstruct(const sx_fidx *x, int64_t id, float *out)
{
	GUARD("cannot read vector", {
		x->index->reconstruct((idx_t)id, out);
		return 0;
	})
}

extern "C" size_t sx_fidx_count(const sx_fidx *x)
{
	return (size_t)x->index->ntotal;
}

extern "C" int sx_fidx_dim(const sx_fidx *x)
{
	return x->index->d;
}

extern "C" bool sx_fidx_is_hnsw(const sx_fidx *x)
{
	return x->hnsw;
}

extern "C" int sx_fidx_serialize(const sx_fidx *x, unsigned char **buf, size_t *len)
{
	*buf = nullptr;
	*len = 0;
	GUARD("cannot serialise index", {
		faiss::VectorIOWriter w;
		faiss::write_index(x->index, &w);
		unsigned char *p = (unsigned char *)malloc(w.data.size() ? w.data.size() : 1);
		if (!p)
			return fail(SX_ENOMEM, "cannot serialise index", "out of memory");
		memcpy(p, w.data.data(), w.data.size());
		*buf = p;
		*len = w.data.size();
		return 0;
	})
}

extern "C" int sx_fidx_deserialize(sx_fidx **out, const unsigned char *buf, size_t len)
{
	*out = nullptr;
	GUARD("cannot read index", {
		faiss::VectorIOReader r;
		r.data.assign(buf, buf + len);
		faiss::Index *idx = faiss::read_index(&r);
		sx_fidx *x = new (std::nothrow) sx_fidx;
		if (!x) {
			delete idx;
			return fail(SX_ENOMEM, "cannot read index", "out of memory");
		}
		x->index = idx;
		x->hnsw = dynamic_cast<faiss::IndexHNSW *>(idx) != nullptr;
		if (!x->hnsw && !dynamic_cast<faiss::IndexFlatIP *>(idx)) {
			sx_fidx_free(x);
			return fail(SX_ECORRUPT, "cannot read index", "unexpected index type");
		}
		if (idx->metric_type != faiss::METRIC_INNER_PRODUCT) {
			sx_fidx_free(x);
			return fail(SX_ECORRUPT, "cannot read index", "unexpected metric");
		}
		*out = x;
		return 0;
	})
}
