/*
 * sextant/workspace.h - one workspace session: the store, its catalog, its
 * map and the search over them, opened once with the config applied.
 *
 * Everything that works on an analysed workspace (the commands, the TUI's
 * model, the agents) opens it the same way:
 *
 *   sx_session_opts o = {0};
 *   o.workspace_dir = flag;            // NULL: $SEXTANT_WORKSPACE, XDG
 *   o.config = cfg;                    // NULL: the session loads its own
 *   sx_session_open(&s, &o, &err);     // store + catalog + map
 *   sx_session_search(s, &search, &err);  // opened on first use
 *   ...
 *   sx_session_close(s);
 *
 * Ownership: the session owns the store, the catalog, the map and the
 * search (and the config when it loaded it). The accessors return borrowed
 * pointers that stay valid until sx_session_close (the map: until close;
 * it appears once loaded). Nothing returned may be freed by the caller.
 *
 * Threads: a session belongs to one thread at a time. It may be opened on
 * one thread and handed to another (through something that orders memory:
 * a mutex, an event-queue post), after which the first one must not touch
 * it. One exception, for the TUI: once sx_session_catalog and
 * sx_session_map have returned, the catalog and the map are read-only
 * and other threads may read them while the owning thread keeps working
 * (loading the map, searching); nobody may change them then. The store
 * and the search are the owner's alone. A thread that needs its own store
 * or search opens its own session.
 *
 * Two-phase open (the TUI shows the catalog before the map and the search
 * are in): open with on_catalog set, which publishes the catalog while the
 * open goes on to load the map and open the search in the same snapshot.
 * (Opening with map = SX_SESSION_MAP_NONE and calling sx_session_load_map
 * later reads the map in a later snapshot than the catalog.)
 */
#ifndef SEXTANT_WORKSPACE_H
#define SEXTANT_WORKSPACE_H

#include <sextant/catalog.h>
#include <sextant/core.h>
#include <sextant/map.h>
#include <sextant/search.h>
#include <sextant/store.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sx_session sx_session;

/* What sx_session_open does with the map. */
typedef enum {
	SX_SESSION_MAP = 0,        /* load it; a failure fails the open */
	SX_SESSION_MAP_OPTIONAL,   /* load it; a failure is logged, no map */
	SX_SESSION_MAP_NONE        /* not loaded; sx_session_load_map may, later */
} sx_session_map_mode;

typedef struct sx_session_opts {
	/* --workspace DIR; NULL: $SEXTANT_WORKSPACE, then the XDG default */
	const char *workspace_dir;
	/* Borrowed, must outlive the session, used as given (the command
	 * layer has applied flags and environment to it). NULL: the session
	 * loads config_path and applies the environment (sx_session_apply_env). */
	const sx_config *config;
	const char *config_path;   /* with config NULL; NULL: the XDG file */
	const char *database;      /* load only this database; NULL: all */
	sx_session_map_mode map;
	/* An empty workspace opens (the TUI shows it empty). Otherwise it is
	 * SX_EEMPTY with advice to run `sextant analyze`. */
	bool empty_ok;
	/* Reports and cancels the search's index (re)build; may be NULL. */
	const sx_progress *progress;
	/* Open the search too (sx_session_search), in the snapshot that reads
	 * the catalog and the map: the search vectors it reads are those of
	 * the catalog it got, even while another client re-analyses. */
	bool search;
	/* With search: a search that cannot be opened (no embedder, a
	 * cancelled build) does not fail the open: it is logged, and the
	 * first sx_session_search tries again, outside the snapshot. */
	bool search_optional;
	/* Called on the opening thread once the catalog is loaded, inside the
	 * snapshot and before the map and the search are: the TUI shows the
	 * catalog while they load in the same snapshot. From then on the
	 * catalog is read only (sx_session_catalog may be handed out). */
	void (*on_catalog)(sx_session *s, void *arg);
	void *on_catalog_arg;
} sx_session_opts;

/* Resolves the workspace directory, opens (creates, migrates) the store,
 * loads the catalog and, as opts->map says, the map. Errors: those of
 * sx_store_open (SX_EIO, SX_ECORRUPT with a rebuild hint flagged,
 * SX_EBUSY), of the config (SX_EPARSE), SX_EEMPTY, SX_ENOMEM, and the
 * map's. On failure *out is NULL and nothing stays open. */
int sx_session_open(sx_session **out, const sx_session_opts *opts, sx_error *err);
/* Frees the search, the map, the catalog, the store and an owned config.
 * NULL is a no-op. */
void sx_session_close(sx_session *s);

/* Loads the map when it is not loaded yet (0 at once when it is). On
 * failure the session stays usable without a map. Call it before the
 * first sx_session_search if the search should use the map's facts. */
int sx_session_load_map(sx_session *s, sx_error *err);

/* The search over the catalog, opened on first use: it loads the
 * persisted indexes, rebuilding (and saving) any that are missing, stale
 * or damaged, with the map's descriptions, domains and neighbours when a
 * map is loaded. Later calls return the same object. Errors: those of
 * sx_search_open; a failed open is tried again by the next call. */
int sx_session_search(sx_session *s, sx_search **out, sx_error *err);

/* Borrowed; see the ownership and thread notes above. */
sx_store *sx_session_store(const sx_session *s);
sx_catalog *sx_session_catalog(const sx_session *s);
sx_dbmap *sx_session_map(const sx_session *s);   /* NULL until loaded */
const sx_config *sx_session_config(const sx_session *s);
/* The resolved workspace directory. */
const char *sx_session_dir(const sx_session *s);
/* Replaces opts->progress for later index builds (NULL: none), for a
 * caller whose progress lived only as long as the open. */
void sx_session_set_progress(sx_session *s, const sx_progress *p);

/* Applies the environment's [llm] overrides to cfg: SEXTANT_LLM_BASE_URL
 * (else OPENAI_BASE_URL) as base_url, SEXTANT_LLM_MODEL as model,
 * SEXTANT_LLM_PROVIDER as provider. The environment beats the config
 * file; command-line flags, applied after this, beat both. */
void sx_session_apply_env(sx_config *cfg);

#ifdef __cplusplus
}
#endif
#endif
