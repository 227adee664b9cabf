/*
 * fuzz_config.c - libFuzzer harness for the config file (sx_config_load_string,
 * src/core/config.c) and theme files (tui_theme_parse, src/tui/theme.c),
 * which share the INI reader. Any bytes: each must load or fail with a
 * one-line message; a loaded config must give back every key it lists
 * (sx_config_next and sx_config_get agree), and a parsed theme keeps its
 * name NUL-terminated.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tui/tui_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const sections[] = {"llm", "ui", "map", "search", "theme", "styles",
				       "keys", "workspace", "validate", NULL};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	sx_config *cfg = NULL;
	sx_error err = {0};
	tui_theme th;
	size_t i;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0'; /* the readers take C strings: the text up to a NUL */
	if (sx_config_load_string(&cfg, text, &err) == 0) {
		for (i = 0; sections[i]; i++) {
			size_t it = 0;
			const char *k, *v;
			while (sx_config_next(cfg, sections[i], &it, &k, &v)) {
				const char *g = sx_config_get(cfg, sections[i], k, NULL);
				if (!g)
					abort(); /* a listed key must be found */
				(void)sx_config_get_bool(cfg, sections[i], k, false);
			}
		}
		sx_config_free(cfg);
	} else if (!err.msg[0] || strchr(err.msg, '\n')) {
		abort();
	}
	memset(&th, 0, sizeof th);
	memset(&err, 0, sizeof err);
	if (tui_theme_parse(&th, text, "fuzz", &err) == 0) {
		if (strnlen(th.name, sizeof th.name) == sizeof th.name)
			abort();
	} else if (!err.msg[0] || strchr(err.msg, '\n')) {
		abort();
	}
	free(text);
	return 0;
}
