/*
 * secret.c - where the API key comes from, and keeping it out of text.
 *
 * The key is looked up once, when a client is created (any thread), in
 * this order: SEXTANT_API_KEY; the provider's own variable when the base
 * URL's host is a known service (TOGETHER_API_KEY for together.xyz, ...);
 * OPENAI_API_KEY; then [llm] api_key_command, run with /bin/sh -c through
 * sx_proc_run (stdin /dev/null, stderr captured), whose first output line
 * is the key. The client keeps it only inside the
 * Authorization header it hands to curl, wipes it when freed, and passes
 * every message that may echo server text through sx__llm_redact (servers
 * such as OpenAI repeat part of a rejected key in their 401 message).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "llm_int.h"

/* Host suffix -> the variable that service's own tools read. */
static const struct {
	const char *host, *env;
} provider_vars[] = {
	{"together.xyz", "TOGETHER_API_KEY"},
	{"together.ai", "TOGETHER_API_KEY"},
	{"openrouter.ai", "OPENROUTER_API_KEY"},
	{"groq.com", "GROQ_API_KEY"},
	{"fireworks.ai", "FIREWORKS_API_KEY"},
	{"deepinfra.com", "DEEPINFRA_API_KEY"},
	{"mistral.ai", "MISTRAL_API_KEY"},
	{"deepseek.com", "DEEPSEEK_API_KEY"},
};

void sx__llm_secret_free(char *s)
{
	if (!s)
		return;
	/* volatile so the wipe is not optimised away before free */
	for (volatile char *p = s; *p; p++)
		*p = 0;
	free(s);
}

/* The host part of a URL into out ("" when there is none). */
static void url_host(const char *url, char *out, size_t n)
{
	const char *p = strstr(url, "://"), *at, *end;
	size_t k;
	p = p ? p + 3 : url;
	end = p + strcspn(p, "/?#");
	at = memchr(p, '@', (size_t)(end - p));
	if (at)
		p = at + 1;
	k = strcspn(p, ":/?#");
	if (k >= n)
		k = n - 1;
	memcpy(out, p, k);
	out[k] = '\0';
}

void sx__llm_url_public(const char *url, char *out, size_t n)
{
	const char *p = strstr(url, "://"), *auth, *end, *at;
	size_t k;
	if (!n)
		return;
	auth = p ? p + 3 : url;
	end = auth + strcspn(auth, "/?#");
	at = memchr(auth, '@', (size_t)(end - auth));
	if (!at) {
		snprintf(out, n, "%s", url);
		return;
	}
	k = (size_t)(auth - url);
	snprintf(out, n, "%.*s%s", (int)k, url, at + 1);
}

static bool host_matches(const char *host, const char *suffix)
{
	size_t h = strlen(host), s = strlen(suffix);
	if (h < s || !sx_str_eq_nocase(host + h - s, suffix))
		return false;
	return h == s || host[h - s - 1] == '.';
}

static int run_command(const char *command, char **key, sx_error *err)
{
	/* the user's command line is meant for a shell; stdin is /dev/null and
	 * stderr is captured, so nothing reaches a terminal the TUI owns */
	const char *argv[] = {"/bin/sh", "-c", command, NULL};
	sx_proc_opts o = {.argv = argv, .stdout_max = 4096, .stderr_max = 4096};
	sx_proc_result res;
	char why[160];
	size_t len;
	int rc = sx_proc_run(&res, &o, NULL);

	len = strcspn(sx_buf_cstr(&res.out), "\r\n");
	/* the first stderr line says why it failed (never stdout: the key) */
	snprintf(why, sizeof why, "%.*s", (int)strcspn(sx_buf_cstr(&res.err), "\r\n"),
		 sx_buf_cstr(&res.err));
	if (rc || res.exit_code != 0) {
		char *clean = sx_sanitize(why, false);
		rc = rc ? sx_error_set(err, SX_EAUTH, "cannot run [llm] api_key_command")
			: sx_error_set(err, SX_EAUTH, "[llm] api_key_command failed (exit status %d)%s%s",
				       res.exit_code, clean && *clean ? ": " : "", clean ? clean : "");
		free(clean);
	} else if (!len) {
		rc = sx_error_set(err, SX_EAUTH, "[llm] api_key_command printed no key");
	} else if (!(*key = sx_strndup(res.out.ptr, len))) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if (res.out.ptr) /* the captured key */
		memset(res.out.ptr, 0, res.out.cap);
	sx_proc_result_release(&res);
	return rc;
}

/* The first of names[0..n) set in the environment, else api_key_command. */
static int key_from(const char *const *names, size_t n, const char *command, char **key,
                    const char **source, sx_error *err)
{
	for (size_t i = 0; i < n; i++) {
		const char *v = names[i] ? getenv(names[i]) : NULL;
		if (v && *v) {
			if (!(*key = sx_strdup(v)))
				return sx_error_set(err, SX_ENOMEM, "out of memory");
			*source = names[i];
			return 0;
		}
	}
	if (command && *command) {
		int rc = run_command(command, key, err);
		if (!rc)
			*source = "api_key_command";
		return rc;
	}
	return 0;
}

int sx__llm_key_resolve(const char *base_url, const char *command, char **key, const char **source,
                        sx_error *err)
{
	const char *names[3] = {"SEXTANT_API_KEY", NULL, "OPENAI_API_KEY"};
	char host[256];
	size_t i;

	*key = NULL;
	*source = NULL;
	url_host(base_url ? base_url : "", host, sizeof host);
	for (i = 0; i < sizeof provider_vars / sizeof provider_vars[0]; i++)
		if (host_matches(host, provider_vars[i].host))
			names[1] = provider_vars[i].env;
	return key_from(names, 3, command, key, source, err);
}

int sx__llm_key_resolve_var(const char *var, const char *command, char **key, const char **source,
                            sx_error *err)
{
	size_t i;

	*key = NULL;
	*source = NULL;
	for (i = 0; var[i]; i++)
		if (!((var[i] >= 'A' && var[i] <= 'Z') || (var[i] >= 'a' && var[i] <= 'z') ||
		      var[i] == '_' || (i && var[i] >= '0' && var[i] <= '9')))
			break;
	if (!i || var[i] || i > 128)
		return sx_error_set(
		    err, SX_EINVAL,
		    "api_key_env must name an environment variable ([A-Za-z_][A-Za-z0-9_]*)");
	/* the named variable only: another service's key must never reach
	 * this endpoint by falling back to SEXTANT_API_KEY */
	return key_from(&var, 1, command, key, source, err);
}

void sx__llm_redact(char *buf, size_t cap, const char *key)
{
	size_t klen, i, min;
	sx_buf out = SX_BUF_INIT;
	bool changed = false;

	if (!key || !buf || !cap)
		return;
	klen = strlen(key);
	if (klen < 4)
		return; /* too short to tell from ordinary text */
	min = klen < 6 ? klen : 6;
	for (i = 0; buf[i];) {
		size_t best = 0, j;
		/* the longest run starting at buf[i] that occurs in the key */
		for (j = 0; j < klen && best < klen - j; j++) {
			size_t m = 0;
			while (buf[i + m] && j + m < klen && buf[i + m] == key[j + m])
				m++;
			if (m > best)
				best = m;
		}
		if (best >= min) {
			sx_buf_puts(&out, "***");
			i += best;
			changed = true;
		} else {
			sx_buf_putc(&out, buf[i++]);
		}
	}
	if (changed && !sx_buf_failed(&out))
		snprintf(buf, cap, "%s", sx_buf_cstr(&out));
	else if (changed)
		snprintf(buf, cap, "(message withheld: it contained the API key)");
	/* the copy may hold key fragments too */
	if (out.ptr)
		memset(out.ptr, 0, out.cap);
	sx_buf_release(&out);
}
