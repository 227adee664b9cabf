/*
 * error.c - sx_error: a code and a message in a fixed buffer.
 *
 * Errors never allocate, so they can be filled on an out-of-memory path and
 * copied by value into events that cross threads.
 */
#include <stdio.h>
#include <string.h>

#include <sextant/core.h>

int sx_error_setv(sx_error *err, int code, const char *fmt, va_list ap)
{
	if (err) {
		err->code = code;
		err->flags = 0;
		vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	}
	return code;
}

int sx_error_set(sx_error *err, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sx_error_setv(err, code, fmt, ap);
	va_end(ap);
	return code;
}

int sx_error_prefix(sx_error *err, const char *fmt, ...)
{
	char pre[SX_ERROR_MSG_MAX], old[SX_ERROR_MSG_MAX];
	va_list ap;

	if (!err)
		return SX_ERROR;
	va_start(ap, fmt);
	vsnprintf(pre, sizeof pre, fmt, ap);
	va_end(ap);
	memcpy(old, err->msg, sizeof old);
	old[sizeof old - 1] = '\0';
	snprintf(err->msg, sizeof err->msg, "%s: %s", pre, old);
	return err->code;
}

void sx_error_clear(sx_error *err)
{
	if (err) {
		err->code = SX_OK;
		err->msg[0] = '\0';
		err->flags = 0;
	}
}

const char *sx_error_name(int code)
{
	switch (code) {
	case SX_OK: return "ok";
	case SX_ENOMEM: return "nomem";
	case SX_EINVAL: return "invalid";
	case SX_ENOTFOUND: return "notfound";
	case SX_EIO: return "io";
	case SX_ECORRUPT: return "corrupt";
	case SX_EBUSY: return "busy";
	case SX_EAUTH: return "auth";
	case SX_ETIMEOUT: return "timeout";
	case SX_ECANCELLED: return "cancelled";
	case SX_EUSAGE: return "usage";
	case SX_EEMPTY: return "empty";
	case SX_EPARSE: return "parse";
	case SX_EUNSUPPORTED: return "unsupported";
	default: return "error";
	}
}
