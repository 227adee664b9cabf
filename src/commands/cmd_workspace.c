/*
 * cmd_workspace.c - `sextant workspace info|rebuild|forget NAME`.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands_int.h"

/* Moves the damaged file aside, starts a fresh one and salvages into it
 * what analysis cannot recreate: the store's settings and run history,
 * then the map's decisions (the map migrates its own tables first). */
static int rebuild(const char *dir, cJSON **result, sx_error *err)
{
	char backup[1300];
	cJSON *rep, *res;
	sx_store *st;
	int rc;

	if ((rc = sx_store_rebuild_salvage(dir, backup, sizeof backup, &rep, err)))
		return rc;
	if (access(backup, F_OK) == 0) {
		if ((rc = sx_store_open(&st, dir, err)) == 0) {
			rc = sx_map_salvage(st, backup, rep, err);
			sx_store_close(st);
		}
		if (rc) {
			cJSON_Delete(rep);
			return rc;
		}
	}
	res = cJSON_CreateObject();
	sx_json_add_str(res, "workspace", dir);
	sx_json_add_str(res, "backup", backup);
	cJSON_AddItemToObject(res, "salvaged", rep);
	*result = res;
	return 0;
}

static int64_t rows_of(const cJSON *rows, const char *table)
{
	return sx_json_int(rows, table, 0);
}

/* "salvaged 2 relationship decisions, 3 runs (41 rows of their details),
 * 1 setting" and the tables that could not be read whole. */
static void render_salvage(const cJSON *rep, sx_buf *out)
{
	const cJSON *rows = cJSON_GetObjectItem(rep, "rows");
	const cJSON *bad = cJSON_GetObjectItem(rep, "unreadable"), *t;
	int64_t details = 0;

	if (!sx_json_bool(rep, "readable", true)) {
		sx_buf_puts(out, "the old file could not be read at all: nothing salvaged\n");
		return;
	}
	cJSON_ArrayForEach(t, rows)
	if ((strncmp(t->string, "run_", 4) == 0 || strcmp(t->string, "pitfalls") == 0) &&
	    cJSON_IsNumber(t))
		details += (int64_t)t->valuedouble;
	sx_buf_printf(out,
		      "salvaged %lld relationship decisions, %lld runs (%lld rows of their "
		      "details), %lld settings\n",
		      (long long)rows_of(rows, "map_decisions"), (long long)rows_of(rows, "runs"),
		      (long long)details, (long long)rows_of(rows, "meta"));
	if (sx_json_bool(rep, "header_repaired", false))
		sx_buf_puts(out, "read the old file through a repaired header\n");
	if (cJSON_GetArraySize(bad) > 0) {
		sx_buf_puts(out, "could not read all of:");
		cJSON_ArrayForEach(t, bad)
		if (cJSON_IsString(t)) {
			sx_buf_puts(out, " ");
			sx__put_text(out, t->valuestring);
		}
		sx_buf_puts(out, "\n");
	}
}

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	const char *verb = args->pos[0];
	char dir[1024];
	sx_store *st;
	cJSON *res;
	int rc;

	if ((rc = sx_store_resolve_dir(ctx->workspace_dir, dir, sizeof dir, err)))
		return rc;
	if (strcmp(verb, "rebuild") == 0) {
		if (args->npos != 1)
			return sx_error_set(err, SX_EUSAGE, "workspace rebuild takes no argument");
		return rebuild(dir, result, err);
	}
	if (strcmp(verb, "info") == 0) {
		cJSON *src;
		if (args->npos != 1)
			return sx_error_set(err, SX_EUSAGE, "workspace info takes no argument");
		if ((rc = sx_store_open(&st, dir, err)))
			return rc;
		if ((rc = sx_store_list_sources(st, &src, err)) == 0) {
			res = cJSON_CreateObject();
			sx_json_add_str(res, "workspace", dir);
			sx_json_add_str(res, "file", sx_store_path(st));
			sx_json_add_int(res, "schema_version", sx_store_schema_version());
			sx_json_add_int(res, "databases", cJSON_GetArraySize(src));
			cJSON_Delete(src);
			*result = res;
		}
		sx_store_close(st);
		return rc;
	}
	if (strcmp(verb, "forget") == 0) {
		if (args->npos != 2)
			return sx_error_set(err, SX_EUSAGE, "usage: sextant workspace forget DATABASE");
		if ((rc = sx_store_open(&st, dir, err)))
			return rc;
		rc = sx_store_delete_database(st, args->pos[1], err);
		sx_store_close(st);
		if (!rc) {
			*result = cJSON_CreateObject();
			sx_json_add_str(*result, "forgotten", args->pos[1]);
		}
		return rc;
	}
	return sx_error_set(err, SX_EUSAGE, "workspace: unknown action '%s' (info, rebuild, forget)",
			    verb);
}

static void render(const cJSON *r, sx_buf *out)
{
	if (sx_json_str(r, "backup", NULL)) {
		sx_buf_puts(out, "moved the old workspace file to ");
		sx__put_text(out, sx_json_str(r, "backup", ""));
		sx_buf_puts(out, "\ncreated a fresh workspace in ");
		sx__put_text(out, sx_json_str(r, "workspace", ""));
		sx_buf_puts(out, "\n");
		if (cJSON_GetObjectItem(r, "salvaged"))
			render_salvage(cJSON_GetObjectItem(r, "salvaged"), out);
	} else if (sx_json_str(r, "forgotten", NULL)) {
		sx_buf_puts(out, "forgot ");
		sx__put_text(out, sx_json_str(r, "forgotten", ""));
		sx_buf_puts(out, "\n");
	} else {
		sx_buf_puts(out, "workspace ");
		sx__put_text(out, sx_json_str(r, "file", ""));
		sx_buf_printf(out, "\nschema version %lld, %lld databases\n",
			      (long long)sx_json_int(r, "schema_version", 0),
			      (long long)sx_json_int(r, "databases", 0));
	}
}

const sx_cmd_entry sx__cmd_workspace = {
	.name = "workspace",
	.usage = "info | rebuild | forget DATABASE",
	.summary = "inspect, rebuild or prune the workspace",
	.help = "rebuild moves a corrupt workspace file aside (workspace.db.corrupt-TIME),\n"
		"creates a fresh one and copies into it what can still be read of what\n"
		"analysis cannot recreate: relationship decisions, run history, settings.\n"
		"Analyse your sources again afterwards.",
	.flags = 0,
	.min_pos = 1,
	.max_pos = 2,
	.run = run,
	.render = render,
};
