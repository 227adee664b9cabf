/*
 * types.c - declared types to type families, and the small enum <-> name
 * tables of the catalog.
 *
 * The family is what relationship discovery compares ("same family" is a
 * requirement for an inferred join) and what the search index and the
 * generators use, so it must agree across dialects: PostgreSQL's int4,
 * SQLite's INTEGER and ClickHouse's Nullable(UInt32) are all "integer".
 */
#include <ctype.h>
#include <string.h>

#include <sextant/catalog.h>

static const char *const fam_names[SX_TF_COUNT] = {
	"other", "integer", "decimal", "float", "text", "boolean",
	"date", "timestamp", "uuid", "json", "binary", "array",
};

const char *sx_typefam_name(sx_typefam f)
{
	return (f >= 0 && f < SX_TF_COUNT) ? fam_names[f] : "other";
}

sx_typefam sx_typefam_parse(const char *name)
{
	int i;
	if (!name) /* a NULL read from a damaged workspace */
		return SX_TF_OTHER;
	for (i = 0; i < SX_TF_COUNT; i++)
		if (strcmp(fam_names[i], name) == 0)
			return (sx_typefam)i;
	return SX_TF_OTHER;
}

/* Exact base names (lowercase, parameters stripped) of every dialect. */
static const struct {
	const char *name;
	sx_typefam fam;
} exact[] = {
	{"int", SX_TF_INTEGER}, {"integer", SX_TF_INTEGER}, {"smallint", SX_TF_INTEGER},
	{"bigint", SX_TF_INTEGER}, {"tinyint", SX_TF_INTEGER}, {"mediumint", SX_TF_INTEGER},
	{"int2", SX_TF_INTEGER}, {"int4", SX_TF_INTEGER}, {"int8", SX_TF_INTEGER},
	{"serial", SX_TF_INTEGER}, {"bigserial", SX_TF_INTEGER}, {"smallserial", SX_TF_INTEGER},
	{"serial4", SX_TF_INTEGER}, {"serial8", SX_TF_INTEGER}, {"serial2", SX_TF_INTEGER},
	{"oid", SX_TF_INTEGER}, {"year", SX_TF_INTEGER},
	{"int16", SX_TF_INTEGER}, {"int32", SX_TF_INTEGER},
	{"int64", SX_TF_INTEGER}, {"int128", SX_TF_INTEGER}, {"int256", SX_TF_INTEGER},
	{"uint8", SX_TF_INTEGER}, {"uint16", SX_TF_INTEGER}, {"uint32", SX_TF_INTEGER},
	{"uint64", SX_TF_INTEGER}, {"uint128", SX_TF_INTEGER}, {"uint256", SX_TF_INTEGER},
	{"numeric", SX_TF_DECIMAL}, {"decimal", SX_TF_DECIMAL}, {"money", SX_TF_DECIMAL},
	{"decimal32", SX_TF_DECIMAL}, {"decimal64", SX_TF_DECIMAL},
	{"decimal128", SX_TF_DECIMAL}, {"decimal256", SX_TF_DECIMAL},
	{"smallmoney", SX_TF_DECIMAL}, {"number", SX_TF_DECIMAL},
	{"real", SX_TF_FLOAT}, {"float", SX_TF_FLOAT}, {"double", SX_TF_FLOAT},
	{"double precision", SX_TF_FLOAT}, {"float4", SX_TF_FLOAT}, {"float8", SX_TF_FLOAT},
	{"float32", SX_TF_FLOAT}, {"float64", SX_TF_FLOAT},
	{"text", SX_TF_TEXT}, {"varchar", SX_TF_TEXT}, {"character varying", SX_TF_TEXT},
	{"char", SX_TF_TEXT}, {"character", SX_TF_TEXT}, {"bpchar", SX_TF_TEXT},
	{"nvarchar", SX_TF_TEXT}, {"nchar", SX_TF_TEXT}, {"varchar2", SX_TF_TEXT},
	{"nvarchar2", SX_TF_TEXT}, {"clob", SX_TF_TEXT}, {"citext", SX_TF_TEXT},
	{"name", SX_TF_TEXT}, {"string", SX_TF_TEXT}, {"fixedstring", SX_TF_TEXT},
	{"tinytext", SX_TF_TEXT}, {"mediumtext", SX_TF_TEXT}, {"longtext", SX_TF_TEXT},
	{"ntext", SX_TF_TEXT}, {"enum", SX_TF_TEXT}, {"enum8", SX_TF_TEXT},
	{"enum16", SX_TF_TEXT}, {"set", SX_TF_TEXT}, {"native character", SX_TF_TEXT},
	{"varying character", SX_TF_TEXT},
	{"boolean", SX_TF_BOOLEAN}, {"bool", SX_TF_BOOLEAN}, {"bit", SX_TF_BOOLEAN},
	{"date", SX_TF_DATE}, {"date32", SX_TF_DATE},
	{"timestamp", SX_TF_TIMESTAMP}, {"timestamptz", SX_TF_TIMESTAMP},
	{"timestamp without time zone", SX_TF_TIMESTAMP},
	{"timestamp with time zone", SX_TF_TIMESTAMP}, {"datetime", SX_TF_TIMESTAMP},
	{"datetime2", SX_TF_TIMESTAMP}, {"datetime64", SX_TF_TIMESTAMP},
	{"smalldatetime", SX_TF_TIMESTAMP}, {"datetimeoffset", SX_TF_TIMESTAMP},
	{"uuid", SX_TF_UUID}, {"uniqueidentifier", SX_TF_UUID},
	{"json", SX_TF_JSON}, {"jsonb", SX_TF_JSON}, {"object", SX_TF_JSON},
	{"bytea", SX_TF_BINARY}, {"blob", SX_TF_BINARY}, {"binary", SX_TF_BINARY},
	{"varbinary", SX_TF_BINARY}, {"longblob", SX_TF_BINARY}, {"mediumblob", SX_TF_BINARY},
	{"tinyblob", SX_TF_BINARY}, {"image", SX_TF_BINARY}, {"raw", SX_TF_BINARY},
	{"array", SX_TF_ARRAY},
};

/* Lowercases the declared type into out, unwraps ClickHouse's Nullable()
 * and LowCardinality(), drops parameters "(...)" and collapses spaces. */
static void normalise(const char *in, char *out, size_t n)
{
	char tmp[256];
	size_t i, j = 0;
	bool space = false;
	int depth = 0;

	for (i = 0; in[i] && j < sizeof tmp - 1; i++)
		tmp[j++] = (char)tolower((unsigned char)in[i]);
	tmp[j] = '\0';
	for (;;) {
		size_t l = strlen(tmp);
		if (strncmp(tmp, "nullable(", 9) == 0 && l > 10 && tmp[l - 1] == ')') {
			memmove(tmp, tmp + 9, l - 9);
			tmp[l - 10] = '\0';
		} else if (strncmp(tmp, "lowcardinality(", 15) == 0 && l > 16 && tmp[l - 1] == ')') {
			memmove(tmp, tmp + 15, l - 15);
			tmp[l - 16] = '\0';
		} else {
			break;
		}
	}
	j = 0;
	for (i = 0; tmp[i] && j < n - 1; i++) {
		char c = tmp[i];
		if (c == '(') {
			depth++;
			continue;
		}
		if (c == ')') {
			depth--;
			continue;
		}
		if (depth > 0)
			continue;
		if (c == ' ' || c == '\t' || c == '\n') {
			space = j > 0;
			continue;
		}
		if (space && j < n - 1)
			out[j++] = ' ';
		space = false;
		out[j++] = c;
	}
	out[j] = '\0';
}

sx_typefam sx_typefam_of(sx_db_kind dialect, const char *declared)
{
	char t[256];
	size_t i, l;

	if (!declared || !*declared)
		return dialect == SX_DB_SQLITE ? SX_TF_BINARY : SX_TF_OTHER;
	normalise(declared, t, sizeof t);
	l = strlen(t);
	if ((l >= 2 && strcmp(t + l - 2, "[]") == 0) || strncmp(t, "array", 5) == 0 ||
	    (dialect == SX_DB_POSTGRES && t[0] == '_'))
		return SX_TF_ARRAY;
	/* "integer unsigned", "varchar collate x", "timestamp(3) with time zone" */
	for (i = 0; i < sizeof exact / sizeof exact[0]; i++)
		if (strcmp(t, exact[i].name) == 0)
			return exact[i].fam;
	if (strncmp(t, "timestamp", 9) == 0 || strncmp(t, "datetime", 8) == 0)
		return SX_TF_TIMESTAMP;
	if (strncmp(t, "time", 4) == 0 || strncmp(t, "interval", 8) == 0)
		return SX_TF_OTHER;
	if (strncmp(t, "character varying", 17) == 0 || strncmp(t, "varchar", 7) == 0 ||
	    strncmp(t, "char", 4) == 0 || strncmp(t, "text", 4) == 0)
		return SX_TF_TEXT;
	if (strncmp(t, "double", 6) == 0 || strncmp(t, "float", 5) == 0)
		return SX_TF_FLOAT;
	if (strncmp(t, "decimal", 7) == 0 || strncmp(t, "numeric", 7) == 0)
		return SX_TF_DECIMAL;
	if (strncmp(t, "uint", 4) == 0 || strncmp(t, "int", 3) == 0 ||
	    strncmp(t, "bigint", 6) == 0 || strncmp(t, "smallint", 8) == 0 ||
	    strncmp(t, "tinyint", 7) == 0)
		return SX_TF_INTEGER;
	if (strncmp(t, "bool", 4) == 0)
		return SX_TF_BOOLEAN;
	if (dialect == SX_DB_SQLITE) {
		/* SQLite's own affinity rules (datatype3.html section 3.1). */
		if (strstr(t, "int"))
			return SX_TF_INTEGER;
		if (strstr(t, "char") || strstr(t, "clob") || strstr(t, "text"))
			return SX_TF_TEXT;
		if (strstr(t, "blob"))
			return SX_TF_BINARY;
		if (strstr(t, "real") || strstr(t, "floa") || strstr(t, "doub"))
			return SX_TF_FLOAT;
		if (strstr(t, "date") || strstr(t, "time"))
			return SX_TF_TIMESTAMP;
		return SX_TF_DECIMAL; /* NUMERIC affinity */
	}
	return SX_TF_OTHER;
}

static const char *const db_kind_names[] = {"sqlite", "postgresql", "clickhouse", "ddl"};

const char *sx_db_kind_name(sx_db_kind k)
{
	return (k >= 0 && k <= SX_DB_DDL) ? db_kind_names[k] : "unknown";
}

int sx_db_kind_parse(const char *name, sx_db_kind *out)
{
	int i;
	if (!name) /* a NULL read from a damaged workspace */
		return SX_EINVAL;
	for (i = 0; i <= SX_DB_DDL; i++)
		if (strcmp(db_kind_names[i], name) == 0) {
			*out = (sx_db_kind)i;
			return 0;
		}
	return SX_EINVAL;
}

static const char *const rel_kind_names[] = {"table", "view", "materialized view",
					      "foreign table", "partitioned table"};

const char *sx_rel_kind_name(sx_rel_kind k)
{
	return (k >= 0 && k <= SX_REL_PARTITIONED) ? rel_kind_names[k] : "table";
}

int sx_rel_kind_parse(const char *name, sx_rel_kind *out)
{
	int i;
	if (!name) /* a NULL read from a damaged workspace */
		return SX_EINVAL;
	for (i = 0; i <= SX_REL_PARTITIONED; i++)
		if (strcmp(rel_kind_names[i], name) == 0) {
			*out = (sx_rel_kind)i;
			return 0;
		}
	return SX_EINVAL;
}
