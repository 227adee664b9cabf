/*
 * workspace_int.h - the session's insides, for the module and its tests.
 */
#ifndef SX_WORKSPACE_INT_H
#define SX_WORKSPACE_INT_H

#include <sextant/workspace.h>

struct sx_session {
	char dir[1024];            /* the resolved workspace directory */
	sx_store *store;
	sx_catalog *cat;
	sx_dbmap *map;             /* NULL until loaded, or when it failed */
	sx_search_mapinfo *mi;     /* the map's facts for the search */
	sx_search *search;         /* NULL until the first sx_session_search */
	const sx_config *config;   /* cfg_owned, or the caller's */
	sx_config *cfg_owned;
	const sx_progress *progress;
};

#endif
