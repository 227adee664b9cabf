/*
 * model.c - model mode: an agent asks an OpenAI-compatible model, with the
 * tool table offered as function calls, and the built-in engine takes the
 * step over whenever the answer cannot be used.
 *
 * Which agents ask the model: the Planner (its reading of the intent as
 * JSON, which the built-in planner resolves on the map), the Schema
 * Analyst (risks, PII treatment and a summary over the built-in analysis,
 * analyst.c), the SQL Expert (the SELECT of the target rows), the Python
 * Coder (the DAG, transform and tests, coder.c) and the Reflector (a
 * revision of that SELECT carrying QA's findings). The DDL, the load and
 * the README stay with the built-in engines; the same validators judge
 * the model's work and theirs. [agents] builtin_agents keeps named agents
 * on their built-in engines.
 *
 * The loop: system prompt (data/prompts/<agent>.md, versioned) + the task;
 * each reply's tool calls run through sx_tool_call (audited, arguments
 * checked), their results go back as tool messages, until the model
 * answers with text or the budget ([agents] max_tool_calls, max_tokens)
 * runs out. The answer is read tolerantly (answer.c). Garbage, a refusal,
 * a failed request: a finding of category "model", and the caller keeps
 * the built-in artifact. The run never fails for that alone.
 *
 * Endpoints: each request goes to the agent's first endpoint; one that
 * fails goes, with the same messages, to the next (endpoints.c). With
 * [llm] semantic_cache a task close to one answered before reuses that
 * answer without a request (semcache.c).
 *
 * What leaves the machine: the intent, the catalog's names, types and
 * comments, the map's conclusions and the tools' results. The tools never
 * return sampled values of personal-data columns (column_values refuses
 * them, sample_rows and run_preview mask them), so no PII value reaches a
 * prompt.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/gen.h>
#include <sextant/llm.h>

#include "agents_int.h"

#define TOOL_RESULT_MAX (16 * 1024)

char *sx__prompt_load(const char *agent)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/prompts/%s.md", sx_data_dir(), agent);
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	sx_buf b = SX_BUF_INIT;
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sx_buf_put(&b, chunk, n);
	fclose(f);
	return sx_buf_failed(&b) ? NULL : sx_buf_detach(&b);
}

/* ------------------------------------------------------------ streaming */

typedef struct {
	sx_run *r;
	sx_agent_kind agent;
	const char *step;
} stream_ctx;

static void on_token(void *payload, const char *text, size_t len)
{
	stream_ctx *s = payload;
	sx_event ev = { .type = SX_EV_TOKEN, .agent = sx_agent_name(s->agent), .step = s->step,
			.text = text, .len = len };
	sx__run_emit(s->r, &ev);
}

static void on_reasoning(void *payload, const char *text, size_t len)
{
	stream_ctx *s = payload;
	sx_event ev = { .type = SX_EV_REASONING, .agent = sx_agent_name(s->agent),
			.step = s->step, .text = text, .len = len };
	sx__run_emit(s->r, &ev);
}

/* ------------------------------------------------------------ tools */

static sx_llm_tool *llm_tools(cJSON *table, size_t *n)
{
	*n = (size_t)cJSON_GetArraySize(table);
	sx_llm_tool *t = sx_calloc(*n + 1, sizeof *t);
	for (size_t i = 0; t && i < *n; i++) {
		const cJSON *fn = cJSON_GetObjectItem(cJSON_GetArrayItem(table, (int)i), "function");
		t[i].name = sx_json_str(fn, "name", "");
		t[i].description = sx_json_str(fn, "description", NULL);
		t[i].parameters_json = cJSON_GetObjectItem(fn, "parameters");
	}
	return t;
}

/* Runs one call the model asked for; the result (or the error) as text
 * for the tool message, capped. */
static char *run_call(sx_run *r, sx_agent_kind agent, const char *step,
		      const sx_llm_tool_call *c)
{
	cJSON *args = cJSON_Parse(c->arguments), *res = NULL;
	sx_error e = { 0 };
	char *text;

	if (!args) {
		sx_buf b = SX_BUF_INIT;
		sx_buf_printf(&b, "{\"error\": \"arguments of %s are not valid JSON\"}", c->name);
		return sx_buf_detach(&b);
	}
	if (sx__run_tool(r, agent, step, c->name, args, &res, &e)) {
		cJSON *o = cJSON_CreateObject();
		sx_json_add_str(o, "error", e.msg);
		text = cJSON_PrintUnformatted(o);
		cJSON_Delete(o);
	} else {
		text = cJSON_PrintUnformatted(res);
	}
	cJSON_Delete(args);
	cJSON_Delete(res);
	if (text && strlen(text) > TOOL_RESULT_MAX) {
		/* the model gets a valid prefix of the text and a note */
		text[TOOL_RESULT_MAX] = '\0';
		char *t2 = NULL;
		sx_buf b = SX_BUF_INIT;
		sx_buf_puts(&b, "{\"truncated\": true, \"text\": ");
		cJSON *s = cJSON_CreateString(text);
		t2 = cJSON_PrintUnformatted(s);
		cJSON_Delete(s);
		sx_buf_puts(&b, t2 ? t2 : "\"\"");
		sx_buf_putc(&b, '}');
		free(t2);
		free(text);
		text = sx_buf_detach(&b);
	}
	return text;
}

/* ------------------------------------------------------------ the loop */

void sx__model_finding(sx_run *r, sx_agent_kind agent, const char *step, const char *rule,
                       const char *msg)
{
	/* the artifact the agent's built-in engine kept */
	sx_artifact_kind art =
	    agent == SX_AGENT_PYTHON_CODER ? SX_ART_AIRFLOW_DAG : SX_ART_SELECT_SQL;
	const char *hint = agent == SX_AGENT_SCHEMA_ANALYST
	                       ? "the built-in analysis was kept"
	                       : "the built-in engine's artifact was kept";
	pthread_mutex_lock(&r->emit_mu);
	sx_finding_add(&r->plan_findings, SX_SEV_INFO, SX_CAT_MODEL, rule, art, 0, 0, hint,
	               "%s: %s", sx_agent_name(agent), msg);
	pthread_mutex_unlock(&r->emit_mu);
	sx_event ev = { .type = SX_EV_FINDING, .agent = sx_agent_name(agent), .step = step,
			.text = msg };
	ev.u.finding.severity = SX_SEV_INFO;
	ev.u.finding.category = SX_CAT_MODEL;
	ev.u.finding.rule = rule;
	sx__run_emit(r, &ev);
}

/* The tool loop: *answer is the model's final text (caller's), NULL when
 * there is none (a finding says why). With the semantic cache on, *vec /
 * *dim receive the task's embedding (caller's) and *cached says the answer
 * came from the cache. */
static int ask(sx_run *r, sx_agent_kind agent, const char *step, const char *task, char **answer,
               float **vec, size_t *dim, bool *cached, sx_error *err)
{
	const char *pname = sx_agent_name(agent);
	char *prompt = sx__prompt_load(pname);
	long max_calls = sx_config_get_int(r->env.config, "agents", "max_tool_calls", 8);
	long max_tokens = sx_config_get_int(r->env.config, "agents", "max_tokens", 4000);
	cJSON *table = sx_tools_to_openai(NULL);
	size_t ntools = 0, nmsg = 0, cap = 0, calls = 0;
	sx_llm_tool *tools = llm_tools(table, &ntools);
	sx_llm_message *msgs = NULL;
	sx_llm_reply *replies = NULL;   /* kept: messages borrow from them */
	char **texts = NULL;            /* tool results, likewise */
	size_t nreplies = 0, ntexts = 0;
	stream_ctx sc = { r, agent, step };
	sx_llm_callbacks cb = { .on_token = on_token, .on_reasoning = on_reasoning, .payload = &sc };
	int rc = 0;
	(void)err;

	*answer = NULL;
	*vec = NULL;
	*dim = 0;
	*cached = false;
	if (!prompt) {
		sx__model_finding(r, agent, step, "model.no-prompt", "the prompt file is missing");
		goto done;
	}
	/* the semantic cache: a task close enough to one answered before
	 * reuses that answer, no request sent */
	if (sx__semcache_on(r) && sx__semcache_embed(r, agent, step, task, vec, dim) == 0) {
		sx__semcache_get(r, agent, step, *vec, *dim, answer);
		if (*answer) {
			*cached = true;
			goto done;
		}
	}
	cap = 8 + 2 * (size_t)(max_calls + 2);
	msgs = sx_calloc(cap, sizeof *msgs);
	replies = sx_calloc((size_t)max_calls + 2, sizeof *replies);
	texts = sx_calloc(cap, sizeof *texts);
	if (!msgs || !replies || !texts || !tools) {
		rc = SX_ENOMEM;
		goto done;
	}
	msgs[nmsg++] = (sx_llm_message){ .role = SX_LLM_SYSTEM, .content = prompt };
	msgs[nmsg++] = (sx_llm_message){ .role = SX_LLM_USER, .content = task };
	/* the agent's endpoints in fail-over order: a failed request is asked
	 * again of the next one, which then keeps the step */
	size_t cur = 0;
	for (long round = 0; round <= max_calls; round++) {
		size_t ep = r->chain[agent][cur];
		sx_llm_chat_opts o = { .max_tokens = (int)max_tokens, .tools = tools,
				       .n_tools = round < max_calls ? ntools : 0,
				       .run_id = r->id, .tag = pname };
		sx_llm_reply *rep = &replies[nreplies++];
		sx_error e = { 0 };
		int crc =
		    sx_llm_chat_reply(r->eps[ep].llm, msgs, nmsg, &o, &cb, r->env.cancel, rep, &e);
		pthread_mutex_lock(&r->emit_mu);
		r->tokens_in += rep->res.usage.prompt_tokens;
		r->tokens_out += rep->res.usage.completion_tokens;
		pthread_mutex_unlock(&r->emit_mu);
		if (crc == SX_ECANCELLED) {
			rc = crc;
			goto done;
		}
		if (crc) {
			char why[SX_ERROR_MSG_MAX + 32];
			bool more = cur + 1 < r->nchain[agent];
			snprintf(why, sizeof why, "%s%s%s", rep->res.cause,
			         rep->res.cause[0] ? ": " : "", e.msg);
			sx__endpoint_record(r, agent, step, ep, NULL, why,
			                    more ? r->eps[r->chain[agent][cur + 1]].name : NULL);
			if (more) {
				/* the failed reply holds nothing the messages borrow */
				sx_llm_reply_release(rep);
				nreplies--;
				cur++;
				round--;
				continue;
			}
			char m[SX_ERROR_MSG_MAX + 32];
			snprintf(m, sizeof m, "the model request failed (%s)", e.msg);
			sx__model_finding(r, agent, step, "model.request-failed", m);
			goto done;
		}
		if (rep->n_tool_calls && nmsg + rep->n_tool_calls + 1 < cap) {
			msgs[nmsg++] = sx_llm_reply_message(rep);
			for (size_t i = 0; i < rep->n_tool_calls; i++) {
				const sx_llm_tool_call *c = &rep->tool_calls[i];
				char *t = run_call(r, agent, step, c);
				texts[ntexts++] = t;
				msgs[nmsg++] = (sx_llm_message){ .role = SX_LLM_TOOL,
								 .content = t ? t : "{}",
								 .tool_call_id = c->id };
				calls++;
			}
			continue;
		}
		*answer = sx_strdup(sx_buf_cstr(&rep->content));
		sx__endpoint_record(
		    r, agent, step, ep,
		    rep->res.model[0] ? rep->res.model : sx_llm_model(r->eps[ep].llm), NULL, NULL);
		break;
	}
	if (!*answer && calls > (size_t)max_calls && rc == 0)
		sx__model_finding(r, agent, step, "model.tool-budget",
		                  "the tool-call budget ran out before an answer");
done:
	for (size_t i = 0; i < nreplies; i++)
		sx_llm_reply_release(&replies[i]);
	for (size_t i = 0; i < ntexts; i++)
		free(texts[i]);
	free(replies);
	free(texts);
	free(msgs);
	free(tools);
	cJSON_Delete(table);
	free(prompt);
	return rc == SX_ENOMEM ? sx_error_set(err, SX_ENOMEM, "out of memory") : rc;
}

typedef sx_model_answer asked;

int sx__model_ask(sx_run *r, sx_agent_kind agent, const char *step, const char *task,
                  sx_model_answer *a, sx_error *err)
{
	memset(a, 0, sizeof *a);
	return ask(r, agent, step, task, &a->answer, &a->vec, &a->dim, &a->cached, err);
}

void sx__model_answer_done(sx_run *r, sx_agent_kind agent, sx_model_answer *a, bool usable)
{
	/* a usable answer is kept in the semantic cache */
	if (usable && a->vec && !a->cached && a->answer)
		sx__semcache_put(r, agent, a->vec, a->dim, a->answer);
	free(a->vec);
	free(a->answer);
	memset(a, 0, sizeof *a);
}

static void asked_done(sx_run *r, sx_agent_kind agent, asked *a, bool usable)
{
	sx__model_answer_done(r, agent, a, usable);
}

int sx__model_ask_sql(sx_run *r, sx_agent_kind agent, const char *step, const char *task,
		      char **sql, sx_error *err)
{
	asked a = {0};
	int rc = ask(r, agent, step, task, &a.answer, &a.vec, &a.dim, &a.cached, err);

	*sql = NULL;
	if (rc || !a.answer) {
		asked_done(r, agent, &a, false);
		return rc;
	}
	if (sx_answer_code(a.answer, "sql,postgresql,postgres,sqlite,clickhouse", false, sql) &&
	    sx_answer_code(a.answer, NULL, false, sql)) {
		/* no fence: take the text when it reads like a query */
		const char *p = a.answer;
		while (*p == ' ' || *p == '\n')
			p++;
		if (strncasecmp(p, "select", 6) == 0 || strncasecmp(p, "with", 4) == 0)
			*sql = sx_strdup(p);
	}
	if (!*sql)
		sx__model_finding(r, agent, step, "model.unusable-answer",
		                  "the answer holds no SQL query");
	asked_done(r, agent, &a, *sql != NULL);
	return 0;
}

int sx__model_ask_json(sx_run *r, sx_agent_kind agent, const char *step, const char *task,
		       cJSON **out, sx_error *err)
{
	asked a = {0};
	int rc = ask(r, agent, step, task, &a.answer, &a.vec, &a.dim, &a.cached, err);

	*out = NULL;
	if (rc || !a.answer) {
		asked_done(r, agent, &a, false);
		return rc;
	}
	if (sx_answer_json(a.answer, out) || !cJSON_IsObject(*out)) {
		cJSON_Delete(*out);
		*out = NULL;
		sx__model_finding(r, agent, step, "model.unusable-answer",
		                  "the answer holds no JSON object");
	}
	asked_done(r, agent, &a, *out != NULL);
	return 0;
}
