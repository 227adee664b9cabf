/*
 * agents_int.h - private declarations of the agents module.
 */
#ifndef SX_AGENTS_INT_H
#define SX_AGENTS_INT_H

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

#endif
