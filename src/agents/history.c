/*
 * history.c - a run's trail in the workspace: the run row, its steps,
 * every event, every tool call, each iteration with its artifacts,
 * findings and diffs (the store's sx_history_* tables).
 *
 * Called with the run's emit lock held (events, tool calls) or from the
 * run's own thread between DAG phases, so the store, which belongs to one
 * thread at a time, sees one caller at a time. A failed history write
 * never fails the run: it is logged once and the run goes on, since the
 * artifacts matter more than their trail.
 *
 * What is written is what the events carry: no secret ever reaches an
 * event, and the tools never return sampled PII values (column_values
 * refuses PII columns, sample_rows masks them), so neither does the
 * history. The streamed thoughts are kept too, coalesced: the token
 * deltas of a step and agent gather in memory (capped at [agents]
 * history_thought_bytes, 16 KiB, with the bytes left out counted) and are
 * written as one run_thoughts row when the step ends, sanitised (no
 * control or escape character is stored). They are what the agents said
 * about prompts and tool results that never held a PII value.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "agents_int.h"

/* The agents-owned history tables (module "agents"), next to the store's
 * "history" module: every one hangs off runs(id) ON DELETE CASCADE, so
 * pruning takes them too. */
static const char *const steps[] = {
    /* v1 */
    "CREATE TABLE run_endpoints("
    " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL, step TEXT, agent TEXT, endpoint TEXT NOT NULL, model TEXT,"
    " status TEXT NOT NULL, error TEXT, at TEXT);"
    "CREATE INDEX run_endpoints_run ON run_endpoints(run_id);",
    /* v2: what the data-flow picture is drawn from */
    "CREATE TABLE run_plans("
    " run_id TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,"
    " spec TEXT, analysis TEXT);",
    /* v3: consensus votes (generate --consensus K) */
    "CREATE TABLE run_votes("
    " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " n INTEGER NOT NULL, reading TEXT, score REAL, errors INTEGER, preview_status TEXT,"
    " preview_rows INTEGER, agrees_with TEXT, votes INTEGER, winner INTEGER, rule TEXT,"
    " need INTEGER, k INTEGER, select_sql TEXT, UNIQUE(run_id, n));",
    /* v4: the semantic cache ([llm] semantic_cache): a task's embedding
     * and the answer it got, never the prompt */
    "CREATE TABLE semantic_cache("
    " model TEXT NOT NULL, agent TEXT NOT NULL, dim INTEGER NOT NULL, vec TEXT NOT NULL,"
    " answer TEXT NOT NULL, created_at TEXT NOT NULL, hits INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX semantic_cache_key ON semantic_cache(model, agent);",
    /* v5: the planner's questions and the picks (ambiguity.c) */
    "CREATE TABLE run_ambiguities("
    " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " n INTEGER NOT NULL, question TEXT NOT NULL, options TEXT NOT NULL,"
    " chosen INTEGER NOT NULL, how TEXT NOT NULL, UNIQUE(run_id, n));",
    /* v6: the semantic cache's size cap ([llm] semantic_cache_max_entries):
     * `used` is a logical clock, the entry's last write or hit, so the
     * least recently used goes first */
    "ALTER TABLE semantic_cache ADD COLUMN used INTEGER NOT NULL DEFAULT 0;"
    "UPDATE semantic_cache SET used = rowid;"
    "CREATE INDEX semantic_cache_used ON semantic_cache(used);",
    /* v7: which choice a question is about: entity, measure or time */
    "ALTER TABLE run_ambiguities ADD COLUMN kind TEXT;",
    /* v8: the streamed thoughts, one row per step and agent (coalesced,
     * capped: cut counts the bytes left out), */
    "CREATE TABLE run_thoughts("
    " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL, step TEXT NOT NULL, agent TEXT NOT NULL, text TEXT NOT NULL,"
    " reasoning TEXT, cut INTEGER NOT NULL DEFAULT 0, UNIQUE(run_id, step, agent));"
    /* and the first iteration's DAG, [{id, agent, depends_on}], so that a
     * stored run's plan can be drawn by dependency level */
    "ALTER TABLE run_plans ADD COLUMN dag TEXT;",
};

int sx__agents_migrate(sx_store *st, sx_error *err)
{
	return sx_store_migrate_shared(st, "agents", steps, sizeof steps / sizeof *steps, err);
}

static void failed(sx_run *r, const sx_error *e)
{
	if (!r->history_failed)
		sx_log(SX_LOG_WARN, "run %s: history not written: %s", r->id, e->msg);
	r->history_failed = true;
}

static bool on(const sx_run *r)
{
	return r->env.store && r->history_on;
}

void sx__history_begin(sx_run *r)
{
	sx_error e;
	char id[SX_RUN_ID_SIZE];

	if (!r->env.store)
		return;
	cJSON *req = cJSON_CreateObject();
	sx_json_add_str(req, "intent", r->req.intent);
	sx_json_add_str(req, "source", r->db ? r->db->name : NULL);
	sx_json_add_str(req, "target", r->req.target_engine);
	sx_json_add_str(req, "schedule", r->req.schedule);
	sx_json_add_str(req, "mode", r->req.mode);
	sx_json_add_int(req, "max_reflection_cycles", r->req.max_cycles);
	sx_json_add_num(req, "threshold", r->req.threshold);
	char *text = cJSON_PrintUnformatted(req);
	cJSON_Delete(req);
	sx_run_info info = {
		.intent = r->req.intent,
		.request_json = text,
		.provider = r->req.provider ? r->req.provider : "builtin",
		.threshold = r->req.threshold,
	};
	/* model mode: which endpoints each agent asks, in fail-over order */
	char *models = NULL;
	if (r->model_on) {
		cJSON *m = sx__endpoints_json(r);
		models = m ? cJSON_PrintUnformatted(m) : NULL;
		cJSON_Delete(m);
		info.models = models;
	}
	long cap = sx_config_get_int(r->env.config, "agents", "history_thought_bytes", 16384);
	r->thought_cap = cap < 0 ? 0 : (size_t)cap;
	if (sx_history_run_create(r->env.store, &info, id, &e) == 0) {
		snprintf(r->id, sizeof r->id, "%s", id);
		r->history_on = true;
	} else {
		failed(r, &e);
	}
	free(text);
	free(models);
}

void sx__history_spec(sx_run *r)
{
	sx_error e;
	char *text;

	if (!on(r) || !r->plan_json)
		return;
	if (!(text = cJSON_PrintUnformatted(r->plan_json)))
		return;
	pthread_mutex_lock(&r->emit_mu);
	if (sx_history_event(r->env.store, r->id, "spec", "planner", "plan", text, NULL, &e))
		failed(r, &e);
	pthread_mutex_unlock(&r->emit_mu);
	free(text);
}

void sx__history_pitfalls(sx_run *r, const char *step)
{
	cJSON *rows = NULL;
	sx_error e;
	const cJSON *p;

	if (!on(r))
		return;
	if (sx_store_query_json(r->env.store, &rows, &e,
				"SELECT rule, count, text FROM pitfalls WHERE count >= 3"
				" ORDER BY count DESC, rule LIMIT 5",
				"")) {
		failed(r, &e);
		return;
	}
	cJSON_ArrayForEach(p, rows) {
		sx__run_thought(r, SX_AGENT_PLANNER, step,
				"known pitfall here (%lld runs): %s, e.g. \"%s\"",
				(long long)sx_json_int(p, "count", 0), sx_json_str(p, "rule", ""),
				sx_json_str(p, "text", ""));
		if (sx_store_exec_bind(r->env.store, NULL, &e,
				       "INSERT INTO run_pitfalls(run_id, rule) VALUES (?, ?)", "ss", r->id,
				       sx_json_str(p, "rule", "")))
			failed(r, &e);
	}
	if (cJSON_GetArraySize(rows))
		r->pitfalls = rows;
	else
		cJSON_Delete(rows);
}

/* ------------------------------------------------------------ thoughts */

static sx__thought *thought_of(sx_run *r, const char *step, const char *agent)
{
	step = step && *step ? step : "run";
	agent = agent && *agent ? agent : "run";
	for (size_t i = 0; i < r->nthoughts; i++)
		if (strcmp(r->thoughts[i].step, step) == 0 &&
		    strcmp(r->thoughts[i].agent, agent) == 0)
			return &r->thoughts[i];
	sx__thought *v = realloc(r->thoughts, (r->nthoughts + 1) * sizeof *v);
	if (!v)
		return NULL;
	r->thoughts = v;
	sx__thought *t = &v[r->nthoughts++];
	memset(t, 0, sizeof *t);
	snprintf(t->step, sizeof t->step, "%s", step);
	snprintf(t->agent, sizeof t->agent, "%s", agent);
	t->seq = r->nevents;
	return t;
}

/* Appends a delta within the cap: past it, the bytes are only counted,
 * and a cut never splits a UTF-8 character. */
static void thought_add(sx_run *r, const sx_event *ev)
{
	size_t n = ev->len ? ev->len : strlen(ev->text);
	sx__thought *t = thought_of(r, ev->step, ev->agent);
	if (!t || !n)
		return;
	size_t used = t->text.len + t->reasoning.len;
	size_t room = used < r->thought_cap ? r->thought_cap - used : 0;
	size_t take = n < room ? n : room;
	if (take < n && !t->cut)
		while (take > 0 && ((unsigned char)ev->text[take] & 0xC0) == 0x80)
			take--; /* back to the start of the character */
	if (t->cut)
		take = 0; /* once cut, nothing more: the text stays a prefix */
	sx_buf_put(ev->type == SX_EV_REASONING ? &t->reasoning : &t->text, ev->text, take);
	t->cut += n - take;
	t->dirty = true;
}

static void thought_write(sx_run *r, sx__thought *t)
{
	sx_error e;
	char *text = sx_sanitize(sx_buf_cstr(&t->text), true);
	char *reas = t->reasoning.len ? sx_sanitize(sx_buf_cstr(&t->reasoning), true) : NULL;

	t->dirty = false;
	if (!text || (t->reasoning.len && !reas)) {
		free(text);
		free(reas);
		return;
	}
	if (sx__agents_migrate(r->env.store, &e) ||
	    sx_store_exec_bind(
	        r->env.store, NULL, &e,
	        "INSERT INTO run_thoughts(run_id, seq, step, agent, text, reasoning, cut)"
	        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(run_id, step, agent) DO UPDATE"
	        " SET text = excluded.text, reasoning = excluded.reasoning,"
	        " cut = excluded.cut",
	        "slssssl", r->id, (int64_t)t->seq, t->step, t->agent, text, reas, (int64_t)t->cut))
		failed(r, &e);
	free(text);
	free(reas);
}

/* Writes the thoughts of a step that ended (step NULL: every one left). */
static void thoughts_flush(sx_run *r, const char *step)
{
	for (size_t i = 0; i < r->nthoughts; i++)
		if (r->thoughts[i].dirty && (!step || strcmp(r->thoughts[i].step, step) == 0))
			thought_write(r, &r->thoughts[i]);
}

void sx__history_thoughts_free(sx_run *r)
{
	for (size_t i = 0; i < r->nthoughts; i++) {
		sx_buf_release(&r->thoughts[i].text);
		sx_buf_release(&r->thoughts[i].reasoning);
	}
	free(r->thoughts);
	r->thoughts = NULL;
	r->nthoughts = 0;
}

int sx__thoughts_load(sx_store *st, const char *run_id, cJSON *run, sx_error *err)
{
	cJSON *rows = NULL;
	int rc;

	if ((rc = sx_store_query_json(st, &rows, err,
	                              "SELECT step, agent, text, reasoning, cut FROM run_thoughts"
	                              " WHERE run_id = ? ORDER BY seq, rowid",
	                              "s", run_id)))
		return rc;
	if (!cJSON_GetArraySize(rows)) {
		cJSON_Delete(rows);
		return 0;
	}
	cJSON_AddItemToObject(run, "thoughts", rows);
	return 0;
}

void sx__history_event(sx_run *r, const sx_event *ev)
{
	sx_error e;

	if (!on(r))
		return;
	/* token deltas are many and small: they gather per step and agent,
	 * written once when the step ends */
	if (ev->type == SX_EV_TOKEN || ev->type == SX_EV_REASONING) {
		if (ev->text && r->thought_cap) /* 0: none kept */
			thought_add(r, ev);
		return;
	}
	cJSON *j = sx_event_to_json(ev);
	char *text = j ? cJSON_PrintUnformatted(j) : NULL;
	cJSON_Delete(j);
	if (text && sx_history_event(r->env.store, r->id, sx_event_type_name(ev->type), ev->agent,
				     ev->step, text, NULL, &e))
		failed(r, &e);
	free(text);
	if (ev->type == SX_EV_STEP && ev->u.step.status != SX_EVS_STARTED && ev->step)
		thoughts_flush(r, ev->step);
}

void sx__history_tool(sx_run *r, const sx_tool_audit *a)
{
	sx_error e;

	if (!on(r))
		return;
	sx_run_tool_call c = {
		.agent = a->agent,
		.tool = a->tool,
		.args_json = a->args,
		.status = a->status == 0 ? "ok" : a->status == SX_EAUTH ? "refused" : "error",
		.duration_ms = (int64_t)a->ms,
		.result_bytes = (int64_t)a->result_bytes,
	};
	if (sx_history_tool_call(r->env.store, r->id, &c, NULL, &e))
		failed(r, &e);
}

void sx__history_step(sx_run *r, const char *step, const char *agent, const char *status,
		      double ms)
{
	sx_error e;
	(void)ms;

	if (!on(r))
		return;
	pthread_mutex_lock(&r->emit_mu);
	sx_run_step s = { .step = step, .agent = agent, .status = status };
	if (sx_history_step(r->env.store, r->id, &s, &e))
		failed(r, &e);
	pthread_mutex_unlock(&r->emit_mu);
}

void sx__history_iteration(sx_run *r, const sx_iteration *it)
{
	sx_error e;
	sx_buf diff = SX_BUF_INIT;

	if (!on(r))
		return;
	for (int i = 0; i < cJSON_GetArraySize(it->diffs); i++)
		sx_buf_puts(&diff, sx_json_str(cJSON_GetArrayItem(it->diffs, i), "diff", ""));
	sx_run_iteration ri = {
		.n = it->n,
		.score = it->score,
		.delta = it->delta,
		.errors = sx_finding_count(&it->findings, SX_SEV_ERROR),
		.warnings = sx_finding_count(&it->findings, SX_SEV_WARNING),
		.infos = sx_finding_count(&it->findings, SX_SEV_INFO),
		.diff = diff.len ? diff.ptr : NULL,
	};
	pthread_mutex_lock(&r->emit_mu);
	if (sx_history_put_iteration(r->env.store, r->id, &ri, &e) ||
	    sx_history_put_artifacts(r->env.store, r->id, it->n, &it->arts, &e) ||
	    sx_history_put_findings(r->env.store, r->id, it->n, &it->findings, &e))
		failed(r, &e);
	pthread_mutex_unlock(&r->emit_mu);
	sx_buf_release(&diff);
}

void sx__history_end(sx_run *r)
{
	sx_error e;
	sx_run_status st = strcmp(r->status, "done") == 0	? SX_RUN_DONE
			   : strcmp(r->status, "cancelled") == 0 ? SX_RUN_CANCELLED
								 : SX_RUN_FAILED;

	if (!on(r))
		return;
	pthread_mutex_lock(&r->emit_mu);
	thoughts_flush(r, NULL); /* what steps that never ended said */
	pthread_mutex_unlock(&r->emit_mu);
	cJSON *u = cJSON_CreateObject();
	cJSON *t = cJSON_AddObjectToObject(u, "timings_ms");
	for (int a = 0; a < SX_AGENT_COUNT; a++)
		sx_json_add_num(t, sx_agent_name((sx_agent_kind)a), r->agent_ms[a]);
	sx_json_add_num(t, "total", r->total_ms);
	sx_json_add_int(u, "events", (int64_t)r->nevents);
	/* what the model calls reported (the built-in agents spend none); the
	 * cost is not known here (no prices): 0 */
	sx_json_add_int(u, "tokens", r->tokens_in + r->tokens_out);
	sx_json_add_num(u, "cost", 0);
	if (r->similar)
		sx_json_add_int(u, "memory_hits", cJSON_GetArraySize(r->similar));
	/* the semantic cache, for insights' hit rate */
	sx_json_add_int(u, "cache_lookups", r->cache_lookups);
	sx_json_add_int(u, "cache_hits", r->cache_hits);
	char *text = cJSON_PrintUnformatted(u);
	cJSON_Delete(u);
	/* pitfalls: the rules the first draft tripped over, counted across
	 * runs (a rule seen in three runs or more is fed back) */
	if (r->niters) {
		const sx_finding_list *fl = &r->iters[0].findings;
		char now[40];
		sx_now_iso(now, sizeof now);
		for (size_t i = 0; i < fl->n; i++) {
			bool seen = false;
			if (fl->v[i].severity == SX_SEV_INFO)
				continue;
			for (size_t j = 0; j < i && !seen; j++)
				seen = fl->v[j].severity != SX_SEV_INFO &&
				       strcmp(fl->v[j].rule, fl->v[i].rule) == 0;
			if (!seen &&
			    sx_store_exec_bind(r->env.store, NULL, &e,
					       "INSERT INTO pitfalls(rule, count, first_seen, last_seen, text)"
					       " VALUES (?, 1, ?, ?, ?) ON CONFLICT(rule) DO UPDATE SET"
					       " count = pitfalls.count + 1, last_seen = excluded.last_seen,"
					       " text = excluded.text",
					       "ssss", fl->v[i].rule, now, now, fl->v[i].message))
				failed(r, &e);
		}
	}
	/* column lineage, for `run show` and impact analysis */
	const cJSON *l;
	cJSON_ArrayForEach(l, r->lineage) {
		char *src = cJSON_PrintUnformatted(cJSON_GetObjectItem(l, "sources"));
		if (sx_store_exec_bind(r->env.store, NULL, &e,
				       "INSERT INTO run_lineage(run_id, target, sources, expression)"
				       " VALUES (?, ?, ?, ?)",
				       "ssss", r->id, sx_json_str(l, "target", ""), src,
				       sx_json_str(l, "expression", NULL)))
			failed(r, &e);
		free(src);
	}
	/* the plan, for the data-flow picture (run show --graph), and its
	 * DAG, for the boxes of a stored run's plan (the TUI) */
	if (r->plan_json) {
		char *spec = cJSON_PrintUnformatted(r->plan_json);
		char *an = r->analysis ? cJSON_PrintUnformatted(r->analysis) : NULL;
		cJSON *dag = cJSON_CreateArray();
		for (size_t i = 0; i < r->nsteps; i++) {
			cJSON *s = cJSON_CreateObject(), *deps;
			sx_json_add_str(s, "id", r->steps[i].dag.name);
			sx_json_add_str(s, "agent", sx_agent_name(r->steps[i].agent));
			deps = cJSON_AddArrayToObject(s, "depends_on");
			for (size_t k = 0; k < r->steps[i].dag.ndeps; k++)
				cJSON_AddItemToArray(
				    deps,
				    cJSON_CreateString(r->steps[r->steps[i].dag.deps[k]].dag.name));
			cJSON_AddItemToArray(dag, s);
		}
		char *dagtext = cJSON_PrintUnformatted(dag);
		cJSON_Delete(dag);
		if (sx__agents_migrate(r->env.store, &e) ||
		    sx_store_exec_bind(
		        r->env.store, NULL, &e,
		        "INSERT INTO run_plans(run_id, spec, analysis, dag) VALUES (?, ?, ?, ?)"
		        " ON CONFLICT(run_id) DO UPDATE SET spec = excluded.spec,"
		        " analysis = excluded.analysis, dag = excluded.dag",
		        "ssss", r->id, spec, an, dagtext))
			failed(r, &e);
		free(spec);
		free(an);
		free(dagtext);
	}
	if (sx_history_run_finish(r->env.store, r->id, st, r->best >= 0 ? sx_run_score(r) : NAN,
				  text, &e))
		failed(r, &e);
	free(text);
}

/* ------------------------------------------------------------ history */

int sx_run_history_extras(sx_store *st, const char *run_id, cJSON *run, sx_error *err)
{
	cJSON *rows = NULL;
	int rc;

	if ((rc = sx__agents_migrate(st, err)))
		return rc;
	if ((rc = sx_store_query_json(
	         st, &rows, err,
	         "SELECT step, agent, endpoint, model, status, error FROM run_endpoints"
	         " WHERE run_id = ? ORDER BY seq",
	         "s", run_id)))
		return rc;
	cJSON_AddItemToObject(run, "endpoints", rows);
	cJSON *plan = NULL;
	if ((rc = sx_store_query_json(st, &plan, err,
	                              "SELECT spec, analysis, dag FROM run_plans WHERE run_id = ?",
	                              "s", run_id)))
		return rc;
	const cJSON *row = cJSON_GetArrayItem(plan, 0);
	cJSON *spec = row ? cJSON_Parse(sx_json_str(row, "spec", "")) : NULL;
	cJSON *an = row ? cJSON_Parse(sx_json_str(row, "analysis", "")) : NULL;
	cJSON *dag = row ? cJSON_Parse(sx_json_str(row, "dag", "")) : NULL;
	cJSON_Delete(plan);
	if (spec)
		cJSON_AddItemToObject(run, "spec", spec);
	if (an)
		cJSON_AddItemToObject(run, "analysis", an);
	if (dag)
		cJSON_AddItemToObject(run, "dag", dag);
	if ((rc = sx__consensus_load(st, run_id, run, err)) ||
	    (rc = sx__thoughts_load(st, run_id, run, err)))
		return rc;
	return sx__ambiguities_load(st, run_id, run, err);
}
