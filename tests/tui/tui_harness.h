/*
 * tui_harness.h - drives the workbench without a terminal for tests and
 * benchmarks: loads the frozen workspace of a small shop (rows and search
 * answers checked in under tests/tui/fixture/, see tui_harness.c) into a
 * temp workspace, creates a headless app and feeds it scripted keys.
 *
 * Key scripts: plain characters are keys; <Name> is a key by its config
 * name (<Enter>, <Esc>, <Tab>, <S-Tab>, <C-j>, <Down>, <PgDn>, ...);
 * <resize:WxH> resizes; <settle> runs every pending job and timer;
 * <click:X,Y> and <wheel:up|down:X,Y> are mouse events; <lt> is '<'.
 */
#ifndef SX_TUI_HARNESS_H
#define SX_TUI_HARNESS_H

#include "tui/tui_int.h"

/* Creates the temp dir (cwd moves there), the fixture database and the
 * frozen workspace (SX_UPDATE_FIXTURE=1: records the frozen workspace
 * again from a real analysis first). Returns the temp dir. */
const char *th_setup(void);
void th_teardown(void);
/* A headless app at w x h on the fixture workspace, catalog loaded; its
 * search pane answers from the frozen search results. */
tui_app *th_app(int w, int h);
/* The same on another workspace directory (a copy the test may change). */
tui_app *th_app_ws(int w, int h, const char *ws);
/* The same with a config file (a path under the temp dir). */
tui_app *th_app_cfg(int w, int h, const char *config);
/* Writes a file under the temp dir (the cwd). 0 or -1. */
int th_write(const char *name, const char *text);
/* Copies the fixture workspace to DIR (under the temp dir); returns DIR. */
const char *th_copy_ws(const char *name);
/* Runs a key script; returns 0, or -1 on a bad script (message on stderr). */
int th_keys(tui_app *app, const char *script);
/* Renders and serialises the grid. Caller frees. */
char *th_dump(tui_app *app);
/* Compares text with tests/tui/golden/NAME (SX_UPDATE_GOLDEN=1 rewrites
 * it). Returns 0 when equal; prints a diff otherwise. */
int th_golden(const char *name, const char *text);
/* The search module instead of the frozen answers, for a test of the
 * search itself. */
void th_real_search(tui_app *app);
/* Runs an engine command through the table (for fixtures). */
int th_cmd(const char *ws, int argc, char **argv);

#endif
