/*
 * ambiguity.c - the planner's close calls, asked of the user.
 *
 * Three kinds of question, asked in this order, each of the plan the
 * previous pick left:
 *   - entity (gen.entity-ambiguous): a counted noun read as the table the
 *     dimensions reach; the other reading is offered split by the same
 *     dimensions when it can be, else counted without them;
 *   - measure (gen.measure-ambiguous): the measure's other readings on
 *     the plan's tables (the consensus' measure alternatives);
 *   - time: the time table's other business-event timestamps (created,
 *     paid, shipped; never updated_at), when it has any.
 * Option 0 is the planner's reading (the default); every other option is
 * planned before it is offered (sx__run_replan_dims, the override path of
 * --measure / --time-column), so an option the planner cannot plan is not
 * offered and a pick needs no second planning. A choice the user fixed
 * (--measure, --time-column) is not asked.
 *
 * With a pick mailbox on the request (the TUI, `generate --ask`) the plan
 * step posts an SX_EV_AMBIGUITY event (the question, the options one a
 * line, the default, the timeout) and waits for sx_pick_answer, checking
 * cancel every 100 ms; when the time runs out the default is taken.
 * Without a mailbox (the CLI, --json) the default is taken at once. A pick
 * becomes the run's plan and stays an override for every later re-plan
 * (r->pick_*: consensus candidates keep it). Each question and its pick
 * {n, kind, question, options, chosen, how: "user" | "timeout" |
 * "default"} is kept in the run (--json `ambiguities`) and in the
 * history's run_ambiguities (`run show`).
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
	        "INSERT INTO run_ambiguities(run_id, n, question, options, chosen, how, kind)"
	        " VALUES (?, ?, ?, ?, ?, ?, ?)",
	        "slsslss", r->id, (int64_t)sx_json_int(q, "n", 0), sx_json_str(q, "question", ""),
	        opts, (int64_t)sx_json_int(q, "chosen", 0), sx_json_str(q, "how", ""),
	        sx_json_str(q, "kind", "")))
		sx_log(SX_LOG_WARN, "run %s: the pick was not recorded%s%s", r->id,
		       opts ? ": " : "", opts ? e.msg : "");
	pthread_mutex_unlock(&r->emit_mu);
	free(opts);
}

/* ------------------------------------------------------------ questions */

/* One reading offered: option 0 is the planner's (no override, nothing
 * planned again); every other one is planned before it is offered, so a
 * reading the planner cannot plan is never offered, and a pick needs no
 * second planning. */
typedef struct option {
	char text[420];    /* shown and recorded */
	char measure[300]; /* the override it stands for, "" none */
	char time[300];
	bool nodims;
	sx_gen_spec *spec;  /* planned with it; NULL for option 0 */
	sx_finding_list fl; /* the planner's findings with it (all of them) */
} option;

typedef struct question {
	const char *kind; /* "entity", "measure", "time" */
	char text[SX_ERROR_MSG_MAX];
	option o[MAX_OPTIONS];
	size_t n;
} question;

static void question_release(question *q)
{
	for (size_t i = 0; i < q->n; i++) {
		sx_gen_spec_free(q->o[i].spec);
		sx_finding_list_release(&q->o[i].fl);
	}
	q->n = 0;
}

/* Plans option o; false (and a thought) when the planner cannot. */
static bool plan_option(sx_run *r, const char *step, size_t f0, option *o)
{
	sx_error e = {0};

	sx_finding_list_init(&o->fl);
	pthread_mutex_lock(&r->emit_mu);
	for (size_t i = 0; i < f0 && i < r->plan_findings.n; i++) {
		const sx_finding *f = &r->plan_findings.v[i];
		sx_finding_add(&o->fl, f->severity, f->category, f->rule, f->artifact, f->line,
		               f->col, f->hint, "%s", f->message);
	}
	pthread_mutex_unlock(&r->emit_mu);
	if (sx__run_replan_dims(r, o->measure[0] ? o->measure : NULL, o->time[0] ? o->time : NULL,
	                        o->nodims, &o->spec, &o->fl, &e) == 0)
		return true;
	sx__run_thought(r, SX_AGENT_PLANNER, step,
	                "the reading %s cannot be planned (%s): not offered", o->text, e.msg);
	sx_gen_spec_free(o->spec);
	o->spec = NULL;
	sx_finding_list_release(&o->fl);
	return false;
}

/* Adds an alternative (planned first); false when it was not added. */
static bool add_option(sx_run *r, const char *step, size_t f0, question *q, const char *text,
                       const char *measure, const char *time, bool nodims)
{
	option *o;
	if (q->n >= MAX_OPTIONS)
		return false;
	o = &q->o[q->n];
	memset(o, 0, sizeof *o);
	snprintf(o->text, sizeof o->text, "%s", text);
	snprintf(o->measure, sizeof o->measure, "%s", measure ? measure : "");
	snprintf(o->time, sizeof o->time, "%s", time ? time : "");
	o->nodims = nodims;
	if (q->n && !plan_option(r, step, f0, o))
		return false;
	if (!q->n)
		sx_finding_list_init(&o->fl);
	q->n++;
	return true;
}

static const sx_finding *finding_of(const sx_run *r, size_t f0, const char *rule)
{
	for (size_t i = f0; i < r->plan_findings.n; i++)
		if (r->plan_findings.v[i].rule && strcmp(r->plan_findings.v[i].rule, rule) == 0)
			return &r->plan_findings.v[i];
	return NULL;
}

/* The single key column of table name, NULL for none. */
static const char *key_of(sx_run *r, const char *name, char *buf, size_t n)
{
	sx_table *t = NULL;
	sx_error e;
	pthread_mutex_lock(&r->env_mu);
	int rc = sx_catalog_resolve(r->env.cat, name, &t, &e);
	pthread_mutex_unlock(&r->env_mu);
	if (rc || !t || t->pk.ncols != 1)
		return NULL;
	snprintf(buf, n, "%s", t->pk.cols[0]);
	return buf;
}

/* gen.entity-ambiguous: "M was read as T (not U) so that it can be split
 * by the dimensions": the planner's T, or U, split by the dimensions when
 * U can be, else counted without them. */
static void entity_question(sx_run *r, const char *step, size_t f0, question *q)
{
	const sx_finding *f = finding_of(r, f0, "gen.entity-ambiguous");
	const char *a, *b, *c;
	char chosen[200], other[200], kc[200], ko[200], text[420], ref[300];

	if (!f || !f->message || r->req.measures || r->pick_measure[0] ||
	    !(a = strstr(f->message, " was read as ")) || !(b = strstr(a, " (not ")) ||
	    !(c = strchr(b + 6, ')')))
		return;
	a += strlen(" was read as ");
	snprintf(chosen, sizeof chosen, "%.*s", (int)(b - a), a);
	snprintf(other, sizeof other, "%.*s", (int)(c - b - 6), b + 6);
	if (!key_of(r, chosen, kc, sizeof kc) || !key_of(r, other, ko, sizeof ko))
		return;
	q->kind = "entity";
	snprintf(q->text, sizeof q->text, "which entity? %s", f->message);
	snprintf(text, sizeof text, "count:%s.%s", chosen, kc);
	add_option(r, step, f0, q, text, NULL, NULL, false);
	snprintf(ref, sizeof ref, "count:%s.%s", other, ko);
	if (!add_option(r, step, f0, q, ref, ref, NULL, false)) {
		snprintf(text, sizeof text,
		         "count:%s.%s without the dimensions (%s cannot be split by them)", other,
		         ko, other);
		add_option(r, step, f0, q, text, ref, NULL, true);
	}
}

/* gen.measure-ambiguous: the measure's readings on the plan's tables. */
static void measure_question(sx_run *r, const char *step, size_t f0, question *q)
{
	const sx_finding *f = finding_of(r, f0, "gen.measure-ambiguous");
	char refs[MAX_OPTIONS][300];
	size_t n;

	if (!f || (n = sx__measure_readings(r, refs, MAX_OPTIONS)) < 2)
		return;
	q->kind = "measure";
	snprintf(q->text, sizeof q->text, "which measure? %s", f->message);
	for (size_t i = 0; i < n; i++)
		add_option(r, step, f0, q, refs[i], i ? refs[i] : NULL, NULL, false);
}

/* The time column: the time table's other business-event timestamps
 * (created, paid, shipped; never updated_at). */
static void time_question(sx_run *r, const char *step, size_t f0, question *q)
{
	char refs[MAX_OPTIONS][300];
	size_t n = sx__time_readings(r, refs, MAX_OPTIONS);
	sx_buf b = SX_BUF_INIT;

	if (n < 2)
		return;
	for (size_t i = 1; i < n; i++) {
		const char *dot = strrchr(refs[i], '.');
		sx_buf_printf(&b, "%s%s", i > 1 ? (i + 1 == n ? " and " : ", ") : "",
		              dot ? dot + 1 : refs[i]);
	}
	q->kind = "time";
	snprintf(q->text, sizeof q->text,
	         "which time column? the planner dates the rows by %s; %s also has %s", refs[0],
	         r->spec->time_table->name, sx_buf_cstr(&b));
	sx_buf_release(&b);
	for (size_t i = 0; i < n; i++)
		add_option(r, step, f0, q, refs[i], NULL, i ? refs[i] : NULL, false);
}

/* Posts q, waits for the pick (with a mailbox), records it and, for a
 * reading other than the planner's, makes it the run's plan. */
static int ask(sx_run *r, const char *step, question *q, sx_error *err)
{
	sx_buf opts = SX_BUF_INIT;
	for (size_t i = 0; i < q->n; i++)
		sx_buf_printf(&opts, "%s%s", i ? "\n" : "", q->o[i].text);
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
	    .type = SX_EV_AMBIGUITY, .agent = "planner", .step = step, .text = q->text, .a = qn};
	ev.u.ambiguity.options = sx_buf_cstr(&opts);
	ev.u.ambiguity.dflt = 0;
	ev.u.ambiguity.timeout_ms = box ? timeout_ms : 0;
	sx__run_emit(r, &ev);
	sx_buf_release(&opts);

	int choice = 0, rc = 0;
	const char *how = "default";
	if (box) {
		rc = wait_answer(r, box, timeout_ms, &choice);
		if (rc == SX_ECANCELLED)
			return sx_error_set(err, SX_ECANCELLED,
			                    "cancelled while waiting for a pick");
		how = rc == 1 ? "user" : "timeout";
		if (rc == 0 || choice < 0 || (size_t)choice >= q->n)
			choice = 0;
	}

	cJSON *o = cJSON_CreateObject();
	sx_json_add_int(o, "n", qn);
	sx_json_add_str(o, "kind", q->kind);
	sx_json_add_str(o, "question", q->text);
	cJSON *arr = cJSON_AddArrayToObject(o, "options");
	for (size_t i = 0; i < q->n; i++)
		cJSON_AddItemToArray(arr, cJSON_CreateString(q->o[i].text));
	sx_json_add_int(o, "default", 0);
	sx_json_add_int(o, "chosen", choice);
	sx_json_add_str(o, "chosen_option", q->o[choice].text);
	sx_json_add_str(o, "how", how);
	if (!r->ambiguities)
		r->ambiguities = cJSON_CreateArray();
	cJSON_AddItemToArray(r->ambiguities, o);
	record(r, o);
	sx__run_thought(r, SX_AGENT_PLANNER, step, "ambiguity %lld: %s (%s)", (long long)qn,
	                q->o[choice].text,
	                strcmp(how, "user") == 0      ? "the user's pick"
	                : strcmp(how, "timeout") == 0 ? "no pick in time: the default"
	                                              : "the default");
	if (choice == 0)
		return 0;

	/* the pick's plan becomes the run's, and the pick holds from now on */
	option *p = &q->o[choice];
	pthread_mutex_lock(&r->env_mu);
	rc = sx_gen_apply_deploy(p->spec, r->env.config, r->req.cluster, r->req.target_url, NULL,
	                         err);
	pthread_mutex_unlock(&r->env_mu);
	if (rc)
		return rc;
	sx_gen_spec_free(r->spec);
	r->spec = p->spec;
	p->spec = NULL;
	pthread_mutex_lock(&r->emit_mu);
	sx_finding_list_release(&r->plan_findings);
	r->plan_findings = p->fl;
	sx_finding_list_init(&p->fl);
	pthread_mutex_unlock(&r->emit_mu);
	if (p->measure[0])
		snprintf(r->pick_measure, sizeof r->pick_measure, "%s", p->measure);
	if (p->time[0])
		snprintf(r->pick_time, sizeof r->pick_time, "%s", p->time);
	r->pick_nodims = r->pick_nodims || p->nodims;
	sx__run_thought(r, SX_AGENT_PLANNER, step, "planned again with %s", p->text);
	return 0;
}

int sx__ambiguities_ask(sx_run *r, const char *step, size_t f0, sx_error *err)
{
	/* which table, then which column of it, then which date: each asked
	 * of the plan the previous pick left */
	void (*const kinds[])(sx_run *, const char *, size_t,
	                      question *) = {entity_question, measure_question, time_question};
	int rc = 0;

	for (size_t k = 0; k < sizeof kinds / sizeof *kinds && !rc; k++) {
		question q;
		memset(&q, 0, sizeof q);
		kinds[k](r, step, f0, &q);
		if (q.n >= 2)
			rc = ask(r, step, &q, err);
		question_release(&q);
	}
	return rc;
}

int sx__ambiguities_load(sx_store *st, const char *run_id, cJSON *run, sx_error *err)
{
	cJSON *rows = NULL;
	const cJSON *x;
	int rc;

	if ((rc = sx_store_query_json(
	         st, &rows, err,
	         "SELECT n, kind, question, options, chosen, how FROM run_ambiguities"
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
		sx_json_add_str(o, "kind", sx_json_str(x, "kind", "measure"));
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
