/*
 * sextant/catalog.h - the schema model and the introspectors that fill it.
 *
 * A catalog holds databases -> schemas -> tables (and views) -> columns,
 * with keys, foreign keys, indexes, comments and statistics. All strings and
 * arrays of a catalog live in its arena and die with sx_catalog_free; the
 * structs below are plain data that callers read directly and build through
 * the sx_catalog_add_* functions (introspectors, the workspace loader and
 * tests all use the same builders).
 *
 * Stable ids: a table is "database.schema.table". For SQLite the database
 * name is the file stem and the schema is "main".
 *
 * Introspectors open sources read-only and never write to them.
 */
#ifndef SEXTANT_CATALOG_H
#define SEXTANT_CATALOG_H

#include <sextant/core.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Type families: the coarse kinds used to compare columns across dialects. */
typedef enum {
	SX_TF_OTHER = 0,
	SX_TF_INTEGER,
	SX_TF_DECIMAL,
	SX_TF_FLOAT,
	SX_TF_TEXT,
	SX_TF_BOOLEAN,
	SX_TF_DATE,
	SX_TF_TIMESTAMP,
	SX_TF_UUID,
	SX_TF_JSON,
	SX_TF_BINARY,
	SX_TF_ARRAY,
	SX_TF_COUNT
} sx_typefam;

typedef enum {
	SX_DB_SQLITE = 0,
	SX_DB_POSTGRES,
	SX_DB_CLICKHOUSE,
	SX_DB_DDL /* a DDL file (PostgreSQL dialect) */
} sx_db_kind;

typedef enum {
	SX_REL_TABLE = 0,
	SX_REL_VIEW,
	SX_REL_MATVIEW,
	SX_REL_FOREIGN,
	SX_REL_PARTITIONED /* a partitioned parent; partitions are folded in */
} sx_rel_kind;

typedef enum {
	SX_GEN_NONE = 0,
	SX_GEN_STORED,
	SX_GEN_VIRTUAL,
	SX_GEN_IDENTITY /* identity / autoincrement */
} sx_gen_kind;

typedef struct sx_column {
	const char *name;
	const char *type;         /* declared type as the source prints it */
	sx_typefam family;
	int position;             /* 1-based */
	bool nullable;
	sx_gen_kind generated;
	const char *default_expr; /* NULL when none */
	const char *gen_expr;     /* generation expression, NULL when none */
	const char *comment;      /* NULL when none */
} sx_column;

/* A list of column names (primary key, unique constraint, index). */
typedef struct sx_key {
	const char *name;         /* constraint or index name; may be NULL */
	size_t ncols;
	const char **cols;        /* index expressions are kept as text */
} sx_key;

typedef struct sx_fk {
	const char *name;         /* may be NULL */
	size_t ncols;
	const char **cols;        /* child columns */
	const char *ref_schema;   /* NULL: same schema */
	const char *ref_table;
	const char **ref_cols;    /* ncols entries; NULL: the parent's PK */
	const char *on_delete;    /* NULL when default (NO ACTION) */
	const char *on_update;
} sx_fk;

typedef struct sx_index {
	sx_key key;
	bool unique;
	bool primary;             /* the index backing the primary key */
	const char *method;       /* "btree", "hash", ...; NULL when unknown */
	const char *predicate;    /* partial index WHERE, NULL when none */
} sx_index;

/* Activity counters (PostgreSQL pg_stat_user_tables); -1 when unknown. */
typedef struct sx_table_stats {
	int64_t n_ins, n_upd, n_del, n_live, n_dead;
	const char *last_analyze;  /* ISO-8601 or NULL */
	const char *last_autovacuum;
} sx_table_stats;

/* A partition folded into its parent: only its name and bound survive,
 * so that a question about one period can name the partition that holds
 * it (search) while the map and graph see the parent alone. */
typedef struct sx_partition {
	const char *name;
	const char *bound;        /* "FOR VALUES FROM (..) TO (..)", "DEFAULT",
	                           * ...; NULL when unknown */
} sx_partition;

typedef struct sx_schema sx_schema;
typedef struct sx_database sx_database;

typedef struct sx_table {
	sx_schema *schema;        /* parent */
	const char *name;
	sx_rel_kind kind;
	const char *comment;
	const char *definition;   /* view SQL, NULL for tables */
	size_t ncols;
	sx_column *cols;
	sx_key pk;                /* pk.ncols == 0: no primary key */
	size_t nuniques;
	sx_key *uniques;
	size_t nfks;
	sx_fk *fks;
	size_t nindexes;
	sx_index *indexes;
	int64_t row_count;        /* -1 unknown */
	bool rows_exact;          /* true: counted; false: an estimate */
	int64_t size_bytes;       /* -1 unknown */
	sx_table_stats stats;
	bool without_rowid;       /* SQLite */
	const char *engine;       /* ClickHouse engine, NULL elsewhere */
	const char *partition_key;/* PostgreSQL or ClickHouse, NULL when none */
	const char *sorting_key;  /* ClickHouse ORDER BY */
	const char *primary_key_expr; /* ClickHouse PRIMARY KEY expression */
	size_t npartitions;       /* partitions folded into this table */
	size_t nparts;            /* the named ones among them (leaves and */
	sx_partition *parts;      /* sub-partitioned ones), in source order */
	int64_t id;               /* workspace row id, 0 when not stored */
	void *user;               /* free for the owner of the catalog */
} sx_table;

struct sx_schema {
	sx_database *db;          /* parent */
	const char *name;
	size_t ntables;
	sx_table **tables;
};

struct sx_database {
	const char *name;
	sx_db_kind kind;
	const char *dsn;          /* with any password removed */
	const char *server_version;
	const char *analysed_at;  /* ISO-8601 UTC */
	size_t nschemas;
	sx_schema **schemas;
	size_t nwarnings;
	const char **warnings;    /* non-fatal problems found while reading */
	int64_t round_trips;      /* queries sent while introspecting */
	int64_t id;               /* workspace row id, 0 when not stored */
};

typedef struct sx_catalog {
	sx_arena *arena;
	size_t ndbs;
	sx_database **dbs;
} sx_catalog;

/* ---------------------------------------------------------------- building */

int sx_catalog_new(sx_catalog **out, sx_error *err);
void sx_catalog_free(sx_catalog *cat);

/* Each add function copies its strings into the catalog's arena and
 * returns the new object (borrowed), or NULL on OOM. */
sx_database *sx_catalog_add_database(sx_catalog *cat, const char *name,
				     sx_db_kind kind);
sx_schema *sx_catalog_add_schema(sx_catalog *cat, sx_database *db,
				 const char *name);
sx_table *sx_catalog_add_table(sx_catalog *cat, sx_schema *s, const char *name,
			       sx_rel_kind kind);
/* Appends a column; position is set to ncols (1-based). The returned
 * pointer is valid until the next sx_catalog_add_column on this table. */
sx_column *sx_catalog_add_column(sx_catalog *cat, sx_table *t, const char *name,
				 const char *type);
int sx_catalog_set_pk(sx_catalog *cat, sx_table *t, const char *name,
		      size_t ncols, const char *const *cols);
int sx_catalog_add_unique(sx_catalog *cat, sx_table *t, const char *name,
			  size_t ncols, const char *const *cols);
sx_fk *sx_catalog_add_fk(sx_catalog *cat, sx_table *t, const char *name,
			 size_t ncols, const char *const *cols,
			 const char *ref_schema, const char *ref_table,
			 const char *const *ref_cols);
sx_index *sx_catalog_add_index(sx_catalog *cat, sx_table *t, const char *name,
			       bool unique, size_t ncols,
			       const char *const *cols);
/* Records a partition folded into t (name and bound are copied; bound may
 * be NULL). Does not change t->npartitions. 0 or SX_ENOMEM. */
int sx_catalog_add_partition(sx_catalog *cat, sx_table *t, const char *name,
			     const char *bound);
int sx_catalog_add_warning(sx_catalog *cat, sx_database *db, const char *fmt,
			   ...) SX_PRINTF(3, 4);
/* Arena copy helper for string fields set directly. */
const char *sx_catalog_str(sx_catalog *cat, const char *s);
/* Moves a database (and everything under it) from src into dst, e.g. after
 * introspecting into a scratch catalog. src keeps its arena alive: dst
 * takes ownership of src, which must not be used afterwards. */
int sx_catalog_merge(sx_catalog *dst, sx_catalog *src, sx_error *err);

/* ---------------------------------------------------------------- reading */

sx_database *sx_catalog_find_database(const sx_catalog *cat, const char *name);
sx_schema *sx_database_find_schema(const sx_database *db, const char *name);
sx_table *sx_schema_find_table(const sx_schema *s, const char *name);
const sx_column *sx_table_find_column(const sx_table *t, const char *name);
/* The one table a view merely renames: a view whose whole body is a plain
 * projection of one relation (SELECT * or a list of column references,
 * renamed or not, FROM one table; no join, filter, grouping, DISTINCT,
 * LIMIT, set operation or computed column), such as AdventureWorks'
 * `pe.pp AS SELECT businessentityid AS id, * FROM person.personphone`.
 * The base is looked up in the view's database (an unqualified name in
 * the view's own schema; names case-sensitive first, then ASCII
 * case-insensitive). Returns it (borrowed), or NULL when t is not such a
 * view, its definition does not parse, or the base is not in the catalog.
 * Parses with libpg_query on the calling thread (see sextant/pgsql.h). */
const sx_table *sx_table_view_base(const sx_table *t);
/* What a view reads: fn gets the name of each relation its SELECT reads
 * (is_rel true; subqueries, joins and CTEs included, as written, without
 * schema) and the last name of each column reference (is_rel false:
 * "a.first_name" gives "first_name"), in the order of the parse tree,
 * repeats included. Nothing when t is not a view or its definition does
 * not parse. Returns 0, or fn's non-zero value, which stops the walk.
 * Parses with libpg_query on the calling thread. */
typedef int (*sx_view_read_fn)(void *payload, const char *name, bool is_rel);
int sx_table_view_reads(const sx_table *t, sx_view_read_fn fn, void *payload);
/* Resolves a user's table reference: "db.schema.table", "schema.table" or
 * "table" (case-sensitive first, then ASCII case-insensitive). Returns 0 and
 * the table; SX_ENOTFOUND; or SX_EINVAL when the name is ambiguous, with
 * the candidates in the message. */
int sx_catalog_resolve(const sx_catalog *cat, const char *ref, sx_table **out,
		       sx_error *err);
/* Writes "database.schema.table" into out. */
int sx_table_id(const sx_table *t, char *out, size_t n);
/* True when col is (part of) the table's primary key. */
bool sx_table_col_in_pk(const sx_table *t, const char *col);
/* The FK that has col as a child column, or NULL. */
const sx_fk *sx_table_col_fk(const sx_table *t, const char *col);
size_t sx_database_table_count(const sx_database *db);
size_t sx_catalog_table_count(const sx_catalog *cat);

/* Calls fn for every table (in database, schema, table order). */
typedef void (*sx_table_fn)(sx_table *t, void *payload);
void sx_catalog_each_table(const sx_catalog *cat, sx_table_fn fn, void *payload);

/* ---------------------------------------------------------------- types */

/* Maps a declared type of the given dialect to its family. */
sx_typefam sx_typefam_of(sx_db_kind dialect, const char *declared);
const char *sx_typefam_name(sx_typefam f);     /* "integer", "text", ... */
sx_typefam sx_typefam_parse(const char *name); /* inverse; OTHER if unknown */
const char *sx_db_kind_name(sx_db_kind k);     /* "sqlite", "postgresql", ... */
int sx_db_kind_parse(const char *name, sx_db_kind *out);
const char *sx_rel_kind_name(sx_rel_kind k);   /* "table", "view", ... */
int sx_rel_kind_parse(const char *name, sx_rel_kind *out);

/* ---------------------------------------------------------------- sources */

/* Options shared by all introspectors. */
typedef struct sx_source_opts {
	const char *const *schemas;   /* NULL-terminated filter, NULL = all */
	bool ignore_declared_fks;     /* drop declared FKs after reading */
	bool exact_counts;            /* count rows exactly where it is cheap */
	bool skip_bad_statements;     /* DDL files: leave out statements that do
	                               * not parse (one warning) instead of
	                               * failing the file */
	long statement_timeout_ms;    /* 0: the config default (30 s) */
	long connect_timeout_s;       /* 0: the config default (10 s) */
	const sx_config *config;      /* may be NULL */
	const sx_progress *progress;  /* may be NULL */
} sx_source_opts;

/* How a source string was classified. */
typedef enum {
	SX_SRC_UNKNOWN = 0,
	SX_SRC_SQLITE,      /* a path or sqlite:PATH */
	SX_SRC_POSTGRES,    /* postgres:// postgresql:// or "key=value ..." */
	SX_SRC_CLICKHOUSE,  /* clickhouse:// http:// https:// */
	SX_SRC_DDL          /* a .sql / .ddl file */
} sx_source_kind;

sx_source_kind sx_source_classify(const char *source);

/* Reads one source into cat, adding one database. Dispatches on the
 * source's kind; the database's name, dsn and analysed_at are set.
 * On failure nothing is added to cat. */
int sx_source_introspect(sx_catalog *cat, const char *source,
			 const sx_source_opts *opts, sx_database **out,
			 sx_error *err);

/* The individual introspectors (called by sx_source_introspect). */
int sx_sqlite_introspect(sx_catalog *cat, const char *path,
			 const sx_source_opts *opts, sx_database **out,
			 sx_error *err);
/* PostgreSQL: conninfo is a libpq URI or keyword string (libpq's PG*
 * variables, service file and .pgpass apply). Reads every non-system
 * schema (or opts->schemas) in a fixed number of queries inside one
 * read-only transaction with a statement timeout. Errors: SX_EAUTH (login
 * refused), SX_ETIMEOUT (connect or statement timeout), SX_ENOTFOUND,
 * SX_EEMPTY, SX_EIO. Schemas without USAGE permission become warnings. */
int sx_pg_introspect(sx_catalog *cat, const char *conninfo,
		     const sx_source_opts *opts, sx_database **out,
		     sx_error *err);
/* A ClickHouse server over HTTP: "clickhouse://user[:pass]@host:8123/db",
 * "http(s)://host:8123[/?database=db]". Credentials from the URL, else
 * $CLICKHOUSE_USER / $CLICKHOUSE_PASSWORD. One schema, named after the
 * ClickHouse database. Every query is sent with readonly=1. SX_EAUTH on a
 * refused login, SX_EIO when the server cannot be reached. */
int sx_ch_introspect(sx_catalog *cat, const char *url,
		     const sx_source_opts *opts, sx_database **out,
		     sx_error *err);
/* The clusters of a ClickHouse server's system.clusters (same URL forms and
 * credentials as sx_ch_introspect, read-only): a NULL-terminated heap array
 * of heap names (free each, then the array), each with its shard and replica counts in
 * shards[i] / replicas[i] (heap arrays, may be NULL when not wanted). */
int sx_ch_clusters(const char *url, char ***names, int **shards, int **replicas,
		   sx_error *err);
/* A DDL file in the PostgreSQL dialect (hand-written or pg_dump output).
 * The database is named after the file stem; schemas come from qualified
 * names (default "public"). SX_EPARSE with "file:line:column: message" on
 * a syntax error, SX_EEMPTY when the file defines no table or view. */
int sx_ddl_introspect(sx_catalog *cat, const char *path,
		      const sx_source_opts *opts, sx_database **out,
		      sx_error *err);

/* ---------------------------------------------------------------- sampling */

/* A read-only session on a live source for reading bounded samples of
 * values (PII detection, value containment of inferred relationships,
 * update-frequency estimates). Opened with the same source string as
 * analyze, so it sees the credentials the workspace never stores. Sampled
 * values are handed to callbacks and must never be stored: only the
 * conclusions drawn from them (one exception: the value dictionary of
 * gen/dict.c keeps distinct values of status and category columns that
 * are no personal data). Sampling can be switched off in config
 * ([map] sampling = false); callers check that, not the sampler.
 *
 * Values are delivered as text (NULL for SQL NULL). Identifiers are quoted
 * with the dialect's own rules and values are bound as parameters. */
typedef struct sx_sampler sx_sampler;

int sx_sampler_open(sx_sampler **out, const char *source, const sx_source_opts *opts,
		    sx_error *err);
void sx_sampler_close(sx_sampler *s);
/* Up to limit rows of the given columns (TABLESAMPLE on PostgreSQL, LIMIT
 * elsewhere). row() returns non-zero to stop early. */
typedef int (*sx_sample_row_fn)(void *payload, size_t ncols, const char *const *values);
int sx_sampler_rows(sx_sampler *s, const sx_table *t, size_t ncols, const char *const *cols,
		    size_t limit, sx_sample_row_fn row, void *payload, sx_error *err);
/* Up to limit distinct non-NULL values of one column, as a heap array of heap
 * strings (free with sx_sampler_values_free). */
int sx_sampler_distinct(sx_sampler *s, const sx_table *t, const char *col, size_t limit,
			char ***values, size_t *n, sx_error *err);
void sx_sampler_values_free(char **values, size_t n);
/* How many of the n given values occur in column col of t (compared as
 * text). Used to measure containment of a child column in a parent key. */
int sx_sampler_count_in(sx_sampler *s, const sx_table *t, const char *col, size_t n,
			const char *const *values, size_t *found, sx_error *err);
/* Number of queries this sampler has sent. */
int64_t sx_sampler_round_trips(const sx_sampler *s);

/* Returns a heap copy of a DSN with any password removed (caller frees). */
char *sx_dsn_redact(const char *dsn);

/* The catalog as JSON (databases, tables, columns, keys). detail=false
 * gives one line per table. The caller owns the result. */
cJSON *sx_table_to_json(const sx_table *t, bool detail);
cJSON *sx_database_to_json(const sx_database *db, bool with_tables);

#ifdef __cplusplus
}
#endif
#endif
