/*
 * bench_agents.c - the agent engine's own costs (label bench).
 *
 *   bench_agents [RUNS=10000]
 *
 * Measures, and prints; asserts nothing about time:
 *   1. the plan executor: a five-step plan of empty steps (the shape of a
 *      run's first iteration) on 3 workers, per plan and per step;
 *   2. events: a run's emit path (lock, tag, callback) with a callback
 *      that counts, per event;
 *   3. memory: the closest past runs to an intent among RUNS successful
 *      runs stored in a scratch workspace (the planner does this once per
 *      run), per lookup.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agents/agents_int.h"

static double ms_since(uint64_t t0)
{
	return (double)(sx_now_ns() - t0) / 1e6;
}

static int noop(void *payload, size_t step, sx_error *err)
{
	(void)payload;
	(void)step;
	(void)err;
	return 0;
}

static void count_event(void *payload, const sx_event *ev)
{
	(void)ev;
	(*(long *)payload)++;
}

static void bench_dag(void)
{
	const int plans = 20000;
	uint64_t t0 = sx_now_ns();
	for (int p = 0; p < plans; p++) {
		sx_dag_step s[5] = {
			{ .name = "plan", .fn = noop },
			{ .name = "analyse", .ndeps = 1, .deps = { 0 }, .fn = noop },
			{ .name = "sql", .ndeps = 1, .deps = { 1 }, .fn = noop },
			{ .name = "python", .ndeps = 1, .deps = { 1 }, .fn = noop },
			{ .name = "qa", .ndeps = 2, .deps = { 2, 3 }, .fn = noop },
		};
		sx_error e;
		if (sx_dag_run(s, 5, 3, NULL, NULL, &e)) {
			fprintf(stderr, "dag: %s\n", e.msg);
			exit(1);
		}
	}
	double ms = ms_since(t0);
	printf("plan executor: %.1f us per 5-step plan on 3 workers, %.2f us per step\n",
	       ms * 1000 / plans, ms * 1000 / plans / 5);
}

static void bench_events(void)
{
	sx_run r;
	long seen = 0;
	const long n = 1000000;
	memset(&r, 0, sizeof r);
	pthread_mutex_init(&r.emit_mu, NULL);
	snprintf(r.id, sizeof r.id, "bench");
	r.event = count_event;
	r.event_payload = &seen;
	uint64_t t0 = sx_now_ns();
	for (long i = 0; i < n; i++) {
		sx_event ev = { .type = SX_EV_TOKEN, .agent = "sql_expert", .step = "sql",
				.text = "word ", .len = 5 };
		sx__run_emit(&r, &ev);
	}
	double ms = ms_since(t0);
	printf("events: %.0f ns per event (%ld delivered)\n", ms * 1e6 / (double)n, seen);
	pthread_mutex_destroy(&r.emit_mu);
}

static const char *const words[] = { "daily", "weekly", "monthly", "revenue", "orders",
	"customers", "products", "channel", "category", "region", "refunds", "shipments",
	"into", "clickhouse", "postgresql", "snapshot", "incremental", "per", "by", "count" };

static void bench_memory(long runs)
{
	char dir[] = "/tmp/sxbench-agents-XXXXXX";
	sx_store *st = NULL;
	sx_error e;
	if (!mkdtemp(dir) || sx_store_open(&st, dir, &e) || sx_history_migrate(st, &e)) {
		fprintf(stderr, "store: %s\n", e.msg);
		exit(1);
	}
	unsigned seed = 7;
	uint64_t t0 = sx_now_ns();
	sx_store_begin(st, &e);
	for (long i = 0; i < runs; i++) {
		char intent[160], id[SX_RUN_ID_SIZE];
		int len = 0;
		for (int w = 0; w < 6; w++)
			len += snprintf(intent + len, sizeof intent - (size_t)len, "%s%s", w ? " " : "",
					words[rand_r(&seed) % (sizeof words / sizeof words[0])]);
		sx_run_info info = { .intent = intent, .provider = "builtin", .threshold = 8.5 };
		if (sx_history_run_create(st, &info, id, &e) ||
		    sx_history_run_finish(st, id, SX_RUN_DONE, 9.0, NULL, &e)) {
			fprintf(stderr, "history: %s\n", e.msg);
			exit(1);
		}
	}
	sx_store_commit(st, &e);
	printf("memory: %ld runs stored in %.0f ms\n", runs, ms_since(t0));
	const int lookups = 5;
	t0 = sx_now_ns();
	size_t found = 0;
	for (int i = 0; i < lookups; i++) {
		cJSON *hits = NULL;
		if (sx__memory_find(st, "daily revenue per channel into clickhouse", NULL, 3, &hits, &e)) {
			fprintf(stderr, "memory: %s\n", e.msg);
			exit(1);
		}
		found = (size_t)cJSON_GetArraySize(hits);
		cJSON_Delete(hits);
	}
	printf("memory: %.1f ms per lookup among %ld runs (%zu hits)\n", ms_since(t0) / lookups, runs,
	       found);
	sx_store_close(st);
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "warning: %s left behind\n", dir);
}

int main(int argc, char **argv)
{
	long runs = argc > 1 ? atol(argv[1]) : 10000;
	bench_dag();
	bench_events();
	bench_memory(runs);
	return 0;
}
