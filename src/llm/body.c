/*
 * body.c - the JSON bodies of chat-completion requests.
 *
 * Built with cJSON on the caller's thread when a request is queued, so the
 * worker only sends bytes. The same builder, with stream off, gives the
 * response cache its key: the key covers model, messages and every
 * sampling parameter, and nothing else (no stream flags).
 *
 * Tool calling adds fields only when used (tools, tool_choice,
 * parallel_tool_calls, an assistant message's tool_calls, a tool message's
 * tool_call_id), so a request without them is byte for byte what it was.
 */
#include <stdlib.h>
#include <string.h>

#include "llm_int.h"

const char *sx__llm_role_name(sx_llm_role r)
{
	switch (r) {
	case SX_LLM_SYSTEM:
		return "system";
	case SX_LLM_ASSISTANT:
		return "assistant";
	case SX_LLM_TOOL:
		return "tool";
	case SX_LLM_USER:
	default:
		return "user";
	}
}

/* Helpers below return 0, SX_EINVAL with err set, or SX_ENOMEM; the
 * caller frees the tree. */
static int bad(sx_error *err, const char *fmt, size_t i)
{
	return sx_error_set(err, SX_EINVAL, fmt, i);
}

/* An assistant message's calls: [{"id","type":"function","function":
 * {"name","arguments"}}]. */
static int add_calls(cJSON *x, const sx_llm_message *m, size_t mi, sx_error *err)
{
	cJSON *arr = cJSON_AddArrayToObject(x, "tool_calls"), *c, *fn;
	size_t i;
	for (i = 0; arr && i < m->n_tool_calls; i++) {
		const sx_llm_tool_call *tc = &m->tool_calls[i];
		if (!tc->name || !*tc->name || !tc->id)
			return bad(err, "message %zu: a tool call needs an id and a name", mi);
		if (!(c = cJSON_CreateObject()) || !cJSON_AddItemToArray(arr, c)) {
			cJSON_Delete(c);
			return SX_ENOMEM;
		}
		sx_json_add_str(c, "id", tc->id);
		sx_json_add_str(c, "type", "function");
		fn = cJSON_AddObjectToObject(c, "function");
		sx_json_add_str(fn, "name", tc->name);
		sx_json_add_str(fn, "arguments",
				tc->arguments && *tc->arguments ? tc->arguments : "{}");
	}
	return arr ? 0 : SX_ENOMEM;
}

/* "tools": [{"type":"function","function":{"name","description",
 * "parameters"}}], then tool_choice and parallel_tool_calls. */
static int add_tools(cJSON *root, const sx_llm_chat_opts *o, sx_error *err)
{
	cJSON *arr, *t, *fn, *schema;
	size_t i;
	if (o->n_tools) {
		if (!o->tools)
			return bad(err, "%zu tools but no tool list", o->n_tools);
		arr = cJSON_AddArrayToObject(root, "tools");
		for (i = 0; arr && i < o->n_tools; i++) {
			const sx_llm_tool *tl = &o->tools[i];
			if (!tl->name || !*tl->name)
				return bad(err, "tool %zu has no name", i);
			if (tl->parameters_json)
				schema = cJSON_Duplicate(tl->parameters_json, true);
			else if (tl->parameters)
				schema = cJSON_Parse(tl->parameters);
			else
				schema = cJSON_Parse("{\"type\":\"object\",\"properties\":{}}");
			if (!cJSON_IsObject(schema)) {
				cJSON_Delete(schema);
				return bad(err,
					   "the parameters of tool %zu are not a JSON Schema object", i);
			}
			if (!(t = cJSON_CreateObject()) || !cJSON_AddItemToArray(arr, t)) {
				cJSON_Delete(t);
				cJSON_Delete(schema);
				return SX_ENOMEM;
			}
			sx_json_add_str(t, "type", "function");
			fn = cJSON_AddObjectToObject(t, "function");
			sx_json_add_str(fn, "name", tl->name);
			if (tl->description)
				sx_json_add_str(fn, "description", tl->description);
			if (!fn || !cJSON_AddItemToObject(fn, "parameters", schema)) {
				cJSON_Delete(schema);
				return SX_ENOMEM;
			}
		}
		if (!arr)
			return SX_ENOMEM;
	}
	switch (o->tool_choice) {
	case SX_LLM_TOOL_CHOICE_AUTO:
		sx_json_add_str(root, "tool_choice", "auto");
		break;
	case SX_LLM_TOOL_CHOICE_NONE:
		sx_json_add_str(root, "tool_choice", "none");
		break;
	case SX_LLM_TOOL_CHOICE_REQUIRED:
		sx_json_add_str(root, "tool_choice", "required");
		break;
	case SX_LLM_TOOL_CHOICE_FUNCTION: {
		cJSON *tc, *fn2;
		if (!o->tool_choice_name || !*o->tool_choice_name)
			return sx_error_set(err, SX_EINVAL, "tool_choice asks for a function but names none");
		tc = cJSON_AddObjectToObject(root, "tool_choice");
		sx_json_add_str(tc, "type", "function");
		fn2 = cJSON_AddObjectToObject(tc, "function");
		sx_json_add_str(fn2, "name", o->tool_choice_name);
		break;
	}
	case SX_LLM_TOOL_CHOICE_DEFAULT:
	default:
		break;
	}
	if (o->parallel_tool_calls)
		sx_json_add_bool(root, "parallel_tool_calls", o->parallel_tool_calls > 0);
	return 0;
}

int sx__llm_chat_body(char **out, const char *model, const sx_llm_message *m, size_t n,
		      const sx_llm_chat_opts *o, bool stream, bool stream_usage, sx_error *err)
{
	static const sx_llm_chat_opts none;
	cJSON *root = cJSON_CreateObject(), *msgs, *x;
	size_t i;
	int rc;

	*out = NULL;
	if (!o)
		o = &none;
	if (!root)
		goto oom;
	sx_json_add_str(root, "model", model);
	msgs = cJSON_AddArrayToObject(root, "messages");
	for (i = 0; msgs && i < n; i++) {
		x = cJSON_CreateObject();
		if (!x || !cJSON_AddItemToArray(msgs, x))
			goto oom;
		sx_json_add_str(x, "role", sx__llm_role_name(m[i].role));
		if (m[i].role == SX_LLM_ASSISTANT && m[i].n_tool_calls) {
			/* a message that only calls tools has content null */
			sx_json_add_str(x, "content", m[i].content && *m[i].content ? m[i].content
										  : NULL);
			rc = m[i].tool_calls ? add_calls(x, &m[i], i, err)
					     : bad(err, "message %zu: tool calls counted, none given", i);
			if (rc)
				goto fail;
			continue;
		}
		sx_json_add_str(x, "content", m[i].content ? m[i].content : "");
		if (m[i].role == SX_LLM_TOOL) {
			if (!m[i].tool_call_id || !*m[i].tool_call_id) {
				rc = bad(err, "message %zu: a tool message needs tool_call_id", i);
				goto fail;
			}
			sx_json_add_str(x, "tool_call_id", m[i].tool_call_id);
		}
	}
	if (o->set_temperature)
		sx_json_add_num(root, "temperature", o->temperature);
	if (o->max_tokens > 0)
		sx_json_add_int(root, "max_tokens", o->max_tokens);
	if (o->stop[0]) {
		cJSON *stop = cJSON_AddArrayToObject(root, "stop");
		for (i = 0; stop && i < SX_LLM_MAX_STOP && o->stop[i]; i++)
			cJSON_AddItemToArray(stop, cJSON_CreateString(o->stop[i]));
	}
	if (o->set_seed)
		sx_json_add_int(root, "seed", o->seed);
	if (o->json_schema) {
		cJSON *schema = cJSON_Parse(o->json_schema), *rf, *js;
		if (!schema || !cJSON_IsObject(schema)) {
			cJSON_Delete(schema);
			cJSON_Delete(root);
			return sx_error_set(err, SX_EINVAL,
					    "the JSON schema for the response is not a JSON object");
		}
		rf = cJSON_AddObjectToObject(root, "response_format");
		sx_json_add_str(rf, "type", "json_schema");
		js = cJSON_AddObjectToObject(rf, "json_schema");
		sx_json_add_str(js, "name", "response");
		if (!js || !cJSON_AddItemToObject(js, "schema", schema)) {
			cJSON_Delete(schema);
			goto oom;
		}
	} else if (o->json_mode) {
		cJSON *rf = cJSON_AddObjectToObject(root, "response_format");
		sx_json_add_str(rf, "type", "json_object");
	}
	if ((o->n_tools || o->tool_choice || o->parallel_tool_calls) && (rc = add_tools(root, o, err)))
		goto fail;
	if (stream) {
		sx_json_add_bool(root, "stream", true);
		if (stream_usage) {
			cJSON *so = cJSON_AddObjectToObject(root, "stream_options");
			sx_json_add_bool(so, "include_usage", true);
		}
	}
	*out = cJSON_PrintUnformatted(root);
	cJSON_Delete(root);
	if (!*out)
		return sx_error_set(err, SX_ENOMEM, "out of memory building a request");
	return 0;
oom:
	cJSON_Delete(root);
	return sx_error_set(err, SX_ENOMEM, "out of memory building a request");
fail:
	cJSON_Delete(root);
	if (rc == SX_EINVAL)
		return rc;
	return sx_error_set(err, SX_ENOMEM, "out of memory building a request");
}
