/*
 * thesaurus.c - related words from the lexical databases Debian ships:
 * WordNet 3.0 for English nouns (wordnet-base, /usr/share/wordnet) and the
 * Russian MyThes thesaurus (mythes-ru, /usr/share/mythes).
 *
 * The hand lists of the lexicon (synonyms.txt, ru_en.tsv) know the words
 * of the tuning data; a question written with other words (shopper for
 * customer, vendor for supplier) needs a real lexical database. Both are
 * read from their plain files rather than through libwordnet, whose
 * global state is not thread-safe and whose wninit() reads at start:
 *
 *   - WordNet's index.noun is sorted by lemma, so a word is found by binary
 *     search over its lines in the memory-mapped file, and its synsets are
 *     read in data.noun at the byte offsets the index gives. Opening costs
 *     three mmaps; pages are shared read-only, so search objects in other
 *     threads may each open their own. Inflected nouns go through WordNet's
 *     own morphology: the exception list (noun.exc) and its suffix rules.
 *   - MyThes's index (11,000 dictionary forms) is read at open into an
 *     array sorted by Snowball stem, since query words come inflected
 *     ("покупателях") and the thesaurus holds dictionary forms.
 *
 * A missing file turns that language off; sx_search notes it once. The
 * caller decides what an expansion weighs: related words are evidence,
 * weaker than the word that was written.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "search_int.h"

#define WN_DEFAULT "/usr/share/wordnet"
#define MYTHES_DEFAULT "/usr/share/mythes/th_ru_RU_v2"
#define MAX_WORD 96

typedef struct mapped {
	const char *p;
	size_t n;
} mapped;

typedef struct ru_ent {
	char *stem;
	size_t off;     /* of the entry in the .dat file */
} ru_ent;

struct sx__thes {
	mapped idx, data, exc;    /* WordNet: index.noun, data.noun, noun.exc */
	mapped vidx, vdata, vexc; /* ... and index.verb, data.verb, verb.exc */
	mapped aidx, aexc, ridx;  /* index.adj, adj.exc, index.adv: is_word only */
	mapped rudat;             /* MyThes .dat */
	ru_ent *ru;
	size_t nru;
	sx_analyzer *an;          /* borrowed: Russian stems */
};

static bool map_file(const char *path, mapped *m)
{
	struct stat sb;
	void *p;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	m->p = NULL;
	m->n = 0;
	if (fd < 0)
		return false;
	if (fstat(fd, &sb) || sb.st_size <= 0) {
		close(fd);
		return false;
	}
	p = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		return false;
	m->p = p;
	m->n = (size_t)sb.st_size;
	return true;
}

static void unmap(mapped *m)
{
	if (m->p)
		munmap((void *)m->p, m->n);
	m->p = NULL;
	m->n = 0;
}

/* Binary search of a file of lines sorted by their first space-separated
 * field (byte order): the line whose key is word, or NULL. *len gets the
 * line's length. */
static const char *find_line(const mapped *m, const char *word, size_t wl, size_t *len)
{
	size_t lo = 0, hi = m->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, ls = mid, le = mid, kl;
		int c;
		while (ls > 0 && m->p[ls - 1] != '\n')
			ls--;
		while (le < m->n && m->p[le] != '\n')
			le++;
		for (kl = 0; ls + kl < le && m->p[ls + kl] != ' '; kl++)
			;
		c = memcmp(m->p + ls, word, kl < wl ? kl : wl);
		if (c == 0)
			c = kl < wl ? -1 : kl > wl ? 1 : 0;
		if (c == 0) {
			*len = le - ls;
			return m->p + ls;
		}
		if (c < 0)
			lo = le + 1;
		else
			hi = ls;
	}
	return NULL;
}

/* The next space-separated token of [*p, end). */
static bool token(const char **p, const char *end, const char **t, size_t *tl)
{
	const char *s = *p;
	while (s < end && *s == ' ')
		s++;
	if (s >= end)
		return false;
	*t = s;
	while (s < end && *s != ' ' && *s != '\n')
		s++;
	*tl = (size_t)(s - *t);
	*p = s;
	return *tl > 0;
}

static long tok_num(const char *t, size_t tl, int base)
{
	char buf[24];
	if (tl >= sizeof buf)
		return -1;
	memcpy(buf, t, tl);
	buf[tl] = '\0';
	return strtol(buf, NULL, base);
}

/* ---------------------------------------------------------------- English */

/* The WordNet base form of a noun (morphy): as written when the index
 * has it, else from the exception list, else by the detachment rules. */
static const char *const noun_rules[][2] = {{"s", ""},     {"ses", "s"},  {"xes", "x"},
					      {"zes", "z"},   {"ches", "ch"}, {"shes", "sh"},
					      {"men", "man"}, {"ies", "y"},   {NULL, NULL}};
static const char *const verb_rules[][2] = {{"s", ""},  {"ies", "y"}, {"es", "e"},  {"es", ""},
					      {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""},
					      {NULL, NULL}};
static const char *const adj_rules[][2] = {{"er", ""},  {"est", ""}, {"er", "e"},
					     {"est", "e"}, {NULL, NULL}};

static const char *wn_base(const mapped *idx, const mapped *exc, const char *const (*rules)[2],
			   const char *w, size_t wl, char *buf, size_t *bl, size_t *ilen)
{
	const char *line, *p, *end, *tk;
	size_t len, i, tl;
	if ((line = find_line(idx, w, wl, ilen)))
		return line;
	if ((line = find_line(exc, w, wl, &len))) {
		p = line;
		end = line + len;
		if (token(&p, end, &tk, &tl) && token(&p, end, &tk, &tl) && tl < MAX_WORD) {
			memcpy(buf, tk, tl);
			*bl = tl;
			if ((line = find_line(idx, buf, tl, ilen)))
				return line;
		}
	}
	for (i = 0; rules[i][0]; i++) {
		size_t sl = strlen(rules[i][0]), rl = strlen(rules[i][1]);
		if (wl <= sl + 1 || memcmp(w + wl - sl, rules[i][0], sl) != 0 ||
		    wl - sl + rl >= MAX_WORD)
			continue;
		memcpy(buf, w, wl - sl);
		memcpy(buf + wl - sl, rules[i][1], rl);
		*bl = wl - sl + rl;
		if ((line = find_line(idx, buf, *bl, ilen)))
			return line;
	}
	return NULL;
}

/* Opens the synset line at off of data (data.noun, data.verb): *p
 * after its word count, *end at its end; returns the word count, or -1
 * for an offset or line that does not hold one. */
static long wn_line(const mapped *data, long off, const char **p, const char **end)
{
	const char *tk;
	size_t tl;
	if (off < 0 || (size_t)off >= data->n)
		return -1;
	*p = data->p + off;
	*end = memchr(*p, '\n', data->n - (size_t)off);
	if (!*end)
		*end = data->p + data->n;
	/* offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (ptr off pos st)... */
	if (!token(p, *end, &tk, &tl) || !token(p, *end, &tk, &tl) || !token(p, *end, &tk, &tl) ||
	    !token(p, *end, &tk, &tl))
		return -1;
	return tok_num(tk, tl, 16);
}

/* Calls fn for the words of the synset at off (data.noun), and collects
 * its pointers of the wanted kinds into ptrs. */
static int wn_synset(const sx__thes *t, long off, sx__thes_rel rel, const char *skip,
		     size_t skipl, sx__thes_fn fn, void *payload, long *hyper, size_t *nhyper,
		     long *hypo, size_t *nhypo, size_t max)
{
	const char *p, *end, *tk;
	size_t tl;
	long nw, np, i;
	int rc;
	if ((nw = wn_line(&t->data, off, &p, &end)) < 0)
		return 0;
	for (i = 0; i < nw; i++) {
		if (!token(&p, end, &tk, &tl))
			return 0;
		if (!(tl == skipl && memcmp(tk, skip, tl) == 0) && fn &&
		    (rc = fn(payload, tk, tl, rel)))
			return rc;
		if (!token(&p, end, &tk, &tl)) /* lex_id */
			return 0;
	}
	if (!token(&p, end, &tk, &tl))
		return 0;
	np = tok_num(tk, tl, 10);
	for (i = 0; i < np; i++) {
		const char *sym, *o, *pos;
		size_t syml, ol, posl;
		if (!token(&p, end, &sym, &syml) || !token(&p, end, &o, &ol) ||
		    !token(&p, end, &pos, &posl) || !token(&p, end, &tk, &tl))
			return 0;
		if (posl != 1 || pos[0] != 'n')
			continue;
		if (sym[0] == '@' && hyper && *nhyper < max)
			hyper[(*nhyper)++] = tok_num(o, ol, 10);
		else if (sym[0] == '~' && hypo && *nhypo < max)
			hypo[(*nhypo)++] = tok_num(o, ol, 10);
	}
	return 0;
}

/* The synset offsets of an index line's first senses (at most 8) into
 * offs; returns how many. */
static long wn_offsets(const char *line, size_t ilen, unsigned senses, long *offs)
{
	const char *p = line, *end = line + ilen, *tk;
	size_t tl;
	long nsyn, nptr, s;
	/* lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets... */
	if (!token(&p, end, &tk, &tl) || !token(&p, end, &tk, &tl) || !token(&p, end, &tk, &tl))
		return 0;
	nsyn = tok_num(tk, tl, 10);
	if (!token(&p, end, &tk, &tl))
		return 0;
	nptr = tok_num(tk, tl, 10);
	for (s = 0; s < nptr + 2; s++)
		if (!token(&p, end, &tk, &tl))
			return 0;
	if (senses > 8)
		senses = 8;
	for (s = 0; s < nsyn && s < (long)senses && token(&p, end, &tk, &tl); s++)
		offs[s] = tok_num(tk, tl, 10);
	return s;
}

/* The word number n (1-based) of the noun synset at off, to fn as
 * SX_THES_DERIVED. */
static int wn_noun_word(const sx__thes *t, long off, long n, sx__thes_fn fn, void *payload)
{
	const char *p, *end, *tk;
	size_t tl;
	long nw, i;
	if (n < 1 || (nw = wn_line(&t->data, off, &p, &end)) < 0)
		return 0;
	for (i = 1; i <= nw && i <= n; i++) {
		if (!token(&p, end, &tk, &tl))
			return 0;
		if (i == n)
			return fn(payload, tk, tl, SX_THES_DERIVED);
		if (!token(&p, end, &tk, &tl)) /* lex_id */
			return 0;
	}
	return 0;
}

/* Nouns derived from a verb: a question says what happened ("died",
 * "rented", "paid") where a schema names the thing (death, rental,
 * payment). The verb's base form when morphology changed the word, then
 * WordNet's derivationally related forms (pointer "+", the source word
 * being the verb itself, the target a noun) of the verb's first senses,
 * the verb found through verb.exc and the verb rules. */
static int related_verb(const sx__thes *t, const char *w, size_t wl, unsigned senses,
			sx__thes_fn fn, void *payload)
{
	char buf[MAX_WORD];
	const char *line, *tk;
	size_t bl = wl, ilen, tl;
	long nsyn, s, offs[8];
	int rc;
	if (!t->vidx.p || !t->vdata.p || wl >= MAX_WORD)
		return 0;
	memcpy(buf, w, wl);
	if (!(line = wn_base(&t->vidx, &t->vexc, verb_rules, w, wl, buf, &bl, &ilen)))
		return 0;
	/* the verb's base form, for irregular forms Snowball leaves alone
	 * (taught -> teach, flew -> fly) */
	if ((bl != wl || memcmp(buf, w, wl) != 0) && (rc = fn(payload, buf, bl, SX_THES_DERIVED)))
		return rc;
	nsyn = wn_offsets(line, ilen, senses, offs);
	for (s = 0; s < nsyn; s++) {
		const char *q, *qend;
		long nw, np, i, self = 0;
		if ((nw = wn_line(&t->vdata, offs[s], &q, &qend)) < 0)
			continue;
		for (i = 1; i <= nw; i++) {
			if (!token(&q, qend, &tk, &tl))
				break;
			if (tl == bl && memcmp(tk, buf, bl) == 0)
				self = i;
			if (!token(&q, qend, &tk, &tl))
				break;
		}
		if (!self || !token(&q, qend, &tk, &tl))
			continue;
		np = tok_num(tk, tl, 10);
		for (i = 0; i < np; i++) {
			const char *sym, *o, *pos;
			size_t syml, ol, posl;
			long st;
			if (!token(&q, qend, &sym, &syml) || !token(&q, qend, &o, &ol) ||
			    !token(&q, qend, &pos, &posl) || !token(&q, qend, &tk, &tl))
				break;
			if (syml != 1 || sym[0] != '+' || posl != 1 || pos[0] != 'n' || tl != 4)
				continue;
			st = tok_num(tk, tl, 16);
			if ((st >> 8) != self)
				continue;
			if ((rc = wn_noun_word(t, tok_num(o, ol, 10), st & 0xff, fn, payload)))
				return rc;
		}
	}
	return 0;
}

static int related_en(const sx__thes *t, const char *w, size_t wl, unsigned senses,
		      bool hyponyms, bool verbs, sx__thes_fn fn, void *payload)
{
	char buf[MAX_WORD];
	const char *line;
	size_t bl = wl, ilen, nh = 0, no = 0, i;
	long nsyn, s, offs[8], hyper[16], hypo[32];
	int rc;
	if (!t->idx.p || !t->data.p || wl >= MAX_WORD)
		return 0;
	memcpy(buf, w, wl);
	if (!(line = wn_base(&t->idx, &t->exc, noun_rules, w, wl, buf, &bl, &ilen)))
		return verbs ? related_verb(t, w, wl, senses, fn, payload) : 0;
	/* the base form itself, when morphology changed the word */
	if ((bl != wl || memcmp(buf, w, wl) != 0) && (rc = fn(payload, buf, bl, SX_THES_SYNONYM)))
		return rc;
	nsyn = wn_offsets(line, ilen, senses, offs);
	for (s = 0; s < nsyn; s++)
		if ((rc = wn_synset(t, offs[s], SX_THES_SYNONYM, buf, bl, fn, payload, hyper, &nh,
				    hyponyms ? hypo : NULL, &no, 16)))
			return rc;
	for (i = 0; i < nh; i++)
		if ((rc = wn_synset(t, hyper[i], SX_THES_HYPERNYM, NULL, 0, fn, payload, NULL, NULL,
				    NULL, NULL, 0)))
			return rc;
	for (i = 0; i < no && i < 32; i++)
		if ((rc = wn_synset(t, hypo[i], SX_THES_HYPONYM, NULL, 0, fn, payload, NULL, NULL,
				    NULL, NULL, 0)))
			return rc;
	return verbs ? related_verb(t, w, wl, senses, fn, payload) : 0;
}

/* ---------------------------------------------------------------- Russian */

static int cmp_ru(const void *a, const void *b)
{
	const ru_ent *x = a, *y = b;
	int c = strcmp(x->stem, y->stem);
	return c ? c : (x->off > y->off) - (x->off < y->off);
}

/* Reads the MyThes index ("word|offset" lines after the encoding and the
 * count) into stems sorted for lookup. */
static int load_ru(sx__thes *t, const char *idx_path)
{
	mapped m;
	const char *p, *end;
	size_t cap = 0, lineno = 0;
	if (!map_file(idx_path, &m))
		return SX_ENOTFOUND;
	p = m.p;
	end = m.p + m.n;
	while (p < end) {
		const char *le = memchr(p, '\n', (size_t)(end - p)), *bar;
		char stem[MAX_WORD * 2], low[MAX_WORD * 2];
		size_t wl;
		if (!le)
			le = end;
		bar = lineno++ >= 2 ? memchr(p, '|', (size_t)(le - p)) : NULL;
		if (bar && (wl = (size_t)(bar - p)) > 0 && wl < sizeof low) {
			size_t i;
			/* Cyrillic capitals are two bytes (D0 90..D0 AF, D0 80..D0 8F):
			 * the dictionary forms are lowercase already, proper names
			 * are left as they are and never match a query word. */
			for (i = 0; i < wl; i++)
				low[i] = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] + 32) : p[i];
			low[wl] = '\0';
			if (!memchr(low, ' ', wl) && sx__stem_ru(t->an, low, wl, stem, sizeof stem) == 0) {
				if (t->nru == cap) {
					ru_ent *nv;
					cap = cap ? cap * 2 : 4096;
					if (!(nv = realloc(t->ru, cap * sizeof *nv))) {
						unmap(&m);
						return SX_ENOMEM;
					}
					t->ru = nv;
				}
				t->ru[t->nru].off = (size_t)tok_num(bar + 1, (size_t)(le - bar - 1), 10);
				if (!(t->ru[t->nru].stem = strdup(stem))) {
					unmap(&m);
					return SX_ENOMEM;
				}
				t->nru++;
			}
		}
		p = le + 1;
	}
	unmap(&m);
	qsort(t->ru, t->nru, sizeof *t->ru, cmp_ru);
	return 0;
}

/* An entry "word|N" then N lines "(pos)|syn|syn...": the synonyms, each
 * without parenthesised remarks; phrases are skipped. */
static int ru_entry(const sx__thes *t, size_t off, sx__thes_fn fn, void *payload)
{
	const char *p = t->rudat.p + off, *end = t->rudat.p + t->rudat.n, *le, *bar;
	long n, i;
	int rc;
	if (off >= t->rudat.n || !(le = memchr(p, '\n', (size_t)(end - p))) ||
	    !(bar = memchr(p, '|', (size_t)(le - p))))
		return 0;
	n = tok_num(bar + 1, (size_t)(le - bar - 1), 10);
	for (i = 0, p = le + 1; i < n && p < end; i++, p = le + 1) {
		const char *f;
		if (!(le = memchr(p, '\n', (size_t)(end - p))))
			le = end;
		for (f = memchr(p, '|', (size_t)(le - p)); f && f < le;) {
			const char *fe = memchr(f + 1, '|', (size_t)(le - f - 1));
			size_t fl;
			if (!fe)
				fe = le;
			fl = (size_t)(fe - f - 1);
			while (fl && (f[fl] == '\r' || f[fl] == ' '))
				fl--;
			if (fl && !memchr(f + 1, ' ', fl) && !memchr(f + 1, '(', fl) &&
			    (rc = fn(payload, f + 1, fl, SX_THES_SYNONYM)))
				return rc;
			f = fe < le ? fe : NULL;
		}
	}
	return 0;
}

static int related_ru(sx__thes *t, const char *w, size_t wl, sx__thes_fn fn, void *payload)
{
	char stem[MAX_WORD * 2];
	size_t lo = 0, hi = t->nru;
	int rc;
	if (!t->nru || !t->rudat.p || sx__stem_ru(t->an, w, wl, stem, sizeof stem))
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(t->ru[mid].stem, stem) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < t->nru && strcmp(t->ru[lo].stem, stem) == 0; lo++)
		if ((rc = ru_entry(t, t->ru[lo].off, fn, payload)))
			return rc;
	return 0;
}

/* ---------------------------------------------------------------- API */

/* $var when set and not empty, else def. */
static const char *env_or(const char *var, const char *def)
{
	const char *v = getenv(var);
	return v && *v ? v : def;
}

static bool readable(const char *dir, const char *file)
{
	char path[4096];
	snprintf(path, sizeof path, "%s%s", dir, file);
	return access(path, R_OK) == 0;
}

void sx_search_lexicons(sx_search_lexicon out[SX_SEARCH_LEXICONS])
{
	const char *wn = env_or("SEXTANT_WORDNET_DIR", WN_DEFAULT);
	const char *mt = env_or("SEXTANT_MYTHES", MYTHES_DEFAULT);
	const char *bd = sx__bidict_path();
	out[0] = (sx_search_lexicon){"WordNet", "wordnet-base", "SEXTANT_WORDNET_DIR",
				     "English synonyms, broader and narrower words", "", false};
	snprintf(out[0].path, sizeof out[0].path, "%s", wn);
	out[0].present = readable(wn, "/index.noun") && readable(wn, "/data.noun");
	out[1] = (sx_search_lexicon){"MyThes Russian thesaurus", "mythes-ru", "SEXTANT_MYTHES",
				     "Russian synonyms", "", false};
	snprintf(out[1].path, sizeof out[1].path, "%s.idx", mt);
	out[1].present = readable(mt, ".idx") && readable(mt, ".dat");
	out[2] = (sx_search_lexicon){"Mueller English-Russian dictionary", "mueller7-dict",
				     "SEXTANT_RU_EN_DICT",
				     "English words for Russian ones no lexicon entry relates", "",
				     false};
	snprintf(out[2].path, sizeof out[2].path, "%s", bd);
	out[2].present = readable(bd, "");
}

int sx__thes_open(sx__thes **out, sx_analyzer *an, char *missing, size_t n)
{
	const char *wn = env_or("SEXTANT_WORDNET_DIR", WN_DEFAULT);
	const char *mt = env_or("SEXTANT_MYTHES", MYTHES_DEFAULT);
	char path[4096];
	sx__thes *t;
	bool en, ru;
	*out = NULL;
	if (missing && n)
		missing[0] = '\0';
	if (!(t = sx_calloc(1, sizeof *t)))
		return SX_ENOMEM;
	t->an = an;
	/* index.noun and data.noun are needed; the rest is optional: the
	 * noun exceptions (the rules still apply), the verbs (only for the
	 * nouns derived from them), adjectives and adverbs (only to tell a
	 * word from a typo) */
	{
		static const char *const files[] = {"index.noun", "data.noun", "noun.exc",
						    "index.verb", "data.verb", "verb.exc",
						    "index.adj",  "adj.exc",   "index.adv"};
		mapped *maps[] = {&t->idx,  &t->data,  &t->exc, &t->vidx, &t->vdata,
				  &t->vexc, &t->aidx, &t->aexc, &t->ridx};
		size_t i;
		for (i = 0; i < sizeof files / sizeof *files; i++) {
			snprintf(path, sizeof path, "%s/%s", wn, files[i]);
			map_file(path, maps[i]);
		}
		en = t->idx.p && t->data.p;
		for (i = 0; !en && i < sizeof files / sizeof *files; i++)
			unmap(maps[i]);
	}
	snprintf(path, sizeof path, "%s.dat", mt);
	ru = map_file(path, &t->rudat);
	if (ru) {
		int rc;
		snprintf(path, sizeof path, "%s.idx", mt);
		if ((rc = load_ru(t, path)) == SX_ENOMEM) {
			sx__thes_free(t);
			return rc;
		}
		ru = rc == 0 && t->nru > 0;
		if (!ru)
			unmap(&t->rudat);
	}
	if (missing && n && (!en || !ru))
		snprintf(missing, n, "%s%s%s", !en ? "WordNet (wordnet-base, " : "",
			 !en ? wn : "", !en ? ")" : "");
	if (missing && n && !ru) {
		size_t l = strlen(missing);
		snprintf(missing + l, n - l, "%sthe Russian thesaurus (mythes-ru, %s.dat)",
			 l ? " and " : "", mt);
	}
	*out = t;
	return 0;
}

void sx__thes_free(sx__thes *t)
{
	size_t i;
	if (!t)
		return;
	unmap(&t->idx);
	unmap(&t->data);
	unmap(&t->exc);
	unmap(&t->vidx);
	unmap(&t->vdata);
	unmap(&t->vexc);
	unmap(&t->aidx);
	unmap(&t->aexc);
	unmap(&t->ridx);
	unmap(&t->rudat);
	for (i = 0; i < t->nru; i++)
		free(t->ru[i].stem);
	free(t->ru);
	free(t);
}

bool sx__thes_has(const sx__thes *t, int script)
{
	if (!t)
		return false;
	return script == 1 ? t->nru > 0 : t->idx.p != NULL;
}

int sx__thes_related(sx__thes *t, const char *word, size_t len, unsigned senses, bool hyponyms,
		     bool verbs, sx__thes_fn fn, void *payload)
{
	if (!t || !len)
		return 0;
	/* Cyrillic letters are two-byte sequences starting D0 or D1 */
	if ((unsigned char)word[0] == 0xD0 || (unsigned char)word[0] == 0xD1)
		return related_ru(t, word, len, fn, payload);
	return related_en(t, word, len, senses, hyponyms, verbs, fn, payload);
}

bool sx__thes_is_word(const sx__thes *t, const char *word, size_t len)
{
	static const char *const none[][2] = {{NULL, NULL}};
	static const mapped noexc = {NULL, 0};
	char buf[MAX_WORD];
	size_t bl, ilen;
	if (!t || !t->idx.p || !len || len >= MAX_WORD || (unsigned char)word[0] >= 0x80)
		return false;
	/* wn_base finds the word as written, through the exceptions, or by
	 * the detachment rules of its part of speech (an empty mapping finds
	 * nothing) */
	return wn_base(&t->idx, &t->exc, noun_rules, word, len, buf, &bl, &ilen) ||
	       wn_base(&t->vidx, &t->vexc, verb_rules, word, len, buf, &bl, &ilen) ||
	       wn_base(&t->aidx, &t->aexc, adj_rules, word, len, buf, &bl, &ilen) ||
	       wn_base(&t->ridx, &noexc, none, word, len, buf, &bl, &ilen);
}
