/*
 * test_llm_builtin.c - provider selection and the builtin provider: its
 * honest answer when no engine is registered, engines streaming through
 * the same callbacks, cancellation of an engine, and the flag/env/config
 * precedence of sx_cmd_apply_model_overrides.
 */
#include "sx_test.h"

#include <pthread.h>
#include <stdatomic.h>

#include <sextant/commands.h>
#include <sextant/llm.h>

static sx_llm *client(const char *ini)
{
	sx_config *cfg;
	sx_llm *llm;
	sx_llm_opts o = {0};
	sx_error err = {0};
	assert_int_equal(sx_config_load_string(&cfg, ini, &err), 0);
	o.config = cfg;
	if (sx_llm_new(&llm, &o, &err))
		fail_msg("sx_llm_new: %s", err.msg);
	sx_config_free(cfg);
	return llm;
}

static void test_selection(void **state)
{
	sx_llm *llm;
	sx_config *cfg;
	sx_llm_opts o = {0};
	sx_error err = {0};
	(void)state;
	unsetenv("SEXTANT_API_KEY");
	unsetenv("OPENAI_API_KEY");
	llm = client("");
	assert_string_equal(sx_llm_provider(llm), "builtin");
	sx_llm_free(llm);
	llm = client("[llm]\nbase_url = http://127.0.0.1:1/v1/\nmodel = m\n");
	assert_string_equal(sx_llm_provider(llm), "openai");
	assert_string_equal(sx_llm_base_url(llm), "http://127.0.0.1:1/v1"); /* slash trimmed */
	sx_llm_free(llm);
	llm = client("[llm]\nprovider = builtin\nbase_url = http://127.0.0.1:1/v1\n");
	assert_string_equal(sx_llm_provider(llm), "builtin");
	sx_llm_free(llm);
	llm = client("[llm]\nprovider = openai\n");
	assert_string_equal(sx_llm_base_url(llm), "https://api.openai.com/v1");
	sx_llm_free(llm);
	/* a full endpoint pasted as base_url */
	llm = client("[llm]\nbase_url = http://h:1/v1/chat/completions\n");
	assert_string_equal(sx_llm_base_url(llm), "http://h:1/v1");
	sx_llm_free(llm);

	/* bad values are clear errors */
	assert_int_equal(sx_config_load_string(&cfg, "[llm]\nprovider = gpt\n", &err), 0);
	o.config = cfg;
	assert_int_equal(sx_llm_new(&llm, &o, &err), SX_EINVAL);
	assert_non_null(strstr(err.msg, "'gpt'"));
	sx_config_free(cfg);
	assert_int_equal(sx_config_load_string(&cfg, "[llm]\nbase_url = x\nconcurrency = lots\n", &err),
			 0);
	o.config = cfg;
	assert_int_equal(sx_llm_new(&llm, &o, &err), SX_EINVAL);
	sx_config_free(cfg);
	assert_int_equal(
		sx_config_load_string(&cfg, "[llm]\nbase_url = http://h/v1\nretries = -1\n", &err), 0);
	o.config = cfg;
	assert_int_equal(sx_llm_new(&llm, &o, &err), SX_EINVAL);
	assert_non_null(strstr(err.msg, "retries"));
	sx_config_free(cfg);
}

static void test_overrides(void **state)
{
	sx_config *cfg;
	sx_error err = {0};
	sx_args args;
	const sx_cmd_entry *e = sx_cmd_find("llm");
	char *argv[] = {"ping", "--model", "flag-model", "--base-url", "http://flag/v1"};
	(void)state;
	assert_non_null(e);
	setenv("SEXTANT_LLM_MODEL", "env-model", 1);
	setenv("OPENAI_BASE_URL", "http://env/v1", 1);
	unsetenv("SEXTANT_LLM_BASE_URL");
	unsetenv("SEXTANT_LLM_PROVIDER");
	/* env beats config */
	assert_int_equal(sx_config_load_string(&cfg, "[llm]\nmodel = cfg\nbase_url = http://cfg/v1\n"
						     "provider = builtin\n",
					       &err),
			 0);
	assert_int_equal(sx_cmd_parse(e, 1, argv, &args, &err), 0);
	sx_cmd_apply_model_overrides(cfg, &args);
	assert_string_equal(sx_config_get(cfg, "llm", "model", ""), "env-model");
	assert_string_equal(sx_config_get(cfg, "llm", "base_url", ""), "http://env/v1");
	/* env base URL does not overrule provider = builtin from config */
	assert_string_equal(sx_config_get(cfg, "llm", "provider", ""), "builtin");
	sx_args_release(&args);
	/* flags beat env, and --base-url asks for that endpoint */
	assert_int_equal(sx_cmd_parse(e, 5, argv, &args, &err), 0);
	sx_cmd_apply_model_overrides(cfg, &args);
	assert_string_equal(sx_config_get(cfg, "llm", "model", ""), "flag-model");
	assert_string_equal(sx_config_get(cfg, "llm", "base_url", ""), "http://flag/v1");
	assert_string_equal(sx_config_get(cfg, "llm", "provider", ""), "openai");
	sx_args_release(&args);
	sx_config_free(cfg);
	unsetenv("SEXTANT_LLM_MODEL");
	unsetenv("OPENAI_BASE_URL");
}

struct seen {
	sx_buf text, reasoning;
	sx_llm_result res;
	atomic_int done;
};

static void s_done(void *p, const sx_llm_result *res)
{
	struct seen *s = p;
	s->res = *res;
	atomic_store(&s->done, 1);
}

static void s_token(void *p, const char *s, size_t n)
{
	sx_buf_put(&((struct seen *)p)->text, s, n);
}

static void s_reasoning(void *p, const char *s, size_t n)
{
	sx_buf_put(&((struct seen *)p)->reasoning, s, n);
}

static void test_no_engine_is_honest(void **state)
{
	sx_llm *llm = client("[llm]\nprovider = builtin\n");
	sx_llm_message m = {.role = SX_LLM_USER, .content = "hello"};
	sx_llm_result res;
	sx_buf text = SX_BUF_INIT;
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_llm_chat_sync(llm, &m, 1, NULL, NULL, NULL, &text, NULL, &res, &err), 0);
	assert_string_equal(res.finish_reason, "no_model");
	assert_string_equal(res.provider, "builtin");
	assert_false(res.usage.reported);
	assert_int_equal(res.usage.prompt_tokens + res.usage.completion_tokens, 0);
	assert_true(sx_str_startswith(sx_buf_cstr(&text), "[builtin provider]"));
	assert_non_null(strstr(sx_buf_cstr(&text), "No language model is configured"));
	assert_non_null(strstr(sx_buf_cstr(&text), "docs/llm.md"));
	/* it does not answer the prompt */
	assert_null(strstr(sx_buf_cstr(&text), "hello"));
	sx_buf_release(&text);
	/* embeddings: not available, said plainly */
	{
		const char *t[] = {"x"};
		float *v;
		size_t d;
		assert_int_equal(sx_llm_embed(llm, t, 1, NULL, &v, &d, &err), SX_EUNSUPPORTED);
	}
	sx_llm_free(llm);
}

static int planner(void *payload, const sx_llm_message *msgs, size_t n,
		   const sx_llm_chat_opts *opts, sx_llm_emit *em, sx_error *err)
{
	(void)payload;
	(void)err;
	sx_llm_emit_step(em, "read %zu message(s); input %s", n, (const char *)opts->engine_input);
	sx_llm_emit_step(em, "last says '%s'", msgs[n - 1].content);
	sx_llm_emit_token(em, "PLAN: ", 6);
	sx_llm_emit_token(em, msgs[n - 1].content, strlen(msgs[n - 1].content));
	return 0;
}

static int failing(void *payload, const sx_llm_message *msgs, size_t n,
		   const sx_llm_chat_opts *opts, sx_llm_emit *em, sx_error *err)
{
	(void)payload;
	(void)msgs;
	(void)n;
	(void)opts;
	sx_llm_emit_step(em, "trying");
	return sx_error_set(err, SX_EEMPTY, "nothing to plan: the map is empty");
}

static atomic_int spin_started;
static int spinning(void *payload, const sx_llm_message *msgs, size_t n,
		    const sx_llm_chat_opts *opts, sx_llm_emit *em, sx_error *err)
{
	(void)payload;
	(void)msgs;
	(void)n;
	(void)opts;
	(void)err;
	atomic_store(&spin_started, 1);
	while (!sx_llm_emit_cancelled(em)) {
		sx_llm_emit_token(em, ".", 1);
		usleep(1000);
	}
	return 0;
}

static void test_engines(void **state)
{
	sx_llm *llm = client("");
	sx_llm_message m = {.role = SX_LLM_USER, .content = "load sales"};
	sx_llm_chat_opts o = {0};
	sx_llm_callbacks cb = {.on_token = s_token, .on_reasoning = s_reasoning};
	struct seen seen = {SX_BUF_INIT, SX_BUF_INIT, {0}, 0};
	atomic_init(&seen.done, 0);
	sx_llm_result res;
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_llm_register_engine(llm, "planner", planner, NULL, &err), 0);
	assert_int_equal(sx_llm_register_engine(llm, "failing", failing, NULL, &err), 0);
	assert_int_equal(sx_llm_register_engine(llm, "spinning", spinning, NULL, &err), 0);
	o.engine = "planner";
	o.engine_input = "catalog#1";
	cb.payload = &seen;
	assert_int_equal(sx_llm_chat_sync(llm, &m, 1, &o, &cb, NULL, NULL, NULL, &res, &err), 0);
	assert_string_equal(sx_buf_cstr(&seen.text), "PLAN: load sales");
	assert_string_equal(sx_buf_cstr(&seen.reasoning),
			    "read 1 message(s); input catalog#1\nlast says 'load sales'\n");
	assert_string_equal(res.finish_reason, "stop");
	assert_string_equal(res.model, "builtin:planner");
	assert_true(res.timings.ttft_ms >= 0);

	o.engine = "failing";
	assert_int_equal(sx_llm_chat_sync(llm, &m, 1, &o, NULL, NULL, NULL, NULL, &res, &err),
			 SX_EEMPTY);
	assert_string_equal(res.cause, "engine");
	assert_non_null(strstr(err.msg, "map is empty"));

	/* an engine sees the cancel flag and stops; on_done says so */
	{
		sx_llm_req *r;
		struct seen s2 = {SX_BUF_INIT, SX_BUF_INIT, {0}, 0};
		sx_llm_callbacks cb2 = {.on_token = s_token, .on_done = s_done, .payload = &s2};
		o.engine = "spinning";
		atomic_store(&spin_started, 0);
		assert_int_equal(sx_llm_chat(llm, &m, 1, &o, &cb2, &r, &err), 0);
		while (!atomic_load(&spin_started))
			usleep(1000);
		sx_llm_cancel(r);
		while (!atomic_load(&s2.done))
			usleep(1000);
		assert_int_equal(s2.res.code, SX_ECANCELLED);
		assert_string_equal(s2.res.finish_reason, "cancelled");
		sx_llm_req_free(r);
		sx_buf_release(&s2.text);
	}
	sx_buf_release(&seen.text);
	sx_buf_release(&seen.reasoning);
	sx_llm_free(llm);
}

/* A deterministic agent step: asks for a tool first, answers from the
 * tool's result once it is in the conversation. */
static int tool_user(void *payload, const sx_llm_message *msgs, size_t n,
		     const sx_llm_chat_opts *opts, sx_llm_emit *em, sx_error *err)
{
	(void)payload;
	(void)err;
	if (msgs[n - 1].role == SX_LLM_TOOL) {
		sx_llm_emit_token(em, "rows: ", 6);
		sx_llm_emit_token(em, msgs[n - 1].content, strlen(msgs[n - 1].content));
		return 0;
	}
	if (opts->n_tools != 1 || strcmp(opts->tools[0].name, "row_count") != 0)
		return sx_error_set(err, SX_EINVAL, "no row_count tool offered");
	sx_llm_emit_token(em, "counting", 8);
	return sx_llm_emit_tool_call(em, NULL, "row_count", "{\"table\":\"sales\"}");
}

static void test_engine_tool_calls(void **state)
{
	sx_llm *llm = client("");
	sx_llm_tool tool = {.name = "row_count", .parameters = "{\"type\":\"object\"}"};
	sx_llm_message m[3];
	sx_llm_chat_opts o = {0};
	sx_llm_reply rep, rep2;
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_llm_register_engine(llm, "tool_user", tool_user, NULL, &err), 0);
	memset(m, 0, sizeof m);
	m[0].role = SX_LLM_USER;
	m[0].content = "how many sales?";
	o.engine = "tool_user";
	o.tools = &tool;
	o.n_tools = 1;
	assert_int_equal(sx_llm_chat_reply(llm, m, 1, &o, NULL, NULL, &rep, &err), 0);
	assert_string_equal(rep.res.finish_reason, "tool_calls");
	assert_int_equal(rep.n_tool_calls, 1);
	assert_string_equal(rep.tool_calls[0].id, "call_0");
	assert_string_equal(rep.tool_calls[0].name, "row_count");
	assert_string_equal(rep.tool_calls[0].arguments, "{\"table\":\"sales\"}");
	assert_string_equal(sx_buf_cstr(&rep.content), "counting");
	m[1] = sx_llm_reply_message(&rep);
	m[2].role = SX_LLM_TOOL;
	m[2].tool_call_id = rep.tool_calls[0].id;
	m[2].content = "42";
	assert_int_equal(sx_llm_chat_reply(llm, m, 3, &o, NULL, NULL, &rep2, &err), 0);
	assert_string_equal(sx_buf_cstr(&rep2.content), "rows: 42");
	assert_string_equal(rep2.res.finish_reason, "stop");
	assert_int_equal(rep2.n_tool_calls, 0);
	sx_llm_reply_release(&rep);
	sx_llm_reply_release(&rep2);
	sx_llm_free(llm);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_selection),
		cmocka_unit_test(test_overrides),
		cmocka_unit_test(test_no_engine_is_honest),
		cmocka_unit_test(test_engines),
		cmocka_unit_test(test_engine_tool_calls),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
