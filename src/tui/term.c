/*
 * term.c - the terminal: curses setup and teardown, colours, copying the
 * cell grid to the screen, reading keys and the mouse, signals.
 *
 * This is the only file of Sextant that calls curses. It copies only the
 * cells that changed since the last frame and lets curses optimise the
 * output (one doupdate per frame). Colour pairs are one per style role;
 * the mode (mono, 16, 256, 24-bit) comes from NO_COLOR, [ui] colors and
 * terminfo (COLORS, the RGB capability that direct-colour entries such as
 * xterm-direct carry). While the ':' line is open, keypad translation is
 * off so readline sees raw bytes (NOTES-deps.md).
 *
 * Signals: SIGWINCH, SIGTERM, SIGHUP and SIGINT handlers only set flags
 * that the loop reads; a quit signal ends the loop, which gives the
 * terminal back and exits with 128 + the signal, as a shell expects. Fatal paths restore the terminal first: an atexit
 * hook calls endwin if curses is still up, and a crash handler (not in
 * sanitizer builds, which have their own) writes the precomputed reset
 * sequence with write(2) and restores the saved termios before
 * re-raising. UI thread only.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "tui_int.h"

/* after tui_int.h: term.h defines macros named like terminfo capabilities
 * (lines, columns) that would clash with our field names */
#include <curses.h>
#include <term.h>

#if defined(__SANITIZE_ADDRESS__)
#define SX_HAVE_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SX_HAVE_SANITIZER 1
#endif
#endif

struct tui_term {
	tui_app *app;
	SCREEN *scr;
	tui_grid prev;      /* what the screen shows */
	bool up;
	bool extended;      /* init_extended_pair for 24-bit colours */
	bool keypad_on;
	bool mouse_on;
	int colors;
	attr_t attrs[TS_COUNT_];
	int pairs[TS_COUNT_];
};

static volatile sig_atomic_t sig_resize, sig_quit;
static struct termios saved_tio;
static bool have_tio;
static char reset_seq[256];
static size_t reset_len;
static tui_term *live_term;

static void on_winch(int sig)
{
	(void)sig;
	sig_resize = 1;
}

static void on_quit(int sig)
{
	/* the first signal decides the exit status (128 + it) */
	if (!sig_quit)
		sig_quit = sig;
}

bool tui_term_take_resize(void)
{
	if (!sig_resize)
		return false;
	sig_resize = 0;
	return true;
}

int tui_term_take_quit(void)
{
	return (int)sig_quit;
}

#ifndef SX_HAVE_SANITIZER
static void on_fatal(int sig)
{
	/* async-signal-safe only: write(2), tcsetattr(3), signal, raise */
	if (reset_len) {
		ssize_t w = write(STDOUT_FILENO, reset_seq, reset_len);
		(void)w;
	}
	if (have_tio)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_tio);
	signal(sig, SIG_DFL);
	raise(sig);
}
#endif

/* A library calling exit() must not leave the terminal raw. */
static void at_exit_restore(void)
{
	if (live_term && live_term->up)
		endwin();
}

/* Appends a terminfo string to the crash-time reset sequence. */
static void add_cap(const char *name)
{
	char *s = tigetstr((char *)name);
	size_t n;
	if (!s || s == (char *)-1)
		return;
	n = strlen(s);
	if (reset_len + n < sizeof reset_seq) {
		memcpy(reset_seq + reset_len, s, n);
		reset_len += n;
	}
}

/* The colour mode from what terminfo says (separate from curses for the unit
 * tests). */
tui_colormode tui_term_detect_colors(int colors, bool rgb)
{
	if (colors <= 0)
		return TUI_COLOR_MONO;
	if (rgb || colors >= 0x1000000)
		return TUI_COLOR_TRUE;
	if (colors >= 256)
		return TUI_COLOR_256;
	return TUI_COLOR_16;
}

/* NO_COLOR first, then [ui] colors (which can only lower what terminfo
 * offers). */
static tui_colormode choose_mode(tui_app *app, tui_term *t)
{
	const char *want = sx_config_get(app->cfg, "ui", "colors", "auto");
	int rgb = tigetflag((char *)"RGB");
	tui_colormode detected;

	if (app->no_color || !has_colors())
		return TUI_COLOR_MONO;
	detected = tui_term_detect_colors(COLORS, rgb > 0);
	t->colors = COLORS;
	if (strcmp(want, "mono") == 0)
		return TUI_COLOR_MONO;
	if (strcmp(want, "16") == 0)
		return TUI_COLOR_16;
	if (strcmp(want, "256") == 0)
		return detected >= TUI_COLOR_256 ? TUI_COLOR_256 : detected;
	/* "truecolor" cannot be forced past what terminfo can express */
	return detected;
}

/* Palette colours the terminal lacks: the 8 bright ones fall back to the
 * basic 8. */
static int clamp_color(tui_term *t, int c)
{
	if (c < 0)
		return -1;
	if (t->app->colormode != TUI_COLOR_TRUE && c >= t->colors)
		return c < 16 && t->colors >= 8 ? c % 8 : -1;
	return c;
}

/* One colour pair and attribute set per style role. */
void tui_term_apply_theme(tui_term *t)
{
	tui_app *app = t->app;
	int i;
	for (i = 0; i < TS_COUNT_; i++) {
		const tui_style_def *d = &app->theme.st[i];
		attr_t a = A_NORMAL;
		if (d->attrs & TA_BOLD)
			a |= A_BOLD;
		if (d->attrs & TA_DIM)
			a |= A_DIM;
		if (d->attrs & TA_UNDERLINE)
			a |= A_UNDERLINE;
		if (d->attrs & TA_REVERSE)
			a |= A_REVERSE;
#ifdef A_ITALIC
		if (d->attrs & TA_ITALIC)
			a |= A_ITALIC;
#endif
		t->attrs[i] = a;
		t->pairs[i] = 0;
		if (app->colormode != TUI_COLOR_MONO && i + 1 < COLOR_PAIRS) {
			int fg = clamp_color(t, tui_color_resolve(d->fg, app->colormode));
			int bg = clamp_color(t, tui_color_resolve(d->bg, app->colormode));
			if (init_extended_pair(i + 1, fg, bg) == OK)
				t->pairs[i] = i + 1;
		}
	}
	/* every cell must be written again with its new attributes */
	tui_grid_release(&t->prev);
	clearok(curscr, TRUE);
}

/* Starts curses on the terminal. Everything the terminal must get back is
 * prepared here, before the first frame. */
int tui_term_open(tui_term **out, tui_app *app, sx_error *err)
{
	tui_term *t;
	struct sigaction sa;
	const char *term = getenv("TERM");

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return sx_error_set(err, SX_EUSAGE,
				    "the workbench needs a terminal (stdin and stdout are not one); "
				    "use a command instead, see 'sextant --help'");
	if (!(t = sx_calloc(1, sizeof *t)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	t->app = app;
	if (tcgetattr(STDIN_FILENO, &saved_tio) == 0)
		have_tio = true;

	/* our SIGWINCH handler must be in place before curses starts, so
	 * curses leaves resizing to us */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_winch;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGWINCH, &sa, NULL);
	sa.sa_handler = on_quit;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	if (!(t->scr = newterm(NULL, stdout, stdin))) {
		free(t);
		return sx_error_set(err, SX_EINVAL, "cannot start the terminal '%s' (check TERM)",
				    term ? term : "");
	}
	set_term(t->scr);
	{
		/* TERM=dumb and the like cannot move the cursor: curses would
		 * start and draw nothing, leaving a blank screen that waits */
		char *cup = tigetstr((char *)"cup");
		if (!cup || cup == (char *)-1) {
			endwin();
			delscreen(t->scr);
			free(t);
			return sx_error_set(err, SX_EUSAGE,
					    "the terminal '%s' cannot move the cursor, which the "
					    "workbench needs; set TERM to your terminal's type (e.g. "
					    "xterm-256color) or use a command, see 'sextant --help'",
					    term ? term : "");
		}
	}
	t->up = true;
	live_term = t;
	atexit(at_exit_restore);
	raw();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	t->keypad_on = true;
	nodelay(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	leaveok(stdscr, FALSE);
	if (has_colors()) {
		start_color();
		use_default_colors();
	}
	app->colormode = choose_mode(app, t);
	if (app->mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
		t->mouse_on = true;
	}
	/* what a crash must write to give the terminal back */
	reset_len = 0;
	add_cap("sgr0");
	add_cap("cnorm");
	add_cap("rmkx");
	add_cap("rmcup");
	if (reset_len + 24 < sizeof reset_seq) {
		memcpy(reset_seq + reset_len, "\033[?1000l\033[?1006l", 16);
		reset_len += 16;
	}
#ifndef SX_HAVE_SANITIZER
	sa.sa_handler = on_fatal;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGABRT, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
#endif
	*out = t;
	return 0;
}

/* Gives the terminal back (idempotent). */
void tui_term_close(tui_term *t)
{
	if (!t)
		return;
	if (t->up) {
		if (t->mouse_on)
			mousemask(0, NULL);
		curs_set(1);
		endwin();
		t->up = false;
	}
	if (t->scr) {
		delscreen(t->scr);
		t->scr = NULL;
	}
	if (live_term == t)
		live_term = NULL;
	tui_grid_release(&t->prev);
	free(t);
}

/* The size from the kernel, and curses told about it. */
void tui_term_size(tui_term *t, int *w, int *h)
{
	struct winsize ws;
	(void)t;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col && ws.ws_row) {
		*w = ws.ws_col;
		*h = ws.ws_row;
		if (*w != COLS || *h != LINES)
			resize_term(*h, *w);
		return;
	}
	*w = COLS;
	*h = LINES;
}

void tui_term_flush(tui_term *t, const tui_grid *g)
{
	int x, y;
	bool full = t->prev.w != g->w || t->prev.h != g->h || !t->prev.cells;

	if (full) {
		tui_grid_resize(&t->prev, g->w, g->h);
		clearok(curscr, TRUE);
	}
	for (y = 0; y < g->h; y++) {
		for (x = 0; x < g->w; x++) {
			size_t i = (size_t)y * (size_t)g->w + (size_t)x;
			const tui_cell *c = &g->cells[i];
			tui_cell *p = &t->prev.cells[i];
			cchar_t cc;
			wchar_t wc[2];
			int pair, st;
			if (!full && c->ch == p->ch && c->style == p->style && c->flags == p->flags)
				continue;
			*p = *c;
			if (c->flags & TUI_CELL_CONT)
				continue;
			st = c->style < TS_COUNT_ ? c->style : 0;
			pair = t->pairs[st];
			wc[0] = c->ch ? (wchar_t)c->ch : L' ';
			wc[1] = 0;
			if (setcchar(&cc, wc, t->attrs[st], 0, &pair) == OK)
				mvadd_wch(y, x, &cc);
		}
	}
	if (g->cur_vis) {
		curs_set(1);
		move(g->cur_y, g->cur_x);
	} else {
		curs_set(0);
	}
	wnoutrefresh(stdscr);
	doupdate();
}

/* Raw bytes after the frame (OSC 52 moves no cursor). */
void tui_term_write(tui_term *t, const char *s, size_t n)
{
	(void)t;
	fflush(stdout);
	while (n > 0) {
		ssize_t w = write(STDOUT_FILENO, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		s += w;
		n -= (size_t)w;
	}
}

void tui_term_keypad(tui_term *t, bool on)
{
	if (t->keypad_on == on)
		return;
	keypad(stdscr, on ? TRUE : FALSE);
	t->keypad_on = on;
	/* mouse reports arrive as raw sequences without keypad: keep them
	 * away from readline */
	if (t->app->mouse) {
		mousemask(on ? (BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0, NULL);
		t->mouse_on = on;
	}
}

void tui_term_suspend(tui_term *t)
{
	struct sigaction dfl, old;
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	/* raw mode turned Ctrl-Z into a key: stop as the shell expects, with
	 * the terminal restored while we are away */
	sigaction(SIGTSTP, &dfl, &old);
	def_prog_mode();
	endwin();
	kill(getpid(), SIGTSTP);
	/* here again after fg */
	sigaction(SIGTSTP, &old, NULL);
	reset_prog_mode();
	tui_grid_release(&t->prev);
	clearok(curscr, TRUE);
	sig_resize = 1; /* the window may have changed meanwhile */
	t->app->dirty = true;
}

int tui_term_fd(const tui_term *t)
{
	(void)t;
	return STDIN_FILENO;
}

/* curses key codes to ours. */
static int map_keycode(int k)
{
	if (k >= KEY_F(1) && k <= KEY_F(12))
		return TK_F1 + (k - KEY_F(1));
	switch (k) {
	case KEY_UP:
		return TK_UP;
	case KEY_DOWN:
		return TK_DOWN;
	case KEY_LEFT:
		return TK_LEFT;
	case KEY_RIGHT:
		return TK_RIGHT;
	case KEY_HOME:
		return TK_HOME;
	case KEY_END:
		return TK_END;
	case KEY_PPAGE:
		return TK_PGUP;
	case KEY_NPAGE:
		return TK_PGDN;
	case KEY_IC:
		return TK_INS;
	case KEY_DC:
		return TK_DEL;
	case KEY_BTAB:
		return TK_BTAB;
	case KEY_BACKSPACE:
		return TK_BACKSPACE;
	case KEY_ENTER:
		return TK_ENTER;
	default:
		return -1;
	}
}

/* Is another byte already waiting (or arriving within ms)? */
static bool input_waiting(int ms)
{
	struct pollfd p = {STDIN_FILENO, POLLIN, 0};
	wint_t wc;
	int r = wget_wch(stdscr, &wc);
	if (r != ERR) {
		unget_wch((wchar_t)wc);
		return true;
	}
	if (ms > 0 && poll(&p, 1, ms) > 0)
		return true;
	return false;
}

/* Reads every key that is waiting and hands each to the app. */
bool tui_term_read(tui_term *t)
{
	tui_app *app = t->app;
	bool any = false;
	int guard = 0;

	while (guard++ < 4096) {
		wint_t wc;
		int r = wget_wch(stdscr, &wc);
		if (r == ERR)
			break;
		any = true;
		if (r == KEY_CODE_YES) {
			int k;
			if (wc == KEY_MOUSE) {
				MEVENT me;
				if (getmouse(&me) == OK) {
					if (me.bstate & BUTTON1_PRESSED)
						tui_app_mouse(app, me.x, me.y, 1);
					else if (me.bstate & BUTTON4_PRESSED)
						tui_app_mouse(app, me.x, me.y, 4);
					else if (me.bstate & BUTTON5_PRESSED)
						tui_app_mouse(app, me.x, me.y, 5);
				}
				continue;
			}
			if (wc == KEY_RESIZE) {
				sig_resize = 1;
				continue;
			}
			if ((k = map_keycode((int)wc)) >= 0)
				tui_app_key(app, k, input_waiting(0));
			continue;
		}
		if (app->cmd_active) {
			/* raw bytes for readline; a lone Esc (nothing following
			 * within 25 ms) cancels instead of starting a sequence */
			tui_app_key(app, (int)wc, input_waiting(wc == 27 ? 25 : 0));
			continue;
		}
		if (wc == 27) {
			/* Esc followed at once by a key is Alt+key */
			wint_t nx = 0;
			int r2 = wget_wch(stdscr, &nx);
			if (r2 == OK && nx >= 32 && nx != 127) {
				tui_app_key(app, (int)nx | TK_META, input_waiting(0));
				continue;
			}
			/* not Alt+key: put back what came after the Esc */
			if (r2 == OK)
				unget_wch((wchar_t)nx);
			else if (r2 == KEY_CODE_YES)
				ungetch((int)nx);
			tui_app_key(app, 27, r2 != ERR);
			continue;
		}
		tui_app_key(app, (int)wc, input_waiting(0));
	}
	return any;
}
