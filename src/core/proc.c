/*
 * proc.c - running a program and capturing what it says (sx_proc_run).
 *
 * The validators run python3 (AST checks) and pytest on generated code;
 * that code is untrusted, so a run must end no matter what the child does:
 * loop forever, fill its pipes, fork helpers, ignore SIGTERM.
 *
 * Design:
 *   - posix_spawn, never a shell and never a bare fork(): the engine is
 *     multi-threaded and spawn (vfork-like in glibc) runs nothing of ours
 *     in the child. The program is looked up in PATH first, here, so a
 *     missing one is a clear SX_ENOTFOUND before anything starts.
 *   - The child leads its own process group, so a timeout or cancel can
 *     signal the whole tree: SIGTERM, a grace period, then SIGKILL. The
 *     child's signal mask is emptied and every disposition reset: a TUI that
 *     ignores SIGPIPE must not hand that to pytest.
 *   - One poll() loop on the three pipes, all non-blocking, so a child that
 *     writes megabytes to both stdout and stderr while we still feed its
 *     stdin cannot deadlock with us. Output past the cap is read and
 *     dropped. The loop wakes at least every 50 ms to check the cancel flag,
 *     the deadline, and whether the child has exited.
 *   - The exit is observed with waitid(WNOWAIT): the zombie keeps the pid,
 *     hence the process-group id, from being reused until we have signalled
 *     any leftovers (a background grandchild still holding the pipes) and
 *     reaped it at the very end.
 *   - Thread safety: no global state; pipes are O_CLOEXEC and the spawn
 *     closes every fd above 2, so concurrent runs on other threads never
 *     leak descriptors into each other's children. SIGPIPE is blocked in
 *     the calling thread only, and a SIGPIPE raised by our own stdin write
 *     is consumed before the old mask comes back.
 */
#define _GNU_SOURCE /* posix_spawn_file_actions_addchdir_np, addclosefrom_np */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sextant/core.h>

extern char **environ;

#define TICK_MS 50          /* longest poll wait: cancel/exit latency */
#define TERM_GRACE_MS 500   /* SIGTERM -> SIGKILL */
#define PIPE_GRACE_MS 1000  /* child gone, a grandchild still holds a pipe */

struct run {
	const sx_proc_opts *o;
	sx_proc_result *res;
	pid_t pid;
	int in, out, err;    /* our ends; -1 once closed */
	size_t in_off;
	bool exited;         /* waitid saw the exit; not reaped yet */
	bool oom;
};

static void close_fd(int *fd)
{
	if (*fd >= 0) {
		close(*fd);
		*fd = -1;
	}
}

static void sleep_ms(unsigned ms)
{
	struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

/* The inherited environment with opts->env laid over it. *out is NULL when
 * there is nothing to add (use environ as it is); else a heap array whose
 * strings are borrowed. */
static int build_env(char ***out, const char *const *extra)
{
	size_t n = 0, k = 0, i, j;
	char **envp;

	*out = NULL;
	if (!extra || !extra[0])
		return 0;
	while (environ && environ[n])
		n++;
	for (j = 0; extra[j]; j++)
		;
	envp = sx_calloc(n + j + 1, sizeof *envp);
	if (!envp)
		return SX_ENOMEM;
	for (i = 0; i < n; i++) {
		size_t name = strcspn(environ[i], "=");
		bool replaced = false;
		for (j = 0; extra[j] && !replaced; j++)
			replaced = strncmp(extra[j], environ[i], name) == 0 && extra[j][name] == '=';
		if (!replaced)
			envp[k++] = environ[i];
	}
	for (j = 0; extra[j]; j++)
		envp[k++] = (char *)extra[j];
	envp[k] = NULL;
	*out = envp;
	return 0;
}

/* 0 when path is a regular file we may execute; else the reason. */
static int executable(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return errno == ENOENT || errno == ENOTDIR ? SX_ENOTFOUND : SX_EIO;
	if (!S_ISREG(st.st_mode))
		return SX_ENOTFOUND;
	return access(path, X_OK) == 0 ? 0 : SX_EAUTH;
}

/* The program's path, looked up in PATH here rather than left to the
 * spawn: the error is then the same whatever spawn does with a failed exec
 * (glibc reports it, valgrind's emulation runs the child as exit 127). */
static int resolve(const char *prog, const char *cwd, char *out, size_t n, sx_error *err)
{
	const char *path = getenv("PATH"), *p, *e;
	int rc = SX_ENOTFOUND, r;

	if (strchr(prog, '/')) {
		/* a relative path is relative to the child's directory */
		if (prog[0] != '/' && cwd)
			snprintf(out, n, "%s/%s", cwd, prog);
		else
			snprintf(out, n, "%s", prog);
		rc = executable(out);
	} else {
		if (!path || !*path)
			path = "/usr/local/bin:/usr/bin:/bin";
		for (p = path; rc && *p; p = *e ? e + 1 : e) {
			size_t len;
			e = p + strcspn(p, ":");
			len = (size_t)(e - p);
			/* an empty PATH entry means the current directory */
			if ((size_t)snprintf(out, n, "%.*s%s%s", (int)len, p, len ? "/" : "", prog) >= n)
				continue;
			r = executable(out);
			/* keep looking after a permission problem, report it if
			 * nothing better turns up (as execvp does) */
			if (r == 0 || (r == SX_EAUTH && rc == SX_ENOTFOUND))
				rc = r;
		}
	}
	if (rc == SX_ENOTFOUND)
		return sx_error_set(err, rc, "cannot run '%s': program not found", prog);
	if (rc == SX_EAUTH)
		return sx_error_set(err, rc, "cannot run '%s': permission denied", prog);
	if (rc)
		return sx_error_set(err, rc, "cannot run '%s': %s", prog, strerror(errno));
	return 0;
}

/* Sets up fds and attributes and spawns. Fills r->pid and the parent ends. */
static int spawn(struct run *r, const char *prog, char **envp, sx_error *err)
{
	const sx_proc_opts *o = r->o;
	int pin[2] = {-1, -1}, pout[2] = {-1, -1}, perr[2] = {-1, -1};
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t all, none;
	int e, rc = 0;

	if ((o->stdin_data && pipe2(pin, O_CLOEXEC) != 0) || pipe2(pout, O_CLOEXEC) != 0 ||
	    pipe2(perr, O_CLOEXEC) != 0) {
		rc = sx_error_set(err, SX_EIO, "cannot run '%s': cannot create pipes: %s", prog,
				  strerror(errno));
		goto done;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawnattr_init(&attr);
	sigfillset(&all);
	sigemptyset(&none);
	posix_spawnattr_setsigdefault(&attr, &all);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setpgroup(&attr, 0);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
						POSIX_SPAWN_SETSIGMASK);
	if (o->cwd)
		posix_spawn_file_actions_addchdir_np(&fa, o->cwd);
	if (o->stdin_data)
		posix_spawn_file_actions_adddup2(&fa, pin[0], 0);
	else
		posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, pout[1], 1);
	posix_spawn_file_actions_adddup2(&fa, perr[1], 2);
	/* fds other code opened without O_CLOEXEC stay out of the child */
	posix_spawn_file_actions_addclosefrom_np(&fa, 3);
	e = posix_spawn(&r->pid, prog, &fa, &attr, (char *const *)o->argv,
			 envp ? envp : environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	if (e == ENOENT || e == ENOTDIR)
		rc = sx_error_set(err, SX_ENOTFOUND, "cannot run '%s': program not found", prog);
	else if (e == EACCES || e == EPERM)
		rc = sx_error_set(err, SX_EAUTH, "cannot run '%s': permission denied", prog);
	else if (e == ENOMEM || e == EAGAIN)
		rc = sx_error_set(err, SX_ENOMEM, "cannot run '%s': %s", prog, strerror(e));
	else if (e)
		rc = sx_error_set(err, SX_EIO, "cannot run '%s': %s", prog, strerror(e));
	if (rc)
		r->pid = 0;
done:
	close_fd(&pin[0]);
	close_fd(&pout[1]);
	close_fd(&perr[1]);
	if (rc) {
		close_fd(&pin[1]);
		close_fd(&pout[0]);
		close_fd(&perr[0]);
		return rc;
	}
	r->in = pin[1];
	r->out = pout[0];
	r->err = perr[0];
	if (r->in >= 0)
		fcntl(r->in, F_SETFL, fcntl(r->in, F_GETFL) | O_NONBLOCK);
	fcntl(r->out, F_SETFL, fcntl(r->out, F_GETFL) | O_NONBLOCK);
	fcntl(r->err, F_SETFL, fcntl(r->err, F_GETFL) | O_NONBLOCK);
	if (r->in >= 0 && r->o->stdin_len == 0)
		close_fd(&r->in);
	return 0;
}

static void feed_stdin(struct run *r)
{
	const char *data = r->o->stdin_data;
	while (r->in >= 0 && r->in_off < r->o->stdin_len) {
		ssize_t w = write(r->in, data + r->in_off, r->o->stdin_len - r->in_off);
		if (w > 0) {
			r->in_off += (size_t)w;
		} else if (w < 0 && errno == EINTR) {
			continue;
		} else if (w < 0 && errno == EAGAIN) {
			return;
		} else {
			/* EPIPE: the child stopped reading; not our error */
			break;
		}
	}
	close_fd(&r->in);
}

/* Reads what is there; keeps up to cap bytes in b, drops the rest. */
static void drain(struct run *r, int *fd, sx_buf *b, size_t cap, bool *truncated)
{
	char chunk[16384];
	for (;;) {
		ssize_t n = read(*fd, chunk, sizeof chunk);
		if (n > 0) {
			size_t keep = b->len < cap ? cap - b->len : 0;
			if (keep > (size_t)n)
				keep = (size_t)n;
			if (keep && sx_buf_put(b, chunk, keep))
				r->oom = true;
			if (keep < (size_t)n)
				*truncated = true;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			return;
		close_fd(fd); /* EOF or a read error */
		return;
	}
}

/* Notes the child's exit without reaping it (see the design note). */
static void check_exit(struct run *r)
{
	siginfo_t si;
	if (r->exited)
		return;
	memset(&si, 0, sizeof si);
	if (waitid(P_PID, (id_t)r->pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0) {
		if (si.si_pid == r->pid)
			r->exited = true;
	} else if (errno == ECHILD) {
		r->exited = true; /* SIGCHLD ignored: the kernel reaped it */
	}
}

/* The main loop: feeds, drains, and returns when the child is gone and its
 * pipes are closed, or with SX_ETIMEOUT / SX_ECANCELLED. */
static int pump(struct run *r, uint64_t start)
{
	const sx_proc_opts *o = r->o;
	size_t out_cap = o->stdout_max ? o->stdout_max : SX_PROC_CAP_DEFAULT;
	size_t err_cap = o->stderr_max ? o->stderr_max : SX_PROC_CAP_DEFAULT;
	uint64_t deadline = o->timeout_ms ? start + o->timeout_ms * 1000000ull : 0;
	uint64_t exited_at = 0;

	for (;;) {
		struct pollfd p[3];
		int np = 0, wait_ms = TICK_MS, i;
		uint64_t now;

		check_exit(r);
		now = sx_now_ns();
		if (r->exited && !exited_at)
			exited_at = now;
		if (r->exited && r->in < 0 && r->out < 0 && r->err < 0)
			return 0;
		if (o->cancel && atomic_load(o->cancel))
			return SX_ECANCELLED;
		if (deadline && now >= deadline)
			return SX_ETIMEOUT;
		if (exited_at && now - exited_at >= PIPE_GRACE_MS * 1000000ull)
			return 0; /* leftovers hold the pipes: stop reading */
		if (deadline && (deadline - now) / 1000000 + 1 < (uint64_t)wait_ms)
			wait_ms = (int)((deadline - now) / 1000000 + 1);
		if (r->in >= 0)
			p[np++] = (struct pollfd){r->in, POLLOUT, 0};
		if (r->out >= 0)
			p[np++] = (struct pollfd){r->out, POLLIN, 0};
		if (r->err >= 0)
			p[np++] = (struct pollfd){r->err, POLLIN, 0};
		if (np == 0) {
			/* pipes closed, child still running: look again soon */
			sleep_ms(wait_ms < 10 ? (unsigned)wait_ms : 10);
			continue;
		}
		if (poll(p, (nfds_t)np, wait_ms) < 0) {
			if (errno == EINTR)
				continue;
			return SX_EIO;
		}
		for (i = 0; i < np; i++) {
			if (!p[i].revents)
				continue;
			if (p[i].fd == r->in)
				feed_stdin(r);
			else if (p[i].fd == r->out)
				drain(r, &r->out, &r->res->out, out_cap, &r->res->out_truncated);
			else if (p[i].fd == r->err)
				drain(r, &r->err, &r->res->err, err_cap, &r->res->err_truncated);
		}
	}
}

/* SIGTERM to the group, a grace period, then SIGKILL. */
static void stop_group(struct run *r)
{
	uint64_t until;
	if (r->exited)
		return;
	kill(-r->pid, SIGTERM);
	until = sx_now_ns() + TERM_GRACE_MS * 1000000ull;
	while (!r->exited && sx_now_ns() < until) {
		sleep_ms(10);
		check_exit(r);
	}
	if (!r->exited)
		kill(-r->pid, SIGKILL);
}

static void reap(struct run *r)
{
	int status;
	pid_t w;
	do
		w = waitpid(r->pid, &status, 0);
	while (w < 0 && errno == EINTR);
	if (w != r->pid)
		return;
	if (WIFEXITED(status))
		r->res->exit_code = WEXITSTATUS(status);
	else if (WIFSIGNALED(status))
		r->res->term_signal = WTERMSIG(status);
}

void sx_proc_result_release(sx_proc_result *res)
{
	if (!res)
		return;
	sx_buf_release(&res->out);
	sx_buf_release(&res->err);
}

int sx_proc_run(sx_proc_result *res, const sx_proc_opts *opts, sx_error *err)
{
	struct run r = {0};
	char **envp = NULL;
	sigset_t pipe_set, old_mask, pending;
	bool pipe_was_pending;
	uint64_t start = sx_now_ns();
	struct stat st;
	char prog[4096];
	int rc;

	memset(res, 0, sizeof *res);
	res->exit_code = -1;
	if (!opts || !opts->argv || !opts->argv[0] || !opts->argv[0][0])
		return sx_error_set(err, SX_EINVAL, "cannot run a program: no argv");
	if (opts->cwd && (stat(opts->cwd, &st) != 0 || !S_ISDIR(st.st_mode)))
		return sx_error_set(err, SX_EINVAL, "cannot run '%s': '%s' is not a directory",
				    opts->argv[0], opts->cwd);
	if (build_env(&envp, opts->env))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	r.o = opts;
	r.res = res;
	r.in = r.out = r.err = -1;

	/* a write to a closed stdin pipe must give EPIPE, not kill us */
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	sigpending(&pending);
	pipe_was_pending = sigismember(&pending, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_set, &old_mask);

	rc = resolve(opts->argv[0], opts->cwd, prog, sizeof prog, err);
	if (!rc)
		rc = spawn(&r, prog, envp, err);
	free(envp);
	if (rc)
		goto restore;
	rc = pump(&r, start);
	if (rc == SX_ECANCELLED)
		res->cancelled = true;
	else if (rc == SX_ETIMEOUT)
		res->timed_out = true;
	stop_group(&r);
	/* a grandchild may outlive the child and still hold our pipes; the
	 * unreaped zombie keeps the group id from being reused meanwhile */
	if (r.out >= 0 || r.err >= 0 || r.in >= 0 || rc)
		kill(-r.pid, SIGKILL);
	close_fd(&r.in);
	close_fd(&r.out);
	close_fd(&r.err);
	reap(&r);
	if (rc == SX_ECANCELLED)
		sx_error_set(err, rc, "'%s' cancelled", opts->argv[0]);
	else if (rc == SX_ETIMEOUT)
		sx_error_set(err, rc, "'%s' timed out after %llu ms", opts->argv[0],
			     (unsigned long long)opts->timeout_ms);
	else if (rc)
		sx_error_set(err, rc, "'%s': poll on its output failed", opts->argv[0]);
	else if (r.oom)
		rc = sx_error_set(err, SX_ENOMEM, "out of memory capturing output of '%s'",
				  opts->argv[0]);

restore:
	if (!pipe_was_pending) {
		/* drop the SIGPIPE our own stdin write raised, if any */
		struct timespec zero = {0, 0};
		sigpending(&pending);
		if (sigismember(&pending, SIGPIPE))
			sigtimedwait(&pipe_set, NULL, &zero);
	}
	pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
	res->elapsed_ms = (sx_now_ns() - start) / 1000000;
	return rc;
}
