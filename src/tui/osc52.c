/*
 * osc52.c - the OSC 52 escape sequence that sets the terminal's clipboard.
 *
 * ESC ] 52 ; c ; <base64> BEL. It works over SSH because the terminal on
 * the user's desk does the copying, which is why `y` uses it. Inside tmux
 * the sequence reaches tmux itself (which keeps it as a paste buffer with
 * `set-clipboard on` and forwards it); under GNU screen, or when asked in
 * config ([ui] osc52_passthrough), it is wrapped in a DCS passthrough.
 * Pure, any thread.
 */
#include <string.h>

#include "tui_int.h"

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int tui_osc52(const char *text, size_t n, bool tmux_wrap, sx_buf *out)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i;

	sx_buf_puts(out, tmux_wrap ? "\033Ptmux;\033\033]52;c;" : "\033]52;c;");
	for (i = 0; i + 2 < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];
		char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], b64[(v >> 6) & 63], b64[v & 63]};
		sx_buf_put(out, q, 4);
	}
	if (n - i == 1) {
		unsigned v = (unsigned)p[i] << 16;
		char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], '=', '='};
		sx_buf_put(out, q, 4);
	} else if (n - i == 2) {
		unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8;
		char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], b64[(v >> 6) & 63], '='};
		sx_buf_put(out, q, 4);
	}
	sx_buf_puts(out, tmux_wrap ? "\a\033\\" : "\a");
	return sx_buf_failed(out) ? SX_ENOMEM : 0;
}
