/*
 * pgsql.c - the one place that calls libpg_query (see sextant/pgsql.h).
 *
 * Owns: turning libpg_query's results into Sextant's conventions (int
 * return, sx_error, caller-owned heap results, byte offsets plus
 * line/column), and knowing whether the current thread has libpg_query
 * memory to free.
 *
 * pg_query_scan returns its tokens as a protobuf (ScanResult); the few
 * fields we need are decoded here by hand rather than through protobuf-c,
 * so the engine does not link protobuf-c for four integers:
 *   ScanResult { int32 version = 1; repeated ScanToken tokens = 2; }
 *   ScanToken  { int32 start = 1; int32 end = 2; Token token = 4;
 *                KeywordKind keyword_kind = 5; }
 * The token numbers below are pg_query.proto's enum Token.
 *
 * The scanner splitter is ours (psql's rules over pg_query_scan's tokens),
 * not pg_query_split_with_scanner, which silently drops text after an
 * unbalanced '(' and statements that start with no keyword.
 *
 * Any thread; each thread's libpg_query state is its own (a _Thread_local
 * records whether this thread has some, see pq_state).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <pg_query.h>

#include <sextant/pgsql.h>

enum {
	T_IDENT = 258, T_UIDENT, T_FCONST, T_SCONST, T_USCONST, T_BCONST, T_XCONST, T_OP,
	T_ICONST, T_PARAM, T_TYPECAST, T_DOT_DOT, T_COLON_EQUALS, T_EQUALS_GREATER,
	T_LESS_EQUALS, T_GREATER_EQUALS, T_NOT_EQUALS, T_SQL_COMMENT, T_C_COMMENT
};

/* This thread's libpg_query state: libpg_query sets up a memory context
 * per thread on first use and frees it through a thread-exit destructor.
 * pg_query_exit() frees it early but leaves that destructor armed and the
 * context pointer dangling, so after it the thread must neither exit
 * (double free) nor parse again (use after free). Hence sx_pgsql_shutdown
 * acts on the main thread only, and refuses later use there. */
enum { PQ_UNUSED, PQ_USED, PQ_SHUT };
static _Thread_local int pq_state;

static bool main_thread(void)
{
	return (pid_t)syscall(SYS_gettid) == getpid();
}

void sx_pgsql_shutdown(void)
{
	/* pg_query_exit on a thread that never used libpg_query crashes */
	if (pq_state == PQ_USED && main_thread()) {
		pg_query_exit();
		pq_state = PQ_SHUT;
	}
}

/* Called before every libpg_query call; non-zero when it must not run. */
static int enter(const char *text, sx_error *err)
{
	if (!text)
		return sx_error_set(err, SX_EINVAL, "no SQL text given");
	if (pq_state == PQ_SHUT)
		return sx_error_set(err, SX_EINVAL, "the SQL parser was shut down on this thread");
	pq_state = PQ_USED;
	return 0;
}

/* ------------------------------------------------------------ errors */

/* Byte offset in text of the 1-based character position pos. */
static size_t char_to_byte(const char *text, size_t len, int pos)
{
	size_t i = 0;
	int c = 1;
	while (i < len && c < pos) {
		i++;
		while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80)
			i++;
		c++;
	}
	return i;
}

/* Fills where and err from a libpg_query error; returns SX_EPARSE. */
static int syntax(const char *text, const PgQueryError *e, sx_pgsql_syntax *where, sx_error *err)
{
	sx_pgsql_syntax w;
	const char *msg = e && e->message ? e->message : "syntax error";
	char *clean;

	memset(&w, 0, sizeof w);
	snprintf(w.message, sizeof w.message, "%s", msg);
	if (e && e->cursorpos > 0) {
		size_t i, len = strlen(text);
		w.offset = char_to_byte(text, len, e->cursorpos);
		w.line = 1;
		w.column = 1;
		for (i = 0; i < w.offset; i++) {
			if (text[i] == '\n') {
				w.line++;
				w.column = 1;
			} else if (((unsigned char)text[i] & 0xC0) != 0x80) {
				w.column++;
			}
		}
	}
	if (where)
		*where = w;
	/* the message may quote the input: keep controls out of err */
	clean = sx_sanitize(msg, false);
	if (w.line)
		sx_error_set(err, SX_EPARSE, "%s at line %d, column %d", clean ? clean : "syntax error",
			     w.line, w.column);
	else
		sx_error_set(err, SX_EPARSE, "%s", clean ? clean : "syntax error");
	free(clean);
	return SX_EPARSE;
}

static int oom(sx_error *err)
{
	return sx_error_set(err, SX_ENOMEM, "out of memory");
}

/* ------------------------------------------------------------ parse */

int sx_pgsql_parse(char **out_json, const char *text, sx_pgsql_syntax *where, sx_error *err)
{
	PgQueryParseResult r;
	int rc = 0;

	*out_json = NULL;
	if ((rc = enter(text, err)))
		return rc;
	r = pg_query_parse(text);
	if (r.error)
		rc = syntax(text, r.error, where, err);
	else if (!(*out_json = sx_strdup(r.parse_tree ? r.parse_tree : "{}")))
		rc = oom(err);
	pg_query_free_parse_result(r);
	return rc;
}

/* ------------------------------------------------------------ split */

static int split_parser(sx_pgsql_stmt **out, size_t *n, const char *text, sx_pgsql_syntax *where,
			sx_error *err)
{
	PgQuerySplitResult r;
	size_t len, k = 0;
	int i, rc = 0;

	len = strlen(text);
	r = pg_query_split_with_parser(text);
	if (r.error) {
		rc = syntax(text, r.error, where, err);
		goto done;
	}
	if (r.n_stmts <= 0)
		goto done;
	if (!(*out = sx_calloc((size_t)r.n_stmts, sizeof **out))) {
		rc = oom(err);
		goto done;
	}
	for (i = 0; i < r.n_stmts; i++) {
		size_t off = (size_t)r.stmts[i]->stmt_location, sl = (size_t)r.stmts[i]->stmt_len;
		if (off > len)
			continue;
		if (sl == 0 || sl > len - off) /* 0: the last one runs to the end */
			sl = len - off;
		(*out)[k].offset = off;
		(*out)[k].len = sl;
		k++;
	}
	*n = k;
	if (!k) {
		free(*out);
		*out = NULL;
	}
done:
	pg_query_free_split_result(r);
	return rc;
}

static bool tok_is(const char *text, const sx_pgsql_token *t, const char *w)
{
	size_t n = strlen(w);
	return t->end - t->start == n && strncasecmp(text + t->start, w, n) == 0;
}

/* The scanner splitter, psql's rules over PostgreSQL's own tokens: a ';'
 * ends a statement unless it is inside parentheses or inside the
 * BEGIN ... END body of CREATE [OR REPLACE] FUNCTION|PROCEDURE. Not
 * libpg_query's pg_query_split_with_scanner: that one silently drops a
 * statement whose first word is no keyword and, after an unbalanced '(',
 * everything up to the end of the text (a DDL file with a missing ')'
 * lost its remaining tables without an error). Here every token belongs
 * to some statement, so a later parse of the statements sees all of the
 * text; an unbalanced '(' makes its statement run to the end of the text,
 * where the parser rejects it at the first ';'. */
static int split_scanner(sx_pgsql_stmt **out, size_t *n, const char *text, sx_pgsql_syntax *where,
			 sx_error *err)
{
	sx_pgsql_token *t = NULL;
	size_t nt = 0, i, from = 0;
	SX_VEC(sx_pgsql_stmt) st = {0};
	int rc, paren = 0, begin = 0, words = 0;
	char head[4] = {0}; /* first letters of the first words, as psql */
	bool code = false;  /* a token other than a comment since the last ';' */

	if ((rc = sx_pgsql_scan(&t, &nt, text, where, err)))
		return rc;
	for (i = 0; i < nt; i++) {
		const sx_pgsql_token *k = &t[i];
		if (k->kind == SX_PGSQL_TOK_COMMENT)
			continue;
		if (k->token == ';' && paren == 0 && begin == 0) {
			if (code) {
				sx_pgsql_stmt s = {from, k->start - from};
				if (SX_VEC_PUSH(&st, s)) {
					rc = oom(err);
					goto done;
				}
			}
			from = k->end;
			code = false;
			paren = begin = words = 0;
			memset(head, 0, sizeof head);
			continue;
		}
		code = true;
		if (k->token == '(') {
			paren++;
		} else if (k->token == ')') {
			if (paren > 0)
				paren--;
		} else if (k->kind == SX_PGSQL_TOK_KEYWORD || k->kind == SX_PGSQL_TOK_IDENT) {
			bool routine;
			if (words < 4 && (tok_is(text, k, "create") || tok_is(text, k, "or") ||
					  tok_is(text, k, "replace") || tok_is(text, k, "function") ||
					  tok_is(text, k, "procedure")))
				head[words] = (char)(text[k->start] | 0x20);
			words++;
			routine = head[0] == 'c' &&
				  (head[1] == 'f' || head[1] == 'p' ||
				   (head[1] == 'o' && head[2] == 'r' && (head[3] == 'f' || head[3] == 'p')));
			if (routine && paren == 0) {
				if (tok_is(text, k, "begin"))
					begin++;
				else if (tok_is(text, k, "case") && begin > 0)
					begin++;
				else if (tok_is(text, k, "end") && begin > 0)
					begin--;
			}
		}
	}
	if (code) {
		/* the last statement, without ';' or with an unclosed '(' */
		sx_pgsql_stmt s = {from, strlen(text) - from};
		if (SX_VEC_PUSH(&st, s)) {
			rc = oom(err);
			goto done;
		}
	}
	*out = st.v;
	*n = st.n;
	st.v = NULL;
done:
	SX_VEC_FREE(&st);
	free(t);
	return rc;
}

int sx_pgsql_split(sx_pgsql_stmt **out, size_t *n, const char *text, sx_pgsql_splitter how,
		   sx_pgsql_syntax *where, sx_error *err)
{
	int rc;

	*out = NULL;
	*n = 0;
	if ((rc = enter(text, err)))
		return rc;
	return how == SX_PGSQL_SPLIT_PARSER ? split_parser(out, n, text, where, err)
					   : split_scanner(out, n, text, where, err);
}

/* ------------------------------------------------------------ scan */

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

static sx_pgsql_tok_kind kind_of(int token, int kw)
{
	if (kw)
		return SX_PGSQL_TOK_KEYWORD;
	switch (token) {
	case T_SCONST:
	case T_USCONST:
	case T_BCONST:
	case T_XCONST:
		return SX_PGSQL_TOK_STRING;
	case T_ICONST:
	case T_FCONST:
		return SX_PGSQL_TOK_NUMBER;
	case T_PARAM:
		return SX_PGSQL_TOK_PARAM;
	case T_SQL_COMMENT:
	case T_C_COMMENT:
		return SX_PGSQL_TOK_COMMENT;
	case T_IDENT:
	case T_UIDENT:
		return SX_PGSQL_TOK_IDENT;
	case T_OP:
	case T_TYPECAST:
	case T_DOT_DOT:
	case T_COLON_EQUALS:
	case T_EQUALS_GREATER:
	case T_LESS_EQUALS:
	case T_GREATER_EQUALS:
	case T_NOT_EQUALS:
		return SX_PGSQL_TOK_OPERATOR;
	default:
		/* single characters come as their own code */
		if (token > 0 && token < 256 && strchr("+-*/<>=%^|", token))
			return SX_PGSQL_TOK_OPERATOR;
		return SX_PGSQL_TOK_OTHER;
	}
}

/* Decodes one ScanToken; false when it is malformed. */
static bool decode_token(const unsigned char *p, size_t n, int v[6])
{
	pb b = {p, p + n, false};
	memset(v, 0, 6 * sizeof *v);
	while (b.p < b.end && !b.bad) {
		uint64_t key = varint(&b);
		int field = (int)(key >> 3), wt = (int)(key & 7);
		if (wt == 0 && field >= 1 && field <= 5)
			v[field] = (int)varint(&b);
		else
			skip(&b, wt);
	}
	return !b.bad;
}

int sx_pgsql_scan(sx_pgsql_token **out, size_t *n, const char *text, sx_pgsql_syntax *where,
		  sx_error *err)
{
	PgQueryScanResult r;
	SX_VEC(sx_pgsql_token) toks = {0};
	size_t len;
	pb b;
	int rc = 0;

	*out = NULL;
	*n = 0;
	if ((rc = enter(text, err)))
		return rc;
	len = strlen(text);
	r = pg_query_scan(text);
	if (r.error) {
		rc = syntax(text, r.error, where, err);
		goto done;
	}
	b.p = (const unsigned char *)r.pbuf.data;
	b.end = b.p + r.pbuf.len;
	b.bad = false;
	while (b.p < b.end && !b.bad) {
		uint64_t key = varint(&b), sz;
		int v[6];
		sx_pgsql_token t;
		if ((key >> 3) != 2 || (key & 7) != 2) {
			skip(&b, (int)(key & 7));
			continue;
		}
		sz = varint(&b);
		if (b.bad || (uint64_t)(b.end - b.p) < sz || !decode_token(b.p, (size_t)sz, v)) {
			b.bad = true;
			break;
		}
		b.p += sz;
		/* fields: 1 start, 2 end, 4 token, 5 keyword kind */
		if (v[1] < 0 || v[2] < v[1] || (size_t)v[2] > len)
			continue;
		t.start = (size_t)v[1];
		t.end = (size_t)v[2];
		t.token = v[4];
		t.keyword = v[5] >= SX_PGSQL_KW_NONE && v[5] <= SX_PGSQL_KW_RESERVED
				    ? (sx_pgsql_kw_kind)v[5]
				    : SX_PGSQL_KW_NONE;
		t.kind = kind_of(t.token, v[5]);
		if (SX_VEC_PUSH(&toks, t)) {
			rc = oom(err);
			goto done;
		}
	}
	if (b.bad) {
		rc = sx_error_set(err, SX_ECORRUPT, "libpg_query returned malformed scan tokens");
		goto done;
	}
	*out = toks.v;
	*n = toks.n;
	toks.v = NULL;
done:
	SX_VEC_FREE(&toks);
	pg_query_free_scan_result(r);
	return rc;
}

/* ------------------------------------------------------------ fingerprint */

int sx_pgsql_fingerprint(uint64_t *out, const char *text, sx_pgsql_syntax *where,
			 sx_error *err)
{
	PgQueryFingerprintResult r;
	int rc = 0;

	*out = 0;
	if ((rc = enter(text, err)))
		return rc;
	r = pg_query_fingerprint(text);
	if (r.error)
		rc = syntax(text, r.error, where, err);
	else
		*out = r.fingerprint;
	pg_query_free_fingerprint_result(r);
	return rc;
}

int sx_pgsql_normalize(char **out, const char *text, sx_pgsql_syntax *where, sx_error *err)
{
	PgQueryNormalizeResult r;
	int rc = 0;

	*out = NULL;
	if ((rc = enter(text, err)))
		return rc;
	r = pg_query_normalize(text);
	if (r.error)
		rc = syntax(text, r.error, where, err);
	else if (!(*out = sx_strdup(r.normalized_query ? r.normalized_query : "")))
		rc = oom(err);
	pg_query_free_normalize_result(r);
	return rc;
}
