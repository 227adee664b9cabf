/*
 * keys.c - key names, the actions keys trigger, and the keymap.
 *
 * Keys map to actions, and every action is also a command of the TUI's
 * table (tuicmd.c), so a key, `:down` and a config binding all go through
 * the same door. Bindings come from tui_actions[] and can be replaced per
 * action in config.ini:
 *
 *     [keys]
 *     down = j Down C-n
 *     quit = q C-q
 *
 * A key can also run a whole command line, as tmux's bind-key does: a
 * key name on the left, what one would type after ':' on the right:
 *
 *     [keys]
 *     C-p = path orders customers --max-hops 2
 *     F5  = search "late payments" --domain finance
 *
 * Such a key is taken away from the actions it had by default. The two
 * forms cannot be confused: action names are lower-case words, and no
 * key name is one (keys are one character, or C-, M-, F1 and capitalised
 * names like Up).
 *
 * Key names: a character ("j", "й", "?"), C-x (Ctrl), M-x (Alt), Enter,
 * Tab, S-Tab, Esc, Space, Backspace, Up, Down, Left, Right, Home, End,
 * PgUp, PgDn, Insert, Delete, F1-F12, Semicolon, Hash. "C-Enter" means
 * Ctrl-J, which is what most terminals send for it (some send plain Enter).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

const tui_action_info tui_actions[TA_COUNT_] = {
	[TA_NONE] = {"none", "", ""},
	[TA_QUIT] = {"quit", "q", "quit Sextant"},
	[TA_HELP] = {"help", "? F1", "show the keys of the focused pane"},
	[TA_COMMAND] = {"command", ":", "open the command line"},
	[TA_FOCUS_NEXT] = {"focus_next", "Tab", "focus the next pane"},
	[TA_FOCUS_PREV] = {"focus_prev", "S-Tab", "focus the previous pane"},
	[TA_ZOOM] = {"zoom", "z", "maximise the focused pane (again: restore)"},
	[TA_SCREEN_1] = {"screen_map", "1", "screen 1: map"},
	[TA_SCREEN_2] = {"screen_search", "2", "screen 2: search"},
	[TA_SCREEN_3] = {"screen_path", "3", "screen 3: path"},
	[TA_SCREEN_4] = {"screen_output", "4", "screen 4: output and chat"},
	[TA_SCREEN_5] = {"screen_view", "5", "screen 5: viewer (code, diffs)"},
	[TA_SCREEN_6] = {"screen_agents", "6", "screen 6: agents of the run (live)"},
	[TA_SCREEN_7] = {"screen_reflection", "7", "screen 7: reflection (iterations, diffs)"},
	[TA_SCREEN_8] = {"screen_artifacts", "8", "screen 8: artifacts of the run"},
	[TA_SCREEN_9] = {"screen_history", "9", "screen 9: history of runs, insights"},
	[TA_UP] = {"up", "k Up C-p", "move up"},
	[TA_DOWN] = {"down", "j Down C-n", "move down"},
	[TA_LEFT] = {"left", "h Left", "move left / collapse"},
	[TA_RIGHT] = {"right", "l Right", "move right / expand"},
	[TA_PAGE_UP] = {"page_up", "PgUp C-b C-u", "page up"},
	[TA_PAGE_DOWN] = {"page_down", "PgDn C-f C-d", "page down"},
	[TA_TOP] = {"top", "g Home", "go to the top"},
	[TA_BOTTOM] = {"bottom", "G End", "go to the bottom"},
	[TA_SELECT] = {"select", "Enter", "select / open / re-centre"},
	[TA_OPEN] = {"open", "o C-Enter", "open the selection in its own view"},
	[TA_BACK] = {"back", "Esc", "leave the input / cancel a pending path / clear / back"},
	[TA_FILTER] = {"filter", "/", "filter what this pane shows"},
	[TA_SEARCH] = {"search", "s", "search tables (screen 2)"},
	[TA_MARK_PATH] = {"mark_path", "p", "mark the table as path start, then end"},
	[TA_COPY] = {"copy", "y", "copy the SQL shown (OSC 52)"},
	[TA_ACCEPT] = {"accept", "a", "accept the inferred relationship"},
	[TA_REJECT] = {"reject", "r", "reject the inferred relationship"},
	[TA_HOPS_MORE] = {"hops_more", "+ =", "more hops"},
	[TA_HOPS_LESS] = {"hops_less", "-", "fewer hops"},
	[TA_CANCEL] = {"cancel", "C-c", "cancel the running job"},
	[TA_REDRAW] = {"redraw", "C-l", "redraw the screen"},
	[TA_REFRESH] = {"reload", "R", "reload the catalog from the workspace"},
	[TA_SUSPEND] = {"suspend", "C-z", "suspend to the shell (fg comes back)"},
	[TA_NEW_RUN] = {"new_run", "n", "a new generation run (form; on the map: about the table)"},
	[TA_UNDO] = {"undo", "u", "undo the last accept / reject of this session"},
	[TA_REVIEW] = {"review", "v", "review queue: undecided inferred relationships"},
	[TA_DETAILS] = {"details", "w", "show the whole text of a shortened line (a path's warning)"},
	[TA_TRY] = {"try", "T", "try the run's pipeline on a sample (pipeline try)"},
	/* G is bottom elsewhere: the Artifacts pane takes it for this */
	[TA_GIT_COMMIT] = {"git_commit", "", "commit the run's files to a git repository (G on 8)"},
	[TA_SORT] = {"sort", "S", "sort the list by the next column (History: time, score, status)"},
};

int tui_action_parse(const char *name)
{
	int i;
	for (i = 1; i < TA_COUNT_; i++)
		if (strcmp(tui_actions[i].name, name) == 0)
			return i;
	return TA_NONE;
}

static const struct {
	const char *name;
	int key;
} named[] = {
	{"Enter", TK_ENTER},   {"Return", TK_ENTER},     {"Tab", TK_TAB},
	{"S-Tab", TK_BTAB},    {"BTab", TK_BTAB},        {"Esc", TK_ESC},
	{"Escape", TK_ESC},    {"Space", ' '},           {"Backspace", TK_BACKSPACE},
	{"BS", TK_BACKSPACE},  {"Up", TK_UP},            {"Down", TK_DOWN},
	{"Left", TK_LEFT},     {"Right", TK_RIGHT},      {"Home", TK_HOME},
	{"End", TK_END},       {"PgUp", TK_PGUP},        {"PageUp", TK_PGUP},
	{"PgDn", TK_PGDN},     {"PageDown", TK_PGDN},    {"Insert", TK_INS},
	{"Ins", TK_INS},       {"Delete", TK_DEL},       {"Del", TK_DEL},
	{"C-Enter", TK_CJ},    {"Semicolon", ';'},       {"Hash", '#'},
};

void tui_key_name(int key, char *out, size_t n)
{
	size_t i;
	char u[5];
	if (key & TK_META) {
		char rest[32];
		tui_key_name(key & ~TK_META, rest, sizeof rest);
		snprintf(out, n, "M-%s", rest);
		return;
	}
	if (key >= TK_F1 && key <= TK_F12) {
		snprintf(out, n, "F%d", key - TK_F1 + 1);
		return;
	}
	for (i = 0; i < sizeof named / sizeof named[0]; i++)
		if (named[i].key == key && key != ';' && key != '#' && key != TK_CJ &&
		    key != ' ') {
			snprintf(out, n, "%s", named[i].name);
			return;
		}
	if (key == ' ') {
		snprintf(out, n, "Space");
		return;
	}
	if (key > 0 && key < 32) {
		snprintf(out, n, "C-%c", key + 'a' - 1);
		return;
	}
	if (key == 127) {
		snprintf(out, n, "Backspace");
		return;
	}
	if (key > 0 && key < TK_BASE) {
		u[tui_utf8_enc((uint32_t)key, u)] = 0;
		snprintf(out, n, "%s", u);
		return;
	}
	snprintf(out, n, "?");
}

int tui_key_parse(const char *s)
{
	size_t i, len = strlen(s);
	uint32_t cp;
	if (!len)
		return -1;
	for (i = 0; i < sizeof named / sizeof named[0]; i++)
		if (strcmp(named[i].name, s) == 0)
			return named[i].key;
	if (len >= 3 && s[1] == '-' && (s[0] == 'M' || s[0] == 'A')) {
		int k = tui_key_parse(s + 2);
		return k < 0 ? -1 : (k | TK_META);
	}
	if (len == 3 && s[0] == 'C' && s[1] == '-') {
		char c = s[2];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c >= 'a' && c <= 'z')
			return c - 'a' + 1;
		if (c == '[')
			return 27;
		return -1;
	}
	if ((s[0] == 'F' || s[0] == 'f') && len >= 2 && len <= 3) {
		int f = atoi(s + 1);
		if (f >= 1 && f <= 12 && s[1] >= '0' && s[1] <= '9')
			return TK_F1 + f - 1;
	}
	if (tui_utf8_dec(s, len, &cp) == len && cp != 0xfffd && cp >= 32)
		return (int)cp;
	return -1;
}

static int bind_list(tui_keymap *km, int action, const char *list, sx_error *err)
{
	char buf[256], *w, *save = NULL;
	int rc = 0;
	km->nkeys[action] = 0;
	snprintf(buf, sizeof buf, "%s", list);
	for (w = strtok_r(buf, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
		int k = tui_key_parse(w);
		if (k < 0) {
			rc = sx_error_set(err, SX_EINVAL, "[keys] %s: unknown key '%s'",
					  tui_actions[action].name, w);
			continue;
		}
		if (km->nkeys[action] < TUI_KEYS_PER_ACTION)
			km->keys[action][km->nkeys[action]++] = k;
	}
	return rc;
}

/* Takes key away from every action's list. */
static void unbind_key(tui_keymap *km, int key, int except)
{
	int b, j, o;
	for (b = 1; b < TA_COUNT_; b++) {
		if (b == except)
			continue;
		for (j = o = 0; j < km->nkeys[b]; j++)
			if (km->keys[b][j] != key)
				km->keys[b][o++] = km->keys[b][j];
		km->nkeys[b] = o;
	}
}

/* KEY = command line. A later binding of the same key replaces it. */
static int bind_line(tui_keymap *km, int key, const char *name, const char *line,
		     sx_error *err)
{
	int i;
	while (*line == ' ' || *line == '\t' || *line == ':')
		line++;
	if (!*line)
		return sx_error_set(err, SX_EINVAL, "[keys] %s: no command to bind", name);
	if (strlen(line) >= TUI_KEY_LINE_MAX)
		return sx_error_set(err, SX_EINVAL, "[keys] %s: the command is longer than %d bytes",
				    name, TUI_KEY_LINE_MAX - 1);
	for (i = 0; i < km->nlines && km->lines[i].key != key; i++)
		;
	if (i == km->nlines) {
		if (km->nlines == TUI_KEY_LINES)
			return sx_error_set(err, SX_EINVAL,
					    "[keys] %s: more than %d keys bound to commands", name,
					    TUI_KEY_LINES);
		km->nlines++;
	}
	km->lines[i].key = key;
	snprintf(km->lines[i].line, sizeof km->lines[i].line, "%s", line);
	return 0;
}

int tui_keymap_load(tui_keymap *km, const sx_config *cfg, sx_error *err)
{
	const char *key, *val;
	size_t it = 0;
	int a, i, rc = 0;

	memset(km, 0, sizeof *km);
	for (a = 1; a < TA_COUNT_; a++)
		bind_list(km, a, tui_actions[a].keys, NULL);
	while (cfg && sx_config_next(cfg, "keys", &it, &key, &val)) {
		int r, k;
		if ((a = tui_action_parse(key)) == TA_NONE) {
			if ((k = tui_key_parse(key)) < 0)
				r = sx_error_set(err, SX_EINVAL,
						 "[keys]: '%s' is neither an action nor a key (see "
						 "docs/tui.md)",
						 key);
			else
				r = bind_line(km, k, key, val, err);
			if (r)
				rc = r;
			continue;
		}
		if ((r = bind_list(km, a, val, err)))
			rc = r;
	}
	/* A key bound by the user to one action is taken away from the
	 * defaults of the others, so rebinding never leaves a key doing two
	 * things. */
	it = 0;
	while (cfg && sx_config_next(cfg, "keys", &it, &key, &val)) {
		int mine = tui_action_parse(key), k;
		if (mine == TA_NONE)
			continue;
		for (k = 0; k < km->nkeys[mine]; k++)
			unbind_key(km, km->keys[mine][k], mine);
	}
	/* a key bound to a command line does that, and nothing else */
	for (i = 0; i < km->nlines; i++)
		unbind_key(km, km->lines[i].key, TA_NONE);
	return rc;
}

const char *tui_keymap_line(const tui_keymap *km, int key)
{
	int i;
	for (i = 0; i < km->nlines; i++)
		if (km->lines[i].key == key)
			return km->lines[i].line;
	return NULL;
}

int tui_keymap_lookup(const tui_keymap *km, int key)
{
	int a, k;
	for (a = 1; a < TA_COUNT_; a++)
		for (k = 0; k < km->nkeys[a]; k++)
			if (km->keys[a][k] == key)
				return a;
	return TA_NONE;
}

void tui_keymap_describe(const tui_keymap *km, int action, char *out, size_t n)
{
	size_t len = 0;
	int k;
	out[0] = 0;
	for (k = 0; k < km->nkeys[action] && len + 1 < n; k++) {
		char name[32];
		tui_key_name(km->keys[action][k], name, sizeof name);
		len += (size_t)snprintf(out + len, n - len, "%s%s", k ? " " : "", name);
		if (len >= n)
			len = n - 1;
	}
	if (!km->nkeys[action])
		snprintf(out, n, "(unbound)");
}
