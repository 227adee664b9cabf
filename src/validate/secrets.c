/*
 * secrets.c - hard-coded secrets in any artifact text.
 *
 * A line-based scan for what must never be written into generated code:
 * connection strings whose user-info holds a password
 * (scheme://user:password@host), password/secret/token assignments with a
 * literal value, and well-known key shapes (AWS access key ids, OpenAI-style
 * "sk-" keys, private key blocks). Values taken from the environment or
 * from Airflow connections/variables are fine and are not flagged.
 * Findings never quote the secret itself.
 */
#include <ctype.h>
#include <string.h>

#include "validate_int.h"

/* scheme://user:pass@ with a non-empty pass that is not a placeholder. */
static bool conn_password(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i + 3 < n; i++) {
		size_t j, colon = 0, at = 0;
		if (memcmp(s + i, "://", 3))
			continue;
		for (j = i + 3; j < n && s[j] != '/' && s[j] != ' ' && s[j] != '"' && s[j] != '\''; j++) {
			if (s[j] == ':' && !colon && !at)
				colon = j;
			if (s[j] == '@')
				at = j;
		}
		if (colon && at > colon + 1) {
			/* ${VAR}, {placeholder}, %s, *** and <password> are templates */
			char c = s[colon + 1];
			if (c != '$' && c != '{' && c != '%' && c != '*' && c != '<')
				return true;
		}
	}
	return false;
}

static bool word_at(const char *s, size_t n, size_t i, const char *w)
{
	size_t k, len = strlen(w);
	if (i + len > n)
		return false;
	for (k = 0; k < len; k++)
		if (tolower((unsigned char)s[i + k]) != w[k])
			return false;
	return true;
}

/* password = "literal" / PASSWORD 'literal' / token: "..." (a quoted
 * literal of 4+ characters right after the key and = or :). */
static bool key_literal(const char *s, size_t n)
{
	static const char *const keys[] = {"password", "passwd", "pwd", "secret", "api_key",
					   "apikey", "access_key", "token", NULL};
	size_t i, k;
	for (i = 0; i < n; i++) {
		for (k = 0; keys[k]; k++) {
			size_t j, len;
			char q;
			if (!word_at(s, n, i, keys[k]))
				continue;
			j = i + strlen(keys[k]);
			/* allow suffixes like _value or "]" of a dict key */
			while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '_' || s[j] == '"' ||
					 s[j] == '\'' || s[j] == ']'))
				j++;
			while (j < n && s[j] == ' ')
				j++;
			if (j >= n || (s[j] != '=' && s[j] != ':'))
				continue;
			j++;
			if (j < n && s[j] == '=')
				continue; /* == comparison */
			while (j < n && s[j] == ' ')
				j++;
			/* SQL: PASSWORD 'x' is caught by the '=' rule only when
			 * written key=value; CREATE ROLE is sql.privilege */
			if (j >= n || (s[j] != '"' && s[j] != '\''))
				continue;
			q = s[j++];
			for (len = 0; j + len < n && s[j + len] != q; len++)
				;
			if (len >= 4 && s[j] != '{' && s[j] != '$' && s[j] != '<' && s[j] != '*')
				return true;
		}
	}
	return false;
}

static bool key_shape(const char *s, size_t n)
{
	size_t i, k;
	for (i = 0; i + 20 <= n; i++) {
		if (!memcmp(s + i, "AKIA", 4)) {
			for (k = 4; k < 20 && (isupper((unsigned char)s[i + k]) || isdigit((unsigned char)s[i + k])); k++)
				;
			if (k == 20)
				return true;
		}
		if (!memcmp(s + i, "sk-", 3) && (i == 0 || !isalnum((unsigned char)s[i - 1]))) {
			for (k = 3; i + k < n && (isalnum((unsigned char)s[i + k]) || s[i + k] == '-' ||
						  s[i + k] == '_');
			     k++)
				;
			if (k >= 23)
				return true;
		}
		if (!memcmp(s + i, "-----BEGIN ", 11)) {
			for (k = i + 11; k + 11 <= n; k++)
				if (!memcmp(s + k, "PRIVATE KEY", 11))
					return true;
		}
	}
	return false;
}

int sx_validate_secrets(const char *text, sx_artifact_kind art, sx_finding_list *out, sx_error *err)
{
	const char *p = text, *e;
	int line = 1, rc = 0;

	if (!text)
		return 0;
	for (; *p && !rc; p = *e ? e + 1 : e, line++) {
		size_t n;
		e = strchr(p, '\n');
		if (!e)
			e = p + strlen(p);
		n = (size_t)(e - p);
		if (conn_password(p, n))
			rc = sx__finding(out, "sec.conn-password", art, line, 0,
					 "take the connection from the environment or an Airflow connection",
					 "a connection string with a password on line %d", line);
		else if (key_literal(p, n))
			rc = sx__finding(out, "sec.secret", art, line, 0,
					 "read it from the environment or a secrets backend",
					 "a hard-coded password or token on line %d", line);
		else if (key_shape(p, n))
			rc = sx__finding(out, "sec.secret", art, line, 0,
					 "read it from the environment or a secrets backend",
					 "something shaped like an access key on line %d", line);
	}
	return rc ? sx_error_set(err, SX_ENOMEM, "out of memory") : 0;
}
