/*
 * cmd_llm.c - `sextant llm ping|chat|models|usage`: check and use the
 * configured language-model endpoint.
 *
 * Runs on the caller's thread and blocks on the llm client, whose worker
 * calls back with tokens; those go straight out as token and reasoning
 * events (sx_cmd_emit_text: ctx->event, else ctx->stream; the CLI prints
 * them, reasoning dimmed on a terminal). With --json nothing is streamed:
 * the text comes back in the result object.
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/llm.h>

#include "commands_int.h"

static const sx_opt llm_opts[] = {
	{"system", 's', SX_OPT_STRING, "TEXT", "chat: a system message"},
	{"temperature", 't', SX_OPT_DOUBLE, "T", "chat: sampling temperature"},
	{"max-tokens", 'n', SX_OPT_INT, "N", "chat: at most N tokens in the answer"},
	{"seed", 0, SX_OPT_INT, "N", "chat: sampling seed, where the endpoint supports it"},
	{"json-mode", 0, SX_OPT_FLAG, NULL, "chat: ask for a JSON object (response_format)"},
	{"no-cache", 0, SX_OPT_FLAG, NULL, "chat: do not use the response cache"},
	{"run", 0, SX_OPT_STRING, "ID", "usage: only this run"},
	{NULL, 0, 0, NULL, NULL},
};

struct chat_io {
	const sx_cmd_ctx *ctx;
	bool reasoned, texted, ends_nl;
};

static void say(const sx_cmd_ctx *ctx, const char *fmt, ...) SX_PRINTF(2, 3);
static void say(const sx_cmd_ctx *ctx, const char *fmt, ...)
{
	sx_buf b = SX_BUF_INIT;
	va_list ap;
	if (!ctx->stream || ctx->json)
		return;
	va_start(ap, fmt);
	sx_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (!sx_buf_failed(&b))
		sx_cmd_emit_text(ctx, SX_STREAM_INFO, b.ptr, b.len);
	sx_buf_release(&b);
}

static void io_token(void *p, const char *s, size_t n)
{
	struct chat_io *io = p;
	if (io->reasoned && !io->texted)
		sx_cmd_emit_text(io->ctx, SX_STREAM_TEXT, "\n", 1);
	io->texted = true;
	io->ends_nl = s[n - 1] == '\n';
	sx_cmd_emit_text(io->ctx, SX_STREAM_TEXT, s, n);
}

static void io_reasoning(void *p, const char *s, size_t n)
{
	struct chat_io *io = p;
	io->reasoned = true;
	io->ends_nl = s[n - 1] == '\n';
	sx_cmd_emit_text(io->ctx, SX_STREAM_REASONING, s, n);
}

static int open_client(sx_cmd_ctx *ctx, bool no_retries, sx_llm **llm, sx_error *err)
{
	char dir[1024];
	sx_llm_opts o = {0};
	o.config = ctx->config;
	o.no_retries = no_retries;
	/* the cache and the usage history live in the workspace; without
	 * one the client still works */
	if (sx_store_resolve_dir(ctx->workspace_dir, dir, sizeof dir, NULL) == 0)
		o.workspace_dir = dir;
	return sx_llm_new(llm, &o, err);
}

static cJSON *result_json(const sx_llm_result *r)
{
	cJSON *o = cJSON_CreateObject(), *u, *t;
	sx_json_add_str(o, "provider", r->provider);
	sx_json_add_str(o, "model", r->model);
	sx_json_add_str(o, "finish_reason", r->finish_reason);
	sx_json_add_bool(o, "from_cache", r->from_cache);
	u = cJSON_AddObjectToObject(o, "usage");
	sx_json_add_bool(u, "reported", r->usage.reported);
	if (r->usage.reported) {
		sx_json_add_int(u, "prompt_tokens", r->usage.prompt_tokens);
		sx_json_add_int(u, "completion_tokens", r->usage.completion_tokens);
		sx_json_add_int(u, "reasoning_tokens", r->usage.reasoning_tokens);
	}
	if (r->usage.priced)
		sx_json_add_num(u, "cost_usd", r->usage.cost_usd);
	t = cJSON_AddObjectToObject(o, "timings");
	sx_json_add_num(t, "queue_ms", r->timings.queue_ms);
	if (r->timings.ttft_ms >= 0)
		sx_json_add_num(t, "ttft_ms", r->timings.ttft_ms);
	sx_json_add_num(t, "total_ms", r->timings.total_ms);
	sx_json_add_int(t, "attempts", r->timings.attempts);
	sx_json_add_num(t, "backoff_ms", r->timings.backoff_ms);
	if (r->invalid_utf8)
		sx_json_add_int(o, "invalid_utf8", r->invalid_utf8);
	return o;
}

/* ------------------------------------------------------------ chat */

static int chat(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_llm *llm;
	sx_llm_message m[2];
	sx_llm_chat_opts o = {0};
	sx_llm_callbacks cb = {.on_token = io_token, .on_reasoning = io_reasoning};
	struct chat_io io = {ctx, false, false, true};
	sx_llm_result res;
	sx_buf text = SX_BUF_INIT, reasoning = SX_BUF_INIT;
	bool stream = ctx->stream && !ctx->json;
	size_t n = 0;
	int rc;

	if (args->npos != 2)
		return sx_error_set(err, SX_EUSAGE, "usage: sextant llm chat \"PROMPT\"");
	memset(m, 0, sizeof m); /* the fields not set here stay zero */
	if (sx_args_get(args, "system")) {
		m[n].role = SX_LLM_SYSTEM;
		m[n++].content = sx_args_get(args, "system");
	}
	m[n].role = SX_LLM_USER;
	m[n++].content = args->pos[1];
	if (sx_args_get(args, "temperature")) {
		o.set_temperature = true;
		o.temperature = sx_args_double(args, "temperature", 0);
	}
	o.max_tokens = (int)sx_args_int(args, "max-tokens", 0);
	if (sx_args_get(args, "seed")) {
		o.set_seed = true;
		o.seed = sx_args_int(args, "seed", 0);
	}
	o.json_mode = sx_args_flag(args, "json-mode");
	o.no_cache = sx_args_flag(args, "no-cache");
	o.tag = "chat";
	if ((rc = open_client(ctx, false, &llm, err)))
		return rc;
	cb.payload = &io;
	rc = sx_llm_chat_sync(llm, m, n, &o, stream ? &cb : NULL, ctx->cancel, stream ? NULL : &text,
			      stream ? NULL : &reasoning, &res, err);
	sx_llm_free(llm);
	if (stream && (io.texted || io.reasoned) && !io.ends_nl)
		sx_cmd_emit_text(ctx, SX_STREAM_TEXT, "\n", 1);
	if (rc) {
		sx_buf_release(&text);
		sx_buf_release(&reasoning);
		return rc;
	}
	if (stream) {
		char ttft[32] = "";
		if (res.timings.ttft_ms >= 0)
			snprintf(ttft, sizeof ttft, ", first token %.0f ms", res.timings.ttft_ms);
		say(ctx, "[%s %s, %s%s, %.0f ms total%s]\n", res.provider, res.model, res.finish_reason,
		    ttft, res.timings.total_ms, res.from_cache ? ", from cache" : "");
		sx_buf_release(&text);
		sx_buf_release(&reasoning);
		return 0;
	}
	*result = result_json(&res);
	sx_json_add_str(*result, "text", sx_buf_cstr(&text));
	sx_json_add_str(*result, "reasoning", sx_buf_cstr(&reasoning));
	sx_buf_release(&text);
	sx_buf_release(&reasoning);
	return 0;
}

/* ------------------------------------------------------------ ping */

static bool model_listed(const cJSON *models, const char *id)
{
	const cJSON *m;
	cJSON_ArrayForEach(m, models)
	{
		if (strcmp(sx_json_str(m, "id", ""), id) == 0)
			return true;
	}
	return false;
}

static void list_some(const cJSON *models, sx_buf *out)
{
	const cJSON *m;
	int i = 0;
	cJSON_ArrayForEach(m, models)
	{
		if (i == 8) {
			sx_buf_printf(out, ", ... (%d in all)", cJSON_GetArraySize(models));
			break;
		}
		sx_buf_puts(out, i++ ? ", " : "");
		sx__put_text(out, sx_json_str(m, "id", ""));
	}
}

static int ping(sx_cmd_ctx *ctx, cJSON **result, sx_error *err)
{
	sx_llm *llm;
	cJSON *res, *models = NULL;
	sx_llm_message m = {.role = SX_LLM_USER, .content = "Reply with the single word: pong"};
	sx_llm_chat_opts o = {0};
	sx_llm_result cr;
	sx_buf text = SX_BUF_INIT, reasoning = SX_BUF_INIT, list = SX_BUF_INIT;
	const char *model;
	uint64_t t0;
	double models_ms;
	int rc;

	/* a diagnosis should be quick and show the first failure as is */
	if ((rc = open_client(ctx, true, &llm, err)))
		return rc;
	res = cJSON_CreateObject();
	sx_json_add_str(res, "provider", sx_llm_provider(llm));
	sx_json_add_str(res, "base_url", sx_llm_base_url(llm));
	sx_json_add_str(res, "model", sx_llm_model(llm));
	sx_json_add_str(res, "key_source", sx_llm_key_source(llm));
	if (strcmp(sx_llm_provider(llm), "builtin") == 0) {
		sx_json_add_bool(res, "ok", true);
		sx_json_add_str(res, "note",
				"no endpoint is configured: the builtin provider runs Sextant's "
				"deterministic engines and is not a language model; docs/llm.md shows "
				"how to configure one");
		sx_llm_free(llm);
		*result = res;
		return 0;
	}
	if (sx_llm_key_source(llm))
		say(ctx, "endpoint  %s (API key from %s)\n", sx_llm_base_url(llm),
		    sx_llm_key_source(llm));
	else
		say(ctx, "endpoint  %s (no API key set)\n", sx_llm_base_url(llm));

	t0 = sx_now_ns();
	rc = sx_llm_models(llm, &models, err);
	models_ms = (double)(sx_now_ns() - t0) / 1e6;
	model = sx_llm_model(llm);
	if (rc == SX_ENOTFOUND && *model) {
		/* a few servers have no /models: the completion below tells a
		 * wrong base URL (it fails too) from that */
		say(ctx, "models    not listed (%s)\n", err->msg);
		sx_json_add_str(res, "models_error", err->msg);
		sx_error_clear(err);
		models = cJSON_CreateArray();
		rc = 0;
	} else if (rc) {
		sx_error_prefix(err, "listing models failed");
		goto fail;
	} else {
		sx_json_add_num(res, "models_latency_ms", models_ms);
	}
	cJSON_AddItemToObject(res, "models", models); /* res owns it now */
	list_some(models, &list);
	if (cJSON_GetObjectItem(res, "models_error")) {
		/* nothing to check the model against */
	} else if (!*model) {
		if (cJSON_GetArraySize(models) == 1) {
			model = sx_json_str(cJSON_GetArrayItem(models, 0), "id", "");
			say(ctx, "models    1 served (%.0f ms); no model configured, testing with it: "
				 "set [llm] model = %s\n",
			    models_ms, sx_buf_cstr(&list));
		} else {
			rc = sx_error_set(err, SX_EINVAL,
					  "no model configured: set [llm] model, SEXTANT_LLM_MODEL or "
					  "--model to one of: %s",
					  list.len ? sx_buf_cstr(&list) : "(the endpoint lists none)");
			goto fail;
		}
	} else if (cJSON_GetArraySize(models) > 0 && !model_listed(models, model)) {
		rc = sx_error_set(err, SX_ENOTFOUND,
				  "model '%s' is not among the models '%s' serves: %s", model,
				  sx_llm_base_url(llm), sx_buf_cstr(&list));
		goto fail;
	} else {
		say(ctx, "models    %d served (%.0f ms), '%s' among them\n",
		    cJSON_GetArraySize(models), models_ms, model);
	}
	o.model = model;
	o.max_tokens = 16;
	o.set_temperature = true;
	o.temperature = 0;
	o.no_cache = true;
	o.tag = "ping";
	rc = sx_llm_chat_sync(llm, &m, 1, &o, NULL, ctx->cancel, &text, &reasoning, &cr, err);
	if (rc) {
		sx_error_prefix(err, "a test completion failed");
		goto fail;
	}
	cJSON_AddItemToObject(res, "completion", result_json(&cr));
	{
		char *clean = sx_sanitize(sx_buf_cstr(&text), false);
		cJSON *c = cJSON_GetObjectItem(res, "completion");
		sx_json_add_str(c, "text", clean ? clean : "");
		sx_json_add_int(c, "reasoning_bytes", (int64_t)reasoning.len);
		say(ctx, "chat      '%.60s' (%s; first token %.1f ms, total %.1f ms)\n",
		    clean ? clean : "", cr.finish_reason, cr.timings.ttft_ms, cr.timings.total_ms);
		free(clean);
	}
	sx_json_add_bool(res, "ok", true);
	sx_llm_free(llm);
	sx_buf_release(&text);
	sx_buf_release(&reasoning);
	sx_buf_release(&list);
	*result = res;
	return 0;
fail:
	sx_llm_free(llm);
	if (models && !cJSON_GetObjectItem(res, "models"))
		cJSON_Delete(models);
	cJSON_Delete(res);
	sx_buf_release(&text);
	sx_buf_release(&reasoning);
	sx_buf_release(&list);
	return rc;
}

/* ------------------------------------------------------------ models, usage */

static int models_cmd(sx_cmd_ctx *ctx, cJSON **result, sx_error *err)
{
	sx_llm *llm;
	cJSON *models;
	int rc;
	if ((rc = open_client(ctx, false, &llm, err)))
		return rc;
	rc = sx_llm_models(llm, &models, err);
	if (!rc) {
		*result = cJSON_CreateObject();
		sx_json_add_str(*result, "provider", sx_llm_provider(llm));
		sx_json_add_str(*result, "base_url", sx_llm_base_url(llm));
		cJSON_AddItemToObject(*result, "models", models);
	}
	sx_llm_free(llm);
	return rc;
}

static int usage_cmd(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_store *st;
	int rc;
	if ((rc = sx__cmd_open_store(ctx, &st, err)))
		return rc;
	rc = sx_llm_usage_summary(st, sx_args_get(args, "run"), result, err);
	sx_store_close(st);
	return rc;
}

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	const char *verb = args->pos[0];
	if (strcmp(verb, "chat") == 0)
		return chat(ctx, args, result, err);
	if (args->npos > 1)
		return sx_error_set(err, SX_EUSAGE, "llm %s takes no argument", verb);
	if (strcmp(verb, "ping") == 0)
		return ping(ctx, result, err);
	if (strcmp(verb, "models") == 0)
		return models_cmd(ctx, result, err);
	if (strcmp(verb, "usage") == 0)
		return usage_cmd(ctx, args, result, err);
	return sx_error_set(err, SX_EUSAGE, "llm: unknown action '%s' (ping, chat, models, usage)",
			    verb);
}

static void render(const cJSON *r, sx_buf *out)
{
	const cJSON *m;
	if (cJSON_GetObjectItem(r, "ok")) {
		/* ping: the checks were printed as they ran */
		if (sx_json_str(r, "note", NULL)) {
			sx_buf_puts(out, "provider  builtin\n");
			sx__put_text(out, sx_json_str(r, "note", ""));
			sx_buf_putc(out, '\n');
		} else {
			sx_buf_puts(out, "ok: ");
			sx__put_text(out, sx_json_str(r, "base_url", ""));
			sx_buf_puts(out, " answers\n");
		}
	} else if (cJSON_GetObjectItem(r, "requests")) {
		sx_buf_printf(out, "%lld requests, %lld from cache, %lld failed\n",
			      (long long)sx_json_int(r, "requests", 0),
			      (long long)sx_json_int(r, "cache_hits", 0),
			      (long long)sx_json_int(r, "failures", 0));
		sx_buf_printf(out, "tokens: %lld prompt, %lld completion; cost $%.4f\n",
			      (long long)sx_json_int(r, "prompt_tokens", 0),
			      (long long)sx_json_int(r, "completion_tokens", 0),
			      sx_json_num(r, "cost_usd", 0));
		cJSON_ArrayForEach(m, cJSON_GetObjectItem(r, "models"))
		{
			sx_buf_puts(out, "  ");
			sx__put_text(out, sx_json_str(m, "provider", ""));
			sx_buf_puts(out, " ");
			sx__put_text(out, sx_json_str(m, "model", ""));
			sx_buf_printf(out, ": %lld requests, %lld + %lld tokens\n",
				      (long long)sx_json_int(m, "requests", 0),
				      (long long)sx_json_int(m, "prompt_tokens", 0),
				      (long long)sx_json_int(m, "completion_tokens", 0));
		}
	} else if (cJSON_GetObjectItem(r, "models")) {
		cJSON_ArrayForEach(m, cJSON_GetObjectItem(r, "models"))
		{
			sx__put_text(out, sx_json_str(m, "id", ""));
			sx_buf_putc(out, '\n');
		}
	} else {
		/* chat without streaming (never the CLI's text mode) */
		sx_buf_put_sanitized(out, sx_json_str(r, "text", ""), strlen(sx_json_str(r, "text", "")),
				     true);
		sx_buf_putc(out, '\n');
	}
}

const sx_cmd_entry sx__cmd_llm = {
	.name = "llm",
	.usage = "ping | chat PROMPT | models | usage [--run ID]",
	.summary = "check and use the language-model endpoint",
	.help = "ping     checks the endpoint: models, one tiny completion, latency and time to\n"
		"         first token, and says what is wrong when something is\n"
		"chat     sends PROMPT and streams the answer (reasoning dimmed on a terminal)\n"
		"models   lists the endpoint's models\n"
		"usage    tokens and cost recorded in the workspace\n"
		"Configuration, profiles (Together, OpenAI, vLLM, Ollama, llama.cpp) and\n"
		"troubleshooting: docs/llm.md.",
	.flags = SX_CMD_TALKS_TO_MODEL | SX_CMD_STREAMS,
	.opts = llm_opts,
	.min_pos = 1,
	.max_pos = 2,
	.run = run,
	.render = render,
};
