/*
 * main.c - the `sextant` executable: argv -> command table -> text or JSON.
 *
 * Non-interactive commands never start curses (calcurse's rule): the TUI is
 * only entered when no command is given. Results go to stdout; what a
 * command reports on the way (progress, streamed text, agent steps) arrives
 * as typed events that events.c renders by --events: readable lines (the
 * progress line only when stderr is a terminal), JSON Lines, or nothing.
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

#include "cli.h"

/* Ctrl-C: the handler may only touch lock-free atomics and sig_atomic_t
 * (C11 7.14.1.1), so the command's cancel flag must be lock-free. */
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "the cancel flag must be lock-free");
static atomic_int cancel_flag;

/* "ncurses 6.4.20230625", or NULL in a build without the workbench
 * (curses_version.c or noui.c): the engine never links curses. */
const char *sx_cli_curses_version(void);
static volatile sig_atomic_t interrupts;

static void on_sigint(int sig)
{
	(void)sig;
	atomic_store(&cancel_flag, 1);
	/* A second Ctrl-C while the job winds down ends the process. */
	if (++interrupts >= 2) {
		signal(SIGINT, SIG_DFL);
		raise(SIGINT);
	}
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
	sx_cli_events evs;
	sx_cli_ev_mode ev_mode;
	sx_progress prog = {0};
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
	/* `sextant -w DIR analyze x`: move the command word to the front; the
	 * options keep their order and the parser takes them anywhere */
	if ((rc = sx_cmd_locate(argc, argv)) > 1) {
		char *cmd = argv[rc];
		memmove(argv + 2, argv + 1, (size_t)(rc - 1) * sizeof *argv);
		argv[1] = cmd;
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
	if (sx_cli_events_mode(sx_args_get(&args, "events"), &ev_mode)) {
		sx_args_release(&args);
		return usage_error("--events takes text, jsonl or none");
	}
	if ((rc = sx_config_load(&cfg, sx_args_get(&args, "config"), &err))) {
		fprintf(stderr, "sextant: %s\n", err.msg);
		sx_args_release(&args);
		return 1;
	}
	sx_log_open(NULL, SX_LOG_INFO, NULL); /* a log we cannot open is not fatal */
	sx_info("sextant %s: %s", SX_VERSION, e->name);

	signal(SIGINT, on_sigint);
	signal(SIGPIPE, SIG_IGN);
	sx_cli_events_init(&evs, ev_mode, tty_out, tty_err, getenv("NO_COLOR") != NULL);
	/* reports arrive as events (sx_cmd_run bridges sx_progress); this
	 * progress only carries Ctrl-C */
	prog.cancel = &cancel_flag;
	ctx.workspace_dir = sx_args_get(&args, "workspace");
	ctx.config = cfg;
	ctx.progress = &prog;
	ctx.json = json;
	ctx.interactive = tty_err && isatty(0);
	ctx.cancel = &cancel_flag;
	ctx.in = stdin;
	ctx.event = sx_cli_event;
	ctx.event_payload = &evs;
	if (e->flags & SX_CMD_STREAMS) {
		/* says that streamed output is welcome; it arrives as events */
		ctx.stream = sx_cli_stream_out;
		ctx.stream_payload = evs.color_out ? (void *)1 : NULL;
	}

	rc = sx_cmd_run(e, &ctx, &args, &result, &err);
	sx_cli_events_end(&evs);
	if (rc == SX_ECORRUPT && ctx.interactive && (err.flags & SX_ERRF_REBUILD)) {
		fprintf(stderr, "sextant: %s\n", err.msg);
		if (ask_yes("Move the damaged workspace aside and start a fresh one now?")) {
			/* the same rebuild as `sextant workspace rebuild`, which also
			 * salvages the history and the relationship decisions */
			const sx_cmd_entry *we = sx_cmd_find("workspace");
			char *wargv[] = { "rebuild", NULL };
			sx_args wargs = {0};
			cJSON *wres = NULL;
			sx_error e2 = {0};
			if (we && sx_cmd_parse(we, 1, wargv, &wargs, &e2) == 0 &&
			    sx_cmd_run(we, &ctx, &wargs, &wres, &e2) == 0) {
				sx_buf b = SX_BUF_INIT;
				sx_cmd_render(we, wres, &b);
				fputs(sx_buf_cstr(&b), stderr);
				sx_buf_release(&b);
				fprintf(stderr, "running '%s' again\n", e->name);
				sx_error_clear(&err);
				rc = sx_cmd_run(e, &ctx, &args, &result, &err);
				sx_cli_events_end(&evs);
			} else {
				fprintf(stderr, "sextant: %s\n", e2.msg);
			}
			cJSON_Delete(wres);
			sx_args_release(&wargs);
		}
		if (rc == SX_ECORRUPT) {
			sx_cli_events_finish(&evs, rc, err.msg);
			sx_cli_events_release(&evs);
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
		/* with jsonl the error is the "done" line, stderr stays JSON */
		if (ev_mode != SX_CLI_EV_JSONL)
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
	sx_cli_events_finish(&evs, rc, err.msg);
	sx_cli_events_release(&evs);
	/* a gated command (generate) succeeded but its result fell short */
	bool short_of_gate = !rc && (e->flags & SX_CMD_GATED) && result &&
			     cJSON_IsFalse(cJSON_GetObjectItem(result, "passed"));
	cJSON_Delete(result);
	sx_args_release(&args);
	sx_config_free(cfg);
	sx_log_close();
	if (fflush(stdout) != 0 && !rc)
		rc = SX_EIO;
	if (short_of_gate)
		return 1;
	return rc == 0 ? 0 : rc == SX_EUSAGE ? 2 : 1;
}
