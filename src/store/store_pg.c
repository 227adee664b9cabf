/*
 * store_pg.c - the workspace in a PostgreSQL schema (a team's shared store).
 *
 * `--workspace postgresql://...` (or [workspace] url) opens this backend.
 * What it keeps on the shared database, in one schema (default "sextant",
 * or $SEXTANT_WORKSPACE_SCHEMA): the core tables (meta,
 * databases, tables, columns, constraints, store_modules) and the modules
 * migrated with sx_store_migrate_shared (history, decisions). Their DDL is
 * the SQLite DDL translated by sx__pg_ddl (INTEGER -> BIGINT, INTEGER
 * PRIMARY KEY -> BIGSERIAL, REAL -> DOUBLE PRECISION, BLOB -> BYTEA, and a
 * `rowid BIGSERIAL` column on tables without an integer key, so that
 * `ORDER BY rowid` means insertion order on both backends).
 *
 * Beside it, a local SQLite workspace (the replica) holds a copy of the
 * catalog rows with the shared ids and the tables of modules that still use
 * the raw SQLite handle (sx_store_db: map derived tables, search index, LLM
 * cache). It lives in $SEXTANT_LOCAL_DIR, else $XDG_DATA_HOME/sextant/
 * shared/<hash of URL and schema>. Opening or loading brings it up to date
 * (sx__pg_sync): a database whose shared id differs from the replica's is
 * copied again (re-analysis always gives new ids, so an equal id means
 * equal rows).
 *
 * Migrations run under advisory locks (the session lock for the core
 * schema, a transaction lock per module), so clients that start together
 * migrate once. A statement run through the helpers inside a transaction
 * gets its own savepoint, so a failing statement leaves the transaction
 * usable as it does in SQLite. Values travel as parameters (PQexecParams),
 * typed from the helper's letters; `?`/`?N` become `$N`.
 *
 * No password is stored: the URL shown (sx_store_path) is redacted, and
 * libpq reads secrets from ~/.pgpass, PGPASSWORD or a service file.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store_int.h"

#define DEFAULT_SCHEMA "sextant"
#define OID_INT4 23
#define OID_INT8 20
#define OID_FLOAT8 701

bool sx__store_is_url(const char *s)
{
	return s && (strncmp(s, "postgresql://", 13) == 0 || strncmp(s, "postgres://", 11) == 0);
}

/* ------------------------------------------------------------ errors */

static int pg_fail(sx_store *st, PGresult *res, sx_error *err, const char *what)
{
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	char msg[512];
	size_t n;

	snprintf(msg, sizeof msg, "%s",
		 res && PQresultErrorMessage(res)[0] ? PQresultErrorMessage(res)
						     : PQerrorMessage(st->pg));
	n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	st->fk_failed = state && strcmp(state, "23503") == 0;
	if (!err)
		return SX_EIO;
	if (state && (strncmp(state, "40", 2) == 0 || strcmp(state, "55P03") == 0))
		return sx_error_set(err, SX_EBUSY, "shared workspace '%s' is busy (%s): %s", st->path,
				    what, msg);
	if (state && (strcmp(state, "42501") == 0 || strncmp(state, "28", 2) == 0))
		return sx_error_set(err, SX_EAUTH, "shared workspace '%s' refused %s: %s", st->path,
				    what, msg);
	return sx_error_set(err, SX_EIO, "shared workspace '%s': %s: %s", st->path, what, msg);
}

int sx__pg_fail(sx_store *st, PGresult *res, sx_error *err, const char *what)
{
	return pg_fail(st, res, err, what);
}

int sx__pg_exec(sx_store *st, const char *sql, sx_error *err)
{
	PGresult *res = PQexec(st->pg, sql);
	ExecStatusType s = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
	int rc = 0;
	if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
		rc = pg_fail(st, res, err, "statement");
	PQclear(res);
	return rc;
}

/* ------------------------------------------------------------ statements */

/* `?` and `?N` (outside quotes and comments) become `$N`; a bare `?`
 * takes the highest number so far plus one, as in SQLite. *nparams = the
 * highest number. */
static char *translate(const char *sql, int *nparams)
{
	sx_buf b = SX_BUF_INIT;
	const char *p = sql;
	int hi = 0;

	while (*p) {
		if (*p == '\'' || *p == '"') {
			char q = *p;
			sx_buf_putc(&b, *p++);
			while (*p && *p != q)
				sx_buf_putc(&b, *p++);
			if (*p)
				sx_buf_putc(&b, *p++);
		} else if (p[0] == '-' && p[1] == '-') {
			while (*p && *p != '\n')
				sx_buf_putc(&b, *p++);
		} else if (*p == '?') {
			int k = 0;
			p++;
			if (*p >= '0' && *p <= '9') {
				while (*p >= '0' && *p <= '9')
					k = k * 10 + (*p++ - '0');
			} else {
				k = hi + 1;
			}
			if (k > hi)
				hi = k;
			sx_buf_printf(&b, "$%d", k);
		} else {
			sx_buf_putc(&b, *p++);
		}
	}
	*nparams = hi;
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return NULL;
	}
	return sx_buf_detach(&b);
}

/* A result row as an object keyed by column names: integer and float
 * columns become numbers, text strings, NULL and bytea null. */
static cJSON *pg_row(PGresult *r, int row)
{
	cJSON *o = cJSON_CreateObject();
	int i, n = PQnfields(r);
	for (i = 0; o && i < n; i++) {
		cJSON *v;
		const char *val = PQgetvalue(r, row, i);
		if (PQgetisnull(r, row, i)) {
			v = cJSON_CreateNull();
		} else {
			switch (PQftype(r, i)) {
			case 20: /* int8 */
			case 21: /* int2 */
			case 23: /* int4 */
			case 26: /* oid */
				v = cJSON_CreateNumber((double)strtoll(val, NULL, 10));
				break;
			case 700:  /* float4 */
			case 701:  /* float8 */
			case 1700: /* numeric */
				v = cJSON_CreateNumber(strtod(val, NULL));
				break;
			case 16: /* bool */
				v = cJSON_CreateNumber(val[0] == 't');
				break;
			case 17: /* bytea */
				v = cJSON_CreateNull();
				break;
			default:
				v = cJSON_CreateString(val);
			}
		}
		if (!v || !cJSON_AddItemToObject(o, PQfname(r, i), v)) {
			cJSON_Delete(v);
			cJSON_Delete(o);
			return NULL;
		}
	}
	return o;
}

static PGresult *run_params(sx_store *st, const char *sql, size_t n, const sx__val *v)
{
	Oid types[64];
	const char *vals[64];
	char num[64][40];
	size_t i;

	for (i = 0; i < n && i < 64; i++) {
		types[i] = 0;
		vals[i] = NULL;
		switch (v[i].type) {
		case 's':
			vals[i] = v[i].s;
			break;
		case 'i':
			types[i] = OID_INT4;
			snprintf(num[i], sizeof num[i], "%lld", (long long)v[i].l);
			vals[i] = num[i];
			break;
		case 'l':
			types[i] = OID_INT8;
			snprintf(num[i], sizeof num[i], "%lld", (long long)v[i].l);
			vals[i] = num[i];
			break;
		case 'd':
			types[i] = OID_FLOAT8;
			snprintf(num[i], sizeof num[i], "%.17g", v[i].d);
			vals[i] = num[i];
			break;
		default:
			break;
		}
	}
	return PQexecParams(st->pg, sql, (int)n, types, vals, NULL, NULL, 0);
}

int sx__pg_run(sx_store *st, cJSON **out, bool one, int64_t *changes, sx_error *err,
	       const char *sql, size_t n, const sx__val *v)
{
	PGresult *res;
	ExecStatusType s;
	char *q;
	int np = 0, rc = 0, i;
	bool sp = PQtransactionStatus(st->pg) == PQTRANS_INTRANS;

	if (out)
		*out = NULL;
	if (changes)
		*changes = 0;
	st->fk_failed = false;
	if (!(q = translate(sql, &np)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if ((size_t)np != n || n > 64) {
		free(q);
		return sx_error_set(err, SX_EINVAL, "%zu values for %d parameters", n, np);
	}
	/* statement-level atomicity inside a transaction, as in SQLite */
	if (sp && (rc = sx__pg_exec(st, "SAVEPOINT sx_stmt", err))) {
		free(q);
		return rc;
	}
	res = run_params(st, q, n, v);
	free(q);
	s = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
	if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
		rc = pg_fail(st, res, err, "query");
		PQclear(res);
		if (sp) {
			bool fk = st->fk_failed;
			sx__pg_exec(st, "ROLLBACK TO SAVEPOINT sx_stmt", NULL);
			sx__pg_exec(st, "RELEASE SAVEPOINT sx_stmt", NULL);
			st->fk_failed = fk;
		}
		return rc;
	}
	if (sp)
		sx__pg_exec(st, "RELEASE SAVEPOINT sx_stmt", NULL);
	if (changes)
		*changes = strtoll(PQcmdTuples(res), NULL, 10);
	if (out) {
		cJSON *arr = cJSON_CreateArray();
		int nrows = PQntuples(res);
		for (i = 0; arr && i < nrows && (!one || i < 1); i++) {
			cJSON *o = pg_row(res, i);
			if (!o) {
				cJSON_Delete(arr);
				arr = NULL;
				break;
			}
			cJSON_AddItemToArray(arr, o);
		}
		PQclear(res);
		if (!arr)
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		return sx__store_rows_out(arr, one, out, err);
	}
	PQclear(res);
	return 0;
}

/* ------------------------------------------------------------ DDL */

static bool word_at(const char *p, const char *w)
{
	size_t n = strlen(w);
	/* compare first: p may end before w does */
	if (strncmp(p, w, n) != 0)
		return false;
	char c = p[n];
	return !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		 c == '_');
}

static bool is_word_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

/* One statement: type words, and a rowid column on a CREATE TABLE that has
 * no INTEGER PRIMARY KEY. */
static void ddl_stmt(sx_buf *b, const char *p, size_t len)
{
	bool table = false, intkey = false;
	size_t i, close = 0;
	const char *e = p + len;

	while (p < e && (*p == ' ' || *p == '\n' || *p == '\t'))
		p++;
	if (p >= e)
		return;
	table = strncmp(p, "CREATE TABLE", 12) == 0;
	len = (size_t)(e - p);
	if (table) {
		for (i = 0; i < len; i++)
			if (strncmp(p + i, "INTEGER PRIMARY KEY", 19) == 0)
				intkey = true;
		for (i = len; i > 0; i--)
			if (p[i - 1] == ')') {
				close = i - 1;
				break;
			}
	}
	for (i = 0; i < len;) {
		const char *q = p + i;
		bool boundary = i == 0 || !is_word_char(p[i - 1]);
		if (*q == '\'') {
			size_t j = i + 1;
			while (j < len && p[j] != '\'')
				j++;
			sx_buf_put(b, q, j + 1 - i);
			i = j + 1;
			continue;
		}
		if (table && !intkey && i == close && close) {
			sx_buf_puts(b, ", rowid BIGSERIAL)");
			i++;
			continue;
		}
		if (boundary && word_at(q, "INTEGER")) {
			if (strncmp(q, "INTEGER PRIMARY KEY", 19) == 0) {
				sx_buf_puts(b, "BIGSERIAL PRIMARY KEY");
				i += 19;
			} else {
				sx_buf_puts(b, "BIGINT");
				i += 7;
			}
			continue;
		}
		if (boundary && word_at(q, "REAL")) {
			sx_buf_puts(b, "DOUBLE PRECISION");
			i += 4;
			continue;
		}
		if (boundary && word_at(q, "BLOB")) {
			sx_buf_puts(b, "BYTEA");
			i += 4;
			continue;
		}
		if (boundary && strncmp(q, "WITHOUT ROWID", 13) == 0) {
			i += 13;
			continue;
		}
		sx_buf_putc(b, *q);
		i++;
	}
	sx_buf_puts(b, ";\n");
}

char *sx__pg_ddl(const char *ddl)
{
	sx_buf b = SX_BUF_INIT;
	const char *p = ddl, *start = ddl;
	bool quoted = false;

	for (; *p; p++) {
		if (*p == '\'')
			quoted = !quoted;
		else if (*p == ';' && !quoted) {
			ddl_stmt(&b, start, (size_t)(p - start));
			start = p + 1;
		}
	}
	ddl_stmt(&b, start, (size_t)(p - start));
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return NULL;
	}
	return sx_buf_detach(&b);
}

static int exec_ddl(sx_store *st, const char *sqlite_ddl, sx_error *err)
{
	char *ddl = sx__pg_ddl(sqlite_ddl);
	int rc;
	if (!ddl)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	rc = sx__pg_exec(st, ddl, err);
	free(ddl);
	return rc;
}

/* ------------------------------------------------------------ migrations */

static int lock_key(sx_store *st, const char *fn, const char *module, sx_error *err)
{
	char key[200];
	sx__val v = {'s', key, 0, 0};
	char sql[96];
	snprintf(key, sizeof key, "sextant:%s:%s", st->schema, module);
	snprintf(sql, sizeof sql, "SELECT %s(hashtext(?)) AS locked", fn);
	return sx__pg_run(st, NULL, false, NULL, err, sql, 1, &v);
}

static int module_version(sx_store *st, const char *module, int64_t *ver, sx_error *err)
{
	sx__val v = {'s', module, 0, 0};
	cJSON *row;
	int rc = sx__pg_run(st, &row, true, NULL, err,
			    "SELECT version FROM store_modules WHERE module = ?", 1, &v);
	*ver = 0;
	if (rc == SX_ENOTFOUND)
		return 0;
	if (rc)
		return rc;
	*ver = sx_json_int(row, "version", 0);
	cJSON_Delete(row);
	return 0;
}

int sx__pg_migrate(sx_store *st, const char *module, const char *const *steps, size_t nsteps,
		   sx_error *err)
{
	bool nested = sx_store_in_transaction(st);
	int64_t v = 0;
	sx__val vals[2];
	int rc;

	if ((rc = module_version(st, module, &v, err)))
		return rc;
	if (v == (int64_t)nsteps)
		return 0;
	/* PostgreSQL runs DDL in transactions: the steps and the version row
	 * commit together, under a lock that the other clients wait on */
	if (nested)
		rc = sx__pg_exec(st, "SAVEPOINT sx_migrate", err);
	else
		rc = sx__pg_exec(st, "BEGIN", err);
	if (rc)
		return rc;
	if ((rc = lock_key(st, "pg_advisory_xact_lock", module, err)) ||
	    (rc = module_version(st, module, &v, err)))
		goto fail;
	if (v > (int64_t)nsteps) {
		rc = sx_error_set(err, SX_EUNSUPPORTED,
				  "shared workspace '%s' has %s schema version %lld, newer than this "
				  "sextant",
				  st->path, module, (long long)v);
		goto fail;
	}
	for (; v < (int64_t)nsteps; v++)
		if ((rc = exec_ddl(st, steps[v], err)))
			goto fail;
	vals[0] = (sx__val){'s', module, 0, 0};
	vals[1] = (sx__val){'l', NULL, (int64_t)nsteps, 0};
	if ((rc = sx__pg_run(st, NULL, false, NULL, err,
			     "INSERT INTO store_modules(module, version) VALUES(?, ?)"
			     " ON CONFLICT(module) DO UPDATE SET version = excluded.version",
			     2, vals)))
		goto fail;
	return sx__pg_exec(st, nested ? "RELEASE SAVEPOINT sx_migrate" : "COMMIT", err);
fail:
	if (nested) {
		sx__pg_exec(st, "ROLLBACK TO SAVEPOINT sx_migrate", NULL);
		sx__pg_exec(st, "RELEASE SAVEPOINT sx_migrate", NULL);
	} else {
		sx__pg_exec(st, "ROLLBACK", NULL);
	}
	return rc;
}

/* The core schema, created once under the schema's session lock. */
static int migrate_core(sx_store *st, sx_error *err)
{
	char sql[200];
	cJSON *row = NULL;
	int rc;

	if ((rc = lock_key(st, "pg_advisory_lock", "core", err)))
		return rc;
	/* CREATE SCHEMA checks the right to create before IF NOT EXISTS:
	 * a role that may only use the schema must not be asked to */
	{
		sx__val v = {'s', st->schema, 0, 0};
		cJSON *ns = NULL;
		rc = sx__pg_run(st, &ns, true, NULL, err,
				"SELECT 1 AS x FROM pg_namespace WHERE nspname = ?", 1, &v);
		cJSON_Delete(ns);
		if (rc == SX_ENOTFOUND) {
			snprintf(sql, sizeof sql, "CREATE SCHEMA IF NOT EXISTS \"%s\"", st->schema);
			rc = sx__pg_exec(st, sql, err);
		}
		if (rc)
			goto out;
	}
	snprintf(sql, sizeof sql, "SET search_path TO \"%s\"", st->schema);
	if ((rc = sx__pg_exec(st, sql, err)))
		goto out;
	if ((rc = sx__pg_run(st, &row, true, NULL, err,
			     "SELECT to_regclass('store_modules') IS NOT NULL AS present", 0, NULL)))
		goto out;
	if (!sx_json_int(row, "present", 0)) {
		if ((rc = sx__pg_exec(st, "BEGIN", err)))
			goto out;
		if ((rc = exec_ddl(st, sx__store_core_ddl, err)) ||
		    (rc = sx__pg_exec(st, "INSERT INTO store_modules VALUES('core', 1)", err))) {
			sx__pg_exec(st, "ROLLBACK", NULL);
			goto out;
		}
		if ((rc = sx__pg_exec(st, "COMMIT", err)))
			goto out;
	} else {
		cJSON *fmt = NULL;
		int64_t v = 0;
		if ((rc = module_version(st, "core", &v, err)))
			goto out;
		if (v > sx_store_schema_version()) {
			rc = sx_error_set(err, SX_EUNSUPPORTED,
					  "shared workspace '%s' has schema version %lld, newer than "
					  "this sextant (%d); upgrade sextant",
					  st->path, (long long)v, sx_store_schema_version());
			goto out;
		}
		rc = sx__pg_run(st, &fmt, true, NULL, err,
				"SELECT value FROM meta WHERE key = 'format'", 0, NULL);
		if (rc || strcmp(sx_json_str(fmt, "value", ""), "sextant-workspace") != 0) {
			cJSON_Delete(fmt);
			rc = sx_error_set(err, SX_ECORRUPT,
					  "schema '%s' of '%s' is not a Sextant workspace", st->schema,
					  st->path);
			goto out;
		}
		cJSON_Delete(fmt);
	}
out:
	cJSON_Delete(row);
	lock_key(st, "pg_advisory_unlock", "core", NULL);
	return rc;
}

/* ------------------------------------------------------------ open */

static bool good_schema(const char *s)
{
	size_t i, n = strlen(s);
	if (n == 0 || n > 63 || (s[0] >= '0' && s[0] <= '9'))
		return false;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return false;
	return true;
}

static uint64_t fnv(const char *a, const char *b)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *a; a++)
		h = (h ^ (unsigned char)*a) * 1099511628211ULL;
	h = (h ^ '/') * 1099511628211ULL;
	for (; *b; b++)
		h = (h ^ (unsigned char)*b) * 1099511628211ULL;
	return h;
}

static int local_dir(sx_store *st, char *out, size_t n, sx_error *err)
{
	const char *env = getenv("SEXTANT_LOCAL_DIR");
	char base[900];
	if (env && *env) {
		snprintf(out, n, "%s", env);
		return 0;
	}
	if (sx_path_data_dir(base, sizeof base))
		return sx_error_set(err, SX_EINVAL,
				    "no directory for the shared workspace's local replica: set "
				    "HOME, XDG_DATA_HOME or SEXTANT_LOCAL_DIR");
	snprintf(out, n, "%s/shared/%016llx", base,
		 (unsigned long long)fnv(st->path, st->schema));
	return 0;
}

int sx__pg_open(sx_store **out, const char *url, const char *schema, sx_error *err)
{
	sx_store *st;
	char *shown, ldir[1024];
	cJSON *row = NULL;
	int rc;

	*out = NULL;
	if (!schema || !*schema)
		schema = getenv("SEXTANT_WORKSPACE_SCHEMA");
	if (!schema || !*schema)
		schema = DEFAULT_SCHEMA;
	if (!good_schema(schema))
		return sx_error_set(err, SX_EINVAL,
				    "bad workspace schema '%s': use lower-case letters, digits, _",
				    schema);
	if (!(st = sx_calloc(1, sizeof *st)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	st->bk = SX__BK_PG;
	shown = sx_dsn_redact(url);
	snprintf(st->path, sizeof st->path, "%s", shown ? shown : "postgresql://");
	free(shown);
	snprintf(st->schema, sizeof st->schema, "%s", schema);
	st->pg = PQconnectdb(url);
	if (!st->pg || PQstatus(st->pg) != CONNECTION_OK) {
		rc = sx_error_set(err, SX_EIO, "cannot open shared workspace '%s': %s", st->path,
				  st->pg ? PQerrorMessage(st->pg) : "out of memory");
		goto fail;
	}
	PQsetNoticeProcessor(st->pg, sx_log_notice, NULL);
	sx__pg_exec(st, "SET client_min_messages = warning", NULL);
	if ((rc = migrate_core(st, err)))
		goto fail;
	/* the store's own modules at once, so that the first client with the
	 * right to create tables makes them all; a role that may only read
	 * (or only write rows) cannot, and needs not to until it uses them */
	{
		sx_error ignore = {0};
		sx_history_migrate(st, &ignore);
		sx__decisions_migrate(st, &ignore);
		sx__vectors_migrate(st, &ignore);
	}
	if ((rc = sx__pg_run(st, &row, true, NULL, err, "SELECT current_user AS u", 0, NULL)))
		goto fail;
	snprintf(st->user, sizeof st->user, "%s", sx_json_str(row, "u", "?"));
	cJSON_Delete(row);
	if ((rc = local_dir(st, ldir, sizeof ldir, err)))
		goto fail;
	snprintf(st->dir, sizeof st->dir, "%s", ldir);
	if ((rc = sx_store_open(&st->local, ldir, err))) {
		sx_error_prefix(err, "local replica of the shared workspace");
		goto fail;
	}
	if ((rc = sx__pg_sync(st, err)))
		goto fail;
	*out = st;
	return 0;
fail:
	sx_store_close(st);
	return rc;
}

void sx__pg_close(sx_store *st)
{
	if (st->pg)
		PQfinish(st->pg);
	st->pg = NULL;
	sx_store_close(st->local);
	st->local = NULL;
}

/* ------------------------------------------------------------ catalog */

/* Copies the rows a shared query returns into a local table, values as
 * text (SQLite's column affinity turns numbers back into numbers). */
static int copy_rows(sx_store *st, const char *select, int64_t dbid, const char *insert,
		     sx_error *err)
{
	sqlite3 *h = st->local->h;
	sqlite3_stmt *ins = NULL;
	char idtext[32];
	const char *vals[1] = {idtext};
	PGresult *res;
	int r, c, rc = 0;

	snprintf(idtext, sizeof idtext, "%lld", (long long)dbid);
	res = PQexecParams(st->pg, select, 1, NULL, vals, NULL, NULL, 0);
	if (!res || PQresultStatus(res) != PGRES_TUPLES_OK) {
		rc = pg_fail(st, res, err, "reading the catalog");
		PQclear(res);
		return rc;
	}
	if (sqlite3_prepare_v2(h, insert, -1, &ins, NULL) != SQLITE_OK) {
		rc = sx_error_set(err, SX_EIO, "local replica: %s", sqlite3_errmsg(h));
		goto out;
	}
	for (r = 0; r < PQntuples(res); r++) {
		sqlite3_reset(ins);
		for (c = 0; c < PQnfields(res); c++)
			if (PQgetisnull(res, r, c))
				sqlite3_bind_null(ins, c + 1);
			else
				sqlite3_bind_text(ins, c + 1, PQgetvalue(res, r, c), -1,
						  SQLITE_STATIC);
		if (sqlite3_step(ins) != SQLITE_DONE) {
			rc = sx_error_set(err, SX_EIO, "local replica: %s", sqlite3_errmsg(h));
			goto out;
		}
	}
out:
	sqlite3_finalize(ins);
	PQclear(res);
	return rc;
}

#define DB_COLS "id, name, kind, dsn, server_version, analysed_at, round_trips, warnings"
#define TAB_COLS                                                                               \
	"id, database_id, schema_name, name, kind, comment, definition, row_count, rows_exact," \
	" size_bytes, without_rowid, engine, partition_key, sorting_key, primary_key_expr,"     \
	" npartitions, n_ins, n_upd, n_del, n_live, n_dead, last_analyze, last_autovacuum"
#define COL_COLS                                                                               \
	"table_id, position, name, type, family, nullable, generated, default_expr, gen_expr," \
	" comment"
#define CON_COLS                                                                               \
	"id, table_id, kind, name, columns, ref_schema, ref_table, ref_columns, on_delete,"     \
	" on_update, is_unique, is_primary, method, predicate"

static int replicate(sx_store *st, int64_t dbid, sx_error *err)
{
	int rc;
	if ((rc = copy_rows(st, "SELECT " DB_COLS " FROM databases WHERE id = $1", dbid,
			    "INSERT INTO databases(" DB_COLS ") VALUES(?,?,?,?,?,?,?,?)", err)) ||
	    (rc = copy_rows(st,
			    "SELECT " TAB_COLS " FROM tables WHERE database_id = $1 ORDER BY id",
			    dbid,
			    "INSERT INTO tables(" TAB_COLS ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
			    "?,?,?,?,?,?,?)",
			    err)) ||
	    (rc = copy_rows(st,
			    "SELECT c.table_id, c.position, c.name, c.type, c.family, c.nullable,"
			    " c.generated, c.default_expr, c.gen_expr, c.comment FROM columns c"
			    " JOIN tables t ON t.id = c.table_id WHERE t.database_id = $1",
			    dbid, "INSERT INTO columns(" COL_COLS ") VALUES(?,?,?,?,?,?,?,?,?,?)",
			    err)) ||
	    (rc = copy_rows(st,
			    "SELECT c.id, c.table_id, c.kind, c.name, c.columns, c.ref_schema,"
			    " c.ref_table, c.ref_columns, c.on_delete, c.on_update, c.is_unique,"
			    " c.is_primary, c.method, c.predicate FROM constraints c"
			    " JOIN tables t ON t.id = c.table_id WHERE t.database_id = $1"
			    " ORDER BY c.id",
			    dbid,
			    "INSERT INTO constraints(" CON_COLS ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
			    err)))
		return rc;
	return 0;
}

static int local_forget(sx_store *st, int64_t id, const char *name, sx_error *err)
{
	return sx_store_exec_bind(st->local, NULL, err,
				  "DELETE FROM databases WHERE id = ? OR name = ?", "ls", id, name);
}

int sx__pg_sync(sx_store *st, sx_error *err)
{
	cJSON *shared = NULL, *mine = NULL, *r, *m;
	bool own_pg = !sx_store_in_transaction(st), own_local;
	int rc;

	if (own_pg && (rc = sx__pg_exec(st, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", err)))
		return rc;
	own_local = !sx_store_in_transaction(st->local);
	if ((rc = sx__pg_run(st, &shared, false, NULL, err, "SELECT id, name FROM databases", 0,
			     NULL)) ||
	    (rc = sx_store_query_json(st->local, &mine, err, "SELECT id, name FROM databases", "")))
		goto out;
	if (own_local && (rc = sx_store_begin(st->local, err)))
		goto out;
	/* replica rows the shared store no longer has (another id or gone) */
	cJSON_ArrayForEach(m, mine)
	{
		bool keep = false;
		cJSON_ArrayForEach(r, shared)
		if (sx_json_int(r, "id", -1) == sx_json_int(m, "id", -2) &&
		    strcmp(sx_json_str(r, "name", ""), sx_json_str(m, "name", "")) == 0)
			keep = true;
		if (!keep && (rc = local_forget(st, sx_json_int(m, "id", 0),
						 sx_json_str(m, "name", ""), err)))
			goto out_local;
	}
	cJSON_ArrayForEach(r, shared)
	{
		bool have = false;
		cJSON_ArrayForEach(m, mine)
		if (sx_json_int(r, "id", -1) == sx_json_int(m, "id", -2) &&
		    strcmp(sx_json_str(r, "name", ""), sx_json_str(m, "name", "")) == 0)
			have = true;
		if (have)
			continue;
		if ((rc = local_forget(st, sx_json_int(r, "id", 0), sx_json_str(r, "name", ""),
				       err)) ||
		    (rc = replicate(st, sx_json_int(r, "id", 0), err)))
			goto out_local;
	}
out_local:
	if (own_local) {
		if (rc)
			sx_store_rollback(st->local);
		else
			rc = sx_store_commit(st->local, err);
	}
out:
	if (own_pg)
		sx__pg_exec(st, rc ? "ROLLBACK" : "COMMIT", NULL);
	cJSON_Delete(shared);
	cJSON_Delete(mine);
	return rc;
}

/* ------------------------------------------------------------ save */

/* Saving a catalog sends its rows in libpq's pipeline mode, PIPE_BATCH
 * statements at a time before reading their results back (a bounded batch,
 * so neither side's socket buffer fills while the other waits): one round
 * trip per batch instead of one per row. Table ids come back from the first
 * pass (tables), the second sends columns and keys. */
#define PIPE_BATCH 512

struct pgsave {
	sx_store *st;
	sx_buf b;
	char num[24][32];
	const char *v[24];
	bool piped;
	int64_t *pending[PIPE_BATCH];
	size_t npending;
};

static const char *pnum(struct pgsave *ps, int i, int64_t x, bool null_if_negative)
{
	if (null_if_negative && x < 0)
		return NULL;
	snprintf(ps->num[i], sizeof ps->num[i], "%lld", (long long)x);
	return ps->num[i];
}

static char *joined(size_t n, const char *const *names)
{
	sx_buf b = SX_BUF_INIT;
	size_t i;
	for (i = 0; i < n; i++) {
		if (i)
			sx_buf_puts(&b, "\x1f");
		sx_buf_puts(&b, names[i]);
	}
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return NULL;
	}
	return sx_buf_detach(&b);
}

/* Reads back the results of the statements sent since the last flush. The
 * first error is returned; the statements after it were not run. */
static int flush(struct pgsave *ps, sx_error *err)
{
	PGconn *pg = ps->st->pg;
	PGresult *res;
	size_t i;
	int rc = 0;

	if (!ps->npending)
		return 0;
	if (!PQpipelineSync(pg))
		return pg_fail(ps->st, NULL, err, "saving the catalog");
	for (i = 0; i < ps->npending; i++) {
		ExecStatusType s;
		res = PQgetResult(pg);
		s = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
		if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) {
			if (ps->pending[i] && PQntuples(res))
				*ps->pending[i] = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
		} else if (!rc) {
			rc = pg_fail(ps->st, res, err, "saving the catalog");
		}
		PQclear(res);
		/* each statement's results end with a NULL */
		while ((res = PQgetResult(pg)))
			PQclear(res);
	}
	/* the sync point */
	res = PQgetResult(pg);
	if (!res || PQresultStatus(res) != PGRES_PIPELINE_SYNC) {
		if (!rc)
			rc = pg_fail(ps->st, res, err, "saving the catalog");
	}
	PQclear(res);
	ps->npending = 0;
	return rc;
}

static int exec_prepared(struct pgsave *ps, const char *name, int n, int64_t *id, sx_error *err)
{
	PGresult *res;
	if (ps->piped) {
		/* libpq copies the values at send: the buffers can be reused */
		if (!PQsendQueryPrepared(ps->st->pg, name, n, ps->v, NULL, NULL, 0))
			return pg_fail(ps->st, NULL, err, "saving the catalog");
		ps->pending[ps->npending++] = id;
		return ps->npending == PIPE_BATCH ? flush(ps, err) : 0;
	}
	res = PQexecPrepared(ps->st->pg, name, n, ps->v, NULL, NULL, 0);
	ExecStatusType s = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
	int rc = 0;
	if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
		rc = pg_fail(ps->st, res, err, "saving the catalog");
	else if (id)
		*id = PQntuples(res) ? strtoll(PQgetvalue(res, 0, 0), NULL, 10) : 0;
	PQclear(res);
	return rc;
}

static int prepare(sx_store *st, const char *name, const char *sql, sx_error *err)
{
	PGresult *res = PQprepare(st->pg, name, sql, 0, NULL);
	int rc = 0;
	if (!res || PQresultStatus(res) != PGRES_COMMAND_OK)
		rc = pg_fail(st, res, err, "preparing");
	PQclear(res);
	return rc;
}

static int save_key(struct pgsave *ps, int64_t tid, const char *kind, const char *name,
		    size_t n, const char *const *cols, bool uniq, bool primary, const char *method,
		    const char *predicate, const char *ref_schema, const char *ref_table,
		    const char *const *ref_cols, const char *on_delete, const char *on_update,
		    sx_error *err)
{
	char *c = joined(n, cols), *rc_ = ref_cols ? joined(n, ref_cols) : NULL;
	int rc;
	ps->v[0] = pnum(ps, 0, tid, false);
	ps->v[1] = kind;
	ps->v[2] = name;
	ps->v[3] = c ? c : "";
	ps->v[4] = ref_schema;
	ps->v[5] = ref_table;
	ps->v[6] = rc_;
	ps->v[7] = on_delete;
	ps->v[8] = on_update;
	ps->v[9] = pnum(ps, 9, uniq, false);
	ps->v[10] = pnum(ps, 10, primary, false);
	ps->v[11] = method;
	ps->v[12] = predicate;
	rc = exec_prepared(ps, "sx_con", 13, NULL, err);
	free(c);
	free(rc_);
	return rc;
}

static int save_table(struct pgsave *ps, int64_t dbid, sx_table *t, sx_error *err)
{
	ps->v[0] = pnum(ps, 0, dbid, false);
	ps->v[1] = t->schema->name;
	ps->v[2] = t->name;
	ps->v[3] = sx_rel_kind_name(t->kind);
	ps->v[4] = t->comment;
	ps->v[5] = t->definition;
	ps->v[6] = pnum(ps, 6, t->row_count, true);
	ps->v[7] = pnum(ps, 7, t->rows_exact, false);
	ps->v[8] = pnum(ps, 8, t->size_bytes, true);
	ps->v[9] = pnum(ps, 9, t->without_rowid, false);
	ps->v[10] = t->engine;
	ps->v[11] = t->partition_key;
	ps->v[12] = t->sorting_key;
	ps->v[13] = t->primary_key_expr;
	ps->v[14] = pnum(ps, 14, (int64_t)t->npartitions, false);
	ps->v[15] = pnum(ps, 15, t->stats.n_ins, true);
	ps->v[16] = pnum(ps, 16, t->stats.n_upd, true);
	ps->v[17] = pnum(ps, 17, t->stats.n_del, true);
	ps->v[18] = pnum(ps, 18, t->stats.n_live, true);
	ps->v[19] = pnum(ps, 19, t->stats.n_dead, true);
	ps->v[20] = t->stats.last_analyze;
	ps->v[21] = t->stats.last_autovacuum;
	return exec_prepared(ps, "sx_tab", 22, &t->id, err);
}

/* Columns and keys of a table whose id the first pass brought back. */
static int save_parts(struct pgsave *ps, sx_table *t, sx_error *err)
{
	size_t i;
	int rc;
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		ps->v[0] = pnum(ps, 0, t->id, false);
		ps->v[1] = pnum(ps, 1, c->position, false);
		ps->v[2] = c->name;
		ps->v[3] = c->type;
		ps->v[4] = sx_typefam_name(c->family);
		ps->v[5] = pnum(ps, 5, c->nullable, false);
		ps->v[6] = pnum(ps, 6, (int64_t)c->generated, false);
		ps->v[7] = c->default_expr;
		ps->v[8] = c->gen_expr;
		ps->v[9] = c->comment;
		if ((rc = exec_prepared(ps, "sx_col", 10, NULL, err)))
			return rc;
	}
	if (t->pk.ncols && (rc = save_key(ps, t->id, "p", t->pk.name, t->pk.ncols, t->pk.cols,
					  true, true, NULL, NULL, NULL, NULL, NULL, NULL, NULL, err)))
		return rc;
	for (i = 0; i < t->nuniques; i++)
		if ((rc = save_key(ps, t->id, "u", t->uniques[i].name, t->uniques[i].ncols,
				   t->uniques[i].cols, true, false, NULL, NULL, NULL, NULL, NULL,
				   NULL, NULL, err)))
			return rc;
	for (i = 0; i < t->nindexes; i++) {
		const sx_index *ix = &t->indexes[i];
		if ((rc = save_key(ps, t->id, "i", ix->key.name, ix->key.ncols, ix->key.cols,
				   ix->unique, ix->primary, ix->method, ix->predicate, NULL, NULL,
				   NULL, NULL, NULL, err)))
			return rc;
	}
	for (i = 0; i < t->nparts; i++)
		if ((rc = save_key(ps, t->id, "t", t->parts[i].name, 0, NULL, false, false, NULL,
				   t->parts[i].bound, NULL, NULL, NULL, NULL, NULL, err)))
			return rc;
	for (i = 0; i < t->nfks; i++) {
		const sx_fk *fk = &t->fks[i];
		if ((rc = save_key(ps, t->id, "f", fk->name, fk->ncols, fk->cols, false, false, NULL,
				   NULL, fk->ref_schema, fk->ref_table, fk->ref_cols, fk->on_delete,
				   fk->on_update, err)))
			return rc;
	}
	return 0;
}

/* Statements prepared once per connection. */
static int prepare_save(sx_store *st, sx_error *err)
{
	int rc;
	/* asking the server whether they exist would fail, and so abort, a
	 * caller's transaction: remember it instead */
	if (st->save_prepared)
		return 0;
	if ((rc = prepare(st, "sx_db",
			  "INSERT INTO databases(name, kind, dsn, server_version, analysed_at,"
			  " round_trips, warnings) VALUES($1,$2,$3,$4,$5,$6,$7) RETURNING id",
			  err)) ||
	    (rc = prepare(st, "sx_tab",
			  "INSERT INTO tables(database_id, schema_name, name, kind, comment,"
			  " definition, row_count, rows_exact, size_bytes, without_rowid, engine,"
			  " partition_key, sorting_key, primary_key_expr, npartitions, n_ins,"
			  " n_upd, n_del, n_live, n_dead, last_analyze, last_autovacuum)"
			  " VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,"
			  "$19,$20,$21,$22) RETURNING id",
			  err)) ||
	    (rc = prepare(st, "sx_col",
			  "INSERT INTO columns(" COL_COLS ") VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)",
			  err)) ||
	    (rc = prepare(st, "sx_con",
			  "INSERT INTO constraints(table_id, kind, name, columns, ref_schema,"
			  " ref_table, ref_columns, on_delete, on_update, is_unique, is_primary,"
			  " method, predicate) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)",
			  err)))
		return rc;
	st->save_prepared = true;
	return 0;
}

int sx__pg_save_database(sx_store *st, sx_database *db, sx_error *err)
{
	struct pgsave ps;
	bool own = !sx_store_in_transaction(st);
	char *wtext, lock[400];
	cJSON *warn;
	size_t i, j;
	int rc;

	memset(&ps, 0, sizeof ps);
	ps.st = st;
	if ((rc = prepare_save(st, err)))
		return rc;
	if (own && (rc = sx_store_begin(st, err)))
		return rc;
	/* two clients re-analysing one database queue here (a transaction
	 * lock per name): otherwise the second's DELETE would miss the first's
	 * new row and its INSERT would break the unique name */
	snprintf(lock, sizeof lock, "sextant:%s:db:%s", st->schema, db->name);
	if ((rc = sx_store_exec_bind(st, NULL, err, "SELECT pg_advisory_xact_lock(hashtext(?))",
				     "s", lock)))
		goto fail;
	/* the shared rows first (delete cascades), new ids from the shared
	 * sequences; then the replica gets the same rows with the same ids */
	if ((rc = sx_store_exec_bind(st, NULL, err, "DELETE FROM databases WHERE name = ?", "s",
				     db->name)))
		goto fail;
	warn = cJSON_CreateArray();
	for (i = 0; i < db->nwarnings; i++)
		cJSON_AddItemToArray(warn, cJSON_CreateString(db->warnings[i]));
	wtext = cJSON_PrintUnformatted(warn);
	cJSON_Delete(warn);
	ps.v[0] = db->name;
	ps.v[1] = sx_db_kind_name(db->kind);
	ps.v[2] = db->dsn;
	ps.v[3] = db->server_version;
	ps.v[4] = db->analysed_at;
	ps.v[5] = pnum(&ps, 5, db->round_trips, false);
	ps.v[6] = wtext;
	rc = exec_prepared(&ps, "sx_db", 7, &db->id, err);
	free(wtext);
	if (rc)
		goto fail;
	if (!PQenterPipelineMode(st->pg)) {
		rc = pg_fail(st, NULL, err, "saving the catalog");
		goto fail;
	}
	ps.piped = true;
	for (i = 0; !rc && i < db->nschemas; i++)
		for (j = 0; !rc && j < db->schemas[i]->ntables; j++)
			rc = save_table(&ps, db->id, db->schemas[i]->tables[j], err);
	if (!rc)
		rc = flush(&ps, err);
	for (i = 0; !rc && i < db->nschemas; i++)
		for (j = 0; !rc && j < db->schemas[i]->ntables; j++)
			rc = save_parts(&ps, db->schemas[i]->tables[j], err);
	if (!rc)
		rc = flush(&ps, err);
	else
		flush(&ps, NULL);
	ps.piped = false;
	PQexitPipelineMode(st->pg);
	if (rc)
		goto fail;
	if ((rc = local_forget(st, db->id, db->name, err)) || (rc = replicate(st, db->id, err)))
		goto fail;
	return own ? sx_store_commit(st, err) : 0;
fail:
	if (own)
		sx_store_rollback(st);
	return rc;
}

int sx__pg_delete_database(sx_store *st, const char *name, sx_error *err)
{
	int64_t n = 0;
	int rc = sx_store_exec_bind(st, &n, err, "DELETE FROM databases WHERE name = ?", "s", name);
	if (rc)
		return rc;
	if (n == 0)
		return sx_error_set(err, SX_ENOTFOUND, "no database named '%s' in the workspace", name);
	return local_forget(st, -1, name, err);
}
