/*
 * llm_fixture.h - starts and stops tests/fixtures/openai_fixture.py (the
 * OpenAI-protocol stand-in) for C tests, and reads what it recorded.
 *
 * Each fixture runs in its own temporary directory holding the script,
 * the port file and the request record. Header-only so any test folder
 * can use it.
 */
#ifndef SX_LLM_FIXTURE_H
#define SX_LLM_FIXTURE_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

typedef struct sx_fixture {
	pid_t pid;
	int port;
	char dir[512];
	char base_url[128];
	char record[600];
} sx_fixture;

static inline void sx_fixture_sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	nanosleep(&ts, NULL);
}

/* Starts the fixture with a script (JSON text). Returns 0 or -1. */
static inline int sx_fixture_start(sx_fixture *f, const char *script)
{
	char path[700], portfile[700], fixture[700];
	const char *src = getenv("SX_SOURCE_DIR");
	const char *base = getenv("TMPDIR");
	FILE *fp;
	int i;

	memset(f, 0, sizeof *f);
	snprintf(f->dir, sizeof f->dir, "%s/sxfix-XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(path, sizeof path, "%s/script.json", f->dir);
	snprintf(portfile, sizeof portfile, "%s/port", f->dir);
	snprintf(f->record, sizeof f->record, "%s/requests.jsonl", f->dir);
	snprintf(fixture, sizeof fixture, "%s/tests/fixtures/openai_fixture.py", src ? src : ".");
	if (!(fp = fopen(path, "w")))
		return -1;
	fputs(script, fp);
	fclose(fp);
	fflush(NULL); /* or the child's stdio would flush our buffers again */
	f->pid = fork();
	if (f->pid < 0)
		return -1;
	if (f->pid == 0) {
		if (!freopen("/dev/null", "w", stdout))
			_exit(126);
		/* the system interpreter starts fastest (a pyenv shim adds
		 * half a second per fixture); any python3 on PATH works */
		if (access("/usr/bin/python3", X_OK) == 0)
			execl("/usr/bin/python3", "python3", fixture, "--script", path, "--port-file",
			      portfile, "--record", f->record, (char *)NULL);
		execlp("python3", "python3", fixture, "--script", path, "--port-file", portfile,
		       "--record", f->record, (char *)NULL);
		_exit(127);
	}
	for (i = 0; i < 500; i++) { /* up to 10 s on a loaded machine */
		if ((fp = fopen(portfile, "r"))) {
			int ok = fscanf(fp, "%d", &f->port) == 1;
			fclose(fp);
			if (ok) {
				snprintf(f->base_url, sizeof f->base_url, "http://127.0.0.1:%d/v1",
					 f->port);
				return 0;
			}
		}
		if (waitpid(f->pid, NULL, WNOHANG) == f->pid) {
			f->pid = 0;
			return -1;
		}
		sx_fixture_sleep_ms(20);
	}
	return -1;
}

static inline void sx_fixture_stop(sx_fixture *f)
{
	char cmd[700];
	if (f->pid > 0) {
		kill(f->pid, SIGTERM);
		waitpid(f->pid, NULL, 0);
		f->pid = 0;
	}
	if (f->dir[0]) {
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
		if (system(cmd) != 0)
			fprintf(stderr, "warning: cannot remove %s\n", f->dir);
		f->dir[0] = '\0';
	}
}

/* The recorded requests as a JSON array (caller frees), [] when none. */
static inline cJSON *sx_fixture_requests(const sx_fixture *f)
{
	cJSON *arr = cJSON_CreateArray();
	char *line = NULL;
	size_t cap = 0;
	FILE *fp = fopen(f->record, "r");
	if (!fp)
		return arr;
	while (getline(&line, &cap, fp) > 0) {
		cJSON *o = cJSON_Parse(line);
		if (o)
			cJSON_AddItemToArray(arr, o);
	}
	free(line);
	fclose(fp);
	return arr;
}

static inline int sx_fixture_count(const sx_fixture *f)
{
	cJSON *a = sx_fixture_requests(f);
	int n = cJSON_GetArraySize(a);
	cJSON_Delete(a);
	return n;
}

#endif
