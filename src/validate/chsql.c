/*
 * chsql.c - ClickHouse SQL (select_sql and load_sql in the ClickHouse
 * dialect): static checks by ClickHouse's own lexical rules and, when a
 * server is given, its analyser on a read-only wrapper of each query.
 *
 * Static (docs/validate.md, "ClickHouse SQL"):
 *   - a tokenizer with ClickHouse's rules: '...' strings with backslash
 *     escapes and '' doubling, `...` and "..." identifiers, -- and
 *     non-nesting block comments, {name:Type} query parameters; an
 *     unterminated string, identifier or comment and an unbalanced
 *     bracket are sql.syntax at the exact line and column;
 *   - statements split at ';' outside brackets;
 *   - with a ClickHouse database in the catalog, the tables of FROM/JOIN
 *     and the columns named are bound against it (sql.unknown-table,
 *     sql.unknown-column, sql.missing-from with a "did you mean");
 *   - features the target version lacks (ch.unsupported-feature), = NULL,
 *     SELECT * in a load, statements that are not SELECTs or that destroy.
 *
 * Server (SX_VALIDATE_SERVER and ctx->ch_url): a SELECT goes as
 * SELECT * FROM (<query>) LIMIT 0 with readonly=1 and max_execution_time
 * as URL settings, so the server analyses it and neither reads rows nor
 * writes; an INSERT's SELECT the same way, and its target table and
 * columns as SELECT <columns> FROM <table> LIMIT 0. Nothing else is sent.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "validate_int.h"

/* ---------------------------------------------------------------- tokens */

typedef sx__chtok ctok;
typedef sx__chlex clex;

static int cpush(clex *l, const ctok *t)
{
	if (l->n == l->cap) {
		size_t nc = l->cap ? l->cap * 2 : 256;
		ctok *nv = sx_realloc(l->v, nc * sizeof *nv);
		if (!nv)
			return SX_ENOMEM;
		l->v = nv;
		l->cap = nc;
	}
	l->v[l->n++] = *t;
	return 0;
}

/* The tokenizer shared with chddl.c (validate_int.h): ClickHouse's
 * lexical rules. A lexical error stops it with err, err_at and err_hint
 * set; the tokens before it are kept, then four END tokens (n counts
 * none of them, so v[n] .. v[n + 3] may be read). */
int sx__ch_lex(const char *src, sx__chlex *l)
{
	const char *p = src;
	memset(l, 0, sizeof *l);
	l->src = src;
	while (*p) {
		ctok t;
		memset(&t, 0, sizeof t);
		if (isspace((unsigned char)*p)) {
			p++;
			continue;
		}
		if (p[0] == '-' && p[1] == '-') {
			while (*p && *p != '\n')
				p++;
			continue;
		}
		if (p[0] == '/' && p[1] == '*') {
			/* 18.16 does not nest block comments */
			const char *e = strstr(p + 2, "*/");
			if (!e) {
				l->err_at = p;
				l->err = "unterminated /* comment";
				l->err_hint = "close the comment with */";
				break;
			}
			p = e + 2;
			continue;
		}
		t.s = p;
		if (isalpha((unsigned char)*p) || *p == '_' || (unsigned char)*p >= 0x80) {
			size_t k = 0;
			t.k = SX_CHT_WORD;
			while (isalnum((unsigned char)*p) || *p == '_' || *p == '$' ||
			       (unsigned char)*p >= 0x80) {
				if (k + 1 < sizeof t.text)
					t.text[k++] = *p;
				p++;
			}
		} else if (*p == '`' || *p == '"' || *p == '\'') {
			char q = *p++;
			size_t k = 0;
			bool closed = false;
			t.k = q == '\'' ? SX_CHT_STRING : SX_CHT_QUOTED;
			while (*p) {
				if (*p == '\\' && p[1]) {
					p++;
				} else if (*p == q) {
					if (p[1] == q) { /* '' inside '...' */
						p++;
					} else {
						closed = true;
						p++;
						break;
					}
				}
				if (k + 1 < sizeof t.text)
					t.text[k++] = *p;
				p++;
			}
			if (!closed) {
				l->err_at = t.s;
				l->err = q == '\'' ? "unterminated string literal"
				                   : "unterminated quoted identifier";
				l->err_hint = "close it with the same quote";
				break;
			}
		} else if (isdigit((unsigned char)*p) ||
		           (*p == '.' && isdigit((unsigned char)p[1]))) {
			t.k = SX_CHT_NUMBER;
			while (isalnum((unsigned char)*p) || *p == '.' ||
			       ((*p == '+' || *p == '-') && (p[-1] == 'e' || p[-1] == 'E') &&
			        !(t.s[0] == '0' && (t.s[1] == 'x' || t.s[1] == 'X'))))
				p++;
		} else if (*p == '{' && (isalpha((unsigned char)p[1]) || p[1] == '_') &&
		           strchr(p, '}') && memchr(p, ':', (size_t)(strchr(p, '}') - p))) {
			/* {name:Type}, a query parameter */
			const char *e = strchr(p, '}');
			t.k = SX_CHT_PARAM;
			snprintf(t.text, sizeof t.text, "%.*s", (int)(e + 1 - p), p);
			p = e + 1;
		} else {
			static const char *const two[] = {"::", "->", "!=", "<>",
			                                  "<=", ">=", "==", "||"};
			size_t k;
			t.k = SX_CHT_OP;
			t.text[0] = *p;
			for (k = 0; k < sizeof two / sizeof two[0]; k++)
				if (p[0] == two[k][0] && p[1] == two[k][1]) {
					t.text[1] = p[1];
					p++;
					break;
				}
			p++;
		}
		t.n = (size_t)(p - t.s);
		if (cpush(l, &t))
			return SX_ENOMEM;
	}
	for (int k = 0; k < 4; k++) {
		ctok e;
		memset(&e, 0, sizeof e);
		e.k = SX_CHT_END;
		e.s = p;
		if (cpush(l, &e))
			return SX_ENOMEM;
	}
	l->n -= 4;
	return 0;
}

typedef struct cx {
	const sx_validate_ctx *ctx;
	const char *src;
	sx_artifact_kind art;
	bool load;
	sx_finding_list *out;
	const char *ddl;  /* the artifact set's ClickHouse target DDL, or NULL */
	int major, minor; /* target version; 0: unknown */
	int rc;
} cx;

static void pos_of(const cx *c, const char *p, int *line, int *col)
{
	sx__text_pos(c->src, (long)(p - c->src), false, line, col);
}

static void cfnd(cx *c, sx_severity sev, const char *rule, const char *at, const char *hint,
                 const char *fmt, ...) SX_PRINTF(6, 7);
static void cfnd(cx *c, sx_severity sev, const char *rule, const char *at, const char *hint,
                 const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (sx__vfinding_at(c->out, (int)sev, rule, c->art, c->src, at, hint, fmt, ap))
		c->rc = SX_ENOMEM;
	va_end(ap);
}

/* The same with the rule's own severity. */
static void cfnd_rule(cx *c, const char *rule, const char *at, const char *hint, const char *fmt,
                      ...) SX_PRINTF(5, 6);
static void cfnd_rule(cx *c, const char *rule, const char *at, const char *hint, const char *fmt,
                      ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (sx__vfinding_at(c->out, -1, rule, c->art, c->src, at, hint, fmt, ap))
		c->rc = SX_ENOMEM;
	va_end(ap);
}

/* Tokenizes src; a lexical error is sql.syntax at its position and sets
 * *bad (the tokens before it are kept). */
static int clex_run(cx *c, clex *l, const char *src, bool *bad)
{
	if (sx__ch_lex(src, l))
		return SX_ENOMEM;
	*bad = l->err != NULL;
	if (l->err)
		cfnd_rule(c, "sql.syntax", l->err_at, l->err_hint, "%s", l->err);
	return 0;
}

static bool ckw(const ctok *t, const char *w)
{
	return t->k == SX_CHT_WORD && sx_str_eq_nocase(t->text, w);
}

static bool cop(const ctok *t, const char *o)
{
	return t->k == SX_CHT_OP && strcmp(t->text, o) == 0;
}

static bool cident(const ctok *t)
{
	return t->k == SX_CHT_WORD || t->k == SX_CHT_QUOTED;
}

/* Words of ClickHouse's grammar that are never column names when bare. */
static const char *const keywords[] = {
    "ALL",       "ALTER",     "AND",       "ANTI",       "ANY",      "ARRAY",     "AS",
    "ASC",       "ASCENDING", "ASOF",      "BETWEEN",    "BOTH",     "BY",        "CASE",
    "CAST",      "CLUSTER",   "COLLATE",   "CROSS",      "CUBE",     "CURRENT",   "DATABASE",
    "DAY",       "DELETE",    "DESC",      "DESCENDING", "DISTINCT", "DROP",      "ELSE",
    "END",       "EXCEPT",    "EXISTS",    "EXTRACT",    "FALSE",    "FILL",      "FINAL",
    "FIRST",     "FOLLOWING", "FOR",       "FORMAT",     "FROM",     "FULL",      "GLOBAL",
    "GROUP",     "GROUPING",  "HAVING",    "HOUR",       "ILIKE",    "IN",        "INF",
    "INNER",     "INSERT",    "INTERSECT", "INTERVAL",   "INTO",     "IS",        "JOIN",
    "LAST",      "LEADING",   "LEFT",      "LIKE",       "LIMIT",    "LOCAL",     "MINUTE",
    "MONTH",     "NAN",       "NOT",       "NULL",       "NULLS",    "OFFSET",    "ON",
    "OR",        "ORDER",     "OUTER",     "OUTFILE",    "OVER",     "PARTITION", "PASTE",
    "PRECEDING", "PREWHERE",  "QUALIFY",   "QUARTER",    "RANGE",    "RIGHT",     "ROLLUP",
    "ROW",       "ROWS",      "SAMPLE",    "SECOND",     "SELECT",   "SEMI",      "SETS",
    "SETTINGS",  "STEP",      "TABLE",     "THEN",       "TIES",     "TO",        "TOTALS",
    "TRAILING",  "TRUE",      "UNBOUNDED", "UNION",      "USING",    "VALUES",    "WEEK",
    "WHEN",      "WHERE",     "WINDOW",    "WITH",       "YEAR",     NULL,
};

static bool is_keyword(const ctok *t)
{
	if (t->k != SX_CHT_WORD)
		return false;
	for (size_t i = 0; keywords[i]; i++)
		if (sx_str_eq_nocase(t->text, keywords[i]))
			return true;
	return false;
}

/* ---------------------------------------------------------------- version */

typedef struct chfeat {
	const char *name;
	int major, minor;
	const char *hint;
} chfeat;

/* Functions a plain server of an older version does not have; each one
 * is absent from Debian 18.16's system.functions (checked). */
static const chfeat functions[] = {
    {"toStartOfInterval", 19, 1, NULL},
    {"toStartOfWeek", 19, 9, "use toMonday()"},
    {"toWeek", 19, 9, NULL},
    {"toYearWeek", 19, 9, NULL},
    {"JSONExtract", 19, 6, "use visitParamExtract*()"},
    {"JSONExtractString", 19, 6, "use visitParamExtractString()"},
    {"JSONExtractInt", 19, 6, "use visitParamExtractInt()"},
    {"JSONExtractFloat", 19, 6, "use visitParamExtractFloat()"},
    {"trim", 19, 1, "use replaceRegexpAll(s, '^\\\\s+|\\\\s+$', '')"},
    {"trimBoth", 19, 1, "use replaceRegexpAll(s, '^\\\\s+|\\\\s+$', '')"},
    {"xxHash64", 19, 1, "use cityHash64() or sipHash64()"},
    {"toDateTime64", 20, 1, "use toDateTime() (seconds)"},
    {"now64", 20, 1, "use now()"},
    {"parseDateTime64BestEffort", 20, 1, "use parseDateTimeBestEffort()"},
    {"toUnixTimestamp64Milli", 20, 5, NULL},
    {"ilike", 20, 6, "use like(lower(x), lower(pattern))"},
    {"dateTrunc", 20, 8, "use toStartOfDay(), toStartOfMonth(), ..."},
    {"date_trunc", 20, 8, "use toStartOfDay(), toStartOfMonth(), ..."},
    {"toDate32", 21, 9, "use toDate()"},
    {"mapKeys", 21, 8, NULL},
    {"left", 22, 1, "use substring(s, 1, n)"},
    {"right", 22, 1, "use substring(s, -n)"},
    {NULL, 0, 0, NULL},
};

/* Types, as written in CAST(x AS T) or x::T. */
static const chfeat types[] = {
    {"LowCardinality", 19, 1, "use the plain type"},
    {"IPv4", 19, 3, NULL},
    {"IPv6", 19, 3, NULL},
    {"DateTime64", 20, 1, "use DateTime (seconds)"},
    {"Int128", 20, 8, NULL},
    {"Int256", 20, 8, NULL},
    {"UInt256", 20, 8, NULL},
    {"UInt128", 21, 6, NULL},
    {"Map", 21, 8, NULL},
    {"Date32", 21, 9, "use Date"},
    {"Bool", 21, 12, "use UInt8"},
    {NULL, 0, 0, NULL},
};

static bool before(const cx *c, int major, int minor)
{
	return c->major && (c->major < major || (c->major == major && c->minor < minor));
}

static void unsupported(cx *c, sx_severity sev, const char *at, int major, int minor,
                        const char *hint, const char *what)
{
	if (!before(c, major, minor))
		return;
	cfnd(c, sev, "ch.unsupported-feature", at, hint ? hint : "leave it out for this server",
	     "%s: needs ClickHouse %d.%d; the target is %d.%d", what, major, minor, c->major,
	     c->minor);
}

/* Version features of the statement's tokens [a, b). */
static void check_features(cx *c, const clex *l, size_t a, size_t b, bool insert)
{
	const ctok *v = l->v;
	char what[200];
	int depth = 0, joins[64] = {0}; /* JOINs of the SELECT at each depth */
	for (size_t i = a; i < b && !c->rc; i++) {
		const ctok *t = &v[i];
		if (cop(t, "(") && depth < 63)
			joins[++depth] = 0;
		else if (cop(t, ")") && depth > 0)
			depth--;
		else if (ckw(t, "SELECT"))
			joins[depth] = 0; /* a UNION's next branch */
		else if (ckw(t, "JOIN") && !(i > a && ckw(&v[i - 1], "ARRAY")) && ++joins[depth] == 2)
			unsupported(c, SX_SEV_ERROR, t->s, 19, 15,
			            "nest them: one JOIN in a subquery, the next JOIN around it",
			            "two JOINs in one SELECT");
		if (t->k == SX_CHT_PARAM) {
			if (c->art == SX_ART_LOAD_SQL) {
				/* the generator's {partition:UInt32}: the caller (the
				 * DAG, pipeline try) substitutes it */
				if (before(c, 19, 11))
					cfnd_rule(c, "ch.load-parameter", t->s,
					          "substitute the value before the statement "
					          "reaches this server",
					          "%.60s: a server before 19.11 takes no query "
					          "parameters; "
					          "the target is %d.%d",
					          t->text, c->major, c->minor);
			} else {
				unsupported(c, SX_SEV_ERROR, t->s, 19, 11,
				            "write the value as a literal",
				            "query parameters ({name:Type})");
			}
			continue;
		}
		if (cop(t, "::")) {
			unsupported(c, SX_SEV_ERROR, t->s, 21, 9, "use CAST(x AS T)",
			            "the :: cast operator");
			continue;
		}
		if (t->k != SX_CHT_WORD)
			continue;
		if (ckw(t, "OVER") && (cop(&v[i + 1], "(") || cident(&v[i + 1])) && i > a &&
		    cop(&v[i - 1], ")")) {
			unsupported(
			    c, SX_SEV_ERROR, t->s, 21, 3,
			    "aggregate in a subquery and join it back, or use arrays (groupArray)",
			    "window functions (OVER)");
			continue;
		}
		if (ckw(t, "ILIKE") && !cop(&v[i + 1], "(")) {
			unsupported(c, SX_SEV_ERROR, t->s, 20, 6,
			            "use lower(x) LIKE lower(pattern)", "ILIKE");
			continue;
		}
		if (ckw(t, "WITH") && cident(&v[i + 1]) && ckw(&v[i + 2], "AS") &&
		    cop(&v[i + 3], "(") && (ckw(&v[i + 4], "SELECT") || ckw(&v[i + 4], "WITH"))) {
			unsupported(c, SX_SEV_ERROR, t->s, 20, 10, "use a subquery in FROM",
			            "common table expressions (WITH name AS (SELECT ...))");
			continue;
		}
		if (ckw(t, "WITH") && (ckw(&v[i + 1], "FILL") || ckw(&v[i + 1], "TIES"))) {
			bool fill = ckw(&v[i + 1], "FILL");
			unsupported(c, SX_SEV_ERROR, t->s, fill ? 19 : 20, fill ? 14 : 6, NULL,
			            fill ? "ORDER BY ... WITH FILL" : "LIMIT ... WITH TIES");
			continue;
		}
		if (ckw(t, "UNION") && !ckw(&v[i + 1], "ALL")) {
			unsupported(c, SX_SEV_ERROR, t->s, 21, 1,
			            "write UNION ALL (and DISTINCT outside)", "UNION without ALL");
			continue;
		}
		if ((ckw(t, "EXCEPT") || ckw(t, "INTERSECT")) &&
		    (ckw(&v[i + 1], "SELECT") || cop(&v[i + 1], "(") ||
		     ckw(&v[i + 1], "DISTINCT"))) {
			snprintf(what, sizeof what, "%s between queries",
			         ckw(t, "EXCEPT") ? "EXCEPT" : "INTERSECT");
			unsupported(c, SX_SEV_ERROR, t->s, 21, 8, "use NOT IN / IN with a subquery",
			            what);
			continue;
		}
		if (ckw(t, "ASOF") && (ckw(&v[i + 1], "JOIN") || ckw(&v[i + 1], "LEFT"))) {
			unsupported(c, SX_SEV_ERROR, t->s, 19, 3, NULL, "ASOF JOIN");
			continue;
		}
		if (ckw(t, "GROUPING") && ckw(&v[i + 1], "SETS")) {
			unsupported(c, SX_SEV_ERROR, t->s, 22, 6, "use UNION ALL of GROUP BYs",
			            "GROUPING SETS");
			continue;
		}
		if (ckw(t, "QUALIFY") && i > a && !cop(&v[i - 1], ".")) {
			unsupported(c, SX_SEV_ERROR, t->s, 23, 4, "filter in an outer query",
			            "QUALIFY");
			continue;
		}
		if (insert && ckw(t, "SETTINGS")) {
			unsupported(c, SX_SEV_ERROR, t->s, 20, 1,
			            "pass the settings as URL or session settings",
			            "INSERT ... SETTINGS");
			continue;
		}
		if (cop(&v[i + 1], "(") && !(i > a && cop(&v[i - 1], "."))) {
			for (size_t f = 0; functions[f].name; f++) {
				bool ci = !strcmp(functions[f].name, "ilike") ||
				          !strcmp(functions[f].name, "date_trunc") ||
				          !strcmp(functions[f].name, "left") ||
				          !strcmp(functions[f].name, "right") ||
				          !strcmp(functions[f].name, "trim");
				if (ci ? sx_str_eq_nocase(t->text, functions[f].name)
				       : !strcmp(t->text, functions[f].name)) {
					snprintf(what, sizeof what, "the function %s()",
					         functions[f].name);
					unsupported(c, SX_SEV_ERROR, t->s, functions[f].major,
					            functions[f].minor, functions[f].hint, what);
					break;
				}
			}
		}
		if (i > a && (ckw(&v[i - 1], "AS") || cop(&v[i - 1], "::") ||
		              (cop(&v[i - 1], "(") && i > a + 1 &&
		               (ckw(&v[i - 2], "Nullable") || ckw(&v[i - 2], "Array") ||
		                ckw(&v[i - 2], "LowCardinality"))))) {
			for (size_t f = 0; types[f].name; f++)
				if (!strcmp(t->text, types[f].name)) {
					snprintf(what, sizeof what, "the type %s", types[f].name);
					unsupported(c, SX_SEV_ERROR, t->s, types[f].major,
					            types[f].minor, types[f].hint, what);
					break;
				}
		}
	}
}

/* ---------------------------------------------------------------- binding */

typedef struct fitem {
	const sx_table *table; /* NULL: a subquery, CTE, table function or unknown */
	const char *name;      /* the table name as written (points into a token) */
	const char *alias;     /* NULL when none */
} fitem;

typedef struct bscope {
	fitem items[64];
	size_t n;
	bool opaque;              /* an item whose columns cannot be known */
	const char *defined[256]; /* aliases, lambda parameters, CTE names */
	size_t ndef;
	bool *skip; /* per token: not a column reference */
} bscope;

static void define(bscope *s, const char *name)
{
	if (s->ndef < sizeof s->defined / sizeof s->defined[0])
		s->defined[s->ndef++] = name;
}

static bool defined(const bscope *s, const char *name)
{
	for (size_t i = 0; i < s->ndef; i++)
		if (!strcmp(s->defined[i], name))
			return true;
	return false;
}

/* The ClickHouse databases of the catalog in scope: ctx->db when it is
 * one, else every ClickHouse database of ctx->cat. */
static bool db_ok(const sx_validate_ctx *ctx, const sx_database *db)
{
	if (db->kind != SX_DB_CLICKHOUSE)
		return false;
	return !ctx->db || ctx->db->kind != SX_DB_CLICKHOUSE || ctx->db == db;
}

static bool have_ch_catalog(const sx_validate_ctx *ctx)
{
	for (size_t d = 0; ctx->cat && d < ctx->cat->ndbs; d++)
		if (db_ok(ctx, ctx->cat->dbs[d]))
			return true;
	return false;
}

/* A table of a ClickHouse database of the catalog (case-sensitive, as
 * ClickHouse is); schema NULL: any of them. */
static const sx_table *ch_table(const sx_validate_ctx *ctx, const char *schema, const char *name)
{
	for (size_t d = 0; d < ctx->cat->ndbs; d++) {
		const sx_database *db = ctx->cat->dbs[d];
		if (!db_ok(ctx, db))
			continue;
		for (size_t s = 0; s < db->nschemas; s++) {
			const sx_schema *sc = db->schemas[s];
			if (schema && strcmp(sc->name, schema))
				continue;
			for (size_t t = 0; t < sc->ntables; t++)
				if (!strcmp(sc->tables[t]->name, name))
					return sc->tables[t];
		}
	}
	return NULL;
}

static bool ch_schema_known(const sx_validate_ctx *ctx, const char *schema)
{
	for (size_t d = 0; d < ctx->cat->ndbs; d++)
		if (db_ok(ctx, ctx->cat->dbs[d]))
			for (size_t s = 0; s < ctx->cat->dbs[d]->nschemas; s++)
				if (!strcmp(ctx->cat->dbs[d]->schemas[s]->name, schema))
					return true;
	return false;
}

static bool table_has(const sx_table *t, const char *col)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (!strcmp(t->cols[i].name, col))
			return true;
	return false;
}

/* Reads one table reference [db.]name at i (FROM, JOIN, INSERT INTO,
 * ALTER TABLE); marks its tokens as not column references. *schema and
 * *name point into the tokens. Returns the index after it. */
static size_t table_ref(const clex *l, size_t i, bscope *s, const char **schema, const char **name)
{
	*schema = NULL;
	*name = NULL;
	if (!cident(&l->v[i]))
		return i;
	*name = l->v[i].text;
	s->skip[i] = true;
	if (cop(&l->v[i + 1], ".") && cident(&l->v[i + 2])) {
		*schema = l->v[i].text;
		*name = l->v[i + 2].text;
		s->skip[i + 1] = s->skip[i + 2] = true;
		return i + 3;
	}
	return i + 1;
}

static void bind_table(cx *c, const clex *l, size_t at, bscope *s, const char *schema,
                       const char *name, bool target)
{
	fitem *f;
	const sx_table *t;
	if (s->n == sizeof s->items / sizeof s->items[0]) {
		s->opaque = true;
		return;
	}
	f = &s->items[s->n++];
	memset(f, 0, sizeof *f);
	f->name = name;
	if (!schema && defined(s, name))
		return; /* a CTE: its columns come from its own tables */
	if ((t = ch_table(c->ctx, schema, name))) {
		f->table = t;
		return;
	}
	s->opaque = true;
	if (schema && !strcmp(schema, "system"))
		return; /* the server's own tables are not in the catalog */
	{
		sx__suggest g;
		const char *what = schema && !ch_schema_known(c->ctx, schema) ? schema : name;
		char hint[200];
		sx__suggest_init(&g, what);
		for (size_t d = 0; d < c->ctx->cat->ndbs; d++) {
			const sx_database *db = c->ctx->cat->dbs[d];
			if (!db_ok(c->ctx, db))
				continue;
			for (size_t k = 0; k < db->nschemas; k++) {
				const sx_schema *sc = db->schemas[k];
				if (what == schema) {
					sx__suggest_try(&g, sc->name);
					continue;
				}
				if (schema && strcmp(sc->name, schema))
					continue;
				for (size_t m = 0; m < sc->ntables; m++)
					sx__suggest_try(&g, sc->tables[m]->name);
			}
		}
		if (g.best)
			snprintf(hint, sizeof hint, "did you mean \"%.80s\"?", g.best);
		if (what == schema)
			cfnd_rule(c, "sql.unknown-schema", l->v[at].s, g.best ? hint : NULL,
			          "database \"%.80s\" is not in the catalog", schema);
		else if (target || c->art == SX_ART_LOAD_SQL)
			/* a load names target tables, which the DDL may create */
			cfnd(c, SX_SEV_INFO, "sql.unknown-table", l->v[at].s, g.best ? hint : NULL,
			     "table \"%.80s\" is not in the catalog (a target table?)", name);
		else
			cfnd_rule(c, "sql.unknown-table", l->v[at].s, g.best ? hint : NULL,
			          "table \"%s%s%.80s\" does not exist in the catalog",
			          schema ? schema : "", schema ? "." : "", name);
	}
}

/* The alias after a FROM item at i (AS x, or a bare word that is no
 * keyword); marks it. Returns the index after it. */
static size_t item_alias(const clex *l, size_t i, bscope *s, fitem *f)
{
	if (ckw(&l->v[i], "AS") && cident(&l->v[i + 1])) {
		s->skip[i + 1] = true;
		if (f)
			f->alias = l->v[i + 1].text;
		define(s, l->v[i + 1].text);
		return i + 2;
	}
	if (cident(&l->v[i]) && !is_keyword(&l->v[i])) {
		s->skip[i] = true;
		if (f)
			f->alias = l->v[i].text;
		define(s, l->v[i].text);
		return i + 1;
	}
	return i;
}

static bool is_func_paren(const clex *l, size_t i)
{
	/* '(' right after a name that is not a keyword: a function call */
	/* (EXTRACT and CAST are keywords that are called: extract(DAY FROM d)) */
	return i > 0 && cop(&l->v[i], "(") && l->v[i - 1].k == SX_CHT_WORD &&
	       (!is_keyword(&l->v[i - 1]) || ckw(&l->v[i - 1], "EXTRACT") ||
	        ckw(&l->v[i - 1], "CAST"));
}

/* Collects FROM/JOIN items, aliases, lambda parameters and CTE names of
 * the statement [a, b). */
static void collect(cx *c, const clex *l, size_t a, size_t b, bscope *s)
{
	const ctok *v = l->v;
	int fdepth[256];
	int depth = 0, nf = 0;
	/* CTE names first: they may be used before their definition ends */
	for (size_t i = a; i + 3 < b; i++)
		if (cident(&v[i]) && ckw(&v[i + 1], "AS") && cop(&v[i + 2], "(") &&
		    (ckw(&v[i + 3], "SELECT") || ckw(&v[i + 3], "WITH")) && i > a &&
		    (ckw(&v[i - 1], "WITH") || cop(&v[i - 1], ","))) {
			define(s, v[i].text);
			s->skip[i] = true;
		}
	for (size_t i = a; i < b; i++) {
		const ctok *t = &v[i];
		if (cop(t, "(")) {
			if (nf < 256)
				fdepth[nf++] = is_func_paren(l, i) ? depth : -1;
			depth++;
			continue;
		}
		if (cop(t, ")")) {
			depth--;
			if (nf)
				nf--;
			continue;
		}
		/* lambda parameters: x -> ..., (x, y) -> ... */
		if (cop(t, "->")) {
			if (i > a && cident(&v[i - 1])) {
				define(s, v[i - 1].text);
				s->skip[i - 1] = true;
			} else if (i > a && cop(&v[i - 1], ")")) {
				for (size_t k = i - 1; k > a && !cop(&v[k], "("); k--)
					if (cident(&v[k])) {
						define(s, v[k].text);
						s->skip[k] = true;
					}
			}
			continue;
		}
		if (ckw(t, "AS") && cident(&v[i + 1])) {
			define(s, v[i + 1].text);
			s->skip[i + 1] = true;
			continue;
		}
		if (ckw(t, "JOIN") && i > a && ckw(&v[i - 1], "ARRAY"))
			continue; /* ARRAY JOIN arr AS x: columns, not tables */
		if ((ckw(t, "FROM") || ckw(t, "JOIN")) && !(nf && fdepth[nf - 1] >= 0)) {
			size_t k = i + 1;
			for (;;) {
				fitem *f = NULL;
				if (cop(&v[k], "(")) {
					/* a subquery: its own tokens are walked as usual */
					break;
				}
				if (cident(&v[k]) && cop(&v[k + 1], "(")) {
					s->opaque = true; /* a table function */
					s->skip[k] = true;
					break;
				}
				{
					const char *schema, *name;
					size_t at = k;
					k = table_ref(l, k, s, &schema, &name);
					if (!name)
						break;
					if (c->ctx->cat && have_ch_catalog(c->ctx))
						bind_table(c, l, at, s, schema, name, false);
					else
						s->opaque = true;
					if (s->n && s->items[s->n - 1].name == name)
						f = &s->items[s->n - 1];
				}
				if (ckw(&v[k], "FINAL"))
					k++;
				k = item_alias(l, k, s, f);
				if (ckw(&v[k], "FINAL"))
					k++;
				if (cop(&v[k], ",")) {
					/* FROM a, b */
					if (!cident(&v[k + 1]) && !cop(&v[k + 1], "("))
						break;
					k++;
					continue;
				}
				break;
			}
			continue;
		}
		/* an alias without AS: a name right after an expression */
		if (cident(t) && !is_keyword(t) && i > a && !cop(&v[i + 1], "(") &&
		    !cop(&v[i + 1], ".") &&
		    (cop(&v[i - 1], ")") || v[i - 1].k == SX_CHT_NUMBER ||
		     v[i - 1].k == SX_CHT_STRING ||
		     (cident(&v[i - 1]) && !is_keyword(&v[i - 1]) && !cop(&v[i - 2], "::")))) {
			define(s, t->text);
			s->skip[i] = true;
		}
	}
}

/* Whether another FROM item under the same alias has col: the scope is the
 * whole statement, so subqueries side by side that reuse an alias (t0 of
 * one group's query and t0 of the next, inlined or JOINed) are all in it. */
static bool alias_elsewhere_has(const bscope *s, const char *alias, const char *col)
{
	for (size_t k = 0; k < s->n; k++)
		if (s->items[k].table && s->items[k].alias && !strcmp(s->items[k].alias, alias) &&
		    table_has(s->items[k].table, col))
			return true;
	return false;
}

static void check_columns(cx *c, const clex *l, size_t a, size_t b, bscope *s)
{
	const ctok *v = l->v;
	bool any_table = false;
	for (size_t k = 0; k < s->n; k++)
		any_table |= s->items[k].table != NULL;
	for (size_t i = a; i < b && !c->rc; i++) {
		const ctok *t = &v[i];
		if (s->skip[i] || !cident(t))
			continue;
		if (ckw(t, "SETTINGS") || ckw(t, "FORMAT"))
			break; /* setting names and formats follow */
		if (t->k == SX_CHT_WORD && is_keyword(t))
			continue;
		if (cop(&v[i + 1], "(") || cop(&v[i + 1], "->") || v[i + 1].k == SX_CHT_STRING)
			continue; /* a function, a lambda, a typed literal (DATE '...') */
		if (i > a && (cop(&v[i - 1], ".") || cop(&v[i - 1], "::") || ckw(&v[i - 1], "AS")))
			continue;
		if (cop(&v[i + 1], ".")) {
			const ctok *col = &v[i + 2];
			const fitem *f = NULL;
			if (!cident(col))
				continue; /* t.1: a tuple element */
			for (size_t k = 0; k < s->n && !f; k++)
				if ((s->items[k].alias && !strcmp(s->items[k].alias, t->text)) ||
				    (!s->items[k].alias && s->items[k].name &&
				     !strcmp(s->items[k].name, t->text)))
					f = &s->items[k];
			if (!f) {
				/* a Nested column (n.x) or a qualifier no item has */
				bool nested = false;
				char full[260];
				snprintf(full, sizeof full, "%s.%s", t->text, col->text);
				for (size_t k = 0; k < s->n; k++)
					nested |=
					    s->items[k].table && table_has(s->items[k].table, full);
				if (!nested && !s->opaque && any_table && !defined(s, t->text)) {
					sx__suggest g;
					char hint[200];
					sx__suggest_init(&g, t->text);
					for (size_t k = 0; k < s->n; k++)
						sx__suggest_try(&g, s->items[k].alias
						                        ? s->items[k].alias
						                        : s->items[k].name);
					if (g.best)
						snprintf(hint, sizeof hint,
						         "did you mean \"%.80s\"?", g.best);
					cfnd_rule(c, "sql.missing-from", t->s, g.best ? hint : NULL,
					          "\"%.80s\" is not a table or alias of the query",
					          t->text);
				}
			} else if (f->table && !table_has(f->table, col->text) &&
			           !alias_elsewhere_has(s, t->text, col->text)) {
				sx__suggest g;
				char hint[200];
				sx__suggest_init(&g, col->text);
				for (size_t k = 0; k < f->table->ncols; k++)
					sx__suggest_try(&g, f->table->cols[k].name);
				if (g.best)
					snprintf(hint, sizeof hint, "did you mean \"%.80s\"?",
					         g.best);
				cfnd_rule(c, "sql.unknown-column", col->s, g.best ? hint : NULL,
				          "column \"%.80s\" does not exist in table \"%.80s\"",
				          col->text, f->table->name);
			}
			i += 2;
			continue;
		}
		if (s->opaque || !any_table || defined(s, t->text))
			continue;
		{
			bool found = false;
			sx__suggest g;
			char hint[200];
			for (size_t k = 0; k < s->n && !found; k++)
				found = s->items[k].table && table_has(s->items[k].table, t->text);
			if (found)
				continue;
			sx__suggest_init(&g, t->text);
			for (size_t k = 0; k < s->n; k++)
				for (size_t m = 0;
				     s->items[k].table && m < s->items[k].table->ncols; m++)
					sx__suggest_try(&g, s->items[k].table->cols[m].name);
			if (g.best)
				snprintf(hint, sizeof hint, "did you mean \"%.80s\"?", g.best);
			cfnd_rule(c, "sql.unknown-column", t->s, g.best ? hint : NULL,
			          "column \"%.80s\" does not exist in the query's tables", t->text);
		}
	}
}

/* ---------------------------------------------------------------- lints */

static void check_lints(cx *c, const clex *l, size_t a, size_t b, bool load)
{
	const ctok *v = l->v;
	int depth = 0;
	for (size_t i = a; i < b && !c->rc; i++) {
		const ctok *t = &v[i];
		if (cop(t, "("))
			depth++;
		else if (cop(t, ")"))
			depth--;
		if ((cop(t, "=") || cop(t, "==") || cop(t, "!=") || cop(t, "<>")) &&
		    (ckw(&v[i + 1], "NULL") || (i > a && ckw(&v[i - 1], "NULL"))))
			cfnd_rule(c, "sql.null-comparison", t->s, "use IS NULL / IS NOT NULL",
			          "comparison with NULL by %s is never true", t->text);
		/* SELECT * (or t.*) in the outermost projection of a load */
		if (load && cop(t, "*") && depth == 0 && i > a &&
		    (ckw(&v[i - 1], "SELECT") || ckw(&v[i - 1], "DISTINCT") ||
		     (cop(&v[i - 1], ".") && i > a + 1 && cident(&v[i - 2]))) &&
		    (cop(&v[i + 1], ",") || ckw(&v[i + 1], "FROM") || v[i + 1].k == SX_CHT_END ||
		     cop(&v[i + 1], ";")))
			cfnd_rule(c, "sql.select-star", t->s, "list the columns the target has",
			          "SELECT * in a load: a column added to the source breaks or "
			          "shifts the load");
	}
}

/* ---------------------------------------------------------------- server */

typedef struct srv {
	char url[640]; /* base with the read-only settings */
	bool ok;       /* reachable so far */
	bool reported; /* unreachable already said */
} srv;

/* The database named by the URL: clickhouse://host/db or ?database=db. */
void sx__ch_url_database(const char *in, char *out, size_t n)
{
	const char *p = strstr(in, "://"), *q;
	size_t len;
	out[0] = 0;
	if (!p)
		return;
	if ((q = strstr(p, "database="))) {
		q += 9;
		len = strcspn(q, "&#");
	} else if (sx_str_startswith(in, "clickhouse://") && (q = strchr(p + 3, '/'))) {
		q++;
		len = strcspn(q, "?#");
	} else {
		return;
	}
	for (size_t i = 0; i < len; i++)
		if (!(isalnum((unsigned char)q[i]) || q[i] == '_'))
			return; /* only plain names travel in the URL */
	snprintf(out, n, "%.*s", (int)len, q);
}

static void server_error(cx *c, sx_severity sev, const char *stmt_at, const char *wrapped,
                         size_t prefix, const char *inner, size_t inner_len, const char *body)
{
	char *s = sx_sanitize(body ? body : "", false);
	const char *m = s ? s : "error", *d, *at = stmt_at;
	char msg[400];
	long pos;
	size_t k;
	(void)wrapped;
	if ((d = strstr(m, "e.displayText() = ")))
		m = d + 18;
	if ((d = strstr(m, "DB::Exception: ")))
		m = d + 15;
	snprintf(msg, sizeof msg, "%s", m);
	/* the tail that repeats the exception class and the stack */
	if ((d = strstr(msg, ", e.what()")))
		msg[d - msg] = 0;
	if ((d = strstr(msg, " (version ")))
		msg[d - msg] = 0;
	if ((d = strstr(msg, " (line ")) && strstr(d, ", col ")) {
		/* positions in the wrapper, not the artifact: cut them */
		const char *e = strchr(d, ')');
		if (e)
			memmove(msg + (d - msg), e + 1, strlen(e + 1) + 1);
	}
	k = strlen(msg);
	while (k && (msg[k - 1] == '\n' || msg[k - 1] == ' ' || msg[k - 1] == '.'))
		msg[--k] = 0;
	/* "failed at position N" counts bytes of the wrapped text from 1;
	 * past the artifact's text (the wrapper's ')'): its last character */
	if ((d = strstr(m, "at position ")) && sscanf(d + 12, "%ld", &pos) == 1 && pos >= 1 &&
	    (size_t)(pos - 1) >= prefix && inner_len) {
		size_t off = (size_t)(pos - 1) - prefix;
		at = inner + (off < inner_len ? off : inner_len - 1);
	}
	/* "failed at position 54: <wrapped text>. Expected BY": the excerpt
	 * quotes the wrapper, the position is ours now */
	{
		char *fa = strstr(msg, " failed at position ");
		char *ex = fa ? strstr(fa, ". Expected ") : NULL;
		if (fa && !ex)
			ex = strstr(fa, ". Unrecognized token");
		if (fa && ex)
			memmove(fa, ex + 1, strlen(ex + 1) + 1);
	}
	cfnd(c, sev, "ch.server-query", at, NULL, "the ClickHouse server rejects it: %.300s", msg);
	free(s);
}

/* The error code of a ClickHouse error text ("Code: 60, ..."), or 0. */
static int ch_code(const char *body)
{
	const char *cp = strstr(body, "Code: ");
	int code = 0;
	if (cp)
		sscanf(cp + 6, "%d", &code);
	return code;
}

/* Sends one read-only query; returns true when the server answered. */
static bool send_ro(cx *c, srv *sv, const char *q, sx_buf *body, bool *ok)
{
	static unsigned seq;
	sx_error e = {0};
	char qid[64];
	long secs =
	    c->ctx->statement_timeout_ms > 0 ? (c->ctx->statement_timeout_ms + 999) / 1000 : 5;
	sx__ch_req rq = {.cancel = c->ctx->cancel, .query_id = qid, .timeout_s = secs + 10};
	if (!sv->ok)
		return false;
	/* a query id of our own, so a Ctrl-C can kill what the server still runs */
	snprintf(qid, sizeof qid, "sx_validate_%ld_%u", (long)getpid(),
	         __atomic_add_fetch(&seq, 1, __ATOMIC_RELAXED));
	if (sx__ch_post_req(&rq, sv->url, q, NULL, 0, body, ok, &e)) {
		if (e.code == SX_ENOMEM || e.code == SX_ECANCELLED) {
			c->rc = e.code;
		} else if (!sv->reported) {
			char *m = sx_sanitize(e.msg, false);
			cfnd_rule(c, "server.unreachable", NULL, NULL,
			          "ClickHouse could not be reached: %s", m ? m : "?");
			free(m);
		}
		sv->ok = false;
		sv->reported = true;
		return false;
	}
	return true;
}

static bool ddl_creates(cx *c, const char *name);

/* The table of an UNKNOWN_TABLE answer ("Table db.name doesn't exist",
 * newer servers "does not exist"),
 * without its database, in out; false when the answer names none. */
static bool missing_table(const char *body, char *out, size_t n)
{
	const char *p = strstr(body, "Table "), *e, *dot;
	size_t k;
	if (!p || (!(e = strstr(p + 6, " doesn't exist")) && !(e = strstr(p + 6, " does not exist"))))
		return false;
	p += 6;
	if ((dot = memchr(p, '.', (size_t)(e - p))) != NULL)
		p = dot + 1;
	k = (size_t)(e - p);
	if (!k || k >= n)
		return false;
	memcpy(out, p, k);
	out[k] = 0;
	return true;
}

/* The server check of a SELECT spanning [from, to) of the text. */
static void server_select(cx *c, srv *sv, const char *from, const char *to)
{
	static const char pre[] = "SELECT * FROM (\n";
	sx_buf q = SX_BUF_INIT, body = SX_BUF_INIT;
	bool ok = false;
	sx_buf_puts(&q, pre);
	sx_buf_put(&q, from, (size_t)(to - from));
	sx_buf_puts(&q, "\n) LIMIT 0");
	if (sx_buf_failed(&q)) {
		c->rc = SX_ENOMEM;
	} else if (send_ro(c, sv, sx_buf_cstr(&q), &body, &ok) && !ok) {
		const char *b = sx_buf_cstr(&body);
		char tn[128];
		/* a load reading its own target (an SCD2 load's current versions)
		 * before the DDL has run: as for an INSERT's target, a warning, an
		 * info when this set's DDL creates it */
		if (c->art == SX_ART_LOAD_SQL && ch_code(b) == 60 && missing_table(b, tn, sizeof tn) &&
		    ddl_creates(c, tn))
			cfnd(c, SX_SEV_INFO, "ch.server-query", from, NULL,
			     "table \"%.80s\" is not on the server yet: the target DDL creates it", tn);
		else if (ch_code(b) == 159) /* TIMEOUT_EXCEEDED */
			cfnd_rule(c, "ch.server-unchecked", from, "raise the statement timeout",
			          "the analysis ran past max_execution_time: not judged");
		else if (strstr(b, "Table functions are forbidden in readonly mode"))
			cfnd_rule(c, "ch.server-unchecked", from, NULL,
			          "a table function: the read-only check cannot run it");
		else
			server_error(c, c->art == SX_ART_LOAD_SQL && ch_code(b) == 60 ? SX_SEV_WARNING
			                                                              : SX_SEV_ERROR,
			             from, sx_buf_cstr(&q), sizeof pre - 1, from, (size_t)(to - from), b);
	}
	sx_buf_release(&q);
	sx_buf_release(&body);
}

/* Whether c->ddl holds CREATE TABLE [IF NOT EXISTS] [db.]name. */
static bool ddl_creates(cx *c, const char *name)
{
	clex l;
	bool hit = false;
	if (!c->ddl)
		return false;
	/* the DDL's own lexical errors are chddl.c's to report */
	if (sx__ch_lex(c->ddl, &l) == 0) {
		for (size_t i = 0; i + 1 < l.n && !hit; i++) {
			size_t k = i + 1;
			if (!ckw(&l.v[i], "CREATE"))
				continue;
			if (ckw(&l.v[k], "OR") && ckw(&l.v[k + 1], "REPLACE"))
				k += 2;
			if (ckw(&l.v[k], "TEMPORARY"))
				k++;
			if (!ckw(&l.v[k], "TABLE"))
				continue;
			k++;
			if (ckw(&l.v[k], "IF") && ckw(&l.v[k + 1], "NOT") &&
			    ckw(&l.v[k + 2], "EXISTS"))
				k += 3;
			if (cident(&l.v[k]) && cop(&l.v[k + 1], ".") && cident(&l.v[k + 2]))
				k += 2;
			hit = cident(&l.v[k]) && !strcmp(l.v[k].text, name);
		}
	}
	free(l.v);
	return hit;
}

/* The target of an INSERT or ALTER TABLE: SELECT <cols or *> FROM it
 * LIMIT 0, from the artifact's own tokens [t0, t1) and the column list
 * tokens [c0, c1) (c0 == c1: none). */
static void server_target(cx *c, srv *sv, const clex *l, size_t t0, size_t t1, size_t c0, size_t c1,
                          const char *name)
{
	static const char pre[] = "SELECT ";
	sx_buf q = SX_BUF_INIT, body = SX_BUF_INIT;
	bool ok = false;
	size_t prefix;
	sx_buf_puts(&q, pre);
	if (c1 > c0)
		sx_buf_put(&q, l->v[c0].s, (size_t)(l->v[c1 - 1].s + l->v[c1 - 1].n - l->v[c0].s));
	else
		sx_buf_putc(&q, '*');
	sx_buf_puts(&q, " FROM ");
	prefix = q.len;
	sx_buf_put(&q, l->v[t0].s, (size_t)(l->v[t1 - 1].s + l->v[t1 - 1].n - l->v[t0].s));
	sx_buf_puts(&q, " LIMIT 0");
	if (sx_buf_failed(&q)) {
		c->rc = SX_ENOMEM;
	} else if (send_ro(c, sv, sx_buf_cstr(&q), &body, &ok) && !ok) {
		const char *b = sx_buf_cstr(&body);
		/* a target the DDL has not created yet is not an error of the
		 * load: a warning, an info when this set's DDL creates it */
		/* 60 UNKNOWN_TABLE, 81 UNKNOWN_DATABASE */
		int code = ch_code(b);
		bool missing = code == 60 || code == 81;
		(void)prefix;
		if (missing && name && ddl_creates(c, name))
			cfnd(c, SX_SEV_INFO, "ch.server-query", l->v[t0].s, NULL,
			     "table \"%.80s\" is not on the server yet: the target DDL creates it",
			     name);
		else
			server_error(c, missing ? SX_SEV_WARNING : SX_SEV_ERROR, l->v[t0].s,
			             sx_buf_cstr(&q), 0, l->v[t0].s, 0, b);
	}
	sx_buf_release(&q);
	sx_buf_release(&body);
}

static void server_version(cx *c, srv *sv)
{
	sx_buf body = SX_BUF_INIT;
	bool ok = false;
	if (send_ro(c, sv, "SELECT version()", &body, &ok) && ok)
		sscanf(sx_buf_cstr(&body), "%d.%d", &c->major, &c->minor);
	sx_buf_release(&body);
}

/* ---------------------------------------------------------------- statements */

/* Index of the end of the statement's query text: before a trailing
 * FORMAT name or SETTINGS list at depth 0 (not sent inside a subquery). */
static size_t query_end(const clex *l, size_t a, size_t b)
{
	int depth = 0;
	for (size_t i = a; i < b; i++) {
		if (cop(&l->v[i], "("))
			depth++;
		else if (cop(&l->v[i], ")"))
			depth--;
		else if (depth == 0 && (ckw(&l->v[i], "FORMAT") || ckw(&l->v[i], "SETTINGS")))
			return i;
	}
	return b;
}

static void statement(cx *c, const clex *l, size_t a, size_t b, srv *sv)
{
	const ctok *v = l->v;
	bool bindable = c->ctx->cat && have_ch_catalog(c->ctx);
	bool is_select = ckw(&v[a], "SELECT") || ckw(&v[a], "WITH") ||
	                 (cop(&v[a], "(") && (ckw(&v[a + 1], "SELECT") || ckw(&v[a + 1], "WITH")));
	bool is_insert = ckw(&v[a], "INSERT") && ckw(&v[a + 1], "INTO");
	bool is_alter = ckw(&v[a], "ALTER") && ckw(&v[a + 1], "TABLE");
	bscope *s = NULL;
	size_t sel = b; /* start of the SELECT of an INSERT */
	size_t t0 = 0, t1 = 0, c0 = 0, c1 = 0;
	const char *tname = NULL; /* the INSERT's or ALTER's table */

	if (!is_select && !is_insert && !is_alter) {
		if (ckw(&v[a], "DROP") || ckw(&v[a], "TRUNCATE") || ckw(&v[a], "DETACH") ||
		    ckw(&v[a], "RENAME") || (ckw(&v[a], "ALTER") && !is_alter))
			cfnd_rule(c, "sql.destructive", v[a].s,
			          "a load inserts; it never drops, truncates or renames",
			          "a %s statement", v[a].text);
		else if (ckw(&v[a], "GRANT") || ckw(&v[a], "REVOKE") ||
		         (ckw(&v[a], "CREATE") &&
		          (ckw(&v[a + 1], "USER") || ckw(&v[a + 1], "ROLE"))))
			cfnd_rule(c, "sql.privilege", v[a].s,
			          "privileges are not a pipeline's business", "a %s statement",
			          v[a].text);
		else if (c->art == SX_ART_SELECT_SQL)
			cfnd_rule(c, "sql.not-a-select", v[a].s,
			          "the select artifact holds one SELECT",
			          "a %s statement in the select artifact", v[a].text);
		check_features(c, l, a, b, false);
		return; /* CREATE (a streaming load's Kafka table and view), ... */
	}
	if (c->art == SX_ART_SELECT_SQL && !is_select)
		cfnd_rule(c, "sql.not-a-select", v[a].s, "the select artifact holds one SELECT",
		          "a %s statement in the select artifact", v[a].text);
	if (is_alter) {
		/* ALTER TABLE t DROP PARTITION p: a load's idempotent reload;
		 * ALTER TABLE t DELETE without a WHERE empties the table */
		size_t k;
		for (k = a + 2; k < b; k++)
			if (ckw(&v[k], "DELETE") || ckw(&v[k], "DROP") || ckw(&v[k], "CLEAR"))
				break;
		if (k < b && ckw(&v[k], "DROP") &&
		    (ckw(&v[k + 1], "COLUMN") || ckw(&v[k + 1], "INDEX")))
			cfnd_rule(c, "sql.destructive", v[k].s,
			          "a load never changes the table's columns",
			          "ALTER TABLE ... DROP %s", v[k + 1].text);
		else if (k < b && ckw(&v[k], "DELETE")) {
			bool where = false;
			for (size_t m = k; m < b; m++)
				where |= ckw(&v[m], "WHERE");
			if (!where ||
			    (ckw(&v[b - 1], "1") || (v[b - 1].k == SX_CHT_NUMBER &&
			                             v[b - 1].n == 1 && v[b - 1].s[0] == '1')))
				cfnd_rule(c, "sql.destructive", v[k].s,
				          "delete only the reloaded window",
				          "ALTER TABLE ... DELETE of every row");
		}
	}
	check_features(c, l, a, b, is_insert);
	if (!(s = sx_calloc(1, sizeof *s)) || !(s->skip = sx_calloc(b - a + 1, sizeof *s->skip))) {
		free(s);
		c->rc = SX_ENOMEM;
		return;
	}
	s->skip -= a; /* indexed by token number */
	if (is_insert || is_alter) {
		const char *schema, *name;
		size_t k = a + 2;
		if (is_insert && ckw(&v[k], "TABLE"))
			k++;
		if (is_insert && ckw(&v[k], "FUNCTION")) {
			cfnd_rule(c, "sql.destructive", v[k].s, "insert into a table",
			          "INSERT INTO TABLE FUNCTION writes outside the target");
			goto done;
		}
		t0 = k;
		k = table_ref(l, k, s, &schema, &name);
		tname = name;
		t1 = k;
		if (name && bindable) {
			const sx_table *t = ch_table(c->ctx, schema, name);
			if (!t && !(schema && !strcmp(schema, "system")))
				cfnd(c, SX_SEV_INFO, "sql.unknown-table", v[t0].s, NULL,
				     "table \"%.80s\" is not in the catalog (a target table?)",
				     name);
			if (t && is_insert && cop(&v[k], "(")) {
				for (size_t m = k + 1; m < b && !cop(&v[m], ")"); m++)
					if (cident(&v[m]) && !table_has(t, v[m].text)) {
						sx__suggest g;
						char hint[200];
						sx__suggest_init(&g, v[m].text);
						for (size_t n = 0; n < t->ncols; n++)
							sx__suggest_try(&g, t->cols[n].name);
						if (g.best)
							snprintf(hint, sizeof hint,
							         "did you mean \"%.80s\"?", g.best);
						cfnd_rule(c, "sql.unknown-column", v[m].s,
						          g.best ? hint : NULL,
						          "column \"%.80s\" does not exist in "
						          "table \"%.80s\"",
						          v[m].text, t->name);
					}
			}
		}
		if (is_insert && cop(&v[k], "(")) {
			c0 = k + 1;
			while (k < b && !cop(&v[k], ")"))
				s->skip[k++] = true;
			c1 = k;
			if (k < b)
				k++;
		}
		if (is_insert) {
			for (; k < b; k++)
				if (ckw(&v[k], "SELECT") || ckw(&v[k], "WITH") ||
				    (cop(&v[k], "(") && ckw(&v[k + 1], "SELECT")))
					break;
			sel = k;
		}
	} else {
		sel = a;
	}
	for (size_t k = a; k < b && sv; k++)
		if (v[k].k == SX_CHT_PARAM) {
			/* the server cannot analyse it without the value */
			cfnd_rule(c, "ch.server-unchecked", v[k].s,
			          "check it with a literal in its place",
			          "a query parameter (%.60s): not sent to the server", v[k].text);
			sv = NULL;
		}
	if (sel < b) {
		size_t qe = query_end(l, sel, b);
		check_lints(c, l, sel, qe, c->load || is_insert);
		if (bindable) {
			collect(c, l, sel, qe, s);
			check_columns(c, l, sel, qe, s);
		}
		if (sv && qe > sel && !c->rc)
			server_select(c, sv, v[sel].s, v[qe - 1].s + v[qe - 1].n);
	}
	if (sv && (is_insert || is_alter) && t1 > t0 && !c->rc)
		server_target(c, sv, l, t0, t1, c0, c1, tname);
done:
	free(s->skip + a);
	free(s);
}

/* Brackets: an unmatched closing one, or the first unclosed one, is
 * sql.syntax at its own position. Returns false when unbalanced. */
static bool balanced(cx *c, const clex *l)
{
	size_t stack[512];
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++) {
		const ctok *t = &l->v[i];
		if (cop(t, "(") || cop(t, "[")) {
			if (n == sizeof stack / sizeof stack[0]) {
				cfnd_rule(c, "sql.too-deep", t->s, "split the expression",
				          "brackets nest more than %zu levels deep", n);
				return false;
			}
			stack[n++] = i;
		} else if (cop(t, ")") || cop(t, "]")) {
			char want = t->text[0] == ')' ? '(' : '[';
			if (!n) {
				cfnd_rule(c, "sql.syntax", t->s, "remove it or open it earlier",
				          "'%c' closes nothing", t->text[0]);
				return false;
			}
			if (l->v[stack[n - 1]].text[0] != want) {
				int line, col;
				pos_of(c, l->v[stack[n - 1]].s, &line, &col);
				cfnd_rule(c, "sql.syntax", t->s, "close the inner bracket first",
				          "'%c' does not match the '%c' opened at %d:%d",
				          t->text[0], l->v[stack[n - 1]].text[0], line, col);
				return false;
			}
			n--;
		} else if (cop(t, ";") && n) {
			cfnd_rule(c, "sql.syntax", l->v[stack[n - 1]].s, "close it before the ';'",
			          "'%c' is not closed before the end of the statement",
			          l->v[stack[n - 1]].text[0]);
			return false;
		}
	}
	if (n) {
		cfnd_rule(c, "sql.syntax", l->v[stack[n - 1]].s, "close it", "'%c' is never closed",
		          l->v[stack[n - 1]].text[0]);
		return false;
	}
	return true;
}

int sx__ch_sql(const sx_validate_ctx *ctx, const char *sql, sx_artifact_kind art, bool load,
               const char *ddl, sx_finding_list *out, sx_error *err)
{
	cx c;
	clex l;
	srv sv, *svp = NULL;
	bool bad = false;
	size_t a, nstmt = 0;

	memset(&c, 0, sizeof c);
	c.ctx = ctx;
	c.src = sql;
	c.art = art;
	c.load = load;
	c.ddl = ddl;
	c.out = out;
	if (clex_run(&c, &l, sql, &bad)) {
		free(l.v);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if (bad || !balanced(&c, &l)) {
		free(l.v);
		return c.rc ? sx_error_set(err, SX_ENOMEM, "out of memory") : 0;
	}
	if (ctx->target_version)
		sscanf(ctx->target_version, "%d.%d", &c.major, &c.minor);
	if ((ctx->flags & SX_VALIDATE_SERVER) && ctx->ch_url) {
		char base[512], db[128];
		memset(&sv, 0, sizeof sv);
		if (sx__ch_base_url(ctx->ch_url, base, sizeof base)) {
			cfnd_rule(&c, "server.unreachable", NULL, NULL,
			          "not a ClickHouse HTTP URL: server checks skipped");
		} else {
			long secs = ctx->statement_timeout_ms > 0
			                ? (ctx->statement_timeout_ms + 999) / 1000
			                : 5;
			sx__ch_url_database(ctx->ch_url, db, sizeof db);
			snprintf(sv.url, sizeof sv.url, "%s?max_execution_time=%ld&readonly=1%s%s",
			         base, secs, db[0] ? "&database=" : "", db);
			sv.ok = true;
			svp = &sv;
			if (!c.major)
				server_version(&c, svp);
		}
	}
	for (a = 0; a < l.n && !c.rc;) {
		size_t b = a;
		int depth = 0;
		while (b < l.n && !(depth == 0 && cop(&l.v[b], ";"))) {
			if (cop(&l.v[b], "(") || cop(&l.v[b], "["))
				depth++;
			else if (cop(&l.v[b], ")") || cop(&l.v[b], "]"))
				depth--;
			b++;
		}
		if (b > a) {
			nstmt++;
			if (art == SX_ART_SELECT_SQL && nstmt == 2)
				cfnd_rule(&c, "sql.not-a-select", l.v[a].s,
				          "the select artifact holds one SELECT",
				          "a second statement in the select artifact");
			statement(&c, &l, a, b, svp);
		}
		a = b + 1;
	}
	if (!nstmt && !c.rc)
		cfnd_rule(&c, "sql.empty", NULL, NULL, "no SQL statement");
	free(l.v);
	if (c.rc == SX_ECANCELLED)
		return sx_error_set(err, SX_ECANCELLED,
		                    "validation cancelled; the ClickHouse query was killed");
	return c.rc ? sx_error_set(err, SX_ENOMEM, "out of memory") : 0;
}
