/*
 * body.c - the JSON bodies of chat-completion requests.
 *
 * Built with cJSON on the caller's thread when a request is queued, so the
 * worker only sends bytes. The same builder, with stream off, gives the
 * response cache its key: the key covers model, messages and every
 * sampling parameter, and nothing else (no stream flags).
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
	case SX_LLM_USER:
	default:
		return "user";
	}
}

int sx__llm_chat_body(char **out, const char *model, const sx_llm_message *m, size_t n,
		      const sx_llm_chat_opts *o, bool stream, bool stream_usage, sx_error *err)
{
	static const sx_llm_chat_opts none;
	cJSON *root = cJSON_CreateObject(), *msgs, *x;
	size_t i;

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
		sx_json_add_str(x, "content", m[i].content ? m[i].content : "");
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
}
