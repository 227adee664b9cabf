/*
 * dag.c - runs the steps of a plan on a small worker pool, each step once
 * all the steps it depends on have succeeded.
 *
 * The plan of a run is a DAG (planner -> schema analyst -> {SQL expert,
 * Python coder} -> QA): independent steps must really run at the same time,
 * or a run with a model takes the sum of its steps instead of its critical
 * path. One mutex guards the step states; workers wait on one condition
 * variable for a ready step and broadcast when they finish one. A step whose
 * dependency failed or was skipped is skipped; after a cancel no new step
 * starts (running ones check the flag themselves).
 *
 * The caller's thread is one of the workers, so a plan with one worker
 * runs entirely on the caller's thread (deterministic, used by tests and
 * by `--jobs 1`).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "agents_int.h"

typedef struct {
	sx_dag_step *steps;
	size_t n;
	size_t left;        /* steps neither finished nor skipped */
	size_t running;
	const sx_dag_hooks *hooks;
	atomic_int *cancel;
	pthread_mutex_t mu;
	pthread_cond_t cv;
} dag_run;

/* The state of a step once its dependencies are known: ready when all
 * succeeded, skipped when one failed or was skipped, else still waiting. */
static sx_dag_state deps_state(const dag_run *r, const sx_dag_step *s)
{
	for (size_t i = 0; i < s->ndeps; i++) {
		sx_dag_state d = r->steps[s->deps[i]].state;
		if (d == SX_DAG_FAILED || d == SX_DAG_SKIPPED)
			return SX_DAG_SKIPPED;
		if (d != SX_DAG_DONE)
			return SX_DAG_WAITING;
	}
	return SX_DAG_READY;
}

/* Marks skipped steps and ready steps; returns a ready step's index or
 * (size_t)-1. Called with the lock held. */
static size_t next_ready(dag_run *r)
{
	bool changed = true;
	bool cancelled = r->cancel && atomic_load(r->cancel);

	while (changed) {
		changed = false;
		for (size_t i = 0; i < r->n; i++) {
			sx_dag_step *s = &r->steps[i];
			if (s->state != SX_DAG_WAITING)
				continue;
			sx_dag_state st = cancelled ? SX_DAG_SKIPPED : deps_state(r, s);
			if (st == SX_DAG_SKIPPED) {
				s->state = SX_DAG_SKIPPED;
				r->left--;
				changed = true;
				if (r->hooks && r->hooks->skipped)
					r->hooks->skipped(r->hooks->payload, i);
			} else if (st == SX_DAG_READY) {
				s->state = SX_DAG_READY;
			}
		}
	}
	for (size_t i = 0; i < r->n; i++)
		if (r->steps[i].state == SX_DAG_READY)
			return i;
	return (size_t)-1;
}

static void run_step(dag_run *r, size_t i)
{
	sx_dag_step *s = &r->steps[i];
	uint64_t t0 = sx_now_ns();

	if (r->hooks && r->hooks->started)
		r->hooks->started(r->hooks->payload, i);
	sx_error_clear(&s->err);
	s->rc = s->fn ? s->fn(s->payload, i, &s->err) : 0;
	s->ms = (double)(sx_now_ns() - t0) / 1e6;
	if (r->hooks && r->hooks->finished)
		r->hooks->finished(r->hooks->payload, i);
}

static void *worker(void *arg)
{
	dag_run *r = arg;

	pthread_mutex_lock(&r->mu);
	for (;;) {
		size_t i = next_ready(r);
		if (i == (size_t)-1) {
			if (r->left == 0 || r->running == 0)
				break; /* done, or nothing can ever become ready */
			pthread_cond_wait(&r->cv, &r->mu);
			continue;
		}
		r->steps[i].state = SX_DAG_RUNNING;
		r->running++;
		pthread_mutex_unlock(&r->mu);
		run_step(r, i);
		pthread_mutex_lock(&r->mu);
		r->steps[i].state = r->steps[i].rc ? SX_DAG_FAILED : SX_DAG_DONE;
		r->running--;
		r->left--;
		pthread_cond_broadcast(&r->cv);
	}
	pthread_cond_broadcast(&r->cv);
	pthread_mutex_unlock(&r->mu);
	return NULL;
}

/* Kahn's algorithm: a plan with a cycle or a dependency out of range is a
 * bug in whoever built it, reported before anything runs. */
static int check_acyclic(const sx_dag_step *steps, size_t n, sx_error *err)
{
	size_t *indeg = sx_calloc(n ? n : 1, sizeof *indeg);
	size_t *queue = sx_calloc(n ? n : 1, sizeof *queue);
	size_t head = 0, tail = 0, seen = 0;
	int rc = 0;

	if (!indeg || !queue) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		if (steps[i].ndeps > SX_DAG_MAX_DEPS) {
			rc = sx_error_set(err, SX_EINVAL, "step '%s' has too many dependencies",
					  steps[i].name);
			goto done;
		}
		for (size_t d = 0; d < steps[i].ndeps; d++) {
			if (steps[i].deps[d] >= n || steps[i].deps[d] == i) {
				rc = sx_error_set(err, SX_EINVAL, "step '%s' depends on an unknown step",
						  steps[i].name);
				goto done;
			}
		}
		indeg[i] = steps[i].ndeps;
		if (!indeg[i])
			queue[tail++] = i;
	}
	while (head < tail) {
		size_t u = queue[head++];
		seen++;
		for (size_t i = 0; i < n; i++)
			for (size_t d = 0; d < steps[i].ndeps; d++)
				if (steps[i].deps[d] == u && --indeg[i] == 0)
					queue[tail++] = i;
	}
	if (seen != n)
		rc = sx_error_set(err, SX_EINVAL, "the plan has a cycle");
done:
	free(indeg);
	free(queue);
	return rc;
}

int sx_dag_run(sx_dag_step *steps, size_t n, int nworkers, const sx_dag_hooks *hooks,
	       atomic_int *cancel, sx_error *err)
{
	dag_run r = { .steps = steps, .n = n, .left = n, .hooks = hooks, .cancel = cancel };
	pthread_t tid[SX_DAG_MAX_WORKERS];
	int started = 0, rc;

	if ((rc = check_acyclic(steps, n, err)))
		return rc;
	for (size_t i = 0; i < n; i++) {
		steps[i].state = SX_DAG_WAITING;
		steps[i].rc = 0;
		steps[i].ms = 0;
	}
	if (nworkers < 1)
		nworkers = 1;
	if (nworkers > SX_DAG_MAX_WORKERS)
		nworkers = SX_DAG_MAX_WORKERS;
	if ((size_t)nworkers > n)
		nworkers = n ? (int)n : 1;
	pthread_mutex_init(&r.mu, NULL);
	pthread_cond_init(&r.cv, NULL);
	/* the caller is worker 0; a failed thread start only means less
	 * parallelism, never a failed run */
	for (int w = 1; w < nworkers; w++)
		if (pthread_create(&tid[started], NULL, worker, &r) == 0)
			started++;
	worker(&r);
	for (int w = 0; w < started; w++)
		pthread_join(tid[w], NULL);
	pthread_cond_destroy(&r.cv);
	pthread_mutex_destroy(&r.mu);
	if (cancel && atomic_load(cancel))
		return sx_error_set(err, SX_ECANCELLED, "cancelled");
	for (size_t i = 0; i < n; i++)
		if (steps[i].state == SX_DAG_FAILED) {
			sx_error_set(err, steps[i].rc, "%s: %s", steps[i].name, steps[i].err.msg);
			return steps[i].rc;
		}
	return 0;
}
