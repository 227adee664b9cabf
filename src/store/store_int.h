/*
 * store_int.h - what store.c, history.c, decisions.c, store_pg.c and
 * salvage.c share: the store object with its two backends, one value for
 * the non-variadic form of the query helpers, and the PostgreSQL backend's
 * entry points.
 *
 * A SQLite store is one file (h). A PostgreSQL store (bk == SX__BK_PG)
 * keeps the store-owned data (catalog, meta, module versions, history,
 * decisions) in a schema of the shared database (pg), and opens beside it
 * a local SQLite workspace (local) that holds a replica of the catalog
 * with the same ids plus the tables of modules that still use the raw
 * SQLite handle (map derived tables, search index, LLM cache).
 */
#ifndef SX_STORE_INT_H
#define SX_STORE_INT_H

#include <libpq-fe.h>
#include <sqlite3.h>

#include <sextant/store.h>

typedef enum { SX__BK_SQLITE = 0, SX__BK_PG } sx__backend;

struct sx_store {
	sx__backend bk;
	sqlite3 *h; /* SQLite: the workspace file; PG: NULL */
	char dir[1024];
	char path[1100]; /* SQLite: the file; PG: the URL without a password */
	char user[128];  /* who decides: [user] name, else the login */
	/* PostgreSQL only */
	PGconn *pg;
	sx_store *local; /* the local replica and module tables */
	char schema[64];
	bool fk_failed;  /* the last failed statement broke a foreign key */
	bool save_prepared; /* the catalog's INSERTs are prepared */
	char sp_top[65]; /* the savepoint that opened the transaction */
};

/* One bound value: type is one of the letters of store.h's `types`. */
typedef struct {
	char type;
	const char *s;
	int64_t l;
	double d;
} sx__val;

/* The helpers without varargs, for code that builds values at run time. */
int sx__store_exec_vals(sx_store *st, int64_t *changes, sx_error *err, const char *sql, size_t n,
			const sx__val *v);
int sx__store_query_vals(sx_store *st, cJSON **out, bool one, sx_error *err, const char *sql,
			 size_t n, const sx__val *v);
/* Hands a query's rows (arr, taken) to *out: the array, or with one its
 * first row, SX_ENOTFOUND when there is none. Both backends end so. */
int sx__store_rows_out(cJSON *arr, bool one, cJSON **out, sx_error *err);

/* The core schema (SQLite DDL; store_pg.c translates it). */
extern const char *const sx__store_core_ddl;

/* decisions.c: creates or updates the decisions tables. */
int sx__decisions_migrate(sx_store *st, sx_error *err);

/* vectors.c: creates the shared search vectors' table (PostgreSQL only). */
int sx__vectors_migrate(sx_store *st, sx_error *err);

/* store_pg.c */
bool sx__store_is_url(const char *s);
int sx__pg_open(sx_store **out, const char *url, const char *schema, sx_error *err);
void sx__pg_close(sx_store *st);
int sx__pg_exec(sx_store *st, const char *sql, sx_error *err);
/* The error of a failed statement (res may be NULL; not cleared). */
int sx__pg_fail(sx_store *st, PGresult *res, sx_error *err, const char *what);
int sx__pg_run(sx_store *st, cJSON **out, bool one, int64_t *changes, sx_error *err,
	       const char *sql, size_t n, const sx__val *v);
int sx__pg_migrate(sx_store *st, const char *module, const char *const *steps, size_t nsteps,
		   sx_error *err);
int sx__pg_save_database(sx_store *st, sx_database *db, sx_error *err);
int sx__pg_delete_database(sx_store *st, const char *name, sx_error *err);
/* Brings the local replica's catalog up to the shared one. */
int sx__pg_sync(sx_store *st, sx_error *err);
/* Translates SQLite DDL of the store's own modules to PostgreSQL. Caller
 * frees. */
char *sx__pg_ddl(const char *sqlite_ddl);

#endif
