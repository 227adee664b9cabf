/*
 * relate.c - relationship discovery for one database.
 *
 * Data flow:
 *   1. declared foreign keys become relationships of kind "declared";
 *   2. every table offers its candidate parent keys (PK, unique columns,
 *      or id-like columns of tables without a PK); each key is entered in
 *      a hash index under the name keys a referencing column would carry
 *      (identical name, <table><key>, id<table>, <table>, ...);
 *   3. every column of every table looks its name (and its suffixes, for
 *      role prefixes such as host_city_id) up in that index, so the work
 *      is linear in the number of columns: no scan of column pairs;
 *   4. each candidate collects evidence (naming rule, type family, parent
 *      uniqueness, value containment through the sampler, similarity,
 *      rivals) and gets a confidence from sx__rel_confidence, the formula
 *      documented in docs/relationships.md;
 *   5. per child column the best candidate wins, the others are kept as
 *      its alternates; junction tables add many-to-many relationships and
 *      (x_type, x_id) pairs are marked polymorphic.
 *
 * Runs on the caller's thread; sampled values live only in local arrays.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "map_int.h"

#define NAME_MAX_KEY 160
#define MAX_KEY_COLS 8
#define MAX_WEAK_TARGETS 8 /* weak (partial) name keys matching more are ignored */

/* A candidate parent key. */
struct pkey {
	sx_table *t;
	size_t ncols;
	const char *cols[MAX_KEY_COLS];
	const sx_column *col;  /* the column of a single-column key */
	int kind;              /* SX__KEY_* */
	bool measured;         /* uniqueness was measured through the sampler */
	bool fk_elsewhere;     /* composite: every column also names another key */
};

struct ientry {
	struct pkey *pk;
	int rule;
	bool loose; /* through another language's plural: only where no other entry is */
};

typedef SX_VEC(struct ientry) ivec;
typedef SX_VEC(sx_table *) tvec;

/* Candidates of one child column whose values are sampled at most. */
#define MAX_SAMPLED_CANDS 8

struct cand {
	struct pkey *pk;
	sx_table *child;
	size_t ncols;
	const char *cols[MAX_KEY_COLS];
	int rule;
	int via_rule;          /* for ROLE: the rule that matched the suffix */
	const char *matched;   /* the name key that matched (arena) */
	sx__relfeat f;
	double conf;
	bool polymorphic;
	bool poly_by_value;    /* the target came from sampled type values */
	bool loose;            /* named through another language's plural */
	const char *type_column;
};

typedef SX_VEC(struct cand) cvec;

struct ctx {
	sx_dbmap *m;
	sx_database *db;
	sx_sampler *s;
	const sx_map_opts *o;
	sx_arena *tmp;           /* index keys and pkeys; freed at the end */
	sx_hmap *index;           /* name key -> ivec* */
	SX_VEC(ivec *) ivecs;
	SX_VEC(struct pkey *) composites;
	sx_hmap *comp_index;      /* norm of a composite key's first column -> ivec* */
	sx_hmap *colfreq;         /* norm column name -> tables having it */
	sx_hmap *rolefreq;        /* norm "<word> <key>" ending a longer id name -> columns */
	sx_hmap *stemset;         /* every table stem */
	sx_hmap *vocab;           /* every word of a table's or a column's name, split */
	sx_hmap *headwords;       /* singular last word of a table's name -> the table (keyed id or
				   * by that word), or 1 if several */
	sx_hmap *loosestems;      /* every table stem under other languages' plurals */
	sx_hmap *pknames;         /* norm names of single-column primary keys -> how many */
	sx_hmap *uqnames;         /* norm names of declared unique non-key integer columns -> how
				   * many */
	sx_hmap *tabwords;        /* a table's name words joined by \x1f -> sx_table* */
	sx_hmap *app_prefixes;    /* first words of <app>_<model> tables, or NULL */
	size_t ubiq_min;         /* tables a name must be in to be ubiquitous */
	bool indexed;            /* every candidate key is in the index */
	bool head_first;          /* names put the head noun first (lineas_pedido) */
	sx_hmap *declared;        /* "table\x1fcol" of declared FK child columns */
	sx_hmap *user_tables;     /* not used as a map: presence only */
	SX_VEC(struct pkey *) users;
	SX_VEC(struct pkey *) principals; /* principal_of each of users, or NULL */
	struct pkey *hub;                 /* the schema's entity hub (find_hub), or NULL */
	SX_VEC(sx_table *) glued; /* tables of a one-word name keyed by one column */
	SX_VEC(tvec *) tvecs;     /* the lists below, to free */
	sx_hmap *lastwords;       /* singular last word of a table's name -> tvec* */
	sx_hmap *gluedtails;      /* an ending of a glued table's name (four letters or
				   * more, three before) -> tvec* of those tables */
	sx_hmap *pkcols;          /* lower-case single primary key column -> tvec* */
	sx_hmap *pktails;         /* a normalised single key column less its first 0-2 chars ->
				   * tvec* */
	tvec all;                 /* every table, in catalog order */
	int64_t sample_queries;
	bool sampling_failed;
};

/* The tables listed under key in map; none where none is. */
static const tvec *tlist(sx_hmap *map, const char *key)
{
	static const tvec none = {0};
	const tvec *v = sx_hmap_get(map, key);
	return v ? v : &none;
}

/* ------------------------------------------------------------ confidence */

const char *sx__rule_name(int rule)
{
	static const char *const n[SX__RULE_COUNT] = {
		"identical key name", "table + key name", "id + table name", "table name",
		"role prefix", "*_by or person role -> users", "self reference", "composite key names",
		"part of the table name", "numbered pair of a link table", "key name less its key word",
		"abbreviation of the table name", "no name: values of one text key"};
	return rule >= 0 && rule < SX__RULE_COUNT ? n[rule] : "?";
}

/* The weights of the confidence formula (log-odds). They were fitted on
 * the evaluation bench (tests/bench/eval_relations) and rounded; the
 * derivation and the measured calibration are in docs/relationships.md.
 * Changing a number here means re-running the bench and updating that
 * document. */
static const double W_RULE[SX__RULE_COUNT] = {
	/* identical */ 1.6, /* table_key */ 1.5, /* id_prefix */ 1.0, /* table_name */ 0.3,
	/* role */ 0.5, /* by_user */ 0.8, /* self */ 0.2, /* composite */ 1.0,
	/* partial */ 0.4, /* link pair */ 1.0, /* key stem */ 0.5, /* abbreviation */ 0.5,
	/* values only: full containment must carry it */ -0.5};
static const double W_KEY[] = {/* pk */ 0.6, /* unique */ 0.3, /* measured */ 0.0,
			       /* assumed */ -0.8, /* duplicates */ -4.0};
static const double W_TYPE[] = {/* exact */ 0.3, /* family */ 0.0, /* unknown */ -0.6,
				/* mismatch (SQLite) */ -0.9};
static const double W_BIAS = -0.9;
static const double W_CONT_FULL = 2.2;   /* all sampled values found */
static const double W_CONT_MISS = -10.0; /* times the shortfall below 90% */
static const double W_CHILD_PK = -1.2;   /* child columns are the child's PK */
static const double W_CHILD_IN_PK = 0.5; /* part of a composite PK */
static const double W_NAMED = 0.7;       /* the column names the parent table */
static const double W_RIVAL = -0.3;      /* per rival of equal naming strength */
static const double W_SIM = 0.8;         /* times the name similarity */
static const double W_BARE_ROLE = -1.6;  /* role prefix before a bare table name */
static const double W_POLY_NAMED = -1.5; /* polymorphic target found by name only */
static const double W_UNIQUE_PEER = -1.0;/* unique to unique, the name naming neither */
static const double W_OTHER_SCHEMA = -0.2; /* schema affinity: parent in another schema */
static const double W_NAME_ONLY = -0.8;  /* a bare table name, types apart, nothing sampled */

double sx__rel_confidence(const sx__relfeat *f, sx__evvec *ev, sx_arena *a)
{
	double z = W_BIAS, c;
	int key = f->key < 0 ? 0 : f->key > SX__KEY_DUPLICATES ? SX__KEY_DUPLICATES : f->key;
	int type = f->type < 0 ? 0 : f->type > SX__TYPE_MISMATCH ? SX__TYPE_MISMATCH : f->type;

	z += W_RULE[f->rule >= 0 && f->rule < SX__RULE_COUNT ? f->rule : SX__RULE_ROLE];
	if (f->bare_role)
		z += W_BARE_ROLE;
	if (f->poly_by_name)
		z += W_POLY_NAMED;
	if (f->unique_peer)
		z += W_UNIQUE_PEER;
	if (f->other_schema)
		z += W_OTHER_SCHEMA;
	z += W_KEY[key];
	z += W_TYPE[type];
	/* A column merely named like a table ("airline", "player") whose type
	 * is not the key's holds the value itself more often than a
	 * reference; without sampled values nothing else speaks for it. */
	if ((f->rule == SX__RULE_TABLE_NAME || f->bare_role) && type == SX__TYPE_MISMATCH &&
	    !(f->containment >= 0 && f->sampled > 0))
		z += W_NAME_ONLY;
	if (f->containment >= 0 && f->sampled > 0) {
		/* Few sampled values prove little: weight by n / (n + 3). A few
		 * orphans are normal in real data; many are not. */
		double wn = (double)f->sampled / ((double)f->sampled + 3.0);
		double miss = 1.0 - f->containment, t;
		if (f->containment >= 0.98)
			t = W_CONT_FULL;
		else if (f->containment >= 0.9)
			t = W_CONT_FULL * 0.5;
		else
			t = W_CONT_MISS * (0.9 - f->containment);
		z += wn * t;
		if (ev)
			sx__ev_add(ev, a, "containment", f->containment,
				   "%.0f%% of %zu sampled distinct values found in the parent key "
				   "(%.0f%% orphans)",
				   f->containment * 100.0, f->sampled, miss * 100.0);
	}
	if (f->child_is_pk)
		z += W_CHILD_PK;
	if (f->child_in_pk)
		z += W_CHILD_IN_PK;
	if (f->parent_named)
		z += W_NAMED;
	z += W_RIVAL * (f->rivals > 3 ? 3 : f->rivals);
	z += W_SIM * f->similarity;
	c = 1.0 / (1.0 + exp(-z));
	return c;
}

/* ------------------------------------------------------------ helpers */

/* The declared length of a text column (varchar(36), char(26)), or 0. */
static long text_len(const sx_column *col)
{
	const char *p = col->type ? strchr(col->type, '(') : NULL;
	return p ? strtol(p + 1, NULL, 10) : 0;
}

/* The declared scale of a decimal column (numeric(8,2): 2), or 0. */
static long decimal_scale(const sx_column *col)
{
	const char *p = col->type ? strchr(col->type, '(') : NULL;
	p = p ? strchr(p, ',') : NULL;
	return p ? strtol(p + 1, NULL, 10) : 0;
}

static bool fam_compatible(sx_typefam a, sx_typefam b, const sx_column *ca, const sx_column *cb,
			   bool dynamic, int *out)
{
	bool num_a = a == SX_TF_INTEGER || a == SX_TF_DECIMAL;
	bool num_b = b == SX_TF_INTEGER || b == SX_TF_DECIMAL;
	if (a == SX_TF_OTHER || b == SX_TF_OTHER) {
		*out = SX__TYPE_UNKNOWN;
		return true;
	}
	/* A decimal with places after the point (numeric(8,2), an amount)
	 * holds no integer key, nor is one. */
	if ((a == SX_TF_DECIMAL && b == SX_TF_INTEGER && decimal_scale(ca) > 0) ||
	    (b == SX_TF_DECIMAL && a == SX_TF_INTEGER && decimal_scale(cb) > 0))
		return false;
	/* A float key next to an integer one: dirty schemas do it; only the
	 * values can tell, so it stays a weak candidate. */
	if ((a == SX_TF_FLOAT && (num_b || b == SX_TF_FLOAT)) ||
	    (b == SX_TF_FLOAT && (num_a || a == SX_TF_FLOAT))) {
		*out = a == b ? SX__TYPE_FAMILY : SX__TYPE_MISMATCH;
		return true;
	}
	/* SQLite stores any value in any column: a TEXT column of numbers
	 * is common. The declared families then only weakly disagree and the
	 * sampled values decide. */
	if (dynamic && ((a == SX_TF_TEXT && num_b) || (num_a && b == SX_TF_TEXT))) {
		*out = SX__TYPE_MISMATCH;
		return true;
	}
	/* A text column declared shorter than the key (varchar(26) beside a
	 * varchar(64) key) cannot hold every key value: a weak match. */
	if (a == SX_TF_TEXT && b == SX_TF_TEXT && text_len(ca) > 0 && text_len(cb) > text_len(ca)) {
		*out = SX__TYPE_MISMATCH;
		return true;
	}
	if (a == b || (num_a && num_b) || (a == SX_TF_UUID && b == SX_TF_TEXT) ||
	    (a == SX_TF_TEXT && b == SX_TF_UUID)) {
		*out = (ca->type && cb->type && sx_str_eq_nocase(ca->type, cb->type))
			       ? SX__TYPE_EXACT
			       : SX__TYPE_FAMILY;
		return true;
	}
	return false;
}

static void lower_ascii(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s + 32);
}

/* Families that never hold keys. */
static bool keyless_family(sx_typefam f)
{
	return f == SX_TF_BOOLEAN || f == SX_TF_JSON || f == SX_TF_ARRAY || f == SX_TF_BINARY;
}

static bool all_key_words(const sx__words *w)
{
	size_t i;
	if (w->n == 0)
		return false;
	for (i = 0; i < w->n; i++)
		if (!sx__key_word(w->w[i]))
			return false;
	return true;
}

static bool all_generic(const sx__words *w)
{
	size_t i;
	for (i = 0; i < w->n; i++)
		if (!sx__generic_word(w->w[i]) && !(w->w[i][0] >= '0' && w->w[i][0] <= '9'))
			return false;
	return true;
}

/* Normalised join of words [from, to): each word singular. */
static void norm_words(const sx__words *ws, size_t from, size_t to, char *out, size_t n)
{
	size_t i, j = 0;
	out[0] = 0;
	for (i = from; i < to && i < ws->n; i++) {
		char s[SX__WORD_MAX];
		size_t l;
		sx__singular(ws->w[i], s, sizeof s);
		l = strlen(s);
		if (j + l + 1 > n)
			break;
		memcpy(out + j, s, l);
		j += l;
		out[j] = 0;
	}
}

/* The stems a referencing column would use for table t: its name in
 * singular words, with and without a table prefix (tbl_, t_, app_). */
/* Stems are asked for the same tables over and over: a small per-thread
 * direct-mapped cache. An entry is valid only for the same name text, so a
 * reused address of another catalog cannot return stale stems. */
#define STEM_CACHE 512
static _Thread_local struct stem_entry {
	const sx_table *t;
	unsigned gen;
	char name[NAME_MAX_KEY];
	size_t n;
	char s[2][NAME_MAX_KEY];
} stem_cache[STEM_CACHE];

/* The application prefixes of the database being related (see
 * find_app_prefixes), set by sx__relate for its thread; the stems of a
 * table depend on them, so each run has its own cache generation. */
static _Thread_local sx_hmap *app_prefixes;
static _Thread_local unsigned stem_gen;

static bool is_app_prefix(const char *w)
{
	return app_prefixes && sx_hmap_get(app_prefixes, w) != NULL;
}

static size_t table_stems_raw(const sx_table *t, char stems[2][NAME_MAX_KEY]);

static size_t table_stems(const sx_table *t, char stems[2][NAME_MAX_KEY])
{
	struct stem_entry *e = &stem_cache[((uintptr_t)t >> 4) % STEM_CACHE];
	if (e->t != t || e->gen != stem_gen || strcmp(e->name, t->name) != 0) {
		e->t = t;
		e->gen = stem_gen;
		snprintf(e->name, sizeof e->name, "%s", t->name);
		e->n = table_stems_raw(t, e->s);
	}
	memcpy(stems, e->s, sizeof e->s);
	return e->n;
}

/* Drops an application prefix ("shop" of shop_product, "auth" of
 * auth_user): Django names its tables <app>_<model>, and a column names
 * the model only (product_id). */
static bool strip_app_prefix(sx__words *w)
{
	if (w->n < 2 || !is_app_prefix(w->w[0]))
		return false;
	memmove(w->w[0], w->w[1], (w->n - 1) * sizeof w->w[0]);
	w->n--;
	return true;
}

/* Is the second stem of t the one without an application prefix? */
static bool app_stem(const sx_table *t)
{
	sx__words w;
	sx__split(t->name, &w);
	return !sx__strip_table_prefix(&w) && w.n >= 2 && is_app_prefix(w.w[0]);
}

static size_t table_stems_raw(const sx_table *t, char stems[2][NAME_MAX_KEY])
{
	sx__words w;
	size_t n = 0;
	sx__split(t->name, &w);
	norm_words(&w, 0, w.n, stems[n], NAME_MAX_KEY);
	if (stems[n][0])
		n++;
	if (sx__strip_table_prefix(&w) || strip_app_prefix(&w)) {
		norm_words(&w, 0, w.n, stems[n], NAME_MAX_KEY);
		if (stems[n][0] && (n == 0 || strcmp(stems[0], stems[n]) != 0))
			n++;
	} else if (w.n == 2 && strcmp(w.w[0], w.w[1]) == 0) {
		/* a module's main model, named twice (account_account,
		 * product_product, uom_uom): the entity is the word once */
		norm_words(&w, 0, 1, stems[n], NAME_MAX_KEY);
		if (stems[n][0] && (n == 0 || strcmp(stems[0], stems[n]) != 0))
			n++;
	}
	return n;
}

/* The stems of t under other languages' plurals (klienty -> klient,
 * kategorii_tovarov -> kategoriya + tovarov, ciudades -> ciudad): its
 * first or last word replaced by a singular of sx__foreign_singulars, for
 * the name as it is and without its table prefix or (app) its
 * application prefix. Only those that are not one of its English stems. */
#define MAX_LOOSE 12
static size_t table_loose_stems(const sx_table *t, bool app, char out[MAX_LOOSE][NAME_MAX_KEY])
{
	char strict[2][NAME_MAX_KEY];
	size_t ns = table_stems(t, strict), n = 0, pass;
	sx__words w;
	sx__split(t->name, &w);
	for (pass = 0; pass < 2; pass++) {
		size_t ends[2], e;
		if (pass == 1 && !sx__strip_table_prefix(&w) && !(app && strip_app_prefix(&w)))
			break;
		ends[0] = 0;
		ends[1] = w.n ? w.n - 1 : 0;
		for (e = 0; e < 2 && w.n > 0; e++) {
			char f[6][SX__WORD_MAX];
			size_t nf, j;
			if (e == 1 && ends[1] == ends[0])
				break;
			nf = sx__foreign_singulars(w.w[ends[e]], f, 6);
			for (j = 0; j < nf && n < MAX_LOOSE; j++) {
				size_t k, q, len = 0;
				out[n][0] = 0;
				for (k = 0; k < w.n; k++) {
					char sg[SX__WORD_MAX];
					size_t l;
					if (k == ends[e])
						snprintf(sg, sizeof sg, "%s", f[j]); /* singular already */
					else
						sx__singular(w.w[k], sg, sizeof sg);
					l = strlen(sg);
					if (len + l + 1 > NAME_MAX_KEY)
						break;
					memcpy(out[n] + len, sg, l + 1);
					len += l;
				}
				for (q = 0; q < ns; q++)
					if (!strcmp(out[n], strict[q]))
						break;
				if (q < ns || !out[n][0])
					continue;
				for (q = 0; q < n; q++)
					if (!strcmp(out[n], out[q]))
						break;
				if (q == n)
					n++;
			}
		}
		/* the name with its abbreviated words written out (usr_grp
		 * -> user group, org_unit -> organization unit) */
		if (n < MAX_LOOSE && w.n > 0) {
			size_t k, q, len = 0;
			bool any = false;
			out[n][0] = 0;
			for (k = 0; k < w.n; k++) {
				char x[SX__WORD_MAX], sg[SX__WORD_MAX];
				size_t l;
				snprintf(x, sizeof x, "%s", w.w[k]);
				sx__expand_abbrev(x, sizeof x);
				any |= strcmp(x, w.w[k]) != 0;
				sx__singular(x, sg, sizeof sg);
				l = strlen(sg);
				if (len + l + 1 > NAME_MAX_KEY)
					break;
				memcpy(out[n] + len, sg, l + 1);
				len += l;
			}
			for (q = 0; any && q < ns; q++)
				if (!strcmp(out[n], strict[q]))
					any = false;
			for (q = 0; any && q < n; q++)
				if (!strcmp(out[n], out[q]))
					any = false;
			if (any && k == w.n && out[n][0])
				n++;
		}
	}
	return n;
}

/* Application prefixes: a first word of three or more letters that
 * begins the names of at least two tables (shop_product, shop_category)
 * while no table is named by that word alone and no column names it as a
 * reference (itm_cd, whs_no in a legacy ERP's itm_mstr, whs_loc). When a table "customers"
 * exists, customer_orders and customer_addresses are its dependants, not
 * an application's models; two-letter words (gl_, ar_) abbreviate a
 * meaning (general ledger) more often than they name an application,
 * unless one begins every table's name (wp_ of WordPress). */
static int find_app_prefixes(const sx_database *db, sx_arena *a, sx_hmap **out)
{
	sx_hmap *cnt = sx_hmap_new(256), *whole = sx_hmap_new(256), *colword = sx_hmap_new(256);
	sx_hmap *res = NULL;
	size_t s, t, pass, it = 0, ntab = 0;
	const char *key;
	void *val;
	int rc = SX_ENOMEM;
	if (!cnt || !whole || !colword)
		goto done;
	for (pass = 0; pass < 2; pass++)
		for (s = 0; s < db->nschemas; s++)
			for (t = 0; t < db->schemas[s]->ntables; t++) {
				const sx_table *tb = db->schemas[s]->tables[t];
				sx__words w;
				char k[NAME_MAX_KEY];
				uintptr_t n;
				size_t i;
				sx__split(tb->name, &w);
				if (pass == 0) {
					ntab++;
					norm_words(&w, 0, w.n, k, sizeof k);
					if (k[0] && sx_hmap_put(whole, sx_arena_strdup(a, k), (void *)1))
						goto done;
					if (sx__strip_table_prefix(&w)) {
						norm_words(&w, 0, w.n, k, sizeof k);
						if (k[0] && sx_hmap_put(whole, sx_arena_strdup(a, k),
									(void *)1))
							goto done;
					}
					/* A word that columns use as a reference (itm_cd,
					 * whs_no) names an entity, not an application. */
					for (i = 0; i < tb->ncols; i++) {
						sx__words cw;
						sx__split(tb->cols[i].name, &cw);
						if ((cw.n == 1 || (cw.n == 2 && sx__key_word(cw.w[1]))) &&
						    !sx_hmap_get(colword, cw.w[0]) &&
						    sx_hmap_put(colword, sx_arena_strdup(a, cw.w[0]),
								(void *)1))
							goto done;
					}
					continue;
				}
				if (w.n < 2 || sx__strip_table_prefix(&w))
					continue;
				sx__singular(w.w[0], k, sizeof k);
				if (sx_hmap_get(whole, k) || sx_hmap_get(whole, w.w[0]) ||
				    sx_hmap_get(colword, w.w[0]))
					continue;
				n = (uintptr_t)sx_hmap_get(cnt, w.w[0]);
				/* Without the prefix the table would be named like
				 * another one (bridge_sales_rep_group next to
				 * dim_sales_rep_group): the word is part of the name.
				 * The count is then poisoned for good. */
				norm_words(&w, 1, w.n, k, sizeof k);
				if (sx_hmap_get(whole, k))
					n = SIZE_MAX / 2;
				/* keys are borrowed: a new one is copied to the arena */
				if (sx_hmap_put(cnt, sx_hmap_get(cnt, w.w[0]) ? w.w[0]
									: sx_arena_strdup(a, w.w[0]),
						(void *)(n + 1)))
					goto done;
			}
	while (sx_hmap_next(cnt, &it, &key, &val)) {
		uintptr_t n = (uintptr_t)val;
		if (n < 2 || n > SIZE_MAX / 4)
			continue;
		/* A word of one or two letters is a prefix only where it
		 * begins the names of three tables in four or more (wp_ of
		 * WordPress, a product's m_ or x_ on nearly every table);
		 * two such words that share the tables between them (c_ and
		 * m_ of an ADempiere-style ERP) stay part of the name. */
		if (strlen(key) < 3 && (ntab < 3 || 4 * n < 3 * ntab))
			continue;
		if ((!res && !(res = sx_hmap_new(64))) || sx_hmap_put(res, key, (void *)1))
			goto done;
	}
	rc = 0;
done:
	sx_hmap_free(cnt);
	sx_hmap_free(whole);
	sx_hmap_free(colword);
	if (rc) {
		sx_hmap_free(res);
		res = NULL;
	}
	*out = res;
	return rc;
}

static int index_add_x(struct ctx *c, const char *key, struct pkey *pk, int rule, bool loose)
{
	ivec *v;
	size_t i;
	if (!key[0])
		return 0;
	v = sx_hmap_get(c->index, key);
	if (!v) {
		const char *k = sx_arena_strdup(c->tmp, key);
		v = sx_calloc(1, sizeof *v);
		if (!k || !v || SX_VEC_PUSH(&c->ivecs, v)) {
			free(v);
			return SX_ENOMEM;
		}
		if (sx_hmap_put(c->index, k, v))
			return SX_ENOMEM;
	}
	/* One entry per (key, rule): the strongest rule is entered first. */
	for (i = 0; i < v->n; i++)
		if (v->v[i].pk == pk)
			return 0;
	return SX_VEC_PUSH(v, ((struct ientry){pk, rule, loose}));
}

static int index_add(struct ctx *c, const char *key, struct pkey *pk, int rule)
{
	return index_add_x(c, key, pk, rule, false);
}

static int uniq_index_single(const sx_table *t, const char *col)
{
	size_t i;
	for (i = 0; i < t->nuniques; i++)
		if (t->uniques[i].ncols == 1 && strcmp(t->uniques[i].cols[0], col) == 0)
			return 1;
	for (i = 0; i < t->nindexes; i++)
		if (t->indexes[i].unique && !t->indexes[i].predicate &&
		    t->indexes[i].key.ncols == 1 && strcmp(t->indexes[i].key.cols[0], col) == 0)
			return 1;
	return 0;
}

static struct pkey *new_pkey(struct ctx *c, sx_table *t, int kind, size_t ncols,
			     const char *const *cols)
{
	struct pkey *pk = sx_arena_alloc(c->tmp, sizeof *pk);
	size_t i;
	if (!pk)
		return NULL;
	pk->t = t;
	pk->kind = kind;
	pk->ncols = ncols > MAX_KEY_COLS ? MAX_KEY_COLS : ncols;
	for (i = 0; i < pk->ncols; i++)
		pk->cols[i] = cols[i];
	if (ncols == 1)
		pk->col = sx_table_find_column(t, cols[0]);
	return pk;
}

/* Is w one of the NULL-terminated list? */
static bool in_words(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(w, *list) == 0)
			return true;
	return false;
}

static bool is_user_stem(const char *s)
{
	static const char *const u[] = {
		"user", "account", "member", "employee", "staff", "person", "admin", "operator",
		"login", "appuser", "sysuser",
		/* the same in other languages: Russian (transliterated and
		 * Cyrillic), Spanish, Portuguese, Italian, German, French */
		"sotrudnik", "polzovatel", "rabotnik", "usuario", "empleado", "persona",
		"funcionario", "colaborador", "utente", "dipendente", "benutzer", "nutzer",
		"mitarbeiter", "utilisateur", "employe", "salarie",
		"\xd1\x81\xd0\xbe\xd1\x82\xd1\x80\xd1\x83\xd0\xb4\xd0\xbd\xd0\xb8\xd0\xba", /* сотрудник */
		"\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c", /* пользователь */
		NULL};
	return in_words(s, u);
}

/* Is the single-column primary key of t named after another table, whole
 * ("area" in country_area, "edit" in edit_data, "campus" in csu_fees while
 * campuses exists)? Such a key extends that table's rows one-to-one: it is
 * a reference itself, and columns of the same name point at the named
 * table, not at the extension. */
/* Is stem one of t's own stems? */
static bool own_stem(const sx_table *t, const char *stem)
{
	char own[2][NAME_MAX_KEY];
	size_t ns = table_stems(t, own), i;
	for (i = 0; i < ns; i++)
		if (strcmp(own[i], stem) == 0)
			return true;
	return false;
}

static bool pk_names_other_table(const struct ctx *c, const sx_table *t)
{
	char kn[NAME_MAX_KEY];
	if (t->pk.ncols != 1)
		return false;
	sx__norm(t->pk.cols[0], kn, sizeof kn);
	if (!kn[0] || !sx_hmap_get(c->stemset, kn))
		return false;
	return !own_stem(t, kn);
}

static bool entity_word(const char *w);

/* Has t a column whose normalised name is nn? */
static bool col_normed(const sx_table *t, const char *nn)
{
	size_t i;
	for (i = 0; i < t->ncols; i++) {
		char x[NAME_MAX_KEY];
		sx__norm(t->cols[i].name, x, sizeof x);
		if (!strcmp(x, nn))
			return true;
	}
	return false;
}

/* The column of t whose normalised name is nn, or NULL. */
static const sx_column *col_by_norm(const sx_table *t, const char *nn)
{
	size_t i;
	for (i = 0; i < t->ncols; i++) {
		char x[NAME_MAX_KEY];
		sx__norm(t->cols[i].name, x, sizeof x);
		if (!strcmp(x, nn))
			return &t->cols[i];
	}
	return NULL;
}

/* Is the single-column primary key of t the head noun of another table's
 * name and a key word ("order_id" keying order_stats while sales_orders,
 * keyed id, exists)? The table extends that one one-to-one (a lookup or
 * statistics table keyed by its parent's reference), so other columns of
 * that name point at the named table, not at the extension. */
static bool pk_refs_other_table(const struct ctx *c, const sx_table *t)
{
	char kn[NAME_MAX_KEY];
	sx__words kw;
	if (t->pk.ncols != 1)
		return false;
	sx__split(t->pk.cols[0], &kw);
	/* a key glued to "id" whose word begins a word of the table's name
	 * that goes on (vtiger_user2role.userid): read as user_id; not
	 * Zabbix's hstgrp keyed by groupid */
	if (kw.n == 1 && strlen(kw.w[0]) >= 5 && kw.w[0][strlen(kw.w[0]) - 2] == 'i' &&
	    kw.w[0][strlen(kw.w[0]) - 1] == 'd') {
		sx__words tw;
		size_t i;
		sx__split(t->name, &tw);
		kw.w[0][strlen(kw.w[0]) - 2] = 0;
		for (i = 0; i < tw.n; i++)
			if (sx_str_startswith(tw.w[i], kw.w[0]) &&
			    (strlen(tw.w[i]) > strlen(kw.w[0]) + 1 || i + 1 < tw.n))
				break;
		if (i == tw.n)
			return false;
		snprintf(kw.w[1], SX__WORD_MAX, "id");
		kw.n = 2;
	}
	/* entity_id, record_id: the table's own generic id */
	if (kw.n < 2 || !sx__key_word(kw.w[kw.n - 1]) || entity_word(kw.w[0]))
		return false;
	norm_words(&kw, 0, kw.n - 1, kn, sizeof kn);
	if (!kn[0])
		return false;
	/* the head noun of another table's name (order of wp_wc_orders,
	 * sales_orders) keyed by that noun or an id */
	{
		const sx_table *h = sx_hmap_get(c->headwords, kn);
		if (!h || h == t)
			return false;
	}
	return !own_stem(t, kn);
}

/* The table an extension keyed by its reference extends (orders for
 * order_totals.order_id), where one table's name ends in the word. */
static const sx_table *ext_parent(const struct ctx *c, const sx_table *t)
{
	char kn[NAME_MAX_KEY];
	sx__words kw;
	const sx_table *h;
	if (!pk_refs_other_table(c, t))
		return NULL;
	/* a key name several tables share (meta_id of every meta table) is
	 * a naming habit, not one table's reference */
	sx__norm(t->pk.cols[0], kn, sizeof kn);
	if ((uintptr_t)sx_hmap_get(c->pknames, kn) > 1)
		return NULL;
	sx__split(t->pk.cols[0], &kw);
	norm_words(&kw, 0, kw.n - 1, kn, sizeof kn);
	h = sx_hmap_get(c->headwords, kn);
	return h == (const sx_table *)1 ? NULL : h;
}

/* Generic words in their legacy abbreviations (stat_cd, typ_cd): a key
 * of a status or type lookup, not an entity a role column names. */
static bool abbrev_generic(const sx__words *w)
{
	static const char *const g[] = {"stat", "sts", "typ", "tp", "cls", "desc", "dt", "nm",
					"seq", "ln", "line", NULL};
	return w->n == 1 && in_words(w->w[0], g);
}

/* Quantities and measures named after what they count (qty_ord,
 * amt_inv, cnt_shp): numbers, not references. */
static bool measure_word(const char *w)
{
	static const char *const m[] = {"qty", "quantity", "amt", "amount", "cnt", "count",
					"pct", "percent", "tot", "total", "sum", "avg", "min",
					"max", "num", "nbr", "number", NULL};
	return in_words(w, m);
}

/* A person table named by an abbreviation, alone or with a word that
 * only says it is the main record: usr_mstr, emp_mstr. */
static bool abbrev_person(const sx_table *t)
{
	sx__words w;
	size_t i, n = 0;
	char one[SX__WORD_MAX] = "";
	bool abbr = false;
	sx__split(t->name, &w);
	sx__strip_table_prefix(&w);
	for (i = 0; i < w.n; i++) {
		char x[SX__WORD_MAX], sg[SX__WORD_MAX];
		snprintf(x, sizeof x, "%s", w.w[i]);
		sx__expand_abbrev(x, sizeof x);
		if (!strcmp(x, "master") || !strcmp(x, "header") || !strcmp(x, "main"))
			continue;
		abbr = abbr || strcmp(x, w.w[i]) != 0;
		sx__singular(x, sg, sizeof sg);
		snprintf(one, sizeof one, "%s", sg);
		n++;
	}
	return n == 1 && abbr && is_user_stem(one);
}

/* A table of logins known by its columns, whatever its name (tabUser,
 * principal, sec_identity, ...): a password (or its hash) beside a login
 * name or an e-mail address. */
static bool credential_table(const sx_table *t)
{
	static const char *const pw[] = {"password", "passwd", "pwd", "passhash", NULL};
	static const char *const login[] = {"login", "username", "email", "mail", "userid",
					    "loginname", NULL};
	/* where the password opens: a service's address beside it (a
	 * payment processor's url_api, a mail server's host and port) makes
	 * the row a service account, not a person */
	static const char *const svc[] = {"host", "hostname", "port", "endpoint", NULL};
	static const char *const api[] = {"api", "site", "server", "service", "callback",
					  "webhook", NULL};
	bool has_pw = false, has_login = false;
	size_t i, j;
	for (i = 0; i < t->ncols; i++) {
		sx__words w;
		bool url = false, apiw = false;
		sx__split(t->cols[i].name, &w);
		for (j = 0; j < w.n; j++) {
			url |= !strcmp(w.w[j], "url") || !strcmp(w.w[j], "uri");
			apiw |= in_words(w.w[j], api);
			if (in_words(w.w[j], svc) || (url && apiw))
				return false;
			has_pw |= in_words(w.w[j], pw);
			/* user_name, login_name, e_mail */
			has_login |= in_words(w.w[j], login) ||
				     (j + 1 < w.n && !strcmp(w.w[j + 1], "name") &&
				      (!strcmp(w.w[j], "user") || !strcmp(w.w[j], "login")));
		}
	}
	return has_pw && has_login;
}

static bool in_users(const struct ctx *c, const sx_table *t)
{
	size_t i;
	for (i = 0; i < c->users.n; i++)
		if (c->users.v[i]->t == t)
			return true;
	return false;
}

/* Are the words of a key before its key word the leading words of its
 * table's name ("time_key" in dim_time_of_day)? Such a key names its
 * table even when its words are generic. */
static bool key_leads_table(const sx_table *t, const sx__words *kw)
{
	sx__words tw;
	size_t i, n = kw->n;
	if (n < 2 || !sx__key_word(kw->w[n - 1]))
		return false;
	n--;
	sx__split(t->name, &tw);
	if (!sx__strip_table_prefix(&tw))
		strip_app_prefix(&tw);
	if (tw.n < n)
		return false;
	for (i = 0; i < n; i++) {
		char a[SX__WORD_MAX], b[SX__WORD_MAX];
		size_t l;
		sx__singular(kw->w[i], a, sizeof a);
		sx__singular(tw.w[i], b, sizeof b);
		l = strlen(a);
		/* the whole name: the plural of an abbreviation (nrs of
		 * nr_id, too short to singularise) counts too */
		if (strcmp(a, b) != 0 &&
		    !(tw.n == n && i == n - 1 && strncmp(a, tw.w[i], l) == 0 &&
		      strcmp(tw.w[i] + l, "s") == 0))
			return false;
	}
	return true;
}

/* Abbreviation keys of a primary key's table, in the same index under
 * keys no name can have (a leading \x01): "\x01p" and each prefix of a
 * one-word name of seven or more letters that leaves three or more out
 * (nomen of nomenclature), "\x01i" and the initials of a name of two to
 * four words (ts of transportnye_sredstva, ei of edinitsy_izmereniya).
 * Looked up by abbrev_candidates only. */
static int index_abbrev(struct ctx *c, struct pkey *pk)
{
	sx__words tw;
	char buf[NAME_MAX_KEY];
	int rc = 0;
	sx__split(pk->t->name, &tw);
	if (!sx__strip_table_prefix(&tw))
		strip_app_prefix(&tw);
	if (tw.n == 1) {
		char ws[SX__WORD_MAX];
		size_t l, p;
		sx__singular(tw.w[0], ws, sizeof ws);
		l = strlen(ws);
		if ((unsigned char)ws[0] < 0x80 && l >= 7)
			for (p = 3; p + 3 <= l; p++) {
				snprintf(buf, sizeof buf, "\x01p%.*s", (int)p, ws);
				rc |= index_add(c, buf, pk, SX__RULE_ABBREV);
			}
	} else if (tw.n >= 2 && tw.n <= 4) {
		size_t i, j = 2;
		/* A key named by one long word of the table's name and a key
		 * word (organization_id of hr_all_organization_units) is
		 * shortened by references to that word's first letters
		 * (org_id): entered under each beginning of three or more
		 * letters that leaves three or more out. */
		if (pk->ncols == 1) {
			sx__words kw;
			sx__split(pk->cols[0], &kw);
			if (kw.n == 2 && sx__key_word(kw.w[1]) && strlen(kw.w[0]) >= 7 &&
			    (unsigned char)kw.w[0][0] < 0x80)
				for (i = 0; i < tw.n; i++) {
					char ws[SX__WORD_MAX];
					size_t l = strlen(kw.w[0]), p;
					sx__singular(tw.w[i], ws, sizeof ws);
					if (strcmp(ws, kw.w[0]) != 0)
						continue;
					for (p = 3; p + 3 <= l; p++) {
						snprintf(buf, sizeof buf, "\x01k%.*s", (int)p, kw.w[0]);
						rc |= index_add(c, buf, pk, SX__RULE_ABBREV);
					}
					break;
				}
		}
		memcpy(buf, "\x01i", 2);
		for (i = 0; i < tw.n; i++) {
			if ((unsigned char)tw.w[i][0] >= 0x80)
				return 0;
			buf[j++] = tw.w[i][0];
		}
		buf[j] = 0;
		rc |= index_add(c, buf, pk, SX__RULE_ABBREV);
		/* behind a one- or two-letter prefix no list knows (m_ of
		 * m_code_value: cv), the initials of the rest too */
		if (tw.n >= 3 && strlen(tw.w[0]) <= 2) {
			memmove(buf + 2, buf + 3, j - 2);
			rc |= index_add(c, buf, pk, SX__RULE_ABBREV);
		}
	}
	return rc;
}

/* Words that name no entity of their own in a key or a reference:
 * entity_id, record_id, object_id, row_id say "the row of some table"
 * (EAV and generic schemas key every entity table entity_id). */
static bool entity_word(const char *w)
{
	static const char *const e[] = {"entity", "record", "object", "row", NULL};
	return in_words(w, e);
}

/* A key named by a modifier and a key word (internal_id of
 * identity_provider): a word of four letters or more that names no table
 * and is no word of the table's own name (item_id of sales_order_item is
 * the head noun's key). */
static bool modifier_key(const struct ctx *c, const sx_table *t, const sx__words *kw)
{
	sx__words tw;
	char a[SX__WORD_MAX], b[SX__WORD_MAX];
	size_t i;
	if (kw->n != 2 || strlen(kw->w[0]) < 4 || sx__key_word(kw->w[0]) ||
	    sx_hmap_get(c->stemset, kw->w[0]))
		return false;
	sx__singular(kw->w[0], a, sizeof a);
	sx__split(t->name, &tw);
	for (i = 0; i < tw.n; i++) {
		sx__singular(tw.w[i], b, sizeof b);
		if (strcmp(a, b) == 0)
			return false;
	}
	return true;
}

/* Enters one single-column key of t under every name key. */
/* Do most of t's columns (three or more, over half) begin with the word
 * p and another word (rev_ of rev_id, rev_page, rev_actor)? */
static bool col_prefix_shared(const sx_table *t, const char *p)
{
	size_t i, n = 0;
	for (i = 0; i < t->ncols; i++) {
		sx__words w;
		sx__split(t->cols[i].name, &w);
		n += w.n >= 2 && strcmp(w.w[0], p) == 0;
	}
	return n >= 3 && n * 2 > t->ncols;
}

/* A table named as a link of one thing to another (o_re_to_group,
 * o_lecture_block_to_group, categories_to_documents: "to" between two
 * words) holds pairs; it is not a group, nor a category, so a reference
 * by either word alone (fk_group, category_id) does not mean it. Not
 * where "to" follows a verb of trade (ship_to_address, bill_to_party:
 * an address, a party). */
static bool to_link_name(const sx__words *tw)
{
	static const char *const verbs[] = {"ship", "bill", "sold", "send", "sent", "deliver",
					    "pay", "remit", "reply", "invoice", NULL};
	size_t i;
	for (i = 1; i + 1 < tw->n; i++)
		if (strcmp(tw->w[i], "to") == 0)
			return !in_words(tw->w[i - 1], verbs);
	return false;
}

/* A primary key named uuid or guid alone is the table's generated
 * identity, referenced as <name>_id as well as <name>_uuid (item_id ->
 * item.uuid, group_id -> epersongroup.uuid), unless the table has a
 * column of that name and of the key's type (the id the name refers
 * to; a legacy integer item_id beside the uuid is not). */
static int index_uuid_id(struct ctx *c, struct pkey *pk, const sx__words *kw, const char *name,
			 int rule)
{
	char buf[NAME_MAX_KEY * 2];
	const sx_column *o;
	if (pk->kind != SX__KEY_PK || kw->n != 1 ||
	    (strcmp(kw->w[0], "uuid") != 0 && strcmp(kw->w[0], "guid") != 0))
		return 0;
	snprintf(buf, sizeof buf, "%sid", name);
	o = col_by_norm(pk->t, buf);
	if (o && o->family == pk->col->family)
		return 0;
	return index_add(c, buf, pk, rule);
}

static int index_single(struct ctx *c, struct pkey *pk)
{
	char stems[2][NAME_MAX_KEY], kn[NAME_MAX_KEY], buf[NAME_MAX_KEY * 2];
	sx__words kw;
	size_t ns = table_stems(pk->t, stems), i;
	bool keyish, ext;
	int rc = 0;

	if (!pk->col || keyless_family(pk->col->family))
		return 0;
	sx__split(pk->cols[0], &kw);
	/* rowid (Dolibarr's, many PHP applications') is row_id: the
	 * table's generic id, referenced as <table>_id below */
	if (kw.n == 1 && strcmp(kw.w[0], "rowid") == 0) {
		snprintf(kw.w[0], SX__WORD_MAX, "row");
		snprintf(kw.w[1], SX__WORD_MAX, "id");
		kw.n = 2;
	}
	/* A key of three letters ending in "id" that five tables or more
	 * are keyed by (iid in every course tool table, beside its old id):
	 * each table's generic id, referenced as <table>_id as an id is. */
	if (kw.n == 1 && strlen(kw.w[0]) == 3 && !strcmp(kw.w[0] + 1, "id")) {
		sx__norm(pk->cols[0], kn, sizeof kn);
		if ((uintptr_t)sx_hmap_get(c->pknames, kn) >= 5)
			snprintf(kw.w[0], SX__WORD_MAX, "id");
	}
	/* A trailing number is no part of the name (land1, addr_2): a
	 * referencing column is looked up without it, and so is the key. */
	while (kw.n > 1 && kw.w[kw.n - 1][0] >= '0' && kw.w[kw.n - 1][0] <= '9')
		kw.n--;
	norm_words(&kw, 0, kw.n, kn, sizeof kn);
	keyish = all_key_words(&kw);
	ext = pk->kind == SX__KEY_PK && pk_refs_other_table(c, pk->t);
	for (i = 0; i < ns; i++)
		if (sx_str_startswith(kn, stems[i]) && strlen(kn) > strlen(stems[i]))
			break;
	/* "id" or "name" alone is shared by every table; a key that names
	 * its own table ("country_id" in country, "time_key" in
	 * dim_time_of_day) is not. */
	if ((!all_generic(&kw) || i < ns || key_leads_table(pk->t, &kw)) &&
	    !(pk->kind == SX__KEY_PK && (pk_names_other_table(c, pk->t) || ext)))
		rc |= index_add(c, kn, pk, SX__RULE_IDENTICAL);
	/* A key of the table's initial and "id" (uid of users, gid of
	 * groups, pid of persons) is the table's id: referenced as
	 * <table>_id too, unless the table has a column of that name
	 * (business.bid beside business.business_id). */
	if (kw.n == 1 && strlen(kw.w[0]) == 3 && !strcmp(kw.w[0] + 1, "id"))
		for (i = 0; i < ns; i++)
			if (stems[i][0] == kw.w[0][0] && strlen(stems[i]) > 1) {
				snprintf(buf, sizeof buf, "%sid", stems[i]);
				if (!col_normed(pk->t, buf))
					rc |= index_add(c, buf, pk, SX__RULE_TABLE_KEY);
			}
	for (i = 0; i < ns; i++)
		rc |= index_uuid_id(c, pk, &kw, stems[i], SX__RULE_TABLE_KEY);
	for (i = 0; i < ns; i++) {
		/* Column already named after the table ("customer_id" in
		 * customers): its name is the identical key; add the bare
		 * stem and the id-prefix form only. */
		bool self_named = sx_str_startswith(kn, stems[i]) && strlen(kn) > strlen(stems[i]);
		if (!self_named) {
			snprintf(buf, sizeof buf, "%s%s", stems[i], kn);
			rc |= index_add(c, buf, pk, SX__RULE_TABLE_KEY);
		}
		if (keyish) {
			snprintf(buf, sizeof buf, "%s%s", kn, stems[i]);
			rc |= index_add(c, buf, pk, SX__RULE_ID_PREFIX);
		} else if (self_named) {
			snprintf(buf, sizeof buf, "id%s", stems[i]);
			rc |= index_add(c, buf, pk, SX__RULE_ID_PREFIX);
		}
		if (pk->kind <= SX__KEY_UNIQUE || keyish || self_named)
			rc |= index_add(c, stems[i], pk, SX__RULE_TABLE_NAME);
		if (pk->kind == SX__KEY_PK && is_user_stem(stems[i]))
			rc |= SX_VEC_PUSH(&c->users, pk);
	}
	/* The same names under another language's plural (klient_id ->
	 * klienty.id, valyuta -> valyuty.kod), entered as loose: a lookup
	 * uses them only where no table matches the English way. */
	{
		char loose[MAX_LOOSE][NAME_MAX_KEY];
		size_t nl = table_loose_stems(pk->t, true, loose), j;
		/* a key glued after "id" to the table's name (utenti.idutenti,
		 * nazioni.idnazioni) is referenced glued to the singular as
		 * well (idutente, idnazione) */
		bool id_glued = false;
		for (j = 0; j < ns && kw.n == 1; j++)
			id_glued |= !strncmp(kn, "id", 2) && !strcmp(kn + 2, stems[j]);
		for (i = 0; i < nl; i++) {
			bool self_named =
				sx_str_startswith(kn, loose[i]) && strlen(kn) > strlen(loose[i]);
			if (id_glued && strlen(loose[i]) >= 4) {
				snprintf(buf, sizeof buf, "id%s", loose[i]);
				rc |= index_add_x(c, buf, pk, SX__RULE_ID_PREFIX, true);
			}
			if (!self_named) {
				snprintf(buf, sizeof buf, "%s%s", loose[i], kn);
				rc |= index_add_x(c, buf, pk, SX__RULE_TABLE_KEY, true);
			}
			if (keyish) {
				snprintf(buf, sizeof buf, "%s%s", kn, loose[i]);
				rc |= index_add_x(c, buf, pk, SX__RULE_ID_PREFIX, true);
			} else if (self_named) {
				snprintf(buf, sizeof buf, "id%s", loose[i]);
				rc |= index_add_x(c, buf, pk, SX__RULE_ID_PREFIX, true);
			}
			if (pk->kind <= SX__KEY_UNIQUE || keyish || self_named)
				rc |= index_add_x(c, loose[i], pk, SX__RULE_TABLE_NAME, true);
			if (pk->kind == SX__KEY_PK && is_user_stem(loose[i]) && !in_users(c, pk->t))
				rc |= SX_VEC_PUSH(&c->users, pk);
		}
	}
	/* A key named key word first (clientes.id_cliente, estados_pedido.
	 * id_estado) is referenced head first as often: cliente_id,
	 * estado_id. Its words after the key word must begin the table's
	 * name, so the form names this table and no other. */
	if (kw.n >= 2 && sx__key_word(kw.w[0]) && !keyish) {
		char rest[NAME_MAX_KEY], kf[SX__WORD_MAX], loose[MAX_LOOSE][NAME_MAX_KEY];
		size_t nl = table_loose_stems(pk->t, true, loose), rl;
		bool strict = false, any = false;
		norm_words(&kw, 1, kw.n, rest, sizeof rest);
		rl = strlen(rest);
		for (i = 0; i < ns && rl >= 3; i++)
			strict |= strncmp(stems[i], rest, rl) == 0;
		for (i = 0; i < nl && rl >= 3 && !strict; i++)
			any |= strncmp(loose[i], rest, rl) == 0;
		sx__singular(kw.w[0], kf, sizeof kf);
		if (strict || any) {
			snprintf(buf, sizeof buf, "%s%s", rest, kf);
			rc |= index_add_x(c, buf, pk, SX__RULE_TABLE_KEY, !strict);
		}
	}
	/* A primary key named by a generic word (catalog_product_entity.
	 * entity_id, sales_order.entity_id) is the table's id: referenced as
	 * <table>_id (product_id, order_id), and, where the table's name ends
	 * in that very word, as its name less the word (product of
	 * catalog_product_entity, customer of customer_entity). */
	if (pk->kind == SX__KEY_PK && kw.n == 2 && sx__key_word(kw.w[1]) &&
	    (entity_word(kw.w[0]) || modifier_key(c, pk->t, &kw))) {
		sx__words tw;
		char kp[SX__WORD_MAX];
		sx__singular(kw.w[1], kp, sizeof kp);
		for (i = 0; i < ns; i++) {
			snprintf(buf, sizeof buf, "%s%s", stems[i], kp);
			rc |= index_add(c, buf, pk, SX__RULE_TABLE_KEY);
		}
		sx__split(pk->t->name, &tw);
		if (tw.n >= 2 && strcmp(tw.w[tw.n - 1], kw.w[0]) == 0) {
			tw.n--;
			for (i = 0; i < 2; i++) {
				char nm[NAME_MAX_KEY];
				norm_words(&tw, 0, tw.n, nm, sizeof nm);
				snprintf(buf, sizeof buf, "%s%s", nm, kp);
				rc |= index_add(c, buf, pk, SX__RULE_TABLE_KEY);
				if (!(sx__strip_table_prefix(&tw) || strip_app_prefix(&tw)))
					break;
			}
		}
	}
	/* A key written key word first, as Romance languages do
	 * (cod_instituicao, codigo_cliente), is referenced as <table>_id as
	 * well, by the tables an ORM added later (instituicao_id). */
	if (pk->kind == SX__KEY_PK && kw.n == 2 && sx__key_word(kw.w[0]) &&
	    strcmp(kw.w[0], "id") != 0 && !sx__key_word(kw.w[1])) {
		char sg[SX__WORD_MAX];
		sx__singular(kw.w[1], sg, sizeof sg);
		for (i = 0; i < ns; i++)
			if (strcmp(stems[i], sg) == 0) {
				snprintf(buf, sizeof buf, "%sid", stems[i]);
				rc |= index_add(c, buf, pk, SX__RULE_TABLE_KEY);
			}
	}
	/* A key named by the prefix that most of its table's columns carry
	 * (rev_id beside rev_page, rev_actor in revision, as MediaWiki names
	 * columns) is the table's id: referenced as <table>_id too
	 * (slot_revision_id). */
	if (pk->kind == SX__KEY_PK && kw.n == 2 && sx__key_word(kw.w[1]) &&
	    col_prefix_shared(pk->t, kw.w[0])) {
		char kp[SX__WORD_MAX];
		sx__singular(kw.w[1], kp, sizeof kp);
		for (i = 0; i < ns; i++)
			if (strcmp(stems[i], kw.w[0]) != 0) {
				snprintf(buf, sizeof buf, "%s%s", stems[i], kp);
				rc |= index_add(c, buf, pk, SX__RULE_TABLE_KEY);
			}
	}
	/* A key that names its table by a general abbreviation (usr_id,
	 * emp_number, cust_no) is referenced by the word written out as
	 * well, with its key word or with id (user_id, employee_id,
	 * customer_no): other tables' links are often written by other
	 * hands than the key. Not where another table is named by the word
	 * (users beside usr_data). */
	if (pk->kind == SX__KEY_PK && pk->ncols == 1 && kw.n == 2 &&
	    sx__key_word(kw.w[1]) && !sx__key_word(kw.w[0])) {
		char x[SX__WORD_MAX], kp[SX__WORD_MAX];
		snprintf(x, sizeof x, "%s", kw.w[0]);
		sx__expand_abbrev(x, sizeof x);
		if (strcmp(x, kw.w[0]) != 0 && !strchr(x, ' ') &&
		    (!sx_hmap_get(c->stemset, x) || own_stem(pk->t, x))) {
			sx__singular(kw.w[1], kp, sizeof kp);
			snprintf(buf, sizeof buf, "%s%s", x, kp);
			rc |= index_add(c, buf, pk, SX__RULE_TABLE_KEY);
			if (strcmp(kp, "id") != 0) {
				snprintf(buf, sizeof buf, "%sid", x);
				rc |= index_add(c, buf, pk, SX__RULE_TABLE_KEY);
			}
		}
	}
	if (pk->kind == SX__KEY_PK && pk->ncols == 1 &&
	    (abbrev_person(pk->t) || credential_table(pk->t)) && !in_users(c, pk->t))
		rc |= SX_VEC_PUSH(&c->users, pk);
	if (pk->kind == SX__KEY_PK)
		rc |= index_abbrev(c, pk);
	/* The key's name less its key word, where that is not the table's
	 * name: "cust" of cst_mstr.cust_no, "emp" of emp_mstr.emp_no. Legacy
	 * schemas name role columns so (bill_to_cust, apprv_emp, prim_vnd). */
	if (kw.n >= 2 && sx__key_word(kw.w[kw.n - 1]) && pk->kind <= SX__KEY_UNIQUE) {
		sx__words sw = kw;
		sw.n--;
		norm_words(&sw, 0, sw.n, buf, sizeof buf);
		for (i = 0; i < ns; i++)
			if (strcmp(buf, stems[i]) == 0)
				break;
		if (i == ns && strlen(buf) >= 2 && !all_generic(&sw) && !abbrev_generic(&sw))
			rc |= index_add(c, buf, pk, SX__RULE_KEY_STEM);
	}
	/* Part of a multi-word table name plus the key word: "company_id" ->
	 * operate_company.id, "claim_id" -> claim_headers.claim_header_id. */
	if (kw.n >= 1 && sx__key_word(kw.w[kw.n - 1])) {
		sx__words tw;
		char kp[SX__WORD_MAX];
		size_t ends[2], e;
		sx__split(pk->t->name, &tw);
		if (!sx__strip_table_prefix(&tw))
			strip_app_prefix(&tw);
		sx__singular(kw.w[kw.n - 1], kp, sizeof kp);
		ends[0] = 0;
		ends[1] = tw.n ? tw.n - 1 : 0;
		for (e = 0; tw.n >= 2 && e < 2 && !to_link_name(&tw); e++) {
			char ws[SX__WORD_MAX];
			char f[6][SX__WORD_MAX];
			size_t nf, j;
			sx__singular(tw.w[ends[e]], ws, sizeof ws);
			if (strlen(ws) < 3 || sx__generic_word(ws))
				continue;
			snprintf(buf, sizeof buf, "%s%s", ws, kp);
			/* not under its own key's name where that is another
			 * table's reference (order_totals.order_id) */
			if (!(ext && strcmp(buf, kn) == 0))
				rc |= index_add(c, buf, pk, SX__RULE_PARTIAL);
			rc |= index_uuid_id(c, pk, &kw, ws, SX__RULE_PARTIAL);
			/* kategoriya_id -> kategorii_tovarov.id */
			nf = sx__foreign_singulars(tw.w[ends[e]], f, 6);
			for (j = 0; j < nf; j++) {
				if (strlen(f[j]) < 3 || sx__generic_word(f[j]))
					continue;
				snprintf(buf, sizeof buf, "%s%s", f[j], kp);
				rc |= index_add_x(c, buf, pk, SX__RULE_PARTIAL, true);
			}
		}
		/* A model name run together from another table's name and a
		 * word (productvariant, orderline): the word is its part, so
		 * "variant_id" -> shop_productvariant. */
		if (tw.n == 1) {
			char ws[SX__WORD_MAX];
			size_t l, p;
			sx__singular(tw.w[0], ws, sizeof ws);
			l = strlen(ws);
			for (p = 3; p + 3 <= l; p++)
				if (sx_hmap_getn(c->stemset, ws, p) && !sx__generic_word(ws + p)) {
					snprintf(buf, sizeof buf, "%s%s", ws + p, kp);
					rc |= index_add(c, buf, pk, SX__RULE_PARTIAL);
					rc |= index_uuid_id(c, pk, &kw, ws + p, SX__RULE_PARTIAL);
					break;
				}
		}
	}
	return rc ? SX_ENOMEM : 0;
}

/* Does t name a key column through its own name ("customer_id" in
 * "customers")? */
static bool col_names_table(const sx_table *t, const char *col)
{
	char stems[2][NAME_MAX_KEY], kn[NAME_MAX_KEY];
	sx__words kw;
	size_t ns = table_stems(t, stems), i;
	sx__split(col, &kw);
	if (kw.n == 1) {
		/* "dormid", "empno": the stem and a key word run together. */
		static const char *const keys[] = {"id", "code", "no", "num", "key", NULL};
		const char *const *k;
		for (i = 0; i < ns; i++)
			for (k = keys; *k; k++)
				if (strlen(kw.w[0]) == strlen(stems[i]) + strlen(*k) &&
				    sx_str_startswith(kw.w[0], stems[i]) &&
				    sx_str_endswith(kw.w[0], *k))
					return true;
		return false;
	}
	if (kw.n < 2 || !sx__key_word(kw.w[kw.n - 1]))
		return false;
	norm_words(&kw, 0, kw.n - 1, kn, sizeof kn);
	for (i = 0; i < ns; i++)
		if (strcmp(kn, stems[i]) == 0)
			return true;
	return false;
}

/* Looser: the name starts with the table's stem and ends with a key word
 * ("player_api_id" in player): an alternative key of the table. */
static bool col_alt_key(const sx_table *t, const char *col)
{
	char stems[2][NAME_MAX_KEY], kn[NAME_MAX_KEY];
	sx__words kw;
	size_t ns = table_stems(t, stems), i;
	sx__split(col, &kw);
	if (kw.n < 2 || !sx__key_word(kw.w[kw.n - 1]))
		return false;
	/* Whole leading words: "uploader_id" does not start "uploads". */
	for (i = 0; i < ns; i++) {
		size_t k;
		for (k = 1; k < kw.n; k++) {
			norm_words(&kw, 0, k, kn, sizeof kn);
			if (strcmp(kn, stems[i]) == 0)
				return true;
		}
	}
	return false;
}

static bool key_like(const sx_table *t, const sx_column *col)
{
	sx__words w;
	sx__split(col->name, &w);
	if (w.n && sx__key_word(w.w[w.n - 1]))
		return true;
	if (w.n == 1 && strlen(w.w[0]) > 3 &&
	    (sx_str_endswith(w.w[0], "id") || sx_str_endswith(w.w[0], "no") ||
	     sx_str_endswith(w.w[0], "code") || sx_str_endswith(w.w[0], "num")))
		return true;
	if (col_names_table(t, col->name) || col_alt_key(t, col->name))
		return true;
	/* named as the table itself: grapes.grape, appellations.appelation */
	{
		char stems[2][NAME_MAX_KEY], cn[NAME_MAX_KEY];
		size_t ns = table_stems(t, stems), i;
		norm_words(&w, 0, w.n, cn, sizeof cn);
		for (i = 0; i < ns; i++)
			if (!strcmp(cn, stems[i]) || sx__name_similarity(cn, stems[i]) >= 0.8)
				return true;
	}
	return false;
}

/* The first column of a table without a primary key, named like a key
 * ("amenid", "code"), is probably its identifier. */
static bool first_key_like(const sx_table *t, const sx_column *col)
{
	sx__words w;
	size_t l;
	if (t->ncols == 0 || col != &t->cols[0])
		return false;
	sx__split(col->name, &w);
	if (w.n == 0)
		return false;
	if (sx__key_word(w.w[w.n - 1]))
		return true;
	l = strlen(w.w[w.n - 1]);
	return w.n == 1 && l > 3 && (sx_str_endswith(w.w[0], "id") || sx_str_endswith(w.w[0], "no"));
}

/* Adds one to the count of key in h. Keys are borrowed: a new one is
 * copied to the arena; an existing one keeps its stored key. */
static int count_up(struct ctx *c, sx_hmap *h, const char *key)
{
	uintptr_t n = (uintptr_t)sx_hmap_get(h, key);
	if (!n) {
		const char *kc = sx_arena_strdup(c->tmp, key);
		return !kc || sx_hmap_put(h, kc, (void *)1) ? SX_ENOMEM : 0;
	}
	return sx_hmap_put(h, key, (void *)(n + 1)) ? SX_ENOMEM : 0;
}

/* The first k words of w joined by \x1f: a table's name as its words
 * (sales_order, SalesOrder and "Sales Order" alike). */
static void words_key(const sx__words *w, size_t k, char *out, size_t n)
{
	size_t i, len = 0;
	out[0] = 0;
	for (i = 0; i < k && i < w->n; i++) {
		int r = snprintf(out + len, n - len, "%s%s", i ? "\x1f" : "", w->w[i]);
		if (r < 0 || (size_t)r >= n - len)
			return;
		len += (size_t)r;
	}
}

/* The schema's own words: each word of a name as split (Created and
 * Updated are words of iDempiere's columns, created of created_at). A
 * name written without a separator is split into these (split_glued). */
static int add_vocab(struct ctx *c, const char *name)
{
	sx__words w;
	size_t i;
	sx__split(name, &w);
	for (i = 0; i < w.n; i++)
		if (!sx_hmap_get(c->vocab, w.w[i]) &&
		    sx_hmap_put(c->vocab, sx_arena_strdup(c->tmp, w.w[i]), (void *)1))
			return SX_ENOMEM;
	return 0;
}

/* Is t's name one glued word once its table or application prefix is
 * dropped (changegroup, shop_itemvariation)? That word, normalised, in
 * hn. */
static bool glued_name(const sx_table *t, char *hn, size_t n)
{
	sx__words w;
	sx__split(t->name, &w);
	if (!sx__strip_table_prefix(&w))
		strip_app_prefix(&w);
	if (w.n != 1)
		return false;
	norm_words(&w, 0, 1, hn, n);
	return hn[0] != 0;
}

/* Column names present in a large share of tables that name no table
 * (rowguid, uuid, modified_date) are per-row housekeeping, not references
 * or keys. */
static int count_columns(struct ctx *c)
{
	size_t s, t, i, ntab = 0;
	for (s = 0; s < c->db->nschemas; s++)
		for (t = 0; t < c->db->schemas[s]->ntables; t++) {
			const sx_table *tb = c->db->schemas[s]->tables[t];
			char stems[2][NAME_MAX_KEY];
			size_t ns = table_stems(tb, stems), k;
			ntab++;
			{
				char wk[NAME_MAX_KEY];
				sx__words tw;
				sx__split(tb->name, &tw);
				if (tw.n >= 1 && tb->pk.ncols == 1) {
					char hw[SX__WORD_MAX], pw[SX__WORD_MAX];
					const sx_table *prev;
					sx__words pkw;
					sx__singular(tw.w[tw.n - 1], hw, sizeof hw);
					sx__split(tb->pk.cols[0], &pkw);
					if (pkw.n)
						sx__singular(pkw.w[0], pw, sizeof pw);
					/* keyed "id" or by the noun itself: not a
					 * junction or a table of another entity's rows */
					prev = (pkw.n && (all_key_words(&pkw) || strcmp(pw, hw) == 0))
						       ? sx_hmap_get(c->headwords, hw)
						       : tb;
					if (hw[0] && prev != tb &&
					    sx_hmap_put(c->headwords,
							prev ? hw : sx_arena_strdup(c->tmp, hw),
							prev ? (void *)1 : (void *)tb))
						return SX_ENOMEM;
				}
				if (glued_name(tb, wk, sizeof wk) && tb->pk.ncols == 1 &&
				    tb->kind != SX_REL_VIEW &&
				    tb->kind != SX_REL_MATVIEW &&
				    SX_VEC_PUSH(&c->glued, (sx_table *)tb))
					return SX_ENOMEM;
				words_key(&tw, tw.n, wk, sizeof wk);
				if (wk[0] && !sx_hmap_get(c->tabwords, wk) &&
				    sx_hmap_put(c->tabwords, sx_arena_strdup(c->tmp, wk), (void *)tb))
					return SX_ENOMEM;
			}
			if (tb->pk.ncols == 1) {
				char pkn[NAME_MAX_KEY];
				sx__norm(tb->pk.cols[0], pkn, sizeof pkn);
				uintptr_t npk = (uintptr_t)sx_hmap_get(c->pknames, pkn);
				/* the count of tables so keyed */
				if (sx_hmap_put(c->pknames, npk ? pkn : sx_arena_strdup(c->tmp, pkn),
						(void *)(npk + 1)))
					return SX_ENOMEM;
			}
			for (i = 0; i < tb->ncols; i++) {
				char un[NAME_MAX_KEY];
				if (tb->cols[i].family != SX_TF_INTEGER ||
				    sx_table_col_in_pk(tb, tb->cols[i].name) ||
				    !uniq_index_single(tb, tb->cols[i].name))
					continue;
				sx__norm(tb->cols[i].name, un, sizeof un);
				if (count_up(c, c->uqnames, un))
					return SX_ENOMEM;
			}
			for (k = 0; k < ns; k++)
				if (!sx_hmap_get(c->stemset, stems[k]) &&
				    sx_hmap_put(c->stemset, sx_arena_strdup(c->tmp, stems[k]), (void *)1))
					return SX_ENOMEM;
			/* and its names under other languages' plurals: a column
			 * "valyuta" in a quarter of the tables names valyuty */
			{
				char loose[MAX_LOOSE][NAME_MAX_KEY];
				size_t nl = table_loose_stems(tb, true, loose);
				for (k = 0; k < nl; k++)
					if (!sx_hmap_get(c->loosestems, loose[k]) &&
					    sx_hmap_put(c->loosestems, sx_arena_strdup(c->tmp, loose[k]),
							(void *)1))
						return SX_ENOMEM;
			}
			if (add_vocab(c, tb->name))
				return SX_ENOMEM;
			for (i = 0; i < tb->ncols; i++) {
				char key[NAME_MAX_KEY];
				sx__words w;
				sx__norm(tb->cols[i].name, key, sizeof key);
				if (count_up(c, c->colfreq, key) || add_vocab(c, tb->cols[i].name))
					return SX_ENOMEM;
				/* The last word and the key word of a role name
				 * (created_by_user_id, owner_user_id: "userid"). */
				sx__split(tb->cols[i].name, &w);
				if (w.n >= 3 && sx__key_word(w.w[w.n - 1]) &&
				    !sx__generic_word(w.w[w.n - 2])) {
					norm_words(&w, w.n - 2, w.n, key, sizeof key);
					if (count_up(c, c->rolefreq, key))
						return SX_ENOMEM;
				}
			}
		}
	c->ubiq_min = ntab / 4 > 4 ? ntab / 4 : 4;
	return 0;
}

static bool self_word(const char *w);
static bool person_role(const sx__words *w, size_t n);
static bool audit_role(const sx__words *w, size_t n);
static void split_runon(const struct ctx *c, sx__words *w);
static void expand_uid(const struct ctx *c, sx__words *w);
static bool fk_prefix(sx__words *w);
static struct pkey *abbrev_words(const struct ctx *c, const sx__words *w, size_t m);

static bool lone_actor(const struct ctx *c, const sx__words *w, size_t n);
static bool act_verb_sibling(const struct ctx *c, const sx_table *t, const sx_column *col,
			     const sx__words *w, size_t n);

/* A public number: a declared unique column that is not the key, of a
 * whole-number type, whose name no other table declares unique and other
 * tables carry (a patient's chart number "pnr" beside its surrogate id,
 * an invoice's "invoice_no"): those columns hold the number. */
static bool public_number(const struct ctx *c, const sx_table *t, const sx_column *col)
{
	char key[NAME_MAX_KEY];
	if (col->family != SX_TF_INTEGER || sx_table_col_in_pk(t, col->name) ||
	    !uniq_index_single(t, col->name))
		return false;
	sx__norm(col->name, key, sizeof key);
	return (uintptr_t)sx_hmap_get(c->uqnames, key) == 1 &&
	       (uintptr_t)sx_hmap_get(c->colfreq, key) >= 2;
}

/* The words of an audit column as the by-user rule reads them: a
 * participle run together with its "by" before another word (createdby_id,
 * lastmodifiedby_id; approvedby alone stays one word), a
 * "userid" run together (submittedon_userid) and a trailing "fk" of an
 * ORM's foreign key (created_by_fk) are split and read as the usual
 * created_by_id and submitted_on_user_id. */
static size_t audit_words(const sx__words *w, size_t n, sx__words *aw)
{
	size_t i, l;
	aw->n = 0;
	for (i = 0; i < n && aw->n + 2 <= SX__MAX_WORDS; i++) {
		const char *x = w->w[i];
		l = strlen(x);
		if (n >= 2 && l >= 6 && strcmp(x + l - 4, "edby") == 0) {
			memcpy(aw->w[aw->n], x, l - 2);
			aw->w[aw->n++][l - 2] = 0;
			strcpy(aw->w[aw->n++], "by");
		} else if (i > 0 && strcmp(x, "userid") == 0) {
			strcpy(aw->w[aw->n++], "user");
			strcpy(aw->w[aw->n++], "id");
		} else if (i > 0 && i + 1 == n && strcmp(x, "fk") == 0) {
			strcpy(aw->w[aw->n++], "id");
		} else {
			memcpy(aw->w[aw->n++], x, SX__WORD_MAX);
		}
	}
	return aw->n;
}

/* A login word with "id" glued on (userid, loginid): the user's id,
 * a reference however many tables carry it. */
static bool glued_login_id(const char *w)
{
	static const char *const u[] = {"user", "login", "appuser", "sysuser", NULL};
	size_t l = strlen(w);
	char head[SX__WORD_MAX];
	if (l < 6 || l >= sizeof head || strcmp(w + l - 2, "id") != 0)
		return false;
	memcpy(head, w, l - 2);
	head[l - 2] = 0;
	return in_words(head, u);
}

/* An act's name: a participle (assigned, created) or a noun of the act
 * (inserimento, modifica, creazione, creacion, aenderung). Not English
 * -tion: description, position, location name no act of a person. */
static bool act_word(const char *w)
{
	static const char *const end[] = {"ed", "ment", "mento", "zione", "cion", "ung", "ica",
					  NULL};
	size_t l = strlen(w), i;
	for (i = 0; end[i]; i++)
		if (l >= strlen(end[i]) + 4 && sx_str_endswith(w, end[i]))
			return true;
	return false;
}

/* An act cut to its first letters, as audit columns write it after the
 * user's word (usr_ins, user_upd, usuario_cad for cadastro, _exc for
 * exclusao, _alt for alteracao, _rev for revisao). */
static bool act_abbrev(const char *w)
{
	static const char *const a[] = {"ins", "upd", "del", "mod", "crt", "chg", "cad", "exc",
					"alt", "rev", "inc", NULL};
	return in_words(w, a);
}

/* A user table's word and an act, with no key word after them
 * (user_assigned, utente_inserimento, usr_upd), or after a leading
 * reference word (ref_usuario_cad): the user who did it. Returns where
 * the user's word is, plus one; 0 for no such name. */
static size_t user_act_at(const sx__words *w, size_t n)
{
	char sg[SX__WORD_MAX];
	size_t o = n == 3 && w->n == 3 && sx__key_word(w->w[0]) ? 1 : 0;
	if (n != o + 2 || w->n != o + 2 || sx__key_word(w->w[o + 1]) ||
	    !(act_word(w->w[o + 1]) || act_abbrev(w->w[o + 1])))
		return 0;
	sx__singular(w->w[o], sg, sizeof sg);
	return is_user_stem(sg) ? o + 1 : 0;
}

static bool user_act(const sx__words *w, size_t n)
{
	return user_act_at(w, n) > 0;
}

static bool key_act(const struct ctx *c, const sx__words *w, size_t n, char *key, size_t ksz);

static bool ubiquitous(const struct ctx *c, const char *col)
{
	char key[NAME_MAX_KEY];
	sx__words w, aw;
	size_t n, an;
	sx__norm(col, key, sizeof key);
	/* The primary key of some table ("did" in domain) is referenced. */
	if ((size_t)(uintptr_t)sx_hmap_get(c->colfreq, key) < c->ubiq_min ||
	    sx_hmap_get(c->pknames, key) || (uintptr_t)sx_hmap_get(c->uqnames, key) == 1)
		return false;
	sx__split(col, &w);
	split_runon(c, &w);
	expand_uid(c, &w);
	fk_prefix(&w);
	n = w.n;
	/* Id-like names (creator_id, customer_id) stay references, and so do
	 * self references: "parent" in twenty lookup tables points at each
	 * table's own rows (area_type.parent, medium_format.parent), and
	 * audit columns: created_by or create_uid in every table name the
	 * user who wrote the row. */
	an = audit_words(&w, n, &aw);
	if (n == 0 || sx__key_word(w.w[n - 1]) || self_word(w.w[0]) || audit_role(&aw, an) ||
	    lone_actor(c, &w, n) || glued_login_id(w.w[n - 1]) || user_act(&w, n) ||
	    key_act(c, &w, n, key, sizeof key))
		return false;
	/* an abbreviated code table's name (gen_bus_posting_group) */
	if (c->indexed && n >= 3 && n <= 4 && abbrev_words(c, &w, n))
		return false;
	norm_words(&w, 0, n, key, sizeof key);
	return sx_hmap_get(c->stemset, key) == NULL && sx_hmap_get(c->loosestems, key) == NULL;
}

/* A table's own word and a counting word (post_number beside posts.id,
 * line_num): a number within a parent (the post's number in its topic)
 * as often as a key; with no values to measure it by, and the table
 * keyed otherwise, it is not assumed to be one. */
static bool counted_alt_key(const char *col)
{
	sx__words w;
	sx__split(col, &w);
	return w.n >= 2 && measure_word(w.w[w.n - 1]);
}

static int collect_keys(struct ctx *c)
{
	size_t s, t, i;
	int rc;
	for (s = 0; s < c->db->nschemas; s++)
		for (t = 0; t < c->db->schemas[s]->ntables; t++) {
			sx_table *tb = c->db->schemas[s]->tables[t];
			struct pkey *pk;
			if (tb->kind == SX_REL_VIEW || tb->kind == SX_REL_MATVIEW)
				continue;
			if (tb->pk.ncols == 1) {
				if (!(pk = new_pkey(c, tb, SX__KEY_PK, 1, tb->pk.cols)))
					return SX_ENOMEM;
				if ((rc = index_single(c, pk)))
					return rc;
			} else if (tb->pk.ncols > 1 && tb->pk.ncols <= MAX_KEY_COLS) {
				if (!(pk = new_pkey(c, tb, SX__KEY_PK, tb->pk.ncols, tb->pk.cols)) ||
				    SX_VEC_PUSH(&c->composites, pk))
					return SX_ENOMEM;
			}
			for (i = 0; i < tb->ncols; i++) {
				const sx_column *col = &tb->cols[i];
				int kind = -1;
				if (tb->pk.ncols == 1 && strcmp(tb->pk.cols[0], col->name) == 0)
					continue;
				if (ubiquitous(c, col->name))
					continue;
				/* A unique e-mail or slug is rarely what others point at:
				 * unique columns count as keys when named like keys. */
				if (uniq_index_single(tb, col->name) &&
				    (key_like(tb, col) || public_number(c, tb, col)))
					kind = SX__KEY_UNIQUE;
				else if (tb->pk.ncols == 0 &&
					 (sx_str_eq_nocase(col->name, "id") ||
					  col_names_table(tb, col->name) || first_key_like(tb, col)))
					kind = SX__KEY_ASSUMED;
				else if (tb->pk.ncols > 0 && col_alt_key(tb, col->name) &&
					 !sx_table_col_in_pk(tb, col->name) &&
					 (c->s || !counted_alt_key(col->name)))
					kind = SX__KEY_ASSUMED;
				if (kind < 0)
					continue;
				if (!(pk = new_pkey(c, tb, kind, 1, &col->name)))
					return SX_ENOMEM;
				if ((rc = index_single(c, pk)))
					return rc;
			}
		}
	return 0;
}

static size_t person_refs(const struct ctx *c, const struct pkey *pk);

/* Does t hold a person's name in parts (first_name, last_name,
 * surname, given_name)? A party of players or a contact channel does
 * not. */
static bool person_name_cols(const sx_table *t)
{
	static const char *const part[] = {"first", "last", "given", "family", "middle", NULL};
	static const char *const whole[] = {"firstname", "lastname", "surname", "givenname", NULL};
	size_t i, j;
	for (i = 0; i < t->ncols; i++) {
		sx__words w;
		sx__split(t->cols[i].name, &w);
		for (j = 0; j < w.n; j++)
			if (in_words(w.w[j], whole) ||
			    (j + 1 < w.n && in_words(w.w[j], part) && !strcmp(w.w[j + 1], "name")))
				return true;
	}
	return false;
}

/* A schema with no table of users, staff or persons keeps its people
 * as contacts or parties (CiviCRM's civicrm_contact, a party model's
 * party): the one such table that holds a person's name in parts and
 * that its columns name most (contact_id everywhere) is its person
 * table, which roles (created_id, approver_id) name. */
static int party_person_table(struct ctx *c)
{
	static const char *const p[] = {"contact", "party", "individual", NULL};
	struct pkey *best = NULL;
	size_t s, t, i, bestn = 0, ties = 0;
	if (c->users.n)
		return 0;
	for (s = 0; s < c->db->nschemas; s++)
		for (t = 0; t < c->db->schemas[s]->ntables; t++) {
			sx_table *tb = c->db->schemas[s]->tables[t];
			char stems[2][NAME_MAX_KEY];
			size_t ns, r;
			struct pkey *pk;
			bool party = false;
			if (tb->kind == SX_REL_VIEW || tb->kind == SX_REL_MATVIEW || tb->pk.ncols != 1)
				continue;
			ns = table_stems(tb, stems);
			for (i = 0; i < ns; i++)
				party |= in_words(stems[i], p);
			if (!party || !person_name_cols(tb))
				continue;
			if (!(pk = new_pkey(c, tb, SX__KEY_PK, 1, tb->pk.cols)))
				return SX_ENOMEM;
			r = person_refs(c, pk);
			if (r > bestn) {
				best = pk;
				bestn = r;
				ties = 0;
			} else if (r == bestn) {
				ties++;
			}
		}
	if (best && bestn > 0 && !ties)
		return SX_VEC_PUSH(&c->users, best);
	return 0;
}

/* ------------------------------------------------------------ sampling */

/* Measures whether an assumed key is unique in a bounded sample. */
static void measure_key(struct ctx *c, struct pkey *pk);

struct uniq_state {
	sx_hmap *seen;
	sx_arena *a;
	size_t rows, dups;
};

static int uniq_row(void *payload, size_t ncols, const char *const *values)
{
	struct uniq_state *u = payload;
	(void)ncols;
	if (!values[0])
		return 0;
	u->rows++;
	if (sx_hmap_get(u->seen, values[0]))
		u->dups++;
	else
		sx_hmap_put(u->seen, sx_arena_strdup(u->a, values[0]), (void *)1);
	return 0;
}

static void measure_key(struct ctx *c, struct pkey *pk)
{
	struct uniq_state u = {0};
	sx_error e = {0};
	if (pk->measured || !c->s || pk->kind != SX__KEY_ASSUMED)
		return;
	pk->measured = true;
	u.seen = sx_hmap_new(c->o->sample_rows * 2);
	u.a = sx_arena_new();
	if (u.seen && u.a &&
	    sx_sampler_rows(c->s, pk->t, 1, pk->cols, c->o->sample_rows * 5, uniq_row, &u, &e) ==
		    0) {
		c->sample_queries++;
		if (u.rows > 0)
			pk->kind = u.dups ? SX__KEY_DUPLICATES : SX__KEY_MEASURED;
	} else if (e.code) {
		sx_debug("map: uniqueness of %s.%s not measured: %s", pk->t->name, pk->cols[0],
			 e.msg);
	}
	sx_hmap_free(u.seen);
	sx_arena_free(u.a);
}

/* The distinct sampled values of one child column, fetched once. */
struct childvals {
	bool fetched, failed;
	char **v;
	size_t n;
};

static void fetch_child(struct ctx *c, sx_table *t, const char *col, struct childvals *cv)
{
	sx_error e = {0};
	if (cv->fetched)
		return;
	cv->fetched = true;
	if (!c->s)
		return;
	if (sx_sampler_distinct(c->s, t, col, c->o->sample_rows, &cv->v, &cv->n, &e)) {
		cv->failed = true;
		sx_debug("map: cannot sample %s.%s: %s", t->name, col, e.msg);
		return;
	}
	c->sample_queries++;
}

static bool float_vs_int(const struct cand *k)
{
	const sx_column *a = sx_table_find_column(k->child, k->cols[0]);
	const sx_column *b = sx_table_find_column(k->pk->t, k->pk->cols[0]);
	return a && b && (a->family == SX_TF_FLOAT) != (b->family == SX_TF_FLOAT);
}

static void measure_containment(struct ctx *c, struct cand *k, struct childvals *cv)
{
	size_t found = 0;
	sx_error e = {0};
	if (!c->s)
		return;
	if (k->ncols != 1) {
		/* Composite: each column in its parent column; the weakest
		 * decides (a bound on the containment of the tuples). */
		size_t i;
		double share = 1;
		size_t n = 0;
		for (i = 0; i < k->ncols; i++) {
			struct childvals one = {0};
			struct cand x = *k;
			struct pkey pk1 = *k->pk;
			x.ncols = 1;
			x.cols[0] = k->cols[i];
			pk1.ncols = 1;
			pk1.cols[0] = k->pk->cols[i];
			x.pk = &pk1;
			x.f.containment = -1;
			measure_containment(c, &x, &one);
			sx_sampler_values_free(one.v, one.n);
			if (x.f.containment < 0)
				return;
			if (x.f.containment < share)
				share = x.f.containment;
			if (!n || x.f.sampled < n)
				n = x.f.sampled;
		}
		k->f.containment = share;
		k->f.sampled = n;
		return;
	}
	fetch_child(c, k->child, k->cols[0], cv);
	if (cv->failed || cv->n == 0)
		return;
	if (sx_sampler_count_in(c->s, k->pk->t, k->pk->cols[0], cv->n, (const char *const *)cv->v,
				&found, &e)) {
		sx_debug("map: containment %s.%s in %s.%s failed: %s", k->child->name, k->cols[0],
			 k->pk->t->name, k->pk->cols[0], e.msg);
		return;
	}
	c->sample_queries++;
	if (found > cv->n)
		found = cv->n;
	/* Nothing found proves nothing when the parent is empty, or when the
	 * declared families differ (values compare as text: 1 vs 1.0). */
	if (found == 0 && (k->pk->t->row_count == 0 || float_vs_int(k)))
		return;
	k->f.containment = (double)found / (double)cv->n;
	k->f.sampled = cv->n;
}

/* ------------------------------------------------------------ candidates */

static void cand_push(cvec *v, const struct cand *k)
{
	size_t i;
	for (i = 0; i < v->n; i++)
		if (v->v[i].pk == k->pk) {
			/* Keep the stronger rule for the same parent key. */
			if (W_RULE[k->rule] > W_RULE[v->v[i].rule])
				v->v[i] = *k;
			return;
		}
	SX_VEC_PUSH(v, *k);
}

static bool ends_in_key(const char *col)
{
	sx__words w;
	sx__split(col, &w);
	return w.n >= 2 && sx__key_word(w.w[w.n - 1]);
}

/* A tree table that refers to itself by the name every other table uses
 * for it: <plural>_id in <prefix>_<plural> keyed "id" (entities_id in
 * glpi_entities, locations_id in glpi_locations), where the links are
 * the target's plural name. A column named by the table's singular
 * (eperson_id in eperson, device_id in devices) is the row's own public
 * or legacy number far more often, so the plural alone counts. */
static bool plural_self_name(struct ctx *c, const sx_table *t, const sx_column *col)
{
	sx__words cw, tw;
	char key[NAME_MAX_KEY];
	size_t len;
	if (t->pk.ncols != 1 || !sx_str_eq_nocase(t->pk.cols[0], "id") ||
	    uniq_index_single(t, col->name))
		return false;
	sx__norm(col->name, key, sizeof key);
	if ((uintptr_t)sx_hmap_get(c->colfreq, key) < 2)
		return false;
	sx__split(col->name, &cw);
	sx__split(t->name, &tw);
	if (cw.n != 2 || strcmp(cw.w[1], "id") != 0 || tw.n < 1 || tw.n > 2)
		return false;
	len = strlen(cw.w[0]);
	return len > 4 && cw.w[0][len - 1] == 's' && cw.w[0][len - 2] != 's' &&
	       strcmp(cw.w[0], tw.w[tw.n - 1]) == 0;
}

static bool plural_self(struct ctx *c, const sx_table *t, const sx_column *col,
			const struct pkey *pk)
{
	return pk->kind == SX__KEY_PK && pk->ncols == 1 && sx_str_eq_nocase(pk->cols[0], "id") &&
	       plural_self_name(c, t, col);
}

/* The tree table's own plural beside link tables that end in it
 * (glpi_knowbaseitems_knowbaseitemcategories beside
 * glpi_knowbaseitemcategories): the column is the table's whole name,
 * so the own table's candidate is the one kept. */
static void keep_own_table(const sx_table *t, cvec *out, size_t start)
{
	size_t i, k;
	bool own = false;
	for (i = start; i < out->n; i++)
		own |= out->v[i].pk->t == t;
	if (!own)
		return;
	for (i = k = start; i < out->n; i++)
		if (out->v[i].pk->t == t)
			out->v[k++] = out->v[i];
	out->n = k;
}

static void lookup(struct ctx *c, cvec *out, sx_table *t, const sx_column *col, const char *key,
		   bool role, const char *matched)
{
	ivec *v = sx_hmap_get(c->index, key);
	size_t i, strong = 0;
	bool strict = false;
	if (!v)
		return;
	/* A partial name shared by many keys ("customer" of customer_1 ..
	 * customer_300) identifies none of them; the keys a weak rule (a
	 * word of a longer table name: concept of concept_name, concept_set,
	 * ...) adds do not count against the one the name is (concept). */
	for (i = 0; i < v->n; i++)
		strong += v->v[i].rule != SX__RULE_PARTIAL && v->v[i].rule != SX__RULE_TABLE_NAME;
	if (role && (v->n > MAX_WEAK_TARGETS ? strong : v->n) > MAX_WEAK_TARGETS)
		return;
	for (i = 0; i < v->n; i++)
		if (!v->v[i].loose)
			strict = true;
	for (i = 0; i < v->n; i++) {
		struct cand k;
		struct pkey *pk = v->v[i].pk;
		if (pk->t == t && strcmp(pk->cols[0], col->name) == 0)
			continue;
		/* Another language's plural only where English names none, and
		 * for the column's own table only before a key word: tip_klienta
		 * in klienty is the client's type (a genitive, spelt like a
		 * plural), roditelskaya_kategoriya_id the parent category. */
		if (v->v[i].loose && (strict || (pk->t == t && !ends_in_key(col->name))))
			continue;
		/* The same goes for weak rules (a word of a table's name): with
		 * hundreds of look-alike tables they would only cost time. */
		if (v->n > MAX_WEAK_TARGETS &&
		    (v->v[i].rule == SX__RULE_PARTIAL || v->v[i].rule == SX__RULE_TABLE_NAME))
			continue;
		/* Same table: only a role prefix before the table's own key
		 * (preceding_visit_id in visit, parent_category_id) is a
		 * self reference. */
		if (pk->t == t && (!role || pk->kind != SX__KEY_PK) && !plural_self(c, t, col, pk))
			continue;
		memset(&k, 0, sizeof k);
		k.pk = pk;
		k.child = t;
		k.ncols = 1;
		k.cols[0] = col->name;
		k.rule = pk->t == t ? SX__RULE_SELF : role ? SX__RULE_ROLE : v->v[i].rule;
		k.via_rule = v->v[i].rule;
		k.matched = matched;
		k.loose = v->v[i].loose;
		cand_push(out, &k);
	}
}

/* Tables of people, where manager_id or mentor_id point back to the table. */
static bool person_like(const sx_table *t)
{
	char stems[2][NAME_MAX_KEY];
	size_t ns = table_stems(t, stems), i;
	static const char *const p[] = {"employee", "staff", "user", "person", "member",
					"worker", "people", "sotrudnik", "rabotnik", "polzovatel",
					"usuario", "empleado", "funcionario", "utente", "dipendente",
					"mitarbeiter", "benutzer", "utilisateur", "employe", NULL};
	const char *const *q;
	char loose[MAX_LOOSE][NAME_MAX_KEY];
	size_t nl;
	for (i = 0; i < ns; i++)
		for (q = p; *q; q++)
			if (sx_str_endswith(stems[i], *q))
				return true;
	nl = table_loose_stems(t, true, loose);
	for (i = 0; i < nl; i++)
		for (q = p; *q; q++)
			if (sx_str_endswith(loose[i], *q))
				return true;
	return false;
}

/* Like lookup, with a fixed (weak) rule. */
static void lookup_as(struct ctx *c, cvec *out, sx_table *t, const sx_column *col,
		      const char *key, int rule, const char *matched)
{
	size_t from = out->n, i, j = from;
	lookup(c, out, t, col, key, true, matched);
	for (i = from; i < out->n; i++)
		if (out->v[i].pk->t != t) {
			out->v[j] = out->v[i];
			out->v[j++].rule = rule;
		}
	out->n = j;
}

/* "parent" in other languages: Russian (roditel, roditelskii; Cyrillic),
 * Spanish and Italian padre, and madre where the parent row's noun is
 * feminine (familia madre, cuenta madre), Italian genitore, German
 * eltern, Portuguese pai. A word that begins with a Russian stem counts (its adjectives). */
static bool parent_word(const char *w)
{
	static const char *const p[] = {"parent", "padre", "madre", "genitore", "eltern",
					"elternteil", "pai", NULL};
	return in_words(w, p) || sx_str_startswith(w, "roditel") ||
	       sx_str_startswith(w, "\xd1\x80\xd0\xbe\xd0\xb4\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb"); /* родител */
}

static bool self_word(const char *w)
{
	static const char *const s[] = {
		"parent", "manager", "supervisor", "boss", "superior", "mentor", "reports",
		"predecessor", "successor",
		/* a person's superior in other languages (in a person table) */
		"nachalnik", "rukovoditel", "jefe", "capo", "vorgesetzter", "chef", "chefe",
		"\xd0\xbd\xd0\xb0\xd1\x87\xd0\xb0\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xb8\xd0\xba", /* начальник */
		"\xd1\x80\xd1\x83\xd0\xba\xd0\xbe\xd0\xb2\xd0\xbe\xd0\xb4\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c", /* руководитель */
		NULL};
	return in_words(w, s) || parent_word(w);
}

/* Words that name another row of the same table where the rest of the
 * name is the table's own (prev_id, facture_source, master_organization_id
 * in a table keyed organization_id, previous_version_id in versions). */
static bool sibling_word(const char *w)
{
	static const char *const s[] = {"master", "source", "origin", "original", "replaced",
					"superseded", NULL};
	return in_words(w, s);
}

/* Is w (singular) a word of t's name or of its one-column key? */
static bool own_word(const sx_table *t, const char *w)
{
	sx__words tw;
	char a[SX__WORD_MAX], b[SX__WORD_MAX];
	size_t i, k;
	sx__singular(w, a, sizeof a);
	for (k = 0; k < 2; k++) {
		if (k == 1 && t->pk.ncols != 1)
			break;
		sx__split(k == 0 ? t->name : t->pk.cols[0], &tw);
		for (i = 0; i < tw.n; i++) {
			sx__singular(tw.w[i], b, sizeof b);
			if (strcmp(a, b) == 0)
				return true;
		}
	}
	return false;
}

/* A self reference by a self word (parent_id, manager_id in a person
 * table, parent_to) whose name ends in a key word, is the word alone, or
 * is "<word> to". */
static bool word_self_ref(const sx_table *t, const sx__words *w, size_t n, size_t i)
{
	return self_word(w->w[i]) && (parent_word(w->w[i]) || person_like(t)) &&
	       (sx__key_word(w->w[n - 1]) || n == 1 || (n == 2 && strcmp(w->w[1], "to") == 0));
}

/* A self reference by its own table's words: word i is a parent or
 * sibling word and every other word is a key word or a word of the
 * table's own name or key (post_parent in posts, id_parent, master_
 * organization_id keyed organization_id). Sibling words need one own word
 * beside them: source_id alone names a source table more often than its
 * own. prev / next are left out: Spider's catalog_contents.previous_
 * entry_id and next_entry_id are not declared (measured: -0.002 on the
 * tuning fold against one real pair gained). */
static bool own_self_ref(const sx_table *t, const sx__words *w, size_t n, size_t i)
{
	size_t j, own = 0;
	if (n < 2 || !(sibling_word(w->w[i]) || parent_word(w->w[i])))
		return false;
	for (j = 0; j < n; j++) {
		if (j == i)
			continue;
		if (own_word(t, w->w[j]) && !sx__key_word(w->w[j]))
			own++;
		else if (!sx__key_word(w->w[j]))
			return false;
	}
	return own > 0 || parent_word(w->w[i]);
}

/* A person in a role: sales_rep_id, assignee_id, author (the last word
 * before a key word). */
/* The language of a person-role word or a person table's name, 0 where
 * it is English or unknown: 1 Russian, 2 Spanish or Portuguese, 3
 * Italian, 4 German, 5 French. Only used to pair the two in a schema
 * that names things in more than one language. */
static int lang_of(const char *w)
{
	static const struct {
		const char *w;
		int lang;
	} words[] = {
		{"menedzher", 1}, {"kladovshchik", 1}, {"ekspeditor", 1}, {"zaveduyushchii", 1},
		{"otvetstvennyi", 1}, {"direktor", 1}, {"bukhgalter", 1}, {"kassir", 1},
		{"avtor", 1}, {"ispolnitel", 1}, {"sozdatel", 1}, {"kurator", 1},
		{"sotrudnik", 1}, {"polzovatel", 1}, {"rabotnik", 1},
		{"responsable", 2}, {"encargado", 2}, {"gerente", 2}, {"vendedor", 2},
		{"autor", 2}, {"creador", 2}, {"usuario", 2}, {"empleado", 2}, {"persona", 2},
		{"funcionario", 2}, {"colaborador", 2},
		{"autore", 3}, {"creatore", 3}, {"responsabile", 3}, {"utente", 3}, {"dipendente", 3},
		{"ersteller", 4}, {"bearbeiter", 4}, {"verantwortlicher", 4}, {"benutzer", 4},
		{"nutzer", 4}, {"mitarbeiter", 4},
		{"auteur", 5}, {"createur", 5}, {"gestionnaire", 5}, {"utilisateur", 5},
		{"employe", 5}, {"salarie", 5}};
	size_t i;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(w, words[i].w) == 0)
			return words[i].lang;
	return 0;
}

static int role_lang(const sx__words *w, size_t n)
{
	if (n > 1 && sx__key_word(w->w[n - 1]))
		n--;
	return n ? lang_of(w->w[n - 1]) : 0;
}

static int user_lang(const sx_table *t)
{
	char st[2][NAME_MAX_KEY], lo[MAX_LOOSE][NAME_MAX_KEY];
	size_t ns = table_stems(t, st), nl = table_loose_stems(t, true, lo), i;
	int l;
	for (i = 0; i < ns; i++)
		if ((l = lang_of(st[i])))
			return l;
	for (i = 0; i < nl; i++)
		if ((l = lang_of(lo[i])))
			return l;
	return 0;
}

/* The role word of a column name: its last word before the key word, of
 * a name of two words or more; NULL where there is none. */
static const char *role_word(const sx__words *w, size_t n)
{
	size_t last = n;
	if (last > 1 && sx__key_word(w->w[last - 1]))
		last--;
	if (last == 0 || (last == n && n == 1))
		return NULL;
	return w->w[last - 1];
}

/* Role words of two classes of people: ROLE_ACTOR, an act done in the
 * application (maker, checker, doer: the login table, as an audit
 * column's), and ROLE_POST, a post in the organisation (officer,
 * supervisor, salesman: the staff table, where the schema has one beside
 * its users). Not "manager" nor "buyer": measured, a manager is a user in
 * CRMs and an employee in HR schemas alike, so the word does not choose. */
enum { ROLE_NONE = 0, ROLE_ACTOR, ROLE_POST };

static int role_class(const sx__words *w, size_t n)
{
	static const char *const actor[] = {"maker", "checker", "doer", "pusher", "merger", NULL};
	static const char *const post[] = {"officer", "supervisor", "salesman", "salesrep",
					   "coordinator", "planner", "inspector", "auditor",
					   "dispatcher", "seller", NULL};
	const char *rw = role_word(w, n);
	if (!rw)
		return ROLE_NONE;
	return in_words(rw, actor) ? ROLE_ACTOR : in_words(rw, post) ? ROLE_POST : ROLE_NONE;
}

static bool person_role(const sx__words *w, size_t n)
{
	static const char *const roles[] = {
		"rep", "agent", "owner", "assignee", "assigner", "author", "creator", "updater",
		"uploader", "approver", "reviewer", "reporter", "salesperson", "editor",
		"moderator", "operator", "handler", "recruiter", "requester", "requestor",
		"banner", "inviter", "invitee", "recipient", "sender", "receiver", "purchaser",
		"redeemer", "granter", "grantor", "revoker", "subscriber", "follower", "followee",
		"submitter", "commenter", "voter", "payer", "payee", "referrer", "resolver",
		"closer", "deleter", "blocker", "verifier", "signer", "modifier", "editor",
		"publisher_user", "curator", "admin", "administrator", "actor", "performer",
		"initiator", "poster", "director", "provider", "lead", "collector", "responsible",
		/* in other languages: Russian transliterated, Spanish, Portuguese,
		 * Italian, German, French */
		"menedzher", "kladovshchik", "ekspeditor", "zaveduyushchii", "otvetstvennyi",
		"direktor", "bukhgalter", "kassir", "avtor", "ispolnitel", "sozdatel", "kurator",
		"responsable", "encargado", "gerente", "vendedor", "autor", "creador", "autore",
		"creatore", "responsabile", "ersteller", "bearbeiter", "verantwortlicher",
		"auteur", "createur", "gestionnaire", NULL};
	const char *rw = role_word(w, n);
	return rw && (in_words(rw, roles) || role_class(w, n) != 0);
}

/* A staff word before the role, where the schema keeps no staff table
 * of its own: emp_payed_id, employee_canceled_id (the employee who paid or
 * cancelled, an application user: the login table). Where an employee
 * table exists the prefix names it, and its own rules read the column. */
static bool staff_prefix_role(const struct ctx *c, const sx__words *w, size_t n)
{
	static const char *const pre[] = {"emp", "empl", "employee", NULL};
	return n >= 3 && sx__key_word(w->w[n - 1]) && in_words(w->w[0], pre) &&
	       !sx__key_word(w->w[1]) && !sx_hmap_get(c->stemset, w->w[0]) &&
	       !sx_hmap_get(c->stemset, "employee") && !sx_hmap_get(c->stemset, "emp");
}

/* How many columns of the catalog are named after a person table's key
 * ("user_id", "user"): the dominant person table is the one the schema
 * refers to by name most, and roles (created_by_id, approver_id) point at
 * it rather than at every person-like table (users, not accounts or
 * members, in a Rails application). */
static size_t person_refs(const struct ctx *c, const struct pkey *pk)
{
	char stems[2][NAME_MAX_KEY], key[NAME_MAX_KEY + 4];
	size_t ns = table_stems(pk->t, stems), i, n = 0;
	for (i = 0; i < ns; i++) {
		snprintf(key, sizeof key, "%sid", stems[i]);
		n += (size_t)(uintptr_t)sx_hmap_get(c->colfreq, key);
		n += (size_t)(uintptr_t)sx_hmap_get(c->colfreq, stems[i]);
		/* and role columns ending in that name (owner_user_id) */
		n += (size_t)(uintptr_t)sx_hmap_get(c->rolefreq, key);
	}
	/* A key named for itself (emp_no, usr_id; not "id") counts where
	 * other tables carry that very name. */
	if (pk->ncols == 1 && pk->col) {
		sx__words kw;
		sx__split(pk->cols[0], &kw);
		if (!all_generic(&kw)) {
			sx__norm(pk->cols[0], key, sizeof key);
			for (i = 0; i < ns; i++)
				if (strncmp(key, stems[i], strlen(stems[i])) == 0)
					break;
			if (i == ns)
				n += (size_t)(uintptr_t)sx_hmap_get(c->colfreq, key);
		}
	}
	return n;
}

/* Whether table u has a column named after table t (category_id in
 * category_users for categories). */
static bool refers_back(const sx_table *u, const sx_table *t)
{
	size_t i;
	for (i = 0; i < u->ncols; i++)
		if (col_names_table(t, u->cols[i].name))
			return true;
	return false;
}

/* The one word a column's name holds less a leading or trailing fk and a
 * trailing key word (fk_identity, identity_fk, fk_identity_id, adresse),
 * into out; false where it holds more or none. */
static bool ref_word(const char *name, char *out, size_t sz)
{
	sx__words w;
	size_t from, n;
	sx__split(name, &w);
	n = w.n;
	from = n && !strcmp(w.w[0], "fk");
	if (n > from + 1 && (!strcmp(w.w[n - 1], "fk") || sx__key_word(w.w[n - 1])))
		n--;
	if (n != from + 1)
		return false;
	snprintf(out, sz, "%s", w.w[from]);
	return true;
}

/* How many columns of the catalog, other than single primary keys, are
 * named by word alone (ref_word). */
static size_t word_refs(const struct ctx *c, const char *word)
{
	size_t i, j, n = 0;
	char rw[SX__WORD_MAX];
	for (i = 0; i < c->all.n; i++)
		for (j = 0; j < c->all.v[i]->ncols; j++) {
			const sx_table *t = c->all.v[i];
			if (t->pk.ncols == 1 && !strcmp(t->pk.cols[0], t->cols[j].name))
				continue;
			n += ref_word(t->cols[j].name, rw, sizeof rw) && !strcmp(rw, word);
		}
	return n;
}

/* The record of the person behind a login or profile table: a column of
 * person table u that names, bare or with fk and a key word, the one
 * table whose last word is an identity, a principal or a German address
 * book's adresse (OpenOLAT's o_user.fk_identity -> o_bs_identity,
 * OpenXE's user.adresse -> adresse), where the schema's columns name that
 * table more often than u. Person roles (creator_id, bearbeiterid) are
 * then rows of that table: u holds one of its logins or profiles. NULL
 * where u names no such table. Not a person or a party: OpenMRS's users
 * name their person and OFBiz's user logins their party, and the roles
 * are still the users' (person cost blind9 119 links). */
static struct pkey *principal_of(struct ctx *c, const struct pkey *u)
{
	static const char *const pw[] = {"identity", "principal", "adresse", NULL};
	char rw[SX__WORD_MAX], uw[SX__WORD_MAX];
	sx__words tw;
	size_t i;
	sx__split(u->t->name, &tw);
	if (!tw.n)
		return NULL;
	sx__singular(tw.w[tw.n - 1], uw, sizeof uw);
	for (i = 0; i < u->t->ncols; i++) {
		const sx_column *col = &u->t->cols[i];
		const tvec *tv;
		struct pkey *p;
		if (!ref_word(col->name, rw, sizeof rw) || !in_words(rw, pw) ||
		    sx_table_col_in_pk(u->t, col->name))
			continue;
		tv = tlist(c->lastwords, rw);
		if (tv->n != 1 || tv->v[0] == u->t || tv->v[0]->pk.ncols != 1 ||
		    !(p = new_pkey(c, tv->v[0], SX__KEY_PK, 1, tv->v[0]->pk.cols)) || !p->col ||
		    p->col->family != col->family)
			continue;
		if (person_refs(c, p) + word_refs(c, rw) > person_refs(c, u) + word_refs(c, uw))
			return p;
	}
	return NULL;
}

/* The entity hub of a schema that keeps its records' common part in one
 * table (class table inheritance): the one table whose name's last word
 * is its key's word glued before "entity" (vtiger_crmentity keyed by
 * crmid), one integer column that three other tables or more carry by
 * that name. */
static int find_hub(struct ctx *c)
{
	size_t i;
	struct pkey *one = NULL;
	for (i = 0; i < c->all.n; i++) {
		sx_table *t = c->all.v[i];
		const sx_column *kc;
		char key[NAME_MAX_KEY], want[NAME_MAX_KEY + 8];
		sx__words tw;
		size_t l;
		if (t->pk.ncols != 1 || !(kc = sx_table_find_column(t, t->pk.cols[0])) ||
		    kc->family != SX_TF_INTEGER)
			continue;
		sx__norm(kc->name, key, sizeof key);
		l = strlen(key);
		if (l < 4 || strcmp(key + l - 2, "id") != 0)
			continue;
		snprintf(want, sizeof want, "%.*sentity", (int)(l - 2), key);
		sx__split(t->name, &tw);
		if (!tw.n || strcmp(tw.w[tw.n - 1], want) != 0 ||
		    (size_t)(uintptr_t)sx_hmap_get(c->colfreq, key) < 4)
			continue;
		if (one)
			return 0;
		if (!(one = new_pkey(c, t, SX__KEY_PK, 1, t->pk.cols)))
			return SX_ENOMEM;
	}
	c->hub = one;
	return 0;
}

/* Does table t keep a record number named after itself (account_no in
 * vtiger_account, contract_no in vtiger_servicecontracts, salesorder_no):
 * a column <words>_no or <words>_number whose words, run together, are
 * part of the last word of t's name? */
static bool own_record_number(const sx_table *t)
{
	sx__words tw, w;
	size_t i;
	char last[SX__WORD_MAX], head[NAME_MAX_KEY];
	sx__split(t->name, &tw);
	if (!tw.n)
		return false;
	snprintf(last, sizeof last, "%s", tw.w[tw.n - 1]);
	for (i = 0; i < t->ncols; i++) {
		sx__split(t->cols[i].name, &w);
		if (w.n < 2 || (strcmp(w.w[w.n - 1], "no") && strcmp(w.w[w.n - 1], "number")))
			continue;
		norm_words(&w, 0, w.n - 1, head, sizeof head);
		if (strlen(head) >= 3 && strstr(last, head))
			return true;
	}
	return false;
}

static void push_single(cvec *out, struct pkey *pk, sx_table *t, const sx_column *col, int rule,
			const char *matched);

/* A record table's own key, where the schema has an entity hub: a table
 * keyed by one column of the hub key's type that keeps its own record
 * number is one kind of the hub's records, its key the hub's key
 * (vtiger_account.accountid -> vtiger_crmentity.crmid). */
static bool hub_record_key(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	if (!c->hub || t == c->hub->t || t->pk.ncols != 1 ||
	    strcmp(t->pk.cols[0], col->name) != 0 || !c->hub->col ||
	    col->family != c->hub->col->family || !own_record_number(t))
		return false;
	push_single(out, c->hub, t, col, SX__RULE_TABLE_KEY, "entity hub");
	return true;
}

/* A party's role where the schema keeps its people in a principal
 * table (principal_of): an integer column named by a role word alone,
 * with a key word or glued to "id" (kunde, lieferant, vertriebid,
 * initiator, author), that no table is named after, or by the principal's
 * word and a role (adresse_abrechnung, adresse_mitarbeiter), is a row of
 * the principal (OpenXE's adresse). */
static bool principal_role(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	static const char *const roles[] = {
		"kunde", "lieferant", "mitarbeiter", "vertrieb", "innendienst", "aussendienst",
		"bearbeiter", "vertreter", "initiator", "partner", "author", "owner", "creator",
		"customer", "supplier", "vendor", "employee", NULL};
	struct pkey *p = NULL;
	char rw[SX__WORD_MAX], pw[SX__WORD_MAX];
	sx__words w, tw;
	size_t i, l;
	for (i = 0; i < c->principals.n; i++) {
		if (!c->principals.v[i])
			continue;
		if (p && p->t != c->principals.v[i]->t)
			return false;
		p = c->principals.v[i];
	}
	if (!p || !p->col || col->family != SX_TF_INTEGER || p->col->family != col->family ||
	    sx_table_col_in_pk(t, col->name))
		return false;
	sx__split(p->t->name, &tw);
	if (!tw.n)
		return false;
	sx__singular(tw.w[tw.n - 1], pw, sizeof pw);
	sx__split(col->name, &w);
	if (w.n == 2 && !strcmp(w.w[0], pw) && !sx__key_word(w.w[1]) &&
	    !sx_hmap_get(c->stemset, w.w[1]) && t != p->t) {
		push_single(out, p, t, col, SX__RULE_BY_USER, "principal's role");
		return true;
	}
	if (!ref_word(col->name, rw, sizeof rw))
		return false;
	l = strlen(rw);
	if (!in_words(rw, roles) && l > 4 && !strcmp(rw + l - 2, "id"))
		rw[l - 2] = 0;
	if (!in_words(rw, roles) || sx_hmap_get(c->stemset, rw) || sx_hmap_get(c->lastwords, rw))
		return false;
	push_single(out, p, t, col, p->t == t ? SX__RULE_SELF : SX__RULE_BY_USER,
		    "principal's role");
	return true;
}

static struct pkey *self_key(struct ctx *c, sx_table *t, const sx_column *col);

/* "Reports to" (reports_to_id, reportsto, ReportsTo): the row's
 * superior, a row of the same table (of persons: vtiger_users,
 * vtiger_contactdetails), not a table of reports. */
static bool reports_to_self(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	char cn[NAME_MAX_KEY];
	struct pkey *pk;
	sx__norm(col->name, cn, sizeof cn);
	if (t->pk.ncols != 1 ||
	    (strcmp(cn, "reportsto") && strcmp(cn, "reportstoid") && strcmp(cn, "reportto") &&
	     strcmp(cn, "reporttoid")) ||
	    sx_table_col_in_pk(t, col->name) || !(pk = self_key(c, t, col)) || !pk->col ||
	    pk->col->family != col->family)
		return false;
	push_single(out, pk, t, col, SX__RULE_SELF, "reports to");
	return true;
}

/* A side table of a record (vtiger_contactaddress keyed by
 * contactaddressid, vtiger_accountbillads by accountaddressid): a table
 * keyed by <x><more>id, a name no other table carries but as its key
 * (two at most), whose name begins with x, where the one other table
 * keyed <x>id keeps its own record number (vtiger_contactdetails,
 * contact_no): its key is that record's. */
static bool side_record_key(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	char kn[NAME_MAX_KEY], x[NAME_MAX_KEY], last[SX__WORD_MAX];
	sx__words tw;
	size_t l, k, i;
	if (t->pk.ncols != 1 || strcmp(t->pk.cols[0], col->name) != 0 ||
	    col->family != SX_TF_INTEGER)
		return false;
	sx__norm(col->name, kn, sizeof kn);
	l = strlen(kn);
	if (l < 9 || strcmp(kn + l - 2, "id") != 0)
		return false;
	/* only the side tables carry the name, each as its key (bill and
	 * ship addresses both keyed accountaddressid) */
	for (i = 0; col->name[i] && i + 1 < sizeof x; i++)
		x[i] = (char)tolower((unsigned char)col->name[i]);
	x[i] = 0;
	k = (size_t)(uintptr_t)sx_hmap_get(c->colfreq, kn);
	if (k > 2 || k != tlist(c->pkcols, x)->n)
		return false;
	sx__split(t->name, &tw);
	if (!tw.n)
		return false;
	snprintf(last, sizeof last, "%s", tw.w[tw.n - 1]);
	for (k = l - 5; k >= 4; k--) {
		const tvec *tv;
		sx_table *hit = NULL;
		struct pkey *pk;
		snprintf(x, sizeof x, "%.*sid", (int)k, kn);
		if (strncmp(last, kn, k) != 0)
			continue;
		tv = tlist(c->pkcols, x);
		for (i = 0; i < tv->n; i++) {
			const sx_column *pc;
			if (tv->v[i] == t || !own_record_number(tv->v[i]) ||
			    !(pc = sx_table_find_column(tv->v[i], tv->v[i]->pk.cols[0])) ||
			    pc->family != col->family)
				continue;
			if (hit)
				return false;
			hit = tv->v[i];
		}
		if (!hit)
			continue;
		if (!(pk = new_pkey(c, hit, SX__KEY_PK, 1, hit->pk.cols)))
			return false;
		push_single(out, pk, t, col, SX__RULE_TABLE_KEY, "side record");
		return true;
	}
	return false;
}

/* A column that names a record of any kind, where the schema has an
 * entity hub: a role glued before the hub's key (relcrmid beside crmid)
 * or a "related to" after a table's own prefix (related_to,
 * sc_related_to), where no table is named "related". */
static bool hub_any_record(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	char cn[NAME_MAX_KEY], hk[NAME_MAX_KEY];
	sx__words w;
	size_t lc, lh;
	if (!c->hub || !c->hub->col || col->family != c->hub->col->family ||
	    sx_table_col_in_pk(t, col->name))
		return false;
	sx__norm(col->name, cn, sizeof cn);
	sx__norm(c->hub->cols[0], hk, sizeof hk);
	lc = strlen(cn);
	lh = strlen(hk);
	sx__split(col->name, &w);
	if (!((w.n == 1 && lc > lh + 1 && !strcmp(cn + lc - lh, hk)) ||
	      (w.n >= 2 && !strcmp(w.w[w.n - 2], "related") && !strcmp(w.w[w.n - 1], "to") &&
	       !sx_hmap_get(c->stemset, "related"))))
		return false;
	push_single(out, c->hub, t, col, SX__RULE_ROLE, "entity hub");
	return true;
}

/* principal_of for every person table, once the index is built. */
static int find_principals(struct ctx *c)
{
	size_t i;
	int rc = 0;
	for (i = 0; i < c->users.n && !rc; i++)
		rc = SX_VEC_PUSH(&c->principals, principal_of(c, c->users.v[i]));
	return rc;
}

/* Does the column's name carry a word of table t's name (inbearbeitung_user
 * in a schema whose logins are "user")? */
static bool col_has_table_word(const sx_table *t, const char *col)
{
	sx__words tw, w;
	size_t i, j;
	char a[SX__WORD_MAX], b[SX__WORD_MAX];
	sx__split(t->name, &tw);
	sx__split(col, &w);
	for (i = 0; i < tw.n; i++) {
		sx__singular(tw.w[i], a, sizeof a);
		for (j = 0; j < w.n; j++) {
			sx__singular(w.w[j], b, sizeof b);
			if (!strcmp(a, b) && !sx__key_word(b))
				return true;
		}
	}
	return false;
}

static const sx_table *child_prefixed(struct ctx *c, sx_table *t, const sx_column *col,
				      const sx__words *w, size_t n, cvec *out)
{
	const sx_table *hit = NULL;
	static const char *const counters[] = {
		"version", "count", "number", "num", "position", "order", "rank", "level", "year",
		"size", "length", "score", "seq", "sequence", "priority", "weight", "amount",
		"total", "quantity", "qty", "age", "duration", "index", NULL};
	const char *const *q;
	char own[2][NAME_MAX_KEY], cn[NAME_MAX_KEY], key[NAME_MAX_KEY];
	size_t ns, i;

	if (col->family != SX_TF_INTEGER)
		return NULL;
	if (n > 1 && sx__key_word(w->w[n - 1]))
		n--;
	if (n == 0 || n > 2 || sx__key_word(w->w[0]))
		return NULL;
	/* counters and measures are numbers, not references */
	for (q = counters; *q; q++)
		if (strcmp(w->w[n - 1], *q) == 0)
			return NULL;
	norm_words(w, 0, n, cn, sizeof cn);
	ns = table_stems(t, own);
	for (i = 0; i <= ns; i++) {
		size_t before = out->n, j;
		if (i == ns) {
			/* The child's last word and the column's first are one
			 * word: link_attribute.attribute_type -> link_attribute_type. */
			sx__words tw;
			char a[SX__WORD_MAX], b[SX__WORD_MAX], rest[NAME_MAX_KEY];
			if (n != 2 || ns == 0)
				break;
			sx__split(t->name, &tw);
			if (tw.n < 2)
				break;
			sx__singular(tw.w[tw.n - 1], a, sizeof a);
			sx__singular(w->w[0], b, sizeof b);
			norm_words(w, 1, n, rest, sizeof rest);
			if (strcmp(a, b) != 0 || strlen(own[0]) + strlen(rest) + 1 > sizeof key)
				break;
			snprintf(key, sizeof key, "%s%s", own[0], rest);
		} else {
			if (strlen(own[i]) + strlen(cn) + 1 > sizeof key)
				continue;
			snprintf(key, sizeof key, "%s%s", own[i], cn);
		}
		lookup(c, out, t, col, key, false, sx_arena_strdup(c->tmp, key));
		/* only the lookup table's whole name counts, not its key words;
		 * nor a table that refers back to the child (topic_users with
		 * its topic_id beside topics.user_id): the child's detail or
		 * link rows, not its lookup */
		for (j = before; j < out->n; j++)
			if (out->v[j].pk->t == t || out->v[j].pk->kind != SX__KEY_PK ||
			    refers_back(out->v[j].pk->t, t))
				out->v[j--] = out->v[--out->n];
		if (i < ns && out->n == before + 1)
			hit = out->v[before].pk->t;
	}
	return hit;
}

/* The single-column primary key of the table whose stem is `stem`. */
static struct pkey *pk_of_stem(const struct ctx *c, const char *stem)
{
	ivec *v = sx_hmap_get(c->index, stem);
	size_t i, j;
	for (i = 0; v && i < v->n; i++) {
		char stems[2][NAME_MAX_KEY];
		size_t ns;
		if (v->v[i].rule != SX__RULE_TABLE_NAME || v->v[i].pk->kind != SX__KEY_PK)
			continue;
		ns = table_stems(v->v[i].pk->t, stems);
		for (j = 0; j < ns; j++)
			if (strcmp(stems[j], stem) == 0)
				return v->v[i].pk;
	}
	return NULL;
}

/* A link table named after the two tables it links, with a numbered pair
 * of columns (l_artist_recording: entity0 -> artist, entity1 ->
 * recording; MusicBrainz's relationship tables): the lower number points
 * at the first table, the higher at the second. The names share no word
 * with their targets, so only the table's name can say where they point. */
static void link_pair(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	char base[NAME_MAX_KEY], other[NAME_MAX_KEY + 2], left[NAME_MAX_KEY],
		right[NAME_MAX_KEY];
	size_t l = strlen(col->name), i0, k;
	char d;
	bool first;
	sx__words tw;
	if (col->family != SX_TF_INTEGER || l < 2 || l >= sizeof base)
		return;
	d = col->name[l - 1];
	if (d < '0' || d > '2')
		return;
	memcpy(base, col->name, l - 1);
	base[l - 1] = 0;
	/* The sibling: entity0 with entity1, or party1 with party2. */
	snprintf(other, sizeof other, "%s%c", base, d == '1' ? '0' : '1');
	first = d == '0' || (d == '1' && !sx_table_find_column(t, other));
	if (d == '1' && first)
		snprintf(other, sizeof other, "%s2", base);
	else if (d == '2')
		snprintf(other, sizeof other, "%s1", base);
	if (!sx_table_find_column(t, other))
		return;
	sx__split(t->name, &tw);
	sx__strip_table_prefix(&tw);
	/* A one-letter prefix ("l_") is the link tables' namespace. */
	i0 = tw.n > 2 && strlen(tw.w[0]) == 1 ? 1 : 0;
	for (k = i0 + 1; k < tw.n; k++) {
		struct pkey *a, *b;
		struct cand cd;
		norm_words(&tw, i0, k, left, sizeof left);
		norm_words(&tw, k, tw.n, right, sizeof right);
		if (!(a = pk_of_stem(c, left)) || !(b = pk_of_stem(c, right)))
			continue;
		memset(&cd, 0, sizeof cd);
		cd.pk = first ? a : b;
		if (cd.pk->t == t)
			return;
		cd.child = t;
		cd.ncols = 1;
		cd.cols[0] = col->name;
		cd.rule = cd.via_rule = SX__RULE_LINK_PAIR;
		cd.matched = sx_arena_strdup(c->tmp, first ? left : right);
		cand_push(out, &cd);
		return;
	}
}

/* Adds the candidate col -> pk found by a rule of its own. */
static void push_single(cvec *out, struct pkey *pk, sx_table *t, const sx_column *col, int rule,
			const char *matched)
{
	struct cand k;
	memset(&k, 0, sizeof k);
	k.pk = pk;
	k.child = t;
	k.ncols = 1;
	k.cols[0] = col->name;
	k.rule = k.via_rule = rule;
	k.matched = matched;
	cand_push(out, &k);
}

/* The one table whose name's words the first m words begin in turn,
 * one of them shortened (ed_izm -> edinitsy_izmereniya, gen_bus_posting_
 * group -> gen_business_posting_group); NULL where none or several. */
static struct pkey *abbrev_words(const struct ctx *c, const sx__words *w, size_t m)
{
	char key[NAME_MAX_KEY];
	struct pkey *hit = NULL;
	size_t i, j;
	ivec *v;
	sx__words rest;
	/* the tables' application prefix, if the name begins with it */
	if (m >= 3 && is_app_prefix(w->w[0])) {
		rest.n = 0;
		for (i = 1; i < m; i++)
			memcpy(rest.w[rest.n++], w->w[i], SX__WORD_MAX);
		w = &rest;
		m--;
	}
	if (m < 2 || m > 4)
		return NULL;
	for (i = 0; i < m; i++)
		key[2 + i] = w->w[i][0];
	memcpy(key, "\x01i", 2);
	key[2 + m] = 0;
	v = sx_hmap_get(c->index, key);
	for (j = 0; v && j < v->n; j++) {
		sx__words tw;
		bool shorter = false;
		sx__split(v->v[j].pk->t->name, &tw);
		if (!sx__strip_table_prefix(&tw))
			strip_app_prefix(&tw);
		if (tw.n != m)
			continue;
		for (i = 0; i < m; i++) {
			size_t lw = strlen(w->w[i]);
			if (lw < 2 || !sx_str_startswith(tw.w[i], w->w[i]))
				break;
			shorter = shorter || lw < strlen(tw.w[i]);
		}
		if (i < m || !shorter)
			continue;
		if (hit)
			return NULL;
		hit = v->v[j].pk;
	}
	return hit;
}

/* Of the one-word table names a shortened word begins (soc of societe and
 * socpeople), the shortest, where it is shorter than every other by two
 * letters or more: the longer ones add a word of their own to it (soc +
 * people). Names within a letter of each other (catalog, category for
 * cat) stay ambiguous. */
static struct pkey *shortest_expansion(const ivec *v)
{
	size_t j, best = SIZE_MAX, next = SIZE_MAX;
	struct pkey *hit = NULL;
	for (j = 0; j < v->n; j++) {
		size_t ln = strlen(v->v[j].pk->t->name);
		if (hit && v->v[j].pk->t == hit->t)
			continue;
		if (ln < best) {
			next = best;
			best = ln;
			hit = v->v[j].pk;
		} else if (ln < next) {
			next = ln;
		}
	}
	return next != SIZE_MAX && next >= best + 2 ? hit : NULL;
}

/* The one table whose name's initials are the word (cv of
 * m_code_value, see index_abbrev), or NULL. */
static struct pkey *initials_table(const struct ctx *c, const char *word)
{
	char key[NAME_MAX_KEY];
	ivec *v;
	snprintf(key, sizeof key, "\x01i%s", word);
	v = sx_hmap_get(c->index, key);
	return v && v->n == 1 ? v->v[0].pk : NULL;
}

/* Role words before a table's initials and the key word
 * (closure_reason_cv_id, client_reln_cv_id): the initials are the head,
 * the code table; the role words name no table of their own there. The
 * candidates by the role words give way. */
static void role_initials(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			  size_t n, cvec *out)
{
	const char *last;
	char sg[SX__WORD_MAX];
	struct pkey *hit;
	size_t i, l;
	if (n < 3 || !sx__key_word(w->w[n - 1]))
		return;
	last = w->w[n - 2];
	l = strlen(last);
	if (l < 2 || l > 3)
		return;
	for (i = 0; i < l; i++)
		if (last[i] < 'a' || last[i] > 'z')
			return;
	sx__singular(last, sg, sizeof sg);
	if (sx__generic_word(last) || measure_word(last) || sx_hmap_get(c->stemset, sg) ||
	    !(hit = initials_table(c, last)) || hit->t == t)
		return;
	out->n = 0;
	push_single(out, hit, t, col, SX__RULE_ABBREV, sx_arena_strdup(c->tmp, last));
}

/* A column no name rule matched, ending in a key word, may abbreviate its
 * table's name (see index_abbrev): its last word a prefix of a one-word
 * name (nomen_id, substance_nomen_id -> nomenclature), its words the
 * prefixes of a name's words (ed_izm_id -> edinitsy_izmereniya), or one
 * word of its initials (ts_id -> transportnye_sredstva, po_id ->
 * purchase_orders). Only where exactly one table fits, and not for a word
 * that names a table itself, a generic word or a measure. */
static void abbrev_candidates(struct ctx *c, sx_table *t, const sx_column *col,
			      const sx__words *w, size_t n, cvec *out)
{
	char key[NAME_MAX_KEY], sg[SX__WORD_MAX];
	const char *last;
	struct pkey *hit = NULL;
	size_t m, i, l;
	ivec *v;
	/* Without a key word, a name of three or four words may shorten
	 * some of a code table's words (Gen_ Bus_ Posting Group -> Gen_
	 * Business Posting Group); only that form is tried. */
	if (n >= 3 && n <= 4 && !sx__key_word(w->w[n - 1])) {
		if ((hit = abbrev_words(c, w, n)) && hit->t != t)
			push_single(out, hit, t, col, SX__RULE_ABBREV,
				    sx_arena_strdup(c->tmp, w->w[n - 1]));
		return;
	}
	if (n < 2 || !sx__key_word(w->w[n - 1]))
		return;
	m = n - 1;
	last = w->w[m - 1];
	l = strlen(last);
	for (i = 0; i < l; i++)
		if (last[i] < 'a' || last[i] > 'z')
			return;
	sx__singular(last, sg, sizeof sg);
	if (sx__generic_word(last) || measure_word(last) || sx_hmap_get(c->stemset, sg))
		return;
	if (l >= 3) {
		snprintf(key, sizeof key, "\x01p%s", last);
		v = sx_hmap_get(c->index, key);
		if (v && v->n == 1)
			hit = v->v[0].pk;
		else if (v && v->n > 1)
			hit = shortest_expansion(v);
	}
	if (!hit && m >= 2)
		hit = abbrev_words(c, w, m);
	/* the initials after role words too (gender_cv_id -> code_values),
	 * two or three letters there */
	if (!hit && l >= 2 && (m == 1 ? l <= 4 : l <= 3))
		hit = initials_table(c, last);
	/* org_id -> the one table keyed organization_id and named by it */
	if (!hit && m == 1 && l >= 3) {
		snprintf(key, sizeof key, "\x01k%s", last);
		v = sx_hmap_get(c->index, key);
		if (v && v->n == 1)
			hit = v->v[0].pk;
	}
	if (hit && hit->t != t)
		push_single(out, hit, t, col, SX__RULE_ABBREV, sx_arena_strdup(c->tmp, last));
}

/* A table named by the column's word as its head noun after one
 * qualifier (vm_instance, res_partner for instance_id, partner_id)
 * beside tables where the word only modifies another (instance_group,
 * res_partner_bank: a group of instances, a partner's bank): the column
 * names the thing itself, so the modifier candidates go. Only where
 * every candidate is a part of a table's name keyed by a single column
 * and one plain two-word table names the word as its head; a longer
 * head (ci_resource_groups, m_savings_product) is a kind of its own.
 * Not where names put the head noun first (lineas_pedido). */
static void head_over_modifier(const struct ctx *c, const sx__words *w, size_t n, cvec *out)
{
	char word[SX__WORD_MAX];
	bool mod[64];
	size_t i, k, nh = 0, nm = 0;
	if (c->head_first || n < 2 || !sx__key_word(w->w[n - 1]) || sx__key_word(w->w[n - 2]) ||
	    out->n < 2 || out->n > 64)
		return;
	sx__singular(w->w[n - 2], word, sizeof word);
	for (i = 0; i < out->n; i++) {
		sx__words tw;
		char x[SX__WORD_MAX];
		size_t j;
		if ((out->v[i].rule != SX__RULE_PARTIAL &&
		     (out->v[i].rule != SX__RULE_ROLE || out->v[i].via_rule != SX__RULE_PARTIAL)) ||
		    out->v[i].pk->ncols != 1)
			return;
		sx__split(out->v[i].pk->t->name, &tw);
		if (tw.n < 2)
			return;
		sx__singular(tw.w[tw.n - 1], x, sizeof x);
		if (strcmp(x, word) == 0 && tw.n == 2)
			nh++;
		mod[i] = false;
		for (j = 0; j + 1 < tw.n && !mod[i]; j++) {
			sx__singular(tw.w[j], x, sizeof x);
			mod[i] = strcmp(x, word) == 0;
		}
		nm += mod[i];
	}
	if (nh != 1 || nm == 0)
		return;
	for (i = k = 0; i < out->n; i++)
		if (!mod[i])
			out->v[k++] = out->v[i];
	out->n = k;
}

/* A word in another grammatical case than its table's name (towaru_id,
 * kasy_id for towar, kasa; tovara_id): where nothing else matched, the
 * word less a one- or two-letter vowel ending is tried as the table's
 * stem. */
static void inflected_stem(struct ctx *c, sx_table *t, const sx_column *col,
			   const sx__words *w, size_t n, cvec *out)
{
	char key[NAME_MAX_KEY], kw[SX__WORD_MAX];
	size_t l, cut;
	if (out->n || n != 2 || !sx__key_word(w->w[1]) || sx__key_word(w->w[0]))
		return;
	l = strlen(w->w[0]);
	/* English -ee names a person (reportee, assignee), no case ending */
	if (l < 5 || sx__generic_word(w->w[0]) || sx_str_endswith(w->w[0], "ee"))
		return;
	sx__singular(w->w[1], kw, sizeof kw);
	for (cut = 1; cut <= 2 && !out->n; cut++) {
		size_t k;
		bool vowels = true;
		for (k = l - cut; k < l; k++)
			vowels = vowels && strchr("aeiouy", w->w[0][k]);
		if (!vowels || l - cut < 4)
			continue;
		snprintf(key, sizeof key, "%.*s%s", (int)(l - cut), w->w[0], kw);
		lookup_as(c, out, t, col, key, SX__RULE_PARTIAL, sx_arena_strdup(c->tmp, key));
	}
}

/* A self reference by its word (parent_id of projects) beside a part
 * of another table's name that is only that word (changeset_parents, a
 * table of parents of its own): the word says the row's role, not that
 * table. The part candidates go. */
static void drop_self_word_parts(cvec *out)
{
	const char *word = NULL;
	size_t i, k;
	for (i = 0; i < out->n && !word; i++)
		if (out->v[i].rule == SX__RULE_SELF && out->v[i].matched)
			word = out->v[i].matched;
	if (!word)
		return;
	for (i = k = 0; i < out->n; i++) {
		sx__words tw;
		size_t j;
		bool part = false;
		if (out->v[i].rule == SX__RULE_PARTIAL) {
			sx__split(out->v[i].pk->t->name, &tw);
			for (j = 0; j < tw.n && !part; j++) {
				char sg[SX__WORD_MAX];
				sx__singular(tw.w[j], sg, sizeof sg);
				part = strcmp(sg, word) == 0;
			}
		}
		if (!part)
			out->v[k++] = out->v[i];
	}
	out->n = k;
}

/* Every candidate a part of the table's name, the word before the key
 * word a word of each target's longer name (repo_id, head_repo_id ->
 * repo_unit, repo_topic, team_repo): the word names an entity no table is named
 * by alone, whose parts those tables are. Its abbreviation of one table's
 * name (repository) is then tried instead; the parts stay where none
 * fits. */
static bool word_parts_only(const sx__words *w, size_t n, const cvec *out)
{
	size_t i;
	if (n < 2 || !sx__key_word(w->w[n - 1]) || out->n == 0)
		return false;
	for (i = 0; i < out->n; i++) {
		sx__words tw;
		size_t j;
		if (out->v[i].rule != SX__RULE_PARTIAL &&
		    (out->v[i].rule != SX__RULE_ROLE || out->v[i].via_rule != SX__RULE_PARTIAL))
			return false;
		sx__split(out->v[i].pk->t->name, &tw);
		for (j = 0; j < tw.n && strcmp(tw.w[j], w->w[n - 2]) != 0; j++)
			;
		if (tw.n < 2 || j == tw.n)
			return false;
	}
	return true;
}

/* Candidates of one column: its full name, its suffixes (role prefixes),
 * *_by and self references. */
static size_t common_prefix(const char *a, const char *b);

/* A part table named after its owner and a word (order_lines of order,
 * dokumenty_realizatsii_tovary of dokumenty_realizatsii), keyed (owner
 * column, line number): the owner column refers to the owner's key, even
 * under a name of its own that matches nothing (ssylka_id, "the link";
 * doc_ref). Only for the first column of such a key that no rule
 * matched, where the rest of the key is no other table's key. */
static void owner_candidates(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	size_t s, i, best = 0;
	sx_table *owner = NULL;
	struct pkey *pk;
	if (t->pk.ncols < 2 || !sx_str_eq_nocase(t->pk.cols[0], col->name))
		return;
	for (i = 1; i < t->pk.ncols; i++) {
		char kn[NAME_MAX_KEY];
		sx__norm(t->pk.cols[i], kn, sizeof kn);
		if (sx_hmap_get(c->pknames, kn))
			return;
	}
	for (s = 0; s < c->db->nschemas; s++)
		for (i = 0; i < c->db->schemas[s]->ntables; i++) {
			sx_table *p = c->db->schemas[s]->tables[i];
			size_t l = strlen(p->name);
			const sx_column *pc;
			if (p == t || p->pk.ncols != 1 || l <= best || strlen(t->name) <= l ||
			    t->name[l] != '_' || common_prefix(t->name, p->name) != l)
				continue;
			pc = sx_table_find_column(p, p->pk.cols[0]);
			if (!pc || pc->family != col->family)
				continue;
			owner = p;
			best = l;
		}
	if (!owner || !(pk = new_pkey(c, owner, SX__KEY_PK, 1, owner->pk.cols)))
		return;
	push_single(out, pk, t, col, SX__RULE_PARTIAL, "owner");
}

/* A lowercase name run together from words and a trailing "id", as a
 * PascalCase API name reads once a DDL reader has folded it
 * (CreatedById -> createdbyid, OwnerId -> ownerid, ReportsToId ->
 * reportstoid, ConvertedAccountId -> convertedaccountid): its words are
 * recovered where the part before "id" is a table's stem, a person role,
 * a self-reference word, or ends in "by", "to" or a table's stem. Other
 * one-word names (paid, valid, rfid) stay as they are. */
/* An audit column: who created, changed or owns the row (created_by,
 * modified_by_id, CreatedById, updated_by, owner_id). */
/* "by" of created_by, and the same after a participle in other
 * languages: French valide_par, German gebucht_von, Spanish and
 * Portuguese aprobado_por. */
static bool by_word(const char *w)
{
	static const char *const b[] = {"by", "par", "von", "por", NULL};
	return in_words(w, b);
}

/* An audit act's participle before the key word (CiviCRM's created_id,
 * modified_id, last_modified_id): the id of whoever created or changed
 * the row, as created_by_id says it with "by". */
static bool participle_actor(const char *w)
{
	static const char *const p[] = {"created", "modified", "updated", "changed", "edited",
					NULL};
	return in_words(w, p);
}

static bool audit_role(const sx__words *w, size_t n)
{
	size_t last = n;
	if (last > 1 && sx__key_word(w->w[last - 1]))
		last--;
	if (last >= 2 && by_word(w->w[last - 1]))
		return true;
	/* the user who did it: create_uid (read as create_user_id),
	 * modified_user, last_update_user_id */
	if (last >= 2 && strcmp(w->w[last - 1], "user") == 0)
		return true;
	if (last >= 1 && n >= 2 && last < n && participle_actor(w->w[last - 1]))
		return true;
	return last >= 1 && n >= 2 &&
	       (strcmp(w->w[last - 1], "owner") == 0 || strcmp(w->w[last - 1], "creator") == 0);
}

/* An actor word alone (owner, author, creator, modifier: Frappe's and
 * many CMSs' audit columns carry no key word): the user who owns, wrote
 * or changed the row. Only where no table is named by the word (an
 * author table takes author), the schema has one login table (the
 * caller checks: a lone word does not choose among person tables, as
 * AdventureWorks' document.owner, an employee, beside person) and the
 * type is the user key's (checked with the other evidence). */
static bool lone_actor(const struct ctx *c, const sx__words *w, size_t n)
{
	static const char *const a[] = {"owner", "author", "creator", "modifier", "updater",
					"editor", "approver", "assignee", "reviewer", "submitter",
					"uploader", "reporter", "poster", NULL};
	char sg[SX__WORD_MAX];
	if (n != 1 || !in_words(w->w[0], a))
		return false;
	sx__singular(w->w[0], sg, sizeof sg);
	return sx_hmap_get(c->stemset, sg) == NULL;
}

/* "uid" is the user's id (Unix, Odoo's create_uid / write_uid, Drupal's
 * uid): a trailing "uid" word reads as "user" and "id", so create_uid
 * names the user table and is an audit column like created_by. */
static void expand_uid(const struct ctx *c, sx__words *w)
{
	size_t n = w->n;
	char key[NAME_MAX_KEY];
	if (n == 0 || n >= SX__MAX_WORDS || strcmp(w->w[n - 1], "uid") != 0)
		return;
	/* a key of that very name (user_profiles.uid) is matched as it is;
	 * a unique uid beside a table's own primary key (a one-to-one
	 * extension's, two_factor.uid) refers to the user itself */
	norm_words(w, 0, n, key, sizeof key);
	if (c->indexed) {
		const ivec *v = sx_hmap_get(c->index, key);
		size_t j;
		for (j = 0; v && j < v->n; j++)
			if (v->v[j].pk->kind == SX__KEY_PK)
				return;
	}
	snprintf(w->w[n - 1], SX__WORD_MAX, "user");
	snprintf(w->w[n], SX__WORD_MAX, "id");
	w->n = n + 1;
}

/* A person role glued between a short prefix and "id" (vtiger's
 * smownerid, smcreatorid: the owner and the creator of a record): read as
 * sm_owner_id, where no table is named by the word. */
static void split_glued_role_id(const struct ctx *c, sx__words *w)
{
	sx__words r;
	size_t l, p;
	if (w->n != 1 || (l = strlen(w->w[0])) < 8 || strcmp(w->w[0] + l - 2, "id") != 0 ||
	    sx_hmap_get(c->stemset, w->w[0]))
		return;
	for (p = 1; p <= 3; p++) {
		r.n = 2;
		snprintf(r.w[0], SX__WORD_MAX, "%.*s", (int)(l - 2 - p), w->w[0] + p);
		snprintf(r.w[1], SX__WORD_MAX, "id");
		if (strlen(r.w[0]) < 5 || !person_role(&r, 2) || sx_hmap_get(c->stemset, r.w[0]))
			continue;
		snprintf(w->w[1], SX__WORD_MAX, "%s", r.w[0]);
		w->w[0][p] = 0;
		snprintf(w->w[2], SX__WORD_MAX, "id");
		w->n = 3;
		return;
	}
}

/* Another table's last word that the abbreviation begins (cat of catalog
 * beside category): the abbreviation does not choose between them. A
 * table other than the column's own that writes the abbreviation
 * itself as a word of its name (alf_prop_value beside
 * avm_store_properties) shows the schema's own short form: the column's
 * word names that table's family, not the word written out. */
static bool abbrev_ambiguous(const struct ctx *c, const sx_table *own, const char *ab,
			     const char *full)
{
	size_t i, k, l = strlen(ab);
	for (i = 0; i < c->all.n; i++) {
		sx__words tw;
		char sg[SX__WORD_MAX];
		sx__split(c->all.v[i]->name, &tw);
		if (!tw.n)
			continue;
		for (k = 0; c->all.v[i] != own && k + 1 < tw.n; k++) {
			sx__singular(tw.w[k], sg, sizeof sg);
			if (!strcmp(sg, ab))
				return true;
		}
		sx__singular(tw.w[tw.n - 1], sg, sizeof sg);
		if (!strncmp(sg, ab, l) && strcmp(sg, full) != 0)
			return true;
	}
	return false;
}

/* A word written as a general abbreviation (dept_id, db_id, grp_id) names
 * the table whose name ends in the word it stands for (department,
 * metabase_database): written out where no table is named by the
 * abbreviation itself, no key has the column's name and some table's
 * name ends in the full word. */
static void expand_abbrev_words(const struct ctx *c, const sx_table *t, sx__words *w)
{
	size_t i, k, n = w->n;
	char key[NAME_MAX_KEY];
	/* a key of that very name (dept_name, cust_acct_site_id) is
	 * matched as it is */
	norm_words(w, 0, n, key, sizeof key);
	if (c->indexed && sx_hmap_get(c->index, key))
		return;
	for (i = 0; i < n; i++) {
		char x[SX__WORD_MAX], sg[SX__WORD_MAX];
		sx__words xw;
		if (sx__key_word(w->w[i]))
			continue;
		snprintf(x, sizeof x, "%s", w->w[i]);
		sx__expand_abbrev(x, sizeof x);
		if (!strcmp(x, w->w[i]))
			continue;
		sx__singular(w->w[i], sg, sizeof sg);
		if (sx_hmap_get(c->stemset, sg) || sx_hmap_get(c->lastwords, sg))
			continue;
		sx__split(x, &xw);
		if (xw.n == 0 || n + xw.n - 1 > SX__MAX_WORDS)
			continue;
		sx__singular(xw.w[xw.n - 1], sg, sizeof sg);
		if (!sx_hmap_get(c->lastwords, sg) || abbrev_ambiguous(c, t, w->w[i], sg))
			continue;
		memmove(w->w[i + xw.n], w->w[i + 1], (n - i - 1) * sizeof w->w[0]);
		for (k = 0; k < xw.n; k++)
			memcpy(w->w[i + k], xw.w[k], sizeof w->w[0]);
		n += xw.n - 1;
		i += xw.n - 1;
	}
	w->n = n;
}

/* A leading "fk" word marks a reference as a trailing key word does
 * (fk_product, fk_user_author, as Dolibarr and many PHP applications
 * name them): read as the rest and "id" (product_id, user_author_id),
 * so the rest names the table, a role after it included. */
/* A trailing "fk" word marks a reference as a leading one does
 * (identity_fk, forum_fk, qht_question_fk): read as a key word, "pk"
 * where some table is keyed by the words before it and "pk" (ILIAS'
 * thr_fk beside frm_threads.thr_pk, pos_top_fk beside frm_data.top_pk),
 * else "id". */
static void fk_suffix(const struct ctx *c, sx__words *w)
{
	size_t i, n = w->n;
	bool pk = false;
	if (n < 2 || strcmp(w->w[n - 1], "fk") != 0)
		return;
	for (i = 0; i + 1 < n && !pk; i++) {
		char key[NAME_MAX_KEY];
		size_t l;
		snprintf(w->w[n - 1], SX__WORD_MAX, "pk");
		norm_words(w, i, n, key, sizeof key);
		l = strlen(key);
		pk = l > 2 && sx_hmap_get(c->pknames, key) != NULL;
	}
	snprintf(w->w[n - 1], SX__WORD_MAX, "%s", pk ? "pk" : "id");
}

static bool fk_prefix(sx__words *w)
{
	size_t n = w->n, i;
	if (n < 2 || n >= SX__MAX_WORDS || strcmp(w->w[0], "fk") != 0 ||
	    (sx__key_word(w->w[n - 1]) && n < 3))
		return false;
	for (i = 1; i < n; i++)
		memcpy(w->w[i - 1], w->w[i], SX__WORD_MAX);
	/* fk_group_id: the fk word and a key word both, read as group_id
	 * (not "fk" as a role before group_id) */
	if (sx__key_word(w->w[n - 1]))
		w->n--;
	else
		snprintf(w->w[n - 1], SX__WORD_MAX, "id");
	return true;
}

/* The one table of the schema's logins, where exactly one of the person
 * tables is named as such (user, usuario, benutzer, polzovatel, ...),
 * beside accounts, members or employees: audit columns point at it even
 * where another person-like table (Salesforce's Account, a CRM's
 * companies) is referred to more often. NULL where there are none or
 * several. */
static const char *const login_words[] = {
	"user", "login", "appuser", "sysuser", "polzovatel", "usuario", "utente",
	"benutzer", "nutzer", "utilisateur",
	"\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c", /* пользователь */
	NULL};

static const struct pkey *login_table(const struct ctx *c)
{
	const char *const *u = login_words;
	const struct pkey *one = NULL, *lone = NULL;
	size_t i, j, best = SIZE_MAX;
	bool tie = false, several = false;
	for (i = 0; i < c->users.n; i++) {
		char st[2][NAME_MAX_KEY];
		size_t ns = table_stems(c->users.v[i]->t, st);
		bool is = false;
		for (j = 0; j < ns; j++)
			is |= in_words(st[j], u);
		if (!is)
			continue;
		if (one && one->t != c->users.v[i]->t)
			return NULL;
		one = c->users.v[i];
	}
	/* a user table without credentials beside the one person table
	 * that holds them (x_user of a directory sync beside x_portal_user,
	 * with the password): people sign in, and audit, as the latter */
	if (one && !credential_table(one->t)) {
		const struct pkey *cred = NULL;
		for (i = 0; i < c->users.n; i++) {
			if (c->users.v[i]->t == one->t || !credential_table(c->users.v[i]->t))
				continue;
			if (cred && cred->t != c->users.v[i]->t)
				break;
			cred = c->users.v[i];
		}
		if (cred && i == c->users.n)
			return cred;
	}
	/* none named so: the one person table that holds passwords; of
	 * several, the one named by a login word behind the fewest other
	 * words (ab_user beside ab_register_user) */
	for (i = 0; !one && i < c->users.n; i++) {
		sx__words tw;
		if (!credential_table(c->users.v[i]->t))
			continue;
		for (j = i + 1; j < c->users.n; j++)
			if (c->users.v[j]->t != c->users.v[i]->t &&
			    credential_table(c->users.v[j]->t))
				several = true;
		if (!several)
			return c->users.v[i];
		sx__split(c->users.v[i]->t->name, &tw);
		if (!tw.n || !in_words(tw.w[tw.n - 1], u) || tw.n > best)
			continue;
		if (tw.n < best) {
			best = tw.n;
			lone = c->users.v[i];
			tie = false;
		} else if (lone->t != c->users.v[i]->t) {
			tie = true;
		}
	}
	return one ? one : tie ? NULL : lone;
}

/* The one person table of the organisation's staff (employee, staff,
 * worker, personnel, in the languages person_like reads), beside the
 * users; NULL where there is none or several. */
static const struct pkey *staff_table(const struct ctx *c)
{
	static const char *const st[] = {"employee", "staff", "worker", "personnel",
					 "sotrudnik", "rabotnik", "empleado", "funcionario",
					 "dipendente", "mitarbeiter", "employe", NULL};
	const struct pkey *one = NULL;
	size_t i, j;
	for (i = 0; i < c->users.n; i++) {
		char stems[2][NAME_MAX_KEY];
		size_t ns = table_stems(c->users.v[i]->t, stems);
		const char *const *q;
		bool is = false;
		for (j = 0; j < ns; j++)
			for (q = st; *q; q++)
				is |= sx_str_endswith(stems[j], *q);
		if (!is)
			continue;
		if (one && one->t != c->users.v[i]->t)
			return NULL;
		one = c->users.v[i];
	}
	return one;
}

/* Is the role word of a person-role column a table's own name
 * (salespersonid where a salesperson table exists)? Then the column names
 * that table, not the schema's person table. */
static bool role_names_table(const struct ctx *c, const sx__words *w, size_t n)
{
	char sg[SX__WORD_MAX];
	if (n > 1 && sx__key_word(w->w[n - 1]))
		n--;
	if (n == 0)
		return false;
	sx__singular(w->w[n - 1], sg, sizeof sg);
	return sx_hmap_get(c->stemset, sg) != NULL;
}

/* Splits s (l characters) into words the schema writes apart elsewhere,
 * three characters or more each, the longest first word first; false
 * where no such split exists. */
static bool vocab_split(const struct ctx *c, const char *s, size_t l, sx__words *out)
{
	char p[SX__WORD_MAX];
	size_t k, n0 = out->n;
	if (out->n >= SX__MAX_WORDS - 1)
		return false;
	for (k = l; k >= 3; k--) {
		if (l - k > 0 && l - k < 3)
			continue;
		memcpy(p, s, k);
		p[k] = 0;
		if (!sx_hmap_get(c->vocab, p))
			continue;
		snprintf(out->w[out->n++], SX__WORD_MAX, "%s", p);
		if (k == l || vocab_split(c, s + k, l - k, out))
			return true;
		out->n = n0;
	}
	return false;
}

/* A name written without a separator and read lowercase (iDempiere's
 * CreatedBy, UpdatedBy folded to createdby, lastupdatedby): where it
 * ends in a "by" word and the rest splits into the schema's own words
 * (created, last, updated: column names elsewhere), it is read as those
 * words, an audit column as created_by is. */
static bool split_glued(const struct ctx *c, sx__words *w)
{
	const char *s = w->w[0];
	size_t l = strlen(s), k, bl;
	sx__words t;
	for (k = 0; k < l; k++)
		if (s[k] < 'a' || s[k] > 'z')
			return false;
	/* the "by" words are two or three letters (by, par, von, por) */
	for (bl = 2; bl <= 3; bl++) {
		if (l < bl + 4 || !by_word(s + l - bl))
			continue;
		t.n = 0;
		if (!vocab_split(c, s, l - bl, &t))
			continue;
		snprintf(t.w[t.n++], SX__WORD_MAX, "%s", s + l - bl);
		*w = t;
		return true;
	}
	return false;
}

static void split_runon(const struct ctx *c, sx__words *w)
{
	char p[SX__WORD_MAX];
	const char *s;
	size_t l, pl, k;
	sx__words t;
	if (w->n != 1)
		return;
	if (split_glued(c, w))
		return;
	s = w->w[0];
	l = strlen(s);
	if (l < 5 || l >= SX__WORD_MAX || strcmp(s + l - 2, "id") != 0)
		return;
	for (k = 0; k < l; k++)
		if (s[k] < 'a' || s[k] > 'z')
			return;
	pl = l - 2;
	memcpy(p, s, pl);
	p[pl] = 0;
	t.n = 0;
	if (pl >= 5 && (!strcmp(p + pl - 2, "by") || !strcmp(p + pl - 2, "to"))) {
		/* createdby, lastmodifiedby, reportsto */
		memcpy(t.w[0], p, pl - 2);
		t.w[0][pl - 2] = 0;
		memcpy(t.w[1], p + pl - 2, 3);
		if (p[pl - 2] == 'b' || self_word(t.w[0])) {
			snprintf(t.w[2], SX__WORD_MAX, "id");
			t.n = 3;
		}
	}
	if (!t.n) {
		snprintf(t.w[0], SX__WORD_MAX, "%s", p);
		snprintf(t.w[1], SX__WORD_MAX, "id");
		t.n = 2;
		if (!sx_hmap_get(c->stemset, p) && !self_word(p) && !person_role(&t, 2)) {
			/* a role before a table's stem: convertedaccount */
			t.n = 0;
			for (k = 3; k + 4 <= pl; k++)
				if (sx_hmap_get(c->stemset, p + k)) {
					memcpy(t.w[0], p, k);
					t.w[0][k] = 0;
					snprintf(t.w[1], SX__WORD_MAX, "%s", p + k);
					snprintf(t.w[2], SX__WORD_MAX, "id");
					t.n = 3;
					break;
				}
		}
	}
	if (t.n)
		*w = t;
}

/* A role glued before a table's stem with no key word (Koha's
 * homebranch, holdingbranch, frombranch, tobranch -> branches): a text
 * code column is read as <role>_<stem>, as home_branch would be. The
 * stem is five letters at least and the role two; a name that is a stem
 * itself, a flag (is..., has...) or a number is left alone. */
static bool same_text_type(const sx_column *col, const struct pkey *pk);

/* Is a table named stem keyed by a text column of col's very type
 * (varchar(10) as varchar(10))? */
static bool stem_key_typed(const struct ctx *c, const char *stem, const sx_column *col)
{
	const ivec *v = sx_hmap_get(c->index, stem);
	size_t i;
	for (i = 0; v && i < v->n; i++)
		if (v->v[i].rule == SX__RULE_TABLE_NAME && v->v[i].pk->kind == SX__KEY_PK &&
		    v->v[i].pk->col && v->v[i].pk->col->family == SX_TF_TEXT &&
		    same_text_type(col, v->v[i].pk))
			return true;
	return false;
}

static void split_role_tail(const struct ctx *c, const sx_column *col, sx__words *w)
{
	const char *s;
	size_t l, k;
	if (w->n != 1 || col->family != SX_TF_TEXT)
		return;
	s = w->w[0];
	l = strlen(s);
	if (l < 7 || l >= SX__WORD_MAX || sx_hmap_get(c->stemset, s))
		return;
	for (k = 0; k < l; k++)
		if (s[k] < 'a' || s[k] > 'z')
			return;
	if (!strncmp(s, "is", 2) || !strncmp(s, "has", 3))
		return;
	for (k = 2; k + 5 <= l; k++)
		if (sx_hmap_get(c->stemset, s + k) && stem_key_typed(c, s + k, col)) {
			sx__words t;
			t.n = 2;
			memcpy(t.w[0], s, k);
			t.w[0][k] = 0;
			snprintf(t.w[1], SX__WORD_MAX, "%s", s + k);
			*w = t;
			return;
		}
}

/* A reference named by a generic word alone (entity_id, parent_id,
 * record_id, object_id): the name says nothing of its target but
 * "the row this one belongs to". */
static bool generic_ref(const sx__words *w, size_t n)
{
	return n == 2 && sx__key_word(w->w[1]) && (entity_word(w->w[0]) || parent_word(w->w[0]));
}

/* The subject of a subject / object pair (subject_id beside object_id
 * in feature_relationship, hz_relationships): a triple's two ends are
 * rows of one table, so the subject is as generic a reference as the
 * object beside it. */
static bool subject_pair(const sx_table *t, const sx__words *w, size_t n)
{
	char obj[NAME_MAX_KEY];
	size_t i;
	if (n != 2 || !sx__key_word(w->w[1]) || strcmp(w->w[0], "subject") != 0)
		return false;
	snprintf(obj, sizeof obj, "object%s", w->w[1]);
	for (i = 0; i < t->ncols; i++) {
		char cn[NAME_MAX_KEY];
		sx__norm(t->cols[i].name, cn, sizeof cn);
		if (strcmp(cn, obj) == 0)
			return true;
	}
	return false;
}

/* Leading words two table names share (catalog_product_entity_int and
 * catalog_product_entity: 3). */
static size_t shared_words(const char *a, const char *b)
{
	sx__words x, y;
	size_t i;
	sx__split(a, &x);
	sx__split(b, &y);
	for (i = 0; i < x.n && i < y.n; i++)
		if (strcmp(x.w[i], y.w[i]) != 0)
			break;
	return i;
}

/* The table other than t named by the words key wk, keyed by one column
 * of col's type family (no view): a table a name made of words can
 * refer to. NULL: none. */
static sx_table *words_table(const struct ctx *c, const char *wk, const sx_table *t, const sx_column *col)
{
	sx_table *q = sx_hmap_get(c->tabwords, wk);
	const sx_column *pc;
	if (!q || q == t || q->pk.ncols != 1 || q->kind == SX_REL_VIEW || q->kind == SX_REL_MATVIEW)
		return NULL;
	pc = sx_table_find_column(q, q->pk.cols[0]);
	return pc && pc->family == col->family ? q : NULL;
}

/* The table a child's name extends (a_b_c -> a_b, then a): the longest
 * other table whose words all begin the child's name, keyed by one
 * column of the reference's type family. sales_order_payment ->
 * sales_order, catalog_product_entity_int -> catalog_product_entity. */
static sx_table *name_parent(const struct ctx *c, const sx_table *t, const sx_column *col)
{
	sx__words tw;
	size_t k;
	sx__split(t->name, &tw);
	for (k = tw.n ? tw.n - 1 : 0; k >= 1; k--) {
		char wk[NAME_MAX_KEY];
		sx_table *q;
		words_key(&tw, k, wk, sizeof wk);
		if ((q = words_table(c, wk, t, col)))
			return q;
	}
	return NULL;
}

/* Does another column of t, of the reference's type family, carry the
 * last word of p's name (fk_taxonomy in o_tax_taxonomy_level beside
 * o_tax_taxonomy, curriculum_id)? Then that column is the row's link to
 * the table its name extends, and a parent column beside it is the
 * row's parent among its own rows (a level's parent level). */
static bool owner_col_beside(const sx_table *t, const sx_column *col, const sx_table *p)
{
	sx__words pw;
	char last[SX__WORD_MAX];
	size_t i, j;
	sx__split(p->name, &pw);
	if (!pw.n)
		return false;
	sx__singular(pw.w[pw.n - 1], last, sizeof last);
	for (i = 0; i < t->ncols; i++) {
		const sx_column *o = &t->cols[i];
		sx__words ow;
		if (o == col || o->family != col->family)
			continue;
		sx__split(o->name, &ow);
		for (j = 0; j < ow.n; j++) {
			char sg[SX__WORD_MAX];
			sx__singular(ow.w[j], sg, sizeof sg);
			if (strcmp(sg, last) == 0)
				return true;
		}
	}
	return false;
}

/* A generic reference (parent_id of sales_order_payment, entity_id of
 * catalog_product_entity_int) points at the table its table's name
 * extends, not at its own rows, where there is one: the self reference
 * of a parent_id goes, and so do identically named keys of tables with
 * fewer leading words in common. */
static void name_parent_candidates(struct ctx *c, sx_table *t, const sx_column *col,
				   const sx__words *w, size_t n, cvec *out)
{
	sx_table *p;
	struct pkey *pk;
	size_t i, j;
	if ((!generic_ref(w, n) && !subject_pair(t, w, n)) || sx_table_col_in_pk(t, col->name))
		return;
	if (!(p = name_parent(c, t, col))) {
		/* or the one candidate whose name begins as the child's does
		 * (review.entity_id -> review_entity among twenty tables keyed
		 * entity_id) */
		size_t best = 0, nbest = 0, sh;
		for (i = 0; i < out->n; i++) {
			if (out->v[i].pk->t == t || out->v[i].polymorphic)
				continue;
			sh = shared_words(t->name, out->v[i].pk->t->name);
			if (sh > best) {
				best = sh;
				nbest = 1;
			} else if (sh == best) {
				nbest++;
			}
		}
		if (best == 0 || nbest != 1)
			return;
		for (i = 0, j = 0; i < out->n; i++)
			if (out->v[i].pk->t != t && !out->v[i].polymorphic &&
			    shared_words(t->name, out->v[i].pk->t->name) == best)
				out->v[j++] = out->v[i];
		out->n = j;
		return;
	}
	if (parent_word(w->w[0]) && owner_col_beside(t, col, p))
		return;
	for (i = 0, j = 0; i < out->n; i++)
		if (out->v[i].pk->t != t && !out->v[i].polymorphic &&
		    shared_words(t->name, out->v[i].pk->t->name) >= shared_words(t->name, p->name))
			out->v[j++] = out->v[i];
	out->n = j;
	if (!(pk = new_pkey(c, p, SX__KEY_PK, 1, p->pk.cols)))
		return;
	push_single(out, pk, t, col,
		    sx_str_eq_nocase(p->pk.cols[0], col->name) ? SX__RULE_IDENTICAL
							       : SX__RULE_PARTIAL,
		    "name prefix");
}

/* A parent column with a type column beside it (parent and parenttype
 * of a Frappe child table, parent_id and parent_type): the type says
 * which table the parent row is in, so it is no self reference. Where
 * the child's name extends one table (sales_order_item of sales_order)
 * that table is the parent; elsewhere the row's parent is polymorphic,
 * left to the sampled type values. */
static void typed_parent(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			 size_t n, cvec *out)
{
	char stem[NAME_MAX_KEY], cn[NAME_MAX_KEY];
	sx_table *p;
	struct pkey *pk;
	size_t i, j;
	bool typed = false;
	if (!(n == 1 || (n == 2 && sx__key_word(w->w[1]))) || !parent_word(w->w[0]))
		return;
	snprintf(stem, sizeof stem, "%stype", w->w[0]);
	for (i = 0; i < t->ncols && !typed; i++) {
		sx__norm(t->cols[i].name, cn, sizeof cn);
		typed = strcmp(cn, stem) == 0;
	}
	if (!typed)
		return;
	for (i = 0, j = 0; i < out->n; i++)
		if (out->v[i].pk->t != t)
			out->v[j++] = out->v[i];
	out->n = j;
	if (!(p = name_parent(c, t, col)))
		return;
	for (i = 0; i < out->n; i++)
		if (out->v[i].pk->t == p)
			return;
	if (!(pk = new_pkey(c, p, SX__KEY_PK, 1, p->pk.cols)))
		return;
	push_single(out, pk, t, col, SX__RULE_PARTIAL, "name prefix");
}

/* A parent word before the table's own key name (parent_item_id in a
 * table keyed item_id, parent_line_no in one keyed line_no) is a self
 * reference: other tables keyed by that name are no rivals. */
static void own_key_self(const sx_table *t, const sx__words *w, size_t n, cvec *out)
{
	char own[NAME_MAX_KEY], rest[NAME_MAX_KEY];
	size_t i, j;
	bool self = false;
	if (n < 3 || t->pk.ncols != 1 || !parent_word(w->w[0]))
		return;
	sx__norm(t->pk.cols[0], own, sizeof own);
	norm_words(w, 1, n, rest, sizeof rest);
	if (strcmp(own, rest) != 0)
		return;
	for (i = 0; i < out->n; i++)
		self |= out->v[i].pk->t == t;
	if (!self)
		return;
	/* one candidate: the index's key and the self-reference word's
	 * are the same key */
	for (i = 0, j = 0; i < out->n && j == 0; i++)
		if (out->v[i].pk->t == t)
			out->v[j++] = out->v[i];
	out->n = j;
}

/* Of the candidates from `from` on, keep those a table's key name
 * gave (x_id of x, keyed id), where there are any. */
static void keep_table_keys(cvec *out, size_t from)
{
	size_t i, j;
	bool strong = false;
	for (i = from; i < out->n; i++)
		strong |= out->v[i].via_rule <= SX__RULE_TABLE_KEY;
	if (!strong)
		return;
	for (i = from, j = from; i < out->n; i++)
		if (out->v[i].via_rule <= SX__RULE_TABLE_KEY)
			out->v[j++] = out->v[i];
	out->n = j;
}

/* Words that end a column holding a row's place in a list. */
static bool position_word(const char *w)
{
	static const char *const p[] = {"order", "sort", "position", "rank", "seq", "sequence",
					"ordinal", NULL};
	return in_words(w, p);
}

static void value_candidates(struct ctx *c, sx_table *t, const sx_column *col, cvec *out);
static bool own_key_role_self(struct ctx *c, sx_table *t, const sx_column *col,
			      const sx__words *w, size_t n, cvec *out);
static bool only_self(struct ctx *c, sx_table *t, const sx_column *col, const char *word,
		      cvec *out);
static bool reversal_self(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			  size_t n, cvec *out);
static void display_copy(const sx_table *t, const sx__words *w, size_t n, cvec *out);
static void twin_side(const sx_table *t, const sx_column *col, cvec *out);
static bool lone_actor_login(const struct ctx *c, const sx_column *col, const sx__words *w,
			     size_t n);

/* The key a text role column holds in a person table whose primary key
 * is of another type: a unique column named like a key, not the primary
 * key, declared with the column's very type (a user key varchar(255)
 * beside a numeric id). NULL where none or where the column is no text. */
static const sx_column *person_text_key(const sx_table *t, const sx_column *col)
{
	size_t i;
	if (col->family != SX_TF_TEXT || !col->type)
		return NULL;
	for (i = 0; i < t->ncols; i++) {
		const sx_column *u = &t->cols[i];
		if (u->family == SX_TF_TEXT && u->type && sx_str_eq_nocase(u->type, col->type) &&
		    !sx_table_col_in_pk(t, u->name) && uniq_index_single(t, u->name) &&
		    key_like(t, u))
			return u;
	}
	return NULL;
}
static bool same_text_type(const sx_column *col, const struct pkey *pk);

/* The one table whose one-column primary key is named key (normalised)
 * after at most a short prefix (c_ of c_partner_location_id), or NULL. */
static sx_table *table_keyed(const struct ctx *c, const char *key)
{
	/* the tables keyed so are listed under key by index_tables */
	const tvec *v = tlist(c->pktails, key);
	return v->n == 1 ? v->v[0] : NULL;
}

/* Roles before a generic word that a text key is named by (header_
 * approved_status beside status_item keyed status_id): a reference to
 * that key where no rule found any, the column declared with the key's
 * very sized type (varchar(20) as the key), and one table so keyed. */
static void generic_stem_target(struct ctx *c, sx_table *t, const sx_column *col,
				const sx__words *w, size_t n, cvec *out)
{
	sx_table *hit = NULL;
	struct pkey *pk;
	char a[SX__WORD_MAX], b[SX__WORD_MAX];
	size_t s, i;
	if (out->n || n < 2 || sx__key_word(w->w[n - 1]) || !sx__generic_word(w->w[n - 1]) ||
	    col->family != SX_TF_TEXT || !col->type || !strchr(col->type, '('))
		return;
	sx__singular(w->w[n - 1], a, sizeof a);
	for (s = 0; s < c->db->nschemas; s++)
		for (i = 0; i < c->db->schemas[s]->ntables; i++) {
			sx_table *tb = c->db->schemas[s]->tables[i];
			const sx_column *pc;
			sx__words kw;
			if (tb == t || tb->pk.ncols != 1)
				continue;
			sx__split(tb->pk.cols[0], &kw);
			if (kw.n != 2 || !sx__key_word(kw.w[1]))
				continue;
			sx__singular(kw.w[0], b, sizeof b);
			pc = sx_table_find_column(tb, tb->pk.cols[0]);
			if (strcmp(a, b) != 0 || !pc || !pc->type || !sx_str_eq_nocase(pc->type, col->type))
				continue;
			if (hit)
				return;
			hit = tb;
		}
	if (hit && (pk = new_pkey(c, hit, SX__KEY_PK, 1, hit->pk.cols)))
		push_single(out, pk, t, col, SX__RULE_ROLE, sx_arena_strdup(c->tmp, a));
}

/* A role word before a group of references (bill_partner_id,
 * bill_location_id beside c_partner_location_id): the role's location
 * is its partner's, keyed by the sibling's words and the column's head
 * (partner_location_id). Where one table is keyed so, it is the target,
 * not the head's own table (location). */
static void role_group_target(struct ctx *c, sx_table *t, const sx_column *col,
			      const sx__words *w, size_t n, cvec *out)
{
	sx_table *found = NULL;
	struct pkey *pk;
	size_t i, j, r;
	if (n < 3 || !sx__key_word(w->w[n - 1]) || sx__key_word(w->w[0]))
		return;
	for (i = 0; i < t->ncols; i++) {
		sx__words sw, kw;
		char key[NAME_MAX_KEY];
		sx_table *tb;
		if (&t->cols[i] == col)
			continue;
		sx__split(t->cols[i].name, &sw);
		/* the role: the words both begin with (drop ship of
		 * DropShip_BPartner_ID and DropShip_Location_ID) */
		for (r = 0; r + 1 < n && r + 2 < sw.n && !strcmp(sw.w[r], w->w[r]); r++)
			;
		if (r == 0 || r + 1 >= n || !sx__key_word(sw.w[sw.n - 1]) ||
		    sw.n - 1 - r + n - r > SX__MAX_WORDS)
			continue;
		kw.n = 0;
		for (j = r; j + 1 < sw.n; j++)
			memcpy(kw.w[kw.n++], sw.w[j], SX__WORD_MAX);
		for (j = r; j < n; j++)
			memcpy(kw.w[kw.n++], w->w[j], SX__WORD_MAX);
		norm_words(&kw, 0, kw.n, key, sizeof key);
		if (!(tb = table_keyed(c, key)) || tb == t)
			continue;
		if (found && found != tb)
			return;
		found = tb;
	}
	if (!found || !(pk = new_pkey(c, found, SX__KEY_PK, 1, found->pk.cols)))
		return;
	out->n = 0;
	push_single(out, pk, t, col, SX__RULE_ROLE, sx_arena_strdup(c->tmp, found->name));
}

/* Is the last of the n words a single letter that counts a pair or a
 * series, another column of t having the same words with another
 * letter (person_a beside person_b, side_x beside side_y)? */
static bool letter_pair(const sx_table *t, const sx_column *col, const sx__words *w, size_t n)
{
	size_t i, j;
	const char *x = w->w[n - 1];
	if (strlen(x) != 1 || x[0] < 'a' || x[0] > 'z')
		return false;
	for (i = 0; i < t->ncols; i++) {
		sx__words o;
		if (&t->cols[i] == col)
			continue;
		sx__split(t->cols[i].name, &o);
		if (o.n != w->n)
			continue;
		for (j = 0; j < o.n; j++)
			if (j != n - 1 && strcmp(o.w[j], w->w[j]) != 0)
				break;
		if (j == o.n && strlen(o.w[n - 1]) == 1 && o.w[n - 1][0] != x[0])
			return true;
	}
	return false;
}

/* ------------------------------------------------- entity field storage */

/* Entity field storage (Drupal's SQL storage): each field of an entity
 * type has its own table named <entity>__<field> (node__field_tags, and
 * <entity>_revision__<field> for the revisions), keyed by (entity_id,
 * deleted, delta, langcode) and carrying entity_id and revision_id. The
 * length of the entity's name before the double underscore, or 0 where t
 * is no such table (a Salesforce custom object's __c is a suffix, not a
 * separator). */
static size_t field_entity_len(const sx_table *t)
{
	const char *s = strstr(t->name, "__");
	size_t l;
	if (!s || s == t->name || !sx_table_find_column(t, "entity_id"))
		return 0;
	l = strlen(s + 2);
	if (l < 2)
		return 0;
	return (size_t)(s - t->name);
}

static bool revision_word(const char *w)
{
	return strcmp(w, "revision") == 0 || strcmp(w, "revisions") == 0;
}

/* The entity of field table t: its name before the double underscore in
 * prefix, that name's words less a last revision word in e (*of_rev says
 * whether there was one). 0 where t is no field table. */
static size_t field_entity(const sx_table *t, char *prefix, size_t psz, sx__words *e,
			   bool *of_rev)
{
	size_t l = field_entity_len(t);
	if (!l || l >= psz)
		return 0;
	memcpy(prefix, t->name, l);
	prefix[l] = 0;
	sx__split(prefix, e);
	*of_rev = e->n >= 2 && revision_word(e->w[e->n - 1]);
	if (*of_rev)
		e->n--;
	return l;
}

/* Do the words of name begin, singular, with the n words of e, and has
 * it no more than extra words after them? */
static bool words_begin(const char *name, const sx__words *e, size_t n, size_t *nwords)
{
	sx__words w;
	size_t i;
	sx__split(name, &w);
	if (w.n < n)
		return false;
	for (i = 0; i < n; i++) {
		char a[SX__WORD_MAX], b[SX__WORD_MAX];
		sx__singular(w.w[i], a, sizeof a);
		sx__singular(e->w[i], b, sizeof b);
		if (strcmp(a, b) != 0)
			return false;
	}
	*nwords = w.n;
	return true;
}

/* The storage table of an entity named by the words e: the table keyed
 * by one column whose name begins with them (node; users for user;
 * taxonomy_term_data for taxonomy_term; paragraphs_item for paragraph)
 * with the fewest words, no revision word and no field separator; with
 * rev, the one named by the words and "revision" (node_revision) or by
 * the base's name and "revision" (paragraphs_item_revision). NULL where
 * none or several. */
static sx_table *entity_table(const struct ctx *c, const sx__words *e, size_t n,
			      const sx_table *base)
{
	sx_table *best = NULL;
	size_t s, i, bestn = SIZE_MAX, ties = 0;
	for (s = 0; s < c->db->nschemas; s++)
		for (i = 0; i < c->db->schemas[s]->ntables; i++) {
			sx_table *tb = c->db->schemas[s]->tables[i];
			sx__words w;
			size_t nw, k;
			bool rev = false;
			if (tb->pk.ncols != 1 || strstr(tb->name, "__"))
				continue;
			sx__split(tb->name, &w);
			for (k = 0; k < w.n; k++)
				rev = rev || revision_word(w.w[k]);
			if (!base) {
				if (rev || !words_begin(tb->name, e, n, &nw))
					continue;
			} else {
				sx__words bw;
				sx__split(base->name, &bw);
				if (w.n < 2 || !revision_word(w.w[w.n - 1]))
					continue;
				if (!((w.n == n + 1 && words_begin(tb->name, e, n, &nw)) ||
				      (w.n == bw.n + 1 && words_begin(tb->name, &bw, bw.n, &nw))))
					continue;
			}
			if (w.n < bestn) {
				best = tb;
				bestn = w.n;
				ties = 0;
			} else if (w.n == bestn) {
				ties++;
			}
		}
	return ties ? NULL : best;
}

/* The words of t's name after the n words of other's, or -1 where t's
 * name does not begin with all of them (singular or plural alike). */
static int words_after(const sx_table *t, const sx_table *other)
{
	sx__words ow;
	size_t nw;
	sx__split(other->name, &ow);
	if (!ow.n || !words_begin(t->name, &ow, ow.n, &nw))
		return -1;
	return (int)(nw - ow.n);
}

/* Revisioned entities keep every revision in <entity>_revision, keyed by
 * its own serial (vid, revision_id), beside the entity's table and its
 * per-language data tables (node, node_revision, node_field_data,
 * node_field_revision). For col of t: the revision table where col is
 * named as its key and t is another table of the entity (its name begins
 * with the entity's words); the entity's table where t is one of its
 * revision tables and col is named as the entity's key (id of
 * paragraphs_item_revision). NULL where neither; *none where col is a
 * revision table's own key, which refers to no other revision table. */
static sx_table *revision_target(const struct ctx *c, const sx_table *t, const sx_column *col,
				 bool *none)
{
	sx__words tw;
	sx_table *best = NULL;
	const tvec *cand;
	size_t i, k;
	int bestn = -1;
	bool own = t->pk.ncols == 1 && sx_str_eq_nocase(t->pk.cols[0], col->name), trev = false,
	     parent;
	sx__words cw;
	*none = false;
	/* a parent column of a revision (workspace_revision.parent): the
	 * parent entity's row, not a revision */
	sx__split(col->name, &cw);
	parent = (cw.n == 1 || (cw.n == 2 && sx__key_word(cw.w[1]))) && parent_word(cw.w[0]);
	sx__split(t->name, &tw);
	for (k = 1; k < tw.n; k++)
		trev = trev || revision_word(tw.w[k]);
	if (own) {
		*none = tw.n >= 2 && revision_word(tw.w[tw.n - 1]);
		return NULL;
	}
	/* a parent column looks at every table, another at the tables keyed
	 * by the column's name */
	if (parent) {
		cand = &c->all;
	} else {
		char low[NAME_MAX_KEY];
		for (k = 0; col->name[k] && k + 1 < sizeof low; k++)
			low[k] = (char)tolower((unsigned char)col->name[k]);
		low[k] = 0;
		cand = tlist(c->pkcols, low);
	}
	for (i = 0; i < cand->n; i++) {
		sx_table *tb = cand->v[i];
		sx__words bw;
		int after;
		if (tb == t || tb->pk.ncols != 1 ||
		    !(parent || sx_str_eq_nocase(tb->pk.cols[0], col->name)))
			continue;
		sx__split(tb->name, &bw);
		if (bw.n >= 2 && revision_word(bw.w[bw.n - 1])) {
			if (parent)
				continue;
			/* the entity's words: the revision table's less its last */
			bw.n--;
			if (words_begin(t->name, &bw, bw.n, &(size_t){0}))
				return tb;
			continue;
		}
		/* the entity's table, for one of its revision tables */
		if (trev && (after = words_after(t, tb)) > 0 && (int)bw.n > bestn) {
			best = tb;
			bestn = (int)bw.n;
		}
	}
	return best;
}

/* A field table holds values of its entity's rows: no column refers to
 * it (node__field_image.field_image_target_id is a file, not a row of
 * paragraph__field_image, keyed alike). */
static void drop_field_targets(cvec *out)
{
	size_t i, j;
	for (i = j = 0; i < out->n; i++)
		if (!field_entity_len(out->v[i].pk->t))
			out->v[j++] = out->v[i];
	out->n = j;
}

/* The table entity_id or revision_id of a field table t refers to: the
 * entity's base table, or its revision table (the prefix's own where the
 * field table is a revision's, <entity>_revision__<field>; the base
 * itself where the entity keeps no revisions, as users). NULL where the
 * column is neither or no table fits. */
static sx_table *field_owner(const struct ctx *c, const sx_table *t, const sx__words *w,
			     size_t n)
{
	char prefix[NAME_MAX_KEY];
	sx__words e;
	sx_table *base, *rev;
	bool of_rev;
	if (n != 2 || strcmp(w->w[1], "id") != 0 ||
	    (strcmp(w->w[0], "entity") != 0 && !revision_word(w->w[0])) ||
	    !field_entity(t, prefix, sizeof prefix, &e, &of_rev))
		return NULL;
	if (!(base = entity_table(c, &e, e.n, NULL)))
		return NULL;
	if (strcmp(w->w[0], "entity") == 0)
		return base;
	rev = entity_table(c, &e, e.n, base);
	return rev ? rev : base;
}

/* Has the entity stored in base field tables of its own? */
static bool has_fields(const struct ctx *c, const sx_table *base)
{
	size_t s, i;
	for (s = 0; s < c->db->nschemas; s++)
		for (i = 0; i < c->db->schemas[s]->ntables; i++) {
			char prefix[NAME_MAX_KEY];
			sx__words e;
			bool of_rev;
			if (!field_entity(c->db->schemas[s]->tables[i], prefix, sizeof prefix, &e,
					  &of_rev))
				continue;
			if (entity_table(c, &e, e.n, NULL) == base)
				return true;
		}
	return false;
}

/* The field table's own entity where the word is the head noun of its
 * storage table's name (items of paragraphs_item: a paragraph's field of
 * nested paragraphs), or NULL. */
static sx_table *own_head(const struct ctx *c, const sx__words *own, const char *word)
{
	sx_table *base = entity_table(c, own, own->n, NULL);
	char a[SX__WORD_MAX], b[SX__WORD_MAX];
	sx__words tw;
	if (!base)
		return NULL;
	sx__split(base->name, &tw);
	if (tw.n < 2)
		return NULL;
	sx__singular(word, a, sizeof a);
	sx__singular(tw.w[tw.n - 1], b, sizeof b);
	return strcmp(a, b) == 0 ? base : NULL;
}

/* Words for what a file holds: an image or attachment field stores a
 * file. */
static bool file_word(const char *w)
{
	static const char *const f[] = {"file",	   "files",	 "image",     "images",
					"picture", "pictures",	 "photo",     "photos",
					"attachment", "attachments", "document", "documents",
					"thumbnail", "avatar",	 "logo",      NULL};
	return in_words(w, f);
}

/* Words for a classification: a field of tags or categories holds
 * taxonomy terms. */
static bool tag_word(const char *w)
{
	static const char *const t[] = {"tag", "tags", "category", "categories", "topic", "topics",
					"keyword", "keywords", NULL};
	return in_words(w, t);
}

/* An entity reference field of a field table (field_hero_media_target_id,
 * field_paragraphs_target_revision_id): the entity whose storage table
 * the field's words name, head noun first (hero media -> media, node
 * reference -> node, paragraphs -> paragraphs_item), not the field
 * table's own entity (media__field_media_image holds the media's image);
 * for a target revision, that entity's revision table. */
static sx_table *field_target(const struct ctx *c, const sx_table *t, const char *name,
			      const sx__words *w, size_t n)
{
	size_t end, i0, len, i, k;
	sx__words own, fw;
	bool rev, of_rev;
	char prefix[NAME_MAX_KEY] = "";
	if (n < 3 || strcmp(w->w[n - 1], "id") != 0)
		return NULL;
	rev = revision_word(w->w[n - 2]);
	end = n - 1 - (rev ? 1 : 0);
	own.n = 0;
	/* in a field table, or a base field's property (thumbnail__target_id) */
	if (end < 2 || strcmp(w->w[end - 1], "target") != 0 ||
	    (!field_entity(t, prefix, sizeof prefix, &own, &of_rev) && !strstr(name, "__")))
		return NULL;
	end--;
	i0 = strcmp(w->w[0], "field") == 0 ? 1 : 0;
	/* a parent field (a term's parent_target_id): the entity's own rows */
	if (end == i0 + 1 && parent_word(w->w[i0]) && own.n) {
		sx_table *base = entity_table(c, &own, own.n, NULL);
		return base && rev ? entity_table(c, &own, own.n, base) : base;
	}
	for (len = end - i0; len >= 1; len--)
		for (i = end - len + 1; i-- > i0;) {
			sx__words sub;
			sx_table *base;
			size_t nw;
			sub.n = 0;
			for (k = i; k < i + len; k++)
				memcpy(sub.w[sub.n++], w->w[k], SX__WORD_MAX);
			if (own.n && sub.n == own.n && words_begin(prefix, &sub, sub.n, &nw))
				continue;
			if (!(base = entity_table(c, &sub, sub.n, NULL)) || !has_fields(c, base))
				base = len == 1 && own.n ? own_head(c, &own, sub.w[0]) : NULL;
			if (!base)
				continue;
			return rev ? entity_table(c, &sub, sub.n, base) : base;
		}
	/* a field of files (an image, an attachment): the table of files,
	 * the one whose name begins with "file" */
	for (i = i0; i < end && !rev; i++)
		if (file_word(w->w[i])) {
			fw.n = 1;
			snprintf(fw.w[0], SX__WORD_MAX, "file");
			return entity_table(c, &fw, 1, NULL);
		}
	/* a field of tags or categories: the entity of taxonomy terms (the
	 * one with field tables whose name begins with taxonomy, term, tag
	 * or category) */
	for (i = i0; i < end && !rev; i++)
		if (tag_word(w->w[i])) {
			static const char *const tw[] = {"taxonomy", "term", "tag", "category", NULL};
			const char *const *q;
			sx_table *base;
			fw.n = 1;
			for (q = tw; *q; q++) {
				snprintf(fw.w[0], SX__WORD_MAX, "%s", *q);
				if ((base = entity_table(c, &fw, 1, NULL)) && has_fields(c, base))
					return base;
			}
		}
	/* a person field (field_author): the people's table the schema
	 * names most */
	if (!rev && end > i0) {
		sx__words pw;
		const struct pkey *best = NULL;
		size_t r, most = 0;
		pw.n = 2;
		memcpy(pw.w[0], w->w[end - 1], SX__WORD_MAX);
		snprintf(pw.w[1], SX__WORD_MAX, "id");
		for (i = 0; person_role(&pw, 2) && i < c->users.n; i++)
			if ((r = person_refs(c, c->users.v[i])) > most || !best) {
				best = c->users.v[i];
				most = r;
			}
		if (best && best->ncols == 1)
			return best->t;
	}
	return NULL;
}

/* A table named by a prefix and the column's words (ci_pipelines for
 * pipeline_id, ci_resource_groups for resource_group_id: a module's
 * tables) keyed by a bare key word names the column's target as plainly
 * as table + key, where the child shares the prefix's leading words (a
 * table of the same module: ci_stages); among several so named the one
 * sharing most, then the shortest name. */
static size_t shared_words(const char *a, const char *b);

/* Does the word begin the names of over half the database's tables (wp_,
 * mdl_, llx_: the schema's prefix, not a module's)? */
static bool schema_prefix(const struct ctx *c, const char *word)
{
	size_t s, i, hits = 0, all = 0;
	for (s = 0; s < c->db->nschemas; s++)
		for (i = 0; i < c->db->schemas[s]->ntables; i++) {
			sx__words tw;
			sx__split(c->db->schemas[s]->tables[i]->name, &tw);
			all++;
			hits += tw.n > 1 && strcmp(tw.w[0], word) == 0;
		}
	return hits * 2 > all;
}

/* How many of the column's words before its key word, from the first
 * one a role leaves (from), a table's name ends with, one word or more
 * before them; 0 where it does not. */
static size_t ends_alike(const sx__words *tw, const sx__words *w, size_t from, size_t n)
{
	size_t k, m = n - 1 - from;
	if (m == 0 || tw->n <= m)
		return 0;
	for (k = 0; k < m; k++) {
		char a[SX__WORD_MAX], b[SX__WORD_MAX];
		sx__singular(tw->w[tw->n - m + k], a, sizeof a);
		sx__singular(w->w[from + k], b, sizeof b);
		if (strcmp(a, b) != 0)
			return 0;
	}
	return m;
}

static void prefixed_head(const struct ctx *c, const sx_table *t, const sx__words *w, size_t n,
			  cvec *out)
{
	size_t i, k, hit = SIZE_MAX, best = 0, bestn = 0, hitm = 0;
	bool tie = false;
	sx__words cw;
	if (n < 2 || !sx__key_word(w->w[n - 1]) || sx__key_word(w->w[0]) || generic_ref(w, n))
		return;
	/* a person role (assignee_id) names the people's table first, and
	 * a table keyed by a bare key word named plainly (mdl_groups for
	 * groupid) is named already */
	for (i = 0; i < out->n; i++) {
		const struct pkey *pk = out->v[i].pk;
		sx__words kw;
		if (out->v[i].rule == SX__RULE_BY_USER)
			return;
		if (out->v[i].rule > SX__RULE_ID_PREFIX || pk->ncols != 1)
			continue;
		sx__split(pk->cols[0], &kw);
		if (all_key_words(&kw))
			return;
	}
	sx__split(t->name, &cw);
	for (i = 0; i < out->n; i++) {
		const struct pkey *pk = out->v[i].pk;
		sx__words tw, kw;
		size_t sh, m = 0, from;
		if ((out->v[i].rule != SX__RULE_PARTIAL && out->v[i].rule != SX__RULE_ROLE) ||
		    pk->ncols != 1 || pk->kind != SX__KEY_PK)
			continue;
		sx__split(pk->cols[0], &kw);
		sx__split(pk->t->name, &tw);
		if (!all_key_words(&kw))
			continue;
		/* the whole name, or (a role candidate) the words after a role */
		for (from = 0; from + 1 < n && !m; from++) {
			if (from > 0 && out->v[i].rule != SX__RULE_ROLE)
				break;
			m = ends_alike(&tw, w, from, n);
		}
		sh = shared_words(t->name, pk->t->name);
		if (sh && schema_prefix(c, cw.w[0]))
			sh--;
		/* the words beyond the prefix are the column's own */
		if (m && sh > tw.n - m)
			sh = tw.n - m;
		if (!m || sh == 0)
			continue;
		/* after a role, nothing where the child's name extends a table
		 * ending alike (a link table of sale_order_line, the related
		 * products of shop_product: its role says which row) */
		if (m < n - 1 && words_begin(t->name, &tw, tw.n, &(size_t){0}))
			return;
		if (sh > best || (sh == best && tw.n < bestn)) {
			hit = i;
			best = sh;
			bestn = tw.n;
			hitm = m;
			tie = false;
		} else if (sh == best && tw.n == bestn) {
			tie = true;
		}
	}
	if (hit == SIZE_MAX || tie)
		return;
	if (hitm == n - 1) {
		out->v[hit].rule = SX__RULE_TABLE_KEY;
		return;
	}
	/* after a role (upstream_pipeline_id): the module's table, not
	 * another module's or a longer name ending alike */
	for (i = k = 0; i < out->n; i++) {
		sx__words tw;
		sx__split(out->v[i].pk->t->name, &tw);
		if (i == hit || out->v[i].rule != SX__RULE_ROLE ||
		    ends_alike(&tw, w, n - 1 - hitm, n) != hitm)
			out->v[k++] = out->v[i];
	}
	out->n = k;
}

/* After a role (base_item_id, hl_service_id, p_group_id), the table
 * named by exactly the words the role leaves, behind the schema's prefix
 * at most (pretixbase_item, x_service), is the entity; the longer names
 * that only contain or end in those words (pretixbase_quota_items,
 * x_service_def) are parts of it, no rivals. Only where one table is so
 * named. */
static void exact_role_head(const struct ctx *c, const sx__words *w, size_t n, cvec *out)
{
	static const char *const pos[] = {"last", "first", "latest", NULL};
	size_t i, k, hit = SIZE_MAX;
	if (n < 3 || !sx__key_word(w->w[n - 1]))
		return;
	/* a position among the entity's rows (last_commit_id) refers to a
	 * row the entity points back at: a cycle schemas seldom declare */
	for (i = 0; i + 2 < n; i++)
		if (in_words(w->w[i], pos))
			return;
	for (i = 0; i < out->n; i++) {
		const struct pkey *pk = out->v[i].pk;
		sx__words tw, kw;
		size_t from, m;
		bool exact = false;
		if (out->v[i].rule != SX__RULE_ROLE || pk->ncols != 1 || pk->kind != SX__KEY_PK)
			continue;
		sx__split(pk->cols[0], &kw);
		if (!all_key_words(&kw))
			continue;
		sx__split(pk->t->name, &tw);
		for (from = 1; from + 1 < n && !exact; from++) {
			m = n - 1 - from;
			if (tw.n == m + 1 && ends_alike(&tw, w, from, n) == m)
				exact = schema_prefix(c, tw.w[0]);
		}
		if (!exact)
			continue;
		if (hit != SIZE_MAX && out->v[hit].pk->t != pk->t)
			return;
		hit = i;
	}
	if (hit == SIZE_MAX)
		return;
	for (i = k = 0; i < out->n; i++)
		if (i == hit || out->v[i].rule != SX__RULE_ROLE)
			out->v[k++] = out->v[i];
	out->n = k;
}

/* The singular last word of a table's name. */
static void last_name_word(const sx_table *t, char *out, size_t n)
{
	sx__words tw;
	sx__split(t->name, &tw);
	out[0] = 0;
	if (tw.n)
		sx__singular(tw.w[tw.n - 1], out, n);
}

/* Does a candidate go to another table whose name ends in word? */
static bool twin_target(const cvec *out, const sx_table *t, const char *word)
{
	size_t i;
	for (i = 0; i < out->n; i++) {
		char tw[SX__WORD_MAX];
		last_name_word(out->v[i].pk->t, tw, sizeof tw);
		if (out->v[i].pk->t != t && strcmp(tw, word) == 0)
			return true;
	}
	return false;
}

/* Do the words before the key word, from one before word from on, name a
 * table (subscription_item_id: the subscription items, no role), or is a
 * word before from one of the own table's (source_pipeline_id in
 * sources_pipelines: the source's pipeline)? */
static bool names_table(const struct ctx *c, const sx_table *t, const sx__words *w, size_t from,
			size_t n)
{
	size_t j;
	for (j = 0; j < from; j++) {
		char key[NAME_MAX_KEY];
		norm_words(w, j, n - 1, key, sizeof key);
		if (sx_hmap_get(c->stemset, key) || own_word(t, w->w[j]))
			return true;
	}
	return false;
}

/* Is o keyed by one column of key words, the last of them kword (the
 * column's own key word: proc_def_key names a key string, not an id)? */
static bool keyed_by_word(const sx_table *o, const char *kword)
{
	sx__words kw;
	if (o->pk.ncols != 1)
		return false;
	sx__split(o->pk.cols[0], &kw);
	return all_key_words(&kw) && strcmp(kw.w[kw.n - 1], kword) == 0;
}

/* A candidate of col to hit's key as table + key: one already there is
 * raised to it, not doubled (a rival of itself). */
static void push_table_key(struct ctx *c, cvec *out, sx_table *hit, sx_table *t,
			   const sx_column *col, const char *matched)
{
	struct pkey *pk;
	size_t i;
	for (i = 0; i < out->n; i++)
		if (out->v[i].pk->t == hit && out->v[i].pk->ncols == 1 &&
		    strcmp(out->v[i].pk->cols[0], hit->pk.cols[0]) == 0) {
			if (W_RULE[out->v[i].rule] < W_RULE[SX__RULE_TABLE_KEY])
				out->v[i].rule = SX__RULE_TABLE_KEY;
			return;
		}
	if ((pk = new_pkey(c, hit, SX__KEY_PK, 1, hit->pk.cols)))
		push_single(out, pk, t, col, SX__RULE_TABLE_KEY, matched);
}

/* The column's two or more words before its key word end exactly one
 * table's name behind a prefix of other words (case_def_id ->
 * act_re_case_def), keyed by the column's key word: table + key, the
 * prefix apart. */
static void prefixed_tail(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			  size_t n, cvec *out)
{
	size_t i;
	sx_table *hit = NULL;
	char last[SX__WORD_MAX];
	const tvec *ends;
	if (n < 3 || !sx__key_word(w->w[n - 1]) || sx__key_word(w->w[0]))
		return;
	/* only the tables whose name ends in the column's last word can */
	sx__singular(w->w[n - 2], last, sizeof last);
	ends = tlist(c->lastwords, last);
	for (i = 0; i < ends->n; i++) {
		sx_table *o = ends->v[i];
		sx__words tw;
		sx__split(o->name, &tw);
		if (o == t || ends_alike(&tw, w, 0, n) != n - 1 || !keyed_by_word(o, w->w[n - 1]))
			continue;
		if (hit)
			return;
		hit = o;
	}
	if (hit)
		push_table_key(c, out, hit, t, col, "prefixed tail");
}

/* Where no name rule is strong (task_id in a history module whose task
 * table is act_hi_taskinst, the plain task table another module's): the
 * one table of the child's module (two leading words shared, of three or
 * more) whose last word begins with the column's words glued, keyed by
 * the column's key word. */
static void module_head(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			size_t n, cvec *out)
{
	char g[NAME_MAX_KEY];
	size_t s, i, l;
	sx_table *hit = NULL;
	sx__words cw;
	if (n < 2 || !sx__key_word(w->w[n - 1]) || sx__key_word(w->w[0]))
		return;
	for (i = 0; i < out->n; i++)
		if (W_RULE[out->v[i].rule] >= W_RULE[SX__RULE_ROLE])
			return;
	sx__split(t->name, &cw);
	if (cw.n < 3)
		return;
	for (i = 0, l = 0; i + 1 < n; i++) {
		if (l + strlen(w->w[i]) >= sizeof g)
			return;
		memcpy(g + l, w->w[i], strlen(w->w[i]));
		l += strlen(w->w[i]);
	}
	g[l] = 0;
	for (s = 0; s < c->db->nschemas; s++)
		for (i = 0; i < c->db->schemas[s]->ntables; i++) {
			sx_table *o = c->db->schemas[s]->tables[i];
			sx__words tw;
			sx__split(o->name, &tw);
			if (o == t || tw.n != cw.n || shared_words(t->name, o->name) < 2 ||
			    !sx_str_startswith(tw.w[tw.n - 1], g) || strlen(tw.w[tw.n - 1]) == l ||
			    !keyed_by_word(o, w->w[n - 1]))
				continue;
			if (hit)
				return;
			hit = o;
		}
	if (hit)
		push_table_key(c, out, hit, t, col, "module head");
}

/* A table whose name glues the column's words into its last word behind
 * a module prefix (proc_def_id -> act_re_procdef, job_def_id ->
 * act_ru_jobdef), keyed by a bare key word of the column's: the column
 * names it as plainly as table + key, after a role word too
 * (root_proc_inst_id, seed_job_def_id). Two words glued at least, and
 * only where one table so ends. After a role, the words of the own
 * table's last word name its own rows where other modules' twins end
 * alike (cause_incident_id in rt_incident beside hist_incident). */
static void glued_head(struct ctx *c, sx_table *t, const sx_column *col,
		       const sx__words *w, size_t n, cvec *out)
{
	size_t from, i, k, l;
	char own[SX__WORD_MAX];
	if (n < 3 || !sx__key_word(w->w[n - 1]))
		return;
	last_name_word(t, own, sizeof own);
	for (from = 0; from + 1 < n; from++) {
		char g[NAME_MAX_KEY], sg[NAME_MAX_KEY];
		sx_table *h;
		struct pkey *pk;
		for (i = from, l = 0; i + 1 < n && l + strlen(w->w[i]) < sizeof g; i++) {
			memcpy(g + l, w->w[i], strlen(w->w[i]));
			l += strlen(w->w[i]);
		}
		if (i + 1 < n)
			return;
		g[l] = 0;
		sx__singular(g, sg, sizeof sg);
		h = sx_hmap_get(c->headwords, sg);
		if (from > 0 && strcmp(sg, own) == 0 && h == (sx_table *)1 &&
		    twin_target(out, t, own) && !names_table(c, t, w, from, n))
			h = t;
		else if (from + 2 >= n || h == (sx_table *)1 || h == t)
			continue;
		if (!h || !keyed_by_word(h, w->w[n - 1]) ||
		    !(pk = new_pkey(c, h, SX__KEY_PK, 1, h->pk.cols)))
			continue;
		/* the twins ending alike are no targets beside the own table */
		for (i = k = 0; h == t && i < out->n; i++) {
			char tw[SX__WORD_MAX];
			last_name_word(out->v[i].pk->t, tw, sizeof tw);
			if (strcmp(tw, own) != 0)
				out->v[k++] = out->v[i];
		}
		if (h == t)
			out->n = k;
		push_single(out, pk, t, col, h == t ? SX__RULE_SELF : SX__RULE_TABLE_KEY,
			    "glued words");
		return;
	}
}

/* A table whose name is one glued word (no separator) ending in the
 * column's glued words x and keyed by one column, with at least three
 * letters before x; its name's letters before x in *head. */
static bool glued_tail(const sx_table *h, const sx_table *t, const char *x, size_t *head)
{
	char hn[NAME_MAX_KEY];
	size_t hl, xl = strlen(x);
	if (h == t || h->pk.ncols != 1 || h->kind == SX_REL_VIEW || h->kind == SX_REL_MATVIEW ||
	    !glued_name(h, hn, sizeof hn))
		return false;
	hl = strlen(hn);
	/* a head of two letters only before a word of six (aq of
	 * aqbooksellers, not im of imports) */
	if (hl < xl + (xl >= 6 ? 2 : 3) || strcmp(hn + hl - xl, x) != 0)
		return false;
	*head = hl - xl;
	return true;
}

/* Entity-engine names glue their words (changegroup, workflowscheme,
 * jiraissue): a column named by the last of those words alone (groupid,
 * scheme, issue) refers to the glued table its own glued name shares the
 * head with (changeitem.groupid -> changegroup; workflowschemeentity.
 * scheme -> workflowscheme, the longest such head; schemepermissions.
 * scheme -> permissionscheme, the word put first), that name replacing
 * weaker guesses; where no such table and no other rule matched, to the
 * one glued table ending in those words. */
static void glued_tail_target(struct ctx *c, sx_table *t, const sx_column *col,
			      const sx__words *w, size_t n, cvec *out)
{
	char x[NAME_MAX_KEY], own[NAME_MAX_KEY], rest[NAME_MAX_KEY];
	sx__words ow;
	sx_table *best = NULL, *only = NULL;
	const tvec *gl;
	size_t bhead = 0, xl, i, head, nglued = 0;
	struct pkey *pk;
	char *at;
	if (n == 0 || n > 2 || (n == 2 && !sx__key_word(w->w[1])))
		return;
	snprintf(x, sizeof x, "%s", w->w[0]);
	xl = strlen(x);
	if (n == 1 && xl >= 6 && strcmp(x + xl - 2, "id") == 0)
		x[xl -= 2] = 0;
	if (xl < 4 || sx__generic_word(x) || sx__key_word(x))
		return;
	sx__split(t->name, &ow);
	sx__norm(t->name, own, sizeof own);
	/* the owner's name less the column's words */
	rest[0] = 0;
	if (ow.n == 1 && (at = strstr(own, x)))
		snprintf(rest, sizeof rest, "%.*s%s", (int)(at - own), own, at + xl);
	else if (ow.n == 1)
		snprintf(rest, sizeof rest, "%s", own);
	gl = tlist(c->gluedtails, x);
	for (i = 0; i < gl->n; i++) {
		sx_table *h = gl->v[i];
		char hn[NAME_MAX_KEY];
		if (!glued_tail(h, t, x, &head))
			continue;
		nglued++;
		only = h;
		glued_name(h, hn, sizeof hn);
		if (rest[0] && head > bhead && strncmp(rest, hn, head) == 0) {
			best = h;
			bhead = head;
		}
	}
	if (best) {
		if (!(pk = new_pkey(c, best, SX__KEY_PK, 1, best->pk.cols)) || !same_text_type(col, pk))
			return;
		out->n = 0;
		push_single(out, pk, t, col, SX__RULE_TABLE_KEY, "glued tail");
		return;
	}
	/* not where a table is named by the words alone (person beside
	 * salesperson), nor for a bare word (token, resolution) where the
	 * table's name is glued only behind its prefix (app_authtoken) */
	if (out->n == 0 && nglued == 1 && !sx_hmap_get(c->stemset, x) &&
	    (n == 2 || !strchr(only->name, '_')) &&
	    (pk = new_pkey(c, only, SX__KEY_PK, 1, only->pk.cols)) && same_text_type(col, pk))
		push_single(out, pk, t, col, SX__RULE_PARTIAL, "glued tail");
}

/* A table's name words less its table or application prefix. */
static void bare_name_words(const sx_table *t, sx__words *tw)
{
	sx__split(t->name, tw);
	if (!sx__strip_table_prefix(tw))
		strip_app_prefix(tw);
}

/* Does a column number its rows itself: an identity or autoincrement
 * column, a serial type or a sequence default? */
static bool contains_lower(const char *s, const char *w)
{
	char buf[128];
	if (!s)
		return false;
	snprintf(buf, sizeof buf, "%s", s);
	lower_ascii(buf);
	return strstr(buf, w) != NULL;
}

static bool self_numbered(const sx_column *col)
{
	return col->generated == SX_GEN_IDENTITY || contains_lower(col->default_expr, "nextval") ||
	       contains_lower(col->type, "serial");
}

/* Is col the table's own single key, numbered by itself, named by the
 * beginning of its name's last word and a key word (extension_groups.
 * group_id serial, search_wordlist.word_id serial)? It numbers the
 * table's own rows, however many other tables are keyed by that name
 * (a subtype's drug_order.order_id, a plain integer, still refers to
 * orders). */
static bool own_head_key(const sx_table *t, const sx_column *col, const sx__words *w, size_t n)
{
	sx__words tw;
	char last[SX__WORD_MAX], x[SX__WORD_MAX];
	if (t->pk.ncols != 1 || n != 2 || !sx__key_word(w->w[1]) || !self_numbered(col))
		return false;
	bare_name_words(t, &tw);
	if (tw.n < 2)
		return false;
	sx__singular(tw.w[tw.n - 1], last, sizeof last);
	sx__singular(w->w[0], x, sizeof x);
	return strlen(x) >= 3 && sx_str_startswith(last, x);
}

/* Of tables keyed by the same name (groups and extension_groups, both
 * keyed group_id), the one whose compound name begins with the owner's
 * first word (extensions.group_id) and ends in the other's name is the
 * owner's parent, where the column is named as its key. */
static void owner_compound(const sx_table *t, const sx_column *col, cvec *out)
{
	sx__words ow, tw;
	char of[SX__WORD_MAX], cf[SX__WORD_MAX];
	const struct cand *hit = NULL;
	size_t i, k;
	if (out->n < 2)
		return;
	bare_name_words(t, &ow);
	if (ow.n == 0)
		return;
	sx__singular(ow.w[0], of, sizeof of);
	for (i = 0; i < out->n; i++) {
		if (out->v[i].pk->t == t)
			return;
		bare_name_words(out->v[i].pk->t, &tw);
		if (tw.n < 2)
			continue;
		sx__singular(tw.w[0], cf, sizeof cf);
		if (strcmp(cf, of) != 0 || refers_back(out->v[i].pk->t, t))
			continue;
		/* one word twice (glpi_tickets_tickets, a ticket's links to
		 * tickets) is no compound of the owner's word and another */
		{
			char lw[SX__WORD_MAX];
			sx__singular(tw.w[tw.n - 1], lw, sizeof lw);
			if (tw.n == 2 && strcmp(lw, cf) == 0)
				continue;
		}
		if (hit && hit->pk->t != out->v[i].pk->t)
			return;
		hit = &out->v[i];
	}
	if (!hit || hit->pk->ncols != 1)
		return;
	/* the rivals dropped end in the beginning of the compound's last
	 * word (groups, acl_groups; words beside search_wordlist) */
	bare_name_words(hit->pk->t, &tw);
	sx__singular(tw.w[tw.n - 1], cf, sizeof cf);
	/* the column is the compound's key by name (group_id), or its last
	 * word and key (user_id of dir_user keyed id); not a role of it
	 * (assigned_user_id) */
	{
		char cn[NAME_MAX_KEY], kn[NAME_MAX_KEY], tk[NAME_MAX_KEY * 2];
		sx__norm(col->name, cn, sizeof cn);
		sx__norm(hit->pk->cols[0], kn, sizeof kn);
		snprintf(tk, sizeof tk, "%s%s", cf, kn);
		if (strcmp(cn, kn) != 0 && strcmp(cn, tk) != 0)
			return;
	}
	for (i = 0; i < out->n; i++) {
		char rw[SX__WORD_MAX];
		if (out->v[i].pk->t == hit->pk->t)
			continue;
		bare_name_words(out->v[i].pk->t, &ow);
		if (ow.n == 0)
			return;
		sx__singular(ow.w[ow.n - 1], rw, sizeof rw);
		if (strlen(rw) < 3 || !sx_str_startswith(cf, rw))
			return;
	}
	for (i = k = 0; i < out->n; i++)
		if (out->v[i].pk->t == hit->pk->t || out->v[i].pk->ncols != 1 ||
		    strcmp(out->v[i].pk->cols[0], hit->pk->cols[0]) != 0)
			out->v[k++] = out->v[i];
	out->n = k;
}

/* A text column named by a person word alone, run together with a verb
 * before it or with "name" after it (lead, author, updateauthor,
 * username, authorname): where exactly one person table keeps a unique
 * text key of the column's very declared type, the column holds that key
 * (a user key varchar(255) beside a numeric id). Only where no other rule
 * matched. */
static void person_text_ref(struct ctx *c, sx_table *t, const sx_column *col,
			    const sx__words *w, size_t n, cvec *out)
{
	static const char *const a[] = {"user", "author", "lead", "owner", "creator",
					"reporter", "assignee", "editor", NULL};
	const char *const *p;
	const sx_column *key = NULL, *u;
	const sx_table *one = NULL;
	char word[SX__WORD_MAX];
	size_t l, i;
	bool ok = false;
	struct pkey *pk;
	/* a person table's own user_name is its own */
	if (out->n || col->family != SX_TF_TEXT || n == 0 || n > 2 || in_users(c, t))
		return;
	if (n == 2 && strcmp(w->w[1], "name") != 0)
		return;
	snprintf(word, sizeof word, "%s", w->w[0]);
	l = strlen(word);
	if (n == 1 && l > 6 && strcmp(word + l - 4, "name") == 0)
		word[l -= 4] = 0;
	for (p = a; *p && !ok; p++)
		ok = strcmp(word, *p) == 0 ||
		     (l >= strlen(*p) + 3 && strcmp(word + l - strlen(*p), *p) == 0 &&
		      strcmp(*p, "user") != 0);
	if (!ok)
		return;
	for (i = 0; i < c->users.n; i++) {
		if (!(u = person_text_key(c->users.v[i]->t, col)) || c->users.v[i]->t == one)
			continue;
		if (one)
			return;
		one = c->users.v[i]->t;
		key = u;
	}
	if (!one || one == t || !(pk = new_pkey(c, (sx_table *)one, SX__KEY_UNIQUE, 1, &key->name)))
		return;
	push_single(out, pk, t, col, SX__RULE_BY_USER, "by");
}

/* Without values to look at, a text column named after a table (facility,
 * drug) whose declared type is not that of the key merely assumed from the
 * table's columns (facility_code varchar(31)) holds a name or a free text,
 * not that code: the guess is dropped. With sampling the values decide. */
static void unsupported_text_names(const struct ctx *c, const sx_column *col, cvec *out)
{
	size_t i, k;
	if (c->s || col->family != SX_TF_TEXT)
		return;
	for (i = k = 0; i < out->n; i++) {
		const struct pkey *pk = out->v[i].pk;
		if (!(out->v[i].rule == SX__RULE_TABLE_NAME && pk->kind == SX__KEY_ASSUMED &&
		      pk->col && pk->col->family == SX_TF_TEXT && !same_text_type(col, pk)))
			out->v[k++] = out->v[i];
	}
	out->n = k;
}

/* A table named as another table and more words (therapy_groups_members
 * beside therapy_groups) is its part: a column with the very name of that
 * table's single key (group_id, therapy_groups keyed group_id) refers to
 * it, not to the table the key's name would name alone (groups). */
static void owner_prefix_parent(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	sx__words ow, pw, tw;
	sx_table *best = NULL;
	size_t k;
	struct pkey *pk;
	/* not the owner's own key, nor a bare key word (id) */
	sx__split(col->name, &pw);
	if ((t->pk.ncols == 1 && !strcmp(t->pk.cols[0], col->name)) || all_key_words(&pw))
		return;
	bare_name_words(t, &ow);
	if (ow.n < 3)
		return;
	/* the tables named by the owner's leading words, longest first */
	sx__split(t->name, &tw);
	for (k = tw.n - 1; k >= 2 && !best; k--) {
		char wk[NAME_MAX_KEY];
		sx_table *p;
		words_key(&tw, k, wk, sizeof wk);
		p = sx_hmap_get(c->tabwords, wk);
		if (!p || p == t || p->pk.ncols != 1 || !sx_str_eq_nocase(p->pk.cols[0], col->name))
			continue;
		bare_name_words(p, &pw);
		if (pw.n >= 2 && pw.n < ow.n)
			best = p;
	}
	if (!best || !(pk = new_pkey(c, best, SX__KEY_PK, 1, best->pk.cols)) ||
	    !same_text_type(col, pk))
		return;
	out->n = 0;
	push_single(out, pk, t, col, SX__RULE_IDENTICAL, "part of its owner");
}

/* A translation table (shop_product_translation, article_i18n) holds the
 * texts of the table it is named after, one row per language: a key
 * column that names no table (translatable_id, object_id) refers to
 * that table, where no other column of the translation names it. */
static void translation_owner(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	static const char *const lw[] = {"translation", "translations", "i18n", "l10n",
					 "localization", "localisation", NULL};
	sx__words cw, tw;
	char wk[NAME_MAX_KEY], stems[2][NAME_MAX_KEY], buf[NAME_MAX_KEY * 2], sg[SX__WORD_MAX];
	const char *const *q;
	sx_table *p;
	struct pkey *pk;
	size_t ns, i;
	if (out->n)
		return;
	sx__split(col->name, &cw);
	if (cw.n < 2 || !sx__key_word(cw.w[cw.n - 1]) || sx_table_col_in_pk(t, col->name))
		return;
	sx__singular(cw.w[0], sg, sizeof sg);
	if (sx_hmap_get(c->stemset, sg) || sx_hmap_get(c->lastwords, sg))
		return;
	sx__split(t->name, &tw);
	if (tw.n < 2)
		return;
	for (q = lw; *q && strcmp(*q, tw.w[tw.n - 1]) != 0; q++)
		;
	if (!*q)
		return;
	words_key(&tw, tw.n - 1, wk, sizeof wk);
	p = sx_hmap_get(c->tabwords, wk);
	if (!p || p == t || p->pk.ncols != 1)
		return;
	ns = table_stems(p, stems);
	for (i = 0; i < ns; i++) {
		snprintf(buf, sizeof buf, "%sid", stems[i]);
		if (col_normed(t, buf))
			return;
	}
	if (!(pk = new_pkey(c, p, SX__KEY_PK, 1, p->pk.cols)) || !same_text_type(col, pk))
		return;
	push_single(out, pk, t, col, SX__RULE_TABLE_KEY, "translated table");
}

/* The public number of a table (public_number), or NULL. */
static const sx_column *table_public_number(const struct ctx *c, const sx_table *t)
{
	size_t i;
	for (i = 0; i < t->ncols; i++)
		if (public_number(c, t, &t->cols[i]))
			return &t->cols[i];
	return NULL;
}

/* A word of several tables' names (patient_id beside patient_record,
 * patient_notes, patient_alerts): where exactly one of those tables keeps
 * a public number that other tables carry, it is the entity the others
 * hang off, and the reference holds its number, not its surrogate key.
 * Only for a column of the number's type, and only where no name rule
 * stronger than a part of a table's name matched. */
static void public_number_target(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	const sx_column *pn = NULL;
	struct cand *hit = NULL;
	struct pkey *pk;
	size_t i;
	for (i = 0; i < out->n; i++) {
		const sx_column *x;
		if (out->v[i].rule != SX__RULE_PARTIAL)
			return;
		x = out->v[i].pk->t != t ? table_public_number(c, out->v[i].pk->t) : NULL;
		if (!x)
			continue;
		if (hit && hit->pk->t != out->v[i].pk->t)
			return;
		hit = &out->v[i];
		pn = x;
	}
	if (!hit || pn->family != col->family ||
	    !(pk = new_pkey(c, hit->pk->t, SX__KEY_UNIQUE, 1, &pn->name)))
		return;
	hit->pk = pk;
	out->v[0] = *hit;
	out->n = 1;
}

/* Is w a login word, or one glued before a word of its own (userinfo,
 * useraccount: the user's record, named by the user)? */
static bool login_named(const char *w)
{
	const char *const *u;
	if (in_words(w, login_words))
		return true;
	for (u = login_words; *u; u++)
		if (strlen(*u) >= 4 && sx_str_startswith(w, *u) && strlen(w) >= strlen(*u) + 3)
			return true;
	return false;
}

/* A bare key word other than id (guid, uuid, code) in a table named
 * after another table and more words (character_spell.guid beside
 * characters keyed guid; group_member.guid beside groups keyed guid):
 * where the key's name is shared by several tables and says no table,
 * the child's name says whose rows it extends. */
static void prefix_owner_key(struct ctx *c, sx_table *t, const sx_column *col,
			     const sx__words *w, size_t n, cvec *out)
{
	sx__words tw;
	size_t k;
	if (out->n || n != 1 || !sx__key_word(w->w[0]) || strcmp(w->w[0], "id") == 0)
		return;
	sx__split(t->name, &tw);
	if (!sx__strip_table_prefix(&tw))
		strip_app_prefix(&tw);
	for (k = tw.n > 1 ? tw.n - 1 : 0; k >= 1; k--) {
		char stem[NAME_MAX_KEY], sg[NAME_MAX_KEY];
		struct pkey *pk;
		norm_words(&tw, 0, k, stem, sizeof stem);
		sx__singular(stem, sg, sizeof sg);
		pk = pk_of_stem(c, sg);
		if (!pk || pk->t == t || pk->ncols != 1 || !sx_str_eq_nocase(pk->cols[0], col->name))
			continue;
		push_single(out, pk, t, col, SX__RULE_TABLE_KEY, "owner prefix");
		return;
	}
}

/* Is u keyed by the one column named key? */
static bool keyed_one(const sx_table *u, const char *key)
{
	return u->pk.ncols == 1 && sx_str_eq_nocase(u->pk.cols[0], key);
}

/* How many other tables are named after u and more words (character_spell,
 * character_inventory of characters)? */
static size_t named_after(const struct ctx *c, const sx_table *u)
{
	char st[2][NAME_MAX_KEY];
	size_t ns = table_stems(u, st), i, cnt = 0;
	if (!ns)
		return 0;
	for (i = 0; i < c->all.n; i++) {
		char nn[NAME_MAX_KEY];
		if (c->all.v[i] == u)
			continue;
		sx__norm(c->all.v[i]->name, nn, sizeof nn);
		if (sx_str_startswith(nn, st[0]) && strlen(nn) > strlen(st[0]))
			cnt++;
	}
	return cnt;
}

/* Is w alone a person role (owner, receiver), as in owner_id? */
static bool bare_person_role(const char *w)
{
	sx__words r;
	snprintf(r.w[0], SX__WORD_MAX, "%s", w);
	snprintf(r.w[1], SX__WORD_MAX, "id");
	r.n = 2;
	return person_role(&r, 2);
}

/* The one key word other than id (guid) that keys two tables or more
 * alone, in kw; false where none or several. */
static bool shared_key_word(const struct ctx *c, char *kw, size_t n)
{
	size_t i;
	kw[0] = 0;
	for (i = 0; i < c->all.n; i++) {
		const sx_table *u = c->all.v[i];
		char kn[NAME_MAX_KEY];
		if (u->pk.ncols != 1)
			continue;
		sx__norm(u->pk.cols[0], kn, sizeof kn);
		if (!sx__key_word(kn) || strcmp(kn, "id") == 0 ||
		    (uintptr_t)sx_hmap_get(c->pknames, kn) < 2)
			continue;
		if (kw[0] && strcmp(kw, kn) != 0)
			return false;
		snprintf(kw, n, "%s", kn);
	}
	return kw[0] != 0;
}

/* A role before a key name several tables share (leaderGuid, owner_guid,
 * itemguid beside characters, items and groups all keyed guid): the
 * table of that key whose name begins with the role's word (item_instance
 * for itemguid); failing one, where the word names no table (leader,
 * owner), the table of that key that most tables are named after, the
 * schema's main entity (characters beside character_spell,
 * character_inventory, ...). Not id: every table's own key. */
static void shared_key_role(struct ctx *c, sx_table *t, const sx_column *col,
			    const sx__words *w, size_t n, cvec *out)
{
	char word[SX__WORD_MAX], kw[SX__WORD_MAX], sg[SX__WORD_MAX];
	const sx_table *hit = NULL, *hub = NULL;
	size_t i, best = 0, l;
	bool tie = false;
	struct pkey *pk;
	if (out->n || n == 0)
		return;
	if (n >= 2 && sx__key_word(w->w[n - 1]) && strcmp(w->w[n - 1], "id") != 0) {
		snprintf(kw, sizeof kw, "%s", w->w[n - 1]);
		snprintf(word, sizeof word, "%s", w->w[n - 2]);
	} else if (n == 1 && (l = strlen(w->w[0])) >= 7 && sx__key_word(w->w[0] + l - 4)) {
		snprintf(kw, sizeof kw, "%s", w->w[0] + l - 4);
		snprintf(word, sizeof word, "%.*s", (int)(l - 4), w->w[0]);
	} else if (n == 1 && bare_person_role(w->w[0]) && !in_users(c, t) &&
		   shared_key_word(c, kw, sizeof kw)) {
		/* a bare person role (owner, receiver) beside one such key */
		snprintf(word, sizeof word, "%s", w->w[0]);
	} else {
		return;
	}
	if ((uintptr_t)sx_hmap_get(c->pknames, kw) < 2 || keyed_one(t, col->name))
		return;
	sx__singular(word, sg, sizeof sg);
	for (i = 0; i < c->all.n; i++) {
		const sx_table *u = c->all.v[i];
		sx__words tw;
		char f[SX__WORD_MAX];
		size_t cnt;
		if (u == t || !keyed_one(u, kw))
			continue;
		sx__split(u->name, &tw);
		if (!sx__strip_table_prefix(&tw))
			strip_app_prefix(&tw);
		if (tw.n) {
			sx__singular(tw.w[0], f, sizeof f);
			if (strcmp(f, sg) == 0) {
				if (hit && hit != u)
					return;
				hit = u;
			}
		}
		cnt = named_after(c, u);
		if (cnt > best) {
			best = cnt;
			hub = u;
			tie = false;
		} else if (cnt == best) {
			tie = true;
		}
	}
	if (!hit) {
		char tn[NAME_MAX_KEY];
		const sx_column *pc;
		if (sx_hmap_get(c->stemset, sg) || tie || best < 3)
			return;
		/* the child's own word (LogGuid in guild_eventlog) numbers
		 * its own rows; a key of another declared type (a 64-bit
		 * casterGuid beside an integer guid) is another kind of id */
		sx__norm(t->name, tn, sizeof tn);
		pc = sx_table_find_column(hub, hub->pk.cols[0]);
		if (strstr(tn, sg) || !pc || !col->type || !pc->type ||
		    !sx_str_eq_nocase(col->type, pc->type))
			return;
		hit = hub;
	}
	if (!(pk = new_pkey(c, (sx_table *)hit, SX__KEY_PK, 1, (const char *const *)hit->pk.cols)))
		return;
	push_single(out, pk, t, col, SX__RULE_ROLE, sx_arena_strdup(c->tmp, word));
}

/* <login word>_id (user_id) where no table is named by the word (the
 * users are ab_user, behind a prefix no list knows): the login table's
 * key, not a sibling that merely carries a user_id column too nor the
 * other tables with user in their names (slice_user): those candidates
 * give way. */
static void login_word_ref(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			   size_t n, cvec *out)
{
	const struct pkey *login;
	struct pkey *pk;
	char sg[SX__WORD_MAX];
	sx__words lw;
	size_t i;
	if (n == 2 && sx__key_word(w->w[1]) && in_words(w->w[0], login_words)) {
		sx__singular(w->w[0], sg, sizeof sg);
	} else if (n == 1 && glued_login_id(w->w[0])) {
		snprintf(sg, sizeof sg, "%.*s", (int)(strlen(w->w[0]) - 2), w->w[0]);
	} else {
		return;
	}
	if (sx_hmap_get(c->stemset, sg) || !(login = login_table(c)) || login->t == t)
		return;
	/* the login table named by a login word itself (not realm, a table
	 * found by its passwords) */
	sx__split(login->t->name, &lw);
	if (!lw.n || !login_named(lw.w[lw.n - 1]))
		return;
	/* a table named so by a name rule (user_entity keyed id) stays */
	for (i = 0; i < out->n; i++)
		if (out->v[i].pk->t != login->t &&
		    ((out->v[i].rule >= SX__RULE_TABLE_KEY && out->v[i].rule <= SX__RULE_TABLE_NAME) ||
		     (out->v[i].rule == SX__RULE_IDENTICAL &&
		      !(out->v[i].pk->ncols == 1 &&
			sx_str_eq_nocase(out->v[i].pk->cols[0], col->name)))))
			return;
	if (!(pk = new_pkey(c, login->t, login->kind, login->ncols, login->cols)))
		return;
	out->n = 0;
	push_single(out, pk, t, col, SX__RULE_BY_USER, "login");
}

static struct pkey *self_key(struct ctx *c, sx_table *t, const sx_column *col);
static void key_stem(const char *key, char *out, size_t n);
static size_t common_tail(const char *a, const char *b);

/* Lower-case letters and digits of a name, separators dropped. */
static void flat_name(const char *s, char *out, size_t n)
{
	size_t j = 0;
	for (; *s && j + 1 < n; s++)
		if (isalnum((unsigned char)*s))
			out[j++] = (char)tolower((unsigned char)*s);
	out[j] = 0;
}

/* A role glued after a whole key name of several words (gibbonPersonIDHOY,
 * gibbonPersonIDEA2, gibbonFormGroupIDNext, whose upper-case tails the
 * word splitter reads as other words): the column begins with the key's
 * very name and adds letters, so it holds that key, its own table's
 * included. The longest such key of the column's type family; only where
 * no name rule found a target. */
static void glued_after_key(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	char cn[NAME_MAX_KEY], kn[NAME_MAX_KEY];
	const sx_table *best = NULL;
	size_t i, bl = 0, l;
	if (out->n)
		return;
	flat_name(col->name, cn, sizeof cn);
	for (i = 0; i < c->all.n; i++) {
		const sx_table *p = c->all.v[i];
		const sx_column *kc;
		sx__words kw;
		if (p->pk.ncols != 1)
			continue;
		sx__split(p->pk.cols[0], &kw);
		flat_name(p->pk.cols[0], kn, sizeof kn);
		l = strlen(kn);
		/* of twins keyed by one name (facturascli, facturasprov), the
		 * own table or the one whose name ends as the child's */
		/* a key of no Latin letter or digit ("ключ") has nothing to
		 * glue after */
		if (!l || l < bl || (l == bl && p != t &&
			       (best == t || common_tail(t->name, p->name) <=
						     common_tail(t->name, best->name))) ||
		    strncmp(cn, kn, l) != 0 || !cn[l] || !isalpha((unsigned char)cn[l]))
			continue;
		/* or one word, a key word glued to an entity of four letters
		 * or more (idcontacto, codimpuesto), and three letters or
		 * more after it that are no measure, position or generic word
		 * (idcontactofact, codimpuestoportes; not vertexid_count) */
		if (kw.n < 3 || !sx__key_word(kw.w[kw.n - 1])) {
			char st[NAME_MAX_KEY];
			if (kw.n != 1 || strlen(cn + l) < 3 || measure_word(cn + l) ||
			    position_word(cn + l) || sx__generic_word(cn + l))
				continue;
			key_stem(p->pk.cols[0], st, sizeof st);
			if (strlen(st) < 4)
				continue;
		}
		kc = sx_table_find_column(p, p->pk.cols[0]);
		if (!kc || kc->family != col->family)
			continue;
		best = p;
		bl = l;
	}
	if (best) {
		struct pkey *pk = best == t ? self_key(c, t, col)
					    : new_pkey(c, (sx_table *)best, SX__KEY_PK, 1,
						       (const char *const *)best->pk.cols);
		if (pk)
			push_single(out, pk, t, col, best == t ? SX__RULE_SELF : SX__RULE_ROLE,
				    sx_arena_strdup(c->tmp, cn + bl));
	}
}

/* The term table of a controlled vocabulary: a table named as another
 * table and "term" (cvterm beside cv), holding that table's key (cvterm.
 * cv_id): the schema's one list of kinds. */
static const sx_table *vocab_term_table(const struct ctx *c)
{
	const sx_table *one = NULL;
	size_t i, j, k;
	for (i = 0; i < c->all.n; i++) {
		const sx_table *tt = c->all.v[i];
		char fn[NAME_MAX_KEY];
		size_t l;
		bool ok = false;
		if (tt->pk.ncols != 1)
			continue;
		flat_name(tt->name, fn, sizeof fn);
		l = strlen(fn);
		if (l < 6 || strcmp(fn + l - 4, "term") != 0)
			continue;
		fn[l - 4] = 0;
		for (j = 0; j < c->all.n && !ok; j++) {
			const sx_table *v = c->all.v[j];
			char vn[NAME_MAX_KEY], kn[NAME_MAX_KEY], cn[NAME_MAX_KEY];
			if (v == tt || v->pk.ncols != 1)
				continue;
			flat_name(v->name, vn, sizeof vn);
			if (strcmp(vn, fn) != 0)
				continue;
			sx__norm(v->pk.cols[0], kn, sizeof kn);
			for (k = 0; k < tt->ncols && !ok; k++) {
				sx__norm(tt->cols[k].name, cn, sizeof cn);
				ok = strcmp(cn, kn) == 0;
			}
		}
		if (!ok)
			continue;
		if (one)
			return NULL;
		one = tt;
	}
	return one;
}

/* A kind named by no table (type_id, unittype_id where no table holds
 * the word type): a term of the schema's controlled vocabulary (Chado's
 * every type_id -> cvterm). Only where no other rule found a target. */
static void vocab_type_ref(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			   size_t n, cvec *out)
{
	const sx_table *v;
	const sx_column *kc;
	struct pkey *pk;
	size_t l;
	if (out->n || n != 2 || !sx__key_word(w->w[1]))
		return;
	l = strlen(w->w[0]);
	if (l < 4 || strcmp(w->w[0] + l - 4, "type") != 0)
		return;
	if (!(v = vocab_term_table(c)) || v == t)
		return;
	kc = sx_table_find_column(v, v->pk.cols[0]);
	if (!kc || kc->family != col->family)
		return;
	if ((pk = new_pkey(c, (sx_table *)v, SX__KEY_PK, 1, (const char *const *)v->pk.cols)))
		push_single(out, pk, t, col, SX__RULE_ROLE, "type");
}

/* Words naming a kind of stored file: a column named so and typed as an
 * integer holds the id of a row of the schema's file table. */
static bool file_kind_word(const char *w)
{
	static const char *const a[] = {"picture", "photo", "image", "img", "logo", "logotip",
					"avatar", "icon", "thumbnail", "thumb", NULL};
	return in_words(w, a);
}

/* The one table of stored files: its name, less a prefix, is one word
 * that names files (file, upload, attachment), keyed by one integer. */
static const sx_table *file_table(const struct ctx *c)
{
	static const char *const a[] = {"file", "upload", "attachment", NULL};
	const sx_table *one = NULL;
	size_t i, j;
	for (i = 0; i < c->all.n; i++) {
		const sx_table *f = c->all.v[i];
		const sx_column *kc;
		char st[2][NAME_MAX_KEY], sg[NAME_MAX_KEY];
		size_t ns = table_stems(f, st);
		bool is = false;
		for (j = 0; j < ns && !is; j++) {
			sx__singular(st[j], sg, sizeof sg);
			is = in_words(sg, a);
		}
		if (!is || f->pk.ncols != 1)
			continue;
		kc = sx_table_find_column(f, f->pk.cols[0]);
		if (!kc || kc->family != SX_TF_INTEGER)
			continue;
		if (one)
			return NULL;
		one = f;
	}
	return one;
}

/* A table of the file table's uses (sys_file_reference, file_usage,
 * file_map): files are then attached through it, by record and field,
 * and a record's own picture column counts them rather than holding one
 * file's id. */
static bool file_refs_table(const struct ctx *c, const sx_table *f)
{
	static const char *const a[] = {"reference", "ref", "usage", "use", "relation", "link",
					"map", "mm", NULL};
	char fn[NAME_MAX_KEY], tn[NAME_MAX_KEY];
	size_t i, l;
	sx__norm(f->name, fn, sizeof fn);
	l = strlen(fn);
	for (i = 0; i < c->all.n; i++) {
		char sg[NAME_MAX_KEY];
		sx__norm(c->all.v[i]->name, tn, sizeof tn);
		if (strncmp(tn, fn, l) != 0 || !tn[l])
			continue;
		sx__singular(tn + l + (tn[l] == '_'), sg, sizeof sg);
		if (in_words(sg, a))
			return true;
	}
	return false;
}

/* A suffix-less file link (picture, preview_picture, avatar, logo_id):
 * an integer column whose last word names a kind of file, where no table
 * is named by that word and no name rule found a target, refers to the
 * schema's one file table. */
static void file_kind_ref(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			  size_t n, cvec *out)
{
	const sx_table *f;
	struct pkey *pk;
	char sg[SX__WORD_MAX];
	size_t last = n;
	if (out->n || col->family != SX_TF_INTEGER || n == 0)
		return;
	if (last >= 2 && sx__key_word(w->w[last - 1]))
		last--;
	if (!file_kind_word(w->w[last - 1]))
		return;
	sx__singular(w->w[last - 1], sg, sizeof sg);
	if (sx_hmap_get(c->stemset, sg) || sx_hmap_get(c->stemset, w->w[last - 1]))
		return;
	if (!(f = file_table(c)) || f == t || file_refs_table(c, f))
		return;
	if ((pk = new_pkey(c, (sx_table *)f, SX__KEY_PK, 1, (const char *const *)f->pk.cols)))
		push_single(out, pk, t, col, SX__RULE_ROLE, sx_arena_strdup(c->tmp, w->w[last - 1]));
}

/* A glued key inside a longer name (idaction_url, visit_entry_
 * idaction_url, idaction_product_cat3 beside a table keyed idaction;
 * triggerid_down): a word of the name that is, whole, the one-word key of
 * exactly one other table, its key word glued to the entity (id + entity,
 * entity + id), names that table; the words around it say the role, not
 * a measure of it. */
static void glued_key_word(struct ctx *c, sx_table *t, const sx_column *col,
			   const sx__words *w, size_t n, cvec *out)
{
	size_t i, l;
	for (i = 0; i < n && n >= 2; i++) {
		const tvec *v;
		const sx_column *kc;
		struct pkey *pk;
		l = strlen(w->w[i]);
		if (l < 5 || (strncmp(w->w[i], "id", 2) != 0 && strcmp(w->w[i] + l - 2, "id") != 0))
			continue;
		v = tlist(c->pkcols, w->w[i]);
		if (v->n != 1 || v->v[0] == t || !sx_str_eq_nocase(v->v[0]->pk.cols[0], w->w[i]))
			return;
		kc = sx_table_find_column(v->v[0], v->v[0]->pk.cols[0]);
		if (!kc || kc->family != col->family)
			return;
		/* a measure of the key says how many (vertexid_count) */
		for (l = 0; l < n; l++)
			if (measure_word(w->w[l]))
				return;
		for (l = 0; l < out->n; l++)
			if (out->v[l].pk->t == v->v[0])
				return;
		if ((pk = new_pkey(c, v->v[0], SX__KEY_PK, 1, v->v[0]->pk.cols)))
			push_single(out, pk, t, col, SX__RULE_ROLE, sx_arena_strdup(c->tmp, w->w[i]));
		return;
	}
}

/* The key a self reference of col holds: the table's primary key, or,
 * where that is of another type family (a serial record_id beside a
 * varchar(36) id: accounts.parent_account_id holds ids), the declared
 * unique column named like a key of the column's family. */
static struct pkey *self_key(struct ctx *c, sx_table *t, const sx_column *col)
{
	const sx_column *pc = sx_table_find_column(t, t->pk.cols[0]);
	size_t i;
	if (pc && pc->family != col->family)
		for (i = 0; i < t->ncols; i++) {
			const sx_column *u = &t->cols[i];
			sx__words uw;
			if (u == pc || u == col || u->family != col->family ||
			    !uniq_index_single(t, u->name))
				continue;
			sx__split(u->name, &uw);
			if (uw.n && sx__key_word(uw.w[uw.n - 1]))
				return new_pkey(c, t, SX__KEY_UNIQUE, 1, &u->name);
		}
	return new_pkey(c, t, SX__KEY_PK, 1, t->pk.cols);
}

/* A column spelling its own table's name as a role and another table's
 * name (quoted_post_id in quoted_posts, child_theme_id in child_themes):
 * where the table is keyed by another column and nothing says the column
 * is unique, it does not identify the row: the role names the row's
 * relation to the table the rest of the name gives (posts, themes). */
static bool own_name_role(const struct ctx *c, const sx_table *t, const sx_column *col)
{
	char key[NAME_MAX_KEY], own[2][NAME_MAX_KEY];
	sx__words w;
	size_t ns, i;
	if (t->pk.ncols != 1 || !strcmp(t->pk.cols[0], col->name) ||
	    uniq_index_single(t, col->name))
		return false;
	sx__split(col->name, &w);
	if (w.n < 3 || !sx__key_word(w.w[w.n - 1]))
		return false;
	norm_words(&w, 1, w.n - 1, key, sizeof key);
	ns = table_stems(t, own);
	for (i = 0; i < ns; i++)
		if (!strcmp(own[i], key))
			return false;
	return sx_hmap_get(c->stemset, key) != NULL;
}

/* A participle before a role and the key word (uploaded_avatar_id,
 * uploaded_logo_id): where no other rule found a table, the participle's
 * verb names it (uploads), the words after it say the row's role. */
static void participle_head(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			    size_t n, cvec *out)
{
	char base[SX__WORD_MAX], sg[SX__WORD_MAX];
	size_t l = strlen(w->w[0]), k;
	if (out->n > 0 || n < 3 || !sx__key_word(w->w[n - 1]) || l < 6 ||
	    strcmp(w->w[0] + l - 2, "ed") != 0)
		return;
	/* uploaded -> upload, archived -> archive */
	for (k = 2; k >= 1 && out->n == 0; k--) {
		memcpy(base, w->w[0], l - k);
		base[l - k] = 0;
		sx__singular(base, sg, sizeof sg);
		if (sx_hmap_get(c->stemset, sg))
			lookup_as(c, out, t, col, sg, SX__RULE_ROLE, sx_arena_strdup(c->tmp, sg));
	}
}

/* The user who did an act, named by the user table's word and the act
 * with no key word (user_assigned, utente_inserimento): where no other
 * rule found a table, the user table; not in the user table itself,
 * whose columns carry its word as a prefix (user_reminded), but in
 * another user table (usuario.ref_funcionario_cad). */
static void user_act_head(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			  size_t n, cvec *out)
{
	char sg[SX__WORD_MAX], own[2][NAME_MAX_KEY];
	size_t ns, i, o = user_act_at(w, n);
	if (out->n > 0 || !o-- || sx_hmap_get(c->stemset, w->w[o + 1]))
		return;
	sx__singular(w->w[o], sg, sizeof sg);
	/* the user table's own columns under its prefix (user_reminded) */
	ns = table_stems(t, own);
	for (i = 0; i < ns; i++)
		if (!strcmp(own[i], sg))
			return;
	lookup_as(c, out, t, col, sg, SX__RULE_BY_USER, sx_arena_strdup(c->tmp, sg));
}

/* A key's name and an act after it (idpes_cad, person_id_upd): the one
 * who did the act, a row of the table that key is named for. */
static bool key_act(const struct ctx *c, const sx__words *w, size_t n, char *key, size_t ksz)
{
	char raw[NAME_MAX_KEY];
	size_t i, j = 0;
	if (n < 2 || w->n != n || sx__key_word(w->w[n - 1]) ||
	    !(act_word(w->w[n - 1]) || act_abbrev(w->w[n - 1])))
		return false;
	for (i = 0; i + 1 < n; i++) {
		size_t l = strlen(w->w[i]);
		if (j + l + 2 > sizeof raw)
			return false;
		if (j)
			raw[j++] = '_';
		memcpy(raw + j, w->w[i], l);
		j += l;
	}
	raw[j] = 0;
	sx__norm(raw, key, ksz);
	return sx_hmap_get(c->pknames, key) != NULL;
}

static void key_act_head(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			 size_t n, cvec *out)
{
	char key[NAME_MAX_KEY];
	size_t i, own = 0;
	if (out->n > 0 || !key_act(c, w, n, key, sizeof key))
		return;
	lookup_as(c, out, t, col, key, SX__RULE_ROLE, sx_arena_strdup(c->tmp, key));
	if (out->n < 2)
		return;
	/* Tables sharing the key (a person and its specialisations, keyed
	 * by the person's number): the one that numbers its rows itself is
	 * the person; with none or several, the name does not say which. */
	for (i = 0; i < out->n; i++)
		if (self_numbered(out->v[i].pk->col))
			out->v[own++] = out->v[i];
	out->n = own == 1 ? 1 : 0;
}

/* A word naming a table of another table's past rows or events
 * (account_history, order_audit, audit_order, shipment_log). */
static bool history_word(const char *w)
{
	static const char *const h[] = {"history", "audit", "log", "archive", "journal", NULL};
	char sg[SX__WORD_MAX];
	sx__singular(w, sg, sizeof sg);
	return in_words(sg, h);
}

/* A role before another table's key name in a history table of that
 * table (account_history.target_record_id where accounts and the history
 * are both keyed record_id): the history's name says whose rows it
 * keeps, the key name which column; not the history's own rows, nor
 * the other tables keyed alike. */
static void history_target(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			   size_t n, cvec *out)
{
	char base[NAME_MAX_KEY], rest[NAME_MAX_KEY], kn[NAME_MAX_KEY], st[2][NAME_MAX_KEY];
	char sg[SX__WORD_MAX];
	sx__words tw, kw;
	sx_table *hit = NULL;
	struct pkey *pk;
	size_t i, k, ns;
	if (n < 3 || !sx__key_word(w->w[n - 1]) || self_word(w->w[0]))
		return;
	sx__singular(w->w[0], sg, sizeof sg);
	if (sx_hmap_get(c->stemset, sg))
		return;
	sx__split(t->name, &tw);
	if (tw.n < 2)
		return;
	if (history_word(tw.w[tw.n - 1]))
		norm_words(&tw, 0, tw.n - 1, base, sizeof base);
	else if (history_word(tw.w[0]))
		norm_words(&tw, 1, tw.n, base, sizeof base);
	else
		return;
	norm_words(w, 1, n, rest, sizeof rest);
	for (i = 0; i < c->all.n; i++) {
		sx_table *u = c->all.v[i];
		if (u == t || u->pk.ncols != 1)
			continue;
		ns = table_stems(u, st);
		for (k = 0; k < ns && strcmp(st[k], base) != 0; k++)
			;
		if (k == ns)
			continue;
		if (hit)
			return;
		hit = u;
	}
	if (!hit)
		return;
	sx__split(hit->pk.cols[0], &kw);
	norm_words(&kw, 0, kw.n, kn, sizeof kn);
	if (kw.n < 2 || strcmp(kn, rest) != 0 ||
	    !(pk = new_pkey(c, hit, SX__KEY_PK, 1, hit->pk.cols)))
		return;
	out->n = 0;
	push_single(out, pk, t, col, SX__RULE_TABLE_KEY, "history of its table");
}

/* A number that counts a role's rows before the key word
 * (featured_user1_id .. featured_user4_id, player2_id): the numbered word
 * names the table, as the trailing number of club_id_2 does; not where
 * a table's name holds the number (pricebook2id to pricebook2). */
static void drop_numbered_role(const struct ctx *c, sx__words *w)
{
	char key[NAME_MAX_KEY];
	size_t m = w->n, i;
	if (m < 3 || !sx__key_word(w->w[m - 1]) || w->w[m - 2][0] < '0' || w->w[m - 2][0] > '9' ||
	    strspn(w->w[m - 2], "0123456789") != strlen(w->w[m - 2]) ||
	    strspn(w->w[m - 3], "0123456789") == strlen(w->w[m - 3]))
		return;
	for (i = 0; i + 2 < m; i++) {
		norm_words(w, i, m - 1, key, sizeof key);
		if (sx_hmap_get(c->stemset, key))
			return;
	}
	memcpy(w->w[m - 2], w->w[m - 1], SX__WORD_MAX);
	w->n = m - 1;
}

/* A bare integer column named by the last word of one table's longer
 * name (ward -> hospital_ward, discussion -> forum_discussions, measure
 * -> catalog_measure): an application that prefixes its tables by module
 * names the link by the entity's own word. Only where no other rule
 * names a target, a singular word (a plural counts: attempts, clicks),
 * not the child's own name word (release_country.country), integer keys
 * on both sides and no two-byte code against a wider key (completion
 * smallint), and only one such table that shares a name word with the
 * child (its application or module: mdl_forum_posts and
 * mdl_forum_discussions), a word of the child's own name left out. */
/* A two-byte or one-byte integer (smallint, tinyint, int2): a code or a
 * flag where the keys are wider. */
static bool small_int(const sx_column *col)
{
	char ty[16];
	snprintf(ty, sizeof ty, "%s", col->type ? col->type : "");
	lower_ascii(ty);
	return sx_str_startswith(ty, "smallint") || sx_str_startswith(ty, "tinyint") ||
	       sx_str_startswith(ty, "int2") || sx_str_startswith(ty, "int1");
}

/* A two-byte serial key (smallserial, serial2): a small key too. */
static bool small_serial(const sx_column *col)
{
	char ty[16];
	snprintf(ty, sizeof ty, "%s", col->type ? col->type : "");
	lower_ascii(ty);
	return sx_str_startswith(ty, "smallserial") || sx_str_startswith(ty, "serial2");
}

/* The table whose whole name is words j..i of t's name, i the word a
 * column of t repeats, the most words first: a name made of another
 * table's name (account_move_line of account_move, party_category_rel
 * of party_category, the link "product_template-product_category" of
 * both) holds that table's row under its last word. Two words or more,
 * keyed by one column of the column's family. */
static sx_table *own_span_table(const struct ctx *c, const sx_table *t, const sx_column *col,
				const sx__words *own, size_t i)
{
	size_t j, k;
	for (j = 0; j < i; j++) {
		sx__words sp;
		char wk[NAME_MAX_KEY];
		sx_table *q;
		sp.n = 0;
		for (k = j; k <= i; k++)
			memcpy(sp.w[sp.n++], own->w[k], SX__WORD_MAX);
		words_key(&sp, sp.n, wk, sizeof wk);
		if ((q = words_table(c, wk, t, col)))
			return q;
	}
	return NULL;
}

/* The same over a unique column of the word's name in a third table
 * (sale_line_account_tax.line -> sale_line, not the unique line of
 * "account_invoice-account_move_line", itself a reference): where every
 * candidate so far is such a key and not a primary key, the table the
 * child's own name is made of is the target. */
static void own_span_over_unique(struct ctx *c, sx_table *t, const sx_column *col,
				 const sx__words *w, size_t n, cvec *out)
{
	char sg[SX__WORD_MAX];
	sx__words own;
	sx_table *hit = NULL;
	struct pkey *pk;
	size_t i;
	if (!out->n || n != 1 || w->n != 1 || col->family != SX_TF_INTEGER ||
	    strlen(w->w[0]) < 3 || sx__generic_word(w->w[0]))
		return;
	for (i = 0; i < out->n; i++)
		if (out->v[i].pk->kind == SX__KEY_PK || out->v[i].pk->t == t)
			return;
	sx__singular(w->w[0], sg, sizeof sg);
	if (strcmp(sg, w->w[0]) != 0)
		return;
	sx__split(t->name, &own);
	for (i = 0; i < own.n && !hit; i++) {
		char ow[SX__WORD_MAX];
		sx__singular(own.w[i], ow, sizeof ow);
		if (strcmp(ow, sg) == 0)
			hit = own_span_table(c, t, col, &own, i);
	}
	if (!hit || !(pk = new_pkey(c, hit, SX__KEY_PK, 1, hit->pk.cols)))
		return;
	out->n = 0;
	push_single(out, pk, t, col, SX__RULE_TABLE_NAME, "own name part");
}

/* A role glued before a table's whole name in an integer column with no
 * key word (OpenXE's standardlager -> lager, stuecklistevonartikel ->
 * artikel, improzessuser -> user; Shopware's relatedarticle; JTL's
 * kinetbestellung), or with one after it (lieferadresse_id,
 * rechnungsadresse_id -> adressen, the table's name written in the
 * singular; unsubscribeform_id -> forms): as split_role_tail reads text
 * codes, read as <role>_<table>. The table's name four letters at least,
 * the role four (not esdarticle) and naming no table itself, not a flag
 * (is..., has..., use...), nor a count (num..., total...); one table of that name, keyed
 * by one integer column. Only where no other rule names a target. */
static void glued_role_table(struct ctx *c, sx_table *t, const sx_column *col,
			     const sx__words *w, size_t n, cvec *out)
{
	/* yes / no of the table (hidefilter, actualizastock, usestock) and
	 * sizes or counts of it (longsubcuenta, maxorder, unitsperissue) */
	static const char *const flags[] = {
		"is",	  "has",       "use",  "show", "hide", "allow", "enable",
		"disable", "can",      "need", "update", "actualiza", "long", "len",
		"max",	  "min",       "num",  "total", "count", "cnt", NULL};
	const char *s;
	size_t l, k, i;
	if (out->n || !(n == 1 || (n == 2 && sx__key_word(w->w[1]))) || w->n != n ||
	    col->family != SX_TF_INTEGER || small_int(col) || uniq_index_single(t, col->name) ||
	    (t->pk.ncols == 1 && sx_str_eq_nocase(t->pk.cols[0], col->name)))
		return;
	s = w->w[0];
	l = strlen(s);
	if (l < 7 || sx_hmap_get(c->stemset, s))
		return;
	for (k = 0; k < l; k++)
		if (s[k] < 'a' || s[k] > 'z')
			return;
	for (k = 0; flags[k]; k++)
		if (!strncmp(s, flags[k], strlen(flags[k])))
			return;
	for (k = 4; k + 4 <= l; k++) {
		char role[SX__WORD_MAX], tn[SX__WORD_MAX];
		const ivec *v;
		struct pkey *hit = NULL;
		bool several = false;
		/* the table's name, or its plural where the table is named so
		 * (lieferadresse_id, rechnungsadresse_id -> adressen) */
		snprintf(tn, sizeof tn, "%s", s + k);
		if (!sx_hmap_get(c->stemset, tn)) {
			static const char *const pl[] = {"n", "en", "s", "es", NULL};
			size_t p;
			for (p = 0; pl[p]; p++) {
				snprintf(tn, sizeof tn, "%s%s", s + k, pl[p]);
				if (sx_hmap_get(c->stemset, tn))
					break;
			}
			if (!pl[p])
				continue;
		}
		if (!sx_hmap_get(c->stemset, tn) || sx__generic_word(s + k))
			continue;
		memcpy(role, s, k);
		role[k] = 0;
		/* a position (catorder, rateorder), a key word glued first
		 * (idcontrapartida) or a rate (unitsperissue) */
		if (position_word(s + k) || !strncmp(role, "id", 2) ||
		    (k > 3 && !strcmp(role + k - 3, "per")) || sx_hmap_get(c->stemset, role) ||
		    measure_word(role) || sx__key_word(role))
			return;
		v = sx_hmap_get(c->index, tn);
		for (i = 0; v && i < v->n; i++) {
			const sx_column *kc;
			if (v->v[i].rule != SX__RULE_TABLE_NAME || v->v[i].pk->kind != SX__KEY_PK ||
			    v->v[i].pk->ncols != 1)
				continue;
			kc = sx_table_find_column(v->v[i].pk->t, v->v[i].pk->cols[0]);
			if (!kc || kc->family != SX_TF_INTEGER)
				continue;
			if (hit && hit->t != v->v[i].pk->t)
				several = true;
			hit = v->v[i].pk;
		}
		if (hit && !several)
			push_single(out, hit, t, col, SX__RULE_TABLE_NAME, "glued role table");
		return;
	}
}

/* A noun before "of" (German "von"): variante_von, variant_of, another
 * row of the same table the row is a variant or copy of; where the noun
 * is a participle (abgenommen_von, gebucht_von, approved_of) "von" is
 * "by", a person. The noun names no table; the name's key word is
 * optional. */
static void noun_of_self(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			 size_t n, cvec *out)
{
	const char *nw;
	char sg[SX__WORD_MAX];
	size_t l;
	struct pkey *pk;
	if (n != 2 || (strcmp(w->w[1], "von") != 0 && strcmp(w->w[1], "of") != 0))
		return;
	nw = w->w[0];
	l = strlen(nw);
	if (l < 5 || !strncmp(nw, "ge", 2) || !strcmp(nw + l - 2, "en") ||
	    !strcmp(nw + l - 2, "ed") || nw[l - 1] == 't')
		return;
	sx__singular(nw, sg, sizeof sg);
	if (sx_hmap_get(c->stemset, sg) || sx_hmap_get(c->stemset, nw))
		return;
	if (!(pk = self_key(c, t, col)))
		return;
	out->n = 0;
	push_single(out, pk, t, col, SX__RULE_SELF, "noun of");
}

/* A table o ending in a bare column's word, for bare_last_word and
 * bare_role_last_word: another table than the child, of two words or
 * more, keyed by one integer column (not a wider one where the column is
 * a two-byte integer). *kin says whether it is of the child's application
 * or module: a word of both names, o's last word aside. */
static bool last_word_table(const sx_table *t, const sx__words *own, const sx_table *o,
			    const sx_column *col, bool *kin)
{
	sx__words tw;
	const sx_column *kc;
	size_t j, l;
	*kin = false;
	sx__split(o->name, &tw);
	if (o == t || tw.n < 2 || o->pk.ncols != 1)
		return false;
	kc = sx_table_find_column(o, o->pk.cols[0]);
	if (!kc || kc->family != SX_TF_INTEGER || (small_int(col) && !small_int(kc)))
		return false;
	for (j = 0; j + 1 < tw.n && !*kin; j++)
		for (l = 0; l < own->n && !*kin; l++)
			*kin = strcmp(tw.w[j], own->w[l]) == 0;
	return true;
}

static void bare_last_word(struct ctx *c, sx_table *t, const sx_column *col,
			   const sx__words *w, size_t n, cvec *out)
{
	char sg[SX__WORD_MAX];
	/* what happened or from where, coded: user_histories.action is the
	 * kind of act, not a row of user_actions */
	static const char *const codes[] = {"action", "operation", "event", "mode", "scope",
					    "source", "target", NULL};
	const tvec *ends;
	sx_table *hit = NULL;
	struct pkey *pk;
	sx__words own;
	size_t i;
	if (out->n || n != 1 || w->n != 1 || col->family != SX_TF_INTEGER ||
	    strlen(w->w[0]) < 3 || in_words(w->w[0], codes) || sx__generic_word(w->w[0]) ||
	    position_word(w->w[0]) ||
	    (t->pk.ncols == 1 && sx_str_eq_nocase(t->pk.cols[0], col->name)))
		return;
	sx__singular(w->w[0], sg, sizeof sg);
	if (strcmp(sg, w->w[0]) != 0)
		return;
	/* the table's own word (release_country.country) is its own value,
	 * unless its name is made of another table's name that ends in the
	 * word (account_move_line.move -> account_move, the line of a move;
	 * sale_line_account_tax.tax -> account_tax) */
	sx__split(t->name, &own);
	for (i = 0; i < own.n; i++) {
		char ow[SX__WORD_MAX];
		sx__singular(own.w[i], ow, sizeof ow);
		if (strcmp(ow, sg) == 0) {
			if ((hit = own_span_table(c, t, col, &own, i)) &&
			    (pk = new_pkey(c, hit, SX__KEY_PK, 1, hit->pk.cols)))
				push_single(out, pk, t, col, SX__RULE_TABLE_NAME, "own name part");
			return;
		}
	}
	if (strlen(w->w[0]) < 4 || uniq_index_single(t, col->name))
		return;
	ends = tlist(c->lastwords, sg);
	for (i = 0; i < ends->n; i++) {
		sx_table *o = ends->v[i];
		bool kin;
		if (!last_word_table(t, &own, o, col, &kin) || !kin)
			continue;
		if (hit)
			return;
		hit = o;
	}
	if (hit && (pk = new_pkey(c, hit, SX__KEY_PK, 1, hit->pk.cols)))
		push_single(out, pk, t, col, SX__RULE_TABLE_NAME, "bare last word");
}

/* A role before the last word of a table's longer name, no key word
 * (Tryton's invoice_address -> party_address, from_location ->
 * stock_location, default_uom -> product_uom, cancel_move ->
 * account_move): as bare_last_word reads the word alone, with the role
 * words before it naming no table. The one such table of the child's
 * application or module (a word of both names), else, where none is,
 * the schema's one table ending in the word. Only where no other rule
 * names a target, integer keys on both sides. */
static void bare_role_last_word(struct ctx *c, sx_table *t, const sx_column *col,
				const sx__words *w, size_t n, cvec *out)
{
	static const char *const codes[] = {"action", "operation", "event", "mode", "scope",
					    "source", "target", NULL};
	static const char *const when[] = {"last", "first", "next", "prev", "previous", "cache",
					   "cached", NULL};
	char sg[SX__WORD_MAX], key[NAME_MAX_KEY];
	const char *last;
	const tvec *ends;
	sx_table *kin_hit = NULL, *any_hit = NULL;
	size_t i, nkin = 0, nany = 0;
	struct pkey *pk;
	sx__words own;
	if (out->n || n < 2 || n > 3 || w->n != n || col->family != SX_TF_INTEGER ||
	    small_int(col) || uniq_index_single(t, col->name))
		return;
	last = w->w[n - 1];
	if (strlen(last) < 3 || in_words(last, codes) || sx__generic_word(last) ||
	    measure_word(last) || position_word(last))
		return;
	sx__singular(last, sg, sizeof sg);
	if (strcmp(sg, last) != 0)
		return;
	/* last_check, first_contact: a time or a counter; kh_cena among
	 * kh_ columns: the table's own column prefix, no role */
	if (in_words(w->w[0], when) || col_prefix_shared(t, w->w[0]))
		return;
	for (i = 0; i + 1 < n; i++) {
		char rw[SX__WORD_MAX];
		if (sx__key_word(w->w[i]) || measure_word(w->w[i]) || strpbrk(w->w[i], "0123456789"))
			return;
		sx__singular(w->w[i], rw, sizeof rw);
		if (sx_hmap_get(c->stemset, rw))
			return;
	}
	norm_words(w, 0, n, key, sizeof key);
	if (sx_hmap_get(c->stemset, key))
		return;
	sx__split(t->name, &own);
	ends = tlist(c->lastwords, sg);
	/* the table's own last word after a role (stock_location's
	 * input_location, storage_location): another of its rows; after a
	 * participle (host_capacity's used_capacity, reserved_capacity) the
	 * row's own amount in that state */
	for (i = 0; i < ends->n; i++)
		if (ends->v[i] == t && own.n >= 2 && t->pk.ncols == 1) {
			size_t l0 = strlen(w->w[0]);
			if (l0 > 3 && !strcmp(w->w[0] + l0 - 2, "ed"))
				return;
			const sx_column *kc = sx_table_find_column(t, t->pk.cols[0]);
			if (kc && kc->family == SX_TF_INTEGER &&
			    (pk = new_pkey(c, t, SX__KEY_PK, 1, t->pk.cols)))
				push_single(out, pk, t, col, SX__RULE_SELF, "bare role own word");
			return;
		}
	for (i = 0; i < ends->n; i++) {
		sx_table *o = ends->v[i];
		bool kin;
		if (!last_word_table(t, &own, o, col, &kin))
			continue;
		nany++;
		any_hit = o;
		if (kin) {
			nkin++;
			kin_hit = o;
		}
	}
	if (nkin == 1)
		any_hit = kin_hit;
	else if (nkin > 1 || nany != 1)
		return;
	if ((pk = new_pkey(c, any_hit, SX__KEY_PK, 1, any_hit->pk.cols)))
		push_single(out, pk, t, col, SX__RULE_TABLE_NAME, "bare role last word");
}

/* A word for a kind or state of a row, kept in a list (phone_type,
 * contribution_status). */
static bool kind_word(const char *w)
{
	static const char *const k[] = {"type", "types", "status", "kind", "state", "category",
					"class", NULL};
	return in_words(w, k);
}

/* A participle before a parent word (explodiert_parent, the position an
 * exploded bill of material line came from; merged_parent, gesplittet_parent):
 * the row's parent among its own rows, where the participle names no
 * table and no other rule named a target. Another word before it
 * (winder_parent) may name a table the schema lacks, so it is not read
 * so. */
static void participle_parent_self(struct ctx *c, sx_table *t, const sx_column *col,
			     const sx__words *w, size_t n, cvec *out)
{
	char sg[SX__WORD_MAX];
	struct pkey *pk;
	size_t l;
	if (out->n || n != 2 || w->n != 2 || !parent_word(w->w[1]) ||
	    col->family != SX_TF_INTEGER || strlen(w->w[0]) < 4 || sx__key_word(w->w[0]) ||
	    measure_word(w->w[0]) || kind_word(w->w[0]) || parent_word(w->w[0]) ||
	    sx__generic_word(w->w[0]))
		return;
	l = strlen(w->w[0]);
	if (strcmp(w->w[0] + l - 2, "ed") != 0 && strcmp(w->w[0] + l - 4, "iert") != 0 &&
	    !(strncmp(w->w[0], "ge", 2) == 0 && w->w[0][l - 1] == 't'))
		return;
	sx__singular(w->w[0], sg, sizeof sg);
	if (sx_hmap_get(c->stemset, sg) || sx_hmap_get(c->stemset, w->w[0]) ||
	    sx_hmap_get(c->lastwords, sg))
		return;
	if (!(pk = self_key(c, t, col)))
		return;
	push_single(out, pk, t, col, SX__RULE_SELF, "participle parent");
}

/* A localisation prefix (l10n, l18n, i18n) before parent or source
 * (TYPO3's l10n_parent, l10n_source: the record in the default language
 * a translated row copies) is another row of the same table. */
static void l10n_parent_self(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	static const char *const pre[] = {"l10n", "l18n", "i18n", NULL};
	static const char *const rest[] = {"parent", "parentid", "source", "sourceid", "orig",
					   "origid", "original", "originalid", NULL};
	char flat[NAME_MAX_KEY];
	struct pkey *pk;
	size_t i;
	if (out->n || col->family != SX_TF_INTEGER || t->pk.ncols != 1)
		return;
	flat_name(col->name, flat, sizeof flat);
	for (i = 0; pre[i]; i++)
		if (!strncmp(flat, pre[i], 4) && in_words(flat + 4, rest))
			break;
	if (!pre[i] || !(pk = self_key(c, t, col)))
		return;
	push_single(out, pk, t, col, SX__RULE_SELF, "l10n parent");
}

/* The original of a copy (original_id, originalid, orig_id: the post a
 * reply was edited from, the question a test copies): another row of the
 * same table, where no table is named original. */
static void original_self(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			  size_t n, cvec *out)
{
	static const char *const orig[] = {"originalid", "origid", NULL};
	struct pkey *pk;
	bool two = n == 2 && w->n == 2 && sx__key_word(w->w[1]) &&
		   (!strcmp(w->w[0], "original") || !strcmp(w->w[0], "orig"));
	if (out->n || !(two || (n == 1 && w->n == 1 && in_words(w->w[0], orig))) ||
	    t->pk.ncols != 1 || sx_hmap_get(c->stemset, "original"))
		return;
	if (!(pk = self_key(c, t, col)))
		return;
	push_single(out, pk, t, col, SX__RULE_SELF, "original");
}

/* The root of a tree beside the row's parent (rootid beside parentid in
 * posts, tree_root beside parent_id, fk_root beside fk_parent): the top
 * row of the same table. */
static void tree_root_self(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			   size_t n, cvec *out)
{
	struct pkey *pk;
	size_t i, r;
	bool parent = false;
	if (out->n || t->pk.ncols != 1 || n < 1 || n > 2 || w->n != n)
		return;
	r = n == 2 && strcmp(w->w[0], "tree") == 0 ? 1 : 0;
	if (!(n == 1 && (!strcmp(w->w[0], "root") || !strcmp(w->w[0], "rootid"))) &&
	    !(n == 2 && !strcmp(w->w[r], "root") && (r == 1 || sx__key_word(w->w[1]))))
		return;
	if (sx_hmap_get(c->stemset, "root"))
		return;
	for (i = 0; i < t->ncols && !parent; i++) {
		sx__words ow;
		char fl[NAME_MAX_KEY];
		if (&t->cols[i] == col)
			continue;
		sx__split(t->cols[i].name, &ow);
		flat_name(t->cols[i].name, fl, sizeof fl);
		parent = (ow.n && parent_word(ow.w[0])) || !strcmp(fl, "parentid") ||
			 !strcmp(fl, "fkparent");
	}
	if (!parent || !(pk = self_key(c, t, col)))
		return;
	push_single(out, pk, t, col, SX__RULE_SELF, "tree root");
}

/* A row's predecessor or successor (predecessor_id, vorgaenger,
 * nachfolger) and the row it was merged into (merged_into_id, a
 * participle before "into"): another row of the same table, where no
 * table is named by the word. */
static void sequel_self(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			size_t n, cvec *out)
{
	static const char *const seq[] = {"predecessor", "successor", "vorgaenger", "nachfolger",
					  "predecesor", "sucesor", "predecessore", "successore",
					  NULL};
	struct pkey *pk;
	size_t l;
	bool hit = false;
	if (out->n || t->pk.ncols != 1 || w->n != n)
		return;
	if ((n == 1 || (n == 2 && sx__key_word(w->w[1]))) && in_words(w->w[0], seq))
		hit = true;
	l = strlen(w->w[0]);
	if ((n == 2 || (n == 3 && sx__key_word(w->w[2]))) && !strcmp(w->w[1], "into") && l > 4 &&
	    !strcmp(w->w[0] + l - 2, "ed"))
		hit = true;
	if (!hit || sx_hmap_get(c->stemset, w->w[0]) || !(pk = self_key(c, t, col)))
		return;
	push_single(out, pk, t, col, SX__RULE_SELF, "sequel");
}

/* A one-letter word before the key word, in many tables (c_id in fifty
 * course tools): the initial of the one hub table of that letter, a
 * table named by one word of three letters or more (no prefix), keyed by one column,
 * not holding the column, whose word three other tables' names carry
 * (course beside course_category, session_rel_course; not career). */
static void initial_key(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			size_t n, cvec *out)
{
	char key[NAME_MAX_KEY];
	sx_table *hit = NULL;
	struct pkey *pk;
	size_t i, j, hubs = 0;
	if (out->n || n != 2 || w->n != 2 || strlen(w->w[0]) != 1 || !sx__key_word(w->w[1]) ||
	    col->family != SX_TF_INTEGER || sx_table_col_in_pk(t, col->name))
		return;
	sx__norm(col->name, key, sizeof key);
	if ((size_t)(uintptr_t)sx_hmap_get(c->colfreq, key) < 5)
		return;
	for (i = 0; i < c->all.n; i++) {
		sx_table *o = c->all.v[i];
		sx__words ow;
		size_t named = 0;
		if (o == t || o->pk.ncols != 1 || sx_table_find_column(o, col->name))
			continue;
		sx__split(o->name, &ow);
		if (ow.n != 1 || ow.w[0][0] != w->w[0][0] || strlen(ow.w[0]) < 3)
			continue;
		for (j = 0; j < c->all.n && named < 3; j++) {
			sx__words tw;
			size_t q;
			if (c->all.v[j] == o)
				continue;
			sx__split(c->all.v[j]->name, &tw);
			for (q = 0; q < tw.n; q++)
				if (!strcmp(tw.w[q], ow.w[0])) {
					named++;
					break;
				}
		}
		if (named >= 3) {
			hubs++;
			hit = o;
		}
	}
	if (hubs != 1 || !(pk = new_pkey(c, hit, SX__KEY_PK, 1, hit->pk.cols)))
		return;
	push_single(out, pk, t, col, SX__RULE_ABBREV, "initial");
}

/* A bare word that begins the name of exactly one table named by one
 * glued word, the rest a word of the schema's names of four letters or
 * more (OpenXE's shop -> shopexport; not maintenances for main, valuemap
 * for value), keyed by one integer column, where no table is named by the
 * word: an integer column of that word, alone, with id or a trailing
 * number (shop, shop2), names it. Only where no other rule found
 * anything. */
static void glued_prefix_table(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	char rw[SX__WORD_MAX];
	sx_table *hit = NULL;
	struct pkey *pk;
	sx__words w;
	size_t i, l, n;
	if (out->n || col->family != SX_TF_INTEGER ||
	    sx_table_col_in_pk(t, col->name))
		return;
	sx__split(col->name, &w);
	for (n = w.n; n > 1 && w.w[n - 1][0] >= '0' && w.w[n - 1][0] <= '9'; n--)
		;
	if (n > 1 && !strcmp(w.w[n - 1], "id"))
		n--;
	if (n != 1)
		return;
	snprintf(rw, sizeof rw, "%s", w.w[0]);
	for (l = strlen(rw); l > 0 && rw[l - 1] >= '0' && rw[l - 1] <= '9'; l--)
		rw[l - 1] = 0;
	if (l < 4 || sx_hmap_get(c->stemset, rw) || sx_hmap_get(c->lastwords, rw) ||
	    sx_hmap_get(c->loosestems, rw))
		return;
	for (i = 0; i < c->glued.n; i++) {
		sx_table *g = c->glued.v[i];
		sx__words tw;
		const sx_column *pc;
		sx__split(g->name, &tw);
		/* another table of the word's stem less its last letter (konten
		 * beside kontorahmen for konto): the word may be its own */
		if (g == t || tw.n != 1 || strncmp(tw.w[0], rw, l - 1) != 0)
			continue;
		if (hit || strlen(tw.w[0]) < l + 4 || strncmp(tw.w[0], rw, l) != 0 ||
		    !sx_hmap_get(c->vocab, tw.w[0] + l) || g->pk.ncols != 1 ||
		    !(pc = sx_table_find_column(g, g->pk.cols[0])) || pc->family != SX_TF_INTEGER)
			return;
		hit = g;
	}
	if (!hit || !(pk = new_pkey(c, hit, SX__KEY_PK, 1, hit->pk.cols)))
		return;
	push_single(out, pk, t, col, SX__RULE_PARTIAL, "glued prefix");
}

static void column_candidates(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	sx__words w, aw;
	char key[NAME_MAX_KEY];
	size_t n, i, an, start;
	bool fk, ownrole;
	const sx_table *own_lookup = NULL;

	/* an entity hub's records, a principal's people, reports to, side
	 * records */
	if (hub_record_key(c, t, col, out) || hub_any_record(c, t, col, out) ||
	    principal_role(c, t, col, out) || reports_to_self(c, t, col, out) ||
	    side_record_key(c, t, col, out))
		return;
	/* A column named after its own table ("order_id" in orders,
	 * "constructorResultsId" in constructorResults) identifies the row. */
	if (col_names_table(t, col->name) && !own_name_role(c, t, col) && !plural_self_name(c, t, col))
		return;
	sx__split(col->name, &w);
	/* A flag (is_requester, has_manager, isDefault) says yes or no of
	 * the row; the word after it names no row of another table. */
	if (w.n >= 2 && (!strcmp(w.w[0], "is") || !strcmp(w.w[0], "has")) &&
	    !sx__key_word(w.w[w.n - 1]))
		return;
	/* entity_id and revision_id of an entity's field table */
	{
		sx_table *owner = field_owner(c, t, &w, w.n);
		if (!owner)
			owner = field_target(c, t, col->name, &w, w.n);
		struct pkey *pk;
		if (owner) {
			if ((pk = new_pkey(c, owner, SX__KEY_PK, 1, owner->pk.cols)))
				push_single(out, pk, t, col, SX__RULE_TABLE_KEY, "entity field table");
			return;
		}
	}
	/* the revision and entity keys of a revisioned entity's tables */
	{
		bool none;
		sx_table *rt = revision_target(c, t, col, &none);
		struct pkey *pk;
		if (none)
			return;
		if (rt) {
			if ((pk = new_pkey(c, rt, SX__KEY_PK, 1, rt->pk.cols)))
				push_single(out, pk, t, col, SX__RULE_IDENTICAL, "entity revision");
			return;
		}
	}
	if (sx_table_col_in_pk(t, col->name) && own_head_key(t, col, &w, w.n))
		return;
	split_runon(c, &w);
	split_role_tail(c, col, &w);
	expand_uid(c, &w);
	split_glued_role_id(c, &w);
	fk = fk_prefix(&w);
	fk_suffix(c, &w);
	drop_numbered_role(c, &w);
	expand_abbrev_words(c, t, &w);
	/* The table's own column prefix, then the key word, then the word
	 * of the table referred to (kh_IdGrupa, tc_IdTowar among kh_ or tc_
	 * columns): read without the prefix, the key word last (grupa_id). */
	if (w.n >= 3 && w.n < SX__MAX_WORDS && strcmp(w.w[1], "id") == 0 &&
	    !sx__key_word(w.w[0]) && !sx__key_word(w.w[2]) && col_prefix_shared(t, w.w[0])) {
		size_t q;
		for (q = 2; q < w.n; q++)
			memcpy(w.w[q - 2], w.w[q], SX__WORD_MAX);
		w.n -= 2;
		snprintf(w.w[w.n++], SX__WORD_MAX, "id");
	} else if (w.n == 2 && strncmp(w.w[1], "id", 2) == 0 && strlen(w.w[1]) >= 5 &&
		   !sx__key_word(w.w[0]) && col_prefix_shared(t, w.w[0])) {
		/* the same folded to lowercase by a DDL reader (kh_idgrupa) */
		memmove(w.w[0], w.w[1] + 2, strlen(w.w[1] + 2) + 1);
		snprintf(w.w[1], SX__WORD_MAX, "id");
	}
	n = w.n;
	/* Trailing numbers: club_id_2, address1. */
	while (n > 1 && w.w[n - 1][0] >= '0' && w.w[n - 1][0] <= '9')
		n--;
	/* and letters counting a pair (person_a beside person_b) */
	if (n > 1 && letter_pair(t, col, &w, n))
		n--;
	if (n == 0)
		return;
	norm_words(&w, 0, n, key, sizeof key);
	/* A position among siblings (menu_order, sort_order, term_order,
	 * display_position) orders rows; it refers to nothing, unless the
	 * whole name is a table's (purchase_order next to purchase_orders).
	 * A key word first (id_order, id_last_order) names the order. */
	if (n >= 2 && position_word(w.w[n - 1]) && !sx__key_word(w.w[0]) &&
	    !sx_hmap_get(c->stemset, key))
		return;
	start = out->n;
	lookup(c, out, t, col, key, false, sx_arena_strdup(c->tmp, key));
	if (plural_self_name(c, t, col))
		keep_own_table(t, out, start);
	for (i = 1; i < n; i++) {
		sx__words rest;
		size_t j;
		rest.n = 0;
		for (j = i; j < n; j++)
			memcpy(rest.w[rest.n++], w.w[j], SX__WORD_MAX);
		/* A lone generic word ("id", "name") says nothing. */
		if (rest.n == 1 && sx__generic_word(rest.w[0]))
			break;
		norm_words(&w, i, n, key, sizeof key);
		lookup(c, out, t, col, key, true, sx_arena_strdup(c->tmp, key));
	}
	/* Leading words and the key word: member_in_charge_id -> member_id;
	 * not before a kind or state (phone_type_id is the phone's type,
	 * contribution_status_id the contribution's status: a value of a
	 * list, not the phone or the contribution) */
	if (n >= 3 && sx__key_word(w.w[n - 1]) && !kind_word(w.w[n - 2]))
		for (i = 1; i + 1 < n; i++) {
			char kp[SX__WORD_MAX], own[2][NAME_MAX_KEY];
			size_t l, ns = table_stems(t, own), q, from;
			bool mine = false;
			norm_words(&w, 0, i, key, sizeof key);
			/* player_api_id in player: its own alternative key. */
			for (q = 0; q < ns; q++)
				if (strcmp(key, own[q]) == 0)
					mine = true;
			if (mine)
				continue;
			sx__singular(w.w[n - 1], kp, sizeof kp);
			l = strlen(key);
			if (l + strlen(kp) + 1 < sizeof key)
				memcpy(key + l, kp, strlen(kp) + 1);
			from = out->n;
			lookup_as(c, out, t, col, key, SX__RULE_PARTIAL, sx_arena_strdup(c->tmp, key));
			/* fk_<table>_<role> (fk_user_author): the table the
			 * name is keyed by, not a word of a longer name
			 * (usergroup_user) */
			if (fk)
				keep_table_keys(out, from);
		}
	/* A key's name and a role after it (triggerid_down, user_id_approver,
	 * node_id_from): the key word inside the name ends the reference,
	 * the one or two words after it say its role. Not a key word first
	 * (id_cliente_envio, below), nor a measure, generic or numbered word
	 * after (customer_id_count; iso_code_2b is a variant of the code), and
	 * only to a declared key: a role after the key is weaker naming than
	 * one before it (team_id_winner to a team keyed by nothing). */
	if (n >= 2 && !sx__key_word(w.w[n - 1]) && !sx__key_word(w.w[0]))
		for (i = n - 1; i >= 1 && n - i <= 2; i--) {
			size_t j, k, from, l = strlen(w.w[i - 1]);
			bool ok = sx__key_word(w.w[i - 1]) ||
				  (i == 1 && l >= 5 && strcmp(w.w[0] + l - 2, "id") == 0);
			for (j = i; j < n && ok; j++)
				ok = !sx__key_word(w.w[j]) && !measure_word(w.w[j]) &&
				     !sx__generic_word(w.w[j]) && !position_word(w.w[j]) &&
				     !strpbrk(w.w[j], "0123456789");
			if (!ok || (i == 1 && sx__key_word(w.w[0])))
				continue;
			norm_words(&w, 0, i, key, sizeof key);
			from = out->n;
			lookup_as(c, out, t, col, key, SX__RULE_ROLE, sx_arena_strdup(c->tmp, key));
			for (j = k = from; j < out->n; j++)
				if (out->v[j].pk->kind <= SX__KEY_UNIQUE)
					out->v[k++] = out->v[j];
			out->n = k;
			/* the table the key's name is keyed by, not the link
			 * tables ending in its word (users_id_tech -> glpi_users,
			 * not glpi_groups_users) */
			keep_table_keys(out, from);
		}
	/* The key word first and the leading words after it, the modifier
	 * last (id_cliente_envio -> clientes, kod_sklada_otpravki -> sklady):
	 * Romance and Russian names put the head noun first. */
	if (n >= 3 && sx__key_word(w.w[0]))
		for (i = 2; i < n; i++) {
			norm_words(&w, 0, i, key, sizeof key);
			lookup_as(c, out, t, col, key, SX__RULE_PARTIAL, sx_arena_strdup(c->tmp, key));
		}
	/* A lookup table named after the child and the column: medium.format
	 * -> medium_format, artist.type_id -> artist_type (MusicBrainz, many
	 * warehouses' status and type lookups). Only integer columns: a text
	 * status holds the value itself. */
	own_lookup = child_prefixed(c, t, col, &w, n, out);
	link_pair(c, t, col, out);
	/* created_by, created_by_id, approver_id; createdby_id,
	 * created_by_fk, submittedon_userid read so */
	an = audit_words(&w, n, &aw);
	if ((an >= 2 && (by_word(aw.w[an - 1]) ||
			 (an >= 3 && sx__key_word(aw.w[an - 1]) && by_word(aw.w[an - 2])) ||
			 audit_role(&aw, an) ||
			(person_role(&w, n) && !role_names_table(c, &w, n) &&
			 !(role_class(&w, n) == ROLE_POST && person_like(t))))) ||
	    lone_actor_login(c, col, &w, n) || staff_prefix_role(c, &w, n) ||
	    act_verb_sibling(c, t, col, &w, n)) {
		size_t best = 0;
		int lang = role_lang(&w, n), same = 0, rc = role_class(&w, n);
		bool by_login = audit_role(&aw, an) || lone_actor(c, &w, n) || rc == ROLE_ACTOR ||
				staff_prefix_role(c, &w, n) || act_verb_sibling(c, t, col, &w, n);
		const struct pkey *login = by_login ? login_table(c) : NULL;
		const struct pkey *staff = rc == ROLE_POST ? staff_table(c) : NULL;
		/* A role word of one language in a schema of two goes to the
		 * person table named in its language, where there is one. */
		for (i = 0; i < c->users.n && lang; i++)
			same += user_lang(c->users.v[i]->t) == lang;
		for (i = 0; i < c->users.n; i++) {
			size_t r = person_refs(c, c->users.v[i]);
			if (same && user_lang(c->users.v[i]->t) != lang)
				continue;
			/* a person table with no key of a text column's type
			 * is no rival */
			if (!same_text_type(col, c->users.v[i]) &&
			    !person_text_key(c->users.v[i]->t, col))
				continue;
			if (r > best)
				best = r;
		}
		for (i = 0; i < c->users.n; i++) {
			struct cand k;
			struct pkey *pp;
			if ((login && c->users.v[i] != login) || (staff && c->users.v[i] != staff))
				continue;
			if (!login && !staff && same && user_lang(c->users.v[i]->t) != lang)
				continue;
			if (!login && !staff && best > 0 && person_refs(c, c->users.v[i]) < best)
				continue;
			/* a text column of another declared type than the
			 * person key holds names, not keys (_liked_by text, a
			 * list, beside a varchar(140) key) */
			memset(&k, 0, sizeof k);
			k.pk = c->users.v[i];
			/* the person record behind the login or profile */
			if (i < c->principals.n && (pp = c->principals.v[i]) &&
			    !col_has_table_word(k.pk->t, col->name)) {
				size_t j;
				for (j = 0; j < out->n; j++)
					if (out->v[j].pk->t == pp->t && out->v[j].pk->ncols == 1 &&
					    !strcmp(out->v[j].pk->cols[0], pp->cols[0]))
						break;
				if (j < out->n)
					continue;
				k.pk = pp;
			}
			if (!same_text_type(col, k.pk)) {
				const sx_column *u = person_text_key(k.pk->t, col);
				if (!u || !(k.pk = new_pkey(c, k.pk->t, SX__KEY_UNIQUE, 1, &u->name)))
					continue;
			}
			k.child = t;
			k.ncols = 1;
			k.cols[0] = col->name;
			k.rule = k.via_rule = SX__RULE_BY_USER;
			k.matched = "by";
			/* the login table's own audit columns: users create
			 * users */
			if (k.pk->t != t || login)
				cand_push(out, &k);
		}
	}
	/* the own key with a row role in it: the self candidate is in out */
	ownrole = own_key_role_self(c, t, col, &w, n, out) ||
		  reversal_self(c, t, col, &w, n, out);
	for (i = 0; i < n && !ownrole; i++) {
		bool by_word = word_self_ref(t, &w, n, i);
		if ((by_word || own_self_ref(t, &w, n, i)) && t->pk.ncols == 1 &&
		    strcmp(t->pk.cols[0], col->name) != 0) {
			struct pkey *pk;
			size_t j;
			/* by the table's own words only: where a name rule
			 * already points at the table (originalorderitemid in
			 * orderitem), a weaker self candidate beside it would
			 * only lower it */
			if (!by_word) {
				for (j = 0; j < out->n; j++)
					if (out->v[j].pk->t == t)
						break;
				if (j < out->n)
					break;
			}
			/* already a self reference through another language's
			 * plural (roditelskaya_kategoriya_id); English names keep
			 * both candidates, as measured on Spider (parent_product_id) */
			for (j = 0; j < out->n; j++)
				if (out->v[j].loose && out->v[j].pk->t == t && out->v[j].pk->ncols == 1 &&
				    !strcmp(out->v[j].pk->cols[0], t->pk.cols[0]))
					break;
			if (j < out->n)
				break;
			if (!(pk = self_key(c, t, col)))
				return;
			push_single(out, pk, t, col, SX__RULE_SELF, sx_arena_strdup(c->tmp, w.w[i]));
			break;
		}
	}
	drop_self_word_parts(out);
	head_over_modifier(c, &w, n, out);
	own_key_self(t, &w, n, out);
	public_number_target(c, t, col, out);
	glued_key_word(c, t, col, &w, n, out);
	prefixed_head(c, t, &w, n, out);
	exact_role_head(c, &w, n, out);
	glued_head(c, t, col, &w, n, out);
	module_head(c, t, col, &w, n, out);
	prefixed_tail(c, t, col, &w, n, out);
	glued_tail_target(c, t, col, &w, n, out);
	owner_compound(t, col, out);
	owner_prefix_parent(c, t, col, out);
	translation_owner(c, t, col, out);
	role_group_target(c, t, col, &w, n, out);
	name_parent_candidates(c, t, col, &w, n, out);
	typed_parent(c, t, col, &w, n, out);
	role_initials(c, t, col, &w, n, out);
	login_word_ref(c, t, col, &w, n, out);
	prefix_owner_key(c, t, col, &w, n, out);
	shared_key_role(c, t, col, &w, n, out);
	history_target(c, t, col, &w, n, out);
	drop_field_targets(out);
	participle_head(c, t, col, &w, n, out);
	user_act_head(c, t, col, &w, n, out);
	key_act_head(c, t, col, &w, n, out);
	file_kind_ref(c, t, col, &w, n, out);
	glued_after_key(c, t, col, out);
	vocab_type_ref(c, t, col, &w, n, out);
	inflected_stem(c, t, col, &w, n, out);
	if (out->n == 0) {
		abbrev_candidates(c, t, col, &w, n, out);
	} else if (word_parts_only(&w, n, out)) {
		size_t from = out->n;
		abbrev_candidates(c, t, col, &w, n, out);
		if (out->n > from) {
			memmove(out->v, out->v + from, (out->n - from) * sizeof out->v[0]);
			out->n -= from;
		}
	}
	if (out->n == 0)
		owner_candidates(c, t, col, out);
	own_span_over_unique(c, t, col, &w, n, out);
	bare_last_word(c, t, col, &w, n, out);
	bare_role_last_word(c, t, col, &w, n, out);
	glued_role_table(c, t, col, &w, n, out);
	noun_of_self(c, t, col, &w, n, out);
	participle_parent_self(c, t, col, &w, n, out);
	l10n_parent_self(c, t, col, out);
	original_self(c, t, col, &w, n, out);
	tree_root_self(c, t, col, &w, n, out);
	sequel_self(c, t, col, &w, n, out);
	initial_key(c, t, col, &w, n, out);
	generic_stem_target(c, t, col, &w, n, out);
	person_text_ref(c, t, col, &w, n, out);
	glued_prefix_table(c, t, col, out);
	if (out->n == 0)
		value_candidates(c, t, col, out);
	display_copy(t, &w, n, out);
	twin_side(t, col, out);
	drop_field_targets(out);
	unsupported_text_names(c, col, out);
	/* The child's own name and the column's word name one table
	 * (c_link.category_id -> c_link_category): a key named by a key word
	 * means it, not another table of the word (gradebook_category);
	 * not a table keyed by the column's own name (action_logs_users by
	 * user_id: the users' settings, not their list). */
	if (own_lookup && n >= 2 && sx__key_word(w.w[n - 1]) && own_lookup->pk.ncols == 1 &&
	    strcmp(own_lookup->pk.cols[0], col->name) != 0) {
		size_t k;
		for (i = k = 0; i < out->n; i++)
			if (out->v[i].pk->t == own_lookup)
				out->v[k++] = out->v[i];
		if (k)
			out->n = k;
	}
}

/* A role word that names another row of the same table beside the
 * table's own key: parent, the sibling words and "base" (a price list
 * version's base version). */
static bool row_role_word(const char *w)
{
	return parent_word(w) || sibling_word(w) || strcmp(w, "base") == 0;
}

/* The words of w but word skip, glued together. */
static void joined_words(const sx__words *w, size_t skip, char *buf, size_t sz)
{
	size_t i, l = 0;
	buf[0] = 0;
	for (i = 0; i < w->n && l + 1 < sz; i++)
		if (i != skip)
			l += (size_t)snprintf(buf + l, sz - l, "%s", w->w[i]);
}

/* Any word before the whole of the table's own key (ref_invoice_line_id,
 * link_order_line_id in order_line keyed order_line_id) names another
 * row of the table by the document's role in it: a leading modifier of
 * letters that is no key word, and no name rule points at another table
 * as strongly (a table named by the whole name, purchase_order_id in
 * order beside purchase_order, keeps its reference). */
static bool lead_modifier(const sx_table *t, const char *w, const cvec *out)
{
	size_t i;
	if (strlen(w) < 2 || strspn(w, "abcdefghijklmnopqrstuvwxyz") != strlen(w))
		return false;
	for (i = 0; i < out->n; i++)
		if (out->v[i].pk->t != t && W_RULE[out->v[i].rule] > W_RULE[SX__RULE_ROLE])
			return false;
	return true;
}

/* The table's own key with a row role inserted before its key word
 * (m_product_category_parent_id in m_product_category keyed
 * m_product_category_id, m_pricelist_version_base_id, and glued
 * m_warehousesource_id, basepricelist_id, its short prefix left out):
 * a self reference, and no
 * table the key's first words name (m_product for m_product_category) is
 * its target. Not where the role word is a table's own name. */
static bool own_key_role_self(struct ctx *c, sx_table *t, const sx_column *col,
			      const sx__words *w, size_t n, cvec *out)
{
	sx__words kw, ws;
	char kj[NAME_MAX_KEY], wj[NAME_MAX_KEY];
	size_t i, r = SIZE_MAX;
	if (t->pk.ncols != 1 || n < 2 || strcmp(t->pk.cols[0], col->name) == 0)
		return false;
	sx__split(t->pk.cols[0], &kw);
	if (kw.n < 2 || !sx__key_word(kw.w[kw.n - 1]) || !sx__key_word(w->w[n - 1]))
		return false;
	/* a short table prefix (m_ of m_pricelist_id) may be left out:
	 * basepricelist_id, parent_tax_id in c_tax */
	if (kw.n >= 3 && strlen(kw.w[0]) <= 2 && strcmp(w->w[0], kw.w[0]) != 0) {
		memmove(kw.w[0], kw.w[1], (kw.n - 1) * sizeof kw.w[0]);
		kw.n--;
	}
	/* split a glued own word and role word (warehousesource,
	 * basepricelist) */
	ws.n = 0;
	for (i = 0; i < n && ws.n + 2 <= SX__MAX_WORDS; i++) {
		const char *x = w->w[i];
		size_t l = strlen(x), q;
		bool split = false;
		for (q = 3; q + 3 <= l && !split; q++) {
			char a[SX__WORD_MAX], b[SX__WORD_MAX];
			memcpy(a, x, q);
			a[q] = 0;
			snprintf(b, sizeof b, "%s", x + q);
			if ((own_word(t, a) && row_role_word(b)) || (row_role_word(a) && own_word(t, b))) {
				snprintf(ws.w[ws.n++], SX__WORD_MAX, "%s", a);
				snprintf(ws.w[ws.n++], SX__WORD_MAX, "%s", b);
				split = true;
			}
		}
		if (!split)
			snprintf(ws.w[ws.n++], SX__WORD_MAX, "%s", x);
	}
	/* the other words are the key's, in order; compared glued, as two
	 * spellings may split a word apart (Pricelist, PriceList) */
	joined_words(&kw, SIZE_MAX, kj, sizeof kj);
	for (i = 0; i < ws.n; i++)
		if ((row_role_word(ws.w[i]) || (i == 0 && lead_modifier(t, ws.w[0], out))) &&
		    !sx_hmap_get(c->stemset, ws.w[i])) {
			joined_words(&ws, i, wj, sizeof wj);
			if (strcmp(wj, kj) == 0) {
				r = i;
				break;
			}
		}
	if (r == SIZE_MAX)
		return false;
	return only_self(c, t, col, ws.w[r], out);
}

/* A self reference decided by its name: the candidates of other tables
 * are dropped, and the own key is added where no rule named it. */
static bool only_self(struct ctx *c, sx_table *t, const sx_column *col, const char *word,
		      cvec *out)
{
	struct pkey *pk;
	size_t i, j;
	for (i = j = 0; i < out->n; i++)
		if (out->v[i].pk->t == t)
			out->v[j++] = out->v[i];
	out->n = j;
	if (j > 0)
		return true;
	if (!(pk = new_pkey(c, t, SX__KEY_PK, 1, t->pk.cols)))
		return false;
	push_single(out, pk, t, col, SX__RULE_SELF, sx_arena_strdup(c->tmp, word));
	return true;
}

/* Words that name a document of the same kind by its role to the row:
 * the reversal (storno) that cancels it. */
static bool reversal_word(const char *w)
{
	static const char *const s[] = {"reversal", "reversed", "reversing", "storno", NULL};
	return in_words(w, s);
}

/* A reversal word and at most the end of the table's name before a key
 * word (reversal_id in an invoice table, reversal_line_id and glued
 * reversalline_id in inout_line): the row that reverses this one, a row
 * of the same table. */
static bool reversal_self(struct ctx *c, sx_table *t, const sx_column *col, const sx__words *w,
			  size_t n, cvec *out)
{
	char g[NAME_MAX_KEY], tn[NAME_MAX_KEY];
	sx__words tw, head;
	size_t i, l;
	if (t->pk.ncols != 1 || n < 2 || !sx__key_word(w->w[n - 1]) ||
	    strcmp(t->pk.cols[0], col->name) == 0)
		return false;
	/* the words before the key word, and the table's name, glued */
	head = *w;
	head.n = n - 1;
	joined_words(&head, SIZE_MAX, g, sizeof g);
	sx__split(t->name, &tw);
	joined_words(&tw, SIZE_MAX, tn, sizeof tn);
	l = strlen(tn);
	for (i = 5; i <= strlen(g); i++) {
		char a[SX__WORD_MAX];
		size_t rest = strlen(g) - i;
		if (i >= sizeof a)
			break;
		memcpy(a, g, i);
		a[i] = 0;
		if (reversal_word(a) && !sx_hmap_get(c->stemset, a) &&
		    (rest == 0 || (rest >= 3 && rest < l && strcmp(tn + l - rest, g + i) == 0)))
			return only_self(c, t, col, a, out);
	}
	return false;
}

/* Does a sampled value look like a generated key (SI-00003, a GUID,
 * ACC-0042-X) rather than a word, a name, a phrase or a number: six
 * characters or more, letters and digits, no space? Such values are
 * rarely shared by two tables' keys by chance, as small integers and
 * names are. */
static bool keylike_value(const char *v)
{
	size_t l = strlen(v), i;
	bool alpha = false, digit = false;
	if (l < 6)
		return false;
	for (i = 0; i < l; i++) {
		alpha |= (v[i] >= 'a' && v[i] <= 'z') || (v[i] >= 'A' && v[i] <= 'Z');
		digit |= v[i] >= '0' && v[i] <= '9';
		if (v[i] == ' ' || v[i] == '\t' || v[i] == '\n')
			return false;
	}
	return alpha && digit;
}

/* A text column that no name rule matched (debit_to, so_detail,
 * amended_from), with sampling: where its sampled values all look like
 * generated keys and all occur in exactly one text primary key (its own
 * table's too: a self reference), that key is a candidate; its weight
 * is the values' alone. Skipped where the schema has more than
 * MAX_VALUE_PARENTS text-keyed tables (a query each). */
#define MAX_VALUE_PARENTS 64
static void value_candidates(struct ctx *c, sx_table *t, const sx_column *col, cvec *out)
{
	char **v = NULL;
	size_t nv = 0, s, i, hits = 0, nkeys = 0;
	sx_table *hit = NULL;
	struct pkey *pk;
	sx_error e = {0};
	if (!c->s || (col->family != SX_TF_TEXT && col->family != SX_TF_UUID) ||
	    sx_table_col_in_pk(t, col->name))
		return;
	for (s = 0; s < c->db->nschemas; s++)
		for (i = 0; i < c->db->schemas[s]->ntables; i++) {
			const sx_table *p = c->db->schemas[s]->tables[i];
			const sx_column *pc =
				p->pk.ncols == 1 ? sx_table_find_column(p, p->pk.cols[0]) : NULL;
			nkeys += pc && pc->family == col->family;
		}
	if (nkeys == 0 || nkeys > MAX_VALUE_PARENTS)
		return;
	if (sx_sampler_distinct(c->s, t, col->name, c->o->sample_rows, &v, &nv, &e))
		return;
	c->sample_queries++;
	for (i = 0; i < nv && nv >= 5; i++)
		if (!keylike_value(v[i]))
			break;
	if (nv < 5 || i < nv) {
		sx_sampler_values_free(v, nv);
		return;
	}
	for (s = 0; s < c->db->nschemas && hits < 2; s++)
		for (i = 0; i < c->db->schemas[s]->ntables && hits < 2; i++) {
			sx_table *p = c->db->schemas[s]->tables[i];
			const sx_column *pc =
				p->pk.ncols == 1 ? sx_table_find_column(p, p->pk.cols[0]) : NULL;
			size_t found = 0;
			if (!pc || pc->family != col->family || p->kind == SX_REL_VIEW ||
			    p->kind == SX_REL_MATVIEW)
				continue;
			if (sx_sampler_count_in(c->s, p, p->pk.cols[0], nv, (const char *const *)v,
						&found, &e))
				continue;
			c->sample_queries++;
			if (found * 50 >= nv * 49) {
				hit = p;
				hits++;
			}
		}
	sx_sampler_values_free(v, nv);
	if (hits != 1 || !(pk = new_pkey(c, hit, SX__KEY_PK, 1, hit->pk.cols)))
		return;
	push_single(out, pk, t, col, SX__RULE_VALUES, "values");
}

/* A display word after a name that another column of the table carries
 * alone or with a key word (customer_name beside customer, item_name
 * beside item_code, item_title beside item_id): the
 * plain column is the reference, this one a copy of the parent's name or
 * title shown beside it, even where the parent is keyed by its name. */
static void display_copy(const sx_table *t, const sx__words *w, size_t n, cvec *out)
{
	static const char *const d[] = {"name", "title", "label", NULL};
	char stem[NAME_MAX_KEY], cn[NAME_MAX_KEY];
	size_t i;
	if (out->n == 0 || n < 2 || !in_words(w->w[n - 1], d))
		return;
	norm_words(w, 0, n - 1, stem, sizeof stem);
	for (i = 0; i < t->ncols; i++) {
		sx__words x;
		sx__norm(t->cols[i].name, cn, sizeof cn);
		sx__split(t->cols[i].name, &x);
		/* or with a key word after it (item_code beside item_name) */
		if (x.n == n && sx__key_word(x.w[n - 1]) && strcmp(x.w[n - 1], w->w[n - 1]) != 0) {
			norm_words(&x, 0, n - 1, cn, sizeof cn);
		}
		if (strcmp(cn, stem) == 0) {
			out->n = 0;
			return;
		}
	}
}

/* Is a column either not text, or text declared with the very type of
 * the key's column? */
static bool same_text_type(const sx_column *col, const struct pkey *pk)
{
	if (col->family != SX_TF_TEXT)
		return true;
	return pk->col && pk->col->type && col->type && sx_str_eq_nocase(pk->col->type, col->type);
}

/* A lone actor word goes to the login table where there is one; a text
 * column only where it is declared with the login key's very type
 * (owner varchar(140) beside "tabUser".name varchar(140)): a lone
 * creator varchar(50) beside a char(36) id holds a name. */
/* An act's verb and a key word alone (update_id, modify_id, create_id):
 * the user who did it, where a sibling column of the same table is an
 * audit column (owner_id, created_by): the schema writes its audit pair
 * by the act, not by the person. Not where a table is named by the verb
 * (a table of updates), nor a column of the table's key. */
static bool act_verb_sibling(const struct ctx *c, const sx_table *t, const sx_column *col,
			     const sx__words *w, size_t n)
{
	static const char *const v[] = {"update", "create", "modify", "change", "delete",
					"insert", "edit", NULL};
	size_t i;
	if (n != 2 || w->n != 2 || !sx__key_word(w->w[1]) || !in_words(w->w[0], v) ||
	    sx_hmap_get(c->stemset, w->w[0]) || sx_table_col_in_pk(t, col->name))
		return false;
	for (i = 0; i < t->ncols; i++) {
		sx__words o, ao;
		size_t an;
		if (&t->cols[i] == col)
			continue;
		sx__split(t->cols[i].name, &o);
		an = audit_words(&o, o.n, &ao);
		if (an >= 2 && audit_role(&ao, an))
			return true;
	}
	return false;
}

static bool lone_actor_login(const struct ctx *c, const sx_column *col, const sx__words *w,
			     size_t n)
{
	const struct pkey *lg;
	const sx_table *one = NULL;
	size_t i;
	if (!lone_actor(c, w, n))
		return false;
	if ((lg = login_table(c)))
		return same_text_type(col, lg) || person_text_key(lg->t, col);
	/* several login tables: the one keyed by the text column's very
	 * type */
	for (i = 0; i < c->users.n; i++)
		if (person_text_key(c->users.v[i]->t, col)) {
			if (one && one != c->users.v[i]->t)
				return false;
			one = c->users.v[i]->t;
		}
	return one != NULL;
}

static bool in_composite_pk(const sx_table *t, const char *col)
{
	return t->pk.ncols > 1 && sx_table_col_in_pk(t, col);
}

/* A role before a bare table name (default_currency, home_city) holds
 * the thing's own value as often as a reference (home_games counts
 * games); not where the parent is keyed by text and the column is
 * declared with the key's very type and length (varchar(140) both): a
 * text key is what such a column holds. */
static bool text_key_same_type(const struct cand *k)
{
	const sx_column *cc, *pc;
	if (k->ncols != 1 || k->pk->kind != SX__KEY_PK)
		return false;
	cc = sx_table_find_column(k->child, k->cols[0]);
	pc = sx_table_find_column(k->pk->t, k->pk->cols[0]);
	return cc && pc && pc->family == SX_TF_TEXT && cc->family == SX_TF_TEXT && cc->type &&
	       pc->type && strchr(pc->type, '(') && sx_str_eq_nocase(cc->type, pc->type);
}

/* Features that need only the catalog. */
static bool subtype_name(const sx_table *child, const sx_table *parent);

/* The stem of a key's name: its normalised name less a key word glued
 * before or after it (idfactura, codcliente, linea_id: factura, cliente,
 * linea); "" where there is none. */
static void key_stem(const char *key, char *out, size_t n)
{
	char kn[NAME_MAX_KEY], part[NAME_MAX_KEY];
	size_t l, p;
	sx__norm(key, kn, sizeof kn);
	l = strlen(kn);
	out[0] = 0;
	for (p = 1; p < l && p < sizeof part; p++) {
		memcpy(part, kn, p);
		part[p] = 0;
		if (sx__key_word(part)) {
			snprintf(out, n, "%s", kn + p);
			return;
		}
		if (sx__key_word(kn + p)) {
			snprintf(out, n, "%s", part);
			return;
		}
	}
}

/* Does name begin (end) with stem and more than its plural ending
 * (facturascli of factura; not facturas, events of event), its letters
 * compared without case and separators? */
static bool name_has_stem(const char *name, const char *stem, bool end)
{
	char b[NAME_MAX_KEY];
	size_t ls = strlen(stem), j, rest;
	flat_name(name, b, sizeof b);
	j = strlen(b);
	if (j < ls || strncmp(end ? b + j - ls : b, stem, ls) != 0)
		return false;
	rest = j - ls;
	if (!end && (!strcmp(b + ls, "s") || !strcmp(b + ls, "es")))
		return false;
	return rest >= 2;
}

/* Twins: two tables both named by the same key at the same end of their
 * names (facturascli and facturasprov keyed idfactura, a sales and a
 * purchase side of one document; lineasfacturascli and lineaspedidoscli
 * keyed idlinea), neither name the other's beginning or end. Each owns
 * its key; neither's key refers to the other. */
static bool twin_tables(const sx_table *a, const sx_table *b, const char *key)
{
	char stem[NAME_MAX_KEY];
	const char *s = a->name, *l = b->name;
	int e;
	key_stem(key, stem, sizeof stem);
	if (strlen(stem) < 4 || a == b)
		return false;
	if (strlen(s) > strlen(l)) {
		s = b->name;
		l = a->name;
	}
	for (e = 0; e <= 1; e++)
		if (name_has_stem(s, stem, e) && name_has_stem(l, stem, e))
			return e ? !sx_str_endswith(l, s) : !sx_str_startswith(l, s);
	return false;
}

/* Letters two names share at their ends, compared without case. */
static size_t common_tail(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), k = 0;
	while (k < la && k < lb &&
	       tolower((unsigned char)a[la - 1 - k]) == tolower((unsigned char)b[lb - 1 - k]))
		k++;
	return k;
}

/* A reference by the key two twins share (idfactura of facturascli and
 * facturasprov) goes to the twin of the child's own side, the one whose
 * name ends as the child's does (lineasfacturasprov, recibosprov ->
 * facturasprov): the other twin goes. */
static void twin_side(const sx_table *t, const sx_column *col, cvec *out)
{
	size_t i, j, best = 0, nbest = 0, tw = 0;
	for (i = 0; i < out->n; i++) {
		const struct pkey *pk = out->v[i].pk;
		size_t k;
		if (pk->ncols != 1 || pk->t == t || !sx_str_eq_nocase(pk->cols[0], col->name))
			continue;
		for (j = 0; j < out->n; j++)
			if (j != i && out->v[j].pk->ncols == 1 &&
			    sx_str_eq_nocase(out->v[j].pk->cols[0], col->name) &&
			    twin_tables(pk->t, out->v[j].pk->t, col->name))
				break;
		if (j == out->n)
			continue;
		tw++;
		k = common_tail(t->name, pk->t->name);
		if (k > best) {
			best = k;
			nbest = 1;
		} else if (k == best) {
			nbest++;
		}
	}
	if (tw < 2 || best < 3 || nbest != 1)
		return;
	for (i = 0, j = 0; i < out->n; i++) {
		const struct pkey *pk = out->v[i].pk;
		if (pk->ncols == 1 && pk->t != t && sx_str_eq_nocase(pk->cols[0], col->name) &&
		    common_tail(t->name, pk->t->name) < best) {
			size_t m;
			for (m = 0; m < out->n; m++)
				if (m != i && out->v[m].pk->ncols == 1 &&
				    twin_tables(pk->t, out->v[m].pk->t, col->name))
					break;
			if (m < out->n)
				continue;
		}
		out->v[j++] = out->v[i];
	}
	out->n = j;
}
/* Is part named as owner and more words after them (user_language,
 * user_dashboard of user)? */
static bool part_name(const sx_table *part, const sx_table *owner)
{
	sx__words pw, ow;
	size_t i;
	sx__split(part->name, &pw);
	sx__split(owner->name, &ow);
	if (ow.n == 0 || pw.n <= ow.n)
		return false;
	for (i = 0; i + 1 < ow.n; i++)
		if (strcmp(pw.w[i], ow.w[i]) != 0)
			return false;
	/* The owner's last word may be cut short in its part's name
	 * (emp_picture of employee, cust_notes of customer): three
	 * letters or more that begin it. */
	{
		const char *a = pw.w[ow.n - 1], *b = ow.w[ow.n - 1];
		size_t la = strlen(a);
		return strcmp(a, b) == 0 || (la >= 3 && la < strlen(b) && strncmp(a, b, la) == 0);
	}
}

/* Is the key of candidate k a name only it and its child are keyed by,
 * ending in a key word, whose word no word of the parent's name is? */
static bool peer_key(const struct ctx *c, const struct cand *k)
{
	char kn[NAME_MAX_KEY], ks[NAME_MAX_KEY], ws[SX__WORD_MAX];
	sx__words pw;
	size_t i;
	sx__norm(k->cols[0], kn, sizeof kn);
	key_stem(k->cols[0], ks, sizeof ks);
	if (!ks[0] || (uintptr_t)sx_hmap_get(c->pknames, kn) != 2)
		return false;
	sx__split(k->pk->t->name, &pw);
	for (i = 0; i < pw.n; i++) {
		sx__singular(pw.w[i], ws, sizeof ws);
		if (!strcmp(ws, ks) || !strcmp(pw.w[i], ks))
			return false;
	}
	return true;
}

static bool base_features(struct ctx *c, struct cand *k)
{
	const sx_table *t = k->child;
	size_t i;
	int type = SX__TYPE_EXACT;
	char stems[2][NAME_MAX_KEY], cn[NAME_MAX_KEY];
	size_t ns;
	sx__words w;

	for (i = 0; i < k->ncols; i++) {
		const sx_column *cc = sx_table_find_column(t, k->cols[i]);
		const sx_column *pc = sx_table_find_column(k->pk->t, k->pk->cols[i]);
		int ty;
		if (!cc || !pc ||
		    !fam_compatible(cc->family, pc->family, cc, pc,
				    t->schema->db->kind == SX_DB_SQLITE, &ty))
			return false;
		if (ty > type)
			type = ty;
	}
	/* A key name less its key word after a measure word counts, not
	 * references: qty_ord is a quantity ordered, not ord_hdr.ord_no; so
	 * does a bare table name after one (num_issues, total_orders: a
	 * counter, not issue.id). */
	if (k->via_rule == SX__RULE_KEY_STEM ||
	    (k->rule == SX__RULE_ROLE && k->via_rule == SX__RULE_TABLE_NAME)) {
		sx__words cw;
		sx__split(k->cols[0], &cw);
		if (cw.n >= 2 && measure_word(cw.w[0]))
			return false;
	}
	/* A verb first and no key word (use_billing_data,
	 * display_volume, allow_change_from_owner): a yes / no setting of
	 * the row, whatever table its other words name. */
	if (k->ncols == 1) {
		static const char *const verbs[] = {"use", "show", "hide", "display", "allow",
						    "enable", "disable", "send", NULL};
		sx__words cw;
		bool keyed = false;
		sx__split(k->cols[0], &cw);
		/* a key word anywhere (enable_only_idsite) names a row */
		for (i = 1; i < cw.n; i++)
			keyed |= sx__key_word(cw.w[i]) || !strncmp(cw.w[i], "id", 2);
		if (cw.n >= 2 && in_words(cw.w[0], verbs) && !keyed)
			return false;
	}
	/* A bare version (revision) column numbers the row's own versions;
	 * the versions table is named by version_id. */
	if (k->rule == SX__RULE_TABLE_NAME && k->ncols == 1) {
		sx__words cw;
		sx__split(k->cols[0], &cw);
		if (cw.n == 1 && (strcmp(cw.w[0], "version") == 0 || revision_word(cw.w[0])))
			return false;
	}
	/* A bare table name held in a one- or two-byte integer against a
	 * wider key (OpenXE's artikel.stueckliste smallint beside
	 * stueckliste.id int) says yes or no of that table, not which row. */
	if (k->rule == SX__RULE_TABLE_NAME && k->ncols == 1) {
		const sx_column *cc = sx_table_find_column(t, k->cols[0]);
		const sx_column *pc = sx_table_find_column(k->pk->t, k->pk->cols[0]);
		sx__words cw;
		sx__split(k->cols[0], &cw);
		if (cw.n == 1 && cc && pc && cc->family == SX_TF_INTEGER &&
		    pc->family == SX_TF_INTEGER && small_int(cc) && !small_int(pc) &&
		    !small_serial(pc))
			return false;
	}
	k->f.rule = k->rule;
	k->f.bare_role = k->rule == SX__RULE_ROLE && k->via_rule == SX__RULE_TABLE_NAME &&
			 !text_key_same_type(k);
	k->f.key = k->pk->kind;
	k->f.type = type;
	k->f.containment = -1;
	k->f.child_is_pk = t->pk.ncols == k->ncols && t->pk.ncols > 0;
	for (i = 0; k->f.child_is_pk && i < k->ncols; i++)
		if (!sx_table_col_in_pk(t, k->cols[i]))
			k->f.child_is_pk = false;
	if (k->f.child_is_pk && k->rule == SX__RULE_IDENTICAL && col_names_table(t, k->cols[0]))
		return false; /* the key belongs to the child: it is the parent side */
	if (k->f.child_is_pk && k->rule == SX__RULE_IDENTICAL && k->ncols == 1 &&
	    twin_tables(t, k->pk->t, k->cols[0]))
		return false;
	/* The only two tables keyed by one name that names neither
	 * (accountbillads and accountshipads by accountaddressid, two comment
	 * tables by commentid) are peers, each a side of a third row: neither
	 * key refers to the other. Not where the parent's name holds the
	 * key's word (all_documents by document_id). */
	if (k->f.child_is_pk && k->rule == SX__RULE_IDENTICAL && k->ncols == 1 &&
	    k->pk->ncols == 1 && !col_names_table(k->pk->t, k->cols[0]) && peer_key(c, k))
		return false;
	/* A table's own key does not refer to its part, the table named as
	 * it and more words (user.login to user_language keyed login): that
	 * pair runs the other way. */
	if (k->f.child_is_pk && part_name(k->pk->t, t))
		return false;
	/* A declared key does not reference a merely assumed one: that pair
	 * runs the other way. */
	if (k->f.child_is_pk && k->pk->kind >= SX__KEY_MEASURED)
		return false;
	/* A table's own primary key is a reference (one-to-one, subtype) only
	 * when its name says so plainly. */
	if (k->f.child_is_pk && k->rule != SX__RULE_IDENTICAL && k->rule != SX__RULE_TABLE_KEY &&
	    k->rule != SX__RULE_ID_PREFIX && k->rule != SX__RULE_COMPOSITE &&
	    !(k->rule == SX__RULE_ROLE && (k->via_rule == SX__RULE_IDENTICAL ||
					   k->via_rule == SX__RULE_TABLE_KEY)) &&
	    !(k->rule == SX__RULE_TABLE_NAME && k->pk->kind == SX__KEY_PK &&
	      pk_names_other_table(c, t)) &&
	    !(k->rule == SX__RULE_PARTIAL && k->pk->kind == SX__KEY_PK &&
	      ext_parent(c, t) == k->pk->t))
		return false;
	/* An extension's key names the table it extends by its head noun
	 * and the key word: as plain as table + key. */
	if (k->f.child_is_pk && k->rule == SX__RULE_PARTIAL &&
	    k->pk->kind == SX__KEY_PK && ext_parent(c, t) == k->pk->t)
		k->rule = k->f.rule = SX__RULE_TABLE_KEY;
	/* A kind of the parent keyed by the parent's whole composite key
	 * (cron_triggers by triggers' (sched_name, trigger_name,
	 * trigger_group)) is its one-to-one part, named so by the table. */
	if (k->f.child_is_pk && k->rule == SX__RULE_COMPOSITE && subtype_name(t, k->pk->t)) {
		k->f.child_is_pk = false;
		k->f.parent_named = true;
	}
	k->f.child_in_pk = k->ncols == 1 && in_composite_pk(t, k->cols[0]);
	/* Does the column name the parent table? Not through a stem guessed
	 * by dropping an application prefix (research_staff's "staff",
	 * wiki_pages' "page"): that guess is the naming rule's already. */
	ns = table_stems(k->pk->t, stems);
	if (ns == 2 && app_stem(k->pk->t))
		ns = 1;
	sx__split(k->cols[0], &w);
	norm_words(&w, 0, w.n, cn, sizeof cn);
	for (i = 0; i < ns; i++)
		if (strstr(cn, stems[i]))
			k->f.parent_named = true;
	if (!k->f.parent_named) {
		char loose[MAX_LOOSE][NAME_MAX_KEY];
		/* not through a guessed application prefix (see above) */
		size_t nl = table_loose_stems(k->pk->t, false, loose);
		for (i = 0; i < nl; i++)
			if (strlen(loose[i]) >= 4 && strstr(cn, loose[i]))
				k->f.parent_named = true;
	}
	/* created_by, actor_id: an account id first, an employee id second. */
	if (k->rule == SX__RULE_BY_USER)
		for (i = 0; i < ns; i++)
			if (!strcmp(stems[i], "user") || !strcmp(stems[i], "account") ||
			    !strcmp(stems[i], "appuser") || !strcmp(stems[i], "sysuser") ||
			    !strcmp(stems[i], "login"))
				k->f.parent_named = true;
	k->f.similarity = c->o->similarity
				  ? c->o->similarity(c->o->similarity_payload, k->cols[0], k->pk->t->name)
				  : sx__name_similarity(k->cols[0], k->pk->t->name);
	/* A plural column named like a table ("languages", "tags") holds a
	 * list, not one reference. */
	if ((k->rule == SX__RULE_TABLE_NAME || k->f.bare_role) && w.n > 0) {
		char sg[SX__WORD_MAX];
		const sx_column *cc = sx_table_find_column(t, k->cols[0]);
		sx__singular(w.w[w.n - 1], sg, sizeof sg);
		if (strcmp(sg, w.w[w.n - 1]) != 0 && cc && cc->family != SX_TF_INTEGER &&
		    cc->family != SX_TF_DECIMAL)
			return false;
		/* a bare plural word alone in an integer counts them (points,
		 * serials, categories, attempts), but not in a link table's key
		 * (undergoes.procedures) nor naming the child's own part
		 * (wiedervorlage.stages -> wiedervorlage_stages) */
		if (w.n == 1 && strcmp(sg, w.w[0]) != 0 && cc &&
		    cc->family == SX_TF_INTEGER && k->rule == SX__RULE_TABLE_NAME &&
		    !k->f.child_in_pk && !in_composite_pk(t, k->cols[0]) && !part_name(k->pk->t, t))
			return false;
	}
	k->f.poly_by_name = k->polymorphic && !k->poly_by_value;
	k->f.other_schema = k->pk->t->schema != t->schema;
	k->f.unique_peer = k->ncols == 1 && k->rule == SX__RULE_IDENTICAL &&
			   k->pk->kind == SX__KEY_UNIQUE && !k->f.parent_named &&
			   uniq_index_single(t, k->cols[0]);
	return true;
}

/* ------------------------------------------------------------ relationships */

static bool col_nullable(const sx_table *t, size_t n, const char *const *cols)
{
	size_t i;
	for (i = 0; i < n; i++) {
		const sx_column *c = sx_table_find_column(t, cols[i]);
		if (c && c->nullable && !sx_table_col_in_pk(t, cols[i]))
			return true;
	}
	return false;
}

static bool cols_unique(const sx_table *t, size_t n, const char *const *cols)
{
	size_t i, j;
	if (t->pk.ncols == n) {
		bool all = true;
		for (i = 0; i < n; i++)
			if (!sx_table_col_in_pk(t, cols[i]))
				all = false;
		if (all)
			return true;
	}
	if (n == 1 && uniq_index_single(t, cols[0]))
		return true;
	for (i = 0; i < t->nuniques; i++)
		if (t->uniques[i].ncols == n) {
			bool all = true;
			for (j = 0; j < n; j++)
				if (strcmp(t->uniques[i].cols[j], cols[j]) != 0)
					all = false;
			if (all)
				return true;
		}
	return false;
}

static sx_map_rel *new_rel(sx_dbmap *m)
{
	return sx_arena_alloc(m->arena, sizeof(sx_map_rel));
}

static sx_table *resolve_ref(sx_database *db, const sx_table *t, const sx_fk *fk)
{
	sx_schema *s = fk->ref_schema ? sx_database_find_schema(db, fk->ref_schema) : t->schema;
	sx_table *p;
	size_t i;
	if (!s)
		return NULL;
	if ((p = sx_schema_find_table(s, fk->ref_table)))
		return p;
	for (i = 0; i < s->ntables; i++)
		if (sx_str_eq_nocase(s->tables[i]->name, fk->ref_table))
			return s->tables[i];
	return NULL;
}

static int add_declared(struct ctx *c)
{
	size_t s, t, f;
	sx_dbmap *m = c->m;
	for (s = 0; s < c->db->nschemas; s++)
		for (t = 0; t < c->db->schemas[s]->ntables; t++) {
			sx_table *tb = c->db->schemas[s]->tables[t];
			for (f = 0; f < tb->nfks; f++) {
				const sx_fk *fk = &tb->fks[f];
				sx_table *p = resolve_ref(c->db, tb, fk);
				const char *const *rc = fk->ref_cols;
				sx__evvec ev = {0};
				sx_map_rel *r;
				size_t i;
				if (!p) {
					sx_debug("map: %s: foreign key to unknown table %s", tb->name,
						 fk->ref_table);
					continue;
				}
				if (!rc || !rc[0]) {
					if (p->pk.ncols != fk->ncols)
						continue;
					rc = p->pk.cols;
				}
				if (!(r = new_rel(m)))
					return SX_ENOMEM;
				sx__end_set(m->arena, &r->from, tb, fk->ncols, fk->cols);
				sx__end_set(m->arena, &r->to, p, fk->ncols, rc);
				r->kind = SX_RELK_DECLARED;
				r->confidence = 1.0;
				r->card = cols_unique(tb, fk->ncols, fk->cols) ? SX_CARD_ONE_TO_ONE
									       : SX_CARD_MANY_TO_ONE;
				r->from_nullable = col_nullable(tb, fk->ncols, fk->cols);
				sx__ev_add(&ev, m->arena, "declared_fk", 1.0,
					   "foreign key %s declared in the schema",
					   fk->name ? fk->name : "(unnamed)");
				r->evidence = sx__ev_commit(&ev, m->arena, &r->nevidence);
				sx__rel_set_id(m, r);
				for (i = 0; i < fk->ncols; i++) {
					char k[512];
					snprintf(k, sizeof k, "%p\x1f%s", (void *)tb, fk->cols[i]);
					sx_hmap_put(c->declared,
						   sx_arena_strdup(c->tmp, k), r);
				}
				if (sx__dbmap_add_rel(m, r))
					return SX_ENOMEM;
			}
		}
	return 0;
}

static bool declared_col(struct ctx *c, const sx_table *t, const char *col)
{
	char k[512];
	snprintf(k, sizeof k, "%p\x1f%s", (void *)t, col);
	return sx_hmap_get(c->declared, k) != NULL;
}

/* Is the candidate's parent in the child's application (taggit_tag for
 * taggit_taggeditem)? */
static bool same_app(const struct cand *k)
{
	sx__words a, b;
	sx__split(k->child->name, &a);
	sx__split(k->pk->t->name, &b);
	return a.n >= 2 && b.n >= 2 && strcmp(a.w[0], b.w[0]) == 0 && is_app_prefix(a.w[0]);
}

/* Is rival's parent a part of win's, keyed by the same one column
 * (user_language keyed login beside user keyed login)? The part holds
 * the owner's key by construction: no other parent for the column. */
static bool owner_part(const struct cand *win, const struct cand *rival)
{
	return win->pk->ncols == 1 && rival->pk->ncols == 1 &&
	       sx_str_eq_nocase(win->pk->cols[0], rival->pk->cols[0]) &&
	       part_name(rival->pk->t, win->pk->t);
}

/* Are a's columns all among b's? */
static bool cols_within(const struct cand *a, const struct cand *b)
{
	size_t i, j;
	for (i = 0; i < a->ncols; i++) {
		for (j = 0; j < b->ncols && a->cols[i] != b->cols[j]; j++)
			;
		if (j == b->ncols)
			return false;
	}
	return true;
}

/* Is the candidate's parent in an application other than the child's
 * (both names begin with an application prefix, and not the same)? */
static bool other_app(const struct cand *k)
{
	sx__words a, b;
	sx__split(k->child->name, &a);
	sx__split(k->pk->t->name, &b);
	return a.n >= 2 && b.n >= 2 && strcmp(a.w[0], b.w[0]) != 0 && is_app_prefix(a.w[0]) &&
	       is_app_prefix(b.w[0]);
}

/* A name that reaches a table of the child's own application (alf_node
 * for alf_child_assoc.parent_node_id) and, by the same rule, one of
 * another application (avm_nodes) means its own application's: the
 * other is no rival. */
static void own_app_only(cvec *v)
{
	size_t i, j, n;
	for (i = 0, n = 0; i < v->n; i++) {
		const struct cand *k = &v->v[i];
		bool drop = false;
		if (k->ncols == 1 && other_app(k))
			for (j = 0; j < v->n && !drop; j++)
				drop = j != i && v->v[j].ncols == 1 && v->v[j].rule == k->rule &&
				       v->v[j].pk->kind <= k->pk->kind && same_app(&v->v[j]);
		if (!drop)
			v->v[n++] = v->v[i];
	}
	v->n = n;
}

/* A part keyed by its owner's key (emp_picture keyed emp_number beside
 * employee keyed emp_number) holds that key by construction: a column of
 * the key's name refers to the owner, and the part is no candidate. */
static void owner_not_part(cvec *v)
{
	size_t i, j, n;
	for (i = 0, n = 0; i < v->n; i++) {
		bool drop = false;
		sx__words kw;
		/* not a key every table has (id): its name says no owner */
		sx__split(v->v[i].pk->cols[0], &kw);
		for (j = 0; j < v->n && !drop && !all_generic(&kw); j++)
			drop = j != i && v->v[j].pk->kind == SX__KEY_PK &&
			       v->v[i].pk->kind == SX__KEY_PK && owner_part(&v->v[j], &v->v[i]);
		if (!drop)
			v->v[n++] = v->v[i];
	}
	v->n = n;
}

/* A table partitioned by period keeps one copy per year or month
 * (prenota2024 / prenota2025, archive_2024_01 / archive_2024_02): the
 * name less its period number, and the number (4 digits or more, read
 * without underscores). False where the name ends in no such number. */
static bool period_split(const char *name, char *stem, size_t sn, char *num, size_t nn)
{
	size_t l = strlen(name), e = l, d = 0, k = 0;
	while (e > 0 && ((name[e - 1] >= '0' && name[e - 1] <= '9') || name[e - 1] == '_'))
		d += name[--e] != '_';
	while (e < l && name[e] == '_')
		e++;
	if (d < 4 || e < 3 || d >= nn || e >= sn)
		return false;
	memcpy(stem, name, e);
	stem[e] = 0;
	for (; e < l; e++)
		if (name[e] != '_')
			num[k++] = name[e];
	num[k] = 0;
	return true;
}

/* The copies of one table for other periods are no parents of each
 * other (prenota2025.idprenota is no link to prenota2024), and a copy's
 * column refers to the parent copy of its own period where there is one
 * (costiprenota2025.idprenota -> prenota2025, not prenota2024). */
static void own_period_only(cvec *v)
{
	size_t i, j, n;
	for (i = 0, n = 0; i < v->n; i++) {
		const struct cand *k = &v->v[i];
		char cs[NAME_MAX_KEY], cn[NAME_MAX_KEY], ps[NAME_MAX_KEY], pn[NAME_MAX_KEY];
		bool drop = false;
		if (period_split(k->child->name, cs, sizeof cs, cn, sizeof cn) &&
		    period_split(k->pk->t->name, ps, sizeof ps, pn, sizeof pn) && strcmp(cn, pn) != 0) {
			drop = sx_str_eq_nocase(cs, ps);
			for (j = 0; j < v->n && !drop; j++) {
				char os[NAME_MAX_KEY], on[NAME_MAX_KEY];
				drop = j != i && v->v[j].ncols == k->ncols &&
				       period_split(v->v[j].pk->t->name, os, sizeof os, on, sizeof on) &&
				       strcmp(on, cn) == 0 && sx_str_eq_nocase(os, ps);
			}
		}
		if (!drop)
			v->v[n++] = v->v[i];
	}
	v->n = n;
}

static int cand_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	bool sx_, sy;
	if (x->conf != y->conf)
		return x->conf < y->conf ? 1 : -1;
	/* Equal evidence: the own key matched by more columns (a trigger's
	 * (sched_name, job_name, job_group) of the job before the
	 * (sched_name, trigger_group) of a paused group), then the parent in the child's own application (two
	 * apps may each have a model "tag"), then the name, for a stable
	 * order. */
	if (x->ncols != y->ncols)
		return x->ncols < y->ncols ? 1 : -1;
	sx_ = same_app(x);
	sy = same_app(y);
	if (sx_ != sy)
		return sx_ ? -1 : 1;
	return strcmp(x->pk->t->name, y->pk->t->name);
}

/* Builds the evidence list and the relationship of the winning candidate. */
static int emit(struct ctx *c, struct cand *best, struct cand *alts, size_t nalts)
{
	sx_dbmap *m = c->m;
	sx_map_rel *r = new_rel(m);
	sx__evvec ev = {0};
	size_t i;
	char kn[256] = "";

	if (!r)
		return SX_ENOMEM;
	sx__end_set(m->arena, &r->from, best->child, best->ncols, best->cols);
	sx__end_set(m->arena, &r->to, best->pk->t, best->pk->ncols, best->pk->cols);
	r->kind = SX_RELK_INFERRED;
	r->from_nullable = col_nullable(best->child, best->ncols, best->cols);
	r->card = cols_unique(best->child, best->ncols, best->cols) ? SX_CARD_ONE_TO_ONE
								    : SX_CARD_MANY_TO_ONE;
	for (i = 0; i < best->pk->ncols; i++)
		snprintf(kn + strlen(kn), sizeof kn - strlen(kn), "%s%s", i ? "," : "",
			 best->pk->cols[i]);
	if (best->rule == SX__RULE_ROLE)
		sx__ev_add(&ev, m->arena, "naming", W_RULE[best->rule] / 2.0,
			   "%s: '%s' ends with '%s' (%s of %s.%s)", sx__rule_name(best->rule),
			   best->cols[0], best->matched, sx__rule_name(best->via_rule),
			   best->pk->t->name, kn);
	else
		sx__ev_add(&ev, m->arena, "naming", W_RULE[best->rule] / 2.0, "%s: '%s' -> %s.%s",
			   sx__rule_name(best->rule), best->cols[0], best->pk->t->name, kn);
	{
		static const char *const td[] = {
			"same declared type", "same type family", "type family unknown on one side",
			"declared text vs number (SQLite stores either; values decide)"};
		static const double ts[] = {1.0, 0.8, 0.4, 0.2};
		sx__ev_add(&ev, m->arena, "type", ts[best->f.type], "%s", td[best->f.type]);
	}
	{
		static const char *const kd[] = {
			"parent columns are its primary key", "parent column has a unique index",
			"parent column measured unique in a sample",
			"parent column assumed unique (id-like, table has no primary key)",
			"parent column has duplicates in a sample"};
		static const double ks[] = {1.0, 0.95, 0.8, 0.5, 0.0};
		sx__ev_add(&ev, m->arena, "uniqueness", ks[best->f.key], "%s", kd[best->f.key]);
	}
	sx__rel_confidence(&best->f, &ev, m->arena); /* adds the containment line */
	if (best->f.similarity > 0)
		sx__ev_add(&ev, m->arena, "similarity", best->f.similarity,
			   c->o->similarity ? "embedding similarity of the names '%s' and '%s'"
					    : "name similarity of '%s' and '%s'",
			   best->cols[0], best->pk->t->name);
	if (best->f.child_is_pk)
		sx__ev_add(&ev, m->arena, "child_key", 0.5,
			   "the child columns are its whole primary key (one-to-one or subtype)");
	if (best->f.other_schema)
		sx__ev_add(&ev, m->arena, "schema", 0.5, "parent in another schema ('%s', child in '%s')",
			   best->pk->t->schema->name, best->child->schema->name);
	if (best->f.rivals)
		sx__ev_add(&ev, m->arena, "ambiguity", 1.0 / (1.0 + best->f.rivals),
			   "%d other candidate parent%s with equally strong names", best->f.rivals,
			   best->f.rivals == 1 ? "" : "s");
	if (best->polymorphic) {
		r->polymorphic = true;
		r->type_column = sx_arena_strdup(m->arena, best->type_column);
		sx__ev_add(&ev, m->arena, "polymorphic", 0.5,
			   "'%s' with type column '%s' may point to several tables", best->cols[0],
			   best->type_column);
	}
	r->confidence = best->conf;
	r->evidence = sx__ev_commit(&ev, m->arena, &r->nevidence);
	if (nalts) {
		size_t keep = nalts > c->o->max_alternates ? c->o->max_alternates : nalts, j = 0;
		r->alternates = sx_arena_alloc(m->arena, keep * sizeof *r->alternates);
		for (i = 0; r->alternates && i < nalts && j < keep; i++) {
			sx__end_set(m->arena, &r->alternates[j].to, alts[i].pk->t, alts[i].pk->ncols,
				    alts[i].pk->cols);
			r->alternates[j++].confidence = alts[i].conf;
		}
		r->nalternates = r->alternates ? j : 0;
	}
	sx__rel_set_id(m, r);
	return sx__dbmap_add_rel(m, r);
}

static bool cand_overlap(const struct cand *a, const struct cand *b)
{
	size_t i, j;
	for (i = 0; i < a->ncols; i++)
		for (j = 0; j < b->ncols; j++)
			if (a->cols[i] == b->cols[j])
				return true;
	return false;
}

static bool when_column(const sx_table *t, const char *col);

/* Does t's primary key hold every column of the composite key pk and
 * more (a role of an order, keyed (order_id, party_id, role_type_id),
 * beside the party's roles keyed (party_id, role_type_id))? */
static bool extends_key(const sx_table *t, const struct pkey *pk)
{
	size_t j;
	if (t->pk.ncols <= pk->ncols)
		return false;
	for (j = 0; j < pk->ncols; j++)
		if (!sx_table_col_in_pk(t, pk->cols[j]) || when_column(pk->t, pk->cols[j]))
			return false;
	return true;
}

/* Composite keys: a child with columns named like every column of a
 * composite primary key. Indexed by the first key column's name. */
/* The column of t named like key column kc with the role suffix suf
 * ("" for none: party_id; "_from": party_id_from), or NULL. */
static const char *affixed_col(const sx_table *t, const char *kc, const char *suf)
{
	char name[NAME_MAX_KEY];
	size_t l;
	snprintf(name, sizeof name, "%s%s", kc, suf);
	for (l = 0; l < t->ncols; l++)
		if (sx_str_eq_nocase(name, t->cols[l].name))
			return t->cols[l].name;
	return NULL;
}

static bool lang_column(const char *col);

/* A translation key: an entity's reference and a language column. A key
 * that extends it (node_access keyed (nid, langcode, gid, realm) beside
 * node_field_data keyed (nid, langcode)) names the entity, not one of its
 * translations. */
static bool translation_key(const struct pkey *pk)
{
	size_t j;
	for (j = 0; j < pk->ncols; j++)
		if (lang_column(pk->cols[j]))
			return true;
	return false;
}

/* Are cols (n of them) exactly t's primary key or one of its declared
 * unique keys? Two tables unique on the same columns (a project's and a
 * user's (domain_id, name)) are peers: neither row is the other's
 * parent. */
static bool own_key_cols(const sx_table *t, const char *const *cols, size_t n)
{
	size_t i, j, l;
	for (i = 0; i <= t->nuniques + t->nindexes; i++) {
		const sx_key *k = i == 0 ? &t->pk : i <= t->nuniques ? &t->uniques[i - 1] :
			&t->indexes[i - 1 - t->nuniques].key;
		bool all = true;
		if (i > t->nuniques && (!t->indexes[i - 1 - t->nuniques].unique ||
					t->indexes[i - 1 - t->nuniques].predicate))
			continue;
		if (k->ncols != n)
			continue;
		for (j = 0; j < n && all; j++) {
			bool in = false;
			for (l = 0; l < k->ncols && !in; l++)
				in = sx_str_eq_nocase(k->cols[l], cols[j]);
			all = in;
		}
		if (all)
			return true;
	}
	return false;
}

/* Is child named as a kind of parent: the parent's name words in order
 * with more words among them, the first and the last word the same
 * (qz_simple_triggers, qz_cron_triggers of qz_triggers)? A subtype table
 * shares its parent's key and refers to it. Not words before the
 * parent's name (fed_user_action, a plugin's plugin_preferences): a
 * copy kept elsewhere, not a kind. */
static bool subtype_name(const sx_table *child, const sx_table *parent)
{
	sx__words cw, pw;
	size_t i, j = 0;
	sx__split(child->name, &cw);
	sx__split(parent->name, &pw);
	if (pw.n < 2 || cw.n <= pw.n || strcmp(cw.w[cw.n - 1], pw.w[pw.n - 1]) != 0 ||
	    strcmp(cw.w[0], pw.w[0]) != 0)
		return false;
	for (i = 0; i < cw.n && j < pw.n; i++)
		if (strcmp(cw.w[i], pw.w[j]) == 0)
			j++;
	return j == pw.n;
}

/* Does the key column col of pk's table name a third table's
 * single-column key by its name, the table's own name (lead_id of
 * lead_ips_xref names leads.id)? Neither pk's table nor the child t (a
 * word shared with the child names the child), and not through a word of
 * a longer table's name or another language's plural. */
static bool key_col_names_other(struct ctx *c, const sx_table *t, const struct pkey *pk,
				const char *col)
{
	char key[NAME_MAX_KEY];
	ivec *v;
	size_t l;
	sx__norm(col, key, sizeof key);
	v = sx_hmap_get(c->index, key);
	for (l = 0; v && l < v->n; l++)
		if (v->v[l].pk->t != pk->t && v->v[l].pk->t != t && v->v[l].pk->ncols == 1 &&
		    !v->v[l].loose && v->v[l].rule <= SX__RULE_ID_PREFIX)
			return true;
	return false;
}

/* Does key column col carry a word of its own table's name: the row's
 * own part of the key (idgoal of matomo_goal, dept_cd of dept_mstr,
 * inventory_item_id of mtl_system_items_b)? Words of three letters or
 * more compared as singulars, two-letter words only as written (st_cd of
 * st_prov, but not ip_id of lead_ips_xref); an id glued before or after
 * one word (idgoal, goalid) counts as that word. */
static bool key_col_own_word(const sx_table *t, const char *col)
{
	sx__words cw, tw;
	size_t i, j;
	sx__split(col, &cw);
	sx__split(t->name, &tw);
	if (cw.n == 1 && strlen(cw.w[0]) > 5) {
		if (!strncmp(cw.w[0], "id", 2))
			memmove(cw.w[0], cw.w[0] + 2, strlen(cw.w[0] + 2) + 1);
		else if (sx_str_endswith(cw.w[0], "id"))
			cw.w[0][strlen(cw.w[0]) - 2] = 0;
	}
	for (i = 0; i < cw.n; i++) {
		char a[SX__WORD_MAX];
		bool exact = strlen(cw.w[i]) < 3;
		if (strlen(cw.w[i]) < 2 || sx__key_word(cw.w[i]))
			continue;
		sx__singular(cw.w[i], a, sizeof a);
		for (j = 0; j < tw.n; j++) {
			char b[SX__WORD_MAX];
			sx__singular(tw.w[j], b, sizeof b);
			if (exact ? !strcmp(cw.w[i], tw.w[j]) : !strcmp(a, b))
				return true;
		}
	}
	return false;
}

/* A composite key matched by name alone (no sampled values) where each
 * of its columns is another table's reference: a draft keyed (userid,
 * channelid, rootid), a lead's ips keyed (lead_id, ip_id), an oauth
 * account keyed (user_id, provider). A child with a key of its own that
 * holds the same columns outside that key (posts, email_stats, oauth
 * tokens) refers to each entity through its own column, not to the
 * other table's rows through the whole key. A composite is such a
 * bundle where a key column names a third table (leads for lead_id) and
 * none of its columns carries a word of the table's own name (idgoal in
 * matomo_goal's (idsite, idgoal) is the goal's own number: funnels refer
 * to a goal of a site by both). With sampled values, containment of the
 * whole key decides instead. */
static bool loose_composite(struct ctx *c, const sx_table *t, const struct pkey *pk,
			    const struct cand *k)
{
	size_t j;
	bool other = false;
	if (c->s || t->pk.ncols != 1)
		return false;
	for (j = 0; j < pk->ncols; j++)
		if (sx_table_col_in_pk(t, k->cols[j]) ||
		    (!key_col_names_other(c, t, pk, pk->cols[j]) &&
		     key_col_own_word(pk->t, pk->cols[j])))
			return false;
	for (j = 0; j < pk->ncols && !other; j++)
		other = key_col_names_other(c, t, pk, pk->cols[j]);
	return other;
}

static void composite_candidates(struct ctx *c, sx_table *t, cvec *out)
{
	size_t i, j, l, ci, pass;
	for (ci = 0; ci < t->ncols; ci++)
	for (pass = 0; pass < 2; pass++) {
	char first[NAME_MAX_KEY];
	const char *suf = "";
	ivec *iv;
	snprintf(first, sizeof first, "%s", t->cols[ci].name);
	lower_ascii(first);
	/* then every key column with the same role word after it
	 * (party_id_from, role_type_id_from): the key of one role */
	if (pass == 1) {
		char *u = strrchr(first, '_');
		if (!u || u == first || !u[1])
			continue;
		suf = t->cols[ci].name + (u - first);
		*u = 0;
	}
	iv = sx_hmap_get(c->comp_index, first);
	for (i = 0; iv && i < iv->n; i++) {
		struct pkey *pk = iv->v[i].pk;
		struct cand k;
		bool ok = true;
		/* an entity's field tables share their key's names, and
		 * refer to the entity, not to each other */
		if (pk->t == t ||
		    (pk->fk_elsewhere && !*suf && (!extends_key(t, pk) || translation_key(pk))) ||
		    field_entity_len(t) || field_entity_len(pk->t))
			continue;
		memset(&k, 0, sizeof k);
		/* a link table's key with a role word only as a part of the
		 * child's own key (party_relationship's from and to roles);
		 * elsewhere each column names its own table (payment's
		 * party_id_to, role_type_id_to) */
		for (j = 0; j < pk->ncols && ok; j++)
			ok = (k.cols[j] = affixed_col(t, pk->cols[j], suf)) != NULL &&
			     (!*suf || !pk->fk_elsewhere || sx_table_col_in_pk(t, k.cols[j]));
		if (!ok)
			continue;
		/* The child's own key equal to the parent's: peers, not a
		 * link, unless the child is a kind of the parent. */
		if (own_key_cols(t, k.cols, pk->ncols) && !subtype_name(t, pk->t))
			continue;
		k.pk = pk;
		k.child = t;
		k.ncols = pk->ncols;
		k.rule = k.via_rule = SX__RULE_COMPOSITE;
		k.matched = pk->cols[0];
		SX_VEC_PUSH(out, k);
	}
	}
	/* A key extended (pk->fk_elsewhere) only where no other composite
	 * shares its columns: (matnr, werks, lgort) extends both (matnr,
	 * werks) and (werks, lgort), and says which by neither. */
	for (i = j = 0; i < out->n; i++) {
		bool clash = false;
		for (l = 0; l < out->n && out->v[i].pk->fk_elsewhere && !clash; l++)
			clash = l != i && cand_overlap(&out->v[i], &out->v[l]);
		if (!clash && !loose_composite(c, t, out->v[i].pk, &out->v[i]))
			out->v[j++] = out->v[i];
	}
	out->n = j;
}

/* A date or time column of a key says when, not what: in a history
 * key (a satellite's (order_hk, load_dts), a version table's (doc_id,
 * valid_from)) it adds no entity of its own. */
static bool when_column(const sx_table *t, const char *col)
{
	size_t i;
	for (i = 0; i < t->ncols; i++)
		if (sx_str_eq_nocase(t->cols[i].name, col))
			return t->cols[i].family == SX_TF_DATE ||
			       t->cols[i].family == SX_TF_TIMESTAMP;
	return false;
}

/* A language column of a key (langcode, locale, language_code) says in
 * which language, not what: a translation table keyed (uid, langcode)
 * holds its entity's rows once per language, and adds no entity of its
 * own. */
static bool lang_column(const char *col)
{
	static const char *const l[] = {"lang", "langcode", "language", "locale", "code", NULL};
	sx__words w;
	size_t i;
	bool lang = false;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++) {
		if (!in_words(w.w[i], l))
			return false;
		lang = lang || strcmp(w.w[i], "code") != 0;
	}
	return lang;
}

/* A composite key whose columns all name other keys (a junction's key,
 * or an entity's key plus a date: a history) is not itself referenced
 * by name. A hub holding (order_hk, load_dts) refers to nothing through
 * its satellite's key: the satellite refers to the hub. */
static void mark_composites(struct ctx *c)
{
	size_t i, j;
	for (i = 0; i < c->composites.n; i++) {
		struct pkey *pk = c->composites.v[i];
		bool own = false;
		/* A composite key is referenced as a whole only when it has a
		 * column of its own: not a generic word (year, rank) and not a
		 * reference to another table (a junction's key has none). */
		for (j = 0; j < pk->ncols && !own; j++) {
			char key[NAME_MAX_KEY];
			ivec *v;
			sx__words w;
			size_t l;
			bool other = false;
			if (col_names_table(pk->t, pk->cols[j])) {
				own = true;
				break;
			}
			sx__split(pk->cols[j], &w);
			if (all_generic(&w) || when_column(pk->t, pk->cols[j]) ||
			    lang_column(pk->cols[j]))
				continue;
			sx__norm(pk->cols[j], key, sizeof key);
			v = sx_hmap_get(c->index, key);
			for (l = 0; v && l < v->n; l++)
				if (v->v[l].pk->t != pk->t)
					other = true;
			own = !other;
		}
		pk->fk_elsewhere = !own;
	}
}

static int index_composites(struct ctx *c)
{
	size_t i;
	for (i = 0; i < c->composites.n; i++) {
		struct pkey *pk = c->composites.v[i];
		char key[NAME_MAX_KEY];
		ivec *v;
		const char *k;
		snprintf(key, sizeof key, "%s", pk->cols[0]);
		lower_ascii(key);
		if (!(v = sx_hmap_get(c->comp_index, key))) {
			k = sx_arena_strdup(c->tmp, key);
			v = sx_calloc(1, sizeof *v);
			if (!k || !v || SX_VEC_PUSH(&c->ivecs, v)) {
				free(v);
				return SX_ENOMEM;
			}
			if (sx_hmap_put(c->comp_index, k, v))
				return SX_ENOMEM;
		}
		if (SX_VEC_PUSH(v, ((struct ientry){pk, SX__RULE_COMPOSITE, false})))
			return SX_ENOMEM;
	}
	return 0;
}

/* Polymorphic pairs: (x_type, x_id) in the same table, and (model,
 * model_id), (class, class_id) with the type word alone. */
static const char *poly_type_col(const sx_table *t, const char *col)
{
	sx__words w;
	char stem[NAME_MAX_KEY];
	size_t i;
	sx__split(col, &w);
	if (w.n < 2 || !sx__key_word(w.w[w.n - 1]))
		return NULL;
	sx__join(&w, 0, w.n - 1, stem, sizeof stem);
	for (i = 0; i < t->ncols; i++) {
		sx__words x;
		char s2[NAME_MAX_KEY];
		sx__split(t->cols[i].name, &x);
		/* the type word alone before its id (model, model_id), a
		 * text column: the id of a row of the model it names */
		if (x.n == 1 && w.n == 2 && t->cols[i].family == SX_TF_TEXT &&
		    strcmp(x.w[0], stem) == 0 &&
		    (strcmp(stem, "model") == 0 || strcmp(stem, "class") == 0))
			return t->cols[i].name;
		if (x.n < 2 || (strcmp(x.w[x.n - 1], "type") != 0 &&
				strcmp(x.w[x.n - 1], "class") != 0 &&
				strcmp(x.w[x.n - 1], "model") != 0))
			continue;
		sx__join(&x, 0, x.n - 1, s2, sizeof s2);
		if (strcmp(s2, stem) == 0)
			return t->cols[i].name;
	}
	return NULL;
}

/* Maps a sampled type value ("Post", "App\\Models\\User") to a table. */
static sx_table *poly_target(struct ctx *c, const char *value)
{
	const char *p = value, *q;
	char key[NAME_MAX_KEY];
	ivec *v;
	size_t i;
	for (q = value; *q; q++)
		if (*q == '\\' || *q == '.' || *q == ':' || *q == '/')
			p = q + 1;
	sx__norm(p, key, sizeof key);
	v = sx_hmap_get(c->index, key);
	for (i = 0; v && i < v->n; i++)
		if (v->v[i].rule == SX__RULE_TABLE_NAME && v->v[i].pk->kind == SX__KEY_PK)
			return v->v[i].pk->t;
	/* "ticket" -> support_tickets, "order" -> t_ord_hdr: the value is the
	 * first or last word of one table's name (abbreviations expanded);
	 * among several, the one whose other words only say it is the main
	 * record (header, master). */
	{
		sx_table *found = NULL, *mainrec = NULL, *head = NULL;
		size_t s, t, hits = 0, mains = 0, heads = 0;
		for (s = 0; s < c->db->nschemas; s++)
			for (t = 0; t < c->db->schemas[s]->ntables; t++) {
				sx_table *tb = c->db->schemas[s]->tables[t];
				sx__words w;
				size_t k;
				bool hit = false, plain = true;
				if (tb->pk.ncols != 1)
					continue;
				sx__split(tb->name, &w);
				sx__strip_table_prefix(&w);
				for (k = 0; k < w.n; k++) {
					char x[SX__WORD_MAX];
					sx__expand_abbrev(w.w[k], SX__WORD_MAX);
					sx__singular(w.w[k], x, sizeof x);
					memcpy(w.w[k], x, SX__WORD_MAX);
				}
				if (w.n < 1)
					continue;
				if (!strcmp(w.w[0], key) || !strcmp(w.w[w.n - 1], key))
					hit = true;
				for (k = 0; hit && k < w.n; k++)
					if (strcmp(w.w[k], key) && strcmp(w.w[k], "header") &&
					    strcmp(w.w[k], "master") && strcmp(w.w[k], "main"))
						plain = false;
				if (!hit)
					continue;
				hits++;
				found = tb;
				if (w.n > 1 && !strcmp(w.w[w.n - 1], key)) {
					heads++;
					head = tb;
				}
				if (plain) {
					mains++;
					mainrec = tb;
				}
			}
		if (mains == 1)
			return mainrec;
		if (heads == 1)
			return head;
		return hits == 1 ? found : NULL;
	}
}

/* The words of a comment as a heap array (sx_sampler_values_free). */
static int comment_words(const char *comment, char ***out, size_t *n)
{
	SX_VEC(char *) v = {0};
	const char *p = comment;
	while (*p) {
		const char *q = p;
		char *w;
		while (*q && (((unsigned char)*q >= 0x80) || (*q >= 'a' && *q <= 'z') ||
			      (*q >= 'A' && *q <= 'Z') || *q == '_'))
			q++;
		if (q - p >= 3 && v.n < 32) {
			if (!(w = sx_strndup(p, (size_t)(q - p))) || SX_VEC_PUSH(&v, w)) {
				free(w);
				sx_sampler_values_free(v.v, v.n);
				return SX_ENOMEM;
			}
		}
		p = *q ? q + 1 : q;
	}
	*out = v.v;
	*n = v.n;
	return 0;
}

static int polymorphic(struct ctx *c, sx_table *t, const sx_column *col, const char *typecol,
		       cvec *cands)
{
	char **vals = NULL;
	size_t n = 0, i, j;
	sx_error e = {0};
	for (i = 0; i < cands->n; i++) {
		cands->v[i].polymorphic = true;
		cands->v[i].type_column = typecol;
	}
	if (!c->s || sx_sampler_distinct(c->s, t, typecol, 500, &vals, &n, &e)) {
		/* No values: the type column's comment often lists them
		 * ("ticket, product or order"). */
		const sx_column *tc = sx_table_find_column(t, typecol);
		if (c->s)
			sx_debug("map: cannot sample %s.%s: %s", t->name, typecol, e.msg);
		vals = NULL;
		n = 0;
		if (tc && tc->comment && comment_words(tc->comment, &vals, &n))
			return 0;
	} else {
		c->sample_queries++;
	}
	/* A type column has few values but they may cluster (all 'order'
	 * rows first): the distinct read above scans up to 10,000 rows. */
	for (i = 0; i < n && i < 20; i++) {
		sx_table *p = poly_target(c, vals[i]);
		struct cand k;
		bool dup = false;
		if (!p || p->pk.ncols != 1)
			continue;
		for (j = 0; j < cands->n; j++)
			if (cands->v[j].pk->t == p) {
				dup = true;
				cands->v[j].poly_by_value = true;
			}
		if (dup)
			continue;
		memset(&k, 0, sizeof k);
		if (!(k.pk = new_pkey(c, p, SX__KEY_PK, 1, p->pk.cols)))
			break;
		k.child = t;
		k.ncols = 1;
		k.cols[0] = col->name;
		k.rule = k.via_rule = SX__RULE_TABLE_NAME;
		k.matched = sx_arena_strdup(c->tmp, vals[i]);
		k.polymorphic = true;
		k.poly_by_value = true;
		k.type_column = typecol;
		SX_VEC_PUSH(cands, k);
	}
	sx_sampler_values_free(vals, n);
	return 0;
}

/* Developer hook for calibration (docs/internals/map.md): with
 * SEXTANT_MAP_TRACE=FILE every scored candidate is appended to FILE as a
 * tab-separated line of names and features. Names only, never values. */
static void trace(struct ctx *c, const cvec *v)
{
	static const char *path;
	static bool checked;
	FILE *f;
	size_t i;
	if (!checked) {
		path = getenv("SEXTANT_MAP_TRACE");
		checked = true;
	}
	if (!path || !(f = fopen(path, "a")))
		return;
	for (i = 0; i < v->n; i++) {
		const struct cand *k = &v->v[i];
		fprintf(f, "%s\t%s\t%s\t%s\t%s\t%zu\t%d\t%d\t%d\t%.3f\t%zu\t%d\t%d\t%d\t%d\t%.3f\t%.4f\t%d\n",
			c->db->name, k->child->name, k->cols[0], k->pk->t->name, k->pk->cols[0],
			k->ncols, k->rule, k->f.key, k->f.type, k->f.containment, k->f.sampled,
			k->f.child_is_pk, k->f.child_in_pk, k->f.parent_named, k->f.rivals,
			k->f.similarity, k->conf, i == 0);
	}
	fclose(f);
}

/* Counts each candidate's rivals: the other candidates whose naming rule
 * weighs at least as much, that name the parent as much, and whose key is
 * at least as unique. Targets named by a polymorphic type column are all
 * right at once, so they are not each other's rivals. With by_values, a
 * rival whose sampled values mostly miss its parent (containment < 0.9)
 * stops counting against a candidate whose values are all found (>= 0.99).
 * Counted through buckets of (named, rule, key, polymorphic, ruled out),
 * so a column with hundreds of look-alike parents costs O(n), not O(n^2). */
static void count_rivals(struct cand *v, size_t n, bool by_values)
{
	size_t cnt[2][SX__RULE_COUNT][SX__KEY_DUPLICATES + 1][2][2];
	size_t i;
	int r2, k2, p, o;

	memset(cnt, 0, sizeof cnt);
	for (i = 0; i < n; i++) {
		const struct cand *x = &v[i];
		bool out = by_values && x->f.containment >= 0 && x->f.containment < 0.9;
		cnt[x->f.parent_named][x->rule][x->f.key][x->poly_by_value][out]++;
	}
	for (i = 0; i < n; i++) {
		const struct cand *x = &v[i];
		bool sure = by_values && x->f.containment >= 0.99;
		size_t r = 0;
		for (r2 = 0; r2 < SX__RULE_COUNT; r2++) {
			if (W_RULE[r2] < W_RULE[x->rule])
				continue;
			for (k2 = 0; k2 <= x->f.key; k2++)
				for (p = 0; p <= 1; p++) {
					if (p && x->poly_by_value)
						continue;
					for (o = 0; o <= 1; o++)
						if (!(o && sure))
							r += cnt[x->f.parent_named][r2][k2][p][o];
				}
		}
		/* the candidate itself matched every condition unless it is
		 * polymorphic-by-value (then p = 1 was skipped) */
		if (!x->poly_by_value && r > 0)
			r--;
		v[i].f.rivals = (int)r;
	}
}

static size_t common_prefix(const char *a, const char *b)
{
	size_t n = 0;
	while (a[n] && b[n] && tolower((unsigned char)a[n]) == tolower((unsigned char)b[n]))
		n++;
	return n;
}

/* Header and item tables share a document key: an item table whose
 * primary key is (document key, line) refers to the header named like it
 * (vbap -> vbak, ekpo -> ekko, order_lines -> orders), not to another
 * document table keyed by a column of the same name. Among candidates
 * that are whole single-column primary keys of that exact name, the one
 * whose table name shares the longest beginning with the child's (two
 * letters or more, and strictly longest) keeps the column. */
static void item_header(const struct ctx *c, cvec *v)
{
	const sx_table *t = v->v[0].child;
	size_t i, n, best = 0, second = 0, bi = 0;
	sx__words cw;
	char first[SX__WORD_MAX];
	if (v->n < 2 || t->pk.ncols < 2 || v->v[0].ncols != 1 ||
	    !sx_table_col_in_pk(t, v->v[0].cols[0]))
		return;
	/* The rest of the key is a line number, not another entity's key:
	 * film_actor (actor_id, film_id) is a junction, not an item table. */
	for (i = 0; i < t->pk.ncols; i++) {
		char kn[NAME_MAX_KEY];
		sx__norm(t->pk.cols[i], kn, sizeof kn);
		if (!sx_str_eq_nocase(t->pk.cols[i], v->v[0].cols[0]) && sx_hmap_get(c->pknames, kn))
			return;
	}
	/* A table named by the child's first word is its entity
	 * (school_performance -> school, not school_details), and so is a
	 * table whose whole name begins the child's (app_user of
	 * app_user_dashboard, not app_user_language). */
	for (i = 0; i < v->n; i++)
		if (part_name(t, v->v[i].pk->t))
			return;
	sx__split(t->name, &cw);
	sx__strip_table_prefix(&cw);
	if (cw.n == 0)
		return;
	sx__singular(cw.w[0], first, sizeof first);
	for (i = 0; i < v->n; i++) {
		char ps[2][NAME_MAX_KEY];
		size_t ns = table_stems(v->v[i].pk->t, ps), q;
		for (q = 0; q < ns; q++)
			if (strcmp(ps[q], first) == 0)
				return;
	}
	for (i = 0; i < v->n; i++) {
		const struct cand *k = &v->v[i];
		size_t l;
		if (k->ncols != 1 || k->rule != SX__RULE_IDENTICAL || k->pk->kind != SX__KEY_PK ||
		    k->pk->t->pk.ncols != 1)
			continue;
		l = common_prefix(t->name, k->pk->t->name);
		if (l > best) {
			second = best;
			best = l;
			bi = i;
		} else if (l > second) {
			second = l;
		}
	}
	if (best < 2 || best == second)
		return;
	for (i = 0, n = 0; i < v->n; i++) {
		const struct cand *k = &v->v[i];
		if (i != bi && k->ncols == 1 && k->rule == SX__RULE_IDENTICAL &&
		    k->pk->kind == SX__KEY_PK && k->pk->t->pk.ncols == 1)
			continue;
		v->v[n++] = v->v[i];
	}
	v->n = n;
}

static bool plural_word(const char *w)
{
	char s1[SX__WORD_MAX], f[6][SX__WORD_MAX];
	sx__singular(w, s1, sizeof s1);
	return strcmp(s1, w) != 0 || sx__foreign_singulars(w, f, 6) > 0;
}

/* Does the schema name things head noun first? Where table names of two
 * or more words put the plural on the first word (lineas_pedido,
 * kategorii_tovarov) more often than on the last (order_lines), a
 * column's first word is its head too: direccion_envio_id is an address
 * (of the shipment), not a shipment. */
static bool head_first_names(const sx_database *db)
{
	size_t s, t, head = 0, tail = 0;
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++) {
			sx__words w;
			bool pf, pl;
			sx__split(db->schemas[s]->tables[t]->name, &w);
			sx__strip_table_prefix(&w);
			if (w.n < 2)
				continue;
			pf = plural_word(w.w[0]);
			pl = plural_word(w.w[w.n - 1]);
			head += pf && !pl;
			tail += pl && !pf;
		}
	return head >= 2 && head > tail;
}

/* In a head-first schema, a role candidate read English-fashion from
 * the column's last words yields to a candidate whose table is named by
 * its first word alone (direcciones for direccion_envio_id). */
static void head_noun(cvec *v)
{
	sx__words w;
	char w0[SX__WORD_MAX];
	size_t i, j, n;
	bool head = false;
	if (v->n < 2 || v->v[0].ncols != 1)
		return;
	sx__split(v->v[0].cols[0], &w);
	if (w.n < 3 || sx__key_word(w.w[0]))
		return;
	sx__singular(w.w[0], w0, sizeof w0);
	for (i = 0; i < v->n && !head; i++) {
		char st[2][NAME_MAX_KEY], lo[MAX_LOOSE][NAME_MAX_KEY];
		size_t ns, nl;
		if (v->v[i].rule == SX__RULE_ROLE)
			continue;
		ns = table_stems(v->v[i].pk->t, st);
		nl = table_loose_stems(v->v[i].pk->t, true, lo);
		for (j = 0; j < ns && !head; j++)
			head = strcmp(st[j], w0) == 0;
		for (j = 0; j < nl && !head; j++)
			head = strcmp(lo[j], w0) == 0;
	}
	if (!head)
		return;
	for (i = 0, n = 0; i < v->n; i++)
		if (v->v[i].rule != SX__RULE_ROLE)
			v->v[n++] = v->v[i];
	v->n = n;
}

/* Is the key of k a one-to-one reference of its table rather than a key
 * others name: a unique <word>_id beside the table's own surrogate key,
 * whose words are not the table's (ssh_tunnels.database_id beside
 * ssh_tunnels.id, pull_auto_merge.pull_id)? A column of that name in
 * another table refers to the entity the words name, as the unique
 * column itself does, not to the extension. */
static bool extension_key(const struct cand *k)
{
	const sx_table *p = k->pk->t;
	sx__words w;
	size_t i;
	if (k->rule != SX__RULE_IDENTICAL || k->ncols != 1 || k->pk->kind != SX__KEY_UNIQUE ||
	    k->pk->ncols != 1 || p->pk.ncols != 1 || sx_str_eq_nocase(p->pk.cols[0], k->pk->cols[0]))
		return false;
	if (!sx_str_eq_nocase(p->pk.cols[0], "id") && !col_names_table(p, p->pk.cols[0]))
		return false;
	sx__split(k->pk->cols[0], &w);
	if (w.n < 2 || strcmp(w.w[w.n - 1], "id") != 0 || col_names_table(p, k->pk->cols[0]))
		return false;
	for (i = 0; i + 1 < w.n; i++)
		if (own_word(p, w.w[i]))
			return false;
	return true;
}

/* Do two candidates hold the same child columns and name the same key of
 * the same table? */
static bool same_link(const struct cand *a, const struct cand *b)
{
	size_t i;
	if (a->pk->t != b->pk->t || a->ncols != b->ncols || a->pk->ncols != b->pk->ncols)
		return false;
	for (i = 0; i < a->ncols; i++)
		if (a->cols[i] != b->cols[i] || !sx_str_eq_nocase(a->pk->cols[i], b->pk->cols[i]))
			return false;
	return true;
}

/* Two rules that reach the same key (parent_order_id in orders: a self
 * word and the table's name) agree: they are one candidate, not rivals
 * that split the confidence. The stronger one (conf as scored so far)
 * stays; the order of the others is kept. */
static size_t merge_same_links(cvec *v)
{
	size_t n = v->n;
	size_t i, j, m = 0;
	for (i = 0; i < n; i++) {
		for (j = 0; j < m && !same_link(&v->v[j], &v->v[i]); j++)
			;
		if (j == m)
			v->v[m++] = v->v[i];
		else if (v->v[i].conf > v->v[j].conf)
			v->v[j] = v->v[i];
	}
	v->n = m;
	return m;
}

/* Scores and resolves the candidates of one child column (or column set). */
static int resolve(struct ctx *c, cvec *v)
{
	struct childvals cv = {0};
	size_t i, j, n = 0;
	double pre_best = 0;
	int rc = 0;

	/* A key with exactly the column's name outranks guesses from parts
	 * of the name. */
	for (i = 0; i < v->n; i++)
		if (v->v[i].rule == SX__RULE_IDENTICAL || v->v[i].rule == SX__RULE_TABLE_KEY)
			break;
	for (j = 0; j < v->n; j++)
		if (!(i < v->n && v->v[j].rule == SX__RULE_PARTIAL) && base_features(c, &v->v[j]))
			v->v[n++] = v->v[j];
	v->n = n;
	if (n == 0)
		return 0;
	/* A unique column named after another candidate's table
	 * (accounts_profile.user_id next to auth_user.id) is a one-to-one
	 * reference to that table, not a parent of its own: the primary key
	 * it names takes the referencing column. */
	for (i = 0, n = 0; i < v->n; i++) {
		const struct cand *u = &v->v[i];
		bool drop = false;
		if (u->ncols == 1 && u->pk->kind == SX__KEY_UNIQUE)
			for (j = 0; j < v->n && !drop; j++)
				drop = v->v[j].pk->kind == SX__KEY_PK && v->v[j].pk->t != u->pk->t &&
				       v->v[j].ncols == 1 && col_names_table(v->v[j].pk->t, u->pk->cols[0]);
		if (!drop && !extension_key(u))
			v->v[n++] = v->v[i];
	}
	v->n = n;
	own_app_only(v);
	owner_not_part(v);
	own_period_only(v);
	item_header(c, v);
	if (c->head_first)
		head_noun(v);
	n = v->n;
	count_rivals(v->v, n, false);
	for (i = 0; i < n; i++)
		v->v[i].conf = sx__rel_confidence(&v->v[i].f, NULL, NULL);
	if (merge_same_links(v) != n) {
		n = v->n;
		count_rivals(v->v, n, false);
		for (i = 0; i < n; i++)
			v->v[i].conf = sx__rel_confidence(&v->v[i].f, NULL, NULL);
	}
	for (i = 0; i < n; i++)
		if (v->v[i].conf > pre_best)
			pre_best = v->v[i].conf;
	/* Sampling only where it can change the outcome, and for the
	 * strongest few candidates: a column with hundreds of look-alike
	 * parents (orders_0001 ... orders_0300) must not cost a query each. */
	if (c->s && pre_best >= c->o->min_confidence * 0.5) {
		size_t sampled = 0;
		qsort(v->v, n, sizeof *v->v, cand_cmp);
		for (i = 0; i < n && sampled < MAX_SAMPLED_CANDS; i++) {
			struct cand *k = &v->v[i];
			if (k->conf < c->o->min_confidence * 0.5 && n > 1)
				continue;
			sampled++;
			if (k->pk->kind == SX__KEY_ASSUMED) {
				measure_key(c, k->pk);
				k->f.key = k->pk->kind;
			}
			/* The values of a polymorphic id spread over its targets:
			 * containment in one of them proves nothing. */
			if (!k->poly_by_value)
				measure_containment(c, k, &cv);
		}
		/* Rivals that the values rule out no longer count. */
		count_rivals(v->v, n, true);
		for (i = 0; i < n; i++)
			v->v[i].conf = sx__rel_confidence(&v->v[i].f, NULL, NULL);
	}
	sx_sampler_values_free(cv.v, cv.n);
	qsort(v->v, n, sizeof *v->v, cand_cmp);
	/* What the evidence cannot separate stays uncertain: the winner keeps
	 * the square root of its share of the candidates' confidence. A
	 * composite crossing the winner's columns (neither holds the other's)
	 * is no rival: a trigger's (sched_name, trigger_group) beside its
	 * (sched_name, job_name, job_group) names another parent; (werks,
	 * lgort) inside (matnr, werks, lgort) competes for the same columns.
	 * Nor is the winner's part keyed by the same column. */
	if (n > 1 && !v->v[0].poly_by_value) {
		double sum = 0;
		for (i = 0; i < n; i++)
			if (i == 0 || ((cols_within(&v->v[i], &v->v[0]) ||
					cols_within(&v->v[0], &v->v[i])) && !owner_part(&v->v[0], &v->v[i]) &&
				       W_RULE[v->v[i].rule] >= W_RULE[v->v[0].rule] &&
				       v->v[i].f.parent_named == v->v[0].f.parent_named))
				sum += v->v[i].conf;
		if (sum > 0)
			v->v[0].conf *= sqrt(v->v[0].conf / sum);
	}
	trace(c, v);
	if (v->v[0].conf < c->o->min_confidence)
		return 0;
	/* A polymorphic id points at every table its type column names: each
	 * target seen in the sampled type values is a relationship. */
	if (v->v[0].polymorphic && v->v[0].poly_by_value) {
		for (j = 0; j < n && !rc; j++)
			if (v->v[j].poly_by_value && v->v[j].conf >= c->o->min_confidence)
				rc = emit(c, &v->v[j], NULL, 0);
		return rc;
	}
	for (j = 1; j < n && v->v[j].conf >= c->o->min_confidence; j++)
		;
	rc = emit(c, &v->v[0], v->v + 1, j - 1);
	return rc;
}

/* ------------------------------------------------------------ junctions */

struct relkey {
	uintptr_t child;
	uint32_t idx;
};

static int by_child(const void *x, const void *y)
{
	const struct relkey *a = x, *b = y;
	if (a->child != b->child)
		return a->child < b->child ? -1 : 1;
	return a->idx < b->idx ? -1 : 1;
}

static bool junction_edge(const sx_map_rel *r)
{
	return !r->via.t && !r->polymorphic && r->confidence >= 0.5 && r->from.t != r->to.t;
}

/* One child table's references g[0..n): when they make up its primary key
 * (or nearly all its columns), it links each pair of parents many-to-many. */
static int junction_of(struct ctx *c, const uint32_t *g, size_t n)
{
	sx_dbmap *m = c->m;
	sx_table *jt = m->rels.v[g[0]]->from.t;
	size_t refcols = 0, nrefs = 0, i, j, l;
	bool junction;
	for (i = 0; i < n; i++)
		if (junction_edge(m->rels.v[g[i]])) {
			nrefs++;
			refcols += m->rels.v[g[i]]->from.ncols;
		}
	if (nrefs < 2)
		return 0;
	junction = jt->pk.ncols >= 2 ? true : jt->ncols <= refcols + 2;
	for (l = 0; jt->pk.ncols >= 2 && l < jt->pk.ncols; l++) {
		bool covered = false;
		for (i = 0; i < n && !covered; i++) {
			const sx_map_rel *b = m->rels.v[g[i]];
			size_t q;
			for (q = 0; q < b->from.ncols; q++)
				if (strcmp(b->from.cols[q], jt->pk.cols[l]) == 0)
					covered = true;
		}
		if (!covered)
			junction = false;
	}
	if (!junction)
		return 0;
	for (i = 0; i < n; i++) {
		sx_map_rel *x = m->rels.v[g[i]];
		if (!junction_edge(x))
			continue;
		for (j = i + 1; j < n; j++) {
			sx_map_rel *y = m->rels.v[g[j]], *r;
			sx__evvec ev = {0};
			if (!junction_edge(y))
				continue;
			if (!(r = new_rel(m)))
				return SX_ENOMEM;
			r->from = x->to;
			r->to = y->to;
			sx__end_set(m->arena, &r->via, jt, 0, NULL);
			r->via.ncols = x->from.ncols + y->from.ncols;
			r->via.cols = sx_arena_alloc(m->arena, r->via.ncols * sizeof(char *));
			if (!r->via.cols)
				return SX_ENOMEM;
			memcpy(r->via.cols, x->from.cols, x->from.ncols * sizeof(char *));
			memcpy(r->via.cols + x->from.ncols, y->from.cols, y->from.ncols * sizeof(char *));
			r->kind = x->kind == SX_RELK_DECLARED && y->kind == SX_RELK_DECLARED
					  ? SX_RELK_DECLARED
					  : SX_RELK_INFERRED;
			r->card = SX_CARD_MANY_TO_MANY;
			r->confidence = x->confidence * y->confidence;
			sx__ev_add(&ev, m->arena, "junction", r->confidence, "%s links %s (%s) and %s (%s)",
				   jt->name, x->to.table, x->id, y->to.table, y->id);
			r->evidence = sx__ev_commit(&ev, m->arena, &r->nevidence);
			sx__rel_set_id(m, r);
			if (sx__dbmap_add_rel(m, r))
				return SX_ENOMEM;
		}
	}
	return 0;
}

/* Groups the new relationships by child table (sorted, so this stays
 * n log n on 10k tables) and looks at each table once. */
static int junctions(struct ctx *c, size_t first)
{
	sx_dbmap *m = c->m;
	size_t total = m->rels.n, n = total - first, i, start;
	struct relkey *keys;
	uint32_t *idx;
	int rc = 0;
	if (n < 2)
		return 0;
	keys = sx_malloc(n * sizeof *keys);
	idx = sx_malloc(n * sizeof *idx);
	if (!keys || !idx) {
		free(keys);
		free(idx);
		return SX_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		keys[i].child = (uintptr_t)m->rels.v[first + i]->from.t;
		keys[i].idx = (uint32_t)(first + i);
	}
	qsort(keys, n, sizeof *keys, by_child);
	for (i = 0; i < n; i++)
		idx[i] = keys[i].idx;
	for (start = 0; start < n && !rc; start = i) {
		for (i = start + 1; i < n && keys[i].child == keys[start].child; i++)
			;
		if (keys[start].child)
			rc = junction_of(c, idx + start, i - start);
	}
	free(keys);
	free(idx);
	return rc;
}

/* ------------------------------------------------------------ table lists */

/* Appends tb to the list under key in map (created on first use). */
static int tlist_add(struct ctx *c, sx_hmap *map, const char *key, sx_table *tb)
{
	tvec *v = sx_hmap_get(map, key);
	if (!v) {
		const char *k = sx_arena_strdup(c->tmp, key);
		v = sx_calloc(1, sizeof *v);
		if (!k || !v || SX_VEC_PUSH(&c->tvecs, v)) {
			free(v);
			return SX_ENOMEM;
		}
		if (sx_hmap_put(map, k, v))
			return SX_ENOMEM;
	}
	return SX_VEC_PUSH(v, tb);
}

/* Lists of the tables by the singular last word of their name and by
 * their single key column, in catalog order, so that rules looking for
 * the tables of a name or a key do not scan every table per column. */
static int index_tables(struct ctx *c)
{
	size_t s, i, k, l;
	for (s = 0; s < c->db->nschemas; s++)
		for (i = 0; i < c->db->schemas[s]->ntables; i++) {
			sx_table *tb = c->db->schemas[s]->tables[i];
			sx__words tw;
			char key[NAME_MAX_KEY];
			int rc;
			if ((rc = SX_VEC_PUSH(&c->all, tb)))
				return rc;
			sx__split(tb->name, &tw);
			if (tw.n) {
				sx__singular(tw.w[tw.n - 1], key, sizeof key);
				if ((rc = tlist_add(c, c->lastwords, key, tb)))
					return rc;
			}
			if (tb->pk.ncols == 1) {
				for (k = 0; tb->pk.cols[0][k] && k + 1 < sizeof key; k++)
					key[k] = (char)tolower((unsigned char)tb->pk.cols[0][k]);
				key[k] = 0;
				if ((rc = tlist_add(c, c->pkcols, key, tb)))
					return rc;
				sx__norm(tb->pk.cols[0], key, sizeof key);
				for (k = 0, l = strlen(key); k <= 2 && k <= l; k++)
					if ((rc = tlist_add(c, c->pktails, key + k, tb)))
						return rc;
			}
		}
	/* the glued tables by each ending a column's word can match
	 * (glued_tail), so that a lookup does not scan them all */
	for (i = 0; i < c->glued.n; i++) {
		char hn[NAME_MAX_KEY];
		int rc;
		if (!glued_name(c->glued.v[i], hn, sizeof hn))
			continue;
		for (k = 2; k + 4 <= strlen(hn); k++)
			if ((k > 2 || strlen(hn) >= 8) &&
			    (rc = tlist_add(c, c->gluedtails, hn + k, c->glued.v[i])))
				return rc;
	}
	return 0;
}

/* ------------------------------------------------------------ driver */

int sx__relate(sx_dbmap *m, sx_database *db, sx_sampler *s, const sx_map_opts *o, sx_error *err)
{
	struct ctx c = {0};
	size_t sc, t, i, first = m->rels.n, done = 0, total = sx_database_table_count(db);
	cvec v = {0};
	int rc = 0;

	c.m = m;
	c.db = db;
	c.s = s;
	c.o = o;
	c.tmp = sx_arena_new();
	c.index = sx_hmap_new(total * 8 + 64);
	c.declared = sx_hmap_new(64);
	c.comp_index = sx_hmap_new(64);
	c.colfreq = sx_hmap_new(total * 4 + 64);
	c.rolefreq = sx_hmap_new(total + 64);
	c.stemset = sx_hmap_new(total * 2 + 64);
	c.vocab = sx_hmap_new(total * 4 + 64);
	c.loosestems = sx_hmap_new(total * 2 + 64);
	c.pknames = sx_hmap_new(total + 64);
	c.uqnames = sx_hmap_new(total + 64);
	c.tabwords = sx_hmap_new(total + 64);
	c.headwords = sx_hmap_new(total + 64);
	c.lastwords = sx_hmap_new(total + 64);
	c.gluedtails = sx_hmap_new(total * 4 + 64);
	c.pkcols = sx_hmap_new(total + 64);
	c.pktails = sx_hmap_new(total * 3 + 64);
	if (!c.lastwords || !c.gluedtails || !c.pkcols || !c.pktails || !c.tmp || !c.index || !c.declared || !c.comp_index || !c.colfreq || !c.stemset ||
	    !c.vocab || !c.pknames || !c.uqnames || !c.rolefreq || !c.loosestems || !c.tabwords ||
	    !c.headwords) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	/* The stems of this run's tables depend on its application
	 * prefixes: a new cache generation, and the prefixes for this thread. */
	stem_gen++;
	if ((rc = find_app_prefixes(db, c.tmp, &c.app_prefixes))) {
		rc = sx_error_set(err, rc, "out of memory relating '%s'", db->name);
		goto done;
	}
	app_prefixes = c.app_prefixes;
	c.head_first = head_first_names(db);
	if ((rc = add_declared(&c)) || (rc = count_columns(&c)) || (rc = collect_keys(&c)) ||
	    (rc = party_person_table(&c)) || (rc = index_tables(&c)) ||
	    (rc = find_principals(&c)) || (rc = find_hub(&c))) {
		rc = sx_error_set(err, rc, "out of memory relating '%s'", db->name);
		goto done;
	}
	c.indexed = true;
	mark_composites(&c);
	if ((rc = index_composites(&c)))
		goto oom;
	for (sc = 0; sc < db->nschemas; sc++)
		for (t = 0; t < db->schemas[sc]->ntables; t++) {
			sx_table *tb = db->schemas[sc]->tables[t];
			bool covered[1024] = {0};
			if (tb->kind == SX_REL_VIEW || tb->kind == SX_REL_MATVIEW)
				continue;
			/* Composite references first: their columns are then not
			 * related one by one. */
			v.n = 0;
			composite_candidates(&c, tb, &v);
			/* Drop composites over declared columns, then resolve the
			 * rest in groups of overlapping column sets: candidates
			 * for the same columns compete. */
			{
				size_t q, kept = 0;
				for (i = 0; i < v.n; i++) {
					bool decl = false;
					for (q = 0; q < v.v[i].ncols; q++)
						if (declared_col(&c, tb, v.v[i].cols[q]))
							decl = true;
					if (!decl)
						v.v[kept++] = v.v[i];
				}
				v.n = kept;
			}
			while (v.n) {
				cvec grp = {0};
				size_t q, kept = 0;
				SX_VEC_PUSH(&grp, v.v[0]);
				for (i = 1; i < v.n; i++) {
					if (cand_overlap(&v.v[0], &v.v[i]))
						SX_VEC_PUSH(&grp, v.v[i]);
					else
						v.v[kept++] = v.v[i];
				}
				v.n = kept;
				if ((rc = resolve(&c, &grp))) {
					SX_VEC_FREE(&grp);
					goto oom;
				}
				/* Only a convincing composite takes its columns out of
				 * the single-column search. */
				if (grp.n && grp.v[0].conf >= 0.6 &&
				    (!c.s || grp.v[0].f.containment >= 0.9))
					for (q = 0; q < grp.v[0].ncols; q++) {
						const sx_column *cc =
							sx_table_find_column(tb, grp.v[0].cols[q]);
						if (cc && cc->position - 1 < 1024)
							covered[cc->position - 1] = true;
					}
				SX_VEC_FREE(&grp);
			}
			for (i = 0; i < tb->ncols; i++) {
				const sx_column *col = &tb->cols[i];
				const char *typecol;
				if ((i < 1024 && covered[i]) || keyless_family(col->family) ||
				    declared_col(&c, tb, col->name) || ubiquitous(&c, col->name))
					continue;
				v.n = 0;
				column_candidates(&c, tb, col, &v);
				typecol = poly_type_col(tb, col->name);
				if (typecol && (rc = polymorphic(&c, tb, col, typecol, &v)))
					goto oom;
				if (v.n == 0)
					continue;
				if ((rc = resolve(&c, &v)))
					goto oom;
			}
			if (sx_progress_cancelled(o->progress)) {
				rc = sx_error_set(err, SX_ECANCELLED, "relating '%s' cancelled",
						  db->name);
				goto done;
			}
			if ((++done & 63) == 0 || done == total)
				sx_progress_report(o->progress, "relating tables", (int64_t)done,
						   (int64_t)total);
		}
	if ((rc = junctions(&c, first)))
		goto oom;
	if (c.sample_queries)
		sx_debug("map: %s: %lld sampling queries", db->name, (long long)c.sample_queries);
	goto done;
oom:
	rc = sx_error_set(err, SX_ENOMEM, "out of memory relating '%s'", db->name);
done:
	SX_VEC_FREE(&v);
	for (i = 0; i < c.ivecs.n; i++) {
		SX_VEC_FREE(c.ivecs.v[i]);
		free(c.ivecs.v[i]);
	}
	SX_VEC_FREE(&c.ivecs);
	SX_VEC_FREE(&c.composites);
	SX_VEC_FREE(&c.users);
	SX_VEC_FREE(&c.principals);
	SX_VEC_FREE(&c.glued);
	for (i = 0; i < c.tvecs.n; i++) {
		SX_VEC_FREE(c.tvecs.v[i]);
		free(c.tvecs.v[i]);
	}
	SX_VEC_FREE(&c.tvecs);
	SX_VEC_FREE(&c.all);
	sx_hmap_free(c.lastwords);
	sx_hmap_free(c.gluedtails);
	sx_hmap_free(c.pkcols);
	sx_hmap_free(c.pktails);
	sx_hmap_free(c.index);
	sx_hmap_free(c.declared);
	sx_hmap_free(c.comp_index);
	sx_hmap_free(c.colfreq);
	sx_hmap_free(c.vocab);
	sx_hmap_free(c.rolefreq);
	sx_hmap_free(c.stemset);
	sx_hmap_free(c.loosestems);
	sx_hmap_free(c.pknames);
	sx_hmap_free(c.uqnames);
	sx_hmap_free(c.tabwords);
	sx_hmap_free(c.headwords);
	app_prefixes = NULL;
	stem_gen++;
	sx_hmap_free(c.app_prefixes);
	sx_arena_free(c.tmp);
	return rc;
}
