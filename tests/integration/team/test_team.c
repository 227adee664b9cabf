/*
 * test_team.c - two clients on one shared (PostgreSQL) workspace at once.
 *
 * Two processes, each with its own local replica and user name, run 20
 * rounds each of: re-analyse a database both of them analyse ("common",
 * 1-4 tables of as many columns each, so a half-saved catalog shows), save
 * a database of their own, accept or reject one relationship they both
 * decide on and one of their own. Meanwhile the parent keeps loading
 * "common" through a third client and checks that it never sees half of a
 * re-analysis. Afterwards: no lost decision (80 in the log, 40 own ones
 * current), the shared one holds the last logged decision, both own
 * databases are there, and the history took both clients' runs.
 */
#include <sys/wait.h>
#include <unistd.h>

#include "sx_test.h"

#include <sextant/catalog.h>
#include <sextant/store.h>

#include "../../unit/store/ws_backend.h"

#define ROUNDS 20

static char dir[512];

static int save_db(sx_store *st, const char *name, int n, sx_error *err)
{
	sx_catalog *cat;
	sx_database *db;
	sx_schema *s;
	char tn[32], cn[32];
	int rc, i, j;
	if ((rc = sx_catalog_new(&cat, err)))
		return rc;
	db = sx_catalog_add_database(cat, name, SX_DB_SQLITE);
	db->analysed_at = sx_catalog_str(cat, "2026-01-01T00:00:00Z");
	s = sx_catalog_add_schema(cat, db, "main");
	for (i = 0; i < n; i++) {
		sx_table *t;
		snprintf(tn, sizeof tn, "t%d", i);
		t = sx_catalog_add_table(cat, s, tn, SX_REL_TABLE);
		for (j = 0; j < n; j++) {
			snprintf(cn, sizeof cn, "c%d", j);
			sx_catalog_add_column(cat, t, cn, "integer");
		}
	}
	rc = sx_store_save_database(st, db, err);
	sx_catalog_free(cat);
	return rc;
}

static int client(int who)
{
	sx_store *st;
	sx_error err = {0};
	char sub[32], user[32], own[64], key[64];
	sx_run_info info = {"round", NULL, "builtin", NULL, 8.0};
	int r;

	snprintf(sub, sizeof sub, "client%d", who);
	snprintf(user, sizeof user, "engineer%d", who);
	if (ws_open_as(&st, dir, sub, &err)) {
		fprintf(stderr, "client %d: %s\n", who, err.msg);
		return 1;
	}
	sx_store_set_user(st, user);
	snprintf(own, sizeof own, "own%d", who);
	for (r = 0; r < ROUNDS; r++) {
		char id[SX_RUN_ID_SIZE];
		snprintf(key, sizeof key, "k%d_%d", who, r);
		if (save_db(st, "common", 1 + (r + who) % 4, &err) ||
		    save_db(st, own, 1 + r % 3, &err) ||
		    sx_store_decide(st, "common", "shared", "rs", (r + who) % 2 ? "accepted" : "rejected",
				    &err) ||
		    sx_store_decide(st, own, key, "ro", "accepted", &err) ||
		    sx_history_run_create(st, &info, id, &err) ||
		    sx_history_run_finish(st, id, SX_RUN_DONE, 9.0, NULL, &err)) {
			fprintf(stderr, "client %d round %d: %s\n", who, r, err.msg);
			sx_store_close(st);
			return 1;
		}
	}
	sx_store_close(st);
	return 0;
}

/* Every load of "common" is one whole analysis: n tables of n columns. */
static int check_whole(sx_store *st, int *loads)
{
	sx_catalog *cat;
	sx_error err = {0};
	size_t t, n;
	int rc;
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	rc = sx_store_load(st, cat, "common", &err);
	if (rc == SX_ENOTFOUND) {
		sx_catalog_free(cat);
		return 0;
	}
	if (rc)
		fail_msg("load: %s", err.msg);
	n = cat->dbs[0]->schemas[0]->ntables;
	assert_true(n >= 1 && n <= 4);
	for (t = 0; t < n; t++)
		assert_int_equal(cat->dbs[0]->schemas[0]->tables[t]->ncols, n);
	(*loads)++;
	sx_catalog_free(cat);
	return 0;
}

static void test_two_clients(void **state)
{
	sx_store *st;
	sx_error err = {0};
	cJSON *rows, *log, *x, *last = NULL, *runs;
	pid_t pid[2];
	int i, status, loads = 0, done = 0, own_current = 0;
	(void)state;

	snprintf(dir, sizeof dir, "%s", sx_test_tmpdir("team"));
	/* migrate once before the race (the race on migration itself is
	 * covered by both children opening at once below, too) */
	assert_int_equal(ws_open_as(&st, dir, "reader", &err), 0);
	for (i = 0; i < 2; i++) {
		pid[i] = fork();
		assert_true(pid[i] >= 0);
		if (pid[i] == 0)
			_exit(client(i));
	}
	while (done < 2) {
		check_whole(st, &loads);
		for (i = 0; i < 2; i++)
			if (pid[i] && waitpid(pid[i], &status, WNOHANG) == pid[i]) {
				assert_true(WIFEXITED(status));
				assert_int_equal(WEXITSTATUS(status), 0);
				pid[i] = 0;
				done++;
			}
	}
	check_whole(st, &loads);
	assert_true(loads > 0);

	/* no lost decision */
	assert_int_equal(sx_store_decision_log(st, NULL, 0, &log, &err), 0);
	assert_int_equal(cJSON_GetArraySize(log), 4 * ROUNDS);
	cJSON_ArrayForEach(x, log)
	if (strcmp(sx_json_str(x, "rel_key", ""), "shared") == 0)
		last = x;
	assert_non_null(last);
	assert_int_equal(sx_store_decisions(st, &rows, &err), 0);
	cJSON_ArrayForEach(x, rows)
	{
		if (strcmp(sx_json_str(x, "rel_key", ""), "shared") == 0) {
			/* the last decision wins */
			assert_string_equal(sx_json_str(x, "status", ""),
					    sx_json_str(last, "status", "?"));
			assert_string_equal(sx_json_str(x, "decided_by", ""),
					    sx_json_str(last, "decided_by", "?"));
		} else {
			own_current++;
		}
	}
	assert_int_equal(own_current, 2 * ROUNDS);
	cJSON_Delete(rows);
	cJSON_Delete(log);
	/* both clients' databases and runs */
	assert_int_equal(sx_store_list_sources(st, &rows, &err), 0);
	assert_int_equal(cJSON_GetArraySize(rows), 3);
	cJSON_Delete(rows);
	assert_int_equal(sx_history_list_runs(st, 0, &runs, &err), 0);
	assert_int_equal(cJSON_GetArraySize(runs), 2 * ROUNDS);
	cJSON_Delete(runs);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_clients),
	};
	if (!ws_pg_url()) {
		fprintf(stderr, "no PostgreSQL server (SX_PG_ENV): start the pg_server fixture\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
