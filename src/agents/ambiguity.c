/*
 * ambiguity.c - the planner's close calls, asked of the user.
 *
 * When the built-in planner finds two readings of the measure close
 * (gen.measure-ambiguous), the run knows the other readings (the
 * consensus' measure alternatives). With a pick mailbox on the request
 * (the TUI) the plan step posts an SX_EV_AMBIGUITY event (the question,
 * the options one a line, the default: the planner's reading, the
 * timeout) and waits for sx_pick_answer, checking cancel every 100 ms;
 * when the time runs out the default is taken. Without a mailbox (the
 * CLI, --json) the default is taken at once, as before. A pick other than
 * the default re-plans through the override path (sx__run_replan, as
 * --measure does). Each question and its pick {n, question, options,
 * chosen, how: "user" | "timeout" | "default"} is kept in the run (--json
 * `ambiguities`) and in the history's run_ambiguities (`run show`).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sextant/gen.h>

#include "agents_int.h"

#define MAX_OPTIONS 6

struct sx_pick {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int64_t n; /* the question waited on, 0: none */
	int choice;
	bool answered;
};

sx_pick *sx_pick_new(void)
{
	sx_pick *p = sx_calloc(1, sizeof *p);
	if (!p)
		return NULL;
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cv, NULL);
	return p;
}

void sx_pick_free(sx_pick *p)
{
	if (!p)
		return;
	pthread_cond_destroy(&p->cv);
	pthread_mutex_destroy(&p->mu);
	free(p);
}

void sx_pick_answer(sx_pick *p, int64_t n, int choice)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->mu);
	if (n == p->n && !p->answered) {
		p->answered = true;
		p->choice = choice;
		pthread_cond_broadcast(&p->cv);
	}
	pthread_mutex_unlock(&p->mu);
}

static void arm(sx_pick *p, int64_t n)
{
	pthread_mutex_lock(&p->mu);
	p->n = n;
	p->answered = false;
	p->choice = -1;
	pthread_mutex_unlock(&p->mu);
}

/* Waits for the answer to the armed question: 1 answered (*choice), 0
 * timed out, SX_ECANCELLED. */
static int wait_answer(sx_run *r, sx_pick *p, int timeout_ms, int *choice)
{
	struct timespec now, until;
	int rc = 0;

	clock_gettime(CLOCK_REALTIME, &now);
	int64_t end = (int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000 + timeout_ms;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		if (p->answered) {
			*choice = p->choice;
			rc = 1;
			break;
		}
		if (r->env.cancel && atomic_load(r->env.cancel)) {
			rc = SX_ECANCELLED;
			break;
		}
		clock_gettime(CLOCK_REALTIME, &now);
		int64_t t = (int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000;
		if (t >= end)
			break;
		int64_t next = t + 100 < end ? t + 100 : end;
		until.tv_sec = (time_t)(next / 1000);
		until.tv_nsec = (long)(next % 1000) * 1000000;
		pthread_cond_timedwait(&p->cv, &p->mu, &until);
	}
	p->n = 0;
	pthread_mutex_unlock(&p->mu);
	return rc;
}

static void record(sx_run *r, const cJSON *q)
{
	sx_error e;

	if (!r->env.store || !r->history_on)
		return;
	char *opts = cJSON_PrintUnformatted(cJSON_GetObjectItem(q, "options"));
	pthread_mutex_lock(&r->emit_mu);
	if (!opts || sx__agents_migrate(r->env.store, &e) ||
	    sx_store_exec_bind(
	        r->env.store, NULL, &e,
	        "INSERT INTO run_ambiguities(run_id, n, question, options, chosen, how)"
	        " VALUES (?, ?, ?, ?, ?, ?)",
	        "slssls", r->id, (int64_t)sx_json_int(q, "n", 0), sx_json_str(q, "question", ""),
	        opts, (int64_t)sx_json_int(q, "chosen", 0), sx_json_str(q, "how", "")))
		sx_log(SX_LOG_WARN, "run %s: the pick was not recorded%s%s", r->id,
		       opts ? ": " : "", opts ? e.msg : "");
	pthread_mutex_unlock(&r->emit_mu);
	free(opts);
}

/* Re-plans with measure; on success the run's spec and its planner
 * findings (those from f0 on) are the new reading's. */
static int replan(sx_run *r, const char *step, size_t f0, const char *measure, sx_error *err)
{
	sx_gen_spec *spec = NULL;
	sx_finding_list fl;
	int rc;

	sx_finding_list_init(&fl);
	for (size_t i = 0; i < f0 && i < r->plan_findings.n; i++) {
		const sx_finding *f = &r->plan_findings.v[i];
		sx_finding_add(&fl, f->severity, f->category, f->rule, f->artifact, f->line, f->col,
		               f->hint, "%s", f->message);
	}
	size_t g0 = fl.n;
	if ((rc = sx__run_replan(r, measure, NULL, &spec, &fl, err))) {
		sx_finding_list_release(&fl);
		return rc;
	}
	pthread_mutex_lock(&r->env_mu);
	rc = sx_gen_apply_deploy(spec, r->env.config, r->req.cluster, r->req.target_url, NULL, err);
	pthread_mutex_unlock(&r->env_mu);
	if (rc) {
		sx_gen_spec_free(spec);
		sx_finding_list_release(&fl);
		return rc;
	}
	sx_gen_spec_free(r->spec);
	r->spec = spec;
	pthread_mutex_lock(&r->emit_mu);
	sx_finding_list_release(&r->plan_findings);
	r->plan_findings = fl;
	pthread_mutex_unlock(&r->emit_mu);
	sx__run_thought(r, SX_AGENT_PLANNER, step,
	                "planned again with the measure %s (%zu finding(s))", measure, fl.n - g0);
	return 0;
}

int sx__ambiguities_ask(sx_run *r, const char *step, size_t f0, sx_error *err)
{
	const sx_finding *amb = NULL;
	char refs[MAX_OPTIONS][300];
	size_t n;

	for (size_t i = f0; i < r->plan_findings.n && !amb; i++)
		if (r->plan_findings.v[i].rule &&
		    strcmp(r->plan_findings.v[i].rule, "gen.measure-ambiguous") == 0)
			amb = &r->plan_findings.v[i];
	if (!amb || (n = sx__measure_readings(r, refs, MAX_OPTIONS)) < 2)
		return 0;

	char question[SX_ERROR_MSG_MAX];
	snprintf(question, sizeof question, "which measure? %s", amb->message);
	sx_buf opts = SX_BUF_INIT;
	for (size_t i = 0; i < n; i++)
		sx_buf_printf(&opts, "%s%s", i ? "\n" : "", refs[i]);
	if (sx_buf_failed(&opts))
		return sx_error_set(err, SX_ENOMEM, "out of memory");

	int timeout_ms = r->req.ambiguity_timeout_ms;
	if (timeout_ms <= 0) {
		long s = sx_config_get_int(r->env.config, "agents", "ambiguity_timeout_s", 30);
		timeout_ms = (int)((s < 1 ? 1 : s > 86400 ? 86400 : s) * 1000);
	}
	int64_t qn = r->ambiguities ? cJSON_GetArraySize(r->ambiguities) + 1 : 1;
	sx_pick *box = r->req.pick;
	if (box)
		arm(box, qn);
	sx_event ev = {
	    .type = SX_EV_AMBIGUITY, .agent = "planner", .step = step, .text = question, .a = qn};
	ev.u.ambiguity.options = sx_buf_cstr(&opts);
	ev.u.ambiguity.dflt = 0;
	ev.u.ambiguity.timeout_ms = box ? timeout_ms : 0;
	sx__run_emit(r, &ev);

	int choice = 0, rc = 0;
	const char *how = "default";
	if (box) {
		rc = wait_answer(r, box, timeout_ms, &choice);
		if (rc == SX_ECANCELLED) {
			sx_buf_release(&opts);
			return sx_error_set(err, SX_ECANCELLED,
			                    "cancelled while waiting for a pick");
		}
		how = rc == 1 ? "user" : "timeout";
		if (rc == 0 || choice < 0 || (size_t)choice >= n)
			choice = 0;
	}
	sx_buf_release(&opts);

	cJSON *q = cJSON_CreateObject();
	sx_json_add_int(q, "n", qn);
	sx_json_add_str(q, "question", question);
	cJSON *arr = cJSON_AddArrayToObject(q, "options");
	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToArray(arr, cJSON_CreateString(refs[i]));
	sx_json_add_int(q, "default", 0);
	sx_json_add_int(q, "chosen", choice);
	sx_json_add_str(q, "chosen_option", refs[choice]);
	sx_json_add_str(q, "how", how);
	if (!r->ambiguities)
		r->ambiguities = cJSON_CreateArray();
	cJSON_AddItemToArray(r->ambiguities, q);
	record(r, q);
	sx__run_thought(r, SX_AGENT_PLANNER, step, "ambiguity %lld: %s (%s)", (long long)qn,
	                refs[choice],
	                strcmp(how, "user") == 0      ? "the user's pick"
	                : strcmp(how, "timeout") == 0 ? "no pick in time: the default"
	                                              : "the default");
	if (choice == 0)
		return 0;
	return replan(r, step, f0, refs[choice], err);
}

int sx__ambiguities_load(sx_store *st, const char *run_id, cJSON *run, sx_error *err)
{
	cJSON *rows = NULL;
	const cJSON *x;
	int rc;

	if ((rc =
	         sx_store_query_json(st, &rows, err,
	                             "SELECT n, question, options, chosen, how FROM run_ambiguities"
	                             " WHERE run_id = ? ORDER BY n",
	                             "s", run_id)))
		return rc;
	if (!cJSON_GetArraySize(rows)) {
		cJSON_Delete(rows);
		return 0;
	}
	cJSON *arr = cJSON_AddArrayToObject(run, "ambiguities");
	cJSON_ArrayForEach(x, rows)
	{
		cJSON *o = cJSON_CreateObject();
		cJSON *opts = cJSON_Parse(sx_json_str(x, "options", "[]"));
		int chosen = (int)sx_json_int(x, "chosen", 0);
		sx_json_add_int(o, "n", sx_json_int(x, "n", 0));
		sx_json_add_str(o, "question", sx_json_str(x, "question", ""));
		const cJSON *c = cJSON_GetArrayItem(opts, chosen);
		sx_json_add_int(o, "default", 0);
		sx_json_add_int(o, "chosen", chosen);
		sx_json_add_str(o, "chosen_option", cJSON_IsString(c) ? c->valuestring : NULL);
		sx_json_add_str(o, "how", sx_json_str(x, "how", ""));
		cJSON_AddItemToObject(o, "options", opts ? opts : cJSON_CreateArray());
		cJSON_AddItemToArray(arr, o);
	}
	cJSON_Delete(rows);
	return 0;
}
