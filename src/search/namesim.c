/*
 * namesim.c - embedding similarity of a column name and a table name, for
 * relationship discovery (the map's sx_map_opts.similarity hook).
 *
 * Both names go through the search's local analyser (identifier splitting,
 * Snowball stems, the Russian lexicon, abbreviations and synonym sets), so
 * "cst_id" and "cst_mstr", or "klient_id" and "customers", meet on the same
 * concept. The similarity is the cosine of the two weighted term vectors,
 * which is what the local embedding hashes, without the hashing noise.
 * Words that only say "this is a key" (id, key, code, no, num, fk, ref)
 * are left out of the column side.
 *
 * Not thread-safe: one sx_namesim per thread (the analyser keeps state).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/search.h>

struct sx_namesim {
	sx_analyzer *an;
	sx_terms ta, tb;
};

int sx_namesim_new(sx_namesim **out, sx_error *err)
{
	sx_namesim *s = sx_calloc(1, sizeof *s);
	int rc;
	*out = NULL;
	if (!s)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if ((rc = sx_analyzer_new(&s->an, NULL, err))) {
		free(s);
		return rc;
	}
	sx_terms_init(&s->ta);
	sx_terms_init(&s->tb);
	*out = s;
	return 0;
}

void sx_namesim_free(sx_namesim *s)
{
	if (!s)
		return;
	sx_terms_release(&s->ta);
	sx_terms_release(&s->tb);
	sx_analyzer_free(s->an);
	free(s);
}

static bool key_word(const sx_term *t)
{
	static const char *const w[] = {"id", "key", "code", "no", "num", "fk", "ref", "uuid",
					"guid", NULL};
	const char *const *p;
	for (p = w; *p; p++)
		if (strcmp(t->surface ? t->surface : t->term, *p) == 0 || strcmp(t->term, *p) == 0)
			return true;
	return false;
}

/* Weight of term `term` in list l (terms may repeat: summed). */
static double weight_of(const sx_terms *l, const char *term, bool skip_keys)
{
	double w = 0;
	size_t i;
	for (i = 0; i < l->n; i++)
		if ((!skip_keys || !key_word(&l->v[i])) && strcmp(l->v[i].term, term) == 0)
			w += l->v[i].weight;
	return w;
}

static double norm(const sx_terms *l, bool skip_keys)
{
	double s = 0;
	size_t i, j;
	for (i = 0; i < l->n; i++) {
		bool first = true;
		if (skip_keys && key_word(&l->v[i]))
			continue;
		for (j = 0; j < i && first; j++)
			first = strcmp(l->v[j].term, l->v[i].term) != 0 ||
				(skip_keys && key_word(&l->v[j]));
		if (first) {
			double w = weight_of(l, l->v[i].term, skip_keys);
			s += w * w;
		}
	}
	return sqrt(s);
}

double sx_namesim_score(sx_namesim *s, const char *column, const char *table)
{
	double dot = 0, na, nb;
	size_t i, j;
	sx_error err;

	sx_terms_clear(&s->ta);
	sx_terms_clear(&s->tb);
	if (sx_analyze(s->an, column, strlen(column), 1.0f, &s->ta, &err) ||
	    sx_analyze(s->an, table, strlen(table), 1.0f, &s->tb, &err))
		return 0;
	/* names are a few words: quadratic loops over tiny lists */
	for (i = 0; i < s->ta.n; i++) {
		bool first = true;
		if (key_word(&s->ta.v[i]))
			continue;
		for (j = 0; j < i && first; j++)
			first = strcmp(s->ta.v[j].term, s->ta.v[i].term) != 0 || key_word(&s->ta.v[j]);
		if (first)
			dot += weight_of(&s->ta, s->ta.v[i].term, true) *
			       weight_of(&s->tb, s->ta.v[i].term, false);
	}
	na = norm(&s->ta, true);
	nb = norm(&s->tb, false);
	return (na > 0 && nb > 0) ? dot / (na * nb) : 0;
}

double sx_namesim_fn(void *payload, const char *column, const char *table)
{
	return sx_namesim_score(payload, column, table);
}
