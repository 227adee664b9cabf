/*
 * period.c - the period a query names, and the partition that holds it.
 *
 * "which table holds the May 2022 payments" means a partition
 * (payment_p2022_05), which the catalog folds into its parent. The search
 * ranks the parent; this file reads the query's period and picks, among
 * the parent's partitions, the narrowest one whose range holds it.
 *
 * A period is a half-open range of days written as yyyymmdd numbers
 * [from, to): numeric order is calendar order, and "to" may be a number
 * that is no date (20220532 for the day after 2022-05-31), which still
 * compares right against real dates. Periods the query can name, most
 * precise first: an ISO date (2022-05-17), an ISO year-month (2022-05),
 * an English or Russian month name next to a year ("May 2022", "мая
 * 2022 года"), a year alone (1900-2199).
 *
 * A partition's range comes from its bound, FOR VALUES FROM ('..') TO
 * ('..') with date or timestamp literals (the time of day and zone are
 * ignored: PostgreSQL prints month bounds in the server's zone), and
 * else, when the bound does not parse, from its name's suffix: p2022_05,
 * _2022_05, _202205, y2022m05 (a month) or p2022, _2022, y2022 (a year).
 * Pure functions of their inputs; any thread.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "search_int.h"

#define YEAR_MIN 1900
#define YEAR_MAX 2199

/* Lowercase month stems: a word is month m when it is one of its English
 * names or starts with its Russian stem and has at most two letters more. */
static const char *const en_months[12][2] = {
    {"january", "jan"},   {"february", "feb"}, {"march", "mar"},    {"april", "apr"},
    {"may", NULL},        {"june", "jun"},     {"july", "jul"},     {"august", "aug"},
    {"september", "sep"}, {"october", "oct"},  {"november", "nov"}, {"december", "dec"}};
static const char *const ru_months[12] = {"январ",   "феврал", "март",  "апрел",
                                          "ма",      "июн",    "июл",   "август",
                                          "сентябр", "октябр", "ноябр", "декабр"};

static bool word_char(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* The month (1-12) a lowercase word names, or 0. */
static int month_of(const char *w)
{
	size_t n = strlen(w), k;
	int m;
	for (m = 0; m < 12; m++) {
		if (strcmp(w, en_months[m][0]) == 0 ||
		    (en_months[m][1] && strcmp(w, en_months[m][1]) == 0))
			return m + 1;
		k = strlen(ru_months[m]);
		/* май, мая, мае, маем: "ма" alone would take "март" and "машина" */
		if (m == 4) {
			if (strcmp(w, "май") == 0 || strcmp(w, "мая") == 0 ||
			    strcmp(w, "мае") == 0 || strcmp(w, "маем") == 0)
				return 5;
			continue;
		}
		if (n >= k && n <= k + 4 && memcmp(w, ru_months[m], k) == 0) /* + two letters */
			return m + 1;
	}
	return 0;
}

/* n decimal digits at s (all of them digits), or -1. */
static int digits(const char *s, size_t n)
{
	int v = 0;
	size_t i;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static bool year_ok(int y)
{
	return y >= YEAR_MIN && y <= YEAR_MAX;
}

static void month_period(int y, int m, sx__period *p)
{
	p->from = y * 10000 + m * 100 + 1;
	p->to = m == 12 ? (y + 1) * 10000 + 101 : y * 10000 + (m + 1) * 100 + 1;
}

static void year_period(int y, sx__period *p)
{
	p->from = y * 10000 + 101;
	p->to = (y + 1) * 10000 + 101;
}

/* "YYYY-MM-DD" (day) or "YYYY-MM" (month) at s, n bytes long; 0 when s
 * is neither. */
static int iso_period(const char *s, size_t n, sx__period *p)
{
	int y, m, d;
	if (n < 7 || s[4] != '-' || (y = digits(s, 4)) < 0 || !year_ok(y) ||
	    (m = digits(s + 5, 2)) < 1 || m > 12)
		return 0;
	if (n == 7) {
		month_period(y, m, p);
		return 1;
	}
	if (n >= 10 && s[7] == '-' && (d = digits(s + 8, 2)) >= 1 && d <= 31 &&
	    (n == 10 || !isdigit((unsigned char)s[10]))) {
		p->from = y * 10000 + m * 100 + d;
		p->to = p->from + 1;
		return 1;
	}
	return 0;
}

#define MAXW 64

bool sx__query_period(const char *query, sx__period *out)
{
	/* the query's words, lowercased: at most MAXW of them are read */
	char w[MAXW][48];
	const char *p = query;
	size_t nw = 0, i;
	int rank = 0; /* 4 date/year-month, 3 month + year, 2 year alone */
	sx__period best = {0, 0};

	while (*p && nw < MAXW) {
		const char *s;
		size_t n;
		while (*p && !word_char((unsigned char)*p))
			p++;
		s = p;
		/* ISO dates keep their dashes */
		while (*p && (word_char((unsigned char)*p) ||
		              (*p == '-' && p > s && isdigit((unsigned char)p[-1]) &&
		               isdigit((unsigned char)p[1]))))
			p++;
		if ((n = (size_t)(p - s)) == 0)
			break;
		if (rank < 4 && iso_period(s, n, &best))
			rank = 4;
		sx__lower(s, n, w[nw++], sizeof w[0]);
	}
	for (i = 0; i < nw && rank < 3; i++) {
		int m = month_of(w[i]), y = -1;
		/* "May 2022", "2022 May", "мае 2022 года" */
		if (m && i + 1 < nw && strlen(w[i + 1]) == 4)
			y = digits(w[i + 1], 4);
		if (m && !year_ok(y) && i > 0 && strlen(w[i - 1]) == 4)
			y = digits(w[i - 1], 4);
		if (m && year_ok(y)) {
			month_period(y, m, &best);
			rank = 3;
		}
	}
	for (i = 0; i < nw && rank < 2; i++) {
		int y = strlen(w[i]) == 4 ? digits(w[i], 4) : -1;
		if (year_ok(y)) {
			year_period(y, &best);
			rank = 2;
		}
	}
	if (rank)
		*out = best;
	return rank != 0;
}

/* The date of the first quoted literal at or after s that starts with
 * YYYY-MM-DD, as yyyymmdd; 0 for MINVALUE / MAXVALUE (open ends are told
 * apart by the caller), -1 when none. */
static long bound_date(const char *s)
{
	const char *q = strchr(s, '\'');
	int y, m, d;
	if (!q)
		return -1;
	q++;
	if ((y = digits(q, 4)) < 0 || q[4] != '-' || (m = digits(q + 5, 2)) < 1 || m > 12 ||
	    q[7] != '-' || (d = digits(q + 8, 2)) < 1 || d > 31)
		return -1;
	return (long)y * 10000 + m * 100 + d;
}

static const char *find_ci(const char *s, const char *w)
{
	size_t n = strlen(w);
	for (; *s; s++)
		if (strncasecmp(s, w, n) == 0)
			return s;
	return NULL;
}

/* [from, to) of a range bound over one date or timestamp column. */
static bool bound_range(const char *bound, sx__period *p)
{
	const char *from, *to, *minv;
	long a, b;
	if (!bound || !(from = find_ci(bound, "FROM (")) || !(to = find_ci(from, ") TO (")))
		return false;
	minv = find_ci(from, "MINVALUE");
	a = minv && minv < to ? 0 : bound_date(from);
	b = find_ci(to, "MAXVALUE") ? 99999999 : bound_date(to);
	if (a < 0 || b < 0 || a >= b)
		return false;
	p->from = a;
	p->to = b;
	return true;
}

/* The period a partition's name ends with: p2022_05, _2022_05, _202205,
 * y2022m05, p2022, _2022, y2022. */
static bool name_range(const char *name, sx__period *p)
{
	size_t n = strlen(name);
	int y, m;
	char c;
	/* y2022m05 */
	if (n >= 8 && (c = (char)tolower((unsigned char)name[n - 8])) == 'y' &&
	    tolower((unsigned char)name[n - 3]) == 'm' && year_ok(y = digits(name + n - 7, 4)) &&
	    (m = digits(name + n - 2, 2)) >= 1 && m <= 12) {
		month_period(y, m, p);
		return true;
	}
	/* p2022_05, _2022_05 */
	if (n >= 8 && name[n - 3] == '_' &&
	    ((c = (char)tolower((unsigned char)name[n - 8])) == 'p' || c == '_') &&
	    year_ok(y = digits(name + n - 7, 4)) && (m = digits(name + n - 2, 2)) >= 1 && m <= 12) {
		month_period(y, m, p);
		return true;
	}
	/* _202205, p202205 */
	if (n >= 7 && ((c = (char)tolower((unsigned char)name[n - 7])) == 'p' || c == '_') &&
	    year_ok(y = digits(name + n - 6, 4)) && (m = digits(name + n - 2, 2)) >= 1 && m <= 12) {
		month_period(y, m, p);
		return true;
	}
	/* p2022, _2022, y2022 */
	if (n >= 5 &&
	    ((c = (char)tolower((unsigned char)name[n - 5])) == 'p' || c == '_' || c == 'y') &&
	    year_ok(y = digits(name + n - 4, 4))) {
		year_period(y, p);
		return true;
	}
	return false;
}

/* A day's place on a line where every month has 31 days: widths of
 * ranges compare right across month and year ends (yyyymmdd differences
 * do not: December is 8900 wide, November 100). */
static long day_line(long ymd)
{
	return ymd / 10000 * 372 + (ymd / 100 % 100 - 1) * 31 + ymd % 100 - 1;
}

const sx_partition *sx__period_partition(const sx_table *t, const sx__period *q)
{
	const sx_partition *best = NULL;
	long width = 0;
	size_t i;
	for (i = 0; i < t->nparts; i++) {
		const sx_partition *pt = &t->parts[i];
		sx__period r;
		if (!bound_range(pt->bound, &r) && !name_range(pt->name, &r))
			continue;
		if (r.from <= q->from && q->to <= r.to &&
		    (!best || day_line(r.to) - day_line(r.from) < width)) {
			best = pt;
			width = day_line(r.to) - day_line(r.from);
		}
	}
	return best;
}
