/*
 * llm_int.h - declarations private to src/llm/.
 *
 * The stream parser (stream.c) is a pure unit: bytes in, callbacks out, no
 * curl, no threads, no clock. The client (client.c) feeds it from libcurl
 * write callbacks; the unit tests, the fuzz harness and the benchmark feed
 * it directly.
 */
#ifndef SX_LLM_INT_H
#define SX_LLM_INT_H

#include <sextant/llm.h>

/* ------------------------------------------------------------ stream.c */

/* Upper bound of one SSE event (one line, or the data lines of one event
 * together), so a server that never sends a newline cannot make us buffer
 * without limit. */
#define SX_LLM_MAX_EVENT_DEFAULT (8u << 20)

typedef struct sx_llm_stream_cb {
	void (*content)(void *payload, const char *s, size_t n);
	void (*reasoning)(void *payload, const char *s, size_t n);
	void *payload;
	/* tool calls: each fragment as it comes, each whole call at the end */
	void (*tool_delta)(void *payload, const sx_llm_tool_delta *d);
	void (*tool_call)(void *payload, const sx_llm_tool_call *c);
} sx_llm_stream_cb;

/* One tool call being assembled from deltas. */
typedef struct sx_llm_tcall {
	int64_t key;          /* the server's index (or the position in the
				 array when it sent none); -1: function_call */
	sx_buf id, name, args;
	char carry[4];        /* incomplete UTF-8 at the end of args */
	size_t ncarry;
} sx_llm_tcall;

/* Parser state for one response. Feed it the body bytes in any split. */
typedef struct sx_llm_stream {
	sx_llm_stream_cb cb;
	size_t max_event;
	bool think_tags;      /* split <think>...</think> out of content */
	/* SSE framing */
	sx_buf line;          /* the current, unterminated line */
	sx_buf data;          /* data lines of the current event */
	bool have_data;
	bool error_event;     /* "event: error" seen for the current event */
	bool cr;              /* the previous byte was CR (CRLF may straddle) */
	bool started;         /* past a possible byte-order mark */
	/* what the stream said */
	bool done;            /* data: [DONE] */
	bool failed;          /* an error object, bad JSON or an oversized event */
	int fail_code;        /* SX_EIO (error object), SX_EPARSE */
	int error_status;     /* numeric "code" of an error object, else 0 */
	sx_error err;
	char finish[32];      /* first non-null finish_reason */
	char model[128];
	sx_llm_usage usage;
	int64_t events;       /* data events parsed */
	int64_t chunks;       /* events that carried a delta */
	int64_t content_bytes, reasoning_bytes;
	int64_t invalid_utf8;
	/* <think> splitting across deltas */
	bool in_think;
	size_t taglen;        /* bytes of the current tag matched so far */
	bool eat_newlines;    /* drop newlines right after a tag */
	/* incomplete UTF-8 sequence at the end of a delta, per channel */
	char carry[2][4];
	size_t ncarry[2];
	int last_channel;     /* -1 none, 0 content, 1 reasoning */
	/* the allocation-free chunk scanner: decoded content, reasoning_content
	 * and reasoning of the current chunk; no_fast sends every chunk to
	 * cJSON (the fuzz harness compares both paths) */
	sx_buf fast[3];
	bool no_fast;
	/* tool calls, assembled; `out` is filled when the reply is complete
	 * (at finish, after [DONE] or a finish_reason) and points into
	 * `calls` */
	SX_VEC(sx_llm_tcall) calls;
	size_t tool_bytes;    /* argument bytes of all calls */
	sx_llm_tool_call *out;
	size_t nout;
	bool calls_final;
} sx_llm_stream;

void sx__llm_stream_init(sx_llm_stream *s, const sx_llm_stream_cb *cb, bool think_tags,
			 size_t max_event);
void sx__llm_stream_release(sx_llm_stream *s);
/* Feeds body bytes of an SSE response. Returns 0, or the failure code once
 * the stream has failed (further bytes are then ignored). */
int sx__llm_stream_feed(sx_llm_stream *s, const char *data, size_t n);
/* End of body: dispatches a complete pending event, flushes a held-back
 * partial tag and incomplete UTF-8. Returns 0 or the failure code. */
int sx__llm_stream_finish(sx_llm_stream *s);
/* Parses a whole non-streamed chat completion (or error) body. */
int sx__llm_stream_completion(sx_llm_stream *s, const char *body, size_t n);
/* Parses one event's data (a JSON chunk or [DONE]); used by feed. */
int sx__llm_stream_event(sx_llm_stream *s, const char *data, size_t n);
/* Content text as a model sent it: splits <think> spans, fixes UTF-8. */
void sx__llm_stream_content(sx_llm_stream *s, const char *t, size_t n);
void sx__llm_stream_reasoning(sx_llm_stream *s, const char *t, size_t n);
/* One fragment of a tool call (the parser's own entry for deltas, also
 * used to replay calls): key as in sx_llm_tcall; id, name and args may be
 * NULL. Returns 0 or the failure code (a limit was passed). */
int sx__llm_stream_tool(sx_llm_stream *s, int64_t key, const char *id, const char *name,
			const char *args, size_t nargs);
/* Copies n bytes of untrusted text into dst (cap bytes) sanitized for a
 * terminal, on one line, truncated at a character boundary. */
void sx__llm_clean(char *dst, size_t cap, const char *src, size_t n);

/* ------------------------------------------------------------ secret.c */

/* Replaces in buf every run of >= 6 bytes that also occurs in key by
 * "***", so an echoed or partly masked key never reaches a message. */
void sx__llm_redact(char *buf, size_t cap, const char *key);
/* Writes url into out without "user:password@". */
void sx__llm_url_public(const char *url, char *out, size_t n);
/* Reads the API key: environment first, then api_key_command. *key is a
 * heap string (NULL when none), *source names where it came from. */
int sx__llm_key_resolve(const char *base_url, const char *command, char **key,
			const char **source, sx_error *err);
/* The same with [llm] api_key_env: the variable var only (never the
 * default ones), then api_key_command. *source is var itself (the caller
 * keeps it alive). SX_EINVAL when var is not a variable name. */
int sx__llm_key_resolve_var(const char *var, const char *command, char **key, const char **source,
                            sx_error *err);
/* Overwrites and frees a secret. */
void sx__llm_secret_free(char *s);

/* ------------------------------------------------------------- body.c */

/* Builds the JSON request body of a chat completion into *out (heap).
 * stream_usage adds stream_options.include_usage. SX_EINVAL for a
 * json_schema that is not JSON, SX_ENOMEM. */
int sx__llm_chat_body(char **out, const char *model, const sx_llm_message *m, size_t n,
		      const sx_llm_chat_opts *o, bool stream, bool stream_usage, sx_error *err);
const char *sx__llm_role_name(sx_llm_role r);

/* ------------------------------------------------------------ cache.c */

typedef struct sx_llm_cache_entry {
	char *content, *reasoning;
	char *tool_calls;     /* JSON array of {id, name, arguments}, "" none */
	char finish[32], model[128];
	sx_llm_usage usage;
} sx_llm_cache_entry;

/* Exact response cache and usage history in the workspace. The key is
 * the non-streamed request body (model, messages, parameters) with the
 * provider's base URL; lookups compare the whole key, not only its hash. */
/* now_s is wall-clock Unix time (a parameter so tests can age entries).
 * get returns SX_ENOTFOUND on a miss or an expired entry. */
int sx__llm_cache_get(sx_store *st, const char *base_url, const char *body, int64_t ttl_s,
		      int64_t now_s, sx_llm_cache_entry *out, sx_error *err);
int sx__llm_cache_put(sx_store *st, const char *base_url, const char *body, int64_t ttl_s,
		      int64_t now_s, const char *content, const char *reasoning,
		      const char *tool_calls, const sx_llm_result *res, sx_error *err);
void sx__llm_cache_entry_release(sx_llm_cache_entry *e);
int sx__llm_cache_count(sx_store *st, bool hit, sx_error *err);
int sx__llm_usage_record(sx_store *st, const sx_llm_chat_opts *o, const sx_llm_result *res,
			 sx_error *err);

#endif
