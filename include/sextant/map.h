/*
 * sextant/map.h - the map of a catalog: what each table holds (domain,
 * description, sensitivity, update frequency), which columns are personal
 * data, how tables relate (declared and inferred relationships, each with
 * named evidence and a confidence), ranked join paths and the ER graph.
 *
 * Naming: core.h owns sx_hmap (the string hash map); the map
 * object is an sx_dbmap; operations of the module are sx_map_<verb>.
 *
 * Life cycle:
 *   sx_dbmap_new(&m, cat)             an empty map over a catalog
 *   sx_map_build(m, db, sampler, ...) describe + PII + relate one database
 *   sx_map_save(st, m, db)            store the conclusions in the workspace
 *   sx_map_load(st, m)                load them back (for databases in cat)
 *   sx_map_paths / sx_map_graph       queries over the relationship graph
 *
 * A map borrows its catalog: the catalog must outlive the map. Every string
 * and array reachable from a map lives in the map's own arena and dies with
 * sx_dbmap_free. Sampled values are never kept, only conclusions.
 *
 * A map belongs to one thread at a time; queries (paths, graph, JSON) do
 * not modify it and may run concurrently with each other.
 */
#ifndef SEXTANT_MAP_H
#define SEXTANT_MAP_H

#include <sextant/catalog.h>
#include <sextant/core.h>
#include <sextant/store.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- vocabulary */

/* Business domains (docs/internals/map.md lists the words behind each).
 * Names: "identity_auth", "customers_crm", ... as in sx_map_domain_name. */
typedef enum {
	SX_DOMAIN_OTHER = 0, /* named "unknown": no domain word, or a guess below 0.4 */
	SX_DOMAIN_IDENTITY_AUTH,
	SX_DOMAIN_CUSTOMERS_CRM,
	SX_DOMAIN_SALES_ORDERS,
	SX_DOMAIN_CATALOG_PRODUCTS,
	SX_DOMAIN_INVENTORY,
	SX_DOMAIN_LOGISTICS,
	SX_DOMAIN_PAYMENTS_FINANCE,
	SX_DOMAIN_BILLING,
	SX_DOMAIN_MARKETING,
	SX_DOMAIN_EVENTS_ANALYTICS,
	SX_DOMAIN_SUPPORT,
	SX_DOMAIN_HR,
	SX_DOMAIN_AUDIT_LOGGING,
	SX_DOMAIN_REFERENCE_CONFIG,
	SX_DOMAIN_CONTENT,
	SX_DOMAIN_GEO,
	SX_DOMAIN_COMMUNICATION,
	SX_DOMAIN_HEALTHCARE,
	SX_DOMAIN_EDUCATION,
	SX_DOMAIN_MEDIA,
	SX_DOMAIN_SPORTS,
	SX_DOMAIN_PROJECTS,
	SX_DOMAIN_COUNT
} sx_map_domain;

typedef enum {
	SX_SENS_PUBLIC = 0,
	SX_SENS_INTERNAL,
	SX_SENS_CONFIDENTIAL,
	SX_SENS_RESTRICTED
} sx_map_sensitivity;

typedef enum {
	SX_FREQ_UNKNOWN = 0,
	SX_FREQ_REALTIME, /* "real-time" */
	SX_FREQ_HOURLY,
	SX_FREQ_DAILY,
	SX_FREQ_STATIC
} sx_map_freq;

/* Classes of personal data. Government ids carry their subtype (passport,
 * ssn, inn, snils) in the evidence detail. */
typedef enum {
	SX_PII_NONE = 0,
	SX_PII_EMAIL,
	SX_PII_PHONE,
	SX_PII_PERSON_NAME,
	SX_PII_POSTAL_ADDRESS,
	SX_PII_BIRTH_DATE,
	SX_PII_GOVERNMENT_ID,
	SX_PII_PAYMENT_CARD,
	SX_PII_IBAN,
	SX_PII_IP_ADDRESS,
	SX_PII_GEOLOCATION,
	SX_PII_FREE_TEXT,
	SX_PII_COUNT
} sx_map_pii;

typedef enum { SX_RELK_DECLARED = 0, SX_RELK_INFERRED } sx_map_rel_kind;

typedef enum {
	SX_CARD_MANY_TO_ONE = 0, /* "many-to-one": from (child) -> to (parent) */
	SX_CARD_ONE_TO_ONE,      /* "one-to-one" */
	SX_CARD_MANY_TO_MANY     /* "many-to-many": through the junction in via */
} sx_map_card;

typedef enum {
	SX_STATUS_PROPOSED = 0, /* "proposed": no user decision */
	SX_STATUS_ACCEPTED,
	SX_STATUS_REJECTED
} sx_map_status;

/* Stable lowercase names ("customers_crm", "restricted", "real-time",
 * "person_name", "inferred", "many-to-one", "accepted") and their parsers
 * (0, or SX_EINVAL for an unknown name). */
const char *sx_map_domain_name(sx_map_domain d);
int sx_map_domain_parse(const char *name, sx_map_domain *out);
const char *sx_map_sensitivity_name(sx_map_sensitivity s);
const char *sx_map_freq_name(sx_map_freq f);
const char *sx_map_pii_name(sx_map_pii p);
int sx_map_pii_parse(const char *name, sx_map_pii *out);
const char *sx_map_rel_kind_name(sx_map_rel_kind k);
const char *sx_map_card_name(sx_map_card c);
const char *sx_map_status_name(sx_map_status s);
int sx_map_status_parse(const char *name, sx_map_status *out);

/* ---------------------------------------------------------------- results */

/* One named piece of evidence. type is a short stable word ("declared_fk",
 * "naming", "type", "containment", "uniqueness", "similarity", "comment",
 * "value_pattern", "checksum", "name_pattern", ...); detail is human text;
 * score is the evidence's own strength in [0, 1] (or a signed contribution
 * where docs/relationships.md says so). */
typedef struct sx_map_evidence {
	const char *type;
	const char *detail;
	double score;
} sx_map_evidence;

/* The PII conclusion for one column (only columns with a class are kept). */
typedef struct sx_map_column {
	const char *name;
	sx_map_pii pii;
	double confidence;        /* [0, 1] */
	size_t nevidence;
	sx_map_evidence *evidence;
} sx_map_column;

/* What the map says about one table. */
typedef struct sx_map_table {
	sx_table *table;          /* borrowed from the catalog */
	sx_map_domain domain;
	double domain_confidence; /* [0, 1] */
	size_t ndomain_evidence;
	sx_map_evidence *domain_evidence;
	const char *description;  /* one line, deterministic */
	sx_map_sensitivity sensitivity;
	sx_map_freq frequency;
	const char *frequency_evidence; /* how frequency was decided, or NULL */
	size_t ncols;             /* PII columns only */
	sx_map_column *cols;
} sx_map_table;

/* One end of a relationship. */
typedef struct sx_map_end {
	const char *database;
	const char *schema;
	const char *table;
	size_t ncols;
	const char **cols;
	sx_table *t;              /* resolved in the catalog; NULL if absent */
} sx_map_end;

/* Another candidate parent for the same child columns. */
typedef struct sx_map_alt {
	sx_map_end to;
	double confidence;
} sx_map_alt;

typedef struct sx_map_rel {
	const char *id;           /* stable: "r" + 10 hex of a hash of the names */
	sx_map_end from;          /* child (the referencing side) */
	sx_map_end to;            /* parent (the referenced side) */
	sx_map_rel_kind kind;
	sx_map_card card;
	double confidence;        /* [0, 1]; 1 for declared */
	size_t nevidence;
	sx_map_evidence *evidence;
	sx_map_status status;
	size_t nalternates;
	sx_map_alt *alternates;
	bool polymorphic;         /* from (x_type, x_id): see type_column */
	const char *type_column;  /* the x_type column of a polymorphic pair */
	bool from_nullable;       /* some child column is nullable (LEFT JOIN) */
	sx_map_end via;           /* many-to-many: the junction (via.t != NULL) */
} sx_map_rel;

typedef struct sx_dbmap sx_dbmap;

/* An empty map over cat (borrowed; it must outlive the map). */
int sx_dbmap_new(sx_dbmap **out, const sx_catalog *cat, sx_error *err);
void sx_dbmap_free(sx_dbmap *m);
const sx_catalog *sx_dbmap_catalog(const sx_dbmap *m);

/* Per-table results; NULL when the table has not been mapped. */
const sx_map_table *sx_dbmap_table(const sx_dbmap *m, const sx_table *t);
/* PII of one column, or NULL when the column is not personal data. */
const sx_map_column *sx_dbmap_column(const sx_dbmap *m, const sx_table *t,
				     const char *col);
/* Every relationship (all databases), in a stable order. */
size_t sx_dbmap_rel_count(const sx_dbmap *m);
const sx_map_rel *sx_dbmap_rel(const sx_dbmap *m, size_t i);
const sx_map_rel *sx_dbmap_find_rel(const sx_dbmap *m, const char *id);
/* The relationships touching t (as child, parent or junction). *rels is a
 * heap array of borrowed pointers (free() it). */
int sx_dbmap_rels_of(const sx_dbmap *m, const sx_table *t,
		     const sx_map_rel ***rels, size_t *n, sx_error *err);

/* ---------------------------------------------------------------- building */

/* Optional name similarity (e.g. embeddings from the search module):
 * returns [0, 1] for two identifiers. NULL: the built-in lexical measure. */
typedef double (*sx_map_similarity_fn)(void *payload, const char *a, const char *b);

typedef struct sx_map_opts {
	bool sampling;            /* read values through the sampler ([map] sampling) */
	size_t sample_rows;       /* rows per table/column ([map] sample_rows, 200) */
	double min_confidence;    /* inferred candidates below are dropped
				     ([map] min_confidence, 0.2) */
	size_t max_alternates;    /* alternates kept per relationship (3) */
	sx_map_similarity_fn similarity;
	void *similarity_payload;
	const sx_progress *progress; /* may be NULL; cancel is honoured */
} sx_map_opts;

/* Defaults, then the [map] keys of cfg (which may be NULL). */
void sx_map_opts_init(sx_map_opts *o, const sx_config *cfg);

/* Describes, classifies and relates one database of the map's catalog,
 * replacing whatever the map held for it. sampler may be NULL (names and
 * types only); sampling failures are not fatal (they are logged and the
 * evidence is simply absent). User decisions already in the map for this
 * database (from sx_map_load) are re-applied by name. */
int sx_map_build(sx_dbmap *m, sx_database *db, sx_sampler *sampler,
		 const sx_map_opts *opts, sx_error *err);

/* ---------------------------------------------------------------- workspace */

/* Creates/migrates the map's tables in the workspace (module "map"). The
 * other functions call it; exposed for callers that manage transactions. */
int sx_map_migrate(sx_store *st, sx_error *err);
/* Replaces what the workspace holds for db (which must have been saved:
 * db->id != 0). Runs inside the caller's transaction when one is open,
 * else in its own. */
int sx_map_save(sx_store *st, const sx_dbmap *m, const sx_database *db, sx_error *err);
/* Loads the stored map of every database of the map's catalog (databases
 * loaded from this workspace: db->id != 0) and applies user decisions. */
int sx_map_load(sx_store *st, sx_dbmap *m, sx_error *err);
/* Records a user decision on relationship id (persisted by names, so it
 * survives re-analysis) and updates the map. SX_ENOTFOUND for an unknown id. */
int sx_map_decide(sx_store *st, sx_dbmap *m, const char *id, sx_map_status status,
		  sx_error *err);
/* `workspace rebuild`: copies the user's decisions that can still be read
 * from the damaged workspace file `from` into st (a fresh workspace), adding
 * the count to report (see sx_store_rebuild_salvage). The map's derived
 * tables are not salvaged: analysis recreates them. */
int sx_map_salvage(sx_store *st, const char *from, cJSON *report, sx_error *err);

/* ---------------------------------------------------------------- paths */

typedef struct sx_map_path_opts {
	int max_hops;             /* >= 1; default 4 */
	int k;                    /* paths wanted; default 3 */
	const sx_table *const *via;   /* NULL-terminated: every path visits these */
	const sx_table *const *avoid; /* NULL-terminated: no path visits these */
	double min_confidence;    /* edges below are ignored (default 0.5) */
	bool include_rejected;    /* default false: rejected edges are skipped */
} sx_map_path_opts;

void sx_map_path_opts_init(sx_map_path_opts *o);

typedef struct sx_map_hop {
	const sx_map_rel *rel;    /* the edge taken */
	const sx_table *from;     /* the table we come from */
	const sx_table *to;       /* the table we arrive at */
	bool forward;             /* true: from is the rel's child (N:1 step) */
	bool fanout;              /* a 1:N step: rows multiply after it */
	const char *from_alias;   /* SQL aliases of both tables */
	const char *to_alias;
} sx_map_hop;

typedef struct sx_map_path {
	size_t nhops;
	sx_map_hop *hops;
	double cost;              /* the ranking cost (lower is better) */
	double confidence;        /* product of the hops' confidences */
	const char *warning;      /* fan-out warning text, NULL when none */
	const char *sql;          /* SELECT ... FROM ... JOIN ... in the dialect */
} sx_map_path;

typedef struct sx_map_paths {
	const sx_table *from, *to;
	size_t npaths;
	sx_map_path *paths;       /* best first */
	/* No path: the tables of the component of from and of to (names),
	 * and how many components the database's graph has. */
	size_t nfrom_component, nto_component, ncomponents;
	const char **from_component, **to_component;
	sx_arena *arena;          /* private */
	int shortest_hops;        /* no path: hops of the shortest path ignoring
				     --max-hops (and --via), -1 when disconnected */
} sx_map_paths;

/* k shortest simple paths (Yen) from -> to over the relationship graph.
 * Edge cost = -ln(confidence) + 0.15 per hop + a hub penalty; see
 * docs/internals/map.md. Finding no path is not an error: npaths == 0 and
 * the components are filled. Errors: SX_EINVAL (max_hops < 1, from == to
 * without a via, tables of different databases). */
int sx_map_paths_find(const sx_dbmap *m, const sx_table *from, const sx_table *to,
		      const sx_map_path_opts *opts, sx_map_paths **out, sx_error *err);
void sx_map_paths_free(sx_map_paths *p);

/* Quotes an identifier for a dialect into b: double quotes with doubling
 * (PostgreSQL, SQLite, DDL); ClickHouse: backquotes with backslash escapes.
 * Identifiers that need no quoting are still quoted. */
void sx_map_quote_ident(sx_buf *b, sx_db_kind dialect, const char *ident);

/* ---------------------------------------------------------------- graph */

typedef struct sx_map_graph_opts {
	int hops;                 /* neighbourhood radius around center (2) */
	size_t max_nodes;         /* cap on nodes (300); the nearest are kept */
	const char *engine;       /* "dot", "sfdp" or NULL: dot up to 300 nodes */
	double min_confidence;    /* edges below are hidden (0.5) */
	bool include_rejected;    /* default false */
} sx_map_graph_opts;

void sx_map_graph_opts_init(sx_map_graph_opts *o);

/* The drawing model, in character cells: x grows right, y grows down,
 * (0, 0) is the top-left corner. */
typedef struct sx_map_gnode {
	const sx_table *table;
	const char *label;        /* table name (schema.table outside "main"/"public") */
	int x, y, w, h;           /* the box, borders included */
	bool center;
	bool pii;                 /* the table holds PII */
	sx_map_domain domain;
	int depth;                /* hops from the center (0 for it) */
} sx_map_gnode;

typedef struct sx_map_gpoint {
	int x, y;
} sx_map_gpoint;

typedef struct sx_map_gedge {
	const sx_map_rel *rel;
	size_t from, to;          /* node indexes (child, parent) */
	bool declared;
	size_t npoints;
	sx_map_gpoint *points;    /* polyline from the child's box to the parent's */
} sx_map_gedge;

typedef struct sx_map_layout {
	const char *engine;       /* "dot" or "sfdp" */
	int width, height;        /* cells */
	size_t nnodes;
	sx_map_gnode *nodes;
	size_t nedges;
	sx_map_gedge *edges;
	double layout_seconds;    /* measured time of the Graphviz layout */
	sx_arena *arena;          /* private */
} sx_map_layout;

/* Lays out the neighbourhood of center (or, center NULL, the whole of db;
 * db NULL takes the only database). SX_EINVAL when the scope is empty. */
int sx_map_graph(const sx_dbmap *m, const sx_database *db, const sx_table *center,
		 const sx_map_graph_opts *opts, sx_map_layout **out, sx_error *err);
void sx_map_layout_free(sx_map_layout *l);

/* The same scope rendered by Graphviz: format "dot", "svg" or "png".
 * *data is a heap buffer (free()) of *len bytes. */
int sx_map_graph_render(const sx_dbmap *m, const sx_database *db, const sx_table *center,
			const sx_map_graph_opts *opts, const char *format, char **data,
			size_t *len, sx_error *err);

/* Renders any DOT text with the same Graphviz context (laid out by dot):
 * format "dot" (with positions), "svg" or "png". *data as above. SX_EPARSE
 * when Graphviz cannot read dot. */
int sx_map_render_dot(const char *dot, const char *format, char **data, size_t *len, sx_error *err);

/* ---------------------------------------------------------------- JSON */

/* The CLI contract (docs/internals/map.md). Each returns a new object the caller
 * owns, or NULL on OOM. */
/* {"id","from":{"database","schema","table","columns"},"to":{...},"kind",
 *  "cardinality","confidence","evidence":[{"type","detail","score"}],
 *  "status", "alternates":[{"to":{...},"confidence"}], ["polymorphic",
 *  "type_column"], ["via":{...}]} */
cJSON *sx_map_rel_to_json(const sx_map_rel *r);
/* {"relations":[...]} for table t (NULL: all) at or above min_confidence. */
cJSON *sx_map_relations_to_json(const sx_dbmap *m, const sx_table *t, double min_confidence);
/* {"database","schema","table","domain","domain_confidence","domain_evidence",
 *  "description","sensitivity","update_frequency","frequency_evidence",
 *  "rows","columns":[{"name","type","nullable","pk","pii"?}],
 *  "relations":[...]} */
cJSON *sx_map_table_to_json(const sx_dbmap *m, const sx_table *t);
/* {"columns":[{"database","schema","table","column","class","confidence",
 *  "evidence":[...]}], "tables":[{"database","schema","table","sensitivity"}]}
 *  for one database (NULL: all). */
cJSON *sx_map_pii_to_json(const sx_dbmap *m, const sx_database *db);
/* {"from","to","paths":[{"hops":[{"from","to","from_columns","to_columns",
 *  "relation","confidence","kind","fanout"}],"confidence","cost","warning",
 *  "sql"}], "components":{...} when none} */
cJSON *sx_map_paths_to_json(const sx_map_paths *p);
/* {"engine","width","height","nodes":[{"id","database","schema","table",
 *  "label","x","y","w","h","center","pii","domain","depth"}],
 *  "edges":[{"relation","from","to","kind","confidence","points":[[x,y]...]}]} */
cJSON *sx_map_layout_to_json(const sx_map_layout *l);

#ifdef __cplusplus
}
#endif
#endif
