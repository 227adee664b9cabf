/*
 * eval_search.c - quality bench for semantic table search.
 *
 *   eval_search DIR [--workspace W] [--questions FILE] [--set SECTION.KEY=VALUE]...
 *               [--limit N] [--misses N [--misses-at1] [--miss-folds 0,1,2]] [--bm25-diff]
 *   eval_search --db FILE.sqlite --questions FILE [...]   one database, e.g. the
 *               demo warehouse with tests/data/demo_questions.jsonl
 *
 * DIR is data in Spider's layout: tables.json, database/<db>/<db>.sqlite,
 * questions.jsonl ({db_id, question, tables}; a gold table that another
 * database holds is written "db:table"). Every database is analysed
 * into ONE workspace (pooled, as an engineer meets many databases at once):
 * through the SQLite introspector when the .sqlite file exists, else from
 * tables.json. Every question is searched over the whole pool, and we
 * print recall@1/5/10 (share of a question's gold tables in the top k,
 * averaged), all-gold@5 (every gold table in the top 5) and MRR (rank of
 * the first gold table), for sextant's search and for a plain BM25
 * baseline over table and column names computed in the same run.
 *
 * With --workspace W an existing workspace is reused (analysis skipped
 * when it already holds the databases), which makes tuning runs fast.
 *
 * Folds (--folds K, default 5): every database falls into one of K folds
 * by a hash of its name (deterministic, independent of order), and the
 * figures are printed per fold. --tune SECTION.KEY=V1,V2,... (repeatable:
 * the grid is the product) runs every question under every setting and
 * cross-validates: for each fold, the setting that scores best (mean of
 * recall@1, recall@5 and MRR) on the OTHER folds is chosen and the fold is
 * reported with it, so a tuned figure never saw its own questions. --db
 * may be repeated to pool several single-file databases (a real-world
 * fold: SQLite files or DDL dumps), questions naming them by file stem.
 * For questions with two or more gold tables all-gold@5 and @10 are
 * printed separately (multi-table questions).
 *
 * Under --tune every setting's figures over the whole set are printed
 * ("setting ..."), and with K > 1 folds per fold too ("setting-fold F ...");
 * tests/bench/loso_search.py chooses settings across sets from them.
 *
 * --misses N prints up to N questions that miss a gold table in the top 5
 * (with --misses-at1: whose first hit is not gold), only from the folds
 * --miss-folds lists, so that errors are read on tuning folds alone.
 * --bm25-diff prints the questions whose first hit is gold for one of
 * sextant and the plain BM25 baseline and not for the other ("BM25-ONLY",
 * "SX-ONLY"), with the baseline's top 3: where each wins the first hit.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sextant/catalog.h>
#include <sextant/search.h>
#include <sextant/map.h>
#include <sextant/workspace.h>
#include <sextant/store.h>

typedef struct metrics {
	double r1, r5, r10, all5, all10, mrr;
	size_t n;
} metrics;

/* One question's figures under one setting, for the fold tables. */
typedef struct qscore {
	float r1, r5, r10, all5, all10, mrr;
} qscore;

typedef struct gold {
	const char *db;
	size_t n;
	char **tables;
} gold;

static void die(const char *what, const sx_error *e)
{
	fprintf(stderr, "eval_search: %s%s%s\n", what, e ? ": " : "", e ? e->msg : "");
	exit(1);
}

/* A gold entry is a table of the question's database ("film") or, when
 * another database holds the same thing, "db:table" ("pagila:film"). */
static bool is_gold(const gold *g, const char *db, const char *table)
{
	size_t i;
	for (i = 0; i < g->n; i++) {
		const char *t = g->tables[i], *colon = strchr(t, ':');
		if (colon ? strlen(db) == (size_t)(colon - t) && strncmp(db, t, (size_t)(colon - t)) == 0 &&
				    sx_str_eq_nocase(colon + 1, table)
			  : strcmp(db, g->db) == 0 && sx_str_eq_nocase(t, table))
			return true;
	}
	return false;
}

/* Scores one ranking (db/table pairs, best first) against the gold set. */
static qscore score(metrics *m, const gold *g, size_t n, const char *const *dbs,
		    const char *const *tabs)
{
	qscore q;
	size_t i, hit1 = 0, hit5 = 0, hit10 = 0;
	double rr = 0;
	for (i = 0; i < n && i < 10; i++) {
		if (!is_gold(g, dbs[i], tabs[i]))
			continue;
		if (rr == 0)
			rr = 1.0 / (double)(i + 1);
		if (i < 1)
			hit1++;
		if (i < 5)
			hit5++;
		hit10++;
	}
	q.r1 = (float)hit1 / (float)g->n;
	q.r5 = (float)hit5 / (float)g->n;
	q.r10 = (float)hit10 / (float)g->n;
	q.all5 = hit5 == g->n;
	q.all10 = hit10 == g->n;
	q.mrr = (float)rr;
	if (m) {
		m->r1 += q.r1;
		m->r5 += q.r5;
		m->r10 += q.r10;
		m->all5 += q.all5;
		m->all10 += q.all10;
		m->mrr += q.mrr;
		m->n++;
	}
	return q;
}

static void add_q(metrics *m, const qscore *q)
{
	m->r1 += q->r1;
	m->r5 += q->r5;
	m->r10 += q->r10;
	m->all5 += q->all5;
	m->all10 += q->all10;
	m->mrr += q->mrr;
	m->n++;
}

/* Fold of a database: a hash of its name, so that a database keeps its
 * fold whatever else is in the pool. */
static unsigned fold_of(const char *db, unsigned k)
{
	return k ? (unsigned)(sx_hash64(db, strlen(db)) % k) : 0;
}

static void print_metrics(const char *name, const metrics *m)
{
	double n = m->n ? (double)m->n : 1;
	printf("%-10s recall@1 %.3f  recall@5 %.3f  recall@10 %.3f  all-gold@5 %.3f  MRR %.3f"
	       "  (%zu questions)\n",
	       name, m->r1 / n, m->r5 / n, m->r10 / n, m->all5 / n, m->mrr / n, m->n);
}

/* ---------------------------------------------------------------- baseline */

/* Plain BM25: lowercase, split on anything not a letter or digit, no
 * stemming, no stopwords, no lexicon; a document is the table name and its
 * column names. */
typedef struct bdoc {
	const sx_table *t;
	size_t n;
	char **tok;
} bdoc;

static size_t tokenize(const char *s, char ***out)
{
	size_t n = 0, cap = 0;
	char **v = NULL;
	while (s && *s) {
		size_t l = 0;
		while (*s && !isalnum((unsigned char)*s))
			s++;
		while (isalnum((unsigned char)s[l]))
			l++;
		if (l) {
			size_t i;
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				v = realloc(v, cap * sizeof *v);
			}
			v[n] = malloc(l + 1);
			for (i = 0; i < l; i++)
				v[n][i] = (char)tolower((unsigned char)s[i]);
			v[n][l] = '\0';
			n++;
		}
		s += l;
	}
	*out = v;
	return n;
}

static void tok_free(char **v, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

typedef struct baseline {
	size_t n;
	bdoc *docs;
	sx_hmap *df;    /* token -> count (as uintptr) */
	double avg;
} baseline;

static void add_table(sx_table *t, void *payload)
{
	baseline *b = payload;
	bdoc *d = &b->docs[b->n++];
	char **tmp;
	size_t k, i, j;
	d->t = t;
	d->n = tokenize(t->name, &d->tok);
	for (i = 0; i < t->ncols; i++) {
		k = tokenize(t->cols[i].name, &tmp);
		d->tok = realloc(d->tok, (d->n + k + 1) * sizeof *d->tok);
		for (j = 0; j < k; j++)
			d->tok[d->n++] = tmp[j];
		free(tmp);
	}
	b->avg += (double)d->n;
	/* document frequency: count each distinct token once */
	for (i = 0; i < d->n; i++) {
		for (j = 0; j < i && strcmp(d->tok[j], d->tok[i]) != 0; j++)
			;
		if (j == i)
			sx_hmap_put(b->df, d->tok[i],
				   (void *)((uintptr_t)sx_hmap_get(b->df, d->tok[i]) + 1));
	}
}

typedef struct bhit {
	double s;
	size_t i;
} bhit;

static int cmp_bhit(const void *a, const void *b)
{
	const bhit *x = a, *y = b;
	return x->s > y->s ? -1 : x->s < y->s ? 1 : (x->i > y->i) - (x->i < y->i);
}

static void baseline_query(const baseline *b, const char *q, bhit *out)
{
	char **qt;
	size_t nq = tokenize(q, &qt), i, j, k;
	for (i = 0; i < b->n; i++) {
		const bdoc *d = &b->docs[i];
		double s = 0;
		for (j = 0; j < nq; j++) {
			double tf = 0, df = (double)(uintptr_t)sx_hmap_get(b->df, qt[j]), idf;
			for (k = 0; k < j && strcmp(qt[k], qt[j]) != 0; k++)
				;
			if (k < j || df == 0)
				continue;
			for (k = 0; k < d->n; k++)
				tf += strcmp(d->tok[k], qt[j]) == 0;
			if (tf == 0)
				continue;
			idf = log(1 + ((double)b->n - df + 0.5) / (df + 0.5));
			s += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * (double)d->n / b->avg));
		}
		out[i] = (bhit){s, i};
	}
	qsort(out, b->n, sizeof *out, cmp_bhit);
	tok_free(qt, nq);
}

/* ---------------------------------------------------------------- loading */

static char *slurp(const char *path)
{
	char *text = NULL;
	size_t len;
	sx_error e;
	if (sx_file_read(path, &text, &len, &e))
		die("cannot read input", &e);
	return text;
}

/* A database from tables.json, for those shipped without a .sqlite file. */
static sx_database *from_tables_json(sx_catalog *cat, const cJSON *d)
{
	const cJSON *tn = cJSON_GetObjectItem(d, "table_names_original");
	const cJSON *cn = cJSON_GetObjectItem(d, "column_names_original");
	const cJSON *ct = cJSON_GetObjectItem(d, "column_types");
	const cJSON *fks = cJSON_GetObjectItem(d, "foreign_keys"), *fk;
	sx_database *db = sx_catalog_add_database(cat, sx_json_str(d, "db_id", "?"), SX_DB_DDL);
	sx_schema *s = sx_catalog_add_schema(cat, db, "main");
	int nt = cJSON_GetArraySize(tn), i, nc = cJSON_GetArraySize(cn);
	sx_table **tabs = calloc((size_t)nt + 1, sizeof *tabs);
	char now[32];
	for (i = 0; i < nt; i++)
		tabs[i] = sx_catalog_add_table(cat, s, cJSON_GetArrayItem(tn, i)->valuestring,
					       SX_REL_TABLE);
	for (i = 0; i < nc; i++) {
		const cJSON *c = cJSON_GetArrayItem(cn, i);
		int ti = cJSON_GetArrayItem(c, 0)->valueint;
		if (ti >= 0 && ti < nt)
			sx_catalog_add_column(cat, tabs[ti], cJSON_GetArrayItem(c, 1)->valuestring,
					      cJSON_GetArrayItem(ct, i)->valuestring);
	}
	cJSON_ArrayForEach(fk, fks)
	{
		int a = cJSON_GetArrayItem(fk, 0)->valueint, b = cJSON_GetArrayItem(fk, 1)->valueint;
		const cJSON *ca = cJSON_GetArrayItem(cn, a), *cb = cJSON_GetArrayItem(cn, b);
		int ta = cJSON_GetArrayItem(ca, 0)->valueint, tb = cJSON_GetArrayItem(cb, 0)->valueint;
		const char *col = cJSON_GetArrayItem(ca, 1)->valuestring;
		const char *ref = cJSON_GetArrayItem(cb, 1)->valuestring;
		if (ta >= 0 && ta < nt && tb >= 0 && tb < nt)
			sx_catalog_add_fk(cat, tabs[ta], NULL, 1, &col, NULL, tabs[tb]->name, &ref);
	}
	sx_now_iso(now, sizeof now);
	db->analysed_at = sx_catalog_str(cat, now);
	free(tabs);
	return db;
}

static void analyse_all(const char *dir, sx_store *st, const cJSON *tables)
{
	const cJSON *d;
	size_t n = 0;
	uint64_t t0 = sx_now_ns();
	cJSON *have = NULL;
	sx_map_opts mo;
	sx_error e;
	if (sx_store_list_sources(st, &have, &e))
		die("cannot list workspace", &e);
	if (cJSON_GetArraySize(have) >= cJSON_GetArraySize(tables)) {
		printf("workspace already holds %d databases: analysis skipped\n",
		       cJSON_GetArraySize(have));
		cJSON_Delete(have);
		return;
	}
	cJSON_Delete(have);
	if (sx_map_migrate(st, &e))
		die("map tables", &e);
	sx_map_opts_init(&mo, NULL);
	cJSON_ArrayForEach(d, tables)
	{
		const char *id = sx_json_str(d, "db_id", "?");
		char path[4096];
		struct stat sb;
		sx_catalog *cat;
		sx_database *db;
		sx_sampler *sampler = NULL;
		sx_dbmap *map;
		sx_source_opts so = {0};
		if (sx_catalog_new(&cat, &e))
			die("catalog", &e);
		if (sx_json_str(d, "_path", NULL))
			snprintf(path, sizeof path, "%s", sx_json_str(d, "_path", ""));
		else
			snprintf(path, sizeof path, "%s/database/%s/%s.sqlite", dir, id, id);
		if (stat(path, &sb) == 0 && sb.st_size > 0) {
			if (sx_source_introspect(cat, path, &so, &db, &e))
				die(path, &e);
			if (sx_sampler_open(&sampler, path, &so, &e))
				sampler = NULL;
		} else {
			db = from_tables_json(cat, d);
		}
		if (sx_dbmap_new(&map, cat, &e) || sx_map_build(map, db, sampler, &mo, &e))
			die("map", &e);
		if (sx_store_begin(st, &e) || sx_store_save_database(st, db, &e) ||
		    sx_map_save(st, map, db, &e) || sx_store_commit(st, &e))
			die("save", &e);
		sx_sampler_close(sampler);
		sx_dbmap_free(map);
		sx_catalog_free(cat);
		n++;
	}
	printf("analysed and mapped %zu databases in %.1f s\n", n,
	       (double)(sx_now_ns() - t0) / 1e9);
}

/* ---------------------------------------------------------------- runs */

#define MAX_DBFILES 32
#define MAX_TUNE 4
#define MAX_VALS 16

typedef struct tune_key {
	char sec[64], key[64];
	char *vals[MAX_VALS];
	size_t n;
} tune_key;

typedef struct question {
	cJSON *json;
	const char *text;
	gold g;
	int lang;        /* 0 en, 1 ru, -1 unknown */
	unsigned fold;
	const char *column; /* the gold column, for column search; NULL: none */
	const char *kind;   /* the set's own label ("synonym", "multi", ...); NULL: none */
} question;

/* The column baseline: plain BM25 (as for tables) over documents of one
 * column each, its table's name and its own name. Returns the 0-based rank
 * of the gold column within the first 10, or -1. */
typedef struct cdoc {
	const sx_table *t;
	const sx_column *c;
	size_t n;
	char **tok;
} cdoc;

typedef struct cbase {
	size_t n, cap;
	cdoc *docs;
	sx_hmap *df;
	double avg;
} cbase;

static void add_cols(sx_table *t, void *payload)
{
	cbase *b = payload;
	size_t i, j, k;
	for (i = 0; i < t->ncols; i++) {
		cdoc *d;
		char **tmp;
		if (b->n == b->cap) {
			b->cap = b->cap ? b->cap * 2 : 1024;
			b->docs = realloc(b->docs, b->cap * sizeof *b->docs);
		}
		d = &b->docs[b->n++];
		d->t = t;
		d->c = &t->cols[i];
		d->n = tokenize(t->name, &d->tok);
		k = tokenize(t->cols[i].name, &tmp);
		d->tok = realloc(d->tok, (d->n + k + 1) * sizeof *d->tok);
		for (j = 0; j < k; j++)
			d->tok[d->n++] = tmp[j];
		free(tmp);
		b->avg += (double)d->n;
		for (j = 0; j < d->n; j++) {
			for (k = 0; k < j && strcmp(d->tok[k], d->tok[j]) != 0; k++)
				;
			if (k == j)
				sx_hmap_put(b->df, d->tok[j],
					   (void *)((uintptr_t)sx_hmap_get(b->df, d->tok[j]) + 1));
		}
	}
}

static long cbase_rank(const cbase *b, const question *q)
{
	char **qt;
	size_t nq = tokenize(q->text, &qt), i, j, k;
	bhit *h = malloc((b->n + 1) * sizeof *h);
	long rank = -1;
	for (i = 0; i < b->n; i++) {
		const cdoc *d = &b->docs[i];
		double sc = 0;
		for (j = 0; j < nq; j++) {
			double tf = 0, df = (double)(uintptr_t)sx_hmap_get(b->df, qt[j]), idf;
			for (k = 0; k < j && strcmp(qt[k], qt[j]) != 0; k++)
				;
			if (k < j || df == 0)
				continue;
			for (k = 0; k < d->n; k++)
				tf += strcmp(d->tok[k], qt[j]) == 0;
			if (tf == 0)
				continue;
			idf = log(1 + ((double)b->n - df + 0.5) / (df + 0.5));
			sc += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * (double)d->n / b->avg));
		}
		h[i] = (bhit){sc, i};
	}
	qsort(h, b->n, sizeof *h, cmp_bhit);
	for (i = 0; i < 10 && i < b->n && h[i].s > 0; i++) {
		const cdoc *d = &b->docs[h[i].i];
		if (strcmp(d->t->schema->db->name, q->g.db) == 0 &&
		    sx_str_eq_nocase(d->t->name, q->g.tables[0]) &&
		    sx_str_eq_nocase(d->c->name, q->column)) {
			rank = (long)i;
			break;
		}
	}
	free(h);
	tok_free(qt, nq);
	return rank;
}

/* Column search (sx_search_columns) on the questions that name a gold
 * column: recall@1, recall@5 and MRR of that column, and the same for the
 * column baseline. */
/* Figures per "kind" label of the question set (a set may label its
 * questions: synonym, meaning, multi), sextant beside plain BM25, in the
 * order the labels first appear. */
static void print_kinds(const question *qs, size_t nq, const qscore *sc, const qscore *base)
{
	size_t i, j;
	for (i = 0; i < nq; i++) {
		metrics m = {0}, mb = {0};
		char name[64];
		bool seen = false;
		if (!qs[i].kind)
			continue;
		for (j = 0; j < i && !seen; j++)
			seen = qs[j].kind && strcmp(qs[j].kind, qs[i].kind) == 0;
		if (seen)
			continue;
		for (j = i; j < nq; j++)
			if (qs[j].kind && strcmp(qs[j].kind, qs[i].kind) == 0) {
				add_q(&m, &sc[j]);
				add_q(&mb, &base[j]);
			}
		snprintf(name, sizeof name, "  %s", qs[i].kind);
		print_metrics(name, &m);
		snprintf(name, sizeof name, "  bm25 %s", qs[i].kind);
		print_metrics(name, &mb);
	}
}

static void run_columns(sx_search *s, sx_catalog *cat, const question *qs, size_t nq)
{
	cbase b = {0};
	double br1 = 0, br5 = 0, bmrr = 0;
	size_t d;
	double r1 = 0, r5 = 0, mrr = 0;
	size_t i, k, n = 0;
	sx_error e;
	for (i = 0; i < nq; i++) {
		sx_search_opts o = SX_SEARCH_OPTS_INIT;
		sx_search_col_result *r;
		long br;
		if (!qs[i].column)
			continue;
		if (!b.df) {
			b.df = sx_hmap_new(4096);
			sx_catalog_each_table(cat, add_cols, &b);
			b.avg /= b.n ? (double)b.n : 1;
		}
		if ((br = cbase_rank(&b, &qs[i])) >= 0) {
			br1 += br < 1;
			br5 += br < 5;
			bmrr += 1.0 / (double)(br + 1);
		}
		n++;
		o.k = 10;
		if (sx_search_columns(s, qs[i].text, &o, &r, &e))
			continue;
		if (getenv("SX_EVAL_COLMISS") && r->n &&
		    !sx_str_eq_nocase(r->hits[0].column->name, qs[i].column)) {
			printf("COLMISS [%s.%s] %.120s\n   got:", qs[i].g.tables[0], qs[i].column,
			       qs[i].text);
			for (k = 0; k < r->n && k < 3; k++)
				printf(" %s.%s(%.2f %.2f)", r->hits[k].table->name,
				       r->hits[k].column->name, r->hits[k].column_share,
				       r->hits[k].table_score);
			printf("\n");
		}
		for (k = 0; k < r->n; k++)
			if (strcmp(r->hits[k].table->schema->db->name, qs[i].g.db) == 0 &&
			    sx_str_eq_nocase(r->hits[k].table->name, qs[i].g.tables[0]) &&
			    sx_str_eq_nocase(r->hits[k].column->name, qs[i].column)) {
				r1 += k < 1;
				r5 += k < 5;
				mrr += 1.0 / (double)(k + 1);
				break;
			}
		sx_search_col_result_free(r);
	}
	if (n) {
		printf("column search: recall@1 %.3f  recall@5 %.3f  MRR %.3f  (%zu questions "
		       "with a gold column, %zu columns)\n",
		       r1 / (double)n, r5 / (double)n, mrr / (double)n, n, b.n);
		printf("column bm25:   recall@1 %.3f  recall@5 %.3f  MRR %.3f\n", br1 / (double)n,
		       br5 / (double)n, bmrr / (double)n);
	}
	for (d = 0; d < b.n; d++)
		tok_free(b.docs[d].tok, b.docs[d].n);
	free(b.docs);
	sx_hmap_free(b.df);
}

/* Runs every question through one search; fills sc[i] and prints misses. */
/* Which misses are printed: all-gold@5 misses, or (at1) questions whose
 * first hit is not gold; only for the folds in the mask, so that error
 * reading can stay on the tuning folds. */
typedef struct missopt {
	long n;
	bool at1;
	unsigned folds; /* bit per fold; 0: every fold */
} missopt;

static double run_questions(sx_search *s, question *qs, size_t nq, qscore *sc, bool oracle,
                            missopt *misses)
{
	double qtime = 0;
	size_t i, k;
	sx_error e;
	for (i = 0; i < nq; i++) {
		const question *q = &qs[i];
		sx_search_opts o = SX_SEARCH_OPTS_INIT;
		sx_search_result *r;
		const char *dbs[10], *tabs[10];
		o.k = 10;
		o.partitions = !getenv("SX_EVAL_NOPARTITIONS"); /* set: the tables alone */
		if (oracle)
			o.database = q->g.db;
		if (sx_search_query(s, q->text, &o, &r, &e)) {
			/* A question the search refuses (only stopwords...) scores 0. */
			sc[i] = score(NULL, &q->g, 0, dbs, tabs);
			continue;
		}
		for (k = 0; k < r->n; k++) {
			dbs[k] = r->hits[k].table->schema->db->name;
			/* a partition hit counts by the partition's name */
			tabs[k] = r->hits[k].partition ? r->hits[k].partition : r->hits[k].table->name;
		}
		qtime += r->query_ms;
		sc[i] = score(NULL, &q->g, r->n, dbs, tabs);
		if (misses->n > 0 && (misses->at1 ? sc[i].mrr < 1 : sc[i].all5 < 1) &&
		    (!misses->folds || (misses->folds >> q->fold & 1))) {
			size_t gi;
			misses->n--;
			printf("MISS [%s:", q->g.db);
			for (gi = 0; gi < q->g.n; gi++)
				printf(" %s", q->g.tables[gi]);
			printf("] %s\n   got:", q->text);
			for (k = 0; k < r->n && k < 5; k++)
				printf(" %s.%s(%.2f)", dbs[k], tabs[k], r->hits[k].score);
			printf("\n");
		}
		sx_search_result_free(r);
	}
	return nq ? qtime / (double)nq : 0;
}

/* The objective a setting is chosen by. */
static double objective(const metrics *m)
{
	return m->n ? (m->r1 + m->r5 + m->mrr) / (double)m->n : 0;
}

static void describe(const tune_key *tk, size_t ntk, size_t c, char *out, size_t n)
{
	size_t t, len = 0;
	out[0] = '\0';
	for (t = 0; t < ntk; t++) {
		size_t v = c % tk[t].n;
		c /= tk[t].n;
		len += (size_t)snprintf(out + len, len < n ? n - len : 0, "%s%s=%s", t ? "," : "",
					tk[t].key, tk[t].vals[v]);
		if (len >= n)
			break;
	}
}

static void apply(sx_config *cfg, const tune_key *tk, size_t ntk, size_t c)
{
	size_t t;
	for (t = 0; t < ntk; t++) {
		sx_config_set(cfg, tk[t].sec, tk[t].key, tk[t].vals[c % tk[t].n]);
		c /= tk[t].n;
	}
}

static void fold_line(const char *name, const metrics *m)
{
	double n = m->n ? (double)m->n : 1;
	printf("  %-9s R@1 %.3f  R@5 %.3f  MRR %.3f", name, m->r1 / n, m->r5 / n, m->mrr / n);
}

int main(int argc, char **argv)
{
	const char *dir = NULL, *ws = NULL, *qpath = NULL, *dbfiles[MAX_DBFILES];
	size_t ndbfiles = 0, ntk = 0, nconf = 1, nq = 0, cq = 0, c, i, f;
	char tmpws[] = "/tmp/sx-eval-XXXXXX", path[4096];
	char *tables_text = NULL, *q_text, *line, *next;
	cJSON *tables;
	sx_config *cfg;
	sx_store *st;
	sx_catalog *cat = NULL;
	bool use_map = true, oracle = false, bm25_diff = false;
	sx_error e;
	baseline b = {0};
	bhit *bh;
	long limit = -1;
	missopt misses = {0, false, 0};
	unsigned nfolds = 5;
	tune_key tk[MAX_TUNE];
	question *qs = NULL;
	qscore *base_sc, **sc;
	sx_session *ses = NULL;
	double qtime = 0;
	int ai;

	if (sx_config_load_string(&cfg, "", &e))
		die("config", &e);
	for (ai = 1; ai < argc; ai++) {
		if (strcmp(argv[ai], "--workspace") == 0 && ai + 1 < argc)
			ws = argv[++ai];
		else if (strcmp(argv[ai], "--questions") == 0 && ai + 1 < argc)
			qpath = argv[++ai];
		else if (strcmp(argv[ai], "--limit") == 0 && ai + 1 < argc)
			limit = atol(argv[++ai]);
		else if (strcmp(argv[ai], "--folds") == 0 && ai + 1 < argc)
			nfolds = (unsigned)atoi(argv[++ai]);
		else if (strcmp(argv[ai], "--db") == 0 && ai + 1 < argc) {
			if (ndbfiles == MAX_DBFILES)
				die("too many --db", NULL);
			dbfiles[ndbfiles++] = argv[++ai];
		} else if (strcmp(argv[ai], "--no-map") == 0)
			use_map = false; /* diagnostics: search without the map's facts */
		else if (strcmp(argv[ai], "--oracle-db") == 0)
			oracle = true; /* diagnostics: search only the gold database */
		else if (strcmp(argv[ai], "--misses") == 0 && ai + 1 < argc)
			misses.n = atol(argv[++ai]);
		else if (strcmp(argv[ai], "--misses-at1") == 0)
			misses.at1 = true; /* print questions whose first hit is wrong */
		else if (strcmp(argv[ai], "--bm25-diff") == 0)
			bm25_diff = true; /* first hits won by one of sextant and BM25 */
		else if (strcmp(argv[ai], "--miss-folds") == 0 && ai + 1 < argc) {
			const char *fl = argv[++ai]; /* e.g. 0,1,2: only these folds' misses */
			for (; *fl; fl++)
				if (*fl >= '0' && *fl <= '9')
					misses.folds |= 1u << (*fl - '0');
		} else if ((strcmp(argv[ai], "--set") == 0 || strcmp(argv[ai], "--tune") == 0) &&
		           ai + 1 < argc) {
			bool is_tune = argv[ai][2] == 't';
			char sec[64], key[64];
			const char *kv = argv[++ai], *dot = strchr(kv, '.'), *eq = strchr(kv, '=');
			if (!dot || !eq || dot > eq)
				die("--set and --tune want SECTION.KEY=VALUE", NULL);
			snprintf(sec, sizeof sec, "%.*s", (int)(dot - kv), kv);
			snprintf(key, sizeof key, "%.*s", (int)(eq - dot - 1), dot + 1);
			if (!is_tune) {
				sx_config_set(cfg, sec, key, eq + 1);
			} else {
				tune_key *t = &tk[ntk];
				char *vals = strdup(eq + 1), *v = vals, *comma;
				if (ntk == MAX_TUNE)
					die("too many --tune keys", NULL);
				memset(t, 0, sizeof *t);
				snprintf(t->sec, sizeof t->sec, "%s", sec);
				snprintf(t->key, sizeof t->key, "%s", key);
				for (; v && t->n < MAX_VALS; v = comma) {
					if ((comma = strchr(v, ',')))
						*comma++ = '\0';
					t->vals[t->n++] = v;
				}
				nconf *= t->n;
				ntk++;
			}
		} else if (!dir)
			dir = argv[ai];
		else
			die("usage: eval_search DIR [--workspace W] [--questions F] [--set S.K=V]...",
			    NULL);
	}
	if (!dir && !(ndbfiles && qpath))
		die("usage: eval_search DIR | --db FILE... --questions F [--workspace W] "
		    "[--folds K] [--set S.K=V]... [--tune S.K=V1,V2...]...",
		    NULL);
	if (!ws) {
		if (!mkdtemp(tmpws))
			die("cannot create a temporary workspace", NULL);
		ws = tmpws;
	}
	if (ndbfiles) {
		tables = cJSON_CreateArray();
		for (i = 0; i < ndbfiles; i++) {
			char stem[256];
			cJSON *one = cJSON_CreateObject();
			sx_path_stem(dbfiles[i], stem, sizeof stem);
			sx_json_add_str(one, "db_id", stem);
			sx_json_add_str(one, "_path", dbfiles[i]);
			cJSON_AddItemToArray(tables, one);
		}
	} else {
		snprintf(path, sizeof path, "%s/tables.json", dir);
		tables_text = slurp(path);
		if (!(tables = cJSON_Parse(tables_text)))
			die("tables.json does not parse", NULL);
	}
	if (sx_store_open(&st, ws, &e))
		die("workspace", &e);
	analyse_all(dir, st, tables);
	sx_store_close(st);

	/* the questions */
	if (!qpath) {
		snprintf(path, sizeof path, "%s/questions.jsonl", dir);
		qpath = path;
	}
	q_text = slurp(qpath);
	for (line = q_text; line && *line && limit != 0; line = next) {
		cJSON *q, *gt, *x;
		question *qq;
		const char *lang;
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (!*line || !(q = cJSON_Parse(line)))
			continue;
		gt = cJSON_GetObjectItem(q, "tables");
		if (!cJSON_GetArraySize(gt)) {
			cJSON_Delete(q);
			continue;
		}
		if (nq == cq) {
			cq = cq ? cq * 2 : 1024;
			qs = realloc(qs, cq * sizeof *qs);
		}
		qq = &qs[nq++];
		memset(qq, 0, sizeof *qq);
		qq->json = q;
		qq->text = sx_json_str(q, "question", "");
		qq->g.db = sx_json_str(q, "db_id", "");
		qq->g.tables = calloc((size_t)cJSON_GetArraySize(gt) + 1, sizeof *qq->g.tables);
		cJSON_ArrayForEach(x, gt) qq->g.tables[qq->g.n++] = x->valuestring;
		lang = sx_json_str(q, "lang", NULL);
		qq->lang = !lang ? -1 : strcmp(lang, "en") == 0 ? 0 : strcmp(lang, "ru") == 0 ? 1 : -1;
		qq->fold = fold_of(qq->g.db, nfolds);
		qq->column = sx_json_str(q, "column", NULL);
		qq->kind = sx_json_str(q, "kind", NULL);
		if (limit > 0)
			limit--;
	}

	base_sc = calloc(nq + 1, sizeof *base_sc);
	sc = calloc(nconf + 1, sizeof *sc);
	/* setting 0 is the given configuration; 1.. the --tune grid */
	for (c = 0; c < (ntk ? nconf + 1 : 1); c++) {
		sx_session_opts so = {0};
		sx_session *cur;
		sx_search *s;
		uint64_t t0;
		char desc[256];
		missopt none = {0, false, 0};
		if (c > 0) {
			apply(cfg, tk, ntk, c - 1);
			describe(tk, ntk, c - 1, desc, sizeof desc);
		}
		/* as `sextant search` opens it: one workspace session */
		so.workspace_dir = ws;
		so.config = cfg;
		so.map = use_map ? SX_SESSION_MAP : SX_SESSION_MAP_NONE;
		t0 = sx_now_ns();
		if (sx_session_open(&cur, &so, &e))
			die("load", &e);
		if (sx_session_search(cur, &s, &e))
			die("search", &e);
		if (c == 0) {
			ses = cur; /* kept open: the baseline borrows its catalog */
			cat = sx_session_catalog(ses);
			printf("search index over %zu tables in %zu databases opened in %.2f s\n",
			       sx_search_size(s), cat->ndbs, (double)(sx_now_ns() - t0) / 1e9);
			for (const char *const *nv = sx_search_notes(s); *nv; nv++)
				printf("note: %s\n", *nv);
		}
		sc[c] = calloc(nq + 1, sizeof **sc);
		if (c == 0) {
			qtime = run_questions(s, qs, nq, sc[c], oracle, &misses);
			run_columns(s, sx_session_catalog(cur), qs, nq);
		}
		else
			run_questions(s, qs, nq, sc[c], oracle, &none);
		if (c == 0) {
			/* the baseline over the same catalog, kept open */
			b.docs = calloc(sx_catalog_table_count(cat) + 1, sizeof *b.docs);
			b.df = sx_hmap_new(4096);
			sx_catalog_each_table(cat, add_table, &b);
			b.avg /= b.n ? (double)b.n : 1;
			bh = malloc((b.n + 1) * sizeof *bh);
			for (i = 0; i < nq; i++) {
				const char *dbs[10], *tabs[10];
				size_t k;
				baseline_query(&b, qs[i].text, bh);
				for (k = 0; k < 10 && k < b.n; k++) {
					dbs[k] = bh[k].s > 0 ? b.docs[bh[k].i].t->schema->db->name : "";
					tabs[k] = b.docs[bh[k].i].t->name;
				}
				base_sc[i] = score(NULL, &qs[i].g, k, dbs, tabs);
				if (bm25_diff && (base_sc[i].mrr == 1) != (sc[0][i].mrr == 1)) {
					size_t t;
					printf("%s %s\n   bm25:", base_sc[i].mrr == 1 ? "BM25-ONLY" : "SX-ONLY",
					       qs[i].text);
					for (t = 0; t < 3 && t < k; t++)
						printf(" %s.%s", dbs[t], tabs[t]);
					printf("\n");
				}
			}
			free(bh);
		} else {
			metrics m = {0}, mm = {0};
			for (i = 0; i < nq; i++) {
				add_q(&m, &sc[c][i]);
				if (qs[i].g.n >= 2)
					add_q(&mm, &sc[c][i]);
			}
			printf("setting %-40s R@1 %.3f  R@5 %.3f  MRR %.3f  multi all-gold@5 %.3f\n",
			       desc, m.r1 / (double)m.n, m.r5 / (double)m.n, m.mrr / (double)m.n,
			       mm.n ? mm.all5 / (double)mm.n : 0);
			/* per fold too, for choosing settings across sets
			 * (tests/bench/loso_search.py reads these lines) */
			for (f = 0; nfolds > 1 && f < nfolds; f++) {
				metrics mf = {0};
				for (i = 0; i < nq; i++)
					if (qs[i].fold == f)
						add_q(&mf, &sc[c][i]);
				if (mf.n)
					printf("setting-fold %zu %s n %zu R@1 %.3f  R@5 %.3f  MRR %.3f\n",
					       f, desc, mf.n, mf.r1 / (double)mf.n,
					       mf.r5 / (double)mf.n, mf.mrr / (double)mf.n);
			}
			sx_session_close(cur);
		}
	}

	{
		metrics ms = {0}, mb = {0}, mlang[2] = {{0}}, mblang[2] = {{0}};
		metrics multi[3] = {{0}}, tuned_all = {0};
		for (i = 0; i < nq; i++) {
			add_q(&ms, &sc[0][i]);
			add_q(&mb, &base_sc[i]);
			if (qs[i].lang >= 0) {
				add_q(&mlang[qs[i].lang], &sc[0][i]);
				add_q(&mblang[qs[i].lang], &base_sc[i]);
			}
			if (qs[i].g.n >= 2) {
				add_q(&multi[0], &base_sc[i]);
				add_q(&multi[1], &sc[0][i]);
			}
		}
		print_metrics("sextant", &ms);
		print_metrics("bm25-plain", &mb);
		if (mlang[0].n) {
			print_metrics("  english", &mlang[0]);
			print_metrics("  bm25 en", &mblang[0]);
		}
		if (mlang[1].n) {
			print_metrics("  russian", &mlang[1]);
			print_metrics("  bm25 ru", &mblang[1]);
		}
		print_kinds(qs, nq, sc[0], base_sc);
		printf("recall@5 gain over the baseline: %+.3f\n",
		       (ms.r5 - mb.r5) / (ms.n ? (double)ms.n : 1));
		printf("mean query time %.3f ms (query embedding included)\n", qtime);

		printf("\nfolds by database (%u):\n", nfolds);
		for (f = 0; f < nfolds; f++) {
			metrics fb = {0}, fs = {0}, ft = {0};
			size_t best = 0;
			double bestv = -1;
			char desc[256] = "";
			for (i = 0; i < nq; i++) {
				if (qs[i].fold != f)
					continue;
				add_q(&fb, &base_sc[i]);
				add_q(&fs, &sc[0][i]);
			}
			/* choose the setting on the other folds */
			for (c = 1; ntk && c <= nconf; c++) {
				metrics tr = {0};
				for (i = 0; i < nq; i++)
					if (qs[i].fold != f || nfolds == 1)
						add_q(&tr, &sc[c][i]);
				if (objective(&tr) > bestv + 1e-9) {
					bestv = objective(&tr);
					best = c;
				}
			}
			if (best) {
				describe(tk, ntk, best - 1, desc, sizeof desc);
				for (i = 0; i < nq; i++)
					if (qs[i].fold == f) {
						add_q(&ft, &sc[best][i]);
						add_q(&tuned_all, &sc[best][i]);
						if (qs[i].g.n >= 2)
							add_q(&multi[2], &sc[best][i]);
					}
			}
			if (!fs.n)
				continue; /* no question about this fold's databases */
			printf("fold %zu (%zu questions)\n", f, fs.n);
			fold_line("bm25", &fb);
			printf("\n");
			fold_line("sextant", &fs);
			printf("  (R@1 %+.3f over bm25)\n",
			       fs.n ? (fs.r1 - fb.r1) / (double)fs.n : 0);
			if (best) {
				fold_line("tuned", &ft);
				printf("  with %s, chosen on the other folds\n", desc);
			}
		}
		if (ntk)
			print_metrics("held-out tuned", &tuned_all);
		if (multi[1].n) {
			printf("\nmulti-table questions (%zu, 2+ gold tables): all-gold@5 / all-gold@10\n",
			       multi[1].n);
			printf("  bm25     %.3f / %.3f\n", multi[0].all5 / (double)multi[0].n,
			       multi[0].all10 / (double)multi[0].n);
			printf("  sextant  %.3f / %.3f\n", multi[1].all5 / (double)multi[1].n,
			       multi[1].all10 / (double)multi[1].n);
			if (multi[2].n)
				printf("  tuned    %.3f / %.3f (held-out)\n",
				       multi[2].all5 / (double)multi[2].n,
				       multi[2].all10 / (double)multi[2].n);
		}
	}

	for (size_t d = 0; d < b.n; d++)
		tok_free(b.docs[d].tok, b.docs[d].n);
	free(b.docs);
	sx_hmap_free(b.df);
	for (i = 0; i < nq; i++) {
		free(qs[i].g.tables);
		cJSON_Delete(qs[i].json);
	}
	free(qs);
	for (c = 0; c <= nconf; c++)
		free(sc[c]);
	free(sc);
	free(base_sc);
	for (i = 0; i < ntk; i++)
		free(tk[i].vals[0]);
	sx_session_close(ses);
	sx_config_free(cfg);
	cJSON_Delete(tables);
	free(tables_text);
	free(q_text);
	return 0;
}
