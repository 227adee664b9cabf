/*
 * text.c - UTF-8 decoding, display widths and small formatting helpers.
 *
 * Widths come from wcwidth() under the UTF-8 locale the workbench sets up
 * (ui.c), so Cyrillic takes one cell and CJK two; without such a locale
 * every non-ASCII character counts as one cell. Case folding for filters
 * uses towlower() on code points, which folds Cyrillic as well as Latin.
 * Pure functions, any thread.
 */
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "tui_int.h"

size_t tui_utf8_dec(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t c;
	size_t len, i;

	if (!n)
		return 0;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if ((p[0] & 0xe0) == 0xc0) {
		len = 2;
		c = p[0] & 0x1f;
	} else if ((p[0] & 0xf0) == 0xe0) {
		len = 3;
		c = p[0] & 0x0f;
	} else if ((p[0] & 0xf8) == 0xf0) {
		len = 4;
		c = p[0] & 0x07;
	} else {
		goto bad;
	}
	if (len > n)
		goto bad;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			goto bad;
		c = (c << 6) | (p[i] & 0x3f);
	}
	/* overlong forms, surrogates and values past U+10FFFF are invalid */
	if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		goto bad;
	*cp = c;
	return len;
bad:
	*cp = 0xfffd;
	return 1;
}

size_t tui_utf8_enc(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

int tui_cpwidth(uint32_t cp)
{
	int w;
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
		return 1; /* shown as '?' */
	if (cp < 0x7f)
		return 1;
	w = wcwidth((wchar_t)cp);
	if (w < 0)
		return 1;
	return w > 2 ? 2 : w;
}

int tui_strwidth(const char *s, size_t n)
{
	size_t i = 0;
	int w = 0;
	while (i < n) {
		uint32_t cp;
		i += tui_utf8_dec(s + i, n - i, &cp);
		w += tui_cpwidth(cp);
	}
	return w;
}

size_t tui_fit(const char *s, size_t n, int w)
{
	size_t i = 0;
	int used = 0;
	while (i < n) {
		uint32_t cp;
		size_t l = tui_utf8_dec(s + i, n - i, &cp);
		int cw = tui_cpwidth(cp);
		if (used + cw > w)
			break;
		used += cw;
		i += l;
	}
	return i;
}

static uint32_t fold(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	return (uint32_t)towlower((wint_t)cp);
}

long tui_find_nocase(const char *hay, const char *needle)
{
	size_t hn = strlen(hay), nn = strlen(needle), i;
	if (!nn)
		return 0;
	for (i = 0; i < hn;) {
		size_t a = i, b = 0;
		uint32_t ca, cb;
		while (b < nn && a < hn) {
			size_t la = tui_utf8_dec(hay + a, hn - a, &ca);
			size_t lb = tui_utf8_dec(needle + b, nn - b, &cb);
			if (fold(ca) != fold(cb))
				break;
			a += la;
			b += lb;
		}
		if (b == nn)
			return (long)i;
		i += tui_utf8_dec(hay + i, hn - i, &ca);
	}
	return -1;
}

void tui_fmt_count(char *out, size_t n, int64_t v)
{
	static const char units[] = "kMGTP";
	double d;
	int u = -1;
	if (v < 0) {
		snprintf(out, n, "?");
		return;
	}
	if (v < 1000) {
		snprintf(out, n, "%lld", (long long)v);
		return;
	}
	d = (double)v;
	while (d >= 999.5 && u < 4) {
		d /= 1000.0;
		u++;
	}
	if (d < 9.95)
		snprintf(out, n, "%.1f%c", d, units[u]);
	else
		snprintf(out, n, "%.0f%c", d, units[u]);
}
