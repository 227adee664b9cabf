/*
 * cmd_map.c - the map's commands: `relations` (list, accept, reject),
 * `describe`, `pii`, `path` and `graph`. Each loads the catalog and the
 * stored map from the workspace, asks the map module, and returns the
 * contract JSON (docs/cli.md); the renderers turn it into text, passing
 * every name through the sanitizer.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/agents.h>
#include <sextant/llm.h>
#include <sextant/map.h>

#include "commands_int.h"

/* ------------------------------------------------------------ shared */

/* A session with its map, and the parts borrowed from it. */
struct loaded {
	sx_session *ses;
	sx_store *st;
	sx_catalog *cat;
	sx_dbmap *m;
};

static void unload(struct loaded *l)
{
	sx_session_close(l->ses);
	memset(l, 0, sizeof *l);
}

static int load(const sx_cmd_ctx *ctx, const char *dbname, struct loaded *l, sx_error *err)
{
	int rc;
	memset(l, 0, sizeof *l);
	if ((rc = sx__cmd_session(ctx, dbname, SX_SESSION_MAP, &l->ses, err)))
		return rc;
	l->st = sx_session_store(l->ses);
	l->cat = sx_session_catalog(l->ses);
	l->m = sx_session_map(l->ses);
	return 0;
}

static int resolve(const struct loaded *l, const char *ref, sx_table **t, sx_error *err)
{
	int rc = sx_catalog_resolve(l->cat, ref, t, err);
	if (rc == SX_ENOTFOUND)
		sx_error_set(err, SX_ENOTFOUND,
			     "no table '%s' in the workspace: see 'sextant tables' for the names", ref);
	return rc;
}

static void put_end(sx_buf *out, const cJSON *e)
{
	const cJSON *c;
	int i = 0;
	sx__put_text(out, sx_json_str(e, "table", "?"));
	sx_buf_putc(out, '(');
	cJSON_ArrayForEach(c, cJSON_GetObjectItem(e, "columns"))
	{
		if (i++)
			sx_buf_putc(out, ',');
		sx__put_text(out, cJSON_IsString(c) ? c->valuestring : "?");
	}
	sx_buf_putc(out, ')');
}

static void put_rel_line(sx_buf *out, const cJSON *r, const char *indent)
{
	const cJSON *ev;
	sx_buf_puts(out, indent);
	sx__put_text(out, sx_json_str(r, "id", "?"));
	sx_buf_puts(out, "  ");
	put_end(out, cJSON_GetObjectItem(r, "from"));
	sx_buf_puts(out, strcmp(sx_json_str(r, "cardinality", ""), "many-to-many") == 0 ? " <-> "
											  : " -> ");
	put_end(out, cJSON_GetObjectItem(r, "to"));
	sx_buf_printf(out, "  %s %s %.2f", sx_json_str(r, "kind", "?"),
		      sx_json_str(r, "cardinality", "?"), sx_json_num(r, "confidence", 0));
	if (strcmp(sx_json_str(r, "status", "proposed"), "proposed") != 0)
		sx_buf_printf(out, " [%s]", sx_json_str(r, "status", ""));
	if (sx_json_bool(r, "polymorphic", false))
		sx_buf_puts(out, " polymorphic");
	if (cJSON_GetObjectItem(r, "via")) {
		sx_buf_puts(out, " via ");
		sx__put_text(out, sx_json_str(cJSON_GetObjectItem(r, "via"), "table", "?"));
	}
	sx_buf_puts(out, "\n");
	cJSON_ArrayForEach(ev, cJSON_GetObjectItem(r, "evidence"))
	{
		if (!strcmp(sx_json_str(ev, "type", ""), "type") ||
		    !strcmp(sx_json_str(ev, "type", ""), "similarity"))
			continue;
		sx_buf_printf(out, "%s      %-12s ", indent, sx_json_str(ev, "type", "?"));
		sx__put_text(out, sx_json_str(ev, "detail", ""));
		sx_buf_puts(out, "\n");
	}
	cJSON_ArrayForEach(ev, cJSON_GetObjectItem(r, "alternates"))
	{
		sx_buf_printf(out, "%s      alternate    ", indent);
		put_end(out, cJSON_GetObjectItem(ev, "to"));
		sx_buf_printf(out, " %.2f\n", sx_json_num(ev, "confidence", 0));
	}
}

/* ------------------------------------------------------------ relations */

static const sx_opt rel_opts[] = {
	{"table", 't', SX_OPT_STRING, "TABLE", "only relationships touching this table"},
	{"min-confidence", 0, SX_OPT_DOUBLE, "X", "hide relationships below X (0..1)"},
	{"database", 'd', SX_OPT_STRING, "NAME", "only this database"},
	{NULL, 0, 0, NULL, NULL},
};

static int relations_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	struct loaded l;
	sx_table *t = NULL;
	double minc = sx_args_double(args, "min-confidence", 0);
	const char *tname = sx_args_get(args, "table");
	int rc;

	if (minc < 0 || minc > 1)
		return sx_error_set(err, SX_EUSAGE, "--min-confidence must be between 0 and 1");
	if (args->npos >= 1) {
		const char *verb = args->pos[0];
		sx_map_status st;
		const sx_map_rel *r;
		if (!strcmp(verb, "accept"))
			st = SX_STATUS_ACCEPTED;
		else if (!strcmp(verb, "reject"))
			st = SX_STATUS_REJECTED;
		else if (!strcmp(verb, "reset"))
			st = SX_STATUS_PROPOSED;
		else
			return sx_error_set(err, SX_EUSAGE,
					    "unknown action '%s': use accept, reject or reset", verb);
		if (args->npos != 2)
			return sx_error_set(err, SX_EUSAGE, "'relations %s' needs one relationship id",
					    verb);
		if ((rc = load(ctx, sx_args_get(args, "database"), &l, err)))
			return rc;
		if ((rc = sx_map_decide(l.st, l.m, args->pos[1], st, err)) == 0) {
			cJSON *o = cJSON_CreateObject();
			r = sx_dbmap_find_rel(l.m, args->pos[1]);
			sx_json_add_str(o, "id", args->pos[1]);
			sx_json_add_str(o, "status", sx_map_status_name(st));
			if (r)
				cJSON_AddItemToObject(o, "relation", sx_map_rel_to_json(r));
			*result = o;
		}
		unload(&l);
		return rc;
	}
	if ((rc = load(ctx, sx_args_get(args, "database"), &l, err)))
		return rc;
	if (tname && (rc = resolve(&l, tname, &t, err))) {
		unload(&l);
		return rc;
	}
	*result = sx_map_relations_to_json(l.m, t, minc);
	if (t)
		sx_json_add_str(*result, "table", t->name);
	unload(&l);
	return 0;
}

static void relations_render(const cJSON *r, sx_buf *out)
{
	const cJSON *x, *rels = cJSON_GetObjectItem(r, "relations");
	int n = 0, inferred = 0;
	if (cJSON_GetObjectItem(r, "relation")) {
		sx_buf_printf(out, "%s ", sx_json_str(r, "status", "?"));
		put_rel_line(out, cJSON_GetObjectItem(r, "relation"), "");
		return;
	}
	cJSON_ArrayForEach(x, rels)
	{
		put_rel_line(out, x, "");
		n++;
		if (!strcmp(sx_json_str(x, "kind", ""), "inferred"))
			inferred++;
	}
	if (n == 0 && sx_json_str(r, "table", NULL)) {
		sx_buf_puts(out, "no relationships for '");
		sx__put_text(out, sx_json_str(r, "table", ""));
		sx_buf_puts(out, "': no foreign key and no column whose name, type and values point "
				 "to another table\n");
		return;
	}
	sx_buf_printf(out, "%d relationship%s (%d inferred)\n", n, n == 1 ? "" : "s", inferred);
}

const sx_cmd_entry sx__cmd_relations = {
	.name = "relations",
	.usage = "[--table T] [--min-confidence X] | accept ID | reject ID | reset ID",
	.summary = "relationships between tables, declared and inferred, with evidence",
	.help = "Lists declared foreign keys and inferred relationships with their evidence\n"
		"(naming, types, value containment, uniqueness), confidence and status.\n"
		"'relations accept ID' and 'relations reject ID' record your decision in the\n"
		"workspace; decisions survive re-analysis. 'reset' forgets one.",
	.opts = rel_opts,
	.min_pos = 0,
	.max_pos = 2,
	.run = relations_run,
	.render = relations_render,
};

/* ------------------------------------------------------------ describe */

static const sx_opt describe_opts[] = {
	{"with-model", 0, SX_OPT_FLAG, NULL,
	 "ask the model ([llm]) for its one-line descriptions when the table has none yet"},
	{NULL, 0, 0, NULL, NULL},
};

/* describe --with-model: the model's descriptions of t, asked only when
 * the stored ones do not match the table any more. */
static int describe_with_model(sx_cmd_ctx *ctx, struct loaded *l, sx_table *t, cJSON **rep,
			       sx_error *err)
{
	sx_llm *llm = NULL;
	sx_sampler *sampler = NULL;
	sx_source_opts so = {.config = ctx->config, .statement_timeout_ms = 5000};
	sx_error serr = {0};
	int rc;
	if ((rc = sx__cmd_open_model(ctx, "describe --with-model", &llm, err)))
		return rc;
	/* sample values where the stored source can be read (never of
	 * personal-data columns); without it, names and types only */
	const char *dsn = t->schema->db->dsn;
	if (dsn && *dsn && sx_source_classify(dsn) != SX_SRC_DDL &&
	    sx_sampler_open(&sampler, dsn, &so, &serr))
		sampler = NULL;
	sx_describe_pending *pend = NULL;
	sx_describe_opts d = {.llm = llm,
			      .config = ctx->config,
			      .sampler = sampler,
			      .cancel = ctx->cancel,
			      .progress = ctx->progress,
			      .defer = &pend};
	rc = sx_describe_with_model(l->st, l->m, t->schema->db, t, &d, rep, err);
	sx_sampler_close(sampler);
	sx_llm_free(llm);
	/* the descriptions and the search vectors (whose documents' terms
	 * hold them) in one transaction, as analyze saves them: search finds
	 * the table by its new description at once */
	if (rc == 0 && sx_describe_pending_count(pend)) {
		if ((rc = sx_store_begin(l->st, err)) == 0) {
			if ((rc = sx_describe_pending_save(l->st, l->m, pend, err)) ||
			    (rc = sx__search_index_in_tx(ctx, l->st, *rep, err)) ||
			    (rc = sx_store_commit(l->st, err)))
				sx_store_rollback(l->st);
		}
		if (rc) {
			cJSON_Delete(*rep);
			*rep = NULL;
		}
	}
	sx_describe_pending_free(pend);
	return rc;
}

static int describe_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	struct loaded l;
	sx_table *t;
	cJSON *rep = NULL;
	int rc;
	if ((rc = load(ctx, NULL, &l, err)))
		return rc;
	if ((rc = resolve(&l, args->pos[0], &t, err)) == 0) {
		if (!sx_dbmap_table(l.m, t))
			rc = sx_error_set(err, SX_ENOTFOUND,
					  "'%s' has no map yet: run 'sextant analyze' again", t->name);
		else if (!sx_args_flag(args, "with-model") ||
			 (rc = describe_with_model(ctx, &l, t, &rep, err)) == 0) {
			*result = sx_map_table_to_json(l.m, t);
			if (rep)
				cJSON_AddItemToObject(*result, "model_report", rep);
		}
	}
	unload(&l);
	return rc;
}

static void describe_render(const cJSON *r, sx_buf *out)
{
	const cJSON *c, *x;
	int nrel = 0;
	sx__put_text(out, sx_json_str(r, "schema", ""));
	sx_buf_putc(out, '.');
	sx__put_text(out, sx_json_str(r, "table", "?"));
	sx_buf_printf(out, "  domain %s (%.2f)  %s  updated %s", sx_json_str(r, "domain", "?"),
		      sx_json_num(r, "domain_confidence", 0), sx_json_str(r, "sensitivity", "?"),
		      sx_json_str(r, "update_frequency", "?"));
	if (cJSON_IsNumber(cJSON_GetObjectItem(r, "rows"))) {
		sx_buf_puts(out, "  ");
		sx__put_count(out, sx_json_int(r, "rows", 0));
		sx_buf_puts(out, " rows");
	}
	sx_buf_puts(out, "\n  ");
	sx__put_text(out, sx_json_str(r, "description", ""));
	sx_buf_puts(out, "\n");
	const cJSON *md = cJSON_GetObjectItem(r, "model_description");
	if (md) {
		/* marked: a model wrote it */
		sx_buf_puts(out, "  [model] ");
		sx__put_text(out, sx_json_str(md, "text", ""));
		sx_buf_puts(out, "  (model-written");
		if (sx_json_str(md, "model", NULL)) {
			sx_buf_puts(out, ", ");
			sx__put_text(out, sx_json_str(md, "model", ""));
		}
		sx_buf_puts(out, ")\n");
	}
	sx__put_model_findings(out, cJSON_GetObjectItem(r, "model_report"));
	if (sx_json_str(r, "frequency_evidence", NULL)) {
		sx_buf_puts(out, "  frequency: ");
		sx__put_text(out, sx_json_str(r, "frequency_evidence", ""));
		sx_buf_puts(out, "\n");
	}
	sx_buf_puts(out, "\ncolumns:\n");
	cJSON_ArrayForEach(c, cJSON_GetObjectItem(r, "columns"))
	{
		size_t start = out->len;
		const cJSON *p = cJSON_GetObjectItem(c, "pii");
		sx_buf_printf(out, "  %s ", sx_json_bool(c, "pk", false) ? "PK" : "  ");
		sx__put_text(out, sx_json_str(c, "name", "?"));
		sx__pad_from(out, start, 30);
		start = out->len;
		sx__put_text(out, sx_json_str(c, "type", ""));
		sx__pad_from(out, start, 18);
		if (p) {
			const cJSON *ev;
			int i = 0;
			sx_buf_printf(out, "PII %s %.2f (", sx_json_str(p, "class", "?"),
				      sx_json_num(p, "confidence", 0));
			cJSON_ArrayForEach(ev, cJSON_GetObjectItem(p, "evidence"))
			{
				if (i++)
					sx_buf_puts(out, "; ");
				sx__put_text(out, sx_json_str(ev, "detail", ""));
			}
			sx_buf_puts(out, ")");
		}
		sx_buf_puts(out, "\n");
		if (sx_json_str(c, "model_description", NULL)) {
			sx_buf_puts(out, "       [model] ");
			sx__put_text(out, sx_json_str(c, "model_description", ""));
			sx_buf_puts(out, "\n");
		}
	}
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(r, "relations"))
	{
		if (!nrel++)
			sx_buf_puts(out, "\nrelationships:\n");
		put_rel_line(out, x, "  ");
	}
	if (!nrel)
		sx_buf_puts(out, "\nno relationships: no foreign key and no inferred link\n");
}

const sx_cmd_entry sx__cmd_describe = {
	.name = "describe",
	.usage = "TABLE [--with-model]",
	.summary = "what a table holds: domain, description, PII, relationships",
	.opts = describe_opts,
	.flags = SX_CMD_TALKS_TO_MODEL, /* --with-model */
	.min_pos = 1,
	.max_pos = 1,
	.run = describe_run,
	.render = describe_render,
};

/* ------------------------------------------------------------ pii */

static const sx_opt pii_opts[] = {
	{"database", 'd', SX_OPT_STRING, "NAME", "only this database"},
	{NULL, 0, 0, NULL, NULL},
};

static int pii_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	struct loaded l;
	const char *dbn = sx_args_get(args, "database");
	const sx_database *db = NULL;
	int rc;
	if ((rc = load(ctx, dbn, &l, err)))
		return rc;
	if (dbn && !(db = sx_catalog_find_database(l.cat, dbn))) {
		unload(&l);
		return sx_error_set(err, SX_ENOTFOUND, "no database '%s' in the workspace", dbn);
	}
	*result = sx_map_pii_to_json(l.m, db);
	unload(&l);
	return 0;
}

static void pii_render(const cJSON *r, sx_buf *out)
{
	const cJSON *c;
	int n = 0;
	cJSON_ArrayForEach(c, cJSON_GetObjectItem(r, "columns"))
	{
		size_t start = out->len;
		const cJSON *ev;
		int i = 0;
		sx__put_text(out, sx_json_str(c, "table", "?"));
		sx_buf_putc(out, '.');
		sx__put_text(out, sx_json_str(c, "column", "?"));
		sx__pad_from(out, start, 40);
		sx_buf_printf(out, "%-15s %.2f  ", sx_json_str(c, "class", "?"),
			      sx_json_num(c, "confidence", 0));
		cJSON_ArrayForEach(ev, cJSON_GetObjectItem(c, "evidence"))
		{
			if (i++)
				sx_buf_puts(out, "; ");
			sx__put_text(out, sx_json_str(ev, "detail", ""));
		}
		sx_buf_puts(out, "\n");
		n++;
	}
	sx_buf_printf(out, "%d personal-data column%s in %d table%s\n", n, n == 1 ? "" : "s",
		      cJSON_GetArraySize(cJSON_GetObjectItem(r, "tables")),
		      cJSON_GetArraySize(cJSON_GetObjectItem(r, "tables")) == 1 ? "" : "s");
}

const sx_cmd_entry sx__cmd_pii = {
	.name = "pii",
	.usage = "[--database D]",
	.summary = "columns holding personal data, with class, confidence and evidence",
	.opts = pii_opts,
	.min_pos = 0,
	.max_pos = 0,
	.run = pii_run,
	.render = pii_render,
};

/* ------------------------------------------------------------ path */

static const sx_opt path_opts[] = {
	{"max-hops", 0, SX_OPT_INT, "N", "longest path in joins (default 4)"},
	{"k", 'k', SX_OPT_INT, "K", "how many paths (default 3)"},
	{"via", 0, SX_OPT_LIST, "TABLE", "paths must pass through these tables, in order"},
	{"avoid", 0, SX_OPT_LIST, "TABLE", "paths must not touch these tables"},
	{"min-confidence", 0, SX_OPT_DOUBLE, "X", "ignore relationships below X (default 0.5)"},
	{NULL, 0, 0, NULL, NULL},
};

static int resolve_list(const struct loaded *l, char **names, const sx_table ***out, sx_error *err)
{
	size_t n = 0, i;
	int rc;
	*out = NULL;
	if (!names)
		return 0;
	while (names[n])
		n++;
	*out = sx_calloc(n + 1, sizeof **out);
	if (!*out)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	for (i = 0; i < n; i++) {
		sx_table *t;
		if ((rc = resolve(l, names[i], &t, err)))
			return rc;
		(*out)[i] = t;
	}
	return 0;
}

static bool has_rels(const sx_dbmap *m, const sx_table *t)
{
	const sx_map_rel **r;
	size_t n;
	if (sx_dbmap_rels_of(m, t, &r, &n, NULL))
		return true;
	free(r);
	return n > 0;
}

static int path_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	struct loaded l;
	sx_map_path_opts o;
	sx_table *from, *to;
	const sx_table **via = NULL, **avoid = NULL;
	char **vian = sx_args_list(args, "via"), **avn = sx_args_list(args, "avoid");
	sx_map_paths *p = NULL;
	int rc;

	sx_map_path_opts_init(&o);
	o.max_hops = (int)sx_args_int(args, "max-hops", 4);
	o.k = (int)sx_args_int(args, "k", 3);
	o.min_confidence = sx_args_double(args, "min-confidence", 0.5);
	if (o.max_hops < 1) {
		rc = sx_error_set(err, SX_EUSAGE, "--max-hops must be at least 1 (got %d)", o.max_hops);
		goto out;
	}
	if (o.k < 1 || o.k > 50) {
		rc = sx_error_set(err, SX_EUSAGE, "-k must be between 1 and 50 (got %d)", o.k);
		goto out;
	}
	if ((rc = load(ctx, NULL, &l, err)))
		goto out;
	if ((rc = resolve(&l, args->pos[0], &from, err)) ||
	    (rc = resolve(&l, args->pos[1], &to, err)) ||
	    (rc = resolve_list(&l, vian, &via, err)) || (rc = resolve_list(&l, avn, &avoid, err)))
		goto done;
	if (sx_database_table_count(from->schema->db) < 2) {
		rc = sx_error_set(err, SX_EINVAL,
				  "database '%s' has only one table: there is nothing to join",
				  from->schema->db->name);
		goto done;
	}
	if (!has_rels(l.m, from) || !has_rels(l.m, to)) {
		rc = sx_error_set(err, SX_EINVAL,
				  "'%s' has no relationships (no foreign key, nothing inferred): no "
				  "join path can reach it",
				  !has_rels(l.m, from) ? from->name : to->name);
		goto done;
	}
	o.via = via;
	o.avoid = avoid;
	if ((rc = sx_map_paths_find(l.m, from, to, &o, &p, err)) == 0) {
		*result = sx_map_paths_to_json(p);
		sx_json_add_int(*result, "max_hops", o.max_hops);
		sx_map_paths_free(p);
	}
done:
	unload(&l);
out:
	free(via);
	free(avoid);
	sx_strv_free(vian);
	sx_strv_free(avn);
	return rc;
}

static void put_names(sx_buf *out, const cJSON *a)
{
	const cJSON *x;
	int i = 0, n = cJSON_GetArraySize(a);
	cJSON_ArrayForEach(x, a)
	{
		if (i == 12) {
			sx_buf_printf(out, ", ... (%d in all)", n);
			break;
		}
		if (i++)
			sx_buf_puts(out, ", ");
		sx__put_text(out, cJSON_IsString(x) ? x->valuestring : "?");
	}
}

static void path_render(const cJSON *r, sx_buf *out)
{
	const cJSON *p, *h, *paths = cJSON_GetObjectItem(r, "paths");
	int i = 0;
	if (cJSON_GetArraySize(paths) == 0) {
		const cJSON *c = cJSON_GetObjectItem(r, "components");
		sx_buf_puts(out, "no path from ");
		sx__put_text(out, sx_json_str(r, "from", "?"));
		sx_buf_puts(out, " to ");
		sx__put_text(out, sx_json_str(r, "to", "?"));
		if (cJSON_IsNumber(cJSON_GetObjectItem(r, "shortest_hops"))) {
			sx_buf_printf(out, " within %lld hops (with these options); the shortest "
					   "connection has %lld hops: try --max-hops %lld\n",
				      (long long)sx_json_int(r, "max_hops", 0),
				      (long long)sx_json_int(r, "shortest_hops", 0),
				      (long long)sx_json_int(r, "shortest_hops", 0));
			return;
		}
		sx_buf_printf(out, ": they are in different parts of the relationship graph (%lld "
				   "disconnected components)\n",
			      (long long)sx_json_int(c, "count", 0));
		sx_buf_puts(out, "  from's component: ");
		put_names(out, cJSON_GetObjectItem(c, "from"));
		sx_buf_puts(out, "\n  to's component:   ");
		put_names(out, cJSON_GetObjectItem(c, "to"));
		sx_buf_puts(out, "\n");
		return;
	}
	cJSON_ArrayForEach(p, paths)
	{
		int j = 0;
		sx_buf_printf(out, "%sPath %d: %lld hop%s, confidence %.2f\n", i ? "\n" : "", i + 1,
			      (long long)sx_json_int(p, "length", 0),
			      sx_json_int(p, "length", 0) == 1 ? "" : "s",
			      sx_json_num(p, "confidence", 0));
		i++;
		cJSON_ArrayForEach(h, cJSON_GetObjectItem(p, "hops"))
		{
			const cJSON *c;
			int k = 0;
			sx_buf_printf(out, "  %d. ", ++j);
			sx__put_text(out, sx_json_str(h, "from", "?"));
			sx_buf_putc(out, '.');
			cJSON_ArrayForEach(c, cJSON_GetObjectItem(h, "from_columns"))
			{
				if (k++)
					sx_buf_putc(out, ',');
				sx__put_text(out, cJSON_IsString(c) ? c->valuestring : "?");
			}
			sx_buf_puts(out, " = ");
			sx__put_text(out, sx_json_str(h, "to", "?"));
			sx_buf_putc(out, '.');
			k = 0;
			cJSON_ArrayForEach(c, cJSON_GetObjectItem(h, "to_columns"))
			{
				if (k++)
					sx_buf_putc(out, ',');
				sx__put_text(out, cJSON_IsString(c) ? c->valuestring : "?");
			}
			sx_buf_printf(out, "   %s %s %.2f%s\n", sx_json_str(h, "kind", ""),
				      sx_json_str(h, "direction", ""), sx_json_num(h, "confidence", 0),
				      sx_json_bool(h, "fanout", false) ? "  FAN-OUT" : "");
		}
		if (sx_json_str(p, "warning", NULL)) {
			sx_buf_puts(out, "  warning: ");
			sx__put_text(out, sx_json_str(p, "warning", ""));
			sx_buf_puts(out, "\n");
		}
		{
			const char *sql = sx_json_str(p, "sql", "");
			sx_buf_puts(out, "  ");
			for (; *sql; sql++) {
				const char *nl = strchr(sql, '\n');
				size_t len = nl ? (size_t)(nl - sql) : strlen(sql);
				sx_buf_put_sanitized(out, sql, len, false);
				sql += len;
				sx_buf_puts(out, nl ? "\n  " : "");
				if (!nl)
					break;
			}
			sx_buf_puts(out, ";\n");
		}
	}
}

const sx_cmd_entry sx__cmd_path = {
	.name = "path",
	.usage = "FROM TO [--max-hops N] [-k K] [--via T] [--avoid T]",
	.summary = "ranked join paths between two tables, with the SQL",
	.help = "Finds the k best join paths (Yen's algorithm) over declared and inferred\n"
		"relationships. Each hop shows its columns and confidence; one-to-many hops\n"
		"are flagged because aggregates after them double-count. Hub tables (users,\n"
		"logs, very connected tables) cost more, so meaningful routes come first.",
	.opts = path_opts,
	.min_pos = 2,
	.max_pos = 2,
	.run = path_run,
	.render = path_render,
};

/* ------------------------------------------------------------ graph */

static const sx_opt graph_opts[] = {
	{"hops", 0, SX_OPT_INT, "N", "neighbourhood radius around TABLE (default 2)"},
	{"format", 'f', SX_OPT_STRING, "FMT", "dot, svg, png or json (default dot)"},
	{"output", 'o', SX_OPT_STRING, "FILE", "write to FILE (needed for png)"},
	{"database", 'd', SX_OPT_STRING, "NAME", "the database to draw when no TABLE is named"},
	{"engine", 0, SX_OPT_STRING, "NAME", "dot or sfdp (default: dot up to 300 tables)"},
	{"max-nodes", 0, SX_OPT_INT, "N", "at most N tables (default 300)"},
	{"min-confidence", 0, SX_OPT_DOUBLE, "X", "hide relationships below X (default 0.5)"},
	{NULL, 0, 0, NULL, NULL},
};

static int graph_run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	struct loaded l;
	sx_map_graph_opts o;
	sx_table *center = NULL;
	const sx_database *db = NULL;
	const char *fmt = sx_args_get(args, "format"), *outp = sx_args_get(args, "output");
	const char *dbn = sx_args_get(args, "database"), *engine = sx_args_get(args, "engine");
	int rc;

	if (!fmt)
		fmt = "dot";
	if (strcmp(fmt, "dot") && strcmp(fmt, "svg") && strcmp(fmt, "png") && strcmp(fmt, "json"))
		return sx_error_set(err, SX_EUSAGE, "unknown --format '%s': use dot, svg, png or json",
				    fmt);
	if (!strcmp(fmt, "png") && !outp)
		return sx_error_set(err, SX_EUSAGE, "--format png needs --output FILE");
	if (engine && strcmp(engine, "dot") && strcmp(engine, "sfdp"))
		return sx_error_set(err, SX_EUSAGE, "unknown --engine '%s': use dot or sfdp", engine);
	sx_map_graph_opts_init(&o);
	o.hops = (int)sx_args_int(args, "hops", 2);
	o.max_nodes = (size_t)sx_args_int(args, "max-nodes", 300);
	o.min_confidence = sx_args_double(args, "min-confidence", 0.5);
	o.engine = engine;
	if (o.hops < 0)
		return sx_error_set(err, SX_EUSAGE, "--hops must be 0 or more");
	if (o.max_nodes < 1)
		return sx_error_set(err, SX_EUSAGE, "--max-nodes must be at least 1");
	if ((rc = load(ctx, dbn, &l, err)))
		return rc;
	if (args->npos && (rc = resolve(&l, args->pos[0], &center, err)))
		goto done;
	if (dbn && !(db = sx_catalog_find_database(l.cat, dbn))) {
		rc = sx_error_set(err, SX_ENOTFOUND, "no database '%s' in the workspace", dbn);
		goto done;
	}
	if (!strcmp(fmt, "json")) {
		sx_map_layout *lay;
		if ((rc = sx_map_graph(l.m, db, center, &o, &lay, err)) == 0) {
			*result = sx_map_layout_to_json(lay);
			sx_json_add_str(*result, "format", "json");
			sx_map_layout_free(lay);
		}
	} else {
		char *data;
		size_t len;
		if ((rc = sx_map_graph_render(l.m, db, center, &o, fmt, &data, &len, err)) == 0) {
			cJSON *res = cJSON_CreateObject();
			sx_json_add_str(res, "format", fmt);
			if (outp) {
				if ((rc = sx_file_write_atomic(outp, data, len, err)) == 0) {
					sx_json_add_str(res, "output", outp);
					sx_json_add_int(res, "bytes", (int64_t)len);
				}
			} else {
				sx_json_add_str(res, "data", data);
			}
			free(data);
			if (rc)
				cJSON_Delete(res);
			else
				*result = res;
		}
	}
done:
	unload(&l);
	return rc;
}

static void graph_render(const cJSON *r, sx_buf *out)
{
	const char *fmt = sx_json_str(r, "format", "dot");
	if (!strcmp(fmt, "json")) {
		char *s = cJSON_Print(r);
		if (s) {
			sx_buf_put_sanitized(out, s, strlen(s), true);
			sx_buf_putc(out, '\n');
			free(s);
		}
		return;
	}
	if (sx_json_str(r, "output", NULL)) {
		sx_buf_printf(out, "wrote %lld bytes of %s to ", (long long)sx_json_int(r, "bytes", 0),
			      fmt);
		sx__put_text(out, sx_json_str(r, "output", ""));
		sx_buf_puts(out, "\n");
		return;
	}
	{
		const char *d = sx_json_str(r, "data", "");
		sx_buf_put_sanitized(out, d, strlen(d), true);
	}
}

const sx_cmd_entry sx__cmd_graph = {
	.name = "graph",
	.usage = "[TABLE] [--hops N] [--format dot|svg|png|json] [-o FILE]",
	.summary = "the ER graph of a table's neighbourhood or a small database",
	.help = "Lays out the relationship graph with Graphviz (dot, or sfdp beyond 300\n"
		"tables). Declared foreign keys are solid, inferred ones dashed and blue;\n"
		"tables with personal data are filled and marked [PII]. --format json gives\n"
		"node boxes and edge polylines in character cells, as the TUI draws them.",
	.opts = graph_opts,
	.min_pos = 0,
	.max_pos = 1,
	.run = graph_run,
	.render = graph_render,
};
