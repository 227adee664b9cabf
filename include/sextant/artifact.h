/*
 * sextant/artifact.h - the typed things a generation run produces and the
 * findings validators report about them.
 *
 * These two types are the contract between the modules of the agent half:
 * gen/ produces artifacts, validate/ reads artifacts and produces findings,
 * agents/ keeps both per iteration in the history, and the CLI and the TUI
 * show them. They live in core so that none of those modules has to include
 * another just for a struct.
 *
 * Ownership: an sx_artifact_set and an sx_finding_list own every string in
 * them (heap copies). They belong to one thread at a time.
 */
#ifndef SEXTANT_ARTIFACT_H
#define SEXTANT_ARTIFACT_H

#include <sextant/core.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- artifacts */

typedef enum {
	SX_ART_SELECT_SQL = 0, /* the full-load SELECT, source dialect, runnable */
	SX_ART_TARGET_DDL,     /* CREATE TABLE ... in the target's dialect */
	SX_ART_LOAD_SQL,       /* incremental / idempotent load */
	SX_ART_AIRFLOW_DAG,    /* Airflow 2.x DAG (Python) */
	SX_ART_PYTHON_TRANSFORM,
	SX_ART_PYTHON_TESTS,   /* pytest tests of the transform module */
	SX_ART_README,
	SX_ART_COUNT
} sx_artifact_kind;

typedef struct sx_artifact {
	sx_artifact_kind kind;
	char *name;     /* file-friendly name: "daily_sales" */
	char *lang;     /* "postgresql", "clickhouse", "sqlite", "python", "markdown" */
	char *content;  /* the text */
} sx_artifact;

typedef struct sx_artifact_set {
	sx_artifact *v;
	size_t n, cap;
} sx_artifact_set;

/* "select_sql", "target_ddl", ... (the --json and history names). */
const char *sx_artifact_kind_name(sx_artifact_kind k);
/* -1 when the name is unknown. */
int sx_artifact_kind_parse(const char *name);

void sx_artifact_set_init(sx_artifact_set *s);
void sx_artifact_set_release(sx_artifact_set *s);
/* Adds a copy of the strings; replaces an existing artifact of the same
 * kind and name. SX_ENOMEM on failure. */
int sx_artifact_set_put(sx_artifact_set *s, sx_artifact_kind kind,
			const char *name, const char *lang, const char *content);
/* The first artifact of a kind, or NULL (borrowed). */
const sx_artifact *sx_artifact_set_get(const sx_artifact_set *s,
				       sx_artifact_kind kind);
/* Deep copy of src into dst (dst initialised by the call). */
int sx_artifact_set_copy(sx_artifact_set *dst, const sx_artifact_set *src);
/* [{kind, name, lang, content}, ...]; NULL on OOM. */
cJSON *sx_artifact_set_to_json(const sx_artifact_set *s);

/* ---------------------------------------------------------------- findings */

typedef enum {
	SX_SEV_INFO = 0,
	SX_SEV_WARNING,
	SX_SEV_ERROR
} sx_severity;

typedef enum {
	SX_CAT_SYNTAX = 0,
	SX_CAT_SEMANTICS,
	SX_CAT_LOGIC,
	SX_CAT_PERFORMANCE,
	SX_CAT_SECURITY,
	SX_CAT_STYLE,
	SX_CAT_PII,
	SX_CAT_AMBIGUITY,  /* two readings of the intent were close */
	SX_CAT_MODEL,      /* a model's answer could not be used */
	SX_CAT_COUNT
} sx_finding_cat;

typedef struct sx_finding {
	sx_severity severity;
	sx_finding_cat category;
	char *rule;       /* documented rule id: "sql.unknown-column" */
	sx_artifact_kind artifact; /* which artifact (SX_ART_COUNT: the run) */
	int line, col;    /* 1-based; 0 when not known */
	char *message;
	char *hint;       /* a fix hint, may be NULL */
} sx_finding;

typedef struct sx_finding_list {
	sx_finding *v;
	size_t n, cap;
} sx_finding_list;

const char *sx_severity_name(sx_severity s);     /* "error", ... */
const char *sx_finding_cat_name(sx_finding_cat c); /* "syntax", ... */

void sx_finding_list_init(sx_finding_list *l);
void sx_finding_list_release(sx_finding_list *l);
/* Appends a finding; the strings are copied (hint may be NULL). */
int sx_finding_add(sx_finding_list *l, sx_severity sev, sx_finding_cat cat,
		   const char *rule, sx_artifact_kind art, int line, int col,
		   const char *hint, const char *fmt, ...) SX_PRINTF(9, 10);
size_t sx_finding_count(const sx_finding_list *l, sx_severity sev);
/* [{severity, category, rule, artifact, line, col, message, hint}, ...] */
cJSON *sx_finding_list_to_json(const sx_finding_list *l);

#ifdef __cplusplus
}
#endif
#endif
