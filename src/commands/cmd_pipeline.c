/*
 * cmd_pipeline.c - `sextant pipeline try RUN_ID [--window-days N]
 * [--limit N] [--target CONN] [--source CONN]`: a stored run's pipeline
 * run on a sample (sx_validate_try, docs/validate.md "Try").
 *
 * The run's last iteration gives the SELECT, the target DDL and the load;
 * its "spec" event (the planner's spec, kept by generate) gives the target
 * table, the measures and whether there is a time column. The source is
 * the run's database of the workspace: its stored DSN (no password) or
 * --source with credentials; the target is --target, else [agents]
 * try_target (a SQLite target needs none: a temporary file). Sources
 * read: PostgreSQL, ClickHouse (readonly=1, max_execution_time; give
 * credentials with --source) and SQLite; a streaming load is tried as one
 * micro-batch through its materialised view. The result
 * has "passed" (no error finding), so the exit status is 1 when a step
 * failed (SX_CMD_GATED).
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/validate.h>

#include "commands_int.h"

static const sx_opt opts[] = {
    {"window-days", 0, SX_OPT_INT, "N", "the last N days of the time column (default 7)"},
    {"limit", 'n', SX_OPT_INT, "N", "at most N rows from the source (default 10000)"},
    {"target", 't', SX_OPT_STRING, "CONN",
     "the target: PostgreSQL conninfo or ClickHouse URL (default [agents] try_target)"},
    {"source", 's', SX_OPT_STRING, "CONN",
     "the source connection with credentials, e.g. clickhouse://user:pw@host:8123/db "
     "(default: the run's database as analysed, stored without its password)"},
    {"timeout-ms", 0, SX_OPT_INT, "MS", "statement timeout on source and target (default 30000)"},
    {NULL, 0, 0, NULL, NULL},
};

/* The newest iteration's artifact of a kind (borrowed from run). */
static const cJSON *artifact(const cJSON *run, const char *kind)
{
	const cJSON *a, *best = NULL;
	cJSON_ArrayForEach(
	    a, cJSON_GetObjectItem(
	           run, "artifacts")) if (!strcmp(sx_json_str(a, "kind", ""), kind) &&
	                                  (!best || sx_json_int(a, "iteration", 0) >=
	                                                sx_json_int(best, "iteration", 0))) best =
	    a;
	return best;
}

/* The planner's spec, kept as the run's "spec" event (NULL for runs made
 * before it was kept). Caller frees. */
static cJSON *spec_of(const cJSON *run)
{
	const cJSON *ev;
	cJSON_ArrayForEach(
	    ev, cJSON_GetObjectItem(
	            run, "events")) if (!strcmp(sx_json_str(ev, "type", ""),
	                                        "spec")) return cJSON_Parse(sx_json_str(ev, "json",
	                                                                                "{}"));
	return NULL;
}

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_session *ses = NULL;
	sx_store *st = NULL;
	cJSON *runj = NULL, *spec = NULL, *rep = NULL, *res = NULL;
	sx_finding_list fl;
	char id[SX_RUN_ID_SIZE];
	const char **meas = NULL;
	int rc;

	sx_finding_list_init(&fl);
	if (strcmp(args->pos[0], "try") != 0)
		return sx_error_set(err, SX_EUSAGE, "pipeline: unknown action '%s' (try)",
		                    args->pos[0]);
	if (args->npos != 2)
		return sx_error_set(err, SX_EUSAGE, "usage: sextant pipeline try RUN_ID");
	if ((rc = sx__cmd_open_store(ctx, &st, err)) || (rc = sx_history_migrate(st, err)) ||
	    (rc = sx_history_resolve(st, args->pos[1], id, err)) ||
	    (rc = sx_history_get_run(st, id, true, &runj, err)))
		goto done;
	sx_store_close(st);
	st = NULL;

	const cJSON *sel = artifact(runj, "select_sql"), *ddl = artifact(runj, "target_ddl"),
	            *load = artifact(runj, "load_sql");
	if (!sel || !ddl || !load) {
		rc = sx_error_set(err, SX_EINVAL,
		                  "run %s has no SELECT, target DDL and load to try", id);
		goto done;
	}
	spec = spec_of(runj);
	const char *dbname = sx_json_str(cJSON_GetObjectItem(runj, "request"), "source", NULL);
	if ((rc = sx__cmd_session(ctx, dbname, SX_SESSION_MAP_NONE, &ses, err)))
		goto done;
	const sx_database *db =
	    dbname ? sx_catalog_find_database(sx_session_catalog(ses), dbname) : NULL;
	if (!db) {
		rc = sx_error_set(err, SX_ENOTFOUND,
		                  "the run's source database '%s' is not in the workspace",
		                  dbname ? dbname : "?");
		goto done;
	}
	sx_db_kind tk;
	if (sx_db_kind_parse(sx_json_str(ddl, "lang", ""), &tk)) {
		rc = sx_error_set(err, SX_EINVAL, "the run's target DDL is in an unknown dialect");
		goto done;
	}
	const cJSON *m;
	size_t nm = 0;
	if (!(meas =
	          sx_calloc((size_t)cJSON_GetArraySize(cJSON_GetObjectItem(spec, "measures")) + 1,
	                    sizeof *meas))) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	cJSON_ArrayForEach(m,
	                   cJSON_GetObjectItem(spec, "measures")) if (sx_json_str(m, "name", NULL))
	    meas[nm++] = sx_json_str(m, "name", NULL);
	const char *table = sx_json_str(spec, "target_table", NULL);
	sx_try_opts o = {
	    .run_id = id,
	    .source_kind = db->kind,
	    .source = sx_args_get(args, "source") ? sx_args_get(args, "source") : db->dsn,
	    .target_kind = tk,
	    .target = sx_args_get(args, "target")
	                  ? sx_args_get(args, "target")
	                  : sx_config_get(ctx->config, "agents", "try_target", NULL),
	    .select_sql = sx_json_str(sel, "content", ""),
	    .target_ddl = sx_json_str(ddl, "content", ""),
	    .load_sql = sx_json_str(load, "content", ""),
	    /* runs without a kept spec: the artifact is named for the table */
	    .target_table = table ? table : sx_json_str(ddl, "name", ""),
	    .measures = nm ? meas : NULL,
	    .has_time = spec ? cJSON_GetObjectItem(spec, "time") != NULL : true,
	    .window_days =
	        (int)sx_args_int(args, "window-days",
	                         sx_config_get_int(ctx->config, "agents", "try_window_days", 7)),
	    .limit = sx_args_int(args, "limit",
	                         sx_config_get_int(ctx->config, "agents", "try_limit", 10000)),
	    .statement_timeout_ms = sx_args_int(args, "timeout-ms", 30000),
	    .cancel = ctx->cancel,
	};
	if (o.window_days < 1 || o.limit < 1) {
		rc = sx_error_set(err, SX_EUSAGE, "--window-days and --limit must be at least 1");
		goto done;
	}
	if ((rc = sx_validate_try(&o, &fl, &rep, err)))
		goto done;
	for (size_t i = 0; i < fl.n; i++)
		sx_cmd_emit_finding(ctx, fl.v[i].severity, fl.v[i].category, fl.v[i].rule,
		                    fl.v[i].message);
	if (!(res = cJSON_CreateObject())) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto done;
	}
	sx_json_add_str(res, "run_id", id);
	sx_json_add_str(res, "source", db->name);
	sx_json_add_str(res, "target_table", o.target_table);
	sx_json_add_bool(res, "passed", sx_finding_count(&fl, SX_SEV_ERROR) == 0);
	cJSON_AddItemToObject(res, "try", rep);
	rep = NULL;
	cJSON_AddItemToObject(res, "findings", sx_finding_list_to_json(&fl));
	*result = res;
	res = NULL;
done:
	free(meas);
	cJSON_Delete(res);
	cJSON_Delete(rep);
	cJSON_Delete(spec);
	cJSON_Delete(runj);
	sx_finding_list_release(&fl);
	sx_session_close(ses);
	sx_store_close(st);
	return rc;
}

static void render(const cJSON *r, sx_buf *out)
{
	const cJSON *f;
	sx_buf_puts(out, "run ");
	sx__put_text(out, sx_json_str(r, "run_id", ""));
	sx_buf_puts(out, ": ");
	sx__put_text(out, sx_json_str(r, "target_table", ""));
	sx_buf_puts(out, " tried in ");
	sx__put_text(out, sx_json_str(cJSON_GetObjectItem(r, "try"), "scratch", ""));
	sx_buf_puts(out, sx_json_bool(r, "passed", false) ? ": passed\n" : ": FAILED\n");
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(r, "findings"))
	{
		sx_buf_puts(out, "  ");
		sx__put_text(out, sx_json_str(f, "severity", "?"));
		sx_buf_puts(out, " [");
		sx__put_text(out, sx_json_str(f, "rule", "?"));
		sx_buf_puts(out, "] ");
		sx__put_text(out, sx_json_str(f, "message", ""));
		sx_buf_putc(out, '\n');
	}
}

const sx_cmd_entry sx__cmd_pipeline = {
    .name = "pipeline",
    .usage = "try RUN_ID [--window-days N] [--limit N] [--target CONN] [--source CONN]",
    .summary = "run a generated pipeline on a sample in scratch objects of the target",
    .help = "Runs a stored run's SELECT on the source (PostgreSQL, ClickHouse or SQLite;\n"
            "read-only, statement timeout, the last --window-days days of its time column or\n"
            "--limit rows), creates the target DDL in a scratch schema (PostgreSQL), scratch\n"
            "database (ClickHouse) or temporary SQLite file, loads the rows with the generated\n"
            "load, checks row counts, grain keys and each measure's sum against the source,\n"
            "loads again to check idempotence, and drops the scratch objects (also on errors\n"
            "and Ctrl-C, which also kills a ClickHouse query in flight). A streaming load is\n"
            "tried as one micro-batch: the Kafka table made a Null table, the rows sent\n"
            "through its materialised view, then sent again (at-least-once delivery); the\n"
            "broker, connector and change events are not checked. Every step is a finding\n"
            "with its numbers (docs/validate.md). Exit status 1 when a step failed.",
    .flags = SX_CMD_GATED,
    .opts = opts,
    .min_pos = 2,
    .max_pos = 2,
    .run = run,
    .render = render,
};
