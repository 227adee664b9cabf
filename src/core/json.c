/*
 * json.c - short helpers over cJSON for building and reading results.
 */
#include <stdlib.h>

#include <sextant/core.h>

cJSON *sx_json_add_str(cJSON *obj, const char *key, const char *s)
{
	if (!obj)
		return NULL;
	return s ? cJSON_AddStringToObject(obj, key, s) : cJSON_AddNullToObject(obj, key);
}

cJSON *sx_json_add_int(cJSON *obj, const char *key, int64_t v)
{
	return obj ? cJSON_AddNumberToObject(obj, key, (double)v) : NULL;
}

cJSON *sx_json_add_num(cJSON *obj, const char *key, double v)
{
	return obj ? cJSON_AddNumberToObject(obj, key, v) : NULL;
}

cJSON *sx_json_add_bool(cJSON *obj, const char *key, bool v)
{
	return obj ? cJSON_AddBoolToObject(obj, key, v) : NULL;
}

const char *sx_json_str(const cJSON *obj, const char *key, const char *def)
{
	const cJSON *it = obj ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
	return cJSON_IsString(it) ? it->valuestring : def;
}

int64_t sx_json_int(const cJSON *obj, const char *key, int64_t def)
{
	const cJSON *it = obj ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
	return cJSON_IsNumber(it) ? (int64_t)it->valuedouble : def;
}

double sx_json_num(const cJSON *obj, const char *key, double def)
{
	const cJSON *it = obj ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
	return cJSON_IsNumber(it) ? it->valuedouble : def;
}

bool sx_json_bool(const cJSON *obj, const char *key, bool def)
{
	const cJSON *it = obj ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
	return cJSON_IsBool(it) ? cJSON_IsTrue(it) : def;
}

int sx_json_print(FILE *f, const cJSON *json, bool pretty)
{
	char *s = pretty ? cJSON_Print(json) : cJSON_PrintUnformatted(json);
	if (!s)
		return SX_ENOMEM;
	fputs(s, f);
	fputc('\n', f);
	free(s);
	return 0;
}
