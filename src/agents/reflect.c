/*
 * reflect.c - the Reflector: a critique of the last iteration and, in
 * built-in mode, a rule-based revision of its artifacts.
 *
 * The critique lists strengths (artifacts QA found nothing in),
 * weaknesses (findings, errors first) and improvements ranked by severity.
 * The revision applies the fixes it knows for the findings' rule ids:
 *   sql.null-comparison     "= NULL" / "<> NULL" become IS [NOT] NULL
 *   sql.unknown-column      the identifier becomes QA's "did you mean"
 *   sql.unknown-table       likewise for a table
 *   py.unused-import        the import line goes
 *   ch.unsupported-feature  the target DDL and load are rendered again for
 *                           the oldest server we know (ClickHouse 18.16)
 *   pii.unmasked-export     the personal-data columns are rendered masked
 *   pitfalls                a rule that recurred across past runs is named
 *                           in the critique first
 * When no fix applies the cycles stop: a revision that changes nothing
 * cannot score better. The new iteration is validated by QA like the
 * first; the run keeps the best iteration whatever happens.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/gen.h>

#include "agents_int.h"

/* ------------------------------------------------------------ text fixes */

static bool ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Replaces whole-word occurrences of from by to in *text (outside quotes
 * is not tracked: identifiers QA names are rare in string literals). */
static int replace_word(char **text, const char *from, const char *to, int *count)
{
	sx_buf b = SX_BUF_INIT;
	size_t fl = strlen(from);
	const char *p = *text;

	if (!fl)
		return 0;
	while (*p) {
		const char *hit = strstr(p, from);
		if (!hit) {
			sx_buf_puts(&b, p);
			break;
		}
		bool left = hit == *text || !ident_char(hit[-1]);
		bool right = !ident_char(hit[fl]);
		sx_buf_put(&b, p, (size_t)(hit - p));
		if (left && right) {
			sx_buf_puts(&b, to);
			(*count)++;
		} else {
			sx_buf_put(&b, hit, fl);
		}
		p = hit + fl;
	}
	if (sx_buf_failed(&b))
		return SX_ENOMEM;
	free(*text);
	*text = b.ptr ? sx_buf_detach(&b) : sx_strdup("");
	return *text ? 0 : SX_ENOMEM;
}

/* "= NULL" -> "IS NULL", "<> NULL" / "!= NULL" -> "IS NOT NULL" */
static int fix_null_cmp(char **text, int *count)
{
	static const struct { const char *from, *to; } rw[] = {
		{ "<> NULL", "IS NOT NULL" }, { "!= NULL", "IS NOT NULL" },
		{ "<>NULL", "IS NOT NULL" },  { "!=NULL", "IS NOT NULL" },
		{ "= NULL", "IS NULL" },      { "=NULL", "IS NULL" },
	};
	for (size_t i = 0; i < sizeof rw / sizeof rw[0]; i++) {
		int rc = replace_word(text, rw[i].from, rw[i].to, count);
		if (rc)
			return rc;
	}
	return 0;
}

/* The first "quoted" word of s (double or single quotes) into out. */
static bool quoted(const char *s, int nth, char *out, size_t n)
{
	for (const char *p = s; p && *p; p++) {
		if (*p != '"' && *p != '\'')
			continue;
		const char *e = strchr(p + 1, *p);
		if (!e)
			return false;
		if (nth-- == 0) {
			snprintf(out, n, "%.*s", (int)(e - p - 1), p + 1);
			return out[0] != '\0';
		}
		p = e;
	}
	return false;
}

/* The name QA did not know (first quoted word of the message) becomes the
 * one it suggests (first quoted word of the hint). The last segment of a
 * dotted name is replaced, so "o.amt" -> "o.amount" works too. */
static int fix_unknown_name(char **text, const sx_finding *f, int *count)
{
	char bad[256], good[256];
	if (!f->hint || !quoted(f->message, 0, bad, sizeof bad) ||
	    !quoted(f->hint, 0, good, sizeof good))
		return 0;
	const char *bd = strrchr(bad, '.'), *gd = strrchr(good, '.');
	return replace_word(text, bd ? bd + 1 : bad, gd ? gd + 1 : good, count);
}

/* Drops line `line` (1-based) of *text. */
static int drop_line(char **text, int line, int *count)
{
	char *p = *text;
	for (int l = 1; l < line && p; l++) {
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	if (!p || !*p)
		return 0;
	char *e = strchr(p, '\n');
	memmove(p, e ? e + 1 : p + strlen(p), strlen(e ? e + 1 : p + strlen(p)) + 1);
	(*count)++;
	return 0;
}

/* ------------------------------------------------------------ spec fixes */

static int rerender(sx_run *r, sx_iteration *it, const int *kinds, sx_error *err)
{
	sx_artifact_set all;
	int rc;

	sx_artifact_set_init(&all);
	if ((rc = sx_gen_render(r->spec, &all, err)) == 0) {
		for (size_t i = 0; i < all.n && !rc; i++)
			for (const int *k = kinds; *k >= 0 && !rc; k++)
				if ((int)all.v[i].kind == *k)
					rc = sx_artifact_set_put(&it->arts, all.v[i].kind,
								 all.v[i].name, all.v[i].lang,
								 all.v[i].content);
	}
	sx_artifact_set_release(&all);
	return rc;
}

static bool mask_pii(sx_run *r)
{
	sx_gen_spec *s = r->spec;
	bool any = false;

	if (!s->entity || !s->ncols)
		return false;
	const char **masks = sx_arena_alloc(s->arena, s->ncols * sizeof *masks);
	if (!masks)
		return false;
	for (size_t i = 0; i < s->ncols; i++) {
		const sx_map_column *mc = sx_dbmap_column(r->env.map, s->entity, s->cols[i]);
		masks[i] = s->col_masks ? s->col_masks[i] : NULL;
		if (mc && !masks[i]) {
			masks[i] = sx_map_pii_name(mc->pii);
			any = true;
		}
	}
	if (any)
		s->col_masks = masks;
	return any;
}

/* ------------------------------------------------------------ critique */

static char *critique(const sx_iteration *last)
{
	sx_buf b = SX_BUF_INIT;
	bool any = false;

	sx_buf_puts(&b, "Strengths:");
	for (size_t i = 0; i < last->arts.n; i++) {
		bool clean = true;
		for (size_t j = 0; j < last->findings.n && clean; j++)
			clean = last->findings.v[j].artifact != last->arts.v[i].kind ||
				last->findings.v[j].severity == SX_SEV_INFO;
		if (clean) {
			sx_buf_printf(&b, "%s%s", any ? ", " : " ",
				      sx_artifact_kind_name(last->arts.v[i].kind));
			any = true;
		}
	}
	sx_buf_puts(&b, any ? " pass QA.\nWeaknesses, worst first:\n" : " none.\nWeaknesses, worst first:\n");
	for (int sev = SX_SEV_ERROR; sev >= SX_SEV_WARNING; sev--)
		for (size_t j = 0; j < last->findings.n; j++) {
			const sx_finding *f = &last->findings.v[j];
			if ((int)f->severity != sev)
				continue;
			sx_buf_printf(&b, "- [%s] %s %s: %s%s%s\n", sx_severity_name(f->severity),
				      sx_artifact_kind_name(f->artifact), f->rule, f->message,
				      f->hint ? " -> " : "", f->hint ? f->hint : "");
		}
	return sx_buf_failed(&b) ? NULL : sx_buf_detach(&b);
}

/* ------------------------------------------------------------ revision */

static bool is_sql(sx_artifact_kind k)
{
	return k == SX_ART_SELECT_SQL || k == SX_ART_TARGET_DDL || k == SX_ART_LOAD_SQL;
}

/* Applies the text fixes a finding asks for to the artifact it names. */
static int fix_finding(sx_iteration *it, const sx_finding *f, int *count)
{
	for (size_t i = 0; i < it->arts.n; i++) {
		sx_artifact *a = &it->arts.v[i];
		if (a->kind != f->artifact)
			continue;
		if (strcmp(f->rule, "sql.null-comparison") == 0 && is_sql(a->kind))
			return fix_null_cmp(&a->content, count);
		if ((strcmp(f->rule, "sql.unknown-column") == 0 ||
		     strcmp(f->rule, "sql.unknown-table") == 0) && is_sql(a->kind))
			return fix_unknown_name(&a->content, f, count);
		if (strcmp(f->rule, "py.unused-import") == 0 && f->line > 0)
			return drop_line(&a->content, f->line, count);
	}
	return 0;
}

/* Model mode: the findings on the SELECT go back to the model with the
 * query, and its corrected query replaces the one in next. */
static int model_revision(sx_run *r, const char *step, const sx_iteration *last,
			  sx_artifact_set *next, int *count, cJSON *fixes, sx_error *err)
{
	const sx_artifact *a = sx_artifact_set_get(next, SX_ART_SELECT_SQL);
	sx_buf task = SX_BUF_INIT;
	char *sql = NULL;
	size_t nf = 0;
	int rc;

	if (!a)
		return 0;
	sx_buf_printf(&task, "Intent: %s\nThe SELECT (%s dialect):\n```sql\n%s\n```\n"
			     "QA found:\n", r->req.intent, a->lang, a->content);
	for (size_t i = 0; i < last->findings.n; i++) {
		const sx_finding *f = &last->findings.v[i];
		if (f->artifact != SX_ART_SELECT_SQL || f->severity == SX_SEV_INFO)
			continue;
		sx_buf_printf(&task, "- %s %s (line %d, column %d): %s%s%s\n",
			      sx_severity_name(f->severity), f->rule, f->line, f->col, f->message,
			      f->hint ? "; hint: " : "", f->hint ? f->hint : "");
		nf++;
	}
	sx_buf_puts(&task, "Revise the query so that every finding is fixed and the result is "
			   "the same rows otherwise. Answer with the query in one ```sql block.");
	if (!nf) {
		sx_buf_release(&task);
		return 0;
	}
	rc = sx__model_ask_sql(r, SX_AGENT_REFLECTOR, step, sx_buf_cstr(&task), &sql, err);
	sx_buf_release(&task);
	if (!rc && sql && strcmp(sql, a->content) != 0) {
		char name[256], lang[64];
		snprintf(name, sizeof name, "%s", a->name);
		snprintf(lang, sizeof lang, "%s", a->lang);
		if (sx_artifact_set_put(next, SX_ART_SELECT_SQL, name, lang, sql))
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		else {
			cJSON_AddItemToArray(fixes, cJSON_CreateString("model.revision"));
			(*count)++;
			sx__run_thought(r, SX_AGENT_REFLECTOR, step,
					"the model revised the SELECT for %zu finding%s", nf,
					nf == 1 ? "" : "s");
		}
	}
	free(sql);
	return rc;
}

int sx__reflect(sx_run *r, const char *step, bool *revised, sx_error *err)
{
	static const int ddl_kinds[] = { SX_ART_TARGET_DDL, SX_ART_LOAD_SQL, SX_ART_AIRFLOW_DAG,
					 SX_ART_README, -1 };
	/* everything that carries the SELECT or its columns: the DAG runs
	 * its own copy of the SELECT, and masking changes the exported
	 * columns' types too (a hash is text), so the target DDL follows */
	static const int export_kinds[] = { SX_ART_SELECT_SQL,       SX_ART_TARGET_DDL,
					    SX_ART_LOAD_SQL,         SX_ART_AIRFLOW_DAG,
					    SX_ART_PYTHON_TRANSFORM, SX_ART_PYTHON_TESTS,
					    SX_ART_README,           -1 };
	const sx_iteration *last = &r->iters[r->niters - 1];
	sx_artifact_set next;
	cJSON *fixes = cJSON_CreateArray();
	int count = 0, rc = 0;
	bool ch_old = false, pii = false;

	*revised = false;
	char *crit = critique(last);
	sx__run_thought(r, SX_AGENT_REFLECTOR, step, "critique of iteration %d (score %.1f):\n%s",
			last->n, last->score, crit ? crit : "");
	if ((rc = sx_artifact_set_copy(&next, &last->arts)))
		goto oom;
	/* text fixes on a scratch iteration, so nothing is half-applied */
	sx_iteration tmp = { .arts = next };
	for (size_t j = 0; j < last->findings.n; j++) {
		const sx_finding *f = &last->findings.v[j];
		int before = count;
		if ((rc = fix_finding(&tmp, f, &count)))
			goto oom;
		if (strcmp(f->rule, "ch.unsupported-feature") == 0)
			ch_old = true;
		if (strcmp(f->rule, "pii.unmasked-export") == 0)
			pii = true;
		if (count > before)
			cJSON_AddItemToArray(fixes, cJSON_CreateString(f->rule));
	}
	next = tmp.arts;
	if (sx__agent_asks(r, SX_AGENT_REFLECTOR) &&
	    (rc = model_revision(r, step, last, &next, &count, fixes, err)))
		goto fail;
	if (ch_old && r->spec->target == SX_DB_CLICKHOUSE &&
	    (!r->spec->target_version || strcmp(r->spec->target_version, "18.16") != 0)) {
		r->spec->target_version = "18.16";
		sx_iteration scratch = { .arts = next };
		if ((rc = rerender(r, &scratch, ddl_kinds, err)))
			goto fail;
		next = scratch.arts;
		cJSON_AddItemToArray(fixes, cJSON_CreateString("ch.unsupported-feature"));
		sx__run_thought(r, SX_AGENT_REFLECTOR, step,
				"the target lacks a feature the DDL used: rendering for the oldest "
				"ClickHouse we know (18.16)");
		count++;
	}
	if (pii && mask_pii(r)) {
		sx_iteration scratch = { .arts = next };
		if ((rc = rerender(r, &scratch, export_kinds, err)))
			goto fail;
		next = scratch.arts;
		cJSON_AddItemToArray(fixes, cJSON_CreateString("pii.unmasked-export"));
		sx__run_thought(r, SX_AGENT_REFLECTOR, step,
				"personal data left unmasked: the export now masks it per class");
		count++;
	}
	if (!count) {
		sx__run_thought(r, SX_AGENT_REFLECTOR, step,
				"no rule-based revision applies to the remaining findings: keeping "
				"iteration %d",
				r->best + 1);
		sx_artifact_set_release(&next);
		cJSON_Delete(fixes);
		free(crit);
		return 0;
	}
	sx__run_thought(r, SX_AGENT_REFLECTOR, step, "revision: %d change%s", count,
			count == 1 ? "" : "s");
	sx_iteration *it = sx__run_new_iteration(r);
	if (!it)
		goto oom;
	sx_artifact_set_release(&it->arts);
	it->arts = next;
	it->critique = crit;
	it->fixes = fixes;
	crit = NULL;
	fixes = NULL;
	*revised = true;
	if ((rc = sx__run_validate(r, it, step, err)))
		return rc;
	return sx__run_finish_iteration(r, it, err);
oom:
	rc = sx_error_set(err, SX_ENOMEM, "out of memory");
fail:
	sx_artifact_set_release(&next);
	cJSON_Delete(fixes);
	free(crit);
	return rc;
}
