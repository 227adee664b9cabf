/*
 * commands_int.h - declarations shared by the command implementations.
 */
#ifndef SX_COMMANDS_INT_H
#define SX_COMMANDS_INT_H

#include <sextant/catalog.h>
#include <sextant/commands.h>
#include <sextant/search.h>
#include <sextant/map.h>
#include <sextant/store.h>
#include <sextant/workspace.h>

/* Opens the workspace named by the context (flag, env, XDG). */
int sx__cmd_open_store(const sx_cmd_ctx *ctx, sx_store **out, sx_error *err);
/* --workspace, else NULL when $SEXTANT_WORKSPACE is set, else [workspace]
 * url (NULL: the default directory): what sx_store_resolve_dir takes. */
const char *sx__cmd_workspace_location(const sx_cmd_ctx *ctx);
/* Opens the context's workspace as a session (sextant/workspace.h) with
 * ctx->config and ctx->progress: one database, or all when dbname is NULL,
 * and the map as `map` says. SX_EEMPTY when nothing has been analysed. */
int sx__cmd_session(const sx_cmd_ctx *ctx, const char *dbname, sx_session_map_mode map,
		    sx_session **out, sx_error *err);
/* The same, with the search opened in the snapshot that reads the catalog
 * and the map when `search` (sx_session_opts.search). */
int sx__cmd_session_search(const sx_cmd_ctx *ctx, const char *dbname, sx_session_map_mode map,
                           bool search, sx_session **out, sx_error *err);
/* Appends untrusted text sanitized for a terminal (one line). */
void sx__put_text(sx_buf *out, const char *s);
/* Pads the text appended since `start` with spaces to `width` terminal
 * cells (UTF-8 aware), with at least one space, for aligned columns. */
void sx__pad_from(sx_buf *out, size_t start, size_t width);
/* Appends a count with thousands separators ("?" when negative). */
void sx__put_count(sx_buf *out, int64_t n);
/* Appends indent, the string member key of o (sanitized, one line) and a
 * newline; nothing when o has no such member. */
void sx__put_member_line(sx_buf *out, const char *indent, const cJSON *o, const char *key);
/* Appends "N tables, N views, N columns, N foreign keys" from the members
 * tables, views, columns and foreign_keys of o (analyze, sources). */
void sx__put_sizes(sx_buf *out, const cJSON *o);

/* Opens a session for search (cmd_search.c): the catalog, the map when it
 * loads (its facts are optional), and the search. SX_EEMPTY, with a hint,
 * before any analysis. */
int sx__search_session(const sx_cmd_ctx *ctx, sx_session_map_mode map, sx_session **out,
		       sx_search **search, sx_error *err);

/* Brings the search index up to date after `analyze` saved databases (and
 * closed its store) and adds {"search_index": {...}} to res; failures
 * become a warning there, never a failed analysis. Renders that part as
 * text. */
void sx__search_index_after_analyze(const sx_cmd_ctx *ctx, cJSON *res);
/* Indexes, inside the caller's open transaction on st (after
 * sx_store_save_database and sx_map_save), what st then holds: the search
 * embeds what changed and stores those vectors in that same transaction,
 * so that readers see the catalog, the map and the vectors of an analysis
 * together (docs/team.md). Sets {"search_index": {...}} in res. Vectors
 * that cannot be stored are an error: the caller rolls back. */
int sx__search_index_in_tx(const sx_cmd_ctx *ctx, sx_store *st, cJSON *res, sx_error *err);
void sx__search_render_index(const cJSON *res, sx_buf *out);

/* A progress that forwards reports to ctx->event as SX_EV_PROGRESS, with
 * the cancel flag of inner (the caller's progress) or else ctx->cancel;
 * sx_cmd_run installs it for the run when ctx->event is set (events.c). */
void sx__cmd_progress_bridge(const sx_cmd_ctx *ctx, const sx_progress *inner,
			     sx_progress *out);

/* The entries, defined in cmd_*.c. */
/* --target ENGINE|URL: the engine, and the ClickHouse URL in *url when it
 * is one (cmd_generate.c). */
const char *sx__target_engine(const char *target, const char **url);

extern const sx_cmd_entry sx__cmd_analyze;
extern const sx_cmd_entry sx__cmd_tables;
extern const sx_cmd_entry sx__cmd_show;
extern const sx_cmd_entry sx__cmd_sources;
extern const sx_cmd_entry sx__cmd_workspace;
extern const sx_cmd_entry sx__cmd_refresh;
extern const sx_cmd_entry sx__cmd_impact;
extern const sx_cmd_entry sx__cmd_llm;
extern const sx_cmd_entry sx__cmd_relations;
extern const sx_cmd_entry sx__cmd_describe;
extern const sx_cmd_entry sx__cmd_pii;
extern const sx_cmd_entry sx__cmd_path;
extern const sx_cmd_entry sx__cmd_graph;
extern const sx_cmd_entry sx__cmd_search;
extern const sx_cmd_entry sx__cmd_context;
extern const sx_cmd_entry sx__cmd_validate;
extern const sx_cmd_entry sx__cmd_generate;
extern const sx_cmd_entry sx__cmd_pipeline;
extern const sx_cmd_entry sx__cmd_runs;
extern const sx_cmd_entry sx__cmd_run;
extern const sx_cmd_entry sx__cmd_export;
extern const sx_cmd_entry sx__cmd_feedback;
extern const sx_cmd_entry sx__cmd_insights;

/* Hidden and support commands (cmd_doctor.c, cmd_man.c, cmd_complete.c). */
extern const sx_cmd_entry sx__cmd_doctor;
extern const sx_cmd_entry sx__cmd_man;
extern const sx_cmd_entry sx__cmd_complete;

/* The config keys, sections and environment variables, generated at build
 * time from docs/config.md (cmake/gen_config_keys.py): the same list the
 * config-docs unit test checks the code against. Each array ends with an
 * entry whose first field is NULL. Text fields are Markdown-ish (`code`). */
typedef struct {
	const char *section, *key, *def, *meaning;
} sx__config_key;
typedef struct {
	const char *name;
	const char *intro; /* paragraphs; "```" and "```end" lines fence code */
	bool free_form;    /* no fixed keys (e.g. [keys]) */
} sx__config_section;
typedef struct {
	const char *names, *meaning;
} sx__config_env;
extern const sx__config_key sx__config_keys[];
extern const sx__config_section sx__config_sections[];
extern const sx__config_env sx__config_envs[];

/* Values an option takes, for completion and the man page: a static
 * NULL-terminated list, or a dynamic kind ("tables", "databases",
 * "files", "dirs"), or NULL when free text. cmd_complete.c. */
typedef struct {
	const char *const *words;
	const char *dynamic;
} sx__opt_values;
sx__opt_values sx__opt_values_for(const char *cmd, const char *opt);
/* What positional arguments of cmd complete to ("tables", "files", or a
 * static verb list as in `workspace info|rebuild|forget`). */
sx__opt_values sx__pos_values_for(const char *cmd, size_t index);
extern const sx_cmd_entry sx__cmd_gen_spec;

/* cmd_analyze.c: the [llm] model endpoint for a command that asks one
 * (what: the flag, for the message); SX_EUSAGE when no model is
 * configured. Caller frees with sx_llm_free. */
/* The findings of a descriptions report (sx_describe_with_model), one line
 * each, sanitised. */
void sx__put_model_findings(sx_buf *out, const cJSON *report);
struct sx_llm;
int sx__cmd_open_model(const sx_cmd_ctx *ctx, const char *what, struct sx_llm **llm, sx_error *err);

#endif
