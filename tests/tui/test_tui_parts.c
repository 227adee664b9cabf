/*
 * test_tui_parts.c - the workbench's pure parts: UTF-8 widths and
 * folding, key names, keymaps from config (key = command line too), the
 * ':' line parsing every engine command as the CLI does, theme parsing and colour
 * degradation, the diff, OSC 52, SQL highlighting, doc wrapping and the
 * line editor. No terminal, no workspace.
 */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "tui/tui_int.h"

static void test_widths(void **state)
{
	(void)state;
	assert_int_equal(tui_strwidth("abc", 3), 3);
	assert_int_equal(tui_strwidth("клиенты", strlen("клиенты")), 7);
	assert_int_equal(tui_strwidth("表格", strlen("表格")), 4);
	/* 5 cells of "клиенты" are 10 bytes */
	assert_int_equal(tui_fit("клиенты", strlen("клиенты"), 5), 10);
	/* a wide character never splits */
	assert_int_equal(tui_fit("表格", strlen("表格"), 3), 3);
}

static void test_find_nocase(void **state)
{
	(void)state;
	assert_int_equal(tui_find_nocase("Customer_Orders", "ORD"), 9);
	assert_int_equal(tui_find_nocase("КЛИЕНТЫ_архив", "клиенты"), 0);
	assert_int_equal(tui_find_nocase("архив_клиентов", "КЛИЕНТ"), (long)strlen("архив_"));
	assert_int_equal(tui_find_nocase("orders", "x"), -1);
	assert_int_equal(tui_find_nocase("orders", ""), 0);
}

static void test_utf8_decode(void **state)
{
	uint32_t cp;
	char out[4];
	(void)state;
	assert_int_equal(tui_utf8_dec("\xd0\xba", 2, &cp), 2);
	assert_int_equal(cp, 0x43a);
	/* truncated and overlong sequences decode as U+FFFD, one byte */
	assert_int_equal(tui_utf8_dec("\xd0", 1, &cp), 1);
	assert_int_equal(cp, 0xfffd);
	assert_int_equal(tui_utf8_dec("\xc0\x80", 2, &cp), 1);
	assert_int_equal(cp, 0xfffd);
	assert_int_equal(tui_utf8_enc(0x1f600, out), 4);
	assert_int_equal(tui_utf8_dec(out, 4, &cp), 4);
	assert_int_equal(cp, 0x1f600);
}

static void test_count(void **state)
{
	char b[16];
	(void)state;
	tui_fmt_count(b, sizeof b, 999);
	assert_string_equal(b, "999");
	tui_fmt_count(b, sizeof b, 1234);
	assert_string_equal(b, "1.2k");
	tui_fmt_count(b, sizeof b, 35400000);
	assert_string_equal(b, "35M");
	tui_fmt_count(b, sizeof b, -1);
	assert_string_equal(b, "?");
}

static void test_grid_sanitises(void **state)
{
	tui_grid g = {0};
	sx_buf b = SX_BUF_INIT;
	(void)state;
	assert_int_equal(tui_grid_resize(&g, 12, 2), 0);
	/* escape sequences and bidi overrides from a database become '?' */
	tui_grid_put(&g, 0, 0, 12, TS_NORMAL, "a\033[2Jb\xe2\x80\xae" "c");
	tui_grid_put(&g, 0, 1, 12, TS_NORMAL, "表x");
	tui_grid_dump(&g, NULL, &b);
	assert_non_null(strstr(sx_buf_cstr(&b), "a?[2Jb?c\n表x\n"));
	/* writing over half of a wide character blanks the other half */
	tui_grid_put(&g, 1, 1, 1, TS_NORMAL, "y");
	sx_buf_clear(&b);
	tui_grid_dump(&g, NULL, &b);
	assert_non_null(strstr(sx_buf_cstr(&b), "\n yx\n"));
	sx_buf_release(&b);
	tui_grid_release(&g);
}

static void test_keys(void **state)
{
	char n[32];
	(void)state;
	assert_int_equal(tui_key_parse("j"), 'j');
	assert_int_equal(tui_key_parse("C-j"), 10);
	assert_int_equal(tui_key_parse("C-Enter"), TK_CJ);
	assert_int_equal(tui_key_parse("S-Tab"), TK_BTAB);
	assert_int_equal(tui_key_parse("M-x"), 'x' | TK_META);
	assert_int_equal(tui_key_parse("F5"), TK_F1 + 4);
	assert_int_equal(tui_key_parse("й"), 0x439);
	assert_int_equal(tui_key_parse("Bogus"), -1);
	tui_key_name(TK_PGDN, n, sizeof n);
	assert_string_equal(n, "PgDn");
	tui_key_name(TK_CJ, n, sizeof n);
	assert_string_equal(n, "C-j");
	tui_key_name('x' | TK_META, n, sizeof n);
	assert_string_equal(n, "M-x");
}

static void test_keymap_config(void **state)
{
	sx_config *cfg = NULL;
	tui_keymap km;
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_config_load_string(&cfg, "[keys]\nquit = C-q x\ndown = q\n", &err), 0);
	assert_int_equal(tui_keymap_load(&km, cfg, &err), 0);
	assert_int_equal(tui_keymap_lookup(&km, 17), TA_QUIT);
	/* q was taken by down: it no longer quits */
	assert_int_equal(tui_keymap_lookup(&km, 'q'), TA_DOWN);
	assert_int_equal(tui_keymap_lookup(&km, 'j'), TA_NONE);
	assert_int_equal(tui_keymap_lookup(&km, 'k'), TA_UP);
	sx_config_free(cfg);
	assert_int_equal(sx_config_load_string(&cfg, "[keys]\nfly = x\nup = Nope\n", &err), 0);
	assert_int_not_equal(tui_keymap_load(&km, cfg, &err), 0);
	assert_non_null(strstr(err.msg, "Nope"));
	/* the rest still applies */
	assert_int_equal(tui_keymap_lookup(&km, 'j'), TA_DOWN);
	sx_config_free(cfg);
}

/* [keys] KEY = command line, as tmux binds keys to commands. */
static void test_keymap_lines(void **state)
{
	sx_config *cfg = NULL;
	tui_keymap km;
	sx_error err = {0};
	char **argv = NULL;
	int argc = 0;
	sx_args a;
	const sx_cmd_entry *e;
	(void)state;
	assert_int_equal(sx_config_load_string(&cfg,
					       "[keys]\n"
					       "C-p = path orders customers --max-hops 2\n"
					       "F5 = :search \"late payments\" --domain finance\n"
					       "M-x = goto payments\n"
					       "M-x = goto orders\n",
					       &err),
			 0);
	assert_int_equal(tui_keymap_load(&km, cfg, &err), 0);
	assert_string_equal(tui_keymap_line(&km, 16), "path orders customers --max-hops 2");
	/* C-p moved up by default: bound to a command it does only that */
	assert_int_equal(tui_keymap_lookup(&km, 16), TA_NONE);
	assert_int_equal(tui_keymap_lookup(&km, 'k'), TA_UP);
	/* a leading ':' is allowed; the later binding of a key wins */
	assert_string_equal(tui_keymap_line(&km, TK_F1 + 4),
			    "search \"late payments\" --domain finance");
	assert_string_equal(tui_keymap_line(&km, 'x' | TK_META), "goto orders");
	assert_null(tui_keymap_line(&km, 'j'));
	/* the bound line parses as the ':' line would, options included */
	assert_int_equal(sx_cmd_split(tui_keymap_line(&km, TK_F1 + 4), &argc, &argv, &err), 0);
	assert_non_null(e = tui_cmd_lookup(argv[0]));
	assert_int_equal(sx_cmd_parse(e, argc - 1, argv + 1, &a, &err), 0);
	assert_string_equal(a.pos[0], "late payments");
	assert_string_equal(sx_args_get(&a, "domain"), "finance");
	sx_args_release(&a);
	sx_strv_free(argv);
	sx_config_free(cfg);
	/* an empty command and an unknown left side are reported */
	assert_int_equal(sx_config_load_string(&cfg, "[keys]\nC-t =\nCtrl-t = quit\n", &err), 0);
	err.msg[0] = 0;
	assert_int_not_equal(tui_keymap_load(&km, cfg, &err), 0);
	assert_non_null(strstr(err.msg, "Ctrl-t"));
	assert_null(tui_keymap_line(&km, 20));
	sx_config_free(cfg);
}

/* One word for a shell-like line: single quotes unless it is plain. */
static void put_word(sx_buf *b, const char *w)
{
	const char *p;
	bool plain = *w != 0;
	for (p = w; *p && plain; p++)
		plain = strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./=,:-",
			       *p) != NULL;
	if (b->len)
		sx_buf_putc(b, ' ');
	if (plain) {
		sx_buf_puts(b, w);
		return;
	}
	sx_buf_putc(b, '\'');
	for (p = w; *p; p++)
		sx_buf_puts(b, *p == '\'' ? "'\\''" : (char[2]){*p, 0});
	sx_buf_putc(b, '\'');
}

static void push(char ***v, size_t *n, const char *w)
{
	*v = realloc(*v, (*n + 2) * sizeof **v);
	assert_non_null(*v);
	(*v)[(*n)++] = strdup(w);
	(*v)[*n] = NULL;
}

/* A value of each option type that the parser accepts and a line must
 * quote (spaces, quotes, Cyrillic). */
static void push_opt(char ***v, size_t *n, const sx_opt *o, size_t i)
{
	char flag[64];
	bool use_short = o->short_name && i % 2;
	if (use_short)
		snprintf(flag, sizeof flag, "-%c", o->short_name);
	else
		snprintf(flag, sizeof flag, "--%s", o->name);
	switch (o->type) {
	case SX_OPT_FLAG:
		push(v, n, flag);
		break;
	case SX_OPT_INT:
		push(v, n, flag);
		push(v, n, "7");
		break;
	case SX_OPT_DOUBLE:
		push(v, n, flag);
		push(v, n, "0.75");
		break;
	case SX_OPT_LIST:
		push(v, n, flag);
		push(v, n, "a b,заказы");
		snprintf(flag, sizeof flag, "--%s=it's", o->name);
		push(v, n, flag);
		break;
	default:
		if (use_short) {
			push(v, n, flag);
			push(v, n, "x \"y\" z");
		} else {
			snprintf(flag, sizeof flag, "--%s=x \"y\" 'z'", o->name);
			push(v, n, flag);
		}
		break;
	}
}

static void assert_same_args(const char *line, const sx_args *cli, const sx_args *tui)
{
	size_t i;
	if (cli->npos != tui->npos || cli->nvals != tui->nvals)
		fail_msg("'%s': %zu/%zu positionals, %zu/%zu options (CLI/TUI)", line, cli->npos,
			 tui->npos, cli->nvals, tui->nvals);
	for (i = 0; i < cli->npos; i++)
		assert_string_equal(cli->pos[i], tui->pos[i]);
	for (i = 0; i < cli->nvals; i++) {
		assert_string_equal(cli->vals[i].name, tui->vals[i].name);
		assert_string_equal(cli->vals[i].value, tui->vals[i].value);
	}
}

/* Every command of the engine's table parses the same from the ':' line
 * (split like a shell, looked up the way the workbench dispatches) as
 * from the CLI's argv, with all its options: a TUI entry that shadows an
 * engine command and drops its options fails here. */
static void test_cmdline_parity(void **state)
{
	size_t c;
	(void)state;
	for (c = 0; sx_commands[c]; c++) {
		const sx_cmd_entry *e = sx_commands[c], *te;
		const sx_opt *lists[3] = {e->opts, sx_global_opts,
					  (e->flags & SX_CMD_TALKS_TO_MODEL) ? sx_model_opts : NULL};
		char **argv = NULL, **targv = NULL;
		size_t n = 0, l, i, npos;
		int targc = 0, variant;
		sx_error err = {0};
		for (variant = 0; variant < 2; variant++) {
			sx_buf line = SX_BUF_INIT;
			sx_args cli, tui;
			int crc, trc;
			n = 0;
			argv = NULL;
			push(&argv, &n, e->name);
			npos = e->min_pos ? e->min_pos : e->max_pos ? 1 : 0;
			for (i = 0; i < npos; i++)
				push(&argv, &n, i ? "заказы покупателей" : "shop.main.orders");
			for (l = 0; l < 3; l++)
				for (i = 0; lists[l] && lists[l][i].name; i++)
					if (strcmp(lists[l][i].name, "help") != 0)
						push_opt(&argv, &n, &lists[l][i], i + (size_t)variant);
			/* variant 1: one positional more after "--", dashed;
			 * too many where the command takes no more */
			if (variant == 1) {
				push(&argv, &n, "--");
				push(&argv, &n, "-odd one");
			}
			for (i = 0; i < n; i++)
				put_word(&line, argv[i]);
			crc = sx_cmd_parse(e, (int)n - 1, argv + 1, &cli, &err);
			assert_int_equal(sx_cmd_split(sx_buf_cstr(&line), &targc, &targv, &err), 0);
			assert_int_equal((size_t)targc, n);
			te = tui_cmd_lookup(targv[0]);
			assert_non_null(te);
			trc = sx_cmd_parse(te, targc - 1, targv + 1, &tui, &err);
			if (crc != trc)
				fail_msg("'%s': CLI parse %d, ':' line parse %d (%s)", sx_buf_cstr(&line),
					 crc, trc, err.msg);
			if (variant == 0 && crc)
				fail_msg("'%s' does not parse: %s", sx_buf_cstr(&line), err.msg);
			if (!crc) {
				assert_same_args(sx_buf_cstr(&line), &cli, &tui);
				sx_args_release(&cli);
				sx_args_release(&tui);
			}
			sx_strv_free(argv);
			sx_strv_free(targv);
			sx_buf_release(&line);
		}
		/* an option the engine does not know is refused on both */
		{
			char *bad[3] = {(char *)e->name, (char *)"--no-such-option", NULL};
			sx_args a;
			assert_int_not_equal(sx_cmd_parse(e, 1, bad + 1, &a, &err), 0);
			assert_int_not_equal(sx_cmd_parse(tui_cmd_lookup(e->name), 1, bad + 1, &a, &err),
					     0);
		}
	}
}

static void test_themes(void **state)
{
	tui_theme th;
	sx_error err = {0};
	char **all;
	size_t i;
	const char *want[] = {"dark", "high-contrast", "light", "mono", "solarized-dark"};
	(void)state;
	all = tui_theme_list();
	assert_non_null(all);
	for (i = 0; i < 5; i++)
		assert_string_equal(all[i], want[i]);
	sx_strv_free(all);
	for (i = 0; i < 5; i++)
		assert_int_equal(tui_theme_load(&th, want[i], &err), 0);
	assert_int_equal(tui_theme_load(&th, "dark", &err), 0);
	assert_int_equal(th.st[TS_ERROR].fg.kind, TC_RGB);
	assert_true(th.st[TS_ERROR].attrs & TA_BOLD);
	assert_int_equal(tui_theme_load(&th, "mono", &err), 0);
	assert_int_equal(th.st[TS_SELECTED].fg.kind, TC_DEFAULT);
	assert_true(th.st[TS_SELECTED].attrs & TA_REVERSE);
	assert_int_not_equal(tui_theme_load(&th, "../etc/passwd", &err), 0);
	assert_int_equal(tui_theme_load(&th, "nope", &err), SX_ENOTFOUND);
	assert_non_null(strstr(err.msg, "solarized-dark"));
	/* a bad colour names the style and the word */
	assert_int_equal(tui_theme_parse(&th, "[styles]\npk = #zzzzzz\n", "t", &err), SX_EPARSE);
	assert_non_null(strstr(err.msg, "'pk'"));
	assert_int_equal(tui_theme_parse(&th, "[styles]\nnosuch = red\n", "t", &err), SX_EPARSE);
}

/* A theme of the user's: found in $XDG_CONFIG_HOME/sextant/themes, listed,
 * laid over dark (roles it does not name keep dark's values). */
static void test_user_theme(void **state)
{
	char dir[] = "/tmp/sx-theme-XXXXXX", path[256];
	tui_theme th, dark;
	sx_error err = {0};
	char **all;
	size_t i;
	bool listed = false;
	FILE *f;
	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/sextant", dir);
	assert_int_equal(sx_mkdir_p(path, NULL), 0);
	snprintf(path, sizeof path, "%s/sextant/themes", dir);
	assert_int_equal(sx_mkdir_p(path, NULL), 0);
	snprintf(path, sizeof path, "%s/sextant/themes/mine.theme", dir);
	assert_non_null(f = fopen(path, "w"));
	fputs("[theme]\nname = mine\n[styles]\npk = 208 default underline\n", f);
	fclose(f);
	setenv("XDG_CONFIG_HOME", dir, 1);
	all = tui_theme_list();
	for (i = 0; all && all[i]; i++)
		listed |= strcmp(all[i], "mine") == 0;
	sx_strv_free(all);
	assert_true(listed);
	assert_int_equal(tui_theme_load(&th, "mine", &err), 0);
	assert_int_equal(tui_theme_load(&dark, "dark", &err), 0);
	assert_int_equal(th.st[TS_PK].fg.kind, TC_INDEX);
	assert_int_equal(th.st[TS_PK].fg.v, 208);
	assert_true(th.st[TS_PK].attrs & TA_UNDERLINE);
	assert_memory_equal(&th.st[TS_FK], &dark.st[TS_FK], sizeof th.st[TS_FK]);
	setenv("XDG_CONFIG_HOME", "/nonexistent-sextant-test", 1);
	unlink(path);
	snprintf(path, sizeof path, "%s/sextant/themes", dir);
	rmdir(path);
	snprintf(path, sizeof path, "%s/sextant", dir);
	rmdir(path);
	rmdir(dir);
}

static void test_colors(void **state)
{
	tui_color c;
	(void)state;
	assert_int_equal(tui_theme_parse_color("#ff0000", &c), 0);
	assert_int_equal(tui_color_resolve(c, TUI_COLOR_TRUE), 0xff0000);
	assert_int_equal(tui_color_resolve(c, TUI_COLOR_256), 196);
	assert_int_equal(tui_color_resolve(c, TUI_COLOR_16), 9);
	assert_int_equal(tui_color_resolve(c, TUI_COLOR_MONO), -1);
	assert_int_equal(tui_theme_parse_color("bright-blue", &c), 0);
	assert_int_equal(tui_color_resolve(c, TUI_COLOR_16), 12);
	assert_int_equal(tui_theme_parse_color("default", &c), 0);
	assert_int_equal(tui_color_resolve(c, TUI_COLOR_256), -1);
	assert_int_equal(tui_theme_parse_color("300", &c), SX_EINVAL);
	assert_int_equal(tui_term_detect_colors(0, false), TUI_COLOR_MONO);
	assert_int_equal(tui_term_detect_colors(8, false), TUI_COLOR_16);
	assert_int_equal(tui_term_detect_colors(256, false), TUI_COLOR_256);
	assert_int_equal(tui_term_detect_colors(256, true), TUI_COLOR_TRUE);
	assert_int_equal(tui_term_detect_colors(0x1000000, false), TUI_COLOR_TRUE);
}

static void test_diff(void **state)
{
	sx_buf b = SX_BUF_INIT;
	(void)state;
	assert_int_equal(sx_diff_unified("a\nb\nc\n", "a\nB\nc\nd\n", "x", "y", &b), 0);
	assert_string_equal(sx_buf_cstr(&b), "--- x\n+++ y\n@@ -1,3 +1,4 @@\n a\n-b\n+B\n c\n+d\n");
	sx_buf_clear(&b);
	assert_int_equal(sx_diff_unified("same\n", "same\n", "x", "y", &b), 0);
	assert_string_equal(sx_buf_cstr(&b), "--- x\n+++ y\n");
	sx_buf_clear(&b);
	/* two far apart changes make two hunks */
	assert_int_equal(sx_diff_unified("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
					  "0\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n13\n", "x", "y", &b),
			 0);
	assert_string_equal(sx_buf_cstr(&b), "--- x\n+++ y\n@@ -1,4 +1,4 @@\n-1\n+0\n 2\n 3\n 4\n"
					     "@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+13\n");
	sx_buf_clear(&b);
	assert_int_equal(sx_diff_unified("", "new\n", "x", "y", &b), 0);
	assert_string_equal(sx_buf_cstr(&b), "--- x\n+++ y\n@@ -0,0 +1,1 @@\n+new\n");
	sx_buf_release(&b);
}

static void test_osc52(void **state)
{
	sx_buf b = SX_BUF_INIT;
	(void)state;
	assert_int_equal(tui_osc52("SELECT 1", 8, false, &b), 0);
	assert_string_equal(sx_buf_cstr(&b), "\033]52;c;U0VMRUNUIDE=\a");
	sx_buf_clear(&b);
	assert_int_equal(tui_osc52("ab", 2, true, &b), 0);
	assert_string_equal(sx_buf_cstr(&b), "\033Ptmux;\033\033]52;c;YWI=\a\033\\");
	sx_buf_release(&b);
}

static int style_at(const tui_doc *d, size_t line, const char *text)
{
	const tui_line *l = &d->lines.v[line];
	const char *p = strstr(l->text, text);
	size_t off, i;
	if (!p)
		return -1;
	off = (size_t)(p - l->text);
	for (i = 0; i < l->spans.n; i++)
		if (off >= l->spans.v[i].off && off < l->spans.v[i].off + l->spans.v[i].len)
			return l->spans.v[i].style;
	return -1;
}

static void test_sql_highlight(void **state)
{
	tui_doc d;
	(void)state;
	tui_doc_init(&d);
	assert_int_equal(tui_sql_to_doc(&d, "SELECT a, 'x' -- note\nFROM t WHERE n > 42;"), 0);
	assert_int_equal(tui_doc_nlines(&d), 2);
	assert_int_equal(style_at(&d, 0, "SELECT"), TS_SQL_KEYWORD);
	assert_int_equal(style_at(&d, 0, "'x'"), TS_SQL_STRING);
	assert_int_equal(style_at(&d, 0, "-- note"), TS_SQL_COMMENT);
	assert_int_equal(style_at(&d, 1, "FROM"), TS_SQL_KEYWORD);
	assert_int_equal(style_at(&d, 1, "42"), TS_SQL_NUMBER);
	assert_int_equal(style_at(&d, 1, "t "), TS_SQL_IDENT);
	tui_doc_clear(&d);
	/* the scanner rejects an open quote: the text stays, plain */
	assert_int_equal(tui_sql_to_doc(&d, "SELECT 'oops"), 0);
	assert_int_equal(style_at(&d, 0, "SELECT"), TS_NORMAL);
	tui_doc_release(&d);
}

static void test_doc_wrap(void **state)
{
	tui_doc d;
	tui_docview v = {0};
	tui_grid g = {0};
	sx_buf b = SX_BUF_INIT;
	(void)state;
	tui_doc_init(&d);
	tui_grid_resize(&g, 10, 4);
	/* tokens arrive split mid-word and mid-line */
	tui_doc_append(&d, TS_NORMAL, "hello wo", 8);
	tui_doc_append(&d, TS_REASONING, "rld and\tmore\n", 13);
	tui_doc_append(&d, TS_NORMAL, "x\033y", 3);
	assert_int_equal(tui_doc_nlines(&d), 2);
	v.wrap = true;
	v.follow = true;
	tui_docview_draw(&v, &d, &g, (tui_rect){0, 0, 10, 4});
	tui_grid_dump(&g, NULL, &b);
	/* words wrap whole, the tab became spaces, ESC became '?' */
	assert_non_null(strstr(sx_buf_cstr(&b), "hello\nworld and\nmore\nx?y\n"));
	sx_buf_release(&b);
	tui_grid_release(&g);
	tui_doc_release(&d);
}

static void test_input(void **state)
{
	tui_input in = {0};
	bool h;
	(void)state;
	tui_input_key(&in, 0x43a, &h); /* к */
	tui_input_key(&in, 'x', &h);
	assert_string_equal(in.buf, "кx");
	tui_input_key(&in, TK_LEFT, &h);
	tui_input_key(&in, TK_BACKSPACE, &h);
	assert_string_equal(in.buf, "x");
	tui_input_set(&in, "one two");
	tui_input_key(&in, 23, &h); /* C-w */
	assert_string_equal(in.buf, "one ");
	assert_false(tui_input_key(&in, TK_F1, &h));
	assert_false(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_widths),     cmocka_unit_test(test_find_nocase),
		cmocka_unit_test(test_utf8_decode), cmocka_unit_test(test_count),
		cmocka_unit_test(test_grid_sanitises), cmocka_unit_test(test_keys),
		cmocka_unit_test(test_keymap_config), cmocka_unit_test(test_keymap_lines),
		cmocka_unit_test(test_cmdline_parity), cmocka_unit_test(test_themes),
		cmocka_unit_test(test_user_theme), cmocka_unit_test(test_colors),
		cmocka_unit_test(test_diff),
		cmocka_unit_test(test_osc52),      cmocka_unit_test(test_sql_highlight),
		cmocka_unit_test(test_doc_wrap),   cmocka_unit_test(test_input),
	};
	setlocale(LC_ALL, "C.UTF-8");
	setenv("XDG_CONFIG_HOME", "/nonexistent-sextant-test", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
