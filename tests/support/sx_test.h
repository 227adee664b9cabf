/*
 * sx_test.h - small helpers shared by the C tests: cmocka includes, temp
 * directories, running SQL on a scratch SQLite file.
 */
#ifndef SX_TEST_H
#define SX_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Creates a fresh directory under $TMPDIR (or /tmp); returns a static
 * buffer that stays valid until the next call. */
static inline const char *sx_test_tmpdir(const char *tag)
{
	static char dir[512];
	const char *base = getenv("TMPDIR");
	snprintf(dir, sizeof dir, "%s/sxtest-%s-XXXXXX", base && *base ? base : "/tmp", tag);
	if (!mkdtemp(dir))
		fail_msg("mkdtemp failed for %s", dir);
	return dir;
}

/* rm -rf, for test cleanup only */
static inline void sx_test_rmrf(const char *path)
{
	char cmd[1200];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
	if (system(cmd) != 0)
		fprintf(stderr, "warning: could not remove %s\n", path);
}

#endif
