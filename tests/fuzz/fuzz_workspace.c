/*
 * fuzz_workspace.c - libFuzzer harness for the workspace loader on
 * mutated workspace files: each input is written as workspace.db of a
 * fresh directory (no WAL), then opened the way every command opens it
 * (sx_session_open: store, migrations, catalog, map) and searched. A
 * damaged file must give an error with a one-line message (and, when it
 * is SX_ECORRUPT, `workspace rebuild` must succeed on it: a fresh file
 * with what salvage could read), never a crash, a hang or a leak.
 * Seeds: tests/fuzz/corpus/fuzz_workspace (a small analysed workspace).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sextant/workspace.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char wdir[] = "/tmp/sxfuzz-ws.XXXXXX";
static sx_config *wcfg;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	sx_error err = {0};
	(void)argc;
	(void)argv;
	if (!mkdtemp(wdir))
		abort();
	setenv("SEXTANT_LOG", "/dev/null", 1);
	if (sx_config_load_string(&wcfg, "[map]\nsampling = false\n", &err))
		abort();
	return 0;
}

static void clean_dir(void)
{
	char cmd[200];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'/ws", wdir);
	if (system(cmd) != 0)
		abort();
}

static void one_line(const sx_error *err)
{
	if (!err->msg[0] || strchr(err->msg, '\n')) {
		fprintf(stderr, "not one line: code %d, '%s'\n", err->code, err->msg);
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char ws[200], path[260], backup[1200];
	sx_session_opts o;
	sx_session *s = NULL;
	sx_search *search = NULL;
	sx_error err = {0};
	cJSON *report = NULL;
	FILE *f;
	int rc;

	if (size > (1u << 20))
		return 0;
	clean_dir();
	snprintf(ws, sizeof ws, "%s/ws", wdir);
	snprintf(path, sizeof path, "%s/workspace.db", ws);
	if (mkdir(ws, 0700) != 0 || !(f = fopen(path, "wb")))
		abort();
	if (size && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);

	memset(&o, 0, sizeof o);
	o.workspace_dir = ws;
	o.config = wcfg;
	o.map = SX_SESSION_MAP_OPTIONAL;
	o.empty_ok = true;
	rc = sx_session_open(&s, &o, &err);
	if (rc == 0) {
		sx_search_result *r = NULL;
		sx_search_opts so = SX_SEARCH_OPTS_INIT;
		if (sx_session_search(s, &search, &err) == 0) {
			if (sx_search_query(search, "customer orders", &so, &r, &err) == 0)
				sx_search_result_free(r);
			else
				one_line(&err);
		} else {
			one_line(&err);
		}
		sx_session_close(s);
		return 0;
	}
	one_line(&err);
	if (rc == SX_ECORRUPT) {
		/* the advice given must work */
		memset(&err, 0, sizeof err);
		if (sx_store_rebuild_salvage(ws, backup, sizeof backup, &report, &err) != 0) {
			fprintf(stderr, "rebuild failed: %s\n", err.msg);
			abort();
		}
		cJSON_Delete(report);
	}
	return 0;
}
