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
	sx_buf_release(&s->line);
	sx_buf_release(&s->data);
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

/* An incomplete sequence left at the end of a channel can no longer be
 * completed (the channel changed or the stream ended). */
static void flush_carry(sx_llm_stream *s, int ch)
{
	if (s->ncarry[ch]) {
		s->ncarry[ch] = 0;
		s->invalid_utf8++;
		deliver(s, ch, REPLACEMENT, 3);
	}
}

/* Sends t to a channel as valid UTF-8. The common case (all valid, no
 * carry) is one pass and one callback. */
static void emit(sx_llm_stream *s, int ch, const char *t, size_t n)
{
	const unsigned char *p = (const unsigned char *)t;
	size_t i = 0, start = 0;

	if (!n)
		return;
	if (s->last_channel != ch && s->last_channel >= 0)
		flush_carry(s, s->last_channel);
	s->last_channel = ch;
	if (s->ncarry[ch]) {
		/* complete the held sequence with the first bytes of t */
		unsigned char seq[4];
		size_t have = s->ncarry[ch], take = 0;
		long r;
		memcpy(seq, s->carry[ch], have);
		while (have < 4 && take < n) {
			seq[have++] = p[take++];
			r = check_seq(seq, have);
			if (r != -(long)have)
				break;
		}
		r = check_seq(seq, have);
		if (r > 0) {
			s->ncarry[ch] = 0;
			deliver(s, ch, (const char *)seq, (size_t)r);
			i = start = take;
		} else if (r < 0 && take == n) {
			memcpy(s->carry[ch], seq, have);
			s->ncarry[ch] = have;
			return;
		} else {
			/* invalid: the held bytes become one U+FFFD, t is
			 * scanned from its start */
			flush_carry(s, ch);
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
		deliver(s, ch, t + start, i - start);
		if (r < 0) {
			/* incomplete at the very end: keep for the next delta */
			memcpy(s->carry[ch], p + i, (size_t)-r);
			s->ncarry[ch] = (size_t)-r;
			return;
		}
		s->invalid_utf8++;
		deliver(s, ch, REPLACEMENT, 3);
		i++;
		start = i;
	}
	deliver(s, ch, t + start, n - start);
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

static void take_usage(sx_llm_stream *s, const cJSON *u)
{
	const cJSON *d;
	if (!cJSON_IsObject(u))
		return;
	s->usage.reported = true;
	s->usage.prompt_tokens = sx_json_int(u, "prompt_tokens", 0);
	s->usage.completion_tokens = sx_json_int(u, "completion_tokens", 0);
	d = cJSON_GetObjectItemCaseSensitive(u, "completion_tokens_details");
	s->usage.reasoning_tokens = sx_json_int(d, "reasoning_tokens", 0);
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
		take_text(s, cJSON_GetObjectItemCaseSensitive(ch, part), &had);
		fr = cJSON_GetObjectItemCaseSensitive(ch, "finish_reason");
		if (cJSON_IsString(fr) && fr->valuestring[0] && !s->finish[0])
			copy_str(s->finish, sizeof s->finish, fr->valuestring);
	}
	take_usage(s, cJSON_GetObjectItemCaseSensitive(root, "usage"));
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
	if (!rc)
		rc = sx__llm_stream_finish(s);
	if (!rc)
		s->done = true;
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
		/* scan to the next line end */
		while (q < end && *q != '\n' && *q != '\r')
			q++;
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
	return 0;
}
