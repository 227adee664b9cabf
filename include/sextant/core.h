/*
 * sextant/core.h - errors, strings, vectors, arena, logging, paths, config,
 * event queue, JSON helpers and subprocesses.
 *
 * Everything here is thread-safe unless a function says otherwise: the log
 * and the event queue take their own locks; the other objects belong to one
 * thread at a time.
 *
 * Conventions used by every public header of Sextant:
 *   - functions that can fail return int: 0 on success, a negative SX_E*
 *     code on failure, and fill the caller's sx_error (which may be NULL);
 *   - objects returned through `T **out` belong to the caller and are
 *     released with the matching _free function; _free(NULL) is a no-op;
 *   - plain returned pointers are borrowed from their parent object.
 */
#ifndef SEXTANT_CORE_H
#define SEXTANT_CORE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#ifdef __cplusplus
/* The one C++ file (search's faiss wrapper) sees cancel flags with the same
 * layout: std::atomic<int> is C11's atomic_int on gcc and clang. */
#include <atomic>
typedef std::atomic<int> atomic_int;
#else
#include <stdatomic.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define SX_VERSION "0.1.0"

#if defined(__GNUC__)
#define SX_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define SX_PRINTF(f, a)
#endif

/* ------------------------------------------------------------------ errors */

/* Error codes. 0 is success; every failure is negative. */
enum {
	SX_OK = 0,
	SX_ERROR = -1,      /* generic failure */
	SX_ENOMEM = -2,     /* out of memory */
	SX_EINVAL = -3,     /* bad argument or bad input */
	SX_ENOTFOUND = -4,  /* a named thing does not exist */
	SX_EIO = -5,        /* file or network I/O failed */
	SX_ECORRUPT = -6,   /* a file is damaged or of the wrong kind */
	SX_EBUSY = -7,      /* locked by someone else */
	SX_EAUTH = -8,      /* authentication or permission refused */
	SX_ETIMEOUT = -9,   /* a time limit was hit */
	SX_ECANCELLED = -10,/* the user cancelled */
	SX_EUSAGE = -11,    /* command-line misuse (exit code 2) */
	SX_EEMPTY = -12,    /* nothing to work on (empty database, empty file) */
	SX_EPARSE = -13,    /* syntax error in input text */
	SX_EUNSUPPORTED = -14 /* the server or build lacks a feature */
};

#define SX_ERROR_MSG_MAX 512

/* A failure's code and a human message. The message lives in a fixed
 * buffer so an error can be filled without allocating and can travel
 * inside events by value. Message style: lowercase, no final period, the
 * subject in quotes, what failed first ("cannot open 'x.db': ..."). */
typedef struct sx_error {
	int code;
	char msg[SX_ERROR_MSG_MAX];
	unsigned flags;  /* SX_ERRF_*: what a caller may do about it */
} sx_error;

/* The workspace file itself is damaged (SX_ECORRUPT from the store):
 * `sextant workspace rebuild` can move it aside. Set by the store, so that
 * callers need not read the message; a damaged source is not flagged. */
#define SX_ERRF_REBUILD 0x1u

/* Fills err (which may be NULL) and returns code, so callers can write
 * `return sx_error_set(err, SX_EIO, "cannot read '%s'", path);`. A new
 * error clears the flags; sx_error_prefix keeps them. */
int sx_error_set(sx_error *err, int code, const char *fmt, ...) SX_PRINTF(3, 4);
int sx_error_setv(sx_error *err, int code, const char *fmt, va_list ap);
/* Prepends "context: " to an existing message, keeping the code. */
int sx_error_prefix(sx_error *err, const char *fmt, ...) SX_PRINTF(2, 3);
void sx_error_clear(sx_error *err);
/* A short fixed name for a code ("io", "auth", ...). */
const char *sx_error_name(int code);

/* ------------------------------------------------------------------ memory */

/* Allocation wrappers: abort-free, they return NULL on failure. A test hook
 * (sx_alloc_fail_after) makes the n-th next allocation fail, for the
 * allocation-failure tests of the parsers. */
void *sx_malloc(size_t n);
void *sx_calloc(size_t n, size_t size);
void *sx_realloc(void *p, size_t n);
char *sx_strdup(const char *s);
char *sx_strndup(const char *s, size_t n);
void sx_alloc_fail_after(long n); /* -1 disables */

/* Grows *data (elements of `size` bytes, capacity *cap) to hold `need`
 * elements. Returns 0 or SX_ENOMEM, leaving *data intact on failure. */
int sx_grow(void **data, size_t *cap, size_t need, size_t size);

/* A typed growable array: SX_VEC(int) v = {0}; SX_VEC_PUSH(&v, 3). */
#define SX_VEC(T)                                                              \
	struct {                                                               \
		T *v;                                                          \
		size_t n, cap;                                                 \
	}
#define SX_VEC_RESERVE(vec, need)                                              \
	sx_grow((void **)&(vec)->v, &(vec)->cap, (need), sizeof *(vec)->v)
#define SX_VEC_PUSH(vec, x)                                                    \
	(SX_VEC_RESERVE((vec), (vec)->n + 1) ? SX_ENOMEM                       \
					     : ((vec)->v[(vec)->n++] = (x), 0))
#define SX_VEC_FREE(vec)                                                       \
	do {                                                                   \
		free((vec)->v);                                                \
		(vec)->v = NULL;                                               \
		(vec)->n = (vec)->cap = 0;                                     \
	} while (0)

/* An arena: many small allocations freed together. Used by the catalog,
 * whose strings all die with it. Not thread-safe. */
typedef struct sx_arena sx_arena;
sx_arena *sx_arena_new(void);
void sx_arena_free(sx_arena *a);
void *sx_arena_alloc(sx_arena *a, size_t n); /* 16-byte aligned, zeroed */
char *sx_arena_strdup(sx_arena *a, const char *s); /* NULL in, NULL out */
char *sx_arena_strndup(sx_arena *a, const char *s, size_t n);
char *sx_arena_printf(sx_arena *a, const char *fmt, ...) SX_PRINTF(2, 3);
size_t sx_arena_used(const sx_arena *a);
/* Moves every block of src into dst and frees src's handle. */
void sx_arena_adopt(sx_arena *dst, sx_arena *src);

/* ------------------------------------------------------------------ strings */

/* A growable NUL-terminated byte string. sx_buf b = SX_BUF_INIT.
 * After an allocation failure the buffer is marked failed, further appends
 * are ignored and sx_buf_failed() tells; callers check once at the end. */
typedef struct sx_buf {
	char *ptr;
	size_t len, cap;
	bool oom;
} sx_buf;
#define SX_BUF_INIT {NULL, 0, 0, false}

void sx_buf_release(sx_buf *b);
void sx_buf_clear(sx_buf *b);
int sx_buf_grow(sx_buf *b, size_t extra);
int sx_buf_put(sx_buf *b, const void *data, size_t n);
int sx_buf_puts(sx_buf *b, const char *s);
int sx_buf_putc(sx_buf *b, char c);
int sx_buf_printf(sx_buf *b, const char *fmt, ...) SX_PRINTF(2, 3);
int sx_buf_vprintf(sx_buf *b, const char *fmt, va_list ap);
/* A pointer to the text, "" when empty; never NULL. */
const char *sx_buf_cstr(const sx_buf *b);
/* Hands the heap string to the caller (who frees it) and resets b. */
char *sx_buf_detach(sx_buf *b);
bool sx_buf_failed(const sx_buf *b);

/* Appends s to b with control and escape characters made harmless:
 * C0/C1 controls (ESC included), DEL, bidi overrides and invalid UTF-8
 * bytes become '?', CR is dropped, newlines and tabs are kept only when
 * keep_newlines (else they become spaces). Every string that came from a database, a file
 * or a model passes through this before it reaches a terminal. */
int sx_buf_put_sanitized(sx_buf *b, const char *s, size_t n, bool keep_newlines);
/* Returns a sanitized heap copy (caller frees), or NULL on OOM. */
char *sx_sanitize(const char *s, bool keep_newlines);

bool sx_str_startswith(const char *s, const char *prefix);
bool sx_str_endswith(const char *s, const char *suffix);
bool sx_str_eq_nocase(const char *a, const char *b); /* ASCII folding */
/* True when the n bytes at s are valid UTF-8. */
bool sx_utf8_valid(const char *s, size_t n);
/* Display width in terminal cells of valid UTF-8 (wide CJK = 2). */
size_t sx_utf8_width(const char *s);
/* 64-bit FNV-1a hash. */
uint64_t sx_hash64(const void *data, size_t n);

/* A hash map from strings to pointers (open addressing, FNV-1a). Keys are
 * borrowed: they must outlive the map (arena strings usually do). */
typedef struct sx_hmap sx_hmap;
sx_hmap *sx_hmap_new(size_t hint);
void sx_hmap_free(sx_hmap *m);
/* Inserts or replaces. SX_ENOMEM on failure. */
int sx_hmap_put(sx_hmap *m, const char *key, void *val);
void *sx_hmap_get(const sx_hmap *m, const char *key);
void *sx_hmap_getn(const sx_hmap *m, const char *key, size_t len);
size_t sx_hmap_count(const sx_hmap *m);
/* Iterates entries; *iter starts at 0. Returns false at the end. */
bool sx_hmap_next(const sx_hmap *m, size_t *iter, const char **key, void **val);

/* The unified diff of two texts (3 lines of context, `---`/`+++` headers
 * naming name_a and name_b), appended to out. Empty when they are equal.
 * SX_ENOMEM on failure. Pure, any thread. */
int sx_diff_unified(const char *a, const char *b, const char *name_a, const char *name_b,
		    sx_buf *out);

/* ------------------------------------------------------------------ logging */

typedef enum { SX_LOG_DEBUG, SX_LOG_INFO, SX_LOG_WARN, SX_LOG_ERROR } sx_log_level;

/* Opens the log file (appends). path NULL uses $SEXTANT_LOG, else
 * <data dir>/sextant.log. Logging never writes to stdout or stderr; before
 * sx_log_open, or when the file cannot be opened, messages are dropped. */
int sx_log_open(const char *path, sx_log_level min, sx_error *err);
void sx_log_close(void);
void sx_log(sx_log_level lvl, const char *fmt, ...) SX_PRINTF(2, 3);
/* A library's notice callback (libpq's PQsetNoticeProcessor; arg
 * unused): the server's notices and warnings go to the log, sanitized,
 * since the default prints them raw on stderr, which may be the terminal
 * the TUI draws on. */
void sx_log_notice(void *arg, const char *msg);
#define sx_debug(...) sx_log(SX_LOG_DEBUG, __VA_ARGS__)
#define sx_info(...) sx_log(SX_LOG_INFO, __VA_ARGS__)
#define sx_warn(...) sx_log(SX_LOG_WARN, __VA_ARGS__)
/* The path of the open log, or NULL. */
const char *sx_log_path(void);

/* ------------------------------------------------------------------ paths */

/* XDG locations. Each writes into out (size n) and returns 0, or
 * SX_EINVAL when no HOME is known or the path does not fit. */
int sx_path_config_dir(char *out, size_t n);   /* $XDG_CONFIG_HOME/sextant */
int sx_path_config_file(char *out, size_t n);  /* .../config.ini */
int sx_path_data_dir(char *out, size_t n);     /* $XDG_DATA_HOME/sextant */
/* mkdir -p with mode 0700 for new directories. */
int sx_mkdir_p(const char *path, sx_error *err);
/* The last path component without its extension ("/a/b.sqlite" -> "b"). */
int sx_path_stem(const char *path, char *out, size_t n);
/* Reads a whole file into a NUL-terminated heap buffer. */
int sx_file_read(const char *path, char **out, size_t *len, sx_error *err);
/* Writes data to path atomically (temp file + rename). */
int sx_file_write_atomic(const char *path, const void *data, size_t len, sx_error *err);
/* Monotonic clock in nanoseconds. */
uint64_t sx_now_ns(void);
/* Wall clock as ISO-8601 UTC "2026-01-02T03:04:05Z" into out (>= 21). */
void sx_now_iso(char *out, size_t n);

/* ------------------------------------------------------------------ config */

/* Configuration: INI sections and keys read with inih. Every key read by
 * the code is documented in docs/config.md (a unit test checks this). */
typedef struct sx_config sx_config;

/* Loads path (NULL: the XDG config file). A missing file is not an error:
 * the result is an empty config. A syntax error is (SX_EPARSE, with line). */
int sx_config_load(sx_config **out, const char *path, sx_error *err);
int sx_config_load_string(sx_config **out, const char *text, sx_error *err);
void sx_config_free(sx_config *cfg);
/* Values are borrowed; def is returned when the key is missing. */
const char *sx_config_get(const sx_config *cfg, const char *section,
			  const char *key, const char *def);
long sx_config_get_int(const sx_config *cfg, const char *section,
		       const char *key, long def);
double sx_config_get_double(const sx_config *cfg, const char *section,
			    const char *key, double def);
bool sx_config_get_bool(const sx_config *cfg, const char *section,
			const char *key, bool def);
/* Sets (or overrides) a value; used for flags and env overrides. */
int sx_config_set(sx_config *cfg, const char *section, const char *key,
		  const char *value);
/* Iterates keys of one section in file order; returns false at the end.
 * *iter starts at 0. */
bool sx_config_next(const sx_config *cfg, const char *section, size_t *iter,
		    const char **key, const char **value);
const char *sx_config_path(const sx_config *cfg); /* NULL when none */

/* ------------------------------------------------------------------ events */

/* Events. One struct serves two purposes:
 *
 * - the element of the event queue below (worker threads post, the UI
 *   thread drains): type, code, a, b, text, payload;
 * - a typed event that a command or an agent emits through
 *   sx_cmd_ctx.event (commands.h): a step, a token, a tool call, an
 *   artifact, a finding, a score, an iteration, progress or a log line,
 *   tagged with the run, the agent and the step it belongs to.
 *
 * Ownership: an event handed to a callback is borrowed, with every string
 * in it, for the duration of the call. sx_event_dup makes a deep copy that
 * owns all its strings; sx_evq_pop returns events that own theirs. Both
 * are freed with sx_event_free, which frees every string field. */
typedef enum {
	SX_EV_NONE = 0,
	SX_EV_PROGRESS,   /* text = stage, a = done, b = total */
	SX_EV_LOG,        /* text = message, u.log.level */
	SX_EV_DONE,       /* a job finished: a = job id, code = result */
	SX_EV_TOKEN,      /* streamed answer text: a = stream id, text = delta */
	SX_EV_REASONING,  /* streamed reasoning: a = stream id, text = delta */
	SX_EV_STEP,       /* text = title, u.step */
	SX_EV_TOOL,       /* u.tool */
	SX_EV_ARTIFACT,   /* u.artifact */
	SX_EV_FINDING,    /* text = message, u.finding */
	SX_EV_SCORE,      /* u.score */
	SX_EV_ITERATION,  /* text = optional note, u.iteration */
	SX_EV_AMBIGUITY,  /* text = question, a = its number in the run,
			   * u.ambiguity */
	SX_EV_USER = 100  /* modules define their own from here */
} sx_event_type;

/* Where a step or a tool call stands. */
typedef enum {
	SX_EVS_STARTED = 0,
	SX_EVS_FINISHED,
	SX_EVS_FAILED
} sx_ev_status;

typedef struct sx_event {
	int type;          /* sx_event_type, or a module's own from SX_EV_USER */
	int code;          /* 0 or an SX_E* code */
	int64_t a, b;
	const char *text;  /* see the ownership note above */
	void *payload;     /* owned by a queued event, freed with payload_free;
			    * never copied by sx_event_dup */
	void (*payload_free)(void *payload);
	struct sx_event *next; /* queue link, private */

	/* Typed events. Tags may be NULL. */
	const char *run;   /* run id */
	const char *agent; /* "planner", "critic", ... */
	const char *step;  /* step id within the run */
	size_t len;        /* bytes of text when it is not NUL-terminated (a
			    * token delta); 0: text is a C string */
	union {
		struct { int level; } log;           /* sx_log_level */
		struct {
			sx_ev_status status;
			int64_t ms;                  /* duration once finished/failed */
		} step;
		struct {
			sx_ev_status status;
			int64_t ms;
			const char *name;            /* "search_tables" */
			const char *args;            /* a one-line summary, may be NULL */
			const char *result;          /* a one-line summary, may be NULL */
		} tool;
		struct {
			const char *kind;            /* "select_sql" (artifact.h names) */
			const char *name;            /* "daily_sales" */
		} artifact;
		struct {
			int severity;                /* sx_severity (artifact.h) */
			int category;                /* sx_finding_cat (artifact.h) */
			const char *rule;            /* "sql.unknown-column" */
		} finding;
		struct {
			double value;
			int iteration;
		} score;
		struct {
			int n;                       /* 1-based */
			int max;                     /* 0: unbounded */
		} iteration;
		struct {
			const char *options;         /* one option a line ('\n') */
			int dflt;                    /* 0-based: the planner's reading */
			int timeout_ms;              /* 0: no one is asked */
		} ambiguity;
	} u;
} sx_event;

/* "progress", "log", "done", "token", "step", "tool", "artifact",
 * "finding", "score", "iteration" (SX_EV_REASONING is "token" too, with
 * channel "reasoning"); "user" for module events, "none" else. */
const char *sx_event_type_name(int type);
const char *sx_ev_status_name(sx_ev_status s); /* "started", "finished", "failed" */
/* A deep copy of ev's type, code, a, b, tags, text and typed fields (not its
 * payload, not its queue link) into *out. SX_ENOMEM on failure (*out NULL). */
int sx_event_dup(const sx_event *ev, sx_event **out);
/* The typed event as one JSON object: {"type", "run", "agent", "step",
 * ...fields} (docs/cli.md lists the fields). NULL on OOM. */
cJSON *sx_event_to_json(const sx_event *ev);
/* The typed event as readable text for a terminal: "[agent] what happened"
 * and a newline, every untrusted string sanitized; escape colours only
 * when color is set. Token and reasoning deltas are appended as they are
 * (sanitized, newlines kept), without prefix or newline: the caller
 * decides where lines start. Nothing for SX_EV_DONE and unknown types. */
void sx_event_render_text(const sx_event *ev, bool color, sx_buf *out);
/* Just the "[agent] " that starts such a line (nothing without an agent),
 * for callers that assemble token deltas into lines. */
void sx_event_render_prefix(const sx_event *ev, bool color, sx_buf *out);

typedef struct sx_evq sx_evq;
int sx_evq_new(sx_evq **out, sx_error *err);
void sx_evq_free(sx_evq *q); /* frees pending events */
/* Posts a copy of text (may be NULL) and takes ownership of payload, also
 * on failure (then it is freed). Safe from any thread. */
int sx_evq_post(sx_evq *q, int type, int code, int64_t a, int64_t b,
		const char *text, void *payload, void (*payload_free)(void *));
/* Pops the oldest event, or NULL. The caller frees it with sx_event_free. */
sx_event *sx_evq_pop(sx_evq *q);
void sx_event_free(sx_event *ev);
/* The fd to poll for POLLIN; drained by sx_evq_pop when the queue empties. */
int sx_evq_fd(const sx_evq *q);
size_t sx_evq_pending(sx_evq *q);

/* Progress reporting for long jobs: one interface that the CLI prints as a
 * line on stderr and the TUI shows in its status bar (through events). */
typedef struct sx_progress {
	void (*report)(void *payload, const char *stage, int64_t done, int64_t total);
	void *payload;
	atomic_int *cancel; /* optional: non-zero asks the job to stop */
} sx_progress;
/* Calls p->report when p and p->report are set. */
void sx_progress_report(const sx_progress *p, const char *stage, int64_t done,
			int64_t total);
bool sx_progress_cancelled(const sx_progress *p);

/* ------------------------------------------------------------------ JSON */

/* Small helpers over cJSON that keep callers short. All accept NULL. */
cJSON *sx_json_add_str(cJSON *obj, const char *key, const char *s); /* NULL -> null */
cJSON *sx_json_add_int(cJSON *obj, const char *key, int64_t v);
cJSON *sx_json_add_num(cJSON *obj, const char *key, double v);
cJSON *sx_json_add_bool(cJSON *obj, const char *key, bool v);
const char *sx_json_str(const cJSON *obj, const char *key, const char *def);
int64_t sx_json_int(const cJSON *obj, const char *key, int64_t def);
double sx_json_num(const cJSON *obj, const char *key, double def);
bool sx_json_bool(const cJSON *obj, const char *key, bool def);
/* Prints compact (pretty=false) or indented JSON to f with a newline. */
int sx_json_print(FILE *f, const cJSON *json, bool pretty);


/* ------------------------------------------------------------ subprocesses */

/* Runs a program with an argv (never through a shell), feeds it optional
 * stdin bytes, captures stdout and stderr up to a cap each, and enforces a
 * timeout and a cancel flag. Made for the validators' python3 and pytest
 * runs: safe from any thread (no global state; every fd it opens is
 * close-on-exec, so concurrent runs do not leak pipes into each other's
 * children). The child gets its own process group, so a timeout or a
 * cancel ends the child and everything it started: SIGTERM to the group,
 * then SIGKILL after a short grace. The calling thread blocks SIGPIPE while
 * it runs (a child that stops reading its stdin is not an error).
 *
 * C only: <stdatomic.h> has no C++17 counterpart, and the one C++ file of
 * the engine (FAISS glue) runs no processes. */
#ifndef __cplusplus
#include <stdatomic.h>

/* Default cap, per stream, on the bytes kept from stdout and stderr. */
#define SX_PROC_CAP_DEFAULT ((size_t)1 << 20)

typedef struct sx_proc_opts {
	/* argv[0] is the program, searched in this process's PATH when it
	 * has no '/'; NULL-terminated. Required. */
	const char *const *argv;
	/* Working directory of the child; NULL keeps the caller's. */
	const char *cwd;
	/* "NAME=value" entries added to the inherited environment (an entry
	 * replaces a variable of the same name); NULL-terminated or NULL. */
	const char *const *env;
	/* Bytes written to the child's stdin, which is then closed. NULL
	 * gives the child /dev/null as stdin. */
	const void *stdin_data;
	size_t stdin_len;
	/* Bytes kept of each stream; 0 means SX_PROC_CAP_DEFAULT. What goes
	 * past the cap is read and dropped, so the child never blocks. */
	size_t stdout_max, stderr_max;
	/* Wall-clock limit in milliseconds; 0 means none. */
	uint64_t timeout_ms;
	/* Optional: non-zero asks the run to stop (checked every 50 ms). */
	const atomic_int *cancel;
} sx_proc_opts;

typedef struct sx_proc_result {
	int exit_code;     /* the exit status when the child exited, else -1 */
	int term_signal;   /* the signal that ended it, else 0 */
	bool timed_out;    /* killed because timeout_ms passed */
	bool cancelled;    /* killed because *cancel became non-zero */
	sx_buf out, err;   /* captured stdout and stderr, NUL-terminated */
	bool out_truncated, err_truncated; /* more was written than kept */
	uint64_t elapsed_ms;
} sx_proc_result;

/* Runs opts->argv and waits for it. res is always initialised (also on
 * failure, when it may hold partial output) and must be released with
 * sx_proc_result_release.
 *
 * Returns 0 when the child ran and ended by itself, whatever its exit
 * status: a non-zero exit or a crash is reported in res, not as an error
 * (pytest exits 1 when a test fails). Otherwise:
 *   SX_ENOTFOUND   the program is not in PATH or does not exist
 *   SX_EAUTH       the program is not executable
 *   SX_EINVAL      no argv, or cwd is not a directory
 *   SX_ETIMEOUT    timeout_ms passed; the process group was killed
 *   SX_ECANCELLED  *cancel became non-zero; the process group was killed
 *   SX_ENOMEM, SX_EIO  resources or the system refused
 * When the calling process ignores SIGCHLD, children are reaped by the
 * kernel and the exit status cannot be known (exit_code stays -1). */
int sx_proc_run(sx_proc_result *res, const sx_proc_opts *opts, sx_error *err);
/* Frees the captured buffers; res can be reused after. NULL is a no-op. */
void sx_proc_result_release(sx_proc_result *res);
#endif /* !__cplusplus */

#ifdef __cplusplus
}
#endif
#endif
