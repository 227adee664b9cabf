/*
 * log.c - the log file. Any thread may log; a mutex serialises writes.
 *
 * Logging never touches stdout or stderr: the CLI's stdout is data (JSON
 * for scripts) and the TUI owns the terminal.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sextant/core.h>

static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static FILE *log_file;
static char log_file_path[1024];
static sx_log_level log_min = SX_LOG_INFO;

int sx_log_open(const char *path, sx_log_level min, sx_error *err)
{
	char dir[1024], buf[1100];
	const char *env = getenv("SEXTANT_LOG");
	FILE *f;

	if (!path && env && *env)
		path = env;
	if (!path) {
		int rc;
		if (sx_path_data_dir(dir, sizeof dir))
			return sx_error_set(err, SX_EINVAL, "cannot find a data directory (HOME unset)");
		if ((rc = sx_mkdir_p(dir, err)))
			return rc;
		snprintf(buf, sizeof buf, "%s/sextant.log", dir);
		path = buf;
	}
	f = fopen(path, "a");
	if (!f)
		return sx_error_set(err, SX_EIO, "cannot open log '%s'", path);
	setvbuf(f, NULL, _IOLBF, 0);
	pthread_mutex_lock(&log_lock);
	if (log_file)
		fclose(log_file);
	log_file = f;
	log_min = min;
	snprintf(log_file_path, sizeof log_file_path, "%s", path);
	pthread_mutex_unlock(&log_lock);
	return 0;
}

void sx_log_close(void)
{
	pthread_mutex_lock(&log_lock);
	if (log_file)
		fclose(log_file);
	log_file = NULL;
	log_file_path[0] = '\0';
	pthread_mutex_unlock(&log_lock);
}

const char *sx_log_path(void)
{
	return log_file_path[0] ? log_file_path : NULL;
}

void sx_log(sx_log_level lvl, const char *fmt, ...)
{
	static const char *names[] = {"debug", "info", "warn", "error"};
	char stamp[32];
	va_list ap;

	if (lvl < log_min)
		return;
	pthread_mutex_lock(&log_lock);
	if (log_file) {
		sx_now_iso(stamp, sizeof stamp);
		fprintf(log_file, "%s %d %s: ", stamp, (int)getpid(), names[lvl]);
		va_start(ap, fmt);
		vfprintf(log_file, fmt, ap);
		va_end(ap);
		fputc('\n', log_file);
	}
	pthread_mutex_unlock(&log_lock);
}

void sx_log_notice(void *arg, const char *msg)
{
	char *clean = sx_sanitize(msg ? msg : "", false);
	(void)arg;
	sx_log(SX_LOG_INFO, "notice: %s", clean ? clean : "");
	free(clean);
}
