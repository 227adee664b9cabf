/*
 * bench_complete.c - what one Tab costs: `sextant __complete tables` on a
 * workspace of 10,000 tables, run as the shell runs it (a new process per
 * Tab), in milliseconds per call. The goal is at most 50 ms.
 *
 * usage: bench_complete SEXTANT [NTABLES=10000] [CALLS=20]
 *
 * It generates a SQLite source of NTABLES small tables, analyses it into a
 * temporary workspace with `sextant analyze --no-sampling`, then times
 * CALLS completions each of: every table name (empty prefix), a prefix
 * that matches ten, a qualified prefix (main.t0001) and database names.
 * A benchmark: it prints numbers and asserts nothing about speed.
 */
#include <fcntl.h>
#include <spawn.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void gen(const char *path, int n)
{
	sqlite3 *h;
	char sql[256];
	unlink(path);
	if (sqlite3_open(path, &h) != SQLITE_OK)
		exit(1);
	sqlite3_exec(h, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN", NULL, NULL, NULL);
	for (int i = 0; i < n; i++) {
		snprintf(sql, sizeof sql, "CREATE TABLE t%05d (id INTEGER PRIMARY KEY, name TEXT, amount NUMERIC)", i);
		if (sqlite3_exec(h, sql, NULL, NULL, NULL) != SQLITE_OK) {
			fprintf(stderr, "gen: %s\n", sqlite3_errmsg(h));
			exit(1);
		}
	}
	sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(h);
}

/* CPU time (user + system) of the last child, in ms: wall time on a
 * loaded machine measures the other processes too. */
static double last_cpu_ms;

/* Runs argv with stdout into a file; the number of output lines, or -1. */
static long run_count(char *const argv[], const char *out)
{
	struct rusage ru;
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int st;
	long lines = 0;
	FILE *f;
	char buf[4096];
	size_t n, i;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	if (posix_spawn(&pid, argv[0], &fa, NULL, argv, environ) != 0)
		return -1;
	posix_spawn_file_actions_destroy(&fa);
	if (wait4(pid, &st, 0, &ru) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return -1;
	last_cpu_ms = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
		      (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	if (!(f = fopen(out, "r")))
		return -1;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		for (i = 0; i < n; i++)
			lines += buf[i] == '\n';
	fclose(f);
	return lines;
}

int main(int argc, char **argv)
{
	const char *bin = argc > 1 ? argv[1] : "sextant";
	int n = argc > 2 ? atoi(argv[2]) : 10000, calls = argc > 3 ? atoi(argv[3]) : 20;
	char dir[] = "/tmp/sxbenchcomp.XXXXXX", src[128], ws[128], out[128], cmd[1024];
	const char *cases[][2] = {{"tables", ""}, {"tables", "t0001"}, {"tables", "main.t0001"},
				  {"databases", ""}};
	size_t c;
	double worst = 0;

	if (!mkdtemp(dir))
		return 1;
	snprintf(src, sizeof src, "%s/src.sqlite", dir);
	snprintf(ws, sizeof ws, "%s/ws", dir);
	snprintf(out, sizeof out, "%s/out", dir);
	setenv("SEXTANT_LOG", "/dev/null", 1);
	gen(src, n);
	snprintf(cmd, sizeof cmd, "'%s' analyze '%s' --no-sampling --workspace '%s' >/dev/null 2>&1",
		 bin, src, ws);
	double t0 = now_ms();
	if (system(cmd) != 0) {
		fprintf(stderr, "bench_complete: analyze failed\n");
		return 1;
	}
	printf("workspace of %d tables analysed in %.1f s\n", n, (now_ms() - t0) / 1e3);
	for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		char *av[] = {(char *)bin, "__complete", (char *)cases[c][0], "--workspace", ws,
			      "--", (char *)cases[c][1], NULL};
		long words = run_count(av, out); /* warm the page cache */
		double best = 1e9, sum = 0, cpu = 0;
		for (int i = 0; i < calls; i++) {
			double t = now_ms(), d;
			if (run_count(av, out) != words)
				return fprintf(stderr, "bench_complete: varying output\n"), 1;
			d = now_ms() - t;
			sum += d;
			cpu += last_cpu_ms;
			best = d < best ? d : best;
		}
		printf("__complete %-9s %-12s %6ld words: %6.1f ms wall per call (best %.1f), "
		       "%5.1f ms CPU\n",
		       cases[c][0], cases[c][1][0] ? cases[c][1] : "''", words, sum / calls, best,
		       cpu / calls);
		if (best > worst)
			worst = best;
	}
	printf("slowest case, best of %d: %.1f ms per call; goal <= 50 ms: %s\n", calls, worst,
	       worst <= 50 ? "met" : "NOT met");
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return 1;
	return 0;
}
