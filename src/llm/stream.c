/*
 * stream.c - Server-Sent Events framing and OpenAI chat-completion deltas.
 *
 * A pure unit: body bytes in (in whatever pieces the network delivers),
 * content and reasoning text out through two callbacks. No curl, no
 * threads, no clock, so tests can split a stream at every byte offset and
 * the fuzz harness can throw anything at it.
 *
 * Layers, bottom up:
 *   1. lines: bytes are gathered until LF, CR or CRLF (a CRLF may straddle
 *      two pieces; `cr` remembers a trailing CR). Lines are bounded by
 *      max_event so a server that never sends a newline cannot exhaust
 *      memory.
 *   2. events (WHATWG SSE): "data:" lines accumulate, a blank line
 *      dispatches, ":" comments and other fields are ignored.
 *   3. chunks: each event's data is "[DONE]" or a JSON chunk
 *      ({"choices":[{"delta":{...},"finish_reason":..}],"usage":..}), or an
 *      error object, which fails the stream with the server's message.
 *   4. text: reasoning arrives as delta.reasoning_content (DeepSeek, vLLM,
 *      Together) or delta.reasoning (Ollama, OpenRouter), or inline as
 *      <think>...</think> inside content (Qwen3, DeepSeek-R1 templates); tags
 *      may be split across deltas. Each channel's text is made valid UTF-8:
 *      an incomplete sequence at the end of a delta is held for the next
 *      delta, invalid bytes become U+FFFD and are counted.
 *   5. tool calls: delta.tool_calls[] fragments (and the older
 *      function_call) are joined per call, their arguments made valid
 *      UTF-8 the same way with a carry per call, and shown as they come
 *      (tool_delta). Only when the reply is complete ([DONE], or a finish
 *      reason and the end of the body) are the calls final and handed out
 *      (tool_call). The number of calls and their bytes are capped
 *      (SX_LLM_MAX_TOOL_*) against a hostile server. Chunks with tool
 *      calls take the cJSON path; the fast scanner handles text only.
 *
 * Invalid JSON, invalid UTF-8 and oversized events are reported (the
 * stream fails with SX_EPARSE, or the count in invalid_utf8), never crash.
 */
#include <stdlib.h>
#include <string.h>

#include "llm_int.h"

#define CH_CONTENT 0
#define CH_REASONING 1

static const char THINK_OPEN[] = "<think>";
static const char THINK_CLOSE[] = "</think>";
static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

void sx__llm_stream_init(sx_llm_stream *s, const sx_llm_stream_cb *cb, bool think_tags,
			 size_t max_event)
{
	memset(s, 0, sizeof *s);
	if (cb)
		s->cb = *cb;
	s->think_tags = think_tags;
	s->max_event = max_event ? max_event : SX_LLM_MAX_EVENT_DEFAULT;
	s->last_channel = -1;
}

void sx__llm_stream_release(sx_llm_stream *s)
{
	size_t i;
	for (i = 0; i < s->calls.n; i++) {
		sx_buf_release(&s->calls.v[i].id);
		sx_buf_release(&s->calls.v[i].name);
		sx_buf_release(&s->calls.v[i].args);
	}
	SX_VEC_FREE(&s->calls);
	free(s->out);
	sx_buf_release(&s->line);
	sx_buf_release(&s->data);
	sx_buf_release(&s->fast[0]);
	sx_buf_release(&s->fast[1]);
	sx_buf_release(&s->fast[2]);
}

static int fail(sx_llm_stream *s, int code, const char *fmt, const char *detail)
{
	if (s->failed)
		return s->fail_code;
	s->failed = true;
	s->fail_code = code;
	sx_error_set(&s->err, code, fmt, detail);
	return code;
}

void sx__llm_clean(char *dst, size_t cap, const char *src, size_t n)
{
	sx_buf b = SX_BUF_INIT;
	size_t k;
	sx_buf_put_sanitized(&b, src, n, false);
	k = b.len < cap - 1 ? b.len : cap - 1;
	/* do not cut a UTF-8 sequence in half */
	while (k > 0 && k < b.len && ((unsigned char)b.ptr[k] & 0xC0) == 0x80)
		k--;
	if (k)
		memcpy(dst, b.ptr, k);
	dst[k] = '\0';
	sx_buf_release(&b);
}

/* ------------------------------------------------------------- UTF-8 */

/* Length of the sequence a lead byte announces, 0 for an invalid lead. */
static size_t seq_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	if (c >= 0xE0 && c <= 0xEF)
		return 3;
	if (c >= 0xF0 && c <= 0xF4)
		return 4;
	return 0;
}

/* Whether b may follow lead at position 1 of a sequence (RFC 3629 table:
 * excludes overlongs, surrogates and code points above U+10FFFF). */
static bool second_ok(unsigned char lead, unsigned char b)
{
	if (lead == 0xE0)
		return b >= 0xA0 && b <= 0xBF;
	if (lead == 0xED)
		return b >= 0x80 && b <= 0x9F;
	if (lead == 0xF0)
		return b >= 0x90 && b <= 0xBF;
	if (lead == 0xF4)
		return b >= 0x80 && b <= 0x8F;
	return b >= 0x80 && b <= 0xBF;
}

/* How many bytes at p (n available) form a valid sequence: >0 complete,
 * 0 invalid, -k a valid but incomplete prefix of k bytes. */
static long check_seq(const unsigned char *p, size_t n)
{
	size_t len = seq_len(p[0]), i;
	if (len == 0)
		return 0;
	for (i = 1; i < len; i++) {
		if (i >= n)
			return -(long)i;
		if (i == 1 ? !second_ok(p[0], p[1]) : (p[i] & 0xC0) != 0x80)
			return 0;
	}
	return (long)len;
}

static void deliver(sx_llm_stream *s, int ch, const char *t, size_t n)
{
	if (!n)
		return;
	if (ch == CH_CONTENT) {
		s->content_bytes += (int64_t)n;
		if (s->cb.content)
			s->cb.content(s->cb.payload, t, n);
	} else {
		s->reasoning_bytes += (int64_t)n;
		if (s->cb.reasoning)
			s->cb.reasoning(s->cb.payload, t, n);
	}
}

/* Where repaired text goes: a channel's callback or a tool call's
 * arguments. */
typedef void (*u8_put)(sx_llm_stream *s, void *ctx, const char *t, size_t n);

/* An incomplete sequence held in carry can no longer be completed (the
 * channel changed, the call ended or the stream ended). */
static void u8_flush(sx_llm_stream *s, size_t *ncarry, u8_put put, void *ctx)
{
	if (*ncarry) {
		*ncarry = 0;
		s->invalid_utf8++;
		put(s, ctx, REPLACEMENT, 3);
	}
}

/* Sends t to put as valid UTF-8: an incomplete sequence at the end is
 * kept in carry (4 bytes) for the next piece, invalid bytes become
 * U+FFFD. The common case (all valid, no carry) is one pass and one put. */
static void u8_fix(sx_llm_stream *s, char *carry, size_t *ncarry, const char *t, size_t n,
		   u8_put put, void *ctx)
{
	const unsigned char *p = (const unsigned char *)t;
	size_t i = 0, start = 0;

	if (*ncarry) {
		/* complete the held sequence with the first bytes of t */
		unsigned char seq[4];
		size_t have = *ncarry, take = 0;
		long r;
		memcpy(seq, carry, have);
		while (have < 4 && take < n) {
			seq[have++] = p[take++];
			r = check_seq(seq, have);
			if (r != -(long)have)
				break;
		}
		r = check_seq(seq, have);
		if (r > 0) {
			*ncarry = 0;
			put(s, ctx, (const char *)seq, (size_t)r);
			i = start = take;
		} else if (r < 0 && take == n) {
			memcpy(carry, seq, have);
			*ncarry = have;
			return;
		} else {
			/* invalid: the held bytes become one U+FFFD, t is
			 * scanned from its start */
			u8_flush(s, ncarry, put, ctx);
		}
	}
	while (i < n) {
		long r;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		r = check_seq(p + i, n - i);
		if (r > 0) {
			i += (size_t)r;
			continue;
		}
		if (i > start)
			put(s, ctx, t + start, i - start);
		if (r < 0) {
			/* incomplete at the very end: keep for the next piece */
			memcpy(carry, p + i, (size_t)-r);
			*ncarry = (size_t)-r;
			return;
		}
		s->invalid_utf8++;
		put(s, ctx, REPLACEMENT, 3);
		i++;
		start = i;
	}
	if (n > start)
		put(s, ctx, t + start, n - start);
}

static void put_content(sx_llm_stream *s, void *ctx, const char *t, size_t n)
{
	(void)ctx;
	deliver(s, CH_CONTENT, t, n);
}

static void put_reasoning(sx_llm_stream *s, void *ctx, const char *t, size_t n)
{
	(void)ctx;
	deliver(s, CH_REASONING, t, n);
}

static u8_put channel_put(int ch)
{
	return ch == CH_CONTENT ? put_content : put_reasoning;
}

static void flush_carry(sx_llm_stream *s, int ch)
{
	u8_flush(s, &s->ncarry[ch], channel_put(ch), NULL);
}

/* Sends t to a channel as valid UTF-8. */
static void emit(sx_llm_stream *s, int ch, const char *t, size_t n)
{
	if (!n)
		return;
	if (s->last_channel != ch && s->last_channel >= 0)
		flush_carry(s, s->last_channel);
	s->last_channel = ch;
	u8_fix(s, s->carry[ch], &s->ncarry[ch], t, n, channel_put(ch), NULL);
}

/* Drops the newlines a model puts right after <think> and </think>. */
static void emit_text(sx_llm_stream *s, int ch, const char *t, size_t n)
{
	if (s->eat_newlines) {
		while (n && (*t == '\n' || *t == '\r')) {
			t++;
			n--;
		}
		if (n)
			s->eat_newlines = false;
	}
	emit(s, ch, t, n);
}

void sx__llm_stream_reasoning(sx_llm_stream *s, const char *t, size_t n)
{
	emit(s, CH_REASONING, t, n);
}

void sx__llm_stream_content(sx_llm_stream *s, const char *t, size_t n)
{
	if (!s->think_tags) {
		emit(s, CH_CONTENT, t, n);
		return;
	}
	while (n) {
		const char *tag = s->in_think ? THINK_CLOSE : THINK_OPEN;
		size_t tlen = s->in_think ? sizeof THINK_CLOSE - 1 : sizeof THINK_OPEN - 1;
		int ch = s->in_think ? CH_REASONING : CH_CONTENT;
		const char *lt;
		size_t m = 0, avail;

		if (s->taglen) {
			/* continue a tag begun in an earlier delta */
			while (s->taglen < tlen && m < n && t[m] == tag[s->taglen]) {
				s->taglen++;
				m++;
			}
			if (s->taglen == tlen) {
				s->taglen = 0;
				s->in_think = !s->in_think;
				s->eat_newlines = true;
				t += m;
				n -= m;
				continue;
			}
			if (m == n)
				return; /* still a prefix: wait for more */
			/* not a tag after all: the held bytes are text */
			emit_text(s, ch, tag, s->taglen);
			s->taglen = 0;
			t += m;
			n -= m;
			continue;
		}
		lt = memchr(t, '<', n);
		if (!lt) {
			emit_text(s, ch, t, n);
			return;
		}
		emit_text(s, ch, t, (size_t)(lt - t));
		n -= (size_t)(lt - t);
		t = lt;
		avail = n < tlen ? n : tlen;
		while (m < avail && t[m] == tag[m])
			m++;
		if (m == tlen) {
			s->in_think = !s->in_think;
			s->eat_newlines = true;
			t += tlen;
			n -= tlen;
		} else if (m == n) {
			s->taglen = m; /* a prefix at the end: hold it */
			return;
		} else {
			emit_text(s, ch, t, 1);
			t++;
			n--;
		}
	}
}

/* ------------------------------------------------------------- chunks */

static void copy_str(char *dst, size_t cap, const char *src)
{
	size_t n = strlen(src);
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* A token count from untrusted JSON: converting an out-of-range double
 * to an integer is undefined, so clamp first. */
static int64_t count_of(double d)
{
	if (!(d > 0)) /* also NaN */
		return 0;
	return d >= 9.0e18 ? (int64_t)9000000000000000000LL : (int64_t)d;
}

static int64_t count_item(const cJSON *obj, const char *key)
{
	const cJSON *it = cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
	return cJSON_IsNumber(it) ? count_of(it->valuedouble) : 0;
}

static void take_usage(sx_llm_stream *s, const cJSON *u)
{
	const cJSON *d;
	if (!cJSON_IsObject(u))
		return;
	s->usage.reported = true;
	s->usage.prompt_tokens = count_item(u, "prompt_tokens");
	s->usage.completion_tokens = count_item(u, "completion_tokens");
	d = cJSON_GetObjectItemCaseSensitive(u, "completion_tokens_details");
	s->usage.reasoning_tokens = count_item(d, "reasoning_tokens");
}

/* Error objects come as {"error":{"message":..,"type":..,"code":..}},
 * {"error":"text"} or {"message":..,"object":"error"} (vLLM). */
static int take_error(sx_llm_stream *s, const cJSON *root)
{
	const cJSON *e = cJSON_GetObjectItemCaseSensitive(root, "error"), *code;
	const char *msg = NULL, *type = NULL;
	char raw[300], text[300];

	if (cJSON_IsString(e)) {
		msg = e->valuestring;
	} else if (cJSON_IsObject(e)) {
		msg = sx_json_str(e, "message", NULL);
		type = sx_json_str(e, "type", NULL);
		code = cJSON_GetObjectItemCaseSensitive(e, "code");
		if (cJSON_IsNumber(code))
			s->error_status = code->valueint;
		else if (cJSON_IsString(code))
			s->error_status = atoi(code->valuestring);
	} else {
		msg = sx_json_str(root, "message", NULL);
		code = cJSON_GetObjectItemCaseSensitive(root, "code");
		if (cJSON_IsNumber(code))
			s->error_status = code->valueint;
	}
	snprintf(raw, sizeof raw, "%s%s%s", msg ? msg : "no message", type ? " / " : "",
		 type ? type : "");
	sx__llm_clean(text, sizeof text, raw, strlen(raw));
	return fail(s, SX_EIO, "the endpoint reported an error: %s", text);
}

static bool is_error(const cJSON *root)
{
	const cJSON *e = cJSON_GetObjectItemCaseSensitive(root, "error");
	if (e && !cJSON_IsNull(e))
		return true;
	return cJSON_IsString(cJSON_GetObjectItemCaseSensitive(root, "object")) &&
	       strcmp(cJSON_GetObjectItemCaseSensitive(root, "object")->valuestring, "error") == 0;
}

static void take_text(sx_llm_stream *s, const cJSON *obj, bool *had)
{
	const cJSON *c;
	/* cJSON's lookups on an array return its first element: look only
	 * into objects */
	if (!cJSON_IsObject(obj))
		return;
	/* reasoning first: a chunk carrying both is ordered that way by
	 * every server we know */
	c = cJSON_GetObjectItemCaseSensitive(obj, "reasoning_content");
	if (!cJSON_IsString(c))
		c = cJSON_GetObjectItemCaseSensitive(obj, "reasoning");
	if (cJSON_IsString(c) && c->valuestring[0]) {
		sx__llm_stream_reasoning(s, c->valuestring, strlen(c->valuestring));
		*had = true;
	}
	c = cJSON_GetObjectItemCaseSensitive(obj, "content");
	if (cJSON_IsString(c) && c->valuestring[0]) {
		sx__llm_stream_content(s, c->valuestring, strlen(c->valuestring));
		*had = true;
	}
}

/* ------------------------------------------------------------- tool calls */

/* Streamed tool calls arrive as delta.tool_calls[] elements, each naming
 * its call by "index" and carrying the id and the name once and the
 * arguments in fragments cut anywhere (inside a UTF-8 character too, as
 * raw bytes in the JSON string). Whole completions carry message.tool_calls
 * with whole strings; older servers send delta/message.function_call,
 * which is one call without an id. Servers differ: some repeat the id and
 * name in every fragment (ignored when equal), some leave out "index"
 * (the position in the array is used), some reuse index 0 for each call
 * (a different id there starts a new call). */

static void put_args(sx_llm_stream *s, void *ctx, const char *t, size_t n)
{
	(void)s;
	sx_buf_put(ctx, t, n);
}

static bool buf_is(const sx_buf *b, const char *t, size_t n)
{
	return b->len == n && (n == 0 || memcmp(b->ptr, t, n) == 0);
}

static int tool_fail(sx_llm_stream *s, const char *what, unsigned long limit, const char *unit)
{
	char d[96];
	snprintf(d, sizeof d, "%s %lu %s", what, limit, unit);
	return fail(s, SX_EPARSE, "the endpoint sent tool calls past a limit: %s", d);
}

int sx__llm_stream_tool(sx_llm_stream *s, int64_t key, const char *id, const char *name,
			const char *args, size_t nargs)
{
	sx_llm_tcall *c = NULL;
	size_t i, nid = id ? strlen(id) : 0, nname = name ? strlen(name) : 0, before;

	if (s->failed)
		return s->fail_code;
	if (s->calls_final)
		return 0; /* the reply was complete: nothing joins it any more */
	for (i = s->calls.n; i > 0; i--)
		if (s->calls.v[i - 1].key == key) {
			c = &s->calls.v[i - 1];
			break;
		}
	if (c && nid && c->id.len && !buf_is(&c->id, id, nid))
		c = NULL; /* a new call under a reused index */
	if (!c) {
		sx_llm_tcall z;
		if (s->calls.n >= SX_LLM_MAX_TOOL_CALLS)
			return tool_fail(s, "more than", SX_LLM_MAX_TOOL_CALLS, "calls");
		memset(&z, 0, sizeof z);
		z.key = key;
		if (SX_VEC_PUSH(&s->calls, z))
			return fail(s, SX_ENOMEM, "out of memory reading the stream%s", "");
		c = &s->calls.v[s->calls.n - 1];
	}
	if (nid && !c->id.len) {
		if (nid > SX_LLM_MAX_TOOL_NAME_BYTES)
			return tool_fail(s, "an id longer than", SX_LLM_MAX_TOOL_NAME_BYTES, "bytes");
		sx_buf_put(&c->id, id, nid);
	}
	if (nname && !buf_is(&c->name, name, nname)) {
		/* a name sent again whole is ignored, fragments are joined */
		if (c->name.len + nname > SX_LLM_MAX_TOOL_NAME_BYTES)
			return tool_fail(s, "a name longer than", SX_LLM_MAX_TOOL_NAME_BYTES,
					 "bytes");
		sx_buf_put(&c->name, name, nname);
	}
	before = c->args.len;
	if (nargs) {
		if (nargs > SX_LLM_MAX_TOOL_ARGS_BYTES - s->tool_bytes)
			return tool_fail(s, "arguments over", SX_LLM_MAX_TOOL_ARGS_BYTES, "bytes");
		s->tool_bytes += nargs;
		u8_fix(s, c->carry, &c->ncarry, args, nargs, put_args, &c->args);
	}
	if (sx_buf_failed(&c->id) || sx_buf_failed(&c->name) || sx_buf_failed(&c->args))
		return fail(s, SX_ENOMEM, "out of memory reading the stream%s", "");
	if (s->cb.tool_delta && (nid || nname || c->args.len > before)) {
		sx_llm_tool_delta d;
		d.call = (size_t)(c - s->calls.v);
		d.id = sx_buf_cstr(&c->id);
		d.name = sx_buf_cstr(&c->name);
		d.arguments = c->args.ptr ? c->args.ptr + before : "";
		d.arguments_len = c->args.len - before;
		s->cb.tool_delta(s->cb.payload, &d);
	}
	return 0;
}

/* Makes a complete UTF-8 text of b (ids and names are taken whole). */
static void repair_whole(sx_llm_stream *s, sx_buf *b)
{
	sx_buf t = SX_BUF_INIT;
	char carry[4];
	size_t nc = 0;
	if (!b->len || sx_utf8_valid(b->ptr, b->len))
		return;
	u8_fix(s, carry, &nc, b->ptr, b->len, put_args, &t);
	u8_flush(s, &nc, put_args, &t);
	sx_buf_release(b);
	*b = t;
}

/* The reply is complete: the calls become final and are handed out. */
static int tools_end(sx_llm_stream *s)
{
	size_t i;
	if (s->calls_final || s->failed)
		return s->failed ? s->fail_code : 0;
	s->calls_final = true;
	if (!s->calls.n)
		return 0;
	if (!(s->out = sx_calloc(s->calls.n, sizeof *s->out)))
		return fail(s, SX_ENOMEM, "out of memory reading the stream%s", "");
	for (i = 0; i < s->calls.n; i++) {
		sx_llm_tcall *c = &s->calls.v[i];
		size_t before = c->args.len;
		u8_flush(s, &c->ncarry, put_args, &c->args);
		if (c->args.len > before && s->cb.tool_delta && !sx_buf_failed(&c->args)) {
			/* the U+FFFD of a character cut at the end is shown too */
			sx_llm_tool_delta d = {i, sx_buf_cstr(&c->id), sx_buf_cstr(&c->name),
					       c->args.ptr + before, c->args.len - before};
			s->cb.tool_delta(s->cb.payload, &d);
		}
		repair_whole(s, &c->id);
		repair_whole(s, &c->name);
		if (!c->id.len)
			sx_buf_printf(&c->id, "call_%zu", i);
		if (!c->args.len)
			sx_buf_puts(&c->args, "{}");
		if (sx_buf_failed(&c->id) || sx_buf_failed(&c->name) || sx_buf_failed(&c->args))
			return fail(s, SX_ENOMEM, "out of memory reading the stream%s", "");
		s->out[i].id = c->id.ptr;
		s->out[i].name = sx_buf_cstr(&c->name);
		s->out[i].arguments = c->args.ptr;
	}
	s->nout = s->calls.n;
	for (i = 0; s->cb.tool_call && i < s->nout; i++)
		s->cb.tool_call(s->cb.payload, &s->out[i]);
	return 0;
}

static int take_function(sx_llm_stream *s, int64_t key, const char *id, const cJSON *fn,
			 bool *had)
{
	const cJSON *name = NULL, *a = NULL;
	char *printed = NULL;
	const char *args = NULL;
	int rc;
	if (cJSON_IsObject(fn)) {
		name = cJSON_GetObjectItemCaseSensitive(fn, "name");
		a = cJSON_GetObjectItemCaseSensitive(fn, "arguments");
	}
	if (cJSON_IsString(a)) {
		args = a->valuestring;
	} else if (cJSON_IsObject(a) || cJSON_IsArray(a)) {
		/* some servers send the arguments as a JSON value */
		if (!(args = printed = cJSON_PrintUnformatted(a)))
			return fail(s, SX_ENOMEM, "out of memory reading the stream%s", "");
	}
	rc = sx__llm_stream_tool(s, key, id, cJSON_IsString(name) ? name->valuestring : NULL, args,
				 args ? strlen(args) : 0);
	free(printed);
	*had = true;
	return rc;
}

static int take_tools(sx_llm_stream *s, const cJSON *obj, bool *had)
{
	const cJSON *arr, *tc;
	int64_t pos = 0;
	int rc;
	if (!cJSON_IsObject(obj))
		return 0;
	arr = cJSON_GetObjectItemCaseSensitive(obj, "tool_calls");
	if (cJSON_IsArray(arr)) {
		cJSON_ArrayForEach(tc, arr)
		{
			const cJSON *ix, *id;
			int64_t key = pos++;
			if (!cJSON_IsObject(tc))
				continue;
			ix = cJSON_GetObjectItemCaseSensitive(tc, "index");
			if (cJSON_IsNumber(ix) && ix->valuedouble >= 0 && ix->valuedouble < 1e9 &&
			    ix->valuedouble == (double)(int64_t)ix->valuedouble)
				key = (int64_t)ix->valuedouble;
			id = cJSON_GetObjectItemCaseSensitive(tc, "id");
			if ((rc = take_function(s, key, cJSON_IsString(id) ? id->valuestring : NULL,
						cJSON_GetObjectItemCaseSensitive(tc, "function"), had)))
				return rc;
		}
	}
	arr = cJSON_GetObjectItemCaseSensitive(obj, "function_call");
	if (cJSON_IsObject(arr))
		return take_function(s, -1, NULL, arr, had);
	return 0;
}

/* One chunk (streaming: "delta"; whole completion: "message"). */
static int take_chunk(sx_llm_stream *s, const cJSON *root, const char *part)
{
	const cJSON *choices, *ch, *fr, *model;
	bool had = false;

	if (!cJSON_IsObject(root))
		return fail(s, SX_EPARSE, "the endpoint sent a stream event that is not a JSON object%s",
			    "");
	if (is_error(root))
		return take_error(s, root);
	model = cJSON_GetObjectItemCaseSensitive(root, "model");
	if (cJSON_IsString(model) && !s->model[0])
		copy_str(s->model, sizeof s->model, model->valuestring);
	choices = cJSON_GetObjectItemCaseSensitive(root, "choices");
	ch = cJSON_IsArray(choices) ? cJSON_GetArrayItem(choices, 0) : NULL;
	if (cJSON_IsObject(ch)) {
		int rc;
		take_text(s, cJSON_GetObjectItemCaseSensitive(ch, part), &had);
		if ((rc = take_tools(s, cJSON_GetObjectItemCaseSensitive(ch, part), &had)))
			return rc;
		fr = cJSON_GetObjectItemCaseSensitive(ch, "finish_reason");
		if (cJSON_IsString(fr) && fr->valuestring[0] && !s->finish[0])
			copy_str(s->finish, sizeof s->finish, fr->valuestring);
	}
	take_usage(s, cJSON_GetObjectItemCaseSensitive(root, "usage"));
	if (had)
		s->chunks++;
	return 0;
}


/* ------------------------------------------------------------- fast path */

/* A scanner for the common chunk shape that allocates nothing and visits
 * only the keys we use. It is strict JSON; on anything it does not handle
 * (escaped keys, \u0000, lone surrogates, error objects, odd nesting) it
 * gives up and the chunk goes to cJSON, so both paths agree by
 * construction (the fuzz harness checks that they do). */
struct jscan {
	const char *p, *end;
	int depth;
};

#define BAIL 1 /* not handled here: use cJSON */

static void jws(struct jscan *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

static int hex4(const char *p, unsigned *out)
{
	unsigned v = 0;
	int i;
	for (i = 0; i < 4; i++) {
		char c = p[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

static void put_cp(sx_buf *b, unsigned cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	sx_buf_put(b, u, n);
}

/* A string at j->p ('"'). With out, its decoded bytes go there; *raw and
 * *rawlen receive the undecoded span (for keys). */
static int jstr(struct jscan *j, sx_buf *out, const char **raw, size_t *rawlen, bool *escaped)
{
	const char *p = j->p + 1, *start = p;
	bool esc = false;
	if (out)
		sx_buf_clear(out);
	for (;;) {
		while (p < j->end && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20)
			p++;
		if (p >= j->end || (unsigned char)*p < 0x20)
			return BAIL;
		if (out && p > start)
			sx_buf_put(out, start, (size_t)(p - start));
		if (*p == '"')
			break;
		esc = true;
		if (p + 1 >= j->end)
			return BAIL;
		switch (p[1]) {
		case '"':
		case '\\':
		case '/':
			if (out)
				sx_buf_putc(out, p[1]);
			p += 2;
			break;
		case 'b':
		case 'f':
		case 'n':
		case 'r':
		case 't':
			if (out)
				sx_buf_putc(out, p[1] == 'b'   ? '\b'
						 : p[1] == 'f' ? '\f'
						 : p[1] == 'n' ? '\n'
						 : p[1] == 'r' ? '\r'
							       : '\t');
			p += 2;
			break;
		case 'u': {
			unsigned cp, lo;
			if (j->end - p < 6 || hex4(p + 2, &cp) || cp == 0)
				return BAIL;
			p += 6;
			if (cp >= 0xDC00 && cp <= 0xDFFF)
				return BAIL;
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (j->end - p < 6 || p[0] != '\\' || p[1] != 'u' || hex4(p + 2, &lo) ||
				    lo < 0xDC00 || lo > 0xDFFF)
					return BAIL;
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				p += 6;
			}
			if (out)
				put_cp(out, cp);
			break;
		}
		default:
			return BAIL;
		}
		start = p;
	}
	if (raw) {
		*raw = j->p + 1;
		*rawlen = (size_t)(p - j->p - 1);
	}
	if (escaped)
		*escaped = esc;
	j->p = p + 1;
	return out && sx_buf_failed(out) ? BAIL : 0;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A number in strict JSON grammar; *val gets its value when wanted. */
static int jnum(struct jscan *j, double *val)
{
	const char *p = j->p, *q = p;
	char tmp[64];
	if (q < j->end && *q == '-')
		q++;
	if (q >= j->end || !is_digit(*q))
		return BAIL;
	if (*q == '0')
		q++;
	else
		while (q < j->end && is_digit(*q))
			q++;
	if (q < j->end && *q == '.') {
		q++;
		if (q >= j->end || !is_digit(*q))
			return BAIL;
		while (q < j->end && is_digit(*q))
			q++;
	}
	if (q < j->end && (*q == 'e' || *q == 'E')) {
		q++;
		if (q < j->end && (*q == '+' || *q == '-'))
			q++;
		if (q >= j->end || !is_digit(*q))
			return BAIL;
		while (q < j->end && is_digit(*q))
			q++;
	}
	if (val) {
		if ((size_t)(q - p) >= sizeof tmp)
			return BAIL;
		memcpy(tmp, p, (size_t)(q - p));
		tmp[q - p] = '\0';
		*val = strtod(tmp, NULL);
	}
	j->p = q;
	return 0;
}

static int jlit(struct jscan *j, const char *lit)
{
	size_t n = strlen(lit);
	if ((size_t)(j->end - j->p) < n || memcmp(j->p, lit, n) != 0)
		return BAIL;
	j->p += n;
	return 0;
}

static int jskip(struct jscan *j);

/* Walks an object; for each key calls fn (which must consume the value). */
typedef int (*jkey_fn)(struct jscan *j, void *ctx, const char *key, size_t klen);

#define ENDED 2 /* jopen/jnext: the container's closing byte was consumed */

/* Enters the array or object at j->p. 0: a member follows; ENDED: it was
 * empty; BAIL: nested too deep. */
static int jopen(struct jscan *j, char close)
{
	if (++j->depth > 16)
		return BAIL;
	j->p++;
	jws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		j->depth--;
		return ENDED;
	}
	return 0;
}

/* After a member. 0: another follows (the ',' is consumed); ENDED: the
 * container closed; BAIL: anything else. */
static int jnext(struct jscan *j, char close)
{
	jws(j);
	if (j->p < j->end && *j->p == ',') {
		j->p++;
		jws(j);
		return 0;
	}
	if (j->p < j->end && *j->p == close) {
		j->p++;
		j->depth--;
		return ENDED;
	}
	return BAIL;
}

static int jobject(struct jscan *j, jkey_fn fn, void *ctx)
{
	int rc;

	for (rc = jopen(j, '}'); !rc; rc = jnext(j, '}')) {
		const char *key;
		size_t klen;
		bool esc;
		if (j->p >= j->end || *j->p != '"' || jstr(j, NULL, &key, &klen, &esc) || esc)
			return BAIL;
		jws(j);
		if (j->p >= j->end || *j->p != ':')
			return BAIL;
		j->p++;
		jws(j);
		if ((rc = fn ? fn(j, ctx, key, klen) : jskip(j)))
			return rc;
	}
	return rc == ENDED ? 0 : rc;
}

static int jskip(struct jscan *j)
{
	if (j->p >= j->end)
		return BAIL;
	switch (*j->p) {
	case '"':
		return jstr(j, NULL, NULL, NULL, NULL);
	case '{':
		return jobject(j, NULL, NULL);
	case '[': {
		int rc;
		for (rc = jopen(j, ']'); !rc; rc = jnext(j, ']'))
			if (jskip(j))
				return BAIL;
		return rc == ENDED ? 0 : rc;
	}
	case 't':
		return jlit(j, "true");
	case 'f':
		return jlit(j, "false");
	case 'n':
		return jlit(j, "null");
	default:
		return jnum(j, NULL);
	}
}

#define KEY_IS(k) (klen == sizeof(k) - 1 && memcmp(key, k, sizeof(k) - 1) == 0)

/* What one chunk said; keys seen first win, as with cJSON lookups. */
struct fchunk {
	sx_llm_stream *s;
	unsigned seen;      /* bit per key, first occurrence only */
	bool choice_done;   /* choices[0] taken */
	bool has_content, has_rc, has_r, has_finish, has_model, has_usage;
	const char *finish, *model;
	size_t finish_len, model_len;
	double pt, ct, rt;
};

enum {
	SEEN_CHOICES = 1 << 0, SEEN_MODEL = 1 << 1, SEEN_USAGE = 1 << 2, SEEN_DELTA = 1 << 3,
	SEEN_FINISH = 1 << 4, SEEN_CONTENT = 1 << 5, SEEN_RC = 1 << 6, SEEN_R = 1 << 7,
	SEEN_PT = 1 << 8, SEEN_CT = 1 << 9, SEEN_DETAILS = 1 << 10, SEEN_RT = 1 << 11,
	SEEN_ERROR = 1 << 12, SEEN_OBJECT = 1 << 13
};

static bool first(struct fchunk *c, unsigned bit)
{
	if (c->seen & bit)
		return false;
	c->seen |= bit;
	return true;
}

static int num_or_skip(struct jscan *j, double *out, bool *is_num)
{
	if (j->p < j->end && (*j->p == '-' || is_digit(*j->p))) {
		*is_num = true;
		return jnum(j, out);
	}
	return jskip(j);
}

static int on_details(struct jscan *j, void *ctx, const char *key, size_t klen)
{
	struct fchunk *c = ctx;
	bool isnum = false;
	if (KEY_IS("reasoning_tokens") && first(c, SEEN_RT)) {
		int rc = num_or_skip(j, &c->rt, &isnum);
		if (!isnum)
			c->rt = 0;
		return rc;
	}
	return jskip(j);
}

static int on_usage(struct jscan *j, void *ctx, const char *key, size_t klen)
{
	struct fchunk *c = ctx;
	bool isnum = false;
	int rc;
	if (KEY_IS("prompt_tokens") && first(c, SEEN_PT)) {
		rc = num_or_skip(j, &c->pt, &isnum);
		if (!isnum)
			c->pt = 0;
		return rc;
	}
	if (KEY_IS("completion_tokens") && first(c, SEEN_CT)) {
		rc = num_or_skip(j, &c->ct, &isnum);
		if (!isnum)
			c->ct = 0;
		return rc;
	}
	if (KEY_IS("completion_tokens_details") && first(c, SEEN_DETAILS)) {
		if (j->p < j->end && *j->p == '{')
			return jobject(j, on_details, c);
		return jskip(j);
	}
	return jskip(j);
}

/* A string value into buf (flag set), or any other value skipped. */
static int str_or_skip(struct jscan *j, sx_buf *buf, bool *has)
{
	if (j->p < j->end && *j->p == '"') {
		*has = true;
		return jstr(j, buf, NULL, NULL, NULL);
	}
	return jskip(j);
}

/* A string value as a span of the chunk (*has set when read), anything
 * else skipped; an escaped string is left to cJSON's path. */
static int span_or_skip(struct jscan *j, const char **span, size_t *len, bool *has)
{
	bool esc;
	int rc;

	if (j->p >= j->end || *j->p != '"')
		return jskip(j);
	rc = jstr(j, NULL, span, len, &esc);
	if (!rc && esc)
		return BAIL;
	*has = !rc;
	return rc;
}

/* Tool calls go to cJSON's path; a null or an empty array (some servers
 * send one with every text delta) says nothing and is skipped. */
static int null_or_bail(struct jscan *j)
{
	if (j->p < j->end && *j->p == 'n')
		return jlit(j, "null");
	if (j->p < j->end && *j->p == '[') {
		const char *p = j->p + 1;
		while (p < j->end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
			p++;
		if (p < j->end && *p == ']') {
			j->p = p + 1;
			return 0;
		}
	}
	return BAIL;
}

static int on_delta(struct jscan *j, void *ctx, const char *key, size_t klen)
{
	struct fchunk *c = ctx;
	if (KEY_IS("content") && first(c, SEEN_CONTENT))
		return str_or_skip(j, &c->s->fast[0], &c->has_content);
	if (KEY_IS("reasoning_content") && first(c, SEEN_RC))
		return str_or_skip(j, &c->s->fast[1], &c->has_rc);
	if (KEY_IS("reasoning") && first(c, SEEN_R))
		return str_or_skip(j, &c->s->fast[2], &c->has_r);
	if (KEY_IS("tool_calls") || KEY_IS("function_call"))
		return null_or_bail(j);
	return jskip(j);
}

static int on_choice(struct jscan *j, void *ctx, const char *key, size_t klen)
{
	struct fchunk *c = ctx;
	if (KEY_IS("delta") && first(c, SEEN_DELTA)) {
		if (j->p < j->end && *j->p == '{')
			return jobject(j, on_delta, c);
		return jskip(j);
	}
	if (KEY_IS("finish_reason") && first(c, SEEN_FINISH))
		return span_or_skip(j, &c->finish, &c->finish_len, &c->has_finish);
	return jskip(j);
}

static int on_top(struct jscan *j, void *ctx, const char *key, size_t klen)
{
	struct fchunk *c = ctx;
	if (KEY_IS("error") && first(c, SEEN_ERROR))
		return jlit(j, "null"); /* an error object: cJSON's path */
	if (KEY_IS("object") && first(c, SEEN_OBJECT)) {
		const char *v;
		size_t n;
		bool esc;
		if (j->p < j->end && *j->p == '"') {
			if (jstr(j, NULL, &v, &n, &esc) || esc || (n == 5 && memcmp(v, "error", 5) == 0))
				return BAIL;
			return 0;
		}
		return jskip(j);
	}
	if (KEY_IS("model") && first(c, SEEN_MODEL))
		return span_or_skip(j, &c->model, &c->model_len, &c->has_model);
	if (KEY_IS("usage") && first(c, SEEN_USAGE)) {
		if (j->p < j->end && *j->p == '{') {
			c->has_usage = true;
			return jobject(j, on_usage, c);
		}
		return jskip(j);
	}
	if (KEY_IS("choices") && first(c, SEEN_CHOICES)) {
		int rc;
		if (j->p >= j->end || *j->p != '[')
			return jskip(j);
		for (rc = jopen(j, ']'); !rc; rc = jnext(j, ']')) {
			if (!c->choice_done && j->p < j->end && *j->p == '{')
				rc = jobject(j, on_choice, c);
			else
				rc = jskip(j);
			c->choice_done = true;
			if (rc)
				return rc;
		}
		return rc == ENDED ? 0 : rc;
	}
	return jskip(j);
}

static void copy_span(char *dst, size_t cap, const char *src, size_t n)
{
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* Returns 0 when the chunk was handled here, BAIL otherwise (nothing has
 * been delivered then). */
static int fast_chunk(sx_llm_stream *s, const char *data, size_t n)
{
	struct jscan j = {data, data + n, 0};
	struct fchunk c;
	const sx_buf *r = NULL;
	bool had = false;

	if (s->no_fast || s->error_event)
		return BAIL;
	memset(&c, 0, sizeof c);
	c.s = s;
	jws(&j);
	if (j.p >= j.end || *j.p != '{')
		return BAIL;
	if (jobject(&j, on_top, &c))
		return BAIL;
	jws(&j);
	if (j.p != j.end)
		return BAIL;
	/* all parsed and valid: now act, in the order of the cJSON path */
	if (c.has_model && !s->model[0])
		copy_span(s->model, sizeof s->model, c.model, c.model_len);
	if (c.has_rc)
		r = &s->fast[1];
	else if (c.has_r)
		r = &s->fast[2];
	if (r && r->len) {
		sx__llm_stream_reasoning(s, r->ptr, r->len);
		had = true;
	}
	if (c.has_content && s->fast[0].len) {
		sx__llm_stream_content(s, s->fast[0].ptr, s->fast[0].len);
		had = true;
	}
	if (c.has_finish && c.finish_len && !s->finish[0])
		copy_span(s->finish, sizeof s->finish, c.finish, c.finish_len);
	if (c.has_usage) {
		s->usage.reported = true;
		s->usage.prompt_tokens = count_of(c.pt);
		s->usage.completion_tokens = count_of(c.ct);
		s->usage.reasoning_tokens = count_of(c.rt);
	}
	if (had)
		s->chunks++;
	return 0;
}

int sx__llm_stream_event(sx_llm_stream *s, const char *data, size_t n)
{
	cJSON *root;
	int rc;

	if (s->failed)
		return s->fail_code;
	s->events++;
	if (n == 6 && memcmp(data, "[DONE]", 6) == 0) {
		s->done = true;
		return 0;
	}
	if (fast_chunk(s, data, n) == 0)
		return 0;
	root = cJSON_ParseWithLength(data, n);
	if (!root) {
		char head[64];
		size_t k = n < sizeof head - 1 ? n : sizeof head - 1;
		sx__llm_clean(head, sizeof head, data, k);
		return fail(s, SX_EPARSE, "the endpoint sent invalid JSON in the stream: '%s'", head);
	}
	if (s->error_event && !is_error(root)) {
		/* "event: error" with a payload that is no error object */
		cJSON_Delete(root);
		return fail(s, SX_EIO, "the endpoint reported an error: %s", "unspecified");
	}
	rc = take_chunk(s, root, "delta");
	cJSON_Delete(root);
	return rc;
}

int sx__llm_stream_completion(sx_llm_stream *s, const char *body, size_t n)
{
	cJSON *root = cJSON_ParseWithLength(body, n);
	int rc;
	if (!root)
		return fail(s, SX_EPARSE, "the endpoint's response is not JSON%s", "");
	rc = take_chunk(s, root, "message");
	cJSON_Delete(root);
	if (!rc) {
		s->done = true; /* a whole answer is complete */
		rc = sx__llm_stream_finish(s);
	}
	return rc;
}

/* ------------------------------------------------------------- SSE */

static int dispatch(sx_llm_stream *s)
{
	int rc = 0;
	if (s->have_data)
		rc = sx__llm_stream_event(s, s->data.ptr ? s->data.ptr : "", s->data.len);
	sx_buf_clear(&s->data);
	s->have_data = false;
	s->error_event = false;
	return rc;
}

/* One complete line (without its terminator). */
static int take_line(sx_llm_stream *s, const char *l, size_t n)
{
	const char *colon, *val;
	size_t flen, vlen;

	if (n == 0)
		return dispatch(s);
	if (l[0] == ':')
		return 0; /* comment, e.g. ": OPENROUTER PROCESSING" keep-alives */
	colon = memchr(l, ':', n);
	flen = colon ? (size_t)(colon - l) : n;
	val = colon ? colon + 1 : l + n;
	vlen = colon ? n - flen - 1 : 0;
	if (vlen && *val == ' ') {
		val++;
		vlen--;
	}
	if (flen == 4 && memcmp(l, "data", 4) == 0) {
		if (s->have_data)
			sx_buf_putc(&s->data, '\n');
		sx_buf_put(&s->data, val, vlen);
		s->have_data = true;
		if (sx_buf_failed(&s->data))
			return fail(s, SX_ENOMEM, "out of memory reading the stream%s", "");
		if (s->data.len > s->max_event)
			return fail(s, SX_EPARSE, "a stream event is larger than the limit%s", "");
	} else if (flen == 5 && memcmp(l, "event", 5) == 0) {
		s->error_event = vlen == 5 && memcmp(val, "error", 5) == 0;
	}
	/* id, retry and unknown fields are ignored (WHATWG SSE) */
	return 0;
}

int sx__llm_stream_feed(sx_llm_stream *s, const char *data, size_t n)
{
	const char *p = data, *end = data + n;
	int rc;

	if (s->failed)
		return s->fail_code;
	if (!s->started && n) {
		/* a UTF-8 byte-order mark may open the stream; it can arrive
		 * split, so hold back until three bytes or a mismatch */
		static const char bom[] = "\xEF\xBB\xBF";
		size_t have = s->line.len;
		while (have < 3 && p < end && *p == bom[have]) {
			sx_buf_putc(&s->line, *p++);
			have++;
		}
		if (have == 3) {
			sx_buf_clear(&s->line);
			s->started = true;
		} else if (p < end) {
			s->started = true; /* no BOM: what we held is data */
		} else {
			return 0;
		}
	}
	while (p < end) {
		const char *q = p;
		if (s->cr) {
			s->cr = false;
			if (*p == '\n') {
				p++;
				continue;
			}
		}
		/* the next line end: memchr is vectorised, a byte loop is not */
		{
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			const char *lim = nl ? nl : end;
			const char *cr = memchr(p, '\r', (size_t)(lim - p));
			q = cr ? cr : lim;
		}
		if (q == end) {
			sx_buf_put(&s->line, p, (size_t)(q - p));
			if (sx_buf_failed(&s->line))
				return fail(s, SX_ENOMEM, "out of memory reading the stream%s", "");
			if (s->line.len > s->max_event)
				return fail(s, SX_EPARSE, "a stream line is longer than the limit%s", "");
			return 0;
		}
		if (s->line.len) {
			sx_buf_put(&s->line, p, (size_t)(q - p));
			if (sx_buf_failed(&s->line))
				return fail(s, SX_ENOMEM, "out of memory reading the stream%s", "");
			rc = take_line(s, s->line.ptr, s->line.len);
			sx_buf_clear(&s->line);
		} else {
			/* the whole line is in this piece: no copy */
			rc = take_line(s, p, (size_t)(q - p));
		}
		if (rc)
			return rc;
		s->cr = *q == '\r';
		p = q + 1;
	}
	return 0;
}

int sx__llm_stream_finish(sx_llm_stream *s)
{
	int rc = 0;
	if (s->failed)
		return s->fail_code;
	/* A final event whose lines all ended but that lacks the blank line
	 * is still taken; a line cut mid-way is not (it is a cut stream). */
	if (s->have_data)
		rc = dispatch(s);
	if (rc)
		return rc;
	if (s->taglen) {
		const char *tag = s->in_think ? THINK_CLOSE : THINK_OPEN;
		size_t k = s->taglen;
		s->taglen = 0;
		emit_text(s, s->in_think ? CH_REASONING : CH_CONTENT, tag, k);
	}
	flush_carry(s, CH_CONTENT);
	flush_carry(s, CH_REASONING);
	/* tool calls are handed out only from a complete reply: a cut
	 * stream's calls may lack arguments */
	if (s->done || s->finish[0])
		return tools_end(s);
	return 0;
}
