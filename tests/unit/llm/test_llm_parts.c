/*
 * test_llm_parts.c - the llm module's small parts: key lookup and
 * redaction (secret.c), request bodies (body.c), the response cache and
 * usage history in a real workspace (cache.c).
 */
#include "sx_test.h"

#include <sextant/store.h>

#include "llm/llm_int.h"

static void clear_key_env(void)
{
	unsetenv("SEXTANT_API_KEY");
	unsetenv("OPENAI_API_KEY");
	unsetenv("TOGETHER_API_KEY");
}

/* [llm] api_key_env: only the named variable, never a default one */
static void test_key_named_var(void **state)
{
	char *key;
	const char *src;
	sx_error err = {0};
	(void)state;
	clear_key_env();
	setenv("SEXTANT_API_KEY", "sk-default-cccccccc", 1);
	unsetenv("SX_TEST_ENDPOINT_KEY");
	assert_int_equal(sx__llm_key_resolve_var("SX_TEST_ENDPOINT_KEY", NULL, &key, &src, &err),
	                 0);
	assert_null(key);
	assert_null(src);
	setenv("SX_TEST_ENDPOINT_KEY", "sk-endpoint-dddddddd", 1);
	assert_int_equal(sx__llm_key_resolve_var("SX_TEST_ENDPOINT_KEY", NULL, &key, &src, &err),
	                 0);
	assert_string_equal(key, "sk-endpoint-dddddddd");
	assert_string_equal(src, "SX_TEST_ENDPOINT_KEY");
	sx__llm_secret_free(key);
	unsetenv("SX_TEST_ENDPOINT_KEY");
	assert_int_equal(sx__llm_key_resolve_var("SX_TEST_ENDPOINT_KEY",
	                                         "printf 'cmd-key-eeeeee\\n'", &key, &src, &err),
	                 0);
	assert_string_equal(key, "cmd-key-eeeeee");
	assert_string_equal(src, "api_key_command");
	sx__llm_secret_free(key);
	assert_int_equal(sx__llm_key_resolve_var("1BAD-NAME", NULL, &key, &src, &err), SX_EINVAL);
	assert_int_equal(sx__llm_key_resolve_var("", NULL, &key, &src, &err), SX_EINVAL);
	clear_key_env();
}

static void test_key_order(void **state)
{
	char *key;
	const char *src;
	sx_error err = {0};
	(void)state;
	clear_key_env();
	assert_int_equal(sx__llm_key_resolve("https://api.together.xyz/v1", NULL, &key, &src, &err), 0);
	assert_null(key);
	assert_null(src);

	setenv("OPENAI_API_KEY", "sk-openai-aaaaaaaa", 1);
	assert_int_equal(sx__llm_key_resolve("https://api.together.xyz/v1", NULL, &key, &src, &err), 0);
	assert_string_equal(key, "sk-openai-aaaaaaaa");
	assert_string_equal(src, "OPENAI_API_KEY");
	sx__llm_secret_free(key);

	/* the provider's own variable beats the generic one */
	setenv("TOGETHER_API_KEY", "tg-bbbbbbbbbb", 1);
	assert_int_equal(sx__llm_key_resolve("https://api.together.xyz/v1", NULL, &key, &src, &err), 0);
	assert_string_equal(src, "TOGETHER_API_KEY");
	sx__llm_secret_free(key);
	/* ... but only for that provider's host */
	assert_int_equal(sx__llm_key_resolve("http://localhost:8000/v1", NULL, &key, &src, &err), 0);
	assert_string_equal(src, "OPENAI_API_KEY");
	sx__llm_secret_free(key);
	/* a look-alike host is not together.xyz */
	assert_int_equal(sx__llm_key_resolve("https://eviltogether.xyz/v1", NULL, &key, &src, &err), 0);
	assert_string_equal(src, "OPENAI_API_KEY");
	sx__llm_secret_free(key);

	setenv("SEXTANT_API_KEY", "sx-cccccccccc", 1);
	assert_int_equal(sx__llm_key_resolve("https://api.together.xyz/v1", "echo nope", &key, &src,
					     &err),
			 0);
	assert_string_equal(key, "sx-cccccccccc");
	assert_string_equal(src, "SEXTANT_API_KEY");
	sx__llm_secret_free(key);
	clear_key_env();
}

static void test_key_command(void **state)
{
	char *key;
	const char *src;
	sx_error err = {0};
	(void)state;
	clear_key_env();
	assert_int_equal(sx__llm_key_resolve("http://h/v1", "printf 'cmd-key-123456\\nsecond\\n'", &key,
					     &src, &err),
			 0);
	assert_string_equal(key, "cmd-key-123456");
	assert_string_equal(src, "api_key_command");
	sx__llm_secret_free(key);
	/* a failing command: the message names the status, never the output */
	assert_int_equal(sx__llm_key_resolve("http://h/v1", "echo leaked-output-xyz; exit 3", &key,
					     &src, &err),
			 SX_EAUTH);
	assert_null(key);
	assert_non_null(strstr(err.msg, "exit status 3"));
	assert_null(strstr(err.msg, "leaked-output-xyz"));
	/* its stderr's first line says why */
	assert_int_equal(sx__llm_key_resolve("http://h/v1", "echo 'entry not found' >&2; exit 1", &key,
					     &src, &err),
			 SX_EAUTH);
	assert_non_null(strstr(err.msg, "(exit status 1): entry not found"));
	assert_int_equal(sx__llm_key_resolve("http://h/v1", "true", &key, &src, &err), SX_EAUTH);
	assert_non_null(strstr(err.msg, "no key"));
}

static void test_redact(void **state)
{
	const char *key = "sk-proj-Abc123XYZ789secretTail";
	char buf[256];
	(void)state;
	snprintf(buf, sizeof buf, "Incorrect API key provided: Bearer %s. See docs", key);
	sx__llm_redact(buf, sizeof buf, key);
	assert_null(strstr(buf, key));
	assert_null(strstr(buf, "Abc123XYZ789"));
	assert_non_null(strstr(buf, "***"));
	assert_non_null(strstr(buf, "See docs"));
	/* a partly masked echo: the visible fragments go too */
	snprintf(buf, sizeof buf, "key sk-proj-Abc1****************cretTail is wrong");
	sx__llm_redact(buf, sizeof buf, key);
	assert_null(strstr(buf, "sk-proj-Abc1"));
	assert_null(strstr(buf, "cretTail"));
	assert_non_null(strstr(buf, "is wrong"));
	/* ordinary text is untouched */
	snprintf(buf, sizeof buf, "connection refused");
	sx__llm_redact(buf, sizeof buf, key);
	assert_string_equal(buf, "connection refused");
	sx__llm_redact(buf, sizeof buf, NULL);
	assert_string_equal(buf, "connection refused");
}

static void test_url_public(void **state)
{
	char out[128];
	(void)state;
	sx__llm_url_public("https://user:pa55@host.example:8443/v1?x=1", out, sizeof out);
	assert_string_equal(out, "https://host.example:8443/v1?x=1");
	sx__llm_url_public("http://localhost:11434/v1", out, sizeof out);
	assert_string_equal(out, "http://localhost:11434/v1");
	/* an @ in the path is not user info */
	sx__llm_url_public("http://h/v1/a@b", out, sizeof out);
	assert_string_equal(out, "http://h/v1/a@b");
}

static void test_body(void **state)
{
	sx_llm_message m[2] = {{.role = SX_LLM_SYSTEM, .content = "be brief"},
			       {.role = SX_LLM_USER, .content = "héllo \"q\""}};
	sx_llm_chat_opts o = {0};
	sx_error err = {0};
	char *body;
	cJSON *j, *x;
	(void)state;
	o.set_temperature = true;
	o.temperature = 0.2;
	o.max_tokens = 50;
	o.stop[0] = "END";
	o.set_seed = true;
	o.seed = 7;
	o.json_mode = true;
	assert_int_equal(sx__llm_chat_body(&body, "qwen", m, 2, &o, true, true, &err), 0);
	j = cJSON_Parse(body);
	assert_non_null(j);
	assert_string_equal(sx_json_str(j, "model", ""), "qwen");
	x = cJSON_GetObjectItem(j, "messages");
	assert_int_equal(cJSON_GetArraySize(x), 2);
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(x, 0), "role", ""), "system");
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(x, 1), "content", ""), "héllo \"q\"");
	assert_true(sx_json_num(j, "temperature", 0) > 0.19);
	assert_int_equal(sx_json_int(j, "max_tokens", 0), 50);
	assert_int_equal(sx_json_int(j, "seed", 0), 7);
	assert_string_equal(cJSON_GetArrayItem(cJSON_GetObjectItem(j, "stop"), 0)->valuestring, "END");
	assert_string_equal(sx_json_str(cJSON_GetObjectItem(j, "response_format"), "type", ""),
			    "json_object");
	assert_true(sx_json_bool(j, "stream", false));
	assert_true(sx_json_bool(cJSON_GetObjectItem(j, "stream_options"), "include_usage", false));
	cJSON_Delete(j);
	free(body);

	/* no stream: no stream fields; nothing unset is sent */
	memset(&o, 0, sizeof o);
	o.json_schema = "{\"type\":\"object\"}";
	assert_int_equal(sx__llm_chat_body(&body, "m", m + 1, 1, &o, false, true, &err), 0);
	j = cJSON_Parse(body);
	assert_null(cJSON_GetObjectItem(j, "stream"));
	assert_null(cJSON_GetObjectItem(j, "stream_options"));
	assert_null(cJSON_GetObjectItem(j, "temperature"));
	assert_null(cJSON_GetObjectItem(j, "seed"));
	assert_string_equal(sx_json_str(cJSON_GetObjectItem(j, "response_format"), "type", ""),
			    "json_schema");
	cJSON_Delete(j);
	free(body);
	o.json_schema = "{not json";
	assert_int_equal(sx__llm_chat_body(&body, "m", m, 1, &o, false, false, &err), SX_EINVAL);
	assert_null(body);
}

static void test_body_tools(void **state)
{
	sx_llm_tool_call calls[2] = {{"call_1", "lookup", "{\"q\":\"é\"}"}, {"call_2", "ping", NULL}};
	sx_llm_message m[4] = {
		{.role = SX_LLM_USER, .content = "find it"},
		{.role = SX_LLM_ASSISTANT, .tool_calls = calls, .n_tool_calls = 2},
		{.role = SX_LLM_TOOL, .content = "{\"rows\":3}", .tool_call_id = "call_1"},
		{.role = SX_LLM_TOOL, .content = "pong", .tool_call_id = "call_2"}};
	cJSON *schema = cJSON_Parse("{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}}}");
	sx_llm_tool tools[2] = {{.name = "lookup", .description = "Find a table",
				 .parameters_json = schema},
				{.name = "ping"}};
	sx_llm_chat_opts o = {0};
	sx_error err = {0};
	char *body;
	(void)state;
	/* without tools the body is exactly what it always was */
	assert_int_equal(sx__llm_chat_body(&body, "m", m, 1, &o, true, false, &err), 0);
	assert_string_equal(body, "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
				  "\"find it\"}],\"stream\":true}");
	free(body);
	/* the whole exchange: calls, tool results, tools, choice */
	o.tools = tools;
	o.n_tools = 2;
	o.tool_choice = SX_LLM_TOOL_CHOICE_FUNCTION;
	o.tool_choice_name = "lookup";
	o.parallel_tool_calls = -1;
	assert_int_equal(sx__llm_chat_body(&body, "m", m, 4, &o, false, false, &err), 0);
	assert_string_equal(
		body,
		"{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"find it\"},"
		"{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":"
		"\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":\"{\\\"q\\\":\\\"é\\\"}\"}},"
		"{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"ping\",\"arguments\":"
		"\"{}\"}}]},{\"role\":\"tool\",\"content\":\"{\\\"rows\\\":3}\",\"tool_call_id\":"
		"\"call_1\"},{\"role\":\"tool\",\"content\":\"pong\",\"tool_call_id\":\"call_2\"}],"
		"\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"description\":"
		"\"Find a table\",\"parameters\":{\"type\":\"object\",\"properties\":{\"q\":{\"type\":"
		"\"string\"}}}}},{\"type\":\"function\",\"function\":{\"name\":\"ping\",\"parameters\":"
		"{\"type\":\"object\",\"properties\":{}}}}],\"tool_choice\":{\"type\":\"function\","
		"\"function\":{\"name\":\"lookup\"}},\"parallel_tool_calls\":false}");
	free(body);
	/* the plain choices */
	o.tool_choice = SX_LLM_TOOL_CHOICE_REQUIRED;
	o.parallel_tool_calls = 0;
	o.n_tools = 1;
	o.tools = tools + 1;
	assert_int_equal(sx__llm_chat_body(&body, "m", m, 1, &o, false, false, &err), 0);
	assert_non_null(strstr(body, ",\"tool_choice\":\"required\"}"));
	assert_null(strstr(body, "parallel"));
	free(body);
	/* refused: a tool message without its call id, a tool without a
	 * name, a schema that is no object, a named choice without a name */
	m[2].tool_call_id = NULL;
	assert_int_equal(sx__llm_chat_body(&body, "m", m, 4, &o, false, false, &err), SX_EINVAL);
	assert_non_null(strstr(err.msg, "tool_call_id"));
	m[2].tool_call_id = "call_1";
	tools[1].name = "";
	assert_int_equal(sx__llm_chat_body(&body, "m", m, 4, &o, false, false, &err), SX_EINVAL);
	tools[1].name = "ping";
	tools[1].parameters = "[1]";
	assert_int_equal(sx__llm_chat_body(&body, "m", m, 4, &o, false, false, &err), SX_EINVAL);
	assert_non_null(strstr(err.msg, "JSON Schema"));
	tools[1].parameters = NULL;
	o.tool_choice = SX_LLM_TOOL_CHOICE_FUNCTION;
	o.tool_choice_name = NULL;
	assert_int_equal(sx__llm_chat_body(&body, "m", m, 4, &o, false, false, &err), SX_EINVAL);
	assert_null(body);
	cJSON_Delete(schema);
}

static void test_cache_and_usage(void **state)
{
	const char *dir = sx_test_tmpdir("llmcache");
	char wsdir[600];
	sx_store *st;
	sx_error err = {0};
	sx_llm_result res;
	sx_llm_cache_entry ce;
	sx_llm_chat_opts o = {0};
	cJSON *sum;
	(void)state;
	snprintf(wsdir, sizeof wsdir, "%s", dir);
	assert_int_equal(sx_store_open(&st, wsdir, &err), 0);
	assert_int_equal(sx_llm_store_migrate(st, &err), 0);
	memset(&res, 0, sizeof res);
	snprintf(res.finish_reason, sizeof res.finish_reason, "stop");
	snprintf(res.model, sizeof res.model, "m1");
	snprintf(res.provider, sizeof res.provider, "openai");
	res.usage.reported = true;
	res.usage.prompt_tokens = 10;
	res.usage.completion_tokens = 5;

	assert_int_equal(sx__llm_cache_get(st, "http://h/v1", "{\"a\":1}", 100, 1000, &ce, &err),
			 SX_ENOTFOUND);
	assert_int_equal(sx__llm_cache_put(st, "http://h/v1", "{\"a\":1}", 100, 1000, "answer",
					   "why", NULL, &res, &err),
			 0);
	/* a hit within the TTL, exact on every field */
	assert_int_equal(sx__llm_cache_get(st, "http://h/v1", "{\"a\":1}", 100, 1050, &ce, &err), 0);
	assert_string_equal(ce.content, "answer");
	assert_string_equal(ce.tool_calls, "");
	assert_string_equal(ce.reasoning, "why");
	assert_string_equal(ce.finish, "stop");
	assert_int_equal(ce.usage.completion_tokens, 5);
	sx__llm_cache_entry_release(&ce);
	/* a reply with tool calls keeps them */
	assert_int_equal(sx__llm_cache_put(st, "http://h/v1", "{\"t\":1}", 100, 1000, "", "",
					   "[{\"id\":\"c\",\"name\":\"f\",\"arguments\":\"{}\"}]",
					   &res, &err),
			 0);
	assert_int_equal(sx__llm_cache_get(st, "http://h/v1", "{\"t\":1}", 100, 1050, &ce, &err), 0);
	assert_string_equal(ce.tool_calls, "[{\"id\":\"c\",\"name\":\"f\",\"arguments\":\"{}\"}]");
	sx__llm_cache_entry_release(&ce);
	/* another body or another endpoint is another key */
	assert_int_equal(sx__llm_cache_get(st, "http://h/v1", "{\"a\":2}", 100, 1050, &ce, &err),
			 SX_ENOTFOUND);
	assert_int_equal(sx__llm_cache_get(st, "http://other/v1", "{\"a\":1}", 100, 1050, &ce, &err),
			 SX_ENOTFOUND);
	/* past the TTL it is gone */
	assert_int_equal(sx__llm_cache_get(st, "http://h/v1", "{\"a\":1}", 100, 1101, &ce, &err),
			 SX_ENOTFOUND);

	/* counters and usage history */
	assert_int_equal(sx__llm_cache_count(st, true, &err), 0);
	assert_int_equal(sx__llm_cache_count(st, false, &err), 0);
	assert_int_equal(sx__llm_cache_count(st, false, &err), 0);
	o.run_id = "run-1";
	o.tag = "planner";
	res.usage.cost_usd = 0.5;
	assert_int_equal(sx__llm_usage_record(st, &o, &res, &err), 0);
	o.run_id = "run-2";
	assert_int_equal(sx__llm_usage_record(st, &o, &res, &err), 0);
	assert_int_equal(sx_llm_usage_summary(st, "run-1", &sum, &err), 0);
	assert_int_equal(sx_json_int(sum, "requests", 0), 1);
	assert_int_equal(sx_json_int(sum, "prompt_tokens", 0), 10);
	assert_true(sx_json_num(sum, "cost_usd", 0) > 0.49);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(sum, "cache"), "hits", -1), 1);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(sum, "cache"), "misses", -1), 2);
	cJSON_Delete(sum);
	assert_int_equal(sx_llm_usage_summary(st, NULL, &sum, &err), 0);
	assert_int_equal(sx_json_int(sum, "requests", 0), 2);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(sum, "models")), 1);
	cJSON_Delete(sum);
	sx_store_close(st);
	sx_test_rmrf(wsdir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_key_order),   cmocka_unit_test(test_key_named_var),
	    cmocka_unit_test(test_key_command), cmocka_unit_test(test_redact),
	    cmocka_unit_test(test_url_public),  cmocka_unit_test(test_body),
	    cmocka_unit_test(test_body_tools),  cmocka_unit_test(test_cache_and_usage),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
