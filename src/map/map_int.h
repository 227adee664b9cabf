/*
 * map_int.h - declarations shared inside the map module.
 */
#ifndef SX_MAP_INT_H
#define SX_MAP_INT_H

#include <sextant/map.h>

/* ------------------------------------------------------------ pointer hash */

/* A small open-addressing hash from pointers to pointers (tables -> map
 * records). Keys are never removed; rebuilt when the map is rebuilt. */
typedef struct sx__ptrmap {
	const void **keys;
	void **vals;
	size_t cap, count;
} sx__ptrmap;

int sx__ptrmap_put(sx__ptrmap *m, const void *key, void *val);
void *sx__ptrmap_get(const sx__ptrmap *m, const void *key);
void sx__ptrmap_release(sx__ptrmap *m);

/* ------------------------------------------------------------ the map */

/* A user decision, keyed by names so it survives re-analysis. */
typedef struct sx__decision {
	char *database;
	char *key;       /* sx__rel_key() */
	sx_map_status status;
} sx__decision;

/* Per-table node of the relationship graph (adjacency by rel index). */
typedef struct sx__node {
	sx_map_table *mt;     /* NULL when the table was not described */
	const sx_table *t;
	uint32_t idx;         /* position in node_list: dense ids for searches */
	SX_VEC(uint32_t) rels;
	SX_VEC(uint32_t) nbs; /* nbs.v[i]: node index across rels.v[i]
				 (UINT32_MAX for a junction's own entry) */
} sx__node;

struct sx_dbmap {
	const sx_catalog *cat;
	sx_arena *arena;
	sx__ptrmap tables;            /* sx_table* -> sx_map_table* */
	SX_VEC(sx_map_rel *) rels;    /* every relationship, arena-owned */
	sx_hmap *rel_ids;              /* id -> sx_map_rel* (keys in arena) */
	sx__ptrmap nodes;             /* sx_table* -> sx__node* (heap) */
	SX_VEC(sx__node *) node_list; /* for freeing */
	SX_VEC(sx__decision) decisions;
	/* Connected components of the default walk (confidence >= 0.5, not
	 * rejected), computed at reindex: root node per node, and per database
	 * the count (tables without relationships included). */
	uint32_t *comp;
	sx__ptrmap comp_count;        /* sx_database* -> count + 1 */
};

/* Whether a path may walk r (default options: 0.5, rejected skipped). */
bool sx__rel_walkable(const sx_map_rel *r, double min_conf, bool include_rejected);

/* Rebuilds rel_ids and the adjacency after rels changed. */
int sx__dbmap_reindex(sx_dbmap *m, sx_error *err);
/* Removes every relationship and table record of db from the map. */
void sx__dbmap_drop_database(sx_dbmap *m, const sx_database *db);
/* Adds a relationship (copied shallowly; strings must live in m->arena). */
int sx__dbmap_add_rel(sx_dbmap *m, sx_map_rel *r);
/* Sets the stable id of r from its names (needs from/to filled). */
void sx__rel_set_id(sx_dbmap *m, sx_map_rel *r);
/* The name key used for decisions: "s.t(c1,c2)->s.t(c1,c2)" in arena. */
const char *sx__rel_key(sx_arena *a, const sx_map_rel *r);
/* Applies stored decisions (by names) to the relationships of db (NULL: all). */
void sx__dbmap_apply_decisions(sx_dbmap *m, const sx_database *db);
/* Fills an end from a table and column list (strings copied to arena). */
void sx__end_set(sx_arena *a, sx_map_end *e, const sx_table *t, size_t ncols,
		 const char *const *cols);
/* True when the table is the end's table. */
sx__node *sx__node_of(const sx_dbmap *m, const sx_table *t);
/* Evidence list building (arena). */
typedef SX_VEC(sx_map_evidence) sx__evvec;
int sx__ev_add(sx__evvec *v, sx_arena *a, const char *type, double score, const char *fmt, ...)
	SX_PRINTF(5, 6);
/* Copies an evidence vector into the arena and frees it. */
sx_map_evidence *sx__ev_commit(sx__evvec *v, sx_arena *a, size_t *n);

/* ------------------------------------------------------------ names */

#define SX__MAX_WORDS 16
#define SX__WORD_MAX 64

/* An identifier split into lowercase words: "customerID" -> customer, id;
 * "t_ord_hdr" -> t, ord, hdr; "Club_ID_2" -> club, id, 2. ASCII and
 * Cyrillic letters are folded to lowercase. */
typedef struct sx__words {
	size_t n;
	char w[SX__MAX_WORDS][SX__WORD_MAX];
} sx__words;

void sx__split(const char *ident, sx__words *out);
/* English singular of one lowercase word ("companies" -> "company"). */
void sx__singular(const char *w, char *out, size_t n);
/* English plural of one lowercase word ("company" -> "companies"). */
void sx__plural(const char *w, char *out, size_t n);
/* The singulars a lowercase plural may have under the plural endings of
 * other languages: Russian transliterated (klienty -> klient, strany ->
 * strana, goroda -> gorod, kategorii -> kategoriya, podrazdeleniya ->
 * podrazdelenie) and in Cyrillic, Spanish/Portuguese (ciudades -> ciudad,
 * hoteis -> hotel, itens -> item), Italian (prodotti -> prodotto, fatture
 * -> fattura), German (rechnungen -> rechnung, kunden -> kunde, produkte
 * -> produkt, auftraege or aufträge -> auftrag), French (bureaux -> bureau,
 * journaux -> journal), Polish (zamowienia -> zamowienie), Turkish
 * (musteriler -> musteri). Each is
 * passed through sx__singular, as the words of column names are; those
 * equal to the English singular are left out. Returns how many (<= max). */
size_t sx__foreign_singulars(const char *w, char out[][SX__WORD_MAX], size_t max);
/* Joins words[from..to) without separators into out. */
void sx__join(const sx__words *ws, size_t from, size_t to, char *out, size_t n);
/* Words with the table prefixes (tbl, t, tb, app, dim, fact, stg, ...)
 * removed in place; returns how many were removed. */
size_t sx__strip_table_prefix(sx__words *ws);
/* True for words that say nothing on their own ("id", "code", "name",
 * "key", "no", "num", "type", ...). */
bool sx__generic_word(const char *w);
/* True for key-like words ("id", "code", "key", "no", "num", "uuid", ...). */
bool sx__key_word(const char *w);
/* Lexical similarity of two identifiers in [0, 1]: Dice coefficient of
 * character trigrams of their normalised forms. */
double sx__name_similarity(const char *a, const char *b);
/* Normalised form of an identifier: words (singular) joined. */
void sx__norm(const char *ident, char *out, size_t n);

/* ------------------------------------------------------------ checksums */

bool sx__luhn_ok(const char *digits);
bool sx__inn_ok(const char *digits);    /* Russian INN, 10 or 12 digits */
bool sx__snils_ok(const char *digits);  /* Russian SNILS, 11 digits */
bool sx__iban_ok(const char *s);        /* mod-97 over the rearranged IBAN */
/* Copies the digits of s into out (up to n-1); returns how many, or 0 when
 * s holds other characters than digits, spaces, '-', '(', ')', '+', '.'. */
size_t sx__digits_only(const char *s, char *out, size_t n);

/* ------------------------------------------------------------ stages */

/* pii.c: classifies the columns of t (names, then sampled values when s is
 * not NULL) into mt->cols. */
int sx__pii_table(sx_dbmap *m, sx_map_table *mt, sx_sampler *s, const sx_map_opts *o,
		  sx_error *err);
/* Name-only class of a column, with its score and the rule that matched. */
sx_map_pii sx__pii_by_name(const char *table, const sx_column *c, double *score,
			   const char **rule);
/* The class a column's comment names (c->comment read like a column name:
 * its words before the first preposition), with score and rule; NONE when
 * the column has no comment or the comment names no class. */
sx_map_pii sx__pii_by_comment(const char *table, const sx_column *c, double *score,
			      const char **rule);
/* Value class of one text value (or NONE), with subtype for government
 * ids ("inn", "snils", "ssn", "passport") in *sub. */
sx_map_pii sx__pii_by_value(const char *v, const char **sub);

/* relate.c */
int sx__relate(sx_dbmap *m, sx_database *db, sx_sampler *s, const sx_map_opts *o,
	       sx_error *err);
/* The documented confidence formula (docs/relationships.md): features in,
 * confidence out. Exposed for the unit tests and the bench. */
typedef struct sx__relfeat {
	int rule;            /* SX__RULE_* */
	int key;             /* SX__KEY_* : how unique the parent side is */
	int type;            /* SX__TYPE_* */
	double containment;  /* share of sampled child values in the parent; <0: unknown */
	size_t sampled;      /* distinct child values sampled */
	bool child_is_pk;    /* the child columns are the child's whole PK */
	bool child_in_pk;    /* part of a composite PK (junction tables) */
	bool parent_named;   /* the column names the parent table */
	int rivals;          /* other candidates of similar naming strength */
	double similarity;   /* lexical similarity column stem vs parent table */
	bool bare_role;      /* role prefix before a bare table name (home_games) */
	bool poly_by_name;   /* polymorphic id whose target only the name suggests */
	bool unique_peer;    /* unique column to a unique (non-PK) one, naming neither */
	bool other_schema;   /* schema affinity: the parent lives in another schema */
} sx__relfeat;

enum {
	SX__RULE_IDENTICAL = 0, /* same key name: singer_id <-> singer.singer_id */
	SX__RULE_TABLE_KEY,     /* x_id -> x.id / xs.id / x.x_id */
	SX__RULE_ID_PREFIX,     /* id_x -> x.id */
	SX__RULE_TABLE_NAME,    /* column x -> x.<key> */
	SX__RULE_ROLE,          /* role prefix: host_city_id -> city.id */
	SX__RULE_BY_USER,       /* created_by -> users.id */
	SX__RULE_SELF,          /* parent_id -> same table */
	SX__RULE_COMPOSITE,     /* all columns of a composite key by name */
	SX__RULE_PARTIAL,       /* a word of a multi-word table: company_id -> operate_company */
	SX__RULE_LINK_PAIR,     /* numbered pair of a link table: l_artist_url.entity0 -> artist */
	SX__RULE_KEY_STEM,      /* a key's name less its key word: bill_to_cust -> cst_mstr.cust_no */
	SX__RULE_ABBREV,        /* an abbreviation of the table's name: nomen_id -> nomenclature */
	SX__RULE_VALUES,        /* no name: the sampled values are one text key's (debit_to) */
	SX__RULE_COUNT
};
enum { SX__KEY_PK = 0, SX__KEY_UNIQUE, SX__KEY_MEASURED, SX__KEY_ASSUMED, SX__KEY_DUPLICATES };
enum { SX__TYPE_EXACT = 0, SX__TYPE_FAMILY, SX__TYPE_UNKNOWN, SX__TYPE_MISMATCH };

double sx__rel_confidence(const sx__relfeat *f, sx__evvec *ev, sx_arena *a);
const char *sx__rule_name(int rule);

/* describe.c: domain, description, sensitivity and frequency of mt (PII
 * must have run; relationships should have, for neighbours). */
int sx__describe_table(sx_dbmap *m, sx_map_table *mt, sx_sampler *s, const sx_map_opts *o,
		       sx_error *err);
/* Expands an abbreviation or transliteration in place ("ord" -> "order",
 * "zakaz" -> "order"); other words are left as they are. */
void sx__expand_abbrev(char *w, size_t n);
/* Domain from names alone (unit tests). */
sx_map_domain sx__domain_of_name(const char *table, double *score);

/* paths.c: JOIN rendering shared with tests. */
int sx__render_sql(const sx_dbmap *m, sx_map_path *p, const sx_table *from, sx_arena *a);

#endif
