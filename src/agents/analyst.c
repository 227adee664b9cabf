/*
 * analyst.c - the Schema Analyst: what the plan's tables and joins risk.
 *
 * For the query spec the planner made, it walks each fact group's joins
 * and checks them against the map and the catalog: the map's best path
 * between the tables (through the find_path tool, so the call is audited
 * like a model's), fan-out, nullable join keys, foreign keys without an
 * index, tables without a primary key, and the personal data the plan
 * touches with what the policy does with it. It also writes the run's
 * column lineage: each target column from its source columns and the
 * expression that produces it.
 *
 * Findings of its own use the rule ids "plan.*" (docs/agents.md).
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/gen.h>

#include "agents_int.h"

#define STEP_NAME_MAX 160

static void table_name(const sx_table *t, char *out, size_t n)
{
	snprintf(out, n, "%s.%s", t->schema->name, t->name);
}

static bool col_indexed(const sx_table *t, const char *col)
{
	if (t->pk.ncols && strcmp(t->pk.cols[0], col) == 0)
		return true;
	for (size_t i = 0; i < t->nindexes; i++)
		if (t->indexes[i].key.ncols && strcmp(t->indexes[i].key.cols[0], col) == 0)
			return true;
	return false;
}

static void add_table_used(cJSON *used, const sx_table *t)
{
	char id[512];
	sx_table_id(t, id, sizeof id);
	for (int i = 0; i < cJSON_GetArraySize(used); i++)
		if (strcmp(cJSON_GetArrayItem(used, i)->valuestring, id) == 0)
			return;
	cJSON_AddItemToArray(used, cJSON_CreateString(id));
}

/* One join of a fact group: the map's path between its ends and the risks
 * of its key columns. */
static void check_join(sx_run *r, const char *step, const sx_gen_join *j, cJSON *joins)
{
	char a[STEP_NAME_MAX], b[STEP_NAME_MAX];
	cJSON *args = cJSON_CreateObject(), *res = NULL;
	sx_error e;

	table_name(j->from, a, sizeof a);
	table_name(j->to, b, sizeof b);
	sx_json_add_str(args, "from", a);
	sx_json_add_str(args, "to", b);
	cJSON *jo = cJSON_CreateObject();
	cJSON_AddItemToArray(joins, jo);
	sx_json_add_str(jo, "from", a);
	sx_json_add_str(jo, "to", b);
	sx_json_add_bool(jo, "left", j->left);
	/* the join columns, for the data-flow picture (run show --graph) */
	cJSON *on = cJSON_AddArrayToObject(jo, "on");
	for (size_t c = 0; c < j->ncols; c++) {
		char cond[2 * STEP_NAME_MAX + 160];
		snprintf(cond, sizeof cond, "%s.%s = %s.%s", j->from->name, j->from_cols[c],
		         j->to->name, j->to_cols[c]);
		cJSON_AddItemToArray(on, cJSON_CreateString(cond));
	}
	if (sx__run_tool(r, SX_AGENT_SCHEMA_ANALYST, step, "find_path", args, &res, &e) == 0) {
		const cJSON *p0 = cJSON_GetArrayItem(cJSON_GetObjectItem(res, "paths"), 0);
		const char *warn = sx_json_str(p0, "warning", NULL);
		const cJSON *conf = cJSON_GetObjectItem(p0, "confidence");
		if (cJSON_IsNumber(conf))
			sx_json_add_num(jo, "confidence", conf->valuedouble);
		if (warn) {
			sx_json_add_str(jo, "warning", warn);
			sx__run_thought(r, SX_AGENT_SCHEMA_ANALYST, step, "%s -> %s: %s", a, b, warn);
		} else if (cJSON_IsNumber(conf)) {
			sx__run_thought(r, SX_AGENT_SCHEMA_ANALYST, step,
					"%s -> %s: path confidence %.2f", a, b, conf->valuedouble);
		}
	}
	cJSON_Delete(res);
	cJSON_Delete(args);

	for (size_t c = 0; c < j->ncols; c++) {
		const sx_column *fc = sx_table_find_column(j->from, j->from_cols[c]);
		if (fc && fc->nullable)
			sx__run_thought(r, SX_AGENT_SCHEMA_ANALYST, step,
					"%s.%s is nullable: rows without it are kept by a %s join",
					a, fc->name, j->left ? "LEFT" : "plain (they are dropped)");
		/* the child side of the join wants an index for the load */
		if (fc && !col_indexed(j->from, fc->name) && j->from->row_count > 10000)
			sx_finding_add(&r->plan_findings, SX_SEV_INFO, SX_CAT_PERFORMANCE,
				       "plan.fk-no-index", SX_ART_SELECT_SQL, 0, 0,
				       "an index on the join column speeds up incremental loads",
				       "join column %s.%s has no index (%lld rows)", a, fc->name,
				       (long long)j->from->row_count);
	}
}

static void check_table(sx_run *r, const sx_table *t, cJSON *pii)
{
	char name[STEP_NAME_MAX];
	table_name(t, name, sizeof name);
	/* a source table's key matters to a load keyed by its rows (an upsert,
	 * a snapshot, SCD2, a dedup): an aggregate is keyed by its grain, a list
	 * is replaced whole, and a key the map found (a ClickHouse table's id,
	 * referred to by the other tables) is the spec's key */
	if (!t->pk.ncols && t->kind == SX_REL_TABLE && t == r->spec->entity && !r->spec->nkey &&
	    !r->spec->list && r->spec->load != SX_LOAD_AGGREGATE)
		sx_finding_add(&r->plan_findings, SX_SEV_WARNING, SX_CAT_LOGIC, "plan.no-primary-key",
			       SX_ART_LOAD_SQL, 0, 0,
			       "deduplicate on a business key or load in full",
			       "table %s has no primary key: upserts and deduplication have no key",
			       name);
	for (size_t i = 0; i < t->ncols; i++) {
		const sx_map_column *mc = sx_dbmap_column(r->env.map, t, t->cols[i].name);
		if (!mc)
			continue;
		cJSON *o = cJSON_CreateObject();
		cJSON_AddItemToArray(pii, o);
		sx_json_add_str(o, "table", name);
		sx_json_add_str(o, "column", t->cols[i].name);
		sx_json_add_str(o, "class", sx_map_pii_name(mc->pii));
	}
}

/* "{quantity} * {unit_price}" -> "t.quantity * t.unit_price" */
static char *expand_expr(const sx_table *t, const char *expr)
{
	sx_buf b = SX_BUF_INIT;
	for (const char *p = expr; p && *p; p++) {
		if (*p == '{') {
			const char *e = strchr(p, '}');
			if (e) {
				sx_buf_printf(&b, "%s.%.*s", t->name, (int)(e - p - 1), p + 1);
				p = e;
				continue;
			}
		}
		sx_buf_putc(&b, *p);
	}
	return sx_buf_failed(&b) ? NULL : sx_buf_detach(&b);
}

static void source_cols(const sx_table *t, const char *expr, cJSON *arr)
{
	for (const char *p = expr; p && (p = strchr(p, '{')) != NULL;) {
		const char *e = strchr(p, '}');
		if (!e)
			break;
		char id[512];
		snprintf(id, sizeof id, "%s.%s.%.*s", t->schema->name, t->name, (int)(e - p - 1),
			 p + 1);
		cJSON_AddItemToArray(arr, cJSON_CreateString(id));
		p = e;
	}
}

static void lineage_add(cJSON *lin, const char *target, const sx_table *t, const char *col,
			const char *expr)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddItemToArray(lin, o);
	sx_json_add_str(o, "target", target);
	cJSON *src = cJSON_AddArrayToObject(o, "sources");
	if (col) {
		char id[512];
		snprintf(id, sizeof id, "%s.%s.%s", t->schema->name, t->name, col);
		cJSON_AddItemToArray(src, cJSON_CreateString(id));
	} else {
		source_cols(t, expr, src);
	}
	sx_json_add_str(o, "expression", expr);
}

static void build_lineage(sx_run *r)
{
	const sx_gen_spec *s = r->spec;
	cJSON *lin = cJSON_CreateArray();

	if (s->time_table && s->time_column && s->grain != SX_GRAIN_NONE) {
		char e[256];
		snprintf(e, sizeof e, "%s bucket of %s.%s", sx_gen_grain_name(s->grain),
			 s->time_table->name, s->time_column);
		lineage_add(lin, "period", s->time_table, s->time_column, e);
	}
	for (size_t i = 0; i < s->ndims; i++)
		lineage_add(lin, s->dims[i].name, s->dims[i].table, s->dims[i].column,
			    s->dims[i].column);
	for (size_t i = 0; i < s->nmeasures; i++) {
		const sx_gen_measure *m = &s->measures[i];
		char *x = m->expr ? expand_expr(m->table, m->expr) : NULL;
		char e[512];
		snprintf(e, sizeof e, "%s(%s)%s", sx_gen_agg_name(m->agg), x ? x : "*",
			 m->convert ? " converted to the base currency" : "");
		lineage_add(lin, m->name, m->table, NULL, e);
		if (!m->expr) /* count(*): the table's rows */
			cJSON_AddItemToArray(cJSON_GetObjectItem(cJSON_GetArrayItem(lin, cJSON_GetArraySize(lin) - 1), "sources"),
					     cJSON_CreateString(m->table->name));
		free(x);
	}
	for (size_t i = 0; s->entity && i < s->ncols; i++) {
		const char *mask = s->col_masks ? s->col_masks[i] : NULL;
		char e[256];
		snprintf(e, sizeof e, mask ? "masked (%s)" : "%s", mask ? mask : s->cols[i]);
		lineage_add(lin, s->cols[i], s->entity, s->cols[i], e);
	}
	r->lineage = lin;
}

int sx__analyse_schema(sx_run *r, const char *step, sx_error *err)
{
	const sx_gen_spec *s = r->spec;
	cJSON *rep = cJSON_CreateObject();
	cJSON *joins = cJSON_AddArrayToObject(rep, "joins");
	cJSON *pii = cJSON_AddArrayToObject(rep, "pii");
	cJSON *used = cJSON_AddArrayToObject(rep, "tables_used");
	size_t f0 = r->plan_findings.n;

	if (!rep)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	for (size_t g = 0; g < s->ngroups; g++) {
		const sx_gen_group *gr = &s->groups[g];
		add_table_used(used, gr->fact);
		check_table(r, gr->fact, pii);
		for (size_t j = 0; j < gr->njoins; j++) {
			add_table_used(used, gr->joins[j].to);
			check_table(r, gr->joins[j].to, pii);
			check_join(r, step, &gr->joins[j], joins);
		}
		if (gr->nmeasures && s->ngroups > 1)
			sx__run_thought(r, SX_AGENT_SCHEMA_ANALYST, step,
					"facts of %s are aggregated at the grain on their own "
					"before the groups meet, so no row is counted twice",
					gr->fact->name);
	}
	if (s->entity) {
		add_table_used(used, s->entity);
		check_table(r, s->entity, pii);
	}
	if (s->rate_table)
		add_table_used(used, s->rate_table);
	int npii = cJSON_GetArraySize(pii);
	if (npii) {
		bool masked = s->load == SX_LOAD_MASKED_EXPORT || s->col_masks;
		sx__run_thought(r, SX_AGENT_SCHEMA_ANALYST, step,
				"%d personal-data column%s in the tables used; %s", npii,
				npii == 1 ? "" : "s",
				masked ? "the export masks them (hash or mask per class)"
				       : "the aggregates do not select them");
	} else {
		sx__run_thought(r, SX_AGENT_SCHEMA_ANALYST, step,
				"no personal data in the tables used");
	}
	for (size_t i = f0; i < r->plan_findings.n; i++) {
		sx_event ev = { .type = SX_EV_FINDING, .agent = "schema_analyst", .step = step,
				.text = r->plan_findings.v[i].message };
		ev.u.finding.severity = (int)r->plan_findings.v[i].severity;
		ev.u.finding.category = (int)r->plan_findings.v[i].category;
		ev.u.finding.rule = r->plan_findings.v[i].rule;
		sx__run_emit(r, &ev);
	}
	r->analysis = rep;
	build_lineage(r);
	return 0;
}

/* ------------------------------------------------------------ value dictionary */

int sx__dictionary_values(void *payload, const sx_table *t, const char *col, char ***values,
			  size_t *n)
{
	sx_run *r = payload;
	sx_source_opts o = { .config = r->env.config, .statement_timeout_ms = 5000 };
	sx_sampler *s = NULL;
	sx_error e;
	int rc;

	*values = NULL;
	*n = 0;
	if (r->env.config && !sx_config_get_bool(r->env.config, "gen", "value_dictionary", true))
		return -1;
	/* never from personal data */
	if (sx_dbmap_column(r->env.map, t, col) || !r->live_source || !*r->live_source)
		return -1;
	if (sx_sampler_open(&s, r->live_source, &o, &e))
		return -1;
	rc = sx_sampler_distinct(s, t, col, 51, values, n, &e);
	sx_sampler_close(s);
	if (rc)
		return -1;
	if (*n > 50) { /* not low-cardinality: not a dictionary */
		sx_sampler_values_free(*values, *n);
		*values = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------------ model mode */

static bool used_table(const cJSON *used, const char *name, const sx_table **out, sx_run *r)
{
	const cJSON *u;
	cJSON_ArrayForEach(u, used)
	{
		sx_table *t = NULL;
		if (!cJSON_IsString(u) || sx_catalog_resolve(r->env.cat, u->valuestring, &t, NULL))
			continue;
		char qn[STEP_NAME_MAX];
		table_name(t, qn, sizeof qn);
		if (strcasecmp(name, qn) == 0 || strcasecmp(name, t->name) == 0 ||
		    strcasecmp(name, u->valuestring) == 0) {
			*out = t;
			return true;
		}
	}
	return false;
}

static const char *const treatments[] = {"mask", "hash", "drop", "not selected", NULL};

/* The model's report, kept only in what checks out against the plan's
 * tables and the map: risks on tables the plan uses, PII treatment of
 * columns the map classed as personal data. *dropped counts the rest. */
static cJSON *model_report(sx_run *r, const cJSON *o, int *dropped)
{
	const cJSON *used = cJSON_GetObjectItem(r->analysis, "tables_used"), *x;
	cJSON *rep = cJSON_CreateObject();
	cJSON *risks = cJSON_AddArrayToObject(rep, "risks");
	cJSON *pii = cJSON_AddArrayToObject(rep, "pii");
	const char *summary = sx_json_str(o, "summary", NULL);

	*dropped = 0;
	if (summary && *summary) {
		char *s = sx_sanitize(summary, false);
		sx_json_add_str(rep, "summary", s);
		free(s);
	}
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(o, "risks"))
	{
		const char *msg = sx_json_str(x, "message", NULL);
		const sx_table *t = NULL;
		if (!msg || !*msg || !used_table(used, sx_json_str(x, "table", ""), &t, r)) {
			(*dropped)++;
			continue;
		}
		const char *sev = sx_json_str(x, "severity", "info");
		char qn[STEP_NAME_MAX];
		table_name(t, qn, sizeof qn);
		cJSON *k = cJSON_CreateObject();
		sx_json_add_str(k, "severity",
		                strcmp(sev, "warning") == 0 || strcmp(sev, "error") == 0 ? "warning"
		                                                                         : "info");
		sx_json_add_str(k, "table", qn);
		char *m = sx_sanitize(msg, false),
		     *h = sx_sanitize(sx_json_str(x, "hint", ""), false);
		sx_json_add_str(k, "message", m);
		if (h && *h)
			sx_json_add_str(k, "hint", h);
		free(m);
		free(h);
		cJSON_AddItemToArray(risks, k);
	}
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(o, "pii"))
	{
		const sx_table *t = NULL;
		const char *col = sx_json_str(x, "column", ""),
		           *tr = sx_json_str(x, "treatment", "");
		const sx_column *c = NULL;
		bool known = false;
		if (used_table(used, sx_json_str(x, "table", ""), &t, r))
			c = sx_table_find_column(t, col);
		for (size_t i = 0; treatments[i]; i++)
			known = known || strcmp(tr, treatments[i]) == 0;
		/* a column the map does not class as personal data is not the
		 * model's to declare so */
		if (!c || !known || !sx_dbmap_column(r->env.map, t, c->name)) {
			(*dropped)++;
			continue;
		}
		char qn[STEP_NAME_MAX];
		table_name(t, qn, sizeof qn);
		cJSON *k = cJSON_CreateObject();
		sx_json_add_str(k, "table", qn);
		sx_json_add_str(k, "column", c->name);
		sx_json_add_str(k, "class",
		                sx_map_pii_name(sx_dbmap_column(r->env.map, t, c->name)->pii));
		sx_json_add_str(k, "treatment", tr);
		cJSON_AddItemToArray(pii, k);
	}
	if (!cJSON_GetObjectItem(rep, "summary") && !cJSON_GetArraySize(risks) &&
	    !cJSON_GetArraySize(pii)) {
		cJSON_Delete(rep);
		return NULL;
	}
	sx_json_add_int(rep, "dropped", *dropped);
	return rep;
}

int sx__analyst_model(sx_run *r, const char *step, sx_error *err)
{
	sx_model_answer a;
	sx_buf task = SX_BUF_INIT;
	char *plan = cJSON_PrintUnformatted(r->plan_json);
	char *an = cJSON_PrintUnformatted(r->analysis);
	cJSON *o = NULL, *rep = NULL;
	int dropped = 0, rc;

	sx_buf_printf(&task,
	              "Task: analyse.\nIntent: %s\nThe plan as JSON:\n%s\nThe built-in analysis "
	              "as JSON:\n%s\nCheck the joins and keys with the tools, then answer with the "
	              "JSON object of the analyse task.",
	              r->req.intent, plan ? plan : "{}", an ? an : "{}");
	free(plan);
	free(an);
	if (sx_buf_failed(&task)) {
		sx_buf_release(&task);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	rc = sx__model_ask(r, SX_AGENT_SCHEMA_ANALYST, step, sx_buf_cstr(&task), &a, err);
	sx_buf_release(&task);
	if (rc || !a.answer) {
		sx__model_answer_done(r, SX_AGENT_SCHEMA_ANALYST, &a, false);
		return rc;
	}
	if (sx_answer_json(a.answer, &o) == 0 && cJSON_IsObject(o))
		rep = model_report(r, o, &dropped);
	cJSON_Delete(o);
	if (!rep) {
		sx__model_finding(r, SX_AGENT_SCHEMA_ANALYST, step, "model.unusable-answer",
		                  "the answer holds no usable risks, PII treatment or summary");
		sx__model_answer_done(r, SX_AGENT_SCHEMA_ANALYST, &a, false);
		return 0;
	}
	sx__model_answer_done(r, SX_AGENT_SCHEMA_ANALYST, &a, true);
	/* the model's risks are advice: info findings, so that its prose does
	 * not move the score; the built-in checks keep their severities */
	size_t f0 = r->plan_findings.n;
	const cJSON *k;
	pthread_mutex_lock(&r->emit_mu);
	cJSON_ArrayForEach(k, cJSON_GetObjectItem(rep, "risks"))
	{
		sx_finding_add(&r->plan_findings, SX_SEV_INFO, SX_CAT_LOGIC, "model.risk",
		               SX_ART_SELECT_SQL, 0, 0, sx_json_str(k, "hint", NULL), "%s (%s): %s",
		               sx_json_str(k, "table", ""), sx_json_str(k, "severity", "info"),
		               sx_json_str(k, "message", ""));
	}
	pthread_mutex_unlock(&r->emit_mu);
	for (size_t i = f0; i < r->plan_findings.n; i++) {
		sx_event ev = {.type = SX_EV_FINDING,
		               .agent = "schema_analyst",
		               .step = step,
		               .text = r->plan_findings.v[i].message};
		ev.u.finding.severity = (int)r->plan_findings.v[i].severity;
		ev.u.finding.category = (int)r->plan_findings.v[i].category;
		ev.u.finding.rule = r->plan_findings.v[i].rule;
		sx__run_emit(r, &ev);
	}
	if (cJSON_GetObjectItem(rep, "summary"))
		sx__run_thought(r, SX_AGENT_SCHEMA_ANALYST, step, "the model: %s",
		                sx_json_str(rep, "summary", ""));
	sx__run_thought(r, SX_AGENT_SCHEMA_ANALYST, step,
	                "the model's analysis: %d risk(s), %d PII treatment(s)%s",
	                cJSON_GetArraySize(cJSON_GetObjectItem(rep, "risks")),
	                cJSON_GetArraySize(cJSON_GetObjectItem(rep, "pii")),
	                dropped ? "; what named tables or columns outside the plan was dropped"
	                        : "");
	cJSON_AddItemToObject(r->analysis, "model", rep);
	return 0;
}
