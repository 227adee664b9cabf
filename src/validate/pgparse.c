/*
 * pgparse.c - the one file of src/validate that calls libpg_query.
 *
 * Keeping every pg_query_* call here means the module can move to the
 * shared libpg_query wrapper in core by editing this file alone. The parse
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
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>

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
	PgQueryParseResult r;

	memset(out, 0, sizeof *out);
	r = pg_query_parse(sql);
	if (r.error) {
		out->error = sx_strdup(r.error->message ? r.error->message : "syntax error");
		sx__text_pos(sql, r.error->cursorpos > 0 ? r.error->cursorpos : 1, true, &out->line,
			     &out->col);
		pg_query_free_parse_result(r);
		if (!out->error)
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		return 0;
	}
	out->tree = cJSON_Parse(r.parse_tree ? r.parse_tree : "{}");
	pg_query_free_parse_result(r);
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
