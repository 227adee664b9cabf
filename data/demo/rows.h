/* rows.h - state shared by the row generators of sextant-demogen.
 *
 * The generators run one after another on one thread (gen_all in rows.c):
 * people.c (reference data, staff, customers, accounts, CRM), goods.c
 * (catalogue, stock, marketing, payment methods), sales.c (orders and
 * everything that follows them, clickstream, support, audit). Each fills
 * the world below for the later ones: who exists when, what costs what.
 * R is the PRNG; every generator reseeds it with its own stream name. */
#ifndef SX_DEMOGEN_ROWS_H
#define SX_DEMOGEN_ROWS_H

#include "demogen.h"

#define END_TS ((int64_t)DAYS * 86400 - 1) /* 2024-12-31 23:59:59 */
#define NEMP   320
#define NCUST  8000
#define NPROD  2400
#define NCAMP  48
#define NSUP   120
#define NTAGS  30
#define NWH    8

extern struct rng R;

/* ---------------------------------------------------------------- helpers (rows.c) */

void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);

#define GROW(arr, n, cap)                                                                          \
	do {                                                                                       \
		if ((n) == (cap)) {                                                                \
			(cap) = (cap) ? (cap)*2 : 1024;                                            \
			(arr) = xrealloc((arr), (size_t)(cap) * sizeof(*(arr)));                   \
		}                                                                                  \
	} while (0)

int64_t at(int day, int h, int m, int s); /* seconds since 2023-01-01 */
int wpick(const int *w, int n);           /* index by weight */
int64_t day_time(int day);                /* a time of day with shop traffic */
int64_t office_time(int day);             /* 9:00-18:59 */
int64_t between(int64_t a, int64_t b);    /* uniform in [a, b]; a when b <= a */
int64_t min64(int64_t a, int64_t b);
int64_t max64(int64_t a, int64_t b);
int day_of(int64_t ts);
void ymd(int day, int *y, unsigned *m, unsigned *d);
double day_factor(int day); /* how busy a day is */
int64_t count_before(const int64_t *sorted, int n, int64_t ts);
int cmp_i64(const void *a, const void *b);
void hash_str(char *out, size_t n); /* n hex digits */
void ip_any(char *out, size_t n);   /* IPv4, sometimes IPv6 */

/* Rows collected out of time order and written sorted by (ts, seq). */
struct tsrow {
	int64_t ts, seq;
	int64_t a, b, c, d;
	const char *s1, *s2;
	char *owned; /* freed by ts_free */
};
struct tslist {
	struct tsrow *v;
	int64_t n, cap;
};
struct tsrow *ts_add(struct tslist *l, int64_t ts);
void ts_sort(struct tslist *l);
void ts_free(struct tslist *l);

/* ---------------------------------------------------------------- people.c */

extern int64_t rate_micros[4][DAYS]; /* roubles per USD, EUR, CNY, KZT, in millionths */

enum {
	D_HQ,
	D_SALES,
	D_ECOM,
	D_MKT,
	D_CC,
	D_SUP,
	D_LOG,
	D_WH,
	D_FIN,
	D_ACC,
	D_HR,
	D_IT,
	D_DATA,
	D_SEC,
	NDEPT
};

struct emp {
	int dept;
	bool head;
	int hired, term; /* days; term = DAYS when still employed */
	int64_t created, updated;
	const char *position;
	int64_t salary; /* cents */
	char work_email[96];
	struct person p;
};

struct cust {
	int64_t created;
	int64_t user_id; /* 0: no account */
	int64_t region_id;
	int64_t addr[3]; /* shipping addresses */
	int naddr;
	double lat[3], lon[3];
	bool has_geo[3];
	int64_t pm[2]; /* payment methods */
	int64_t pm_created[2];
	int npm;
	int64_t loyalty; /* account id, 0 none */
	int64_t loyalty_created;
	int64_t points;
	int64_t last_points;
	char inn[13];
	bool email_set, phone_set, deleted;
	int segment;
	struct person p;
};

extern struct emp emps[NEMP];
extern int64_t dept_head[NDEPT]; /* employee id of each department's head */
int64_t emp_user(int64_t emp_id);
int64_t pick_emp(int64_t ts, const int *ds, int nd);

struct uacct {
	int64_t id, created;
	const char *email;
};

extern struct cust *custs;
extern int64_t *cust_created; /* sorted, for "customers existing at ts" */
extern struct uacct *uaccts;  /* customer accounts, ascending created */
extern int nuaccts;

void gen_reference(void);
void gen_staff(void);
void gen_payroll(void);
void make_customers(void);
void gen_identity(void);
void gen_crm(void);

/* ---------------------------------------------------------------- goods.c */

struct prod {
	int64_t created;
	int sub;
	int64_t supplier;
	int nprice;
	int from[4];
	int64_t price[4]; /* cents, roubles */
};
extern struct prod *prods;
extern int64_t *prod_created; /* sorted */
int64_t price_on(const struct prod *p, int day);
int wh_for_city(int city);
const char *wh_city(int w);

struct camp {
	int start, stop;
	const char *channel;
	int64_t promo_first;
	int npromo;
	int pct;
};
extern struct camp camps[NCAMP];
const char *utm_source_for(const char *channel);
int active_campaign(int day); /* a campaign running that day, -1 none */

void gen_catalog(void);
void gen_stock(void);
void gen_marketing(void);
void gen_payment_methods(void);

/* ---------------------------------------------------------------- sales.c */

void gen_orders(void);
void gen_clickstream(void);
void gen_support(void);
void gen_audit(void);
void free_sales(void);

#endif
