/*
 * search.c - semantic table search: documents, BM25 postings, the
 * per-database FAISS indexes, and hybrid ranking.
 *
 * Opening (sx_search_open) turns every table of the catalog into a
 * document - its name, schema, database, columns, comments, for a view
 * the tables its SELECT reads, and the map's description, domain and
 * neighbours, each field weighted - analysed into
 * terms. Terms and vectors persist in the workspace (index.c); a database
 * whose catalog, map facts, lexicon or embedder changed is re-analysed and
 * re-embedded, the others are loaded as they are. Then IDF is taken over
 * all documents and BM25 postings are built in memory.
 *
 * A query is analysed the same way, then ranked by:
 *   base  = w * dense/max(dense) + (1 - w) * bm25/max(bm25)   (or RRF)
 *   cov   = share of the query's IDF mass found in the table's database
 *   final = base * (1 - beta + beta * cov) + gamma * max over joined
 *           neighbours n of base(n) * confidence(n)   (FK closure)
 * Each piece is a config key ([search]); docs/search.md has the numbers.
 *
 * Before scoring, a query word that no document holds is expanded through
 * WordNet or the Russian thesaurus (thesaurus.c): related words some
 * document holds join the query at a fraction of the word's weight.
 *
 * Column search (sx_search_columns) builds, on first use, a small document
 * per column (name, comment, type, less the table name's words) with
 * postings over column IDF, and mixes a column's share of the query with
 * its table's score for the same query.
 *
 * One sx_search belongs to one thread at a time (scratch arrays and the
 * analyser's stemmers are reused across queries).
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "search_int.h"

/* Field weights of a table document. A table's own name says most about
 * it; its columns say what it holds; neighbours only hint. */
#define W_SCHEMA 0.5f
#define FK_TOP 20          /* strong hits whose neighbours inherit score */
#define MAX_NOTES 64

typedef struct posting {
	uint32_t doc;
	float tf;
} posting;

typedef struct term_ent {
	const char *s;
	uint16_t ngrams;        /* character trigrams, for typo matching */
	float idf;
	float dbidf;            /* IDF over databases: how well it picks one */
	SX_VEC(posting) post;
	SX_VEC(posting) cpost;  /* columns holding it (doc = column index), built lazily */
	SX_VEC(uint32_t) gdbs;  /* databases whose glued names alone hold it (glued_cover) */
	float cidf;             /* IDF over columns (set with cpost) */
	bool gonly;             /* every posting a view's own glued name's word
				 * (glued_view_bm25): counted as any */
} term_ent;

/* One column as a document of its own (column search, best column). */
typedef struct colref {
	uint32_t doc;
	uint32_t col;           /* index into the table's columns */
} colref;

typedef struct doc {
	sx_table *t;
	uint32_t db;
	uint32_t nterms;
	uint32_t *tid;          /* sorted term ids */
	float *tw;              /* their weights (field-weighted counts) */
	float len;
	uint32_t nnb;
	uint32_t *nb;           /* neighbour documents */
	float *nbw;             /* confidence of each */
	sx_table_info info;
	/* the terms of the table's own name, analysed on first need (name
	 * match): ids of the vocabulary, -1 for a term no document holds */
	bool named;
	uint16_t nname;
	int32_t *nid;
	float *nw;
	bool glued;             /* the name was read as its glued words */
	uint8_t *ngrp;          /* per name term: its word (surface), 0-31; 255 a phrase */
	/* a view that only renames one table (sx_table_view_base): that
	 * table's document, ranked before it; -1 for any other table */
	int32_t alias_of;
	/* a view: the documents of the relations its SELECT reads */
	uint32_t nreads;
	uint32_t *reads;
} doc;

typedef struct dbx {
	sx_database *db;
	size_t first, n;        /* documents [first, first + n) */
	sx_fidx *fx;
	bool terms_dirty;       /* analysed now: save terms */
	uint64_t terms_key;
	sx_store_vecset dl;     /* the shared set, once downloaded (open only) */
} dbx;

typedef struct params {
	bool remote;
	sx_local_params local;
	long hnsw_threshold;
	int hnsw_m, ef_construction, ef_search;
	int candidates;
	float k1, b;
	float dense_weight, db_boost, fk_boost;
	float db_power_ru;      /* a Russian question's database coverage is
				 * raised to this power before db_boost: its
				 * words reach the tables through translations,
				 * so the coverage they give is weaker evidence
				 * of the database (search41: 0.5); 1: as an
				 * English one */
	float min_dense, min_fuzzy;
	float min_translit;     /* Russian loanwords by transliteration; 0: off */
	float ru_wordnet;       /* English words a Russian word stands for, through WordNet */
	float ru_dict;          /* ... through the English-Russian dictionary; 0: off */
	int ru_dict_senses;     /* senses of a headword whose translations count */
	int translate_senses;   /* ... for sx_search_translate (gen's phrases) */
	float translit_loan;    /* weight of a loanword whose letters begin an English stem */
	float word_typo;        /* typo stand-in weight for a word WordNet knows; 1: as any */
	float glued;            /* words of glued names (jobcandidateid), share of the field */
	float glued_view;       /* ... for the columns a view names itself (AS
				 * stateprovincename), when higher */
	bool glued_view_rel;    /* ... only a column named after a relation the
				 * view reads (stateprovincename) */
	bool glued_view_bm25;   /* ... those words in the view's BM25 only: not
				 * in the IDF, the database coverage, the
				 * document's length nor its vector; false: as
				 * any word of the document */
	float glued_table;      /* words of a glued table name (posthistory), split into
				 * known words of glued_min letters or more, share of
				 * the name's weight, when above glued; 0: off */
	float glued_col;        /* ... the same for a column name (posttypeid; a
				 * view's own, when glued_view does not split it) */
	int glued_min;          /* ... the shortest word of such a split */
	float glued_cover;      /* a database holds the words of its glued names and
				 * columns for its coverage, at this share; 0: off */
	float name_thes;        /* WordNet words of a table name's words in its document; 0: off */
	float name_thes_hyper;  /* ... hypernyms at this share of the synonyms' weight */
	int name_thes_min;      /* ... only related words of this many letters or more */
	float w_name, w_column, w_database; /* field weights of a document */
	float w_desc, w_domain, w_neigh;
	float w_comment;        /* the table's comment: prose that also names its
				 * neighbours, so below a column's weight */
	float w_col_comment;    /* each column's comment */
	float w_view_rel;       /* a view's document: the relations its SELECT reads */
	float w_view_col;       /* ... and the columns it refers to; 0: off */
	float coord;
	float word_cover;       /* second pass: the top word_cover_top by query words held */
	int word_cover_top;
	float idf_cap;          /* BM25: no term's IDF above this share of a one-table
				 * term's; 1: off */
	float name_boost; /* x (1 + name_boost * share of the name the query says) */
	float name_glued;       /* name match reads a glued name's words (productmodel),
				 * its share counted at this factor; 0: off */
	float name_glued_words; /* ... and only when the query says more than this share
				 * of its words (0: any word) */
	int alias_views;        /* a view renaming one table: 0 ranked as any, 1 right
				 * after it, 2 folded into its hit */
	float lookup_demote;    /* a look-up table (address_type) goes right after a
				 * matching table that references it, when that one
				 * scores at least this share of it; 0: off */
	float lookup_promote;   /* ... and right before it when the question asks for
				 * the kinds and it scores at least this share of
				 * that table; 0: off */
	float history_promote;  /* a table's history (artist_versions, relation_tags
				 * beside current_relation_tags) right before the
				 * table when the question says history, or the
				 * current one before its history when it says now,
				 * scoring at least this share of it; 0: off */
	int history_negation;   /* a history word one or two words after a
				 * negation (not, без) rules the history out; 0: off */
	float other_sense;      /* a table named by a question word's other sense
				 * (relation_members for "members", whose synonym
				 * user names the schema's users table, which it does
				 * not reference) weighs this share; 1: off */
	int other_sense_alone;  /* ... only when it holds no other word of the
				 * question; 0: whatever else it holds */
	float sense_ctx;        /* a question word of several lexicon senses
				 * (смена: change, shift): the sense that a table
				 * holding the question's other words holds is
				 * meant; a table holding only another sense weighs
				 * this share; 1: off */
	float sense_margin;     /* ... when that sense's tables hold more than
				 * 1 / sense_margin times the other words any
				 * other sense's table holds */
	int sense_named;        /* ... 1: the senses and the other words counted
				 * in the tables' names only, and only a table
				 * named by another sense weighed; 0: anywhere */
	int glued_query;        /* a glued lowercase word typed in the question
				 * ("posthistory", "orderitems"), split strictly as
				 * glued_table splits names: 1, its words replace it
				 * when no document holds it; 2, they are added to it;
				 * 0: off */
	int history_part;       /* a history of one of a table's attributes
				 * (EmployeePayHistory of Employee,
				 * ProductCostHistory of Product) counts as its
				 * history, and "over time", "как менялась" say
				 * history; 0: off */
	float now_weight;       /* a now word right after a negation ("not only
				 * the current one", "не только текущих"): its
				 * terms weigh this much of their weight; 1: off */
	float column_best;      /* x (1 + column_best * share) for a table by its best
				 * column's share of the question's column mass (name,
				 * comment, type); 0: off */
	int column_best_words;  /* ... a column counting only when it holds at least
				 * this many of the question's distinct words */
	float view_boost;       /* x (1 + view_boost) for a view when the question
				 * says view (представление); 0: off */
	int view_flat;          /* a flat or precomputed list, one list or row
				 * (плоская таблица, одним списком) asks for a view
				 * as the word view does; 2: also ready (ready to
				 * export) and XML parsed out; 0: off */
	float matview_boost;    /* x (1 + matview_boost) for a materialized view when
				 * the question says materialized; 0: off */
	float period_boost;     /* x (1 + period_boost) for a table with a
				 * partition whose range holds the period the
				 * question names (a month and its year); 0: off */
	float view_promote;     /* a view right before a table it reads when the
				 * question says an aggregate or a grouping (total,
				 * per, summary) and it scores at least this share
				 * of that table; 0: off */
	int view_list;          /* promote_views also when the question lists at
				 * least this many fields, comma-separated (the
				 * columns of a wide row); 0: off */
	bool view_period;       /* promote_views leaves before a view a table it
				 * reads whose partition holds the month the
				 * question names (that month's rows); false: off */
	float link_promote;     /* a link table (two foreign keys, little else)
				 * right before the best of its ends when the
				 * question says both and it scores at least this
				 * share of that end; 0: off */
	int link_extra;         /* ... a link holding at most this many columns
				 * besides its keys and bookkeeping */
	int link_named;         /* ... 1: each end's name said by the question
				 * (at any share); 0: each end shares a term */
	float name_abbrev;      /* a name word said only by the expansion of a
				 * question's abbreviation (app: application)
				 * counts this share in the name match */
	bool rrf;
	int thes_mode;          /* 0 off, 1 words no document holds, 2 every word */
	float thes_w, thes_hyper, thes_hypo;
	float thes_derived;     /* nouns derived from a verb (died -> death) */
	float verb_weight;      /* verbs.tsv's nouns for a query's verb (borrow -> rental) */
	int thes_senses;
	int thes_max;           /* expansions kept per query word */
} params;

typedef SX_VEC(uint32_t) u32vec;
typedef SX_VEC(float) f32vec;

typedef struct tabref {
	const sx_table *t;
	uint32_t doc;
} tabref;

struct sx_search {
	sx_catalog *cat;
	sx_store *st;
	const sx_config *cfg;
	sx_analyzer *an;
	sx_remote *remote;
	sx__thes *thes;          /* NULL: no lexical database (off or not installed) */
	sx__bidict *bidict;      /* read at the first Russian word that needs it */
	bool bidict_tried;
	sx_terms thes_tmp;       /* scratch: an expansion's analysed terms */
	sx_terms name_tmp;       /* scratch: a table name's analysed terms */
	params p;
	int dim;
	sx_arena *arena;
	sx_hmap *vocab;          /* term -> id + 1 */
	SX_VEC(term_ent) terms;
	SX_VEC(doc) docs;
	dbx *dbs;
	size_t ndbs;
	tabref *byptr;          /* sorted by table pointer */
	float avg_len;
	/* per-query scratch, sized to the documents */
	float *dense, *bm, *boost, *dbcov, *coord;
	uint32_t *stamp, *dbstamp, epoch;
	SX_VEC(uint32_t) touched;
	int32_t *slot;          /* per document: its place in this query's candidates, -1 none */
	size_t naliases;        /* documents with alias_of >= 0 */
	SX_VEC(char *) notes;
	sx_hmap *grams;          /* trigram -> gramlist: typo matching */
	uint16_t *fz;           /* per term: trigrams shared with a query word */
	SX_VEC(uint32_t) fzlist;
	char *notes_v[MAX_NOTES + 1];
	sx_table_info empty_info;
	size_t nbuilt;          /* databases whose vectors were built by open */
	size_t nfromshared;     /* ... whose index open built from the shared vectors */
	size_t ncached;         /* ... whose index open loaded from the local file */
	size_t nunstored;       /* ... whose vectors were built but could not be stored */
	sx_store_vecset *shared; /* the workspace's stored sets, without blobs */
	size_t nshared;
	/* columns: built on the first column search */
	bool cols_built;
	colref *cols;
	size_t ncols;
	float *colsc;           /* per column, this query */
	uint64_t *colmask;      /* query terms (first 64) each column holds */
	uint32_t *colstamp;
	SX_VEC(uint32_t) coltouched;
};

/* ---------------------------------------------------------------- helpers */

static void note(sx_search *s, const char *fmt, ...) SX_PRINTF(2, 3);
static void note(sx_search *s, const char *fmt, ...)
{
	sx_buf b = SX_BUF_INIT;
	va_list ap;
	if (s->notes.n >= MAX_NOTES)
		return;
	va_start(ap, fmt);
	sx_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (sx_buf_failed(&b) || SX_VEC_PUSH(&s->notes, b.ptr)) {
		sx_buf_release(&b);
		return;
	}
	sx_warn("search: %s", b.ptr);
}

static int cmp_ptr(const void *a, const void *b)
{
	const tabref *x = a, *y = b;
	return x->t < y->t ? -1 : x->t > y->t;
}

static long doc_of(const sx_search *s, const sx_table *t)
{
	tabref key = {t, 0}, *hit;
	hit = bsearch(&key, s->byptr, s->docs.n, sizeof *s->byptr, cmp_ptr);
	return hit ? (long)hit->doc : -1;
}

static uint64_t mix(uint64_t h, const void *p, size_t n)
{
	return (h ^ sx_hash64(p, n)) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
}

static uint64_t mix_str(uint64_t h, const char *s)
{
	return mix(h, s ? s : "\x01", s ? strlen(s) + 1 : 1);
}

/* ---------------------------------------------------------------- params */

static void load_params(params *p, const sx_config *cfg)
{
	const char *prov = sx_config_get(cfg, "embed", "provider", "local");
	const char *fusion = sx_config_get(cfg, "search", "fusion", "weighted");
	p->remote = strcmp(prov, "remote") == 0;
	p->local.dim = (int)sx_config_get_int(cfg, "embed", "dim", 192);
	if (p->local.dim < 16 || p->local.dim > 8192)
		p->local.dim = 192;
	p->local.ngram_weight = (float)sx_config_get_double(cfg, "embed", "ngram_weight", 0.35);
	p->hnsw_threshold = sx_config_get_int(cfg, "search", "hnsw_threshold", 20000);
	p->hnsw_m = (int)sx_config_get_int(cfg, "search", "hnsw_m", 32);
	p->ef_construction = (int)sx_config_get_int(cfg, "search", "ef_construction", 40);
	p->ef_search = (int)sx_config_get_int(cfg, "search", "ef_search", 128);
	p->candidates = (int)sx_config_get_int(cfg, "search", "candidates", 100);
	if (p->candidates < 10)
		p->candidates = 10;
	p->k1 = (float)sx_config_get_double(cfg, "search", "bm25_k1", 1.2);
	p->b = (float)sx_config_get_double(cfg, "search", "bm25_b", 0.75);
	p->dense_weight = (float)sx_config_get_double(cfg, "search", "dense_weight", 0.3);
	p->db_boost = (float)sx_config_get_double(cfg, "search", "database_boost", 0.9);
	p->db_power_ru = (float)sx_config_get_double(cfg, "search", "database_power_ru", 0.5);
	p->fk_boost = (float)sx_config_get_double(cfg, "search", "fk_boost", 0.2);
	p->w_name = (float)sx_config_get_double(cfg, "search", "name_weight", 3.0);
	p->w_column = (float)sx_config_get_double(cfg, "search", "column_weight", 1.0);
	p->w_database = (float)sx_config_get_double(cfg, "search", "database_weight", 0.5);
	p->w_desc = (float)sx_config_get_double(cfg, "search", "description_weight", 0.3);
	p->w_domain = (float)sx_config_get_double(cfg, "search", "domain_weight", 1.0);
	p->w_neigh = (float)sx_config_get_double(cfg, "search", "neighbour_weight", 0.15);
	p->w_comment = (float)sx_config_get_double(cfg, "search", "comment_weight", 0.5);
	p->w_col_comment = (float)sx_config_get_double(cfg, "search", "column_comment_weight", 0.5);
	p->w_view_rel = (float)sx_config_get_double(cfg, "search", "view_read_weight", 0.3);
	p->w_view_col = (float)sx_config_get_double(cfg, "search", "view_column_weight", 0);
	p->coord = (float)sx_config_get_double(cfg, "search", "coord_weight", 0.3);
	p->word_cover = (float)sx_config_get_double(cfg, "search", "word_cover", 0.2);
	p->word_cover_top = (int)sx_config_get_int(cfg, "search", "word_cover_top", 2);
	p->name_boost = (float)sx_config_get_double(cfg, "search", "name_boost", 0.4);
	p->name_glued = (float)sx_config_get_double(cfg, "search", "name_glued", 0.75);
	p->name_glued_words = (float)sx_config_get_double(cfg, "search", "name_glued_words", 0.5);
	p->rrf = strcmp(fusion, "rrf") == 0;
	p->alias_views = (int)sx_config_get_int(cfg, "search", "alias_views", 2);
	p->lookup_demote = (float)sx_config_get_double(cfg, "search", "lookup_demote", 0.7);
	p->lookup_promote = (float)sx_config_get_double(cfg, "search", "lookup_promote", 0.7);
	p->history_promote = (float)sx_config_get_double(cfg, "search", "history_promote", 0.7);
	p->history_negation = (int)sx_config_get_int(cfg, "search", "history_negation", 1);
	p->history_part = (int)sx_config_get_int(cfg, "search", "history_part", 1);
	p->other_sense = (float)sx_config_get_double(cfg, "search", "other_sense", 0.3);
	p->other_sense_alone = (int)sx_config_get_int(cfg, "search", "other_sense_alone", 2);
	p->sense_ctx = (float)sx_config_get_double(cfg, "search", "sense_ctx", 0.5);
	p->sense_margin = (float)sx_config_get_double(cfg, "search", "sense_margin", 0.5);
	p->sense_named = (int)sx_config_get_int(cfg, "search", "sense_named", 1);
	p->glued_query = (int)sx_config_get_int(cfg, "search", "glued_query", 1);
	p->now_weight = (float)sx_config_get_double(cfg, "search", "now_weight", 0.2);
	p->column_best = (float)sx_config_get_double(cfg, "search", "column_best", 0);
	p->column_best_words = (int)sx_config_get_int(cfg, "search", "column_best_words", 2);
	p->view_boost = (float)sx_config_get_double(cfg, "search", "view_boost", 4);
	p->view_flat = (int)sx_config_get_int(cfg, "search", "view_flat", 2);
	p->matview_boost = (float)sx_config_get_double(cfg, "search", "matview_boost", 1.5);
	p->period_boost = (float)sx_config_get_double(cfg, "search", "period_boost", 2);
	p->view_promote = (float)sx_config_get_double(cfg, "search", "view_promote", 0.3);
	p->view_list = (int)sx_config_get_int(cfg, "search", "view_list", 4);
	p->view_period = sx_config_get_double(cfg, "search", "view_period", 1) > 0;
	p->name_abbrev = (float)sx_config_get_double(cfg, "search", "name_abbrev", 0.5);
	p->link_promote = (float)sx_config_get_double(cfg, "search", "link_promote", 0.7);
	p->link_extra = (int)sx_config_get_int(cfg, "search", "link_extra", 2);
	p->link_named = (int)sx_config_get_int(cfg, "search", "link_named", 10);
	p->idf_cap = (float)sx_config_get_double(cfg, "search", "idf_cap", 0.7);
	p->min_dense = (float)sx_config_get_double(cfg, "search", "min_dense", 0.5);
	p->min_fuzzy = (float)sx_config_get_double(cfg, "search", "min_fuzzy", 0.4);
	p->min_translit = (float)sx_config_get_double(cfg, "search", "min_translit", 0.6);
	p->ru_wordnet = (float)sx_config_get_double(cfg, "search", "ru_wordnet", 0.5);
	p->ru_dict = (float)sx_config_get_double(cfg, "search", "ru_dict", 1.0);
	p->ru_dict_senses = (int)sx_config_get_int(cfg, "search", "ru_dict_senses", 8);
	p->translate_senses = (int)sx_config_get_int(cfg, "search", "translate_senses", 3);
	p->translit_loan = (float)sx_config_get_double(cfg, "search", "translit_loan", 1);
	p->word_typo = (float)sx_config_get_double(cfg, "search", "word_typo_weight", 1.0);
	p->glued = (float)sx_config_get_double(cfg, "search", "glued_weight", 0);
	p->glued_view = (float)sx_config_get_double(cfg, "search", "glued_view", 0);
	p->glued_view_bm25 = sx_config_get_double(cfg, "search", "glued_view_bm25", 1) > 0;
	p->glued_view_rel = sx_config_get_double(cfg, "search", "glued_view_rel", 1) > 0;
	p->glued_cover = (float)sx_config_get_double(cfg, "search", "glued_cover", 0.5);
	p->glued_table = (float)sx_config_get_double(cfg, "search", "glued_table", 0.25);
	p->glued_col = (float)sx_config_get_double(cfg, "search", "glued_col", 0.25);
	p->glued_min = (int)sx_config_get_int(cfg, "search", "glued_min_len", 3);
	p->name_thes = (float)sx_config_get_double(cfg, "search", "name_thesaurus_weight", 0);
	p->name_thes_hyper =
	    (float)sx_config_get_double(cfg, "search", "name_thesaurus_hypernyms", 0.7);
	p->name_thes_min = (int)sx_config_get_int(cfg, "search", "name_thesaurus_min_len", 0);
	{
		const char *m = sx_config_get(cfg, "search", "thesaurus", "unknown");
		p->thes_mode = strcmp(m, "off") == 0 ? 0 : strcmp(m, "all") == 0 ? 2 : 1;
	}
	p->thes_w = (float)sx_config_get_double(cfg, "search", "thesaurus_weight", 0.5);
	p->thes_hyper = (float)sx_config_get_double(cfg, "search", "hypernym_weight", 0.35);
	p->thes_hypo = (float)sx_config_get_double(cfg, "search", "hyponym_weight", 0);
	p->thes_derived = (float)sx_config_get_double(cfg, "search", "derived_weight", 0);
	p->verb_weight = (float)sx_config_get_double(cfg, "search", "verb_weight", 0.8);
	p->thes_senses = (int)sx_config_get_int(cfg, "search", "thesaurus_senses", 2);
	p->thes_max = (int)sx_config_get_int(cfg, "search", "thesaurus_max", 6);
}

/* The embedder and everything that shapes vectors, as one key. */
static uint64_t vec_key_dim(const sx_search *s, bool hnsw, int dim)
{
	uint64_t h = 0x51ed27ULL;
	char tmp[128];
	if (s->remote)
		h = mix_str(h, sx__remote_model(s->remote));
	else
		h = mix_str(h, "local");
	snprintf(tmp, sizeof tmp, "%d/%.4f/%d/%d/%d", dim, (double)s->p.local.ngram_weight, hnsw,
		 hnsw ? s->p.hnsw_m : 0, hnsw ? s->p.ef_construction : 0);
	h = mix_str(h, tmp);
	return mix(h, &(uint64_t){sx_analyzer_fingerprint(s->an)}, 8);
}

static uint64_t vec_key(const sx_search *s, bool hnsw)
{
	return vec_key_dim(s, hnsw, s->dim);
}

/* ---------------------------------------------------------------- documents */

typedef struct agg {
	const char *term;
	float w;
} agg;

static int cmp_agg(const void *a, const void *b)
{
	return strcmp(((const agg *)a)->term, ((const agg *)b)->term);
}

/* Glued names: a lowercase run such as "jobcandidateid", "openstreetmap"
 * or "changesets" (PostgreSQL folds unquoted CamelCase) is one word to
 * the analyser. When the run is no English word but splits into English
 * words of 3 letters or more, it is split the cheapest way: each word
 * costs 2, a function word ("with", "of") 2, a trailing "id" 1 and one
 * leading letter (vJobCandidate's v) 1, so "productmodelid" is product
 * model id, not product mode lid. The parts are written to out, space-
 * separated; returns their count, 0 for no split. */
#define MAX_GLUED 48
static bool glue_word(const char *w, size_t len)
{
	static const char *const fw[] = {"with", "of", "for", "and", "by", "to", "in",
					 "on", "per", "from", "at", "the", NULL};
	size_t i;
	for (i = 0; fw[i]; i++)
		if (strlen(fw[i]) == len && memcmp(fw[i], w, len) == 0)
			return true;
	return false;
}

/* minlen > 0: every word a known one of minlen letters or more but a
 * closing id, no glue word nor single letter (glued_table); 0: as
 * glued_weight splits */
static size_t split_glued(const sx__thes *t, const char *w, size_t n, char *out, size_t on,
			  size_t minlen)
{
	int best[MAX_GLUED + 1], from[MAX_GLUED + 1];
	size_t i, j, k, o = 0, cuts[MAX_GLUED], nc = 0;
	if (n < 7 || n > MAX_GLUED || on < 2 * n + 1 || sx__thes_is_word(t, w, n))
		return 0;
	best[0] = 0;
	for (i = 1; i <= n; i++) {
		best[i] = -1;
		for (j = 0; j < i; j++) {
			size_t len = i - j;
			int cost = 0;
			if (best[j] < 0)
				continue;
			if (minlen) {
				if (len == 2 && i == n && j > 0 && memcmp(w + j, "id", 2) == 0)
					cost = 1;
				else if (len < n && len >= minlen && sx__thes_is_word(t, w + j, len))
					cost = 2;
			} else if (len == 2 && i == n && memcmp(w + j, "id", 2) == 0)
				cost = 1;
			else if (len == 1 && j == 0)
				cost = 1;
			else if (len < n && (glue_word(w + j, len) ||
					     (len >= 3 && sx__thes_is_word(t, w + j, len))))
				cost = 2;
			if (cost && (best[i] < 0 || best[j] + cost < best[i])) {
				best[i] = best[j] + cost;
				from[i] = (int)j;
			}
		}
	}
	if (best[n] < 0)
		return 0;
	for (i = n; i > 0; i = (size_t)from[i])
		cuts[nc++] = i;
	if (nc < 2)
		return 0;
	for (k = nc, j = 0; k-- > 0; j = cuts[k]) {
		if (o)
			out[o++] = ' ';
		memcpy(out + o, w + j, cuts[k] - j);
		o += cuts[k] - j;
	}
	out[o] = '\0';
	return nc;
}

/* The glued lowercase runs of text, split into their words, analysed at
 * weight w (a share of the field's: the whole run stays as it is). */
static int glued_terms_min(sx_search *s, const char *text, float w, size_t minlen, sx_terms *out,
			   sx_error *err)
{
	const char *p = text;
	char run[MAX_GLUED + 1], parts[2 * MAX_GLUED + 2];
	int rc;
	if (!text || !s->thes || w <= 0)
		return 0;
	while (*p) {
		size_t n = 0;
		bool lower = true;
		while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
			p++;
		while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
			if (n && *p >= 'A' && *p <= 'Z')
				lower = false; /* camelCase: the analyser splits it */
			if (n < MAX_GLUED)
				run[n] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
			n++;
			p++;
		}
		if (!lower || n > MAX_GLUED ||
		    !split_glued(s->thes, run, n, parts, sizeof parts, minlen))
			continue;
		if ((rc = sx_analyze(s->an, parts, strlen(parts), w, out, err)))
			return rc;
	}
	return 0;
}

static int glued_terms(sx_search *s, const char *text, float w, sx_terms *out, sx_error *err)
{
	return glued_terms_min(s, text, w, 0, out, err);
}

/* A table's or column's glued name: split strictly at glued_table's (or
 * glued_col's) share when that is above glued_weight, else as before. */
static int glued_name_terms(sx_search *s, const char *text, float fw, float strict, sx_terms *out,
			    sx_error *err)
{
	if (strict > s->p.glued && s->p.glued_min > 0)
		return glued_terms_min(s, text, fw * strict, (size_t)s->p.glued_min, out, err);
	return glued_terms(s, text, fw * s->p.glued, out, err);
}

/* Meaning questions name no word of their table ("parts list" for a
 * bill of materials): the document of a table also holds, at a share of
 * the name's weight, what WordNet relates to each word of its name
 * (synonyms and hypernyms of the first sense), so a question may meet the
 * table in the lexicon's words rather than the schema's. */
typedef struct name_exp {
	sx_search *s;
	float w;
	sx_terms *out;
	sx_error *err;
	int rc;
} name_exp;

static int on_name_related(void *payload, const char *w, size_t len, sx__thes_rel rel)
{
	name_exp *ne = payload;
	char word[64];
	size_t i;
	/* short words (act for action) are stems of too many others */
	if (len < (size_t)ne->s->p.name_thes_min || len >= sizeof word || memchr(w, '_', len) ||
	    rel == SX_THES_HYPONYM)
		return 0;
	for (i = 0; i < len; i++)
		word[i] = w[i] >= 'A' && w[i] <= 'Z' ? (char)(w[i] + 32) : w[i];
	word[len] = '\0';
	if ((ne->rc = sx_analyze(ne->s->an, word, len,
				 rel == SX_THES_SYNONYM ? ne->w : ne->w * ne->s->p.name_thes_hyper, ne->out, ne->err)))
		return 1;
	return 0;
}

static int name_related_terms(sx_search *s, const char *name, float w, sx_terms *out,
			      sx_error *err)
{
	const char *p = name;
	name_exp ne = {s, w, out, err, 0};
	char word[64];
	if (!name || !s->thes || w <= 0 || !sx__thes_has(s->thes, 0))
		return 0;
	while (*p) {
		size_t n = 0;
		while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
			p++;
		/* one word: a run of letters, cut before an upper case letter
		 * that follows a lower case one (camelCase) */
		while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
			if (n && *p >= 'A' && *p <= 'Z' && p[-1] >= 'a' && p[-1] <= 'z')
				break;
			if (n < sizeof word - 1)
				word[n] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
			n++;
			p++;
		}
		if (n < 3 || n >= sizeof word)
			continue;
		word[n] = '\0';
		if (sx__thes_related(s->thes, word, n, 1, false, false, on_name_related, &ne) < 0)
			return SX_ENOMEM;
		if (ne.rc)
			return ne.rc;
	}
	return 0;
}

/* A view's reads as terms: each relation and column once. */
typedef struct view_exp {
	sx_search *s;
	sx_terms *out;
	sx_error *err;
	int rc;
	const char *seen[256];
	size_t nseen;
} view_exp;

static int on_view_read(void *payload, const char *name, bool is_rel)
{
	view_exp *ve = payload;
	float w = is_rel ? ve->s->p.w_view_rel : ve->s->p.w_view_col;
	size_t i;
	if (w <= 0)
		return 0;
	for (i = 0; i < ve->nseen; i++)
		if (strcasecmp(ve->seen[i], name) == 0)
			return 0;
	if (ve->nseen < sizeof ve->seen / sizeof ve->seen[0])
		ve->seen[ve->nseen++] = name;
	if ((ve->rc = sx_analyze(ve->s->an, name, strlen(name), w, ve->out, ve->err)))
		return 1;
	return 0;
}

/* The words of what a view reads: the tables behind it say what it is
 * about (sales_by_film_category reads payment, rental, film, category)
 * where its own columns are renamed aggregates (total_sales). Its own
 * columns are in the document already: a column read under the same
 * name counts again, at the lower weight. */
static int view_read_terms(sx_search *s, const sx_table *t, sx_terms *out, sx_error *err)
{
	view_exp ve = {s, out, err, 0, {0}, 0};
	if (!t->definition || (s->p.w_view_rel <= 0 && s->p.w_view_col <= 0))
		return 0;
	sx_table_view_reads(t, on_view_read, &ve);
	return ve.rc;
}

/* Which of a view's output columns its SELECT reads under the same name
 * (a.City); the others are names of its own (sp.Name AS
 * StateProvinceName). */
typedef struct col_refs {
	const sx_table *t;
	bool read[256];
	char rels[32][64];      /* the relations it reads, lowercase */
	size_t nrels;
} col_refs;

static int on_col_ref(void *payload, const char *name, bool is_rel)
{
	col_refs *c = payload;
	size_t i;
	if (is_rel && c->nrels < sizeof c->rels / sizeof c->rels[0] && strlen(name) < sizeof c->rels[0]) {
		for (i = 0; name[i]; i++)
			c->rels[c->nrels][i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
		c->rels[c->nrels++][i] = '\0';
	}
	for (i = 0; !is_rel && i < c->t->ncols && i < sizeof c->read; i++)
		if (strcasecmp(c->t->cols[i].name, name) == 0)
			c->read[i] = true;
	return 0;
}

/* glued_view_rel: a view's own column named after a relation it reads
 * (stateprovincename of stateprovince, addresstype), a relation name of
 * five letters or more inside the column's, case aside. */
static bool names_read_rel(const col_refs *c, const char *col)
{
	char low[128];
	size_t i;
	for (i = 0; col[i] && i < sizeof low - 1; i++)
		low[i] = (char)(col[i] >= 'A' && col[i] <= 'Z' ? col[i] + 32 : col[i]);
	low[i] = '\0';
	for (i = 0; i < c->nrels; i++)
		if (strlen(c->rels[i]) >= 5 && strstr(low, c->rels[i]))
			return true;
	return false;
}

/* The analysed terms of a table, merged and summed. */
static int table_terms(sx_search *s, const sx_table *t, const sx_table_info *info, sx_terms *out,
		       sx_terms *gout, sx_error *err)
{
	const char *sch = t->schema->name;
	/* a view's own column names are the joined tables' words glued
	 * (sp.Name AS StateProvinceName, folded to stateprovincename):
	 * glued_view splits them; a column it reads under its own name
	 * (a.City) is left to glued_weight */
	float gcol = (t->kind == SX_REL_VIEW || t->kind == SX_REL_MATVIEW) &&
			     s->p.glued_view > s->p.glued
			 ? s->p.glued_view
			 : s->p.glued;
	col_refs refs = {t, {0}, {{0}}, 0};
	size_t i;
	int rc = 0;
#define A(text, w)                                                                     \
	do {                                                                           \
		if ((text) && (rc = sx_analyze(s->an, (text), strlen(text), (w), out, err))) \
			return rc;                                                     \
	} while (0)
	A(t->name, s->p.w_name);
	if ((rc = name_related_terms(s, t->name, s->p.w_name * s->p.name_thes, out, err)))
		return rc;
	if ((rc = glued_name_terms(s, t->name, s->p.w_name, s->p.glued_table, out, err)) ||
	    (rc = glued_terms(s, t->schema->db->name, s->p.w_database * s->p.glued, out, err)))
		return rc;
	if (sch && strcmp(sch, "main") != 0 && strcmp(sch, "public") != 0 &&
	    strcmp(sch, "default") != 0 && strcmp(sch, "dbo") != 0)
		A(sch, W_SCHEMA);
	A(t->schema->db->name, s->p.w_database);
	A(t->comment, s->p.w_comment);
	A(info->description, s->p.w_desc);
	A(info->model_description, s->p.w_desc);
	A(info->domain, s->p.w_domain);
	if (gcol > s->p.glued && t->definition)
		sx_table_view_reads(t, on_col_ref, &refs);
	for (i = 0; i < t->ncols; i++) {
		float g = gcol > s->p.glued && (i >= sizeof refs.read || !refs.read[i]) &&
				  (!s->p.glued_view_rel || names_read_rel(&refs, t->cols[i].name))
			      ? gcol
			      : s->p.glued;
		A(t->cols[i].name, s->p.w_column);
		/* gout: the view's own names' words kept apart (glued_view_bm25) */
		if (g > s->p.glued) {
			if ((rc = glued_terms(s, t->cols[i].name, s->p.w_column * g,
					      gout ? gout : out, err)))
				return rc;
		} else if ((rc = glued_name_terms(s, t->cols[i].name, s->p.w_column, s->p.glued_col,
						  out, err)))
			return rc;
		A(t->cols[i].comment, s->p.w_col_comment);
	}
	for (i = 0; i < info->nneighbours; i++)
		if (info->neighbours[i])
			A(info->neighbours[i]->name, s->p.w_neigh);
#undef A
	return view_read_terms(s, t, out, err);
}

/* The text a remote model embeds for a table. */
static char *table_text(const sx_table *t, const sx_table_info *info)
{
	sx_buf b = SX_BUF_INIT;
	size_t i;
	sx_buf_printf(&b, "table %s.%s in database %s", t->schema->name, t->name,
		      t->schema->db->name);
	if (t->comment)
		sx_buf_printf(&b, ": %s", t->comment);
	if (info->description)
		sx_buf_printf(&b, ". %s", info->description);
	if (info->model_description)
		sx_buf_printf(&b, ". %s", info->model_description);
	if (info->domain)
		sx_buf_printf(&b, ". domain: %s", info->domain);
	sx_buf_puts(&b, ". columns:");
	for (i = 0; i < t->ncols; i++) {
		sx_buf_printf(&b, "%s %s", i ? "," : "", t->cols[i].name);
		if (t->cols[i].comment)
			sx_buf_printf(&b, " (%s)", t->cols[i].comment);
	}
	if (info->nneighbours) {
		sx_buf_puts(&b, ". related:");
		for (i = 0; i < info->nneighbours; i++)
			if (info->neighbours[i])
				sx_buf_printf(&b, "%s %s", i ? "," : "", info->neighbours[i]->name);
	}
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return NULL;
	}
	return sx_buf_detach(&b);
}

static int term_id(sx_search *s, const char *term, uint32_t *id)
{
	void *v = sx_hmap_get(s->vocab, term);
	term_ent e = {0};
	if (v) {
		*id = (uint32_t)((uintptr_t)v - 1);
		return 0;
	}
	if (!(e.s = sx_arena_strdup(s->arena, term)) || SX_VEC_PUSH(&s->terms, e) ||
	    sx_hmap_put(s->vocab, e.s, (void *)(uintptr_t)s->terms.n))
		return SX_ENOMEM;
	*id = (uint32_t)(s->terms.n - 1);
	return 0;
}

/* Stores merged terms (sorted by string) into document d. */
static int set_doc_terms(sx_search *s, uint32_t d, agg *a, size_t n)
{
	doc *x = &s->docs.v[d];
	size_t i, j;
	x->tid = sx_arena_alloc(s->arena, (n ? n : 1) * sizeof *x->tid);
	x->tw = sx_arena_alloc(s->arena, (n ? n : 1) * sizeof *x->tw);
	if (!x->tid || !x->tw)
		return SX_ENOMEM;
	x->nterms = 0;
	x->len = 0;
	for (i = 0; i < n; i++) {
		uint32_t id;
		if (term_id(s, a[i].term, &id))
			return SX_ENOMEM;
		x->tid[x->nterms] = id;
		x->tw[x->nterms++] = a[i].w;
		x->len += a[i].w > 0 ? a[i].w : 0; /* < 0: glued_view_bm25 */
	}
	/* Sort by id for bsearch (ids follow first sight, not the string). */
	for (i = 1; i < x->nterms; i++) {
		uint32_t ti = x->tid[i];
		float wi = x->tw[i];
		for (j = i; j > 0 && x->tid[j - 1] > ti; j--) {
			x->tid[j] = x->tid[j - 1];
			x->tw[j] = x->tw[j - 1];
		}
		x->tid[j] = ti;
		x->tw[j] = wi;
	}
	return 0;
}

static int analyse_doc(sx_search *s, uint32_t d, sx_error *err)
{
	doc *x = &s->docs.v[d];
	sx_terms t, g;
	agg *a = NULL;
	size_t i, n = 0, nb;
	int rc;
	sx_terms_init(&t);
	sx_terms_init(&g);
	if ((rc = table_terms(s, x->t, &x->info, &t, s->p.glued_view_bm25 ? &g : NULL, err)))
		goto done;
	if ((t.n || g.n) && !(a = malloc((t.n + g.n) * sizeof *a))) {
		rc = SX_ENOMEM;
		goto done;
	}
	for (i = 0; i < t.n; i++)
		a[i] = (agg){t.v[i].term, t.v[i].weight};
	qsort(a, t.n, sizeof *a, cmp_agg);
	for (i = 0; i < t.n; i++) {
		if (n && strcmp(a[n - 1].term, a[i].term) == 0)
			a[n - 1].w += a[i].w;
		else
			a[n++] = a[i];
	}
	/* glued_view_bm25: a word only the view's own glued names hold is
	 * stored at minus its weight (build_postings keeps it out of the
	 * IDF and the coverage); one the document holds anyway adds to it */
	for (i = 0, nb = n; i < g.n; i++) {
		agg key = {g.v[i].term, 0}, *hit = bsearch(&key, a, nb, sizeof *a, cmp_agg);
		size_t j;
		if (hit) {
			hit->w += g.v[i].weight;
			continue;
		}
		for (j = nb; j < n && strcmp(a[j].term, g.v[i].term) != 0; j++)
			;
		if (j < n)
			a[j].w -= g.v[i].weight;
		else
			a[n++] = (agg){g.v[i].term, -g.v[i].weight};
	}
	rc = set_doc_terms(s, d, a, n);
done:
	if (rc == SX_ENOMEM)
		sx_error_set(err, rc, "cannot index table '%s': out of memory", x->t->name);
	free(a);
	sx_terms_release(&t);
	sx_terms_release(&g);
	return rc;
}

/* "term\tweight\n" lines, for the workspace. */
static char *serialise_doc(const sx_search *s, const doc *x)
{
	sx_buf b = SX_BUF_INIT;
	uint32_t i;
	for (i = 0; i < x->nterms; i++)
		sx_buf_printf(&b, "%s\t%g\n", s->terms.v[x->tid[i]].s, (double)x->tw[i]);
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return NULL;
	}
	if (!b.ptr)
		return sx_strdup("");
	return sx_buf_detach(&b);
}

static int parse_doc(sx_search *s, uint32_t d, const char *text)
{
	SX_VEC(agg) a = {0};
	char *copy = sx_strdup(text), *p, *nl;
	int rc = 0;
	if (!copy)
		return SX_ENOMEM;
	for (p = copy; *p; p = nl) {
		char *tab;
		nl = strchr(p, '\n');
		if (nl)
			*nl++ = '\0';
		else
			nl = p + strlen(p);
		if (!(tab = strchr(p, '\t'))) {
			rc = SX_ECORRUPT;
			break;
		}
		*tab = '\0';
		if (SX_VEC_PUSH(&a, ((agg){p, strtof(tab + 1, NULL)}))) {
			rc = SX_ENOMEM;
			break;
		}
	}
	if (!rc)
		rc = set_doc_terms(s, d, a.v, a.n);
	SX_VEC_FREE(&a);
	free(copy);
	return rc;
}

typedef struct load_ctx {
	sx_search *s;
	dbx *x;
	size_t filled;
	tabref *byid;           /* the database's documents sorted by table id */
} load_ctx;

static int cmp_id(const void *a, const void *b)
{
	const tabref *x = a, *y = b;
	return x->t->id < y->t->id ? -1 : x->t->id > y->t->id;
}

static int on_doc_row(void *payload, int64_t table_id, int64_t vec_id, const char *terms)
{
	load_ctx *c = payload;
	sx_table key_t;
	tabref key = {&key_t, 0}, *hit;
	key_t.id = table_id;
	hit = bsearch(&key, c->byid, c->x->n, sizeof *c->byid, cmp_id);
	/* The id map must agree with the catalog's order exactly. */
	if (!hit || (int64_t)(hit->doc - c->x->first) != vec_id)
		return SX_ECORRUPT;
	if (parse_doc(c->s, hit->doc, terms))
		return SX_ECORRUPT;
	c->filled++;
	return 0;
}

/* Loads a database's stored terms; false when they are missing or off. */
static bool load_terms(sx_search *s, dbx *x)
{
	load_ctx c = {s, x, 0, NULL};
	sx_error e;
	size_t i;
	int rc;
	if (!(c.byid = malloc((x->n ? x->n : 1) * sizeof *c.byid)))
		return false;
	for (i = 0; i < x->n; i++)
		c.byid[i] = (tabref){s->docs.v[x->first + i].t, (uint32_t)(x->first + i)};
	qsort(c.byid, x->n, sizeof *c.byid, cmp_id);
	rc = sx__docs_load(s->st, x->db->id, on_doc_row, &c, &e);
	free(c.byid);
	return rc == 0 && c.filled == x->n;
}

/* What the terms of a database depend on. */
static uint64_t terms_key(const sx_search *s, const dbx *x)
{
	uint64_t h = mix_str(0x7e57ULL, x->db->analysed_at);
	float w[20] = {s->p.w_name, s->p.w_column, s->p.w_database, s->p.w_desc,
		      s->p.w_domain, s->p.w_neigh, s->thes ? s->p.glued : 0,
		      s->thes ? s->p.name_thes : 0, s->thes ? s->p.name_thes_hyper : 0,
		      (float)s->p.name_thes_min, s->p.w_view_rel, s->p.w_view_col,
		      s->p.w_comment, s->p.w_col_comment, s->thes ? s->p.glued_view : 0,
		      s->thes && s->p.glued_view_bm25 ? 1.0f : 0,
		      s->thes && s->p.glued_view_rel ? 1.0f : 0,
		      s->thes ? s->p.glued_table : 0, s->thes ? s->p.glued_col : 0,
		      (float)s->p.glued_min};
	size_t i, j;
	h = mix(h, &(uint64_t){sx_analyzer_fingerprint(s->an)}, 8);
	h = mix(h, w, sizeof w);
	/* names and columns, not row ids: a database copied into another
	 * workspace (push, pull: new ids) keeps its key, and so its vectors */
	for (i = 0; i < x->n; i++) {
		const doc *d = &s->docs.v[x->first + i];
		size_t c;
		h = mix_str(h, d->t->schema->name);
		h = mix_str(h, d->t->name);
		for (c = 0; c < d->t->ncols; c++) {
			h = mix_str(h, d->t->cols[c].name);
			h = mix_str(h, d->t->cols[c].type);
			h = mix_str(h, d->t->cols[c].comment);
		}
		h = mix_str(h, d->t->comment);
		h = mix_str(h, d->t->definition);
		h = mix_str(h, d->info.description);
		h = mix_str(h, d->info.model_description);
		h = mix_str(h, d->info.domain);
		for (j = 0; j < d->info.nneighbours; j++)
			h = mix_str(h, d->info.neighbours[j] ? d->info.neighbours[j]->name : "");
	}
	return h;
}

/* ---------------------------------------------------------------- IDF */

static float idf_of(const sx_search *s, size_t df)
{
	double n = (double)s->docs.n;
	return (float)log(1.0 + (n - (double)df + 0.5) / ((double)df + 0.5));
}

/* The IDF a query term counts at most (idf_cap of a word one document
 * holds; see bm25_scores). */
static float idf_cap_of(const sx_search *s)
{
	return s->p.idf_cap < 1 ? s->p.idf_cap * idf_of(s, 1) : INFINITY;
}

static float idf_lookup(void *payload, const char *term)
{
	sx_search *s = payload;
	void *v = sx_hmap_get(s->vocab, term);
	if (!v)
		return idf_of(s, 0);
	return s->terms.v[(uintptr_t)v - 1].idf;
}

static int build_postings(sx_search *s)
{
	size_t d, i;
	double total = 0;
	for (i = 0; i < s->terms.n; i++)
		s->terms.v[i].post.n = 0;
	for (d = 0; d < s->docs.n; d++) {
		doc *x = &s->docs.v[d];
		for (i = 0; i < x->nterms; i++)
			if (SX_VEC_PUSH(&s->terms.v[x->tid[i]].post, ((posting){(uint32_t)d, x->tw[i]})))
				return SX_ENOMEM;
		total += x->len;
	}
	for (i = 0; i < s->terms.n; i++) {
		term_ent *te = &s->terms.v[i];
		uint32_t last = UINT32_MAX;
		size_t ndb = 0, npos = 0, j;
		/* a posting below 0 is a view's own glued name's word
		 * (glued_view_bm25): not counted, unless nothing else holds it */
		for (j = 0; j < te->post.n; j++)
			npos += te->post.v[j].tf > 0;
		te->gonly = !npos;
		te->idf = idf_of(s, npos ? npos : te->post.n);
		for (j = 0; j < te->post.n; j++)
			if (s->docs.v[te->post.v[j].doc].db != last &&
			    (!npos || te->post.v[j].tf > 0)) {
				last = s->docs.v[te->post.v[j].doc].db;
				ndb++;
			}
		te->dbidf = (float)log(1.0 + ((double)s->ndbs - (double)ndb + 0.5) / ((double)ndb + 0.5));
	}
	s->avg_len = s->docs.n ? (float)(total / (double)s->docs.n) : 1.0f;
	if (s->avg_len <= 0)
		s->avg_len = 1.0f;
	return 0;
}

/* Glued names for database coverage (issue 25): each known term of the
 * words a glued lowercase table or column name splits into
 * (salesterritoryhistory, salesquota) lists the database as one that
 * holds it, when no document of that database holds the term itself.
 * Only db_coverage reads the list, at glued_cover of the term's weight:
 * the documents, BM25, the coordination and the vectors stay as they are
 * (splitting the documents measured worse: glued_weight). */
static int glued_cover_of(sx_search *s, const char *name, uint32_t db, sx_terms *tt,
			  sx_hmap *seen)
{
	sx_error e;
	size_t i;
	void *v;
	/* a name repeated in a database (modifieddate) adds nothing new */
	if (!name || (uintptr_t)sx_hmap_get(seen, name) == (uintptr_t)db + 1)
		return 0;
	if (sx_hmap_put(seen, name, (void *)((uintptr_t)db + 1)))
		return SX_ENOMEM;
	sx_terms_clear(tt);
	if (glued_terms(s, name, 1.0f, tt, &e))
		return SX_ENOMEM;
	for (i = 0; i < tt->n; i++) {
		term_ent *te;
		size_t lo = 0, hi, mid;
		if (!(v = sx_hmap_get(s->vocab, tt->v[i].term)))
			continue;
		te = &s->terms.v[(uintptr_t)v - 1];
		if (te->gdbs.n && te->gdbs.v[te->gdbs.n - 1] == db)
			continue;
		/* postings are in document order, a database's documents
		 * contiguous: the first at or after its first document */
		for (hi = te->post.n; lo < hi;) {
			mid = lo + (hi - lo) / 2;
			if (te->post.v[mid].doc < s->dbs[db].first)
				lo = mid + 1;
			else
				hi = mid;
		}
		while (lo < te->post.n && te->post.v[lo].doc < s->dbs[db].first + s->dbs[db].n &&
		       te->post.v[lo].tf < 0) /* glued_view_bm25 */
			lo++;
		if (lo < te->post.n && te->post.v[lo].doc < s->dbs[db].first + s->dbs[db].n)
			continue;
		if (SX_VEC_PUSH(&te->gdbs, db))
			return SX_ENOMEM;
	}
	return 0;
}

static int build_glued_cover(sx_search *s)
{
	sx_terms tt;
	sx_hmap *seen;
	size_t d, c, i;
	int rc = 0;
	for (i = 0; i < s->terms.n; i++)
		s->terms.v[i].gdbs.n = 0;
	/* one database: coverage has nothing to choose between */
	if (s->p.glued_cover <= 0 || !s->thes || s->ndbs < 2)
		return 0;
	if (!(seen = sx_hmap_new(1024)))
		return SX_ENOMEM;
	sx_terms_init(&tt);
	for (d = 0; d < s->docs.n && !rc; d++) {
		const sx_table *t = s->docs.v[d].t;
		rc = glued_cover_of(s, t->name, s->docs.v[d].db, &tt, seen);
		for (c = 0; c < t->ncols && !rc; c++)
			rc = glued_cover_of(s, t->cols[c].name, s->docs.v[d].db, &tt, seen);
	}
	sx_terms_release(&tt);
	sx_hmap_free(seen);
	return rc;
}

/* ---------------------------------------------------------------- typos */

typedef struct gramlist {
	size_t n, cap;
	uint32_t *ids;
} gramlist;

#define MAX_GRAMS 40

/* The character trigrams of "^term$" (code points, not bytes), each a
 * NUL-terminated string of at most 12 bytes. Returns how many. */
static size_t trigrams_of(const char *term, char out[][16], size_t max)
{
	size_t off[MAX_GRAMS + 4], n = 0, len = strlen(term), i, k = 0;
	char buf[4 * MAX_GRAMS + 4];
	if (len + 2 >= sizeof buf)
		return 0;
	buf[0] = '^';
	memcpy(buf + 1, term, len);
	buf[len + 1] = '$';
	for (i = 0; i < len + 2 && n < MAX_GRAMS + 2; i++)
		if (((unsigned char)buf[i] & 0xC0) != 0x80)
			off[n++] = i;
	off[n] = len + 2;
	for (i = 0; i + 3 <= n && k < max; i++, k++)
		snprintf(out[k], 16, "%.*s", (int)(off[i + 3] - off[i]), buf + off[i]);
	return k;
}

/* An inverted index from trigrams to the vocabulary's word terms. */
static int build_grams(sx_search *s)
{
	char g[MAX_GRAMS][16];
	size_t i, k, n;
	if (!(s->grams = sx_hmap_new(s->terms.n + 16)) ||
	    !(s->fz = sx_calloc(s->terms.n + 1, sizeof *s->fz)))
		return SX_ENOMEM;
	for (i = 0; i < s->terms.n; i++) {
		term_ent *te = &s->terms.v[i];
		if (strchr(te->s, '+') || strlen(te->s) < 3)
			continue;
		n = trigrams_of(te->s, g, MAX_GRAMS);
		te->ngrams = (uint16_t)n;
		for (k = 0; k < n; k++) {
			gramlist *gl = sx_hmap_get(s->grams, g[k]);
			if (!gl) {
				char *key = sx_arena_strdup(s->arena, g[k]);
				if (!key || !(gl = sx_arena_alloc(s->arena, sizeof *gl)) ||
				    sx_hmap_put(s->grams, key, gl))
					return SX_ENOMEM;
			}
			if (gl->n && gl->ids[gl->n - 1] == (uint32_t)i)
				continue; /* a trigram twice in one term */
			if (sx_grow((void **)&gl->ids, &gl->cap, gl->n + 1, sizeof *gl->ids))
				return SX_ENOMEM;
			gl->ids[gl->n++] = (uint32_t)i;
		}
	}
	return 0;
}

static void free_grams(sx_search *s)
{
	size_t it = 0;
	const char *k;
	void *v;
	if (!s->grams)
		return;
	while (sx_hmap_next(s->grams, &it, &k, &v))
		free(((gramlist *)v)->ids);
	sx_hmap_free(s->grams);
	free(s->fz);
	SX_VEC_FREE(&s->fzlist);
}

/* The known term closest to an unknown word by trigram Dice similarity,
 * or -1 below min_fuzzy. */
static long closest_term(sx_search *s, const char *word, float *sim)
{
	char g[MAX_GRAMS][16];
	size_t n = trigrams_of(word, g, MAX_GRAMS), k, j;
	long best = -1;
	float bs = 0;
	*sim = 0;
	if (!s->grams || n < 3)
		return -1;
	s->fzlist.n = 0;
	for (k = 0; k < n; k++) {
		gramlist *gl = sx_hmap_get(s->grams, g[k]);
		for (j = 0; gl && j < gl->n; j++) {
			uint32_t id = gl->ids[j];
			if (!s->fz[id] && SX_VEC_PUSH(&s->fzlist, id))
				continue;
			s->fz[id]++;
		}
	}
	for (j = 0; j < s->fzlist.n; j++) {
		uint32_t id = s->fzlist.v[j];
		float d = 2.0f * s->fz[id] / (float)(n + s->terms.v[id].ngrams);
		/* ties: the more common term is the likelier intent */
		if (d > bs || (d == bs && best >= 0 &&
			       s->terms.v[id].post.n > s->terms.v[best].post.n)) {
			bs = d;
			best = id;
		}
		s->fz[id] = 0;
	}
	if (bs < s->p.min_fuzzy)
		return -1;
	*sim = bs;
	return best;
}

/* ---------------------------------------------------------------- vectors */

static int embed_docs_local(sx_search *s, const dbx *x, float *vecs)
{
	sx_term *tv = NULL;
	size_t cap = 0, i;
	for (i = 0; i < x->n; i++) {
		const doc *d = &s->docs.v[x->first + i];
		uint32_t j;
		if (sx_grow((void **)&tv, &cap, d->nterms + 1, sizeof *tv)) {
			free(tv);
			return SX_ENOMEM;
		}
		for (j = 0; j < d->nterms; j++) /* < 0: glued_view_bm25, not in the vector */
			tv[j] = (sx_term){s->terms.v[d->tid[j]].s, NULL, d->tw[j] > 0 ? d->tw[j] : 0,
					  SX_TERM_WORD};
		sx__local_vector(&s->p.local, tv, d->nterms, idf_lookup, s, vecs + i * (size_t)s->dim);
	}
	free(tv);
	return 0;
}

static int embed_docs_remote(sx_search *s, const dbx *x, float **vecs, sx_error *err)
{
	char **texts = sx_calloc(x->n ? x->n : 1, sizeof *texts);
	size_t i;
	int rc = 0, dim = 0;
	if (!texts)
		return sx_error_set(err, SX_ENOMEM, "cannot embed tables: out of memory");
	for (i = 0; i < x->n && !rc; i++)
		if (!(texts[i] = table_text(s->docs.v[x->first + i].t, &s->docs.v[x->first + i].info)))
			rc = sx_error_set(err, SX_ENOMEM, "cannot embed tables: out of memory");
	if (!rc)
		rc = sx__remote_embed(s->remote, s->st, (const char *const *)texts, x->n, vecs, &dim,
				      err);
	if (!rc && dim != s->dim && s->dim != 0)
		rc = sx_error_set(err, SX_ECORRUPT,
				  "the embedding model returned %d dimensions, earlier %d", dim,
				  s->dim);
	if (!rc)
		s->dim = dim;
	for (i = 0; i < x->n; i++)
		free(texts[i]);
	free(texts);
	return rc;
}

static void sanitize_name(const char *name, char *out, size_t n)
{
	size_t i, o = 0;
	bool changed = false;
	for (i = 0; name[i] && o + 1 < n && o < 64; i++) {
		unsigned char c = (unsigned char)name[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '_' || c == '-' || (c == '.' && o > 0)) {
			out[o++] = (char)c;
		} else {
			out[o++] = '_';
			changed = true;
		}
	}
	out[o] = '\0';
	if (changed || name[i] || o == 0)
		snprintf(out + o, n - o, "-%08llx", (unsigned long long)(sx_hash64(name, strlen(name)) & 0xffffffffULL));
}

static bool drifted(const sx_search *s, int64_t corpus_docs)
{
	/* Local vectors carry the IDF of the corpus they were built in; when
	 * the workspace has since grown or shrunk a lot, refresh them. */
	double now = (double)s->docs.n, then = (double)corpus_docs;
	if (s->remote)
		return false;
	return then <= 0 || now > 2 * then || now < then / 2;
}

/* Saves a database's index file, its row and (when they were analysed or
 * downloaded now) its terms in the local workspace; shared_hash names the
 * shared set it equals (0: none). A failure is a note: the index works. */
static void save_local(sx_search *s, dbx *x, bool hnsw, uint64_t shared_hash)
{
	char dir[4096], name[128], path[4400];
	sx__idx_row row = {0};
	sx_error e;
	size_t i;
	bool nested;
	int wrc;
	if (!s->st)
		return;
	snprintf(dir, sizeof dir, "%s/index", sx_store_dir(s->st));
	sanitize_name(x->db->name, name, sizeof name);
	snprintf(row.file, sizeof row.file, "index/%s.faiss", name);
	snprintf(path, sizeof path, "%s/%s", sx_store_dir(s->st), row.file);
	row.database_id = x->db->id;
	row.terms_key = x->terms_key;
	row.vec_key = vec_key(s, hnsw);
	row.dim = s->dim;
	row.count = (int64_t)x->n;
	row.corpus_docs = (int64_t)s->docs.n;
	row.shared_hash = shared_hash;
	snprintf(row.kind, sizeof row.kind, "%s", hnsw ? "hnsw" : "flat");
	wrc = sx_mkdir_p(dir, &e);
	if (!wrc)
		wrc = sx__idx_file_write(path, x->fx, &row.checksum, NULL, &e);
	nested = sx_store_in_transaction(s->st);
	if (!wrc && !(wrc = sx_store_tx_begin(s->st, "sx_search_local", &e))) {
		if (x->terms_dirty) {
			wrc = sx__docs_begin_replace(s->st, x->db->id, &e);
			for (i = 0; i < x->n && !wrc; i++) {
				const doc *d = &s->docs.v[x->first + i];
				char *text = serialise_doc(s, d);
				wrc = text ? sx__docs_put(s->st, x->db->id, d->t->id, (int64_t)i,
				                          text, &e)
				           : sx_error_set(&e, SX_ENOMEM, "out of memory");
				free(text);
			}
		}
		if (!wrc)
			wrc = sx__idx_row_put(s->st, &row, &e);
		if (!wrc)
			wrc = sx_store_tx_commit(s->st, "sx_search_local", nested, &e);
		if (wrc)
			sx_store_tx_rollback(s->st, "sx_search_local", nested);
	}
	if (wrc)
		note(s, "the search index of '%s' was built but not saved: %s", x->db->name, e.msg);
	else
		x->terms_dirty = false;
}

/* ---------------------------------------------------------------- shared vectors */

/* The vectors of each database are stored in the workspace
 * (sx_store_vectors_put; on a shared one, on the shared database) by the
 * client that embedded them (analyse indexes inside its transaction), with
 * the documents' terms and a content hash over canonical bytes (see
 * src/store/vectors.c). Another client whose local index file was built
 * from a set with the same hash loads the file; otherwise it reads the set
 * and builds its FAISS index from it, without embedding anything. */

static void put_le(unsigned char *p, uint64_t v, int n)
{
	int i;
	for (i = 0; i < n; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_le(const unsigned char *p, int n)
{
	uint64_t v = 0;
	int i;
	for (i = n - 1; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

/* float32 <-> 4 bytes little-endian, whatever the host's order */
static void floats_to_le(const float *f, size_t n, unsigned char *out)
{
	size_t i;
	for (i = 0; i < n; i++) {
		uint32_t u;
		memcpy(&u, &f[i], 4);
		put_le(out + 4 * i, u, 4);
	}
}

static void floats_from_le(const unsigned char *in, size_t n, float *f)
{
	size_t i;
	for (i = 0; i < n; i++) {
		uint32_t u = (uint32_t)get_le(in + 4 * i, 4);
		memcpy(&f[i], &u, 4);
	}
}

static void put_name(sx_buf *b, const char *name)
{
	unsigned char head[2];
	size_t len = name ? strlen(name) : 0;
	if (len > 0xffff)
		len = 0xffff;
	put_le(head, (uint64_t)len, 2);
	sx_buf_put(b, head, sizeof head);
	sx_buf_put(b, name ? name : "", len);
}

/* The documents as a stored set carries them, in vector order: schema
 * name, table name (2-byte lengths), terms (4-byte length, "term\tweight\n"
 * lines); all lengths little-endian. */
static int pack_docs(const sx_search *s, const dbx *x, sx_buf *b)
{
	size_t i;
	for (i = 0; i < x->n; i++) {
		const doc *d = &s->docs.v[x->first + i];
		unsigned char head[4];
		char *text = serialise_doc(s, d);
		size_t len;
		if (!text)
			return SX_ENOMEM;
		len = strlen(text);
		put_name(b, d->t->schema->name);
		put_name(b, d->t->name);
		put_le(head, (uint64_t)len, 4);
		sx_buf_put(b, head, sizeof head);
		sx_buf_put(b, text, len);
		free(text);
	}
	return sx_buf_failed(b) ? SX_ENOMEM : 0;
}

/* Stores the vectors just embedded; *hash gets the set's hash (0 when
 * it was not stored: no store, or a note says why). */
static void publish(sx_search *s, dbx *x, const float *vecs, bool hnsw, uint64_t *hash)
{
	sx_store_vecset v = {0};
	sx_buf b = SX_BUF_INIT;
	sx_error e;
	size_t nf = x->n * (size_t)s->dim;
	*hash = 0;
	if (!s->st || x->db->id <= 0)
		return;
	if (pack_docs(s, x, &b) || !(v.vectors = malloc(nf ? nf * 4 : 1))) {
		sx_buf_release(&b);
		s->nunstored++;
		note(s, "the search vectors of '%s' were built here but not stored: out of memory",
		     x->db->name);
		return;
	}
	floats_to_le(vecs, nf, v.vectors);
	v.database_id = x->db->id;
	v.vec_key = vec_key(s, hnsw);
	v.terms_key = x->terms_key;
	v.dim = s->dim;
	v.count = (int64_t)x->n;
	v.corpus_docs = (int64_t)s->docs.n;
	snprintf(v.kind, sizeof v.kind, "%s", hnsw ? "hnsw" : "flat");
	v.vectors_len = nf * 4;
	v.docs = (unsigned char *)(b.ptr ? b.ptr : "");
	v.docs_len = b.len;
	v.hash = sx_store_vecset_hash(&v);
	if (sx_store_vectors_put(s->st, &v, &e)) {
		s->nunstored++;
		note(s, "the search vectors of '%s' were built here but not %s: %s", x->db->name,
		     sx_store_is_shared(s->st) ? "shared" : "stored", e.msg);
	} else
		*hash = v.hash;
	free(v.vectors);
	sx_buf_release(&b);
}

static const sx_store_vecset *shared_set(const sx_search *s, int64_t database_id)
{
	size_t i;
	for (i = 0; i < s->nshared; i++)
		if (s->shared[i].database_id == database_id)
			return &s->shared[i];
	return NULL;
}

/* Whether a shared set fits this client: the same terms, embedder, index
 * parameters and documents, and an IDF that has not drifted. */
static bool set_fits(const sx_search *s, const dbx *x, const sx_store_vecset *v, bool hnsw)
{
	int dim = s->remote && s->dim == 0 ? v->dim : s->dim;
	return v->terms_key == x->terms_key && v->vec_key == vec_key_dim(s, hnsw, dim) &&
	       v->dim == dim && v->count == (int64_t)x->n && !drifted(s, v->corpus_docs);
}

/* Downloads a database's set into x->dl (once) and checks it against its
 * hash, the catalog, and the set the list showed: a set replaced since
 * (another client's embedder, last one wins) is not mixed into this one's
 * decisions. */
static int fetch_set(sx_search *s, dbx *x, sx_error *err)
{
	sx_store_vecset *v = &x->dl;
	const sx_store_vecset *listed = shared_set(s, x->db->id);
	bool found = false;
	int rc;
	if (v->vectors)
		return 0;
	if ((rc = sx_store_vectors_get(s->st, x->db->id, v, &found, err)))
		return rc;
	if (!found)
		return sx_error_set(err, SX_ENOTFOUND, "the stored set is gone");
	if (!listed || v->hash != listed->hash) {
		sx_store_vecset_release(v);
		return sx_error_set(err, SX_ENOTFOUND, "the stored set was replaced meanwhile");
	}
	if (v->count != (int64_t)x->n || v->dim <= 0 ||
	    v->vectors_len != (size_t)v->count * (size_t)v->dim * 4 ||
	    sx_store_vecset_hash(v) != v->hash) {
		sx_store_vecset_release(v);
		return sx_error_set(err, SX_ECORRUPT, "the stored set fails its hash or size");
	}
	return 0;
}

/* Reads a 2-byte-length name at *p and says whether it is want. */
static bool name_is(const unsigned char **p, const unsigned char *end, const char *want)
{
	size_t len;
	if (end - *p < 2)
		return false;
	len = (size_t)get_le(*p, 2);
	*p += 2;
	if ((size_t)(end - *p) < len)
		return false;
	*p += len;
	return strlen(want ? want : "") == len && memcmp(*p - len, want ? want : "", len) == 0;
}

/* The terms of a downloaded set, into the documents; the set's table at
 * each position must be the catalog's. */
static int unpack_docs(sx_search *s, dbx *x)
{
	const unsigned char *p = x->dl.docs, *end = x->dl.docs + x->dl.docs_len;
	char *text = NULL;
	size_t i, cap = 0;
	int rc = 0;
	for (i = 0; i < x->n && !rc; i++) {
		const doc *d = &s->docs.v[x->first + i];
		size_t len;
		if (!name_is(&p, end, d->t->schema->name) || !name_is(&p, end, d->t->name) ||
		    end - p < 4) {
			rc = SX_ECORRUPT;
			break;
		}
		len = (size_t)get_le(p, 4);
		p += 4;
		if ((size_t)(end - p) < len) {
			rc = SX_ECORRUPT;
			break;
		}
		if (sx_grow((void **)&text, &cap, len + 1, 1)) {
			rc = SX_ENOMEM;
			break;
		}
		memcpy(text, p, len);
		text[len] = '\0';
		p += len;
		if (parse_doc(s, (uint32_t)(x->first + i), text))
			rc = SX_ECORRUPT;
	}
	if (!rc && p != end)
		rc = SX_ECORRUPT;
	free(text);
	return rc;
}

/* Builds a database's index from its downloaded set and caches it. */
static int build_from_shared(sx_search *s, dbx *x, bool hnsw, sx_error *err)
{
	const sx_store_vecset *v = &x->dl;
	sx_fidx *fx = NULL;
	float *vecs;
	int rc;
	if ((rc = fetch_set(s, x, err)))
		return rc;
	if (!(vecs = malloc(v->vectors_len ? v->vectors_len : 1)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	floats_from_le(v->vectors, v->vectors_len / 4, vecs);
	if ((rc = sx_fidx_new(&fx, v->dim, hnsw ? s->p.hnsw_m : 0, s->p.ef_construction)) ||
	    (x->n && (rc = sx_fidx_add(fx, x->n, vecs)))) {
		rc = sx_error_set(err, rc, "%s", sx_fidx_last_error());
		sx_fidx_free(fx);
		free(vecs);
		return rc;
	}
	free(vecs);
	sx_fidx_free(x->fx);
	x->fx = fx;
	s->dim = v->dim;
	s->nfromshared++;
	save_local(s, x, hnsw, v->hash);
	sx_store_vecset_release(&x->dl);
	return 0;
}

/* Builds the vectors and the FAISS index of one database, publishes them
 * on a shared workspace, and saves them (with the terms when they were
 * re-analysed) when there is a store. */
static int build_db(sx_search *s, dbx *x, sx_error *err)
{
	float *vecs = NULL;
	bool hnsw = (long)x->n >= s->p.hnsw_threshold;
	sx_fidx *fx = NULL;
	uint64_t hash = 0;
	int rc;

	if (s->remote) {
		if ((rc = embed_docs_remote(s, x, &vecs, err)))
			return rc;
	} else {
		if (!(vecs = malloc((x->n ? x->n : 1) * (size_t)s->dim * sizeof *vecs)))
			return sx_error_set(err, SX_ENOMEM, "cannot embed tables: out of memory");
		embed_docs_local(s, x, vecs);
	}
	if ((rc = sx_fidx_new(&fx, s->dim, hnsw ? s->p.hnsw_m : 0, s->p.ef_construction)) ||
	    (x->n && (rc = sx_fidx_add(fx, x->n, vecs)))) {
		rc = sx_error_set(err, rc, "database '%s': %s", x->db->name, sx_fidx_last_error());
		goto done;
	}
	sx_fidx_free(x->fx);
	x->fx = fx;
	fx = NULL;
	s->nbuilt++;
	publish(s, x, vecs, hnsw, &hash);
	save_local(s, x, hnsw, hash);
done:
	sx_fidx_free(fx);
	free(vecs);
	return rc;
}

/* ---------------------------------------------------------------- open */

static void add_neighbour(uint32_t d, long nb, float conf, u32vec *tmp, f32vec *tmpw)
{
	size_t i;
	if (nb < 0 || (uint32_t)nb == d)
		return;
	for (i = 0; i < tmp->n; i++)
		if (tmp->v[i] == (uint32_t)nb) {
			if (tmpw->v[i] < conf)
				tmpw->v[i] = conf;
			return;
		}
	if (SX_VEC_PUSH(tmp, (uint32_t)nb) == 0 && SX_VEC_PUSH(tmpw, conf) != 0)
		tmp->n--;
}

/* Neighbours for the FK closure: declared FKs both ways, then the map's. */
static int link_neighbours(sx_search *s)
{
	u32vec *in = sx_calloc(s->docs.n ? s->docs.n : 1, sizeof *in);
	u32vec tmp = {0};
	f32vec tmpw = {0};
	size_t d, i;
	int rc = 0;
	if (!in)
		return SX_ENOMEM;
	for (d = 0; d < s->docs.n; d++) {
		sx_table *t = s->docs.v[d].t;
		for (i = 0; i < t->nfks; i++) {
			const sx_fk *fk = &t->fks[i];
			sx_schema *sch = t->schema;
			sx_table *ref;
			long r;
			if (fk->ref_schema)
				sch = sx_database_find_schema(t->schema->db, fk->ref_schema);
			if (!sch || !(ref = sx_schema_find_table(sch, fk->ref_table)))
				continue;
			if ((r = doc_of(s, ref)) >= 0 && SX_VEC_PUSH(&in[r], (uint32_t)d))
				rc = SX_ENOMEM;
		}
	}
	for (d = 0; d < s->docs.n && !rc; d++) {
		doc *x = &s->docs.v[d];
		sx_table *t = x->t;
		tmp.n = tmpw.n = 0;
		for (i = 0; i < t->nfks; i++) {
			const sx_fk *fk = &t->fks[i];
			sx_schema *sch = t->schema;
			sx_table *ref;
			if (fk->ref_schema)
				sch = sx_database_find_schema(t->schema->db, fk->ref_schema);
			if (sch && (ref = sx_schema_find_table(sch, fk->ref_table)))
				add_neighbour((uint32_t)d, doc_of(s, ref), 1.0f, &tmp,
					      &tmpw);
		}
		for (i = 0; i < in[d].n; i++)
			add_neighbour((uint32_t)d, in[d].v[i], 1.0f, &tmp, &tmpw);
		for (i = 0; i < x->info.nneighbours; i++)
			add_neighbour((uint32_t)d, doc_of(s, x->info.neighbours[i]),
				      x->info.neighbour_conf ? (float)x->info.neighbour_conf[i] : 1.0f,
				      &tmp, &tmpw);
		if (!tmp.n)
			continue;
		x->nb = sx_arena_alloc(s->arena, tmp.n * sizeof *x->nb);
		x->nbw = sx_arena_alloc(s->arena, tmp.n * sizeof *x->nbw);
		if (!x->nb || !x->nbw) {
			rc = SX_ENOMEM;
			break;
		}
		memcpy(x->nb, tmp.v, tmp.n * sizeof *x->nb);
		memcpy(x->nbw, tmpw.v, tmp.n * sizeof *x->nbw);
		x->nnb = (uint32_t)tmp.n;
	}
	for (d = 0; d < s->docs.n; d++)
		SX_VEC_FREE(&in[d]);
	free(in);
	SX_VEC_FREE(&tmp);
	SX_VEC_FREE(&tmpw);
	return rc;
}

/* Alias views: a view whose body only projects one table (AdventureWorks'
 * `pe.pp` over `person.personphone`) holds that table's words and little
 * else, so it would compete with its base for the first place, which
 * belongs to the table. Each such view points at its base's document. */
static void link_aliases(sx_search *s)
{
	size_t d;
	for (d = 0; d < s->docs.n; d++) {
		doc *x = &s->docs.v[d];
		const sx_table *b;
		long bd;
		x->alias_of = -1;
		if (!s->p.alias_views || !x->t->definition ||
		    (x->t->kind != SX_REL_VIEW && x->t->kind != SX_REL_MATVIEW))
			continue;
		if ((b = sx_table_view_base(x->t)) && (bd = doc_of(s, b)) >= 0 && (size_t)bd != d) {
			x->alias_of = (int32_t)bd;
			s->naliases++;
		}
	}
}

/* The relation a view reads by name: in the view's own schema first, then
 * in any schema of its database. */
static long view_read_doc(const sx_search *s, const sx_table *v, const char *name)
{
	const sx_database *db = v->schema->db;
	sx_table *t = sx_schema_find_table(v->schema, name);
	size_t i;
	for (i = 0; !t && i < db->nschemas; i++)
		t = sx_schema_find_table(db->schemas[i], name);
	return t && t != v ? doc_of(s, t) : -1;
}

typedef struct read_run {
	sx_search *s;
	const sx_table *v;
	u32vec *out;
} read_run;

static int on_read_doc(void *payload, const char *name, bool is_rel)
{
	read_run *rr = payload;
	long d;
	size_t i;
	if (!is_rel || (d = view_read_doc(rr->s, rr->v, name)) < 0)
		return 0;
	for (i = 0; i < rr->out->n; i++)
		if (rr->out->v[i] == (uint32_t)d)
			return 0;
	return SX_VEC_PUSH(rr->out, (uint32_t)d) ? 1 : 0;
}

/* Each view (not an alias) points at the documents of what it reads, for
 * promote_views. Parsing costs, so only when view_promote is on. */
static int link_views(sx_search *s)
{
	u32vec tmp = {0};
	size_t d;
	int rc = 0;
	for (d = 0; d < s->docs.n && s->p.view_promote > 0; d++) {
		doc *x = &s->docs.v[d];
		read_run rr = {s, x->t, &tmp};
		x->nreads = 0;
		if (!x->t->definition || x->alias_of >= 0 ||
		    (x->t->kind != SX_REL_VIEW && x->t->kind != SX_REL_MATVIEW))
			continue;
		tmp.n = 0;
		sx_table_view_reads(x->t, on_read_doc, &rr);
		if (!tmp.n)
			continue;
		if (!(x->reads = sx_arena_alloc(s->arena, tmp.n * sizeof *x->reads))) {
			rc = SX_ENOMEM;
			break;
		}
		memcpy(x->reads, tmp.v, tmp.n * sizeof *x->reads);
		x->nreads = (uint32_t)tmp.n;
	}
	SX_VEC_FREE(&tmp);
	return rc;
}

static int open_remote(sx_search *s, sx_error *err)
{
	sx_error e;
	if (!s->p.remote)
		return 0;
	if (sx__remote_new(&s->remote, s->cfg, &e)) {
		note(s, "remote embedder not usable (%s); using the local embedder", e.msg);
		return 0;
	}
	(void)err;
	return 0;
}

int sx_search_open(sx_search **out, const sx_search_src *src, sx_error *err)
{
	sx_search *s;
	const sx_store_vecset *sv;
	size_t d, i, j, k;
	int rc = 0;

	*out = NULL;
	if (!(s = sx_calloc(1, sizeof *s)))
		return sx_error_set(err, SX_ENOMEM, "cannot open search: out of memory");
	s->cat = src->cat;
	s->st = src->store;
	s->cfg = src->config;
	load_params(&s->p, s->cfg);
	s->dim = s->p.local.dim;
	if (!(s->arena = sx_arena_new()) || !(s->vocab = sx_hmap_new(4096))) {
		rc = sx_error_set(err, SX_ENOMEM, "cannot open search: out of memory");
		goto fail;
	}
	if ((rc = sx_analyzer_new(&s->an, src->data_dir, err)))
		goto fail;
	sx_terms_init(&s->thes_tmp);
	sx_terms_init(&s->name_tmp);
	if (s->p.thes_mode) {
		char missing[1024];
		if (sx__thes_open(&s->thes, s->an, missing, sizeof missing)) {
			rc = sx_error_set(err, SX_ENOMEM, "cannot open search: out of memory");
			goto fail;
		}
		if (missing[0])
			note(s, "%s not found: query words in that language are not expanded by "
				"related words (scripts/deps.sh installs it)",
			     missing);
	}
	if (s->st && (rc = sx__embed_migrate(s->st, err)))
		goto fail;
	if (s->st) {
		sx_error e;
		if (sx_store_vectors_list(s->st, &s->shared, &s->nshared, &e))
			note(s, "the stored search vectors cannot be read (%s); building them here",
			     e.msg);
	}
	open_remote(s, err);
	if (s->remote)
		s->dim = 0; /* learnt from the model (or from the stored index) */

	/* Documents in catalog order, database by database. */
	s->ndbs = s->cat->ndbs;
	if (!(s->dbs = sx_calloc(s->ndbs ? s->ndbs : 1, sizeof *s->dbs)) ||
	    SX_VEC_RESERVE(&s->docs, sx_catalog_table_count(s->cat) + 1)) {
		rc = sx_error_set(err, SX_ENOMEM, "cannot open search: out of memory");
		goto fail;
	}
	for (d = 0; d < s->ndbs; d++) {
		sx_database *db = s->cat->dbs[d];
		dbx *x = &s->dbs[d];
		x->db = db;
		x->first = s->docs.n;
		for (i = 0; i < db->nschemas; i++)
			for (j = 0; j < db->schemas[i]->ntables; j++) {
				doc *nd = &s->docs.v[s->docs.n++];
				memset(nd, 0, sizeof *nd);
				nd->t = db->schemas[i]->tables[j];
				nd->db = (uint32_t)d;
				if (src->info && src->info(src->info_payload, nd->t, &nd->info) != 0)
					memset(&nd->info, 0, sizeof nd->info);
			}
		x->n = s->docs.n - x->first;
	}
	if (!(s->byptr = malloc((s->docs.n ? s->docs.n : 1) * sizeof *s->byptr))) {
		rc = sx_error_set(err, SX_ENOMEM, "cannot open search: out of memory");
		goto fail;
	}
	for (i = 0; i < s->docs.n; i++)
		s->byptr[i] = (tabref){s->docs.v[i].t, (uint32_t)i};
	qsort(s->byptr, s->docs.n, sizeof *s->byptr, cmp_ptr);
	link_aliases(s);

	/* Terms: stored when still valid, else analysed now. */
	for (d = 0; d < s->ndbs; d++) {
		dbx *x = &s->dbs[d];
		sx__idx_row row;
		bool found = false;
		sx_progress_report(src->progress, "indexing", (int64_t)d, (int64_t)s->ndbs);
		x->terms_key = terms_key(s, x);
		if (s->st && x->db->id > 0 &&
		    (rc = sx__idx_row_get(s->st, x->db->id, &row, &found, err)))
			goto fail;
		if (found && row.terms_key == x->terms_key && load_terms(s, x))
			continue;
		/* the shared set's terms, when they were analysed from the same */
		if (x->db->id > 0 && (sv = shared_set(s, x->db->id)) &&
		    sv->terms_key == x->terms_key) {
			sx_error e;
			if (fetch_set(s, x, &e) == 0 && unpack_docs(s, x) == 0) {
				x->terms_dirty = true;
				continue;
			}
			sx_store_vecset_release(&x->dl);
		}
		for (i = 0; i < x->n; i++)
			if ((rc = analyse_doc(s, (uint32_t)(x->first + i), err)))
				goto fail;
		x->terms_dirty = true;
	}
	if (build_postings(s) || link_neighbours(s) || link_views(s) || build_grams(s) ||
	    build_glued_cover(s)) {
		rc = sx_error_set(err, SX_ENOMEM, "cannot open search: out of memory");
		goto fail;
	}

	/* Vectors: the stored index when it checks out, else built now. */
	for (d = 0; d < s->ndbs; d++) {
		dbx *x = &s->dbs[d];
		sx__idx_row row;
		bool found = false, hnsw = (long)x->n >= s->p.hnsw_threshold, fits;
		sx_error e;
		if (s->st && x->db->id > 0 &&
		    (rc = sx__idx_row_get(s->st, x->db->id, &row, &found, err)))
			goto fail;
		sv = x->db->id > 0 ? shared_set(s, x->db->id) : NULL;
		fits = sv && set_fits(s, x, sv, hnsw);
		/* the local file, unless the shared workspace holds other vectors
		 * for the same terms and embedder (then the file is stale) */
		if (found && !x->terms_dirty && row.vec_key == vec_key(s, hnsw) &&
		    row.terms_key == x->terms_key && !drifted(s, row.corpus_docs) &&
		    (s->remote || row.dim == s->dim) && (!fits || row.shared_hash == sv->hash)) {
			char path[4400];
			snprintf(path, sizeof path, "%s/%s", sx_store_dir(s->st), row.file);
			if (sx__idx_file_read(path, row.dim, row.count, row.checksum, &x->fx, &e) == 0) {
				s->dim = row.dim;
				s->ncached++;
				continue;
			}
			note(s, "rebuilt the search index of '%s': %s", x->db->name, e.msg);
		}
		if (fits) {
			if (build_from_shared(s, x, hnsw, &e) == 0)
				continue;
			note(
			    s,
			    "the stored search vectors of '%s' are not usable (%s); embedding here",
			    x->db->name, e.msg);
			sx_store_vecset_release(&x->dl);
		}
		if ((rc = build_db(s, x, &e))) {
			if (s->remote) {
				/* The model is unreachable or misbehaving: fall back to
				 * local vectors for every database, with a warning. */
				note(s, "remote embeddings failed (%s); using the local embedder",
				     e.msg);
				sx__remote_free(s->remote);
				s->remote = NULL;
				s->dim = s->p.local.dim;
				for (k = 0; k < d; k++) {
					sx_fidx_free(s->dbs[k].fx);
					s->dbs[k].fx = NULL;
				}
				d = (size_t)-1; /* start over with local vectors */
				continue;
			}
			sx_error_set(err, rc, "%s", e.msg);
			goto fail;
		}
	}
	sx_progress_report(src->progress, "indexing", (int64_t)s->ndbs, (int64_t)s->ndbs);
	for (d = 0; d < s->ndbs; d++)
		sx_store_vecset_release(&s->dbs[d].dl);
	if (s->st)
		sx_info("search: %zu database(s) embedded here, %zu built from the %s vectors, "
		        "%zu loaded from the local cache",
		        s->nbuilt, s->nfromshared, sx_store_is_shared(s->st) ? "shared" : "stored",
		        s->ncached);

	if (!(s->dense = sx_calloc(s->docs.n + 1, sizeof *s->dense)) ||
	    !(s->bm = sx_calloc(s->docs.n + 1, sizeof *s->bm)) ||
	    !(s->boost = sx_calloc(s->docs.n + 1, sizeof *s->boost)) ||
	    !(s->coord = sx_calloc(s->docs.n + 1, sizeof *s->coord)) ||
	    !(s->stamp = sx_calloc(s->docs.n + 1, sizeof *s->stamp)) ||
	    !(s->slot = malloc((s->docs.n + 1) * sizeof *s->slot)) ||
	    !(s->dbcov = sx_calloc(s->ndbs + 1, sizeof *s->dbcov)) ||
	    !(s->dbstamp = sx_calloc(s->ndbs + 1, sizeof *s->dbstamp))) {
		rc = sx_error_set(err, SX_ENOMEM, "cannot open search: out of memory");
		goto fail;
	}
	*out = s;
	return 0;
fail:
	sx_search_free(s);
	return rc;
}

void sx_search_free(sx_search *s)
{
	size_t i;
	if (!s)
		return;
	for (i = 0; i < s->ndbs; i++) {
		sx_fidx_free(s->dbs[i].fx);
		sx_store_vecset_release(&s->dbs[i].dl);
	}
	free(s->dbs);
	free(s->shared);
	for (i = 0; i < s->terms.n; i++) {
		SX_VEC_FREE(&s->terms.v[i].post);
		SX_VEC_FREE(&s->terms.v[i].cpost);
		SX_VEC_FREE(&s->terms.v[i].gdbs);
	}
	free(s->cols);
	free(s->colsc);
	free(s->colmask);
	free(s->colstamp);
	SX_VEC_FREE(&s->coltouched);
	SX_VEC_FREE(&s->terms);
	SX_VEC_FREE(&s->docs);
	for (i = 0; i < s->notes.n; i++)
		free(s->notes.v[i]);
	SX_VEC_FREE(&s->notes);
	SX_VEC_FREE(&s->touched);
	free(s->byptr);
	free(s->dense);
	free(s->bm);
	free(s->boost);
	free(s->coord);
	free(s->stamp);
	free(s->slot);
	free(s->dbcov);
	free(s->dbstamp);
	free_grams(s);
	sx_hmap_free(s->vocab);
	sx_arena_free(s->arena);
	sx__thes_free(s->thes);
	sx__bidict_free(s->bidict);
	sx_terms_release(&s->thes_tmp);
	sx_terms_release(&s->name_tmp);
	sx_analyzer_free(s->an);
	sx__remote_free(s->remote);
	free(s);
}

const char *const *sx_search_notes(const sx_search *s)
{
	sx_search *m = (sx_search *)s;
	size_t i;
	for (i = 0; i < s->notes.n && i < MAX_NOTES; i++)
		m->notes_v[i] = s->notes.v[i];
	m->notes_v[i] = NULL;
	return (const char *const *)m->notes_v;
}

size_t sx_search_size(const sx_search *s)
{
	return s->docs.n;
}

const sx_table_info *sx_search_table_info(const sx_search *s, const sx_table *t)
{
	long d = doc_of(s, t);
	return d >= 0 ? &s->docs.v[d].info : &s->empty_info;
}

/* ---------------------------------------------------------------- query */

/* efSearch for an index of n vectors asked for k: the configured value
 * holds at 10,000 vectors and grows with the square root of the size
 * (measured on our vectors: at 100,000, efSearch 128 reached recall@10
 * 0.95 against exact search, 400-512 reached 0.98; docs/search.md). */
int sx__search_ef(const sx_search *s, size_t n, size_t k)
{
	double ef = (double)s->p.ef_search;
	if (n > 10000)
		ef *= sqrt((double)n / 10000.0);
	if (ef > 2048)
		ef = 2048;
	if (ef < (double)k)
		ef = (double)k;
	return (int)ef;
}

typedef struct qterm {
	const char *term;
	const char *surface;
	sx_term_origin origin;
	float w;
	long id;                /* -1: not in any document */
} qterm;

static void touch(sx_search *s, uint32_t d)
{
	if (s->stamp[d] == s->epoch)
		return;
	s->stamp[d] = s->epoch;
	s->dense[d] = 0;
	s->bm[d] = 0;
	s->boost[d] = 0;
	s->coord[d] = 0;
	if (SX_VEC_PUSH(&s->touched, d))
		s->stamp[d] = s->epoch - 1; /* not tracked: treat as untouched */
}

static bool doc_has(const doc *x, uint32_t id)
{
	uint32_t lo = 0, hi = x->nterms;
	while (lo < hi) {
		uint32_t mid = (lo + hi) / 2;
		if (x->tid[mid] < id)
			lo = mid + 1;
		else if (x->tid[mid] > id)
			hi = mid;
		else
			return true;
	}
	return false;
}

static int validate_query(const char *q, sx_error *err)
{
	size_t n, i;
	if (!q)
		return sx_error_set(err, SX_EINVAL, "empty query: say what to look for");
	n = strlen(q);
	if (n > SX_SEARCH_MAX_QUERY)
		return sx_error_set(err, SX_EINVAL,
				    "query is too long (%zu bytes; the limit is %d): use a few words",
				    n, SX_SEARCH_MAX_QUERY);
	if (!sx_utf8_valid(q, n))
		return sx_error_set(err, SX_EINVAL, "query is not valid UTF-8");
	for (i = 0; i < n && (q[i] == ' ' || q[i] == '\t' || q[i] == '\n' || q[i] == '\r'); i++)
		;
	if (i == n)
		return sx_error_set(err, SX_EINVAL, "empty query: say what to look for");
	return 0;
}

typedef struct cand {
	uint32_t doc;
	float score;
} cand;

static int cmp_cand(const void *a, const void *b)
{
	const cand *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->doc < y->doc ? -1 : x->doc > y->doc;
}

/* "sales" matches the domain "sales_orders": a whole '_'-separated part,
 * or the whole name, ASCII case-insensitively. */
static bool domain_matches(const char *domain, const char *want)
{
	size_t n = strlen(want);
	const char *p = domain;
	if (!domain || !n)
		return false;
	while (p && *p) {
		if (strncasecmp(p, want, n) == 0 && (p[n] == '\0' || p[n] == '_'))
			return true;
		p = strchr(p, '_');
		if (p)
			p++;
	}
	return false;
}

/* Heap helpers for select_top: the root is the worst kept candidate. */
static void sift_down(cand *a, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, w = i;
		cand t;
		if (l < n && cmp_cand(&a[l], &a[w]) > 0)
			w = l;
		if (r < n && cmp_cand(&a[r], &a[w]) > 0)
			w = r;
		if (w == i)
			return;
		t = a[i];
		a[i] = a[w];
		a[w] = t;
		i = w;
	}
}

static void sift_up(cand *a, size_t i)
{
	while (i > 0) {
		size_t p = (i - 1) / 2;
		cand t;
		if (cmp_cand(&a[i], &a[p]) <= 0)
			return;
		t = a[i];
		a[i] = a[p];
		a[p] = t;
		i = p;
	}
}

/* Moves the best m of a[0..n) to the front, best first, in O(n log m)
 * (the rest of the array is overwritten):
 * a common word touches most tables of a large catalog, and sorting them
 * all cost more than everything else in a query. Returns min(m, n). */
static size_t select_top(cand *a, size_t n, size_t m)
{
	size_t i, h = 0;
	if (m >= n) {
		qsort(a, n, sizeof *a, cmp_cand);
		return n;
	}
	for (i = 0; i < n; i++) {
		if (h < m) {
			a[h] = a[i];
			sift_up(a, h++);
		} else if (cmp_cand(&a[i], &a[0]) < 0) {
			a[0] = a[i];
			sift_down(a, m, 0);
		}
	}
	qsort(a, m, sizeof *a, cmp_cand);
	return m;
}

static bool passes(const sx_search *s, const doc *x, const sx_search_opts *o)
{
	if (o->database && strcmp(x->t->schema->db->name, o->database) != 0)
		return false;
	if (o->schema && strcmp(x->t->schema->name, o->schema) != 0)
		return false;
	if (o->domain && !domain_matches(x->info.domain, o->domain))
		return false;
	if (o->pii == 0 && x->info.has_pii)
		return false;
	if (o->pii == 1 && !x->info.has_pii)
		return false;
	(void)s;
	return true;
}

/* rank_out[i] = 1-based rank of touched[i] by v (descending); 0 when its
 * value is 0 (not in that list). tmp holds touched.n entries. */
static void ranks_of(sx_search *s, const float *v, float *rank_out, cand *tmp)
{
	size_t i, n = s->touched.n;
	for (i = 0; i < n; i++)
		tmp[i] = (cand){(uint32_t)i, v[s->touched.v[i]]};
	qsort(tmp, n, sizeof *tmp, cmp_cand);
	for (i = 0; i < n; i++)
		rank_out[tmp[i].doc] = tmp[i].score > 0 ? (float)(i + 1) : 0;
}

static int query_vector(sx_search *s, const char *query, const qterm *q, size_t nq, float *vec,
			bool *ok, sx_error *err)
{
	*ok = true;
	if (s->remote) {
		float *v = NULL;
		int dim = 0;
		sx_error e;
		if (sx__remote_embed(s->remote, NULL, &query, 1, &v, &dim, &e) || dim != s->dim) {
			note(s, "query embedding failed (%s); ranked by BM25 only", e.msg);
			free(v);
			*ok = false;
			return 0;
		}
		memcpy(vec, v, (size_t)dim * sizeof *vec);
		free(v);
		return 0;
	} else {
		sx_term *tv = malloc((nq ? nq : 1) * sizeof *tv);
		size_t i;
		if (!tv)
			return sx_error_set(err, SX_ENOMEM, "cannot run query: out of memory");
		for (i = 0; i < nq; i++)
			tv[i] = (sx_term){q[i].term, q[i].surface, q[i].w, q[i].origin};
		sx__local_vector(&s->p.local, tv, nq, idf_lookup, s, vec);
		free(tv);
	}
	return 0;
}

/* One query's work, handed from step to step of sx_search_query. The
 * per-document scores live in the search object (dense, bm, coord, boost,
 * for the documents in s->touched this epoch). */
typedef struct qrun {
	const sx_search_opts *o;
	qterm *q;               /* the query's terms (strings borrowed from qt) */
	size_t nq;
	float max_dense, max_bm;
	float total_idf;        /* the query's database-IDF mass */
	float total_tidf;       /* the query's table-IDF mass */
	float *fused;           /* fused[i] belongs to touched[i], i < nfused */
	float *colbest;         /* per document: its best column's share (column_best) */
	size_t nfused;
	cand *c;                /* the fused candidates, for the FK closure */
	const char *text;       /* the question as written */
} qrun;

static int query_oom(sx_error *err)
{
	return sx_error_set(err, SX_ENOMEM, "cannot run query: out of memory");
}

/* Says why a query that analysed into no terms finds nothing, and that an
 * empty search has nothing to look in. */
static int check_terms(const sx_search *s, const sx_terms *qt, const sx_query_stats *qs,
		       sx_error *err)
{
	if (qt->n == 0) {
		if (qs->words > 0 && qs->stopwords == qs->words)
			return sx_error_set(err, SX_EINVAL,
					    "query has only stopwords: name what the tables hold "
					    "(\"customer payments\", \"заказы клиентов\")");
		return sx_error_set(err, SX_EINVAL,
				    "query has no searchable words: use letters, not only "
				    "numbers or symbols");
	}
	if (!s->docs.n)
		return sx_error_set(err, SX_EEMPTY, "nothing to search: no tables analysed yet");
	return 0;
}

/* Merges repeated terms; a term's weight is capped so that repeating a
 * word cannot drown the others. Room is left for one typo stand-in per
 * term. */
static int merge_terms(const sx_search *s, const sx_terms *qt, qrun *r, sx_error *err)
{
	size_t i, j;
	if (!(r->q = malloc(2 * qt->n * sizeof *r->q)))
		return query_oom(err);
	for (i = 0; i < qt->n; i++) {
		void *v;
		for (j = 0; j < r->nq && strcmp(r->q[j].term, qt->v[i].term) != 0; j++)
			;
		if (j < r->nq) {
			r->q[j].w = fminf(r->q[j].w + qt->v[i].weight, 2.0f);
			/* a word that says the term itself ("prices") owns it
			 * rather than one that reached it through a synonym
			 * ("cost"): the name match counts who said what */
			if (qt->v[i].origin == SX_TERM_WORD && r->q[j].origin == SX_TERM_SYNONYM) {
				r->q[j].surface = qt->v[i].surface;
				r->q[j].origin = SX_TERM_WORD;
			}
			continue;
		}
		v = sx_hmap_get(s->vocab, qt->v[i].term);
		r->q[r->nq++] = (qterm){qt->v[i].term, qt->v[i].surface, qt->v[i].origin,
					qt->v[i].weight, v ? (long)((uintptr_t)v - 1) : -1};
	}
	return 0;
}

/* Typos: an unknown word also stands for the closest known term. */
/* Latin letters for a Russian stem, so that a loanword the lexicon does
 * not list (визит, транзакц, категор) can meet its English original in
 * the vocabulary by trigrams. English spells such words in several
 * ways, hence three variants: plain (к k, з z, ц ts), and two that
 * follow the Latin spelling (к c, ц c, and ц at the stem's end t as in
 * -ция/-tion; the second with з s as in транзакция/transaction). Returns
 * false for a word with anything but Cyrillic letters. */
static bool translit(const char *w, int variant, char *out, size_t n)
{
	static const char *const tab[32] = {
	    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k",  "l", "m", "n",  "o", "p",
	    "r", "s", "t", "u", "f", "kh",  "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"};
	const unsigned char *p = (const unsigned char *)w;
	size_t o = 0;
	while (*p) {
		unsigned c;
		const char *l;
		size_t ll;
		if ((p[0] == 0xD0 && p[1] >= 0xB0 && p[1] <= 0xBF) ||
		    (p[0] == 0xD1 && p[1] >= 0x80 && p[1] <= 0x8F))
			c = p[0] == 0xD0 ? p[1] - 0xB0u : p[1] - 0x80u + 16u;
		else if (p[0] == 0xD1 && p[1] == 0x91)
			c = 5; /* ё */
		else
			return false;
		l = tab[c];
		if (variant > 0 && c == 10)
			l = "c";
		else if (variant > 0 && c == 22)
			l = p[2] ? "c" : "t";
		else if (variant > 1 && c == 7)
			l = "s";
		ll = strlen(l);
		if (o + ll + 1 > n)
			return false;
		memcpy(out + o, l, ll);
		o += ll;
		p += 2;
	}
	out[o] = '\0';
	return o > 0;
}

/* Whether one stem starts the other and the shorter has 4 bytes or
 * more: a derivation (expos, exposur), not a look-alike (long, lon). */
static bool stem_relative(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), m = la < lb ? la : lb;
	return m >= 4 && memcmp(a, b, m) == 0;
}

/* Whether a Russian stem's Latin letters `lat` and the English stem `en`
 * are one word: one begins the other, both have five letters or more
 * (стат is no state, друг no drug), and an English stem shorter than
 * the Russian (a derived Russian word: специальн, special) six or more
 * (северн, northern, is no sever). */
static bool is_loan(const char *lat, const char *en)
{
	size_t ll = strlen(lat), le = strlen(en);
	return ll >= 5 && le >= 5 && (ll <= le || le >= 6) && stem_relative(lat, en);
}

static void add_typo_terms(sx_search *s, qrun *r)
{
	qterm *q = r->q;
	size_t i, j;
	for (i = 0, j = r->nq; i < j; i++) {
		float sim;
		long id;
		size_t m;
		bool covered = false, loan = false;
		sx_term_origin origin = SX_TERM_FUZZY;
		if (q[i].id >= 0 || q[i].origin != SX_TERM_WORD || strchr(q[i].term, '+'))
			continue;
		/* a word the lexicon already turned into a known concept is no typo */
		for (m = 0; m < j && !covered; m++)
			covered = q[m].id >= 0 && strcmp(q[m].surface, q[i].surface) == 0;
		if (covered)
			continue;
		id = closest_term(s, q[i].term, &sim);
		if (s->p.min_translit > 0 && (unsigned char)q[i].term[0] >= 0xD0 &&
		    (unsigned char)q[i].term[0] <= 0xD1) {
			char lat[128];
			int v;
			for (v = 0; v < 3; v++) {
				float ts;
				long tid;
				if (!translit(q[i].term, v, lat, sizeof lat) ||
				    (tid = closest_term(s, lat, &ts)) < 0 || ts < s->p.min_translit ||
				    ts <= sim)
					continue;
				id = tid;
				sim = ts;
				/* the loanword's Latin letters begin the English
				 * stem, or it theirs (реакц -> react, reaction):
				 * the same word, not a look-alike */
				loan = is_loan(lat, s->terms.v[tid].s);
			}
		}
		if (id < 0)
			continue;
		if (loan && s->p.translit_loan > 0) {
			origin = SX_TERM_LEXICON;
			sim = s->p.translit_loan;
		}
		for (m = 0; m < r->nq && q[m].id != id; m++)
			;
		if (m < r->nq)
			continue;
		/* An English word is no typo: "unbroken" is not token, nor
		 * "medicine" media; its thesaurus expansions speak for it. A
		 * known term that extends its stem, or that it extends, is a
		 * relative by derivation (exposed -> exposure) and stays. */
		if (s->p.word_typo < 1 && q[i].surface && !stem_relative(q[i].term, s->terms.v[id].s) &&
		    sx__thes_is_word(s->thes, q[i].surface, strlen(q[i].surface))) {
			if (s->p.word_typo <= 0)
				continue;
			sim *= s->p.word_typo;
		}
		q[r->nq++] = (qterm){s->terms.v[id].s, q[i].surface, origin, q[i].w * sim, id};
	}
}

/* ---------------------------------------------------------------- columns */

/* Column documents: a column's name (1), comment (0.5) and declared type
 * (0.2), analysed like everything else; only terms the table documents
 * know are kept, so IDF stays the tables'. Built on first use: a search
 * that never asks for columns pays nothing for them. */
static int build_columns(sx_search *s)
{
	sx_terms t;
	size_t d, c, i, j, n = 0;
	sx_error e;
	if (s->cols_built)
		return 0;
	for (d = 0; d < s->docs.n; d++)
		n += s->docs.v[d].t->ncols;
	if (!(s->cols = malloc((n + 1) * sizeof *s->cols)) ||
	    !(s->colsc = sx_calloc(n + 1, sizeof *s->colsc)) ||
	    !(s->colmask = sx_calloc(n + 1, sizeof *s->colmask)) ||
	    !(s->colstamp = sx_calloc(n + 1, sizeof *s->colstamp)))
		return SX_ENOMEM;
	sx_terms_init(&t);
	for (d = 0; d < s->docs.n; d++) {
		const sx_table *tb = s->docs.v[d].t;
		size_t nname;
		/* the table's name first: a column's words that repeat it
		 * (visit_detail.visit_detail_id) say which table, not which
		 * column, and the table's score already carries them */
		sx_terms_clear(&t);
		if (sx_analyze(s->an, tb->name, strlen(tb->name), 1.0f, &t, &e)) {
			sx_terms_release(&t);
			return SX_ENOMEM;
		}
		nname = t.n;
		for (c = 0; c < tb->ncols; c++) {
			const sx_column *col = &tb->cols[c];
			uint32_t ci = (uint32_t)s->ncols++;
			s->cols[ci] = (colref){(uint32_t)d, (uint32_t)c};
			t.n = nname; /* keep the table name's terms in front */
			if (sx_analyze(s->an, col->name, strlen(col->name), 1.0f, &t, &e) ||
			    (col->comment &&
			     sx_analyze(s->an, col->comment, strlen(col->comment), 0.5f, &t, &e)) ||
			    (col->type && sx_analyze(s->an, col->type, strlen(col->type), 0.2f, &t, &e))) {
				sx_terms_release(&t);
				return SX_ENOMEM;
			}
			for (i = nname; i < t.n; i++) {
				void *v = sx_hmap_get(s->vocab, t.v[i].term);
				term_ent *te;
				if (!v)
					continue;
				for (j = 0; j < i && strcmp(t.v[j].term, t.v[i].term) != 0; j++)
					;
				if (j < i)
					continue; /* the table's name, or seen: once per column */
				te = &s->terms.v[(uintptr_t)v - 1];
				if (SX_VEC_PUSH(&te->cpost, ((posting){ci, t.v[i].weight}))) {
					sx_terms_release(&t);
					return SX_ENOMEM;
				}
			}
		}
	}
	sx_terms_release(&t);
	/* IDF over columns: "id" is in one column of most tables, so a table
	 * IDF would overrate it here */
	for (i = 0; i < s->terms.n; i++) {
		double df = (double)s->terms.v[i].cpost.n;
		s->terms.v[i].cidf = (float)log(1.0 + ((double)s->ncols - df + 0.5) / (df + 0.5));
	}
	s->cols_built = true;
	return 0;
}

/* Scores every column holding a query term: the IDF mass of the query
 * terms it holds (weights capped at 1: one column, one meaning). */
static void score_columns(sx_search *s, const qterm *q, size_t nq)
{
	size_t i, j;
	s->coltouched.n = 0;
	for (i = 0; i < nq; i++) {
		term_ent *te;
		float qw;
		if (q[i].id < 0)
			continue;
		te = &s->terms.v[q[i].id];
		qw = q[i].w * te->cidf;
		for (j = 0; j < te->cpost.n; j++) {
			uint32_t c = te->cpost.v[j].doc;
			if (s->colstamp[c] != s->epoch) {
				s->colstamp[c] = s->epoch;
				s->colsc[c] = 0;
				s->colmask[c] = 0;
				if (SX_VEC_PUSH(&s->coltouched, c)) {
					s->colstamp[c] = s->epoch - 1;
					continue;
				}
			}
			s->colsc[c] += qw * fminf(te->cpost.v[j].tf, 1.0f);
			if (i < 64)
				s->colmask[c] |= (uint64_t)1 << i;
		}
	}
}

/* The query's mass that columns can hold at all: the column IDF of its
 * terms that some column holds, related words left out. */
static float column_mass(const sx_search *s, const qterm *q, size_t nq)
{
	float total = 0;
	size_t i;
	for (i = 0; i < nq; i++)
		if (q[i].id >= 0 && q[i].origin != SX_TERM_THESAURUS &&
		    s->terms.v[q[i].id].cpost.n)
			total += q[i].w * s->terms.v[q[i].id].cidf;
	return total;
}

/* How many distinct question words (their surfaces) the terms in mask are. */
static int mask_words(const qterm *q, size_t nq, uint64_t mask)
{
	const char *seen[64];
	int n = 0, k;
	size_t i;
	for (i = 0; i < nq && i < 64; i++) {
		if (!(mask & (uint64_t)1 << i) || !q[i].surface)
			continue;
		for (k = 0; k < n && strcmp(seen[k], q[i].surface) != 0; k++)
			;
		if (k == n)
			seen[n++] = q[i].surface;
	}
	return n;
}

/* Each document's best column: the largest share of the question's column
 * mass one of its columns holds, so a question that names what one column
 * holds finds its table even where other tables hold the words scattered. */
static int best_columns(sx_search *s, qrun *r)
{
	float total;
	size_t i;
	if (s->p.column_best <= 0)
		return 0;
	if (build_columns(s) || !(r->colbest = sx_calloc(s->docs.n + 1, sizeof *r->colbest)))
		return SX_ENOMEM;
	total = column_mass(s, r->q, r->nq);
	if (total <= 0)
		return 0;
	score_columns(s, r->q, r->nq);
	for (i = 0; i < s->coltouched.n; i++) {
		uint32_t c = s->coltouched.v[i], d = s->cols[c].doc;
		float share = fminf(s->colsc[c] / total, 1.0f);
		if (s->p.column_best_words > 1 &&
		    mask_words(r->q, r->nq, s->colmask[c]) < s->p.column_best_words)
			continue;
		if (share > r->colbest[d])
			r->colbest[d] = share;
	}
	return 0;
}

/* Related words from WordNet or the Russian thesaurus: each is analysed
 * like the query, and a term some document holds joins the query at a
 * share of the word's weight (synonyms more than hypernyms), so that
 * "shoppers" finds customer and "вендор" finds supplier while a table named
 * as the question is worded still ranks first. */
typedef struct thes_run {
	sx_search *s;
	qrun *r;
	size_t added;            /* expansions of this query word so far */
} thes_run;

static int on_related(void *payload, const char *w, size_t len, sx__thes_rel rel)
{
	thes_run *tr = payload;
	sx_search *s = tr->s;
	qrun *r = tr->r;
	float share = rel == SX_THES_SYNONYM    ? s->p.thes_w
		      : rel == SX_THES_HYPERNYM ? s->p.thes_hyper
		      : rel == SX_THES_DERIVED  ? s->p.thes_derived
						: s->p.thes_hypo;
	char word[128];
	size_t i, m;
	sx_error e;
	if (share <= 0 || len >= sizeof word || memchr(w, '_', len))
		return 0; /* multi-word lemmas ("sum_of_money") say less than they cost */
	for (i = 0; i < len; i++)
		word[i] = w[i] >= 'A' && w[i] <= 'Z' ? (char)(w[i] + 32) : w[i];
	word[len] = '\0';
	sx_terms_clear(&s->thes_tmp);
	if (sx_analyze(s->an, word, len, 1.0f, &s->thes_tmp, &e))
		return 0;
	for (i = 0; i < s->thes_tmp.n; i++) {
		const sx_term *t = &s->thes_tmp.v[i];
		void *v;
		qterm *nq;
		if (t->origin == SX_TERM_PHRASE || !(v = sx_hmap_get(s->vocab, t->term)))
			continue;
		for (m = 0; m < r->nq && r->q[m].id != (long)((uintptr_t)v - 1); m++)
			;
		if (m < r->nq)
			continue; /* the query has it already */
		if (tr->added >= (size_t)s->p.thes_max)
			return 1;
		if (!(nq = realloc(r->q, (r->nq + 1) * sizeof *nq)))
			return SX_ENOMEM;
		r->q = nq;
		r->q[r->nq] = (qterm){s->terms.v[(uintptr_t)v - 1].s, NULL, SX_TERM_THESAURUS,
				      0, (long)((uintptr_t)v - 1)};
		r->q[r->nq].w = share * t->weight;
		r->nq++;
		tr->added++;
	}
	return 0;
}

/* A Russian word the Russian thesaurus leaves unexpanded, whose English
 * words no document holds either: WordNet relates the English words,
 * those the lexicon gives (врачи -> doctor -> physician) or, for a word
 * the lexicon lacks, its transliteration when that is an English word
 * (блоги -> blog -> diary). Each weighs ru_wordnet of what an expansion
 * of the word itself would. */
static int ru_english_related(sx_search *s, qrun *r, size_t i, size_t n, thes_run *tr)
{
	const char *surf = r->q[i].surface;
	bool lexicon = false;
	char lat[128];
	size_t j, first = r->nq;
	int rc = 0, v;
	if (s->p.ru_wordnet <= 0 || (unsigned char)surf[0] < 0xD0 || (unsigned char)surf[0] > 0xD1)
		return 0;
	for (j = 0; j < n && rc >= 0; j++) {
		const char *t = r->q[j].term;
		if (r->q[j].origin != SX_TERM_LEXICON || !r->q[j].surface ||
		    strcmp(r->q[j].surface, surf) != 0)
			continue;
		lexicon = true;
		rc = sx__thes_related(s->thes, t, strlen(t), (unsigned)s->p.thes_senses,
				      s->p.thes_hypo > 0, s->p.thes_derived > 0, on_related, tr);
	}
	for (v = 0; !lexicon && rc >= 0 && v < 3 && r->nq == first; v++)
		if (translit(r->q[i].term, v, lat, sizeof lat) &&
		    sx__thes_is_word(s->thes, lat, strlen(lat)))
			rc = sx__thes_related(s->thes, lat, strlen(lat), (unsigned)s->p.thes_senses,
					      s->p.thes_hypo > 0, s->p.thes_derived > 0, on_related,
					      tr);
	for (j = first; j < r->nq; j++)
		r->q[j].w *= s->p.ru_wordnet;
	return rc;
}

/* A Russian word that neither the lexicon nor the Russian thesaurus
 * relates to a document: the English words the English-Russian
 * dictionary translates it with (the first ru_dict_senses senses of each
 * headword), those some document holds, at ru_dict of a thesaurus
 * synonym's weight: округам -> county, district; кафедры -> chair. */
typedef struct dict_run {
	thes_run *tr;
	int senses;
} dict_run;

static int on_translation(void *payload, const char *en, size_t len, int sense)
{
	dict_run *dr = payload;
	return sense > dr->senses ? 0 : on_related(dr->tr, en, len, SX_THES_SYNONYM);
}

/* The dictionary, read at the first Russian word that needs it: false
 * when it is off or absent (a note says so once), SX_ENOMEM in *rc. */
static bool bidict_ready(sx_search *s, const char *word, int *rc)
{
	*rc = 0;
	if (s->p.ru_dict <= 0 || (unsigned char)word[0] < 0xD0 || (unsigned char)word[0] > 0xD1)
		return false;
	if (!s->bidict_tried) {
		s->bidict_tried = true;
		*rc = sx__bidict_open(&s->bidict, s->an);
		if (*rc && *rc != SX_ENOMEM)
			note(s, "the English-Russian dictionary (mueller7-dict) was not found: Russian "
				"words the lexicon lacks are not translated (scripts/deps.sh installs it)");
		if (*rc != SX_ENOMEM)
			*rc = 0;
	}
	return s->bidict != NULL;
}

static int ru_dict_terms(sx_search *s, qrun *r, size_t i, thes_run *tr)
{
	const char *surf = r->q[i].surface;
	dict_run dr = {tr, s->p.ru_dict_senses};
	size_t j, first = r->nq;
	int rc = 0;
	if ((r->o && r->o->untranslated) || !bidict_ready(s, surf, &rc))
		return rc;
	/* 1: thesaurus_max reached, not an error */
	rc = sx__bidict_lookup(s->bidict, s->an, surf, strlen(surf), on_translation, &dr);
	for (j = first; j < r->nq; j++)
		r->q[j].w *= s->p.ru_dict;
	return rc < 0 ? rc : 0;
}

static int add_thesaurus_terms(sx_search *s, qrun *r)
{
	size_t i, j, n = r->nq;
	if (!s->thes && s->p.ru_dict <= 0)
		return 0;
	for (i = 0; i < n; i++) {
		thes_run tr = {s, r, 0};
		const char *surf = r->q[i].surface;
		size_t k, first = r->nq;
		bool known = false, seen = false;
		int rc;
		if (r->q[i].origin != SX_TERM_WORD || strchr(r->q[i].term, '+') || !surf)
			continue;
		for (j = 0; j < i && !seen; j++)
			seen = r->q[j].surface && strcmp(r->q[j].surface, surf) == 0 &&
			       r->q[j].origin == SX_TERM_WORD;
		for (j = 0; j < n && !known; j++)
			known = r->q[j].id >= 0 && r->q[j].surface &&
				strcmp(r->q[j].surface, surf) == 0;
		if (seen || (s->p.thes_mode != 2 && known))
			continue;
		rc = sx__thes_related(s->thes, surf, strlen(surf), (unsigned)s->p.thes_senses,
				      s->p.thes_hypo > 0, s->p.thes_derived > 0, on_related, &tr);
		if (rc < 0 || (r->nq == first && (rc = ru_dict_terms(s, r, i, &tr)) < 0) ||
		    (r->nq == first && s->thes && (rc = ru_english_related(s, r, i, n, &tr)) < 0))
			return rc;
		for (k = first; k < r->nq; k++) {
			r->q[k].surface = r->q[i].surface;
			r->q[k].w *= r->q[i].w;
		}
	}
	return 0;
}

typedef struct translate_run {
	sx_search *s;
	char (*out)[SX_SEARCH_TERM_MAX];
	size_t n, max;
} translate_run;

static int on_translate(void *payload, const char *en, size_t len, int sense)
{
	translate_run *t = payload;
	sx_search *s = t->s;
	char word[SX_SEARCH_TERM_MAX];
	size_t i, k;
	sx_error e;
	if (sense > s->p.translate_senses || len >= sizeof word)
		return 0;
	memcpy(word, en, len);
	word[len] = '\0';
	sx_terms_clear(&s->thes_tmp);
	if (sx_analyze(s->an, word, len, 1.0f, &s->thes_tmp, &e))
		return e.code == SX_ENOMEM ? SX_ENOMEM : 0;
	for (i = 0; i < s->thes_tmp.n && t->n < t->max; i++) {
		const sx_term *term = &s->thes_tmp.v[i];
		if (term->origin != SX_TERM_WORD || strlen(term->term) >= SX_SEARCH_TERM_MAX ||
		    !sx_hmap_get(s->vocab, term->term))
			continue;
		for (k = 0; k < t->n && strcmp(t->out[k], term->term) != 0; k++)
			;
		if (k == t->n)
			snprintf(t->out[t->n++], SX_SEARCH_TERM_MAX, "%s", term->term);
	}
	return t->n >= t->max;
}

int sx_search_translate(sx_search *s, const char *word, char out[][SX_SEARCH_TERM_MAX],
			size_t max)
{
	translate_run t = {s, out, 0, max};
	int rc = 0;
	if (!s || !word || !max || !bidict_ready(s, word, &rc))
		return rc;
	rc = sx__bidict_lookup(s->bidict, s->an, word, strlen(word), on_translate, &t);
	return rc < 0 ? rc : (int)t.n;
}

/* Business verbs: a question says "borrowed", "paid", "умер" where the
 * schema says rental, payment, death. verbs.tsv names the nouns; those
 * that some document holds join the query like a thesaurus expansion
 * (coverage, not mass), at verb_weight of the verb's weight. */
static int add_verb_terms(sx_search *s, qrun *r)
{
	size_t i, j, m, n = r->nq, nn;
	if (s->p.verb_weight <= 0)
		return 0;
	for (i = 0; i < n; i++) {
		const char *const *nouns;
		if (r->q[i].origin != SX_TERM_WORD || strchr(r->q[i].term, '+'))
			continue;
		nouns = sx__analyzer_verb(s->an, r->q[i].term, &nn);
		if (!nouns && r->q[i].surface)
			nouns = sx__analyzer_verb(s->an, r->q[i].surface, &nn);
		for (j = 0; nouns && j < nn; j++) {
			void *v = sx_hmap_get(s->vocab, nouns[j]);
			long id = v ? (long)((uintptr_t)v - 1) : -1;
			qterm *nq;
			if (id < 0)
				continue;
			for (m = 0; m < r->nq && r->q[m].id != id; m++)
				;
			if (m < r->nq)
				continue; /* the query has it already */
			if (!(nq = realloc(r->q, (r->nq + 1) * sizeof *nq)))
				return SX_ENOMEM;
			r->q = nq;
			r->q[r->nq++] = (qterm){s->terms.v[id].s, r->q[i].surface, SX_TERM_THESAURUS,
						s->p.verb_weight * r->q[i].w, id};
		}
	}
	return 0;
}

/* A new generation of the per-document scores: touch() resets a
 * document's scores the first time a query reaches it. */
static void next_epoch(sx_search *s)
{
	if (++s->epoch == 0) {
		memset(s->stamp, 0, s->docs.n * sizeof *s->stamp);
		memset(s->dbstamp, 0, s->ndbs * sizeof *s->dbstamp);
		s->epoch = 1;
	}
	s->touched.n = 0;
}

/* Dense: the nearest vectors of every (filtered) database. A query that
 * cannot be embedded (a remote embedder down) is ranked by BM25 alone. */
static int dense_scores(sx_search *s, const char *query, qrun *r, sx_error *err)
{
	float *vec = NULL, *scores = NULL;
	int64_t *labels = NULL;
	bool dense_ok;
	size_t i, j;
	int rc = 0;

	if (!(vec = malloc((size_t)(s->dim ? s->dim : 1) * sizeof *vec)) ||
	    !(labels = malloc((size_t)s->p.candidates * sizeof *labels)) ||
	    !(scores = malloc((size_t)s->p.candidates * sizeof *scores))) {
		rc = query_oom(err);
		goto done;
	}
	if ((rc = query_vector(s, query, r->q, r->nq, vec, &dense_ok, err)))
		goto done;
	for (i = 0; i < s->ndbs && dense_ok; i++) {
		dbx *x = &s->dbs[i];
		size_t kk = (size_t)s->p.candidates < x->n ? (size_t)s->p.candidates : x->n;
		if (!x->fx || !kk || (r->o->database && strcmp(x->db->name, r->o->database) != 0))
			continue;
		sx_fidx_set_ef_search(x->fx, sx__search_ef(s, x->n, kk));
		if (sx_fidx_search(x->fx, 1, vec, kk, scores, labels)) {
			rc = sx_error_set(err, SX_ERROR, "search in '%s' failed: %s", x->db->name,
					  sx_fidx_last_error());
			goto done;
		}
		for (j = 0; j < kk; j++) {
			uint32_t d;
			if (labels[j] < 0 || (size_t)labels[j] >= x->n || scores[j] <= 0)
				continue;
			d = (uint32_t)(x->first + (size_t)labels[j]);
			touch(s, d);
			s->dense[d] = scores[j];
			if (scores[j] > r->max_dense)
				r->max_dense = scores[j];
		}
	}
done:
	free(vec);
	free(labels);
	free(scores);
	return rc;
}

/* BM25 over the same terms, with the query's IDF masses on the way; each
 * term's IDF no higher than idf_cap of a one-table term's: a word only one
 * table holds, often in its column names alone (paid_by_patient,
 * paid_patient_copay for "patient"), otherwise outweighs every other word
 * of the question. The vectors keep the plain IDF. */
static void bm25_scores(sx_search *s, qrun *r)
{
	size_t i, j;
	float cap = idf_cap_of(s);
	for (i = 0; i < r->nq; i++) {
		term_ent *te;
		float qw;
		if (r->q[i].id < 0)
			continue;
		te = &s->terms.v[r->q[i].id];
		qw = r->q[i].w * fminf(te->idf, cap);
		/* A related word stands in for a query word: it can earn
		 * coverage, but a table lacking it misses nothing. */
		if (r->q[i].origin != SX_TERM_THESAURUS)
			r->total_idf += r->q[i].w * te->dbidf;
		for (j = 0; j < te->post.n; j++) {
			const posting *p = &te->post.v[j];
			float norm = s->p.k1 *
				     (1 - s->p.b + s->p.b * s->docs.v[p->doc].len / s->avg_len);
			float tf = fabsf(p->tf); /* < 0: glued_view_bm25 */
			touch(s, p->doc);
			s->bm[p->doc] += qw * tf * (s->p.k1 + 1) / (tf + norm);
			s->coord[p->doc] += qw;
		}
		if (r->q[i].origin != SX_TERM_THESAURUS)
			r->total_tidf += qw;
	}
	for (i = 0; i < s->touched.n; i++)
		if (s->bm[s->touched.v[i]] > r->max_bm)
			r->max_bm = s->bm[s->touched.v[i]];
}

/* Adds w to database db's coverage of this query. */
static void add_cover(sx_search *s, uint32_t db, float w)
{
	if (s->dbstamp[db] != s->epoch) {
		s->dbstamp[db] = s->epoch;
		s->dbcov[db] = 0;
	}
	s->dbcov[db] += w;
}

/* Database coverage: the share of the query's IDF mass that some table
 * of the database holds. Postings are in document order and a
 * database's documents are contiguous, so each database shows up as
 * one run per term. A database whose glued names alone hold a term
 * (build_glued_cover) earns glued_cover of its share. */
static void db_coverage(sx_search *s, const qrun *r)
{
	size_t i, j;
	for (i = 0; i < r->nq; i++) {
		term_ent *te;
		size_t run;
		if (r->q[i].id < 0)
			continue;
		te = &s->terms.v[r->q[i].id];
		for (j = 0; j < te->post.n; j = run) {
			uint32_t db = s->docs.v[te->post.v[j].doc].db;
			bool held = false;
			for (run = j; run < te->post.n && s->docs.v[te->post.v[run].doc].db == db; run++)
				held |= te->post.v[run].tf > 0 || te->gonly; /* < 0: glued_view_bm25 */
			if (held)
				add_cover(s, db, r->q[i].w * te->dbidf);
		}
		for (j = 0; j < te->gdbs.n; j++)
			add_cover(s, te->gdbs.v[j], s->p.glued_cover * r->q[i].w * te->dbidf);
	}
}

/* A table name with each glued lowercase run split into its words
 * (split_glued: "productsubcategory" -> "product subcategory"), into out;
 * false when no run splits (out is then unused). PostgreSQL folds an
 * unquoted CamelCase name to such a run, and the analyser reads it as one
 * word that no question says. */
static bool unglue_name(const sx_search *s, const char *name, char *out, size_t on)
{
	char run[MAX_GLUED + 1], parts[2 * MAX_GLUED + 2];
	const char *p = name;
	size_t o = 0;
	bool split = false;
	if (!s->thes)
		return false;
	while (*p) {
		const char *start = p;
		size_t n, k;
		while (*p >= 'a' && *p <= 'z')
			p++;
		n = (size_t)(p - start);
		/* a run that starts after a capital belongs to a camelCase word */
		if (n && n <= MAX_GLUED &&
		    !(start > name && start[-1] >= 'A' && start[-1] <= 'Z')) {
			memcpy(run, start, n);
			run[n] = '\0';
			k = split_glued(s->thes, run, n, parts, sizeof parts, 0);
		} else
			k = 0;
		if (k) {
			size_t len = strlen(parts);
			if (o + len + 1 >= on)
				return false;
			memcpy(out + o, parts, len);
			o += len;
			split = true;
		} else {
			if (!n) { /* a character outside a run, copied */
				p++;
				n = 1;
			}
			if (o + n + 1 >= on)
				return false;
			memcpy(out + o, p - n, n);
			o += n;
		}
	}
	out[o] = '\0';
	return split;
}

/* The terms of x's table name, once: the analyser's terms of the name
 * (its glued runs split, with [search] name_glued), each with its
 * vocabulary id (-1: no document holds it). */
static void name_terms(sx_search *s, doc *x)
{
	sx_error e;
	size_t i, n;
	char unglued[4 * MAX_GLUED + 8];
	const char *name = x->t->name;
	x->named = true;
	sx_terms_clear(&s->name_tmp);
	if (s->p.name_glued > 0 && unglue_name(s, name, unglued, sizeof unglued)) {
		name = unglued;
		x->glued = true;
	}
	if (sx_analyze(s->an, name, strlen(name), 1.0f, &s->name_tmp, &e))
		return; /* out of memory: no name match for this table */
	n = s->name_tmp.n < UINT16_MAX ? s->name_tmp.n : UINT16_MAX;
	x->nid = sx_arena_alloc(s->arena, (n ? n : 1) * sizeof *x->nid);
	x->nw = sx_arena_alloc(s->arena, (n ? n : 1) * sizeof *x->nw);
	x->ngrp = sx_arena_alloc(s->arena, (n ? n : 1) * sizeof *x->ngrp);
	if (!x->nid || !x->nw || !x->ngrp)
		return;
	for (i = 0; i < n; i++) {
		const sx_term *t = &s->name_tmp.v[i];
		void *v = sx_hmap_get(s->vocab, t->term);
		size_t g;
		x->nid[i] = v ? (int32_t)((uintptr_t)v - 1) : -1;
		x->nw[i] = t->weight;
		/* the word a term came from: terms of one word (its stem, its
		 * synonym) share a group, so that "every word said" can be told */
		x->ngrp[i] = 255;
		if (t->origin == SX_TERM_PHRASE)
			continue;
		for (g = 0; g < i; g++)
			if (x->ngrp[g] != 255 && strcmp(s->name_tmp.v[g].surface, t->surface) == 0)
				break;
		x->ngrp[i] = g < i ? x->ngrp[g] : (uint8_t)(i < 31 ? i : 31);
	}
	x->nname = (uint16_t)n;
}

/* Name match: the share of the table name's term weight that the query
 * holds (1: the question says the table's name, in some inflection
 * or synonym). A thesaurus or typo term counts at half; the expansion
 * of a question's short word (app: application), a guess made for column
 * names, counts name_abbrev.
 * *said_word (when not NULL) is set when a query word itself says one word
 * of the name. */
static float name_match(sx_search *s, const qrun *r, doc *x, bool *said_word)
{
	float have = 0, all = 0;
	uint32_t words = 0;
	const char *by[32] = {0}; /* per word of the name: the query word that said it */
	size_t i, j, nby = 0;
	if (!x->named)
		name_terms(s, x);
	for (i = 0; i < x->nname; i++) {
		float got = 0;
		const char *from = NULL;
		/* a glued name's phrase terms (product+model) are in no
		 * document, which holds the glued word instead */
		if (x->glued && x->ngrp[i] == 255)
			continue;
		all += x->nw[i];
		if (x->ngrp[i] != 255)
			words |= 1u << x->ngrp[i];
		if (x->nid[i] < 0)
			continue;
		for (j = 0; j < r->nq; j++)
			if (r->q[j].id == x->nid[i]) {
				float c = r->q[j].origin == SX_TERM_THESAURUS ||
				                  r->q[j].origin == SX_TERM_FUZZY
				              ? 0.5f
				          : r->q[j].origin == SX_TERM_ABBREV ? s->p.name_abbrev
				                                             : 1.0f;
				/* on a tie, the query word that says this word
				 * itself (not through a synonym) said it */
				if (c > got || (c == got && r->q[j].origin == SX_TERM_WORD)) {
					got = c;
					from = r->q[j].surface;
				}
			}
		have += got * x->nw[i];
		if (said_word && got >= 1 && x->ngrp[i] != 255)
			*said_word = true;
		if (got > 0 && x->ngrp[i] != 255 && !by[x->ngrp[i]])
			by[x->ngrp[i]] = from ? from : "";
	}
	if (x->glued) {
		/* A glued name's words are read by a guess: one of them alone
		 * ("history" of transactionhistory) is weak evidence, so the
		 * query must say more than name_glued_words of them, each by a
		 * word of its own ("purchase" alone says purchase and, through
		 * its synonym, order: one word of purchaseorderdetail). */
		size_t g, k;
		for (g = 0; g < 32; g++) {
			if (!by[g])
				continue;
			for (k = 0; k < g; k++)
				if (by[k] && strcmp(by[k], by[g]) == 0)
					break;
			nby += k == g;
		}
		if (s->p.name_glued_words > 0 &&
		    (float)nby <= s->p.name_glued_words * (float)__builtin_popcount(words))
			return 0;
		have *= s->p.name_glued > 1 ? 1 : s->p.name_glued;
	}
	return all > 0 ? have / all : 0;
}

/* Fusion of the dense and BM25 lists into r->fused[i], for touched[i],
 * and the same as candidates in r->c. */
static int fuse(sx_search *s, qrun *r, sx_error *err)
{
	size_t i, k = s->touched.n;
	float *rank_d = NULL, *rank_b = NULL;
	int rc = 0;

	r->nfused = k;
	if (!(r->fused = malloc((k + 1) * sizeof *r->fused)) ||
	    !(r->c = malloc((k + 1) * sizeof *r->c)) ||
	    !(rank_d = malloc((k + 1) * sizeof *rank_d)) ||
	    !(rank_b = malloc((k + 1) * sizeof *rank_b))) {
		rc = query_oom(err);
		goto done;
	}
	if (s->p.rrf) {
		/* Reciprocal rank fusion (k = 60): ranks, not magnitudes; scaled
		 * so that a first place in both lists scores about 1. */
		ranks_of(s, s->dense, rank_d, r->c);
		ranks_of(s, s->bm, rank_b, r->c);
		for (i = 0; i < k; i++)
			r->fused[i] = 30.5f * ((rank_d[i] > 0 ? 1.0f / (60 + rank_d[i]) : 0) +
					       (rank_b[i] > 0 ? 1.0f / (60 + rank_b[i]) : 0));
	} else {
		float wd = r->max_dense > 0 ? s->p.dense_weight : 0;
		float wb = r->max_bm > 0 ? 1 - s->p.dense_weight : 0;
		float sum = wd + wb;
		for (i = 0; i < k; i++) {
			uint32_t d = s->touched.v[i];
			r->fused[i] = sum <= 0 ? 0
					       : ((wd > 0 ? wd * s->dense[d] / r->max_dense : 0) +
						  (wb > 0 ? wb * s->bm[d] / r->max_bm : 0)) /
							 sum;
		}
	}
	/* Name match, before the FK closure so that the named table's
	 * neighbours inherit the raised score (applied after it, the boost
	 * measured lower on multi-table questions). */
	if (s->p.name_boost > 0)
		for (i = 0; i < k; i++)
			if (s->bm[s->touched.v[i]] > 0)
				r->fused[i] *=
				    1 +
				    s->p.name_boost * name_match(s, r, &s->docs.v[s->touched.v[i]], NULL);
	if (r->colbest)
		for (i = 0; i < k; i++)
			r->fused[i] *= 1 + s->p.column_best * r->colbest[s->touched.v[i]];
	for (i = 0; i < k; i++)
		r->c[i] = (cand){s->touched.v[i], r->fused[i]};
done:
	free(rank_d);
	free(rank_b);
	return rc;
}

/* FK closure: tables joined to strong hits inherit part of their score. */
static void fk_closure(sx_search *s, qrun *r)
{
	size_t top = select_top(r->c, r->nfused, FK_TOP), i;
	for (i = 0; i < top; i++) {
		const doc *h = &s->docs.v[r->c[i].doc];
		uint32_t m;
		if (r->c[i].score <= 0)
			break;
		/* only real hits pass score on, not vector noise */
		if (s->bm[r->c[i].doc] <= 0 && s->dense[r->c[i].doc] < s->p.min_dense)
			continue;
		for (m = 0; m < h->nnb; m++) {
			uint32_t nb = h->nb[m];
			float inh = r->c[i].score * h->nbw[m];
			touch(s, nb);
			if (s->stamp[nb] == s->epoch && inh > s->boost[nb])
				s->boost[nb] = inh;
		}
	}
}

/* An alias view never outranks its base table: when both are candidates,
 * the base takes the better of the two scores and the view, if it was
 * ahead, comes right after it. A view whose base is not a candidate
 * (filtered out, or sharing no query term) keeps its own score. */
static size_t rank_aliases(sx_search *s, cand *all, size_t n)
{
	size_t i, j;
	for (i = 0; i < n; i++)
		s->slot[all[i].doc] = -1;
	for (i = 0; i < n; i++)
		if (s->docs.v[all[i].doc].alias_of >= 0)
			s->slot[all[i].doc] = (int32_t)i;
	for (i = 0; i < n; i++) {
		int32_t b = s->docs.v[all[i].doc].alias_of;
		if (b < 0 || s->stamp[b] != s->epoch)
			continue;
		s->slot[b] = -2; /* mark the bases that are candidates */
	}
	for (i = 0; i < n; i++)
		if (s->slot[all[i].doc] == -2)
			s->slot[all[i].doc] = (int32_t)i;
	for (i = 0; i < n; i++) {
		int32_t b = s->docs.v[all[i].doc].alias_of, bi;
		if (b < 0 || s->stamp[b] != s->epoch || (bi = s->slot[b]) < 0 ||
		    all[bi].doc != (uint32_t)b || all[i].score < all[bi].score)
			continue;
		all[bi].score = all[i].score;
		all[i].score *= 1 - 1e-6f;
	}
	if (s->p.alias_views != 2)
		return n;
	/* folded: a view whose base is a candidate leaves the list (marked
	 * first, then dropped, so that the places in slot stay true) */
	for (i = 0; i < n; i++) {
		int32_t b = s->docs.v[all[i].doc].alias_of;
		if (b >= 0 && s->stamp[b] == s->epoch && s->slot[b] >= 0 &&
		    all[s->slot[b]].doc == (uint32_t)b)
			all[i].score = -1;
	}
	for (i = j = 0; i < n; i++)
		if (all[i].score >= 0)
			all[j++] = all[i];
	return j;
}

/* A look-up table: few columns, its name ending in a word for kinds
 * (address_type, OrderStatus, productcategory, ticket_kinds). */
#define LOOKUP_MAX_COLUMNS 4
static bool is_lookup(const sx_table *t)
{
	static const char *const ends[] = {"type",	 "types",    "status", "statuses",
					   "category", "categories", "kind",   "kinds",
					   "class",    "classes"};
	size_t n = strlen(t->name), i, k;
	if (t->ncols == 0 || t->ncols > LOOKUP_MAX_COLUMNS)
		return false;
	for (i = 0; i < sizeof ends / sizeof *ends; i++) {
		k = strlen(ends[i]);
		if (n > k && strcasecmp(t->name + n - k, ends[i]) == 0)
			return true;
	}
	return false;
}

/* Whether the question asks for the kinds themselves: one of its own words
 * says type, kind, category, status or class (тип, вид, категория, ...). */
static bool asks_kinds(const qrun *r)
{
	static const char *const pre[] = {"type", "kind",   "categor", "status", "class",
					  "тип",  "вид",    "категор", "статус", "класс",
					  "Тип",  "Вид",    "Категор", "Статус", "Класс",
					  "разновидн"};
	size_t m, i;
	for (m = 0; m < r->nq; m++) {
		const qterm *q = &r->q[m];
		if (q->origin != SX_TERM_WORD)
			continue;
		for (i = 0; i < sizeof pre / sizeof *pre; i++)
			if ((q->surface && strncasecmp(q->surface, pre[i], strlen(pre[i])) == 0) ||
			    (q->term && strncasecmp(q->term, pre[i], strlen(pre[i])) == 0))
				return true;
	}
	return false;
}

/* Whether t declares a foreign key to ref. */
static bool references(const sx_table *t, const sx_table *ref)
{
	size_t i;
	for (i = 0; i < t->nfks; i++) {
		const sx_fk *fk = &t->fks[i];
		sx_schema *sch = t->schema;
		if (fk->ref_schema)
			sch = sx_database_find_schema(t->schema->db, fk->ref_schema);
		if (sch && sx_schema_find_table(sch, fk->ref_table) == ref)
			return true;
	}
	return false;
}

/* A look-up table that a matching candidate references goes right after
 * it: "business entity contacts" wants BusinessEntityContact, not the
 * ContactType it points to, unless the question asks for the kinds. The
 * referencing table must share a query term and score at least
 * lookup_demote of the look-up's score. */
static void demote_lookups(sx_search *s, const qrun *r, cand *all, size_t n)
{
	size_t i, m;
	bool kinds;
	if (s->p.lookup_demote <= 0)
		return;
	/* a question for the kinds puts the look-up right before the
	 * referencing table instead ("term classes ...": concept_class
	 * before the concept table that holds each concept's class) */
	kinds = asks_kinds(r);
	if (kinds && s->p.lookup_promote <= 0)
		return;
	for (i = 0; i < n; i++)
		s->slot[all[i].doc] = (int32_t)i;
	for (i = 0; i < n; i++) {
		const doc *x = &s->docs.v[all[i].doc];
		float best = 0;
		if (!is_lookup(x->t))
			continue;
		for (m = 0; m < x->nnb; m++) {
			uint32_t nb = x->nb[m];
			int32_t k;
			if (s->stamp[nb] != s->epoch || (k = s->slot[nb]) < 0 || (size_t)k >= n ||
			    all[k].doc != nb || s->bm[nb] <= 0 || all[k].score <= best ||
			    (kinds ? all[i].score < s->p.lookup_promote * all[k].score
				   : all[k].score < s->p.lookup_demote * all[i].score) ||
			    !references(s->docs.v[nb].t, x->t))
				continue;
			/* kinds of a thing the question names by a word of its
			 * name ("transactions with type code SALE", "incidents
			 * with incident type code NOISE" for behavior_incident)
			 * filter it: it stays first */
			if (kinds) {
				bool named = false;
				name_match(s, r, &s->docs.v[nb], &named);
				if (named)
					continue;
			}
			best = all[k].score;
		}
		if (kinds ? best > all[i].score : best > 0 && best < all[i].score)
			all[i].score = best * (kinds ? 1 + 1e-4f : 1 - 1e-4f);
	}
}

/* The words that say now (prefixes): current, latest, live, today,
 * текущий, актуальный, сейчас. */
static const char *const now_words[] = {"current", "latest",   "live",     "now",
					"today",   "текущ",    "Текущ",    "актуальн",
					"Актуальн", "сейчас",  "Сейчас",   "сегодня",
					"Сегодня"};

/* Whether one of the question's own words begins with one of pre[]
 * (whole: is one of them). */
static bool says_prefix(const qrun *r, const char *const *pre, size_t npre, bool whole)
{
	size_t m, i;
	for (m = 0; m < r->nq; m++) {
		const qterm *q = &r->q[m];
		if (q->origin != SX_TERM_WORD || !q->surface)
			continue;
		for (i = 0; i < npre; i++)
			if (whole ? strcasecmp(q->surface, pre[i]) == 0
				  : strncasecmp(q->surface, pre[i], strlen(pre[i])) == 0)
				return true;
	}
	return false;
}

/* Whether the question asks for a view by that word, or by what a view
 * does to its base tables: flattens or denormalizes them into one wide
 * row (a flattened contact list is a view that joins the person to its
 * phone, email and address), or by what it is to its reader: a
 * ready-made list (готовый список). */
static bool asks_view(const qrun *r)
{
	static const char *const view[] = {"view", "views", "flattened", "flatten", "flattens"};
	static const char *const pre[] = {"представлени", "Представлени", "denormali",
					  "денормализ", "Денормализ"};
	/* готовый список: a ready-made list, the adjective's full forms
	 * only (not готовность, readiness, nor the short готов) */
	static const char *const ready[] = {"готовый",  "готовая",  "готовое",  "готовые",
					    "готового", "готовой",  "готовому", "готовым",
					    "готовом",  "готовую",  "готовых",  "готовыми",
					    "Готовый",  "Готовая",  "Готовое",  "Готовые"};
	return says_prefix(r, view, sizeof view / sizeof *view, true) ||
	       says_prefix(r, pre, sizeof pre / sizeof *pre, false) ||
	       says_prefix(r, ready, sizeof ready / sizeof *ready, true);
}

/* Whether word w (len bytes) is one of set[] (whole) or begins with one
 * of them; ASCII letters folded, Russian listed in both cases. */
static bool word_in(const unsigned char *w, size_t len, const char *const *set, size_t nset,
		    bool whole)
{
	size_t i;
	for (i = 0; i < nset; i++) {
		size_t k = strlen(set[i]);
		if (k <= len && (!whole || k == len) && strncasecmp((const char *)w, set[i], k) == 0)
			return true;
	}
	return false;
}

/* The next word of the text at *pp (ASCII letters and digits, or any
 * non-ASCII byte, after the ASCII letters and signs before it), its length
 * in *len; NULL at the end. */
static const unsigned char *next_word(const unsigned char **pp, size_t *len)
{
	const unsigned char *p = *pp, *w;
	while (*p && !isalpha(*p) && *p < 0x80)
		p++;
	for (w = p; *p && (isalnum(*p) || *p >= 0x80); p++)
		;
	*pp = p;
	*len = (size_t)(p - w);
	return *len ? w : NULL;
}

/* Whether the question asks for what a view gives its reader rather than
 * by the word: the rows already joined and flattened into one list or one
 * row ("one flat list", "in one row per person", "одной плоской
 * таблицей", "одним списком", "одной строкой"), or computed in advance
 * ("precomputed", "prejoined", предрассчитанный). A flat fee, rate or
 * price is a charge and a flat file an export, not a view; "one row per
 * remark" describes a table's grain, so "one row" counts only after in,
 * as, into (a reader asking for the row to be assembled). At level 2
 * also "ready" (ready to export, a ready view) and an XML document parsed,
 * pulled, extracted or shredded out into columns: what a view over an XML
 * column does. */
static bool text_says(const char *q, const char *const *pre, size_t npre, bool whole);

static bool asks_flat(const char *q, int level)
{
	static const char *const ready[] = {"ready", "readymade"};
	static const char *const parsed[] = {"parsed", "pulled", "extracted", "shredded"};
	static const char *const xml[] = {"xml"};
	static const char *const pre[] = {"precomput",   "pre-comput", "precalcul",  "pre-calcul",
					  "prejoin",     "pre-join",   "плоск",      "Плоск",
					  "предрасч",    "Предрасч",   "предвычисл", "Предвычисл"};
	static const char *const charge[] = {"fee",    "fees",   "rate", "rates",  "price",
					     "prices", "amount", "tax",  "charge", "charges",
					     "cost",   "file",   "files"};
	static const char *const one[] = {"one", "single", "одним", "одной", "Одним", "Одной"};
	static const char *const whole[] = {"list", "row", "списком", "строкой", "таблицей", "списке"};
	static const char *const into[] = {"in", "as", "into"};
	const unsigned char *p = (const unsigned char *)q;
	const unsigned char *w0 = NULL, *w1 = NULL; /* the two words before */
	if (level >= 2 && (text_says(q, ready, 2, true) ||
			   (text_says(q, parsed, 4, true) && text_says(q, xml, 1, true))))
		return true;
	size_t l0 = 0, l1 = 0;
	bool flat = false; /* the word before was flat */
	const unsigned char *w;
	size_t len;
	while ((w = next_word(&p, &len))) {
		if (flat && !word_in(w, len, charge, sizeof charge / sizeof *charge, true))
			return true;
		flat = len == 4 && strncasecmp((const char *)w, "flat", 4) == 0;
		if (word_in(w, len, pre, sizeof pre / sizeof *pre, false))
			return true;
		/* one list, одним списком; one row only after in / as */
		if (w1 && word_in(w1, l1, one, sizeof one / sizeof *one, true) &&
		    word_in(w, len, whole, sizeof whole / sizeof *whole, true) &&
		    (*w1 >= 0x80 || (len == 4 && strncasecmp((const char *)w, "list", 4) == 0) ||
		     (w0 && word_in(w0, l0, into, sizeof into / sizeof *into, true))))
			return true;
		w0 = w1;
		l0 = l1;
		w1 = w;
		l1 = len;
	}
	return flat; /* "flat" the last word */
}

/* Whether the question asks for a materialized view by that word: only
 * such a view is kept, and refreshed, as a stored snapshot. */
static bool asks_matview(const qrun *r)
{
	static const char *const mat[] = {"materializ", "materialis", "материализ", "Материализ"};
	return says_prefix(r, mat, sizeof mat / sizeof *mat, false);
}

/* Whether h keeps the history of c: c's name with a history word after
 * it (artist_versions, SalesTerritoryHistory, TransactionHistoryArchive),
 * or c is h's name with "current" before it (current_relation_tags).
 * With part, one word may stand between them when h is glued
 * (EmployeePayHistory of Employee, SalesPersonQuotaHistory of
 * SalesPerson: the history of one of the table's attributes); a word
 * between underscores names a table of its own (artist_commentary_versions
 * is not the history of artists). */
static bool history_of(const char *h, const char *c, bool part)
{
	static const char *const ends[] = {"versions",  "version",  "history", "histories",
	                                   "archive",   "archives", "revisions", "log",
	                                   "logs",      "changes"};
	size_t lc = strlen(c), i, lh;
	if (strncasecmp(c, "current", 7) == 0 && strcasecmp(c + 7 + (c[7] == '_'), h) == 0)
		return true;
	/* the table's name in the plural, its history's in the singular
	 * (artists, artist_versions) */
	if (strncasecmp(h, c, lc) != 0 &&
	    !(lc > 1 && tolower((unsigned char)c[lc - 1]) == 's' && strncasecmp(h, c, --lc) == 0))
		return false;
	h += lc + (h[lc] == '_');
	for (i = 0; i < sizeof ends / sizeof *ends; i++)
		if (strcasecmp(h, ends[i]) == 0)
			return true;
	if (!part || lc < 4 || strchr(h, '_'))
		return false;
	/* glued: a word of three letters or more, then "history" */
	lh = strlen(h);
	return lh >= 3 + 7 && strcasecmp(h + lh - 7, "history") == 0;
}

/* Whether one of pre[] (a prefix, or whole) begins a word of q that a
 * negation comes just before (negated) or that none does (not, no,
 * without, не, без, ..., or one of them and one word between: "not their
 * history", "без всей истории"). Case-folded in ASCII only, as
 * text_says (the Russian forms come capitalised too). */
static bool text_says_negated(const char *q, const char *const *pre, size_t npre, bool whole,
                              bool negated)
{
	static const char *const neg[] = {"not", "no", "non", "without", "excluding", "except",
	                                  "не", "Не", "без", "Без", "кроме", "Кроме"};
	const unsigned char *p = (const unsigned char *)q;
	size_t since = 3; /* words since the last negation */
	const unsigned char *w;
	size_t len;
	while ((w = next_word(&p, &len))) {
		if (word_in(w, len, pre, npre, whole) && (since <= 2) == negated)
			return true;
		since = word_in(w, len, neg, sizeof neg / sizeof *neg, true) ? 1 : since + 1;
	}
	return false;
}

/* Whether a word of a[] is followed by one of b[], with at most one
 * word between ("over time", "over the years"); whole words, ASCII
 * case-folded. */
static bool text_follows(const char *q, const char *const *a, size_t na, const char *const *b,
                         size_t nb)
{
	const unsigned char *p = (const unsigned char *)q, *w;
	size_t len, since = 3;
	while ((w = next_word(&p, &len))) {
		if (since <= 2 && word_in(w, len, b, nb, true))
			return true;
		since = word_in(w, len, a, na, true) ? 1 : since + 1;
	}
	return false;
}

/* Whether x's name says the term id by one of its words (its own term,
 * not a synonym's at a lower weight); only: its name is that one word. */
static bool names_term(const doc *x, long id, bool only)
{
	size_t k;
	bool has = false;
	for (k = 0; k < x->nname; k++) {
		if (x->ngrp[k] == 255)
			continue;
		if (x->nid[k] == id && x->nw[k] >= 1)
			has = true;
		else if (only && x->ngrp[k] != x->ngrp[0])
			return false;
	}
	return has;
}

static uint64_t words_held(const qrun *r, const doc *x);

/* Whether the question says a word of x's name other than the terms a
 * and b (a query term, any origin, with a name term's id). */
static bool says_other_name_word(const qrun *r, const doc *x, long a, long b)
{
	size_t k, m;
	for (k = 0; k < x->nname; k++) {
		if (x->ngrp[k] == 255 || x->nid[k] < 0 || x->nid[k] == a || x->nid[k] == b)
			continue;
		for (m = 0; m < r->nq; m++)
			if (r->q[m].id == x->nid[k] && r->q[m].origin != SX_TERM_PHRASE)
				return true;
	}
	return false;
}

/* Whether a column of x that does not say the term w->id says another
 * word of the question: evidence for x apart from the word w (a
 * member_role column says "role" only as a member's). */
static bool column_apart(sx_search *s, const qrun *r, const doc *x, const qterm *w)
{
	sx_terms t;
	sx_error e;
	size_t c, i, m;
	bool apart = false;
	sx_terms_init(&t);
	for (c = 0; c < x->t->ncols && !apart; c++) {
		const char *name = x->t->cols[c].name;
		bool has_w = false;
		sx_terms_clear(&t);
		if (sx_analyze(s->an, name, strlen(name), 1.0f, &t, &e))
			break;
		for (i = 0; i < t.n && !has_w; i++)
			has_w = strcmp(t.v[i].term, w->term) == 0;
		if (has_w)
			continue;
		for (i = 0; i < t.n && !apart; i++) {
			if (t.v[i].origin == SX_TERM_PHRASE)
				continue;
			for (m = 0; m < r->nq && !apart; m++)
				apart = r->q[m].id >= 0 && r->q[m].surface &&
				        r->q[m].origin != SX_TERM_PHRASE &&
				        strcmp(r->q[m].surface, w->surface) != 0 &&
				        strcmp(r->q[m].term, t.v[i].term) == 0;
		}
	}
	sx_terms_release(&t);
	return apart;
}

/* A word with two table meanings: "members" are a site's users, or the
 * members of an OpenStreetMap relation. The synonym set says which
 * meaning a question's word has (member: user); when the table's
 * schema has a table of that name (users) and a table named by the
 * word itself (relation_members) declares no key to it, the schema
 * uses the word in its other sense, and that table weighs other_sense
 * of its score, unless the question says another word of its name
 * ("relation members") or, with other_sense_alone, another word it
 * holds ("each member's role"). A table whose name is the word alone is
 * never weighed so. */
static void weigh_other_sense(sx_search *s, const qrun *r, cand *all, size_t n)
{
	size_t a, b, i, k;
	if (s->p.other_sense >= 1 || s->p.other_sense < 0)
		return;
	for (a = 0; a < r->nq; a++) {
		const qterm *c = &r->q[a], *w = NULL;
		if (c->origin != SX_TERM_SYNONYM || c->id < 0 || !c->surface)
			continue;
		for (b = 0; b < r->nq && !w; b++)
			if ((r->q[b].origin == SX_TERM_WORD || r->q[b].origin == SX_TERM_LEXICON) &&
			    r->q[b].id >= 0 && r->q[b].id != c->id && r->q[b].surface &&
			    strcmp(r->q[b].surface, c->surface) == 0 && !strchr(r->q[b].term, '+'))
				w = &r->q[b];
		if (!w)
			continue;
		for (i = 0; i < n; i++) {
			doc *x = &s->docs.v[all[i].doc];
			if (!x->named)
				name_terms(s, x);
			/* a table named by the word alone ("payments" for
			 * "payments") is its plain reading, never the other sense */
			if (!names_term(x, w->id, false) || names_term(x, w->id, true) || names_term(x, c->id, false) ||
			    says_other_name_word(r, x, w->id, c->id))
				continue;
			if (s->p.other_sense_alone == 1) {
				uint64_t held = words_held(r, x);
				size_t m;
				for (m = 0; m < r->nq && m < 64; m++)
					if ((held >> m & 1) && strcmp(r->q[m].surface, w->surface) != 0)
						break;
				if (m < r->nq && m < 64)
					continue;
			} else if (s->p.other_sense_alone == 2 && column_apart(s, r, x, w))
				continue;
			for (k = 0; k < n; k++) {
				doc *y = &s->docs.v[all[k].doc];
				if (k == i || y->db != x->db)
					continue;
				if (!y->named)
					name_terms(s, y);
				if (names_term(y, c->id, true))
					break;
			}
			if (k < n && !references(x->t, s->docs.v[all[k].doc].t))
				all[i].score *= s->p.other_sense;
		}
	}
}

/* Whether the question's term i is the first term of its word (a word,
 * not a phrase, whose surface no earlier term has): a word is counted
 * once, by any of its terms. */
static bool first_of_word(const qrun *r, size_t i)
{
	size_t j;
	if (!r->q[i].surface || r->q[i].origin == SX_TERM_PHRASE)
		return false;
	for (j = 0; j < i; j++)
		if (r->q[j].surface && r->q[j].origin != SX_TERM_PHRASE &&
		    strcmp(r->q[j].surface, r->q[i].surface) == 0)
			return false;
	return true;
}

/* A Russian word of several lexicon senses (смена: change or shift;
 * задание: job or task) means the one the rest of the question goes
 * with: of the candidates holding each sense, the one that holds most of
 * the question's other words (each word once, at its best term's capped
 * IDF, as word_share counts) is that sense's support. When one sense's
 * support exceeds every other's by the margin (another's at most
 * sense_margin of it), a candidate that holds another sense and not it
 * reads the word in the wrong sense and weighs sense_ctx of its score:
 * "заявки на смену ника" puts the rename requests (change, request,
 * name) before a work-shift table that holds shift and a name. */
static bool holds(const doc *x, long id, bool named)
{
	return named ? names_term(x, id, false) : doc_has(x, (uint32_t)id);
}

static float other_words_held(const sx_search *s, const qrun *r, const doc *x, const char *w,
			      bool named)
{
	float cap = idf_cap_of(s), have = 0;
	size_t i, j;
	for (i = 0; i < r->nq; i++) {
		float held = 0;
		if (!first_of_word(r, i) || strcmp(r->q[i].surface, w) == 0)
			continue;
		for (j = i; j < r->nq; j++)
			if (r->q[j].id >= 0 && r->q[j].surface && r->q[j].origin != SX_TERM_PHRASE &&
			    strcmp(r->q[j].surface, r->q[i].surface) == 0 && holds(x, r->q[j].id, named))
				held = fmaxf(held, fminf(s->terms.v[r->q[j].id].idf, cap));
		have += held;
	}
	return have;
}

#define MAX_SENSES 8
static void weigh_senses(sx_search *s, const qrun *r, cand *all, size_t n)
{
	size_t a, b, i, k;
	bool named = s->p.sense_named > 0;
	if (s->p.sense_ctx >= 1 || s->p.sense_ctx < 0)
		return;
	for (a = 0; a < r->nq; a++) {
		long id[MAX_SENSES];
		float sup[MAX_SENSES];
		size_t ns = 0, best = 0;
		bool first = true, clear = true;
		const char *w = r->q[a].surface;
		if (r->q[a].origin != SX_TERM_LEXICON || !w)
			continue;
		for (b = 0; b < a && first; b++)
			first = !(r->q[b].origin == SX_TERM_LEXICON && r->q[b].surface &&
				  strcmp(r->q[b].surface, w) == 0);
		if (!first)
			continue; /* the word's senses were weighed at its first */
		for (b = a; b < r->nq && ns < MAX_SENSES; b++)
			if (r->q[b].origin == SX_TERM_LEXICON && r->q[b].id >= 0 && r->q[b].surface &&
			    strcmp(r->q[b].surface, w) == 0 && !strchr(r->q[b].term, '+')) {
				for (k = 0; k < ns && id[k] != r->q[b].id; k++)
					;
				if (k == ns)
					id[ns++] = r->q[b].id;
			}
		if (ns < 2)
			continue;
		for (k = 0; k < ns; k++) {
			sup[k] = 0;
			for (i = 0; i < n; i++) {
				doc *x = &s->docs.v[all[i].doc];
				if (!x->named)
					name_terms(s, x);
				if (holds(x, id[k], named))
					sup[k] = fmaxf(sup[k], other_words_held(s, r, x, w, named));
			}
			if (sup[k] > sup[best])
				best = k;
		}
		if (sup[best] <= 0)
			continue;
		for (k = 0; k < ns && clear; k++)
			clear = k == best || sup[k] <= s->p.sense_margin * sup[best];
		if (!clear)
			continue;
		for (i = 0; i < n; i++) {
			const doc *x = &s->docs.v[all[i].doc];
			if (doc_has(x, (uint32_t)id[best]))
				continue;
			for (k = 0; k < ns && (k == best || !holds(x, id[k], named)); k++)
				;
			/* a table that holds the question's other words itself
			 * (danbooru's bans: the user, the reason) reads the word
			 * as well in its own sense (ban beside block) */
			if (k < ns && named &&
			    other_words_held(s, r, x, w, false) > s->p.sense_margin * sup[best])
				continue;
			if (k < ns)
				all[i].score *= s->p.sense_ctx;
		}
	}
}

/* A table and its history look alike: a question that says history
 * (revision, audit, previous, ...) puts the history right before the
 * table, one that says now (current, latest, live) and no history word
 * the table before its history, each when it scores at least
 * history_promote of the other. A history word right after a negation
 * ("as they stand now, not their history") rules the history out: with
 * [search] history_negation on, such a question says no history
 * whatever other history word it holds (its latest version), and a now
 * word puts the table first. */
static void promote_history(sx_search *s, const qrun *r, cand *all, size_t n)
{
	static const char *const past[] = {"histor", "revisi", "audit",  "archiv", "previous",
	                                   "former", "versio", "истор",  "Истор",  "архив",
	                                   "Архив",  "верси",  "Верси",  "прежн",  "Прежн",
	                                   "журнал", "Журнал", "изменен", "Изменен"};
	/* whole words: a log, not a login */
	static const char *const past_whole[] = {"log", "logs", "logged", "changes", "changed",
	                                         "changelog"};
	/* how a thing changed: "как менялась цена", "изменялась", "раньше" */
	static const char *const changed[] = {"менял",  "Менял",  "изменял", "Изменял",
	                                      "изменил", "Изменил", "раньше",  "Раньше"};
	static const char *const over[] = {"over"}, *const time[] = {"time", "years"};
	size_t i, k;
	int want; /* 1: the history first, -1: the current table first */
	bool no_past;
	if (s->p.history_promote <= 0)
		return;
	/* "not their history": the question rules the history out, whatever
	 * other history word it says ("their latest version") */
	no_past = s->p.history_negation && r->text &&
	          (text_says_negated(r->text, past, sizeof past / sizeof *past, false, true) ||
	           text_says_negated(r->text, past_whole, sizeof past_whole / sizeof *past_whole,
	                             true, true));
	want = !no_past && (says_prefix(r, past, sizeof past / sizeof *past, false) ||
	                    says_prefix(r, past_whole, sizeof past_whole / sizeof *past_whole, true) ||
	                    (s->p.history_part &&
	                     (says_prefix(r, changed, sizeof changed / sizeof *changed, false) ||
	                      (r->text && text_follows(r->text, over, 1, time, 2)))))
	           ? 1
	       : says_prefix(r, now_words, sizeof now_words / sizeof *now_words, false) ? -1
	                                                       : 0;
	if (!want)
		return;
	for (i = 0; i < n; i++) {
		const doc *x = &s->docs.v[all[i].doc];
		for (k = 0; k < n; k++) {
			const doc *y = &s->docs.v[all[k].doc];
			cand *lo, *hi;
			if (k == i || y->db != x->db ||
			    !history_of(x->t->name, y->t->name, s->p.history_part))
				continue;
			/* x is y's history: lo should go first */
			lo = want > 0 ? &all[i] : &all[k];
			hi = want > 0 ? &all[k] : &all[i];
			if (lo->score < hi->score && lo->score >= s->p.history_promote * hi->score)
				lo->score = hi->score * (1 + 1e-4f);
		}
	}
}

/* A now word (current, сейчас) right after a negation ("not only the
 * current one", "а не только текущих") rules the current form out, as
 * history_negation rules the history out: the question asks for what is
 * not current, so the word names nothing it wants. Its terms, and those
 * it reached (a synonym, the dictionary's current), weigh now_weight of
 * their weight. English in whole words (a liver is not live), Russian by
 * its stems. */
static void weigh_now_terms(const sx_search *s, qrun *r)
{
	static const char *const en[] = {"current", "currently", "latest", "live",    "now",
					 "nowadays", "today",    "presently"};
	static const char *const ru[] = {"текущ",    "Текущ",  "актуальн", "Актуальн",
					 "сейчас",   "Сейчас", "сегодня",  "Сегодня",
					 "нынешн",   "Нынешн"};
	static const char *const neg[] = {"not", "no", "non", "without", "excluding", "except",
					  "не", "Не", "без", "Без", "кроме", "Кроме"};
	const unsigned char *p = (const unsigned char *)r->text, *w;
	size_t i, k, len, since = 4; /* words since the last negation */
	bool negated = false;
	if (s->p.now_weight == 1 || !p)
		return;
	/* up to two words between: "not only the current one" */
	while (!negated && (w = next_word(&p, &len))) {
		negated = since <= 3 && (word_in(w, len, en, sizeof en / sizeof *en, true) ||
					 word_in(w, len, ru, sizeof ru / sizeof *ru, false));
		since = word_in(w, len, neg, sizeof neg / sizeof *neg, true) ? 1 : since + 1;
	}
	if (!negated)
		return;
	for (i = 0; i < r->nq; i++) {
		const char *sw = r->q[i].surface;
		bool now = false;
		if (!sw || r->q[i].origin == SX_TERM_PHRASE)
			continue;
		for (k = 0; k < sizeof en / sizeof *en && !now; k++)
			now = strcasecmp(sw, en[k]) == 0;
		for (k = 0; k < sizeof ru / sizeof *ru && !now; k++)
			now = strncmp(sw, ru[k], strlen(ru[k])) == 0;
		if (now)
			r->q[i].w *= s->p.now_weight;
	}
}

/* Final scores over every touched document (the closure may have added
 * some), filtered; *all (the caller frees it) gets the best r->o->k
 * first, *n how many it holds. */
/* The share of the question's distinct words that x holds: each word
 * (its surface) weighs its best term's capped IDF and counts once
 * however many of its terms (stem, lexicon concept, synonym, related
 * word) the table holds; a word no document holds counts nowhere. */
static float word_share(const sx_search *s, const qrun *r, const doc *x)
{
	float cap = idf_cap_of(s);
	float all = 0, have = 0;
	size_t i, j;
	for (i = 0; i < r->nq; i++) {
		float best = 0, held = 0;
		bool first = true;
		if (!r->q[i].surface || r->q[i].origin == SX_TERM_PHRASE)
			continue;
		for (j = 0; j < r->nq && first; j++)
			first = j >= i || !r->q[j].surface || r->q[j].origin == SX_TERM_PHRASE ||
				strcmp(r->q[j].surface, r->q[i].surface) != 0;
		if (!first)
			continue; /* the word was counted at its first term */
		for (j = i; j < r->nq; j++) {
			float w;
			if (r->q[j].id < 0 || !r->q[j].surface || r->q[j].origin == SX_TERM_PHRASE ||
			    strcmp(r->q[j].surface, r->q[i].surface) != 0)
				continue;
			w = fminf(s->terms.v[r->q[j].id].idf, cap);
			best = fmaxf(best, w);
			if (doc_has(x, (uint32_t)r->q[j].id))
				held = fmaxf(held, w);
		}
		all += best;
		have += held;
	}
	return all > 0 ? have / all : 1;
}

/* Moves the best m of a[0..n) to the front, best first, keeping every
 * candidate (unlike select_top): m is small, so a partial selection sort,
 * O(n m), beats sorting the whole catalog's candidates. */
static void front_best(cand *a, size_t n, size_t m)
{
	size_t i, j;
	for (i = 0; i < m && i < n; i++) {
		size_t b = i;
		for (j = i + 1; j < n; j++)
			if (cmp_cand(&a[j], &a[b]) < 0)
				b = j;
		if (b != i) {
			cand t = a[i];
			a[i] = a[b];
			a[b] = t;
		}
	}
}

/* Second pass over the best word_cover_top candidates: each loses
 * word_cover of its score in proportion to the question's words it
 * lacks, so that of two close tables the one that holds more of the
 * question's distinct words leads (the fusion counts a word's every
 * term, so one word said three ways can outweigh two words said once). */
static void rerank_by_words(sx_search *s, const qrun *r, cand *all, size_t n)
{
	size_t i, top = (size_t)s->p.word_cover_top;
	float floor;
	if (s->p.word_cover <= 0 || n == 0)
		return;
	front_best(all, n, top + 1);
	/* only the margin over the first candidate left out shrinks, so the
	 * pass reorders the top and lets nothing in from below */
	floor = n > top ? all[top].score : 0;
	for (i = 0; i < n && i < top; i++) {
		const doc *x = &s->docs.v[all[i].doc];
		/* a look-up holds a label, never the rest of the question:
		 * demote_lookups judges it beside the table that names it */
		if (!is_lookup(x->t))
			all[i].score = floor + (all[i].score - floor) *
						       (1 - s->p.word_cover +
							s->p.word_cover * word_share(s, r, x));
	}
}

/* Whether the question's text holds a word beginning with one of pre[]
 * (whole: is one of them), stopwords included: the words that say an
 * aggregate (total, per, всего, по) are stopwords to the ranking. ASCII
 * letters are folded; Russian words are listed in both cases. */
static bool text_says(const char *q, const char *const *pre, size_t npre, bool whole)
{
	const unsigned char *p = (const unsigned char *)q, *w;
	size_t len;
	while ((w = next_word(&p, &len)))
		if (word_in(w, len, pre, npre, whole))
			return true;
	return false;
}

/* Whether the question asks for an aggregate or a grouping: a total, a sum
 * or count per something, a summary (итого, выручка, по магазинам). */
static bool asks_aggregate(const char *q)
{
	static const char *const whole[] = {"per",   "by",	"sum",	   "sums",    "avg",
					    "count", "counts", "counted", "counting", "по",
					    "По",    "всего",  "Всего"};
	static const char *const pre[] = {
	    "total",    "summar",   "aggregat",  "revenue",   "average",  "breakdown",
	    "statistic", "stats",    "overview",  "grouped",  "tally",     "итог",     "Итог",
	    "сумм",     "Сумм",     "сводк",     "Сводк",     "сводн",     "Сводн",    "выручк",
	    "Выручк",   "количеств", "Количеств", "средн",     "Средн",     "статистик", "Статистик",
	    "разбивк",  "Разбивк",  "разрез",    "агрегат",   "Агрегат"};
	return text_says(q, whole, sizeof whole / sizeof *whole, true) ||
	       text_says(q, pre, sizeof pre / sizeof *pre, false);
}

/* Whether the question lists at least min fields: items separated by
 * commas, the last perhaps by and / и ("title, genre, price and rating";
 * "имя, фамилия, отдел и смена"), as one asks for the columns of a wide
 * row. */
static bool lists_fields(const char *q, int min)
{
	int items = 1;
	const char *p;
	for (p = q; *p; p++)
		if (*p == ',')
			items++;
	if (items > 1 && (strstr(q, " and ") || strstr(q, " и ")))
		items++;
	return items >= min;
}

/* A view over tables the question also finds, when the question asks for an
 * aggregate or a grouping, goes right before the best of the tables it
 * reads that is ahead of it (sales per store: the view that sums payments
 * by store before payment and store), when it shares a query term, scores
 * at least view_promote of that table and holds as many of the question's
 * distinct words: a question that names the base tables' own words and
 * groups them ("rentals per store") still wants the tables. The same when
 * the question lists view_list fields or more (lists_fields): a list of
 * columns asks for the wide row a view's join assembles. A question that
 * names a month and its year, where partitions are asked for, keeps before
 * a view a table it reads with a partition holding that month
 * (view_period): the partition is that month's rows, which a view summing
 * or joining them over every month is not. */
static void promote_views(sx_search *s, const qrun *r, cand *all, size_t n)
{
	size_t i, m;
	sx__period per;
	bool dated;
	if (s->p.view_promote <= 0 || !r->text ||
	    !(asks_aggregate(r->text) ||
	      (s->p.view_list > 0 && lists_fields(r->text, s->p.view_list))))
		return;
	dated = s->p.view_period && r->o->partitions && sx__query_period(r->text, &per);
	for (i = 0; i < n; i++)
		s->slot[all[i].doc] = (int32_t)i;
	for (i = 0; i < n; i++) {
		const doc *x = &s->docs.v[all[i].doc];
		float best = 0;
		size_t bk = 0;
		if (!x->nreads || s->bm[all[i].doc] <= 0)
			continue;
		for (m = 0; m < x->nreads; m++) {
			uint32_t b = x->reads[m];
			int32_t k;
			if (s->stamp[b] != s->epoch || (k = s->slot[b]) < 0 || (size_t)k >= n ||
			    all[k].doc != b)
				continue;
			if (dated && all[k].score > all[i].score &&
			    sx__period_partition(s->docs.v[b].t, &per)) {
				best = 0;
				break;
			}
			if (all[k].score <= best)
				continue;
			best = all[k].score;
			bk = (size_t)k;
		}
		if (best > all[i].score && all[i].score >= s->p.view_promote * best &&
		    word_share(s, r, x) >= word_share(s, r, &s->docs.v[all[bk].doc]))
			all[i].score = best * (1 + 1e-4f);
	}
}

/* Whether a column is bookkeeping, not content: a surrogate id, a row
 * guid, a created / updated / modified time (last_update, ModifiedDate,
 * updated_at). */
static bool bookkeeping_col(const char *c)
{
	static const char *const whole[] = {"id", "rowguid", "created", "updated", "modified"};
	static const char *const pre[] = {"created", "updated", "modified", "last_update",
					  "lastupdate", "last_modified", "lastmodified"};
	size_t i;
	for (i = 0; i < sizeof whole / sizeof *whole; i++)
		if (strcasecmp(c, whole[i]) == 0)
			return true;
	for (i = 0; i < sizeof pre / sizeof *pre; i++)
		if (strncasecmp(c, pre[i], strlen(pre[i])) == 0)
			return true;
	return false;
}

/* Whether column c of t is a child column of one of its foreign keys. */
static bool fk_col(const sx_table *t, const char *c)
{
	size_t i, k;
	for (i = 0; i < t->nfks; i++)
		for (k = 0; k < t->fks[i].ncols; k++)
			if (t->fks[i].cols[k] && strcasecmp(t->fks[i].cols[k], c) == 0)
				return true;
	return false;
}

/* A link table: foreign keys to at least two other tables and at most
 * max_extra columns besides them and bookkeeping (film_actor,
 * SpecialOfferProduct, customer_customer_demo): a many-to-many bridge. */
static bool is_link(const sx_table *t, int max_extra)
{
	size_t i, k, nref = 0;
	int extra = 0;
	if (t->kind != SX_REL_TABLE || t->nfks < 2)
		return false;
	for (i = 0; i < t->nfks; i++) {
		bool seen = false;
		if (!t->fks[i].ref_table || strcasecmp(t->fks[i].ref_table, t->name) == 0)
			continue;
		for (k = 0; k < i && !seen; k++)
			seen = t->fks[k].ref_table &&
			       strcasecmp(t->fks[k].ref_table, t->fks[i].ref_table) == 0;
		nref += !seen;
	}
	if (nref < 2)
		return false;
	for (i = 0; i < t->ncols; i++)
		if (!fk_col(t, t->cols[i].name) && !bookkeeping_col(t->cols[i].name) &&
		    ++extra > max_extra)
			return false;
	return true;
}

/* Whether the name of table end is part of the link's own name
 * (film_actor: film and actor; SpecialOfferProduct: SpecialOffer and
 * Product), letters only and case folded, a plural end also singular
 * (diary_entries in diary_entry_subscriptions). */
static bool link_names_end(const char *link, const char *end)
{
	char l[128], e[128];
	size_t nl = 0, ne = 0, i;
	for (i = 0; link[i] && nl + 1 < sizeof l; i++)
		if (isalnum((unsigned char)link[i]))
			l[nl++] = (char)tolower((unsigned char)link[i]);
	for (i = 0; end[i] && ne + 1 < sizeof e; i++)
		if (isalnum((unsigned char)end[i]))
			e[ne++] = (char)tolower((unsigned char)end[i]);
	l[nl] = e[ne] = 0;
	if (ne < 3)
		return false;
	if (strstr(l, e))
		return true;
	if (ne > 4 && strcmp(e + ne - 3, "ies") == 0) {
		e[ne - 3] = 'y';
		e[ne - 2] = 0;
		return strstr(l, e) != NULL;
	}
	if (ne > 3 && e[ne - 1] == 's') {
		e[ne - 1] = 0;
		return strstr(l, e) != NULL;
	}
	return false;
}

/* The question's distinct words that x holds, as a mask over the words'
 * first terms (the first 64 terms of the question), each word counted by
 * any of its terms as word_share counts them. */
static uint64_t words_held(const qrun *r, const doc *x)
{
	uint64_t mask = 0;
	size_t i, j;
	for (i = 0; i < r->nq && i < 64; i++) {
		if (!first_of_word(r, i))
			continue;
		for (j = i; j < r->nq; j++)
			if (r->q[j].id >= 0 && r->q[j].surface && r->q[j].origin != SX_TERM_PHRASE &&
			    strcmp(r->q[j].surface, r->q[i].surface) == 0 &&
			    doc_has(x, (uint32_t)r->q[j].id)) {
				mask |= 1ull << i;
				break;
			}
	}
	return mask;
}

/* Whether the question asks for pairs, the rows of a many-to-many: a
 * verb that ties one thing to another (belongs to, attached, assigned,
 * applies to, linked; привязан, относится, распространяется, закреплён),
 * or two which-words ("which drawings go with which model"; "какие карты
 * ... к какому клиенту"). */
static bool asks_pairs(const char *q)
{
	static const char *const tie[] = {
	    "belong",	"attach",    "assign",	 "appl",      "linked",	   "linking",
	    "mapped",	"привяз",    "Привяз",	 "относ",     "Относ",	   "отнесен",
	    "отнесён",	"распростран", "закреп",   "принадлеж", "Принадлеж", "прикреп"};
	static const char *const which[] = {"which", "Which"};
	static const char *const kakoy[] = {"как", "Как"};
	const unsigned char *p = (const unsigned char *)q, *w;
	size_t len;
	int nwhich = 0;
	if (text_says(q, tie, sizeof tie / sizeof *tie, false))
		return true;
	while ((w = next_word(&p, &len))) {
		if (word_in(w, len, which, 2, true))
			nwhich++;
		/* какой, какие, какому: как and two or three letters more */
		else if (word_in(w, len, kakoy, 2, false) && len >= 10 && len <= 12)
			nwhich++;
	}
	return nwhich >= 2;
}

/* A link table goes right before the best of the tables it links that is
 * ahead of it, when the question names at least two of its ends ("which
 * products a promotion applies to": SpecialOfferProduct, not SpecialOffer),
 * shares a query term and scores at least link_promote of that end: a
 * question that says both ends of a many-to-many asks for the pairs. */
static void promote_links(sx_search *s, const qrun *r, cand *all, size_t n)
{
	size_t i, m;
	if (s->p.link_promote <= 0 || (r->o && r->o->no_links) ||
	    ((s->p.link_named & 8) && (!r->text || !asks_pairs(r->text))))
		return;
	for (i = 0; i < n; i++)
		s->slot[all[i].doc] = (int32_t)i;
	for (i = 0; i < n; i++) {
		doc *x = &s->docs.v[all[i].doc];
		float best = 0;
		int ends = 0;
		if (s->bm[all[i].doc] <= 0 || !is_link(x->t, s->p.link_extra))
			continue;
		uint64_t held[8];
		for (m = 0; m < x->nnb; m++) {
			uint32_t nb = x->nb[m];
			int32_t k;
			if (s->stamp[nb] != s->epoch || (k = s->slot[nb]) < 0 || (size_t)k >= n ||
			    all[k].doc != nb || s->bm[nb] <= 0 || !references(x->t, s->docs.v[nb].t))
				continue;
			if ((s->p.link_named & 1) && name_match(s, r, &s->docs.v[nb], NULL) <= 0)
				continue;
			if ((s->p.link_named & 2) && !link_names_end(x->t->name, s->docs.v[nb].t->name))
				continue;
			if (ends < 8)
				held[ends] = words_held(r, &s->docs.v[nb]);
			ends++;
			if (all[k].score > best)
				best = all[k].score;
		}
		/* each of two ends holds a word of the question the other lacks:
		 * the question says both, not one end and a word the other
		 * happens to share */
		if (ends >= 2 && (s->p.link_named & 4)) {
			int a, b, nend = ends < 8 ? ends : 8;
			bool both = false;
			for (a = 0; a < nend && !both; a++)
				for (b = a + 1; b < nend && !both; b++)
					both = (held[a] & ~held[b]) && (held[b] & ~held[a]);
			if (!both)
				continue;
		}
		if (ends >= 2 && best > all[i].score && all[i].score >= s->p.link_promote * best)
			all[i].score = best * (1 + 1e-4f);
	}
}

/* Whether the question is Russian: more of its words are Cyrillic than
 * Latin (an English table or column name inside a Russian question, e.g.
 * e-mail or GPS, leaves it Russian). */
static bool text_russian(const char *q)
{
	const unsigned char *p = (const unsigned char *)q, *w;
	size_t len, ru = 0, en = 0;
	while ((w = next_word(&p, &len)))
		if (w[0] == 0xD0 || w[0] == 0xD1)
			ru++;
		else if (isalpha(w[0]))
			en++;
	return ru > en;
}

static int final_scores(sx_search *s, const qrun *r, cand **all_out, size_t *n_out,
			sx_error *err)
{
	size_t n = s->touched.n, i, j = 0;
	cand *all = malloc((n + 1) * sizeof *all);
	bool view = s->p.view_boost > 0 &&
		    (asks_view(r) || (s->p.view_flat && r->text && asks_flat(r->text, s->p.view_flat)));
	bool matview = s->p.matview_boost > 0 && asks_matview(r);
	float dbpow = s->p.db_power_ru != 1 && r->text && text_russian(r->text) ? s->p.db_power_ru
									       : 1;
	/* A month and its year in the question ("June 2024", "в ноябре
	 * 2023-го") is a word the partitioned table holds: its partitions'
	 * ranges. */
	sx__period per;
	bool dated = s->p.period_boost > 0 && r->o->partitions && r->text &&
		     sx__query_period(r->text, &per);
	if (!all)
		return query_oom(err);
	for (i = 0; i < n; i++) {
		uint32_t d = s->touched.v[i];
		const doc *x = &s->docs.v[d];
		/* the fusion's score; documents the closure added have none */
		float base = i < r->nfused ? r->fused[i] : 0;
		/* No known query term at all (typos only): no coverage to
		 * judge by, so no database is held back. */
		float cov = r->total_idf <= 0			 ? 1
			    : s->dbstamp[x->db] == s->epoch ? s->dbcov[x->db] / r->total_idf
							    : 0;
		float sc;
		if (cov > 1)
			cov = 1;
		if (dbpow != 1 && cov > 0)
			cov = powf(cov, dbpow);

		sc = (base + s->p.fk_boost * s->boost[d]) *
		     (1 - s->p.db_boost + s->p.db_boost * cov);
		if (r->total_tidf > 0)
			sc *= 1 - s->p.coord +
			      s->p.coord * fminf(s->coord[d] / r->total_tidf, 1.0f);
		if (view && (x->t->kind == SX_REL_VIEW || x->t->kind == SX_REL_MATVIEW))
			sc *= 1 + s->p.view_boost;
		else if (matview && x->t->kind == SX_REL_MATVIEW)
			sc *= 1 + s->p.matview_boost;
		if (dated && sx__period_partition(x->t, &per))
			sc *= 1 + s->p.period_boost;
		/* A table that shares no term with the query is kept only on
		 * a clear vector match: hashed vectors of unrelated words
		 * still overlap a little. */
		if (s->bm[d] <= 0 && s->dense[d] < s->p.min_dense && s->boost[d] <= 0)
			continue;

		if (sc <= 0 || !passes(s, x, r->o))
			continue;
		all[j++] = (cand){d, sc};
	}
	weigh_other_sense(s, r, all, j);
	weigh_senses(s, r, all, j);
	rerank_by_words(s, r, all, j);
	demote_lookups(s, r, all, j);
	promote_history(s, r, all, j);
	promote_views(s, r, all, j);
	promote_links(s, r, all, j);
	if (s->naliases)
		j = rank_aliases(s, all, j);
	*all_out = all;
	*n_out = select_top(all, j, r->o->k);
	return 0;
}

/* The query words that x holds, each once, as the hit's "why": the word
 * itself, or "word -> term" when the lexicon or a typo led there. */
static int hit_why(const qrun *r, const doc *x, sx_search_hit *h, sx_arena *a)
{
	size_t m, e;
	if (!(h->why = sx_arena_alloc(a, (r->nq + 1) * sizeof *h->why)))
		return SX_ENOMEM;
	for (m = 0; m < r->nq; m++) {
		const qterm *q = &r->q[m];
		char *w;
		if (q->id < 0 || q->origin == SX_TERM_PHRASE || !doc_has(x, (uint32_t)q->id))
			continue;
		if (q->origin == SX_TERM_WORD)
			w = sx_arena_strdup(a, q->surface);
		else
			w = sx_arena_printf(a, "%s -> %s", q->surface, q->term);
		if (!w)
			return SX_ENOMEM;
		for (e = 0; e < h->nwhy && strcmp(h->why[e], w) != 0; e++)
			;
		if (e == h->nwhy)
			h->why[h->nwhy++] = w;
	}
	return 0;
}

/* The result: the best n candidates as hits, with their scores and why.
 * With opts->partitions and a period in the query, a hit whose table has
 * a partition holding it is preceded by a hit for that partition (same
 * table, scores and why); the k slots hold both. */
static int make_result(const sx_search *s, const qrun *r, const char *query, const cand *all,
		       size_t n, sx_search_result **out, sx_error *err)
{
	sx_search_result *res;
	sx__period per;
	bool dated = r->o->partitions && sx__query_period(query, &per);
	size_t i, o;
	if (!(res = sx_calloc(1, sizeof *res)) || !(res->arena = sx_arena_new()))
		goto oom;
	res->n = n < r->o->k ? n : r->o->k;
	if (!(res->hits = sx_calloc(res->n + 1, sizeof *res->hits)))
		goto oom;
	for (i = o = 0; o < res->n; i++) {
		sx_search_hit *h = &res->hits[o];
		const doc *x = &s->docs.v[all[i].doc];
		const sx_partition *pt = dated ? sx__period_partition(x->t, &per) : NULL;
		h->table = x->t;
		h->score = all[i].score;
		h->dense = s->dense[all[i].doc];
		h->bm25 = s->bm[all[i].doc];
		if (hit_why(r, x, h, res->arena))
			goto oom;
		if (pt && ++o < res->n)
			res->hits[o] = *h;
		if (pt)
			h->partition = pt->name;
		o++;
	}
	*out = res;
	return 0;
oom:
	sx_search_result_free(res);
	return query_oom(err);
}

/* The steps: analyse the query into terms (typos get a stand-in), score
 * every reachable table by vectors and by BM25, fuse the two, let strong
 * hits lend score to their neighbours, weigh by database coverage and
 * term coordination, filter, and keep the best k. */
/* A glued lowercase word the question types itself ("posthistory",
 * "orderitems", "userroles") is one word to the analyser, and a schema
 * that names the table post_history, order_items or UserRoles holds its
 * words, not it. Such a word (a Latin run of lowercase letters that
 * WordNet does not know and that splits strictly, as glued_table splits
 * names) is written as its words: in their place with glued_query 1 when
 * no document holds the word's term, after it with 2. Returns the
 * rewritten question (the caller frees it), or NULL when nothing splits
 * or memory runs out (the question is then read as typed). */
/* Whether every term of text's analysis is one some document holds; a
 * text of no terms (a stopword: "against") is not. */
static bool all_known(sx_search *s, const char *text, size_t n)
{
	sx_terms t;
	sx_error e;
	size_t i;
	bool known;
	sx_terms_init(&t);
	known = sx_analyze(s->an, text, n, 1.0f, &t, &e) == 0 && t.n > 0;
	for (i = 0; i < t.n && known; i++)
		known = sx_hmap_get(s->vocab, t.v[i].term) != NULL;
	sx_terms_release(&t);
	return known;
}

/* ... each of a split's space-separated words ("every one": every is a
 * stopword) */
static bool parts_known(sx_search *s, const char *parts)
{
	const char *p = parts;
	while (*p) {
		size_t n = strcspn(p, " ");
		if (!all_known(s, p, n))
			return false;
		p += n + (p[n] == ' ');
	}
	return true;
}

static char *unglue_query(sx_search *s, const char *q)
{
	char run[MAX_GLUED + 1], parts[2 * MAX_GLUED + 2];
	const char *p = q;
	sx_buf b = SX_BUF_INIT;
	bool split = false;
	if (s->p.glued_query <= 0 || !s->thes || s->p.glued_min <= 0)
		return NULL;
	while (*p) {
		const char *start = p;
		size_t n = 0;
		bool lower = true;
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
			sx_buf_putc(&b, *p++);
			continue;
		}
		/* the run: letters, and any non-ASCII byte (a Cyrillic
		 * letter glued to it), which leaves it whole */
		while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		       (unsigned char)*p >= 0x80) {
			if (*p < 'a' || *p > 'z')
				lower = false;
			if (n < MAX_GLUED)
				run[n] = *p;
			n++;
			p++;
		}
		sx_buf_put(&b, start, n);
		/* a word the index holds (changeset) is read as it is with 1;
		 * a split that names a word no document holds says nothing
		 * (against: aga inst) */
		if (!lower || n > MAX_GLUED ||
		    !split_glued(s->thes, run, n, parts, sizeof parts, (size_t)s->p.glued_min) ||
		    !parts_known(s, parts) ||
		    (s->p.glued_query == 1 && all_known(s, start, n)))
			continue;
		if (s->p.glued_query == 1 && !sx_buf_failed(&b))
			b.len -= n; /* the word gives way to its words */
		else
			sx_buf_putc(&b, ' ');
		sx_buf_puts(&b, parts);
		split = true;
	}
	if (!split || sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return NULL;
	}
	return sx_buf_detach(&b);
}

int sx_search_query(sx_search *s, const char *query, const sx_search_opts *opts,
		    sx_search_result **out, sx_error *err)
{
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	sx_query_stats qs;
	sx_terms qt;
	qrun r = {0};
	cand *all = NULL;
	size_t nall = 0;
	uint64_t t0 = sx_now_ns();
	char *unglued = NULL;
	const char *text;
	int rc;

	*out = NULL;
	if (opts)
		o = *opts;
	if (o.k == 0)
		o.k = 5;
	r.o = &o;
	r.text = query;
	if ((rc = validate_query(query, err)))
		return rc;
	sx_terms_init(&qt);
	unglued = unglue_query(s, query);
	text = unglued ? unglued : query;
	if ((rc = sx_analyze_query(s->an, text, strlen(text), &qt, &qs, err)) ||
	    (rc = check_terms(s, &qt, &qs, err)) || (rc = merge_terms(s, &qt, &r, err)))
		goto done;
	add_typo_terms(s, &r);
	if ((rc = add_thesaurus_terms(s, &r)) || (rc = add_verb_terms(s, &r))) {
		rc = query_oom(err);
		goto done;
	}
	weigh_now_terms(s, &r);
	next_epoch(s);
	if ((rc = dense_scores(s, query, &r, err)))
		goto done;
	bm25_scores(s, &r);
	db_coverage(s, &r);
	if (best_columns(s, &r)) {
		rc = query_oom(err);
		goto done;
	}
	if ((rc = fuse(s, &r, err)))
		goto done;
	fk_closure(s, &r);
	if ((rc = final_scores(s, &r, &all, &nall, err)) ||
	    (rc = make_result(s, &r, query, all, nall, out, err)))
		goto done;
	(*out)->query_ms = (double)(sx_now_ns() - t0) / 1e6;
done:
	free(unglued);
	free(all);
	free(r.q);
	free(r.fused);
	free(r.c);
	free(r.colbest);
	sx_terms_release(&qt);
	return rc;
}

void sx_search_result_free(sx_search_result *r)
{
	if (!r)
		return;
	free(r->hits);
	sx_arena_free(r->arena);
	free(r);
}

cJSON *sx_search_hit_to_json(const sx_search *s, const sx_search_hit *h)
{
	const sx_table_info *info = sx_search_table_info(s, h->table);
	cJSON *o = cJSON_CreateObject(), *cols, *why;
	size_t i;
	sx_json_add_str(o, "database", h->table->schema->db->name);
	sx_json_add_str(o, "schema", h->table->schema->name);
	sx_json_add_str(o, "name", h->table->name);
	if (h->partition)
		sx_json_add_str(o, "partition", h->partition);
	sx_json_add_num(o, "score", round(h->score * 10000) / 10000);
	sx_json_add_str(o, "description", info->description ? info->description : h->table->comment);
	if (info->model_description) /* marked: a model wrote it */
		sx_json_add_str(o, "model_description", info->model_description);
	sx_json_add_str(o, "domain", info->domain);
	cols = cJSON_AddArrayToObject(o, "columns");
	for (i = 0; i < h->table->ncols; i++)
		cJSON_AddItemToArray(cols, cJSON_CreateString(h->table->cols[i].name));
	why = cJSON_AddArrayToObject(o, "why");
	for (i = 0; i < h->nwhy; i++)
		cJSON_AddItemToArray(why, cJSON_CreateString(h->why[i]));
	sx_json_add_bool(o, "pii", info->has_pii);
	sx_json_add_num(o, "dense", round(h->dense * 10000) / 10000);
	sx_json_add_num(o, "bm25", round(h->bm25 * 10000) / 10000);
	return o;
}

/* ---------------------------------------------------------------- benches */

void sx__search_set_ef(sx_search *s, int ef)
{
	s->p.ef_search = ef;
}

size_t sx__search_from_shared(const sx_search *s)
{
	return s->nfromshared;
}

size_t sx_search_unstored(const sx_search *s)
{
	return s->nunstored;
}

size_t sx__search_built(const sx_search *s)
{
	return s->nbuilt;
}

void sx__search_index_stats(const sx_search *s, size_t *nflat, size_t *nhnsw)
{
	size_t i;
	*nflat = *nhnsw = 0;
	for (i = 0; i < s->ndbs; i++)
		if (s->dbs[i].fx)
			(*(sx_fidx_is_hnsw(s->dbs[i].fx) ? nhnsw : nflat))++;
}

int sx__search_dense(sx_search *s, const char *query, size_t k, const sx_table **tables,
		     float *scores, size_t *n, sx_error *err)
{
	sx_terms qt;
	sx_query_stats qs;
	qterm *q = NULL;
	float *vec = NULL, *sc = NULL;
	int64_t *lab = NULL;
	cand *all = NULL;
	size_t nq = 0, i, j, na = 0;
	bool ok;
	int rc;
	*n = 0;
	sx_terms_init(&qt);
	if ((rc = sx_analyze_query(s->an, query, strlen(query), &qt, &qs, err)))
		goto done;
	q = malloc((qt.n + 1) * sizeof *q);
	vec = malloc((size_t)s->dim * sizeof *vec);
	sc = malloc(k * sizeof *sc);
	lab = malloc(k * sizeof *lab);
	all = malloc((s->ndbs * k + 1) * sizeof *all);
	if (!q || !vec || !sc || !lab || !all) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	for (i = 0; i < qt.n; i++)
		q[nq++] = (qterm){qt.v[i].term, qt.v[i].surface, qt.v[i].origin, qt.v[i].weight, -1};
	if ((rc = query_vector(s, query, q, nq, vec, &ok, err)))
		goto done;
	for (i = 0; i < s->ndbs; i++) {
		dbx *x = &s->dbs[i];
		size_t kk = k < x->n ? k : x->n;
		if (!x->fx || !kk)
			continue;
		sx_fidx_set_ef_search(x->fx, sx__search_ef(s, x->n, kk));
		if (sx_fidx_search(x->fx, 1, vec, kk, sc, lab)) {
			rc = sx_error_set(err, SX_ERROR, "%s", sx_fidx_last_error());
			goto done;
		}
		for (j = 0; j < kk; j++)
			if (lab[j] >= 0)
				all[na++] = (cand){(uint32_t)(x->first + (size_t)lab[j]), sc[j]};
	}
	qsort(all, na, sizeof *all, cmp_cand);
	for (i = 0; i < na && i < k; i++) {
		tables[i] = s->docs.v[all[i].doc].t;
		scores[i] = all[i].score;
	}
	*n = i;
done:
	sx_terms_release(&qt);
	free(q);
	free(vec);
	free(sc);
	free(lab);
	free(all);
	return rc;
}

/* ---------------------------------------------------------------- column search */

typedef struct colcand {
	uint32_t col;
	float score, share, table;
} colcand;

static int cmp_colcand(const void *a, const void *b)
{
	const colcand *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return (x->col > y->col) - (x->col < y->col);
}

void sx_search_col_result_free(sx_search_col_result *r)
{
	if (!r)
		return;
	free(r->hits);
	sx_arena_free(r->arena);
	free(r);
}

/* The query words a column holds: bits of colmask over the query terms. */
static int col_why(const qterm *q, size_t nq, uint64_t mask, sx_search_col_hit *h, sx_arena *a)
{
	size_t m, e;
	if (!(h->why = sx_arena_alloc(a, (nq + 1) * sizeof *h->why)))
		return SX_ENOMEM;
	for (m = 0; m < nq && m < 64; m++) {
		char *w;
		if (!(mask & ((uint64_t)1 << m)) || q[m].origin == SX_TERM_PHRASE || !q[m].surface)
			continue;
		w = q[m].origin == SX_TERM_WORD ? sx_arena_strdup(a, q[m].surface)
						: sx_arena_printf(a, "%s -> %s", q[m].surface, q[m].term);
		if (!w)
			return SX_ENOMEM;
		for (e = 0; e < h->nwhy && strcmp(h->why[e], w) != 0; e++)
			;
		if (e == h->nwhy)
			h->why[h->nwhy++] = w;
	}
	return 0;
}

int sx_search_columns(sx_search *s, const char *query, const sx_search_opts *opts,
		      sx_search_col_result **out, sx_error *err)
{
	sx_search_opts o = SX_SEARCH_OPTS_INIT, to;
	sx_search_result *tr = NULL;
	sx_search_col_result *res = NULL;
	sx_query_stats qs;
	sx_terms qt;
	qrun r = {0};
	float *tsc = NULL, total = 0;
	colcand *cc = NULL;
	size_t i, n = 0;
	uint64_t t0 = sx_now_ns();
	int rc;

	*out = NULL;
	if (opts)
		o = *opts;
	if (o.k == 0)
		o.k = 5;
	/* the tables' scores for the same query: the map's facts, coverage
	 * and joins speak through them */
	to = o;
	to.k = o.k * 4 > 50 ? o.k * 4 : 50;
	if ((rc = sx_search_query(s, query, &to, &tr, err)))
		return rc;
	sx_terms_init(&qt);
	r.o = &o;
	if ((rc = sx_analyze_query(s->an, query, strlen(query), &qt, &qs, err)) ||
	    (rc = check_terms(s, &qt, &qs, err)) || (rc = merge_terms(s, &qt, &r, err)))
		goto done;
	add_typo_terms(s, &r);
	if (add_thesaurus_terms(s, &r) || add_verb_terms(s, &r) || build_columns(s) ||
	    !(tsc = sx_calloc(s->docs.n + 1, sizeof *tsc))) {
		rc = query_oom(err);
		goto done;
	}
	for (i = 0; i < tr->n; i++) {
		long d = doc_of(s, tr->hits[i].table);
		if (d >= 0 && tr->hits[0].score > 0)
			tsc[d] = (float)(tr->hits[i].score / tr->hits[0].score);
	}
	total = column_mass(s, r.q, r.nq);
	next_epoch(s);
	score_columns(s, r.q, r.nq);
	if (!(cc = malloc((s->coltouched.n + 1) * sizeof *cc))) {
		rc = query_oom(err);
		goto done;
	}
	for (i = 0; i < s->coltouched.n; i++) {
		uint32_t c = s->coltouched.v[i], d = s->cols[c].doc;
		float share = total > 0 ? fminf(s->colsc[c] / total, 1.0f) : 0;
		if (share <= 0 || !passes(s, &s->docs.v[d], &o))
			continue;
		cc[n++] = (colcand){c, 0.6f * share + 0.4f * tsc[d], share, tsc[d]};
	}
	qsort(cc, n, sizeof *cc, cmp_colcand);
	if (!(res = sx_calloc(1, sizeof *res)) || !(res->arena = sx_arena_new()) ||
	    !(res->hits = sx_calloc((n < o.k ? n : o.k) + 1, sizeof *res->hits))) {
		rc = query_oom(err);
		goto done;
	}
	for (i = 0; i < n && i < o.k; i++) {
		sx_search_col_hit *h = &res->hits[res->n++];
		const colref *cr = &s->cols[cc[i].col];
		h->table = s->docs.v[cr->doc].t;
		h->column = &h->table->cols[cr->col];
		h->score = cc[i].score;
		h->column_share = cc[i].share;
		h->table_score = cc[i].table;
		if (col_why(r.q, r.nq, s->colmask[cc[i].col], h, res->arena)) {
			rc = query_oom(err);
			goto done;
		}
	}
	res->query_ms = (double)(sx_now_ns() - t0) / 1e6;
	*out = res;
	res = NULL;
done:
	sx_search_col_result_free(res);
	sx_search_result_free(tr);
	free(cc);
	free(tsc);
	free(r.q);
	sx_terms_release(&qt);
	return rc;
}

cJSON *sx_search_col_hit_to_json(const sx_search_col_hit *h)
{
	cJSON *o = cJSON_CreateObject(), *why;
	size_t i;
	if (!o)
		return NULL;
	sx_json_add_str(o, "database", h->table->schema->db->name);
	sx_json_add_str(o, "schema", h->table->schema->name);
	sx_json_add_str(o, "table", h->table->name);
	sx_json_add_str(o, "column", h->column->name);
	if (h->column->type)
		sx_json_add_str(o, "type", h->column->type);
	if (h->column->comment)
		sx_json_add_str(o, "comment", h->column->comment);
	if (sx_table_col_in_pk(h->table, h->column->name))
		cJSON_AddBoolToObject(o, "pk", true);
	sx_json_add_num(o, "score", (double)(long)(h->score * 1000 + 0.5) / 1000);
	why = cJSON_AddArrayToObject(o, "why");
	for (i = 0; i < h->nwhy; i++)
		cJSON_AddItemToArray(why, cJSON_CreateString(h->why[i]));
	return o;
}
