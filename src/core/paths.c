/*
 * paths.c - XDG directories, file helpers and clocks.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sextant/core.h>

static int xdg_dir(char *out, size_t n, const char *env, const char *fallback,
		   const char *leaf)
{
	const char *base = getenv(env), *home = getenv("HOME");
	int w;

	/* The XDG spec says relative values are invalid and must be ignored. */
	if (base && base[0] == '/')
		w = snprintf(out, n, "%s/%s", base, leaf);
	else if (home && *home)
		w = snprintf(out, n, "%s/%s/%s", home, fallback, leaf);
	else
		return SX_EINVAL;
	return (w < 0 || (size_t)w >= n) ? SX_EINVAL : 0;
}

int sx_path_config_dir(char *out, size_t n)
{
	return xdg_dir(out, n, "XDG_CONFIG_HOME", ".config", "sextant");
}

int sx_path_config_file(char *out, size_t n)
{
	char dir[1024];
	int w;
	if (sx_path_config_dir(dir, sizeof dir))
		return SX_EINVAL;
	w = snprintf(out, n, "%s/config.ini", dir);
	return (w < 0 || (size_t)w >= n) ? SX_EINVAL : 0;
}

int sx_path_data_dir(char *out, size_t n)
{
	return xdg_dir(out, n, "XDG_DATA_HOME", ".local/share", "sextant");
}

int sx_mkdir_p(const char *path, sx_error *err)
{
	char tmp[4096];
	size_t len = strlen(path), i;
	struct stat st;

	if (len == 0 || len >= sizeof tmp)
		return sx_error_set(err, SX_EINVAL, "bad directory path '%s'", path);
	memcpy(tmp, path, len + 1);
	for (i = 1; i <= len; i++) {
		if (tmp[i] != '/' && tmp[i] != '\0')
			continue;
		tmp[i] = '\0';
		if (mkdir(tmp, 0700) != 0 && errno != EEXIST)
			return sx_error_set(err, SX_EIO, "cannot create directory '%s': %s",
					    tmp, strerror(errno));
		if (i < len)
			tmp[i] = '/';
	}
	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
		return sx_error_set(err, SX_EIO, "'%s' is not a directory", path);
	return 0;
}

int sx_path_stem(const char *path, char *out, size_t n)
{
	const char *base = strrchr(path, '/'), *dot;
	size_t len;

	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	len = (dot && dot != base) ? (size_t)(dot - base) : strlen(base);
	if (len == 0 || len >= n)
		return SX_EINVAL;
	memcpy(out, base, len);
	out[len] = '\0';
	return 0;
}

int sx_file_read(const char *path, char **out, size_t *len, sx_error *err)
{
	FILE *f = fopen(path, "rb");
	sx_buf b = SX_BUF_INIT;
	char chunk[65536];
	size_t got;

	*out = NULL;
	if (!f)
		return sx_error_set(err, errno == ENOENT ? SX_ENOTFOUND : SX_EIO,
				    "cannot open '%s': %s", path, strerror(errno));
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		sx_buf_put(&b, chunk, got);
	if (ferror(f)) {
		fclose(f);
		sx_buf_release(&b);
		return sx_error_set(err, SX_EIO, "cannot read '%s'", path);
	}
	fclose(f);
	if (sx_buf_failed(&b) || sx_buf_grow(&b, 0)) {
		sx_buf_release(&b);
		return sx_error_set(err, SX_ENOMEM, "out of memory reading '%s'", path);
	}
	if (len)
		*len = b.len;
	*out = sx_buf_detach(&b);
	return 0;
}

int sx_file_write_atomic(const char *path, const void *data, size_t len, sx_error *err)
{
	char tmp[4200];
	int fd;
	const char *p = data;

	snprintf(tmp, sizeof tmp, "%s.tmp.%d", path, (int)getpid());
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		return sx_error_set(err, SX_EIO, "cannot write '%s': %s", tmp, strerror(errno));
	while (len > 0) {
		ssize_t w = write(fd, p, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			unlink(tmp);
			return sx_error_set(err, SX_EIO, "cannot write '%s': %s", tmp,
					    strerror(errno));
		}
		p += w;
		len -= (size_t)w;
	}
	if (fsync(fd) != 0 || close(fd) != 0) {
		unlink(tmp);
		return sx_error_set(err, SX_EIO, "cannot flush '%s'", tmp);
	}
	if (rename(tmp, path) != 0) {
		unlink(tmp);
		return sx_error_set(err, SX_EIO, "cannot rename to '%s': %s", path,
				    strerror(errno));
	}
	return 0;
}

uint64_t sx_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

void sx_now_iso(char *out, size_t n)
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}
