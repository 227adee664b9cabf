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

#ifdef __cplusplus
}
#endif
#endif
