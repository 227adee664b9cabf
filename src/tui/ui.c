/*
 * ui.c - sx_tui_main: how `sextant` with no command becomes the
 * workbench.
 *
 *   sextant                      opens the last workspace used
 *   sextant PATH|CONN            analyses the source unless the workspace
 *                                has it already, and opens it
 *   sextant ... --workspace DIR  that workspace (else $SEXTANT_WORKSPACE,
 *                                else the last one, else the XDG default)
 *
 * Everything that can fail before the screen starts (bad arguments, no
 * terminal, an unreadable workspace) is reported on stderr with the CLI's
 * exit codes before curses is touched. The analysis itself runs as a
 * background job inside the workbench, with its progress in the status
 * bar. UI thread.
 */
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sextant/commands.h>

#include <sextant/tui.h>
#include "tui_int.h"

static int usage(const char *msg)
{
	fprintf(stderr, "sextant: %s (see 'sextant --help')\n", msg);
	return 2;
}

static void last_path(char *out, size_t n)
{
	char dir[1024];
	out[0] = 0;
	if (sx_path_data_dir(dir, sizeof dir) == 0)
		snprintf(out, n, "%s/last-workspace", dir);
}

static bool is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static void remember(const char *ws)
{
	char path[1100], dir[1024];
	/* a shared workspace's URL is the config's or the flag's to name (and
	 * could hold a password): only directories are remembered */
	if (sx_store_is_url_like(ws) || sx_path_data_dir(dir, sizeof dir) ||
	    sx_mkdir_p(dir, NULL))
		return;
	last_path(path, sizeof path);
	sx_file_write_atomic(path, ws, strlen(ws), NULL);
}

/* "~/x/ws" for the status bar. */
static void label_of(const char *ws, char *out, size_t n)
{
	const char *home = getenv("HOME");
	size_t hl = home ? strlen(home) : 0;
	if (sx_store_is_url_like(ws)) {
		char *shown = sx_dsn_redact(ws);
		snprintf(out, n, "%s", shown ? shown : "postgresql://");
		free(shown);
	} else if (hl > 1 && strncmp(ws, home, hl) == 0 && (ws[hl] == '/' || !ws[hl]))
		snprintf(out, n, "~%s", ws + hl);
	else
		snprintf(out, n, "%s", ws);
}

/* The stored database that came from this source, by resolved file path
 * or by redacted connection string. */
static const char *stored_name(sx_store *st, const char *source)
{
	static char name[256];
	cJSON *list = NULL, *db;
	char want[PATH_MAX], have[PATH_MAX];
	const char *src = sx_str_startswith(source, "sqlite:") ? source + 7 : source;
	bool file = realpath(src, want) != NULL;
	char *red = sx_dsn_redact(source);
	const char *found = NULL;

	if (sx_store_list_sources(st, &list, NULL) == 0) {
		cJSON_ArrayForEach(db, list)
		{
			const char *dsn = sx_json_str(db, "dsn", "");
			const char *p = sx_str_startswith(dsn, "sqlite:") ? dsn + 7 : dsn;
			bool same = file ? (realpath(p, have) && strcmp(have, want) == 0)
					 : (red && strcmp(dsn, red) == 0);
			if (same) {
				snprintf(name, sizeof name, "%s", sx_json_str(db, "name", ""));
				found = name;
				break;
			}
		}
	}
	cJSON_Delete(list);
	free(red);
	return found;
}

static void utf8_locale(bool *ascii)
{
	const char *cs = nl_langinfo(CODESET);
	*ascii = false;
	if (cs && strcmp(cs, "UTF-8") == 0)
		return;
	/* bastion hosts often run with LANG unset, yet every terminal that
	 * reaches them speaks UTF-8: use C.UTF-8 for the characters */
	if (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "en_US.UTF-8"))
		return;
	*ascii = true;
}

int sx_tui_main(int argc, char **argv)
{
	const char *flag_ws = NULL, *config = NULL, *source = NULL;
	char ws[1024], label[1100], hist[1100], data[1024];
	tui_opts o = {0};
	tui_app *app = NULL;
	sx_error err = {0};
	sx_store *st;
	bool ascii;
	int i, rc;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if ((strcmp(a, "--workspace") == 0 || strcmp(a, "-w") == 0) && i + 1 < argc) {
			flag_ws = argv[++i];
		} else if (strncmp(a, "--workspace=", 12) == 0) {
			flag_ws = a + 12;
		} else if (strcmp(a, "--config") == 0 && i + 1 < argc) {
			config = argv[++i];
		} else if (strncmp(a, "--config=", 9) == 0) {
			config = a + 9;
		} else if (a[0] == '-' && a[1]) {
			char m[300];
			snprintf(m, sizeof m, "unknown option '%s'", a);
			return usage(m);
		} else if (!source) {
			source = a;
		} else {
			return usage("the workbench opens one source at a time");
		}
	}
	if (source) {
		sx_source_kind k = sx_source_classify(source);
		const char *f = sx_str_startswith(source, "sqlite:") ? source + 7 : source;
		if ((k == SX_SRC_SQLITE || k == SX_SRC_DDL) && access(f, F_OK) != 0) {
			char m[600];
			snprintf(m, sizeof m, "'%s' is neither a command nor a file", source);
			return usage(m);
		}
	}
	if (!config)
		config = getenv("SEXTANT_CONFIG");

	/* workspace: flag, env, a shared workspace named in the config
	 * ([workspace] url, as for the commands), the last one used, the XDG
	 * default */
	if (!flag_ws && !getenv("SEXTANT_WORKSPACE")) {
		sx_config *c = NULL;
		const char *url;
		if (sx_config_load(&c, config, NULL) == 0 &&
		    (url = sx_config_get(c, "workspace", "url", NULL)) && *url) {
			snprintf(ws, sizeof ws, "%s", url);
			flag_ws = ws;
		}
		sx_config_free(c);
	}
	if (!flag_ws && !getenv("SEXTANT_WORKSPACE")) {
		char lp[1100], *text = NULL;
		last_path(lp, sizeof lp);
		if (lp[0] && sx_file_read(lp, &text, NULL, NULL) == 0) {
			text[strcspn(text, "\n")] = 0;
			if (is_dir(text))
				snprintf(ws, sizeof ws, "%s", text);
			else
				text[0] = 0;
			if (text[0])
				flag_ws = ws;
		}
		free(text);
	}
	if (flag_ws != ws && (rc = sx_store_resolve_dir(flag_ws, ws, sizeof ws, &err))) {
		fprintf(stderr, "sextant: %s\n", err.msg);
		return 1;
	}
	/* the workspace must open before the screen starts: errors belong on
	 * stderr, not in a curses screen that is about to vanish */
	if ((rc = sx_store_open(&st, ws, &err))) {
		fprintf(stderr, "sextant: %s\n", err.msg);
		return 1;
	}
	sx_log_open(NULL, SX_LOG_INFO, NULL);
	if (source && !stored_name(st, source))
		o.open_source = source;
	sx_store_close(st);
	remember(ws);
	utf8_locale(&ascii);

	label_of(ws, label, sizeof label);
	hist[0] = 0;
	if (sx_path_data_dir(data, sizeof data) == 0 && sx_mkdir_p(data, NULL) == 0)
		snprintf(hist, sizeof hist, "%s/history", data);
	o.workspace_dir = ws;
	o.config_path = config;
	o.label = label;
	o.history_path = hist[0] ? hist : NULL;
	if ((rc = tui_app_new(&app, &o, &err))) {
		fprintf(stderr, "sextant: %s\n", err.msg);
		sx_log_close();
		return 1;
	}
	if (ascii)
		app->grid.ascii = app->ascii = true;
	if (source) {
		sx_store *s2;
		const char *name = NULL;
		if (!o.open_source && sx_store_open(&s2, ws, NULL) == 0) {
			name = stored_name(s2, source);
			if (name)
				snprintf(app->want_select, sizeof app->want_select, "%s", name);
			sx_store_close(s2);
		}
	}
	/* the screen, table, hops, search and theme of the last session here */
	tui_state_restore(app);
	tui_app_load_catalog(app);
	if (o.open_source) {
		char *av[2] = {(char *)"analyze", (char *)o.open_source};
		if (tui_app_start_analyze(app, 2, av, &err))
			tui_app_msg(app, TS_ERROR, "%s", err.msg);
	}
	rc = tui_app_run(app);
	if (tui_state_save(app, &err))
		sx_warn("workbench: the state was not saved: %s", err.msg);
	tui_app_free(app);
	tui_sql_shutdown();
	sx_log_close();
	return rc;
}
