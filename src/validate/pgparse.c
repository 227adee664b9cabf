/*
 * pgparse.c - the validators' view of PostgreSQL's grammar, through the
 * shared libpg_query wrapper (sextant/pgsql.h). The parse
 * tree is taken as libpg_query's JSON (parsed with cJSON) because the
 * binder walks it generically: any node may hold a ColumnRef or a SubLink,
 * and a generic walk over JSON objects reaches them all without a case per
 * node type.
 *
 * Positions: libpg_query reports a syntax error's cursorpos as a 1-based
 * position in characters; the tree's "location" fields are 0-based byte
 * offsets (NOTES-deps.md). sx__text_pos turns either into the line and
 * column (in characters) a user sees in an editor.
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/pgsql.h>

#include "validate_int.h"

void sx__text_pos(const char *text, long off, bool chars, int *line, int *col)
{
	const unsigned char *p = (const unsigned char *)text;
	long i = 0, ch = 0;
	int l = 1, c = 1;

	if (!text || off < 0) {
		*line = *col = 0;
		return;
	}
	if (chars)
		off -= 1; /* to a 0-based character index */
	while (p[i] && (chars ? ch < off : i < off)) {
		long len = 1;
		while (p[i + len] && (p[i + len] & 0xC0) == 0x80)
			len++; /* continuation bytes of one UTF-8 character */
		if (p[i] == '\n') {
			l++;
			c = 1;
		} else {
			c++;
		}
		i += len;
		ch++;
	}
	*line = l;
	*col = c;
}

int sx__pg_parse(const char *sql, sx_pgparse *out, sx_error *err)
{
	sx_pgsql_syntax where;
	sx_error perr = {0};
	char *json = NULL;
	int rc;

	memset(out, 0, sizeof *out);
	rc = sx_pgsql_parse(&json, sql, &where, &perr);
	if (rc == SX_EPARSE) {
		/* the wrapper counts the column in characters, as an editor does */
		out->error = sx_strdup(where.message[0] ? where.message : "syntax error");
		out->line = where.line;
		out->col = where.column;
		if (!out->error)
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		return 0;
	}
	if (rc) {
		if (err)
			*err = perr;
		return rc;
	}
	out->tree = cJSON_Parse(json ? json : "{}");
	free(json);
	if (!out->tree) {
		/* cJSON refuses trees nested deeper than CJSON_NESTING_LIMIT
		 * (1000): a hostile or generated expression, not a lack of
		 * memory. The caller says it was not checked. */
		out->too_deep = true;
		return 0;
	}
	return 0;
}

void sx__pg_parse_release(sx_pgparse *p)
{
	if (!p)
		return;
	cJSON_Delete(p->tree);
	free(p->error);
	memset(p, 0, sizeof *p);
}
