/*
 * bidict.c - Russian words -> the English words they translate, from the
 * English-Russian dictionary Debian ships (mueller7-dict: V. K. Müller's
 * dictionary, 46,000 headwords, /usr/share/dictd/mueller7.dict.dz) read
 * backwards.
 *
 * The hand lexicon (ru_en.tsv) knows the data-domain words of the sets we
 * tuned on; MyThes gives Russian synonyms, which help only when one of them
 * is in the lexicon. A question in Russian with any other word ("округ",
 * "кафедра", "фрахт", "скидка") needs a real bilingual dictionary.
 *
 * An entry is a headword at the start of a line and an indented body:
 * transcription, parts of speech (_n. _v. _a.), numbered senses ("1)"),
 * translations separated by "," and ";", usage labels (_перен., _ист.),
 * notes in parentheses and, after the translations of a sense, English
 * examples with their Russian renderings. Only the translations are read:
 * in each sense of a noun, verb or adjective, the one-word Russian items
 * before the first Latin letter (which starts an example). Each gets its
 * Snowball stem (the analyser's) as key and a rank (sense, then position),
 * so a lookup by the stem of an inflected query word ("округам") lists the
 * English headwords best first: county, district, ...
 *
 * The file is read once, when the first Russian word needs it (about
 * 9 MB of text; docs/search.md gives the measured cost); a missing file
 * turns this off.
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "search_int.h"

#define BIDICT_DEFAULT "/usr/share/dictd/mueller7.dict.dz"
#define MAX_WORD 96
#define MAX_SENSE 15 /* later senses are rare meanings */

typedef struct bd_ent {
	const char *stem, *en; /* into the pool, once it is read whole */
	size_t stem_off, en_off;
	unsigned rank; /* sense * 16 + position in the sense */
} bd_ent;

struct sx__bidict {
	char *pool;
	size_t npool, cpool;
	bd_ent *v;
	size_t n, cap;
	size_t heads; /* headwords read */
};

/* The whole file, gunzipped (dictzip is gzip with an index of chunks). */
static char *read_gz(const char *path, size_t *len)
{
	gzFile f = gzopen(path, "rb");
	char *buf = NULL, *nb;
	size_t n = 0, cap = 0;
	int got;
	if (!f)
		return NULL;
	for (;;) {
		if (cap - n < 65536) {
			cap = cap ? cap * 2 : 1 << 22;
			if (!(nb = realloc(buf, cap + 1))) {
				free(buf);
				gzclose(f);
				return NULL;
			}
			buf = nb;
		}
		got = gzread(f, buf + n, (unsigned)(cap - n));
		if (got <= 0)
			break;
		n += (size_t)got;
	}
	if (got < 0 || !buf) {
		free(buf);
		gzclose(f);
		return NULL;
	}
	gzclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

static long pool_add(sx__bidict *d, const char *s, size_t n)
{
	size_t at = d->npool;
	if (d->npool + n + 1 > d->cpool) {
		size_t c = d->cpool ? d->cpool * 2 : 1 << 20;
		char *np;
		while (c < d->npool + n + 1)
			c *= 2;
		if (!(np = realloc(d->pool, c)))
			return -1;
		d->pool = np;
		d->cpool = c;
	}
	memcpy(d->pool + at, s, n);
	d->pool[at + n] = '\0';
	d->npool += n + 1;
	return (long)at;
}

static bool is_cyr(const unsigned char *p)
{
	return p[0] == 0xD0 || p[0] == 0xD1;
}

/* A Russian item of a sense as its lowercase key word: one word of
 * Cyrillic letters (and inner hyphens), "ё" folded to "е"; false for
 * anything else (phrases, abbreviations with dots, empty). */
static bool ru_word(const char *s, size_t n, char *out, size_t on)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0;
	while (n && (u[0] == ' ' || u[0] == '\n' || u[0] == '\t' || u[0] == '-')) {
		u++;
		n--;
	}
	while (n && (u[n - 1] == ' ' || u[n - 1] == '\n' || u[n - 1] == '\t' || u[n - 1] == '-' ||
		     u[n - 1] == '!' || u[n - 1] == '?'))
		n--;
	if (n < 4) /* two letters or fewer */
		return false;
	while (i < n) {
		if (u[i] == '-') {
			if (o + 1 >= on)
				return false;
			out[o++] = '-';
			i++;
			continue;
		}
		if (i + 1 >= n || !is_cyr(u + i) || o + 2 >= on)
			return false;
		if (u[i] == 0xD1 && u[i + 1] == 0x91) { /* ё -> е */
			out[o++] = (char)0xD0;
			out[o++] = (char)0xB5;
		} else if (u[i] == 0xD0 && u[i + 1] == 0x81) { /* Ё -> е */
			out[o++] = (char)0xD0;
			out[o++] = (char)0xB5;
		} else if (u[i] == 0xD0 && u[i + 1] >= 0x90 && u[i + 1] <= 0x9F) { /* А-П */
			out[o++] = (char)0xD0;
			out[o++] = (char)(u[i + 1] + 0x20);
		} else if (u[i] == 0xD0 && u[i + 1] >= 0xA0 && u[i + 1] <= 0xAF) { /* Р-Я */
			out[o++] = (char)0xD1;
			out[o++] = (char)(u[i + 1] - 0x20);
		} else {
			out[o++] = (char)u[i];
			out[o++] = (char)u[i + 1];
		}
		i += 2;
	}
	out[o] = '\0';
	return o >= 4;
}

typedef struct body_run {
	sx__bidict *d;
	sx_analyzer *an;
	long head; /* pool offset of the headword */
	int pos;   /* 1 noun, verb or adjective; 0 another part of speech; -1 none yet */
	int sense;
	int item;
	bool done; /* an example began: the rest of the sense is not read */
} body_run;

static int add_item(body_run *r, const char *s, size_t n)
{
	char w[MAX_WORD], stem[MAX_WORD];
	long so;
	bd_ent *nv;
	int item = r->item++;
	if (r->pos != 1 || r->done || r->sense > MAX_SENSE || !ru_word(s, n, w, sizeof w))
		return 0;
	if (sx__stem_ru(r->an, w, strlen(w), stem, sizeof stem))
		return SX_ENOMEM;
	if ((so = pool_add(r->d, stem, strlen(stem))) < 0)
		return SX_ENOMEM;
	if (r->d->n == r->d->cap) {
		size_t c = r->d->cap ? r->d->cap * 2 : 65536;
		if (!(nv = realloc(r->d->v, c * sizeof *nv)))
			return SX_ENOMEM;
		r->d->v = nv;
		r->d->cap = c;
	}
	r->d->v[r->d->n++] = (bd_ent){NULL, NULL, (size_t)so, (size_t)r->head,
				      (unsigned)((r->sense < 1 ? 1 : r->sense) * 16 + (item < 15 ? item : 15))};
	return 0;
}

/* One entry's body [b, e): its senses' translations. */
static int read_body(body_run *r, const char *b, const char *e)
{
	const char *p = b, *item = NULL;
	int depth = 0, rc;
	r->pos = -1;
	r->sense = 0;
	r->item = 0;
	r->done = false;
#define FLUSH()                                                                                    \
	do {                                                                                       \
		if (item && (rc = add_item(r, item, (size_t)(p - item))))                          \
			return rc;                                                                 \
		item = NULL;                                                                       \
	} while (0)
	while (p < e) {
		unsigned char c = (unsigned char)*p;
		if (c == '[' || c == '(' || c == '{') {
			FLUSH();
			depth++;
			p++;
			continue;
		}
		if (c == ']' || c == ')' || c == '}') {
			if (depth > 0) {
				depth--;
				p++;
				continue;
			}
			/* "1)" outside brackets: a sense number */
		}
		if (depth > 0) {
			p++;
			continue;
		}
		if (c >= '0' && c <= '9') {
			const char *q = p;
			int num = 0;
			while (q < e && *q >= '0' && *q <= '9')
				num = num * 10 + (*q++ - '0');
			if (q < e && *q == ')') { /* a sense */
				FLUSH();
				r->sense = num;
				r->item = 0;
				r->done = false;
				p = q + 1;
				continue;
			}
			if (q < e && *q == '.') { /* "1. _n.": a part-of-speech block */
				FLUSH();
				p = q + 1;
				continue;
			}
			FLUSH();
			r->done = true;
			p = q;
			continue;
		}
		if (c == '_') { /* a label: _n. _v. _a. _attr. _перен. _I */
			const char *q = p + 1;
			size_t ll;
			FLUSH();
			while (q < e && *q != '.' && *q != ' ' && *q != ',' && *q != ';')
				q++;
			ll = (size_t)(q - p - 1);
			if (ll && (unsigned char)p[1] < 0x80 && p[1] >= 'a' && p[1] <= 'z') {
				bool pos = (ll == 1 && (p[1] == 'n' || p[1] == 'v' || p[1] == 'a')) ||
					   (ll == 2 && memcmp(p + 1, "pl", 2) == 0);
				r->pos = pos ? 1 : 0;
				if (pos) {
					r->sense = 0;
					r->item = 0;
				}
				r->done = false;
			} else if (ll && p[1] >= 'A' && p[1] <= 'Z') { /* _I, _II: a homonym */
				r->pos = -1;
			}
			p = q < e && *q == '.' ? q + 1 : q;
			continue;
		}
		if (c == ',' || c == ';') {
			FLUSH();
			p++;
			continue;
		}
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			/* English: an example (or "см. x"); its Russian is not a translation */
			item = NULL;
			r->done = true;
			p++;
			continue;
		}
		if (c == '.' && item) { /* "т. п.", "см.": an abbreviation, not a word */
			item = NULL;
			p++;
			continue;
		}
		if (!item && c != ' ' && c != '\n' && c != '\t')
			item = p;
		p++;
	}
	FLUSH();
#undef FLUSH
	return 0;
}

static int cmp_ent(const void *a, const void *b)
{
	const bd_ent *x = a, *y = b;
	int c = strcmp(x->stem, y->stem);
	if (c)
		return c;
	return x->rank < y->rank ? -1 : x->rank > y->rank;
}

static bool plain_head(const char *s, size_t n)
{
	size_t i;
	if (n < 3 || n >= MAX_WORD)
		return false;
	for (i = 0; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return false;
	return true;
}

const char *sx__bidict_path(void)
{
	const char *path = getenv("SEXTANT_RU_EN_DICT");
	return path && *path ? path : BIDICT_DEFAULT;
}

int sx__bidict_open(sx__bidict **out, sx_analyzer *an)
{
	const char *path = sx__bidict_path();
	char *text;
	size_t len, i, w;
	const char *p, *end;
	sx__bidict *d;
	int rc = 0;
	*out = NULL;
	if (!(text = read_gz(path, &len)))
		return SX_ENOTFOUND;
	if (!(d = sx_calloc(1, sizeof *d))) {
		free(text);
		return SX_ENOMEM;
	}
	p = text;
	end = text + len;
	while (p < end && rc == 0) {
		const char *le = memchr(p, '\n', (size_t)(end - p)), *b, *be;
		body_run r = {d, an, -1, -1, 0, 0, false};
		if (!le)
			le = end;
		if (*p == ' ' || *p == '\t' || p == le || !plain_head(p, (size_t)(le - p))) {
			p = le + 1;
			continue;
		}
		if ((r.head = pool_add(d, p, (size_t)(le - p))) < 0) {
			rc = SX_ENOMEM;
			break;
		}
		/* the body: the indented lines that follow, read as one text */
		b = le + 1;
		be = b;
		while (be < end && (*be == ' ' || *be == '\t')) {
			const char *n = memchr(be, '\n', (size_t)(end - be));
			be = n ? n + 1 : end;
		}
		if (be > b) {
			d->heads++;
			rc = read_body(&r, b, be);
		}
		p = be > b ? be : le + 1;
	}
	free(text);
	if (rc) {
		sx__bidict_free(d);
		return rc;
	}
	for (i = 0; i < d->n; i++) {
		d->v[i].stem = d->pool + d->v[i].stem_off;
		d->v[i].en = d->pool + d->v[i].en_off;
	}
	qsort(d->v, d->n, sizeof *d->v, cmp_ent);
	/* one line per (stem, English word): the best rank */
	for (i = 0, w = 0; i < d->n; i++) {
		size_t k;
		bool dup = false;
		for (k = w; k > 0 && strcmp(d->v[k - 1].stem, d->v[i].stem) == 0;
		     k--)
			if (d->v[k - 1].en_off == d->v[i].en_off) {
				dup = true;
				break;
			}
		if (!dup)
			d->v[w++] = d->v[i];
	}
	d->n = w;
	*out = d;
	return 0;
}

void sx__bidict_free(sx__bidict *d)
{
	if (!d)
		return;
	free(d->pool);
	free(d->v);
	free(d);
}

size_t sx__bidict_size(const sx__bidict *d, size_t *heads)
{
	if (heads)
		*heads = d ? d->heads : 0;
	return d ? d->n : 0;
}

int sx__bidict_lookup(const sx__bidict *d, sx_analyzer *an, const char *word, size_t len,
		      sx__bidict_fn fn, void *payload)
{
	char w[MAX_WORD], stem[MAX_WORD];
	size_t lo = 0, hi, i;
	int rc;
	if (!d || !d->n || !ru_word(word, len, w, sizeof w))
		return 0;
	if ((rc = sx__stem_ru(an, w, strlen(w), stem, sizeof stem)))
		return rc;
	hi = d->n;
	while (lo < hi) { /* the first line whose stem is not below */
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(d->v[mid].stem, stem) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < d->n && strcmp(d->v[i].stem, stem) == 0; i++) {
		const char *en = d->v[i].en;
		if ((rc = fn(payload, en, strlen(en), (int)(d->v[i].rank >> 4))))
			return rc;
	}
	return 0;
}
