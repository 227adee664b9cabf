/*
 * ddl.c - the DDL-file introspector (PostgreSQL dialect, libpg_query).
 *
 * A .sql file (hand-written DDL or a pg_dump --schema-only / full dump) is
 * read into the catalog without a server. Data flow, all on the caller's
 * thread:
 *
 *   file -> blank()   psql meta-commands (\connect, \restrict ...) and the
 *                     data blocks of COPY ... FROM stdin become spaces, so
 *                     byte offsets and line numbers stay those of the file
 *        -> sx_pgsql_split (scanner)   statement boundaries (bytes); a
 *           mistake never hides text: a missing ")" makes its statement
 *           run to the end of the file, where the parse fails
 *        -> sx_pgsql_parse, one statement at a time: a syntax error is
 *           reported as file:line:column of the original file
 *        -> the JSON tree of the statements we use (cJSON) -> builders of a
 *           scratch catalog; the others are only counted by kind
 *        -> finish(): partitions folded into their parents, FKs without
 *           column lists pointed at the parent's PK, schema filter, merge.
 *
 * Statements that change nothing we model (GRANT, CREATE FUNCTION ...) are
 * skipped and reported in ONE warning with a count per kind. Expression
 * texts (defaults, generation expressions, index expressions, predicates,
 * view definitions) are cut from the source text using the parser's
 * locations plus a small quote-aware scanner, since libpg_query has no
 * deparser for sub-trees.
 *
 * Types are rendered the way PostgreSQL's format_type() prints them
 * ("character varying(255)", "timestamp without time zone", "integer[]"),
 * serial types become their integer type with a nextval() default, and the
 * families of domains and enums come from their base types.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <sextant/pgsql.h>

#include "catalog_int.h"

#define MAX_PATH_SCHEMAS 8
/* Lenient reading gives up after this many syntax errors: each recovery
 * splits the rest of the file again, and a file that bad is not the
 * PostgreSQL DDL it claims to be. */
#define MAX_BAD_STATEMENTS 100

struct part {
	sx_table *child, *parent;
	const char *bound;        /* "FOR VALUES ...", "DEFAULT" or NULL */
};

struct skip {
	const char *kind; /* arena string */
	size_t n;
};

struct ddl {
	sx_catalog *cat; /* scratch catalog, merged on success */
	sx_database *db;
	const char *path;
	const char *src; /* the file as read */
	char *clean;     /* same length, meta-commands and COPY data blanked */
	size_t len;
	sx_error *err;
	sx_hmap *tables;   /* "schema\x1ftable" -> sx_table* (NULL once dropped) */
	sx_hmap *types;    /* "schema\x1ftype" -> base type text ("" for enums) */
	const char *search_path[MAX_PATH_SCHEMAS];
	size_t nsearch;
	SX_VEC(struct part) parts;
	SX_VEC(struct skip) skipped;
	size_t nskipped;
	bool oom;                 /* an allocation for optional text failed */
	size_t unknown_refs;      /* statements naming a table we do not know */
	const char *first_unknown;
	int first_unknown_line;
	/* the statement being processed */
	const char *st;    /* NUL-terminated copy of its text */
	size_t st_off;     /* its byte offset in the file */
	size_t st_len;
	bool in_schema;    /* running the elements of a CREATE SCHEMA */
	size_t err_off;    /* file offset of the last syntax error */
	/* opts->skip_bad_statements: statements that do not parse are
	 * counted and left out instead of failing the file */
	bool lenient;
	size_t nbad;   /* syntax errors met */
	size_t nleft;  /* statements left out for them */
	char first_bad[SX_ERROR_MSG_MAX]; /* "file:line:column: message" */
	bool unread_tail; /* an unterminated quote hid the rest of the file */
};

/* ------------------------------------------------------------ text scanning */

static bool ident_char(int c)
{
	return isalnum(c) || c == '_' || c == '$' || (unsigned char)c >= 0x80;
}

/* If p starts a comment, string, quoted identifier or dollar-quoted body,
 * returns the first byte after it (or end when it is unterminated); else
 * returns p. start is the beginning of the text, to look one byte back. */
static const char *skip_lexeme(const char *start, const char *p, const char *end)
{
	if (p + 1 < end && p[0] == '-' && p[1] == '-') {
		while (p < end && *p != '\n')
			p++;
		return p;
	}
	if (p + 1 < end && p[0] == '/' && p[1] == '*') {
		int depth = 0;
		while (p < end) {
			if (p + 1 < end && p[0] == '/' && p[1] == '*') {
				depth++;
				p += 2;
			} else if (p + 1 < end && p[0] == '*' && p[1] == '/') {
				p += 2;
				if (--depth == 0)
					return p;
			} else {
				p++;
			}
		}
		return end;
	}
	if (*p == '\'') {
		/* E'...' strings take backslash escapes */
		bool esc = p > start && (p[-1] == 'E' || p[-1] == 'e') &&
			   (p - 1 == start || !ident_char((unsigned char)p[-2]));
		p++;
		while (p < end) {
			if (esc && *p == '\\' && p + 1 < end) {
				p += 2;
				continue;
			}
			if (*p == '\'') {
				if (p + 1 < end && p[1] == '\'') {
					p += 2;
					continue;
				}
				return p + 1;
			}
			p++;
		}
		return end;
	}
	if (*p == '"') {
		p++;
		while (p < end) {
			if (*p == '"') {
				if (p + 1 < end && p[1] == '"') {
					p += 2;
					continue;
				}
				return p + 1;
			}
			p++;
		}
		return end;
	}
	if (*p == '$' && (p == start || !ident_char((unsigned char)p[-1]))) {
		const char *q = p + 1;
		size_t taglen;
		if (q < end && (isalpha((unsigned char)*q) || *q == '_' || (unsigned char)*q >= 0x80))
			while (q < end && ident_char((unsigned char)*q) && *q != '$')
				q++;
		if (q >= end || *q != '$')
			return p; /* $1 parameter or a lone $ */
		taglen = (size_t)(q + 1 - p);
		for (q = q + 1; q + taglen <= end; q++)
			if (*q == '$' && memcmp(q, p, taglen) == 0)
				return q + taglen;
		return end;
	}
	return p;
}

/* Whether the word w (ASCII, case-insensitive) starts at p as a whole word. */
static bool word_at(const char *start, const char *p, const char *end, const char *w)
{
	size_t n = strlen(w);
	if ((size_t)(end - p) < n || strncasecmp(p, w, n) != 0)
		return false;
	if (p > start && ident_char((unsigned char)p[-1]))
		return false;
	return p + n == end || !ident_char((unsigned char)p[n]);
}

/* Finds the keyword w at parenthesis depth 0 (relative to from) outside
 * quotes and comments, or NULL. */
static const char *find_kw(const char *start, const char *from, const char *end, const char *w)
{
	const char *p = from;
	int depth = 0;
	while (p < end) {
		const char *q = skip_lexeme(start, p, end);
		if (q != p) {
			p = q;
			continue;
		}
		if (*p == '(')
			depth++;
		else if (*p == ')')
			depth--;
		else if (depth == 0 && word_at(start, p, end, w))
			return p;
		p++;
	}
	return NULL;
}

/* The end of an element of a list: the first ',' or unbalanced ')' at
 * depth 0, or end. */
static const char *elem_end(const char *start, const char *from, const char *end)
{
	const char *p = from;
	int depth = 0;
	while (p < end) {
		const char *q = skip_lexeme(start, p, end);
		if (q != p) {
			p = q;
			continue;
		}
		if (*p == '(')
			depth++;
		else if (*p == ')') {
			if (depth == 0)
				return p;
			depth--;
		} else if (*p == ',' && depth == 0)
			return p;
		p++;
	}
	return end;
}

/* The matching ')' of the '(' at p, or end. */
static const char *paren_end(const char *start, const char *p, const char *end)
{
	const char *q = elem_end(start, p + 1, end);
	while (q < end && *q == ',')
		q = elem_end(start, q + 1, end);
	return q;
}

/* The first '(' at depth 0 at or after from, outside quotes, or NULL. */
static const char *find_open(const char *start, const char *from, const char *end)
{
	const char *p = from;
	while (p < end) {
		const char *q = skip_lexeme(start, p, end);
		if (q != p) {
			p = q;
			continue;
		}
		if (*p == '(')
			return p;
		p++;
	}
	return NULL;
}

/* Notes a failed allocation of an optional string; returns s. */
static const char *keep(struct ddl *d, const char *s)
{
	if (!s)
		d->oom = true;
	return s;
}

/* Copies [s, e) trimmed of whitespace and comments at both ends into the
 * arena; NULL when empty. On OOM it also returns NULL and sets d->oom, which
 * fails the statement. */
static const char *cut(struct ddl *d, const char *s, const char *e)
{
	for (;;) {
		while (s < e && isspace((unsigned char)*s))
			s++;
		if (s + 1 < e && ((s[0] == '-' && s[1] == '-') || (s[0] == '/' && s[1] == '*')))
			s = skip_lexeme(d->st, s, e);
		else
			break;
	}
	while (e > s && (isspace((unsigned char)e[-1]) || e[-1] == ';'))
		e--;
	if (e <= s)
		return NULL;
	return keep(d, sx_arena_strndup(d->cat->arena, s, (size_t)(e - s)));
}

/* ------------------------------------------------------------ positions */

/* 1-based line and column (in characters) of byte offset off of the file. */
static void line_col(const struct ddl *d, size_t off, int *line, int *col)
{
	size_t i, ls = 0;
	int l = 1, c = 1;
	if (off > d->len)
		off = d->len;
	for (i = 0; i < off; i++)
		if (d->src[i] == '\n') {
			l++;
			ls = i + 1;
		}
	for (i = ls; i < off; i++)
		if (((unsigned char)d->src[i] & 0xC0) != 0x80)
			c++;
	*line = l;
	*col = c;
}

static int stmt_line(const struct ddl *d)
{
	int line, col;
	size_t off = d->st_off;
	/* skip the leading blanks and comments the splitter keeps */
	const char *p = d->st, *e = d->st + d->st_len;
	for (;;) {
		while (p < e && isspace((unsigned char)*p))
			p++;
		if (p + 1 < e && ((p[0] == '-' && p[1] == '-') || (p[0] == '/' && p[1] == '*')))
			p = skip_lexeme(d->st, p, e);
		else
			break;
	}
	line_col(d, off + (size_t)(p - d->st), &line, &col);
	return line;
}

static int parse_error(struct ddl *d, size_t file_off, const char *msg)
{
	int line, col;
	char *clean = sx_sanitize(msg ? msg : "syntax error", false);
	d->err_off = file_off;
	line_col(d, file_off, &line, &col);
	sx_error_set(d->err, SX_EPARSE, "%s:%d:%d: %s", d->path, line, col,
		     clean ? clean : "syntax error");
	free(clean);
	return SX_EPARSE;
}

static int oom(struct ddl *d)
{
	return sx_error_set(d->err, SX_ENOMEM, "out of memory reading '%s'", d->path);
}

/* ------------------------------------------------------------ pre-pass */

/* Blanks psql meta-command lines and COPY ... FROM stdin data blocks in
 * d->clean. Everything else is left byte for byte. */
static void blank_range(char *s, size_t from, size_t to)
{
	size_t i;
	for (i = from; i < to; i++)
		if (s[i] != '\n')
			s[i] = ' ';
}

static bool copy_from_stdin(const char *s, const char *e)
{
	const char *p = s, *f;
	/* pg_dump puts a comment block before each COPY */
	for (;;) {
		while (p < e && isspace((unsigned char)*p))
			p++;
		if (p + 1 < e && ((p[0] == '-' && p[1] == '-') || (p[0] == '/' && p[1] == '*')))
			p = skip_lexeme(s, p, e);
		else
			break;
	}
	if (!word_at(s, p, e, "COPY"))
		return false;
	f = find_kw(s, p, e, "FROM");
	if (!f)
		return false;
	f += 4;
	while (f < e && isspace((unsigned char)*f))
		f++;
	return word_at(s, f, e, "stdin");
}

static void blank(struct ddl *d)
{
	char *s = d->clean;
	const char *start = s, *end = s + d->len;
	const char *p = s, *stmt = s;
	bool at_line_start = true;

	/* a UTF-8 byte order mark */
	if (d->len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		blank_range(s, 0, 3);
		p = stmt = s + 3;
	}
	while (p < end) {
		const char *q;
		if (at_line_start) {
			const char *w = p;
			while (w < end && (*w == ' ' || *w == '\t'))
				w++;
			if (w < end && *w == '\\') {
				/* a psql meta-command: the whole line */
				const char *nl = memchr(w, '\n', (size_t)(end - w));
				size_t to = nl ? (size_t)(nl - start) : d->len;
				blank_range(s, (size_t)(p - start), to);
				p = nl ? nl : end;
				continue;
			}
		}
		q = skip_lexeme(start, p, end);
		if (q != p) {
			at_line_start = false;
			p = q;
			continue;
		}
		if (*p == ';') {
			if (copy_from_stdin(stmt, p)) {
				/* data follows on the next line, up to a line "\." */
				const char *nl = memchr(p, '\n', (size_t)(end - p));
				const char *data = nl ? nl + 1 : end, *r = data;
				while (r < end) {
					const char *le = memchr(r, '\n', (size_t)(end - r));
					const char *lend = le ? le : end;
					bool term = lend - r >= 2 && r[0] == '\\' && r[1] == '.' &&
						    (lend - r == 2 || (lend - r == 3 && r[2] == '\r'));
					r = le ? le + 1 : end;
					if (term)
						break;
				}
				blank_range(s, (size_t)(data - start), (size_t)(r - start));
				p = r;
				stmt = r;
				at_line_start = true;
				continue;
			}
			stmt = p + 1;
		}
		at_line_start = *p == '\n';
		p++;
	}
}

/* ------------------------------------------------------------ JSON helpers */

static const cJSON *jget(const cJSON *o, const char *k)
{
	return o ? cJSON_GetObjectItemCaseSensitive(o, k) : NULL;
}

static const char *jstr(const cJSON *o, const char *k)
{
	const cJSON *v = jget(o, k);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int jint(const cJSON *o, const char *k, int def)
{
	const cJSON *v = jget(o, k);
	return cJSON_IsNumber(v) ? v->valueint : def;
}

static bool jbool(const cJSON *o, const char *k)
{
	return cJSON_IsTrue(jget(o, k));
}

/* {"String":{"sval":"x"}} -> "x" */
static const char *sval(const cJSON *w)
{
	const cJSON *s = jget(w, "String");
	return s ? (jstr(s, "sval") ? jstr(s, "sval") : "") : NULL;
}

/* The last and the next-to-last String of a name list. */
static const char *names_last(const cJSON *list, const char **qual)
{
	int n = cJSON_GetArraySize(list);
	if (qual)
		*qual = n >= 2 ? sval(cJSON_GetArrayItem(list, n - 2)) : NULL;
	return n >= 1 ? sval(cJSON_GetArrayItem(list, n - 1)) : NULL;
}

/* The smallest "location" in a subtree, or -1. */
static int min_location(const cJSON *o)
{
	const cJSON *c;
	int best = -1;
	if (!o)
		return -1;
	cJSON_ArrayForEach(c, o)
	{
		int l = -1;
		if (c->string && strcmp(c->string, "location") == 0 && cJSON_IsNumber(c))
			l = c->valueint;
		else if (cJSON_IsObject(c) || cJSON_IsArray(c))
			l = min_location(c);
		if (l >= 0 && (best < 0 || l < best))
			best = l;
	}
	return best;
}

/* ------------------------------------------------------------ names */

static const char *key2(struct ddl *d, const char *schema, const char *name)
{
	return sx_arena_printf(d->cat->arena, "%s\x1f%s", schema, name);
}

static sx_schema *get_schema(struct ddl *d, const char *name)
{
	sx_schema *s = sx_database_find_schema(d->db, name);
	return s ? s : sx_catalog_add_schema(d->cat, d->db, name);
}

static sx_table *lookup(struct ddl *d, const char *schema, const char *name)
{
	size_t i;
	char buf[512];
	if (schema) {
		snprintf(buf, sizeof buf, "%s\x1f%s", schema, name);
		return sx_hmap_get(d->tables, buf);
	}
	for (i = 0; i < d->nsearch; i++) {
		sx_table *t;
		snprintf(buf, sizeof buf, "%s\x1f%s", d->search_path[i], name);
		if ((t = sx_hmap_get(d->tables, buf)))
			return t;
	}
	return NULL;
}

static const char *create_schema_name(const struct ddl *d)
{
	return d->nsearch ? d->search_path[0] : "public";
}

/* A RangeVar ({"relname":..,"schemaname":..}) to a known table, or NULL. */
static sx_table *rv_table(struct ddl *d, const cJSON *rv)
{
	const char *n = jstr(rv, "relname");
	return n ? lookup(d, jstr(rv, "schemaname"), n) : NULL;
}

static void note_unknown(struct ddl *d, const char *schema, const char *name)
{
	if (d->unknown_refs++ == 0) {
		d->first_unknown = keep(d, schema ? sx_arena_printf(d->cat->arena, "%s.%s", schema, name)
						  : sx_arena_strdup(d->cat->arena, name));
		d->first_unknown_line = stmt_line(d);
	}
}

static sx_table *rv_table_or_note(struct ddl *d, const cJSON *rv)
{
	sx_table *t = rv_table(d, rv);
	if (!t && jstr(rv, "relname"))
		note_unknown(d, jstr(rv, "schemaname"), jstr(rv, "relname"));
	return t;
}

/* ------------------------------------------------------------ skipped kinds */

static int count_skip(struct ddl *d, const char *kind)
{
	size_t i;
	struct skip sk;
	d->nskipped++;
	for (i = 0; i < d->skipped.n; i++)
		if (strcmp(d->skipped.v[i].kind, kind) == 0) {
			d->skipped.v[i].n++;
			return 0;
		}
	sk.kind = sx_arena_strdup(d->cat->arena, kind);
	sk.n = 1;
	if (!sk.kind || SX_VEC_PUSH(&d->skipped, sk))
		return oom(d);
	return 0;
}

/* "CreateFooBarStmt" -> "CREATE FOO BAR" for node names without an entry
 * in the table below. */
static void node_kind(const char *node, char *out, size_t n)
{
	static const struct {
		const char *node, *kind;
	} names[] = {
		{"CreateSeqStmt", "CREATE SEQUENCE"},
		{"AlterSeqStmt", "ALTER SEQUENCE"},
		{"CreateTrigStmt", "CREATE TRIGGER"},
		{"CreatedbStmt", "CREATE DATABASE"},
		{"DropdbStmt", "DROP DATABASE"},
		{"DefineStmt", "CREATE AGGREGATE/OPERATOR/TYPE"},
		{"CompositeTypeStmt", "CREATE TYPE"},
		{"RuleStmt", "CREATE RULE"},
		{"InsertStmt", "INSERT"},
		{"UpdateStmt", "UPDATE"},
		{"DeleteStmt", "DELETE"},
		{"CopyStmt", "COPY"},
		{"SelectStmt", "SELECT"},
		{"DoStmt", "DO"},
		{"VariableShowStmt", "SHOW"},
		{"CreateTableAsStmt", "CREATE TABLE AS"},
		{"AlterObjectSchemaStmt", "ALTER ... SET SCHEMA"},
		{"RenameStmt", "ALTER ... RENAME"},
		{"AlterOwnerStmt", "ALTER ... OWNER TO"},
		{"CreateFunctionStmt", "CREATE FUNCTION"},
		{"AlterFunctionStmt", "ALTER FUNCTION"},
		{"IndexStmt", "CREATE INDEX"},
	};
	size_t i, j = 0;
	const char *p;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(node, names[i].node) == 0) {
			snprintf(out, n, "%s", names[i].kind);
			return;
		}
	for (p = node; *p && j + 2 < n; p++) {
		if (strcmp(p, "Stmt") == 0)
			break;
		if (p != node && isupper((unsigned char)*p) && !isupper((unsigned char)p[-1]))
			out[j++] = ' ';
		out[j++] = (char)toupper((unsigned char)*p);
	}
	out[j] = '\0';
}

/* ------------------------------------------------------------ types */

/* Renders a TypeName like format_type(): "character varying(20)[]". */
static const char *render_type(struct ddl *d, const cJSON *tn, const char **serial_of)
{
	static const struct {
		const char *in, *out;
	} map[] = {
		{"int2", "smallint"},
		{"int4", "integer"},
		{"int8", "bigint"},
		{"float4", "real"},
		{"float8", "double precision"},
		{"bool", "boolean"},
		{"varchar", "character varying"},
		{"bpchar", "character"},
		{"timestamp", "timestamp without time zone"},
		{"timestamptz", "timestamp with time zone"},
		{"time", "time without time zone"},
		{"timetz", "time with time zone"},
		{"varbit", "bit varying"},
		{"serial", "integer"},
		{"serial4", "integer"},
		{"bigserial", "bigint"},
		{"serial8", "bigint"},
		{"smallserial", "smallint"},
		{"serial2", "smallint"},
	};
	const cJSON *names = jget(tn, "names"), *mods = jget(tn, "typmods"), *m;
	const char *qual, *name = names_last(names, &qual), *shown;
	bool catalog = !qual || strcmp(qual, "pg_catalog") == 0;
	sx_buf b = SX_BUF_INIT;
	const char *res;
	size_t i;

	if (serial_of)
		*serial_of = NULL;
	if (!name)
		return "unknown";
	shown = name;
	if (catalog)
		for (i = 0; i < sizeof map / sizeof map[0]; i++)
			if (strcmp(name, map[i].in) == 0) {
				shown = map[i].out;
				if (!qual && strstr(map[i].in, "serial") && serial_of)
					*serial_of = shown;
				break;
			}
	if (serial_of && *serial_of)
		mods = NULL;
	/* a qualified user type shows its schema unless it is on the path */
	if (!catalog) {
		bool visible = strcmp(qual, "public") == 0;
		for (i = 0; i < d->nsearch && !visible; i++)
			visible = strcmp(qual, d->search_path[i]) == 0;
		if (!visible)
			sx_buf_printf(&b, "%s.", qual);
	}
	if (jbool(tn, "setof"))
		sx_buf_puts(&b, "SETOF ");
	/* timestamp(3) without time zone: the precision goes after the word */
	if (cJSON_GetArraySize(mods) > 0 && catalog &&
	    (strncmp(shown, "timestamp ", 10) == 0 || strncmp(shown, "time ", 5) == 0)) {
		const char *sp = strchr(shown, ' ');
		sx_buf_put(&b, shown, (size_t)(sp - shown));
		sx_buf_printf(&b, "(%d)%s",
			      jint(jget(jget(cJSON_GetArrayItem(mods, 0), "A_Const"), "ival"), "ival", 0),
			      sp);
		mods = NULL;
	} else {
		sx_buf_puts(&b, shown);
	}
	/* interval's typmods encode field masks: shown bare, as PostgreSQL
	 * prints "interval" for the common cases */
	if (catalog && strcmp(shown, "interval") == 0)
		mods = NULL;
	if (cJSON_GetArraySize(mods) > 0) {
		bool first = true;
		sx_buf_putc(&b, '(');
		cJSON_ArrayForEach(m, mods)
		{
			const cJSON *ac = jget(m, "A_Const"), *cr = jget(m, "ColumnRef");
			if (!first)
				sx_buf_putc(&b, ',');
			first = false;
			if (ac && jget(ac, "ival"))
				sx_buf_printf(&b, "%d", jint(jget(ac, "ival"), "ival", 0));
			else if (ac && jget(ac, "sval"))
				sx_buf_puts(&b, jstr(jget(ac, "sval"), "sval") ? jstr(jget(ac, "sval"), "sval") : "");
			else if (ac && jget(ac, "fval"))
				sx_buf_puts(&b, jstr(jget(ac, "fval"), "fval") ? jstr(jget(ac, "fval"), "fval") : "");
			else if (cr)
				sx_buf_puts(&b, names_last(jget(cr, "fields"), NULL) ? names_last(jget(cr, "fields"), NULL) : "");
			else
				sx_buf_puts(&b, "?");
		}
		sx_buf_putc(&b, ')');
	}
	if (cJSON_GetArraySize(jget(tn, "arrayBounds")) > 0)
		sx_buf_puts(&b, "[]");
	res = sx_buf_failed(&b) ? NULL : sx_arena_strdup(d->cat->arena, sx_buf_cstr(&b));
	sx_buf_release(&b);
	return res;
}

/* The family of a column type, looking through domains and enums. */
static sx_typefam type_family(struct ddl *d, const cJSON *tn, const char *rendered)
{
	const char *qual, *name = names_last(jget(tn, "names"), &qual);
	const char *base = NULL;
	char buf[512];
	size_t i;

	if (cJSON_GetArraySize(jget(tn, "arrayBounds")) > 0)
		return SX_TF_ARRAY;
	if (name && (!qual || strcmp(qual, "pg_catalog") != 0)) {
		if (qual) {
			snprintf(buf, sizeof buf, "%s\x1f%s", qual, name);
			base = sx_hmap_get(d->types, buf);
		}
		for (i = 0; !qual && !base && i < d->nsearch; i++) {
			snprintf(buf, sizeof buf, "%s\x1f%s", d->search_path[i], name);
			base = sx_hmap_get(d->types, buf);
		}
		if (base)
			return *base ? sx_typefam_of(SX_DB_POSTGRES, base) : SX_TF_TEXT;
	}
	return sx_typefam_of(SX_DB_POSTGRES, rendered);
}

/* ------------------------------------------------------------ constraints */

static size_t name_list(const cJSON *list, const char **out, size_t max)
{
	const cJSON *c;
	size_t n = 0;
	cJSON_ArrayForEach(c, list)
	{
		const char *s = sval(c);
		if (s && n < max)
			out[n++] = s;
	}
	return n;
}

static const char *fk_action(char a)
{
	switch (a) {
	case 'r':
		return "RESTRICT";
	case 'c':
		return "CASCADE";
	case 'n':
		return "SET NULL";
	case 'd':
		return "SET DEFAULT";
	default:
		return NULL; /* 'a': NO ACTION, the default */
	}
}

static void mark_not_null(sx_table *t, size_t n, const char *const *cols)
{
	size_t i;
	for (i = 0; i < n; i++) {
		sx_column *c = (sx_column *)sx_table_find_column(t, cols[i]);
		if (c)
			c->nullable = false;
	}
}

/* An index name as PostgreSQL would choose it: table_col1_col2_suffix. */
static const char *default_index_name(struct ddl *d, sx_table *t, size_t n,
				      const char *const *cols, const char *suffix)
{
	sx_buf b = SX_BUF_INIT;
	const char *r;
	size_t i;
	sx_buf_puts(&b, t->name);
	for (i = 0; i < n && strcmp(suffix, "pkey") != 0; i++)
		sx_buf_printf(&b, "_%s", cols[i]);
	sx_buf_printf(&b, "_%s", suffix);
	r = sx_buf_failed(&b) ? NULL : sx_arena_strdup(d->cat->arena, sx_buf_cstr(&b));
	sx_buf_release(&b);
	return r;
}

/* Applies a table-level (or, with col set, a column-level) constraint. */
static int apply_constraint(struct ddl *d, sx_table *t, const cJSON *con, const char *col)
{
	const char *type = jstr(con, "contype"), *conname = jstr(con, "conname");
	const char *cols[64], *refcols[64];
	size_t n, nref;
	sx_index *ix;

	if (!type)
		return 0;
	if (strcmp(type, "CONSTR_PRIMARY") == 0 || strcmp(type, "CONSTR_UNIQUE") == 0) {
		bool pk = type[7] == 'P';
		n = name_list(jget(con, "keys"), cols, 64);
		if (n == 0 && col) {
			cols[0] = col;
			n = 1;
		}
		if (n == 0)
			return 0;
		/* the names PostgreSQL gives unnamed constraints and their indexes */
		if (!conname && !(conname = default_index_name(d, t, n, cols, pk ? "pkey" : "key")))
			return oom(d);
		if (pk) {
			if (sx_catalog_set_pk(d->cat, t, conname, n, cols))
				return oom(d);
			mark_not_null(t, n, cols);
		} else if (sx_catalog_add_unique(d->cat, t, conname, n, cols)) {
			return oom(d);
		}
		/* the index backing the constraint, as pg_index lists it */
		ix = sx_catalog_add_index(d->cat, t, conname, true, n, cols);
		if (!ix)
			return oom(d);
		ix->primary = pk;
		ix->method = "btree";
		return 0;
	}
	if (strcmp(type, "CONSTR_FOREIGN") == 0) {
		const cJSON *rv = jget(con, "pktable");
		const char *rs = jstr(rv, "schemaname"), *rn = jstr(rv, "relname"), *a;
		sx_table *ref;
		sx_fk *fk;
		n = name_list(jget(con, "fk_attrs"), cols, 64);
		if (n == 0 && col) {
			cols[0] = col;
			n = 1;
		}
		nref = name_list(jget(con, "pk_attrs"), refcols, 64);
		if (n == 0 || !rn || (nref && nref != n))
			return 0;
		ref = lookup(d, rs, rn);
		if (ref)
			rs = ref->schema->name;
		else if (!rs)
			rs = create_schema_name(d);
		fk = sx_catalog_add_fk(d->cat, t, conname, n, cols,
				       strcmp(rs, t->schema->name) == 0 ? NULL : rs, rn,
				       nref ? refcols : NULL);
		if (!fk)
			return oom(d);
		a = jstr(con, "fk_del_action");
		fk->on_delete = a ? fk_action(a[0]) : NULL;
		a = jstr(con, "fk_upd_action");
		fk->on_update = a ? fk_action(a[0]) : NULL;
		return 0;
	}
	/* CHECK, EXCLUDE: not modelled */
	return 0;
}

/* ------------------------------------------------------------ columns */

static int add_column(struct ddl *d, sx_table *t, const cJSON *cd)
{
	const char *name = jstr(cd, "colname"), *serial = NULL, *type;
	const cJSON *tn = jget(cd, "typeName"), *cons = jget(cd, "constraints"), *c;
	const char *end = d->st + d->st_len;
	sx_column *col;
	int i, ncons;

	if (!name)
		return 0;
	if (sx_table_find_column(t, name)) /* INHERITS merges same-named columns */
		return 0;
	type = tn ? render_type(d, tn, &serial) : "";
	if (!type || !(col = sx_catalog_add_column(d->cat, t, name, type)))
		return oom(d);
	if (tn)
		col->family = type_family(d, tn, type);
	if (serial) {
		col->nullable = false;
		col->default_expr = keep(d, strcmp(t->schema->name, "public") == 0
					    ? sx_arena_printf(d->cat->arena, "nextval('%s_%s_seq'::regclass)",
							      t->name, name)
					    : sx_arena_printf(d->cat->arena,
							      "nextval('%s.%s_%s_seq'::regclass)",
							      t->schema->name, t->name, name));
	}
	if (jbool(cd, "is_not_null"))
		col->nullable = false;
	ncons = cJSON_GetArraySize(cons);
	for (i = 0; i < ncons; i++) {
		const cJSON *con = jget(cJSON_GetArrayItem(cons, i), "Constraint");
		const char *type_s = jstr(con, "contype");
		int loc = jint(con, "location", -1);
		const char *from, *stop;
		if (!type_s)
			continue;
		/* sx_catalog_add_column may move the array: re-find the column */
		col = (sx_column *)sx_table_find_column(t, name);
		if (strcmp(type_s, "CONSTR_NOTNULL") == 0) {
			col->nullable = false;
		} else if (strcmp(type_s, "CONSTR_NULL") == 0) {
			col->nullable = true;
		} else if (strcmp(type_s, "CONSTR_DEFAULT") == 0 && loc >= 0 &&
			   (size_t)loc < d->st_len) {
			from = find_kw(d->st, d->st + loc, end, "DEFAULT");
			if (!from)
				continue;
			from += 7;
			stop = elem_end(d->st, from, end);
			if (i + 1 < ncons) {
				int next = jint(jget(cJSON_GetArrayItem(cons, i + 1), "Constraint"),
						"location", -1);
				if (next >= 0 && d->st + next < stop && d->st + next > from)
					stop = d->st + next;
			}
			c = jget(jget(cd, "collClause"), "CollateClause");
			if (c && jint(c, "location", -1) > loc && d->st + jint(c, "location", -1) < stop)
				stop = d->st + jint(c, "location", -1);
			col->default_expr = cut(d, from, stop);
		} else if (strcmp(type_s, "CONSTR_IDENTITY") == 0) {
			col->generated = SX_GEN_IDENTITY;
			col->nullable = false;
		} else if (strcmp(type_s, "CONSTR_GENERATED") == 0 && loc >= 0 &&
			   (size_t)loc < d->st_len) {
			const char *open;
			col->generated = SX_GEN_STORED;
			from = find_kw(d->st, d->st + loc, end, "AS");
			open = from ? find_open(d->st, from, end) : NULL;
			if (open) {
				const char *close = paren_end(d->st, open, end);
				const char *orig = d->clean + d->st_off + (close - d->st) + 1;
				const char *oend = d->clean + d->st_off + d->st_len;
				col->gen_expr = cut(d, open + 1, close);
				while (orig < oend && isspace((unsigned char)*orig))
					orig++;
				if (word_at(d->clean, orig, oend, "VIRTUAL"))
					col->generated = SX_GEN_VIRTUAL;
			}
		} else if (apply_constraint(d, t, con, name)) {
			return SX_ENOMEM;
		}
	}
	return 0;
}

/* ------------------------------------------------------------ statements */

static int set_search_path(struct ddl *d, const cJSON *vs)
{
	const char *kind = jstr(vs, "kind"), *name = jstr(vs, "name");
	const cJSON *a;
	if (!name || strcmp(name, "search_path") != 0)
		return 0;
	d->nsearch = 0;
	if (kind && strcmp(kind, "VAR_SET_VALUE") == 0) {
		cJSON_ArrayForEach(a, jget(vs, "args"))
		{
			const cJSON *ac = jget(a, "A_Const");
			const char *s = jstr(jget(ac, "sval"), "sval");
			if (!s) /* an identifier written bare is a ColumnRef-free sval too */
				continue;
			if (strcmp(s, "$user") == 0 || !*s || d->nsearch == MAX_PATH_SCHEMAS)
				continue;
			if (!(d->search_path[d->nsearch++] = sx_arena_strdup(d->cat->arena, s)))
				return oom(d);
		}
	}
	if (d->nsearch == 0) /* DEFAULT, RESET or an empty path */
		d->search_path[d->nsearch++] = "public";
	return 0;
}

/* The text of a partition bound spec as written: "FOR VALUES FROM (..)
 * TO (..)", "FOR VALUES IN (..)", "FOR VALUES WITH (..)" or "DEFAULT";
 * NULL when it cannot be found. The spec's location is its FROM, IN, WITH
 * or DEFAULT keyword. */
static const char *bound_text(struct ddl *d, const cJSON *spec)
{
	const char *end = d->st + d->st_len, *p, *open, *e, *body;
	int loc = jint(spec, "location", -1);

	if (!spec)
		return NULL;
	if (jbool(spec, "is_default"))
		return "DEFAULT";
	if (loc < 0 || (size_t)loc >= d->st_len)
		return NULL;
	p = d->st + loc;
	if (!(open = find_open(d->st, p, end)))
		return NULL;
	e = paren_end(d->st, open, end);
	if (e < end) {
		const char *q = e + 1;
		while (q < end && isspace((unsigned char)*q))
			q++;
		e++;
		if (word_at(d->st, q, end, "TO") && (open = find_open(d->st, q, end))) {
			e = paren_end(d->st, open, end);
			if (e < end)
				e++;
		}
	}
	if (!(body = cut(d, p, e)))
		return NULL;
	return keep(d, sx_arena_printf(d->cat->arena, "FOR VALUES %s", body));
}

static int create_table(struct ddl *d, const cJSON *cs, sx_rel_kind kind)
{
	const cJSON *rv = jget(cs, "relation"), *e, *inh = jget(cs, "inhRelations");
	const char *sname = jstr(rv, "schemaname"), *name = jstr(rv, "relname");
	const cJSON *ps = jget(cs, "partspec");
	bool partition = jget(cs, "partbound") != NULL;
	sx_schema *s;
	sx_table *t, *parent = NULL;
	const char *key;

	if (!name)
		return 0;
	if (!sname)
		sname = create_schema_name(d);
	if (lookup(d, sname, name)) {
		if (!jbool(cs, "if_not_exists") &&
		    sx_catalog_add_warning(d->cat, d->db,
					   "'%s.%s' is created twice (line %d); the first definition is kept",
					   sname, name, stmt_line(d)))
			return oom(d);
		return 0;
	}
	if (!(s = get_schema(d, sname)) ||
	    !(t = sx_catalog_add_table(d->cat, s, name, ps ? SX_REL_PARTITIONED : kind)) ||
	    !(key = key2(d, sname, name)) || sx_hmap_put(d->tables, key, t))
		return oom(d);
	if (ps) {
		const char *p = find_kw(d->st, d->st + jint(ps, "location", 0), d->st + d->st_len,
					"BY");
		const char *open = p ? find_open(d->st, p, d->st + d->st_len) : NULL;
		const char *strategy = jstr(ps, "strategy");
		if (open && strategy) {
			const char *cols = cut(d, open, paren_end(d->st, open, d->st + d->st_len) + 1);
			char up[16];
			size_t i;
			for (i = 0; strategy[i] && i < sizeof up - 1; i++)
				up[i] = (char)toupper((unsigned char)strategy[i]);
			up[i] = '\0';
			t->partition_key = keep(d, sx_arena_printf(d->cat->arena, "%s %s", up, cols ? cols : "()"));
		}
	}
	/* PARTITION OF / INHERITS: the parent's columns come first */
	if (cJSON_GetArraySize(inh) > 0) {
		parent = rv_table_or_note(d, jget(cJSON_GetArrayItem(inh, 0), "RangeVar"));
		if (parent) {
			size_t i;
			for (i = 0; i < parent->ncols; i++) {
				sx_column *c = sx_catalog_add_column(d->cat, t, parent->cols[i].name,
								     parent->cols[i].type);
				if (!c)
					return oom(d);
				c->family = parent->cols[i].family;
				c->nullable = parent->cols[i].nullable;
				c->default_expr = parent->cols[i].default_expr;
				c->generated = parent->cols[i].generated;
				c->gen_expr = parent->cols[i].gen_expr;
			}
		}
		if (parent && partition) {
			struct part pt = {t, parent, bound_text(d, jget(cs, "partbound"))};
			if (SX_VEC_PUSH(&d->parts, pt))
				return oom(d);
		}
	}
	cJSON_ArrayForEach(e, jget(cs, "tableElts"))
	{
		const cJSON *cd = jget(e, "ColumnDef"), *con = jget(e, "Constraint");
		const cJSON *like = jget(e, "TableLikeClause");
		int rc = 0;
		if (cd)
			rc = add_column(d, t, cd);
		else if (con)
			rc = apply_constraint(d, t, con, NULL);
		else if (like) {
			sx_table *src = rv_table_or_note(d, jget(like, "relation"));
			size_t i;
			for (i = 0; src && i < src->ncols; i++) {
				sx_column *c;
				if (sx_table_find_column(t, src->cols[i].name))
					continue;
				c = sx_catalog_add_column(d->cat, t, src->cols[i].name, src->cols[i].type);
				if (!c)
					return oom(d);
				c->family = src->cols[i].family;
				c->nullable = src->cols[i].nullable;
			}
		}
		if (rc)
			return rc;
	}
	return 0;
}

/* The column names (and types, where a column reference resolves) of a
 * view, read from its target list; best effort: nothing on SELECT * over
 * something other than known tables. */
struct from_item {
	const char *alias;
	sx_table *t;
};

static void from_items(struct ddl *d, const cJSON *node, struct from_item *items, size_t *n,
		       size_t max, bool *opaque)
{
	const cJSON *rv = jget(node, "RangeVar"), *je = jget(node, "JoinExpr");
	if (rv) {
		sx_table *t = rv_table(d, rv);
		const char *alias = jstr(jget(rv, "alias"), "aliasname");
		if (!t || *n == max) {
			*opaque = true;
			return;
		}
		items[*n].alias = alias ? alias : t->name;
		items[(*n)++].t = t;
	} else if (je) {
		from_items(d, jget(je, "larg"), items, n, max, opaque);
		from_items(d, jget(je, "rarg"), items, n, max, opaque);
	} else {
		*opaque = true; /* subquery, function: columns unknown */
	}
}

static const sx_column *resolve_colref(struct from_item *items, size_t n, const char *qual,
				       const char *name)
{
	const sx_column *found = NULL;
	size_t i;
	for (i = 0; i < n; i++) {
		const sx_column *c;
		if (qual && strcmp(items[i].alias, qual) != 0)
			continue;
		if ((c = sx_table_find_column(items[i].t, name))) {
			if (found)
				return NULL; /* ambiguous */
			found = c;
		}
	}
	return found;
}

static int view_columns(struct ddl *d, sx_table *t, const cJSON *query, const cJSON *aliases)
{
	const cJSON *sel = jget(query, "SelectStmt"), *e, *f;
	struct from_item items[32];
	size_t nitems = 0, i, nalias = 0;
	bool opaque = false;
	const char *names[256];

	while (sel && jstr(sel, "op") && strcmp(jstr(sel, "op"), "SETOP_NONE") != 0)
		sel = jget(jget(sel, "larg"), "SelectStmt");
	if (!sel)
		return 0;
	nalias = name_list(aliases, names, 256);
	cJSON_ArrayForEach(f, jget(sel, "fromClause"))
	from_items(d, f, items, &nitems, 32, &opaque);
	i = 0;
	cJSON_ArrayForEach(e, jget(sel, "targetList"))
	{
		const cJSON *rt = jget(e, "ResTarget"), *val = jget(rt, "val");
		const cJSON *cr = jget(val, "ColumnRef"), *fields = jget(cr, "fields");
		const char *name = jstr(rt, "name"), *qual = NULL, *type = "";
		const sx_column *src = NULL;
		sx_column *c;
		if (cr && jget(cJSON_GetArrayItem(fields, cJSON_GetArraySize(fields) - 1), "A_Star")) {
			/* SELECT * / t.*: expand known tables */
			size_t k, j;
			qual = cJSON_GetArraySize(fields) == 2 ? sval(cJSON_GetArrayItem(fields, 0)) : NULL;
			if (opaque)
				return 0;
			for (k = 0; k < nitems; k++) {
				if (qual && strcmp(items[k].alias, qual) != 0)
					continue;
				for (j = 0; j < items[k].t->ncols; j++, i++) {
					const sx_column *sc = &items[k].t->cols[j];
					c = sx_catalog_add_column(d->cat, t, i < nalias ? names[i] : sc->name,
								  sc->type);
					if (!c)
						return oom(d);
					c->family = sc->family;
				}
			}
			continue;
		}
		if (cr) {
			const char *last = names_last(fields, &qual);
			if (!name)
				name = last;
			if (last)
				src = resolve_colref(items, nitems, qual, last);
		} else if (!name && jget(val, "FuncCall")) {
			name = names_last(jget(jget(val, "FuncCall"), "funcname"), NULL);
		} else if (!name && jget(val, "TypeCast")) {
			const cJSON *arg = jget(jget(val, "TypeCast"), "arg");
			if (jget(arg, "ColumnRef"))
				name = names_last(jget(jget(arg, "ColumnRef"), "fields"), NULL);
			else
				name = names_last(jget(jget(jget(val, "TypeCast"), "typeName"), "names"),
						  NULL);
		}
		if (i < nalias)
			name = names[i];
		if (!name)
			name = "?column?";
		if (src)
			type = src->type;
		else if (jget(val, "TypeCast")) /* expr::type has that type */
			type = render_type(d, jget(jget(val, "TypeCast"), "typeName"), NULL);
		if (!type)
			return oom(d);
		c = sx_catalog_add_column(d->cat, t, name, type);
		if (!c)
			return oom(d);
		if (src)
			c->family = src->family;
		else if (jget(val, "TypeCast"))
			c->family = type_family(d, jget(jget(val, "TypeCast"), "typeName"), type);
		i++;
	}
	return 0;
}

static int create_view(struct ddl *d, const cJSON *rv, const cJSON *query, const cJSON *aliases,
		       sx_rel_kind kind, bool replace)
{
	const char *sname = jstr(rv, "schemaname"), *name = jstr(rv, "relname");
	const char *end = d->st + d->st_len, *as;
	sx_schema *s;
	sx_table *t;
	const char *key;

	if (!name)
		return 0;
	if (!sname)
		sname = create_schema_name(d);
	if ((t = lookup(d, sname, name))) {
		if (!replace)
			return 0;
		t->ncols = 0;
	} else if (!(s = get_schema(d, sname)) || !(t = sx_catalog_add_table(d->cat, s, name, kind)) ||
		   !(key = key2(d, sname, name)) || sx_hmap_put(d->tables, key, t)) {
		return oom(d);
	}
	as = find_kw(d->st, d->st + jint(rv, "location", 0), end, "AS");
	if (as) {
		const char *e = end;
		/* in CREATE SCHEMA s CREATE VIEW a AS ... CREATE VIEW b ..., a's
		 * body ends where the next element (CREATE or GRANT) begins */
		if (d->in_schema) {
			const char *c = find_kw(d->st, as + 2, end, "CREATE"),
				   *g = find_kw(d->st, as + 2, end, "GRANT");
			if (c)
				e = c;
			if (g && g < e)
				e = g;
		}
		/* a materialized view ends with WITH [NO] DATA */
		if (kind == SX_REL_MATVIEW) {
			const char *w = find_kw(d->st, as, end, "WITH"), *last = NULL;
			while (w) {
				last = w;
				w = find_kw(d->st, w + 4, end, "WITH");
			}
			if (last) {
				const char *p = last + 4;
				while (p < end && isspace((unsigned char)*p))
					p++;
				if (word_at(d->st, p, end, "NO") || word_at(d->st, p, end, "DATA"))
					e = last;
			}
		}
		t->definition = cut(d, as + 2, e);
	}
	return view_columns(d, t, query, aliases);
}

static int create_index(struct ddl *d, const cJSON *is)
{
	const cJSON *rv = jget(is, "relation"), *e;
	const char *end = d->st + d->st_len, *open, *close, *p;
	const char *cols[64];
	sx_table *t = rv_table_or_note(d, rv);
	size_t n = 0;
	bool plain = true;
	sx_index *ix;

	if (!t)
		return 0;
	open = find_open(d->st, d->st + jint(rv, "location", 0), end);
	close = open ? paren_end(d->st, open, end) : NULL;
	p = open ? open + 1 : NULL;
	cJSON_ArrayForEach(e, jget(is, "indexParams"))
	{
		const cJSON *ie = jget(e, "IndexElem");
		const char *name = jstr(ie, "name"), *ee = p ? elem_end(d->st, p, end) : NULL;
		if (n == 64)
			break;
		if (name) {
			cols[n++] = name;
		} else {
			/* an expression: its source text, without ordering words */
			const char *s = p, *x;
			plain = false;
			while (s && s < ee && isspace((unsigned char)*s))
				s++;
			x = s;
			if (s && s < ee && *s != '(') {
				const char *o = find_open(d->st, s, ee);
				x = o ? o : s;
			}
			if (s && x < ee && *x == '(')
				ee = paren_end(d->st, x, ee) + 1;
			cols[n] = s ? cut(d, s, ee) : NULL;
			if (!cols[n])
				cols[n] = "?";
			n++;
		}
		if (p) {
			p = elem_end(d->st, p, end);
			if (p < end && *p == ',')
				p++;
		}
	}
	ix = sx_catalog_add_index(d->cat, t, jstr(is, "idxname"), jbool(is, "unique"), n, cols);
	if (!ix)
		return oom(d);
	if (jstr(is, "accessMethod"))
		ix->method = keep(d, sx_arena_strdup(d->cat->arena, jstr(is, "accessMethod")));
	ix->primary = jbool(is, "primary");
	if (jget(is, "whereClause") && close) {
		const char *w = close < end ? find_kw(d->st, close + 1, end, "WHERE") : NULL;
		if (w)
			ix->predicate = cut(d, w + 5, end);
	}
	/* a plain unique index is a candidate key, like a UNIQUE constraint */
	if (ix->unique && plain && !ix->predicate && n > 0 &&
	    sx_catalog_add_unique(d->cat, t, jstr(is, "idxname"), n, cols))
		return oom(d);
	return 0;
}

static void drop_column(sx_table *t, const char *name)
{
	size_t i, j;
	for (i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i].name, name) == 0) {
			for (j = i; j + 1 < t->ncols; j++) {
				t->cols[j] = t->cols[j + 1];
				t->cols[j].position = (int)j + 1;
			}
			t->ncols--;
			return;
		}
}

static int alter_table(struct ddl *d, const cJSON *at)
{
	const cJSON *rv = jget(at, "relation"), *c;
	const char *objtype = jstr(at, "objtype");
	sx_table *t;
	const char *skipped = NULL;
	size_t used = 0;

	if (objtype && strcmp(objtype, "OBJECT_TABLE") != 0 &&
	    strcmp(objtype, "OBJECT_FOREIGN_TABLE") != 0 && strcmp(objtype, "OBJECT_VIEW") != 0 &&
	    strcmp(objtype, "OBJECT_MATVIEW") != 0)
		return count_skip(d, strcmp(objtype, "OBJECT_INDEX") == 0      ? "ALTER INDEX"
				     : strcmp(objtype, "OBJECT_SEQUENCE") == 0 ? "ALTER SEQUENCE"
									       : "ALTER TYPE");
	t = rv_table(d, rv);
	cJSON_ArrayForEach(c, jget(at, "cmds"))
	{
		const cJSON *cmd = jget(c, "AlterTableCmd"), *def = jget(cmd, "def");
		const char *sub = jstr(cmd, "subtype"), *col = jstr(cmd, "name");
		sx_column *cl = (t && col) ? (sx_column *)sx_table_find_column(t, col) : NULL;
		int rc = 0;
		if (!sub)
			continue;
		if (strcmp(sub, "AT_ChangeOwner") == 0) {
			skipped = "ALTER TABLE OWNER TO";
			continue;
		}
		if (!t) {
			if (strcmp(sub, "AT_AddConstraint") == 0 || strcmp(sub, "AT_AttachPartition") == 0 ||
			    strcmp(sub, "AT_AddColumn") == 0)
				note_unknown(d, jstr(rv, "schemaname"), jstr(rv, "relname"));
			skipped = "ALTER TABLE on an unknown table";
			continue;
		}
		if (strcmp(sub, "AT_AddConstraint") == 0) {
			rc = apply_constraint(d, t, jget(def, "Constraint"), NULL);
		} else if (strcmp(sub, "AT_AddColumn") == 0) {
			rc = add_column(d, t, jget(def, "ColumnDef"));
		} else if (strcmp(sub, "AT_DropColumn") == 0 && col) {
			drop_column(t, col);
		} else if (strcmp(sub, "AT_ColumnDefault") == 0 && cl) {
			cl->default_expr = NULL;
			if (def) {
				/* the expression's first token; a '(' before it belongs to it */
				int loc = min_location(def);
				if (loc >= 0 && (size_t)loc < d->st_len) {
					const char *s = d->st + loc, *q = s;
					while (q > d->st && (isspace((unsigned char)q[-1]) || q[-1] == '(')) {
						q--;
						if (*q == '(')
							s = q;
					}
					cl->default_expr = cut(d, s, elem_end(d->st, s, d->st + d->st_len));
				}
			}
		} else if (strcmp(sub, "AT_SetNotNull") == 0 && cl) {
			cl->nullable = false;
		} else if (strcmp(sub, "AT_DropNotNull") == 0 && cl) {
			cl->nullable = true;
		} else if (strcmp(sub, "AT_AddIdentity") == 0 && cl) {
			cl->generated = SX_GEN_IDENTITY;
			cl->nullable = false;
		} else if (strcmp(sub, "AT_AttachPartition") == 0) {
			const cJSON *pc = jget(def, "PartitionCmd");
			sx_table *child = rv_table_or_note(d, jget(pc, "name"));
			struct part pt = {child, t, bound_text(d, jget(pc, "bound"))};
			if (child && SX_VEC_PUSH(&d->parts, pt))
				rc = oom(d);
		} else {
			skipped = "ALTER TABLE (other)";
			continue;
		}
		if (rc)
			return rc;
		used++;
	}
	return used || !skipped ? 0 : count_skip(d, skipped);
}

static int comment_on(struct ddl *d, const cJSON *cs)
{
	const char *objtype = jstr(cs, "objtype"), *text = jstr(cs, "comment");
	const cJSON *items = jget(jget(jget(cs, "object"), "List"), "items");
	const char *parts[3] = {NULL, NULL, NULL};
	size_t n = name_list(items, parts, 3);
	sx_table *t;
	const char *stored = text ? sx_arena_strdup(d->cat->arena, text) : NULL;

	if (!objtype)
		return 0;
	if (text && !stored)
		return oom(d);
	if (strcmp(objtype, "OBJECT_COLUMN") == 0 && n >= 2) {
		sx_column *c;
		t = n == 3 ? lookup(d, parts[0], parts[1]) : lookup(d, NULL, parts[0]);
		if (!t) {
			note_unknown(d, n == 3 ? parts[0] : NULL, n == 3 ? parts[1] : parts[0]);
			return 0;
		}
		c = (sx_column *)sx_table_find_column(t, parts[n - 1]);
		if (c)
			c->comment = stored;
		return 0;
	}
	if ((strcmp(objtype, "OBJECT_TABLE") == 0 || strcmp(objtype, "OBJECT_VIEW") == 0 ||
	     strcmp(objtype, "OBJECT_MATVIEW") == 0 || strcmp(objtype, "OBJECT_FOREIGN_TABLE") == 0) &&
	    n >= 1) {
		t = n == 2 ? lookup(d, parts[0], parts[1]) : lookup(d, NULL, parts[0]);
		if (!t) {
			note_unknown(d, n == 2 ? parts[0] : NULL, n == 2 ? parts[1] : parts[0]);
			return 0;
		}
		t->comment = stored;
		return 0;
	}
	{
		char kind[64];
		size_t i, j = 0;
		/* OBJECT_SCHEMA -> COMMENT ON SCHEMA */
		for (i = 7; objtype[i] && j < sizeof kind - 1; i++)
			kind[j++] = objtype[i] == '_' ? ' ' : objtype[i];
		kind[j] = '\0';
		char full[96];
		snprintf(full, sizeof full, "COMMENT ON %s", kind);
		return count_skip(d, full);
	}
}

static void remove_table(struct ddl *d, sx_table *t)
{
	sx_schema *s = t->schema;
	size_t i, j;
	char buf[512];
	snprintf(buf, sizeof buf, "%s\x1f%s", s->name, t->name);
	/* keys are borrowed: mark the entry dead instead of removing it */
	for (i = 0; i < s->ntables; i++)
		if (s->tables[i] == t) {
			for (j = i; j + 1 < s->ntables; j++)
				s->tables[j] = s->tables[j + 1];
			s->ntables--;
			break;
		}
	if (sx_hmap_get(d->tables, buf)) {
		const char *k = sx_arena_strdup(d->cat->arena, buf);
		if (!k || sx_hmap_put(d->tables, k, NULL))
			d->oom = true;
	}
	for (i = 0; i < d->parts.n; i++)
		if (d->parts.v[i].child == t || d->parts.v[i].parent == t)
			d->parts.v[i].child = NULL;
}

static int drop_stmt(struct ddl *d, const cJSON *ds)
{
	const char *rt = jstr(ds, "removeType");
	const cJSON *o;
	if (!rt || (strcmp(rt, "OBJECT_TABLE") != 0 && strcmp(rt, "OBJECT_VIEW") != 0 &&
		    strcmp(rt, "OBJECT_MATVIEW") != 0 && strcmp(rt, "OBJECT_FOREIGN_TABLE") != 0)) {
		char kind[64];
		size_t i, j = 0;
		for (i = rt ? 7 : 0; rt && rt[i] && j < sizeof kind - 1; i++)
			kind[j++] = rt[i] == '_' ? ' ' : rt[i];
		kind[j] = '\0';
		char full[96];
		snprintf(full, sizeof full, "DROP %s", j ? kind : "(other)");
		return count_skip(d, full);
	}
	cJSON_ArrayForEach(o, jget(ds, "objects"))
	{
		const char *parts[3] = {NULL, NULL, NULL};
		size_t n = name_list(jget(jget(o, "List"), "items"), parts, 3);
		sx_table *t = n == 1 ? lookup(d, NULL, parts[0]) : n == 2 ? lookup(d, parts[0], parts[1]) : NULL;
		if (t)
			remove_table(d, t);
	}
	return 0;
}

static void rename_names(size_t n, const char **names, const char *from, const char *to)
{
	size_t i;
	for (i = 0; names && i < n; i++)
		if (strcmp(names[i], from) == 0)
			names[i] = to;
}

/* ALTER TABLE/VIEW ... RENAME [COLUMN] ... TO ...: the new name, and every
 * key, index and FK that named the old one, as PostgreSQL does. */
static int rename_stmt(struct ddl *d, const cJSON *rs)
{
	const char *type = jstr(rs, "renameType"), *to = jstr(rs, "newname");
	const char *from = jstr(rs, "subname");
	sx_table *t = rv_table(d, jget(rs, "relation"));
	size_t i, j, k;
	bool column;

	if (!type || !to)
		return 0;
	column = strcmp(type, "OBJECT_COLUMN") == 0;
	if (!column && strcmp(type, "OBJECT_TABLE") != 0 && strcmp(type, "OBJECT_VIEW") != 0 &&
	    strcmp(type, "OBJECT_MATVIEW") != 0 && strcmp(type, "OBJECT_FOREIGN_TABLE") != 0)
		return count_skip(d, "ALTER ... RENAME");
	if (!t) {
		note_unknown(d, jstr(jget(rs, "relation"), "schemaname"),
			     jstr(jget(rs, "relation"), "relname"));
		return 0;
	}
	if (!(to = sx_arena_strdup(d->cat->arena, to)))
		return oom(d);
	if (!column) {
		const char *old = t->name, *key = key2(d, t->schema->name, to), *oldkey;
		oldkey = key2(d, t->schema->name, old);
		if (!key || !oldkey || sx_hmap_put(d->tables, oldkey, NULL) ||
		    sx_hmap_put(d->tables, key, t))
			return oom(d);
		t->name = to;
		for (i = 0; i < d->db->nschemas; i++)
			for (j = 0; j < d->db->schemas[i]->ntables; j++) {
				sx_table *o = d->db->schemas[i]->tables[j];
				for (k = 0; k < o->nfks; k++) {
					const char *rs_name = o->fks[k].ref_schema ? o->fks[k].ref_schema
										   : o->schema->name;
					if (strcmp(o->fks[k].ref_table, old) == 0 &&
					    strcmp(rs_name, t->schema->name) == 0)
						o->fks[k].ref_table = to;
				}
			}
		return 0;
	}
	if (!from || !sx_table_find_column(t, from))
		return 0;
	((sx_column *)sx_table_find_column(t, from))->name = to;
	rename_names(t->pk.ncols, t->pk.cols, from, to);
	for (i = 0; i < t->nuniques; i++)
		rename_names(t->uniques[i].ncols, t->uniques[i].cols, from, to);
	for (i = 0; i < t->nindexes; i++)
		rename_names(t->indexes[i].key.ncols, t->indexes[i].key.cols, from, to);
	for (i = 0; i < t->nfks; i++)
		rename_names(t->fks[i].ncols, t->fks[i].cols, from, to);
	for (i = 0; i < d->db->nschemas; i++)
		for (j = 0; j < d->db->schemas[i]->ntables; j++) {
			sx_table *o = d->db->schemas[i]->tables[j];
			for (k = 0; k < o->nfks; k++) {
				const char *rs_name = o->fks[k].ref_schema ? o->fks[k].ref_schema
									   : o->schema->name;
				if (strcmp(o->fks[k].ref_table, t->name) == 0 &&
				    strcmp(rs_name, t->schema->name) == 0)
					rename_names(o->fks[k].ncols, o->fks[k].ref_cols, from, to);
			}
		}
	return 0;
}

static int define_type(struct ddl *d, const cJSON *names, const char *base)
{
	const char *qual, *name = names_last(names, &qual), *k, *v;
	if (!name)
		return 0;
	k = key2(d, qual ? qual : create_schema_name(d), name);
	v = sx_arena_strdup(d->cat->arena, base);
	if (!k || !v || sx_hmap_put(d->types, k, (void *)v))
		return oom(d);
	return 0;
}

static int apply_node(struct ddl *d, const cJSON *body);

/* CREATE SCHEMA s [AUTHORIZATION r] [element ...]: the elements (CREATE
 * TABLE, VIEW, INDEX, ...) run as PostgreSQL runs them, with the new
 * schema first on the search path, so unqualified names land in it. */
static int create_schema(struct ddl *d, const cJSON *body)
{
	const char *n = jstr(body, "schemaname"), *saved[MAX_PATH_SCHEMAS];
	const cJSON *elts = jget(body, "schemaElts"), *el;
	size_t nsaved = d->nsearch;
	int rc = 0;

	if (!n) /* CREATE SCHEMA AUTHORIZATION r: the schema is named r */
		n = jstr(jget(body, "authrole"), "rolename");
	if (!n)
		return cJSON_GetArraySize(elts) ? count_skip(d, "CREATE SCHEMA elements") : 0;
	if (!get_schema(d, n))
		return oom(d);
	if (!cJSON_GetArraySize(elts))
		return 0;
	memcpy(saved, d->search_path, sizeof saved);
	memmove(d->search_path + 1, d->search_path,
		(nsaved < MAX_PATH_SCHEMAS ? nsaved : MAX_PATH_SCHEMAS - 1) * sizeof d->search_path[0]);
	d->search_path[0] = n;
	d->nsearch = nsaved < MAX_PATH_SCHEMAS ? nsaved + 1 : MAX_PATH_SCHEMAS;
	d->in_schema = true;
	cJSON_ArrayForEach(el, elts)
	{
		if ((rc = apply_node(d, el->child)))
			break;
	}
	d->in_schema = false;
	memcpy(d->search_path, saved, sizeof saved);
	d->nsearch = nsaved;
	return rc;
}

static int statement(struct ddl *d, const char *node, const cJSON *body)
{
	if (strcmp(node, "CreateStmt") == 0)
		return create_table(d, body, SX_REL_TABLE);
	if (strcmp(node, "CreateForeignTableStmt") == 0)
		return create_table(d, jget(body, "base"), SX_REL_FOREIGN);
	if (strcmp(node, "ViewStmt") == 0)
		return create_view(d, jget(body, "view"), jget(body, "query"), jget(body, "aliases"),
				   SX_REL_VIEW, jbool(body, "replace"));
	if (strcmp(node, "CreateTableAsStmt") == 0) {
		const char *ot = jstr(body, "objtype");
		const cJSON *into = jget(body, "into");
		if (ot && strcmp(ot, "OBJECT_MATVIEW") == 0)
			return create_view(d, jget(into, "rel"), jget(body, "query"),
					   jget(into, "colNames"), SX_REL_MATVIEW, false);
		return count_skip(d, "CREATE TABLE AS");
	}
	if (strcmp(node, "AlterTableStmt") == 0)
		return alter_table(d, body);
	if (strcmp(node, "IndexStmt") == 0)
		return create_index(d, body);
	if (strcmp(node, "CommentStmt") == 0)
		return comment_on(d, body);
	if (strcmp(node, "CreateSchemaStmt") == 0)
		return create_schema(d, body);
	if (strcmp(node, "CreateDomainStmt") == 0) {
		const char *base = render_type(d, jget(body, "typeName"), NULL);
		return base ? define_type(d, jget(body, "domainname"), base) : oom(d);
	}
	if (strcmp(node, "CreateEnumStmt") == 0)
		return define_type(d, jget(body, "typeName"), "");
	if (strcmp(node, "VariableSetStmt") == 0)
		return set_search_path(d, body);
	if (strcmp(node, "DropStmt") == 0)
		return drop_stmt(d, body);
	if (strcmp(node, "RenameStmt") == 0)
		return rename_stmt(d, body);
	return 0;
}

/* Node kinds handled above; everything else is only counted. */
static bool handled(const char *node)
{
	static const char *const kinds[] = {
		"CreateStmt",	    "CreateForeignTableStmt", "ViewStmt",	 "CreateTableAsStmt",
		"AlterTableStmt",   "IndexStmt",	      "CommentStmt",	 "CreateSchemaStmt",
		"CreateDomainStmt", "CreateEnumStmt",	      "VariableSetStmt", "DropStmt",
		"RenameStmt",
	};
	size_t i;
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(node, kinds[i]) == 0)
			return true;
	return false;
}

/* Applies one parsed node ({"CreateStmt": {...}}'s member), or counts it
 * as skipped when it is of a kind we do not model. */
static int apply_node(struct ddl *d, const cJSON *body)
{
	char kind[96];
	if (!body || !body->string)
		return 0;
	if (handled(body->string))
		return statement(d, body->string, body);
	node_kind(body->string, kind, sizeof kind);
	return count_skip(d, kind);
}

/* The node name of the first statement in a parse tree's JSON text. */
static bool first_node(const char *json, char *out, size_t n)
{
	const char *p = strstr(json, "\"stmt\":{\""), *q;
	if (!p)
		return false;
	p += 9;
	q = strchr(p, '"');
	if (!q || (size_t)(q - p) >= n)
		return false;
	memcpy(out, p, (size_t)(q - p));
	out[q - p] = '\0';
	return true;
}

/* Parses and applies one statement [off, off+len) of the cleaned text. */
static int one_statement(struct ddl *d, size_t off, size_t len)
{
	sx_pgsql_syntax where;
	char node[64], kind[96];
	char *text, *json = NULL;
	int rc = 0;

	text = sx_strndup(d->clean + off, len);
	if (!text)
		return oom(d);
	d->st = text;
	d->st_off = off;
	d->st_len = len;
	rc = sx_pgsql_parse(&json, text, &where, d->err);
	while (rc == SX_EPARSE && where.line > 0) {
		/* PostgreSQL 18's "GENERATED ALWAYS AS (expr) VIRTUAL": the
		 * PG 15 grammar knows only STORED, which has the same length
		 * with a space; add_column() reads VIRTUAL back from d->clean */
		size_t b = where.offset;
		const char *q = text + b;
		while (q > text && isspace((unsigned char)q[-1]))
			q--;
		if (!(word_at(text, text + b, text + len, "VIRTUAL") && q > text && q[-1] == ')'))
			break;
		memcpy(text + b, "STORED ", 7);
		rc = sx_pgsql_parse(&json, text, &where, d->err);
	}
	if (rc == SX_EPARSE) {
		rc = parse_error(d, off + (where.line > 0 ? where.offset : 0), where.message);
		goto done;
	}
	if (rc)
		goto done; /* out of memory: d->err is set */
	if (!first_node(json, node, sizeof node))
		goto done; /* only comments */
	if (handled(node) || strstr(json, "},{\"stmt\":")) {
		cJSON *tree = cJSON_Parse(json), *s;
		if (!tree) {
			rc = oom(d);
			goto done;
		}
		cJSON_ArrayForEach(s, jget(tree, "stmts"))
		{
			const cJSON *w = jget(s, "stmt");
			if ((rc = apply_node(d, w ? w->child : NULL)))
				break;
		}
		cJSON_Delete(tree);
		if (!rc && d->oom)
			rc = oom(d);
		goto done;
	}
	/* session and transaction statements change nothing we model */
	if (strcmp(node, "TransactionStmt") == 0 || strcmp(node, "VariableSetStmt") == 0 ||
	    (strcmp(node, "SelectStmt") == 0 && strstr(json, "\"set_config\"")))
		goto done;
	if (strcmp(node, "GrantStmt") == 0)
		snprintf(kind, sizeof kind, "%s",
			 strstr(json, "\"is_grant\":true") ? "GRANT" : "REVOKE");
	else if (strcmp(node, "CreateFunctionStmt") == 0 && strstr(json, "\"is_procedure\":true"))
		snprintf(kind, sizeof kind, "CREATE PROCEDURE");
	else
		node_kind(node, kind, sizeof kind);
	rc = count_skip(d, kind);
done:
	free(json);
	free(text);
	d->st = NULL;
	return rc;
}

/* Counts a syntax error (d->err holds its place and message) and lets
 * the reading go on. */
static void note_bad(struct ddl *d)
{
	if (d->nbad++ == 0)
		snprintf(d->first_bad, sizeof d->first_bad, "%s", d->err->msg);
	sx_error_clear(d->err);
}

static int too_many_bad(struct ddl *d)
{
	return sx_error_set(d->err, SX_EPARSE,
			    "%s: more than %d syntax errors, not read (first: %s)", d->path,
			    MAX_BAD_STATEMENTS, d->first_bad);
}

/* Whether a statement's first word starts at p, first on its line, with
 * text of the statement before it (st: where the statement starts): the
 * previous statement then most likely lacks its ';'. */
static bool missing_semicolon_at(const struct ddl *d, size_t st, size_t p)
{
	static const char *const starts[] = {"CREATE", "ALTER", "DROP", "COMMENT", "GRANT",
					     "REVOKE", "INSERT", "COPY", "SET", "SELECT", NULL};
	const char *text = d->clean, *q = text + p;
	bool before = false;
	size_t i;
	while (q > text + st && (q[-1] == ' ' || q[-1] == '\t'))
		q--;
	if (q > text + st && q[-1] != '\n')
		return false;
	for (q = text + st; q < text + p && !before; q++)
		before = !isspace((unsigned char)*q);
	for (i = 0; before && starts[i]; i++)
		if (word_at(text, text + p, text + d->len, starts[i]))
			return true;
	return false;
}

/* Splits d->clean[off, end) with the scanner and applies each statement.
 * Strict (the default), the first syntax error fails the file. Lenient,
 * a statement that does not parse is counted and left out, and three
 * mistakes that would take good statements with it are undone: a
 * missing ')' keeps the splitter from ending a statement at its ';', so
 * the parser stops at that ';' and the text after it is split again; a
 * missing ';' makes the parser stop at the next statement's first word,
 * first on its line, so the text before it is read as one statement and
 * the text from it split again; an unterminated quote stops the
 * splitter, so what comes before the statement that opens it is still
 * read. A loop, not recursion: a file of a thousand mistakes costs a
 * split of the rest per mistake, and no stack. */
static int statements(struct ddl *d, size_t off, size_t end, const sx_progress *progress)
{
	bool cut_last = false; /* the last piece of [off, end) opens a quote */
	bool again = true;
	int rc = 0;

	while (again && !rc) {
		sx_pgsql_stmt *sp = NULL;
		sx_pgsql_syntax where;
		size_t nsp = 0, i;
		char saved = d->clean[end];

		again = false;
		d->clean[end] = '\0';
		rc = sx_pgsql_split(&sp, &nsp, d->clean + off, SX_PGSQL_SPLIT_SCANNER, &where,
				    d->err);
		d->clean[end] = saved;
		if (rc == SX_EPARSE) {
			size_t at = off + (where.line > 0 ? where.offset : 0);
			rc = parse_error(d, at, where.message);
			if (!d->lenient || at <= off || at >= end)
				return rc;
			if (d->nbad >= MAX_BAD_STATEMENTS)
				return too_many_bad(d);
			note_bad(d);
			d->nleft++;
			d->unread_tail = true;
			end = at;
			cut_last = true;
			again = true;
			rc = 0;
			continue;
		}
		if (rc)
			return rc;
		if (cut_last && nsp > 0 && sp[nsp - 1].offset + sp[nsp - 1].len == end - off)
			nsp--;
		for (i = 0; i < nsp && !again; i++) {
			size_t st = off + sp[i].offset, st_end = st + sp[i].len;
			rc = one_statement(d, st, sp[i].len);
			if (rc == SX_EPARSE && d->lenient) {
				size_t at = d->err_off;
				bool inside = at > st && at < st_end;
				if (d->nbad >= MAX_BAD_STATEMENTS) {
					rc = too_many_bad(d);
					break;
				}
				note_bad(d);
				rc = 0;
				if (inside && d->clean[at] == ';') {
					d->nleft++;
					off = at + 1;
					again = true;
				} else if (inside && missing_semicolon_at(d, st, at)) {
					if ((rc = one_statement(d, st, at - st)) == SX_EPARSE) {
						note_bad(d);
						d->nleft++;
						rc = 0;
					}
					off = at;
					again = !rc;
				} else {
					d->nleft++;
				}
			}
			if (rc)
				break;
			if (progress && (i & 255) == 255) {
				sx_progress_report(progress, "parsing", (int64_t)i, (int64_t)nsp);
				if (sx_progress_cancelled(progress))
					rc = sx_error_set(d->err, SX_ECANCELLED, "reading '%s' cancelled",
							  d->path);
			}
		}
		free(sp);
	}
	return rc;
}

/* ------------------------------------------------------------ finishing */

static int cmp_skip(const void *a, const void *b)
{
	const struct skip *x = a, *y = b;
	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return strcmp(x->kind, y->kind);
}

static bool schema_wanted(const sx_source_opts *opts, const char *name)
{
	size_t i;
	if (!opts->schemas)
		return true;
	for (i = 0; opts->schemas[i]; i++)
		if (strcmp(opts->schemas[i], name) == 0)
			return true;
	return false;
}

static int finish(struct ddl *d, const sx_source_opts *opts)
{
	size_t i, j, k, ntables = 0;

	/* partitions: counted on the parent, their own keys and FKs dropped;
	 * names and bounds kept on the root of a sub-partitioned tree. Every
	 * root is found before any child goes (removing a sub-partitioned
	 * child forgets its own children's entries). */
	sx_table **gone = d->parts.n ? sx_calloc(d->parts.n, sizeof *gone) : NULL;
	size_t ngone = 0;
	if (d->parts.n && !gone)
		return oom(d);
	for (i = 0; i < d->parts.n; i++) {
		sx_table *c = d->parts.v[i].child, *p = d->parts.v[i].parent, *root = p;
		bool still = false;
		if (!c || c == p)
			continue;
		for (j = 0; j < c->schema->ntables && !still; j++)
			still = c->schema->tables[j] == c;
		if (!still)
			continue;
		for (j = 0, k = 0; j < d->parts.n && k < d->parts.n; j++)
			if (d->parts.v[j].child == root && d->parts.v[j].parent != root) {
				root = d->parts.v[j].parent; /* one level up; k bounds a cycle */
				j = (size_t)-1;
				k++;
			}
		if (sx_catalog_add_partition(d->cat, root, c->name, d->parts.v[i].bound)) {
			free(gone);
			return oom(d);
		}
		p->npartitions++;
		if (p->kind == SX_REL_TABLE)
			p->kind = SX_REL_PARTITIONED;
		gone[ngone++] = c;
	}
	for (i = 0; i < ngone; i++)
		remove_table(d, gone[i]);
	free(gone);
	/* FKs without a column list reference the parent's primary key */
	for (i = 0; i < d->db->nschemas; i++) {
		sx_schema *s = d->db->schemas[i];
		for (j = 0; j < s->ntables; j++) {
			sx_table *t = s->tables[j];
			if (opts->ignore_declared_fks)
				t->nfks = 0;
			for (k = 0; k < t->nfks; k++) {
				sx_fk *fk = &t->fks[k];
				sx_table *ref;
				char buf[512];
				if (fk->ref_cols)
					continue;
				snprintf(buf, sizeof buf, "%s\x1f%s",
					 fk->ref_schema ? fk->ref_schema : s->name, fk->ref_table);
				ref = sx_hmap_get(d->tables, buf);
				if (ref && ref->pk.ncols == fk->ncols)
					fk->ref_cols = ref->pk.cols;
			}
		}
	}
	/* the --schema filter */
	for (i = j = 0; i < d->db->nschemas; i++)
		if (schema_wanted(opts, d->db->schemas[i]->name))
			d->db->schemas[j++] = d->db->schemas[i];
	d->db->nschemas = j;
	for (i = 0; i < d->db->nschemas; i++)
		ntables += d->db->schemas[i]->ntables;
	if (ntables == 0 && d->nbad)
		return sx_error_set(d->err, SX_EPARSE, "%s", d->first_bad);
	if (ntables == 0)
		return sx_error_set(d->err, SX_EEMPTY, opts->schemas ? "no tables in '%s' in the chosen schemas"
								    : "no tables in '%s'",
				    d->path);
	if (d->unknown_refs &&
	    sx_catalog_add_warning(d->cat, d->db,
				   "%zu statement%s name%s tables not defined in the file (first: '%s' at line %d)",
				   d->unknown_refs, d->unknown_refs == 1 ? "" : "s",
				   d->unknown_refs == 1 ? "s" : "", d->first_unknown, d->first_unknown_line))
		return oom(d);
	if (d->nbad &&
	    sx_catalog_add_warning(d->cat, d->db,
				   "%zu syntax error%s (first: %s); %zu statement%s left out%s", d->nbad,
				   d->nbad == 1 ? "" : "s", d->first_bad, d->nleft, d->nleft == 1 ? "" : "s",
				   d->unread_tail ? ", and the rest of the file after an unterminated quote" : ""))
		return oom(d);
	if (d->nskipped) {
		sx_buf b = SX_BUF_INIT;
		qsort(d->skipped.v, d->skipped.n, sizeof *d->skipped.v, cmp_skip);
		sx_buf_printf(&b, "skipped %zu statement%s:", d->nskipped, d->nskipped == 1 ? "" : "s");
		for (i = 0; i < d->skipped.n; i++)
			sx_buf_printf(&b, "%s %zu %s", i ? "," : "", d->skipped.v[i].n, d->skipped.v[i].kind);
		if (sx_buf_failed(&b) || sx_catalog_add_warning(d->cat, d->db, "%s", sx_buf_cstr(&b))) {
			sx_buf_release(&b);
			return oom(d);
		}
		sx_buf_release(&b);
	}
	return 0;
}

/* "-- Dumped from database version 15.4 (Debian ...)" in pg_dump output */
static const char *dump_version(struct ddl *d)
{
	/* d->clean: NUL-terminated, and not blanked yet when this runs */
	const char *p = strstr(d->clean, "-- Dumped from database version ");
	const char *e;
	if (!p || p - d->clean > 4096)
		return NULL;
	p += 32;
	e = p;
	while (*e && *e != '\n' && *e != '\r' && e - p < 64)
		e++;
	return keep(d, sx_arena_printf(d->cat->arena, "PostgreSQL %.*s (pg_dump)", (int)(e - p), p));
}

int sx__ddl_parse(sx_catalog *cat, const char *path, const char *name, const char *src,
		  size_t len, const sx_source_opts *opts, sx_database **out, sx_error *err)
{
	struct ddl d;
	sx_source_opts defaults = {0};
	sx_catalog *scratch = NULL;
	char now[32];
	int rc;

	memset(&d, 0, sizeof d);
	*out = NULL;
	if (!opts)
		opts = &defaults;
	d.path = path;
	d.src = src;
	d.len = len;
	d.err = err;
	if ((rc = sx_catalog_new(&scratch, err)))
		goto cleanup;
	d.cat = scratch;
	d.search_path[0] = "public";
	d.nsearch = 1;
	d.tables = sx_hmap_new(256);
	d.types = sx_hmap_new(16);
	d.clean = sx_strndup(src, len);
	d.db = sx_catalog_add_database(scratch, name, SX_DB_DDL);
	if (!d.tables || !d.types || !d.clean || !d.db) {
		rc = oom(&d);
		goto cleanup;
	}
	d.db->dsn = sx_arena_strdup(scratch->arena, path);
	d.db->server_version = dump_version(&d);
	sx_now_iso(now, sizeof now);
	d.db->analysed_at = sx_arena_strdup(scratch->arena, now);
	if (!d.db->dsn || !d.db->analysed_at) {
		rc = oom(&d);
		goto cleanup;
	}

	sx_progress_report(opts->progress, "parsing", 0, 1);
	blank(&d);
	d.lenient = opts->skip_bad_statements;
	if ((rc = statements(&d, 0, len, opts->progress)))
		goto cleanup;
	if ((rc = finish(&d, opts)) || (d.oom && (rc = oom(&d))))
		goto cleanup;
	sx_progress_report(opts->progress, "done", 1, 1);
	*out = d.db;
	rc = sx_catalog_merge(cat, scratch, err);
	scratch = NULL;
	if (rc)
		*out = NULL;
cleanup:
	sx_hmap_free(d.tables);
	sx_hmap_free(d.types);
	SX_VEC_FREE(&d.parts);
	SX_VEC_FREE(&d.skipped);
	free(d.clean);
	sx_catalog_free(scratch);
	return rc;
}

int sx_ddl_introspect(sx_catalog *cat, const char *path, const sx_source_opts *opts,
		      sx_database **out, sx_error *err)
{
	struct stat stt;
	char stem[256], *src = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	if (stat(path, &stt) == 0 && S_ISDIR(stt.st_mode))
		return sx_error_set(err, SX_EINVAL, "'%s' is a directory, not a DDL file", path);
	if (sx_path_stem(path, stem, sizeof stem))
		return sx_error_set(err, SX_EINVAL, "bad DDL file path '%s'", path);
	if ((rc = sx_file_read(path, &src, &len, err)))
		return rc;
	rc = sx__ddl_parse(cat, path, stem, src, len, opts, out, err);
	free(src);
	return rc;
}

/* ------------------------------------------------------- alias views */

/* A schema's table by name: exact first, then ASCII case-insensitive. */
static const sx_table *find_table_ci(const sx_schema *s, const char *name)
{
	const sx_table *t = sx_schema_find_table(s, name);
	size_t i;
	for (i = 0; !t && i < s->ntables; i++)
		if (strcasecmp(s->tables[i]->name, name) == 0)
			t = s->tables[i];
	return t;
}

static const sx_schema *find_schema_ci(const sx_database *db, const char *name)
{
	const sx_schema *s = sx_database_find_schema(db, name);
	size_t i;
	for (i = 0; !s && i < db->nschemas; i++)
		if (strcasecmp(db->schemas[i]->name, name) == 0)
			s = db->schemas[i];
	return s;
}

/* The RangeVar of a SELECT that only projects columns of one relation;
 * NULL for anything else. */
static const cJSON *plain_projection(const cJSON *sel)
{
	static const char *const clauses[] = {
	    "withClause",  "whereClause",   "groupClause",  "havingClause", "distinctClause",
	    "limitCount",  "limitOffset",   "windowClause", "valuesLists",  "intoClause",
	    "lockingClause", "larg",        "rarg",	    NULL};
	const cJSON *from = jget(sel, "fromClause"), *tl = jget(sel, "targetList"), *e;
	const char *op = jstr(sel, "op");
	size_t i;
	if (!sel || (op && strcmp(op, "SETOP_NONE") != 0))
		return NULL;
	for (i = 0; clauses[i]; i++)
		if (jget(sel, clauses[i]))
			return NULL;
	if (!cJSON_IsArray(from) || cJSON_GetArraySize(from) != 1 || !cJSON_IsArray(tl) ||
	    cJSON_GetArraySize(tl) < 1)
		return NULL;
	cJSON_ArrayForEach(e, tl)
	{
		if (!jget(jget(jget(e, "ResTarget"), "val"), "ColumnRef"))
			return NULL;
	}
	return jget(cJSON_GetArrayItem(from, 0), "RangeVar");
}

/* The parse tree of a view's definition (*root, the caller's to delete)
 * and its SELECT (borrowed from it); NULL when t is not a view or its
 * definition is not one parsable SELECT. */
static const cJSON *view_select(const sx_table *t, cJSON **root)
{
	const cJSON *stmts, *st, *sel;
	char *json = NULL;
	sx_error err;
	*root = NULL;
	if (!t || !t->definition || (t->kind != SX_REL_VIEW && t->kind != SX_REL_MATVIEW))
		return NULL;
	if (sx_pgsql_parse(&json, t->definition, NULL, &err) || !(*root = cJSON_Parse(json))) {
		free(json);
		return NULL;
	}
	free(json);
	stmts = jget(*root, "stmts");
	if (!cJSON_IsArray(stmts) || cJSON_GetArraySize(stmts) != 1)
		return NULL;
	st = jget(cJSON_GetArrayItem(stmts, 0), "stmt");
	/* PostgreSQL and DDL files keep the SELECT; SQLite the whole CREATE VIEW */
	sel = jget(st, "SelectStmt");
	if (!sel)
		sel = jget(jget(jget(st, "ViewStmt"), "query"), "SelectStmt");
	return sel;
}

/* Walks a parse tree for the relations and column references it reads. */
static int view_walk(const cJSON *n, sx_view_read_fn fn, void *payload)
{
	const cJSON *c;
	int rc;
	if (!n || (!cJSON_IsObject(n) && !cJSON_IsArray(n)))
		return 0;
	if (cJSON_IsObject(n)) {
		const cJSON *rv = jget(n, "RangeVar"), *cr = jget(n, "ColumnRef");
		const char *name;
		if (rv && (name = jstr(rv, "relname")) && (rc = fn(payload, name, true)))
			return rc;
		if (cr && cJSON_IsArray(jget(cr, "fields"))) {
			const cJSON *f = jget(cr, "fields");
			name = sval(cJSON_GetArrayItem(f, cJSON_GetArraySize(f) - 1));
			if (name && *name && (rc = fn(payload, name, false)))
				return rc;
		}
	}
	cJSON_ArrayForEach(c, n)
	{
		if ((rc = view_walk(c, fn, payload)))
			return rc;
	}
	return 0;
}

int sx_table_view_reads(const sx_table *t, sx_view_read_fn fn, void *payload)
{
	cJSON *root;
	const cJSON *sel = view_select(t, &root);
	int rc = sel ? view_walk(sel, fn, payload) : 0;
	cJSON_Delete(root);
	return rc;
}

const sx_table *sx_table_view_base(const sx_table *t)
{
	const sx_table *base = NULL;
	const sx_schema *sch;
	const cJSON *sel, *rv;
	const char *rel, *schname;
	cJSON *root = NULL;
	sel = view_select(t, &root);
	if (!(rv = plain_projection(sel)) || !(rel = jstr(rv, "relname")) || jstr(rv, "catalogname"))
		goto done;
	schname = jstr(rv, "schemaname");
	sch = schname ? find_schema_ci(t->schema->db, schname) : t->schema;
	if (sch && (base = find_table_ci(sch, rel)) == t)
		base = NULL;
done:
	cJSON_Delete(root);
	return base;
}
