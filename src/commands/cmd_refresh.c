/*
 * cmd_refresh.c - `sextant refresh [--all | SOURCE...]` and `sextant impact
 * TABLE[.COLUMN]`: the scheduled re-analysis and what it breaks.
 *
 * Sources come from the config's [sources] section, one NAME = VALUE per
 * source, where VALUE is `service:NAME` (a libpq service from
 * pg_service.conf), `env:VAR` (the connection string is read from the
 * environment at run time) or a path or URL that holds no password. The
 * stored database is named NAME and its stored dsn is VALUE itself, so
 * nothing secret reaches the workspace. A value with a password is
 * refused.
 *
 * A source is re-analysed when its stored analysis is older than
 * [refresh] max_age (default 24h; --max-age; --force ignores it). The
 * report compares the catalog before and after (tables added, dropped,
 * altered: columns added, dropped, retyped) and the relationships before
 * and after. Relationship ids are stable hashes of names; the ids (with a
 * label) seen at the last refresh are kept in the workspace's meta table
 * (key refresh.rels.NAME), which a shared workspace shares, so a scheduler
 * on another machine compares against the same baseline. The first refresh
 * of a source records that baseline.
 *
 * Impact: the stored runs whose column lineage (run_lineage.sources, a JSON
 * array of "schema.table.column") reads a dropped table or a dropped or
 * retyped column. `impact` asks the same on demand.
 *
 * A source that fails is reported as failed and the others go on; the
 * command fails only when every selected source failed.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <sextant/map.h>

#include "commands_int.h"

#define DEFAULT_MAX_AGE (24 * 3600L)

static const sx_opt refresh_opts[] = {
	{"all", 0, SX_OPT_FLAG, NULL, "every source of the config's [sources]"},
	{"force", 0, SX_OPT_FLAG, NULL, "re-analyse even when the analysis is recent"},
	{"max-age", 0, SX_OPT_STRING, "AGE", "override [refresh] max_age (30m, 12h, 2d; 0: always)"},
	{"markdown", 0, SX_OPT_FLAG, NULL, "a Markdown summary (for a chat hook)"},
	{"no-sampling", 0, SX_OPT_FLAG, NULL, "map from names and types only: read no values"},
	{NULL, 0, 0, NULL, NULL},
};

static const sx_opt impact_opts[] = {
	{"markdown", 0, SX_OPT_FLAG, NULL, "a Markdown summary"},
	{NULL, 0, 0, NULL, NULL},
};

/* "90", "30m", "12h", "2d" in seconds; -1 when malformed. */
static long parse_age(const char *s)
{
	char *end;
	long v;
	if (!s || !*s)
		return -1;
	v = strtol(s, &end, 10);
	if (end == s || v < 0)
		return -1;
	switch (*end) {
	case '\0':
	case 's':
		break;
	case 'm':
		v *= 60;
		break;
	case 'h':
		v *= 3600;
		break;
	case 'd':
		v *= 86400;
		break;
	default:
		return -1;
	}
	return (*end && end[1]) ? -1 : v;
}

/* Seconds since an ISO-8601 UTC time; -1 when it does not parse. */
static long age_of(const char *iso)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	if (!iso || !strptime(iso, "%Y-%m-%dT%H:%M:%S", &tm))
		return -1;
	return (long)difftime(time(NULL), timegm(&tm));
}

/* The connection string of a configured source; *shown is what the
 * workspace may keep. NULL with err set when it cannot be used. */
static const char *resolve_source(const char *name, const char *value, const char **shown,
				  char *buf, size_t n, sx_error *err)
{
	*shown = value;
	if (strncmp(value, "service:", 8) == 0) {
		snprintf(buf, n, "service=%s", value + 8);
		return buf;
	}
	if (strncmp(value, "env:", 4) == 0) {
		const char *v = getenv(value + 4);
		if (!v || !*v) {
			sx_error_set(err, SX_EINVAL, "source '%s': environment variable %s is not set",
				     name, value + 4);
			return NULL;
		}
		return v;
	}
	{
		char *red = sx_dsn_redact(value);
		bool secret = red && strcmp(red, value) != 0;
		free(red);
		if (secret) {
			sx_error_set(err, SX_EINVAL,
				     "source '%s' holds a password: use service:NAME (pg_service.conf"
				     " with ~/.pgpass) or env:VAR instead",
				     name);
			return NULL;
		}
	}
	return value;
}

/* ------------------------------------------------------------ diff */

static sx_table *find_table(sx_database *db, const char *schema, const char *name)
{
	size_t s, t;
	for (s = 0; db && s < db->nschemas; s++)
		if (strcmp(db->schemas[s]->name, schema) == 0)
			for (t = 0; t < db->schemas[s]->ntables; t++)
				if (strcmp(db->schemas[s]->tables[t]->name, name) == 0)
					return db->schemas[s]->tables[t];
	return NULL;
}

static const sx_column *find_col(const sx_table *t, const char *name)
{
	size_t i;
	for (i = 0; t && i < t->ncols; i++)
		if (strcmp(t->cols[i].name, name) == 0)
			return &t->cols[i];
	return NULL;
}

static void add_qualified(cJSON *arr, const char *schema, const char *table)
{
	char q[512];
	snprintf(q, sizeof q, "%s.%s", schema, table);
	cJSON_AddItemToArray(arr, cJSON_CreateString(q));
}

/* Compares two analyses of one database into o; appends to touched the
 * (schema, table, column|null) triples that pipelines may read. */
static void diff_tables(sx_database *old, sx_database *neu, cJSON *o, cJSON *touched)
{
	cJSON *added = cJSON_AddArrayToObject(o, "tables_added");
	cJSON *dropped = cJSON_AddArrayToObject(o, "tables_dropped");
	cJSON *altered = cJSON_AddArrayToObject(o, "tables_altered");
	size_t s, t, i;

	for (s = 0; s < neu->nschemas; s++)
		for (t = 0; t < neu->schemas[s]->ntables; t++) {
			sx_table *nt = neu->schemas[s]->tables[t];
			sx_table *ot = find_table(old, nt->schema->name, nt->name);
			cJSON *ca, *cd, *ct, *a;
			if (!ot) {
				add_qualified(added, nt->schema->name, nt->name);
				continue;
			}
			a = cJSON_CreateObject();
			ca = cJSON_CreateArray();
			cd = cJSON_CreateArray();
			ct = cJSON_CreateArray();
			for (i = 0; i < nt->ncols; i++)
				if (!find_col(ot, nt->cols[i].name))
					cJSON_AddItemToArray(ca, cJSON_CreateString(nt->cols[i].name));
			for (i = 0; i < ot->ncols; i++) {
				const sx_column *oc = &ot->cols[i], *nc = find_col(nt, oc->name);
				cJSON *x;
				if (!nc) {
					cJSON_AddItemToArray(cd, cJSON_CreateString(oc->name));
				} else if (strcmp(oc->type ? oc->type : "", nc->type ? nc->type : "")) {
					x = cJSON_CreateObject();
					sx_json_add_str(x, "column", oc->name);
					sx_json_add_str(x, "from", oc->type);
					sx_json_add_str(x, "to", nc->type);
					cJSON_AddItemToArray(ct, x);
				} else {
					continue;
				}
				x = cJSON_CreateObject();
				sx_json_add_str(x, "schema", ot->schema->name);
				sx_json_add_str(x, "table", ot->name);
				sx_json_add_str(x, "column", oc->name);
				sx_json_add_str(x, "change", nc ? "retyped" : "dropped");
				cJSON_AddItemToArray(touched, x);
			}
			if (cJSON_GetArraySize(ca) + cJSON_GetArraySize(cd) + cJSON_GetArraySize(ct)) {
				char q[512];
				snprintf(q, sizeof q, "%s.%s", nt->schema->name, nt->name);
				sx_json_add_str(a, "table", q);
				cJSON_AddItemToObject(a, "columns_added", ca);
				cJSON_AddItemToObject(a, "columns_dropped", cd);
				cJSON_AddItemToObject(a, "columns_retyped", ct);
				cJSON_AddItemToArray(altered, a);
			} else {
				cJSON_Delete(ca);
				cJSON_Delete(cd);
				cJSON_Delete(ct);
				cJSON_Delete(a);
			}
		}
	for (s = 0; old && s < old->nschemas; s++)
		for (t = 0; t < old->schemas[s]->ntables; t++) {
			sx_table *ot = old->schemas[s]->tables[t];
			cJSON *x;
			if (find_table(neu, ot->schema->name, ot->name))
				continue;
			add_qualified(dropped, ot->schema->name, ot->name);
			x = cJSON_CreateObject();
			sx_json_add_str(x, "schema", ot->schema->name);
			sx_json_add_str(x, "table", ot->name);
			sx_json_add_str(x, "column", NULL);
			sx_json_add_str(x, "change", "table dropped");
			cJSON_AddItemToArray(touched, x);
		}
}

static void end_text(sx_buf *b, const sx_map_end *e)
{
	size_t i;
	sx_buf_printf(b, "%s.%s(", e->schema ? e->schema : "", e->table ? e->table : "");
	for (i = 0; i < e->ncols; i++)
		sx_buf_printf(b, "%s%s", i ? "," : "", e->cols[i]);
	sx_buf_puts(b, ")");
}

/* {id: label} of the relationships that start in db. */
static cJSON *rel_set(const sx_dbmap *m, const sx_database *db)
{
	cJSON *o = cJSON_CreateObject();
	sx_buf b = SX_BUF_INIT;
	size_t i;
	for (i = 0; i < sx_dbmap_rel_count(m); i++) {
		const sx_map_rel *r = sx_dbmap_rel(m, i);
		if (!r->from.t || r->from.t->schema->db != db || cJSON_GetObjectItem(o, r->id))
			continue;
		sx_buf_clear(&b);
		end_text(&b, &r->from);
		sx_buf_puts(&b, " -> ");
		end_text(&b, &r->to);
		if (!sx_buf_failed(&b))
			sx_json_add_str(o, r->id, sx_buf_cstr(&b));
	}
	sx_buf_release(&b);
	return o;
}

static cJSON *rel_minus(const cJSON *a, const cJSON *b)
{
	cJSON *out = cJSON_CreateArray();
	const cJSON *x;
	cJSON_ArrayForEach(x, a)
	if (!cJSON_GetObjectItem(b, x->string)) {
		cJSON *o = cJSON_CreateObject();
		sx_json_add_str(o, "id", x->string);
		sx_json_add_str(o, "label", cJSON_IsString(x) ? x->valuestring : "");
		cJSON_AddItemToArray(out, o);
	}
	return out;
}

/* ------------------------------------------------------------ lineage */

/* Splits buf in place at dots into at most max parts; returns the count,
 * max + 1 when there are more. Empty parts are skipped. */
static size_t split_dots(char *buf, char **parts, size_t max)
{
	size_t n = 0;
	char *p = buf;
	while (p && *p) {
		char *dot = strchr(p, '.');
		if (dot)
			*dot = '\0';
		if (*p) {
			if (n == max)
				return max + 1;
			parts[n++] = p;
		}
		p = dot ? dot + 1 : NULL;
	}
	return n;
}

static bool same(const char *a, const char *b)
{
	return a && b && strcasecmp(a, b) == 0;
}

/* Whether a lineage source "schema.table.column" (or "table.column", or
 * with a leading database) reads (schema, table, column); schema and
 * column may be NULL (any). */
static bool reads(const char *src, const char *schema, const char *table, const char *column)
{
	char buf[512], *parts[8];
	size_t n;
	const char *ss, *st, *sc;

	snprintf(buf, sizeof buf, "%s", src);
	n = split_dots(buf, parts, 8);
	if (n < 2 || n > 8)
		return false;
	sc = parts[n - 1];
	st = parts[n - 2];
	ss = n >= 3 ? parts[n - 3] : NULL;
	if (!same(st, table))
		return false;
	if (schema && ss && !same(ss, schema))
		return false;
	return !column || same(sc, column);
}

/* Appends to hits the lineage rows that read (schema, table, column). */
static int lineage_hits(const cJSON *lineage, const char *schema, const char *table,
			const char *column, const char *change, cJSON *hits)
{
	const cJSON *l;
	cJSON_ArrayForEach(l, lineage)
	{
		cJSON *srcs = cJSON_Parse(sx_json_str(l, "sources", "[]")), *s, *matched = NULL;
		cJSON_ArrayForEach(s, srcs)
		if (cJSON_IsString(s) && reads(s->valuestring, schema, table, column)) {
			if (!matched)
				matched = cJSON_CreateArray();
			cJSON_AddItemToArray(matched, cJSON_CreateString(s->valuestring));
		}
		cJSON_Delete(srcs);
		if (matched) {
			cJSON *o = cJSON_CreateObject();
			sx_json_add_str(o, "run_id", sx_json_str(l, "run_id", ""));
			sx_json_add_str(o, "intent", sx_json_str(l, "intent", NULL));
			sx_json_add_str(o, "created_at", sx_json_str(l, "created_at", NULL));
			sx_json_add_str(o, "target", sx_json_str(l, "target", NULL));
			sx_json_add_str(o, "expression", sx_json_str(l, "expression", NULL));
			if (change)
				sx_json_add_str(o, "change", change);
			cJSON_AddItemToObject(o, "reads", matched);
			cJSON_AddItemToArray(hits, o);
		}
	}
	return 0;
}

static int load_lineage(sx_store *st, cJSON **out, sx_error *err)
{
	int rc;
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	return sx_store_query_json(st, out, err,
				   "SELECT l.run_id, l.target, l.sources, l.expression, r.intent,"
				   " r.created_at FROM run_lineage l JOIN runs r ON r.id = l.run_id"
				   " ORDER BY r.created_at, l.run_id, l.target",
				   "");
}

/* ------------------------------------------------------------ refresh */

static int refresh_one(sx_cmd_ctx *ctx, sx_store *st, const char *name, const char *value,
		       long max_age, bool force, bool sampling, const cJSON *lineage, cJSON *o,
		       sx_error *err)
{
	sx_catalog *oldcat = NULL, *cat = NULL;
	sx_database *old = NULL, *db = NULL;
	sx_dbmap *map = NULL;
	sx_sampler *sampler = NULL;
	sx_source_opts so = {0};
	sx_map_opts mo;
	const char *shown, *conn;
	char buf[512], key[600], *prev = NULL;
	cJSON *touched = NULL, *newrels = NULL, *oldrels = NULL, *t, *impact;
	long age;
	int rc;

	if (!(conn = resolve_source(name, value, &shown, buf, sizeof buf, err)))
		return SX_EINVAL;
	if ((rc = sx_catalog_new(&oldcat, err)))
		return rc;
	rc = sx_store_load(st, oldcat, name, err);
	if (rc && rc != SX_ENOTFOUND)
		goto done;
	if (!rc && oldcat->ndbs)
		old = oldcat->dbs[0];
	sx_error_clear(err);
	rc = 0;
	age = old ? age_of(old->analysed_at) : -1;
	sx_json_add_str(o, "previous_analysed_at", old ? old->analysed_at : NULL);
	if (old && !force && age >= 0 && age < max_age) {
		sx_json_add_str(o, "status", "fresh");
		sx_json_add_int(o, "age_seconds", age);
		goto done;
	}
	so.config = ctx->config;
	so.progress = ctx->progress;
	sx_map_opts_init(&mo, ctx->config);
	mo.progress = ctx->progress;
	if (!sampling)
		mo.sampling = false;
	if ((rc = sx_catalog_new(&cat, err)) ||
	    (rc = sx_source_introspect(cat, conn, &so, &db, err)))
		goto done;
	/* stored under the config's name, with the config's value as its
	 * dsn: never the resolved connection string */
	db->name = sx_catalog_str(cat, name);
	db->dsn = sx_catalog_str(cat, shown);
	if (mo.sampling && sx_source_classify(conn) != SX_SRC_DDL) {
		sx_error serr = {0};
		if (sx_sampler_open(&sampler, conn, &so, &serr)) {
			sx_catalog_add_warning(cat, db, "values not sampled: %s", serr.msg);
			sampler = NULL;
		}
	}
	if ((rc = sx_dbmap_new(&map, cat, err)) || (rc = sx_map_build(map, db, sampler, &mo, err)))
		goto done;
	newrels = rel_set(map, db);
	snprintf(key, sizeof key, "refresh.rels.%s", name);
	if (sx_store_meta_get(st, key, &prev, NULL) == 0)
		oldrels = cJSON_Parse(prev);
	if ((rc = sx_store_begin(st, err)))
		goto done;
	{
		char *text = cJSON_PrintUnformatted(newrels);
		cJSON *idx = cJSON_CreateObject();
		/* the catalog, the map and the search vectors in one transaction,
		 * as analyze does */
		if ((rc = sx_store_save_database(st, db, err)) ||
		    (rc = sx_map_save(st, map, db, err)) ||
		    (rc = sx_store_meta_set(st, key, text ? text : "{}", err)) ||
		    (rc = sx__search_index_in_tx(ctx, st, idx, err))) {
			free(text);
			cJSON_Delete(idx);
			sx_store_rollback(st);
			goto done;
		}
		free(text);
		cJSON_Delete(idx);
	}
	if ((rc = sx_store_commit(st, err)))
		goto done;
	sx_json_add_str(o, "status", "refreshed");
	sx_json_add_str(o, "analysed_at", db->analysed_at);
	touched = cJSON_CreateArray();
	diff_tables(old, db, o, touched);
	if (oldrels) {
		cJSON_AddItemToObject(o, "relationships_gained", rel_minus(newrels, oldrels));
		cJSON_AddItemToObject(o, "relationships_lost", rel_minus(oldrels, newrels));
	} else {
		cJSON_AddArrayToObject(o, "relationships_gained");
		cJSON_AddArrayToObject(o, "relationships_lost");
		sx_json_add_bool(o, "relationships_baseline", true);
	}
	impact = cJSON_AddArrayToObject(o, "impact");
	cJSON_ArrayForEach(t, touched)
	{
		char what[600];
		const char *col = sx_json_str(t, "column", NULL);
		snprintf(what, sizeof what, "%s.%s%s%s: %s", sx_json_str(t, "schema", ""),
			 sx_json_str(t, "table", ""), col ? "." : "", col ? col : "",
			 sx_json_str(t, "change", ""));
		lineage_hits(lineage, sx_json_str(t, "schema", NULL), sx_json_str(t, "table", ""),
			     col, what, impact);
	}
done:
	cJSON_Delete(touched);
	cJSON_Delete(newrels);
	cJSON_Delete(oldrels);
	free(prev);
	sx_sampler_close(sampler);
	sx_dbmap_free(map);
	sx_catalog_free(cat);
	sx_catalog_free(oldcat);
	return rc;
}

static int refresh_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	const char *age_s = sx_args_get(args, "max-age");
	bool all = sx_args_flag(args, "all");
	cJSON *res, *srcs, *lineage = NULL;
	sx_store *st = NULL;
	size_t i, it = 0, nfailed = 0, nsel = 0;
	const char *k, *v;
	long max_age;
	int rc;

	if (!age_s)
		age_s = sx_config_get(ctx->config, "refresh", "max_age", NULL);
	max_age = age_s ? parse_age(age_s) : DEFAULT_MAX_AGE;
	if (max_age < 0)
		return sx_error_set(err, SX_EUSAGE, "bad max age '%s' (use 30m, 12h, 2d or seconds)",
				    age_s);
	if (!all && args->npos == 0)
		return sx_error_set(err, SX_EUSAGE, "refresh --all, or name the sources to refresh");
	for (i = 0; i < args->npos; i++)
		if (!sx_config_get(ctx->config, "sources", args->pos[i], NULL))
			return sx_error_set(err, SX_EUSAGE,
					    "no source '%s' in the config's [sources] section",
					    args->pos[i]);
	if ((rc = sx__cmd_open_store(ctx, &st, err)) || (rc = sx_map_migrate(st, err)) ||
	    (rc = load_lineage(st, &lineage, err))) {
		sx_store_close(st);
		return rc;
	}
	res = cJSON_CreateObject();
	sx_json_add_int(res, "max_age_seconds", max_age);
	sx_json_add_bool(res, "markdown", sx_args_flag(args, "markdown"));
	srcs = cJSON_AddArrayToObject(res, "sources");
	while (sx_config_next(ctx->config, "sources", &it, &k, &v)) {
		bool chosen = all;
		sx_error e = {0};
		cJSON *o;
		for (i = 0; !chosen && i < args->npos; i++)
			chosen = strcmp(args->pos[i], k) == 0;
		if (!chosen)
			continue;
		nsel++;
		o = cJSON_CreateObject();
		sx_json_add_str(o, "name", k);
		{
			/* a value with a password is refused below; never echo it */
			char *shown = sx_dsn_redact(v);
			sx_json_add_str(o, "source", shown ? shown : "?");
			free(shown);
		}
		if (refresh_one(ctx, st, k, v, max_age, sx_args_flag(args, "force"),
				!sx_args_flag(args, "no-sampling"), lineage, o, &e)) {
			cJSON_DeleteItemFromObject(o, "status");
			sx_json_add_str(o, "status", "failed");
			sx_json_add_str(o, "error", e.msg);
			nfailed++;
		}
		cJSON_AddItemToArray(srcs, o);
	}
	sx_json_add_int(res, "failed", (int64_t)nfailed);
	cJSON_Delete(lineage);
	sx_store_close(st);
	/* the search index (and, on a shared workspace, its vectors for every
	 * other client) of what was analysed again, as analyze does */
	{
		const cJSON *o;
		bool any = false;
		cJSON_ArrayForEach(o, srcs) any |= strcmp(sx_json_str(o, "status", ""), "refreshed") == 0;
		if (any)
			sx__search_index_after_analyze(ctx, res);
	}
	if (nsel == 0) {
		cJSON_Delete(res);
		return sx_error_set(err, SX_EUSAGE, "the config has no [sources] to refresh");
	}
	if (nfailed == nsel) {
		const cJSON *first = cJSON_GetArrayItem(srcs, 0);
		sx_error_set(err, SX_ERROR, "every source failed; first: %s",
			     sx_json_str(first, "error", "?"));
		cJSON_Delete(res);
		return SX_ERROR;
	}
	*result = res;
	return 0;
}

/* ------------------------------------------------------------ rendering */

static void list_line(sx_buf *out, bool md, const char *label, const cJSON *arr)
{
	const cJSON *x;
	int n = 0;
	if (cJSON_GetArraySize(arr) == 0)
		return;
	sx_buf_printf(out, md ? "- **%s**: " : "  %s: ", label);
	cJSON_ArrayForEach(x, arr)
	{
		sx_buf_puts(out, n++ ? ", " : "");
		if (md)
			sx_buf_puts(out, "`");
		sx__put_text(out, cJSON_IsString(x) ? x->valuestring
						    : sx_json_str(x, "label", sx_json_str(x, "table", "?")));
		if (md)
			sx_buf_puts(out, "`");
	}
	sx_buf_puts(out, "\n");
}

static void render_altered(sx_buf *out, bool md, const cJSON *arr)
{
	const cJSON *a, *x;
	cJSON_ArrayForEach(a, arr)
	{
		sx_buf_puts(out, md ? "- **altered** `" : "  altered ");
		sx__put_text(out, sx_json_str(a, "table", "?"));
		sx_buf_puts(out, md ? "`:" : ":");
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(a, "columns_added"))
		{
			sx_buf_puts(out, " +");
			sx__put_text(out, x->valuestring);
		}
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(a, "columns_dropped"))
		{
			sx_buf_puts(out, " -");
			sx__put_text(out, x->valuestring);
		}
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(a, "columns_retyped"))
		{
			sx_buf_puts(out, " ");
			sx__put_text(out, sx_json_str(x, "column", "?"));
			sx_buf_puts(out, " ");
			sx__put_text(out, sx_json_str(x, "from", "?"));
			sx_buf_puts(out, "->");
			sx__put_text(out, sx_json_str(x, "to", "?"));
		}
		sx_buf_puts(out, "\n");
	}
}

static void render_hits(sx_buf *out, bool md, const cJSON *hits)
{
	const cJSON *h, *x;
	cJSON_ArrayForEach(h, hits)
	{
		int n = 0;
		sx_buf_puts(out, md ? "- run `" : "  run ");
		sx__put_text(out, sx_json_str(h, "run_id", "?"));
		sx_buf_puts(out, md ? "` (" : " (");
		sx__put_text(out, sx_json_str(h, "intent", ""));
		sx_buf_puts(out, ") writes ");
		sx__put_text(out, sx_json_str(h, "target", "?"));
		sx_buf_puts(out, " from ");
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(h, "reads"))
		{
			sx_buf_puts(out, n++ ? ", " : "");
			sx__put_text(out, x->valuestring);
		}
		if (sx_json_str(h, "change", NULL)) {
			sx_buf_puts(out, " [");
			sx__put_text(out, sx_json_str(h, "change", ""));
			sx_buf_puts(out, "]");
		}
		sx_buf_puts(out, "\n");
	}
}

static void refresh_render(const cJSON *r, sx_buf *out)
{
	bool md = sx_json_bool(r, "markdown", false);
	const cJSON *s;
	if (md)
		sx_buf_puts(out, "### sextant refresh\n\n");
	cJSON_ArrayForEach(s, cJSON_GetObjectItem(r, "sources"))
	{
		const char *status = sx_json_str(s, "status", "?");
		sx_buf_puts(out, md ? "#### " : "");
		sx__put_text(out, sx_json_str(s, "name", "?"));
		sx_buf_puts(out, ": ");
		sx__put_text(out, status);
		if (strcmp(status, "failed") == 0) {
			sx_buf_puts(out, ": ");
			sx__put_text(out, sx_json_str(s, "error", ""));
		} else if (strcmp(status, "fresh") == 0) {
			sx_buf_puts(out, " (analysed ");
			sx__put_text(out, sx_json_str(s, "previous_analysed_at", "?"));
			sx_buf_puts(out, ")");
		}
		sx_buf_puts(out, md ? "\n\n" : "\n");
		if (strcmp(status, "refreshed") != 0)
			continue;
		list_line(out, md, "tables added", cJSON_GetObjectItem(s, "tables_added"));
		list_line(out, md, "tables dropped", cJSON_GetObjectItem(s, "tables_dropped"));
		render_altered(out, md, cJSON_GetObjectItem(s, "tables_altered"));
		list_line(out, md, "relationships gained",
			  cJSON_GetObjectItem(s, "relationships_gained"));
		list_line(out, md, "relationships lost", cJSON_GetObjectItem(s, "relationships_lost"));
		if (sx_json_bool(s, "relationships_baseline", false))
			sx_buf_puts(out, md ? "- relationships: baseline recorded\n"
					    : "  relationships: baseline recorded\n");
		if (cJSON_GetArraySize(cJSON_GetObjectItem(s, "impact"))) {
			sx_buf_puts(out, md ? "- **pipelines affected**:\n" : "  pipelines affected:\n");
			render_hits(out, md, cJSON_GetObjectItem(s, "impact"));
		}
		if (md)
			sx_buf_puts(out, "\n");
	}
}

const sx_cmd_entry sx__cmd_refresh = {
	.name = "refresh",
	.usage = "--all | SOURCE... [--max-age AGE] [--force] [--markdown]",
	.summary = "re-analyse configured sources and report what changed",
	.help = "Sources are the config's [sources] entries, NAME = service:SERVICE (a libpq\n"
		"service), env:VAR (a connection string from the environment) or a path or\n"
		"URL without a password. A source whose analysis is older than [refresh]\n"
		"max_age (default 24h) is analysed again; the report names tables added,\n"
		"dropped and altered, relationships gained and lost, and the stored runs\n"
		"whose column lineage reads a dropped or changed column. --json for the\n"
		"report as JSON, --markdown for a chat hook. A source that fails is\n"
		"reported and the others go on.",
	.opts = refresh_opts,
	.min_pos = 0,
	.max_pos = SIZE_MAX,
	.run = refresh_run,
	.render = refresh_render,
};

/* ------------------------------------------------------------ impact */

static int impact_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	char buf[512], *parts[3] = {NULL, NULL, NULL};
	size_t n;
	cJSON *lineage = NULL, *hits, *res;
	sx_store *st = NULL;
	int rc;

	snprintf(buf, sizeof buf, "%s", args->pos[0]);
	n = split_dots(buf, parts, 3);
	if (n == 0 || n > 3)
		return sx_error_set(err, SX_EUSAGE, "usage: sextant impact [SCHEMA.]TABLE[.COLUMN]");
	if ((rc = sx__cmd_open_store(ctx, &st, err)) || (rc = load_lineage(st, &lineage, err))) {
		sx_store_close(st);
		return rc;
	}
	sx_store_close(st);
	hits = cJSON_CreateArray();
	if (n == 1)
		lineage_hits(lineage, NULL, parts[0], NULL, NULL, hits);
	else if (n == 3)
		lineage_hits(lineage, parts[0], parts[1], parts[2], NULL, hits);
	else {
		/* A.B is TABLE.COLUMN or SCHEMA.TABLE: both are asked, a run
		 * counted once */
		cJSON *more = cJSON_CreateArray(), *h;
		lineage_hits(lineage, NULL, parts[0], parts[1], NULL, hits);
		lineage_hits(lineage, parts[0], parts[1], NULL, NULL, more);
		while ((h = cJSON_DetachItemFromArray(more, 0))) {
			const cJSON *x;
			bool dup = false;
			cJSON_ArrayForEach(x, hits)
			if (strcmp(sx_json_str(x, "run_id", ""), sx_json_str(h, "run_id", "")) == 0 &&
			    strcmp(sx_json_str(x, "target", ""), sx_json_str(h, "target", "")) == 0)
				dup = true;
			if (dup)
				cJSON_Delete(h);
			else
				cJSON_AddItemToArray(hits, h);
		}
		cJSON_Delete(more);
	}
	cJSON_Delete(lineage);
	res = cJSON_CreateObject();
	sx_json_add_str(res, "target", args->pos[0]);
	sx_json_add_bool(res, "markdown", sx_args_flag(args, "markdown"));
	cJSON_AddItemToObject(res, "runs", hits);
	*result = res;
	return 0;
}

static void impact_render(const cJSON *r, sx_buf *out)
{
	bool md = sx_json_bool(r, "markdown", false);
	const cJSON *hits = cJSON_GetObjectItem(r, "runs");
	if (cJSON_GetArraySize(hits) == 0) {
		sx_buf_puts(out, "no stored run reads ");
		sx__put_text(out, sx_json_str(r, "target", "?"));
		sx_buf_puts(out, "\n");
		return;
	}
	sx_buf_printf(out, md ? "### runs that read `" : "runs that read ");
	sx__put_text(out, sx_json_str(r, "target", "?"));
	sx_buf_puts(out, md ? "`\n\n" : ":\n");
	render_hits(out, md, hits);
}

const sx_cmd_entry sx__cmd_impact = {
	.name = "impact",
	.usage = "[SCHEMA.]TABLE[.COLUMN] [--markdown]",
	.summary = "which stored pipelines read a table or column",
	.help = "Looks through the column lineage of the stored runs (the pipelines the\n"
		"agents generated) for the ones that read TABLE or TABLE.COLUMN. A.B is\n"
		"taken as TABLE.COLUMN and as SCHEMA.TABLE.",
	.opts = impact_opts,
	.min_pos = 1,
	.max_pos = 1,
	.run = impact_run,
	.render = impact_render,
};
