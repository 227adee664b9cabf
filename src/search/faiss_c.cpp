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
 *
 * Distances: Debian builds FAISS for baseline x86-64, where every inner
 * product runs FAISS's scalar reference loop (perf: 89% of an HNSW build).
 * The storage of our indexes is therefore FastFlatIP, an IndexFlatIP whose
 * distance computer and exhaustive search use our own inner product, picked
 * at run time: AVX2+FMA, SSE2, or plain C elsewhere. The files stay
 * standard FAISS files: the storage is written as an IndexFlatIP and turned
 * back into a FastFlatIP when read.
 */
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>

#include <algorithm>
#include <vector>

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>
#include <omp.h>

#include <sextant/core.h>

#include "search_int.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

struct sx_fidx {
	faiss::Index *index;
	bool hnsw;
};

typedef faiss::Index::idx_t idx_t;

/* ------------------------------------------------------------ inner product */

static float ip_plain(const float *a, const float *b, size_t d)
{
	float s = 0;
	for (size_t i = 0; i < d; i++)
		s += a[i] * b[i];
	return s;
}

#if defined(__x86_64__)
/* SSE2 is part of x86-64 itself: always available there. */
static float ip_sse2(const float *a, const float *b, size_t d)
{
	__m128 s0 = _mm_setzero_ps(), s1 = _mm_setzero_ps();
	size_t i = 0;
	for (; i + 8 <= d; i += 8) {
		s0 = _mm_add_ps(s0, _mm_mul_ps(_mm_loadu_ps(a + i), _mm_loadu_ps(b + i)));
		s1 = _mm_add_ps(s1, _mm_mul_ps(_mm_loadu_ps(a + i + 4), _mm_loadu_ps(b + i + 4)));
	}
	s0 = _mm_add_ps(s0, s1);
	float t[4];
	_mm_storeu_ps(t, s0);
	float s = (t[0] + t[1]) + (t[2] + t[3]);
	for (; i < d; i++)
		s += a[i] * b[i];
	return s;
}

__attribute__((target("avx2,fma"))) static float ip_avx2(const float *a, const float *b, size_t d)
{
	__m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
	size_t i = 0;
	for (; i + 16 <= d; i += 16) {
		s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
		s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
	}
	for (; i + 8 <= d; i += 8)
		s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
	s0 = _mm256_add_ps(s0, s1);
	__m128 h = _mm_add_ps(_mm256_castps256_ps128(s0), _mm256_extractf128_ps(s0, 1));
	float t[4];
	_mm_storeu_ps(t, h);
	float s = (t[0] + t[1]) + (t[2] + t[3]);
	for (; i < d; i++)
		s += a[i] * b[i];
	return s;
}
#endif

typedef float (*ip_fn)(const float *, const float *, size_t);

static ip_fn pick_ip(void)
{
#if defined(__x86_64__)
	__builtin_cpu_init();
	if (!getenv("SEXTANT_NO_AVX2") && __builtin_cpu_supports("avx2") &&
	    __builtin_cpu_supports("fma"))
		return ip_avx2;
	return ip_sse2;
#else
	return ip_plain;
#endif
}

static const ip_fn fast_ip = pick_ip();

namespace {

/* Distances for HNSW (through FAISS's NegativeDistanceComputer for IP). */
struct FastIPDis : faiss::FlatCodesDistanceComputer {
	size_t d;
	const float *xb;
	const float *q = nullptr;
	explicit FastIPDis(const faiss::IndexFlat &s)
		: faiss::FlatCodesDistanceComputer(s.codes.data(), s.code_size), d((size_t)s.d),
		  xb(s.get_xb())
	{
	}
	void set_query(const float *x) override
	{
		q = x;
	}
	float distance_to_code(const uint8_t *code) override
	{
		return fast_ip(q, (const float *)code, d);
	}
	float symmetric_dis(idx_t i, idx_t j) override
	{
		return fast_ip(xb + (size_t)i * d, xb + (size_t)j * d, d);
	}
};

struct FastFlatIP : faiss::IndexFlatIP {
	explicit FastFlatIP(idx_t d) : faiss::IndexFlatIP(d)
	{
	}

	faiss::FlatCodesDistanceComputer *get_FlatCodesDistanceComputer() const override
	{
		return new FastIPDis(*this);
	}

	/* Exhaustive top-k by inner product, one query at a time: a min-heap
	 * of the k best so far. */
	void search(idx_t n, const float *x, idx_t k, float *distances, idx_t *labels,
		    const faiss::SearchParameters *params = nullptr) const override
	{
		(void)params;
		const float *xb = get_xb();
		std::vector<std::pair<float, idx_t>> heap;
		auto cmp = [](const std::pair<float, idx_t> &a, const std::pair<float, idx_t> &b) {
			return a.first > b.first || (a.first == b.first && a.second < b.second);
		};
		for (idx_t qi = 0; qi < n; qi++) {
			const float *q = x + (size_t)qi * (size_t)d;
			heap.clear();
			for (idx_t i = 0; i < ntotal; i++) {
				float s = fast_ip(q, xb + (size_t)i * (size_t)d, (size_t)d);
				if ((idx_t)heap.size() < k) {
					heap.emplace_back(s, i);
					std::push_heap(heap.begin(), heap.end(), cmp);
				} else if (k > 0 && s > heap.front().first) {
					std::pop_heap(heap.begin(), heap.end(), cmp);
					heap.back() = {s, i};
					std::push_heap(heap.begin(), heap.end(), cmp);
				}
			}
			std::sort_heap(heap.begin(), heap.end(), cmp);
			for (idx_t j = 0; j < k; j++) {
				bool have = j < (idx_t)heap.size();
				distances[(size_t)qi * (size_t)k + (size_t)j] = have ? heap[(size_t)j].first : -1e30f;
				labels[(size_t)qi * (size_t)k + (size_t)j] = have ? heap[(size_t)j].second : -1;
			}
		}
	}
};

/* Replaces a plain flat IP storage by a FastFlatIP holding the same codes. */
faiss::Index *speed_up(faiss::Index *flat)
{
	auto *f = dynamic_cast<faiss::IndexFlat *>(flat);
	if (!f || f->metric_type != faiss::METRIC_INNER_PRODUCT || dynamic_cast<FastFlatIP *>(flat))
		return flat;
	auto *fast = new FastFlatIP(f->d);
	fast->codes.swap(f->codes);
	fast->ntotal = f->ntotal;
	delete f;
	return fast;
}

} // namespace

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
				h->storage = speed_up(h->storage);
				x->index = h;
			} else {
				x->index = new FastFlatIP(dim);
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
		x->hnsw = dynamic_cast<faiss::IndexHNSW *>(idx) != nullptr;
		if (x->hnsw) {
			auto *h = static_cast<faiss::IndexHNSW *>(idx);
			h->storage = speed_up(h->storage);
		} else {
			idx = speed_up(idx);
		}
		x->index = idx;
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
