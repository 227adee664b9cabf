/*
 * cmdline.c - the ':' command line, edited by GNU readline inside the
 * curses screen (the measured recipe of NOTES-deps.md).
 *
 * Readline runs in callback mode and never touches the terminal: its
 * input comes byte by byte from rl_getc_function (keys the loop read,
 * turned back into the bytes a terminal sends), its output goes to
 * /dev/null, terminal preparation and signal handling are switched off,
 * and rl_redisplay_function copies the prompt, the line and the cursor
 * into the app, which draws them in its bottom row. That keeps readline's
 * history (saved to $XDG_DATA_HOME/sextant/history), its emacs editing
 * keys, inputrc, and UTF-8 editing, while curses owns the screen.
 *
 * Completion: the first word completes command names (TUI and engine
 * tables), a word starting with '-' the command's --options, later words
 * complete table names from the loaded catalog (relationship ids after
 * :accept, :reject and :relations accept|reject|reset; theme names after
 * :theme). Candidates are shown in a popup instead of
 * being printed. UI thread only; readline's state is global, so there is
 * one command line per process.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "tui_int.h"

static tui_app *rl_app;
static bool rl_ready;
static FILE *rl_null;
static unsigned char feed[64];
static size_t feed_n, feed_i;

/* readline reads its bytes here: the ones the last key turned into. */
static int getc_fn(FILE *f)
{
	(void)f;
	if (feed_i < feed_n)
		return feed[feed_i++];
	return EOF;
}

static int avail_fn(void)
{
	return feed_i < feed_n;
}

static void free_matches(tui_app *app)
{
	sx_strv_free(app->cmd_matches);
	app->cmd_matches = NULL;
}

/* readline's idea of the line, copied for the next frame. */
static void redisplay(void)
{
	tui_app *app = rl_app;
	if (!app)
		return;
	free(app->cmd_line);
	app->cmd_line = sx_strdup(rl_line_buffer ? rl_line_buffer : "");
	app->cmd_point = rl_point;
	snprintf(app->cmd_prompt, sizeof app->cmd_prompt, "%s",
		 rl_display_prompt ? rl_display_prompt : ":");
	app->dirty = true;
}

/* Back to normal keys: keypad and mouse on again. */
static void deactivate(tui_app *app)
{
	app->cmd_active = false;
	free(app->cmd_line);
	app->cmd_line = NULL;
	free_matches(app);
	if (app->term)
		tui_term_keypad(app->term, true);
	app->dirty = true;
}

/* Enter: the line goes to history (unless it repeats the last one) and runs. */
static void on_line(char *line)
{
	tui_app *app = rl_app;
	rl_callback_handler_remove();
	if (!app) {
		free(line);
		return;
	}
	deactivate(app);
	if (line && *line) {
		HIST_ENTRY *last = history_get(history_base + history_length - 1);
		if (!last || strcmp(last->line, line) != 0)
			add_history(line);
		tui_app_exec_line(app, line);
	}
	free(line);
}

/* ------------------------------------------------------------ completion */

static SX_VEC(char *) cands;
static size_t cand_i;

static void cands_clear(void)
{
	size_t i;
	for (i = 0; i < cands.n; i++)
		free(cands.v[i]);
	cands.n = 0;
	cand_i = 0;
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Keeps the sorted unique candidates that start with text. */
static void cands_finish(void)
{
	size_t i, j;
	if (!cands.n)
		return;
	qsort(cands.v, cands.n, sizeof *cands.v, cmpstr);
	for (i = j = 0; i < cands.n; i++) {
		if (j && strcmp(cands.v[j - 1], cands.v[i]) == 0) {
			free(cands.v[i]);
			continue;
		}
		cands.v[j++] = cands.v[i];
	}
	cands.n = j;
}

static void cand_add(const char *text, const char *s)
{
	char *c;
	if (strncmp(s, text, strlen(text)) != 0)
		return;
	if ((c = sx_strdup(s)) && SX_VEC_PUSH(&cands, c))
		free(c);
}

static char *gen(const char *text, int state)
{
	(void)text;
	if (!state)
		cand_i = 0;
	if (cand_i < cands.n)
		return strdup(cands.v[cand_i++]);
	return NULL;
}

/* Table names for completion: short names, or full ids once a dot is typed. */
static void add_tables(const char *text)
{
	sx_catalog *cat = rl_app ? rl_app->cat : NULL;
	size_t d, s, t;
	bool qualified = strchr(text, '.') != NULL;
	if (!cat)
		return;
	for (d = 0; d < cat->ndbs; d++)
		for (s = 0; s < cat->dbs[d]->nschemas; s++) {
			sx_schema *sc = cat->dbs[d]->schemas[s];
			for (t = 0; t < sc->ntables; t++) {
				if (qualified) {
					char id[512];
					sx_table_id(sc->tables[t], id, sizeof id);
					cand_add(text, id);
				} else {
					cand_add(text, sc->tables[t]->name);
				}
			}
		}
}

/* Ids of the inferred relationships (what :accept, :reject and
 * :relations accept|reject|reset ID decide on), from the loaded map. */
static void add_rel_ids(const char *text)
{
	const sx_dbmap *map = rl_app ? rl_app->map : NULL;
	size_t i, n = map ? sx_dbmap_rel_count(map) : 0;
	for (i = 0; i < n; i++) {
		const sx_map_rel *r = sx_dbmap_rel(map, i);
		if (r->kind == SX_RELK_INFERRED)
			cand_add(text, r->id);
	}
}

/* --options of the command a line starts with: its own, the model's
 * when it talks to one, and the global ones (what its parser takes). */
static void add_options(const char *text, const char *cmd)
{
	const sx_cmd_entry *e = tui_cmd_lookup(cmd);
	const sx_opt *lists[3];
	size_t l, i;
	char opt[80];
	if (!e)
		return;
	lists[0] = e->opts;
	lists[1] = (e->flags & SX_CMD_TALKS_TO_MODEL) ? sx_model_opts : NULL;
	lists[2] = sx_global_opts;
	for (l = 0; l < 3; l++)
		for (i = 0; lists[l] && lists[l][i].name; i++) {
			snprintf(opt, sizeof opt, "--%s", lists[l][i].name);
			cand_add(text, opt);
		}
}

/* The first word completes command names; a word starting with '-' the
 * command's options; after :theme, theme names; after :help, commands;
 * else table names. */
static char **complete(const char *text, int start, int end)
{
	const char *line = rl_line_buffer;
	char first[64] = "";
	int i = 0;
	size_t k;
	(void)end;
	rl_attempted_completion_over = 1; /* never fall back to file names */
	cands_clear();
	while (i < start && line[i] == ' ')
		i++;
	if (i >= start) {
		for (k = 0;; k++) {
			const char *n = tui_cmd_name_at(k);
			if (!n)
				break;
			if (!tui_cmd_listed(n))
				continue; /* key actions (page_up, ...) run but are not offered */
			cand_add(text, n);
		}
	} else {
		size_t n = 0;
		while (line[i] && line[i] != ' ' && n + 1 < sizeof first)
			first[n++] = line[i++];
		first[n] = 0;
		if (text[0] == '-') {
			add_options(text, first);
		} else if (strcmp(first, "theme") == 0) {
			char **th = tui_theme_list();
			for (k = 0; th && th[k]; k++)
				cand_add(text, th[k]);
			sx_strv_free(th);
		} else if (strcmp(first, "accept") == 0 || strcmp(first, "reject") == 0) {
			add_rel_ids(text);
		} else if (strcmp(first, "relations") == 0) {
			/* relations VERB ID: the verbs, then the ids */
			const char *rest = line + i;
			while (*rest == ' ')
				rest++;
			if (rest >= line + start)
				for (k = 0; k < 3; k++)
					cand_add(text, (const char *const[]){"accept", "reject", "reset"}[k]);
			else if (!strncmp(rest, "accept ", 7) || !strncmp(rest, "reject ", 7) ||
				 !strncmp(rest, "reset ", 6))
				add_rel_ids(text);
		} else if (strcmp(first, "help") == 0) {
			for (k = 0;; k++) {
				const char *c = tui_cmd_name_at(k);
				if (!c)
					break;
				if (tui_cmd_listed(c))
					cand_add(text, c);
			}
		} else {
			add_tables(text);
		}
	}
	cands_finish();
	if (!cands.n)
		return NULL;
	return rl_completion_matches(text, gen);
}

/* readline wants to list candidates: keep them for the popup instead of
 * printing. */
static void show_matches(char **matches, int num, int max)
{
	tui_app *app = rl_app;
	SX_VEC(char *) v = {0};
	int i;
	(void)max;
	if (!app)
		return;
	free_matches(app);
	/* matches[0] is the common prefix, the candidates follow */
	for (i = 1; i <= num && i <= 400; i++)
		SX_VEC_PUSH(&v, sx_strdup(matches[i]));
	SX_VEC_PUSH(&v, NULL);
	app->cmd_matches = v.v;
	app->dirty = true;
}

/* ------------------------------------------------------------ lifecycle */

/* Once per process: readline's state is global. */
static void init_readline(tui_app *app)
{
	if (rl_ready)
		return;
	rl_null = fopen("/dev/null", "w");
	rl_readline_name = "sextant";
	rl_catch_signals = 0;
	rl_catch_sigwinch = 0;
	rl_change_environment = 0; /* else readline exports LINES/COLUMNS */
	rl_prep_term_function = NULL;
	rl_deprep_term_function = NULL;
	rl_getc_function = getc_fn;
	rl_input_available_hook = avail_fn;
	rl_redisplay_function = redisplay;
	rl_outstream = rl_null;
	rl_attempted_completion_function = complete;
	rl_completion_display_matches_hook = show_matches;
	rl_completion_query_items = 100000;
	rl_basic_word_break_characters = " \t\"'";
	rl_completer_word_break_characters = " \t\"'";
	rl_initialize();
	rl_variable_bind("bell-style", "none");
	rl_variable_bind("show-all-if-ambiguous", "on");
	rl_variable_bind("enable-bracketed-paste", "off");
	using_history();
	stifle_history(1000);
	if (app->opts.history_path)
		read_history(app->opts.history_path);
	rl_ready = true;
}

void tui_cmdline_open(tui_app *app, const char *prompt)
{
	rl_app = app;
	init_readline(app);
	free_matches(app);
	feed_n = feed_i = 0;
	app->cmd_active = true;
	snprintf(app->cmd_prompt, sizeof app->cmd_prompt, "%s", prompt);
	free(app->cmd_line);
	app->cmd_line = sx_strdup("");
	app->cmd_point = 0;
	if (app->term)
		tui_term_keypad(app->term, false);
	history_set_pos(history_length);
	rl_callback_handler_install(prompt, on_line);
	app->dirty = true;
}

void tui_cmdline_close(tui_app *app)
{
	if (!app->cmd_active)
		return;
	rl_replace_line("", 0);
	rl_callback_sigcleanup();
	rl_callback_handler_remove();
	deactivate(app);
}

/* Bytes a terminal sends for the special keys (xterm, application mode
 * off), which readline's default bindings understand. */
static const char *key_seq(int key)
{
	switch (key) {
	case TK_UP:
		return "\033[A";
	case TK_DOWN:
		return "\033[B";
	case TK_RIGHT:
		return "\033[C";
	case TK_LEFT:
		return "\033[D";
	case TK_HOME:
		return "\033[H";
	case TK_END:
		return "\033[F";
	case TK_DEL:
		return "\033[3~";
	case TK_BACKSPACE:
		return "\177";
	case TK_ENTER:
		return "\r";
	default:
		return NULL;
	}
}

void tui_cmdline_key(tui_app *app, int key, bool more_pending)
{
	const char *seq;
	char u[8];
	size_t n = 0;

	if (!app->cmd_active)
		return;
	free_matches(app);
	if ((key == TK_ESC && !more_pending) || key == 7 /* C-g */ || key == 3 /* C-c */) {
		tui_cmdline_close(app);
		return;
	}
	if ((seq = key_seq(key)) != NULL) {
		n = strlen(seq);
		memcpy(u, seq, n);
	} else if (key & TK_META) {
		u[0] = 27;
		n = 1 + tui_utf8_enc((uint32_t)(key & ~TK_META), u + 1);
	} else if (key >= TK_BASE) {
		return; /* PgUp, F-keys, ...: nothing to edit */
	} else {
		n = tui_utf8_enc((uint32_t)key, u);
	}
	if (feed_n - feed_i + n > sizeof feed)
		return;
	if (feed_i == feed_n)
		feed_i = feed_n = 0;
	memcpy(feed + feed_n, u, n);
	feed_n += n;
	while (feed_i < feed_n && app->cmd_active)
		rl_callback_read_char();
	if (!app->cmd_active)
		feed_i = feed_n = 0;
	app->dirty = true;
}

void tui_cmdline_shutdown(tui_app *app)
{
	if (rl_app != app)
		return;
	if (app->cmd_active)
		tui_cmdline_close(app);
	if (rl_ready && app->opts.history_path) {
		write_history(app->opts.history_path);
		history_truncate_file(app->opts.history_path, 1000);
	}
	cands_clear();
	SX_VEC_FREE(&cands);
	free(app->cmd_line);
	app->cmd_line = NULL;
	free_matches(app);
	rl_app = NULL;
}

void tui_cmdline_draw(tui_app *app, tui_grid *g, int y)
{
	const char *line = app->cmd_line ? app->cmd_line : "";
	size_t len = strlen(line), point = (size_t)app->cmd_point, from = 0;
	int x = 0, before, avail;
	tui_rect row = {0, y, g->w, 1};

	if (point > len)
		point = len;
	tui_grid_fill(g, row, ' ', TS_INPUT);
	x += tui_grid_put(g, x, y, g->w, TS_PROMPT, app->cmd_prompt);
	avail = g->w - x - 1;
	before = tui_strwidth(line, point);
	/* keep the cursor in view on long lines */
	while (before > avail && from < point) {
		uint32_t cp;
		size_t l = tui_utf8_dec(line + from, len - from, &cp);
		before -= tui_cpwidth(cp);
		from += l;
	}
	tui_grid_putn(g, x, y, avail + 1, TS_INPUT, line + from, len - from);
	g->cur_x = x + before;
	g->cur_y = y;
	g->cur_vis = true;
}
