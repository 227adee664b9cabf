/*
 * test_llm_client.c - the LLM client against the OpenAI-protocol fixture
 * server (tests/fixtures/openai_fixture.py): streaming, every fault
 * script, retries and backoff seen through a mocked clock, time limits,
 * cancellation, concurrency, cache, embeddings, and what was sent.
 */
#include "sx_test.h"

#include <pthread.h>
#include <stdatomic.h>
#include <sys/socket.h>
#include <netinet/in.h>

#include <sextant/llm.h>

#include "llm_fixture.h"

#define KEY "sk-test-KEY-0123456789abcdef"

/* ------------------------------------------------------------ helpers */

struct mclock {
	pthread_mutex_t m;
	uint64_t now;
	uint64_t sleeps[64];
	int n;
};

static uint64_t mc_now(void *p)
{
	struct mclock *c = p;
	uint64_t v;
	pthread_mutex_lock(&c->m);
	v = c->now;
	pthread_mutex_unlock(&c->m);
	return v;
}

static void mc_sleep(void *p, uint64_t ns)
{
	struct mclock *c = p;
	pthread_mutex_lock(&c->m);
	if (c->n < 64)
		c->sleeps[c->n++] = ns;
	c->now += ns;
	pthread_mutex_unlock(&c->m);
}

static void mc_init(struct mclock *c)
{
	memset(c, 0, sizeof *c);
	pthread_mutex_init(&c->m, NULL);
	c->now = 1000000000000ULL;
}

/* A client for the fixture, with extra [llm] lines. */
static sx_llm *client_for(const sx_fixture *f, const char *extra, const sx_llm_clock *clock,
			  const char *workspace)
{
	char ini[2048];
	sx_config *cfg;
	sx_llm *llm;
	sx_llm_opts o = {0};
	sx_error err = {0};
	snprintf(ini, sizeof ini, "[llm]\nbase_url = %s\nmodel = fixture-model\n%s\n", f->base_url,
		 extra ? extra : "");
	assert_int_equal(sx_config_load_string(&cfg, ini, &err), 0);
	o.config = cfg;
	o.clock = clock;
	o.workspace_dir = workspace;
	if (sx_llm_new(&llm, &o, &err))
		fail_msg("sx_llm_new: %s", err.msg);
	sx_config_free(cfg);
	return llm;
}

static void start(sx_fixture *f, const char *script)
{
	if (sx_fixture_start(f, script))
		fail_msg("cannot start the fixture server (python3?)");
}

struct run {
	sx_buf text, reasoning;
	sx_llm_result res;
	sx_error err;
	int rc;
};

static void run_release(struct run *r)
{
	sx_buf_release(&r->text);
	sx_buf_release(&r->reasoning);
}

static void chat(sx_llm *llm, const char *prompt, const sx_llm_chat_opts *o, struct run *r)
{
	sx_llm_message m[2] = {{.role = SX_LLM_SYSTEM, .content = "You are terse."},
			       {.role = SX_LLM_USER, .content = prompt}};
	memset(r, 0, sizeof *r);
	r->rc = sx_llm_chat_sync(llm, m, 2, o, NULL, NULL, &r->text, &r->reasoning, &r->res, &r->err);
}

/* ------------------------------------------------------------ streaming */

static void test_stream_and_what_was_sent(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct run r;
	sx_llm_chat_opts o = {0};
	cJSON *reqs, *q, *body, *msgs;
	(void)state;
	setenv("SEXTANT_API_KEY", KEY, 1);
	start(&f, "{\"chat\": {\"text\": \"Привет, world! 🌍\", \"reasoning\": \"thinking...\","
		  " \"chunk_chars\": 3}}");
	llm = client_for(&f, NULL, NULL, NULL);
	assert_string_equal(sx_llm_key_source(llm), "SEXTANT_API_KEY");
	o.max_tokens = 64;
	o.set_temperature = true;
	o.temperature = 0;
	chat(llm, "say hi", &o, &r);
	assert_int_equal(r.rc, 0);
	assert_string_equal(sx_buf_cstr(&r.text), "Привет, world! 🌍");
	assert_string_equal(sx_buf_cstr(&r.reasoning), "thinking...");
	assert_string_equal(r.res.finish_reason, "stop");
	assert_string_equal(r.res.provider, "openai");
	assert_string_equal(r.res.model, "fixture-model");
	assert_true(r.res.usage.reported);
	assert_int_equal(r.res.usage.prompt_tokens, 11);
	assert_int_equal(r.res.timings.attempts, 1);
	assert_true(r.res.timings.ttft_ms >= 0);
	assert_true(r.res.timings.total_ms >= r.res.timings.ttft_ms);
	run_release(&r);

	/* exactly one request, and exactly what we asked for */
	reqs = sx_fixture_requests(&f);
	assert_int_equal(cJSON_GetArraySize(reqs), 1);
	q = cJSON_GetArrayItem(reqs, 0);
	assert_string_equal(sx_json_str(q, "path", ""), "/v1/chat/completions");
	assert_string_equal(sx_json_str(cJSON_GetObjectItem(q, "headers"), "Authorization", ""),
			    "Bearer " KEY);
	body = cJSON_GetObjectItem(q, "body");
	assert_string_equal(sx_json_str(body, "model", ""), "fixture-model");
	assert_true(sx_json_bool(body, "stream", false));
	assert_true(sx_json_bool(cJSON_GetObjectItem(body, "stream_options"), "include_usage", false));
	assert_int_equal(sx_json_int(body, "max_tokens", 0), 64);
	msgs = cJSON_GetObjectItem(body, "messages");
	assert_int_equal(cJSON_GetArraySize(msgs), 2);
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(msgs, 1), "content", ""), "say hi");
	/* the key travels in the header only */
	{
		char *b = cJSON_PrintUnformatted(body);
		assert_null(strstr(b, KEY));
		free(b);
	}
	cJSON_Delete(reqs);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
	unsetenv("SEXTANT_API_KEY");
}

static void test_stream_split_on_the_wire(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct run r;
	(void)state;
	/* one byte per HTTP chunk, CRLF line ends, think tags in content */
	start(&f, "{\"chat\": {\"split\": 1, \"crlf\": true, \"events\": ["
		  "{\"comment\": \"ping\"}, {\"content\": \"<think>пла\"}, {\"content\": \"н</think>\"},"
		  "{\"content\": \"Ответ: 42\"}, {\"finish\": \"stop\"}, {\"done\": true}]}}");
	llm = client_for(&f, NULL, NULL, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, 0);
	assert_string_equal(sx_buf_cstr(&r.text), "Ответ: 42");
	assert_string_equal(sx_buf_cstr(&r.reasoning), "план");
	assert_false(r.res.usage.reported);
	run_release(&r);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static void test_reasoning_field_and_huge(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct run r;
	(void)state;
	start(&f, "{\"chat\": {\"events\": [{\"reasoning_field\": \"r1\"}, {\"repeat\": 20000, "
		  "\"content\": \"x\"}, {\"finish\": \"length\"}, {\"done\": true}]}}");
	llm = client_for(&f, NULL, NULL, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, 0);
	assert_int_equal(r.text.len, 20000);
	assert_int_equal(r.res.chunks, 20001);
	assert_string_equal(sx_buf_cstr(&r.reasoning), "r1");
	assert_string_equal(r.res.finish_reason, "length");
	run_release(&r);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static void test_non_streamed_answers(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct run r;
	cJSON *reqs;
	(void)state;
	/* a server that answers a stream request with one JSON document */
	start(&f, "{\"chat\": [{\"body\": {\"object\": \"chat.completion\", \"model\": \"fm\", "
		  "\"choices\": [{\"index\": 0, \"finish_reason\": \"stop\", \"message\": "
		  "{\"content\": \"<think>a</think>whole\"}}], \"usage\": {\"prompt_tokens\": 2, "
		  "\"completion_tokens\": 1}}, \"content_type\": \"application/json\"},"
		  "{\"text\": \"abc\"}]}");
	llm = client_for(&f, NULL, NULL, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, 0);
	assert_string_equal(sx_buf_cstr(&r.text), "whole");
	assert_string_equal(sx_buf_cstr(&r.reasoning), "a");
	assert_string_equal(r.res.model, "fm");
	run_release(&r);
	sx_llm_free(llm);
	/* stream = false asks for a whole answer */
	llm = client_for(&f, "stream = false", NULL, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, 0);
	assert_string_equal(sx_buf_cstr(&r.text), "abc");
	run_release(&r);
	reqs = sx_fixture_requests(&f);
	/* "stream" is left out, which means false */
	assert_false(sx_json_bool(cJSON_GetObjectItem(cJSON_GetArrayItem(reqs, 1), "body"), "stream",
				  false));
	cJSON_Delete(reqs);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static void test_stream_options_rejected(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct run r;
	cJSON *reqs;
	(void)state;
	start(&f, "{\"chat\": [{\"status\": 400, \"body\": {\"error\": {\"message\": "
		  "\"Unrecognized request argument supplied: stream_options\"}}}, {\"text\": \"ok\"}]}");
	llm = client_for(&f, NULL, NULL, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, 0);
	assert_string_equal(sx_buf_cstr(&r.text), "ok");
	run_release(&r);
	chat(llm, "q2", NULL, &r); /* remembered: sent without it at once */
	assert_int_equal(r.rc, 0);
	run_release(&r);
	reqs = sx_fixture_requests(&f);
	assert_int_equal(cJSON_GetArraySize(reqs), 3);
	assert_non_null(cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(reqs, 0), "body"),
					    "stream_options"));
	assert_null(cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(reqs, 1), "body"),
					"stream_options"));
	assert_null(cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(reqs, 2), "body"),
					"stream_options"));
	cJSON_Delete(reqs);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

/* ------------------------------------------------------------ retries */

static void test_retry_after_and_backoff(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct mclock mc;
	sx_llm_clock clock = {mc_now, mc_sleep, &mc};
	struct run r;
	(void)state;
	mc_init(&mc);
	start(&f, "{\"chat\": [{\"status\": 429, \"headers\": {\"Retry-After\": \"7\"}, \"body\": "
		  "{\"error\": {\"message\": \"slow down\"}}}, {\"status\": 503, \"body\": \"busy\"},"
		  "{\"status\": 502, \"body\": \"bad gateway\"}, {\"text\": \"finally\"}]}");
	llm = client_for(&f, "retries = 3\nretry_base_ms = 100\nretry_jitter = 0", &clock, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, 0);
	assert_string_equal(sx_buf_cstr(&r.text), "finally");
	assert_int_equal(r.res.timings.attempts, 4);
	assert_int_equal(sx_fixture_count(&f), 4);
	/* Retry-After 7 s is honoured; then 200 ms and 400 ms (doubling) */
	assert_int_equal(mc.n, 3);
	assert_int_equal(mc.sleeps[0], 7000000000ULL);
	assert_int_equal(mc.sleeps[1], 200000000ULL);
	assert_int_equal(mc.sleeps[2], 400000000ULL);
	assert_true(r.res.timings.backoff_ms > 7599.0 && r.res.timings.backoff_ms < 7601.0);
	run_release(&r);
	{
		sx_llm_stats st;
		sx_llm_get_stats(llm, &st);
		assert_int_equal(st.retries, 3);
	}
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static void test_retries_exhausted_and_capped(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct mclock mc;
	sx_llm_clock clock = {mc_now, mc_sleep, &mc};
	struct run r;
	(void)state;
	mc_init(&mc);
	start(&f, "{\"chat\": {\"status\": 500, \"body\": {\"error\": {\"message\": \"kaput\"}}}}");
	llm = client_for(&f, "retries = 4\nretry_base_ms = 100\nretry_max_ms = 250\nretry_jitter = 0",
			 &clock, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, SX_EIO);
	assert_string_equal(r.res.cause, "server");
	assert_non_null(strstr(r.err.msg, "HTTP 500"));
	assert_non_null(strstr(r.err.msg, "kaput"));
	assert_string_equal(r.res.finish_reason, "error");
	assert_int_equal(sx_fixture_count(&f), 5);
	assert_int_equal(mc.n, 4);
	assert_int_equal(mc.sleeps[0], 100000000ULL);
	assert_int_equal(mc.sleeps[1], 200000000ULL);
	assert_int_equal(mc.sleeps[2], 250000000ULL); /* capped */
	assert_int_equal(mc.sleeps[3], 250000000ULL);
	run_release(&r);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static void test_jitter_bounds(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct mclock mc;
	sx_llm_clock clock = {mc_now, mc_sleep, &mc};
	struct run r;
	int i, distinct = 0;
	(void)state;
	mc_init(&mc);
	start(&f, "{\"chat\": {\"status\": 504, \"body\": \"timeout\"}}");
	llm = client_for(&f, "retries = 6\nretry_base_ms = 1000\nretry_max_ms = 1000\nretry_jitter = 0.5",
			 &clock, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, SX_EIO);
	assert_int_equal(mc.n, 6);
	for (i = 0; i < 6; i++) {
		/* d = 1 s * (1 - 0.5 u): within [0.5 s, 1 s] */
		assert_true(mc.sleeps[i] >= 500000000ULL && mc.sleeps[i] <= 1000000000ULL);
		if (i && mc.sleeps[i] != mc.sleeps[i - 1])
			distinct++;
	}
	assert_true(distinct > 0); /* it is random */
	run_release(&r);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static void test_no_retry_on_client_errors(void **state)
{
	static const struct {
		int status;
		const char *body;
		int code;
		const char *cause;
	} cases[] = {
		{400, "{\"error\": {\"message\": \"temperature must be <= 2\"}}", SX_EINVAL, "bad_request"},
		{401, "{\"error\": {\"message\": \"invalid key\"}}", SX_EAUTH, "auth"},
		{403, "{\"error\": {\"message\": \"forbidden\"}}", SX_EAUTH, "auth"},
		{404, "{\"error\": {\"message\": \"The model `fixture-model` does not exist\"}}",
		 SX_ENOTFOUND, "model_not_found"},
		{404, "\"Not Found\"", SX_ENOTFOUND, "not_found"},
	};
	size_t i;
	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		sx_fixture f;
		sx_llm *llm;
		struct mclock mc;
		sx_llm_clock clock = {mc_now, mc_sleep, &mc};
		struct run r;
		char script[512];
		mc_init(&mc);
		snprintf(script, sizeof script, "{\"chat\": {\"status\": %d, \"body\": %s}}",
			 cases[i].status, cases[i].body);
		start(&f, script);
		llm = client_for(&f, "retries = 5", &clock, NULL);
		chat(llm, "q", NULL, &r);
		assert_int_equal(r.rc, cases[i].code);
		assert_string_equal(r.res.cause, cases[i].cause);
		assert_int_equal(r.res.http_status, cases[i].status);
		assert_int_equal(sx_fixture_count(&f), 1); /* never retried */
		assert_int_equal(mc.n, 0);
		run_release(&r);
		sx_llm_free(llm);
		sx_fixture_stop(&f);
	}
}

static void test_retry_after_too_long(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct mclock mc;
	sx_llm_clock clock = {mc_now, mc_sleep, &mc};
	struct run r;
	(void)state;
	mc_init(&mc);
	start(&f, "{\"chat\": {\"status\": 429, \"headers\": {\"Retry-After\": \"3600\"}, \"body\": "
		  "\"quota\"}}");
	llm = client_for(&f, "retry_after_max_s = 60", &clock, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, SX_EIO);
	assert_string_equal(r.res.cause, "rate_limit");
	assert_non_null(strstr(r.err.msg, "retry_after_max_s"));
	assert_int_equal(mc.n, 0);
	assert_int_equal(sx_fixture_count(&f), 1);
	run_release(&r);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static void test_stream_cut(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct mclock mc;
	sx_llm_clock clock = {mc_now, mc_sleep, &mc};
	struct run r;
	(void)state;
	/* cut before any token: retried, and the retry's text is all */
	mc_init(&mc);
	start(&f, "{\"chat\": [{\"events\": [{\"comment\": \"warming up\"}, {\"cut\": true}]},"
		  "{\"events\": [{\"delta\": {\"role\": \"assistant\"}}]},"
		  "{\"text\": \"second try\"}]}");
	llm = client_for(&f, "retry_jitter = 0", &clock, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, 0);
	assert_string_equal(sx_buf_cstr(&r.text), "second try");
	assert_int_equal(r.res.timings.attempts, 3);
	assert_int_equal(mc.n, 2);
	run_release(&r);
	sx_llm_free(llm);
	sx_fixture_stop(&f);

	/* cut after a token: never retried (the caller saw text) */
	mc_init(&mc);
	start(&f, "{\"chat\": [{\"events\": [{\"content\": \"partial \"}, {\"cut\": true}]},"
		  "{\"text\": \"must not be asked\"}]}");
	llm = client_for(&f, NULL, &clock, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, SX_EIO);
	assert_string_equal(r.res.finish_reason, "incomplete");
	assert_string_equal(sx_buf_cstr(&r.text), "partial ");
	assert_int_equal(sx_fixture_count(&f), 1);
	run_release(&r);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static void test_bad_streams(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct run r;
	(void)state;
	/* invalid JSON: a protocol error, reported, not retried */
	start(&f, "{\"chat\": [{\"events\": [{\"content\": \"a\"}, {\"raw\": \"data: {oops\\n\\n\"},"
		  "{\"content\": \"b\"}, {\"done\": true}]},"
		  "{\"events\": [{\"raw\": \"data: {\\\"choices\\\":[{\\\"delta\\\":{\\\"content\\\":\\\"x\"},"
		  "{\"raw_hex\": \"ff\"}, {\"raw\": \"y\\\"}}]}\\n\\n\"}, {\"done\": true}]},"
		  "{\"events\": [{\"content\": \"ok so far\"}, {\"error\": {\"message\": "
		  "\"backend crashed\", \"code\": 500}}]},"
		  "{\"events\": [{\"error\": {\"message\": \"overloaded\", \"code\": 503}}]},"
		  "{\"text\": \"recovered\"}]}");
	llm = client_for(&f, "retry_base_ms = 1\nretry_jitter = 0", NULL, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, SX_EPARSE);
	assert_string_equal(r.res.cause, "protocol");
	assert_string_equal(sx_buf_cstr(&r.text), "a");
	assert_non_null(strstr(r.err.msg, "invalid JSON"));
	run_release(&r);
	/* invalid UTF-8: replaced and counted */
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, 0);
	assert_string_equal(sx_buf_cstr(&r.text), "x\xEF\xBF\xBDy");
	assert_int_equal(r.res.invalid_utf8, 1);
	run_release(&r);
	/* an error object after text: the server's message, no retry */
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, SX_EIO);
	assert_string_equal(r.res.cause, "stream_error");
	assert_non_null(strstr(r.err.msg, "backend crashed"));
	assert_string_equal(r.res.finish_reason, "incomplete");
	run_release(&r);
	/* an error object with code 503 before any text: retried */
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, 0);
	assert_string_equal(sx_buf_cstr(&r.text), "recovered");
	assert_int_equal(r.res.timings.attempts, 2);
	run_release(&r);
	assert_int_equal(sx_fixture_count(&f), 5);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static int free_port(void)
{
	struct sockaddr_in a;
	socklen_t len = sizeof a;
	int s = socket(AF_INET, SOCK_STREAM, 0), port;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(s, (struct sockaddr *)&a, sizeof a), 0);
	assert_int_equal(getsockname(s, (struct sockaddr *)&a, &len), 0);
	port = ntohs(a.sin_port);
	close(s);
	return port;
}

static void test_connection_refused(void **state)
{
	sx_fixture f = {0};
	sx_llm *llm;
	struct mclock mc;
	sx_llm_clock clock = {mc_now, mc_sleep, &mc};
	struct run r;
	(void)state;
	mc_init(&mc);
	snprintf(f.base_url, sizeof f.base_url, "http://127.0.0.1:%d/v1", free_port());
	llm = client_for(&f, "retries = 2\nretry_base_ms = 300\nretry_jitter = 0", &clock, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, SX_EIO);
	assert_string_equal(r.res.cause, "connect");
	assert_non_null(strstr(r.err.msg, "cannot connect"));
	assert_non_null(strstr(r.err.msg, "base_url"));
	assert_int_equal(r.res.timings.attempts, 3);
	assert_int_equal(mc.n, 2);
	assert_int_equal(mc.sleeps[0], 300000000ULL);
	assert_int_equal(mc.sleeps[1], 600000000ULL);
	run_release(&r);
	sx_llm_free(llm);
}

/* ------------------------------------------------------------ time limits */

static void test_time_limits(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct run r;
	(void)state;
	start(&f, "{\"chat\": [{\"events\": [{\"delay_ms\": 3000}, {\"content\": \"late\"}]},"
		  "{\"events\": [{\"content\": \"a\"}, {\"delay_ms\": 3000}, {\"content\": \"b\"}]}]}");
	llm = client_for(&f, "first_token_timeout_s = 0.3\nidle_timeout_s = 0.3", NULL, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, SX_ETIMEOUT);
	assert_string_equal(r.res.cause, "timeout");
	assert_non_null(strstr(r.err.msg, "first_token_timeout_s"));
	assert_int_equal(r.text.len, 0);
	run_release(&r);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, SX_ETIMEOUT);
	assert_non_null(strstr(r.err.msg, "idle_timeout_s"));
	assert_string_equal(sx_buf_cstr(&r.text), "a");
	run_release(&r);
	sx_llm_free(llm);
	sx_fixture_stop(&f);

	start(&f, "{\"chat\": {\"events\": [{\"content\": \"a\"}, {\"delay_ms\": 150}, {\"content\": "
		  "\"b\"}, {\"delay_ms\": 150}, {\"content\": \"c\"}, {\"delay_ms\": 3000}]}}");
	llm = client_for(&f, "total_timeout_s = 0.5\nidle_timeout_s = 0", NULL, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, SX_ETIMEOUT);
	assert_non_null(strstr(r.err.msg, "total_timeout_s"));
	assert_string_equal(sx_buf_cstr(&r.text), "abc");
	run_release(&r);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

/* ------------------------------------------------------------ cancel */

struct watch {
	atomic_int tokens, late, done, cancel_returned, self_cancel;
	sx_llm_req *req;
	sx_llm_result res;
};

static void w_token(void *p, const char *s, size_t n)
{
	struct watch *w = p;
	(void)s;
	(void)n;
	if (atomic_load(&w->cancel_returned))
		atomic_fetch_add(&w->late, 1);
	atomic_fetch_add(&w->tokens, 1);
	if (atomic_load(&w->self_cancel) && atomic_load(&w->tokens) == 2)
		sx_llm_cancel(w->req); /* from inside a callback */
}

static void w_done(void *p, const sx_llm_result *res)
{
	struct watch *w = p;
	w->res = *res;
	atomic_fetch_add(&w->done, 1);
}

static void wait_for(atomic_int *v, int want)
{
	int i;
	for (i = 0; i < 1000 && atomic_load(v) < want; i++)
		sx_fixture_sleep_ms(10);
	assert_true(atomic_load(v) >= want);
}

/* ------------------------------------------------------------ tool calls */

/* What the live callbacks saw of the calls. */
struct tseen {
	sx_buf frags[4];  /* arguments fragments per call, joined */
	int ndeltas, ncalls;
	sx_buf calls;     /* "id|name|arguments\n" from on_tool_call */
};

static void t_delta(void *p, const sx_llm_tool_delta *d)
{
	struct tseen *t = p;
	assert_true(sx_utf8_valid(d->arguments, d->arguments_len));
	if (d->call < 4)
		sx_buf_put(&t->frags[d->call], d->arguments, d->arguments_len);
	t->ndeltas++;
}

static void t_call(void *p, const sx_llm_tool_call *c)
{
	struct tseen *t = p;
	sx_buf_printf(&t->calls, "%s|%s|%s\n", c->id, c->name, c->arguments);
	t->ncalls++;
}

static void tseen_release(struct tseen *t)
{
	int i;
	for (i = 0; i < 4; i++)
		sx_buf_release(&t->frags[i]);
	sx_buf_release(&t->calls);
	memset(t, 0, sizeof *t);
}

/* ARGS_A holds "ü" (C3 BC) and "🌍" (F0 9F 8C 8D); the split points cut
 * both in the middle: byte 13 falls between C3 and BC, byte 20 after F0 9F */
#define ARGS_A "{\"city\": \"Zürich 🌍\"}"

static void test_tool_round_trip(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	sx_llm_reply rep, rep2;
	sx_llm_message m[4];
	sx_llm_tool tools[2];
	sx_llm_chat_opts o = {0};
	struct tseen t;
	sx_llm_callbacks cb = {.payload = &t, .on_tool_call_delta = t_delta, .on_tool_call = t_call};
	cJSON *schema, *reqs, *b0, *b1, *msgs, *x, *tc;
	sx_error err = {0};
	(void)state;
	memset(&t, 0, sizeof t);
	start(&f, "{\"chat\": [{\"text\": \"Checking.\", \"tool_calls\": ["
		  "{\"id\": \"call_w\", \"name\": \"weather\", \"arguments\": "
		  "\"{\\\"city\\\": \\\"Zürich 🌍\\\"}\", \"split_at\": [1, 13, 20, 21]},"
		  "{\"id\": \"call_r\", \"name\": \"row_count\", \"arguments\": "
		  "\"{\\\"table\\\": \\\"sales\\\"}\", \"split_at\": [5]}]},"
		  "{\"text\": \"Sunny; 3 rows.\"}]}");
	llm = client_for(&f, NULL, NULL, NULL);
	schema = cJSON_Parse("{\"type\":\"object\",\"properties\":{\"table\":{\"type\":\"string\"}},"
			     "\"required\":[\"table\"]}");
	memset(tools, 0, sizeof tools);
	tools[0].name = "weather";
	tools[0].description = "The weather in a city";
	tools[0].parameters = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}";
	tools[1].name = "row_count";
	tools[1].parameters_json = schema;
	o.tools = tools;
	o.n_tools = 2;
	o.tool_choice = SX_LLM_TOOL_CHOICE_AUTO;
	memset(m, 0, sizeof m);
	m[0].role = SX_LLM_USER;
	m[0].content = "Weather in Zürich, and how many sales rows?";
	assert_int_equal(sx_llm_chat_reply(llm, m, 1, &o, &cb, NULL, &rep, &err), 0);

	/* the reply: text, then two whole calls */
	assert_string_equal(sx_buf_cstr(&rep.content), "Checking.");
	assert_string_equal(rep.res.finish_reason, "tool_calls");
	assert_int_equal(rep.res.tool_calls, 2);
	assert_int_equal(rep.n_tool_calls, 2);
	assert_string_equal(rep.tool_calls[0].id, "call_w");
	assert_string_equal(rep.tool_calls[0].name, "weather");
	assert_string_equal(rep.tool_calls[0].arguments, ARGS_A);
	assert_string_equal(rep.tool_calls[1].id, "call_r");
	assert_string_equal(rep.tool_calls[1].arguments, "{\"table\": \"sales\"}");
	assert_int_equal(rep.res.invalid_utf8, 0);
	/* live: the fragments (each valid UTF-8) add up to the arguments,
	 * and each whole call came once */
	assert_string_equal(sx_buf_cstr(&t.frags[0]), ARGS_A);
	assert_string_equal(sx_buf_cstr(&t.frags[1]), "{\"table\": \"sales\"}");
	assert_true(t.ndeltas >= 7);
	assert_int_equal(t.ncalls, 2);
	assert_string_equal(sx_buf_cstr(&t.calls), "call_w|weather|" ARGS_A "\n"
						   "call_r|row_count|{\"table\": \"sales\"}\n");

	/* the agent runs the tools and answers each call */
	m[1] = sx_llm_reply_message(&rep);
	m[2].role = SX_LLM_TOOL;
	m[2].tool_call_id = rep.tool_calls[0].id;
	m[2].content = "{\"sky\": \"sunny\"}";
	m[3].role = SX_LLM_TOOL;
	m[3].tool_call_id = rep.tool_calls[1].id;
	m[3].content = "3";
	assert_int_equal(sx_llm_chat_reply(llm, m, 4, &o, NULL, NULL, &rep2, &err), 0);
	assert_string_equal(sx_buf_cstr(&rep2.content), "Sunny; 3 rows.");
	assert_string_equal(rep2.res.finish_reason, "stop");
	assert_int_equal(rep2.n_tool_calls, 0);
	assert_int_equal(rep2.res.tool_calls, 0);

	/* what was sent */
	reqs = sx_fixture_requests(&f);
	assert_int_equal(cJSON_GetArraySize(reqs), 2);
	b0 = cJSON_GetObjectItem(cJSON_GetArrayItem(reqs, 0), "body");
	b1 = cJSON_GetObjectItem(cJSON_GetArrayItem(reqs, 1), "body");
	assert_string_equal(sx_json_str(b0, "tool_choice", ""), "auto");
	x = cJSON_GetObjectItem(b0, "tools");
	assert_int_equal(cJSON_GetArraySize(x), 2);
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(x, 0), "type", ""), "function");
	tc = cJSON_GetObjectItem(cJSON_GetArrayItem(x, 0), "function");
	assert_string_equal(sx_json_str(tc, "name", ""), "weather");
	assert_string_equal(sx_json_str(tc, "description", ""), "The weather in a city");
	assert_string_equal(sx_json_str(cJSON_GetObjectItem(tc, "parameters"), "type", ""), "object");
	tc = cJSON_GetObjectItem(cJSON_GetArrayItem(x, 1), "function");
	assert_string_equal(sx_json_str(tc, "name", ""), "row_count");
	assert_string_equal(
		cJSON_GetArrayItem(cJSON_GetObjectItem(cJSON_GetObjectItem(tc, "parameters"), "required"),
				   0)->valuestring,
		"table");
	assert_null(cJSON_GetObjectItem(tc, "description"));
	/* the second request carries the assistant's calls and the results */
	msgs = cJSON_GetObjectItem(b1, "messages");
	assert_int_equal(cJSON_GetArraySize(msgs), 4);
	x = cJSON_GetArrayItem(msgs, 1);
	assert_string_equal(sx_json_str(x, "role", ""), "assistant");
	assert_string_equal(sx_json_str(x, "content", ""), "Checking.");
	tc = cJSON_GetObjectItem(x, "tool_calls");
	assert_int_equal(cJSON_GetArraySize(tc), 2);
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(tc, 0), "id", ""), "call_w");
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(tc, 0), "type", ""), "function");
	assert_string_equal(sx_json_str(cJSON_GetObjectItem(cJSON_GetArrayItem(tc, 0), "function"),
					"arguments", ""),
			    ARGS_A);
	assert_string_equal(sx_json_str(cJSON_GetObjectItem(cJSON_GetArrayItem(tc, 1), "function"),
					"name", ""),
			    "row_count");
	x = cJSON_GetArrayItem(msgs, 2);
	assert_string_equal(sx_json_str(x, "role", ""), "tool");
	assert_string_equal(sx_json_str(x, "tool_call_id", ""), "call_w");
	assert_string_equal(sx_json_str(x, "content", ""), "{\"sky\": \"sunny\"}");
	x = cJSON_GetArrayItem(msgs, 3);
	assert_string_equal(sx_json_str(x, "tool_call_id", ""), "call_r");
	assert_string_equal(sx_json_str(x, "content", ""), "3");
	assert_non_null(cJSON_GetObjectItem(b1, "tools"));
	cJSON_Delete(reqs);
	cJSON_Delete(schema);
	sx_llm_reply_release(&rep);
	sx_llm_reply_release(&rep2);
	tseen_release(&t);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

/* The tool-call stream cut at every byte offset of the arguments (inside
 * "ü" and "🌍" too) and sent one byte per HTTP chunk on the wire. */
static void test_tool_call_every_split(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	sx_buf script = SX_BUF_INIT;
	size_t len = strlen(ARGS_A), k;
	sx_llm_message m = {.role = SX_LLM_USER, .content = "q"};
	(void)state;
	sx_buf_puts(&script, "{\"chat\": [");
	for (k = 1; k < len; k++)
		sx_buf_printf(&script,
			      "%s{\"split\": %d, \"crlf\": %s, \"tool_calls\": [{\"id\": \"c%zu\", "
			      "\"name\": \"weather\", \"arguments\": \"{\\\"city\\\": \\\"Zürich 🌍\\\"}\","
			      " \"split_at\": [%zu]}, {\"name\": \"second\", \"arguments\": \"{}\"}]}",
			      k > 1 ? ", " : "", k % 3 == 0 ? 1 : (int)k, k % 2 ? "true" : "false", k, k);
	sx_buf_puts(&script, "]}");
	start(&f, sx_buf_cstr(&script));
	llm = client_for(&f, NULL, NULL, NULL);
	for (k = 1; k < len; k++) {
		sx_llm_reply rep;
		sx_error err = {0};
		char id[16];
		assert_int_equal(sx_llm_chat_reply(llm, &m, 1, NULL, NULL, NULL, &rep, &err), 0);
		snprintf(id, sizeof id, "c%zu", k);
		if (rep.n_tool_calls != 2 || strcmp(rep.tool_calls[0].arguments, ARGS_A) != 0 ||
		    strcmp(rep.tool_calls[0].id, id) != 0)
			fail_msg("split at %zu: %zu calls, '%s'", k, rep.n_tool_calls,
				 rep.n_tool_calls ? rep.tool_calls[0].arguments : "");
		/* the second call has no id of its own on the wire: the
		 * fixture gives "call_1" */
		assert_string_equal(rep.tool_calls[1].name, "second");
		assert_string_equal(rep.tool_calls[1].arguments, "{}");
		assert_int_equal(rep.res.invalid_utf8, 0);
		assert_string_equal(rep.res.finish_reason, "tool_calls");
		sx_llm_reply_release(&rep);
	}
	sx_buf_release(&script);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

struct await {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	bool done;
	sx_llm_result res;
	int calls;
};

static void a_call(void *p, const sx_llm_tool_call *c)
{
	struct await *a = p;
	(void)c;
	a->calls++;
}

static void a_done(void *p, const sx_llm_result *res)
{
	struct await *a = p;
	pthread_mutex_lock(&a->mu);
	a->res = *res;
	a->done = true;
	pthread_cond_signal(&a->cv);
	pthread_mutex_unlock(&a->mu);
}

static void test_tool_call_legacy_and_whole(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	sx_llm_message m = {.role = SX_LLM_USER, .content = "q"};
	struct await a;
	sx_llm_callbacks cb = {.on_done = a_done, .payload = &a, .on_tool_call = a_call};
	sx_llm_req *req;
	const sx_llm_tool_call *calls;
	sx_llm_reply rep;
	size_t n;
	sx_error err = {0};
	(void)state;
	start(&f, "{\"chat\": [{\"legacy\": true, \"tool_calls\": [{\"name\": \"count\", "
		  "\"arguments\": \"{\\\"t\\\": \\\"naïve\\\"}\", \"split_at\": [3, 11]}]},"
		  "{\"text\": \"Hm. \", \"tool_calls\": [{\"id\": \"w1\", \"name\": \"weather\", "
		  "\"arguments\": \"{\\\"c\\\": \\\"Zürich\\\"}\"}, {\"id\": \"w2\", \"name\": \"noop\"}]},"
		  "{\"legacy\": true, \"tool_calls\": [{\"name\": \"f\", \"arguments\": \"{}\"}]}]}");
	llm = client_for(&f, NULL, NULL, NULL);
	/* streamed delta.function_call, through the asynchronous API; the
	 * cut at 11 falls inside "ï" */
	memset(&a, 0, sizeof a);
	pthread_mutex_init(&a.mu, NULL);
	pthread_cond_init(&a.cv, NULL);
	assert_int_equal(sx_llm_chat(llm, &m, 1, NULL, &cb, &req, &err), 0);
	pthread_mutex_lock(&a.mu);
	while (!a.done)
		pthread_cond_wait(&a.cv, &a.mu);
	pthread_mutex_unlock(&a.mu);
	assert_int_equal(a.res.code, 0);
	assert_string_equal(a.res.finish_reason, "function_call");
	assert_int_equal(a.res.tool_calls, 1);
	assert_int_equal(a.calls, 1);
	calls = sx_llm_req_tool_calls(req, &n);
	assert_int_equal(n, 1);
	assert_string_equal(calls[0].id, "call_0"); /* synthesized */
	assert_string_equal(calls[0].name, "count");
	assert_string_equal(calls[0].arguments, "{\"t\": \"naïve\"}");
	sx_llm_req_free(req);
	pthread_mutex_destroy(&a.mu);
	pthread_cond_destroy(&a.cv);
	sx_llm_free(llm);

	/* non-streamed: message.tool_calls, then message.function_call */
	llm = client_for(&f, "stream = false", NULL, NULL);
	assert_int_equal(sx_llm_chat_reply(llm, &m, 1, NULL, NULL, NULL, &rep, &err), 0);
	assert_string_equal(sx_buf_cstr(&rep.content), "Hm. ");
	assert_string_equal(rep.res.finish_reason, "tool_calls");
	assert_int_equal(rep.n_tool_calls, 2);
	assert_string_equal(rep.tool_calls[0].id, "w1");
	assert_string_equal(rep.tool_calls[0].arguments, "{\"c\": \"Zürich\"}");
	assert_string_equal(rep.tool_calls[1].name, "noop");
	assert_string_equal(rep.tool_calls[1].arguments, "{}"); /* none sent */
	sx_llm_reply_release(&rep);
	assert_int_equal(sx_llm_chat_reply(llm, &m, 1, NULL, NULL, NULL, &rep, &err), 0);
	assert_int_equal(rep.n_tool_calls, 1);
	assert_string_equal(rep.tool_calls[0].id, "call_0");
	assert_string_equal(rep.tool_calls[0].name, "f");
	assert_string_equal(rep.res.finish_reason, "function_call");
	sx_llm_reply_release(&rep);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static void test_tool_call_bad_requests(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	sx_llm_message m[2] = {{.role = SX_LLM_USER, .content = "q"},
			       {.role = SX_LLM_TOOL, .content = "r"}};
	sx_llm_tool tool = {.name = "t", .parameters = "not json"};
	sx_llm_chat_opts o = {0};
	sx_llm_reply rep;
	sx_error err = {0};
	(void)state;
	start(&f, "{\"chat\": {\"text\": \"x\"}}");
	llm = client_for(&f, NULL, NULL, NULL);
	/* refused before anything is sent */
	assert_int_equal(sx_llm_chat_reply(llm, m, 2, NULL, NULL, NULL, &rep, &err), SX_EINVAL);
	assert_non_null(strstr(err.msg, "tool_call_id"));
	sx_llm_reply_release(&rep);
	o.tools = &tool;
	o.n_tools = 1;
	assert_int_equal(sx_llm_chat_reply(llm, m, 1, &o, NULL, NULL, &rep, &err), SX_EINVAL);
	sx_llm_reply_release(&rep);
	assert_int_equal(sx_fixture_count(&f), 0);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static void test_tool_calls_cached(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	sx_llm_tool tool = {.name = "weather"};
	sx_llm_chat_opts o = {0};
	sx_llm_message m = {.role = SX_LLM_USER, .content = "weather?"};
	sx_llm_reply r1, r2;
	struct tseen t;
	sx_llm_callbacks cb = {.payload = &t, .on_tool_call_delta = t_delta, .on_tool_call = t_call};
	const char *ws = sx_test_tmpdir("llmtoolws");
	char dir[600];
	sx_error err = {0};
	(void)state;
	memset(&t, 0, sizeof t);
	snprintf(dir, sizeof dir, "%s", ws);
	start(&f, "{\"chat\": [{\"tool_calls\": [{\"id\": \"call_w\", \"name\": \"weather\", "
		  "\"arguments\": \"{\\\"city\\\": \\\"Zürich 🌍\\\"}\", \"split_at\": [13]}]},"
		  "{\"text\": \"not asked\"}]}");
	llm = client_for(&f, "cache_ttl_s = 3600", NULL, dir);
	o.tools = &tool;
	o.n_tools = 1;
	assert_int_equal(sx_llm_chat_reply(llm, &m, 1, &o, NULL, NULL, &r1, &err), 0);
	assert_false(r1.res.from_cache);
	/* the same request again: answered from the workspace, calls and
	 * all, through the same callbacks */
	assert_int_equal(sx_llm_chat_reply(llm, &m, 1, &o, &cb, NULL, &r2, &err), 0);
	assert_true(r2.res.from_cache);
	assert_int_equal(sx_fixture_count(&f), 1);
	assert_string_equal(r2.res.finish_reason, "tool_calls");
	assert_int_equal(r2.n_tool_calls, 1);
	assert_int_equal(r2.res.tool_calls, 1);
	assert_string_equal(r2.tool_calls[0].id, "call_w");
	assert_string_equal(r2.tool_calls[0].name, "weather");
	assert_string_equal(r2.tool_calls[0].arguments, r1.tool_calls[0].arguments);
	assert_string_equal(r2.tool_calls[0].arguments, ARGS_A);
	assert_int_equal(t.ncalls, 1);
	assert_string_equal(sx_buf_cstr(&t.frags[0]), ARGS_A);
	sx_llm_reply_release(&r1);
	sx_llm_reply_release(&r2);
	/* other tools are another request */
	tool.description = "now described";
	assert_int_equal(sx_llm_chat_reply(llm, &m, 1, &o, NULL, NULL, &r1, &err), 0);
	assert_false(r1.res.from_cache);
	assert_string_equal(sx_buf_cstr(&r1.content), "not asked");
	sx_llm_reply_release(&r1);
	tseen_release(&t);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

static const char *SLOW_STREAM =
	"{\"chat\": {\"events\": [{\"content\": \"1\"}, {\"delay_ms\": 30}, {\"content\": \"2\"},"
	"{\"delay_ms\": 30}, {\"content\": \"3\"}, {\"delay_ms\": 30}, {\"content\": \"4\"},"
	"{\"delay_ms\": 30}, {\"content\": \"5\"}, {\"delay_ms\": 30}, {\"content\": \"6\"},"
	"{\"delay_ms\": 30}, {\"content\": \"7\"}, {\"delay_ms\": 30}, {\"content\": \"8\"},"
	"{\"finish\": \"stop\"}, {\"done\": true}]}}";

static void test_cancel_mid_stream(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	sx_llm_message m = {.role = SX_LLM_USER, .content = "q"};
	struct watch w;
	sx_llm_callbacks cb = {.on_token = w_token, .on_done = w_done, .payload = &w};
	sx_error err = {0};
	(void)state;
	start(&f, SLOW_STREAM);
	llm = client_for(&f, NULL, NULL, NULL);

	/* cancel from another thread after the first token */
	memset(&w, 0, sizeof w);
	assert_int_equal(sx_llm_chat(llm, &m, 1, NULL, &cb, &w.req, &err), 0);
	wait_for(&w.tokens, 1);
	sx_llm_cancel(w.req);
	atomic_store(&w.cancel_returned, 1);
	wait_for(&w.done, 1);
	sx_fixture_sleep_ms(300); /* the rest of the stream would have come by now */
	assert_int_equal(atomic_load(&w.late), 0);
	assert_int_equal(atomic_load(&w.done), 1);
	assert_true(atomic_load(&w.tokens) < 8);
	assert_int_equal(w.res.code, SX_ECANCELLED);
	assert_string_equal(w.res.finish_reason, "cancelled");
	sx_llm_cancel(w.req); /* again, after the end: harmless */
	sx_llm_req_free(w.req);

	/* cancel from inside on_token */
	memset(&w, 0, sizeof w);
	atomic_store(&w.self_cancel, 1);
	assert_int_equal(sx_llm_chat(llm, &m, 1, NULL, &cb, &w.req, &err), 0);
	wait_for(&w.done, 1);
	assert_int_equal(atomic_load(&w.tokens), 2);
	assert_int_equal(w.res.code, SX_ECANCELLED);
	sx_llm_req_free(w.req);

	/* freeing the handle mid-stream: no callback at all afterwards */
	memset(&w, 0, sizeof w);
	assert_int_equal(sx_llm_chat(llm, &m, 1, NULL, &cb, &w.req, &err), 0);
	wait_for(&w.tokens, 1);
	sx_llm_req_free(w.req);
	atomic_store(&w.cancel_returned, 1);
	sx_fixture_sleep_ms(400);
	assert_int_equal(atomic_load(&w.late), 0);
	assert_int_equal(atomic_load(&w.done), 0);

	/* closing the client with a request in flight: on_done(cancelled) */
	memset(&w, 0, sizeof w);
	assert_int_equal(sx_llm_chat(llm, &m, 1, NULL, &cb, NULL, &err), 0);
	wait_for(&w.tokens, 1);
	sx_llm_free(llm);
	assert_int_equal(atomic_load(&w.done), 1);
	assert_int_equal(w.res.code, SX_ECANCELLED);
	sx_fixture_stop(&f);
}

static void test_sync_cancel_flag(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	sx_llm_message m = {.role = SX_LLM_USER, .content = "q"};
	atomic_int cancel = 1; /* already set: the call returns cancelled */
	sx_llm_result res;
	sx_error err = {0};
	(void)state;
	start(&f, SLOW_STREAM);
	llm = client_for(&f, NULL, NULL, NULL);
	assert_int_equal(sx_llm_chat_sync(llm, &m, 1, NULL, NULL, &cancel, NULL, NULL, &res, &err),
			 SX_ECANCELLED);
	assert_string_equal(res.finish_reason, "cancelled");
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

/* ------------------------------------------------------------ concurrency */

struct conc {
	pthread_mutex_t m;
	int inflight, max_inflight, done;
	sx_buf text[16];
	int started[16];
	int codes[16];
};

struct conc_slot {
	struct conc *c;
	int i;
};

static void c_token(void *p, const char *s, size_t n)
{
	struct conc_slot *sl = p;
	struct conc *c = sl->c;
	pthread_mutex_lock(&c->m);
	if (!c->started[sl->i]) {
		c->started[sl->i] = 1;
		if (++c->inflight > c->max_inflight)
			c->max_inflight = c->inflight;
	}
	sx_buf_put(&c->text[sl->i], s, n);
	pthread_mutex_unlock(&c->m);
}

static void c_done(void *p, const sx_llm_result *res)
{
	struct conc_slot *sl = p;
	struct conc *c = sl->c;
	pthread_mutex_lock(&c->m);
	if (c->started[sl->i])
		c->inflight--;
	c->codes[sl->i] = res->code;
	c->done++;
	pthread_mutex_unlock(&c->m);
}

static void run_concurrent(int concurrency, int n, int *max_inflight)
{
	sx_fixture f;
	sx_llm *llm;
	char extra[64];
	sx_llm_message m = {.role = SX_LLM_USER, .content = "q"};
	struct conc c;
	struct conc_slot slots[16];
	sx_error err = {0};
	int i;

	memset(&c, 0, sizeof c);
	pthread_mutex_init(&c.m, NULL);
	/* every stream holds its slot for 400 ms between its two tokens, so
	 * streams that run together overlap */
	start(&f, "{\"chat\": {\"events\": [{\"content\": \"s\"}, {\"delay_ms\": 400}, {\"content\": "
		  "\"e\"}, {\"finish\": \"stop\"}, {\"done\": true}]}}");
	snprintf(extra, sizeof extra, "concurrency = %d", concurrency);
	llm = client_for(&f, extra, NULL, NULL);
	for (i = 0; i < n; i++) {
		sx_llm_callbacks cb = {.on_token = c_token, .on_done = c_done, .payload = &slots[i]};
		slots[i].c = &c;
		slots[i].i = i;
		assert_int_equal(sx_llm_chat(llm, &m, 1, NULL, &cb, NULL, &err), 0);
	}
	for (i = 0; i < 2000; i++) {
		int d;
		pthread_mutex_lock(&c.m);
		d = c.done;
		pthread_mutex_unlock(&c.m);
		if (d == n)
			break;
		sx_fixture_sleep_ms(10);
	}
	assert_int_equal(c.done, n);
	for (i = 0; i < n; i++) {
		assert_int_equal(c.codes[i], 0);
		assert_string_equal(sx_buf_cstr(&c.text[i]), "se");
		sx_buf_release(&c.text[i]);
	}
	*max_inflight = c.max_inflight;
	sx_llm_free(llm);
	sx_fixture_stop(&f);
	pthread_mutex_destroy(&c.m);
}

static void test_eight_concurrent_streams(void **state)
{
	int max;
	(void)state;
	run_concurrent(8, 8, &max);
	assert_int_equal(max, 8); /* all eight streamed at once */
	run_concurrent(3, 8, &max);
	assert_true(max >= 1 && max <= 3); /* the queue holds the rest */
}

/* ------------------------------------------------------------ cache, embeddings, models */

static void test_cache(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct run r1, r2;
	sx_llm_chat_opts o = {0};
	const char *ws = sx_test_tmpdir("llmws");
	char dir[600];
	sx_store *st;
	cJSON *sum;
	sx_error err = {0};
	(void)state;
	snprintf(dir, sizeof dir, "%s", ws);
	start(&f, "{\"chat\": [{\"text\": \"cached answer\", \"reasoning\": \"why\"},"
		  "{\"text\": \"fresh answer\"}]}");
	llm = client_for(&f, "cache_ttl_s = 3600\nprice_input_per_1m = 1\nprice_output_per_1m = 2",
			 NULL, dir);
	o.run_id = "run-7";
	chat(llm, "same", &o, &r1);
	chat(llm, "same", &o, &r2);
	assert_int_equal(r1.rc, 0);
	assert_int_equal(r2.rc, 0);
	assert_false(r1.res.from_cache);
	assert_true(r1.res.usage.priced);
	assert_true(r1.res.usage.cost_usd > 0);
	assert_true(r2.res.from_cache);
	assert_true(r2.res.usage.cost_usd == 0);
	assert_string_equal(sx_buf_cstr(&r2.text), "cached answer");
	assert_string_equal(sx_buf_cstr(&r2.reasoning), "why");
	assert_int_equal(sx_fixture_count(&f), 1);
	run_release(&r1);
	run_release(&r2);
	/* no_cache and different messages both go to the endpoint */
	o.no_cache = true;
	chat(llm, "same", &o, &r1);
	assert_false(r1.res.from_cache);
	assert_string_equal(sx_buf_cstr(&r1.text), "fresh answer");
	run_release(&r1);
	o.no_cache = false;
	chat(llm, "other", &o, &r1);
	assert_false(r1.res.from_cache);
	run_release(&r1);
	assert_int_equal(sx_fixture_count(&f), 3);
	sx_llm_free(llm);

	assert_int_equal(sx_store_open(&st, dir, &err), 0);
	assert_int_equal(sx_llm_usage_summary(st, "run-7", &sum, &err), 0);
	assert_int_equal(sx_json_int(sum, "requests", 0), 4);
	assert_int_equal(sx_json_int(sum, "cache_hits", 0), 1);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(sum, "cache"), "hits", 0), 1);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(sum, "cache"), "misses", 0), 2);
	cJSON_Delete(sum);
	sx_store_close(st);
	sx_fixture_stop(&f);
	sx_test_rmrf(dir);
}

static void test_models_and_embeddings(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	cJSON *models;
	const char *texts[] = {"orders", "клиенты", "orders", "d", "e"};
	float *v;
	size_t dim;
	sx_error err = {0};
	cJSON *reqs;
	(void)state;
	start(&f, "{\"model_ids\": [\"a-model\", \"b-model\"], \"embed_dim\": 16}");
	llm = client_for(&f, "embed_model = emb\nembed_batch = 2", NULL, NULL);
	assert_int_equal(sx_llm_models(llm, &models, &err), 0);
	assert_int_equal(cJSON_GetArraySize(models), 2);
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(models, 1), "id", ""), "b-model");
	cJSON_Delete(models);
	assert_int_equal(sx_llm_embed(llm, texts, 5, NULL, &v, &dim, &err), 0);
	assert_int_equal(dim, 16);
	/* order kept across batches: the same text has the same vector */
	assert_memory_equal(v, v + 2 * dim, dim * sizeof *v);
	assert_memory_not_equal(v, v + dim, dim * sizeof *v);
	free(v);
	reqs = sx_fixture_requests(&f);
	assert_int_equal(cJSON_GetArraySize(reqs), 4); /* models + 3 batches */
	assert_string_equal(sx_json_str(cJSON_GetObjectItem(cJSON_GetArrayItem(reqs, 1), "body"),
					"model", ""),
			    "emb");
	cJSON_Delete(reqs);
	sx_llm_free(llm);
	sx_fixture_stop(&f);
}

/* ------------------------------------------------------------ secrets */

static void test_key_never_in_errors(void **state)
{
	sx_fixture f;
	sx_llm *llm;
	struct run r;
	(void)state;
	setenv("SEXTANT_API_KEY", KEY, 1);
	/* the server echoes the Authorization header in its 401 message */
	start(&f, "{\"chat\": {\"status\": 401, \"echo_auth\": true}, \"models\": {\"status\": 401,"
		  " \"echo_auth\": true}}");
	llm = client_for(&f, NULL, NULL, NULL);
	chat(llm, "q", NULL, &r);
	assert_int_equal(r.rc, SX_EAUTH);
	assert_null(strstr(r.err.msg, KEY));
	assert_null(strstr(r.err.msg, "0123456789abcdef"));
	assert_null(strstr(r.res.error.msg, "KEY-0123"));
	assert_non_null(strstr(r.err.msg, "SEXTANT_API_KEY")); /* names the source */
	assert_non_null(strstr(r.err.msg, "Incorrect API key"));
	run_release(&r);
	{
		cJSON *models;
		sx_error err = {0};
		assert_int_equal(sx_llm_models(llm, &models, &err), SX_EAUTH);
		assert_null(strstr(err.msg, "0123456789"));
	}
	sx_llm_free(llm);
	sx_fixture_stop(&f);
	unsetenv("SEXTANT_API_KEY");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stream_and_what_was_sent),
		cmocka_unit_test(test_stream_split_on_the_wire),
		cmocka_unit_test(test_reasoning_field_and_huge),
		cmocka_unit_test(test_non_streamed_answers),
		cmocka_unit_test(test_stream_options_rejected),
		cmocka_unit_test(test_retry_after_and_backoff),
		cmocka_unit_test(test_retries_exhausted_and_capped),
		cmocka_unit_test(test_jitter_bounds),
		cmocka_unit_test(test_no_retry_on_client_errors),
		cmocka_unit_test(test_retry_after_too_long),
		cmocka_unit_test(test_stream_cut),
		cmocka_unit_test(test_bad_streams),
		cmocka_unit_test(test_connection_refused),
		cmocka_unit_test(test_time_limits),
		cmocka_unit_test(test_cancel_mid_stream),
		cmocka_unit_test(test_sync_cancel_flag),
		cmocka_unit_test(test_eight_concurrent_streams),
		cmocka_unit_test(test_cache),
		cmocka_unit_test(test_models_and_embeddings),
		cmocka_unit_test(test_key_never_in_errors),
		cmocka_unit_test(test_tool_round_trip),
		cmocka_unit_test(test_tool_call_every_split),
		cmocka_unit_test(test_tool_call_legacy_and_whole),
		cmocka_unit_test(test_tool_call_bad_requests),
		cmocka_unit_test(test_tool_calls_cached),
	};
	unsetenv("SEXTANT_API_KEY");
	unsetenv("OPENAI_API_KEY");
	unsetenv("http_proxy");
	unsetenv("HTTP_PROXY");
	unsetenv("https_proxy");
	unsetenv("ALL_PROXY");
	unsetenv("all_proxy");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
