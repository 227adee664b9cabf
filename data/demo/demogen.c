/* demogen.c - sextant-demogen: writes the demo warehouse into OUTDIR as
 *   demo.sqlite         the SQLite database Sextant opens on (`make run`)
 *   demo_pg.sql         the same schema and rows for PostgreSQL 15 (psql -f)
 *   demo_expected.json  the ground truth tests assert against
 *
 * One process, one thread. The schema (schema.c) is turned into SQLite DDL
 * with comments placed where Sextant's SQLite reader takes them from (a
 * "--" comment on a column's line documents the column; one on the
 * "CREATE TABLE x (" line documents the table). The row generators
 * (rows.h) call row()/v_*()/end(); each row is bound to the table's
 * prepared INSERT and appended, COPY-escaped, to that table's in-memory
 * COPY block. After the rows, the generator checks the ground truth
 * against the data it wrote (declared FKs with PRAGMA foreign_key_check,
 * every relationship with an orphan count) and only then renames the three
 * files into place, so a failed run leaves the old files untouched.
 *
 * Usage: sextant-demogen OUTDIR */
#include "demogen.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---------------------------------------------------------------- buffers */

struct buf {
	char *p;
	size_t n, cap;
};

static void buf_grow(struct buf *b, size_t more)
{
	size_t cap;
	char *p;
	if (b->n + more + 1 <= b->cap)
		return;
	cap = b->cap ? b->cap : 4096;
	while (cap < b->n + more + 1)
		cap *= 2;
	p = realloc(b->p, cap);
	if (!p)
		die("out of memory");
	b->p = p;
	b->cap = cap;
}

static void buf_add(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

__attribute__((format(printf, 2, 3))) static void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("bad format");
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)n;
}

/* ---------------------------------------------------------------- errors */

void die(const char *fmt, ...)
{
	va_list ap;
	fputs("sextant-demogen: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* ---------------------------------------------------------------- sink */

struct tstate {
	sqlite3_stmt *ins;
	struct buf copy; /* COPY text rows */
	int64_t rows;
};

#define MAXCOLS 32

static struct {
	sqlite3 *db;
	struct tstate t[NTABLES];
	int cur; /* table of the open row, -1 when none */
	int col; /* next column */
	/* the open row's text values, bound SQLITE_STATIC: they stay put
	 * until end() has stepped the statement */
	struct buf val[MAXCOLS];
} S = {.cur = -1};

static const struct dcol *next_col(void)
{
	const struct dtable *t;
	if (S.cur < 0)
		die("value outside a row");
	t = &demo_tables[S.cur];
	if (S.col >= t->ncols)
		die("too many values for table \"%s\"", t->name);
	return &t->cols[S.col];
}

static void want(const struct dcol *c, bool ok, const char *what)
{
	if (!ok)
		die("column \"%s.%s\" given %s", demo_tables[S.cur].name, c->name, what);
}

static void sep(void)
{
	if (S.col > 0)
		buf_add(&S.t[S.cur].copy, "\t", 1);
}

/* Appends a value to the COPY row and binds it as text. */
static void put_text(const char *s, size_t n)
{
	struct buf *v = &S.val[S.col];
	v->n = 0;
	buf_add(v, s, n);
	sep();
	buf_add(&S.t[S.cur].copy, s, n);
	if (sqlite3_bind_text(S.t[S.cur].ins, S.col + 1, v->p, (int)n, SQLITE_STATIC) != SQLITE_OK)
		die("sqlite: bind: %s", sqlite3_errmsg(S.db));
	S.col++;
}

/* Decimal digits of v into the end of out; returns the start. printf is
 * the generator's hottest path otherwise. */
static char *itoa_end(char *end, int64_t v)
{
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	*--end = '\0';
	do
		*--end = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--end = '-';
	return end;
}

static void two(char *p, int v)
{
	p[0] = (char)('0' + v / 10);
	p[1] = (char)('0' + v % 10);
}

static void check_sqlite(int rc, const char *what)
{
	if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
		die("sqlite: %s: %s", what, sqlite3_errmsg(S.db));
}

void row(int table)
{
	if (S.cur >= 0)
		die("row of \"%s\" not ended", demo_tables[S.cur].name);
	S.cur = table;
	S.col = 0;
}

void v_i(int64_t v)
{
	const struct dcol *c = next_col();
	char tmp[32];
	want(c, c->ty == TY_ID || c->ty == TY_I64 || c->ty == TY_I32, "an integer");
	if (c->ty == TY_I32 && (v < INT32_MIN || v > INT32_MAX))
		die("column \"%s\" value %lld out of range", c->name, (long long)v);
	sep();
	buf_puts(&S.t[S.cur].copy, itoa_end(tmp + sizeof tmp, v));
	check_sqlite(sqlite3_bind_int64(S.t[S.cur].ins, S.col + 1, v), "bind");
	S.col++;
}

void v_null(void)
{
	const struct dcol *c = next_col();
	want(c, !(c->flags & NN) && c->ty != TY_ID, "NULL");
	sep();
	buf_add(&S.t[S.cur].copy, "\\N", 2);
	check_sqlite(sqlite3_bind_null(S.t[S.cur].ins, S.col + 1), "bind");
	S.col++;
}

static size_t utf8_len(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* COPY text format: backslash, tab, newline and carriage return are escaped */
static void copy_escape(struct buf *b, const char *s)
{
	const char *run = s;
	for (; *s; s++) {
		const char *e = NULL;
		switch (*s) {
		case '\\':
			e = "\\\\";
			break;
		case '\t':
			e = "\\t";
			break;
		case '\n':
			e = "\\n";
			break;
		case '\r':
			e = "\\r";
			break;
		default:
			continue;
		}
		buf_add(b, run, (size_t)(s - run));
		buf_add(b, e, 2);
		run = s + 1;
	}
	buf_add(b, run, (size_t)(s - run));
}

void v_s(const char *s)
{
	const struct dcol *c = next_col();
	want(c,
	     c->ty == TY_TEXT || c->ty == TY_VCHAR || c->ty == TY_CHAR || c->ty == TY_UUID ||
	         c->ty == TY_JSON || c->ty == TY_INET,
	     "text");
	if (c->ty == TY_VCHAR && utf8_len(s) > (size_t)c->len)
		die("column \"%s.%s\": \"%s\" is longer than %d", demo_tables[S.cur].name, c->name,
		    s, c->len);
	/* char(n) pads in PostgreSQL: keep values exact so both sides match */
	if (c->ty == TY_CHAR && utf8_len(s) != (size_t)c->len)
		die("column \"%s.%s\": \"%s\" is not %d characters", demo_tables[S.cur].name,
		    c->name, s, c->len);
	sep();
	copy_escape(&S.t[S.cur].copy, s);
	S.val[S.col].n = 0;
	buf_puts(&S.val[S.col], s);
	check_sqlite(sqlite3_bind_text(S.t[S.cur].ins, S.col + 1, S.val[S.col].p,
	                               (int)S.val[S.col].n, SQLITE_STATIC),
	             "bind");
	S.col++;
}

void v_f(const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	v_s(tmp);
}

/* A decimal as text for COPY and as the double PostgreSQL would parse
 * from that text for SQLite. */
static void v_decimal(const char *text, double v)
{
	sep();
	buf_puts(&S.t[S.cur].copy, text);
	check_sqlite(sqlite3_bind_double(S.t[S.cur].ins, S.col + 1, v), "bind");
	S.col++;
}

/* v / scale with `digits` decimals; the double is v / scale, which IEEE
 * division rounds to the double nearest the decimal, as strtod does */
static void v_scaled(int64_t v, int64_t scale, int digits)
{
	char tmp[48], frac[24], *ip, *fp;
	int64_t a = v < 0 ? -v : v;
	ip = itoa_end(tmp + 24, a / scale);
	fp = itoa_end(frac + sizeof frac, a % scale);
	{
		size_t n = strlen(ip), f = strlen(fp);
		char out[64], *o = out;
		if (v < 0)
			*o++ = '-';
		memcpy(o, ip, n);
		o += n;
		*o++ = '.';
		for (size_t k = f; k < (size_t)digits; k++)
			*o++ = '0';
		memcpy(o, fp, f + 1);
		v_decimal(out, (double)v / (double)scale);
	}
}

void v_money(int64_t cents)
{
	const struct dcol *c = next_col();
	want(c, c->ty == TY_MONEY, "money");
	v_scaled(cents, 100, 2);
}

void v_rate(int64_t micros)
{
	const struct dcol *c = next_col();
	want(c, c->ty == TY_RATE, "a rate");
	v_scaled(micros, 1000000, 6);
}

void v_real(double v)
{
	const struct dcol *c = next_col();
	char tmp[40];
	want(c, c->ty == TY_REAL, "a real");
	snprintf(tmp, sizeof tmp, "%.6f", v);
	v_decimal(tmp, strtod(tmp, NULL));
}

void v_bool(bool b)
{
	const struct dcol *c = next_col();
	want(c, c->ty == TY_BOOL, "a boolean");
	sep();
	buf_add(&S.t[S.cur].copy, b ? "t" : "f", 1);
	check_sqlite(sqlite3_bind_int(S.t[S.cur].ins, S.col + 1, b ? 1 : 0), "bind");
	S.col++;
}

#define DAY0 19358 /* 2023-01-01 in days since 1970-01-01 */

/* "YYYY-MM-DD" of a day, remembered for the next call (rows come in
 * runs of the same day) */
static void day_text(int64_t day, char out[11])
{
	static int64_t last = INT64_MIN;
	static char text[11];
	if (day != last) {
		int y;
		unsigned m, d;
		civil_from_days(DAY0 + day, &y, &m, &d);
		if (y < 1000 || y > 9999)
			die("date out of range: day %lld", (long long)day);
		two(text, y / 100);
		two(text + 2, y % 100);
		text[4] = '-';
		two(text + 5, (int)m);
		text[7] = '-';
		two(text + 8, (int)d);
		text[10] = '\0';
		last = day;
	}
	memcpy(out, text, 11);
}

void v_date(int day)
{
	const struct dcol *c = next_col();
	char tmp[11];
	want(c, c->ty == TY_DATE, "a date");
	day_text(day, tmp);
	put_text(tmp, 10);
}

void v_ts(int64_t sec)
{
	const struct dcol *c = next_col();
	char tmp[20];
	int64_t day = sec >= 0 ? sec / 86400 : -((-sec + 86399) / 86400);
	int s = (int)(sec - day * 86400);
	want(c, c->ty == TY_TS, "a timestamp");
	day_text(day, tmp);
	tmp[10] = ' ';
	two(tmp + 11, s / 3600);
	tmp[13] = ':';
	two(tmp + 14, s / 60 % 60);
	tmp[16] = ':';
	two(tmp + 17, s % 60);
	put_text(tmp, 19);
}

void v_opt_i(int64_t v)
{
	if (v)
		v_i(v);
	else
		v_null();
}

void v_opt_ts(int64_t sec)
{
	if (sec >= 0)
		v_ts(sec);
	else
		v_null();
}

void end(void)
{
	const struct dtable *t;
	struct tstate *ts;
	int rc;
	if (S.cur < 0)
		die("end() outside a row");
	t = &demo_tables[S.cur];
	ts = &S.t[S.cur];
	if (S.col != t->ncols)
		die("table \"%s\": %d values for %d columns", t->name, S.col, t->ncols);
	buf_add(&ts->copy, "\n", 1);
	rc = sqlite3_step(ts->ins);
	if (rc != SQLITE_DONE)
		die("insert into \"%s\" (row %lld): %s", t->name, (long long)ts->rows + 1,
		    sqlite3_errmsg(S.db));
	sqlite3_reset(ts->ins);
	ts->rows++;
	S.cur = -1;
}

int64_t rows_of(int table)
{
	return S.t[table].rows;
}

/* ---------------------------------------------------------------- DDL */

static const char *sqlite_type(const struct dcol *c, char *tmp, size_t n)
{
	switch (c->ty) {
	case TY_ID:
	case TY_I64:
		return "INTEGER";
	case TY_I32:
		return "INT";
	case TY_TEXT:
	case TY_INET:
		return "TEXT";
	case TY_VCHAR:
		snprintf(tmp, n, "VARCHAR(%d)", c->len);
		return tmp;
	case TY_CHAR:
		snprintf(tmp, n, "CHAR(%d)", c->len);
		return tmp;
	case TY_MONEY:
		return "NUMERIC(12,2)";
	case TY_RATE:
		return "NUMERIC(12,6)";
	case TY_REAL:
		return "REAL";
	case TY_BOOL:
		return "BOOLEAN";
	case TY_DATE:
		return "DATE";
	case TY_TS:
		return "TIMESTAMP";
	case TY_UUID:
		return "UUID";
	case TY_JSON:
		return "JSON";
	}
	return "TEXT";
}

static const char *pg_type(const struct dcol *c, char *tmp, size_t n)
{
	switch (c->ty) {
	case TY_ID:
		return "bigint GENERATED BY DEFAULT AS IDENTITY";
	case TY_I64:
		return "bigint";
	case TY_I32:
		return "integer";
	case TY_TEXT:
		return "text";
	case TY_INET:
		return "inet";
	case TY_VCHAR:
		snprintf(tmp, n, "varchar(%d)", c->len);
		return tmp;
	case TY_CHAR:
		snprintf(tmp, n, "char(%d)", c->len);
		return tmp;
	case TY_MONEY:
		return "numeric(12,2)";
	case TY_RATE:
		return "numeric(12,6)";
	case TY_REAL:
		return "double precision";
	case TY_BOOL:
		return "boolean";
	case TY_DATE:
		return "date";
	case TY_TS:
		return "timestamp";
	case TY_UUID:
		return "uuid";
	case TY_JSON:
		return "jsonb";
	}
	return "text";
}

/* "a, b" -> "a_b" for constraint and index names */
static void name_part(char *out, size_t n, const char *cols)
{
	size_t o = 0;
	for (; *cols && o + 1 < n; cols++) {
		if (*cols == ' ')
			continue;
		out[o++] = *cols == ',' ? '_' : *cols;
	}
	out[o] = '\0';
}

static void sqlite_create(struct buf *b, const struct dtable *t)
{
	char tmp[32];
	size_t i;
	bool tail = t->pk != NULL; /* elements after the columns */
	for (i = 0; i < demo_nrels; i++)
		if (demo_rels[i].declared && strcmp(demo_rels[i].child, t->name) == 0)
			tail = true;
	buf_printf(b, "CREATE TABLE %s (", t->name);
	if (t->comment)
		buf_printf(b, " -- %s", t->comment);
	buf_puts(b, "\n");
	for (int k = 0; k < t->ncols; k++) {
		const struct dcol *c = &t->cols[k];
		bool last = k == t->ncols - 1 && !tail;
		buf_printf(b, "  %s %s", c->name, sqlite_type(c, tmp, sizeof tmp));
		if (c->ty == TY_ID)
			buf_puts(b, " PRIMARY KEY");
		else if (c->flags & NN)
			buf_puts(b, " NOT NULL");
		if (c->flags & UQ)
			buf_puts(b, " UNIQUE");
		if (c->dflt)
			buf_printf(b, " DEFAULT %s", c->dflt);
		buf_puts(b, last ? "" : ",");
		if (c->comment)
			buf_printf(b, " -- %s", c->comment);
		buf_puts(b, "\n");
	}
	if (t->pk) {
		bool more = false;
		for (i = 0; i < demo_nrels; i++)
			if (demo_rels[i].declared && strcmp(demo_rels[i].child, t->name) == 0)
				more = true;
		buf_printf(b, "  PRIMARY KEY (%s)%s\n", t->pk, more ? "," : "");
	}
	for (i = 0; i < demo_nrels; i++) {
		const struct drel *r = &demo_rels[i];
		size_t j;
		bool more = false;
		if (!r->declared || strcmp(r->child, t->name) != 0)
			continue;
		for (j = i + 1; j < demo_nrels; j++)
			if (demo_rels[j].declared && strcmp(demo_rels[j].child, t->name) == 0)
				more = true;
		name_part(tmp, sizeof tmp, r->ccols);
		buf_printf(b, "  CONSTRAINT fk_%s_%s FOREIGN KEY (%s) REFERENCES %s (%s)%s\n",
		           t->name, tmp, r->ccols, r->parent, r->pcols, more ? "," : "");
	}
	buf_printf(b, ")%s", t->without_rowid ? " WITHOUT ROWID" : "");
}

static void index_sql(struct buf *b, const struct dtable *t, const char *cols, bool pg)
{
	char part[128];
	name_part(part, sizeof part, cols);
	buf_printf(b, "CREATE INDEX ix_%s_%s ON %s%s (%s)", t->name, part, pg ? "public." : "",
	           t->name, cols);
}

static void sql_literal(struct buf *b, const char *s)
{
	buf_puts(b, "'");
	for (; *s; s++) {
		if (*s == '\'')
			buf_puts(b, "''");
		else
			buf_add(b, s, 1);
	}
	buf_puts(b, "'");
}

/* ---------------------------------------------------------------- SQLite */

static void exec_sql(const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(S.db, sql, NULL, NULL, &msg) != SQLITE_OK)
		die("sqlite: %s\n  in: %.200s", msg ? msg : "?", sql);
}

static void sqlite_open(const char *path)
{
	struct buf b = {0};
	if (unlink(path) != 0 && errno != ENOENT)
		die("cannot remove \"%s\": %s", path, strerror(errno));
	if (sqlite3_open_v2(path, &S.db,
	                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
	                    NULL) != SQLITE_OK)
		die("cannot create \"%s\": %s", path, sqlite3_errmsg(S.db));
	/* a scratch file renamed into place at the end: no journal needed */
	exec_sql("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;"
	         "PRAGMA encoding='UTF-8'; BEGIN");
	for (int t = 0; t < NTABLES; t++) {
		const struct dtable *d = &demo_tables[t];
		b.n = 0;
		sqlite_create(&b, d);
		exec_sql(b.p);
		b.n = 0;
		buf_printf(&b, "INSERT INTO %s (", d->name);
		for (int k = 0; k < d->ncols; k++)
			buf_printf(&b, "%s%s", k ? ", " : "", d->cols[k].name);
		buf_puts(&b, ") VALUES (");
		for (int k = 0; k < d->ncols; k++)
			buf_puts(&b, k ? ", ?" : "?");
		buf_puts(&b, ")");
		if (sqlite3_prepare_v2(S.db, b.p, -1, &S.t[t].ins, NULL) != SQLITE_OK)
			die("sqlite: prepare \"%s\": %s", b.p, sqlite3_errmsg(S.db));
	}
	free(b.p);
}

static int64_t query_int(const char *sql)
{
	sqlite3_stmt *st;
	int64_t v = -1;
	if (sqlite3_prepare_v2(S.db, sql, -1, &st, NULL) != SQLITE_OK)
		die("sqlite: prepare \"%s\": %s", sql, sqlite3_errmsg(S.db));
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The ground truth must hold in the data: every declared FK (SQLite's own
 * check) and every relationship, declared or not, has no orphans. */
static void verify(void)
{
	struct buf b = {0};
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(S.db, "PRAGMA foreign_key_check", -1, &st, NULL) != SQLITE_OK)
		die("sqlite: foreign_key_check: %s", sqlite3_errmsg(S.db));
	if (sqlite3_step(st) == SQLITE_ROW)
		die("declared foreign key violated in \"%s\" (rowid %lld -> \"%s\")",
		    sqlite3_column_text(st, 0), (long long)sqlite3_column_int64(st, 1),
		    sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	for (size_t i = 0; i < demo_nrels; i++) {
		const struct drel *r = &demo_rels[i];
		char cc[4][40], pc[4][40];
		int n = sscanf(r->ccols, "%39[^,], %39s", cc[0], cc[1]);
		int m = sscanf(r->pcols, "%39[^,], %39s", pc[0], pc[1]);
		int64_t orphans;
		if (n != m || n < 1)
			die("relationship %s(%s): column lists differ", r->child, r->ccols);
		b.n = 0;
		buf_printf(&b, "SELECT count(*) FROM %s c WHERE c.%s IS NOT NULL", r->child, cc[0]);
		if (r->poly_col) {
			buf_printf(&b, " AND c.%s = ", r->poly_col);
			sql_literal(&b, r->poly_val);
		}
		buf_printf(&b, " AND NOT EXISTS (SELECT 1 FROM %s p WHERE p.%s = c.%s", r->parent,
		           pc[0], cc[0]);
		if (n == 2)
			buf_printf(&b, " AND p.%s = c.%s", pc[1], cc[1]);
		buf_puts(&b, ")");
		orphans = query_int(b.p);
		if (orphans != 0)
			die("relationship %s(%s) -> %s(%s): %lld orphan rows", r->child, r->ccols,
			    r->parent, r->pcols, (long long)orphans);
		/* and it is used: a relationship nobody follows would be no test */
		b.n = 0;
		buf_printf(&b, "SELECT count(*) FROM %s WHERE %s IS NOT NULL", r->child, cc[0]);
		if (r->poly_col) {
			buf_printf(&b, " AND %s = ", r->poly_col);
			sql_literal(&b, r->poly_val);
		}
		if (query_int(b.p) == 0)
			die("relationship %s(%s) -> %s has no rows", r->child, r->ccols, r->parent);
	}
	free(b.p);
}

static void sqlite_close(void)
{
	struct buf b = {0};
	for (int t = 0; t < NTABLES; t++) {
		const struct dtable *d = &demo_tables[t];
		for (int k = 0; d->indexes[k]; k++) {
			b.n = 0;
			index_sql(&b, d, d->indexes[k], false);
			exec_sql(b.p);
		}
		sqlite3_finalize(S.t[t].ins);
		S.t[t].ins = NULL;
	}
	free(b.p);
	for (int k = 0; k < MAXCOLS; k++) {
		free(S.val[k].p);
		S.val[k] = (struct buf){0};
	}
	exec_sql("COMMIT");
	verify();
	if (sqlite3_close(S.db) != SQLITE_OK)
		die("sqlite: close: %s", sqlite3_errmsg(S.db));
	S.db = NULL;
}

/* ---------------------------------------------------------------- PostgreSQL */

static void write_file(const char *path, const struct buf *b)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		die("cannot write \"%s\": %s", path, strerror(errno));
	if (fwrite(b->p, 1, b->n, f) != b->n || fclose(f) != 0)
		die("cannot write \"%s\": %s", path, strerror(errno));
}

static void pg_script(const char *path)
{
	struct buf b = {0};
	char tmp[32];
	FILE *f;
	buf_puts(
	    &b, "-- Sextant demo warehouse for PostgreSQL 15.\n"
	        "-- Generated by sextant-demogen from data/demo/ (do not edit; see docs/demo.md).\n"
	        "-- Load into an empty database: psql -v ON_ERROR_STOP=1 -f demo_pg.sql\n"
	        "SET client_encoding = 'UTF8';\n"
	        "SET standard_conforming_strings = on;\n"
	        "SET client_min_messages = warning;\n"
	        "SET search_path = public;\n"
	        "BEGIN;\n\n");
	for (int t = 0; t < NTABLES; t++) {
		const struct dtable *d = &demo_tables[t];
		buf_printf(&b, "CREATE TABLE public.%s (\n", d->name);
		for (int k = 0; k < d->ncols; k++) {
			const struct dcol *c = &d->cols[k];
			buf_printf(&b, "  %s %s", c->name, pg_type(c, tmp, sizeof tmp));
			if (c->ty == TY_ID)
				buf_puts(&b, " PRIMARY KEY");
			else if (c->flags & NN)
				buf_puts(&b, " NOT NULL");
			if (c->flags & UQ)
				buf_puts(&b, " UNIQUE");
			if (c->dflt)
				buf_printf(&b, " DEFAULT %s", c->dflt);
			buf_puts(&b, k == d->ncols - 1 && !d->pk ? "\n" : ",\n");
		}
		if (d->pk)
			buf_printf(&b, "  PRIMARY KEY (%s)\n", d->pk);
		buf_puts(&b, ");\n");
		if (d->comment) {
			buf_printf(&b, "COMMENT ON TABLE public.%s IS ", d->name);
			sql_literal(&b, d->comment);
			buf_puts(&b, ";\n");
		}
		for (int k = 0; k < d->ncols; k++) {
			if (!d->cols[k].comment)
				continue;
			buf_printf(&b, "COMMENT ON COLUMN public.%s.%s IS ", d->name,
			           d->cols[k].name);
			sql_literal(&b, d->cols[k].comment);
			buf_puts(&b, ";\n");
		}
		buf_puts(&b, "\n");
	}
	f = fopen(path, "wb");
	if (!f)
		die("cannot write \"%s\": %s", path, strerror(errno));
	/* the COPY blocks are large: stream them instead of copying them again */
	fwrite(b.p, 1, b.n, f);
	for (int t = 0; t < NTABLES; t++) {
		const struct dtable *d = &demo_tables[t];
		b.n = 0;
		buf_printf(&b, "COPY public.%s (", d->name);
		for (int k = 0; k < d->ncols; k++)
			buf_printf(&b, "%s%s", k ? ", " : "", d->cols[k].name);
		buf_puts(&b, ") FROM stdin;\n");
		fwrite(b.p, 1, b.n, f);
		fwrite(S.t[t].copy.p ? S.t[t].copy.p : "", 1, S.t[t].copy.n, f);
		fputs("\\.\n\n", f);
		free(S.t[t].copy.p);
		S.t[t].copy = (struct buf){0};
	}
	b.n = 0;
	buf_puts(&b, "-- identity sequences continue after the loaded ids\nDO $$\nBEGIN\n");
	for (int t = 0; t < NTABLES; t++) {
		const struct dtable *d = &demo_tables[t];
		for (int k = 0; k < d->ncols; k++)
			if (d->cols[k].ty == TY_ID)
				buf_printf(
				    &b,
				    "  PERFORM setval(pg_get_serial_sequence('public.%s', '%s'), "
				    "COALESCE((SELECT max(%s) FROM public.%s), 0) + 1, false);\n",
				    d->name, d->cols[k].name, d->cols[k].name, d->name);
	}
	buf_puts(&b, "END\n$$;\n");
	buf_puts(&b,
	         "\n-- declared foreign keys (the undeclared ones are listed in docs/demo.md)\n");
	for (size_t i = 0; i < demo_nrels; i++) {
		const struct drel *r = &demo_rels[i];
		if (!r->declared)
			continue;
		name_part(tmp, sizeof tmp, r->ccols);
		buf_printf(&b,
		           "ALTER TABLE public.%s ADD CONSTRAINT fk_%s_%s FOREIGN KEY (%s) "
		           "REFERENCES public.%s (%s);\n",
		           r->child, r->child, tmp, r->ccols, r->parent, r->pcols);
	}
	buf_puts(&b, "\n");
	for (int t = 0; t < NTABLES; t++) {
		const struct dtable *d = &demo_tables[t];
		for (int k = 0; d->indexes[k]; k++) {
			index_sql(&b, d, d->indexes[k], true);
			buf_puts(&b, ";\n");
		}
	}
	buf_puts(&b, "\nCOMMIT;\nANALYZE;\n");
	fwrite(b.p, 1, b.n, f);
	free(b.p);
	if (ferror(f) || fclose(f) != 0)
		die("cannot write \"%s\": %s", path, strerror(errno));
}

/* ---------------------------------------------------------------- ground truth */

static void json_str(struct buf *b, const char *s)
{
	buf_puts(b, "\"");
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c < 0x20)
			buf_printf(b, "\\u%04x", c);
		else
			buf_add(b, s, 1);
	}
	buf_puts(b, "\"");
}

static void json_cols(struct buf *b, const char *cols)
{
	char one[64];
	const char *p = cols;
	bool first = true;
	buf_puts(b, "[");
	while (*p) {
		size_t n = strcspn(p, ",");
		size_t s = 0;
		while (p[s] == ' ')
			s++;
		snprintf(one, sizeof one, "%.*s", (int)(n - s), p + s);
		if (!first)
			buf_puts(b, ", ");
		json_str(b, one);
		first = false;
		p += n;
		if (*p == ',')
			p++;
	}
	buf_puts(b, "]");
}

static void expected_json(const char *path)
{
	struct buf b = {0};
	size_t declared = 0, npii = 0;
	int64_t total = 0;
	for (size_t i = 0; i < demo_nrels; i++)
		declared += demo_rels[i].declared;
	buf_puts(&b, "{\n  \"generator\": \"sextant-demogen\",\n  \"seed\": ");
	json_str(&b, SEED_NAME);
	buf_puts(&b, ",\n  \"database\": \"demo\",\n  \"sqlite_schema\": \"main\",\n"
	             "  \"postgres_schema\": \"public\",\n  \"tables\": [\n");
	for (int t = 0; t < NTABLES; t++) {
		const struct dtable *d = &demo_tables[t];
		total += S.t[t].rows;
		buf_puts(&b, "    {\"name\": ");
		json_str(&b, d->name);
		buf_puts(&b, ", \"domain\": ");
		json_str(&b, d->domain);
		buf_printf(&b, ", \"rows\": %lld, \"primary_key\": ", (long long)S.t[t].rows);
		if (d->pk) {
			json_cols(&b, d->pk);
		} else {
			for (int k = 0; k < d->ncols; k++)
				if (d->cols[k].ty == TY_ID)
					json_cols(&b, d->cols[k].name);
		}
		buf_puts(&b, ", \"incremental_column\": ");
		if (d->incremental)
			json_str(&b, d->incremental);
		else
			buf_puts(&b, "null");
		buf_puts(&b, ", \"comment\": ");
		if (d->comment)
			json_str(&b, d->comment);
		else
			buf_puts(&b, "null");
		buf_puts(&b, t == NTABLES - 1 ? "}\n" : "},\n");
	}
	buf_puts(&b, "  ],\n  \"relationships\": [\n");
	for (size_t i = 0; i < demo_nrels; i++) {
		const struct drel *r = &demo_rels[i];
		buf_puts(&b, "    {\"child_table\": ");
		json_str(&b, r->child);
		buf_puts(&b, ", \"child_columns\": ");
		json_cols(&b, r->ccols);
		buf_puts(&b, ", \"parent_table\": ");
		json_str(&b, r->parent);
		buf_puts(&b, ", \"parent_columns\": ");
		json_cols(&b, r->pcols);
		buf_printf(&b,
		           ", \"declared\": %s, \"cardinality\": ", r->declared ? "true" : "false");
		json_str(&b, r->card);
		if (r->poly_col) {
			buf_puts(&b, ", \"polymorphic\": {\"type_column\": ");
			json_str(&b, r->poly_col);
			buf_puts(&b, ", \"type_value\": ");
			json_str(&b, r->poly_val);
			buf_puts(&b, "}");
		}
		if (r->why) {
			buf_puts(&b, ", \"discoverable_by\": ");
			json_str(&b, r->why);
		}
		buf_puts(&b, i == demo_nrels - 1 ? "}\n" : "},\n");
	}
	buf_puts(&b, "  ],\n  \"junctions\": [\n");
	for (size_t i = 0; i < demo_njunctions; i++) {
		buf_puts(&b, "    {\"table\": ");
		json_str(&b, demo_junctions[i].table);
		buf_puts(&b, ", \"left\": ");
		json_str(&b, demo_junctions[i].left);
		buf_puts(&b, ", \"right\": ");
		json_str(&b, demo_junctions[i].right);
		buf_puts(&b, i == demo_njunctions - 1 ? "}\n" : "},\n");
	}
	buf_puts(&b, "  ],\n  \"pii\": [\n");
	for (int t = 0; t < NTABLES; t++)
		for (int k = 0; k < demo_tables[t].ncols; k++)
			npii += demo_tables[t].cols[k].pii != NULL;
	for (int t = 0, seen = 0; t < NTABLES; t++) {
		const struct dtable *d = &demo_tables[t];
		for (int k = 0; k < d->ncols; k++) {
			if (!d->cols[k].pii)
				continue;
			buf_puts(&b, "    {\"table\": ");
			json_str(&b, d->name);
			buf_puts(&b, ", \"column\": ");
			json_str(&b, d->cols[k].name);
			buf_puts(&b, ", \"class\": ");
			json_str(&b, d->cols[k].pii);
			buf_puts(&b, (size_t)++seen == npii ? "}\n" : "},\n");
		}
	}
	buf_printf(&b,
	           "  ],\n  \"counts\": {\"tables\": %d, \"rows\": %lld, \"relationships\": %zu, "
	           "\"declared\": %zu, \"undeclared\": %zu, \"pii_columns\": %zu}\n}\n",
	           NTABLES, (long long)total, demo_nrels, declared, demo_nrels - declared, npii);
	write_file(path, &b);
	free(b.p);
}

/* ---------------------------------------------------------------- self-check */

static bool in_list(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (strcmp(*list, s) == 0)
			return true;
	return false;
}

static const struct dtable *table_named(const char *name)
{
	for (int t = 0; t < NTABLES; t++)
		if (strcmp(demo_tables[t].name, name) == 0)
			return &demo_tables[t];
	return NULL;
}

static const struct dcol *col_named(const struct dtable *t, const char *name, size_t n)
{
	for (int k = 0; k < t->ncols; k++)
		if (strlen(t->cols[k].name) == n && strncmp(t->cols[k].name, name, n) == 0)
			return &t->cols[k];
	return NULL;
}

static void check_cols(const struct dtable *t, const char *cols, const char *what)
{
	const char *p = cols;
	while (*p) {
		size_t n;
		while (*p == ' ')
			p++;
		n = strcspn(p, ",");
		if (!col_named(t, p, n))
			die("%s: table \"%s\" has no column \"%.*s\"", what, t->name, (int)n, p);
		p += n;
		if (*p == ',')
			p++;
	}
}

/* The schema is hand-written data: catch slips before writing anything. */
static void check_schema(void)
{
	for (int t = 0; t < NTABLES; t++) {
		const struct dtable *d = &demo_tables[t];
		int ids = 0;
		if (!d->name || !in_list(demo_domains, d->domain))
			die("table %d: missing name or unknown domain", t);
		if (d->ncols > MAXCOLS)
			die("table \"%s\": more than %d columns", d->name, MAXCOLS);
		for (int u = 0; u < t; u++)
			if (strcmp(demo_tables[u].name, d->name) == 0)
				die("table \"%s\" defined twice", d->name);
		for (int k = 0; k < d->ncols; k++) {
			const struct dcol *c = &d->cols[k];
			ids += c->ty == TY_ID;
			if (c->pii && !in_list(demo_pii_classes, c->pii))
				die("column \"%s.%s\": unknown PII class \"%s\"", d->name, c->name,
				    c->pii);
			if (c->comment && strchr(c->comment, '\n'))
				die("column \"%s.%s\": comment spans lines", d->name, c->name);
			if (col_named(d, c->name, strlen(c->name)) != c)
				die("column \"%s.%s\" defined twice", d->name, c->name);
		}
		if ((ids == 1) == (d->pk != NULL) || ids > 1)
			die("table \"%s\": exactly one of an id column and a primary key", d->name);
		if (d->pk)
			check_cols(d, d->pk, "primary key");
		for (int k = 0; d->indexes[k]; k++)
			check_cols(d, d->indexes[k], "index");
		if (d->incremental)
			check_cols(d, d->incremental, "incremental column");
	}
	for (size_t i = 0; i < demo_nrels; i++) {
		const struct drel *r = &demo_rels[i];
		const struct dtable *c = table_named(r->child), *p = table_named(r->parent);
		if (!c || !p)
			die("relationship %zu: unknown table", i);
		check_cols(c, r->ccols, "relationship");
		check_cols(p, r->pcols, "relationship");
		if (r->poly_col)
			check_cols(c, r->poly_col, "relationship");
	}
	for (size_t i = 0; i < demo_njunctions; i++)
		if (!table_named(demo_junctions[i].table))
			die("junction \"%s\": unknown table", demo_junctions[i].table);
}

/* ---------------------------------------------------------------- main */

static void path_join(char *out, size_t n, const char *dir, const char *name)
{
	if ((size_t)snprintf(out, n, "%s/%s", dir, name) >= n)
		die("path too long: \"%s/%s\"", dir, name);
}

static void place(const char *dir, const char *name)
{
	char tmp[4096], dst[4096];
	path_join(dst, sizeof dst, dir, name);
	snprintf(tmp, sizeof tmp, "%s.tmp", dst);
	if (rename(tmp, dst) != 0)
		die("cannot rename \"%s\": %s", tmp, strerror(errno));
}

/* scratch files of this run, removed at exit unless renamed into place */
static char scratch[3][4200];

static void remove_scratch(void)
{
	for (int i = 0; i < 3; i++)
		if (scratch[i][0])
			unlink(scratch[i]); /* a directory in the way stays: not ours */
}

int main(int argc, char **argv)
{
	char p_sqlite[4096], p_pg[4096], p_json[4096];
	struct timespec t0, t1;
	int64_t total = 0;
	if (argc != 2 || argv[1][0] == '-') {
		fprintf(stderr,
		        "usage: sextant-demogen OUTDIR\n"
		        "writes demo.sqlite, demo_pg.sql and demo_expected.json into OUTDIR\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	check_schema();
	if (mkdir(argv[1], 0755) != 0 && errno != EEXIST)
		die("cannot create \"%s\": %s", argv[1], strerror(errno));
	path_join(p_sqlite, sizeof p_sqlite, argv[1], "demo.sqlite");
	path_join(p_pg, sizeof p_pg, argv[1], "demo_pg.sql");
	path_join(p_json, sizeof p_json, argv[1], "demo_expected.json");

	snprintf(scratch[0], sizeof scratch[0], "%s.tmp", p_sqlite);
	snprintf(scratch[1], sizeof scratch[1], "%s.tmp", p_json);
	snprintf(scratch[2], sizeof scratch[2], "%s.tmp", p_pg);
	sqlite_open(scratch[0]);
	atexit(remove_scratch); /* after sqlite_open removed an old scratch file */
	gen_all();
	if (S.cur >= 0)
		die("row of \"%s\" not ended", demo_tables[S.cur].name);
	sqlite_close();
	expected_json(scratch[1]);
	pg_script(scratch[2]);

	/* all three written: replace the old files */
	place(argv[1], "demo.sqlite");
	place(argv[1], "demo_pg.sql");
	place(argv[1], "demo_expected.json");
	memset(scratch, 0, sizeof scratch);
	for (int t = 0; t < NTABLES; t++)
		total += S.t[t].rows;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("sextant-demogen: %d tables, %lld rows, %zu relationships in %s (%.2f s)\n", NTABLES,
	       (long long)total, demo_nrels, argv[1],
	       (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	return 0;
}
