/*
 * sqlite.c - the SQLite introspector.
 *
 * The file is opened with SQLITE_OPEN_READONLY and never written: no
 * PRAGMA that writes, no ANALYZE, no temp tables in it. Catalog data comes
 * from four whole-database queries over the pragma table-valued functions
 * (columns, foreign keys, indexes with their columns) instead of one pragma
 * per table, so a 10,000-table file costs four statements, not 40,000.
 *
 * SQLite has no COMMENT statement. Comments are read from the CREATE
 * statement text that SQLite keeps verbatim: a "--" or block comment on the
 * same line as a column definition documents that column; one between the
 * table name and the first column documents the table.
 *
 * Row counts: exact (count(*)) when the file is small enough for that to be
 * cheap (config [sqlite] exact_count_max_mb, default 512), otherwise the
 * estimate in sqlite_stat1 when the file has one, otherwise unknown.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>

#include <sextant/catalog.h>

struct ctx {
	sx_catalog *cat;
	sx_database *db;
	sx_schema *schema;
	sqlite3 *h;
	sx_hmap *tables; /* name -> sx_table* */
	const char *path;
	const sx_progress *progress;
	sx_error *err;
};

static int sql_error(struct ctx *c, int rc, const char *what)
{
	const char *msg = sqlite3_errmsg(c->h);
	int ext = sqlite3_extended_errcode(c->h);
	(void)rc;
	if (ext == SQLITE_NOTADB)
		return sx_error_set(c->err, SX_ECORRUPT, "'%s' is not a SQLite database", c->path);
	if ((ext & 0xff) == SQLITE_BUSY || (ext & 0xff) == SQLITE_LOCKED)
		return sx_error_set(c->err, SX_EBUSY,
				    "'%s' is locked by another process (a writer holds it); try again later",
				    c->path);
	if ((ext & 0xff) == SQLITE_CORRUPT)
		return sx_error_set(c->err, SX_ECORRUPT, "'%s' is damaged: %s", c->path, msg);
	return sx_error_set(c->err, SX_EIO, "cannot read '%s' (%s): %s", c->path, what, msg);
}

static const char *col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/* ------------------------------------------------------------ comments */

/* Scans a CREATE TABLE statement for comments and generation expressions.
 * A small hand scanner: it tracks quotes ('', "", ``, []), parenthesis
 * depth and line numbers; at depth 1, commas split column definitions. */
struct element {
	int line;          /* line where the element's first token starts */
	const char *start, *end;
};

static char *trim_comment(sx_arena *a, const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t' || *s == '-' || *s == '*' || *s == '/')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
		     s[n - 1] == '*' || s[n - 1] == '/'))
		n--;
	return n ? sx_arena_strndup(a, s, n) : NULL;
}

/* The first identifier of an element (a column name), unquoted. */
static size_t element_name(const char *s, const char *end, char *out, size_t n)
{
	size_t len = 0;
	while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++;
	if (s < end && (*s == '"' || *s == '`' || *s == '[')) {
		char close = *s == '[' ? ']' : *s;
		s++;
		while (s < end && len < n - 1) {
			if (*s == close) {
				if (close != ']' && s + 1 < end && s[1] == close) {
					out[len++] = close;
					s += 2;
					continue;
				}
				break;
			}
			out[len++] = *s++;
		}
	} else {
		while (s < end && len < n - 1 && *s != ' ' && *s != '\t' && *s != '\n' &&
		       *s != '(' && *s != ',')
			out[len++] = *s++;
	}
	out[len] = '\0';
	return len;
}

/* A comment seen in the statement: where it is and its text (not owned). */
struct comment_at {
	int line;
	const char *s;
	size_t n;
	bool before_first; /* before the first column: documents the table */
};

/* The scanner's state over one CREATE TABLE text. */
struct create_scan {
	const char *p;
	int depth, line;
	bool in_elem;           /* inside an element at depth 1 */
	struct element cur;     /* the element being read */
	SX_VEC(struct element) el;
	SX_VEC(struct comment_at) cm;
};

/* At depth 1, the first significant character starts an element. */
static void element_begin(struct create_scan *s)
{
	if (s->depth == 1 && !s->in_elem) {
		s->in_elem = true;
		s->cur.line = s->line;
		s->cur.start = s->p;
	}
}

/* A quoted string or name ('', "", ``, []), skipped whole. */
static void skip_quoted(struct create_scan *s)
{
	char close = *s->p == '[' ? ']' : *s->p;
	element_begin(s);
	s->p++;
	while (*s->p && *s->p != close) {
		if (*s->p == '\n')
			s->line++;
		s->p++;
	}
	if (*s->p)
		s->p++;
}

/* "-- ..." up to the end of the line. */
static void read_line_comment(struct create_scan *s)
{
	const char *b = s->p + 2, *e = b;
	struct comment_at k;
	while (*e && *e != '\n')
		e++;
	k.line = s->line;
	k.s = b;
	k.n = (size_t)(e - b);
	k.before_first = s->el.n == 0 && !(s->in_elem && s->cur.line < s->line);
	if (s->depth >= 1)
		SX_VEC_PUSH(&s->cm, k);
	else if (s->depth == 0 && s->el.n == 0)
		SX_VEC_PUSH(&s->cm, k);
	s->p = e;
}

/* A block comment, unterminated ones running to the end. */
static void read_block_comment(struct create_scan *s)
{
	const char *b = s->p + 2, *e = strstr(b, "*/");
	struct comment_at k;
	if (!e)
		e = b + strlen(b);
	k.line = s->line;
	k.s = b;
	k.n = (size_t)(e - b);
	k.before_first = s->el.n == 0 && !s->in_elem;
	if (s->depth <= 1)
		SX_VEC_PUSH(&s->cm, k);
	for (; s->p < e; s->p++)
		if (*s->p == '\n')
			s->line++;
	s->p = *e ? e + 2 : e;
}

/* Ends the current element at s->p (a ',' or the closing ')'). */
static void element_end(struct create_scan *s)
{
	if (s->in_elem) {
		s->cur.end = s->p;
		SX_VEC_PUSH(&s->el, s->cur);
	}
	s->in_elem = false;
}

/* Splits the statement into elements (column and constraint definitions)
 * and collects the comments with their lines. */
static void split_elements(struct create_scan *s)
{
	while (*s->p) {
		char ch = *s->p;
		if (ch == '\n') {
			s->line++;
			s->p++;
		} else if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
			skip_quoted(s);
		} else if (ch == '-' && s->p[1] == '-') {
			read_line_comment(s);
		} else if (ch == '/' && s->p[1] == '*') {
			read_block_comment(s);
		} else if (ch == '(') {
			s->depth++;
			s->p++;
		} else if (ch == ')') {
			if (s->depth == 1)
				element_end(s);
			s->depth--;
			s->p++;
		} else if (s->depth == 1 && ch == ',') {
			element_end(s);
			s->p++;
		} else {
			if (ch != ' ' && ch != '\t' && ch != '\r')
				element_begin(s);
			s->p++;
		}
	}
}

/* The column named by the element [b, e), or NULL. */
static sx_column *element_column(sx_table *t, const char *b, const char *e)
{
	char name[256];
	sx_column *col = NULL;
	size_t ci;
	if (!element_name(b, e, name, sizeof name))
		return NULL;
	for (ci = 0; ci < t->ncols; ci++)
		if (strcmp(t->cols[ci].name, name) == 0)
			col = &t->cols[ci];
	return col;
}

/* A comment before the first column documents the table; one on the line
 * where an element starts documents that element's column. */
static void place_comments(struct ctx *c, sx_table *t, const struct create_scan *s)
{
	size_t i, j;
	for (i = 0; i < s->cm.n; i++) {
		const struct comment_at *k = &s->cm.v[i];
		sx_column *col;
		char *text;
		if (k->before_first) {
			if (!t->comment && (text = trim_comment(c->cat->arena, k->s, k->n)))
				t->comment = text;
			continue;
		}
		/* the last element that starts on the comment's line */
		for (j = s->el.n; j-- > 0;) {
			if (s->el.v[j].line != k->line)
				continue;
			col = element_column(t, s->el.v[j].start, s->el.v[j].end);
			if (col && !col->comment && (text = trim_comment(c->cat->arena, k->s, k->n)))
				col->comment = text;
			break;
		}
	}
}

/* The expression of "AS (expr)" in the element [b, e), into col. */
static void read_gen_expr(struct ctx *c, sx_column *col, const char *b, const char *e)
{
	const char *q;
	for (q = b; q + 2 < e; q++) {
		if ((q[0] == 'A' || q[0] == 'a') && (q[1] == 'S' || q[1] == 's') &&
		    (q == b || q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\n')) {
			const char *r = q + 2, *open;
			int d = 0;
			while (r < e && (*r == ' ' || *r == '\t' || *r == '\n'))
				r++;
			if (r >= e || *r != '(')
				continue;
			open = r;
			for (; r < e; r++) {
				if (*r == '(')
					d++;
				else if (*r == ')' && --d == 0)
					break;
			}
			if (r < e)
				col->gen_expr =
					sx_arena_strndup(c->cat->arena, open + 1, (size_t)(r - open - 1));
			return;
		}
	}
}

/* Generation expressions: "... AS (expr) [STORED|VIRTUAL]" of the columns
 * the pragmas marked generated. */
static void read_gen_exprs(struct ctx *c, sx_table *t, const struct create_scan *s)
{
	size_t j;
	for (j = 0; j < s->el.n; j++) {
		sx_column *col = element_column(t, s->el.v[j].start, s->el.v[j].end);
		if (!col || col->generated == SX_GEN_NONE || col->generated == SX_GEN_IDENTITY)
			continue;
		read_gen_expr(c, col, s->el.v[j].start, s->el.v[j].end);
	}
}

static void scan_create(struct ctx *c, sx_table *t, const char *sql)
{
	struct create_scan s;
	memset(&s, 0, sizeof s);
	s.p = sql;
	s.line = 1;
	split_elements(&s);
	place_comments(c, t, &s);
	read_gen_exprs(c, t, &s);
	SX_VEC_FREE(&s.el);
	SX_VEC_FREE(&s.cm);
}

static bool has_word_nocase(const char *s, const char *w)
{
	size_t n = strlen(w);
	for (; *s; s++)
		if (strncasecmp(s, w, n) == 0)
			return true;
	return false;
}

/* ------------------------------------------------------------ queries */

static int read_objects(struct ctx *c)
{
	static const char q[] =
		"SELECT type, name, sql FROM sqlite_schema "
		"WHERE type IN ('table','view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
		"ORDER BY name";
	sqlite3_stmt *st;
	int rc;

	if ((rc = sqlite3_prepare_v2(c->h, q, -1, &st, NULL)) != SQLITE_OK)
		return sql_error(c, rc, "schema");
	c->db->round_trips++;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *type = col_text(st, 0), *name = col_text(st, 1), *sql = col_text(st, 2);
		bool view = strcmp(type, "view") == 0;
		sx_table *t;
		if (sql && !view && sx_str_startswith(sql, "CREATE VIRTUAL"))
			continue; /* virtual tables (FTS, rtree) have shadow tables */
		t = sx_catalog_add_table(c->cat, c->schema, name, view ? SX_REL_VIEW : SX_REL_TABLE);
		if (!t || sx_hmap_put(c->tables, t->name, t)) {
			sqlite3_finalize(st);
			return sx_error_set(c->err, SX_ENOMEM, "out of memory");
		}
		if (view)
			t->definition = sx_arena_strdup(c->cat->arena, sql);
		else if (sql) {
			const char *tail = strrchr(sql, ')');
			t->without_rowid = tail && has_word_nocase(tail, "without rowid");
			t->user = (void *)sx_arena_strdup(c->cat->arena, sql);
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : sql_error(c, rc, "schema");
}

static int read_columns(struct ctx *c)
{
	static const char q[] =
		"SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden "
		"FROM sqlite_schema m, pragma_table_xinfo(m.name) p "
		"WHERE m.type IN ('table','view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
		"ORDER BY m.name, p.cid";
	sqlite3_stmt *st;
	int rc;
	sx_table *t = NULL;
	/* primary key columns by their ordinal (pk = 1, 2, ...) */
	const char *pkcols[64];
	size_t npk = 0;

	if ((rc = sqlite3_prepare_v2(c->h, q, -1, &st, NULL)) != SQLITE_OK)
		return sql_error(c, rc, "columns");
	c->db->round_trips++;
	for (;;) {
		const char *tname;
		sx_column *col;
		int pk, hidden;
		rc = sqlite3_step(st);
		tname = rc == SQLITE_ROW ? col_text(st, 0) : NULL;
		if (t && (!tname || strcmp(tname, t->name) != 0)) {
			size_t i, n = 0;
			for (i = 0; i < npk; i++)
				n += pkcols[i] != NULL;
			if (n == npk && npk)
				sx_catalog_set_pk(c->cat, t, NULL, npk, pkcols);
			npk = 0;
			t = NULL;
		}
		if (rc != SQLITE_ROW)
			break;
		if (!t) {
			t = sx_hmap_get(c->tables, tname);
			memset(pkcols, 0, sizeof pkcols);
			if (!t)
				continue; /* e.g. a virtual table we skipped */
		}
		hidden = sqlite3_column_int(st, 6);
		if (hidden == 1)
			continue; /* hidden columns of virtual tables */
		col = sx_catalog_add_column(c->cat, t, col_text(st, 1), col_text(st, 2));
		if (!col)
			break;
		col->nullable = sqlite3_column_int(st, 3) == 0;
		col->default_expr = sx_arena_strdup(c->cat->arena, col_text(st, 4));
		col->generated = hidden == 2 ? SX_GEN_VIRTUAL : hidden == 3 ? SX_GEN_STORED : SX_GEN_NONE;
		pk = sqlite3_column_int(st, 5);
		if (pk > 0 && pk <= 64) {
			pkcols[pk - 1] = col->name;
			if ((size_t)pk > npk)
				npk = (size_t)pk;
			/* PRIMARY KEY columns are NOT NULL except in SQLite's
			 * legacy rowid tables, where the rowid alias never is. */
			if (strcasecmp(col->type, "INTEGER") == 0 && !t->without_rowid)
				col->nullable = false;
		}
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_NOMEM || (rc == SQLITE_ROW))
		return sx_error_set(c->err, SX_ENOMEM, "out of memory");
	return rc == SQLITE_DONE ? 0 : sql_error(c, rc, "columns");
}

static int read_fks(struct ctx *c)
{
	static const char q[] =
		"SELECT m.name, f.id, f.seq, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
		"FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
		"WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
		"ORDER BY m.name, f.id, f.seq";
	sqlite3_stmt *st;
	int rc, cur_id = -1;
	sx_table *t = NULL, *cur_t = NULL;
	const char *from[64], *to[64];
	bool to_null = false;
	size_t n = 0;
	const char *ref = NULL, *onu = NULL, *ond = NULL;
	char refbuf[512];

	if ((rc = sqlite3_prepare_v2(c->h, q, -1, &st, NULL)) != SQLITE_OK)
		return sql_error(c, rc, "foreign keys");
	c->db->round_trips++;
	for (;;) {
		int id;
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			t = sx_hmap_get(c->tables, col_text(st, 0));
			id = sqlite3_column_int(st, 1);
		} else {
			t = NULL;
			id = -1;
		}
		if (cur_t && (t != cur_t || id != cur_id) && n) {
			sx_fk *fk = sx_catalog_add_fk(c->cat, cur_t, NULL, n, from, NULL, ref,
						      to_null ? NULL : to);
			if (!fk)
				break;
			if (onu && strcmp(onu, "NO ACTION") != 0)
				fk->on_update = sx_arena_strdup(c->cat->arena, onu);
			if (ond && strcmp(ond, "NO ACTION") != 0)
				fk->on_delete = sx_arena_strdup(c->cat->arena, ond);
			if (!sx_hmap_get(c->tables, ref))
				sx_catalog_add_warning(c->cat, c->db,
						       "foreign key of '%s' refers to missing table '%s'",
						       cur_t->name, ref);
			n = 0;
		}
		if (rc != SQLITE_ROW)
			break;
		if (!t)
			continue;
		if (t != cur_t || id != cur_id) {
			cur_t = t;
			cur_id = id;
			n = 0;
			to_null = false;
			snprintf(refbuf, sizeof refbuf, "%s", col_text(st, 3));
			ref = sx_arena_strdup(c->cat->arena, refbuf);
			onu = sx_arena_strdup(c->cat->arena, col_text(st, 6));
			ond = sx_arena_strdup(c->cat->arena, col_text(st, 7));
		}
		if (n < 64) {
			from[n] = sx_arena_strdup(c->cat->arena, col_text(st, 4));
			to[n] = sx_arena_strdup(c->cat->arena, col_text(st, 5));
			/* "REFERENCES parent" without columns means the PK */
			if (!to[n])
				to_null = true;
			n++;
		}
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return sx_error_set(c->err, SX_ENOMEM, "out of memory");
	return rc == SQLITE_DONE ? 0 : sql_error(c, rc, "foreign keys");
}

static int read_indexes(struct ctx *c)
{
	static const char q[] =
		"SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, ii.name, ii.cid "
		"FROM sqlite_schema m, pragma_index_list(m.name) il, pragma_index_xinfo(il.name) ii "
		"WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND ii.key = 1 "
		"ORDER BY m.name, il.name, ii.seqno";
	sqlite3_stmt *st;
	int rc;
	sx_table *cur_t = NULL;
	char cur_ix[512] = "", origin[4] = "";
	const char *cols[64];
	size_t n = 0;
	bool uniq = false, partial = false;

	if ((rc = sqlite3_prepare_v2(c->h, q, -1, &st, NULL)) != SQLITE_OK)
		return sql_error(c, rc, "indexes");
	c->db->round_trips++;
	for (;;) {
		sx_table *t = NULL;
		const char *ixname = NULL;
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			t = sx_hmap_get(c->tables, col_text(st, 0));
			ixname = col_text(st, 1);
		}
		if (cur_t && n && (t != cur_t || !ixname || strcmp(ixname, cur_ix) != 0)) {
			sx_index *ix = sx_catalog_add_index(c->cat, cur_t, cur_ix, uniq, n, cols);
			if (!ix)
				break;
			ix->primary = strcmp(origin, "pk") == 0;
			ix->method = "btree";
			if (partial)
				ix->predicate = "(partial)";
			if (strcmp(origin, "u") == 0)
				sx_catalog_add_unique(c->cat, cur_t, NULL, n, cols);
			/* WITHOUT ROWID tables and PRIMARY KEY(a,b) report the
			 * PK through table_xinfo already. */
			n = 0;
		}
		if (rc != SQLITE_ROW)
			break;
		if (!t) {
			cur_t = NULL;
			continue;
		}
		if (t != cur_t || strcmp(ixname, cur_ix) != 0) {
			cur_t = t;
			snprintf(cur_ix, sizeof cur_ix, "%s", ixname);
			snprintf(origin, sizeof origin, "%s", col_text(st, 3));
			uniq = sqlite3_column_int(st, 2) != 0;
			partial = sqlite3_column_int(st, 4) != 0;
			n = 0;
		}
		if (n < 64)
			cols[n++] = sx_arena_strdup(c->cat->arena,
						    col_text(st, 5) ? col_text(st, 5) : "<expression>");
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return sx_error_set(c->err, SX_ENOMEM, "out of memory");
	if (rc != SQLITE_DONE)
		return sql_error(c, rc, "indexes");
	/* Index names are only unique per database; the partial predicate
	 * text is in sqlite_schema.sql, fetched here only for partial ones. */
	return 0;
}

static bool has_stat1(struct ctx *c)
{
	sqlite3_stmt *st;
	bool yes = false;
	if (sqlite3_prepare_v2(c->h, "SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'", -1,
			       &st, NULL) == SQLITE_OK) {
		yes = sqlite3_step(st) == SQLITE_ROW;
		sqlite3_finalize(st);
	}
	return yes;
}

static int read_counts(struct ctx *c, bool exact)
{
	size_t i;
	int rc;

	if (!exact) {
		sqlite3_stmt *st;
		if (!has_stat1(c))
			return 0;
		/* stat is "nrows avg-per-key..."; one row per index, or NULL idx */
		if (sqlite3_prepare_v2(c->h, "SELECT tbl, max(CAST(stat AS INTEGER)) FROM sqlite_stat1 GROUP BY tbl",
				       -1, &st, NULL) != SQLITE_OK)
			return 0;
		c->db->round_trips++;
		while (sqlite3_step(st) == SQLITE_ROW) {
			sx_table *t = sx_hmap_get(c->tables, col_text(st, 0));
			if (t) {
				t->row_count = sqlite3_column_int64(st, 1);
				t->rows_exact = false;
			}
		}
		sqlite3_finalize(st);
		return 0;
	}
	for (i = 0; i < c->schema->ntables; i++) {
		sx_table *t = c->schema->tables[i];
		sx_buf q = SX_BUF_INIT;
		sqlite3_stmt *st;
		const char *p;
		if (t->kind != SX_REL_TABLE)
			continue;
		/* identifiers are quoted with SQLite's own rule: "" doubles */
		sx_buf_puts(&q, "SELECT count(*) FROM \"");
		for (p = t->name; *p; p++) {
			if (*p == '"')
				sx_buf_putc(&q, '"');
			sx_buf_putc(&q, *p);
		}
		sx_buf_puts(&q, "\"");
		rc = sqlite3_prepare_v2(c->h, sx_buf_cstr(&q), -1, &st, NULL);
		sx_buf_release(&q);
		if (rc != SQLITE_OK) {
			sx_catalog_add_warning(c->cat, c->db, "cannot count rows of '%s': %s", t->name,
					       sqlite3_errmsg(c->h));
			continue;
		}
		c->db->round_trips++;
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			t->row_count = sqlite3_column_int64(st, 0);
			t->rows_exact = true;
		}
		sqlite3_finalize(st);
		if (rc != SQLITE_ROW)
			return sql_error(c, rc, "row counts");
		if (i % 256 == 0)
			sx_progress_report(c->progress, "counting rows", (int64_t)i, (int64_t)c->schema->ntables);
	}
	return 0;
}

int sx_sqlite_introspect(sx_catalog *cat, const char *path, const sx_source_opts *opts,
			 sx_database **out, sx_error *err)
{
	struct ctx c = {0};
	sx_catalog *scratch = NULL;
	struct stat stt;
	char stem[256], now[32];
	size_t i;
	int rc, flags;
	long exact_max_mb;

	*out = NULL;
	c.path = path;
	c.err = err;
	c.progress = opts->progress;
	if (stat(path, &stt) != 0)
		return sx_error_set(err, errno == ENOENT ? SX_ENOTFOUND : SX_EIO,
				    "cannot open '%s': %s", path, strerror(errno));
	if (S_ISDIR(stt.st_mode))
		return sx_error_set(err, SX_EINVAL, "'%s' is a directory, not a database file", path);
	if (sx_path_stem(path, stem, sizeof stem))
		return sx_error_set(err, SX_EINVAL, "bad database path '%s'", path);
	if ((rc = sx_catalog_new(&scratch, err)))
		return rc;
	flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
	if (sqlite3_open_v2(path, &c.h, flags, NULL) != SQLITE_OK) {
		rc = sx_error_set(err, SX_EIO, "cannot open '%s': %s", path,
				  c.h ? sqlite3_errmsg(c.h) : "out of memory");
		goto cleanup;
	}
	sqlite3_busy_timeout(c.h, (int)sx_config_get_int(opts->config, "sqlite", "busy_timeout_ms", 2000));
	c.cat = scratch;
	c.tables = sx_hmap_new(256);
	c.db = sx_catalog_add_database(scratch, stem, SX_DB_SQLITE);
	c.schema = c.db ? sx_catalog_add_schema(scratch, c.db, "main") : NULL;
	if (!c.tables || !c.schema) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto cleanup;
	}
	c.db->dsn = sx_arena_printf(scratch->arena, "sqlite:%s", path);
	c.db->server_version = sx_arena_printf(scratch->arena, "SQLite %s", sqlite3_libversion());
	sx_now_iso(now, sizeof now);
	c.db->analysed_at = sx_arena_strdup(scratch->arena, now);

	sx_progress_report(opts->progress, "reading schema", 0, 4);
	/* A read transaction gives every query the same snapshot. */
	if ((rc = sqlite3_exec(c.h, "BEGIN", NULL, NULL, NULL)) != SQLITE_OK) {
		rc = sql_error(&c, rc, "begin");
		goto cleanup;
	}
	if ((rc = read_objects(&c)))
		goto cleanup;
	if (c.schema->ntables == 0) {
		rc = sx_error_set(err, SX_EEMPTY, "database '%s' has no tables or views", path);
		goto cleanup;
	}
	sx_progress_report(opts->progress, "reading columns", 1, 4);
	if ((rc = read_columns(&c)))
		goto cleanup;
	sx_progress_report(opts->progress, "reading keys", 2, 4);
	if ((rc = read_fks(&c)) || (rc = read_indexes(&c)))
		goto cleanup;
	for (i = 0; i < c.schema->ntables; i++) {
		sx_table *t = c.schema->tables[i];
		if (t->user) {
			scan_create(&c, t, t->user);
			/* AUTOINCREMENT marks the rowid alias as an identity */
			if (t->pk.ncols == 1 && has_word_nocase(t->user, "autoincrement")) {
				sx_column *col = (sx_column *)sx_table_find_column(t, t->pk.cols[0]);
				if (col)
					col->generated = SX_GEN_IDENTITY;
			}
			t->user = NULL;
		}
		if (opts->ignore_declared_fks)
			t->nfks = 0;
	}
	sx_progress_report(opts->progress, "counting rows", 3, 4);
	exact_max_mb = sx_config_get_int(opts->config, "sqlite", "exact_count_max_mb", 512);
	if ((rc = read_counts(&c, opts->exact_counts ||
					  stt.st_size <= (off_t)exact_max_mb * 1024 * 1024)))
		goto cleanup;
	sqlite3_exec(c.h, "COMMIT", NULL, NULL, NULL);
	sx_progress_report(opts->progress, "done", 4, 4);
	*out = c.db;
	rc = sx_catalog_merge(cat, scratch, err);
	scratch = NULL;
	if (rc)
		*out = NULL;
cleanup:
	if (c.h)
		sqlite3_close(c.h);
	sx_hmap_free(c.tables);
	sx_catalog_free(scratch);
	return rc;
}
