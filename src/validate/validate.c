/*
 * validate.c - the validators' entry points, the rule table and the score.
 *
 * sx_validate_artifacts dispatches each artifact by kind and language:
 *
 *   select_sql / load_sql  postgresql: libpg_query parse -> bind.c (catalog
 *                          binding and lints) -> explain.c when a server is
 *                          reachable; sqlite: sqlite3_prepare_v2 on a
 *                          read-only handle (sqlite_check.c), then the PG
 *                          grammar for the lints; clickhouse: chsql.c
 *                          (tokenizer, binding, version features, lints,
 *                          the server's analyser on LIMIT 0 wrappers)
 *   target_ddl             clickhouse: chddl.c; postgresql: parse + lints
 *   airflow_dag, python_*  python.c (pycheck.py, pytest)
 *   every artifact         secrets.c
 *
 * The rule table below is the single list of rule ids; docs/validate.md
 * documents each one and a unit test keeps the two in step.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate_int.h"

static const sx_validate_rule rules[] = {
	/* SQL: parse */
	{"sql.syntax", SX_SEV_ERROR, SX_CAT_SYNTAX, "the SQL does not parse"},
	{"sql.syntax-unverified", SX_SEV_WARNING, SX_CAT_SYNTAX,
	 "the PostgreSQL grammar rejects SQL of another dialect that could not be checked by its own engine"},
	{"sql.empty", SX_SEV_WARNING, SX_CAT_SYNTAX, "the SQL artifact holds no statement"},
	{"sql.too-deep", SX_SEV_WARNING, SX_CAT_SYNTAX,
	 "a statement nested too deeply to be bound and linted"},
	{"sql.dialect-unchecked", SX_SEV_INFO, SX_CAT_SYNTAX,
	 "no parser for this dialect here: the SQL was not checked"},
	{"sqlite.prepare", SX_SEV_ERROR, SX_CAT_SEMANTICS,
	 "SQLite refused to prepare the statement against the source"},
	/* SQL: binding */
	{"sql.unknown-schema", SX_SEV_ERROR, SX_CAT_SEMANTICS, "a schema that is not in the source"},
	{"sql.unknown-table", SX_SEV_ERROR, SX_CAT_SEMANTICS, "a table that is not in the source"},
	{"sql.unqualified-table", SX_SEV_WARNING, SX_CAT_SEMANTICS,
	 "a table outside the default schema named without its schema"},
	{"sql.unknown-column", SX_SEV_ERROR, SX_CAT_SEMANTICS,
	 "a column that none of the query's tables has"},
	{"sql.missing-from", SX_SEV_ERROR, SX_CAT_SEMANTICS,
	 "a qualifier that is not a table or alias of the query"},
	{"sql.ambiguous-column", SX_SEV_ERROR, SX_CAT_SEMANTICS,
	 "an unqualified column that several tables of the query have"},
	{"sql.missing-group-by", SX_SEV_ERROR, SX_CAT_SEMANTICS,
	 "a column neither grouped nor aggregated in an aggregate query"},
	{"sql.setop-arity", SX_SEV_ERROR, SX_CAT_SEMANTICS,
	 "branches of UNION/INTERSECT/EXCEPT return different numbers of columns"},
	{"sql.join-type-mismatch", SX_SEV_ERROR, SX_CAT_SEMANTICS,
	 "a join condition between columns of incompatible types"},
	/* SQL: logic and performance */
	{"sql.join-no-relationship", SX_SEV_WARNING, SX_CAT_LOGIC,
	 "a join that is not on a declared or inferred relationship"},
	{"sql.fan-trap", SX_SEV_ERROR, SX_CAT_LOGIC,
	 "SUM/AVG over a column on the one side of a one-to-many join"},
	{"sql.null-comparison", SX_SEV_ERROR, SX_CAT_LOGIC, "a comparison with NULL by = or <>"},
	{"sql.select-star", SX_SEV_WARNING, SX_CAT_STYLE, "SELECT * in a load"},
	{"sql.full-scan-load", SX_SEV_WARNING, SX_CAT_PERFORMANCE,
	 "an incremental load reads a large table with no predicate"},
	{"sql.order-in-subquery", SX_SEV_WARNING, SX_CAT_PERFORMANCE,
	 "ORDER BY without LIMIT in a subquery or CTE"},
	/* SQL: safety */
	{"sql.not-a-select", SX_SEV_ERROR, SX_CAT_SECURITY,
	 "the select artifact holds something other than a read-only SELECT"},
	{"sql.destructive", SX_SEV_ERROR, SX_CAT_SECURITY,
	 "DROP, TRUNCATE, DELETE/UPDATE without WHERE, or a writing CTE"},
	{"sql.full-refresh", SX_SEV_INFO, SX_CAT_LOGIC,
	 "a load deletes every row of its target, then inserts: each load replaces the table"},
	{"sql.privilege", SX_SEV_ERROR, SX_CAT_SECURITY,
	 "GRANT, role changes, ALTER SYSTEM and the like"},
	/* server checks */
	{"server.unreachable", SX_SEV_INFO, SX_CAT_PERFORMANCE,
	 "the server could not be reached: server checks were skipped"},
	{"server.not-explainable", SX_SEV_INFO, SX_CAT_SEMANTICS,
	 "only a single plain SELECT is sent to EXPLAIN"},
	{"server.error", SX_SEV_ERROR, SX_CAT_SEMANTICS, "the server rejected the SQL"},
	{"server.timeout", SX_SEV_WARNING, SX_CAT_PERFORMANCE,
	 "planning took longer than the statement timeout"},
	{"server.estimate", SX_SEV_INFO, SX_CAT_PERFORMANCE,
	 "the planner's estimated rows and cost"},
	{"server.seq-scan", SX_SEV_WARNING, SX_CAT_PERFORMANCE,
	 "a sequential scan of a large table in the plan"},
	{"server.preview", SX_SEV_INFO, SX_CAT_PERFORMANCE,
	 "rows previewed read-only, with personal data masked"},
	/* ClickHouse target DDL */
	{"ch.syntax", SX_SEV_ERROR, SX_CAT_SYNTAX, "the ClickHouse DDL could not be read"},
	{"ch.unsupported-feature", SX_SEV_ERROR, SX_CAT_SEMANTICS,
	 "a type, clause, function or syntax the target ClickHouse version lacks"},
	{"ch.missing-order-by", SX_SEV_ERROR, SX_CAT_SEMANTICS, "a MergeTree table without ORDER BY"},
	{"ch.nullable-sort-key", SX_SEV_ERROR, SX_CAT_SEMANTICS,
	 "a Nullable column in ORDER BY (the sorting key)"},
	{"ch.too-many-partitions", SX_SEV_WARNING, SX_CAT_PERFORMANCE,
	 "a partition key that makes too many parts for the data's date range"},
	{"ch.server-error", SX_SEV_ERROR, SX_CAT_SEMANTICS,
	 "the ClickHouse server rejected the DDL in a scratch database"},
	{"ch.server-query", SX_SEV_ERROR, SX_CAT_SEMANTICS,
	 "the ClickHouse server's analyser rejected a query sent read-only with LIMIT 0"},
	{"ch.load-parameter", SX_SEV_INFO, SX_CAT_SYNTAX,
	 "a {name:Type} placeholder in a load that a server before 19.11 cannot take: the caller substitutes it"},
	{"ch.server-unchecked", SX_SEV_INFO, SX_CAT_SEMANTICS,
	 "a ClickHouse query the read-only server check cannot send"},
	/* Python */
	{"py.unchecked", SX_SEV_INFO, SX_CAT_SYNTAX, "python3 is missing: the Python was not checked"},
	{"py.syntax", SX_SEV_ERROR, SX_CAT_SYNTAX, "the Python does not compile"},
	{"py.sql-injection", SX_SEV_ERROR, SX_CAT_SECURITY,
	 "SQL built by string formatting or concatenation"},
	{"py.hardcoded-secret", SX_SEV_ERROR, SX_CAT_SECURITY,
	 "a password, token or connection string with a password in the code"},
	{"py.bare-except", SX_SEV_WARNING, SX_CAT_STYLE, "a bare except:"},
	{"py.unused-import", SX_SEV_WARNING, SX_CAT_STYLE, "an import that is never used"},
	{"py.legacy-import", SX_SEV_WARNING, SX_CAT_STYLE,
	 "an Airflow 1 import path instead of an Airflow 2 provider"},
	{"py.dag-missing", SX_SEV_ERROR, SX_CAT_SEMANTICS, "a DAG file that defines no DAG"},
	{"py.dag-no-retries", SX_SEV_WARNING, SX_CAT_LOGIC, "a DAG without retries"},
	{"py.dag-no-catchup", SX_SEV_WARNING, SX_CAT_LOGIC, "a DAG without catchup set"},
	{"py.dag-schedule", SX_SEV_WARNING, SX_CAT_LOGIC,
	 "a DAG without a schedule, or with one that differs from the request"},
	{"py.task-no-id", SX_SEV_ERROR, SX_CAT_SEMANTICS, "an operator without task_id"},
	{"py.dag-cycle", SX_SEV_ERROR, SX_CAT_LOGIC, "a cycle in the task dependencies"},
	{"py.test-failed", SX_SEV_ERROR, SX_CAT_LOGIC, "a generated test fails"},
	{"py.tests-unrun", SX_SEV_INFO, SX_CAT_LOGIC, "pytest is missing: the tests did not run"},
	/* any artifact */
	{"sec.secret", SX_SEV_ERROR, SX_CAT_SECURITY,
	 "a password, token or key written into an artifact"},
	{"sec.conn-password", SX_SEV_ERROR, SX_CAT_SECURITY,
	 "a connection string that carries a password"},
	{"pii.unmasked-export", SX_SEV_WARNING, SX_CAT_PII,
	 "a personal-data column exported unmasked (an error when policy says mask)"},
	/* the pipeline run on a sample (try.c) */
	{"try.window", SX_SEV_INFO, SX_CAT_LOGIC,
	 "rows read from the source, read-only, in the bounded window"},
	{"try.source", SX_SEV_ERROR, SX_CAT_SEMANTICS, "the SELECT failed on the source"},
	{"try.unreachable", SX_SEV_INFO, SX_CAT_PERFORMANCE,
	 "the target could not be reached: the load was not tried"},
	{"try.refused", SX_SEV_ERROR, SX_CAT_SECURITY,
	 "a statement of the DDL or load that try will not run"},
	{"try.ddl", SX_SEV_ERROR, SX_CAT_SEMANTICS, "the target DDL failed in the scratch objects"},
	{"try.load", SX_SEV_ERROR, SX_CAT_SEMANTICS, "the load failed on the sample"},
	{"try.rows", SX_SEV_ERROR, SX_CAT_LOGIC, "the target's rows differ from the source's"},
	{"try.keys", SX_SEV_ERROR, SX_CAT_LOGIC, "grain keys that are NULL or not unique"},
	{"try.reconcile", SX_SEV_ERROR, SX_CAT_LOGIC,
	 "a measure's sum differs between the source window and the target"},
	{"try.idempotent", SX_SEV_ERROR, SX_CAT_LOGIC,
	 "the second load changed the counts or sums"},
	{"try.cleanup", SX_SEV_WARNING, SX_CAT_PERFORMANCE, "the scratch objects could not be dropped"},
	{"try.stream", SX_SEV_INFO, SX_CAT_LOGIC,
	 "a streaming load tried as one micro-batch through its materialised view: what was and was not checked"},
};

const sx_validate_rule *sx_validate_rules(size_t *n)
{
	*n = sizeof rules / sizeof rules[0];
	return rules;
}

const sx_validate_rule *sx_validate_rule_find(const char *id)
{
	size_t i;
	for (i = 0; id && i < sizeof rules / sizeof rules[0]; i++)
		if (strcmp(rules[i].id, id) == 0)
			return &rules[i];
	return NULL;
}

static int vfinding(sx_finding_list *out, sx_severity sev, const char *rule, sx_artifact_kind art,
		    int line, int col, const char *hint, const char *fmt, va_list ap)
{
	const sx_validate_rule *r = sx_validate_rule_find(rule);
	char msg[1024];
	char *smsg, *shint = NULL;
	int rc;
	vsnprintf(msg, sizeof msg, fmt, ap);
	/* Every finding's text passes here: messages quote parsers, servers
	 * and identifiers from the artifact, any of which may carry control
	 * bytes meant for a terminal. */
	smsg = sx_sanitize(msg, false);
	if (hint && !(shint = sx_sanitize(hint, false))) {
		free(smsg);
		return SX_ENOMEM;
	}
	if (!smsg) {
		free(shint);
		return SX_ENOMEM;
	}
	rc = sx_finding_add(out, sev, r ? r->category : SX_CAT_SEMANTICS, rule, art, line, col,
			    shint, "%s", smsg);
	free(smsg);
	free(shint);
	return rc;
}

int sx__vfinding_at(sx_finding_list *out, int sev, const char *rule, sx_artifact_kind art,
		    const char *src, const char *at, const char *hint, const char *fmt, va_list ap)
{
	const sx_validate_rule *r = sx_validate_rule_find(rule);
	int line = 0, col = 0;
	if (src && at)
		sx__text_pos(src, (long)(at - src), false, &line, &col);
	if (sev < 0)
		sev = r ? (int)r->severity : SX_SEV_WARNING;
	return vfinding(out, (sx_severity)sev, rule, art, line, col, hint, fmt, ap);
}

int sx__finding(sx_finding_list *out, const char *rule, sx_artifact_kind art, int line, int col,
		const char *hint, const char *fmt, ...)
{
	const sx_validate_rule *r = sx_validate_rule_find(rule);
	va_list ap;
	int rc;
	va_start(ap, fmt);
	rc = vfinding(out, r ? r->severity : SX_SEV_WARNING, rule, art, line, col, hint, fmt, ap);
	va_end(ap);
	return rc;
}

int sx__finding_sev(sx_finding_list *out, sx_severity sev, const char *rule, sx_artifact_kind art,
		    int line, int col, const char *hint, const char *fmt, ...)
{
	va_list ap;
	int rc;
	va_start(ap, fmt);
	rc = vfinding(out, sev, rule, art, line, col, hint, fmt, ap);
	va_end(ap);
	return rc;
}

void sx_validate_ctx_init(sx_validate_ctx *ctx)
{
	memset(ctx, 0, sizeof *ctx);
	ctx->source_dialect = SX_DB_POSTGRES;
	ctx->target_engine = SX_DB_CLICKHOUSE;
}

/* ---------------------------------------------------------------- score */

/* docs/validate.md, "The score". */
#define W_ERROR 3.0
#define W_WARNING 1.0
#define CAP_WARNINGS 3.0  /* a category with warnings only */
#define CAP_ERRORS 6.0    /* a category with at least one error */
#define CEIL_ERROR 6.0    /* any error */
#define CEIL_BLOCKER 3.0  /* any syntax or security error */

typedef struct score_in {
	size_t n[3];
	size_t e[SX_CAT_COUNT], w[SX_CAT_COUNT];
	double raw[SX_CAT_COUNT], capped[SX_CAT_COUNT];
	double penalty, ceiling, score;
} score_in;

static void score_compute(const sx_finding_list *l, score_in *s)
{
	size_t i;
	memset(s, 0, sizeof *s);
	for (i = 0; l && i < l->n; i++) {
		const sx_finding *f = &l->v[i];
		int c = f->category >= 0 && f->category < SX_CAT_COUNT ? (int)f->category : 0;
		s->n[f->severity]++;
		if (f->severity == SX_SEV_ERROR)
			s->e[c]++;
		else if (f->severity == SX_SEV_WARNING)
			s->w[c]++;
	}
	s->ceiling = 10.0;
	for (i = 0; i < SX_CAT_COUNT; i++) {
		double cap = s->e[i] ? CAP_ERRORS : CAP_WARNINGS;
		s->raw[i] = W_ERROR * (double)s->e[i] + W_WARNING * (double)s->w[i];
		s->capped[i] = s->raw[i] > cap ? cap : s->raw[i];
		s->penalty += s->capped[i];
	}
	if (s->n[SX_SEV_ERROR])
		s->ceiling = CEIL_ERROR;
	if (s->e[SX_CAT_SYNTAX] || s->e[SX_CAT_SECURITY])
		s->ceiling = CEIL_BLOCKER;
	s->score = 10.0 - s->penalty;
	if (s->score < 0)
		s->score = 0;
	if (s->score > s->ceiling)
		s->score = s->ceiling;
	s->score = (double)(long)(s->score * 10.0 + 0.5) / 10.0;
}

double sx_validate_score(const sx_finding_list *findings)
{
	score_in s;
	score_compute(findings, &s);
	return s.score;
}

cJSON *sx_validate_score_json(const sx_finding_list *findings)
{
	score_in s;
	cJSON *o = cJSON_CreateObject(), *cats;
	size_t i;
	if (!o)
		return NULL;
	score_compute(findings, &s);
	sx_json_add_num(o, "score", s.score);
	sx_json_add_int(o, "errors", (int64_t)s.n[SX_SEV_ERROR]);
	sx_json_add_int(o, "warnings", (int64_t)s.n[SX_SEV_WARNING]);
	sx_json_add_int(o, "infos", (int64_t)s.n[SX_SEV_INFO]);
	sx_json_add_num(o, "penalty", s.penalty);
	sx_json_add_num(o, "ceiling", s.ceiling);
	sx_json_add_str(o, "formula",
			"min(ceiling, max(0, 10 - sum over categories of min(cap, 3*errors + 1*warnings)))"
			"; cap 6 with errors, else 3; ceiling 3 with a syntax or security error, 6 with any error, else 10");
	if (!(cats = cJSON_AddObjectToObject(o, "categories"))) {
		cJSON_Delete(o);
		return NULL;
	}
	for (i = 0; i < SX_CAT_COUNT; i++) {
		cJSON *c;
		if (!s.e[i] && !s.w[i])
			continue;
		if (!(c = cJSON_AddObjectToObject(cats, sx_finding_cat_name((sx_finding_cat)i))))
			break;
		sx_json_add_int(c, "errors", (int64_t)s.e[i]);
		sx_json_add_int(c, "warnings", (int64_t)s.w[i]);
		sx_json_add_num(c, "penalty", s.raw[i]);
		sx_json_add_num(c, "capped", s.capped[i]);
	}
	return o;
}

/* ---------------------------------------------------------------- SQL */

static bool blank(const char *s)
{
	for (; *s; s++) {
		if (s[0] == '-' && s[1] == '-') {
			while (*s && *s != '\n')
				s++;
			if (!*s)
				break;
			continue;
		}
		if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '\r' && *s != ';')
			return false;
	}
	return true;
}

/* Orders the findings from index from on by position (stable), so a
 * reader meets them in the order of the text. */
static void sort_from(sx_finding_list *l, size_t from)
{
	size_t i, j;
	for (i = from + 1; i < l->n; i++) {
		sx_finding f = l->v[i];
		for (j = i; j > from; j--) {
			const sx_finding *p = &l->v[j - 1];
			if (p->line < f.line || (p->line == f.line && p->col <= f.col))
				break;
			l->v[j] = l->v[j - 1];
		}
		l->v[j] = f;
	}
}

static int validate_pg_sql(const sx_validate_ctx *ctx, const char *sql, sx_artifact_kind art,
			   bool load, bool unverified, bool skip_unknown, sx_finding_list *out,
			   sx_error *err)
{
	sx_pgparse p;
	sx_bind_opts o = {ctx, art, load, unverified, skip_unknown};
	int rc;

	if ((rc = sx__pg_parse(sql, &p, err)))
		return rc;
	if (p.error) {
		if (unverified)
			rc = sx__finding(out, "sql.syntax-unverified", art, p.line, p.col,
					 "check it against the source itself",
					 "the PostgreSQL grammar rejects it: %s", p.error);
		else
			rc = sx__finding(out, "sql.syntax", art, p.line, p.col, NULL, "%s", p.error);
		sx__pg_parse_release(&p);
		return rc ? sx_error_set(err, SX_ENOMEM, "out of memory") : 0;
	}
	if (p.too_deep) {
		sx__pg_parse_release(&p);
		return sx__finding(out, "sql.too-deep", art, 0, 0, "split the expression",
				   "the statement nests more than 1000 levels deep: it parses, but was not bound or linted")
			       ? sx_error_set(err, SX_ENOMEM, "out of memory")
			       : 0;
	}
	if (!cJSON_GetArraySize(cJSON_GetObjectItem(p.tree, "stmts"))) {
		sx__pg_parse_release(&p);
		if (sx__finding(out, "sql.empty", art, 0, 0, NULL, "no SQL statement"))
			return sx_error_set(err, SX_ENOMEM, "out of memory");
		return 0;
	}
	{
		size_t from = out->n;
		rc = sx__bind_sql(&o, sql, p.tree, out, err);
		sort_from(out, from);
	}
	sx__pg_parse_release(&p);
	return rc;
}

int sx_validate_sql(const sx_validate_ctx *ctx, const char *sql, sx_artifact_kind art,
		    sx_finding_list *out, sx_error *err)
{
	bool load = (ctx->flags & SX_VALIDATE_LOAD) || art == SX_ART_LOAD_SQL;
	int rc;

	if (!ctx || !sql || !out)
		return sx_error_set(err, SX_EINVAL, "sx_validate_sql: missing argument");
	if (blank(sql))
		return sx__finding(out, "sql.empty", art, 0, 0, NULL, "no SQL statement")
			       ? sx_error_set(err, SX_ENOMEM, "out of memory")
			       : 0;
	switch (ctx->source_dialect) {
	case SX_DB_POSTGRES:
	case SX_DB_DDL: {
		size_t errors = sx_finding_count(out, SX_SEV_ERROR);
		if ((rc = validate_pg_sql(ctx, sql, art, load, false, false, out, err)))
			return rc;
		/* the server sees only SQL that binds: its errors would repeat
		 * ours, less precisely */
		if ((ctx->flags & SX_VALIDATE_SERVER) && ctx->pg_conninfo &&
		    sx_finding_count(out, SX_SEV_ERROR) == errors && art != SX_ART_LOAD_SQL)
			return sx_validate_explain(ctx, sql, art, out, NULL, err);
		return 0;
	}
	case SX_DB_SQLITE: {
		bool ok = true;
		if (ctx->sqlite_path) {
			if ((rc = sx__sqlite_check(ctx->sqlite_path, sql, art, out, &ok, err)))
				return rc;
			if (!ok)
				return 0; /* SQLite said what is wrong */
		}
		/* SQLite's prepare knows the names; the PG grammar adds the
		 * lints it cannot (fan trap, GROUP BY, NULL comparison). */
		return validate_pg_sql(ctx, sql, art, load, true, ctx->sqlite_path != NULL, out, err);
	}
	case SX_DB_CLICKHOUSE: {
		size_t from = out->n;
		rc = sx__ch_sql(ctx, sql, art, load, NULL, out, err);
		sort_from(out, from);
		return rc;
	}
	default:
		return sx__finding(out, "sql.dialect-unchecked", art, 0, 0,
				   "run it on the server to check it",
				   "%s SQL is not parsed by Sextant", sx_db_kind_name(ctx->source_dialect))
			       ? sx_error_set(err, SX_ENOMEM, "out of memory")
			       : 0;
	}
}

/* ---------------------------------------------------------------- artifacts */

static bool lang_is(const sx_artifact *a, const char *lang)
{
	return a->lang && sx_str_eq_nocase(a->lang, lang);
}

static int validate_one(const sx_validate_ctx *ctx, const sx_artifact_set *arts,
			const sx_artifact *a, sx_finding_list *out, sx_error *err)
{
	const char *text = a->content ? a->content : "";
	int rc;

	if ((rc = sx_validate_secrets(text, a->kind, out, err)))
		return rc;
	switch (a->kind) {
	case SX_ART_SELECT_SQL:
	case SX_ART_LOAD_SQL:
		if (lang_is(a, "clickhouse")) {
			/* the set's own ClickHouse DDL creates the load's target */
			const sx_artifact *ddl = sx_artifact_set_get(arts, SX_ART_TARGET_DDL);
			bool load = (ctx->flags & SX_VALIDATE_LOAD) || a->kind == SX_ART_LOAD_SQL;
			size_t from = out->n;
			if (blank(text))
				return sx_validate_sql(ctx, text, a->kind, out, err);
			rc = sx__ch_sql(ctx, text, a->kind, load,
					ddl && lang_is(ddl, "clickhouse") ? ddl->content : NULL, out, err);
			sort_from(out, from);
			return rc;
		}
		if (a->kind == SX_ART_LOAD_SQL) {
			/* a load runs on the target: bind what can be bound, no
			 * EXPLAIN on the source */
			sx_validate_ctx c = *ctx;
			c.flags &= ~(unsigned)SX_VALIDATE_SERVER;
			if (lang_is(a, "sqlite"))
				c.source_dialect = SX_DB_SQLITE, c.sqlite_path = NULL;
			else if (lang_is(a, "postgresql"))
				c.source_dialect = SX_DB_POSTGRES;
			return sx_validate_sql(&c, text, a->kind, out, err);
		}
		return sx_validate_sql(ctx, text, a->kind, out, err);
	case SX_ART_TARGET_DDL:
		if (lang_is(a, "clickhouse"))
			return sx_validate_ch_ddl(ctx, text, out, err);
		{
			sx_validate_ctx c = *ctx;
			/* DDL for a PostgreSQL or SQLite target: parse only; the
			 * names it creates are not in the source catalog */
			c.cat = NULL;
			c.flags &= ~(unsigned)SX_VALIDATE_SERVER;
			c.source_dialect = lang_is(a, "sqlite") ? SX_DB_SQLITE : SX_DB_POSTGRES;
			c.sqlite_path = NULL;
			return sx_validate_sql(&c, text, a->kind, out, err);
		}
	case SX_ART_AIRFLOW_DAG:
	case SX_ART_PYTHON_TRANSFORM:
		return sx_validate_python(ctx, text, a->kind, out, err);
	case SX_ART_PYTHON_TESTS: {
		const sx_artifact *tr = sx_artifact_set_get(arts, SX_ART_PYTHON_TRANSFORM);
		if ((rc = sx_validate_python(ctx, text, a->kind, out, err)))
			return rc;
		if ((ctx->flags & SX_VALIDATE_PYTEST) && tr && tr->content) {
			/* the module is imported by its name: "transforms/x.py" and
			 * "x" both mean x.py */
			char stem[128] = "transform";
			if (tr->name)
				sx_path_stem(tr->name, stem, sizeof stem);
			return sx_validate_pytest(ctx, stem, tr->content, text, out, err);
		}
		return 0;
	}
	default:
		return 0;
	}
}

int sx_validate_artifacts(const sx_validate_ctx *ctx, const sx_artifact_set *arts,
			  sx_finding_list *out, sx_error *err)
{
	size_t i;
	int rc;
	if (!ctx || !arts || !out)
		return sx_error_set(err, SX_EINVAL, "sx_validate_artifacts: missing argument");
	for (i = 0; i < arts->n; i++)
		if ((rc = validate_one(ctx, arts, &arts->v[i], out, err)))
			return rc;
	return 0;
}
