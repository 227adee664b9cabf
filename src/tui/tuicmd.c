/*
 * tuicmd.c - the workbench's own command table.
 *
 * Same struct as the engine's table (sx_cmd_entry), looked up first by
 * the ':' line and by key bindings, so `:quit`, the q key and a [keys]
 * binding are one thing. Three kinds of entries live here:
 *   - one per action (up, down, zoom, ...): what keys are bound to;
 *   - UI-only commands (theme, screen, goto, keys, diff, view, chat);
 *   - commands that wrap an engine command with screen behaviour
 *     (analyze reloads the catalog afterwards; search, path and graph
 *     drive their panes, which run the engine's code on a worker).
 * A wrapper is the engine's entry with its run function replaced: it is
 * filled in from sx_cmd_find(NAME) at first use, so its options, counts,
 * usage and help are the engine's, `:path a b --via x` parses exactly as
 * `sextant path a b --via x` does, and an option added to the engine
 * reaches the ':' line without an edit here. The wrapper then gives each
 * option its effect on screen (--via to the Path pane, --domain to the
 * Search pane, ...) or hands the whole line to the engine command as a
 * job (`:graph t -o f` writes f; `:search --batch F`; every option of
 * analyze).
 * Everything else typed on the ':' line goes to the engine's table and
 * runs as a job whose output lands on the Output screen.
 *
 * The run functions get the app through tui_cmd_app(): there is one
 * workbench per process. UI thread only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

static tui_app *cur_app;

tui_app *tui_cmd_app(void)
{
	return cur_app;
}

void tui_cmd_set_app(tui_app *app)
{
	cur_app = app;
}

/* Joins positionals from `from` with spaces. */
static char *join_pos(const sx_args *a, size_t from)
{
	sx_buf b = SX_BUF_INIT;
	size_t i;
	for (i = from; i < a->npos; i++) {
		if (i > from)
			sx_buf_putc(&b, ' ');
		sx_buf_puts(&b, a->pos[i]);
	}
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return NULL;
	}
	return b.ptr ? sx_buf_detach(&b) : sx_strdup("");
}

/* Whether the option `name` of e (its own, a global or a model option) is
 * a flag, i.e. stored as "1" and given without a value. */
static bool opt_is_flag(const sx_cmd_entry *e, const char *name)
{
	const sx_opt *lists[3];
	size_t l, i;
	lists[0] = e->opts;
	lists[1] = sx_global_opts;
	lists[2] = (e->flags & SX_CMD_TALKS_TO_MODEL) ? sx_model_opts : NULL;
	for (l = 0; l < 3; l++)
		for (i = 0; lists[l] && lists[l][i].name; i++)
			if (strcmp(lists[l][i].name, name) == 0)
				return lists[l][i].type == SX_OPT_FLAG;
	return false;
}

/* The argv of a parsed line, rebuilt for the engine command e: NAME, the
 * positionals, then every option as --name=value (a flag bare), in the
 * order given. A positional that looks like an option goes after "--".
 * NULL-terminated heap array (sx_strv_free); NULL when out of memory. */
static char **args_argv(const sx_cmd_entry *e, const sx_args *a, int *argc)
{
	char **v = sx_calloc(a->npos + a->nvals + 3, sizeof *v);
	bool dashed = false;
	size_t i, n = 0;
	if (!v)
		return NULL;
	for (i = 0; i < a->npos; i++)
		dashed |= a->pos[i][0] == '-' && a->pos[i][1];
	if (!(v[n++] = sx_strdup(e->name)))
		goto oom;
	for (i = 0; i < a->nvals; i++) {
		sx_buf b = SX_BUF_INIT;
		sx_buf_printf(&b, "--%s", a->vals[i].name);
		if (!opt_is_flag(e, a->vals[i].name))
			sx_buf_printf(&b, "=%s", a->vals[i].value);
		if (sx_buf_failed(&b) || !(v[n++] = sx_buf_detach(&b))) {
			sx_buf_release(&b);
			goto oom;
		}
	}
	if (dashed && !(v[n++] = sx_strdup("--")))
		goto oom;
	for (i = 0; i < a->npos; i++)
		if (!(v[n++] = sx_strdup(a->pos[i])))
			goto oom;
	*argc = (int)n;
	return v;
oom:
	sx_strv_free(v);
	return NULL;
}

/* Runs the engine command e with a parsed line as a background job; its
 * output lands on the Output screen (the screen stays where it is). */
static int start_engine(tui_app *app, const sx_cmd_entry *e, const sx_args *args, sx_error *err)
{
	tui_doc *d = tui_output_doc(app->output);
	sx_buf head = SX_BUF_INIT;
	char **argv;
	int argc = 0, i, rc;
	if (!(argv = args_argv(e, args, &argc)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	rc = tui_job_start_cmd(app, argc, argv, true, tui_app_cmd_done, tui_app_cmd_stream, NULL,
			       NULL, err);
	if (!rc) {
		sx_buf_puts(&head, "› :");
		for (i = 0; i < argc; i++)
			sx_buf_printf(&head, "%s%s", i ? " " : "", argv[i]);
		tui_doc_newline(d);
		tui_doc_line(d, TS_PROMPT, sx_buf_cstr(&head));
		tui_docview_end(tui_output_view(app->output));
		tui_app_msg(app, TS_INFO, "%s: running (its output goes to screen 4)", e->name);
	}
	sx_buf_release(&head);
	sx_strv_free(argv);
	return rc;
}

/* Whether the line has an option outside `known` and the global ones:
 * such an option is the engine's business (an export, a batch), so the
 * line goes to the engine command. */
static bool has_other_opts(const sx_args *a, const char *const *known)
{
	size_t i, k;
	for (i = 0; i < a->nvals; i++) {
		bool mine = false;
		for (k = 0; known[k] && !mine; k++)
			mine = strcmp(a->vals[i].name, known[k]) == 0;
		for (k = 0; sx_global_opts[k].name && !mine; k++)
			mine = strcmp(a->vals[i].name, sx_global_opts[k].name) == 0;
		if (!mine)
			return true;
	}
	return false;
}

/* ------------------------------------------------------------ actions */

#define ACTION_CMD(ID, FN)                                                                 \
	static int FN(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)   \
	{                                                                                  \
		(void)ctx, (void)args, (void)res, (void)err;                               \
		tui_app_action(cur_app, ID);                                               \
		return 0;                                                                  \
	}                                                                                  \
	static const sx_cmd_entry e_##FN = {.name = NULL,                                  \
					    .summary = NULL,                               \
					    .flags = SX_CMD_HIDDEN,                        \
					    .max_pos = 0,                                  \
					    .run = FN}

ACTION_CMD(TA_QUIT, a_quit);
ACTION_CMD(TA_COMMAND, a_command);
ACTION_CMD(TA_FOCUS_NEXT, a_focus_next);
ACTION_CMD(TA_FOCUS_PREV, a_focus_prev);
ACTION_CMD(TA_ZOOM, a_zoom);
ACTION_CMD(TA_SCREEN_1, a_screen_1);
ACTION_CMD(TA_SCREEN_2, a_screen_2);
ACTION_CMD(TA_SCREEN_3, a_screen_3);
ACTION_CMD(TA_SCREEN_4, a_screen_4);
ACTION_CMD(TA_SCREEN_5, a_screen_5);
ACTION_CMD(TA_SCREEN_6, a_screen_6);
ACTION_CMD(TA_SCREEN_7, a_screen_7);
ACTION_CMD(TA_SCREEN_8, a_screen_8);
ACTION_CMD(TA_SCREEN_9, a_screen_9);
ACTION_CMD(TA_UP, a_up);
ACTION_CMD(TA_DOWN, a_down);
ACTION_CMD(TA_LEFT, a_left);
ACTION_CMD(TA_RIGHT, a_right);
ACTION_CMD(TA_PAGE_UP, a_page_up);
ACTION_CMD(TA_PAGE_DOWN, a_page_down);
ACTION_CMD(TA_TOP, a_top);
ACTION_CMD(TA_BOTTOM, a_bottom);
ACTION_CMD(TA_SELECT, a_select);
ACTION_CMD(TA_OPEN, a_open);
ACTION_CMD(TA_BACK, a_back);
ACTION_CMD(TA_COPY, a_copy);
ACTION_CMD(TA_HOPS_MORE, a_hops_more);
ACTION_CMD(TA_HOPS_LESS, a_hops_less);
ACTION_CMD(TA_CANCEL, a_cancel);
ACTION_CMD(TA_REDRAW, a_redraw);
ACTION_CMD(TA_REFRESH, a_refresh);
ACTION_CMD(TA_SUSPEND, a_suspend);
ACTION_CMD(TA_NEW_RUN, a_new_run);
ACTION_CMD(TA_UNDO, a_undo);
ACTION_CMD(TA_REVIEW, a_review);
ACTION_CMD(TA_DETAILS, a_details);
ACTION_CMD(TA_TRY, a_try);
ACTION_CMD(TA_GIT_COMMIT, a_git_commit);
ACTION_CMD(TA_SORT, a_sort);

/* The action entries take their names from tui_actions[] (the config
 * names), so keep one table of (action, entry) pairs. */
static sx_cmd_entry action_entries[TA_COUNT_];
static bool action_entries_ready;

static const struct {
	int action;
	const sx_cmd_entry *proto;
} action_protos[] = {
	{TA_QUIT, &e_a_quit},           {TA_COMMAND, &e_a_command},
	{TA_FOCUS_NEXT, &e_a_focus_next}, {TA_FOCUS_PREV, &e_a_focus_prev},
	{TA_ZOOM, &e_a_zoom},           {TA_SCREEN_1, &e_a_screen_1},
	{TA_SCREEN_2, &e_a_screen_2},   {TA_SCREEN_3, &e_a_screen_3},
	{TA_SCREEN_4, &e_a_screen_4},   {TA_SCREEN_5, &e_a_screen_5},
	{TA_SCREEN_6, &e_a_screen_6},   {TA_SCREEN_7, &e_a_screen_7},
	{TA_SCREEN_8, &e_a_screen_8},   {TA_SCREEN_9, &e_a_screen_9},
	{TA_UP, &e_a_up},               {TA_DOWN, &e_a_down},
	{TA_LEFT, &e_a_left},           {TA_RIGHT, &e_a_right},
	{TA_PAGE_UP, &e_a_page_up},     {TA_PAGE_DOWN, &e_a_page_down},
	{TA_TOP, &e_a_top},             {TA_BOTTOM, &e_a_bottom},
	{TA_SELECT, &e_a_select},       {TA_OPEN, &e_a_open},
	{TA_BACK, &e_a_back},           {TA_COPY, &e_a_copy},
	{TA_HOPS_MORE, &e_a_hops_more}, {TA_HOPS_LESS, &e_a_hops_less},
	{TA_CANCEL, &e_a_cancel},       {TA_REDRAW, &e_a_redraw},
	{TA_REFRESH, &e_a_refresh},     {TA_SUSPEND, &e_a_suspend},
	{TA_NEW_RUN, &e_a_new_run},     {TA_UNDO, &e_a_undo},
	{TA_REVIEW, &e_a_review},       {TA_DETAILS, &e_a_details},
	{TA_TRY, &e_a_try},
	{TA_GIT_COMMIT, &e_a_git_commit}, {TA_SORT, &e_a_sort},
};

/* The action entries are filled in at first use (their names and help come
 * from tui_actions[]). */
static void ready_actions(void)
{
	size_t i;
	if (action_entries_ready)
		return;
	for (i = 0; i < sizeof action_protos / sizeof action_protos[0]; i++) {
		int a = action_protos[i].action;
		action_entries[a] = *action_protos[i].proto;
		action_entries[a].name = tui_actions[a].name;
		action_entries[a].summary = tui_actions[a].help;
		action_entries[a].usage = "";
	}
	action_entries_ready = true;
}

/* ------------------------------------------------------------ UI commands */

/* One command's usage on the Output screen. */
static void show_usage(tui_app *app, const sx_cmd_entry *e)
{
	sx_buf b = SX_BUF_INIT;
	sx_cmd_usage(e, &b);
	tui_doc_newline(tui_output_doc(app->output));
	tui_app_output(app, TS_NORMAL, sx_buf_cstr(&b));
	sx_buf_release(&b);
	tui_docview_end(tui_output_view(app->output));
	tui_app_set_screen(app, TUI_SCREEN_OUTPUT);
}

bool tui_cmd_help(tui_app *app, int argc, char **argv)
{
	const sx_cmd_entry *e;
	sx_args a;
	bool help;
	if (argc < 1 || !(e = tui_cmd_lookup(argv[0])))
		return false;
	if (sx_cmd_parse(e, argc - 1, argv + 1, &a, NULL))
		return false; /* the dispatcher reports the error */
	help = sx_args_flag(&a, "help");
	sx_args_release(&a);
	if (help)
		show_usage(app, e);
	return help;
}

/* A usage for the command list: the positionals, with "[options]" for the
 * options an engine usage spells out (:help NAME lists them). */
static const char *short_usage(const char *usage, char *out, size_t n)
{
	const char *cut;
	if (!usage)
		return "";
	cut = strstr(usage, " [-");
	if (!cut)
		cut = strstr(usage, " |");
	if (!cut)
		return usage;
	snprintf(out, n, "%.*s [options]", (int)(cut - usage), usage);
	return out;
}

/* :help: the ? screen; :help commands: every command on the Output screen;
 * :help NAME: one command's usage. */
static int c_help(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	tui_app *app = cur_app;
	const sx_cmd_entry *e;
	sx_buf b = SX_BUF_INIT;
	char u[64];
	size_t i;
	(void)ctx, (void)res;
	if (!args->npos) {
		tui_app_action(app, TA_HELP);
		return 0;
	}
	if (strcmp(args->pos[0], "commands") == 0) {
		tui_doc *d = tui_output_doc(app->output);
		tui_doc_newline(d);
		tui_doc_line(d, TS_HEADER, "commands of the workbench (:NAME)");
		for (i = 0; tui_commands[i]; i++) {
			if (tui_commands[i]->flags & SX_CMD_HIDDEN)
				continue;
			sx_buf_clear(&b);
			sx_buf_printf(&b, "  :%-10s %-22s %s", tui_commands[i]->name,
				      short_usage(tui_commands[i]->usage, u, sizeof u),
				      tui_commands[i]->summary ? tui_commands[i]->summary : "");
			tui_doc_line(d, TS_NORMAL, sx_buf_cstr(&b));
		}
		tui_doc_line(d, TS_HEADER, "engine commands (run as jobs, output here)");
		for (i = 0; sx_commands[i]; i++) {
			if ((sx_commands[i]->flags & SX_CMD_HIDDEN) || tui_cmd_find(sx_commands[i]->name))
				continue;
			sx_buf_clear(&b);
			sx_buf_printf(&b, "  :%-10s %s", sx_commands[i]->name,
				      sx_commands[i]->summary ? sx_commands[i]->summary : "");
			tui_doc_line(d, TS_NORMAL, sx_buf_cstr(&b));
		}
		tui_doc_line(d, TS_HEADER, "key actions (also commands, bindable in [keys])");
		sx_buf_clear(&b);
		for (i = 1; i < TA_COUNT_; i++)
			sx_buf_printf(&b, "%s%s", i > 1 ? " " : "  ", tui_actions[i].name);
		tui_doc_line(d, TS_NORMAL, sx_buf_cstr(&b));
		sx_buf_release(&b);
		tui_docview_end(tui_output_view(app->output));
		tui_app_set_screen(app, TUI_SCREEN_OUTPUT);
		return 0;
	}
	sx_buf_release(&b);
	if (!(e = tui_cmd_lookup(args->pos[0])))
		return sx_error_set(err, SX_ENOTFOUND, "no command '%s'", args->pos[0]);
	show_usage(app, e);
	return 0;
}

/* :theme NAME switches theme for this session; without a name it lists the
 * themes found. */
static int c_theme(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	tui_app *app = cur_app;
	int rc;
	(void)ctx, (void)res;
	if (!args->npos) {
		char **all = tui_theme_list();
		sx_buf b = SX_BUF_INIT;
		size_t i;
		for (i = 0; all && all[i]; i++)
			sx_buf_printf(&b, "%s%s", i ? ", " : "", all[i]);
		tui_app_msg(app, TS_INFO, "theme %s; available: %s", app->theme_name, sx_buf_cstr(&b));
		sx_buf_release(&b);
		sx_strv_free(all);
		return 0;
	}
	if ((rc = tui_app_set_theme(app, args->pos[0], err)))
		return rc;
	if (app->colormode == TUI_COLOR_MONO)
		tui_app_msg(app, TS_INFO, "theme %s (colours are off: NO_COLOR or a mono terminal)",
			    app->theme_name);
	else
		tui_app_msg(app, TS_OK, "theme %s (keep it with [ui] theme = %s in config.ini)",
			    app->theme_name, app->theme_name);
	return 0;
}

static int c_screen(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	static const char *const names[TUI_NSCREENS] = {"map",    "search",     "path",      "output", "view",
							 "agents", "reflection", "artifacts", "history"};
	int i;
	(void)ctx, (void)res;
	for (i = 0; i < TUI_NSCREENS; i++)
		if (strcmp(args->pos[0], names[i]) == 0 ||
		    (args->pos[0][0] == '1' + i && !args->pos[0][1])) {
			tui_app_set_screen(cur_app, i);
			return 0;
		}
	return sx_error_set(err, SX_EUSAGE, "no screen '%s' (map, search, path, output, view, agents, reflection, artifacts, history or 1-9)",
			    args->pos[0]);
}

/* :goto TABLE accepts any reference the catalog resolves (table,
 * schema.table, db.schema.table). */
static int c_goto(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	sx_table *t;
	char id[512];
	(void)ctx, (void)res;
	if (!(t = tui_app_resolve(cur_app, args->pos[0], err)))
		return err->code;
	sx_table_id(t, id, sizeof id);
	tui_app_goto_table(cur_app, id);
	return 0;
}

/* Table ids of a list option's tables (--via, --avoid), resolved as the
 * ':' line resolves tables. NULL-terminated heap array, or NULL when the
 * option is absent (*rc 0) or a table is unknown (*rc set, err filled). */
static char **resolve_ids(const sx_args *args, const char *opt, int *rc, sx_error *err)
{
	char **names = sx_args_list(args, opt);
	size_t i;
	*rc = 0;
	for (i = 0; names && names[i]; i++) {
		sx_table *t;
		char id[512], *dup;
		if (!(t = tui_app_resolve(cur_app, names[i], err))) {
			*rc = err->code ? err->code : SX_ENOTFOUND;
			break;
		}
		sx_table_id(t, id, sizeof id);
		if (!(dup = sx_strdup(id))) {
			*rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			break;
		}
		free(names[i]);
		names[i] = dup;
	}
	if (*rc) {
		sx_strv_free(names);
		return NULL;
	}
	return names;
}

/* :graph [TABLE] centres the ER graph pane on TABLE (the selection when
 * none is named) with `sextant graph`'s --hops and --min-confidence. Any
 * other option (--format, -o, --engine, ...) is an export: the line also
 * runs as the engine command, which writes or prints the graph. */
static int c_graph(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	static const char *const pane_opts[] = {"hops", "min-confidence", NULL};
	tui_app *app = cur_app;
	long hops = sx_args_int(args, "hops", 0);
	double minc = sx_args_double(args, "min-confidence", -1);
	int rc;
	(void)res;
	if (sx_args_get(args, "hops") && hops < 1)
		return sx_error_set(err, SX_EUSAGE, "--hops must be at least 1 (got %ld)", hops);
	if (sx_args_get(args, "min-confidence") && (minc < 0 || minc > 1))
		return sx_error_set(err, SX_EUSAGE, "--min-confidence must be between 0 and 1");
	if (args->npos && (rc = c_goto(ctx, args, res, err)))
		return rc;
	if (hops > 0 || minc >= 0)
		tui_graph_set_view(app->graph, (int)hops, minc);
	tui_app_focus(app, app->graph);
	if (has_other_opts(args, pane_opts))
		return start_engine(app, sx_cmd_find("graph"), args, err);
	return 0;
}

/* :path FROM TO marks both ends and runs the search, with `sextant
 * path`'s options: --max-hops, -k, --via, --avoid, --min-confidence. */
static int c_path(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	tui_app *app = cur_app;
	tui_path_opts o = {0};
	sx_table *a, *b;
	char ia[512], ib[512];
	int rc;
	(void)ctx, (void)res;
	o.max_hops = (int)sx_args_int(args, "max-hops", 0);
	o.k = (int)sx_args_int(args, "k", 3);
	o.min_confidence = sx_args_double(args, "min-confidence", 0.5);
	if (sx_args_get(args, "max-hops") && o.max_hops < 1)
		return sx_error_set(err, SX_EUSAGE, "--max-hops must be at least 1 (got %d)",
				    o.max_hops);
	if (o.k < 1 || o.k > 50)
		return sx_error_set(err, SX_EUSAGE, "-k must be between 1 and 50 (got %d)", o.k);
	if (o.min_confidence < 0 || o.min_confidence > 1)
		return sx_error_set(err, SX_EUSAGE, "--min-confidence must be between 0 and 1");
	if (!(a = tui_app_resolve(app, args->pos[0], err)) ||
	    !(b = tui_app_resolve(app, args->pos[1], err)))
		return err->code;
	o.via = resolve_ids(args, "via", &rc, err);
	if (!rc)
		o.avoid = resolve_ids(args, "avoid", &rc, err);
	if (!rc) {
		sx_table_id(a, ia, sizeof ia);
		sx_table_id(b, ib, sizeof ib);
		snprintf(app->path_from, sizeof app->path_from, "%s", ia);
		snprintf(app->path_to, sizeof app->path_to, "%s", ib);
		tui_path_run_opts(app->path, ia, ib, &o);
		tui_app_focus(app, app->path);
	}
	sx_strv_free(o.via);
	sx_strv_free(o.avoid);
	return rc;
}

/* :search QUERY runs at once under `sextant search`'s filters (-k,
 * --database, --schema, --domain, --pii, --no-pii), which stay for the
 * queries typed after it; :search alone starts typing under the current
 * ones. --batch FILE is the engine's: it runs as the command. */
static int c_search(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	tui_app *app = cur_app;
	tui_search_filter f = {0, NULL, NULL, NULL, -1};
	long k = sx_args_int(args, "k", 0);
	char *q;
	(void)ctx, (void)res;
	if (sx_args_get(args, "batch")) {
		if (args->npos)
			return sx_error_set(err, SX_EUSAGE,
					    "give either a QUERY or --batch FILE, not both");
		return start_engine(app, sx_cmd_find("search"), args, err);
	}
	if (!args->npos) {
		if (args->nvals)
			return sx_error_set(err, SX_EUSAGE,
					    "search: options come with a query (:search QUERY --domain D)");
		tui_app_action(app, TA_SEARCH);
		return 0;
	}
	if (sx_args_get(args, "k") && (k < 1 || k > 1000))
		return sx_error_set(err, SX_EUSAGE, "-k wants a number from 1 to 1000, not %ld", k);
	if (sx_args_flag(args, "pii") && sx_args_flag(args, "no-pii"))
		return sx_error_set(err, SX_EUSAGE, "--pii and --no-pii exclude each other");
	f.k = (size_t)k;
	f.database = sx_args_get(args, "database");
	f.schema = sx_args_get(args, "schema");
	f.domain = sx_args_get(args, "domain");
	f.pii = sx_args_flag(args, "pii") ? 1 : sx_args_flag(args, "no-pii") ? 0 : -1;
	if (f.database && app->cat && !sx_catalog_find_database(app->cat, f.database))
		return sx_error_set(err, SX_ENOTFOUND, "no database '%s' in the workspace",
				    f.database);
	if (!(q = join_pos(args, 0)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	tui_search_set_filter(app->search, &f);
	tui_app_focus(app, app->search);
	tui_search_set_query(app->search, q);
	free(q);
	return 0;
}

/* :filter TEXT sets the tree's filter; :filter alone (and /) filters
 * the focused pane's view, as / does in lazygit and k9s: the tree, the
 * search query, the output, the paths, the runs. */
static int c_filter(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	char *q;
	(void)ctx, (void)res;
	if (!args->npos) {
		tui_app_action(cur_app, TA_FILTER);
		return 0;
	}
	if (!(q = join_pos(args, 0)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	tui_app_focus(cur_app, cur_app->tree);
	tui_tree_set_filter(cur_app->tree, q);
	free(q);
	return 0;
}

/* :mark_path [TABLE]: p, or a table by name. */
static int c_mark(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	sx_table *t;
	char id[512];
	(void)ctx, (void)res;
	if (!args->npos) {
		tui_app_action(cur_app, TA_MARK_PATH);
		return 0;
	}
	if (!(t = tui_app_resolve(cur_app, args->pos[0], err)))
		return err->code;
	sx_table_id(t, id, sizeof id);
	tui_app_mark_path(cur_app, id);
	return 0;
}

/* :accept ID and :reject ID decide by id; without an id they act on the
 * details cursor (a, r). */
static int decide(const sx_args *args, int action, const char *verb, sx_error *err)
{
	if (!args->npos) {
		tui_app_action(cur_app, action);
		return 0;
	}
	return tui_app_decide(cur_app, args->pos[0], verb, err);
}

static int c_accept(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	(void)ctx, (void)res;
	return decide(args, TA_ACCEPT, "accept", err);
}

static int c_reject(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	(void)ctx, (void)res;
	return decide(args, TA_REJECT, "reject", err);
}

/* :keys lists every binding as configured now. */
static int c_keys(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	tui_app *app = cur_app;
	tui_doc *d = tui_output_doc(app->output);
	char keys[128], line[256];
	int a;
	(void)ctx, (void)args, (void)res, (void)err;
	tui_doc_newline(d);
	tui_doc_line(d, TS_HEADER, "key bindings ([keys] in config.ini: action = key key ...)");
	for (a = 1; a < TA_COUNT_; a++) {
		tui_keymap_describe(&app->keymap, a, keys, sizeof keys);
		snprintf(line, sizeof line, "  %-14s %-20s %s", tui_actions[a].name, keys,
			 tui_actions[a].help);
		tui_doc_line(d, TS_NORMAL, line);
	}
	if (app->keymap.nlines)
		tui_doc_line(d, TS_HEADER, "keys bound to command lines ([keys] KEY = LINE)");
	for (a = 0; a < app->keymap.nlines; a++) {
		char name[32];
		sx_buf b = SX_BUF_INIT;
		tui_key_name(app->keymap.lines[a].key, name, sizeof name);
		sx_buf_printf(&b, "  %-14s :%s", name, app->keymap.lines[a].line);
		tui_doc_line(d, TS_NORMAL, sx_buf_cstr(&b));
		sx_buf_release(&b);
	}
	tui_docview_end(tui_output_view(app->output));
	tui_app_set_screen(app, TUI_SCREEN_OUTPUT);
	return 0;
}

static int c_jobs(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	tui_app *app = cur_app;
	size_t i;
	(void)ctx, (void)args, (void)res, (void)err;
	if (!app->jobs.n) {
		tui_app_msg(app, TS_INFO, "no jobs are running");
		return 0;
	}
	tui_doc_newline(tui_output_doc(app->output));
	for (i = 0; i < app->jobs.n; i++) {
		tui_job *j = app->jobs.v[i];
		char line[300];
		snprintf(line, sizeof line, "  #%d %s  %s %lld/%lld  %.1f s%s", j->id, j->title,
			 j->stage, (long long)j->done, (long long)j->total,
			 (double)(sx_now_ns() - j->started_ns) / 1e9, j->cancel ? " (cancelling)" : "");
		tui_doc_line(tui_output_doc(app->output), TS_NORMAL, line);
	}
	tui_app_set_screen(app, TUI_SCREEN_OUTPUT);
	return 0;
}

/* Files for :view and :diff: read whole, with a size limit (this is a
 * viewer, not an editor). */
static int read_text(const char *path, char **out, sx_error *err)
{
	size_t len;
	int rc = sx_file_read(path, out, &len, err);
	if (!rc && len > (8u << 20)) {
		free(*out);
		*out = NULL;
		return sx_error_set(err, SX_EINVAL, "'%s' is too large to view (%zu bytes)", path, len);
	}
	return rc;
}

/* :diff A B: the unified diff of two files, coloured. */
static int c_diff(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	char *a = NULL, *b = NULL;
	sx_buf u = SX_BUF_INIT;
	char title[300];
	int rc;
	(void)ctx, (void)res;
	if ((rc = read_text(args->pos[0], &a, err)) || (rc = read_text(args->pos[1], &b, err)))
		goto done;
	if ((rc = sx_diff_unified(a, b, args->pos[0], args->pos[1], &u))) {
		rc = sx_error_set(err, rc, "cannot compare '%s' and '%s'", args->pos[0], args->pos[1]);
		goto done;
	}
	snprintf(title, sizeof title, "diff %s %s", args->pos[0], args->pos[1]);
	tui_viewer_show_diff(cur_app->viewer, title, sx_buf_cstr(&u));
	tui_app_focus(cur_app, cur_app->viewer);
done:
	free(a);
	free(b);
	sx_buf_release(&u);
	return rc;
}

/* :view FILE: SQL highlighted, or a patch coloured. */
static int c_view(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	char *text = NULL;
	int rc;
	(void)ctx, (void)res;
	if ((rc = read_text(args->pos[0], &text, err)))
		return rc;
	if (sx_str_endswith(args->pos[0], ".diff") || sx_str_endswith(args->pos[0], ".patch"))
		tui_viewer_show_diff(cur_app->viewer, args->pos[0], text);
	else
		tui_viewer_show_sql(cur_app->viewer, args->pos[0], text);
	free(text);
	tui_app_focus(cur_app, cur_app->viewer);
	return 0;
}

/* :chat PROMPT streams an answer from the configured endpoint through the
 * engine's `llm chat`; the built-in provider is no model, so without an
 * endpoint it says so. */
static int c_chat(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	tui_app *app = cur_app;
	char *prompt, *argv[4];
	int rc;
	(void)ctx, (void)res;
	if (!sx_cmd_find("llm"))
		return sx_error_set(err, SX_EUNSUPPORTED,
				    "no LLM client in this build (the 'llm' command is missing)");
	if (!app->llm_ready)
		return sx_error_set(err, SX_EINVAL,
				    "no LLM is configured: set [llm] base_url and model in config.ini "
				    "or SEXTANT_LLM_BASE_URL (see docs/llm.md)");
	if (!(prompt = join_pos(args, 0)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	argv[0] = (char *)"llm";
	argv[1] = (char *)"chat";
	argv[2] = prompt;
	argv[3] = NULL;
	rc = tui_app_exec_argv(app, 3, argv);
	free(prompt);
	return rc;
}

/* After :analyze (or an analysis on open): show the result, reload the
 * model, select the first database analysed. */
static void analyzed(tui_app *app, tui_job *job, int rc, cJSON *res, void **payload,
		     const char *errmsg)
{
	const cJSON *dbs = cJSON_GetObjectItem(res, "databases"), *db;
	tui_app_cmd_done(app, job, rc, res, payload, errmsg);
	if (rc)
		return;
	/* show the first database analysed once the catalog is back */
	if ((db = cJSON_GetArrayItem(dbs, 0)) != NULL)
		snprintf(app->want_select, sizeof app->want_select, "%s",
			 sx_json_str(db, "name", ""));
	tui_app_load_catalog(app);
}

int tui_app_start_analyze(tui_app *app, int argc, char **argv, sx_error *err)
{
	int rc;
	if ((rc = tui_job_start_cmd(app, argc, argv, true, analyzed, tui_app_cmd_stream, NULL, NULL,
				    err)))
		return rc;
	tui_app_msg(app, TS_INFO, "analysing in the background (C-c cancels)");
	return 0;
}

/* :analyze SOURCE... [options]: the engine's analyze, every option
 * passed on, in the background; the catalog reloads after. */
static int c_analyze(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	char **argv;
	int argc = 0, rc;
	(void)ctx, (void)res;
	if (!(argv = args_argv(sx_cmd_find("analyze"), args, &argc)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	rc = tui_app_start_analyze(cur_app, argc, argv, err);
	sx_strv_free(argv);
	return rc;
}

static const sx_cmd_entry e_quit = {.name = "quit", .usage = "", .summary = "leave Sextant",
				    .run = a_quit};
static const sx_cmd_entry e_q = {.name = "q", .usage = "", .summary = "leave Sextant",
				 .flags = SX_CMD_HIDDEN, .run = a_quit};
static const sx_cmd_entry e_help = {.name = "help", .usage = "[commands|COMMAND]",
				    .summary = "keys of the pane; every command; one's usage",
				    .max_pos = 1,
				    .run = c_help};
static const sx_cmd_entry e_theme = {.name = "theme", .usage = "[NAME]",
				     .summary = "switch theme (no name: list them)", .max_pos = 1,
				     .run = c_theme};
static const sx_cmd_entry e_screen = {.name = "screen", .usage = "map|search|path|output|view",
				      .summary = "switch screen", .min_pos = 1, .max_pos = 1,
				      .run = c_screen};
static const sx_cmd_entry e_goto = {.name = "goto", .usage = "TABLE",
				    .summary = "select a table on the map", .min_pos = 1,
				    .max_pos = 1, .run = c_goto};
static const sx_cmd_entry e_filter = {.name = "filter",
                                      .usage = "[TEXT...]",
                                      .summary = "filter this view (with TEXT: the catalog tree)",
                                      .max_pos = SIZE_MAX,
                                      .run = c_filter};
static const sx_cmd_entry e_mark = {.name = "mark_path", .usage = "[TABLE]",
				    .summary = "mark a path start, then its end (p)", .max_pos = 1,
				    .run = c_mark};
static const sx_cmd_entry e_accept = {.name = "accept", .usage = "[ID]",
				      .summary = "accept an inferred relationship", .max_pos = 1,
				      .run = c_accept};
static const sx_cmd_entry e_reject = {.name = "reject", .usage = "[ID]",
				      .summary = "reject an inferred relationship", .max_pos = 1,
				      .run = c_reject};
static const sx_cmd_entry e_keys = {.name = "keys", .usage = "",
				    .summary = "list every key binding", .run = c_keys};
static const sx_cmd_entry e_jobs = {.name = "jobs", .usage = "",
				    .summary = "list running jobs", .run = c_jobs};
static const sx_cmd_entry e_diff = {.name = "diff", .usage = "FILE_A FILE_B",
				    .summary = "show a coloured diff of two files", .min_pos = 2,
				    .max_pos = 2, .run = c_diff};
static const sx_cmd_entry e_view = {.name = "view", .usage = "FILE",
				    .summary = "view a SQL file (highlighted) or a patch",
				    .min_pos = 1, .max_pos = 1, .run = c_view};
static const sx_cmd_entry e_chat = {.name = "chat", .usage = "PROMPT...",
				    .summary = "stream an answer from the configured LLM",
				    .min_pos = 1, .max_pos = SIZE_MAX, .run = c_chat};

/* The commands that wrap an engine command: the engine's entry with the
 * run replaced (and the summary, which says what the screen does), filled
 * in at first use. */
static const struct {
	const char *name;
	const char *summary;
	int (*run)(sx_cmd_ctx *, const sx_args *, cJSON **, sx_error *);
} wrapper_protos[] = {
	{"graph", "centre the ER graph on a table (with -o: also write it)", c_graph},
	{"path", "best join paths between two tables", c_path},
	{"search", "search tables (Russian or English)", c_search},
	{"analyze", "read a database into the workspace (background)", c_analyze},
};
#define NWRAPPERS (sizeof wrapper_protos / sizeof wrapper_protos[0])
static sx_cmd_entry wrappers[NWRAPPERS];

/* UI commands, then the action entries (filled in at first lookup). */
const sx_cmd_entry *const tui_commands[] = {
	&e_quit,   &e_q,      &e_help,  &e_theme, &e_screen, &e_goto,
	&wrappers[0], &wrappers[1], &wrappers[2], &e_filter, &e_mark, &e_accept, &e_reject,
	&e_keys,   &e_jobs,   &e_diff,  &e_view,    &e_chat,  &wrappers[3], NULL,
};

/* The action entries and the wrappers are filled in at first use. */
static void ready(void)
{
	static bool done;
	size_t i;
	ready_actions();
	if (done)
		return;
	for (i = 0; i < NWRAPPERS; i++) {
		const sx_cmd_entry *e = sx_cmd_find(wrapper_protos[i].name);
		/* the engine always has them; a build without one keeps a
		 * bare entry that takes nothing */
		if (e)
			wrappers[i] = *e;
		wrappers[i].name = wrapper_protos[i].name;
		wrappers[i].summary = wrapper_protos[i].summary;
		wrappers[i].run = wrapper_protos[i].run;
		wrappers[i].render = NULL;
	}
	done = true;
}

/* The TUI's table: UI commands, then actions. */
const sx_cmd_entry *tui_cmd_find(const char *name)
{
	size_t i;
	int a;
	ready();
	for (i = 0; tui_commands[i]; i++)
		if (strcmp(tui_commands[i]->name, name) == 0)
			return tui_commands[i];
	for (a = 1; a < TA_COUNT_; a++)
		if (action_entries[a].name && strcmp(action_entries[a].name, name) == 0)
			return &action_entries[a];
	return NULL;
}

/* Every command name, TUI then engine, for completion (duplicates are
 * removed by the caller). */
const char *tui_cmd_name_at(size_t i)
{
	size_t n = 0, k;
	int a;
	ready();
	for (k = 0; tui_commands[k]; k++, n++)
		if (n == i)
			return tui_commands[k]->name;
	for (a = 1; a < TA_COUNT_; a++) {
		if (!action_entries[a].name)
			continue;
		if (n++ == i)
			return action_entries[a].name;
	}
	for (k = 0; sx_commands[k]; k++) {
		if (sx_commands[k]->flags & SX_CMD_HIDDEN)
			continue;
		if (n++ == i)
			return sx_commands[k]->name;
	}
	return NULL;
}

bool tui_cmd_listed(const char *name)
{
	const sx_cmd_entry *e = tui_cmd_lookup(name);
	return e && !(e->flags & SX_CMD_HIDDEN);
}

const sx_cmd_entry *tui_cmd_lookup(const char *name)
{
	const sx_cmd_entry *e = tui_cmd_find(name);
	return e ? e : sx_cmd_find(name);
}
