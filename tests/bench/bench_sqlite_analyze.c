/*
 * bench_sqlite_analyze.c - analyse a generated 10,000-table SQLite database
 * and print tables per second and peak RSS.
 *
 * usage: bench_sqlite_analyze SEXTANT [NTABLES=10000]
 *
 * A second catalog of look-alike tables (orders_00001 .. with the same
 * customer_id/order_id/... columns everywhere, the shape of per-tenant or
 * per-month copies) checks that relationship discovery stays linear when a
 * name key matches thousands of tables.
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

static void gen_lookalike(const char *path, int n)
{
	static const char *const words[] = {"customers", "orders", "products", "users", "events",
					    "payments", "invoices", "items", "accounts", "sessions"};
	sqlite3 *h;
	char sql[1024];
	unlink(path);
	if (sqlite3_open(path, &h) != SQLITE_OK)
		exit(1);
	sqlite3_exec(h, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN", NULL, NULL, NULL);
	for (int i = 0; i < n; i++) {
		const char *w = words[(i * 7) % 10];
		snprintf(sql, sizeof sql,
			 "CREATE TABLE %s_%05d (id INTEGER PRIMARY KEY, customer_id INTEGER, "
			 "order_id INTEGER, product_id INTEGER, user_id INTEGER, name TEXT, "
			 "created_at TIMESTAMP);"
			 "INSERT INTO %s_%05d(id, customer_id, order_id) VALUES (1,1,2),(2,2,1);",
			 w, i, w, i);
		if (sqlite3_exec(h, sql, NULL, NULL, NULL) != SQLITE_OK)
			exit(1);
	}
	sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(h);
}

/* Runs `sextant analyze PATH` in a fresh workspace; prints time and RSS. */
static int analyze(const char *bin, const char *path, const char *ws, const char *label, int n)
{
	struct rusage ru;
	int status;
	uint64_t t0, t1;
	pid_t pid;
	fflush(stdout);
	t0 = sx_now_ns();
	pid = fork();
	if (pid == 0) {
		if (!freopen("/dev/null", "w", stdout))
			_exit(126);
		execl(bin, bin, "analyze", path, "--workspace", ws, (char *)NULL);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "sextant analyze failed\n");
		return 1;
	}
	t1 = sx_now_ns();
	printf("sextant analyze (%s): %d tables in %.3f s = %.0f tables/s, peak RSS %.1f MB\n",
	       label, n, (double)(t1 - t0) / 1e9, n / ((double)(t1 - t0) / 1e9),
	       ru.ru_maxrss / 1024.0);
	return 0;
}

int main(int argc, char **argv)
{
	const char *bin = argc > 1 ? argv[1] : "./sextant";
	int n = argc > 2 ? atoi(argv[2]) : 10000;
	char dir[] = "/tmp/sxbench.XXXXXX", path[256], ws[256], cmd[1024];
	uint64_t t0, t1;
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

	/* the whole command: introspect, map, index, save to a fresh workspace */
	if (analyze(bin, path, ws, "varied tables", n))
		return 1;
	snprintf(path, sizeof path, "%s/lookalike%d.sqlite", dir, n / 2);
	snprintf(ws, sizeof ws, "%s/ws2", dir);
	gen_lookalike(path, n / 2);
	if (analyze(bin, path, ws, "look-alike tables", n / 2))
		return 1;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd);
}
