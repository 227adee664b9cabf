/*
 * session.c - one workspace session (sextant/workspace.h).
 *
 * Before this module the commands, the TUI's model load and its search
 * pane each opened the store, loaded the catalog and the map and opened
 * the search in their own way, one of them reaching up into the command
 * layer for the model overrides. Now they all open a session, and the
 * next users (the agents) will too.
 *
 * Open is cheap next to the search: the store and the catalog come first
 * (an empty workspace is SX_EEMPTY unless the caller shows emptiness
 * itself), the map next (or later, for the TUI's two-phase load), and the
 * search, which may have to rebuild an index, only on first use.
 *
 * The module sits above store, map and search and below commands; nothing
 * below reaches up. One thread at a time owns a session (see the header
 * for the read-only sharing of the catalog and the map).
 */
#include <stdlib.h>
#include <string.h>

#include "workspace_int.h"

void sx_session_apply_env(sx_config *cfg)
{
	static const struct {
		const char *key, *env[2];
	} vars[] = {
		{"base_url", {"SEXTANT_LLM_BASE_URL", "OPENAI_BASE_URL"}},
		{"model", {"SEXTANT_LLM_MODEL", NULL}},
		{"provider", {"SEXTANT_LLM_PROVIDER", NULL}},
	};
	size_t i, j;
	for (i = 0; i < sizeof vars / sizeof vars[0]; i++)
		for (j = 0; j < 2 && vars[i].env[j]; j++) {
			const char *v = getenv(vars[i].env[j]);
			if (v && *v) {
				sx_config_set(cfg, "llm", vars[i].key, v);
				break;
			}
		}
}

/* The config the session reads: the caller's as it is, or its own. The
 * remote embedder uses the [llm] endpoint, so an own config gets the
 * environment's overrides as model commands get them. */
static int use_config(sx_session *s, const sx_session_opts *o, sx_error *err)
{
	int rc;
	if (o->config) {
		s->config = o->config;
		return 0;
	}
	if ((rc = sx_config_load(&s->cfg_owned, o->config_path, err)))
		return rc;
	sx_session_apply_env(s->cfg_owned);
	s->config = s->cfg_owned;
	return 0;
}

static int load_catalog(sx_session *s, const sx_session_opts *o, sx_error *err)
{
	int rc;
	if ((rc = sx_catalog_new(&s->cat, err)) ||
	    (rc = sx_store_load(s->store, s->cat, o->database, err)))
		return rc;
	if (s->cat->ndbs == 0 && !o->empty_ok)
		return sx_error_set(err, SX_EEMPTY,
				    "the workspace '%s' is empty: run 'sextant analyze SOURCE' first",
				    sx_store_dir(s->store));
	return 0;
}

int sx_session_open(sx_session **out, const sx_session_opts *opts, sx_error *err)
{
	static const sx_session_opts none = {0};
	const sx_session_opts *o = opts ? opts : &none;
	sx_session *s;
	sx_error merr = {0};
	int rc, snap;

	*out = NULL;
	if (!(s = sx_calloc(1, sizeof *s)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	s->progress = o->progress;
	if ((rc = use_config(s, o, err)) ||
	    (rc = sx_store_resolve_dir(o->workspace_dir, s->dir, sizeof s->dir, err)) ||
	    (rc = sx_store_open(&s->store, s->dir, err)))
		goto fail;
	/* who the store records (decisions, the search vectors it stores)
	 * before anything is written: [user] name, else the login */
	sx_store_set_user(s->store, sx_config_get(s->config, "user", "name", NULL));
	/* the catalog and the map from one snapshot: a re-analysis that
	 * commits meanwhile shows whole or not at all. A snapshot only reads:
	 * the map's and the decisions' migrations (if any) run before it */
	if (o->map != SX_SESSION_MAP_NONE) {
		sx_error ignore = {0};
		cJSON *one = NULL;
		if (sx_map_migrate(s->store, &ignore) == 0 &&
		    sx_store_decision_log(s->store, NULL, 1, &one, &ignore) == 0)
			cJSON_Delete(one);
	}
	snap = o->search ? sx_store_snapshot_begin_rw(s->store) : sx_store_snapshot_begin(s->store);
	if ((rc = load_catalog(s, o, err))) {
		sx_store_snapshot_end(s->store, snap);
		goto fail;
	}
	if (o->on_catalog)
		o->on_catalog(s, o->on_catalog_arg);
	if (o->map == SX_SESSION_MAP && (rc = sx_session_load_map(s, err))) {
		sx_store_snapshot_end(s->store, snap);
		goto fail;
	}
	/* a map that cannot be loaded only costs descriptions and inferred
	 * neighbours: the caller works on without it */
	if (o->map == SX_SESSION_MAP_OPTIONAL && sx_session_load_map(s, &merr))
		sx_warn("workspace without map facts: %s", merr.msg);
	if (o->search && (s->cat->ndbs > 0 || !o->search_optional)) {
		sx_search *search;
		sx_error serr = {0};
		if ((rc = sx_session_search(s, &search, o->search_optional ? &serr : err))) {
			if (!o->search_optional) {
				sx_store_snapshot_end(s->store, snap);
				goto fail;
			}
			/* a failed statement ends the snapshot's use on
			 * PostgreSQL: nothing more is read in it */
			sx_warn("workspace: the search was not opened: %s", serr.msg);
		}
	}
	sx_store_snapshot_end(s->store, snap);
	*out = s;
	return 0;
fail:
	sx_session_close(s);
	return rc;
}

void sx_session_close(sx_session *s)
{
	if (!s)
		return;
	/* the search borrows the catalog, the store and the map's facts */
	sx_search_free(s->search);
	sx_search_mapinfo_free(s->mi);
	sx_dbmap_free(s->map);
	sx_catalog_free(s->cat);
	sx_store_close(s->store);
	sx_config_free(s->cfg_owned);
	free(s);
}

int sx_session_load_map(sx_session *s, sx_error *err)
{
	sx_dbmap *m = NULL;
	int rc;
	if (s->map)
		return 0;
	if ((rc = sx_dbmap_new(&m, s->cat, err)) || (rc = sx_map_load(s->store, m, err))) {
		/* half a map would show half the facts as if they were all */
		sx_dbmap_free(m);
		return rc;
	}
	s->map = m;
	return 0;
}

int sx_session_search(sx_session *s, sx_search **out, sx_error *err)
{
	sx_search_src src = {0};
	int rc;
	if (s->search) {
		*out = s->search;
		return 0;
	}
	*out = NULL;
	if (s->map && !s->mi && (rc = sx_search_mapinfo_new(&s->mi, s->map, err)))
		return rc;
	src.cat = s->cat;
	src.store = s->store;
	src.config = s->config;
	src.progress = s->progress;
	if (s->mi) {
		src.info = sx_search_mapinfo_fn;
		src.info_payload = s->mi;
	}
	if ((rc = sx_search_open(&s->search, &src, err)))
		return rc;
	*out = s->search;
	return 0;
}

sx_store *sx_session_store(const sx_session *s)
{
	return s->store;
}

sx_catalog *sx_session_catalog(const sx_session *s)
{
	return s->cat;
}

sx_dbmap *sx_session_map(const sx_session *s)
{
	return s->map;
}

const sx_config *sx_session_config(const sx_session *s)
{
	return s->config;
}

const char *sx_session_dir(const sx_session *s)
{
	return s->dir;
}

void sx_session_set_progress(sx_session *s, const sx_progress *p)
{
	s->progress = p;
}
