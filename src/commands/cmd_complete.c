/*
 * cmd_complete.c - shell completion from the command table.
 *
 *   sextant __complete script bash|zsh|fish   the completion script
 *   sextant __complete tables [PREFIX]        table names of the workspace
 *   sextant __complete databases [PREFIX]     database names
 *   sextant __complete themes [PREFIX]        theme names
 *
 * The scripts are generated from sx_commands[], sx_global_opts and
 * sx_model_opts (the build writes them into the build tree and the package
 * installs them), so they cannot drift from the commands. What they
 * cannot know statically (names in the workspace) they ask this hidden
 * command for, once per Tab: it must be fast. It opens the store only,
 * never the catalog or the map, reads the names with one query, and never
 * creates a workspace that does not exist (a Tab must not write). Names
 * with control characters or blanks are skipped: a completion must not
 * put raw bytes from a database into the user's shell.
 *
 * Option values: sx_opt has no value list, so this file keeps the small
 * table of which option takes what (sx__opt_values_for).
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "commands_int.h"

static const char *const w_provider[] = {"openai", "builtin", "auto", NULL};
static const char *const w_graph_format[] = {"dot", "svg", "png", "json", NULL};
static const char *const w_graph_engine[] = {"dot", "sfdp", NULL};
static const char *const w_ws_verbs[] = {"info", "rebuild", "forget", NULL};
static const char *const w_llm_verbs[] = {"ping", "chat", "models", "usage", NULL};
static const char *const w_rel_verbs[] = {"accept", "reject", "reset", NULL};
static const char *const w_man_sections[] = {"1", "5", NULL};
static const char *const w_complete_kinds[] = {"script", "tables", "databases", "themes", NULL};

sx__opt_values sx__opt_values_for(const char *cmd, const char *opt)
{
	sx__opt_values v = {NULL, NULL};
	if (strcmp(opt, "provider") == 0)
		v.words = w_provider;
	else if (strcmp(cmd, "graph") == 0 && strcmp(opt, "format") == 0)
		v.words = w_graph_format;
	else if (strcmp(cmd, "graph") == 0 && strcmp(opt, "engine") == 0)
		v.words = w_graph_engine;
	else if (strcmp(opt, "database") == 0)
		v.dynamic = "databases";
	else if (strcmp(opt, "table") == 0 || strcmp(opt, "tables") == 0 ||
		 strcmp(opt, "via") == 0 || strcmp(opt, "avoid") == 0)
		v.dynamic = "tables";
	else if (strcmp(opt, "workspace") == 0)
		v.dynamic = "dirs";
	else if (strcmp(opt, "config") == 0 || strcmp(opt, "output") == 0 ||
		 strcmp(opt, "batch") == 0)
		v.dynamic = "files";
	return v;
}

sx__opt_values sx__pos_values_for(const char *cmd, size_t index)
{
	sx__opt_values v = {NULL, NULL};
	if (strcmp(cmd, "analyze") == 0)
		v.dynamic = "files";
	else if ((strcmp(cmd, "show") == 0 || strcmp(cmd, "describe") == 0 ||
		  strcmp(cmd, "graph") == 0) && index == 0)
		v.dynamic = "tables";
	else if (strcmp(cmd, "path") == 0 && index < 2)
		v.dynamic = "tables";
	else if (strcmp(cmd, "workspace") == 0 && index == 0)
		v.words = w_ws_verbs;
	else if (strcmp(cmd, "workspace") == 0 && index == 1)
		v.dynamic = "databases"; /* forget DATABASE */
	else if (strcmp(cmd, "llm") == 0 && index == 0)
		v.words = w_llm_verbs;
	else if (strcmp(cmd, "relations") == 0 && index == 0)
		v.words = w_rel_verbs;
	else if (strcmp(cmd, "__man") == 0 && index == 0)
		v.words = w_man_sections;
	else if (strcmp(cmd, "__complete") == 0 && index == 0)
		v.words = w_complete_kinds;
	return v;
}

/* ------------------------------------------------------------ names */

static bool clean_name(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s <= ' ' || *s == 0x7f)
			return false;
	return true;
}

static bool has_prefix(const char *s, const char *prefix, size_t n)
{
	return strncmp(s, prefix, n) == 0;
}

static int add_word(cJSON *arr, const char *w)
{
	cJSON *s = cJSON_CreateString(w);
	if (!s || !cJSON_AddItemToArray(arr, s)) {
		cJSON_Delete(s);
		return SX_ENOMEM;
	}
	return 0;
}

/* Table names: the bare name always; schema.table and database.schema.table
 * only once the prefix has a dot (else 10,000 tables would be 30,000
 * words). Duplicated bare names are left for the shell to fold. */
static int list_names(const sx_cmd_ctx *ctx, bool tables, const char *prefix, cJSON *arr,
		      sx_error *err)
{
	char dir[1024], path[1100];
	sx_store *st;
	sqlite3_stmt *q = NULL;
	size_t plen = strlen(prefix);
	bool dotted = strchr(prefix, '.') != NULL;
	int rc;

	if ((rc = sx_store_resolve_dir(ctx->workspace_dir, dir, sizeof dir, err)))
		return rc;
	snprintf(path, sizeof path, "%s/%s", dir, SX_STORE_FILE);
	if (access(path, R_OK) != 0)
		return 0; /* no workspace yet: nothing to offer, and create none */
	if ((rc = sx_store_open(&st, dir, err)))
		return rc;
	rc = sqlite3_prepare_v2(sx_store_db(st),
				tables ? "SELECT d.name, t.schema_name, t.name FROM tables t"
					 " JOIN databases d ON d.id = t.database_id"
				       : "SELECT name, NULL, NULL FROM databases",
				-1, &q, NULL);
	if (rc != SQLITE_OK) {
		rc = sx_error_set(err, SX_EIO, "reading names: %s", sqlite3_errmsg(sx_store_db(st)));
		sx_store_close(st);
		return rc;
	}
	rc = 0;
	while (!rc && sqlite3_step(q) == SQLITE_ROW) {
		const char *db = (const char *)sqlite3_column_text(q, 0);
		const char *sc = (const char *)sqlite3_column_text(q, 1);
		const char *tb = (const char *)sqlite3_column_text(q, 2);
		char buf[1024];
		if (!db || !clean_name(db))
			continue;
		if (!tables) {
			if (has_prefix(db, prefix, plen))
				rc = add_word(arr, db);
			continue;
		}
		if (!sc || !tb || !clean_name(sc) || !clean_name(tb))
			continue;
		if (!dotted) {
			if (has_prefix(tb, prefix, plen))
				rc = add_word(arr, tb);
			continue;
		}
		snprintf(buf, sizeof buf, "%s.%s", sc, tb);
		if (has_prefix(buf, prefix, plen))
			rc = add_word(arr, buf);
		snprintf(buf, sizeof buf, "%s.%s.%s", db, sc, tb);
		if (!rc && has_prefix(buf, prefix, plen))
			rc = add_word(arr, buf);
	}
	sqlite3_finalize(q);
	sx_store_close(st);
	if (rc)
		return sx_error_set(err, rc, "out of memory");
	return 0;
}

/* Themes: the five built in (src/tui embeds the files of themes/) and any
 * NAME.theme in the installed themes directory or the user's. */
static void list_theme_dir(const char *dir, const char *prefix, cJSON *arr)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	if (!d)
		return;
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name);
		char name[256];
		if (n <= 6 || n - 6 >= sizeof name || strcmp(de->d_name + n - 6, ".theme") != 0)
			continue;
		memcpy(name, de->d_name, n - 6);
		name[n - 6] = '\0';
		if (clean_name(name) && has_prefix(name, prefix, strlen(prefix)))
			add_word(arr, name);
	}
	closedir(d);
}

static void list_themes(const char *prefix, cJSON *arr)
{
	static const char *const builtin[] = {"dark", "light", "solarized-dark", "high-contrast",
					      "mono", NULL};
	char dir[1100];
	size_t i;
	for (i = 0; builtin[i]; i++)
		if (has_prefix(builtin[i], prefix, strlen(prefix)))
			add_word(arr, builtin[i]);
	if (sx_path_config_dir(dir, sizeof dir - 8) == 0) {
		strncat(dir, "/themes", sizeof dir - strlen(dir) - 1);
		list_theme_dir(dir, prefix, arr);
	}
}

/* ------------------------------------------------------------ scripts */

static bool takes_value(const sx_opt *o)
{
	return o->type != SX_OPT_FLAG;
}

/* The option sets of a command: its own, the global ones, the model ones. */
static void opt_sets(const sx_cmd_entry *e, const sx_opt *sets[3])
{
	sets[0] = e->opts;
	sets[1] = sx_global_opts;
	sets[2] = (e->flags & SX_CMD_TALKS_TO_MODEL) ? sx_model_opts : NULL;
}

static void bash_words(sx_buf *b, const char *const *w)
{
	size_t i;
	for (i = 0; w[i]; i++)
		sx_buf_printf(b, "%s%s", i ? " " : "", w[i]);
}

/* COMPREPLY for a value spec; $3 is the word being completed. */
static void bash_values(sx_buf *b, sx__opt_values v)
{
	if (v.words) {
		sx_buf_puts(b, "COMPREPLY=($(compgen -W \"");
		bash_words(b, v.words);
		sx_buf_puts(b, "\" -- \"$3\"));;\n");
	} else if (strcmp(v.dynamic, "files") == 0) {
		sx_buf_puts(b, "local IFS=$'\\n'; COMPREPLY=($(compgen -f -- \"$3\"));;\n");
	} else if (strcmp(v.dynamic, "dirs") == 0) {
		sx_buf_puts(b, "local IFS=$'\\n'; COMPREPLY=($(compgen -d -- \"$3\"));;\n");
	} else {
		/* one name a line: names may hold what IFS would split */
		sx_buf_printf(b, "local IFS=$'\\n'; COMPREPLY=($(_sextant_names %s \"$3\"));;\n",
			      v.dynamic);
	}
}

static void script_bash(sx_buf *b)
{
	size_t i;
	const sx_opt *o;

	sx_buf_puts(b, "# bash completion for sextant; generated from the command table by\n"
		       "# `sextant __complete script bash`: do not edit.\n\n");
	/* names from the workspace named on the line, through the hidden command */
	sx_buf_puts(b, "_sextant_names()\n{\n"
		       "\tlocal i ws=()\n"
		       "\tfor ((i = 1; i < ${#COMP_WORDS[@]}; i++)); do\n"
		       "\t\tcase \"${COMP_WORDS[i]}\" in\n"
		       "\t\t-w | --workspace) ws=(--workspace \"${COMP_WORDS[i + 1]}\") ;;\n"
		       "\t\tesac\n"
		       "\tdone\n"
		       "\t\"${COMP_WORDS[0]}\" __complete \"$1\" \"${ws[@]}\" -- \"$2\" 2>/dev/null\n"
		       "}\n\n");
	/* does option $2 of command $1 take a value? */
	sx_buf_puts(b, "_sextant_takes_value()\n{\n\tcase \"$1:$2\" in\n");
	for (i = 0; sx_commands[i]; i++) {
		const sx_opt *sets[3];
		size_t s;
		opt_sets(sx_commands[i], sets);
		for (s = 0; s < 3; s++)
			for (o = sets[s]; o && o->name; o++) {
				if (!takes_value(o))
					continue;
				sx_buf_printf(b, "\t%s:--%s", sx_commands[i]->name, o->name);
				if (o->short_name)
					sx_buf_printf(b, " | %s:-%c", sx_commands[i]->name, o->short_name);
				sx_buf_puts(b, ") return 0 ;;\n");
			}
	}
	sx_buf_puts(b, "\tesac\n\treturn 1\n}\n\n");
	/* the value of option $2 of command $1 */
	sx_buf_puts(b, "_sextant_value()\n{\n\tcase \"$1:$2\" in\n");
	for (i = 0; sx_commands[i]; i++) {
		const sx_opt *sets[3];
		size_t s;
		opt_sets(sx_commands[i], sets);
		for (s = 0; s < 3; s++)
			for (o = sets[s]; o && o->name; o++) {
				sx__opt_values v = sx__opt_values_for(sx_commands[i]->name, o->name);
				if (!takes_value(o) || (!v.words && !v.dynamic))
					continue;
				sx_buf_printf(b, "\t%s:--%s", sx_commands[i]->name, o->name);
				if (o->short_name)
					sx_buf_printf(b, " | %s:-%c", sx_commands[i]->name, o->short_name);
				sx_buf_puts(b, ") ");
				bash_values(b, v);
			}
	}
	sx_buf_puts(b, "\tesac\n}\n\n");
	/* positional $2 (0-based) of command $1 */
	sx_buf_puts(b, "_sextant_pos()\n{\n\tcase \"$1:$2\" in\n");
	for (i = 0; sx_commands[i]; i++) {
		size_t k;
		for (k = 0; k < 3; k++) {
			sx__opt_values v = sx__pos_values_for(sx_commands[i]->name, k);
			if (!v.words && !v.dynamic)
				continue;
			sx_buf_printf(b, "\t%s:%zu) ", sx_commands[i]->name, k);
			bash_values(b, v);
		}
		if (sx_commands[i]->max_pos > 3) {
			sx__opt_values v = sx__pos_values_for(sx_commands[i]->name, 3);
			if (v.words || v.dynamic) {
				sx_buf_printf(b, "\t%s:*) ", sx_commands[i]->name);
				bash_values(b, v);
			}
		}
	}
	sx_buf_puts(b, "\tesac\n}\n\n");
	/* options of command $1 */
	sx_buf_puts(b, "_sextant_opts()\n{\n\tcase \"$1\" in\n");
	for (i = 0; sx_commands[i]; i++) {
		const sx_opt *sets[3];
		size_t s;
		bool first = true;
		opt_sets(sx_commands[i], sets);
		sx_buf_printf(b, "\t%s) echo \"", sx_commands[i]->name);
		for (s = 0; s < 3; s++)
			for (o = sets[s]; o && o->name; o++) {
				sx_buf_printf(b, "%s--%s", first ? "" : " ", o->name);
				first = false;
			}
		sx_buf_puts(b, "\" ;;\n");
	}
	sx_buf_puts(b, "\tesac\n}\n\n");
	sx_buf_puts(b, "_sextant()\n{\n"
		       "\tlocal cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" cmd=\"\" w i npos=0\n"
		       "\tCOMPREPLY=()\n"
		       "\t((COMP_CWORD > 0)) && prev=\"${COMP_WORDS[COMP_CWORD - 1]}\"\n"
		       "\tfor ((i = 1; i < COMP_CWORD; i++)); do\n"
		       "\t\tw=\"${COMP_WORDS[i]}\"\n"
		       "\t\tif [[ -z $cmd ]]; then\n"
		       "\t\t\t[[ $w == -* ]] || cmd=\"$w\"\n"
		       "\t\t\tcontinue\n"
		       "\t\tfi\n"
		       "\t\tcase \"$w\" in\n"
		       "\t\t--) ;;\n"
		       "\t\t--*=*) ;;\n"
		       /* bash splits --opt=value at '=' (COMP_WORDBREAKS) */
		       "\t\t-?*)\n"
		       "\t\t\tif [[ ${COMP_WORDS[i + 1]-} == = ]]; then\n"
		       "\t\t\t\t((i += 2))\n"
		       "\t\t\telse\n"
		       "\t\t\t\t_sextant_takes_value \"$cmd\" \"$w\" && ((i++))\n"
		       "\t\t\tfi\n"
		       "\t\t\t;;\n"
		       "\t\t*) ((npos++)) ;;\n"
		       "\t\tesac\n"
		       "\tdone\n"
		       "\tif [[ -z $cmd ]]; then\n"
		       "\t\tif [[ $cur == -* ]]; then\n"
		       "\t\t\tCOMPREPLY=($(compgen -W \"--help --version\" -- \"$cur\"))\n"
		       "\t\telse\n"
		       "\t\t\tCOMPREPLY=($(compgen -W \"");
	{
		bool first = true;
		for (i = 0; sx_commands[i]; i++) {
			if (sx_commands[i]->flags & SX_CMD_HIDDEN)
				continue;
			sx_buf_printf(b, "%s%s", first ? "" : " ", sx_commands[i]->name);
			first = false;
		}
		sx_buf_puts(b, " help");
	}
	sx_buf_puts(b, "\" -- \"$cur\"))\n"
		       "\t\tfi\n"
		       "\t\treturn 0\n"
		       "\tfi\n"
		       "\tif [[ $cmd == help ]]; then\n"
		       "\t\tCOMPREPLY=($(compgen -W \"");
	{
		bool first = true;
		for (i = 0; sx_commands[i]; i++) {
			if (sx_commands[i]->flags & SX_CMD_HIDDEN)
				continue;
			sx_buf_printf(b, "%s%s", first ? "" : " ", sx_commands[i]->name);
			first = false;
		}
	}
	sx_buf_puts(b, "\" -- \"$cur\"))\n"
		       "\t\treturn 0\n"
		       "\tfi\n"
		       "\tif [[ $prev == = ]] && ((COMP_CWORD > 1)); then\n"
		       "\t\tprev=\"${COMP_WORDS[COMP_CWORD - 2]}\"\n"
		       "\t\t_sextant_takes_value \"$cmd\" \"$prev\" && _sextant_value \"$cmd\" \"$prev\" \"$cur\"\n"
		       "\t\treturn 0\n"
		       "\tfi\n"
		       "\tif [[ $prev == -?* && $prev != --*=* ]] && _sextant_takes_value \"$cmd\" \"$prev\"; then\n"
		       "\t\t_sextant_value \"$cmd\" \"$prev\" \"$cur\"\n"
		       "\t\treturn 0\n"
		       "\tfi\n"
		       "\tif [[ $cur == -* ]]; then\n"
		       "\t\tCOMPREPLY=($(compgen -W \"$(_sextant_opts \"$cmd\")\" -- \"$cur\"))\n"
		       "\t\treturn 0\n"
		       "\tfi\n"
		       "\t_sextant_pos \"$cmd\" \"$npos\" \"$cur\"\n"
		       "\treturn 0\n"
		       "}\n\n");
}

static void script_zsh(sx_buf *b)
{
	/* zsh runs the bash functions through its bashcompinit layer: one
	 * generator, the same behaviour in both shells. */
	sx_buf_puts(b, "#compdef sextant\n"
		       "# zsh completion for sextant; generated from the command table by\n"
		       "# `sextant __complete script zsh`: do not edit.\n\n"
		       "autoload -U +X bashcompinit && bashcompinit\n\n");
	script_bash(b);
	sx_buf_puts(b, "complete -F _sextant sextant\n"
		       "# this first call came through #compdef: answer it too\n"
		       "_bash_complete -F _sextant \"$@\"\n");
}

static void fish_quote(sx_buf *b, const char *s)
{
	sx_buf_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'' || *s == '\\')
			sx_buf_putc(b, '\\');
		sx_buf_putc(b, *s);
	}
	sx_buf_putc(b, '\'');
}

static void fish_values(sx_buf *b, sx__opt_values v)
{
	if (v.words) {
		sx_buf_puts(b, " -x -a '");
		bash_words(b, v.words);
		sx_buf_puts(b, "'");
	} else if (strcmp(v.dynamic, "files") == 0) {
		sx_buf_puts(b, " -r -F");
	} else if (strcmp(v.dynamic, "dirs") == 0) {
		sx_buf_puts(b, " -x -a '(__fish_complete_directories)'");
	} else {
		sx_buf_printf(b, " -x -a '(__sextant_names %s)'", v.dynamic);
	}
}

static void script_fish(sx_buf *b)
{
	size_t i;
	const sx_opt *o;
	sx_buf_puts(b, "# fish completion for sextant; generated from the command table by\n"
		       "# `sextant __complete script fish`: do not edit.\n\n"
		       "function __sextant_names\n"
		       "    set -l tok (commandline -opc)\n"
		       "    set -l ws\n"
		       "    for i in (seq (count $tok))\n"
		       "        if contains -- $tok[$i] -w --workspace\n"
		       "            set ws --workspace $tok[(math $i + 1)]\n"
		       "        end\n"
		       "    end\n"
		       "    $tok[1] __complete $argv[1] $ws -- (commandline -ct) 2>/dev/null\n"
		       "end\n\n"
		       "complete -c sextant -f\n"
		       "complete -c sextant -n __fish_use_subcommand -l help -s h -d 'show help'\n"
		       "complete -c sextant -n __fish_use_subcommand -l version -s V -d 'show versions'\n");
	for (i = 0; sx_commands[i]; i++) {
		const sx_cmd_entry *e = sx_commands[i];
		const sx_opt *sets[3];
		size_t s, k;
		if (!(e->flags & SX_CMD_HIDDEN)) {
			sx_buf_printf(b, "complete -c sextant -n __fish_use_subcommand -a %s -d ", e->name);
			fish_quote(b, e->summary);
			sx_buf_putc(b, '\n');
		}
		opt_sets(e, sets);
		for (s = 0; s < 3; s++)
			for (o = sets[s]; o && o->name; o++) {
				sx_buf_printf(b, "complete -c sextant -n '__fish_seen_subcommand_from %s' -l %s",
					      e->name, o->name);
				if (o->short_name)
					sx_buf_printf(b, " -s %c", o->short_name);
				if (takes_value(o)) {
					sx__opt_values v = sx__opt_values_for(e->name, o->name);
					if (v.words || v.dynamic)
						fish_values(b, v);
					else
						sx_buf_puts(b, " -x");
				}
				sx_buf_puts(b, " -d ");
				fish_quote(b, o->help ? o->help : "");
				sx_buf_putc(b, '\n');
			}
		/* positionals: fish cannot count them simply; offer the first kind */
		for (k = 0; k < 1; k++) {
			sx__opt_values v = sx__pos_values_for(e->name, k);
			if (!v.words && !v.dynamic)
				continue;
			sx_buf_printf(b, "complete -c sextant -n '__fish_seen_subcommand_from %s'", e->name);
			fish_values(b, v);
			sx_buf_putc(b, '\n');
		}
	}
}

/* ------------------------------------------------------------ command */

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	const char *kind = args->pos[0];
	const char *arg = args->npos > 1 ? args->pos[1] : "";
	cJSON *res, *arr;
	int rc = 0;

	if (strcmp(kind, "script") == 0) {
		sx_buf b = SX_BUF_INIT;
		if (strcmp(arg, "bash") == 0) {
			script_bash(&b);
			sx_buf_puts(&b, "complete -F _sextant sextant\n");
		} else if (strcmp(arg, "zsh") == 0) {
			script_zsh(&b);
		} else if (strcmp(arg, "fish") == 0) {
			script_fish(&b);
		} else {
			return sx_error_set(err, SX_EUSAGE, "__complete script: bash, zsh or fish");
		}
		if (sx_buf_failed(&b)) {
			sx_buf_release(&b);
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		}
		res = cJSON_CreateObject();
		sx_json_add_str(res, "text", sx_buf_cstr(&b));
		sx_buf_release(&b);
		*result = res;
		return 0;
	}
	res = cJSON_CreateObject();
	arr = res ? cJSON_AddArrayToObject(res, "words") : NULL;
	if (!arr) {
		cJSON_Delete(res);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if (strcmp(kind, "tables") == 0 || strcmp(kind, "databases") == 0)
		rc = list_names(ctx, kind[0] == 't', arg, arr, err);
	else if (strcmp(kind, "themes") == 0)
		list_themes(arg, arr);
	else
		rc = sx_error_set(err, SX_EUSAGE,
				  "__complete: script, tables, databases or themes, not '%s'", kind);
	if (rc) {
		cJSON_Delete(res);
		return rc;
	}
	*result = res;
	return 0;
}

/* Generated text and names go out as they are: the names were filtered
 * for control characters and blanks above. */
static void render(const cJSON *r, sx_buf *out)
{
	const cJSON *w, *words = cJSON_GetObjectItemCaseSensitive(r, "words");
	if (sx_json_str(r, "text", NULL)) {
		sx_buf_puts(out, sx_json_str(r, "text", ""));
		return;
	}
	cJSON_ArrayForEach(w, words)
	{
		if (cJSON_IsString(w)) {
			sx_buf_puts(out, w->valuestring);
			sx_buf_putc(out, '\n');
		}
	}
}

const sx_cmd_entry sx__cmd_complete = {
	.name = "__complete",
	.usage = "script bash|zsh|fish | tables [PREFIX] | databases [PREFIX] | themes [PREFIX]",
	.summary = "shell completion: the scripts, and names from the workspace",
	.flags = SX_CMD_HIDDEN,
	.min_pos = 1,
	.max_pos = 2,
	.run = run,
	.render = render,
};
