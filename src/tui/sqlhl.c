/*
 * sqlhl.c - SQL syntax highlighting for the code view, from PostgreSQL's
 * own lexer through sx_pgsql_scan (so keywords, dollar quotes and nested
 * comments are classified exactly as the server would).
 *
 * Text the scanner rejects (another dialect, an unterminated quote) is
 * shown unhighlighted. UI thread: sx_pgsql_shutdown at exit frees the
 * scanner's memory of this (main) thread.
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/pgsql.h>

#include "tui_int.h"

static int style_of(const sx_pgsql_token *t)
{
	switch (t->kind) {
	case SX_PGSQL_TOK_KEYWORD:
		return TS_SQL_KEYWORD;
	case SX_PGSQL_TOK_STRING:
		return TS_SQL_STRING;
	case SX_PGSQL_TOK_NUMBER:
	case SX_PGSQL_TOK_PARAM:
		return TS_SQL_NUMBER;
	case SX_PGSQL_TOK_COMMENT:
		return TS_SQL_COMMENT;
	case SX_PGSQL_TOK_IDENT:
		return TS_SQL_IDENT;
	case SX_PGSQL_TOK_OPERATOR:
		return TS_SQL_OPERATOR;
	default:
		return TS_NORMAL;
	}
}

void tui_sql_shutdown(void)
{
	sx_pgsql_shutdown();
}

int tui_sql_to_doc(tui_doc *d, const char *sql)
{
	sx_pgsql_token *toks;
	size_t len = strlen(sql), pos = 0, n, i;
	int rc = 0;

	tui_doc_newline(d);
	if (sx_pgsql_scan(&toks, &n, sql, NULL, NULL)) {
		rc = tui_doc_append(d, TS_NORMAL, sql, len);
		tui_doc_newline(d);
		return rc;
	}
	for (i = 0; i < n && !rc; i++) {
		const sx_pgsql_token *t = &toks[i];
		if (t->start < pos)
			continue;
		if (t->start > pos)
			rc = tui_doc_append(d, TS_NORMAL, sql + pos, t->start - pos);
		if (!rc)
			rc = tui_doc_append(d, style_of(t), sql + t->start, t->end - t->start);
		pos = t->end;
	}
	if (!rc && pos < len)
		rc = tui_doc_append(d, TS_NORMAL, sql + pos, len - pos);
	free(toks);
	tui_doc_newline(d);
	return rc;
}
