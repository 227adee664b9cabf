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
 *     drive their panes, which run the engine command on a worker).
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
	{TA_UP, &e_a_up},               {TA_DOWN, &e_a_down},
	{TA_LEFT, &e_a_left},           {TA_RIGHT, &e_a_right},
	{TA_PAGE_UP, &e_a_page_up},     {TA_PAGE_DOWN, &e_a_page_down},
	{TA_TOP, &e_a_top},             {TA_BOTTOM, &e_a_bottom},
	{TA_SELECT, &e_a_select},       {TA_OPEN, &e_a_open},
	{TA_BACK, &e_a_back},           {TA_COPY, &e_a_copy},
	{TA_HOPS_MORE, &e_a_hops_more}, {TA_HOPS_LESS, &e_a_hops_less},
	{TA_CANCEL, &e_a_cancel},       {TA_REDRAW, &e_a_redraw},
	{TA_REFRESH, &e_a_refresh},     {TA_SUSPEND, &e_a_suspend},
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

/* :help: the ? screen; :help commands: every command on the Output screen;
 * :help NAME: one command's usage. */
static int c_help(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	tui_app *app = cur_app;
	const sx_cmd_entry *e;
	sx_buf b = SX_BUF_INIT;
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
				      tui_commands[i]->usage ? tui_commands[i]->usage : "",
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
	e = tui_cmd_find(args->pos[0]);
	if (!e)
		e = sx_cmd_find(args->pos[0]);
	if (!e) {
		sx_buf_release(&b);
		return sx_error_set(err, SX_ENOTFOUND, "no command '%s'", args->pos[0]);
	}
	sx_cmd_usage(e, &b);
	tui_doc_newline(tui_output_doc(app->output));
	tui_app_output(app, TS_NORMAL, sx_buf_cstr(&b));
	sx_buf_release(&b);
	tui_docview_end(tui_output_view(app->output));
	tui_app_set_screen(app, TUI_SCREEN_OUTPUT);
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
	static const char *const names[TUI_NSCREENS] = {"map", "search", "path", "output", "view"};
	int i;
	(void)ctx, (void)res;
	for (i = 0; i < TUI_NSCREENS; i++)
		if (strcmp(args->pos[0], names[i]) == 0 ||
		    (args->pos[0][0] == '1' + i && !args->pos[0][1])) {
			tui_app_set_screen(cur_app, i);
			return 0;
		}
	return sx_error_set(err, SX_EUSAGE, "no screen '%s' (map, search, path, output, view or 1-5)",
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

static int c_graph(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	int rc;
	if ((rc = c_goto(ctx, args, res, err)))
		return rc;
	tui_app_focus(cur_app, cur_app->graph);
	return 0;
}

/* :path FROM TO marks both ends and runs the search. */
static int c_path(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	tui_app *app = cur_app;
	sx_table *a, *b;
	char ia[512], ib[512];
	(void)ctx, (void)res;
	if (!(a = tui_app_resolve(app, args->pos[0], err)) ||
	    !(b = tui_app_resolve(app, args->pos[1], err)))
		return err->code;
	sx_table_id(a, ia, sizeof ia);
	sx_table_id(b, ib, sizeof ib);
	snprintf(app->path_from, sizeof app->path_from, "%s", ia);
	snprintf(app->path_to, sizeof app->path_to, "%s", ib);
	tui_path_run(app->path, ia, ib);
	tui_app_focus(app, app->path);
	return 0;
}

/* :search QUERY runs at once; :search alone starts typing. */
static int c_search(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	char *q;
	(void)ctx, (void)res;
	if (!args->npos) {
		tui_app_action(cur_app, TA_SEARCH);
		return 0;
	}
	if (!(q = join_pos(args, 0)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	tui_app_focus(cur_app, cur_app->search);
	tui_search_set_query(cur_app->search, q);
	free(q);
	return 0;
}

/* :filter TEXT sets the tree's filter; :filter alone starts typing it. */
static int c_filter(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	char *q;
	(void)ctx, (void)res;
	if (!args->npos) {
		tui_app_focus(cur_app, cur_app->tree);
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

static int c_analyze(sx_cmd_ctx *ctx, const sx_args *args, cJSON **res, sx_error *err)
{
	char **argv = sx_calloc(args->npos + 2, sizeof *argv);
	size_t i;
	int rc;
	(void)ctx, (void)res;
	if (!argv)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	argv[0] = (char *)"analyze";
	for (i = 0; i < args->npos; i++)
		argv[i + 1] = args->pos[i];
	rc = tui_app_start_analyze(cur_app, (int)args->npos + 1, argv, err);
	free(argv);
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
static const sx_cmd_entry e_graph = {.name = "graph", .usage = "TABLE",
				     .summary = "centre the ER graph on a table", .min_pos = 1,
				     .max_pos = 1, .run = c_graph};
static const sx_cmd_entry e_path = {.name = "path", .usage = "FROM TO",
				    .summary = "best join paths between two tables", .min_pos = 2,
				    .max_pos = 2, .run = c_path};
static const sx_cmd_entry e_search = {.name = "search", .usage = "[QUERY...]",
				      .summary = "search tables (Russian or English)",
				      .max_pos = SIZE_MAX, .run = c_search};
static const sx_cmd_entry e_filter = {.name = "filter", .usage = "[TEXT...]",
				      .summary = "filter the catalog tree", .max_pos = SIZE_MAX,
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
static const sx_cmd_entry e_analyze = {.name = "analyze", .usage = "SOURCE...",
				       .summary = "read a database into the workspace (background)",
				       .min_pos = 1, .max_pos = SIZE_MAX, .run = c_analyze};

/* UI commands, then the action entries (filled in at first lookup). */
const sx_cmd_entry *const tui_commands[] = {
	&e_quit,   &e_q,      &e_help,  &e_theme, &e_screen, &e_goto,
	&e_graph,  &e_path,   &e_search, &e_filter, &e_mark,  &e_accept, &e_reject,
	&e_keys,   &e_jobs,   &e_diff,  &e_view,    &e_chat,  &e_analyze, NULL,
};

/* The TUI's table: UI commands, then actions. */
const sx_cmd_entry *tui_cmd_find(const char *name)
{
	size_t i;
	int a;
	ready_actions();
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
	ready_actions();
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
