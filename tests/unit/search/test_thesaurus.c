/*
 * test_thesaurus.c - WordNet and MyThes read from their plain files
 * (fixtures written here in the packages' formats), query expansion in
 * search, and search without the files (a note, nothing expanded); the
 * English-Russian dictionary read backwards (a gzipped fixture in the
 * format of mueller7-dict).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <zlib.h>

#include "search/search_int.h"

static char dir[] = "/tmp/sx-thes-XXXXXX";
static char mythes[300];
static char ruen[300];

/* Entries as mueller7-dict writes them: a headword, then indented lines
 * with the transcription, parts of speech, numbered senses, labels, notes
 * in parentheses and English examples with their Russian. */
static const char ruen_text[] =
    "00-database-info\n"
    "   a fixture in the format of mueller7-dict\n"
    "county\n"
    "   [kaunti] _n.\n"
    "   1) графство (административная единица); округ (в США)\n"
    "   2) жители графства\n"
    "   3) _attr. окружной; county town главный город\n"
    "draft\n"
    "   1. _n.\n"
    "      1) чертёж, план; эскиз\n"
    "      2) проект; _ком. тратта;\n"
    "      черновик (документа и т. п.)\n"
    "   2. _v.\n"
    "      1) делать чертёж\n"
    "fee\n"
    "   [fi:] _n. гонорар, вознаграждение; county fee плата округу\n"
    "hangar\n"
    "   [haeNa:] _n. ангар; сарай\n"
    "Hangar Lane\n"
    "   _n. склад\n";

static void write_ruen(void)
{
	gzFile f;
	snprintf(ruen, sizeof ruen, "%s/mueller.dict.dz", dir);
	assert_non_null(f = gzopen(ruen, "wb"));
	assert_int_equal(gzputs(f, ruen_text), (int)strlen(ruen_text));
	assert_int_equal(gzclose(f), Z_OK);
}

/* dir/name: hdr, then the first n lines. */
static void write_lines(const char *name, const char *hdr, char lines[][256], int n)
{
	char path[256];
	FILE *f;
	int i;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	assert_non_null(f = fopen(path, "w"));
	fputs(hdr, f);
	for (i = 0; i < n; i++)
		fputs(lines[i], f);
	fclose(f);
}

/* data.noun lines: "offset lex ss_type w_cnt word lex_id ... p_cnt ptrs | gloss".
 * Offsets are 8 digits, so a line's length does not depend on them. */
static void write_fixture(void)
{
	char path[256];
	FILE *f;
	long off[6] = {0}, voff[2] = {0};
	const char *hdr = "  1 fixture in the format of WordNet 3.0\n";
	/* synsets: 0 {customer client} hyper 3; 1 {habitue} hyper 0;
	 * 2 {vendor seller} ; 3 {consumer} (habitue: in no hand list);
	 * 4 {death}, 5 {payment}, derived from the verbs die and pay */
	char lines[6][256];
	long pos;
	int i;
	/* pass 0 measures where each line starts, pass 1 writes those offsets */
	for (int pass = 0; pass < 2; pass++) {
		pos = (long)strlen(hdr);
		for (i = 0; i < 6; i++) {
			if (!pass)
				off[i] = pos;
			switch (i) {
			case 0:
				snprintf(lines[i], sizeof lines[i],
					 "%08ld 18 n 02 customer 0 client 0 001 @ %08ld n 0000 | buyer\n",
					 off[0], off[3]);
				break;
			case 1:
				snprintf(lines[i], sizeof lines[i],
					 "%08ld 18 n 01 habitue 0 001 @ %08ld n 0000 | visits stores\n",
					 off[1], off[0]);
				break;
			case 2:
				snprintf(lines[i], sizeof lines[i],
					 "%08ld 18 n 02 vendor 0 seller 0 000 | sells\n", off[2]);
				break;
			case 3:
				snprintf(lines[i], sizeof lines[i],
					 "%08ld 18 n 01 consumer 0 000 | uses goods\n", off[3]);
				break;
			case 4:
				snprintf(lines[i], sizeof lines[i],
					 "%08ld 11 n 01 death 0 000 | the end\n", off[4]);
				break;
			default:
				snprintf(lines[i], sizeof lines[i],
					 "%08ld 21 n 02 defrayal 0 payment 0 000 | paying\n", off[5]);
			}
			pos += (long)strlen(lines[i]);
		}
	}
	write_lines("data.noun", hdr, lines, 6);
	/* data.verb: {die decease} -> death (word 1 to word 1), {pay} ->
	 * payment (word 1 to word 2), and a pointer from decease that die
	 * must not follow */
	for (int pass = 0; pass < 2; pass++) {
		pos = (long)strlen(hdr);
		for (i = 0; i < 2; i++) {
			if (!pass)
				voff[i] = pos;
			if (i == 0)
				snprintf(lines[i], sizeof lines[i],
					 "%08ld 30 v 02 die 0 decease 0 002 + %08ld n 0101 + %08ld n "
					 "0201 01 + 02 00 | stop living\n",
					 voff[0], off[4], off[2]);
			else
				snprintf(lines[i], sizeof lines[i],
					 "%08ld 40 v 01 pay 0 001 + %08ld n 0102 01 + 08 00 | give money\n",
					 voff[1], off[5]);
			pos += (long)strlen(lines[i]);
		}
	}
	write_lines("data.verb", hdr, lines, 2);
	snprintf(lines[0], sizeof lines[0], "die v 1 1 + 1 0 %08ld  \n", voff[0]);
	snprintf(lines[1], sizeof lines[1], "pay v 1 1 + 1 0 %08ld  \n", voff[1]);
	write_lines("index.verb", hdr, lines, 2);
	snprintf(path, sizeof path, "%s/verb.exc", dir);
	assert_non_null(f = fopen(path, "w"));
	fputs("paid pay\n", f);
	fclose(f);
	snprintf(path, sizeof path, "%s/index.noun", dir);
	assert_non_null(f = fopen(path, "w"));
	fputs(hdr, f);
	fprintf(f, "client n 1 1 @ 1 0 %08ld  \n", off[0]);
	fprintf(f, "consumer n 1 0 1 0 %08ld  \n", off[3]);
	fprintf(f, "customer n 1 1 @ 1 0 %08ld  \n", off[0]);
	fprintf(f, "eight n 1 0 1 0 %08ld  \n", off[3]);
	fprintf(f, "habitue n 1 1 @ 1 0 %08ld  \n", off[1]);
	fprintf(f, "seller n 1 0 1 0 %08ld  \n", off[2]);
	fprintf(f, "vendor n 1 0 1 0 %08ld  \n", off[2]);
	fclose(f);
	/* adjectives: only whether a word is one */
	snprintf(path, sizeof path, "%s/index.adj", dir);
	assert_non_null(f = fopen(path, "w"));
	fputs(hdr, f);
	fputs("quick a 1 0 1 0 00000000  \n", f);
	fclose(f);
	snprintf(path, sizeof path, "%s/noun.exc", dir);
	assert_non_null(f = fopen(path, "w"));
	fputs("customeri customer\n", f);
	fclose(f);
	/* MyThes: encoding, count, "word|offset" */
	{
		const char *dat1 = "UTF-8\n";
		const char *ent = "клиент|1\n(сущ.)|заказчик|покупатель|постоянный клиент\n";
		snprintf(path, sizeof path, "%s/th.dat", dir);
		assert_non_null(f = fopen(path, "w"));
		fputs(dat1, f);
		fputs(ent, f);
		fclose(f);
		snprintf(path, sizeof path, "%s/th.idx", dir);
		assert_non_null(f = fopen(path, "w"));
		fprintf(f, "UTF-8\n1\nклиент|%zu\n", strlen(dat1));
		fclose(f);
	}
}

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(dir))
		return -1;
	write_fixture();
	snprintf(mythes, sizeof mythes, "%s/th", dir);
	setenv("SEXTANT_WORDNET_DIR", dir, 1);
	setenv("SEXTANT_MYTHES", mythes, 1);
	write_ruen();
	setenv("SEXTANT_RU_EN_DICT", ruen, 1);
	return 0;
}

static int teardown(void **state)
{
	char cmd[300];
	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

typedef struct seen {
	char words[32][64];
	int rel[32];
	size_t n;
} seen;

static int collect(void *payload, const char *w, size_t len, sx__thes_rel rel)
{
	seen *s = payload;
	if (s->n < 32 && len < 64) {
		memcpy(s->words[s->n], w, len);
		s->words[s->n][len] = '\0';
		s->rel[s->n++] = (int)rel;
	}
	return 0;
}

static int find(const seen *s, const char *w)
{
	size_t i;
	for (i = 0; i < s->n; i++)
		if (strcmp(s->words[i], w) == 0)
			return s->rel[i];
	return -1;
}

static void test_files(void **state)
{
	sx_analyzer *an;
	sx__thes *t;
	char missing[256];
	seen s = {0};
	sx_error e;
	(void)state;
	assert_int_equal(sx_analyzer_new(&an, NULL, &e), 0);
	assert_int_equal(sx__thes_open(&t, an, missing, sizeof missing), 0);
	assert_string_equal(missing, "");
	assert_true(sx__thes_has(t, 0) && sx__thes_has(t, 1));
	/* plural by WordNet's rules, then the hypernym's words */
	assert_int_equal(sx__thes_related(t, "habitues", 8, 2, false, false, collect, &s), 0);
	assert_int_equal(find(&s, "habitue"), SX_THES_SYNONYM);
	assert_int_equal(find(&s, "customer"), SX_THES_HYPERNYM);
	assert_int_equal(find(&s, "client"), SX_THES_HYPERNYM);
	/* synonyms, not the word itself; the exception list */
	memset(&s, 0, sizeof s);
	assert_int_equal(sx__thes_related(t, "customeri", 9, 2, false, false, collect, &s), 0);
	assert_int_equal(find(&s, "client"), SX_THES_SYNONYM);
	assert_int_equal(find(&s, "consumer"), SX_THES_HYPERNYM);
	assert_int_equal(find(&s, "customeri"), -1);
	memset(&s, 0, sizeof s);
	assert_int_equal(sx__thes_related(t, "zebra", 5, 2, false, false, collect, &s), 0);
	assert_int_equal((int)s.n, 0);
	/* nouns derived from a verb, through the verb rules and verb.exc;
	 * none unless asked for */
	memset(&s, 0, sizeof s);
	assert_int_equal(sx__thes_related(t, "died", 4, 2, false, true, collect, &s), 0);
	assert_int_equal(find(&s, "death"), SX_THES_DERIVED);
	memset(&s, 0, sizeof s);
	assert_int_equal(sx__thes_related(t, "paid", 4, 2, false, true, collect, &s), 0);
	assert_int_equal(find(&s, "payment"), SX_THES_DERIVED);
	assert_int_equal(find(&s, "pay"), SX_THES_DERIVED); /* verb.exc */
	assert_int_equal(find(&s, "defrayal"), -1);
	memset(&s, 0, sizeof s);
	assert_int_equal(sx__thes_related(t, "dies", 4, 2, false, true, collect, &s), 0);
	assert_int_equal(find(&s, "death"), SX_THES_DERIVED);
	assert_int_equal(find(&s, "vendor"), -1); /* decease's pointer, not die's */
	memset(&s, 0, sizeof s);
	assert_int_equal(sx__thes_related(t, "died", 4, 2, false, false, collect, &s), 0);
	assert_int_equal(find(&s, "death"), -1);
	/* Russian: an inflected form finds the dictionary form's synonyms;
	 * phrases are skipped */
	memset(&s, 0, sizeof s);
	assert_int_equal(sx__thes_related(t, "клиентов", strlen("клиентов"), 2, false, false, collect, &s),
			 0);
	assert_int_equal(find(&s, "заказчик"), SX_THES_SYNONYM);
	assert_int_equal(find(&s, "покупатель"), SX_THES_SYNONYM);
	assert_int_equal(find(&s, "постоянный клиент"), -1);
	sx__thes_free(t);
	sx_analyzer_free(an);
}

/* Whether a word is English, by any part of speech and WordNet's
 * morphology; Cyrillic never is. */
static void test_is_word(void **state)
{
	sx_analyzer *an;
	sx__thes *t;
	sx_error e;
	(void)state;
	assert_int_equal(sx_analyzer_new(&an, NULL, &e), 0);
	assert_int_equal(sx__thes_open(&t, an, NULL, 0), 0);
	assert_true(sx__thes_is_word(t, "vendor", 6));
	assert_true(sx__thes_is_word(t, "vendors", 7));   /* noun rule */
	assert_true(sx__thes_is_word(t, "paid", 4));      /* verb.exc */
	assert_true(sx__thes_is_word(t, "quicker", 7));   /* adjective rule */
	assert_false(sx__thes_is_word(t, "vendr", 5));
	assert_false(sx__thes_is_word(t, "zebra", 5));
	assert_false(sx__thes_is_word(t, "клиент", strlen("клиент")));
	assert_false(sx__thes_is_word(NULL, "vendor", 6));
	sx__thes_free(t);
	sx_analyzer_free(an);
}

static sx_catalog *shop(void);

/* The first hit of query under [search] key = v (v NULL: default): its
 * table's name, "" when there is none or it matched no term; why gets
 * its why, each ";"-terminated after a leading ";". */
static void first_hit(sx_catalog *cat, const char *key, const char *v, const char *query,
		      char *name, size_t nn, char *why, size_t n)
{
	sx_config *cfg;
	sx_search_src src = {0};
	sx_search *s;
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	sx_search_result *r = NULL;
	sx_error e;
	size_t i, len = 1;
	assert_int_equal(sx_config_load_string(&cfg, "", &e), 0);
	if (v)
		assert_int_equal(sx_config_set(cfg, "search", key, v), 0);
	src.cat = cat;
	src.config = cfg;
	assert_int_equal(sx_search_open(&s, &src, &e), 0);
	name[0] = '\0';
	snprintf(why, n, ";");
	if (sx_search_query(s, query, &o, &r, &e) == 0 && r->n > 0 && r->hits[0].bm25 > 0) {
		snprintf(name, nn, "%s", r->hits[0].table->name);
		for (i = 0; i < r->hits[0].nwhy; i++)
			len += (size_t)snprintf(why + len, len < n ? n - len : 0, "%s;",
						r->hits[0].why[i]);
	}
	sx_search_result_free(r);
	sx_search_free(s);
	sx_config_free(cfg);
}

/* The first hit's why for query under [search] word_typo_weight = v. */
static void first_why(sx_catalog *cat, const char *v, const char *query, char *out, size_t n)
{
	char name[64];
	first_hit(cat, "word_typo_weight", v, query, name, sizeof name, out, n);
}

/* Whether the first hit of query, over a table "vconsumerhabitue" and
 * a table "ledger", is the first and holds the query word itself, under
 * [search] glued_weight = v. */
static bool glued_hit(const char *v, const char *query, const char *word)
{
	sx_catalog *cat;
	sx_database *db;
	sx_schema *sc;
	sx_table *t;
	sx_error e;
	char name[64], why[256], want[64];
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	db = sx_catalog_add_database(cat, "books", SX_DB_SQLITE);
	sc = sx_catalog_add_schema(cat, db, "main");
	t = sx_catalog_add_table(cat, sc, "vconsumerhabitue", SX_REL_VIEW);
	sx_catalog_add_column(cat, t, "id", "integer");
	t = sx_catalog_add_table(cat, sc, "ledger", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "amount", "numeric");
	first_hit(cat, "glued_weight", v, query, name, sizeof name, why, sizeof why);
	sx_catalog_free(cat);
	snprintf(want, sizeof want, ";%s;", word);
	return strcmp(name, "vconsumerhabitue") == 0 && strstr(why, want) != NULL;
}

/* A glued lowercase name (PostgreSQL folds vConsumerHabitue) is split
 * into its English words, a leading letter aside, when asked to. */
static void test_glued_names(void **state)
{
	(void)state;
	assert_false(glued_hit("0", "habitue", "habitue"));
	assert_true(glued_hit("0.5", "habitue", "habitue"));
	assert_true(glued_hit("0.5", "consumer", "consumer"));
}

/* An English word is not taken for a typo of a look-alike term at
 * word_typo_weight 0 (eight is not weight); a misspelling still is. */
static void test_word_is_no_typo(void **state)
{
	sx_catalog *cat = shop();
	char why[256];
	(void)state;
	first_why(cat, NULL, "eight", why, sizeof why);
	assert_non_null(strstr(why, "eight -> weight"));
	first_why(cat, "0", "eight", why, sizeof why);
	assert_null(strstr(why, "eight -> weight"));
	first_why(cat, "0", "weigth", why, sizeof why);
	assert_non_null(strstr(why, "weigth -> weight"));
	sx_catalog_free(cat);
}

static sx_catalog *shop(void)
{
	sx_catalog *cat;
	sx_database *db;
	sx_schema *s;
	sx_table *t;
	sx_error e;
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	db = sx_catalog_add_database(cat, "shop", SX_DB_SQLITE);
	s = sx_catalog_add_schema(cat, db, "main");
	t = sx_catalog_add_table(cat, s, "customer", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "email", "text");
	t = sx_catalog_add_table(cat, s, "seller", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "rating", "integer");
	t = sx_catalog_add_table(cat, s, "shipments", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "weight", "numeric");
	return cat;
}

static void test_search_expands(void **state)
{
	sx_catalog *cat = shop();
	sx_search_src src = {0};
	sx_search *s;
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	sx_search_result *r;
	sx_error e;
	size_t i;
	bool why = false;
	(void)state;
	src.cat = cat;
	assert_int_equal(sx_search_open(&s, &src, &e), 0);
	assert_null(sx_search_notes(s)[0]);
	/* "habitues" is in no document nor in the hand lists: WordNet leads to customer */
	assert_int_equal(sx_search_query(s, "habitues email", &o, &r, &e), 0);
	assert_true(r->n > 0);
	assert_string_equal(r->hits[0].table->name, "customer");
	for (i = 0; i < r->hits[0].nwhy; i++)
		why |= strcmp(r->hits[0].why[i], "habitues -> customer") == 0;
	assert_true(why);
	sx_search_result_free(r);
	assert_int_equal(sx_search_query(s, "vendors", &o, &r, &e), 0);
	assert_true(r->n > 0);
	assert_string_equal(r->hits[0].table->name, "seller");
	/* a related word weighs less than the word itself */
	{
		double related = r->hits[0].bm25;
		sx_search_result_free(r);
		assert_int_equal(sx_search_query(s, "seller", &o, &r, &e), 0);
		assert_true(r->hits[0].bm25 > related);
	}
	sx_search_result_free(r);
	sx_search_free(s);
	sx_catalog_free(cat);
}

static void test_search_without_files(void **state)
{
	sx_catalog *cat = shop();
	sx_search_src src = {0};
	sx_search *s;
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	sx_search_result *r = NULL;
	sx_error e;
	int rc;
	(void)state;
	setenv("SEXTANT_WORDNET_DIR", "/nonexistent-wordnet", 1);
	setenv("SEXTANT_MYTHES", "/nonexistent-mythes/th", 1);
	src.cat = cat;
	assert_int_equal(sx_search_open(&s, &src, &e), 0);
	assert_non_null(sx_search_notes(s)[0]);
	assert_non_null(strstr(sx_search_notes(s)[0], "wordnet-base"));
	assert_non_null(strstr(sx_search_notes(s)[0], "mythes-ru"));
	/* exact words still work; the unknown one finds no customer */
	assert_int_equal(sx_search_query(s, "seller rating", &o, &r, &e), 0);
	assert_string_equal(r->hits[0].table->name, "seller");
	sx_search_result_free(r);
	r = NULL;
	rc = sx_search_query(s, "habitues", &o, &r, &e);
	assert_true(rc != 0 || r->n == 0 || strcmp(r->hits[0].table->name, "customer") != 0 ||
		    r->hits[0].bm25 == 0);
	sx_search_result_free(r);
	sx_search_free(s);
	sx_catalog_free(cat);
	setenv("SEXTANT_WORDNET_DIR", dir, 1);
	setenv("SEXTANT_MYTHES", mythes, 1);
}

typedef struct words {
	char w[16][32];
	int sense[16];
	size_t n;
} words;

static int on_en(void *payload, const char *en, size_t len, int sense)
{
	words *ws = payload;
	if (ws->n < 16 && len < 32) {
		memcpy(ws->w[ws->n], en, len);
		ws->w[ws->n][len] = '\0';
		ws->sense[ws->n++] = sense;
	}
	return 0;
}

static words translate(const sx__bidict *d, sx_analyzer *an, const char *ru)
{
	words ws = {0};
	assert_int_equal(sx__bidict_lookup(d, an, ru, strlen(ru), on_en, &ws), 0);
	return ws;
}

/* Only the translations of a sense are read: inflected query words find
 * their headword by stem; notes in parentheses, phrases, the Russian of an
 * English example, attributive senses and capitalised headwords do not. */
static void test_bidict_reads(void **state)
{
	sx_analyzer *an;
	sx__bidict *d;
	sx_error e;
	words ws;
	size_t heads;
	(void)state;
	assert_int_equal(sx_analyzer_new(&an, NULL, &e), 0);
	assert_int_equal(sx__bidict_open(&d, an), 0);
	assert_true(sx__bidict_size(d, &heads) > 0);
	assert_int_equal(heads, 4); /* county, draft, fee, hangar */
	ws = translate(d, an, "округам");
	assert_int_equal(ws.n, 1);
	assert_string_equal(ws.w[0], "county");
	assert_int_equal(ws.sense[0], 1);
	ws = translate(d, an, "Черновиков"); /* case, genitive plural; the second sense */
	assert_int_equal(ws.n, 1);
	assert_string_equal(ws.w[0], "draft");
	assert_int_equal(ws.sense[0], 2);
	ws = translate(d, an, "гонорары");
	assert_string_equal(ws.w[0], "fee");
	assert_int_equal(translate(d, an, "тратта").n, 1); /* after a label */
	assert_int_equal(translate(d, an, "окружной").n, 0);   /* _attr. */
	assert_int_equal(translate(d, an, "главный").n, 0);    /* an example's Russian */
	assert_int_equal(translate(d, an, "плата").n, 0);      /* ... */
	assert_int_equal(translate(d, an, "документа").n, 0);  /* a note */
	assert_int_equal(translate(d, an, "жители").n, 0);     /* a phrase */
	assert_int_equal(translate(d, an, "делать").n, 0);     /* ... */
	assert_int_equal(translate(d, an, "склад").n, 0);      /* "Hangar Lane" */
	ws = translate(d, an, "чертежи"); /* ё folded; noun and verb senses, once */
	assert_int_equal(ws.n, 1);
	assert_string_equal(ws.w[0], "draft");
	assert_int_equal(translate(d, an, "county").n, 0);
	sx__bidict_free(d);
	setenv("SEXTANT_RU_EN_DICT", "/nonexistent/mueller7.dict.dz", 1);
	assert_int_equal(sx__bidict_open(&d, an), SX_ENOTFOUND);
	assert_null(d);
	setenv("SEXTANT_RU_EN_DICT", ruen, 1);
	sx_analyzer_free(an);
}

/* A Russian word neither the lexicon nor MyThes knows finds a table by
 * its dictionary translation; [search] ru_dict = 0 turns that off. */
static void test_search_translates(void **state)
{
	sx_catalog *cat;
	sx_database *db;
	sx_schema *sc;
	sx_table *t;
	char name[64], why[256];
	sx_error e;
	(void)state;
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	db = sx_catalog_add_database(cat, "gov", SX_DB_SQLITE);
	sc = sx_catalog_add_schema(cat, db, "main");
	t = sx_catalog_add_table(cat, sc, "counties", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "population", "integer");
	t = sx_catalog_add_table(cat, sc, "ledger", SX_REL_TABLE);
	sx_catalog_add_column(cat, t, "id", "integer");
	sx_catalog_add_column(cat, t, "amount", "numeric");
	first_hit(cat, "ru_dict", "1", "округа", name, sizeof name, why, sizeof why);
	assert_string_equal(name, "counties");
	assert_non_null(strstr(why, "округа -> counti"));
	first_hit(cat, "ru_dict", "0", "округа", name, sizeof name, why, sizeof why);
	assert_string_not_equal(name, "counties");
	sx_catalog_free(cat);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_files),
		cmocka_unit_test(test_is_word),
		cmocka_unit_test(test_word_is_no_typo),
		cmocka_unit_test(test_glued_names),
		cmocka_unit_test(test_search_expands),
		cmocka_unit_test(test_search_without_files),
		cmocka_unit_test(test_bidict_reads),
		cmocka_unit_test(test_search_translates),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
