/*
 * graph.c - the pipeline's data flow as a Graphviz graph (`sextant run
 * show ID --graph dot|svg|png`): source tables, the joins with their
 * columns, the filters, the aggregation (measures and grain) and the
 * target table, drawn from a stored run's spec, analysis and lineage.
 *
 * The DOT text is built here; Graphviz (the ER graph's context and lock,
 * sx_map_render_dot) lays it out and renders it. Every name in a label
 * comes from a database: it is escaped for a DOT string, and Graphviz
 * escapes it again for SVG.
 *
 * Node ids, stable for tools that read the DOT: "source:TABLE",
 * "join:N" (N from 1, in plan order), "filter", "aggregate",
 * "target:TABLE".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agents_int.h"

/* text as the inside of a DOT string; "\n" in our own labels stays a
 * Graphviz line break, everything from the data is escaped */
static void put_esc(sx_buf *b, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			sx_buf_putc(b, '\\');
		if (c < 0x20 || c == 0x7f)
			c = ' ';
		sx_buf_putc(b, (char)c);
	}
}

static void put_id(sx_buf *b, const char *kind, const char *name)
{
	sx_buf_putc(b, '"');
	put_esc(b, kind);
	if (name) {
		sx_buf_putc(b, ':');
		put_esc(b, name);
	}
	sx_buf_putc(b, '"');
}

/* "main.orders" -> "orders" */
static const char *bare(const char *t)
{
	const char *d = t ? strrchr(t, '.') : NULL;
	return d ? d + 1 : t ? t : "";
}

/* A measure's expression with {col} written as table.col. */
static void put_measure(sx_buf *b, const cJSON *m)
{
	const char *t = sx_json_str(m, "table", ""), *e = sx_json_str(m, "expr", "");
	sx_buf x = SX_BUF_INIT;
	for (const char *p = e; *p; p++) {
		if (*p == '{') {
			const char *q = strchr(p, '}');
			if (q) {
				sx_buf_printf(&x, "%s.%.*s", t, (int)(q - p - 1), p + 1);
				p = q;
				continue;
			}
		}
		sx_buf_putc(&x, *p);
	}
	sx_buf_printf(b, "%s(", sx_json_str(m, "agg", "?"));
	put_esc(b, sx_buf_cstr(&x));
	sx_buf_puts(b, ") AS ");
	put_esc(b, sx_json_str(m, "name", "?"));
	sx_buf_release(&x);
}

static void put_filter(sx_buf *b, const cJSON *f)
{
	const cJSON *v;
	int i = 0;
	put_esc(b, sx_json_str(f, "table", ""));
	sx_buf_putc(b, '.');
	put_esc(b, sx_json_str(f, "column", ""));
	sx_buf_putc(b, ' ');
	const char *op = sx_json_str(f, "op", "=");
	for (const char *p = op; *p; p++)
		sx_buf_putc(b, (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p));
	const cJSON *vals = cJSON_GetObjectItem(f, "values");
	if (cJSON_IsArray(vals)) {
		sx_buf_puts(b, " (");
		cJSON_ArrayForEach(v, vals)
		{
			sx_buf_puts(b, i++ ? ", '" : "'");
			put_esc(b, cJSON_IsString(v) ? v->valuestring : "?");
			sx_buf_putc(b, '\'');
		}
		sx_buf_putc(b, ')');
	} else if (sx_json_str(f, "value", NULL)) {
		sx_buf_puts(b, " '");
		put_esc(b, sx_json_str(f, "value", ""));
		sx_buf_putc(b, '\'');
	}
}

/* The analysis' join columns for from -> to, as one edge label. */
static void put_join_on(sx_buf *b, const cJSON *analysis, const char *from, const char *to)
{
	const cJSON *j, *c;
	cJSON_ArrayForEach(j, cJSON_GetObjectItem(analysis, "joins"))
	{
		if (strcmp(bare(sx_json_str(j, "from", "")), from) ||
		    strcmp(bare(sx_json_str(j, "to", "")), to))
			continue;
		int i = 0;
		cJSON_ArrayForEach(c, cJSON_GetObjectItem(j, "on"))
		{
			if (i++)
				sx_buf_puts(b, "\\nAND ");
			put_esc(b, cJSON_IsString(c) ? c->valuestring : "");
		}
		return;
	}
}

static bool seen(cJSON *set, const char *name)
{
	const cJSON *x;
	cJSON_ArrayForEach(x, set) if (strcmp(x->valuestring, name) == 0) return true;
	cJSON_AddItemToArray(set, cJSON_CreateString(name));
	return false;
}

static void source_node(sx_buf *b, cJSON *set, const char *table, bool fact)
{
	if (seen(set, table))
		return;
	sx_buf_puts(b, "  ");
	put_id(b, "source", table);
	sx_buf_puts(b, " [shape=box, style=filled, fillcolor=\"#e8f0fe\", label=\"");
	put_esc(b, table);
	sx_buf_printf(b, "\\nsource%s\"];\n", fact ? " (facts)" : "");
}

/* Edges from every tail to node; node is the one tail afterwards. */
static cJSON *link(sx_buf *out, cJSON *tails, const char *node)
{
	const cJSON *x;
	cJSON_ArrayForEach(x, tails)
	{
		sx_buf_puts(out, "  \"");
		put_esc(out, x->valuestring);
		sx_buf_printf(out, "\" -> \"%s\";\n", node);
	}
	cJSON_Delete(tails);
	tails = cJSON_CreateArray();
	cJSON_AddItemToArray(tails, cJSON_CreateString(node));
	return tails;
}

int sx_run_graph_dot(const cJSON *run, sx_buf *out, sx_error *err)
{
	const cJSON *spec = cJSON_GetObjectItem(run, "spec");
	if (!spec)
		spec = cJSON_GetObjectItem(cJSON_GetObjectItem(run, "plan"), "spec");
	const cJSON *an = cJSON_GetObjectItem(run, "analysis");
	const cJSON *g, *j, *x;
	cJSON *sources = cJSON_CreateArray(), *tails = cJSON_CreateArray();
	int njoin = 0;

	if (!cJSON_IsObject(spec) || !cJSON_GetArraySize(cJSON_GetObjectItem(spec, "groups"))) {
		cJSON_Delete(sources);
		cJSON_Delete(tails);
		return sx_error_set(
		    err, SX_ENOTFOUND,
		    "this run has no stored plan to draw (it failed before planning, "
		    "or it was made before plans were kept)");
	}
	sx_buf_puts(out, "digraph pipeline {\n  graph [rankdir=LR, fontname=\"Helvetica\", "
	                 "labelloc=t, label=\"");
	put_esc(out, sx_json_str(run, "intent", ""));
	sx_buf_puts(out, "\"];\n  node [fontname=\"Helvetica\", fontsize=10];\n"
	                 "  edge [fontname=\"Helvetica\", fontsize=9];\n");
	/* sources and joins, one chain per fact group */
	cJSON_ArrayForEach(g, cJSON_GetObjectItem(spec, "groups"))
	{
		const char *fact = sx_json_str(g, "fact", "?");
		char tail[64 + 256];
		source_node(out, sources, fact, true);
		snprintf(tail, sizeof tail, "source:%s", fact);
		cJSON_ArrayForEach(j, cJSON_GetObjectItem(g, "joins"))
		{
			const char *from = sx_json_str(j, "from", "?"),
			           *to = sx_json_str(j, "to", "?");
			char jid[16];
			snprintf(jid, sizeof jid, "%d", ++njoin);
			source_node(out, sources, to, false);
			sx_buf_puts(out, "  ");
			put_id(out, "join", jid);
			sx_buf_printf(out, " [shape=diamond, label=\"%sJOIN\\n",
			              sx_json_bool(j, "left", false) ? "LEFT " : "");
			put_esc(out, to);
			sx_buf_puts(out, "\"];\n  \"");
			put_esc(out, tail);
			sx_buf_puts(out, "\" -> ");
			put_id(out, "join", jid);
			sx_buf_puts(out, ";\n  ");
			put_id(out, "source", to);
			sx_buf_puts(out, " -> ");
			put_id(out, "join", jid);
			sx_buf_puts(out, " [label=\"");
			put_join_on(out, an, from, to);
			sx_buf_puts(out, "\"];\n");
			snprintf(tail, sizeof tail, "join:%s", jid);
		}
		cJSON_AddItemToArray(tails, cJSON_CreateString(tail));
	}
	/* filters */
	const cJSON *filters = cJSON_GetObjectItem(spec, "filters");
	const char *df = sx_json_str(spec, "date_from", NULL),
	           *dt = sx_json_str(spec, "date_to", NULL);
	const cJSON *tm = cJSON_GetObjectItem(spec, "time");
	if (cJSON_GetArraySize(filters) || df || dt) {
		sx_buf_puts(out,
		            "  \"filter\" [shape=box, style=\"rounded,dashed\", label=\"WHERE");
		int i = 0;
		cJSON_ArrayForEach(x, filters)
		{
			sx_buf_puts(out, i++ ? "\\nAND " : "\\n");
			put_filter(out, x);
		}
		if (df || dt) {
			sx_buf_puts(out, i++ ? "\\nAND " : "\\n");
			put_esc(out, sx_json_str(tm, "table", ""));
			sx_buf_putc(out, '.');
			put_esc(out, sx_json_str(tm, "column", ""));
			sx_buf_printf(out, " in [%s, %s)", df ? df : "", dt ? dt : "");
		}
		sx_buf_puts(out, "\"];\n");
		tails = link(out, tails, "filter");
	}
	/* the aggregation: grain, dimensions, measures */
	const cJSON *meas = cJSON_GetObjectItem(spec, "measures");
	if (cJSON_GetArraySize(meas)) {
		sx_buf_puts(out, "  \"aggregate\" [shape=box, style=\"rounded,filled\", "
		                 "fillcolor=\"#fff4e0\", label=\"aggregate");
		if (tm && sx_json_str(tm, "column", NULL)) {
			sx_buf_puts(out, "\\ngrain: ");
			put_esc(out, sx_json_str(tm, "grain", "?"));
			sx_buf_puts(out, " of ");
			put_esc(out, sx_json_str(tm, "table", ""));
			sx_buf_putc(out, '.');
			put_esc(out, sx_json_str(tm, "column", ""));
		}
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(spec, "dimensions"))
		{
			sx_buf_puts(out, "\\nby ");
			put_esc(out, sx_json_str(x, "table", ""));
			sx_buf_putc(out, '.');
			put_esc(out, sx_json_str(x, "column", ""));
		}
		cJSON_ArrayForEach(x, meas)
		{
			sx_buf_puts(out, "\\n");
			put_measure(out, x);
		}
		sx_buf_puts(out, "\"];\n");
		tails = link(out, tails, "aggregate");
	}
	/* the target, the edge labelled with its columns (the lineage) */
	const char *target = sx_json_str(spec, "target_table", "target");
	sx_buf_puts(out, "  ");
	put_id(out, "target", target);
	sx_buf_puts(out, " [shape=cylinder, style=filled, fillcolor=\"#e6f4ea\", label=\"");
	put_esc(out, target);
	sx_buf_puts(out, "\\n");
	put_esc(out, sx_json_str(spec, "target", ""));
	sx_buf_puts(out, " target, ");
	put_esc(out, sx_json_str(spec, "load", ""));
	sx_buf_puts(out, " load\"];\n");
	cJSON_ArrayForEach(x, tails)
	{
		sx_buf_puts(out, "  \"");
		put_esc(out, x->valuestring);
		sx_buf_puts(out, "\" -> ");
		put_id(out, "target", target);
		sx_buf_puts(out, " [label=\"");
		int i = 0;
		const cJSON *l;
		cJSON_ArrayForEach(l, cJSON_GetObjectItem(run, "lineage"))
		{
			sx_buf_puts(out, i++ ? (i % 4 == 1 ? ",\\n" : ", ") : "");
			put_esc(out, sx_json_str(l, "target", ""));
		}
		sx_buf_puts(out, "\"];\n");
	}
	sx_buf_puts(out, "}\n");
	cJSON_Delete(sources);
	cJSON_Delete(tails);
	return sx_buf_failed(out) ? sx_error_set(err, SX_ENOMEM, "out of memory") : 0;
}
