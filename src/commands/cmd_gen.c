/*
 * cmd_gen.c - `sextant gen-spec INTENT`: a hidden command that shows the
 * built-in generator's query spec, thoughts, findings and artifacts, until
 * the agent engine (`generate`) exists. The work is sx_gen_plan and
 * sx_gen_render; this file opens the workspace, supplies the value
 * dictionary and renders the result.
 *
 * The value dictionary: distinct values (at most 50) of low-cardinality,
 * non-PII columns, sampled through the source (--source, else the source
 * string the workspace stored when it holds no password: SQLite paths) and
 * kept in the workspace table gen_values, so later runs need no source.
 * [gen] value_dictionary = false switches it off.
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/gen.h>

#include "commands_int.h"

#define GEN_MAX_VALUES 50

static const sx_opt opts[] = {
	{"target", 0, SX_OPT_STRING, "ENGINE|URL", "postgresql, clickhouse or sqlite (default: from the intent), or a ClickHouse URL"},
	{"cluster", 0, SX_OPT_STRING, "NAME|auto", "a ClickHouse cluster (default: [target] clickhouse_cluster)"},
	{"target-version", 0, SX_OPT_STRING, "V", "the target server's version (default: a ClickHouse server analysed in the workspace; else unknown, conservative syntax)"},
	{"schedule", 0, SX_OPT_STRING, "CRON", "cron schedule (default: from the intent)"},
	{"mode", 0, SX_OPT_STRING, "MODE", "batch or streaming"},
	{"measure", 0, SX_OPT_LIST, "[AGG:]T.C", "measure override (sum, count, avg, min, max)"},
	{"dimension", 0, SX_OPT_LIST, "T.C", "dimension override"},
	{"filter", 0, SX_OPT_LIST, "T.C=V", "filter override (T.C!=V excludes)"},
	{"time-column", 0, SX_OPT_STRING, "T.C", "time column override"},
	{"partition-rows", 0, SX_OPT_INT, "N", "source rows from which a PostgreSQL target is range-partitioned (default 10000000)"},
	{"source", 0, SX_OPT_STRING, "CONN", "live source for the value dictionary"},
	{"database", 0, SX_OPT_STRING, "DB", "only this analysed database"},
	{"select-dialect", 0, SX_OPT_STRING, "D", "also render the SELECT in this dialect"},
	{NULL, 0, 0, NULL, NULL},
};

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_session *ses = NULL;
	sx_search *srch = NULL;
	sx_catalog *wcat;
	sx_gen_request rq = {0};
	sx_gen_thoughts th;
	sx_finding_list fl;
	sx_artifact_set arts;
	sx_gen_spec *spec = NULL;
	char **meas = sx_args_list(args, "measure"), **dims = sx_args_list(args, "dimension"),
	     **filt = sx_args_list(args, "filter");
	sx_buf q = SX_BUF_INIT;
	sx_gen_dict *dict = NULL;
	const char *target_url = NULL;
	cJSON *res = NULL, *a;
	uint64_t t0, t1, t2;
	size_t i;
	int rc;

	sx_gen_thoughts_init(&th);
	sx_finding_list_init(&fl);
	sx_artifact_set_init(&arts);
	for (i = 0; i < args->npos; i++) {
		if (i)
			sx_buf_putc(&q, ' ');
		sx_buf_puts(&q, args->pos[i]);
	}
	if ((rc = sx__search_session(ctx, SX_SESSION_MAP, &ses, &srch, err)))
		goto done;
	wcat = sx_session_catalog(ses);
	{
		const char *src = sx_args_get(args, "source");
		if (!src && wcat->ndbs == 1 && wcat->dbs[0]->kind == SX_DB_SQLITE)
			src = wcat->dbs[0]->dsn;
		if ((rc = sx_gen_dict_open(&dict, sx_session_store(ses), src, ctx->config, err)))
			goto done;
	}
	rq.intent = sx_buf_cstr(&q);
	rq.target = sx__target_engine(sx_args_get(args, "target"), &target_url);
	rq.target_version = sx_args_get(args, "target-version");
	if (!rq.target_version) {
		/* a ClickHouse server analysed in this workspace tells its version */
		for (i = 0; i < wcat->ndbs; i++)
			if (wcat->dbs[i]->kind == SX_DB_CLICKHOUSE && wcat->dbs[i]->server_version)
				rq.target_version = wcat->dbs[i]->server_version;
	}
	rq.schedule = sx_args_get(args, "schedule");
	rq.mode = sx_args_get(args, "mode");
	rq.database = sx_args_get(args, "database");
	rq.measures = (const char *const *)meas;
	rq.dimensions = (const char *const *)dims;
	rq.filters = (const char *const *)filt;
	rq.time_column = sx_args_get(args, "time-column");
	rq.partition_rows = sx_args_int(args, "partition-rows", 0);
	rq.values = sx_gen_dict_values;
	rq.values_payload = dict;
	t0 = sx_now_ns();
	if ((rc = sx_gen_plan(&spec, &rq, sx_session_map(ses), srch, &th, &fl, err)) ||
	    (rc = sx_gen_apply_deploy(spec, ctx->config, sx_args_get(args, "cluster"), target_url, &th,
				      err)))
		goto done;
	t1 = sx_now_ns();
	if ((rc = sx_gen_render(spec, &arts, err)))
		goto done;
	t2 = sx_now_ns();
	res = cJSON_CreateObject();
	{
		cJSON *tm = cJSON_AddObjectToObject(res, "timings");
		sx_json_add_num(tm, "plan_ms", (double)(t1 - t0) / 1e6);
		sx_json_add_num(tm, "render_ms", (double)(t2 - t1) / 1e6);
	}
	cJSON_AddItemToObject(res, "spec", sx_gen_spec_to_json(spec));
	a = cJSON_AddArrayToObject(res, "thoughts");
	for (i = 0; i < th.n; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(th.v[i]));
	cJSON_AddItemToObject(res, "findings", sx_finding_list_to_json(&fl));
	cJSON_AddItemToObject(res, "artifacts", sx_artifact_set_to_json(&arts));
	if (sx_args_get(args, "select-dialect")) {
		sx_db_kind d;
		sx_buf b = SX_BUF_INIT;
		if (sx_db_kind_parse(sx_args_get(args, "select-dialect"), &d)) {
			rc = sx_error_set(err, SX_EUSAGE, "unknown dialect '%s'", sx_args_get(args, "select-dialect"));
			goto done;
		}
		if ((rc = sx_gen_render_select(spec, d, &b, err))) {
			sx_buf_release(&b);
			goto done;
		}
		sx_json_add_str(res, "select_dialect", sx_buf_cstr(&b));
		sx_buf_release(&b);
	}
	*result = res;
	res = NULL;
done:
	cJSON_Delete(res);
	sx_gen_spec_free(spec);
	sx_artifact_set_release(&arts);
	sx_finding_list_release(&fl);
	sx_gen_thoughts_release(&th);
	sx_gen_dict_free(dict);
	sx_session_close(ses);
	sx_strv_free(meas);
	sx_strv_free(dims);
	sx_strv_free(filt);
	sx_buf_release(&q);
	return rc;
}

static void put_block(sx_buf *out, const char *s)
{
	sx_buf_put_sanitized(out, s, strlen(s), true);
	if (!*s || s[strlen(s) - 1] != '\n')
		sx_buf_putc(out, '\n');
}

static void render(const cJSON *r, sx_buf *out)
{
	const cJSON *x;
	sx_buf_puts(out, "Thoughts\n");
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "thoughts"))
	{
		sx_buf_puts(out, "  - ");
		sx__put_text(out, cJSON_IsString(x) ? x->valuestring : "");
		sx_buf_puts(out, "\n");
	}
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "findings"))
	{
		sx_buf_puts(out, "  [");
		sx__put_text(out, sx_json_str(x, "severity", "?"));
		sx_buf_puts(out, "] ");
		sx__put_text(out, sx_json_str(x, "message", ""));
		sx_buf_puts(out, "\n");
	}
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "artifacts"))
	{
		sx_buf_puts(out, "\n== ");
		sx__put_text(out, sx_json_str(x, "kind", "?"));
		sx_buf_puts(out, " (");
		sx__put_text(out, sx_json_str(x, "lang", "?"));
		sx_buf_puts(out, ")\n");
		put_block(out, sx_json_str(x, "content", ""));
	}
}

const sx_cmd_entry sx__cmd_gen_spec = {
	.name = "gen-spec",
	.usage = "INTENT [--target ENGINE|URL] [--cluster NAME|auto] [--measure ..] [--dimension ..] [--filter ..] [--json]",
	.summary = "built-in generation: the query spec and artifacts of an intent (preview)",
	.help = "Turns a plain-language ETL intent (English or Russian) into a query spec\n"
		"resolved against the analysed workspace, and renders the SELECT, target\n"
		"DDL, load SQL, Airflow DAG, Python transform, tests and README. Offline;\n"
		"no model. A preview of what `generate` will do.",
	.flags = SX_CMD_HIDDEN,
	.opts = opts,
	.min_pos = 1,
	.max_pos = SIZE_MAX,
	.run = run,
	.render = render,
};
