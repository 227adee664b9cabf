/*
 * cmd_context.c - `sextant context QUERY [--tables a,b]`: the navigation
 * context agents receive (relevant tables, the relationships connecting
 * them, join SQL, load order, warnings). The work is sx_search_context;
 * this file resolves --tables and renders the result as text.
 */
#include <stdlib.h>
#include <string.h>

#include "commands_int.h"

static const sx_opt opts[] = {
	{"tables", 't', SX_OPT_LIST, "T[,T]", "use these tables (db.schema.table, schema.table or table) instead of searching"},
	{"k", 'k', SX_OPT_INT, "N", "search hits considered (default 5)"},
	{NULL, 0, 0, NULL, NULL},
};

static int run(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result, sx_error *err)
{
	sx_session *ses = NULL;
	sx_search *s = NULL;
	sx_context_opts o = {0};
	char **names = sx_args_list(args, "tables");
	const sx_table **tabs = NULL;
	sx_buf q = SX_BUF_INIT;
	long k = sx_args_int(args, "k", 5);
	size_t i, n = 0;
	int rc;

	if (k < 1 || k > 8) {
		rc = sx_error_set(err, SX_EUSAGE, "-k wants a number from 1 to 8, not %ld", k);
		goto done;
	}
	o.k = (size_t)k;
	for (i = 0; i < args->npos; i++) {
		if (i)
			sx_buf_putc(&q, ' ');
		sx_buf_puts(&q, args->pos[i]);
	}
	if (!args->npos && !names) {
		rc = sx_error_set(err, SX_EUSAGE, "empty query: say what the agent needs, or give --tables");
		goto done;
	}
	/* the context is made of the map's paths: it needs the map */
	if ((rc = sx__search_session(ctx, SX_SESSION_MAP, &ses, &s, err)))
		goto done;
	if (names) {
		for (n = 0; names[n]; n++)
			;
		if (!(tabs = sx_calloc(n + 1, sizeof *tabs))) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto done;
		}
		for (i = 0; i < n; i++) {
			sx_table *t;
			if ((rc = sx_catalog_resolve(sx_session_catalog(ses), names[i], &t, err)))
				goto done;
			tabs[i] = t;
		}
		o.tables = tabs;
	}
	rc = sx_search_context(s, sx_session_map(ses), args->npos ? sx_buf_cstr(&q) : "", &o, result, err);
done:
	sx_session_close(ses);
	sx_strv_free(names);
	free(tabs);
	sx_buf_release(&q);
	return rc;
}

static void render(const cJSON *r, sx_buf *out)
{
	const cJSON *t, *x;
	int i = 0;
	sx_buf_puts(out, "Relevant tables (database ");
	sx__put_text(out, sx_json_str(r, "database", "?"));
	sx_buf_puts(out, ")\n");
	cJSON_ArrayForEach(t, cJSON_GetObjectItem(r, "relevant_tables"))
	{
		int c = 0;
		sx_buf_printf(out, "%2d. ", ++i);
		sx__put_text(out, sx_json_str(t, "schema", "?"));
		sx_buf_puts(out, ".");
		sx__put_text(out, sx_json_str(t, "name", "?"));
		sx_buf_printf(out, "  %s", sx_json_str(t, "role", ""));
		if (cJSON_IsNumber(cJSON_GetObjectItem(t, "rows"))) {
			sx_buf_puts(out, ", ");
			sx__put_count(out, sx_json_int(t, "rows", 0));
			sx_buf_puts(out, " rows");
		}
		if (sx_json_bool(t, "pii", false))
			sx_buf_puts(out, ", PII");
		sx_buf_puts(out, "\n");
		sx__put_member_line(out, "    ", t, "description");
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(t, "columns"))
		{
			if (c == 12) {
				sx_buf_puts(out, ", ...");
				break;
			}
			sx_buf_puts(out, c++ ? ", " : "    columns: ");
			sx__put_text(out, sx_json_str(x, "name", "?"));
			if (sx_json_str(x, "pii", NULL)) {
				sx_buf_puts(out, " [");
				sx__put_text(out, sx_json_str(x, "pii", ""));
				sx_buf_puts(out, "]");
			}
		}
		if (c)
			sx_buf_puts(out, "\n");
	}
	if (cJSON_GetArraySize(cJSON_GetObjectItem(r, "table_relationships"))) {
		sx_buf_puts(out, "\nRelationships\n");
		cJSON_ArrayForEach(t, cJSON_GetObjectItem(r, "table_relationships"))
		{
			const cJSON *f = cJSON_GetObjectItem(t, "from"), *to = cJSON_GetObjectItem(t, "to");
			sx_buf_puts(out, "  ");
			sx__put_text(out, sx_json_str(f, "table", "?"));
			sx_buf_puts(out, " -> ");
			sx__put_text(out, sx_json_str(to, "table", "?"));
			sx_buf_printf(out, "  (%s, %s, confidence %.2f)\n", sx_json_str(t, "kind", "?"),
				      sx_json_str(t, "cardinality", "?"), sx_json_num(t, "confidence", 0));
		}
	}
	cJSON_ArrayForEach(t, cJSON_GetObjectItem(r, "suggested_joins"))
	{
		sx_buf_puts(out, "\nSuggested join");
		if (sx_json_str(t, "note", NULL)) {
			sx_buf_puts(out, " (");
			sx__put_text(out, sx_json_str(t, "note", ""));
			sx_buf_puts(out, ")");
		}
		sx_buf_puts(out, ":\n");
		if (sx_json_str(t, "sql", NULL)) {
			sx_buf_put_sanitized(out, sx_json_str(t, "sql", ""), strlen(sx_json_str(t, "sql", "")),
					     true);
			sx_buf_puts(out, "\n");
		}
	}
	i = 0;
	cJSON_ArrayForEach(t, cJSON_GetObjectItem(r, "data_flow_order"))
	{
		sx_buf_puts(out, i++ ? " -> " : "\nData flow order: ");
		sx__put_text(out, t->valuestring);
	}
	if (i)
		sx_buf_puts(out, "\n");
	i = 0;
	cJSON_ArrayForEach(t, cJSON_GetObjectItem(r, "warnings"))
	{
		if (!i++)
			sx_buf_puts(out, "\nWarnings\n");
		sx_buf_puts(out, "  [");
		sx__put_text(out, sx_json_str(t, "kind", "?"));
		sx_buf_puts(out, "] ");
		sx__put_text(out, sx_json_str(t, "message", ""));
		sx_buf_puts(out, "\n");
	}
}

const sx_cmd_entry sx__cmd_context = {
	.name = "context",
	.usage = "QUERY [--tables T[,T]] [-k N]",
	.summary = "what an agent needs for a request: tables, joins, load order, warnings",
	.help = "Finds the tables QUERY is about (or takes --tables), connects them through\n"
		"the map's relationships (a Steiner-tree approximation: each step adds the\n"
		"cheapest path to the tables already chosen), and prints the relevant tables\n"
		"with columns, PII and row counts, the relationships, join SQL, an order to\n"
		"load them in (referenced tables first) and warnings: personal data,\n"
		"low-confidence joins, one-to-many fan-out and join keys without an index.",
	.opts = opts,
	.min_pos = 0,
	.max_pos = SIZE_MAX,
	.run = run,
	.render = render,
};
