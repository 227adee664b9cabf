/*
 * cmd_validate.c - `sextant validate FILE... [--source DB] [--dialect D]
 * [--kind K] [--json]`: the QA validators (src/validate) on files written
 * by hand or by any tool.
 *
 * With --source the SQL is bound against that database of the workspace
 * (catalog and map); without it the command still parses and lints. Server
 * checks run only when asked: --explain CONNINFO (PostgreSQL, read-only
 * EXPLAIN) and --ch-url URL (ClickHouse: the DDL created in a scratch
 * database that is dropped again; SELECTs, the SELECT of a load and a
 * load's target table sent to the analyser as LIMIT 0 wrappers with
 * readonly=1 and max_execution_time). Ctrl-C aborts a ClickHouse request
 * in flight, kills it on the server and drops the scratch database. The
 * kind of each file comes from --kind or its name (target_ddl.sql,
 * load.sql, *.py, test_*.py); everything else is a select_sql.
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/validate.h>

#include "commands_int.h"

static const sx_opt opts[] = {
	{"source", 's', SX_OPT_STRING, "DB", "bind against this database of the workspace"},
	{"dialect", 'd', SX_OPT_STRING, "D", "source SQL dialect: postgresql (default), sqlite or clickhouse"},
	{"target", 't', SX_OPT_STRING, "ENGINE", "target of the DDL: clickhouse (default), postgresql or sqlite"},
	{"kind", 'k', SX_OPT_STRING, "K", "select_sql, load_sql, target_ddl, airflow_dag, python_transform, python_tests"},
	{"sqlite", 0, SX_OPT_STRING, "PATH", "prepare SQLite SQL on this source file (read-only)"},
	{"explain", 0, SX_OPT_STRING, "CONNINFO", "EXPLAIN on this PostgreSQL server (read-only)"},
	{"ch-url", 0, SX_OPT_STRING, "URL", "ClickHouse server checks: DDL created in a scratch database (dropped), queries and loads analysed read-only (readonly=1, LIMIT 0 wrappers)"},
	{"target-version", 0, SX_OPT_STRING, "V", "ClickHouse version of the target (e.g. 18.16.1)"},
	{"schedule", 0, SX_OPT_STRING, "CRON", "the schedule a DAG must have"},
	{"mask-pii", 0, SX_OPT_FLAG, NULL, "policy: exported PII must be masked (errors)"},
	{"pytest", 0, SX_OPT_FLAG, NULL, "run python_tests against the python_transform given"},
	{NULL, 0, 0, NULL, NULL},
};

static sx_artifact_kind kind_of(const char *path, const char *forced)
{
	const char *base = strrchr(path, '/');
	int k;
	if (forced && (k = sx_artifact_kind_parse(forced)) >= 0)
		return (sx_artifact_kind)k;
	base = base ? base + 1 : path;
	if (sx_str_endswith(base, ".py")) {
		if (sx_str_startswith(base, "test_"))
			return SX_ART_PYTHON_TESTS;
		if (strstr(path, "dags/") || strstr(base, "dag"))
			return SX_ART_AIRFLOW_DAG;
		return SX_ART_PYTHON_TRANSFORM;
	}
	if (strstr(base, "ddl"))
		return SX_ART_TARGET_DDL;
	if (strstr(base, "load"))
		return SX_ART_LOAD_SQL;
	return SX_ART_SELECT_SQL;
}

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_session *ses = NULL;
	sx_validate_ctx v;
	sx_artifact_set arts;
	sx_finding_list fl;
	const char *src = sx_args_get(args, "source"), *dialect = sx_args_get(args, "dialect");
	const char *forced = sx_args_get(args, "kind"), *target = sx_args_get(args, "target");
	cJSON *res = NULL, *files;
	size_t i;
	int rc = 0;

	sx_validate_ctx_init(&v);
	sx_artifact_set_init(&arts);
	sx_finding_list_init(&fl);
	if (forced && sx_artifact_kind_parse(forced) < 0) {
		rc = sx_error_set(err, SX_EUSAGE, "unknown --kind '%s'", forced);
		goto done;
	}
	if (dialect && sx_db_kind_parse(dialect, &v.source_dialect)) {
		rc = sx_error_set(err, SX_EUSAGE, "unknown --dialect '%s'", dialect);
		goto done;
	}
	if (target && sx_db_kind_parse(target, &v.target_engine)) {
		rc = sx_error_set(err, SX_EUSAGE, "unknown --target '%s'", target);
		goto done;
	}
	if (src) {
		/* the map adds inferred relationships and PII; without one the
		 * catalog's declared keys still count */
		if ((rc = sx__cmd_session(ctx, src, SX_SESSION_MAP_OPTIONAL, &ses, err)))
			goto done;
		v.cat = sx_session_catalog(ses);
		v.db = sx_catalog_find_database(v.cat, src);
		if (v.db && !dialect)
			v.source_dialect = v.db->kind == SX_DB_DDL ? SX_DB_POSTGRES : v.db->kind;
		v.map = sx_session_map(ses);
	}
	v.sqlite_path = sx_args_get(args, "sqlite");
	v.pg_conninfo = sx_args_get(args, "explain");
	v.ch_url = sx_args_get(args, "ch-url");
	v.target_version = sx_args_get(args, "target-version");
	v.schedule = sx_args_get(args, "schedule");
	v.cancel = ctx->cancel;
	if (v.pg_conninfo || v.ch_url)
		v.flags |= SX_VALIDATE_SERVER;
	if (sx_args_flag(args, "mask-pii"))
		v.flags |= SX_VALIDATE_MASK_PII;
	if (sx_args_flag(args, "pytest"))
		v.flags |= SX_VALIDATE_PYTEST;
	for (i = 0; i < args->npos; i++) {
		char *text = NULL;
		size_t len;
		sx_artifact_kind k = kind_of(args->pos[i], forced);
		const char *lang = k >= SX_ART_AIRFLOW_DAG && k <= SX_ART_PYTHON_TESTS ? "python"
				   : k == SX_ART_TARGET_DDL ? sx_db_kind_name(v.target_engine)
				   : sx_db_kind_name(v.source_dialect);
		if ((rc = sx_file_read(args->pos[i], &text, &len, err)))
			goto done;
		rc = sx_artifact_set_put(&arts, k, args->pos[i], lang, text);
		free(text);
		if (rc) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto done;
		}
	}
	if ((rc = sx_validate_artifacts(&v, &arts, &fl, err)))
		goto done;
	if (!(res = cJSON_CreateObject())) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	files = cJSON_AddArrayToObject(res, "files");
	for (i = 0; i < arts.n; i++) {
		cJSON *f = cJSON_CreateObject();
		sx_json_add_str(f, "path", arts.v[i].name);
		sx_json_add_str(f, "kind", sx_artifact_kind_name(arts.v[i].kind));
		sx_json_add_str(f, "lang", arts.v[i].lang);
		cJSON_AddItemToArray(files, f);
	}
	sx_json_add_str(res, "source", src);
	cJSON_AddItemToObject(res, "findings", sx_finding_list_to_json(&fl));
	cJSON_AddItemToObject(res, "score", sx_validate_score_json(&fl));
	*result = res;
	res = NULL;
done:
	cJSON_Delete(res);
	sx_finding_list_release(&fl);
	sx_artifact_set_release(&arts);
	sx_session_close(ses);
	return rc;
}

static void render(const cJSON *r, sx_buf *out)
{
	const cJSON *f, *files = cJSON_GetObjectItem(r, "files");
	const cJSON *score = cJSON_GetObjectItem(r, "score");
	int n = 0;
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(r, "findings"))
	{
		const char *art = sx_json_str(f, "artifact", "?");
		const cJSON *file;
		const char *path = art;
		/* show the file the finding is about when kinds are distinct */
		cJSON_ArrayForEach(file, files)
		{
			if (!strcmp(sx_json_str(file, "kind", ""), art)) {
				path = sx_json_str(file, "path", art);
				break;
			}
		}
		sx__put_text(out, path);
		sx_buf_printf(out, ":%lld:%lld: ", (long long)sx_json_int(f, "line", 0),
			      (long long)sx_json_int(f, "col", 0));
		sx__put_text(out, sx_json_str(f, "severity", "?"));
		sx_buf_puts(out, " [");
		sx__put_text(out, sx_json_str(f, "rule", "?"));
		sx_buf_puts(out, "] ");
		sx__put_text(out, sx_json_str(f, "message", ""));
		if (sx_json_str(f, "hint", NULL)) {
			sx_buf_puts(out, "\n    hint: ");
			sx__put_text(out, sx_json_str(f, "hint", ""));
		}
		sx_buf_putc(out, '\n');
		n++;
	}
	if (!n)
		sx_buf_puts(out, "no findings\n");
	sx_buf_printf(out, "score %.1f/10 (%lld errors, %lld warnings, %lld infos)\n",
		      sx_json_num(score, "score", 0), (long long)sx_json_int(score, "errors", 0),
		      (long long)sx_json_int(score, "warnings", 0),
		      (long long)sx_json_int(score, "infos", 0));
}

const sx_cmd_entry sx__cmd_validate = {
	.name = "validate",
	.usage = "FILE... [--source DB] [--dialect D] [--target ENGINE] [--kind K] [--explain CONNINFO] [--ch-url URL]",
	.summary = "check SQL, DDL and Python files with the QA validators",
	.help = "Parses and lints SQL (PostgreSQL grammar; SQLite prepared on --sqlite; "
		"ClickHouse by its own lexical rules with --dialect clickhouse), binds it "
		"against a workspace database (--source), checks ClickHouse DDL and SQL against "
		"--target-version, lints Python with python3's ast, and scores the findings "
		"(docs/validate.md). Server checks run only with --explain (PostgreSQL EXPLAIN, "
		"read-only) or --ch-url (ClickHouse: the DDL created in a scratch database that "
		"is dropped; queries and loads analysed as SELECT * FROM (...) LIMIT 0 with "
		"readonly=1 and max_execution_time, so nothing is written or read). Ctrl-C "
		"kills a ClickHouse request in flight and drops the scratch database. Exit "
		"status 0 whatever the findings; read the score or --json.",
	/* hidden for now: listing it changes the TUI help goldens, which another
	 * branch is rewriting; `sextant validate --help` works all the same */
	.flags = SX_CMD_HIDDEN,
	.opts = opts,
	.min_pos = 1,
	.max_pos = SIZE_MAX,
	.run = run,
	.render = render,
};
