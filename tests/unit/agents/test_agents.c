/*
 * test_agents.c - the agent engine's parts that stand alone: the plan's
 * DAG executor (dependencies, real parallelism, failures, cycles, cancel),
 * the tolerant readers of model answers, and the tool table over a real
 * SQLite file, its map and its search.
 */
#include "sx_test.h"

#include <pthread.h>
#include <sqlite3.h>
#include <time.h>

#include "agents/agents_int.h"

/* ------------------------------------------------------------ dag */

typedef struct {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int arrived;       /* steps that reached the rendezvous */
	int met;           /* steps that saw the other one there */
	char order[16];
	int norder;
} rendezvous;

static void mark(rendezvous *r, char c)
{
	pthread_mutex_lock(&r->mu);
	r->order[r->norder++] = c;
	pthread_mutex_unlock(&r->mu);
}

/* Waits up to 2 s for the other parallel step: only possible when both
 * really run at the same time. */
static int meet(void *payload, size_t step, sx_error *err)
{
	rendezvous *r = payload;
	struct timespec until;
	(void)err;
	mark(r, (char)('A' + step));
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += 2;
	pthread_mutex_lock(&r->mu);
	r->arrived++;
	pthread_cond_broadcast(&r->cv);
	while (r->arrived < 2 &&
	       pthread_cond_timedwait(&r->cv, &r->mu, &until) == 0)
		;
	if (r->arrived >= 2)
		r->met++;
	pthread_mutex_unlock(&r->mu);
	return 0;
}

static int plain(void *payload, size_t step, sx_error *err)
{
	(void)err;
	mark(payload, (char)('A' + step));
	return 0;
}

static int failing(void *payload, size_t step, sx_error *err)
{
	mark(payload, (char)('A' + step));
	return sx_error_set(err, SX_EIO, "disk on fire");
}

static void init_rv(rendezvous *r)
{
	memset(r, 0, sizeof *r);
	pthread_mutex_init(&r->mu, NULL);
	pthread_cond_init(&r->cv, NULL);
}

/* A -> {B, C} -> D: B and C must meet, D comes last. */
static void test_dag_parallel(void **state)
{
	rendezvous r;
	sx_error e;
	(void)state;
	init_rv(&r);
	sx_dag_step s[4] = {
		{ .name = "plan", .fn = plain, .payload = &r },
		{ .name = "sql", .ndeps = 1, .deps = { 0 }, .fn = meet, .payload = &r },
		{ .name = "python", .ndeps = 1, .deps = { 0 }, .fn = meet, .payload = &r },
		{ .name = "qa", .ndeps = 2, .deps = { 1, 2 }, .fn = plain, .payload = &r },
	};
	assert_int_equal(sx_dag_run(s, 4, 3, NULL, NULL, &e), 0);
	assert_int_equal(r.met, 2);
	assert_int_equal(r.norder, 4);
	assert_int_equal(r.order[0], 'A');
	assert_int_equal(r.order[3], 'D');
	for (int i = 0; i < 4; i++)
		assert_int_equal(s[i].state, SX_DAG_DONE);
}

/* One worker runs everything on the caller's thread, in dependency order. */
static void test_dag_one_worker(void **state)
{
	rendezvous r;
	sx_error e;
	(void)state;
	init_rv(&r);
	sx_dag_step s[3] = {
		{ .name = "c", .ndeps = 1, .deps = { 1 }, .fn = plain, .payload = &r },
		{ .name = "b", .ndeps = 1, .deps = { 2 }, .fn = plain, .payload = &r },
		{ .name = "a", .fn = plain, .payload = &r },
	};
	assert_int_equal(sx_dag_run(s, 3, 1, NULL, NULL, &e), 0);
	assert_memory_equal(r.order, "CBA", 3);
}

static void test_dag_failure_skips(void **state)
{
	rendezvous r;
	sx_error e;
	(void)state;
	init_rv(&r);
	sx_dag_step s[4] = {
		{ .name = "plan", .fn = plain, .payload = &r },
		{ .name = "sql", .ndeps = 1, .deps = { 0 }, .fn = failing, .payload = &r },
		{ .name = "python", .ndeps = 1, .deps = { 0 }, .fn = plain, .payload = &r },
		{ .name = "qa", .ndeps = 2, .deps = { 1, 2 }, .fn = plain, .payload = &r },
	};
	assert_int_equal(sx_dag_run(s, 4, 2, NULL, NULL, &e), SX_EIO);
	assert_non_null(strstr(e.msg, "sql: disk on fire"));
	assert_int_equal(s[1].state, SX_DAG_FAILED);
	assert_int_equal(s[2].state, SX_DAG_DONE);
	assert_int_equal(s[3].state, SX_DAG_SKIPPED);
	assert_int_equal(r.norder, 3);
}

static void test_dag_bad_plans(void **state)
{
	sx_error e;
	(void)state;
	sx_dag_step cyc[2] = {
		{ .name = "a", .ndeps = 1, .deps = { 1 }, .fn = plain },
		{ .name = "b", .ndeps = 1, .deps = { 0 }, .fn = plain },
	};
	assert_int_equal(sx_dag_run(cyc, 2, 2, NULL, NULL, &e), SX_EINVAL);
	assert_non_null(strstr(e.msg, "cycle"));
	sx_dag_step oob[1] = { { .name = "a", .ndeps = 1, .deps = { 7 }, .fn = plain } };
	assert_int_equal(sx_dag_run(oob, 1, 1, NULL, NULL, &e), SX_EINVAL);
	assert_int_equal(sx_dag_run(NULL, 0, 2, NULL, NULL, &e), 0);
}

static int cancel_after(void *payload, size_t step, sx_error *err)
{
	(void)step;
	(void)err;
	atomic_store((atomic_int *)payload, 1);
	return 0;
}

static void test_dag_cancel(void **state)
{
	atomic_int cancel = 0;
	sx_error e;
	(void)state;
	sx_dag_step s[2] = {
		{ .name = "a", .fn = cancel_after, .payload = &cancel },
		{ .name = "b", .ndeps = 1, .deps = { 0 }, .fn = cancel_after, .payload = NULL },
	};
	assert_int_equal(sx_dag_run(s, 2, 2, NULL, &cancel, &e), SX_ECANCELLED);
	assert_int_equal(s[0].state, SX_DAG_DONE);
	assert_int_equal(s[1].state, SX_DAG_SKIPPED);
}

/* ------------------------------------------------------------ answers */

static void test_answer_json(void **state)
{
	cJSON *j;
	(void)state;
	assert_int_equal(sx_answer_json("Sure! Here is the plan:\n```json\n{\"steps\": [1, 2]}\n```\n"
					"Let me know.", &j), 0);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(j, "steps")), 2);
	cJSON_Delete(j);
	/* prose with brackets before the JSON */
	assert_int_equal(sx_answer_json("[see below] {\"a\": \"}\"}", &j), 0);
	assert_string_equal(sx_json_str(j, "a", ""), "}");
	cJSON_Delete(j);
	/* cut off by max_tokens in the middle of a string */
	assert_int_equal(sx_answer_json("{\"measure\": \"revenue\", \"dims\": [\"day\", \"chan", &j), 0);
	assert_string_equal(sx_json_str(j, "measure", ""), "revenue");
	cJSON_Delete(j);
	/* cut off after a key */
	assert_int_equal(sx_answer_json("{\"a\": 1, \"b\":", &j), 0);
	assert_int_equal(sx_json_int(j, "a", 0), 1);
	cJSON_Delete(j);
	assert_int_equal(sx_answer_json("I cannot help with that.", &j), SX_EPARSE);
	assert_null(j);
	assert_int_equal(sx_answer_json("{not json at all}", &j), SX_EPARSE);
	assert_int_equal(sx_answer_json(NULL, &j), SX_EPARSE);
}

static void test_answer_code(void **state)
{
	char *s;
	(void)state;
	assert_int_equal(sx_answer_code("Query:\n```python\nx=1\n```\n```sql\nSELECT 1;\n```\nDone",
					"sql,postgresql", false, &s), 0);
	assert_string_equal(s, "SELECT 1;");
	free(s);
	/* a fence labelled otherwise still counts when nothing matches */
	assert_int_equal(sx_answer_code("```postgres\nSELECT 2\n```", "sql", false, &s), 0);
	assert_string_equal(s, "SELECT 2");
	free(s);
	/* truncated: the fence never closes */
	assert_int_equal(sx_answer_code("```sql\nSELECT a,\n  b FROM t", "sql", false, &s), 0);
	assert_string_equal(s, "SELECT a,\n  b FROM t");
	free(s);
	assert_int_equal(sx_answer_code("  SELECT 3  \n", "sql", true, &s), 0);
	assert_string_equal(s, "SELECT 3");
	free(s);
	assert_int_equal(sx_answer_code("no code here", "sql", false, &s), SX_ENOTFOUND);
	assert_null(s);
}

/* ------------------------------------------------------------ tools */

static char dbpath[600];
static sx_catalog *cat;
static sx_dbmap *map;
static sx_search_mapinfo *mi;
static sx_search *srch;
static int naudit, last_status;
static char last_tool[64], last_args[256];

static void audit(void *payload, const sx_tool_audit *a)
{
	(void)payload;
	naudit++;
	last_status = a->status;
	snprintf(last_tool, sizeof last_tool, "%s", a->tool);
	snprintf(last_args, sizeof last_args, "%s", a->args);
}

static int tools_setup(void **state)
{
	sqlite3 *db;
	sx_database *d;
	sx_sampler *smp;
	sx_map_opts mo;
	sx_source_opts so = { 0 };
	sx_error e;
	(void)state;
	snprintf(dbpath, sizeof dbpath, "%s/shop.db", sx_test_tmpdir("agents"));
	if (sqlite3_open(dbpath, &db) != SQLITE_OK)
		return -1;
	const char *sql =
		"CREATE TABLE customers (id INTEGER PRIMARY KEY, full_name TEXT, email TEXT);"
		"CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),"
		" status TEXT, total_amount NUMERIC, created_at TEXT);"
		"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 40)"
		" INSERT INTO customers SELECT i, 'Person ' || i, 'person' || i || '@example.com' FROM n;"
		"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 200)"
		" INSERT INTO orders SELECT i, 1 + i % 40, CASE i % 3 WHEN 0 THEN 'paid' WHEN 1 THEN"
		" 'cancelled' ELSE 'new' END, i * 1.5, '2024-01-01' FROM n;";
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return -1;
	sqlite3_close(db);
	sx_map_opts_init(&mo, NULL);
	if (sx_catalog_new(&cat, &e) || sx_sqlite_introspect(cat, dbpath, &so, &d, &e) ||
	    sx_dbmap_new(&map, cat, &e) || sx_sampler_open(&smp, dbpath, &so, &e))
		return -1;
	int rc = sx_map_build(map, d, smp, &mo, &e);
	sx_sampler_close(smp);
	if (rc || sx_search_mapinfo_new(&mi, map, &e))
		return -1;
	sx_search_src src = { .cat = cat, .info = sx_search_mapinfo_fn, .info_payload = mi };
	return sx_search_open(&srch, &src, &e) ? -1 : 0;
}

static int tools_teardown(void **state)
{
	(void)state;
	sx_search_free(srch);
	sx_search_mapinfo_free(mi);
	sx_dbmap_free(map);
	sx_catalog_free(cat);
	return 0;
}

static cJSON *call(const char *tool, const char *args, int want)
{
	sx_agent_env env = { .cat = cat, .map = map, .search = srch, .source = dbpath,
			     .audit = audit };
	cJSON *a = args ? cJSON_Parse(args) : NULL, *res = NULL;
	sx_error e = { 0 };
	int rc = sx_tool_call(&env, "planner", tool, a, &res, &e);
	cJSON_Delete(a);
	if (rc != want)
		fail_msg("%s(%s): %d (%s), wanted %d", tool, args ? args : "", rc, e.msg, want);
	assert_int_equal(last_status, rc);
	assert_string_equal(last_tool, tool);
	return res;
}

static void test_tools_workspace(void **state)
{
	(void)state;
	cJSON *r = call("search_tables", "{\"query\":\"customer orders amount\",\"k\":2}", 0);
	const cJSON *hits = cJSON_GetObjectItem(r, "tables");
	assert_true(cJSON_GetArraySize(hits) >= 1);
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(hits, 0), "name", ""), "orders");
	cJSON_Delete(r);

	r = call("list_columns", "{\"table\":\"customers\"}", 0);
	const cJSON *cols = cJSON_GetObjectItem(r, "columns");
	assert_int_equal(cJSON_GetArraySize(cols), 3);
	assert_true(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetArrayItem(cols, 0), "pk")));
	assert_string_equal(sx_json_str(cJSON_GetArrayItem(cols, 2), "pii", "-"), "email");
	cJSON_Delete(r);

	r = call("describe_table", "{\"table\":\"main.orders\"}", 0);
	assert_string_equal(sx_json_str(r, "table", ""), "orders");
	cJSON_Delete(r);

	r = call("find_path", "{\"from\":\"orders\",\"to\":\"customers\"}", 0);
	const cJSON *paths = cJSON_GetObjectItem(r, "paths");
	assert_int_equal(cJSON_GetArraySize(paths), 1);
	assert_non_null(strstr(sx_json_str(cJSON_GetArrayItem(paths, 0), "sql", ""), "JOIN"));
	cJSON_Delete(r);

	r = call("get_context", "{\"query\":\"orders of customers\"}", 0);
	assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(r, "relevant_tables")) >= 2);
	cJSON_Delete(r);
}

static void test_tools_live(void **state)
{
	(void)state;
	cJSON *r = call("column_values", "{\"table\":\"orders\",\"column\":\"status\"}", 0);
	const cJSON *v = cJSON_GetObjectItem(r, "values");
	assert_int_equal(cJSON_GetArraySize(v), 3);
	assert_false(cJSON_IsTrue(cJSON_GetObjectItem(r, "truncated")));
	cJSON_Delete(r);
	/* personal data is never handed out */
	assert_null(call("column_values", "{\"table\":\"customers\",\"column\":\"email\"}", SX_EAUTH));

	r = call("sample_rows", "{\"table\":\"customers\",\"limit\":3}", 0);
	const cJSON *rows = cJSON_GetObjectItem(r, "rows");
	assert_int_equal(cJSON_GetArraySize(rows), 3);
	char *text = cJSON_PrintUnformatted(rows);
	assert_null(strstr(text, "@example.com"));
	assert_non_null(strstr(text, "***"));
	free(text);
	cJSON_Delete(r);
}

static void test_tools_bad_calls(void **state)
{
	(void)state;
	int before = naudit;
	assert_null(call("drop_database", "{}", SX_ENOTFOUND));
	assert_null(call("list_columns", "{}", SX_EINVAL));
	assert_null(call("list_columns", "{\"table\":\"nope\"}", SX_ENOTFOUND));
	assert_null(call("column_values", "{\"table\":\"orders\",\"column\":\"zzz\"}", SX_ENOTFOUND));
	assert_null(call("search_tables", "[1,2]", SX_EINVAL));
	assert_int_equal(naudit, before + 5);
	assert_string_equal(last_args, "[1,2]");

	cJSON *t = sx_tools_to_openai(NULL);
	assert_int_equal(cJSON_GetArraySize(t), 11);
	for (int i = 0; i < cJSON_GetArraySize(t); i++) {
		const cJSON *fn = cJSON_GetObjectItem(cJSON_GetArrayItem(t, i), "function");
		assert_true(cJSON_IsObject(cJSON_GetObjectItem(fn, "parameters")));
	}
	cJSON_Delete(t);
	const char *some[] = { "find_path", NULL };
	t = sx_tools_to_openai(some);
	assert_int_equal(cJSON_GetArraySize(t), 1);
	cJSON_Delete(t);
	assert_int_equal(sx_agent_parse("reflector"), SX_AGENT_REFLECTOR);
	assert_string_equal(sx_agent_name(SX_AGENT_SQL_EXPERT), "sql_expert");
}

/* The data-flow picture: names from a database (quotes, backslashes,
 * newlines, a DOT keyword) stay inside their labels; Graphviz reads the
 * DOT and renders it. */
static void test_graph_dot_escaping(void **state)
{
	(void)state;
	const char *run_json =
	    "{\"intent\": \"x\\\" -> evil [label=1]\","
	    " \"spec\": {\"target_table\": \"t\\\"gt\", \"target\": \"postgresql\", \"load\": "
	    "\"aggregate\","
	    "  \"measures\": [{\"name\": \"m\\\\n\", \"agg\": \"sum\", \"table\": \"f\", \"expr\": "
	    "\"{a\\\"b}\"}],"
	    "  \"dimensions\": [], \"filters\": [{\"table\": \"d\", \"column\": \"s\", \"op\": "
	    "\"=\", \"value\": \"x\\ny\"}],"
	    "  \"time\": {\"table\": \"f\", \"column\": \"ts\", \"grain\": \"day\"},"
	    "  \"groups\": [{\"fact\": \"f\", \"joins\": [{\"from\": \"f\", \"to\": \"graph\", "
	    "\"left\": true}]}]},"
	    " \"analysis\": {\"joins\": [{\"from\": \"main.f\", \"to\": \"main.graph\", \"on\": "
	    "[\"f.k = graph.k\"]}]},"
	    " \"lineage\": [{\"target\": \"period\"}, {\"target\": \"m\"}]}";
	cJSON *run = cJSON_Parse(run_json);
	sx_buf dot = SX_BUF_INIT;
	sx_error err = {0};
	char *data = NULL;
	size_t len = 0;

	assert_non_null(run);
	assert_int_equal(sx_run_graph_dot(run, &dot, &err), 0);
	const char *d = sx_buf_cstr(&dot);
	assert_non_null(strstr(d, "\"source:graph\" -> \"join:1\" [label=\"f.k = graph.k\"]"));
	assert_non_null(strstr(d, "\"target:t\\\"gt\""));
	assert_non_null(strstr(d, "LEFT JOIN"));
	assert_null(strstr(d, "\n\"")); /* no raw newline ends a label */
	assert_int_equal(sx_map_render_dot(d, "svg", &data, &len, &err), 0);
	assert_non_null(strstr(data, "<title>target:t&quot;gt</title>"));
	assert_non_null(strstr(data, "sum(f.a&quot;b) AS m\\n"));
	assert_null(strstr(data, "<title>evil</title>"));
	free(data);
	/* a run without a plan */
	cJSON *empty = cJSON_Parse("{\"id\": \"r\"}");
	sx_buf_clear(&dot);
	assert_int_equal(sx_run_graph_dot(empty, &dot, &err), SX_ENOTFOUND);
	assert_int_equal(sx_map_render_dot("digraph {", "dot", &data, &len, &err), SX_EPARSE);
	cJSON_Delete(empty);
	cJSON_Delete(run);
	sx_buf_release(&dot);
}

/* The vote: two thirds of the candidates agreeing win (the best score
 * among them), else the best score of all; ties go to the earlier one. */
static void test_consensus_vote(void **state)
{
	int votes[8], need = 0;
	const char *rule = NULL;
	(void)state;
	/* 2 of 3 agree: two thirds; the better of the two wins */
	sx_vote_cand a[] = {{9.0, true, 7}, {10.0, true, 8}, {9.5, true, 7}};
	assert_int_equal(sx__consensus_vote(a, 3, votes, &rule, &need), 2);
	assert_string_equal(rule, "two-thirds");
	assert_int_equal(need, 2);
	assert_int_equal(votes[0], 2);
	assert_int_equal(votes[1], 1);
	assert_int_equal(votes[2], 2);
	/* 2 of 4 is not two thirds (need 3): the best score wins */
	sx_vote_cand b[] = {{9.0, true, 1}, {9.0, true, 1}, {9.8, true, 2}, {8.0, true, 3}};
	assert_int_equal(sx__consensus_vote(b, 4, votes, &rule, &need), 2);
	assert_string_equal(rule, "best-score");
	assert_int_equal(need, 3);
	assert_int_equal(votes[0], 2);
	/* 3 of 4 agree */
	b[3].key = 1;
	assert_int_equal(sx__consensus_vote(b, 4, votes, &rule, &need), 0);
	assert_string_equal(rule, "two-thirds");
	assert_int_equal(votes[3], 3);
	/* no previews: nobody agrees, a tie on the score goes to the first */
	sx_vote_cand c[] = {{10.0, false, 5}, {10.0, false, 5}, {10.0, true, 5}};
	assert_int_equal(sx__consensus_vote(c, 3, votes, &rule, &need), 0);
	assert_string_equal(rule, "best-score");
	assert_int_equal(votes[0], 1);
	assert_int_equal(votes[1], 1);
	assert_int_equal(votes[2], 1);
	/* two candidates that agree are two thirds of two */
	sx_vote_cand d[] = {{8.0, true, 4}, {9.0, true, 4}};
	assert_int_equal(sx__consensus_vote(d, 2, votes, &rule, &need), 1);
	assert_string_equal(rule, "two-thirds");
	assert_int_equal(need, 2);
}

int main(void)
{
	const struct CMUnitTest dag[] = {
	    cmocka_unit_test(test_dag_parallel),      cmocka_unit_test(test_dag_one_worker),
	    cmocka_unit_test(test_dag_failure_skips), cmocka_unit_test(test_dag_bad_plans),
	    cmocka_unit_test(test_dag_cancel),        cmocka_unit_test(test_answer_json),
	    cmocka_unit_test(test_answer_code),       cmocka_unit_test(test_graph_dot_escaping),
	    cmocka_unit_test(test_consensus_vote),
	};
	const struct CMUnitTest tools[] = {
		cmocka_unit_test(test_tools_workspace),
		cmocka_unit_test(test_tools_live),
		cmocka_unit_test(test_tools_bad_calls),
	};
	int rc = cmocka_run_group_tests_name("dag", dag, NULL, NULL);
	return rc | cmocka_run_group_tests_name("tools", tools, tools_setup, tools_teardown);
}
