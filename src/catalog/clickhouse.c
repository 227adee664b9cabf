/*
 * clickhouse.c - the ClickHouse introspector and sampler, over the HTTP
 * interface with libcurl's easy API.
 *
 * One connection object (struct sx_ch) holds a curl handle, the base URL,
 * the database and the credentials. Credentials travel only in the
 * X-ClickHouse-User / X-ClickHouse-Key headers: never in the URL, never in
 * a log line, and the password is wiped when the connection is freed.
 * Every request carries readonly=1 (last among the settings, so a server
 * that refuses setting changes after it still accepts the others) and
 * max_execution_time; the curl timeout is a little longer than that so the
 * server's own timeout error arrives first.
 *
 * Introspection sends a fixed number of queries whatever the table count:
 *   1. probe:   version() and the columns of system.tables/system.columns,
 *               so optional columns of modern servers (comment,
 *               total_rows, position, ...) are used when present and the
 *               queries still work on Debian's 18.16;
 *   2. tables:  system.tables of the database;
 *   (+) views:  create_table_query of the views, only on servers without
 *               as_select and only when there are views (reading it for
 *               every table costs 18.16 a metadata file read per table);
 *   3. columns: system.columns of the database;
 *   4. parts:   active parts of system.parts, summed per table (rows and
 *               bytes on disk), the row counts of MergeTree tables.
 * Results come back as TabSeparated and are unescaped in place.
 *
 * Errors come in the response body: "Code: N, e.displayText() = ..." (old
 * servers) or "Code: N. DB::Exception: ... (NAME) (version ...)" (new);
 * sx__ch_parse_error turns either into a code and a one-line message.
 *
 * Everything here runs on the caller's thread; a connection is not shared.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curl/curl.h>

#include "catalog_int.h"

struct sx_ch {
	CURL *curl;
	struct curl_slist *headers;
	char *base;     /* scheme://host:port/ */
	char *hostport; /* for messages */
	char *database;
	char *user;
	char *password;
	long connect_timeout_s;
	long timeout_ms;
	bool send_max_time;    /* false once a server refused it */
	bool send_readonly;    /* false once the server said the session is read-only */
	bool verify_tls;
	int major, minor;      /* server version, once known */
	char version[64];
	int64_t round_trips;
	const sx_progress *progress;
	char curl_err[CURL_ERROR_SIZE];
	char query_id[64];     /* of the request in flight: killed on a cancel */
};

/* ------------------------------------------------------------ escaping */

void sx__ch_quote_ident(sx_buf *b, const char *name)
{
	const char *p;
	sx_buf_putc(b, '`');
	for (p = name; *p; p++) {
		if (*p == '`' || *p == '\\')
			sx_buf_putc(b, '\\');
		sx_buf_putc(b, *p);
	}
	sx_buf_putc(b, '`');
}

void sx__ch_quote_literal(sx_buf *b, const char *s)
{
	const char *p;
	sx_buf_putc(b, '\'');
	for (p = s; *p; p++) {
		switch (*p) {
		case '\\':
			sx_buf_puts(b, "\\\\");
			break;
		case '\'':
			sx_buf_puts(b, "\\'");
			break;
		/* raw control bytes are legal inside a literal; escaping
		 * them keeps the query text and the query log readable */
		case '\n':
			sx_buf_puts(b, "\\n");
			break;
		case '\r':
			sx_buf_puts(b, "\\r");
			break;
		case '\t':
			sx_buf_puts(b, "\\t");
			break;
		default:
			sx_buf_putc(b, *p);
		}
	}
	sx_buf_putc(b, '\'');
}

/* Unescapes one TabSeparated field in place; returns its new length. */
static size_t tsv_unescape(char *s, size_t n)
{
	size_t i, j = 0;
	for (i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			char c = s[++i];
			switch (c) {
			case 'n': s[j++] = '\n'; break;
			case 't': s[j++] = '\t'; break;
			case 'r': s[j++] = '\r'; break;
			case 'b': s[j++] = '\b'; break;
			case 'f': s[j++] = '\f'; break;
			case '0': s[j++] = '\0'; break;
			case 'a': s[j++] = '\a'; break;
			case 'v': s[j++] = '\v'; break;
			default: s[j++] = c; break; /* \\ \' and the rest */
			}
		} else {
			s[j++] = s[i];
		}
	}
	s[j] = '\0';
	return j;
}

int sx__ch_tsv_next(char **cursor, char **fields, size_t max, size_t *nfields)
{
	char *p = *cursor, *line_end, *f;
	size_t n = 0;

	*nfields = 0;
	if (!p || !*p)
		return 0;
	line_end = strchr(p, '\n');
	if (line_end)
		*line_end = '\0';
	*cursor = line_end ? line_end + 1 : p + strlen(p);
	f = p;
	for (;;) {
		char *tab = strchr(f, '\t');
		if (tab)
			*tab = '\0';
		if (n < max) {
			/* \N alone is NULL */
			if (strcmp(f, "\\N") == 0)
				fields[n] = NULL;
			else {
				tsv_unescape(f, strlen(f));
				fields[n] = f;
			}
			n++;
		}
		if (!tab)
			break;
		f = tab + 1;
	}
	*nfields = n;
	return 1;
}

/* ------------------------------------------------------------ errors */

int sx__ch_parse_error(const char *body, size_t len, int *code, char *msg, size_t n)
{
	const char *p, *e, *end = body + len;
	size_t l;
	char *clean;

	*code = 0;
	if (n)
		msg[0] = '\0';
	p = body;
	while (p < end && isspace((unsigned char)*p))
		p++;
	if ((size_t)(end - p) < 6 || strncmp(p, "Code: ", 6) != 0) {
		/* not a ClickHouse error: the first line, as is */
		e = memchr(p, '\n', (size_t)(end - p));
		l = (size_t)((e ? e : end) - p);
		if (l > 200)
			l = 200;
		while (l && isspace((unsigned char)p[l - 1]))
			l--;
		clean = sx_strndup(p, l);
		if (clean) {
			char *s = sx_sanitize(clean, false);
			snprintf(msg, n, "%s", s ? s : "");
			free(s);
			free(clean);
		}
		return -1;
	}
	p += 6;
	*code = atoi(p);
	/* the message after the last "DB::Exception: " of the first line
	 * (both formats carry it; "Received from host. DB::Exception: ..."
	 * forwards a remote server's error) */
	e = NULL;
	{
		const char *x = p, *nl = memchr(p, '\n', (size_t)(end - p));
		const char *lim = nl ? nl : end;
		while ((size_t)(lim - x) >= 15) {
			if (strncmp(x, "DB::Exception: ", 15) == 0)
				e = x + 15;
			x++;
		}
	}
	if (!e) {
		/* "Code: N, e.displayText() = Other::Thing: text" */
		e = memchr(p, '=', (size_t)(end - p));
		e = e ? e + 1 : p;
		while (e < end && *e == ' ')
			e++;
	}
	p = e;
	/* its end: ", e.what() = " (old), " (NAME) (version" (new), a
	 * newline (stack traces follow), or the end */
	for (e = p; e < end && *e != '\n'; e++) {
		size_t left = (size_t)(end - e);
		if (left >= 13 && strncmp(e, ", e.what() = ", 13) == 0)
			break;
		if (left >= 10 && strncmp(e, " (version ", 10) == 0)
			break;
		if ((left >= 12 && strncmp(e, " Stack trace", 12) == 0) ||
		    (left >= 13 && strncmp(e, ", Stack trace", 13) == 0))
			break;
		if (left >= 3 && e[0] == ' ' && e[1] == '(') {
			/* " (UNKNOWN_TABLE)" */
			const char *q = e + 2;
			while (q < end && (isupper((unsigned char)*q) || *q == '_' || isdigit((unsigned char)*q)))
				q++;
			if (q > e + 2 && q < end && *q == ')' &&
			    (q + 1 == end || q[1] == ' ' || q[1] == '\n' || q[1] == '.'))
				break;
		}
	}
	l = (size_t)(e - p);
	while (l && (isspace((unsigned char)p[l - 1]) || p[l - 1] == '.' || p[l - 1] == ','))
		l--;
	if (l > 300)
		l = 300;
	clean = sx_strndup(p, l);
	if (clean) {
		char *s = sx_sanitize(clean, false);
		snprintf(msg, n, "%s", s ? s : "");
		free(s);
		free(clean);
	}
	return 0;
}

/* ------------------------------------------------------------ URLs */

/* Percent-decodes [s, s+n) into a heap string. */
static char *pct_decode(const char *s, size_t n)
{
	char *out = sx_malloc(n + 1), *o = out;
	size_t i;
	if (!out)
		return NULL;
	for (i = 0; i < n; i++) {
		if (s[i] == '%' && i + 2 < n && isxdigit((unsigned char)s[i + 1]) &&
		    isxdigit((unsigned char)s[i + 2])) {
			char hex[3] = {s[i + 1], s[i + 2], 0};
			*o++ = (char)strtol(hex, NULL, 16);
			i += 2;
		} else {
			*o++ = s[i];
		}
	}
	*o = '\0';
	return out;
}

/* The value of key in a query string "a=1&b=2", decoded, or NULL. */
static char *query_param(const char *q, const char *key)
{
	size_t kl = strlen(key);
	while (q && *q) {
		const char *amp = strchr(q, '&'), *end = amp ? amp : q + strlen(q);
		if ((size_t)(end - q) > kl && strncmp(q, key, kl) == 0 && q[kl] == '=')
			return pct_decode(q + kl + 1, (size_t)(end - q - kl - 1));
		q = amp ? amp + 1 : NULL;
	}
	return NULL;
}

static void wipe_free(char *s)
{
	if (s) {
		volatile char *v = s;
		while (*v)
			*v++ = '\0';
		free(s);
	}
}

void sx__ch_close(struct sx_ch *c)
{
	if (!c)
		return;
	if (c->curl)
		curl_easy_cleanup(c->curl);
	curl_slist_free_all(c->headers);
	free(c->base);
	free(c->hostport);
	free(c->database);
	free(c->user);
	wipe_free(c->password);
	free(c);
}

int sx__ch_open(struct sx_ch **out, const char *url, const sx_source_opts *opts, sx_error *err)
{
	struct sx_ch *c;
	const char *rest, *auth_end, *at = NULL, *hp, *path, *q, *p;
	bool ch_scheme, secure;
	char *secure_param = NULL, *tmp;
	sx_buf b = SX_BUF_INIT;
	size_t hplen;
	int rc;

	*out = NULL;
	c = sx_calloc(1, sizeof *c);
	if (!c)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	c->send_max_time = true;
	c->send_readonly = true;
	c->progress = opts->progress;
	ch_scheme = sx_str_startswith(url, "clickhouse://");
	secure = sx_str_startswith(url, "https://");
	rest = strstr(url, "://") + 3;
	auth_end = strpbrk(rest, "/?#");
	if (!auth_end)
		auth_end = rest + strlen(rest);
	for (p = rest; p < auth_end; p++)
		if (*p == '@')
			at = p;
	q = strchr(rest, '?');
	if (at) {
		const char *colon = memchr(rest, ':', (size_t)(at - rest));
		c->user = pct_decode(rest, (size_t)((colon ? colon : at) - rest));
		if (colon)
			c->password = pct_decode(colon + 1, (size_t)(at - colon - 1));
	}
	hp = at ? at + 1 : rest;
	hplen = (size_t)(auth_end - hp);
	if (hplen == 0) {
		rc = sx_error_set(err, SX_EINVAL, "no host in ClickHouse URL '%s'", url);
		goto fail;
	}
	/* user/password/database may also come as URL parameters (taken
	 * out here: the request URL never carries them) */
	if (!c->user && q)
		c->user = query_param(q + 1, "user");
	if (!c->password && q)
		c->password = query_param(q + 1, "password");
	if (q)
		secure_param = query_param(q + 1, "secure");
	if (secure_param && (strcmp(secure_param, "1") == 0 || strcmp(secure_param, "true") == 0))
		secure = true;
	free(secure_param);
	path = *auth_end == '/' ? auth_end + 1 : NULL;
	if (ch_scheme && path && *path && *path != '?' && *path != '#') {
		size_t l = strcspn(path, "?#");
		c->database = pct_decode(path, l);
	}
	if (!c->database && q)
		c->database = query_param(q + 1, "database");
	if (!c->database || !*c->database) {
		free(c->database);
		c->database = sx_strdup("default");
	}
	if (!c->user && getenv("CLICKHOUSE_USER") && *getenv("CLICKHOUSE_USER"))
		c->user = sx_strdup(getenv("CLICKHOUSE_USER"));
	if (!c->password && getenv("CLICKHOUSE_PASSWORD"))
		c->password = sx_strdup(getenv("CLICKHOUSE_PASSWORD"));
	if (!c->user)
		c->user = sx_strdup("default");
	/* host:port, with the default port when none is given */
	sx_buf_put(&b, hp, hplen);
	{
		const char *hs = sx_buf_cstr(&b);
		const char *colon = strrchr(hs, ':'), *bracket = strrchr(hs, ']');
		if (!colon || (bracket && colon < bracket))
			sx_buf_puts(&b, secure ? ":8443" : ":8123");
	}
	c->hostport = sx_buf_detach(&b);
	if (!c->database || !c->user || !c->hostport) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto fail;
	}
	sx_buf_printf(&b, "%s://%s/", secure ? "https" : "http", c->hostport);
	c->base = sx_buf_detach(&b);
	c->connect_timeout_s = opts->connect_timeout_s > 0
				       ? opts->connect_timeout_s
				       : sx_config_get_int(opts->config, "clickhouse", "connect_timeout_s", 10);
	c->timeout_ms = opts->statement_timeout_ms > 0
				? opts->statement_timeout_ms
				: sx_config_get_int(opts->config, "clickhouse", "statement_timeout_ms", 30000);
	if (c->timeout_ms < 1000)
		c->timeout_ms = 1000;
	c->verify_tls = sx_config_get_bool(opts->config, "clickhouse", "verify_tls", true);
	c->curl = curl_easy_init();
	if (!c->base || !c->curl) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto fail;
	}
	/* the header values are built in a scratch buffer then wiped */
	sx_buf_printf(&b, "X-ClickHouse-User: %s", c->user);
	tmp = sx_buf_detach(&b);
	c->headers = tmp ? curl_slist_append(NULL, tmp) : NULL;
	wipe_free(tmp);
	if (c->headers && c->password && *c->password) {
		struct curl_slist *h;
		sx_buf_printf(&b, "X-ClickHouse-Key: %s", c->password);
		tmp = sx_buf_detach(&b);
		h = tmp ? curl_slist_append(c->headers, tmp) : NULL;
		wipe_free(tmp);
		if (!h) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto fail;
		}
	}
	if (!c->headers) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto fail;
	}
	*out = c;
	return 0;
fail:
	sx_buf_release(&b);
	sx__ch_close(c);
	return rc;
}

/* ------------------------------------------------------------ requests */

static size_t on_body(char *data, size_t size, size_t nmemb, void *payload)
{
	sx_buf *b = payload;
	size_t n = size * nmemb;
	return sx_buf_put(b, data, n) ? 0 : n;
}

static int on_progress(void *payload, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un)
{
	struct sx_ch *c = payload;
	(void)dt;
	(void)dn;
	(void)ut;
	(void)un;
	return sx_progress_cancelled(c->progress) ? 1 : 0;
}

static bool is_auth_code(int code)
{
	/* UNKNOWN_USER, WRONG_PASSWORD, REQUIRED_PASSWORD,
	 * IP_ADDRESS_NOT_ALLOWED, AUTHENTICATION_FAILED */
	return code == 192 || code == 193 || code == 194 || code == 195 || code == 516;
}

/* Appends "&name=value" with the value URL-encoded. */
static void put_param(sx_buf *u, CURL *curl, const char *name, const char *value)
{
	char *e = curl_easy_escape(curl, value, 0);
	sx_buf_printf(u, "%s%s=%s", u->len && u->ptr[u->len - 1] != '?' ? "&" : "", name,
		      e ? e : "");
	if (!e)
		u->oom = true;
	curl_free(e);
}

/* After Ctrl-C aborted a request: the server goes on with a query whose
 * client went away (18.16 has no cancel_http_readonly_queries_on_client_close),
 * so it is killed by its query id, with the same credentials, on a handle
 * of its own that no cancel interrupts. KILL QUERY is allowed under
 * readonly=1. */
static void kill_query(struct sx_ch *c)
{
	CURL *h = curl_easy_init();
	sx_buf url = SX_BUF_INIT, body = SX_BUF_INIT;
	char q[160];
	if (!h)
		return;
	snprintf(q, sizeof q, "KILL QUERY WHERE query_id = '%s' SYNC", c->query_id);
	sx_buf_printf(&url, "%s", c->base);
	if (!sx_buf_failed(&url)) {
		curl_easy_setopt(h, CURLOPT_URL, sx_buf_cstr(&url));
		curl_easy_setopt(h, CURLOPT_HTTPHEADER, c->headers);
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, q);
		curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
		curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
		curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, c->connect_timeout_s);
		curl_easy_setopt(h, CURLOPT_TIMEOUT, 5L);
		curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
		if (!c->verify_tls) {
			curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
			curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
		}
		curl_easy_perform(h);
	}
	sx_info("clickhouse '%s': request %lld killed after the cancel", c->hostport,
		(long long)c->round_trips);
	curl_easy_cleanup(h);
	sx_buf_release(&url);
	sx_buf_release(&body);
}

int sx__ch_query(struct sx_ch *c, const char *sql, size_t nparams, const char *const *params,
		 sx_buf *body, sx_error *err)
{
	sx_buf url = SX_BUF_INIT;
	CURLcode cc;
	long status = 0;
	uint64_t t0;
	size_t i;
	int rc = 0, code;
	char msg[400];

	sx_buf_clear(body);
	c->round_trips++;
	sx_buf_printf(&url, "%s?", c->base);
	put_param(&url, c->curl, "database", c->database);
	/* an id of ours, so a cancelled query can be killed on the server */
	{
		static unsigned seq; /* unique in the process: connections run on threads */
		snprintf(c->query_id, sizeof c->query_id, "sx_analyze_%ld_%u", (long)getpid(),
			 __atomic_add_fetch(&seq, 1, __ATOMIC_RELAXED));
	}
	put_param(&url, c->curl, "query_id", c->query_id);
	/* errors then arrive with an HTTP error status, not mid-body */
	put_param(&url, c->curl, "wait_end_of_query", "1");
	if (c->send_max_time) {
		char secs[32];
		snprintf(secs, sizeof secs, "%ld", (c->timeout_ms + 999) / 1000);
		put_param(&url, c->curl, "max_execution_time", secs);
	}
	for (i = 0; i < nparams; i++) {
		char name[80];
		snprintf(name, sizeof name, "param_%s", params[2 * i]);
		put_param(&url, c->curl, name, params[2 * i + 1]);
	}
	if (c->send_readonly)
		put_param(&url, c->curl, "readonly", "1");
	if (sx_buf_failed(&url)) {
		sx_buf_release(&url);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	curl_easy_reset(c->curl);
	curl_easy_setopt(c->curl, CURLOPT_URL, sx_buf_cstr(&url));
	curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, c->headers);
	curl_easy_setopt(c->curl, CURLOPT_POST, 1L);
	curl_easy_setopt(c->curl, CURLOPT_POSTFIELDS, sql);
	curl_easy_setopt(c->curl, CURLOPT_POSTFIELDSIZE, (long)strlen(sql));
	curl_easy_setopt(c->curl, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c->curl, CURLOPT_WRITEDATA, body);
	curl_easy_setopt(c->curl, CURLOPT_CONNECTTIMEOUT, c->connect_timeout_s);
	/* a little longer than max_execution_time, so the server's own
	 * timeout error (code 159) normally arrives first */
	curl_easy_setopt(c->curl, CURLOPT_TIMEOUT_MS,
			 c->timeout_ms + (c->timeout_ms / 2 > 5000 ? 5000 : c->timeout_ms / 2));
	curl_easy_setopt(c->curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c->curl, CURLOPT_ERRORBUFFER, c->curl_err);
	curl_easy_setopt(c->curl, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(c->curl, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(c->curl, CURLOPT_XFERINFODATA, c);
	curl_easy_setopt(c->curl, CURLOPT_USERAGENT, "sextant/" SX_VERSION);
	curl_easy_setopt(c->curl, CURLOPT_ACCEPT_ENCODING, "");
	if (!c->verify_tls) {
		curl_easy_setopt(c->curl, CURLOPT_SSL_VERIFYPEER, 0L);
		curl_easy_setopt(c->curl, CURLOPT_SSL_VERIFYHOST, 0L);
	}
	c->curl_err[0] = '\0';
	t0 = sx_now_ns();
	cc = curl_easy_perform(c->curl);
	sx_buf_release(&url);
	curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, &status);
	/* sizes and timing only: the query may carry sampled values, the
	 * headers the password */
	sx_info("clickhouse '%s': request %lld: HTTP %ld, %zu bytes in %.0f ms%s",
		c->hostport, (long long)c->round_trips, status, body->len,
		(double)(sx_now_ns() - t0) / 1e6, cc == CURLE_OK ? "" : " (transport error)");
	if (cc != CURLE_OK) {
		const char *why = c->curl_err[0] ? c->curl_err : curl_easy_strerror(cc);
		switch (cc) {
		case CURLE_ABORTED_BY_CALLBACK:
			kill_query(c);
			return sx_error_set(err, SX_ECANCELLED, "query to ClickHouse at '%s' cancelled",
					    c->hostport);
		case CURLE_OPERATION_TIMEDOUT:
			return sx_error_set(err, SX_ETIMEOUT,
					    "ClickHouse at '%s' did not answer in time: %s", c->hostport,
					    why);
		case CURLE_COULDNT_RESOLVE_HOST:
			return sx_error_set(err, SX_EIO, "cannot resolve the ClickHouse host in '%s'",
					    c->hostport);
		case CURLE_COULDNT_CONNECT:
			return sx_error_set(err, SX_EIO, "cannot connect to ClickHouse at '%s': %s",
					    c->hostport, why);
		case CURLE_WRITE_ERROR:
			return sx_error_set(err, SX_ENOMEM, "out of memory reading from ClickHouse");
		default:
			return sx_error_set(err, SX_EIO, "request to ClickHouse at '%s' failed: %s",
					    c->hostport, why);
		}
	}
	if (sx_buf_failed(body))
		return sx_error_set(err, SX_ENOMEM, "out of memory reading from ClickHouse");
	if (status == 200)
		return 0;
	sx__ch_parse_error(sx_buf_cstr(body), body->len, &code, msg, sizeof msg);
	/* A user whose profile is read-only may change no setting: 18.16
	 * says "Cannot override setting (max_execution_time) in readonly
	 * mode", newer servers "Cannot modify 'readonly' setting in readonly
	 * mode". Either proves the session read-only already, so ask again
	 * without that setting (the curl timeout still bounds the query). */
	if (code == 164 && strstr(msg, "readonly mode")) {
		bool again = false;
		if (c->send_max_time && strstr(msg, "max_execution_time")) {
			c->send_max_time = false;
			again = true;
		} else if (c->send_readonly && (strstr(msg, "'readonly'") || strstr(msg, "(readonly)"))) {
			c->send_readonly = false;
			again = true;
		}
		if (again)
			return sx__ch_query(c, sql, nparams, params, body, err);
	}
	if (is_auth_code(code) || status == 401 || status == 403)
		rc = sx_error_set(err, SX_EAUTH, "authentication failed for user '%s' on ClickHouse at '%s': %s",
				  c->user, c->hostport, msg[0] ? msg : "access denied");
	else if (code == 81)
		rc = sx_error_set(err, SX_ENOTFOUND, "database '%s' does not exist on ClickHouse at '%s'",
				  c->database, c->hostport);
	else if (code == 159)
		rc = sx_error_set(err, SX_ETIMEOUT,
				  "query on ClickHouse at '%s' timed out: %s (raise [clickhouse] statement_timeout_ms)",
				  c->hostport, msg);
	else if (code)
		rc = sx_error_set(err, SX_EIO, "ClickHouse at '%s' refused the query: %s (code %d)",
				  c->hostport, msg, code);
	else
		rc = sx_error_set(err, SX_EIO, "ClickHouse at '%s' answered HTTP %ld: %s", c->hostport,
				  status, msg[0] ? msg : "no message");
	return rc;
}

int64_t sx__ch_round_trips(const struct sx_ch *c)
{
	return c->round_trips;
}

/* Reads the version once ("18.16.1" -> 18, 16). */
static int fetch_version(struct sx_ch *c, sx_error *err)
{
	sx_buf body = SX_BUF_INIT;
	char *cur, *f[1];
	size_t n;
	int rc = sx__ch_query(c, "SELECT version() FORMAT TabSeparated", 0, NULL, &body, err);
	if (rc == 0) {
		cur = body.ptr;
		if (cur && sx__ch_tsv_next(&cur, f, 1, &n) && n == 1 && f[0]) {
			snprintf(c->version, sizeof c->version, "%s", f[0]);
			sscanf(c->version, "%d.%d", &c->major, &c->minor);
		}
	}
	sx_buf_release(&body);
	return rc;
}

/* ------------------------------------------------------------ introspection */

struct probe {
	/* optional columns found in this server's system tables */
	bool t_comment, t_total_rows, t_total_bytes, t_as_select, t_keys;
	bool c_comment, c_position, c_default;
};

static int run_probe(struct sx_ch *c, struct probe *pr, sx_error *err)
{
	sx_buf body = SX_BUF_INIT;
	char *cur, *f[3];
	size_t n;
	int rc;

	rc = sx__ch_query(c,
			  "SELECT version(), table, name FROM system.columns "
			  "WHERE database = 'system' AND table IN ('tables', 'columns') "
			  "FORMAT TabSeparated",
			  0, NULL, &body, err);
	if (rc) {
		sx_buf_release(&body);
		return rc;
	}
	cur = body.ptr;
	while (cur && sx__ch_tsv_next(&cur, f, 3, &n)) {
		bool tables;
		if (n < 3 || !f[0] || !f[1] || !f[2])
			continue;
		if (!c->version[0]) {
			snprintf(c->version, sizeof c->version, "%s", f[0]);
			sscanf(c->version, "%d.%d", &c->major, &c->minor);
		}
		tables = strcmp(f[1], "tables") == 0;
		if (tables) {
			pr->t_comment |= strcmp(f[2], "comment") == 0;
			pr->t_total_rows |= strcmp(f[2], "total_rows") == 0;
			pr->t_total_bytes |= strcmp(f[2], "total_bytes") == 0;
			pr->t_as_select |= strcmp(f[2], "as_select") == 0;
			pr->t_keys |= strcmp(f[2], "sorting_key") == 0;
		} else {
			pr->c_comment |= strcmp(f[2], "comment") == 0;
			pr->c_position |= strcmp(f[2], "position") == 0;
			pr->c_default |= strcmp(f[2], "default_kind") == 0;
		}
	}
	sx_buf_release(&body);
	if (!c->version[0])
		return sx_error_set(err, SX_EIO, "ClickHouse at '%s' sent no version", c->hostport);
	return 0;
}

static sx_rel_kind engine_kind(const char *engine)
{
	static const char *const foreign[] = {
		"Distributed", "Kafka", "MySQL", "PostgreSQL", "MongoDB", "URL", "File", "S3",
		"HDFS", "JDBC", "ODBC", "RabbitMQ", "NATS", "Dictionary", "AzureBlobStorage",
	};
	size_t i;
	if (strcmp(engine, "View") == 0 || strcmp(engine, "LiveView") == 0)
		return SX_REL_VIEW;
	if (strcmp(engine, "MaterializedView") == 0)
		return SX_REL_MATVIEW;
	for (i = 0; i < sizeof foreign / sizeof foreign[0]; i++)
		if (strcmp(engine, foreign[i]) == 0)
			return SX_REL_FOREIGN;
	return SX_REL_TABLE;
}

/* The SELECT of "CREATE [MATERIALIZED] VIEW ... AS SELECT ...". */
static const char *view_select(sx_catalog *cat, const char *create)
{
	const char *p = create;
	while ((p = strstr(p, " AS ")) != NULL) {
		const char *q = p + 4;
		while (*q == ' ' || *q == '(')
			q++;
		if (strncasecmp(q, "SELECT", 6) == 0 || strncasecmp(q, "WITH", 4) == 0)
			return sx_catalog_str(cat, p + 4);
		p += 4;
	}
	return sx_catalog_str(cat, create);
}

static const char *nonempty(sx_catalog *cat, const char *s)
{
	return s && *s ? sx_catalog_str(cat, s) : NULL;
}

struct chctx {
	struct sx_ch *c;
	sx_catalog *cat;
	sx_database *db;
	sx_schema *schema;
	sx_hmap *tables;
	sx_hmap *inner; /* ".inner.mv" -> the matview */
	struct probe pr;
	size_t nviews; /* views whose definition is still to be read */
	sx_error *err;
};

/* The sparse primary index of a MergeTree table, as an index over the
 * primary key's expressions (split at top-level commas). Not unique:
 * ClickHouse keys do not constrain rows, so the table has no pk. */
static int add_primary_index(struct chctx *x, sx_table *t)
{
	const char *cols[64], *p = t->primary_key_expr, *start;
	size_t n = 0;
	int depth = 0;
	bool quoted = false;
	sx_index *ix;

	if (!p || !*p)
		return 0;
	for (start = p;; p++) {
		if (*p == '\'' && (p == start || p[-1] != '\\'))
			quoted = !quoted;
		if (!quoted && (*p == '(' || *p == '['))
			depth++;
		if (!quoted && (*p == ')' || *p == ']'))
			depth--;
		if (!*p || (!quoted && depth == 0 && *p == ',')) {
			const char *s = start, *e = p;
			while (s < e && *s == ' ')
				s++;
			while (e > s && e[-1] == ' ')
				e--;
			if (e > s && n < 64 &&
			    !(cols[n++] = sx_arena_strndup(x->cat->arena, s, (size_t)(e - s))))
				return sx_error_set(x->err, SX_ENOMEM, "out of memory");
			if (!*p)
				break;
			start = p + 1;
		}
	}
	ix = sx_catalog_add_index(x->cat, t, "PRIMARY KEY", false, n, cols);
	if (!ix)
		return sx_error_set(x->err, SX_ENOMEM, "out of memory");
	ix->method = "sparse primary index";
	return 0;
}

/* Runs the query built in q, releasing q, into body. */
static int query_built(struct chctx *x, sx_buf *q, sx_buf *body)
{
	int rc;

	if (sx_buf_failed(q))
		rc = sx_error_set(x->err, SX_ENOMEM, "out of memory");
	else
		rc = sx__ch_query(x->c, sx_buf_cstr(q), 0, NULL, body, x->err);
	sx_buf_release(q);
	return rc;
}

static int read_tables(struct chctx *x)
{
	sx_buf q = SX_BUF_INIT, body = SX_BUF_INIT;
	char *cur, *f[10];
	size_t n;
	int rc;

	sx_buf_puts(&q, "SELECT name, engine, ");
	sx_buf_puts(&q, x->pr.t_keys ? "partition_key, sorting_key, primary_key, "
				     : "'', '', '', ");
	/* no create_table_query here: 18.16 reads every table's metadata
	 * file for it (0.8 s of 0.9 s at 1,000 tables); view_definitions()
	 * fetches it for views only, on servers without as_select */
	sx_buf_puts(&q, "'', ");
	sx_buf_puts(&q, x->pr.t_comment ? "comment, " : "'', ");
	sx_buf_puts(&q, x->pr.t_total_rows ? "total_rows, " : "NULL, ");
	sx_buf_puts(&q, x->pr.t_total_bytes ? "total_bytes, " : "NULL, ");
	sx_buf_puts(&q, x->pr.t_as_select ? "as_select " : "'' ");
	sx_buf_puts(&q, "FROM system.tables WHERE database = currentDatabase() AND NOT is_temporary "
			"ORDER BY name FORMAT TabSeparated");
	rc = query_built(x, &q, &body);
	cur = body.ptr;
	while (!rc && cur && sx__ch_tsv_next(&cur, f, 10, &n)) {
		sx_table *t;
		const char *name = f[0], *engine = f[1] ? f[1] : "";
		sx_rel_kind kind;
		if (n < 10 || !name)
			continue;
		/* a materialized view's storage: folded into the view */
		if (strncmp(name, ".inner.", 7) == 0 || strncmp(name, ".inner_id.", 10) == 0) {
			const char *k = sx_catalog_str(x->cat, name);
			if (!k || sx_hmap_put(x->inner, k, (void *)1))
				rc = sx_error_set(x->err, SX_ENOMEM, "out of memory");
			continue;
		}
		kind = engine_kind(engine);
		t = sx_catalog_add_table(x->cat, x->schema, name, kind);
		if (!t || sx_hmap_put(x->tables, t->name, t)) {
			rc = sx_error_set(x->err, SX_ENOMEM, "out of memory");
			break;
		}
		t->engine = nonempty(x->cat, engine);
		t->partition_key = nonempty(x->cat, f[2]);
		t->sorting_key = nonempty(x->cat, f[3]);
		t->primary_key_expr = nonempty(x->cat, f[4]);
		if ((rc = add_primary_index(x, t)))
			break;
		t->comment = nonempty(x->cat, f[6]);
		if (f[7] && *f[7]) {
			t->row_count = strtoll(f[7], NULL, 10);
			t->rows_exact = true;
		}
		if (f[8] && *f[8])
			t->size_bytes = strtoll(f[8], NULL, 10);
		if ((kind == SX_REL_VIEW || kind == SX_REL_MATVIEW) && f[9] && *f[9])
			t->definition = sx_catalog_str(x->cat, f[9]);
		if ((kind == SX_REL_VIEW || kind == SX_REL_MATVIEW) && !x->pr.t_as_select)
			x->nviews++;
	}
	sx_buf_release(&body);
	return rc;
}

/* Definitions of views on servers without system.tables.as_select: one
 * more query, only when the database has views. */
static int view_definitions(struct chctx *x)
{
	sx_buf body = SX_BUF_INIT;
	char *cur, *f[2];
	size_t n;
	int rc;

	if (x->nviews == 0)
		return 0;
	rc = sx__ch_query(x->c,
			  "SELECT name, create_table_query FROM system.tables "
			  "WHERE database = currentDatabase() AND engine IN ('View', 'MaterializedView') "
			  "FORMAT TabSeparated",
			  0, NULL, &body, x->err);
	cur = body.ptr;
	while (!rc && cur && sx__ch_tsv_next(&cur, f, 2, &n)) {
		sx_table *t;
		if (n < 2 || !f[0] || !f[1] || !(t = sx_hmap_get(x->tables, f[0])))
			continue;
		if (!(t->definition = view_select(x->cat, f[1])))
			rc = sx_error_set(x->err, SX_ENOMEM, "out of memory");
	}
	sx_buf_release(&body);
	return rc;
}

static int read_columns(struct chctx *x)
{
	sx_buf q = SX_BUF_INIT, body = SX_BUF_INIT;
	char *cur, *f[6];
	size_t n;
	int rc;

	sx_buf_puts(&q, "SELECT table, name, type, ");
	sx_buf_puts(&q, x->pr.c_default ? "default_kind, default_expression, " : "'', '', ");
	sx_buf_puts(&q, x->pr.c_comment ? "comment " : "'' ");
	sx_buf_puts(&q, "FROM system.columns WHERE database = currentDatabase() ");
	/* without a position column the server lists columns in table order */
	if (x->pr.c_position)
		sx_buf_puts(&q, "ORDER BY table, position ");
	sx_buf_puts(&q, "FORMAT TabSeparated");
	rc = query_built(x, &q, &body);
	cur = body.ptr;
	while (!rc && cur && sx__ch_tsv_next(&cur, f, 6, &n)) {
		sx_table *t;
		sx_column *col;
		const char *type;
		if (n < 6 || !f[0] || !f[1])
			continue;
		t = sx_hmap_get(x->tables, f[0]);
		if (!t)
			continue; /* an .inner table */
		type = f[2] ? f[2] : "";
		col = sx_catalog_add_column(x->cat, t, f[1], type);
		if (!col) {
			rc = sx_error_set(x->err, SX_ENOMEM, "out of memory");
			break;
		}
		col->nullable = strncmp(type, "Nullable(", 9) == 0 ||
				strncmp(type, "LowCardinality(Nullable(", 24) == 0;
		if (f[3] && *f[3] && f[4] && *f[4]) {
			if (strcmp(f[3], "MATERIALIZED") == 0) {
				col->generated = SX_GEN_STORED;
				col->gen_expr = sx_catalog_str(x->cat, f[4]);
			} else if (strcmp(f[3], "ALIAS") == 0) {
				col->generated = SX_GEN_VIRTUAL;
				col->gen_expr = sx_catalog_str(x->cat, f[4]);
			} else {
				col->default_expr = sx_catalog_str(x->cat, f[4]);
			}
		}
		col->comment = nonempty(x->cat, f[5]);
	}
	sx_buf_release(&body);
	return rc;
}

static int read_parts(struct chctx *x)
{
	sx_buf body = SX_BUF_INIT;
	char *cur, *f[3];
	size_t n;
	int rc;

	rc = sx__ch_query(x->c,
			  "SELECT table, sum(rows), sum(bytes_on_disk) FROM system.parts "
			  "WHERE database = currentDatabase() AND active GROUP BY table "
			  "FORMAT TabSeparated",
			  0, NULL, &body, x->err);
	cur = body.ptr;
	while (!rc && cur && sx__ch_tsv_next(&cur, f, 3, &n)) {
		sx_table *t;
		if (n < 3 || !f[0] || !f[1])
			continue;
		t = sx_hmap_get(x->tables, f[0]);
		if (!t && strncmp(f[0], ".inner.", 7) == 0)
			t = sx_hmap_get(x->tables, f[0] + 7);
		if (!t)
			continue;
		t->row_count = strtoll(f[1], NULL, 10);
		t->rows_exact = true;
		if (f[2])
			t->size_bytes = strtoll(f[2], NULL, 10);
	}
	sx_buf_release(&body);
	return rc;
}

int sx_ch_clusters(const char *url, char ***names, int **shards, int **replicas, sx_error *err)
{
	struct sx_ch *c = NULL;
	sx_source_opts o = {0};
	sx_buf body = SX_BUF_INIT;
	char *cur, *f[3], **v = NULL;
	int *sh = NULL, *rp = NULL;
	size_t n, k = 0, cap = 0;
	int rc;

	*names = NULL;
	if (shards)
		*shards = NULL;
	if (replicas)
		*replicas = NULL;
	if ((rc = sx__ch_open(&c, url, &o, err)))
		return rc;
	rc = sx__ch_query(c,
			  "SELECT cluster, uniqExact(shard_num), count() FROM system.clusters "
			  "GROUP BY cluster ORDER BY cluster FORMAT TabSeparated",
			  0, NULL, &body, err);
	cur = body.ptr;
	while (rc == 0 && cur && sx__ch_tsv_next(&cur, f, 3, &n)) {
		if (n < 3 || !f[0])
			continue;
		if (k + 1 >= cap) {
			size_t nc = cap ? cap * 2 : 8;
			char **nv = sx_realloc(v, nc * sizeof *nv);
			int *ns = nv ? sx_realloc(sh, nc * sizeof *ns) : NULL;
			int *nr = ns ? sx_realloc(rp, nc * sizeof *nr) : NULL;
			if (nv) {
				v = nv;
				v[k] = NULL;
			}
			if (ns)
				sh = ns;
			if (!nr) {
				rc = sx_error_set(err, SX_ENOMEM, "out of memory");
				break;
			}
			rp = nr;
			cap = nc;
		}
		if (!(v[k] = sx_strdup(f[0]))) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			break;
		}
		sh[k] = f[1] ? atoi(f[1]) : 0;
		rp[k] = f[2] ? atoi(f[2]) : 0;
		v[++k] = NULL;
	}
	sx_buf_release(&body);
	sx__ch_close(c);
	if (rc == 0 && !v && !(v = sx_calloc(1, sizeof *v)))
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
	if (rc) {
		for (size_t i = 0; v && v[i]; i++)
			free(v[i]);
		free(v);
		free(sh);
		free(rp);
		return rc;
	}
	*names = v;
	if (shards)
		*shards = sh;
	else
		free(sh);
	if (replicas)
		*replicas = rp;
	else
		free(rp);
	return 0;
}

int sx_ch_introspect(sx_catalog *cat, const char *url, const sx_source_opts *opts,
		     sx_database **out, sx_error *err)
{
	struct chctx x;
	sx_source_opts defaults = {0};
	sx_catalog *scratch = NULL;
	char now[32], *dsn = NULL;
	size_t i;
	int rc;

	memset(&x, 0, sizeof x);
	*out = NULL;
	if (!opts)
		opts = &defaults;
	x.err = err;
	if ((rc = sx__ch_open(&x.c, url, opts, err)))
		return rc;
	if ((rc = sx_catalog_new(&scratch, err)))
		goto cleanup;
	x.cat = scratch;
	x.tables = sx_hmap_new(256);
	x.inner = sx_hmap_new(16);
	x.db = sx_catalog_add_database(scratch, x.c->database, SX_DB_CLICKHOUSE);
	x.schema = x.db ? sx_catalog_add_schema(scratch, x.db, x.c->database) : NULL;
	dsn = sx_dsn_redact(url);
	if (!x.tables || !x.inner || !x.schema || !dsn) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto cleanup;
	}
	if (opts->schemas) {
		bool wanted = false;
		for (i = 0; opts->schemas[i]; i++)
			wanted |= strcmp(opts->schemas[i], x.c->database) == 0;
		if (!wanted) {
			rc = sx_error_set(err, SX_EEMPTY,
					  "the schema filter leaves nothing: a ClickHouse source has one "
					  "schema, '%s'",
					  x.c->database);
			goto cleanup;
		}
	}
	x.db->dsn = sx_catalog_str(scratch, dsn);
	sx_now_iso(now, sizeof now);
	x.db->analysed_at = sx_catalog_str(scratch, now);

	sx_progress_report(opts->progress, "reading schema", 0, 4);
	if ((rc = run_probe(x.c, &x.pr, err)))
		goto cleanup;
	x.db->server_version = sx_arena_printf(scratch->arena, "ClickHouse %s", x.c->version);
	sx_progress_report(opts->progress, "reading tables", 1, 4);
	if ((rc = read_tables(&x)))
		goto cleanup;
	if (x.schema->ntables == 0) {
		rc = sx_error_set(err, SX_EEMPTY, "database '%s' on ClickHouse at '%s' has no tables or views",
				  x.c->database, x.c->hostport);
		goto cleanup;
	}
	sx_progress_report(opts->progress, "reading columns", 2, 4);
	if ((rc = view_definitions(&x)) || (rc = read_columns(&x)))
		goto cleanup;
	sx_progress_report(opts->progress, "counting rows", 3, 4);
	if ((rc = read_parts(&x)))
		goto cleanup;
	x.db->round_trips = x.c->round_trips;
	sx_progress_report(opts->progress, "done", 4, 4);
	*out = x.db;
	rc = sx_catalog_merge(cat, scratch, err);
	scratch = NULL;
	if (rc)
		*out = NULL;
cleanup:
	free(dsn);
	sx_hmap_free(x.tables);
	sx_hmap_free(x.inner);
	sx_catalog_free(scratch);
	sx__ch_close(x.c);
	return rc;
}

/* ------------------------------------------------------------ sampler */

/* Servers from 20.1 on take typed query parameters ({name:Type}); older
 * ones get the values as literals escaped by sx__ch_quote_literal. */
static bool has_query_params(const struct sx_ch *c)
{
	return c->major >= 20;
}

static void put_table(sx_buf *b, const sx_table *t)
{
	sx__ch_quote_ident(b, t->schema->name);
	sx_buf_putc(b, '.');
	sx__ch_quote_ident(b, t->name);
}

static int sample_fail(sx_error *err, const sx_table *t, const char *what)
{
	return sx_error_prefix(err, "cannot sample '%s' (%s)", t->name, what);
}

static int ch_rows(void *state, const sx_table *t, size_t ncols, const char *const *cols,
		   size_t limit, sx_sample_row_fn row, void *payload, sx_error *err)
{
	struct sx_ch *c = state;
	sx_buf q = SX_BUF_INIT, body = SX_BUF_INIT;
	char **f = NULL, *cur;
	size_t i, n;
	int rc;

	sx_buf_puts(&q, "SELECT ");
	for (i = 0; i < ncols; i++) {
		if (i)
			sx_buf_puts(&q, ", ");
		sx__ch_quote_ident(&q, cols[i]);
	}
	sx_buf_puts(&q, " FROM ");
	put_table(&q, t);
	sx_buf_printf(&q, " LIMIT %zu FORMAT TabSeparated", limit);
	f = sx_calloc(ncols ? ncols : 1, sizeof *f);
	if (sx_buf_failed(&q) || !f) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	if ((rc = sx__ch_query(c, sx_buf_cstr(&q), 0, NULL, &body, err))) {
		sample_fail(err, t, "rows");
		goto done;
	}
	cur = body.ptr;
	while (cur && sx__ch_tsv_next(&cur, f, ncols, &n))
		if (n == ncols && row(payload, ncols, (const char *const *)f))
			break;
done:
	free(f);
	sx_buf_release(&q);
	sx_buf_release(&body);
	return rc;
}

static int ch_distinct(void *state, const sx_table *t, const char *col, size_t limit,
		       char ***values, size_t *nvalues, sx_error *err)
{
	struct sx_ch *c = state;
	sx_buf q = SX_BUF_INIT, body = SX_BUF_INIT;
	SX_VEC(char *) v = {0};
	char *cur, *f[1];
	size_t n;
	int rc;

	/* the inner LIMIT bounds the scan, as in the other samplers */
	sx_buf_puts(&q, "SELECT DISTINCT v FROM (SELECT ");
	sx__ch_quote_ident(&q, col);
	sx_buf_puts(&q, " AS v FROM ");
	put_table(&q, t);
	sx_buf_puts(&q, " WHERE ");
	sx__ch_quote_ident(&q, col);
	sx_buf_printf(&q, " IS NOT NULL LIMIT %zu) LIMIT %zu FORMAT TabSeparated", limit * 20, limit);
	if (sx_buf_failed(&q)) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	if ((rc = sx__ch_query(c, sx_buf_cstr(&q), 0, NULL, &body, err))) {
		sample_fail(err, t, "distinct");
		goto done;
	}
	cur = body.ptr;
	while (cur && sx__ch_tsv_next(&cur, f, 1, &n)) {
		char *s;
		if (n != 1 || !f[0])
			continue;
		s = sx_strdup(f[0]);
		if (!s || SX_VEC_PUSH(&v, s)) {
			free(s);
			sx_sampler_values_free(v.v, v.n);
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto done;
		}
	}
	*values = v.v;
	*nvalues = v.n;
done:
	sx_buf_release(&q);
	sx_buf_release(&body);
	return rc;
}

static int ch_count_in(void *state, const sx_table *t, const char *col, size_t n,
		       const char *const *values, size_t *found, sx_error *err)
{
	struct sx_ch *c = state;
	sx_buf q = SX_BUF_INIT, body = SX_BUF_INIT, arr = SX_BUF_INIT;
	const char *params[2];
	char *cur, *f[1];
	size_t i, nf;
	int rc;

	/* the value list, as a ClickHouse Array(String) literal: the same
	 * text whether it is spliced (old servers) or bound (new ones) */
	sx_buf_putc(&arr, '[');
	for (i = 0; i < n; i++) {
		if (i)
			sx_buf_putc(&arr, ',');
		sx__ch_quote_literal(&arr, values[i]);
	}
	sx_buf_putc(&arr, ']');
	sx_buf_puts(&q, "SELECT count() FROM (SELECT DISTINCT toString(");
	sx__ch_quote_ident(&q, col);
	sx_buf_puts(&q, ") AS v FROM ");
	put_table(&q, t);
	sx_buf_puts(&q, " WHERE has(");
	if (has_query_params(c))
		sx_buf_puts(&q, "{vals:Array(String)}");
	else
		sx_buf_put(&q, sx_buf_cstr(&arr), arr.len);
	sx_buf_puts(&q, ", toString(");
	sx__ch_quote_ident(&q, col);
	sx_buf_puts(&q, "))) FORMAT TabSeparated");
	if (sx_buf_failed(&q) || sx_buf_failed(&arr)) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	params[0] = "vals";
	params[1] = sx_buf_cstr(&arr);
	if ((rc = sx__ch_query(c, sx_buf_cstr(&q), has_query_params(c) ? 1 : 0, params, &body, err))) {
		sample_fail(err, t, "containment");
		goto done;
	}
	cur = body.ptr;
	if (cur && sx__ch_tsv_next(&cur, f, 1, &nf) && nf == 1 && f[0])
		*found = (size_t)strtoull(f[0], NULL, 10);
	else
		rc = sx_error_set(err, SX_EIO, "cannot sample '%s' (containment): no count returned",
				  t->name);
done:
	sx_buf_release(&q);
	sx_buf_release(&arr);
	sx_buf_release(&body);
	return rc;
}

static void ch_close(void *state)
{
	sx__ch_close(state);
}

static const struct sx_sampler_ops ch_ops = {ch_rows, ch_distinct, ch_count_in, ch_close};

int sx__ch_sampler_open(struct sx_sampler *s, const char *url, const sx_source_opts *opts,
			sx_error *err)
{
	struct sx_ch *c;
	int rc = sx__ch_open(&c, url, opts, err);
	if (rc)
		return rc;
	/* the version decides how values travel; it also checks the login */
	if ((rc = fetch_version(c, err))) {
		sx__ch_close(c);
		return rc;
	}
	s->ops = &ch_ops;
	s->state = c;
	return 0;
}
