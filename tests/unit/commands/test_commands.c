/*
 * test_commands.c - the command table: option parsing against the table,
 * global options, usage errors, list options, word splitting for the TUI's
 * ':' line, generated usage text, model overrides.
 */
#include "sx_test.h"

#include <sextant/commands.h>

static void test_table(void **state)
{
	(void)state;
	assert_non_null(sx_cmd_find("analyze"));
	assert_non_null(sx_cmd_find("tables"));
	assert_null(sx_cmd_find("nope"));
	/* every entry is complete */
	for (size_t i = 0; sx_commands[i]; i++) {
		const sx_cmd_entry *e = sx_commands[i];
		assert_non_null(e->name);
		assert_non_null(e->summary);
		assert_non_null(e->run);
		assert_true(e->min_pos <= e->max_pos);
		assert_ptr_equal(sx_cmd_find(e->name), e);
	}
}

static void test_parse(void **state)
{
	const sx_cmd_entry *e = sx_cmd_find("analyze");
	char *argv[] = {"a.db", "--schema", "public,sales", "-s", "hr", "--json",
			"--workspace=/tmp/w", "--", "--odd-name.db"};
	sx_args a;
	sx_error err;
	char **list;
	(void)state;
	assert_int_equal(sx_cmd_parse(e, 9, argv, &a, &err), 0);
	assert_int_equal(a.npos, 2);
	assert_string_equal(a.pos[0], "a.db");
	assert_string_equal(a.pos[1], "--odd-name.db"); /* after "--" */
	assert_true(sx_args_flag(&a, "json"));
	assert_false(sx_args_flag(&a, "ignore-declared-fks"));
	assert_string_equal(sx_args_get(&a, "workspace"), "/tmp/w");
	list = sx_args_list(&a, "schema");
	assert_non_null(list);
	assert_string_equal(list[0], "public");
	assert_string_equal(list[1], "sales");
	assert_string_equal(list[2], "hr");
	assert_null(list[3]);
	sx_strv_free(list);
	assert_null(sx_args_list(&a, "nothing"));
	sx_args_release(&a);
}

static void test_usage_errors(void **state)
{
	const sx_cmd_entry *an = sx_cmd_find("analyze"), *sh = sx_cmd_find("show");
	sx_args a;
	sx_error err;
	char *unknown[] = {"x.db", "--frob"};
	char *novalue[] = {"x.db", "--schema"};
	char *flagval[] = {"x.db", "--json=yes"};
	char *two[] = {"a", "b"};
	char *help[] = {"--help"};
	(void)state;
	assert_int_equal(sx_cmd_parse(an, 2, unknown, &a, &err), SX_EUSAGE);
	assert_non_null(strstr(err.msg, "--frob"));
	assert_int_equal(sx_cmd_parse(an, 2, novalue, &a, &err), SX_EUSAGE);
	assert_non_null(strstr(err.msg, "needs a value"));
	assert_int_equal(sx_cmd_parse(an, 2, flagval, &a, &err), SX_EUSAGE);
	assert_int_equal(sx_cmd_parse(an, 0, NULL, &a, &err), SX_EUSAGE);
	assert_non_null(strstr(err.msg, "missing argument"));
	assert_int_equal(sx_cmd_parse(sh, 2, two, &a, &err), SX_EUSAGE);
	assert_non_null(strstr(err.msg, "too many"));
	/* --help skips the count checks */
	assert_int_equal(sx_cmd_parse(an, 1, help, &a, &err), 0);
	assert_true(sx_args_flag(&a, "help"));
	sx_args_release(&a);
}

static void test_split(void **state)
{
	int argc;
	char **argv;
	sx_error err;
	(void)state;
	assert_int_equal(sx_cmd_split("  path users  'order items' --max-hops 3 ", &argc, &argv, &err), 0);
	assert_int_equal(argc, 5);
	assert_string_equal(argv[0], "path");
	assert_string_equal(argv[2], "order items");
	assert_string_equal(argv[4], "3");
	assert_null(argv[5]);
	sx_strv_free(argv);
	assert_int_equal(sx_cmd_split("search \"таблицы \\\"с\\\" пользователями\" x\\ y ''", &argc, &argv, &err), 0);
	assert_int_equal(argc, 4);
	assert_string_equal(argv[1], "таблицы \"с\" пользователями");
	assert_string_equal(argv[2], "x y");
	assert_string_equal(argv[3], "");
	sx_strv_free(argv);
	assert_int_equal(sx_cmd_split("", &argc, &argv, &err), 0);
	assert_int_equal(argc, 0);
	sx_strv_free(argv);
	assert_int_equal(sx_cmd_split("chat 'unterminated", &argc, &argv, &err), SX_EUSAGE);
	assert_non_null(strstr(err.msg, "unterminated"));
	/* found by fuzz_argv: an empty "" word lacked its NUL (valgrind and
	 * ASan see the read past it), and the message quoted a newline */
	assert_int_equal(sx_cmd_split("search \"\" x", &argc, &argv, &err), 0);
	assert_int_equal(argc, 3);
	assert_string_equal(argv[1], "");
	sx_strv_free(argv);
	assert_int_equal(sx_cmd_split("search \"a\nb", &argc, &argv, &err), SX_EUSAGE);
	assert_null(strchr(err.msg, '\n'));
}

static void test_usage_text(void **state)
{
	sx_buf b = SX_BUF_INIT;
	(void)state;
	sx_cmd_usage(NULL, &b);
	assert_non_null(strstr(sx_buf_cstr(&b), "analyze"));
	sx_buf_clear(&b);
	sx_cmd_usage(sx_cmd_find("analyze"), &b);
	assert_non_null(strstr(sx_buf_cstr(&b), "--ignore-declared-fks"));
	assert_non_null(strstr(sx_buf_cstr(&b), "--workspace"));
	sx_buf_release(&b);
}

static void test_model_overrides(void **state)
{
	sx_config *cfg;
	sx_error err;
	sx_args a = {0};
	const sx_cmd_entry fake = {.name = "fake", .summary = "x", .flags = SX_CMD_TALKS_TO_MODEL,
				   .max_pos = 0};
	char *argv[] = {"--model", "flag-model"};
	(void)state;
	sx_config_load_string(&cfg, "[llm]\nmodel = cfg-model\nbase_url = http://cfg\n", &err);
	setenv("SEXTANT_LLM_MODEL", "env-model", 1);
	setenv("OPENAI_BASE_URL", "http://env", 1);
	/* env beats config */
	sx_cmd_apply_model_overrides(cfg, &a);
	assert_string_equal(sx_config_get(cfg, "llm", "model", ""), "env-model");
	assert_string_equal(sx_config_get(cfg, "llm", "base_url", ""), "http://env");
	/* flag beats env */
	assert_int_equal(sx_cmd_parse(&fake, 2, argv, &a, &err), 0);
	sx_cmd_apply_model_overrides(cfg, &a);
	assert_string_equal(sx_config_get(cfg, "llm", "model", ""), "flag-model");
	sx_args_release(&a);
	unsetenv("SEXTANT_LLM_MODEL");
	unsetenv("OPENAI_BASE_URL");
	sx_config_free(cfg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),	    cmocka_unit_test(test_parse),
		cmocka_unit_test(test_usage_errors), cmocka_unit_test(test_split),
		cmocka_unit_test(test_usage_text),   cmocka_unit_test(test_model_overrides),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
