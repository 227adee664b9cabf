/*
 * diff.c - unified line diffs (sx_diff_unified in core.h): the reflection
 * history keeps one per artifact and iteration, and the TUI's diff view
 * shows them.
 *
 * Myers' O(ND) algorithm on lines after trimming the common prefix and
 * suffix, which is where revisions of one file spend most of their lines.
 * The trace of V arrays costs (D+1) x (2(N+M)+1) ints, so past a budget
 * the middle is reported as one replaced block instead. Output is a
 * standard unified diff with three lines of context. Pure, any thread.
 */
#include <stdlib.h>
#include <string.h>

#include <sextant/core.h>

typedef struct {
	const char *p;
	size_t n;
} lref;

static size_t split_lines(const char *s, lref **out)
{
	size_t n = 0, cap = 0;
	lref *v = NULL;
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		if (sx_grow((void **)&v, &cap, n + 1, sizeof *v)) {
			free(v);
			*out = NULL;
			return (size_t)-1;
		}
		v[n].p = s;
		v[n].n = len;
		n++;
		s += len + (nl ? 1 : 0);
	}
	*out = v;
	return n;
}

static bool leq(const lref *a, const lref *b)
{
	return a->n == b->n && memcmp(a->p, b->p, a->n) == 0;
}

/* Edit ops: ' ' keep (a and b advance), '-' delete (a), '+' insert (b). */
typedef SX_VEC(char) opvec;

#define MAX_TRACE (32u << 20) /* ints of trace we allow (128 MB would be silly) */

static int myers(const lref *a, long n, const lref *b, long m, opvec *ops)
{
	long max = n + m, d, k, off = max + 1;
	size_t width = (size_t)(2 * max + 3);
	long *v, *trace = NULL;
	size_t tcap = 0, tn = 0;
	long x, y, found = -1;
	opvec rev = {0};
	int rc = 0;

	if (!n && !m)
		return 0;
	v = sx_calloc(width, sizeof *v);
	if (!v)
		return SX_ENOMEM;
	for (d = 0; d <= max && found < 0; d++) {
		if ((tn + 1) * width > MAX_TRACE)
			break;
		if (sx_grow((void **)&trace, &tcap, (tn + 1) * width, sizeof *trace)) {
			rc = SX_ENOMEM;
			goto done;
		}
		memcpy(trace + tn * width, v, width * sizeof *v);
		tn++;
		for (k = -d; k <= d; k += 2) {
			if (k == -d || (k != d && v[off + k - 1] < v[off + k + 1]))
				x = v[off + k + 1];
			else
				x = v[off + k - 1] + 1;
			y = x - k;
			while (x < n && y < m && leq(&a[x], &b[y]))
				x++, y++;
			v[off + k] = x;
			if (x >= n && y >= m) {
				found = d;
				break;
			}
		}
	}
	if (found < 0) {
		/* too different for the budget: one block */
		for (x = 0; x < n; x++)
			SX_VEC_PUSH(ops, '-');
		for (y = 0; y < m; y++)
			SX_VEC_PUSH(ops, '+');
		goto done;
	}
	/* walk the trace back from (n, m) */
	x = n;
	y = m;
	for (d = found; d > 0; d--) {
		long *pv = trace + (size_t)d * width, px, py, pk;
		k = x - y;
		if (k == -d || (k != d && pv[off + k - 1] < pv[off + k + 1]))
			pk = k + 1;
		else
			pk = k - 1;
		px = pv[off + pk];
		py = px - pk;
		while (x > px && y > py) {
			SX_VEC_PUSH(&rev, ' ');
			x--, y--;
		}
		if (x == px)
			SX_VEC_PUSH(&rev, '+'), y--;
		else
			SX_VEC_PUSH(&rev, '-'), x--;
	}
	while (x > 0 && y > 0) {
		SX_VEC_PUSH(&rev, ' ');
		x--, y--;
	}
	for (k = (long)rev.n - 1; k >= 0; k--)
		if (SX_VEC_PUSH(ops, rev.v[k]))
			rc = SX_ENOMEM;
done:
	free(v);
	free(trace);
	SX_VEC_FREE(&rev);
	return rc;
}

static void put_line(sx_buf *out, char tag, const lref *l)
{
	sx_buf_putc(out, tag);
	sx_buf_put(out, l->p, l->n);
	sx_buf_putc(out, '\n');
}

int sx_diff_unified(const char *sa, const char *sb, const char *name_a, const char *name_b,
		     sx_buf *out)
{
	lref *a = NULL, *b = NULL;
	size_t na = split_lines(sa, &a), nb = split_lines(sb, &b), pre = 0, suf = 0, i;
	opvec ops = {0};
	size_t *ai = NULL, *bi = NULL;
	int rc = 0, ctx = 3;

	if (na == (size_t)-1 || nb == (size_t)-1) {
		rc = SX_ENOMEM;
		goto done;
	}
	while (pre < na && pre < nb && leq(&a[pre], &b[pre]))
		pre++;
	while (suf < na - pre && suf < nb - pre && leq(&a[na - 1 - suf], &b[nb - 1 - suf]))
		suf++;
	for (i = 0; i < pre; i++)
		SX_VEC_PUSH(&ops, ' ');
	if ((rc = myers(a + pre, (long)(na - pre - suf), b + pre, (long)(nb - pre - suf), &ops)))
		goto done;
	for (i = 0; i < suf; i++)
		SX_VEC_PUSH(&ops, ' ');
	if (ops.n != 0 && (ops.n < na || ops.n < nb)) {
		rc = SX_ENOMEM; /* a push failed */
		goto done;
	}
	/* positions in a and b before each op */
	ai = sx_calloc(ops.n + 1, sizeof *ai);
	bi = sx_calloc(ops.n + 1, sizeof *bi);
	if (!ai || !bi) {
		rc = SX_ENOMEM;
		goto done;
	}
	for (i = 0; i < ops.n; i++) {
		ai[i + 1] = ai[i] + (ops.v[i] != '+');
		bi[i + 1] = bi[i] + (ops.v[i] != '-');
	}
	sx_buf_printf(out, "--- %s\n+++ %s\n", name_a, name_b);
	for (i = 0; i < ops.n;) {
		size_t start, end, j, last;
		if (ops.v[i] == ' ') {
			i++;
			continue;
		}
		/* a hunk: changes closer than 2*ctx keep together */
		start = i > (size_t)ctx ? i - (size_t)ctx : 0;
		last = i;
		for (j = i; j < ops.n; j++) {
			if (ops.v[j] != ' ')
				last = j;
			else if (j - last > (size_t)(2 * ctx))
				break;
		}
		end = last + 1 + (size_t)ctx;
		if (end > ops.n)
			end = ops.n;
		sx_buf_printf(out, "@@ -%zu,%zu +%zu,%zu @@\n", ai[start] + (ai[end] > ai[start]),
			      ai[end] - ai[start], bi[start] + (bi[end] > bi[start]),
			      bi[end] - bi[start]);
		for (j = start; j < end; j++) {
			if (ops.v[j] == '+')
				put_line(out, '+', &b[bi[j]]);
			else
				put_line(out, ops.v[j], &a[ai[j]]);
		}
		i = end;
	}
	if (sx_buf_failed(out))
		rc = SX_ENOMEM;
done:
	free(a);
	free(b);
	free(ai);
	free(bi);
	SX_VEC_FREE(&ops);
	return rc;
}

