/*
 * bench_tui.c - the workbench's speed, measured through a pseudo-terminal
 * like a user's: the real binary, a real terminal device, real output.
 *
 *   1. time from start to the first frame, and to the catalog shown, on a
 *      cached workspace of N tables (default 10,000): fork + exec under a
 *      pty, read its output until the tab bar appears, then until the
 *      status bar counts the tables;
 *   2. resident memory (VmRSS, VmHWM) with those tables loaded;
 *   3. keypress-to-frame latency while a :chat stream is running (from
 *      the OpenAI-protocol fixture server): a key is written to the pty,
 *      and the frame that handled it is found in the workbench's trace
 *      (SEXTANT_TUI_TRACE: "K"/"F" lines with CLOCK_MONOTONIC times, the
 *      clock this program reads too);
 *   4. keypress-to-frame latency on the Agents screen while six agents
 *      stream at 200 tokens a second each: the workbench runs in a child
 *      of this program under the pty (the same app and loop as the
 *      binary's, linked in), fed by a job that posts synthetic token
 *      events to the app's event queue, six agents at once, as the engine's
 *      run posts them; the frame rate for streamed text is capped (~30/s);
 *   5. resident memory with 100 stored runs in the workspace's history,
 *      before and after the History screen lists them (the runs made by
 *      `sextant generate` with the built-in agents on the demo warehouse,
 *      $SX_BUILD_DIR/data/demo.sqlite; skipped without it).
 *
 * usage: bench_tui SEXTANT SOURCE_DIR [N] [--workspace DIR]
 * The workspace is kept in $SX_BUILD_DIR/bench-cache/tui-N (built once
 * with `sextant analyze`, timed). Prints numbers; asserts nothing.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include <sextant/core.h>

#include "tui_int.h"

static const char *words[] = {"customer", "order",    "product", "invoice",  "payment",
			      "shipment", "account",  "user",    "session",  "event",
			      "campaign", "ticket",   "employee", "warehouse", "supplier",
			      "category", "review",   "address", "contract", "device"};

static double ms(uint64_t ns)
{
	return (double)ns / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* A schema of n tables with varied names, one declared FK per table and
 * an undeclared one on every third (what the map infers). */
static int make_db(const char *path, int n)
{
	sqlite3 *db;
	char sql[1024], **names;
	int i, rc = 0;
	unsigned seed = 7;
	unlink(path);
	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -1;
	names = calloc((size_t)n, sizeof *names);
	sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN", NULL, NULL, NULL);
	for (i = 0; i < n && !rc; i++) {
		size_t len;
		seed = seed * 1103515245u + 12345u;
		names[i] = malloc(48);
		snprintf(names[i], 48, "%s_%05d", words[(seed >> 16) % 20], i);
		len = (size_t)snprintf(sql, sizeof sql,
				       "CREATE TABLE %s (id INTEGER PRIMARY KEY, name TEXT, created_at "
				       "TIMESTAMP, note TEXT",
				       names[i]);
		if (i) {
			const char *ref = names[(seed >> 8) % (unsigned)i];
			len += (size_t)snprintf(sql + len, sizeof sql - len,
						", %s_id INTEGER REFERENCES %s(id)", ref, ref);
			if (i % 3 == 0 && i > 1) {
				const char *r2 = names[(seed >> 4) % (unsigned)i];
				if (strcmp(r2, ref) != 0)
					len += (size_t)snprintf(sql + len, sizeof sql - len,
								", %s_id INTEGER", r2);
			}
		}
		snprintf(sql + len, sizeof sql - len, ")");
		if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) {
			fprintf(stderr, "bench_tui: %s\n", sqlite3_errmsg(db));
			rc = -1;
		}
	}
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(db);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

static int run_cmd(char *const argv[])
{
	pid_t pid = fork();
	int st;
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		dup2(fd, 1);
		dup2(fd, 2);
		execv(argv[0], argv);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &st, 0) < 0)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* ------------------------------------------------------------ pty session */

typedef struct {
	pid_t pid;
	int fd;
	sx_buf out; /* everything the workbench wrote */
} session;

static int start(session *s, const char *bin, const char *ws, const char *trace)
{
	struct winsize wsz = {40, 120, 0, 0};
	memset(s, 0, sizeof *s);
	s->pid = forkpty(&s->fd, NULL, NULL, &wsz);
	if (s->pid < 0)
		return -1;
	if (s->pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		if (trace)
			setenv("SEXTANT_TUI_TRACE", trace, 1);
		else
			unsetenv("SEXTANT_TUI_TRACE");
		execl(bin, bin, "--workspace", ws, (char *)NULL);
		_exit(127);
	}
	fcntl(s->fd, F_SETFL, fcntl(s->fd, F_GETFL) | O_NONBLOCK);
	return 0;
}

/* Reads what is there (waiting up to wait_ms for the first bytes). */
static void pump(session *s, int wait_ms)
{
	struct pollfd p = {s->fd, POLLIN, 0};
	char buf[65536];
	while (poll(&p, 1, wait_ms) > 0) {
		ssize_t n = read(s->fd, buf, sizeof buf);
		if (n <= 0)
			break;
		sx_buf_put(&s->out, buf, (size_t)n);
		wait_ms = 0;
	}
}

/* Pumps until the output (from offset `from`) contains text; returns the
 * time it appeared, or 0 after timeout_ms. */
static uint64_t wait_text(session *s, size_t from, const char *text, int timeout_ms)
{
	uint64_t end = sx_now_ns() + (uint64_t)timeout_ms * 1000000ULL;
	while (sx_now_ns() < end) {
		pump(s, 5);
		if (s->out.len > from && strstr(s->out.ptr + from, text))
			return sx_now_ns();
	}
	return 0;
}

static void stop(session *s)
{
	int st, i;
	if (write(s->fd, "q", 1) < 0)
		kill(s->pid, SIGTERM);
	for (i = 0; i < 300; i++) {
		pump(s, 10);
		if (waitpid(s->pid, &st, WNOHANG) == s->pid)
			break;
	}
	if (i == 300) {
		kill(s->pid, SIGKILL);
		waitpid(s->pid, &st, 0);
	}
	close(s->fd);
	sx_buf_release(&s->out);
}

static long status_kb(pid_t pid, const char *field)
{
	char path[64], line[256];
	FILE *f;
	long v = -1;
	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	if (!(f = fopen(path, "r")))
		return -1;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, field, strlen(field)) == 0)
			v = strtol(line + strlen(field) + 1, NULL, 10);
	fclose(f);
	return v;
}

/* The first frame line of the trace at or after t; 0 when none. */
static uint64_t frame_after(const char *trace, uint64_t t)
{
	FILE *f = fopen(trace, "r");
	char line[128];
	uint64_t found = 0;
	if (!f)
		return 0;
	while (fgets(line, sizeof line, f)) {
		unsigned long long ns;
		int keys;
		if (sscanf(line, "F %llu %d", &ns, &keys) == 2 && ns >= t && keys > 0) {
			found = ns;
			break;
		}
	}
	fclose(f);
	return found;
}

/* Frames drawn without a key (streamed text) since `from`. */
static int stream_frames(const char *trace, uint64_t from)
{
	FILE *f = fopen(trace, "r");
	char line[128];
	int n = 0;
	if (!f)
		return 0;
	while (fgets(line, sizeof line, f)) {
		unsigned long long ns;
		int keys;
		if (sscanf(line, "F %llu %d", &ns, &keys) == 2 && ns >= from && keys == 0)
			n++;
	}
	fclose(f);
	return n;
}

static void count_frames(const char *trace, uint64_t from, uint64_t to, int *frames)
{
	FILE *f = fopen(trace, "r");
	char line[128];
	*frames = 0;
	if (!f)
		return;
	while (fgets(line, sizeof line, f)) {
		unsigned long long ns;
		int keys;
		if (sscanf(line, "F %llu %d", &ns, &keys) == 2 && ns >= from && ns <= to)
			(*frames)++;
	}
	fclose(f);
}

/* ------------------------------------------------------------ six agents */

enum { AGENTS = 6, TOKENS_PER_S = 200, STREAM_S = 12 };

static void free_event(void *ev)
{
	sx_event_free(ev);
}

/* Worker: six agents' steps start, then each streams a token every 5 ms
 * (200 a second) until the time is up or the job is cancelled. */
static int synthetic_run(tui_job *job, void **payload, void (**payload_free)(void *), sx_error *err)
{
	static const char *const agents[AGENTS] = {"planner",      "schema_analyst", "sql_expert",
	                                           "python_coder", "qa_validator",   "reflector"};
	uint64_t t0 = sx_now_ns(), next = t0;
	long tick = 0;
	int a;
	(void)payload, (void)payload_free, (void)err;
	for (a = 0; a < AGENTS; a++) {
		sx_event ev = {
		    .type = SX_EV_STEP, .agent = agents[a], .step = agents[a], .text = agents[a]};
		sx_event *copy;
		ev.u.step.status = SX_EVS_STARTED;
		if (sx_event_dup(&ev, &copy) == 0)
			sx_evq_post(job->q, TEV_JOB_EVENT, 0, job->id, 0, NULL, copy,
			            free_event);
	}
	while (!atomic_load(&job->cancel) &&
	       sx_now_ns() - t0 < (uint64_t)STREAM_S * 1000000000ULL) {
		char word[32];
		next += 1000000000ULL / TOKENS_PER_S;
		snprintf(word, sizeof word, "%s%ld ", tick % 12 == 11 ? "\n" : "tok", tick);
		for (a = 0; a < AGENTS; a++) {
			sx_event ev = {.type = a % 3 == 1 ? SX_EV_REASONING : SX_EV_TOKEN,
			               .agent = agents[a],
			               .step = agents[a],
			               .text = word};
			sx_event *copy;
			if (sx_event_dup(&ev, &copy) == 0)
				sx_evq_post(job->q, TEV_JOB_EVENT, 0, job->id, 0, NULL, copy,
				            free_event);
		}
		tick++;
		uint64_t now = sx_now_ns();
		if (next > now)
			usleep((useconds_t)((next - now) / 1000));
	}
	return 0;
}

static void synthetic_event(tui_app *app, tui_job *job, const sx_event *ev)
{
	(void)job;
	tui_run_event(app, ev);
}

/* The child under the pty: the workbench on the Agents screen, fed by the
 * synthetic run. Returns its exit code. */
static int agents_child(const char *ws)
{
	tui_opts o = {.workspace_dir = ws, .label = "bench"};
	tui_app *app = NULL;
	tui_job *job = NULL;
	sx_error err = {0};
	int rc;
	if (tui_app_new(&app, &o, &err)) {
		fprintf(stderr, "bench_tui: %s\n", err.msg);
		return 1;
	}
	tui_app_load_catalog(app);
	if (tui_job_start_fn(app, "six agents", synthetic_run, NULL, NULL, true, NULL, NULL, &job,
	                     &err)) {
		fprintf(stderr, "bench_tui: %s\n", err.msg);
		tui_app_free(app);
		return 1;
	}
	job->on_event = synthetic_event;
	tui_app_set_screen(app, TUI_SCREEN_AGENTS);
	rc = tui_app_run(app);
	tui_app_free(app);
	tui_sql_shutdown();
	return rc;
}

/* Keys written one by one (50 ms apart) and the frame that handled each
 * found in the trace: the latencies in ms, sorted; returns how many. */
static int key_latencies(session *s, const char *trace, const char *keys, double *lat, int n)
{
	int k, nl = 0;
	for (k = 0; k < n; k++) {
		uint64_t t0, tf = 0;
		int tries;
		pump(s, 0);
		t0 = sx_now_ns();
		if (write(s->fd, &keys[k % strlen(keys)], 1) < 0)
			break;
		for (tries = 0; tries < 200 && !tf; tries++) {
			pump(s, 1);
			tf = frame_after(trace, t0);
		}
		if (tf)
			lat[nl++] = ms(tf - t0);
		usleep(50000);
	}
	qsort(lat, (size_t)nl, sizeof *lat, cmp_double);
	return nl;
}

static void bench_agents(const char *ws, const char *trace)
{
	session s;
	double lat[80];
	int nl, frames = 0, k;
	uint64_t s0, s1;
	struct winsize wsz = {48, 160, 0, 0};
	memset(&s, 0, sizeof s);
	unlink(trace);
	s.pid = forkpty(&s.fd, NULL, NULL, &wsz);
	if (s.pid < 0)
		return;
	if (s.pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("SEXTANT_TUI_TRACE", trace, 1);
		_exit(agents_child(ws));
	}
	fcntl(s.fd, F_SETFL, fcntl(s.fd, F_GETFL) | O_NONBLOCK);
	if (!wait_text(&s, 0, "thoughts", 20000)) {
		fprintf(stderr, "bench_tui: the six agents did not show\n");
		stop(&s);
		return;
	}
	/* streaming for a second before the keys */
	for (k = 0; k < 100; k++)
		pump(&s, 10);
	s0 = sx_now_ns();
	nl = key_latencies(&s, trace, "jjjjjkkkkk", lat, 80);
	s1 = sx_now_ns();
	count_frames(trace, s0, s1, &frames);
	{
		int streamed = stream_frames(trace, s0) - stream_frames(trace, s1);
		printf("six agents streaming at %d tokens/s each (%d events/s), 160x48, Agents "
		       "screen:\n",
		       TOKENS_PER_S, TOKENS_PER_S * AGENTS);
		if (nl)
			printf("  keypress to frame: median %.2f ms, p95 %.2f ms, max %.2f ms (%d "
			       "keys)  "
			       "goal: median <= 16\n",
			       lat[nl / 2], lat[(nl * 95) / 100 < nl ? (nl * 95) / 100 : nl - 1],
			       lat[nl - 1], nl);
		else
			printf("  keypress to frame: no frame seen\n");
		printf("  frames: %.1f per second in all, %.1f per second from streamed text alone "
		       "(capped at ~30)\n",
		       frames / ((double)(s1 - s0) / 1e9), streamed / ((double)(s1 - s0) / 1e9));
		printf("  memory while streaming: RSS %.1f MB\n",
		       (double)status_kb(s.pid, "VmRSS:") / 1024.0);
	}
	if (write(s.fd, "\003", 1) < 0) /* C-c: the synthetic run stops */
		kill(s.pid, SIGTERM);
	pump(&s, 200);
	stop(&s);
}

/* ------------------------------------------------------------ 100 runs */

static void bench_history(const char *bin, const char *base)
{
	static const char *const intents[] = {
	    "daily revenue into ClickHouse", "monthly revenue by category",
	    "daily revenue from audit_log", "weekly orders by customer", "daily payments amount"};
	const char *build = getenv("SX_BUILD_DIR");
	char demo[1100], ws[1100], probe[1200], trace[1100];
	struct stat st;
	session s;
	long before, after, hwm;
	int i;
	snprintf(demo, sizeof demo, "%s/data/demo.sqlite", build ? build : ".");
	if (stat(demo, &st) != 0) {
		printf("100 stored runs: skipped (no %s; build the demo)\n", demo);
		return;
	}
	snprintf(ws, sizeof ws, "%s/runs-100", base);
	snprintf(probe, sizeof probe, "%s/100-runs-made", base);
	snprintf(trace, sizeof trace, "%s/trace-runs", base);
	if (stat(probe, &st) != 0) {
		char rm[1300];
		snprintf(rm, sizeof rm, "rm -rf '%s'", ws);
		if (system(rm) != 0)
			return;
		char *an[] = {(char *)bin, (char *)"analyze", demo, (char *)"--workspace", ws,
		              NULL};
		uint64_t t0 = sx_now_ns();
		if (run_cmd(an) != 0) {
			fprintf(stderr, "bench_tui: analyze of the demo failed\n");
			return;
		}
		for (i = 0; i < 100; i++) {
			char *gen[] = {(char *)bin,
			               (char *)"generate",
			               (char *)intents[i % 5],
			               (char *)"--target",
			               (char *)(i % 2 ? "postgresql" : "clickhouse"),
			               (char *)"--provider",
			               (char *)"builtin",
			               (char *)"--workspace",
			               ws,
			               NULL};
			if (run_cmd(gen) < 0) {
				fprintf(stderr, "bench_tui: generate failed\n");
				return;
			}
		}
		printf("100 runs generated (built-in agents) in %.0f ms (cached in %s)\n",
		       ms(sx_now_ns() - t0), ws);
		if (sx_file_write_atomic(probe, "100\n", 4, NULL))
			return;
	}
	if (start(&s, bin, ws, NULL))
		return;
	wait_text(&s, 0, " tables", 20000);
	pump(&s, 500);
	before = status_kb(s.pid, "VmRSS:");
	if (write(s.fd, "9", 1) != 1 || !wait_text(&s, s.out.len, "mean score", 20000)) {
		printf("100 stored runs: the History screen did not load\n");
		stop(&s);
		return;
	}
	pump(&s, 500);
	after = status_kb(s.pid, "VmRSS:");
	hwm = status_kb(s.pid, "VmHWM:");
	printf("100 stored runs: RSS %.1f MB on the map, %.1f MB with History listing them and "
	       "its insights (peak %.1f MB)\n",
	       (double)before / 1024.0, (double)after / 1024.0, (double)hwm / 1024.0);
	stop(&s);
	(void)trace;
}

int main(int argc, char **argv)
{
	const char *bin, *src, *build = getenv("SX_BUILD_DIR");
	char base[1024], ws[1100], db[1100], probe[1200], cfgdir[1100], trace[1100];
	char script[1100], portfile[1100], cmd[4096];
	const char *user_ws = NULL;
	double first[5], shown[5];
	long rss = -1, hwm = -1, rss_s = -1, hwm_s = -1;
	int n = 10000, i, runs = 5;
	struct stat st;
	pid_t fixture = -1;

	if (argc < 3) {
		fprintf(stderr, "usage: bench_tui SEXTANT SOURCE_DIR [N] [--workspace DIR]\n");
		return 2;
	}
	bin = argv[1];
	src = argv[2];
	for (i = 3; i < argc; i++) {
		if (strcmp(argv[i], "--workspace") == 0 && i + 1 < argc)
			user_ws = argv[++i];
		else
			n = atoi(argv[i]);
	}
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);
	snprintf(base, sizeof base, "%s/bench-cache/tui-%d", build ? build : "/tmp", n);
	sx_mkdir_p(base, NULL);
	snprintf(ws, sizeof ws, "%s/ws", user_ws ? user_ws : base);
	if (user_ws)
		snprintf(ws, sizeof ws, "%s", user_ws);
	snprintf(db, sizeof db, "%s/schema.sqlite", base);
	snprintf(probe, sizeof probe, "%s/workspace.db", ws);
	snprintf(cfgdir, sizeof cfgdir, "%s/config", base);
	snprintf(trace, sizeof trace, "%s/trace", base);
	/* the benchmark's own XDG dirs: no user config, history or themes */
	setenv("XDG_CONFIG_HOME", cfgdir, 1);
	snprintf(cmd, sizeof cmd, "%s/data", base);
	setenv("XDG_DATA_HOME", cmd, 1);
	setenv("INPUTRC", "/dev/null", 1);
	setenv("LANG", "C.UTF-8", 1);
	setenv("SEXTANT_API_KEY", "bench", 1);
	setenv("SEXTANT_TUI_STATE", "off", 1); /* every run starts the same */
	unsetenv("NO_COLOR");

	if (!user_ws && stat(probe, &st) != 0) {
		char *av[] = {(char *)bin, (char *)"analyze", db, (char *)"--workspace", ws, NULL};
		uint64_t t0 = sx_now_ns();
		if (make_db(db, n))
			return 1;
		printf("generated %d tables in %.0f ms\n", n, ms(sx_now_ns() - t0));
		t0 = sx_now_ns();
		if (run_cmd(av) != 0) {
			fprintf(stderr, "bench_tui: analyze failed\n");
			return 1;
		}
		printf("analysed (catalog, map, search index) in %.0f ms (built once, cached in %s)\n",
		       ms(sx_now_ns() - t0), base);
	}

	/* 1 + 2: startup and memory */
	for (i = 0; i < runs; i++) {
		session s;
		uint64_t t0 = sx_now_ns(), tf, tc;
		if (start(&s, bin, ws, NULL))
			return 1;
		tf = wait_text(&s, 0, "1 Map", 5000);
		tc = wait_text(&s, 0, " tables", 20000);
		first[i] = tf ? ms(tf - t0) : -1;
		shown[i] = tc ? ms(tc - t0) : -1;
		if (i == runs - 1) {
			/* let the first graph layout finish too */
			wait_text(&s, s.out.len, "hops", 3000);
			pump(&s, 500);
			rss = status_kb(s.pid, "VmRSS:");
			hwm = status_kb(s.pid, "VmHWM:");
			/* and with the search index opened by a first query */
			if (write(s.fd, "scustomer orders\r", 17) == 17 &&
			    wait_text(&s, s.out.len, "why:", 20000)) {
				pump(&s, 300);
				rss_s = status_kb(s.pid, "VmRSS:");
				hwm_s = status_kb(s.pid, "VmHWM:");
			}
		}
		stop(&s);
	}
	qsort(first, (size_t)runs, sizeof *first, cmp_double);
	qsort(shown, (size_t)runs, sizeof *shown, cmp_double);
	printf("tables: %d (workspace %s)\n", n, ws);
	printf("start to first frame:    median %.1f ms  (min %.1f, max %.1f; %d runs)  goal <= 150\n",
	       first[runs / 2], first[0], first[runs - 1], runs);
	printf("start to catalog shown:  median %.1f ms  (min %.1f, max %.1f)\n", shown[runs / 2],
	       shown[0], shown[runs - 1]);
	printf("memory with the tables loaded: RSS %.1f MB, peak %.1f MB  goal <= 150\n",
	       (double)rss / 1024.0, (double)hwm / 1024.0);
	printf("memory after a first search (index opened): RSS %.1f MB, peak %.1f MB\n",
	       (double)rss_s / 1024.0, (double)hwm_s / 1024.0);

	/* 3: keypress-to-frame while a stream runs */
	{
		FILE *f;
		char port[32] = "";
		session s;
		double lat[60];
		int k, nl = 0, frames = 0;
		uint64_t s0, s1;

		snprintf(script, sizeof script, "%s/stream.json", base);
		snprintf(portfile, sizeof portfile, "%s/port", base);
		unlink(portfile);
		if (!(f = fopen(script, "w")))
			return 1;
		/* ~60 tokens a second for half a minute */
		fputs("{\"chat\": [{\"events\": [", f);
		for (k = 0; k < 1800; k++)
			fprintf(f, "%s{\"content\": \"token %d \"}, {\"delay_ms\": 16}", k ? ", " : "", k);
		fputs(", {\"finish\": \"stop\"}, {\"done\": true}]}]}\n", f);
		fclose(f);
		fixture = fork();
		if (fixture == 0) {
			char fx[1200];
			int nul = open("/dev/null", O_WRONLY);
			dup2(nul, 1);
			dup2(nul, 2);
			snprintf(fx, sizeof fx, "%s/tests/fixtures/openai_fixture.py", src);
			execlp("python3", "python3", fx, "--script", script, "--port-file", portfile,
			       (char *)NULL);
			_exit(127);
		}
		for (k = 0; k < 100 && !port[0]; k++) {
			usleep(100000);
			if ((f = fopen(portfile, "r")) != NULL) {
				if (!fgets(port, sizeof port, f))
					port[0] = 0;
				fclose(f);
			}
		}
		if (!port[0]) {
			fprintf(stderr, "bench_tui: the fixture server did not start\n");
			kill(fixture, SIGTERM);
			return 1;
		}
		port[strcspn(port, "\n")] = 0;
		snprintf(cmd, sizeof cmd, "%s/sextant", cfgdir);
		sx_mkdir_p(cmd, NULL);
		snprintf(cmd, sizeof cmd, "%s/sextant/config.ini", cfgdir);
		if (!(f = fopen(cmd, "w")))
			return 1;
		fprintf(f, "[llm]\nbase_url = http://127.0.0.1:%s/v1\nmodel = fixture-model\n", port);
		fclose(f);

		if (start(&s, bin, ws, trace))
			return 1;
		wait_text(&s, 0, " tables", 20000);
		pump(&s, 1000);
		s0 = sx_now_ns();
		if (write(s.fd, ":chat go\r", 9) < 0)
			return 1;
		/* the stream runs once frames come without keys */
		for (k = 0; k < 1000 && stream_frames(trace, s0) < 20; k++)
			pump(&s, 10);
		if (stream_frames(trace, s0) < 20) {
			fprintf(stderr, "bench_tui: the stream did not start\n");
			stop(&s);
			kill(fixture, SIGTERM);
			return 1;
		}
		s0 = sx_now_ns();
		for (k = 0; k < 60; k++) {
			uint64_t t0, tf = 0;
			int tries;
			pump(&s, 0);
			t0 = sx_now_ns();
			/* k and j scroll the output; both make a frame */
			if (write(s.fd, k % 2 ? "j" : "k", 1) < 0)
				break;
			for (tries = 0; tries < 200 && !tf; tries++) {
				pump(&s, 1);
				tf = frame_after(trace, t0);
			}
			if (tf)
				lat[nl++] = ms(tf - t0);
			usleep(50000);
		}
		s1 = sx_now_ns();
		count_frames(trace, s0, s1, &frames);
		printf("frames from streamed text alone while keys were measured: %d (%.1f per second)\n",
		       stream_frames(trace, s0) - stream_frames(trace, s1),
		       (stream_frames(trace, s0) - stream_frames(trace, s1)) /
			       ((double)(s1 - s0) / 1e9));
		stop(&s);
		kill(fixture, SIGTERM);
		waitpid(fixture, NULL, 0);
		if (nl) {
			qsort(lat, (size_t)nl, sizeof *lat, cmp_double);
			printf("keypress to frame during a stream: median %.2f ms, p95 %.2f ms, max %.2f ms "
			       "(%d keys)  goal <= 16\n",
			       lat[nl / 2], lat[(nl * 95) / 100 < nl ? (nl * 95) / 100 : nl - 1],
			       lat[nl - 1], nl);
			printf("frames drawn during the stream: %.1f per second (cap ~30 for streamed text, "
			       "plus one per key)\n",
			       frames / ((double)(s1 - s0) / 1e9));
		} else {
			printf("keypress to frame during a stream: no frame seen\n");
		}
	}

	/* 4: six agents at once; 5: memory with 100 stored runs */
	bench_agents(ws, trace);
	bench_history(bin, base);
	return 0;
}
