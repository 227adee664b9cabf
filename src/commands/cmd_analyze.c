/*
 * cmd_analyze.c - `sextant analyze SOURCE...`: introspect, then save to the
 * workspace (one transaction per source).
 */
#include <stdlib.h>
#include <string.h>

#include "commands_int.h"

static const sx_opt opts[] = {
	{"schema", 's', SX_OPT_LIST, "NAME[,NAME]", "only these schemas (PostgreSQL, DDL); repeatable"},
	{"ignore-declared-fks", 0, SX_OPT_FLAG, NULL,
	 "store the catalog as if no foreign key were declared (to evaluate discovery)"},
	{"exact-counts", 0, SX_OPT_FLAG, NULL, "count rows exactly even where that is expensive"},
	{NULL, 0, 0, NULL, NULL},
};

/* The n largest tables by rows, for the summary. */
static cJSON *largest(const sx_database *db, size_t n)
{
	const sx_table *top[8] = {0};
	size_t s, t, i, j;
	cJSON *a = cJSON_CreateArray();

	if (n > 8)
		n = 8;
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++) {
			const sx_table *x = db->schemas[s]->tables[t];
			if (x->row_count < 0)
				continue;
			for (i = 0; i < n; i++)
				if (!top[i] || top[i]->row_count < x->row_count) {
					for (j = n - 1; j > i; j--)
						top[j] = top[j - 1];
					top[i] = x;
					break;
				}
		}
	for (i = 0; i < n && top[i]; i++) {
		cJSON *o = cJSON_CreateObject();
		sx_json_add_str(o, "name", top[i]->name);
		sx_json_add_int(o, "rows", top[i]->row_count);
		cJSON_AddItemToArray(a, o);
	}
	return a;
}

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_store *st = NULL;
	sx_catalog *cat = NULL;
	sx_source_opts so = {0};
	char **schemas = sx_args_list(args, "schema");
	cJSON *res = NULL, *dbs;
	size_t i;
	int rc;
	int64_t total_tables = 0;

	if ((rc = sx__cmd_open_store(ctx, &st, err)))
		goto done;
	so.schemas = (const char *const *)schemas;
	so.ignore_declared_fks = sx_args_flag(args, "ignore-declared-fks");
	so.exact_counts = sx_args_flag(args, "exact-counts");
	so.config = ctx->config;
	so.progress = ctx->progress;
	res = cJSON_CreateObject();
	sx_json_add_str(res, "workspace", sx_store_dir(st));
	dbs = cJSON_AddArrayToObject(res, "databases");
	for (i = 0; i < args->npos; i++) {
		sx_database *db;
		cJSON *o;
		uint64_t t0 = sx_now_ns();
		if ((rc = sx_catalog_new(&cat, err)))
			goto done;
		if ((rc = sx_source_introspect(cat, args->pos[i], &so, &db, err)))
			goto done;
		if (sx_progress_cancelled(ctx->progress)) {
			rc = sx_error_set(err, SX_ECANCELLED, "analysis of '%s' cancelled; nothing saved",
					  args->pos[i]);
			goto done;
		}
		sx_progress_report(ctx->progress, "saving", 0, 1);
		if ((rc = sx_store_save_database(st, db, err)))
			goto done;
		o = sx_database_to_json(db, false);
		sx_json_add_num(o, "seconds", (double)(sx_now_ns() - t0) / 1e9);
		sx_json_add_int(o, "round_trips", db->round_trips);
		cJSON_AddItemToObject(o, "largest", largest(db, 5));
		cJSON_AddItemToArray(dbs, o);
		total_tables += sx_json_int(o, "tables", 0);
		sx_catalog_free(cat);
		cat = NULL;
	}
	sx_json_add_int(res, "tables", total_tables);
	*result = res;
	res = NULL;
done:
	cJSON_Delete(res);
	sx_catalog_free(cat);
	sx_store_close(st);
	sx_strv_free(schemas);
	return rc;
}

static void render(const cJSON *r, sx_buf *out)
{
	const cJSON *db, *w, *l;
	cJSON_ArrayForEach(db, cJSON_GetObjectItem(r, "databases"))
	{
		int n = 0;
		sx__put_text(out, sx_json_str(db, "name", "?"));
		sx_buf_printf(out, "  %s  ", sx_json_str(db, "kind", ""));
		sx__put_text(out, sx_json_str(db, "server_version", ""));
		sx_buf_puts(out, "\n  ");
		sx__put_count(out, sx_json_int(db, "tables", 0));
		sx_buf_puts(out, " tables, ");
		sx__put_count(out, sx_json_int(db, "views", 0));
		sx_buf_puts(out, " views, ");
		sx__put_count(out, sx_json_int(db, "columns", 0));
		sx_buf_puts(out, " columns, ");
		sx__put_count(out, sx_json_int(db, "foreign_keys", 0));
		sx_buf_printf(out, " foreign keys in %lld schema%s  (%.2f s, %lld queries)\n",
			      (long long)sx_json_int(db, "schemas", 0),
			      sx_json_int(db, "schemas", 0) == 1 ? "" : "s",
			      sx_json_num(db, "seconds", 0), (long long)sx_json_int(db, "round_trips", 0));
		cJSON_ArrayForEach(l, cJSON_GetObjectItem(db, "largest"))
		{
			sx_buf_puts(out, n++ ? ", " : "  largest: ");
			sx__put_text(out, sx_json_str(l, "name", "?"));
			sx_buf_puts(out, " (");
			sx__put_count(out, sx_json_int(l, "rows", 0));
			sx_buf_puts(out, " rows)");
		}
		if (n)
			sx_buf_puts(out, "\n");
		cJSON_ArrayForEach(w, cJSON_GetObjectItem(db, "warnings"))
		{
			sx_buf_puts(out, "  warning: ");
			sx__put_text(out, w->valuestring);
			sx_buf_puts(out, "\n");
		}
	}
	sx_buf_puts(out, "saved to workspace ");
	sx__put_text(out, sx_json_str(r, "workspace", "?"));
	sx_buf_puts(out, "\n");
}

const sx_cmd_entry sx__cmd_analyze = {
	.name = "analyze",
	.usage = "SOURCE... [--schema S] [--ignore-declared-fks]",
	.summary = "read databases into the workspace and map them",
	.help = "A SOURCE is a SQLite file (PATH or sqlite:PATH), a PostgreSQL URI or\n"
		"keyword string (postgresql://user@host/db, \"host=... dbname=...\"), a\n"
		"ClickHouse URL (clickhouse://user@host:8123/db, http://host:8123), or a\n"
		"DDL file (*.sql). Sources are opened read-only. Re-analysing a database\n"
		"replaces what the workspace holds for it, in one transaction.",
	.flags = SX_CMD_NEEDS_WORKSPACE,
	.opts = opts,
	.min_pos = 1,
	.max_pos = SIZE_MAX,
	.run = run,
	.render = render,
};
