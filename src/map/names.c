/*
 * names.c - identifier handling shared by relate, describe and PII:
 * splitting identifiers into words (snake, camel, digits, Cyrillic),
 * English singular/plural, table prefixes, generic words, a cheap lexical
 * similarity, and the checksums used to confirm sampled values (Luhn, INN,
 * SNILS, IBAN).
 *
 * Pure functions over caller buffers; no allocation, any thread.
 */
#include <ctype.h>
#include <pthread.h>
#include <string.h>

#include "map_int.h"

/* ------------------------------------------------------------ splitting */

enum { C_SEP, C_LOWER, C_UPPER, C_DIGIT, C_OTHER };

static int cls(unsigned char c)
{
	if (c >= 'a' && c <= 'z')
		return C_LOWER;
	if (c >= 'A' && c <= 'Z')
		return C_UPPER;
	if (c >= '0' && c <= '9')
		return C_DIGIT;
	if (c >= 0x80)
		return C_OTHER; /* UTF-8 letters (Cyrillic identifiers) */
	return C_SEP;
}

/* The small letter of a capital written in two bytes of UTF-8 (code
 * point cp below U+0800), or cp when it has none: Latin-1 and Latin
 * Extended-A ("NÚMERO", "ŁÓDŹ"), Greek, Cyrillic beyond Russian's own
 * ("ПІБ", "ҚАЛА", "ӘКЕСІ"), Armenian ("Անուն"). */
static unsigned lower_cp(unsigned cp)
{
	if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) ||
	    (cp >= 0x410 && cp <= 0x42F))
		return cp + 0x20;
	if (cp == 0x130)
		return 'i';
	if ((cp >= 0x100 && cp <= 0x137 && cp != 0x130) || (cp >= 0x14A && cp <= 0x177) ||
	    (cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) ||
	    (cp >= 0x4D0 && cp <= 0x52F))
		return cp % 2 ? cp : cp + 1;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E) ||
	    (cp >= 0x4C1 && cp <= 0x4CE))
		return cp % 2 ? cp + 1 : cp;
	if (cp == 0x178)
		return 0xFF;
	if (cp == 0x386)
		return 0x3AC;
	if (cp >= 0x388 && cp <= 0x38A)
		return cp + 0x25;
	if (cp == 0x38C)
		return 0x3CC;
	if (cp == 0x38E || cp == 0x38F)
		return cp + 0x3F;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 0x50;
	if (cp == 0x4C0)
		return 0x4CF;
	if (cp >= 0x531 && cp <= 0x556)
		return cp + 0x30;
	return cp;
}

static void push_word(sx__words *out, const char *s, size_t len)
{
	size_t i, j = 0;
	char *w;
	if (len == 0 || out->n >= SX__MAX_WORDS)
		return;
	w = out->w[out->n++];
	for (i = 0; i < len && j + 2 < SX__WORD_MAX; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z') {
			w[j++] = (char)(c + 32);
		} else if (c >= 0xC3 && c <= 0xD5 && c != 0xD0 && i + 1 < len &&
		           ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
			/* other capitals of two bytes (pii39) */
			unsigned cp = ((c & 0x1Fu) << 6) | ((unsigned char)s[i + 1] & 0x3Fu);
			unsigned lc = lower_cp(cp);
			if (lc < 0x80) {
				w[j++] = (char)lc;
			} else {
				w[j++] = (char)(0xC0 | (lc >> 6));
				w[j++] = (char)(0x80 | (lc & 0x3F));
			}
			i++;
		} else if (c == 0xD0 && i + 1 < len) {
			/* Cyrillic capitals: U+0410..U+042F and U+0401 */
			unsigned char d = (unsigned char)s[i + 1];
			if (d >= 0x90 && d <= 0x9F) {
				w[j++] = (char)0xD0;
				w[j++] = (char)(d + 0x20);
			} else if (d >= 0xA0 && d <= 0xAF) {
				w[j++] = (char)0xD1;
				w[j++] = (char)(d - 0x20);
			} else if (d >= 0x80 && d <= 0x8F) {
				/* Ѐ..Џ: Ukrainian, Belarusian, Serbian, Macedonian */
				w[j++] = (char)0xD1;
				w[j++] = (char)(d + 0x10);
			} else {
				w[j++] = (char)c;
				w[j++] = (char)d;
			}
			i++;
		} else {
			w[j++] = (char)c;
		}
	}
	w[j] = 0;
}

void sx__split(const char *ident, sx__words *out)
{
	const unsigned char *s = (const unsigned char *)(ident ? ident : "");
	size_t i, start = 0, len = strlen((const char *)s);

	out->n = 0;
	/* A custom object's or field's suffix (Salesforce Invoice__c,
	 * Primary_Contact__c) marks it as custom and says nothing of what
	 * it names. */
	if (len > 3 && s[len - 3] == '_' && s[len - 2] == '_' && (s[len - 1] | 0x20) == 'c')
		len -= 3;
	for (i = 0; i <= len; i++) {
		int c = i < len ? cls(s[i]) : C_SEP;
		bool cut = false;
		if (c == C_SEP) {
			push_word(out, (const char *)s + start, i - start);
			start = i + 1;
			continue;
		}
		if (i > start) {
			int p = cls(s[i - 1]);
			if (p == C_LOWER && c == C_UPPER)
				cut = true; /* customerId */
			else if ((p == C_DIGIT) != (c == C_DIGIT))
				cut = true; /* address1, 2fa */
			else if (p == C_UPPER && c == C_UPPER && i + 1 < len &&
				 cls(s[i + 1]) == C_LOWER)
				cut = true; /* HTTPServer -> HTTP Server */
		}
		if (cut) {
			push_word(out, (const char *)s + start, i - start);
			start = i;
		}
	}
}

void sx__join(const sx__words *ws, size_t from, size_t to, char *out, size_t n)
{
	size_t i, j = 0;
	if (n == 0)
		return;
	for (i = from; i < to && i < ws->n; i++) {
		size_t l = strlen(ws->w[i]);
		if (j + l + 1 > n)
			break;
		memcpy(out + j, ws->w[i], l);
		j += l;
	}
	out[j] = 0;
}

/* ------------------------------------------------------------ English */

static const char *const irregular[][2] = {
	{"people", "person"}, {"persons", "person"}, {"children", "child"}, {"men", "man"},
	{"women", "woman"}, {"mice", "mouse"}, {"geese", "goose"}, {"feet", "foot"},
	{"teeth", "tooth"}, {"indices", "index"}, {"vertices", "vertex"}, {"matrices", "matrix"},
	{"analyses", "analysis"}, {"bases", "base"}, {"criteria", "criterion"},
	{"phenomena", "phenomenon"}, {"data", "data"}, {"media", "media"}, {"series", "series"},
	{"species", "species"}, {"news", "news"}, {"staff", "staff"}, {"info", "info"},
	{"equipment", "equipment"}, {"statuses", "status"}, {"campuses", "campus"},
	{"buses", "bus"}, {"bonuses", "bonus"}, {"viruses", "virus"}, {"aliases", "alias"},
	{"addresses", "address"}, {"processes", "process"}, {"classes", "class"},
	{"businesses", "business"}, {"leaves", "leave"}, {"movies", "movie"},
	{"cookies", "cookie"}, {"calories", "calorie"}, {"wolves", "wolf"},
	{"lives", "life"}, {"knives", "knife"}, {"wives", "wife"}, {"shelves", "shelf"},
	{"halves", "half"}, {"heroes", "hero"}, {"potatoes", "potato"},
	{"tomatoes", "tomato"}, {"goods", "goods"}, {"sales", "sale"},
};

static bool is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static void copy(char *out, size_t n, const char *s, size_t len)
{
	if (n == 0)
		return;
	if (len >= n)
		len = n - 1;
	memcpy(out, s, len);
	out[len] = 0;
}

/* Irregular plurals as a hash, built once (read-only afterwards). */
static sx_hmap *irregular_map;
static pthread_once_t irregular_once = PTHREAD_ONCE_INIT;

static void irregular_init(void)
{
	size_t i;
	irregular_map = sx_hmap_new(128);
	for (i = 0; irregular_map && i < sizeof irregular / sizeof irregular[0]; i++)
		sx_hmap_put(irregular_map, irregular[i][0], (void *)irregular[i][1]);
}

void sx__singular(const char *w, char *out, size_t n)
{
	size_t l = strlen(w), i;
	const char *irr;
	pthread_once(&irregular_once, irregular_init);
	if (irregular_map && (irr = sx_hmap_get(irregular_map, w))) {
		copy(out, n, irr, strlen(irr));
		return;
	}
	/* Non-ASCII words (Cyrillic) and short words stay as they are. */
	for (i = 0; i < l; i++)
		if ((unsigned char)w[i] >= 0x80) {
			copy(out, n, w, l);
			return;
		}
	if (l > 4 && sx_str_endswith(w, "ies")) {
		copy(out, n, w, l - 3);
		if (strlen(out) + 2 <= n)
			strcat(out, "y");
		return;
	}
	if (l > 4 && (sx_str_endswith(w, "sses") || sx_str_endswith(w, "xes") ||
		      sx_str_endswith(w, "ches") || sx_str_endswith(w, "shes") ||
		      sx_str_endswith(w, "zzes"))) {
		copy(out, n, w, l - 2);
		return;
	}
	/* -is is a singular (analysis, iris) except after k or j, where it
	 * is the plural of a loanword in -i (wikis, emojis, kanjis) */
	if (l > 4 && sx_str_endswith(w, "is") && (w[l - 3] == 'k' || w[l - 3] == 'j')) {
		copy(out, n, w, l - 1);
		return;
	}
	if (l > 3 && w[l - 1] == 's' && w[l - 2] != 's' && w[l - 2] != 'u' && w[l - 2] != 'i') {
		copy(out, n, w, l - 1);
		return;
	}
	copy(out, n, w, l);
}

void sx__plural(const char *w, char *out, size_t n)
{
	size_t l = strlen(w), i;
	for (i = 0; i < sizeof irregular / sizeof irregular[0]; i++)
		if (strcmp(w, irregular[i][1]) == 0) {
			copy(out, n, irregular[i][0], strlen(irregular[i][0]));
			return;
		}
	copy(out, n, w, l);
	if (l == 0 || (unsigned char)w[0] >= 0x80)
		return;
	if (l > 1 && w[l - 1] == 'y' && !is_vowel(w[l - 2])) {
		if (l + 2 < n) {
			out[l - 1] = 0;
			strcat(out, "ies");
		}
	} else if (w[l - 1] == 's' || w[l - 1] == 'x' || w[l - 1] == 'z' ||
		   sx_str_endswith(w, "ch") || sx_str_endswith(w, "sh")) {
		if (l + 3 < n)
			strcat(out, "es");
	} else if (l + 2 < n) {
		strcat(out, "s");
	}
}

/* ------------------------------------------------------------ other languages */

/* Appends base + ending to out[] unless it is too short, the English
 * singular already, or there. */
static void foreign_add(const char *w, size_t keep, const char *ending, size_t minlen,
			char out[][SX__WORD_MAX], size_t *n, size_t max)
{
	char buf[SX__WORD_MAX], sg[SX__WORD_MAX], eng[SX__WORD_MAX];
	size_t i;
	if (*n >= max || keep + strlen(ending) + 1 > sizeof buf || keep + strlen(ending) < minlen)
		return;
	memcpy(buf, w, keep);
	strcpy(buf + keep, ending);
	sx__singular(buf, sg, sizeof sg);
	sx__singular(w, eng, sizeof eng);
	if (strcmp(sg, eng) == 0 || strlen(sg) < minlen)
		return;
	for (i = 0; i < *n; i++)
		if (strcmp(out[i], sg) == 0)
			return;
	snprintf(out[(*n)++], SX__WORD_MAX, "%s", sg);
}

/* German plurals with an umlaut and -e: auftraege (aufträge) -> auftrag,
 * plaetze -> platz: the last ae/oe/ue (or ä, ö, ü) becomes its vowel. */
static void umlaut_plural(const char *w, size_t l, char out[][SX__WORD_MAX], size_t *n,
			  size_t max)
{
	char buf[SX__WORD_MAX];
	size_t i, k = l - 1;
	if (l < 5 || l >= sizeof buf)
		return;
	for (i = k - 1; i > 0; i--) {
		const unsigned char a = (unsigned char)w[i - 1], b = (unsigned char)w[i];
		char v = 0, sg[SX__WORD_MAX], eng[SX__WORD_MAX];
		size_t j;
		if (b == 'e' && (a == 'a' || a == 'o' || a == 'u'))
			v = (char)a;
		else if (a == 0xC3 && (b == 0xA4 || b == 0xB6 || b == 0xBC))
			v = b == 0xA4 ? 'a' : b == 0xB6 ? 'o' : 'u';
		if (!v)
			continue;
		/* w[0..i-1) + v + w[i+1..k): the final e dropped */
		memcpy(buf, w, i - 1);
		buf[i - 1] = v;
		memcpy(buf + i, w + i + 1, k - i - 1);
		buf[k - 1] = 0;
		sx__singular(buf, sg, sizeof sg);
		sx__singular(w, eng, sizeof eng);
		if (*n >= max || strlen(sg) < 3 || !strcmp(sg, eng))
			return;
		for (j = 0; j < *n; j++)
			if (!strcmp(out[j], sg))
				return;
		snprintf(out[(*n)++], SX__WORD_MAX, "%s", sg);
		return;
	}
}

/* Cyrillic letters, UTF-8 (two bytes each). */
#define CY_A "\xd0\xb0"
#define CY_E "\xd0\xb5"
#define CY_I "\xd0\xb8"
#define CY_J "\xd0\xb9"
#define CY_O "\xd0\xbe"
#define CY_Y "\xd1\x8b"
#define CY_SOFT "\xd1\x8c"
#define CY_YA "\xd1\x8f"

size_t sx__foreign_singulars(const char *w, char out[][SX__WORD_MAX], size_t max)
{
	size_t l = strlen(w), n = 0;
	if ((unsigned char)w[0] >= 0x80) {
		/* Russian in Cyrillic: at least three letters remain. */
		if (l < 8)
			return 0;
		if (sx_str_endswith(w, CY_Y)) { /* клиенты, страны */
			foreign_add(w, l - 2, "", 6, out, &n, max);
			foreign_add(w, l - 2, CY_A, 6, out, &n, max);
		} else if (sx_str_endswith(w, CY_I)) { /* сотрудники, поставки, категории, должности, музеи */
			foreign_add(w, l - 2, "", 6, out, &n, max);
			foreign_add(w, l - 2, CY_A, 6, out, &n, max);
			foreign_add(w, l - 2, CY_YA, 6, out, &n, max);
			foreign_add(w, l - 2, CY_SOFT, 6, out, &n, max);
			foreign_add(w, l - 2, CY_J, 6, out, &n, max);
		} else if (sx_str_endswith(w, CY_A)) { /* города, места */
			foreign_add(w, l - 2, "", 6, out, &n, max);
			foreign_add(w, l - 2, CY_O, 6, out, &n, max);
		} else if (sx_str_endswith(w, CY_YA)) { /* подразделения, учителя */
			foreign_add(w, l - 2, CY_E, 6, out, &n, max);
			foreign_add(w, l - 2, CY_SOFT, 6, out, &n, max);
		}
		return n;
	}
	if (l < 4)
		return 0;
	switch (w[l - 1]) {
	case 'y': /* Russian: klienty, tovary; strany, valyuty */
		if (!is_vowel(w[l - 2])) {
			foreign_add(w, l - 1, "", 3, out, &n, max);
			foreign_add(w, l - 1, "a", 3, out, &n, max);
		}
		break;
	case 'i': /* Russian: sotrudniki, postavki, kategorii; Italian: prodotti, clienti */
		foreign_add(w, l - 1, "", 3, out, &n, max);
		foreign_add(w, l - 1, "a", 3, out, &n, max);
		if (w[l - 2] == 'i')
			foreign_add(w, l - 1, "ya", 3, out, &n, max);
		if (sx_str_endswith(w, "chi") || sx_str_endswith(w, "ghi"))
			foreign_add(w, l - 2, "o", 3, out, &n, max); /* banchi -> banco */
		foreign_add(w, l - 1, "o", 3, out, &n, max);
		foreign_add(w, l - 1, "e", 3, out, &n, max);
		break;
	case 'a': /* Russian: goroda, adresa; neuter sredstva -> sredstvo; -iya/-ie */
		if (sx_str_endswith(w, "ya") && l >= 5) {
			foreign_add(w, l - 2, "e", 3, out, &n, max); /* zdaniya -> zdanie */
			break;
		}
		if (sx_str_endswith(w, "ia") && l >= 5) /* Polish zamowienia, zdania */
			foreign_add(w, l - 1, "e", 3, out, &n, max);
		foreign_add(w, l - 1, "", 3, out, &n, max);
		foreign_add(w, l - 1, "o", 3, out, &n, max);
		break;
	case 'e': /* Italian: fatture -> fattura, banche -> banca; German: produkte */
		if (sx_str_endswith(w, "che") || sx_str_endswith(w, "ghe"))
			foreign_add(w, l - 2, "a", 3, out, &n, max);
		foreign_add(w, l - 1, "a", 3, out, &n, max);
		foreign_add(w, l - 1, "", 3, out, &n, max);
		umlaut_plural(w, l, out, &n, max);
		break;
	case 'r': /* Turkish: musteriler -> musteri, urunler -> urun */
		if (l >= 7 && (sx_str_endswith(w, "ler") || sx_str_endswith(w, "lar")))
			foreign_add(w, l - 3, "", 4, out, &n, max);
		break;
	case 'n': /* German: rechnungen -> rechnung, kunden -> kunde */
		if (l >= 5 && w[l - 2] == 'e') {
			foreign_add(w, l - 2, "", 4, out, &n, max);
			foreign_add(w, l - 1, "", 4, out, &n, max);
		}
		break;
	case 's':
		if (l >= 5 && sx_str_endswith(w, "ces"))
			foreign_add(w, l - 3, "z", 3, out, &n, max); /* luces -> luz */
		if (l >= 5 && (sx_str_endswith(w, "oes") || sx_str_endswith(w, "aes")))
			foreign_add(w, l - 3, "ao", 3, out, &n, max); /* cartoes -> cartao */
		if (l >= 5 && sx_str_endswith(w, "es"))
			foreign_add(w, l - 2, "", 3, out, &n, max); /* ciudades -> ciudad */
		if (l >= 5 && sx_str_endswith(w, "is") && is_vowel(w[l - 3]))
			foreign_add(w, l - 2, "l", 3, out, &n, max); /* hoteis -> hotel */
		if (l >= 5 && sx_str_endswith(w, "ns") && is_vowel(w[l - 3]))
			foreign_add(w, l - 2, "m", 3, out, &n, max); /* itens -> item */
		break;
	case 'x': /* French: journaux -> journal, bureaux -> bureau */
		if (sx_str_endswith(w, "aux") && l >= 6)
			foreign_add(w, l - 3, "al", 3, out, &n, max);
		foreign_add(w, l - 1, "", 4, out, &n, max);
		break;
	default:
		break;
	}
	return n;
}

void sx__norm(const char *ident, char *out, size_t n)
{
	sx__words ws;
	size_t i, j = 0;
	sx__split(ident, &ws);
	if (n == 0)
		return;
	out[0] = 0;
	for (i = 0; i < ws.n; i++) {
		char s[SX__WORD_MAX];
		size_t l;
		sx__singular(ws.w[i], s, sizeof s);
		l = strlen(s);
		if (j + l + 1 > n)
			break;
		memcpy(out + j, s, l);
		j += l;
		out[j] = 0;
	}
}

/* ------------------------------------------------------------ vocab */

static bool in_list(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(w, *list) == 0)
			return true;
	return false;
}

size_t sx__strip_table_prefix(sx__words *ws)
{
	static const char *const prefixes[] = {"tbl", "tb", "t", "app", "dim", "fact", "fct",
					       "stg", "raw", "src", "tab", "v", "vw", NULL};
	if (ws->n > 1 && in_list(ws->w[0], prefixes)) {
		memmove(ws->w[0], ws->w[1], (ws->n - 1) * sizeof ws->w[0]);
		ws->n--;
		return 1;
	}
	return 0;
}

bool sx__key_word(const char *w)
{
	static const char *const keys[] = {"id", "code", "key", "no", "num", "nr", "number",
					   "uuid", "guid", "pk", "ref", "sk", "cd", "nbr",
					   "ident", "idx",
					   /* in other languages: Russian kod, nomer; Spanish,
					    * Portuguese, Italian codigo, codice, cod, numero,
					    * nro; German nummer, schluessel */
					   "kod", "nomer", "codigo", "codice", "cod", "numero",
					   "nro", "nummer", "schluessel", NULL};
	return in_list(w, keys);
}

bool sx__generic_word(const char *w)
{
	static const char *const generic[] = {
		"name", "type", "kind", "date", "time", "year", "value", "status", "flag",
		"desc", "description", "title", "text", "seq", "count", "amount", "price",
		"created", "updated", "at", "on", "is", "has", "level", "rank", "position",
		"label", "note", "notes", "comment", "version", "state", "day", "month", "week",
		"hour", "url", "total", "score", "rating", "points", "age", "number", NULL};
	return sx__key_word(w) || in_list(w, generic);
}

/* ------------------------------------------------------------ similarity */

/* Dice coefficient over character trigrams of the normalised names,
 * padded so that short names still produce grams. */
double sx__name_similarity(const char *a, const char *b)
{
	char na[128], nb[128], pa[132], pb[132];
	size_t la, lb, i, j, common = 0;
	bool used[130] = {0};

	sx__norm(a, na, sizeof na);
	sx__norm(b, nb, sizeof nb);
	if (!na[0] || !nb[0])
		return 0;
	if (strcmp(na, nb) == 0)
		return 1;
	snprintf(pa, sizeof pa, "^%s$", na);
	snprintf(pb, sizeof pb, "^%s$", nb);
	la = strlen(pa);
	lb = strlen(pb);
	if (la < 3 || lb < 3)
		return 0;
	for (i = 0; i + 2 < la; i++)
		for (j = 0; j + 2 < lb; j++)
			if (!used[j] && memcmp(pa + i, pb + j, 3) == 0) {
				used[j] = true;
				common++;
				break;
			}
	return 2.0 * (double)common / (double)((la - 2) + (lb - 2));
}

/* ------------------------------------------------------------ checksums */

size_t sx__digits_only(const char *s, char *out, size_t n)
{
	size_t j = 0;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9') {
			if (j + 1 >= n)
				return 0;
			out[j++] = *s;
		} else if (!strchr(" -()+.", *s)) {
			return 0;
		}
	}
	out[j] = 0;
	return j;
}

bool sx__luhn_ok(const char *d)
{
	size_t l = strlen(d), i;
	int sum = 0;
	if (l < 12 || l > 19)
		return false;
	for (i = 0; i < l; i++) {
		int x = d[l - 1 - i] - '0';
		if (x < 0 || x > 9)
			return false;
		if (i % 2 == 1) {
			x *= 2;
			if (x > 9)
				x -= 9;
		}
		sum += x;
	}
	return sum % 10 == 0;
}

static int inn_check(const char *d, const int *w, size_t n)
{
	int s = 0;
	size_t i;
	for (i = 0; i < n; i++)
		s += (d[i] - '0') * w[i];
	return s % 11 % 10;
}

bool sx__inn_ok(const char *d)
{
	static const int w10[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
	static const int w11[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
	static const int w12[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
	size_t l = strlen(d), i;
	for (i = 0; i < l; i++)
		if (d[i] < '0' || d[i] > '9')
			return false;
	if (l == 10)
		return inn_check(d, w10, 9) == d[9] - '0';
	if (l == 12)
		return inn_check(d, w11, 10) == d[10] - '0' && inn_check(d, w12, 11) == d[11] - '0';
	return false;
}

bool sx__snils_ok(const char *d)
{
	size_t i;
	int sum = 0, check;
	long num = 0;
	if (strlen(d) != 11)
		return false;
	for (i = 0; i < 11; i++)
		if (d[i] < '0' || d[i] > '9')
			return false;
	for (i = 0; i < 9; i++) {
		sum += (d[i] - '0') * (int)(9 - i);
		num = num * 10 + (d[i] - '0');
	}
	/* The checksum is defined only above 001-001-998. */
	if (num <= 1001998)
		return false;
	if (sum < 100)
		check = sum;
	else if (sum == 100 || sum == 101)
		check = 0;
	else {
		check = sum % 101;
		if (check == 100)
			check = 0;
	}
	return check == (d[9] - '0') * 10 + (d[10] - '0');
}

bool sx__iban_ok(const char *s)
{
	char b[40];
	size_t l = 0, i;
	int rem = 0;
	for (; *s; s++) {
		if (*s == ' ')
			continue;
		if (l + 1 >= sizeof b || !isalnum((unsigned char)*s))
			return false;
		b[l++] = (char)toupper((unsigned char)*s);
	}
	b[l] = 0;
	if (l < 15 || l > 34 || !isalpha((unsigned char)b[0]) || !isalpha((unsigned char)b[1]) ||
	    !isdigit((unsigned char)b[2]) || !isdigit((unsigned char)b[3]))
		return false;
	/* Move the first four characters to the end, letters become 10..35,
	 * and the whole number must be 1 mod 97 (ISO 13616). */
	for (i = 0; i < l; i++) {
		char c = b[(i + 4) % l];
		if (isdigit((unsigned char)c))
			rem = (rem * 10 + (c - '0')) % 97;
		else
			rem = (rem * 100 + (c - 'A' + 10)) % 97;
	}
	return rem == 1;
}
