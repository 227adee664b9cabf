/*
 * agents_int.h - private declarations of the agents module.
 */
#ifndef SX_AGENTS_INT_H
#define SX_AGENTS_INT_H

#include <pthread.h>
#include <stdatomic.h>

#include <sextant/agents.h>

/* ---------------------------------------------------------------- dag.c */

#define SX_DAG_MAX_DEPS 8
#define SX_DAG_MAX_WORKERS 8

typedef enum {
	SX_DAG_WAITING = 0,
	SX_DAG_READY,
	SX_DAG_RUNNING,
	SX_DAG_DONE,
	SX_DAG_FAILED,
	SX_DAG_SKIPPED
} sx_dag_state;

/* One step: fn runs once every dependency is DONE. fn returns 0 or a
 * negative code with err filled. */
typedef struct sx_dag_step {
	const char *name;
	size_t ndeps;
	size_t deps[SX_DAG_MAX_DEPS];
	int (*fn)(void *payload, size_t step, sx_error *err);
	void *payload;
	/* filled by sx_dag_run */
	sx_dag_state state;
	int rc;
	double ms;
	sx_error err;
} sx_dag_step;

/* Called on the worker that runs the step (started/finished) or that
 * found it skipped; they must be thread-safe. Any may be NULL. */
typedef struct sx_dag_hooks {
	void (*started)(void *payload, size_t step);
	void (*finished)(void *payload, size_t step);
	void (*skipped)(void *payload, size_t step);
	void *payload;
} sx_dag_hooks;

/* Runs the steps with up to nworkers threads (the caller's among them).
 * Errors: SX_EINVAL for a cycle or a bad dependency (nothing runs);
 * SX_ECANCELLED when *cancel was set; else the first failed step's code
 * with "step: message". Every step's state, rc, ms and err are filled. */
int sx_dag_run(sx_dag_step *steps, size_t n, int nworkers, const sx_dag_hooks *hooks,
	       atomic_int *cancel, sx_error *err);

/* ---------------------------------------------------------------- answer.c */

/* Tolerant readers of a model's answer. A model wraps JSON in code fences,
 * adds prose before or after it, or is cut off mid-way; these take what
 * can be used and say nothing is there otherwise. */

/* The first JSON object (or array) in text: inside a ```json fence or
 * bare, after prose; a truncated last object is closed when what is
 * missing is only closing brackets and a string's end. *out is the
 * caller's. SX_EPARSE when there is none. */
int sx_answer_json(const char *text, cJSON **out);
/* The body of the first fenced block whose info string starts with one
 * of the comma-separated langs ("sql,postgresql"), else the first fence
 * of any language, else (when bare_ok) the whole text trimmed. A fence
 * that is never closed ends at the end of the text (a truncated answer).
 * *out is the caller's. SX_ENOTFOUND when there is nothing. */
int sx_answer_code(const char *text, const char *langs, bool bare_ok, char **out);

/* ---------------------------------------------------------------- runs */

struct sx_gen_spec;

/* One iteration: the artifacts as they were, what QA found, the score. */
typedef struct sx_iteration {
	int n;                    /* 1-based */
	sx_artifact_set arts;
	sx_finding_list findings;
	double score, delta;
	cJSON *diffs;             /* [{artifact, diff}] against iteration n-1 */
	char *critique;           /* the reflector's, for iterations > 1 */
	cJSON *fixes;             /* rule ids the revision addressed */
} sx_iteration;

/* One model endpoint of a run (endpoints.c): "default" ([llm]) or an
 * [llm.NAME] section; llm is NULL for a default that names no model. */
#define SX_EP_MAX      8
#define SX_EP_NAME_MAX 48
typedef struct sx_endpoint {
	char name[SX_EP_NAME_MAX];
	struct sx_llm *llm;
} sx_endpoint;

typedef struct run_stage {
	sx_agent_kind agent;
	sx_dag_step dag;
} run_stage;

/* One step's streamed text as the history keeps it (history.c). */
typedef struct sx__thought {
	char step[64], agent[32];
	sx_buf text, reasoning; /* raw bytes, sanitised when written */
	size_t cut;             /* bytes left out past the cap */
	size_t seq;             /* the run's event count at its first token */
	bool dirty;             /* grown since it was last written */
} sx__thought;

struct sx_run {
	char id[32];
	char status[16];
	char error[SX_ERROR_MSG_MAX];
	sx_run_request req;
	sx_agent_env env;         /* the caller's, with our audit hook */
	const sx_database *db;    /* the source */
	const char *live_source;  /* credentials allowed; never stored */
	sx_run_event_fn event;
	void *event_payload;
	pthread_mutex_t emit_mu;  /* one event at a time; history writes */
	pthread_mutex_t env_mu;   /* the env's handles, one step at a time */
	const char *cur_step;     /* for tool events of the built-in agents */
	uint64_t t0;
	double total_ms;
	double agent_ms[SX_AGENT_COUNT];
	size_t nevents;

	struct sx_gen_spec *spec;
	cJSON *plan_json;         /* the spec as JSON */
	cJSON *analysis;          /* the schema analyst's report */
	cJSON *lineage;           /* [{target, sources:[...], expression}] */
	cJSON *similar;           /* past runs used as examples */
	cJSON *pitfalls;          /* [{rule, count, text}] fed back to this run */
	sx_finding_list plan_findings; /* ambiguity and analyst findings */
	sx_artifact_set sql_arts, py_arts; /* the first iteration's parts */

	run_stage steps[8];
	size_t nsteps;
	sx_dag_step *dag_view;

	sx_iteration *iters;
	size_t niters;
	int best;                 /* index of the best iteration, -1: none */
	bool model_on;            /* model mode: the endpoints are open */
	sx_endpoint eps[SX_EP_MAX];
	size_t neps;
	/* per agent, the endpoints it asks in fail-over order (eps indices) */
	unsigned char chain[SX_AGENT_COUNT][SX_EP_MAX];
	size_t nchain[SX_AGENT_COUNT];
	cJSON *consensus;    /* --consensus: the vote, as --json shows it */
	char *consensus_sql; /* model mode: the winning sample's SELECT */
	cJSON *ambiguities;  /* [{n, question, options, chosen, how}] */
	/* the user's picks (ambiguity.c), as overrides every later re-plan
	 * keeps: "" / false for none */
	char pick_measure[300], pick_time[300];
	bool pick_nodims;
	/* model mode: the model's reading the planner resolved (NULL-ended
	 * measures, dimensions, filters; the time column), or NULL */
	char **model_reading[3];
	char *model_time;
	cJSON *endpoint_log; /* [{agent, step, endpoint, model, status, error}] */
	int64_t tokens_in, tokens_out;
	int64_t cache_lookups, cache_hits; /* the semantic cache (semcache.c) */
	bool history_on;          /* the run row exists in the store */
	bool history_failed;      /* a write failed (logged once) */
	/* the streamed thoughts kept for the history, one per step and
	 * agent, capped at thought_cap bytes each (history.c; emit lock) */
	sx__thought *thoughts;
	size_t nthoughts;
	size_t thought_cap;
};

/* run.c */
void sx__run_emit(sx_run *r, sx_event *ev);
void sx__run_thought(sx_run *r, sx_agent_kind a, const char *step, const char *fmt, ...)
	SX_PRINTF(4, 5);
int sx__run_tool(sx_run *r, sx_agent_kind a, const char *step, const char *tool,
		 const cJSON *args, cJSON **out, sx_error *err);
sx_iteration *sx__run_new_iteration(sx_run *r);
int sx__run_validate(sx_run *r, sx_iteration *it, const char *step, sx_error *err);
int sx__run_finish_iteration(sx_run *r, sx_iteration *it, sx_error *err);

/* endpoints.c: model mode (provider other than builtin), its endpoints
 * and their fail-over */
bool sx__model_mode(const sx_run *r);
/* Whether agent a asks a model in this run: model mode and an endpoint
 * for it (an agent without one keeps its built-in engine). */
bool sx__agent_asks(const sx_run *r, sx_agent_kind a);
/* Opens every endpoint the model-asking agents use (SX_EINVAL for a bad
 * config, with what to fix). */
int sx__model_open(sx_run *r, sx_error *err);
void sx__model_close(sx_run *r);
/* {agent: [endpoint, ...]} in fail-over order. Caller owns. */
cJSON *sx__endpoints_json(const sx_run *r);
/* Records that endpoint ep answered agent's request (error NULL) or failed
 * with error (next: the endpoint that takes over, or NULL): an event, the
 * run's endpoint log and a row of run_endpoints. */
void sx__endpoint_record(sx_run *r, sx_agent_kind a, const char *step, size_t ep, const char *model,
                         const char *error, const char *next);
/* semcache.c: [llm] semantic_cache. embed: the task's embedding by the
 * agent's first endpoint (*vec caller's; -1 when there is none).
 * get: a kept answer within the threshold (*answer caller's, NULL: a
 * miss); counts the lookup and the hit. put: keeps a usable answer. */
bool sx__semcache_on(const sx_run *r);
int sx__semcache_embed(sx_run *r, sx_agent_kind agent, const char *step, const char *task,
                       float **vec, size_t *dim);
int sx__semcache_get(sx_run *r, sx_agent_kind agent, const char *step, const float *vec, size_t dim,
                     char **answer);
void sx__semcache_put(sx_run *r, sx_agent_kind agent, const float *vec, size_t dim,
                      const char *answer);
/* The agents' own history tables (module "agents"). */
int sx__agents_migrate(sx_store *st, sx_error *err);

/* run.c: the planner's request again with one choice swapped (measure
 * "[agg:]table.column", time_column "table.column"; either may be NULL),
 * planned without thoughts; its findings (may be NULL) go to findings.
 * The user's picks so far (r->pick_*) hold for what is not swapped. */
int sx__run_replan(sx_run *r, const char *measure, const char *time_column,
                   struct sx_gen_spec **out, sx_finding_list *findings, sx_error *err);
/* The same; no_dims: without the dimensions (an empty override). */
int sx__run_replan_dims(sx_run *r, const char *measure, const char *time_column, bool no_dims,
                        struct sx_gen_spec **out, sx_finding_list *findings, sx_error *err);
struct sx_validate_ctx;
void sx__run_validate_ctx(sx_run *r, struct sx_validate_ctx *vc);

/* consensus.c: --consensus K. The SQL expert's candidates are the
 * planner's reading and its alternative readings (the measure's other
 * money columns, the time column's other timestamps, as the planner ranks
 * them); each is validated and previewed, candidates whose previews agree
 * form a vote, the winner needs two thirds, else the best score wins. A
 * winner other than the planner's reading becomes the run's spec. */
int sx__consensus(sx_run *r, const char *step, sx_error *err);
/* The stored vote of run_id as run's "consensus" (nothing without one). */
int sx__consensus_load(sx_store *st, const char *run_id, cJSON *run, sx_error *err);
/* The measure's other readings as "agg:table.column", best first (the
 * consensus' alternatives); refs[0] is the planner's own. */
size_t sx__measure_readings(const sx_run *r, char (*refs)[300], size_t cap);
/* The time column's readings as "table.column": refs[0] the planner's,
 * then the time table's other timestamps that date a business event
 * (created, business date, event; not updated), in the planner's order. */
size_t sx__time_readings(const sx_run *r, char (*refs)[300], size_t cap);
/* ambiguity.c: asks about the planner's close calls (after the plan step
 * planned, env_mu not held) and re-plans with the pick. */
int sx__ambiguities_ask(sx_run *r, const char *step, size_t f0, sx_error *err);
int sx__ambiguities_load(sx_store *st, const char *run_id, cJSON *run, sx_error *err);

/* The vote alone: n candidates with their score and, when previewed, the
 * key of their preview rows. votes[i] = how many candidates agree with i
 * (itself included; 1 without a preview). *rule = "two-thirds" or
 * "best-score", *need = the votes two thirds takes. Returns the winner's
 * index: the best score among the two-thirds group when there is one,
 * else the best score of all (ties: the lower index). */
typedef struct sx_vote_cand {
	double score;
	bool previewed;
	uint64_t key;
} sx_vote_cand;
size_t sx__consensus_vote(const sx_vote_cand *c, size_t n, int *votes, const char **rule,
                          int *need);

/* model.c: asking the model */
/* data/prompts/<agent>.md, or NULL when it cannot be read. Caller frees. */
char *sx__prompt_load(const char *agent);
/* Asks the agent's model for a SQL query for task, with the tool table as
 * function calls; *sql is the caller's, NULL when the answer could not be
 * used (a finding says why). Errors: SX_ECANCELLED, SX_ENOMEM only. */
int sx__model_ask_sql(sx_run *r, sx_agent_kind agent, const char *step, const char *task,
		      char **sql, sx_error *err);
/* How one request is asked. sample: one of several draws of the same task
 * (consensus): neither the semantic cache nor the response cache is read
 * or written, and temperature is sent when set_temperature. */
typedef struct sx_ask_opts {
	bool sample;
	bool set_temperature;
	double temperature;
} sx_ask_opts;
int sx__model_ask_sql_o(sx_run *r, sx_agent_kind agent, const char *step, const char *task,
                        const sx_ask_opts *ao, char **sql, sx_error *err);
/* run.c: the SQL Expert's task in model mode (the plan, the pitfalls).
 * Caller frees; NULL when out of memory. */
char *sx__sql_task(sx_run *r);

/* The loop for any answer: a->answer is the model's text (NULL: none, a
 * finding says why); with the semantic cache, a->vec/dim/cached as ask
 * fills them. Hand a back with sx__model_answer_done, saying whether the
 * answer could be used (only usable answers are cached). */
typedef struct sx_model_answer {
	char *answer;
	float *vec;
	size_t dim;
	bool cached;
} sx_model_answer;
int sx__model_ask(sx_run *r, sx_agent_kind agent, const char *step, const char *task,
                  sx_model_answer *a, sx_error *err);
void sx__model_answer_done(sx_run *r, sx_agent_kind agent, sx_model_answer *a, bool usable);
/* A finding of category "model" (rule "model.*"): the built-in engine
 * kept the step. Also an event. */
void sx__model_finding(sx_run *r, sx_agent_kind agent, const char *step, const char *rule,
                       const char *msg);
/* coder.c: the Python Coder in model mode: the DAG, transform and tests
 * from the model, validated by the Python validators; any error keeps the
 * built-in three (a finding says why). */
int sx__coder_model(sx_run *r, const char *step, sx_error *err);
/* analyst.c: the Schema Analyst in model mode: the model's risks, PII
 * treatment and summary over the built-in analysis (kept as they are). */
int sx__analyst_model(sx_run *r, const char *step, sx_error *err);

/* The same loop for an answer that is one JSON object (*out caller's). */
int sx__model_ask_json(sx_run *r, sx_agent_kind agent, const char *step, const char *task,
		       cJSON **out, sx_error *err);

/* analyst.c: join paths, risks, PII and lineage of the spec */
int sx__analyse_schema(sx_run *r, const char *step, sx_error *err);
/* The value dictionary for the planner: distinct values of a low-
 * cardinality, non-PII column (an sx_gen_values_fn; payload: the run). */
int sx__dictionary_values(void *payload, const sx_table *t, const char *col, char ***values,
			  size_t *n);

/* reflect.c: a critique and a rule-based revision of the last iteration;
 * *revised is false when no rule applies (the cycles stop). */
int sx__reflect(sx_run *r, const char *step, bool *revised, sx_error *err);

/* preview.c: the first rows of sql on db's live source (run_preview) */
int sx__preview(const sx_agent_env *env, const sx_database *db, const char *sql, long limit,
		long timeout_ms, cJSON **out, sx_error *err);

/* history.c: the run in the workspace (no-ops without a store) */
void sx__history_begin(sx_run *r);
/* The planner's spec as a "spec" event (pipeline try reads it back). */
void sx__history_spec(sx_run *r);
void sx__history_event(sx_run *r, const sx_event *ev);
/* The workspace's pitfalls (rules seen in 3+ runs) as thoughts, recorded
 * as used by this run, kept in r->pitfalls. */
void sx__history_pitfalls(sx_run *r, const char *step);
void sx__history_tool(sx_run *r, const sx_tool_audit *a);
void sx__history_step(sx_run *r, const char *step, const char *agent, const char *status,
		      double ms);
void sx__history_iteration(sx_run *r, const sx_iteration *it);
void sx__history_end(sx_run *r);
/* Releases the run's thought buffers (sx_run_free). */
void sx__history_thoughts_free(sx_run *r);
/* The stored thoughts of a run as [{step, agent, text, reasoning, cut}]
 * in the order they began, added to run as "thoughts" when any. */
int sx__thoughts_load(sx_store *st, const char *run_id, cJSON *run, sx_error *err);
/* memory.c: similar past runs for the planner */
void sx__memory_similar(sx_run *r, const char *step);
/* The k remembered runs closest to intent (excluding run id exclude), as
 * [{run_id, intent, score, similarity, created_at}], best first. */
int sx__memory_find(sx_store *st, const char *intent, const char *exclude, size_t k,
		    cJSON **out, sx_error *err);

#endif
