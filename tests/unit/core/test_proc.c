/*
 * test_proc.c - unit tests of sx_proc_run: capture, caps, stdin, timeout,
 * cancel, exit status, missing programs, cwd/env, concurrent runs.
 * The children are real programs (/bin/sh, cat, python3); a shell appears
 * here only as a test child, never inside sx_proc_run.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <stdatomic.h>
#include <time.h>

#include "sx_test.h"

#include <sextant/core.h>

static int run_sh(sx_proc_result *res, const char *script, sx_error *err)
{
	const char *argv[] = {"/bin/sh", "-c", script, NULL};
	sx_proc_opts o = {.argv = argv};
	return sx_proc_run(res, &o, err);
}

static void test_echo_both_streams(void **state)
{
	sx_proc_result res;
	sx_error err = {0};
	(void)state;
	assert_int_equal(run_sh(&res, "echo hello; echo oops >&2", &err), 0);
	assert_string_equal(sx_buf_cstr(&res.out), "hello\n");
	assert_string_equal(sx_buf_cstr(&res.err), "oops\n");
	assert_int_equal(res.exit_code, 0);
	assert_int_equal(res.term_signal, 0);
	assert_false(res.out_truncated);
	assert_false(res.timed_out);
	sx_proc_result_release(&res);
}

static void test_exit_status_and_signal(void **state)
{
	sx_proc_result res;
	sx_error err = {0};
	(void)state;
	/* a failing child is a result, not an error */
	assert_int_equal(run_sh(&res, "echo partial; exit 7", &err), 0);
	assert_int_equal(res.exit_code, 7);
	assert_string_equal(sx_buf_cstr(&res.out), "partial\n");
	sx_proc_result_release(&res);
	assert_int_equal(run_sh(&res, "kill -KILL $$", &err), 0);
	assert_int_equal(res.exit_code, -1);
	assert_int_equal(res.term_signal, SIGKILL);
	sx_proc_result_release(&res);
}

static void test_large_output_over_cap(void **state)
{
	/* 4 MB on each stream, interleaved, so a reader that drained one
	 * stream at a time would deadlock on the other's full pipe */
	const char *argv[] = {"/bin/sh", "-c",
			      "i=0; while [ $i -lt 100 ]; do head -c 40000 /dev/zero;"
			      " head -c 40000 /dev/zero >&2; i=$((i+1)); done; echo done >&2",
			      NULL};
	sx_proc_opts o = {.argv = argv, .stdout_max = 1000, .stderr_max = 5000000};
	sx_proc_result res;
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_proc_run(&res, &o, &err), 0);
	assert_int_equal(res.out.len, 1000);
	assert_true(res.out_truncated);
	assert_int_equal(res.err.len, 4000005);
	assert_false(res.err_truncated);
	assert_memory_equal(res.err.ptr + res.err.len - 5, "done\n", 5);
	assert_int_equal(res.exit_code, 0);
	sx_proc_result_release(&res);
}

static void test_stdin_cat(void **state)
{
	const char *argv[] = {"cat", NULL};
	sx_proc_opts o = {.argv = argv, .stdin_data = "line one\nline two\n", .stdin_len = 18};
	sx_proc_result res;
	sx_error err = {0};
	size_t n = 3u << 20, i;
	char *big = malloc(n);
	(void)state;
	assert_int_equal(sx_proc_run(&res, &o, &err), 0);
	assert_string_equal(sx_buf_cstr(&res.out), "line one\nline two\n");
	sx_proc_result_release(&res);

	/* 3 MB through cat: we must read while we write */
	assert_non_null(big);
	for (i = 0; i < n; i++)
		big[i] = (char)('a' + i % 26);
	o.stdin_data = big;
	o.stdin_len = n;
	o.stdout_max = n;
	assert_int_equal(sx_proc_run(&res, &o, &err), 0);
	assert_int_equal(res.out.len, n);
	assert_memory_equal(res.out.ptr, big, n);
	sx_proc_result_release(&res);

	/* no stdin_data: stdin is /dev/null, cat ends at once */
	o.stdin_data = NULL;
	o.stdin_len = 0;
	assert_int_equal(sx_proc_run(&res, &o, &err), 0);
	assert_int_equal(res.out.len, 0);
	assert_int_equal(res.exit_code, 0);
	sx_proc_result_release(&res);
	free(big);
}

static void test_stdin_not_read(void **state)
{
	/* the child exits without reading 2 MB of stdin: EPIPE, no SIGPIPE */
	const char *argv[] = {"/bin/sh", "-c", "exit 0", NULL};
	size_t n = 2u << 20;
	char *big = calloc(1, n);
	sx_proc_opts o = {.argv = argv, .stdin_data = big, .stdin_len = n};
	sx_proc_result res;
	sx_error err = {0};
	sigset_t pending;
	(void)state;
	assert_non_null(big);
	assert_int_equal(sx_proc_run(&res, &o, &err), 0);
	assert_int_equal(res.exit_code, 0);
	sigpending(&pending);
	assert_false(sigismember(&pending, SIGPIPE));
	sx_proc_result_release(&res);
	free(big);
}

static void test_timeout_kills(void **state)
{
	const char *argv[] = {"sleep", "30", NULL};
	sx_proc_opts o = {.argv = argv, .timeout_ms = 200};
	sx_proc_result res;
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_proc_run(&res, &o, &err), SX_ETIMEOUT);
	assert_int_equal(err.code, SX_ETIMEOUT);
	assert_true(res.timed_out);
	assert_int_equal(res.term_signal, SIGTERM);
	assert_true(res.elapsed_ms >= 200);
	assert_true(res.elapsed_ms < 10000);
	assert_non_null(strstr(err.msg, "timed out"));
	sx_proc_result_release(&res);
}

/* 1 when pid is gone or a zombie */
static int gone(long pid)
{
	char path[64], buf[256];
	FILE *f;
	char *p;
	if (kill((pid_t)pid, 0) != 0 && errno == ESRCH)
		return 1;
	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	if (!(f = fopen(path, "r")))
		return 1;
	p = fgets(buf, sizeof buf, f);
	fclose(f);
	p = p ? strrchr(buf, ')') : NULL;
	return p && p[1] == ' ' && p[2] == 'Z';
}

static void test_timeout_kills_group_and_stubborn_child(void **state)
{
	/* the shell ignores SIGTERM (so does its sleep), and a background
	 * grandchild holds the pipes: SIGKILL to the whole group ends both */
	const char *argv[] = {"/bin/sh", "-c", "trap '' TERM; sleep 30 & echo $!; sleep 30", NULL};
	/* long enough for the shell to reach its trap on a loaded machine */
	sx_proc_opts o = {.argv = argv, .timeout_ms = 1500};
	sx_proc_result res;
	sx_error err = {0};
	long grandchild;
	int i;
	(void)state;
	assert_int_equal(sx_proc_run(&res, &o, &err), SX_ETIMEOUT);
	assert_int_equal(res.term_signal, SIGKILL);
	assert_true(res.elapsed_ms < 10000);
	grandchild = strtol(sx_buf_cstr(&res.out), NULL, 10);
	assert_true(grandchild > 1);
	for (i = 0; i < 200 && !gone(grandchild); i++)
		usleep(10000);
	assert_true(gone(grandchild));
	sx_proc_result_release(&res);
}

static void test_child_exits_grandchild_lingers(void **state)
{
	/* the child ends at once but leaves a sleeper holding stdout: the
	 * run returns after the pipe grace, not after 30 s */
	const char *argv[] = {"/bin/sh", "-c", "sleep 30 & echo started", NULL};
	sx_proc_opts o = {.argv = argv};
	sx_proc_result res;
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_proc_run(&res, &o, &err), 0);
	assert_int_equal(res.exit_code, 0);
	assert_string_equal(sx_buf_cstr(&res.out), "started\n");
	assert_true(res.elapsed_ms < 10000);
	sx_proc_result_release(&res);
}

static void *cancel_later(void *arg)
{
	usleep(200000);
	atomic_store((atomic_int *)arg, 1);
	return NULL;
}

static void test_cancel(void **state)
{
	const char *argv[] = {"sleep", "30", NULL};
	atomic_int flag = 0;
	sx_proc_opts o = {.argv = argv, .cancel = &flag, .timeout_ms = 20000};
	sx_proc_result res;
	sx_error err = {0};
	pthread_t t;
	(void)state;
	assert_int_equal(pthread_create(&t, NULL, cancel_later, &flag), 0);
	assert_int_equal(sx_proc_run(&res, &o, &err), SX_ECANCELLED);
	pthread_join(t, NULL);
	assert_true(res.cancelled);
	assert_false(res.timed_out);
	assert_int_equal(res.term_signal, SIGTERM);
	assert_true(res.elapsed_ms < 10000);
	sx_proc_result_release(&res);
}

static void test_missing_program(void **state)
{
	const char *argv[] = {"sx-no-such-program-xyz", "--help", NULL};
	const char *abs[] = {"/nonexistent/dir/prog", NULL};
	sx_proc_opts o = {.argv = argv};
	sx_proc_result res;
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_proc_run(&res, &o, &err), SX_ENOTFOUND);
	assert_non_null(strstr(err.msg, "sx-no-such-program-xyz"));
	assert_non_null(strstr(err.msg, "not found"));
	sx_proc_result_release(&res);
	o.argv = abs;
	assert_int_equal(sx_proc_run(&res, &o, &err), SX_ENOTFOUND);
	sx_proc_result_release(&res);
	/* a file without any execute bit (refused even to root) */
	{
		const char *dir = sx_test_tmpdir("proc-noexec");
		char path[600];
		const char *noexec[] = {path, NULL};
		FILE *f;
		snprintf(path, sizeof path, "%s/script", dir);
		assert_non_null(f = fopen(path, "w"));
		fputs("#!/bin/sh\necho no\n", f);
		fclose(f);
		chmod(path, 0644);
		o.argv = noexec;
		assert_int_equal(sx_proc_run(&res, &o, &err), SX_EAUTH);
		assert_non_null(strstr(err.msg, "permission denied"));
		sx_proc_result_release(&res);
		sx_test_rmrf(dir);
	}
	o.argv = NULL;
	assert_int_equal(sx_proc_run(&res, &o, &err), SX_EINVAL);
}

static void test_python3(void **state)
{
	const char *py = access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
	const char *argv[] = {py, "-c", "import sys, ast; ast.parse(sys.stdin.read()); print(sum(range(10)))",
			      NULL};
	const char *code = "def f(x):\n    return x + 1\n";
	sx_proc_opts o = {.argv = argv, .stdin_data = code, .stdin_len = strlen(code),
			  .timeout_ms = 30000};
	sx_proc_result res;
	sx_error err = {0};
	(void)state;
	assert_int_equal(sx_proc_run(&res, &o, &err), 0);
	assert_string_equal(sx_buf_cstr(&res.out), "45\n");
	assert_int_equal(res.exit_code, 0);
	sx_proc_result_release(&res);
	/* a syntax error: non-zero exit and a traceback on stderr */
	o.stdin_data = "def f(:\n";
	o.stdin_len = 8;
	assert_int_equal(sx_proc_run(&res, &o, &err), 0);
	assert_int_not_equal(res.exit_code, 0);
	assert_non_null(strstr(sx_buf_cstr(&res.err), "SyntaxError"));
	sx_proc_result_release(&res);
}

static void test_cwd_and_env(void **state)
{
	const char *dir = sx_test_tmpdir("proc");
	char real[1024], expect[1100];
	const char *argv[] = {"/bin/sh", "-c", "pwd -P; echo \"$SX_PROC_T|$HOME\"", NULL};
	const char *env[] = {"SX_PROC_T=forty two", "HOME=/sx-home", NULL};
	sx_proc_opts o = {.argv = argv, .cwd = dir, .env = env};
	sx_proc_result res;
	sx_error err = {0};
	(void)state;
	assert_non_null(realpath(dir, real));
	snprintf(expect, sizeof expect, "%s\nforty two|/sx-home\n", real);
	assert_int_equal(sx_proc_run(&res, &o, &err), 0);
	assert_string_equal(sx_buf_cstr(&res.out), expect);
	sx_proc_result_release(&res);
	/* a relative program path is taken from the child's directory */
	{
		char path[1100];
		const char *rel[] = {"./hello.sh", NULL};
		FILE *f;
		snprintf(path, sizeof path, "%s/hello.sh", dir);
		assert_non_null(f = fopen(path, "w"));
		fputs("#!/bin/sh\necho from-script\n", f);
		fclose(f);
		chmod(path, 0755);
		o.argv = rel;
		assert_int_equal(sx_proc_run(&res, &o, &err), 0);
		assert_string_equal(sx_buf_cstr(&res.out), "from-script\n");
		sx_proc_result_release(&res);
		o.argv = argv;
	}
	o.cwd = "/nonexistent/sx-dir";
	assert_int_equal(sx_proc_run(&res, &o, &err), SX_EINVAL);
	sx_proc_result_release(&res);
	sx_test_rmrf(dir);
}

struct par {
	int i, rc;
	char out[64];
};

static void *par_run(void *arg)
{
	struct par *p = arg;
	char script[64];
	sx_proc_result res;
	snprintf(script, sizeof script, "sleep 0.1; echo run-%d", p->i);
	p->rc = run_sh(&res, script, NULL);
	snprintf(p->out, sizeof p->out, "%s", sx_buf_cstr(&res.out));
	sx_proc_result_release(&res);
	return NULL;
}

static void test_concurrent_threads(void **state)
{
	struct par p[6];
	pthread_t t[6];
	char want[64];
	int i;
	(void)state;
	for (i = 0; i < 6; i++) {
		p[i].i = i;
		assert_int_equal(pthread_create(&t[i], NULL, par_run, &p[i]), 0);
	}
	for (i = 0; i < 6; i++) {
		pthread_join(t[i], NULL);
		snprintf(want, sizeof want, "run-%d\n", i);
		assert_int_equal(p[i].rc, 0);
		assert_string_equal(p[i].out, want);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_echo_both_streams),
		cmocka_unit_test(test_exit_status_and_signal),
		cmocka_unit_test(test_large_output_over_cap),
		cmocka_unit_test(test_stdin_cat),
		cmocka_unit_test(test_stdin_not_read),
		cmocka_unit_test(test_timeout_kills),
		cmocka_unit_test(test_timeout_kills_group_and_stubborn_child),
		cmocka_unit_test(test_child_exits_grandchild_lingers),
		cmocka_unit_test(test_cancel),
		cmocka_unit_test(test_missing_program),
		cmocka_unit_test(test_python3),
		cmocka_unit_test(test_cwd_and_env),
		cmocka_unit_test(test_concurrent_threads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
