/*
 * test_llm_stream.c - the SSE + chat-delta parser (src/llm/stream.c),
 * which is pure: every stream is fed whole, split at every byte offset,
 * byte by byte and in random pieces, and must give the same text.
 */
#include "sx_test.h"

#include "llm/llm_int.h"

#define MAXCALLS 8

struct out {
	sx_buf content, reasoning;
	int ncontent, nreasoning; /* callback counts */
	sx_buf calls;             /* "id|name|arguments\n" per whole call */
	sx_buf frags[MAXCALLS];   /* the delta fragments of each call, joined */
	int ncalls;
};

static void o_tool_delta(void *p, const sx_llm_tool_delta *d)
{
	struct out *o = p;
	assert_true(sx_utf8_valid(d->arguments, d->arguments_len));
	assert_non_null(d->id);
	assert_non_null(d->name);
	if (d->call < MAXCALLS)
		sx_buf_put(&o->frags[d->call], d->arguments, d->arguments_len);
}

static void o_tool_call(void *p, const sx_llm_tool_call *c)
{
	struct out *o = p;
	assert_true(sx_utf8_valid(c->id, strlen(c->id)));
	assert_true(sx_utf8_valid(c->name, strlen(c->name)));
	assert_true(sx_utf8_valid(c->arguments, strlen(c->arguments)));
	/* the whole arguments are exactly the fragments shown live (or "{}"
	 * for a call that sent none) */
	if (o->ncalls < MAXCALLS && strcmp(c->arguments, "{}") != 0 &&
	    !sx_buf_failed(&o->frags[o->ncalls]))
		assert_string_equal(c->arguments, sx_buf_cstr(&o->frags[o->ncalls]));
	o->ncalls++;
	sx_buf_printf(&o->calls, "%s|%s|%s\n", c->id, c->name, c->arguments);
}

static void o_content(void *p, const char *s, size_t n)
{
	struct out *o = p;
	assert_true(n > 0);
	o->ncontent++;
	sx_buf_put(&o->content, s, n);
}

static void o_reasoning(void *p, const char *s, size_t n)
{
	struct out *o = p;
	assert_true(n > 0);
	o->nreasoning++;
	sx_buf_put(&o->reasoning, s, n);
}

static void out_release(struct out *o)
{
	int i;
	sx_buf_release(&o->content);
	sx_buf_release(&o->reasoning);
	sx_buf_release(&o->calls);
	for (i = 0; i < MAXCALLS; i++)
		sx_buf_release(&o->frags[i]);
	memset(o, 0, sizeof *o);
}

/* Feeds text cut at the given offsets (ascending, ending with len). */
static int feed_cuts(sx_llm_stream *s, const char *text, size_t len, const size_t *cuts,
		     size_t ncuts)
{
	size_t i, at = 0;
	int rc = 0;
	for (i = 0; i < ncuts && !rc; i++) {
		rc = sx__llm_stream_feed(s, text + at, cuts[i] - at);
		at = cuts[i];
	}
	if (!rc)
		rc = sx__llm_stream_feed(s, text + at, len - at);
	if (!rc)
		rc = sx__llm_stream_finish(s);
	return rc;
}

static int parse(struct out *o, sx_llm_stream *s, const char *text, size_t len,
		 const size_t *cuts, size_t ncuts, bool think)
{
	sx_llm_stream_cb cb = {.content = o_content, .reasoning = o_reasoning, .payload = o,
			       .tool_delta = o_tool_delta, .tool_call = o_tool_call};
	memset(o, 0, sizeof *o);
	sx__llm_stream_init(s, &cb, think, 0);
	return feed_cuts(s, text, len, cuts, ncuts);
}

/* Parses text whole, then at every single split offset, then byte by
 * byte, then in 100 random splits; every way must give exactly the
 * expected content, reasoning, tool calls ("id|name|arguments\n" each;
 * NULL: none) and return code. */
static void check_splits(const char *text, const char *content, const char *reasoning,
			 const char *calls, int want_rc, bool think)
{
	size_t len = strlen(text), k, i;
	struct out o;
	sx_llm_stream s;
	size_t *cuts = malloc((len + 1) * sizeof *cuts);
	unsigned seed = 12345;
	int rc;

	assert_non_null(cuts);
	for (k = 0; k <= len + 101; k++) {
		size_t n = 0;
		if (k < len) {
			cuts[n++] = k; /* split once at k */
		} else if (k == len) {
			for (i = 1; i < len; i++)
				cuts[n++] = i; /* byte by byte */
		} else {
			size_t at = 0;
			while (at < len) {
				seed = seed * 1103515245u + 12345u;
				at += 1 + (seed >> 16) % 23;
				if (at < len)
					cuts[n++] = at;
			}
		}
		rc = parse(&o, &s, text, len, cuts, n, think);
		if (rc != want_rc || strcmp(sx_buf_cstr(&o.content), content) != 0 ||
		    strcmp(sx_buf_cstr(&o.reasoning), reasoning) != 0 ||
		    strcmp(sx_buf_cstr(&o.calls), calls ? calls : "") != 0)
			fail_msg("split case %zu of %zu: rc %d (want %d), content '%s' (want '%s'), "
				 "reasoning '%s' (want '%s'), calls '%s' (want '%s')",
				 k, len, rc, want_rc, sx_buf_cstr(&o.content), content,
				 sx_buf_cstr(&o.reasoning), reasoning, sx_buf_cstr(&o.calls),
				 calls ? calls : "");
		sx__llm_stream_release(&s);
		out_release(&o);
	}
	free(cuts);
}

static void check_all_splits(const char *text, const char *content, const char *reasoning,
			     int want_rc, bool think)
{
	check_splits(text, content, reasoning, NULL, want_rc, think);
}

#define CHUNK(delta) "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"model\":\"m1\"," \
		     "\"choices\":[{\"index\":0,\"delta\":" delta ",\"finish_reason\":null}]}\n\n"

static void test_basic_stream(void **state)
{
	const char *text =
		": keep-alive comment\n\n" CHUNK("{\"role\":\"assistant\"}")
		CHUNK("{\"reasoning_content\":\"Let me \"}") CHUNK("{\"reasoning_content\":\"see.\"}")
		CHUNK("{\"content\":\"Привет, \"}") CHUNK("{\"content\":\"мир 🌍 \\u4e16\\u754c\"}")
		"data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
		"data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":7,"
		"\"completion_tokens_details\":{\"reasoning_tokens\":3}}}\n\n"
		"data: [DONE]\n\n";
	struct out o;
	sx_llm_stream s;
	(void)state;
	check_all_splits(text, "Привет, мир 🌍 世界", "Let me see.", 0, true);
	assert_int_equal(parse(&o, &s, text, strlen(text), NULL, 0, true), 0);
	assert_true(s.done);
	assert_string_equal(s.finish, "stop");
	assert_string_equal(s.model, "m1");
	assert_true(s.usage.reported);
	assert_int_equal(s.usage.prompt_tokens, 12);
	assert_int_equal(s.usage.completion_tokens, 7);
	assert_int_equal(s.usage.reasoning_tokens, 3);
	assert_int_equal(s.chunks, 4);
	assert_int_equal(s.invalid_utf8, 0);
	assert_int_equal(s.content_bytes, (int64_t)strlen("Привет, мир 🌍 世界"));
	sx__llm_stream_release(&s);
	out_release(&o);
}

static void test_crlf_and_cr(void **state)
{
	(void)state;
	check_all_splits("data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\r\n\r\n"
			 "data: {\"choices\":[{\"delta\":{\"content\":\"b\"}}]}\r\n\r\n"
			 "data: [DONE]\r\n\r\n",
			 "ab", "", 0, true);
	/* bare CR line ends are legal SSE too */
	check_all_splits("data: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\r\r"
			 "data: {\"choices\":[{\"delta\":{\"content\":\"y\"}}]}\r\r",
			 "xy", "", 0, true);
}

static void test_think_tags(void **state)
{
	(void)state;
	/* tags split across deltas, newlines after tags dropped */
	check_all_splits(CHUNK("{\"content\":\"<thi\"}") CHUNK("{\"content\":\"nk>\\nstep 1\"}")
			 CHUNK("{\"content\":\", step 2</\"}") CHUNK("{\"content\":\"think>\\n\\nAnswer\"}")
			 "data: [DONE]\n\n",
			 "Answer", "step 1, step 2", 0, true);
	/* a '<' that opens no tag stays text, also at a delta's end */
	check_all_splits(CHUNK("{\"content\":\"a <\"}") CHUNK("{\"content\":\" b <t\"}")
			 CHUNK("{\"content\":\"able>\"}") "data: [DONE]\n\n",
			 "a < b <table>", "", 0, true);
	/* a tag prefix left at the very end is text */
	check_all_splits(CHUNK("{\"content\":\"x <thin\"}") "data: [DONE]\n\n", "x <thin", "", 0, true);
	/* with think_tags off, tags are content */
	check_all_splits(CHUNK("{\"content\":\"<think>a</think>b\"}") "data: [DONE]\n\n",
			 "<think>a</think>b", "", 0, false);
	/* Ollama-style delta.reasoning */
	check_all_splits(CHUNK("{\"reasoning\":\"hmm\"}") CHUNK("{\"content\":\"ok\"}"), "ok", "hmm", 0,
			 true);
}

static void test_utf8_split_across_deltas(void **state)
{
	(void)state;
	/* "п" is D0 BF; a server that streams raw bytes may put the two
	 * halves in two deltas: the parser must join them */
	check_all_splits(CHUNK("{\"content\":\"a\xD0\"}") CHUNK("{\"content\":\"\xBF" "b\"}")
			 CHUNK("{\"content\":\"\xF0\x9F\"}") CHUNK("{\"content\":\"\x8C\x8D\"}"),
			 "aпb🌍", "", 0, true);
}

static void test_invalid_utf8(void **state)
{
	struct out o;
	sx_llm_stream s;
	const char *text = CHUNK("{\"content\":\"a\xFF" "b\xC0\xAF" "c\"}")
		CHUNK("{\"content\":\"\xE2\x82\"}") CHUNK("{\"reasoning_content\":\"r\"}") "data: [DONE]\n\n";
	(void)state;
	/* FF, C0 and AF are invalid bytes; E2 82 is an incomplete sequence
	 * cut off by a change of channel */
	check_all_splits(text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD" "c\xEF\xBF\xBD", "r", 0, true);
	assert_int_equal(parse(&o, &s, text, strlen(text), NULL, 0, true), 0);
	assert_int_equal(s.invalid_utf8, 4);
	assert_true(sx_utf8_valid(o.content.ptr, o.content.len));
	sx__llm_stream_release(&s);
	out_release(&o);
}

static void test_invalid_json(void **state)
{
	struct out o;
	sx_llm_stream s;
	const char *text = CHUNK("{\"content\":\"ok\"}") "data: {\"choices\": [ oops\n\n" CHUNK(
		"{\"content\":\"never\"}");
	(void)state;
	check_all_splits(text, "ok", "", SX_EPARSE, true);
	assert_int_equal(parse(&o, &s, text, strlen(text), NULL, 0, true), SX_EPARSE);
	assert_true(s.failed);
	assert_non_null(strstr(s.err.msg, "invalid JSON"));
	assert_non_null(strstr(s.err.msg, "oops"));
	/* once failed, more bytes change nothing */
	assert_int_equal(sx__llm_stream_feed(&s, "data: [DONE]\n\n", 14), SX_EPARSE);
	assert_false(s.done);
	sx__llm_stream_release(&s);
	out_release(&o);
}

static void test_error_object(void **state)
{
	struct out o;
	sx_llm_stream s;
	const char *text = CHUNK("{\"content\":\"par\"}")
		"data: {\"error\":{\"message\":\"model overloaded\",\"type\":\"server_error\",\"code\":503}}\n\n";
	(void)state;
	check_all_splits(text, "par", "", SX_EIO, true);
	assert_int_equal(parse(&o, &s, text, strlen(text), NULL, 0, true), SX_EIO);
	assert_non_null(strstr(s.err.msg, "model overloaded"));
	assert_int_equal(s.error_status, 503);
	sx__llm_stream_release(&s);
	out_release(&o);
	/* "event: error" and the vLLM form {"object":"error"} */
	check_all_splits("event: error\ndata: {\"error\":\"boom\"}\n\n", "", "", SX_EIO, true);
	check_all_splits("data: {\"object\":\"error\",\"message\":\"bad\",\"code\":400}\n\n", "", "",
			 SX_EIO, true);
}

static void test_multiline_data_and_fields(void **state)
{
	(void)state;
	/* two data lines join with a newline; id/retry/unknown fields and
	 * "data" without a space are fine */
	check_all_splits("id: 1\nretry: 100\nfoo: bar\ndata: {\"choices\":[{\"delta\":\ndata:"
			 "{\"content\":\"j\"}}]}\n\ndata:[DONE]\n\n",
			 "j", "", 0, true);
	/* byte-order mark at the start */
	check_all_splits("\xEF\xBB\xBF" CHUNK("{\"content\":\"bom\"}"), "bom", "", 0, true);
}

static void test_end_of_stream(void **state)
{
	struct out o;
	sx_llm_stream s;
	const char *complete_lines = CHUNK("{\"content\":\"a\"}") "data: [DONE]\n";
	const char *cut = CHUNK("{\"content\":\"a\"}") "data: {\"choices\":[{\"del";
	(void)state;
	/* a final event without its blank line still counts */
	assert_int_equal(parse(&o, &s, complete_lines, strlen(complete_lines), NULL, 0, true), 0);
	assert_true(s.done);
	sx__llm_stream_release(&s);
	out_release(&o);
	/* a line cut mid-way is not parsed: the stream simply is not done */
	assert_int_equal(parse(&o, &s, cut, strlen(cut), NULL, 0, true), 0);
	assert_false(s.done);
	assert_string_equal(sx_buf_cstr(&o.content), "a");
	sx__llm_stream_release(&s);
	out_release(&o);
}

static void test_huge_line_bounded(void **state)
{
	sx_llm_stream s;
	sx_llm_stream_cb cb = {.content = NULL};
	char block[4096];
	size_t i;
	int rc = 0;
	(void)state;
	memset(block, 'x', sizeof block);
	sx__llm_stream_init(&s, &cb, true, 64 * 1024);
	rc = sx__llm_stream_feed(&s, "data: ", 6);
	for (i = 0; i < 1000 && !rc; i++)
		rc = sx__llm_stream_feed(&s, block, sizeof block);
	assert_int_equal(rc, SX_EPARSE);
	assert_true(i < 40); /* stopped near the limit, not after 4 MB */
	assert_true(s.line.cap <= 256 * 1024);
	assert_non_null(strstr(s.err.msg, "limit"));
	sx__llm_stream_release(&s);

	/* a big but allowed event (1 MiB of content in one chunk) passes */
	{
		sx_buf big = SX_BUF_INIT;
		struct out o;
		sx_buf_puts(&big, "data: {\"choices\":[{\"delta\":{\"content\":\"");
		for (i = 0; i < 256; i++)
			sx_buf_put(&big, block, sizeof block);
		sx_buf_puts(&big, "\"}}]}\n\ndata: [DONE]\n\n");
		assert_int_equal(parse(&o, &s, big.ptr, big.len, NULL, 0, true), 0);
		assert_int_equal(o.content.len, 256 * sizeof block);
		sx__llm_stream_release(&s);
		out_release(&o);
		sx_buf_release(&big);
	}
}

static void test_whole_completion(void **state)
{
	struct out o;
	sx_llm_stream s;
	sx_llm_stream_cb cb = {.content = o_content, .reasoning = o_reasoning, .payload = &o};
	const char *body = "{\"id\":\"x\",\"object\":\"chat.completion\",\"model\":\"mm\",\"choices\":"
			   "[{\"index\":0,\"finish_reason\":\"length\",\"message\":{\"role\":"
			   "\"assistant\",\"content\":\"<think>why</think>because\"}}],\"usage\":"
			   "{\"prompt_tokens\":3,\"completion_tokens\":4}}";
	(void)state;
	memset(&o, 0, sizeof o);
	sx__llm_stream_init(&s, &cb, true, 0);
	assert_int_equal(sx__llm_stream_completion(&s, body, strlen(body)), 0);
	assert_string_equal(sx_buf_cstr(&o.content), "because");
	assert_string_equal(sx_buf_cstr(&o.reasoning), "why");
	assert_string_equal(s.finish, "length");
	assert_string_equal(s.model, "mm");
	assert_int_equal(s.usage.completion_tokens, 4);
	assert_true(s.done);
	sx__llm_stream_release(&s);
	out_release(&o);
	/* an error body */
	memset(&o, 0, sizeof o);
	sx__llm_stream_init(&s, &cb, true, 0);
	assert_int_equal(sx__llm_stream_completion(&s, "{\"error\":{\"message\":\"nope\"}}", 28),
			 SX_EIO);
	assert_non_null(strstr(s.err.msg, "nope"));
	sx__llm_stream_release(&s);
	out_release(&o);
}

static void test_control_chars_in_errors_are_cleaned(void **state)
{
	struct out o;
	sx_llm_stream s;
	const char *text = "data: {\"error\":{\"message\":\"\\u001b[31mred\\u0007\"}}\n\n";
	(void)state;
	assert_int_equal(parse(&o, &s, text, strlen(text), NULL, 0, true), SX_EIO);
	assert_null(strchr(s.err.msg, '\x1b'));
	assert_null(strchr(s.err.msg, '\x07'));
	assert_non_null(strstr(s.err.msg, "red"));
	sx__llm_stream_release(&s);
	out_release(&o);
}


/* ------------------------------------------------------------- tool calls */

#define TC(i, rest) CHUNK("{\"tool_calls\":[{\"index\":" #i "," rest "}]}")
#define FINISH(r) "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"" r "\"}]}\n\n"

static void test_tool_call_stream(void **state)
{
	/* two calls; the arguments come in fragments cut anywhere: "é" is
	 * C3 A9 and "🌍" F0 9F 8C 8D, both split across deltas as raw
	 * bytes; ids and names once, a text delta before the calls */
	const char *text =
		CHUNK("{\"role\":\"assistant\",\"content\":\"Let me look.\",\"tool_calls\":null}")
		TC(0, "\"id\":\"call_a\",\"type\":\"function\",\"function\":{\"name\":\"lookup\","
		      "\"arguments\":\"\"}")
		TC(0, "\"function\":{\"arguments\":\"{\\\"q\\\": \\\"caf\xC3\"}")
		TC(0, "\"function\":{\"arguments\":\"\xA9 \xF0\x9F\"}")
		TC(0, "\"function\":{\"arguments\":\"\x8C\x8D\\\"}\"}")
		TC(1, "\"id\":\"call_b\",\"type\":\"function\",\"function\":{\"name\":\"count_rows\","
		      "\"arguments\":\"{\\\"table\\\"\"}")
		TC(1, "\"function\":{\"arguments\":\":\\\"sales\\\"}\"}")
		FINISH("tool_calls")
		"data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":9}}\n\n"
		"data: [DONE]\n\n";
	struct out o;
	sx_llm_stream s;
	(void)state;
	check_splits(text, "Let me look.", "",
		     "call_a|lookup|{\"q\": \"café 🌍\"}\n"
		     "call_b|count_rows|{\"table\":\"sales\"}\n",
		     0, true);
	assert_int_equal(parse(&o, &s, text, strlen(text), NULL, 0, true), 0);
	assert_string_equal(s.finish, "tool_calls");
	assert_int_equal(s.nout, 2);
	assert_int_equal(s.chunks, 7);
	assert_int_equal(s.invalid_utf8, 0);
	assert_int_equal(s.usage.completion_tokens, 9);
	sx__llm_stream_release(&s);
	out_release(&o);
}

static void test_tool_call_variants(void **state)
{
	(void)state;
	/* the older function_call form: one call, id synthesized */
	check_splits(CHUNK("{\"function_call\":{\"name\":\"ping\",\"arguments\":\"\"}}")
		     CHUNK("{\"function_call\":{\"arguments\":\"{\\\"n\\\"\"}}")
		     CHUNK("{\"function_call\":{\"arguments\":\":1}\"}}")
		     FINISH("function_call") "data: [DONE]\n\n",
		     "", "", "call_0|ping|{\"n\":1}\n", 0, true);
	/* no "index" (the position in the array counts); id and name
	 * repeated with every fragment (ignored when equal) */
	check_splits(CHUNK("{\"tool_calls\":[{\"id\":\"x1\",\"function\":{\"name\":\"f\","
			   "\"arguments\":\"{\\\"a\"}},{\"id\":\"x2\",\"function\":{\"name\":\"g\"}}]}")
		     CHUNK("{\"tool_calls\":[{\"id\":\"x1\",\"function\":{\"name\":\"f\","
			   "\"arguments\":\"\\\":2}\"}}]}")
		     "data: [DONE]\n\n",
		     "", "", "x1|f|{\"a\":2}\nx2|g|{}\n", 0, true);
	/* index 0 reused for every call, told apart by the id */
	check_splits(TC(0, "\"id\":\"c1\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}")
		     TC(0, "\"id\":\"c2\",\"function\":{\"name\":\"g\",\"arguments\":\"[1]\"}")
		     FINISH("tool_calls"),
		     "", "", "c1|f|{}\nc2|g|[1]\n", 0, true);
	/* invalid bytes become U+FFFD; an incomplete character at the end of
	 * the arguments too */
	check_splits(TC(0, "\"id\":\"c\",\"function\":{\"name\":\"f\","
			"\"arguments\":\"a\xFF" "b\xE2\x82\"}")
		     FINISH("tool_calls"),
		     "", "", "c|f|a\xEF\xBF\xBD" "b\xEF\xBF\xBD\n", 0, true);
	/* a stream cut before its end hands out no call */
	check_splits(TC(0, "\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"par\"}"),
		     "", "", NULL, 0, true);
}

static void test_tool_calls_whole_completion(void **state)
{
	struct out o;
	sx_llm_stream s;
	sx_llm_stream_cb cb = {.payload = &o, .tool_delta = o_tool_delta, .tool_call = o_tool_call,
			       .content = o_content};
	const char *body =
		"{\"object\":\"chat.completion\",\"model\":\"mm\",\"choices\":[{\"index\":0,"
		"\"finish_reason\":\"tool_calls\",\"message\":{\"role\":\"assistant\",\"content\":null,"
		"\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":"
		"\"lookup\",\"arguments\":\"{\\\"q\\\":\\\"naïve\\\"}\"}},{\"id\":\"call_2\",\"type\":"
		"\"function\",\"function\":{\"name\":\"obj\",\"arguments\":{\"k\":[1,2]}}}]}}]}";
	const char *legacy =
		"{\"choices\":[{\"finish_reason\":\"function_call\",\"message\":{\"content\":\"\","
		"\"function_call\":{\"name\":\"f\",\"arguments\":\"{}\"}}}]}";
	(void)state;
	memset(&o, 0, sizeof o);
	sx__llm_stream_init(&s, &cb, true, 0);
	assert_int_equal(sx__llm_stream_completion(&s, body, strlen(body)), 0);
	/* arguments sent as a JSON value (some servers) become its text */
	assert_string_equal(sx_buf_cstr(&o.calls), "call_1|lookup|{\"q\":\"naïve\"}\n"
						   "call_2|obj|{\"k\":[1,2]}\n");
	assert_string_equal(s.finish, "tool_calls");
	assert_int_equal(o.content.len, 0);
	sx__llm_stream_release(&s);
	out_release(&o);
	memset(&o, 0, sizeof o);
	cb.payload = &o;
	sx__llm_stream_init(&s, &cb, true, 0);
	assert_int_equal(sx__llm_stream_completion(&s, legacy, strlen(legacy)), 0);
	assert_string_equal(sx_buf_cstr(&o.calls), "call_0|f|{}\n");
	sx__llm_stream_release(&s);
	out_release(&o);
}

static void test_tool_call_limits(void **state)
{
	struct out o;
	sx_llm_stream s;
	sx_buf b = SX_BUF_INIT;
	char frag[4096];
	size_t i;
	int rc;
	(void)state;
	/* more calls than allowed */
	for (i = 0; i <= SX_LLM_MAX_TOOL_CALLS; i++)
		sx_buf_printf(&b, "data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":%zu,"
				  "\"id\":\"c%zu\",\"function\":{\"name\":\"f\"}}]}}]}\n\n", i, i);
	sx_buf_puts(&b, "data: [DONE]\n\n");
	assert_int_equal(parse(&o, &s, b.ptr, b.len, NULL, 0, true), SX_EPARSE);
	assert_non_null(strstr(s.err.msg, "calls"));
	assert_int_equal(o.ncalls, 0);
	sx__llm_stream_release(&s);
	out_release(&o);
	/* arguments past the byte cap, in many small events: the parser
	 * stops near the cap instead of holding everything */
	memset(frag, 'x', sizeof frag);
	sx_buf_clear(&b);
	memset(&o, 0, sizeof o);
	{
		sx_llm_stream_cb cb = {.payload = &o, .tool_call = o_tool_call};
		sx__llm_stream_init(&s, &cb, true, 0);
	}
	rc = 0;
	for (i = 0; i < 3000 && !rc; i++) {
		sx_buf_clear(&b);
		sx_buf_puts(&b, "data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,"
				"\"function\":{\"arguments\":\"");
		sx_buf_put(&b, frag, sizeof frag);
		sx_buf_puts(&b, "\"}}]}}]}\n\n");
		rc = sx__llm_stream_feed(&s, b.ptr, b.len);
	}
	assert_int_equal(rc, SX_EPARSE);
	assert_true(i * sizeof frag <= SX_LLM_MAX_TOOL_ARGS_BYTES + 2 * sizeof frag);
	assert_non_null(strstr(s.err.msg, "arguments"));
	assert_int_equal(o.ncalls, 0);
	sx__llm_stream_release(&s);
	out_release(&o);
	/* a name longer than allowed */
	sx_buf_clear(&b);
	sx_buf_puts(&b, "data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,"
			"\"function\":{\"name\":\"");
	for (i = 0; i < SX_LLM_MAX_TOOL_NAME_BYTES + 1; i++)
		sx_buf_putc(&b, 'n');
	sx_buf_puts(&b, "\"}}]}}]}\n\n");
	assert_int_equal(parse(&o, &s, b.ptr, b.len, NULL, 0, true), SX_EPARSE);
	sx__llm_stream_release(&s);
	out_release(&o);
	sx_buf_release(&b);
}

/* Output kept in fixed arrays, so that the test's own buffers take no
 * allocation the failure injection could hit. */
struct fixed_out {
	char content[256], reasoning[256];
	size_t nc, nr;
	bool overflow;
};

static void f_put(char *dst, size_t *at, bool *overflow, const char *s, size_t n)
{
	if (*at + n >= 256) {
		*overflow = true;
		return;
	}
	memcpy(dst + *at, s, n);
	*at += n;
	dst[*at] = '\0';
}

static void f_content(void *p, const char *s, size_t n)
{
	struct fixed_out *o = p;
	f_put(o->content, &o->nc, &o->overflow, s, n);
}

static void f_reasoning(void *p, const char *s, size_t n)
{
	struct fixed_out *o = p;
	f_put(o->reasoning, &o->nr, &o->overflow, s, n);
}

/* Whether the failure armed with sx_alloc_fail_after(n) was used up: if
 * not, one of the next n + 1 allocations fails. Disarms it either way. */
static bool failure_was_injected(long n)
{
	bool pending = false;
	long i;
	for (i = 0; i <= n && !pending; i++) {
		void *p = sx_malloc(1);
		pending = p == NULL;
		free(p);
	}
	sx_alloc_fail_after(-1);
	return !pending;
}

/* Every allocation of the parser fails in turn, from the first on, until
 * a run needs fewer allocations than the failure point. A run whose
 * allocation failed must report SX_ENOMEM (or, if it recovered, give the
 * complete output); the first run that no failure reached must succeed
 * with exactly the undisturbed output, so no failure was swallowed on the
 * way to it. */
static void test_alloc_failures(void **state)
{
	const char *text = ": comment\n\n" CHUNK("{\"reasoning_content\":\"hmm \"}")
		CHUNK("{\"content\":\"<think>more</think>hello\"}") CHUNK("{\"content\":\" wörld\"}")
		"data: [DONE]\n\n";
	const char *want_content = "hello wörld", *want_reasoning = "hmm more";
	size_t cuts[4] = {5, 40, 90, 200};
	long n, failed = 0;
	bool complete = false;
	(void)state;

	for (n = 0; n < 100000 && !complete; n++) {
		struct fixed_out o;
		sx_llm_stream s;
		sx_llm_stream_cb cb = {.content = f_content, .reasoning = f_reasoning, .payload = &o};
		bool hit, right;
		int rc;

		memset(&o, 0, sizeof o);
		sx_alloc_fail_after(n);
		sx__llm_stream_init(&s, &cb, true, 0);
		rc = feed_cuts(&s, text, strlen(text), cuts, 4);
		hit = failure_was_injected(n);
		right = rc == 0 && !o.overflow && strcmp(o.content, want_content) == 0 &&
			strcmp(o.reasoning, want_reasoning) == 0;
		if (hit) {
			failed++;
			if (rc != SX_ENOMEM && !right)
				fail_msg("allocation %ld failed: rc %d (want SX_ENOMEM), content '%s', "
					 "reasoning '%s', error '%s'",
					 n, rc, o.content, o.reasoning, s.err.msg);
			if (rc == SX_ENOMEM)
				assert_non_null(strstr(s.err.msg, "out of memory"));
		} else {
			/* no allocation failed: the one complete run */
			if (!right)
				fail_msg("complete run after %ld failures: rc %d, content '%s' (want '%s'), "
					 "reasoning '%s' (want '%s')",
					 n, rc, o.content, want_content, o.reasoning, want_reasoning);
			complete = true;
		}
		sx__llm_stream_release(&s);
	}
	assert_true(complete);
	assert_true(failed > 3); /* the loop did fail allocations */
	print_message("stream parsed after %ld failing allocations\n", failed);
	/* the same with tool calls being assembled */
	for (n = 0; n < 80; n++) {
		const char *tools = TC(0, "\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a\"}")
			TC(0, "\"function\":{\"arguments\":\"\\\":1}\"}") FINISH("tool_calls");
		struct out o;
		sx_llm_stream s;
		size_t tcuts[3] = {5, 40, 90};
		int rc;
		sx_alloc_fail_after(n);
		rc = parse(&o, &s, tools, strlen(tools), tcuts, 3, true);
		sx_alloc_fail_after(-1);
		assert_true(rc == 0 || rc == SX_ENOMEM || rc == SX_EPARSE);
		if (rc == 0 && o.ncalls == 1 && !sx_buf_failed(&o.calls))
			assert_string_equal(sx_buf_cstr(&o.calls), "c|f|{\"a\":1}\n");
		sx__llm_stream_release(&s);
		out_release(&o);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic_stream),
		cmocka_unit_test(test_crlf_and_cr),
		cmocka_unit_test(test_think_tags),
		cmocka_unit_test(test_utf8_split_across_deltas),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_invalid_json),
		cmocka_unit_test(test_error_object),
		cmocka_unit_test(test_multiline_data_and_fields),
		cmocka_unit_test(test_end_of_stream),
		cmocka_unit_test(test_huge_line_bounded),
		cmocka_unit_test(test_whole_completion),
		cmocka_unit_test(test_control_chars_in_errors_are_cleaned),
		cmocka_unit_test(test_tool_call_stream),
		cmocka_unit_test(test_tool_call_variants),
		cmocka_unit_test(test_tool_calls_whole_completion),
		cmocka_unit_test(test_tool_call_limits),
		cmocka_unit_test(test_alloc_failures),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
