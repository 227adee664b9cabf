/*
 * hmap.c - string-keyed hash map with open addressing and linear probing.
 *
 * Used for name lookups over large catalogs (100k tables): load factor is
 * kept under 1/2, keys are borrowed, hashes are cached per slot so probing
 * compares integers before strings.
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/core.h>

struct slot {
	const char *key;
	size_t len;
	uint64_t hash;
	void *val;
};

struct sx_hmap {
	struct slot *slots;
	size_t cap, count; /* cap is a power of two */
};

sx_hmap *sx_hmap_new(size_t hint)
{
	sx_hmap *m = sx_calloc(1, sizeof *m);
	size_t cap = 16;
	if (!m)
		return NULL;
	while (cap < hint * 2)
		cap *= 2;
	m->slots = sx_calloc(cap, sizeof *m->slots);
	if (!m->slots) {
		free(m);
		return NULL;
	}
	m->cap = cap;
	return m;
}

void sx_hmap_free(sx_hmap *m)
{
	if (!m)
		return;
	free(m->slots);
	free(m);
}

static struct slot *find(const sx_hmap *m, const char *key, size_t len, uint64_t h)
{
	size_t i = (size_t)h & (m->cap - 1);
	for (;;) {
		struct slot *s = &m->slots[i];
		if (!s->key || (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0))
			return s;
		i = (i + 1) & (m->cap - 1);
	}
}

static int rehash(sx_hmap *m)
{
	size_t ncap = m->cap * 2, i;
	struct slot *old = m->slots, *ns = sx_calloc(ncap, sizeof *ns);
	size_t ocap = m->cap;
	if (!ns)
		return SX_ENOMEM;
	m->slots = ns;
	m->cap = ncap;
	for (i = 0; i < ocap; i++)
		if (old[i].key)
			*find(m, old[i].key, old[i].len, old[i].hash) = old[i];
	free(old);
	return 0;
}

int sx_hmap_put(sx_hmap *m, const char *key, void *val)
{
	size_t len = strlen(key);
	uint64_t h = sx_hash64(key, len);
	struct slot *s;

	if ((m->count + 1) * 2 > m->cap && rehash(m))
		return SX_ENOMEM;
	s = find(m, key, len, h);
	if (!s->key) {
		s->key = key;
		s->len = len;
		s->hash = h;
		m->count++;
	}
	s->val = val;
	return 0;
}

void *sx_hmap_getn(const sx_hmap *m, const char *key, size_t len)
{
	struct slot *s;
	if (!m)
		return NULL;
	s = find(m, key, len, sx_hash64(key, len));
	return s->key ? s->val : NULL;
}

void *sx_hmap_get(const sx_hmap *m, const char *key)
{
	return sx_hmap_getn(m, key, strlen(key));
}

size_t sx_hmap_count(const sx_hmap *m)
{
	return m ? m->count : 0;
}

bool sx_hmap_next(const sx_hmap *m, size_t *iter, const char **key, void **val)
{
	while (*iter < m->cap) {
		struct slot *s = &m->slots[(*iter)++];
		if (s->key) {
			*key = s->key;
			*val = s->val;
			return true;
		}
	}
	return false;
}
