/*
 * fuzz_argv.c - libFuzzer harness for command lines through the command
 * table (src/commands/commands.c): the input is split into words at NUL
 * bytes (as argv arrives) and, as a second reading, by sx_cmd_split (the
 * TUI ':' line's shell-like splitter). The first word picks a command
 * (by name, else by its first byte among the table); the rest goes through
 * sx_cmd_parse. Every parse must succeed or fail with a one-line message;
 * a successful parse must give back every option of the entry without
 * crashing, and sx_cmd_usage must render the entry.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/commands.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t ncommands(void)
{
	size_t n = 0;
	while (sx_commands[n])
		n++;
	return n;
}

static void parse_words(int argc, char **argv, unsigned pick)
{
	const sx_cmd_entry *e;
	sx_args args;
	sx_error err = {0};
	size_t i;

	if (argc < 1)
		return;
	e = sx_cmd_find(argv[0]);
	if (!e)
		e = sx_commands[pick % ncommands()];
	memset(&args, 0, sizeof args);
	if (sx_cmd_parse(e, argc - 1, argv + 1, &args, &err) == 0) {
		for (i = 0; e->opts && e->opts[i].name; i++) {
			(void)sx_args_get(&args, e->opts[i].name);
			(void)sx_args_flag(&args, e->opts[i].name);
			(void)sx_args_int(&args, e->opts[i].name, 0);
		}
		for (i = 0; i < args.npos; i++)
			if (!args.pos[i])
				abort();
		sx_args_release(&args);
	} else if (!err.msg[0] || strchr(err.msg, '\n')) {
		abort(); /* every refusal says why, on one line */
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf, **argv, **words = NULL;
	int argc = 0, nwords = 0;
	size_t i, start = 0;
	sx_error err = {0};
	unsigned pick = size ? data[0] : 0;

	if (size > 4096)
		return 0;
	buf = malloc(size + 1);
	argv = malloc((size + 2) * sizeof *argv);
	if (!buf || !argv)
		goto out;
	memcpy(buf, data, size);
	buf[size] = '\0';
	/* argv: words between NUL bytes */
	for (i = 0; i <= size; i++)
		if (buf[i] == '\0') {
			argv[argc++] = buf + start;
			start = i + 1;
		}
	argv[argc] = NULL;
	parse_words(argc, argv, pick);
	/* the ':' line: the text up to the first NUL */
	if (sx_cmd_split(buf, &nwords, &words, &err) == 0) {
		parse_words(nwords, words, pick);
		sx_strv_free(words);
	} else if (!err.msg[0] || strchr(err.msg, '\n')) {
		abort();
	}
	{
		sx_buf u = SX_BUF_INIT;
		sx_cmd_usage(sx_commands[pick % ncommands()], &u);
		sx_buf_release(&u);
	}
out:
	free(buf);
	free(argv);
	return 0;
}
