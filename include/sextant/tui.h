/*
 * sextant/tui.h - the seam between the CLI and the interactive workbench.
 *
 * The workbench (src/tui) is not part of the engine: it is linked into the
 * sextant executable only, and the engine never includes curses. This
 * header is all the CLI sees of it, so neither side reaches into the
 * other's folder. A build without the TUI links the CLI's own fallback
 * (src/cli/noui.c) instead.
 */
#ifndef SEXTANT_TUI_H
#define SEXTANT_TUI_H

#ifdef __cplusplus
extern "C" {
#endif

/* Entered when `sextant` gets no command: opens the workbench when it is
 * built in, else prints usage. argv is the process's. Errors before the
 * screen starts go to stderr. Returns the process exit code (0, 1
 * failure, 2 usage). Call it from the main thread only. */
int sx_tui_main(int argc, char **argv);

#ifdef __cplusplus
}
#endif
#endif
