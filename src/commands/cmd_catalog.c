/*
 * cmd_catalog.c - reading the stored catalog: `tables`, `show`, `sources`.
 */
#include <stdlib.h>
#include <string.h>

#include "commands_int.h"

/* ------------------------------------------------------------ tables */

static const sx_opt tables_opts[] = {
	{"database", 'd', SX_OPT_STRING, "NAME", "only this database"},
	{"schema", 's', SX_OPT_STRING, "NAME", "only this schema"},
	{NULL, 0, 0, NULL, NULL},
};

static int tables_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_session *ses;
	const sx_catalog *cat;
	const char *schema = sx_args_get(args, "schema");
	cJSON *res, *arr;
	size_t d, s, t;
	int rc;

	if ((rc = sx__cmd_session(ctx, sx_args_get(args, "database"), SX_SESSION_MAP_NONE, &ses,
				  err)))
		return rc;
	cat = sx_session_catalog(ses);
	res = cJSON_CreateObject();
	arr = cJSON_AddArrayToObject(res, "tables");
	for (d = 0; d < cat->ndbs; d++)
		for (s = 0; s < cat->dbs[d]->nschemas; s++) {
			const sx_schema *sc = cat->dbs[d]->schemas[s];
			if (schema && strcmp(sc->name, schema) != 0)
				continue;
			for (t = 0; t < sc->ntables; t++)
				cJSON_AddItemToArray(arr, sx_table_to_json(sc->tables[t], false));
		}
	sx_json_add_int(res, "count", cJSON_GetArraySize(arr));
	sx_session_close(ses);
	*result = res;
	return 0;
}

static void tables_render(const cJSON *r, sx_buf *out)
{
	const cJSON *t;
	cJSON_ArrayForEach(t, cJSON_GetObjectItem(r, "tables"))
	{
		size_t start = out->len;
		sx__put_text(out, sx_json_str(t, "id", "?"));
		sx__pad_from(out, start, 44);
		if (cJSON_IsNumber(cJSON_GetObjectItem(t, "row_count"))) {
			sx_buf cnt = SX_BUF_INIT;
			sx__put_count(&cnt, sx_json_int(t, "row_count", 0));
			sx_buf_printf(out, "%12s rows%s", sx_buf_cstr(&cnt),
				      sx_json_bool(t, "rows_exact", false) ? " " : "~");
			sx_buf_release(&cnt);
		} else {
			sx_buf_puts(out, "           ? rows ");
		}
		sx_buf_printf(out, "  %3lld cols  %s\n", (long long)sx_json_int(t, "column_count", 0),
			      strcmp(sx_json_str(t, "kind", "table"), "table") == 0
				      ? ""
				      : sx_json_str(t, "kind", ""));
	}
	sx_buf_printf(out, "%lld tables\n", (long long)sx_json_int(r, "count", 0));
}

const sx_cmd_entry sx__cmd_tables = {
	.name = "tables",
	.usage = "[--database D] [--schema S]",
	.summary = "list the tables in the workspace",
	.opts = tables_opts,
	.min_pos = 0,
	.max_pos = 0,
	.run = tables_run,
	.render = tables_render,
};

/* ------------------------------------------------------------ show */

static int show_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_session *ses;
	sx_table *t;
	int rc;

	if ((rc = sx__cmd_session(ctx, NULL, SX_SESSION_MAP_NONE, &ses, err)))
		return rc;
	if ((rc = sx_catalog_resolve(sx_session_catalog(ses), args->pos[0], &t, err)) == 0)
		*result = sx_table_to_json(t, true);
	sx_session_close(ses);
	return rc;
}

static void show_render(const cJSON *r, sx_buf *out)
{
	const cJSON *c, *fk, *ix;
	sx__put_text(out, sx_json_str(r, "id", "?"));
	sx_buf_printf(out, "  (%s", sx_json_str(r, "kind", "table"));
	if (cJSON_IsNumber(cJSON_GetObjectItem(r, "row_count"))) {
		sx_buf_puts(out, ", ");
		if (!sx_json_bool(r, "rows_exact", false))
			sx_buf_puts(out, "~");
		sx__put_count(out, sx_json_int(r, "row_count", 0));
		sx_buf_puts(out, " rows");
	}
	sx_buf_puts(out, ")\n");
	sx__put_member_line(out, "  ", r, "comment");
	sx_buf_puts(out, "\n");
	cJSON_ArrayForEach(c, cJSON_GetObjectItem(r, "columns"))
	{
		size_t start = out->len;
		sx_buf_printf(out, "  %s%s ", sx_json_bool(c, "pk", false) ? "PK" : "  ",
			      sx_json_str(c, "fk", NULL) ? "FK" : "  ");
		sx__put_text(out, sx_json_str(c, "name", "?"));
		sx__pad_from(out, start, 32);
		start = out->len;
		sx__put_text(out, sx_json_str(c, "type", ""));
		sx__pad_from(out, start, 20);
		sx_buf_puts(out, sx_json_bool(c, "nullable", true) ? "null    " : "not null");
		if (sx_json_str(c, "generated", NULL))
			sx_buf_printf(out, "  generated %s", sx_json_str(c, "generated", ""));
		if (sx_json_str(c, "comment", NULL)) {
			sx_buf_puts(out, "  -- ");
			sx__put_text(out, sx_json_str(c, "comment", ""));
		}
		sx_buf_puts(out, "\n");
	}
	if (cJSON_GetArraySize(cJSON_GetObjectItem(r, "foreign_keys")))
		sx_buf_puts(out, "\nforeign keys:\n");
	cJSON_ArrayForEach(fk, cJSON_GetObjectItem(r, "foreign_keys"))
	{
		const cJSON *n;
		int i = 0;
		sx_buf_puts(out, "  (");
		cJSON_ArrayForEach(n, cJSON_GetObjectItem(fk, "columns"))
		{
			sx_buf_puts(out, i++ ? ", " : "");
			sx__put_text(out, n->valuestring);
		}
		sx_buf_puts(out, ") -> ");
		sx__put_text(out, sx_json_str(fk, "ref_table", "?"));
		sx_buf_puts(out, "(");
		i = 0;
		cJSON_ArrayForEach(n, cJSON_GetObjectItem(fk, "ref_columns"))
		{
			sx_buf_puts(out, i++ ? ", " : "");
			sx__put_text(out, n->valuestring);
		}
		sx_buf_puts(out, i ? ")\n" : "primary key)\n");
	}
	if (cJSON_GetArraySize(cJSON_GetObjectItem(r, "indexes")))
		sx_buf_puts(out, "\nindexes:\n");
	cJSON_ArrayForEach(ix, cJSON_GetObjectItem(r, "indexes"))
	{
		const cJSON *n;
		int i = 0;
		sx_buf_puts(out, "  ");
		sx__put_text(out, sx_json_str(ix, "name", "(unnamed)"));
		sx_buf_printf(out, "%s (", sx_json_bool(ix, "unique", false) ? " unique" : "");
		cJSON_ArrayForEach(n, cJSON_GetObjectItem(ix, "columns"))
		{
			sx_buf_puts(out, i++ ? ", " : "");
			sx__put_text(out, n->valuestring);
		}
		sx_buf_puts(out, ")\n");
	}
}

const sx_cmd_entry sx__cmd_show = {
	.name = "show",
	.usage = "TABLE",
	.summary = "show a table's columns, keys and indexes",
	.help = "TABLE is database.schema.table, schema.table or a unique table name.",
	.opts = NULL,
	.min_pos = 1,
	.max_pos = 1,
	.run = show_run,
	.render = show_render,
};

/* ------------------------------------------------------------ sources */

static int sources_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_store *st;
	cJSON *arr;
	int rc;
	(void)args;
	if ((rc = sx__cmd_open_store(ctx, &st, err)))
		return rc;
	rc = sx_store_list_sources(st, &arr, err);
	if (!rc) {
		*result = cJSON_CreateObject();
		sx_json_add_str(*result, "workspace", sx_store_dir(st));
		cJSON_AddItemToObject(*result, "sources", arr);
	}
	sx_store_close(st);
	return rc;
}

static void sources_render(const cJSON *r, sx_buf *out)
{
	const cJSON *s;
	int n = 0;
	cJSON_ArrayForEach(s, cJSON_GetObjectItem(r, "sources"))
	{
		n++;
		sx__put_text(out, sx_json_str(s, "name", "?"));
		sx_buf_printf(out, "  %s  ", sx_json_str(s, "kind", "?"));
		sx__put_text(out, sx_json_str(s, "dsn", ""));
		sx_buf_puts(out, "\n  ");
		sx__put_text(out, sx_json_str(s, "server_version", "?"));
		sx_buf_puts(out, ", analysed ");
		sx__put_text(out, sx_json_str(s, "analysed_at", "?"));
		sx_buf_puts(out, ": ");
		sx__put_sizes(out, s);
		sx_buf_puts(out, "\n");
	}
	if (!n)
		sx_buf_puts(out, "no sources yet: run 'sextant analyze SOURCE'\n");
}

const sx_cmd_entry sx__cmd_sources = {
	.name = "sources",
	.usage = "",
	.summary = "list the analysed databases",
	.min_pos = 0,
	.max_pos = 0,
	.run = sources_run,
	.render = sources_render,
};
