/*
 * test_core.c - unit tests of the core module: strings, sanitising, UTF-8,
 * hash map, arena, config, event queue, JSON helpers, errors, paths.
 */
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <sys/stat.h>

#include "sx_test.h"

#include <sextant/core.h>

static void test_buf_basics(void **state)
{
	sx_buf b = SX_BUF_INIT;
	(void)state;
	assert_string_equal(sx_buf_cstr(&b), "");
	sx_buf_puts(&b, "abc");
	sx_buf_putc(&b, '-');
	sx_buf_printf(&b, "%d/%s", 42, "x");
	assert_string_equal(sx_buf_cstr(&b), "abc-42/x");
	assert_int_equal(b.len, 8);
	for (int i = 0; i < 10000; i++)
		sx_buf_putc(&b, 'z');
	assert_int_equal(b.len, 10008);
	assert_false(sx_buf_failed(&b));
	char *s = sx_buf_detach(&b);
	assert_int_equal(strlen(s), 10008);
	assert_null(b.ptr);
	free(s);
	sx_buf_release(&b);
}

static void test_buf_oom_is_sticky(void **state)
{
	sx_buf b = SX_BUF_INIT;
	(void)state;
	sx_alloc_fail_after(0);
	assert_int_equal(sx_buf_puts(&b, "x"), SX_ENOMEM);
	assert_true(sx_buf_failed(&b));
	/* later appends are ignored even when memory is back */
	assert_int_equal(sx_buf_puts(&b, "y"), SX_ENOMEM);
	sx_buf_release(&b);
	assert_false(sx_buf_failed(&b));
}

static void test_sanitize(void **state)
{
	char *s;
	(void)state;
	/* ESC sequences, C1 controls, BEL and DEL are neutralised */
	s = sx_sanitize("a\x1b[31mred\x07\x7f\xc2\x9b", false);
	assert_string_equal(s, "a?[31mred???");
	free(s);
	/* newlines and tabs kept only on request; CR dropped */
	s = sx_sanitize("l1\r\nl2\tx", true);
	assert_string_equal(s, "l1\nl2\tx");
	free(s);
	s = sx_sanitize("l1\nl2\tx", false);
	assert_string_equal(s, "l1 l2 x");
	free(s);
	/* invalid UTF-8 and overlongs become '?', valid Cyrillic is kept */
	s = sx_sanitize("\xff\xc0\xafпользователь", false);
	assert_string_equal(s, "???пользователь");
	free(s);
	/* bidi override (U+202E) could reorder what the user sees */
	s = sx_sanitize("abc\xe2\x80\xae" "def", false);
	assert_string_equal(s, "abc?def");
	free(s);
}

static void test_utf8(void **state)
{
	(void)state;
	assert_true(sx_utf8_valid("héllo", strlen("héllo")));
	assert_false(sx_utf8_valid("\xed\xa0\x80", 3)); /* surrogate */
	assert_false(sx_utf8_valid("\xe0\x80\x80", 3)); /* overlong */
	assert_false(sx_utf8_valid("\xf4\x90\x80\x80", 4)); /* > U+10FFFF */
	assert_false(sx_utf8_valid("\xd0", 1)); /* truncated */
	assert_int_equal(sx_utf8_width("abc"), 3);
	assert_int_equal(sx_utf8_width("заказ"), 5);
	assert_int_equal(sx_utf8_width("表"), 2);
}

static void test_str_helpers(void **state)
{
	(void)state;
	assert_true(sx_str_startswith("postgresql://x", "postgresql://"));
	assert_false(sx_str_startswith("pg", "postgres"));
	assert_true(sx_str_endswith("a.sql", ".sql"));
	assert_false(sx_str_endswith("sql", ".sql"));
	assert_true(sx_str_eq_nocase("Orders", "oRDERS"));
	assert_false(sx_str_eq_nocase("Orders", "Order"));
	assert_int_not_equal(sx_hash64("a", 1), sx_hash64("b", 1));
}

static void test_map(void **state)
{
	char keys[5000][16];
	sx_hmap *m = sx_hmap_new(0);
	size_t i, it = 0, seen = 0;
	const char *k;
	void *v;
	(void)state;
	assert_non_null(m);
	for (i = 0; i < 5000; i++) {
		snprintf(keys[i], sizeof keys[i], "t%zu", i);
		assert_int_equal(sx_hmap_put(m, keys[i], (void *)(i + 1)), 0);
	}
	assert_int_equal(sx_hmap_count(m), 5000);
	for (i = 0; i < 5000; i++)
		assert_ptr_equal(sx_hmap_get(m, keys[i]), (void *)(i + 1));
	assert_null(sx_hmap_get(m, "t5000"));
	assert_ptr_equal(sx_hmap_getn(m, "t12xyz", 3), (void *)13);
	/* replace keeps the count */
	sx_hmap_put(m, keys[7], (void *)99);
	assert_int_equal(sx_hmap_count(m), 5000);
	assert_ptr_equal(sx_hmap_get(m, "t7"), (void *)99);
	while (sx_hmap_next(m, &it, &k, &v))
		seen++;
	assert_int_equal(seen, 5000);
	sx_hmap_free(m);
	sx_hmap_free(NULL);
}

static void test_arena(void **state)
{
	sx_arena *a = sx_arena_new(), *b = sx_arena_new();
	char *s, *big, *p;
	(void)state;
	s = sx_arena_strdup(a, "hello");
	assert_string_equal(s, "hello");
	assert_null(sx_arena_strdup(a, NULL));
	big = sx_arena_alloc(a, 1 << 20); /* larger than a block */
	assert_non_null(big);
	memset(big, 1, 1 << 20);
	p = sx_arena_printf(a, "%s-%d", "x", 7);
	assert_string_equal(p, "x-7");
	assert_int_equal(((uintptr_t)sx_arena_alloc(a, 3)) % 16, 0);
	/* adopting moves blocks: strings of b stay valid after b's handle is gone */
	s = sx_arena_strdup(b, "moved");
	sx_arena_adopt(a, b);
	assert_string_equal(s, "moved");
	assert_true(sx_arena_used(a) >= (1 << 20));
	sx_arena_free(a);
	sx_arena_free(NULL);
}

static void test_config(void **state)
{
	sx_config *cfg;
	sx_error err = {0};
	const char *k, *v;
	size_t it = 0, n = 0;
	(void)state;
	assert_int_equal(sx_config_load_string(&cfg,
					       "; comment\n[llm]\nmodel = qwen\nconcurrency=8\n"
					       "ratio = 0.5\nstream = off\n[keys]\nquit = q\nhelp=?\n",
					       &err),
			 0);
	assert_string_equal(sx_config_get(cfg, "llm", "model", "x"), "qwen");
	assert_string_equal(sx_config_get(cfg, "llm", "nope", "dflt"), "dflt");
	assert_int_equal(sx_config_get_int(cfg, "llm", "concurrency", 4), 8);
	assert_int_equal(sx_config_get_int(cfg, "llm", "model", 4), 4); /* not a number */
	assert_true(sx_config_get_double(cfg, "llm", "ratio", 0) == 0.5);
	assert_false(sx_config_get_bool(cfg, "llm", "stream", true));
	assert_true(sx_config_get_bool(cfg, "llm", "missing", true));
	/* a later set overrides the file (flags and env do this) */
	sx_config_set(cfg, "llm", "model", "gpt");
	assert_string_equal(sx_config_get(cfg, "llm", "model", "x"), "gpt");
	while (sx_config_next(cfg, "keys", &it, &k, &v))
		n++;
	assert_int_equal(n, 2);
	sx_config_free(cfg);

	/* a syntax error names the line */
	assert_int_equal(sx_config_load_string(&cfg, "[a]\nx=1\n[broken\n", &err), SX_EPARSE);
	assert_null(cfg);
	assert_non_null(strstr(err.msg, ":3:"));
	/* a missing file is an empty config, not an error */
	assert_int_equal(sx_config_load(&cfg, "/nonexistent/sextant.ini", &err), 0);
	assert_string_equal(sx_config_get(cfg, "a", "b", "d"), "d");
	sx_config_free(cfg);
	sx_config_free(NULL);
}

struct poster {
	sx_evq *q;
	int id;
};

static void *post_many(void *arg)
{
	struct poster *p = arg;
	for (int i = 0; i < 1000; i++)
		sx_evq_post(p->q, SX_EV_TOKEN, 0, p->id, i, "tok", NULL, NULL);
	return NULL;
}

static int freed_payloads;
static void count_free(void *p)
{
	free(p);
	freed_payloads++;
}

static void test_evq(void **state)
{
	sx_evq *q;
	sx_error err;
	struct pollfd pfd;
	pthread_t th[4];
	struct poster ps[4];
	int64_t last[4] = {-1, -1, -1, -1};
	size_t got = 0;
	sx_event *ev;
	(void)state;
	assert_int_equal(sx_evq_new(&q, &err), 0);
	pfd.fd = sx_evq_fd(q);
	pfd.events = POLLIN;
	assert_int_equal(poll(&pfd, 1, 0), 0); /* nothing pending: not readable */
	for (int i = 0; i < 4; i++) {
		ps[i].q = q;
		ps[i].id = i;
		pthread_create(&th[i], NULL, post_many, &ps[i]);
	}
	for (int i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	assert_int_equal(sx_evq_pending(q), 4000);
	assert_int_equal(poll(&pfd, 1, 0), 1); /* readable while events wait */
	while ((ev = sx_evq_pop(q))) {
		/* per-producer order is preserved */
		assert_true(ev->b > last[ev->a]);
		last[ev->a] = ev->b;
		assert_string_equal(ev->text, "tok");
		sx_event_free(ev);
		got++;
	}
	assert_int_equal(got, 4000);
	assert_int_equal(poll(&pfd, 1, 0), 0); /* drained */
	/* payloads are freed with the event, or with the queue */
	freed_payloads = 0;
	sx_evq_post(q, SX_EV_DONE, 0, 1, 0, NULL, malloc(8), count_free);
	sx_event_free(sx_evq_pop(q));
	sx_evq_post(q, SX_EV_DONE, 0, 1, 0, NULL, malloc(8), count_free);
	sx_evq_free(q);
	assert_int_equal(freed_payloads, 2);
}

static void test_json(void **state)
{
	cJSON *o = cJSON_CreateObject();
	(void)state;
	sx_json_add_str(o, "s", "v");
	sx_json_add_str(o, "n", NULL);
	sx_json_add_int(o, "i", 1234567890123LL);
	sx_json_add_num(o, "d", 0.25);
	sx_json_add_bool(o, "b", true);
	assert_string_equal(sx_json_str(o, "s", "x"), "v");
	assert_string_equal(sx_json_str(o, "n", "x"), "x");
	assert_true(cJSON_IsNull(cJSON_GetObjectItem(o, "n")));
	assert_int_equal(sx_json_int(o, "i", 0), 1234567890123LL);
	assert_true(sx_json_num(o, "d", 0) == 0.25);
	assert_true(sx_json_bool(o, "b", false));
	assert_int_equal(sx_json_int(o, "s", -1), -1); /* wrong type -> default */
	assert_int_equal(sx_json_int(NULL, "s", -2), -2);
	cJSON_Delete(o);
}

static void test_errors(void **state)
{
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_error_set(&err, SX_EIO, "cannot read '%s'", "x.db"), SX_EIO);
	assert_string_equal(err.msg, "cannot read 'x.db'");
	sx_error_prefix(&err, "analyze");
	assert_string_equal(err.msg, "analyze: cannot read 'x.db'");
	assert_int_equal(err.code, SX_EIO);
	assert_string_equal(sx_error_name(SX_EAUTH), "auth");
	/* NULL error pointers are allowed */
	assert_int_equal(sx_error_set(NULL, SX_EINVAL, "x"), SX_EINVAL);
	sx_error_clear(&err);
	assert_int_equal(err.code, 0);
	assert_string_equal(err.msg, "");
}

static void test_paths(void **state)
{
	char out[1024];
	const char *dir = sx_test_tmpdir("paths");
	char sub[600], file[700];
	char *data;
	size_t len;
	sx_error err;
	(void)state;
	setenv("XDG_CONFIG_HOME", "/cfg", 1);
	setenv("XDG_DATA_HOME", "/data", 1);
	assert_int_equal(sx_path_config_file(out, sizeof out), 0);
	assert_string_equal(out, "/cfg/sextant/config.ini");
	assert_int_equal(sx_path_data_dir(out, sizeof out), 0);
	assert_string_equal(out, "/data/sextant");
	/* relative XDG values are invalid by the spec: fall back to HOME */
	setenv("XDG_DATA_HOME", "relative", 1);
	setenv("HOME", "/home/u", 1);
	assert_int_equal(sx_path_data_dir(out, sizeof out), 0);
	assert_string_equal(out, "/home/u/.local/share/sextant");
	assert_int_equal(sx_path_stem("/a/b/demo.sqlite", out, sizeof out), 0);
	assert_string_equal(out, "demo");
	assert_int_equal(sx_path_stem("noext", out, sizeof out), 0);
	assert_string_equal(out, "noext");
	assert_int_equal(sx_path_stem(".hidden", out, sizeof out), 0);
	assert_string_equal(out, ".hidden");

	snprintf(sub, sizeof sub, "%s/x/y/z", dir);
	assert_int_equal(sx_mkdir_p(sub, &err), 0);
	snprintf(file, sizeof file, "%s/f.txt", sub);
	assert_int_equal(sx_file_write_atomic(file, "hello", 5, &err), 0);
	assert_int_equal(sx_file_read(file, &data, &len, &err), 0);
	assert_int_equal(len, 5);
	assert_string_equal(data, "hello");
	free(data);
	assert_int_equal(sx_file_read("/nonexistent/f", &data, &len, &err), SX_ENOTFOUND);
	sx_test_rmrf(dir);
}

static void test_alloc_failure_hook(void **state)
{
	(void)state;
	sx_alloc_fail_after(2);
	void *a = sx_malloc(4), *b = sx_malloc(4), *c = sx_malloc(4), *d = sx_malloc(4);
	assert_non_null(a);
	assert_non_null(b);
	assert_null(c);
	assert_non_null(d); /* one failure, then back to normal */
	free(a);
	free(b);
	free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf_basics), cmocka_unit_test(test_buf_oom_is_sticky),
		cmocka_unit_test(test_sanitize),   cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_str_helpers), cmocka_unit_test(test_map),
		cmocka_unit_test(test_arena),      cmocka_unit_test(test_config),
		cmocka_unit_test(test_evq),        cmocka_unit_test(test_json),
		cmocka_unit_test(test_errors),     cmocka_unit_test(test_paths),
		cmocka_unit_test(test_alloc_failure_hook),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
