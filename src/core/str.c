/*
 * str.c - sx_buf (growable strings), terminal sanitising, UTF-8 helpers.
 *
 * sx_buf records allocation failure instead of returning it from every
 * append, so building a long text needs one check at the end.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <sextant/core.h>

void sx_buf_release(sx_buf *b)
{
	free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
	b->oom = false;
}

void sx_buf_clear(sx_buf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

int sx_buf_grow(sx_buf *b, size_t extra)
{
	size_t need;
	if (b->oom)
		return SX_ENOMEM;
	need = b->len + extra + 1;
	if (need < extra) {
		b->oom = true;
		return SX_ENOMEM;
	}
	if (need > b->cap) {
		size_t ncap = b->cap ? b->cap : 64;
		char *p;
		while (ncap < need)
			ncap *= 2;
		p = sx_realloc(b->ptr, ncap);
		if (!p) {
			b->oom = true;
			return SX_ENOMEM;
		}
		b->ptr = p;
		b->cap = ncap;
	}
	return 0;
}

int sx_buf_put(sx_buf *b, const void *data, size_t n)
{
	if (sx_buf_grow(b, n))
		return SX_ENOMEM;
	if (n)
		memcpy(b->ptr + b->len, data, n);
	b->len += n;
	b->ptr[b->len] = '\0';
	return 0;
}

int sx_buf_puts(sx_buf *b, const char *s)
{
	return sx_buf_put(b, s ? s : "", s ? strlen(s) : 0);
}

int sx_buf_putc(sx_buf *b, char c)
{
	return sx_buf_put(b, &c, 1);
}

int sx_buf_vprintf(sx_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return SX_EINVAL;
	if (sx_buf_grow(b, (size_t)n))
		return SX_ENOMEM;
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int sx_buf_printf(sx_buf *b, const char *fmt, ...)
{
	va_list ap;
	int rc;
	va_start(ap, fmt);
	rc = sx_buf_vprintf(b, fmt, ap);
	va_end(ap);
	return rc;
}

const char *sx_buf_cstr(const sx_buf *b)
{
	return b->ptr ? b->ptr : "";
}

char *sx_buf_detach(sx_buf *b)
{
	char *p = b->ptr;
	if (!p)
		p = sx_strdup("");
	b->ptr = NULL;
	b->len = b->cap = 0;
	b->oom = false;
	return p;
}

bool sx_buf_failed(const sx_buf *b)
{
	return b->oom;
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 when the
 * bytes there are not one. Rejects overlongs, surrogates and > U+10FFFF. */
static size_t utf8_seq(const unsigned char *s, size_t n, unsigned *cp)
{
	unsigned c = s[0], v;
	size_t len, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		v = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		v = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
	    (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

bool sx_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	unsigned cp;
	while (i < n) {
		size_t l = utf8_seq(p + i, n - i, &cp);
		if (!l)
			return false;
		i += l;
	}
	return true;
}

int sx_buf_put_sanitized(sx_buf *b, const char *s, size_t n, bool keep_newlines)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	unsigned cp;

	if (!s)
		return 0;
	while (i < n) {
		size_t l = utf8_seq(p + i, n - i, &cp);
		if (!l) {
			sx_buf_putc(b, '?');
			i++;
			continue;
		}
		if (cp == '\n' || cp == '\t') {
			sx_buf_putc(b, keep_newlines ? (char)cp : ' ');
		} else if (cp == '\r') {
			/* dropped: a bare CR would move the cursor */
		} else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
			sx_buf_putc(b, '?');
		} else if (cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
			   (cp >= 0x2066 && cp <= 0x2069)) {
			/* bidi controls can reorder what the user sees */
			sx_buf_putc(b, '?');
		} else {
			sx_buf_put(b, p + i, l);
		}
		i += l;
	}
	return b->oom ? SX_ENOMEM : 0;
}

char *sx_sanitize(const char *s, bool keep_newlines)
{
	sx_buf b = SX_BUF_INIT;
	if (!s)
		return NULL;
	sx_buf_put_sanitized(&b, s, strlen(s), keep_newlines);
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return NULL;
	}
	return sx_buf_detach(&b);
}

size_t sx_utf8_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), i = 0, w = 0;
	unsigned cp;
	while (i < n) {
		size_t l = utf8_seq(p + i, n - i, &cp);
		int cw;
		if (!l) {
			w++;
			i++;
			continue;
		}
		cw = wcwidth((wchar_t)cp);
		/* wcwidth depends on the locale; without a UTF-8 one it says -1
		 * for every non-ASCII character, so count those as one cell. */
		w += cw < 0 ? (cp < 0x20 ? 0 : 1) : (size_t)cw;
		i += l;
	}
	return w;
}

bool sx_str_startswith(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool sx_str_endswith(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && memcmp(s + a - b, suffix, b) == 0;
}

bool sx_str_eq_nocase(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
		if (x >= 'A' && x <= 'Z')
			x += 32;
		if (y >= 'A' && y <= 'Z')
			y += 32;
		if (x != y)
			return false;
	}
	return *a == *b;
}

uint64_t sx_hash64(const void *data, size_t n)
{
	const unsigned char *p = data;
	uint64_t h = 1469598103934665603ULL;
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}
