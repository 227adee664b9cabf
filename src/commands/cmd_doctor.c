/*
 * cmd_doctor.c - `sextant doctor [--json]`: everything a user would
 * otherwise find out the hard way, one line per check.
 *
 * Each check is ok, warning or error, with what to do. Only an error
 * fails the command (exit 1); a warning is something that works but
 * could work better (no model endpoint configured is a warning: Sextant
 * works without one). The checks:
 *
 *   terminal   UTF-8 locale, colours (TERM, NO_COLOR), size when a TTY
 *   config     syntax, and keys this build does not know, with the
 *              nearest known key ("did you mean"); the known keys are
 *              generated from docs/config.md, the list the config-docs
 *              test checks the code against
 *   workspace  integrity_check, size, schema version
 *   sources    each analysed database and the age of its analysis
 *   model      the endpoint answers /models (no retries: a diagnosis)
 *   data       the lexicons the search needs (where sx_data_dir points)
 *   lexicons   the optional lexical databases search reads when installed
 *              (WordNet, the Russian thesaurus, the English-Russian
 *              dictionary)
 *   python     python3 and pytest, which the validators run
 *
 * The config file is read a second time here with inih itself because
 * sx_config does not enumerate sections; the doctor wants every line.
 * The workspace is never created: a missing one is a warning.
 */
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <ini.h>
#include <sqlite3.h>

#include <sextant/llm.h>
#include <sextant/validate.h>

#include "commands_int.h"

extern char **environ;

/* Analyses older than this get a warning: the source has likely moved on. */
#define STALE_DAYS 30

static const sx_opt doctor_opts[] = {
	{"no-model", 0, SX_OPT_FLAG, NULL, "skip the model endpoint check (no network)"},
	{NULL, 0, 0, NULL, NULL},
};

static void check(cJSON *checks, const char *area, const char *status, const char *hint,
		  const char *fmt, ...) SX_PRINTF(5, 6);

static void check(cJSON *checks, const char *area, const char *status, const char *hint,
		  const char *fmt, ...)
{
	cJSON *o = cJSON_CreateObject();
	sx_buf b = SX_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sx_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	sx_json_add_str(o, "check", area);
	sx_json_add_str(o, "status", status);
	sx_json_add_str(o, "message", sx_buf_cstr(&b));
	if (hint)
		sx_json_add_str(o, "hint", hint);
	sx_buf_release(&b);
	cJSON_AddItemToArray(checks, o);
}

/* ------------------------------------------------------------ terminal */

static void check_terminal(cJSON *checks)
{
	const char *cs = nl_langinfo(CODESET), *term = getenv("TERM"), *nc = getenv("NO_COLOR");
	struct winsize ws;

	if (cs && strcmp(cs, "UTF-8") == 0)
		check(checks, "terminal", "ok", NULL, "locale character set is UTF-8");
	else
		check(checks, "terminal", "warning",
		      "set LANG to a UTF-8 locale (e.g. LANG=C.UTF-8): names in other scripts "
		      "and box drawing need it",
		      "locale character set is %s, not UTF-8", cs && *cs ? cs : "unknown");
	if (nc && *nc)
		check(checks, "terminal", "ok", NULL, "colours off: NO_COLOR is set");
	else if (!term || !*term || strcmp(term, "dumb") == 0)
		check(checks, "terminal", "warning",
		      "set TERM to your terminal's type (e.g. xterm-256color); the workbench "
		      "needs cursor movement",
		      "TERM is %s", term && *term ? "dumb" : "not set");
	else if (strstr(term, "256color") || strstr(term, "direct") || getenv("COLORTERM"))
		check(checks, "terminal", "ok", NULL, "colours: TERM=%s (256 or more)", term);
	else
		check(checks, "terminal", "ok",
		      "for the full themes use a 256-colour TERM (e.g. xterm-256color)",
		      "colours: TERM=%s (maybe 8 or 16 only)", term);
	if (isatty(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
		if (ws.ws_col < 80 || ws.ws_row < 24)
			check(checks, "terminal", "warning",
			      "the workbench wants at least 80x24; enlarge the window",
			      "size %ux%u", ws.ws_col, ws.ws_row);
		else
			check(checks, "terminal", "ok", NULL, "size %ux%u", ws.ws_col, ws.ws_row);
	}
}

/* ------------------------------------------------------------ config */

static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, prev[64], cur[64];
	if (la >= 63 || lb >= 63)
		return 99;
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++) {
		cur[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
			cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
		memcpy(prev, cur, (lb + 1) * sizeof *prev);
	}
	return prev[lb];
}

static const sx__config_section *find_section(const char *name)
{
	size_t i;
	for (i = 0; sx__config_sections[i].name; i++)
		if (strcmp(sx__config_sections[i].name, name) == 0)
			return &sx__config_sections[i];
	return NULL;
}

static bool known_key(const char *section, const char *key)
{
	size_t i;
	for (i = 0; sx__config_keys[i].section; i++)
		if (strcmp(sx__config_keys[i].section, section) == 0 &&
		    strcmp(sx__config_keys[i].key, key) == 0)
			return true;
	return false;
}

struct cfg_scan {
	cJSON *checks;
	int unknown;
	char last_section[128];
};

/* Debian's inih passes no line number to the handler. */
static int on_ini(void *user, const char *section, const char *key, const char *value)
{
	struct cfg_scan *cs = user;
	const sx__config_section *sec = find_section(section);
	char hint[300];
	size_t i, best_d = 99;
	const char *best = NULL, *best_sec = NULL;
	(void)value;

	if (!key) /* inih reports a new section with a NULL key (INI_CALL_HANDLER_ON_NEW_SECTION) */
		return 1;
	if (!sec) {
		if (strcmp(cs->last_section, section) == 0)
			return 1; /* said once per section */
		snprintf(cs->last_section, sizeof cs->last_section, "%s", section);
		for (i = 0; sx__config_sections[i].name; i++) {
			size_t d = edit_distance(section, sx__config_sections[i].name);
			if (d < best_d)
				best_d = d, best = sx__config_sections[i].name;
		}
		if (best && best_d <= 2)
			snprintf(hint, sizeof hint, "did you mean [%s]?", best);
		else
			snprintf(hint, sizeof hint, "remove it; sextant-config(5) lists the sections");
		cs->unknown++;
		check(cs->checks, "config", "warning", hint, "unknown section [%s]", section);
		return 1;
	}
	if (sec->free_form || known_key(section, key))
		return 1;
	/* the nearest key, in this section first, then in the others */
	for (i = 0; sx__config_keys[i].section; i++) {
		size_t d = edit_distance(key, sx__config_keys[i].key);
		if (strcmp(sx__config_keys[i].section, section) != 0)
			d = strcmp(key, sx__config_keys[i].key) == 0 ? 1 : d + 1;
		if (d < best_d)
			best_d = d, best = sx__config_keys[i].key, best_sec = sx__config_keys[i].section;
	}
	if (best && best_d <= 3) {
		if (strcmp(best_sec, section) == 0)
			snprintf(hint, sizeof hint, "did you mean '%s'?", best);
		else
			snprintf(hint, sizeof hint, "did you mean '%s' in [%s]?", best, best_sec);
	} else {
		snprintf(hint, sizeof hint, "remove it; sextant-config(5) lists the keys of [%s]",
			 section);
	}
	cs->unknown++;
	check(cs->checks, "config", "warning", hint, "unknown key '%s' in [%s]", key, section);
	return 1;
}

static void check_config(const sx_cmd_ctx *ctx, cJSON *checks)
{
	const char *path = sx_config_path(ctx->config);
	struct cfg_scan cs = {checks, 0, ""};
	int rc;

	if (!path || access(path, F_OK) != 0) {
		check(checks, "config", "ok", NULL, "no config file%s%s: defaults everywhere",
		      path ? " at " : "", path ? path : "");
		return;
	}
	rc = ini_parse(path, on_ini, &cs);
	if (rc < 0) {
		check(checks, "config", "error", "check the file's permissions", "cannot read %s",
		      path);
		return;
	}
	if (rc > 0) {
		check(checks, "config", "error", "fix that line (sextant-config(5))",
		      "%s: syntax error on line %d", path, rc);
		return;
	}
	if (!cs.unknown)
		check(checks, "config", "ok", NULL, "%s: every key is known", path);
}

/* ------------------------------------------------------------ workspace */

static int64_t iso_age_s(const char *iso, time_t now)
{
	struct tm tm = {0};
	int y, mo, d, h, mi, s;
	if (!iso || sscanf(iso, "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s) != 6)
		return -1;
	tm.tm_year = y - 1900, tm.tm_mon = mo - 1, tm.tm_mday = d;
	tm.tm_hour = h, tm.tm_min = mi, tm.tm_sec = s;
	return (int64_t)(now - timegm(&tm));
}

static void age_text(char *out, size_t n, int64_t s)
{
	if (s < 0)
		snprintf(out, n, "of unknown age");
	else if (s < 120)
		snprintf(out, n, "%lld seconds ago", (long long)s);
	else if (s < 7200)
		snprintf(out, n, "%lld minutes ago", (long long)(s / 60));
	else if (s < 172800)
		snprintf(out, n, "%lld hours ago", (long long)(s / 3600));
	else
		snprintf(out, n, "%lld days ago", (long long)(s / 86400));
}

static void check_sources(sx_store *st, cJSON *checks, cJSON *res)
{
	cJSON *src = NULL, *o, *out = cJSON_AddArrayToObject(res, "sources");
	sx_error err = {0};
	time_t now = time(NULL);

	if (sx_store_list_sources(st, &src, &err)) {
		check(checks, "sources", "error", "run `sextant workspace rebuild`",
		      "cannot list the analysed databases: %s", err.msg);
		return;
	}
	if (!cJSON_GetArraySize(src))
		check(checks, "sources", "warning", "run `sextant analyze SOURCE...`",
		      "nothing analysed yet");
	cJSON_ArrayForEach(o, src)
	{
		const char *name = sx_json_str(o, "name", "?");
		int64_t age = iso_age_s(sx_json_str(o, "analysed_at", NULL), now);
		char ago[64];
		cJSON *s = cJSON_CreateObject();
		sx_json_add_str(s, "name", name);
		sx_json_add_str(s, "kind", sx_json_str(o, "kind", ""));
		sx_json_add_str(s, "analysed_at", sx_json_str(o, "analysed_at", NULL));
		sx_json_add_int(s, "age_s", age);
		sx_json_add_int(s, "tables", sx_json_int(o, "tables", 0));
		cJSON_AddItemToArray(out, s);
		age_text(ago, sizeof ago, age);
		if (age > (int64_t)STALE_DAYS * 86400)
			check(checks, "sources", "warning", "run `sextant analyze` on it again",
			      "%s (%s, %lld tables) analysed %s", name, sx_json_str(o, "kind", ""),
			      (long long)sx_json_int(o, "tables", 0), ago);
		else
			check(checks, "sources", "ok", NULL, "%s (%s, %lld tables) analysed %s", name,
			      sx_json_str(o, "kind", ""), (long long)sx_json_int(o, "tables", 0), ago);
	}
	cJSON_Delete(src);
}

static void check_workspace(const sx_cmd_ctx *ctx, cJSON *checks, cJSON *res)
{
	char dir[1024], path[1100];
	sx_store *st;
	sx_error err = {0};
	sqlite3_stmt *q = NULL;
	struct stat sb;
	int uv = -1;
	bool intact = false;
	char first[256] = "";

	if (sx_store_resolve_dir(ctx->workspace_dir, dir, sizeof dir, &err)) {
		check(checks, "workspace", "error", "set --workspace or SEXTANT_WORKSPACE", "%s",
		      err.msg);
		return;
	}
	sx_json_add_str(res, "workspace", dir);
	snprintf(path, sizeof path, "%s/%s", dir, SX_STORE_FILE);
	if (stat(path, &sb) != 0) {
		check(checks, "workspace", "warning", "run `sextant analyze SOURCE...` to create it",
		      "no workspace in %s yet", dir);
		return;
	}
	if (sx_store_open(&st, dir, &err)) {
		check(checks, "workspace", "error",
		      err.code == SX_ECORRUPT ? "run `sextant workspace rebuild`"
		      : err.code == SX_EBUSY  ? "another sextant is writing it; try again"
					      : "check the directory's permissions",
		      "%s", err.msg);
		return;
	}
	if (sqlite3_prepare_v2(sx_store_db(st), "PRAGMA integrity_check", -1, &q, NULL) == SQLITE_OK &&
	    sqlite3_step(q) == SQLITE_ROW) {
		const char *r = (const char *)sqlite3_column_text(q, 0);
		intact = r && strcmp(r, "ok") == 0;
		snprintf(first, sizeof first, "%s", r ? r : "no answer");
	}
	sqlite3_finalize(q);
	if (sqlite3_prepare_v2(sx_store_db(st), "PRAGMA user_version", -1, &q, NULL) == SQLITE_OK &&
	    sqlite3_step(q) == SQLITE_ROW)
		uv = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	sx_json_add_int(res, "workspace_bytes", (int64_t)sb.st_size);
	sx_json_add_int(res, "schema_version", uv);
	if (intact)
		check(checks, "workspace", "ok", NULL, "%s: integrity ok, %.1f MB, schema version %d",
		      path, (double)sb.st_size / 1e6, uv);
	else
		check(checks, "workspace", "error",
		      "run `sextant workspace rebuild` (it keeps a copy of the damaged file)",
		      "%s: integrity check failed: %s", path, first);
	if (uv != sx_store_schema_version())
		check(checks, "workspace", "warning", "open it with a matching sextant",
		      "schema version %d, this build writes %d", uv, sx_store_schema_version());
	check_sources(st, checks, res);
	sx_store_close(st);
}

/* ------------------------------------------------------------ model */

static void check_model(const sx_cmd_ctx *ctx, cJSON *checks)
{
	char dir[1024];
	sx_llm_opts o = {0};
	sx_llm *llm;
	sx_error err = {0};
	cJSON *models = NULL;

	o.config = ctx->config;
	o.no_retries = true;
	if (sx_store_resolve_dir(ctx->workspace_dir, dir, sizeof dir, NULL) == 0 &&
	    access(dir, W_OK) == 0)
		o.workspace_dir = dir;
	if (sx_llm_new(&llm, &o, &err)) {
		check(checks, "model", "error", "fix [llm] in the config (docs/llm.md)", "%s",
		      err.msg);
		return;
	}
	if (strcmp(sx_llm_provider(llm), "builtin") == 0) {
		check(checks, "model", "warning",
		      "set [llm] base_url and model (or SEXTANT_LLM_BASE_URL) to use a model; "
		      "docs/llm.md has profiles",
		      "model endpoint not configured: the builtin engines answer");
		sx_llm_free(llm);
		return;
	}
	if (sx_llm_models(llm, &models, &err))
		check(checks, "model", "error", "check the URL, the key and the network; `sextant llm ping` shows more",
		      "%s does not answer: %s", sx_llm_base_url(llm), err.msg);
	else
		check(checks, "model", "ok", NULL, "%s answers (%d models)%s%s", sx_llm_base_url(llm),
		      cJSON_GetArraySize(models), *sx_llm_model(llm) ? ", model " : ", no model set",
		      sx_llm_model(llm));
	cJSON_Delete(models);
	sx_llm_free(llm);
}

/* ------------------------------------------------------------ data */

static void check_data(cJSON *checks, cJSON *res)
{
	const char *dir = sx_data_dir();
	char probe[1200];
	sx_json_add_str(res, "data_dir", dir);
	snprintf(probe, sizeof probe, "%s/lexicon/stopwords_en.txt", dir);
	if (access(probe, R_OK) == 0)
		check(checks, "data", "ok", NULL, "lexicons in %s", dir);
	else
		check(checks, "data", "error",
		      "reinstall the package, or set SEXTANT_DATA_DIR to the directory holding lexicon/",
		      "no lexicons in %s: search cannot work", dir);
}

/* ------------------------------------------------------------ lexicons */

/* The optional lexical databases: a missing one is a warning, since
 * search works without it, only with fewer related words. */
static void check_lexicons(cJSON *checks)
{
	sx_search_lexicon lx[SX_SEARCH_LEXICONS];
	size_t i;
	sx_search_lexicons(lx);
	for (i = 0; i < SX_SEARCH_LEXICONS; i++) {
		if (lx[i].present) {
			check(checks, "lexicons", "ok", NULL, "%s in %s", lx[i].name, lx[i].path);
			continue;
		}
		sx_buf hint = SX_BUF_INIT;
		sx_buf_printf(&hint, "apt install %s (or set %s to where it is)", lx[i].package,
			      lx[i].env);
		check(checks, "lexicons", "warning", sx_buf_cstr(&hint),
		      "%s not found at %s: search goes without its %s", lx[i].name, lx[i].path,
		      lx[i].use);
		sx_buf_release(&hint);
	}
}

/* ------------------------------------------------------------ python */

/* Runs argv with stdin, stdout and stderr on /dev/null; the exit status,
 * or -1 when it could not start. */
static int quiet_run(char *const argv[])
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int st = 0, rc;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (rc != 0)
		return -1;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* The interpreter the validators run (sx_validate_python_path), not
 * whatever python3 comes first on PATH: a pyenv shim there may lack the
 * pytest that Debian's /usr/bin/python3 has. */
static void check_python(cJSON *checks)
{
	char found[1024];
	const char *py = sx_validate_python_path(NULL, found, sizeof found);
	char *pt[] = {NULL, "-c", "import pytest", NULL};
	if (!py) {
		check(checks, "python", "warning",
		      "install python3 (apt install python3) to validate generated pipelines",
		      "python3 not found");
		return;
	}
	check(checks, "python", "ok", NULL, "python3 found: %s", py);
	pt[0] = (char *)py;
	if (quiet_run(pt) != 0)
		check(checks, "python", "warning",
		      "install pytest (apt install python3-pytest) to run generated tests",
		      "pytest not found by %s", py);
	else
		check(checks, "python", "ok", NULL, "pytest found");
}

/* ------------------------------------------------------------ command */

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	cJSON *res = cJSON_CreateObject(), *checks, *c;
	int nerr = 0, nwarn = 0;

	checks = res ? cJSON_AddArrayToObject(res, "checks") : NULL;
	if (!checks) {
		cJSON_Delete(res);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	sx_json_add_str(res, "version", SX_VERSION);
	check_terminal(checks);
	check_config(ctx, checks);
	check_data(checks, res);
	check_lexicons(checks);
	check_workspace(ctx, checks, res);
	if (sx_args_flag(args, "no-model"))
		check(checks, "model", "ok", NULL, "not checked (--no-model)");
	else
		check_model(ctx, checks);
	check_python(checks);
	cJSON_ArrayForEach(c, checks)
	{
		const char *s = sx_json_str(c, "status", "");
		nerr += strcmp(s, "error") == 0;
		nwarn += strcmp(s, "warning") == 0;
	}
	sx_json_add_int(res, "errors", nerr);
	sx_json_add_int(res, "warnings", nwarn);
	*result = res;
	if (nerr)
		return sx_error_set(err, SX_ERROR, "doctor: %d check%s failed", nerr,
				    nerr == 1 ? "" : "s");
	return 0;
}

static void render(const cJSON *r, sx_buf *out)
{
	const cJSON *c;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(r, "checks"))
	{
		const char *s = sx_json_str(c, "status", "");
		size_t start;
		sx_buf_puts(out, strcmp(s, "ok") == 0 ? "ok       " : strcmp(s, "warning") == 0 ? "warning  " : "error    ");
		start = out->len;
		sx__put_text(out, sx_json_str(c, "check", ""));
		sx__pad_from(out, start, 10);
		sx__put_text(out, sx_json_str(c, "message", ""));
		if (sx_json_str(c, "hint", NULL)) {
			sx_buf_puts(out, ": ");
			sx__put_text(out, sx_json_str(c, "hint", ""));
		}
		sx_buf_putc(out, '\n');
	}
	sx_buf_printf(out, "%lld error%s, %lld warning%s\n", (long long)sx_json_int(r, "errors", 0),
		      sx_json_int(r, "errors", 0) == 1 ? "" : "s",
		      (long long)sx_json_int(r, "warnings", 0),
		      sx_json_int(r, "warnings", 0) == 1 ? "" : "s");
}

const sx_cmd_entry sx__cmd_doctor = {
	.name = "doctor",
	.usage = "[--json] [--no-model]",
	.summary = "check the terminal, config, workspace, model endpoint and python",
	.help = "One line per check: ok, warning or error, with what to do. Exits 1 when a\n"
		"check is an error, else 0 (warnings do not fail it). Unknown config keys get\n"
		"the nearest known one. With --json: {\"checks\": [{\"check\", \"status\",\n"
		"\"message\", \"hint\"}], \"errors\", \"warnings\", \"sources\", ...}.",
	.flags = SX_CMD_TALKS_TO_MODEL,
	.opts = doctor_opts,
	.min_pos = 0,
	.max_pos = 0,
	.run = run,
	.render = render,
};
