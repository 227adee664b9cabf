/*
 * sextant/gen.h - built-in generation: a plain-language ETL intent (English
 * or Russian) becomes a typed query spec, resolved against the catalog and
 * the map, and the spec becomes artifacts (SELECT, target DDL, load SQL,
 * an Airflow DAG, a Python transform and its tests, a README), offline and
 * without a model.
 *
 * Two steps:
 *   sx_gen_plan    intent + catalog + map (+ search, + a value dictionary)
 *                  -> sx_gen_spec, with "thoughts" (every choice with its
 *                  alternatives and confidence) and ambiguity findings;
 *   sx_gen_render  spec -> sx_artifact_set (sextant/artifact.h).
 * The agents call both; a model's SQL is checked against the same spec.
 *
 * Ownership: a spec owns everything in it (its arena) and borrows the
 * catalog's tables: the catalog must outlive the spec. Thoughts own their
 * strings. Nothing here touches a terminal; every string that came from a
 * database or the intent is untrusted and must be sanitized before display.
 * A spec belongs to one thread at a time.
 */
#ifndef SEXTANT_GEN_H
#define SEXTANT_GEN_H

#include <sextant/artifact.h>
#include <sextant/catalog.h>
#include <sextant/core.h>
#include <sextant/map.h>
#include <sextant/search.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- thoughts */

/* The explanation of a plan, one line per choice, in the order made. */
typedef struct sx_gen_thoughts {
	char **v;
	size_t n, cap;
} sx_gen_thoughts;

void sx_gen_thoughts_init(sx_gen_thoughts *t);
void sx_gen_thoughts_release(sx_gen_thoughts *t);
int sx_gen_thought(sx_gen_thoughts *t, const char *fmt, ...) SX_PRINTF(2, 3);

/* ---------------------------------------------------------------- spec */

typedef enum {
	SX_AGG_SUM = 0,
	SX_AGG_COUNT,          /* count(*) when expr is NULL */
	SX_AGG_COUNT_DISTINCT,
	SX_AGG_AVG,
	SX_AGG_MIN,
	SX_AGG_MAX
} sx_gen_agg;

typedef enum {
	SX_GRAIN_NONE = 0,
	SX_GRAIN_HOUR,
	SX_GRAIN_DAY,
	SX_GRAIN_WEEK,         /* weeks start on Monday */
	SX_GRAIN_MONTH,
	SX_GRAIN_QUARTER,
	SX_GRAIN_YEAR,
	SX_GRAIN_WEEKDAY       /* the day of the week, an integer, 0 = Sunday .. 6 = Saturday
	                        * (SQLite strftime('%w'), PostgreSQL EXTRACT(DOW)); gen14 */
} sx_gen_grain;

typedef enum {
	SX_LOAD_AGGREGATE = 0,
	SX_LOAD_INCREMENTAL,   /* copy with upsert on the key, watermark */
	SX_LOAD_SNAPSHOT,      /* full snapshot with a snapshot date */
	SX_LOAD_SCD2,          /* history with valid_from / valid_to / is_current */
	SX_LOAD_DEDUP,         /* keep the latest row per key */
	SX_LOAD_DENORM360,     /* one wide row per entity, facts pre-aggregated */
	SX_LOAD_MASKED_EXPORT  /* the entity's rows with personal data masked */
} sx_gen_load;

typedef enum {
	SX_FOP_EQ = 0, SX_FOP_NE, SX_FOP_IN, SX_FOP_NOT_IN, SX_FOP_GE, SX_FOP_LT,
	SX_FOP_IS_NULL,        /* no value: "not yet shipped" is a NULL shipped date */
	SX_FOP_GT, SX_FOP_LE,  /* a number bound, unquoted: "longer than an hour" (gen15) */
	SX_FOP_GT_COL,         /* later than another column of the same table, values[0]
	                        * its name: "shipped after the required date" (gen15) */
	SX_FOP_NOT_NULL,       /* a value recorded: "products without a brand don't count" (gen15) */
	SX_FOP_NOT_EXISTS,     /* no row of `other` refers to it: column the key of table,
	                        * values[0] other's referencing column ("never mailed"; gen21) */
	SX_FOP_DATE_RANGE      /* [values[0], values[1]) ISO dates on the group's time column
	                        * (table and column NULL): one year of a pivot ("2023 next to
	                        * 2024"; the lead, round 36), a measure's `only` */
} sx_gen_fop;

/* Semantic column types (sx_gen_column_sem). */
typedef enum {
	SX_SEM_OTHER = 0,
	SX_SEM_IDENTIFIER,
	SX_SEM_MONEY,
	SX_SEM_QUANTITY,
	SX_SEM_MEASURE,        /* another number worth summing */
	SX_SEM_CATEGORY,       /* low-cardinality text: channel, type, segment */
	SX_SEM_STATUS,
	SX_SEM_FLAG,
	SX_SEM_TS_CREATED,
	SX_SEM_TS_UPDATED,
	SX_SEM_TS_EVENT,       /* paid_at, shipped_at, started_at */
	SX_SEM_BUSINESS_DATE,  /* a DATE: issued_on, rate_date */
	SX_SEM_LABEL,          /* name, title, code */
	SX_SEM_TEXT
} sx_gen_sem;

/* A measure: agg over expr evaluated on the rows of table. expr uses {col}
 * placeholders for columns of table ("{quantity} * {unit_price}"); NULL
 * with SX_AGG_COUNT is count(*). */
typedef struct sx_gen_measure {
	const char *name;      /* output column, deterministic */
	sx_gen_agg agg;
	const sx_table *table;
	const char *expr;
	/* the fact rows it is computed over when they are not table's: a count of
	 * invoices per genre counts distinct invoice keys over the invoice lines
	 * (table joined many-to-one from via); NULL: table's own rows */
	const sx_table *via;
	/* a window over the aggregated rows, as an extra output column after the
	 * measures: SHARE is the measure's fraction of its period's total (of the
	 * whole result without a grain), RUNNING its running total over the
	 * periods per dimension key */
	enum { SX_WIN_NONE = 0, SX_WIN_SHARE, SX_WIN_RUNNING } window;
	const char *window_name; /* the extra column: revenue_share, revenue_running_total */
	bool window_pct;         /* the share in percent, 100.0 * the fraction ("in percent"; gen19) */
	bool window_only;        /* only the window is output: a share asked alone ("what share of
	                          * shipments is in each status"), its count no column (gen21) */
	bool convert;          /* converted to the base currency */
	double confidence;
	/* a two-level aggregate: expr is summed over table's rows per key of per
	 * (a table that table reaches many-to-one: an order's lines per order),
	 * then agg runs over those sums ("average order value" when the order has
	 * no total of its own); NULL: one level */
	const sx_table *per;
	/* a per-measure filter on a column of table ("number of delivered orders
	 * and number of cancelled orders"): applied inside the aggregate
	 * (PostgreSQL FILTER (WHERE ...), ClickHouse countIf / sumIf, SQLite
	 * CASE WHEN), so the other measures keep their rows; NULL: none.
	 * Borrowed from the spec's arena. */
	const struct sx_gen_filter *only;
	/* no row of the group passes `only`: 0, not NULL (a sum or count of a
	 * pivot's year that had none: "0 where a country had no invoices") */
	bool zero_empty;
	/* a percentage within each group (gen14): 100.0 * the rows where `only`
	 * holds / all the group's rows ("cancelled orders as a percentage of
	 * all orders of the channel"); agg is COUNT, expr NULL */
	bool pct;
	/* an ordered funnel step ("a product view, then an add to cart"): 1 +
	 * the index of the previous step's measure, whose rows (same table, its
	 * `only` value) must hold the same key (expr's column) at or before this
	 * row's after_time, checked by a correlated EXISTS, down the chain of
	 * steps; 0: counted on its own */
	size_t after_step;
	const char *after_time;
} sx_gen_measure;

/* A dimension: a column of a table reached from the facts by N:1 joins. */
typedef struct sx_gen_dim {
	const char *name;      /* output column */
	const sx_table *table;
	const char *column;
	/* a role through a self reference (gen24): the column of table
	 * pointing at table itself (reports_to), read on the row it points at,
	 * a second copy of table joined on it ("the employee's manager");
	 * NULL: table's own row */
	const char *role_col;
} sx_gen_dim;

typedef struct sx_gen_filter {
	const sx_table *table;
	const char *column;
	sx_gen_fop op;
	size_t nvalues;
	const char **values;   /* literals, bound as quoted strings */
	bool is_date;          /* compared as a date/timestamp */
	/* SX_FOP_GT_COL (gen21): the table of the column values[0] names when
	 * it is not table's (a parent joined many-to-one: "the room's base
	 * price"), NULL: table's own; col_op the comparison, NULL: ">" */
	const sx_table *other;
	const char *col_op;
	/* SX_FOP_GT_COL in a list beside each row's superior: values[0] read
	 * on the row the list's self reference points at (the manager's
	 * salary; the lead, round 31) */
	bool other_superior;
	/* SX_FOP_GT_COL of a row against its group's average: values[0]
	 * averaged over table's rows whose avg_by equals the row's ("above the
	 * average price of their own category"; gen37), NULL: none */
	const char *avg_by;
	/* SX_FOP_GT_COL of a row against the average of all of table's rows
	 * ("channels with a share above the average of all channels") */
	bool avg_all;
} sx_gen_filter;

/* One join step inside a fact group: to is joined to from on the columns. */
typedef struct sx_gen_join {
	const sx_table *from, *to;
	size_t ncols;
	const char **from_cols, **to_cols;
	bool left;             /* LEFT JOIN: nullable key or optional parent */
} sx_gen_join;

/* The facts of one table, aggregated at the grain before being combined
 * with other groups (fan-trap safe). */
typedef struct sx_gen_group {
	const sx_table *fact;
	size_t nmeasures;
	size_t *measures;      /* indexes into spec->measures */
	size_t njoins;
	sx_gen_join *joins;
	/* the time column, as reached from this fact (NULL: none) */
	const sx_table *time_table;
	const char *time_column;
	/* the time column is an integer year (2004), not a date: the year
	 * grain is the column itself, a year range compares numbers (gen19) */
	bool time_year;
	/* for 360 tables: the fact's column holding the entity key */
	const char *entity_col;
	/* a group of one two-level measure: its sums per key of per first */
	const sx_table *per;
	const char *per_key;   /* per's key column (declared or from the map) */
} sx_gen_group;

typedef struct sx_gen_spec {
	sx_arena *arena;
	const char *intent;
	const char *lang;          /* "en" or "ru" */
	sx_gen_load load;
	sx_db_kind source;         /* dialect of select_sql */
	sx_db_kind target;         /* dialect of target_ddl / load_sql */
	const char *target_version;/* NULL: unknown (conservative syntax) */
	const char *target_table;
	const char *schedule;      /* cron */
	bool streaming;
	/* the largest source table's analysed row count (-1: unknown) and, for a
	 * PostgreSQL target at least request.partition_rows, range partitions by
	 * month (by year for quarter and year grains) on the grain's date */
	int64_t source_rows;
	bool partitioned;

	size_t nmeasures;
	sx_gen_measure *measures;
	size_t ndims;
	sx_gen_dim *dims;
	size_t nfilters;
	sx_gen_filter *filters;
	size_t ngroups;
	sx_gen_group *groups;

	/* time */
	const sx_table *time_table;
	const char *time_column;
	bool time_year;            /* an integer year column, not a date (gen19) */
	sx_gen_grain grain;
	const char *date_from, *date_to; /* [from, to) ISO dates, NULL: open */
	int last_days;             /* > 0: the last N days (relative) */
	/* the last N days count back from the latest date of the time column's
	 * table ("the last 60 days of the data"), not from today (gen14) */
	bool last_days_data;
	/* only the rows of a Saturday or a Sunday of the time column ("on
	 * weekends", "в выходные"; gen14) */
	bool weekend;

	/* a threshold on an aggregate ("customers with more than 20 orders"):
	 * HAVING measures[having_measure] having_op having_value in the
	 * measure's group; with several groups only that group's keys are
	 * kept. having_op is ">", ">=", "<" or "<="; false: none */
	bool having;
	size_t having_measure;
	const char *having_op;
	int64_t having_value;

	/* entities with no facts kept as zero ("including those with no
	 * orders", "с нулём"): every row of the dimensions' one table, LEFT
	 * JOINed to the aggregate, counts and sums 0 (gen13) */
	bool keep_empty;

	/* an entity's key grouped by but not shown (the lead, round 31): the
	 * columns listed of its rows stand for it ("last name, first name and
	 * the number of tickets"), and two customers of one name stay two
	 * rows; rendered where one group is aggregated with no grain, top N,
	 * window or rows kept at zero (else the listed columns group alone),
	 * the target then keyed by nothing the output shows. NULL: none */
	const sx_table *hidden_key_table;
	const char *hidden_key_col;

	/* top N per group: rank dimension top_dim within the others */
	int top_n;
	size_t top_dim;
	size_t top_measure;
	/* the list after a colon or a dash names the members and the number
	 * ("-- album title and revenue"): that list is the output, no rank
	 * column (gen39) */
	bool rank_hidden;

	/* entity loads (snapshot, incremental, scd2, dedup, masked, 360) */
	const sx_table *entity;
	size_t nkey;
	const char **key;          /* key columns of the entity / dedup key */
	const char *watermark;     /* incremental cursor column */
	const char *order_col;     /* dedup: latest by this column */
	size_t ncols;
	const char **cols;         /* entity columns selected */
	const char **col_masks;    /* per column: NULL or a PII class name */
	const char **col_out;      /* per column: the output name */
	/* a snapshot nobody asked for by name, cut by a "never" / "no" clause:
	 * a list of the rows the filters keep, the columns named, no snapshot
	 * date ("which customers never ordered? company names"; lead, round 24) */
	bool list;
	/* a list read beside each row's superior ("employees paid more than
	 * their manager"; the lead, round 31): the entity's self reference
	 * (its column and the key it points at), the superior's row joined on
	 * it; col_superior[i]: cols[i] is read on that row. NULL: none */
	const char *list_role_col, *list_role_key;
	const bool *col_superior;
	/* a list of the entity's top rows by one of its numbers ("the three
	 * best-selling issues"; lead, round 32): the column, the order and how
	 * many rows. NULL: none */
	const char *list_rank_col;
	int list_rank_n;
	bool list_rank_asc;        /* the lowest first ("the 5 cheapest") */

	/* currency conversion */
	const sx_table *rate_table;
	const char *rate_col, *rate_date_col, *rate_cur_col, *fact_cur_col;
	const sx_table *fact_cur_table; /* where fact_cur_col lives (fact or header) */
	const char *base_currency;
	const char *to_currency;    /* asked for; NULL or the base: no division */

	/* deployment (sx_gen_spec_set_cluster / _set_airflow, after planning) */
	const char *cluster;        /* ClickHouse cluster: ON CLUSTER DDL, a replicated
				     * <table>_local and a Distributed table; NULL: one server */
	const char *cluster_db;     /* database of both tables (with cluster) */
	const char *airflow_pool;   /* the DAG's pool and queue; NULL: Airflow's defaults */
	const char *airflow_queue;
} sx_gen_spec;

/* ---------------------------------------------------------------- planning */

/* Sampled distinct values of a low-cardinality, non-PII column (about 50 at
 * most), for filters such as "excluding cancelled". Returns 0 and a heap
 * array of heap strings (freed by the planner with free()), or non-zero
 * when unknown. May be NULL in the request: then only values named in
 * column comments are known. */
typedef int (*sx_gen_values_fn)(void *payload, const sx_table *t, const char *col,
				char ***values, size_t *n);

typedef struct sx_gen_request {
	const char *intent;               /* required, UTF-8 */
	const char *target;               /* "postgresql", "clickhouse", "sqlite"; NULL: from the intent, else postgresql */
	const char *target_version;       /* e.g. "18.16.1"; NULL: unknown */
	const char *schedule;             /* cron; NULL: from the intent */
	const char *mode;                 /* "batch", "streaming" or NULL */
	const char *database;             /* restrict to one database, or NULL */
	/* Overrides (the CLI's --measure, --dimension, --filter, --time-column):
	 * NULL-terminated lists of "[agg:]table.column" measures,
	 * "table.column" dimensions and "table.column=value" / "table.column!=value"
	 * filters; time_column "table.column". */
	const char *const *measures;
	const char *const *dimensions;
	const char *const *filters;
	const char *time_column;
	sx_gen_values_fn values;
	void *values_payload;
	/* source rows (the largest fact's row count, analysed) from which a
	 * PostgreSQL target whose grain has a date is range-partitioned by
	 * month; 0: SX_GEN_PARTITION_ROWS */
	int64_t partition_rows;
} sx_gen_request;

#define SX_GEN_PARTITION_ROWS 10000000

/* The value dictionary kept in the workspace (table gen_values, filled by
 * analyze: sx_gen_dict_fill_new below): an
 * sx_gen_values_fn (payload: the dictionary) that answers from what was
 * kept, else samples the column once through live_source (may be NULL) and
 * keeps its values, at most 50 a column. [gen] value_dictionary = false in
 * cfg switches it off (every call then says "unknown"). The store must
 * outlive the dictionary; both belong to one thread at a time. */
typedef struct sx_gen_dict sx_gen_dict;
int sx_gen_dict_open(sx_gen_dict **out, sx_store *st, const char *live_source,
		     const sx_config *cfg, sx_error *err);
void sx_gen_dict_free(sx_gen_dict *d);
int sx_gen_dict_values(void *payload, const sx_table *t, const char *col, char ***values,
		       size_t *n);

/* Whether the planner asks the value dictionary for column c of t: a status
 * or category column by sx_gen_column_sem, or the label of a table with a
 * single-column key (the names of a lookup's rows: "Rock" of a genre table),
 * that is no personal data in map (map may be NULL: then by its meaning
 * only). The one predicate for the planner's filter words and for analyze's
 * pre-fill. */
bool sx_gen_dict_wants(const sx_dbmap *map, const sx_table *t, const sx_column *c);

/* The dictionary filled by `analyze` (a user who analyses a server with a
 * password later generates without it): every column of db's tables,
 * partitioned tables and materialised views that sx_gen_dict_wants, sampled
 * through s with one bounded distinct query each, at most [gen]
 * dictionary_columns columns (default SX_GEN_DICT_COLUMNS; the rest are
 * left to the lazy path). Nothing is sampled when [gen] value_dictionary
 * = false (then *out says so and saves nothing). Sampling happens here,
 * before the caller's transaction; sx_gen_dict_fill_save writes the values
 * inside it: each sampled column's rows are replaced (a NULL row for "too
 * many values"), and rows of db's personal-data columns are deleted.
 * progress (may be NULL) sees "value dictionary" i of n and may cancel
 * (SX_ECANCELLED). st, map, db and s are borrowed; db must outlive *out. */
#define SX_GEN_DICT_COLUMNS 1000
typedef struct sx_gen_dict_fill sx_gen_dict_fill;
typedef struct sx_gen_dict_fill_stats {
	bool enabled;          /* false: [gen] value_dictionary = false */
	size_t candidates;     /* columns sx_gen_dict_wants */
	size_t columns;        /* sampled and kept: 1 to 50 values */
	size_t too_many;       /* sampled, more than 50 values (kept as a NULL row) */
	size_t empty;          /* sampled, no non-NULL value (old rows deleted) */
	size_t failed;         /* the query failed (nothing kept, old rows stay) */
	size_t over_cap;       /* not sampled: over [gen] dictionary_columns */
	int64_t queries;
} sx_gen_dict_fill_stats;
int sx_gen_dict_fill_new(sx_gen_dict_fill **out, sx_store *st, const sx_dbmap *map,
			 const sx_database *db, sx_sampler *s, const sx_config *cfg,
			 const sx_progress *progress, sx_error *err);
int sx_gen_dict_fill_save(sx_store *st, const sx_gen_dict_fill *f, sx_error *err);
const sx_gen_dict_fill_stats *sx_gen_dict_fill_stats_of(const sx_gen_dict_fill *f);
void sx_gen_dict_fill_free(sx_gen_dict_fill *f);

/* Plans req over the catalog of map. search (may be NULL) ranks tables;
 * th and findings (may be NULL) receive the thoughts and the ambiguity /
 * bad-input findings. Errors (SX_EINVAL with a message saying what to
 * rephrase): the intent names nothing known (the closest tables are
 * listed), a measure with no numeric column, a grain with no timestamp,
 * streaming with a cron schedule; SX_EUNSUPPORTED: another language. */
int sx_gen_plan(sx_gen_spec **out, const sx_gen_request *req, const sx_dbmap *map,
		sx_search *search, sx_gen_thoughts *th, sx_finding_list *findings, sx_error *err);
void sx_gen_spec_free(sx_gen_spec *s);

/* The spec as JSON (history, --json). Caller owns. */
cJSON *sx_gen_spec_to_json(const sx_gen_spec *s);

/* The semantic type of a column, from its name, type and comment. */
sx_gen_sem sx_gen_column_sem(const sx_table *t, const sx_column *c);
const char *sx_gen_sem_name(sx_gen_sem s);
const char *sx_gen_load_name(sx_gen_load l);
const char *sx_gen_grain_name(sx_gen_grain g);
const char *sx_gen_agg_name(sx_gen_agg a);

/* ---------------------------------------------------------------- deployment */

/* Makes a ClickHouse target a cluster (src/gen/cluster.c): name is the
 * cluster of remote_servers, database the database of the replicated local
 * table <target>_local and of the Distributed table <target> (NULL:
 * "default"). Copies both into the spec's arena. name NULL or "" clears
 * it. SX_EINVAL when the target is not ClickHouse. */
int sx_gen_spec_set_cluster(sx_gen_spec *s, const char *name, const char *database,
			    sx_error *err);
/* The Airflow pool and queue the DAG's tasks name (NULL: not named). */
int sx_gen_spec_set_airflow(sx_gen_spec *s, const char *pool, const char *queue, sx_error *err);

/* The deployment settings of a run, from the options and the config:
 * cluster (the --cluster option, else [target] clickhouse_cluster; "auto":
 * the one cluster of the target server's system.clusters that is not one of
 * ClickHouse's shipped test_* examples, read through target_url), database
 * ([target] clickhouse_database), [airflow] pool and queue. th (may be NULL)
 * receives a thought per choice. A cluster for a target other than
 * ClickHouse is a usage error (SX_EUSAGE); "auto" without a reachable target
 * or with no or several candidate clusters fails with the list. */
int sx_gen_apply_deploy(sx_gen_spec *s, const sx_config *cfg, const char *cluster_opt,
			const char *target_url, sx_gen_thoughts *th, sx_error *err);

/* The Distributed table's sharding key for the spec (an expression over its
 * quoted output columns), with a reason; the caller owns both strings. */
int sx_gen_sharding_key(const sx_gen_spec *s, char **key, char **why);

/* ---------------------------------------------------------------- rendering */

/* Renders every artifact of the spec into out (initialised by the caller):
 * select_sql (source dialect), target_ddl and load_sql (target dialect),
 * airflow_dag, python_transform, python_tests and readme. */
int sx_gen_render(const sx_gen_spec *spec, sx_artifact_set *out, sx_error *err);

/* Only the SELECT, in a given dialect (the SQLite demo, previews). */
int sx_gen_render_select(const sx_gen_spec *spec, sx_db_kind dialect, sx_buf *out,
			 sx_error *err);

#ifdef __cplusplus
}
#endif
#endif
