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

int sx_artifacts_write_dir(const sx_artifact_set *s, const cJSON *report, const char *dir,
			   sx_error *err)
{
	int rc;

	if ((rc = make_dir(dir, err)))
		return rc;
	for (size_t i = 0; i < s->n; i++) {
		const sx_artifact *a = &s->v[i];
		char stem[200], rel[300];
		file_stem(a->name, stem, sizeof stem);
		switch (a->kind) {
		case SX_ART_SELECT_SQL: snprintf(rel, sizeof rel, "select.sql"); break;
		case SX_ART_TARGET_DDL: snprintf(rel, sizeof rel, "target_ddl.sql"); break;
		case SX_ART_LOAD_SQL: snprintf(rel, sizeof rel, "load.sql"); break;
		case SX_ART_AIRFLOW_DAG: snprintf(rel, sizeof rel, "dags/%s.py", stem); break;
		case SX_ART_PYTHON_TRANSFORM: snprintf(rel, sizeof rel, "transforms/%s.py", stem); break;
		case SX_ART_PYTHON_TESTS: snprintf(rel, sizeof rel, "tests/test_%s.py", stem); break;
		case SX_ART_README: snprintf(rel, sizeof rel, "README.md"); break;
		default: continue;
		}
		if ((rc = write_file(dir, rel, a->content, err)))
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
