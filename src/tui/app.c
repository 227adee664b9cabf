/*
 * app.c - the workbench: state, screens and layout, the loop, keys,
 * mouse, messages, the status bar and the help screen.
 *
 * Data flow (tmux and cmus style): keys and mouse arrive on the UI thread
 * (term.c), become actions, and actions go through the command table
 * (tuicmd.c) to the focused pane or to the app. Work that may take time
 * runs as a job (jobs.c) whose events come back through the sx_evq wake
 * fd the loop polls next to stdin. Handlers only change state and mark
 * the app dirty; the loop renders once per iteration: at once after a
 * key (so a keypress costs one frame), at most ~30 times a second for
 * streamed text and progress. Rendering writes the cell grid; term.c
 * copies the changed cells to the terminal.
 *
 * The same app runs headless for tests: no terminal, keys fed by the
 * test, the grid serialised (tests/tui/).
 */
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sextant/search.h>
#include <sextant/workspace.h>

#include "tui_int.h"

#define MIN_W 40
#define MIN_H 12
#define FRAME_NS 33000000ULL /* ~30 redraws a second for streams */

uint64_t tui_now(void)
{
	return sx_now_ns();
}

void tui_app_dirty(tui_app *app)
{
	app->dirty = true;
}

/* The bottom line. Messages often quote names read from a database, so the
 * text is sanitised into one line before it is kept. */
void tui_app_msg(tui_app *app, int style, const char *fmt, ...)
{
	va_list ap;
	char raw[sizeof app->msg];
	sx_buf b = SX_BUF_INIT;
	va_start(ap, fmt);
	vsnprintf(raw, sizeof raw, fmt, ap);
	va_end(ap);
	/* messages quote names from databases: one sanitised line */
	sx_buf_put_sanitized(&b, raw, strlen(raw), false);
	snprintf(app->msg, sizeof app->msg, "%s", sx_buf_cstr(&b));
	sx_buf_release(&b);
	app->msg_style = style;
	app->dirty = true;
}

/* Timers are one-shot and per slot: re-arming a slot moves its deadline,
 * which is how typing debounces the search and the graph. */
void tui_app_timer(tui_app *app, int slot, int ms, void (*fn)(tui_app *app))
{
	app->timers[slot].at = tui_now() + (uint64_t)ms * 1000000ULL;
	if (!app->timers[slot].at)
		app->timers[slot].at = 1;
	app->timers[slot].fn = fn;
}

/* Fires the due timers. A timer's function may arm timers again, so the slot
 * is cleared before the call. */
void tui_app_timers(tui_app *app, uint64_t now)
{
	int i;
	for (i = 0; i < TUI_NTIMERS; i++) {
		struct tui_timer *t = &app->timers[i];
		if (t->at && t->at <= now && t->fn) {
			void (*fn)(tui_app *) = t->fn;
			t->at = 0;
			t->fn = NULL;
			fn(app);
		}
	}
}

/* The earliest deadline, for the poll timeout; 0 when none is armed. */
static uint64_t next_timer(const tui_app *app)
{
	uint64_t best = 0;
	int i;
	for (i = 0; i < TUI_NTIMERS; i++)
		if (app->timers[i].at && (!best || app->timers[i].at < best))
			best = app->timers[i].at;
	return best;
}

/* ------------------------------------------------------------ screens */

static const char *const screen_names[TUI_NSCREENS] = {"Map",    "Search",  "Path",      "Output", "View",
							  "Agents", "Reflect", "Artifacts", "History"};

static tui_screen *cur_screen(tui_app *app)
{
	return &app->screens[app->screen];
}

tui_pane *tui_app_focused(tui_app *app)
{
	tui_screen *s = cur_screen(app);
	return s->npanes ? s->panes[s->focus] : NULL;
}

void tui_app_set_screen(tui_app *app, int screen)
{
	if (screen < 0 || screen >= TUI_NSCREENS)
		return;
	app->screen = screen;
	app->dirty = true;
	/* an empty Search screen takes what is typed next as its query: the
	 * first key after 2 must not be lost to a binding */
	if (screen == TUI_SCREEN_SEARCH && app->search && !tui_search_query(app->search)[0]) {
		app->screens[screen].focus = 0;
		tui_search_set_query(app->search, NULL);
	}
}

/* Focuses a pane wherever it lives, switching to its screen; a zoomed screen
 * zooms the new pane instead. */
void tui_app_focus(tui_app *app, tui_pane *p)
{
	int s, i;
	for (s = 0; s < TUI_NSCREENS; s++)
		for (i = 0; i < app->screens[s].npanes; i++)
			if (app->screens[s].panes[i] == p) {
				app->screen = s;
				app->screens[s].focus = i;
				if (app->screens[s].zoomed >= 0)
					app->screens[s].zoomed = i;
				app->dirty = true;
				return;
			}
}

static void add_pane(tui_app *app, int screen, tui_pane *p)
{
	tui_screen *s = &app->screens[screen];
	if (p && s->npanes < TUI_MAX_PANES)
		s->panes[s->npanes++] = p;
}

/* ------------------------------------------------------------ catalog */

/* UI thread only: the count needs no atomics because workers never touch it;
 * their jobs' arguments are released on the UI thread. */
tui_model *tui_model_ref(tui_model *m)
{
	if (m)
		m->refs++;
	return m;
}

void tui_model_unref(tui_model *m)
{
	if (!m || --m->refs > 0)
		return;
	sx_session_close(m->session);
	free(m);
}

static void model_free(void *p)
{
	tui_model_unref(p);
}

/* Worker, inside sx_session_open: the catalog is loaded, the map and the
 * search are next (in the same snapshot). */
static void catalog_loaded(sx_session *s, void *arg)
{
	tui_job *j = arg;
	tui_model *m = j->fn_arg;
	m->cat = sx_session_catalog(s);
	tui_job_partial(j);
}

/* Worker: the workspace session with its catalog first (the tree can show
 * it), then its map, which takes longer on big schemas, then its search.
 * The three come from one snapshot of the store: a re-analysis that
 * another client commits meanwhile is seen whole or not at all, and the
 * search finds the stored vectors of the catalog shown (it never embeds
 * for itself because the catalog is older than the vectors). The job's
 * arg is the new model: the worker opens the session into it, publishes
 * the catalog (tui_job_partial, from catalog_loaded) and goes on; the UI
 * thread attaches the map when the job is done. A workspace analysed
 * before the map existed has no map: the catalog alone is shown. A search
 * that cannot be opened now (no embedder) is tried again on the first
 * query, which reports why. */
static int load_fn(tui_job *j, void **payload, void (**pfree)(void *), sx_error *err)
{
	tui_model *m = j->fn_arg;
	sx_session_opts o = {0};
	sx_progress prog = {NULL, NULL, &j->cancel};
	int rc;
	o.workspace_dir = j->workspace_dir;
	o.config_path = j->config_path;
	o.map = SX_SESSION_MAP_OPTIONAL;
	o.empty_ok = true;
	o.search = true;
	o.search_optional = true;
	o.progress = &prog;
	o.on_catalog = catalog_loaded;
	o.on_catalog_arg = j;
	(void)payload;
	(void)pfree;
	/* from the partial on the catalog is shared with the UI: read only */
	if ((rc = sx_session_open(&m->session, &o, err)))
		return rc;
	/* prog and the job's cancel flag end with this job */
	sx_session_set_progress(m->session, NULL);
	return 0;
}

/* The catalog part of a load is in (TEV_JOB_PARTIAL): show it now, the map
 * follows. The old model goes once no job holds it. */
static void catalog_arrived(tui_app *app, tui_job *job)
{
	tui_model *old = app->model;
	app->cat_error[0] = 0;
	app->model = tui_model_ref(job->fn_arg);
	app->cat = app->model->cat;
	app->map = NULL;
	/* panes drop their pointers into the old model here */
	tui_tree_catalog_changed(app->tree);
	tui_details_refresh(app->details);
	tui_details_refresh(app->search_details);
	tui_model_unref(old);
	if (app->want_select[0]) {
		tui_tree_select_id(app->tree, app->want_select);
		app->want_select[0] = 0;
	}
	if (!sx_catalog_table_count(app->cat))
		tui_app_msg(app, TS_INFO,
			    "the workspace is empty: ':analyze SOURCE' reads a SQLite file, a "
			    "postgresql:// or clickhouse:// URL, or a .sql DDL file");
	app->dirty = true;
}

/* The load finished: attach the map to the model it belongs to (which may no
 * longer be the app's, if a newer load overtook it). */
static void loaded(tui_app *app, tui_job *job, int rc, cJSON *res, void **payload,
		   const char *errmsg)
{
	tui_model *m = job->fn_arg;
	(void)res;
	app->cat_loading = false;
	if (rc) {
		snprintf(app->cat_error, sizeof app->cat_error, "%s", errmsg);
		tui_app_msg(app, TS_ERROR, "%s", errmsg);
		return;
	}
	(void)payload;
	m->map = sx_session_map(m->session);
	if (app->model == m) {
		app->map = m->map;
		tui_details_refresh(app->details);
		tui_details_refresh(app->search_details);
		/* the graph can be laid out now (again, if the map changed) */
		tui_graph_refresh(app->graph);
		tui_search_kick(app->search);
	}
	app->dirty = true;
}

/* Starts a (re)load of the workspace on a worker; the selection is kept by
 * table id across the swap. */
void tui_app_load_catalog(tui_app *app)
{
	sx_error err = {0};
	tui_model *m = sx_calloc(1, sizeof *m);
	tui_job *j;
	if (!m) {
		tui_app_msg(app, TS_ERROR, "out of memory");
		return;
	}
	m->refs = 1; /* the job's; the app takes its own when the catalog arrives */
	app->cat_loading = true;
	if (tui_job_start_fn(app, "load catalog", load_fn, m, model_free, false, loaded, NULL, &j,
			     &err)) {
		app->cat_loading = false;
		tui_app_msg(app, TS_ERROR, "%s", err.msg);
		return;
	}
	j->on_partial = catalog_arrived;
}

/* Resolves a table reference against the loaded catalog, with the catalog's
 * own rules and messages. */
sx_table *tui_app_resolve(tui_app *app, const char *ref, sx_error *err)
{
	sx_table *t = NULL;
	if (!app->cat) {
		sx_error_set(err, SX_EEMPTY, "the catalog is not loaded yet");
		return NULL;
	}
	if (sx_catalog_resolve(app->cat, ref, &t, err))
		return NULL;
	return t;
}

sx_table *tui_app_selected_table(tui_app *app)
{
	return app->tree ? tui_tree_selected(app->tree) : NULL;
}

/* ------------------------------------------------------------ lifecycle */

/* The provider and model for the status bar, decided as the llm module
 * does (docs/llm.md): "auto" is an OpenAI-compatible endpoint when a base
 * URL is set, else the built-in engines, which are no language model. */
static void llm_label(tui_app *app)
{
	sx_args none = {0};
	const char *prov, *model, *url;
	sx_cmd_apply_model_overrides(app->cfg, &none);
	prov = sx_config_get(app->cfg, "llm", "provider", "auto");
	model = sx_config_get(app->cfg, "llm", "model", "");
	url = sx_config_get(app->cfg, "llm", "base_url", NULL);
	if (strcmp(prov, "builtin") == 0 || (strcmp(prov, "openai") != 0 && !(url && *url)))
		snprintf(app->llm_label, sizeof app->llm_label, "builtin (no llm)");
	else
		snprintf(app->llm_label, sizeof app->llm_label, "%s %s",
			 strcmp(prov, "auto") == 0 ? "openai" : prov, *model ? model : "(no model)");
	app->llm_ready = strcmp(app->llm_label, "builtin (no llm)") != 0;
}

/* Loads and applies a theme. With colours off the mono theme is shown
 * whatever the choice, but the chosen name must still exist. */
int tui_app_set_theme(tui_app *app, const char *name, sx_error *err)
{
	tui_theme th;
	char want[64];
	int rc;
	snprintf(want, sizeof want, "%s", name); /* name may be app->theme_name */
	name = want;
	/* with colours off, every theme shows through mono's attributes */
	if ((rc = tui_theme_load(&th, app->colormode == TUI_COLOR_MONO ? "mono" : name, err)))
		return rc;
	if (app->colormode == TUI_COLOR_MONO && strcmp(name, "mono") != 0) {
		tui_theme chk;
		if ((rc = tui_theme_load(&chk, name, err)))
			return rc;
	}
	app->theme = th;
	snprintf(app->theme_name, sizeof app->theme_name, "%s", name);
	if (app->term)
		tui_term_apply_theme(app->term);
	app->dirty = true;
	return 0;
}

/* Creates the app without a terminal: config, keys, theme, panes and
 * screens. tui_app_run attaches the terminal; tests never do. */
int tui_app_new(tui_app **out, const tui_opts *opts, sx_error *err)
{
	tui_app *app = sx_calloc(1, sizeof *app);
	sx_error kerr = {0};
	const char *nc = getenv("NO_COLOR");
	int rc, i;

	if (!app)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	app->opts = *opts;
	snprintf(app->ws_dir, sizeof app->ws_dir, "%s", opts->workspace_dir ? opts->workspace_dir : "");
	snprintf(app->ws_label, sizeof app->ws_label, "%s", opts->label ? opts->label : app->ws_dir);
	if (opts->config_path && !(app->config_path = sx_strdup(opts->config_path))) {
		free(app);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if ((rc = sx_config_load(&app->cfg, app->config_path, err))) {
		free(app->config_path);
		free(app);
		return rc;
	}
	if ((rc = sx_evq_new(&app->evq, err))) {
		sx_config_free(app->cfg);
		free(app->config_path);
		free(app);
		return rc;
	}
	for (i = 0; i < TUI_NSCREENS; i++) {
		app->screens[i].name = screen_names[i];
		app->screens[i].zoomed = -1;
	}
	app->trace_fd = -1;
	app->no_color = nc && *nc;
	app->mouse = sx_config_get_bool(app->cfg, "ui", "mouse", true);
	app->ascii = sx_config_get_bool(app->cfg, "ui", "ascii", false);
	app->grid.ascii = app->ascii;
	/* headless runs (tests) draw as if on a 256-colour terminal */
	app->colormode = app->no_color ? TUI_COLOR_MONO : TUI_COLOR_256;
	if (tui_keymap_load(&app->keymap, app->cfg, &kerr))
		tui_app_msg(app, TS_ERROR, "%s", kerr.msg);
	if (tui_app_set_theme(app, sx_config_get(app->cfg, "ui", "theme", "dark"), &kerr)) {
		tui_app_msg(app, TS_ERROR, "%s; using dark", kerr.msg);
		tui_app_set_theme(app, "dark", NULL);
	}
	llm_label(app);

	app->tree = tui_pane_tree_new(app);
	app->graph = tui_pane_graph_new(app);
	app->details = tui_pane_details_new(app);
	app->search = tui_pane_search_new(app);
	app->search_details = tui_pane_details_new(app);
	app->path = tui_pane_path_new(app);
	app->pathsql = tui_pane_pathsql_new(app);
	app->output = tui_pane_output_new(app);
	app->viewer = tui_pane_viewer_new(app);
	app->agents = tui_pane_agents_new(app);
	app->reflect = tui_pane_reflect_new(app);
	app->artifacts = tui_pane_artifacts_new(app);
	app->history = tui_pane_history_new(app);
	if (!app->agents || !app->reflect || !app->artifacts || !app->history ||
	    !app->tree || !app->graph || !app->details || !app->search || !app->search_details ||
	    !app->path || !app->pathsql || !app->output || !app->viewer) {
		tui_app_free(app);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	add_pane(app, TUI_SCREEN_MAP, app->tree);
	add_pane(app, TUI_SCREEN_MAP, app->graph);
	add_pane(app, TUI_SCREEN_MAP, app->details);
	add_pane(app, TUI_SCREEN_SEARCH, app->search);
	add_pane(app, TUI_SCREEN_SEARCH, app->search_details);
	add_pane(app, TUI_SCREEN_PATH, app->path);
	add_pane(app, TUI_SCREEN_PATH, app->pathsql);
	add_pane(app, TUI_SCREEN_OUTPUT, app->output);
	add_pane(app, TUI_SCREEN_VIEW, app->viewer);
	add_pane(app, TUI_SCREEN_AGENTS, app->agents);
	add_pane(app, TUI_SCREEN_REFLECT, app->reflect);
	add_pane(app, TUI_SCREEN_ARTIFACTS, app->artifacts);
	add_pane(app, TUI_SCREEN_HISTORY, app->history);

	app->w = opts->w > 0 ? opts->w : 80;
	app->h = opts->h > 0 ? opts->h : 24;
	if (tui_grid_resize(&app->grid, app->w, app->h)) {
		tui_app_free(app);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	tui_cmd_set_app(app);
	app->dirty = true;
	*out = app;
	return 0;
}

static void pane_free(tui_pane *p)
{
	if (!p)
		return;
	if (p->ops->free)
		p->ops->free(p);
	free(p);
}

/* Jobs first: a worker may still read the model or call back into panes
 * until it is joined. */
void tui_app_free(tui_app *app)
{
	if (!app)
		return;
	tui_jobs_join_all(app);
	SX_VEC_FREE(&app->jobs);
	tui_cmdline_shutdown(app);
	pane_free(app->tree);
	pane_free(app->graph);
	pane_free(app->details);
	pane_free(app->search);
	pane_free(app->search_details);
	pane_free(app->path);
	pane_free(app->pathsql);
	pane_free(app->output);
	pane_free(app->viewer);
	pane_free(app->agents);
	pane_free(app->reflect);
	pane_free(app->artifacts);
	pane_free(app->history);
	tui_run_free(app);
	tui_ask_clear(app);
	tui_model_unref(app->model);
	app->model = NULL;
	app->cat = NULL;
	app->map = NULL;
	sx_evq_free(app->evq);
	sx_config_free(app->cfg);
	tui_grid_release(&app->grid);
	free(app->config_path);
	free(app->clip);
	if (tui_cmd_app() == app)
		tui_cmd_set_app(NULL);
	free(app);
}

/* ------------------------------------------------------------ actions */

/* Shows a table on the map from anywhere (search results, relationships,
 * :goto); before the catalog is loaded the request waits. */
void tui_app_goto_table(tui_app *app, const char *table_id)
{
	if (!app->cat) {
		snprintf(app->want_select, sizeof app->want_select, "%s", table_id);
		return;
	}
	if (!tui_tree_select_id(app->tree, table_id)) {
		/* a filter may hide it: clear the filter and try again */
		tui_tree_set_filter(app->tree, "");
		if (!tui_tree_select_id(app->tree, table_id)) {
			tui_app_msg(app, TS_ERROR, "no table '%s' in the catalog", table_id);
			return;
		}
	}
	tui_app_focus(app, app->tree);
}

/* The graph follows the tree's selection, but not at every keystroke of
 * a fast j-j-j: a layout costs more than a frame. */
static void select_timer(tui_app *app)
{
	if (app->sel_id[0])
		tui_graph_center(app->graph, app->sel_id);
}

/* Called by the tree on every move: details at once (cheap, from the model),
 * the graph after 120 ms without moves. */
void tui_app_table_selected(tui_app *app, const char *table_id)
{
	snprintf(app->sel_id, sizeof app->sel_id, "%s", table_id);
	tui_details_show(app->details, table_id);
	tui_app_timer(app, TUI_TIMER_SELECT, 120, select_timer);
	app->dirty = true;
}

static void decided(tui_app *app, tui_job *job, int rc, cJSON *res, void **payload,
		    const char *errmsg)
{
	(void)res, (void)payload;
	if (rc) {
		tui_app_msg(app, TS_ERROR, "%s", errmsg);
		return;
	}
	tui_app_msg(app, TS_OK, "%s: saved", job->title);
	/* the decision changes the map: load it again (the selection stays) */
	tui_app_load_catalog(app);
}

/* A decision is recorded by the engine (the map module persists it by names,
 * so it survives re-analysis); the model is then reloaded. */
static int decide_job(tui_app *app, const char *rel_id, const char *verb, sx_error *err)
{
	char *argv[4] = {(char *)"relations", (char *)verb, (char *)rel_id, NULL};
	if (!sx_cmd_find("relations"))
		return sx_error_set(err, SX_EUNSUPPORTED, "no 'relations' command in this build");
	return tui_job_start_cmd(app, 3, argv, false, decided, NULL, NULL, NULL, err);
}

int tui_app_decide(tui_app *app, const char *rel_id, const char *verb, sx_error *err)
{
	const sx_map_rel *r = app->map ? sx_dbmap_find_rel(app->map, rel_id) : NULL;
	const char *back = !r ? "reset" : r->status == SX_STATUS_ACCEPTED ? "accept"
				      : r->status == SX_STATUS_REJECTED ? "reject"
									: "reset";
	int rc;
	if ((rc = decide_job(app, rel_id, verb, err)))
		return rc;
	/* what u puts back; the oldest is forgotten when the stack is full */
	if (app->nundo == (int)(sizeof app->undo / sizeof app->undo[0])) {
		memmove(app->undo, app->undo + 1, sizeof app->undo - sizeof app->undo[0]);
		app->nundo--;
	}
	snprintf(app->undo[app->nundo].rel_id, sizeof app->undo[0].rel_id, "%s", rel_id);
	snprintf(app->undo[app->nundo].verb, sizeof app->undo[0].verb, "%s", back);
	app->nundo++;
	return 0;
}

void tui_app_undo_decision(tui_app *app)
{
	sx_error err = {0};
	struct tui_undo *u;
	if (!app->nundo) {
		tui_app_msg(app, TS_INFO, "no decision of this session to undo");
		return;
	}
	u = &app->undo[app->nundo - 1];
	if (decide_job(app, u->rel_id, u->verb, &err)) {
		tui_app_msg(app, TS_ERROR, "%s", err.msg);
		return;
	}
	tui_app_msg(app, TS_INFO, "undoing: %s %s", u->verb, u->rel_id);
	app->nundo--;
}

/* Runs [ui] copy_command with the text on its stdin (through sh, so the
 * value may hold arguments and pipes); its output is kept away from the
 * screen. 0 when it ran and exited 0. */
static int copy_with_command(const char *cmd, const char *text, size_t n, sx_error *err)
{
	const char *argv[] = {"/bin/sh", "-c", cmd, NULL};
	sx_proc_opts o = {0};
	sx_proc_result r;
	int rc;
	o.argv = argv;
	o.stdin_data = text;
	o.stdin_len = n;
	o.stdout_max = o.stderr_max = 4096;
	o.timeout_ms = 5000;
	rc = sx_proc_run(&r, &o, err);
	if (!rc && r.exit_code != 0) {
		char *nl;
		if ((nl = strchr(r.err.ptr ? r.err.ptr : "", '\n')) != NULL)
			*nl = 0;
		rc = sx_error_set(err, SX_EIO, "copy_command exited with %d%s%s", r.exit_code,
		                  r.err.ptr && *r.err.ptr ? ": " : "", r.err.ptr ? r.err.ptr : "");
	}
	sx_proc_result_release(&r);
	return rc;
}

/* Whether the tmux we run under keeps what OSC 52 sends (set-clipboard
 * on): asked of tmux itself, since its default (external) drops it. */
static bool tmux_takes_osc52(void)
{
	const char *argv[] = {"tmux", "show-options", "-gv", "set-clipboard", NULL};
	sx_proc_opts o = {0};
	sx_proc_result r;
	bool on;
	o.argv = argv;
	o.stdout_max = 64;
	o.timeout_ms = 1000;
	on = sx_proc_run(&r, &o, NULL) == 0 && r.exit_code == 0 && r.out.ptr &&
	     strncmp(r.out.ptr, "on", 2) == 0;
	sx_proc_result_release(&r);
	return on;
}

/* y. Three ways, the first configured wins:
 *   [ui] copy_command: the text is piped to it (xclip, wl-copy, pbcopy,
 *        tmux load-buffer -): its exit status says whether it worked;
 *   [ui] copy_file: the text is written to that file (mode 0600);
 *   else OSC 52 through the terminal, which also works over SSH. Inside
 *        tmux the sequence is sent plain (tmux keeps it with set-clipboard
 *        on) and wrapped for passthrough (the outer terminal gets it with
 *        allow-passthrough on); unless tmux says set-clipboard is on, the
 *        message says that delivery cannot be confirmed. A terminal
 *        outside tmux never answers either: OSC 52 is fire and forget.
 * The text is kept too: tests and the headless app have no terminal. */
void tui_app_copy(tui_app *app, const char *text)
{
	sx_buf seq = SX_BUF_INIT;
	size_t n = strlen(text);
	bool wrap = sx_config_get_bool(app->cfg, "ui", "osc52_passthrough", false);
	const char *cmd = sx_config_get(app->cfg, "ui", "copy_command", NULL);
	const char *file = sx_config_get(app->cfg, "ui", "copy_file", NULL);
	const char *tmux = getenv("TMUX");
	sx_error err = {0};
	if (!n) {
		tui_app_msg(app, TS_WARN, "nothing to copy");
		return;
	}
	free(app->clip);
	app->clip = sx_strdup(text);
	app->clip_count++;
	if (cmd && *cmd) {
		if (copy_with_command(cmd, text, n, &err))
			tui_app_msg(app, TS_ERROR, "not copied: %s", err.msg);
		else
			tui_app_msg(app, TS_OK, "copied %zu bytes with copy_command", n);
		return;
	}
	if (file && *file) {
		int fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
		bool ok = fd >= 0 && write(fd, text, n) == (ssize_t)n;
		if (fd >= 0 && close(fd) != 0)
			ok = false;
		if (ok)
			tui_app_msg(app, TS_OK, "wrote %zu bytes to %s (copy_file)", n, file);
		else
			tui_app_msg(app, TS_ERROR, "not copied: cannot write %s (copy_file)", file);
		return;
	}
	if (app->term && tui_osc52(text, n, wrap && !(tmux && *tmux), &seq) == 0)
		tui_term_write(app->term, seq.ptr, seq.len);
	if (tmux && *tmux) {
		sx_buf_clear(&seq);
		if (app->term && tui_osc52(text, n, true, &seq) == 0)
			tui_term_write(app->term, seq.ptr, seq.len);
	}
	sx_buf_release(&seq);
	if (tmux && *tmux && !tmux_takes_osc52())
		tui_app_msg(app, TS_WARN,
		            "sent %zu bytes over OSC 52 through tmux; delivery cannot be confirmed "
		            "(tmux: set -g set-clipboard on; or [ui] copy_command)",
		            n);
	else
		tui_app_msg(app, TS_OK, "copied %zu bytes to the clipboard (OSC 52%s)", n,
		            tmux && *tmux ? ", tmux set-clipboard on" : "");
}

/* p: the first mark is the start, the second the end, which runs the path
 * search; a mark after a complete pair starts over. */
void tui_app_mark_path(tui_app *app, const char *table_id)
{
	if (!table_id || !*table_id) {
		tui_app_msg(app, TS_WARN, "select a table first, then press p");
		return;
	}
	if (!app->path_from[0] || app->path_to[0]) {
		snprintf(app->path_from, sizeof app->path_from, "%s", table_id);
		app->path_to[0] = 0;
		/* the message line shows the pending start until p or Esc */
		app->msg[0] = 0;
		app->dirty = true;
		return;
	}
	if (strcmp(app->path_from, table_id) == 0) {
		tui_app_msg(app, TS_WARN, "the path end must differ from its start (%s)", table_id);
		return;
	}
	snprintf(app->path_to, sizeof app->path_to, "%s", table_id);
	tui_path_run(app->path, app->path_from, app->path_to);
	tui_app_focus(app, app->path);
}

void tui_app_output(tui_app *app, int style, const char *text)
{
	tui_doc_append(tui_output_doc(app->output), style, text, strlen(text));
	app->stream_dirty = true;
}

bool tui_app_path_pending(const tui_app *app)
{
	return app->path_from[0] && !app->path_to[0];
}

/* Esc forgets a start marked with p. */
static bool cancel_pending_path(tui_app *app)
{
	if (!tui_app_path_pending(app))
		return false;
	tui_app_msg(app, TS_INFO, "path from %s cancelled", app->path_from);
	app->path_from[0] = 0;
	return true;
}

/* Tab and S-Tab; in a zoomed screen the zoom follows the focus. */
static void focus_step(tui_app *app, int dir)
{
	tui_screen *s = cur_screen(app);
	if (!s->npanes)
		return;
	s->focus = (s->focus + dir + s->npanes) % s->npanes;
	if (s->zoomed >= 0)
		s->zoomed = s->focus;
	app->dirty = true;
}

/* Global handling of an action the focused pane did not take. */
static void global_action(tui_app *app, int act)
{
	tui_screen *s = cur_screen(app);
	tui_job *j;
	switch (act) {
	case TA_QUIT:
		app->quit = true;
		break;
	case TA_HELP:
		app->help_open = true;
		app->help_scroll = 0;
		break;
	case TA_COMMAND:
		tui_cmdline_open(app, ":");
		break;
	case TA_FOCUS_NEXT:
		focus_step(app, 1);
		break;
	case TA_FOCUS_PREV:
		focus_step(app, -1);
		break;
	case TA_ZOOM:
		s->zoomed = s->zoomed >= 0 ? -1 : s->focus;
		break;
	case TA_SCREEN_1:
	case TA_SCREEN_2:
	case TA_SCREEN_3:
	case TA_SCREEN_4:
	case TA_SCREEN_5:
	case TA_SCREEN_6:
	case TA_SCREEN_7:
	case TA_SCREEN_8:
	case TA_SCREEN_9:
		tui_app_set_screen(app, act - TA_SCREEN_1);
		break;
	case TA_SEARCH:
		tui_app_focus(app, app->search);
		tui_search_set_query(app->search, NULL);
		break;
	case TA_CANCEL:
		if (tui_run_cancel(app))
			break;
		if ((j = app->jobs.n ? app->jobs.v[app->jobs.n - 1] : NULL) != NULL) {
			atomic_store(&j->cancel, 1);
			tui_app_msg(app, TS_WARN, "cancelling %s", j->title);
		} else {
			tui_app_msg(app, TS_INFO, "nothing is running");
		}
		break;
	case TA_REDRAW:
		if (app->term)
			tui_term_apply_theme(app->term);
		break;
	case TA_REFRESH:
		if (app->cat_loading)
			tui_app_msg(app, TS_INFO, "the catalog is loading already");
		else
			tui_app_load_catalog(app);
		break;
	case TA_BACK:
		if (s->zoomed >= 0)
			s->zoomed = -1;
		break;
	case TA_NEW_RUN: {
		/* from the map, the run is about the selected table */
		sx_table *t = app->screen == TUI_SCREEN_MAP ? tui_app_selected_table(app) : NULL;
		char id[512] = "", intent[600] = "", *dot;
		if (t && sx_table_id(t, id, sizeof id) == 0) {
			snprintf(intent, sizeof intent, " from %s", t->name);
			if ((dot = strchr(id, '.')) != NULL)
				*dot = 0;
		}
		tui_run_form(app, intent, id[0] ? id : NULL);
		break;
	}
	case TA_UNDO:
		tui_app_undo_decision(app);
		break;
	case TA_REVIEW:
		tui_details_review(app->details);
		tui_app_focus(app, app->details);
		break;
	case TA_TRY:
	case TA_GIT_COMMIT: {
		/* the run's files are on the Artifacts screen: go there and act */
		sx_error err = {0};
		tui_app_set_screen(app, TUI_SCREEN_ARTIFACTS);
		if (act == TA_TRY ? tui_artifacts_try(app->artifacts, &err)
				  : tui_artifacts_commit(app->artifacts, NULL, &err))
			tui_app_msg(app, TS_ERROR, "%s", err.msg);
		break;
	}
	case TA_SORT:
		tui_app_msg(app, TS_INFO, "S sorts the runs on 9 History");
		break;
	case TA_SUSPEND:
		if (app->term)
			tui_term_suspend(app->term);
		break;
	case TA_FILTER:
		/* a screen's side panes filter through its list: the map's
		 * tree, the search query, the path list */
		if (app->screen == TUI_SCREEN_MAP || app->screen == TUI_SCREEN_SEARCH ||
		    app->screen == TUI_SCREEN_PATH) {
			tui_pane *list = app->screen == TUI_SCREEN_MAP      ? app->tree
			                 : app->screen == TUI_SCREEN_SEARCH ? app->search
			                                                    : app->path;
			if (tui_app_focused(app) != list) {
				tui_app_focus(app, list);
				tui_app_action(app, TA_FILTER);
				break;
			}
			tui_app_msg(app, TS_INFO, "/ has nothing to filter in this pane");
		} else {
			tui_app_msg(app, TS_INFO, "/ has nothing to filter in this pane");
		}
		break;
	case TA_MARK_PATH:
		tui_app_msg(app, TS_WARN, "p marks tables: use it on the map, in search or in the graph");
		break;
	case TA_COPY:
		tui_app_msg(app, TS_WARN, "nothing to copy here: y copies SQL (a path's JOIN, a viewed file)");
		break;
	default:
		break;
	}
	app->dirty = true;
}

/* Runs an action: the focused pane first. Called by the action commands. */
void tui_app_action(tui_app *app, int act)
{
	tui_pane *p = tui_app_focused(app);
	/* a half-made path is what Esc undoes first */
	if (act == TA_BACK && cancel_pending_path(app))
		return;
	if (p && p->ops->action && p->ops->action(p, act)) {
		app->dirty = true;
		return;
	}
	global_action(app, act);
}

/* One trace line: "K <ns>" for a key read, "F <ns> <keys>" for a frame
 * on the screen (CLOCK_MONOTONIC, comparable across processes). */
static void trace(tui_app *app, char kind, int n)
{
	char line[64];
	int len;
	if (app->trace_fd < 0)
		return;
	len = snprintf(line, sizeof line, "%c %llu %d\n", kind, (unsigned long long)tui_now(), n);
	if (write(app->trace_fd, line, (size_t)len) < 0)
		app->trace_fd = -1;
}

/* ------------------------------------------------------------ input */

/* The help screen scrolls with the movement keys; any other key closes it. */
static void help_key(tui_app *app, int key)
{
	int act = tui_keymap_lookup(&app->keymap, key);
	if (act == TA_DOWN)
		app->help_scroll++;
	else if (act == TA_UP)
		app->help_scroll = app->help_scroll > 0 ? app->help_scroll - 1 : 0;
	else if (act == TA_PAGE_DOWN)
		app->help_scroll += 10;
	else if (act == TA_PAGE_UP)
		app->help_scroll = app->help_scroll > 10 ? app->help_scroll - 10 : 0;
	else
		app->help_open = false;
	app->dirty = true;
}

/* Every key goes through here: the command line and the help screen take
 * keys first, then the focused pane's text input, then the key bindings,
 * which run commands. */
void tui_app_key(tui_app *app, int key, bool more_pending)
{
	tui_pane *p;
	int act;
	app->dirty = true;
	app->keys_since_frame++;
	trace(app, 'K', key);
	if (app->cmd_active) {
		tui_cmdline_key(app, key, more_pending);
		return;
	}
	if (app->help_open) {
		help_key(app, key);
		return;
	}
	if (key == 127 || key == 8)
		key = TK_BACKSPACE;
	/* Esc and a key typed fast arrive as Alt+key: when Alt+key means
	 * nothing, it was Esc, then the key */
	if ((key & TK_META) && tui_keymap_lookup(&app->keymap, key) == TA_NONE &&
	    !tui_keymap_line(&app->keymap, key)) {
		tui_app_key(app, TK_ESC, true);
		tui_app_key(app, key & ~TK_META, more_pending);
		return;
	}
	app->msg[0] = 0;
	p = tui_app_focused(app);
	if (p && p->ops->key && p->ops->key(p, key))
		return;
	act = tui_keymap_lookup(&app->keymap, key);
	if (tui_keymap_line(&app->keymap, key)) {
		/* [keys] KEY = command line, run as if typed after ':' */
		tui_app_exec_line(app, tui_keymap_line(&app->keymap, key));
	} else if (act != TA_NONE) {
		char *argv[2] = {(char *)tui_actions[act].name, NULL};
		tui_app_exec_argv(app, 1, argv);
	} else if (key != TK_RESIZE) {
		char name[32];
		tui_key_name(key, name, sizeof name);
		tui_app_msg(app, TS_DIM, "%s is not bound here (? lists the keys)", name);
	}
}

/* Mouse events in screen coordinates: tabs switch screens, a click focuses
 * the pane under it and selects there, the wheel scrolls it. */
void tui_app_mouse(tui_app *app, int x, int y, int button)
{
	tui_screen *s = cur_screen(app);
	int i;
	app->dirty = true;
	if (app->cmd_active || app->help_open)
		return;
	if (y == 0 && button == 1) {
		for (i = 0; i < TUI_NSCREENS; i++)
			if (x >= app->tab_x[i] && x < app->tab_x[i + 1])
				tui_app_set_screen(app, i);
		return;
	}
	for (i = 0; i < s->npanes; i++) {
		tui_pane *p = s->panes[i];
		tui_rect r = p->rect;
		if (r.w <= 0 || x < r.x || x >= r.x + r.w || y < r.y || y >= r.y + r.h)
			continue;
		if (button == 1) {
			s->focus = i;
			if (p->ops->click)
				p->ops->click(p, x - r.x - 1, y - r.y - 1);
		} else if (p->ops->wheel) {
			p->ops->wheel(p, button == 4 ? -1 : 1);
		}
		return;
	}
}

void tui_app_resize(tui_app *app, int w, int h)
{
	if (w == app->w && h == app->h)
		return;
	app->w = w;
	app->h = h;
	tui_grid_resize(&app->grid, w, h);
	app->dirty = true;
}

/* ------------------------------------------------------------ rendering */

/* A pane's frame, its content, then its title (panes update the title while
 * drawing). */
static void draw_pane(tui_app *app, tui_pane *p, tui_rect r, bool focused)
{
	tui_grid *g = &app->grid;
	tui_rect inner = {r.x + 1, r.y + 1, r.w - 2, r.h - 2};
	p->rect = r;
	tui_grid_fill(g, r, ' ', TS_NORMAL);
	tui_grid_box(g, r, focused ? TS_BORDER_FOCUS : TS_BORDER, NULL, 0);
	if (inner.w > 0 && inner.h > 0)
		p->ops->draw(p, g, inner, focused);
	/* the title last: panes update it while they draw */
	if (r.w > 6)
		tui_grid_put_trunc(g, r.x + 2, r.y, r.w - 5, focused ? TS_TITLE_FOCUS : TS_TITLE,
				   p->title);
}

/* The default layouts. Three columns for the map from 150 cells, side by
 * side for search and path from 120; one pane at a time below 72 cells or
 * when zoomed. */
static void layout(tui_app *app, tui_rect area)
{
	tui_screen *s = cur_screen(app);
	tui_rect r[TUI_MAX_PANES];
	int i, n = s->npanes, w = area.w, h = area.h;

	for (i = 0; i < TUI_NSCREENS; i++) {
		int k;
		for (k = 0; k < app->screens[i].npanes; k++)
			app->screens[i].panes[k]->rect.w = 0;
	}
	if (!n)
		return;
	/* narrow terminals and zoom show one pane; Tab still cycles */
	if (s->zoomed >= 0 || w < 72 || n == 1) {
		int k = s->zoomed >= 0 ? s->zoomed : s->focus;
		draw_pane(app, s->panes[k], area, true);
		if (n > 1 && area.w > 30) {
			/* the other panes are a Tab away: say so */
			char hint[32];
			int hw;
			snprintf(hint, sizeof hint, " %d/%d Tab ", k + 1, n);
			hw = (int)strlen(hint);
			tui_grid_put(&app->grid, area.x + area.w - hw - 1, area.y, hw, TS_DIM, hint);
		}
		return;
	}
	memset(r, 0, sizeof r);
	switch (app->screen) {
	case TUI_SCREEN_MAP: {
		int tw = w * 30 / 100;
		tw = tw < 26 ? 26 : tw > 48 ? 48 : tw;
		r[0] = (tui_rect){area.x, area.y, tw, h};
		if (w >= 150) {
			int gw = (w - tw) / 2;
			r[1] = (tui_rect){area.x + tw, area.y, gw, h};
			r[2] = (tui_rect){area.x + tw + gw, area.y, w - tw - gw, h};
		} else {
			int gh = h * 45 / 100;
			r[1] = (tui_rect){area.x + tw, area.y, w - tw, gh};
			r[2] = (tui_rect){area.x + tw, area.y + gh, w - tw, h - gh};
		}
		break;
	}
	case TUI_SCREEN_SEARCH:
	case TUI_SCREEN_PATH:
		if (w >= 120) {
			int lw = w * 55 / 100;
			r[0] = (tui_rect){area.x, area.y, lw, h};
			r[1] = (tui_rect){area.x + lw, area.y, w - lw, h};
		} else {
			int th = h * 50 / 100;
			r[0] = (tui_rect){area.x, area.y, w, th};
			r[1] = (tui_rect){area.x, area.y + th, w, h - th};
		}
		break;
	default:
		r[0] = area;
		break;
	}
	for (i = 0; i < n; i++)
		if (r[i].w > 0)
			draw_pane(app, s->panes[i], r[i], i == s->focus);
}

static void draw_tabs(tui_app *app)
{
	tui_grid *g = &app->grid;
	tui_rect bar = {0, 0, app->w, 1};
	int x = 0, i;
	char label[32];
	int full = 0, cut;
	tui_grid_fill(g, bar, ' ', TS_TAB);
	for (i = 0; i < TUI_NSCREENS; i++)
		full += 4 + (int)strlen(screen_names[i]);
	/* too narrow for every name: the other tabs keep three letters, then
	 * only their number */
	cut = full <= app->w ? 0 : 10 + 7 * TUI_NSCREENS <= app->w ? 3 : -1;
	for (i = 0; i < TUI_NSCREENS; i++) {
		int st = i == app->screen ? TS_TAB_ACTIVE : TS_TAB;
		if (cut && i != app->screen && cut < 0)
			snprintf(label, sizeof label, " %d ", i + 1);
		else if (cut && i != app->screen)
			snprintf(label, sizeof label, " %d %.3s ", i + 1, screen_names[i]);
		else
			snprintf(label, sizeof label, " %d %s ", i + 1, screen_names[i]);
		app->tab_x[i] = x;
		x += tui_grid_put(g, x, 0, app->w - x, st, label);
	}
	app->tab_x[TUI_NSCREENS] = x;
}

/* Workspace, catalog size, model, the background job with a progress bar,
 * theme and the help hint, cut to the width. */
static void draw_status(tui_app *app, int y)
{
	tui_grid *g = &app->grid;
	tui_rect bar = {0, y, app->w, 1};
	tui_job *j = tui_jobs_current(app);
	char buf[256], cnt[16];
	int x = 0, w = app->w;
	tui_grid_fill(g, bar, ' ', TS_STATUS);
	x += tui_grid_put(g, x, y, w - x, TS_STATUS_ACCENT, " ");
	x += tui_grid_put_trunc(g, x, y, w / 3, TS_STATUS_ACCENT, app->ws_label);
	if (app->cat) {
		tui_fmt_count(cnt, sizeof cnt, (int64_t)sx_catalog_table_count(app->cat));
		snprintf(buf, sizeof buf, "  %zu db, %s tables", app->cat->ndbs, cnt);
	} else {
		snprintf(buf, sizeof buf, "  %s", app->cat_loading ? "loading…" : "no catalog");
	}
	x += tui_grid_put(g, x, y, w - x, TS_STATUS, buf);
	snprintf(buf, sizeof buf, "  %s", app->llm_label);
	x += tui_grid_put_trunc(g, x, y, w - x > 24 ? 24 : w - x, TS_STATUS, buf);
	if (j && w - x > 16) {
		int bw = 10, i, pct = -1;
		x += tui_grid_put(g, x, y, w - x, TS_STATUS, "  ");
		x += tui_grid_put_trunc(g, x, y, (w - x) / 2, TS_STATUS_ACCENT, j->title);
		if (j->stage[0]) {
			x += tui_grid_put(g, x, y, w - x, TS_STATUS, ": ");
			x += tui_grid_put_trunc(g, x, y, 18, TS_STATUS, j->stage);
		}
		if (j->total > 0 && w - x > bw + 6) {
			pct = (int)(j->done * 100 / j->total);
			pct = pct < 0 ? 0 : pct > 100 ? 100 : pct;
			x++;
			for (i = 0; i < bw; i++) {
				tui_cell *c = tui_grid_at(g, x + i, y);
				if (c) {
					c->ch = tui_line_char(g, i < pct * bw / 100 ? TUI_LBAR_FULL
										   : TUI_LBAR_EMPTY);
					c->style = TS_PROGRESS;
					c->flags = 0;
				}
			}
			x += bw;
			snprintf(buf, sizeof buf, " %d%%", pct);
			x += tui_grid_put(g, x, y, w - x, TS_STATUS, buf);
		}
	} else if (app->jobs.n && w - x > 12) {
		snprintf(buf, sizeof buf, "  %zu job%s", app->jobs.n, app->jobs.n == 1 ? "" : "s");
		x += tui_grid_put(g, x, y, w - x, TS_STATUS, buf);
	}
	snprintf(buf, sizeof buf, " %s  ? help ", app->theme_name);
	if (w - x > (int)strlen(buf) + 1)
		tui_grid_put(g, w - (int)strlen(buf), y, (int)strlen(buf), TS_STATUS, buf);
}

static void help_row(tui_doc *d, const char *keys, const char *help)
{
	char k[160];
	int pad = 18 - tui_strwidth(keys, strlen(keys));
	snprintf(k, sizeof k, "  %s%*s ", keys, pad > 0 ? pad : 0, "");
	tui_doc_newline(d);
	tui_doc_append(d, TS_HELP_KEY, k, strlen(k));
	tui_doc_append(d, TS_NORMAL, help, strlen(help));
	tui_doc_newline(d);
}

static void help_lines(tui_app *app, tui_doc *d)
{
	tui_pane *p = tui_app_focused(app);
	static const int global[] = {TA_HELP,     TA_COMMAND,  TA_FOCUS_NEXT, TA_FOCUS_PREV,
				     TA_ZOOM,     TA_SCREEN_1, TA_SCREEN_2,   TA_SCREEN_3,
				     TA_SCREEN_4, TA_SCREEN_5, TA_SCREEN_6,   TA_SCREEN_7,
				     TA_SCREEN_8, TA_SCREEN_9, TA_NEW_RUN,    TA_SEARCH,     TA_REVIEW, TA_UNDO, TA_CANCEL,
				     TA_REFRESH,  TA_REDRAW,   TA_SUSPEND,    TA_QUIT,
				     TA_NONE};
	static const int none[] = {TA_NONE};
	char keys[128], line[512];
	const int *a;
	size_t i;

	snprintf(line, sizeof line, "%s pane", p ? p->ops->name : "this");
	tui_doc_line(d, TS_HEADER, line);
	for (a = p && p->ops->help ? p->ops->help : none; *a != TA_NONE; a++) {
		tui_keymap_describe(&app->keymap, *a, keys, sizeof keys);
		help_row(d, keys, tui_actions[*a].help);
	}
	for (i = 0; p && p->ops->help_text && p->ops->help_text[i]; i++) {
		tui_doc_append(d, TS_NORMAL, "  ", 2);
		tui_doc_line(d, TS_NORMAL, p->ops->help_text[i]);
	}
	tui_doc_line(d, TS_NORMAL, "");
	tui_doc_line(d, TS_HEADER, "everywhere");
	for (a = global; *a != TA_NONE; a++) {
		tui_keymap_describe(&app->keymap, *a, keys, sizeof keys);
		help_row(d, keys, tui_actions[*a].help);
	}
	tui_doc_line(d, TS_NORMAL, "");
	tui_doc_line(d, TS_DIM, "  :help commands lists every command; Tab completes commands and tables.");
	tui_doc_line(d, TS_DIM, "  Keys are set in config.ini [keys] (docs/tui.md).");
}

/* The ? screen: keys of the focused pane as bound now, then the global ones. */
static void draw_help(tui_app *app)
{
	tui_grid *g = &app->grid;
	tui_doc d;
	tui_docview v = {0};
	int w = app->w - 8 > 76 ? 76 : app->w - 8, h = app->h - 4;
	v.wrap = true;
	tui_rect r, inner;
	int maxscroll;

	if (w < 30)
		w = app->w - 2;
	r = (tui_rect){(app->w - w) / 2, 2, w, h};
	inner = (tui_rect){r.x + 2, r.y + 1, r.w - 4, r.h - 2};
	tui_doc_init(&d);
	help_lines(app, &d);
	maxscroll = (int)tui_doc_nlines(&d) - inner.h;
	if (maxscroll < 0)
		maxscroll = 0;
	if (app->help_scroll > maxscroll)
		app->help_scroll = maxscroll;
	v.top = (size_t)app->help_scroll;
	tui_grid_fill(g, r, ' ', TS_NORMAL);
	tui_grid_box(g, r, TS_BORDER_FOCUS, "keys — Esc closes", TS_TITLE_FOCUS);
	tui_docview_draw(&v, &d, g, inner);
	/* more above or below: say so on the frame, with the keys that scroll */
	if (app->help_scroll < maxscroll && r.w > 24)
		tui_grid_put(g, r.x + r.w - 20, r.y + r.h - 1, 18, TS_TITLE_FOCUS,
		             g->ascii ? " v more: j PgDn " : " ↓ more: j PgDn ");
	if (app->help_scroll > 0 && r.w > 44)
		tui_grid_put(g, r.x + r.w - 20, r.y, 18, TS_TITLE_FOCUS,
		             g->ascii ? " ^ more: k PgUp " : " ↑ more: k PgUp ");
	tui_doc_release(&d);
}

/* Completion candidates from readline, in columns above the status bar. */
static void draw_matches(tui_app *app, int bottom)
{
	tui_grid *g = &app->grid;
	size_t n = 0, i;
	int colw = 0, cols, rows, x, y;
	tui_rect r;
	for (n = 0; app->cmd_matches[n]; n++) {
		int cw = tui_strwidth(app->cmd_matches[n], strlen(app->cmd_matches[n]));
		if (cw > colw)
			colw = cw;
	}
	if (!n)
		return;
	colw += 2;
	if (colw > app->w - 2)
		colw = app->w - 2;
	cols = (app->w - 2) / colw;
	if (cols < 1)
		cols = 1;
	rows = (int)((n + (size_t)cols - 1) / (size_t)cols);
	if (rows > 8)
		rows = 8;
	r = (tui_rect){0, bottom - rows - 2, app->w, rows + 2};
	if (r.y < 1)
		return;
	tui_grid_fill(g, r, ' ', TS_NORMAL);
	tui_grid_box(g, r, TS_BORDER_FOCUS, "completions", TS_TITLE);
	for (i = 0; i < n; i++) {
		int row = (int)(i % (size_t)rows), col = (int)(i / (size_t)rows);
		if (col >= cols)
			break;
		x = 1 + col * colw;
		y = r.y + 1 + row;
		tui_grid_put_trunc(g, x, y, colw - 1, TS_NORMAL, app->cmd_matches[i]);
	}
}

/* One frame into the grid; below the minimum size only a notice. */
void tui_app_render(tui_app *app)
{
	tui_grid *g = &app->grid;
	app->renders++;
	tui_grid_clear(g, TS_NORMAL);
	if (app->w < MIN_W || app->h < MIN_H) {
		char l1[64], l2[64];
		int y = app->h / 2 - 1;
		snprintf(l1, sizeof l1, "terminal too small: %dx%d", app->w, app->h);
		snprintf(l2, sizeof l2, "Sextant needs %dx%d", MIN_W, MIN_H);
		tui_grid_put(g, (app->w - (int)strlen(l1)) / 2 > 0 ? (app->w - (int)strlen(l1)) / 2 : 0,
			     y < 0 ? 0 : y, app->w, TS_WARN, l1);
		tui_grid_put(g, (app->w - (int)strlen(l2)) / 2 > 0 ? (app->w - (int)strlen(l2)) / 2 : 0,
			     y + 1, app->w, TS_DIM, l2);
		return;
	}
	draw_tabs(app);
	layout(app, (tui_rect){0, 1, app->w, app->h - 3});
	draw_status(app, app->h - 2);
	if (app->cmd_active) {
		if (app->cmd_matches)
			draw_matches(app, app->h - 2);
		tui_cmdline_draw(app, g, app->h - 1);
	} else if (!app->msg[0] && tui_app_path_pending(app)) {
		const char *dot = strrchr(app->path_from, '.');
		char hint[700];
		snprintf(hint, sizeof hint, "path from %s… (p on another table, Esc cancels)",
		         dot ? dot + 1 : app->path_from);
		tui_grid_put_trunc(g, 0, app->h - 1, app->w, TS_INFO, hint);
	} else {
		tui_grid_put_trunc(g, 0, app->h - 1, app->w, app->msg_style, app->msg);
	}
	if (app->help_open)
		draw_help(app);
}

/* ------------------------------------------------------------ events */

void tui_app_handle_event(tui_app *app, sx_event *ev)
{
	switch (ev->type) {
	case TEV_JOB_EVENT:
	case TEV_JOB_DONE:
	case TEV_JOB_PARTIAL:
		tui_jobs_event(app, ev);
		break;
	default:
		break;
	}
}

/* Handles every pending event; called when the wake fd is readable. */
static size_t drain(tui_app *app)
{
	sx_event *ev;
	size_t n = 0;
	while ((ev = sx_evq_pop(app->evq)) != NULL) {
		tui_app_handle_event(app, ev);
		sx_event_free(ev);
		n++;
	}
	return n;
}

/* Headless runs: with wait, due time is now, so debounce timers fire at once
 * and jobs are waited for; the tests stay deterministic. */
void tui_app_settle(tui_app *app, bool wait)
{
	int guard = 0;
	for (;;) {
		bool timers = false;
		int i;
		drain(app);
		if (wait) {
			/* headless: time is whatever the test needs it to be */
			for (i = 0; i < TUI_NTIMERS; i++)
				if (app->timers[i].at) {
					app->timers[i].at = 1;
					timers = true;
				}
		}
		tui_app_timers(app, tui_now());
		if (!wait)
			break;
		if (!timers && !tui_jobs_running(app) && !sx_evq_pending(app->evq))
			break;
		if (tui_jobs_running(app)) {
			struct pollfd p = {sx_evq_fd(app->evq), POLLIN, 0};
			poll(&p, 1, 200);
		}
		if (++guard > 100000)
			break;
	}
	drain(app);
}

/* ------------------------------------------------------------ the loop */

static void frame(tui_app *app)
{
	tui_app_render(app);
	tui_term_flush(app->term, &app->grid);
	app->dirty = app->stream_dirty = false;
	app->last_render_ns = tui_now();
	trace(app, 'F', app->keys_since_frame);
	app->keys_since_frame = 0;
}

/* The interactive loop on a terminal: poll stdin, the event fd and the next
 * deadline; render once per iteration. */
int tui_app_run(tui_app *app)
{
	sx_error err = {0};
	int w, h;
	uint64_t t0 = tui_now();
	const char *tp = getenv("SEXTANT_TUI_TRACE");
	int sig = 0;

	if (tp && *tp)
		app->trace_fd = open(tp, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);

	if (tui_term_open(&app->term, app, &err)) {
		fprintf(stderr, "sextant: %s\n", err.msg);
		return err.code == SX_EUSAGE ? 2 : 1;
	}
	/* the terminal decides the colour mode: apply the theme again */
	tui_app_set_theme(app, app->theme_name, NULL);
	tui_term_size(app->term, &w, &h);
	tui_app_resize(app, w, h);
	frame(app);
	sx_info("first frame after %.1f ms", (double)(tui_now() - t0) / 1e6);

	while (!app->quit) {
		struct pollfd fds[2] = {{tui_term_fd(app->term), POLLIN, 0},
					{sx_evq_fd(app->evq), POLLIN, 0}};
		uint64_t now = tui_now(), wake = next_timer(app);
		int timeout = 1000;

		if ((sig = tui_term_take_quit()) != 0)
			break;
		if (tui_term_take_resize()) {
			tui_term_size(app->term, &w, &h);
			tui_app_resize(app, w, h);
		}
		if (app->dirty) {
			frame(app);
			now = tui_now();
		} else if (app->stream_dirty) {
			uint64_t due = app->last_render_ns + FRAME_NS;
			if (now >= due) {
				frame(app);
				now = tui_now();
			} else if (!wake || due < wake) {
				wake = due;
			}
		}
		if (wake)
			timeout = wake <= now ? 0 : (int)((wake - now) / 1000000ULL) + 1;
		if (poll(fds, 2, timeout) < 0) {
			/* EINTR: a signal (resize) - go round */
			continue;
		}
		if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
			if (!tui_term_read(app->term) && (fds[0].revents & (POLLHUP | POLLERR)))
				break; /* the terminal went away */
		}
		if (fds[1].revents & POLLIN)
			drain(app);
		tui_app_timers(app, tui_now());
	}
	tui_cmdline_close(app);
	tui_jobs_join_all(app);
	tui_term_close(app->term);
	app->term = NULL;
	if (app->trace_fd >= 0)
		close(app->trace_fd);
	app->trace_fd = -1;
	/* SIGTERM, SIGHUP (the SSH session dropped), SIGINT: the status a
	 * shell gives a process the signal killed; jobs were cancelled and
	 * joined above, so no write is left half done */
	return sig ? 128 + sig : 0;
}

/* ------------------------------------------------------------ commands */

/* Streamed text of an engine command (tokens, reasoning, info lines) goes to
 * the Output screen as it arrives. */
void tui_app_cmd_stream(tui_app *app, tui_job *job, int kind, const char *text)
{
	int st = kind == SX_STREAM_REASONING ? TS_REASONING : kind == SX_STREAM_INFO ? TS_INFO
										      : TS_NORMAL;
	(void)job;
	tui_doc_append(tui_output_doc(app->output), st, text, strlen(text));
	app->stream_dirty = true;
}

/* The end of an engine command: its rendered result, or its error, on the
 * Output screen and in the message line. */
void tui_app_cmd_done(tui_app *app, tui_job *job, int rc, cJSON *res, void **payload,
		     const char *errmsg)
{
	tui_doc *d = tui_output_doc(app->output);
	(void)payload;
	tui_doc_newline(d);
	if (rc) {
		tui_doc_line(d, TS_ERROR, errmsg);
		tui_app_msg(app, TS_ERROR, "%s", errmsg);
	} else {
		sx_buf b = SX_BUF_INIT;
		sx_cmd_render(job->cmd, res, &b);
		if (b.len)
			tui_doc_append(d, TS_NORMAL, b.ptr, b.len);
		sx_buf_release(&b);
		tui_doc_newline(d);
		tui_app_msg(app, TS_OK, "%s: done", job->title);
	}
	app->stream_dirty = true;
}

/* The dispatcher: the TUI's table first (UI commands and actions, run here),
 * then the engine's (run as a job, output on screen 4). */
int tui_app_exec_argv(tui_app *app, int argc, char **argv)
{
	const sx_cmd_entry *e;
	sx_error err = {0};
	sx_args args;
	int rc;

	if (argc < 1)
		return 0;
	if (tui_cmd_help(app, argc, argv))
		return 0;
	if ((e = tui_cmd_find(argv[0])) != NULL) {
		sx_cmd_ctx ctx = {0};
		cJSON *res = NULL;
		if ((rc = sx_cmd_parse(e, argc - 1, argv + 1, &args, &err))) {
			tui_app_msg(app, TS_ERROR, "%s", err.msg);
			return rc;
		}
		ctx.workspace_dir = app->ws_dir;
		ctx.config = app->cfg;
		ctx.interactive = true;
		rc = e->run(&ctx, &args, &res, &err);
		if (rc)
			tui_app_msg(app, TS_ERROR, "%s", err.msg[0] ? err.msg : "failed");
		else if (res) {
			sx_buf b = SX_BUF_INIT;
			sx_cmd_render(e, res, &b);
			if (b.len) {
				tui_doc_line(tui_output_doc(app->output), TS_PROMPT, "");
				tui_app_output(app, TS_NORMAL, sx_buf_cstr(&b));
				tui_app_set_screen(app, TUI_SCREEN_OUTPUT);
			}
			sx_buf_release(&b);
		}
		cJSON_Delete(res);
		sx_args_release(&args);
		app->dirty = true;
		return rc;
	}
	if (strcmp(argv[0], "generate") == 0 && argc == 1) {
		tui_run_form(app, NULL, NULL);
		return 0;
	}
	if (strcmp(argv[0], "generate") == 0) {
		/* a run is watched on the Agents screen, not printed */
		if ((rc = tui_run_start(app, argc, argv, &err)))
			tui_app_msg(app, TS_ERROR, "%s", err.msg);
		return rc;
	}
	if ((e = sx_cmd_find(argv[0])) != NULL) {
		tui_doc *d = tui_output_doc(app->output);
		char head[600];
		size_t len = 0;
		int i;
		len += (size_t)snprintf(head, sizeof head, "› :");
		for (i = 0; i < argc && len < sizeof head; i++)
			len += (size_t)snprintf(head + len, sizeof head - len, "%s%s", i ? " " : "",
						argv[i]);
		if ((rc = tui_job_start_cmd(app, argc, argv, true, tui_app_cmd_done, tui_app_cmd_stream, NULL, NULL,
					    &err))) {
			tui_app_msg(app, TS_ERROR, "%s", err.msg);
			return rc;
		}
		tui_doc_newline(d);
		tui_doc_line(d, TS_PROMPT, head);
		tui_docview_end(tui_output_view(app->output));
		tui_app_set_screen(app, TUI_SCREEN_OUTPUT);
		return 0;
	}
	tui_app_msg(app, TS_ERROR, "unknown command '%s' (:help lists them, Tab completes)", argv[0]);
	return SX_ENOTFOUND;
}

/* A : line: words split as a shell would (quotes, backslashes), a leading
 * ':' ignored. */
int tui_app_exec_line(tui_app *app, const char *line)
{
	int argc = 0, rc;
	char **argv = NULL;
	sx_error err = {0};
	while (*line == ' ' || *line == ':')
		line++;
	if (!*line)
		return 0;
	if ((rc = sx_cmd_split(line, &argc, &argv, &err))) {
		tui_app_msg(app, TS_ERROR, "%s", err.msg);
		return rc;
	}
	rc = tui_app_exec_argv(app, argc, argv);
	sx_strv_free(argv);
	return rc;
}
