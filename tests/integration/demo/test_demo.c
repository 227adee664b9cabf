/*
 * test_demo.c - the bundled demo warehouse (data/demo, docs/demo.md) is
 * what its ground truth says, and Sextant reads it back faithfully.
 *
 * Reads the build's outputs ($SX_BUILD_DIR/data): demo.sqlite through the
 * engine's SQLite introspector and through plain sqlite3 queries,
 * demo_expected.json with cJSON, demo_pg.sql as text, and runs the CLI
 * (`sextant analyze --json`, `sextant show`). The checks are independent
 * of the generator's own self-checks: the checksum algorithms (INN, SNILS,
 * Luhn, IBAN) are re-implemented here.
 */
#include "sx_test.h"

#include <arpa/inet.h>
#include <cjson/cJSON.h>
#include <sqlite3.h>

#include <sextant/catalog.h>
#include <sextant/core.h>

static char dir[1024], p_sqlite[1200], p_json[1200], p_pg[1200], p_bin[1200];
static cJSON *truth;
static sqlite3 *db;

static int setup(void **state)
{
	const char *b = getenv("SX_BUILD_DIR");
	char *text = NULL;
	size_t len;
	sx_error err;
	(void)state;
	if (!b)
		return -1;
	snprintf(dir, sizeof dir, "%s/data", b);
	snprintf(p_sqlite, sizeof p_sqlite, "%s/demo.sqlite", dir);
	snprintf(p_json, sizeof p_json, "%s/demo_expected.json", dir);
	snprintf(p_pg, sizeof p_pg, "%s/demo_pg.sql", dir);
	snprintf(p_bin, sizeof p_bin, "%s/sextant", b);
	if (sx_file_read(p_json, &text, &len, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		return -1;
	}
	truth = cJSON_Parse(text);
	free(text);
	if (!truth)
		return -1;
	if (sqlite3_open_v2(p_sqlite, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return -1;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	cJSON_Delete(truth);
	sqlite3_close(db);
	return 0;
}

static int64_t q_int(const char *sql)
{
	sqlite3_stmt *st;
	int64_t v = -1;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("prepare '%s': %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static const char *jstr(const cJSON *o, const char *k)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int64_t jint(const cJSON *o, const char *k)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
	return cJSON_IsNumber(v) ? (int64_t)v->valuedouble : -1;
}

static const cJSON *jget(const cJSON *o, const char *k)
{
	return cJSON_GetObjectItemCaseSensitive(o, k);
}

static int declared_count(void)
{
	const cJSON *r;
	int n = 0;
	cJSON_ArrayForEach(r, jget(truth, "relationships")) n += cJSON_IsTrue(jget(r, "declared"));
	return n;
}

/* ------------------------------------------------------------ the truth itself */

static void test_truth_shape(void **state)
{
	static const char *const classes[] = {
	    "email",        "phone", "person_name", "postal_address", "birth_date", "government_id",
	    "payment_card", "iban",  "ip_address",  "geolocation",    "free_text"};
	static const char *const domains[] = {
	    "identity_auth",    "customers_crm",    "sales_orders",
	    "catalog_products", "inventory",        "logistics",
	    "payments_finance", "billing",          "marketing",
	    "events_analytics", "support",          "hr",
	    "audit_logging",    "reference_config", "other"};
	const cJSON *t, *p, *r;
	int ntables = cJSON_GetArraySize(jget(truth, "tables"));
	int nrels = cJSON_GetArraySize(jget(truth, "relationships")), undeclared;
	int seen[11] = {0}, poly = 0, junctions;
	(void)state;
	assert_true(ntables >= 40);
	assert_int_equal(jint(jget(truth, "counts"), "tables"), ntables);
	undeclared = nrels - declared_count();
	/* "about a fifth" of the relationships have no FK */
	assert_true(undeclared * 100 >= nrels * 15 && undeclared * 100 <= nrels * 30);
	cJSON_ArrayForEach(t, jget(truth, "tables"))
	{
		bool ok = false;
		for (size_t i = 0; i < sizeof domains / sizeof domains[0]; i++)
			ok |= strcmp(jstr(t, "domain"), domains[i]) == 0;
		assert_true(ok);
	}
	cJSON_ArrayForEach(p, jget(truth, "pii"))
	{
		bool ok = false;
		for (size_t i = 0; i < 11; i++)
			if (strcmp(jstr(p, "class"), classes[i]) == 0)
				ok = true, seen[i]++;
		assert_true(ok);
	}
	for (size_t i = 0; i < 11; i++)
		if (!seen[i])
			fail_msg("no PII column of class '%s'", classes[i]);
	cJSON_ArrayForEach(r, jget(truth, "relationships")) poly += jget(r, "polymorphic") != NULL;
	assert_true(poly >= 2);
	junctions = cJSON_GetArraySize(jget(truth, "junctions"));
	assert_true(junctions >= 1);
}

/* ------------------------------------------------------------ what Sextant reads */

static const sx_fk *find_fk(const sx_table *t, const cJSON *r, const sx_table *parent)
{
	const cJSON *cc = jget(r, "child_columns"), *pc = jget(r, "parent_columns");
	size_t n = (size_t)cJSON_GetArraySize(cc);
	for (size_t i = 0; i < t->nfks; i++) {
		const sx_fk *fk = &t->fks[i];
		bool same = fk->ncols == n && strcmp(fk->ref_table, jstr(r, "parent_table")) == 0;
		for (size_t k = 0; same && k < n; k++) {
			const char *ref =
			    fk->ref_cols
			        ? fk->ref_cols[k]
			        : (parent && k < parent->pk.ncols ? parent->pk.cols[k] : "");
			same =
			    strcmp(fk->cols[k], cJSON_GetArrayItem(cc, (int)k)->valuestring) == 0 &&
			    strcmp(ref, cJSON_GetArrayItem(pc, (int)k)->valuestring) == 0;
		}
		if (same)
			return fk;
	}
	return NULL;
}

static void test_catalog_matches_truth(void **state)
{
	sx_catalog *cat;
	sx_database *d;
	sx_schema *s;
	sx_source_opts opts = {0};
	sx_error err;
	const cJSON *t, *r;
	size_t nfks = 0;
	int64_t largest = 0;
	const sx_column *col;
	(void)state;
	assert_int_equal(sx_catalog_new(&cat, &err), 0);
	if (sx_source_introspect(cat, p_sqlite, &opts, &d, &err))
		fail_msg("introspect: %s", err.msg);
	assert_string_equal(d->name, "demo");
	s = sx_database_find_schema(d, "main");
	assert_non_null(s);
	assert_int_equal(s->ntables, cJSON_GetArraySize(jget(truth, "tables")));
	assert_true(s->ntables >= 40);
	cJSON_ArrayForEach(t, jget(truth, "tables"))
	{
		const sx_table *tb = sx_schema_find_table(s, jstr(t, "name"));
		const char *cm = jstr(t, "comment");
		if (!tb)
			fail_msg("table '%s' missing", jstr(t, "name"));
		assert_true(tb->rows_exact);
		assert_int_equal(tb->row_count, jint(t, "rows"));
		if (tb->row_count > largest)
			largest = tb->row_count;
		/* table comments round-trip through the CREATE TABLE text */
		if (cm)
			assert_string_equal(tb->comment, cm);
		else
			assert_null(tb->comment);
	}
	assert_true(largest >= 200000);
	for (size_t i = 0; i < s->ntables; i++)
		nfks += s->tables[i]->nfks;
	assert_int_equal(nfks, declared_count());
	cJSON_ArrayForEach(r, jget(truth, "relationships"))
	{
		const sx_table *c = sx_schema_find_table(s, jstr(r, "child_table"));
		const sx_table *p = sx_schema_find_table(s, jstr(r, "parent_table"));
		const sx_fk *fk;
		assert_non_null(c);
		assert_non_null(p);
		fk = find_fk(c, r, p);
		if (cJSON_IsTrue(jget(r, "declared")) != (fk != NULL))
			fail_msg("%s.%s -> %s: declared=%d but FK %s", jstr(r, "child_table"),
			         cJSON_GetArrayItem(jget(r, "child_columns"), 0)->valuestring,
			         jstr(r, "parent_table"), cJSON_IsTrue(jget(r, "declared")),
			         fk ? "found" : "missing");
	}
	/* Russian column comments, read from the same-line "--" comments */
	col = sx_table_find_column(sx_schema_find_table(s, "t_ord_hdr"), "order_no");
	assert_non_null(col);
	assert_string_equal(col->comment, "Номер заказа для покупателя");
	col = sx_table_find_column(sx_schema_find_table(s, "emp_pdn"), "snils");
	assert_string_equal(col->comment, "СНИЛС");
	assert_true(sx_schema_find_table(s, "product_tags")->without_rowid);
	sx_catalog_free(cat);
}

/* ------------------------------------------------------------ the data */

static void cols_of(const cJSON *arr, char out[2][64])
{
	out[1][0] = '\0';
	for (int k = 0; k < cJSON_GetArraySize(arr) && k < 2; k++)
		snprintf(out[k], 64, "%s", cJSON_GetArrayItem(arr, k)->valuestring);
}

static void test_relationships_hold(void **state)
{
	const cJSON *r;
	char sql[1024];
	(void)state;
	cJSON_ArrayForEach(r, jget(truth, "relationships"))
	{
		char cc[2][64], pc[2][64], filter[160] = "", second[160] = "";
		const cJSON *poly = jget(r, "polymorphic");
		const char *ct = jstr(r, "child_table"), *pt = jstr(r, "parent_table");
		cols_of(jget(r, "child_columns"), cc);
		cols_of(jget(r, "parent_columns"), pc);
		if (poly)
			snprintf(filter, sizeof filter, " AND c.%s = '%s'",
			         jstr(poly, "type_column"), jstr(poly, "type_value"));
		if (cc[1][0])
			snprintf(second, sizeof second, " AND p.%s = c.%s", pc[1], cc[1]);
		/* every child value has a parent ... */
		snprintf(sql, sizeof sql,
		         "SELECT count(*) FROM %s c WHERE c.%s IS NOT NULL%s AND NOT EXISTS "
		         "(SELECT 1 FROM %s p WHERE p.%s = c.%s%s)",
		         ct, cc[0], filter, pt, pc[0], cc[0], second);
		if (q_int(sql) != 0)
			fail_msg("orphans: %s", sql);
		/* ... and the relationship is used */
		snprintf(sql, sizeof sql, "SELECT count(*) FROM %s c WHERE c.%s IS NOT NULL%s", ct,
		         cc[0], filter);
		assert_true(q_int(sql) > 0);
	}
	/* the polymorphic pair has exactly the documented types */
	assert_int_equal(q_int("SELECT count(*) FROM comments WHERE commentable_type "
	                       "NOT IN ('ticket', 'product', 'order')"),
	                 0);
}

static bool inn_ok(const char *s)
{
	static const int w10[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
	static const int w11[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
	static const int w12[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
	size_t n = strlen(s);
	int a = 0, b = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	if (n == 10) {
		for (int i = 0; i < 9; i++)
			a += (s[i] - '0') * w10[i];
		return a % 11 % 10 == s[9] - '0';
	}
	if (n != 12)
		return false;
	for (int i = 0; i < 10; i++)
		a += (s[i] - '0') * w11[i];
	for (int i = 0; i < 11; i++)
		b += (s[i] - '0') * w12[i];
	return a % 11 % 10 == s[10] - '0' && b % 11 % 10 == s[11] - '0';
}

static bool snils_ok(const char *s)
{
	int d[11], n = 0, sum = 0, chk;
	for (; *s; s++)
		if (*s >= '0' && *s <= '9' && n < 11)
			d[n++] = *s - '0';
	if (n != 11)
		return false;
	for (int i = 0; i < 9; i++)
		sum += d[i] * (9 - i);
	chk = sum < 100 ? sum : (sum == 100 || sum == 101) ? 0 : sum % 101 % 100;
	return chk == d[9] * 10 + d[10];
}

static bool luhn_ok(const char *s)
{
	int sum = 0, n = (int)strlen(s);
	for (int i = n - 1, k = 0; i >= 0; i--, k++) {
		int v = s[i] - '0';
		if (v < 0 || v > 9)
			return false;
		if (k % 2 && (v *= 2) > 9)
			v -= 9;
		sum += v;
	}
	return n >= 12 && sum % 10 == 0;
}

static bool iban_ok(const char *s)
{
	char c[40];
	int n = 0, m = 0;
	for (; *s; s++)
		if (*s != ' ' && n < 39)
			c[n++] = *s;
	if (n < 15)
		return false;
	for (int i = 0; i < n; i++) {
		char ch = c[(i + 4) % n];
		if (ch >= '0' && ch <= '9')
			m = (m * 10 + ch - '0') % 97;
		else if (ch >= 'A' && ch <= 'Z')
			m = (m * 100 + ch - 'A' + 10) % 97;
		else
			return false;
	}
	return m == 1;
}

static bool passport_ok(const char *s)
{
	if (strlen(s) != 11 || s[4] != ' ')
		return false;
	for (int i = 0; i < 11; i++)
		if (i != 4 && (s[i] < '0' || s[i] > '9'))
			return false;
	return true;
}

static bool ip_ok(const char *s)
{
	unsigned char buf[16];
	return inet_pton(AF_INET, s, buf) == 1 || inet_pton(AF_INET6, s, buf) == 1;
}

/* Applies check to every non-NULL value of table.column; returns how many. */
static int64_t each_value(const char *table, const char *column, bool (*check)(const char *))
{
	char sql[256];
	sqlite3_stmt *st;
	int64_t n = 0;
	snprintf(sql, sizeof sql, "SELECT %s FROM %s WHERE %s IS NOT NULL", column, table, column);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(st, 0);
		if (!check(v))
			fail_msg("%s.%s: bad value '%s'", table, column, v);
		n++;
	}
	sqlite3_finalize(st);
	return n;
}

static bool phone_ok(const char *s)
{
	return strncmp(s, "+7", 2) == 0 || strncmp(s, "+1", 2) == 0;
}

static bool email_ok(const char *s)
{
	const char *at = strchr(s, '@');
	return at && at > s && strchr(at, '.');
}

static bool not_luhn(const char *s)
{
	return !luhn_ok(s);
}

static void test_pii_values(void **state)
{
	const cJSON *p;
	(void)state;
	/* checksums that PII detectors may verify are valid ... */
	assert_true(each_value("cst_mstr", "inn", inn_ok) > 100);
	assert_true(each_value("emp_pdn", "inn", inn_ok) > 100);
	assert_true(each_value("invoices", "tax_id", inn_ok) > 0);
	assert_true(each_value("suppliers", "inn", inn_ok) > 0);
	assert_true(each_value("cst_mstr", "snils", snils_ok) > 100);
	assert_true(each_value("emp_pdn", "snils", snils_ok) > 100);
	assert_true(each_value("payment_methods", "card_token_pan", luhn_ok) > 1000);
	assert_true(each_value("payment_methods", "iban", iban_ok) > 10);
	assert_true(each_value("cst_mstr", "passport_no", passport_ok) > 100);
	/* ... and the loyalty card number, 16 digits, is deliberately not a PAN */
	assert_true(each_value("loyalty_accounts", "card_no", not_luhn) > 100);
	assert_int_equal(
	    q_int("SELECT count(*) FROM payment_methods WHERE card_masked IS NOT NULL "
	          "AND card_masked <> '**** **** **** ' || substr(card_token_pan, 13)"),
	    0);
	/* formats of the other classes */
	cJSON_ArrayForEach(p, jget(truth, "pii"))
	{
		const char *cls = jstr(p, "class"), *t = jstr(p, "table"), *c = jstr(p, "column");
		if (strcmp(cls, "phone") == 0)
			assert_true(each_value(t, c, phone_ok) > 0);
		else if (strcmp(cls, "email") == 0)
			assert_true(each_value(t, c, email_ok) > 0);
		else if (strcmp(cls, "ip_address") == 0)
			assert_true(each_value(t, c, ip_ok) > 0);
	}
	assert_true(q_int("SELECT count(*) FROM web_sessions WHERE ip_address LIKE '%:%'") > 0);
	assert_true(q_int("SELECT count(*) FROM cst_mstr WHERE phone LIKE '+1%'") > 0);
	assert_true(q_int("SELECT count(*) FROM cst_mstr WHERE phone LIKE '+7%'") > 0);
	assert_int_equal(q_int("SELECT count(*) FROM customer_addresses WHERE lat NOT BETWEEN -90 "
	                       "AND 90 OR lon NOT BETWEEN -180 AND 180"),
	                 0);
}

static void test_timestamps(void **state)
{
	const cJSON *t;
	char sql[512];
	(void)state;
	cJSON_ArrayForEach(t, jget(truth, "tables"))
	{
		const char *name = jstr(t, "name");
		bool has_c, has_u;
		snprintf(sql, sizeof sql,
		         "SELECT count(*) FROM pragma_table_info('%s') WHERE name = 'created_at'",
		         name);
		has_c = q_int(sql) == 1;
		snprintf(sql, sizeof sql,
		         "SELECT count(*) FROM pragma_table_info('%s') WHERE name = 'updated_at'",
		         name);
		has_u = q_int(sql) == 1;
		if (has_c) {
			/* ISO text, inside the two years */
			snprintf(
			    sql, sizeof sql,
			    "SELECT count(*) FROM %s WHERE created_at NOT GLOB "
			    "'20[0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]' "
			    "OR created_at < '2023-01-01' OR created_at > '2024-12-31 23:59:59'",
			    name);
			if (q_int(sql) != 0)
				fail_msg("%s.created_at out of range or not ISO", name);
		}
		if (has_c && has_u) {
			snprintf(sql, sizeof sql,
			         "SELECT count(*) FROM %s WHERE updated_at < created_at "
			         "OR updated_at > '2024-12-31 23:59:59'",
			         name);
			if (q_int(sql) != 0)
				fail_msg("%s: updated_at before created_at", name);
		}
	}
}

static void test_daily_orders(void **state)
{
	int64_t sat, tue;
	(void)state;
	/* orders every day of 2023 and 2024 */
	assert_int_equal(q_int("SELECT count(DISTINCT date(created_at)) FROM t_ord_hdr"), 731);
	/* weekly seasonality: Saturdays are busier than Tuesdays */
	sat = q_int("SELECT count(*) FROM t_ord_hdr WHERE strftime('%w', created_at) = '6'");
	tue = q_int("SELECT count(*) FROM t_ord_hdr WHERE strftime('%w', created_at) = '2'");
	assert_true(sat * 10 > tue * 11);
	/* the header's totals are the sum of its lines */
	assert_int_equal(
	    q_int(
	        "SELECT count(*) FROM t_ord_hdr h WHERE abs(h.items_amount - h.discount_amount "
	        "- (SELECT sum(line_total) FROM order_items i WHERE i.ord_id = h.ord_id)) > 0.005"),
	    0);
}

/* ------------------------------------------------------------ PostgreSQL script */

static void test_pg_script(void **state)
{
	char *text = NULL, *p, *line;
	size_t len, creates = 0, fks = 0, blocks = 0;
	sx_error err;
	const cJSON *t;
	(void)state;
	assert_int_equal(sx_file_read(p_pg, &text, &len, &err), 0);
	assert_non_null(strstr(text, "SET client_encoding = 'UTF8';"));
	assert_non_null(
	    strstr(text, "COMMENT ON TABLE public.cst_mstr IS 'Мастер-данные клиентов"));
	for (line = text; line && *line; line = p ? p + 1 : NULL) {
		p = strchr(line, '\n');
		if (strncmp(line, "CREATE TABLE public.", 20) == 0)
			creates++;
		else if (strncmp(line, "ALTER TABLE public.", 19) == 0 &&
		         strstr(line, "FOREIGN KEY") && (!p || strstr(line, "FOREIGN KEY") < p))
			fks++;
		else if (strncmp(line, "COPY public.", 12) == 0) {
			/* the block has one line per row of the table */
			char name[128];
			int64_t rows = 0, want = -1;
			sscanf(line + 12, "%127[^ ]", name);
			for (line = p + 1; strncmp(line, "\\.\n", 3) != 0;
			     line = strchr(line, '\n') + 1)
				rows++;
			cJSON_ArrayForEach(
			    t, jget(truth, "tables")) if (strcmp(jstr(t, "name"), name) == 0) want =
			    jint(t, "rows");
			if (rows != want)
				fail_msg("COPY %s: %lld lines, %lld rows expected", name,
				         (long long)rows, (long long)want);
			blocks++;
			p = line + 2;
		}
	}
	assert_int_equal(creates, cJSON_GetArraySize(jget(truth, "tables")));
	assert_int_equal(blocks, creates);
	assert_int_equal(fks, declared_count());
	free(text);
}

/* ------------------------------------------------------------ the CLI */

static char *run(const char *cmd)
{
	FILE *f = popen(cmd, "r");
	char *out = NULL;
	size_t n = 0, cap = 0, got;
	assert_non_null(f);
	do {
		if (n + 4096 > cap)
			out = realloc(out, cap = cap * 2 + 8192);
		got = fread(out + n, 1, 4096, f);
		n += got;
	} while (got > 0);
	out[n] = '\0';
	assert_int_equal(pclose(f), 0);
	return out;
}

static void test_cli(void **state)
{
	const char *ws = sx_test_tmpdir("demo-cli");
	char cmd[4096], *out;
	cJSON *j, *d;
	(void)state;
	snprintf(cmd, sizeof cmd, "'%s' analyze '%s' --json --workspace '%s'", p_bin, p_sqlite, ws);
	out = run(cmd);
	j = cJSON_Parse(out);
	free(out);
	assert_non_null(j);
	d = cJSON_GetArrayItem(jget(j, "databases"), 0);
	assert_non_null(d);
	assert_true(jint(d, "tables") >= 40);
	assert_int_equal(jint(d, "foreign_keys"), declared_count());
	cJSON_Delete(j);
	snprintf(cmd, sizeof cmd, "'%s' show cst_mstr --workspace '%s'", p_bin, ws);
	out = run(cmd);
	assert_non_null(strstr(out, "Мастер-данные клиентов"));
	assert_non_null(strstr(out, "Дата рождения"));
	free(out);
	sx_test_rmrf(ws);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_truth_shape),        cmocka_unit_test(test_catalog_matches_truth),
	    cmocka_unit_test(test_relationships_hold), cmocka_unit_test(test_pii_values),
	    cmocka_unit_test(test_timestamps),         cmocka_unit_test(test_daily_orders),
	    cmocka_unit_test(test_pg_script),          cmocka_unit_test(test_cli),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
