/*
 * run.c - one generation run: request -> plan -> steps on the worker pool
 * -> validation -> reflection cycles -> the best iteration.
 *
 * The first iteration is a DAG: planner -> schema analyst -> {SQL expert,
 * Python coder} -> QA validator. The SQL expert and the Python coder render
 * from the same query spec and really run at the same time. Each later
 * iteration is reflector -> QA validator: the reflector turns findings into
 * a critique and a revision (reflect.c), QA scores it, and the run keeps
 * the best iteration, never ending on a worse one than the best.
 *
 * Threads: steps run on pool threads. The environment's handles (catalog,
 * map, search, store) are not thread-safe, so a step holds the run's lock
 * while it uses them; rendering and validation of text work on the spec and
 * the artifacts alone and run unlocked. Events go out through the caller's
 * callback from whichever thread emits them, one at a time (the lock), so
 * the callback needs no lock of its own. Every event is also recorded in
 * the run's history when a store is given (history.c).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sextant/gen.h>
#include <sextant/validate.h>

#include "agents_int.h"

/* ------------------------------------------------------------ events */

void sx__run_emit(sx_run *r, sx_event *ev)
{
	pthread_mutex_lock(&r->emit_mu);
	ev->run = r->id;
	r->nevents++;
	if (r->event)
		r->event(r->event_payload, ev);
	sx__history_event(r, ev);
	pthread_mutex_unlock(&r->emit_mu);
}

void sx__run_thought(sx_run *r, sx_agent_kind a, const char *step, const char *fmt, ...)
{
	sx_buf b = SX_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	sx_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	sx_buf_putc(&b, '\n');
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return;
	}
	/* the built-in agents stream their thoughts word by word, as a model
	 * streams tokens, so every screen treats both alike */
	const char *p = b.ptr;
	while (*p) {
		const char *q = p;
		while (*q && *q != ' ' && *q != '\n')
			q++;
		if (*q)
			q++;
		sx_event ev = { .type = SX_EV_TOKEN, .agent = sx_agent_name(a), .step = step,
				.text = p, .len = (size_t)(q - p) };
		sx__run_emit(r, &ev);
		p = q;
	}
	sx_buf_release(&b);
}

static void emit_step(sx_run *r, sx_agent_kind a, const char *step, sx_ev_status st,
		      const char *title, double ms)
{
	sx_event ev = { .type = SX_EV_STEP, .agent = sx_agent_name(a), .step = step,
			.text = title };
	ev.u.step.status = st;
	ev.u.step.ms = (int64_t)ms;
	sx__run_emit(r, &ev);
}

static void emit_artifacts(sx_run *r, sx_agent_kind a, const char *step,
			   const sx_artifact_set *s)
{
	for (size_t i = 0; i < s->n; i++) {
		sx_event ev = { .type = SX_EV_ARTIFACT, .agent = sx_agent_name(a), .step = step };
		ev.u.artifact.kind = sx_artifact_kind_name(s->v[i].kind);
		ev.u.artifact.name = s->v[i].name;
		sx__run_emit(r, &ev);
	}
}

static void emit_findings(sx_run *r, sx_agent_kind a, const char *step,
			  const sx_finding_list *l, size_t from)
{
	for (size_t i = from; i < l->n; i++) {
		sx_event ev = { .type = SX_EV_FINDING, .agent = sx_agent_name(a), .step = step,
				.text = l->v[i].message };
		ev.u.finding.severity = (int)l->v[i].severity;
		ev.u.finding.category = (int)l->v[i].category;
		ev.u.finding.rule = l->v[i].rule;
		sx__run_emit(r, &ev);
	}
}

/* Tool calls made by the built-in agents are audited like a model's and
 * shown as events. */
static void audit_tool(void *payload, const sx_tool_audit *a)
{
	sx_run *r = payload;
	char res[64];
	snprintf(res, sizeof res, a->status ? "failed" : "%zu bytes", a->result_bytes);
	sx_event ev = { .type = SX_EV_TOOL, .agent = a->agent, .step = r->cur_step,
			.code = a->status };
	ev.u.tool.status = a->status ? SX_EVS_FAILED : SX_EVS_FINISHED;
	ev.u.tool.ms = (int64_t)a->ms;
	ev.u.tool.name = a->tool;
	ev.u.tool.args = a->args;
	ev.u.tool.result = a->status ? a->error : res;
	sx__run_emit(r, &ev);
	sx__history_tool(r, a);
}

int sx__run_tool(sx_run *r, sx_agent_kind a, const char *step, const char *tool,
		 const cJSON *args, cJSON **out, sx_error *err)
{
	pthread_mutex_lock(&r->env_mu);
	r->cur_step = step;
	int rc = sx_tool_call(&r->env, sx_agent_name(a), tool, args, out, err);
	pthread_mutex_unlock(&r->env_mu);
	return rc;
}

/* ------------------------------------------------------------ request */

void sx_run_request_init(sx_run_request *req)
{
	memset(req, 0, sizeof *req);
	req->max_cycles = 2;
	req->threshold = 8.5;
	req->provider = "builtin";
	req->jobs = 4;
}

static void new_id(char *out, size_t n)
{
	/* time-ordered, so `runs` lists newest first by id as well */
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	uint64_t rnd = sx_hash64(&ts, sizeof ts) ^ ((uint64_t)getpid() << 32) ^
		       (uint64_t)(uintptr_t)out;
	snprintf(out, n, "%08llx%06llx", (unsigned long long)ts.tv_sec,
		 (unsigned long long)(rnd & 0xffffff));
}

/* ------------------------------------------------------------ model planner */

static void sx_strv_free_local(char **v)
{
	for (size_t i = 0; v && v[i]; i++)
		free(v[i]);
	free(v);
}

static char **strv_of(const cJSON *arr)
{
	size_t n = (size_t)cJSON_GetArraySize(arr), k = 0;
	char **v;
	if (!n || !(v = sx_calloc(n + 1, sizeof *v)))
		return NULL;
	const cJSON *x;
	cJSON_ArrayForEach(x, arr)
		if (cJSON_IsString(x) && x->valuestring[0] && (v[k] = sx_strdup(x->valuestring)))
			k++;
	if (!k) {
		free(v);
		return NULL;
	}
	return v;
}

/* Asks the model for its reading of the intent; false when there is none. */
static bool model_reading(sx_run *r, const char *step, char **mv[3], char **mtime)
{
	sx_buf task = SX_BUF_INIT;
	cJSON *o = NULL;
	sx_error e = { 0 };

	sx_buf_printf(&task, "Intent: %s\nSource database: %s (%s).", r->req.intent, r->db->name,
		      sx_db_kind_name(r->db->kind));
	int rc = sx__model_ask_json(r, SX_AGENT_PLANNER, step, sx_buf_cstr(&task), &o, &e);
	sx_buf_release(&task);
	if (rc || !o)
		return false;
	mv[0] = strv_of(cJSON_GetObjectItem(o, "measures"));
	mv[1] = strv_of(cJSON_GetObjectItem(o, "dimensions"));
	mv[2] = strv_of(cJSON_GetObjectItem(o, "filters"));
	const char *t = sx_json_str(o, "time_column", NULL);
	*mtime = t && *t ? sx_strdup(t) : NULL;
	cJSON_Delete(o);
	return mv[0] || mv[1] || mv[2] || *mtime;
}

/* ------------------------------------------------------------ the agents */

/* The planner's request for this run: the intent, the user's overrides,
 * the value dictionary (*dict, the caller frees it with
 * sx_gen_dict_free). Called with env_mu held. */
static void planner_request(sx_run *r, sx_gen_request *g, sx_gen_dict **dict)
{
	sx_error derr = {0};
	*g = (sx_gen_request){
	    .intent = r->req.intent,
	    .target = r->req.target_engine,
	    .target_version = r->req.target_version,
	    .schedule = r->req.schedule,
	    .mode = r->req.mode,
	    .database = r->req.sources ? r->req.sources[0] : NULL,
	    .measures = r->req.measures,
	    .dimensions = r->req.dimensions,
	    .filters = r->req.filters,
	    .time_column = r->req.time_column,
	};
	/* model mode: the model's reading of the intent stands in for the
	 * overrides the user did not give */
	if (r->model_reading[0] || r->model_reading[1] || r->model_reading[2] || r->model_time) {
		g->measures = (const char *const *)r->model_reading[0];
		g->dimensions = (const char *const *)r->model_reading[1];
		g->filters = (const char *const *)r->model_reading[2];
		g->time_column = r->model_time;
	}
	/* the workspace's value dictionary, sampled through the live source
	 * for columns it does not hold yet; without a store, sampling only */
	*dict = NULL;
	if (r->env.store &&
	    sx_gen_dict_open(dict, r->env.store, r->live_source, r->env.config, &derr) == 0) {
		g->values = sx_gen_dict_values;
		g->values_payload = *dict;
	} else {
		g->values = sx__dictionary_values;
		g->values_payload = r;
	}
	/* a ClickHouse server analysed in this workspace tells its version */
	for (size_t i = 0; !g->target_version && i < r->env.cat->ndbs; i++)
		if (r->env.cat->dbs[i]->kind == SX_DB_CLICKHOUSE && r->env.cat->dbs[i]->server_version)
			g->target_version = r->env.cat->dbs[i]->server_version;
}

int sx__run_replan_dims(sx_run *r, const char *measure, const char *time_column, bool no_dims,
                        struct sx_gen_spec **out, sx_finding_list *findings, sx_error *err)
{
	sx_gen_request g;
	sx_gen_dict *dict = NULL;
	const char *mv[2] = {NULL, NULL}, *none[1] = {NULL};
	int rc;

	/* what the user picked stays picked */
	if (!measure && r->pick_measure[0])
		measure = r->pick_measure;
	if (!time_column && r->pick_time[0])
		time_column = r->pick_time;
	mv[0] = measure;
	pthread_mutex_lock(&r->env_mu);
	planner_request(r, &g, &dict);
	if (measure)
		g.measures = mv;
	if (time_column)
		g.time_column = time_column;
	if (no_dims || r->pick_nodims)
		g.dimensions = none;
	rc = sx_gen_plan(out, &g, r->env.map, r->env.search, NULL, findings, err);
	sx_gen_dict_free(dict);
	pthread_mutex_unlock(&r->env_mu);
	return rc;
}

int sx__run_replan(sx_run *r, const char *measure, const char *time_column,
                   struct sx_gen_spec **out, sx_finding_list *findings, sx_error *err)
{
	return sx__run_replan_dims(r, measure, time_column, false, out, findings, err);
}

static int step_planner(void *payload, size_t idx, sx_error *err)
{
	sx_run *r = payload;
	const char *step = "plan";
	sx_gen_thoughts th;
	int rc;
	(void)idx;

	sx_gen_thoughts_init(&th);
	pthread_mutex_lock(&r->env_mu);
	sx__memory_similar(r, step); /* past runs as examples, when any */
	sx__history_pitfalls(r, step);
	sx_gen_request g;
	sx_gen_dict *dict = NULL;
	planner_request(r, &g, &dict);
	size_t f0 = r->plan_findings.n;
	/* model mode: the model reads the intent into measures, dimensions,
	 * filters and the time column; the built-in planner resolves them
	 * against the map (and rejects names that do not exist) */
	char **mv[3] = { NULL, NULL, NULL };
	char *mtime = NULL;
	bool model_plan = sx__agent_asks(r, SX_AGENT_PLANNER) && !g.measures && !g.dimensions &&
	                  !g.filters && !g.time_column && model_reading(r, step, mv, &mtime);
	if (model_plan) {
		sx_gen_request mg = g;
		mg.measures = (const char *const *)mv[0];
		mg.dimensions = (const char *const *)mv[1];
		mg.filters = (const char *const *)mv[2];
		mg.time_column = mtime;
		sx_error merr = { 0 };
		rc = sx_gen_plan(&r->spec, &mg, r->env.map, r->env.search, &th, &r->plan_findings, &merr);
		if (rc) {
			char m[SX_ERROR_MSG_MAX + 64];
			snprintf(m, sizeof m, "the model's reading was rejected (%s)", merr.msg);
			sx_finding_add(&r->plan_findings, SX_SEV_INFO, SX_CAT_MODEL, "model.plan-rejected",
				       SX_ART_COUNT, 0, 0, "the built-in reading was used", "planner: %s", m);
			sx__run_thought(r, SX_AGENT_PLANNER, step, "%s: the built-in reading takes over", m);
			model_plan = false;
		} else {
			sx__run_thought(r, SX_AGENT_PLANNER, step,
					"the model's reading of the intent resolved on the map");
		}
	}
	/* the model's reading, once resolved, is what every re-plan starts
	 * from (a question's options, consensus candidates) */
	for (int k = 0; k < 3; k++) {
		if (model_plan)
			r->model_reading[k] = mv[k];
		else
			sx_strv_free_local(mv[k]);
	}
	if (model_plan)
		r->model_time = mtime;
	else
		free(mtime);
	if (!model_plan)
		rc = sx_gen_plan(&r->spec, &g, r->env.map, r->env.search, &th, &r->plan_findings, err);
	sx_gen_dict_free(dict);
	/* the cluster, the database and the Airflow pool and queue */
	if (!rc)
		rc = sx_gen_apply_deploy(r->spec, r->env.config, r->req.cluster, r->req.target_url, &th,
					 err);
	pthread_mutex_unlock(&r->env_mu);
	for (size_t i = 0; i < th.n; i++)
		sx__run_thought(r, SX_AGENT_PLANNER, step, "%s", th.v[i]);
	sx_gen_thoughts_release(&th);
	emit_findings(r, SX_AGENT_PLANNER, step, &r->plan_findings, f0);
	if (rc)
		return rc;
	if ((rc = sx__ambiguities_ask(r, step, f0, err)))
		return rc;
	r->plan_json = sx_gen_spec_to_json(r->spec);
	sx__history_spec(r);
	sx__run_thought(r, SX_AGENT_PLANNER, step,
			"plan: %s load into %s table %s; schema analyst, then SQL expert and "
			"Python coder in parallel, then QA (up to %d reflection cycles, "
			"threshold %.1f)",
			sx_gen_load_name(r->spec->load), sx_db_kind_name(r->spec->target),
			r->spec->target_table ? r->spec->target_table : "?", r->req.max_cycles,
			r->req.threshold);
	return 0;
}

static int step_analyst(void *payload, size_t idx, sx_error *err)
{
	sx_run *r = payload;
	(void)idx;
	pthread_mutex_lock(&r->env_mu);
	int rc = sx__analyse_schema(r, "analyse", err);
	pthread_mutex_unlock(&r->env_mu);
	/* model mode: the model's risks and PII treatment over the built-in
	 * analysis, which stays whatever the model answers */
	if (!rc && sx__agent_asks(r, SX_AGENT_SCHEMA_ANALYST))
		rc = sx__analyst_model(r, "analyse", err);
	return rc;
}

/* The SQL expert and the Python coder render from the same spec: each
 * keeps its own kinds, so both can run at once without sharing a set. */
static int render_kinds(sx_run *r, sx_agent_kind a, const char *step, const int *kinds,
			sx_artifact_set *out, sx_error *err)
{
	sx_artifact_set all;
	int rc;

	sx_artifact_set_init(&all);
	if ((rc = sx_gen_render(r->spec, &all, err))) {
		sx_artifact_set_release(&all);
		return rc;
	}
	for (size_t i = 0; i < all.n; i++)
		for (const int *k = kinds; *k >= 0; k++)
			if ((int)all.v[i].kind == *k &&
			    (rc = sx_artifact_set_put(out, all.v[i].kind, all.v[i].name,
						      all.v[i].lang, all.v[i].content)))
				goto done;
	emit_artifacts(r, a, step, out);
done:
	sx_artifact_set_release(&all);
	return rc ? sx_error_set(err, rc, "out of memory") : 0;
}

static int step_sql(void *payload, size_t idx, sx_error *err)
{
	static const int kinds[] = { SX_ART_SELECT_SQL, SX_ART_TARGET_DDL, SX_ART_LOAD_SQL, -1 };
	sx_run *r = payload;
	(void)idx;
	int rc;
	sx__run_thought(r, SX_AGENT_SQL_EXPERT, "sql",
			"writing the SELECT in the %s dialect, the %s target DDL and the load",
			sx_db_kind_name(r->spec->source), sx_db_kind_name(r->spec->target));
	if ((rc = render_kinds(r, SX_AGENT_SQL_EXPERT, "sql", kinds, &r->sql_arts, err)))
		return rc;
	if (!sx__agent_asks(r, SX_AGENT_SQL_EXPERT))
		return 0;
	char *sql = NULL;
	if (r->consensus_sql) {
		/* --consensus in model mode: the vote among the model's samples
		 * already chose this step's SELECT */
		sql = sx_strdup(r->consensus_sql);
		rc = sql ? 0 : sx_error_set(err, SX_ENOMEM, "out of memory");
	} else {
		/* model mode: the model writes the SELECT from the plan; the
		 * built-in one stays when its answer cannot be used */
		char *task = sx__sql_task(r);
		rc = task ? sx__model_ask_sql(r, SX_AGENT_SQL_EXPERT, "sql", task, &sql, err)
		          : sx_error_set(err, SX_ENOMEM, "out of memory");
		free(task);
	}
	if (!rc && sql) {
		const sx_artifact *a = sx_artifact_set_get(&r->sql_arts, SX_ART_SELECT_SQL);
		char name[256];
		snprintf(name, sizeof name, "%s", a ? a->name : "pipeline");
		rc = sx_artifact_set_put(&r->sql_arts, SX_ART_SELECT_SQL, name,
		                         sx_db_kind_name(r->spec->source), sql)
		         ? sx_error_set(err, SX_ENOMEM, "out of memory")
		         : 0;
		sx__run_thought(r, SX_AGENT_SQL_EXPERT, "sql",
		                r->consensus_sql
		                    ? "the consensus winner's SELECT replaces the built-in "
		                      "one; QA judges it"
		                    : "the model's SELECT replaces the built-in one; QA judges it");
	}
	free(sql);
	return rc;
}

char *sx__sql_task(sx_run *r)
{
	sx_buf task = SX_BUF_INIT;
	char *plan = cJSON_PrintUnformatted(r->plan_json);
	sx_buf_printf(&task,
		      "Intent: %s\nSource database: %s (%s dialect).\nThe plan (tables, joins, "
		      "measures, grain, filters) as JSON:\n%s\nWrite the one SELECT that produces "
		      "the target rows, in the %s dialect. Use the tools to check table and column "
		      "names. Answer with the query in one ```sql block.",
		      r->req.intent, r->db->name, sx_db_kind_name(r->spec->source), plan ? plan : "{}",
		      sx_db_kind_name(r->spec->source));
	free(plan);
	const cJSON *pf;
	if (r->pitfalls)
		sx_buf_puts(&task, "\nKnown pitfalls in this workspace (QA found them in several "
				   "earlier runs; avoid them):");
	cJSON_ArrayForEach(pf, r->pitfalls)
		sx_buf_printf(&task, "\n- %s: %s", sx_json_str(pf, "rule", ""),
			      sx_json_str(pf, "text", ""));
	if (sx_buf_failed(&task)) {
		sx_buf_release(&task);
		return NULL;
	}
	return sx_buf_detach(&task);
}

static int step_python(void *payload, size_t idx, sx_error *err)
{
	static const int kinds[] = { SX_ART_AIRFLOW_DAG, SX_ART_PYTHON_TRANSFORM,
				     SX_ART_PYTHON_TESTS, SX_ART_README, -1 };
	sx_run *r = payload;
	(void)idx;
	sx__run_thought(r, SX_AGENT_PYTHON_CODER, "python",
			"writing the Airflow DAG (schedule %s), the transform module and its "
			"pytest tests",
			r->spec->schedule ? r->spec->schedule : "none");
	int rc = render_kinds(r, SX_AGENT_PYTHON_CODER, "python", kinds, &r->py_arts, err);
	/* model mode: the model's DAG, transform and tests when they pass the
	 * Python validators; the built-in ones otherwise */
	if (!rc && sx__agent_asks(r, SX_AGENT_PYTHON_CODER))
		rc = sx__coder_model(r, "python", err);
	return rc;
}

/* ------------------------------------------------------------ QA */

void sx__run_validate_ctx(sx_run *r, sx_validate_ctx *vc)
{
	sx_validate_ctx_init(vc);
	vc->cat = r->env.cat;
	vc->map = r->env.map;
	vc->db = r->db;
	vc->source_dialect = r->spec->source;
	vc->target_engine = r->spec->target;
	vc->target_version = r->spec->target_version;
	vc->schedule = r->spec->schedule;
	vc->cancel = r->env.cancel;
	vc->flags = SX_VALIDATE_PYTEST;
	if (r->db && r->db->kind == SX_DB_SQLITE && r->live_source)
		vc->sqlite_path = strncmp(r->live_source, "sqlite:", 7) == 0 ? r->live_source + 7
									     : r->live_source;
	if (r->req.server_checks && r->db && r->db->kind == SX_DB_POSTGRES && r->live_source) {
		vc->pg_conninfo = r->live_source;
		vc->flags |= SX_VALIDATE_SERVER;
	}
	if (r->req.server_checks && r->req.target_url) {
		vc->ch_url = r->req.target_url;
		vc->flags |= SX_VALIDATE_SERVER;
	}
}

/* The QA step's --try: the iteration's SELECT, DDL and load run on a
 * sample in scratch objects of the target (sx_validate_try). */
static int run_try(sx_run *r, sx_iteration *it, const char *step, sx_error *err)
{
	const sx_artifact *sel = sx_artifact_set_get(&it->arts, SX_ART_SELECT_SQL);
	const sx_artifact *ddl = sx_artifact_set_get(&it->arts, SX_ART_TARGET_DDL);
	const sx_artifact *load = sx_artifact_set_get(&it->arts, SX_ART_LOAD_SQL);
	const char *meas[65];
	size_t n = 0;
	int rc;

	if (!sel || !ddl || !load || !r->live_source || !r->spec->target_table ||
	    (r->db->kind != SX_DB_POSTGRES && r->db->kind != SX_DB_SQLITE &&
	     r->db->kind != SX_DB_CLICKHOUSE)) {
		sx__run_thought(r, SX_AGENT_QA_VALIDATOR, step,
				"no try on a sample: it needs a SELECT, DDL and load over a "
				"PostgreSQL, ClickHouse or SQLite source");
		return 0;
	}
	for (size_t i = 0; i < r->spec->nmeasures && n < 64; i++)
		meas[n++] = r->spec->measures[i].name;
	meas[n] = NULL;
	sx_try_opts o = {
		.run_id = r->id,
		.source_kind = r->db->kind,
		.source = r->live_source,
		.target_kind = r->spec->target,
		.target = r->req.try_target ? r->req.try_target : r->req.target_url,
		.select_sql = sel->content,
		.target_ddl = ddl->content,
		.load_sql = load->content,
		.target_table = r->spec->target_table,
		.measures = n ? meas : NULL,
		.has_time = r->spec->time_column != NULL,
		.window_days = r->req.try_window_days,
		.limit = r->req.try_limit,
		.cancel = r->env.cancel,
	};
	sx__run_thought(r, SX_AGENT_QA_VALIDATOR, step,
			r->spec->streaming
				? "running the stream on a sample: the SELECT read-only on the source, "
				  "the DDL, and the rows sent twice as one micro-batch through the "
				  "stream's materialised view in scratch objects of the %s target"
				: "running the pipeline on a sample: the SELECT read-only on the source, "
				  "the DDL and the load twice in scratch objects of the %s target",
			sx_db_kind_name(r->spec->target));
	if ((rc = sx_validate_try(&o, &it->findings, NULL, err)))
		return rc;
	return 0;
}

/* Validates an iteration's artifacts and scores them. */
int sx__run_validate(sx_run *r, sx_iteration *it, const char *step, sx_error *err)
{
	sx_validate_ctx vc;
	int rc;

	sx__run_validate_ctx(r, &vc);
	sx__run_thought(r, SX_AGENT_QA_VALIDATOR, step,
			"validating %zu artifacts: SQL parsed and bound to the catalog, DDL "
			"against the target, Python compiled and its tests run",
			it->arts.n);
	/* the planner's ambiguity findings travel with every iteration: they
	 * stay true until the user picks */
	for (size_t i = 0; i < r->plan_findings.n; i++) {
		const sx_finding *f = &r->plan_findings.v[i];
		if (sx_finding_add(&it->findings, f->severity, f->category, f->rule, f->artifact,
				   f->line, f->col, f->hint, "%s", f->message))
			return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	size_t f0 = it->findings.n;
	if ((rc = sx_validate_artifacts(&vc, &it->arts, &it->findings, err)))
		return rc;
	if (r->req.try_sample && (rc = run_try(r, it, step, err)))
		return rc;
	emit_findings(r, SX_AGENT_QA_VALIDATOR, step, &it->findings, f0);
	it->score = sx_validate_score(&it->findings);
	sx_event ev = { .type = SX_EV_SCORE, .agent = "qa_validator", .step = step };
	ev.u.score.value = it->score;
	ev.u.score.iteration = it->n;
	sx__run_emit(r, &ev);
	sx__run_thought(r, SX_AGENT_QA_VALIDATOR, step,
			"score %.1f: %zu errors, %zu warnings, %zu notes", it->score,
			sx_finding_count(&it->findings, SX_SEV_ERROR),
			sx_finding_count(&it->findings, SX_SEV_WARNING),
			sx_finding_count(&it->findings, SX_SEV_INFO));
	return 0;
}

static int step_qa(void *payload, size_t idx, sx_error *err)
{
	sx_run *r = payload;
	sx_iteration *it;
	int rc;
	(void)idx;

	if (!(it = sx__run_new_iteration(r)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	for (size_t k = 0; k < 2; k++) {
		const sx_artifact_set *s = k ? &r->py_arts : &r->sql_arts;
		for (size_t i = 0; i < s->n; i++)
			if (sx_artifact_set_put(&it->arts, s->v[i].kind, s->v[i].name, s->v[i].lang,
						s->v[i].content))
				return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if ((rc = sx__run_validate(r, it, "qa", err)))
		return rc;
	return sx__run_finish_iteration(r, it, err);
}

/* ------------------------------------------------------------ iterations */

sx_iteration *sx__run_new_iteration(sx_run *r)
{
	sx_iteration *v = realloc(r->iters, (r->niters + 1) * sizeof *v);
	if (!v)
		return NULL;
	r->iters = v;
	sx_iteration *it = &r->iters[r->niters];
	memset(it, 0, sizeof *it);
	it->n = (int)++r->niters;
	sx_artifact_set_init(&it->arts);
	sx_finding_list_init(&it->findings);
	it->diffs = cJSON_CreateArray();
	return it;
}

/* Diffs against the previous iteration, the delta, the best so far. */
int sx__run_finish_iteration(sx_run *r, sx_iteration *it, sx_error *err)
{
	const sx_iteration *prev = it->n > 1 ? &r->iters[it->n - 2] : NULL;

	it->delta = prev ? it->score - prev->score : 0;
	for (size_t i = 0; prev && i < it->arts.n; i++) {
		const sx_artifact *a = &it->arts.v[i];
		const sx_artifact *b = NULL;
		for (size_t j = 0; j < prev->arts.n && !b; j++)
			if (prev->arts.v[j].kind == a->kind && strcmp(prev->arts.v[j].name, a->name) == 0)
				b = &prev->arts.v[j];
		sx_buf d = SX_BUF_INIT;
		char na[128], nb[128];
		snprintf(na, sizeof na, "%s (iteration %d)", sx_artifact_kind_name(a->kind), it->n - 1);
		snprintf(nb, sizeof nb, "%s (iteration %d)", sx_artifact_kind_name(a->kind), it->n);
		if (sx_diff_unified(b ? b->content : "", a->content, na, nb, &d)) {
			sx_buf_release(&d);
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		}
		if (d.len) {
			cJSON *o = cJSON_CreateObject();
			sx_json_add_str(o, "artifact", sx_artifact_kind_name(a->kind));
			sx_json_add_str(o, "diff", d.ptr);
			cJSON_AddItemToArray(it->diffs, o);
		}
		sx_buf_release(&d);
	}
	if (r->best < 0 || it->score > r->iters[r->best].score)
		r->best = it->n - 1;
	sx_event ev = { .type = SX_EV_ITERATION, .agent = "run", .step = "iteration" };
	ev.u.iteration.n = it->n;
	ev.u.iteration.max = r->req.max_cycles + 1;
	char note[96];
	snprintf(note, sizeof note, "score %.1f (%+.1f)", it->score, it->delta);
	ev.text = note;
	sx__run_emit(r, &ev);
	sx__history_iteration(r, it);
	return 0;
}

/* ------------------------------------------------------------ the run */

static void timing_hooks_started(void *payload, size_t i)
{
	sx_run *r = payload;
	emit_step(r, r->steps[i].agent, r->dag_view[i].name, SX_EVS_STARTED,
		  sx_agent_name(r->steps[i].agent), 0);
	sx__history_step(r, r->dag_view[i].name, sx_agent_name(r->steps[i].agent), "running", 0);
}

static void timing_hooks_finished(void *payload, size_t i)
{
	sx_run *r = payload;
	sx_dag_step *d = &r->dag_view[i];
	pthread_mutex_lock(&r->emit_mu);
	r->agent_ms[r->steps[i].agent] += d->ms;
	pthread_mutex_unlock(&r->emit_mu);
	emit_step(r, r->steps[i].agent, d->name, d->rc ? SX_EVS_FAILED : SX_EVS_FINISHED,
		  d->rc ? d->err.msg : sx_agent_name(r->steps[i].agent), d->ms);
	sx__history_step(r, d->name, sx_agent_name(r->steps[i].agent), d->rc ? "failed" : "done",
			 d->ms);
}

static void add_step(sx_run *r, const char *name, sx_agent_kind a,
		     int (*fn)(void *, size_t, sx_error *), size_t ndeps, const size_t *deps)
{
	run_stage *s = &r->steps[r->nsteps++];
	memset(s, 0, sizeof *s);
	s->agent = a;
	s->dag.name = name;
	s->dag.fn = fn;
	s->dag.payload = r;
	s->dag.ndeps = ndeps;
	for (size_t i = 0; i < ndeps; i++)
		s->dag.deps[i] = deps[i];
}

static int step_consensus(void *payload, size_t idx, sx_error *err)
{
	(void)idx;
	return sx__consensus(payload, "consensus", err);
}

static int run_first_iteration(sx_run *r, sx_error *err)
{
	sx_dag_step dag[6];
	sx_dag_hooks hooks = { timing_hooks_started, timing_hooks_finished, NULL, r };
	int rc;
	/* with --consensus the SQL expert votes on the readings right after
	 * the plan, so every later step works on the chosen one */
	bool vote = r->req.consensus > 1;
	size_t d_plan[] = {0}, d_an[] = {vote ? 2 : 1}, d_qa[] = {d_an[0] + 1, d_an[0] + 2},
	       d_cons[] = {1};

	r->nsteps = 0;
	add_step(r, "plan", SX_AGENT_PLANNER, step_planner, 0, NULL);
	if (vote)
		add_step(r, "consensus", SX_AGENT_SQL_EXPERT, step_consensus, 1, d_plan);
	add_step(r, "analyse", SX_AGENT_SCHEMA_ANALYST, step_analyst, 1, vote ? d_cons : d_plan);
	add_step(r, "sql", SX_AGENT_SQL_EXPERT, step_sql, 1, d_an);
	add_step(r, "python", SX_AGENT_PYTHON_CODER, step_python, 1, d_an);
	add_step(r, "qa", SX_AGENT_QA_VALIDATOR, step_qa, 2, d_qa);
	/* the DAG runs on its own array; results are copied back for timings */
	for (size_t i = 0; i < r->nsteps; i++)
		dag[i] = r->steps[i].dag;
	sx_dag_hooks h = hooks;
	r->dag_view = dag;
	rc = sx_dag_run(dag, r->nsteps, r->req.jobs, &h, r->env.cancel, err);
	for (size_t i = 0; i < r->nsteps; i++)
		r->steps[i].dag = dag[i];
	r->dag_view = NULL;
	return rc;
}

static bool cancelled(const sx_run *r)
{
	return r->env.cancel && atomic_load(r->env.cancel);
}

static int reflect_cycles(sx_run *r, sx_error *err)
{
	for (int c = 0; c < r->req.max_cycles && !cancelled(r); c++) {
		const sx_iteration *last = &r->iters[r->niters - 1];
		if (last->score >= r->req.threshold) {
			sx__run_thought(r, SX_AGENT_REFLECTOR, "reflect",
					"score %.1f reaches the threshold %.1f: no revision needed",
					last->score, r->req.threshold);
			break;
		}
		char step[32];
		snprintf(step, sizeof step, "reflect-%d", c + 1);
		emit_step(r, SX_AGENT_REFLECTOR, step, SX_EVS_STARTED, "reflector", 0);
		uint64_t t0 = sx_now_ns();
		bool revised = false;
		int rc = sx__reflect(r, step, &revised, err);
		double ms = (double)(sx_now_ns() - t0) / 1e6;
		r->agent_ms[SX_AGENT_REFLECTOR] += ms;
		emit_step(r, SX_AGENT_REFLECTOR, step, rc ? SX_EVS_FAILED : SX_EVS_FINISHED,
			  "reflector", ms);
		if (rc)
			return rc;
		if (!revised)
			break;
	}
	return 0;
}

static const sx_database *pick_database(const sx_agent_env *env, const sx_run_request *req)
{
	if (req->sources && req->sources[0])
		return sx_catalog_find_database(env->cat, req->sources[0]);
	return env->cat->ndbs ? env->cat->dbs[0] : NULL;
}

static int copy_request(sx_run *r, const sx_run_request *req, sx_error *err)
{
	r->req = *req;
	if (!req->intent || !*req->intent)
		return sx_error_set(err, SX_EUSAGE, "the intent is empty: say what to load, e.g. "
				    "\"daily revenue per channel into ClickHouse\"");
	if (r->req.max_cycles < 0)
		r->req.max_cycles = 0;
	if (r->req.max_cycles > 10)
		r->req.max_cycles = 10;
	if (r->req.jobs < 1)
		r->req.jobs = 1;
	if (r->req.consensus < 0 || r->req.consensus > SX_CONSENSUS_MAX)
		return sx_error_set(err, SX_EUSAGE, "--consensus takes 2 to %d candidates (0: off)",
		                    SX_CONSENSUS_MAX);
	return 0;
}

int sx_run_exec(const sx_agent_env *env, const sx_run_request *req, sx_run_event_fn event,
		void *payload, sx_run **out, sx_error *err)
{
	sx_run *r = sx_calloc(1, sizeof *r);
	int rc;

	*out = NULL;
	if (!r)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	pthread_mutexattr_t ma;
	pthread_mutexattr_init(&ma);
	pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&r->emit_mu, NULL);
	/* recursive: a step holding it calls tools, which take it too */
	pthread_mutex_init(&r->env_mu, &ma);
	pthread_mutexattr_destroy(&ma);
	r->best = -1;
	r->env = *env;
	r->env.audit = audit_tool;
	r->env.audit_payload = r;
	r->event = event;
	r->event_payload = payload;
	sx_finding_list_init(&r->plan_findings);
	sx_artifact_set_init(&r->sql_arts);
	sx_artifact_set_init(&r->py_arts);
	new_id(r->id, sizeof r->id);
	r->t0 = sx_now_ns();
	snprintf(r->status, sizeof r->status, "running");
	*out = r;
	if ((rc = copy_request(r, req, err)))
		goto done;
	if (!(r->db = pick_database(env, req))) {
		rc = sx_error_set(err, SX_ENOTFOUND,
				  req->sources && req->sources[0]
					  ? "no database '%s' in the workspace (see `sextant sources`)"
					  : "the workspace holds no database%s: run `sextant analyze SOURCE` first",
				  req->sources && req->sources[0] ? req->sources[0] : "");
		goto done;
	}
	r->live_source = env->source ? env->source : r->db->dsn;
	if ((rc = sx__model_open(r, err)))
		goto done;
	sx__history_begin(r);
	sx__run_thought(r, SX_AGENT_PLANNER, "plan", "run %s: \"%s\" over %s (%s), provider %s",
			r->id, req->intent, r->db->name, sx_db_kind_name(r->db->kind),
			req->provider ? req->provider : "builtin");
	if ((rc = run_first_iteration(r, err)))
		goto done;
	if ((rc = reflect_cycles(r, err)))
		goto done;
	if (cancelled(r))
		rc = sx_error_set(err, SX_ECANCELLED, "cancelled");
done:
	r->total_ms = (double)(sx_now_ns() - r->t0) / 1e6;
	snprintf(r->status, sizeof r->status, "%s",
		 rc == SX_ECANCELLED ? "cancelled" : rc ? "failed" : "done");
	if (rc && err)
		snprintf(r->error, sizeof r->error, "%s", err->msg);
	sx__history_end(r);
	sx__model_close(r);
	return rc;
}

/* ------------------------------------------------------------ accessors */

const char *sx_run_id(const sx_run *r)
{
	return r->id;
}

const char *sx_run_state(const sx_run *r)
{
	return r->status;
}

double sx_run_score(const sx_run *r)
{
	return r->best >= 0 ? r->iters[r->best].score : 0;
}

bool sx_run_passed(const sx_run *r)
{
	return r->best >= 0 && strcmp(r->status, "done") == 0 &&
	       r->iters[r->best].score >= r->req.threshold;
}

const sx_artifact_set *sx_run_artifacts(const sx_run *r)
{
	static const sx_artifact_set none;
	return r->best >= 0 ? &r->iters[r->best].arts : &none;
}

const sx_finding_list *sx_run_findings(const sx_run *r)
{
	return r->best >= 0 ? &r->iters[r->best].findings : &r->plan_findings;
}

void sx_run_free(sx_run *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->niters; i++) {
		sx_artifact_set_release(&r->iters[i].arts);
		sx_finding_list_release(&r->iters[i].findings);
		cJSON_Delete(r->iters[i].diffs);
		free(r->iters[i].critique);
		cJSON_Delete(r->iters[i].fixes);
	}
	free(r->iters);
	sx_finding_list_release(&r->plan_findings);
	sx_artifact_set_release(&r->sql_arts);
	sx_artifact_set_release(&r->py_arts);
	sx_gen_spec_free(r->spec);
	cJSON_Delete(r->plan_json);
	cJSON_Delete(r->analysis);
	cJSON_Delete(r->lineage);
	cJSON_Delete(r->similar);
	cJSON_Delete(r->pitfalls);
	cJSON_Delete(r->endpoint_log);
	cJSON_Delete(r->consensus);
	free(r->consensus_sql);
	for (int k = 0; k < 3; k++)
		sx_strv_free_local(r->model_reading[k]);
	free(r->model_time);
	cJSON_Delete(r->ambiguities);
	sx__history_thoughts_free(r);
	pthread_mutex_destroy(&r->emit_mu);
	pthread_mutex_destroy(&r->env_mu);
	free(r);
}
