/*
 * cmd_workspace.c - `sextant workspace info|rebuild|forget NAME`.
 */
#include <stdlib.h>
#include <string.h>

#include "commands_int.h"

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	const char *verb = args->pos[0];
	char dir[1024], backup[1300];
	sx_store *st;
	cJSON *res;
	int rc;

	if ((rc = sx_store_resolve_dir(ctx->workspace_dir, dir, sizeof dir, err)))
		return rc;
	if (strcmp(verb, "rebuild") == 0) {
		if (args->npos != 1)
			return sx_error_set(err, SX_EUSAGE, "workspace rebuild takes no argument");
		if ((rc = sx_store_rebuild(dir, backup, sizeof backup, err)))
			return rc;
		res = cJSON_CreateObject();
		sx_json_add_str(res, "workspace", dir);
		sx_json_add_str(res, "backup", backup);
		*result = res;
		return 0;
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
	.help = "rebuild moves a corrupt workspace file aside (workspace.db.corrupt-TIME)\n"
		"and creates a fresh one; analyse your sources again afterwards.",
	.flags = 0,
	.min_pos = 1,
	.max_pos = 2,
	.run = run,
	.render = render,
};
