/*
 * test_history.c - the run history in the workspace: ids, runs, steps,
 * events, tool calls, artifacts, findings, iterations, feedback, listing,
 * a killed process's run marked interrupted, retention, and history
 * surviving re-analysis (it is keyed by run id, not by database).
 * The same tests run on a shared (PostgreSQL) workspace when SX_PG_ENV is
 * set (ws_backend.h; registered by tests/integration/team).
 */
#include <ctype.h>
#include <math.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include "sx_test.h"

#include <sextant/catalog.h>
#include <sextant/store.h>

#include "ws_backend.h"

static int count(sx_store *st, const char *sql, const char *run)
{
	sx_error err = {0};
	cJSON *row;
	int n;
	if (sx_store_query_one_json(st, &row, &err, sql, run ? "s" : "", run))
		fail_msg("count: %s", err.msg);
	n = (int)sx_json_int(row, "n", -1);
	cJSON_Delete(row);
	return n;
}

static const char *status_of(sx_store *st, const char *id, char *buf, size_t n)
{
	sx_error err = {0};
	cJSON *row;
	if (sx_store_query_one_json(st, &row, &err, "SELECT status FROM runs WHERE id = ?", "s", id))
		fail_msg("status: %s", err.msg);
	snprintf(buf, n, "%s", sx_json_str(row, "status", ""));
	cJSON_Delete(row);
	return buf;
}

static void create(sx_store *st, const char *intent, char id[SX_RUN_ID_SIZE])
{
	sx_error err = {0};
	sx_run_info info = {intent, "{\"intent\":\"x\",\"max_reflection_cycles\":2}", "builtin",
			    "{\"planner\":\"builtin\"}", 8.5};
	if (sx_history_run_create(st, &info, id, &err))
		fail_msg("create: %s", err.msg);
}

static void test_ids_and_status(void **state)
{
	const char *dir = sx_test_tmpdir("hist");
	char a[SX_RUN_ID_SIZE], b[SX_RUN_ID_SIZE], buf[32];
	sx_store *st;
	sx_error err = {0};
	(void)state;
	assert_int_equal(ws_open(&st, dir, &err), 0);
	create(st, "Load daily sales", a);
	usleep(2000);
	create(st, "Загрузить заказы", b);
	assert_int_equal(strlen(a), 26);
	assert_int_equal(strspn(a, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), 26);
	assert_string_not_equal(a, b);
	assert_true(strcmp(a, b) < 0); /* time-ordered */
	assert_string_equal(status_of(st, a, buf, sizeof buf), "running");
	assert_int_equal(sx_history_run_set_status(st, a, SX_RUN_CANCELLED, &err), 0);
	assert_string_equal(status_of(st, a, buf, sizeof buf), "cancelled");
	assert_int_equal(sx_history_run_set_status(st, "01NOSUCHRUN", SX_RUN_DONE, &err),
			 SX_ENOTFOUND);
	assert_int_equal(sx_history_run_set_status(st, a, (sx_run_status)42, &err), SX_EINVAL);
	assert_int_equal(sx_history_run_finish(st, b, SX_RUN_DONE, 9.25, "{\"tokens\":12}", &err),
			 0);
	assert_string_equal(status_of(st, b, buf, sizeof buf), "done");
	assert_int_equal(sx_history_run_finish(st, "nope", SX_RUN_DONE, NAN, NULL, &err),
			 SX_ENOTFOUND);
	for (int s = SX_RUN_RUNNING; s <= SX_RUN_INTERRUPTED; s++)
		assert_int_equal(sx_run_status_parse(sx_run_status_name((sx_run_status)s)), s);
	assert_int_equal(sx_run_status_parse("nope"), -1);
	/* resolving prefixes, in either case */
	{
		char id[SX_RUN_ID_SIZE], low[SX_RUN_ID_SIZE];
		assert_int_equal(sx_history_resolve(st, a, id, &err), 0);
		assert_string_equal(id, a);
		for (int i = 0; i < 26; i++)
			low[i] = (char)tolower((unsigned char)b[i]);
		low[26] = '\0';
		assert_int_equal(sx_history_resolve(st, low, id, &err), 0);
		assert_string_equal(id, b);
		assert_int_equal(sx_store_exec_bind(st, NULL, &err,
						    "INSERT INTO runs(id, created_at, status)"
						    " VALUES('ZZZZ0000000000000000000001', 'x', 'done'),"
						    " ('ZZZZ0000000000000000000002', 'x', 'done')",
						    ""),
				 0);
		assert_int_equal(sx_history_resolve(st, "zzzz", id, &err), SX_EINVAL);
		assert_non_null(strstr(err.msg, "ambiguous"));
		assert_int_equal(sx_history_resolve(st, "ZZZZ0000000000000000000002", id, &err), 0);
		assert_int_equal(sx_history_resolve(st, "YYYY", id, &err), SX_ENOTFOUND);
		assert_int_equal(sx_history_resolve(st, "ZZ", id, &err), SX_EINVAL);
	}
	sx_store_close(st);
	sx_test_rmrf(dir);
}

static void test_rows_of_a_run(void **state)
{
	const char *dir = sx_test_tmpdir("hist");
	char id[SX_RUN_ID_SIZE];
	sx_store *st;
	sx_error err = {0};
	sx_artifact_set arts;
	sx_finding_list fl;
	int64_t seq;
	cJSON *run, *a;
	(void)state;
	assert_int_equal(ws_open(&st, dir, &err), 0);
	create(st, "Load daily sales", id);

	/* steps: started, then finished; the start time stays */
	{
		sx_run_step s1 = {"s1", "planner", "running", NULL, 0, 0, 0};
		sx_run_step s1b = {"s1", NULL, "done", "qwen", 120, 40, 0.002};
		cJSON *row;
		char started[40];
		assert_int_equal(sx_history_step(st, id, &s1, &err), 0);
		assert_int_equal(sx_store_query_one_json(st, &row, &err,
							 "SELECT started_at, finished_at FROM run_steps"
							 " WHERE run_id = ? AND step = 's1'",
							 "s", id),
				 0);
		snprintf(started, sizeof started, "%s", sx_json_str(row, "started_at", ""));
		assert_true(cJSON_IsNull(cJSON_GetObjectItem(row, "finished_at")));
		cJSON_Delete(row);
		usleep(3000);
		assert_int_equal(sx_history_step(st, id, &s1b, &err), 0);
		assert_int_equal(sx_store_query_one_json(st, &row, &err,
							 "SELECT * FROM run_steps WHERE run_id = ?",
							 "s", id),
				 0);
		assert_string_equal(sx_json_str(row, "started_at", ""), started);
		assert_true(strcmp(sx_json_str(row, "finished_at", ""), started) > 0);
		assert_string_equal(sx_json_str(row, "agent", ""), "planner"); /* kept */
		assert_string_equal(sx_json_str(row, "status", ""), "done");
		assert_int_equal(sx_json_int(row, "tokens_in", 0), 120);
		cJSON_Delete(row);
		assert_int_equal(sx_history_step(st, "nope", &s1, &err), SX_ENOTFOUND);
	}
	/* events and tool calls number themselves per run */
	assert_int_equal(sx_history_event(st, id, "step", "planner", "s1", "{\"a\":1}", &seq, &err),
			 0);
	assert_int_equal(seq, 1);
	assert_int_equal(sx_history_event(st, id, "thought", "planner", "s1", "{\"t\":\"hm\"}",
					  &seq, &err),
			 0);
	assert_int_equal(seq, 2);
	assert_int_equal(sx_history_event(st, id, "score", NULL, NULL, NULL, NULL, &err), 0);
	assert_int_equal(sx_history_event(st, "nope", "step", NULL, NULL, NULL, &seq, &err),
			 SX_ENOTFOUND);
	assert_int_equal(seq, 0);
	{
		sx_run_tool_call tc = {"planner", "search_tables", "{\"q\":\"sales\"}", "ok", 12, 345};
		assert_int_equal(sx_history_tool_call(st, id, &tc, &seq, &err), 0);
		assert_int_equal(seq, 1);
		tc.tool = "find_path";
		assert_int_equal(sx_history_tool_call(st, id, &tc, &seq, &err), 0);
		assert_int_equal(seq, 2);
	}
	/* artifacts and findings per iteration; a second put replaces */
	sx_artifact_set_init(&arts);
	sx_artifact_set_put(&arts, SX_ART_SELECT_SQL, "daily_sales", "postgresql",
			    "SELECT 1 -- it's");
	sx_artifact_set_put(&arts, SX_ART_TARGET_DDL, "daily_sales", "clickhouse", "CREATE TABLE x");
	assert_int_equal(sx_history_put_artifacts(st, id, 0, &arts, &err), 0);
	assert_int_equal(sx_history_put_artifacts(st, id, 0, &arts, &err), 0);
	sx_artifact_set_put(&arts, SX_ART_README, "daily_sales", "markdown", "# hi");
	assert_int_equal(sx_history_put_artifacts(st, id, 1, &arts, &err), 0);
	assert_int_equal(sx_history_put_artifacts(st, "nope", 1, &arts, &err), SX_ENOTFOUND);
	sx_artifact_set_release(&arts);
	sx_finding_list_init(&fl);
	sx_finding_add(&fl, SX_SEV_ERROR, SX_CAT_SEMANTICS, "sql.unknown-column", SX_ART_SELECT_SQL,
		       3, 8, "did you mean amount?", "column %s does not exist", "amt");
	sx_finding_add(&fl, SX_SEV_WARNING, SX_CAT_STYLE, "sql.select-star", SX_ART_SELECT_SQL, 1, 1,
		       NULL, "SELECT *");
	assert_int_equal(sx_history_put_findings(st, id, 0, &fl, &err), 0);
	sx_finding_list_release(&fl);
	sx_finding_list_init(&fl);
	sx_finding_add(&fl, SX_SEV_INFO, SX_CAT_STYLE, "py.docstring", SX_ART_AIRFLOW_DAG, 0, 0,
		       NULL, "no docstring");
	assert_int_equal(sx_history_put_findings(st, id, 1, &fl, &err), 0);
	sx_finding_list_release(&fl);
	{
		sx_run_iteration i0 = {0, 6.5, 0, 1, 1, 0, NULL};
		sx_run_iteration i1 = {1, 9.0, 2.5, 0, 0, 1, "--- a\n+++ b\n-amt\n+amount\n"};
		assert_int_equal(sx_history_put_iteration(st, id, &i0, &err), 0);
		assert_int_equal(sx_history_put_iteration(st, id, &i1, &err), 0);
		assert_int_equal(sx_history_put_iteration(st, "nope", &i1, &err), SX_ENOTFOUND);
	}
	assert_int_equal(sx_history_feedback(st, id, false, "wrong grain", &err), 0);
	assert_int_equal(sx_history_feedback(st, id, true, "ok after all", &err), 0);
	assert_int_equal(sx_history_feedback(st, "nope", true, NULL, &err), SX_ENOTFOUND);
	assert_int_equal(sx_history_run_finish(st, id, SX_RUN_DONE, 9.0, NULL, &err), 0);

	/* the whole run back */
	assert_int_equal(sx_history_get_run(st, id, false, &run, &err), 0);
	assert_string_equal(sx_json_str(run, "intent", ""), "Load daily sales");
	assert_string_equal(sx_json_str(run, "status", ""), "done");
	assert_true(sx_json_num(run, "score", 0) == 9.0);
	assert_int_equal(sx_json_int(cJSON_GetObjectItem(run, "request"), "max_reflection_cycles",
				     0),
			 2);
	assert_string_equal(sx_json_str(cJSON_GetObjectItem(run, "models"), "planner", ""),
			    "builtin");
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(run, "steps")), 1);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(run, "iterations")), 2);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(run, "artifacts")), 5);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(run, "findings")), 3);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(run, "tool_calls")), 2);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(run, "feedback")), 2);
	assert_null(cJSON_GetObjectItem(run, "events"));
	a = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "artifacts"), 0);
	assert_string_equal(sx_json_str(a, "kind", ""), "select_sql");
	assert_string_equal(sx_json_str(a, "content", ""), "SELECT 1 -- it's");
	a = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "findings"), 0);
	assert_string_equal(sx_json_str(a, "rule", ""), "sql.unknown-column");
	assert_string_equal(sx_json_str(a, "message", ""), "column amt does not exist");
	assert_string_equal(sx_json_str(a, "severity", ""), "error");
	assert_int_equal(sx_json_int(a, "line", 0), 3);
	a = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "iterations"), 1);
	assert_true(sx_json_num(a, "delta", 0) == 2.5);
	assert_non_null(strstr(sx_json_str(a, "diff", ""), "+amount"));
	cJSON_Delete(run);
	assert_int_equal(sx_history_get_run(st, id, true, &run, &err), 0);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(run, "events")), 3);
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(cJSON_GetObjectItem(run, "events"), 1),
					"type", ""),
			    "thought");
	cJSON_Delete(run);
	assert_int_equal(sx_history_get_run(st, "nope", false, &run, &err), SX_ENOTFOUND);
	assert_null(run);

	/* the list: newest first, with the latest verdict and the last
	 * iteration's findings */
	{
		char id2[SX_RUN_ID_SIZE];
		cJSON *list;
		usleep(2000);
		create(st, "second", id2);
		assert_int_equal(sx_history_list_runs(st, 0, &list, &err), 0);
		assert_int_equal(cJSON_GetArraySize(list), 2);
		assert_string_equal(sx_json_str(cJSON_GetArrayItem(list, 0), "id", ""), id2);
		a = cJSON_GetArrayItem(list, 1);
		assert_string_equal(sx_json_str(a, "id", ""), id);
		assert_string_equal(sx_json_str(a, "feedback", ""), "accept");
		assert_int_equal(sx_json_int(a, "iterations", 0), 2);
		assert_int_equal(sx_json_int(a, "findings", 0), 1);
		cJSON_Delete(list);
		assert_int_equal(sx_history_list_runs(st, 1, &list, &err), 0);
		assert_int_equal(cJSON_GetArraySize(list), 1);
		cJSON_Delete(list);
	}
	sx_store_close(st);
	sx_test_rmrf(dir);
}

/* A process that dies mid-run (kill -9) leaves a run that the next start
 * marks interrupted; live runs and other hosts' runs are left alone. */
static void test_interrupted(void **state)
{
	const char *dir = sx_test_tmpdir("hist");
	char dead[SX_RUN_ID_SIZE] = "", mine[SX_RUN_ID_SIZE], buf[32];
	int fds[2], status;
	sx_store *st;
	sx_error err = {0};
	size_t marked;
	pid_t pid;
	(void)state;
	assert_int_equal(ws_open(&st, dir, &err), 0);
	assert_int_equal(sx_history_migrate(st, &err), 0);
	sx_store_close(st);
	assert_int_equal(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		sx_store *cs;
		sx_error e = {0};
		char id[SX_RUN_ID_SIZE];
		sx_run_step s = {"s1", "sql_expert", "running", NULL, 0, 0, 0};
		close(fds[0]);
		if (ws_open(&cs, dir, &e) || (create(cs, "dies", id), 0) ||
		    sx_history_step(cs, id, &s, &e))
			_exit(3);
		if (write(fds[1], id, SX_RUN_ID_SIZE) != SX_RUN_ID_SIZE)
			_exit(4);
		for (;;)
			pause(); /* mid-run, until killed */
	}
	close(fds[1]);
	assert_int_equal(read(fds[0], dead, SX_RUN_ID_SIZE), SX_RUN_ID_SIZE);
	close(fds[0]);
	assert_int_equal(ws_open(&st, dir, &err), 0);
	/* while the child lives its run is running */
	assert_int_equal(sx_history_mark_interrupted(st, &marked, &err), 0);
	assert_int_equal(marked, 0);
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	assert_true(WIFSIGNALED(status));
	create(st, "mine", mine);
	/* a pid that lives but belongs to a later process (pid reuse), and a
	 * run of another machine */
	assert_int_equal(sx_store_exec_bind(st, NULL, &err,
					    "INSERT INTO runs(id, created_at, status, pid, proc_start,"
					    " host) VALUES('REUSED0000000000000000000A', 'x', 'running',"
					    " ?, 1, NULL),"
					    " ('OTHERHOST00000000000000000', 'x', 'running', 1, 1,"
					    " 'elsewhere.example')",
					    "l", (int64_t)getpid()),
			 0);
	assert_int_equal(sx_history_mark_interrupted(st, &marked, &err), 0);
	assert_int_equal(marked, 2);
	assert_string_equal(status_of(st, dead, buf, sizeof buf), "interrupted");
	assert_string_equal(status_of(st, "REUSED0000000000000000000A", buf, sizeof buf),
			    "interrupted");
	assert_string_equal(status_of(st, mine, buf, sizeof buf), "running");
	assert_string_equal(status_of(st, "OTHERHOST00000000000000000", buf, sizeof buf), "running");
	assert_int_equal(count(st,
			       "SELECT count(*) AS n FROM run_steps WHERE run_id = ?"
			       " AND status = 'interrupted' AND finished_at IS NOT NULL",
			       dead),
			 1);
	/* the workspace is intact: the dead run reads back whole */
	{
		cJSON *run;
		assert_int_equal(sx_history_get_run(st, dead, true, &run, &err), 0);
		assert_string_equal(sx_json_str(run, "intent", ""), "dies");
		cJSON_Delete(run);
	}
	assert_int_equal(sx_history_mark_interrupted(st, &marked, &err), 0);
	assert_int_equal(marked, 0);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

static void test_prune(void **state)
{
	const char *dir = sx_test_tmpdir("hist");
	char ids[6][SX_RUN_ID_SIZE];
	sx_store *st;
	sx_error err = {0};
	size_t removed;
	(void)state;
	assert_int_equal(ws_open(&st, dir, &err), 0);
	for (int i = 0; i < 6; i++) {
		create(st, "r", ids[i]);
		assert_int_equal(sx_history_event(st, ids[i], "step", NULL, NULL, NULL, NULL, &err), 0);
		if (i != 1)
			assert_int_equal(sx_history_run_finish(st, ids[i], SX_RUN_DONE, 8, NULL, &err),
					 0);
		usleep(1500);
	}
	/* runs 0 and 1 are 40 days old; run 1 still says running */
	assert_int_equal(sx_store_exec_bind(st, NULL, &err,
					    "UPDATE runs SET created_at = '2000-01-01T00:00:00.000Z'"
					    " WHERE id IN (?, ?)",
					    "ss", ids[0], ids[1]),
			 0);
	assert_int_equal(sx_history_prune(st, 30, 0, &removed, &err), 0);
	assert_int_equal(removed, 1);
	assert_int_equal(count(st, "SELECT count(*) AS n FROM runs WHERE id = ?", ids[0]), 0);
	assert_int_equal(count(st, "SELECT count(*) AS n FROM run_events WHERE run_id = ?", ids[0]),
			 0); /* cascaded */
	assert_int_equal(count(st, "SELECT count(*) AS n FROM runs WHERE id = ?", ids[1]), 1);
	/* keep the newest 2: runs 2 and 3 go, running run 1 stays */
	assert_int_equal(sx_history_prune(st, 0, 2, &removed, &err), 0);
	assert_int_equal(removed, 2);
	assert_int_equal(count(st, "SELECT count(*) AS n FROM runs", NULL), 3);
	assert_int_equal(count(st, "SELECT count(*) AS n FROM runs WHERE id = ?", ids[5]), 1);
	assert_int_equal(count(st, "SELECT count(*) AS n FROM runs WHERE id = ?", ids[4]), 1);
	assert_int_equal(count(st, "SELECT count(*) AS n FROM run_events", NULL), 3);
	assert_int_equal(sx_history_prune(st, 0, 0, &removed, &err), 0);
	assert_int_equal(removed, 0);
	assert_int_equal(sx_history_prune(st, -1, 0, &removed, &err), SX_EINVAL);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

/* Re-analysis deletes a database's rows by cascade; the history must not
 * go with them. Writes also join a caller's transaction. */
static void test_survives_reanalysis(void **state)
{
	const char *dir = sx_test_tmpdir("hist");
	char id[SX_RUN_ID_SIZE], id2[SX_RUN_ID_SIZE];
	sx_store *st;
	sx_error err = {0};
	sx_catalog *cat;
	sx_database *db;
	(void)state;
	assert_int_equal(ws_open(&st, dir, &err), 0);
	sx_catalog_new(&cat, &err);
	db = sx_catalog_add_database(cat, "shop", SX_DB_SQLITE);
	sx_catalog_add_table(cat, sx_catalog_add_schema(cat, db, "main"), "orders", SX_REL_TABLE);
	assert_int_equal(sx_store_save_database(st, db, &err), 0);
	create(st, "orders to clickhouse", id);
	assert_int_equal(sx_history_event(st, id, "step", NULL, NULL, NULL, NULL, &err), 0);
	assert_int_equal(sx_store_save_database(st, db, &err), 0); /* re-analysis */
	assert_int_equal(sx_store_delete_database(st, "shop", &err), 0);
	assert_int_equal(count(st, "SELECT count(*) AS n FROM run_events WHERE run_id = ?", id), 1);
	sx_catalog_free(cat);
	/* inside a caller's transaction that rolls back, nothing stays */
	assert_int_equal(sx_store_begin(st, &err), 0);
	create(st, "rolled back", id2);
	{
		sx_artifact_set arts;
		sx_artifact_set_init(&arts);
		sx_artifact_set_put(&arts, SX_ART_README, "r", "markdown", "x");
		assert_int_equal(sx_history_put_artifacts(st, id2, 0, &arts, &err), 0);
		sx_artifact_set_release(&arts);
	}
	assert_true(sx_store_in_transaction(st));
	sx_store_rollback(st);
	assert_int_equal(count(st, "SELECT count(*) AS n FROM runs WHERE id = ?", id2), 0);
	assert_int_equal(count(st, "SELECT count(*) AS n FROM run_artifacts", NULL), 0);
	assert_int_equal(count(st, "SELECT count(*) AS n FROM runs WHERE id = ?", id), 1);
	sx_store_close(st);
	sx_test_rmrf(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ids_and_status),
		cmocka_unit_test(test_rows_of_a_run),
		cmocka_unit_test(test_interrupted),
		cmocka_unit_test(test_prune),
		cmocka_unit_test(test_survives_reanalysis),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
