/*
 * consensus.c - consensus voting (`generate --consensus K`).
 *
 * The SQL Expert writes K candidate SELECTs. Built-in mode takes them from
 * the readings the intent allows: the planner's own (candidate 1), then
 * its alternatives, alternately one per ambiguous choice:
 *   - the measure: the other columns of the measure's semantic type (money
 *     for revenue) on the plan's tables, totals first ("total", then
 *     "amount", "sum", ...), parts of a total (discount, delivery, tax,
 *     unit price) left out;
 *   - the time column: the time table's other timestamps, in the order the
 *     planner ranks them (created, business date, event, updated; NOT NULL
 *     first).
 * A choice the user fixed (--measure, --time-column) has no alternatives.
 * Each alternative is planned again by gen with that one choice given
 * (sx__run_replan, the same overrides as the CLI's), rendered, validated
 * (its SELECT) and, where the source is reachable, previewed (run_preview:
 * read-only, LIMIT 100, statement timeout). Candidates whose preview rows
 * agree (the same multiset of rows, values compared as numbers to 1e-4 or
 * as text, column names ignored) form a vote. The winner needs two thirds
 * of the K votes; else the best score wins (ties: the earlier candidate,
 * so the planner's reading). A winner other than the planner's reading
 * replaces the run's spec before the Schema Analyst starts.
 *
 * Recorded: a thought per candidate, a log event with the outcome, the
 * --json `consensus` object and the history's run_votes rows (`run show`).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/gen.h>
#include <sextant/validate.h>

#include "agents_int.h"

#define PREVIEW_ROWS 100

typedef struct cand {
	char reading[320];
	char measure[300]; /* the override, "" for none */
	char time[300];
	sx_gen_spec *spec;    /* owned; NULL for the planner's (r->spec) */
	sx_finding_list plan; /* the planner's findings on this reading */
	char *sql;
	double score;
	size_t errors;
	bool previewed;
	size_t rows;
	uint64_t key;
	char status[200]; /* preview: "ok", or why not */
} cand;

/* ------------------------------------------------------------ the vote */

size_t sx__consensus_vote(const sx_vote_cand *c, size_t n, int *votes, const char **rule, int *need)
{
	size_t best = 0, win = 0;
	int top = 0;

	*need = (int)((2 * n + 2) / 3);
	for (size_t i = 0; i < n; i++) {
		votes[i] = 1;
		for (size_t j = 0; c[i].previewed && j < n; j++)
			if (j != i && c[j].previewed && c[j].key == c[i].key)
				votes[i]++;
		if (c[i].score > c[best].score)
			best = i;
	}
	for (size_t i = 0; i < n; i++)
		if (votes[i] > top || (votes[i] == top && c[i].score > c[win].score))
			top = votes[i], win = i;
	if (top >= 2 && top >= *need) {
		*rule = "two-thirds";
		return win;
	}
	*rule = "best-score";
	return best;
}

/* ------------------------------------------------------------ readings */

static bool word(const char *name, const char *w)
{
	return strstr(name, w) != NULL;
}

/* Lower is better; -1: not an alternative for a total. */
static int measure_rank(const char *name)
{
	static const char *const parts[] = {"discount", "delivery", "shipping", "tax",
	                                    "vat",      "ndfl",     "fee",      "price",
	                                    "rate",     "balance",  "cost",     NULL};
	for (const char *const *p = parts; *p; p++)
		if (word(name, *p))
			return -1;
	if (word(name, "total"))
		return 0;
	if (word(name, "amount") || word(name, "sum") || word(name, "revenue") ||
	    word(name, "gross") || word(name, "net") || word(name, "paid"))
		return 1;
	return 2;
}

static bool plan_has_table(const sx_gen_spec *s, const sx_table *t)
{
	for (size_t g = 0; g < s->ngroups; g++) {
		if (s->groups[g].fact == t)
			return true;
		for (size_t j = 0; j < s->groups[g].njoins; j++)
			if (s->groups[g].joins[j].to == t || s->groups[g].joins[j].from == t)
				return true;
	}
	return false;
}

typedef struct alt {
	char ref[300];
	int rank;
	size_t order;
} alt;

static int alt_cmp(const void *a, const void *b)
{
	const alt *x = a, *y = b;
	return x->rank != y->rank ? x->rank - y->rank
	                          : (x->order > y->order) - (x->order < y->order);
}

/* The measure's alternatives as "agg:table.column", best first. */
static size_t measure_alts(const sx_run *r, alt *out, size_t cap)
{
	const sx_gen_spec *s = r->spec;
	size_t n = 0, order = 0;
	char col[256];

	/* one measure only: an override replaces them all, and a candidate
	 * must differ from the planner's reading in one choice alone */
	if (r->req.measures || r->pick_measure[0] || s->nmeasures != 1 || !s->measures[0].expr ||
	    !s->measures[0].table)
		return 0;
	const sx_gen_measure *m = &s->measures[0];
	if (m->agg == SX_AGG_COUNT || m->agg == SX_AGG_COUNT_DISTINCT)
		return 0;
	size_t len = strlen(m->expr);
	if (len < 3 || len - 2 >= sizeof col || m->expr[0] != '{' || m->expr[len - 1] != '}' ||
	    memchr(m->expr + 1, '{', len - 2))
		return 0; /* an expression, not one column */
	snprintf(col, sizeof col, "%.*s", (int)(len - 2), m->expr + 1);
	const sx_column *c0 = sx_table_find_column(m->table, col);
	if (!c0)
		return 0;
	sx_gen_sem sem = sx_gen_column_sem(m->table, c0);
	const sx_database *db = m->table->schema->db;
	for (size_t si = 0; si < db->nschemas; si++)
		for (size_t ti = 0; ti < db->schemas[si]->ntables; ti++) {
			const sx_table *t = db->schemas[si]->tables[ti];
			if (!plan_has_table(s, t))
				continue;
			for (size_t ci = 0; ci < t->ncols && n < cap; ci++) {
				const sx_column *c = &t->cols[ci];
				int rank;
				if ((t == m->table && c == c0) || sx_gen_column_sem(t, c) != sem ||
				    (rank = measure_rank(c->name)) < 0)
					continue;
				snprintf(out[n].ref, sizeof out[n].ref, "%s:%s.%s",
				         sx_gen_agg_name(m->agg), t->name, c->name);
				out[n].rank = 2 * rank + (t == m->table ? 0 : 1);
				out[n++].order = order++;
			}
		}
	qsort(out, n, sizeof *out, alt_cmp);
	return n;
}

size_t sx__measure_readings(const sx_run *r, char (*refs)[300], size_t cap)
{
	alt a[16];
	size_t n = cap > 1 ? measure_alts(r, a, sizeof a / sizeof *a) : 0, k = 0;

	if (!n)
		return 0;
	const sx_gen_measure *m = &r->spec->measures[0];
	size_t len = strlen(m->expr);
	snprintf(refs[k++], 300, "%s:%s.%.*s", sx_gen_agg_name(m->agg), m->table->name,
	         (int)(len - 2), m->expr + 1);
	for (size_t i = 0; i < n && k < cap; i++)
		snprintf(refs[k++], 300, "%s", a[i].ref);
	return k;
}

/* The time column's alternatives as "table.column", in the planner's order. */
static size_t time_alts(const sx_run *r, alt *out, size_t cap)
{
	const sx_gen_spec *s = r->spec;
	size_t n = 0;

	if (r->req.time_column || r->pick_time[0] || !s->time_table || !s->time_column)
		return 0;
	const sx_table *t = s->time_table;
	for (size_t ci = 0; ci < t->ncols && n < cap; ci++) {
		const sx_column *c = &t->cols[ci];
		int rank;
		if (strcmp(c->name, s->time_column) == 0)
			continue;
		switch (sx_gen_column_sem(t, c)) {
		case SX_SEM_TS_CREATED:
			rank = 0;
			break;
		case SX_SEM_BUSINESS_DATE:
			rank = 2;
			break;
		case SX_SEM_TS_EVENT:
			rank = 4;
			break;
		case SX_SEM_TS_UPDATED:
			rank = 6;
			break;
		default:
			continue;
		}
		snprintf(out[n].ref, sizeof out[n].ref, "%s.%s", t->name, c->name);
		out[n].rank = rank + (c->nullable ? 1 : 0);
		out[n++].order = ci;
	}
	qsort(out, n, sizeof *out, alt_cmp);
	return n;
}

size_t sx__time_readings(const sx_run *r, char (*refs)[300], size_t cap)
{
	alt a[16];
	size_t n = cap > 1 ? time_alts(r, a, sizeof a / sizeof *a) : 0, k = 0;

	if (!n)
		return 0;
	snprintf(refs[k++], 300, "%s.%s", r->spec->time_table->name, r->spec->time_column);
	/* ranks 6 and 7: updated_at and the like, never the business event */
	for (size_t i = 0; i < n && k < cap; i++)
		if (a[i].rank < 6)
			snprintf(refs[k++], 300, "%s", a[i].ref);
	return k;
}

/* ------------------------------------------------------------ previews */

/* One value as it is compared: a number to 1e-4, else the text. */
static void canon_value(const cJSON *v, sx_buf *b)
{
	if (cJSON_IsNull(v)) {
		sx_buf_puts(b, "\x01null");
		return;
	}
	const char *s = cJSON_IsString(v) ? v->valuestring : NULL;
	char *end = NULL;
	double d = s ? strtod(s, &end) : cJSON_IsNumber(v) ? v->valuedouble : NAN;
	if ((!s || (end && end != s && !*end)) && isfinite(d)) {
		sx_buf_printf(b, "%.4f", d == 0 ? 0.0 : d);
		return;
	}
	sx_buf_puts(b, s ? s : "?");
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The key of a preview: a hash of its rows, sorted, values canonical. */
static uint64_t preview_key(const cJSON *rows, size_t *nrows)
{
	size_t n = (size_t)cJSON_GetArraySize(rows), k = 0;
	char **lines = sx_calloc(n + 1, sizeof *lines);
	const cJSON *row, *v;
	uint64_t h = 0x9e3779b97f4a7c15ULL;

	*nrows = n;
	if (!lines)
		return 0;
	cJSON_ArrayForEach(row, rows)
	{
		sx_buf b = SX_BUF_INIT;
		cJSON_ArrayForEach(v, row)
		{
			canon_value(v, &b);
			sx_buf_putc(&b, '\x1f');
		}
		lines[k++] = sx_buf_detach(&b);
	}
	qsort(lines, k, sizeof *lines, str_cmp);
	for (size_t i = 0; i < k; i++) {
		if (lines[i])
			h = sx_hash64(lines[i], strlen(lines[i])) ^ (h * 0x100000001b3ULL);
		h ^= (uint64_t)i * 0x2545F4914F6CDD1DULL;
		free(lines[i]);
	}
	free(lines);
	return h;
}

static void try_preview(sx_run *r, const char *step, cand *c)
{
	cJSON *args = cJSON_CreateObject(), *res = NULL;
	sx_error e = {0};

	sx_json_add_str(args, "sql", c->sql);
	sx_json_add_int(args, "limit", PREVIEW_ROWS);
	sx_json_add_str(args, "database", r->db->name);
	if (sx__run_tool(r, SX_AGENT_SQL_EXPERT, step, "run_preview", args, &res, &e) == 0) {
		c->key = preview_key(cJSON_GetObjectItem(res, "rows"), &c->rows);
		c->previewed = true;
		snprintf(c->status, sizeof c->status, "ok");
	} else {
		snprintf(c->status, sizeof c->status, "%s", e.msg[0] ? e.msg : "no preview");
	}
	cJSON_Delete(res);
	cJSON_Delete(args);
}

/* ------------------------------------------------------------ candidates */

static int score_candidate(sx_run *r, cand *c, const sx_gen_spec *spec, sx_error *err)
{
	sx_buf sql = SX_BUF_INIT;
	sx_artifact_set set;
	sx_finding_list fl;
	sx_validate_ctx vc;
	int rc;

	/* a model's sample comes with its SQL; a reading is rendered */
	if (!c->sql) {
		if ((rc = sx_gen_render_select(spec, spec->source, &sql, err))) {
			sx_buf_release(&sql);
			return rc;
		}
		c->sql = sx_buf_detach(&sql);
	}
	sx_artifact_set_init(&set);
	sx_finding_list_init(&fl);
	/* what the planner found on this reading counts too (mixed
	 * currencies, a fan-out): QA would add it to the iteration */
	for (size_t i = 0; i < c->plan.n; i++) {
		const sx_finding *f = &c->plan.v[i];
		if (sx_finding_add(&fl, f->severity, f->category, f->rule, f->artifact, f->line,
		                   f->col, f->hint, "%s", f->message)) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto out;
		}
	}
	sx__run_validate_ctx(r, &vc);
	vc.flags &= ~(unsigned)SX_VALIDATE_PYTEST;
	if (!c->sql || sx_artifact_set_put(&set, SX_ART_SELECT_SQL, "candidate",
	                                   sx_db_kind_name(spec->source), c->sql))
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
	else if (!(rc = sx_validate_artifacts(&vc, &set, &fl, err))) {
		c->score = sx_validate_score(&fl);
		c->errors = sx_finding_count(&fl, SX_SEV_ERROR);
	}
out:
	sx_finding_list_release(&fl);
	sx_artifact_set_release(&set);
	return rc;
}

static cJSON *cand_json(const cand *c, size_t i, int votes, bool winner, const int *agree, size_t n)
{
	cJSON *o = cJSON_CreateObject();
	sx_json_add_int(o, "n", (int64_t)i + 1);
	sx_json_add_str(o, "reading", c->reading);
	sx_json_add_num(o, "score", c->score);
	sx_json_add_int(o, "errors", (int64_t)c->errors);
	cJSON *p = cJSON_AddObjectToObject(o, "preview");
	sx_json_add_str(p, "status", c->status);
	if (c->previewed)
		sx_json_add_int(p, "rows", (int64_t)c->rows);
	cJSON *ag = cJSON_AddArrayToObject(o, "agrees_with");
	for (size_t j = 0; j < n; j++)
		if (agree[j])
			cJSON_AddItemToArray(ag, cJSON_CreateNumber((double)j + 1));
	sx_json_add_int(o, "votes", votes);
	sx_json_add_bool(o, "winner", winner);
	sx_json_add_str(o, "select_sql", c->sql);
	return o;
}

static void record(sx_run *r, const cJSON *cons)
{
	sx_error e;
	const cJSON *c;

	if (!r->env.store || !r->history_on)
		return;
	pthread_mutex_lock(&r->emit_mu);
	if (sx__agents_migrate(r->env.store, &e))
		goto fail;
	cJSON_ArrayForEach(c, cJSON_GetObjectItem(cons, "candidates"))
	{
		const cJSON *p = cJSON_GetObjectItem(c, "preview");
		char *agree = cJSON_PrintUnformatted(cJSON_GetObjectItem(c, "agrees_with"));
		int rc = sx_store_exec_bind(
		    r->env.store, NULL, &e,
		    "INSERT INTO run_votes(run_id, n, reading, score, errors, preview_status,"
		    " preview_rows, agrees_with, votes, winner, rule, need, k, select_sql)"
		    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		    "slsdlslslisiis", r->id, (int64_t)sx_json_int(c, "n", 0),
		    sx_json_str(c, "reading", ""), sx_json_num(c, "score", 0),
		    (int64_t)sx_json_int(c, "errors", 0), sx_json_str(p, "status", ""),
		    (int64_t)sx_json_int(p, "rows", -1), agree, (int64_t)sx_json_int(c, "votes", 0),
		    sx_json_bool(c, "winner", false) ? 1 : 0, sx_json_str(cons, "rule", ""),
		    (int)sx_json_int(cons, "need", 0), (int)sx_json_int(cons, "k", 0),
		    sx_json_str(c, "select_sql", NULL));
		free(agree);
		if (rc)
			goto fail;
	}
	pthread_mutex_unlock(&r->emit_mu);
	return;
fail:
	sx_log(SX_LOG_WARN, "run %s: the vote was not recorded: %s", r->id, e.msg);
	pthread_mutex_unlock(&r->emit_mu);
}

/* The planner's findings on its own reading (model findings aside), which
 * QA adds to every iteration. */
static void planner_findings(sx_run *r, sx_finding_list *out)
{
	pthread_mutex_lock(&r->emit_mu);
	for (size_t f = 0; f < r->plan_findings.n; f++) {
		const sx_finding *pf = &r->plan_findings.v[f];
		if (pf->category != SX_CAT_MODEL)
			sx_finding_add(out, pf->severity, pf->category, pf->rule, pf->artifact,
			               pf->line, pf->col, pf->hint, "%s", pf->message);
	}
	pthread_mutex_unlock(&r->emit_mu);
}

static void cand_thought(sx_run *r, const char *step, const cand *c, size_t i)
{
	if (c->previewed)
		sx__run_thought(
		    r, SX_AGENT_SQL_EXPERT, step,
		    "candidate %zu (%s): score %.1f, %zu error(s), preview of %zu row(s)", i + 1,
		    c->reading, c->score, c->errors, c->rows);
	else
		sx__run_thought(r, SX_AGENT_SQL_EXPERT, step,
		                "candidate %zu (%s): score %.1f, %zu error(s), no preview (%s)",
		                i + 1, c->reading, c->score, c->errors, c->status);
}

/* Candidate i validated (as QA scores it), previewed, and said. */
static int judge(sx_run *r, const char *step, cand *c, size_t i, const sx_gen_spec *spec,
                 sx_error *err)
{
	int rc = score_candidate(r, c, spec, err);
	if (rc)
		return rc;
	if (r->env.cancel && atomic_load(r->env.cancel))
		return sx_error_set(err, SX_ECANCELLED, "cancelled");
	try_preview(r, step, c);
	cand_thought(r, step, c, i);
	return 0;
}

/* The vote among n scored candidates: the log event, the --json object
 * (source: "readings" or "model"), run_votes. Returns the winner. */
static size_t vote(sx_run *r, const char *step, const cand *c, size_t n, size_t k,
                   const char *source, double temperature)
{
	sx_vote_cand vc[SX_CONSENSUS_MAX];
	int votes[SX_CONSENSUS_MAX], need = 0;
	const char *rule = "best-score";
	for (size_t i = 0; i < n; i++)
		vc[i] = (sx_vote_cand){c[i].score, c[i].previewed, c[i].key};
	size_t w = sx__consensus_vote(vc, n, votes, &rule, &need);

	cJSON *cons = cJSON_CreateObject();
	sx_json_add_int(cons, "k", (int64_t)k);
	sx_json_add_str(cons, "source", source);
	if (strcmp(source, "model") == 0)
		sx_json_add_num(cons, "temperature", temperature);
	sx_json_add_int(cons, "candidates_found", (int64_t)n);
	sx_json_add_int(cons, "need", need);
	sx_json_add_str(cons, "rule", rule);
	sx_json_add_int(cons, "winner", (int64_t)w + 1);
	sx_json_add_str(cons, "winner_reading", c[w].reading);
	cJSON *arr = cJSON_AddArrayToObject(cons, "candidates");
	for (size_t i = 0; i < n; i++) {
		int agree[SX_CONSENSUS_MAX] = {0};
		for (size_t j = 0; j < n; j++)
			agree[j] =
			    j != i && c[i].previewed && c[j].previewed && c[j].key == c[i].key;
		cJSON_AddItemToArray(arr, cand_json(&c[i], i, votes[i], i == w, agree, n));
	}
	int most = 0;
	for (size_t i = 0; i < n; i++)
		most = votes[i] > most ? votes[i] : most;
	char msg[800];
	if (strcmp(rule, "two-thirds") == 0)
		snprintf(msg, sizeof msg,
		         "consensus: candidate %zu (%s) wins with %d of %zu votes (two thirds: %d)",
		         w + 1, c[w].reading, votes[w], n, need);
	else
		snprintf(
		    msg, sizeof msg,
		    "consensus: no two-thirds agreement (best %d of %zu, need %d): the best score "
		    "wins, candidate %zu (%s, %.1f)",
		    most, n, need, w + 1, c[w].reading, c[w].score);
	sx_event ev = {.type = SX_EV_LOG,
	               .agent = sx_agent_name(SX_AGENT_SQL_EXPERT),
	               .step = step,
	               .text = msg};
	ev.u.log.level = SX_LOG_INFO;
	sx__run_emit(r, &ev);
	record(r, cons);
	pthread_mutex_lock(&r->emit_mu);
	cJSON_Delete(r->consensus);
	r->consensus = cons;
	pthread_mutex_unlock(&r->emit_mu);
	return w;
}

static void cands_free(cand *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		sx_gen_spec_free(c[i].spec);
		sx_finding_list_release(&c[i].plan);
		free(c[i].sql);
	}
	free(c);
}

/* Model mode: K samples of the SQL Expert's answer to its task, at [agents]
 * consensus_temperature, each validated and previewed like a reading; the
 * winner's SELECT is the sql step's (r->consensus_sql). Returns 1 when
 * fewer than two samples are usable: the built-in readings vote instead. */
static int vote_samples(sx_run *r, const char *step, sx_error *err)
{
	size_t k = (size_t)r->req.consensus, n = 0;
	double temp = sx_config_get_double(r->env.config, "agents", "consensus_temperature", 0.8);
	sx_ask_opts ao = {.sample = true, .set_temperature = true};
	cand *c = sx_calloc(k, sizeof *c);
	char *task = sx__sql_task(r);
	int rc = 0;

	if (!c || !task) {
		free(task);
		free(c);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	ao.temperature = temp < 0 ? 0 : temp > 2 ? 2 : temp;
	sx__run_thought(r, SX_AGENT_SQL_EXPERT, step,
	                "consensus of %zu: %zu samples of the model's SELECT at temperature %.2f",
	                k, k, ao.temperature);
	for (size_t i = 0; i < k; i++) {
		char *sql = NULL;
		if ((rc = sx__model_ask_sql_o(r, SX_AGENT_SQL_EXPERT, step, task, &ao, &sql, err)))
			goto done;
		if (!sql) {
			sx__run_thought(r, SX_AGENT_SQL_EXPERT, step,
			                "sample %zu: no usable SELECT in the answer", i + 1);
			continue;
		}
		cand *x = &c[n++];
		x->sql = sql;
		snprintf(x->reading, sizeof x->reading, "sample %zu of the model", i + 1);
		sx_finding_list_init(&x->plan);
		planner_findings(r, &x->plan);
	}
	if (n < 2) {
		char m[200];
		snprintf(
		    m, sizeof m,
		    "%zu of %zu samples held a usable SELECT: the built-in readings vote instead",
		    n, k);
		sx__model_finding(r, SX_AGENT_SQL_EXPERT, step, "model.consensus-fallback", m);
		rc = 1;
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		if ((rc = judge(r, step, &c[i], i, r->spec, err)))
			goto done;
	size_t w = vote(r, step, c, n, k, "model", ao.temperature);
	if (!(r->consensus_sql = sx_strdup(c[w].sql)))
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
	else
		sx__run_thought(r, SX_AGENT_SQL_EXPERT, step,
		                "the SQL step takes candidate %zu's SELECT (%s)", w + 1,
		                c[w].reading);
done:
	cands_free(c, n);
	free(task);
	return rc;
}

int sx__consensus(sx_run *r, const char *step, sx_error *err)
{
	size_t k = (size_t)r->req.consensus, n = 0, nm, nt;
	alt ma[16], ta[16];
	cand *c;
	int rc = 0;

	/* model mode: the model's samples vote; the readings when too few of
	 * them can be used */
	if (sx__agent_asks(r, SX_AGENT_SQL_EXPERT) && (rc = vote_samples(r, step, err)) != 1)
		return rc;
	if (!(c = sx_calloc(k, sizeof *c)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	rc = 0;
	nm = measure_alts(r, ma, sizeof ma / sizeof *ma);
	nt = time_alts(r, ta, sizeof ta / sizeof *ta);
	snprintf(c[n++].reading, sizeof c[0].reading, "the planner's reading");
	for (size_t i = 0, im = 0, it = 0; n < k && (im < nm || it < nt); i++) {
		cand *x = &c[n];
		if (i % 2 == 0 && im < nm) {
			snprintf(x->measure, sizeof x->measure, "%s", ma[im++].ref);
			snprintf(x->reading, sizeof x->reading, "measure %s", x->measure);
		} else if (i % 2 == 1 && it < nt) {
			snprintf(x->time, sizeof x->time, "%s", ta[it++].ref);
			snprintf(x->reading, sizeof x->reading, "time column %s", x->time);
		} else {
			continue;
		}
		n++;
	}
	sx__run_thought(
	    r, SX_AGENT_SQL_EXPERT, step,
	    "consensus of %zu: %zu candidate reading(s) of the intent (%zu measure and %zu "
	    "time alternatives known)",
	    k, n, nm, nt);
	for (size_t i = 0; i < n; i++) {
		sx_error e = {0};
		sx_finding_list_init(&c[i].plan);
		if (!i)
			planner_findings(r, &c[0].plan);
		if (i && (rc = sx__run_replan(r, c[i].measure[0] ? c[i].measure : NULL,
		                              c[i].time[0] ? c[i].time : NULL, &c[i].spec,
		                              &c[i].plan, &e))) {
			/* a reading gen cannot plan is no candidate */
			sx__run_thought(r, SX_AGENT_SQL_EXPERT, step,
			                "candidate %zu (%s): not planned: %s", i + 1, c[i].reading,
			                e.msg);
			sx_finding_list_release(&c[i].plan);
			memmove(&c[i], &c[i + 1], (n - i - 1) * sizeof *c);
			memset(&c[--n], 0, sizeof *c);
			i--;
			rc = 0;
			continue;
		}
		if ((rc = judge(r, step, &c[i], i, i ? c[i].spec : r->spec, err)))
			goto done;
	}

	size_t w = vote(r, step, c, n, k, "readings", 0);
	/* a winner other than the planner's reading becomes the run's spec */
	if (w != 0) {
		sx_gen_spec_free(r->spec);
		r->spec = c[w].spec;
		c[w].spec = NULL;
		cJSON_Delete(r->plan_json);
		r->plan_json = sx_gen_spec_to_json(r->spec);
		sx__run_thought(r, SX_AGENT_SQL_EXPERT, step,
		                "the plan now follows candidate %zu (%s)", w + 1, c[w].reading);
	}
done:
	cands_free(c, n);
	return rc;
}

/* ------------------------------------------------------------ history */

int sx__consensus_load(sx_store *st, const char *run_id, cJSON *run, sx_error *err)
{
	cJSON *rows = NULL;
	const cJSON *x;
	int rc;

	if ((rc = sx_store_query_json(
	         st, &rows, err,
	         "SELECT n, reading, score, errors, preview_status, preview_rows,"
	         " agrees_with, votes, winner, rule, need, k, select_sql"
	         " FROM run_votes WHERE run_id = ? ORDER BY n",
	         "s", run_id)))
		return rc;
	if (!cJSON_GetArraySize(rows)) {
		cJSON_Delete(rows);
		return 0;
	}
	cJSON *cons = cJSON_CreateObject();
	const cJSON *r0 = cJSON_GetArrayItem(rows, 0);
	sx_json_add_int(cons, "k", sx_json_int(r0, "k", 0));
	/* the model's samples are named so; the readings are not */
	sx_json_add_str(cons, "source",
	                strncmp(sx_json_str(r0, "reading", ""), "sample ", 7) == 0 ? "model"
	                                                                           : "readings");
	sx_json_add_int(cons, "candidates_found", cJSON_GetArraySize(rows));
	sx_json_add_int(cons, "need", sx_json_int(r0, "need", 0));
	sx_json_add_str(cons, "rule", sx_json_str(r0, "rule", ""));
	cJSON *arr = cJSON_AddArrayToObject(cons, "candidates");
	cJSON_ArrayForEach(x, rows)
	{
		cJSON *o = cJSON_CreateObject();
		sx_json_add_int(o, "n", sx_json_int(x, "n", 0));
		sx_json_add_str(o, "reading", sx_json_str(x, "reading", ""));
		sx_json_add_num(o, "score", sx_json_num(x, "score", 0));
		sx_json_add_int(o, "errors", sx_json_int(x, "errors", 0));
		cJSON *p = cJSON_AddObjectToObject(o, "preview");
		sx_json_add_str(p, "status", sx_json_str(x, "preview_status", ""));
		if (sx_json_int(x, "preview_rows", -1) >= 0)
			sx_json_add_int(p, "rows", sx_json_int(x, "preview_rows", 0));
		cJSON *ag = cJSON_Parse(sx_json_str(x, "agrees_with", "[]"));
		cJSON_AddItemToObject(o, "agrees_with", ag ? ag : cJSON_CreateArray());
		sx_json_add_int(o, "votes", sx_json_int(x, "votes", 0));
		sx_json_add_bool(o, "winner", sx_json_int(x, "winner", 0) != 0);
		sx_json_add_str(o, "select_sql", sx_json_str(x, "select_sql", NULL));
		if (sx_json_int(x, "winner", 0)) {
			sx_json_add_int(cons, "winner", sx_json_int(x, "n", 0));
			sx_json_add_str(cons, "winner_reading", sx_json_str(x, "reading", ""));
		}
		cJSON_AddItemToArray(arr, o);
	}
	cJSON_Delete(rows);
	cJSON_AddItemToObject(run, "consensus", cons);
	return 0;
}
