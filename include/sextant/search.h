/*
 * sextant/search.h - text analysis, embedders, the vector index and semantic
 * table search.
 *
 * Pieces, bottom up:
 *   - the lexicon (data/lexicon/: stopwords, Russian -> English concepts,
 *     abbreviations, synonym sets) and the analyser that turns text or an
 *     identifier into weighted terms (split, lowercase, stem by script,
 *     drop stopwords, expand);
 *   - embedders: "local" (feature-hashed terms and character n-grams with
 *     IDF weights, offline) and "remote" (an OpenAI-compatible
 *     /v1/embeddings endpoint, cached in the workspace, falling back to
 *     local on failure);
 *   - the search index: one FAISS index per database (exact inner product
 *     when small, HNSW when large) persisted under <workspace>/index/, its
 *     ids mapped to table ids in the workspace, plus BM25 postings over the
 *     same terms;
 *   - search: dense and BM25 fused, a database-coherence and FK-closure
 *     boost, filters.
 *
 * Data files are found in $SEXTANT_DATA_DIR, else in the directory the
 * build was configured with (SX_DATA_DIR; an installed build sets it to its
 * share directory).
 *
 * Threads: an sx_search (and an sx_analyzer) belongs to one thread at a
 * time; open one per thread. Nothing here touches a terminal.
 */
#ifndef SEXTANT_SEARCH_H
#define SEXTANT_SEARCH_H

#include <sextant/catalog.h>
#include <sextant/core.h>
#include <sextant/store.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The directory holding lexicon/ (and other data): $SEXTANT_DATA_DIR when
 * set and not empty, else ../share/sextant/data next to the executable
 * when it holds lexicon/ (an installed or unpacked package), else the
 * compiled-in default. Borrowed string. */
const char *sx_data_dir(void);

/* ---------------------------------------------------------------- analysis */

/* One term of analysed text. `term` is the normalised form that is matched
 * and hashed (an English stem, a Russian stem, or an English concept that
 * a Russian word, an abbreviation or a synonym stands for); `surface` is the
 * word as it was written (lowercased), for explanations. */
typedef enum {
	SX_TERM_WORD = 0,  /* the stem of the word itself */
	SX_TERM_LEXICON,   /* an English concept for a Russian word */
	SX_TERM_ABBREV,    /* the expansion of an abbreviation */
	SX_TERM_SYNONYM,   /* the canonical word of the word's synonym set */
	SX_TERM_PHRASE,    /* two neighbouring words ("order+item") */
	SX_TERM_FUZZY,     /* a known term close to an unknown query word (a typo) */
	SX_TERM_THESAURUS  /* a word WordNet or the Russian thesaurus relates to it */
} sx_term_origin;

typedef struct sx_term {
	const char *term;
	const char *surface;
	float weight;
	sx_term_origin origin;
} sx_term;

/* A list of terms; strings live in an arena owned by the list. */
typedef struct sx_terms {
	size_t n, cap;
	sx_term *v;
	sx_arena *arena;
} sx_terms;

void sx_terms_init(sx_terms *t);
void sx_terms_release(sx_terms *t);
void sx_terms_clear(sx_terms *t); /* keeps the arena's memory */

/* The analyser: lexicon data plus one English and one Russian stemmer.
 * Loading reads data_dir/lexicon/ (data_dir NULL: sx_data_dir()). A missing
 * or unreadable lexicon file is an error (SX_ENOTFOUND or SX_EIO) naming the
 * file and SEXTANT_DATA_DIR. */
typedef struct sx_analyzer sx_analyzer;
int sx_analyzer_new(sx_analyzer **out, const char *data_dir, sx_error *err);
void sx_analyzer_free(sx_analyzer *a);
/* A hash of the lexicon files and analysis rules: vectors and stored terms
 * made with another fingerprint are stale. */
uint64_t sx_analyzer_fingerprint(const sx_analyzer *a);

/* Appends the terms of text (n bytes, UTF-8) to out, each with weight
 * multiplied by `weight`. Identifiers are split on '_', '-', '.', spaces,
 * camelCase and letter/digit boundaries. Neighbouring words (stopwords
 * skipped) also give a phrase term "first+second" at a lower weight, so
 * "order items" prefers order_items to orders. Invalid UTF-8 bytes are treated
 * as separators (callers that must reject such input check first). */
int sx_analyze(sx_analyzer *a, const char *text, size_t n, float weight, sx_terms *out,
	       sx_error *err);

/* Counts of what analysing a query found, for the "only stopwords" message. */
typedef struct sx_query_stats {
	size_t words;      /* words seen */
	size_t stopwords;  /* of which stopwords */
} sx_query_stats;
int sx_analyze_query(sx_analyzer *a, const char *text, size_t n, sx_terms *out,
		     sx_query_stats *stats, sx_error *err);

/* ---------------------------------------------------------------- names */

/* Embedding similarity of a column name and a table name in [0, 1]: the
 * cosine of their analysed term vectors (lexicon, abbreviations, synonyms,
 * stems), with key words (id, key, code, ...) left out of the column. For
 * the map's relationship discovery (sx_map_opts.similarity): pass
 * sx_namesim_fn with the sx_namesim as payload. One per thread. */
typedef struct sx_namesim sx_namesim;
int sx_namesim_new(sx_namesim **out, sx_error *err);
void sx_namesim_free(sx_namesim *s);
double sx_namesim_score(sx_namesim *s, const char *column, const char *table);
double sx_namesim_fn(void *payload, const char *column, const char *table);

/* ---------------------------------------------------------------- map facts */

/* What the map knows about a table, supplied by the caller (the embed
 * module does not depend on the map module). Every field is optional. */
typedef struct sx_table_info {
	const char *description;  /* one-line description */
	/* a model's table and column descriptions (the map's model-written
	 * ones), indexed like the description; NULL when none */
	const char *model_description;
	const char *domain;       /* "sales", "finance", ... */
	bool has_pii;
	size_t nneighbours;       /* related tables (declared or inferred) */
	const sx_table *const *neighbours;
	const double *neighbour_conf; /* confidence 0..1 per neighbour, or NULL (1.0) */
} sx_table_info;

/* Fills *out for t; returns 0, or non-zero when nothing is known. The
 * strings and arrays must stay valid while the search object lives. */
typedef int (*sx_table_info_fn)(void *payload, const sx_table *t, sx_table_info *out);

/* The usual provider: the map module's conclusions (sextant/map.h). It
 * borrows the map, which must outlive it and the search. Neighbours are
 * the tables related to t (declared or inferred, rejected ones left out,
 * junctions of many-to-many included) with the relationship's confidence. */
struct sx_dbmap;
typedef struct sx_search_mapinfo sx_search_mapinfo;
int sx_search_mapinfo_new(sx_search_mapinfo **out, const struct sx_dbmap *map, sx_error *err);
void sx_search_mapinfo_free(sx_search_mapinfo *mi);
/* An sx_table_info_fn; payload is the sx_search_mapinfo. */
int sx_search_mapinfo_fn(void *payload, const sx_table *t, sx_table_info *out);

/* ---------------------------------------------------------------- search */

typedef struct sx_search sx_search;

/* How a search object is opened. */
typedef struct sx_search_src {
	sx_catalog *cat;          /* required; must outlive the search */
	sx_store *store;          /* NULL: everything in memory, nothing saved */
	const sx_config *config;  /* [search] and [embed] keys; may be NULL */
	const sx_progress *progress;
	sx_table_info_fn info;    /* may be NULL */
	void *info_payload;
	const char *data_dir;     /* NULL: sx_data_dir() */
} sx_search_src;

/* Opens search over every database of src->cat. With a store, each
 * database's persisted index is loaded; a missing, stale (catalog, lexicon
 * or embedder changed) or corrupt (checksum, version or count mismatch)
 * index is rebuilt and saved, and a note is added to sx_search_notes().
 * Without a store everything is built in memory. */
int sx_search_open(sx_search **out, const sx_search_src *src, sx_error *err);
void sx_search_free(sx_search *s);
/* Human notes collected while opening (rebuilt indexes, embedder
 * fallbacks), as a NULL-terminated borrowed array. */
const char *const *sx_search_notes(const sx_search *s);
/* Number of tables searchable. */
size_t sx_search_size(const sx_search *s);
/* How many databases open embedded but could not store the vectors of (a
 * note says why): 0 when every database embedded now has its set in the
 * workspace (src/store/vectors.c). */
size_t sx_search_unstored(const sx_search *s);

/* Builds (or rebuilds) and saves the index of one database: the hook that
 * `analyze` calls after saving the catalog. The store's catalog must
 * already hold db (db->id and table ids set). */
int sx_search_index_database(sx_store *st, const sx_catalog *cat, const sx_database *db,
			     const sx_config *cfg, sx_table_info_fn info, void *info_payload,
			     sx_error *err);

typedef struct sx_search_opts {
	size_t k;                 /* results wanted (0: 5) */
	const char *database;     /* filters, NULL: any */
	const char *schema;
	const char *domain;
	int pii;                  /* -1 any, 0 tables without PII, 1 with PII */
	bool untranslated;        /* no English-Russian dictionary for this query:
	                           * for a caller that reads a whole request's words
	                           * itself (gen: "первого" is its keyword, not
	                           * "first" of a first_name column) */
	bool partitions;          /* when the query names a period (an English or
	                           * Russian month with a year, a year alone, an
	                           * ISO date or year-month) and a hit's table has
	                           * a partition that holds it (by its bound, else
	                           * its name's suffix: p2022_05, _202205,
	                           * y2022m05), put a hit for that partition right
	                           * above its parent; still k hits in all; such a
	                           * table's score is raised ([search]
	                           * period_boost). Off by default: gen and the
	                           * agents want tables */
	bool no_links;            /* never put a link table before the tables it
	                           * links ([search] link_promote): for a caller
	                           * that plans its own joins from the ends (gen) */
} sx_search_opts;
#define SX_SEARCH_OPTS_INIT {5, NULL, NULL, NULL, -1, false, false, false}

typedef struct sx_search_hit {
	const sx_table *table;    /* borrowed from the catalog */
	const char *partition;    /* the partition of table the query's period
	                           * names (borrowed from table->parts), NULL
	                           * for a hit on the table itself */
	double score;             /* fused score, higher is better */
	double dense;             /* cosine similarity of the vectors */
	double bm25;              /* BM25 over the same terms */
	size_t nwhy;
	const char **why;         /* matched query words ("user <- пользователях") */
} sx_search_hit;

typedef struct sx_search_result {
	size_t n;
	sx_search_hit *hits;      /* best first */
	sx_arena *arena;          /* owns why strings */
	double query_ms;          /* time spent, query embedding included */
} sx_search_result;

/* Runs one query. Errors (SX_EINVAL, with a one-line message): empty
 * query, only stopwords, longer than SX_SEARCH_MAX_QUERY bytes, invalid
 * UTF-8. */
#define SX_SEARCH_MAX_QUERY 4096
int sx_search_query(sx_search *s, const char *query, const sx_search_opts *opts,
		    sx_search_result **out, sx_error *err);
void sx_search_result_free(sx_search_result *r);

/* One hit as JSON: database, schema, name, (partition,) score,
 * description, domain, columns, why (and pii when known). Caller owns. */
cJSON *sx_search_hit_to_json(const sx_search *s, const sx_search_hit *h);
/* The map facts the search was opened with, for t (never NULL; fields may
 * be empty). */
const sx_table_info *sx_search_table_info(const sx_search *s, const sx_table *t);

/* ---------------------------------------------------------------- columns */

/* Column search: resolving a request needs columns, not only tables.
 * Each column is a small document of its own (its name, comment and
 * declared type, analysed like the tables: lexicon, stems, abbreviations,
 * typos, the thesaurus; words it shares with its table's name left out),
 * scored by the share of the query's column-IDF mass it holds, and
 * mixed with its table's score for the same query (the map's facts enter
 * through the table: description, domain, neighbours):
 *   score = 0.6 * column share + 0.4 * table score / best table score.
 * Only columns that hold some query word are returned. The filters of
 * opts apply to the columns' tables; opts->k is the number of columns. */
typedef struct sx_search_col_hit {
	const sx_table *table;    /* borrowed from the catalog */
	const sx_column *column;  /* borrowed: one of table->cols */
	double score;             /* higher is better, about 0..1 */
	double column_share;      /* share of the query's weight the column holds */
	double table_score;       /* its table's score, relative to the best table */
	size_t nwhy;
	const char **why;         /* the query words the column holds */
} sx_search_col_hit;

typedef struct sx_search_col_result {
	size_t n;
	sx_search_col_hit *hits;  /* best first */
	sx_arena *arena;          /* owns why strings */
	double query_ms;
} sx_search_col_result;

/* Runs one column query. The column documents are built on the first
 * call (every column of the catalog analysed once), later calls reuse
 * them. Errors: those of sx_search_query; SX_ENOMEM. *out is never NULL
 * on success (n may be 0). */
int sx_search_columns(sx_search *s, const char *query, const sx_search_opts *opts,
		      sx_search_col_result **out, sx_error *err);
void sx_search_col_result_free(sx_search_col_result *r);
/* One column hit as JSON: database, schema, table, column, type,
 * comment (when any), pk, score, why. Caller owns. */
cJSON *sx_search_col_hit_to_json(const sx_search_col_hit *h);

/* ---------------------------------------------------------------- words */

#define SX_SEARCH_TERM_MAX 40
/* The terms (analysed as documents are: English stems) of the English
 * words that the English-Russian dictionary translates a Russian word
 * with, those some table or column document of the search holds, best
 * first (earlier senses, then earlier positions), at most max: "округам"
 * -> counti when a County column exists. 0 when the word is not Cyrillic,
 * when the dictionary is absent or off ([search] ru_dict = 0), or when no
 * document holds any of them. Returns the count, or SX_ENOMEM. */
int sx_search_translate(sx_search *s, const char *word, char out[][SX_SEARCH_TERM_MAX],
			size_t max);

/* ---------------------------------------------------------------- lexical databases */

/* The lexical databases search reads when they are installed. Each is
 * optional: without one search still works, with fewer words related to
 * a query's (`sextant doctor` reports them). */
typedef struct sx_search_lexicon {
	const char *name;    /* "WordNet" */
	const char *package; /* the Debian package that installs it */
	const char *env;     /* the variable that overrides where it is read */
	const char *use;     /* what search reads from it */
	char path[1024];     /* where it is read (a file, or WordNet's folder) */
	bool present;        /* its files are readable there */
} sx_search_lexicon;

#define SX_SEARCH_LEXICONS 3
/* Fills out with WordNet, the MyThes Russian thesaurus and the Mueller
 * English-Russian dictionary as this process would find them (the
 * variables, else the Debian paths). Reads no file beyond access(2). */
void sx_search_lexicons(sx_search_lexicon out[SX_SEARCH_LEXICONS]);

/* ---------------------------------------------------------------- context */

/* What an agent receives for a request (`sextant context`). */
typedef struct sx_context_opts {
	const sx_table *const *tables; /* NULL-terminated terminals; NULL: search */
	size_t k;                      /* hits considered when searching (5) */
} sx_context_opts;

/* Builds the navigation context for query over map (the map of the
 * search's catalog). The tables are opts->tables, else the strong hits of
 * a search for query (the best hit and those scoring at least half as
 * much, in the best hit's database). They are connected by a Steiner-tree
 * approximation over the map's relationships (shortest-path heuristic,
 * each step the map's cheapest path). *out (caller owns):
 *   {"query", "database",
 *    "relevant_tables": [{"database","schema","name","role":"match"|"connector",
 *        "score"?, "description","domain","rows","pii","columns":[{"name","type",
 *        "pk"?,"pii"?,"comment"?}]}],
 *    "table_relationships": [sx_map_rel_to_json ...],
 *    "suggested_joins": [{"tables":[...],"sql", "confidence"?, "warning"?, "note"?}],
 *    "data_flow_order": [table names, referenced tables first],
 *    "warnings": [{"kind": "pii"|"low_confidence"|"fan_out"|"missing_index"|
 *                  "unconnected"|"other_database", "table", "message"}]}
 * Errors: those of sx_search_query, SX_ENOTFOUND when nothing matches. */
int sx_search_context(sx_search *s, const struct sx_dbmap *map, const char *query,
		      const sx_context_opts *opts, cJSON **out, sx_error *err);

#ifdef __cplusplus
}
#endif
#endif
