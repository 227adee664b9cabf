/*
 * test_golden.c - the workbench rendered without a terminal, compared
 * with golden files (characters, styles and the theme's values of the
 * styles used) at 80x24 and 160x48 after scripted keys.
 *
 * Regenerate after an intended change: SX_UPDATE_GOLDEN=1 ctest -R tui_golden
 * and review the diff of tests/tui/golden/.
 */
#include <ctype.h>
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "tui_harness.h"

typedef struct {
	const char *name;
	const char *keys;
	const char *env_no_color; /* set NO_COLOR for this scenario */
} scenario;

static const scenario scenarios[] = {
	{"map_start", "", NULL},
	{"map_move", "jjjj", NULL},
	{"map_filter_typing", "/ord", NULL},
	{"map_filter_done", "/ORD<Enter>j", NULL},
	{"map_filter_cyrillic", "/клиенты<Enter>", NULL},
	{"map_filter_none", "/zzz", NULL},
	{"map_collapse", "gh<Up>h", NULL},
	{"map_details_focus", "jjj<Enter>jjjjj", NULL},
	{"map_details_cyrillic", "/клиен<Enter><Tab><Tab>", NULL},
	{"map_zoom_details", "<Tab><Tab>z", NULL},
	{"map_long_name", "/very_long<Enter>", NULL},
	{"help_tree", "?", NULL},
	{"help_scrolled", "?jjjjjj", NULL},
	{"cmdline_typing", ":goto ord", NULL},
	{"cmdline_complete_cmd", ":th<Tab>", NULL},
	{"cmdline_complete_table", ":goto cust<Tab>", NULL},
	{"cmdline_goto", ":goto payments<Enter>", NULL},
	{"cmdline_unknown", ":frobnicate<Enter>", NULL},
	{"cmdline_cancel", ":theme<Esc>", NULL},
	{"theme_light", ":theme light<Enter>", NULL},
	{"theme_solarized", ":theme solarized-dark<Enter>", NULL},
	{"theme_high_contrast", ":theme high-contrast<Enter>", NULL},
	{"theme_unknown", ":theme nope<Enter>", NULL},
	{"no_color", "", "1"},
	{"search_screen", "2", NULL},
	{"search_typing", "sorder", NULL},
	{"search_results", "scustomer orders<Enter>", NULL},
	{"search_russian", "sзаказы покупателей<Enter><settle>j", NULL},
	{"search_jump", "spayments<Enter><settle><Enter>", NULL},
	{"search_mark_path", "scustomers<Enter><settle>p1jjjjp", NULL},
	{"path_marked_start", "jjp", NULL},
	{"path_two_marks", "jjpjp", NULL},
	/* the pending start stays in sight after other keys; Esc cancels it */
	{"path_pending_kept", "jjpjj", NULL},
	{"path_pending_cancel", "jjp<Esc>jp", NULL},
	{"output_tables", ":tables<Enter><settle>", NULL},
	{"output_help_commands", ":help commands<Enter>", NULL},
	{"output_keys", ":keys<Enter>gjj", NULL},
	{"viewer_sql", ":view query.sql<Enter>", NULL},
	{"viewer_diff", ":diff a.sql b.sql<Enter>", NULL},
	{"chat_unconfigured", ":chat hello<Enter>", NULL},
	{"unbound_key", "Z", NULL},
	{"resize_small", "jj<resize:50x14>", NULL},
	{"resize_40x12", "<resize:40x12>", NULL},
	{"resize_40x12_tab", "<resize:40x12><Tab>", NULL},
	{"too_small", "<resize:39x12>", NULL},
	{"too_small_tiny", "<resize:12x3>", NULL},
	{"resize_back", "<resize:20x5><resize:100x30>j", NULL},
	{"cmdline_path_via", ":path customers products --via orders --max-hops 3<Enter><settle>",
	 NULL},
	{"cmdline_path_avoid", ":path customers products --avoid order_items<Enter><settle>", NULL},
	{"cmdline_path_min_conf", ":path customers payments --min-confidence 0.99<Enter><settle>",
	 NULL},
	{"cmdline_search_filter", ":search customer --no-pii -k 2<Enter><settle>", NULL},
	{"cmdline_graph_hops", ":graph orders --hops 2<Enter><settle>", NULL},
	{"cmdline_help_option", ":path --help<Enter>", NULL},
	{"cmdline_complete_option", ":path customers products --<Tab><Tab>", NULL},
	{"mouse_click_tree", "<click:5,6>", NULL},
	{"mouse_tab", "<click:12,0>", NULL},
	/* / filters the view it is typed in (lazygit, k9s), never the map's */
	{"search_slash", "2/phone", NULL},
	{"output_filter", ":help commands<Enter>/goto", NULL},
	{"output_filter_kept", ":help commands<Enter>/goto<Enter>k", NULL},
	{"viewer_filter", ":view query.sql<Enter>/join", NULL},
	{"path_filter", "jjpjp<settle>/item", NULL},
	{"path_filter_none", "jjpjp<settle>/zzz<Enter>", NULL},
	/* a filter that matches no name offers the meaning search */
	{"map_filter_to_search", "/customer orders<Enter><settle>", NULL},
	{"map_filter_offer", "/customer orders", NULL},
	/* review of inferred relationships */
	{"review_queue", "vz", NULL},
	{"review_complete_id", ":reject <Tab>", NULL},
	{"relations_help", ":relations --help<Enter>", NULL},
	/* cut text says so: ellipses, a more sign, one-line warnings */
	{"path_warning_details", "jjpjp<settle>w", NULL},
	/* the ER graph: tree view, pan, fit, back to the previous centre */
	{"graph_tree", ":graph orders --hops 2<Enter><settle>t", NULL},
	{"graph_tree_move", ":graph orders --hops 2<Enter><settle>tjj", NULL},
	{"graph_pan", ":graph orders --hops 2<Enter><settle>LLJ", NULL},
	{"graph_back", ":graph orders<Enter><settle>l<Enter><settle>b<settle>", NULL},
	/* a sideways scroll keeps the column names */
	{"details_scroll_right", "/orders<Enter><Tab><Tab>jjjjjjjjjjjjjlll", NULL},
	{"viewer_scroll_zoom", ":view query.sql<Enter><resize:50x14>llz", NULL},
	/* smaller ones */
	{"complete_no_actions", ":p<Tab>", NULL},
	{"search_type_on_arrival", "2phone", NULL},
	{"search_arrival_screen_key", "21", NULL},
	{"no_color_search", "scustomer<settle>", "1"},
	{"viewer_cut_right", ":view query.sql<Enter><resize:44x14>", NULL},
};

static void run(const scenario *sc, int w, int h)
{
	tui_app *app;
	char name[128], *dump;
	if (sc->env_no_color)
		setenv("NO_COLOR", sc->env_no_color, 1);
	app = th_app(w, h);
	assert_non_null(app);
	assert_int_equal(th_keys(app, sc->keys), 0);
	dump = th_dump(app);
	assert_non_null(dump);
	snprintf(name, sizeof name, "%s-%dx%d", sc->name, w, h);
	if (th_golden(name, dump) != 0)
		fail_msg("golden '%s' differs (SX_UPDATE_GOLDEN=1 regenerates)", name);
	free(dump);
	tui_app_free(app);
	unsetenv("NO_COLOR");
}

static void test_scenario(void **state)
{
	const scenario *sc = *state;
	run(sc, 80, 24);
	run(sc, 160, 48);
}

/* The graph pane draws the map's JSON drawing model: a fixture graph in
 * that format (what `graph --format json` returns). */
static void test_graph_fixture(void **state)
{
	static const char *json =
		"{\"center\":\"shop.main.orders\",\"nodes\":["
		"{\"id\":\"shop.main.customers\",\"label\":\"customers\",\"x\":0,\"y\":0,\"w\":13,"
		"\"h\":3,\"pii\":true},"
		"{\"id\":\"shop.main.orders\",\"label\":\"orders\",\"x\":24,\"y\":0,\"w\":10,\"h\":3,"
		"\"center\":true},"
		"{\"id\":\"shop.main.order_items\",\"label\":\"order_items\",\"x\":44,\"y\":0,\"w\":15,"
		"\"h\":3},"
		"{\"id\":\"shop.main.payments\",\"label\":\"payments\",\"x\":24,\"y\":7,\"w\":12,"
		"\"h\":3}],"
		"\"edges\":["
		"{\"from\":\"shop.main.orders\",\"to\":\"shop.main.customers\",\"kind\":\"declared\","
		"\"points\":[[24,1],[13,1]]},"
		"{\"from\":\"shop.main.order_items\",\"to\":\"shop.main.orders\",\"kind\":\"declared\","
		"\"points\":[[44,1],[34,1]]},"
		"{\"from\":\"shop.main.payments\",\"to\":\"shop.main.orders\",\"kind\":\"inferred\","
		"\"points\":[[29,7],[29,3]]}]}";
	const int sizes[2][2] = {{80, 24}, {160, 48}};
	int i;
	(void)state;
	for (i = 0; i < 2; i++) {
		tui_app *app = th_app(sizes[i][0], sizes[i][1]);
		cJSON *g = cJSON_Parse(json);
		sx_error err = {0};
		char name[64], *dump;
		assert_non_null(app);
		assert_int_equal(tui_graph_set_json(app->graph, g, &err), 0);
		cJSON_Delete(g);
		/* focus the graph and move right, then down */
		assert_int_equal(th_keys(app, "<Tab>l"), 0);
		dump = th_dump(app);
		snprintf(name, sizeof name, "graph_fixture-%dx%d", sizes[i][0], sizes[i][1]);
		if (th_golden(name, dump) != 0)
			fail_msg("golden '%s' differs", name);
		free(dump);
		assert_int_equal(th_keys(app, "hj"), 0);
		dump = th_dump(app);
		snprintf(name, sizeof name, "graph_fixture_down-%dx%d", sizes[i][0], sizes[i][1]);
		if (th_golden(name, dump) != 0)
			fail_msg("golden '%s' differs", name);
		free(dump);
		tui_app_free(app);
	}
}

/* Streamed text: tokens and reasoning arrive as job stream events; the
 * view follows the end, stops following when scrolled up. */
static void test_stream_view(void **state)
{
	tui_app *app = th_app(80, 24);
	char line[64], *dump;
	int i;
	(void)state;
	assert_non_null(app);
	tui_app_set_screen(app, TUI_SCREEN_OUTPUT);
	tui_app_cmd_stream(app, NULL, SX_STREAM_INFO, "› :chat why is the sky blue\n");
	tui_app_cmd_stream(app, NULL, SX_STREAM_REASONING, "The user asks about Rayleigh ");
	tui_app_cmd_stream(app, NULL, SX_STREAM_REASONING, "scattering.\n");
	for (i = 1; i <= 90; i++) {
		snprintf(line, sizeof line, "token %d %s", i, i % 4 ? "" : "\n");
		tui_app_cmd_stream(app, NULL, SX_STREAM_TEXT, line);
	}
	tui_app_cmd_stream(app, NULL, SX_STREAM_TEXT, "Короткие волны рассеиваются сильнее.\n");
	dump = th_dump(app);
	if (th_golden("stream_follow-80x24", dump) != 0)
		fail_msg("golden stream_follow differs");
	free(dump);
	assert_int_equal(th_keys(app, "kkk"), 0);
	tui_app_cmd_stream(app, NULL, SX_STREAM_TEXT, "more text that must not move the view\n");
	dump = th_dump(app);
	if (th_golden("stream_scrolled-80x24", dump) != 0)
		fail_msg("golden stream_scrolled differs");
	free(dump);
	tui_app_free(app);
}

/* Accepting an inferred relationship from the details pane: the decision
 * goes through `relations accept`, the map reloads and shows it. */
static void test_decide(void **state)
{
	const char *ws = th_copy_ws("ws-decide");
	tui_app *app;
	sx_table *t = NULL;
	const sx_map_rel **rels = NULL;
	size_t n = 0, i;
	int accepted = 0;
	char *dump;
	(void)state;
	assert_non_null(ws);
	app = th_app_ws(80, 24, ws);
	assert_non_null(app);
	/* payments.order_id has no declared key: the map infers it */
	assert_int_equal(th_keys(app, "/payments<Enter><Tab><Tab>Ga"), 0);
	dump = th_dump(app);
	if (th_golden("decide_accept-80x24", dump) != 0)
		fail_msg("golden decide_accept differs");
	free(dump);
	assert_int_equal(sx_catalog_resolve(app->cat, "payments", &t, NULL), 0);
	assert_non_null(app->map);
	assert_int_equal(sx_dbmap_rels_of(app->map, t, &rels, &n, NULL), 0);
	for (i = 0; i < n; i++)
		accepted += rels[i]->status == SX_STATUS_ACCEPTED;
	free(rels);
	assert_int_equal(accepted, 1);
	/* the cursor stayed on the relationship it decided: the details did
	 * not jump back to their top (the table's id line) */
	dump = th_dump(app);
	assert_non_null(strstr(dump, "RELATIONSHIPS (1)"));
	assert_null(strstr(dump, "shop.main.payments · table"));
	free(dump);
	/* u puts it back, through the store: the log holds both decisions */
	assert_int_equal(th_keys(app, "u<settle>"), 0);
	assert_int_equal(sx_catalog_resolve(app->cat, "payments", &t, NULL), 0);
	assert_int_equal(sx_dbmap_rels_of(app->map, t, &rels, &n, NULL), 0);
	for (i = 0, accepted = 0; i < n; i++)
		accepted += rels[i]->status != SX_STATUS_PROPOSED;
	free(rels);
	assert_int_equal(accepted, 0);
	{
		sx_store *st = NULL;
		cJSON *log = NULL;
		assert_int_equal(sx_store_open(&st, ws, NULL), 0);
		assert_int_equal(sx_store_decision_log(st, NULL, 0, &log, NULL), 0);
		assert_int_equal(cJSON_GetArraySize(log), 2);
		assert_string_equal(sx_json_str(cJSON_GetArrayItem(log, 0), "status", ""), "accepted");
		cJSON_Delete(log);
		sx_store_close(st);
	}
	/* nothing left to undo */
	assert_int_equal(th_keys(app, "u"), 0);
	assert_non_null(strstr(app->msg, "no decision"));
	tui_app_free(app);
}

/* `:graph TABLE --format dot -o FILE` writes the export (the engine's
 * graph command, run as a job) and centres the pane on TABLE. */
static void test_graph_export(void **state)
{
	tui_app *app = th_app(80, 24);
	char *dot = NULL;
	sx_table *t;
	(void)state;
	assert_non_null(app);
	unlink("orders.dot");
	assert_int_equal(tui_app_exec_line(app, ":graph orders --format dot -o orders.dot"), 0);
	tui_app_settle(app, true);
	assert_int_equal(sx_file_read("orders.dot", &dot, NULL, NULL), 0);
	assert_non_null(strstr(dot, "digraph"));
	assert_non_null(strstr(dot, "customers"));
	assert_non_null(t = tui_app_selected_table(app));
	assert_string_equal(t->name, "orders");
	free(dot);
	/* a bad option value is a usage error, nothing runs */
	assert_int_not_equal(tui_app_exec_line(app, ":graph orders --hops 0"), 0);
	assert_int_not_equal(tui_app_exec_line(app, ":path customers products --via nope"), 0);
	tui_app_free(app);
}

/* `:search QUERY --domain D` filters the real search (the search module
 * on the frozen workspace): every hit is of that domain, and fewer than
 * without the filter. */
static void test_search_filter_real(void **state)
{
	tui_app *app = th_app(80, 24);
	const cJSON *res, *h;
	int all, filtered;
	(void)state;
	assert_non_null(app);
	th_real_search(app);
	assert_int_equal(tui_app_exec_line(app, ":search customer orders"), 0);
	tui_app_settle(app, true);
	assert_non_null(res = tui_search_results(app->search));
	all = cJSON_GetArraySize(res);
	assert_true(all > 1);
	assert_int_equal(tui_app_exec_line(app, ":search customer orders --domain sales_orders"), 0);
	tui_app_settle(app, true);
	assert_non_null(res = tui_search_results(app->search));
	filtered = cJSON_GetArraySize(res);
	assert_true(filtered > 0 && filtered < all);
	cJSON_ArrayForEach(h, res) assert_string_equal(sx_json_str(h, "domain", ""), "sales_orders");
	/* -k caps the hits; the filters of the last :search QUERY stay */
	assert_int_equal(tui_app_exec_line(app, ":search customer orders -k 1"), 0);
	tui_app_settle(app, true);
	assert_int_equal(cJSON_GetArraySize(tui_search_results(app->search)), 1);
	assert_int_not_equal(tui_app_exec_line(app, ":search x --pii --no-pii"), 0);
	assert_int_not_equal(tui_app_exec_line(app, ":search x --database nope"), 0);
	tui_app_free(app);
}

/* A period in the query brings the partition that holds it to the
 * Search pane, above its parent and named as such (real search on a DDL
 * file with a range-partitioned table; no golden, the ranking may move). */
static void test_search_partition_real(void **state)
{
	char cwd[512], ws[1200], *dump;
	const cJSON *res, *h;
	tui_app *app;
	(void)state;
	assert_int_equal(th_write("ledger.sql",
				  "CREATE TABLE customers (id int PRIMARY KEY, full_name text);\n"
				  "CREATE TABLE payments (id bigint, customer_id int REFERENCES "
				  "customers(id), paid_at date NOT NULL, amount numeric(12,2))\n"
				  "  PARTITION BY RANGE (paid_at);\n"
				  "CREATE TABLE payments_y2024m02 PARTITION OF payments\n"
				  "  FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');\n"
				  "CREATE TABLE payments_y2024m03 PARTITION OF payments\n"
				  "  FOR VALUES FROM ('2024-03-01') TO ('2024-04-01');\n"
				  "CREATE TABLE shipments (id int PRIMARY KEY, shipped_at date);\n"),
			 0);
	assert_non_null(getcwd(cwd, sizeof cwd));
	snprintf(ws, sizeof ws, "%s/ws-parts", cwd);
	assert_int_equal(th_cmd(ws, 2, (char *[]){"analyze", "ledger.sql"}), 0);
	app = th_app_ws(100, 30, ws);
	assert_non_null(app);
	th_real_search(app);
	assert_int_equal(tui_app_exec_line(app, ":search payments for march 2024"), 0);
	tui_app_settle(app, true);
	assert_non_null(res = tui_search_results(app->search));
	assert_non_null(h = cJSON_GetArrayItem(res, 0));
	assert_string_equal(sx_json_str(h, "partition", ""), "payments_y2024m03");
	assert_string_equal(sx_json_str(h, "name", ""), "payments");
	tui_app_render(app);
	dump = th_dump(app);
	assert_non_null(strstr(dump, "payments_y2024m03  partition of payments"));
	free(dump);
	/* no period: the table itself, no partition */
	assert_int_equal(tui_app_exec_line(app, ":search payments"), 0);
	tui_app_settle(app, true);
	assert_non_null(h = cJSON_GetArrayItem(tui_search_results(app->search), 0));
	assert_null(cJSON_GetObjectItem(h, "partition"));
	tui_app_free(app);
}

/* [keys] C-t = path customers payments --max-hops 2: the key runs the
 * line as if typed after ':'. */
static void test_key_command_line(void **state)
{
	tui_app *app;
	char *dump;
	(void)state;
	assert_int_equal(th_write("keys.ini", "[keys]\n"
					      "C-t = path customers products --via orders --max-hops 3\n"),
			 0);
	app = th_app_cfg(80, 24, "keys.ini");
	assert_non_null(app);
	assert_int_equal(th_keys(app, "<C-t><settle>"), 0);
	dump = th_dump(app);
	/* the same screen as the typed line */
	if (th_golden("cmdline_path_via-80x24", dump) != 0)
		fail_msg("C-t did not run its line as ':' does");
	free(dump);
	/* :keys lists the bound line */
	assert_int_equal(tui_app_exec_line(app, ":keys"), 0);
	dump = th_dump(app);
	assert_non_null(strstr(dump, "C-t            :path customers products --via orders"));
	free(dump);
	tui_app_free(app);
}

/* ------------------------------------------------------------ run screens */

/* Screens 6-9 are fed from a recorded run, not a live one, so that engine
 * changes rewrite no golden: tests/tui/fixture/run-events.jsonl holds what
 * `sextant generate "daily revenue into ClickHouse" --target clickhouse
 * --events jsonl` printed on the demo (progress lines dropped), run.json
 * what its --json printed. */
static char *slurp_fixture(const char *name)
{
	const char *src = getenv("SX_SOURCE_DIR");
	char path[1024];
	FILE *f;
	long n;
	char *buf;
	snprintf(path, sizeof path, "%s/tests/tui/fixture/%s", src ? src : ".", name);
	if (!(f = fopen(path, "rb")))
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	if (buf)
		buf[n] = 0;
	fclose(f);
	return buf;
}

/* Replays the recorded events, then hands the app the recorded result, as
 * the generate job's end does. */
static void load_recorded_run(tui_app *app)
{
	char *events = slurp_fixture("run-events.jsonl"), *res = slurp_fixture("run.json");
	char *line, *next;
	cJSON *r;
	assert_non_null(events);
	assert_non_null(res);
	for (line = events; line && *line; line = next) {
		cJSON *o;
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		if ((o = cJSON_Parse(line)) != NULL) {
			tui_run_event_json(app, o);
			cJSON_Delete(o);
		}
	}
	r = cJSON_Parse(res);
	assert_non_null(r);
	tui_run_set_result(app, r, true);
	cJSON_Delete(r);
	free(events);
	free(res);
}

typedef struct {
	const char *name, *keys;
} run_shot;

/* Each shot on a fresh app with the recorded run (then prep, when set),
 * at 80x24, 160x48 and 40x12 (the screens stack and nothing crashes). */
static void run_shots(const run_shot *shots, size_t n, void (*prep)(tui_app *, const run_shot *))
{
	const int sizes[3][2] = {{80, 24}, {160, 48}, {40, 12}};
	size_t k;
	int i;
	for (i = 0; i < 3; i++)
		for (k = 0; k < n; k++) {
			tui_app *app = th_app(sizes[i][0], sizes[i][1]);
			char name[96], *dump;
			assert_non_null(app);
			load_recorded_run(app);
			if (prep)
				prep(app, &shots[k]);
			assert_int_equal(th_keys(app, shots[k].keys), 0);
			dump = th_dump(app);
			assert_non_null(dump);
			snprintf(name, sizeof name, "%s-%dx%d", shots[k].name, sizes[i][0], sizes[i][1]);
			if (th_golden(name, dump) != 0)
				fail_msg("golden '%s' differs (SX_UPDATE_GOLDEN=1 regenerates)", name);
			free(dump);
			tui_app_free(app);
		}
}

static void test_run_screens(void **state)
{
	static const run_shot shots[] = {
		{"run_agents", "6j"},          /* the analyst: a tool call as a folded line */
		{"run_agents_qa", "6jjjj"},
		{"run_reflection", "7<Enter>"},
		{"run_artifacts", "8"},
		{"run_artifacts_ddl", "8j"},
		{"run_history_empty", "9"},
		{"run_form", "jnrevenue<Tab><Tab><Right>"}, /* from the map: the table mentioned */
	};
	(void)state;
	run_shots(shots, sizeof shots / sizeof shots[0], NULL);
}

/* The planner's question (tests/tui/fixture/ambiguity.json: the event
 * `generate "monthly revenue by customer" --events jsonl` printed on the
 * demo) on top of the recorded run: the choice list in place on the
 * Agents screen; j moves the selection, Esc closes it. A recorded
 * question has no countdown, so every frame is the same. */
static void post_question(tui_app *app, const run_shot *shot)
{
	char *q = slurp_fixture("ambiguity.json");
	cJSON *ev = q ? cJSON_Parse(q) : NULL;
	assert_non_null(ev);
	tui_run_event_json(app, ev);
	assert_true(tui_ask_active(app));
	cJSON_Delete(ev);
	free(q);
	(void)shot;
}

static void test_run_ambiguity(void **state)
{
	static const run_shot shots[] = {
	    {"run_ambiguity", "6"},
	    {"run_ambiguity_move", "6j"},
	    {"run_ambiguity_closed", "6j<Esc>"},
	};
	(void)state;
	run_shots(shots, sizeof shots / sizeof shots[0], post_question);
}

/* The recorded run as `run show ID --with-events` returns it: the result
 * with the events as stored rows ({"seq", "json"}; no times, so the
 * replay's clock stands still and every frame is the same). As the
 * history does, the token deltas are not rows: they are coalesced into
 * "thoughts", one {step, agent, text, reasoning, cut} per step and agent
 * in the order they began. */
static cJSON *recorded_show(void)
{
	char *events = slurp_fixture("run-events.jsonl"), *res = slurp_fixture("run.json");
	char *line, *next;
	cJSON *r, *evs, *th;
	int seq = 0;
	assert_non_null(events);
	assert_non_null(res);
	r = cJSON_Parse(res);
	assert_non_null(r);
	evs = cJSON_AddArrayToObject(r, "events");
	th = cJSON_AddArrayToObject(r, "thoughts");
	for (line = events; line && *line; line = next) {
		cJSON *row, *ev;
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		ev = cJSON_Parse(line);
		assert_non_null(ev);
		if (strcmp(sx_json_str(ev, "type", ""), "token") == 0) {
			const char *step = sx_json_str(ev, "step", "run"),
			           *agent = sx_json_str(ev, "agent", "run");
			const char *key = strcmp(sx_json_str(ev, "channel", ""), "reasoning") == 0
			                      ? "reasoning"
			                      : "text";
			cJSON *t = NULL, *x, *old;
			char *cat;
			cJSON_ArrayForEach(
			    x, th) if (strcmp(sx_json_str(x, "step", ""), step) == 0 &&
			               strcmp(sx_json_str(x, "agent", ""), agent) == 0) t = x;
			if (!t) {
				t = cJSON_CreateObject();
				sx_json_add_str(t, "step", step);
				sx_json_add_str(t, "agent", agent);
				sx_json_add_str(t, "text", "");
				sx_json_add_int(t, "cut", 0);
				cJSON_AddItemToArray(th, t);
			}
			old = cJSON_GetObjectItem(t, key);
			{
				sx_buf b = SX_BUF_INIT;
				sx_buf_printf(&b, "%s%s", old ? old->valuestring : "",
				              sx_json_str(ev, "text", ""));
				cat = sx_buf_detach(&b);
			}
			assert_non_null(cat);
			cJSON_DeleteItemFromObject(t, key);
			sx_json_add_str(t, key, cat);
			free(cat);
			cJSON_Delete(ev);
			continue;
		}
		cJSON_Delete(ev);
		row = cJSON_CreateObject();
		sx_json_add_int(row, "seq", ++seq);
		sx_json_add_str(row, "json", line);
		cJSON_AddItemToArray(evs, row);
	}
	free(events);
	free(res);
	return r;
}

/* The screen against golden NAME-WxH; returns the dump (caller frees). */
static char *expect_golden(tui_app *app, const char *name)
{
	char full[96], *dump = th_dump(app);
	assert_non_null(dump);
	snprintf(full, sizeof full, "%s-%dx%d", name, app->w, app->h);
	if (th_golden(full, dump) != 0)
		fail_msg("golden '%s' differs (SX_UPDATE_GOLDEN=1 regenerates)", full);
	return dump;
}

/* The new states of screens 6 and 8: the report of a try on a sample
 * (tests/tui/fixture/try.json: what `sextant pipeline try ID --json`
 * printed for the same intent's run with --target sqlite on the demo), and
 * a stored run replayed, stopped half-way and at its end. */
static void test_run_states(void **state)
{
	const int sizes[3][2] = {{80, 24}, {160, 48}, {40, 12}};
	int i;
	(void)state;
	for (i = 0; i < 3; i++) {
		tui_app *app = th_app(sizes[i][0], sizes[i][1]);
		char *dump, *tryj = slurp_fixture("try.json");
		cJSON *rep = tryj ? cJSON_Parse(tryj) : NULL, *show = recorded_show();
		sx_error err = {0};
		int left;
		assert_non_null(app);
		assert_non_null(rep);
		load_recorded_run(app);
		assert_int_equal(th_keys(app, "8"), 0);
		tui_artifacts_set_try(app->artifacts, rep, 0, NULL);
		free(expect_golden(app, "run_try"));
		/* j goes back to the files */
		assert_int_equal(th_keys(app, "j"), 0);
		dump = th_dump(app);
		assert_null(strstr(dump, "try on a sample"));
		free(dump);

		/* replay: the plan fills in event by event */
		assert_int_equal(tui_run_replay(app, show, &err), 0);
		assert_true(tui_run_replaying(app));
		assert_int_equal(app->screen, TUI_SCREEN_AGENTS);
		left = tui_run_replay_advance(
		    app, cJSON_GetArraySize(cJSON_GetObjectItem(show, "events")) / 2);
		assert_true(left > 0);
		dump = expect_golden(app, "run_replay_mid");
		assert_non_null(strstr(dump, "replay "));
		/* the planner's thoughts, from the run's stored "thoughts" */
		assert_non_null(
		    strstr(dump, app->h >= 24 ? "no similar past run in memory" : "threshold 8.5"));
		free(dump);
		/* End: the final state at once */
		assert_int_equal(th_keys(app, "<End>"), 0);
		assert_false(tui_run_replaying(app));
		assert_non_null(tui_run_result(app));
		dump = expect_golden(app, "run_replay_end");
		assert_non_null(strstr(dump, "done "));
		free(dump);
		cJSON_Delete(rep);
		cJSON_Delete(show);
		free(tryj);
		tui_app_free(app);
	}
}

/* The plan as boxes (from 96 columns: the 160x48 shots; 80x24 and 40x12
 * keep the list): h / l move between dependency levels, and without
 * UTF-8 ([ui] ascii, or no UTF-8 locale) the boxes and connectors are
 * drawn with + - | >. */
static void set_ascii(tui_app *app, const run_shot *shot)
{
	if (strstr(shot->name, "ascii"))
		app->grid.ascii = app->ascii = true;
	if (strstr(shot->name, "fallback")) {
		/* the SQL expert's endpoint failed and the next one answered:
		 * the log event a model run records (endpoints.c) */
		cJSON *ev = cJSON_Parse(
		    "{\"type\":\"log\",\"agent\":\"sql_expert\",\"step\":\"sql\","
		    "\"level\":\"warning\",\"message\":\"endpoint big failed (HTTP 503); "
		    "default takes over\"}");
		assert_non_null(ev);
		tui_run_event_json(app, ev);
		cJSON_Delete(ev);
	}
}

static void test_run_plan_boxes(void **state)
{
	static const run_shot shots[] = {
	    {"run_plan_left", "6jjjjh"}, /* qa, then back a level: python */
	    {"run_plan_right", "6ll"},   /* plan, analyse, python */
	    {"run_plan_ascii", "6jj"},
	    {"run_plan_fallback", "6jjj"},     /* sql: ↻ fallback, the warning in its text */
	    {"run_plan_fallback_qa", "6jjjj"}, /* qa selected: sql's row in the warning colour */
	};
	(void)state;
	run_shots(shots, sizeof shots / sizeof shots[0], set_ascii);
}

/* A stored run shown at once (`e` on History: `run show ID` without its
 * events): the thoughts the history kept are the agents' text, the cut
 * one ends with its mark; a run stored before thoughts were kept says so. */
static void test_run_stored_thoughts(void **state)
{
	const int sizes[3][2] = {{80, 24}, {160, 48}, {40, 12}};
	int i;
	(void)state;
	for (i = 0; i < 3; i++) {
		tui_app *app = th_app(sizes[i][0], sizes[i][1]);
		cJSON *show = recorded_show(), *t;
		char *dump;
		assert_non_null(app);
		cJSON_DeleteItemFromObject(show, "events");
		sx_json_add_str(show, "id", "01M8XN4ME5SY59BQMDFBAY6BMK");
		/* the planner's text as a history with a small cap keeps it */
		t = cJSON_GetArrayItem(cJSON_GetObjectItem(show, "thoughts"), 0);
		assert_string_equal(sx_json_str(t, "agent", ""), "planner");
		cJSON_ReplaceItemInObject(t, "text",
		                          cJSON_CreateString("run 01M8XN4ME5SY59BQMDFBAY6BMK: "
		                                             "\"daily revenue into ClickHouse\""));
		cJSON_ReplaceItemInObject(t, "cut", cJSON_CreateNumber(2048));
		tui_run_set_result(app, show, false);
		assert_int_equal(th_keys(app, "6"), 0);
		dump = expect_golden(app, "run_stored_thoughts");
		assert_non_null(strstr(dump, "(cut: 2048 bytes more)"));
		if (app->w >= 80)
			assert_non_null(strstr(dump, "\"daily revenue into ClickHouse\""));
		free(dump);
		/* the analyst's stored text */
		assert_int_equal(th_keys(app, "j"), 0);
		dump = th_dump(app);
		if (!strstr(dump, app->h >= 24 ? "path confidence 1.00" : "do not select"))
			fail_msg("%s", dump);
		free(dump);
		/* stored before the history kept thoughts */
		cJSON_DeleteItemFromObject(show, "thoughts");
		tui_run_set_result(app, show, false);
		dump = th_dump(app);
		assert_non_null(strstr(dump, "stored before runs"));
		free(dump);
		cJSON_Delete(show);
		tui_app_free(app);
	}
}

/* A stored run (`run show`'s shape: steps with their times, which tie to
 * the millisecond when steps are quick, and the plan's "dag"): at 160x48
 * the SQL expert and the Python coder share a level, one box above the
 * other, whatever the times say. */
/* The column (characters from the line's start) of p in a dump. */
static int cell_col(const char *dump, const char *p)
{
	int col = 0;
	while (p > dump && p[-1] != '\n')
		col += (*--p & 0xC0) != 0x80;
	return col;
}

static void test_run_stored_dag(void **state)
{
	static const char *const show =
	    "{\"id\":\"01M8ZSFCK394TRTXKPE4RSQ1ZS\",\"provider\":\"builtin\",\"intent\":\"x\","
	    "\"steps\":["
	    "{\"step\":\"plan\",\"agent\":\"planner\",\"status\":\"done\","
	    "\"started_at\":\"2026-12-04T05:47:15.940Z\",\"finished_at\":\"2026-12-04T05:47:15."
	    "943Z\"},"
	    "{\"step\":\"analyse\",\"agent\":\"schema_analyst\",\"status\":\"done\","
	    "\"started_at\":\"2026-12-04T05:47:15.943Z\",\"finished_at\":\"2026-12-04T05:47:15."
	    "943Z\"},"
	    "{\"step\":\"sql\",\"agent\":\"sql_expert\",\"status\":\"done\","
	    "\"started_at\":\"2026-12-04T05:47:15.943Z\",\"finished_at\":\"2026-12-04T05:47:15."
	    "943Z\"},"
	    "{\"step\":\"python\",\"agent\":\"python_coder\",\"status\":\"done\","
	    "\"started_at\":\"2026-12-04T05:47:15.943Z\",\"finished_at\":\"2026-12-04T05:47:15."
	    "944Z\"},"
	    "{\"step\":\"qa\",\"agent\":\"qa_validator\",\"status\":\"done\","
	    "\"started_at\":\"2026-12-04T05:47:15.944Z\",\"finished_at\":\"2026-12-04T05:47:16."
	    "232Z\"}],"
	    "\"dag\":[{\"id\":\"plan\",\"depends_on\":[]},{\"id\":\"analyse\",\"depends_on\":["
	    "\"plan\"]},"
	    "{\"id\":\"sql\",\"depends_on\":[\"analyse\"]},{\"id\":\"python\",\"depends_on\":["
	    "\"analyse\"]},"
	    "{\"id\":\"qa\",\"depends_on\":[\"sql\",\"python\"]}]}";
	tui_app *app = th_app(160, 48);
	cJSON *run = cJSON_Parse(show);
	char *dump, *sql, *py, *qa, *nl;
	(void)state;
	assert_non_null(app);
	assert_non_null(run);
	tui_run_set_result(app, run, false);
	assert_int_equal(th_keys(app, "6"), 0);
	dump = th_dump(app);
	sql = strstr(dump, "┌─sql");
	py = strstr(dump, "┌─python");
	qa = strstr(dump, "┌─qa");
	assert_non_null(sql);
	assert_non_null(py);
	assert_non_null(qa);
	/* sql and qa on the top row of boxes, python under sql, in its column */
	nl = strchr(sql, '\n');
	assert_true(qa < nl);
	assert_true(py > nl);
	assert_int_equal(cell_col(dump, sql), cell_col(dump, py));
	free(dump);
	cJSON_Delete(run);
	tui_app_free(app);
}

/* A real built-in run on the fixture workspace: the Agents screen gets its
 * steps and the result; a second run cancelled at once ends as cancelled
 * (whatever the engine had made is kept), and nothing leaks or hangs. */
static void test_run_live(void **state)
{
	const char *ws = th_copy_ws("ws-run");
	tui_app *app;
	char st[256];
	const cJSON *res;
	(void)state;
	assert_non_null(ws);
	app = th_app_ws(80, 24, ws);
	assert_non_null(app);
	assert_int_equal(tui_app_exec_line(app, ":generate total amount of payments by day --target sqlite"), 0);
	assert_int_equal(app->screen, TUI_SCREEN_AGENTS);
	tui_app_settle(app, true);
	res = tui_run_result(app);
	assert_non_null(res);
	assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(res, "artifacts")) > 0);
	tui_run_status(app, st, sizeof st);
	assert_non_null(strstr(st, "done"));
	assert_non_null(strstr(st, "score"));
	/* the second run, cancelled before it can end */
	assert_int_equal(tui_app_exec_line(app, ":generate daily payments --target sqlite"), 0);
	assert_true(tui_run_cancel(app));
	tui_app_settle(app, true);
	tui_run_status(app, st, sizeof st);
	if (!strstr(st, "cancelled"))
		fail_msg("status after cancel: %s (%s)", st, app->msg);
	assert_false(tui_run_cancel(app)); /* nothing runs any more */
	tui_app_free(app);
}

/* A live run whose planner asks (on the demo: "monthly revenue by
 * customer"): the choice list appears with a countdown, j and Enter pick
 * the second reading, the answer reaches the engine thread through the
 * job's pick mailbox, and the run's result records it as the user's. */
static void test_run_live_ambiguity(void **state)
{
	char demo[600], ws[1200], cwd[512], *dump;
	const char *b = getenv("SX_BUILD_DIR");
	const cJSON *res, *a;
	tui_app *app;
	int i;
	(void)state;
	snprintf(demo, sizeof demo, "%s/data/demo.sqlite", b ? b : "build");
	if (access(demo, R_OK) != 0)
		skip();
	assert_non_null(getcwd(cwd, sizeof cwd));
	snprintf(ws, sizeof ws, "%s/ws-ambig", cwd);
	assert_int_equal(th_cmd(ws, 2, (char *[]){"analyze", demo}), 0);
	app = th_app_ws(100, 30, ws);
	assert_non_null(app);
	assert_int_equal(
	    tui_app_exec_line(app, ":generate monthly revenue by customer --provider builtin"), 0);
	for (i = 0; i < 600 && !tui_ask_active(app); i++) {
		usleep(50000);
		tui_app_settle(app, false);
	}
	assert_true(tui_ask_active(app));
	tui_app_render(app);
	dump = th_dump(app);
	assert_non_null(strstr(dump, "sum:t_ord_hdr.total_amount"));
	assert_non_null(strstr(dump, "default in "));
	free(dump);
	assert_int_equal(th_keys(app, "j<Enter>"), 0);
	assert_false(tui_ask_active(app));
	tui_app_settle(app, true);
	res = tui_run_result(app);
	assert_non_null(res);
	a = cJSON_GetArrayItem(cJSON_GetObjectItem(res, "ambiguities"), 0);
	assert_non_null(a);
	assert_string_equal(sx_json_str(a, "how", ""), "user");
	assert_string_equal(sx_json_str(a, "chosen_option", ""), "sum:t_ord_hdr.total_amount");
	tui_app_free(app);
}

/* Runs a shell line; its first output line in out. */
static int sh(const char *cmd, char *out, size_t n)
{
	FILE *f = popen(cmd, "r");
	if (!f)
		return -1;
	out[0] = 0;
	if (!fgets(out, (int)n, f))
		out[0] = 0;
	out[strcspn(out, "\n")] = 0;
	return pclose(f);
}

/* The new actions end to end on a real built-in run in the fixture
 * workspace: :try (T) runs `pipeline try` on a sample (a SQLite target: a
 * temporary file) and the report shows its steps; G commits the files to
 * a real git repository, and says so when there is nothing left to commit
 * or the directory is not a repository; on History, Enter replays the run
 * to its final state, S sorts, and A records feedback with a note. */
static void test_run_try_commit_replay(void **state)
{
	const char *ws0 = th_copy_ws("ws-try");
	char ws[800], repo[900], plain[900], cmd[2400], out[512], id[64], *dump;
	tui_app *app;
	(void)state;
	assert_non_null(ws0);
	snprintf(ws, sizeof ws, "%s", ws0);
	app = th_app_ws(100, 30, ws);
	assert_non_null(app);
	assert_int_equal(
	    tui_app_exec_line(app, ":generate total amount of payments by day --target sqlite"), 0);
	tui_app_settle(app, true);
	assert_non_null(tui_run_result(app));
	snprintf(id, sizeof id, "%s", sx_json_str(tui_run_result(app), "run_id", ""));
	assert_true(id[0] != 0);

	/* try on a sample, from the command line */
	assert_int_equal(tui_app_exec_line(app, ":try"), 0);
	assert_int_equal(app->screen, TUI_SCREEN_ARTIFACTS);
	tui_app_settle(app, true);
	dump = th_dump(app);
	if (!strstr(dump, "try on a sample: ") || !strstr(dump, "1 source      read-only") ||
	    !strstr(dump, "5 cleanup") || !strstr(dump, "try.cleanup")) {
		fputs(dump, stderr);
		fail_msg("no try report on screen (%s)", app->msg);
	}
	free(dump);
	/* C-c cancels a try that runs: the report says so, nothing hangs, and
	 * no scratch file is left behind */
	assert_int_equal(th_keys(app, "T<C-c>"), 0);
	dump = th_dump(app);
	/* the try takes ~100 ms, the two keys microseconds: C-c finds it running */
	if (!strstr(dump, "try on a sample: cancelled") || !strstr(app->msg, "try: cancelled"))
		fail_msg("the try was not cancelled (%s)", app->msg);
	free(dump);
	{
		char pat[128];
		glob_t gl;
		size_t k;
		snprintf(pat, sizeof pat, "/tmp/sx_try_%s_*", id);
		for (k = 12; pat[k]; k++)
			pat[k] = (char)tolower((unsigned char)pat[k]);
		assert_int_equal(glob(pat, 0, NULL, &gl), GLOB_NOMATCH);
	}

	/* G: a real repository */
	snprintf(repo, sizeof repo, "%s-repo", ws);
	snprintf(plain, sizeof plain, "%s-plain", ws);
	snprintf(cmd, sizeof cmd, "git init -q '%s' && mkdir -p '%s'", repo, plain);
	if (system(cmd) != 0) {
		tui_app_free(app);
		skip(); /* no git here */
	}
	setenv("GIT_AUTHOR_NAME", "Sextant Test", 1);
	setenv("GIT_AUTHOR_EMAIL", "test@example.com", 1);
	setenv("GIT_COMMITTER_NAME", "Sextant Test", 1);
	setenv("GIT_COMMITTER_EMAIL", "test@example.com", 1);
	assert_int_equal(th_keys(app, "G"), 0);
	dump = th_dump(app);
	assert_non_null(strstr(dump, "commit to git repository: "));
	free(dump);
	assert_int_equal(th_keys(app, "<C-u>"), 0);
	for (const char *c = repo; *c; c++)
		tui_app_key(app, (unsigned char)*c, false);
	assert_int_equal(th_keys(app, "<Enter>"), 0);
	if (!strstr(app->msg, "committed "))
		fail_msg("G: %s", app->msg);
	snprintf(cmd, sizeof cmd, "git -C '%s' log -1 --format=%%s", repo);
	assert_int_equal(sh(cmd, out, sizeof out), 0);
	snprintf(cmd, sizeof cmd, "sextant run %s: total amount of payments by day", id);
	assert_string_equal(out, cmd);
	snprintf(cmd, sizeof cmd, "git -C '%s' ls-files select.sql report.json | wc -l", repo);
	assert_int_equal(sh(cmd, out, sizeof out), 0);
	assert_string_equal(out, "2");
	/* again: the files are there (asks first), then nothing to commit;
	 * the path is remembered */
	assert_int_equal(th_keys(app, "G"), 0);
	dump = th_dump(app);
	assert_non_null(strstr(dump, repo));
	free(dump);
	assert_int_equal(th_keys(app, "<Enter>"), 0);
	dump = th_dump(app);
	assert_non_null(strstr(dump, "write over and commit? y/n"));
	free(dump);
	assert_int_equal(th_keys(app, "y"), 0);
	if (!strstr(app->msg, "nothing to commit"))
		fail_msg("G again: %s", app->msg);
	/* a directory that is no repository */
	assert_int_equal(tui_artifacts_commit(app->artifacts, plain, NULL), 0);
	tui_app_settle(app, true);
	if (!strstr(app->msg, "not in a git repository"))
		fail_msg("G on a plain directory: %s", app->msg);

	/* History: sort, replay to the end, feedback with a note */
	assert_int_equal(th_keys(app, "9S"), 0);
	dump = th_dump(app);
	assert_non_null(strstr(dump, "time              status    ▾score"));
	free(dump);
	assert_int_equal(th_keys(app, "SS<Enter>"), 0); /* back to time; replay */
	assert_false(tui_run_replaying(app));           /* settled: at its end */
	assert_string_equal(sx_json_str(tui_run_result(app), "id", ""), id);
	assert_int_equal(app->screen, TUI_SCREEN_AGENTS);
	{
		char st[256];
		tui_run_status(app, st, sizeof st);
		if (!strstr(st, "done") || !strstr(st, "0 tokens"))
			fail_msg("status after the replay: %s", st);
	}
	assert_int_equal(th_keys(app, "9Agood enough<Enter>"), 0);
	assert_non_null(strstr(app->msg, "feedback recorded"));
	{
		/* what the workspace holds now */
		sqlite3 *db = NULL;
		sqlite3_stmt *q = NULL;
		char path[900];
		snprintf(path, sizeof path, "%s/workspace.db", ws);
		assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
		assert_int_equal(sqlite3_prepare_v2(
		                     db, "SELECT verdict, note FROM run_feedback WHERE run_id = ?",
		                     -1, &q, NULL),
		                 SQLITE_OK);
		sqlite3_bind_text(q, 1, id, -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(q), SQLITE_ROW);
		assert_string_equal((const char *)sqlite3_column_text(q, 0), "accept");
		assert_string_equal((const char *)sqlite3_column_text(q, 1), "good enough");
		sqlite3_finalize(q);
		sqlite3_close(db);
	}
	tui_app_free(app);
}

static int setup(void **state)
{
	(void)state;
	return th_setup() ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	th_teardown();
	return 0;
}

/* The state of a workspace between runs: saved, restored into a new app,
 * a corrupt or foreign file ignored, nothing at all with
 * SEXTANT_TUI_STATE=off. */
static void test_state(void **state)
{
	tui_app *app, *app2;
	char path[1200], saved_sel[512];
	FILE *f;
	(void)state;
	setenv("SEXTANT_TUI_STATE", "on", 1);
	assert_non_null(app = th_app(80, 24));
	assert_int_equal(th_keys(app, "jjj:theme light<Enter>"), 0);
	assert_true(app->sel_id[0]);
	snprintf(saved_sel, sizeof saved_sel, "%s", app->sel_id);
	tui_graph_set_hops(app->graph, 3);
	tui_search_set_query(app->search, "customers");
	tui_app_set_screen(app, TUI_SCREEN_PATH);
	assert_int_equal(tui_state_save(app, NULL), 0);
	assert_int_equal(tui_state_path(app, path, sizeof path), 0);
	tui_app_free(app);

	assert_non_null(app2 = th_app(80, 24));
	app2->want_select[0] = 0;
	tui_state_restore(app2);
	assert_int_equal(app2->screen, TUI_SCREEN_PATH);
	assert_string_equal(app2->theme_name, "light");
	assert_int_equal(tui_graph_hops(app2->graph), 3);
	assert_string_equal(tui_search_query(app2->search), "customers");
	assert_string_equal(app2->want_select, saved_sel);
	tui_app_free(app2);

	/* corrupt: nothing restored, no crash */
	assert_non_null(f = fopen(path, "w"));
	fputs("{\"workspace\": tru", f);
	fclose(f);
	assert_non_null(app2 = th_app(80, 24));
	tui_state_restore(app2);
	assert_int_equal(app2->screen, TUI_SCREEN_MAP);
	assert_string_equal(app2->theme_name, "dark");
	/* bad values are skipped one by one */
	assert_non_null(f = fopen(path, "w"));
	fprintf(f, "{\"workspace\": \"%s\", \"screen\": 42, \"hops\": -1, \"theme\": \"nope\", "
		   "\"search\": 7}", app2->ws_dir);
	fclose(f);
	tui_state_restore(app2);
	assert_int_equal(app2->screen, TUI_SCREEN_MAP);
	assert_string_equal(app2->theme_name, "dark");
	assert_int_equal(tui_graph_hops(app2->graph), 1);
	assert_string_equal(tui_search_query(app2->search), "");
	/* another workspace's file (a hash collision): ignored */
	assert_non_null(f = fopen(path, "w"));
	fputs("{\"workspace\": \"/elsewhere\", \"screen\": 3}", f);
	fclose(f);
	tui_state_restore(app2);
	assert_int_equal(app2->screen, TUI_SCREEN_MAP);
	/* off: neither read nor written */
	setenv("SEXTANT_TUI_STATE", "off", 1);
	unlink(path);
	tui_app_set_screen(app2, TUI_SCREEN_OUTPUT);
	assert_int_equal(tui_state_save(app2, NULL), 0);
	assert_int_equal(access(path, F_OK), -1);
	tui_app_free(app2);
}

/* y's ways: [ui] copy_command gets the text on stdin (its exit status
 * counts), [ui] copy_file gets it written, and OSC 52 inside a tmux that
 * does not keep it says that delivery cannot be confirmed. */
static void test_copy(void **state)
{
	tui_app *app;
	char *got = NULL;
	struct stat sb;
	(void)state;
	assert_int_equal(th_write("copy.ini", "[ui]\ncopy_command = cat > copied.txt\n"), 0);
	assert_non_null(app = th_app_cfg(80, 24, "copy.ini"));
	tui_app_copy(app, "SELECT 1 -- копия");
	assert_int_equal(sx_file_read("copied.txt", &got, NULL, NULL), 0);
	assert_string_equal(got, "SELECT 1 -- копия");
	free(got);
	assert_non_null(strstr(app->msg, "with copy_command"));
	tui_app_free(app);

	assert_int_equal(th_write("copy2.ini", "[ui]\ncopy_command = echo no clipboard >&2; exit 3\n"), 0);
	assert_non_null(app = th_app_cfg(80, 24, "copy2.ini"));
	tui_app_copy(app, "x");
	assert_non_null(strstr(app->msg, "not copied: copy_command exited with 3: no clipboard"));
	tui_app_free(app);

	assert_int_equal(th_write("copy3.ini", "[ui]\ncopy_file = clip.sql\n"), 0);
	assert_non_null(app = th_app_cfg(80, 24, "copy3.ini"));
	tui_app_copy(app, "SELECT 2");
	assert_int_equal(sx_file_read("clip.sql", &got, NULL, NULL), 0);
	assert_string_equal(got, "SELECT 2");
	free(got);
	assert_int_equal(stat("clip.sql", &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_non_null(strstr(app->msg, "wrote 8 bytes to clip.sql"));
	tui_app_free(app);

	/* a tmux that cannot be asked: no claim of success */
	setenv("TMUX", "/nonexistent/sextant-test-socket,1,0", 1);
	assert_non_null(app = th_app(80, 24));
	tui_app_copy(app, "SELECT 3");
	assert_non_null(strstr(app->msg, "delivery cannot be confirmed"));
	assert_null(strstr(app->msg, "copied"));
	assert_string_equal(app->clip, "SELECT 3");
	tui_app_free(app);
	unsetenv("TMUX");
}

int main(void)
{
	static const struct {
		const char *name;
		void (*fn)(void **);
	} more[] = {{"state", test_state},
	            {"copy", test_copy},
	            {"run_ambiguity", test_run_ambiguity},
	            {"run_live_ambiguity", test_run_live_ambiguity},
	            {"run_plan_boxes", test_run_plan_boxes},
	            {"run_stored_thoughts", test_run_stored_thoughts},
	            {"run_stored_dag", test_run_stored_dag},
	            {"search_partition_real", test_search_partition_real}};
	struct CMUnitTest tests[sizeof scenarios / sizeof scenarios[0] + 10 + sizeof more / sizeof more[0]];
	size_t i, n = sizeof scenarios / sizeof scenarios[0];
	for (i = 0; i < n; i++) {
		tests[i].name = scenarios[i].name;
		tests[i].test_func = test_scenario;
		tests[i].setup_func = NULL;
		tests[i].teardown_func = NULL;
		tests[i].initial_state = (void *)&scenarios[i];
	}
	tests[n].name = "graph_fixture";
	tests[n].test_func = test_graph_fixture;
	tests[n].setup_func = tests[n].teardown_func = NULL;
	tests[n].initial_state = NULL;
	tests[n + 1].name = "stream_view";
	tests[n + 1].test_func = test_stream_view;
	tests[n + 1].setup_func = tests[n + 1].teardown_func = NULL;
	tests[n + 1].initial_state = NULL;
	tests[n + 2].name = "decide";
	tests[n + 2].test_func = test_decide;
	tests[n + 2].setup_func = tests[n + 2].teardown_func = NULL;
	tests[n + 2].initial_state = NULL;
	tests[n + 3].name = "graph_export";
	tests[n + 3].test_func = test_graph_export;
	tests[n + 4].name = "search_filter_real";
	tests[n + 4].test_func = test_search_filter_real;
	tests[n + 5].name = "key_command_line";
	tests[n + 5].test_func = test_key_command_line;
	tests[n + 6].name = "run_screens";
	tests[n + 6].test_func = test_run_screens;
	tests[n + 7].name = "run_live";
	tests[n + 7].test_func = test_run_live;
	tests[n + 8].name = "run_states";
	tests[n + 8].test_func = test_run_states;
	tests[n + 9].name = "run_try_commit_replay";
	tests[n + 9].test_func = test_run_try_commit_replay;
	for (i = 0; i < sizeof more / sizeof more[0]; i++) {
		tests[n + 10 + i].name = more[i].name;
		tests[n + 10 + i].test_func = more[i].fn;
	}
	for (i = n + 3; i < sizeof tests / sizeof tests[0]; i++) {
		tests[i].setup_func = tests[i].teardown_func = NULL;
		tests[i].initial_state = NULL;
	}
	return _cmocka_run_group_tests("tui_golden", tests, sizeof tests / sizeof tests[0], setup,
				       teardown);
}
