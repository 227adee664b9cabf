/*
 * bench_synth.h - what the synthetic-catalog benchmarks share (bench_map,
 * bench_gen): a business vocabulary for table names ("order_417"), a
 * fixed-seed xorshift generator (the same catalog on every run) and a
 * comparison of doubles for qsort. Header-only, static: each bench is one
 * translation unit.
 */
#ifndef SX_BENCH_SYNTH_H
#define SX_BENCH_SYNTH_H

#include <stdbool.h>
#include <stdio.h>

#include <sextant/catalog.h>

static const char *const nouns[] = {
    "customer",  "order",    "product",  "invoice",    "payment",      "shipment",
    "warehouse", "supplier", "employee", "department", "campaign",     "ticket",
    "account",   "contract", "vehicle",  "route",      "store",        "region",
    "category",  "review",   "session",  "device",     "subscription", "plan",
    "project",   "task",     "document", "asset",      "budget",       "event"};
#define NNOUNS (sizeof nouns / sizeof nouns[0])

static unsigned long long rng = 88172645463325252ULL;
static unsigned next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 11);
}

static int dcmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* ntab tables into schema s (tabs[i] each): "order_417" with a primary key
 * id, two to four references to mostly recent earlier tables named the usual
 * way ("customer_12_id", a third of them nullable; declared as foreign keys
 * for every other one when declare), name, amount, status or email, and
 * created_at. Returns the number of references. */
static size_t synth_tables(sx_catalog *cat, sx_schema *s, sx_table **tabs, size_t ntab,
                           bool declare)
{
	size_t i, j, edges = 0;
	for (i = 0; i < ntab; i++) {
		char name[64], col[96];
		const char *pk[] = {"id"};
		sx_column *c;
		size_t nref = i < 3 ? 0 : 2 + next() % 3;
		snprintf(name, sizeof name, "%s_%zu", nouns[i % NNOUNS], i / NNOUNS);
		tabs[i] = sx_catalog_add_table(cat, s, name, SX_REL_TABLE);
		c = sx_catalog_add_column(cat, tabs[i], "id", "bigint");
		c->family = SX_TF_INTEGER;
		sx_catalog_set_pk(cat, tabs[i], NULL, 1, pk);
		for (j = 0; j < nref; j++) {
			/* Mostly recent tables, so the graph has locality. */
			size_t to = next() % 4 ? i - 1 - next() % (i < 50 ? i : 50) : next() % i;
			const char *ref[1] = {col};
			snprintf(col, sizeof col, "%s_id", tabs[to]->name);
			if (sx_table_find_column(tabs[i], col))
				continue;
			c = sx_catalog_add_column(cat, tabs[i], col, "bigint");
			c->family = SX_TF_INTEGER;
			c->nullable = next() % 3 == 0;
			if (declare && next() % 2)
				sx_catalog_add_fk(cat, tabs[i], NULL, 1, ref, NULL, tabs[to]->name,
				                  pk);
			edges++;
		}
		c = sx_catalog_add_column(cat, tabs[i], "name", "text");
		c->family = SX_TF_TEXT;
		c = sx_catalog_add_column(cat, tabs[i], "amount", "numeric(12,2)");
		c->family = SX_TF_DECIMAL;
		c = sx_catalog_add_column(cat, tabs[i], i % 7 ? "status" : "email", "text");
		c->family = SX_TF_TEXT;
		c = sx_catalog_add_column(cat, tabs[i], "created_at", "timestamptz");
		c->family = SX_TF_TIMESTAMP;
	}
	return edges;
}

#endif
