/*
 * endpoints.c - model endpoints of a run: named [llm.NAME] sections, one
 * per agent if asked, and fail-over from one to the next.
 *
 * An endpoint is a whole [llm] configuration. "default" is the [llm]
 * section itself; [llm.NAME] is [llm] with the section's keys over it (its
 * provider is its own: auto, openai when base_url is set). Which endpoints
 * an agent asks, in order:
 *
 *   1. the run's provider when it names a section (`--provider NAME`);
 *   2. the agent's own: [agents] planner_endpoint, sql_expert_endpoint,
 *      reflector_endpoint (the agents that ask a model);
 *   3. the fail-over list [agents] endpoints = a, b, ...; without it,
 *      "default" when [llm] names a model endpoint.
 *
 * Duplicates are dropped. A request that fails on one endpoint after the
 * client's own retries (connection refused, HTTP 5xx or 429 past the
 * retries, a timeout, an error status) is asked again, with the same
 * messages, of the next one; that one keeps the step. Every failure and
 * every answer is recorded: an event (log), a row of run_endpoints in the
 * history, and the run's --json `endpoints`.
 *
 * One client (sx_llm, one worker thread) per endpoint, created when the
 * run opens and read-only afterwards, so steps on several threads share
 * them without a lock.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/llm.h>

#include "agents_int.h"

/* ------------------------------------------------------------ config */

static bool valid_name(const char *s)
{
	size_t i;
	for (i = 0; s[i]; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '_' || s[i] == '-'))
			return false;
	return i > 0 && i < SX_EP_NAME_MAX;
}

static bool provider_word(const char *p)
{
	return !*p || strcmp(p, "auto") == 0 || strcmp(p, "openai") == 0 ||
	       strcmp(p, "builtin") == 0;
}

/* The [llm] configuration of endpoint name: [llm], then [llm.NAME] over
 * it. *out is the caller's. SX_ENOTFOUND when the section is empty. */
static int endpoint_config(const sx_config *cfg, const char *name, sx_config **out, sx_error *err)
{
	const char *k, *v;
	size_t it = 0, n = 0;
	bool dflt = strcmp(name, "default") == 0;
	int rc;

	if ((rc = sx_config_load_string(out, "", err)))
		return rc;
	while (cfg && sx_config_next(cfg, "llm", &it, &k, &v)) {
		/* a section's provider is its own; `--provider NAME` leaves
		 * NAME in [llm] provider, which is no provider word */
		if (strcmp(k, "provider") == 0 && (!dflt || !provider_word(v)))
			continue;
		if (sx_config_set(*out, "llm", k, v))
			goto oom;
	}
	if (dflt)
		return 0;
	char sec[SX_EP_NAME_MAX + 8];
	snprintf(sec, sizeof sec, "llm.%s", name);
	it = 0;
	while (cfg && sx_config_next(cfg, sec, &it, &k, &v)) {
		if (sx_config_set(*out, "llm", k, v))
			goto oom;
		n++;
	}
	if (!n) {
		sx_config_free(*out);
		*out = NULL;
		return sx_error_set(
		    err, SX_ENOTFOUND,
		    "endpoint '%s' has no [llm.%s] section in the config (docs/agents.md)", name,
		    name);
	}
	return 0;
oom:
	sx_config_free(*out);
	*out = NULL;
	return sx_error_set(err, SX_ENOMEM, "out of memory");
}

/* The index of endpoint name in r->eps, creating its client; -1 with
 * *skip when it is the default and that is no model endpoint. */
static int ensure(sx_run *r, const char *name, bool *skip, sx_error *err)
{
	sx_config *cfg = NULL;
	int rc;

	*skip = false;
	for (size_t i = 0; i < r->neps; i++)
		if (strcmp(r->eps[i].name, name) == 0) {
			*skip = r->eps[i].llm == NULL;
			return (int)i;
		}
	if (!valid_name(name))
		return sx_error_set(err, SX_EINVAL,
		                    "endpoint name '%s' is not valid: letters, digits, '_' and '-'",
		                    name);
	if (r->neps >= SX_EP_MAX)
		return sx_error_set(err, SX_EINVAL, "more than %d model endpoints", SX_EP_MAX);
	if ((rc = endpoint_config(r->env.config, name, &cfg, err)))
		return rc;
	sx_endpoint *ep = &r->eps[r->neps];
	sx_llm_opts o = {.config = cfg};
	rc = sx_llm_new(&ep->llm, &o, err);
	sx_config_free(cfg);
	if (rc) {
		char m[SX_ERROR_MSG_MAX];
		snprintf(m, sizeof m, "%s", err->msg);
		return sx_error_set(err, rc, "endpoint '%s': %s", name, m);
	}
	snprintf(ep->name, sizeof ep->name, "%s", name);
	if (strcmp(sx_llm_provider(ep->llm), "builtin") == 0) {
		sx_llm_free(ep->llm);
		ep->llm = NULL;
		if (strcmp(name, "default") != 0)
			return sx_error_set(
			    err, SX_EINVAL,
			    "endpoint '%s' names no model: set base_url in [llm.%s]", name, name);
		*skip = true;
	}
	return (int)r->neps++;
}

static const char *agent_endpoint(const sx_config *cfg, sx_agent_kind a)
{
	/* literal keys, so the config-docs check sees each one */
	switch (a) {
	case SX_AGENT_PLANNER:
		return sx_config_get(cfg, "agents", "planner_endpoint", NULL);
	case SX_AGENT_SQL_EXPERT:
		return sx_config_get(cfg, "agents", "sql_expert_endpoint", NULL);
	case SX_AGENT_REFLECTOR:
		return sx_config_get(cfg, "agents", "reflector_endpoint", NULL);
	default:
		return NULL;
	}
}

static int add_to_chain(sx_run *r, sx_agent_kind a, const char *name, sx_error *err)
{
	bool skip;
	int i = ensure(r, name, &skip, err);
	if (i < 0)
		return i;
	if (skip)
		return 0;
	for (size_t k = 0; k < r->nchain[a]; k++)
		if (r->chain[a][k] == (unsigned char)i)
			return 0;
	if (r->nchain[a] < SX_EP_MAX)
		r->chain[a][r->nchain[a]++] = (unsigned char)i;
	return 0;
}

bool sx__model_mode(const sx_run *r)
{
	return r->req.provider && strcmp(r->req.provider, "builtin") != 0;
}

int sx__model_open(sx_run *r, sx_error *err)
{
	static const sx_agent_kind asking[] = {SX_AGENT_PLANNER, SX_AGENT_SQL_EXPERT,
	                                       SX_AGENT_REFLECTOR};
	const char *prov = r->req.provider;
	const char *list = sx_config_get(r->env.config, "agents", "endpoints", "");
	int rc;

	if (!sx__model_mode(r) || r->model_on)
		return 0;
	const char *named = provider_word(prov) ? NULL : prov;
	for (size_t k = 0; k < sizeof asking / sizeof *asking; k++) {
		sx_agent_kind a = asking[k];
		const char *own = agent_endpoint(r->env.config, a);
		if (named && (rc = add_to_chain(r, a, named, err)))
			goto fail;
		if (own && *own && (rc = add_to_chain(r, a, own, err)))
			goto fail;
		if (!*list && (rc = add_to_chain(r, a, "default", err)))
			goto fail;
		for (const char *p = list; *p;) {
			char name[SX_EP_NAME_MAX + 1];
			size_t n = 0;
			while (*p == ',' || *p == ' ' || *p == '\t')
				p++;
			while (*p && *p != ',' && *p != ' ' && *p != '\t') {
				if (n < sizeof name - 1)
					name[n] = *p;
				n++;
				p++;
			}
			if (!n)
				break;
			name[n < sizeof name ? n : sizeof name - 1] = '\0';
			if (n >= sizeof name) {
				rc = sx_error_set(err, SX_EINVAL,
				                  "[agents] endpoints: a name is too long");
				goto fail;
			}
			if ((rc = add_to_chain(r, a, name, err)))
				goto fail;
		}
		if (!r->nchain[a]) {
			rc = sx_error_set(
			    err, SX_EINVAL,
			    "provider '%s' needs a model endpoint: set [llm] base_url or "
			    "--base-url, or name [llm.NAME] sections in [agents] endpoints "
			    "(or use --provider builtin)",
			    prov);
			goto fail;
		}
	}
	if (!(r->endpoint_log = cJSON_CreateArray())) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto fail;
	}
	r->model_on = true;
	return 0;
fail:
	sx__model_close(r);
	return rc;
}

void sx__model_close(sx_run *r)
{
	for (size_t i = 0; i < r->neps; i++) {
		sx_llm_free(r->eps[i].llm);
		r->eps[i].llm = NULL;
	}
	r->model_on = false;
}

cJSON *sx__endpoints_json(const sx_run *r)
{
	cJSON *o = cJSON_CreateObject();
	for (int a = 0; a < SX_AGENT_COUNT; a++) {
		if (!r->nchain[a])
			continue;
		cJSON *l = cJSON_AddArrayToObject(o, sx_agent_name((sx_agent_kind)a));
		for (size_t k = 0; k < r->nchain[a]; k++)
			cJSON_AddItemToArray(l, cJSON_CreateString(r->eps[r->chain[a][k]].name));
	}
	return o;
}

/* ------------------------------------------------------------ record */

void sx__endpoint_record(sx_run *r, sx_agent_kind a, const char *step, size_t ep, const char *model,
                         const char *error, const char *next)
{
	const char *name = r->eps[ep].name;
	char msg[SX_ERROR_MSG_MAX + 192];
	sx_error e;

	if (error)
		snprintf(msg, sizeof msg, "endpoint %s failed (%s); %s%s", name, error,
		         next ? next : "no endpoint left", next ? " takes over" : "");
	else
		snprintf(msg, sizeof msg, "endpoint %s answered (model %s)", name,
		         model && *model ? model : "?");
	sx_event ev = {.type = SX_EV_LOG, .agent = sx_agent_name(a), .step = step, .text = msg};
	ev.u.log.level = error ? SX_LOG_WARN : SX_LOG_INFO;
	sx__run_emit(r, &ev);

	pthread_mutex_lock(&r->emit_mu);
	cJSON *o = cJSON_CreateObject();
	sx_json_add_str(o, "agent", sx_agent_name(a));
	sx_json_add_str(o, "step", step);
	sx_json_add_str(o, "endpoint", name);
	sx_json_add_str(o, "model", model && *model ? model : NULL);
	sx_json_add_str(o, "status", error ? "failed" : "answered");
	sx_json_add_str(o, "error", error);
	cJSON_AddItemToArray(r->endpoint_log, o);
	if (r->env.store && r->history_on) {
		char now[40];
		sx_now_iso(now, sizeof now);
		if (sx__agents_migrate(r->env.store, &e) ||
		    sx_store_exec_bind(
		        r->env.store, NULL, &e,
		        "INSERT INTO run_endpoints(run_id, seq, step, agent, endpoint, model,"
		        " status, error, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
		        "slsssssss", r->id, (int64_t)cJSON_GetArraySize(r->endpoint_log), step,
		        sx_agent_name(a), name, model && *model ? model : NULL,
		        error ? "failed" : "answered", error, now))
			sx_log(SX_LOG_WARN, "run %s: endpoint not recorded: %s", r->id, e.msg);
	}
	pthread_mutex_unlock(&r->emit_mu);
}
