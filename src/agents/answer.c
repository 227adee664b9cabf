/*
 * answer.c - reads JSON and code out of a model's free-form answer.
 *
 * Models are asked for JSON or one fenced block, and often give more:
 * "Here is the query:" before it, an explanation after it, a fence labelled
 * "postgres" instead of "sql", or an answer cut off by max_tokens. What can
 * be used is taken; what cannot is left to the caller to report as a
 * finding (and the built-in engine takes the step over).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "agents_int.h"

/* End of the JSON value starting at p ('{' or '['), or NULL when the
 * text ends first; *open_stack gets the closers still needed. */
static const char *json_end(const char *p, sx_buf *closers, bool *in_string)
{
	bool str = false, esc = false;

	sx_buf_clear(closers);
	for (; *p; p++) {
		char c = *p;
		if (str) {
			if (esc)
				esc = false;
			else if (c == '\\')
				esc = true;
			else if (c == '"')
				str = false;
			continue;
		}
		if (c == '"')
			str = true;
		else if (c == '{')
			sx_buf_putc(closers, '}');
		else if (c == '[')
			sx_buf_putc(closers, ']');
		else if ((c == '}' || c == ']') && closers->len) {
			if (closers->ptr[closers->len - 1] != c)
				return NULL; /* mismatched: not JSON */
			closers->ptr[--closers->len] = '\0';
			if (!closers->len)
				return p + 1;
		}
	}
	*in_string = str;
	return NULL;
}

static cJSON *parse_n(const char *p, size_t n)
{
	char *s = sx_strndup(p, n);
	cJSON *j = s ? cJSON_Parse(s) : NULL;
	free(s);
	return j;
}

/* A truncated value: close the open string and brackets, after dropping a
 * dangling comma, key or half-written literal back to the last complete
 * member. Tries a few cut points, from the end backwards. */
static cJSON *repair(const char *p)
{
	sx_buf b = SX_BUF_INIT, closers = SX_BUF_INIT;
	cJSON *j = NULL;
	size_t n = strlen(p);

	for (int tries = 0; tries < 64 && n > 0 && !j; tries++) {
		bool in_str = false;
		sx_buf_clear(&b);
		sx_buf_put(&b, p, n);
		if (json_end(b.ptr, &closers, &in_str))
			break; /* complete but invalid: nothing to repair */
		if (in_str)
			sx_buf_putc(&b, '"');
		for (size_t i = closers.len; i > 0; i--)
			sx_buf_putc(&b, closers.ptr[i - 1]);
		if (!sx_buf_failed(&b))
			j = cJSON_Parse(b.ptr);
		/* cut back to the last ',' '{' or '[' outside the tail */
		while (n > 0 && p[n - 1] != ',' && p[n - 1] != '{' && p[n - 1] != '[')
			n--;
		if (n > 0 && p[n - 1] == ',')
			n--;
	}
	sx_buf_release(&b);
	sx_buf_release(&closers);
	return j;
}

int sx_answer_json(const char *text, cJSON **out)
{
	sx_buf closers = SX_BUF_INIT;
	const char *p = text;

	*out = NULL;
	if (!text)
		return SX_EPARSE;
	/* prefer a ```json fence when there is one */
	const char *fence = strstr(text, "```json");
	if (fence)
		p = fence + 7;
	for (; *p && !*out; p++) {
		if (*p != '{' && *p != '[')
			continue;
		bool in_str = false;
		const char *end = json_end(p, &closers, &in_str);
		if (end)
			*out = parse_n(p, (size_t)(end - p));
		else if (!strchr(p, '}') || closers.len)
			*out = repair(p);
		if (*out && !cJSON_IsObject(*out) && !cJSON_IsArray(*out)) {
			cJSON_Delete(*out);
			*out = NULL;
		}
		if (end && !*out)
			continue; /* "[see below]" in prose: look further */
		if (!end)
			break;
	}
	sx_buf_release(&closers);
	return *out ? 0 : SX_EPARSE;
}

static bool lang_matches(const char *info, size_t n, const char *langs)
{
	const char *l = langs;
	while (l && *l) {
		const char *comma = strchr(l, ',');
		size_t ln = comma ? (size_t)(comma - l) : strlen(l);
		if (ln && n >= ln && strncasecmp(info, l, ln) == 0 &&
		    (n == ln || !isalnum((unsigned char)info[ln])))
			return true;
		l = comma ? comma + 1 : NULL;
	}
	return false;
}

/* Finds fences: *body and *len of the block whose info matches (any when
 * langs is NULL). Returns false when none. */
static bool find_fence(const char *text, const char *langs, const char **body, size_t *len)
{
	const char *p = text;
	while ((p = strstr(p, "```")) != NULL) {
		const char *info = p + 3;
		const char *eol = strchr(info, '\n');
		if (!eol)
			return false;
		const char *b = eol + 1;
		const char *close = strstr(b, "```");
		bool ok = !langs || lang_matches(info, (size_t)(eol - info), langs);
		if (ok) {
			*body = b;
			*len = close ? (size_t)(close - b) : strlen(b);
			return true;
		}
		if (!close)
			return false;
		p = close + 3;
	}
	return false;
}

static char *trimmed(const char *p, size_t n)
{
	while (n && isspace((unsigned char)*p))
		p++, n--;
	while (n && isspace((unsigned char)p[n - 1]))
		n--;
	return n ? sx_strndup(p, n) : NULL;
}

int sx_answer_code(const char *text, const char *langs, bool bare_ok, char **out)
{
	const char *body;
	size_t len;

	*out = NULL;
	if (!text)
		return SX_ENOTFOUND;
	if ((langs && find_fence(text, langs, &body, &len)) || find_fence(text, NULL, &body, &len))
		*out = trimmed(body, len);
	else if (bare_ok)
		*out = trimmed(text, strlen(text));
	return *out ? 0 : SX_ENOTFOUND;
}
