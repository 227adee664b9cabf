/*
 * version.c - what `sextant --version` says about the engine: its version,
 * the git commit it was built from and the versions of the libraries it
 * links.
 *
 * Run-time versions where the library can tell (libpq, SQLite, libcurl):
 * those are what a bug report needs, since a shared library can be
 * upgraded under the program. FAISS and libpg_query are linked statically,
 * so the version of their headers at build time is the version inside
 * the binary (read by CMake from faiss/Index.h; pg_query.h's PG_VERSION is
 * the PostgreSQL grammar it parses). The terminal libraries belong to the
 * program, not the engine: src/cli adds ncurses.
 */
#include <stdio.h>

#include <curl/curl.h>
#include <libpq-fe.h>
#include <pg_query.h>
#include <sqlite3.h>

#include <sextant/commands.h>

/* build_info.c, generated at configure time */
extern const char sx__git_commit[], sx__faiss_version[];

void sx_cmd_version(sx_buf *out)
{
	const curl_version_info_data *cv = curl_version_info(CURLVERSION_NOW);
	int pq = PQlibVersion();

	sx_buf_printf(out, "sextant %s (git %s)\n", SX_VERSION, sx__git_commit);
	/* PQlibVersion: major*10000 + minor from PostgreSQL 10 on */
	if (pq >= 100000)
		sx_buf_printf(out, "libpq %d.%d\n", pq / 10000, pq % 10000);
	else
		sx_buf_printf(out, "libpq %d.%d.%d\n", pq / 10000, pq / 100 % 100, pq % 100);
	sx_buf_printf(out, "SQLite %s\n", sqlite3_libversion());
	sx_buf_printf(out, "FAISS %s\n", sx__faiss_version);
	sx_buf_printf(out, "libcurl %s\n", cv && cv->version ? cv->version : "unknown");
	sx_buf_printf(out, "libpg_query %s (PostgreSQL grammar)\n", PG_VERSION);
}
