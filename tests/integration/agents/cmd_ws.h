/*
 * cmd_ws.h - the engine's commands run as the CLI runs them (--json), in a
 * throwaway workspace that holds the demo (build/data/demo.sqlite):
 * shared by the agents' C integration tests. Include after cmocka.h.
 */
#ifndef SX_TEST_CMD_WS_H
#define SX_TEST_CMD_WS_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <sextant/commands.h>

static char ws[256];

/* Runs argv[0] with argv[1..] in ws under the config text cfgtext; ctx
 * comes with what the caller sets (cancel, pick, event) and gets the
 * rest. *res: the command's result (caller deletes). */
static int cmd_in_ws(const char *cfgtext, sx_cmd_ctx *ctx, cJSON **res, int argc, char **argv)
{
	const sx_cmd_entry *e = sx_cmd_find(argv[0]);
	sx_config *cfg = NULL;
	sx_error err = {0};
	sx_args args;
	int rc;
	assert_non_null(e);
	assert_int_equal(sx_cmd_parse(e, argc - 1, argv + 1, &args, &err), 0);
	assert_int_equal(sx_config_load_string(&cfg, cfgtext, &err), 0);
	ctx->workspace_dir = ws;
	ctx->config = cfg;
	ctx->json = true;
	*res = NULL;
	rc = sx_cmd_run(e, ctx, &args, res, &err);
	if (rc)
		fprintf(stderr, "%s: %s\n", argv[0], err.msg);
	sx_args_release(&args);
	sx_config_free(cfg);
	return rc;
}

/* A new workspace named from prefix ("/tmp/sx-NAME-XXXXXX") with the demo
 * analysed into it. */
static int ws_with_demo(const char *prefix)
{
	char demo[512];
	const char *b = getenv("SX_BUILD_DIR");
	sx_cmd_ctx ctx = {0};
	atomic_int cancel = 0;
	cJSON *res = NULL;
	snprintf(ws, sizeof ws, "%s", prefix);
	assert_non_null(mkdtemp(ws));
	snprintf(demo, sizeof demo, "%s/data/demo.sqlite", b ? b : "build");
	char *argv[] = {"analyze", demo};
	ctx.cancel = &cancel;
	assert_int_equal(cmd_in_ws("", &ctx, &res, 2, argv), 0);
	cJSON_Delete(res);
	return 0;
}

static int ws_remove(void **state)
{
	char cmd[400];
	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", ws);
	return system(cmd) == 0 ? 0 : -1;
}

#endif
