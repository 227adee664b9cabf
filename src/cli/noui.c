/*
 * noui.c - sx_tui_main for builds without the TUI: prints usage.
 */
#include <stdio.h>
#include <string.h>

#include <sextant/commands.h>

#include <sextant/tui.h>

int sx_tui_main(int argc, char **argv)
{
	sx_buf b = SX_BUF_INIT;
	if (argc >= 2 && argv[1][0] != '-') {
		fprintf(stderr, "sextant: unknown command '%s' (see 'sextant --help')\n", argv[1]);
		return 2;
	}
	if (argc >= 2) {
		fprintf(stderr, "sextant: unknown option '%s' (see 'sextant --help')\n", argv[1]);
		return 2;
	}
	sx_cmd_usage(NULL, &b);
	fputs(sx_buf_cstr(&b), stdout);
	sx_buf_release(&b);
	return 0;
}

const char *sx_cli_curses_version(void);

/* No workbench, no curses linked. */
const char *sx_cli_curses_version(void)
{
	return NULL;
}
