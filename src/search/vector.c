/*
 * vector.c - the local embedder: weighted terms -> a hashed dense vector.
 *
 * Each term adds weight x IDF at a hashed position with a hashed sign
 * (signed feature hashing keeps collisions unbiased); its character
 * trigrams ("^cust", "cus", ... "er$") add a smaller share, so a typo still
 * lands near the word it meant. The result is L2-normalised, so the inner
 * product of two vectors is their cosine. Pure function, any thread.
 */
#include <math.h>
#include <string.h>

#include "search_int.h"

#define MAX_CHARS 64

static void add_feature(float *out, int dim, const char *s, size_t n, uint64_t seed, float w)
{
	uint64_t h = sx_hash64(s, n) ^ seed;
	/* A final mix so that the seed changes every bit of the position. */
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	out[h % (uint64_t)dim] += (h >> 63) ? -w : w;
}

static void add_trigrams(float *out, int dim, const char *term, float w)
{
	size_t off[MAX_CHARS + 3];
	char buf[4 * MAX_CHARS + 4];
	size_t nch = 0, len = strlen(term), i, blen;
	if (len > 4 * MAX_CHARS)
		return;
	/* "^term$" with code point offsets, so Cyrillic grams are whole letters. */
	buf[0] = '^';
	memcpy(buf + 1, term, len);
	buf[len + 1] = '$';
	blen = len + 2;
	for (i = 0; i < blen && nch < MAX_CHARS + 2; i++)
		if (((unsigned char)buf[i] & 0xC0) != 0x80)
			off[nch++] = i;
	off[nch] = blen;
	if (nch < 5) /* terms of fewer than 3 letters: the term itself is enough */
		return;
	w /= sqrtf((float)(nch - 2));
	for (i = 0; i + 3 <= nch; i++)
		add_feature(out, dim, buf + off[i], off[i + 3] - off[i], 0x9e3779b97f4a7c15ULL, w);
}

void sx__local_vector(const sx_local_params *p, const sx_term *terms, size_t n, sx_idf_fn idf,
		      void *payload, float *out)
{
	double norm = 0;
	size_t i;
	int d;
	memset(out, 0, (size_t)p->dim * sizeof *out);
	for (i = 0; i < n; i++) {
		float w = terms[i].weight * (idf ? idf(payload, terms[i].term) : 1.0f);
		if (w <= 0)
			continue;
		add_feature(out, p->dim, terms[i].term, strlen(terms[i].term), 0, w);
		if (p->ngram_weight > 0)
			add_trigrams(out, p->dim, terms[i].term, w * p->ngram_weight);
	}
	for (d = 0; d < p->dim; d++)
		norm += (double)out[d] * out[d];
	if (norm > 0) {
		float inv = (float)(1.0 / sqrt(norm));
		for (d = 0; d < p->dim; d++)
			out[d] *= inv;
	}
}
