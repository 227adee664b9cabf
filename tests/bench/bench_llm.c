/*
 * bench_llm.c - LLM client speed: parse-and-dispatch cost per streamed
 * token, and throughput of 8 concurrent streams against the fixture.
 *
 * usage: bench_llm [TOKENS=200000] [STREAM_TOKENS=20000]
 *
 * 1. parse + dispatch: a realistic OpenAI SSE body (one chat.completion
 *    chunk per token, ~230 bytes each, 1-7 byte tokens with some Cyrillic)
 *    is generated in memory and fed to the stream parser in 1,400-byte
 *    pieces (a TCP segment), then in 16-byte pieces, with think-tag
 *    splitting on; the callback counts bytes. Prints ns per token. The
 *    goal is <= 2 us.
 * 2. end to end: 8 chats at once (concurrency 8) against
 *    tests/fixtures/openai_fixture.py, each streaming STREAM_TOKENS chunks
 *    written by the fixture in one go; prints aggregate tokens/s, MB/s,
 *    and time to first token. The fixture (Python) shares the 2 cores, so
 *    this is a floor, not the client's ceiling.
 *
 * A benchmark, not a test: it prints what it measured and asserts nothing
 * about speed.
 */
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/llm.h>

#include "llm/llm_int.h"
#include "llm_fixture.h"

static int64_t sink_bytes, sink_calls;

static void sink(void *p, const char *s, size_t n)
{
	(void)p;
	(void)s;
	sink_bytes += (int64_t)n;
	sink_calls++;
}

static const char *const TOKENS[] = {" the", " table", " orders", " join", " на", " id", ",",
				     " customer", "_id", " SELECT", " клиенты", " =", "\\n", " AND"};

static void gen_stream(sx_buf *b, long n)
{
	long i;
	for (i = 0; i < n; i++)
		sx_buf_printf(b,
			      "data: {\"id\":\"chatcmpl-8a9b7c6d5e4f3a2b\",\"object\":\"chat.completion."
			      "chunk\",\"created\":1712345678,\"model\":\"Qwen/Qwen3-Coder-30B-A3B-"
			      "Instruct\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"%s\"},"
			      "\"finish_reason\":null}]}\n\n",
			      TOKENS[i % (long)(sizeof TOKENS / sizeof TOKENS[0])]);
	sx_buf_puts(b, "data: [DONE]\n\n");
}

/* CPU time of this thread: the machine is shared, and time spent waiting
 * for a core is not the parser's cost */
static uint64_t cpu_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static double parse_ns_per_token(const sx_buf *b, long n, size_t piece, int rounds, bool no_fast)
{
	double best = 1e30;
	int r;
	for (r = 0; r < rounds; r++) {
		sx_llm_stream s;
		sx_llm_stream_cb cb = {.content = sink, .reasoning = sink};
		size_t at = 0;
		uint64_t t0;
		double ns;
		sink_bytes = sink_calls = 0;
		sx__llm_stream_init(&s, &cb, true, 0);
		s.no_fast = no_fast;
		t0 = cpu_ns();
		while (at < b->len) {
			size_t k = b->len - at < piece ? b->len - at : piece;
			if (sx__llm_stream_feed(&s, b->ptr + at, k)) {
				fprintf(stderr, "bench_llm: parse failed: %s\n", s.err.msg);
				exit(1);
			}
			at += k;
		}
		sx__llm_stream_finish(&s);
		ns = (double)(cpu_ns() - t0) / (double)n;
		if (!s.done || sink_calls != n) {
			fprintf(stderr, "bench_llm: %lld callbacks for %ld tokens\n",
				(long long)sink_calls, n);
			exit(1);
		}
		sx__llm_stream_release(&s);
		if (ns < best)
			best = ns;
	}
	return best;
}

struct conc {
	pthread_mutex_t m;
	int done, failed;
	int64_t bytes, chunks;
	double ttft_sum, ttft_max;
};

static void c_token(void *p, const char *s, size_t n)
{
	(void)p;
	(void)s;
	(void)n;
}

static void c_done(void *p, const sx_llm_result *r)
{
	struct conc *c = p;
	pthread_mutex_lock(&c->m);
	c->done++;
	if (r->code) {
		c->failed++;
		fprintf(stderr, "bench_llm: a stream failed: %s\n", r->error.msg);
	}
	c->bytes += r->content_bytes;
	c->chunks += r->chunks;
	c->ttft_sum += r->timings.ttft_ms;
	if (r->timings.ttft_ms > c->ttft_max)
		c->ttft_max = r->timings.ttft_ms;
	pthread_mutex_unlock(&c->m);
}

static int end_to_end(long per_stream)
{
	sx_fixture f;
	char script[256], ini[512];
	sx_config *cfg;
	sx_llm *llm;
	sx_llm_opts o = {0};
	sx_error err = {0};
	sx_llm_message m = {.role = SX_LLM_USER, .content = "stream"};
	sx_llm_callbacks cb = {.on_token = c_token, .on_done = c_done};
	struct conc c;
	uint64_t t0;
	double secs;
	int i;

	snprintf(script, sizeof script,
		 "{\"chat\": {\"events\": [{\"repeat\": %ld, \"content\": \" tok\"}, {\"finish\": "
		 "\"stop\"}, {\"done\": true}]}}",
		 per_stream);
	if (sx_fixture_start(&f, script)) {
		fprintf(stderr, "bench_llm: cannot start the fixture (python3?)\n");
		return 1;
	}
	snprintf(ini, sizeof ini, "[llm]\nbase_url = %s\nmodel = bench\nconcurrency = 8\n",
		 f.base_url);
	sx_config_load_string(&cfg, ini, &err);
	o.config = cfg;
	if (sx_llm_new(&llm, &o, &err)) {
		fprintf(stderr, "bench_llm: %s\n", err.msg);
		sx_fixture_stop(&f);
		return 1;
	}
	memset(&c, 0, sizeof c);
	pthread_mutex_init(&c.m, NULL);
	cb.payload = &c;
	t0 = sx_now_ns();
	for (i = 0; i < 8; i++)
		sx_llm_chat(llm, &m, 1, NULL, &cb, NULL, &err);
	for (;;) {
		int d;
		pthread_mutex_lock(&c.m);
		d = c.done;
		pthread_mutex_unlock(&c.m);
		if (d == 8)
			break;
		sx_fixture_sleep_ms(2);
	}
	secs = (double)(sx_now_ns() - t0) / 1e9;
	printf("8 concurrent streams x %ld tokens: %.3f s, %.0f tokens/s in all (%lld chunks, "
	       "%lld content bytes), first token avg %.1f ms (max %.1f ms), %d failed\n",
	       per_stream, secs, (double)c.chunks / secs, (long long)c.chunks, (long long)c.bytes,
	       c.ttft_sum / 8, c.ttft_max, c.failed);
	sx_llm_free(llm);
	sx_config_free(cfg);
	sx_fixture_stop(&f);
	pthread_mutex_destroy(&c.m);
	return c.failed ? 1 : 0;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 200000;
	long per_stream = argc > 2 ? atol(argv[2]) : 20000;
	sx_buf b = SX_BUF_INIT;
	double big, small, cj;

	gen_stream(&b, n);
	big = parse_ns_per_token(&b, n, 1400, 5, false);
	small = parse_ns_per_token(&b, n, 16, 3, false);
	cj = parse_ns_per_token(&b, n, 1400, 3, true);
	printf("parse+dispatch (thread CPU time, best of runs): %ld tokens, %.1f MB of SSE: "
	       "%.0f ns/token in 1400-byte pieces, %.0f ns/token in 16-byte pieces "
	       "(goal <= 2000 ns); with every chunk through cJSON instead: %.0f ns/token\n",
	       n, (double)b.len / 1e6, big, small, cj);
	sx_buf_release(&b);
	return end_to_end(per_stream);
}
