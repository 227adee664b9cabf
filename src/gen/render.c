/*
 * render.c - a query spec as SQL: the full-load SELECT in the source's
 * dialect (PostgreSQL, SQLite, ClickHouse), the target DDL and the load
 * statements in the target's dialect.
 *
 * Design: the SELECT is built from the spec's groups. One group renders
 * as one aggregate query; several groups (measures on different tables)
 * render as one CTE per group, each aggregated at the grain, joined on the
 * grain's keys afterwards, so a header amount is never summed over its
 * lines (the fan trap). Top N wraps the result in a ROW_NUMBER() window.
 * Identifiers are always quoted with the dialect's rules
 * (sx_map_quote_ident); values from the intent or the value dictionary are
 * written as escaped string literals. Output column names are fixed by the
 * spec, so reruns give the same columns.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "gen_int.h"

void gen_q(sx_buf *b, sx_db_kind d, const char *ident)
{
	sx_map_quote_ident(b, d == SX_DB_DDL ? SX_DB_POSTGRES : d, ident);
}

void gen_qtable(sx_buf *b, sx_db_kind d, const sx_table *t)
{
	if (d == SX_DB_POSTGRES && t->schema && t->schema->name && strcmp(t->schema->name, "main") != 0) {
		gen_q(b, d, t->schema->name);
		sx_buf_putc(b, '.');
	}
	gen_q(b, d, t->name);
}

void gen_lit(sx_buf *b, sx_db_kind d, const char *s)
{
	/* PostgreSQL (standard strings) and SQLite: only quotes double;
	 * ClickHouse also reads backslash escapes */
	sx_buf_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'' || (*s == '\\' && d == SX_DB_CLICKHOUSE))
			sx_buf_putc(b, *s);
		sx_buf_putc(b, *s);
	}
	sx_buf_putc(b, '\'');
}

/* ---------------------------------------------------------------- aliases */

/* The columns a flattened ClickHouse join chain must carry: (alias, column)
 * pairs, each named `t<alias>__<column>` above the chain. */
typedef struct flatcols {
	size_t n;
	int alias[96];
	char col[96][128]; /* copied: a caller's name may be a scratch buffer */
} flatcols;

typedef struct gctx {
	const sx_gen_spec *s;
	sx_db_kind d;
	const sx_gen_group *g;
	/* ClickHouse 18.16 runs one JOIN per SELECT: a group of two joins or
	 * more is written as nested subqueries (flat_from), and each column
	 * reference as its flat name, collected here */
	flatcols *flat;
} gctx;

/* Alias of a table inside a group: t0 for the fact, t<i+1> for join i. */
static int alias_of(const sx_gen_group *g, const sx_table *t)
{
	size_t i;
	if (t == g->fact)
		return 0;
	for (i = 0; i < g->njoins; i++)
		if (g->joins[i].to == t)
			return (int)i + 1;
	return -1;
}

/* `t<a>__<col>`, the name column col of alias a has above a flat chain;
 * the pair is recorded (once) for the chain to carry. */
static void flat_ref(sx_buf *b, const gctx *c, int a, const char *col)
{
	flatcols *f = c->flat;
	char nm[300];
	size_t i;
	for (i = 0; i < f->n; i++)
		if (f->alias[i] == a && strcmp(f->col[i], col) == 0)
			break;
	if (i == f->n && f->n < sizeof f->alias / sizeof f->alias[0] && strlen(col) < sizeof f->col[0]) {
		f->alias[f->n] = a;
		memcpy(f->col[f->n++], col, strlen(col) + 1);
	}
	snprintf(nm, sizeof nm, "t%d__%s", a, col);
	gen_q(b, c->d, nm);
}

/* A column of the superior's row of a list beside it (list_select's t1). */
static void superior_ref(sx_buf *b, sx_db_kind d, const char *col)
{
	sx_buf_puts(b, "t1.");
	gen_q(b, d, col);
}

static void colref(sx_buf *b, const gctx *c, const sx_table *t, const char *col)
{
	int a = alias_of(c->g, t);
	if (c->flat) {
		flat_ref(b, c, a < 0 ? 0 : a, col);
		return;
	}
	sx_buf_printf(b, "t%d.", a < 0 ? 0 : a);
	gen_q(b, c->d, col);
}

/* A column compared with a number, or read as a year: a number kept as
 * text ('2016', '13') is cast, since SQLite orders any text after every
 * number and PostgreSQL has no text > integer (gen35-lead); a year kept
 * as a float (1980.0) is cast to a whole year where it is shown. */
static void numref(sx_buf *b, const gctx *c, const sx_table *t, const char *col, bool whole)
{
	const sx_column *sc = t ? sx_table_find_column(t, col) : NULL;
	bool text = sc && sc->family == SX_TF_TEXT, fl = whole && sc && sc->family == SX_TF_FLOAT;
	if (!text && !fl) {
		colref(b, c, t, col);
		return;
	}
	if (c->d == SX_DB_CLICKHOUSE) {
		sx_buf_puts(b, whole ? "toInt32(" : "toFloat64(");
		colref(b, c, t, col);
		sx_buf_puts(b, ")");
		return;
	}
	sx_buf_puts(b, "CAST(");
	colref(b, c, t, col);
	sx_buf_puts(b, whole ? " AS INTEGER)" : c->d == SX_DB_POSTGRES ? " AS NUMERIC)" : " AS REAL)");
}

/* A dimension's column: on the second copy of its table where it is read
 * through a self reference (the join from the table to itself on role_col;
 * gen24), else as colref. */
static void dimref(sx_buf *b, const gctx *c, const sx_gen_dim *dm)
{
	size_t i;
	for (i = 0; dm->role_col && i < c->g->njoins; i++) {
		const sx_gen_join *j = &c->g->joins[i];
		if (j->from == dm->table && j->to == dm->table && strcmp(j->from_cols[0], dm->role_col) == 0) {
			if (c->flat) {
				flat_ref(b, c, (int)i + 1, dm->column);
				return;
			}
			sx_buf_printf(b, "t%zu.", i + 1);
			gen_q(b, c->d, dm->column);
			return;
		}
	}
	colref(b, c, dm->table, dm->column);
}

static void bucket(sx_buf *b, sx_db_kind d, sx_gen_grain g, const char *x)
{
	if (g == SX_GRAIN_WEEKDAY) {
		/* 0 = Sunday .. 6 = Saturday in every dialect (ClickHouse counts
		 * Monday = 1 .. Sunday = 7) */
		if (d == SX_DB_SQLITE)
			sx_buf_printf(b, "CAST(strftime('%%w', %s) AS INTEGER)", x);
		else if (d == SX_DB_CLICKHOUSE)
			sx_buf_printf(b, "toDayOfWeek(%s) %% 7", x);
		else
			sx_buf_printf(b, "CAST(EXTRACT(DOW FROM %s) AS integer)", x);
		return;
	}
	switch (d) {
	case SX_DB_SQLITE:
		switch (g) {
		case SX_GRAIN_HOUR: sx_buf_printf(b, "strftime('%%Y-%%m-%%d %%H:00:00', %s)", x); break;
		case SX_GRAIN_DAY: sx_buf_printf(b, "date(%s)", x); break;
		case SX_GRAIN_WEEK:
			sx_buf_printf(b, "date(%s, '-' || ((CAST(strftime('%%w', %s) AS integer) + 6) %% 7) || ' days')", x, x);
			break;
		case SX_GRAIN_MONTH: sx_buf_printf(b, "strftime('%%Y-%%m-01', %s)", x); break;
		case SX_GRAIN_QUARTER:
			sx_buf_printf(b, "printf('%%s-%%02d-01', strftime('%%Y', %s), ((CAST(strftime('%%m', %s) AS integer) - 1) / 3) * 3 + 1)", x, x);
			break;
		case SX_GRAIN_YEAR: sx_buf_printf(b, "strftime('%%Y-01-01', %s)", x); break;
		default: sx_buf_puts(b, x);
		}
		break;
	case SX_DB_CLICKHOUSE: {
		static const char *const f[] = {"", "toStartOfHour", "toDate", "toMonday", "toStartOfMonth",
						"toStartOfQuarter", "toStartOfYear"};
		sx_buf_printf(b, "%s(%s)", f[g], x);
		break;
	}
	default: {
		static const char *const u[] = {"", "hour", "day", "week", "month", "quarter", "year"};
		if (g == SX_GRAIN_HOUR)
			sx_buf_printf(b, "date_trunc('hour', %s)", x);
		else
			sx_buf_printf(b, "CAST(date_trunc('%s', %s) AS date)", u[g], x);
	}
	}
}

/* A date compared with a column of t: ClickHouse 18.16 compares a
 * DateTime with a Date as bare numbers (seconds against days: no row of
 * 2024 is before toDate('2025-01-01')), so a DateTime column gets a
 * DateTime at midnight. */
static bool ch_datetime(sx_db_kind d, const sx_table *t, const char *col)
{
	const sx_column *c = t && col ? gen_col(t, col) : NULL;
	return d == SX_DB_CLICKHOUSE && c && c->family == SX_TF_TIMESTAMP;
}

static void date_lit(sx_buf *b, sx_db_kind d, const char *iso, bool ts)
{
	if (d == SX_DB_POSTGRES)
		sx_buf_printf(b, "DATE '%s'", iso);
	else if (d == SX_DB_CLICKHOUSE && ts)
		sx_buf_printf(b, "toDateTime('%s 00:00:00')", iso);
	else if (d == SX_DB_CLICKHOUSE)
		sx_buf_printf(b, "toDate('%s')", iso);
	else
		sx_buf_printf(b, "'%s'", iso);
}

/* The period of a row at grain g: the bucket of its time x, or the
 * integer year itself at the year grain (gen19). */
static void period(sx_buf *b, const gctx *c, sx_gen_grain g, const char *x)
{
	if (c->g->time_year && g == SX_GRAIN_YEAR)
		numref(b, c, c->g->time_table ? c->g->time_table : c->g->fact, c->g->time_column, true);
	else
		bucket(b, c->d, g, x);
}

/* The condition of a filter: col = v, col <> v, col IN (...), col NOT IN (...). */
static void filter_cond(sx_buf *b, const gctx *c, const sx_gen_filter *f)
{
	size_t k;
	if (f->op == SX_FOP_DATE_RANGE) {
		/* one year of a pivot on the group's time column (the lead,
		 * round 36): an integer year compared as a number */
		const sx_table *tt = c->g->time_table ? c->g->time_table : c->g->fact;
		sx_buf t = SX_BUF_INIT;
		if (!c->g->time_column) {
			sx_buf_puts(b, "1 = 1");
			return;
		}
		if (c->g->time_year) {
			numref(&t, c, tt, c->g->time_column, true);
			sx_buf_printf(b, "%s >= %d AND %s < %d", sx_buf_cstr(&t), atoi(f->values[0]), sx_buf_cstr(&t),
			              atoi(f->values[1]));
		} else {
			bool ts = ch_datetime(c->d, tt, c->g->time_column);
			colref(&t, c, c->g->time_table, c->g->time_column);
			sx_buf_printf(b, "%s >= ", sx_buf_cstr(&t));
			date_lit(b, c->d, f->values[0], ts);
			sx_buf_printf(b, " AND %s < ", sx_buf_cstr(&t));
			date_lit(b, c->d, f->values[1], ts);
		}
		sx_buf_release(&t);
		return;
	}
	if (f->op == SX_FOP_NOT_EXISTS && c->d == SX_DB_CLICKHOUSE) {
		/* ClickHouse runs no correlated subquery: the keys the referring
		 * table holds, as a set (a NULL in it matches nothing, as in
		 * NOT EXISTS) */
		colref(b, c, f->table, f->column);
		sx_buf_puts(b, " NOT IN (SELECT nx.");
		gen_q(b, c->d, f->values[0]);
		sx_buf_puts(b, " FROM ");
		gen_qtable(b, c->d, f->other);
		sx_buf_puts(b, " AS nx)");
		return;
	}
	if (f->op == SX_FOP_NOT_EXISTS) {
		/* no row of the referring table (gen21) */
		sx_buf_puts(b, "NOT EXISTS (SELECT 1 FROM ");
		gen_qtable(b, c->d, f->other);
		sx_buf_puts(b, " AS nx WHERE nx.");
		gen_q(b, c->d, f->values[0]);
		sx_buf_puts(b, " = ");
		colref(b, c, f->table, f->column);
		sx_buf_puts(b, ")");
		return;
	}
	if (f->op == SX_FOP_GE || f->op == SX_FOP_LT || f->op == SX_FOP_GT || f->op == SX_FOP_LE)
		numref(b, c, f->table, f->column, false);
	else
		colref(b, c, f->table, f->column);
	if (f->op == SX_FOP_IS_NULL || f->op == SX_FOP_NOT_NULL) {
		sx_buf_puts(b, f->op == SX_FOP_IS_NULL ? " IS NULL" : " IS NOT NULL");
		return;
	}
	if (f->op == SX_FOP_GE || f->op == SX_FOP_LT || f->op == SX_FOP_GT || f->op == SX_FOP_LE) {
		/* a number bound (gen14, gen15): the literal unquoted */
		sx_buf_printf(b, " %s %s",
		              f->op == SX_FOP_GE   ? ">="
		              : f->op == SX_FOP_LT ? "<"
		              : f->op == SX_FOP_GT ? ">"
		                                   : "<=",
		              f->values[0]);
		return;
	}
	if (f->op == SX_FOP_GT_COL) {
		/* a column later than another of its row (gen15), a number
		 * compared with another, of its row or its parent's (gen21) */
		sx_buf_printf(b, " %s ", f->col_op ? f->col_op : ">");
		if (f->avg_all) {
			/* the average of every row: a scalar subquery */
			sx_buf_puts(b, "(SELECT AVG(ga.");
			gen_q(b, c->d, f->values[0]);
			sx_buf_puts(b, ") FROM ");
			gen_qtable(b, c->d, f->table);
			sx_buf_puts(b, " AS ga)");
		} else if (f->avg_by) {
			/* the average of the row's group (gen37): a correlated
			 * subquery, which SQLite and PostgreSQL run */
			sx_buf_puts(b, "(SELECT AVG(ga.");
			gen_q(b, c->d, f->values[0]);
			sx_buf_puts(b, ") FROM ");
			gen_qtable(b, c->d, f->table);
			sx_buf_puts(b, " AS ga WHERE ga.");
			gen_q(b, c->d, f->avg_by);
			sx_buf_puts(b, " = ");
			colref(b, c, f->table, f->avg_by);
			sx_buf_puts(b, ")");
		} else if (f->other_superior)
			superior_ref(b, c->d, f->values[0]);
		else
			colref(b, c, f->other ? f->other : f->table, f->values[0]);
		return;
	}
	if (f->nvalues == 1 && (f->op == SX_FOP_IN || f->op == SX_FOP_NOT_IN))
		sx_buf_puts(b, f->op == SX_FOP_IN ? " = " : " <> ");
	else
		sx_buf_puts(b, f->op == SX_FOP_IN       ? " IN ("
		               : f->op == SX_FOP_NOT_IN ? " NOT IN ("
		                                        : " = ");
	for (k = 0; k < f->nvalues; k++) {
		if (k)
			sx_buf_puts(b, ", ");
		gen_lit(b, c->d, f->values[k]);
	}
	if (f->nvalues > 1 && (f->op == SX_FOP_IN || f->op == SX_FOP_NOT_IN))
		sx_buf_puts(b, ")");
}

/* The column inside a "{col}" expression (a step's key), into buf. */
static const char *brace_col(const char *ex, char *buf, size_t n)
{
	const char *e;
	if (!ex || ex[0] != '{' || !(e = strchr(ex, '}')) || e[1])
		return NULL;
	snprintf(buf, n, "%.*s", (int)(e - ex - 1), ex + 1);
	return buf;
}

/* An ordered funnel step: " AND EXISTS (a row of the previous step for the
 * same key at or before this row's time, itself after its own previous
 * step ...)". key and at are the outer row's column references. */
static void after_cond(sx_buf *b, const gctx *c, const sx_gen_measure *m, const char *key,
                       const char *at, int depth)
{
	const sx_gen_measure *pm;
	char kc[128], al[16];
	sx_buf k2 = SX_BUF_INIT, a2 = SX_BUF_INIT;
	size_t v;
	if (!m->after_step || m->after_step > c->s->nmeasures || !m->after_time || depth > 8)
		return;
	pm = &c->s->measures[m->after_step - 1];
	if (!pm->only || !brace_col(pm->expr, kc, sizeof kc))
		return;
	snprintf(al, sizeof al, "f%d", depth);
	sx_buf_puts(b, " AND EXISTS (SELECT 1 FROM ");
	gen_qtable(b, c->d, pm->table);
	sx_buf_printf(b, " AS %s WHERE %s.", al, al);
	gen_q(b, c->d, kc);
	sx_buf_printf(b, " = %s AND %s.", key, al);
	gen_q(b, c->d, pm->only->column);
	sx_buf_puts(b, pm->only->nvalues > 1 ? " IN (" : " = ");
	for (v = 0; v < pm->only->nvalues; v++) {
		if (v)
			sx_buf_puts(b, ", ");
		gen_lit(b, c->d, pm->only->values[v]);
	}
	if (pm->only->nvalues > 1)
		sx_buf_puts(b, ")");
	sx_buf_printf(b, " AND %s.", al);
	gen_q(b, c->d, m->after_time);
	sx_buf_printf(b, " <= %s", at);
	sx_buf_printf(&k2, "%s.", al);
	gen_q(&k2, c->d, kc);
	sx_buf_printf(&a2, "%s.", al);
	gen_q(&a2, c->d, m->after_time);
	if (pm->after_step)
		after_cond(b, c, pm, sx_buf_cstr(&k2), sx_buf_cstr(&a2), depth + 1);
	sx_buf_puts(b, ")");
	sx_buf_release(&k2);
	sx_buf_release(&a2);
}

/* An aggregate restricted to the rows of a per-measure filter: PostgreSQL
 * AGG(x) FILTER (WHERE cond), ClickHouse aggIf(x, cond), SQLite
 * AGG(CASE WHEN cond THEN x END); x NULL is COUNT(*). */
static void filtered_agg(sx_buf *b, const gctx *c, sx_gen_agg agg, const char *x,
                         const sx_gen_filter *f, const sx_gen_measure *m)
{
	static const char *const pg[] = {"SUM", "COUNT", "COUNT", "AVG", "MIN", "MAX"};
	static const char *const ch[] = {"sumIf", "countIf", "uniqExactIf",
	                                 "avgIf", "minIf",   "maxIf"};
	sx_buf cond = SX_BUF_INIT;
	char kc[128];
	filter_cond(&cond, c, f);
	if (m && m->zero_empty && c->d != SX_DB_CLICKHOUSE)
		sx_buf_puts(b, "COALESCE(");
	if (m && m->after_step && brace_col(m->expr, kc, sizeof kc)) {
		sx_buf key = SX_BUF_INIT, at = SX_BUF_INIT;
		colref(&key, c, m->table, kc);
		colref(&at, c, m->table, m->after_time);
		after_cond(&cond, c, m, sx_buf_cstr(&key), sx_buf_cstr(&at), 1);
		sx_buf_release(&key);
		sx_buf_release(&at);
	}
	if (agg == SX_AGG_AVG)
		sx_buf_puts(b, c->d == SX_DB_POSTGRES ? "ROUND((" : "ROUND(");
	if (c->d == SX_DB_POSTGRES)
		sx_buf_printf(b, "%s(%s%s) FILTER (WHERE %s)", pg[agg],
		              agg == SX_AGG_COUNT_DISTINCT ? "DISTINCT " : "", x ? x : "*",
		              sx_buf_cstr(&cond));
	else if (c->d == SX_DB_CLICKHOUSE) {
		if (x && (agg == SX_AGG_AVG || agg == SX_AGG_MIN || agg == SX_AGG_MAX))
			/* no row of the group passes: NULL, as elsewhere (avgIf
			 * gives nan, minIf and maxIf the type's default, 0) */
			sx_buf_printf(b, "if(countIf(isNotNull(%s) AND (%s)) = 0, NULL, %s(%s, %s))", x,
			              sx_buf_cstr(&cond), ch[agg], x, sx_buf_cstr(&cond));
		else if (x)
			sx_buf_printf(b, "%s(%s, %s)", ch[agg], x, sx_buf_cstr(&cond));
		else
			sx_buf_printf(b, "countIf(%s)", sx_buf_cstr(&cond));
	} else
		sx_buf_printf(b, "%s(%sCASE WHEN %s THEN %s END)", pg[agg],
		              agg == SX_AGG_COUNT_DISTINCT ? "DISTINCT " : "", sx_buf_cstr(&cond),
		              x ? x : "1");
	if (agg == SX_AGG_AVG)
		sx_buf_puts(b, c->d == SX_DB_POSTGRES ? ")::numeric, 2)" : ", 2)");
	if (m && m->zero_empty && c->d != SX_DB_CLICKHOUSE)
		sx_buf_puts(b, ", 0)");
	sx_buf_release(&cond);
}

/* The days from one date of a row to another, "END:START" (MK_DATE_DIFF,
 * the lead, round 30): SQLite julianday, PostgreSQL the epoch of the
 * interval (dates cast to timestamps, so DATE columns subtract too),
 * ClickHouse seconds since the epoch (18.16 has them for Date and
 * DateTime alike). */
static void date_diff(sx_buf *b, const gctx *c, const sx_table *t, const char *cols)
{
	char end[128];
	const char *colon = strchr(cols, ':');
	sx_buf e = SX_BUF_INIT, s = SX_BUF_INIT;
	if (!colon || (size_t)(colon - cols) >= sizeof end)
		return;
	snprintf(end, sizeof end, "%.*s", (int)(colon - cols), cols);
	colref(&e, c, t, end);
	colref(&s, c, t, colon + 1);
	if (c->d == SX_DB_POSTGRES)
		sx_buf_printf(b, "(EXTRACT(EPOCH FROM (CAST(%s AS TIMESTAMP) - CAST(%s AS TIMESTAMP))) / 86400.0)",
		              sx_buf_cstr(&e), sx_buf_cstr(&s));
	else if (c->d == SX_DB_CLICKHOUSE)
		sx_buf_printf(b, "((toInt64(toDateTime(%s)) - toInt64(toDateTime(%s))) / 86400.0)", sx_buf_cstr(&e),
		              sx_buf_cstr(&s));
	else
		sx_buf_printf(b, "(julianday(%s) - julianday(%s))", sx_buf_cstr(&e), sx_buf_cstr(&s));
	sx_buf_release(&e);
	sx_buf_release(&s);
}

static void measure_expr(sx_buf *b, const gctx *c, const sx_gen_measure *m)
{
	const char *e = m->expr;
	sx_buf x = SX_BUF_INIT;
	if (m->pct) {
		sx_buf_puts(b, "100.0 * ");
		filtered_agg(b, c, SX_AGG_COUNT, NULL, m->only, NULL);
		sx_buf_puts(b, " / COUNT(*)");
		return;
	}
	if (!e) {
		if (m->only)
			filtered_agg(b, c, SX_AGG_COUNT, NULL, m->only, NULL);
		else
			sx_buf_puts(b, "COUNT(*)");
		return;
	}
	while (*e) {
		if (*e == '{') {
			const char *end = strchr(e, '}');
			char col[128];
			if (!end)
				break;
			snprintf(col, sizeof col, "%.*s", (int)(end - e - 1), e + 1);
			if (strncmp(col, "@dd:", 4) == 0)
				date_diff(&x, c, m->table, col + 4);
			else
				colref(&x, c, m->table, col);
			e = end + 1;
		} else {
			sx_buf_putc(&x, *e++);
		}
	}
	if (m->convert && c->s->rate_table && c->d != SX_DB_CLICKHOUSE) {
		const sx_gen_spec *s = c->s;
		sx_buf t = SX_BUF_INIT;
		sx_buf_puts(&x, " * CASE WHEN ");
		colref(&x, c, s->fact_cur_table, s->fact_cur_col);
		if (s->base_currency) {
			sx_buf_puts(&x, " = ");
			gen_lit(&x, c->d, s->base_currency);
		} else {
			sx_buf_puts(&x, " IS NULL");
		}
		sx_buf_puts(&x, " THEN 1 ELSE (SELECT r.");
		gen_q(&x, c->d, s->rate_col);
		sx_buf_puts(&x, " FROM ");
		gen_qtable(&x, c->d, s->rate_table);
		sx_buf_puts(&x, " AS r WHERE r.");
		gen_q(&x, c->d, s->rate_cur_col);
		sx_buf_puts(&x, " = ");
		colref(&x, c, s->fact_cur_table, s->fact_cur_col);
		sx_buf_puts(&x, " AND r.");
		gen_q(&x, c->d, s->rate_date_col);
		sx_buf_puts(&x, " <= ");
		colref(&t, c, c->g->time_table ? c->g->time_table : c->g->fact,
		       c->g->time_column ? c->g->time_column : s->rate_date_col);
		if (c->d == SX_DB_POSTGRES)
			sx_buf_printf(&x, "CAST(%s AS date)", sx_buf_cstr(&t));
		else
			sx_buf_printf(&x, "date(%s)", sx_buf_cstr(&t));
		sx_buf_puts(&x, " ORDER BY r.");
		gen_q(&x, c->d, s->rate_date_col);
		sx_buf_puts(&x, " DESC LIMIT 1) END");
		if (s->to_currency) {
			/* into another currency: divide by its rate at the same date */
			sx_buf_puts(&x, " / (SELECT r.");
			gen_q(&x, c->d, s->rate_col);
			sx_buf_puts(&x, " FROM ");
			gen_qtable(&x, c->d, s->rate_table);
			sx_buf_puts(&x, " AS r WHERE r.");
			gen_q(&x, c->d, s->rate_cur_col);
			sx_buf_puts(&x, " = ");
			gen_lit(&x, c->d, s->to_currency);
			sx_buf_puts(&x, " AND r.");
			gen_q(&x, c->d, s->rate_date_col);
			sx_buf_puts(&x, " <= ");
			if (c->d == SX_DB_POSTGRES)
				sx_buf_printf(&x, "CAST(%s AS date)", sx_buf_cstr(&t));
			else
				sx_buf_printf(&x, "date(%s)", sx_buf_cstr(&t));
			sx_buf_puts(&x, " ORDER BY r.");
			gen_q(&x, c->d, s->rate_date_col);
			sx_buf_puts(&x, " DESC LIMIT 1)");
		}
		sx_buf_release(&t);
	}
	if (m->only) {
		filtered_agg(b, c, m->agg, sx_buf_cstr(&x), m->only, m);
		sx_buf_release(&x);
		return;
	}
	switch (m->agg) {
	case SX_AGG_SUM: sx_buf_printf(b, "SUM(%s)", sx_buf_cstr(&x)); break;
	case SX_AGG_COUNT: sx_buf_printf(b, "COUNT(%s)", sx_buf_cstr(&x)); break;
	case SX_AGG_COUNT_DISTINCT: sx_buf_printf(b, "COUNT(DISTINCT %s)", sx_buf_cstr(&x)); break;
	case SX_AGG_AVG: /* PostgreSQL has no round(double precision, int):
	                  * an average of a real column is cast to numeric */
		sx_buf_printf(b, c->d == SX_DB_POSTGRES ? "ROUND(AVG(%s)::numeric, 2)" : "ROUND(AVG(%s), 2)",
		              sx_buf_cstr(&x));
		break;
	case SX_AGG_MIN: sx_buf_printf(b, "MIN(%s)", sx_buf_cstr(&x)); break;
	case SX_AGG_MAX: sx_buf_printf(b, "MAX(%s)", sx_buf_cstr(&x)); break;
	}
	sx_buf_release(&x);
}

static const char *grain_col(const sx_gen_spec *s)
{
	return sx_gen_grain_name(s->grain);
}

/* WHERE of one group: filters on tables it joins, the date range. */
static void where(sx_buf *b, const gctx *c)
{
	const sx_gen_spec *s = c->s;
	size_t i;
	bool any = false;
	for (i = 0; i < s->nfilters; i++) {
		const sx_gen_filter *f = &s->filters[i];
		if (alias_of(c->g, f->table) < 0 ||
		    (f->other && f->op == SX_FOP_GT_COL && alias_of(c->g, f->other) < 0))
			continue;
		sx_buf_puts(b, any ? "\n  AND " : "\nWHERE ");
		any = true;
		filter_cond(b, c, f);
	}
	if (c->g->time_column && s->weekend) {
		/* Saturday and Sunday: the day of the week 6 or 0 (gen14) */
		sx_buf t = SX_BUF_INIT;
		colref(&t, c, c->g->time_table, c->g->time_column);
		sx_buf_puts(b, any ? "\n  AND " : "\nWHERE ");
		bucket(b, c->d, SX_GRAIN_WEEKDAY, sx_buf_cstr(&t));
		sx_buf_puts(b, " IN (0, 6)");
		any = true;
		sx_buf_release(&t);
	}
	if (c->g->time_column && (s->date_from || s->date_to || s->last_days)) {
		sx_buf t = SX_BUF_INIT;
		bool ts = ch_datetime(c->d, c->g->time_table ? c->g->time_table : c->g->fact, c->g->time_column);
		colref(&t, c, c->g->time_table, c->g->time_column);
		if ((s->date_from || s->date_to) && c->g->time_year) {
			/* an integer year: whole years compared as numbers (gen19);
			 * a year kept as text cast to one */
			sx_buf y = SX_BUF_INIT;
			numref(&y, c, c->g->time_table ? c->g->time_table : c->g->fact, c->g->time_column, true);
			if (s->date_from)
				sx_buf_printf(b, "%s%s >= %d", any ? "\n  AND " : "\nWHERE ", sx_buf_cstr(&y),
				              atoi(s->date_from));
			if (s->date_to)
				sx_buf_printf(b, "%s%s < %d", s->date_from || any ? "\n  AND " : "\nWHERE ",
				              sx_buf_cstr(&y), atoi(s->date_to));
			sx_buf_release(&y);
			any = true;
		} else if (s->date_from || s->date_to) {
			if (s->date_from) {
				sx_buf_printf(b, "%s%s >= ", any ? "\n  AND " : "\nWHERE ", sx_buf_cstr(&t));
				date_lit(b, c->d, s->date_from, ts);
				any = true;
			}
			if (s->date_to) { /* "since 2015": no end (gen20); "before 2010": no start */
				sx_buf_printf(b, "%s%s < ", any ? "\n  AND " : "\nWHERE ", sx_buf_cstr(&t));
				date_lit(b, c->d, s->date_to, ts);
			}
			any = true;
		}
		if (s->last_days) {
			sx_buf_printf(b, "%s%s >= ", any ? "\n  AND " : "\nWHERE ", sx_buf_cstr(&t));
			if (s->last_days_data) {
				/* counted back from the data's latest date (gen14) */
				sx_buf m = SX_BUF_INIT;
				sx_buf_puts(&m, c->d == SX_DB_CLICKHOUSE ? "max(" : "MAX(");
				gen_q(&m, c->d, c->g->time_column);
				sx_buf_puts(&m, ")");
				if (c->d == SX_DB_POSTGRES)
					sx_buf_printf(b, "(SELECT CAST(%s AS DATE) - %d FROM ",
					              sx_buf_cstr(&m), s->last_days);
				else if (c->d == SX_DB_CLICKHOUSE)
					sx_buf_printf(b, ts ? "(SELECT toDateTime(toDate(%s) - %d) FROM "
					                    : "(SELECT toDate(%s) - %d FROM ",
					              sx_buf_cstr(&m), s->last_days);
				else
					sx_buf_printf(b, "(SELECT date(%s, '-%d days') FROM ",
					              sx_buf_cstr(&m), s->last_days);
				gen_qtable(b, c->d,
				           c->g->time_table ? c->g->time_table : c->g->fact);
				sx_buf_puts(b, ")");
				sx_buf_release(&m);
			} else if (c->d == SX_DB_POSTGRES)
				sx_buf_printf(b, "CURRENT_DATE - %d", s->last_days);
			else if (c->d == SX_DB_CLICKHOUSE)
				sx_buf_printf(b, ts ? "toDateTime(today() - %d)" : "today() - %d", s->last_days);
			else
				sx_buf_printf(b, "date('now', '-%d days')", s->last_days);
		}
		sx_buf_release(&t);
	}
}

/* The mark a flat group's query holds where its FROM goes (group_select
 * writes the chain there once every column is known). */
#define FLAT_FROM "\001FROM\001"

/* The alias of join j's left side: its from table's, the first copy for
 * a self reference (the join reads the second copy), t0 when unknown. */
static int left_alias(const sx_gen_group *g, const sx_gen_join *j)
{
	int a = j->from == j->to ? 0 : alias_of(g, j->from);
	return a < 0 ? 0 : a;
}

/* A ClickHouse join chain, one JOIN per SELECT: the fact's columns first,
 * then each join's table as a subquery JOINed USING the left side's flat
 * names (the right side carries its key under them), the columns of every
 * table under their flat names. */
static void flat_from(sx_buf *b, const gctx *c)
{
	const sx_gen_group *g = c->g;
	const flatcols *f = c->flat;
	size_t i, k, x, n = g->njoins;
	char nm[300];
	sx_buf_puts(b, "\nFROM ");
	for (i = 0; i < n; i++)
		sx_buf_puts(b, "(\n  SELECT * FROM ");
	sx_buf_puts(b, "(SELECT ");
	for (x = 0, k = 0; x < f->n; x++)
		if (f->alias[x] == 0) {
			snprintf(nm, sizeof nm, "t0__%s", f->col[x]);
			sx_buf_puts(b, k++ ? ", " : "");
			gen_q(b, c->d, f->col[x]);
			sx_buf_puts(b, " AS ");
			gen_q(b, c->d, nm);
		}
	if (!k)
		sx_buf_puts(b, "1 AS `t0___`");
	sx_buf_puts(b, " FROM ");
	gen_qtable(b, c->d, g->fact);
	sx_buf_puts(b, ")");
	for (i = 0; i < n; i++) {
		const sx_gen_join *j = &g->joins[i];
		int fa = left_alias(g, j);
		sx_buf_printf(b, "\n  %sJOIN (SELECT ", j->left ? "LEFT " : "");
		for (k = 0; k < j->ncols; k++) {
			snprintf(nm, sizeof nm, "t%d__%s", fa, j->from_cols[k]);
			sx_buf_puts(b, k ? ", " : "");
			gen_q(b, c->d, j->to_cols[k]);
			sx_buf_puts(b, " AS ");
			gen_q(b, c->d, nm);
		}
		for (x = 0; x < f->n; x++)
			if (f->alias[x] == (int)i + 1) {
				snprintf(nm, sizeof nm, "t%zu__%s", i + 1, f->col[x]);
				sx_buf_puts(b, ", ");
				gen_q(b, c->d, f->col[x]);
				sx_buf_puts(b, " AS ");
				gen_q(b, c->d, nm);
			}
		sx_buf_puts(b, " FROM ");
		gen_qtable(b, c->d, j->to);
		sx_buf_puts(b, ") USING (");
		for (k = 0; k < j->ncols; k++) {
			snprintf(nm, sizeof nm, "t%d__%s", fa, j->from_cols[k]);
			sx_buf_puts(b, k ? ", " : "");
			gen_q(b, c->d, nm);
		}
		sx_buf_puts(b, ")\n)");
	}
}

static void from_joins(sx_buf *b, const gctx *c)
{
	size_t i, k;
	if (c->flat) {
		/* the left side's join columns are carried up the chain */
		for (i = 0; i < c->g->njoins; i++)
			for (k = 0; k < c->g->joins[i].ncols; k++) {
				sx_buf t = SX_BUF_INIT;
				flat_ref(&t, c, left_alias(c->g, &c->g->joins[i]), c->g->joins[i].from_cols[k]);
				sx_buf_release(&t);
			}
		sx_buf_puts(b, FLAT_FROM);
		return;
	}
	sx_buf_puts(b, "\nFROM ");
	gen_qtable(b, c->d, c->g->fact);
	sx_buf_puts(b, " AS t0");
	for (i = 0; i < c->g->njoins; i++) {
		const sx_gen_join *j = &c->g->joins[i];
		sx_buf_printf(b, "\n%sJOIN ", j->left ? "LEFT " : "");
		gen_qtable(b, c->d, j->to);
		sx_buf_printf(b, " AS t%zu ON ", i + 1);
		for (k = 0; k < j->ncols; k++) {
			if (k)
				sx_buf_puts(b, " AND ");
			sx_buf_printf(b, "t%zu.", i + 1);
			gen_q(b, c->d, j->to_cols[k]);
			sx_buf_puts(b, " = ");
			colref(b, c, j->from, j->from_cols[k]);
		}
	}
}

/* GROUP BY over the first nkeys output columns: by position, or on
 * ClickHouse (18.16 has no positional GROUP BY: "GROUP BY 1" groups by
 * the constant) by their aliases, in the select list's order. */
static void group_by(sx_buf *b, const gctx *c, const char *lead, size_t nkeys, bool per_key)
{
	const sx_gen_spec *s = c->s;
	size_t i, k = 0;
	sx_buf_puts(b, lead);
	if (c->d != SX_DB_CLICKHOUSE) {
		for (i = 1; i <= nkeys; i++)
			sx_buf_printf(b, "%s%zu", i > 1 ? ", " : "", i);
		return;
	}
	for (i = 0; i < s->ndims; i++) {
		sx_buf_puts(b, k++ ? ", " : "");
		gen_q(b, c->d, s->dims[i].name);
	}
	if (s->grain && c->g->time_column) {
		sx_buf_puts(b, k++ ? ", " : "");
		gen_q(b, c->d, grain_col(s));
	}
	if (per_key) {
		sx_buf_puts(b, k ? ", " : "");
		gen_q(b, c->d, "_per_key");
	}
}

/* A two-level group: its measure summed per key of g->per (with the grain's
 * dimensions and period, which the key determines), then aggregated at the
 * grain: "average order value" as the average of the orders' sums. */
static void two_level_select(sx_buf *b, const gctx *c)
{
	const sx_gen_spec *s = c->s;
	const sx_gen_measure *m = &s->measures[c->g->measures[0]];
	sx_gen_measure inner = *m;
	size_t i, nkeys = 0;
	inner.agg = SX_AGG_SUM;
	sx_buf_puts(b, "SELECT ");
	for (i = 0; i < s->ndims; i++) {
		sx_buf_puts(b, nkeys++ ? ",\n       o." : "o.");
		gen_q(b, c->d, s->dims[i].name);
	}
	if (s->grain && c->g->time_column) {
		sx_buf_puts(b, nkeys++ ? ",\n       o." : "o.");
		gen_q(b, c->d, grain_col(s));
	}
	sx_buf_puts(b, nkeys ? ",\n       " : "");
	m = &s->measures[c->g->measures[0]];
	if (m->agg == SX_AGG_AVG)
		sx_buf_puts(b, "ROUND(AVG(o.");
	else
		sx_buf_printf(b, "%s((o.",
		              m->agg == SX_AGG_MIN   ? "MIN"
		              : m->agg == SX_AGG_MAX ? "MAX"
		                                     : "SUM");
	gen_q(b, c->d, m->name);
	sx_buf_puts(b, m->agg != SX_AGG_AVG        ? ")) AS "
	               : c->d == SX_DB_POSTGRES ? ")::numeric, 2) AS "
	                                        : "), 2) AS ");
	gen_q(b, c->d, m->name);
	sx_buf_puts(b, "\nFROM (\n  SELECT ");
	for (i = 0; i < s->ndims; i++) {
		dimref(b, c, &s->dims[i]);
		sx_buf_puts(b, " AS ");
		gen_q(b, c->d, s->dims[i].name);
		sx_buf_puts(b, ", ");
	}
	if (s->grain && c->g->time_column) {
		sx_buf t = SX_BUF_INIT;
		colref(&t, c, c->g->time_table, c->g->time_column);
		period(b, c, s->grain, sx_buf_cstr(&t));
		sx_buf_puts(b, " AS ");
		gen_q(b, c->d, grain_col(s));
		sx_buf_puts(b, ", ");
		sx_buf_release(&t);
	}
	colref(b, c, c->g->per, c->g->per_key);
	sx_buf_puts(b, " AS ");
	gen_q(b, c->d, "_per_key");
	sx_buf_puts(b, ", ");
	measure_expr(b, c, &inner);
	sx_buf_puts(b, " AS ");
	gen_q(b, c->d, m->name);
	from_joins(b, c);
	where(b, c);
	group_by(b, c, "\n  GROUP BY ", nkeys + 1, true);
	sx_buf_puts(b, "\n) AS o");
	if (nkeys)
		group_by(b, c, "\nGROUP BY ", nkeys, false);
}

/* The group's period as an output column, one more key. */
static void period_col(sx_buf *b, const gctx *c, size_t *nkeys)
{
	sx_buf t = SX_BUF_INIT;
	if ((*nkeys)++)
		sx_buf_puts(b, ",\n       ");
	colref(&t, c, c->g->time_table, c->g->time_column);
	period(b, c, c->s->grain, sx_buf_cstr(&t));
	sx_buf_puts(b, " AS ");
	gen_q(b, c->d, grain_col(c->s));
	sx_buf_release(&t);
}

static bool has_window(const sx_gen_spec *s);

/* Whether the spec's hidden key (an entity's key its listed columns stand
 * for) is grouped by in this SELECT: one group, plain (no grain, top N,
 * window, rows kept at zero, two levels), the key's table joined (the lead,
 * round 31). */
static bool hidden_key_grouped(const sx_gen_spec *s)
{
	const sx_gen_group *g = s->ngroups == 1 ? &s->groups[0] : NULL;
	if (!s->hidden_key_table || !g || s->load != SX_LOAD_AGGREGATE || s->grain || s->top_n ||
	    s->keep_empty || has_window(s) || (g->per && g->nmeasures == 1 && g->per_key))
		return false;
	return g->fact == s->hidden_key_table || alias_of(g, s->hidden_key_table) >= 0;
}

/* One group's aggregate query (without the trailing ORDER BY). */
static void group_select(sx_buf *b, const gctx *c, const char *indent)
{
	const sx_gen_spec *s = c->s;
	size_t i, nkeys = 0;
	(void)indent;
	if (c->d == SX_DB_CLICKHOUSE && c->g->njoins >= 2 && !c->flat) {
		/* 18.16: "Support for more than one JOIN in query is not
		 * implemented" (Code 48): the query with flat names, its FROM a
		 * chain of one JOIN each */
		flatcols f = {0};
		gctx fc = *c;
		sx_buf q = SX_BUF_INIT;
		const char *body, *mark;
		fc.flat = &f;
		group_select(&q, &fc, indent);
		body = sx_buf_cstr(&q);
		mark = strstr(body, FLAT_FROM);
		if (!mark) {
			sx_buf_puts(b, body);
		} else {
			sx_buf_printf(b, "%.*s", (int)(mark - body), body);
			flat_from(b, &fc);
			sx_buf_puts(b, mark + strlen(FLAT_FROM));
		}
		sx_buf_release(&q);
		return;
	}
	if (c->g->per && c->g->nmeasures == 1 && c->g->per_key) {
		two_level_select(b, c);
		return;
	}
	sx_buf_puts(b, "SELECT ");
	for (i = 0; i < s->ndims; i++) {
		if (nkeys++)
			sx_buf_puts(b, ",\n       ");
		dimref(b, c, &s->dims[i]);
		sx_buf_puts(b, " AS ");
		gen_q(b, c->d, s->dims[i].name);
	}
	if (s->grain && c->g->time_column)
		period_col(b, c, &nkeys);
	for (i = 0; i < c->g->nmeasures; i++) {
		const sx_gen_measure *m = &s->measures[c->g->measures[i]];
		sx_buf_puts(b, nkeys || i ? ",\n       " : "");
		measure_expr(b, c, m);
		sx_buf_puts(b, " AS ");
		gen_q(b, c->d, m->name);
	}
	from_joins(b, c);
	where(b, c);
	if (nkeys)
		group_by(b, c, "\nGROUP BY ", nkeys, false);
	if (nkeys && hidden_key_grouped(s)) {
		/* two customers of one name stay two rows */
		sx_buf_puts(b, ", ");
		colref(b, c, s->hidden_key_table, s->hidden_key_col);
	}
	/* a threshold on a count of this group (gen13) */
	for (i = 0; nkeys && s->having && i < c->g->nmeasures; i++)
		if (c->g->measures[i] == s->having_measure) {
			sx_buf_puts(b, "\nHAVING ");
			measure_expr(b, c, &s->measures[s->having_measure]);
			sx_buf_printf(b, " %s %lld", s->having_op, (long long)s->having_value);
		}
}

/* The group that holds the threshold's measure, or -1 (gen13). */
static long having_group(const sx_gen_spec *s)
{
	size_t k, i;
	for (k = 0; s->having && k < s->ngroups; k++)
		for (i = 0; i < s->groups[k].nmeasures; i++)
			if (s->groups[k].measures[i] == s->having_measure)
				return (long)k;
	return -1;
}

static size_t key_names(const sx_gen_spec *s, const char **names)
{
	size_t n = 0, i;
	for (i = 0; i < s->ndims; i++)
		names[n++] = s->dims[i].name;
	if (s->grain && s->time_column)
		names[n++] = grain_col(s);
	return n;
}

/* The group that aggregates measure i (ngroups when none does). */
static size_t group_of(const sx_gen_spec *s, size_t i)
{
	size_t k, j;
	for (k = 0; k < s->ngroups; k++)
		for (j = 0; j < s->groups[k].nmeasures; j++)
			if (s->groups[k].measures[j] == i)
				return k;
	return s->ngroups;
}

static void key_list(sx_buf *b, sx_db_kind d, const char *const *keys, size_t nk)
{
	size_t i;
	for (i = 0; i < nk; i++) {
		if (i)
			sx_buf_puts(b, ", ");
		gen_q(b, d, keys[i]);
	}
}

/* Facts aggregated apart on a ClickHouse source, without CTE, UNION
 * DISTINCT or two JOINs in one SELECT (18.16 runs none of them): every key
 * any group kept (SELECT DISTINCT over their UNION ALL; with a threshold,
 * the keys its group kept), then each group LEFT JOINed USING the keys,
 * one JOIN a level. A group without a row for a key gives 0 (ClickHouse
 * fills a missing right side with defaults), as COALESCE(x, 0) does in the
 * other dialects for sums and counts; an average, minimum or maximum is
 * NULL there, as in the other dialects: its group carries a marker column
 * (1 on its rows, the default 0 where the key has none). Without keys the
 * groups' one rows are CROSS JOINed. A 360 table's keys are its entity's
 * every row instead. */
static bool zero_agg(sx_gen_agg a)
{
	return a == SX_AGG_SUM || a == SX_AGG_COUNT || a == SX_AGG_COUNT_DISTINCT;
}

/* Whether group k of a keyed ClickHouse multi-fact SELECT needs a marker:
 * it has a measure that is NULL, not 0, where the group has no row. */
static bool ch_group_marked(const sx_gen_spec *s, size_t k, size_t nk)
{
	size_t i;
	if (!nk)
		return false;
	for (i = 0; i < s->nmeasures; i++)
		if (group_of(s, i) == k && !zero_agg(s->measures[i].agg))
			return true;
	return false;
}

static void ch_multi_select(sx_buf *b, const sx_gen_spec *s, const char *const *keys, size_t nk)
{
	const sx_db_kind d = SX_DB_CLICKHOUSE;
	gctx c = {s, d, NULL, NULL};
	long hg = having_group(s);
	size_t i, k, first = 0;
	bool any = false;
	char mark[32];
	sx_buf_puts(b, "SELECT ");
	key_list(b, d, keys, nk);
	for (i = 0; i < s->nmeasures; i++) {
		if ((k = group_of(s, i)) >= s->ngroups)
			continue;
		sx_buf_puts(b, nk || any ? ",\n       " : "");
		any = true;
		if (ch_group_marked(s, k, nk) && !zero_agg(s->measures[i].agg)) {
			snprintf(mark, sizeof mark, "__g%zu", k);
			sx_buf_puts(b, "if(");
			gen_q(b, d, mark);
			sx_buf_puts(b, " = 1, ");
			gen_q(b, d, s->measures[i].name);
			sx_buf_puts(b, ", NULL) AS ");
		}
		gen_q(b, d, s->measures[i].name);
	}
	sx_buf_puts(b, "\nFROM ");
	for (k = nk ? 0 : 1; k < s->ngroups; k++)
		sx_buf_puts(b, "(\n  SELECT * FROM ");
	if (nk && s->load == SX_LOAD_DENORM360) {
		/* a 360 table: the entity's every row, each fact LEFT JOINed */
		sx_buf_puts(b, "(\n  SELECT ");
		gen_q(b, d, s->key[0]);
		sx_buf_puts(b, " AS ");
		gen_q(b, d, s->dims[0].name);
		sx_buf_puts(b, " FROM ");
		gen_qtable(b, d, s->entity);
		sx_buf_puts(b, "\n)");
	} else if (nk) {
		bool un = false;
		sx_buf_puts(b, "(\n  SELECT DISTINCT ");
		key_list(b, d, keys, nk);
		sx_buf_puts(b, " FROM (\n");
		for (k = 0; k < s->ngroups; k++) {
			if (hg >= 0 && (size_t)hg != k)
				continue;
			sx_buf_puts(b, un ? "\n  UNION ALL\n  SELECT " : "  SELECT ");
			un = true;
			key_list(b, d, keys, nk);
			sx_buf_puts(b, " FROM (\n");
			c.g = &s->groups[k];
			group_select(b, &c, "");
			sx_buf_puts(b, "\n  )");
		}
		sx_buf_puts(b, "\n  )\n)");
	} else {
		first = 1;
		sx_buf_puts(b, "(\n");
		c.g = &s->groups[0];
		group_select(b, &c, "");
		sx_buf_puts(b, "\n)");
	}
	for (k = first; k < s->ngroups; k++) {
		bool marked = ch_group_marked(s, k, nk);
		sx_buf_puts(b, nk ? "\nLEFT JOIN (\n" : "\nCROSS JOIN (\n");
		if (marked) {
			snprintf(mark, sizeof mark, "__g%zu", k);
			sx_buf_puts(b, "SELECT *, 1 AS ");
			gen_q(b, d, mark);
			sx_buf_puts(b, " FROM (\n");
		}
		c.g = &s->groups[k];
		group_select(b, &c, "");
		sx_buf_puts(b, marked ? "\n)\n)" : "\n)");
		if (nk) {
			sx_buf_puts(b, " USING (");
			key_list(b, d, keys, nk);
			sx_buf_puts(b, ")");
		}
		sx_buf_puts(b, "\n)");
	}
}

static void agg_select(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	gctx c = {s, d, NULL, NULL};
	const char *keys[32];
	size_t nk = key_names(s, keys), i, k;
	if (s->ngroups == 1 && s->load != SX_LOAD_DENORM360) {
		c.g = &s->groups[0];
		group_select(b, &c, "");
		return;
	}
	if (d == SX_DB_CLICKHOUSE && (s->load != SX_LOAD_DENORM360 || (nk == 1 && s->nkey && s->entity))) {
		ch_multi_select(b, s, keys, nk);
		return;
	}
	sx_buf_puts(b, "WITH ");
	for (k = 0; k < s->ngroups; k++) {
		c.g = &s->groups[k];
		sx_buf_printf(b, "%sg%zu AS (\n", k ? ",\n" : "", k);
		group_select(b, &c, "  ");
		sx_buf_puts(b, "\n)");
	}
	if (s->load == SX_LOAD_DENORM360) {
		/* the entity's every row, each fact LEFT JOINed at the entity's grain */
		const sx_table *e = s->entity;
		sx_buf_puts(b, "\nSELECT e.");
		gen_q(b, d, s->key[0]);
		sx_buf_puts(b, " AS ");
		gen_q(b, d, s->dims[0].name);
		for (i = 0; i < s->nmeasures; i++) {
				const sx_gen_measure *m = &s->measures[i];
				bool zero = zero_agg(m->agg);
				if ((k = group_of(s, i)) >= s->ngroups)
					continue;
				sx_buf_printf(b, ",\n       %sg%zu.", zero ? "COALESCE(" : "", k);
				gen_q(b, d, m->name);
				if (zero)
					sx_buf_puts(b, ", 0)");
				sx_buf_puts(b, " AS ");
				gen_q(b, d, m->name);
			}
		sx_buf_puts(b, "\nFROM ");
		gen_qtable(b, d, e);
		sx_buf_puts(b, " AS e");
		for (k = 0; k < s->ngroups; k++) {
			sx_buf_printf(b, "\nLEFT JOIN g%zu ON g%zu.", k, k);
			gen_q(b, d, s->dims[0].name);
			sx_buf_puts(b, " = e.");
			gen_q(b, d, s->key[0]);
		}
		return;
	}
	/* time or dimension grain over several facts: every key seen by any fact */
	if (nk) {
		long hg = having_group(s);
		bool first = true;
		sx_buf_puts(b, ",\nkeys AS (\n");
		for (k = 0; k < s->ngroups; k++) {
			/* with a threshold, the keys its group kept */
			if (hg >= 0 && (size_t)hg != k)
				continue;
			sx_buf_printf(b, "%sSELECT ", first ? "" : "  UNION\n");
			first = false;
			for (i = 0; i < nk; i++) {
				if (i)
					sx_buf_puts(b, ", ");
				gen_q(b, d, keys[i]);
			}
			sx_buf_printf(b, " FROM g%zu\n", k);
		}
		sx_buf_puts(b, ")\nSELECT ");
		for (i = 0; i < nk; i++) {
			sx_buf_puts(b, i ? ",\n       k." : "k.");
			gen_q(b, d, keys[i]);
		}
	} else {
		sx_buf_puts(b, "\nSELECT ");
	}
	/* the measures in the spec's order, as gen_outcols lists them (the
	 * target's columns and the DAG's COLUMNS), each from its group */
	for (i = 0; i < s->nmeasures; i++) {
			const sx_gen_measure *m = &s->measures[i];
			bool zero = zero_agg(m->agg);
			if ((k = group_of(s, i)) >= s->ngroups)
				continue;
			sx_buf_printf(b, "%s%sg%zu.", nk || i ? ",\n       " : "", zero ? "COALESCE(" : "", k);
			gen_q(b, d, m->name);
			if (zero)
				sx_buf_puts(b, ", 0)");
			sx_buf_puts(b, " AS ");
			gen_q(b, d, m->name);
		}
	if (nk) {
		sx_buf_puts(b, "\nFROM keys AS k");
		for (k = 0; k < s->ngroups; k++) {
			sx_buf_printf(b, "\nLEFT JOIN g%zu ON ", k);
			for (i = 0; i < nk; i++) {
				/* null-safe: a LEFT JOINed dimension may be NULL (sessions
				 * without a campaign) and that group still has its numbers */
				sx_buf_printf(b, "%sg%zu.", i ? " AND " : "", k);
				gen_q(b, d, keys[i]);
				sx_buf_puts(b, d == SX_DB_POSTGRES ? " IS NOT DISTINCT FROM k." : d == SX_DB_SQLITE ? " IS k." : " = k.");
				gen_q(b, d, keys[i]);
			}
		}
	} else {
		sx_buf_puts(b, "\nFROM g0");
		for (k = 1; k < s->ngroups; k++)
			sx_buf_printf(b, "\nCROSS JOIN g%zu", k);
	}
}

/* The statement's own SELECT after its WITH list: the first line starting
 * SELECT outside every bracket (a CTE's body starts with SELECT too) and
 * outside quotes. */
static const char *main_select(const char *sql)
{
	int depth = 0;
	char q = 0;
	for (const char *p = sql; *p; p++) {
		if (q) {
			q = *p == q ? 0 : q;
			continue;
		}
		if (*p == '\'' || *p == '"' || *p == '`')
			q = *p;
		else if (*p == '(')
			depth++;
		else if (*p == ')')
			depth--;
		else if (!depth && sx_str_startswith(p, "\nSELECT "))
			return p;
	}
	return NULL;
}

/* The aggregate as the CTE agg, rendered into inner: its own CTEs hoisted,
 * WITH g0 AS (...) SELECT ... -> WITH g0 AS (...), agg AS (SELECT ...). */
static void agg_cte(sx_buf *b, sx_buf *inner, const sx_gen_spec *s, sx_db_kind d)
{
	const char *sel;
	agg_select(inner, s, d);
	sel = sx_str_startswith(sx_buf_cstr(inner), "WITH ") ? main_select(sx_buf_cstr(inner)) : NULL;
	if (sel) {
		sx_buf_printf(b, "%.*s,\nagg AS (%s\n)", (int)(sel - sx_buf_cstr(inner)), sx_buf_cstr(inner),
		              sel + 1);
	} else {
		sx_buf_printf(b, "WITH agg AS (\n%s\n)", sx_buf_cstr(inner));
	}
}

/* ------------------------------------------------------------ ClickHouse
 *
 * A ClickHouse source may be 18.16 (Debian's), which runs no CTE, no window
 * function and no correlated subquery. Its SELECT is written without them:
 * each CTE is inlined as a subquery where it is read (ch_inline), the
 * windows become a grouped subquery whose rows are kept in an array, sorted
 * and unrolled with ARRAY JOIN (ch_window_select, ch_topn_select), a
 * deduplication keeps its row with LIMIT 1 BY and an anti-join is NOT IN.
 * Every later server runs the same text. */

/* The end of the bracket opened at p[-1] ('(' already read): the matching
 * ')' outside quotes, or NULL. */
static const char *close_of(const char *p)
{
	int depth = 1;
	char q = 0;
	for (; *p; p++) {
		if (q) {
			q = *p == q ? 0 : q;
			continue;
		}
		if (*p == '\'' || *p == '"' || *p == '`')
			q = *p;
		else if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return p;
	}
	return NULL;
}

#define CH_MAXCTE 16

typedef struct {
	char name[32];
	sx_buf body; /* inlined already */
} ch_cte;

/* text with every read of a CTE ("FROM name", "JOIN name") replaced by its
 * body as a subquery aliased by its name (or by the alias that follows). */
static void ch_subst(sx_buf *out, const char *text, size_t len, const ch_cte *ctes, size_t n)
{
	const char *p = text, *end = text + len;
	char q = 0;
	while (p < end) {
		size_t k;
		bool hit = false;
		if (q) {
			q = *p == q ? 0 : q;
			sx_buf_putc(out, *p++);
			continue;
		}
		if (*p == '\'' || *p == '"' || *p == '`') {
			q = *p;
			sx_buf_putc(out, *p++);
			continue;
		}
		if ((p - text >= 5 && strncmp(p - 5, "FROM ", 5) == 0) ||
		    (p - text >= 5 && strncmp(p - 5, "JOIN ", 5) == 0)) {
			for (k = 0; k < n && !hit; k++) {
				size_t nl = strlen(ctes[k].name);
				if ((size_t)(end - p) >= nl && strncmp(p, ctes[k].name, nl) == 0 &&
				    !(isalnum((unsigned char)p[nl]) || p[nl] == '_')) {
					sx_buf_puts(out, "(\n");
					sx_buf_puts(out, sx_buf_cstr(&ctes[k].body));
					sx_buf_puts(out, "\n)");
					if (strncmp(p + nl, " AS ", 4) != 0)
						sx_buf_printf(out, " AS %s", ctes[k].name);
					p += nl;
					hit = true;
				}
			}
			if (hit)
				continue;
		}
		sx_buf_putc(out, *p++);
	}
}

/* sql without its WITH list: "WITH a AS (...),\nb AS (...)\nSELECT ..." ->
 * the SELECT with a and b inlined; sql as it is when it has none. */
static void ch_inline(sx_buf *out, const char *sql)
{
	ch_cte ctes[CH_MAXCTE];
	size_t n = 0, k;
	const char *p = sql;
	if (!sx_str_startswith(sql, "WITH ")) {
		sx_buf_puts(out, sql);
		return;
	}
	p += 5;
	while (n < CH_MAXCTE) {
		const char *nm = p, *open, *close;
		while (isalnum((unsigned char)*p) || *p == '_')
			p++;
		if (p == nm || (size_t)(p - nm) >= sizeof ctes[n].name || !sx_str_startswith(p, " AS ("))
			break;
		open = p + 5;
		if (!(close = close_of(open)))
			break;
		snprintf(ctes[n].name, sizeof ctes[n].name, "%.*s", (int)(p - nm), nm);
		ctes[n].body = (sx_buf)SX_BUF_INIT;
		while (*open == '\n')
			open++;
		{
			const char *e = close;
			while (e > open && e[-1] == '\n')
				e--;
			ch_subst(&ctes[n].body, open, (size_t)(e - open), ctes, n);
		}
		n++;
		p = close + 1;
		if (*p == ',') {
			p++;
			while (*p == '\n' || *p == ' ')
				p++;
			continue;
		}
		while (*p == '\n' || *p == ' ')
			p++;
		break;
	}
	ch_subst(out, p, strlen(p), ctes, n);
	for (k = 0; k < n; k++)
		sx_buf_release(&ctes[k].body);
}

/* The columns of the aggregate (agg_select's output): its keys (the
 * dimensions, then the period) and every measure. */
static size_t agg_cols(const sx_gen_spec *s, const char **out, size_t max)
{
	size_t n = key_names(s, out), i;
	for (i = 0; i < s->nmeasures && n < max; i++)
		out[n++] = s->measures[i].name;
	return n;
}

/* The ", " a list of columns ends with, taken back (gen39's hidden rank). */
static void drop_last_comma(sx_buf *b)
{
	if (b->len >= 2 && b->ptr[b->len - 2] == ',' && b->ptr[b->len - 1] == ' ') {
		b->len -= 2;
		b->ptr[b->len] = '\0';
	}
}

/* A top N's first output columns: "dim, ..., period, measure, ..., ". */
static void keys_and_measures(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	size_t i;
	for (i = 0; i < s->ndims; i++) {
		gen_q(b, d, s->dims[i].name);
		sx_buf_puts(b, ", ");
	}
	if (s->grain && s->time_column) {
		gen_q(b, d, grain_col(s));
		sx_buf_puts(b, ", ");
	}
	for (i = 0; i < s->nmeasures; i++) {
		gen_q(b, d, s->measures[i].name);
		sx_buf_puts(b, ", ");
	}
}

/* A share on ClickHouse: 100.0 * m / total, both as Float64 (18.16
 * multiplies no Float64 by a Decimal). */
static void ch_share(sx_buf *b, sx_db_kind d, const sx_gen_measure *m, size_t i)
{
	sx_buf_puts(b, m->window_pct ? "100.0 * toFloat64(" : "toFloat64(");
	gen_q(b, d, m->name);
	sx_buf_printf(b, ") / nullIf(toFloat64(`_tot%zu`), 0) AS ", i);
	gen_q(b, d, m->window_name);
}

/* Running totals down an array on ClickHouse: ",\n  arrayCumSum(...) AS
 * `_runI`" for each running measure, whose Float64 value sits at tuple
 * element at[i] (18.16 sums no Decimal array). */
static void ch_cumsums(sx_buf *b, const sx_gen_spec *s, const long *at)
{
	size_t i;
	for (i = 0; i < s->nmeasures; i++)
		if (s->measures[i].window == SX_WIN_RUNNING)
			sx_buf_printf(b, ",\n    arrayCumSum(arrayMap(x -> ifNull(tupleElement(x, %ld), 0), `_rows`)) AS `_run%zu`",
			              at[i], i);
}

/* Shares and running totals on ClickHouse. A share is of its period's total
 * (the aggregate JOINed to its totals). A running total: per dimension key,
 * the periods and the measure as Float64 in an array sorted by the period,
 * summed down with arrayCumSum, unrolled and JOINed back to the aggregate
 * on the dimensions and the period. The arrays hold only keys and Float64:
 * 18.16 crashes on an array of tuples holding a Decimal(38, s) (a SUM of a
 * Decimal column). */
static void ch_window_select(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	sx_buf inner = SX_BUF_INIT;
	const char *cols[96];
	long *at = calloc(s->nmeasures + 1, sizeof *at);
	size_t nc, i, k;
	bool period = s->grain && s->time_column, running = false, share = false;
	const char *pc = period ? grain_col(s) : NULL, *sep = "";
	if (!at) {
		b->oom = true; /* sx_buf_failed() tells the caller */
		return;
	}
	for (i = 0; i < s->nmeasures; i++) {
		running |= s->measures[i].window == SX_WIN_RUNNING;
		share |= s->measures[i].window == SX_WIN_SHARE;
	}
	running &= pc != NULL;
	nc = agg_cols(s, cols, 96);
	agg_cte(b, &inner, s, d);
	if (share) {
		/* the totals the shares are of: per period, or of every row */
		sx_buf_puts(b, ",\ntot AS (\n  SELECT ");
		if (pc) {
			gen_q(b, d, pc);
			sx_buf_puts(b, ", ");
		}
		for (i = k = 0; i < s->nmeasures; i++)
			if (s->measures[i].window == SX_WIN_SHARE) {
				sx_buf_printf(b, "%ssum(", k++ ? ", " : "");
				gen_q(b, d, s->measures[i].name);
				sx_buf_printf(b, ") AS `_tot%zu`", i);
			}
		sx_buf_puts(b, "\n  FROM agg");
		if (pc) {
			sx_buf_puts(b, "\n  GROUP BY ");
			gen_q(b, d, pc);
		}
		sx_buf_puts(b, "\n)");
	}
	if (running) {
		long n = 1;
		sx_buf_puts(b, ",\nruns AS (\n  SELECT ");
		for (k = 0; k < s->ndims; k++) {
			gen_q(b, d, s->dims[k].name);
			sx_buf_puts(b, ", ");
		}
		sx_buf_puts(b, "arraySort(x -> tupleElement(x, 1), groupArray(tuple(");
		gen_q(b, d, pc);
		for (i = 0; i < s->nmeasures; i++)
			if (s->measures[i].window == SX_WIN_RUNNING) {
				at[i] = ++n;
				sx_buf_puts(b, ", toFloat64(");
				gen_q(b, d, s->measures[i].name);
				sx_buf_putc(b, ')');
			}
		sx_buf_puts(b, "))) AS `_rows`\n  FROM agg");
		for (k = 0; k < s->ndims; k++) {
			sx_buf_puts(b, k ? ", " : "\n  GROUP BY ");
			gen_q(b, d, s->dims[k].name);
		}
		sx_buf_puts(b, "\n),\nran AS (\n  SELECT ");
		for (k = 0; k < s->ndims; k++) {
			gen_q(b, d, s->dims[k].name);
			sx_buf_puts(b, ", ");
		}
		sx_buf_puts(b, "tupleElement(_r, 1) AS ");
		gen_q(b, d, pc);
		for (i = 0; i < s->nmeasures; i++)
			if (s->measures[i].window == SX_WIN_RUNNING)
				sx_buf_printf(b, ", `_run%zu`", i);
		sx_buf_puts(b, "\n  FROM runs\n  ARRAY JOIN `_rows` AS _r");
		ch_cumsums(b, s, at);
		sx_buf_puts(b, "\n)");
	}
	sx_buf_puts(b, "\nSELECT ");
	for (i = 0; i < nc; i++) {
		const sx_gen_measure *wm = NULL;
		for (k = 0; k < s->nmeasures; k++)
			if (strcmp(s->measures[k].name, cols[i]) == 0)
				wm = &s->measures[k];
		if (wm && wm->window_only)
			continue;
		sx_buf_puts(b, sep);
		sep = ",\n       ";
		gen_q(b, d, cols[i]);
	}
	/* the windows after the measures, in the measures' order */
	for (i = 0; i < s->nmeasures; i++) {
		const sx_gen_measure *m = &s->measures[i];
		if (m->window == SX_WIN_SHARE) {
			sx_buf_puts(b, sep);
			ch_share(b, d, m, i);
		} else if (m->window == SX_WIN_RUNNING && running) {
			sx_buf_printf(b, "%s`_run%zu` AS ", sep, i);
			gen_q(b, d, m->window_name);
		} else {
			continue;
		}
		sep = ",\n       ";
	}
	sx_buf_puts(b, "\nFROM agg");
	if (share) {
		sx_buf_puts(b, pc ? "\nANY LEFT JOIN tot USING " : "\nCROSS JOIN tot");
		if (pc)
			gen_q(b, d, pc);
	}
	if (running) {
		sx_buf_puts(b, "\nANY INNER JOIN ran USING (");
		for (k = 0; k < s->ndims; k++) {
			gen_q(b, d, s->dims[k].name);
			sx_buf_puts(b, ", ");
		}
		gen_q(b, d, pc);
		sx_buf_putc(b, ')');
	}
	sx_buf_release(&inner);
	free(at);
}

/* Top N per group on ClickHouse: per partition (the other dimensions and the
 * period) the ranked dimensions and the measure as Float64 in an array
 * sorted by the measure (descending, NULL last) then the ranked dimension,
 * numbered with arrayEnumerate (ROW_NUMBER), the partition's totals for the
 * shares, the running totals down the ranks; unrolled, cut at N and JOINed
 * back to the aggregate on every key. */
static void ch_topn_select(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	sx_buf inner = SX_BUF_INIT;
	const char *part[40], *rk[40];
	long *at = calloc(s->nmeasures + 1, sizeof *at), n = 1;
	size_t np = 0, nr = 0, i;
	const sx_table *ranked = s->dims[s->top_dim].table;
	if (!at) {
		b->oom = true;
		return;
	}
	agg_cte(b, &inner, s, d);
	rk[nr++] = s->dims[s->top_dim].name;
	for (i = 0; i < s->ndims && np < 39 && nr < 39; i++) {
		if (i == s->top_dim)
			continue;
		if (s->dims[i].table == ranked && i > s->top_dim)
			rk[nr++] = s->dims[i].name;
		else
			part[np++] = s->dims[i].name;
	}
	if (s->grain && s->time_column)
		part[np++] = grain_col(s);
	sx_buf_puts(b, ",\nranks AS (\n  SELECT ");
	for (i = 0; i < np; i++) {
		gen_q(b, d, part[i]);
		sx_buf_puts(b, ", ");
	}
	/* tuple: (the measure, the ranked dimensions..., running measures...) */
	sx_buf_printf(b, "arraySort(x -> (isNull(tupleElement(x, 1)), -ifNull(tupleElement(x, 1), 0), "
	                 "tupleElement(x, 2)), groupArray(tuple(toFloat64(");
	gen_q(b, d, s->measures[s->top_measure].name);
	sx_buf_putc(b, ')');
	for (i = 0; i < nr; i++) {
		sx_buf_puts(b, ", ");
		gen_q(b, d, rk[i]);
		n++;
	}
	for (i = 0; i < s->nmeasures; i++)
		if (s->measures[i].window == SX_WIN_RUNNING) {
			at[i] = ++n;
			sx_buf_puts(b, ", toFloat64(");
			gen_q(b, d, s->measures[i].name);
			sx_buf_putc(b, ')');
		}
	sx_buf_puts(b, "))) AS `_rows`");
	for (i = 0; i < s->nmeasures; i++)
		if (s->measures[i].window == SX_WIN_SHARE) {
			sx_buf_puts(b, ", sum(");
			gen_q(b, d, s->measures[i].name);
			sx_buf_printf(b, ") AS `_tot%zu`", i);
		}
	sx_buf_puts(b, "\n  FROM agg");
	for (i = 0; i < np; i++) {
		sx_buf_puts(b, i ? ", " : "\n  GROUP BY ");
		gen_q(b, d, part[i]);
	}
	sx_buf_puts(b, "\n),\nranked AS (\n  SELECT ");
	for (i = 0; i < np; i++) {
		gen_q(b, d, part[i]);
		sx_buf_puts(b, ", ");
	}
	for (i = 0; i < nr; i++) {
		sx_buf_printf(b, "tupleElement(_r, %zu) AS ", i + 2);
		gen_q(b, d, rk[i]);
		sx_buf_puts(b, ", ");
	}
	for (i = 0; i < s->nmeasures; i++) {
		if (s->measures[i].window == SX_WIN_SHARE)
			sx_buf_printf(b, "`_tot%zu`, ", i);
		else if (s->measures[i].window == SX_WIN_RUNNING)
			sx_buf_printf(b, "`_run%zu`, ", i);
	}
	sx_buf_puts(b, "`_rank`\n  FROM ranks\n  ARRAY JOIN `_rows` AS _r, arrayEnumerate(`_rows`) AS `_rank`");
	ch_cumsums(b, s, at);
	sx_buf_printf(b, "\n  WHERE `_rank` <= %d\n)\nSELECT ", s->top_n);
	keys_and_measures(b, s, d);
	for (i = 0; i < s->nmeasures; i++) {
		const sx_gen_measure *m = &s->measures[i];
		if (m->window == SX_WIN_SHARE) {
			ch_share(b, d, m, i);
			sx_buf_puts(b, ", ");
		} else if (m->window == SX_WIN_RUNNING) {
			sx_buf_printf(b, "`_run%zu` AS ", i);
			gen_q(b, d, m->window_name);
			sx_buf_puts(b, ", ");
		}
	}
	if (s->rank_hidden) {
		drop_last_comma(b);
	} else {
		sx_buf_puts(b, "`_rank` AS ");
		gen_q(b, d, "rank");
	}
	sx_buf_puts(b, "\nFROM agg\nANY INNER JOIN ranked USING (");
	for (i = 0; i < np + nr; i++) {
		if (i)
			sx_buf_puts(b, ", ");
		gen_q(b, d, i < np ? part[i] : rk[i - np]);
	}
	sx_buf_puts(b, ")\nORDER BY ");
	for (i = 0; i < np; i++) {
		gen_q(b, d, part[i]);
		sx_buf_puts(b, ", ");
	}
	gen_q(b, d, s->rank_hidden ? "_rank" : "rank");
	sx_buf_release(&inner);
	free(at);
}

static void topn_select(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	sx_buf inner = SX_BUF_INIT, part = SX_BUF_INIT;
	size_t i, np = 0;
	const sx_table *ranked = s->dims[s->top_dim].table;
	if (d == SX_DB_CLICKHOUSE) {
		ch_topn_select(b, s, d);
		return;
	}
	agg_cte(b, &inner, s, d);
	/* the ranking's partition: the other dimensions and the period; the
	 * ranked phrase's key and label come last (from top_dim on), so a column
	 * of the same table named by another phrase ("top 2 products within each
	 * product type") partitions */
	for (i = 0; i < s->ndims; i++) {
		if (s->dims[i].table == ranked && i > s->top_dim)
			continue;
		if (i == s->top_dim)
			continue;
		sx_buf_puts(&part, np++ ? ", " : "PARTITION BY ");
		gen_q(&part, d, s->dims[i].name);
	}
	if (s->grain && s->time_column) {
		sx_buf_puts(&part, np++ ? ", " : "PARTITION BY ");
		gen_q(&part, d, grain_col(s));
	}
	sx_buf_printf(b, ",\nranked AS (\n  SELECT agg.*, ROW_NUMBER() OVER (%s",
	              sx_buf_cstr(&part));
	sx_buf_printf(b, "%sORDER BY ", np ? " " : "");
	gen_q(b, d, s->measures[s->top_measure].name);
	sx_buf_puts(b, " DESC, ");
	gen_q(b, d, s->dims[s->top_dim].name);
	sx_buf_puts(b, ") AS ");
	gen_q(b, d, "rank");
	/* a share beside the top N: of the partition's total over every row,
	 * before the ranking keeps N of them */
	for (i = 0; i < s->nmeasures; i++) {
		const sx_gen_measure *m = &s->measures[i];
		if (m->window != SX_WIN_SHARE)
			continue;
		sx_buf_puts(b, m->window_pct ? ",\n    100.0 * " : ",\n    1.0 * ");
		gen_q(b, d, m->name);
		sx_buf_puts(b, " / NULLIF(SUM(");
		gen_q(b, d, m->name);
		sx_buf_printf(b, ") OVER (%s), 0) AS ", sx_buf_cstr(&part));
		gen_q(b, d, m->window_name);
	}
	sx_buf_puts(b, "\n  FROM agg\n)\nSELECT ");
	keys_and_measures(b, s, d);
	for (i = 0; i < s->nmeasures; i++) {
		const sx_gen_measure *m = &s->measures[i];
		if (m->window == SX_WIN_SHARE) {
			gen_q(b, d, m->window_name);
			sx_buf_puts(b, ", ");
		} else if (m->window == SX_WIN_RUNNING) {
			/* a running total beside the top N: down the ranked rows kept */
			sx_buf_puts(b, "SUM(");
			gen_q(b, d, m->name);
			sx_buf_printf(b, ") OVER (%s%sORDER BY ", sx_buf_cstr(&part),
			              np ? " " : "");
			gen_q(b, d, "rank");
			sx_buf_puts(b, " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ");
			gen_q(b, d, m->window_name);
			sx_buf_puts(b, ", ");
		}
	}
	if (s->rank_hidden)
		drop_last_comma(b);
	else
		gen_q(b, d, "rank");
	sx_buf_puts(b, "\nFROM ranked\nWHERE ");
	gen_q(b, d, "rank");
	sx_buf_printf(b, " <= %d", s->top_n);
	sx_buf_release(&inner);
	sx_buf_release(&part);
}

/* Whether a measure of s is output only as its window (gen21). */
static bool any_window_only(const sx_gen_spec *s)
{
	size_t i;
	for (i = 0; i < s->nmeasures; i++)
		if (s->measures[i].window_only)
			return true;
	return false;
}

/* Shares of the total and running totals: windows over the aggregated rows
 * (the aggregate as a CTE), one column after the measures per windowed
 * measure. A share is within its period; a running total runs over the
 * periods per dimension key. */
static void window_select(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	sx_buf inner = SX_BUF_INIT;
	size_t i, k;
	bool period = s->grain && s->time_column;
	if (d == SX_DB_CLICKHOUSE) {
		ch_window_select(b, s, d);
		return;
	}
	agg_cte(b, &inner, s, d);
	sx_buf_puts(b, "\nSELECT ");
	if (any_window_only(s)) {
		/* a share asked alone: the dimensions, the period and the
		 * measures asked, not the counts the shares are of (gen21) */
		const char *sep = "";
		for (k = 0; k < s->ndims; k++, sep = ", ")
			sx_buf_puts(b, sep), gen_q(b, d, s->dims[k].name);
		if (period)
			sx_buf_puts(b, sep), gen_q(b, d, grain_col(s)), sep = ", ";
		for (k = 0; k < s->nmeasures; k++)
			if (!s->measures[k].window_only)
				sx_buf_puts(b, sep), gen_q(b, d, s->measures[k].name), sep = ", ";
		if (!*sep)
			sx_buf_puts(b, "agg.*");
	} else {
		sx_buf_puts(b, "agg.*");
	}
	for (i = 0; i < s->nmeasures; i++) {
		const sx_gen_measure *m = &s->measures[i];
		if (m->window == SX_WIN_NONE)
			continue;
		sx_buf_puts(b, ",\n       ");
		if (m->window == SX_WIN_SHARE) {
			sx_buf_puts(b, m->window_pct ? "100.0 * " : "1.0 * ");
			gen_q(b, d, m->name);
			sx_buf_puts(b, " / NULLIF(SUM(");
			gen_q(b, d, m->name);
			sx_buf_puts(b, ") OVER (");
			if (period) {
				sx_buf_puts(b, "PARTITION BY ");
				gen_q(b, d, grain_col(s));
			}
			sx_buf_puts(b, "), 0)");
		} else {
			sx_buf_puts(b, "SUM(");
			gen_q(b, d, m->name);
			sx_buf_puts(b, ") OVER (");
			for (k = 0; k < s->ndims; k++) {
				sx_buf_puts(b, k ? ", " : "PARTITION BY ");
				gen_q(b, d, s->dims[k].name);
			}
			sx_buf_puts(b, s->ndims ? " ORDER BY " : "ORDER BY ");
			gen_q(b, d, grain_col(s));
			sx_buf_puts(b, " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)");
		}
		sx_buf_puts(b, " AS ");
		gen_q(b, d, m->window_name);
	}
	sx_buf_puts(b, "\nFROM agg");
	sx_buf_release(&inner);
}

static bool has_window(const sx_gen_spec *s)
{
	size_t i;
	for (i = 0; i < s->nmeasures; i++)
		if (s->measures[i].window != SX_WIN_NONE)
			return true;
	return false;
}

static void mask_expr(sx_buf *b, sx_db_kind d, const char *cls, const char *col)
{
	sx_buf x = SX_BUF_INIT;
	gen_q(&x, d, col);
	if (strcmp(cls, "email") == 0) {
		if (d == SX_DB_POSTGRES)
			sx_buf_printf(b, "'***' || substr(%s, strpos(%s, '@'))", x.ptr, x.ptr);
		else if (d == SX_DB_SQLITE)
			sx_buf_printf(b, "'***' || substr(%s, instr(%s, '@'))", x.ptr, x.ptr);
		else
			sx_buf_printf(b, "concat('***', substring(%s, position(%s, '@')))", x.ptr, x.ptr);
	} else if (strcmp(cls, "phone") == 0) {
		if (d == SX_DB_POSTGRES)
			sx_buf_printf(b, "'***' || right(%s, 4)", x.ptr);
		else if (d == SX_DB_SQLITE)
			sx_buf_printf(b, "'***' || substr(%s, -4)", x.ptr);
		else
			sx_buf_printf(b, "concat('***', substring(%s, length(%s) - 3))", x.ptr, x.ptr);
	} else if (strcmp(cls, "birth_date") == 0) {
		/* the year kept as a date (1 January): the column keeps its name and
		 * its Date type in every target, whatever rendered the DDL */
		if (d == SX_DB_POSTGRES)
			sx_buf_printf(b, "CAST(date_trunc('year', %s) AS date)", x.ptr);
		else if (d == SX_DB_SQLITE)
			sx_buf_printf(b, "date(%s, 'start of year')", x.ptr);
		else
			sx_buf_printf(b, "toStartOfYear(%s)", x.ptr);
	} else { /* person_name: the initial */
		if (d == SX_DB_POSTGRES)
			sx_buf_printf(b, "left(%s, 1) || '***'", x.ptr);
		else if (d == SX_DB_SQLITE)
			sx_buf_printf(b, "substr(%s, 1, 1) || '***'", x.ptr);
		else
			sx_buf_printf(b, "concat(substringUTF8(%s, 1, 1), '***')", x.ptr);
	}
	sx_buf_release(&x);
}

static const char *out_name(const sx_gen_spec *s, size_t i, char *buf, size_t n)
{
	(void)buf;
	(void)n;
	return s->col_out ? s->col_out[i] : s->cols[i];
}

/* A list (plan.c, plan_list): the entity's named columns, the rows every
 * filter keeps (an anti-join, a missing value), no snapshot date. */
static void list_select(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	sx_gen_group g = {0};
	gctx c = {s, d, &g, NULL};
	size_t i;
	g.fact = s->entity;
	sx_buf_puts(b, "SELECT ");
	for (i = 0; i < s->ncols; i++) {
		if (i)
			sx_buf_puts(b, ",\n       ");
		if (s->col_superior && s->col_superior[i])
			superior_ref(b, d, s->cols[i]);
		else
			colref(b, &c, s->entity, s->cols[i]);
		sx_buf_puts(b, " AS ");
		gen_q(b, d, out_name(s, i, NULL, 0));
	}
	sx_buf_puts(b, "\nFROM ");
	gen_qtable(b, d, s->entity);
	sx_buf_puts(b, " AS t0");
	if (s->list_role_col) {
		/* each row beside its superior's: a row without one has
		 * nothing to be compared with */
		sx_buf_puts(b, "\nJOIN ");
		gen_qtable(b, d, s->entity);
		sx_buf_puts(b, " AS t1 ON t1.");
		gen_q(b, d, s->list_role_key);
		sx_buf_puts(b, " = t0.");
		gen_q(b, d, s->list_role_col);
	}
	for (i = 0; i < s->nfilters; i++) {
		sx_buf_puts(b, i ? "\n  AND " : "\nWHERE ");
		filter_cond(b, &c, &s->filters[i]);
	}
	if (s->list_rank_col) {
		/* a row without the number has no place in the ranking; ties
		 * are broken by the key, so each load keeps the same rows */
		sx_buf_puts(b, s->nfilters ? "\n  AND t0." : "\nWHERE t0.");
		gen_q(b, d, s->list_rank_col);
		sx_buf_puts(b, " IS NOT NULL\nORDER BY t0.");
		gen_q(b, d, s->list_rank_col);
		sx_buf_puts(b, s->list_rank_asc ? " ASC" : " DESC");
		for (i = 0; i < s->entity->pk.ncols; i++) {
			sx_buf_puts(b, ", t0.");
			gen_q(b, d, s->entity->pk.cols[i]);
		}
		sx_buf_printf(b, "\nLIMIT %d", s->list_rank_n);
	}
}

/* A deduplication's key columns: "k1, k2". */
static void dedup_keys(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	size_t i;
	for (i = 0; i < s->nkey; i++) {
		if (i)
			sx_buf_puts(b, ", ");
		gen_q(b, d, s->key[i]);
	}
}

/* The row a deduplication keeps first: the latest by its order column,
 * then by the primary key. */
static void dedup_latest_first(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	gen_q(b, d, s->order_col ? s->order_col : s->key[0]);
	sx_buf_puts(b, " DESC");
	if (s->entity->pk.ncols == 1) {
		sx_buf_puts(b, ", ");
		gen_q(b, d, s->entity->pk.cols[0]);
		sx_buf_puts(b, " DESC");
	}
}

/* "WHERE k IS NOT NULL ..." for the nullable key columns: a row without
 * its key matches no other row, it cannot be deduplicated nor keyed in
 * the target (plan.c says so). */
static void dedup_keys_not_null(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	bool where = false;
	size_t i;
	for (i = 0; i < s->nkey; i++) {
		const sx_column *c = gen_col(s->entity, s->key[i]);
		if (c && c->nullable) {
			sx_buf_puts(b, where ? " AND " : "\n  WHERE ");
			gen_q(b, d, s->key[i]);
			sx_buf_puts(b, " IS NOT NULL");
			where = true;
		}
	}
}

static void entity_select(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	size_t i;
	char nb[160];
	bool dedup = s->load == SX_LOAD_DEDUP;
	sx_buf_puts(b, "SELECT ");
	if (s->load == SX_LOAD_SNAPSHOT) {
		sx_buf_puts(b, d == SX_DB_POSTGRES ? "CURRENT_DATE" : d == SX_DB_CLICKHOUSE ? "today()" : "date('now')");
		sx_buf_puts(b, " AS ");
		gen_q(b, d, "snapshot_date");
		sx_buf_puts(b, ",\n       ");
	}
	for (i = 0; i < s->ncols; i++) {
		if (i)
			sx_buf_puts(b, ",\n       ");
		if (s->col_masks && s->col_masks[i]) {
			mask_expr(b, d, s->col_masks[i], s->cols[i]);
			sx_buf_puts(b, " AS ");
			gen_q(b, d, out_name(s, i, nb, sizeof nb));
		} else {
			gen_q(b, d, s->cols[i]);
		}
	}
	sx_buf_puts(b, "\nFROM ");
	if (dedup && d == SX_DB_CLICKHOUSE) {
		/* no window on 18.16: the latest row of each key by LIMIT 1 BY */
		sx_buf_puts(b, "(\n  SELECT *\n  FROM ");
		gen_qtable(b, d, s->entity);
		dedup_keys_not_null(b, s, d);
		sx_buf_puts(b, "\n  ORDER BY ");
		dedup_keys(b, s, d);
		sx_buf_puts(b, ", ");
		dedup_latest_first(b, s, d);
		sx_buf_puts(b, "\n  LIMIT 1 BY ");
		dedup_keys(b, s, d);
		sx_buf_puts(b, "\n) AS t");
	} else if (dedup) {
		sx_buf_puts(b, "(\n  SELECT t.*, ROW_NUMBER() OVER (PARTITION BY ");
		dedup_keys(b, s, d);
		sx_buf_puts(b, " ORDER BY ");
		dedup_latest_first(b, s, d);
		sx_buf_puts(b, ") AS ");
		gen_q(b, d, "_rn");
		sx_buf_puts(b, "\n  FROM ");
		gen_qtable(b, d, s->entity);
		sx_buf_puts(b, " AS t");
		dedup_keys_not_null(b, s, d);
		sx_buf_puts(b, "\n) AS t");
	} else {
		gen_qtable(b, d, s->entity);
		sx_buf_puts(b, " AS t");
	}
	{
		bool any = false;
		size_t k;
		for (i = 0; i < s->nfilters; i++) {
			if (s->filters[i].table != s->entity)
				continue;
			sx_buf_puts(b, any ? "\n  AND " : "\nWHERE ");
			any = true;
			gen_q(b, d, s->filters[i].column);
			if (s->filters[i].op == SX_FOP_IS_NULL) {
				sx_buf_puts(b, " IS NULL");
				continue;
			}
			sx_buf_puts(b, s->filters[i].op == SX_FOP_NOT_IN ? " NOT IN (" : " IN (");
			for (k = 0; k < s->filters[i].nvalues; k++) {
				if (k)
					sx_buf_puts(b, ", ");
				gen_lit(b, d, s->filters[i].values[k]);
			}
			sx_buf_puts(b, ")");
		}
		if (dedup && d != SX_DB_CLICKHOUSE) {
			sx_buf_puts(b, any ? "\n  AND " : "\nWHERE ");
			gen_q(b, d, "_rn");
			sx_buf_puts(b, " = 1");
			any = true;
		}
		if (s->time_column && (s->date_from || s->date_to)) {
			sx_buf_puts(b, any ? "\n  AND " : "\nWHERE ");
			bool ts = ch_datetime(d, s->entity, s->time_column);
			if (s->date_from) {
				gen_q(b, d, s->time_column);
				sx_buf_puts(b, " >= ");
				date_lit(b, d, s->date_from, ts);
			}
			if (s->date_to) {
				if (s->date_from)
					sx_buf_puts(b, " AND ");
				gen_q(b, d, s->time_column);
				sx_buf_puts(b, " < ");
				date_lit(b, d, s->date_to, ts);
			}
		}
	}
}

/* Entities with no facts kept as zero (gen13): every row of the
 * dimensions' table, LEFT JOINed null-safe to the aggregate on the
 * dimensions; counts and sums of the missing rows are 0. */
static void keep_empty_select(sx_buf *b, const sx_gen_spec *s, sx_db_kind d)
{
	sx_buf inner = SX_BUF_INIT;
	size_t i;
	agg_cte(b, &inner, s, d);
	sx_buf_puts(b, "\nSELECT ");
	for (i = 0; i < s->ndims; i++) {
		sx_buf_puts(b, i ? ",\n       e." : "e.");
		gen_q(b, d, s->dims[i].column);
		sx_buf_puts(b, " AS ");
		gen_q(b, d, s->dims[i].name);
	}
	for (i = 0; i < s->nmeasures; i++) {
		const sx_gen_measure *m = &s->measures[i];
		bool zero = zero_agg(m->agg);
		sx_buf_printf(b, ",\n       %sagg.", zero ? "COALESCE(" : "");
		gen_q(b, d, m->name);
		sx_buf_puts(b, zero ? ", 0) AS " : " AS ");
		gen_q(b, d, m->name);
	}
	sx_buf_puts(b, "\nFROM ");
	gen_qtable(b, d, s->dims[0].table);
	sx_buf_puts(b, " AS e\nLEFT JOIN agg ON ");
	for (i = 0; i < s->ndims; i++) {
		sx_buf_puts(b, i ? " AND agg." : "agg.");
		gen_q(b, d, s->dims[i].name);
		sx_buf_puts(b, d == SX_DB_POSTGRES ? " IS NOT DISTINCT FROM e." : d == SX_DB_SQLITE ? " IS e." : " = e.");
		gen_q(b, d, s->dims[i].column);
	}
	sx_buf_release(&inner);
}

int sx_gen_render_select(const sx_gen_spec *s, sx_db_kind d, sx_buf *out, sx_error *err)
{
	size_t at = out->len;
	if (d == SX_DB_DDL)
		d = SX_DB_POSTGRES;
	if (s->load == SX_LOAD_AGGREGATE || s->load == SX_LOAD_DENORM360) {
		if (!s->ngroups)
			return sx_error_set(err, SX_EINVAL, "the spec has no measure");
		if (s->keep_empty && s->ndims && !s->top_n && !has_window(s))
			keep_empty_select(out, s, d);
		else if (s->top_n && s->ndims)
			topn_select(out, s, d);
		else if (has_window(s))
			window_select(out, s, d);
		else
			agg_select(out, s, d);
	} else {
		if (!s->entity)
			return sx_error_set(err, SX_EINVAL, "the spec names no table");
		if (s->list)
			list_select(out, s, d);
		else
			entity_select(out, s, d);
	}
	if (d == SX_DB_CLICKHOUSE && sx_str_startswith(sx_buf_cstr(out) + at, "WITH ")) {
		/* no CTE on 18.16: each inlined where it is read. Facts
		 * aggregated apart (several groups) are written without CTEs by
		 * ch_multi_select, so a share, a running total or a top N over
		 * them inlines as over one fact */
		sx_buf ch = SX_BUF_INIT;
		ch_inline(&ch, sx_buf_cstr(out) + at);
		out->len = at; /* the SELECT written again, inlined */
		out->ptr[at] = '\0';
		sx_buf_puts(out, sx_buf_cstr(&ch));
		sx_buf_release(&ch);
	}
	sx_buf_puts(out, ";\n");
	if (sx_buf_failed(out))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	return 0;
}

/* ---------------------------------------------------------------- columns */

static const sx_column *src_col(const sx_table *t, const char *c)
{
	return t ? sx_table_find_column(t, c) : NULL;
}

size_t gen_outcols(const sx_gen_spec *s, gen_outcol *o, size_t max)
{
	size_t n = 0, i;
	if (s->load == SX_LOAD_AGGREGATE || s->load == SX_LOAD_DENORM360) {
		for (i = 0; i < s->ndims && n < max; i++) {
			const sx_column *c = src_col(s->dims[i].table, s->dims[i].column);
			sx_gen_sem sem = c ? sx_gen_column_sem(s->dims[i].table, c) : SX_SEM_OTHER;
			bool left = false;
			size_t k;
			for (k = 0; k < s->ngroups; k++) {
				size_t j;
				for (j = 0; j < s->groups[k].njoins; j++)
					if (s->groups[k].joins[j].left && s->groups[k].joins[j].to == s->dims[i].table)
						left = true;
			}
			o[n++] = (gen_outcol){s->dims[i].name, c ? c->family : SX_TF_TEXT, c ? c->type : NULL,
					      (c && c->nullable) || left, !hidden_key_grouped(s),
					      sem == SX_SEM_CATEGORY || sem == SX_SEM_STATUS};
		}
		if (s->grain && s->time_column && n < max)
			o[n++] = (gen_outcol){sx_gen_grain_name(s->grain),
			                      s->grain == SX_GRAIN_HOUR                         ? SX_TF_TIMESTAMP
			                      : s->grain == SX_GRAIN_WEEKDAY || s->time_year ? SX_TF_INTEGER
			                                                     : SX_TF_DATE,
			                      NULL,
			                      false,
			                      true,
			                      false};
		for (i = 0; i < s->nmeasures && n < max; i++) {
			const sx_gen_measure *m = &s->measures[i];
			sx_typefam f = SX_TF_DECIMAL;
			const char *ty = NULL;
			if (m->window_only)
				continue;
			if (m->pct)
				f = SX_TF_FLOAT;
			else if (m->agg == SX_AGG_COUNT || m->agg == SX_AGG_COUNT_DISTINCT)
				f = SX_TF_INTEGER;
			else if (m->expr) {
				char col[128];
				const char *e = strchr(m->expr, '}');
				const sx_column *c;
				snprintf(col, sizeof col, "%.*s", e ? (int)(e - m->expr - 1) : 0, m->expr + 1);
				/* the column's own type only for the bare column: a
				 * sum of ms / 60000.0 or of quantity * price is no integer */
				c = e && !e[1] ? src_col(m->table, col) : NULL;
				if (c && (m->agg == SX_AGG_MIN || m->agg == SX_AGG_MAX))
					f = c->family, ty = c->type;
				else if (c && c->family == SX_TF_INTEGER && m->agg == SX_AGG_SUM)
					f = SX_TF_INTEGER;
			}
			o[n++] = (gen_outcol){m->name, f, ty,
					      m->agg == SX_AGG_MIN || m->agg == SX_AGG_MAX || m->agg == SX_AGG_AVG ||
						      (s->ngroups == 1 && m->agg == SX_AGG_SUM && s->load != SX_LOAD_DENORM360),
					      false, false};
		}
		for (i = 0; i < s->nmeasures && n < max; i++)
			if (s->measures[i].window != SX_WIN_NONE)
				o[n++] = (gen_outcol){s->measures[i].window_name,
				                      s->measures[i].window == SX_WIN_SHARE
				                          ? SX_TF_FLOAT
				                          : SX_TF_DECIMAL,
				                      NULL,
				                      true,
				                      false,
				                      false};
		if (s->top_n && !s->rank_hidden && n < max)
			o[n++] = (gen_outcol){"rank", SX_TF_INTEGER, NULL, false, false, false};
		return n;
	}
	if (s->load == SX_LOAD_SNAPSHOT && !s->list && n < max)
		o[n++] = (gen_outcol){"snapshot_date", SX_TF_DATE, NULL, false, true, false};
	for (i = 0; i < s->ncols && n < max; i++) {
		const sx_column *c = src_col(s->entity, s->cols[i]);
		bool key = false;
		size_t k;
		for (k = 0; k < s->nkey; k++)
			if (strcmp(s->key[k], s->cols[i]) == 0)
				key = true;
		if (s->load == SX_LOAD_DEDUP && !sx_table_col_in_pk(s->entity, s->cols[i]))
			key = key && true;
		if (s->col_masks && s->col_masks[i]) {
			bool date = strcmp(s->col_masks[i], "birth_date") == 0;
			o[n++] = (gen_outcol){out_name(s, i, NULL, 0),
			                      date ? SX_TF_DATE : SX_TF_TEXT,
			                      NULL,
			                      true,
			                      false,
			                      false};
			continue;
		}
		o[n++] = (gen_outcol){out_name(s, i, NULL, 0), c->family, c->type, c->nullable && !key, key, false};
	}
	return n;
}
