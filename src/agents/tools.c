/*
 * tools.c - the tool table: what agents may ask of the workspace and of a
 * live source, as data (like the command table).
 *
 * Built-in agents call tools through sx_tool_call; in model mode the same
 * table is offered as OpenAI `tools`, and the model's calls come back here.
 * Either way every call is audited (agent, tool, arguments, time, result
 * size, status), and the arguments are checked against what each tool
 * needs before it runs, since a model's arguments are untrusted text.
 *
 * Tools that touch a live database (live_db) open a read-only sampler on
 * the source for the call: values of PII columns are never returned
 * (column_values refuses them; sample_rows masks them).
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/validate.h>

#include "agents_int.h"

#define MAX_K 50
#define MAX_SAMPLE_ROWS 20
#define MAX_DISTINCT 50

/* ------------------------------------------------------------ arguments */

static const char *arg_str(const cJSON *args, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(args, key);
	return cJSON_IsString(v) && v->valuestring[0] ? v->valuestring : NULL;
}

static long arg_int(const cJSON *args, const char *key, long def, long lo, long hi)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(args, key);
	long x = cJSON_IsNumber(v) ? (long)v->valuedouble : def;
	return x < lo ? lo : x > hi ? hi : x;
}

static int need_str(const cJSON *args, const char *key, const char **out, sx_error *err)
{
	*out = arg_str(args, key);
	return *out ? 0 : sx_error_set(err, SX_EINVAL, "argument '%s' is required", key);
}

static int need_table(sx_agent_env *env, const cJSON *args, const char *key, sx_table **t,
		      sx_error *err)
{
	const char *ref;
	int rc = need_str(args, key, &ref, err);
	return rc ? rc : sx_catalog_resolve(env->cat, ref, t, err);
}

static const sx_column *need_column(const sx_table *t, const cJSON *args, sx_error *err)
{
	const char *name;
	if (need_str(args, "column", &name, err))
		return NULL;
	const sx_column *c = sx_table_find_column(t, name);
	if (!c)
		sx_error_set(err, SX_ENOTFOUND, "table '%s' has no column '%s'", t->name, name);
	return c;
}

static cJSON *table_ref(const sx_table *t)
{
	char id[512];
	sx_table_id(t, id, sizeof id);
	return cJSON_CreateString(id);
}

/* ------------------------------------------------------------ workspace tools */

static int t_search_tables(sx_agent_env *env, const cJSON *args, cJSON **out, sx_error *err)
{
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	sx_search_result *r = NULL;
	const char *q;
	int rc;

	if ((rc = need_str(args, "query", &q, err)))
		return rc;
	if (!env->search)
		return sx_error_set(err, SX_EUNSUPPORTED, "search is not open in this run");
	o.k = (size_t)arg_int(args, "k", 5, 1, MAX_K);
	o.database = arg_str(args, "database");
	if ((rc = sx_search_query(env->search, q, &o, &r, err)))
		return rc;
	cJSON *hits = cJSON_CreateArray();
	for (size_t i = 0; hits && i < r->n; i++)
		cJSON_AddItemToArray(hits, sx_search_hit_to_json(env->search, &r->hits[i]));
	sx_search_result_free(r);
	*out = cJSON_CreateObject();
	cJSON_AddItemToObject(*out, "tables", hits);
	return 0;
}

static int t_describe_table(sx_agent_env *env, const cJSON *args, cJSON **out, sx_error *err)
{
	sx_table *t;
	int rc = need_table(env, args, "table", &t, err);
	if (rc)
		return rc;
	*out = sx_map_table_to_json(env->map, t);
	if (*out && t->comment)
		sx_json_add_str(*out, "comment", t->comment);
	return *out ? 0 : sx_error_set(err, SX_ENOMEM, "out of memory");
}

static int t_list_columns(sx_agent_env *env, const cJSON *args, cJSON **out, sx_error *err)
{
	sx_table *t;
	int rc = need_table(env, args, "table", &t, err);
	if (rc)
		return rc;
	*out = cJSON_CreateObject();
	cJSON_AddItemToObject(*out, "table", table_ref(t));
	cJSON *cols = cJSON_AddArrayToObject(*out, "columns");
	for (size_t i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddItemToArray(cols, o);
		sx_json_add_str(o, "name", c->name);
		sx_json_add_str(o, "type", c->type);
		sx_json_add_bool(o, "nullable", c->nullable);
		if (sx_table_col_in_pk(t, c->name))
			sx_json_add_bool(o, "pk", true);
		const sx_fk *fk = sx_table_col_fk(t, c->name);
		if (fk)
			sx_json_add_str(o, "references", fk->ref_table);
		const sx_map_column *mc = sx_dbmap_column(env->map, t, c->name);
		if (mc)
			sx_json_add_str(o, "pii", sx_map_pii_name(mc->pii));
		if (c->comment)
			sx_json_add_str(o, "comment", c->comment);
	}
	return 0;
}

static int t_find_path(sx_agent_env *env, const cJSON *args, cJSON **out, sx_error *err)
{
	sx_table *from, *to;
	sx_map_path_opts o;
	sx_map_paths *p = NULL;
	int rc;

	if ((rc = need_table(env, args, "from", &from, err)) ||
	    (rc = need_table(env, args, "to", &to, err)))
		return rc;
	sx_map_path_opts_init(&o);
	o.max_hops = (int)arg_int(args, "max_hops", o.max_hops, 1, 8);
	o.k = (int)arg_int(args, "k", 1, 1, 5);
	if ((rc = sx_map_paths_find(env->map, from, to, &o, &p, err)))
		return rc;
	*out = sx_map_paths_to_json(p);
	sx_map_paths_free(p);
	return *out ? 0 : sx_error_set(err, SX_ENOMEM, "out of memory");
}

static int t_get_context(sx_agent_env *env, const cJSON *args, cJSON **out, sx_error *err)
{
	const char *q;
	int rc = need_str(args, "query", &q, err);
	if (rc)
		return rc;
	if (!env->search)
		return sx_error_set(err, SX_EUNSUPPORTED, "search is not open in this run");
	return sx_search_context(env->search, env->map, q, NULL, out, err);
}

/* ------------------------------------------------------------ live tools */

static int open_sampler(sx_agent_env *env, const sx_table *t, sx_sampler **s, sx_error *err)
{
	sx_source_opts o = { .config = env->config, .statement_timeout_ms = 5000 };
	const char *src = env->source ? env->source : t->schema->db->dsn;
	if (!src || !*src)
		return sx_error_set(err, SX_EUNSUPPORTED,
				    "no live source for database '%s' (a DDL file has no rows)",
				    t->schema->db->name);
	return sx_sampler_open(s, src, &o, err);
}

static int t_column_values(sx_agent_env *env, const cJSON *args, cJSON **out, sx_error *err)
{
	sx_table *t;
	sx_sampler *s = NULL;
	char **vals = NULL;
	size_t n = 0;
	int rc;

	if ((rc = need_table(env, args, "table", &t, err)))
		return rc;
	const sx_column *c = need_column(t, args, err);
	if (!c)
		return err ? err->code : SX_EINVAL;
	if (sx_dbmap_column(env->map, t, c->name))
		return sx_error_set(err, SX_EAUTH,
				    "column '%s' holds personal data: its values are not shown",
				    c->name);
	long limit = arg_int(args, "limit", 20, 1, MAX_DISTINCT);
	if ((rc = open_sampler(env, t, &s, err)))
		return rc;
	/* one more than asked tells whether the column is low-cardinality */
	rc = sx_sampler_distinct(s, t, c->name, (size_t)limit + 1, &vals, &n, err);
	sx_sampler_close(s);
	if (rc)
		return rc;
	*out = cJSON_CreateObject();
	cJSON_AddItemToObject(*out, "table", table_ref(t));
	sx_json_add_str(*out, "column", c->name);
	cJSON *arr = cJSON_AddArrayToObject(*out, "values");
	for (size_t i = 0; i < n && i < (size_t)limit; i++)
		cJSON_AddItemToArray(arr, cJSON_CreateString(vals[i]));
	sx_json_add_bool(*out, "truncated", n > (size_t)limit);
	sx_sampler_values_free(vals, n);
	return 0;
}

typedef struct {
	cJSON *rows;
	const bool *masked;
} sample_acc;

static int on_row(void *payload, size_t ncols, const char *const *values)
{
	sample_acc *a = payload;
	cJSON *row = cJSON_CreateArray();
	for (size_t i = 0; i < ncols; i++)
		cJSON_AddItemToArray(row, !values[i]   ? cJSON_CreateNull()
					  : a->masked[i] ? cJSON_CreateString("***")
							 : cJSON_CreateString(values[i]));
	cJSON_AddItemToArray(a->rows, row);
	return 0;
}

static int t_sample_rows(sx_agent_env *env, const cJSON *args, cJSON **out, sx_error *err)
{
	sx_table *t;
	sx_sampler *s = NULL;
	int rc;

	if ((rc = need_table(env, args, "table", &t, err)))
		return rc;
	long limit = arg_int(args, "limit", 5, 1, MAX_SAMPLE_ROWS);
	const char **cols = sx_calloc(t->ncols + 1, sizeof *cols);
	bool *masked = sx_calloc(t->ncols + 1, sizeof *masked);
	if (!cols || !masked) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < t->ncols; i++) {
		cols[i] = t->cols[i].name;
		masked[i] = sx_dbmap_column(env->map, t, cols[i]) != NULL;
	}
	if ((rc = open_sampler(env, t, &s, err)))
		goto done;
	sample_acc a = { cJSON_CreateArray(), masked };
	rc = sx_sampler_rows(s, t, t->ncols, cols, (size_t)limit, on_row, &a, err);
	sx_sampler_close(s);
	if (rc) {
		cJSON_Delete(a.rows);
		goto done;
	}
	*out = cJSON_CreateObject();
	cJSON_AddItemToObject(*out, "table", table_ref(t));
	cJSON *names = cJSON_AddArrayToObject(*out, "columns");
	for (size_t i = 0; i < t->ncols; i++)
		cJSON_AddItemToArray(names, cJSON_CreateString(cols[i]));
	cJSON_AddItemToObject(*out, "rows", a.rows);
	sx_json_add_str(*out, "note", "values of personal-data columns are shown as ***");
done:
	free(cols);
	free(masked);
	return rc;
}

static int t_similar_runs(sx_agent_env *env, const cJSON *args, cJSON **out, sx_error *err)
{
	const char *q;
	cJSON *hits = NULL;
	int rc = need_str(args, "intent", &q, err);
	if (rc || (rc = sx__memory_find(env->store, q, NULL, (size_t)arg_int(args, "k", 3, 1, 20),
					&hits, err)))
		return rc;
	*out = cJSON_CreateObject();
	cJSON_AddItemToObject(*out, "runs", hits);
	return 0;
}

/* ------------------------------------------------------------ SQL tools */

static const sx_database *tool_db(sx_agent_env *env, const cJSON *args, sx_error *err)
{
	const char *name = arg_str(args, "database");
	const sx_database *db = name ? sx_catalog_find_database(env->cat, name)
				     : env->cat->ndbs ? env->cat->dbs[0] : NULL;
	if (!db)
		sx_error_set(err, SX_ENOTFOUND, name ? "no database '%s' in the workspace"
						     : "the workspace holds no database%s",
			     name ? name : "");
	return db;
}

static void tool_vctx(sx_agent_env *env, const sx_database *db, sx_validate_ctx *vc)
{
	sx_validate_ctx_init(vc);
	vc->cat = env->cat;
	vc->db = db;
	vc->map = env->map;
	vc->source_dialect = db->kind;
	if (db->kind == SX_DB_SQLITE) {
		const char *p = env->source ? env->source : db->dsn;
		vc->sqlite_path = p && strncmp(p, "sqlite:", 7) == 0 ? p + 7 : p;
	}
}

static cJSON *findings_result(const sx_finding_list *fl)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddItemToObject(o, "findings", sx_finding_list_to_json(fl));
	sx_json_add_num(o, "score", sx_validate_score(fl));
	return o;
}

static int t_validate_sql(sx_agent_env *env, const cJSON *args, cJSON **out, sx_error *err)
{
	const sx_database *db;
	sx_validate_ctx vc;
	sx_finding_list fl;
	const char *sql;
	int rc;

	if ((rc = need_str(args, "sql", &sql, err)) || !(db = tool_db(env, args, err)))
		return rc ? rc : err->code;
	tool_vctx(env, db, &vc);
	sx_finding_list_init(&fl);
	if (!(rc = sx_validate_sql(&vc, sql, SX_ART_SELECT_SQL, &fl, err)))
		*out = findings_result(&fl);
	sx_finding_list_release(&fl);
	return rc;
}

static int t_explain_sql(sx_agent_env *env, const cJSON *args, cJSON **out, sx_error *err)
{
	const sx_database *db;
	sx_validate_ctx vc;
	sx_finding_list fl;
	cJSON *plan = NULL;
	const char *sql;
	int rc;

	if ((rc = need_str(args, "sql", &sql, err)) || !(db = tool_db(env, args, err)))
		return rc ? rc : err->code;
	if (db->kind != SX_DB_POSTGRES)
		return sx_error_set(err, SX_EUNSUPPORTED, "EXPLAIN runs on PostgreSQL sources");
	tool_vctx(env, db, &vc);
	vc.pg_conninfo = env->source ? env->source : db->dsn;
	vc.flags |= SX_VALIDATE_SERVER;
	sx_finding_list_init(&fl);
	if (!(rc = sx_validate_explain(&vc, sql, SX_ART_SELECT_SQL, &fl, &plan, err))) {
		*out = findings_result(&fl);
		cJSON_AddItemToObject(*out, "plan", plan ? plan : cJSON_CreateNull());
	}
	sx_finding_list_release(&fl);
	return rc;
}

static int t_run_preview(sx_agent_env *env, const cJSON *args, cJSON **out, sx_error *err)
{
	const sx_database *db;
	const char *sql;
	int rc;

	if ((rc = need_str(args, "sql", &sql, err)) || !(db = tool_db(env, args, err)))
		return rc ? rc : err->code;
	return sx__preview(env, db, sql, arg_int(args, "limit", 10, 1, 100),
			   sx_config_get_int(env->config, "agents", "preview_timeout_ms", 5000), out,
			   err);
}

/* ------------------------------------------------------------ the table */

#define P_TABLE "\"table\":{\"type\":\"string\",\"description\":\"schema.table or table\"}"

const sx_tool sx_tools[] = {
	{ "search_tables", "Semantic search over the tables of the workspace (English or Russian).",
	  "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"},"
	  "\"k\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":50},"
	  "\"database\":{\"type\":\"string\"}},\"required\":[\"query\"]}",
	  false, t_search_tables },
	{ "describe_table", "What the map knows about a table: domain, description, columns, "
	  "personal data, relationships.",
	  "{\"type\":\"object\",\"properties\":{" P_TABLE "},\"required\":[\"table\"]}",
	  false, t_describe_table },
	{ "list_columns", "The columns of a table with types, keys, references and PII classes.",
	  "{\"type\":\"object\",\"properties\":{" P_TABLE "},\"required\":[\"table\"]}",
	  false, t_list_columns },
	{ "column_values", "Distinct values of a low-cardinality column that holds no personal "
	  "data (status, channel, type).",
	  "{\"type\":\"object\",\"properties\":{" P_TABLE ",\"column\":{\"type\":\"string\"},"
	  "\"limit\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":50}},"
	  "\"required\":[\"table\",\"column\"]}",
	  true, t_column_values },
	{ "find_path", "The best join path between two tables, with its SQL and fan-out warnings.",
	  "{\"type\":\"object\",\"properties\":{\"from\":{\"type\":\"string\"},"
	  "\"to\":{\"type\":\"string\"},\"max_hops\":{\"type\":\"integer\",\"minimum\":1,"
	  "\"maximum\":8},\"k\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":5}},"
	  "\"required\":[\"from\",\"to\"]}",
	  false, t_find_path },
	{ "get_context", "The navigation context for a question: relevant tables, their "
	  "relationships, suggested joins, load order and warnings.",
	  "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}},"
	  "\"required\":[\"query\"]}",
	  false, t_get_context },
	{ "sample_rows", "A few rows of a table (read-only, bounded; personal data masked).",
	  "{\"type\":\"object\",\"properties\":{" P_TABLE ",\"limit\":{\"type\":\"integer\","
	  "\"minimum\":1,\"maximum\":20}},\"required\":[\"table\"]}",
	  true, t_sample_rows },
	{ "validate_sql", "Checks a SELECT: parsed, bound to the catalog, linted (findings and a "
	  "score).",
	  "{\"type\":\"object\",\"properties\":{\"sql\":{\"type\":\"string\"},"
	  "\"database\":{\"type\":\"string\"}},\"required\":[\"sql\"]}",
	  false, t_validate_sql },
	{ "explain_sql", "EXPLAIN of a SELECT on the PostgreSQL source, read-only: estimated rows, "
	  "cost, sequential scans.",
	  "{\"type\":\"object\",\"properties\":{\"sql\":{\"type\":\"string\"},"
	  "\"database\":{\"type\":\"string\"}},\"required\":[\"sql\"]}",
	  true, t_explain_sql },
	{ "run_preview", "The first rows of a SELECT on the live source (read-only, LIMIT, "
	  "statement timeout; personal data masked).",
	  "{\"type\":\"object\",\"properties\":{\"sql\":{\"type\":\"string\"},"
	  "\"database\":{\"type\":\"string\"},\"limit\":{\"type\":\"integer\","
	  "\"minimum\":1,\"maximum\":100}},\"required\":[\"sql\"]}",
	  true, t_run_preview },
	{ "similar_runs", "Successful past runs whose intent is closest to this one, as examples.",
	  "{\"type\":\"object\",\"properties\":{\"intent\":{\"type\":\"string\"},"
	  "\"k\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":20}},\"required\":[\"intent\"]}",
	  false, t_similar_runs },
	{ NULL, NULL, NULL, false, NULL }
};

const sx_tool *sx_tool_find(const char *name)
{
	for (const sx_tool *t = sx_tools; name && t->name; t++)
		if (strcmp(t->name, name) == 0)
			return t;
	return NULL;
}

int sx_tool_call(sx_agent_env *env, const char *agent, const char *name, const cJSON *args,
		 cJSON **result, sx_error *err)
{
	const sx_tool *tool = sx_tool_find(name);
	cJSON *empty = NULL;
	sx_error e = { 0 };
	char *args_text = NULL;
	uint64_t t0 = sx_now_ns();
	int rc;

	*result = NULL;
	if (!args)
		args = empty = cJSON_CreateObject();
	if (!tool)
		rc = sx_error_set(&e, SX_ENOTFOUND, "no tool named '%s'", name ? name : "");
	else if (!cJSON_IsObject(args))
		rc = sx_error_set(&e, SX_EINVAL, "arguments of '%s' must be a JSON object", name);
	else if (env->cancel && atomic_load(env->cancel))
		rc = sx_error_set(&e, SX_ECANCELLED, "cancelled");
	else
		rc = tool->run(env, args, result, &e);
	if (!rc && !*result)
		rc = sx_error_set(&e, SX_ENOMEM, "out of memory");
	if (env->audit) {
		char *res_text = *result ? cJSON_PrintUnformatted(*result) : NULL;
		args_text = cJSON_PrintUnformatted(args);
		sx_tool_audit a = {
			.agent = agent,
			.tool = name,
			.args = args_text ? args_text : "{}",
			.ms = (double)(sx_now_ns() - t0) / 1e6,
			.result_bytes = res_text ? strlen(res_text) : 0,
			.status = rc,
			.error = rc ? e.msg : NULL,
		};
		env->audit(env->audit_payload, &a);
		free(res_text);
	}
	free(args_text);
	cJSON_Delete(empty);
	if (rc) {
		cJSON_Delete(*result);
		*result = NULL;
		if (err)
			*err = e;
	}
	return rc;
}

cJSON *sx_tools_to_openai(const char *const *names)
{
	cJSON *arr = cJSON_CreateArray();
	for (const sx_tool *t = sx_tools; arr && t->name; t++) {
		bool want = !names;
		for (size_t i = 0; names && names[i] && !want; i++)
			want = strcmp(names[i], t->name) == 0;
		if (!want)
			continue;
		cJSON *o = cJSON_CreateObject(), *fn = cJSON_CreateObject();
		cJSON_AddItemToArray(arr, o);
		sx_json_add_str(o, "type", "function");
		cJSON_AddItemToObject(o, "function", fn);
		sx_json_add_str(fn, "name", t->name);
		sx_json_add_str(fn, "description", t->description);
		cJSON_AddItemToObject(fn, "parameters", cJSON_Parse(t->params));
	}
	return arr;
}

/* ------------------------------------------------------------ names */

static const char *const agent_names[SX_AGENT_COUNT] = {
	"planner", "schema_analyst", "sql_expert", "python_coder", "qa_validator", "reflector",
};

const char *sx_agent_name(sx_agent_kind k)
{
	return (unsigned)k < SX_AGENT_COUNT ? agent_names[k] : "run";
}

int sx_agent_parse(const char *name)
{
	for (int i = 0; name && i < SX_AGENT_COUNT; i++)
		if (strcmp(name, agent_names[i]) == 0)
			return i;
	return -1;
}
