/*
 * grid.c - the cell grid every pane draws into.
 *
 * A grid is w x h cells, each one code point and a style role. Panes never
 * call curses: they write here, term.c copies the grid to the terminal and
 * tests serialise it (tui_grid_dump) into golden files. Because every
 * character reaches the terminal through tui_grid_putn, which turns
 * controls and bidi overrides into '?', no text from a database or a model
 * can steer the terminal. Wide characters take two cells; the second is
 * marked TUI_CELL_CONT. UI thread only.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

/* Resizing clears: the next frame draws everything anyway. */
int tui_grid_resize(tui_grid *g, int w, int h)
{
	tui_cell *c;
	if (w < 1)
		w = 1;
	if (h < 1)
		h = 1;
	if (w == g->w && h == g->h && g->cells)
		return 0;
	c = sx_calloc((size_t)w * (size_t)h, sizeof *c);
	if (!c)
		return SX_ENOMEM;
	free(g->cells);
	g->cells = c;
	g->w = w;
	g->h = h;
	tui_grid_clear(g, TS_NORMAL);
	return 0;
}

void tui_grid_release(tui_grid *g)
{
	free(g->cells);
	g->cells = NULL;
	g->w = g->h = 0;
}

void tui_grid_clear(tui_grid *g, int style)
{
	tui_rect r = {0, 0, g->w, g->h};
	tui_grid_fill(g, r, ' ', style);
	g->cur_vis = false;
}

/* A cell, or NULL outside the grid. */
tui_cell *tui_grid_at(tui_grid *g, int x, int y)
{
	if (x < 0 || y < 0 || x >= g->w || y >= g->h)
		return NULL;
	return &g->cells[(size_t)y * (size_t)g->w + (size_t)x];
}

/* Clips r to the grid. */
static tui_rect clip(const tui_grid *g, tui_rect r)
{
	if (r.x < 0) {
		r.w += r.x;
		r.x = 0;
	}
	if (r.y < 0) {
		r.h += r.y;
		r.y = 0;
	}
	if (r.x + r.w > g->w)
		r.w = g->w - r.x;
	if (r.y + r.h > g->h)
		r.h = g->h - r.y;
	if (r.w < 0)
		r.w = 0;
	if (r.h < 0)
		r.h = 0;
	return r;
}

/* Writing over half of a wide character blanks its other half, so the
 * terminal never shows a torn glyph. */
static void set_cell(tui_grid *g, int x, int y, uint32_t ch, int style, uint8_t flags)
{
	tui_cell *c = tui_grid_at(g, x, y), *o;
	if (!c)
		return;
	if (c->flags & TUI_CELL_CONT) {
		if ((o = tui_grid_at(g, x - 1, y)) != NULL)
			o->ch = ' ', o->flags = 0;
	} else if ((o = tui_grid_at(g, x + 1, y)) != NULL && (o->flags & TUI_CELL_CONT) &&
		   !(flags & TUI_CELL_CONT)) {
		o->ch = ' ';
		o->flags = 0;
	}
	c->ch = ch;
	c->style = (uint8_t)style;
	c->flags = flags;
}

void tui_grid_fill(tui_grid *g, tui_rect r, uint32_t ch, int style)
{
	int x, y;
	r = clip(g, r);
	for (y = r.y; y < r.y + r.h; y++)
		for (x = r.x; x < r.x + r.w; x++)
			set_cell(g, x, y, ch, style, 0);
}

void tui_grid_style(tui_grid *g, tui_rect r, int style)
{
	int x, y;
	r = clip(g, r);
	for (y = r.y; y < r.y + r.h; y++)
		for (x = r.x; x < r.x + r.w; x++)
			g->cells[(size_t)y * (size_t)g->w + (size_t)x].style = (uint8_t)style;
}

/* Code points that must never reach a terminal: C0/C1 controls, DEL, bidi
 * embedding and isolate controls, marks and BOM. */
static bool unsafe(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x202a && cp <= 0x202e) ||
	       (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f || cp == 0xfeff;
}

int tui_grid_putn(tui_grid *g, int x, int y, int maxw, int style, const char *s, size_t n)
{
	size_t i = 0;
	int used = 0;
	if (y < 0 || y >= g->h || maxw <= 0)
		return 0;
	if (x + maxw > g->w)
		maxw = g->w - x;
	while (i < n && used < maxw) {
		uint32_t cp;
		int cw;
		i += tui_utf8_dec(s + i, n - i, &cp);
		if (unsafe(cp))
			cp = '?';
		cw = tui_cpwidth(cp);
		if (cw == 0)
			continue; /* combining marks are dropped: one code point per cell */
		if (used + cw > maxw) {
			/* a wide character that does not fit leaves a blank */
			set_cell(g, x + used, y, ' ', style, 0);
			used++;
			break;
		}
		if (x + used >= 0) {
			set_cell(g, x + used, y, cp, style, 0);
			if (cw == 2)
				set_cell(g, x + used + 1, y, 0, style, TUI_CELL_CONT);
		}
		used += cw;
	}
	return used;
}

int tui_grid_put(tui_grid *g, int x, int y, int maxw, int style, const char *s)
{
	return s ? tui_grid_putn(g, x, y, maxw, style, s, strlen(s)) : 0;
}

int tui_grid_put_trunc(tui_grid *g, int x, int y, int maxw, int style, const char *s)
{
	size_t n;
	int w;
	if (!s || maxw <= 0)
		return 0;
	n = strlen(s);
	w = tui_strwidth(s, n);
	if (w <= maxw)
		return tui_grid_putn(g, x, y, maxw, style, s, n);
	n = tui_fit(s, n, maxw - 1);
	w = tui_grid_putn(g, x, y, maxw - 1, style, s, n);
	set_cell(g, x + w, y, g->ascii ? '~' : 0x2026, style, 0);
	return w + 1;
}

int tui_grid_printf(tui_grid *g, int x, int y, int maxw, int style, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	/* a message cut short says so */
	return tui_grid_put_trunc(g, x, y, maxw, style, buf);
}

static const uint32_t lines_utf8[TUI_LN_] = {
    0x2500, 0x2502, 0x250c, 0x2510, 0x2514, 0x2518, 0x254c, 0x254e, 0x25b6, 0x25c0, 0x25b2,
    0x25bc, 0x253c, 0x2588, 0x2591, 0x2022, 0x25be, 0x25b8, 0x251c, 0x2524, 0x252c, 0x2534,
};
static const uint32_t lines_ascii[TUI_LN_] = {
    '-', '|', '+', '+', '+', '+', '.', ':', '>', '<', '^',
    'v', '+', '#', '.', '*', 'v', '>', '+', '+', '+', '+',
};

/* Line-drawing characters, or their ASCII stand-ins ([ui] ascii). */
uint32_t tui_line_char(const tui_grid *g, int which)
{
	return g->ascii ? lines_ascii[which] : lines_utf8[which];
}

void tui_grid_hline(tui_grid *g, int x, int y, int w, int style)
{
	tui_rect r = {x, y, w, 1};
	tui_grid_fill(g, r, tui_line_char(g, TUI_LH), style);
}

void tui_grid_vline(tui_grid *g, int x, int y, int h, int style)
{
	tui_rect r = {x, y, 1, h};
	tui_grid_fill(g, r, tui_line_char(g, TUI_LV), style);
}

/* A frame; the title is drawn by the caller when it wants it last. */
void tui_grid_box(tui_grid *g, tui_rect r, int style, const char *title, int title_style)
{
	if (r.w < 2 || r.h < 2)
		return;
	tui_grid_hline(g, r.x + 1, r.y, r.w - 2, style);
	tui_grid_hline(g, r.x + 1, r.y + r.h - 1, r.w - 2, style);
	tui_grid_vline(g, r.x, r.y + 1, r.h - 2, style);
	tui_grid_vline(g, r.x + r.w - 1, r.y + 1, r.h - 2, style);
	set_cell(g, r.x, r.y, tui_line_char(g, TUI_LTL), style, 0);
	set_cell(g, r.x + r.w - 1, r.y, tui_line_char(g, TUI_LTR), style, 0);
	set_cell(g, r.x, r.y + r.h - 1, tui_line_char(g, TUI_LBL), style, 0);
	set_cell(g, r.x + r.w - 1, r.y + r.h - 1, tui_line_char(g, TUI_LBR), style, 0);
	if (title && *title && r.w > 6) {
		int w = tui_grid_put_trunc(g, r.x + 2, r.y, r.w - 5, title_style, title);
		(void)w;
	}
}

/* ------------------------------------------------------------ serialise */

static const char style_letters[] =
	".abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/* A colour as a theme file writes it, for the golden legend. */
static void put_color(sx_buf *out, tui_color c)
{
	static const char *const names[16] = {
		"black",        "red",          "green",        "yellow",
		"blue",         "magenta",      "cyan",         "white",
		"bright-black", "bright-red",   "bright-green", "bright-yellow",
		"bright-blue",  "bright-magenta", "bright-cyan", "bright-white"};
	switch (c.kind) {
	case TC_DEFAULT:
		sx_buf_puts(out, "default");
		break;
	case TC_ANSI:
		sx_buf_puts(out, names[c.v & 15]);
		break;
	case TC_INDEX:
		sx_buf_printf(out, "%u", c.v);
		break;
	case TC_RGB:
		sx_buf_printf(out, "#%06x", c.v);
		break;
	}
}

void tui_grid_dump(const tui_grid *g, const struct tui_theme *th, sx_buf *out)
{
	bool used[TS_COUNT_] = {0};
	int x, y, s;

	for (y = 0; y < g->h; y++) {
		size_t start = out->len, keep;
		for (x = 0; x < g->w; x++) {
			const tui_cell *c = &g->cells[(size_t)y * (size_t)g->w + (size_t)x];
			char u[4];
			if (c->flags & TUI_CELL_CONT)
				continue;
			sx_buf_put(out, u, tui_utf8_enc(c->ch ? c->ch : ' ', u));
		}
		/* trailing blanks make golden diffs noisy; the style rows keep
		 * the full width */
		keep = out->len;
		while (keep > start && out->ptr[keep - 1] == ' ')
			keep--;
		out->len = keep;
		sx_buf_putc(out, '\n');
	}
	sx_buf_puts(out, "-- styles\n");
	for (y = 0; y < g->h; y++) {
		for (x = 0; x < g->w; x++) {
			const tui_cell *c = &g->cells[(size_t)y * (size_t)g->w + (size_t)x];
			int st = c->style < TS_COUNT_ ? c->style : 0;
			used[st] = true;
			sx_buf_putc(out, style_letters[st]);
		}
		sx_buf_putc(out, '\n');
	}
	if (g->cur_vis)
		sx_buf_printf(out, "-- cursor %d,%d\n", g->cur_x, g->cur_y);
	sx_buf_puts(out, "-- legend\n");
	for (s = 0; s < TS_COUNT_; s++) {
		if (!used[s])
			continue;
		sx_buf_printf(out, "%c %s", style_letters[s], tui_style_name(s));
		if (th) {
			const tui_style_def *d = &th->st[s];
			sx_buf_puts(out, " fg=");
			put_color(out, d->fg);
			sx_buf_puts(out, " bg=");
			put_color(out, d->bg);
			if (d->attrs & TA_BOLD)
				sx_buf_puts(out, " bold");
			if (d->attrs & TA_DIM)
				sx_buf_puts(out, " dim");
			if (d->attrs & TA_UNDERLINE)
				sx_buf_puts(out, " underline");
			if (d->attrs & TA_REVERSE)
				sx_buf_puts(out, " reverse");
			if (d->attrs & TA_ITALIC)
				sx_buf_puts(out, " italic");
		}
		sx_buf_putc(out, '\n');
	}
}
