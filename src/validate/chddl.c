/*
 * chddl.c - ClickHouse target DDL: checks against the target's version and,
 * when a server is reachable, a real CREATE in a scratch database.
 *
 * libpg_query cannot read ClickHouse DDL (ENGINE, backquotes, nested type
 * parameters), so the ClickHouse tokenizer (chsql.c's; an unterminated
 * string, identifier or comment is ch.syntax at its opening) and a small
 * reader take what the checks need from each CREATE TABLE: the table name
 * and its token span, each column's name and type text, skip indexes and
 * projections, the engine, PARTITION BY, ORDER
 * BY, TTL, CODEC and SETTINGS. Everything else is skipped by bracket depth.
 *
 * Version checks use the minimum versions in the table `features` below
 * (docs/validate.md repeats it). The version is ctx->target_version, else
 * the server's `SELECT version()` when a server is given, else unknown (no
 * version findings).
 *
 * Server check: CREATE DATABASE sx_validate_<pid>_<n>, each CREATE TABLE
 * rewritten into it (the table name's span replaced by the scratch name),
 * then DROP DATABASE — also after a failure. Only CREATE TABLE statements
 * are ever sent, each to this one server: ON CLUSTER is left out,
 * Replicated*MergeTree becomes its plain engine (a scratch table never
 * joins a real table's replication path) and AS names a scratch table.
 */
#include <curl/curl.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "validate_int.h"

/* ---------------------------------------------------------------- tokens */

/* The tokenizer is chsql.c's (ClickHouse's lexical rules). */
typedef sx__chtok tok;
typedef sx__chlex lexer;

static bool kw(const tok *t, const char *w)
{
	return t->k == SX_CHT_WORD && sx_str_eq_nocase(t->text, w);
}

static bool punct(const tok *t, char c)
{
	return t->k == SX_CHT_OP && t->text[0] == c && !t->text[1];
}

static bool ident(const tok *t)
{
	return t->k == SX_CHT_WORD || t->k == SX_CHT_QUOTED;
}

/* Index after the bracketed group that starts at i (an opening paren). */
static size_t skip_group(const lexer *l, size_t i)
{
	int depth = 0;
	for (; i < l->n && l->v[i].k != SX_CHT_END; i++) {
		if (punct(&l->v[i], '('))
			depth++;
		else if (punct(&l->v[i], ')') && --depth == 0)
			return i + 1;
	}
	return i;
}

/* ---------------------------------------------------------------- model */

typedef struct chcol {
	char name[128];
	const char *type; /* start of the type text */
	size_t type_n;
	int line, col;
} chcol;

typedef struct chtable {
	size_t name_from, name_to; /* token span of [db.]name */
	char name[128];
	chcol cols[256];
	size_t ncols;
	char engine[64];
	size_t part_from, part_to, order_from, order_to; /* token spans */
	bool has_order, has_part, allow_nullable_key, old_syntax;
	size_t stmt_from, stmt_to; /* token span of the statement */
} chtable;

/* Feature -> first version where a plain server accepts it. */
typedef struct feature {
	const char *word; /* a type name or a clause keyword */
	bool clause;      /* matched as a clause (TTL, CODEC, INDEX ...) */
	int major, minor;
	const char *what;
} feature;

static const feature features[] = {
    {"LowCardinality", false, 19, 1, "LowCardinality types"},
    {"DateTime64", false, 20, 1, "DateTime64"},
    {"Date32", false, 21, 9, "Date32"},
    {"Map", false, 21, 8, "Map types"},
    {"Bool", false, 21, 12, "Bool"},
    {"IPv4", false, 19, 3, "IPv4"},
    {"IPv6", false, 19, 3, "IPv6"},
    {"Int128", false, 20, 8, "Int128"},
    {"UInt128", false, 21, 6, "UInt128"},
    {"Int256", false, 20, 8, "Int256"},
    {"UInt256", false, 20, 8, "UInt256"},
    {"JSON", false, 22, 3, "JSON (Object) types"},
    {"CODEC", true, 19, 1, "column CODECs"},
    {"TTL", true, 19, 6, "TTL"},
    {"INDEX", true, 20, 1, "data-skipping indexes"},
    {"PROJECTION", true, 21, 6, "projections"},
    {NULL, false, 0, 0, NULL},
};

static bool version_before(int major, int minor, int fmaj, int fmin)
{
	return major < fmaj || (major == fmaj && minor < fmin);
}

static void line_col(const char *src, const tok *t, int *line, int *col)
{
	sx__text_pos(src, (long)(t->s - src), false, line, col);
}

/* Reads one CREATE TABLE starting at token i (at CREATE). */
static size_t read_table(const lexer *l, size_t i, chtable *t)
{
	size_t j;
	memset(t, 0, sizeof *t);
	t->stmt_from = i;
	i++; /* CREATE */
	if (kw(&l->v[i], "OR") && kw(&l->v[i + 1], "REPLACE"))
		i += 2;
	if (kw(&l->v[i], "TEMPORARY"))
		i++;
	i++; /* TABLE */
	if (kw(&l->v[i], "IF") && kw(&l->v[i + 1], "NOT") && kw(&l->v[i + 2], "EXISTS"))
		i += 3;
	t->name_from = i;
	if (ident(&l->v[i])) {
		snprintf(t->name, sizeof t->name, "%s", l->v[i].text);
		i++;
		if (punct(&l->v[i], '.') && ident(&l->v[i + 1])) {
			snprintf(t->name, sizeof t->name, "%s", l->v[i + 1].text);
			i += 2;
		}
	}
	t->name_to = i;
	if (kw(&l->v[i], "ON") && kw(&l->v[i + 1], "CLUSTER"))
		i += 3;
	if (punct(&l->v[i], '(')) {
		size_t end = skip_group(l, i);
		j = i + 1;
		while (j < end - 1) {
			/* one element: up to a comma at depth 0 */
			size_t k = j, tstart;
			int depth = 0;
			bool is_col = ident(&l->v[j]) && !kw(&l->v[j], "INDEX") &&
			              !kw(&l->v[j], "CONSTRAINT") && !kw(&l->v[j], "PROJECTION") &&
			              !kw(&l->v[j], "PRIMARY");
			if (is_col && t->ncols < sizeof t->cols / sizeof t->cols[0]) {
				chcol *c = &t->cols[t->ncols++];
				snprintf(c->name, sizeof c->name, "%s", l->v[j].text);
				line_col(l->src, &l->v[j], &c->line, &c->col);
				tstart = j + 1;
				/* the type runs to a column keyword or a comma */
				for (k = tstart; k < end - 1; k++) {
					if (punct(&l->v[k], '('))
						depth++;
					else if (punct(&l->v[k], ')'))
						depth--;
					if (depth == 0 &&
					    (punct(&l->v[k], ',') || kw(&l->v[k], "DEFAULT") ||
					     kw(&l->v[k], "MATERIALIZED") ||
					     kw(&l->v[k], "ALIAS") || kw(&l->v[k], "COMMENT") ||
					     kw(&l->v[k], "CODEC") || kw(&l->v[k], "TTL") ||
					     kw(&l->v[k], "NULL") || kw(&l->v[k], "NOT") ||
					     kw(&l->v[k], "EPHEMERAL")))
						break;
				}
				if (k > tstart) {
					c->type = l->v[tstart].s;
					c->type_n =
					    (size_t)(l->v[k - 1].s + l->v[k - 1].n - c->type);
				}
			}
			depth = 0;
			for (; k < end - 1; k++) {
				if (punct(&l->v[k], '('))
					depth++;
				else if (punct(&l->v[k], ')'))
					depth--;
				else if (depth == 0 && punct(&l->v[k], ','))
					break;
			}
			j = k + 1;
		}
		i = end;
	}
	/* table clauses up to ';' */
	while (l->v[i].k != SX_CHT_END && !punct(&l->v[i], ';')) {
		if (kw(&l->v[i], "ENGINE")) {
			i++;
			if (punct(&l->v[i], '='))
				i++;
			if (ident(&l->v[i]))
				snprintf(t->engine, sizeof t->engine, "%s", l->v[i].text);
			i++;
			if (punct(&l->v[i], '(')) {
				size_t e = skip_group(l, i);
				/* MergeTree(date, (key), 8192): the old syntax */
				t->old_syntax = e - i > 3 && strstr(t->engine, "MergeTree") != NULL;
				i = e;
			}
			continue;
		}
		if ((kw(&l->v[i], "PARTITION") || kw(&l->v[i], "ORDER")) &&
		    kw(&l->v[i + 1], "BY")) {
			bool part = kw(&l->v[i], "PARTITION");
			size_t from = i + 2, k = from;
			while (l->v[k].k != SX_CHT_END && !punct(&l->v[k], ';') &&
			       !kw(&l->v[k], "PARTITION") && !kw(&l->v[k], "ORDER") &&
			       !kw(&l->v[k], "PRIMARY") && !kw(&l->v[k], "SAMPLE") &&
			       !kw(&l->v[k], "TTL") && !kw(&l->v[k], "SETTINGS") &&
			       !kw(&l->v[k], "COMMENT")) {
				if (punct(&l->v[k], '('))
					k = skip_group(l, k);
				else
					k++;
			}
			if (part) {
				t->has_part = true;
				t->part_from = from;
				t->part_to = k;
			} else {
				t->has_order = true;
				t->order_from = from;
				t->order_to = k;
			}
			i = k;
			continue;
		}
		if (kw(&l->v[i], "allow_nullable_key"))
			t->allow_nullable_key = true;
		if (punct(&l->v[i], '('))
			i = skip_group(l, i);
		else
			i++;
	}
	t->stmt_to = i;
	return i;
}

static const chcol *find_col(const chtable *t, const char *name)
{
	size_t i;
	for (i = 0; i < t->ncols; i++)
		if (!strcmp(t->cols[i].name, name))
			return &t->cols[i];
	return NULL;
}

static bool type_has(const chcol *c, const char *word)
{
	size_t n = strlen(word), i;
	if (!c->type)
		return false;
	for (i = 0; i + n <= c->type_n; i++)
		if (!strncmp(c->type + i, word, n) &&
		    (i == 0 || !isalnum((unsigned char)c->type[i - 1])) &&
		    (i + n == c->type_n || !isalnum((unsigned char)c->type[i + n])))
			return true;
	return false;
}

/* ---------------------------------------------------------------- checks */

typedef struct chk {
	const sx_validate_ctx *ctx;
	const lexer *l;
	sx_finding_list *out;
	int major, minor; /* 0: unknown */
	int rc;
} chk;

static void fnd(chk *c, const char *rule, const tok *at, const char *hint, const char *fmt, ...)
    SX_PRINTF(5, 6);
static void fnd(chk *c, const char *rule, const tok *at, const char *hint, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (sx__vfinding_at(c->out, -1, rule, SX_ART_TARGET_DDL, c->l->src, at ? at->s : NULL, hint,
	                    fmt, ap))
		c->rc = SX_ENOMEM;
	va_end(ap);
}

static void check_versions(chk *c, const chtable *t)
{
	size_t i, f;
	if (!c->major)
		return;
	for (i = t->stmt_from; i < t->stmt_to; i++) {
		const tok *k = &c->l->v[i];
		if (k->k != SX_CHT_WORD)
			continue;
		for (f = 0; features[f].word; f++) {
			const feature *ft = &features[f];
			/* types that take no parameters may stand bare */
			bool bare = !strcmp(ft->word, "Bool") || !strncmp(ft->word, "IPv", 3) ||
			            !strncmp(ft->word, "Int", 3) || !strncmp(ft->word, "UInt", 4) ||
			            !strcmp(ft->word, "Date32") || !strcmp(ft->word, "JSON") ||
			            !strcmp(ft->word, "DateTime64");
			bool hit;
			if (ft->clause)
				/* a clause keyword, not a column named like one */
				hit = sx_str_eq_nocase(k->text, ft->word) && i > 0 &&
				      (!strcmp(ft->word, "INDEX") ||
				       !(punct(k - 1, ',') || punct(k - 1, '(')));
			else
				hit = !strcmp(k->text, ft->word) && (punct(k + 1, '(') || bare);
			/* INDEX is a clause only inside the column list */
			if (hit && !strcmp(ft->word, "INDEX") && !(i > 0 && punct(k - 1, ',')))
				hit = false;
			if (hit && !strcmp(ft->word, "TTL") && i > 0 && kw(k - 1, "ORDER"))
				hit = false;
			if (hit && version_before(c->major, c->minor, ft->major, ft->minor))
				fnd(c, "ch.unsupported-feature", k,
				    sx_str_eq_nocase(ft->word, "DateTime64")
				        ? "use DateTime (seconds)"
				    : !strcmp(ft->word, "LowCardinality")
				        ? "use the plain type"
				        : "leave it out for this server",
				    "%s: needs ClickHouse %d.%d; the target is %d.%d", ft->what,
				    ft->major, ft->minor, c->major, c->minor);
		}
	}
}

static void check_keys(chk *c, const chtable *t)
{
	size_t i;
	const tok *name_tok = &c->l->v[t->name_from];
	if (strstr(t->engine, "MergeTree") && !t->has_order && !t->old_syntax)
		fnd(c, "ch.missing-order-by", name_tok, "add ORDER BY (the grain's key columns)",
		    "table %s: a %s table needs ORDER BY", t->name, t->engine);
	if (t->has_order && !t->allow_nullable_key) {
		for (i = t->order_from; i < t->order_to; i++) {
			const tok *k = &c->l->v[i];
			const chcol *col;
			if (!ident(k) || punct(k + 1, '('))
				continue;
			if ((col = find_col(t, k->text)) && type_has(col, "Nullable"))
				fnd(c, "ch.nullable-sort-key", k,
				    "make the column non-Nullable (with a default), or drop it "
				    "from ORDER BY",
				    "ORDER BY uses %s, which is Nullable", col->name);
		}
	}
	if (t->has_part) {
		/* the granularity of the partition key, in days */
		double days = 0;
		const char *what = NULL;
		for (i = t->part_from; i < t->part_to && !what; i++) {
			const tok *k = &c->l->v[i];
			const chcol *col;
			if (k->k != SX_CHT_WORD)
				continue;
			if (!strcmp(k->text, "toYYYYMMDD") || !strcmp(k->text, "toDate") ||
			    !strcmp(k->text, "toStartOfDay"))
				days = 1, what = "daily";
			else if (!strcmp(k->text, "toStartOfHour") ||
			         !strcmp(k->text, "toYYYYMMDDhhmmss"))
				days = 1.0 / 24, what = "hourly";
			else if (!strcmp(k->text, "toMonday") || !strcmp(k->text, "toStartOfWeek"))
				days = 7, what = "weekly";
			else if (!strcmp(k->text, "toYYYYMM") ||
			         !strcmp(k->text, "toStartOfMonth") || !strcmp(k->text, "toYear") ||
			         !strcmp(k->text, "toStartOfYear") ||
			         !strcmp(k->text, "toStartOfQuarter"))
				what = "coarse";
			else if ((col = find_col(t, k->text)) && i + 1 == t->part_to &&
			         i == t->part_from) {
				/* a bare column: a part per distinct value */
				if (type_has(col, "Date") || type_has(col, "DateTime"))
					days = 1, what = "daily";
				else
					what = "value";
			}
		}
		if (what && !strcmp(what, "value"))
			fnd(c, "ch.too-many-partitions", &c->l->v[t->part_from],
			    "partition by a coarse time bucket, e.g. toYYYYMM(date)",
			    "PARTITION BY a bare column makes a part per distinct value");
		else if (days > 0) {
			int data_days = c->ctx->data_days;
			double parts = data_days > 0 ? data_days / days : 0;
			if (data_days > 0 && parts > 100)
				fnd(c, "ch.too-many-partitions", &c->l->v[t->part_from],
				    "partition by month (toYYYYMM)",
				    "%s partitions over %d days of data make %.0f parts; one "
				    "INSERT may touch at most 100 "
				    "(max_partitions_per_insert_block)",
				    what, data_days, parts);
			else if (data_days <= 0)
				fnd(c, "ch.too-many-partitions", &c->l->v[t->part_from],
				    "partition by month (toYYYYMM) unless the data spans under 100 "
				    "days",
				    "%s partitions: a load spanning more than %.0f days fails "
				    "(max_partitions_per_insert_block = 100)",
				    what, 100 * days);
		}
	}
}

/* ---------------------------------------------------------------- server */

typedef struct resp {
	sx_buf body;
	size_t max;
	bool over;
} resp;

static size_t on_data(char *p, size_t size, size_t n, void *ud)
{
	resp *r = ud;
	if (r->body.len + size * n > r->max) {
		r->over = true;
		return 0; /* refuse floods */
	}
	sx_buf_put(&r->body, p, size * n);
	return size * n;
}

static int on_xfer(void *ud, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un)
{
	const atomic_int *cancel = ud;
	(void)dt;
	(void)dn;
	(void)ut;
	(void)un;
	return cancel && atomic_load(cancel) ? 1 : 0;
}

/* The server goes on with a query whose client went away (18.16 has no
 * cancel_http_readonly_queries_on_client_close): KILL QUERY by its id,
 * on the same server and with the same credentials, never cancellable
 * itself. Allowed under readonly=1. */
static void kill_query(const char *url, const char *query_id)
{
	char base[1024], q[200];
	sx_buf body = SX_BUF_INIT;
	bool ok = false;
	sx_error e = {0};
	sx__ch_req rq = {.timeout_s = 5};
	snprintf(base, sizeof base, "%.*s", (int)strcspn(url, "?"), url);
	snprintf(q, sizeof q, "KILL QUERY WHERE query_id = '%s' SYNC", query_id);
	sx__ch_post_req(&rq, base, q, NULL, 0, &body, &ok, &e);
	sx_buf_release(&body);
}

int sx__ch_post_req(const sx__ch_req *rq, const char *url, const char *query, const char *data,
                    size_t datalen, sx_buf *body, bool *ok, sx_error *err)
{
	CURL *h;
	CURLcode cc;
	long status = 0;
	resp r = {SX_BUF_INIT, rq && rq->max_body ? rq->max_body : (size_t)1 << 20, false};
	sx_buf u = SX_BUF_INIT;
	if (rq && rq->cancel && atomic_load(rq->cancel))
		return sx_error_set(err, SX_ECANCELLED, "cancelled");
	if (!(h = curl_easy_init()))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	sx_buf_puts(&u, url);
	if (rq && rq->query_id) {
		/* [A-Za-z0-9_] only, made by the caller: no escaping needed */
		for (const char *c = rq->query_id; *c; c++)
			if (!(isalnum((unsigned char)*c) || *c == '_')) {
				curl_easy_cleanup(h);
				sx_buf_release(&u);
				return sx_error_set(err, SX_EINVAL, "bad query id");
			}
		sx_buf_puts(&u, strchr(url, '?') ? "&query_id=" : "?query_id=");
		sx_buf_puts(&u, rq->query_id);
	}
	if (data) {
		/* the statement travels in the URL, the rows in the body */
		char *e = curl_easy_escape(h, query, 0);
		sx_buf_puts(&u, strchr(sx_buf_cstr(&u), '?') ? "&query=" : "?query=");
		sx_buf_puts(&u, e ? e : "");
		curl_free(e);
	}
	if (sx_buf_failed(&u)) {
		curl_easy_cleanup(h);
		sx_buf_release(&u);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	curl_easy_setopt(h, CURLOPT_URL, sx_buf_cstr(&u));
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, data ? data : query);
	curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)(data ? datalen : strlen(query)));
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &r);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 5L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, rq && rq->timeout_s > 0 ? rq->timeout_s : 60L);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	if (rq && rq->cancel) {
		/* Ctrl-C: the callback runs about once a second while waiting,
		 * more often while data flows; its 1 aborts the transfer */
		curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
		curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_xfer);
		curl_easy_setopt(h, CURLOPT_XFERINFODATA, (void *)rq->cancel);
	}
	cc = curl_easy_perform(h);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_cleanup(h);
	sx_buf_release(&u);
	if (body) {
		sx_buf_clear(body);
		sx_buf_put(body, r.body.ptr ? r.body.ptr : "", r.body.len);
	}
	sx_buf_release(&r.body);
	if (cc == CURLE_ABORTED_BY_CALLBACK) {
		if (rq->query_id)
			kill_query(url, rq->query_id);
		return sx_error_set(err, SX_ECANCELLED, "cancelled");
	}
	if (cc == CURLE_WRITE_ERROR && r.over)
		return sx_error_set(err, SX_EIO, "the answer is over %zu bytes", r.max);
	if (cc != CURLE_OK) {
		if (cc == CURLE_OPERATION_TIMEDOUT && rq && rq->query_id)
			kill_query(url, rq->query_id);
		return sx_error_set(err, SX_EIO, "%s", curl_easy_strerror(cc));
	}
	*ok = status == 200;
	return 0;
}

int sx__ch_post(const char *url, const char *query, const char *data, size_t datalen, sx_buf *body,
                bool *ok, sx_error *err)
{
	return sx__ch_post_req(NULL, url, query, data, datalen, body, ok, err);
}

/* POSTs one query; *ok false with the server's text in r->body on a
 * ClickHouse error. SX_EIO when the server cannot be reached. */
static int ch_post(const char *url, const char *query, resp *r, bool *ok, sx_error *err)
{
	return sx__ch_post(url, query, NULL, 0, &r->body, ok, err);
}

int sx__ch_base_url(const char *in, char *out, size_t n)
{
	const char *rest;
	size_t len;
	if (sx_str_startswith(in, "clickhouse://"))
		rest = in + 13;
	else if (sx_str_startswith(in, "http://"))
		rest = in + 7;
	else if (sx_str_startswith(in, "https://")) {
		rest = in + 8;
		len = strcspn(rest, "/?");
		return snprintf(out, n, "https://%.*s/", (int)len, rest) < (int)n ? 0 : -1;
	} else
		return -1;
	len = strcspn(rest, "/?");
	return snprintf(out, n, "http://%.*s/", (int)len, rest) < (int)n ? 0 : -1;
}

static void server_version(chk *c, const char *base)
{
	resp r = {SX_BUF_INIT, 0, false};
	bool ok = false;
	sx_error e = {0};
	if (ch_post(base, "SELECT version()", &r, &ok, &e) == 0 && ok)
		sscanf(sx_buf_cstr(&r.body), "%d.%d", &c->major, &c->minor);
	sx_buf_release(&r.body);
}

static void server_error_text(chk *c, const tok *at, const char *body)
{
	char *s = sx_sanitize(body, false);
	const char *m = s ? s : "error";
	const char *d = strstr(m, "e.displayText() = ");
	if (d)
		m = d + 18;
	else if ((d = strstr(m, "DB::Exception: ")))
		m = d + 15;
	fnd(c, "ch.server-error", at, NULL, "the ClickHouse server rejects it: %.300s", m);
	free(s);
}

/* Whether name is one of the tables of this DDL (created in the scratch
 * database too). */
static bool own_table(const chtable *tabs, size_t ntabs, const char *name)
{
	for (size_t i = 0; i < ntabs; i++)
		if (strcmp(tabs[i].name, name) == 0)
			return true;
	return false;
}

/* Tokens [from, to) of a statement as the scratch check sends it to one
 * server: no ON CLUSTER (the scratch database exists on this server only),
 * Replicated*MergeTree(path, replica, args...) as *MergeTree(args...) (a
 * scratch table must never join the real table's replication path), and
 * AS [db.]t for a table of this DDL as AS scratch.t. */
static void scratch_text(sx_buf *ddl, const lexer *l, size_t from, size_t to, const char *db,
                         const chtable *tabs, size_t ntabs)
{
	size_t k = from;
	while (k < to) {
		const tok *t = &l->v[k];
		const char *next = k + 1 < to ? l->v[k + 1].s : l->v[to].s;
		if (kw(t, "ON") && k + 2 < to && kw(&l->v[k + 1], "CLUSTER")) {
			sx_buf_putc(ddl, ' ');
			k += 3;
			continue;
		}
		if (t->k == SX_CHT_WORD && strncmp(t->text, "Replicated", 10) == 0 &&
		    strstr(t->text, "MergeTree") && k + 1 < to && punct(&l->v[k + 1], '(')) {
			size_t end = skip_group(l, k + 1), a = k + 2;
			int depth = 0, args = 0;
			while (a + 1 < end && args < 2) {
				if (punct(&l->v[a], '('))
					depth++;
				else if (punct(&l->v[a], ')'))
					depth--;
				else if (depth == 0 && punct(&l->v[a], ','))
					args++;
				a++;
			}
			sx_buf_puts(ddl, t->text + 10);
			sx_buf_putc(ddl, '(');
			if (args == 2) /* the engine's own arguments and the ')' */
				sx_buf_put(ddl, l->v[a].s,
				           (size_t)(l->v[end - 1].s + 1 - l->v[a].s));
			else
				sx_buf_putc(ddl, ')');
			sx_buf_putc(ddl, ' ');
			k = end;
			continue;
		}
		if (kw(t, "AS") && k + 1 < to && ident(&l->v[k + 1])) {
			size_t n = k + 1;
			if (n + 2 < to && punct(&l->v[n + 1], '.') && ident(&l->v[n + 2]))
				n += 2;
			if (own_table(tabs, ntabs, l->v[n].text)) {
				sx_buf_printf(ddl, "AS %s.", db);
				sx_map_quote_ident(ddl, SX_DB_CLICKHOUSE, l->v[n].text);
				sx_buf_putc(ddl, ' ');
				k = n + 1;
				continue;
			}
		}
		sx_buf_put(ddl, t->s, (size_t)(next - t->s));
		k++;
	}
}

static void server_create(chk *c, const char *base, const chtable *tabs, size_t ntabs)
{
	static unsigned seq;
	char db[64], q[160];
	resp r = {SX_BUF_INIT, 0, false};
	bool ok = false;
	sx_error e = {0};
	size_t i;

	if (c->ctx->run_id && *c->ctx->run_id) {
		/* named for the run; only [A-Za-z0-9_] kept, so the name needs
		 * no quoting */
		size_t k, m = 0;
		char id[32];
		for (k = 0; c->ctx->run_id[k] && m + 1 < sizeof id; k++) {
			char ch = c->ctx->run_id[k];
			if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
			    (ch >= '0' && ch <= '9') || ch == '_')
				id[m++] = ch;
		}
		id[m] = 0;
		snprintf(db, sizeof db, "sx_validate_%s_%u", id,
		         __atomic_add_fetch(&seq, 1, __ATOMIC_RELAXED));
	} else {
		snprintf(db, sizeof db, "sx_validate_%ld_%u_%u", (long)getpid(),
		         (unsigned)time(NULL), __atomic_add_fetch(&seq, 1, __ATOMIC_RELAXED));
	}
	snprintf(q, sizeof q, "CREATE DATABASE %s", db);
	if (ch_post(base, q, &r, &ok, &e)) {
		char *m = sx_sanitize(e.msg, false);
		fnd(c, "server.unreachable", NULL, NULL, "ClickHouse could not be reached: %s",
		    m ? m : "?");
		free(m);
		sx_buf_release(&r.body);
		return;
	}
	if (!ok) {
		server_error_text(c, NULL, sx_buf_cstr(&r.body));
		sx_buf_release(&r.body);
		return;
	}
	for (i = 0; i < ntabs && !c->rc; i++) {
		const chtable *t = &tabs[i];
		const tok *from = &c->l->v[t->stmt_from], *nf = &c->l->v[t->name_from];
		sx_buf ddl = SX_BUF_INIT;
		char qid[96];
		/* Ctrl-C aborts the request and kills it by its id; the scratch
		 * database is dropped below all the same */
		sx__ch_req rq = {.cancel = c->ctx->cancel, .query_id = qid};
		snprintf(qid, sizeof qid, "%s_q%zu", db, i);
		/* the statement with its name replaced by db.`name`, for one server */
		sx_buf_put(&ddl, from->s, (size_t)(nf->s - from->s));
		sx_buf_printf(&ddl, "%s.", db);
		sx_map_quote_ident(&ddl, SX_DB_CLICKHOUSE, t->name);
		sx_buf_putc(&ddl, ' ');
		scratch_text(&ddl, c->l, t->name_to, t->stmt_to, db, tabs, ntabs);
		if (sx_buf_failed(&ddl)) {
			c->rc = SX_ENOMEM;
		} else if (sx__ch_post_req(&rq, base, sx_buf_cstr(&ddl), NULL, 0, &r.body, &ok,
		                           &e) == 0) {
			if (!ok)
				server_error_text(c, from, sx_buf_cstr(&r.body));
		} else if (e.code == SX_ECANCELLED || e.code == SX_ENOMEM) {
			c->rc = e.code;
		}
		sx_buf_release(&ddl);
	}
	snprintf(q, sizeof q, "DROP DATABASE IF EXISTS %s", db);
	ch_post(base, q, &r, &ok, &e);
	sx_buf_release(&r.body);
}

/* ---------------------------------------------------------------- entry */

int sx_validate_ch_ddl(const sx_validate_ctx *ctx, const char *ddl, sx_finding_list *out,
                       sx_error *err)
{
	lexer l;
	chk c = {0};
	chtable *tabs = NULL;
	size_t ntabs = 0, i;
	char base[512] = "";
	bool server = (ctx->flags & SX_VALIDATE_SERVER) && ctx->ch_url;

	if (!ctx || !ddl || !out)
		return sx_error_set(err, SX_EINVAL, "sx_validate_ch_ddl: missing argument");
	if (sx__ch_lex(ddl, &l)) {
		free(l.v);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	c.ctx = ctx;
	c.l = &l;
	c.out = out;
	if (l.err) {
		/* read what precedes it; the rest is not seen */
		int line, col;
		sx__text_pos(ddl, (long)(l.err_at - ddl), false, &line, &col);
		if (sx__finding(out, "ch.syntax", SX_ART_TARGET_DDL, line, col, l.err_hint, "%s",
		                l.err))
			c.rc = SX_ENOMEM;
	}
	if (server && sx__ch_base_url(ctx->ch_url, base, sizeof base)) {
		fnd(&c, "server.unreachable", NULL, NULL, "not a ClickHouse HTTP URL: skipped");
		server = false;
	}
	if (ctx->target_version)
		sscanf(ctx->target_version, "%d.%d", &c.major, &c.minor);
	else if (server)
		server_version(&c, base);
	if (!(tabs = sx_calloc(64, sizeof *tabs))) {
		free(l.v);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	for (i = 0; i < l.n && l.v[i].k != SX_CHT_END;) {
		if (kw(&l.v[i], "CREATE")) {
			size_t k = i + 1;
			if (kw(&l.v[k], "OR"))
				k += 2;
			if (kw(&l.v[k], "TEMPORARY"))
				k++;
			if (kw(&l.v[k], "TABLE") && ntabs < 64) {
				i = read_table(&l, i, &tabs[ntabs]);
				if (!tabs[ntabs].ncols) {
					/* without columns only CREATE TABLE ... AS (another
					 * table or a SELECT) is valid */
					size_t k2;
					bool as = false;
					for (k2 = tabs[ntabs].name_to;
					     k2 < tabs[ntabs].stmt_to && !as; k2++)
						as = kw(&l.v[k2], "AS");
					if (!as)
						fnd(&c, "ch.syntax", &l.v[tabs[ntabs].stmt_from],
						    "write CREATE TABLE name (column Type, ...) "
						    "ENGINE = ...",
						    "a CREATE TABLE without a column list");
				}
				check_versions(&c, &tabs[ntabs]);
				check_keys(&c, &tabs[ntabs]);
				ntabs++;
				continue;
			}
		}
		if (kw(&l.v[i], "DROP") || kw(&l.v[i], "TRUNCATE") ||
		    (kw(&l.v[i], "ALTER") && !kw(&l.v[i + 1], "TABLE")) ||
		    (kw(&l.v[i], "DELETE") && (i == 0 || punct(&l.v[i - 1], ';'))) ||
		    kw(&l.v[i], "GRANT")) {
			if (i == 0 || punct(&l.v[i - 1], ';'))
				fnd(&c, kw(&l.v[i], "GRANT") ? "sql.privilege" : "sql.destructive",
				    &l.v[i], "target DDL creates; it never drops or grants",
				    "a %s statement in the target DDL", l.v[i].text);
		}
		i++;
	}
	if (server && !c.rc && ntabs)
		server_create(&c, base, tabs, ntabs);
	free(tabs);
	free(l.v);
	if (c.rc == SX_ECANCELLED)
		return sx_error_set(err, SX_ECANCELLED,
		                    "validation cancelled; the scratch database was dropped");
	if (c.rc)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	return 0;
}
