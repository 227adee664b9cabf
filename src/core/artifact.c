/*
 * artifact.c - artifact sets and finding lists (sextant/artifact.h).
 *
 * Plain growable arrays of heap strings. The names returned by the _name
 * functions are the stable spellings used in --json, the history tables and
 * report.json; changing one is a format change.
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/artifact.h>

static const char *const kind_names[SX_ART_COUNT] = {
	"select_sql", "target_ddl", "load_sql", "airflow_dag",
	"python_transform", "python_tests", "readme",
};

static const char *const sev_names[] = { "info", "warning", "error" };

static const char *const cat_names[SX_CAT_COUNT] = {
	"syntax", "semantics", "logic", "performance", "security",
	"style", "pii", "ambiguity", "model",
};

const char *sx_artifact_kind_name(sx_artifact_kind k)
{
	return (unsigned)k < SX_ART_COUNT ? kind_names[k] : "run";
}

int sx_artifact_kind_parse(const char *name)
{
	for (int i = 0; name && i < SX_ART_COUNT; i++)
		if (strcmp(name, kind_names[i]) == 0)
			return i;
	return -1;
}

void sx_artifact_set_init(sx_artifact_set *s)
{
	memset(s, 0, sizeof *s);
}

static void artifact_release(sx_artifact *a)
{
	free(a->name);
	free(a->lang);
	free(a->content);
}

void sx_artifact_set_release(sx_artifact_set *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++)
		artifact_release(&s->v[i]);
	free(s->v);
	memset(s, 0, sizeof *s);
}

int sx_artifact_set_put(sx_artifact_set *s, sx_artifact_kind kind,
			const char *name, const char *lang, const char *content)
{
	sx_artifact a = {
		.kind = kind,
		.name = sx_strdup(name ? name : ""),
		.lang = sx_strdup(lang ? lang : ""),
		.content = sx_strdup(content ? content : ""),
	};
	if (!a.name || !a.lang || !a.content) {
		artifact_release(&a);
		return SX_ENOMEM;
	}
	for (size_t i = 0; i < s->n; i++) {
		if (s->v[i].kind == kind && strcmp(s->v[i].name, a.name) == 0) {
			artifact_release(&s->v[i]);
			s->v[i] = a;
			return 0;
		}
	}
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 8;
		sx_artifact *v = realloc(s->v, cap * sizeof *v);
		if (!v) {
			artifact_release(&a);
			return SX_ENOMEM;
		}
		s->v = v;
		s->cap = cap;
	}
	s->v[s->n++] = a;
	return 0;
}

const sx_artifact *sx_artifact_set_get(const sx_artifact_set *s,
				       sx_artifact_kind kind)
{
	for (size_t i = 0; s && i < s->n; i++)
		if (s->v[i].kind == kind)
			return &s->v[i];
	return NULL;
}

int sx_artifact_set_copy(sx_artifact_set *dst, const sx_artifact_set *src)
{
	sx_artifact_set_init(dst);
	for (size_t i = 0; src && i < src->n; i++) {
		const sx_artifact *a = &src->v[i];
		if (sx_artifact_set_put(dst, a->kind, a->name, a->lang, a->content)) {
			sx_artifact_set_release(dst);
			return SX_ENOMEM;
		}
	}
	return 0;
}

cJSON *sx_artifact_set_to_json(const sx_artifact_set *s)
{
	cJSON *arr = cJSON_CreateArray();
	for (size_t i = 0; arr && s && i < s->n; i++) {
		cJSON *o = cJSON_CreateObject();
		if (!o || !cJSON_AddItemToArray(arr, o)) {
			cJSON_Delete(o);
			cJSON_Delete(arr);
			return NULL;
		}
		sx_json_add_str(o, "kind", sx_artifact_kind_name(s->v[i].kind));
		sx_json_add_str(o, "name", s->v[i].name);
		sx_json_add_str(o, "lang", s->v[i].lang);
		sx_json_add_str(o, "content", s->v[i].content);
	}
	return arr;
}

const char *sx_severity_name(sx_severity s)
{
	return (unsigned)s <= SX_SEV_ERROR ? sev_names[s] : "?";
}

const char *sx_finding_cat_name(sx_finding_cat c)
{
	return (unsigned)c < SX_CAT_COUNT ? cat_names[c] : "?";
}

void sx_finding_list_init(sx_finding_list *l)
{
	memset(l, 0, sizeof *l);
}

static void finding_release(sx_finding *f)
{
	free(f->rule);
	free(f->message);
	free(f->hint);
}

void sx_finding_list_release(sx_finding_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		finding_release(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

int sx_finding_add(sx_finding_list *l, sx_severity sev, sx_finding_cat cat,
		   const char *rule, sx_artifact_kind art, int line, int col,
		   const char *hint, const char *fmt, ...)
{
	sx_buf msg = SX_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	sx_buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	sx_finding f = {
		.severity = sev,
		.category = cat,
		.rule = sx_strdup(rule ? rule : ""),
		.artifact = art,
		.line = line,
		.col = col,
		.message = sx_buf_failed(&msg) ? NULL : sx_buf_detach(&msg),
		.hint = hint ? sx_strdup(hint) : NULL,
	};
	sx_buf_release(&msg);
	if (!f.rule || !f.message || (hint && !f.hint))
		goto oom;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 8;
		sx_finding *v = realloc(l->v, cap * sizeof *v);
		if (!v)
			goto oom;
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = f;
	return 0;
oom:
	finding_release(&f);
	return SX_ENOMEM;
}

size_t sx_finding_count(const sx_finding_list *l, sx_severity sev)
{
	size_t n = 0;
	for (size_t i = 0; l && i < l->n; i++)
		n += l->v[i].severity == sev;
	return n;
}

cJSON *sx_finding_list_to_json(const sx_finding_list *l)
{
	cJSON *arr = cJSON_CreateArray();
	for (size_t i = 0; arr && l && i < l->n; i++) {
		const sx_finding *f = &l->v[i];
		cJSON *o = cJSON_CreateObject();
		if (!o || !cJSON_AddItemToArray(arr, o)) {
			cJSON_Delete(o);
			cJSON_Delete(arr);
			return NULL;
		}
		sx_json_add_str(o, "severity", sx_severity_name(f->severity));
		sx_json_add_str(o, "category", sx_finding_cat_name(f->category));
		sx_json_add_str(o, "rule", f->rule);
		sx_json_add_str(o, "artifact", sx_artifact_kind_name(f->artifact));
		sx_json_add_int(o, "line", f->line);
		sx_json_add_int(o, "col", f->col);
		sx_json_add_str(o, "message", f->message);
		sx_json_add_str(o, "hint", f->hint);
	}
	return arr;
}
