/*
 * bench_sqlite_analyze.c - analyse a generated 10,000-table SQLite database
 * and print tables per second and peak RSS.
 *
 * usage: bench_sqlite_analyze SEXTANT [NTABLES=10000]
 *
 * It generates the database (8 columns per table, an FK to an earlier table,
 * an index, a few rows), then runs `sextant analyze` on it as a child
 * process (wall time, and peak RSS from wait4's rusage), and times the
 * introspection alone in-process. A benchmark, not a test: it prints
 * numbers and asserts nothing about speed.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sextant/catalog.h>

static void gen(const char *path, int n)
{
	sqlite3 *h;
	char sql[1024];
	unlink(path);
	if (sqlite3_open(path, &h) != SQLITE_OK)
		exit(1);
	sqlite3_exec(h, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN", NULL, NULL, NULL);
	for (int i = 0; i < n; i++) {
		snprintf(sql, sizeof sql,
			 "CREATE TABLE t%05d (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
			 "amount NUMERIC(12,2), created_at TIMESTAMP, updated_at TIMESTAMP, "
			 "status VARCHAR(16) DEFAULT 'new', note TEXT, parent_id INTEGER%s);"
			 "CREATE INDEX t%05d_parent ON t%05d(parent_id);"
			 "INSERT INTO t%05d(name) VALUES ('a'),('b');",
			 i, "", i, i, i);
		if (i > 0) {
			/* an FK to an earlier table */
			char fk[128];
			snprintf(fk, sizeof fk, " REFERENCES t%05d(id)", i / 2);
			snprintf(sql, sizeof sql,
				 "CREATE TABLE t%05d (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
				 "amount NUMERIC(12,2), created_at TIMESTAMP, updated_at TIMESTAMP, "
				 "status VARCHAR(16) DEFAULT 'new', note TEXT, parent_id INTEGER%s);"
				 "CREATE INDEX t%05d_parent ON t%05d(parent_id);"
				 "INSERT INTO t%05d(name) VALUES ('a'),('b');",
				 i, fk, i, i, i);
		}
		if (sqlite3_exec(h, sql, NULL, NULL, NULL) != SQLITE_OK) {
			fprintf(stderr, "gen: %s\n", sqlite3_errmsg(h));
			exit(1);
		}
	}
	sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(h);
}

int main(int argc, char **argv)
{
	const char *bin = argc > 1 ? argv[1] : "./sextant";
	int n = argc > 2 ? atoi(argv[2]) : 10000;
	char dir[] = "/tmp/sxbench.XXXXXX", path[256], ws[256], cmd[1024];
	uint64_t t0, t1;
	struct rusage ru;
	int status;
	pid_t pid;
	sx_catalog *cat;
	sx_database *db;
	sx_error err;
	sx_source_opts opts = {0};

	if (!mkdtemp(dir))
		return 1;
	snprintf(path, sizeof path, "%s/bench%d.sqlite", dir, n);
	snprintf(ws, sizeof ws, "%s/ws", dir);
	t0 = sx_now_ns();
	gen(path, n);
	printf("generated %d tables in %.2f s\n", n, (double)(sx_now_ns() - t0) / 1e9);

	/* in-process introspection only */
	sx_catalog_new(&cat, &err);
	t0 = sx_now_ns();
	if (sx_source_introspect(cat, path, &opts, &db, &err)) {
		fprintf(stderr, "introspect: %s\n", err.msg);
		return 1;
	}
	t1 = sx_now_ns();
	printf("introspection: %zu tables in %.3f s = %.0f tables/s, %lld queries\n",
	       sx_database_table_count(db), (double)(t1 - t0) / 1e9,
	       (double)sx_database_table_count(db) / ((double)(t1 - t0) / 1e9),
	       (long long)db->round_trips);
	sx_catalog_free(cat);

	/* the whole command: introspect + save to a fresh workspace */
	fflush(stdout);
	t0 = sx_now_ns();
	pid = fork();
	if (pid == 0) {
		freopen("/dev/null", "w", stdout);
		execl(bin, bin, "analyze", path, "--workspace", ws, (char *)NULL);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "sextant analyze failed\n");
		return 1;
	}
	t1 = sx_now_ns();
	printf("sextant analyze: %d tables in %.3f s = %.0f tables/s, peak RSS %.1f MB\n", n,
	       (double)(t1 - t0) / 1e9, n / ((double)(t1 - t0) / 1e9), ru.ru_maxrss / 1024.0);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd);
}
