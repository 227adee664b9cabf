/*
 * tui_int.h - declarations private to the workbench (src/tui).
 *
 * The workbench is split the way neomutt and tmux split theirs: panes
 * draw into a cell grid (grid.c) that knows nothing of curses; term.c is
 * the only file that talks to the terminal and copies the grid to it;
 * app.c owns the loop, the screens and the layout; jobs.c runs engine
 * commands on worker threads that only post events. Tests drive the same
 * app without a terminal and serialise the grid (tests/tui/).
 *
 * Everything here runs on the UI thread unless it says otherwise.
 */
#ifndef SX_TUI_INT_H
#define SX_TUI_INT_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sextant/catalog.h>
#include <sextant/commands.h>
#include <sextant/core.h>
#include <sextant/map.h>
#include <sextant/search.h>
#include <sextant/store.h>

typedef struct tui_app tui_app;
typedef struct tui_pane tui_pane;
struct tui_theme;

/* ------------------------------------------------------------------ text */

/* Decodes one UTF-8 sequence at s (n bytes left) into *cp and returns its
 * length; invalid bytes decode as U+FFFD with length 1. n == 0 returns 0. */
size_t tui_utf8_dec(const char *s, size_t n, uint32_t *cp);
/* Encodes cp into out (4 bytes at least); returns the length. */
size_t tui_utf8_enc(uint32_t cp, char *out);
/* Cells a code point takes: 0 (combining), 1 or 2. Controls count 1
 * because the grid shows them as '?'. */
int tui_cpwidth(uint32_t cp);
/* Display width of n bytes of UTF-8. */
int tui_strwidth(const char *s, size_t n);
/* Bytes of s (n bytes) that fit in w cells. */
size_t tui_fit(const char *s, size_t n, int w);
/* Case-insensitive substring search on code points (Cyrillic folds too).
 * Returns the byte offset of the match in hay, or -1. */
long tui_find_nocase(const char *hay, const char *needle);
/* "1.2k", "35M": a count in at most 5 cells; "?" when negative. */
void tui_fmt_count(char *out, size_t n, int64_t v);

/* ------------------------------------------------------------------ styles */

/* Style roles: every cell carries one; a theme maps roles to colours and
 * attributes. The names (tui_style_name) are the keys of theme files. */
typedef enum {
	TS_NORMAL = 0,
	TS_DIM,
	TS_TITLE,
	TS_TITLE_FOCUS,
	TS_BORDER,
	TS_BORDER_FOCUS,
	TS_SELECTED,
	TS_SELECTED_DIM,
	TS_TAB,
	TS_TAB_ACTIVE,
	TS_STATUS,
	TS_STATUS_ACCENT,
	TS_PROGRESS,
	TS_MESSAGE,
	TS_ERROR,
	TS_WARN,
	TS_OK,
	TS_INPUT,
	TS_PROMPT,
	TS_MATCH,
	TS_HEADER,
	TS_PK,
	TS_FK,
	TS_PII,
	TS_TYPE,
	TS_COMMENT,
	TS_DOMAIN,
	TS_COUNT,
	TS_NODE,
	TS_NODE_SELECTED,
	TS_NODE_CENTER,
	TS_EDGE,
	TS_EDGE_INFERRED,
	TS_SQL_KEYWORD,
	TS_SQL_STRING,
	TS_SQL_NUMBER,
	TS_SQL_COMMENT,
	TS_SQL_OPERATOR,
	TS_SQL_IDENT,
	TS_DIFF_ADD,
	TS_DIFF_DEL,
	TS_DIFF_HUNK,
	TS_DIFF_FILE,
	TS_REASONING,
	TS_INFO,
	TS_HELP_KEY,
	TS_COUNT_
} tui_style;

const char *tui_style_name(int style);
int tui_style_parse(const char *name); /* -1 when unknown */

/* ------------------------------------------------------------------ grid */

enum { TUI_CELL_CONT = 1 }; /* the right half of a wide character */

typedef struct tui_cell {
	uint32_t ch;
	uint8_t style;
	uint8_t flags;
} tui_cell;

typedef struct tui_rect {
	int x, y, w, h;
} tui_rect;

typedef struct tui_grid {
	int w, h;
	tui_cell *cells;
	int cur_x, cur_y; /* the terminal cursor when cur_vis */
	bool cur_vis;
	bool ascii;       /* draw lines with + - | (no UTF-8 terminal) */
} tui_grid;

int tui_grid_resize(tui_grid *g, int w, int h);
void tui_grid_release(tui_grid *g);
void tui_grid_clear(tui_grid *g, int style);
void tui_grid_fill(tui_grid *g, tui_rect r, uint32_t ch, int style);
/* Restyles cells of a rectangle, keeping their characters. */
void tui_grid_style(tui_grid *g, tui_rect r, int style);
tui_cell *tui_grid_at(tui_grid *g, int x, int y); /* NULL outside */
/* Writes n bytes of UTF-8 at (x, y), clipped to maxw cells (and the grid).
 * Control and bidi characters become '?', so nothing written here can
 * steer the terminal. Returns the cells used. */
int tui_grid_putn(tui_grid *g, int x, int y, int maxw, int style, const char *s, size_t n);
int tui_grid_put(tui_grid *g, int x, int y, int maxw, int style, const char *s);
/* Like put, but ends with an ellipsis when s is wider than maxw. */
int tui_grid_put_trunc(tui_grid *g, int x, int y, int maxw, int style, const char *s);
/* Formats, then writes as put_trunc does (an ellipsis when cut). */
int tui_grid_printf(tui_grid *g, int x, int y, int maxw, int style, const char *fmt, ...)
	SX_PRINTF(6, 7);
void tui_grid_hline(tui_grid *g, int x, int y, int w, int style);
void tui_grid_vline(tui_grid *g, int x, int y, int h, int style);
/* A box with an optional title on its top border. */
void tui_grid_box(tui_grid *g, tui_rect r, int style, const char *title, int title_style);
/* The line-drawing characters (UTF-8 or ASCII). */
enum {
	TUI_LH,
	TUI_LV,
	TUI_LTL,
	TUI_LTR,
	TUI_LBL,
	TUI_LBR,
	TUI_LDH,
	TUI_LDV,
	TUI_LARROW_R,
	TUI_LARROW_L,
	TUI_LARROW_U,
	TUI_LARROW_D,
	TUI_LCROSS,
	TUI_LBAR_FULL,
	TUI_LBAR_EMPTY,
	TUI_LBULLET,
	TUI_LEXPANDED,
	TUI_LCOLLAPSED,
	/* tees: ├ ┤ ┬ ┴ (a line going on to the right, left, down, up) */
	TUI_LTEE_R,
	TUI_LTEE_L,
	TUI_LTEE_D,
	TUI_LTEE_U,
	TUI_LN_
};
uint32_t tui_line_char(const tui_grid *g, int which);
/* Serialises characters, then styles (one letter per cell), then a legend
 * of the styles used with the theme's values, for golden files. */
void tui_grid_dump(const tui_grid *g, const struct tui_theme *th, sx_buf *out);

/* ------------------------------------------------------------------ themes */

/* A colour as given in a theme: none (terminal default), one of the 16
 * ANSI colours, a 256-palette index, or 24-bit RGB. */
typedef struct tui_color {
	enum { TC_DEFAULT = 0, TC_ANSI, TC_INDEX, TC_RGB } kind;
	uint32_t v;
} tui_color;

enum { TA_BOLD = 1, TA_DIM = 2, TA_UNDERLINE = 4, TA_REVERSE = 8, TA_ITALIC = 16 };

typedef struct tui_style_def {
	tui_color fg, bg;
	unsigned attrs;
} tui_style_def;

typedef struct tui_theme {
	char name[64];
	tui_style_def st[TS_COUNT_];
} tui_theme;

/* Color capability of the terminal, best first. */
typedef enum { TUI_COLOR_MONO = 0, TUI_COLOR_16, TUI_COLOR_256, TUI_COLOR_TRUE } tui_colormode;

/* Loads a theme by name: $XDG_CONFIG_HOME/sextant/themes/NAME.theme, then
 * the themes built into the binary (themes/ of the source tree). */
int tui_theme_load(tui_theme *th, const char *name, sx_error *err);
/* Parses theme text; roles it does not name keep the values th had. */
int tui_theme_parse(tui_theme *th, const char *text, const char *origin, sx_error *err);
int tui_theme_parse_color(const char *s, tui_color *out);
/* Lists the theme names found (built-in and user), sorted, unique. */
char **tui_theme_list(void);
/* Converts a colour for a terminal of the given mode: an index into the
 * 8/16/256 palette, a 24-bit value (TRUE), or -1 for the default. */
int tui_color_resolve(tui_color c, tui_colormode mode);
const char *tui_colormode_name(tui_colormode m);
/* The built-in theme sources (generated from the themes folder at build time). */
extern const char *const tui_builtin_theme_names[];
extern const char *const tui_builtin_theme_texts[];

/* ------------------------------------------------------------------ keys */

/* A key: a Unicode code point, a control byte (1..31, 127), or a special
 * key from TK_BASE. TK_META is or-ed in for Alt. */
enum {
	TK_ESC = 27,
	TK_ENTER = 13,
	TK_TAB = 9,
	TK_CJ = 10, /* Ctrl-J: what Ctrl-Enter becomes on most terminals */
	TK_BASE = 0x200000,
	TK_UP,
	TK_DOWN,
	TK_LEFT,
	TK_RIGHT,
	TK_HOME,
	TK_END,
	TK_PGUP,
	TK_PGDN,
	TK_INS,
	TK_DEL,
	TK_BTAB,
	TK_BACKSPACE,
	TK_RESIZE,
	TK_MOUSE,
	TK_F1,
	TK_F12 = TK_F1 + 11,
	TK_META = 0x1000000
};

/* Formats a key as its config name ("C-j", "PgDn", "M-x", "й"). */
void tui_key_name(int key, char *out, size_t n);
/* Parses a key name; -1 when unknown. "C-Enter" is Ctrl-J. */
int tui_key_parse(const char *name);

/* Actions: what keys do. Each is also a command of the TUI's table. */
typedef enum {
	TA_NONE = 0,
	TA_QUIT,
	TA_HELP,
	TA_COMMAND,
	TA_FOCUS_NEXT,
	TA_FOCUS_PREV,
	TA_ZOOM,
	TA_SCREEN_1,
	TA_SCREEN_2,
	TA_SCREEN_3,
	TA_SCREEN_4,
	TA_SCREEN_5,
	TA_SCREEN_6,
	TA_SCREEN_7,
	TA_SCREEN_8,
	TA_SCREEN_9,
	TA_UP,
	TA_DOWN,
	TA_LEFT,
	TA_RIGHT,
	TA_PAGE_UP,
	TA_PAGE_DOWN,
	TA_TOP,
	TA_BOTTOM,
	TA_SELECT,
	TA_OPEN,
	TA_BACK,
	TA_FILTER,
	TA_SEARCH,
	TA_MARK_PATH,
	TA_COPY,
	TA_ACCEPT,
	TA_REJECT,
	TA_HOPS_MORE,
	TA_HOPS_LESS,
	TA_CANCEL,
	TA_REDRAW,
	TA_REFRESH,
	TA_SUSPEND,
	TA_NEW_RUN,
	TA_UNDO,
	TA_REVIEW,
	TA_DETAILS,
	TA_TRY,        /* the run's pipeline on a sample (Artifacts) */
	TA_GIT_COMMIT, /* the run's files committed to a git repository */
	TA_SORT,       /* the next sort order of a list (History) */
	TA_COUNT_
} tui_action;

typedef struct tui_action_info {
	const char *name;  /* config key and command name */
	const char *keys;  /* default bindings, space separated */
	const char *help;  /* one line for the ? screen */
} tui_action_info;

extern const tui_action_info tui_actions[TA_COUNT_];
int tui_action_parse(const char *name); /* TA_NONE when unknown */

#define TUI_KEYS_PER_ACTION 6
#define TUI_KEY_LINES 32      /* keys bound to command lines */
#define TUI_KEY_LINE_MAX 256  /* bytes of one such line */
typedef struct tui_keymap {
	int keys[TA_COUNT_][TUI_KEYS_PER_ACTION];
	int nkeys[TA_COUNT_];
	/* KEY = COMMAND LINE bindings, as tmux binds keys to commands */
	struct {
		int key;
		char line[TUI_KEY_LINE_MAX];
	} lines[TUI_KEY_LINES];
	int nlines;
} tui_keymap;

/* Default bindings, then [keys] of the config: `action = key key ...`
 * binds keys to an action; `KEY = command line` (a key name on the left,
 * anything the ':' line takes on the right) binds one key to a command
 * with its arguments. Bad entries are reported in err (the rest still
 * applies). */
int tui_keymap_load(tui_keymap *km, const sx_config *cfg, sx_error *err);
/* The action bound to key, or TA_NONE. Later actions in the list win. */
int tui_keymap_lookup(const tui_keymap *km, int key);
/* The command line bound to key, or NULL (it wins over an action). */
const char *tui_keymap_line(const tui_keymap *km, int key);
/* "j Down" for the ? screen. */
void tui_keymap_describe(const tui_keymap *km, int action, char *out, size_t n);

/* ------------------------------------------------------------------ docs */

/* A document of styled lines: the model behind the stream view, the code
 * view and the diff view. Text is sanitised when it enters. */
typedef struct tui_span {
	uint32_t off, len;
	uint8_t style;
} tui_span;

typedef struct tui_line {
	char *text;
	size_t len, cap;
	SX_VEC(tui_span) spans;
	int wrap_w, wrap_rows; /* cache: rows at width wrap_w */
} tui_line;

typedef struct tui_doc {
	SX_VEC(tui_line) lines;
	size_t bytes;
	bool partial; /* last line is still open for appends */
} tui_doc;

void tui_doc_init(tui_doc *d);
void tui_doc_release(tui_doc *d);
void tui_doc_clear(tui_doc *d);
/* Appends text in a style, splitting lines at '\n' (sanitised, tabs
 * expanded). */
int tui_doc_append(tui_doc *d, int style, const char *text, size_t n);
/* Appends one whole line (closes the current one first). */
int tui_doc_line(tui_doc *d, int style, const char *text);
/* Ends the current line so the next append starts a new one. */
void tui_doc_newline(tui_doc *d);
size_t tui_doc_nlines(const tui_doc *d);
/* The whole text (for copying). Caller frees. */
char *tui_doc_text(const tui_doc *d);
/* Replaces dst with the lines of src that contain needle (case folded, as
 * tui_find_nocase), styles kept: the '/' filter of the text panes. */
int tui_doc_filter(const tui_doc *src, const char *needle, tui_doc *dst);

/* A scrolling view over a doc, wrapping or not. In follow mode it keeps
 * the end in sight, as a stream view should until the user scrolls up. */
typedef struct tui_docview {
	size_t top;       /* first line shown */
	int top_row;      /* first wrapped row of that line */
	int xoff;         /* horizontal scroll when not wrapping */
	bool wrap;
	bool follow;
	bool numbers;     /* line numbers (code view) */
	int last_h, last_w;
} tui_docview;

void tui_docview_draw(tui_docview *v, tui_doc *d, tui_grid *g, tui_rect r);
/* Scrolls by rows (negative: up). Leaves follow mode when scrolled away
 * from the end, enters it when scrolled to the end. */
void tui_docview_scroll(tui_docview *v, tui_doc *d, int rows, int width);
/* Scrolls sideways by 8 columns, left when dir < 0, never left of the
 * first column. */
void tui_docview_hscroll(tui_docview *v, int dir);
void tui_docview_home(tui_docview *v);
void tui_docview_end(tui_docview *v);

/* SQL highlighting with libpg_query's scanner: appends sql to d as
 * styled lines. Text the scanner rejects is shown plain. */
int tui_sql_to_doc(tui_doc *d, const char *sql);
/* Frees libpg_query's per-thread memory if highlighting ran (UI thread). */
void tui_sql_shutdown(void);
/* Appends a unified diff to d with add/delete/hunk styles. */
int tui_diff_to_doc(tui_doc *d, const char *unified);

/* ------------------------------------------------------------------ OSC 52 */

/* The escape sequence that puts text on the terminal's clipboard
 * (base64 inside OSC 52; wrapped for tmux passthrough when asked). */
int tui_osc52(const char *text, size_t n, bool tmux_wrap, sx_buf *out);

/* ------------------------------------------------------------------ model */

/* What the workbench shows: the catalog and its map, loaded together on a
 * worker. Workers that read it (graph layout, paths) hold a reference, so
 * a reload can replace the app's model while they finish with the old
 * one. References are taken and dropped on the UI thread only. */
typedef struct tui_model {
	/* The workspace session (sextant/workspace.h), opened by the load job.
	 * Once the load is done its catalog and map are read-only and any
	 * job may read them; its store and search belong to one search job at
	 * a time (search_busy, UI thread). */
	struct sx_session *session;
	sx_catalog *cat; /* the session's, once the catalog part is in */
	sx_dbmap *map;   /* the session's, once loaded; NULL: no map */
	int refs;
	bool search_busy;
} tui_model;

tui_model *tui_model_ref(tui_model *m);
void tui_model_unref(tui_model *m);

/* ------------------------------------------------------------------ jobs */

/* Worker -> UI events of the workbench (on top of core's). */
enum {
	TEV_JOB_EVENT = SX_EV_USER + 700,    /* a = job id, payload = a typed sx_event
					      * (a deep copy, sx_event_dup) */
	TEV_JOB_DONE,                        /* a = job id, code = rc, text = error */
	TEV_JOB_PARTIAL                      /* a = job id: part of the work is ready */
};

typedef struct tui_job tui_job;
/* Called on the UI thread when the job ends: rc, its JSON result (owned
 * by the job, freed after), its payload (taken over if the callback sets
 * *payload to NULL) and the error message. */
typedef void (*tui_job_done_fn)(tui_app *app, tui_job *job, int rc, cJSON *result,
				void **payload, const char *errmsg);
typedef void (*tui_job_stream_fn)(tui_app *app, tui_job *job, int kind, const char *text);
/* Called on the UI thread with a typed event of the job that is neither
 * progress (shown in the status bar) nor streamed text (on_stream): steps,
 * tool calls, artifacts, findings, scores. The event is borrowed. Without
 * it, on_stream gets such an event as a readable line (SX_STREAM_INFO). */
typedef void (*tui_job_event_fn)(tui_app *app, tui_job *job, const sx_event *ev);
/* Called on the UI thread when the worker said part of its work is ready
 * (tui_job_partial). */
typedef void (*tui_job_partial_fn)(tui_app *app, tui_job *job);
/* A job body that is not a command (loading the catalog): runs on the
 * worker; may produce a payload freed by payload_free. */
typedef int (*tui_job_fn)(tui_job *job, void **payload, void (**payload_free)(void *),
			  sx_error *err);

struct tui_job {
	int id;
	char title[96];       /* "analyze demo.sqlite" */
	bool background;      /* shown in the status bar */
	const sx_cmd_entry *cmd;
	sx_args args;
	tui_job_fn fn;
	void *fn_arg;         /* freed with fn_arg_free (UI thread) when the job ends */
	void (*fn_arg_free)(void *arg);
	char *workspace_dir;
	char *config_path;
	atomic_int cancel;    /* set by the UI thread, polled by the worker */
	struct sx_pick *pick; /* a command's questions answered (agents.h), or NULL */
	/* UI-thread state */
	char stage[64];
	int64_t done, total;
	uint64_t started_ns;
	tui_job_done_fn on_done;
	tui_job_stream_fn on_stream;
	tui_job_partial_fn on_partial;
	tui_job_event_fn on_event; /* may be set right after the start: events
				    * are handled later on the same thread */
	void *udata;
	int tag;              /* which pane request it answers (stale check) */
	bool finished;
	/* worker-private */
	sx_evq *q;
	uint64_t last_progress_ns;
	bool thread_started;
	pthread_t thread;
};

/* Runs an engine command on a worker thread. argv[0] is the command name.
 * On a usage error nothing starts and err says why. */
int tui_job_start_cmd(tui_app *app, int argc, char **argv, bool background,
		      tui_job_done_fn on_done, tui_job_stream_fn on_stream, void *udata,
		      tui_job **out, sx_error *err);
/* A job running fn(arg); arg is freed with arg_free when the job ends, or
 * at once when it cannot start. */
int tui_job_start_fn(tui_app *app, const char *title, tui_job_fn fn, void *arg,
		     void (*arg_free)(void *), bool background, tui_job_done_fn on_done,
		     void *udata, tui_job **out, sx_error *err);
/* Worker side: tells the UI that part of the work is ready (what the job
 * wrote so far into its arg may be read by the UI from now on). */
void tui_job_partial(tui_job *job);
/* Handles one of the TEV_JOB_* events. */
void tui_jobs_event(tui_app *app, sx_event *ev);
void tui_jobs_cancel_all(tui_app *app);
/* Waits for every worker to end (after cancelling), draining events. */
void tui_jobs_join_all(tui_app *app);
size_t tui_jobs_running(const tui_app *app);
tui_job *tui_job_find(tui_app *app, int id);

/* ask.c: the run's ambiguity question as a choice list on the Agents
 * screen; the pick goes back through the job's sx_pick mailbox. */
typedef struct tui_ask tui_ask;
void tui_ask_post(tui_app *app, int job_id, const sx_event *ev);
void tui_ask_clear(tui_app *app);
bool tui_ask_active(tui_app *app);
bool tui_ask_key(tui_app *app, int key);
/* Draws the list at the top of r; the rows it took (0: no question). */
int tui_ask_draw(tui_app *app, tui_grid *g, tui_rect r);
/* The most recent background job still running, or NULL. */
tui_job *tui_jobs_current(tui_app *app);

/* ------------------------------------------------------------------ panes */

/* A pane: draws itself into a rectangle and reacts to actions. The app
 * routes actions to the focused pane first, then handles the global ones. */
typedef struct tui_pane_ops {
	const char *name;
	void (*draw)(tui_pane *p, tui_grid *g, tui_rect r, bool focused);
	/* Returns true when the action was handled. */
	bool (*action)(tui_pane *p, int action);
	/* Text input while the pane edits a line (filter, query): returns true
	 * when it took the key. Called before key bindings. */
	bool (*key)(tui_pane *p, int key);
	/* A click at a row of the pane's inner area, or a wheel step. */
	void (*click)(tui_pane *p, int x, int y);
	void (*wheel)(tui_pane *p, int dir);
	/* Actions this pane handles, TA_NONE-terminated, for the ? screen. */
	const int *help;
	/* Extra help lines (keys that are not actions). */
	const char *const *help_text;
	void (*free)(tui_pane *p);
} tui_pane_ops;

struct tui_pane {
	const tui_pane_ops *ops;
	tui_app *app;
	char title[160];
	tui_rect rect;      /* where it was last drawn (with border) */
	void *st;           /* the pane's state */
};

tui_pane *tui_pane_tree_new(tui_app *app);
tui_pane *tui_pane_details_new(tui_app *app);
tui_pane *tui_pane_graph_new(tui_app *app);
tui_pane *tui_pane_search_new(tui_app *app);
tui_pane *tui_pane_path_new(tui_app *app);
tui_pane *tui_pane_pathsql_new(tui_app *app);
tui_pane *tui_pane_output_new(tui_app *app);
tui_pane *tui_pane_viewer_new(tui_app *app);
/* The run screens (6-9): pane_agents.c, pane_reflect.c, pane_artifacts.c,
 * pane_history.c. */
tui_pane *tui_pane_agents_new(tui_app *app);
tui_pane *tui_pane_reflect_new(tui_app *app);
tui_pane *tui_pane_artifacts_new(tui_app *app);
tui_pane *tui_pane_history_new(tui_app *app);
/* Artifacts: `T` tries the run's pipeline on a sample (`pipeline try ID`
 * as a job), and the report shows in the pane; tests hand it a recorded
 * report (the command's --json object). */
int tui_artifacts_try(tui_pane *p, sx_error *err);
void tui_artifacts_set_try(tui_pane *p, const cJSON *report, int rc, const char *error);
/* Artifacts: `G` writes the run's files into a git work tree and commits
 * them (`export ID DIR --git` as a job); repo NULL asks for the path. */
int tui_artifacts_commit(tui_pane *p, const char *repo, sx_error *err);

/* The app's generation run (pane_agents.c): the one `:generate` started
 * or the one loaded from History. */
typedef struct tui_run tui_run;
/* Starts `generate ARGS` (argv[0] = "generate") on a worker; its events
 * build the Agents screen, its result the Reflection and Artifacts ones. */
int tui_run_start(tui_app *app, int argc, char **argv, sx_error *err);
/* Feeds one typed event of a run (the job's, or a recorded one). */
void tui_run_event(tui_app *app, const sx_event *ev);
/* Feeds one event as the CLI's --events jsonl writes it (and `run show
 * --with-events` stores it): {"type":"step","agent":..,"status":..}. */
void tui_run_event_json(tui_app *app, const cJSON *ev);
/* Replays a stored run (`run show ID --with-events`'s object) on the
 * Agents screen: its events one by one on a timer, faster than they
 * came, then its final state. */
int tui_run_replay(tui_app *app, const cJSON *run, sx_error *err);
/* Feeds the next n events of the replay (n < 0: all of them, then the
 * final state); returns how many are left (0: the replay is over). */
int tui_run_replay_advance(tui_app *app, int n);
bool tui_run_replaying(tui_app *app);
/* Takes a copy of a run's JSON (generate's --json object or `run show`'s);
 * keep_events keeps the plan and thoughts built from events. */
void tui_run_set_result(tui_app *app, const cJSON *run, bool keep_events);
const cJSON *tui_run_result(tui_app *app);
/* Changes whenever the result does: panes rebuild what they derive. */
int tui_run_generation(tui_app *app);
/* The History screen loads its lists again when next drawn (a run ended). */
void tui_history_stale(tui_pane *p);
/* Opens the form of a new run on the Agents screen, pre-filled. */
void tui_run_form(tui_app *app, const char *intent, const char *source);
/* Cancels the running generation; false when none runs. */
bool tui_run_cancel(tui_app *app);
void tui_run_status(tui_app *app, char *out, size_t n);
void tui_run_free(tui_app *app);
/* The artifacts of a run's JSON worth showing: those of the best (last
 * stored) iteration when artifacts carry an iteration. */
bool tui_run_artifact_shown(const cJSON *run, const cJSON *artifact);

/* Pane entry points the app and commands call. */
void tui_tree_catalog_changed(tui_pane *p);
sx_table *tui_tree_selected(tui_pane *p);
bool tui_tree_select_id(tui_pane *p, const char *table_id);
void tui_tree_set_filter(tui_pane *p, const char *filter);
bool tui_tree_editing(const tui_pane *p);
void tui_details_show(tui_pane *p, const char *table_id);
/* Rebuilds from the (new) model at the next draw. */
void tui_details_refresh(tui_pane *p);
/* Shows the review queue (undecided inferred relationships) instead of a
 * table, until another table is shown or Esc. */
void tui_details_review(tui_pane *p);
void tui_graph_center(tui_pane *p, const char *table_id);
/* Lays the shown neighbourhood out again (the map changed). */
void tui_graph_refresh(tui_pane *p);
/* The neighbourhood's radius and the confidence below which relationships
 * are hidden (`:graph T --hops N --min-confidence X`); lays out again.
 * hops <= 0 or min_confidence < 0 keeps the current value. */
void tui_graph_set_view(tui_pane *p, int hops, double min_confidence);
/* The hops of the neighbourhood, and setting them without a layout (the
 * state restored on open: the layout follows the selection). */
int tui_graph_hops(const tui_pane *p);
void tui_graph_set_hops(tui_pane *p, int hops);
/* Shows a graph from the map's JSON drawing model (what `graph --format
 * json` returns); used by the pane itself and by the golden tests. */
int tui_graph_set_json(tui_pane *p, const cJSON *graph, sx_error *err);
bool tui_search_editing(const tui_pane *p);
/* The query text as typed (not necessarily run yet). */
const char *tui_search_query(const tui_pane *p);
void tui_search_set_query(tui_pane *p, const char *q);
/* The filters of `:search QUERY -k N --database D --schema S --domain D
 * --pii|--no-pii`: they apply to every query of the pane until the next
 * `:search QUERY` replaces them. Strings are copied; NULL clears all. */
typedef struct tui_search_filter {
	size_t k;             /* results wanted, 0: the pane's default (20) */
	const char *database; /* NULL: any */
	const char *schema;
	const char *domain;
	int pii;              /* -1 any, 0 without personal data, 1 with */
} tui_search_filter;
void tui_search_set_filter(tui_pane *p, const tui_search_filter *f);
/* The results shown (the search module's hit JSON, an array), or NULL. */
const cJSON *tui_search_results(const tui_pane *p);
/* Where the pane's queries go. The default is the search module over the
 * app's model; the golden tests answer from a frozen fixture instead, so
 * that tuning the ranking changes no screen. fn runs on a worker and
 * returns a JSON array of hits (as sx_search_hit_to_json makes them) or
 * NULL with err set; payload must stay valid and unchanged while the app
 * lives. fn NULL restores the default. */
typedef cJSON *(*tui_search_source_fn)(void *payload, const char *query,
				       const sx_search_opts *opts, sx_error *err);
void tui_search_set_source(tui_pane *p, tui_search_source_fn fn, void *payload);
/* Runs a query that waited for the map to load. */
void tui_search_kick(tui_pane *p);
void tui_path_run(tui_pane *p, const char *from, const char *to);
/* The options of `:path FROM TO` (sextant path's): they stay with the
 * pane, so + and - ask again under them, until p marks a new pair. */
typedef struct tui_path_opts {
	int max_hops;          /* 0: keep the pane's */
	int k;                 /* paths wanted (3) */
	double min_confidence; /* relationships below are ignored (0.5) */
	char **via, **avoid;   /* table ids, NULL-terminated, copied; may be NULL */
} tui_path_opts;
void tui_path_run_opts(tui_pane *p, const char *from, const char *to, const tui_path_opts *o);
void tui_pathsql_set(tui_pane *p, const char *sql, const char *title);
const char *tui_pathsql_text(tui_pane *p);
tui_doc *tui_output_doc(tui_pane *p);
tui_docview *tui_output_view(tui_pane *p);
/* Shows a file or text in the viewer: as highlighted SQL or as a diff. */
void tui_viewer_show_sql(tui_pane *p, const char *title, const char *sql);
void tui_viewer_show_diff(tui_pane *p, const char *title, const char *unified);
const char *tui_viewer_copy_text(tui_pane *p);

/* Shared list drawing: a scrollable selection over n rows. */
typedef struct tui_list {
	size_t sel, top, n;
} tui_list;
void tui_list_move(tui_list *l, long delta);
void tui_list_set(tui_list *l, size_t sel);
/* Adjusts top so that sel is visible in h rows. */
void tui_list_scroll(tui_list *l, int h);
/* Line editor for the tree filter and the search query. */
typedef struct tui_input {
	char buf[512];
	size_t len, cur; /* bytes */
} tui_input;
/* Applies an editing key; returns true when the text changed, and sets
 * *handled when the key was an editing key at all. */
bool tui_input_key(tui_input *in, int key, bool *handled);
void tui_input_set(tui_input *in, const char *s);
/* Draws with the cursor; returns the cursor column. */
int tui_input_draw(const tui_input *in, tui_grid *g, int x, int y, int w, int style);
/* The '/' line of a pane that filters what it shows (lazygit, k9s): '/'
 * opens it empty, typing narrows, Enter keeps the filter, Esc clears it. */
typedef struct tui_filterline {
	tui_input in;
	bool editing;
} tui_filterline;
void tui_filterline_open(tui_filterline *f);
/* While editing, takes the key (returns true) and sets *changed when the
 * text changed; Tab, arrows and keys it does not edit with fall through. */
bool tui_filterline_key(tui_filterline *f, int key, bool *changed);
/* Whether the line is shown (being edited, or a filter applies). */
bool tui_filterline_shown(const tui_filterline *f);
/* Draws "/text" on row y, with the cursor while editing and focused. */
void tui_filterline_draw(const tui_filterline *f, tui_grid *g, int x, int y, int w, bool focused);

/* ------------------------------------------------------------------ app */

enum { TUI_SCREEN_MAP = 0, TUI_SCREEN_SEARCH, TUI_SCREEN_PATH, TUI_SCREEN_OUTPUT,
       TUI_SCREEN_VIEW, TUI_SCREEN_AGENTS, TUI_SCREEN_REFLECT, TUI_SCREEN_ARTIFACTS,
       TUI_SCREEN_HISTORY, TUI_NSCREENS };

#define TUI_MAX_PANES 4

/* Timer slots. */
enum { TUI_TIMER_SEARCH = 0, TUI_TIMER_SELECT, TUI_TIMER_SEARCH_SELECT, TUI_TIMER_REPLAY,
       TUI_NTIMERS };

typedef struct tui_screen {
	const char *name;
	tui_pane *panes[TUI_MAX_PANES];
	int npanes;
	int focus;
	int zoomed; /* -1: none */
} tui_screen;

/* Options for creating an app: a terminal session or a headless one. */
typedef struct tui_opts {
	const char *workspace_dir;  /* resolved directory */
	const char *config_path;    /* NULL: default */
	const char *label;          /* workspace label for the status bar */
	int w, h;                   /* headless size */
	bool headless;
	const char *open_source;    /* analyse and open this source */
	const char *history_path;   /* command-line history, NULL: none */
} tui_opts;

struct tui_app {
	tui_opts opts;
	char ws_dir[1024];
	char ws_label[128];
	char *config_path;
	sx_config *cfg;
	tui_keymap keymap;
	tui_theme theme;
	tui_colormode colormode;
	bool no_color;
	bool mouse;
	int w, h;
	tui_grid grid;
	struct tui_term *term;     /* NULL when headless */

	sx_evq *evq;
	SX_VEC(tui_job *) jobs;
	int next_job_id;

	tui_model *model;          /* catalog + map shown; NULL until loaded */
	sx_catalog *cat;           /* model->cat */
	sx_dbmap *map;             /* model->map (may be NULL) */
	bool cat_loading;
	char cat_error[256];
	char want_select[512];     /* table to select when the catalog arrives */
	char sel_id[512];          /* the table last selected in the tree */

	tui_screen screens[TUI_NSCREENS];
	int screen;
	tui_pane *tree, *details, *graph, *search, *search_details, *path, *pathsql, *output,
		*viewer, *agents, *reflect, *artifacts, *history;
	tui_run *run;              /* the generation run shown on screens 6-8 */
	struct tui_ask *ask;       /* the run's open question (ask.c), or NULL */

	/* message line */
	char msg[512];
	int msg_style;
	/* help overlay */
	bool help_open;
	int help_scroll;
	/* command line (readline) */
	bool cmd_active;
	char cmd_prompt[128];
	char *cmd_line;            /* copy of rl_line_buffer */
	int cmd_point;             /* cursor (bytes) */
	char **cmd_matches;        /* completion candidates shown */
	/* decisions of this session, newest last, for u */
	struct tui_undo {
		char rel_id[64];
		char verb[8]; /* what puts the status back: accept, reject, reset */
	} undo[32];
	int nundo;
	/* path marks */
	char path_from[512];
	char path_to[512];
	/* provider and model for the status bar */
	char llm_label[128];
	bool llm_ready;            /* an endpoint is configured */
	/* clipboard: what the last copy sent (tests read it) */
	char *clip;
	size_t clip_count;

	bool dirty;                /* something changed: render */
	bool stream_dirty;         /* only streamed text changed: coalesce */
	uint64_t last_render_ns;
	uint64_t renders;
	bool quit;
	/* one-shot timers (debounce): when (ns, 0 = off) and what */
	struct tui_timer {
		uint64_t at;
		void (*fn)(tui_app *app);
	} timers[TUI_NTIMERS];
	/* tab positions of the last frame, for mouse clicks */
	int tab_x[TUI_NSCREENS + 1];
	bool ascii;
	char theme_name[64];
	/* SEXTANT_TUI_TRACE: timestamps of keys and frames (benchmarks) */
	int trace_fd;
	int keys_since_frame;
};

/* Creates the app: loads config, theme, keys; opens nothing on screen. */
int tui_app_new(tui_app **out, const tui_opts *opts, sx_error *err);
void tui_app_free(tui_app *app);
/* Starts loading the catalog (worker); headless callers can settle. */
void tui_app_load_catalog(tui_app *app);
/* The interactive loop on a terminal. Returns an exit code. */
int tui_app_run(tui_app *app);
/* Feeds one key (and whether more input is already waiting, which
 * tells a lone Esc from the start of a sequence). */
void tui_app_key(tui_app *app, int key, bool more_pending);
/* A mouse event: button 1 press at (x, y), or wheel (4 up, 5 down). */
void tui_app_mouse(tui_app *app, int x, int y, int button);
void tui_app_resize(tui_app *app, int w, int h);
/* Renders into app->grid (no terminal involved). */
void tui_app_render(tui_app *app);
/* Processes pending events and timers; with wait, blocks until every job
 * and timer is done (headless tests). */
void tui_app_settle(tui_app *app, bool wait);
void tui_app_handle_event(tui_app *app, sx_event *ev);
void tui_app_timers(tui_app *app, uint64_t now);
/* Runs an action: the focused pane first, then the app's own handling. */
void tui_app_action(tui_app *app, int act);
/* Runs a ':' line (or a key's command): TUI table first, then the engine. */
int tui_app_exec_line(tui_app *app, const char *line);
int tui_app_exec_argv(tui_app *app, int argc, char **argv);
/* Messages in the bottom line. */
void tui_app_msg(tui_app *app, int style, const char *fmt, ...) SX_PRINTF(3, 4);
void tui_app_dirty(tui_app *app);
void tui_app_set_screen(tui_app *app, int screen);
void tui_app_focus(tui_app *app, tui_pane *p);
tui_pane *tui_app_focused(tui_app *app);
/* The table currently selected in the tree (NULL when none). */
sx_table *tui_app_selected_table(tui_app *app);
/* Arms (or re-arms) a timer slot: fn runs on the UI thread after ms. */
void tui_app_timer(tui_app *app, int slot, int ms, void (*fn)(tui_app *app));
/* The tree's selection moved to a table (details now, graph debounced). */
void tui_app_table_selected(tui_app *app, const char *table_id);
/* Selects a table everywhere (tree, details, graph) and shows the map. */
void tui_app_goto_table(tui_app *app, const char *table_id);
/* Puts text on the clipboard through OSC 52 and keeps a copy. */
void tui_app_copy(tui_app *app, const char *text);
/* Applies a theme by name. */
int tui_app_set_theme(tui_app *app, const char *name, sx_error *err);
/* Records accept/reject/reset of relationship rel_id through the engine's
 * `relations` command on a worker, then reloads the model. */
int tui_app_decide(tui_app *app, const char *rel_id, const char *verb, sx_error *err);
/* u: puts the last decision of this session back (accept, reject or reset
 * to what it was), again through `relations`, so the store's decision
 * log records the undo too. */
void tui_app_undo_decision(tui_app *app);
/* Marks a table as path start or end (p). */
void tui_app_mark_path(tui_app *app, const char *table_id);
/* A start is marked and no end yet: the message line says so, Esc cancels. */
bool tui_app_path_pending(const tui_app *app);
/* Looks a table up in the loaded catalog by any reference. */
sx_table *tui_app_resolve(tui_app *app, const char *ref, sx_error *err);
/* Appends a header and the text of a command's result to the output. */
void tui_app_output(tui_app *app, int style, const char *text);
uint64_t tui_now(void);
/* Job callbacks that print an engine command's stream and result on the
 * Output screen. */
void tui_app_cmd_stream(tui_app *app, tui_job *job, int kind, const char *text);
void tui_app_cmd_done(tui_app *app, tui_job *job, int rc, cJSON *result, void **payload,
		      const char *errmsg);
/* Starts `analyze ARGS` in the background; the catalog reloads after. */
int tui_app_start_analyze(tui_app *app, int argc, char **argv, sx_error *err);

/* ------------------------------------------------------------------ state */

/* What is remembered per workspace between runs (state.c): screen, table,
 * hops, search, theme. Off with SEXTANT_TUI_STATE=off. */
bool tui_state_enabled(void);
/* The state file of the app's workspace; SX_EINVAL without HOME. */
int tui_state_path(const tui_app *app, char *out, size_t n);
/* Applies the saved state (before the catalog loads); a missing or bad
 * file changes nothing. */
void tui_state_restore(tui_app *app);
int tui_state_save(tui_app *app, sx_error *err);

/* ------------------------------------------------------------------ commands */

/* The TUI's own command table (UI-only actions), looked up before the
 * engine's. Entries have the same struct as the engine's commands. */
extern const sx_cmd_entry *const tui_commands[];
const sx_cmd_entry *tui_cmd_find(const char *name);
/* The entry a ':' line NAME is parsed against and run by: the TUI's, else
 * the engine's. NULL when neither has it. */
const sx_cmd_entry *tui_cmd_lookup(const char *name);
/* `:NAME --help` (or -h) shows NAME's usage on the Output screen instead
 * of running it (the parser skips the argument counts when help is asked
 * for, so no run function may see such a line). True when handled. */
bool tui_cmd_help(tui_app *app, int argc, char **argv);
/* Every command name (TUI and engine), for completion. */
const char *tui_cmd_name_at(size_t i);
/* Whether completion offers the name: commands, not the key actions
 * (page_up, focus_next, ...) that run from ':' too but are keys' business. */
bool tui_cmd_listed(const char *name);
/* The app the TUI commands act on (one workbench per process). */
tui_app *tui_cmd_app(void);
void tui_cmd_set_app(tui_app *app);

/* ------------------------------------------------------------------ cmdline */

/* The ':' line through GNU readline's callback interface. */
void tui_cmdline_open(tui_app *app, const char *prompt);
/* Feeds one key; handles Enter (runs the line), Esc/C-g (cancels). */
void tui_cmdline_key(tui_app *app, int key, bool more_pending);
void tui_cmdline_close(tui_app *app);
void tui_cmdline_shutdown(tui_app *app);
void tui_cmdline_draw(tui_app *app, tui_grid *g, int y);

/* ------------------------------------------------------------------ term */

typedef struct tui_term tui_term;
/* Starts curses on the controlling terminal; detects colours. */
int tui_term_open(tui_term **out, tui_app *app, sx_error *err);
/* Restores the terminal (idempotent, safe on fatal paths). */
void tui_term_close(tui_term *t);
void tui_term_size(tui_term *t, int *w, int *h);
/* Copies the grid to the screen (only the cells that changed). */
void tui_term_flush(tui_term *t, const tui_grid *g);
/* Re-creates colour pairs after a theme change. */
void tui_term_apply_theme(tui_term *t);
/* Reads pending keys and hands them to the app; false when none. */
bool tui_term_read(tui_term *t);
int tui_term_fd(const tui_term *t);
/* Writes raw bytes to the terminal (OSC 52). */
void tui_term_write(tui_term *t, const char *s, size_t n);
void tui_term_keypad(tui_term *t, bool on);
/* Ctrl-Z: gives the terminal back, stops, and takes it again on fg. */
void tui_term_suspend(tui_term *t);
/* Signal flags set by handlers (SIGWINCH, SIGTERM, SIGINT, SIGHUP). */
bool tui_term_take_resize(void);
/* The quit signal received (SIGTERM, SIGINT, SIGHUP), or 0. */
int tui_term_take_quit(void);
tui_colormode tui_term_detect_colors(int colors, bool rgb);

#endif
