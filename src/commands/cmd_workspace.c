/*
 * cmd_workspace.c - `sextant workspace info|rebuild|forget NAME|push URL|
 * pull URL|decisions`.
 *
 * push copies the local workspace (--workspace DIR or the default) into a
 * shared one at URL; pull copies a shared one into the local workspace
 * (sx_store_copy_with: catalogs with their search vectors, decisions with
 * their log, runs; the hook below adds the map and the model's
 * descriptions, and names the agents' run tables, copied with each run). The receiving side
 * searches and relates without analysing or embedding again: its FAISS index is built from the
 * copied vectors on first use.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sextant/agents.h>

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

/* The map goes with the catalogs: loaded from the source onto the
 * catalog being copied (source ids), saved into the target once the
 * same objects carry the target's ids; the model's descriptions (keyed by
 * names) are copied as rows. */
typedef struct map_copy {
	sx_dbmap *map;
	cJSON *descriptions;
	int64_t relations, described;
} map_copy;

#define DESC_COLS                                                                                  \
	"database, schema_name, table_name, column_name, fingerprint, description, model,"         \
	" described_at"

static int map_loaded(void *payload, sx_store *from, sx_catalog *cat, sx_error *err)
{
	map_copy *mc = payload;
	sx_error ignore = {0};
	int rc;
	if ((rc = sx_dbmap_new(&mc->map, cat, err)))
		return rc;
	/* a workspace never mapped has nothing to copy */
	if (sx_map_load(from, mc->map, &ignore)) {
		sx_dbmap_free(mc->map);
		mc->map = NULL;
		return 0;
	}
	if (sx_store_query_json(from, &mc->descriptions, &ignore,
	                        "SELECT " DESC_COLS " FROM map_model_descriptions", ""))
		mc->descriptions = NULL;
	return 0;
}

static int map_saved(void *payload, sx_store *to, sx_catalog *cat, sx_error *err)
{
	map_copy *mc = payload;
	const cJSON *r;
	size_t i;
	int rc;
	if (!mc->map)
		return 0;
	for (i = 0; i < cat->ndbs; i++)
		if ((rc = sx_map_save(to, mc->map, cat->dbs[i], err)))
			return rc;
	mc->relations = (int64_t)sx_dbmap_rel_count(mc->map);
	cJSON_ArrayForEach(r, mc->descriptions)
	{
		if ((rc = sx_store_exec_bind(
		         to, NULL, err,
		         "INSERT INTO map_model_descriptions(" DESC_COLS ") VALUES(?,?,?,?,?,?,?,?)"
		         " ON CONFLICT(database, schema_name, table_name, column_name) DO UPDATE "
		         "SET"
		         " fingerprint = excluded.fingerprint, description = excluded.description,"
		         " model = excluded.model, described_at = excluded.described_at",
		         "ssssssss", sx_json_str(r, "database", ""),
		         sx_json_str(r, "schema_name", ""), sx_json_str(r, "table_name", ""),
		         sx_json_str(r, "column_name", ""), sx_json_str(r, "fingerprint", ""),
		         sx_json_str(r, "description", ""), sx_json_str(r, "model", NULL),
		         sx_json_str(r, "described_at", NULL))))
			return rc;
		mc->described++;
	}
	return 0;
}

/* What the agents keep per run beyond the store's history tables (their
 * module "agents", src/agents/history.c): `run show` reads them all. The
 * semantic cache is not a run's: it stays, as the LLM cache does. */
static const char *const agents_run_tables[] = {
    "run_endpoints", "run_plans", "run_votes", "run_ambiguities", "run_thoughts", NULL,
};

/* Creates the agents' tables when missing (sx_run_history_extras does,
 * for a run that is not there). */
static int agents_migrate(sx_store *st, sx_error *err)
{
	cJSON *scratch = cJSON_CreateObject();
	int rc;
	if (!scratch)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	rc = sx_run_history_extras(st, "", scratch, err);
	cJSON_Delete(scratch);
	return rc;
}

static int push_pull(sx_cmd_ctx *ctx, bool push, const char *dir, const sx_args *args,
		     cJSON **result, sx_error *err)
{
	sx_store *local = NULL, *shared = NULL;
	cJSON *rep = NULL;
	map_copy mc = {0};
	sx_store_copy_hook hook = {map_loaded, map_saved, &mc, agents_run_tables};
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
	/* the map's and the agents' tables on both sides first: DDL inside
	 * the copy's transaction would hold the module lock until its end */
	if ((rc = sx_map_migrate(local, err)) || (rc = sx_map_migrate(shared, err)) ||
	    (rc = agents_migrate(local, err)) || (rc = agents_migrate(shared, err)))
		goto out;
	if ((rc = push ? sx_store_copy_with(local, shared, &hook, &rep, err)
	               : sx_store_copy_with(shared, local, &hook, &rep, err)))
		goto out;
	sx_json_add_int(rep, "relations", mc.relations);
	sx_json_add_int(rep, "model_descriptions", mc.described);
	sx_json_add_str(rep, "direction", push ? "push" : "pull");
	sx_json_add_str(rep, "local", dir);
	sx_json_add_str(rep, "shared", sx_store_path(shared));
	*result = rep;
out:
	sx_dbmap_free(mc.map);
	cJSON_Delete(mc.descriptions);
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
		sx_buf_printf(out,
		              "%s %lld databases (%lld relationships, %lld search vector sets),"
		              " %lld decisions, %lld runs %s ",
		              push ? "pushed" : "pulled", (long long)sx_json_int(r, "databases", 0),
		              (long long)sx_json_int(r, "relations", 0),
		              (long long)sx_json_int(r, "vector_sets", 0),
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
            "pull URL copies a shared one into the local workspace: catalogs with\n"
            "their map and search vectors, decisions with their log, runs (search\n"
            "and relationships then work without analysing again). decisions lists\n"
            "the decision log (who accepted or rejected what, when).",
    .flags = 0,
    .min_pos = 1,
    .max_pos = 2,
    .run = run,
    .render = render,
};
