/*
 * widgets.c - the two small widgets panes share: a selection list with
 * scrolling, a one-line UTF-8 editor (tree filter, search query), and the
 * '/' filter line of the panes built on it.
 * UI thread only.
 */
#include <string.h>

#include "tui_int.h"

void tui_list_set(tui_list *l, size_t sel)
{
	l->sel = l->n ? (sel < l->n ? sel : l->n - 1) : 0;
}

void tui_list_move(tui_list *l, long delta)
{
	long s = (long)l->sel + delta;
	if (!l->n) {
		l->sel = 0;
		return;
	}
	if (s < 0)
		s = 0;
	if (s >= (long)l->n)
		s = (long)l->n - 1;
	l->sel = (size_t)s;
}

void tui_list_scroll(tui_list *l, int h)
{
	if (h <= 0)
		return;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + (size_t)h)
		l->top = l->sel - (size_t)h + 1;
	if (l->n <= (size_t)h)
		l->top = 0;
	else if (l->top + (size_t)h > l->n)
		l->top = l->n - (size_t)h;
}

void tui_input_set(tui_input *in, const char *s)
{
	size_t n = strlen(s);
	if (n >= sizeof in->buf)
		n = sizeof in->buf - 1;
	/* never cut a UTF-8 sequence in half */
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	memcpy(in->buf, s, n);
	in->buf[n] = 0;
	in->len = in->cur = n;
}

static size_t prev_char(const tui_input *in, size_t p)
{
	if (!p)
		return 0;
	p--;
	while (p > 0 && ((unsigned char)in->buf[p] & 0xc0) == 0x80)
		p--;
	return p;
}

static size_t next_char(const tui_input *in, size_t p)
{
	uint32_t cp;
	return p < in->len ? p + tui_utf8_dec(in->buf + p, in->len - p, &cp) : p;
}

static void delete_range(tui_input *in, size_t a, size_t b)
{
	memmove(in->buf + a, in->buf + b, in->len - b + 1);
	in->len -= b - a;
	in->cur = a;
}

bool tui_input_key(tui_input *in, int key, bool *handled)
{
	*handled = true;
	switch (key) {
	case TK_BACKSPACE:
	case 127:
	case 8:
		if (!in->cur)
			return false;
		delete_range(in, prev_char(in, in->cur), in->cur);
		return true;
	case TK_DEL:
	case 4: /* C-d */
		if (in->cur >= in->len)
			return false;
		delete_range(in, in->cur, next_char(in, in->cur));
		return true;
	case TK_LEFT:
	case 2: /* C-b */
		in->cur = prev_char(in, in->cur);
		return false;
	case TK_RIGHT:
	case 6: /* C-f */
		in->cur = next_char(in, in->cur);
		return false;
	case TK_HOME:
	case 1: /* C-a */
		in->cur = 0;
		return false;
	case TK_END:
	case 5: /* C-e */
		in->cur = in->len;
		return false;
	case 21: /* C-u */
		if (!in->cur)
			return false;
		delete_range(in, 0, in->cur);
		return true;
	case 11: /* C-k */
		if (in->cur >= in->len)
			return false;
		in->buf[in->cur] = 0;
		in->len = in->cur;
		return true;
	case 23: { /* C-w: the word before the cursor */
		size_t p = in->cur;
		while (p > 0 && in->buf[p - 1] == ' ')
			p--;
		while (p > 0 && in->buf[p - 1] != ' ')
			p = prev_char(in, p);
		if (p == in->cur)
			return false;
		delete_range(in, p, in->cur);
		return true;
	}
	default:
		break;
	}
	if (key >= 32 && key < TK_BASE && key != 127) {
		char u[4];
		size_t n = tui_utf8_enc((uint32_t)key, u);
		if (in->len + n >= sizeof in->buf)
			return false;
		memmove(in->buf + in->cur + n, in->buf + in->cur, in->len - in->cur + 1);
		memcpy(in->buf + in->cur, u, n);
		in->len += n;
		in->cur += n;
		return true;
	}
	*handled = false;
	return false;
}

int tui_input_draw(const tui_input *in, tui_grid *g, int x, int y, int w, int style)
{
	int before = tui_strwidth(in->buf, in->cur), skip = 0;
	size_t from = 0;
	if (w <= 1)
		return x;
	/* scroll so the cursor stays inside */
	if (before >= w - 1)
		skip = before - (w - 2);
	while (skip > 0 && from < in->len) {
		uint32_t cp;
		size_t l = tui_utf8_dec(in->buf + from, in->len - from, &cp);
		skip -= tui_cpwidth(cp);
		from += l;
	}
	tui_grid_putn(g, x, y, w, style, in->buf + from, in->len - from);
	return x + tui_strwidth(in->buf + from, in->cur - from);
}

void tui_filterline_open(tui_filterline *f)
{
	tui_input_set(&f->in, "");
	f->editing = true;
}

bool tui_filterline_shown(const tui_filterline *f)
{
	return f->editing || f->in.len;
}

bool tui_filterline_key(tui_filterline *f, int key, bool *changed)
{
	bool handled;
	*changed = false;
	if (!f->editing)
		return false;
	switch (key) {
	case TK_ENTER:
	case TK_CJ:
		f->editing = false;
		return true;
	case TK_ESC:
		f->editing = false;
		*changed = f->in.len > 0;
		tui_input_set(&f->in, "");
		return true;
	case TK_TAB:
	case TK_BTAB:
		f->editing = false;
		return false;
	default:
		break;
	}
	*changed = tui_input_key(&f->in, key, &handled);
	return handled;
}

void tui_filterline_draw(const tui_filterline *f, tui_grid *g, int x, int y, int w, bool focused)
{
	int cx;
	if (w < 3)
		return;
	tui_grid_put(g, x, y, 1, TS_PROMPT, "/");
	cx = tui_input_draw(&f->in, g, x + 1, y, w - 1, TS_INPUT);
	if (f->editing && focused) {
		g->cur_x = cx;
		g->cur_y = y;
		g->cur_vis = true;
	}
}
