/*
 * sextant/pgsql.h - PostgreSQL's own SQL grammar, as a library: parse,
 * split, scan, fingerprint and normalize (libpg_query, PostgreSQL 15).
 *
 * Every use of libpg_query in Sextant goes through here: the DDL-file
 * reader, the TUI's SQL highlighter, and the validators. The text given is
 * untrusted; nothing here executes it.
 *
 * Positions: libpg_query reports an error's place as a 1-based position in
 * characters; this header reports it as a 0-based byte offset plus a
 * 1-based line and column (column in characters, UTF-8 code points). Token
 * and statement positions are 0-based byte offsets.
 *
 * Threads and memory (the caveat, once): libpg_query keeps a memory context
 * per thread, created by the first call on that thread and kept for the
 * next ones (that is what makes repeated calls cheap). Calls on different
 * threads are independent and may run at the same time.
 *   - Worker threads do nothing: libpg_query frees their context when the
 *     thread exits.
 *   - The main thread never exits before the process, so a program that
 *     parsed on it calls sx_pgsql_shutdown() once, last, when it wants a
 *     clean exit under valgrind (the TUI does, for its highlighter).
 * libpg_query's own pg_query_exit() is unusable elsewhere: on a thread that
 * never parsed it crashes; on a worker thread it makes the thread's exit a
 * double free; and a thread cannot parse after it. sx_pgsql_shutdown knows
 * which thread it is on and whether that thread parsed.
 *
 * Errors: SX_EPARSE for text the grammar (or scanner) rejects, with the
 * parser's message in err and the place in *where; SX_ENOMEM; SX_EINVAL
 * for a NULL text or a use after sx_pgsql_shutdown.
 */
#ifndef SEXTANT_PGSQL_H
#define SEXTANT_PGSQL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sextant/core.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Where text was rejected. */
typedef struct sx_pgsql_syntax {
	/* the parser's own words, e.g. syntax error at or near "FROM"
	 * (may quote the input: sanitize before showing it on a terminal) */
	char message[SX_ERROR_MSG_MAX];
	size_t offset; /* 0-based byte offset of the error in the text */
	int line;      /* 1-based; 0 when the parser gave no position */
	int column;    /* 1-based, in characters; 0 when no position */
} sx_pgsql_syntax;

/* Parses text (one or more statements) into libpg_query's JSON tree
 * ({"version":..., "stmts":[{"stmt":{"CreateStmt":{...}}, ...}]}; a text
 * with only comments gives {"version":...} without stmts). Node locations
 * in the JSON are 0-based byte offsets into text.
 * On success *out_json is a heap string the caller frees with free().
 * On SX_EPARSE, where (may be NULL) tells the place and err->msg reads
 * "<message> at line L, column C". */
int sx_pgsql_parse(char **out_json, const char *text, sx_pgsql_syntax *where, sx_error *err);

/* One statement of a split: [offset, offset + len) in bytes. The range
 * starts after the previous statement's ';' and may begin with blanks or
 * comments; it does not include its own ';'. */
typedef struct sx_pgsql_stmt {
	size_t offset, len;
} sx_pgsql_stmt;

typedef enum {
	/* PostgreSQL's lexer plus psql's rules: works on text with syntax
	 * errors (a dump with an odd statement), knows quotes, dollar quotes,
	 * comments, parentheses and BEGIN ... END routine bodies; an
	 * unterminated quote, dollar quote or comment is SX_EPARSE */
	SX_PGSQL_SPLIT_SCANNER,
	/* the full grammar: more exact (CREATE RULE ... (a; b)), but fails
	 * with SX_EPARSE on any syntax error */
	SX_PGSQL_SPLIT_PARSER
} sx_pgsql_splitter;

/* Splits text into statements at top-level ';' (never inside strings,
 * quoted names, dollar quotes or comments). *out (caller frees with
 * free(), NULL when *n is 0) and *n receive the statements in order; a
 * last statement without ';' runs to the end of the text. Empty
 * statements (";;", or comments only) are left out.
 * The scanner splitter loses no text: every token outside comments is in
 * exactly one statement. Like psql, it does not split at a ';' inside
 * parentheses or inside the BEGIN ... END body of CREATE FUNCTION or
 * PROCEDURE, so after an unclosed '(' the statement runs to the end of
 * the text (and parsing it then fails at that ';'). A statement that is
 * not SQL ("SELEC 1") is kept, for the parser to reject. */
int sx_pgsql_split(sx_pgsql_stmt **out, size_t *n, const char *text, sx_pgsql_splitter how,
		   sx_pgsql_syntax *where, sx_error *err);

/* What a token is, for highlighting and for quoting decisions. */
typedef enum {
	SX_PGSQL_TOK_OTHER = 0, /* punctuation: ( ) , ; [ ] . : */
	SX_PGSQL_TOK_KEYWORD,   /* any keyword: see keyword for how reserved */
	SX_PGSQL_TOK_IDENT,     /* identifier, plain or "quoted" or U&"..." */
	SX_PGSQL_TOK_STRING,    /* '...', E'...', $$...$$, B'...', X'...', U&'...' */
	SX_PGSQL_TOK_NUMBER,    /* integer or decimal constant */
	SX_PGSQL_TOK_PARAM,     /* $1 */
	SX_PGSQL_TOK_OPERATOR,  /* + - * / < > = % ^ | :: || <= >= <> != => := .. */
	SX_PGSQL_TOK_COMMENT    /* -- ... and block comments */
} sx_pgsql_tok_kind;

/* How reserved a keyword is (PostgreSQL's keyword categories). A name
 * that is a reserved or type/function-name keyword must be quoted to be
 * used as a column or table name. */
typedef enum {
	SX_PGSQL_KW_NONE = 0,
	SX_PGSQL_KW_UNRESERVED,
	SX_PGSQL_KW_COL_NAME,       /* usable as a column name, not a function */
	SX_PGSQL_KW_TYPE_FUNC_NAME, /* usable as a function or type name */
	SX_PGSQL_KW_RESERVED
} sx_pgsql_kw_kind;

typedef struct sx_pgsql_token {
	size_t start, end;      /* bytes [start, end) of the text */
	sx_pgsql_tok_kind kind;
	sx_pgsql_kw_kind keyword;
	int token;              /* libpg_query's token number (pg_query.proto
				 * enum Token: a char code below 256, else
				 * IDENT = 258, SCONST = 261, ...) */
} sx_pgsql_token;

/* Scans text with PostgreSQL's lexer. *out (caller frees with free(), NULL
 * when *n is 0) receives the tokens in order; the text between them is
 * whitespace. Comments are tokens. An unterminated string or comment is
 * SX_EPARSE. */
int sx_pgsql_scan(sx_pgsql_token **out, size_t *n, const char *text, sx_pgsql_syntax *where,
		  sx_error *err);

/* The statement's fingerprint: equal for texts that differ only in
 * constants, whitespace, comments, keyword case and similar noise
 * ("SELECT a FROM t WHERE id = 1" and "select a from t where id=2"). */
int sx_pgsql_fingerprint(uint64_t *out, const char *text, sx_pgsql_syntax *where,
			 sx_error *err);

/* text with its constants replaced by $1, $2, ... (heap string, the
 * caller frees with free()); the rest of the text stays as written. */
int sx_pgsql_normalize(char **out, const char *text, sx_pgsql_syntax *where, sx_error *err);

/* Frees the main thread's libpg_query memory, if it used any; a no-op on
 * other threads and on a main thread that never parsed. After it, calls of
 * this module on the main thread fail with SX_EINVAL. */
void sx_pgsql_shutdown(void);

#ifdef __cplusplus
}
#endif
#endif
