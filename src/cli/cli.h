/*
 * cli.h - the seam between the CLI and the interactive workbench.
 */
#ifndef SX_CLI_H
#define SX_CLI_H

/* Entered when no command is given: opens the TUI when it is built in,
 * else prints usage. Returns the process exit code. */
int sx_cli_open_ui(int argc, char **argv);

#endif
