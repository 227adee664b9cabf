/*
 * commands.c - the command table, option parsing, word splitting, usage.
 *
 * Parsing is table-driven: each entry lists its options (sx_opt), the
 * global options apply to all, and model options to those flagged
 * SX_CMD_TALKS_TO_MODEL. Unknown options and wrong positional counts are
 * usage errors (exit code 2 in the CLI).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/commands.h>

#include "commands_int.h"

const sx_opt sx_global_opts[] = {
	{"workspace", 'w', SX_OPT_STRING, "DIR", "workspace directory (default $SEXTANT_WORKSPACE, else $XDG_DATA_HOME/sextant)"},
	{"json", 0, SX_OPT_FLAG, NULL, "print the result as JSON"},
	{"config", 0, SX_OPT_STRING, "FILE", "config file (default $XDG_CONFIG_HOME/sextant/config.ini)"},
	{"events", 0, SX_OPT_STRING, "MODE", "events on stderr: text (default), jsonl or none"},
	{"help", 'h', SX_OPT_FLAG, NULL, "show this help"},
	{NULL, 0, 0, NULL, NULL},
};

const sx_opt sx_model_opts[] = {
	{"provider", 0, SX_OPT_STRING, "NAME", "model provider: openai (any OpenAI-compatible endpoint) or builtin"},
	{"base-url", 0, SX_OPT_STRING, "URL", "endpoint base URL, e.g. http://localhost:11434/v1"},
	{"model", 0, SX_OPT_STRING, "NAME", "model name"},
	{NULL, 0, 0, NULL, NULL},
};

/* The command table. Keep it in the order `sextant --help` lists it. */
const sx_cmd_entry *const sx_commands[] = {
	&sx__cmd_analyze,
	&sx__cmd_sources,
	&sx__cmd_tables,
	&sx__cmd_show,
	&sx__cmd_search,
	&sx__cmd_context,
	&sx__cmd_workspace,
	&sx__cmd_refresh,
	&sx__cmd_impact,
	&sx__cmd_llm,
	&sx__cmd_relations,
	&sx__cmd_describe,
	&sx__cmd_pii,
	&sx__cmd_path,
	&sx__cmd_graph,
	&sx__cmd_validate,
	&sx__cmd_generate,
	&sx__cmd_pipeline,
	&sx__cmd_runs,
	&sx__cmd_run,
	&sx__cmd_export,
	&sx__cmd_feedback,
	&sx__cmd_insights,
	&sx__cmd_doctor,
	&sx__cmd_man,
	&sx__cmd_complete,
	&sx__cmd_gen_spec,
	NULL,
};

const sx_cmd_entry *sx_cmd_find(const char *name)
{
	size_t i;
	for (i = 0; sx_commands[i]; i++)
		if (strcmp(sx_commands[i]->name, name) == 0)
			return sx_commands[i];
	return NULL;
}

void sx_strv_free(char **v)
{
	size_t i;
	if (!v)
		return;
	for (i = 0; v[i]; i++)
		free(v[i]);
	free(v);
}

void sx_args_release(sx_args *a)
{
	size_t i;
	for (i = 0; i < a->npos; i++)
		free(a->pos[i]);
	free(a->pos);
	for (i = 0; i < a->nvals; i++)
		free(a->vals[i].value);
	free(a->vals);
	memset(a, 0, sizeof *a);
}

const char *sx_args_get(const sx_args *a, const char *name)
{
	size_t i;
	for (i = a->nvals; i-- > 0;)
		if (strcmp(a->vals[i].name, name) == 0)
			return a->vals[i].value;
	return NULL;
}

bool sx_args_flag(const sx_args *a, const char *name)
{
	return sx_args_get(a, name) != NULL;
}

long sx_args_int(const sx_args *a, const char *name, long def)
{
	const char *v = sx_args_get(a, name);
	return v ? strtol(v, NULL, 10) : def;
}

double sx_args_double(const sx_args *a, const char *name, double def)
{
	const char *v = sx_args_get(a, name);
	return v ? strtod(v, NULL) : def;
}

char **sx_args_list(const sx_args *a, const char *name)
{
	SX_VEC(char *) out = {0};
	size_t i;
	for (i = 0; i < a->nvals; i++) {
		const char *p;
		if (strcmp(a->vals[i].name, name) != 0)
			continue;
		for (p = a->vals[i].value; *p;) {
			const char *e = strchr(p, ',');
			size_t n = e ? (size_t)(e - p) : strlen(p);
			if (n && SX_VEC_PUSH(&out, sx_strndup(p, n)))
				goto oom;
			p += n + (e ? 1 : 0);
		}
	}
	if (!out.n)
		return NULL;
	if (SX_VEC_PUSH(&out, NULL))
		goto oom;
	return out.v;
oom:
	for (i = 0; i < out.n; i++)
		free(out.v[i]);
	free(out.v);
	return NULL;
}

static const sx_opt *find_opt(const sx_cmd_entry *e, const char *name, size_t len, char shrt)
{
	const sx_opt *sets[3] = {e->opts, sx_global_opts,
				 (e->flags & SX_CMD_TALKS_TO_MODEL) ? sx_model_opts : NULL};
	size_t i;
	for (i = 0; i < 3; i++) {
		const sx_opt *o;
		for (o = sets[i]; o && o->name; o++) {
			if (shrt ? o->short_name == shrt
				 : (strlen(o->name) == len && strncmp(o->name, name, len) == 0))
				return o;
		}
	}
	return NULL;
}

int sx_cmd_locate(int argc, char *const *argv)
{
	int i = 1;
	while (i < argc && argv[i][0] == '-' && argv[i][1]) {
		const char *a = argv[i];
		const sx_opt *o = NULL, *g;
		size_t len;
		if (a[1] != '-') {
			for (g = sx_global_opts; g->name && !o; g++)
				o = a[2] == '\0' && g->short_name == a[1] ? g : NULL;
			len = 0;
		} else {
			len = strcspn(a + 2, "=");
			for (g = sx_global_opts; g->name && !o; g++)
				o = strlen(g->name) == len && strncmp(g->name, a + 2, len) == 0 ? g : NULL;
		}
		if (!o || strcmp(o->name, "help") == 0)
			return 0;
		/* a value in the next word unless given as --name=value */
		i += o->type != SX_OPT_FLAG && !(len && a[2 + len] == '=') ? 2 : 1;
	}
	return i > 1 && i < argc && sx_cmd_find(argv[i]) ? i : 0;
}

static int push_val(sx_args *a, const char *name, const char *value)
{
	struct sx_arg_val *nv = sx_realloc(a->vals, (a->nvals + 1) * sizeof *nv);
	if (!nv)
		return SX_ENOMEM;
	a->vals = nv;
	nv[a->nvals].name = name;
	if (!(nv[a->nvals].value = sx_strdup(value)))
		return SX_ENOMEM;
	a->nvals++;
	return 0;
}

static int check_value(const sx_cmd_entry *e, const sx_opt *o, const char *v, sx_error *err)
{
	char *end;
	if (o->type == SX_OPT_INT) {
		strtol(v, &end, 10);
		if (!*v || *end)
			return sx_error_set(err, SX_EUSAGE, "%s: --%s wants a whole number, not '%s'",
					    e->name, o->name, v);
	} else if (o->type == SX_OPT_DOUBLE) {
		strtod(v, &end);
		if (!*v || *end)
			return sx_error_set(err, SX_EUSAGE, "%s: --%s wants a number, not '%s'", e->name,
					    o->name, v);
	}
	return 0;
}

static int parse_args(const sx_cmd_entry *e, int argc, char **argv, sx_args *out, sx_error *err)
{
	int i, rc;
	bool only_pos = false;

	memset(out, 0, sizeof *out);
	for (i = 0; i < argc; i++) {
		const char *arg = argv[i];
		const sx_opt *o;
		const char *val = NULL;
		if (!only_pos && strcmp(arg, "--") == 0) {
			only_pos = true;
			continue;
		}
		if (only_pos || arg[0] != '-' || arg[1] == '\0') {
			char **np = sx_realloc(out->pos, (out->npos + 1) * sizeof *np);
			if (!np || !(np[out->npos] = sx_strdup(arg))) {
				if (np)
					out->pos = np;
				rc = sx_error_set(err, SX_ENOMEM, "out of memory");
				goto fail;
			}
			out->pos = np;
			out->npos++;
			continue;
		}
		if (arg[1] == '-') {
			const char *name = arg + 2, *eq = strchr(name, '=');
			o = find_opt(e, name, eq ? (size_t)(eq - name) : strlen(name), 0);
			if (eq)
				val = eq + 1;
		} else {
			o = arg[2] == '\0' ? find_opt(e, NULL, 0, arg[1]) : NULL;
			if (!o && arg[2] == '\0') {
				/* "-5" style numbers are not options; nothing uses them */
			}
		}
		if (!o) {
			rc = sx_error_set(err, SX_EUSAGE, "%s: unknown option '%s' (see 'sextant %s --help')",
					  e->name, arg, e->name);
			goto fail;
		}
		if (o->type == SX_OPT_FLAG) {
			if (val) {
				rc = sx_error_set(err, SX_EUSAGE, "%s: --%s takes no value", e->name, o->name);
				goto fail;
			}
			val = "1";
		} else if (!val) {
			if (i + 1 >= argc) {
				rc = sx_error_set(err, SX_EUSAGE, "%s: --%s needs a value (%s)", e->name,
						  o->name, o->metavar ? o->metavar : "VALUE");
				goto fail;
			}
			val = argv[++i];
		}
		if ((rc = check_value(e, o, val, err)))
			goto fail;
		if (push_val(out, o->name, val)) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto fail;
		}
	}
	if (sx_args_flag(out, "help"))
		return 0; /* counts are not checked when help is asked for */
	if (out->npos < e->min_pos) {
		rc = sx_error_set(err, SX_EUSAGE, "%s: missing argument; usage: sextant %s %s", e->name,
				  e->name, e->usage ? e->usage : "");
		goto fail;
	}
	if (out->npos > e->max_pos) {
		rc = sx_error_set(err, SX_EUSAGE, "%s: too many arguments ('%s'); usage: sextant %s %s",
				  e->name, out->pos[e->max_pos], e->name, e->usage ? e->usage : "");
		goto fail;
	}
	return 0;
fail:
	sx_args_release(out);
	return rc;
}

/* Keeps a message that quotes the user's words on one line, free of
 * terminal controls: words may hold newlines or escapes (found by
 * tests/fuzz/fuzz_argv.c). */
static void clean_msg(sx_error *err)
{
	char *c;
	if (!err || !err->msg[0])
		return;
	if ((c = sx_sanitize(err->msg, false)) != NULL) {
		snprintf(err->msg, sizeof err->msg, "%s", c);
		free(c);
	}
}

int sx_cmd_parse(const sx_cmd_entry *e, int argc, char **argv, sx_args *out, sx_error *err)
{
	int rc = parse_args(e, argc, argv, out, err);
	if (rc)
		clean_msg(err);
	return rc;
}

int sx_cmd_split(const char *line, int *argc, char ***argv, sx_error *err)
{
	SX_VEC(char *) v = {0};
	sx_buf w = SX_BUF_INIT;
	const char *p = line;
	bool inword = false;
	size_t i;

	*argc = 0;
	*argv = NULL;
	for (;;) {
		char c = *p;
		if (c == '\0' || c == ' ' || c == '\t' || c == '\n') {
			if (inword) {
				if (SX_VEC_PUSH(&v, sx_buf_detach(&w)))
					goto oom;
				inword = false;
			}
			if (c == '\0')
				break;
			p++;
			continue;
		}
		inword = true;
		if (c == '\'') {
			const char *e = strchr(p + 1, '\'');
			if (!e) {
				sx_buf_release(&w);
				goto unterminated;
			}
			sx_buf_put(&w, p + 1, (size_t)(e - p - 1));
			if (w.len == 0)
				sx_buf_put(&w, "", 0); /* '' is an empty word (put writes the NUL) */
			p = e + 1;
		} else if (c == '"') {
			p++;
			while (*p && *p != '"') {
				if (*p == '\\' && (p[1] == '"' || p[1] == '\\' || p[1] == '$' || p[1] == '`'))
					p++;
				sx_buf_putc(&w, *p++);
			}
			if (!*p) {
				sx_buf_release(&w);
				goto unterminated;
			}
			if (w.len == 0)
				sx_buf_put(&w, "", 0); /* "" too: an empty word, NUL-terminated */
			p++;
		} else if (c == '\\' && p[1]) {
			sx_buf_putc(&w, p[1]);
			p += 2;
		} else {
			sx_buf_putc(&w, c);
			p++;
		}
		if (sx_buf_failed(&w))
			goto oom;
	}
	if (SX_VEC_PUSH(&v, NULL))
		goto oom;
	*argc = (int)v.n - 1;
	*argv = v.v;
	return 0;
unterminated:
	for (i = 0; i < v.n; i++)
		free(v.v[i]);
	free(v.v);
	sx_error_set(err, SX_EUSAGE, "unterminated quote in '%s'", line);
	clean_msg(err);
	return SX_EUSAGE;
oom:
	sx_buf_release(&w);
	for (i = 0; i < v.n; i++)
		free(v.v[i]);
	free(v.v);
	return sx_error_set(err, SX_ENOMEM, "out of memory");
}

static void opt_lines(sx_buf *out, const sx_opt *o)
{
	for (; o && o->name; o++) {
		char left[64];
		if (o->short_name)
			snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name,
				 o->metavar ? " " : "", o->metavar ? o->metavar : "");
		else
			snprintf(left, sizeof left, "    --%s%s%s", o->name, o->metavar ? " " : "",
				 o->metavar ? o->metavar : "");
		sx_buf_printf(out, "  %-26s %s\n", left, o->help);
	}
}

void sx_cmd_usage(const sx_cmd_entry *e, sx_buf *out)
{
	if (!e) {
		size_t i;
		sx_buf_puts(out, "usage: sextant [COMMAND] [ARGS...] [--json] [--workspace DIR]\n\n"
				 "Sextant maps databases (PostgreSQL, ClickHouse, SQLite, DDL files)\n"
				 "so that people and agents can find their way in them.\n"
				 "Without a command it opens the terminal workbench.\n\ncommands:\n");
		for (i = 0; sx_commands[i]; i++)
			if (!(sx_commands[i]->flags & SX_CMD_HIDDEN))
				sx_buf_printf(out, "  %-12s %s\n", sx_commands[i]->name,
					      sx_commands[i]->summary);
		sx_buf_puts(out, "\n'sextant COMMAND --help' describes one command; "
				 "'sextant --version' prints the version.\n");
		return;
	}
	sx_buf_printf(out, "usage: sextant %s %s\n\n%s\n", e->name, e->usage ? e->usage : "",
		      e->summary);
	if (e->help)
		sx_buf_printf(out, "\n%s\n", e->help);
	if (e->opts && e->opts->name) {
		sx_buf_puts(out, "\noptions:\n");
		opt_lines(out, e->opts);
	}
	if (e->flags & SX_CMD_TALKS_TO_MODEL) {
		sx_buf_puts(out, "\nmodel options (flag > environment > config):\n");
		opt_lines(out, sx_model_opts);
	}
	sx_buf_puts(out, "\ncommon options:\n");
	opt_lines(out, sx_global_opts);
}

void sx_cmd_apply_model_overrides(sx_config *cfg, const sx_args *args)
{
	static const struct {
		const char *flag, *key;
	} map[] = {
		{"base-url", "base_url"},
		{"model", "model"},
		{"provider", "provider"},
	};
	size_t i;
	/* flag > env > config: the environment first, the flags over it */
	sx_session_apply_env(cfg);
	for (i = 0; args && i < sizeof map / sizeof map[0]; i++) {
		const char *v = sx_args_get(args, map[i].flag);
		if (v)
			sx_config_set(cfg, "llm", map[i].key, v);
	}
	/* --base-url on the command line asks for that endpoint even when
	 * the config says provider = builtin; --provider still wins */
	if (args && sx_args_get(args, "base-url") && !sx_args_get(args, "provider"))
		sx_config_set(cfg, "llm", "provider", "openai");
}

int sx_cmd_run(const sx_cmd_entry *e, sx_cmd_ctx *ctx, const sx_args *args, cJSON **result,
	       sx_error *err)
{
	const sx_progress *caller_progress = ctx->progress;
	sx_progress bridge;
	int rc;
	*result = NULL;
	/* The environment's [llm] keys for every command (the search's remote
	 * embedder reads them too); the model flags where a command takes them. */
	sx_cmd_apply_model_overrides(ctx->config,
				     (e->flags & SX_CMD_TALKS_TO_MODEL) ? args : NULL);
	/* Engine modules report through an sx_progress; with an event
	 * callback their reports become progress events (events.c). */
	if (ctx->event) {
		sx__cmd_progress_bridge(ctx, caller_progress, &bridge);
		ctx->progress = &bridge;
	}
	rc = e->run(ctx, args, result, err);
	ctx->progress = caller_progress;
	if (rc && err && !err->msg[0])
		sx_error_set(err, rc, "%s failed", e->name);
	return rc;
}

void sx_cmd_render(const sx_cmd_entry *e, const cJSON *result, sx_buf *out)
{
	if (!result)
		return;
	if (e && e->render) {
		e->render(result, out);
	} else {
		char *s = cJSON_Print(result);
		if (s) {
			sx_buf_put_sanitized(out, s, strlen(s), true);
			sx_buf_putc(out, '\n');
			free(s);
		}
	}
}

/* ------------------------------------------------------------ shared */

const char *sx__cmd_workspace_location(const sx_cmd_ctx *ctx)
{
	const char *env = getenv("SEXTANT_WORKSPACE");
	/* --workspace, then $SEXTANT_WORKSPACE, then a shared workspace named
	 * in the config ([workspace] url), then the default directory */
	if (ctx->workspace_dir && *ctx->workspace_dir)
		return ctx->workspace_dir;
	if (env && *env)
		return NULL;
	return sx_config_get(ctx->config, "workspace", "url", NULL);
}

/* [user] name names who decides in the decision log. */
static void apply_user(const sx_cmd_ctx *ctx, sx_store *st)
{
	if (st)
		sx_store_set_user(st, sx_config_get(ctx->config, "user", "name", NULL));
}

int sx__cmd_open_store(const sx_cmd_ctx *ctx, sx_store **out, sx_error *err)
{
	char dir[1024];
	int rc;
	if ((rc = sx_store_resolve_dir(sx__cmd_workspace_location(ctx), dir, sizeof dir, err)))
		return rc;
	/* a postgresql:// location opens the shared workspace */
	if (!(rc = sx_store_open(out, dir, err)))
		apply_user(ctx, *out);
	return rc;
}

int sx__cmd_session(const sx_cmd_ctx *ctx, const char *dbname, sx_session_map_mode map,
		    sx_session **out, sx_error *err)
{
	return sx__cmd_session_search(ctx, dbname, map, false, out, err);
}

int sx__cmd_session_search(const sx_cmd_ctx *ctx, const char *dbname, sx_session_map_mode map,
                           bool search, sx_session **out, sx_error *err)
{
	sx_session_opts o = {0};
	int rc;
	o.search = search;
	o.workspace_dir = sx__cmd_workspace_location(ctx);
	o.config = ctx->config;
	o.database = dbname;
	o.map = map;
	o.progress = ctx->progress;
	if ((rc = sx_session_open(out, &o, err)))
		return rc;
	apply_user(ctx, sx_session_store(*out));
	return 0;
}

void sx__put_text(sx_buf *out, const char *s)
{
	if (s)
		sx_buf_put_sanitized(out, s, strlen(s), false);
}

void sx__pad_from(sx_buf *out, size_t start, size_t width)
{
	size_t w = out->ptr && start <= out->len ? sx_utf8_width(out->ptr + start) : 0;
	sx_buf_printf(out, "%*s", w < width ? (int)(width - w) : 1, "");
}

void sx__put_count(sx_buf *out, int64_t n)
{
	char tmp[32], res[48];
	int len, i, j = 0, lead;
	if (n < 0) {
		sx_buf_puts(out, "?");
		return;
	}
	len = snprintf(tmp, sizeof tmp, "%lld", (long long)n);
	lead = len % 3;
	for (i = 0; i < len; i++) {
		if (i && (i - lead) % 3 == 0)
			res[j++] = ',';
		res[j++] = tmp[i];
	}
	res[j] = '\0';
	sx_buf_puts(out, res);
}

void sx__put_member_line(sx_buf *out, const char *indent, const cJSON *o, const char *key)
{
	const char *s = sx_json_str(o, key, NULL);
	if (!s)
		return;
	sx_buf_puts(out, indent);
	sx__put_text(out, s);
	sx_buf_puts(out, "\n");
}

void sx__put_sizes(sx_buf *out, const cJSON *o)
{
	sx__put_count(out, sx_json_int(o, "tables", 0));
	sx_buf_puts(out, " tables, ");
	sx__put_count(out, sx_json_int(o, "views", 0));
	sx_buf_puts(out, " views, ");
	sx__put_count(out, sx_json_int(o, "columns", 0));
	sx_buf_puts(out, " columns, ");
	sx__put_count(out, sx_json_int(o, "foreign_keys", 0));
	sx_buf_puts(out, " foreign keys");
}
