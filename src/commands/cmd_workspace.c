/*
 * cmd_workspace.c - `sextant workspace info|rebuild|forget NAME|push URL|
 * pull URL|decisions`.
 *
 * push copies the local workspace (--workspace DIR or the default) into a
 * shared one at URL; pull copies a shared one into the local workspace
 * (sx_store_copy: catalogs, decisions with their log, runs). Derived
 * tables (map, search index) are not copied: the receiving side analyses
 * again or rebuilds its index.
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
		      (long long)(rows_of(rows, "decisions") ? rows_of(rows, "decisions")
							     : rows_of(rows, "map_decisions")),
		      (long long)rows_of(rows, "runs"),
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

static int push_pull(sx_cmd_ctx *ctx, bool push, const char *dir, const sx_args *args,
		     cJSON **result, sx_error *err)
{
	sx_store *local = NULL, *shared = NULL;
	cJSON *rep = NULL;
	int rc;

	if (args->npos != 2 || !sx_store_is_url_like(args->pos[1]))
		return sx_error_set(err, SX_EUSAGE, "usage: sextant workspace %s postgresql://...",
				    push ? "push" : "pull");
	if (sx_store_is_url_like(dir))
		return sx_error_set(err, SX_EUSAGE,
				    "workspace %s copies between a local workspace (--workspace DIR)"
				    " and a shared one",
				    push ? "push" : "pull");
	if ((rc = sx_store_open(&local, dir, err)) ||
	    (rc = sx_store_open(&shared, args->pos[1], err)))
		goto out;
	sx_store_set_user(local, sx_config_get(ctx->config, "user", "name", NULL));
	sx_store_set_user(shared, sx_config_get(ctx->config, "user", "name", NULL));
	if ((rc = push ? sx_store_copy(local, shared, &rep, err) : sx_store_copy(shared, local, &rep, err)))
		goto out;
	sx_json_add_str(rep, "direction", push ? "push" : "pull");
	sx_json_add_str(rep, "local", dir);
	sx_json_add_str(rep, "shared", sx_store_path(shared));
	*result = rep;
out:
	sx_store_close(local);
	sx_store_close(shared);
	return rc;
}

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	const char *verb = args->pos[0];
	char dir[1024];
	sx_store *st;
	cJSON *res;
	int rc;

	if ((rc = sx_store_resolve_dir(sx__cmd_workspace_location(ctx), dir, sizeof dir, err)))
		return rc;
	if (strcmp(verb, "push") == 0 || strcmp(verb, "pull") == 0)
		return push_pull(ctx, strcmp(verb, "push") == 0, dir, args, result, err);
	if (strcmp(verb, "decisions") == 0) {
		cJSON *log;
		if ((rc = sx__cmd_open_store(ctx, &st, err)))
			return rc;
		rc = sx_store_decision_log(st, args->npos > 1 ? args->pos[1] : NULL, 0, &log, err);
		sx_store_close(st);
		if (rc)
			return rc;
		res = cJSON_CreateObject();
		cJSON_AddItemToObject(res, "decision_log", log);
		*result = res;
		return 0;
	}
	if (strcmp(verb, "rebuild") == 0) {
		if (args->npos != 1)
			return sx_error_set(err, SX_EUSAGE, "workspace rebuild takes no argument");
		return rebuild(dir, result, err);
	}
	if (strcmp(verb, "info") == 0) {
		cJSON *src;
		if (args->npos != 1)
			return sx_error_set(err, SX_EUSAGE, "workspace info takes no argument");
		if ((rc = sx__cmd_open_store(ctx, &st, err)))
			return rc;
		if ((rc = sx_store_list_sources(st, &src, err)) == 0) {
			res = cJSON_CreateObject();
			sx_json_add_str(res, "workspace", sx_store_is_shared(st) ? sx_store_path(st) : dir);
			sx_json_add_str(res, "file", sx_store_path(st));
			sx_json_add_bool(res, "shared", sx_store_is_shared(st));
			if (sx_store_is_shared(st))
				sx_json_add_str(res, "local", sx_store_dir(st));
			sx_json_add_str(res, "user", sx_store_user(st));
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
		if ((rc = sx__cmd_open_store(ctx, &st, err)))
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
	if (sx_json_str(r, "direction", NULL)) {
		bool push = strcmp(sx_json_str(r, "direction", ""), "push") == 0;
		sx_buf_printf(out, "%s %lld databases, %lld decisions, %lld runs %s ",
			      push ? "pushed" : "pulled", (long long)sx_json_int(r, "databases", 0),
			      (long long)sx_json_int(r, "decisions", 0),
			      (long long)sx_json_int(r, "runs", 0), push ? "to" : "from");
		sx__put_text(out, sx_json_str(r, "shared", ""));
		sx_buf_puts(out, "\n");
	} else if (cJSON_GetObjectItem(r, "decision_log")) {
		const cJSON *d;
		cJSON_ArrayForEach(d, cJSON_GetObjectItem(r, "decision_log"))
		{
			sx__put_text(out, sx_json_str(d, "decided_at", ""));
			sx_buf_puts(out, "  ");
			sx__put_text(out, sx_json_str(d, "decided_by", "?"));
			sx_buf_puts(out, "  ");
			sx__put_text(out, sx_json_str(d, "status", ""));
			sx_buf_puts(out, "  ");
			sx__put_text(out, sx_json_str(d, "database", ""));
			sx_buf_puts(out, ": ");
			sx__put_text(out, sx_json_str(d, "rel_key", ""));
			sx_buf_puts(out, "\n");
		}
	} else if (sx_json_str(r, "backup", NULL)) {
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
		if (sx_json_bool(r, "shared", false)) {
			sx_buf_puts(out, "shared; local replica and search index in ");
			sx__put_text(out, sx_json_str(r, "local", ""));
			sx_buf_puts(out, "\ndecisions are logged as ");
			sx__put_text(out, sx_json_str(r, "user", ""));
			sx_buf_puts(out, "\n");
		}
	}
}

const sx_cmd_entry sx__cmd_workspace = {
	.name = "workspace",
	.usage = "info | rebuild | forget DATABASE | push URL | pull URL | decisions [DATABASE]",
	.summary = "inspect, rebuild, prune, share or fetch the workspace",
	.help = "rebuild moves a corrupt workspace file aside (workspace.db.corrupt-TIME),\n"
		"creates a fresh one and copies into it what can still be read of what\n"
		"analysis cannot recreate: relationship decisions, run history, settings.\n"
		"Analyse your sources again afterwards.\n"
		"push URL copies the local workspace into a shared one (postgresql://...);\n"
		"pull URL copies a shared one into the local workspace: catalogs,\n"
		"decisions with their log, runs. decisions lists the decision log (who\n"
		"accepted or rejected what, when).",
	.flags = 0,
	.min_pos = 1,
	.max_pos = 2,
	.run = run,
	.render = render,
};
