/*
 * source.c - classifying a source string, dispatching to the right
 * introspector, redacting DSNs, and the catalog's JSON form.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sextant/catalog.h>

/* True when s starts like a libpq keyword string ("host=/run/pg dbname=x"):
 * a known keyword, then '='. Values may hold '/' (socket directories). */
static bool libpq_keywords(const char *s)
{
	static const char *const kw[] = {
		"host", "hostaddr", "port", "dbname", "user", "password", "passfile",
		"service", "sslmode", "connect_timeout", "application_name", "options",
		"client_encoding", "target_session_attrs", "sslcert", "sslkey",
		"sslrootcert", "gssencmode", "krbsrvname", "requiressl", NULL};
	size_t n = 0, i;
	while (*s == ' ' || *s == '\t')
		s++;
	while ((s[n] >= 'a' && s[n] <= 'z') || s[n] == '_')
		n++;
	if (!n)
		return false;
	for (i = 0; kw[i]; i++)
		if (strlen(kw[i]) == n && strncmp(s, kw[i], n) == 0) {
			s += n;
			while (*s == ' ' || *s == '\t')
				s++;
			return *s == '=';
		}
	return false;
}

sx_source_kind sx_source_classify(const char *src)
{
	FILE *f;
	char magic[16];
	size_t n;

	if (!src || !*src)
		return SX_SRC_UNKNOWN;
	if (sx_str_startswith(src, "sqlite:"))
		return SX_SRC_SQLITE;
	if (sx_str_startswith(src, "postgres://") || sx_str_startswith(src, "postgresql://"))
		return SX_SRC_POSTGRES;
	if (sx_str_startswith(src, "clickhouse://") || sx_str_startswith(src, "http://") ||
	    sx_str_startswith(src, "https://"))
		return SX_SRC_CLICKHOUSE;
	/* A libpq keyword string: "host=... dbname=..." or "service=x". */
	if (libpq_keywords(src) || (strchr(src, '=') && !strchr(src, '/')))
		return SX_SRC_POSTGRES;
	if (sx_str_endswith(src, ".sql") || sx_str_endswith(src, ".ddl") ||
	    sx_str_endswith(src, ".SQL") || sx_str_endswith(src, ".pgsql"))
		return SX_SRC_DDL;
	/* Anything else is a file: SQLite by its magic, else still SQLite so
	 * that the SQLite reader gives the "not a database" error. */
	f = fopen(src, "rb");
	if (f) {
		n = fread(magic, 1, sizeof magic, f);
		fclose(f);
		if (n == 16 && memcmp(magic, "SQLite format 3", 16) == 0)
			return SX_SRC_SQLITE;
	}
	return SX_SRC_SQLITE;
}

int sx_source_introspect(sx_catalog *cat, const char *source, const sx_source_opts *opts,
			 sx_database **out, sx_error *err)
{
	sx_source_opts defaults = {0};
	if (!opts)
		opts = &defaults;
	*out = NULL;
	switch (sx_source_classify(source)) {
	case SX_SRC_SQLITE:
		return sx_sqlite_introspect(cat, sx_str_startswith(source, "sqlite:") ? source + 7
										      : source,
					    opts, out, err);
	case SX_SRC_POSTGRES:
		return sx_pg_introspect(cat, source, opts, out, err);
	case SX_SRC_CLICKHOUSE:
		return sx_ch_introspect(cat, source, opts, out, err);
	case SX_SRC_DDL:
		return sx_ddl_introspect(cat, source, opts, out, err);
	default:
		return sx_error_set(err, SX_EINVAL, "empty source");
	}
}

/* Removes "password=value" pairs (value bare, or single-quoted with \'
 * escapes as libpq allows) from a keyword string or a URI query. */
static void drop_password_params(sx_buf *b, const char *s, char sep)
{
	const char *p = s;
	bool first = true;
	while (*p) {
		const char *start, *end;
		bool is_pw;
		while (*p == sep || (sep == ' ' && (*p == '\t' || *p == '\n')))
			p++;
		if (!*p)
			break;
		start = p;
		is_pw = strncmp(p, "password", 8) == 0 &&
			(p[8] == '=' || (sep == ' ' && p[8] == ' '));
		/* skip to the end of this pair */
		while (*p && *p != '=' && *p != sep)
			p++;
		if (sep == ' ') {
			/* libpq allows spaces around '=' */
			const char *q = p;
			while (*q == ' ' || *q == '\t')
				q++;
			if (*q == '=')
				p = q;
		}
		if (*p == '=') {
			p++;
			while (sep == ' ' && *p == ' ')
				p++;
			if (*p == '\'') {
				p++;
				while (*p && *p != '\'') {
					if (*p == '\\' && p[1])
						p++;
					p++;
				}
				if (*p)
					p++;
			} else {
				while (*p && *p != sep && !(sep == ' ' && *p == '\t'))
					p++;
			}
		}
		end = p;
		if (!is_pw) {
			/* one separator between kept pairs, none before the first */
			if (!first)
				sx_buf_putc(b, sep);
			sx_buf_put(b, start, (size_t)(end - start));
			first = false;
		}
	}
}

char *sx_dsn_redact(const char *dsn)
{
	sx_buf b = SX_BUF_INIT;
	const char *scheme, *at, *colon, *q, *slash;

	if (!dsn)
		return NULL;
	scheme = strstr(dsn, "://");
	if (!scheme) {
		if (strchr(dsn, '='))
			drop_password_params(&b, dsn, ' ');
		else
			sx_buf_puts(&b, dsn);
	} else {
		const char *auth = scheme + 3;
		slash = strpbrk(auth, "/?#");
		/* The last '@' before the path ends the userinfo (passwords may
		 * contain '@' when not percent-encoded). */
		at = NULL;
		for (q = auth; *q && (!slash || q < slash); q++)
			if (*q == '@')
				at = q;
		sx_buf_put(&b, dsn, (size_t)(auth - dsn));
		if (at) {
			colon = memchr(auth, ':', (size_t)(at - auth));
			sx_buf_put(&b, auth, (size_t)((colon ? colon : at) - auth));
			sx_buf_puts(&b, "@");
			auth = at + 1;
		}
		q = strchr(auth, '?');
		if (q) {
			sx_buf_put(&b, auth, (size_t)(q + 1 - auth));
			drop_password_params(&b, q + 1, '&');
			/* drop a dangling separator */
			while (b.len && (b.ptr[b.len - 1] == '&' || b.ptr[b.len - 1] == '?'))
				b.ptr[--b.len] = '\0';
		} else {
			sx_buf_puts(&b, auth);
		}
	}
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return NULL;
	}
	return sx_buf_detach(&b);
}

/* ---------------------------------------------------------------- JSON */

static cJSON *names_json(size_t n, const char *const *names)
{
	cJSON *a = cJSON_CreateArray();
	size_t i;
	for (i = 0; names && i < n; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(names[i]));
	return a;
}

cJSON *sx_table_to_json(const sx_table *t, bool detail)
{
	cJSON *o = cJSON_CreateObject(), *a;
	char id[1024];
	size_t i;

	sx_table_id(t, id, sizeof id);
	sx_json_add_str(o, "id", id);
	sx_json_add_str(o, "database", t->schema->db->name);
	sx_json_add_str(o, "schema", t->schema->name);
	sx_json_add_str(o, "name", t->name);
	sx_json_add_str(o, "kind", sx_rel_kind_name(t->kind));
	sx_json_add_str(o, "comment", t->comment);
	if (t->row_count >= 0)
		sx_json_add_int(o, "row_count", t->row_count);
	else
		cJSON_AddNullToObject(o, "row_count");
	sx_json_add_bool(o, "rows_exact", t->rows_exact);
	sx_json_add_int(o, "column_count", (int64_t)t->ncols);
	sx_json_add_int(o, "fk_count", (int64_t)t->nfks);
	if (!detail)
		return o;
	if (t->size_bytes >= 0)
		sx_json_add_int(o, "size_bytes", t->size_bytes);
	if (t->definition)
		sx_json_add_str(o, "definition", t->definition);
	if (t->without_rowid)
		sx_json_add_bool(o, "without_rowid", true);
	if (t->engine)
		sx_json_add_str(o, "engine", t->engine);
	if (t->partition_key)
		sx_json_add_str(o, "partition_key", t->partition_key);
	if (t->sorting_key)
		sx_json_add_str(o, "sorting_key", t->sorting_key);
	if (t->primary_key_expr)
		sx_json_add_str(o, "primary_key_expr", t->primary_key_expr);
	if (t->npartitions)
		sx_json_add_int(o, "partitions", (int64_t)t->npartitions);
	a = cJSON_AddArrayToObject(o, "columns");
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		cJSON *co = cJSON_CreateObject();
		const sx_fk *fk = sx_table_col_fk(t, c->name);
		sx_json_add_str(co, "name", c->name);
		sx_json_add_str(co, "type", c->type);
		sx_json_add_str(co, "family", sx_typefam_name(c->family));
		sx_json_add_int(co, "position", c->position);
		sx_json_add_bool(co, "nullable", c->nullable);
		sx_json_add_bool(co, "pk", sx_table_col_in_pk(t, c->name));
		if (fk)
			sx_json_add_str(co, "fk", fk->ref_table);
		if (c->default_expr)
			sx_json_add_str(co, "default", c->default_expr);
		if (c->generated != SX_GEN_NONE)
			sx_json_add_str(co, "generated",
					c->generated == SX_GEN_STORED	 ? "stored"
					: c->generated == SX_GEN_VIRTUAL ? "virtual"
									 : "identity");
		if (c->gen_expr)
			sx_json_add_str(co, "generation_expression", c->gen_expr);
		sx_json_add_str(co, "comment", c->comment);
		cJSON_AddItemToArray(a, co);
	}
	cJSON_AddItemToObject(o, "primary_key", names_json(t->pk.ncols, t->pk.cols));
	a = cJSON_AddArrayToObject(o, "unique");
	for (i = 0; i < t->nuniques; i++)
		cJSON_AddItemToArray(a, names_json(t->uniques[i].ncols, t->uniques[i].cols));
	a = cJSON_AddArrayToObject(o, "foreign_keys");
	for (i = 0; i < t->nfks; i++) {
		const sx_fk *fk = &t->fks[i];
		cJSON *fo = cJSON_CreateObject();
		sx_json_add_str(fo, "name", fk->name);
		cJSON_AddItemToObject(fo, "columns", names_json(fk->ncols, fk->cols));
		sx_json_add_str(fo, "ref_schema", fk->ref_schema ? fk->ref_schema : t->schema->name);
		sx_json_add_str(fo, "ref_table", fk->ref_table);
		if (fk->ref_cols)
			cJSON_AddItemToObject(fo, "ref_columns", names_json(fk->ncols, fk->ref_cols));
		else
			cJSON_AddNullToObject(fo, "ref_columns");
		if (fk->on_delete)
			sx_json_add_str(fo, "on_delete", fk->on_delete);
		if (fk->on_update)
			sx_json_add_str(fo, "on_update", fk->on_update);
		cJSON_AddItemToArray(a, fo);
	}
	a = cJSON_AddArrayToObject(o, "indexes");
	for (i = 0; i < t->nindexes; i++) {
		const sx_index *ix = &t->indexes[i];
		cJSON *io = cJSON_CreateObject();
		sx_json_add_str(io, "name", ix->key.name);
		cJSON_AddItemToObject(io, "columns", names_json(ix->key.ncols, ix->key.cols));
		sx_json_add_bool(io, "unique", ix->unique);
		sx_json_add_bool(io, "primary", ix->primary);
		if (ix->method)
			sx_json_add_str(io, "method", ix->method);
		if (ix->predicate)
			sx_json_add_str(io, "predicate", ix->predicate);
		cJSON_AddItemToArray(a, io);
	}
	if (t->stats.n_ins >= 0 || t->stats.last_analyze) {
		cJSON *so = cJSON_AddObjectToObject(o, "stats");
		sx_json_add_int(so, "inserts", t->stats.n_ins);
		sx_json_add_int(so, "updates", t->stats.n_upd);
		sx_json_add_int(so, "deletes", t->stats.n_del);
		sx_json_add_int(so, "live_rows", t->stats.n_live);
		sx_json_add_int(so, "dead_rows", t->stats.n_dead);
		sx_json_add_str(so, "last_analyze", t->stats.last_analyze);
		sx_json_add_str(so, "last_autovacuum", t->stats.last_autovacuum);
	}
	return o;
}

cJSON *sx_database_to_json(const sx_database *db, bool with_tables)
{
	cJSON *o = cJSON_CreateObject(), *a;
	size_t s, t, ncols = 0, nfks = 0, nviews = 0;

	sx_json_add_str(o, "name", db->name);
	sx_json_add_str(o, "kind", sx_db_kind_name(db->kind));
	sx_json_add_str(o, "dsn", db->dsn);
	sx_json_add_str(o, "server_version", db->server_version);
	sx_json_add_str(o, "analysed_at", db->analysed_at);
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++) {
			const sx_table *tb = db->schemas[s]->tables[t];
			ncols += tb->ncols;
			nfks += tb->nfks;
			nviews += tb->kind == SX_REL_VIEW || tb->kind == SX_REL_MATVIEW;
		}
	sx_json_add_int(o, "schemas", (int64_t)db->nschemas);
	sx_json_add_int(o, "tables", (int64_t)(sx_database_table_count(db) - nviews));
	sx_json_add_int(o, "views", (int64_t)nviews);
	sx_json_add_int(o, "columns", (int64_t)ncols);
	sx_json_add_int(o, "foreign_keys", (int64_t)nfks);
	a = cJSON_AddArrayToObject(o, "warnings");
	for (s = 0; s < db->nwarnings; s++)
		cJSON_AddItemToArray(a, cJSON_CreateString(db->warnings[s]));
	if (with_tables) {
		a = cJSON_AddArrayToObject(o, "table_list");
		for (s = 0; s < db->nschemas; s++)
			for (t = 0; t < db->schemas[s]->ntables; t++)
				cJSON_AddItemToArray(a, sx_table_to_json(db->schemas[s]->tables[t], false));
	}
	return o;
}
