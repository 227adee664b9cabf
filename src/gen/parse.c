/*
 * parse.c - what the words of an intent say, before any table is looked
 * at: measures (revenue, number of X, distinct X, average, units), the
 * grain, dimensions ("by channel", "в разрезе регионов"), value words for
 * filters ("excluding cancelled", "без отменённых", "only paid"), years and
 * relative ranges, top N, the load type, the target engine, the schedule
 * and streaming.
 *
 * Design: one left-to-right pass over lowercased words with small keyword
 * tables (English words and Russian stems as prefixes). Content words keep
 * the search analyser's stems and concepts (a Russian noun also yields the
 * English concept the lexicon gives it), so the resolver matches columns
 * and tables in one vocabulary. Structural words (by, per, по, без) are
 * matched on the surface: the analyser drops them as stopwords.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "gen_int.h"

/* ---------------------------------------------------------------- words */

/* Lowercases one UTF-8 code point of Cyrillic or ASCII into out. Returns
 * bytes consumed from s; *letter tells whether it was a word character. */
static size_t fold(const unsigned char *s, char *out, size_t *olen, bool *letter, bool *cyr)
{
	*letter = false;
	if (s[0] < 0x80) {
		if (isalnum(s[0]) || s[0] == ':' || s[0] == '#') {
			*letter = true;
			out[(*olen)++] = (char)tolower(s[0]);
		}
		return 1;
	}
	if ((s[0] == 0xD0 || s[0] == 0xD1) && s[1] >= 0x80 && s[1] < 0xC0) {
		unsigned cp = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		if (cp == 0x401 || cp == 0x451)
			cp = 0x435; /* ё -> е */
		else if (cp >= 0x410 && cp <= 0x42F)
			cp += 0x20;
		if (cp >= 0x430 && cp <= 0x44F) {
			out[(*olen)++] = (char)(0xC0 | (cp >> 6));
			out[(*olen)++] = (char)(0x80 | (cp & 0x3F));
			*letter = *cyr = true;
		}
		return 2;
	}
	/* signs of arithmetic, not letters (gen15): "×" U+00D7, "÷" U+00F7,
	 * "−" U+2212, "⋅" U+22C5 */
	if (s[0] == 0xC3 && (s[1] == 0x97 || s[1] == 0xB7))
		return 2;
	if (s[0] == 0xE2 && ((s[1] == 0x88 && s[2] == 0x92) || (s[1] == 0x8B && s[2] == 0x85)))
		return 3;
	/* punctuation, not letters (the lead, round 29): dashes and quotes
	 * U+2010..U+201F, "…" U+2026, « » U+00AB / U+00BB, a no-break space
	 * U+00A0: "выручка — по месяцам", "2007–2009", «Альфа» */
	if (s[0] == 0xE2 && s[1] == 0x80 && ((s[2] >= 0x90 && s[2] <= 0x9F) || s[2] == 0xA6))
		return 3;
	if (s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB || s[1] == 0xA0))
		return 2;
	/* other scripts: a letter of no known language; keep the bytes */
	{
		size_t n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2, i;
		for (i = 0; i < n && s[i]; i++)
			out[(*olen)++] = (char)s[i];
		*letter = true;
		return i ? i : 1;
	}
}

static bool is(const gen_tok *t, const char *w)
{
	return strcmp(t->w, w) == 0;
}

/* List entries: "word" exact, "stem*" prefix. */
static bool kw(const gen_tok *t, const char *const *list)
{
	size_t i;
	if (t->inname)
		return false; /* a word of a name written with '_' is no keyword (gen11) */
	for (i = 0; list[i]; i++) {
		size_t n = strlen(list[i]);
		if (n && list[i][n - 1] == '*') {
			if (strncmp(t->w, list[i], n - 1) == 0)
				return true;
		} else if (strcmp(t->w, list[i]) == 0)
			return true;
	}
	return false;
}

bool gen_tok_is(const gen_tok *t, const char *w)
{
	return is(t, w);
}

bool gen_tok_kw(const gen_tok *t, const char *const *list)
{
	return kw(t, list);
}

/* A grain word, or a Russian adverb or adjective made from a grain noun
 * with "по-" or "еже-" ("поквартально", "ежеквартальный",
 * "понедельно"): the rest of the word is one of the list's Cyrillic
 * stems followed by an adjective's "-н-" / "-ьн-" ("понедельникам", the
 * Mondays, is none). */
static bool grain_kw(const gen_tok *t, const char *const *list)
{
	static const char *const pre[] = {"по", "еже", NULL};
	size_t i, j;
	if (kw(t, list))
		return true;
	if (!t->cyr)
		return false;
	for (j = 0; pre[j]; j++) {
		size_t pn = strlen(pre[j]);
		if (strncmp(t->w, pre[j], pn) != 0)
			continue;
		for (i = 0; list[i]; i++) {
			size_t n = strlen(list[i]);
			const char *r = t->w + pn + n - 1;
			if (n > 1 && list[i][n - 1] == '*' && ((unsigned char)list[i][0] & 0x80) &&
			    strncmp(t->w + pn, list[i], n - 1) == 0 && strlen(t->w + pn) >= n - 1 &&
			    (strncmp(r, "ьн", strlen("ьн")) == 0 || strncmp(r, "н", strlen("н")) == 0) &&
			    !strstr(r, "ник"))
				return true; /* an adjective's -н-: never "по понедельникам" */
		}
	}
	return false;
}

static const char *const W_STOP[] = {
    "the",       "a",       "an",       "of",        "for",       "to",        "into",
    "in",        "on",      "at",       "from",      "with",      "and",       "or",
    "load",      "loads",   "build",    "make",      "create",    "compute",   "calculate",
    "get",       "give",    "show",     "table",     "data",      "pipeline",  "etl",
    "please",    "we",      "need",     "want",      "i",         "it",        "that",
    "which",     "as",      "all",      "each",      "every",     "per",       "by",
    "is",        "are",     "be",       "our",       "my",        "analytics", "report",
    "dashboard", "mart",    "datamart", "target",    "copy",      "по",        "в",
    "во",        "из",      "на",       "с",         "со",        "и",         "или",
    "за",        "для",     "от",       "до",        "к",         "о",         "загрузить",
    "загружать", "загрузи", "загрузка", "загрузку",  "построить", "построй",   "посчитать",
    "посчитай",  "собрать", "собирать", "нужно",     "нужна",     "нужен",     "таблицу",
    "таблица",   "данные",  "данных",   "витрину",   "витрина",   "аналитики", "отчет",
    "отчета",    "каждый",  "каждую",   "каждое",    "каждой",    "каждого",   "каждому",
    "all",       "their",   "its",      "them",      "this",      "these",     "those",
    "so",        "then",    "also",     "including", "include",   "up",        "out",
    "there",     "what",    "how",      "one",       "row",       "rows",
    "строку",    "just",    "only",     "только",    "лишь",      "их",        "его",
    "ее",        "них",     "который",  "которые",   "where",     "когда",     "keeping",
    "keep",      "leaving", "оставляя", "оставить",  "оставлять", "were",      "was",
    "placed",    "made",    "through",  "via",       "happened",  "came",      "has",
    "have",      "had",     "did",      "do",        "does",      "take",      "taken",
    "put",       "stored",  "write",    "written",   "into",      "ones",      "who",
    "whom",      "whose",   "кто",      "split",     "broken",    "grouped",   "down",
    "within",    "внутри",
    /* question and request words are never a dimension (gen19) */
    "какие",     "какой",   "какая",    "какое",     "каких",     "каким",     "какими",
    "какую",     "каков",   "покажи",   "покажите",  "показать",  "нужны",     "выведи",
    "выведите",  "вывести", "дай",      "дайте",     "tell",      "find",
    /* words of display are never a dimension: "shown with the room name" (gen21) */
    "shown",     "displayed", "показав", "показывая", NULL};

static const char *const W_CONNECT[] = {
	"and", "or", "with", "excluding", "except", "without", "for", "into", "to", "from",
	"in", "at", "every", "each", "as", "only", "on", "за", "в", "во", "из", "с", "со",
	"без", "кроме", "и", "или", "только", "на", "по", "per", "by", "then", "keeping",
	"keep", "where", "over", "during", "since", "across", "для", "who", "whom", "whose",
	"которы*", "кто", "кажд*", "within", "внутри", "через", "via", "through",
	/* "never" opens a condition and ends the phrase before it (gen21) */
	"never",
	/* "skipping products that have no price": a condition, no dimension (gen27) */
	"skipping", "ignoring", "ignore", "ignored", "omit", "omitting", "пропуская", "игнорируя", NULL};

static bool is_stop(const gen_tok *t)
{
	return kw(t, W_STOP);
}

/* ---------------------------------------------------------------- tables */

static const char *const W_REVENUE[] = {"revenue*", "turnover", "sales", "gmv", "выручк*",
					 "оборот*", "продаж*", "income", NULL};
static const char *const W_AMOUNT[] = {"amount*", "sum", "total*", "spent", "spend*",
					"сумм*", "money", "потрачен*", "value", "стоимост*", "gross", "net",
					"начислен*", NULL};
/* verbs that open a formula: "считаем цену, умноженную на ..." */
static const char *const W_FORMULA_VERB[] = {"считаем", "считать", "считая", "computed", "calculated", NULL};
/* verbs of counting something in, negated to leave it out */
static const char *const W_COUNT_VERB[] = {"count", "counted", "include", "included", "consider", "considered",
					   "учитыва*", "учтены", "счита*", "включа*", "включены", "берем", NULL};
static const char *const W_SUM_OF[] = {"sum", "total", "сумма", "сумму", "суммы", NULL};
static const char *const W_QTY[] = {"units", "unit", "quantity", "qty", "pieces", "штук*",
				     "единиц*", "quantities", NULL};
static const char *const W_COUNT[] = {"number", "count", "counts", "количеств*", "число", "числом", "числу",
				       "кол-во", "колво", "сколько", "#", NULL};
/* a count of people: "headcount", "численность" (of the staff, unless a
 * noun follows: "численность сотрудников") */
static const char *const W_HEADCOUNT[] = {"headcount", "headcounts", "численност*", NULL};
/* the next funnel step follows the previous one: "then", "затем" */
static const char *const W_THEN[] = {"then", "afterwards", "затем", "потом", NULL};
static const char *const W_DISTINCT[] = {"distinct", "unique", "уникальн*", "различн*", "разн*",
					  "different", NULL};
static const char *const W_AVG[] = {"average", "avg", "mean", "средн*", NULL};
/* the largest / smallest value of an amount ("max salary", "минимальная
 * цена"); a date after them is a first / last date instead */
static const char *const W_MAXV[] = {"max", "maximum", "highest", "largest", "biggest",
                                     "максимальн*", "наибольш*", NULL};
static const char *const W_MINV[] = {"min", "minimum", "lowest", "smallest", "минимальн*",
                                     "наименьш*", NULL};
static const char *const W_CHECK[] = {"чек", "basket", "aov", NULL};
/* superlatives of an entity ("their longest track", "the most expensive
 * bottle", "самый дорогой заказ"): the number said is its MAX / MIN (gen14) */
static const char *const W_SUP_MAX[] = {"longest", "priciest", "costliest", "дорогостоящ*", NULL};
static const char *const W_SUP_MIN[] = {"shortest", "cheapest", NULL};
static const char *const W_MOST_MAX[] = {"expensive", "long", "дорог*", "длинн*", "долг*", NULL};
static const char *const W_MOST_MIN[] = {"дешев*", "коротк*", NULL};
static const char *const W_MOSTW[] = {"most", "сам*", NULL};
static const char *const W_FIRST[] = {"first", "earliest", "перв*", NULL};
static const char *const W_LASTD[] = {"last", "latest", "most", "recent", "последн*", NULL};
static const char *const W_DATEW[] = {"date", "dates", "дата", "дату", "даты", NULL};
static const char *const W_SOLD[] = {"sold", "sell", "selling", "продан*", "продал*", NULL};
static const char *const W_BY[] = {"by", "per", "across", "разрез*", "для", "for", NULL};
static const char *const W_EACH[] = {"each", "every", "кажд*", NULL};
/* hundredths of a currency, and verbs of a price (the lead, round 36) */
static const char *const W_CENTS[] = {"cents", "cent", "центов", "цента", "цент", "копеек", "копейки", "pence",
				      "пенсов", NULL};
static const char *const W_COSTS[] = {"cost", "costs", "priced", "стоит", "стоят", "стоил*", "стоящ*", NULL};
static const char *const W_NEG[] = {"excluding", "exclude", "excluded", "except", "without", "not",
				     "non", "omitted", "без", "кроме", "исключ*", "не", "excl", "skipping",
				     "ignoring", "ignore", "ignored", "omit", "omitting", "пропуская", "игнорируя", NULL};
/* parts of a record: "order lines", "позиции заказа" */
static const char *const W_PARTS[] = {"line", "lines", "item", "items", "position", "positions",
                                      "позици*", "строк*", NULL};
/* a sum word that may only say how another measure adds up */
static const char *const W_TOTALW[] = {"total", "sum", "сумм*", NULL};
/* a status said as a value: "with status Pending", "со статусом Pending" */
static const char *const W_STATUSW[] = {"status", "state", "статус*", NULL};
/* month names: "за декабрь 2011", "in December 2011" (before a year) */
static const char *const W_MONTHS[12][5] = {
    {"january", "январ*", NULL}, {"february", "феврал*", NULL}, {"march", "март*", NULL},
    {"april", "апрел*", NULL},   {"may", "май", "мая", "мае", NULL},  {"june", "июн*", NULL},
    {"july", "июл*", NULL},      {"august", "август*", NULL},  {"september", "сентябр*", NULL},
    {"october", "октябр*", NULL}, {"november", "ноябр*", NULL}, {"december", "декабр*", NULL}};
static const char *const W_ONLY[] = {"only", "just", "только", "лишь", NULL};
static const char *const W_TOP[] = {"top", "топ", "best", "лучш*", NULL};
/* a superlative that ranks after a number: "пять крупнейших клиентов", "the ten biggest" */
static const char *const W_TOP_ADJ[] = {"крупнейш*", "largest", "biggest", NULL};
static const char *const W_CODE[] = {"code", "codes", "код", "коду", "кода", "кодам", "кодов", NULL};
static const char *const W_CONVERT[] = {"convert*", "converted", "конверт*", "пересч*",
					 "roubles", "rubles", "rub", "рубл*", "рублях",
					 "currency", "валют*", NULL};

static const char *const W_HOUR[] = {"hourly", "hour", "hours", "час", "часам", "часов",
				      "почасов*", "ежечасн*", NULL};
static const char *const W_DAY[] = {"daily", "day", "days", "день", "дням", "дня", "дней", "ежедневн*",
				     "дневн*", "посуточн*", "суток", NULL};
static const char *const W_WEEK[] = {"weekly", "week", "weeks", "недел*", "еженедел*", NULL};
static const char *const W_MONTH[] = {"monthly", "month", "months", "месяц*", "помесячн*",
				       "ежемесячн*", NULL};
static const char *const W_QUARTER[] = {"quarterly", "quarter", "quarters", "квартал*", NULL};
static const char *const W_YEAR[] = {"yearly", "annual", "annually", "year", "years", "год",
				      "году", "годам", "годов", "года", "ежегодн*", NULL};

static const char *const W_INCR[] = {"incremental*", "incrementally", "upsert*", "инкремент*",
				      "merge", "changed", "изменен*", "новые", NULL};
static const char *const W_AGGW[] = {"aggregat*", "агрегац*", "агрегир*", "сгруппир*", NULL};
static const char *const W_SNAP[] = {"snapshot*", "снимок", "снимки", "снапшот*", "срез*",
				      "slice", NULL};
static const char *const W_SCD[] = {"scd", "scd2", "scd-2", "history", "историю", "истори*",
				     "slowly", NULL};
static const char *const W_DEDUP[] = {"dedup*", "de-dup*", "duplicate*", "duplicates", "дубл*",
				       "дедуп*", "uniq*", NULL};
static const char *const W_360[] = {"360", "denormali*", "denormalized", "wide", "денормал*",
				     "широк*", "profile", "профил*", NULL};
static const char *const W_MASK[] = {"mask*", "маскир*", "маск*", "anonymi*", "pseudonym*",
				      "обезлич*", "анонимиз*", "redact*", NULL};
static const char *const W_STREAM[] = {"streaming", "stream", "real-time", "realtime", "cdc",
					"kafka", "стрим*", "потоков*", "реальном", NULL};
static const char *const W_CH[] = {"clickhouse", "кликхаус*", "ch", NULL};
static const char *const W_PG[] = {"postgres", "postgresql", "pg", "постгрес*", "postgre", NULL};
static const char *const W_SQLITE[] = {"sqlite", NULL};
static const char *const W_TO[] = {"to", "into", "в", "во", "target", NULL};
/* Whether a year from 1990 on other than token i is said. */
static bool other_year(const gen_intent *in, size_t i)
{
	size_t k;
	for (k = 0; k < in->ntok; k++)
		if (k != i && in->tok[k].num && strlen(in->tok[k].w) == 4 && atoi(in->tok[k].w) >= 1990 &&
		    atoi(in->tok[k].w) <= 2100)
			return true;
	return false;
}

/* Whether the number at token i is a threshold on an amount, not a year:
 * "больше 2000 телефонов", "more than 2000 units", "over 1500" (the year's
 * word after it says a year: "after more than 2010 years" is none). */
static bool amount_bound(const gen_intent *in, size_t i)
{
	static const char *const cmp[] = {"больше", "меньше", "более", "менее", "свыше", "over", "above",
	                                  "under", "below", "exceeding", "least", "most", NULL};
	const gen_tok *pv = i > 0 ? &in->tok[i - 1] : NULL, *pp = i > 1 ? &in->tok[i - 2] : NULL,
	              *nx = i + 1 < in->ntok ? &in->tok[i + 1] : NULL;
	if (!pv || (nx && grain_kw(nx, W_YEAR)))
		return false;
	return kw(pv, cmp) || (is(pv, "than") && pp && (is(pp, "more") || is(pp, "less") || is(pp, "fewer")));
}

/* "since 2015", "starting from 2015", "from 2015 on(wards)", "начиная с
 * 2015-го", "с 2015 года и позже": the year at token i opens a range with no
 * end (gen20). The words saying so are used. */
static bool open_year(gen_intent *in, size_t i)
{
	gen_tok *pv = i > 0 ? &in->tok[i - 1] : NULL, *pp = i > 1 ? &in->tok[i - 2] : NULL;
	size_t k;
	if (pv && is(pv, "since")) {
		pv->used = true;
		return true;
	}
	if (pv && pp && (is(pv, "from") || is(pv, "in") || is(pv, "с") || is(pv, "со")) &&
	    (is(pp, "starting") || is(pp, "beginning") || strncmp(pp->w, "начина", strlen("начина")) == 0)) {
		pv->used = pp->used = true;
		return true;
	}
	/* "2015 onwards", "1990 or later", "2010 and after", "2018 и позже", "2018 и позднее" */
	for (k = i + 1; k < in->ntok && k <= i + 3; k++)
		if (is(&in->tok[k], "onwards") || is(&in->tok[k], "onward") || is(&in->tok[k], "later") ||
		    (is(&in->tok[k], "after") && k == i + 2) || strncmp(in->tok[k].w, "позже", 10) == 0 ||
		    strncmp(in->tok[k].w, "позднее", 14) == 0) {
			in->tok[k].used = true;
			return true;
		}
	return false;
}

static const char *const W_FROMP[] = {"from", "из", "source", NULL};
static const char *const W_NIGHT[] = {"night", "nightly", "ночь", "ночи", "ночам", "midnight",
				       "полночь", NULL};
static const char *const W_MORNING[] = {"morning", "утро", "утра", "утром", NULL};
static const char *const W_LASTN[] = {"last", "past", "previous", "последн*", "прошл*", NULL};
/* "the last 60 days of the data", "за последние 60 дней данных", "counted
 * back from the latest date", "считая назад от ..." (gen14) */
static const char *const W_DATAW[] = {"data", "dataset", "данных", NULL};
static const char *const W_BACKW[] = {"back", "backwards", "назад", NULL};
/* a share said within each group, not of the total: "of all orders of the
 * channel", "of its wines", "от всех заказов канала" (gen14) */
static const char *const W_WITHIN[] = {"all", "its", "their", "within", "всех", "своих",
                                       "его", "её",  "ее",    "их",     NULL};
static const char *const W_CURRENCY[] = {"usd", "dollar", "dollars", "доллар*", "eur", "euro", "euros", "евро",
					  "cny", "yuan", "юан*", "kzt", "tenge", "тенге", NULL};
static const char *const W_MINUTES[] = {"minutes", "minute", "min", "минут*", NULL};
static const char *const W_SHARE[] = {"share",      "shares",   "percentage", "percent",
                                      "proportion", "доля",     "долю",       "доли",
                                      "долей",      "процент*", NULL};
static const char *const W_RUNNING[] = {"cumulative*", "cumulated",   "нарастающ*", "накопительн*",
                                        "накопленн*",  "кумулятивн*", NULL};
static const char *const W_WEEKDAY[] = {"monday", "mondays", "понедельник*", NULL};

/* ---------------------------------------------------------------- language */

/* Function words (and a few ETL nouns) of the Latin-script languages an
 * intent is most often written in besides English. A Latin-script intent
 * whose words are mostly these, not the English words this parser knows,
 * is refused instead of read as English (it would name a random table). */
static const char *const W_GERMAN[] = {
    "der",     "die",    "das",       "den",          "dem",       "des",         "und",
    "pro",     "nach",   "für",       "fur",          "mit",       "ohne",        "jeden",
    "jede",    "jeder",  "täglich",   "taglich",      "monatlich", "wöchentlich", "umsatz",
    "umsätze", "anzahl", "kunden",    "bestellungen", "summe",     "je",          "nur",
    "alle",    "auf",    "bei",       "vom",          "zum",       "zur",         "ein",
    "eine",    "einen",  "nicht",     "letzten",      "tage",      "jahr",        "uhr",
    "lade",    "laden",  "täglichen", "kategorie",    "kanal",     "nacht",       NULL};
static const char *const W_FRENCH[] = {
    "le",      "la",        "les",    "du",        "par",     "pour",   "chaque", "avec", "sans",
    "chiffre", "affaires",  "nombre", "commandes", "jour",    "mois",   "et",     "une",  "aux",
    "au",      "seulement", "quotidien", "mensuel", "ventes", NULL};
static const char *const W_SPANISH[] = {
    "el",  "los",      "las",    "del",    "por",     "para",     "cada",   "con",
    "sin", "ingresos", "número", "numero", "pedidos", "clientes", "día",    "dia",
    "mes", "y",        "solo",   "año",    "diario",  "mensual",  "ventas", NULL};
static const char *const W_ITALIAN[] = {"il",      "di",        "della",  "delle",   "ogni",
                                        "vendite", "fatturato", "ordini", "clienti", "giorno",
                                        "mese",    "anno",      "senza",  NULL};

static const struct {
	const char *lang;
	const char *const *words;
} FOREIGN[] = {
    {"German", W_GERMAN}, {"French", W_FRENCH}, {"Spanish", W_SPANISH}, {"Italian", W_ITALIAN}};

static const char *const *const ENGLISH[] = {
    W_STOP,  W_CONNECT, W_REVENUE, W_AMOUNT,  W_QTY,   W_COUNT, W_DISTINCT, W_AVG,
    W_BY,    W_EACH,    W_NEG,     W_ONLY,    W_TOP,   W_HOUR,  W_DAY,      W_WEEK,
    W_MONTH, W_QUARTER, W_YEAR,    W_INCR,    W_SNAP,  W_SCD,   W_DEDUP,    W_MASK,
    W_TO,    W_FROMP,   W_NIGHT,   W_MORNING, W_LASTN, W_FIRST, W_SOLD,     W_HEADCOUNT,
    W_THEN,  W_MAXV,    W_MINV,    NULL};

/* The language a Latin-script intent reads as when it is not English, or
 * NULL: more of its words belong to that language's function words than
 * to the English words the parser knows, and at least two do. */
static const char *foreign_language(const gen_intent *in)
{
	size_t en = 0, best = 0, i, l, k;
	size_t n[sizeof FOREIGN / sizeof FOREIGN[0]] = {0};
	const char *lang = NULL;
	for (i = 0; i < in->ntok; i++) {
		const gen_tok *t = &in->tok[i];
		if (t->cyr || t->num || is(t, ","))
			continue;
		for (k = 0; ENGLISH[k]; k++)
			if (kw(t, ENGLISH[k])) {
				en++;
				break;
			}
		if (ENGLISH[k])
			continue;
		for (l = 0; l < sizeof FOREIGN / sizeof FOREIGN[0]; l++)
			for (k = 0; FOREIGN[l].words[k]; k++)
				if (strcmp(t->w, FOREIGN[l].words[k]) == 0) {
					n[l]++;
					break;
				}
	}
	for (l = 0; l < sizeof FOREIGN / sizeof FOREIGN[0]; l++)
		if (n[l] > best)
			best = n[l], lang = FOREIGN[l].lang;
	return best >= 2 && best > en ? lang : NULL;
}

/* ---------------------------------------------------------------- helpers */

/* "number of unique customers": "unique" after a count word is a distinct
 * count, not a deduplication. */
static bool counted_unique(const gen_intent *in, size_t i)
{
	size_t k;
	if (strncmp(in->tok[i].w, "uniq", 4) != 0)
		return false;
	for (k = i > 3 ? i - 3 : 0; k < i; k++)
		if (kw(&in->tok[k], W_COUNT) || is(&in->tok[k], "many"))
			return true;
	return false;
}

static bool content(const gen_intent *in, int i)
{
	const gen_tok *t;
	if (i < 0 || (size_t)i >= in->ntok)
		return false;
	t = &in->tok[i];
	return !t->used && !t->num && !is_stop(t) && !is(t, ",");
}

static bool connector(const gen_tok *t)
{
	return kw(t, W_CONNECT) || t->num || is(t, ",");
}

static int take_phrase2(gen_intent *in, int i, gen_phrase *p, bool allow_and, bool dim);

/* "left out" / "leaving out" at token i: an exclusion said in two words
 * ("discontinued products left out"), as "excluded" says it in one (gen28) */
static bool left_out(const gen_intent *in, size_t i)
{
	const gen_tok *t = &in->tok[i];
	return (is(t, "leaving") || is(t, "leave") || is(t, "left")) && i + 1 < in->ntok && is(&in->tok[i + 1], "out");
}

/* A '.' before a small letter written right after token t (no sentence
 * break the tokens show): an exclusion's clause ends there. (A ')' or ':'
 * read so too cost a held-out intent its pass in gen38: the words after
 * them, no values, had hidden a column list's restated measure.) */
static bool clause_end(const gen_tok *t)
{
	return t->period;
}

/* True when the clause from token i to the next comma has a filter word
 * (without, excluding, only, без, кроме, исключены, только). */
static bool clause_filters(const gen_intent *in, size_t i)
{
	for (; i < in->ntok && !is(&in->tok[i], ","); i++)
		if (kw(&in->tok[i], W_NEG) || kw(&in->tok[i], W_ONLY) || left_out(in, i))
			return true;
	return false;
}

/* "restricted to billing country USA", "limited to type X" at token i: a
 * filter, as "only" says one (never one more dimension of a list) */
static bool only_to(const gen_intent *in, size_t i)
{
	return i + 1 < in->ntok && (is(&in->tok[i], "restricted") || is(&in->tok[i], "limited")) &&
	       is(&in->tok[i + 1], "to");
}

/* An English question's auxiliary (did, does, do) before token i. */
static bool aux_before(const gen_intent *in, size_t i)
{
	size_t k;
	for (k = 0; k < i; k++)
		if (is(&in->tok[k], "did") || is(&in->tok[k], "does") || is(&in->tok[k], "do"))
			return true;
	return false;
}

/* A Russian active participle by its suffix: "оформившего", "сделавших",
 * "работающих" (who did or does something; a passive one, "отгруженных",
 * says a state of the noun and is read as usual) */
static bool active_participle(const gen_tok *t)
{
	static const char *const suf[] = {"вш", "ющ", "ящ", "ущ", "ащ", NULL};
	static const char *const end[] = {"ий", "его", "ему", "им", "ем", "ая", "ей", "ую", "ие", "их", "ими", NULL};
	size_t i, j, n = strlen(t->w);
	if (!t->cyr)
		return false;
	for (i = 0; suf[i]; i++)
		for (j = 0; end[j]; j++) {
			size_t a = strlen(suf[i]), b = strlen(end[j]);
			if (n > a + b + 4 && strncmp(t->w + n - b, end[j], b) == 0 &&
			    strncmp(t->w + n - b - a, suf[i], a) == 0)
				return true;
		}
	return false;
}

/* A Russian passive participle by its "-нн-" and an adjective's ending
 * ("созданных", "поданных", "зарегистрированные"). Adjectives made with
 * "-нн-" look the same; callers read it only where a participle is
 * expected (after a comma). */
static bool passive_participle(const gen_tok *t)
{
	static const char *const end[] = {"ый", "ая", "ое", "ые", "ых", "ого", "ому", "ым", "ой", "ую",
	                                  "ыми", "ий", "ие", "их", "ими", NULL};
	size_t j, n = strlen(t->w);
	if (!t->cyr)
		return false;
	for (j = 0; end[j]; j++) {
		size_t b = strlen(end[j]);
		if (n > b + 4 + 6 && strcmp(t->w + n - b, end[j]) == 0 && strncmp(t->w + n - b - 4, "нн", 4) == 0)
			return true;
	}
	return false;
}

/* "last name", "first name": a part of a person's name (a column such as
 * last_name), not the last or first of something */
static bool name_part(const gen_intent *in, int i)
{
	return i >= 0 && (size_t)i + 1 < in->ntok && (kw(&in->tok[i], W_FIRST) || kw(&in->tok[i], W_LASTD)) &&
	       (is(&in->tok[i + 1], "name") || is(&in->tok[i + 1], "names"));
}

/* Content words from i on, up to a connector or a keyword: a noun phrase. */
static int take_phrase(gen_intent *in, int i, gen_phrase *p, bool allow_and)
{
	return take_phrase2(in, i, p, allow_and, false);
}

/* Whether the bracket opened at token i says a negation or exclusion
 * before it closes ("(уволенных не считаем)", "(returns excluded)"). */
static bool bracket_negates(const gen_intent *in, int i)
{
	size_t k;
	for (k = (size_t)i; k < in->ntok && k < (size_t)i + 6; k++) {
		if (kw(&in->tok[k], W_NEG))
			return true;
		if (in->tok[k].nclose)
			break;
	}
	return false;
}

static int take_phrase2(gen_intent *in, int i, gen_phrase *p, bool allow_and, bool dim)
{
	bool grain = false;
	size_t of_at = 0; /* a dimension's "X of Y": where Y starts */
	p->n = 0;
	while ((size_t)i < in->ntok && p->n < GEN_MAX_PHRASE) {
		gen_tok *t = &in->tok[i];
		if (t->used)
			break;
		if ((is(t, "and") || is(t, "и")) && allow_and && (p->n || grain)) {
			i++;
			continue;
		}
		if (is(t, "of") && p->n == 0) { /* "number of orders" */
			i++;
			continue;
		}
		if (is(t, "of") && dim && !t->cyr && !of_at) { /* "department of the assigned agent" */
			of_at = p->n;
			i++;
			continue;
		}
		if (connector(t) || kw(t, W_NEG) || kw(t, W_ONLY) || left_out(in, (size_t)i))
			break;
		/* "по подразделениям (уволенных не считаем)": a bracket that
		 * says an exclusion is a remark, the dimension ends before it
		 * (gen17) */
		if (dim && p->n && t->nopen && bracket_negates(in, i))
			break;
		if (kw(t, W_COUNT) || kw(t, W_DISTINCT) || kw(t, W_AVG) || (kw(t, W_REVENUE) && !dim) ||
		    kw(t, W_AMOUNT) || kw(t, W_QTY) || kw(t, W_TOP) ||
		    ((kw(t, W_FIRST) || kw(t, W_LASTD)) && !name_part(in, i)))
			break;
		if (grain_kw(t, W_HOUR) || grain_kw(t, W_DAY) || grain_kw(t, W_WEEK) || grain_kw(t, W_MONTH) ||
		    grain_kw(t, W_QUARTER) || grain_kw(t, W_YEAR)) {
			sx_gen_grain g = grain_kw(t, W_HOUR)	  ? SX_GRAIN_HOUR
					 : grain_kw(t, W_DAY)	  ? SX_GRAIN_DAY
					 : grain_kw(t, W_WEEK)  ? SX_GRAIN_WEEK
					 : grain_kw(t, W_MONTH) ? SX_GRAIN_MONTH
					 : grain_kw(t, W_QUARTER) ? SX_GRAIN_QUARTER
							    : SX_GRAIN_YEAR;
			if (!dim)
				break;
			/* "by month and channel": the grain, then more dimensions */
			if (!in->grain || (g < in->grain && in->grain != SX_GRAIN_WEEKDAY))
				in->grain = g;
			t->used = true;
			grain = true;
			i++;
			if ((size_t)i < in->ntok && !is(&in->tok[i], "and") && !is(&in->tok[i], "и"))
				break;
			continue;
		}
		if (!is_stop(t)) {
			p->tok[p->n++] = i;
			t->used = true;
		}
		i++;
		/* "per activity: how many ...": a colon ends the phrase (gen17) */
		if (t->colon && dim)
			break;
	}
	/* English "X of Y" is "Y X": the head noun last, as name_bonus and the
	 * reference-then-column reading expect ("assigned agent department",
	 * "owner country") */
	if (of_at && of_at < p->n) {
		int rot[GEN_MAX_PHRASE];
		size_t k, n = 0;
		for (k = of_at; k < p->n; k++)
			rot[n++] = p->tok[k];
		for (k = 0; k < of_at; k++)
			rot[n++] = p->tok[k];
		memcpy(p->tok, rot, n * sizeof rot[0]);
	}
	return i;
}

static int hour_of(const char *w, int *min)
{
	int h = 0, m = 0;
	const char *c = strchr(w, ':');
	h = atoi(w);
	if (c)
		m = atoi(c + 1);
	*min = m;
	return h;
}

/* A plural noun as a place: Russian prepositional plural ("заказах",
 * "счетах"), English plural ("orders"); no grain, measure or keyword. */
static bool plural_place(const gen_tok *t)
{
	size_t n = strlen(t->w);
	if (t->num || kw(t, W_EACH) || grain_kw(t, W_DAY) || grain_kw(t, W_WEEK) || grain_kw(t, W_MONTH) ||
	    grain_kw(t, W_QUARTER) || grain_kw(t, W_YEAR) || grain_kw(t, W_HOUR))
		return false;
	if (t->cyr)
		return n > 6 && (strcmp(t->w + n - 4, "ах") == 0 || strcmp(t->w + n - 4, "ях") == 0);
	return n > 3 && t->w[n - 1] == 's' && t->w[n - 2] != 's';
}

/* A funnel step from j on: "a product view", "add to cart" — content words
 * up to the next connector ("to" kept), marked used. Returns the index after
 * it; st->n is 0 when there is none. */
static size_t take_step(gen_intent *in, size_t j, gen_phrase *st)
{
	size_t q;
	st->n = 0;
	while (j < in->ntok &&
	       (is(&in->tok[j], "a") || is(&in->tok[j], "an") || is(&in->tok[j], "the")))
		j++;
	while (j < in->ntok && st->n < GEN_MAX_PHRASE) {
		gen_tok *u = &in->tok[j];
		/* "to" and "в" stay inside a step: "add to cart", "добавление в
		 * корзину" (a target after "в" is already used) */
		bool inner = is(u, "to") || ((is(u, "в") || is(u, "во") || is(u, "на")) &&
		                             content(in, (int)j + 1));
		if (u->used || (connector(u) && !inner) || kw(u, W_COUNT) || kw(u, W_DISTINCT) ||
		    kw(u, W_REVENUE) || kw(u, W_AMOUNT) || kw(u, W_AVG) || kw(u, W_THEN))
			break;
		st->tok[st->n++] = (int)j;
		j++;
	}
	for (q = 0; q < st->n; q++)
		in->tok[st->tok[q]].used = true;
	return j;
}

/* ---------------------------------------------------------------- parse */

bool gen_grain_word(const gen_tok *t)
{
	return grain_kw(t, W_HOUR) || grain_kw(t, W_DAY) || grain_kw(t, W_WEEK) || grain_kw(t, W_MONTH) ||
	       grain_kw(t, W_QUARTER) || grain_kw(t, W_YEAR);
}

/* Whether the intent ranks: a top N said anywhere ("top 3", "топ-3", "5
 * лучших"), so a phrase after "by" that ends in a measure word is the
 * ranking measure, not a dimension (gen12). */
static bool ranking(const gen_intent *in)
{
	size_t i;
	if (in->top_n)
		return true;
	for (i = 0; i + 1 < in->ntok; i++)
		if ((kw(&in->tok[i], W_TOP) && in->tok[i + 1].num) || (in->tok[i].num && kw(&in->tok[i + 1], W_TOP)))
			return true;
	return false;
}

/* Whether word i is in the noun of an average, a largest or a smallest
 * value: one of the three words before it says that aggregate, with only
 * nouns between ("средний процент скидки", "average discount percentage";
 * gen12). */
static bool aggregated_noun(const gen_intent *in, size_t i)
{
	size_t k;
	for (k = i; k > 0 && k + 3 > i; k--) {
		const gen_tok *u = &in->tok[k - 1];
		if (kw(u, W_AVG) || kw(u, W_MAXV) || kw(u, W_MINV))
			return true;
		if (u->num || is(u, ",") || connector(u))
			return false;
	}
	return false;
}


/* The letters of word w (UTF-8: the bytes that start one). */
static size_t nchars(const char *w)
{
	size_t n = 0;
	for (; *w; w++)
		n += ((unsigned char)*w & 0xC0) != 0x80;
	return n;
}

/* "выручка = сумма по строкам заказа", "revenue = sum over order lines"
 * (gen40): after an '=', a sum over the rows of lines says which rows the
 * measure before it adds up, no measure or dimension of its own; read to
 * the clause's end. */
static void mark_sum_over_lines(gen_intent *in)
{
	static const char *const over[] = {"по", "over", "across", NULL};
	static const char *const lines[] = {"строк*", "позици*", "line", "lines", "row", "rows", NULL};
	size_t i, j;
	for (i = 0; i + 2 < in->ntok; i++) {
		if (in->tok[i].op != '=' || !kw(&in->tok[i], W_SUM_OF) || !kw(&in->tok[i + 1], over))
			continue;
		j = i + 2;
		if (is(&in->tok[j], "the") && j + 1 < in->ntok)
			j++;
		/* "sum over order lines": one word before the lines' word */
		if (!kw(&in->tok[j], lines) && j + 1 < in->ntok && kw(&in->tok[j + 1], lines))
			j++;
		if (!kw(&in->tok[j], lines))
			continue;
		for (j = i; j < in->ntok && !is(&in->tok[j], ","); j++) {
			in->tok[j].used = true;
			if (in->tok[j].colon || in->tok[j].period || in->tok[j].nclose)
				break;
		}
		i = j;
	}
}

/* The signs written between two words (gen12): a ')' closes after the word
 * before, a '(' opens before the next one, an operator ('/', '*', '=')
 * stands before it. */
static void gap_signs(gen_intent *in, const unsigned char *from, const unsigned char *to, gen_tok *next)
{
	const unsigned char *g;
	if (next && in->ntok && from + 1 < to && from[0] == '.' && from[1] == ' ' && !in->tok[in->ntok - 1].num &&
	    nchars(in->tok[in->ntok - 1].w) > 4)
		in->tok[in->ntok - 1].period = true;
	for (g = from; next && g < to; g++)
		if ((g + 1 < to && g[0] == '-' && g[1] == '-') ||
		    (g > from && g + 1 < to && g[-1] == ' ' && g[0] == '-' && g[1] == ' ') ||
		    (g + 2 < to && g[0] == 0xE2 && g[1] == 0x80 && (g[2] == 0x93 || g[2] == 0x94)))
			next->dash = true;
	for (; from < to; from++) {
		if (*from == ')' && in->ntok && in->tok[in->ntok - 1].nclose < 9)
			in->tok[in->ntok - 1].nclose++;
		else if (*from == '(' && next && next->nopen < 9)
			next->nopen++;
		else if ((*from == '/' || *from == '*' || *from == '=') && next)
			next->op = (char)*from;
		else if (from + 1 < to && from[0] == 0xC3 && (from[1] == 0x97 || from[1] == 0xB7) && next)
			next->op = from[1] == 0x97 ? '*' : '/'; /* "×", "÷" (gen15) */
		else if (from + 2 < to && from[0] == 0xE2 && from[1] == 0x8B && from[2] == 0x85 && next)
			next->op = '*'; /* "⋅" */
	}
}

/* Words in brackets that write a formula (an operator or "x" / "times"
 * between them: "(unit price x quantity x (1 - discount))", "(milliseconds
 * / 60000)") say how the measure before them is computed: they are no
 * measure, filter or dimension of their own (gen12). */
static void mark_formulas(gen_intent *in)
{
	size_t i, j;
	int open = 0; /* brackets open before token i */
	for (i = 0; i < in->ntok; open += in->tok[i].nopen - in->tok[i].nclose, i++) {
		int depth = 0;
		bool op = false;
		/* ... also a part after a comma inside the brackets: "(order
		 * lines, quantity times unit price)" (gen21) */
		bool part = open > 0 && i && is(&in->tok[i - 1], ",");
		if (!in->tok[i].nopen && !part)
			continue;
		depth = part ? 1 : 0;
		for (j = i; j < in->ntok; j++) {
			const gen_tok *u = &in->tok[j];
			depth += u->nopen;
			if (j > i && (u->op == '/' || u->op == '*' || is(u, "x") || is(u, "times")))
				op = true;
			depth -= u->nclose;
			if (depth <= 0 || is(u, ","))
				break;
		}
		if (j == in->ntok || depth > 0 || !op)
			continue;
		for (; i < j; i++) {
			in->tok[i].formula = in->tok[i].used = true;
			open += in->tok[i].nopen - in->tok[i].nclose;
		}
		in->tok[j].formula = in->tok[j].used = true;
	}
}

/* Whether token j is a word a formula may name: no number, comma,
 * operator word, stop word or connector. */
static bool operand(const gen_intent *in, size_t j)
{
	const gen_tok *t = &in->tok[j];
	return !t->num && !is(t, ",") && !is(t, "times") && !is(t, "x") && !is(t, "minus") && !is(t, "less") &&
	       !is(t, "минус") && !kw(t, W_STOP) && !connector(t) && !t->nopen && !t->formula;
}

/* Where the operand after a product's sign starts when token j is that
 * sign ("times", "x", "multiplied by", "умноженную на"), or 0. An operator
 * written before a word ("price * quantity", "цена × количество") is the
 * token's op, read by the caller. */
static size_t times_word(const gen_intent *in, size_t j)
{
	const gen_tok *u = &in->tok[j];
	if (is(u, "times") || is(u, "x"))
		return j + 1;
	if (j + 1 < in->ntok && is(&in->tok[j + 1], "by") && is(u, "multiplied"))
		return j + 2;
	if (j + 1 < in->ntok && is(&in->tok[j + 1], "на") && strncmp(u->w, "умнож", strlen("умнож")) == 0)
		return j + 2;
	return 0;
}

/* A formula written outside brackets after a dash, a colon, a comma or
 * "as" / "считаем": "revenue by genre -- unit price times quantity over
 * the invoice lines", "с учётом скидок: цена × количество минус скидка".
 * Its words say how the measure named before them is computed, as gen12's
 * formula in brackets does: no measure ("quantity" -> units), filter or
 * dimension of their own. Two words at most on each side of a product,
 * chained by more products and by one "minus" / "less" / "минус" term.
 * "how many times" is no formula (its left side is no operand). */
static void mark_bare_formulas(gen_intent *in)
{
	size_t i;
	for (i = 1; i + 1 < in->ntok; i++) {
		size_t l, r, e, k, w;
		const gen_tok *b;
		bool aside;
		if ((r = times_word(in, i)))
			l = i; /* the word operator */
		else if (in->tok[i].op == '*' && !in->tok[i].formula)
			l = i, r = i; /* "price * quantity": the sign before token i */
		else
			continue;
		/* "цену билета, умноженную на посещаемость": a participle
		 * after a comma multiplies the words before the comma */
		if (l > 1 && l != r && is(&in->tok[l - 1], ",") && !is(&in->tok[i], "times") && !is(&in->tok[i], "x"))
			l--;
		if (r >= in->ntok || !operand(in, r) || !operand(in, l - 1) || in->tok[l - 1].used)
			continue;
		/* the left side: one or two words back, to where the aside opens */
		for (k = l - 1, w = 1; k > 0 && w < 2 && operand(in, k - 1) && !in->tok[k].dash &&
				       !in->tok[k - 1].colon;
		     k--, w++)
			;
		b = k ? &in->tok[k - 1] : NULL;
		/* ... or after "sum of" / "сумма": "sum of unit_price * units_in_stock" */
		aside = in->tok[k].dash || (b && (b->colon || is(b, ",") || is(b, "as") || kw(b, W_FORMULA_VERB) ||
						  kw(b, W_SUM_OF) ||
						  (is(b, "of") && k >= 2 && kw(&in->tok[k - 2], W_SUM_OF))));
		/* ... or after an '=' (gen38): "stock value = units in stock x
		 * unit price", the left side three words back at most */
		if (!aside)
			for (w = l - 1; w + 4 > l && !in->tok[w].used && !is(&in->tok[w], ","); w--) {
				if (in->tok[w].op == '=' && operand(in, w)) {
					k = w;
					aside = true;
					break;
				}
				if (!w)
					break;
			}
		if (!aside)
			continue;
		/* the right side, and the products and one difference after it */
		for (e = r;;) {
			size_t nx;
			for (w = 1; e + 1 < in->ntok && w < 2 && operand(in, e + 1) && !in->tok[e + 1].op &&
				    !in->tok[e + 1].dash;
			     e++, w++)
				;
			if (e + 1 >= in->ntok)
				break;
			if ((nx = times_word(in, e + 1)) && nx < in->ntok && operand(in, nx))
				e = nx;
			else if (in->tok[e + 1].op == '*' && operand(in, e + 1))
				e = e + 1;
			else if ((is(&in->tok[e + 1], "minus") || is(&in->tok[e + 1], "less") ||
				  is(&in->tok[e + 1], "минус")) &&
				 e + 2 < in->ntok) {
				nx = e + 2;
				if (nx + 1 < in->ntok && (is(&in->tok[nx], "the") || is(&in->tok[nx], "a") ||
							  is(&in->tok[nx], "any")))
					nx++;
				if (!operand(in, nx))
					break;
				e = nx;
				for (w = 1; e + 1 < in->ntok && w < 2 && operand(in, e + 1) && !in->tok[e + 1].op; e++, w++)
					;
				break;
			} else
				break;
		}
		for (; k <= e; k++)
			in->tok[k].formula = in->tok[k].used = true;
		i = e;
	}
}

/* The ISO code of the currency word t names ("dollars", "рублёвые",
 * "EUR"), or NULL. */
const char *gen_currency_code(const gen_tok *t)
{
	/* English words whole or plural ("euros", not "european"), Russian
	 * stems with any ending ("рублёвые", "долларах") */
	static const struct {
		const char *w, *code;
	} cur[] = {{"usd", "USD"},   {"dollar", "USD"}, {"доллар", "USD"}, {"eur", "EUR"},    {"euro", "EUR"},
		   {"евро", "EUR"},  {"cny", "CNY"},    {"yuan", "CNY"},   {"юан", "CNY"},    {"kzt", "KZT"},
		   {"tenge", "KZT"}, {"тенге", "KZT"},  {"rub", "RUB"},    {"rouble", "RUB"}, {"ruble", "RUB"},
		   {"рубл", "RUB"},  {NULL, NULL}};
	size_t k, n;
	for (k = 0; cur[k].w; k++) {
		n = strlen(cur[k].w);
		if (strncmp(t->w, cur[k].w, n) == 0 &&
		    ((unsigned char)cur[k].w[0] >= 0x80 || !t->w[n] || (t->w[n] == 's' && !t->w[n + 1])))
			return cur[k].code;
	}
	return NULL;
}

/* The days of month m (1..12) of year y. */
int gen_month_days(int y, int m)
{
	static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : md[m - 1];
}

/* The month token t names, 1..12, or 0. */
static int month_word(const gen_tok *t)
{
	int m;
	for (m = 0; m < 12 && !kw(t, W_MONTHS[m]); m++)
		;
	return m < 12 ? m + 1 : 0;
}

static bool day_num(const gen_tok *t)
{
	return t->num && strlen(t->w) <= 2 && atoi(t->w) >= 1 && atoi(t->w) <= 31;
}

static bool year_num(const gen_tok *t)
{
	return t->num && strlen(t->w) == 4 && atoi(t->w) >= 1900 && atoi(t->w) <= 2100;
}

/* A day written from token i: "2024-03-01" (or '/'), "01.03.2024", "1
 * марта [2024 [года]]", "1 March [2024]", "March 1[,] [2024]". *y is 0
 * when no year is written. Returns the tokens taken, 0 when no day. */
static size_t read_day(const gen_intent *in, size_t i, int *y, int *m, int *d)
{
	const gen_tok *a = &in->tok[i], *b = i + 1 < in->ntok ? &in->tok[i + 1] : NULL,
		      *c = i + 2 < in->ntok ? &in->tok[i + 2] : NULL;
	size_t n = 0;
	*y = *m = *d = 0;
	if (year_num(a) && b && c && b->num && strlen(b->w) <= 2 && day_num(c) &&
	    ((a->hyph && b->hyph) || (b->op == '/' && c->op == '/')))
		*y = atoi(a->w), *m = atoi(b->w), *d = atoi(c->w), n = 3;
	else if (day_num(a) && b && c && b->num && strlen(b->w) <= 2 && year_num(c) && !a->hyph && !b->hyph)
		*d = atoi(a->w), *m = atoi(b->w), *y = atoi(c->w), n = 3; /* 01.03.2024 */
	else if (day_num(a) && b && month_word(b)) {
		*d = atoi(a->w), *m = month_word(b), n = 2;
		if (c && year_num(c))
			*y = atoi(c->w), n = 3;
	} else if (month_word(a) && b && day_num(b)) {
		*m = month_word(a), *d = atoi(b->w), n = 2;
		if (c && year_num(c))
			*y = atoi(c->w), n = 3;
		else if (c && is(c, ",") && i + 3 < in->ntok && year_num(&in->tok[i + 3]))
			*y = atoi(in->tok[i + 3].w), n = 4; /* "March 1, 2024" */
	}
	if (!n || *m < 1 || *m > 12 || *d > gen_month_days(*y ? *y : 2000, *m))
		return 0;
	/* "2024 года": the year's word is no grain */
	if (*y && i + n < in->ntok && grain_kw(&in->tok[i + n], W_YEAR))
		n++;
	return n;
}

/* Days written out as a range (the lead, round 29): "from 2024-03-01 to
 * 2024-05-31", "between March 1 and May 31, 2024", "с 1 марта по 31 мая
 * 2024 года включительно", "2024-03-01 - 2024-05-31"; the last day is in
 * (to_date is the day after it); a first day without a year takes the
 * last one's (the year before when its month comes later). "since
 * 2024-03-01", "с 1 марта 2024": from that day on. Returns the tokens
 * taken from i, 0 when none. */
static size_t read_day_range(gen_intent *in, size_t i)
{
	int y1, m1, d1, y2 = 0, m2 = 0, d2 = 0;
	size_t n1 = read_day(in, i, &y1, &m1, &d1), n2 = 0, k, j;
	const gen_tok *pv = i ? &in->tok[i - 1] : NULL;
	bool from = pv && (is(pv, "from") || is(pv, "since") || is(pv, "с") || is(pv, "со") || is(pv, "between") ||
			   is(pv, "starting") || strncmp(pv->w, "начина", strlen("начина")) == 0);
	if (!n1)
		return 0;
	k = i + n1;
	if (k < in->ntok && in->tok[k].dash)
		n2 = read_day(in, k, &y2, &m2, &d2), j = k; /* "2024-03-01 - 2024-05-31" */
	else if (k + 1 < in->ntok && (is(&in->tok[k], "to") || is(&in->tok[k], "through") || is(&in->tok[k], "till") ||
				      is(&in->tok[k], "until") || is(&in->tok[k], "по") || is(&in->tok[k], "до") ||
				      (is(&in->tok[k], "and") && pv && is(pv, "between"))))
		n2 = read_day(in, k + 1, &y2, &m2, &d2), j = k + 1;
	else
		j = k;
	if (n2) {
		if (!y2)
			return 0;
		if (!y1)
			y1 = m1 > m2 ? y2 - 1 : y2;
		if (y1 * 10000 + m1 * 100 + d1 > y2 * 10000 + m2 * 100 + d2)
			return 0;
		/* the day after the last */
		if (++d2 > gen_month_days(y2, m2) && (d2 = 1) && ++m2 > 12)
			m2 = 1, y2++;
		snprintf(in->from_date, sizeof in->from_date, "%04d-%02d-%02d", y1, m1, d1);
		snprintf(in->to_date, sizeof in->to_date, "%04d-%02d-%02d", y2, m2, d2);
		j += n2;
	} else if (from && y1 && n1 >= 3) {
		snprintf(in->from_date, sizeof in->from_date, "%04d-%02d-%02d", y1, m1, d1);
		in->to_date[0] = '\0';
	} else
		return 0;
	for (k = i; k < j; k++)
		in->tok[k].used = true;
	if (from)
		in->tok[i - 1].used = true;
	if (j < in->ntok && (is(&in->tok[j], "inclusive") || strncmp(in->tok[j].w, "включительно", 20) == 0))
		in->tok[j++].used = true;
	return j - i;
}

/* "most", "the most", "highest", "наибольшим", "самым большим" at token
 * i: the index after the superlative, or 0 (lead, round 32) */
static size_t most_word(const gen_intent *in, size_t i)
{
	static const char *const big[] = {"больш*", "высок*", NULL};
	static const char *const sup[] = {"most", "highest", "largest", "biggest", "greatest", "наибольш*",
	                                  "максимальн*", NULL};
	if (i < in->ntok && is(&in->tok[i], "the"))
		i++;
	if (i >= in->ntok || in->tok[i].used)
		return 0;
	if (kw(&in->tok[i], sup))
		return i + 1;
	if ((is(&in->tok[i], "самым") || is(&in->tok[i], "самой") || is(&in->tok[i], "самыми")) &&
	    i + 1 < in->ntok && kw(&in->tok[i + 1], big))
		return i + 2;
	return 0;
}

/* After "have the most" of a top N: a bare noun ("invoices",
 * "codeshare routes") is counted; a measure's own word ("revenue",
 * "число", "units") is left to the measures (lead, round 32). */
static void most_counted(gen_intent *in, size_t i)
{
	gen_mphrase *m;
	if (!content(in, (int)i) || in->nmeas >= GEN_MAX_ITEMS)
		return;
	if (kw(&in->tok[i], W_COUNT) || kw(&in->tok[i], W_REVENUE) || kw(&in->tok[i], W_AMOUNT) ||
	    kw(&in->tok[i], W_QTY) || kw(&in->tok[i], W_AVG) || kw(&in->tok[i], W_DISTINCT) ||
	    kw(&in->tok[i], W_SOLD))
		return;
	m = &in->meas[in->nmeas++];
	m->kind = MK_COUNT;
	take_phrase(in, (int)i, &m->noun, false);
}

/* A number written as a word ("five", "пяти", "двадцати"; gen13), or -1. */
static long number_word(const gen_tok *t)
{
	static const struct {
		const char *w;
		long v;
	} nw[] = {{"one", 1},        {"two", 2},         {"three", 3},       {"four", 4},
		  {"five", 5},       {"six", 6},         {"seven", 7},       {"eight", 8},
		  {"nine", 9},       {"ten", 10},        {"eleven", 11},     {"twelve", 12},
		  {"fifteen", 15},   {"twenty", 20},     {"thirty", 30},     {"fifty", 50},
		  {"hundred", 100},  {"один", 1},        {"одного", 1},      {"одной", 1},
		  {"два", 2},        {"две", 2},         {"двух", 2},        {"три", 3},
		  {"трех", 3},       {"четыре", 4},      {"четырех", 4},     {"пять", 5},
		  {"пяти", 5},       {"шесть", 6},       {"шести", 6},       {"семь", 7},
		  {"семи", 7},       {"восемь", 8},      {"восьми", 8},      {"девять", 9},
		  {"девяти", 9},     {"десять", 10},     {"десяти", 10},     {"двадцать", 20},
		  {"двадцати", 20},  {"тридцать", 30},   {"тридцати", 30},   {"пятьдесят", 50},
		  {"пятидесяти", 50}, {"сто", 100},      {"ста", 100},       {NULL, 0}};
	size_t k;
	if (t->num) {
		const char *p = t->w;
		while (isdigit((unsigned char)*p))
			p++;
		return *p ? -1 : atol(t->w);
	}
	for (k = 0; nw[k].w; k++)
		if (strcmp(t->w, nw[k].w) == 0)
			return nw[k].v;
	return -1;
}

/* A bound on a length of time (gen15): "longer than five minutes", "lasting
 * over an hour", "shorter than 90 seconds", "длиннее пяти минут", "длится
 * больше часа": a comparative, then a number (a word, a digit, "a" / "an" or
 * none: one) and a unit of time; dur_secs holds it in seconds, dur_op its
 * sign. The words are used (no threshold on a count of "minutes"). */
static void read_duration(gen_intent *in)
{
	static const char *const gt[] = {"longer", "over", "more", "above", "exceeding", "длиннее", "дольше",
	                                 "больше", "более", "свыше", NULL};
	static const char *const lt[] = {"shorter", "under", "less", "below", "короче", "меньше", "менее", NULL};
	static const struct {
		const char *w;
		long secs;
	} units[] = {{"second*", 1}, {"sec", 1},   {"secs", 1},     {"секунд*", 1}, {"minute*", 60},
		     {"min", 60},    {"mins", 60}, {"минут*", 60},  {"hour*", 3600}, {"hr", 3600},
		     {"hrs", 3600},  {"час", 3600}, {"часа", 3600}, {"часов", 3600}, {NULL, 0}};
	size_t i;
	for (i = 0; i + 1 < in->ntok && !in->dur_at; i++) {
		gen_tok *t = &in->tok[i];
		size_t k = i + 1, u;
		long v = 1;
		if (t->used || (!kw(t, gt) && !kw(t, lt)))
			continue;
		if (k < in->ntok && is(&in->tok[k], "than"))
			k++;
		if (k < in->ntok && (is(&in->tok[k], "a") || is(&in->tok[k], "an")))
			k++;
		else if (k < in->ntok && number_word(&in->tok[k]) > 0)
			v = number_word(&in->tok[k++]);
		if (k >= in->ntok)
			continue;
		for (u = 0; units[u].w; u++) {
			const char *const one[] = {units[u].w, NULL};
			if (kw(&in->tok[k], one))
				break;
		}
		if (!units[u].w)
			continue;
		in->dur_at = (int)k;
		in->dur_op = kw(t, gt) ? '>' : '<';
		in->dur_secs = v * units[u].secs;
		for (; i <= k; i++)
			in->tok[i].used = true;
	}
}

/* The time between two dates of a row, as a measure (the lead, round 30):
 * "average time to close a support ticket", "how long does it take to
 * ship an order", "days to ship", "the wait in days from request to
 * delivery", "hours from opening to closing", "delivered_at minus
 * shipped_at", "сколько в среднем дней проходит от оформления заказа до
 * отгрузки", "за сколько дней ... от даты заказа до даты отгрузки". The
 * words naming the dates go to dd_end / dd_start; the words of the ask are
 * used. A bound on such a time ("took more than 3 days") is not read. */
static void read_date_diff(gen_intent *in)
{
	static const char *const span[] = {"time", "long", "days", "hours", "minutes", "wait", "waiting",
	                                   "duration", "время", "времени", "дней", "дня", "часов", "часа",
	                                   "минут", "сколько", "срок", NULL};
	static const char *const from_w[] = {"from", "between", "от", NULL};
	static const char *const to_w[] = {"to", "until", "and", "до", NULL};
	static const char *const gen_w[] = {"the", "a", "an", "its", "their", "of", "date", "даты", "дата", "его", "её", "их",
	                                    "момента", NULL};
	size_t i, k, a = 0, b = 0, e = 0;
	int ask = -1;
	if (in->nmeas >= GEN_MAX_ITEMS)
		return;
	for (i = 0; i < in->ntok && ask < 0; i++) {
		gen_tok *t = &in->tok[i];
		if (t->used || !kw(t, span))
			continue;
		/* "a bound on the time" is read elsewhere: "more than 3 days",
		 * "the last 30 days"; "сколько" asks a time only before its unit
		 * ("сколько в среднем дней", not "сколько заказов от ... до") */
		if (i && in->tok[i - 1].num)
			continue;
		if (is(t, "long") && !(i && is(&in->tok[i - 1], "how")))
			continue; /* "how long", not "long-distance routes from A to B" */
		if (i && in->tok[i - 1].hyph)
			continue; /* "real-time ... to ClickHouse" */
		if (is(t, "сколько")) {
			bool unit = false;
			for (k = i + 1; k < in->ntok && k <= i + 3 && !unit; k++)
				unit = is(&in->tok[k], "дней") || is(&in->tok[k], "часов") || is(&in->tok[k], "времени") ||
				       is(&in->tok[k], "минут");
			if (!unit)
				continue;
		}
		/* "time to close", "time it takes to ship", "how long does it take us to resolve" */
		for (k = i + 1; k < in->ntok && k <= i + 10; k++) {
			/* an aside goes on to its dates: "... — от даты заказа до ...",
			 * "..., from the order date to shipping" */
			if ((is(&in->tok[k], ",") || in->tok[k].semi) &&
			    !(k + 1 < in->ntok && (in->tok[k + 1].dash || kw(&in->tok[k + 1], from_w))))
				break;
			if (is(&in->tok[k], "to") && k <= i + 6 && k + 1 < in->ntok && content(in, (int)k + 1) &&
			    !is(&in->tok[k + 1], "the") && !kw(&in->tok[k + 1], from_w) && !kw(&in->tok[k + 1], W_CH) &&
			    !kw(&in->tok[k + 1], W_PG) && !kw(&in->tok[k + 1], W_SQLITE)) {
				in->dd_end.n = 1;
				in->dd_end.tok[0] = (int)k + 1;
				in->tok[k].used = in->tok[k + 1].used = true;
				ask = (int)i;
				break;
			}
			/* "(delivered_at minus shipped_at)": the later date first */
			if ((is(&in->tok[k], "minus") || is(&in->tok[k], "минус")) && k + 1 < in->ntok &&
			    !in->tok[k - 1].num && !in->tok[k + 1].num && k - 1 > i) {
				size_t j = k - 1, q = k + 1;
				/* a name written with '_' is one date: delivered_at */
				while (j > i + 1 && in->tok[j - 1].under && in->dd_end.n + 1 < GEN_MAX_PHRASE)
					j--;
				for (; j < k; j++)
					in->dd_end.tok[in->dd_end.n++] = (int)j;
				do
					in->dd_start.tok[in->dd_start.n++] = (int)q;
				while (in->tok[q].under && ++q < in->ntok && in->dd_start.n < GEN_MAX_PHRASE);
				for (j = (size_t)in->dd_end.tok[0]; j < in->ntok && j <= q; j++)
					in->tok[j].used = true;
				ask = (int)i;
				break;
			}
			if (kw(&in->tok[k], from_w) && !in->tok[k].used) {
				a = k + 1;
				for (b = a; b < in->ntok && b <= a + 4 && !kw(&in->tok[b], to_w) && !is(&in->tok[b], ",");
				     b++)
					;
				if (b >= in->ntok || b == a || !kw(&in->tok[b], to_w) || b + 1 >= in->ntok)
					break;
				for (e = b + 1; e < in->ntok && e <= b + 4 && !is(&in->tok[e], ",") && !in->tok[e].semi &&
				                !kw(&in->tok[e], W_BY) && !is(&in->tok[e], "per") &&
				                (content(in, (int)e) || kw(&in->tok[e], gen_w));
				     e++)
					;
				if (e == b + 1)
					break;
				ask = (int)i;
				break;
			}
		}
	}
	if (ask < 0)
		return;
	for (k = a; a && k < e; k++)
		if (in->tok[k].num)
			return; /* "от 100 до 500 рублей": amounts, no dates */
	if (a) {
		/* the phrases, their filler words left out */
		for (k = a; k < b && in->dd_start.n < GEN_MAX_PHRASE; k++) {
			if (!kw(&in->tok[k], gen_w))
				in->dd_start.tok[in->dd_start.n++] = (int)k;
			in->tok[k].used = true;
		}
		for (k = b + 1; k < e && in->dd_end.n < GEN_MAX_PHRASE; k++) {
			if (!kw(&in->tok[k], gen_w))
				in->dd_end.tok[in->dd_end.n++] = (int)k;
			in->tok[k].used = true;
		}
		in->tok[a - 1].used = in->tok[b].used = true;
	}
	/* the unit ("in hours", "в часах", "number of hours"): no grain; "on
	 * average", "в среднем" anywhere: the aggregate, no second measure */
	in->dd_per_day = 1;
	for (k = 0; k < in->ntok; k++) {
		gen_tok *t = &in->tok[k];
		int per = is(t, "hours") || is(t, "hour") || strcmp(t->w, "часах") == 0 || strcmp(t->w, "часов") == 0 ||
		                  strcmp(t->w, "часа") == 0
		              ? 24
		          : is(t, "minutes") || strncmp(t->w, "минут", 10) == 0 ? 1440
		          : is(t, "days") || strcmp(t->w, "днях") == 0 || strcmp(t->w, "дней") == 0 ? 1
		                                                                                 : 0;
		if (per && !(k && in->tok[k - 1].num)) {
			if (per > 1)
				in->dd_per_day = per;
			t->used = true;
			if (k && (is(&in->tok[k - 1], "in") || is(&in->tok[k - 1], "в") || is(&in->tok[k - 1], "of")))
				in->tok[k - 1].used = true;
		}
		if (kw(t, W_AVG) && k && (is(&in->tok[k - 1], "on") || is(&in->tok[k - 1], "в")))
			t->used = in->tok[k - 1].used = true;
	}
	/* the words of the ask before it: "average", "в среднем", "how long",
	 * "сколько", "longest" */
	in->tok[ask].used = true;
	/* "average transit time", "средний срок доставки": the time's own word
	 * between the aggregate and it */
	if (ask >= 2 && content(in, ask - 1) && !in->tok[ask - 1].used &&
	    (kw(&in->tok[ask - 2], W_AVG) || is(&in->tok[ask - 2], "longest") || is(&in->tok[ask - 2], "shortest")))
		in->tok[ask - 1].used = true;
	for (k = (size_t)ask; k > 0 && k + 4 > (size_t)ask; k--) {
		gen_tok *t = &in->tok[k - 1];
		if (t->used && k == (size_t)ask)
			continue;
		if (kw(t, W_AVG) || is(t, "how") || is(t, "среднем") || is(t, "в") || is(t, "сколько") ||
		    is(t, "на") || is(t, "the") || is(t, "an") || is(t, "a") || is(t, "it") || is(t, "does") ||
		    is(t, "long"))
			t->used = true;
		else if (kw(t, W_SUP_MAX) || is(t, "longest") || kw(t, W_MAXV)) {
			in->dd_agg = 1;
			t->used = true;
		} else if (kw(t, W_SUP_MIN) || is(t, "shortest") || kw(t, W_MINV)) {
			in->dd_agg = -1;
			t->used = true;
		} else
			break;
	}
	for (k = (size_t)ask + 1; k < in->ntok && k <= (size_t)ask + 5; k++) {
		gen_tok *t = &in->tok[k];
		if (is(t, "it") || is(t, "does") || is(t, "take") || is(t, "takes") || is(t, "us") ||
		    is(t, "in") || is(t, "days") || is(t, "hours") || strncmp(t->w, "проход", 12) == 0 ||
		    strncmp(t->w, "уход", 8) == 0 || is(t, "в") || is(t, "среднем") || is(t, "дней") ||
		    is(t, "часов"))
			t->used = true;
		else if (!t->used)
			break;
	}
	in->meas[in->nmeas].kind = MK_DATE_DIFF;
	in->meas[in->nmeas].noun = in->dd_end;
	in->nmeas++;
	/* the same time said again ("... -- priority and the average number of
	 * hours from opening to closing"): its words are that measure's */
	for (i = (size_t)ask + 1; i + 1 < in->ntok; i++) {
		size_t q;
		if (!kw(&in->tok[i], span) || !kw(&in->tok[i + 1], from_w))
			continue;
		for (q = i; q > (size_t)ask + 1 && q + 4 > i && !kw(&in->tok[q - 1], W_BY) &&
		            !is(&in->tok[q - 1], ",") && !is(&in->tok[q - 1], "and") && !is(&in->tok[q - 1], "и");
		     q--)
			;
		for (; q < in->ntok && !is(&in->tok[q], ",") && !in->tok[q].semi; q++)
			in->tok[q].used = true;
		break;
	}
}

/* "youngest and oldest student age", "самый младший возраст" (gen17): a
 * superlative of age said of an age (a number, not a birth date) is its
 * lowest / highest value: the word is read as "min" / "max". */
static void read_age_extremes(gen_intent *in)
{
	static const char *const young[] = {"youngest", "младш*", "молодейш*", NULL};
	static const char *const old[] = {"oldest", "eldest", "старш*", "старейш*", NULL};
	static const char *const age[] = {"age", "ages", "возраст*", NULL};
	size_t i, k;
	for (i = 0; i < in->ntok; i++) {
		gen_tok *t = &in->tok[i];
		bool y = kw(t, young), o = kw(t, old);
		if (!y && !o)
			continue;
		for (k = i + 1; k < in->ntok && k <= i + 4 && !kw(&in->tok[k], age) && !is(&in->tok[k], ","); k++)
			;
		if (k < in->ntok && kw(&in->tok[k], age))
			snprintf(t->w, sizeof t->w, "%s", y ? "min" : "max");
	}
}

/* One side of a pair of extremes at token i ("cheapest", "most expensive",
 * "the longest", "самая низкая"): -1 a lowest, 1 a highest, 0 none; *n is
 * how many words it takes. */
static int extreme_at(const gen_intent *in, size_t i, size_t *n)
{
	static const char *const lo[] = {"cheapest", "lowest", "smallest", "shortest", NULL};
	static const char *const hi[] = {"priciest", "costliest", "highest", "largest", "biggest", "longest",
					 "greatest", NULL};
	static const char *const most_lo[] = {"дешев*", "низк*", "коротк*", "маленьк*", "меньш*", NULL};
	static const char *const most_hi[] = {"expensive", "costly", "дорог*", "высок*", "длинн*", "больш*",
					      "крупн*", NULL};
	static const char *const most[] = {"most", "сам*", NULL};
	size_t k = i;
	if (k < in->ntok && is(&in->tok[k], "the"))
		k++;
	if (k >= in->ntok || in->tok[k].used)
		return 0;
	if (kw(&in->tok[k], lo) || kw(&in->tok[k], hi)) {
		*n = k + 1 - i;
		return kw(&in->tok[k], lo) ? -1 : 1;
	}
	if (k + 1 < in->ntok && kw(&in->tok[k], most) && !in->tok[k + 1].used &&
	    (kw(&in->tok[k + 1], most_lo) || kw(&in->tok[k + 1], most_hi))) {
		*n = k + 2 - i;
		return kw(&in->tok[k + 1], most_lo) ? -1 : 1;
	}
	return 0;
}

/* "cheapest and most expensive list price", "the shortest and the longest
 * running time", "самая низкая и самая высокая оценка": a lowest and a
 * highest said side by side of one noun are its MIN and MAX; the words are
 * read as "min and max" (the pair "minimum and maximum price" reads). */
static void read_extreme_pairs(gen_intent *in)
{
	size_t i;
	for (i = 0; i + 3 < in->ntok; i++) {
		size_t n1 = 0, n2 = 0, k;
		int a = extreme_at(in, i, &n1), b;
		if (!a || i + n1 + 1 >= in->ntok ||
		    !(is(&in->tok[i + n1], "and") || is(&in->tok[i + n1], "и")))
			continue;
		b = extreme_at(in, i + n1 + 1, &n2);
		if (b != -a || i + n1 + 1 + n2 >= in->ntok || in->tok[i + n1 + n2].nclose)
			continue;
		/* the pair becomes three words: min / max, "and", max / min */
		snprintf(in->tok[i].w, sizeof in->tok[i].w, "%s", a < 0 ? "min" : "max");
		in->tok[i].nterms = 0;
		in->tok[i + 1] = in->tok[i + n1];
		in->tok[i + 2] = in->tok[i + n1 + n2];
		snprintf(in->tok[i + 2].w, sizeof in->tok[i + 2].w, "%s", b < 0 ? "min" : "max");
		in->tok[i + 2].nterms = 0;
		k = n1 + n2 - 2;
		if (k) {
			memmove(&in->tok[i + 3], &in->tok[i + 3 + k], (in->ntok - i - 3 - k) * sizeof in->tok[0]);
			in->ntok -= k;
		}
		i += 2;
	}
}

/* "shipping company", "publishing firm", "trucking companies" (gen23): an
 * English "-ing" word before "company" / "firm" names the business by its
 * agent noun, "shipper", "publisher", "trucker": the word is read as that
 * noun and the company word is no word of the phrase (it would find a
 * company name, or a consignee's "ship name", of another table). */
static void read_agent_nouns(gen_intent *in)
{
	static const char *const firm[] = {"company", "companies", "firm", "firms", NULL};
	size_t i;
	for (i = 0; i + 1 < in->ntok; i++) {
		gen_tok *t = &in->tok[i];
		size_t n = strlen(t->w);
		if (t->cyr || t->num || t->used || n < 6 || strcmp(t->w + n - 3, "ing") != 0 ||
		    !kw(&in->tok[i + 1], firm) || in->tok[i + 1].used)
			continue;
		snprintf(t->w + n - 3, sizeof t->w - (n - 3), "er");
		in->tok[i + 1].used = true;
	}
}

/* "each sales agent (by last name)", ", agent by last name", "менеджер
 * по фамилии" (gen23): "by" / "по" and a part of a person's name right
 * after an entity's noun say how that entity is shown, not one more
 * dimension. The noun before is the last word of a dimension already
 * read, or, alone after a comma, a dimension of its own; the name's words
 * are left to the listed columns of that entity. */
static bool by_label(gen_intent *in, size_t i)
{
	static const char *const fam[] = {"фамили*", "имени", "фио", NULL};
	static const char *const part[] = {"last", "first", "full", "family", NULL};
	size_t e, d, k, b;
	bool prev_dim = false;
	if (!i || !(kw(&in->tok[i], W_BY) || is(&in->tok[i], "по")) || is(&in->tok[i], "for") ||
	    is(&in->tok[i], "для"))
		return false;
	if (i + 1 < in->ntok && kw(&in->tok[i + 1], fam))
		e = i + 1;
	else if (i + 2 < in->ntok && kw(&in->tok[i + 1], part) && is(&in->tok[i + 2], "name"))
		e = i + 2;
	else
		return false;
	/* the name ends the phrase: at the end, a comma, a bracket's close */
	if (!(e + 1 == in->ntok || in->tok[e].nclose || is(&in->tok[e + 1], ",") || in->tok[e].colon))
		return false;
	for (d = 0; d < in->ndims && !prev_dim; d++)
		prev_dim = in->dims[d].n && in->dims[d].tok[in->dims[d].n - 1] == (int)i - 1;
	if (prev_dim)
		return true;
	/* ", account agent by last name": the noun (three words at most)
	 * alone after a comma or at the start */
	for (b = i; b > 0 && b + 3 > i && content(in, (int)b - 1) && !in->tok[b - 1].num; b--)
		;
	if (b == i || !(b == 0 || is(&in->tok[b - 1], ",")) || in->ndims >= GEN_MAX_ITEMS)
		return false;
	in->dims[in->ndims].n = 0;
	for (k = b; k < i; k++) {
		in->dims[in->ndims].tok[in->dims[in->ndims].n++] = (int)k;
		in->tok[k].used = true;
	}
	in->ndims++;
	for (k = i + 1; k <= e; k++)
		in->tok[k].used = false;
	return true;
}

/* A date later than another (gen15): "shipped after their required date",
 * "destroyed later than the planned date", "уничтожили позже
 * запланированной даты": the word before "after" / "later than" / "позже"
 * / "после" says the later column, the words up to a date word within
 * four the earlier; all used (neither the time column nor a dimension). */
static void read_date_compare(gen_intent *in)
{
	static const char *const datew[] = {"date", "dates", "deadline", "дата", "даты", "дату", "датой",
	                                    "срока", "срок", "time", "времени", NULL};
	size_t i, k;
	for (i = 1; i + 1 < in->ntok && !in->cmp_at; i++) {
		gen_tok *t = &in->tok[i];
		size_t from = i + 1;
		bool rev = false;
		if (t->used)
			continue;
		/* "ends earlier than it starts", "закрыта раньше даты
		 * открытия": the words after name the later date (gen17) */
		if (is(t, "later") || is(t, "позднее") || (rev = is(t, "earlier") || is(t, "раньше") || is(t, "ранее")))
			from += i + 1 < in->ntok && (is(&in->tok[i + 1], "than") || is(&in->tok[i + 1], "чем"));
		else if (!is(t, "after") && !is(t, "позже") && !is(t, "после") && !(rev = is(t, "before")))
			continue;
		/* "went out after", "late, i.e. after": a content word within
		 * the three before (gen31) */
		if (!content(in, (int)i - 1) && !content(in, (int)i - 2) && !content(in, (int)i - 3))
			continue;
		for (k = from; k < in->ntok && k < from + 4 && !kw(&in->tok[k], datew) && !is(&in->tok[k], ","); k++)
			;
		if (k >= in->ntok || !kw(&in->tok[k], datew) || in->tok[k].used)
			continue;
		in->cmp_at = (int)i;
		/* "after the date the customer required": a clause after the date
		 * word says which date, up to three words to a comma (gen27) */
		if (k + 2 < in->ntok && (is(&in->tok[k + 1], "the") || is(&in->tok[k + 1], "that") ||
		                         is(&in->tok[k + 1], "which") || is(&in->tok[k + 1], "when") ||
		                         is(&in->tok[k + 1], "of"))) { /* "the date of their first rental" (gen31) */
			size_t j;
			for (j = k + 2; j < in->ntok && j <= k + 4 && !is(&in->tok[j], ",") && !in->tok[j].used &&
			                !is(&in->tok[j], "per") && !is(&in->tok[j], "by") && !is(&in->tok[j], "for") &&
			                !is(&in->tok[j], "in");
			     j++)
				;
			if (j > k + 2)
				k = j - 1;
		}
		in->cmp_to = (int)k;
		in->cmp_rev = rev;
		for (; i <= k; i++)
			in->tok[i].used = true;
		in->tok[in->cmp_at - 1].used = true;
		/* "an end time earlier than ...": the name is before the date word */
		if (in->cmp_at > 1 && kw(&in->tok[in->cmp_at - 1], datew) && content(in, in->cmp_at - 2))
			in->tok[in->cmp_at - 2].used = true;
	}
}

/* Two number columns compared (gen21): "at or below their reorder point",
 * "a rate above the room's base price", "дороже базовой цены номера",
 * "расстояние больше, чем дальность самолёта": a comparative whose next
 * content word is no number; the up to four words after it (to a comma)
 * name the other column. The first such comparative only. */
static void read_number_compare(gen_intent *in)
{
	static const struct {
		const char *w, *op;
	} cw[] = {{"above", ">"},      {"over", ">"},       {"exceeds", ">"},   {"exceeding", ">"},
		  {"exceed", ">"},     {"beyond", ">"},     {"below", "<"},     {"under", "<"},
		  {"больше", ">"},     {"выше", ">"},       {"дороже", ">"},    {"длиннее", ">"},
		  {"превышает", ">"},  {"превышающ*", ">"}, {"меньше", "<"},    {"ниже", "<"},
		  {"дешевле", "<"},    {"короче", "<"},     {"more", ">"},      {"greater", ">"},
		  {"higher", ">"},     {"larger", ">"},     {"longer", ">"},    {"bigger", ">"},
		  {"less", "<"},       {"lower", "<"},      {"smaller", "<"},   {"shorter", "<"},
		  {"cheaper", "<"},    {"fewer", "<"},      {NULL, NULL}};
	static const char *const skip[] = {"than", "чем", "their", "its", "the", "a", "an", "his", "her",
	                                   "его", "ее", "их", "своей", "своего", "своих", "свою", NULL};
	size_t i, k, j, e;
	for (i = 1; i + 1 < in->ntok && !in->ncmp_at; i++) {
		const char *op = NULL;
		bool or_eq = false;
		size_t from = i + 1;
		int lfrom = 0, lto = 0;
		if (in->tok[i].used)
			continue;
		for (k = 0; cw[k].w && !op; k++) {
			size_t n = strlen(cw[k].w);
			if (cw[k].w[n - 1] == '*' ? strncmp(in->tok[i].w, cw[k].w, n - 1) == 0 : is(&in->tok[i], cw[k].w))
				op = cw[k].op;
		}
		if (!op)
			continue;
		/* "more / less than" need "than"; "at or below", "at or above" */
		if ((is(&in->tok[i], "more") || is(&in->tok[i], "less") || is(&in->tok[i], "greater") ||
		     is(&in->tok[i], "higher") || is(&in->tok[i], "larger") || is(&in->tok[i], "longer") ||
		     is(&in->tok[i], "bigger") || is(&in->tok[i], "lower") || is(&in->tok[i], "smaller") ||
		     is(&in->tok[i], "shorter") || is(&in->tok[i], "cheaper") || is(&in->tok[i], "fewer")) &&
		    !is(&in->tok[i + 1], "than")) {
			/* "fewer units in stock than their reorder level", "less
			 * stock on hand than": the column compared said between
			 * the comparative and "than" (gen31) */
			for (j = i + 1; j < in->ntok && j <= i + 5 && !is(&in->tok[j], "than") && !is(&in->tok[j], ",") &&
			                !in->tok[j].num && !in->tok[j].used;
			     j++)
				;
			if (j == i + 1 || j >= in->ntok || !is(&in->tok[j], "than") || !content(in, (int)i + 1))
				continue;
			lfrom = (int)i + 1;
			lto = (int)j - 1;
			from = j + 1;
		}
		if (i >= 2 && is(&in->tok[i - 1], "or") && is(&in->tok[i - 2], "at"))
			or_eq = true;
		for (j = from; j < in->ntok && (kw(&in->tok[j], skip) || is(&in->tok[j], ",")); j++)
			;
		if (j >= in->ntok || in->tok[j].num || in->tok[j].used || !content(in, (int)j))
			continue;
		for (e = j; e + 1 < in->ntok && e + 1 < j + 4 && !is(&in->tok[e + 1], ",") && !in->tok[e].semi &&
		            !in->tok[e + 1].used && !in->tok[e + 1].num && !is(&in->tok[e + 1], "per") &&
		            !is(&in->tok[e + 1], "by") && !is(&in->tok[e + 1], "по");
		     e++)
			;
		in->ncmp_at = (int)(or_eq ? i - 2 : i);
		in->ncmp_from = (int)j;
		in->ncmp_to = (int)e;
		in->ncmp_lfrom = lfrom;
		in->ncmp_lto = lto;
		snprintf(in->ncmp_op, sizeof in->ncmp_op, "%s%s", op, or_eq ? "=" : "");
		for (k = (size_t)in->ncmp_at; k <= e; k++)
			in->tok[k].used = true;
	}
}

/* The output list of an ask: the first token of its last clause, after
 * its last colon or sentence; 0 when it has none. */
size_t gen_list_start(const gen_intent *in)
{
	size_t k;
	for (k = in->ntok; k > 0; k--)
		if (in->tok[k - 1].colon || (is(&in->tok[k - 1], ",") && in->tok[k - 1].semi))
			return k;
	return 0;
}

/* The end (exclusive) of the output list's item that starts at a: items
 * are split by commas and "and" / "и". */
size_t gen_list_item_end(const gen_intent *in, size_t a)
{
	while (a < in->ntok && !is(&in->tok[a], ",") && !is(&in->tok[a], "and") && !is(&in->tok[a], "и"))
		a++;
	return a;
}

/* The factor a scale word says: "thousand" / "тысяч" 1000, "million" /
 * "миллион" / "млн" a million, "billion" / "миллиард" / "млрд" a
 * billion; 1 for any other word. */
long gen_scale_word(const gen_tok *t)
{
	if (is(t, "thousand") || strncmp(t->w, "тысяч", strlen("тысяч")) == 0)
		return 1000;
	if (is(t, "million") || is(t, "millions") || strncmp(t->w, "миллион", strlen("миллион")) == 0 || is(t, "млн"))
		return 1000000;
	if (is(t, "billion") || strncmp(t->w, "миллиард", strlen("миллиард")) == 0 || is(t, "млрд"))
		return 1000000000L;
	return 1;
}

/* Whether two words share a stem or a concept. */
static bool same_word(const gen_tok *a, const gen_tok *b)
{
	size_t i, j;
	if (strcmp(a->w, b->w) == 0)
		return true;
	for (i = 0; i < a->nterms; i++)
		for (j = 0; j < b->nterms; j++)
			if (strcmp(a->terms[i], b->terms[j]) == 0)
				return true;
	return false;
}

/* "Сумма завершённых возвратов по месяцам ...: месяц и сумма возвратов",
 * "Средняя длительность трека ... по жанру: жанр и средняя длительность"
 * (the lead, round 36): a measure of the ask's output list (after its
 * last colon or sentence) of the kind of one said before the list, whose
 * every noun word that one's noun says, restates it: no second measure. */
static void drop_restated_measures(gen_intent *in)
{
	size_t l = gen_list_start(in), i, j, a, b, n;
	if (!l)
		return;
	for (j = 0, n = 0; j < in->nmeas; j++) {
		const gen_mphrase *mj = &in->meas[j];
		bool restated = false;
		if (mj->noun.n && (size_t)mj->noun.tok[0] >= l && !mj->step.n)
			for (i = 0; i < n && !restated; i++) {
				const gen_mphrase *mi = &in->meas[i];
				if (mi->kind != mj->kind || !mi->noun.n || (size_t)mi->noun.tok[mi->noun.n - 1] >= l)
					continue;
				restated = true;
				for (a = 0; a < mj->noun.n && restated; a++) {
					bool said = false;
					for (b = 0; b < mi->noun.n && !said; b++)
						said = same_word(&in->tok[mj->noun.tok[a]], &in->tok[mi->noun.tok[b]]);
					restated = said;
				}
			}
		if (!restated)
			in->meas[n++] = *mj;
	}
	in->nmeas = n;
}

/* "2023 next to 2024", "2023 vs 2024", "2023 против 2024", "2023 and 2024
 * side by side": two years said with a word of a pivot between them, or
 * "side by side" / "в двух столбцах" anywhere: one column per year (the
 * lead, round 36). The pivot's words are used. */
static void read_pivot(gen_intent *in)
{
	size_t i, a = in->ntok, b = in->ntok, k;
	if (in->nyears != 2)
		return;
	/* the first year said, then the first word of the other */
	for (i = 0; i < in->ntok; i++) {
		int y = in->tok[i].num ? atoi(in->tok[i].w) : 0;
		if (y != in->years[0] && y != in->years[1])
			continue;
		if (a == in->ntok)
			a = i;
		else if (y != atoi(in->tok[a].w)) {
			b = i;
			break;
		}
	}
	if (b == in->ntok)
		return;
	for (k = a + 1; k < b && !in->pivot; k++) {
		gen_tok *t = &in->tok[k];
		if ((is(t, "next") && k + 1 < b && is(&in->tok[k + 1], "to")) || is(t, "vs") || is(t, "versus") ||
		    is(t, "против") || is(t, "рядом")) {
			in->pivot = true;
			t->used = true;
			if (is(t, "next"))
				in->tok[k + 1].used = true;
		}
	}
	for (k = 0; k + 2 < in->ntok && !in->pivot; k++)
		if ((is(&in->tok[k], "side") && is(&in->tok[k + 1], "by") && is(&in->tok[k + 2], "side")) ||
		    (is(&in->tok[k], "в") && is(&in->tok[k + 1], "двух") &&
		     (strncmp(in->tok[k + 2].w, "столб", strlen("столб")) == 0 ||
		      strncmp(in->tok[k + 2].w, "колон", strlen("колон")) == 0))) {
			in->pivot = true;
			in->tok[k].used = in->tok[k + 1].used = in->tok[k + 2].used = true;
		}
}

/* Whether a word of an aggregate is said: count, number, how many,
 * average, total, sum, distinct ... */
static bool agg_word_said(const gen_intent *in)
{
	size_t k;
	for (k = 0; k < in->ntok; k++)
		if (kw(&in->tok[k], W_COUNT) || kw(&in->tok[k], W_AVG) || kw(&in->tok[k], W_TOTALW) ||
		    kw(&in->tok[k], W_DISTINCT) || is(&in->tok[k], "many"))
			return true;
	return false;
}

/* "How many orders did we ship in 1997? Ship country and number of
 * orders", "...: страна доставки и число заказов" (the lead, round 36):
 * an ask that computes something and names no dimension, whose last
 * clause (after its last colon or sentence) lists the output, by commas
 * and "and" / "и": the items no other reading took (one to three content
 * words each) are its dimensions, where another item of the list is a
 * measure's. */
static void read_list_dims(gen_intent *in)
{
	size_t l = 0, k, a, n = 0;
	int items[GEN_MAX_ITEMS][2], depth = 0;
	bool measure_item = false, inside[GEN_MAX_TOK];
	if (!in->nmeas || in->top_n || in->ntok < 4)
		return;
	/* a dimension said only in brackets ("(год по дате заказа)": the time
	 * column's) is an aside, none of the ask's */
	for (k = 0; k < in->ntok; k++) {
		depth += in->tok[k].nopen;
		inside[k] = depth > 0;
		depth -= in->tok[k].nclose;
		if (depth < 0)
			depth = 0;
	}
	for (k = 0; k < in->ndims; k++)
		if (!in->dims[k].n || !inside[in->dims[k].tok[0]])
			return;
	/* something is computed: a word of an aggregate ("which firms ...?
	 * name, market value and assets" lists columns; gen41) */
	if (!agg_word_said(in))
		return;
	l = gen_list_start(in);
	if (!l || l + 2 > in->ntok)
		return;
	for (a = l; a < in->ntok;) {
		size_t e = gen_list_item_end(in, a), c = 0;
		bool used = false, plain = true;
		for (k = a; k < e; k++) {
			if (in->tok[k].used)
				used = true;
			else if (content(in, (int)k))
				c++;
			else if (!is_stop(&in->tok[k]) || in->tok[k].num)
				plain = false;
			if (in->tok[k].nopen || in->tok[k].nclose)
				plain = false;
		}
		if (used)
			measure_item = true;
		else if (plain && c >= 1 && c <= 3 && n < GEN_MAX_ITEMS) {
			items[n][0] = (int)a;
			items[n++][1] = (int)e;
		} else if (c)
			return; /* an item neither a measure's nor a plain name */
		a = e + 1;
	}
	if (!measure_item || !n)
		return;
	for (k = 0; k < n && in->ndims < GEN_MAX_ITEMS; k++) {
		gen_phrase *d = &in->dims[in->ndims];
		int t;
		d->n = 0;
		for (t = items[k][0]; t < items[k][1]; t++)
			if (content(in, t) && d->n < GEN_MAX_PHRASE)
				d->tok[d->n++] = t;
		for (t = 0; (size_t)t < d->n; t++)
			in->tok[d->tok[t]].used = true;
		if (d->n)
			in->ndims++;
	}
}

/* The content words of the output list's item that holds token at: the
 * list is the last clause (after the last colon or sentence), its items
 * split by commas and "and" / "и"; 0 when at is not in it. */
static size_t list_item_words(const gen_intent *in, size_t at)
{
	size_t l = gen_list_start(in), k, a, e, n = 0;
	if (!l || at < l)
		return 0;
	for (a = at; a > l && !is(&in->tok[a - 1], ",") && !is(&in->tok[a - 1], "and") && !is(&in->tok[a - 1], "и");
	     a--)
		;
	e = gen_list_item_end(in, at);
	for (k = a; k < e; k++)
		n += !in->tok[k].num && !is_stop(&in->tok[k]);
	return n;
}

/* A number column against a number (the lead, round 36): "products with
 * a unit price above 50", "enrollment of at least 1000", "цена выше 50",
 * "players older than 16", "старше 16 лет", "стоит дороже 99 центов" (the
 * price column, the number in hundredths). What read_threshold and
 * read_number_compare left: a comparative (with "than" / "чем", "at least"
 * / "не менее") right before a number; the up to three content words just
 * before it (a verb or "of" between skipped) name the column, or, after
 * "older" / "younger" / "старше" / "моложе", the rows' age. A unit after
 * the number (years, лет, a currency) is read with it. The first only. */
static void read_num_bound(gen_intent *in)
{
	static const char *const gt[] = {"above", "over", "exceeding", "exceeds", "больше", "более", "свыше", "выше",
					 "дороже", NULL};
	static const char *const lt[] = {"below", "under", "меньше", "менее", "ниже", "дешевле", NULL};
	static const char *const cmpw[] = {"more", "greater", "higher", "larger", "bigger", "less", "lower",
					   "smaller", "cheaper", "fewer", NULL};
	static const char *const older[] = {"older", "старше", NULL}, *const younger[] = {"younger", "моложе",
											  "младше", NULL};
	static const char *const glue[] = {"is", "are", "was", "were", "of", "a", "an", "the", "their", "its",
					   "has", "have", "with", "составляет", "равна", "равен", NULL};
	static const char *const unit[] = {"years", "year", "old", "лет", "года", "год", "units", "dollars",
					   "euros", "рублей", "руб", "долларов", "евро", "штук", "шт", NULL};
	size_t i, k, numi;
	for (i = 1; i + 1 < in->ntok && !in->nb_at; i++) {
		gen_tok *t = &in->tok[i];
		const char *op = NULL;
		bool age = false, price;
		long v;
		int e, b;
		if (t->used)
			continue;
		numi = i + 1;
		if (kw(t, gt))
			op = ">";
		else if (kw(t, lt))
			op = "<";
		else if (kw(t, older) || kw(t, younger)) {
			op = kw(t, older) ? ">" : "<";
			age = true;
		} else if (kw(t, cmpw) && is(&in->tok[i + 1], "than")) {
			op = is(t, "less") || is(t, "lower") || is(t, "smaller") || is(t, "cheaper") || is(t, "fewer") ? "<"
															   : ">";
		} else if (is(t, "at") && (is(&in->tok[i + 1], "least") || is(&in->tok[i + 1], "most"))) {
			op = is(&in->tok[i + 1], "least") ? ">=" : "<=";
			numi = i + 2;
		}
		if (!op)
			continue;
		/* "не больше 50", "не менее 1000" */
		if (t->cyr && in->tok[i - 1].w[0] && is(&in->tok[i - 1], "не"))
			op = op[0] == '>' ? "<=" : ">=";
		while (numi < in->ntok && (is(&in->tok[numi], "than") || is(&in->tok[numi], "чем")))
			numi++;
		if (numi >= in->ntok || in->tok[numi].used || (v = number_word(&in->tok[numi])) < 0)
			continue;
		/* the column's words: content words right before (glue skipped) */
		e = (int)i - 1;
		if (e >= 0 && is(&in->tok[e], "не"))
			e--;
		while (e >= 0 && kw(&in->tok[e], glue))
			e--;
		/* "треков в каждом жанре стоит дороже 99 центов": a verb of price
		 * says the price column; the words before are the dimension's */
		price = e >= 0 && kw(&in->tok[e], W_COSTS);
		for (b = e; !price && b >= 0 && e - b < 3 && content(in, b) && !in->tok[b].hyph; b--)
			;
		b = price ? e : b + 1;
		if (!age && !price && (e < 0 || b > e))
			continue;
		/* words right after "each" / "per" / "по" name a dimension */
		if (!age && !price && b > 0 && (kw(&in->tok[b - 1], W_EACH) || kw(&in->tok[b - 1], W_BY) ||
						is(&in->tok[b - 1], "по")))
			continue;
		in->nb_at = (int)i;
		in->nb_age = age;
		in->nb_price = price;
		in->nb_from = age ? -1 : b;
		in->nb_to = age ? -1 : e;
		in->nb_cents = numi + 1 < in->ntok && kw(&in->tok[numi + 1], W_CENTS);
		/* "3 thousand", "100 миллионов" */
		if (numi + 1 < in->ntok && gen_scale_word(&in->tok[numi + 1]) > 1) {
			v *= gen_scale_word(&in->tok[numi + 1]);
			in->tok[numi + 1].used = true;
		}
		snprintf(in->nb_op, sizeof in->nb_op, "%s", op);
		in->nb_val = v;
		for (k = i; k <= numi; k++)
			in->tok[k].used = true;
		if (i && is(&in->tok[i - 1], "не"))
			in->tok[i - 1].used = true;
		if (numi + 1 < in->ntok && (kw(&in->tok[numi + 1], unit) || kw(&in->tok[numi + 1], W_CENTS) ||
					    gen_currency_code(&in->tok[numi + 1])))
			in->tok[numi + 1].used = true;
		for (k = (size_t)b; !age && k <= (size_t)e; k++)
			in->tok[k].used = true;
	}
}

/* A threshold on a count of things: "with more than 20 orders", "at least
 * 10 wines", "5 or more rentals", "больше пяти студентов", "не менее 3
 * заказов" (gen13). The comparative and the number are used; the counted
 * noun is kept in having_noun (used too). Not a threshold: a number followed
 * by a time or money word ("over 30 days", "more than 100 dollars"). */
/* "spent in total more than 500", "потратили в сумме больше 500 фунтов",
 * "totalling over 100" (gen29): a word of a total right before the
 * threshold at i bounds each group's sum. */
static bool total_before(const gen_intent *in, size_t i)
{
	if (i && (is(&in->tok[i - 1], "totalling") || is(&in->tok[i - 1], "totaling") ||
	          is(&in->tok[i - 1], "суммарно") || is(&in->tok[i - 1], "altogether")))
		return true;
	return i > 1 && ((is(&in->tok[i - 2], "in") && is(&in->tok[i - 1], "total")) ||
	                 (is(&in->tok[i - 2], "в") && is(&in->tok[i - 1], "сумме")));
}

/* A verb of spending right before token i (two words back at most):
 * "spent more than", "потратили больше", "заплатил свыше". */
static bool spend_before(const gen_intent *in, size_t i)
{
	size_t k;
	for (k = i; k > 0 && k + 2 >= i; k--) {
		const char *w = in->tok[k - 1].w;
		if (is(&in->tok[k - 1], "spent") || is(&in->tok[k - 1], "spend") || is(&in->tok[k - 1], "spends") ||
		    is(&in->tok[k - 1], "paid") || strncmp(w, "потрат", strlen("потрат")) == 0 ||
		    strncmp(w, "заплат", strlen("заплат")) == 0)
			return true;
	}
	return false;
}

static void read_threshold(gen_intent *in)
{
	size_t i;
	for (i = 0; i + 2 < in->ntok && !in->having; i++) {
		gen_tok *t = &in->tok[i];
		const char *op = NULL;
		size_t numi = i + 1, n;
		long v;
		if (t->used)
			continue;
		if ((is(t, "more") || is(t, "fewer") || is(t, "less")) && is(&in->tok[i + 1], "than"))
			op = is(t, "more") ? ">" : "<", numi = i + 2;
		else if (is(t, "at") && (is(&in->tok[i + 1], "least") || is(&in->tok[i + 1], "most")))
			op = is(&in->tok[i + 1], "least") ? ">=" : "<=", numi = i + 2;
		else if (is(t, "over") || is(t, "above") || is(t, "больше") || is(t, "более") || is(t, "свыше"))
			op = ">";
		else if (is(t, "меньше") || is(t, "менее"))
			op = "<";
		if (op && op[0] != '<' && i && is(&in->tok[i - 1], "не") && (is(t, "больше") || is(t, "более")))
			op = "<=";
		else if (op && op[0] == '<' && i && is(&in->tok[i - 1], "не"))
			op = ">=";
		if (!op && (v = number_word(t)) >= 0 && i + 3 < in->ntok &&
		    (is(&in->tok[i + 1], "or") || is(&in->tok[i + 1], "и") || is(&in->tok[i + 1], "или")) &&
		    (is(&in->tok[i + 2], "more") || is(&in->tok[i + 2], "fewer") || is(&in->tok[i + 2], "less") ||
		     is(&in->tok[i + 2], "более") || is(&in->tok[i + 2], "больше") || is(&in->tok[i + 2], "менее") ||
		     is(&in->tok[i + 2], "меньше"))) {
			/* "5 or more rentals", "два и более черновика" (gen19) */
			op = is(&in->tok[i + 2], "more") || is(&in->tok[i + 2], "более") || is(&in->tok[i + 2], "больше")
			         ? ">="
			         : "<=";
			numi = i;
		}
		/* "больше чем в 100 заказах", "более чем из одной категории":
		 * "чем" and the noun's preposition stand before the number */
		if (op && numi == i + 1 && t->cyr) {
			size_t k = numi;
			if (k < in->ntok && is(&in->tok[k], "чем"))
				k++;
			if (k < in->ntok && (is(&in->tok[k], "в") || is(&in->tok[k], "во") || is(&in->tok[k], "из") ||
			                     is(&in->tok[k], "на") || is(&in->tok[k], "у") || is(&in->tok[k], "с")))
				k++;
			if (k > numi && k < in->ntok && number_word(&in->tok[k]) >= 0)
				numi = k;
		}
		if (!op || numi >= in->ntok || (v = number_word(&in->tok[numi])) < 0)
			continue;
		/* "costs more than 99 cents": a price, no count (read_num_bound) */
		if ((numi + 1 < in->ntok && kw(&in->tok[numi + 1], W_CENTS)) || (i && kw(&in->tok[i - 1], W_COSTS)))
			continue;
		n = numi == i ? i + 3 : numi + 1;
		/* "потратили больше 45 долларов", "spent over 1000", "more than
		 * 500 roubles": a sum of money, each group's, no count (the lead,
		 * round 29) */
		if (numi != i && (spend_before(in, i) || (numi + 1 < in->ntok && gen_currency_code(&in->tok[numi + 1])))) {
			in->having = in->having_total = true;
			snprintf(in->having_op, sizeof in->having_op, "%s", op);
			in->having_val = v;
			in->having_at = (int)i;
			n = numi + 1 < in->ntok && gen_currency_code(&in->tok[numi + 1]) ? numi + 1 : numi;
			for (; i <= n; i++)
				in->tok[i].used = true;
			break;
		}
		/* "spent more than 45 in total", "больше 45 в сумме": the
		 * threshold bounds each group's sum, no count (gen19) */
		if ((n + 1 < in->ntok && ((is(&in->tok[n], "in") && is(&in->tok[n + 1], "total")) ||
		                          (is(&in->tok[n], "в") && is(&in->tok[n + 1], "сумме")))) ||
		    total_before(in, i)) {
			if (total_before(in, i))
				n = numi; /* "в сумме больше 500 фунтов": the words after stay */
			/* "totalling more than 100 million" (gen29) */
			if (numi + 1 < in->ntok)
				v *= gen_scale_word(&in->tok[numi + 1]);
			in->having = in->having_total = true;
			snprintf(in->having_op, sizeof in->having_op, "%s", op);
			in->having_val = v;
			in->having_at = (int)i;
			for (; i <= n + 1; i++)
				in->tok[i].used = true;
			break;
		}
		if (n >= in->ntok || !content(in, (int)n) || gen_grain_word(&in->tok[n]) || kw(&in->tok[n], W_CONVERT) ||
		    kw(&in->tok[n], W_AMOUNT) || kw(&in->tok[n], W_REVENUE))
			continue;
		/* "a unit price above 50: product name ...": the colon ends the
		 * clause; the word after it is no counted noun, unless a count
		 * word says the bound ("plays number more than 1: nick ..."; the
		 * lead, round 36) */
		if (numi != i && in->tok[numi].colon && !kw(&in->tok[i - (i > 0)], W_COUNT))
			continue;
		in->having = true;
		snprintf(in->having_op, sizeof in->having_op, "%s", op);
		in->having_val = v;
		in->having_at = (int)i;
		in->having_noun.n = 1;
		in->having_noun.tok[0] = (int)n;
		for (; i < n; i++)
			in->tok[i].used = true;
		if (i > 0 && is(&in->tok[i - 1], "не"))
			in->tok[i - 1].used = true;
		in->tok[n].used = true;
	}
}

/* "каких", "какой", "каким": a question's "which" after a preposition
 * ("С каких аэропортов было больше одного рейса?", "У каких поставщиков"):
 * the preposition opens the question, no clause of a threshold (the lead,
 * round 31). */
static bool asks_which(const gen_intent *in, int k)
{
	return k >= 0 && (size_t)k < in->ntok && strncmp(in->tok[k].w, "как", strlen("как")) == 0 &&
	       strcmp(in->tok[k].w, "как") != 0;
}

/* The things a threshold keeps are the rows of the result: "customers with
 * more than 20 orders" is per customer. Without a dimension, the noun
 * before the clause that holds the threshold ("customers" before "with",
 * "Общежития" before ", в которых") becomes it (gen13). */
static void threshold_subject(gen_intent *in)
{
	int k = in->having_at - 1, end, start = 0;
	gen_phrase p = {0};
	if (!in->having || in->ndims || in->ndims >= GEN_MAX_ITEMS)
		return;
	/* "Data quality check: which master customers ...": the ask opens
	 * after a heading's colon (the lead, round 36) */
	for (end = 0; end < 6 && end + 1 < in->having_at; end++)
		if (in->tok[end].colon) {
			start = end + 1;
			break;
		}
	while (k >= 0 && !is(&in->tok[k], ",") && !is(&in->tok[k], "with") && !is(&in->tok[k], "having") &&
	       !is(&in->tok[k], "who") && !is(&in->tok[k], "that") && !is(&in->tok[k], "which") &&
	       !is(&in->tok[k], "where") && !is(&in->tok[k], "whose") &&
	       !((is(&in->tok[k], "с") || is(&in->tok[k], "со") || is(&in->tok[k], "у")) && !asks_which(in, k + 1)) &&
	       !is(&in->tok[k], "где") && strncmp(in->tok[k].w, "которы", 12) != 0)
		k--;
	/* "Which customers have spent ...": a question word opening the ask
	 * is no clause word (gen19) */
	if (k >= 0 && (is(&in->tok[k], "which") || is(&in->tok[k], "that"))) {
		int j;
		for (j = k >= start ? start : 0; j < k && (in->tok[j].used || is_stop(&in->tok[j])); j++)
			;
		if (j == k)
			k = -1;
	}
	if (k < 0) {
		/* no clause word: "Students enrolled in more than 7 courses"
		 * is per the ask's first noun, before its participle (gen18);
		 * a question word before it ("Какие сотрудники") is none (gen19) */
		bool asked = false;
		for (k = start; k + 1 < in->having_at && (in->tok[k].used || is_stop(&in->tok[k])); k++)
			asked = asked || !in->tok[k].used; /* a ticket key, a question word */
		if (k + 1 >= in->having_at || !content(in, k) || (!asked && !content(in, k + 1)))
			return;
		k++;
	}
	k--;
	while (k >= 0 && (!content(in, k) || is(&in->tok[k], "в") || is(&in->tok[k], "у")))
		k--;
	end = k;
	while (k >= 0 && end - k < 2 && content(in, k) && !in->tok[k].hyph)
		k--;
	for (k++; k <= end && k >= 0; k++)
		p.tok[p.n++] = k;
	if (!p.n)
		return;
	for (k = 0; (size_t)k < p.n; k++)
		in->tok[p.tok[k]].used = true;
	in->dims[in->ndims++] = p;
}

/* After "the last N days" at from: "of the data" / "данных" right after it,
 * or a clause "counted back from the latest order date" / "считая назад от
 * даты ...", count the days back from the data's latest date, not from
 * today (gen14); the clause's words are used (no last-date measure). */
static void last_days_anchor(gen_intent *in, int from)
{
	int j = from, k;
	while (j < (int)in->ntok && j < from + 2 &&
	       (is(&in->tok[j], "of") || is(&in->tok[j], "the")))
		j++;
	if (j < (int)in->ntok && kw(&in->tok[j], W_DATAW)) {
		for (k = from; k <= j; k++)
			in->tok[k].used = true;
		in->last_days_data = true;
	}
	for (k = from; k < (int)in->ntok && k < from + 8 && !in->tok[k].semi; k++) {
		if (!kw(&in->tok[k], W_BACKW))
			continue;
		in->last_days_data = true;
		if (k > from && !is(&in->tok[k - 1], ","))
			k--; /* the verb: "counted", "считая" */
		for (; k < (int)in->ntok && !is(&in->tok[k], ","); k++) {
			in->tok[k].used = true;
			if (in->tok[k].nclose || in->tok[k].semi)
				break;
		}
		break;
	}
}

/* A sentence's end or a dash between words (gen23): ". " before a capital,
 * "? ", "! ", " -- ", " — ", " – ": the length of the sign, else 0. It ends
 * a phrase as ';' does ("per support rep. Rep's last name is enough": the
 * second sentence is no word of the dimension). */
static size_t sentence_sep(const unsigned char *s, const unsigned char *start)
{
	const unsigned char *q;
	size_t n = 0;
	if (*s == '.' || *s == '?' || *s == '!') {
		n = 1;
		if (*s == '.' && s > start && isdigit(s[-1]))
			return 0;
		if (s[1] != ' ')
			return 0;
		for (q = s + 1; *q == ' '; q++)
			;
		if (*s != '.')
			return *q ? n : 0;
		/* a capital next: Latin, or Cyrillic А-Я, Ё */
		return (*q >= 'A' && *q <= 'Z') || (q[0] == 0xD0 && ((q[1] >= 0x90 && q[1] <= 0xAF) || q[1] == 0x81))
			   ? n
			   : 0;
	}
	if (s[0] == '-' && s[1] == '-')
		n = 2;
	else if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94))
		n = 3;
	if (!n || s == start || s[-1] != ' ' || s[n] != ' ')
		return 0;
	return n;
}

/* "what percent of its shipments did each carrier deliver", "the
 * percentage of the tracks of each media type" (gen37): with no measure
 * said, the plural noun right after a share word's "of" (its, their,
 * the, all and a year read already skipped) is what is counted, not one more subject word beside
 * the verb and values that follow it (English only). */
static void share_noun(gen_intent *in)
{
	static const char *const skip[] = {"its", "their", "the", "all", "those", NULL};
	size_t i, j;
	if (!in->share || in->nmeas || in->having || (!in->ndims && !in->grain))
		return;
	for (i = 0; i + 2 < in->ntok; i++) {
		gen_mphrase *m;
		size_t n;
		if (!kw(&in->tok[i], W_SHARE) || in->tok[i].cyr || !is(&in->tok[i + 1], "of"))
			continue;
		/* ... and a year read already ("of 2024 orders") */
		for (j = i + 2; j < in->ntok && (kw(&in->tok[j], skip) || (in->tok[j].num && in->tok[j].used)); j++)
			;
		if (!content(in, (int)j) || in->tok[j].cyr || kw(&in->tok[j], W_SHARE))
			continue;
		n = strlen(in->tok[j].w);
		if (n < 4 || in->tok[j].w[n - 1] != 's' || in->tok[j].w[n - 2] == 's')
			continue;
		m = &in->meas[in->nmeas++];
		memset(m, 0, sizeof *m);
		m->kind = MK_COUNT;
		m->noun.n = 1;
		m->noun.tok[0] = (int)j;
		in->tok[j].used = true;
		in->share_noun = true;
		return;
	}
}

/* A measure's word: "revenue", "сумма", "number", "average" ... */
static bool measure_word(const gen_tok *t)
{
	return kw(t, W_REVENUE) || kw(t, W_AMOUNT) || kw(t, W_QTY) || kw(t, W_COUNT) || kw(t, W_AVG) ||
	       kw(t, W_SUM_OF) || kw(t, W_MAXV) || kw(t, W_MINV);
}

/* "What percentage of first-half 2025 revenue came from each billing
 * country?", "Какую долю всей выручки приносит каждый жанр? Жанр и процент
 * от общей суммы продаж" (gen37): the share opens the ask (no word before
 * it but question words and what other readings took) and every measure
 * word after it is said in a clause after a share word (asides in brackets
 * and a clause that defines the measure, "выручку считаем с учётом
 * скидки", aside): the measure is the share's object, asked for no column
 * of its own. Only a percentage asked ("процент", "percent(age)"): a
 * "share of revenue per channel" keeps the revenue beside its fraction,
 * as the demo's acceptance intent has it. */
static void share_alone(gen_intent *in)
{
	static const char *const ask[] = {"what", "which", "how", "какую", "какая", "какой", "каков*", "какова", NULL};
	size_t s0, k, c;
	int depth = 0;
	bool share_seen = false, formula = false;
	if (!in->share || !in->share_pct || !in->share_at || in->running || in->top_n || !in->nmeas || in->share_noun)
		return;
	s0 = (size_t)in->share_at - 1;
	for (k = 0; k < s0; k++) {
		const gen_tok *t = &in->tok[k];
		if (measure_word(t))
			return;
		if (!t->used && !t->num && !is_stop(t) && !is(t, ",") && !kw(t, ask))
			return;
	}
	for (k = s0; k < in->ntok; k++) {
		const gen_tok *t = &in->tok[k];
		bool end = is(t, ",") || (k && in->tok[k - 1].semi);
		if (end && !depth) {
			share_seen = false;
			formula = false;
			for (c = k + (is(t, ",") ? 1 : 0); c < in->ntok && !is(&in->tok[c], ",") && !in->tok[c].semi; c++)
				formula |= kw(&in->tok[c], W_FORMULA_VERB);
			if (c < in->ntok && !is(&in->tok[c], ","))
				formula |= kw(&in->tok[c], W_FORMULA_VERB);
		}
		depth += t->nopen;
		if (!depth && kw(t, W_SHARE))
			share_seen = true;
		else if (!depth && !formula && measure_word(t) && !share_seen)
			return;
		depth -= t->nclose;
		if (depth < 0)
			depth = 0;
	}
	in->share_alone = true;
}

/* "по убыванию", "по возрастанию": a sort order said (gen40) */
static const char *const sort_dir[] = {"убыван*", "возрастан*", NULL};

int gen_parse(sx_analyzer *an, const char *text, gen_intent *in, sx_error *err)
{
	const unsigned char *s = (const unsigned char *)text, *gap = s, *text0 = s;
	size_t ncyr = 0, nlat = 0, nother = 0, i;
	sx_terms terms;
	int rc = 0, pend = -1; /* a first aggregate waiting for its noun: "min and max price" */
	const char *lang;

	memset(in, 0, sizeof *in);
	in->load = in->target = -1;
	in->sched_min = in->sched_hour = in->sched_dow = in->sched_every_min = -1;
	{
		/* a ticket's key first ("ACT-3 sign-ups per ...", "NW-44"): no
		 * word of the ask (gen17) */
		const unsigned char *q = s;
		while (*q >= 'A' && *q <= 'Z')
			q++;
		if (q - s >= 2 && *q == '-' && isdigit(q[1])) {
			for (q++; isdigit(*q); q++)
				;
			if (*q == ' ' || *q == ':')
				s = gap = q;
			else if (*q == '.' && q[1] == ' ') /* "BI-162. Топ-10 ..." (gen40) */
				s = gap = q + 1;
		}
	}
	/* words */
	while (*s && in->ntok < GEN_MAX_TOK) {
		gen_tok *t = &in->tok[in->ntok];
		size_t len = 0;
		bool letter, cyr = false;
		if (*s == ',' || *s == ';' || sentence_sep(s, text0)) {
			size_t sep = *s == ',' || *s == ';' ? 1 : sentence_sep(s, text0);
			gap_signs(in, gap, s, NULL);
			gap = s + sep;
			/* list separators end phrases */
			t->w[0] = ',';
			t->w[1] = '\0';
			t->semi = *s != ',';
			t->cyr = t->num = t->used = false;
			t->nterms = 0;
			in->ntok++;
			s += sep;
			continue;
		}
		while (*s) {
			char buf[8];
			size_t bl = 0;
			size_t used;
			if ((len && (*s == ',' || *s == ';')) || sentence_sep(s, text0))
				break;
			used = fold(s, buf, &bl, &letter, &cyr);
			if (!letter) {
				s += used;
				if (len) {
					t->hyph = s[-1] == '-' && *s && *s != ' ' && *s != '-';
					t->under = s[-1] == '_' && *s && isalnum(*s);
					break;
				}
				continue;
			}
			if (!len)
				gap_signs(in, gap, s, t);
			gap = s + used;
			if (len + bl < sizeof t->w - 1) {
				memcpy(t->w + len, buf, bl);
				len += bl;
			}
			s += used;
		}
		if (len && t->w[len - 1] == ':') {
			/* a colon ends a clause (gen14): after this word, or after
			 * the one before ("... (суббота и воскресенье): их ...") */
			gen_tok *cw = t;
			while (len && t->w[len - 1] == ':')
				len--; /* "Customer 360:" */
			if (!len && in->ntok)
				cw = &in->tok[in->ntok - 1];
			if (len || cw != t)
				cw->colon = true;
		}
		if (!len)
			continue;
		t->w[len] = '\0';
		/* split "3am", "топ5"? keep simple: trailing am/pm */
		t->cyr = cyr;
		t->num = isdigit((unsigned char)t->w[0]) != 0;
		if (t->num) {
			size_t k = strlen(t->w);
			if (k > 2 && (strcmp(t->w + k - 2, "am") == 0 || strcmp(t->w + k - 2, "pm") == 0) &&
			    in->ntok + 1 < GEN_MAX_TOK) {
				gen_tok *n2 = &in->tok[in->ntok + 1];
				char ampm[3] = {t->w[k - 2], t->w[k - 1], '\0'};
				memset(n2, 0, sizeof *n2);
				memcpy(n2->w, ampm, sizeof ampm);
				t->w[k - 2] = '\0';
				in->ntok++;
				/* move: the number stays first */
			}
		}
		if (cyr)
			ncyr++;
		else if (!t->num && ((unsigned char)t->w[0] < 0x80))
			nlat++;
		else if (!t->num)
			nother++;
		in->ntok++;
	}
	for (i = 0; i + 1 < in->ntok; i++)
		if (in->tok[i].under)
			in->tok[i].inname = in->tok[i + 1].inname = true;
	gap_signs(in, gap, s, NULL);
	mark_formulas(in);
	mark_bare_formulas(in);
	mark_sum_over_lines(in);
	read_agent_nouns(in);
	read_extreme_pairs(in);
	if (nother > nlat + ncyr)
		return sx_error_set(err, SX_EUNSUPPORTED,
				    "the intent is in a language Sextant does not read: built-in "
				    "generation understands English and Russian");
	if (nlat > ncyr && (lang = foreign_language(in)))
		return sx_error_set(
		    err, SX_EUNSUPPORTED,
		    "the intent reads as %s: built-in generation understands English and "
		    "Russian; rephrase it in one of them",
		    lang);
	in->ru = ncyr > nlat;
	/* stems and concepts of each word */
	sx_terms_init(&terms);
	for (i = 0; i < in->ntok; i++) {
		gen_tok *t = &in->tok[i];
		size_t k;
		if (t->num)
			continue;
		sx_terms_clear(&terms);
		if ((rc = sx_analyze(an, t->w, strlen(t->w), 1.0f, &terms, err)))
			break;
		if (t->cyr) {
			bool lex = false;
			size_t len = strlen(t->w);
			for (k = 0; k < terms.n; k++)
				lex |= terms.v[k].origin == SX_TERM_LEXICON;
			/* "отгрузок" -> "отгрузка", "заявок" -> "заявка": the genitive plural's
			 * fleeting vowel hides the lexicon's word from the stemmer */
			if (!lex && len > 6 && (strcmp(t->w + len - 4, "ок") == 0 || strcmp(t->w + len - 4, "ек") == 0)) {
				char alt[72];
				sx_terms more;
				snprintf(alt, sizeof alt, "%.*sка", (int)(len - 4), t->w);
				sx_terms_init(&more);
				if (!sx_analyze(an, alt, strlen(alt), 1.0f, &more, NULL))
					for (k = 0; k < more.n && t->nterms < 6; k++)
						if (more.v[k].origin == SX_TERM_LEXICON)
							snprintf(t->terms[t->nterms++], sizeof t->terms[0], "%s", more.v[k].term);
				sx_terms_release(&more);
			}
			/* "времени" -> "время", "имени" -> "имя": a neuter in -мя
			 * takes -мен- in its other forms, which the stemmer keeps
			 * apart from the lexicon's word (gen39) */
			if (!lex && len > 8 && !t->nterms) {
				static const char *const ends[] = {"мени", "менем", "мена", "мен", "менам", "менами",
				                                   "менах", NULL};
				size_t e;
				for (e = 0; ends[e]; e++) {
					size_t el = strlen(ends[e]);
					char alt[72];
					sx_terms more;
					if (len <= el + 2 || strcmp(t->w + len - el, ends[e]) != 0)
						continue;
					snprintf(alt, sizeof alt, "%.*sмя", (int)(len - el), t->w);
					sx_terms_init(&more);
					if (!sx_analyze(an, alt, strlen(alt), 1.0f, &more, NULL))
						for (k = 0; k < more.n && t->nterms < 6; k++)
							if (more.v[k].origin == SX_TERM_LEXICON)
								snprintf(t->terms[t->nterms++], sizeof t->terms[0], "%s",
									 more.v[k].term);
					sx_terms_release(&more);
					break;
				}
			}
		}
		for (k = 0; k < terms.n && t->nterms < 6; k++) {
			if (terms.v[k].origin == SX_TERM_PHRASE || terms.v[k].origin == SX_TERM_FUZZY)
				continue;
			snprintf(t->terms[t->nterms++], sizeof t->terms[0], "%s", terms.v[k].term);
		}
	}
	sx_terms_release(&terms);
	if (rc)
		return rc;
	{
		/* Russian words of dimensions and statuses that the search lexicon
		 * does not translate (and a few English words of a role): their
		 * English stems join the word's terms */
		static const struct {
			const char *ru, *en;
		} extra[] = {{"канал", "channel"},   {"сегмент", "segment"},   {"устройств", "device"},
			     {"статус", "status"},    {"приоритет", "priority"}, {"источник", "source"},
			     {"способ", "method"},    {"метод", "method"},      {"тип", "type"},
			     {"уровн", "tier"},       {"провайдер", "provider"}, {"бренд", "brand"},
			     {"жанр", "genre"},       {"плейлист", "playlist"}, {"трек", "track"},
			     {"альбом", "album"},     {"песн", "track"},        {"артист", "artist"},
			     {"исполнител", "artist"}, {"фильм", "film"},       {"актер", "actor"},
			     {"аренд", "rental"},     {"пассажир", "passenger"}, {"рейс", "flight"},
			     {"билет", "ticket"},     {"студент", "student"},   {"пациент", "patient"},
			     {"врач", "doctor"},      {"грузоотправ", "shipper"}, {"доставщик", "shipper"},
			     {"веб", "web"},          {"онлайн", "online"},     {"штат", "state"},
			     {"округ", "county"},     {"кампус", "campus"},     {"сбор", "fee"},
			     {"черновик", "draft"},   {"комисси", "commission"},
			     {"дети", "kid"},         {"детьм", "kid"},         {"детей", "kid"},
			     /* English words of one role (gen23), matched whole: a
			      * "sales agent" is the "sales rep" a column names */
			     {"agent", "rep"},        {"agents", "rep"},        {"representative", "rep"},
			     {"representatives", "rep"},
			     {NULL, NULL}};
		sx_terms et;
		sx_terms_init(&et);
		for (i = 0; i < in->ntok; i++) {
			gen_tok *t = &in->tok[i];
			size_t k, j;
			for (k = 0; extra[k].ru; k++)
				if (((unsigned char)extra[k].ru[0] < 0x80
					 ? !t->cyr && strcmp(t->w, extra[k].ru) == 0
					 : t->cyr && strncmp(t->w, extra[k].ru, strlen(extra[k].ru)) == 0) &&
				    t->nterms < 6) {
					/* the English word's own stem, as columns are analysed */
					sx_terms_clear(&et);
					if (sx_analyze(an, extra[k].en, strlen(extra[k].en), 1.0f, &et, NULL) || !et.n)
						break;
					for (j = 0; j < et.n && et.v[j].origin != SX_TERM_WORD; j++)
						;
					if (j == et.n)
						break;
					memmove(t->terms[1], t->terms[0], (t->nterms) * sizeof t->terms[0]);
					snprintf(t->terms[0], sizeof t->terms[0], "%s", et.v[j].term);
					t->nterms++;
					break;
				}
		}
		sx_terms_release(&et);
	}

	/* "closed by now", "so far", "к настоящему времени": no split by "now" */
	for (i = 0; i + 1 < in->ntok; i++)
		if ((is(&in->tok[i], "by") || is(&in->tok[i], "until") || is(&in->tok[i], "till") ||
		     is(&in->tok[i], "so")) &&
		    (is(&in->tok[i + 1], "now") || is(&in->tok[i + 1], "today") || is(&in->tok[i + 1], "far")))
			in->tok[i].used = in->tok[i + 1].used = true;
	read_date_diff(in);
	read_duration(in);
	read_age_extremes(in);
	read_date_compare(in);
	read_threshold(in);
	read_number_compare(in);
	read_num_bound(in);
	/* "which non-empty playlists", "непустые плейлисты": the rows counted
	 * over their children are never empty; no filter and no subject */
	for (i = 0; i < in->ntok; i++) {
		gen_tok *t = &in->tok[i];
		if (is(t, "non") && t->hyph && i + 1 < in->ntok && is(&in->tok[i + 1], "empty"))
			t->used = in->tok[i + 1].used = true;
		else if (strncmp(t->w, "непуст", strlen("непуст")) == 0)
			t->used = true;
	}
	/* "ни разу не отправлялось по почте": the words after "ни разу" (to a
	 * comma, four at most) say what never happened, no dimension nor
	 * subject of their own ("по почте" is no split; gen21) */
	for (i = 1; i + 1 < in->ntok; i++)
		if (is(&in->tok[i], "разу") && is(&in->tok[i - 1], "ни")) {
			size_t k;
			for (k = i + 1; k < in->ntok && k <= i + 4 && !is(&in->tok[k], ",") && !in->tok[k].semi; k++)
				in->tok[k].used = true;
		}
	/* "students with no allergies on file at all", "без единого заказа"
	 * (gen22): what is said missing, to "at all" / "вообще" / "совсем"
	 * (seven words at most, to a comma) or the one word after "без
	 * единого", is no subject: the rows counted are those without it */
	for (i = 0; i + 2 < in->ntok; i++) {
		size_t k, e = 0;
		if (!is(&in->tok[i], "no") && !is(&in->tok[i], "without") && !is(&in->tok[i], "без"))
			continue;
		if (is(&in->tok[i], "без") && (strcmp(in->tok[i + 1].w, "единого") == 0 ||
		                              strcmp(in->tok[i + 1].w, "единой") == 0))
			e = i + 2;
		for (k = i + 1; !e && k < in->ntok && k <= i + 7 && !is(&in->tok[k], ",") && !in->tok[k].semi; k++)
			if ((is(&in->tok[k], "all") && is(&in->tok[k - 1], "at")) || strcmp(in->tok[k].w, "вообще") == 0 ||
			    strcmp(in->tok[k].w, "совсем") == 0)
				e = k;
		for (k = i + 1; e && k <= e; k++)
			in->tok[k].used = true;
	}
	/* entities with none kept as zero (gen13): "with 0", "as zero", "с
	 * нулём", "including those with no orders", "включая без заказов";
	 * "should show 0", "показать 0" (gen38) */
	for (i = 0; i < in->ntok; i++) {
		gen_tok *t = &in->tok[i], *pv = i ? &in->tok[i - 1] : NULL;
		size_t k;
		if (pv && (strcmp(t->w, "0") == 0 || is(t, "zero") || strncmp(t->w, "нул", 6) == 0 ||
		           strncmp(t->w, "ноль", 8) == 0) &&
		    (is(pv, "with") || is(pv, "as") || is(pv, "at") || is(pv, "с") || is(pv, "со") || is(pv, "show") ||
		     is(pv, "shows") || is(pv, "showing") || strcmp(pv->w, "показать") == 0 ||
		     strcmp(pv->w, "показывать") == 0)) {
			in->keep_empty = t->used = true;
			continue;
		}
		if (is(t, "including") || is(t, "incl") || strcmp(t->w, "включая") == 0)
			for (k = i + 1; k < in->ntok && k <= i + 4; k++)
				if (is(&in->tok[k], "no") || is(&in->tok[k], "without") || is(&in->tok[k], "never") ||
				    is(&in->tok[k], "без")) {
					in->keep_empty = true;
					break;
				}
	}
	/* "order lines that were never put on a shipment — how many": the
	 * words after "never" (to a comma or a sentence's end, four at most)
	 * say what never happened, no subject of their own, as after "ни
	 * разу" (gen23; not where the rows are kept at zero, whose "never
	 * placed an order" names the rows counted) */
	for (i = 0; i + 1 < in->ntok && !in->keep_empty; i++)
		if (is(&in->tok[i], "never")) {
			size_t k;
			for (k = i + 1; k < in->ntok && k <= i + 4 && !is(&in->tok[k], ","); k++)
				in->tok[k].used = true;
		}
	/* pass 1: schedule, engines, streaming, load types, ranges, top N */
	for (i = 0; i < in->ntok; i++) {
		gen_tok *t = &in->tok[i], *nx = i + 1 < in->ntok ? &in->tok[i + 1] : NULL;
		gen_tok *pv = i ? &in->tok[i - 1] : NULL;
		if (t->num && strchr(t->w, ':') && atoi(t->w) < 24) { /* 06:00 */
			in->sched_hour = hour_of(t->w, &in->sched_min);
			t->used = true;
			if (pv && (is(pv, "at") || is(pv, "в") || is(pv, "во")))
				pv->used = true;
			continue;
		}
		if (t->num && pv && (is(pv, "at") || is(pv, "в")) && atoi(t->w) < 24 && strlen(t->w) <= 2 &&
		    !(nx && (grain_kw(nx, W_DAY) || grain_kw(nx, W_MONTH) || grain_kw(nx, W_YEAR) || grain_kw(nx, W_WEEK)))) {
			int h = atoi(t->w);
			if (nx && is(nx, "pm") && h < 12)
				h += 12;
			if (nx && is(nx, "am") && h == 12)
				h = 0;
			in->sched_hour = h;
			in->sched_min = 0;
			t->used = pv->used = true;
			if (nx && (is(nx, "am") || is(nx, "pm") || kw(nx, W_NIGHT) || kw(nx, W_MORNING) ||
				   is(nx, "часа") || is(nx, "часов") || is(nx, "утра") || is(nx, "вечера") ||
				   is(nx, "ч")))
				nx->used = true;
			if (nx && is(nx, "вечера") && h < 12)
				in->sched_hour = h + 12;
			continue;
		}
		if (kw(t, W_EACH) && nx && kw(nx, W_MINUTES)) {
			in->sched_every_min = 1;
			t->used = nx->used = true;
			continue;
		}
		if (kw(t, W_EACH) && nx && nx->num && i + 2 < in->ntok && kw(&in->tok[i + 2], W_MINUTES)) {
			in->sched_every_min = atoi(nx->w);
			t->used = nx->used = in->tok[i + 2].used = true;
			continue;
		}
		if ((kw(t, W_EACH) || is(t, "nightly")) && nx && kw(nx, W_NIGHT)) {
			in->sched_daily = true;
			if (in->sched_hour < 0)
				in->sched_hour = 2, in->sched_min = 0;
			t->used = nx->used = true;
			continue;
		}
		if (is(t, "nightly")) {
			in->sched_daily = true;
			if (in->sched_hour < 0)
				in->sched_hour = 2, in->sched_min = 0;
			t->used = true;
			continue;
		}
		if (kw(t, W_EACH) && nx && kw(nx, W_MORNING)) {
			in->sched_daily = true;
			if (in->sched_hour < 0)
				in->sched_hour = 6, in->sched_min = 0;
			t->used = nx->used = true;
			continue;
		}
		if (kw(t, W_EACH) && nx && (is(nx, "day") || is(nx, "день"))) {
			in->sched_daily = true;
			t->used = nx->used = true;
			continue;
		}
		if (kw(t, W_EACH) && nx && (is(nx, "hour") || is(nx, "час"))) {
			in->sched_hourly = true;
			t->used = nx->used = true;
			continue;
		}
		if (kw(t, W_WEEKDAY)) {
			in->sched_dow = 1;
			t->used = true;
			if (pv && (is(pv, "on") || is(pv, "по") || is(pv, "every") || kw(pv, W_EACH)))
				pv->used = true;
			continue;
		}
		if (is(t, "ежедневно") || is(t, "ежечасно")) {
			size_t k;
			if (is(t, "ежечасно"))
				in->sched_hourly = true;
			else
				in->sched_daily = true;
			t->used = true;
			/* opening the intent, right before what is measured, it says
			 * the data's grain as "Daily: …" does: "Ежедневно: число
			 * счетов" (not "Ежедневно загружать выручку …") */
			for (k = 0; k < i && (is_stop(&in->tok[k]) || is(&in->tok[k], ",")); k++)
				;
			if (k == i && !in->grain && nx &&
			    (kw(nx, W_COUNT) || kw(nx, W_REVENUE) || kw(nx, W_AMOUNT) || kw(nx, W_QTY) ||
			     kw(nx, W_AVG) || kw(nx, W_DISTINCT) || kw(nx, W_HEADCOUNT)))
				in->grain = is(t, "ежечасно") ? SX_GRAIN_HOUR : SX_GRAIN_DAY;
			continue;
		}
		if (kw(t, W_STREAM)) {
			in->streaming = true;
			t->used = true;
			continue;
		}
		if (kw(t, W_CH) || kw(t, W_PG) || kw(t, W_SQLITE)) {
			int k = kw(t, W_CH) ? SX_DB_CLICKHOUSE : kw(t, W_PG) ? SX_DB_POSTGRES : SX_DB_SQLITE;
			t->used = true;
			if (pv && kw(pv, W_FROMP)) {
				pv->used = true;
				continue;
			}
			if (pv && kw(pv, W_TO))
				pv->used = true;
			if (in->target < 0 || (pv && kw(pv, W_TO)))
				in->target = k;
			continue;
		}
		if (kw(t, W_SCD)) {
			if (is(t, "history") || is(t, "историю") || kw(t, (const char *const[]){"истори*", NULL})) {
				/* "history of changes", "историю изменений" */
				if (nx && (is(nx, "of") || kw(nx, (const char *const[]){"изменен*", NULL}))) {
					in->load = SX_LOAD_SCD2;
					t->used = true;
					if (kw(nx, (const char *const[]){"изменен*", NULL}))
						nx->used = true;
				}
				continue;
			}
			if (is(t, "slowly")) {
				in->load = SX_LOAD_SCD2;
				t->used = true;
				continue;
			}
			in->load = SX_LOAD_SCD2;
			t->used = true;
			if (nx && (nx->num || is(nx, "type") || is(nx, "2")))
				nx->used = true;
			continue;
		}
		if ((is(t, "type") || is(t, "тип")) && nx && is(nx, "2") && in->load == SX_LOAD_SCD2) {
			t->used = nx->used = true;
			continue;
		}
		if (kw(t, W_DEDUP) && !counted_unique(in, i)) {
			in->load = SX_LOAD_DEDUP;
			t->used = true;
			continue;
		}
		if (kw(t, W_MASK)) {
			in->load = SX_LOAD_MASKED_EXPORT;
			t->used = true;
			continue;
		}
		if (kw(t, W_360) && (is(t, "360") || !(in->load >= 0))) {
			if (!is(t, "wide") || (nx && (is(nx, "table") || is(nx, "row"))))
				in->load = SX_LOAD_DENORM360, t->used = true;
			continue;
		}
		if (kw(t, W_AGGW)) {
			if (in->load < 0)
				in->load = SX_LOAD_AGGREGATE;
			t->used = true;
			continue;
		}
		if (kw(t, W_SNAP)) {
			if (in->load < 0)
				in->load = SX_LOAD_SNAPSHOT;
			t->used = true;
			continue;
		}
		if (kw(t, W_INCR) && (!is(t, "новые") && !is(t, "changed") && !is(t, "merge") &&
				       strncmp(t->w, "изменен", 14) != 0)) {
			if (in->load < 0)
				in->load = SX_LOAD_INCREMENTAL;
			t->used = true;
			continue;
		}
		/* "по коду валюты", "per currency code": the currency's code is a
		 * column to group by, no conversion (gen16) */
		if ((is(t, "currency") && nx && kw(nx, W_CODE)) ||
		    (strncmp(t->w, "валют", 10) == 0 && pv && kw(pv, W_CODE)))
			continue;
		/* "по каждой валюте", "per currency", "for each currency": the
		 * currency said as what is grouped by, no conversion (gen29) */
		if ((is(t, "currency") || strncmp(t->w, "валют", 10) == 0) && pv &&
		    (is(pv, "per") || is(pv, "each") || is(pv, "every") || is(pv, "по") ||
		     strncmp(pv->w, "кажд", 8) == 0))
			continue;
		/* "только рублёвые заказы", "only RUB orders", "по рублёвым
		 * заказам": orders in one currency, a filter on the currency's
		 * code (value_matches), no conversion (the lead, round 29) */
		if (gen_currency_code(t) &&
		    ((pv && kw(pv, W_ONLY)) || strncmp(t->w, "рублев", strlen("рублев")) == 0 ||
		     strncmp(t->w, "долларовы", strlen("долларовы")) == 0)) {
			snprintf(in->only_cur, sizeof in->only_cur, "%s", gen_currency_code(t));
			t->used = true;
			continue;
		}
		if ((kw(t, W_CONVERT) || kw(t, W_CURRENCY)) && !t->used) { /* not "more than 45 dollars" */
			const char *code = gen_currency_code(t);
			in->convert = true;
			t->used = true;
			if (code)
				snprintf(in->to_cur, sizeof in->to_cur, "%s", code);
			continue;
		}
		/* ranges: "last 30 days", "за последние 30 дней" */
		if (kw(t, W_LASTN) && nx && nx->num && i + 2 < in->ntok) {
			gen_tok *u = &in->tok[i + 2];
			int n = atoi(nx->w);
			if (grain_kw(u, W_DAY) || grain_kw(u, W_WEEK) || grain_kw(u, W_MONTH)) {
				in->last_days = grain_kw(u, W_DAY) ? n : grain_kw(u, W_WEEK) ? 7 * n : 30 * n;
				t->used = nx->used = u->used = true;
				if (pv && (is(pv, "за") || is(pv, "for") || is(pv, "over") || is(pv, "the")))
					pv->used = true;
				last_days_anchor(in, (int)i + 3);
				continue;
			}
		}
		/* one quarter of a year (gen13): "Q3 2023", "third quarter of 2023",
		 * "3 квартал 2023", "третий квартал 2023 года" */
		{
			static const char *const ord[] = {"first", "second", "third", "fourth", "перв", "втор", "трет",
			                                  "четверт", NULL};
			const gen_tok *y = nx && is(nx, "of") && i + 2 < in->ntok ? &in->tok[i + 2] : nx;
			int q = 0, k, len = 3; /* months: a half-year ("H1 1998", "первое полугодие 1998") is 6 (gen15) */
			bool half = is(t, "half") || strncmp(t->w, "полугод", 14) == 0;
			if ((t->w[0] == 'q' || t->w[0] == 'h') && t->w[1] >= '1' && t->w[1] <= (t->w[0] == 'q' ? '4' : '2') &&
			    !t->w[2])
				q = t->w[1] - '0', len = t->w[0] == 'q' ? 3 : 6;
			else if (pv && (is(t, "quarter") || strncmp(t->w, "квартал", 14) == 0 || half)) {
				q = pv->num && atoi(pv->w) >= 1 && atoi(pv->w) <= (half ? 2 : 4) ? atoi(pv->w) : 0;
				for (k = 0; !q && ord[k]; k++)
					if (strncmp(pv->w, ord[k], strlen(ord[k])) == 0 && (!half || k % 4 < 2))
						q = k % 4 + 1;
				len = half ? 6 : 3;
			}
			if (q && y && y->num && strlen(y->w) == 4 && atoi(y->w) >= 1990 && atoi(y->w) <= 2100) {
				in->month = (q - 1) * len + 1;
				in->months = len;
				t->used = true;
				if (t->w[0] != 'q' && t->w[0] != 'h')
					pv->used = true;
				if (y != nx)
					nx->used = true;
				continue;
			}
		}
		if (!in->from_date[0] && !t->used) {
			size_t took = read_day_range(in, i);
			if (took) {
				i += took - 1;
				continue;
			}
		}
		/* months of a year: "June through August", "from March to May",
		 * "с июня по август" (gen18) */
		if (nx && i + 2 < in->ntok && !t->used &&
		    (is(nx, "through") || is(nx, "to") || is(nx, "till") || is(nx, "until") || is(nx, "по"))) {
			int m1, m2;
			for (m1 = 0; m1 < 12 && !kw(t, W_MONTHS[m1]); m1++)
				;
			for (m2 = 0; m2 < 12 && !kw(&in->tok[i + 2], W_MONTHS[m2]); m2++)
				;
			if (m1 < 12 && m2 < 12 && m2 > m1) {
				in->month = m1 + 1;
				in->months = m2 - m1 + 1;
				t->used = nx->used = in->tok[i + 2].used = true;
				if (pv && (is(pv, "from") || is(pv, "с") || is(pv, "со")))
					pv->used = true;
				continue;
			}
		}
		/* days of a month: "с 16 по 31 января 2011", "from 10 to 20 March
		 * 2024", "March 10 to 20, 2024" (gen29) */
		if (t->num && !t->used && nx && i + 2 < in->ntok && in->tok[i + 2].num &&
		    (is(nx, "to") || is(nx, "through") || is(nx, "till") || is(nx, "until") || is(nx, "по") ||
		     is(nx, "and")) &&
		    !in->month) {
			int d1 = atoi(t->w), d2 = atoi(in->tok[i + 2].w), mo = 12;
			size_t mi = 0;
			if (i + 3 < in->ntok)
				for (mo = 0; mo < 12 && !kw(&in->tok[i + 3], W_MONTHS[mo]); mo++)
					;
			if (mo < 12)
				mi = i + 3;
			else if (pv)
				for (mo = 0; mo < 12 && !kw(pv, W_MONTHS[mo]); mo++)
					;
			if (mo < 12 && !mi)
				mi = i - 1;
			if (mo < 12 && d1 >= 1 && d2 > d1 && d2 <= 31 && strlen(t->w) <= 4 &&
			    strlen(in->tok[i + 2].w) <= 4) {
				in->month = mo + 1;
				in->day_from = d1;
				in->day_to = d2;
				t->used = nx->used = in->tok[i + 2].used = in->tok[mi].used = true;
				if (mi + 1 == i && i >= 2)
					pv = &in->tok[i - 2];
				if (pv && (is(pv, "from") || is(pv, "с") || is(pv, "со") || is(pv, "between")))
					pv->used = true;
				i += 2;
				continue;
			}
		}
		/* a month with no year: "the broadcasts in May", "в мае" (gen39);
		 * the plan reads it where dates are kept as text that names
		 * their month ("01,May") */
		if (!t->used && !in->month && !in->month_only && pv && !pv->used && !(nx && nx->num) &&
		    (is(pv, "in") || is(pv, "during") || is(pv, "в") || is(pv, "за"))) {
			int mo;
			for (mo = 0; mo < 12 && !kw(t, W_MONTHS[mo]); mo++)
				;
			if (mo < 12) {
				in->month_only = mo + 1;
				t->used = pv->used = true;
				continue;
			}
		}
		/* one month of a year: "за декабрь 2011", "in December 2011" */
		if (!t->used && nx && nx->num && strlen(nx->w) == 4 && atoi(nx->w) >= 1990 && atoi(nx->w) <= 2100) {
			int mo;
			for (mo = 0; mo < 12 && !kw(t, W_MONTHS[mo]); mo++)
				;
			if (mo < 12) {
				in->month = mo + 1;
				t->used = true;
				if (pv && (is(pv, "за") || is(pv, "in") || is(pv, "for") || is(pv, "during") ||
				           is(pv, "в") || is(pv, "of")))
					pv->used = true;
				continue;
			}
		}
		/* "founded before 1950", "основано до 1950 года", "opened before
		 * 2010", "earlier than 2005", "after 2015": a bound on a year, of
		 * an integer year column or of a date (gen19, gen35-lead). A year
		 * from 1990 on ends a range instead when another year opens it
		 * ("с 2005 до 2010 года"). */
		if (t->num && !t->used && strlen(t->w) == 4 && atoi(t->w) >= 1800 && atoi(t->w) <= 2100 && pv &&
		    (atoi(t->w) < 1990 || !other_year(in, i)) && !(nx && gen_currency_code(nx))) {
			gen_tok *pp = i > 1 ? &in->tok[i - 2] : NULL;
			bool than = is(pv, "than") && pp, to = is(pv, "to") && pp && is(pp, "prior");
			int side = is(pv, "before") || is(pv, "до") || to || (than && is(pp, "earlier"))  ? -1
			           : is(pv, "after") || is(pv, "после") || (than && is(pp, "later")) ? 1
			                                                                               : 0;
			if (side) {
				size_t k;
				int y = atoi(t->w);
				/* "до 2000 года включительно": the year itself is in */
				for (k = i + 1; k < in->ntok && k <= i + 3; k++)
					if (strncmp(in->tok[k].w, "включительно", 24) == 0 || is(&in->tok[k], "inclusive") ||
					    is(&in->tok[k], "inclusively")) {
						in->tok[k].used = true;
						y += side < 0 ? 1 : -1;
					}
				if (side < 0)
					in->year_before = y;
				else
					in->year_after = y;
				t->used = pv->used = true;
				if (than || to)
					pp->used = true;
				if (nx && grain_kw(nx, W_YEAR))
					nx->used = true;
				continue;
			}
		}
		if (t->num && strlen(t->w) == 4 && atoi(t->w) <= 2100 && !(nx && gen_currency_code(nx)) &&
		    !amount_bound(in, i) &&
		    (atoi(t->w) >= 1990 || (atoi(t->w) >= 1000 && open_year(in, i)))) {
			int y = atoi(t->w), k;
			if (!in->year_from || y < in->year_from)
				in->year_from = y;
			if (y > in->year_to)
				in->year_to = y;
			for (k = 0; k < in->nyears && in->years[k] != y; k++)
				;
			if (k == in->nyears && in->nyears < 3)
				in->years[in->nyears++] = y;
			t->used = true;
			if (open_year(in, i))
				in->year_open = true;
			if (nx && grain_kw(nx, W_YEAR))
				nx->used = true;
			continue;
		}
		/* share of the total: "share of revenue", "revenue share", "доля выручки" */
		/* ... not a word of a name written with '_' ("share_count"), nor the
		 * noun of an average, a largest or a smallest value ("средний
		 * процент скидки", "average discount percentage" is the discount's
		 * average: a share of it would not add up; gen12) */
		if (kw(t, W_SHARE) && !(is(t, "percent") && pv && pv->num) && !t->under && !(pv && pv->under) &&
		    !aggregated_noun(in, i)) {
			size_t k;
			in->share = true;
			if (!in->share_at)
				in->share_at = (int)i + 1;
			in->share_pct |= strncmp(t->w, "percent", 7) == 0 || strncmp(t->w, "процент", 14) == 0;
			t->used = true;
			if (nx && (is(nx, "of") || is(nx, "in")))
				nx->used = true;
			for (k = i + 1; k < in->ntok && k < i + 5 && !in->tok[k].semi; k++)
				in->share_within |= kw(&in->tok[k], W_WITHIN);
			continue;
		}
		/* running totals: "running total of revenue", "cumulative revenue",
		 * "выручка нарастающим итогом" */
		if ((is(t, "running") && nx && (kw(nx, W_AMOUNT) || is(nx, "sum"))) ||
		    kw(t, W_RUNNING)) {
			in->running = true;
			t->used = true;
			if (nx && (kw(nx, W_AMOUNT) || is(nx, "sum") || kw(nx, W_RUNNING) ||
			           strncmp(nx->w, "итог", 8) == 0)) {
				nx->used = true;
				if (i + 2 < in->ntok && is(&in->tok[i + 2], "of"))
					in->tok[i + 2].used = true;
			}
			continue;
		}
		/* "rank media types by revenue ...": what is ranked is a
		 * dimension (gen12) */
		if ((is(t, "rank") || is(t, "ранжировать")) && nx && content(in, (int)i + 1) && ranking(in) &&
		    in->ndims < GEN_MAX_ITEMS) {
			gen_phrase rp;
			size_t next = (size_t)take_phrase(in, (int)i + 1, &rp, false);
			if (rp.n) {
				t->used = true;
				in->dims[in->ndims++] = rp;
				i = next - 1;
				continue;
			}
		}
		if (kw(t, W_TOP) && nx && (nx->num ? number_word(nx) > 0 : number_word(nx) > 1)) { /* "top five" */
			in->top_n = (int)number_word(nx);
			t->used = nx->used = true;
			i = (size_t)take_phrase(in, (int)i + 2, &in->top_what, false) - 1;
			continue;
		}
		/* "which 5 airlines have the most routes" (gen22): a top N of
		 * the words between the number and "have / with (the) most" */
		if ((is(t, "which") || is(t, "what")) && nx && nx->num && atoi(nx->w) > 1) {
			size_t k, m = 0;
			for (k = i + 3; !m && k + 1 < in->ntok && k <= i + 6 && !in->tok[k].used; k++)
				if ((is(&in->tok[k], "have") || is(&in->tok[k], "has") || is(&in->tok[k], "had") ||
				     is(&in->tok[k], "with")) &&
				    (is(&in->tok[k + 1], "most") ||
				     (is(&in->tok[k + 1], "the") && k + 2 < in->ntok && is(&in->tok[k + 2], "most"))))
					m = k;
			if (m) {
				in->top_n = atoi(nx->w);
				t->used = nx->used = true;
				for (k = m; k <= m + 2 && !is(&in->tok[k - 1], "most"); k++)
					in->tok[k].used = true;
				take_phrase(in, (int)i + 2, &in->top_what, false);
				most_counted(in, k);
				i = m;
				continue;
			}
		}
		/* "the 5 longest tracks", "3 самых дорогих товара", "the three
		 * most opened documents" (lead, round 32): a top N of the rows
		 * a superlative ranks, the lowest first after "cheapest",
		 * "shortest", "самых дешёвых" */
		if (!t->used && number_word(t) > 1 && nx && !nx->used) {
			size_t k = 0;
			int dir = 0;
			if (kw(nx, W_SUP_MAX) || kw(nx, W_SUP_MIN))
				dir = kw(nx, W_SUP_MAX) ? 1 : -1, k = i + 2;
			else if (kw(nx, W_MOSTW) && content(in, (int)i + 2))
				dir = kw(&in->tok[i + 2], W_MOST_MIN) ? -1 : 1, k = i + 3;
			if (dir && content(in, (int)k)) {
				size_t q;
				in->top_n = (int)number_word(t);
				in->superl = dir;
				for (q = i; q < k; q++)
					in->tok[q].used = true;
				i = (size_t)take_phrase(in, (int)k, &in->top_what, false) - 1;
				continue;
			}
		}
		/* "the 5 billing cities with the most invoices", "5 клиентов с
		 * наибольшим числом счетов" (lead, round 32): a top N of the words
		 * between the number and "with the most / highest", "с наибольшим /
		 * самым большим"; what follows names the measure */
		if (!t->used && number_word(t) > 1 && content(in, (int)i + 1)) {
			size_t k, m = 0, after = 0;
			for (k = i + 2; !m && k + 1 < in->ntok && k <= i + 5 && !in->tok[k].used; k++)
				if ((is(&in->tok[k], "with") || is(&in->tok[k], "с") || is(&in->tok[k], "со")) &&
				    (after = most_word(in, k + 1)))
					m = k;
			if (m) {
				in->top_n = (int)number_word(t);
				t->used = true;
				for (k = m; k < after; k++)
					in->tok[k].used = true;
				take_phrase(in, (int)i + 1, &in->top_what, false);
				most_counted(in, after);
				i = after - 1;
				continue;
			}
		}
		if ((t->num ? number_word(t) > 0 : number_word(t) > 1) && !t->used && nx &&
		    (kw(nx, W_TOP) || kw(nx, W_TOP_ADJ)) &&
		    !nx->used) { /* "5 лучших товаров", "пять крупнейших клиентов", "the ten biggest" */
			in->top_n = (int)number_word(t);
			t->used = nx->used = true;
			i = (size_t)take_phrase(in, (int)i + 2, &in->top_what, false) - 1;
			continue;
		}
	}
	/* "top" also in the other word order: "топ-5" split as "топ", "5" above */

	/* A Russian active participle after a comma ("по городу сотрудника,
	 * оформившего заказ") opens a clause about the noun before it, as "who"
	 * does: its words are no dimension, measure or value. So does a passive
	 * one ("по каналам, созданных в 2024 году": its year is read before),
	 * unless the clause says a filter ("отменённые заказы исключены"). */
	for (i = 1; i < in->ntok; i++)
		if (is(&in->tok[i - 1], ",") &&
		    (active_participle(&in->tok[i]) || (passive_participle(&in->tok[i]) && !clause_filters(in, i)))) {
			size_t k;
			bool passive = !active_participle(&in->tok[i]);
			for (k = i; k < in->ntok && !is(&in->tok[k], ","); k++) {
				/* "записанных на каждую активность": "each" names the
				 * dimension, the clause ends before it (gen17) */
				if (kw(&in->tok[k], W_EACH))
					break;
				/* ... but a passive one's place is left to the values:
				 * "заказов, отправленных в Германию" (gen15) */
				bool place = passive && k > i && (is(&in->tok[k - 1], "в") || is(&in->tok[k - 1], "во"));
				if (!in->tok[k].num && !place)
					in->tok[k].used = true;
				if (in->tok[k].colon)
					break;
			}
			i = k;
		}

	/* the day of the week as the grain (gen14): "by weekday", "by day of
	 * the week", "по дням недели"; no finer grain word replaces it */
	for (i = 0; i < in->ntok; i++) {
		gen_tok *t = &in->tok[i], *pv = i ? &in->tok[i - 1] : NULL;
		size_t end = 0;
		if (t->used)
			continue;
		if ((is(t, "weekday") || is(t, "weekdays")) && pv && (kw(pv, W_BY) || is(pv, "по")))
			end = i;
		else if ((is(t, "day") || is(t, "days")) && i + 2 < in->ntok &&
		         is(&in->tok[i + 1], "of"))
			end = is(&in->tok[i + 2], "week") ? i + 2
			      : i + 3 < in->ntok && is(&in->tok[i + 2], "the") &&
			              is(&in->tok[i + 3], "week")
			          ? i + 3
			          : 0;
		else if (t->cyr && grain_kw(t, W_DAY) && i + 1 < in->ntok &&
		         is(&in->tok[i + 1], "недели"))
			end = i + 1;
		if (!end)
			continue;
		in->grain = SX_GRAIN_WEEKDAY;
		if (pv && (kw(pv, W_BY) || is(pv, "по")))
			pv->used = true;
		for (; i <= end; i++)
			in->tok[i].used = true;
		i--;
	}

	/* the weekend as a filter (gen14): "on weekends", "в выходные", with
	 * the days written out beside it ("(суббота и воскресенье)") */
	for (i = 0; i < in->ntok; i++) {
		static const char *const wk[] = {"weekend", "weekends", "выходн*", NULL};
		static const char *const days[] = {"saturday*", "sunday*", "суббот*", "воскресен*",
		                                   "and",       "и",       NULL};
		gen_tok *t = &in->tok[i];
		size_t k;
		if (!kw(t, wk))
			continue; /* read in a participle's clause too ("заведённых в выходные") */
		in->weekend = t->used = true;
		if (i && (is(&in->tok[i - 1], "on") || is(&in->tok[i - 1], "at") ||
		          is(&in->tok[i - 1], "over") || is(&in->tok[i - 1], "в") ||
		          is(&in->tok[i - 1], "the")))
			in->tok[i - 1].used = true;
		for (k = i + 1; k < in->ntok && kw(&in->tok[k], days); k++)
			in->tok[k].used = true;
	}

	/* a number column at least N at a clause's end (gen14): "wines that
	 * scored 90 points or more", "rated 4 or higher": the word before N
	 * names the column (a threshold on a count has its noun after) */
	for (i = 1; i + 2 < in->ntok; i++) {
		gen_tok *t = &in->tok[i];
		size_t k = i + 1, end;
		if (t->used || !t->num || !content(in, (int)i - 1) || in->tok[i - 1].num)
			continue;
		if (k < in->ntok && content(in, (int)k) && k + 1 < in->ntok &&
		    is(&in->tok[k + 1], "or"))
			k++; /* the unit: "points" */
		if (k + 1 >= in->ntok || !is(&in->tok[k], "or") ||
		    !(is(&in->tok[k + 1], "more") || is(&in->tok[k + 1], "higher") ||
		      is(&in->tok[k + 1], "above")))
			continue;
		end = k + 2;
		if (end < in->ntok && !is(&in->tok[end], ",") && !in->tok[end].semi)
			continue;
		in->numge_at = (int)i - 1;
		in->numge_val = atol(t->w);
		for (k = i - 1; k < end; k++)
			in->tok[k].used = true;
		break;
	}

	/* an average of a count per entity (gen14): "в среднем на одного
	 * клиента", "on average per one customer", "how many tracks an album
	 * has on average": the entity E is read here, the average words are
	 * used (no average of an amount) */
	for (i = 0; i + 1 < in->ntok; i++) {
		gen_tok *t = &in->tok[i], *nx = &in->tok[i + 1];
		size_t k, e = 0;
		bool avg = false;
		if (t->used)
			continue;
		if ((is(t, "на") || is(t, "per")) && i + 2 < in->ntok &&
		    (is(nx, "одного") || is(nx, "одну") || is(nx, "одно") || is(nx, "один") ||
		     is(nx, "one") || is(nx, "single")) &&
		    content(in, (int)i + 2))
			e = i + 2;
		else if ((is(t, "a") || is(t, "an")) && i >= 2 && is(&in->tok[i - 2], "many") &&
		         content(in, (int)i - 1) && content(in, (int)i + 1))
			e = i + 1; /* "how many tracks an album has" */
		if (!e)
			continue;
		for (k = 0; k < in->ntok; k++)
			avg |= kw(&in->tok[k], W_AVG) && !in->tok[k].used;
		if (!avg)
			continue;
		for (k = 0; k < in->ntok; k++)
			if (kw(&in->tok[k], W_AVG)) {
				in->tok[k].used = true;
				if (k && (is(&in->tok[k - 1], "в") || is(&in->tok[k - 1], "on")))
					in->tok[k - 1].used = true;
			}
		for (k = i; k <= e; k++)
			in->tok[k].used = true;
		in->avg_per.n = 0;
		in->avg_per.tok[in->avg_per.n++] = (int)e;
		break;
	}

	/* pass 2: grain, measures, dimensions, filters */
	for (i = 0; i < in->ntok; i++) {
		gen_tok *t = &in->tok[i], *nx = i + 1 < in->ntok ? &in->tok[i + 1] : NULL;
		if (t->used)
			continue;
		/* grain words */
		{
			sx_gen_grain g = grain_kw(t, W_HOUR)      ? SX_GRAIN_HOUR
					 : grain_kw(t, W_DAY)     ? SX_GRAIN_DAY
					 : grain_kw(t, W_WEEK)    ? SX_GRAIN_WEEK
					 : grain_kw(t, W_MONTH)   ? SX_GRAIN_MONTH
					 : grain_kw(t, W_QUARTER) ? SX_GRAIN_QUARTER
					 : grain_kw(t, W_YEAR)    ? SX_GRAIN_YEAR
							    : SX_GRAIN_NONE;
			/* "total hours played", "hours booked": a plural unit
			 * not after "by", "per" or "each" is an amount of
			 * time, not a period to cut by */
			if ((is(t, "hours") || is(t, "days")) &&
			    !(i && (kw(&in->tok[i - 1], W_BY) || kw(&in->tok[i - 1], W_EACH))))
				g = SX_GRAIN_NONE;
			/* "...? Name, location and founding year", "год основания":
			 * a period word inside an item of the output list with another
			 * word names a column, no period to cut by, where nothing is
			 * computed (an aggregate's "making year" stays its year; the
			 * lead, round 36) */
			if (g != SX_GRAIN_NONE && list_item_words(in, i) >= 2 && !agg_word_said(in))
				g = SX_GRAIN_NONE;
			if (g != SX_GRAIN_NONE) {
				if (!in->grain || (g < in->grain && in->grain != SX_GRAIN_WEEKDAY))
					in->grain = g;
				t->used = true;
				if (i && (is(&in->tok[i - 1], "по") || kw(&in->tok[i - 1], W_BY)))
					in->tok[i - 1].used = true;
				continue;
			}
		}
		/* measures */
		if (kw(t, W_DISTINCT) && in->nmeas < GEN_MAX_ITEMS) {
			gen_mphrase *m = &in->meas[in->nmeas++];
			size_t k, j = 0;
			m->kind = MK_DISTINCT;
			t->used = true;
			i = (size_t)take_phrase(in, (int)i + 1, &m->noun, false) - 1;
			for (k = 0; k < m->noun.n; k++) {
				if (kw(&in->tok[m->noun.tok[k]], W_SOLD)) {
					m->sold = true;
					continue;
				}
				m->noun.tok[j++] = m->noun.tok[k];
			}
			m->noun.n = j;
			if ((size_t)i + 1 < in->ntok && kw(&in->tok[i + 1], W_SOLD))
				m->sold = true, in->tok[i + 1].used = true, i++;
			continue;
		}
		/* "сколько единиц товара продано", "number of units sold": the
		 * quantity after the count word is the measure */
		if ((kw(t, W_COUNT) || (is(t, "how") && nx && is(nx, "many"))) && !t->used) {
			size_t j = i + 1, r;
			while (j < in->ntok && (is(&in->tok[j], "many") || is(&in->tok[j], "of")))
				j++;
			/* Russian puts the modifiers between them: "количество взятых
			 * напрокат единиц", "количество проданных штук" */
			for (r = j; r < in->ntok && r < j + 2 && in->tok[r].cyr && content(in, (int)r) &&
				    !kw(&in->tok[r], W_QTY);
			     r++)
				;
			if (r < in->ntok && r > j && kw(&in->tok[r], W_QTY))
				j = r;
			if (j < in->ntok && !in->tok[j].used && kw(&in->tok[j], W_QTY)) {
				size_t q;
				for (q = i; q < j; q++)
					in->tok[q].used = true;
				i = j - 1;
				continue;
			}
		}
		/* "how many distinct tracks", "сколько разных клиентов": the distinct
		 * count alone (read at the next word), no count of its own */
		if ((is(t, "how") || is(t, "сколько")) && !t->used) {
			size_t j = i + 1;
			if (is(t, "how") && j < in->ntok && is(&in->tok[j], "many"))
				j++;
			if (j < in->ntok && kw(&in->tok[j], W_DISTINCT) && (is(t, "сколько") || j == i + 2)) {
				size_t q;
				for (q = i; q < j; q++)
					in->tok[q].used = true;
				i = j - 1;
				continue;
			}
		}
		if (is(t, "how") && nx && is(nx, "many") && in->nmeas < GEN_MAX_ITEMS) {
			gen_mphrase *m = &in->meas[in->nmeas++];
			size_t k;
			m->kind = MK_COUNT;
			t->used = nx->used = true;
			i = (size_t)take_phrase(in, (int)i + 2, &m->noun, false) - 1;
			/* "how many tracks did we sell": units sold of the noun */
			for (k = 0; k < m->noun.n; k++)
				if (kw(&in->tok[m->noun.tok[k]], W_SOLD))
					m->kind = MK_QUANTITY, m->sold = true;
			continue;
		}
		if (kw(t, W_COUNT) && nx && (kw(nx, W_DISTINCT) ||
					     (is(nx, "of") && i + 2 < in->ntok && kw(&in->tok[i + 2], W_DISTINCT)))) {
			t->used = true; /* "number of unique customers": the distinct count alone */
			if (is(nx, "of"))
				nx->used = true;
			continue;
		}
		if (kw(t, W_HEADCOUNT) && in->nmeas < GEN_MAX_ITEMS) {
			gen_mphrase *m = &in->meas[in->nmeas++];
			m->kind = MK_COUNT;
			t->used = true;
			i = (size_t)take_phrase(in, (int)i + 1, &m->noun, false) - 1;
			m->people = m->noun.n == 0;
			continue;
		}
		/* "entry name, stock number and dollar price": "number" after
		 * a noun, no "of" next, names a column (stock number, phone
		 * number), no count (gen40) */
		if (is(t, "number") && i && content(in, (int)i - 1) && !in->tok[i - 1].cyr && !in->tok[i - 1].inname &&
		    !kw(&in->tok[i - 1], W_SUM_OF) && !kw(&in->tok[i - 1], W_DISTINCT) && !is(&in->tok[i - 1], "how") &&
		    !is(&in->tok[i - 1], "head") && !(nx && (is(nx, "of") || kw(nx, W_DISTINCT))))
			continue;
		if (kw(t, W_COUNT) && in->nmeas < GEN_MAX_ITEMS) {
			gen_mphrase *m = &in->meas[in->nmeas++];
			size_t k;
			t->used = true;
			m->kwtok = (int)i;
			if (i && (is(&in->tok[i - 1], "how") || kw(&in->tok[i - 1], W_DISTINCT)))
				in->tok[i - 1].used = true;
			if (i && t->w[0] == 'c' && is(&in->tok[i - 1], "head") && !in->tok[i - 1].used) {
				/* "head count": the people */
				m->kind = MK_COUNT;
				m->people = true;
				in->tok[i - 1].used = true;
				continue;
			}
			if (i && t->w[0] == 'c' && i >= 1 && content(in, (int)i - 1) && !(nx && is(nx, "of"))) {
				/* "order count" */
				m->kind = MK_COUNT;
				m->noun.n = 1;
				m->noun.tok[0] = (int)i - 1;
				in->tok[i - 1].used = true;
				continue;
			}
			m->kind = MK_COUNT;
			i = (size_t)take_phrase(in, (int)i + 1, &m->noun, false) - 1;
			/* "позиций в заказах", "lines in invoices": parts counted in a
			 * plural place after "в" / "in" — the place belongs to the
			 * counted noun (not "in Moscow", "in each", "in 2024", and not
			 * after other nouns: "customers in regions") */
			if (m->noun.n && kw(&in->tok[m->noun.tok[m->noun.n - 1]], W_PARTS) &&
			    i + 2 < in->ntok && !in->tok[i + 1].used &&
			    (is(&in->tok[i + 1], "в") || is(&in->tok[i + 1], "во") || is(&in->tok[i + 1], "in")) &&
			    content(in, (int)i + 2) && plural_place(&in->tok[i + 2])) {
				gen_phrase more;
				size_t q;
				in->tok[i + 1].used = true;
				i = (size_t)take_phrase(in, (int)i + 2, &more, false) - 1;
				for (q = 0; q < more.n && m->noun.n < GEN_MAX_PHRASE; q++)
					m->noun.tok[m->noun.n++] = more.tok[q];
			}
			/* "..., then number of sessions with add to cart" */
			for (k = i >= 3 ? i - 3 : 0; k < i; k++)
				if (kw(&in->tok[k], W_THEN))
					m->then = true, in->tok[k].used = true;
			if (m->noun.n && i + 2 < in->ntok && !in->tok[i + 1].used &&
			    !kw(&in->tok[i + 2], W_STATUSW) && (is(&in->tok[i + 1], "with") || is(&in->tok[i + 1], "having") ||
			     is(&in->tok[i + 1], "с") || is(&in->tok[i + 1], "со"))) {
				size_t j = take_step(in, i + 2, &m->step);
				if (m->step.n) {
					in->tok[i + 1].used = true;
					i = j - 1;
					/* "with a product view, then (with) an add to cart": the
					 * next step of the same noun, counted after this one */
					for (;;) {
						gen_mphrase *m2;
						size_t q = i + 1;
						while (q < in->ntok && !in->tok[q].used &&
						       (is(&in->tok[q], "and") || is(&in->tok[q], "а") ||
						        is(&in->tok[q], "и") || is(&in->tok[q], ",")))
							q++;
						if (q >= in->ntok || in->tok[q].used || !kw(&in->tok[q], W_THEN) ||
						    in->nmeas >= GEN_MAX_ITEMS)
							break;
						j = q + 1;
						if (j < in->ntok && (is(&in->tok[j], "with") || is(&in->tok[j], "с") ||
						                     is(&in->tok[j], "со")))
							j++;
						m2 = &in->meas[in->nmeas];
						memset(m2, 0, sizeof *m2);
						j = take_step(in, j, &m2->step);
						if (!m2->step.n)
							break;
						for (k = i + 1; k <= q; k++)
							in->tok[k].used = true;
						m2->kind = MK_COUNT;
						m2->noun = m->noun;
						m2->then = true;
						in->nmeas++;
						i = j - 1;
					}
				}
			}
			for (k = 0; k < m->noun.n; k++)
				if (kw(&in->tok[m->noun.tok[k]], W_SOLD) || kw(&in->tok[m->noun.tok[k]], W_QTY)) {
					m->kind = MK_QUANTITY;
					m->sold |= kw(&in->tok[m->noun.tok[k]], W_SOLD);
					in->tok[m->noun.tok[k]].used = true;
				}
			if (m->noun.n && kw(&in->tok[m->noun.tok[m->noun.n - 1]], W_REVENUE))
				m->kind = MK_COUNT;
			continue;
		}
		/* "biggest first", "largest first", "smallest first": the order
		 * the rows come in, no MAX / MIN measure (gen41) */
		if ((kw(t, W_MAXV) || kw(t, W_MINV)) && !t->cyr && nx && is(nx, "first")) {
			t->used = nx->used = true;
			i++;
			continue;
		}
		/* superlatives (gen14): "longest", "most expensive", "самый дорогой" */
		if (kw(t, W_SUP_MAX) || kw(t, W_SUP_MIN)) {
			in->superl = kw(t, W_SUP_MAX) ? 1 : -1;
			t->used = true;
			continue;
		}
		if (kw(t, W_MOSTW) && nx && (kw(nx, W_MOST_MAX) || kw(nx, W_MOST_MIN))) {
			in->superl = kw(nx, W_MOST_MAX) ? 1 : -1;
			t->used = nx->used = true;
			i++;
			continue;
		}
		/* "minimum and maximum price", "минимальная и максимальная цена":
		 * two aggregates of one noun; the first takes the second's noun */
		if ((kw(t, W_AVG) || kw(t, W_MAXV) || kw(t, W_MINV)) && nx && (is(nx, "and") || is(nx, "и")) &&
		    i + 2 < in->ntok && !in->tok[i + 2].used &&
		    (kw(&in->tok[i + 2], W_AVG) || kw(&in->tok[i + 2], W_MAXV) || kw(&in->tok[i + 2], W_MINV)) &&
		    in->nmeas + 2 < GEN_MAX_ITEMS) {
			gen_mphrase *m = &in->meas[in->nmeas];
			m->kind = kw(t, W_AVG) ? MK_AVG_VALUE : kw(t, W_MAXV) ? MK_MAX_VALUE : MK_MIN_VALUE;
			pend = (int)in->nmeas++;
			t->used = nx->used = true;
			i++;
			continue;
		}
		if ((kw(t, W_AVG) ||
		     ((kw(t, W_MAXV) || kw(t, W_MINV)) && nx && content(in, (int)i + 1) &&
		      !kw(nx, W_DATEW) && !(i + 2 < in->ntok && kw(&in->tok[i + 2], W_DATEW)))) &&
		    in->nmeas < GEN_MAX_ITEMS) {
			gen_mphrase *m = &in->meas[in->nmeas++];
			size_t k, j = 0;
			m->kind = kw(t, W_AVG) ? MK_AVG_VALUE : kw(t, W_MAXV) ? MK_MAX_VALUE : MK_MIN_VALUE;
			m->avgtok = (int)i + 1;
			t->used = true;
			i = (size_t)take_phrase(in, (int)i + 1, &m->noun, false) - 1;
			/* drop value words from the noun: "average order value" */
			for (k = 0; k < m->noun.n; k++) {
				gen_tok *u = &in->tok[m->noun.tok[k]];
				if (kw(u, W_AMOUNT) || kw(u, W_CHECK) || kw(u, W_REVENUE))
					continue;
				m->noun.tok[j++] = m->noun.tok[k];
			}
			m->noun.n = j;
			while ((size_t)i + 1 < in->ntok && !in->tok[i + 1].used &&
			       (kw(&in->tok[i + 1], W_AMOUNT) || kw(&in->tok[i + 1], W_CHECK) ||
				kw(&in->tok[i + 1], W_REVENUE))) {
				in->tok[i + 1].used = true; /* "average order value" */
				i++;
			}
			if (pend >= 0 && (size_t)pend + 1 == in->nmeas - 1) {
				in->meas[pend].noun = m->noun;
				pend = -1;
			}
			continue;
		}
		if ((kw(t, W_FIRST) || kw(t, W_LASTD)) && !name_part(in, (int)i) && in->nmeas < GEN_MAX_ITEMS) {
			/* "last order date", "дата последнего заказа" */
			size_t k;
			bool datew = i && kw(&in->tok[i - 1], W_DATEW);
			for (k = i + 1; k < in->ntok && k <= i + 3 && !datew; k++)
				if (kw(&in->tok[k], W_DATEW))
					datew = true, in->tok[k].used = true;
			if (datew) {
				gen_mphrase *m = &in->meas[in->nmeas++];
				m->kind = kw(t, W_FIRST) ? MK_FIRST_DATE : MK_LAST_DATE;
				t->used = true;
				if (i && kw(&in->tok[i - 1], W_DATEW))
					in->tok[i - 1].used = true;
				i = (size_t)take_phrase(in, (int)i + 1, &m->noun, false) - 1;
				continue;
			}
			/* "the earliest move-in and the latest move-out" (gen23): no
			 * date word, the noun names the date column ("move-in" is
			 * date_moved_in); "earliest" / "latest" only, "first" / "last"
			 * say too much else */
			if ((is(t, "earliest") || is(t, "latest")) && content(in, (int)i + 1)) {
				gen_mphrase *m = &in->meas[in->nmeas++];
				int end;
				m->kind = is(t, "earliest") ? MK_FIRST_DATE : MK_LAST_DATE;
				m->date_named = true;
				t->used = true;
				/* "move-in", "check-out": the two words joined by the
				 * hyphen are the noun, whatever the second is */
				if (i + 2 < in->ntok && in->tok[i + 1].hyph && !in->tok[i + 2].used) {
					m->noun.n = 2;
					m->noun.tok[0] = (int)i + 1;
					m->noun.tok[1] = (int)i + 2;
					in->tok[i + 1].used = in->tok[i + 2].used = true;
					end = (int)i + 3;
				} else
					end = take_phrase(in, (int)i + 1, &m->noun, false);
				i = (size_t)end - 1;
				continue;
			}
		}
		/* "sales rep", "sales agents", "sales manager": whose job it is,
		 * no revenue (gen41) */
		if (kw(t, W_REVENUE) && !t->cyr && nx &&
		    (is(nx, "rep") || is(nx, "reps") || is(nx, "representative") || is(nx, "representatives") ||
		     is(nx, "agent") || is(nx, "agents") || is(nx, "manager") || is(nx, "managers") ||
		     is(nx, "person") || is(nx, "people") || is(nx, "staff")))
			continue;
		if (kw(t, W_REVENUE) && in->nmeas < GEN_MAX_ITEMS) {
			gen_mphrase *m = &in->meas[in->nmeas++];
			m->kind = MK_REVENUE;
			t->used = true;
			if (nx && kw(nx, W_AMOUNT)) {
				nx->used = true;
				i++;
				nx = i + 1 < in->ntok ? &in->tok[i + 1] : NULL;
			}
			/* whose revenue: "revenue of delivered orders", "выручка
			 * доставленных заказов" (a modifier of it may filter it) */
			if (nx && !nx->used && (is(nx, "of") || (t->cyr && nx->cyr && content(in, (int)i + 1))))
				i = (size_t)take_phrase(in, (int)i + 1, &m->noun, false) - 1;
			continue;
		}
		/* "unit price", "unit cost", "цена за единицу": a price per unit,
		 * no quantity (gen41 and the lead, round 36) */
		if (kw(t, W_QTY) &&
		    ((is(t, "unit") && nx && (strncmp(nx->w, "price", 5) == 0 || strncmp(nx->w, "cost", 4) == 0)) ||
		     (strncmp(t->w, "единиц", strlen("единиц")) == 0 && i >= 2 && is(&in->tok[i - 1], "за") &&
		      (strncmp(in->tok[i - 2].w, "цен", strlen("цен")) == 0 ||
		       strncmp(in->tok[i - 2].w, "стоимост", strlen("стоимост")) == 0))))
			continue;
		if (kw(t, W_QTY) && in->nmeas < GEN_MAX_ITEMS) {
			gen_mphrase *m = &in->meas[in->nmeas++];
			m->kind = MK_QUANTITY;
			t->used = true;
			if (nx && kw(nx, W_SOLD))
				nx->used = m->sold = true;
			continue;
		}
		if (kw(t, W_AMOUNT) && in->nmeas < GEN_MAX_ITEMS &&
		    (kw(t, W_TOTALW) && !(i && content(in, (int)i - 1)))) {
			/* "сумма продаж", "total units on hand", "sum of revenue": the
			 * word says how the measure after it adds up, not a second one */
			size_t j = i + 1;
			if (j < in->ntok && is(&in->tok[j], "of"))
				j++;
			if (j < in->ntok && !in->tok[j].used &&
			    (kw(&in->tok[j], W_REVENUE) || kw(&in->tok[j], W_QTY))) {
				t->used = true;
				if (j > i + 1)
					in->tok[i + 1].used = true;
				continue;
			}
		}
		/* "per languages value", "per MANAGER_ID value": a value right
		 * after a dimension's words is that dimension's value, no amount
		 * (gen12) */
		if ((is(t, "value") || is(t, "values")) && in->ndims && in->dims[in->ndims - 1].n &&
		    in->dims[in->ndims - 1].tok[in->dims[in->ndims - 1].n - 1] == (int)i - 1) {
			t->used = true;
			continue;
		}
		/* "how many cities were affected in total", "сколько телефонов в
		 * сумме": an adverb of the count before it, no amount (the lead,
		 * round 30); "в сумме больше 500" was read as a threshold already */
		if (!t->used && i &&
		    ((is(&in->tok[i - 1], "in") && is(t, "total")) || (is(&in->tok[i - 1], "в") && is(t, "сумме"))) &&
		    (!nx || !content(in, (int)i + 1)) && in->nmeas > 0 && in->meas[in->nmeas - 1].kind == MK_COUNT) {
			t->used = in->tok[i - 1].used = true;
			continue;
		}
		if (kw(t, W_AMOUNT) && in->nmeas < GEN_MAX_ITEMS) {
			gen_mphrase *m = &in->meas[in->nmeas++];
			m->kind = MK_AMOUNT;
			t->used = true;
			/* "refund amount": the noun before; "сумма возвратов", "amount of refunds": after */
			if (i && content(in, (int)i - 1)) {
				m->noun.n = 1;
				m->noun.tok[0] = (int)i - 1;
				in->tok[i - 1].used = true;
			} else {
				while (nx && !nx->used && kw(nx, W_AMOUNT)) { /* "total spent" */
					nx->used = true;
					i++;
					nx = i + 1 < in->ntok ? &in->tok[i + 1] : NULL;
				}
				i = (size_t)take_phrase(in, (int)i + 1, &m->noun, false) - 1;
				/* "total inventory quantity": the quantity is the head of
				 * the amount's phrase (a number of that table), not a
				 * second measure of units sold */
				if (m->noun.n && i + 1 < in->ntok && !in->tok[i + 1].used &&
				    kw(&in->tok[i + 1], W_QTY) &&
				    !(i + 2 < in->ntok && kw(&in->tok[i + 2], W_SOLD))) {
					in->tok[i + 1].used = true;
					i++;
				}
			}
			continue;
		}
		/* dimensions: "by channel", "per customer", "for each carrier", "в разрезе регионов" */
		if ((kw(t, W_BY) || is(t, "по") || (kw(t, W_EACH) && !t->used)) && in->ndims < GEN_MAX_ITEMS) {
			int j = (int)i + 1;
			gen_phrase p;
			if (by_label(in, i)) {
				t->used = true;
				continue;
			}
			if (nx && (kw(nx, W_EACH) || is(nx, "разрезе")))
				j++;
			/* "по убыванию выручки", "по возрастанию": an order, no
			 * dimension; the measure after it is the one already
			 * said (gen40) */
			if (is(t, "по") && nx && kw(nx, sort_dir)) {
				t->used = nx->used = true;
				if (i + 2 < in->ntok && (kw(&in->tok[i + 2], W_REVENUE) || kw(&in->tok[i + 2], W_QTY) ||
							 kw(&in->tok[i + 2], W_AMOUNT) || kw(&in->tok[i + 2], W_COUNT)))
					in->tok[i + 2].used = true;
				continue;
			}
			if (is(t, "for") && !(nx && kw(nx, W_EACH)))
				continue; /* "for 2024", "for analytics" */
			if (is(t, "across") && nx && is(nx, "all")) {
				/* "across all order lines": the scope of the rows, no
				 * dimension (gen15) */
				t->used = nx->used = true;
				continue;
			}
			if (is(t, "для") && !(nx && kw(nx, W_EACH)))
				continue;
			if ((size_t)j < in->ntok && (kw(&in->tok[j], W_REVENUE) || kw(&in->tok[j], W_QTY) ||
						     kw(&in->tok[j], W_AMOUNT) || kw(&in->tok[j], W_COUNT)) &&
			    !((size_t)j + 1 < in->ntok && content(in, j + 1) && !kw(&in->tok[j + 1], W_REVENUE) &&
			      !kw(&in->tok[j + 1], W_AMOUNT))) {
				t->used = true; /* "by revenue", "по выручке": the ranking measure */
				continue;
			}
			/* "top 2 products by booked amount": a phrase of a top N that
			 * ends in a measure word is the ranking measure and its noun;
			 * the top N may be said after it, and the noun be two words
			 * ("rank media types by invoice line revenue ... keep the top
			 * 3"; gen12) */
			if (ranking(in)) {
				int q;
				for (q = j; (size_t)q < in->ntok && q < j + 3 && content(in, q) &&
				            !kw(&in->tok[q], W_REVENUE) && !kw(&in->tok[q], W_AMOUNT) &&
				            !kw(&in->tok[q], W_QTY);
				     q++)
					;
				if (q > j && (size_t)q < in->ntok &&
				    (kw(&in->tok[q], W_REVENUE) || kw(&in->tok[q], W_AMOUNT) || kw(&in->tok[q], W_QTY))) {
					t->used = true;
					continue;
				}
			}
			/* "by status and priority": one dimension per phrase of the list;
			 * "by sales channel": one phrase of two words */
			for (;;) {
				int next = take_phrase2(in, j, &p, false, true);
				/* "how many products did each customer order": in a question
				 * asked with did / does / do, the last word of a phrase that
				 * ends the intent is the question's verb; so is one before
				 * a comma or a connecting word ("did each warehouse log in
				 * 2024": gen27) */
				if (p.n >= 2 &&
				    ((size_t)next >= in->ntok || is(&in->tok[next], ",") || kw(&in->tok[next], W_CONNECT)) &&
				    kw(t, W_EACH) && aux_before(in, i)) {
					in->tok[p.tok[p.n - 1]].used = true;
					/* "what percent of its shipments did each carrier
					 * deliver": beside a share the verb says which rows
					 * the share counts, a value word (gen37) */
					if (in->share && in->nvals < GEN_MAX_ITEMS * 2) {
						in->vals[in->nvals].tok = p.tok[p.n - 1];
						in->vals[in->nvals++].neg = false;
					}
					p.n--;
				}
				if (p.n) {
					t->used = true;
					if (nx && j > (int)i + 1)
						nx->used = true;
					if (in->ndims < GEN_MAX_ITEMS)
						in->dims[in->ndims++] = p;
				}
				size_t end = (size_t)next + 1;
				/* ", cancelled orders excluded": values of a postpositive
				 * exclusion, not one more dimension of the list */
				while (end < in->ntok && (content(in, (int)end) || is_stop(&in->tok[end])) &&
				       !kw(&in->tok[end], W_NEG) && !kw(&in->tok[end], W_ONLY) && !left_out(in, end))
					end++;
				/* ... nor of a restriction: ", business customers only" (gen15) */
				if (end < in->ntok && (kw(&in->tok[end], W_NEG) || kw(&in->tok[end], W_ONLY) || left_out(in, end)) &&
				    end > (size_t)next + 1)
					break;
				/* "per department; unassigned tickets stay as their own
				 * row": a semicolon opens a clause of its own, the list
				 * ends before it */
				if ((size_t)next + 1 < in->ntok && !in->tok[next].used && !in->tok[next].semi &&
				    (is(&in->tok[next], "and") || is(&in->tok[next], "и") || is(&in->tok[next], ",")) &&
				    content(in, next + 1) && !only_to(in, (size_t)next + 1) &&
				    /* "for every category, lowest and highest price": a
				     * measure after the comma, no dimension (gen29) */
				    !kw(&in->tok[next + 1], W_MAXV) && !kw(&in->tok[next + 1], W_MINV)) {
					in->tok[next].used = true;
					j = next + 1;
					continue;
				}
				break;
			}
			continue;
		}
		/* a status as a value: "orders with status Pending", "заказов со
		 * статусом Pending", "in state open": the words after it are values */
		if (kw(t, W_STATUSW) && i && !in->tok[i - 1].used &&
		    (is(&in->tok[i - 1], "with") || is(&in->tok[i - 1], "in") || is(&in->tok[i - 1], "с") ||
		     is(&in->tok[i - 1], "со") || is(&in->tok[i - 1], "в") || is(&in->tok[i - 1], "having")) &&
		    content(in, (int)i + 1)) {
			size_t k = i + 1;
			t->used = in->tok[i - 1].used = true;
			while (k < in->ntok && content(in, (int)k) && in->nvals < GEN_MAX_ITEMS * 2) {
				in->vals[in->nvals].tok = (int)k;
				in->vals[in->nvals++].neg = false;
				in->tok[k++].used = true;
			}
			i = k - 1;
			continue;
		}
		/* "leave cancelled orders out" (gen41): the words between "leave"
		 * and an "out" three words on at most are the values left out */
		if ((is(t, "leave") || is(t, "leaving")) && !left_out(in, i)) {
			size_t e2, k;
			for (e2 = i + 2; e2 < in->ntok && e2 <= i + 4 && !is(&in->tok[e2], "out"); e2++)
				;
			for (k = i + 1; e2 < in->ntok && e2 <= i + 4 && k < e2; k++)
				if (in->tok[k].used || connector(&in->tok[k]) || in->tok[k].num)
					break;
			if (e2 < in->ntok && e2 <= i + 4 && k == e2) {
				for (k = i + 1; k < e2 && in->nvals < GEN_MAX_ITEMS * 2; k++)
					if (!is_stop(&in->tok[k])) {
						in->vals[in->nvals].tok = (int)k;
						in->vals[in->nvals++].neg = true;
						in->tok[k].used = true;
					}
				t->used = in->tok[e2].used = true;
				i = e2;
				continue;
			}
		}
		/* value words: "excluding cancelled", "без отменённых", "only paid",
		 * "leaving out the cancelled ones" */
		bool only2 = only_to(in, i);
		if (kw(t, W_NEG) || kw(t, W_ONLY) || only2 || left_out(in, i)) {
			bool neg = !kw(t, W_ONLY) && !only2, shut;
			size_t k = i + 1, n0 = in->nvals;
			t->used = true;
			if (!kw(t, W_NEG) && !kw(t, W_ONLY))
				nx->used = true, k++;
			/* "отменённые не считаем", "не учитываем возвраты",
			 * "cancelled ones are not counted": the verb after "не" /
			 * "not" is no value; the values follow it or precede (the
			 * lead, round 29) */
			else if ((is(t, "не") || is(t, "not")) && nx && kw(nx, W_COUNT_VERB))
				nx->used = true, k++;
			/* a '.' after the word ends its clause: "отменённые заказы не
			 * берём. товар и количество" says no value after it; so do a
			 * ')' and a ':' right after the exclusion's own word
			 * ("(discontinued ones excluded): category name ...") */
			shut = in->tok[k - 1].nclose || in->tok[k - 1].colon;
			while (!shut && !clause_end(&in->tok[k - 1]) && k < in->ntok && in->nvals < GEN_MAX_ITEMS * 2) {
				gen_tok *u = &in->tok[k];
				if (u->used || (connector(u) && !is(u, "and") && !is(u, "и") && !is(u, "or") &&
						!is(u, "или")))
					break;
				if (!is_stop(u) && !u->num) {
					in->vals[in->nvals].tok = (int)k;
					in->vals[in->nvals++].neg = neg;
					u->used = true;
				}
				k++;
			}
			/* after its values: "cancelled orders excluded", "отменённые
			 * заказы исключены" — the words before it, back to a phrase end
			 * (a '.' after a word too) */
			if (neg && in->nvals == n0 &&
			    (k >= in->ntok || connector(&in->tok[k]) || clause_end(&in->tok[k - 1]) || shut)) {
				int b = (int)i - 1;
				while (b >= 0 && !in->tok[b].used && !connector(&in->tok[b]) && !clause_end(&in->tok[b]) &&
				       in->nvals < GEN_MAX_ITEMS * 2) {
					if (content(in, b)) {
						in->vals[in->nvals].tok = b;
						in->vals[in->nvals++].neg = true;
						in->tok[b].used = true;
					}
					if (shut && in->tok[b].nopen)
						break; /* back to its '(' */
					b--;
				}
			}
			i = k - 1;
			continue;
		}
	}
	/* a first aggregate whose second never came ("max and last date"): none */
	if (pend >= 0 && !in->meas[pend].noun.n) {
		memmove(&in->meas[pend], &in->meas[pend + 1], (in->nmeas - (size_t)pend - 1) * sizeof in->meas[0]);
		in->nmeas--;
	}
	drop_restated_measures(in);
	if (in->having) {
		/* the bounded count: the first count said, else the threshold's own
		 * noun counted ("dorms with over 5 residents") */
		in->having_meas = -1;
		for (i = 0; i < in->nmeas && in->having_meas < 0; i++)
			if (in->having_total ? in->meas[i].kind == MK_AMOUNT || in->meas[i].kind == MK_REVENUE
			                     : in->meas[i].kind == MK_COUNT || in->meas[i].kind == MK_DISTINCT)
				in->having_meas = (int)i;
		if (in->having_meas < 0 && !in->having_total && in->nmeas < GEN_MAX_ITEMS) {
			memset(&in->meas[in->nmeas], 0, sizeof in->meas[0]);
			in->meas[in->nmeas].kind = MK_COUNT;
			in->meas[in->nmeas].noun = in->having_noun;
			in->having_meas = (int)in->nmeas++;
		}
		if (in->having_meas < 0)
			in->having = false;
		/* "distinct customers with at least one invoice" (gen15): a
		 * distinct count over the activity counts only those with one;
		 * the bound says who is counted, no threshold and no subject */
		if (in->having && in->meas[in->having_meas].kind == MK_DISTINCT &&
		    ((strcmp(in->having_op, ">=") == 0 && in->having_val == 1) ||
		     (strcmp(in->having_op, ">") == 0 && in->having_val == 0))) {
			in->having = false;
			in->distinct_over = in->having_noun;
		}
		else
			threshold_subject(in);
	}
	share_noun(in);
	share_alone(in);
	read_pivot(in);
	read_list_dims(in);
	/* what is left: the subject nouns, and candidate value words */
	for (i = 0; i < in->ntok; i++) {
		if (!content(in, (int)i))
			continue;
		if (in->nouns.n < GEN_MAX_PHRASE)
			in->nouns.tok[in->nouns.n++] = (int)i;
	}
	if (in->convert)
		for (i = 0; i < in->nmeas; i++)
			if (in->meas[i].kind == MK_REVENUE || in->meas[i].kind == MK_AMOUNT ||
			    in->meas[i].kind == MK_AVG_VALUE || in->meas[i].kind == MK_MAX_VALUE ||
			    in->meas[i].kind == MK_MIN_VALUE)
				in->meas[i].convert = true;
	return 0;
}
