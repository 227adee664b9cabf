/*
 * sextant/llm.h - language-model client: streamed chat completions,
 * embeddings and model lists from any OpenAI-compatible endpoint
 * (Together, OpenAI, vLLM, Ollama, llama.cpp server), or from the builtin
 * provider, which is not a language model (see below).
 *
 * Threads. One sx_llm owns one worker thread and one libcurl multi handle.
 * sx_llm_chat() only queues work and returns; up to [llm] concurrency
 * requests are in flight at once, the rest wait in a FIFO queue. Every
 * callback (on_token, on_reasoning, on_done, builtin engines) runs on that
 * worker thread: a UI must not draw from a callback but forward the text
 * to its own queue (the TUI posts to its sx_evq). Callbacks must not block
 * for long: they stall every stream of the client.
 *
 * Order. For one request: zero or more on_token / on_reasoning /
 * on_tool_call_delta calls, then the on_tool_call of each complete call,
 * then exactly one on_done, unless the caller frees the handle first (then
 * nothing more is called). Retries never repeat text already delivered:
 * a request is only retried while no token has been delivered.
 *
 * Providers. "openai" speaks the OpenAI chat-completions protocol with
 * SSE streaming. "builtin" is selected when no endpoint is configured or
 * asked for with --provider builtin. It runs deterministic engines
 * registered by other modules (the agents) behind this same streaming
 * interface: an engine's reasoning steps arrive through on_reasoning and
 * its output through on_token. With no engine for a request it answers
 * with a short statement, labelled as the builtin provider's, that no
 * language model is configured; its finish reason is then "no_model".
 *
 * Secrets. The API key comes from the environment or [llm]
 * api_key_command (see docs/llm.md). It is sent only in the
 * Authorization header and never logged, stored or put in an error.
 */
#ifndef SEXTANT_LLM_H
#define SEXTANT_LLM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sextant/core.h>
#include <sextant/store.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------ requests */

typedef enum {
	SX_LLM_SYSTEM = 0,
	SX_LLM_USER,
	SX_LLM_ASSISTANT,
	SX_LLM_TOOL      /* a tool's result, answering one call (tool_call_id) */
} sx_llm_role;

/* One function call a model asked for (OpenAI "tool_calls").
 * In a message (below) the strings are borrowed and sx_llm_chat copies
 * them. Where the library hands calls out (on_tool_call,
 * sx_llm_req_tool_calls, sx_llm_reply) they are NUL-terminated, valid
 * UTF-8, owned by the library and untrusted: `arguments` is the JSON text
 * the model wrote, never checked to be JSON (a model can write broken
 * JSON: parse it and report), "{}" when the model sent none; `id` is the
 * server's, or "call_<n>" (n = position in the reply) when it sent none
 * (the older function_call form never does). */
typedef struct sx_llm_tool_call {
	const char *id;
	const char *name;
	const char *arguments;
} sx_llm_tool_call;

/* One chat message. Every pointer is borrowed; sx_llm_chat copies them.
 * The fields after content are optional (zero them): an assistant message
 * may carry the tool calls it made (its content may then be NULL, sent as
 * null), and a SX_LLM_TOOL message answers the call tool_call_id with its
 * result in content. An agent loop appends the assistant message with the
 * reply's calls, one tool message per call, and asks again. Zero-initialise
 * a message (designated initialisers or memset) before setting fields:
 * the struct may grow. */
typedef struct sx_llm_message {
	sx_llm_role role;
	const char *content;
	const sx_llm_tool_call *tool_calls;  /* SX_LLM_ASSISTANT only */
	size_t n_tool_calls;
	const char *tool_call_id;            /* SX_LLM_TOOL only (required) */
} sx_llm_message;

/* A function the model may call. Strings are borrowed; sx_llm_chat copies
 * them (parameters_json is printed to text then). */
typedef struct sx_llm_tool {
	const char *name;            /* required; OpenAI allows [A-Za-z0-9_-]{1,64} */
	const char *description;     /* NULL: not sent */
	const char *parameters;      /* JSON Schema text of the arguments object;
					NULL: {"type":"object","properties":{}} */
	const cJSON *parameters_json; /* the same as a cJSON object; wins over
					 parameters */
} sx_llm_tool;

typedef enum {
	SX_LLM_TOOL_CHOICE_DEFAULT = 0, /* not sent: the endpoint decides ("auto"
					   when tools are given) */
	SX_LLM_TOOL_CHOICE_AUTO,        /* "auto": text or calls */
	SX_LLM_TOOL_CHOICE_NONE,        /* "none": text only */
	SX_LLM_TOOL_CHOICE_REQUIRED,    /* "required": at least one call */
	SX_LLM_TOOL_CHOICE_FUNCTION     /* call tool_choice_name */
} sx_llm_tool_choice;

/* Limits on what a (possibly hostile) server can make the client hold for
 * the tool calls of one reply. Past them the reply fails with SX_EPARSE
 * (cause "protocol"); nothing is truncated silently. */
#define SX_LLM_MAX_TOOL_CALLS 128               /* calls in one reply */
#define SX_LLM_MAX_TOOL_ARGS_BYTES (8u << 20)   /* arguments, all calls together */
#define SX_LLM_MAX_TOOL_NAME_BYTES 256          /* each id and each name */

#define SX_LLM_MAX_STOP 4

/* Per-request options. Zero-initialise, then set what you need: a zeroed
 * struct means "the configured model, endpoint defaults for the rest". */
typedef struct sx_llm_chat_opts {
	const char *model;        /* NULL: [llm] model */
	bool set_temperature;     /* send temperature */
	double temperature;
	int max_tokens;           /* 0: not sent */
	const char *stop[SX_LLM_MAX_STOP]; /* NULL-terminated when shorter */
	bool json_mode;           /* response_format {"type":"json_object"} */
	const char *json_schema;  /* a JSON Schema text: response_format
				     {"type":"json_schema", ...}; wins over
				     json_mode */
	bool set_seed;            /* send seed */
	int64_t seed;
	bool no_cache;            /* neither read nor write the response cache */
	/* History: recorded with the request's usage (both may be NULL). */
	const char *run_id;       /* groups requests of one run (agents) */
	const char *tag;          /* who asked: "planner", "chat", "ping" */
	/* Builtin provider only: the engine to run (see sx_llm_engine_fn) and
	 * its per-request input, borrowed until on_done. Ignored by "openai". */
	const char *engine;
	void *engine_input;
	/* Function calling (OpenAI "tools"). With n_tools == 0 and the choice
	 * left at DEFAULT nothing of this is sent. */
	const sx_llm_tool *tools;
	size_t n_tools;
	sx_llm_tool_choice tool_choice;
	const char *tool_choice_name; /* SX_LLM_TOOL_CHOICE_FUNCTION: required */
	int parallel_tool_calls;      /* 0: not sent, > 0: true, < 0: false */
} sx_llm_chat_opts;

/* --------------------------------------------------------------- results */

typedef struct sx_llm_usage {
	int64_t prompt_tokens;      /* as reported by the endpoint */
	int64_t completion_tokens;
	int64_t reasoning_tokens;   /* when reported (completion_tokens_details) */
	bool reported;              /* false: the endpoint sent no usage; the
				       token counts are 0, not estimates */
	double cost_usd;            /* from [llm] prices; 0 when unknown,
				       priced at 0, or answered from cache */
	bool priced;                /* prices configured and usage reported */
} sx_llm_usage;

typedef struct sx_llm_timings {
	double queue_ms;   /* submit -> first attempt started */
	double ttft_ms;    /* first attempt started -> first token or reasoning
			      delta (-1 when none arrived) */
	double total_ms;   /* submit -> on_done */
	int attempts;      /* 1 + retries */
	double backoff_ms; /* time spent waiting between attempts */
} sx_llm_timings;

/* What on_done receives. Self-contained (no pointers) so a UI can copy it
 * into an event. */
typedef struct sx_llm_result {
	int code;                  /* 0, or SX_ECANCELLED, SX_ETIMEOUT, SX_EAUTH,
				      SX_ENOTFOUND, SX_EIO, SX_EPARSE, ... */
	sx_error error;            /* the message when code != 0 */
	char finish_reason[32];    /* "stop", "length", "content_filter",
				      "tool_calls", "no_model" (builtin with no
				      engine), "cancelled", "error", "incomplete"
				      (stream cut after text was delivered) */
	char cause[24];            /* when code != 0, a fixed word for UIs and
				      `llm ping`: "connect", "resolve", "tls",
				      "auth", "model_not_found", "not_found",
				      "bad_request", "rate_limit", "server",
				      "timeout", "protocol", "stream_error",
				      "cancelled", "config", "engine" */
	char provider[16];         /* "openai" or "builtin" */
	char model[128];           /* as the endpoint reported it, else asked */
	int http_status;           /* last HTTP status, 0 when none */
	bool from_cache;           /* answered from the response cache */
	int64_t content_bytes;     /* bytes passed to on_token */
	int64_t reasoning_bytes;   /* bytes passed to on_reasoning */
	int64_t chunks;            /* stream events with a delta */
	int64_t invalid_utf8;      /* invalid UTF-8 sequences replaced by U+FFFD */
	int64_t tool_calls;        /* complete tool calls in the reply (see
				      on_tool_call, sx_llm_req_tool_calls); the
				      finish reason is then usually "tool_calls"
				      ("function_call" from older servers) */
	sx_llm_usage usage;
	sx_llm_timings timings;
} sx_llm_result;

/* A piece of a tool call as it streams in, for live display. */
typedef struct sx_llm_tool_delta {
	size_t call;            /* the call's position in the reply: 0, 1, ... */
	const char *id;         /* the id so far ("" until the server sent it) */
	const char *name;       /* the name so far ("" until the server sent it) */
	const char *arguments;  /* the new fragment of the arguments: valid
				   UTF-8 (a character split between two
				   deltas is held back until it is whole), NOT
				   NUL-terminated, may be empty */
	size_t arguments_len;
} sx_llm_tool_delta;

/* Streaming callbacks. Any may be NULL. text is NOT NUL-terminated, is
 * valid UTF-8, comes from the model (sanitize it before a terminal) and
 * is only valid during the call. All run on the worker thread.
 *
 * Tool calls: on_tool_call_delta follows each streamed fragment;
 * on_tool_call runs once per complete call, in reply order, after the
 * whole reply arrived (a cut stream delivers none) and before on_done.
 * Both count as tokens: a request that delivered one is never retried.
 * The call and the delta are only valid during the callback. */
typedef struct sx_llm_callbacks {
	void (*on_token)(void *payload, const char *text, size_t len);
	void (*on_reasoning)(void *payload, const char *text, size_t len);
	void (*on_done)(void *payload, const sx_llm_result *res);
	void *payload;
	void (*on_tool_call_delta)(void *payload, const sx_llm_tool_delta *delta);
	void (*on_tool_call)(void *payload, const sx_llm_tool_call *call);
} sx_llm_callbacks;

/* ---------------------------------------------------------------- client */

typedef struct sx_llm sx_llm;
typedef struct sx_llm_req sx_llm_req;

/* An injectable clock, so that tests observe retry delays without
 * sleeping. now_ns is monotonic. sleep_ns is called by the worker only
 * when it has nothing in flight and waits for a retry; a test clock
 * advances its time there and returns at once. NULL: the real clock. */
typedef struct sx_llm_clock {
	uint64_t (*now_ns)(void *payload);
	void (*sleep_ns)(void *payload, uint64_t ns);
	void *payload;
} sx_llm_clock;

typedef struct sx_llm_opts {
	/* The [llm] section (see docs/config.md), already overridden by flags
	 * and environment (sx_cmd_apply_model_overrides). NULL: defaults. */
	const sx_config *config;
	/* Workspace directory for the response cache and usage history; the
	 * worker opens its own connection. NULL: no cache, no history. */
	const char *workspace_dir;
	const sx_llm_clock *clock;  /* NULL: real time */
	bool no_retries;            /* diagnostics (llm ping): fail on the first
				       error instead of retrying */
} sx_llm_opts;

/* Creates a client and starts its worker. Reads the API key (environment,
 * then api_key_command); a failing api_key_command is an error (SX_EAUTH)
 * that names the command's exit status, never its output. Configuration
 * errors (bad provider, bad number) are SX_EINVAL. */
int sx_llm_new(sx_llm **out, const sx_llm_opts *opts, sx_error *err);
/* Cancels everything in flight (each gets on_done with "cancelled"),
 * stops the worker and frees. NULL is a no-op. Must not be called from a
 * callback. */
void sx_llm_free(sx_llm *llm);

/* "openai" or "builtin". */
const char *sx_llm_provider(const sx_llm *llm);
/* The base URL without user:password (never NULL; "" for builtin). */
const char *sx_llm_base_url(const sx_llm *llm);
/* The configured model ("" when none). */
const char *sx_llm_model(const sx_llm *llm);
/* Where the API key came from: "SEXTANT_API_KEY", "TOGETHER_API_KEY",
 * "api_key_command", ... or NULL when there is none. Never the key. */
const char *sx_llm_key_source(const sx_llm *llm);

/* Queues a chat completion. messages and opts are copied, callbacks are
 * kept. When out is not NULL it receives a handle the caller must release
 * with sx_llm_req_free (also after on_done). Errors here (no model
 * configured, empty message list) return without calling on_done. */
int sx_llm_chat(sx_llm *llm, const sx_llm_message *messages, size_t n,
		const sx_llm_chat_opts *opts, const sx_llm_callbacks *cb,
		sx_llm_req **out, sx_error *err);
/* Asks the request to stop. After it returns, no on_token or on_reasoning
 * starts; on_done follows once, with SX_ECANCELLED and "cancelled" (unless
 * the request had already finished). Safe from any thread, callbacks
 * included. NULL is a no-op. */
void sx_llm_cancel(sx_llm_req *req);
/* Cancels if still running and releases the handle. After it returns no
 * callback of this request runs any more, on_done included (when called
 * from a callback of the same request, after that callback returns). */
void sx_llm_req_free(sx_llm_req *req);

/* Blocking convenience for the CLI and tests: runs one chat and waits.
 * stream (may be NULL) receives the deltas as they come, on the worker
 * thread; the whole text and reasoning are also appended to text and
 * reasoning (either may be NULL). cancel (may be NULL) is polled: non-zero
 * cancels. res (may be NULL) receives the result. Returns res->code and
 * fills err with its message. Must not be called from a callback. */
int sx_llm_chat_sync(sx_llm *llm, const sx_llm_message *messages, size_t n,
		     const sx_llm_chat_opts *opts, const sx_llm_callbacks *stream,
		     atomic_int *cancel, sx_buf *text, sx_buf *reasoning,
		     sx_llm_result *res, sx_error *err);

/* The tool calls of a finished request, in reply order (*n of them; NULL
 * and 0 when none or not finished yet). Owned by the handle: available
 * from on_done on (on_done itself may call this), until sx_llm_req_free. */
const sx_llm_tool_call *sx_llm_req_tool_calls(const sx_llm_req *req, size_t *n);

/* A whole reply, for agent loops. Release with sx_llm_reply_release. */
typedef struct sx_llm_reply {
	sx_buf content;                /* the text (valid UTF-8) */
	sx_buf reasoning;
	sx_llm_tool_call *tool_calls;  /* owned: n_tool_calls of them */
	size_t n_tool_calls;
	sx_llm_result res;
} sx_llm_reply;

/* sx_llm_chat_sync that also collects the tool calls: *out (zeroed here)
 * receives content, reasoning, calls and result, also on failure (what
 * arrived). Returns out->res.code. Must not be called from a callback. */
int sx_llm_chat_reply(sx_llm *llm, const sx_llm_message *messages, size_t n,
		      const sx_llm_chat_opts *opts, const sx_llm_callbacks *stream,
		      atomic_int *cancel, sx_llm_reply *out, sx_error *err);
void sx_llm_reply_release(sx_llm_reply *r);
/* The assistant message that records r in a conversation (content and
 * tool calls borrowed from r: keep r until the message was sent). */
sx_llm_message sx_llm_reply_message(const sx_llm_reply *r);

/* Embeds n texts with model (NULL: [llm] embed_model, else model) and
 * waits. *out receives n * *dim floats in input order (caller frees).
 * Batches larger than [llm] embed_batch are split. SX_EUNSUPPORTED for the
 * builtin provider. */
int sx_llm_embed(sx_llm *llm, const char *const *texts, size_t n, const char *model,
		 float **out, size_t *dim, sx_error *err);

/* Lists the endpoint's models (GET {base}/models) and waits. *out is a
 * JSON array of objects with "id" and, when the endpoint says,
 * "owned_by" (caller frees). The builtin provider lists nothing. */
int sx_llm_models(sx_llm *llm, cJSON **out, sx_error *err);

/* Counters since the client was created. */
typedef struct sx_llm_stats {
	int64_t requests, retries, cache_hits, cache_misses, failures;
	int64_t prompt_tokens, completion_tokens;
	double cost_usd;
} sx_llm_stats;
void sx_llm_get_stats(sx_llm *llm, sx_llm_stats *out);

/* ------------------------------------------------------ builtin engines */

/* What an engine writes to: the same stream a model would produce. */
typedef struct sx_llm_emit sx_llm_emit;
void sx_llm_emit_token(sx_llm_emit *em, const char *text, size_t len);
void sx_llm_emit_reasoning(sx_llm_emit *em, const char *text, size_t len);
/* printf-style reasoning step; a newline is appended. */
void sx_llm_emit_step(sx_llm_emit *em, const char *fmt, ...) SX_PRINTF(2, 3);
/* A whole tool call, as a model's reply would carry it (id may be NULL:
 * "call_<n>" then; arguments is JSON text, NULL: "{}"). Calls reach the
 * caller once the engine returned 0. SX_EPARSE past the limits above. */
int sx_llm_emit_tool_call(sx_llm_emit *em, const char *id, const char *name,
			  const char *arguments);
/* True once the request was cancelled: the engine should return soon
 * (its return code is then ignored). */
bool sx_llm_emit_cancelled(const sx_llm_emit *em);

/* A deterministic engine behind the builtin provider. It runs on the
 * worker thread, receives the request (opts->engine_input is its own
 * input) and streams through em. Returns 0, or an SX_E* code with err
 * filled; the finish reason is then "error". */
typedef int (*sx_llm_engine_fn)(void *payload, const sx_llm_message *messages, size_t n,
				const sx_llm_chat_opts *opts, sx_llm_emit *em, sx_error *err);

/* Registers (or replaces) the engine called name for this client. With
 * the "openai" provider engines are kept but not run. */
int sx_llm_register_engine(sx_llm *llm, const char *name, sx_llm_engine_fn fn, void *payload,
			   sx_error *err);

/* --------------------------------------------------------------- history */

/* Usage recorded in the workspace (table llm_usage), for one run_id or,
 * when run_id is NULL, for everything: a JSON object with requests,
 * cache_hits, prompt_tokens, completion_tokens, cost_usd, and per model
 * totals under "models". Caller frees. */
int sx_llm_usage_summary(sx_store *st, const char *run_id, cJSON **out, sx_error *err);
/* Creates the module's tables if needed (the client does this itself). */
int sx_llm_store_migrate(sx_store *st, sx_error *err);

#ifdef __cplusplus
}
#endif
#endif
