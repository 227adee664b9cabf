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

#include <sqlite3.h>

#include <sextant/gen.h>

#include "commands_int.h"

#define GEN_MAX_VALUES 50

static const sx_opt opts[] = {
	{"target", 0, SX_OPT_STRING, "ENGINE", "postgresql, clickhouse or sqlite (default: from the intent)"},
	{"target-version", 0, SX_OPT_STRING, "V", "the target server's version (default: a ClickHouse server analysed in the workspace; else unknown, conservative syntax)"},
	{"schedule", 0, SX_OPT_STRING, "CRON", "cron schedule (default: from the intent)"},
	{"mode", 0, SX_OPT_STRING, "MODE", "batch or streaming"},
	{"measure", 0, SX_OPT_LIST, "[AGG:]T.C", "measure override (sum, count, avg, min, max)"},
	{"dimension", 0, SX_OPT_LIST, "T.C", "dimension override"},
	{"filter", 0, SX_OPT_LIST, "T.C=V", "filter override (T.C!=V excludes)"},
	{"time-column", 0, SX_OPT_STRING, "T.C", "time column override"},
	{"source", 0, SX_OPT_STRING, "CONN", "live source for the value dictionary"},
	{"database", 0, SX_OPT_STRING, "DB", "only this analysed database"},
	{"select-dialect", 0, SX_OPT_STRING, "D", "also render the SELECT in this dialect"},
	{NULL, 0, 0, NULL, NULL},
};

static const char *const MIGRATE[] = {
	"CREATE TABLE gen_values (database TEXT NOT NULL, schema_name TEXT NOT NULL,"
	" table_name TEXT NOT NULL, column_name TEXT NOT NULL, value TEXT,"
	" PRIMARY KEY (database, schema_name, table_name, column_name, value))",
};

typedef struct vctx {
	sx_store *st;
	sx_sampler *sampler;
	bool enabled;
} vctx;

static int values_fn(void *payload, const sx_table *t, const char *col, char ***out, size_t *n)
{
	vctx *v = payload;
	sqlite3 *db;
	sqlite3_stmt *q = NULL;
	char **vals = NULL;
	size_t cap = 0, k = 0;
	bool seen = false;
	*out = NULL;
	*n = 0;
	if (!v->enabled || !v->st)
		return -1;
	db = sx_store_db(v->st);
	if (sqlite3_prepare_v2(db, "SELECT value FROM gen_values WHERE database = ?1 AND schema_name = ?2"
				   " AND table_name = ?3 AND column_name = ?4 ORDER BY value",
			       -1, &q, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(q, 1, t->schema->db->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, t->schema->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, t->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, col, -1, SQLITE_STATIC);
	while (sqlite3_step(q) == SQLITE_ROW) {
		const char *s = (const char *)sqlite3_column_text(q, 0);
		seen = true;
		if (s && !sx_grow((void **)&vals, &cap, k + 1, sizeof *vals))
			vals[k++] = sx_strdup(s);
	}
	sqlite3_finalize(q);
	if (seen) {
		*out = vals;
		*n = k;
		return 0;
	}
	if (!v->sampler)
		return -1;
	{
		char **sv = NULL;
		size_t sn = 0, i;
		sx_error e = {0};
		if (sx_sampler_distinct(v->sampler, t, col, GEN_MAX_VALUES + 1, &sv, &sn, &e))
			return -1;
		/* remember the column (a NULL row marks "sampled, too many values") */
		if (sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO gen_values VALUES (?1, ?2, ?3, ?4, ?5)", -1, &q,
				       NULL) == SQLITE_OK) {
			for (i = 0; i < (sn > GEN_MAX_VALUES ? 1 : sn); i++) {
				sqlite3_reset(q);
				sqlite3_bind_text(q, 1, t->schema->db->name, -1, SQLITE_STATIC);
				sqlite3_bind_text(q, 2, t->schema->name, -1, SQLITE_STATIC);
				sqlite3_bind_text(q, 3, t->name, -1, SQLITE_STATIC);
				sqlite3_bind_text(q, 4, col, -1, SQLITE_STATIC);
				if (sn > GEN_MAX_VALUES)
					sqlite3_bind_null(q, 5);
				else
					sqlite3_bind_text(q, 5, sv[i], -1, SQLITE_STATIC);
				sqlite3_step(q);
			}
			sqlite3_finalize(q);
		}
		if (sn > GEN_MAX_VALUES) {
			sx_sampler_values_free(sv, sn);
			return -1;
		}
		*out = sv; /* heap strings in a heap array: the planner frees them */
		*n = sn;
		return 0;
	}
}

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
	vctx v = {0};
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
	v.st = sx_session_store(ses);
	v.enabled = sx_config_get_bool(ctx->config, "gen", "value_dictionary", true);
	if (v.enabled && (rc = sx_store_migrate(v.st, "gen", MIGRATE, 1, err)))
		goto done;
	if (v.enabled) {
		const char *src = sx_args_get(args, "source");
		sx_source_opts so = {0};
		sx_error serr = {0};
		so.config = ctx->config;
		if (!src && wcat->ndbs == 1 && wcat->dbs[0]->kind == SX_DB_SQLITE)
			src = wcat->dbs[0]->dsn;
		if (src && sx_sampler_open(&v.sampler, src, &so, &serr))
			v.sampler = NULL; /* the comments still give some values */
	}
	rq.intent = sx_buf_cstr(&q);
	rq.target = sx_args_get(args, "target");
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
	rq.values = values_fn;
	rq.values_payload = &v;
	t0 = sx_now_ns();
	if ((rc = sx_gen_plan(&spec, &rq, sx_session_map(ses), srch, &th, &fl, err)))
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
	sx_sampler_close(v.sampler);
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
	.usage = "INTENT [--target ENGINE] [--measure ..] [--dimension ..] [--filter ..] [--json]",
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
