/*
 * cli.h - the seam between the CLI and the interactive workbench, and the
 * CLI's rendering of command events (events.c).
 */
#ifndef SX_CLI_H
#define SX_CLI_H

#include <sextant/commands.h>
#include <sextant/core.h>

/* --events MODE (docs/cli.md). */
typedef enum {
	SX_CLI_EV_TEXT = 0, /* readable lines on stderr (the default) */
	SX_CLI_EV_JSONL,    /* one JSON object a line on stderr */
	SX_CLI_EV_NONE      /* nothing on stderr but errors */
} sx_cli_ev_mode;

/* The state of the event rendering of one command run. */
typedef struct sx_cli_events {
	sx_cli_ev_mode mode;
	bool tty_err;          /* draw the progress line */
	bool color_out;        /* escapes on stdout (a terminal, no NO_COLOR) */
	bool color_err;        /* escapes on stderr */
	bool bar_active;       /* the progress line is on screen */
	uint64_t bar_ns;
	char json_stage[64];   /* progress throttling of jsonl */
	uint64_t json_ns;
	bool bol;              /* stderr is at the start of a line */
	char *line_agent;      /* whose token line is open */
	FILE *out, *err;
} sx_cli_events;

/* "text", "jsonl", "none" (NULL: text); SX_EUSAGE for anything else. */
int sx_cli_events_mode(const char *name, sx_cli_ev_mode *out);
void sx_cli_events_init(sx_cli_events *ce, sx_cli_ev_mode mode, bool tty_out, bool tty_err,
			bool no_color);
/* sx_cmd_ctx.event; payload is the sx_cli_events. */
void sx_cli_event(void *payload, const sx_event *ev);
/* sx_cmd_ctx.stream as before events (payload non-NULL: colour stdout). */
void sx_cli_stream_out(void *payload, sx_stream_kind kind, const char *text, size_t len);
/* Clears the progress line and ends an open token line. */
void sx_cli_events_end(sx_cli_events *ce);
/* The end of the run: sx_cli_events_end, and with jsonl the "done" line
 * (code and message null when rc is 0). */
void sx_cli_events_finish(sx_cli_events *ce, int rc, const char *msg);
void sx_cli_events_release(sx_cli_events *ce);

#endif
