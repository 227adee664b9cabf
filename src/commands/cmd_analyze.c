/*
 * cmd_analyze.c - `sextant analyze SOURCE...`: introspect, map (describe,
 * PII, relate; values sampled read-only through a sampler on the same
 * source unless [map] sampling = false or --no-sampling), fill the value
 * dictionary through the same sampler (gen/dict.c: the status and category
 * columns the planner asks about, never personal data), then save the
 * catalog, the map and the dictionary in one workspace transaction per
 * source.
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/agents.h>
#include <sextant/gen.h>
#include <sextant/llm.h>
#include <sextant/map.h>

#include "commands_int.h"

static const sx_opt opts[] = {
	{"schema", 's', SX_OPT_LIST, "NAME[,NAME]", "only these schemas (PostgreSQL, DDL); repeatable"},
	{"ignore-declared-fks", 0, SX_OPT_FLAG, NULL,
	 "store the catalog as if no foreign key were declared (to evaluate discovery)"},
	{"exact-counts", 0, SX_OPT_FLAG, NULL, "count rows exactly even where that is expensive"},
	{"skip-bad-statements", 0, SX_OPT_FLAG, NULL,
	 "DDL files: leave out statements that do not parse, with a warning naming the first, "
	 "instead of failing the file"},
	{"no-sampling", 0, SX_OPT_FLAG, NULL,
	 "map from names and types only: read no values ([map] sampling = false)"},
	{"describe-with-model", 0, SX_OPT_FLAG, NULL,
	 "also ask the model ([llm]) for one-line table and column descriptions (batched, PII "
	 "masked, unchanged tables not asked again)"},
	{NULL, 0, 0, NULL, NULL},
};

/* The n largest tables by rows, for the summary. */
static cJSON *largest(const sx_database *db, size_t n)
{
	const sx_table *top[8] = {0};
	size_t s, t, i, j;
	cJSON *a = cJSON_CreateArray();

	if (n > 8)
		n = 8;
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++) {
			const sx_table *x = db->schemas[s]->tables[t];
			if (x->row_count < 0)
				continue;
			for (i = 0; i < n; i++)
				if (!top[i] || top[i]->row_count < x->row_count) {
					for (j = n - 1; j > i; j--)
						top[j] = top[j - 1];
					top[i] = x;
					break;
				}
		}
	for (i = 0; i < n && top[i]; i++) {
		cJSON *o = cJSON_CreateObject();
		sx_json_add_str(o, "name", top[i]->name);
		sx_json_add_int(o, "rows", top[i]->row_count);
		cJSON_AddItemToArray(a, o);
	}
	return a;
}

/* Counts for the summary. */
static void map_summary(const sx_dbmap *m, const sx_database *db, cJSON *o, bool sampled)
{
	size_t i, s, t, decl = 0, inf = 0, pii = 0, ptabs = 0;
	for (i = 0; i < sx_dbmap_rel_count(m); i++) {
		const sx_map_rel *r = sx_dbmap_rel(m, i);
		if (!r->from.t || r->from.t->schema->db != db || r->via.t)
			continue;
		if (r->kind == SX_RELK_DECLARED)
			decl++;
		else
			inf++;
	}
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++) {
			const sx_map_table *mt = sx_dbmap_table(m, db->schemas[s]->tables[t]);
			if (mt && mt->ncols) {
				pii += mt->ncols;
				ptabs++;
			}
		}
	sx_json_add_int(o, "relations_declared", (int64_t)decl);
	sx_json_add_int(o, "relations_inferred", (int64_t)inf);
	sx_json_add_int(o, "pii_columns", (int64_t)pii);
	sx_json_add_int(o, "pii_tables", (int64_t)ptabs);
	sx_json_add_bool(o, "sampled", sampled);
}

/* The value dictionary's counts: "value_dictionary" {enabled, filled,
 * columns, ..., seconds}; filled is false when no value was read. The
 * seconds are the sampling's, within the database's save_seconds (which
 * start when the map is built, as the model's descriptions do). */
static void dict_summary(const sx_gen_dict_fill *f, bool sampled, double seconds, cJSON *o)
{
	const sx_gen_dict_fill_stats *s = sx_gen_dict_fill_stats_of(f);
	cJSON *d = cJSON_AddObjectToObject(o, "value_dictionary");
	if (!s || !d)
		return;
	sx_json_add_bool(d, "enabled", s->enabled);
	sx_json_add_bool(d, "filled", s->enabled && sampled);
	sx_json_add_int(d, "candidates", (int64_t)s->candidates);
	sx_json_add_int(d, "columns", (int64_t)s->columns);
	sx_json_add_int(d, "too_many_values", (int64_t)s->too_many);
	sx_json_add_int(d, "empty", (int64_t)s->empty);
	sx_json_add_int(d, "failed", (int64_t)s->failed);
	sx_json_add_int(d, "over_cap", (int64_t)s->over_cap);
	sx_json_add_int(d, "queries", s->queries);
	sx_json_add_num(d, "seconds", seconds);
}

static void render_dict(const cJSON *db, sx_buf *out)
{
	const cJSON *d = cJSON_GetObjectItem(db, "value_dictionary");
	int64_t more;
	if (!d)
		return;
	sx_buf_puts(out, "  value dictionary: ");
	if (!sx_json_bool(d, "enabled", false)) {
		sx_buf_puts(out, "off ([gen] value_dictionary = false)\n");
		return;
	}
	if (!sx_json_bool(d, "filled", false)) {
		sx_buf_puts(out, "not filled (no values sampled)\n");
		return;
	}
	sx__put_count(out, sx_json_int(d, "columns", 0));
	sx_buf_printf(out, " column%s", sx_json_int(d, "columns", 0) == 1 ? "" : "s");
	sx_buf_printf(out, " (%lld with too many values, %lld empty",
		      (long long)sx_json_int(d, "too_many_values", 0), (long long)sx_json_int(d, "empty", 0));
	if ((more = sx_json_int(d, "failed", 0)))
		sx_buf_printf(out, ", %lld failed", (long long)more);
	if ((more = sx_json_int(d, "over_cap", 0)))
		sx_buf_printf(out, ", %lld over [gen] dictionary_columns", (long long)more);
	sx_buf_printf(out, "; %lld queries, %.2f s)\n", (long long)sx_json_int(d, "queries", 0),
		      sx_json_num(d, "seconds", 0));
}

int sx__cmd_open_model(const sx_cmd_ctx *ctx, const char *what, sx_llm **llm, sx_error *err)
{
	char dir[1024];
	sx_llm_opts o = {0};
	int rc;
	o.config = ctx->config;
	if (sx_store_resolve_dir(ctx->workspace_dir, dir, sizeof dir, NULL) == 0)
		o.workspace_dir = dir;
	if ((rc = sx_llm_new(llm, &o, err)))
		return rc;
	if (strcmp(sx_llm_provider(*llm), "openai") != 0 || !*sx_llm_model(*llm)) {
		sx_llm_free(*llm);
		*llm = NULL;
		return sx_error_set(err, SX_EUSAGE,
				    "%s needs a model: set [llm] base_url and model (or --base-url "
				    "and --model)",
				    what);
	}
	return 0;
}

void sx__put_model_findings(sx_buf *out, const cJSON *report)
{
	const cJSON *f;
	cJSON_ArrayForEach(f, cJSON_GetObjectItem(report, "findings"))
	{
		sx_buf_printf(out, "  %s %s: ", sx_json_str(f, "severity", "info"),
		              sx_json_str(f, "rule", ""));
		sx__put_text(out, sx_json_str(f, "message", ""));
		sx_buf_puts(out, "\n");
	}
}

/* Descriptions with the model for what is about to be saved: asked before
 * the transaction (no transaction waits on the model), kept in *pend for
 * it. Unchanged tables are not asked again: their stored descriptions
 * match by name and fingerprint. */
static int describe_db(sx_cmd_ctx *ctx, sx_store *st, sx_dbmap *map, sx_database *db,
                       sx_sampler *sampler, sx_llm *llm, sx_describe_pending **pend, cJSON **rep,
                       sx_error *err)
{
	sx_describe_opts d = {.llm = llm,
	                      .config = ctx->config,
	                      .sampler = sampler,
	                      .cancel = ctx->cancel,
	                      .progress = ctx->progress,
	                      .defer = pend};
	return sx_describe_with_model(st, map, db, NULL, &d, rep, err);
}

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_store *st = NULL;
	sx_catalog *cat = NULL;
	sx_dbmap *map = NULL;
	sx_sampler *sampler = NULL;
	sx_namesim *namesim = NULL;
	sx_llm *llm = NULL;
	sx_describe_pending *pend = NULL;
	sx_gen_dict_fill *fill = NULL;
	cJSON *mdesc = NULL; /* the model's report for the database in hand */
	sx_source_opts so = {0};
	sx_map_opts mo;
	char **schemas = sx_args_list(args, "schema");
	cJSON *res = NULL, *dbs;
	size_t i;
	int rc;
	int64_t total_tables = 0;

	/* a model asked for and none configured: say so before any work */
	if (sx_args_flag(args, "describe-with-model") &&
	    (rc = sx__cmd_open_model(ctx, "--describe-with-model", &llm, err)))
		goto done;
	if ((rc = sx__cmd_open_store(ctx, &st, err)) || (rc = sx_map_migrate(st, err)))
		goto done;
	so.schemas = (const char *const *)schemas;
	so.ignore_declared_fks = sx_args_flag(args, "ignore-declared-fks");
	so.exact_counts = sx_args_flag(args, "exact-counts");
	so.skip_bad_statements = sx_args_flag(args, "skip-bad-statements");
	so.config = ctx->config;
	so.progress = ctx->progress;
	sx_map_opts_init(&mo, ctx->config);
	mo.progress = ctx->progress;
	/* Names compared through the search's analyser (lexicon, synonyms,
	 * abbreviations): the map's embedding-similarity evidence. Without the
	 * lexicon files the map falls back to its own name similarity. */
	if (sx_namesim_new(&namesim, NULL) == 0) {
		mo.similarity = sx_namesim_fn;
		mo.similarity_payload = namesim;
	}
	if (sx_args_flag(args, "no-sampling"))
		mo.sampling = false;
	res = cJSON_CreateObject();
	sx_json_add_str(res, "workspace", sx_store_dir(st));
	dbs = cJSON_AddArrayToObject(res, "databases");
	for (i = 0; i < args->npos; i++) {
		sx_database *db;
		cJSON *o;
		sx_error serr = {0};
		uint64_t t0 = sx_now_ns(), t_read, t_map, t_dict;
		if ((rc = sx_catalog_new(&cat, err)))
			goto done;
		if ((rc = sx_source_introspect(cat, args->pos[i], &so, &db, err))) {
			if (rc == SX_EPARSE && !so.skip_bad_statements) {
				char msg[SX_ERROR_MSG_MAX];
				snprintf(msg, sizeof msg, "%s", err->msg);
				sx_error_set(err, rc, "%s (--skip-bad-statements reads the rest of the file)",
					     msg);
			}
			goto done;
		}
		t_read = sx_now_ns();
		if (sx_progress_cancelled(ctx->progress)) {
			rc = sx_error_set(err, SX_ECANCELLED, "analysis of '%s' cancelled; nothing saved",
					  args->pos[i]);
			goto done;
		}
		/* Sampling is best effort: a source that cannot be sampled (a DDL
		 * file, a sampler not in this build) is mapped from names. */
		if (mo.sampling && sx_source_classify(args->pos[i]) != SX_SRC_DDL &&
		    sx_sampler_open(&sampler, args->pos[i], &so, &serr)) {
			sx_catalog_add_warning(cat, db, "values not sampled: %s", serr.msg);
			sampler = NULL;
		}
		if ((rc = sx_dbmap_new(&map, cat, err)))
			goto done;
		if ((rc = sx_map_build(map, db, sampler, &mo, err)))
			goto done;
		t_map = sx_now_ns();
		if (llm && (rc = describe_db(ctx, st, map, db, sampler, llm, &pend, &mdesc, err)))
			goto done;
		/* the value dictionary, sampled now that the map knows the
		 * personal data: a later generate needs no source for it */
		t_dict = sx_now_ns();
		if ((rc = sx_gen_dict_fill_new(&fill, st, map, db, sampler, ctx->config, ctx->progress,
					       err)))
			goto done;
		t_dict = sx_now_ns() - t_dict;
		sx_progress_report(ctx->progress, "saving", 0, 1);
		if ((rc = sx_store_begin(st, err)))
			goto done;
		/* the catalog, the map, the model's descriptions and the search
		 * vectors (whose documents' terms hold the descriptions): one
		 * transaction, so a reader sees all of this analysis or none */
		if ((rc = sx_store_save_database(st, db, err)) ||
		    (rc = sx_map_save(st, map, db, err)) ||
		    (rc = sx_describe_pending_save(st, map, pend, err)) ||
		    (rc = sx_gen_dict_fill_save(st, fill, err)) ||
		    (rc = sx__search_index_in_tx(ctx, st, res, err))) {
			sx_store_rollback(st);
			goto done;
		}
		sx_describe_pending_free(pend);
		pend = NULL;
		if ((rc = sx_store_commit(st, err))) {
			sx_store_rollback(st);
			goto done;
		}
		o = sx_database_to_json(db, false);
		sx_json_add_num(o, "seconds", (double)(sx_now_ns() - t0) / 1e9);
		/* where the time went: reading the source, mapping, saving */
		sx_json_add_num(o, "read_seconds", (double)(t_read - t0) / 1e9);
		sx_json_add_num(o, "map_seconds", (double)(t_map - t_read) / 1e9);
		sx_json_add_num(o, "save_seconds", (double)(sx_now_ns() - t_map) / 1e9);
		sx_json_add_int(o, "round_trips", db->round_trips);
		if (sampler)
			sx_json_add_int(o, "sample_queries", sx_sampler_round_trips(sampler));
		cJSON_AddItemToObject(o, "largest", largest(db, 5));
		map_summary(map, db, o, sampler != NULL);
		if (mdesc) {
			cJSON_AddItemToObject(o, "model_descriptions", mdesc);
			mdesc = NULL;
		}
		dict_summary(fill, sampler != NULL, (double)t_dict / 1e9, o);
		sx_gen_dict_fill_free(fill);
		fill = NULL;
		cJSON_AddItemToArray(dbs, o);
		total_tables += sx_json_int(o, "tables", 0);
		sx_sampler_close(sampler);
		sampler = NULL;
		sx_dbmap_free(map);
		map = NULL;
		sx_catalog_free(cat);
		cat = NULL;
	}
	sx_json_add_int(res, "tables", total_tables);
	/* the search vectors were stored with each analysis, the model's
	 * descriptions in their terms: nothing to index again */
	*result = res;
	res = NULL;
done:
	cJSON_Delete(res);
	cJSON_Delete(mdesc);
	sx_describe_pending_free(pend);
	sx_gen_dict_fill_free(fill);
	sx_sampler_close(sampler);
	sx_dbmap_free(map);
	sx_catalog_free(cat);
	sx_store_close(st);
	sx_namesim_free(namesim);
	sx_llm_free(llm);
	sx_strv_free(schemas);
	return rc;
}

static void render(const cJSON *r, sx_buf *out)
{
	const cJSON *db, *w, *l;
	cJSON_ArrayForEach(db, cJSON_GetObjectItem(r, "databases"))
	{
		int n = 0;
		sx__put_text(out, sx_json_str(db, "name", "?"));
		sx_buf_printf(out, "  %s  ", sx_json_str(db, "kind", ""));
		sx__put_text(out, sx_json_str(db, "server_version", ""));
		sx_buf_puts(out, "\n  ");
		sx__put_sizes(out, db);
		sx_buf_printf(out, " in %lld schema%s  (%.2f s, %lld queries)\n",
			      (long long)sx_json_int(db, "schemas", 0),
			      sx_json_int(db, "schemas", 0) == 1 ? "" : "s",
			      sx_json_num(db, "seconds", 0), (long long)sx_json_int(db, "round_trips", 0));
		cJSON_ArrayForEach(l, cJSON_GetObjectItem(db, "largest"))
		{
			sx_buf_puts(out, n++ ? ", " : "  largest: ");
			sx__put_text(out, sx_json_str(l, "name", "?"));
			sx_buf_puts(out, " (");
			sx__put_count(out, sx_json_int(l, "rows", 0));
			sx_buf_puts(out, " rows)");
		}
		if (n)
			sx_buf_puts(out, "\n");
		sx_buf_puts(out, "  map: ");
		sx__put_count(out, sx_json_int(db, "relations_declared", 0));
		sx_buf_puts(out, " declared and ");
		sx__put_count(out, sx_json_int(db, "relations_inferred", 0));
		sx_buf_puts(out, " inferred relationships, ");
		sx__put_count(out, sx_json_int(db, "pii_columns", 0));
		sx_buf_printf(out, " personal-data columns in %lld tables%s\n",
			      (long long)sx_json_int(db, "pii_tables", 0),
			      sx_json_bool(db, "sampled", false) ? " (values sampled)"
								 : " (names and types only)");
		const cJSON *md = cJSON_GetObjectItem(db, "model_descriptions");
		if (md) {
			sx_buf_printf(out,
				      "  model descriptions: %lld of %lld tables asked in %lld "
				      "request(s), %lld described, %lld unchanged (cached)\n",
				      (long long)sx_json_int(md, "asked", 0),
				      (long long)sx_json_int(md, "tables", 0),
				      (long long)sx_json_int(md, "requests", 0),
				      (long long)sx_json_int(md, "described", 0),
				      (long long)sx_json_int(md, "cached", 0));
			sx__put_model_findings(out, md);
		}
		render_dict(db, out);
		cJSON_ArrayForEach(w, cJSON_GetObjectItem(db, "warnings"))
		{
			sx_buf_puts(out, "  warning: ");
			sx__put_text(out, w->valuestring);
			sx_buf_puts(out, "\n");
		}
	}
	sx__search_render_index(r, out);
	sx_buf_puts(out, "saved to workspace ");
	sx__put_text(out, sx_json_str(r, "workspace", "?"));
	sx_buf_puts(out, "\n");
}

const sx_cmd_entry sx__cmd_analyze = {
	.name = "analyze",
	.usage = "SOURCE... [--schema S] [--ignore-declared-fks] [--skip-bad-statements]\n"
		 "       [--describe-with-model]",
	.summary = "read databases into the workspace and map them",
	.help = "A SOURCE is a SQLite file (PATH or sqlite:PATH), a PostgreSQL URI or\n"
		"keyword string (postgresql://user@host/db, \"host=... dbname=...\"), a\n"
		"ClickHouse URL (clickhouse://user@host:8123/db, http://host:8123), or a\n"
		"DDL file (*.sql). Sources are opened read-only. Re-analysing a database\n"
		"replaces what the workspace holds for it, in one transaction.\n"
		"--describe-with-model asks the configured model for one-line table and\n"
		"column descriptions, kept next to the deterministic ones (docs/agents.md).",
	.opts = opts,
	.flags = SX_CMD_TALKS_TO_MODEL, /* --describe-with-model */
	.min_pos = 1,
	.max_pos = SIZE_MAX,
	.run = run,
	.render = render,
};
