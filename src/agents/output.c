/*
 * output.c - a run as the CLI's --json object and as files (--out DIR).
 *
 * The JSON object is a contract other tools read (docs/agents.md): keys
 * are only ever added. Files are written next to each other under DIR,
 * each through a temporary name and a rename, so an interrupted export
 * never leaves a half-written artifact behind.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sextant/gen.h>

#include "agents_int.h"

static cJSON *iteration_json(const sx_iteration *it)
{
	cJSON *o = cJSON_CreateObject();
	sx_json_add_int(o, "n", it->n);
	sx_json_add_num(o, "score", it->score);
	sx_json_add_num(o, "delta", it->delta);
	cJSON *c = cJSON_AddObjectToObject(o, "findings");
	sx_json_add_int(c, "error", (int64_t)sx_finding_count(&it->findings, SX_SEV_ERROR));
	sx_json_add_int(c, "warning", (int64_t)sx_finding_count(&it->findings, SX_SEV_WARNING));
	sx_json_add_int(c, "info", (int64_t)sx_finding_count(&it->findings, SX_SEV_INFO));
	if (it->critique)
		sx_json_add_str(o, "critique", it->critique);
	if (it->fixes)
		cJSON_AddItemToObject(o, "fixes", cJSON_Duplicate(it->fixes, true));
	cJSON_AddItemToObject(o, "diff", cJSON_Duplicate(it->diffs, true));
	return o;
}

cJSON *sx_run_to_json(const sx_run *r)
{
	cJSON *o = cJSON_CreateObject();
	if (!o)
		return NULL;
	sx_json_add_str(o, "run_id", r->id);
	sx_json_add_str(o, "status", r->status);
	if (r->error[0])
		sx_json_add_str(o, "error", r->error);
	sx_json_add_str(o, "intent", r->req.intent);
	sx_json_add_str(o, "provider", r->req.provider ? r->req.provider : "builtin");
	sx_json_add_str(o, "source", r->db ? r->db->name : NULL);
	sx_json_add_bool(o, "passed", sx_run_passed(r));
	sx_json_add_num(o, "score", sx_run_score(r));
	sx_json_add_num(o, "threshold", r->req.threshold);
	sx_json_add_int(o, "best_iteration", r->best + 1);
	cJSON *plan = cJSON_AddObjectToObject(o, "plan");
	cJSON *steps = cJSON_AddArrayToObject(plan, "steps");
	for (size_t i = 0; i < r->nsteps; i++) {
		const sx_dag_step *d = &r->steps[i].dag;
		cJSON *s = cJSON_CreateObject();
		cJSON_AddItemToArray(steps, s);
		sx_json_add_str(s, "id", d->name);
		sx_json_add_str(s, "agent", sx_agent_name(r->steps[i].agent));
		cJSON *deps = cJSON_AddArrayToObject(s, "depends_on");
		for (size_t k = 0; k < d->ndeps; k++)
			cJSON_AddItemToArray(deps, cJSON_CreateString(r->steps[d->deps[k]].dag.name));
		static const char *const st[] = { "waiting", "ready", "running", "done", "failed",
						   "skipped" };
		sx_json_add_str(s, "state", st[d->state]);
		sx_json_add_num(s, "ms", d->ms);
	}
	if (r->plan_json)
		cJSON_AddItemToObject(plan, "spec", cJSON_Duplicate(r->plan_json, true));
	if (r->consensus)
		cJSON_AddItemToObject(o, "consensus", cJSON_Duplicate(r->consensus, true));
	if (r->ambiguities)
		cJSON_AddItemToObject(o, "ambiguities", cJSON_Duplicate(r->ambiguities, true));
	if (r->model_on || r->endpoint_log) {
		cJSON_AddItemToObject(o, "endpoint_chains", sx__endpoints_json(r));
		cJSON_AddItemToObject(o, "endpoints",
		                      r->endpoint_log ? cJSON_Duplicate(r->endpoint_log, true)
		                                      : cJSON_CreateArray());
	}
	cJSON *used = r->analysis ? cJSON_GetObjectItem(r->analysis, "tables_used") : NULL;
	cJSON_AddItemToObject(o, "tables_used",
			      used ? cJSON_Duplicate(used, true) : cJSON_CreateArray());
	if (r->analysis)
		cJSON_AddItemToObject(o, "analysis", cJSON_Duplicate(r->analysis, true));
	cJSON_AddItemToObject(o, "findings", sx_finding_list_to_json(sx_run_findings(r)));
	cJSON *its = cJSON_AddArrayToObject(o, "iterations");
	for (size_t i = 0; i < r->niters; i++)
		cJSON_AddItemToArray(its, iteration_json(&r->iters[i]));
	cJSON *t = cJSON_AddObjectToObject(o, "timings");
	for (int a = 0; a < SX_AGENT_COUNT; a++)
		sx_json_add_num(t, sx_agent_name((sx_agent_kind)a), r->agent_ms[a]);
	sx_json_add_num(t, "total", r->total_ms);
	cJSON_AddItemToObject(o, "lineage",
			      r->lineage ? cJSON_Duplicate(r->lineage, true) : cJSON_CreateArray());
	if (r->similar)
		cJSON_AddItemToObject(o, "similar_runs", cJSON_Duplicate(r->similar, true));
	cJSON_AddItemToObject(o, "artifacts", sx_artifact_set_to_json(sx_run_artifacts(r)));
	return o;
}

/* mkdir -p of dir/sub */
static int make_dir(const char *path, sx_error *err)
{
	char buf[4096];
	snprintf(buf, sizeof buf, "%s", path);
	for (char *p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0777) && errno != EEXIST)
			return sx_error_set(err, SX_EIO, "cannot create '%s': %s", buf, strerror(errno));
		*p = '/';
	}
	if (mkdir(buf, 0777) && errno != EEXIST)
		return sx_error_set(err, SX_EIO, "cannot create '%s': %s", buf, strerror(errno));
	return 0;
}

static int write_file(const char *dir, const char *rel, const char *text, sx_error *err)
{
	char path[4096], tmp[4200];
	int rc;

	snprintf(path, sizeof path, "%s/%s", dir, rel);
	char *slash = strrchr(path, '/');
	*slash = '\0';
	if ((rc = make_dir(path, err)))
		return rc;
	*slash = '/';
	snprintf(tmp, sizeof tmp, "%s.tmp", path);
	FILE *f = fopen(tmp, "w");
	if (!f)
		return sx_error_set(err, SX_EIO, "cannot write '%s': %s", tmp, strerror(errno));
	size_t n = strlen(text);
	bool ok = fwrite(text, 1, n, f) == n && (n == 0 || text[n - 1] == '\n' || fputc('\n', f) != EOF);
	ok = (fclose(f) == 0) && ok;
	if (!ok || rename(tmp, path)) {
		remove(tmp);
		return sx_error_set(err, SX_EIO, "cannot write '%s': %s", path, strerror(errno));
	}
	return 0;
}

/* A name safe as a file name: letters, digits, '_' and '-' only. */
static void file_stem(const char *name, char *out, size_t n)
{
	size_t j = 0;
	for (const char *p = name; p && *p && j + 1 < n; p++)
		out[j++] = (isalnum((unsigned char)*p) || *p == '-') ? *p : '_';
	out[j] = '\0';
	if (!j)
		snprintf(out, n, "pipeline");
}

int sx_artifact_rel_path(const sx_artifact *a, char *out, size_t n)
{
	char stem[200];
	file_stem(a->name, stem, sizeof stem);
	switch (a->kind) {
	case SX_ART_SELECT_SQL:
		snprintf(out, n, "select.sql");
		break;
	case SX_ART_TARGET_DDL:
		snprintf(out, n, "target_ddl.sql");
		break;
	case SX_ART_LOAD_SQL:
		snprintf(out, n, "load.sql");
		break;
	case SX_ART_AIRFLOW_DAG:
		snprintf(out, n, "dags/%s.py", stem);
		break;
	case SX_ART_PYTHON_TRANSFORM:
		snprintf(out, n, "transforms/%s.py", stem);
		break;
	case SX_ART_PYTHON_TESTS:
		snprintf(out, n, "tests/test_%s.py", stem);
		break;
	case SX_ART_README:
		snprintf(out, n, "README.md");
		break;
	default:
		return -1;
	}
	return 0;
}

int sx_artifacts_write_dir(const sx_artifact_set *s, const cJSON *report, const char *dir,
			   sx_error *err)
{
	int rc;

	if ((rc = make_dir(dir, err)))
		return rc;
	for (size_t i = 0; i < s->n; i++) {
		char rel[300];
		if (sx_artifact_rel_path(&s->v[i], rel, sizeof rel))
			continue;
		if ((rc = write_file(dir, rel, s->v[i].content, err)))
			return rc;
	}
	if (!report)
		return 0;
	char *text = cJSON_Print(report);
	if (!text)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	rc = write_file(dir, "report.json", text, err);
	free(text);
	return rc;
}

/* ------------------------------------------------------------ git */

/* Runs `git PREFIX... [-- FILES...]` in dir with sx_proc_run (an argv, no
 * shell). 0 when git ran, whatever its exit status (in res); an error when
 * it could not run. */
static int git(sx_proc_result *res, const char *dir, const char *const *prefix, char *const *files,
               size_t nfiles, const atomic_int *cancel, sx_error *err)
{
	/* no pager, no credential prompt, no editor: git runs unattended */
	static const char *const env[] = {"GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat",
	                                  "GIT_EDITOR=true", "LC_ALL=C", NULL};
	size_t n = 0, np = 0;
	while (prefix[np])
		np++;
	const char **argv = sx_calloc(np + nfiles + 3, sizeof *argv);
	if (!argv)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	argv[n++] = "git";
	for (size_t i = 0; i < np; i++)
		argv[n++] = prefix[i];
	if (files) {
		argv[n++] = "--";
		for (size_t i = 0; i < nfiles; i++)
			argv[n++] = files[i];
	}
	sx_proc_opts o = {
	    .argv = argv, .cwd = dir, .env = env, .timeout_ms = 60000, .cancel = cancel};
	int rc = sx_proc_run(res, &o, err);
	free(argv);
	if (rc == SX_ENOTFOUND)
		return sx_error_set(err, SX_ENOTFOUND, "git is not installed (not found in PATH)");
	return rc;
}

/* The first line of git's stdout (which) or stderr, in out. */
static const char *git_line(const sx_proc_result *r, bool out_stream, char *out, size_t n)
{
	const char *t =
	    out_stream ? (r->out.ptr ? r->out.ptr : "") : (r->err.ptr ? r->err.ptr : "");
	while (*t == ' ' || *t == '\n')
		t++;
	snprintf(out, n, "%.*s", (int)strcspn(t, "\n"), t);
	return out[0] ? out : "no message";
}

/* git that must succeed: releases res first, runs, and turns a non-zero
 * exit into "git VERB: what git said" (SX_EIO). */
static int git_ok(sx_proc_result *res, const char *dir, const char *const *prefix,
                  char *const *files, size_t nfiles, const atomic_int *cancel, sx_error *err)
{
	char line[400];
	int rc;
	sx_proc_result_release(res);
	if ((rc = git(res, dir, prefix, files, nfiles, cancel, err)))
		return rc;
	if (res->exit_code != 0)
		return sx_error_set(err, SX_EIO, "git %s: %s", prefix[0],
		                    git_line(res, false, line, sizeof line));
	return 0;
}

int sx_artifacts_git_commit(const sx_artifact_set *s, const cJSON *report, const char *dir,
                            const char *message, const atomic_int *cancel, cJSON **out,
                            sx_error *err)
{
	sx_proc_result r;
	char **files = sx_calloc(s->n + 2, sizeof *files), line[400], top[1024], sha[64];
	size_t nf = 0;
	struct stat sb;
	int rc = 0;

	*out = NULL;
	memset(&r, 0, sizeof r);
	if (!files)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	for (size_t i = 0; i < s->n && !rc; i++) {
		char rel[300];
		if (sx_artifact_rel_path(&s->v[i], rel, sizeof rel))
			continue;
		if (!(files[nf++] = sx_strdup(rel)))
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if (!rc && report && !(files[nf++] = sx_strdup("report.json")))
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
	if (rc)
		goto done;
	if (!nf) {
		rc = sx_error_set(err, SX_EEMPTY, "the run has no files to commit");
		goto done;
	}
	if (stat(dir, &sb) || !S_ISDIR(sb.st_mode)) {
		rc = sx_error_set(
		    err, SX_EINVAL,
		    "'%s' is not a directory: name a git repository (git init makes one)", dir);
		goto done;
	}
	static const char *const a_top[] = {"rev-parse", "--show-toplevel", NULL};
	if ((rc = git(&r, dir, a_top, NULL, 0, cancel, err)))
		goto done;
	if (r.exit_code != 0) {
		rc = sx_error_set(err, SX_EINVAL,
		                  "'%s' is not in a git repository (git init makes one)", dir);
		goto done;
	}
	git_line(&r, true, top, sizeof top);
	sx_proc_result_release(&r);

	/* a file it would write over that holds work not committed: refuse,
	 * the commit would pass that work off as the run's (or lose it) */
	static const char *const a_status[] = {"status", "--porcelain", "--untracked-files=all",
	                                       NULL};
	if ((rc = git_ok(&r, dir, a_status, files, nf, cancel, err)))
		goto done;
	if (r.out.len) {
		rc = sx_error_set(err, SX_EBUSY,
		                  "'%s' has changes not committed in files the run writes (%s):"
		                  " commit or stash them first",
		                  dir, git_line(&r, true, line, sizeof line));
		goto done;
	}
	if ((rc = sx_artifacts_write_dir(s, report, dir, err)))
		goto done;
	static const char *const a_add[] = {"add", NULL};
	if ((rc = git_ok(&r, dir, a_add, files, nf, cancel, err)))
		goto done;
	sx_proc_result_release(&r);
	static const char *const a_diff[] = {"diff", "--cached", "--quiet", NULL};
	if ((rc = git(&r, dir, a_diff, files, nf, cancel, err)))
		goto done;
	if (r.exit_code == 0) {
		rc = sx_error_set(
		    err, SX_EEMPTY,
		    "nothing to commit: the run's files in '%s' are committed as they are", dir);
		goto done;
	}
	sx_proc_result_release(&r);
	/* --only: these files alone; whatever else the user staged stays */
	const char *const a_commit[] = {"commit", "--quiet", "-m", message, "--only", NULL};
	if ((rc = git_ok(&r, dir, a_commit, files, nf, cancel, err)))
		goto done;
	sx_proc_result_release(&r);
	static const char *const a_head[] = {"rev-parse", "HEAD", NULL};
	if ((rc = git(&r, dir, a_head, NULL, 0, cancel, err)))
		goto done;
	git_line(&r, true, sha, sizeof sha);

	cJSON *o = cJSON_CreateObject(), *fl = o ? cJSON_AddArrayToObject(o, "files") : NULL;
	if (!fl) {
		cJSON_Delete(o);
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	sx_json_add_str(o, "repository", top);
	sx_json_add_str(o, "commit", sha);
	sx_json_add_str(o, "message", message);
	for (size_t i = 0; i < nf; i++)
		cJSON_AddItemToArray(fl, cJSON_CreateString(files[i]));
	*out = o;
done:
	sx_proc_result_release(&r);
	for (size_t i = 0; i < nf; i++)
		free(files[i]);
	free(files);
	return rc;
}

int sx_run_write_dir(const sx_run *r, const char *dir, sx_error *err)
{
	cJSON *rep = sx_run_to_json(r);
	int rc;

	if (!rep)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	rc = sx_artifacts_write_dir(sx_run_artifacts(r), rep, dir, err);
	cJSON_Delete(rep);
	return rc;
}
