/*
 * curses_version.c - the ncurses version for `sextant --version`. Lives in
 * the program, not the engine: only the workbench links curses.
 */
#include <curses.h>

const char *sx_cli_curses_version(void);

const char *sx_cli_curses_version(void)
{
	return curses_version();
}
