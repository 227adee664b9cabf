/*
 * tui_harness.c - see tui_harness.h.
 *
 * The frozen workspace. The screens of the golden tests must change when
 * the UI changes, not when the engine's tuning does (one confidence
 * 0.94 -> 0.95 once rewrote thirty goldens, which invites approving them
 * unread). So the workspace the scenarios open is not analysed at test
 * time: tests/tui/fixture/shop-ws.sql holds its rows (catalog, map facts,
 * relationships with their evidence) as INSERT statements, loaded into a
 * fresh workspace whose tables the store and the map create as usual; and
 * tests/tui/fixture/search.json holds the search pane's answers for the
 * queries the scenarios type, which the pane is given instead of the
 * search module (tui_search_set_source). Nothing in them is recomputed.
 *
 * SX_UPDATE_FIXTURE=1 records both again from the real analysis of the
 * fixture database below (needed when the workspace's tables change, or
 * to take a new engine on purpose): review their diff like code, then the
 * goldens' diff. tests/tui/smoke.sh stays on the real analysis, end to end.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "tui_harness.h"

static char tmpdir[512];
static char wsdir[600];
static cJSON *search_fixture; /* {"query": [hits...]} */

/* The workspace's tables in the fixture, in an order their foreign keys
 * accept. Rows keep the order they were written in (rowid; the primary
 * key of a WITHOUT ROWID table), which is the order readers without an
 * ORDER BY see. */
static const struct {
	const char *table, *order;
} frozen_tables[] = {
	{"databases", "rowid"},  {"tables", "rowid"},
	{"columns", "table_id, position"}, {"constraints", "rowid"},
	{"map_tables", "rowid"}, {"map_columns", "table_id, name"},
	{"map_relations", "rowid"}, {"map_decisions", "database, rel_key"},
};

/* The queries the scenarios type (and the ones their tests run). */
static const char *const frozen_queries[] = {
	"order", "customer orders", "заказы покупателей", "payments", "customers", "customer",
	NULL,
};

/* The fixture: a small shop with declared and undeclared links, a view,
 * comments, a Cyrillic table, a long name, and enough tables to scroll. */
static const char *const fixture_sql =
	"CREATE TABLE customers ( -- people who buy\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  full_name TEXT NOT NULL, -- as printed on invoices\n"
	"  email TEXT UNIQUE,\n"
	"  phone TEXT,\n"
	"  created_at TIMESTAMP\n"
	");\n"
	"CREATE TABLE orders ( -- one row per order\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  customer_id INTEGER NOT NULL REFERENCES customers(id),\n"
	"  status TEXT NOT NULL,\n"
	"  total NUMERIC(12,2),\n"
	"  created_at TIMESTAMP\n"
	");\n"
	"CREATE INDEX orders_by_customer ON orders(customer_id, created_at);\n"
	"CREATE TABLE products (id INTEGER PRIMARY KEY, title TEXT NOT NULL, price NUMERIC(10,2),"
	"  category_id INTEGER);\n"
	"CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent_id INTEGER"
	"  REFERENCES categories(id));\n"
	"CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES"
	"  orders(id), product_id INTEGER NOT NULL REFERENCES products(id), qty INTEGER NOT NULL,"
	"  price NUMERIC(10,2));\n"
	"CREATE TABLE payments (id INTEGER PRIMARY KEY, order_id INTEGER, amount NUMERIC(12,2),"
	"  card_number TEXT, paid_at TIMESTAMP);\n"
	"CREATE TABLE \"клиенты_архив\" ( -- старые клиенты\n"
	"  \"ид\" INTEGER PRIMARY KEY,\n"
	"  \"фамилия\" TEXT NOT NULL, -- как в паспорте\n"
	"  \"телефон\" TEXT,\n"
	"  \"инн\" TEXT\n"
	");\n"
	"CREATE TABLE customer_marketing_consent_history_with_a_very_long_name (id INTEGER PRIMARY"
	"  KEY, customer_id INTEGER, consent BOOLEAN);\n"
	"CREATE VIEW v_order_totals AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY"
	"  customer_id;\n";

static int exec(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		fprintf(stderr, "fixture: %s\n", msg ? msg : "?");
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int make_fixture(const char *path)
{
	sqlite3 *db;
	char sql[256];
	int i, rc = 0;
	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -1;
	rc |= exec(db, fixture_sql);
	for (i = 1; i <= 24 && !rc; i++) {
		snprintf(sql, sizeof sql,
			 "CREATE TABLE stat_daily_%02d (day DATE PRIMARY KEY, order_count INTEGER, "
			 "revenue NUMERIC);",
			 i);
		rc |= exec(db, sql);
	}
	/* no timestamps in the rows: the map would state their age, which
	 * changes every day */
	rc |= exec(db, "INSERT INTO customers VALUES (1, 'Ann Lee', 'ann@example.com', '+1 555', "
		       "NULL), (2, 'Bob Stone', 'bob@example.com', NULL, NULL);"
		       "INSERT INTO orders VALUES (1, 1, 'paid', 10.5, NULL), (2, 1, 'new', "
		       "3, NULL), (3, 2, 'paid', 99, NULL);"
		       "INSERT INTO \"клиенты_архив\" VALUES (1, 'Иванов', '+7 900', '7707083893');");
	sqlite3_close(db);
	return rc;
}

static int write_file(const char *name, const char *text)
{
	FILE *f = fopen(name, "w");
	if (!f)
		return -1;
	fputs(text, f);
	return fclose(f);
}

/* ------------------------------------------------------------ fixture */

static void fixture_path(char *out, size_t n, const char *name)
{
	const char *src = getenv("SX_SOURCE_DIR");
	snprintf(out, n, "%s/tests/tui/fixture/%s", src ? src : ".", name);
}

/* One SQL literal, as SQLite's quote() writes it. */
static void put_value(sx_buf *b, sqlite3_stmt *s, int i)
{
	switch (sqlite3_column_type(s, i)) {
	case SQLITE_NULL:
		sx_buf_puts(b, "NULL");
		break;
	case SQLITE_INTEGER:
		sx_buf_printf(b, "%lld", (long long)sqlite3_column_int64(s, i));
		break;
	case SQLITE_FLOAT:
		sx_buf_printf(b, "%.17g", sqlite3_column_double(s, i));
		break;
	case SQLITE_BLOB: {
		const unsigned char *p = sqlite3_column_blob(s, i);
		int k, n = sqlite3_column_bytes(s, i);
		sx_buf_puts(b, "X'");
		for (k = 0; k < n; k++)
			sx_buf_printf(b, "%02x", p[k]);
		sx_buf_putc(b, '\'');
		break;
	}
	default: {
		const char *t = (const char *)sqlite3_column_text(s, i);
		sx_buf_putc(b, '\'');
		for (; *t; t++) {
			if (*t == '\'')
				sx_buf_putc(b, '\'');
			sx_buf_putc(b, *t);
		}
		sx_buf_putc(b, '\'');
	}
	}
}

/* The rows of the frozen tables as INSERT statements, one a line. */
static int dump_workspace(const char *ws, sx_buf *out)
{
	sx_store *st = NULL;
	sx_error err = {0};
	size_t t;
	int rc = 0;
	if (sx_store_open(&st, ws, &err)) {
		fprintf(stderr, "fixture: %s\n", err.msg);
		return -1;
	}
	sx_buf_puts(out, "-- The workspace of the TUI golden tests, frozen: the rows `sextant\n"
			 "-- analyze shop.sqlite` wrote (see tests/tui/tui_harness.c). Generated\n"
			 "-- by SX_UPDATE_FIXTURE=1 ctest -R tui_golden; review its diff.\n");
	for (t = 0; t < sizeof frozen_tables / sizeof frozen_tables[0] && !rc; t++) {
		char sql[256];
		sqlite3_stmt *s = NULL;
		snprintf(sql, sizeof sql, "SELECT * FROM %s ORDER BY %s", frozen_tables[t].table,
			 frozen_tables[t].order);
		if (sqlite3_prepare_v2(sx_store_db(st), sql, -1, &s, NULL) != SQLITE_OK) {
			fprintf(stderr, "fixture: %s\n", sqlite3_errmsg(sx_store_db(st)));
			rc = -1;
			break;
		}
		while (sqlite3_step(s) == SQLITE_ROW) {
			int i, n = sqlite3_column_count(s);
			sx_buf_printf(out, "INSERT INTO %s VALUES(", frozen_tables[t].table);
			for (i = 0; i < n; i++) {
				if (i)
					sx_buf_putc(out, ',');
				put_value(out, s, i);
			}
			sx_buf_puts(out, ");\n");
		}
		sqlite3_finalize(s);
	}
	sx_store_close(st);
	return rc;
}

/* A fresh workspace with the frozen rows: the store and the map create
 * their tables (migrations), the fixture fills them. */
static int load_workspace(const char *ws)
{
	char path[1024], *sql = NULL, *msg = NULL;
	sx_store *st = NULL;
	sx_error err = {0};
	int rc = -1;
	fixture_path(path, sizeof path, "shop-ws.sql");
	if (sx_file_read(path, &sql, NULL, &err) || sx_store_open(&st, ws, &err) ||
	    sx_map_migrate(st, &err)) {
		fprintf(stderr, "fixture: %s\n", err.msg);
		goto done;
	}
	if (sqlite3_exec(sx_store_db(st), "BEGIN", NULL, NULL, &msg) != SQLITE_OK ||
	    sqlite3_exec(sx_store_db(st), sql, NULL, NULL, &msg) != SQLITE_OK ||
	    sqlite3_exec(sx_store_db(st), "COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
		fprintf(stderr, "fixture %s: %s\n", path, msg ? msg : "?");
		goto done;
	}
	rc = 0;
done:
	sqlite3_free(msg);
	sx_store_close(st);
	free(sql);
	return rc;
}

/* The search pane's answers from the fixture: the recorded hits of the
 * query, with the pane's filters applied to them (the recorded fields
 * say each hit's database, schema, domain and PII), at most k. */
static cJSON *fixture_search(void *payload, const char *query, const sx_search_opts *o,
			     sx_error *err)
{
	const cJSON *hits = cJSON_GetObjectItem(payload, query), *h;
	cJSON *out;
	if (!cJSON_IsArray(hits)) {
		sx_error_set(err, SX_ENOTFOUND,
			     "no frozen results for '%s' (SX_UPDATE_FIXTURE=1 records them)", query);
		return NULL;
	}
	out = cJSON_CreateArray();
	cJSON_ArrayForEach(h, hits)
	{
		if ((size_t)cJSON_GetArraySize(out) >= (o->k ? o->k : 5))
			break;
		if ((o->database && strcmp(sx_json_str(h, "database", ""), o->database) != 0) ||
		    (o->schema && strcmp(sx_json_str(h, "schema", ""), o->schema) != 0) ||
		    (o->domain && strcmp(sx_json_str(h, "domain", ""), o->domain) != 0) ||
		    (o->pii >= 0 && sx_json_bool(h, "pii", false) != (o->pii == 1)))
			continue;
		cJSON_AddItemToArray(out, cJSON_Duplicate(h, true));
	}
	return out;
}

void th_real_search(tui_app *app)
{
	tui_search_set_source(app->search, NULL, NULL);
}

/* SX_UPDATE_FIXTURE=1: analyse for real, record what the search pane
 * answers to each query and the workspace's rows, and write both. */
static int record_fixture(void)
{
	char real[700], path[1024], *argv[3];
	cJSON *answers = cJSON_CreateObject();
	sx_buf sql = SX_BUF_INIT;
	char *json;
	size_t i;
	int rc = -1;
	snprintf(real, sizeof real, "%s/ws-real", tmpdir);
	argv[0] = (char *)"analyze";
	argv[1] = (char *)"shop.sqlite";
	argv[2] = NULL;
	if (th_cmd(real, 2, argv))
		goto done;
	for (i = 0; frozen_queries[i]; i++) {
		tui_app *app = th_app_ws(80, 24, real);
		const cJSON *res;
		if (!app)
			goto done;
		th_real_search(app);
		tui_search_set_query(app->search, frozen_queries[i]);
		tui_app_settle(app, true);
		res = tui_search_results(app->search);
		if (!res) {
			fprintf(stderr, "fixture: no results for '%s'\n", frozen_queries[i]);
			tui_app_free(app);
			goto done;
		}
		cJSON_AddItemToObject(answers, frozen_queries[i], cJSON_Duplicate(res, true));
		tui_app_free(app);
	}
	if (dump_workspace(real, &sql))
		goto done;
	fixture_path(path, sizeof path, "shop-ws.sql");
	if (sx_file_write_atomic(path, sql.ptr, sql.len, NULL))
		goto done;
	json = cJSON_Print(answers);
	fixture_path(path, sizeof path, "search.json");
	rc = json ? sx_file_write_atomic(path, json, strlen(json), NULL) : -1;
	if (json) {
		FILE *f = fopen(path, "a");
		if (f) {
			fputc('\n', f);
			fclose(f);
		}
	}
	free(json);
done:
	if (rc)
		fprintf(stderr, "fixture: cannot record the frozen workspace\n");
	cJSON_Delete(answers);
	sx_buf_release(&sql);
	return rc;
}

int th_cmd(const char *ws, int argc, char **argv)
{
	const sx_cmd_entry *e = sx_cmd_find(argv[0]);
	sx_cmd_ctx ctx = {0};
	sx_config *cfg = NULL;
	sx_error err = {0};
	sx_args args;
	cJSON *res = NULL;
	int rc;
	if (!e || sx_cmd_parse(e, argc - 1, argv + 1, &args, &err)) {
		fprintf(stderr, "th_cmd %s: %s\n", argv[0], err.msg);
		return -1;
	}
	sx_config_load_string(&cfg, "", NULL);
	ctx.workspace_dir = ws;
	ctx.config = cfg;
	rc = sx_cmd_run(e, &ctx, &args, &res, &err);
	if (rc)
		fprintf(stderr, "th_cmd %s: %s\n", argv[0], err.msg);
	cJSON_Delete(res);
	sx_args_release(&args);
	sx_config_free(cfg);
	return rc;
}

const char *th_setup(void)
{
	char env[700], path[1024], *json = NULL;
	setlocale(LC_ALL, "C.UTF-8");
	snprintf(tmpdir, sizeof tmpdir, "/tmp/sx-tui-test-XXXXXX");
	if (!mkdtemp(tmpdir))
		return NULL;
	if (chdir(tmpdir))
		return NULL;
	/* nothing from the user's environment may leak into the screens */
	snprintf(env, sizeof env, "%s/config", tmpdir);
	setenv("XDG_CONFIG_HOME", env, 1);
	snprintf(env, sizeof env, "%s/data", tmpdir);
	setenv("XDG_DATA_HOME", env, 1);
	setenv("INPUTRC", "/dev/null", 1);
	/* screens start the same every time: no state from an earlier run */
	setenv("SEXTANT_TUI_STATE", "off", 1);
	snprintf(env, sizeof env, "%s/state", tmpdir);
	setenv("XDG_STATE_HOME", env, 1);
	unsetenv("NO_COLOR");
	unsetenv("SEXTANT_LLM_BASE_URL");
	unsetenv("SEXTANT_LLM_MODEL");
	unsetenv("OPENAI_BASE_URL");
	unsetenv("SEXTANT_WORKSPACE");
	snprintf(wsdir, sizeof wsdir, "%s/ws", tmpdir);
	if (make_fixture("shop.sqlite"))
		return NULL;
	write_file("query.sql", "-- customers and their orders\n"
				"SELECT c.full_name, count(*) AS n, sum(o.total)\n"
				"  FROM customers c\n"
				"  JOIN orders o ON o.customer_id = c.id\n"
				" WHERE o.status = 'paid' AND o.total > 10.5\n"
				" GROUP BY 1 /* by name */ ORDER BY 3 DESC;\n");
	write_file("a.sql", "SELECT id,\n       name\n  FROM customers\n WHERE id = 1;\n");
	write_file("b.sql", "SELECT id,\n       full_name,\n       email\n  FROM customers\n"
			    " WHERE id = 1;\n");
	write_file("empty.ini", "");
	if (getenv("SX_UPDATE_FIXTURE") && strcmp(getenv("SX_UPDATE_FIXTURE"), "1") == 0 &&
	    record_fixture())
		return NULL;
	fixture_path(path, sizeof path, "search.json");
	if (load_workspace(wsdir) || sx_file_read(path, &json, NULL, NULL) ||
	    !(search_fixture = cJSON_Parse(json))) {
		fprintf(stderr, "cannot load the frozen fixture (%s)\n", path);
		free(json);
		return NULL;
	}
	free(json);
	return tmpdir;
}

void th_teardown(void)
{
	char cmd[700];
	cJSON_Delete(search_fixture);
	search_fixture = NULL;
	if (!tmpdir[0])
		return;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", tmpdir);
}

tui_app *th_app(int w, int h)
{
	return th_app_ws(w, h, wsdir);
}

const char *th_copy_ws(const char *name)
{
	static char dir[700];
	char cmd[1600];
	snprintf(dir, sizeof dir, "%s/%s", tmpdir, name);
	snprintf(cmd, sizeof cmd, "rm -rf '%s' && cp -r '%s' '%s'", dir, wsdir, dir);
	return system(cmd) == 0 ? dir : NULL;
}

int th_write(const char *name, const char *text)
{
	return write_file(name, text);
}

static tui_app *new_app(int w, int h, const char *ws, const char *config);

tui_app *th_app_ws(int w, int h, const char *ws)
{
	return new_app(w, h, ws, "empty.ini");
}

tui_app *th_app_cfg(int w, int h, const char *config)
{
	return new_app(w, h, wsdir, config);
}

static tui_app *new_app(int w, int h, const char *ws, const char *config)
{
	tui_opts o = {0};
	tui_app *app = NULL;
	sx_error err = {0};
	char cfg[1200];
	snprintf(cfg, sizeof cfg, "%s/%s", tmpdir, config);
	o.workspace_dir = ws;
	o.config_path = cfg;
	o.label = "~/work/shop-ws";
	o.w = w;
	o.h = h;
	o.headless = true;
	if (tui_app_new(&app, &o, &err)) {
		fprintf(stderr, "th_app: %s\n", err.msg);
		return NULL;
	}
	if (search_fixture)
		tui_search_set_source(app->search, fixture_search, search_fixture);
	tui_app_load_catalog(app);
	tui_app_settle(app, true);
	return app;
}

int th_keys(tui_app *app, const char *s)
{
	while (*s) {
		if (*s == '<') {
			const char *end = strchr(s, '>');
			char name[64];
			size_t n;
			int k, x, y, w, h;
			if (!end || (n = (size_t)(end - s - 1)) >= sizeof name) {
				fprintf(stderr, "bad key script at '%s'\n", s);
				return -1;
			}
			memcpy(name, s + 1, n);
			name[n] = 0;
			s = end + 1;
			if (strcmp(name, "settle") == 0) {
				tui_app_settle(app, true);
			} else if (sscanf(name, "resize:%dx%d", &w, &h) == 2) {
				tui_app_resize(app, w, h);
			} else if (sscanf(name, "click:%d,%d", &x, &y) == 2) {
				tui_app_mouse(app, x, y, 1);
			} else if (sscanf(name, "wheel:down:%d,%d", &x, &y) == 2) {
				tui_app_mouse(app, x, y, 5);
			} else if (sscanf(name, "wheel:up:%d,%d", &x, &y) == 2) {
				tui_app_mouse(app, x, y, 4);
			} else if (strcmp(name, "lt") == 0) {
				tui_app_key(app, '<', *s != 0);
			} else if ((k = tui_key_parse(name)) >= 0) {
				tui_app_key(app, k, false);
			} else {
				fprintf(stderr, "unknown key <%s>\n", name);
				return -1;
			}
		} else {
			uint32_t cp;
			size_t l = tui_utf8_dec(s, strlen(s), &cp);
			tui_app_key(app, (int)cp, false);
			s += l;
		}
		/* what the loop does between keys: events, due timers, a frame */
		tui_app_settle(app, false);
		tui_app_render(app);
	}
	tui_app_settle(app, true);
	return 0;
}

char *th_dump(tui_app *app)
{
	sx_buf b = SX_BUF_INIT;
	tui_app_render(app);
	sx_buf_printf(&b, "-- %dx%d\n", app->w, app->h);
	tui_grid_dump(&app->grid, &app->theme, &b);
	return sx_buf_detach(&b);
}

int th_golden(const char *name, const char *text)
{
	const char *src = getenv("SX_SOURCE_DIR");
	char path[1024], *want = NULL;
	sx_buf d = SX_BUF_INIT;
	int rc;
	snprintf(path, sizeof path, "%s/tests/tui/golden/%s.txt", src ? src : ".", name);
	if (getenv("SX_UPDATE_GOLDEN") && strcmp(getenv("SX_UPDATE_GOLDEN"), "1") == 0) {
		FILE *f = fopen(path, "w");
		if (!f) {
			fprintf(stderr, "cannot write %s\n", path);
			return -1;
		}
		fputs(text, f);
		fclose(f);
		return 0;
	}
	if (sx_file_read(path, &want, NULL, NULL)) {
		fprintf(stderr, "missing golden %s (run with SX_UPDATE_GOLDEN=1)\n", path);
		return -1;
	}
	rc = strcmp(want, text) == 0 ? 0 : -1;
	if (rc) {
		sx_diff_unified(want, text, path, "(rendered)", &d);
		fprintf(stderr, "%s", sx_buf_cstr(&d));
	}
	sx_buf_release(&d);
	free(want);
	return rc;
}
