/*
 * cmd_search.c - `sextant search QUERY`, `sextant search --columns QUERY`
 * and `sextant search --batch FILE`.
 *
 * Opens the workspace session and its search (which loads the persisted
 * indexes, rebuilding any that are missing, stale or damaged) and runs one
 * query, or every line of a JSONL batch with the index loaded once. Batch
 * output goes out line by line as token events (sx_cmd_emit_text) when the
 * caller takes a stream (the CLI), else it is collected into the result
 * (the TUI).
 */
#include <stdlib.h>
#include <string.h>

#include "commands_int.h"

static const sx_opt opts[] = {
	{"k", 'k', SX_OPT_INT, "N", "number of results (default 5; 10 with --batch)"},
	{"database", 'd', SX_OPT_STRING, "NAME", "only tables of this database"},
	{"schema", 's', SX_OPT_STRING, "NAME", "only tables of this schema"},
	{"domain", 0, SX_OPT_STRING, "NAME", "only tables of this domain (sales, finance, ...)"},
	{"pii", 0, SX_OPT_FLAG, NULL, "only tables with personal data"},
	{"no-pii", 0, SX_OPT_FLAG, NULL, "only tables without personal data"},
	{"batch", 0, SX_OPT_STRING, "FILE", "JSONL queries {\"id\",\"query\"} ('-' for stdin)"},
	{"columns", 0, SX_OPT_FLAG, NULL, "rank columns (name, comment, type) instead of tables"},
	{NULL, 0, 0, NULL, NULL},
};

int sx__search_session(const sx_cmd_ctx *ctx, sx_session_map_mode map, sx_session **out,
		       sx_search **search, sx_error *err)
{
	int rc;
	*search = NULL;
	if ((rc = sx__cmd_session_search(ctx, NULL, map, true, out, err))) {
		if (rc == SX_EEMPTY)
			sx_error_prefix(err, "nothing to search");
		return rc;
	}
	if ((rc = sx_session_search(*out, search, err))) {
		sx_session_close(*out);
		*out = NULL;
	}
	return rc;
}

void sx__search_index_after_analyze(const sx_cmd_ctx *ctx, cJSON *res)
{
	sx_session *ses = NULL;
	sx_search *s = NULL;
	cJSON *o = cJSON_AddObjectToObject(res, "search_index"), *notes;
	const char *const *n;
	uint64_t t0 = sx_now_ns();
	sx_error err = {0};
	sx_progress_report(ctx->progress, "indexing", 0, 1);
	/* the map's facts are optional here as for `search` */
	if (sx__search_session(ctx, SX_SESSION_MAP_OPTIONAL, &ses, &s, &err)) {
		sx_json_add_str(o, "warning", err.msg);
	} else {
		sx_json_add_int(o, "tables", (int64_t)sx_search_size(s));
		sx_json_add_num(o, "seconds", (double)(sx_now_ns() - t0) / 1e9);
		if (*(n = sx_search_notes(s))) {
			notes = cJSON_AddArrayToObject(o, "notes");
			for (; *n; n++)
				cJSON_AddItemToArray(notes, cJSON_CreateString(*n));
		}
	}
	sx_session_close(ses);
}

int sx__search_index_in_tx(const sx_cmd_ctx *ctx, sx_store *st, cJSON *res, sx_error *err)
{
	sx_catalog *cat = NULL;
	sx_dbmap *map = NULL;
	sx_search_mapinfo *mi = NULL;
	sx_search *s = NULL;
	sx_search_src src = {0};
	cJSON *o, *notes;
	const char *const *n;
	uint64_t t0 = sx_now_ns();
	sx_error merr = {0};
	int rc;

	sx_progress_report(ctx->progress, "indexing", 0, 1);
	/* everything the workspace holds, the caller's unsaved rows included
	 * (the same connection, inside its transaction) */
	if ((rc = sx_catalog_new(&cat, err)) || (rc = sx_store_load(st, cat, NULL, err)))
		goto done;
	/* the map's facts are optional here as for `search` */
	if (sx_dbmap_new(&map, cat, &merr) || sx_map_load(st, map, &merr) ||
	    sx_search_mapinfo_new(&mi, map, &merr)) {
		sx_search_mapinfo_free(mi);
		mi = NULL;
	}
	src.cat = cat;
	src.store = st;
	src.config = ctx->config;
	src.progress = ctx->progress;
	if (mi) {
		src.info = sx_search_mapinfo_fn;
		src.info_payload = mi;
	}
	if ((rc = sx_search_open(&s, &src, err)))
		goto done;
	if (sx_search_unstored(s)) {
		const char *why = "see the notes";
		for (n = sx_search_notes(s); *n; n++)
			if (strstr(*n, "built here but not"))
				why = *n;
		rc = sx_error_set(err, SX_EIO, "%s; nothing saved", why);
		goto done;
	}
	cJSON_DeleteItemFromObject(res, "search_index");
	o = cJSON_AddObjectToObject(res, "search_index");
	sx_json_add_int(o, "tables", (int64_t)sx_search_size(s));
	sx_json_add_num(o, "seconds", (double)(sx_now_ns() - t0) / 1e9);
	sx_json_add_bool(o, "in_transaction", true);
	if (*(n = sx_search_notes(s))) {
		notes = cJSON_AddArrayToObject(o, "notes");
		for (; *n; n++)
			cJSON_AddItemToArray(notes, cJSON_CreateString(*n));
	}
done:
	sx_search_free(s);
	sx_search_mapinfo_free(mi);
	sx_dbmap_free(map);
	sx_catalog_free(cat);
	return rc;
}

void sx__search_render_index(const cJSON *res, sx_buf *out)
{
	const cJSON *o = cJSON_GetObjectItem(res, "search_index"), *n;
	if (!o)
		return;
	if (sx_json_str(o, "warning", NULL)) {
		sx_buf_puts(out, "warning: search index not updated: ");
		sx__put_text(out, sx_json_str(o, "warning", ""));
		sx_buf_puts(out, "\n");
		return;
	}
	sx_buf_puts(out, "search index: ");
	sx__put_count(out, sx_json_int(o, "tables", 0));
	sx_buf_printf(out, " tables (%.2f s)\n", sx_json_num(o, "seconds", 0));
	cJSON_ArrayForEach(n, cJSON_GetObjectItem(o, "notes"))
	{
		sx_buf_puts(out, "note: ");
		sx__put_text(out, n->valuestring);
		sx_buf_puts(out, "\n");
	}
}

static int read_filters(const sx_args *args, sx_search_opts *o, sx_error *err)
{
	long k = sx_args_int(args, "k", (long)o->k);
	if (k < 1 || k > 1000)
		return sx_error_set(err, SX_EUSAGE, "-k wants a number from 1 to 1000, not %ld", k);
	o->k = (size_t)k;
	o->database = sx_args_get(args, "database");
	o->schema = sx_args_get(args, "schema");
	o->domain = sx_args_get(args, "domain");
	o->partitions = true; /* people ask for "the May 2022 payments" */
	if (sx_args_flag(args, "pii") && sx_args_flag(args, "no-pii"))
		return sx_error_set(err, SX_EUSAGE, "--pii and --no-pii exclude each other");
	o->pii = sx_args_flag(args, "pii") ? 1 : sx_args_flag(args, "no-pii") ? 0 : -1;
	return 0;
}

static cJSON *results_json(const sx_search *s, const sx_search_result *r)
{
	cJSON *a = cJSON_CreateArray();
	size_t i;
	for (i = 0; i < r->n; i++)
		cJSON_AddItemToArray(a, sx_search_hit_to_json(s, &r->hits[i]));
	return a;
}

static void add_notes(cJSON *res, const sx_search *s)
{
	const char *const *n = sx_search_notes(s);
	cJSON *a;
	if (!*n)
		return;
	a = cJSON_AddArrayToObject(res, "notes");
	for (; *n; n++)
		cJSON_AddItemToArray(a, cJSON_CreateString(*n));
}

/* One JSONL batch: every line is answered, errors included, so that the
 * output lines up with the input. */
static int run_batch(sx_cmd_ctx *ctx, sx_search *s, const char *file, sx_search_opts *o,
		     cJSON *res, sx_error *err)
{
	FILE *f = strcmp(file, "-") == 0 ? ctx->in : fopen(file, "r");
	cJSON *collected = ctx->stream ? NULL : cJSON_AddArrayToObject(res, "batch");
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0, answered = 0, failed = 0;
	ssize_t len;
	if (!f)
		return sx_error_set(err, SX_EIO, "cannot open batch file '%s'", file);
	while ((len = getline(&line, &cap, f)) >= 0) {
		cJSON *in, *out = cJSON_CreateObject(), *id;
		sx_search_result *r = NULL;
		sx_error qe = {0};
		const char *q;
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0) {
			cJSON_Delete(out);
			continue;
		}
		in = cJSON_ParseWithLength(line, (size_t)len);
		id = in ? cJSON_GetObjectItem(in, "id") : NULL;
		cJSON_AddItemToObject(out, "id", id ? cJSON_Duplicate(id, true) : cJSON_CreateNull());
		q = in ? sx_json_str(in, "query", NULL) : NULL;
		if (!in || !cJSON_IsObject(in)) {
			sx_error_set(&qe, SX_EPARSE, "line %ld is not a JSON object", lineno);
		} else if (!q) {
			sx_error_set(&qe, SX_EINVAL, "line %ld has no \"query\" string", lineno);
		} else if (sx_search_query(s, q, o, &r, &qe) == 0) {
			cJSON_AddItemToObject(out, "results", results_json(s, r));
			sx_search_result_free(r);
		}
		if (qe.code) {
			sx_json_add_str(out, "error", qe.msg);
			failed++;
		}
		answered++;
		if (ctx->stream) {
			char *text = cJSON_PrintUnformatted(out);
			if (text) {
				sx_cmd_emit_text(ctx, SX_STREAM_TEXT, text, strlen(text));
				sx_cmd_emit_text(ctx, SX_STREAM_TEXT, "\n", 1);
			}
			free(text);
			cJSON_Delete(out);
		} else {
			cJSON_AddItemToArray(collected, out);
		}
		cJSON_Delete(in);
		if (sx_progress_cancelled(ctx->progress))
			break;
	}
	free(line);
	if (f != ctx->in)
		fclose(f);
	sx_json_add_int(res, "queries", answered);
	sx_json_add_int(res, "failed", failed);
	return 0;
}

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	const char *batch = sx_args_get(args, "batch");
	sx_session *ses = NULL;
	sx_search *s = NULL;
	sx_search_result *r = NULL;
	sx_buf q = SX_BUF_INIT;
	cJSON *res = NULL;
	size_t i;
	int rc;

	if (batch && args->npos)
		return sx_error_set(err, SX_EUSAGE, "give either a QUERY or --batch FILE, not both");
	if (batch && sx_args_flag(args, "columns"))
		return sx_error_set(err, SX_EUSAGE, "--columns takes one QUERY, not --batch");
	if (!batch && !args->npos)
		return sx_error_set(err, SX_EUSAGE, "empty query: say what to look for");
	o.k = batch ? 10 : 5;
	if ((rc = read_filters(args, &o, err)))
		return rc;
	/* Words of an unquoted query arrive as separate arguments. */
	for (i = 0; i < args->npos; i++) {
		if (i)
			sx_buf_putc(&q, ' ');
		sx_buf_puts(&q, args->pos[i]);
	}
	if (sx_buf_failed(&q))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if ((rc = sx__search_session(ctx, SX_SESSION_MAP_OPTIONAL, &ses, &s, err)))
		goto done;
	if (o.database && !sx_catalog_find_database(sx_session_catalog(ses), o.database)) {
		rc = sx_error_set(err, SX_ENOTFOUND, "no database '%s' in the workspace", o.database);
		goto done;
	}
	res = cJSON_CreateObject();
	if (batch && ctx->stream) {
		/* Streamed: stdout carries exactly one line per query; notes go
		 * to the info stream and there is no closing result object. */
		const char *const *n;
		size_t shown = 0, i2;
		for (n = sx_search_notes(s); *n; n++, shown++) {
			sx_cmd_emit_text(ctx, SX_STREAM_INFO, "note: ", 6);
			sx_cmd_emit_text(ctx, SX_STREAM_INFO, *n, strlen(*n));
			sx_cmd_emit_text(ctx, SX_STREAM_INFO, "\n", 1);
		}
		rc = run_batch(ctx, s, batch, &o, res, err);
		/* notes that queries added (a failed query embedding) */
		for (n = sx_search_notes(s), i2 = 0; *n; n++, i2++) {
			if (i2 < shown)
				continue;
			sx_cmd_emit_text(ctx, SX_STREAM_INFO, "note: ", 6);
			sx_cmd_emit_text(ctx, SX_STREAM_INFO, *n, strlen(*n));
			sx_cmd_emit_text(ctx, SX_STREAM_INFO, "\n", 1);
		}
		goto done;
	}
	if (batch) {
		rc = run_batch(ctx, s, batch, &o, res, err);
	} else if (sx_args_flag(args, "columns")) {
		sx_search_col_result *cr;
		cJSON *arr;
		if ((rc = sx_search_columns(s, sx_buf_cstr(&q), &o, &cr, err)))
			goto done;
		sx_json_add_str(res, "query", sx_buf_cstr(&q));
		cJSON_AddBoolToObject(res, "columns", true);
		sx_json_add_num(res, "query_ms", (double)(long)(cr->query_ms * 1000) / 1000);
		arr = cJSON_AddArrayToObject(res, "results");
		for (i = 0; i < cr->n; i++)
			cJSON_AddItemToArray(arr, sx_search_col_hit_to_json(&cr->hits[i]));
		sx_search_col_result_free(cr);
	} else {
		if ((rc = sx_search_query(s, sx_buf_cstr(&q), &o, &r, err)))
			goto done;
		sx_json_add_str(res, "query", sx_buf_cstr(&q));
		sx_json_add_num(res, "query_ms", (double)(long)(r->query_ms * 1000) / 1000);
		sx_json_add_int(res, "tables_searched", (int64_t)sx_search_size(s));
		cJSON_AddItemToObject(res, "results", results_json(s, r));
	}
	/* after the query: a failed query embedding adds a note too */
	add_notes(res, s);
	if (!rc) {
		*result = res;
		res = NULL;
	}
done:
	cJSON_Delete(res);
	sx_search_result_free(r);
	sx_session_close(ses);
	sx_buf_release(&q);
	return rc;
}

/* The "matched: ..." line of a hit: which query words it matched. */
static void put_why(sx_buf *out, const cJSON *h)
{
	const cJSON *x;
	int c = 0;
	cJSON_ArrayForEach(x, cJSON_GetObjectItem(h, "why"))
	{
		sx_buf_puts(out, c++ ? ", " : "    matched: ");
		sx__put_text(out, x->valuestring);
	}
	if (c)
		sx_buf_puts(out, "\n");
}

static void render(const cJSON *r, sx_buf *out)
{
	const cJSON *h, *n, *x;
	int i = 0;
	cJSON_ArrayForEach(n, cJSON_GetObjectItem(r, "notes"))
	{
		sx_buf_puts(out, "note: ");
		sx__put_text(out, n->valuestring);
		sx_buf_puts(out, "\n");
	}
	if (cJSON_GetObjectItem(r, "queries")) {
		/* a batch run without a stream (the TUI): its lines, as they are */
		cJSON_ArrayForEach(h, cJSON_GetObjectItem(r, "batch"))
		{
			char *text = cJSON_PrintUnformatted(h);
			sx__put_text(out, text);
			sx_buf_puts(out, "\n");
			free(text);
		}
		return;
	}
	if (sx_json_bool(r, "columns", false)) {
		if (!cJSON_GetArraySize(cJSON_GetObjectItem(r, "results"))) {
			sx_buf_puts(out, "no column matches '");
			sx__put_text(out, sx_json_str(r, "query", ""));
			sx_buf_puts(out, "'\n");
		}
		cJSON_ArrayForEach(h, cJSON_GetObjectItem(r, "results"))
		{
			sx_buf_printf(out, "%2d. ", ++i);
			sx__put_text(out, sx_json_str(h, "database", "?"));
			sx_buf_puts(out, ".");
			sx__put_text(out, sx_json_str(h, "schema", "?"));
			sx_buf_puts(out, ".");
			sx__put_text(out, sx_json_str(h, "table", "?"));
			sx_buf_puts(out, ".");
			sx__put_text(out, sx_json_str(h, "column", "?"));
			sx_buf_puts(out, "  ");
			sx__put_text(out, sx_json_str(h, "type", ""));
			sx_buf_printf(out, "  %.3f\n", sx_json_num(h, "score", 0));
			sx__put_member_line(out, "    ", h, "comment");
			put_why(out, h);
		}
		return;
	}
	if (!cJSON_GetArraySize(cJSON_GetObjectItem(r, "results"))) {
		sx_buf_puts(out, "no table matches '");
		sx__put_text(out, sx_json_str(r, "query", ""));
		sx_buf_puts(out, "'\n");
		return;
	}
	cJSON_ArrayForEach(h, cJSON_GetObjectItem(r, "results"))
	{
		int c = 0;
		const char *dom = sx_json_str(h, "domain", NULL);
		sx_buf_printf(out, "%2d. ", ++i);
		sx__put_text(out, sx_json_str(h, "database", "?"));
		sx_buf_puts(out, ".");
		sx__put_text(out, sx_json_str(h, "schema", "?"));
		sx_buf_puts(out, ".");
		sx__put_text(out, sx_json_str(h, "name", "?"));
		if (sx_json_str(h, "partition", NULL)) {
			sx_buf_puts(out, " partition ");
			sx__put_text(out, sx_json_str(h, "partition", NULL));
		}
		sx_buf_printf(out, "  %.3f", sx_json_num(h, "score", 0));
		if (dom) {
			sx_buf_puts(out, "  [");
			sx__put_text(out, dom);
			sx_buf_puts(out, "]");
		}
		if (sx_json_bool(h, "pii", false))
			sx_buf_puts(out, "  PII");
		sx_buf_puts(out, "\n");
		sx__put_member_line(out, "    ", h, "description");
		put_why(out, h);
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(h, "columns"))
		{
			if (c == 10) {
				sx_buf_printf(out, ", ... (%d)",
					      cJSON_GetArraySize(cJSON_GetObjectItem(h, "columns")));
				break;
			}
			sx_buf_puts(out, c++ ? ", " : "    columns: ");
			sx__put_text(out, x->valuestring);
		}
		if (c)
			sx_buf_puts(out, "\n");
	}
}

const sx_cmd_entry sx__cmd_search = {
	.name = "search",
	.usage = "QUERY [--columns] [-k N] [--database D] [--schema S] [--domain D] [--pii|--no-pii] | --batch FILE",
	.summary = "find tables by meaning, in English or Russian",
	.help = "Ranks every analysed table against QUERY: hashed-term vectors (FAISS)\n"
		"and BM25 over the same stemmed terms, boosted by how well the table's\n"
		"database covers the query and by joins to strong hits. Each result says\n"
		"which query words matched (\"why\"). With --batch, FILE holds one JSON\n"
		"object per line, {\"id\": ..., \"query\": \"...\"}; each gets one output line\n"
		"{\"id\": ..., \"results\": [...]} (or \"error\"), and the index loads once.\n"
		"With --columns, columns are ranked instead (name, comment, type, and\n"
		"their table's score for the same query).",
	.flags = SX_CMD_STREAMS,
	.opts = opts,
	.min_pos = 0,
	.max_pos = SIZE_MAX,
	.run = run,
	.render = render,
};
