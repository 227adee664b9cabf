/*
 * proc.c - the Python checks' subprocess calls, over core's sx_proc_run:
 * argv without a shell, the source on standard input, bounded capture
 * (1 MiB per stream), a wall-clock timeout after which the child's process
 * group is killed. A timeout is reported in the result (timed_out), not as
 * a failure: the validator turns it into a finding.
 */
#include <stdlib.h>
#include <string.h>

#include "validate_int.h"

#define CAPTURE_MAX (1u << 20)

void sx__proc_result_release(sx__proc_result *r)
{
	if (!r)
		return;
	free(r->out);
	free(r->errout);
	memset(r, 0, sizeof *r);
}

int sx__proc_run(const char *const *argv, const char *cwd, const char *stdin_text,
		 long timeout_ms, sx__proc_result *res, sx_error *err)
{
	sx_proc_opts o = {
		.argv = argv,
		.cwd = cwd,
		.stdin_data = stdin_text,
		.stdin_len = stdin_text ? strlen(stdin_text) : 0,
		.stdout_max = CAPTURE_MAX,
		.stderr_max = CAPTURE_MAX,
		.timeout_ms = timeout_ms > 0 ? (uint64_t)timeout_ms : 0,
	};
	sx_proc_result pr;
	int rc;

	memset(res, 0, sizeof *res);
	res->status = -1;
	rc = sx_proc_run(&pr, &o, err);
	if (rc == SX_ETIMEOUT) {
		res->timed_out = true;
		rc = 0;
	}
	if (!rc) {
		if (!res->timed_out && !pr.term_signal)
			res->status = pr.exit_code;
		res->out = sx_strdup(sx_buf_cstr(&pr.out));
		res->errout = sx_strdup(sx_buf_cstr(&pr.err));
		if (!res->out || !res->errout) {
			sx__proc_result_release(res);
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		}
	}
	sx_proc_result_release(&pr);
	return rc;
}
