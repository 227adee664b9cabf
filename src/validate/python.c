/*
 * python.c - Python artifacts checked by python3: the AST lints of
 * data/validate/pycheck.py, and the generated pytest tests, run.
 *
 * Both go through sx__proc_run (proc.c): no shell, the source on standard
 * input (pycheck) or as files in a fresh temporary directory (pytest),
 * a timeout, `-I -B` (isolated mode: no user site, the cwd not on
 * sys.path for pycheck; no bytecode written). The interpreter is
 * ctx->python, else /usr/bin/python3 (where Debian's pytest lives), else
 * python3 on PATH; the findings say which one ran. Without any: one info
 * finding, never a failure.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "validate_int.h"

const char *sx__python(const sx_validate_ctx *ctx, char *found, size_t size)
{
	const char *path;
	if (ctx && ctx->python)
		return access(ctx->python, X_OK) == 0 ? ctx->python : NULL;
	if (access("/usr/bin/python3", X_OK) == 0)
		return "/usr/bin/python3";
	if ((path = getenv("PATH"))) {
		while (*path) {
			size_t n = strcspn(path, ":");
			if (n && n + 9 < size) {
				snprintf(found, size, "%.*s/python3", (int)n, path);
				if (access(found, X_OK) == 0)
					return found;
			}
			path += n;
			if (*path == ':')
				path++;
		}
	}
	return NULL;
}

const char *sx_validate_python_path(const sx_validate_ctx *ctx, char *found, size_t size)
{
	return sx__python(ctx, found, size);
}

static bool secret_on_line(const sx_finding_list *out, sx_artifact_kind art, int line)
{
	size_t i;
	for (i = 0; i < out->n; i++)
		if (out->v[i].artifact == art && out->v[i].line == line &&
		    !strncmp(out->v[i].rule, "sec.", 4))
			return true;
	return false;
}

int sx_validate_python(const sx_validate_ctx *ctx, const char *src, sx_artifact_kind art,
		       sx_finding_list *out, sx_error *err)
{
	char pybuf[1024];
	const char *py = sx__python(ctx, pybuf, sizeof pybuf);
	const char *argv[9];
	char script[1024];
	sx__proc_result r;
	cJSON *arr = NULL, *f;
	size_t n = 0;
	int rc;

	if (!ctx || !src || !out)
		return sx_error_set(err, SX_EINVAL, "sx_validate_python: missing argument");
	if (!py)
		return sx__finding(out, "py.unchecked", art, 0, 0, "install python3",
				   "python3 was not found: the Python was not checked")
			       ? sx_error_set(err, SX_ENOMEM, "out of memory")
			       : 0;
	snprintf(script, sizeof script, "%s/validate/pycheck.py", SX_DATA_DIR);
	argv[n++] = py;
	argv[n++] = "-I";
	argv[n++] = "-B";
	argv[n++] = script;
	argv[n++] = "--kind";
	argv[n++] = sx_artifact_kind_name(art);
	if (ctx->schedule && art == SX_ART_AIRFLOW_DAG) {
		argv[n++] = "--schedule";
		argv[n++] = ctx->schedule;
	}
	argv[n] = NULL;
	if ((rc = sx__proc_run(argv, NULL, src, 20000, &r, err))) {
		if (rc == SX_ENOMEM)
			return rc;
		sx_error_clear(err);
		return sx__finding(out, "py.unchecked", art, 0, 0, NULL,
				   "%s could not run the checks", py)
			       ? sx_error_set(err, SX_ENOMEM, "out of memory")
			       : 0;
	}
	if (r.status != 0 || !(arr = cJSON_Parse(r.out)) || !cJSON_IsArray(arr)) {
		char *e = sx_sanitize(r.timed_out ? "timed out" : r.errout, false);
		rc = sx__finding(out, "py.unchecked", art, 0, 0, NULL, "%s %s could not check it: %.200s",
				 py, script, e ? e : "?");
		free(e);
		goto done;
	}
	cJSON_ArrayForEach(f, arr)
	{
		const char *rule = sx_json_str(f, "rule", NULL);
		const char *msg = sx_json_str(f, "message", "");
		const char *hint = sx_json_str(f, "hint", NULL);
		int line = (int)sx_json_int(f, "line", 0), col = (int)sx_json_int(f, "col", 0);
		char *smsg, *shint;
		/* the checker's rule must be one of ours; secrets.c already
		 * reported a secret on the same line */
		if (!rule || !sx_validate_rule_find(rule))
			continue;
		if (!strcmp(rule, "py.hardcoded-secret") && secret_on_line(out, art, line))
			continue;
		smsg = sx_sanitize(msg, false);
		shint = hint ? sx_sanitize(hint, false) : NULL;
		rc = sx__finding(out, rule, art, line, col, shint, "%.400s", smsg ? smsg : "");
		free(smsg);
		free(shint);
		if (rc)
			break;
	}
done:
	cJSON_Delete(arr);
	sx__proc_result_release(&r);
	return rc ? sx_error_set(err, SX_ENOMEM, "out of memory") : 0;
}

/* ---------------------------------------------------------------- pytest */

static int write_file(const char *dir, const char *name, const char *text, sx_error *err)
{
	char path[1200];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return sx_file_write_atomic(path, text, strlen(text), err);
}

/* Removes what pytest may have left in the temporary directory (one level
 * of subdirectories: __pycache__, .pytest_cache). */
static void remove_tree(const char *dir, int depth)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[1400];
	if (!d)
		return;
	while ((e = readdir(d))) {
		struct stat st;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode) && depth < 4)
			remove_tree(path, depth + 1);
		else
			unlink(path);
	}
	closedir(d);
	rmdir(dir);
}

static bool module_name_ok(const char *m)
{
	size_t i;
	if (!m || !*m || strlen(m) > 100)
		return false;
	for (i = 0; m[i]; i++)
		if (!(m[i] == '_' || (m[i] >= 'a' && m[i] <= 'z') || (m[i] >= 'A' && m[i] <= 'Z') ||
		      (i && m[i] >= '0' && m[i] <= '9')))
			return false;
	return true;
}

int sx_validate_pytest(const sx_validate_ctx *ctx, const char *module_name, const char *transform,
		       const char *tests, sx_finding_list *out, sx_error *err)
{
	char pybuf[1024];
	const char *py = sx__python(ctx, pybuf, sizeof pybuf);
	char dir[] = "/tmp/sx-pytest-XXXXXX", fname[160], tname[180];
	const char *argv[12];
	sx__proc_result r;
	const char *line;
	size_t failed = 0;
	int rc = 0;

	if (!ctx || !transform || !tests || !out)
		return sx_error_set(err, SX_EINVAL, "sx_validate_pytest: missing argument");
	if (!module_name_ok(module_name))
		module_name = "transform";
	if (!py)
		return sx__finding(out, "py.tests-unrun", SX_ART_PYTHON_TESTS, 0, 0, "install python3",
				   "python3 was not found: the tests did not run")
			       ? sx_error_set(err, SX_ENOMEM, "out of memory")
			       : 0;
	if (!mkdtemp(dir))
		return sx_error_set(err, SX_EIO, "cannot create a temporary directory");
	snprintf(fname, sizeof fname, "%s.py", module_name);
	snprintf(tname, sizeof tname, "test_%s.py", module_name);
	if ((rc = write_file(dir, fname, transform, err)) ||
	    (rc = write_file(dir, tname, tests, err)))
		goto done;
	{
		size_t n = 0;
		argv[n++] = py;
		argv[n++] = "-B";
		argv[n++] = "-m";
		argv[n++] = "pytest";
		argv[n++] = "-q";
		argv[n++] = "-rfE";
		argv[n++] = "-p";
		argv[n++] = "no:cacheprovider";
		argv[n++] = "--color=no";
		argv[n++] = tname;
		argv[n] = NULL;
	}
	if ((rc = sx__proc_run(argv, dir, "", 60000, &r, err))) {
		if (rc != SX_ENOMEM) {
			sx_error_clear(err);
			rc = sx__finding(out, "py.tests-unrun", SX_ART_PYTHON_TESTS, 0, 0, NULL,
					 "%s could not run pytest", py);
		}
		goto done;
	}
	if (strstr(r.errout, "No module named pytest")) {
		rc = sx__finding(out, "py.tests-unrun", SX_ART_PYTHON_TESTS, 0, 0,
				 "install pytest for this interpreter (python3-pytest)",
				 "pytest is not installed for %s: the tests did not run", py);
		goto release;
	}
	/* the short summary: "FAILED test_x.py::test_y - AssertionError: ..."
	 * and "ERROR test_x.py - ..." (collection errors) */
	for (line = r.out; line && *line && !rc; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		size_t len = strcspn(line, "\n");
		if (!strncmp(line, "FAILED ", 7) || !strncmp(line, "ERROR ", 6)) {
			char buf[600], *s;
			snprintf(buf, sizeof buf, "%.*s", (int)(len < 500 ? len : 500), line);
			s = sx_sanitize(buf, false);
			rc = sx__finding(out, "py.test-failed", SX_ART_PYTHON_TESTS, 0, 0,
					 "fix the transform or the test", "%s", s ? s : buf);
			free(s);
			failed++;
		}
	}
	if (!rc && !failed && (r.status != 0 && r.status != 5)) {
		/* failed without a summary line (a crash, a timeout) */
		const char *tail = r.out + (strlen(r.out) > 300 ? strlen(r.out) - 300 : 0);
		char *s = sx_sanitize(r.timed_out ? "pytest timed out" : tail, false);
		rc = sx__finding(out, "py.test-failed", SX_ART_PYTHON_TESTS, 0, 0, NULL,
				 "pytest exited with %d: %s", r.status, s ? s : "?");
		free(s);
	} else if (!rc && r.status == 5) {
		rc = sx__finding_sev(out, SX_SEV_WARNING, "py.test-failed", SX_ART_PYTHON_TESTS, 0, 0,
				     "write test_ functions", "pytest collected no tests");
	}
	if (rc)
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
release:
	sx__proc_result_release(&r);
done:
	remove_tree(dir, 0);
	return rc;
}
