/*
 * bench_synth.h - what the synthetic-catalog benchmarks share (bench_map,
 * bench_gen): a business vocabulary for table names ("order_417"), a
 * fixed-seed xorshift generator (the same catalog on every run) and a
 * comparison of doubles for qsort. Header-only, static: each bench is one
 * translation unit.
 */
#ifndef SX_BENCH_SYNTH_H
#define SX_BENCH_SYNTH_H

static const char *const nouns[] = {
	"customer", "order", "product", "invoice", "payment", "shipment", "warehouse", "supplier",
	"employee", "department", "campaign", "ticket", "account", "contract", "vehicle", "route",
	"store", "region", "category", "review", "session", "device", "subscription", "plan",
	"project", "task", "document", "asset", "budget", "event"};
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

#endif
