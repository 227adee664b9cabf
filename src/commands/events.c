/*
 * events.c - how commands emit typed events through sx_cmd_ctx.
 *
 * One direction only: commands (and, next, agents) emit events; the older
 * interfaces are fed from them. With ctx->event set, every event goes
 * there and nothing else is called, so a caller has one path to handle
 * (the CLI renders it, the TUI posts it to its queue). Without it, the
 * bridge in sx_cmd_emit turns tokens, reasoning and info logs into
 * ctx->stream calls and progress into ctx->progress, exactly what the
 * commands called before events existed, so callers that set only those
 * see the same bytes as before.
 *
 * Progress that engine modules report through an sx_progress (the readers,
 * the map) reaches ctx->event because sx_cmd_run installs a bridging
 * sx_progress for the run (sx__cmd_progress_bridge).
 */
#include <stdarg.h>
#include <string.h>

#include "commands_int.h"

/* Fills the tags from the context where the event has none. */
static void tag(const sx_cmd_ctx *ctx, sx_event *ev)
{
	if (!ev->run)
		ev->run = ctx->run_id;
	if (!ev->agent)
		ev->agent = ctx->agent;
	if (!ev->step)
		ev->step = ctx->step_id;
}

/* No event callback: what the older interfaces can carry. */
static void bridge(const sx_cmd_ctx *ctx, const sx_event *ev)
{
	size_t len = !ev->text ? 0 : ev->len ? ev->len : strlen(ev->text);
	sx_stream_kind kind;

	switch (ev->type) {
	case SX_EV_PROGRESS:
		sx_progress_report(ctx->progress, ev->text ? ev->text : "", ev->a, ev->b);
		return;
	case SX_EV_TOKEN:
		kind = SX_STREAM_TEXT;
		break;
	case SX_EV_REASONING:
		kind = SX_STREAM_REASONING;
		break;
	case SX_EV_LOG:
		kind = SX_STREAM_INFO;
		break;
	default:
		return;
	}
	if (ctx->stream && len)
		ctx->stream(ctx->stream_payload, kind, ev->text, len);
}

void sx_cmd_emit(const sx_cmd_ctx *ctx, const sx_event *ev)
{
	sx_event e;
	if (!ctx || !ev)
		return;
	if (!ctx->event) {
		bridge(ctx, ev);
		return;
	}
	e = *ev;
	e.next = NULL;
	tag(ctx, &e);
	ctx->event(ctx->event_payload, &e);
}

void sx_cmd_emit_text(const sx_cmd_ctx *ctx, sx_stream_kind kind, const char *text, size_t len)
{
	sx_event ev = {0};
	if (!text || !len)
		return;
	ev.type = kind == SX_STREAM_REASONING ? SX_EV_REASONING
		  : kind == SX_STREAM_INFO    ? SX_EV_LOG
					      : SX_EV_TOKEN;
	if (ev.type == SX_EV_LOG)
		ev.u.log.level = SX_LOG_INFO;
	ev.text = text;
	ev.len = len;
	sx_cmd_emit(ctx, &ev);
}

void sx_cmd_emit_progress(const sx_cmd_ctx *ctx, const char *stage, int64_t done, int64_t total)
{
	sx_event ev = {0};
	ev.type = SX_EV_PROGRESS;
	ev.text = stage;
	ev.a = done;
	ev.b = total;
	sx_cmd_emit(ctx, &ev);
}

void sx_cmd_emit_log(const sx_cmd_ctx *ctx, sx_log_level level, const char *fmt, ...)
{
	sx_buf b = SX_BUF_INIT;
	sx_event ev = {0};
	va_list ap;
	va_start(ap, fmt);
	sx_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (!sx_buf_failed(&b)) {
		ev.type = SX_EV_LOG;
		ev.u.log.level = (int)level;
		ev.text = sx_buf_cstr(&b);
		sx_cmd_emit(ctx, &ev);
	}
	sx_buf_release(&b);
}

void sx_cmd_emit_step(const sx_cmd_ctx *ctx, sx_ev_status status, const char *title, int64_t ms)
{
	sx_event ev = {0};
	ev.type = SX_EV_STEP;
	ev.text = title;
	ev.u.step.status = status;
	ev.u.step.ms = ms;
	sx_cmd_emit(ctx, &ev);
}

void sx_cmd_emit_tool(const sx_cmd_ctx *ctx, sx_ev_status status, const char *name,
		      const char *args, const char *result, int64_t ms)
{
	sx_event ev = {0};
	ev.type = SX_EV_TOOL;
	ev.u.tool.status = status;
	ev.u.tool.name = name;
	ev.u.tool.args = args;
	ev.u.tool.result = result;
	ev.u.tool.ms = ms;
	sx_cmd_emit(ctx, &ev);
}

void sx_cmd_emit_artifact(const sx_cmd_ctx *ctx, const char *kind, const char *name)
{
	sx_event ev = {0};
	ev.type = SX_EV_ARTIFACT;
	ev.u.artifact.kind = kind;
	ev.u.artifact.name = name;
	sx_cmd_emit(ctx, &ev);
}

void sx_cmd_emit_finding(const sx_cmd_ctx *ctx, int severity, int category, const char *rule,
			 const char *message)
{
	sx_event ev = {0};
	ev.type = SX_EV_FINDING;
	ev.u.finding.severity = severity;
	ev.u.finding.category = category;
	ev.u.finding.rule = rule;
	ev.text = message;
	sx_cmd_emit(ctx, &ev);
}

void sx_cmd_emit_score(const sx_cmd_ctx *ctx, double value, int iteration)
{
	sx_event ev = {0};
	ev.type = SX_EV_SCORE;
	ev.u.score.value = value;
	ev.u.score.iteration = iteration;
	sx_cmd_emit(ctx, &ev);
}

void sx_cmd_emit_iteration(const sx_cmd_ctx *ctx, int n, int max, const char *note)
{
	sx_event ev = {0};
	ev.type = SX_EV_ITERATION;
	ev.u.iteration.n = n;
	ev.u.iteration.max = max;
	ev.text = note;
	sx_cmd_emit(ctx, &ev);
}

/* ------------------------------------------------------------ progress */

static void bridge_report(void *payload, const char *stage, int64_t done, int64_t total)
{
	sx_cmd_emit_progress(payload, stage, done, total);
}

void sx__cmd_progress_bridge(const sx_cmd_ctx *ctx, const sx_progress *inner, sx_progress *out)
{
	memset(out, 0, sizeof *out);
	out->report = bridge_report;
	out->payload = (void *)ctx;
	/* cancelling keeps working through either flag the caller gave */
	out->cancel = inner && inner->cancel ? inner->cancel : ctx->cancel;
}
