/*
 * gen_int.h - declarations private to the gen module: the parsed intent
 * (what the words say, before the catalog is consulted), the column facts
 * the resolver computes, and the helpers the renderers share.
 */
#ifndef SX_GEN_INT_H
#define SX_GEN_INT_H

#include <sextant/gen.h>

#define GEN_MAX_TOK 96
#define GEN_MAX_PHRASE 8
#define GEN_MAX_ITEMS 8

/* One word of the intent: lowercased surface (Cyrillic folded, ё -> е),
 * and the English stems / concepts the search analyser gives it. */
typedef struct gen_tok {
	char w[64];
	bool num, cyr, used;
	bool hyph;                 /* joined to the next word by a hyphen: "веб-сессий" */
	bool semi;                 /* a phrase end written ';': a new clause, no list goes on past it */
	bool colon;                /* ':' written right after it: a participle's clause ends (gen14) */
	bool period;               /* '.' and a space written right after a word of five letters or
	                            * more, a small letter next ("не берём. товар и ..."): no sentence
	                            * break, but an exclusion's clause ends there (gen38) */
	bool under;                /* joined to the next word by '_': a name ("share_count") */
	bool inname;               /* a word of such a name: no keyword ("count" of share_count) */
	unsigned char nopen;       /* '(' written right before the word */
	unsigned char nclose;      /* ')' written right after it */
	char op;                   /* '/', '*' or '=' written right before it ("/ 60000"), else 0 */
	bool dash;                 /* a dash written before it ("--", "—", " - "): an aside opens */
	bool formula;              /* a word of a formula in brackets after a measure:
	                            * "(unit price x quantity)", "(milliseconds / 60000)" (gen12) */
	size_t nterms;
	char terms[6][40];
} gen_tok;

typedef enum {
	MK_REVENUE = 0, MK_AMOUNT, MK_QUANTITY, MK_COUNT, MK_DISTINCT, MK_AVG_VALUE,
	MK_FIRST_DATE, MK_LAST_DATE,
	MK_MAX_VALUE, MK_MIN_VALUE,    /* "max salary", "минимальная цена" */
	/* the time between two dates of a row: "average time to close a
	 * ticket", "сколько дней проходит от заказа до отгрузки" (the lead,
	 * round 30); the intent's dd_* say which dates */
	MK_DATE_DIFF
} gen_mkind;

typedef struct gen_phrase {
	size_t n;
	int tok[GEN_MAX_PHRASE];   /* token indexes */
} gen_phrase;

typedef struct gen_mphrase {
	gen_mkind kind;
	gen_phrase noun;           /* what is counted / whose amount */
	bool convert;
	bool sold;                 /* "products sold": counted over the sales lines */
	bool people;               /* "headcount", "численность": a count of the people (staff) rows */
	/* a funnel step: "sessions with a product view" (the words after with /
	 * having / с, "to" kept: "add to cart"); empty: none */
	gen_phrase step;
	int kwtok;                 /* the count word's token ("count" of "bedroom count"), 0: none */
	/* an ordered funnel step: "with a product view, then with an add to
	 * cart" — counted only after the previous measure's step */
	bool then;
	/* "the earliest move-in", no date word (gen23): the noun names the date
	 * column itself; no such column, no measure */
	bool date_named;
	int avgtok;                /* an average's word: its token + 1 ("average price of ..."; gen41), 0: none */
} gen_mphrase;

typedef struct gen_vword {
	int tok;
	bool neg;
} gen_vword;

/* What the words of an intent say. */
typedef struct gen_intent {
	size_t ntok;
	gen_tok tok[GEN_MAX_TOK];
	bool ru;
	size_t nmeas;
	gen_mphrase meas[GEN_MAX_ITEMS];
	size_t ndims;
	gen_phrase dims[GEN_MAX_ITEMS];
	size_t nvals;
	gen_vword vals[GEN_MAX_ITEMS * 2];
	gen_phrase nouns;          /* other content words (the subject) */
	gen_phrase dedup_by;       /* "by email" after a dedup word */
	sx_gen_grain grain;
	int year_from, year_to;    /* [from, to] inclusive, 0: none */
	/* the years said as words, in order, distinct (up to 3), and a word
	 * of a pivot between them: "2023 next to 2024", "2023 vs 2024",
	 * "2023 против 2024" (the lead, round 36) */
	int years[3], nyears;
	bool pivot;
	int month;                 /* 1..12: that month of year_from ("за декабрь 2011"), 0: none */
	int month_only;            /* 1..12: a month said with no year ("in May", "в мае"; gen39), 0: none */
	int months;                /* months from month on: 3 for a quarter ("Q3 2023"; gen13), 0: one */
	int day_from, day_to;      /* days of that month ("с 16 по 31 января"; gen29), 0: the whole month */
	char from_date[11], to_date[11]; /* days written out ("from 2024-03-01 to 2024-05-31", "с 1 марта по
	                            * 31 мая 2024"): [from, to) as ISO dates, to_date "" when open; "" none */
	bool year_open;            /* "since 2015", "начиная с 2015": no end to the years (gen20) */
	int year_before, year_after; /* a year bound said ("до 1950 года", "before 2010"; gen19) */
	/* the bound, where the fact has no year column, on the time column's
	 * dates: [year_after + 1, ...) or [..., year_before) (gen35-lead) */
	bool year_dates;
	int last_days;
	bool last_days_data;       /* counted back from the data's latest date (gen14) */
	int top_n;
	gen_phrase top_what, top_within;
	/* a threshold on a count: "with more than 20 orders", "больше пяти
	 * студентов" (gen13): having_op ">", ">=", "<" or "<=", having_meas the
	 * measure it bounds, having_at the comparative's token */
	bool having;
	char having_op[3];
	long having_val;
	int having_at, having_meas;
	gen_phrase having_noun;
	bool having_total;         /* "more than 45 in total": the threshold bounds the sum (gen19) */
	gen_phrase distinct_over;  /* "with at least one invoice": the rows a distinct count runs over (gen15) */
	int load;                  /* -1: not said */
	int target;                /* -1: not said */
	bool streaming, convert;
	bool share, running;       /* share of the total, running total */
	gen_phrase avg_per;        /* "на одного клиента": the count is averaged per this entity (gen14) */
	int numge_at;              /* > 0: the token naming a number column at least numge_val (gen14) */
	long numge_val;
	int cmp_at, cmp_to;        /* > 0: "after" / "позже" and the date word of a date later than another (gen15) */
	bool cmp_rev;              /* "earlier than" / "before" / "раньше": the date before the word is the earlier (gen17) */
	/* two number columns compared (gen21): "at or below their reorder
	 * point", "rate above the room's base price", "дороже базовой цены":
	 * ncmp_at the comparative's first token, [ncmp_from, ncmp_to] the words
	 * naming the other column, ncmp_op ">", ">=", "<" or "<=" */
	int ncmp_at, ncmp_from, ncmp_to;
	int ncmp_lfrom, ncmp_lto;  /* > 0: "fewer units in stock than": the words naming the compared column (gen31) */
	char ncmp_op[3];
	/* a number column against a number (the lead, round 36): "a unit price
	 * above 50", "enrollment of at least 1000", "цена выше 50", "older
	 * than 16" / "старше 16 лет" (nb_age: the age column, no words);
	 * nb_at the comparative's token (> 0), [nb_from, nb_to] the words
	 * naming the column, nb_op ">", ">=", "<" or "<=", nb_val the number */
	int nb_at, nb_from, nb_to;
	bool nb_age;
	bool nb_price;             /* "costs more than", "стоит дороже": the price column, no words */
	bool nb_cents;             /* "99 cents", "50 копеек": the number is hundredths */
	char nb_op[3];
	long nb_val;
	/* a time between two dates (MK_DATE_DIFF): the words of the later
	 * date ("closing", "отгрузки", the verb of "time to close") and of the
	 * earlier one (empty: the row's creation), days per unit (1 days, 24
	 * hours, 1440 minutes) and the aggregate (AVG unless "longest" /
	 * "shortest") */
	gen_phrase dd_end, dd_start;
	int dd_per_day;
	int dd_agg;                /* 0 average, 1 max, -1 min */
	int dur_at;                /* > 0: the unit of a bound on a length of time (gen15) */
	char dur_op;               /* '>' longer, '<' shorter */
	long dur_secs;             /* the bound in seconds: "longer than five minutes" 300 */
	bool weekend;              /* "on weekends", "в выходные": Saturday and Sunday only (gen14) */
	int superl;                /* a superlative said: 1 "longest", -1 "cheapest", 0 none (gen14) */
	bool share_pct;            /* the share word is "percent(age)" / "процент" (gen15) */
	bool share_within;         /* the share is within each group: "of all", "of its" (gen14) */
	int share_at;              /* the first share word's token + 1, 0: none (gen37) */
	bool share_noun;           /* the one measure is the share's own noun, "percent of its shipments" (gen37) */
	bool share_alone;          /* the measure said only as the share's object: "what percentage of
	                            * revenue came from each country" shows the share alone (gen37) */
	bool keep_empty;           /* "with 0", "с нулём": entities with no facts kept (gen13) */
	char to_cur[4];            /* currency asked for ("USD"), "" when none */
	char only_cur[4];          /* "only rouble orders": the one currency kept ("RUB"), "" when none */
	int sched_min, sched_hour, sched_dow, sched_every_min; /* -1: not said */
	bool sched_daily, sched_hourly;
} gen_intent;

int gen_parse(sx_analyzer *an, const char *text, gen_intent *in, sx_error *err);
/* Whether t is a grain word ("month", "monthly", "помесячно"; parse.c). */
const char *gen_currency_code(const gen_tok *t);
int gen_month_days(int y, int m);
bool gen_grain_word(const gen_tok *t);
/* The output list of an ask: the first token after its last colon or
 * sentence, 0 when none; the end (exclusive) of the list's item starting
 * at a (items split by commas, "and", "и"); the factor a scale word says
 * ("thousand" 1000, "млн" a million ...), else 1 (parse.c). */
size_t gen_list_start(const gen_intent *in);
size_t gen_list_item_end(const gen_intent *in, size_t a);
long gen_scale_word(const gen_tok *t);

/* Shared by the renderers. */
void gen_q(sx_buf *b, sx_db_kind d, const char *ident);
void gen_qtable(sx_buf *b, sx_db_kind d, const sx_table *t);
void gen_lit(sx_buf *b, sx_db_kind d, const char *s);
const sx_column *gen_col(const sx_table *t, const char *name);
/* A token is the word w; a token is one of list's entries ("word" exact,
 * "stem*" a prefix; a word of a name written with '_' is none) (parse.c). */
bool gen_tok_is(const gen_tok *t, const char *w);
bool gen_tok_kw(const gen_tok *t, const char *const *list);
/* the single-column key of t (primary key, else a unique column), or NULL */
const char *gen_key_col(const sx_table *t);
/* the same, or for a table without keys the column the map's
 * relationships refer to (conf: their summed confidence, at most 1) or a
 * ClickHouse table's own id it is ordered by; NULL when none (plan.c) */
const char *gen_map_key_col(const sx_dbmap *m, const sx_table *t, double *conf);
/* the column that names a row of t (its label), no personal data of map
 * but the row's own name; NULL when none (plan.c) */
const char *gen_label_col(const sx_dbmap *map, const sx_table *t);
int gen_render_ddl(const sx_gen_spec *s, sx_buf *out);
/* Where a ClickHouse table is created (cluster.c): NULL in gen_render_ddl_at
 * means the spec's target table on one server. */
typedef struct gen_ch_place {
	const char *db;            /* NULL: unqualified */
	const char *table;         /* NULL: the spec's target table */
	const char *cluster;       /* ON CLUSTER; NULL: none */
	const char *zk_path;       /* Replicated*MergeTree's path; NULL: not replicated */
} gen_ch_place;
int gen_render_ddl_at(const sx_gen_spec *s, sx_buf *out, const gen_ch_place *at);
int gen_render_load(const sx_gen_spec *s, sx_buf *out);
int gen_render_python(const sx_gen_spec *s, sx_artifact_set *out);
/* Output columns of the SELECT with their target types per dialect. */
typedef struct gen_outcol {
	const char *name;
	sx_typefam fam;
	const char *src_type;      /* declared type, may be NULL */
	bool nullable;
	bool key;                  /* part of the grain / primary key */
	bool lowcard;              /* a category-like dimension */
} gen_outcol;
size_t gen_outcols(const sx_gen_spec *s, gen_outcol *out, size_t max);
void gen_col_list(sx_buf *b, sx_db_kind d, const gen_outcol *oc, size_t n, const char *prefix);

/* ClickHouse clusters (cluster.c). */
int gen_cluster_ddl(const sx_gen_spec *s, sx_buf *out);
/* The number of key columns among a target's output columns: none means a
 * keyless ClickHouse target (a MergeTree each load empties first). */
size_t gen_ch_keys(const gen_outcol *oc, size_t n);
int gen_cluster_load(const sx_gen_spec *s, sx_buf *out, const gen_outcol *oc, size_t n,
		     const char *grain);
/* name qualified with the cluster's database (and ON CLUSTER when
 * on_cluster) for a cluster spec; plain `name` otherwise */
void gen_ch_obj(sx_buf *b, const sx_gen_spec *s, const char *name, bool on_cluster);
/* the README's cluster section (none without a cluster) */
void gen_cluster_readme(const sx_gen_spec *s, sx_buf *b);
/* the statements before an SCD2 INSERT into ClickHouse (artifacts.c): read
 * the current versions, close the changed keys by a mutation, wait for it;
 * on a cluster the mutation runs ON CLUSTER on the local tables */
void gen_ch_scd2_close(sx_buf *b, const sx_gen_spec *s, const gen_outcol *oc, size_t n);

#endif
