/*
 * state.c - what the workbench remembers of a workspace between runs:
 * the screen, the selected table, the graph's hops, the last search and
 * the theme. Reopening the workspace restores them, as lazygit and k9s
 * come back where they were left.
 *
 * One small JSON file per workspace, under the XDG state directory
 * ($XDG_STATE_HOME/sextant/tui/, else ~/.local/state/sextant/tui/), named
 * by a hash of the workspace directory (which is also written inside, so
 * a collision restores nothing). Nothing is written next to the
 * workspace: it may be shared or read-only. SEXTANT_TUI_STATE=off turns
 * both the restore and the save off (tests and benchmarks that must start
 * the same every time). A missing, unreadable or corrupt file restores
 * nothing and is replaced at the next save; each value is checked on its
 * own, so one bad field costs only itself. UI thread only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

bool tui_state_enabled(void)
{
	const char *v = getenv("SEXTANT_TUI_STATE");
	return !(v && (strcmp(v, "off") == 0 || strcmp(v, "0") == 0 || strcmp(v, "no") == 0));
}

int tui_state_path(const tui_app *app, char *out, size_t n)
{
	const char *base = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	uint64_t h = sx_hash64(app->ws_dir, strlen(app->ws_dir));
	int w;
	/* relative XDG values are invalid (XDG spec): ignored */
	if (base && base[0] == '/')
		w = snprintf(out, n, "%s/sextant/tui/%016llx.json", base, (unsigned long long)h);
	else if (home && *home)
		w = snprintf(out, n, "%s/.local/state/sextant/tui/%016llx.json", home,
		             (unsigned long long)h);
	else
		return SX_EINVAL;
	return (w < 0 || (size_t)w >= n) ? SX_EINVAL : 0;
}

void tui_state_restore(tui_app *app)
{
	char path[1200];
	char *text = NULL;
	cJSON *o;
	const char *s;
	long v;
	if (!tui_state_enabled() || tui_state_path(app, path, sizeof path) ||
	    sx_file_read(path, &text, NULL, NULL))
		return;
	o = cJSON_Parse(text);
	free(text);
	if (!cJSON_IsObject(o) || strcmp(sx_json_str(o, "workspace", ""), app->ws_dir) != 0) {
		if (o)
			sx_warn("workbench: %s is not this workspace's state: ignored", path);
		cJSON_Delete(o);
		return;
	}
	if ((s = sx_json_str(o, "theme", NULL)) != NULL && *s && strlen(s) < sizeof app->theme_name)
		tui_app_set_theme(app, s, NULL); /* a theme removed since: the current stays */
	v = (long)sx_json_int(o, "screen", -1);
	if (v >= 0 && v < TUI_NSCREENS)
		tui_app_set_screen(app, (int)v);
	/* a table given on the command line wins */
	if ((s = sx_json_str(o, "table", NULL)) != NULL && *s && !app->want_select[0] &&
	    strlen(s) < sizeof app->want_select)
		snprintf(app->want_select, sizeof app->want_select, "%s", s);
	v = (long)sx_json_int(o, "hops", 0);
	if (v >= 1 && v <= 6)
		tui_graph_set_hops(app->graph, (int)v);
	if ((s = sx_json_str(o, "search", NULL)) != NULL && *s && strlen(s) < 512)
		tui_search_set_query(app->search, s);
	cJSON_Delete(o);
}

int tui_state_save(tui_app *app, sx_error *err)
{
	char path[1200], dir[1200], *slash, *text;
	cJSON *o;
	int rc;
	if (!tui_state_enabled())
		return 0;
	if (tui_state_path(app, path, sizeof path))
		return sx_error_set(err, SX_EINVAL, "no state directory: set HOME or XDG_STATE_HOME");
	snprintf(dir, sizeof dir, "%s", path);
	if ((slash = strrchr(dir, '/')) != NULL)
		*slash = 0;
	if ((rc = sx_mkdir_p(dir, err)))
		return rc;
	if (!(o = cJSON_CreateObject()))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	cJSON_AddStringToObject(o, "workspace", app->ws_dir);
	cJSON_AddNumberToObject(o, "screen", app->screen);
	cJSON_AddStringToObject(o, "table", app->sel_id);
	cJSON_AddNumberToObject(o, "hops", tui_graph_hops(app->graph));
	cJSON_AddStringToObject(o, "search", tui_search_query(app->search));
	cJSON_AddStringToObject(o, "theme", app->theme_name);
	text = cJSON_Print(o);
	cJSON_Delete(o);
	if (!text)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	rc = sx_file_write_atomic(path, text, strlen(text), err);
	free(text);
	return rc;
}
