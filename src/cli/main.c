/*
 * main.c - the `sextant` executable: argv -> command table -> text or JSON.
 *
 * Non-interactive commands never start curses (calcurse's rule): the TUI is
 * only entered when no command is given. Progress goes to stderr as one
 * rewritten line, only when stderr is a terminal. Results go to stdout.
 * Exit codes: 0 ok, 1 failure, 2 usage.
 */
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sextant/commands.h>
#include <sextant/core.h>
#include <sextant/store.h>

#include <sextant/tui.h>

/* "ncurses 6.4.20230625", or NULL in a build without the workbench
 * (curses_version.c or noui.c): the engine never links curses. */
const char *sx_cli_curses_version(void);

static volatile int cancel_flag;
static volatile sig_atomic_t interrupts;

static void on_sigint(int sig)
{
	(void)sig;
	cancel_flag = 1;
	/* A second Ctrl-C while the job winds down ends the process. */
	if (++interrupts >= 2) {
		signal(SIGINT, SIG_DFL);
		raise(SIGINT);
	}
}

struct progress_line {
	bool active;
	uint64_t last_ns;
};

static void progress_report(void *payload, const char *stage, int64_t done, int64_t total)
{
	struct progress_line *pl = payload;
	uint64_t now = sx_now_ns();
	char line[160];
	int w = 0;

	/* at most 20 updates a second, but always the final one */
	if (pl->active && done < total && now - pl->last_ns < 50000000ULL)
		return;
	pl->last_ns = now;
	if (total > 0) {
		int pct = (int)(done * 100 / total), bar = pct / 5, i;
		w = snprintf(line, sizeof line, "\r%-24.24s [", stage);
		for (i = 0; i < 20 && w < (int)sizeof line - 2; i++)
			line[w++] = i < bar ? '#' : '.';
		w += snprintf(line + w, sizeof line - (size_t)w, "] %3d%%", pct);
	} else {
		w = snprintf(line, sizeof line, "\r%-40.40s", stage);
	}
	fputs(line, stderr);
	fputs("\033[K", stderr);
	fflush(stderr);
	pl->active = true;
}

static void progress_end(struct progress_line *pl)
{
	if (pl->active) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
		pl->active = false;
	}
}

static void stream_out(void *payload, sx_stream_kind kind, const char *text, size_t len)
{
	bool tty = payload != NULL;
	sx_buf b = SX_BUF_INIT;
	/* untrusted model output: sanitise, keep newlines */
	sx_buf_put_sanitized(&b, text, len, true);
	if (kind == SX_STREAM_REASONING && tty)
		fputs("\033[2m", stdout);
	if (kind == SX_STREAM_INFO && !tty) {
		fputs(sx_buf_cstr(&b), stderr);
	} else {
		fputs(sx_buf_cstr(&b), stdout);
	}
	if (kind == SX_STREAM_REASONING && tty)
		fputs("\033[0m", stdout);
	fflush(stdout);
	sx_buf_release(&b);
}

static int usage_error(const char *msg)
{
	fprintf(stderr, "sextant: %s\n", msg);
	return 2;
}

static bool ask_yes(const char *question)
{
	char line[16];
	fprintf(stderr, "%s [y/N] ", question);
	fflush(stderr);
	if (!fgets(line, sizeof line, stdin))
		return false;
	return line[0] == 'y' || line[0] == 'Y';
}

int main(int argc, char **argv)
{
	const sx_cmd_entry *e;
	sx_args args;
	sx_error err = {0};
	sx_config *cfg = NULL;
	sx_cmd_ctx ctx = {0};
	struct progress_line pl = {0};
	sx_progress prog;
	cJSON *result = NULL;
	bool json, tty_err = isatty(2), tty_out = isatty(1);
	int rc;

	setlocale(LC_ALL, "");
	if (argc >= 2 && (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0)) {
		sx_buf b = SX_BUF_INIT;
		sx_cmd_version(&b);
		fputs(sx_buf_cstr(&b), stdout);
		sx_buf_release(&b);
		if (sx_cli_curses_version())
			printf("%s\n", sx_cli_curses_version());
		return 0;
	}
	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
			  strcmp(argv[1], "help") == 0)) {
		sx_buf b = SX_BUF_INIT;
		e = argc >= 3 ? sx_cmd_find(argv[2]) : NULL;
		sx_cmd_usage(e, &b);
		fputs(sx_buf_cstr(&b), stdout);
		sx_buf_release(&b);
		return 0;
	}
	if (argc < 2 || argv[1][0] == '-' || !sx_cmd_find(argv[1]))
		return sx_tui_main(argc, argv);

	e = sx_cmd_find(argv[1]);
	if ((rc = sx_cmd_parse(e, argc - 2, argv + 2, &args, &err)))
		return rc == SX_EUSAGE ? usage_error(err.msg) : (fprintf(stderr, "sextant: %s\n", err.msg), 1);
	if (sx_args_flag(&args, "help")) {
		sx_buf b = SX_BUF_INIT;
		sx_cmd_usage(e, &b);
		fputs(sx_buf_cstr(&b), stdout);
		sx_buf_release(&b);
		sx_args_release(&args);
		return 0;
	}
	json = sx_args_flag(&args, "json");
	if ((rc = sx_config_load(&cfg, sx_args_get(&args, "config"), &err))) {
		fprintf(stderr, "sextant: %s\n", err.msg);
		sx_args_release(&args);
		return 1;
	}
	sx_log_open(NULL, SX_LOG_INFO, NULL); /* a log we cannot open is not fatal */
	sx_info("sextant %s: %s", SX_VERSION, e->name);

	signal(SIGINT, on_sigint);
	signal(SIGPIPE, SIG_IGN);
	prog.report = progress_report;
	prog.payload = &pl;
	prog.cancel = &cancel_flag;
	ctx.workspace_dir = sx_args_get(&args, "workspace");
	ctx.config = cfg;
	ctx.progress = tty_err ? &prog : NULL;
	ctx.json = json;
	ctx.interactive = tty_err && isatty(0);
	ctx.cancel = &cancel_flag;
	ctx.in = stdin;
	if (e->flags & SX_CMD_STREAMS) {
		ctx.stream = stream_out;
		ctx.stream_payload = (tty_out && !getenv("NO_COLOR")) ? (void *)1 : NULL;
	}
	if (!ctx.progress) {
		/* still honour Ctrl-C without drawing anything */
		static sx_progress quiet;
		quiet.cancel = &cancel_flag;
		ctx.progress = &quiet;
	}

	rc = sx_cmd_run(e, &ctx, &args, &result, &err);
	progress_end(&pl);
	if (rc == SX_ECORRUPT && ctx.interactive && (err.flags & SX_ERRF_REBUILD)) {
		fprintf(stderr, "sextant: %s\n", err.msg);
		if (ask_yes("Move the damaged workspace aside and start a fresh one now?")) {
			char dir[1024], backup[1300];
			sx_error e2 = {0};
			if (sx_store_resolve_dir(ctx.workspace_dir, dir, sizeof dir, &e2) == 0 &&
			    sx_store_rebuild(dir, backup, sizeof backup, &e2) == 0) {
				fprintf(stderr, "moved it to %s; running '%s' again\n", backup, e->name);
				sx_error_clear(&err);
				rc = sx_cmd_run(e, &ctx, &args, &result, &err);
				progress_end(&pl);
			} else {
				fprintf(stderr, "sextant: %s\n", e2.msg);
			}
		}
		if (rc == SX_ECORRUPT) {
			cJSON_Delete(result);
			sx_args_release(&args);
			sx_config_free(cfg);
			return 1;
		}
	}
	if (rc) {
		sx_warn("%s failed: %s", e->name, err.msg);
		/* a failed command may still have a report (doctor's checks) */
		if (json && result) {
			sx_json_add_str(result, "error", err.msg);
			sx_json_add_str(result, "code", sx_error_name(rc));
			sx_json_print(stdout, result, false);
		} else if (result) {
			sx_buf b = SX_BUF_INIT;
			sx_cmd_render(e, result, &b);
			fputs(sx_buf_cstr(&b), stdout);
			sx_buf_release(&b);
		} else if (json) {
			cJSON *o = cJSON_CreateObject();
			sx_json_add_str(o, "error", err.msg);
			sx_json_add_str(o, "code", sx_error_name(rc));
			sx_json_print(stdout, o, false);
			cJSON_Delete(o);
		}
		fprintf(stderr, "sextant: %s\n", err.msg);
	} else if (result) {
		if (json) {
			sx_json_print(stdout, result, false);
		} else {
			sx_buf b = SX_BUF_INIT;
			sx_cmd_render(e, result, &b);
			fputs(sx_buf_cstr(&b), stdout);
			sx_buf_release(&b);
		}
	}
	cJSON_Delete(result);
	sx_args_release(&args);
	sx_config_free(cfg);
	sx_log_close();
	if (fflush(stdout) != 0 && !rc)
		rc = SX_EIO;
	return rc == 0 ? 0 : rc == SX_EUSAGE ? 2 : 1;
}
