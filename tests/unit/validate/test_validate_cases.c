/*
 * test_validate_cases.c - the data-driven adversarial suite: every file of
 * tests/validate/cases/ is an artifact (*.sql, or *.py with "# " instead
 * of "-- ") with its expected outcome in leading comment lines:
 *
 *   -- expect: RULE [RULE...]   the exact set of error and warning rules
 *                               ("none": no such finding; "any": only the
 *                               invariants below)
 *   -- kind: load_sql           the artifact kind (default select_sql)
 *   -- at: RULE LINE:COL        a finding of RULE at that position (of the
 *                               SQL after the header lines)
 *   -- mask-pii                 policy: PII must be masked
 *   -- errors: N                exactly N error findings
 *   -- lang: clickhouse         the artifact's language (default postgresql)
 *   -- target-version: 18.16.1  the ClickHouse target's version
 *
 * Invariants checked on every case: no message or hint carries a control
 * byte (hostile names reach terminals through them) and none is longer
 * than a bounded size; the score agrees with the findings (10 without
 * errors and warnings, at most 6 with an error).
 */
#include <dirent.h>

#include "vfixture.h"

static vfix F;

static int setup(void **state)
{
	(void)state;
	vfix_open(&F);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	vfix_close(&F);
	return 0;
}

static bool header_key(const char *line, const char *key, const char **val)
{
	size_t n = strlen(key), p;
	/* "-- key: value" in SQL, "# key: value" in Python */
	if (!strncmp(line, "-- ", 3))
		p = 3;
	else if (!strncmp(line, "# ", 2))
		p = 2;
	else
		return false;
	if (strncmp(line + p, key, n))
		return false;
	*val = line + p + n;
	while (**val == ' ' || **val == ':')
		(*val)++;
	return true;
}

static bool has_word(const char *list, const char *w)
{
	size_t n = strlen(w);
	const char *p = list;
	while ((p = strstr(p, w))) {
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\n' || !p[n]))
			return true;
		p += n;
	}
	return false;
}

static int run_case(const char *dir, const char *name)
{
	char path[1200], expect[512] = "", *text = NULL, *sql;
	char at[8][128], lang[32] = "postgresql", version[32] = "";
	size_t nat = 0, len, i;
	long want_errors = -1;
	sx_error err = {0};
	sx_validate_ctx ctx;
	sx_artifact_set arts;
	sx_finding_list fl;
	sx_artifact_kind kind = SX_ART_SELECT_SQL;
	int failures = 0;
	const char *v;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (sx_file_read(path, &text, &len, &err))
		fail_msg("%s: %s", name, err.msg);
	vfix_ctx(&F, &ctx);
	/* header lines */
	sql = text;
	for (;;) {
		char line[600];
		char *nl = strchr(sql, '\n');
		size_t l = nl ? (size_t)(nl - sql) : strlen(sql);
		if (l >= sizeof line)
			break;
		memcpy(line, sql, l);
		line[l] = 0;
		if (header_key(line, "expect", &v))
			snprintf(expect, sizeof expect, "%s", v);
		else if (header_key(line, "kind", &v))
			kind = (sx_artifact_kind)sx_artifact_kind_parse(v);
		else if (header_key(line, "at", &v) && nat < 8)
			snprintf(at[nat++], sizeof at[0], "%s", v);
		else if (header_key(line, "mask-pii", &v))
			ctx.flags |= SX_VALIDATE_MASK_PII;
		else if (header_key(line, "lang", &v))
			snprintf(lang, sizeof lang, "%s", v);
		else if (header_key(line, "target-version", &v))
			snprintf(version, sizeof version, "%s", v);
		else if (header_key(line, "errors", &v))
			want_errors = atol(v);
		else
			break;
		if (!nl)
			break;
		sql = nl + 1;
	}
	if (!*expect)
		fail_msg("%s: no '-- expect:' line", name);
	sx_artifact_set_init(&arts);
	sx_finding_list_init(&fl);
	if (*version)
		ctx.target_version = version;
	assert_int_equal(sx_artifact_set_put(&arts, kind, name, lang, sql), 0);
	if (sx_validate_artifacts(&ctx, &arts, &fl, &err))
		fail_msg("%s: %s", name, err.msg);

	/* the exact set of rules */
	if (strcmp(expect, "any")) {
		for (i = 0; i < fl.n; i++) {
			if (fl.v[i].severity == SX_SEV_INFO)
				continue;
			if (!has_word(expect, fl.v[i].rule)) {
				print_error("%s: unexpected %s at %d:%d: %s\n", name, fl.v[i].rule,
					    fl.v[i].line, fl.v[i].col, fl.v[i].message);
				failures++;
			}
		}
		if (strcmp(expect, "none")) {
			const char *w = expect;
			while (*w) {
				char word[100];
				size_t wl = strcspn(w, " ");
				bool found = false;
				if (wl && wl < sizeof word) {
					memcpy(word, w, wl);
					word[wl] = 0;
					for (i = 0; i < fl.n && !found; i++)
						found = !strcmp(fl.v[i].rule, word) &&
							fl.v[i].severity != SX_SEV_INFO;
					if (!found) {
						print_error("%s: expected %s, not reported\n", name, word);
						failures++;
					}
				}
				w += wl;
				while (*w == ' ')
					w++;
			}
		}
	}
	for (i = 0; i < nat; i++) {
		char rule[100];
		int line, col;
		bool found = false;
		size_t k;
		if (sscanf(at[i], "%99s %d:%d", rule, &line, &col) != 3)
			fail_msg("%s: bad at line '%s'", name, at[i]);
		for (k = 0; k < fl.n && !found; k++)
			found = !strcmp(fl.v[k].rule, rule) && fl.v[k].line == line &&
				fl.v[k].col == col;
		if (!found) {
			print_error("%s: no %s at %d:%d\n", name, rule, line, col);
			for (k = 0; k < fl.n; k++)
				print_error("   got %s at %d:%d\n", fl.v[k].rule, fl.v[k].line,
					    fl.v[k].col);
			failures++;
		}
	}
	if (want_errors >= 0 && (long)sx_finding_count(&fl, SX_SEV_ERROR) != want_errors) {
		print_error("%s: %zu errors, expected %ld\n", name, sx_finding_count(&fl, SX_SEV_ERROR),
			    want_errors);
		failures++;
	}
	/* invariants */
	for (i = 0; i < fl.n; i++) {
		const char *s[2] = {fl.v[i].message, fl.v[i].hint};
		int k;
		for (k = 0; k < 2; k++) {
			const unsigned char *p = (const unsigned char *)s[k];
			if (!p)
				continue;
			if (strlen(s[k]) > 1100) {
				print_error("%s: a finding text of %zu bytes\n", name, strlen(s[k]));
				failures++;
			}
			for (; *p; p++)
				if (*p < 0x20 || *p == 0x7f) {
					print_error("%s: control byte 0x%02x in a finding\n", name, *p);
					failures++;
					break;
				}
		}
	}
	{
		double score = sx_validate_score(&fl);
		size_t ne = sx_finding_count(&fl, SX_SEV_ERROR), nw = sx_finding_count(&fl, SX_SEV_WARNING);
		if ((!ne && !nw && score != 10.0) || (ne && score > 6.0)) {
			print_error("%s: score %.1f with %zu errors, %zu warnings\n", name, score, ne, nw);
			failures++;
		}
	}
	sx_finding_list_release(&fl);
	sx_artifact_set_release(&arts);
	free(text);
	return failures;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static void test_cases(void **state)
{
	char dir[1024];
	struct dirent **ents = NULL;
	const char *src = getenv("SX_SOURCE_DIR");
	int n, i, failures = 0, ran = 0;
	(void)state;
	snprintf(dir, sizeof dir, "%s/tests/validate/cases", src ? src : ".");
	n = scandir(dir, &ents, NULL, by_name);
	assert_true(n > 0);
	for (i = 0; i < n; i++) {
		if (sx_str_endswith(ents[i]->d_name, ".sql") || sx_str_endswith(ents[i]->d_name, ".py")) {
			failures += run_case(dir, ents[i]->d_name);
			ran++;
		}
		free(ents[i]);
	}
	free(ents);
	assert_true(ran >= 50);
	assert_int_equal(failures, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
