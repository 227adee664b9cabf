/*
 * sextant/commands.h - the command table.
 *
 * Every action of Sextant is one entry here: name, options, a run function
 * that parses nothing itself (the table's option list is parsed for it),
 * calls the engine and returns a result object, and a text renderer for
 * that result. The CLI (`sextant <cmd>`), the TUI's `:` command line and
 * its key bindings all dispatch through this table, so every action exists
 * once and is testable without a terminal.
 *
 * Run functions may be called from a worker thread; they must not touch
 * any UI. They report progress and streamed text through the context.
 */
#ifndef SEXTANT_COMMANDS_H
#define SEXTANT_COMMANDS_H

#include <sextant/core.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	SX_OPT_FLAG = 0, /* --name */
	SX_OPT_STRING,   /* --name VALUE or --name=VALUE */
	SX_OPT_INT,
	SX_OPT_DOUBLE,
	SX_OPT_LIST      /* repeatable, or comma-separated */
} sx_opt_type;

typedef struct sx_opt {
	const char *name;     /* long name without "--" */
	char short_name;      /* 0 when none */
	sx_opt_type type;
	const char *metavar;  /* "DIR", "N", ... */
	const char *help;
} sx_opt;

/* Parsed arguments: positionals and option values (strings as given). */
typedef struct sx_args {
	size_t npos;
	char **pos;
	size_t nvals;
	struct sx_arg_val {
		const char *name;
		char *value;  /* "1" for flags */
	} *vals;
} sx_args;

void sx_args_release(sx_args *a);
/* The last value given for an option, or NULL. */
const char *sx_args_get(const sx_args *a, const char *name);
bool sx_args_flag(const sx_args *a, const char *name);
long sx_args_int(const sx_args *a, const char *name, long def);
double sx_args_double(const sx_args *a, const char *name, double def);
/* Every value of a list option, split on commas, as a NULL-terminated
 * heap array of heap strings (free with sx_strv_free). NULL when absent. */
char **sx_args_list(const sx_args *a, const char *name);
void sx_strv_free(char **v);

/* Streamed output kinds for ctx->stream. */
typedef enum {
	SX_STREAM_TEXT = 0,   /* normal text */
	SX_STREAM_REASONING,  /* a model's reasoning, shown dimmed */
	SX_STREAM_INFO        /* status lines */
} sx_stream_kind;

struct sx_config;

/* What a command runs with. The CLI and the TUI fill it in. */
typedef struct sx_cmd_ctx {
	const char *workspace_dir;  /* --workspace, or NULL for env/XDG */
	sx_config *config;          /* never NULL */
	const sx_progress *progress;/* may be NULL */
	bool json;                  /* the caller wants JSON */
	bool interactive;           /* stdin/stderr are a TTY, or the TUI */
	/* Streamed output (tokens, thoughts). NULL: the command buffers.
	 * When event is set too, the streamed text arrives there instead
	 * (SX_EV_TOKEN, SX_EV_REASONING, SX_EV_LOG) and this is not called:
	 * it then only says that the caller takes streamed output. */
	void (*stream)(void *payload, sx_stream_kind kind, const char *text,
		       size_t len);
	void *stream_payload;
	atomic_int *cancel;         /* optional cancel flag (atomic_load) */
	FILE *in;                   /* for commands that read stdin, or NULL */
	/* Typed events (core.h sx_event): steps, tokens, tool calls,
	 * artifacts, findings, scores, progress, logs. Called on the
	 * command's thread, or on its workers one call at a time (an emitter
	 * with several threads serialises its calls); the event and its
	 * strings are borrowed for the call (sx_event_dup keeps one). NULL:
	 * sx_cmd_emit falls back to stream and progress, and drops the kinds
	 * they cannot carry. */
	void (*event)(void *payload, const sx_event *ev);
	void *event_payload;
	/* Tags sx_cmd_emit puts on events that have none (may be NULL). An
	 * agent runs with its own copy of the context to set its name. */
	const char *run_id, *agent, *step_id;
	/* Answers to a run's questions (generate: SX_EV_AMBIGUITY, agents.h
	 * sx_pick_answer); NULL: the defaults are taken at once. */
	struct sx_pick *pick;
} sx_cmd_ctx;

/* Emitting events. Each helper builds an event with the context's tags
 * and calls ctx->event. Without one, the bridge keeps the older
 * interfaces working: tokens and reasoning go to ctx->stream as
 * SX_STREAM_TEXT and SX_STREAM_REASONING, log lines as SX_STREAM_INFO,
 * progress to ctx->progress; the other kinds are dropped. Strings are
 * borrowed for the call. */
void sx_cmd_emit(const sx_cmd_ctx *ctx, const sx_event *ev);
/* Streamed text of a stream kind (len bytes, no NUL needed): a token, a
 * reasoning delta or an info log line. */
void sx_cmd_emit_text(const sx_cmd_ctx *ctx, sx_stream_kind kind, const char *text,
		      size_t len);
void sx_cmd_emit_progress(const sx_cmd_ctx *ctx, const char *stage, int64_t done,
			  int64_t total);
void sx_cmd_emit_log(const sx_cmd_ctx *ctx, sx_log_level level, const char *fmt, ...)
	SX_PRINTF(3, 4);
/* A step of the run (ctx->step_id names it); ms once it ended. */
void sx_cmd_emit_step(const sx_cmd_ctx *ctx, sx_ev_status status, const char *title,
		      int64_t ms);
void sx_cmd_emit_tool(const sx_cmd_ctx *ctx, sx_ev_status status, const char *name,
		      const char *args, const char *result, int64_t ms);
void sx_cmd_emit_artifact(const sx_cmd_ctx *ctx, const char *kind, const char *name);
/* severity: sx_severity, category: sx_finding_cat (artifact.h). */
void sx_cmd_emit_finding(const sx_cmd_ctx *ctx, int severity, int category,
			 const char *rule, const char *message);
void sx_cmd_emit_score(const sx_cmd_ctx *ctx, double value, int iteration);
void sx_cmd_emit_iteration(const sx_cmd_ctx *ctx, int n, int max, const char *note);

enum {
	SX_CMD_TALKS_TO_MODEL = 1 << 1,  /* takes --base-url/--model/--provider */
	SX_CMD_HIDDEN = 1 << 2,          /* not listed in help */
	SX_CMD_STREAMS = 1 << 3,         /* produces output through ctx->stream */
	SX_CMD_GATED = 1 << 4            /* exit status 1 when the result says "passed": false */
};

typedef struct sx_cmd_entry {
	const char *name;
	const char *usage;     /* "SOURCE... [--ignore-declared-fks]" */
	const char *summary;   /* one line for the command list */
	const char *help;      /* a paragraph for --help, may be NULL */
	unsigned flags;
	const sx_opt *opts;    /* terminated by an entry with name NULL */
	size_t min_pos, max_pos; /* positional count bounds (SIZE_MAX: no max) */
	/* Runs the command. On success *result is a JSON object owned by the
	 * caller (may be NULL when the command only streamed). */
	int (*run)(sx_cmd_ctx *ctx, const sx_args *args, cJSON **result,
		   sx_error *err);
	/* Renders a result as human text (sanitized for a terminal). NULL:
	 * the JSON is printed indented. */
	void (*render)(const cJSON *result, sx_buf *out);
} sx_cmd_entry;

/* The table, NULL-terminated. Each entry is defined next to its code. */
extern const sx_cmd_entry *const sx_commands[];
/* Global options accepted by every command (workspace, json, config, ...). */
extern const sx_opt sx_global_opts[];
/* Options added to commands flagged SX_CMD_TALKS_TO_MODEL. */
extern const sx_opt sx_model_opts[];

const sx_cmd_entry *sx_cmd_find(const char *name);
/* Where the command word is when global options come first
 * (`sextant -w DIR analyze ...`): its index in argv, or 0 when argv[1] is
 * not a global option or no command follows the global options. */
int sx_cmd_locate(int argc, char *const *argv);
/* Parses argv (without the command name) against the entry's options and
 * the global options. SX_EUSAGE with a message on a bad option or count. */
int sx_cmd_parse(const sx_cmd_entry *e, int argc, char **argv, sx_args *out,
		 sx_error *err);
/* Splits a command line the way a POSIX shell would for words, single and
 * double quotes and backslashes (no expansion), for the TUI's ':' line.
 * *argv is a NULL-terminated heap array (sx_strv_free). */
int sx_cmd_split(const char *line, int *argc, char ***argv, sx_error *err);
/* Usage text for one command (or the whole list when e is NULL). */
void sx_cmd_usage(const sx_cmd_entry *e, sx_buf *out);
/* Applies --base-url/--model/--provider, SEXTANT_LLM_* and OPENAI_BASE_URL
 * to cfg in the precedence flag > env > config. */
void sx_cmd_apply_model_overrides(sx_config *cfg, const sx_args *args);

/* Runs a parsed command after applying the [llm] overrides to ctx->config
 * (the environment always, the model flags for SX_CMD_TALKS_TO_MODEL);
 * opens nothing itself. Exists so that the CLI and the TUI share error
 * handling. Returns the run code. */
int sx_cmd_run(const sx_cmd_entry *e, sx_cmd_ctx *ctx, const sx_args *args,
	       cJSON **result, sx_error *err);
/* Renders result with e->render or as indented JSON. */
void sx_cmd_render(const sx_cmd_entry *e, const cJSON *result, sx_buf *out);

/* Appends the version lines of `sextant --version`: Sextant's version and
 * git commit, then one line per linked library (libpq, SQLite, FAISS,
 * libcurl, libpg_query). The program adds its terminal libraries. */
void sx_cmd_version(sx_buf *out);

#ifdef __cplusplus
}
#endif
#endif
