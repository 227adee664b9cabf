/*
 * sextant/agents.h - the agent engine: six agents, the tools they call,
 * runs with plans, reflection, history, memory and insights.
 *
 * A run takes an intent ("load daily sales from PostgreSQL into
 * ClickHouse") and a workspace, plans a DAG of agent steps, runs them on a
 * small worker pool, validates what they produce, reflects and revises,
 * and keeps every step, event, tool call, artifact and finding in the
 * workspace's history. The same agents work with no model (the built-in
 * engines of gen/) and with an OpenAI-compatible model (llm/), which gets
 * the same tools as function calls.
 *
 * Threads: a run owns the worker threads it starts and joins them before
 * sx_run_exec returns. The environment's handles (catalog, map, search,
 * store) are used by one step at a time: a run serialises access to them
 * with its own lock, so callers hand them over for the run's duration and
 * must not use them meanwhile.
 */
#ifndef SEXTANT_AGENTS_H
#define SEXTANT_AGENTS_H

#include <stdatomic.h>

#include <sextant/artifact.h>
#include <sextant/catalog.h>
#include <sextant/core.h>
#include <sextant/map.h>
#include <sextant/search.h>
#include <sextant/store.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- agents */

typedef enum {
	SX_AGENT_PLANNER = 0,
	SX_AGENT_SCHEMA_ANALYST,
	SX_AGENT_SQL_EXPERT,
	SX_AGENT_PYTHON_CODER,
	SX_AGENT_QA_VALIDATOR,
	SX_AGENT_REFLECTOR,
	SX_AGENT_COUNT
} sx_agent_kind;

/* "planner", "schema_analyst", "sql_expert", "python_coder",
 * "qa_validator", "reflector"; "run" for SX_AGENT_COUNT. */
const char *sx_agent_name(sx_agent_kind k);
/* -1 when unknown. */
int sx_agent_parse(const char *name);

/* ---------------------------------------------------------------- tools */

/* One audited tool call. Arguments are the model's or the built-in
 * agent's JSON text; results are never recorded, only their size. */
typedef struct sx_tool_audit {
	const char *agent;
	const char *tool;
	const char *args;       /* JSON text */
	double ms;
	size_t result_bytes;
	int status;             /* 0, or the SX_E* code */
	const char *error;      /* message when status != 0 */
} sx_tool_audit;

/* What tools work on. Every handle is borrowed. */
typedef struct sx_agent_env {
	sx_catalog *cat;          /* required */
	sx_dbmap *map;            /* required (may hold no facts) */
	sx_search *search;        /* NULL: search tools report SX_EUNSUPPORTED */
	sx_store *store;          /* NULL: no history, no memory */
	const sx_config *config;  /* may be NULL */
	/* The live source for tools that touch a database (column_values,
	 * sample_rows, explain_sql, run_preview): a source string with
	 * credentials, never stored. NULL: the database's stored DSN. */
	const char *source;
	atomic_int *cancel;       /* may be NULL */
	void (*audit)(void *payload, const sx_tool_audit *a);
	void *audit_payload;
} sx_agent_env;

typedef struct sx_tool {
	const char *name;
	const char *description;  /* one line, for a model */
	const char *params;       /* JSON schema of the arguments (an object) */
	bool live_db;             /* touches a live database */
	int (*run)(sx_agent_env *env, const cJSON *args, cJSON **result, sx_error *err);
} sx_tool;

/* The tool table, terminated by an entry whose name is NULL. */
extern const sx_tool sx_tools[];
const sx_tool *sx_tool_find(const char *name);

/* Runs a tool by name for agent, with args (an object; NULL: {}), and
 * audits the call through env->audit. *result is the caller's. Errors:
 * SX_ENOTFOUND for an unknown tool, SX_EINVAL for arguments that do not
 * fit the tool, and the tool's own. */
int sx_tool_call(sx_agent_env *env, const char *agent, const char *name, const cJSON *args,
		 cJSON **result, sx_error *err);

/* The tool table as OpenAI `tools` ([{type: "function", function: {name,
 * description, parameters}}]). names: NULL-terminated subset, or NULL for
 * all. Caller owns. */
cJSON *sx_tools_to_openai(const char *const *names);

/* ---------------------------------------------------------------- runs */

/* What a run is asked to do. Strings and arrays are borrowed for the
 * duration of sx_run_exec. */
typedef struct sx_run_request {
	const char *intent;            /* English or Russian, required */
	const char *const *sources;    /* NULL-terminated database names; NULL:
					* the workspace's first database */
	const char *target_engine;     /* "postgresql", "clickhouse", "sqlite";
					* NULL: from the intent, else postgresql */
	const char *target_url;        /* a real target (ClickHouse URL) for
					* server checks, or NULL */
	const char *target_version;    /* the target server's version, or NULL */
	const char *schedule;          /* cron, or NULL: from the intent */
	const char *mode;              /* "batch", "streaming", or NULL */
	int max_cycles;                /* reflection cycles (2) */
	double threshold;              /* quality threshold (8.5) */
	const char *provider;          /* "builtin" or an [llm.NAME] */
	int jobs;                      /* worker threads for parallel steps (4) */
	bool server_checks;            /* EXPLAIN / DDL on live servers */
	/* overrides of the planner's reading (--measure, --dimension,
	 * --filter, --time-column): see sx_gen_request */
	const char *const *measures;
	const char *const *dimensions;
	const char *const *filters;
	const char *time_column;
	/* The QA step also runs the pipeline on a sample (sx_validate_try):
	 * try_target is the PostgreSQL conninfo or ClickHouse URL of the
	 * target (NULL: target_url; a SQLite target needs none); a window of
	 * try_window_days (7) and at most try_limit rows (10000). */
	bool try_sample;
	const char *try_target;
	int try_window_days;
	long try_limit;
	/* a ClickHouse cluster (--cluster NAME or "auto"); NULL: [target]
	 * clickhouse_cluster of the config (sx_gen_apply_deploy) */
	const char *cluster;
	/* consensus voting (--consensus K): 0 or 1 off; 2..SX_CONSENSUS_MAX
	 * candidates from the planner's alternative readings, each validated
	 * and previewed, the agreeing ones voting (docs/agents.md) */
	int consensus;
	/* Ambiguities (docs/agents.md): with pick, the planner posts each
	 * close call it can re-plan (SX_EV_AMBIGUITY: question, options, the
	 * default) and waits for sx_pick_answer up to ambiguity_timeout_ms
	 * (0: [agents] ambiguity_timeout_s, 30 s), then takes the default.
	 * Without pick the default is taken at once. Cancel ends the wait. */
	struct sx_pick *pick;
	int ambiguity_timeout_ms;
} sx_run_request;

/* A thread-safe mailbox for the user's answers to a run's ambiguity
 * questions: the asker (the TUI) owns it and keeps it alive until
 * sx_run_exec returns. */
typedef struct sx_pick sx_pick;
sx_pick *sx_pick_new(void);
void sx_pick_free(sx_pick *p);
/* Answers question n (the event's a) with option choice (0-based; -1: the
 * default). Any thread; an answer to a question not waited on is ignored. */
void sx_pick_answer(sx_pick *p, int64_t n, int choice);

#define SX_CONSENSUS_MAX 8

void sx_run_request_init(sx_run_request *req);

typedef struct sx_run sx_run;
typedef void (*sx_run_event_fn)(void *payload, const sx_event *ev);

/* Runs a request over env and returns the run in *out (the caller's, also
 * on failure: it holds what was done, its status and its error). Events
 * (steps, thought tokens, tool calls, artifacts, findings, scores,
 * iterations) go to event, one at a time, from the run's threads. With
 * env->store the run, its steps, events, tool calls, iterations,
 * artifacts and findings are kept in the history. Errors: SX_EUSAGE for
 * an empty intent, SX_ENOTFOUND for an unknown source, the planner's
 * (SX_EINVAL with what to rephrase), SX_ECANCELLED. A score below the
 * threshold is not an error: see sx_run_passed. */
int sx_run_exec(const sx_agent_env *env, const sx_run_request *req, sx_run_event_fn event,
		void *payload, sx_run **out, sx_error *err);
void sx_run_free(sx_run *r);

const char *sx_run_id(const sx_run *r);
/* "running", "done", "failed", "cancelled" */
const char *sx_run_state(const sx_run *r);
/* The best iteration's score (0 when none was scored). */
double sx_run_score(const sx_run *r);
/* Done, and the best iteration reached the threshold. */
bool sx_run_passed(const sx_run *r);
/* The best iteration's artifacts and findings (borrowed from the run). */
const sx_artifact_set *sx_run_artifacts(const sx_run *r);
const sx_finding_list *sx_run_findings(const sx_run *r);
/* The CLI's --json object: run_id, status, provider, plan, score,
 * threshold, tables_used, findings, iterations, timings, lineage,
 * artifacts (docs/agents.md). Caller owns; NULL on OOM. */
cJSON *sx_run_to_json(const sx_run *r);
/* Writes the artifacts under dir as files (target_ddl.sql, select.sql,
 * load.sql, dags/NAME.py, transforms/NAME.py, tests/test_NAME.py,
 * README.md) and report.json (sx_run_to_json). Creates directories. */
int sx_run_write_dir(const sx_run *r, const char *dir, sx_error *err);
/* The same layout for any artifact set (`sextant export`), with report
 * (may be NULL) as report.json. */
int sx_artifacts_write_dir(const sx_artifact_set *s, const cJSON *report, const char *dir,
			   sx_error *err);
/* The file an artifact becomes under such a directory ("select.sql",
 * "dags/NAME.py", ...); -1 for a kind that is not written. */
int sx_artifact_rel_path(const sx_artifact *a, char *out, size_t n);
/* Writes the set (and report.json) under dir as sx_artifacts_write_dir
 * does, then commits exactly those files in the git work tree dir is in:
 * `git add -- FILES`, `git commit -m message --only -- FILES` (argv through
 * sx_proc_run, no shell; cancel may stop git). Before writing it refuses
 * when dir is no directory or not in a work tree (SX_EINVAL), git is not
 * installed (SX_ENOTFOUND), or a file it would write has changes not
 * committed (SX_EBUSY); when the files are as committed already it says
 * there is nothing to commit (SX_EEMPTY). *out gets {repository, commit,
 * message, files} (caller's). */
int sx_artifacts_git_commit(const sx_artifact_set *s, const cJSON *report, const char *dir,
                            const char *message, const atomic_int *cancel, cJSON **out,
                            sx_error *err);

/* ---------------------------------------------------------------- descriptions */

struct sx_llm;
/* How sx_describe_with_model asks. */
typedef struct sx_describe_opts {
	struct sx_llm *llm;          /* required: an OpenAI-compatible endpoint */
	const sx_config *config;     /* [agents] describe_batch, max_tokens; may be NULL */
	sx_sampler *sampler;         /* sampled values of non-PII columns; NULL: none */
	size_t batch;                /* tables a request; 0: [agents] describe_batch (8) */
	atomic_int *cancel;          /* may be NULL */
	const sx_progress *progress; /* may be NULL */
	/* Non-NULL: what the model writes is not stored but kept in *defer
	 * (created on first use, NULL when nothing was described; the
	 * caller's, sx_describe_pending_free) for sx_describe_pending_save in
	 * the caller's transaction: `analyze` asks the model before it saves,
	 * then stores catalog, map, descriptions and search vectors at once. */
	struct sx_describe_pending **defer;
} sx_describe_opts;

typedef struct sx_describe_pending sx_describe_pending;
/* Stores the kept descriptions (sx_map_model_desc_save each, inside the
 * caller's transaction when one is open) and sets them on m, whose tables
 * must be those they were asked for. */
int sx_describe_pending_save(sx_store *st, sx_dbmap *m, const sx_describe_pending *p,
                             sx_error *err);
/* Tables with kept descriptions (0 for NULL). */
size_t sx_describe_pending_count(const sx_describe_pending *p);
void sx_describe_pending_free(sx_describe_pending *p);

/* One-line table and column descriptions written by the model through the
 * Schema Analyst's prompt, for every mapped table of db (only: that table
 * alone, when not NULL) whose stored descriptions do not match its
 * fingerprint; batches of o->batch tables a request, personal-data values
 * never sent. What the model writes is stored in the map's
 * map_model_descriptions (sx_map_model_desc_save) and set on m, or kept
 * for the caller (o->defer). *report
 * (caller's) = {tables, cached, asked, requests, described, batch, model,
 * findings: [{severity, category, rule, message, hint}]}: an unusable
 * answer, a failed request or a table left out is a finding, not an
 * error. Errors: SX_ECANCELLED, SX_ENOMEM, the store's, SX_ENOTFOUND when
 * the prompt file is missing. */
int sx_describe_with_model(sx_store *st, sx_dbmap *m, const sx_database *db, const sx_table *only,
                           const sx_describe_opts *o, cJSON **report, sx_error *err);

/* ---------------------------------------------------------------- history */

/* What the stored runs say (`sextant insights`): totals and success rate,
 * mean score before and after reflection, the most frequent finding
 * rules, the fixes with the largest deltas, memory and pitfall use, cache
 * hit rate, the slowest agents and tools, usage per model. Computed from
 * the history tables only. *out is the caller's. */
int sx_insights(sx_store *st, cJSON **out, sx_error *err);

/* What the agents keep of a run beyond the store's history tables, added
 * to run (a sx_history_get_run object): "endpoints", the model endpoints
 * that answered or failed, per step ([{step, agent, endpoint, model,
 * status, error}]); "spec" and "analysis", the plan the run drew from;
 * "consensus", the vote of a --consensus run (as in sx_run_to_json).
 * Creates the agents' tables when missing. */
int sx_run_history_extras(sx_store *st, const char *run_id, cJSON *run, sx_error *err);

/* The pipeline's data flow as DOT text appended to out: source tables,
 * joins (edges labelled with the join columns), filters, the aggregation
 * (grain, dimensions, measures), the target table (its edge labelled with
 * the lineage's columns). run is a stored run (sx_history_get_run plus
 * sx_run_history_extras) or sx_run_to_json's object. Node ids:
 * "source:TABLE", "join:N", "filter", "aggregate", "target:TABLE".
 * SX_ENOTFOUND when the run has no plan. */
int sx_run_graph_dot(const cJSON *run, sx_buf *out, sx_error *err);

#ifdef __cplusplus
}
#endif
#endif
