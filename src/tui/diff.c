/*
 * diff.c - the diff view's styling of a unified diff (the diff itself is
 * core's sx_diff_unified).
 */
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

int tui_diff_to_doc(tui_doc *d, const char *unified)
{
	const char *p = unified;
	int rc = 0;
	tui_doc_newline(d);
	while (*p && !rc) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		int st = TS_NORMAL;
		if (n >= 3 && (strncmp(p, "+++", 3) == 0 || strncmp(p, "---", 3) == 0))
			st = TS_DIFF_FILE;
		else if (n >= 2 && strncmp(p, "@@", 2) == 0)
			st = TS_DIFF_HUNK;
		else if (*p == '+')
			st = TS_DIFF_ADD;
		else if (*p == '-')
			st = TS_DIFF_DEL;
		else if (strncmp(p, "diff ", 5) == 0 || strncmp(p, "index ", 6) == 0)
			st = TS_DIFF_FILE;
		rc = tui_doc_append(d, st, p, n);
		tui_doc_newline(d);
		if (!rc && n == 0)
			rc = tui_doc_line(d, TS_NORMAL, "");
		p += n + (nl ? 1 : 0);
	}
	return rc;
}
