/*
 * search_int.h - declarations private to the embed module (and its tests and
 * benches): the FAISS wrapper, the local embedder's hashing, the remote
 * embedder, and the persisted index files.
 */
#ifndef SX_EMBED_INT_H
#define SX_EMBED_INT_H

#include <sextant/search.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- faiss_c.cpp */

/* A FAISS index: flat inner product (hnsw_m == 0) or HNSW-flat with inner
 * product (hnsw_m > 0). Every call returns 0 or a negative SX_E* code and
 * leaves a message in sx_fidx_last_error() (thread-local). */
typedef struct sx_fidx sx_fidx;
int sx_fidx_new(sx_fidx **out, int dim, int hnsw_m, int ef_construction);
void sx_fidx_free(sx_fidx *x);
int sx_fidx_add(sx_fidx *x, size_t n, const float *v);
/* k results per query; missing ones have label -1. */
int sx_fidx_search(const sx_fidx *x, size_t nq, const float *q, size_t k, float *scores,
		   int64_t *labels);
int sx_fidx_set_ef_search(sx_fidx *x, int ef);
int sx_fidx_reconstruct(const sx_fidx *x, int64_t id, float *out);
size_t sx_fidx_count(const sx_fidx *x);
int sx_fidx_dim(const sx_fidx *x);
bool sx_fidx_is_hnsw(const sx_fidx *x);
/* The index as FAISS's own bytes (malloc'd, caller frees), and back. */
int sx_fidx_serialize(const sx_fidx *x, unsigned char **buf, size_t *len);
int sx_fidx_deserialize(sx_fidx **out, const unsigned char *buf, size_t len);
const char *sx_fidx_last_error(void);

/* ---------------------------------------------------------------- analyze.c */

/* Lowercases UTF-8 text as the analyser does (ASCII, Latin-1 without
 * accents, Cyrillic with ё -> е) into out (cap bytes, NUL-terminated;
 * stops early rather than overflow). Returns the bytes written. */
size_t sx__lower(const char *s, size_t n, char *out, size_t cap);
/* English stem (with the stem exceptions) of a lowercase word, copied into
 * out (size n). Exposed for the lexicon tests. */
int sx__stem_en(sx_analyzer *a, const char *w, size_t len, char *out, size_t n);
int sx__stem_ru(sx_analyzer *a, const char *w, size_t len, char *out, size_t n);
/* The nouns verbs.tsv gives for a verb's stem (English or Russian) or its
 * lowercase spelling (borrow -> rental, loan): *n stems, borrowed from the
 * analyser; NULL when the lexicon has none. Queries only. */
const char *const *sx__analyzer_verb(const sx_analyzer *a, const char *stem, size_t *n);
/* Appends a term (copying the strings into out's arena). */
int sx__terms_push(sx_terms *out, const char *term, size_t tlen, const char *surface,
		   size_t slen, float weight, sx_term_origin origin);

/* ---------------------------------------------------------------- thesaurus.c */

/* WordNet (English nouns) and the Russian MyThes thesaurus, read from the
 * Debian packages' plain files ($SEXTANT_WORDNET_DIR, default
 * /usr/share/wordnet; $SEXTANT_MYTHES, default
 * /usr/share/mythes/th_ru_RU_v2 without .idx/.dat). */
typedef struct sx__thes sx__thes;
typedef enum {
	SX_THES_SYNONYM,
	SX_THES_HYPERNYM,
	SX_THES_HYPONYM,
	SX_THES_DERIVED /* a noun derived from the word as a verb (died -> death) */
} sx__thes_rel;
/* Gets each related word (not NUL-terminated, as written in the file);
 * non-zero stops the walk and is returned. */
typedef int (*sx__thes_fn)(void *payload, const char *word, size_t len, sx__thes_rel rel);
/* Opens what is installed; an absent language is off and named in
 * missing (empty when both are there). an (borrowed, outlives t) stems
 * Russian. Fails only with SX_ENOMEM. */
int sx__thes_open(sx__thes **out, sx_analyzer *an, char *missing, size_t n);
void sx__thes_free(sx__thes *t);
/* Whether the language of script (0 Latin, 1 Cyrillic) is available. */
bool sx__thes_has(const sx__thes *t, int script);
/* Related words of a lowercase word: for English, its base form, the
 * other words of its first `senses` noun synsets, their hypernyms and,
 * with hyponyms, their hyponyms, and with verbs the nouns derived from
 * its first `senses` verb senses; for Russian, the synonyms of every
 * dictionary form with the same Snowball stem. */
int sx__thes_related(sx__thes *t, const char *word, size_t len, unsigned senses, bool hyponyms,
		     bool verbs, sx__thes_fn fn, void *payload);
/* Whether a lowercase Latin word is an English word: a WordNet noun,
 * verb, adjective or adverb, as written or in an inflected form that
 * WordNet's morphology reduces to one ("unbroken", "medicines",
 * "taking"). False for Cyrillic and when WordNet is not installed. */
bool sx__thes_is_word(const sx__thes *t, const char *word, size_t len);

/* ---------------------------------------------------------------- bidict.c */

/* Russian words -> English words, from Debian's English-Russian dictionary
 * (mueller7-dict) read backwards ($SEXTANT_RU_EN_DICT, default
 * /usr/share/dictd/mueller7.dict.dz). */
typedef struct sx__bidict sx__bidict;
/* Gets each English headword (lowercase, not NUL-terminated) with its
 * sense number (1 the first); non-zero stops and is returned. */
typedef int (*sx__bidict_fn)(void *payload, const char *en, size_t len, int sense);
/* Reads the whole dictionary (an, borrowed, stems its Russian words):
 * SX_ENOTFOUND when the file is absent or unreadable, SX_ENOMEM. */
/* Where the dictionary is read from. */
const char *sx__bidict_path(void);
int sx__bidict_open(sx__bidict **out, sx_analyzer *an);
void sx__bidict_free(sx__bidict *d);
/* Translations read, and headwords they came from. */
size_t sx__bidict_size(const sx__bidict *d, size_t *heads);
/* The English words of a Russian word (any inflection: matched by its
 * Snowball stem), best first: earlier senses, then earlier positions. */
int sx__bidict_lookup(const sx__bidict *d, sx_analyzer *an, const char *word, size_t len,
		      sx__bidict_fn fn, void *payload);

/* ---------------------------------------------------------------- vectors */

/* Parameters of the local embedder. */
typedef struct sx_local_params {
	int dim;              /* hashed dimensions */
	float ngram_weight;   /* share of a term's weight given to its trigrams */
} sx_local_params;

/* Looks up a term's IDF; returns the IDF of an unseen term when unknown. */
typedef float (*sx_idf_fn)(void *payload, const char *term);

/* Hashes weighted terms (term weight x IDF, plus character trigrams) into
 * out[dim] and L2-normalises it. A vector with no features stays zero. */
void sx__local_vector(const sx_local_params *p, const sx_term *terms, size_t n, sx_idf_fn idf,
		      void *payload, float *out);

/* ---------------------------------------------------------------- remote.c */

/* A remote embedder: an OpenAI-compatible /v1/embeddings endpoint reached
 * through the LLM client. */
typedef struct sx_remote sx_remote;
/* Uses the [llm] section of cfg (endpoint, key, embed_model, embed_batch;
 * the caller applies environment overrides). SX_EUNSUPPORTED when no
 * endpoint is configured, SX_EINVAL when no model is. */
int sx__remote_new(sx_remote **out, const sx_config *cfg, sx_error *err);
void sx__remote_free(sx_remote *r);
const char *sx__remote_model(const sx_remote *r);
/* Embeds n texts into out (n x *dim floats, malloc'd, caller frees). Uses
 * and fills the workspace cache (embed_cache) when st is not NULL. The
 * vectors are L2-normalised. */
int sx__remote_embed(sx_remote *r, sx_store *st, const char *const *texts, size_t n,
		     float **out, int *dim, sx_error *err);

/* ---------------------------------------------------------------- search.c */

/* For benches: the dense part alone. Fills up to k nearest documents of
 * the whole pool as table pointers (best first) with their cosine. */
int sx__search_dense(sx_search *s, const char *query, size_t k, const sx_table **tables,
		     float *scores, size_t *n, sx_error *err);
/* The efSearch used for an index of n vectors queried for k results. */
int sx__search_ef(const sx_search *s, size_t n, size_t k);
/* Sets the base efSearch (benches tune it). */
void sx__search_set_ef(sx_search *s, int ef);
/* How many database indexes are exact (flat) and how many HNSW. */
void sx__search_index_stats(const sx_search *s, size_t *nflat, size_t *nhnsw);
/* How many databases had their vectors built (embedded, not loaded) by open. */
size_t sx__search_built(const sx_search *s);
/* How many databases had their index built by open from the stored
 * vectors (read, not embedded). */
size_t sx__search_from_shared(const sx_search *s);

/* ---------------------------------------------------------------- store */

/* The module's workspace tables (migrated on first use). */
int sx__embed_migrate(sx_store *st, sx_error *err);

/* What the workspace remembers about one database's index. */
typedef struct sx__idx_row {
	int64_t database_id;
	char file[512];          /* relative to the workspace directory */
	uint64_t terms_key;      /* catalog + map facts + lexicon the terms came from */
	uint64_t vec_key;        /* embedder, dimensions and index parameters */
	int dim;
	int64_t count;
	uint64_t checksum;       /* of the FAISS bytes in the file */
	int64_t corpus_docs;     /* tables in the workspace when the IDF was taken */
	char kind[8];            /* "flat" or "hnsw" */
	uint64_t shared_hash;    /* the shared vectors it was built from; 0: none */
} sx__idx_row;

int sx__idx_row_get(sx_store *st, int64_t database_id, sx__idx_row *row, bool *found,
		    sx_error *err);
int sx__idx_row_put(sx_store *st, const sx__idx_row *row, sx_error *err);

/* Calls fn for each stored document of a database: its table id, vector
 * id and serialised terms ("term\tweight\n"...). */
typedef int (*sx__doc_row_fn)(void *payload, int64_t table_id, int64_t vec_id, const char *terms);
int sx__docs_load(sx_store *st, int64_t database_id, sx__doc_row_fn fn, void *payload,
		  sx_error *err);
/* Replaces the stored documents of a database (inside the caller's
 * transaction). */
int sx__docs_begin_replace(sx_store *st, int64_t database_id, sx_error *err);
int sx__docs_put(sx_store *st, int64_t database_id, int64_t table_id, int64_t vec_id,
		 const char *terms, sx_error *err);

/* The index file: a fixed header (magic, format version, dimensions,
 * count, index kind, payload length, FNV-1a checksum) then FAISS's bytes.
 * Writing is atomic. Reading checks every header field against what the
 * workspace expects and returns SX_ECORRUPT, with the reason, on any
 * mismatch; FAISS never sees a damaged payload. */
int sx__idx_file_write(const char *path, const sx_fidx *fx, uint64_t *checksum, size_t *bytes,
		       sx_error *err);
int sx__idx_file_read(const char *path, int dim, int64_t count, uint64_t checksum,
		      sx_fidx **out, sx_error *err);

/* ---------------------------------------------------------------- period.c */

/* A half-open range of days [from, to), as yyyymmdd numbers. */
typedef struct sx__period {
	long from, to;
} sx__period;

/* The most precise period the query names (ISO date or year-month, month
 * name and year in English or Russian, a year alone); false when none. */
bool sx__query_period(const char *query, sx__period *out);
/* The narrowest of t's partitions whose range (its bound, else its name's
 * suffix) holds q; NULL when none. Borrowed from t. */
const sx_partition *sx__period_partition(const sx_table *t, const sx__period *q);

#ifdef __cplusplus
}
#endif
#endif
