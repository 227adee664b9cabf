/*
 * proc.c - a minimal private subprocess runner for the Python checks.
 *
 * Kept in this one file so that it can be replaced by core's sx_proc_run
 * when that lands. posix_spawn (no shell, argv as given), standard input
 * from a temporary file (so a child that exits early can never raise
 * SIGPIPE in this process), standard output and error through pipes read
 * with poll, a wall-clock timeout after which the child is killed, and
 * bounded capture (1 MiB per stream).
 */
#define _GNU_SOURCE /* posix_spawn_file_actions_addchdir_np (glibc 2.29+) */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "validate_int.h"

extern char **environ;

#define CAPTURE_MAX (1u << 20)

void sx__proc_result_release(sx__proc_result *r)
{
	if (!r)
		return;
	free(r->out);
	free(r->errout);
	memset(r, 0, sizeof *r);
}

static int stdin_file(const char *text, sx_error *err)
{
	char path[] = "/tmp/sx-stdin-XXXXXX";
	int fd = mkstemp(path);
	size_t len = text ? strlen(text) : 0, off = 0;
	if (fd < 0)
		return sx_error_set(err, SX_EIO, "cannot create a temporary file: %s", strerror(errno));
	unlink(path); /* gone when closed */
	while (off < len) {
		ssize_t w = write(fd, text + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			close(fd);
			return sx_error_set(err, SX_EIO, "cannot write a temporary file");
		}
		off += (size_t)w;
	}
	lseek(fd, 0, SEEK_SET);
	return fd;
}

int sx__proc_run(const char *const *argv, const char *cwd, const char *stdin_text,
		 long timeout_ms, sx__proc_result *res, sx_error *err)
{
	posix_spawn_file_actions_t fa;
	int outp[2] = {-1, -1}, errp[2] = {-1, -1}, in = -1, rc = 0, st = 0;
	pid_t pid = -1;
	sx_buf ob = SX_BUF_INIT, eb = SX_BUF_INIT;
	uint64_t deadline;

	memset(res, 0, sizeof *res);
	res->status = -1;
	if (access(argv[0], X_OK) != 0)
		return sx_error_set(err, SX_ENOTFOUND, "%s: not found", argv[0]);
	if ((in = stdin_file(stdin_text, err)) < 0)
		return in;
	if (pipe(outp) || pipe(errp)) {
		rc = sx_error_set(err, SX_EIO, "pipe: %s", strerror(errno));
		goto done;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in, 0);
	posix_spawn_file_actions_adddup2(&fa, outp[1], 1);
	posix_spawn_file_actions_adddup2(&fa, errp[1], 2);
	posix_spawn_file_actions_addclose(&fa, outp[0]);
	posix_spawn_file_actions_addclose(&fa, errp[0]);
	if (cwd)
		posix_spawn_file_actions_addchdir_np(&fa, cwd);
	st = posix_spawn(&pid, argv[0], &fa, NULL, (char *const *)argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(outp[1]);
	close(errp[1]);
	outp[1] = errp[1] = -1;
	if (st != 0) {
		pid = -1;
		rc = sx_error_set(err, SX_EIO, "cannot start %s: %s", argv[0], strerror(st));
		goto done;
	}
	deadline = sx_now_ns() + (uint64_t)(timeout_ms > 0 ? timeout_ms : 30000) * 1000000u;
	for (;;) {
		struct pollfd p[2] = {{outp[0], POLLIN, 0}, {errp[0], POLLIN, 0}};
		uint64_t now = sx_now_ns();
		int n, i, open = 0;
		char chunk[4096];
		for (i = 0; i < 2; i++)
			if (p[i].fd >= 0)
				open++;
		if (!open)
			break;
		if (now >= deadline) {
			res->timed_out = true;
			kill(pid, SIGKILL);
			break;
		}
		n = poll(p, 2, (int)((deadline - now) / 1000000u) + 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		for (i = 0; i < 2; i++) {
			int *fd = i ? &errp[0] : &outp[0];
			sx_buf *b = i ? &eb : &ob;
			ssize_t r;
			if (*fd < 0 || !(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			r = read(*fd, chunk, sizeof chunk);
			if (r > 0) {
				if (b->len < CAPTURE_MAX)
					sx_buf_put(b, chunk, (size_t)r);
			} else if (r == 0 || errno != EINTR) {
				close(*fd);
				*fd = -1;
			}
		}
	}
	{
		int ws = 0;
		while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
			;
		pid = -1;
		if (!res->timed_out && WIFEXITED(ws))
			res->status = WEXITSTATUS(ws);
	}
	res->out = sx_buf_detach(&ob);
	res->errout = sx_buf_detach(&eb);
	if (!res->out)
		res->out = sx_strdup("");
	if (!res->errout)
		res->errout = sx_strdup("");
	if (!res->out || !res->errout)
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
done:
	if (pid > 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	if (in >= 0)
		close(in);
	if (outp[0] >= 0)
		close(outp[0]);
	if (outp[1] >= 0)
		close(outp[1]);
	if (errp[0] >= 0)
		close(errp[0]);
	if (errp[1] >= 0)
		close(errp[1]);
	sx_buf_release(&ob);
	sx_buf_release(&eb);
	if (rc)
		sx__proc_result_release(res);
	return rc;
}
