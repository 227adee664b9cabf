/*
 * history.c - the agents' run history in the workspace (module "history").
 *
 * Every table hangs off runs(id) ON DELETE CASCADE and none off
 * databases(id): re-analysing a source deletes its catalog rows by cascade,
 * and a run must outlive that. Pruning deletes runs and the cascade takes
 * the rest. pitfalls is keyed by rule (it spans runs). run_memory holds the
 * episodic-memory vector of a run (float32 blob) for similar_runs.
 *
 * The tables are plain rowid tables, not WITHOUT ROWID: `workspace rebuild`
 * salvages them by rowid ranges, which lets it step over a damaged page.
 *
 * Writes are single statements, or a savepoint where a call writes several
 * rows (artifacts, findings), so each call is atomic on its own and also
 * joins a caller's transaction. Reads go through sx_store_query_json: the
 * pattern docs/internals/store.md recommends for module-owned tables.
 *
 * Liveness of a running run is judged by pid plus the process's start time
 * (Linux /proc/PID/stat field 22) plus the host name, so a recycled pid does
 * not keep a dead run "running" forever.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdint.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sextant/store.h>

static const char *const steps[] = {
	/* v1 */
	"CREATE TABLE runs("
	" id TEXT PRIMARY KEY, created_at TEXT NOT NULL, finished_at TEXT,"
	" intent TEXT, request_json TEXT, provider TEXT, models TEXT,"
	" status TEXT NOT NULL CHECK(status IN"
	"  ('running','done','failed','cancelled','interrupted')),"
	" score REAL, threshold REAL, usage_json TEXT,"
	" pid INTEGER, proc_start INTEGER, host TEXT);"
	"CREATE INDEX runs_created ON runs(created_at);"
	"CREATE INDEX runs_status ON runs(status);"
	"CREATE TABLE run_steps("
	" run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
	" step TEXT NOT NULL, agent TEXT, status TEXT NOT NULL, started_at TEXT,"
	" finished_at TEXT, model TEXT, tokens_in INTEGER, tokens_out INTEGER, cost REAL,"
	" UNIQUE(run_id, step));"
	"CREATE TABLE run_events("
	" run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
	" seq INTEGER NOT NULL, ts TEXT NOT NULL, type TEXT NOT NULL, agent TEXT,"
	" step TEXT, json TEXT, UNIQUE(run_id, seq));"
	"CREATE TABLE run_tool_calls("
	" run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
	" seq INTEGER NOT NULL, ts TEXT NOT NULL, agent TEXT, tool TEXT NOT NULL,"
	" args_json TEXT, duration_ms INTEGER, result_bytes INTEGER, status TEXT,"
	" UNIQUE(run_id, seq));"
	"CREATE INDEX run_tool_calls_tool ON run_tool_calls(tool);"
	"CREATE TABLE run_artifacts("
	" run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
	" iteration INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,"
	" lang TEXT, content TEXT, UNIQUE(run_id, iteration, kind, name));"
	"CREATE TABLE run_findings("
	" run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
	" iteration INTEGER NOT NULL, severity TEXT NOT NULL, category TEXT, rule TEXT,"
	" artifact TEXT, line INTEGER, col INTEGER, message TEXT, hint TEXT);"
	"CREATE INDEX run_findings_run ON run_findings(run_id, iteration);"
	"CREATE INDEX run_findings_rule ON run_findings(rule);"
	"CREATE TABLE run_iterations("
	" run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
	" n INTEGER NOT NULL, score REAL, delta REAL, errors INTEGER, warnings INTEGER,"
	" infos INTEGER, diff TEXT, at TEXT, UNIQUE(run_id, n));"
	"CREATE TABLE run_feedback("
	" run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
	" verdict TEXT NOT NULL CHECK(verdict IN ('accept','reject')), note TEXT,"
	" at TEXT NOT NULL);"
	"CREATE INDEX run_feedback_run ON run_feedback(run_id);"
	"CREATE TABLE run_pitfalls("
	" run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
	" rule TEXT NOT NULL, UNIQUE(run_id, rule));"
	"CREATE TABLE run_lineage("
	" run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
	" target TEXT NOT NULL, sources TEXT, expression TEXT);"
	"CREATE INDEX run_lineage_run ON run_lineage(run_id);"
	"CREATE TABLE run_memory("
	" run_id TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,"
	" dim INTEGER NOT NULL, vec BLOB NOT NULL, text TEXT);"
	"CREATE TABLE pitfalls("
	" rule TEXT PRIMARY KEY, count INTEGER NOT NULL, first_seen TEXT, last_seen TEXT,"
	" text TEXT);",
};

int sx_history_migrate(sx_store *st, sx_error *err)
{
	return sx_store_migrate_shared(st, "history", steps, sizeof steps / sizeof *steps, err);
}

static const char *const status_names[] = {"running", "done", "failed", "cancelled",
					   "interrupted"};

const char *sx_run_status_name(sx_run_status s)
{
	return (unsigned)s < sizeof status_names / sizeof *status_names ? status_names[s] : "?";
}

int sx_run_status_parse(const char *name)
{
	size_t i;
	for (i = 0; name && i < sizeof status_names / sizeof *status_names; i++)
		if (strcmp(name, status_names[i]) == 0)
			return (int)i;
	return -1;
}

/* ------------------------------------------------------------ helpers */

/* "2026-01-02T03:04:05.678Z": milliseconds keep events of one second in
 * order, and the fixed width keeps text comparison chronological. */
static void now_ms(char *out, size_t n, time_t shift)
{
	struct timespec ts;
	struct tm tm;
	char base[32];
	time_t t;
	clock_gettime(CLOCK_REALTIME, &ts);
	t = ts.tv_sec - shift;
	gmtime_r(&t, &tm);
	strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out, n, "%s.%03ldZ", base, ts.tv_nsec / 1000000L);
}

static void random_bytes(unsigned char *b, size_t n)
{
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	size_t got = 0;
	if (fd >= 0) {
		while (got < n) {
			ssize_t r = read(fd, b + got, n - got);
			if (r <= 0)
				break;
			got += (size_t)r;
		}
		close(fd);
	}
	/* no urandom (a chroot): time and pid still make ids unique enough
	 * for one workspace, and the PRIMARY KEY catches the rest */
	if (got < n) {
		uint64_t x = sx_now_ns() ^ ((uint64_t)getpid() << 32);
		for (; got < n; got++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			b[got] = (unsigned char)x;
		}
	}
}

/* A ULID: 48 bits of milliseconds since the epoch, then 80 random bits,
 * in Crockford base32 (26 characters). */
static void new_ulid(char id[SX_RUN_ID_SIZE])
{
	static const char abc[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	unsigned char b[16];
	struct timespec ts;
	uint64_t ms;
	int i, bit;

	clock_gettime(CLOCK_REALTIME, &ts);
	ms = (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
	for (i = 0; i < 6; i++)
		b[i] = (unsigned char)(ms >> (40 - 8 * i));
	random_bytes(b + 6, 10);
	/* 128 bits read 5 at a time from the top; the first character
	 * carries only 3 bits (2 leading zero bits of padding) */
	for (i = 0, bit = -2; i < 26; i++, bit += 5) {
		unsigned v = 0;
		int k;
		for (k = 0; k < 5; k++) {
			int pos = bit + k;
			v <<= 1;
			if (pos >= 0)
				v |= (b[pos / 8] >> (7 - pos % 8)) & 1u;
		}
		id[i] = abc[v];
	}
	id[26] = '\0';
}

/* Start time of a process in clock ticks since boot (Linux), 0 when not
 * known: the pair (pid, start) names a process even when pids recycle. */
static int64_t proc_start(long pid)
{
	char path[64], buf[1024];
	const char *p;
	FILE *f;
	size_t n;
	int field;

	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	if (!(f = fopen(path, "r")))
		return 0;
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	/* the command name (field 2) may hold spaces and parentheses: count
	 * fields from the last ')' */
	if (!(p = strrchr(buf, ')')))
		return 0;
	for (field = 2; *p && field < 22; p++)
		if (*p == ' ')
			field++;
	return field == 22 ? strtoll(p, NULL, 10) : 0;
}

/* A failed write that broke the runs(id) foreign key names a run that
 * does not exist: say so instead of the raw constraint message. */
static int fk_or(sx_store *st, int rc, const char *run_id, sx_error *err)
{
	if (rc && sx_store_fk_failed(st))
		return sx_error_set(err, SX_ENOTFOUND, "no run '%s' in the workspace", run_id);
	return rc;
}

static int need_run(sx_store *st, const char *run_id, sx_error *err)
{
	cJSON *row;
	int rc;
	if (!run_id)
		return sx_error_set(err, SX_EINVAL, "no run id");
	rc = sx_store_query_one_json(st, &row, err, "SELECT 1 AS x FROM runs WHERE id = ?", "s",
				     run_id);
	cJSON_Delete(row);
	if (rc == SX_ENOTFOUND)
		return sx_error_set(err, SX_ENOTFOUND, "no run '%s' in the workspace", run_id);
	return rc;
}

/* ------------------------------------------------------------ runs */

int sx_history_run_create(sx_store *st, const sx_run_info *info, char id[SX_RUN_ID_SIZE],
			  sx_error *err)
{
	char now[40], host[256] = "";
	int rc;

	id[0] = '\0';
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	gethostname(host, sizeof host - 1);
	now_ms(now, sizeof now, 0);
	new_ulid(id);
	rc = sx_store_exec_bind(st, NULL, err,
				"INSERT INTO runs(id, created_at, intent, request_json, provider,"
				" models, status, threshold, pid, proc_start, host)"
				" VALUES(?,?,?,?,?,?,'running',?,?,?,?)",
				"ssssssdlls", id, now, info->intent, info->request_json,
				info->provider, info->models, info->threshold, (int64_t)getpid(),
				proc_start((long)getpid()), host[0] ? host : NULL);
	if (rc)
		id[0] = '\0';
	return rc;
}

static int update_run(const char *id, int rc, int64_t changes, sx_error *err)
{
	if (rc)
		return rc;
	return changes ? 0 : sx_error_set(err, SX_ENOTFOUND, "no run '%s' in the workspace", id);
}

int sx_history_run_set_status(sx_store *st, const char *id, sx_run_status status, sx_error *err)
{
	int64_t n = 0;
	int rc;
	if (sx_run_status_parse(sx_run_status_name(status)) < 0)
		return sx_error_set(err, SX_EINVAL, "bad run status %d", (int)status);
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	rc = sx_store_exec_bind(st, &n, err, "UPDATE runs SET status = ? WHERE id = ?", "ss",
				sx_run_status_name(status), id);
	return update_run(id, rc, n, err);
}

int sx_history_run_finish(sx_store *st, const char *id, sx_run_status status, double score,
			  const char *usage_json, sx_error *err)
{
	char now[40];
	int64_t n = 0;
	int rc;
	if (sx_run_status_parse(sx_run_status_name(status)) < 0)
		return sx_error_set(err, SX_EINVAL, "bad run status %d", (int)status);
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	now_ms(now, sizeof now, 0);
	if (isnan(score))
		rc = sx_store_exec_bind(st, &n, err,
					"UPDATE runs SET status = ?, finished_at = ?, score = NULL,"
					" usage_json = coalesce(?, usage_json) WHERE id = ?",
					"ssss", sx_run_status_name(status), now, usage_json, id);
	else
		rc = sx_store_exec_bind(st, &n, err,
					"UPDATE runs SET status = ?, finished_at = ?, score = ?,"
					" usage_json = coalesce(?, usage_json) WHERE id = ?",
					"ssdss", sx_run_status_name(status), now, score, usage_json,
					id);
	return update_run(id, rc, n, err);
}

int sx_history_resolve(sx_store *st, const char *prefix, char id[SX_RUN_ID_SIZE], sx_error *err)
{
	cJSON *rows;
	size_t len = prefix ? strlen(prefix) : 0;
	int rc;

	id[0] = '\0';
	if (len < 4 || len > 26)
		return sx_error_set(err, SX_EINVAL, "a run id has 4 to 26 characters");
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	/* ids are upper case; accept what a user types in lower case */
	if ((rc = sx_store_query_json(st, &rows, err,
				      "SELECT id FROM runs WHERE substr(id, 1, ?1) = upper(?2)"
				      " ORDER BY id LIMIT 2",
				      "is", (int)len, prefix)))
		return rc;
	switch (cJSON_GetArraySize(rows)) {
	case 0:
		rc = sx_error_set(err, SX_ENOTFOUND, "no run '%s' in the workspace", prefix);
		break;
	case 1:
		snprintf(id, SX_RUN_ID_SIZE, "%s",
			 sx_json_str(cJSON_GetArrayItem(rows, 0), "id", ""));
		break;
	default:
		rc = sx_error_set(err, SX_EINVAL, "run id '%s' is ambiguous: give more characters",
				  prefix);
	}
	cJSON_Delete(rows);
	return rc;
}

/* ------------------------------------------------------------ rows of a run */

int sx_history_step(sx_store *st, const char *run_id, const sx_run_step *step, sx_error *err)
{
	char now[40];
	const char *status = step->status ? step->status : "running";
	bool done = strcmp(status, "running") != 0;
	int rc;

	if (!step->step)
		return sx_error_set(err, SX_EINVAL, "a step needs an id");
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	now_ms(now, sizeof now, 0);
	/* the first call starts the step; later ones update it and keep the
	 * start time and any field the later call leaves empty */
	rc = sx_store_exec_bind(
		st, NULL, err,
		"INSERT INTO run_steps(run_id, step, agent, status, started_at, finished_at, model,"
		" tokens_in, tokens_out, cost) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"
		" ON CONFLICT(run_id, step) DO UPDATE SET"
		" agent = coalesce(excluded.agent, run_steps.agent), status = excluded.status,"
		" finished_at = coalesce(excluded.finished_at, run_steps.finished_at),"
		" model = coalesce(excluded.model, run_steps.model),"
		/* no two-argument max() in PostgreSQL: the larger, as CASE */
		" tokens_in = CASE WHEN excluded.tokens_in > run_steps.tokens_in"
		"  THEN excluded.tokens_in ELSE run_steps.tokens_in END,"
		" tokens_out = CASE WHEN excluded.tokens_out > run_steps.tokens_out"
		"  THEN excluded.tokens_out ELSE run_steps.tokens_out END,"
		" cost = CASE WHEN excluded.cost > run_steps.cost"
		"  THEN excluded.cost ELSE run_steps.cost END",
		"ssssssslld", run_id, step->step, step->agent, status, now, done ? now : NULL,
		step->model, step->tokens_in, step->tokens_out, step->cost);
	return fk_or(st, rc, run_id, err);
}

/* Finishes an append to a per-run sequence: rc and row are what its
 * INSERT ... RETURNING seq gave; *seq gets the number it took. */
static int appended(sx_store *st, int rc, const char *run_id, cJSON *row, int64_t *seq,
		    sx_error *err)
{
	if ((rc = fk_or(st, rc, run_id, err)))
		return rc;
	if (seq)
		*seq = sx_json_int(row, "seq", 0);
	cJSON_Delete(row);
	return 0;
}

/* Appends to a per-run sequence (events, tool calls). The next number is
 * taken inside the INSERT itself, so two writers cannot get the same one:
 * SQLite runs one write at a time. */
int sx_history_event(sx_store *st, const char *run_id, const char *type, const char *agent,
		     const char *step, const char *json, int64_t *seq, sx_error *err)
{
	char now[40];
	cJSON *row;
	int rc;

	if (seq)
		*seq = 0;
	if (!type)
		return sx_error_set(err, SX_EINVAL, "an event needs a type");
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	now_ms(now, sizeof now, 0);
	rc = sx_store_query_one_json(st, &row, err,
				     "INSERT INTO run_events(run_id, seq, ts, type, agent, step, json)"
				     " SELECT ?1, coalesce(max(seq), 0) + 1, ?2, ?3, ?4, ?5, ?6"
				     " FROM run_events WHERE run_id = ?1 RETURNING seq",
				     "ssssss", run_id, now, type, agent, step, json);
	return appended(st, rc, run_id, row, seq, err);
}

int sx_history_tool_call(sx_store *st, const char *run_id, const sx_run_tool_call *call,
			 int64_t *seq, sx_error *err)
{
	char now[40];
	cJSON *row;
	int rc;

	if (seq)
		*seq = 0;
	if (!call->tool)
		return sx_error_set(err, SX_EINVAL, "a tool call needs a tool name");
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	now_ms(now, sizeof now, 0);
	rc = sx_store_query_one_json(
		st, &row, err,
		"INSERT INTO run_tool_calls(run_id, seq, ts, agent, tool, args_json, duration_ms,"
		" result_bytes, status) SELECT ?1, coalesce(max(seq), 0) + 1, ?2, ?3, ?4, ?5, ?6,"
		" ?7, ?8 FROM run_tool_calls WHERE run_id = ?1 RETURNING seq",
		"ssssslls", run_id, now, call->agent, call->tool, call->args_json,
		call->duration_ms, call->result_bytes, call->status);
	return appended(st, rc, run_id, row, seq, err);
}

/* Writes row i of an iteration's artifacts or findings. */
typedef int (*put_row_fn)(sx_store *st, const char *run_id, int iteration, const void *rows,
			  size_t i, sx_error *err);

/* Replaces what one iteration of a run holds in one table: delete_sql
 * (run id, iteration) clears it, then put writes each of the n rows, all
 * in one transaction (a savepoint inside the caller's). */
static int replace_iteration(sx_store *st, const char *run_id, int iteration,
			     const char *delete_sql, put_row_fn put, const void *rows, size_t n,
			     sx_error *err)
{
	bool nested = sx_store_in_transaction(st);
	size_t i;
	int rc;

	if ((rc = sx_history_migrate(st, err)) || (rc = need_run(st, run_id, err)))
		return rc;
	if ((rc = sx_store_tx_begin(st, "sx_history", err)))
		return rc;
	rc = sx_store_exec_bind(st, NULL, err, delete_sql, "si", run_id, iteration);
	for (i = 0; !rc && i < n; i++)
		rc = put(st, run_id, iteration, rows, i, err);
	if (rc) {
		sx_store_tx_rollback(st, "sx_history", nested);
		return fk_or(st, rc, run_id, err);
	}
	return sx_store_tx_commit(st, "sx_history", nested, err);
}

static int put_artifact(sx_store *st, const char *run_id, int iteration, const void *rows,
			size_t i, sx_error *err)
{
	const sx_artifact *a = &((const sx_artifact_set *)rows)->v[i];
	return sx_store_exec_bind(st, NULL, err,
				  "INSERT INTO run_artifacts(run_id, iteration, kind, name,"
				  " lang, content) VALUES(?,?,?,?,?,?)"
				  " ON CONFLICT(run_id, iteration, kind, name) DO UPDATE SET"
				  " lang = excluded.lang, content = excluded.content",
				  "sissss", run_id, iteration, sx_artifact_kind_name(a->kind),
				  a->name ? a->name : "", a->lang, a->content);
}

int sx_history_put_artifacts(sx_store *st, const char *run_id, int iteration,
			     const sx_artifact_set *set, sx_error *err)
{
	return replace_iteration(st, run_id, iteration,
				 "DELETE FROM run_artifacts WHERE run_id = ? AND iteration = ?",
				 put_artifact, set, set->n, err);
}

static int put_finding(sx_store *st, const char *run_id, int iteration, const void *rows,
		       size_t i, sx_error *err)
{
	const sx_finding *f = &((const sx_finding_list *)rows)->v[i];
	return sx_store_exec_bind(st, NULL, err,
				  "INSERT INTO run_findings(run_id, iteration, severity, category,"
				  " rule, artifact, line, col, message, hint)"
				  " VALUES(?,?,?,?,?,?,?,?,?,?)",
				  "sissssiiss", run_id, iteration, sx_severity_name(f->severity),
				  sx_finding_cat_name(f->category), f->rule,
				  sx_artifact_kind_name(f->artifact), f->line, f->col, f->message,
				  f->hint);
}

int sx_history_put_findings(sx_store *st, const char *run_id, int iteration,
			    const sx_finding_list *findings, sx_error *err)
{
	return replace_iteration(st, run_id, iteration,
				 "DELETE FROM run_findings WHERE run_id = ? AND iteration = ?",
				 put_finding, findings, findings->n, err);
}

int sx_history_put_iteration(sx_store *st, const char *run_id, const sx_run_iteration *it,
			     sx_error *err)
{
	char now[40];
	int rc;
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	now_ms(now, sizeof now, 0);
	rc = sx_store_exec_bind(st, NULL, err,
				"INSERT INTO run_iterations(run_id, n, score, delta, errors,"
				" warnings, infos, diff, at) VALUES(?,?,?,?,?,?,?,?,?)"
				" ON CONFLICT(run_id, n) DO UPDATE SET score = excluded.score,"
				" delta = excluded.delta, errors = excluded.errors,"
				" warnings = excluded.warnings, infos = excluded.infos,"
				" diff = excluded.diff, at = excluded.at",
				"siddlllss", run_id, it->n, it->score, it->delta,
				(int64_t)it->errors, (int64_t)it->warnings, (int64_t)it->infos,
				it->diff, now);
	return fk_or(st, rc, run_id, err);
}

int sx_history_feedback(sx_store *st, const char *run_id, bool accepted, const char *note,
			sx_error *err)
{
	char now[40];
	int rc;
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	now_ms(now, sizeof now, 0);
	rc = sx_store_exec_bind(st, NULL, err,
				"INSERT INTO run_feedback(run_id, verdict, note, at) VALUES(?,?,?,?)",
				"ssss", run_id, accepted ? "accept" : "reject", note, now);
	return fk_or(st, rc, run_id, err);
}

/* ------------------------------------------------------------ reading */

int sx_history_list_runs(sx_store *st, size_t limit, cJSON **out, sx_error *err)
{
	int rc;
	*out = NULL;
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	return sx_store_query_json(
		st, out, err,
		"SELECT r.id, r.created_at, r.finished_at, r.intent, r.provider, r.status, r.score,"
		" r.threshold,"
		" (SELECT count(*) FROM run_iterations i WHERE i.run_id = r.id) AS iterations,"
		" (SELECT count(*) FROM run_findings f WHERE f.run_id = r.id AND f.iteration ="
		"   (SELECT max(iteration) FROM run_findings g WHERE g.run_id = r.id)) AS findings,"
		" (SELECT verdict FROM run_feedback b WHERE b.run_id = r.id"
		"   ORDER BY b.at DESC, b.rowid DESC LIMIT 1) AS feedback"
		" FROM runs r ORDER BY r.created_at DESC, r.id DESC LIMIT ?",
		"l", limit ? (int64_t)limit : INT64_MAX);
}

/* Replaces the text field `from` by its parsed JSON under `to` (text that
 * does not parse stays a string: the history keeps what it was given). */
static void parse_field(cJSON *o, const char *from, const char *to)
{
	cJSON *v = cJSON_DetachItemFromObject(o, from);
	cJSON *parsed = NULL;
	if (!v)
		return;
	if (cJSON_IsString(v))
		parsed = cJSON_Parse(v->valuestring);
	if (parsed) {
		cJSON_Delete(v);
		cJSON_AddItemToObject(o, to, parsed);
	} else {
		cJSON_AddItemToObject(o, to, v);
	}
}

static int add_rows(sx_store *st, cJSON *run, const char *key, const char *sql, const char *id,
		    sx_error *err)
{
	cJSON *rows;
	int rc = sx_store_query_json(st, &rows, err, sql, "s", id);
	if (!rc)
		cJSON_AddItemToObject(run, key, rows);
	return rc;
}

int sx_history_get_run(sx_store *st, const char *id, bool with_events, cJSON **out, sx_error *err)
{
	cJSON *run = NULL;
	int own;
	int rc;

	*out = NULL;
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	rc = sx_store_query_one_json(st, &run, err,
				     "SELECT id, created_at, finished_at, intent, request_json,"
				     " provider, models, status, score, threshold, usage_json, pid, host"
				     " FROM runs WHERE id = ?",
				     "s", id);
	if (rc == SX_ENOTFOUND)
		return sx_error_set(err, SX_ENOTFOUND, "no run '%s' in the workspace", id);
	if (rc)
		return rc;
	parse_field(run, "request_json", "request");
	parse_field(run, "models", "models");
	parse_field(run, "usage_json", "usage");
	/* read in one transaction so that the parts agree with each other
	 * while an engine thread keeps writing (a caller's one does as well) */
	own = sx_store_snapshot_begin(st);
	if ((rc = add_rows(st, run, "steps",
			   "SELECT step, agent, status, started_at, finished_at, model, tokens_in,"
			   " tokens_out, cost FROM run_steps WHERE run_id = ? ORDER BY rowid",
			   id, err)) ||
	    (rc = add_rows(st, run, "iterations",
			   "SELECT n, score, delta, errors, warnings, infos, diff, at"
			   " FROM run_iterations WHERE run_id = ? ORDER BY n",
			   id, err)) ||
	    (rc = add_rows(st, run, "artifacts",
			   "SELECT iteration, kind, name, lang, content FROM run_artifacts"
			   " WHERE run_id = ? ORDER BY iteration, rowid",
			   id, err)) ||
	    (rc = add_rows(st, run, "findings",
			   "SELECT iteration, severity, category, rule, artifact, line, col,"
			   " message, hint FROM run_findings WHERE run_id = ?"
			   " ORDER BY iteration, rowid",
			   id, err)) ||
	    (rc = add_rows(st, run, "tool_calls",
			   "SELECT seq, ts, agent, tool, args_json, duration_ms, result_bytes,"
			   " status FROM run_tool_calls WHERE run_id = ? ORDER BY seq",
			   id, err)) ||
	    (rc = add_rows(st, run, "feedback",
			   "SELECT verdict, note, at FROM run_feedback WHERE run_id = ?"
			   " ORDER BY at, rowid",
			   id, err)) ||
	    (with_events &&
	     (rc = add_rows(st, run, "events",
			    "SELECT seq, ts, type, agent, step, json FROM run_events"
			    " WHERE run_id = ? ORDER BY seq",
			    id, err)))) {
		cJSON_Delete(run);
		run = NULL;
	}
	sx_store_snapshot_end(st, own);
	*out = run;
	return rc;
}

/* ------------------------------------------------------------ maintenance */

/* Whether the process that wrote a running run is still there. */
static bool run_alive(const cJSON *r, const char *myhost)
{
	const char *host = sx_json_str(r, "host", NULL);
	long pid = (long)sx_json_int(r, "pid", 0);
	int64_t start = sx_json_int(r, "proc_start", 0), now_start;

	if (host && myhost[0] && strcmp(host, myhost) != 0)
		return true; /* another machine's process: not ours to judge */
	if (pid <= 0)
		return false;
	if (kill((pid_t)pid, 0) != 0 && errno == ESRCH)
		return false;
	/* the pid exists: is it still the same process? */
	now_start = proc_start(pid);
	return !(start && now_start && start != now_start);
}

int sx_history_mark_interrupted(sx_store *st, size_t *marked, sx_error *err)
{
	char host[256] = "", now[40];
	cJSON *rows, *r;
	size_t n = 0;
	int rc;

	if (marked)
		*marked = 0;
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	if ((rc = sx_store_query_json(st, &rows, err,
				      "SELECT id, pid, proc_start, host FROM runs"
				      " WHERE status = 'running'",
				      "")))
		return rc;
	gethostname(host, sizeof host - 1);
	now_ms(now, sizeof now, 0);
	cJSON_ArrayForEach(r, rows)
	{
		const char *id = sx_json_str(r, "id", "");
		int64_t changed = 0;
		if (run_alive(r, host))
			continue;
		/* status = 'running' again in the WHERE: a process that just
		 * finished it wins over our guess */
		if ((rc = sx_store_exec_bind(st, &changed, err,
					     "UPDATE runs SET status = 'interrupted',"
					     " finished_at = ? WHERE id = ? AND status = 'running'",
					     "ss", now, id)) ||
		    (rc = sx_store_exec_bind(st, NULL, err,
					     "UPDATE run_steps SET status = 'interrupted',"
					     " finished_at = ? WHERE run_id = ? AND status = 'running'",
					     "ss", now, id)))
			break;
		n += (size_t)changed;
	}
	cJSON_Delete(rows);
	if (marked)
		*marked = n;
	return rc;
}

int sx_history_prune(sx_store *st, int max_age_days, size_t keep_last, size_t *removed,
		     sx_error *err)
{
	char cutoff[40];
	int64_t n = 0;
	int rc;

	if (removed)
		*removed = 0;
	if (max_age_days < 0)
		return sx_error_set(err, SX_EINVAL, "a retention age cannot be negative");
	if ((rc = sx_history_migrate(st, err)))
		return rc;
	now_ms(cutoff, sizeof cutoff, (time_t)max_age_days * 86400);
	rc = sx_store_exec_bind(st, &n, err,
				"DELETE FROM runs WHERE status != 'running' AND ("
				" (?1 > 0 AND created_at < ?2) OR"
				" (?3 > 0 AND id NOT IN (SELECT id FROM runs"
				"   ORDER BY created_at DESC, id DESC LIMIT ?3)))",
				"isl", max_age_days, cutoff, (int64_t)keep_last);
	if (!rc && removed)
		*removed = (size_t)n;
	return rc;
}
