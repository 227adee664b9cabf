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

/* Opens the workspace named by the context (flag, env, XDG). */
int sx__cmd_open_store(const sx_cmd_ctx *ctx, sx_store **out, sx_error *err);
/* Opens the workspace and loads its catalog (one database, or all when
 * dbname is NULL). SX_EEMPTY when nothing has been analysed yet. */
int sx__cmd_load_catalog(const sx_cmd_ctx *ctx, sx_store **st, sx_catalog **cat,
			 const char *dbname, sx_error *err);
/* Appends untrusted text sanitized for a terminal (one line). */
void sx__put_text(sx_buf *out, const char *s);
/* Pads the text appended since `start` with spaces to `width` terminal
 * cells (UTF-8 aware), with at least one space, for aligned columns. */
void sx__pad_from(sx_buf *out, size_t start, size_t width);
/* Appends a count with thousands separators ("?" when negative). */
void sx__put_count(sx_buf *out, int64_t n);

/* A workspace opened for search: catalog, map and the search over them
 * (cmd_search.c). Open fails with SX_EEMPTY, with a hint, before any
 * analysis. Close releases what was opened (NULL fields are skipped). */
typedef struct sx__search_ws {
	sx_store *st;
	sx_catalog *cat;
	sx_dbmap *map;
	sx_search_mapinfo *mi;
	sx_search *s;
} sx__search_ws;
int sx__search_ws_open(const sx_cmd_ctx *ctx, sx__search_ws *w, sx_error *err);
void sx__search_ws_close(sx__search_ws *w);

/* Brings the search index up to date after `analyze` saved databases and
 * adds {"search_index": {...}} to res; failures become a warning there,
 * never a failed analysis. Renders that part as text. */
void sx__search_index_after_analyze(const sx_cmd_ctx *ctx, sx_store *st, cJSON *res);
void sx__search_render_index(const cJSON *res, sx_buf *out);

/* The entries, defined in cmd_*.c. */
extern const sx_cmd_entry sx__cmd_analyze;
extern const sx_cmd_entry sx__cmd_tables;
extern const sx_cmd_entry sx__cmd_show;
extern const sx_cmd_entry sx__cmd_sources;
extern const sx_cmd_entry sx__cmd_workspace;
extern const sx_cmd_entry sx__cmd_llm;
extern const sx_cmd_entry sx__cmd_relations;
extern const sx_cmd_entry sx__cmd_describe;
extern const sx_cmd_entry sx__cmd_pii;
extern const sx_cmd_entry sx__cmd_path;
extern const sx_cmd_entry sx__cmd_graph;
extern const sx_cmd_entry sx__cmd_search;
extern const sx_cmd_entry sx__cmd_context;
extern const sx_cmd_entry sx__cmd_validate;

#endif
