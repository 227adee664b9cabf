/*
 * sqlhl.c - SQL syntax highlighting for the code view, from libpg_query's
 * scanner (the PostgreSQL 15 lexer itself, so keywords, dollar quotes and
 * nested comments are classified exactly as the server would).
 *
 * pg_query_scan returns its tokens as a protobuf (ScanResult); the few
 * fields we need are decoded here directly rather than through protobuf-c,
 * whose headers Debian does not ship with libpg-query-dev:
 *   ScanResult { int32 version = 1; repeated ScanToken tokens = 2; }
 *   ScanToken  { int32 start = 1; int32 end = 2; Token token = 4;
 *                KeywordKind keyword_kind = 5; }
 * Text the scanner rejects (another dialect, an unterminated quote) is
 * shown unhighlighted. UI thread (libpg_query keeps per-thread state).
 */
#include <stdlib.h>
#include <string.h>

#include <pg_query.h>

#include "tui_int.h"

/* Token numbers from pg_query.proto (enum Token). */
enum {
	T_IDENT = 258, T_UIDENT, T_FCONST, T_SCONST, T_USCONST, T_BCONST, T_XCONST, T_OP,
	T_ICONST, T_PARAM, T_TYPECAST, T_DOT_DOT, T_COLON_EQUALS, T_EQUALS_GREATER,
	T_LESS_EQUALS, T_GREATER_EQUALS, T_NOT_EQUALS, T_SQL_COMMENT, T_C_COMMENT
};

typedef struct {
	const unsigned char *p, *end;
	bool bad;
} pb;

static uint64_t varint(pb *b)
{
	uint64_t v = 0;
	int shift = 0;
	while (b->p < b->end && shift < 64) {
		unsigned char c = *b->p++;
		v |= (uint64_t)(c & 0x7f) << shift;
		if (!(c & 0x80))
			return v;
		shift += 7;
	}
	b->bad = true;
	return 0;
}

/* Skips a field of the given wire type. */
static void skip(pb *b, int wt)
{
	uint64_t n;
	switch (wt) {
	case 0:
		varint(b);
		break;
	case 1:
		n = 8;
		goto fixed;
	case 5:
		n = 4;
		goto fixed;
	case 2:
		n = varint(b);
	fixed:
		if ((uint64_t)(b->end - b->p) < n)
			b->bad = true;
		else
			b->p += n;
		break;
	default:
		b->bad = true;
	}
}

typedef struct {
	int start, end, token, kw;
} scan_tok;

static int decode_token(const unsigned char *p, size_t n, scan_tok *t)
{
	pb b = {p, p + n, false};
	memset(t, 0, sizeof *t);
	while (b.p < b.end && !b.bad) {
		uint64_t key = varint(&b);
		int field = (int)(key >> 3), wt = (int)(key & 7);
		if (wt == 0 && (field == 1 || field == 2 || field == 4 || field == 5)) {
			int v = (int)varint(&b);
			if (field == 1)
				t->start = v;
			else if (field == 2)
				t->end = v;
			else if (field == 4)
				t->token = v;
			else
				t->kw = v;
		} else {
			skip(&b, wt);
		}
	}
	return b.bad ? SX_ECORRUPT : 0;
}

static int style_of(const scan_tok *t)
{
	if (t->kw)
		return TS_SQL_KEYWORD;
	switch (t->token) {
	case T_SCONST:
	case T_USCONST:
	case T_BCONST:
	case T_XCONST:
		return TS_SQL_STRING;
	case T_ICONST:
	case T_FCONST:
	case T_PARAM:
		return TS_SQL_NUMBER;
	case T_SQL_COMMENT:
	case T_C_COMMENT:
		return TS_SQL_COMMENT;
	case T_IDENT:
	case T_UIDENT:
		return TS_SQL_IDENT;
	case T_OP:
	case T_TYPECAST:
	case T_DOT_DOT:
	case T_COLON_EQUALS:
	case T_EQUALS_GREATER:
	case T_LESS_EQUALS:
	case T_GREATER_EQUALS:
	case T_NOT_EQUALS:
		return TS_SQL_OPERATOR;
	default:
		if (t->token < 256 && strchr("+-*/<>=%^|", t->token))
			return TS_SQL_OPERATOR;
		return TS_NORMAL;
	}
}

static bool scanned; /* libpg_query set up its memory on this thread */

void tui_sql_shutdown(void)
{
	/* pg_query_exit on a thread that never used libpg_query crashes */
	if (scanned)
		pg_query_exit();
	scanned = false;
}

int tui_sql_to_doc(tui_doc *d, const char *sql)
{
	PgQueryScanResult r;
	pb b;
	size_t len = strlen(sql), pos = 0;
	int rc = 0;

	tui_doc_newline(d);
	scanned = true;
	r = pg_query_scan(sql);
	if (r.error) {
		pg_query_free_scan_result(r);
		rc = tui_doc_append(d, TS_NORMAL, sql, len);
		tui_doc_newline(d);
		return rc;
	}
	b.p = (const unsigned char *)r.pbuf.data;
	b.end = b.p + r.pbuf.len;
	b.bad = false;
	while (b.p < b.end && !b.bad && !rc) {
		uint64_t key = varint(&b);
		scan_tok t;
		uint64_t n;
		if ((key >> 3) != 2 || (key & 7) != 2) {
			skip(&b, (int)(key & 7));
			continue;
		}
		n = varint(&b);
		if ((uint64_t)(b.end - b.p) < n || decode_token(b.p, (size_t)n, &t)) {
			b.bad = true;
			break;
		}
		b.p += n;
		if (t.start < 0 || t.end < t.start || (size_t)t.end > len || (size_t)t.start < pos)
			continue;
		if ((size_t)t.start > pos)
			rc = tui_doc_append(d, TS_NORMAL, sql + pos, (size_t)t.start - pos);
		if (!rc)
			rc = tui_doc_append(d, style_of(&t), sql + t.start, (size_t)(t.end - t.start));
		pos = (size_t)t.end;
	}
	if (!rc && pos < len)
		rc = tui_doc_append(d, TS_NORMAL, sql + pos, len - pos);
	pg_query_free_scan_result(r);
	tui_doc_newline(d);
	return rc;
}
