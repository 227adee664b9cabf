/*
 * pane_artifacts.c - the Artifacts screen (8): the run's files as they
 * would be written (select.sql, dags/NAME.py, ...), and a viewer with
 * line numbers, SQL highlighting (tui_sql_to_doc) and the findings of
 * the shown file marked in the gutter (a coloured mark at the line; the
 * findings that name no line are listed above the code).
 *
 * `w` writes every file to a directory with sx_artifacts_write_dir (the
 * same layout as `sextant export`): it asks for the path and, when the
 * directory holds anything, asks again before writing over it. `y` copies
 * the shown file over OSC 52 and warns past ~100 KB, which many terminals
 * (and tmux) drop silently.
 *
 * `T` tries the run's pipeline on a sample: `pipeline try ID` runs as a
 * job (C-c cancels it, and the command drops its scratch objects), and
 * its report takes the viewer's place: the steps with their numbers, then
 * the findings. `G` commits the files to a git repository the user names
 * (`export ID DIR --git`, as a job): the path is asked for and remembered
 * while the workbench runs, and when files the run writes exist there
 * already it asks before writing over them. UI thread only.
 */
#include <dirent.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/agents.h>

#include "tui_int.h"

enum { ASK_NONE = 0, ASK_PATH, ASK_OVERWRITE, ASK_GIT_PATH, ASK_GIT_OVERWRITE };
enum { OSC52_WARN_BYTES = 100000 };

typedef struct {
	tui_list list;
	tui_doc doc;
	tui_docview view;
	int gen;
	size_t shown; /* +1 */
	int ask;
	tui_input in;
	char dir[512];
	/* try on a sample */
	int try_job;   /* the running `pipeline try`, 0: none */
	bool show_try; /* the viewer shows the report, not the file */
	tui_doc try_doc;
	tui_docview try_view;
	/* git commit */
	int git_job;
	tui_input git_in;
	char git_dir[512]; /* the repository named last (this session) */
	char git_existing[160];
} art_st;

/* Stored runs (`run show`) keep every iteration's artifacts: the last
 * iteration's are the ones the run ended on. */
bool tui_run_artifact_shown(const cJSON *run, const cJSON *artifact)
{
	const cJSON *a;
	int64_t best = 0;
	if (!cJSON_GetObjectItem(artifact, "iteration"))
		return true;
	cJSON_ArrayForEach(
	    a, cJSON_GetObjectItem(run, "artifacts")) if (sx_json_int(a, "iteration", 0) > best)
	    best = sx_json_int(a, "iteration", 0);
	return sx_json_int(artifact, "iteration", 0) == best;
}

/* A stored run keeps the findings of every iteration: those of the
 * iteration the artifacts shown come from count here. */
static bool finding_shown(const cJSON *run, const cJSON *f)
{
	const cJSON *a;
	int64_t best = 0;
	if (!cJSON_GetObjectItem(f, "iteration"))
		return true;
	cJSON_ArrayForEach(
	    a, cJSON_GetObjectItem(run, "artifacts")) if (sx_json_int(a, "iteration", 0) > best)
	    best = sx_json_int(a, "iteration", 0);
	return !best || sx_json_int(f, "iteration", 0) == best;
}

static const cJSON *nth_artifact(tui_app *app, size_t n)
{
	const cJSON *run = tui_run_result(app), *a;
	size_t i = 0;
	cJSON_ArrayForEach(
	    a, cJSON_GetObjectItem(run, "artifacts")) if (tui_run_artifact_shown(run, a) &&
	                                                  i++ == n) return a;
	return NULL;
}

static size_t count_artifacts(tui_app *app)
{
	size_t n = 0;
	while (nth_artifact(app, n))
		n++;
	return n;
}

static void sync(tui_pane *p);

/* The artifacts shown (after a sync with the run). */
static size_t st_count(tui_pane *p)
{
	sync(p);
	return ((art_st *)p->st)->list.n;
}

/* The file an artifact becomes under the export directory (the layout of
 * sx_artifacts_write_dir). */
static void file_name(const cJSON *a, char *out, size_t n)
{
	int k = sx_artifact_kind_parse(sx_json_str(a, "kind", ""));
	sx_artifact art = {.kind = (sx_artifact_kind)k, .name = (char *)sx_json_str(a, "name", "")};
	if (k < 0 || sx_artifact_rel_path(&art, out, n))
		snprintf(out, n, "%s.%s", sx_json_str(a, "name", "artifact"),
		         sx_json_str(a, "kind", ""));
}

static int sev_style(const char *sev)
{
	return strcmp(sev, "error") == 0     ? TS_ERROR
	       : strcmp(sev, "warning") == 0 ? TS_WARN
	                                     : TS_INFO;
}

static void build_doc(tui_app *app, art_st *st, const cJSON *a)
{
	const cJSON *f;
	const char *lang = sx_json_str(a, "lang", ""), *content = sx_json_str(a, "content", "");
	char line[512];
	tui_doc_clear(&st->doc);
	memset(&st->view, 0, sizeof st->view);
	st->view.numbers = true;
	if (!a)
		return;
	if (strcmp(lang, "python") && strcmp(lang, "markdown"))
		tui_sql_to_doc(&st->doc, content);
	else
		tui_doc_append(&st->doc, TS_NORMAL, content, strlen(content));
	tui_doc_newline(&st->doc);
	/* findings without a line go under the code, numbered past its end */
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(tui_run_result(app), "findings"))
	{
		if (strcmp(sx_json_str(f, "artifact", ""), sx_json_str(a, "kind", "")) ||
		    sx_json_int(f, "line", 0) > 0 || !finding_shown(tui_run_result(app), f))
			continue;
		snprintf(line, sizeof line, "# %s %s: %s", sx_json_str(f, "severity", ""),
		         sx_json_str(f, "rule", ""), sx_json_str(f, "message", ""));
		tui_doc_line(&st->doc, sev_style(sx_json_str(f, "severity", "")), line);
	}
}

static void sync(tui_pane *p)
{
	art_st *st = p->st;
	int gen = tui_run_generation(p->app);
	if (gen != st->gen) {
		st->gen = gen;
		st->list.n = count_artifacts(p->app);
		st->list.sel = st->list.top = 0;
		st->shown = 0;
	}
	if (st->list.n && st->shown != st->list.sel + 1) {
		st->shown = st->list.sel + 1;
		build_doc(p->app, st, nth_artifact(p->app, st->list.sel));
	}
}

/* Marks the gutter of the rows whose line has a finding (code view: one
 * row per line, from view.top). */
static void mark_findings(tui_pane *p, tui_grid *g, tui_rect r, const cJSON *a)
{
	art_st *st = p->st;
	const cJSON *f;
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(tui_run_result(p->app), "findings"))
	{
		int64_t ln = sx_json_int(f, "line", 0);
		long row;
		if (ln <= 0 || strcmp(sx_json_str(f, "artifact", ""), sx_json_str(a, "kind", "")) ||
		    !finding_shown(tui_run_result(p->app), f))
			continue;
		row = (long)(ln - 1) - (long)st->view.top;
		if (row >= 0 && row < r.h)
			tui_grid_put(g, r.x, r.y + (int)row, 1,
			             sev_style(sx_json_str(f, "severity", "")), "●");
	}
}

static void art_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	art_st *st = p->st;
	int x = r.x + 1, w = r.w - 2, i, lw, lh;
	char buf[600];
	tui_rect code;
	(void)focused;
	sync(p);
	snprintf(p->title, sizeof p->title, "Artifacts");
	if (w < 4 || r.h < 1)
		return;
	if (st->ask) {
		tui_grid_fill(g, (tui_rect){r.x, r.y, r.w, 1}, ' ', TS_INPUT);
		if (st->ask == ASK_PATH || st->ask == ASK_GIT_PATH) {
			bool git = st->ask == ASK_GIT_PATH;
			int pw = tui_grid_put(g, x, r.y, w, TS_PROMPT,
			                      git ? "commit to git repository: " : "write to: ");
			int cx = tui_input_draw(git ? &st->git_in : &st->in, g, x + pw, r.y, w - pw,
			                        TS_INPUT);
			g->cur_x = cx, g->cur_y = r.y, g->cur_vis = true;
		} else if (st->ask == ASK_GIT_OVERWRITE) {
			snprintf(buf, sizeof buf, "%s holds %s: write over and commit? y/n",
			         st->git_dir, st->git_existing);
			tui_grid_put_trunc(g, x, r.y, w, TS_WARN, buf);
		} else {
			snprintf(buf, sizeof buf, "%s is not empty: write over its files? y/n",
			         st->dir);
			tui_grid_put_trunc(g, x, r.y, w, TS_WARN, buf);
		}
		r.y++, r.h--;
	}
	if (!st->list.n) {
		tui_grid_put_trunc(
		    g, x, r.y, w, TS_DIM,
		    tui_run_result(p->app)
		        ? "this run made no artifacts"
		        : "no run yet: :generate INTENT, or Enter on a run in 9 History");
		return;
	}
	/* the list beside the code when there is room, above it otherwise */
	lw = r.w >= 70 ? 26 : r.w;
	lh = lw == r.w ? ((int)st->list.n < r.h / 3 ? (int)st->list.n : r.h / 3) : r.h;
	if (lh < 1)
		lh = 1;
	tui_list_scroll(&st->list, lh);
	for (i = 0; i < lh && st->list.top + (size_t)i < st->list.n; i++) {
		size_t k = st->list.top + (size_t)i;
		const cJSON *a = nth_artifact(p->app, k);
		int sty = k == st->list.sel ? TS_SELECTED : TS_NORMAL;
		file_name(a, buf, sizeof buf);
		if (k == st->list.sel)
			tui_grid_fill(g, (tui_rect){r.x, r.y + i, lw, 1}, ' ', sty);
		tui_grid_put_trunc(g, x, r.y + i, lw - 2, sty, buf);
	}
	if (lw == r.w) {
		if (r.h - lh < 2)
			return;
		tui_grid_hline(g, r.x, r.y + lh, r.w, TS_BORDER);
		code = (tui_rect){r.x, r.y + lh + 1, r.w, r.h - lh - 1};
	} else {
		tui_grid_vline(g, r.x + lw, r.y, r.h, TS_BORDER);
		code = (tui_rect){r.x + lw + 1, r.y, r.w - lw - 1, r.h};
	}
	if (st->show_try) {
		tui_docview_draw(&st->try_view, &st->try_doc, g, code);
		return;
	}
	tui_docview_draw(&st->view, &st->doc, g, code);
	mark_findings(p, g, code, nth_artifact(p->app, st->list.sel));
}

/* ------------------------------------------------------------ try */

static const char *run_id_of(tui_app *app)
{
	const cJSON *run = tui_run_result(app);
	return sx_json_str(run, "run_id", sx_json_str(run, "id", NULL));
}

/* "sum(revenue) = 25575223.58, sum(cost) = 12.00" from a sums object. */
static void fmt_sums(const cJSON *sums, char *out, size_t n)
{
	const cJSON *v;
	size_t len = 0;
	out[0] = 0;
	cJSON_ArrayForEach(v, sums) if (len < n) len += (size_t)snprintf(
	    out + len, n - len, "%ssum(%s) = %.2f", len ? ", " : "", v->string, v->valuedouble);
}

static void step_line(tui_doc *d, int no, const char *what, int style, const char *text)
{
	char head[64];
	snprintf(head, sizeof head, "%d %-11s ", no, what);
	tui_doc_newline(d);
	tui_doc_append(d, TS_HEADER, head, strlen(head));
	tui_doc_append(d, style, text, strlen(text));
	tui_doc_newline(d);
}

/* The report of `pipeline try` (its --json object) as the viewer shows it:
 * a verdict, the five steps with their numbers, the findings. */
void tui_artifacts_set_try(tui_pane *p, const cJSON *rep, int rc, const char *error)
{
	art_st *st = p->st;
	tui_doc *d = &st->try_doc;
	const cJSON *t = cJSON_GetObjectItem(rep, "try"), *w = cJSON_GetObjectItem(t, "window"),
	            *src = cJSON_GetObjectItem(t, "source"), *tg = cJSON_GetObjectItem(t, "target"),
	            *sec = cJSON_GetObjectItem(t, "second"), *f, *k;
	bool reach = sx_json_bool(t, "reachable", false);
	char buf[1024], sums[512], keys[256];
	size_t len = 0;
	tui_doc_clear(d);
	memset(&st->try_view, 0, sizeof st->try_view);
	st->try_view.wrap = true;
	st->show_try = true;
	p->app->dirty = true;
	if (!rep) {
		snprintf(buf, sizeof buf, "try on a sample: %s",
		         rc == SX_ECANCELLED ? "cancelled (the scratch objects are dropped)"
		         : error && *error   ? error
		                             : "failed");
		tui_doc_line(d, rc == SX_ECANCELLED ? TS_WARN : TS_ERROR, buf);
		return;
	}
	snprintf(buf, sizeof buf, "try on a sample: %s (%s into %s)",
	         sx_json_bool(rep, "passed", false) ? "passed" : "FAILED",
	         sx_json_str(rep, "source", "?"), sx_json_str(rep, "target_table", "?"));
	tui_doc_line(d, sx_json_bool(rep, "passed", false) ? TS_OK : TS_ERROR, buf);
	/* 1: what was read from the source */
	if (sx_json_str(w, "column", NULL))
		len = (size_t)snprintf(
		    buf, sizeof buf,
		    "read-only: %lld rows, the last %lld days of %s (after %s, through %s), limit "
		    "%lld",
		    (long long)sx_json_int(src, "rows", 0), (long long)sx_json_int(w, "days", 0),
		    sx_json_str(w, "column", ""), sx_json_str(w, "after", "?"),
		    sx_json_str(w, "through", "?"), (long long)sx_json_int(w, "limit", 0));
	else
		len = (size_t)snprintf(
		    buf, sizeof buf, "read-only: the first %lld rows (limit %lld)",
		    (long long)sx_json_int(src, "rows", 0), (long long)sx_json_int(w, "limit", 0));
	fmt_sums(cJSON_GetObjectItem(src, "sums"), sums, sizeof sums);
	if (sums[0] && len < sizeof buf)
		snprintf(buf + len, sizeof buf - len, "; %s", sums);
	step_line(d, 1, "source", TS_NORMAL, buf);
	/* 2-4 need the target */
	if (!reach) {
		step_line(d, 2, "target", TS_WARN, "not reachable: steps 2-4 skipped");
	} else {
		snprintf(buf, sizeof buf, "scratch %s %s: %lld rows after the load",
		         sx_json_str(t, "target_kind", ""), sx_json_str(t, "scratch", ""),
		         (long long)sx_json_int(tg, "rows", 0));
		step_line(d, 2, "target", TS_NORMAL, buf);
		keys[0] = 0, len = 0;
		cJSON_ArrayForEach(k, cJSON_GetObjectItem(t, "keys")) if (cJSON_IsString(k) &&
		                                                          len < sizeof keys) len +=
		    (size_t)snprintf(keys + len, sizeof keys - len, "%s%s", len ? ", " : "",
		                     k->valuestring);
		fmt_sums(cJSON_GetObjectItem(tg, "sums"), sums, sizeof sums);
		snprintf(buf, sizeof buf, "grain keys (%s): %lld null, %lld duplicate; %s",
		         keys[0] ? keys : "none", (long long)sx_json_int(tg, "null_keys", 0),
		         (long long)sx_json_int(tg, "duplicate_keys", 0),
		         sums[0] ? sums : "no sums");
		step_line(d, 3, "tests", TS_NORMAL, buf);
		fmt_sums(cJSON_GetObjectItem(sec, "sums"), sums, sizeof sums);
		snprintf(buf, sizeof buf, "idempotent? %lld rows after the second load; %s",
		         (long long)sx_json_int(sec, "rows", 0), sums[0] ? sums : "no sums");
		step_line(d, 4, "rerun", TS_NORMAL, buf);
	}
	step_line(d, 5, "cleanup", sx_json_bool(t, "dropped", false) ? TS_NORMAL : TS_WARN,
	          sx_json_bool(t, "dropped", false) ? "the scratch objects were dropped"
	                                            : "the scratch objects were NOT dropped");
	tui_doc_line(d, TS_NORMAL, "");
	tui_doc_line(d, TS_TITLE, "findings");
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(rep, "findings"))
	{
		snprintf(buf, sizeof buf, "%-7s %s: %s", sx_json_str(f, "severity", ""),
		         sx_json_str(f, "rule", ""), sx_json_str(f, "message", ""));
		tui_doc_line(d, sev_style(sx_json_str(f, "severity", "")), buf);
	}
}

static void try_done(tui_app *app, tui_job *job, int rc, cJSON *result, void **payload,
                     const char *errmsg)
{
	art_st *st = app->artifacts->st;
	(void)payload;
	if (st->try_job != job->id)
		return;
	st->try_job = 0;
	tui_artifacts_set_try(app->artifacts, result, rc, errmsg);
	if (result)
		tui_app_msg(app, sx_json_bool(result, "passed", false) ? TS_OK : TS_ERROR,
		            "try on a sample: %s (8 Artifacts)",
		            sx_json_bool(result, "passed", false) ? "passed" : "failed");
	else
		tui_app_msg(app, rc == SX_ECANCELLED ? TS_WARN : TS_ERROR, "try: %s",
		            rc == SX_ECANCELLED ? "cancelled"
		            : errmsg && *errmsg ? errmsg
		                                : "failed");
}

int tui_artifacts_try(tui_pane *p, sx_error *err)
{
	art_st *st = p->st;
	const char *id = run_id_of(p->app);
	char idc[64], *argv[] = {"pipeline", "try", idc, NULL};
	tui_job *job = NULL;
	int rc;
	if (st->try_job)
		return sx_error_set(err, SX_EBUSY, "a try is running: C-c cancels it");
	if (!id)
		return sx_error_set(err, SX_ENOTFOUND,
		                    "no run to try: :generate one, or load one from 9 History");
	snprintf(idc, sizeof idc, "%s", id);
	if ((rc = tui_job_start_cmd(p->app, 3, argv, true, try_done, NULL, NULL, &job, err)))
		return rc;
	st->try_job = job->id;
	tui_doc_clear(&st->try_doc);
	snprintf(p->title, sizeof p->title, "Artifacts");
	tui_doc_line(&st->try_doc, TS_STATUS_ACCENT,
	             "trying the pipeline on a sample: the source read-only, the target in scratch "
	             "objects… (C-c cancels)");
	memset(&st->try_view, 0, sizeof st->try_view);
	st->try_view.wrap = true;
	st->show_try = true;
	tui_app_focus(p->app, p);
	p->app->dirty = true;
	return 0;
}

/* ------------------------------------------------------------ git */

static void commit_done(tui_app *app, tui_job *job, int rc, cJSON *result, void **payload,
                        const char *errmsg)
{
	art_st *st = app->artifacts->st;
	const cJSON *g = cJSON_GetObjectItem(result, "git");
	(void)payload;
	if (st->git_job != job->id)
		return;
	st->git_job = 0;
	if (rc || !g)
		tui_app_msg(app, TS_ERROR, "git commit: %s", errmsg && *errmsg ? errmsg : "failed");
	else
		tui_app_msg(app, TS_OK, "committed %d files as %.12s in %s: %s",
		            cJSON_GetArraySize(cJSON_GetObjectItem(g, "files")),
		            sx_json_str(g, "commit", ""), sx_json_str(g, "repository", ""),
		            sx_json_str(g, "message", ""));
}

static int commit_start(tui_pane *p, sx_error *err)
{
	art_st *st = p->st;
	char idc[64], *argv[] = {"export", idc, st->git_dir, "--git", NULL};
	tui_job *job = NULL;
	int rc;
	snprintf(idc, sizeof idc, "%s", run_id_of(p->app));
	if ((rc = tui_job_start_cmd(p->app, 4, argv, true, commit_done, NULL, NULL, &job, err)))
		return rc;
	st->git_job = job->id;
	tui_app_msg(p->app, TS_INFO, "committing the run's files to %s…", st->git_dir);
	return 0;
}

/* Names the files of the run that exist under dir already ("select.sql and
 * 3 more"); false when none does. */
static bool existing_files(tui_pane *p, const char *dir, char *out, size_t n)
{
	size_t i, count = 0;
	char rel[300], path[1200];
	struct stat sb;
	out[0] = 0;
	for (i = 0; i <= st_count(p); i++) {
		const cJSON *a = i < st_count(p) ? nth_artifact(p->app, i) : NULL;
		if (a)
			file_name(a, rel, sizeof rel);
		else
			snprintf(rel, sizeof rel, "report.json");
		snprintf(path, sizeof path, "%s/%s", dir, rel);
		if (stat(path, &sb) == 0 && count++ == 0)
			snprintf(out, n, "%s", rel);
	}
	if (count > 1) {
		size_t len = strlen(out);
		snprintf(out + len, n - len, " and %zu more", count - 1);
	}
	return count > 0;
}

int tui_artifacts_commit(tui_pane *p, const char *repo, sx_error *err)
{
	art_st *st = p->st;
	if (st->git_job)
		return sx_error_set(err, SX_EBUSY, "a commit is running");
	if (!run_id_of(p->app) || !st_count(p))
		return sx_error_set(
		    err, SX_ENOTFOUND,
		    "no run files to commit: :generate a run, or load one from 9 History");
	if (!repo) {
		st->ask = ASK_GIT_PATH;
		tui_input_set(&st->git_in, st->git_dir[0] ? st->git_dir : ".");
		tui_app_focus(p->app, p);
		p->app->dirty = true;
		return 0;
	}
	snprintf(st->git_dir, sizeof st->git_dir, "%s", repo);
	if (existing_files(p, st->git_dir, st->git_existing, sizeof st->git_existing)) {
		st->ask = ASK_GIT_OVERWRITE;
		p->app->dirty = true;
		return 0;
	}
	return commit_start(p, err);
}

static bool dir_has_files(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	bool any = false;
	if (!d)
		return false;
	while (!any && (e = readdir(d)) != NULL)
		any = strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(d);
	return any;
}

static void write_all(tui_pane *p)
{
	art_st *st = p->st;
	const cJSON *run = tui_run_result(p->app), *a;
	sx_artifact_set set;
	sx_error err = {0};
	sx_artifact_set_init(&set);
	cJSON_ArrayForEach(a, cJSON_GetObjectItem(run, "artifacts"))
	{
		int k = sx_artifact_kind_parse(sx_json_str(a, "kind", ""));
		if (k >= 0 && tui_run_artifact_shown(run, a))
			sx_artifact_set_put(&set, (sx_artifact_kind)k, sx_json_str(a, "name", ""),
			                    sx_json_str(a, "lang", ""),
			                    sx_json_str(a, "content", ""));
	}
	if (sx_artifacts_write_dir(&set, run, st->dir, &err))
		tui_app_msg(p->app, TS_ERROR, "%s", err.msg);
	else
		tui_app_msg(p->app, TS_OK, "wrote %zu files and report.json to %s", set.n, st->dir);
	sx_artifact_set_release(&set);
}

static bool art_key(tui_pane *p, int key)
{
	art_st *st = p->st;
	bool handled = false;
	sx_error err = {0};
	if (st->ask == ASK_GIT_OVERWRITE) {
		st->ask = ASK_NONE;
		if ((key == 'y' || key == 'Y') && commit_start(p, &err))
			tui_app_msg(p->app, TS_ERROR, "%s", err.msg);
		else if (key != 'y' && key != 'Y')
			tui_app_msg(p->app, TS_INFO, "nothing written, nothing committed");
		p->app->dirty = true;
		return true;
	}
	if (st->ask == ASK_GIT_PATH) {
		if (key == TK_ESC) {
			st->ask = ASK_NONE;
		} else if (key == TK_ENTER) {
			char dir[sizeof st->git_in.buf + 1];
			st->ask = ASK_NONE;
			snprintf(dir, sizeof dir, "%.*s", (int)st->git_in.len, st->git_in.buf);
			if (!dir[0])
				tui_app_msg(p->app, TS_INFO, "nothing committed");
			else if (tui_artifacts_commit(p, dir, &err))
				tui_app_msg(p->app, TS_ERROR, "%s", err.msg);
		} else {
			tui_input_key(&st->git_in, key, &handled);
		}
		p->app->dirty = true;
		return true;
	}
	if (st->ask == ASK_OVERWRITE) {
		st->ask = ASK_NONE;
		if (key == 'y' || key == 'Y')
			write_all(p);
		else
			tui_app_msg(p->app, TS_INFO, "nothing written");
		p->app->dirty = true;
		return true;
	}
	if (st->ask == ASK_PATH) {
		if (key == TK_ESC) {
			st->ask = ASK_NONE;
		} else if (key == TK_ENTER) {
			st->ask = ASK_NONE;
			snprintf(st->dir, sizeof st->dir, "%.*s", (int)st->in.len, st->in.buf);
			if (!st->dir[0])
				tui_app_msg(p->app, TS_INFO, "nothing written");
			else if (dir_has_files(st->dir))
				st->ask = ASK_OVERWRITE;
			else
				write_all(p);
		} else {
			tui_input_key(&st->in, key, &handled);
		}
		p->app->dirty = true;
		return true;
	}
	if (key == 'G' && !st->ask) {
		/* G is bottom elsewhere; here it commits (the git_commit action) */
		tui_app_action(p->app, TA_GIT_COMMIT);
		return true;
	}
	if (key == TK_ESC && st->show_try && !st->try_job) {
		st->show_try = false;
		p->app->dirty = true;
		return true;
	}
	if (key == 'w' && st->list.n) {
		st->ask = ASK_PATH;
		if (!st->in.len) {
			snprintf(st->dir, sizeof st->dir, "./%s",
			         sx_json_str(tui_run_result(p->app), "run_id", "run"));
			tui_input_set(&st->in, st->dir);
		}
		p->app->dirty = true;
		return true;
	}
	return false;
}

static bool art_action(tui_pane *p, int act)
{
	art_st *st = p->st;
	int page = st->view.last_h > 2 ? st->view.last_h - 1 : 1;
	sync(p);
	sx_error err = {0};
	switch (act) {
	case TA_UP:
	case TA_DOWN:
		tui_list_move(&st->list, act == TA_UP ? -1 : 1);
		if (!st->try_job)
			st->show_try = false; /* back to the files */
		return true;
	case TA_PAGE_UP:
	case TA_PAGE_DOWN:
		if (st->show_try)
			tui_docview_scroll(&st->try_view, &st->try_doc,
			                   act == TA_PAGE_UP ? -page : page, 0);
		else
			tui_docview_scroll(&st->view, &st->doc, act == TA_PAGE_UP ? -page : page,
			                   0);
		return true;
	case TA_TRY:
		if (tui_artifacts_try(p, &err))
			tui_app_msg(p->app, TS_ERROR, "%s", err.msg);
		return true;
	case TA_GIT_COMMIT:
		if (tui_artifacts_commit(p, NULL, &err))
			tui_app_msg(p->app, TS_ERROR, "%s", err.msg);
		return true;
	case TA_CANCEL: {
		tui_job *j = st->try_job ? tui_job_find(p->app, st->try_job) : NULL;
		if (!j)
			return false;
		atomic_store(&j->cancel, 1);
		tui_app_msg(p->app, TS_WARN,
		            "cancelling the try (its scratch objects are dropped)…");
		return true;
	}
	case TA_LEFT:
	case TA_RIGHT:
		tui_docview_hscroll(&st->view, act == TA_LEFT ? -1 : 1);
		return true;
	case TA_COPY: {
		const cJSON *a = nth_artifact(p->app, st->list.sel);
		const char *c = sx_json_str(a, "content", "");
		if (!a)
			return true;
		tui_app_copy(p->app, c);
		if (strlen(c) > OSC52_WARN_BYTES)
			tui_app_msg(
			    p->app, TS_WARN,
			    "sent %zu bytes over OSC 52: many terminals drop more than ~100 KB; "
			    "w writes the files instead",
			    strlen(c));
		return true;
	}
	default:
		return false;
	}
}

static void art_free(tui_pane *p)
{
	art_st *st = p->st;
	if (!st)
		return;
	tui_doc_release(&st->doc);
	tui_doc_release(&st->try_doc);
	free(st);
}

static const int art_help[] = {TA_UP,    TA_DOWN, TA_PAGE_UP, TA_PAGE_DOWN, TA_LEFT,
                               TA_RIGHT, TA_COPY, TA_TRY,     TA_CANCEL,    TA_NONE};
static const char *const art_help_text[] = {
    "w      write every file (and report.json) to a directory; asks before writing over one",
    "G      commit the files to a git repository (asks for it; export ID DIR --git)",
    "T      try the pipeline on a sample (pipeline try ID); Esc or j/k: back to the files",
    "y      copy the shown file (OSC 52; warns past ~100 KB)",
    "●      in the gutter: a finding on that line (red error, yellow warning)",
    NULL};

static const tui_pane_ops art_ops = {
    .name = "artifacts",
    .draw = art_draw,
    .action = art_action,
    .key = art_key,
    .help = art_help,
    .help_text = art_help_text,
    .free = art_free,
};

tui_pane *tui_pane_artifacts_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	art_st *st = sx_calloc(1, sizeof *st);
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	tui_doc_init(&st->doc);
	tui_doc_init(&st->try_doc);
	st->gen = -1;
	p->ops = &art_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "Artifacts");
	return p;
}
