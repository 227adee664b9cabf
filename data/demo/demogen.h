/* demogen.h - private declarations of sextant-demogen, the demo warehouse
 * generator (a build tool, not part of libsextant).
 *
 * The schema is data (schema.c): tables with typed columns, comments and
 * PII classes, plus the list of relationships, declared or not. The row
 * generators (rows.h: people.c, goods.c, sales.c) push typed values
 * through one sink (demogen.c) that writes every row twice: into demo.sqlite through prepared statements and
 * into a PostgreSQL COPY block. Fake values (names, phones, INN, SNILS,
 * IBAN, card numbers) come from fake.c. Everything is driven by our own
 * PRNG with fixed seeds, so two runs produce identical files. */
#ifndef SX_DEMOGEN_H
#define SX_DEMOGEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- schema */

/* Column types and how each dialect spells them (see demogen.c). */
enum ty {
	TY_ID,    /* integer surrogate key: INTEGER PRIMARY KEY / bigint identity */
	TY_I64,   /* INTEGER / bigint */
	TY_I32,   /* INTEGER / integer */
	TY_TEXT,  /* TEXT / text */
	TY_VCHAR, /* VARCHAR(len) / varchar(len) */
	TY_CHAR,  /* CHAR(len) / char(len) */
	TY_MONEY, /* NUMERIC(12,2) / numeric(12,2) */
	TY_RATE,  /* NUMERIC(12,6) / numeric(12,6) */
	TY_REAL,  /* REAL / double precision */
	TY_BOOL,  /* BOOLEAN (0/1) / boolean */
	TY_DATE,  /* DATE ('YYYY-MM-DD' text) / date */
	TY_TS,    /* TIMESTAMP ('YYYY-MM-DD HH:MM:SS' text) / timestamp */
	TY_UUID,  /* UUID (text) / uuid */
	TY_JSON,  /* TEXT / jsonb */
	TY_INET   /* TEXT / inet */
};

#define NN 1u /* NOT NULL */
#define UQ 2u /* UNIQUE */

struct dcol {
	const char *name;
	enum ty ty;
	int len;             /* VARCHAR / CHAR length */
	unsigned flags;
	const char *dflt;    /* DEFAULT expression valid in both dialects, or NULL */
	const char *pii;     /* PII class, or NULL */
	const char *comment; /* one line, or NULL */
};

struct dtable {
	const char *name;
	const char *domain;
	const char *comment;      /* one line, or NULL */
	const struct dcol *cols;
	int ncols;
	const char *pk;           /* NULL: the TY_ID column; else "a, b" */
	bool without_rowid;       /* SQLite WITHOUT ROWID */
	const char *indexes[6];   /* column lists to index, NULL-terminated */
	const char *incremental;  /* cursor column for incremental loads */
};

struct drel {
	const char *child, *ccols;  /* child table, "col" or "a, b" */
	const char *parent, *pcols;
	bool declared;              /* a FOREIGN KEY constraint exists */
	const char *card;           /* "many_to_one" or "one_to_one" */
	const char *poly_col;       /* polymorphic: type column and value */
	const char *poly_val;
	const char *why;            /* how an undeclared one can be found */
};

struct djunction {
	const char *table, *left, *right;
};

enum {
	T_COUNTRIES, T_CURRENCIES, T_REGIONS, T_EXCHANGE_RATES,
	T_USERS, T_ROLES, T_USER_ROLES, T_AUTH_SESSIONS, T_API_KEYS, T_LOGIN_ATTEMPTS,
	T_DEPARTMENTS, T_EMPLOYEES, T_EMP_PDN, T_PAYROLL,
	T_CST_MSTR, T_CUSTOMER_ADDRESSES, T_CUSTOMER_CONTACTS, T_CRM_NOTES,
	T_LOYALTY_ACCOUNTS, T_LOYALTY_TRANSACTIONS,
	T_CATEGORIES, T_BRANDS, T_SUPPLIERS, T_PRODUCTS, T_PRODUCT_PRICES, T_TAGS,
	T_PRODUCT_TAGS,
	T_WAREHOUSES, T_STOCK_LVL, T_STOCK_MOVEMENTS, T_STOCK_COUNTS, T_PURCHASE_ORDERS,
	T_CAMPAIGNS, T_PROMO_CODES, T_NEWSLETTER,
	T_PAYMENT_METHODS,
	T_ORD_HDR, T_ORDER_ITEMS, T_ORDER_STATUS_HISTORY, T_PAYMENTS, T_REFUNDS,
	T_INVOICES, T_CARRIERS, T_SHIPMENTS, T_DELIVERY_EVENTS,
	T_WEB_SESSIONS, T_EVENTS,
	T_SUPPORT_TICKETS, T_TICKET_MESSAGES, T_COMMENTS,
	T_AUDIT_LOG, T_APP_SETTINGS,
	NTABLES
};

extern const struct dtable demo_tables[NTABLES];
extern const struct drel demo_rels[];
extern const size_t demo_nrels;
extern const struct djunction demo_junctions[];
extern const size_t demo_njunctions;
extern const char *const demo_pii_classes[];
extern const char *const demo_domains[];

/* ---------------------------------------------------------------- sink */

/* Row writing: row(T) starts a row of table T, then one v_* call per
 * column in declaration order, then end(). Types are checked against the
 * column (a mismatch aborts the generator). */
void row(int table);
void v_i(int64_t v);
void v_null(void);
void v_s(const char *s);
void v_f(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void v_money(int64_t cents);
void v_rate(int64_t micros);
void v_real(double v); /* rounded to 6 decimals */
void v_bool(bool b);
void v_date(int day);     /* days since 2023-01-01 (may be negative) */
void v_ts(int64_t sec);   /* seconds since 2023-01-01 00:00:00 */
void v_opt_i(int64_t v);  /* 0 -> NULL */
void v_opt_ts(int64_t sec); /* negative -> NULL */
void end(void);
int64_t rows_of(int table);

/* Fatal error of the generator: message on stderr, exit 1. */
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* ---------------------------------------------------------------- random */

struct rng {
	uint64_t s[4];
};
void rng_seed(struct rng *r, const char *stream);
uint64_t rng_next(struct rng *r);
int64_t rng_int(struct rng *r, int64_t lo, int64_t hi); /* inclusive */
double rng_unit(struct rng *r);                         /* [0, 1) */
bool rng_chance(struct rng *r, double p);
double rng_normal(struct rng *r);

#define PICK(r, arr) ((arr)[rng_int((r), 0, (int64_t)(sizeof(arr) / sizeof((arr)[0])) - 1)])

/* ---------------------------------------------------------------- fake values */

#define DAYS 731              /* 2023-01-01 .. 2024-12-31 */
#define SEED_NAME "sextant-demo-1"

void civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d);
int days_from_civil(int y, unsigned m, unsigned d); /* days since 2023-01-01 */
int weekday(int day); /* 0 = Monday */

struct person {
	bool ru;         /* Russian (Cyrillic names, +7, INN/SNILS) or US */
	bool female;
	char first[48], last[48], middle[48]; /* middle: patronymic, "" for US */
	char first_lat[32], last_lat[32];
	char email[96];
	char phone[32];
	char birth[11];  /* YYYY-MM-DD */
	int city;        /* index into the city table */
};
void fake_person(struct rng *r, struct person *p, bool ru, int64_t uniq);
void fake_phone(struct rng *r, bool ru, char *out, size_t n);
void fake_address(struct rng *r, int city, char *street, size_t n1, char *postal, size_t n2);
int fake_city(struct rng *r, bool ru);
const char *city_name(int city);
const char *city_region(int city); /* region code, e.g. "RU-MOW" or "US-CA" */
void city_point(struct rng *r, int city, double *lat, double *lon);
bool city_ru(int city);
int city_count(void);
void fake_inn12(struct rng *r, char out[13]);
void fake_inn10(struct rng *r, char out[11]);
void fake_snils(struct rng *r, char out[15]);
void fake_passport(struct rng *r, char out[12]);
void fake_pan(struct rng *r, char out[17]);
void fake_iban(struct rng *r, char *out, size_t n);
void fake_ipv4(struct rng *r, char *out, size_t n);
void fake_ipv6(struct rng *r, char *out, size_t n);
void fake_uuid(struct rng *r, char out[37]);
void fake_hex(struct rng *r, char *out, size_t nchars);
const char *fake_user_agent(struct rng *r);

/* Checks used by the generator's self-test (and mirrored by the tests). */
bool check_inn(const char *s);
bool check_snils(const char *s);
bool check_luhn(const char *s);
bool check_iban(const char *s);

/* ---------------------------------------------------------------- rows */

void gen_all(void);

#endif
