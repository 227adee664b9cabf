/*
 * pane_details.c - what one table is: its columns (type, PK/FK, nullable,
 * PII class, comment), indexes, and what the map knows about it
 * (description, domain, sensitivity, update frequency, relationships with
 * confidence and evidence, accept/reject of inferred ones).
 *
 * Everything comes from the model the app holds (catalog and map, loaded
 * together on a worker), so showing a table costs microseconds, whatever
 * the size of the schema. Decisions (a/r) run the engine's `relations
 * accept|reject ID` command on a worker, then the model is reloaded. The
 * content is a doc (doc.c) with a line cursor: j/k move it, a/r act on
 * the relationship under it, Enter jumps to the table at its other end.
 * Without a map (a workspace analysed before the map existed) the
 * declared foreign keys are listed instead. UI thread only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

typedef struct {
	size_t line, end; /* the relationship's lines: [line, end) */
	char *rel_id;
	char *other; /* the table at the other end */
	bool inferred;
} rel_line;

typedef struct {
	char id[512];
	tui_doc doc;
	tui_list list;
	int xoff;
	int built_w;
	SX_VEC(rel_line) rels;
	int last_h, last_w;
	bool review; /* the review queue instead of a table */
	/* the rows of the columns table, whose name column stays in place
	 * when the pane scrolls sideways (h, l) */
	size_t col_first, col_last;
	int pin_w;
} det_st;

/* The relationship lines point into the doc; they are rebuilt with it. */
static void rels_clear(det_st *st)
{
	size_t i;
	for (i = 0; i < st->rels.n; i++) {
		free(st->rels.v[i].rel_id);
		free(st->rels.v[i].other);
	}
	st->rels.n = 0;
}

/* Appends text padded (or cut with an ellipsis) to exactly w cells. */
static void cell(tui_doc *d, int style, const char *s, int w)
{
	size_t n = strlen(s);
	int sw = tui_strwidth(s, n);
	char pad[256];
	if (w <= 0)
		return;
	if (sw > w) {
		size_t fit = tui_fit(s, n, w - 1);
		tui_doc_append(d, style, s, fit);
		tui_doc_append(d, style, "…", strlen("…"));
		sw = tui_strwidth(s, fit) + 1;
	} else {
		tui_doc_append(d, style, s, n);
	}
	if (w - sw > 0) {
		int k = w - sw > (int)sizeof pad - 1 ? (int)sizeof pad - 1 : w - sw;
		memset(pad, ' ', (size_t)k);
		tui_doc_append(d, style, pad, (size_t)k);
	}
}

/* Word-wraps one paragraph of untrusted text into lines of w cells. */
static void para(tui_doc *d, int style, const char *indent, const char *text, int w)
{
	char *clean = sx_sanitize(text, false);
	const char *p = clean ? clean : "";
	int iw = (int)strlen(indent), avail = w - iw;
	if (avail < 10)
		avail = 10;
	while (*p) {
		size_t n = strlen(p), fit = tui_fit(p, n, avail), cut = fit;
		if (fit < n) {
			while (cut > 0 && p[cut] != ' ')
				cut--;
			if (cut == 0)
				cut = fit;
		}
		tui_doc_newline(d);
		tui_doc_append(d, TS_NORMAL, indent, (size_t)iw);
		tui_doc_append(d, style, p, cut);
		tui_doc_newline(d);
		p += cut;
		while (*p == ' ')
			p++;
	}
	free(clean);
}

/* "table(col, col)" for one end of a relationship. */
static void end_text(const sx_map_end *e, bool with_table, char *out, size_t n)
{
	size_t len = 0, k;
	if (with_table)
		len = (size_t)snprintf(out, n, "%s", e->table);
	if (len < n)
		len += (size_t)snprintf(out + len, n - len, "(");
	for (k = 0; k < e->ncols && len < n; k++)
		len += (size_t)snprintf(out + len, n - len, "%s%s", k ? ", " : "", e->cols[k]);
	if (len < n)
		snprintf(out + len, n - len, ")");
}

/* One relationship: its line seen from t (with t NULL, both tables are
 * named: the review queue), then its evidence and alternates. */
static void rel_block(det_st *st, const sx_map_rel *r, const sx_table *t, int w)
{
	tui_doc *d = &st->doc;
	char line[1024], a[400], b[400];
	size_t k;
	{
		bool out = !t || r->from.t == t;
		bool inferred = r->kind == SX_RELK_INFERRED;
		const sx_map_end *other = out ? &r->to : &r->from;
		rel_line rl = {0};
		char oid[512];
		/* "customer_id → customers(id)" seen from this table */
		end_text(out ? &r->from : &r->to, !t, a, sizeof a);
		end_text(other, true, b, sizeof b);
		snprintf(line, sizeof line, "%s %s %s", a, out ? "→" : "←", b);
		tui_doc_newline(d);
		rl.line = tui_doc_nlines(d);
		tui_doc_append(d, out ? TS_FK : TS_PK, out ? "  → " : "  ← ", strlen("  → "));
		tui_doc_append(d, TS_NORMAL, line, strlen(line));
		snprintf(line, sizeof line, "  %s %.2f %s", inferred ? "inferred" : "declared",
			 r->confidence, sx_map_card_name(r->card));
		tui_doc_append(d, inferred ? TS_WARN : TS_DIM, line, strlen(line));
		if (!t) {
			/* the queue names the id, for :accept ID and the CLI */
			snprintf(line, sizeof line, "  %s", r->id);
			tui_doc_append(d, TS_DIM, line, strlen(line));
		}
		if (r->status != SX_STATUS_PROPOSED) {
			snprintf(line, sizeof line, "  [%s]", sx_map_status_name(r->status));
			tui_doc_append(d, r->status == SX_STATUS_ACCEPTED ? TS_OK : TS_ERROR, line,
				       strlen(line));
		}
		if (r->polymorphic) {
			snprintf(line, sizeof line, "  polymorphic (%s)",
				 r->type_column ? r->type_column : "?");
			tui_doc_append(d, TS_WARN, line, strlen(line));
		}
		tui_doc_newline(d);
		if (r->via.t) {
			snprintf(line, sizeof line, "      many-to-many through %s", r->via.table);
			tui_doc_line(d, TS_DIM, line);
		}
		for (k = 0; k < r->nevidence; k++) {
			const sx_map_evidence *ev = &r->evidence[k];
			snprintf(line, sizeof line, "%s: %s (%.2f)", ev->type, ev->detail ? ev->detail : "",
				 ev->score);
			para(d, TS_DIM, "      ", line, w);
		}
		for (k = 0; k < r->nalternates; k++) {
			end_text(&r->alternates[k].to, true, b, sizeof b);
			snprintf(line, sizeof line, "or %s (%.2f)", b, r->alternates[k].confidence);
			para(d, TS_DIM, "      ", line, w);
		}
		snprintf(oid, sizeof oid, "%s.%s.%s", other->database, other->schema, other->table);
		rl.end = tui_doc_nlines(d);
		rl.rel_id = sx_strdup(r->id);
		rl.other = sx_strdup(oid);
		rl.inferred = inferred;
		if (SX_VEC_PUSH(&st->rels, rl)) {
			free(rl.rel_id);
			free(rl.other);
		}
	}
}

/* The map's relationships of t, seen from t: outgoing ones (t holds the key)
 * with an arrow right, incoming ones left; each with kind, confidence,
 * cardinality, status, evidence and alternates. */
static void build_relations(det_st *st, const sx_dbmap *map, const sx_table *t, int w)
{
	tui_doc *d = &st->doc;
	const sx_map_rel **rels = NULL;
	char line[1024];
	size_t n = 0, i;

	if (sx_dbmap_rels_of(map, t, &rels, &n, NULL)) {
		tui_doc_line(d, TS_ERROR, "cannot list the relationships (out of memory)");
		return;
	}
	snprintf(line, sizeof line, "RELATIONSHIPS (%zu)", n);
	tui_doc_line(d, TS_HEADER, line);
	if (!n)
		tui_doc_line(d, TS_DIM, "  none found: no declared keys and no inferred candidates");
	for (i = 0; i < n; i++)
		rel_block(st, rels[i], t, w);
	free(rels);
}

/* Most confident first; the id keeps the order stable. */
static int by_confidence(const void *a, const void *b)
{
	const sx_map_rel *x = *(const sx_map_rel *const *)a, *y = *(const sx_map_rel *const *)b;
	if (x->confidence != y->confidence)
		return x->confidence < y->confidence ? 1 : -1;
	return strcmp(x->id, y->id);
}

/* The review queue: only the inferred relationships nobody decided on yet,
 * most confident first, each with its evidence. A decision reloads the
 * map; the decided one leaves the queue and the cursor, which keeps its
 * line, lands on the next. */
static void build_review(tui_pane *p, int w)
{
	det_st *st = p->st;
	tui_doc *d = &st->doc;
	const sx_dbmap *map = p->app->map;
	SX_VEC(const sx_map_rel *) q = {0};
	char line[256];
	size_t i, n = map ? sx_dbmap_rel_count(map) : 0;
	for (i = 0; i < n; i++) {
		const sx_map_rel *r = sx_dbmap_rel(map, i);
		if (r->kind == SX_RELK_INFERRED && r->status == SX_STATUS_PROPOSED)
			SX_VEC_PUSH(&q, r);
	}
	if (q.n)
		qsort(q.v, q.n, sizeof *q.v, by_confidence);
	snprintf(p->title, sizeof p->title, "Review  %zu undecided", q.n);
	if (!map) {
		tui_doc_line(d, TS_DIM, p->app->cat ? "this workspace has no map: analyse the source again"
						    : "loading…");
		SX_VEC_FREE(&q);
		return;
	}
	snprintf(line, sizeof line, "REVIEW QUEUE (%zu undecided inferred, most confident first)", q.n);
	tui_doc_line(d, TS_HEADER, line);
	tui_doc_line(d, TS_DIM, "  a accepts, r rejects, u undoes the last, Enter goes to the table, Esc leaves");
	if (!q.n)
		tui_doc_line(d, TS_OK, "  nothing left to review");
	for (i = 0; i < q.n; i++)
		rel_block(st, q.v[i], NULL, w);
	SX_VEC_FREE(&q);
	st->list.n = tui_doc_nlines(d);
	tui_list_set(&st->list, st->list.sel);
}

static const char *pii_of(const sx_dbmap *map, const sx_table *t, const char *col)
{
	const sx_map_column *mc = map ? sx_dbmap_column(map, t, col) : NULL;
	return mc ? sx_map_pii_name(mc->pii) : NULL;
}

/* Whether fk, declared on o, refers to t (without a schema it refers to
 * o's own). */
static bool fk_refers_to(const sx_table *o, const sx_fk *fk, const sx_table *t)
{
	const char *rs = fk->ref_schema ? fk->ref_schema : o->schema->name;
	return strcmp(fk->ref_table, t->name) == 0 && strcmp(rs, t->schema->name) == 0;
}

/* Foreign keys declared on t and on other tables pointing at t. */
static void build_declared(det_st *st, sx_catalog *cat, const sx_table *t, int w)
{
	tui_doc *d = &st->doc;
	char line[1024];
	size_t i, k, s, x, nin = 0;
	const sx_database *db = t->schema->db;

	for (s = 0; s < db->nschemas; s++)
		for (x = 0; x < db->schemas[s]->ntables; x++) {
			const sx_table *o = db->schemas[s]->tables[x];
			for (i = 0; i < o->nfks; i++) {
				if (fk_refers_to(o, &o->fks[i], t))
					nin++;
			}
		}
	(void)cat;
	snprintf(line, sizeof line, "FOREIGN KEYS (%zu out, %zu in)", t->nfks, nin);
	tui_doc_line(d, TS_HEADER, line);
	for (i = 0; i < t->nfks; i++) {
		const sx_fk *fk = &t->fks[i];
		rel_line rl = {0};
		size_t len = 0;
		char other[512];
		line[0] = 0;
		for (k = 0; k < fk->ncols && len < sizeof line; k++)
			len += (size_t)snprintf(line + len, sizeof line - len, "%s%s", k ? ", " : "",
						fk->cols[k]);
		if (len < sizeof line)
			len += (size_t)snprintf(line + len, sizeof line - len, " → %s%s%s(",
						fk->ref_schema ? fk->ref_schema : "",
						fk->ref_schema ? "." : "", fk->ref_table);
		for (k = 0; k < fk->ncols && len < sizeof line; k++)
			len += (size_t)snprintf(line + len, sizeof line - len, "%s%s", k ? ", " : "",
						fk->ref_cols && fk->ref_cols[k] ? fk->ref_cols[k] : "pk");
		if (len < sizeof line)
			snprintf(line + len, sizeof line - len, ")  declared");
		tui_doc_newline(d);
		rl.line = tui_doc_nlines(d);
		tui_doc_append(d, TS_FK, "  → ", strlen("  → "));
		tui_doc_append(d, TS_NORMAL, line, strlen(line));
		tui_doc_newline(d);
		snprintf(other, sizeof other, "%s.%s.%s", db->name,
			 fk->ref_schema ? fk->ref_schema : t->schema->name, fk->ref_table);
		rl.end = rl.line + 1;
		rl.other = sx_strdup(other);
		if (SX_VEC_PUSH(&st->rels, rl))
			free(rl.other);
	}
	for (s = 0; s < db->nschemas; s++)
		for (x = 0; x < db->schemas[s]->ntables; x++) {
			const sx_table *o = db->schemas[s]->tables[x];
			for (i = 0; i < o->nfks; i++) {
				const sx_fk *fk = &o->fks[i];
				rel_line rl = {0};
				char other[512];
				if (!fk_refers_to(o, fk, t))
					continue;
				snprintf(line, sizeof line, "%s.%s(%s%s)  declared", o->schema->name,
					 o->name, fk->ncols ? fk->cols[0] : "", fk->ncols > 1 ? ", …" : "");
				tui_doc_newline(d);
				rl.line = tui_doc_nlines(d);
				tui_doc_append(d, TS_PK, "  ← ", strlen("  ← "));
				tui_doc_append(d, TS_NORMAL, line, strlen(line));
				tui_doc_newline(d);
				sx_table_id(o, other, sizeof other);
				rl.end = rl.line + 1;
				rl.other = sx_strdup(other);
				if (SX_VEC_PUSH(&st->rels, rl))
					free(rl.other);
			}
		}
	(void)w;
}

/* The details document of the shown table at width w: header, map facts,
 * columns, indexes, relationships (with the lines a/r act on). Cheap:
 * everything comes from the model in memory. */
static void build_table_doc(tui_pane *p, int w)
{
	det_st *st = p->st;
	tui_app *app = p->app;
	tui_doc *d = &st->doc;
	sx_table *t = NULL;
	const sx_map_table *mt = NULL;
	char line[1024], cnt[32];
	size_t i;
	int nw = 4, tw = 4, kw = 3, pw = 0;
	const char *s;

	tui_doc_clear(d);
	rels_clear(st);
	st->built_w = w;
	st->col_first = st->col_last = 0;
	if (st->review) {
		build_review(p, w);
		return;
	}
	if (!st->id[0] || !app->cat || sx_catalog_resolve(app->cat, st->id, &t, NULL) || !t) {
		snprintf(p->title, sizeof p->title, "Details");
		tui_doc_line(d, TS_DIM, app->cat ? "select a table" : "loading…");
		return;
	}
	snprintf(p->title, sizeof p->title, "%s", t->name);
	if (t->row_count >= 0) {
		snprintf(cnt, sizeof cnt, "%lld", (long long)t->row_count);
		snprintf(line, sizeof line, "%s · %s · %s row%s%s", st->id, sx_rel_kind_name(t->kind),
			 cnt, t->row_count == 1 ? "" : "s", t->rows_exact ? "" : " (estimate)");
	} else {
		snprintf(line, sizeof line, "%s · %s", st->id, sx_rel_kind_name(t->kind));
	}
	tui_doc_line(d, TS_DIM, line);
	mt = app->map ? sx_dbmap_table(app->map, t) : NULL;
	/* The map's description often opens with the table comment: show
	 * the comment on its own only when the description does not. */
	if (t->comment && !(mt && mt->description &&
			    strncmp(mt->description, t->comment, strlen(t->comment)) == 0))
		para(d, TS_COMMENT, "", t->comment, w);
	if (mt) {
		if (mt->description)
			para(d, TS_NORMAL, "", mt->description, w);
		tui_doc_newline(d);
		tui_doc_append(d, TS_DIM, "domain ", 7);
		s = sx_map_domain_name(mt->domain);
		tui_doc_append(d, TS_DOMAIN, s, strlen(s));
		snprintf(line, sizeof line, " (%.2f)", mt->domain_confidence);
		tui_doc_append(d, TS_DIM, line, strlen(line));
		tui_doc_append(d, TS_DIM, "  sensitivity ", 14);
		s = sx_map_sensitivity_name(mt->sensitivity);
		tui_doc_append(d, mt->sensitivity >= SX_SENS_CONFIDENTIAL ? TS_PII : TS_NORMAL, s,
			       strlen(s));
		tui_doc_append(d, TS_DIM, "  updated ", 10);
		s = sx_map_freq_name(mt->frequency);
		tui_doc_append(d, TS_NORMAL, s, strlen(s));
		tui_doc_newline(d);
		if (mt->frequency_evidence) {
			snprintf(line, sizeof line, "update frequency: %s", mt->frequency_evidence);
			para(d, TS_DIM, "", line, w);
		}
	}
	tui_doc_line(d, TS_NORMAL, "");

	/* column widths from the content, capped so comments keep room */
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		int a = tui_strwidth(c->name, strlen(c->name));
		int b = c->type ? tui_strwidth(c->type, strlen(c->type)) : 0;
		const char *pii = pii_of(app->map, t, c->name);
		nw = a > nw ? a : nw;
		tw = b > tw ? b : tw;
		if (sx_table_col_fk(t, c->name))
			kw = kw < 6 ? 6 : kw;
		if (pii && (int)strlen(pii) > pw)
			pw = (int)strlen(pii);
	}
	nw = nw > 28 ? 28 : nw;
	tw = tw > 20 ? 20 : tw;
	if (pw && pw < 3)
		pw = 3;
	snprintf(line, sizeof line, "COLUMNS (%zu)", t->ncols);
	tui_doc_line(d, TS_HEADER, line);
	st->col_first = tui_doc_nlines(d);
	st->pin_w = 2 + nw + 1;
	tui_doc_append(d, TS_DIM, "  ", 2);
	cell(d, TS_DIM, "name", nw + 1);
	cell(d, TS_DIM, "type", tw + 1);
	cell(d, TS_DIM, "key", kw + 1);
	cell(d, TS_DIM, "null", 5);
	if (pw)
		cell(d, TS_DIM, "pii", pw + 1);
	tui_doc_append(d, TS_DIM, "comment", 7);
	tui_doc_newline(d);
	for (i = 0; i < t->ncols; i++) {
		const sx_column *c = &t->cols[i];
		bool pk = sx_table_col_in_pk(t, c->name);
		const sx_fk *fk = sx_table_col_fk(t, c->name);
		const char *pii = pii_of(app->map, t, c->name);
		char key[16];
		snprintf(key, sizeof key, "%s%s%s", pk ? "PK" : "", pk && fk ? " " : "", fk ? "FK" : "");
		tui_doc_append(d, TS_NORMAL, "  ", 2);
		cell(d, pk ? TS_PK : fk ? TS_FK : TS_NORMAL, c->name, nw + 1);
		cell(d, TS_TYPE, c->type ? c->type : "", tw + 1);
		cell(d, pk ? TS_PK : TS_FK, key, kw + 1);
		cell(d, c->nullable ? TS_NORMAL : TS_DIM, c->nullable ? "null" : "", 5);
		if (pw)
			cell(d, TS_PII, pii ? pii : "", pw + 1);
		if (c->comment) {
			char *clean = sx_sanitize(c->comment, false);
			if (clean)
				tui_doc_append(d, TS_COMMENT, clean, strlen(clean));
			free(clean);
		} else if (fk) {
			snprintf(line, sizeof line, "→ %s", fk->ref_table);
			tui_doc_append(d, TS_DIM, line, strlen(line));
		}
		tui_doc_newline(d);
	}
	st->col_last = tui_doc_nlines(d);
	if (t->nindexes) {
		tui_doc_line(d, TS_NORMAL, "");
		snprintf(line, sizeof line, "INDEXES (%zu)", t->nindexes);
		tui_doc_line(d, TS_HEADER, line);
		for (i = 0; i < t->nindexes; i++) {
			const sx_index *ix = &t->indexes[i];
			size_t k, len = 0;
			len += (size_t)snprintf(line, sizeof line, "  %s%s (", ix->unique ? "unique " : "",
						ix->key.name ? ix->key.name : "");
			for (k = 0; k < ix->key.ncols && len < sizeof line; k++)
				len += (size_t)snprintf(line + len, sizeof line - len, "%s%s", k ? ", " : "",
							ix->key.cols[k]);
			if (len < sizeof line)
				snprintf(line + len, sizeof line - len, ")");
			tui_doc_line(d, TS_NORMAL, line);
		}
	}
	tui_doc_line(d, TS_NORMAL, "");
	if (app->map)
		build_relations(st, app->map, t, w);
	else
		build_declared(st, app->cat, t, w);
	if (t->definition) {
		tui_doc_line(d, TS_NORMAL, "");
		tui_doc_line(d, TS_HEADER, "DEFINITION");
		tui_sql_to_doc(d, t->definition);
	}
	st->list.n = tui_doc_nlines(d);
	tui_list_set(&st->list, st->list.sel);
}

/* Shows another table; the content is built at the next draw (or the next
 * key). */
void tui_details_show(tui_pane *p, const char *table_id)
{
	det_st *st = p->st;
	/* the same table again (a reload after a decision): the cursor and
	 * the scroll stay where they were */
	if (table_id && strcmp(st->id, table_id) == 0)
		return;
	st->review = false;
	snprintf(st->id, sizeof st->id, "%s", table_id ? table_id : "");
	st->list.sel = st->list.top = 0;
	st->xoff = 0;
	st->built_w = 0;
	p->app->dirty = true;
}

void tui_details_review(tui_pane *p)
{
	det_st *st = p->st;
	st->review = true;
	st->list.sel = st->list.top = 0;
	st->xoff = 0;
	st->built_w = 0;
	p->app->dirty = true;
}

void tui_details_refresh(tui_pane *p)
{
	((det_st *)p->st)->built_w = 0;
	p->app->dirty = true;
}

/* ------------------------------------------------------------ pane */

/* The doc does not wrap here; the line cursor is the selection, highlighted
 * when the pane has focus. */
static void det_draw(tui_pane *p, tui_grid *g, tui_rect r, bool focused)
{
	det_st *st = p->st;
	tui_docview v = {0};
	if (st->built_w != r.w)
		build_table_doc(p, r.w);
	st->last_h = r.h;
	st->last_w = r.w;
	tui_list_scroll(&st->list, r.h);
	v.top = st->list.top;
	v.xoff = st->xoff;
	tui_docview_draw(&v, &st->doc, g, r);
	if (st->xoff > 0 && st->pin_w > 2 && st->pin_w < r.w / 2) {
		/* scrolled sideways: the column names stay, with a rule after */
		int y;
		for (y = 0; y < r.h; y++) {
			size_t line = st->list.top + (size_t)y;
			tui_docview pv = {0};
			tui_cell *c;
			if (line < st->col_first || line >= st->col_last)
				continue;
			pv.top = line;
			tui_grid_fill(g, (tui_rect){r.x, r.y + y, st->pin_w, 1}, ' ', TS_NORMAL);
			tui_docview_draw(&pv, &st->doc, g, (tui_rect){r.x, r.y + y, st->pin_w, 1});
			if ((c = tui_grid_at(g, r.x + st->pin_w - 1, r.y + y)) != NULL) {
				c->ch = tui_line_char(g, TUI_LV);
				c->style = TS_BORDER;
				c->flags = 0;
			}
		}
	}
	if (focused && st->list.n) {
		tui_rect row = {r.x, r.y + (int)(st->list.sel - st->list.top), r.w, 1};
		tui_grid_style(g, row, TS_SELECTED);
	}
}

/* The relationship under the cursor. */
static rel_line *rel_at(det_st *st)
{
	size_t i;
	/* the cursor on a relationship's line or on its evidence */
	for (i = 0; i < st->rels.n; i++)
		if (st->list.sel >= st->rels.v[i].line && st->list.sel < st->rels.v[i].end)
			return &st->rels.v[i];
	return NULL;
}

/* a and r: only inferred relationships take a decision. */
static void decide(tui_pane *p, const char *verb)
{
	det_st *st = p->st;
	rel_line *rl = rel_at(st);
	sx_error err = {0};
	if (!rl || !rl->rel_id || !rl->rel_id[0]) {
		tui_app_msg(p->app, TS_WARN,
			    p->app->map ? "move to an inferred relationship first (j/k)"
					: "this workspace has no map: analyse the source again");
		return;
	}
	if (!rl->inferred) {
		tui_app_msg(p->app, TS_WARN, "declared relationships need no decision");
		return;
	}
	if (tui_app_decide(p->app, rl->rel_id, verb, &err))
		tui_app_msg(p->app, TS_ERROR, "%s", err.msg);
}

/* Keys of the details pane. */
static bool det_action(tui_pane *p, int act)
{
	det_st *st = p->st;
	int page = st->last_h > 2 ? st->last_h - 1 : 1;
	rel_line *rl;
	/* the content is built when drawn; a key may come first */
	if (!st->built_w)
		build_table_doc(p, st->last_w > 0 ? st->last_w : 78);
	switch (act) {
	case TA_UP:
		tui_list_move(&st->list, -1);
		return true;
	case TA_DOWN:
		tui_list_move(&st->list, 1);
		return true;
	case TA_PAGE_UP:
		tui_list_move(&st->list, -page);
		return true;
	case TA_PAGE_DOWN:
		tui_list_move(&st->list, page);
		return true;
	case TA_TOP:
		tui_list_set(&st->list, 0);
		st->xoff = 0;
		return true;
	case TA_BOTTOM:
		tui_list_set(&st->list, st->list.n);
		return true;
	case TA_LEFT:
		st->xoff = st->xoff > 8 ? st->xoff - 8 : 0;
		return true;
	case TA_RIGHT:
		st->xoff += 8;
		return true;
	case TA_SELECT:
	case TA_OPEN:
		if ((rl = rel_at(st)) != NULL && rl->other) {
			char id[512];
			snprintf(id, sizeof id, "%s", rl->other);
			tui_app_goto_table(p->app, id);
			return true;
		}
		if (act == TA_OPEN && st->id[0]) {
			char id[512];
			snprintf(id, sizeof id, "%s", st->id);
			tui_app_goto_table(p->app, id);
			tui_app_focus(p->app, p->app->graph);
		}
		return true;
	case TA_COPY: {
		sx_table *t = NULL;
		if (st->id[0] && p->app->cat && !sx_catalog_resolve(p->app->cat, st->id, &t, NULL) && t &&
		    t->definition)
			tui_app_copy(p->app, t->definition);
		else
			tui_app_msg(p->app, TS_WARN, "no SQL here to copy (views show their definition)");
		return true;
	}
	case TA_ACCEPT:
		decide(p, "accept");
		return true;
	case TA_REJECT:
		decide(p, "reject");
		return true;
	case TA_UNDO:
		tui_app_undo_decision(p->app);
		return true;
	case TA_BACK:
		if (!st->review)
			return false;
		st->review = false;
		st->list.sel = st->list.top = 0;
		st->built_w = 0;
		return true;
	case TA_MARK_PATH:
		if (st->review)
			return false;
		if (st->id[0]) {
			char id[512];
			snprintf(id, sizeof id, "%s", st->id);
			tui_app_mark_path(p->app, id);
		}
		return true;
	default:
		return false;
	}
}

static void det_click(tui_pane *p, int x, int y)
{
	det_st *st = p->st;
	(void)x;
	if (y >= 0)
		tui_list_set(&st->list, st->list.top + (size_t)y);
}

static void det_wheel(tui_pane *p, int dir)
{
	det_st *st = p->st;
	tui_list_move(&st->list, dir * 3);
}

static void det_free(tui_pane *p)
{
	det_st *st = p->st;
	if (!st)
		return;
	tui_doc_release(&st->doc);
	rels_clear(st);
	SX_VEC_FREE(&st->rels);
	free(st);
}

static const int det_help[] = {TA_UP,     TA_DOWN,   TA_LEFT,      TA_RIGHT, TA_PAGE_UP,
			       TA_PAGE_DOWN, TA_TOP, TA_BOTTOM,    TA_SELECT, TA_OPEN,
			       TA_ACCEPT, TA_REJECT, TA_UNDO, TA_REVIEW, TA_MARK_PATH, TA_COPY,  TA_NONE};
static const char *const det_help_text[] = {
	"Enter on a relationship jumps to the table at its other end",
	"a / r accept or reject the inferred relationship under the cursor; u undoes the last",
	"the review queue (v, :review): undecided inferred links, most confident first; Esc leaves",
	NULL};

static const tui_pane_ops det_ops = {
	.name = "details",
	.draw = det_draw,
	.action = det_action,
	.click = det_click,
	.wheel = det_wheel,
	.help = det_help,
	.help_text = det_help_text,
	.free = det_free,
};

tui_pane *tui_pane_details_new(tui_app *app)
{
	tui_pane *p = sx_calloc(1, sizeof *p);
	det_st *st = sx_calloc(1, sizeof *st);
	if (!p || !st) {
		free(p);
		free(st);
		return NULL;
	}
	tui_doc_init(&st->doc);
	p->ops = &det_ops;
	p->app = app;
	p->st = st;
	snprintf(p->title, sizeof p->title, "Details");
	return p;
}
