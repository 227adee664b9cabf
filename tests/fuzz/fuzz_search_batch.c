/*
 * fuzz_search_batch.c - libFuzzer harness for `search --batch` JSON Lines
 * (run_batch in src/commands/cmd_search.c, included here to reach it): a
 * workspace is analysed once from tests/integration/ddl/shop.sql, then
 * each input is read as the batch file. Every non-empty line must be
 * answered, in order, with its id (or null) and either results or an
 * error; nothing may crash or leak.
 */
#include "../../src/commands/cmd_search.c"

#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sx_cmd_ctx bctx;
static sx_session *bses;
static sx_search *bsrch;
static char bdir[] = "/tmp/sxfuzz-search.XXXXXX";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const sx_cmd_entry *an = sx_cmd_find("analyze");
	char ddl[1200], ws[1100];
	char *av[2];
	sx_args args;
	sx_error err = {0};
	cJSON *res = NULL;
	sx_config *cfg = NULL;
	(void)argc;
	(void)argv;

	if (!mkdtemp(bdir))
		abort();
	snprintf(ws, sizeof ws, "%s/ws", bdir);
	snprintf(ddl, sizeof ddl, "%s/tests/integration/ddl/shop.sql", SX_FUZZ_SOURCE_DIR);
	setenv("SEXTANT_LOG", "/dev/null", 1);
	/* no model endpoint: the search is lexical */
	if (sx_config_load_string(&cfg, "[map]\nsampling = false\n", &err))
		abort();
	bctx.workspace_dir = strdup(ws);
	bctx.config = cfg;
	av[0] = ddl;
	av[1] = NULL;
	memset(&args, 0, sizeof args);
	if (!an || sx_cmd_parse(an, 1, av, &args, &err) || sx_cmd_run(an, &bctx, &args, &res, &err)) {
		fprintf(stderr, "fuzz_search_batch: cannot analyse %s: %s\n", ddl, err.msg);
		abort();
	}
	cJSON_Delete(res);
	sx_args_release(&args);
	if (sx__search_session(&bctx, SX_SESSION_MAP_OPTIONAL, &bses, &bsrch, &err)) {
		fprintf(stderr, "fuzz_search_batch: %s\n", err.msg);
		abort();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	cJSON *res = cJSON_CreateObject(), *b, *it;
	sx_error err = {0};
	FILE *in;
	size_t i, lines = 0, at = 0;
	int n = 0;

	if (size > 8192 || !res) {
		cJSON_Delete(res);
		return 0;
	}
	/* the non-empty lines, as run_batch counts them */
	for (i = 0; i <= size; i++)
		if (i == size || data[i] == '\n') {
			size_t e = i;
			while (e > at && (data[e - 1] == '\r' || data[e - 1] == '\n'))
				e--;
			if (e > at)
				lines++;
			at = i + 1;
		}
	in = fmemopen((void *)data, size ? size : 1, "r");
	if (!in)
		abort();
	if (!size)
		fgetc(in); /* an empty stream */
	bctx.in = in;
	o.k = 10;
	if (run_batch(&bctx, bsrch, "-", &o, res, &err))
		abort();
	fclose(in);
	bctx.in = NULL;
	b = cJSON_GetObjectItem(res, "batch");
	cJSON_ArrayForEach(it, b)
	{
		if (!cJSON_GetObjectItem(it, "id"))
			abort();
		if (!cJSON_GetObjectItem(it, "results") && !cJSON_GetObjectItem(it, "error"))
			abort();
		n++;
	}
	if ((size_t)n != lines || sx_json_int(res, "queries", -1) != (int64_t)lines)
		abort(); /* a line left unanswered */
	cJSON_Delete(res);
	return 0;
}
