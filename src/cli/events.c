/*
 * events.c - how the CLI shows the typed events of a command (--events).
 *
 * The command's ctx->event is sx_cli_event; everything a command reports
 * arrives here on the command's thread (the CLI has only that one):
 *
 * - text (the default): progress is the one rewritten line on stderr, only
 *   when stderr is a terminal; a command's own streamed text (tokens,
 *   reasoning and info lines without an agent) goes where it always went,
 *   stdout, reasoning dimmed on a terminal; every other event is one
 *   readable line on stderr, "[agent] what happened", sanitized, coloured
 *   only on a terminal and never with NO_COLOR. Agents' token deltas are
 *   assembled into such lines, the prefix repeated at each line start.
 * - jsonl: stderr carries only JSON objects, one a line (sx_event_to_json),
 *   progress throttled to ten a second, and a last "done" line with the
 *   error code and message (null on success). Streamed answer text still
 *   goes to stdout as well, so the output of the command is unchanged.
 * - none: no progress and no event lines; streamed output is unchanged.
 *
 * Before events existed, the same output came from a progress callback and
 * a stream callback; the default mode keeps those bytes identical.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int sx_cli_events_mode(const char *name, sx_cli_ev_mode *out)
{
	if (!name || strcmp(name, "text") == 0)
		*out = SX_CLI_EV_TEXT;
	else if (strcmp(name, "jsonl") == 0)
		*out = SX_CLI_EV_JSONL;
	else if (strcmp(name, "none") == 0)
		*out = SX_CLI_EV_NONE;
	else
		return SX_EUSAGE;
	return 0;
}

void sx_cli_events_init(sx_cli_events *ce, sx_cli_ev_mode mode, bool tty_out, bool tty_err,
			bool no_color)
{
	memset(ce, 0, sizeof *ce);
	ce->mode = mode;
	ce->tty_err = tty_err;
	ce->color_out = tty_out && !no_color;
	ce->color_err = tty_err && !no_color;
	ce->bol = true;
	ce->out = stdout;
	ce->err = stderr;
}

/* ------------------------------------------------------------ text */

/* A command's own streamed text: stdout, info lines on stderr when stdout
 * is not a terminal, reasoning dimmed on one. */
static void stream_to(FILE *out, FILE *err, bool tty, sx_stream_kind kind, const char *text,
		      size_t len)
{
	sx_buf b = SX_BUF_INIT;
	/* untrusted model output: sanitise, keep newlines */
	sx_buf_put_sanitized(&b, text, len, true);
	if (kind == SX_STREAM_REASONING && tty)
		fputs("\033[2m", out);
	if (kind == SX_STREAM_INFO && !tty) {
		fputs(sx_buf_cstr(&b), err);
	} else {
		fputs(sx_buf_cstr(&b), out);
	}
	if (kind == SX_STREAM_REASONING && tty)
		fputs("\033[0m", out);
	fflush(out);
	sx_buf_release(&b);
}

void sx_cli_stream_out(void *payload, sx_stream_kind kind, const char *text, size_t len)
{
	stream_to(stdout, stderr, payload != NULL, kind, text, len);
}

/* The rewritten progress line of a terminal. */
static void progress_line(sx_cli_events *ce, const char *stage, int64_t done, int64_t total)
{
	uint64_t now = sx_now_ns();
	char line[160];
	int w = 0;

	/* at most 20 updates a second, but always the final one */
	if (ce->bar_active && done < total && now - ce->bar_ns < 50000000ULL)
		return;
	ce->bar_ns = now;
	if (total > 0) {
		int pct = (int)(done * 100 / total), bar = pct / 5, i;
		w = snprintf(line, sizeof line, "\r%-24.24s [", stage);
		for (i = 0; i < 20 && w < (int)sizeof line - 2; i++)
			line[w++] = i < bar ? '#' : '.';
		w += snprintf(line + w, sizeof line - (size_t)w, "] %3d%%", pct);
	} else {
		w = snprintf(line, sizeof line, "\r%-40.40s", stage);
	}
	fputs(line, ce->err);
	fputs("\033[K", ce->err);
	fflush(ce->err);
	ce->bar_active = true;
}

void sx_cli_events_end(sx_cli_events *ce)
{
	if (ce->bar_active) {
		fputs("\r\033[K", ce->err);
		fflush(ce->err);
		ce->bar_active = false;
	}
	if (!ce->bol) {
		fputc('\n', ce->err);
		fflush(ce->err);
		ce->bol = true;
	}
}

static bool same_agent(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* An agent's token or reasoning delta: lines of "[agent] text". */
static void agent_text(sx_cli_events *ce, const sx_event *ev)
{
	bool dim = ce->color_err && ev->type == SX_EV_REASONING;
	sx_buf b = SX_BUF_INIT, prefix = SX_BUF_INIT;
	const char *p, *nl;

	if (!ce->bol && !same_agent(ce->line_agent, ev->agent)) {
		fputc('\n', ce->err);
		ce->bol = true;
	}
	free(ce->line_agent);
	ce->line_agent = sx_strdup(ev->agent);
	sx_event_render_prefix(ev, ce->color_err, &prefix);
	sx_buf_put_sanitized(&b, ev->text, ev->len ? ev->len : strlen(ev->text), true);
	for (p = sx_buf_cstr(&b); *p; p = nl ? nl + 1 : p + strlen(p)) {
		size_t n;
		nl = strchr(p, '\n');
		n = nl ? (size_t)(nl - p) : strlen(p);
		if (n && ce->bol) {
			fwrite(prefix.ptr, 1, prefix.len, ce->err);
			ce->bol = false;
		}
		if (n) {
			if (dim)
				fputs("\033[2m", ce->err);
			fwrite(p, 1, n, ce->err);
			if (dim)
				fputs("\033[0m", ce->err);
		}
		if (nl) {
			fputc('\n', ce->err);
			ce->bol = true;
		}
	}
	fflush(ce->err);
	sx_buf_release(&b);
	sx_buf_release(&prefix);
}

static void text_event(sx_cli_events *ce, const sx_event *ev)
{
	sx_buf b = SX_BUF_INIT;
	bool own_output = !ev->agent && (ev->type == SX_EV_TOKEN || ev->type == SX_EV_REASONING ||
					 (ev->type == SX_EV_LOG && ev->u.log.level <= SX_LOG_INFO));

	if (own_output) {
		if (ev->text)
			stream_to(ce->out, ce->err, ce->color_out,
				  ev->type == SX_EV_TOKEN       ? SX_STREAM_TEXT
				  : ev->type == SX_EV_REASONING ? SX_STREAM_REASONING
								: SX_STREAM_INFO,
				  ev->text, ev->len ? ev->len : strlen(ev->text));
		return;
	}
	if (ce->mode == SX_CLI_EV_NONE)
		return;
	if (ev->type == SX_EV_PROGRESS) {
		if (ce->tty_err)
			progress_line(ce, ev->text ? ev->text : "", ev->a, ev->b);
		return;
	}
	/* a line of its own: off with the progress line first */
	if (ce->bar_active) {
		fputs("\r\033[K", ce->err);
		ce->bar_active = false;
	}
	if (ev->type == SX_EV_TOKEN || ev->type == SX_EV_REASONING) {
		if (ev->text)
			agent_text(ce, ev);
		return;
	}
	if (!ce->bol) {
		fputc('\n', ce->err);
		ce->bol = true;
	}
	sx_event_render_text(ev, ce->color_err, &b);
	fputs(sx_buf_cstr(&b), ce->err);
	fflush(ce->err);
	sx_buf_release(&b);
}

/* ------------------------------------------------------------ JSON Lines */

static void json_line(sx_cli_events *ce, const sx_event *ev)
{
	cJSON *o = sx_event_to_json(ev);
	char *s = o ? cJSON_PrintUnformatted(o) : NULL;
	if (s) {
		fputs(s, ce->err);
		fputc('\n', ce->err);
		fflush(ce->err);
	}
	free(s);
	cJSON_Delete(o);
}

static void jsonl_event(sx_cli_events *ce, const sx_event *ev)
{
	if (ev->type == SX_EV_PROGRESS) {
		uint64_t now = sx_now_ns();
		const char *stage = ev->text ? ev->text : "";
		bool new_stage = strncmp(stage, ce->json_stage, sizeof ce->json_stage - 1) != 0;
		/* every stage's first and last report, ten a second between */
		if (!new_stage && ev->a > 0 && ev->a < ev->b && now - ce->json_ns < 100000000ULL)
			return;
		ce->json_ns = now;
		snprintf(ce->json_stage, sizeof ce->json_stage, "%s", stage);
	}
	/* the command's own streamed answer is its output: stdout keeps it */
	if (!ev->agent && (ev->type == SX_EV_TOKEN || ev->type == SX_EV_REASONING) && ev->text)
		stream_to(ce->out, ce->err, ce->color_out,
			  ev->type == SX_EV_TOKEN ? SX_STREAM_TEXT : SX_STREAM_REASONING, ev->text,
			  ev->len ? ev->len : strlen(ev->text));
	json_line(ce, ev);
}

void sx_cli_event(void *payload, const sx_event *ev)
{
	sx_cli_events *ce = payload;
	if (ce->mode == SX_CLI_EV_JSONL)
		jsonl_event(ce, ev);
	else
		text_event(ce, ev);
}

void sx_cli_events_finish(sx_cli_events *ce, int rc, const char *msg)
{
	sx_event ev = {0};
	sx_cli_events_end(ce);
	if (ce->mode != SX_CLI_EV_JSONL)
		return;
	ev.type = SX_EV_DONE;
	ev.code = rc;
	ev.text = rc ? msg : NULL;
	json_line(ce, &ev);
}

void sx_cli_events_release(sx_cli_events *ce)
{
	free(ce->line_agent);
	ce->line_agent = NULL;
}
