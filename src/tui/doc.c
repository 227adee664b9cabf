/*
 * doc.c - styled text documents and the scrolling view over them.
 *
 * One model serves the stream view (tokens appended as they arrive), the
 * code view (SQL split into styled spans) and the diff view. Text is
 * sanitised on the way in (keeping newlines), tabs become spaces, and each
 * line keeps its spans and a cache of how many rows it wraps to at the
 * last width, so appending to a long stream re-wraps only the last line
 * and drawing touches only the rows on screen. UI thread only.
 */
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

void tui_doc_init(tui_doc *d)
{
	memset(d, 0, sizeof *d);
}

void tui_doc_clear(tui_doc *d)
{
	size_t i;
	for (i = 0; i < d->lines.n; i++) {
		free(d->lines.v[i].text);
		SX_VEC_FREE(&d->lines.v[i].spans);
	}
	d->lines.n = 0;
	d->bytes = 0;
	d->partial = false;
}

void tui_doc_release(tui_doc *d)
{
	tui_doc_clear(d);
	SX_VEC_FREE(&d->lines);
}

size_t tui_doc_nlines(const tui_doc *d)
{
	return d->lines.n;
}

/* The line appends go to: the last one while it is open, else a new one. */
static tui_line *open_line(tui_doc *d)
{
	tui_line l;
	if (d->partial && d->lines.n)
		return &d->lines.v[d->lines.n - 1];
	memset(&l, 0, sizeof l);
	if (SX_VEC_PUSH(&d->lines, l))
		return NULL;
	d->partial = true;
	return &d->lines.v[d->lines.n - 1];
}

/* Appends bytes in one style, merging with the last span when it has the
 * same style (a token stream would otherwise make a span per token). */
static int line_put(tui_line *l, int style, const char *s, size_t n)
{
	tui_span *last;
	if (!n)
		return 0;
	if (sx_grow((void **)&l->text, &l->cap, l->len + n + 1, 1))
		return SX_ENOMEM;
	memcpy(l->text + l->len, s, n);
	last = l->spans.n ? &l->spans.v[l->spans.n - 1] : NULL;
	if (last && last->style == style && last->off + last->len == l->len) {
		last->len += (uint32_t)n;
	} else {
		tui_span sp = {(uint32_t)l->len, (uint32_t)n, (uint8_t)style};
		if (SX_VEC_PUSH(&l->spans, sp))
			return SX_ENOMEM;
	}
	l->len += n;
	l->text[l->len] = 0;
	l->wrap_w = 0; /* re-wrap */
	return 0;
}

/* Streams arrive in pieces that may end mid-line: text joins the open line
 * until a newline closes it. */
int tui_doc_append(tui_doc *d, int style, const char *text, size_t n)
{
	sx_buf clean = SX_BUF_INIT;
	const char *p, *end;
	int rc = 0;

	if (sx_buf_put_sanitized(&clean, text, n, true) || sx_buf_failed(&clean)) {
		sx_buf_release(&clean);
		return SX_ENOMEM;
	}
	p = sx_buf_cstr(&clean);
	end = p + clean.len;
	while (p < end && !rc) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *stop = nl ? nl : end;
		tui_line *l = open_line(d);
		if (!l) {
			rc = SX_ENOMEM;
			break;
		}
		while (p < stop && !rc) {
			const char *tab = memchr(p, '\t', (size_t)(stop - p));
			const char *seg = tab ? tab : stop;
			rc = line_put(l, style, p, (size_t)(seg - p));
			if (tab && !rc)
				rc = line_put(l, style, "    ", 4);
			p = tab ? tab + 1 : stop;
		}
		if (nl) {
			d->partial = false;
			p = nl + 1;
		}
	}
	d->bytes += n;
	sx_buf_release(&clean);
	return rc;
}

void tui_doc_newline(tui_doc *d)
{
	d->partial = false;
}

int tui_doc_line(tui_doc *d, int style, const char *text)
{
	int rc;
	tui_doc_newline(d);
	if (!*text) {
		if (!open_line(d))
			return SX_ENOMEM;
		d->partial = false;
		return 0;
	}
	rc = tui_doc_append(d, style, text, strlen(text));
	d->partial = false;
	return rc;
}

char *tui_doc_text(const tui_doc *d)
{
	sx_buf b = SX_BUF_INIT;
	size_t i;
	for (i = 0; i < d->lines.n; i++) {
		sx_buf_put(&b, d->lines.v[i].text ? d->lines.v[i].text : "", d->lines.v[i].len);
		sx_buf_putc(&b, '\n');
	}
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return NULL;
	}
	return sx_buf_detach(&b);
}

int tui_doc_filter(const tui_doc *src, const char *needle, tui_doc *dst)
{
	size_t i, k;
	tui_doc_clear(dst);
	for (i = 0; i < src->lines.n; i++) {
		const tui_line *l = &src->lines.v[i];
		tui_line c;
		if (tui_find_nocase(l->text ? l->text : "", needle) < 0)
			continue;
		memset(&c, 0, sizeof c);
		if (l->len && !(c.text = sx_strndup(l->text, l->len)))
			return SX_ENOMEM;
		c.len = c.cap = l->len;
		for (k = 0; k < l->spans.n; k++)
			if (SX_VEC_PUSH(&c.spans, l->spans.v[k])) {
				free(c.text);
				SX_VEC_FREE(&c.spans);
				return SX_ENOMEM;
			}
		if (SX_VEC_PUSH(&dst->lines, c)) {
			free(c.text);
			SX_VEC_FREE(&c.spans);
			return SX_ENOMEM;
		}
		dst->bytes += l->len;
	}
	return 0;
}

/* ------------------------------------------------------------ wrapping */

/* The end of the row that starts at byte `start` when rows are w cells:
 * words move to the next row when they would be cut, unless one word is
 * wider than the row. *next is where the following row starts (the
 * spaces at a break are not carried over). */
static size_t wrap_end(const tui_line *l, size_t start, int w, size_t *next)
{
	size_t fit = start + tui_fit(l->text + start, l->len - start, w), i, end = fit;
	if (fit >= l->len) {
		*next = l->len;
		return l->len;
	}
	if (fit == start) {
		uint32_t cp;
		end = start + tui_utf8_dec(l->text + start, l->len - start, &cp);
	} else if (l->text[fit] != ' ') {
		for (i = fit; i > start; i--)
			if (l->text[i - 1] == ' ') {
				end = i;
				break;
			}
	}
	*next = end;
	while (*next < l->len && l->text[*next] == ' ')
		(*next)++;
	return end;
}

/* Rows of a line at width w, cached per width. */
static int line_rows(tui_line *l, int w)
{
	size_t p = 0, next;
	int rows = 0;
	if (w <= 0)
		return 1;
	if (l->wrap_w == w)
		return l->wrap_rows;
	if (!l->len) {
		rows = 1;
	} else {
		while (p < l->len) {
			wrap_end(l, p, w, &next);
			p = next;
			rows++;
		}
	}
	l->wrap_w = w;
	l->wrap_rows = rows;
	return rows;
}

/* Byte range of wrapped row `row` of l. */
static size_t row_range(const tui_line *l, int row, int w, size_t *end)
{
	size_t p = 0, next = 0, e = 0;
	for (;;) {
		if (p >= l->len) {
			*end = p;
			return p;
		}
		e = wrap_end(l, p, w, &next);
		if (row-- == 0)
			break;
		p = next;
	}
	*end = e;
	return p;
}

/* Rows a line takes in this view (1 when not wrapping). */
static int rows_of(tui_docview *v, tui_line *l, int w)
{
	return v->wrap ? line_rows(l, w) : 1;
}

/* Draws bytes [from, to) of a line at (x, y) with its spans. */
static void draw_segment(tui_grid *g, const tui_line *l, size_t from, size_t to, int x, int y,
			 int w)
{
	size_t i;
	int used = 0;
	for (i = 0; i < l->spans.n && used < w; i++) {
		const tui_span *s = &l->spans.v[i];
		size_t a = s->off, b = (size_t)s->off + s->len;
		if (b <= from || a >= to)
			continue;
		if (a < from)
			a = from;
		if (b > to)
			b = to;
		used += tui_grid_putn(g, x + used, y, w - used, s->style, l->text + a, b - a);
	}
}

/* An ellipsis in the last cell of a cut line; the right half of a wide
 * character takes its left half along. */
static void mark_cut(tui_grid *g, int x, int y)
{
	tui_cell *c = tui_grid_at(g, x, y);
	if (!c)
		return;
	if (c->flags & TUI_CELL_CONT) {
		tui_cell *l = tui_grid_at(g, x - 1, y);
		if (l)
			l->ch = ' ';
	}
	c->ch = g->ascii ? '~' : 0x2026;
	c->flags = 0;
}

/* Draws from the anchor (top line and row within it). Following walks back
 * from the end to fill the view, so only visible lines are wrapped. */
void tui_docview_draw(tui_docview *v, tui_doc *d, tui_grid *g, tui_rect r)
{
	int gutter = 0, tw, y, row;
	size_t li;

	v->last_h = r.h;
	v->last_w = r.w;
	if (r.w <= 0 || r.h <= 0)
		return;
	if (v->numbers) {
		size_t n = d->lines.n;
		gutter = 2;
		while (n >= 10) {
			n /= 10;
			gutter++;
		}
		gutter++;
		if (gutter >= r.w)
			gutter = 0;
	}
	tw = r.w - gutter;
	v->last_w = tw;
	if (!d->lines.n)
		return;
	if (v->top >= d->lines.n) {
		v->top = d->lines.n - 1;
		v->top_row = 0;
	}
	if (v->follow) {
		/* anchor the end: walk back until the view is full */
		int need = r.h;
		li = d->lines.n;
		while (li > 0) {
			int rows = rows_of(v, &d->lines.v[li - 1], tw);
			if (rows >= need) {
				v->top = li - 1;
				v->top_row = rows - need;
				break;
			}
			need -= rows;
			li--;
			v->top = 0;
			v->top_row = 0;
		}
	}
	if (v->top_row >= rows_of(v, &d->lines.v[v->top], tw))
		v->top_row = 0;
	y = 0;
	li = v->top;
	row = v->top_row;
	while (y < r.h && li < d->lines.n) {
		tui_line *l = &d->lines.v[li];
		int rows = rows_of(v, l, tw);
		for (; row < rows && y < r.h; row++, y++) {
			if (gutter && row == 0)
				tui_grid_printf(g, r.x, r.y + y, gutter, TS_DIM, "%*zu ", gutter - 1,
						li + 1);
			if (v->wrap) {
				size_t b, a = row_range(l, row, tw, &b);
				draw_segment(g, l, a, b, r.x + gutter, r.y + y, tw);
			} else {
				size_t a = tui_fit(l->text ? l->text : "", l->len, v->xoff);
				draw_segment(g, l, a, l->len, r.x + gutter, r.y + y, tw);
				/* a line longer than the view ends in an ellipsis, by
				 * display width (wide and Cyrillic text too) */
				if (l->len > a && tui_strwidth(l->text + a, l->len - a) > tw)
					mark_cut(g, r.x + gutter + tw - 1, r.y + y);
			}
		}
		row = 0;
		li++;
	}
}

void tui_docview_scroll(tui_docview *v, tui_doc *d, int rows, int width)
{
	int h = v->last_h > 0 ? v->last_h : 1, below;
	size_t li;
	if (!d->lines.n)
		return;
	if (width <= 0)
		width = v->last_w > 0 ? v->last_w : 80;
	if (v->top >= d->lines.n)
		v->top = d->lines.n - 1;
	while (rows < 0) {
		if (v->top_row > 0) {
			v->top_row--;
		} else if (v->top > 0) {
			v->top--;
			v->top_row = rows_of(v, &d->lines.v[v->top], width) - 1;
		} else {
			break;
		}
		rows++;
	}
	while (rows > 0) {
		if (v->top_row + 1 < rows_of(v, &d->lines.v[v->top], width)) {
			v->top_row++;
		} else if (v->top + 1 < d->lines.n) {
			v->top++;
			v->top_row = 0;
		} else {
			break;
		}
		rows--;
	}
	/* rows from the anchor to the end: when they fit, we are at the end */
	below = rows_of(v, &d->lines.v[v->top], width) - v->top_row;
	for (li = v->top + 1; li < d->lines.n && below <= h; li++)
		below += rows_of(v, &d->lines.v[li], width);
	v->follow = below <= h;
}

void tui_docview_hscroll(tui_docview *v, int dir)
{
	if (dir < 0)
		v->xoff = v->xoff > 8 ? v->xoff - 8 : 0;
	else
		v->xoff += 8;
}

void tui_docview_home(tui_docview *v)
{
	v->top = 0;
	v->top_row = 0;
	v->xoff = 0;
	v->follow = false;
}

void tui_docview_end(tui_docview *v)
{
	v->follow = true;
}
