/*
 * fuzz_llm_stream.c - libFuzzer harness for the SSE + chat-delta parser
 * (src/llm/stream.c).
 *
 * The first input byte picks the options (think tags, a small event
 * bound) and a split pattern; the rest is fed as a response body in
 * pieces of 1..16 bytes to two parsers: one using the allocation-free
 * chunk scanner, one sending every chunk to cJSON. Both must say exactly
 * the same (text, reasoning, tool calls, finish reason, model, usage,
 * failure), every piece of text and every tool-call fragment must be valid
 * UTF-8 (text pieces non-empty), each whole call's arguments must equal
 * its fragments joined, and the limits on calls and argument bytes must
 * hold. Then the bytes are parsed as a whole non-streamed body. ASan/UBSan
 * catch the rest.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "llm/llm_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct out {
	sx_buf text[2];
	sx_buf calls;     /* id, name, arguments of each whole call, NUL-separated */
	sx_buf frags[4];  /* the fragments of the first calls, joined */
	size_t ncalls;
};

static void put(sx_buf *b, const char *s, size_t n)
{
	if (n == 0 || !sx_utf8_valid(s, n))
		abort();
	sx_buf_put(b, s, n);
}

static void on_text(void *p, const char *s, size_t n)
{
	put(&((struct out *)p)->text[0], s, n);
}

static void on_reasoning(void *p, const char *s, size_t n)
{
	put(&((struct out *)p)->text[1], s, n);
}

static void on_tool_delta(void *p, const sx_llm_tool_delta *d)
{
	struct out *o = p;
	if (!sx_utf8_valid(d->arguments, d->arguments_len) || !d->id || !d->name ||
	    d->call >= SX_LLM_MAX_TOOL_CALLS)
		abort();
	if (d->call < 4)
		sx_buf_put(&o->frags[d->call], d->arguments, d->arguments_len);
}

static void on_tool_call(void *p, const sx_llm_tool_call *c)
{
	struct out *o = p;
	size_t na = strlen(c->arguments);
	if (!sx_utf8_valid(c->id, strlen(c->id)) || !sx_utf8_valid(c->name, strlen(c->name)) ||
	    !sx_utf8_valid(c->arguments, na) || !*c->id || !na ||
	    strlen(c->id) > 3 * SX_LLM_MAX_TOOL_NAME_BYTES ||
	    strlen(c->name) > 3 * SX_LLM_MAX_TOOL_NAME_BYTES)
		abort();
	/* the whole arguments are the live fragments joined ("{}" stands
	 * for none) */
	if (o->ncalls < 4 && !(na == 2 && memcmp(c->arguments, "{}", 2) == 0 &&
			       o->frags[o->ncalls].len == 0))
		if (o->frags[o->ncalls].len != na || memcmp(o->frags[o->ncalls].ptr, c->arguments, na))
			abort();
	o->ncalls++;
	sx_buf_put(&o->calls, c->id, strlen(c->id) + 1);
	sx_buf_put(&o->calls, c->name, strlen(c->name) + 1);
	sx_buf_put(&o->calls, c->arguments, na + 1);
}

static void out_release(struct out *o)
{
	int i;
	sx_buf_release(&o->text[0]);
	sx_buf_release(&o->text[1]);
	sx_buf_release(&o->calls);
	for (i = 0; i < 4; i++)
		sx_buf_release(&o->frags[i]);
	memset(o, 0, sizeof *o);
}

static void same(const sx_llm_stream *a, const struct out *oa, const sx_llm_stream *b,
		 const struct out *ob)
{
	int i;
	for (i = 0; i < 2; i++)
		if (oa->text[i].len != ob->text[i].len ||
		    (oa->text[i].len && memcmp(oa->text[i].ptr, ob->text[i].ptr, oa->text[i].len)))
			abort();
	if (oa->ncalls != ob->ncalls || oa->calls.len != ob->calls.len ||
	    (oa->calls.len && memcmp(oa->calls.ptr, ob->calls.ptr, oa->calls.len)) ||
	    a->nout != b->nout || a->calls.n != b->calls.n || a->tool_bytes != b->tool_bytes ||
	    a->calls.n > SX_LLM_MAX_TOOL_CALLS || a->tool_bytes > SX_LLM_MAX_TOOL_ARGS_BYTES)
		abort();
	if (a->failed != b->failed || a->fail_code != b->fail_code || a->done != b->done ||
	    strcmp(a->finish, b->finish) || strcmp(a->model, b->model) ||
	    a->usage.reported != b->usage.reported ||
	    a->usage.prompt_tokens != b->usage.prompt_tokens ||
	    a->usage.completion_tokens != b->usage.completion_tokens ||
	    a->usage.reasoning_tokens != b->usage.reasoning_tokens || a->chunks != b->chunks ||
	    a->invalid_utf8 != b->invalid_utf8 || a->error_status != b->error_status)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sx_llm_stream s[2];
	struct out o[2];
	const char *p;
	size_t left, i = 0;
	unsigned mode;
	int k;

	if (size < 1)
		return 0;
	mode = data[0];
	memset(o, 0, sizeof o);
	for (k = 0; k < 2; k++) {
		sx_llm_stream_cb cb = {.content = on_text, .reasoning = on_reasoning, .payload = &o[k],
				       .tool_delta = on_tool_delta, .tool_call = on_tool_call};
		/* a small event bound makes the size limit reachable */
		sx__llm_stream_init(&s[k], &cb, mode & 1, (mode & 2) ? 64 : 0);
		s[k].no_fast = k == 1;
	}
	p = (const char *)data + 1;
	left = size - 1;
	while (left) {
		size_t n = 1 + ((mode >> 2) + i++ * 7) % 16;
		if (n > left)
			n = left;
		sx__llm_stream_feed(&s[0], p, n);
		sx__llm_stream_feed(&s[1], p, n);
		p += n;
		left -= n;
	}
	sx__llm_stream_finish(&s[0]);
	sx__llm_stream_finish(&s[1]);
	same(&s[0], &o[0], &s[1], &o[1]);
	for (k = 0; k < 2; k++) {
		sx__llm_stream_release(&s[k]);
		out_release(&o[k]);
	}

	/* the same bytes as one non-streamed body */
	{
		sx_llm_stream_cb cb = {.content = on_text, .reasoning = on_reasoning, .payload = &o[0],
				       .tool_delta = on_tool_delta, .tool_call = on_tool_call};
		memset(o, 0, sizeof o);
		sx__llm_stream_init(&s[0], &cb, mode & 1, 0);
		sx__llm_stream_completion(&s[0], (const char *)data + 1, size - 1);
		sx__llm_stream_release(&s[0]);
		out_release(&o[0]);
	}
	return 0;
}
