/*
 * cmd_generate.c - `sextant generate INTENT` and the run history commands:
 * `runs`, `run show ID`, `export ID DIR`, `feedback ID accept|reject`,
 * `insights`, `runs prune`.
 *
 * generate opens the workspace session (store, catalog, map, search), hands
 * it to the agent engine for the run (sx_run_exec, sextant/agents.h) and
 * forwards the run's events to the context, so the CLI prints thoughts on
 * stderr (or JSON Lines) and the TUI posts them to its queue. The result is
 * the run's --json object; the exit status is 1 when the best iteration
 * stays below the threshold (SX_CMD_GATED), with the artifacts written all
 * the same.
 *
 * Every command here first marks runs whose process died as interrupted,
 * so a killed run never looks like a running one.
 */
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sextant/agents.h>
#include <sextant/map.h>

#include "commands_int.h"

static const sx_opt gen_opts[] = {
	{"source", 's', SX_OPT_LIST, "DB", "analysed database to read (default: the first)"},
	{"target", 't', SX_OPT_STRING, "ENGINE|URL",
	 "postgresql, clickhouse, sqlite, or a ClickHouse URL (http://host:8123)"},
	{"target-version", 0, SX_OPT_STRING, "V", "the target server's version"},
	{"cluster", 0, SX_OPT_STRING, "NAME|auto",
	 "a ClickHouse cluster: ON CLUSTER DDL, replicated local and Distributed tables"},
	{"schedule", 0, SX_OPT_STRING, "CRON", "cron schedule (default: from the intent)"},
	{"mode", 0, SX_OPT_STRING, "MODE", "batch or streaming"},
	{"max-reflection-cycles", 0, SX_OPT_INT, "N", "reflection cycles (default 2)"},
	{"threshold", 0, SX_OPT_DOUBLE, "X", "quality threshold 0..10 (default 8.5)"},
	{"out", 'o', SX_OPT_STRING, "DIR", "write the artifacts and report.json under DIR"},
	{"measure", 0, SX_OPT_LIST, "[AGG:]T.C", "measure override (sum, count, avg, min, max)"},
	{"dimension", 0, SX_OPT_LIST, "T.C", "dimension override"},
	{"filter", 0, SX_OPT_LIST, "T.C=V", "filter override (T.C!=V excludes)"},
	{"time-column", 0, SX_OPT_STRING, "T.C", "time column override"},
	{"live", 0, SX_OPT_STRING, "CONN",
	 "source connection with credentials for previews, values and EXPLAIN"},
	{"server-checks", 0, SX_OPT_FLAG, NULL, "EXPLAIN on the source, DDL on the target server"},
	{"jobs", 'j', SX_OPT_INT, "N", "worker threads for parallel steps (default 4)"},
	{"try", 0, SX_OPT_FLAG, NULL,
	 "QA also runs the pipeline on a sample in scratch objects of the target ([agents] try_sample)"},
	{"try-target", 0, SX_OPT_STRING, "CONN",
	 "target for --try: PostgreSQL conninfo or ClickHouse URL ([agents] try_target)"},
	{"consensus", 0, SX_OPT_INT, "K",
	 "vote among K candidate readings (2-8): previews that agree vote, two thirds win"},
	{"ask", 0, SX_OPT_FLAG, NULL,
	 "ask the planner's close calls (entity, measure, time column) on the terminal"},
	{NULL, 0, 0, NULL, NULL},
};

/* ------------------------------------------------------------ events */

static void forward(void *payload, const sx_event *ev)
{
	sx_cmd_emit(payload, ev);
}

/* ------------------------------------------------------------ --ask
 *
 * The planner's questions on the terminal: the engine posts each one as
 * an SX_EV_AMBIGUITY event and waits on the pick mailbox; the forwarding
 * callback hands a copy to the asker thread, which prints the numbered
 * choices on stderr (sanitised), reads a line from the terminal (stdin
 * when it is one, else /dev/tty) until the question's timeout, and
 * answers through sx_pick_answer. No terminal code runs on the engine's
 * threads. Without a terminal --ask says so and the defaults are taken. */

#define ASK_MAX_OPTIONS 16

typedef struct asker {
	sx_cmd_ctx *ctx;
	sx_pick *pick;
	int fd; /* the terminal read */
	bool own_fd;
	pthread_t th;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	bool quit, pending;
	int64_t n;
	int timeout_ms;
	char *question, *options;
} asker;

static void forward_ask(void *payload, const sx_event *ev)
{
	asker *a = payload;
	sx_cmd_emit(a->ctx, ev);
	if (ev->type != SX_EV_AMBIGUITY || ev->u.ambiguity.timeout_ms <= 0)
		return;
	pthread_mutex_lock(&a->mu);
	free(a->question);
	free(a->options);
	a->question = sx_strdup(ev->text ? ev->text : "which reading?");
	a->options = sx_strdup(ev->u.ambiguity.options ? ev->u.ambiguity.options : "");
	a->n = ev->a;
	a->timeout_ms = ev->u.ambiguity.timeout_ms;
	a->pending = true;
	pthread_cond_signal(&a->cv);
	pthread_mutex_unlock(&a->mu);
}

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void say(const sx_buf *b)
{
	if (b->len)
		fwrite(b->ptr, 1, b->len, stderr);
	fflush(stderr);
}

/* Reads a line from the terminal until end_ms: 1 a line, 0 out of time
 * (or quit, cancel), -1 end of input. */
static int read_line(asker *a, int64_t end_ms, char *line, size_t cap)
{
	size_t len = 0;
	for (;;) {
		int64_t left = end_ms - now_ms();
		bool quit;
		pthread_mutex_lock(&a->mu);
		quit = a->quit;
		pthread_mutex_unlock(&a->mu);
		if (quit || left <= 0 || (a->ctx->cancel && atomic_load(a->ctx->cancel)))
			return 0;
		struct pollfd p = {.fd = a->fd, .events = POLLIN};
		int pr = poll(&p, 1, left < 100 ? (int)left : 100);
		if (pr <= 0)
			continue;
		char c;
		ssize_t k = read(a->fd, &c, 1);
		if (k <= 0)
			return len ? (line[len] = '\0', 1) : -1;
		if (c == '\n') {
			line[len] = '\0';
			return 1;
		}
		if (len + 1 < cap)
			line[len++] = c;
	}
}

static void ask_one(asker *a, const char *question, const char *options, int64_t n, int timeout_ms)
{
	const char *opt[ASK_MAX_OPTIONS];
	size_t lens[ASK_MAX_OPTIONS], nopt = 0;
	sx_buf b = SX_BUF_INIT;
	char line[64];
	int choice = -2;

	for (const char *p = options; *p && nopt < ASK_MAX_OPTIONS;) {
		const char *q = strchr(p, '\n');
		opt[nopt] = p;
		lens[nopt++] = q ? (size_t)(q - p) : strlen(p);
		p = q ? q + 1 : p + strlen(p);
	}
	if (!nopt)
		return;
	int64_t end = now_ms() + timeout_ms;
	sx_buf_puts(&b, "\n");
	sx__put_text(&b, question);
	sx_buf_putc(&b, '\n');
	for (size_t i = 0; i < nopt; i++) {
		sx_buf_printf(&b, "  %zu) ", i + 1);
		sx_buf_put_sanitized(&b, opt[i], lens[i], false);
		sx_buf_puts(&b, i == 0 ? "  (default)\n" : "\n");
	}
	for (;;) {
		sx_buf_printf(&b, "choose 1-%zu, Enter for 1 (the default in %d s): ", nopt,
		              (int)((end - now_ms() + 999) / 1000));
		say(&b);
		sx_buf_clear(&b);
		int rc = read_line(a, end, line, sizeof line);
		if (rc == 0) {
			sx_buf_puts(&b, "\nno pick in time: the default\n");
			break; /* the engine takes the default by itself */
		}
		if (rc < 0) {
			sx_buf_puts(&b, "\nend of input: the default\n");
			choice = -1;
			break;
		}
		char *s = line, *e;
		while (*s == ' ' || *s == '\t' || *s == '\r')
			s++;
		for (e = s + strlen(s); e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r');)
			*--e = '\0';
		if (!*s) {
			choice = 0;
			break;
		}
		long k = strtol(s, &e, 10);
		if (!*e && k >= 1 && (size_t)k <= nopt) {
			choice = (int)k - 1;
			break;
		}
		sx_buf_printf(&b, "not a choice: type a number from 1 to %zu\n", nopt);
	}
	if (choice >= -1) {
		sx_pick_answer(a->pick, n, choice);
		sx_buf_puts(&b, "picked ");
		sx_buf_put_sanitized(&b, opt[choice < 0 ? 0 : choice],
		                     lens[choice < 0 ? 0 : choice], false);
		sx_buf_putc(&b, '\n');
	}
	say(&b);
	sx_buf_release(&b);
}

static void *asker_main(void *payload)
{
	asker *a = payload;
	for (;;) {
		pthread_mutex_lock(&a->mu);
		while (!a->pending && !a->quit)
			pthread_cond_wait(&a->cv, &a->mu);
		if (!a->pending) {
			pthread_mutex_unlock(&a->mu);
			return NULL;
		}
		char *q = a->question, *o = a->options;
		int64_t n = a->n;
		int t = a->timeout_ms;
		a->question = a->options = NULL;
		a->pending = false;
		pthread_mutex_unlock(&a->mu);
		if (q && o)
			ask_one(a, q, o, n, t);
		free(q);
		free(o);
	}
}

/* Opens the terminal and starts the asker; false (and a line on stderr)
 * when there is no terminal to ask on. */
static bool asker_start(asker *a, sx_cmd_ctx *ctx)
{
	memset(a, 0, sizeof *a);
	a->ctx = ctx;
	a->fd = -1;
	if (isatty(STDIN_FILENO)) {
		a->fd = STDIN_FILENO;
	} else {
		int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
		if (fd >= 0 && isatty(fd)) {
			a->fd = fd;
			a->own_fd = true;
		} else if (fd >= 0) {
			close(fd);
		}
	}
	if (a->fd < 0) {
		fputs("generate --ask: no terminal to ask on (stdin is not one and /dev/tty cannot "
		      "be opened): the planner's readings are taken\n",
		      stderr);
		return false;
	}
	if (!(a->pick = sx_pick_new()))
		goto fail;
	pthread_mutex_init(&a->mu, NULL);
	pthread_cond_init(&a->cv, NULL);
	if (pthread_create(&a->th, NULL, asker_main, a)) {
		pthread_cond_destroy(&a->cv);
		pthread_mutex_destroy(&a->mu);
		sx_pick_free(a->pick);
		goto fail;
	}
	return true;
fail:
	if (a->own_fd)
		close(a->fd);
	fputs("generate --ask: cannot start the asker: the planner's readings are taken\n", stderr);
	return false;
}

static void asker_stop(asker *a)
{
	pthread_mutex_lock(&a->mu);
	a->quit = true;
	pthread_cond_signal(&a->cv);
	pthread_mutex_unlock(&a->mu);
	pthread_join(a->th, NULL);
	pthread_cond_destroy(&a->cv);
	pthread_mutex_destroy(&a->mu);
	sx_pick_free(a->pick);
	free(a->question);
	free(a->options);
	if (a->own_fd)
		close(a->fd);
}

static void mark_interrupted(sx_store *st)
{
	sx_error e;
	size_t n = 0;
	if (sx_history_mark_interrupted(st, &n, &e) == 0 && n)
		sx_log(SX_LOG_INFO, "%zu run(s) marked interrupted", n);
}

/* ------------------------------------------------------------ generate */

const char *sx__target_engine(const char *target, const char **url)
{
	*url = NULL;
	if (!target)
		return NULL;
	if (strncmp(target, "http://", 7) == 0 || strncmp(target, "https://", 8) == 0 ||
	    strncmp(target, "clickhouse://", 13) == 0) {
		*url = target;
		return "clickhouse";
	}
	if (strncmp(target, "postgres", 8) == 0 && strchr(target, ':'))
		return "postgresql";
	return target;
}

static int gen_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_session *ses = NULL;
	sx_search *srch = NULL;
	sx_run *run = NULL;
	sx_run_request req;
	sx_buf intent = SX_BUF_INIT;
	char **src = sx_args_list(args, "source"), **meas = sx_args_list(args, "measure"),
	     **dims = sx_args_list(args, "dimension"), **filt = sx_args_list(args, "filter");
	sx_error serr = {0};
	int rc;

	for (size_t i = 0; i < args->npos; i++) {
		if (i)
			sx_buf_putc(&intent, ' ');
		sx_buf_puts(&intent, args->pos[i]);
	}
	sx_run_request_init(&req);
	req.intent = sx_buf_cstr(&intent);
	req.sources = (const char *const *)src;
	req.target_engine = sx__target_engine(sx_args_get(args, "target"), &req.target_url);
	req.cluster = sx_args_get(args, "cluster");
	req.target_version = sx_args_get(args, "target-version");
	req.schedule = sx_args_get(args, "schedule");
	req.mode = sx_args_get(args, "mode");
	req.max_cycles = (int)sx_args_int(args, "max-reflection-cycles",
					  sx_config_get_int(ctx->config, "agents", "max_reflection_cycles", 2));
	req.threshold = sx_args_double(args, "threshold",
				       sx_config_get_double(ctx->config, "agents", "quality_threshold", 8.5));
	/* model mode when a provider other than builtin is asked for, or the
	 * config names an endpoint ([llm] provider / base_url) */
	req.provider = sx_args_get(args, "provider");
	if (!req.provider) {
		const char *p = sx_config_get(ctx->config, "llm", "provider", "auto");
		req.provider = strcmp(p, "auto") == 0
				       ? (sx_config_get(ctx->config, "llm", "base_url", NULL) ? "openai"
											    : "builtin")
				       : p;
		/* named endpoints in [agents] ask for model mode too */
		if (strcmp(p, "auto") == 0 && strcmp(req.provider, "builtin") == 0 &&
		    (*sx_config_get(ctx->config, "agents", "endpoints", "") ||
		     *sx_config_get(ctx->config, "agents", "planner_endpoint", "") ||
		     *sx_config_get(ctx->config, "agents", "sql_expert_endpoint", "") ||
		     *sx_config_get(ctx->config, "agents", "schema_analyst_endpoint", "") ||
		     *sx_config_get(ctx->config, "agents", "python_coder_endpoint", "") ||
		     *sx_config_get(ctx->config, "agents", "reflector_endpoint", "")))
			req.provider = "openai";
	}
	req.jobs = (int)sx_args_int(args, "jobs", sx_config_get_int(ctx->config, "agents", "jobs", 4));
	req.server_checks = sx_args_flag(args, "server-checks");
	req.consensus = (int)sx_args_int(args, "consensus", 0);
	if (req.consensus == 1)
		req.consensus = 0;
	req.measures = (const char *const *)meas;
	req.dimensions = (const char *const *)dims;
	req.filters = (const char *const *)filt;
	req.time_column = sx_args_get(args, "time-column");
	req.try_sample = sx_args_flag(args, "try") ||
			 sx_config_get_bool(ctx->config, "agents", "try_sample", false);
	req.try_target = sx_args_get(args, "try-target");
	if (!req.try_target)
		req.try_target = sx_config_get(ctx->config, "agents", "try_target", NULL);
	req.try_window_days = (int)sx_config_get_int(ctx->config, "agents", "try_window_days", 7);
	req.try_limit = sx_config_get_int(ctx->config, "agents", "try_limit", 10000);
	if (req.threshold < 0 || req.threshold > 10) {
		rc = sx_error_set(err, SX_EUSAGE, "--threshold must be between 0 and 10");
		goto done;
	}
	/* the map is required: joins and PII come from it */
	if ((rc = sx__cmd_session(ctx, NULL, SX_SESSION_MAP, &ses, err)))
		goto done;
	mark_interrupted(sx_session_store(ses));
	if (sx_session_search(ses, &srch, &serr))
		sx_log(SX_LOG_WARN, "search unavailable for the run: %s", serr.msg);
	sx_agent_env env = {
		.cat = sx_session_catalog(ses),
		.map = sx_session_map(ses),
		.search = srch,
		.store = sx_session_store(ses),
		.config = ctx->config,
		.source = sx_args_get(args, "live"),
		.cancel = ctx->cancel,
	};
	req.pick = ctx->pick;
	/* --ask: the CLI's own mailbox, answered from the terminal (the TUI
	 * brings its own) */
	asker ask;
	bool asking = !ctx->pick && sx_args_flag(args, "ask") && asker_start(&ask, ctx);
	if (asking) {
		req.pick = ask.pick;
		rc = sx_run_exec(&env, &req, forward_ask, &ask, &run, err);
		asker_stop(&ask);
	} else {
		rc = sx_run_exec(&env, &req, forward, ctx, &run, err);
	}
	if (run && (rc == 0 || sx_run_artifacts(run)->n)) {
		const char *out = sx_args_get(args, "out");
		sx_error werr = {0};
		if (out && sx_run_write_dir(run, out, &werr)) {
			if (!rc)
				rc = sx_error_set(err, werr.code, "%s", werr.msg);
		}
		if (!rc) {
			*result = sx_run_to_json(run);
			if (out)
				sx_json_add_str(*result, "out", out);
		}
	}
done:
	sx_run_free(run);
	sx_session_close(ses);
	sx_strv_free(src);
	sx_strv_free(meas);
	sx_strv_free(dims);
	sx_strv_free(filt);
	sx_buf_release(&intent);
	return rc;
}

static void put_line(sx_buf *out, const char *label, const char *text)
{
	sx_buf_puts(out, label);
	sx__put_text(out, text);
	sx_buf_putc(out, '\n');
}

static void gen_render(const cJSON *r, sx_buf *out)
{
	const cJSON *a, *f;
	sx_buf_printf(out, "run %s: %s, score %.1f (threshold %.1f)%s\n", sx_json_str(r, "run_id", ""),
		      sx_json_str(r, "status", ""), sx_json_num(r, "score", 0),
		      sx_json_num(r, "threshold", 0),
		      sx_json_bool(r, "passed", false) ? "" : ", below the threshold");
	cJSON_ArrayForEach(a, cJSON_GetObjectItem(r, "iterations"))
		sx_buf_printf(out, "  iteration %lld: score %.1f (%+.1f), %lld errors, %lld warnings\n",
			      (long long)sx_json_int(a, "n", 0), sx_json_num(a, "score", 0),
			      sx_json_num(a, "delta", 0),
			      (long long)sx_json_int(cJSON_GetObjectItem(a, "findings"), "error", 0),
			      (long long)sx_json_int(cJSON_GetObjectItem(a, "findings"), "warning", 0));
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(r, "findings")) {
		if (strcmp(sx_json_str(f, "severity", ""), "info") == 0)
			continue;
		sx_buf_printf(out, "  %s %s ", sx_json_str(f, "severity", ""), sx_json_str(f, "rule", ""));
		sx__put_text(out, sx_json_str(f, "message", ""));
		sx_buf_putc(out, '\n');
	}
	sx_buf_puts(out, "artifacts:\n");
	cJSON_ArrayForEach(a, cJSON_GetObjectItem(r, "artifacts")) {
		sx_buf_printf(out, "\n-- %s (%s) ", sx_json_str(a, "kind", ""), sx_json_str(a, "lang", ""));
		sx__put_text(out, sx_json_str(a, "name", ""));
		sx_buf_putc(out, '\n');
		/* artifacts are ours, but they quote names from the database */
		sx_buf_put_sanitized(out, sx_json_str(a, "content", ""),
				     strlen(sx_json_str(a, "content", "")), true);
		sx_buf_putc(out, '\n');
	}
	if (sx_json_str(r, "out", NULL))
		put_line(out, "\nwritten to ", sx_json_str(r, "out", ""));
}

const sx_cmd_entry sx__cmd_generate = {
	.name = "generate",
	.usage = "INTENT... [--source DB] [--target ENGINE|URL] [--cluster NAME|auto] [--schedule CRON]\n"
		 "       [--mode batch|streaming] [--max-reflection-cycles N] [--threshold X] [--out DIR]\n"
		 "       [--consensus K] [--try [--try-target CONN]]",
	.summary = "turn an intent into validated ETL artifacts (SQL, DDL, DAG, Python)",
	.help = "A team of six agents (planner, schema analyst, SQL expert, Python coder, QA\n"
		"validator, reflector) plans the load from the map, writes the SELECT in the\n"
		"source's dialect, the target DDL, the load, an Airflow DAG, a Python transform\n"
		"with pytest tests and a README, validates them with real parsers, the catalog\n"
		"and python3, and revises them until the score reaches the threshold. Thoughts\n"
		"stream to stderr (--events jsonl for machines). Exit status 1 when the score\n"
		"stays below the threshold; the artifacts are written all the same.",
	.flags = SX_CMD_STREAMS | SX_CMD_GATED | SX_CMD_TALKS_TO_MODEL,
	.opts = gen_opts,
	.min_pos = 1,
	.max_pos = SIZE_MAX,
	.run = gen_run,
	.render = gen_render,
};

/* ------------------------------------------------------------ runs */

static int open_history(const sx_cmd_ctx *ctx, sx_store **st, sx_error *err)
{
	int rc = sx__cmd_open_store(ctx, st, err);
	if (!rc && (rc = sx_history_migrate(*st, err))) {
		sx_store_close(*st);
		*st = NULL;
	}
	if (!rc)
		mark_interrupted(*st);
	return rc;
}

static const sx_opt runs_opts[] = {
	{"limit", 'n', SX_OPT_INT, "N", "newest N runs (default 20; 0: all)"},
	{"older-than", 0, SX_OPT_INT, "DAYS", "prune: runs created more than DAYS ago"},
	{"keep", 0, SX_OPT_INT, "N", "prune: keep the newest N runs"},
	{NULL, 0, 0, NULL, NULL},
};

static int runs_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_store *st = NULL;
	cJSON *list = NULL;
	int rc;

	if (args->npos && strcmp(args->pos[0], "prune") != 0)
		return sx_error_set(err, SX_EUSAGE, "runs: unknown action '%s' (prune)", args->pos[0]);
	if ((rc = open_history(ctx, &st, err)))
		return rc;
	if (args->npos) {
		long days = sx_args_int(args, "older-than",
					sx_config_get_int(ctx->config, "agents", "retention_days", 90));
		long keep = sx_args_int(args, "keep",
					sx_config_get_int(ctx->config, "agents", "retention_keep", 0));
		size_t n = 0;
		if ((rc = sx_history_prune(st, (int)days, (size_t)keep, &n, err)) == 0) {
			*result = cJSON_CreateObject();
			sx_json_add_int(*result, "pruned", (int64_t)n);
		}
	} else if ((rc = sx_history_list_runs(st, (size_t)sx_args_int(args, "limit", 20), &list,
					      err)) == 0) {
		*result = cJSON_CreateObject();
		cJSON_AddItemToObject(*result, "runs", list);
	}
	sx_store_close(st);
	return rc;
}

static void runs_render(const cJSON *r, sx_buf *out)
{
	const cJSON *x;
	if (cJSON_GetObjectItem(r, "pruned")) {
		sx_buf_printf(out, "pruned %lld run(s)\n", (long long)sx_json_int(r, "pruned", 0));
		return;
	}
	if (!cJSON_GetArraySize(cJSON_GetObjectItem(r, "runs"))) {
		sx_buf_puts(out, "no runs yet: try sextant generate \"daily revenue by channel\"\n");
		return;
	}
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "runs")) {
		size_t at = out->len;
		sx__put_text(out, sx_json_str(x, "id", ""));
		sx__pad_from(out, at, 28);
		at = out->len;
		sx__put_text(out, sx_json_str(x, "status", ""));
		sx__pad_from(out, at, 12);
		const cJSON *sc = cJSON_GetObjectItem(x, "score");
		if (cJSON_IsNumber(sc))
			sx_buf_printf(out, "%4.1f  ", sc->valuedouble);
		else
			sx_buf_puts(out, "   -  ");
		sx__put_text(out, sx_json_str(x, "intent", ""));
		sx_buf_putc(out, '\n');
	}
}

const sx_cmd_entry sx__cmd_runs = {
	.name = "runs",
	.usage = "[prune [--older-than DAYS] [--keep N]] [--limit N]",
	.summary = "list generation runs (newest first), or prune old ones",
	.help = "Lists the runs kept in the workspace history with status and score.\n"
		"'runs prune' deletes finished runs older than --older-than days ([agents]\n"
		"retention_days, 90) beyond the newest --keep ([agents] retention_keep).",
	.opts = runs_opts,
	.min_pos = 0,
	.max_pos = 1,
	.run = runs_run,
	.render = runs_render,
};

/* ------------------------------------------------------------ run show */

static const sx_opt show_opts[] = {
    {"with-events", 0, SX_OPT_FLAG, NULL,
     "include every recorded event (--events is the global event-output option)"},
    {"graph", 0, SX_OPT_STRING, "FMT", "the pipeline's data flow: dot, svg or png (Graphviz)"},
    {"out", 'o', SX_OPT_STRING, "FILE", "write the --graph picture to FILE (needed for png)"},
    {NULL, 0, 0, NULL, NULL},
};

static int get_run(const sx_cmd_ctx *ctx, const char *ref, bool events, cJSON **out,
		   sx_error *err)
{
	sx_store *st = NULL;
	char id[SX_RUN_ID_SIZE];
	int rc = open_history(ctx, &st, err);
	if (!rc && !(rc = sx_history_resolve(st, ref, id, err)))
		rc = sx_history_get_run(st, id, events, out, err);
	if (!rc) {
		cJSON *lin = NULL;
		if (sx_store_query_json(st, &lin, err,
					"SELECT target, sources, expression FROM run_lineage WHERE run_id = ?",
					"s", id) == 0)
			cJSON_AddItemToObject(*out, "lineage", lin);
		sx_error xerr = {0};
		if (sx_run_history_extras(st, id, *out, &xerr))
			sx_log(SX_LOG_WARN, "run %s: %s", id, xerr.msg);
	}
	sx_store_close(st);
	return rc;
}

/* run show --graph: the data flow drawn by Graphviz from the stored run */
static int show_graph(const cJSON *run, const char *fmt, const char *outp, cJSON **result,
                      sx_error *err)
{
	sx_buf dot = SX_BUF_INIT;
	char *data = NULL;
	size_t len = 0;
	int rc;

	if ((rc = sx_run_graph_dot(run, &dot, err)) ||
	    (rc = sx_map_render_dot(sx_buf_cstr(&dot), fmt, &data, &len, err)))
		goto done;
	*result = cJSON_CreateObject();
	sx_json_add_str(*result, "run_id", sx_json_str(run, "id", ""));
	sx_json_add_str(*result, "format", fmt);
	if (outp) {
		if ((rc = sx_file_write_atomic(outp, data, len, err))) {
			cJSON_Delete(*result);
			*result = NULL;
			goto done;
		}
		sx_json_add_str(*result, "output", outp);
		sx_json_add_int(*result, "bytes", (int64_t)len);
	} else {
		sx_json_add_str(*result, "data", data);
	}
done:
	free(data);
	sx_buf_release(&dot);
	return rc;
}

static int show_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	const char *fmt = sx_args_get(args, "graph"), *outp = sx_args_get(args, "out");
	cJSON *run = NULL;
	int rc;

	if (strcmp(args->pos[0], "show") != 0 || args->npos != 2)
		return sx_error_set(
		    err, SX_EUSAGE,
		    "usage: sextant run show ID [--with-events] [--graph dot|svg|png "
		    "[--out FILE]]");
	if (fmt && strcmp(fmt, "dot") && strcmp(fmt, "svg") && strcmp(fmt, "png"))
		return sx_error_set(err, SX_EUSAGE, "unknown --graph '%s': use dot, svg or png",
		                    fmt);
	if (fmt && !strcmp(fmt, "png") && !outp)
		return sx_error_set(err, SX_EUSAGE, "--graph png needs --out FILE");
	if (outp && !fmt)
		return sx_error_set(err, SX_EUSAGE, "--out goes with --graph");
	if (!fmt)
		return get_run(ctx, args->pos[1], sx_args_flag(args, "with-events"), result, err);
	if ((rc = get_run(ctx, args->pos[1], false, &run, err)))
		return rc;
	rc = show_graph(run, fmt, outp, result, err);
	cJSON_Delete(run);
	return rc;
}

/* "  STEP (AGENT" of a row, then tail. */
static void put_step_agent(sx_buf *out, const cJSON *x, const char *tail)
{
	sx_buf_puts(out, "  ");
	sx__put_text(out, sx_json_str(x, "step", ""));
	sx_buf_puts(out, " (");
	sx__put_text(out, sx_json_str(x, "agent", ""));
	sx_buf_puts(out, tail);
}

/* A stored text line by line under an indent (sanitised), the first
 * line after label. */
static void put_indented(sx_buf *out, const char *label, const char *text)
{
	const char *p = text, *nl;
	if (!text || !*text)
		return;
	for (; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		if (!nl)
			nl = p + strlen(p);
		sx_buf_puts(out, p == text ? label : "    ");
		sx_buf_put_sanitized(out, p, (size_t)(nl - p), false);
		sx_buf_putc(out, '\n');
		if (!*nl)
			break;
	}
}

static void show_render(const cJSON *r, sx_buf *out)
{
	const cJSON *x;
	if (sx_json_str(r, "format", NULL)) { /* --graph */
		if (sx_json_str(r, "output", NULL)) {
			sx_buf_printf(out, "wrote %lld bytes of %s to ",
			              (long long)sx_json_int(r, "bytes", 0),
			              sx_json_str(r, "format", ""));
			sx__put_text(out, sx_json_str(r, "output", ""));
			sx_buf_putc(out, '\n');
		} else {
			const char *d = sx_json_str(r, "data", "");
			sx_buf_put_sanitized(out, d, strlen(d), true);
		}
		return;
	}
	sx_buf_printf(out, "run %s  %s  score ", sx_json_str(r, "id", ""), sx_json_str(r, "status", ""));
	const cJSON *sc = cJSON_GetObjectItem(r, "score");
	sx_buf_printf(out, cJSON_IsNumber(sc) ? "%.1f\n" : "-\n", cJSON_IsNumber(sc) ? sc->valuedouble : 0);
	put_line(out, "intent: ", sx_json_str(r, "intent", ""));
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "steps")) {
		sx_buf_puts(out, "  step ");
		sx__put_text(out, sx_json_str(x, "step", ""));
		sx_buf_puts(out, " (");
		sx__put_text(out, sx_json_str(x, "agent", ""));
		sx_buf_puts(out, "): ");
		sx__put_text(out, sx_json_str(x, "status", ""));
		sx_buf_putc(out, '\n');
	}
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "iterations"))
		sx_buf_printf(out, "  iteration %lld: score %.1f (%+.1f)\n",
			      (long long)sx_json_int(x, "n", 0), sx_json_num(x, "score", 0),
			      sx_json_num(x, "delta", 0));
	const cJSON *cons = cJSON_GetObjectItem(r, "consensus");
	if (cons) {
		sx_buf_printf(
		    out, "consensus of %lld: %s, candidate %lld wins (two thirds = %lld votes)\n",
		    (long long)sx_json_int(cons, "k", 0), sx_json_str(cons, "rule", ""),
		    (long long)sx_json_int(cons, "winner", 0),
		    (long long)sx_json_int(cons, "need", 0));
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(cons, "candidates"))
		{
			sx_buf_printf(out, "  %s %lld ",
			              sx_json_bool(x, "winner", false) ? "*" : " ",
			              (long long)sx_json_int(x, "n", 0));
			sx__put_text(out, sx_json_str(x, "reading", ""));
			sx_buf_printf(out, ": score %.1f, %lld vote(s), preview ",
			              sx_json_num(x, "score", 0),
			              (long long)sx_json_int(x, "votes", 0));
			sx__put_text(out,
			             sx_json_str(cJSON_GetObjectItem(x, "preview"), "status", ""));
			sx_buf_putc(out, '\n');
		}
	}
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "ambiguities"))
	{
		const cJSON *o;
		int i = 0, chosen = (int)sx_json_int(x, "chosen", 0);
		sx_buf_printf(out, "ambiguity %lld: ", (long long)sx_json_int(x, "n", 0));
		sx__put_text(out, sx_json_str(x, "question", ""));
		sx_buf_puts(out, "\n");
		cJSON_ArrayForEach(o, cJSON_GetObjectItem(x, "options"))
		{
			sx_buf_printf(out, "  %s ", i == chosen ? "*" : " ");
			sx__put_text(out, cJSON_IsString(o) ? o->valuestring : "");
			if (i == chosen) {
				sx_buf_puts(out, " (");
				sx__put_text(out, sx_json_str(x, "how", ""));
				sx_buf_puts(out, ")");
			}
			sx_buf_putc(out, '\n');
			i++;
		}
	}
	if (cJSON_GetArraySize(cJSON_GetObjectItem(r, "endpoints")))
		sx_buf_puts(out, "endpoints:\n");
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "endpoints"))
	{
		put_step_agent(out, x, "): ");
		sx__put_text(out, sx_json_str(x, "endpoint", ""));
		sx_buf_putc(out, ' ');
		sx__put_text(out, sx_json_str(x, "status", ""));
		if (sx_json_str(x, "model", NULL)) {
			sx_buf_puts(out, ", model ");
			sx__put_text(out, sx_json_str(x, "model", ""));
		}
		if (sx_json_str(x, "error", NULL)) {
			sx_buf_puts(out, ": ");
			sx__put_text(out, sx_json_str(x, "error", ""));
		}
		sx_buf_putc(out, '\n');
	}
	if (cJSON_GetArraySize(cJSON_GetObjectItem(r, "lineage")))
		sx_buf_puts(out, "lineage:\n");
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "lineage")) {
		sx_buf_puts(out, "  ");
		sx__put_text(out, sx_json_str(x, "target", ""));
		sx_buf_puts(out, " <- ");
		sx__put_text(out, sx_json_str(x, "sources", ""));
		sx_buf_puts(out, ": ");
		sx__put_text(out, sx_json_str(x, "expression", ""));
		sx_buf_putc(out, '\n');
	}
	if (cJSON_GetArraySize(cJSON_GetObjectItem(r, "thoughts")))
		sx_buf_puts(out, "thoughts:\n");
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "thoughts"))
	{
		put_step_agent(out, x, "):\n");
		put_indented(out, "    reasoning: ", sx_json_str(x, "reasoning", NULL));
		put_indented(out, "    ", sx_json_str(x, "text", NULL));
		if (sx_json_int(x, "cut", 0) > 0)
			sx_buf_printf(out, "    (cut: %lld bytes more)\n",
			              (long long)sx_json_int(x, "cut", 0));
	}
	sx_buf_printf(out, "%d artifact(s), %d finding(s), %d tool call(s)\n",
		      cJSON_GetArraySize(cJSON_GetObjectItem(r, "artifacts")),
		      cJSON_GetArraySize(cJSON_GetObjectItem(r, "findings")),
		      cJSON_GetArraySize(cJSON_GetObjectItem(r, "tool_calls")));
}

const sx_cmd_entry sx__cmd_run = {
    .name = "run",
    .usage = "show ID [--with-events] [--graph dot|svg|png [--out FILE]]",
    .summary = "show one generation run: steps, iterations, lineage, artifacts",
    .opts = show_opts,
    .min_pos = 2,
    .max_pos = 2,
    .run = show_run,
    .render = show_render,
};

/* ------------------------------------------------------------ export */

static int export_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	cJSON *run = NULL;
	int rc = get_run(ctx, args->pos[0], false, &run, err);
	if (rc)
		return rc;
	/* the last iteration kept is the best one the run ended on */
	sx_artifact_set set;
	sx_artifact_set_init(&set);
	int best = 0;
	const cJSON *a;
	cJSON_ArrayForEach(a, cJSON_GetObjectItem(run, "artifacts"))
		if ((int)sx_json_int(a, "iteration", 0) > best)
			best = (int)sx_json_int(a, "iteration", 0);
	cJSON_ArrayForEach(a, cJSON_GetObjectItem(run, "artifacts")) {
		int k = sx_artifact_kind_parse(sx_json_str(a, "kind", ""));
		if (k >= 0 && (int)sx_json_int(a, "iteration", 0) == best)
			sx_artifact_set_put(&set, (sx_artifact_kind)k, sx_json_str(a, "name", ""),
					    sx_json_str(a, "lang", ""), sx_json_str(a, "content", ""));
	}
	cJSON *git = NULL;
	if (sx_args_flag(args, "git")) {
		/* "sextant run ID: INTENT", the intent on one line */
		sx_buf msg = SX_BUF_INIT;
		sx_buf_printf(&msg, "sextant run %s: ", sx_json_str(run, "id", ""));
		for (const char *p = sx_json_str(run, "intent", ""); *p; p++)
			sx_buf_putc(&msg, *p == '\n' || *p == '\r' ? ' ' : *p);
		rc = sx_buf_failed(&msg) ? sx_error_set(err, SX_ENOMEM, "out of memory")
					 : sx_artifacts_git_commit(&set, run, args->pos[1],
								   sx_buf_cstr(&msg), ctx->cancel,
								   &git, err);
		sx_buf_release(&msg);
	} else {
		rc = sx_artifacts_write_dir(&set, run, args->pos[1], err);
	}
	if (!rc) {
		*result = cJSON_CreateObject();
		sx_json_add_str(*result, "run_id", sx_json_str(run, "id", ""));
		sx_json_add_str(*result, "out", args->pos[1]);
		sx_json_add_int(*result, "artifacts", (int64_t)set.n);
		if (git)
			cJSON_AddItemToObject(*result, "git", git);
	}
	sx_artifact_set_release(&set);
	cJSON_Delete(run);
	return rc;
}

static void export_render(const cJSON *r, sx_buf *out)
{
	sx_buf_printf(out, "%lld artifact(s) of run %s written to ", (long long)sx_json_int(r, "artifacts", 0),
		      sx_json_str(r, "run_id", ""));
	sx__put_text(out, sx_json_str(r, "out", ""));
	sx_buf_putc(out, '\n');
	const cJSON *g = cJSON_GetObjectItem(r, "git");
	if (g) {
		sx_buf_printf(out, "committed %d file(s) as %.12s in ",
			      cJSON_GetArraySize(cJSON_GetObjectItem(g, "files")),
			      sx_json_str(g, "commit", ""));
		sx__put_text(out, sx_json_str(g, "repository", ""));
		sx_buf_puts(out, ": ");
		sx__put_text(out, sx_json_str(g, "message", ""));
		sx_buf_putc(out, '\n');
	}
}

static const sx_opt export_opts[] = {
	{"git", 0, SX_OPT_FLAG, NULL,
	 "commit the files in DIR's git repository: git add and git commit -m \"sextant run ID: INTENT\""},
	{NULL, 0, 0, NULL, NULL},
};

const sx_cmd_entry sx__cmd_export = {
	.name = "export",
	.usage = "ID DIR [--git]",
	.summary = "write a stored run's artifacts and report under DIR",
	.opts = export_opts,
	.min_pos = 2,
	.max_pos = 2,
	.run = export_run,
	.render = export_render,
};

/* ------------------------------------------------------------ feedback */

static const sx_opt fb_opts[] = {
	{"note", 0, SX_OPT_STRING, "TEXT", "why"},
	{NULL, 0, 0, NULL, NULL},
};

static int feedback_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_store *st = NULL;
	char id[SX_RUN_ID_SIZE];
	const char *v = args->pos[1];
	int rc;

	if (strcmp(v, "accept") != 0 && strcmp(v, "reject") != 0)
		return sx_error_set(err, SX_EUSAGE, "feedback: say accept or reject, not '%s'", v);
	if ((rc = open_history(ctx, &st, err)))
		return rc;
	if (!(rc = sx_history_resolve(st, args->pos[0], id, err)) &&
	    !(rc = sx_history_feedback(st, id, strcmp(v, "accept") == 0, sx_args_get(args, "note"),
				       err))) {
		*result = cJSON_CreateObject();
		sx_json_add_str(*result, "run_id", id);
		sx_json_add_str(*result, "verdict", v);
	}
	sx_store_close(st);
	return rc;
}

static void feedback_render(const cJSON *r, sx_buf *out)
{
	sx_buf_printf(out, "run %s: %sed\n", sx_json_str(r, "run_id", ""), sx_json_str(r, "verdict", ""));
}

const sx_cmd_entry sx__cmd_feedback = {
	.name = "feedback",
	.usage = "ID accept|reject [--note TEXT]",
	.summary = "record whether a run's artifacts were accepted",
	.opts = fb_opts,
	.min_pos = 2,
	.max_pos = 2,
	.run = feedback_run,
	.render = feedback_render,
};

/* ------------------------------------------------------------ insights */

static int insights_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_store *st = NULL;
	int rc;
	(void)args;
	if ((rc = open_history(ctx, &st, err)))
		return rc;
	rc = sx_insights(st, result, err);
	sx_store_close(st);
	return rc;
}

static void insights_render(const cJSON *r, sx_buf *out)
{
	const cJSON *t = cJSON_GetObjectItem(r, "totals"), *x;
	const cJSON *rf = cJSON_GetObjectItem(r, "reflection");
	sx_buf_printf(out, "runs: %lld (%lld passed, %lld failed, %lld cancelled, %lld interrupted); "
			   "success rate %.0f%%\n",
		      (long long)sx_json_int(t, "runs", 0), (long long)sx_json_int(t, "passed", 0),
		      (long long)sx_json_int(t, "failed", 0), (long long)sx_json_int(t, "cancelled", 0),
		      (long long)sx_json_int(t, "interrupted", 0),
		      100 * sx_json_num(t, "success_rate", 0));
	if (sx_json_int(rf, "runs_reflected", 0))
		sx_buf_printf(out, "reflection: %lld runs, mean score %.2f before, %.2f after\n",
			      (long long)sx_json_int(rf, "runs_reflected", 0),
			      sx_json_num(rf, "mean_score_before", 0),
			      sx_json_num(rf, "mean_score_after", 0));
	sx_buf_puts(out, "most frequent findings:\n");
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "top_rules"))
		sx_buf_printf(out, "  %-32s %5lld in %lld run(s)\n", sx_json_str(x, "rule", ""),
			      (long long)sx_json_int(x, "findings", 0), (long long)sx_json_int(x, "runs", 0));
	if (cJSON_GetArraySize(cJSON_GetObjectItem(r, "best_fixes")))
		sx_buf_puts(out, "fixes with the largest score gains:\n");
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "best_fixes"))
		sx_buf_printf(out, "  %-32s %+.2f (%lld times)\n", sx_json_str(x, "rule", ""),
			      sx_json_num(x, "mean_delta", 0), (long long)sx_json_int(x, "times", 0));
	sx_buf_puts(out, "slowest agents:\n");
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "slowest_agents"))
		sx_buf_printf(out, "  %-16s %8.1f ms mean, %8.1f ms max\n", sx_json_str(x, "agent", ""),
			      sx_json_num(x, "mean_ms", 0), sx_json_num(x, "max_ms", 0));
	sx_buf_puts(out, "slowest tools:\n");
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "slowest_tools"))
		sx_buf_printf(out, "  %-16s %8.1f ms mean over %lld call(s), %lld failed\n",
			      sx_json_str(x, "tool", ""), sx_json_num(x, "mean_ms", 0),
			      (long long)sx_json_int(x, "calls", 0), (long long)sx_json_int(x, "failures", 0));
	const cJSON *m = cJSON_GetObjectItem(r, "memory"), *c = cJSON_GetObjectItem(r, "cache");
	sx_buf_printf(out, "memory: %lld run(s) used similar past runs\n",
		      (long long)sx_json_int(m, "runs_with_hits", 0));
	sx_buf_printf(out, "cache: %lld hit(s) of %lld lookup(s)\n", (long long)sx_json_int(c, "hits", 0),
		      (long long)sx_json_int(c, "lookups", 0));
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "usage_per_model"))
		sx_buf_printf(out, "model %s: %lld step(s), %lld tokens in, %lld out, cost %.4f\n",
			      sx_json_str(x, "model", ""), (long long)sx_json_int(x, "steps", 0),
			      (long long)sx_json_int(x, "tokens_in", 0),
			      (long long)sx_json_int(x, "tokens_out", 0), sx_json_num(x, "cost", 0));
}

const sx_cmd_entry sx__cmd_insights = {
	.name = "insights",
	.usage = "",
	.summary = "what the stored runs say: success, reflection gains, findings, speed",
	.min_pos = 0,
	.max_pos = 0,
	.run = insights_run,
	.render = insights_render,
};
