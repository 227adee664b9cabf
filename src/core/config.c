/*
 * config.c - config.ini read with inih into a flat list of entries.
 *
 * The list is small (tens of keys), so lookups are linear scans from the
 * end: the last assignment wins, which is also how sx_config_set overrides
 * a file value with a flag or an environment variable.
 */
#include <stdlib.h>
#include <string.h>

#include <ini.h>

#include <sextant/core.h>

struct entry {
	char *section, *key, *value;
};

struct sx_config {
	SX_VEC(struct entry) e;
	char *path;
	bool oom;
};

static int add(sx_config *cfg, const char *section, const char *key, const char *value)
{
	struct entry en;
	en.section = sx_strdup(section ? section : "");
	en.key = sx_strdup(key);
	en.value = sx_strdup(value ? value : "");
	if (!en.section || !en.key || !en.value || SX_VEC_PUSH(&cfg->e, en)) {
		free(en.section);
		free(en.key);
		free(en.value);
		cfg->oom = true;
		return SX_ENOMEM;
	}
	return 0;
}

static int on_entry(void *user, const char *section, const char *name, const char *value)
{
	return add(user, section, name, value) == 0;
}

void sx_config_free(sx_config *cfg)
{
	size_t i;
	if (!cfg)
		return;
	for (i = 0; i < cfg->e.n; i++) {
		free(cfg->e.v[i].section);
		free(cfg->e.v[i].key);
		free(cfg->e.v[i].value);
	}
	SX_VEC_FREE(&cfg->e);
	free(cfg->path);
	free(cfg);
}

static int finish(sx_config *cfg, int rc, const char *what, sx_config **out, sx_error *err)
{
	if (cfg->oom) {
		sx_config_free(cfg);
		return sx_error_set(err, SX_ENOMEM, "out of memory reading config");
	}
	if (rc > 0) {
		sx_config_free(cfg);
		return sx_error_set(err, SX_EPARSE, "%s:%d: syntax error in config", what, rc);
	}
	if (rc < 0) {
		sx_config_free(cfg);
		return sx_error_set(err, SX_EIO, "cannot read config '%s'", what);
	}
	*out = cfg;
	return 0;
}

int sx_config_load(sx_config **out, const char *path, sx_error *err)
{
	char def[1024];
	sx_config *cfg;
	FILE *f;
	int rc;

	*out = NULL;
	if (!path) {
		const char *env = getenv("SEXTANT_CONFIG");
		if (env && *env)
			path = env;
		else if (sx_path_config_file(def, sizeof def) == 0)
			path = def;
	}
	cfg = sx_calloc(1, sizeof *cfg);
	if (!cfg)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if (!path)
		return finish(cfg, 0, "", out, err);
	f = fopen(path, "r");
	if (!f) /* a missing config file means defaults */
		return finish(cfg, 0, path, out, err);
	cfg->path = sx_strdup(path);
	rc = ini_parse_file(f, on_entry, cfg);
	fclose(f);
	return finish(cfg, rc, path, out, err);
}

int sx_config_load_string(sx_config **out, const char *text, sx_error *err)
{
	sx_config *cfg = sx_calloc(1, sizeof *cfg);
	*out = NULL;
	if (!cfg)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	return finish(cfg, ini_parse_string(text, on_entry, cfg), "<string>", out, err);
}

const char *sx_config_get(const sx_config *cfg, const char *section, const char *key,
			  const char *def)
{
	size_t i;
	if (!cfg)
		return def;
	for (i = cfg->e.n; i-- > 0;) {
		const struct entry *e = &cfg->e.v[i];
		if (strcmp(e->section, section) == 0 && strcmp(e->key, key) == 0)
			return e->value;
	}
	return def;
}

long sx_config_get_int(const sx_config *cfg, const char *section, const char *key, long def)
{
	const char *v = sx_config_get(cfg, section, key, NULL);
	char *end;
	long n;
	if (!v || !*v)
		return def;
	n = strtol(v, &end, 10);
	return *end ? def : n;
}

double sx_config_get_double(const sx_config *cfg, const char *section, const char *key,
			    double def)
{
	const char *v = sx_config_get(cfg, section, key, NULL);
	char *end;
	double d;
	if (!v || !*v)
		return def;
	d = strtod(v, &end);
	return *end ? def : d;
}

bool sx_config_get_bool(const sx_config *cfg, const char *section, const char *key, bool def)
{
	const char *v = sx_config_get(cfg, section, key, NULL);
	if (!v)
		return def;
	if (sx_str_eq_nocase(v, "1") || sx_str_eq_nocase(v, "true") ||
	    sx_str_eq_nocase(v, "yes") || sx_str_eq_nocase(v, "on"))
		return true;
	if (sx_str_eq_nocase(v, "0") || sx_str_eq_nocase(v, "false") ||
	    sx_str_eq_nocase(v, "no") || sx_str_eq_nocase(v, "off"))
		return false;
	return def;
}

int sx_config_set(sx_config *cfg, const char *section, const char *key, const char *value)
{
	return add(cfg, section, key, value);
}

bool sx_config_next(const sx_config *cfg, const char *section, size_t *iter, const char **key,
		    const char **value)
{
	while (*iter < cfg->e.n) {
		const struct entry *e = &cfg->e.v[(*iter)++];
		if (strcmp(e->section, section) == 0) {
			*key = e->key;
			*value = e->value;
			return true;
		}
	}
	return false;
}

const char *sx_config_path(const sx_config *cfg)
{
	return cfg ? cfg->path : NULL;
}
