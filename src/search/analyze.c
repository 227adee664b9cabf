/*
 * analyze.c - the lexicon and the analyser: text or identifiers -> terms.
 *
 * Owns the data files of data/lexicon/ (loaded once per analyser) and two
 * Snowball stemmers. One analyser belongs to one thread (the stemmers keep
 * state between calls).
 *
 * Flow for one piece of text: decode UTF-8; split into words on anything
 * that is not a letter or digit, then split words on camelCase, on
 * letter/digit and on Latin/Cyrillic boundaries; lowercase (ASCII, Latin-1,
 * Cyrillic; ё folds to е); drop numbers, one-letter words and stopwords;
 * then by script:
 *   Latin:    abbreviation -> its expansion (the abbreviation stays as a
 *             weaker term); English stem (with exceptions such as
 *             customers -> customer, which Snowball would make "custom");
 *   Cyrillic: Russian stem, plus the English concepts the lexicon gives;
 *   other:    the lowercase word itself.
 * Each English term also yields its synonym set's canonical term at a
 * lower weight.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libstemmer.h>

#include "search_int.h"

/* Bump when the rules above change: stored terms and vectors go stale. */
#define ANALYZER_VERSION 3 /* 2: Latin accents folded; 3: fleeting vowels restored */
#define MAX_WORD 64          /* bytes; longer words are cut */
#define STEM_CACHE_MAX 200000
#define SYNONYM_WEIGHT 0.6f
#define ABBREV_SELF_WEIGHT 0.5f
#define PHRASE_WEIGHT 0.5f
#define RU_DERIVED_WEIGHT 0.5f

/* Stopword kinds: function words go everywhere; request words ("show",
 * "list", "table") only from queries, since they may name real tables. */
#define STOP_ALWAYS ((void *)1)
#define STOP_QUERY ((void *)2)

/* A list of English terms a lexicon key stands for (arena strings). */
typedef struct concepts {
	size_t n;
	const char **v;
} concepts;

struct sx_analyzer {
	sx_arena *arena;
	struct sb_stemmer *en, *ru;
	sx_hmap *stop;       /* surface word -> STOP_ALWAYS or STOP_QUERY */
	sx_hmap *stop_stem;  /* stem -> STOP_ALWAYS or STOP_QUERY */
	sx_hmap *exceptions; /* word -> stem */
	sx_hmap *abbrev;     /* word -> concepts */
	sx_hmap *qabbrev;    /* word -> concepts, query-only (abbrev_query.tsv) */
	sx_hmap *ru_en;      /* Russian stem -> concepts */
	sx_hmap *synonym;    /* English stem -> canonical stem */
	sx_hmap *cache_en;   /* word -> stem, so identifiers are stemmed once */
	sx_hmap *phrases;    /* "first\x1fsecond" -> (void *)1, query-only */
	sx_hmap *verbs;      /* verb stem (English or Russian) -> concepts, query-only */
	uint64_t fingerprint;
};

/* An installed program finds its data next to itself: <prefix>/bin/sextant
 * reads <prefix>/share/sextant/data, wherever the package was unpacked
 * (the packaging test runs it from a `dpkg-deb -x` root). */
static char exe_data_dir[1100];
static pthread_once_t exe_data_once = PTHREAD_ONCE_INIT;

static void find_exe_data_dir(void)
{
	char exe[1024], probe[1200];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *slash;
	if (n <= 0)
		return;
	exe[n] = '\0';
	if (!(slash = strrchr(exe, '/')))
		return;
	*slash = '\0';
	snprintf(probe, sizeof probe, "%s/../share/sextant/data/lexicon", exe);
	if (access(probe, R_OK) == 0)
		snprintf(exe_data_dir, sizeof exe_data_dir, "%s/../share/sextant/data", exe);
}

const char *sx_data_dir(void)
{
	const char *d = getenv("SEXTANT_DATA_DIR");
	if (d && *d)
		return d;
	pthread_once(&exe_data_once, find_exe_data_dir);
	if (exe_data_dir[0])
		return exe_data_dir;
#ifdef SX_DATA_DIR
	return SX_DATA_DIR;
#else
	return "/usr/share/sextant";
#endif
}

/* ---------------------------------------------------------------- terms */

void sx_terms_init(sx_terms *t)
{
	memset(t, 0, sizeof *t);
}

void sx_terms_release(sx_terms *t)
{
	free(t->v);
	sx_arena_free(t->arena);
	memset(t, 0, sizeof *t);
}

void sx_terms_clear(sx_terms *t)
{
	/* The arena has no reset: a fresh one is cheap and clear is rare. */
	sx_arena_free(t->arena);
	t->arena = NULL;
	t->n = 0;
}

int sx__terms_push(sx_terms *out, const char *term, size_t tlen, const char *surface,
		   size_t slen, float weight, sx_term_origin origin)
{
	sx_term *x;
	if (!out->arena && !(out->arena = sx_arena_new()))
		return SX_ENOMEM;
	if (sx_grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v))
		return SX_ENOMEM;
	x = &out->v[out->n];
	x->term = sx_arena_strndup(out->arena, term, tlen);
	x->surface = (surface == term && slen == tlen) ? x->term
						       : sx_arena_strndup(out->arena, surface, slen);
	if (!x->term || !x->surface)
		return SX_ENOMEM;
	x->weight = weight;
	x->origin = origin;
	out->n++;
	return 0;
}

/* ---------------------------------------------------------------- UTF-8 */

enum { CH_SEP = 0, CH_DIGIT, CH_LATIN, CH_CYRILLIC, CH_OTHER };

/* Decodes one code point at s (n bytes left). Returns its length (>= 1);
 * *cp is -1 for an invalid sequence. */
static size_t utf8_next(const unsigned char *s, size_t n, long *cp)
{
	size_t len, i;
	long c;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xE0) == 0xC0) {
		len = 2;
		c = s[0] & 0x1F;
	} else if ((s[0] & 0xF0) == 0xE0) {
		len = 3;
		c = s[0] & 0x0F;
	} else if ((s[0] & 0xF8) == 0xF0) {
		len = 4;
		c = s[0] & 0x07;
	} else {
		*cp = -1;
		return 1;
	}
	if (len > n) {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* Overlong forms and surrogates are invalid too. */
	if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
		*cp = -1;
		return 1;
	}
	*cp = c;
	return len;
}

static int char_class(long c)
{
	if (c < 0)
		return CH_SEP;
	if (c < 0x80) {
		if (c >= '0' && c <= '9')
			return CH_DIGIT;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			return CH_LATIN;
		return CH_SEP;
	}
	if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
		return CH_LATIN;
	if (c >= 0x400 && c <= 0x4FF)
		return CH_CYRILLIC;
	/* Punctuation, symbols and spaces of the common blocks separate. */
	if (c < 0xC0 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF20) || c == 0xFEFF)
		return CH_SEP;
	return CH_OTHER;
}

static bool is_upper(long c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
	       (c >= 0x400 && c <= 0x42F);
}

static long to_lower(long c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		c += 80;
	if (c == 0x451) /* ё -> е */
		return 0x435;
	return c;
}

/* A lowercase Latin-1 letter without its accent (é -> e, ñ -> n), so
 * that "résumé" meets a column named resume; letters that are not an
 * accented ASCII letter (ß, æ, ð, þ) stay. */
static long fold_accent(long c)
{
	/* 0xE0 .. 0xFF; '\0' keeps the letter */
	static const char base[33] = "aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0y";
	if (c >= 0xE0 && c <= 0xFF && base[c - 0xE0])
		return base[c - 0xE0];
	return c;
}

static size_t utf8_put(char *out, long c)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

/* ---------------------------------------------------------------- stemming */

static int stem_with(struct sb_stemmer *st, const char *w, size_t len, char *out, size_t n)
{
	const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)w, (int)len);
	size_t sl;
	if (!s)
		return SX_ENOMEM;
	sl = (size_t)sb_stemmer_length(st);
	if (sl + 1 > n)
		sl = n - 1;
	memcpy(out, s, sl);
	out[sl] = '\0';
	return 0;
}

int sx__stem_en(sx_analyzer *a, const char *w, size_t len, char *out, size_t n)
{
	const char *hit = sx_hmap_getn(a->exceptions, w, len);
	int rc;
	if (!hit && a->cache_en)
		hit = sx_hmap_getn(a->cache_en, w, len);
	if (hit) {
		snprintf(out, n, "%s", hit);
		return 0;
	}
	if ((rc = stem_with(a->en, w, len, out, n)))
		return rc;
	if (a->cache_en && sx_hmap_count(a->cache_en) < STEM_CACHE_MAX) {
		char *k = sx_arena_strndup(a->arena, w, len);
		char *v = sx_arena_strdup(a->arena, out);
		if (k && v)
			sx_hmap_put(a->cache_en, k, v);
	}
	return 0;
}

int sx__stem_ru(sx_analyzer *a, const char *w, size_t len, char *out, size_t n)
{
	return stem_with(a->ru, w, len, out, n);
}

/* ---------------------------------------------------------------- words */

/* The words of a text as lowercase strings with their script, via cb. */
typedef int (*word_fn)(sx_analyzer *a, const char *w, size_t len, int script, void *payload);

static int each_word(sx_analyzer *a, const char *text, size_t n, word_fn cb, void *payload)
{
	const unsigned char *s = (const unsigned char *)text;
	char word[MAX_WORD + 8];
	size_t wl = 0, i = 0;
	int script = CH_SEP, rc;
	long prev = -1;

	while (i <= n) {
		long c = -1, next = -1;
		size_t cl = 0;
		int cls = CH_SEP;
		bool brk;
		if (i < n) {
			cl = utf8_next(s + i, n - i, &c);
			cls = char_class(c);
			if (i + cl < n)
				utf8_next(s + i + cl, n - i - cl, &next);
		}
		/* A word ends at a separator, at a change of script (letters vs
		 * digits included), at a lower->upper step (camelCase) and before
		 * the last capital of a run followed by a lowercase letter
		 * (HTTPServer -> HTTP Server). */
		brk = cls == CH_SEP || cls != script ||
		      (cls != CH_DIGIT && is_upper(c) && prev >= 0 && !is_upper(prev)) ||
		      (cls != CH_DIGIT && is_upper(c) && prev >= 0 && is_upper(prev) && wl >= 2 &&
		       next >= 0 && !is_upper(next) && char_class(next) == cls);
		if (brk && wl > 0) {
			word[wl] = '\0';
			if ((rc = cb(a, word, wl, script, payload)))
				return rc;
			wl = 0;
		}
		if (i >= n)
			break;
		if (cls != CH_SEP) {
			char tmp[4];
			size_t tl = utf8_put(tmp, fold_accent(to_lower(c)));
			if (wl + tl <= MAX_WORD) {
				memcpy(word + wl, tmp, tl);
				wl += tl;
			}
		}
		script = cls;
		prev = cls == CH_SEP ? -1 : c;
		i += cl;
	}
	return 0;
}

/* A Cyrillic letter (two bytes, lowercase) that is a consonant. */
static bool ru_consonant(const unsigned char *p)
{
	/* а е и о у ы э ю я й ъ ь are not; ё was folded to е */
	static const char *const no = "аеиоуыэюяйъь";
	size_t i;
	if (p[0] != 0xD0 && p[0] != 0xD1)
		return false;
	for (i = 0; no[i]; i += 2)
		if ((unsigned char)no[i] == p[0] && (unsigned char)no[i + 1] == p[1])
			return false;
	return true;
}

/* Genitive plurals with a fleeting vowel (песен of песня, сделок of
 * сделка, заявок of заявка) have no ending for Snowball to cut, so their
 * stem is not the dictionary form's: the concepts of the word with the
 * vowel between its last two consonants taken out, or NULL. */
static const concepts *fleeting_vowel(sx_analyzer *a, const char *w, size_t len)
{
	const unsigned char *u = (const unsigned char *)w;
	char buf[MAX_WORD];
	if (len < 8 || len >= sizeof buf || !ru_consonant(u + len - 2) ||
	    !ru_consonant(u + len - 6) || u[len - 4] != 0xD0 ||
	    (u[len - 3] != 0xB5 && u[len - 3] != 0xBE)) /* е, о */
		return NULL;
	memcpy(buf, w, len - 4);
	memcpy(buf + len - 4, w + len - 2, 2);
	return sx_hmap_getn(a->ru_en, buf, len - 2);
}

/* The other way round: a dictionary form with a fleeting vowel
 * (образец, продавец, заголовок, уровень, владелец) loses it in every
 * other form (образцы, продавцов, заголовки, уровни, владельцы), so their
 * stem ends in two consonants, or a soft sign and a consonant, where the
 * key's has е or о between them: the concepts of the stem with the vowel
 * put back (ь becoming е), when at least two letters precede it, or
 * NULL. */
static const concepts *vowel_restored(sx_analyzer *a, const char *stem)
{
	const unsigned char *u = (const unsigned char *)stem;
	size_t len = strlen(stem);
	char buf[MAX_WORD + 4];
	if (len < 8 || len + 2 >= sizeof buf || !ru_consonant(u + len - 2))
		return NULL;
	memcpy(buf, stem, len - 2);
	if (u[len - 4] == 0xD1 && u[len - 3] == 0x8C) { /* ь */
		memcpy(buf + len - 4, "е", 2);
		memcpy(buf + len - 2, stem + len - 2, 3);
		return sx_hmap_get(a->ru_en, buf);
	}
	if (!ru_consonant(u + len - 4))
		return NULL;
	memcpy(buf + len - 2, stem + len - 2, 3);
	memmove(buf + len, buf + len - 2, 3);
	memcpy(buf + len - 2, "е", 2);
	{
		const concepts *cs = sx_hmap_get(a->ru_en, buf);
		if (cs)
			return cs;
	}
	memcpy(buf + len - 2, "о", 2);
	return sx_hmap_get(a->ru_en, buf);
}

/* An adjective derived from a lexicon noun (новостной of новость,
 * налоговый of налог, авторский of автор, иерархический of иерархия,
 * пользовательский of пользователь): its stem keeps the derivational
 * suffix, so the noun's concepts are found once it is taken off, when
 * at least three letters remain. NULL when no suffix leads to a word. */
static const concepts *ru_derived(sx_analyzer *a, const char *stem)
{
	static const char *const suffix[] = {"ическ", "ьск", "ск", "альн", "енн", "онн", "н",
					     "ов", "ев"};
	size_t len = strlen(stem), i, sl;
	const concepts *cs;
	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		sl = strlen(suffix[i]);
		if (len >= sl + 6 && memcmp(stem + len - sl, suffix[i], sl) == 0 &&
		    (cs = sx_hmap_getn(a->ru_en, stem, len - sl)))
			return cs;
	}
	return NULL;
}

/* ---------------------------------------------------------------- analysis */

typedef struct emit_ctx {
	sx_terms *out;
	float weight;
	sx_query_stats *stats;
	bool query;
	const char *prev, *prev_surface; /* the last word's main term (arena) */
	char last[MAX_WORD + 1];          /* the last word seen, stopwords too */
	size_t last_start;                /* where its terms start in out */
	bool last_stop;                   /* it was counted as a stopword */
	const char *prev_saved, *prev_surface_saved; /* prev before it */
} emit_ctx;

static bool is_stop(const emit_ctx *e, const void *kind)
{
	return kind == STOP_ALWAYS || (kind == STOP_QUERY && e->query);
}

static int push_en_term(sx_analyzer *a, emit_ctx *e, const char *stem, const char *surface,
			size_t slen, float w, sx_term_origin origin)
{
	const char *canon = sx_hmap_get(a->synonym, stem);
	int rc = sx__terms_push(e->out, stem, strlen(stem), surface, slen, w, origin);
	if (!rc && canon && strcmp(canon, stem) != 0)
		rc = sx__terms_push(e->out, canon, strlen(canon), surface, slen, w * SYNONYM_WEIGHT,
				    SX_TERM_SYNONYM);
	return rc;
}

/* A word made of пере- and a lexicon noun (перезаказ, reorder; перерасчёт,
 * recount) names the English word re- makes of the noun's concept; a term
 * no document holds is dropped by the search like any other. */
static int ru_again(sx_analyzer *a, emit_ctx *e, const char *stem, const char *w, size_t len)
{
	static const char pre[] = "пере";
	const size_t pl = sizeof pre - 1;
	const concepts *cs;
	char en[MAX_WORD * 2];
	size_t i;
	int rc;
	if (strlen(stem) < pl + 6 || memcmp(stem, pre, pl) != 0 ||
	    !(cs = sx_hmap_get(a->ru_en, stem + pl)))
		return 0;
	for (i = 0; i < cs->n; i++) {
		if (strchr(cs->v[i], ' ') || snprintf(en, sizeof en, "re%s", cs->v[i]) >= (int)sizeof en)
			continue;
		if ((rc = push_en_term(a, e, en, w, len, e->weight * RU_DERIVED_WEIGHT,
				       SX_TERM_LEXICON)))
			return rc;
	}
	return 0;
}

static int word_terms(sx_analyzer *a, const char *w, size_t len, int script, emit_ctx *e)
{
	char stem[MAX_WORD * 2];
	const concepts *cs;
	size_t i, nchars = 0;
	float dw;
	int rc;

	if (script == CH_DIGIT)
		return 0;
	for (i = 0; i < len; i++)
		nchars += ((unsigned char)w[i] & 0xC0) != 0x80;
	if (nchars < 2)
		return 0;
	if (e->stats)
		e->stats->words++;
	if (is_stop(e, sx_hmap_getn(a->stop, w, len)))
		goto stopword;
	switch (script) {
	case CH_LATIN:
		if ((cs = sx_hmap_getn(a->abbrev, w, len))) {
			for (i = 0; i < cs->n; i++)
				if ((rc = push_en_term(a, e, cs->v[i], w, len, e->weight, SX_TERM_ABBREV)))
					return rc;
			if ((rc = sx__stem_en(a, w, len, stem, sizeof stem)))
				return rc;
			return sx__terms_push(e->out, stem, strlen(stem), w, len,
					      e->weight * ABBREV_SELF_WEIGHT, SX_TERM_WORD);
		}
		/* A business abbreviation typed in a question (DMs, FX, KYC):
		 * its words, then itself at full weight, since a schema may
		 * name a column by the same letters. Not a typo to correct. */
		if (e->query && (cs = sx_hmap_getn(a->qabbrev, w, len))) {
			for (i = 0; i < cs->n; i++)
				if ((rc = push_en_term(a, e, cs->v[i], w, len, e->weight, SX_TERM_ABBREV)))
					return rc;
			if ((rc = sx__stem_en(a, w, len, stem, sizeof stem)))
				return rc;
			return push_en_term(a, e, stem, w, len, e->weight, SX_TERM_ABBREV);
		}
		if ((rc = sx__stem_en(a, w, len, stem, sizeof stem)))
			return rc;
		if (is_stop(e, sx_hmap_get(a->stop_stem, stem)))
			goto stopword;
		return push_en_term(a, e, stem, w, len, e->weight, SX_TERM_WORD);
	case CH_CYRILLIC:
		if ((rc = sx__stem_ru(a, w, len, stem, sizeof stem)))
			return rc;
		if (is_stop(e, sx_hmap_get(a->stop_stem, stem)))
			goto stopword;
		dw = e->weight;
		if ((cs = sx_hmap_get(a->ru_en, stem)) || (cs = sx_hmap_getn(a->ru_en, w, len)) ||
		    (cs = fleeting_vowel(a, w, len)) || (cs = vowel_restored(a, stem)) ||
		    (dw *= RU_DERIVED_WEIGHT, cs = ru_derived(a, stem)))
			for (i = 0; i < cs->n; i++)
				if ((rc = push_en_term(a, e, cs->v[i], w, len, dw, SX_TERM_LEXICON)))
					return rc;
		if (!cs && (rc = ru_again(a, e, stem, w, len)))
			return rc;
		return sx__terms_push(e->out, stem, strlen(stem), w, len, e->weight, SX_TERM_WORD);
	default:
		return sx__terms_push(e->out, w, len, w, len, e->weight, SX_TERM_WORD);
	}
stopword:
	if (e->stats)
		e->stats->stopwords++;
	return 0;
}

/* In a query, true when (e->last, w) is an operation phrase ("ordered
 * by"): the caller then takes back the last word's terms and skips w. */
static bool query_phrase(const sx_analyzer *a, const emit_ctx *e, const char *w, size_t len)
{
	char key[2 * MAX_WORD + 2];
	if (!e->query || !e->last[0] || !sx_hmap_count(a->phrases))
		return false;
	snprintf(key, sizeof key, "%s\x1f%.*s", e->last, (int)len, w);
	return sx_hmap_get(a->phrases, key) != NULL;
}

static int on_word(sx_analyzer *a, const char *w, size_t len, int script, void *payload)
{
	emit_ctx *e = payload;
	size_t first = e->out->n;
	const char *t, *sf;
	char buf[MAX_WORD * 4 + 2], sbuf[MAX_WORD * 2 + 2];
	size_t stops;
	int rc;
	if (query_phrase(a, e, w, len)) {
		e->out->n = e->last_start;
		e->prev = e->prev_saved;
		e->prev_surface = e->prev_surface_saved;
		if (e->stats) {
			/* both words now count as stopwords */
			e->stats->words++;
			e->stats->stopwords += e->last_stop ? 1 : 2;
		}
		e->last[0] = '\0';
		return 0;
	}
	e->last_start = first;
	e->prev_saved = e->prev;
	e->prev_surface_saved = e->prev_surface;
	stops = e->stats ? e->stats->stopwords : 0;
	snprintf(e->last, sizeof e->last, "%.*s", (int)len, w);
	rc = word_terms(a, w, len, script, e);
	e->last_stop = e->stats && e->stats->stopwords != stops;
	if (rc || e->out->n == first)
		return rc;
	t = e->out->v[first].term;
	sf = e->out->v[first].surface;
	if (e->prev) {
		snprintf(buf, sizeof buf, "%s+%s", e->prev, t);
		snprintf(sbuf, sizeof sbuf, "%s %s", e->prev_surface, sf);
		if ((rc = sx__terms_push(e->out, buf, strlen(buf), sbuf, strlen(sbuf),
					 e->weight * PHRASE_WEIGHT, SX_TERM_PHRASE)))
			return rc;
	}
	e->prev = t;
	e->prev_surface = sf;
	return 0;
}

int sx_analyze(sx_analyzer *a, const char *text, size_t n, float weight, sx_terms *out,
	       sx_error *err)
{
	emit_ctx e = {0};
	e.out = out;
	e.weight = weight;
	if (!text || n == 0)
		return 0;
	if (each_word(a, text, n, on_word, &e))
		return sx_error_set(err, SX_ENOMEM, "cannot analyse text: out of memory");
	return 0;
}

int sx_analyze_query(sx_analyzer *a, const char *text, size_t n, sx_terms *out,
		     sx_query_stats *stats, sx_error *err)
{
	emit_ctx e = {0};
	e.out = out;
	e.weight = 1.0f;
	e.stats = stats;
	e.query = true;
	if (stats)
		memset(stats, 0, sizeof *stats);
	if (!text || n == 0)
		return 0;
	if (each_word(a, text, n, on_word, &e))
		return sx_error_set(err, SX_ENOMEM, "cannot analyse query: out of memory");
	return 0;
}

/* ---------------------------------------------------------------- loading */

/* Collects the English stems of a phrase ("first_name" -> first, name). */
typedef struct collect_ctx {
	sx_analyzer *a;
	SX_VEC(const char *) v;
	bool oom;
} collect_ctx;

static int collect_stem(sx_analyzer *a, const char *w, size_t len, int script, void *payload)
{
	collect_ctx *c = payload;
	char stem[MAX_WORD * 2];
	const char *s;
	if (script == CH_DIGIT)
		return 0;
	if (script == CH_LATIN) {
		if (sx__stem_en(a, w, len, stem, sizeof stem))
			return SX_ENOMEM;
	} else if (script == CH_CYRILLIC) {
		if (sx__stem_ru(a, w, len, stem, sizeof stem))
			return SX_ENOMEM;
	} else {
		snprintf(stem, sizeof stem, "%.*s", (int)len, w);
	}
	if (!(s = sx_arena_strdup(a->arena, stem)) || SX_VEC_PUSH(&c->v, s))
		return SX_ENOMEM;
	return 0;
}

static concepts *make_concepts(sx_analyzer *a, const char *phrase, const concepts *merge)
{
	collect_ctx c = {a, {0}, false};
	concepts *cs = NULL;
	size_t i, n0 = merge ? merge->n : 0;
	if (each_word(a, phrase, strlen(phrase), collect_stem, &c))
		goto done;
	if (!(cs = sx_arena_alloc(a->arena, sizeof *cs)) ||
	    !(cs->v = sx_arena_alloc(a->arena, (n0 + c.v.n + 1) * sizeof *cs->v))) {
		cs = NULL;
		goto done;
	}
	for (i = 0; i < n0; i++)
		cs->v[cs->n++] = merge->v[i];
	for (i = 0; i < c.v.n; i++) {
		size_t j;
		for (j = 0; j < cs->n && strcmp(cs->v[j], c.v.v[i]) != 0; j++)
			;
		if (j == cs->n)
			cs->v[cs->n++] = c.v.v[i];
	}
done:
	SX_VEC_FREE(&c.v);
	return cs;
}

size_t sx__lower(const char *s, size_t n, char *out, size_t cap)
{
	size_t i = 0, o = 0;
	if (!cap)
		return 0;
	while (i < n && o + 4 < cap) {
		long c;
		size_t cl = utf8_next((const unsigned char *)s + i, n - i, &c);
		if (c < 0)
			out[o++] = s[i];
		else
			o += utf8_put(out + o, fold_accent(to_lower(c)));
		i += cl;
	}
	out[o] = '\0';
	return o;
}

/* Lowercases (with ё -> е) a line's word into a new arena string. */
static char *lower_dup(sx_analyzer *a, const char *s, size_t n)
{
	char *out = sx_arena_alloc(a->arena, n * 2 + 5);
	if (out)
		sx__lower(s, n, out, n * 2 + 5);
	return out;
}

typedef int (*line_fn)(sx_analyzer *a, char *line, const char *file, int lineno, sx_error *err);

static int read_lines(sx_analyzer *a, const char *dir, const char *name, line_fn fn, sx_error *err)
{
	char path[4096];
	char *text = NULL, *p, *end;
	size_t len;
	int rc, lineno = 0;
	snprintf(path, sizeof path, "%s/lexicon/%s", dir, name);
	if ((rc = sx_file_read(path, &text, &len, err)))
		return sx_error_prefix(err, "cannot load lexicon (set SEXTANT_DATA_DIR)"), rc;
	a->fingerprint ^= sx_hash64(text, len) + 0x9e3779b97f4a7c15ULL * (uint64_t)strlen(name);
	for (p = text; p && *p; p = end) {
		char *hash;
		end = strchr(p, '\n');
		if (end)
			*end++ = '\0';
		lineno++;
		if ((hash = strchr(p, '#')))
			*hash = '\0';
		while (*p == ' ' || *p == '\t')
			p++;
		len = strlen(p);
		while (len && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\r'))
			p[--len] = '\0';
		if (!*p)
			continue;
		if ((rc = fn(a, p, name, lineno, err)))
			break;
	}
	free(text);
	return rc;
}

static int oom(sx_error *err)
{
	return sx_error_set(err, SX_ENOMEM, "cannot load lexicon: out of memory");
}

static int line_exception(sx_analyzer *a, char *line, const char *file, int lineno, sx_error *err)
{
	char *tab = strchr(line, '\t');
	char *k, *v;
	if (!tab)
		return sx_error_set(err, SX_EPARSE, "lexicon '%s' line %d: expected WORD<TAB>STEM",
				    file, lineno);
	*tab++ = '\0';
	k = lower_dup(a, line, strlen(line));
	v = lower_dup(a, tab, strlen(tab));
	if (!k || !v || sx_hmap_put(a->exceptions, k, v))
		return oom(err);
	return 0;
}

/* The stem of a lowercase lexicon word, by its script (the first letter
 * decides: Cyrillic or English). */
static void stem_any(sx_analyzer *a, const char *w, char *out, size_t n)
{
	long c;
	utf8_next((const unsigned char *)w, strlen(w), &c);
	if (char_class(c) == CH_CYRILLIC)
		sx__stem_ru(a, w, strlen(w), out, n);
	else
		sx__stem_en(a, w, strlen(w), out, n);
}

static int line_stop(sx_analyzer *a, char *line, const char *file, int lineno, sx_error *err)
{
	char stem[MAX_WORD * 2];
	char *w;
	void *kind = STOP_ALWAYS;
	(void)file;
	(void)lineno;
	if (line[0] == '?') {
		kind = STOP_QUERY;
		line++;
	}
	if (line[0] == '~') {
		w = lower_dup(a, line + 1, strlen(line + 1));
		if (!w)
			return oom(err);
		stem_any(a, w, stem, sizeof stem);
		if (!(w = sx_arena_strdup(a->arena, stem)) || sx_hmap_put(a->stop_stem, w, kind))
			return oom(err);
		return 0;
	}
	if (!(w = lower_dup(a, line, strlen(line))) || sx_hmap_put(a->stop, w, kind))
		return oom(err);
	return 0;
}

static int line_synonyms(sx_analyzer *a, char *line, const char *file, int lineno, sx_error *err)
{
	concepts *cs = make_concepts(a, line, NULL);
	size_t i;
	(void)file;
	(void)lineno;
	if (!cs)
		return oom(err);
	/* Multi-word members ("account_holder") give several stems; each maps
	 * to the canonical (first) stem. */
	for (i = 1; i < cs->n; i++)
		if (!sx_hmap_get(a->synonym, cs->v[i]) &&
		    sx_hmap_put(a->synonym, (char *)cs->v[i], (void *)cs->v[0]))
			return oom(err);
	return 0;
}

static int line_map(sx_analyzer *a, char *line, const char *file, int lineno, sx_error *err,
		    sx_hmap *m, bool russian)
{
	char stem[MAX_WORD * 2];
	char *tab = strchr(line, '\t'), *k;
	concepts *cs;
	if (!tab)
		return sx_error_set(err, SX_EPARSE,
				    "lexicon '%s' line %d: expected WORD<TAB>MEANING", file, lineno);
	*tab++ = '\0';
	if (!(k = lower_dup(a, line, strlen(line))))
		return oom(err);
	if (!(cs = make_concepts(a, tab, sx_hmap_get(m, k))) || sx_hmap_put(m, k, cs))
		return oom(err);
	if (russian) {
		/* Snowball may cut the dictionary form shorter than the inflected
		 * ones (альбом -> альб, альбомы -> альбом): register the key under
		 * its stem too, and look words up by stem, then as written. */
		char *sk;
		sx__stem_ru(a, k, strlen(k), stem, sizeof stem);
		if (strcmp(stem, k) != 0) {
			if (!(sk = sx_arena_strdup(a->arena, stem)) ||
			    !(cs = make_concepts(a, tab, sx_hmap_get(m, sk))) || sx_hmap_put(m, sk, cs))
				return oom(err);
		}
	}
	return 0;
}

static int line_phrase(sx_analyzer *a, char *line, const char *file, int lineno, sx_error *err)
{
	char *sp = strchr(line, ' '), *k;
	if (!sp)
		return sx_error_set(err, SX_EPARSE, "lexicon '%s' line %d: expected two words", file,
				    lineno);
	*sp = '\x1f';
	if (!(k = lower_dup(a, line, strlen(line))) || sx_hmap_put(a->phrases, k, (void *)1))
		return oom(err);
	return 0;
}

/* verbs.tsv: "FORM [FORM...]<TAB>NOUNS". Each form (a verb, in any
 * inflection worth listing: sold, paid, умер) is keyed by its stem, and
 * by its lowercase spelling for Russian, whose stems of a verb's forms
 * differ; the nouns are stemmed like any text. */
static int put_verb(sx_analyzer *a, char *key, const char *nouns)
{
	concepts *cs = make_concepts(a, nouns, sx_hmap_get(a->verbs, key));
	return cs && !sx_hmap_put(a->verbs, key, cs) ? 0 : SX_ENOMEM;
}

static int line_verb(sx_analyzer *a, char *line, const char *file, int lineno, sx_error *err)
{
	char stem[MAX_WORD * 2];
	char *tab = strchr(line, '\t'), *k, *next;
	if (!tab)
		return sx_error_set(err, SX_EPARSE,
				    "lexicon '%s' line %d: expected VERB<TAB>NOUNS", file, lineno);
	*tab++ = '\0';
	for (k = line; *k; k = next) {
		size_t kl = strcspn(k, " ");
		char *w, *key;
		next = k[kl] ? k + kl + 1 : k + kl;
		if (!kl)
			continue;
		if (!(w = lower_dup(a, k, kl)))
			return oom(err);
		stem_any(a, w, stem, sizeof stem);
		if (!(key = sx_arena_strdup(a->arena, stem)) || put_verb(a, key, tab) ||
		    (strcmp(stem, w) != 0 && put_verb(a, w, tab)))
			return oom(err);
	}
	return 0;
}

const char *const *sx__analyzer_verb(const sx_analyzer *a, const char *stem, size_t *n)
{
	const concepts *cs = sx_hmap_get(a->verbs, stem);
	*n = cs ? cs->n : 0;
	return cs ? cs->v : NULL;
}

static int line_abbrev(sx_analyzer *a, char *line, const char *file, int lineno, sx_error *err)
{
	return line_map(a, line, file, lineno, err, a->abbrev, false);
}

static int line_qabbrev(sx_analyzer *a, char *line, const char *file, int lineno, sx_error *err)
{
	return line_map(a, line, file, lineno, err, a->qabbrev, false);
}

static int line_ru(sx_analyzer *a, char *line, const char *file, int lineno, sx_error *err)
{
	return line_map(a, line, file, lineno, err, a->ru_en, true);
}

int sx_analyzer_new(sx_analyzer **out, const char *data_dir, sx_error *err)
{
	sx_analyzer *a;
	int rc;
	*out = NULL;
	if (!data_dir)
		data_dir = sx_data_dir();
	if (!(a = sx_calloc(1, sizeof *a)))
		return oom(err);
	a->arena = sx_arena_new();
	a->en = sb_stemmer_new("english", "UTF_8");
	a->ru = sb_stemmer_new("russian", "UTF_8");
	a->stop = sx_hmap_new(512);
	a->stop_stem = sx_hmap_new(16);
	a->exceptions = sx_hmap_new(32);
	a->abbrev = sx_hmap_new(256);
	a->qabbrev = sx_hmap_new(256);
	a->ru_en = sx_hmap_new(512);
	a->synonym = sx_hmap_new(256);
	a->phrases = sx_hmap_new(64);
	a->verbs = sx_hmap_new(128);
	if (!a->arena || !a->en || !a->ru || !a->stop || !a->stop_stem || !a->exceptions ||
	    !a->abbrev || !a->qabbrev || !a->ru_en || !a->synonym || !a->phrases || !a->verbs) {
		sx_analyzer_free(a);
		return oom(err);
	}
	a->fingerprint = 0xcbf29ce484222325ULL + ANALYZER_VERSION;
	/* Exceptions first: every later file is stemmed with them. The stem
	 * cache starts after loading so it only ever holds final stems. */
	if ((rc = read_lines(a, data_dir, "stem_exceptions.tsv", line_exception, err)) ||
	    (rc = read_lines(a, data_dir, "stopwords_en.txt", line_stop, err)) ||
	    (rc = read_lines(a, data_dir, "stopwords_ru.txt", line_stop, err)) ||
	    (rc = read_lines(a, data_dir, "synonyms.txt", line_synonyms, err)) ||
	    (rc = read_lines(a, data_dir, "abbrev.tsv", line_abbrev, err)) ||
	    (rc = read_lines(a, data_dir, "abbrev_query.tsv", line_qabbrev, err)) ||
	    (rc = read_lines(a, data_dir, "ru_en.tsv", line_ru, err)) ||
	    (rc = read_lines(a, data_dir, "query_phrases.txt", line_phrase, err)) ||
	    (rc = read_lines(a, data_dir, "verbs.tsv", line_verb, err))) {
		sx_analyzer_free(a);
		return rc;
	}
	if (!(a->cache_en = sx_hmap_new(4096))) {
		sx_analyzer_free(a);
		return oom(err);
	}
	*out = a;
	return 0;
}

void sx_analyzer_free(sx_analyzer *a)
{
	if (!a)
		return;
	if (a->en)
		sb_stemmer_delete(a->en);
	if (a->ru)
		sb_stemmer_delete(a->ru);
	sx_hmap_free(a->stop);
	sx_hmap_free(a->stop_stem);
	sx_hmap_free(a->exceptions);
	sx_hmap_free(a->abbrev);
	sx_hmap_free(a->qabbrev);
	sx_hmap_free(a->ru_en);
	sx_hmap_free(a->synonym);
	sx_hmap_free(a->phrases);
	sx_hmap_free(a->verbs);
	sx_hmap_free(a->cache_en);
	sx_arena_free(a->arena);
	free(a);
}

uint64_t sx_analyzer_fingerprint(const sx_analyzer *a)
{
	return a->fingerprint;
}
