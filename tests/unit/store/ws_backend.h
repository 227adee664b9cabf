/*
 * ws_backend.h - runs the store's tests on either backend. Without
 * SX_PG_ENV a workspace is the SQLite file in the test's directory; with
 * it (the integration run, after the pg_server fixture) every workspace is
 * a fresh schema of that PostgreSQL server named after the directory, with
 * its local replica in the directory. Two opens of one directory are two
 * clients of one shared workspace.
 */
#ifndef WS_BACKEND_H
#define WS_BACKEND_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/store.h>

static inline const char *ws_pg_url(void)
{
	static char url[512];
	static int done;
	const char *path = getenv("SX_PG_ENV");
	char line[512];
	FILE *f;
	if (done)
		return url[0] ? url : NULL;
	done = 1;
	if (!path || !(f = fopen(path, "r")))
		return NULL;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "SX_PG_ADMIN_URI=", 16) == 0) {
			line[strcspn(line, "\n")] = '\0';
			snprintf(url, sizeof url, "%s/postgres", line + 16);
		}
	fclose(f);
	return url[0] ? url : NULL;
}

static inline void ws_schema(const char *dir, char *out, size_t n)
{
	unsigned long long h = 1469598103934665603ULL;
	for (; *dir; dir++)
		h = (h ^ (unsigned char)*dir) * 1099511628211ULL;
	snprintf(out, n, "t_%016llx", h);
}

/* A second client of the same workspace keeps its replica in sub. */
static inline int ws_open_as(sx_store **st, const char *dir, const char *sub, sx_error *err)
{
	const char *url = ws_pg_url();
	char schema[64], local[1100];
	if (!url)
		return sx_store_open(st, dir, err);
	ws_schema(dir, schema, sizeof schema);
	snprintf(local, sizeof local, "%s/%s", dir, sub ? sub : "replica");
	setenv("SEXTANT_LOCAL_DIR", local, 1);
	return sx_store_open_shared(st, url, schema, err);
}

static inline int ws_open(sx_store **st, const char *dir, sx_error *err)
{
	return ws_open_as(st, dir, NULL, err);
}

#endif
