/*
 * mem.c - allocation wrappers, growable arrays and the arena.
 *
 * The wrappers exist for one reason: the allocation-failure tests. Setting
 * sx_alloc_fail_after(n) makes the n-th following allocation return NULL,
 * so parsers can be run once per allocation with each one failing in turn.
 *
 * The arena backs the catalog: a 100k-table catalog holds millions of small
 * strings, and freeing them one by one would dominate teardown.
 */
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/core.h>

static _Atomic long fail_after = -1;

static bool should_fail(void)
{
	long n = atomic_load(&fail_after);
	if (n < 0)
		return false;
	if (n == 0) {
		atomic_store(&fail_after, -1);
		return true;
	}
	atomic_store(&fail_after, n - 1);
	return false;
}

void sx_alloc_fail_after(long n)
{
	atomic_store(&fail_after, n);
}

void *sx_malloc(size_t n)
{
	return should_fail() ? NULL : malloc(n ? n : 1);
}

void *sx_calloc(size_t n, size_t size)
{
	return should_fail() ? NULL : calloc(n ? n : 1, size ? size : 1);
}

void *sx_realloc(void *p, size_t n)
{
	return should_fail() ? NULL : realloc(p, n ? n : 1);
}

char *sx_strndup(const char *s, size_t n)
{
	char *d;
	if (!s)
		return NULL;
	d = sx_malloc(n + 1);
	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

char *sx_strdup(const char *s)
{
	return s ? sx_strndup(s, strlen(s)) : NULL;
}

int sx_grow(void **data, size_t *cap, size_t need, size_t size)
{
	size_t ncap;
	void *p;

	if (need <= *cap)
		return 0;
	ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > ((size_t)-1) / 2 / size)
			return SX_ENOMEM;
		ncap *= 2;
	}
	p = sx_realloc(*data, ncap * size);
	if (!p)
		return SX_ENOMEM;
	*data = p;
	*cap = ncap;
	return 0;
}

/* ------------------------------------------------------------------ arena */

#define ARENA_BLOCK (64 * 1024)

struct block {
	struct block *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
};

struct sx_arena {
	struct block *head;
	size_t total;
};

sx_arena *sx_arena_new(void)
{
	return sx_calloc(1, sizeof(sx_arena));
}

void sx_arena_free(sx_arena *a)
{
	struct block *b, *next;
	if (!a)
		return;
	for (b = a->head; b; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}

void *sx_arena_alloc(sx_arena *a, size_t n)
{
	struct block *b = a->head;
	size_t need = (n + 15) & ~(size_t)15;
	void *p;

	if (need < n)
		return NULL;
	if (!b || b->size - b->used < need) {
		/* Big requests get a block of their own, linked behind the
		 * current one so the current block keeps serving small ones. */
		size_t size = need > ARENA_BLOCK / 4 ? need : ARENA_BLOCK;
		struct block *nb = sx_malloc(sizeof *nb + size);
		if (!nb)
			return NULL;
		nb->used = 0;
		nb->size = size;
		if (b && size != ARENA_BLOCK) {
			nb->next = b->next;
			b->next = nb;
		} else {
			nb->next = b;
			a->head = nb;
		}
		b = nb;
	}
	p = b->data + b->used;
	b->used += need;
	a->total += need;
	memset(p, 0, n);
	return p;
}

char *sx_arena_strndup(sx_arena *a, const char *s, size_t n)
{
	char *d;
	if (!s)
		return NULL;
	d = sx_arena_alloc(a, n + 1);
	if (d)
		memcpy(d, s, n);
	return d;
}

char *sx_arena_strdup(sx_arena *a, const char *s)
{
	return s ? sx_arena_strndup(a, s, strlen(s)) : NULL;
}

char *sx_arena_printf(sx_arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *d;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	d = sx_arena_alloc(a, (size_t)n + 1);
	if (!d)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(d, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return d;
}

size_t sx_arena_used(const sx_arena *a)
{
	return a ? a->total : 0;
}

void sx_arena_adopt(sx_arena *dst, sx_arena *src)
{
	struct block *b;
	if (!src->head) {
		free(src);
		return;
	}
	/* Put src's blocks behind dst's current head, keeping dst's head
	 * (the block with free space) in front. */
	for (b = src->head; b->next; b = b->next)
		;
	if (dst->head) {
		b->next = dst->head->next;
		dst->head->next = src->head;
	} else {
		dst->head = src->head;
	}
	dst->total += src->total;
	free(src);
}
