/*
 * event.c - typed events: names, deep copies, JSON and readable text.
 *
 * An sx_event is both the element of the event queue (evq.c) and the typed
 * event that commands and agents emit through sx_cmd_ctx.event. Emitters
 * build one on the stack with borrowed strings and hand it to a callback;
 * a consumer that keeps it past the call (the TUI posting it to its queue
 * for the UI thread) takes a deep copy with sx_event_dup. A copy and a
 * popped queue element own all their strings, so sx_event_free frees every
 * string field: the union's strings only for the types that use them, which
 * is why a queue element of another type (a zeroed union) is safe too.
 *
 * The two renderings are what the CLI prints with `--events jsonl` and
 * `--events text` (docs/cli.md). Neither depends on a terminal library:
 * text colours are plain SGR escapes, on only when the caller says so.
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/artifact.h>
#include <sextant/core.h>

const char *sx_event_type_name(int type)
{
	switch (type) {
	case SX_EV_PROGRESS: return "progress";
	case SX_EV_LOG: return "log";
	case SX_EV_DONE: return "done";
	case SX_EV_TOKEN:
	case SX_EV_REASONING: return "token";
	case SX_EV_STEP: return "step";
	case SX_EV_TOOL: return "tool";
	case SX_EV_ARTIFACT: return "artifact";
	case SX_EV_FINDING: return "finding";
	case SX_EV_SCORE: return "score";
	case SX_EV_ITERATION: return "iteration";
	case SX_EV_AMBIGUITY: return "ambiguity";
	default: return type >= SX_EV_USER ? "user" : "none";
	}
}

const char *sx_ev_status_name(sx_ev_status s)
{
	switch (s) {
	case SX_EVS_STARTED: return "started";
	case SX_EVS_FINISHED: return "finished";
	case SX_EVS_FAILED: return "failed";
	}
	return "?";
}

static const char *level_name(int level)
{
	switch (level) {
	case SX_LOG_DEBUG: return "debug";
	case SX_LOG_WARN: return "warning";
	case SX_LOG_ERROR: return "error";
	default: return "info";
	}
}

static size_t text_len(const sx_event *ev)
{
	return !ev->text ? 0 : ev->len ? ev->len : strlen(ev->text);
}

void sx_event_free(sx_event *ev)
{
	if (!ev)
		return;
	if (ev->payload && ev->payload_free)
		ev->payload_free(ev->payload);
	/* the fields are const for borrowers; an owned event frees them */
	free((void *)ev->text);
	free((void *)ev->run);
	free((void *)ev->agent);
	free((void *)ev->step);
	switch (ev->type) {
	case SX_EV_TOOL:
		free((void *)ev->u.tool.name);
		free((void *)ev->u.tool.args);
		free((void *)ev->u.tool.result);
		break;
	case SX_EV_ARTIFACT:
		free((void *)ev->u.artifact.kind);
		free((void *)ev->u.artifact.name);
		break;
	case SX_EV_FINDING:
		free((void *)ev->u.finding.rule);
		break;
	case SX_EV_AMBIGUITY:
		free((void *)ev->u.ambiguity.options);
		break;
	default:
		break;
	}
	free(ev);
}

/* *dst = a copy of src (NULL stays NULL); false on OOM. */
static bool dup_str(const char **dst, const char *src)
{
	*dst = NULL;
	return !src || (*dst = sx_strdup(src)) != NULL;
}

int sx_event_dup(const sx_event *ev, sx_event **out)
{
	sx_event *c = sx_calloc(1, sizeof *c);
	bool ok;

	*out = NULL;
	if (!c)
		return SX_ENOMEM;
	c->type = ev->type;
	c->code = ev->code;
	c->a = ev->a;
	c->b = ev->b;
	c->u = ev->u;
	/* the copy's text is NUL-terminated, so its len means the same bytes */
	c->len = text_len(ev);
	ok = (!ev->text || (c->text = sx_strndup(ev->text, c->len)) != NULL) &&
	     dup_str(&c->run, ev->run) && dup_str(&c->agent, ev->agent) &&
	     dup_str(&c->step, ev->step);
	/* the union's strings were copied as pointers: replace or clear them
	 * before anything can free the copy */
	switch (ev->type) {
	case SX_EV_TOOL:
		ok = dup_str(&c->u.tool.name, ev->u.tool.name) & ok;
		ok = dup_str(&c->u.tool.args, ev->u.tool.args) & ok;
		ok = dup_str(&c->u.tool.result, ev->u.tool.result) & ok;
		break;
	case SX_EV_ARTIFACT:
		ok = dup_str(&c->u.artifact.kind, ev->u.artifact.kind) & ok;
		ok = dup_str(&c->u.artifact.name, ev->u.artifact.name) & ok;
		break;
	case SX_EV_FINDING:
		ok = dup_str(&c->u.finding.rule, ev->u.finding.rule) & ok;
		break;
	case SX_EV_AMBIGUITY:
		ok = dup_str(&c->u.ambiguity.options, ev->u.ambiguity.options) & ok;
		break;
	default:
		break;
	}
	if (!ok) {
		sx_event_free(c);
		return SX_ENOMEM;
	}
	*out = c;
	return 0;
}

/* ------------------------------------------------------------ JSON */

/* Adds n bytes of s as a JSON string (null for NULL). cJSON escapes the
 * controls; bytes that are not UTF-8 (a database's or a model's text)
 * become U+FFFD, so that every line is valid JSON for any reader. */
static void add_str(cJSON *o, const char *key, const char *s, size_t n)
{
	sx_buf b = SX_BUF_INIT;
	size_t i = 0;

	if (!s) {
		cJSON_AddNullToObject(o, key);
		return;
	}
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t l = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
			 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
		if (l && i + l <= n && sx_utf8_valid(s + i, l)) {
			sx_buf_put(&b, s + i, l);
			i += l;
		} else {
			sx_buf_puts(&b, "\xEF\xBF\xBD");
			i++;
		}
	}
	if (!sx_buf_failed(&b))
		sx_json_add_str(o, key, sx_buf_cstr(&b));
	sx_buf_release(&b);
}

static void add_cstr(cJSON *o, const char *key, const char *s)
{
	add_str(o, key, s, s ? strlen(s) : 0);
}

static void add_text(cJSON *o, const char *key, const sx_event *ev)
{
	add_str(o, key, ev->text, text_len(ev));
}

cJSON *sx_event_to_json(const sx_event *ev)
{
	cJSON *o = cJSON_CreateObject();
	if (!o)
		return NULL;
	sx_json_add_str(o, "type", sx_event_type_name(ev->type));
	add_cstr(o, "run", ev->run);
	add_cstr(o, "agent", ev->agent);
	add_cstr(o, "step", ev->step);
	switch (ev->type) {
	case SX_EV_PROGRESS:
		add_text(o, "stage", ev);
		sx_json_add_int(o, "done", ev->a);
		sx_json_add_int(o, "total", ev->b);
		break;
	case SX_EV_LOG:
		sx_json_add_str(o, "level", level_name(ev->u.log.level));
		add_text(o, "message", ev);
		break;
	case SX_EV_DONE:
		sx_json_add_str(o, "code", ev->code ? sx_error_name(ev->code) : NULL);
		add_text(o, "message", ev);
		break;
	case SX_EV_TOKEN:
	case SX_EV_REASONING:
		sx_json_add_str(o, "channel", ev->type == SX_EV_TOKEN ? "answer" : "reasoning");
		add_text(o, "text", ev);
		break;
	case SX_EV_STEP:
		sx_json_add_str(o, "status", sx_ev_status_name(ev->u.step.status));
		add_text(o, "title", ev);
		if (ev->u.step.status != SX_EVS_STARTED)
			sx_json_add_int(o, "duration_ms", ev->u.step.ms);
		break;
	case SX_EV_TOOL:
		sx_json_add_str(o, "status", sx_ev_status_name(ev->u.tool.status));
		add_cstr(o, "name", ev->u.tool.name);
		add_cstr(o, "args", ev->u.tool.args);
		add_cstr(o, "result", ev->u.tool.result);
		if (ev->u.tool.status != SX_EVS_STARTED)
			sx_json_add_int(o, "duration_ms", ev->u.tool.ms);
		break;
	case SX_EV_ARTIFACT:
		add_cstr(o, "kind", ev->u.artifact.kind);
		add_cstr(o, "name", ev->u.artifact.name);
		break;
	case SX_EV_FINDING:
		sx_json_add_str(o, "severity", sx_severity_name((sx_severity)ev->u.finding.severity));
		sx_json_add_str(o, "category",
				sx_finding_cat_name((sx_finding_cat)ev->u.finding.category));
		add_cstr(o, "rule", ev->u.finding.rule);
		add_text(o, "message", ev);
		break;
	case SX_EV_SCORE:
		sx_json_add_num(o, "value", ev->u.score.value);
		sx_json_add_int(o, "iteration", ev->u.score.iteration);
		break;
	case SX_EV_ITERATION:
		sx_json_add_int(o, "n", ev->u.iteration.n);
		sx_json_add_int(o, "max", ev->u.iteration.max);
		add_text(o, "note", ev);
		break;
	case SX_EV_AMBIGUITY: {
		add_text(o, "question", ev);
		sx_json_add_int(o, "n", ev->a);
		cJSON *opts = cJSON_AddArrayToObject(o, "options");
		for (const char *p = ev->u.ambiguity.options; p && *p;) {
			const char *q = strchr(p, '\n');
			size_t n = q ? (size_t)(q - p) : strlen(p);
			char *one = sx_strndup(p, n);
			if (one)
				cJSON_AddItemToArray(opts, cJSON_CreateString(one));
			free(one);
			p += n + (q ? 1 : 0);
		}
		sx_json_add_int(o, "default", ev->u.ambiguity.dflt);
		sx_json_add_int(o, "timeout_ms", ev->u.ambiguity.timeout_ms);
		break;
	}
	default:
		sx_json_add_int(o, "code", ev->code);
		add_text(o, "text", ev);
		break;
	}
	return o;
}

/* ------------------------------------------------------------ text */

#define SGR_AGENT "\033[1;36m"
#define SGR_DIM "\033[2m"
#define SGR_WARN "\033[33m"
#define SGR_ERR "\033[1;31m"
#define SGR_OK "\033[32m"
#define SGR_OFF "\033[0m"

static void put_sgr(sx_buf *out, bool color, const char *sgr)
{
	if (color)
		sx_buf_puts(out, sgr);
}

/* One line of untrusted text: controls and newlines made harmless. */
static void put_line(sx_buf *out, const char *s)
{
	if (s)
		sx_buf_put_sanitized(out, s, strlen(s), false);
}

static void put_text(sx_buf *out, const sx_event *ev)
{
	if (ev->text)
		sx_buf_put_sanitized(out, ev->text, text_len(ev), false);
}

static void put_duration(sx_buf *out, int64_t ms)
{
	if (ms < 1000)
		sx_buf_printf(out, "%lld ms", (long long)ms);
	else
		sx_buf_printf(out, "%.1f s", (double)ms / 1000.0);
}

/* "finished in 1.2 s", coloured by outcome. */
static void put_status(sx_buf *out, bool color, sx_ev_status st, int64_t ms)
{
	put_sgr(out, color, st == SX_EVS_FAILED ? SGR_ERR : st == SX_EVS_FINISHED ? SGR_OK : "");
	sx_buf_puts(out, sx_ev_status_name(st));
	put_sgr(out, color && st != SX_EVS_STARTED, SGR_OFF);
	if (st != SX_EVS_STARTED) {
		sx_buf_puts(out, st == SX_EVS_FAILED ? " after " : " in ");
		put_duration(out, ms);
	}
}

void sx_event_render_prefix(const sx_event *ev, bool color, sx_buf *out)
{
	if (!ev->agent)
		return;
	put_sgr(out, color, SGR_AGENT);
	sx_buf_putc(out, '[');
	put_line(out, ev->agent);
	sx_buf_putc(out, ']');
	put_sgr(out, color, SGR_OFF);
	sx_buf_putc(out, ' ');
}

void sx_event_render_text(const sx_event *ev, bool color, sx_buf *out)
{
	if (ev->type == SX_EV_TOKEN || ev->type == SX_EV_REASONING) {
		if (!ev->text)
			return;
		put_sgr(out, color && ev->type == SX_EV_REASONING, SGR_DIM);
		sx_buf_put_sanitized(out, ev->text, text_len(ev), true);
		put_sgr(out, color && ev->type == SX_EV_REASONING, SGR_OFF);
		return;
	}
	if (ev->type == SX_EV_DONE || ev->type == SX_EV_NONE || ev->type < 0 ||
	    ev->type > SX_EV_AMBIGUITY)
		return;
	sx_event_render_prefix(ev, color, out);
	switch (ev->type) {
	case SX_EV_PROGRESS:
		put_text(out, ev);
		if (ev->b > 0)
			sx_buf_printf(out, " %lld/%lld", (long long)ev->a, (long long)ev->b);
		break;
	case SX_EV_LOG:
		if (ev->u.log.level >= SX_LOG_WARN) {
			put_sgr(out, color, ev->u.log.level == SX_LOG_ERROR ? SGR_ERR : SGR_WARN);
			sx_buf_printf(out, "%s:", level_name(ev->u.log.level));
			put_sgr(out, color, SGR_OFF);
			sx_buf_putc(out, ' ');
		}
		put_text(out, ev);
		break;
	case SX_EV_STEP:
		sx_buf_puts(out, "step ");
		if (ev->step) {
			put_line(out, ev->step);
			sx_buf_putc(out, ' ');
		}
		if (ev->text && text_len(ev)) {
			sx_buf_putc(out, '(');
			put_text(out, ev);
			sx_buf_puts(out, ") ");
		}
		put_status(out, color, ev->u.step.status, ev->u.step.ms);
		break;
	case SX_EV_TOOL:
		sx_buf_puts(out, "tool ");
		put_line(out, ev->u.tool.name ? ev->u.tool.name : "?");
		sx_buf_putc(out, '(');
		put_line(out, ev->u.tool.args);
		sx_buf_puts(out, ") ");
		put_status(out, color, ev->u.tool.status, ev->u.tool.ms);
		if (ev->u.tool.result) {
			sx_buf_puts(out, ": ");
			put_line(out, ev->u.tool.result);
		}
		break;
	case SX_EV_ARTIFACT:
		sx_buf_puts(out, "artifact ");
		put_line(out, ev->u.artifact.kind ? ev->u.artifact.kind : "?");
		if (ev->u.artifact.name) {
			sx_buf_puts(out, ": ");
			put_line(out, ev->u.artifact.name);
		}
		break;
	case SX_EV_FINDING: {
		int sev = ev->u.finding.severity;
		put_sgr(out, color, sev == SX_SEV_ERROR ? SGR_ERR : sev == SX_SEV_WARNING ? SGR_WARN : "");
		sx_buf_puts(out, sx_severity_name((sx_severity)sev));
		put_sgr(out, color && sev != SX_SEV_INFO, SGR_OFF);
		sx_buf_putc(out, ' ');
		sx_buf_puts(out, sx_finding_cat_name((sx_finding_cat)ev->u.finding.category));
		if (ev->u.finding.rule) {
			sx_buf_putc(out, ' ');
			put_line(out, ev->u.finding.rule);
		}
		sx_buf_puts(out, ": ");
		put_text(out, ev);
		break;
	}
	case SX_EV_SCORE:
		sx_buf_printf(out, "score %.3g", ev->u.score.value);
		if (ev->u.score.iteration > 0)
			sx_buf_printf(out, " (iteration %d)", ev->u.score.iteration);
		break;
	case SX_EV_ITERATION:
		sx_buf_printf(out, "iteration %d", ev->u.iteration.n);
		if (ev->u.iteration.max > 0)
			sx_buf_printf(out, "/%d", ev->u.iteration.max);
		if (ev->text && text_len(ev)) {
			sx_buf_puts(out, ": ");
			put_text(out, ev);
		}
		break;
	case SX_EV_AMBIGUITY:
		sx_buf_puts(out, "ambiguity: ");
		put_text(out, ev);
		break;
	default:
		break;
	}
	sx_buf_putc(out, '\n');
}
