/* rows.c - the demo warehouse's rows: a small online retailer (Russia and
 * the US) over two calendar years, 2023-01-01 .. 2024-12-31.
 *
 * Generation runs in dependency order (gen_all below): reference data,
 * staff, customers (people.c), catalogue, stock, marketing (goods.c), then
 * a day-by-day loop over orders that emits payments, invoices, shipments,
 * refunds and loyalty points as each order's timeline unfolds, then
 * clickstream, support and audit (sales.c). Orders per day follow a weekly
 * cycle, months, a growth trend and holidays, so daily aggregates have a
 * shape. Rows whose times come out of order (status history, tracking
 * events, refunds...) are collected and sorted by time before writing, so
 * ids grow with created_at as in a real system. This file holds the
 * helpers they share; every value comes from a named PRNG stream (fake.c). */
#include "rows.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rng R;

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		die("out of memory");
	return p;
}

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size);
	if (!p)
		die("out of memory");
	return p;
}

/* ---------------------------------------------------------------- time */

int64_t at(int day, int h, int m, int s)
{
	return (int64_t)day * 86400 + h * 3600 + m * 60 + s;
}

/* Shop traffic by hour of day (Moscow time): quiet nights, evening peak. */
static const int hour_w[24] = {10, 6,  4,  3,  3,  4,  8,  15, 25, 35, 40, 42,
                               45, 43, 42, 43, 45, 50, 55, 60, 62, 55, 40, 22};

int wpick(const int *w, int n)
{
	int total = 0, x;
	for (int i = 0; i < n; i++)
		total += w[i];
	x = (int)rng_int(&R, 0, total - 1);
	for (int i = 0; i < n; i++) {
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}

int64_t day_time(int day)
{
	int h = wpick(hour_w, 24);
	return at(day, h, (int)rng_int(&R, 0, 59), (int)rng_int(&R, 0, 59));
}

int64_t office_time(int day)
{
	return at(day, (int)rng_int(&R, 9, 18), (int)rng_int(&R, 0, 59), (int)rng_int(&R, 0, 59));
}

int64_t between(int64_t a, int64_t b)
{
	return b <= a ? a : rng_int(&R, a, b);
}

int64_t min64(int64_t a, int64_t b)
{
	return a < b ? a : b;
}

int64_t max64(int64_t a, int64_t b)
{
	return a > b ? a : b;
}

int day_of(int64_t ts)
{
	return (int)(ts / 86400);
}

void ymd(int day, int *y, unsigned *m, unsigned *d)
{
	civil_from_days(19358 + day, y, m, d);
}

/* How busy a day is: weekday, month, growth, holidays. */
double day_factor(int day)
{
	static const double wk[7] = {0.92, 0.95, 0.97, 1.00, 1.08, 1.22, 1.14};
	static const double mon[13] = {0,    0.82, 0.90, 1.02, 0.97, 0.95, 0.90,
	                               0.88, 0.94, 1.00, 1.06, 1.28, 1.42};
	int y;
	unsigned m, d;
	double f;
	ymd(day, &y, &m, &d);
	f = wk[weekday(day)] * mon[m] * (1.0 + 0.45 * day / DAYS);
	/* Black Friday: the fourth Friday of November */
	if (m == 11 && weekday(day) == 4 && d >= 22 && d <= 28)
		f *= 2.6;
	if (m == 3 && d == 7)
		f *= 1.7; /* the eve of 8 March */
	if (m == 12 && d >= 20 && d <= 28)
		f *= 1.2;
	if ((m == 12 && d == 31) || (m == 1 && d <= 2))
		f *= 0.4;
	return f;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = xcalloc(n, 1);
	memcpy(p, s, n);
	return p;
}

int64_t count_before(const int64_t *sorted, int n, int64_t ts)
{
	int lo = 0, hi = n;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (sorted[mid] < ts)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

void hash_str(char *out, size_t n)
{
	fake_hex(&R, out, n);
}

void ip_any(char *out, size_t n)
{
	if (rng_chance(&R, 0.85))
		fake_ipv4(&R, out, n);
	else
		fake_ipv6(&R, out, n);
}

static int cmp_tsrow(const void *x, const void *y)
{
	const struct tsrow *a = x, *b = y;
	if (a->ts != b->ts)
		return (a->ts > b->ts) - (a->ts < b->ts);
	return (a->seq > b->seq) - (a->seq < b->seq);
}

struct tsrow *ts_add(struct tslist *l, int64_t ts)
{
	GROW(l->v, l->n, l->cap);
	memset(&l->v[l->n], 0, sizeof l->v[l->n]);
	l->v[l->n].ts = ts;
	l->v[l->n].seq = l->n;
	return &l->v[l->n++];
}

void ts_sort(struct tslist *l)
{
	qsort(l->v, (size_t)l->n, sizeof *l->v, cmp_tsrow);
}

void ts_free(struct tslist *l)
{
	for (int64_t i = 0; i < l->n; i++)
		free(l->v[i].owned);
	free(l->v);
	*l = (struct tslist){0};
}

void gen_all(void)
{
	gen_reference();
	gen_staff();
	gen_payroll();
	make_customers();
	gen_identity();
	gen_crm();
	gen_catalog();
	gen_stock();
	gen_marketing();
	gen_payment_methods();
	gen_orders();
	gen_clickstream();
	gen_support();
	gen_audit();
	free(custs);
	free(cust_created);
	free(uaccts);
	free(prods);
	free(prod_created);
	free_sales();
}
