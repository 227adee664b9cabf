/*
 * describe.c - descriptions with a model: the Schema Analyst's prompt
 * (data/prompts/schema_analyst.md) asked for one-line table and column
 * descriptions (`analyze --describe-with-model`, `describe --with-model`).
 *
 * Tables go in batches (N a request, [agents] describe_batch). Each table
 * is sent as its names, types, keys, comments, the map's deterministic
 * description and PII classes, and a few sampled values of columns that
 * hold no personal data; a personal-data column's values are never read,
 * the request says "masked" instead. A table whose fingerprint
 * (sx_map_fingerprint) matches its stored descriptions is not asked
 * again, so an unchanged table costs no request on the next analyze.
 *
 * Answers are read tolerantly (answer.c): one JSON object {"tables":
 * [{"table", "description", "columns": {name: text}}]} or the bare array,
 * in a fence or after prose. Each description is cut to one line of
 * printable text. An answer that cannot be used, a table it leaves out, a
 * failed request: a finding (category "model") in the report, and the
 * deterministic description stays; nothing is stored for those tables, so
 * they are asked again next time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/llm.h>

#include "agents_int.h"

#define DESC_MAX   240 /* bytes of one description */
#define SAMPLE_MAX 3   /* sampled values per column */
#define VALUE_MAX  40  /* bytes of one sampled value */

/* One line of printable text (line breaks and control characters become
 * one space), at most DESC_MAX bytes (a whole UTF-8 character at the
 * end); NULL when nothing is left. Caller frees. */
static char *clean_line(const char *s)
{
	sx_buf b = SX_BUF_INIT;
	bool space = false;
	if (!s)
		return NULL;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
			space = b.len > 0;
			continue;
		}
		if (c < 0x20 || c == 0x7f)
			continue; /* other control characters go */
		if (space)
			sx_buf_putc(&b, ' ');
		space = false;
		sx_buf_putc(&b, (char)c);
	}
	if (sx_buf_failed(&b) || b.len == 0) {
		sx_buf_release(&b);
		return NULL;
	}
	if (b.len > DESC_MAX) {
		size_t n = DESC_MAX;
		while (n > 0 && ((unsigned char)b.ptr[n] & 0xC0) == 0x80)
			n--;
		b.ptr[n] = '\0';
		b.len = n;
	}
	/* the stored text is what a terminal may show later: sanitised */
	char *out = sx_sanitize(sx_buf_cstr(&b), false);
	sx_buf_release(&b);
	return out;
}

static void add_finding(cJSON *findings, const char *sev, const char *rule, const char *fmt, ...)
    SX_PRINTF(4, 5);
static void add_finding(cJSON *findings, const char *sev, const char *rule, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	cJSON *o = cJSON_CreateObject();
	sx_json_add_str(o, "severity", sev);
	sx_json_add_str(o, "category", "model");
	sx_json_add_str(o, "rule", rule);
	sx_json_add_str(o, "message", msg);
	sx_json_add_str(o, "hint",
	                "the deterministic description is kept; the table is asked "
	                "again next time");
	cJSON_AddItemToArray(findings, o);
	sx_log(SX_LOG_WARN, "describe with a model: %s: %s", rule, msg);
}

/* The table as the model sees it. */
static cJSON *table_json(const sx_dbmap *m, const sx_table *t, sx_sampler *s)
{
	const sx_map_table *mt = sx_dbmap_table(m, t);
	cJSON *o = cJSON_CreateObject();
	char id[512];
	snprintf(id, sizeof id, "%s.%s", t->schema->name, t->name);
	sx_json_add_str(o, "table", id);
	sx_json_add_str(o, "kind", sx_rel_kind_name(t->kind));
	sx_json_add_str(o, "comment", t->comment);
	if (mt)
		sx_json_add_str(o, "map_description", mt->description);
	if (t->row_count >= 0)
		sx_json_add_int(o, "rows", t->row_count);
	cJSON *cols = cJSON_AddArrayToObject(o, "columns");
	for (size_t i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		const sx_map_column *mc = sx_dbmap_column(m, t, c->name);
		cJSON *co = cJSON_CreateObject();
		cJSON_AddItemToArray(cols, co);
		sx_json_add_str(co, "name", c->name);
		sx_json_add_str(co, "type", c->type);
		if (sx_table_col_in_pk(t, c->name))
			sx_json_add_bool(co, "pk", true);
		sx_json_add_str(co, "comment", c->comment);
		if (mc) {
			/* personal data: its class, never a value */
			sx_json_add_str(co, "pii", sx_map_pii_name(mc->pii));
			sx_json_add_str(co, "samples", "masked (personal data)");
			continue;
		}
		char **vals = NULL;
		size_t n = 0;
		sx_error e = {0};
		if (s && sx_sampler_distinct(s, t, c->name, SAMPLE_MAX, &vals, &n, &e) == 0 && n) {
			cJSON *a = cJSON_AddArrayToObject(co, "samples");
			for (size_t k = 0; k < n; k++) {
				char v[VALUE_MAX + 4];
				snprintf(v, sizeof v, "%.*s", VALUE_MAX, vals[k] ? vals[k] : "");
				size_t l = strlen(v);
				while (l > 0 && ((unsigned char)v[l - 1] & 0xC0) == 0x80)
					v[--l] = '\0'; /* never half a character */
				if (l > 0 && ((unsigned char)v[l - 1] & 0xC0) == 0xC0)
					v[--l] = '\0';
				cJSON_AddItemToArray(a, cJSON_CreateString(v));
			}
		}
		sx_sampler_values_free(vals, n);
	}
	for (size_t i = 0; i < t->nfks; i++) {
		cJSON *fks = cJSON_GetObjectItem(o, "references");
		if (!fks)
			fks = cJSON_AddArrayToObject(o, "references");
		char ref[512];
		snprintf(ref, sizeof ref, "%s -> %s", t->fks[i].ncols ? t->fks[i].cols[0] : "?",
		         t->fks[i].ref_table ? t->fks[i].ref_table : "?");
		cJSON_AddItemToArray(fks, cJSON_CreateString(ref));
	}
	return o;
}

/* The answer's entry for t, NULL when there is none. */
static const cJSON *entry_for(const cJSON *tables, const sx_table *t)
{
	const cJSON *e;
	char id[512];
	snprintf(id, sizeof id, "%s.%s", t->schema->name, t->name);
	cJSON_ArrayForEach(e, tables)
	{
		const char *n = sx_json_str(e, "table", sx_json_str(e, "name", ""));
		if (strcmp(n, id) == 0 || strcmp(n, t->name) == 0 || strcasecmp(n, id) == 0 ||
		    strcasecmp(n, t->name) == 0)
			return e;
	}
	return NULL;
}

/* Descriptions kept for the caller's transaction (sx_describe_opts.defer):
 * what take() would have stored, in the order it came. */
typedef struct pending_one {
	const sx_table *t;
	char *td;           /* owned; may be NULL */
	const char **names; /* the columns' own names (borrowed strings) */
	char **texts;       /* owned */
	size_t n;
	char *model; /* owned */
} pending_one;

struct sx_describe_pending {
	SX_VEC(pending_one) v;
};

void sx_describe_pending_free(sx_describe_pending *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->v.n; i++) {
		pending_one *o = &p->v.v[i];
		for (size_t k = 0; k < o->n; k++)
			free(o->texts[k]);
		free(o->texts);
		free(o->names);
		free(o->td);
		free(o->model);
	}
	SX_VEC_FREE(&p->v);
	free(p);
}

int sx_describe_pending_save(sx_store *st, sx_dbmap *m, const sx_describe_pending *p, sx_error *err)
{
	int rc = 0;
	for (size_t i = 0; p && i < p->v.n && !rc; i++) {
		const pending_one *o = &p->v.v[i];
		rc = sx_map_model_desc_save(st, m, o->t, o->td, o->names,
		                            (const char *const *)o->texts, o->n, o->model, err);
	}
	return rc;
}

size_t sx_describe_pending_count(const sx_describe_pending *p)
{
	return p ? p->v.n : 0;
}

/* Keeps what take() has for t in *defer (created on first use); takes the
 * strings over on success. */
static int keep(sx_describe_pending **defer, const sx_table *t, char **td, const char ***names,
                char ***texts, size_t n, const char *model, sx_error *err)
{
	pending_one o = {t, *td, *names, *texts, n, sx_strdup(model ? model : "")};
	if (!*defer && !(*defer = sx_calloc(1, sizeof **defer))) {
		free(o.model);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if (!o.model || SX_VEC_PUSH(&(*defer)->v, o)) {
		free(o.model);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	*td = NULL;
	*names = NULL;
	*texts = NULL;
	return 0;
}

/* Stores what the entry says of t (or keeps it in *defer); false when it
 * holds no usable text. */
static bool take(sx_store *st, sx_dbmap *m, const sx_table *t, const cJSON *e, const char *model,
                 sx_describe_pending **defer, cJSON *findings, sx_error *err, int *rc)
{
	char *td = clean_line(sx_json_str(e, "description", NULL));
	const char **names = sx_calloc(t->ncols + 1, sizeof *names);
	char **texts = sx_calloc(t->ncols + 1, sizeof *texts);
	const cJSON *cols = cJSON_GetObjectItem(e, "columns"), *c;
	size_t n = 0, unknown = 0;
	bool ok;

	*rc = 0;
	if (!names || !texts) {
		*rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	cJSON_ArrayForEach(c, cols)
	{
		/* {"col": "text"} or [{"name": "col", "description": "text"}] */
		const char *cn = cJSON_IsString(c)
		                     ? c->string
		                     : sx_json_str(c, "name", sx_json_str(c, "column", NULL));
		const char *ct =
		    cJSON_IsString(c) ? c->valuestring : sx_json_str(c, "description", NULL);
		const sx_column *col = cn ? sx_table_find_column(t, cn) : NULL;
		if (!col) {
			unknown++;
			continue;
		}
		bool dup = false;
		for (size_t k = 0; k < n; k++)
			dup = dup || strcmp(names[k], col->name) == 0;
		char *txt = dup ? NULL : clean_line(ct);
		if (!txt)
			continue;
		names[n] = col->name;
		texts[n++] = txt;
	}
	if (unknown)
		add_finding(findings, "info", "model.unknown-column",
		            "%s.%s: %zu column description(s) name columns the table does not "
		            "have; they were dropped",
		            t->schema->name, t->name, unknown);
	ok = td || n;
	if (ok && defer)
		*rc = keep(defer, t, &td, &names, &texts, n, model, err);
	else if (ok)
		*rc = sx_map_model_desc_save(st, m, t, td, names, (const char *const *)texts, n,
		                             model, err);
done:
	for (size_t k = 0; texts && k < n; k++)
		free(texts[k]);
	free(texts);
	free(names);
	free(td);
	return ok && *rc == 0;
}

/* One request for a batch of tables. */
static int ask_batch(sx_store *st, sx_dbmap *m, const sx_table **batch, size_t nb,
                     const sx_describe_opts *o, const char *prompt, cJSON *rep, cJSON *findings,
                     sx_error *err)
{
	cJSON *tabs = cJSON_CreateArray();
	for (size_t i = 0; i < nb; i++)
		cJSON_AddItemToArray(tabs, table_json(m, batch[i], o->sampler));
	char *tj = cJSON_PrintUnformatted(tabs);
	cJSON_Delete(tabs);
	sx_buf task = SX_BUF_INIT;
	sx_buf_printf(&task,
	              "Task: describe.\nWrite one line (at most 20 words) for each table below "
	              "saying what it holds for the business, and one line for each column whose "
	              "name alone does not say it. Answer with one JSON object and nothing else:\n"
	              "{\"tables\": [{\"table\": \"schema.table\", \"description\": \"...\", "
	              "\"columns\": {\"column\": \"...\"}}]}\nTables (JSON):\n%s",
	              tj ? tj : "[]");
	free(tj);
	if (sx_buf_failed(&task)) {
		sx_buf_release(&task);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	sx_llm_message msgs[2] = {
	    {.role = SX_LLM_SYSTEM, .content = prompt},
	    {.role = SX_LLM_USER, .content = sx_buf_cstr(&task)},
	};
	long max_tokens = sx_config_get_int(o->config, "agents", "max_tokens", 4000);
	sx_llm_chat_opts co = {
	    .max_tokens = (int)max_tokens, .no_cache = true, .tag = "schema_analyst"};
	sx_llm_reply reply;
	sx_error e = {0};
	int rc = 0;
	int crc = sx_llm_chat_reply(o->llm, msgs, 2, &co, NULL, o->cancel, &reply, &e);
	sx_buf_release(&task);
	cJSON_ReplaceItemInObject(
	    rep, "requests", cJSON_CreateNumber((double)(sx_json_int(rep, "requests", 0) + 1)));
	if (crc == SX_ECANCELLED) {
		sx_llm_reply_release(&reply);
		return sx_error_set(err, SX_ECANCELLED, "describing with the model: cancelled");
	}
	char names[512] = "";
	for (size_t i = 0; i < nb; i++)
		snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", i ? ", " : "",
		         batch[i]->name);
	if (crc) {
		add_finding(findings, "warning", "model.request-failed",
		            "the request for %s failed (%s)", names, e.msg);
		sx_llm_reply_release(&reply);
		return 0;
	}
	const char *model = reply.res.model[0] ? reply.res.model : sx_llm_model(o->llm);
	if (!cJSON_GetObjectItem(rep, "model"))
		sx_json_add_str(rep, "model", model);
	cJSON *ans = NULL;
	const cJSON *tables = NULL;
	if (sx_answer_json(sx_buf_cstr(&reply.content), &ans) == 0)
		tables = cJSON_IsArray(ans) ? ans : cJSON_GetObjectItem(ans, "tables");
	if (!cJSON_IsArray(tables)) {
		add_finding(findings, "warning", "model.unusable-answer",
		            "the answer for %s holds no descriptions", names);
		cJSON_Delete(ans);
		sx_llm_reply_release(&reply);
		return 0;
	}
	int64_t described = 0;
	for (size_t i = 0; i < nb && !rc; i++) {
		const cJSON *en = entry_for(tables, batch[i]);
		if (en && take(st, m, batch[i], en, model, o->defer, findings, err, &rc))
			described++;
		else if (!rc)
			add_finding(findings, "warning", "model.unusable-answer",
			            "the answer has no usable description of %s.%s",
			            batch[i]->schema->name, batch[i]->name);
	}
	cJSON_ReplaceItemInObject(
	    rep, "described",
	    cJSON_CreateNumber((double)(sx_json_int(rep, "described", 0) + described)));
	cJSON_Delete(ans);
	sx_llm_reply_release(&reply);
	return rc;
}

static bool wanted(const sx_table *t, const sx_table *only)
{
	return only ? t == only : true;
}

int sx_describe_with_model(sx_store *st, sx_dbmap *m, const sx_database *db, const sx_table *only,
                           const sx_describe_opts *o, cJSON **report, sx_error *err)
{
	SX_VEC(const sx_table *) todo = {0};
	cJSON *rep = cJSON_CreateObject(), *findings;
	char *prompt = NULL;
	int64_t considered = 0, cached = 0;
	int rc = 0;

	*report = NULL;
	if (!rep)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	sx_json_add_int(rep, "requests", 0);
	sx_json_add_int(rep, "described", 0);
	findings = cJSON_AddArrayToObject(rep, "findings");
	/* what is already described, by fingerprint */
	if ((rc = sx_map_model_desc_load(st, m, db, err)))
		goto done;
	for (size_t s = 0; s < db->nschemas; s++)
		for (size_t t = 0; t < db->schemas[s]->ntables; t++) {
			const sx_table *tb = db->schemas[s]->tables[t];
			const sx_map_table *mt = sx_dbmap_table(m, tb);
			if (!wanted(tb, only) || !mt)
				continue;
			considered++;
			if (mt->model_description || mt->nmodel_cols)
				cached++;
			else if (SX_VEC_PUSH(&todo, tb)) {
				rc = sx_error_set(err, SX_ENOMEM, "out of memory");
				goto done;
			}
		}
	sx_json_add_int(rep, "tables", considered);
	sx_json_add_int(rep, "cached", cached);
	sx_json_add_int(rep, "asked", (int64_t)todo.n);
	if (todo.n) {
		if (!(prompt = sx__prompt_load("schema_analyst"))) {
			rc = sx_error_set(err, SX_ENOTFOUND,
			                  "the Schema Analyst's prompt is missing (%s/prompts/"
			                  "schema_analyst.md)",
			                  sx_data_dir());
			goto done;
		}
		size_t batch =
		    o->batch ? o->batch
		             : (size_t)sx_config_get_int(o->config, "agents", "describe_batch", 8);
		if (batch < 1)
			batch = 1;
		if (batch > 64)
			batch = 64;
		sx_json_add_int(rep, "batch", (int64_t)batch);
		for (size_t i = 0; i < todo.n && !rc; i += batch) {
			size_t nb = todo.n - i < batch ? todo.n - i : batch;
			if (o->progress)
				sx_progress_report(o->progress, "describing with the model",
				                   (int64_t)i, (int64_t)todo.n);
			rc = ask_batch(st, m, todo.v + i, nb, o, prompt, rep, findings, err);
		}
	}
done:
	SX_VEC_FREE(&todo);
	free(prompt);
	if (rc) {
		cJSON_Delete(rep);
		return rc;
	}
	*report = rep;
	return 0;
}
