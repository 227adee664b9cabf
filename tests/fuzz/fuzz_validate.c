/*
 * fuzz_validate.c - libFuzzer harness for the validators' text paths: the
 * SQL binder (parse + bind + lints against tests/validate/shop.sql), the
 * ClickHouse DDL reader and the secrets scanner. The first byte picks the
 * path and the artifact kind; the rest is the text. Every call must return
 * 0 (findings are fine), never crash, hang or leak, and every finding must
 * name a documented rule and carry no control byte.
 *
 * No server, no map and no python3 are involved: the map's lookups are
 * stubbed below (the binder treats a missing map as "no relationships").
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/validate.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* the map is not linked into the harness */
int sx_dbmap_rels_of(const sx_dbmap *m, const sx_table *t, const sx_map_rel ***rels, size_t *n,
		     sx_error *err)
{
	(void)m, (void)t, (void)err;
	*rels = NULL;
	*n = 0;
	return 0;
}

const sx_map_column *sx_dbmap_column(const sx_dbmap *m, const sx_table *t, const char *col)
{
	(void)m, (void)t, (void)col;
	return NULL;
}

const sx_map_table *sx_dbmap_table(const sx_dbmap *m, const sx_table *t)
{
	(void)m, (void)t;
	return NULL;
}

const char *sx_map_pii_name(sx_map_pii p)
{
	(void)p;
	return "pii";
}

void sx_map_quote_ident(sx_buf *b, sx_db_kind dialect, const char *ident)
{
	(void)dialect;
	sx_buf_puts(b, ident);
}

static sx_catalog *cat;
static sx_database *db;

static void init(void)
{
	sx_error err;
	sx_source_opts o;
	memset(&o, 0, sizeof o);
	if (sx_catalog_new(&cat, &err) ||
	    sx_ddl_introspect(cat, SX_SOURCE_DIR "/tests/validate/shop.sql", &o, &db, &err)) {
		fprintf(stderr, "fuzz_validate: %s\n", err.msg);
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sx_validate_ctx ctx;
	sx_finding_list l;
	sx_error err;
	char *text;
	size_t i;
	int rc, mode;

	if (!cat)
		init();
	if (size < 1)
		return 0;
	mode = data[0] % 4;
	if (!(text = malloc(size)))
		return 0;
	memcpy(text, data + 1, size - 1);
	text[size - 1] = 0;
	sx_validate_ctx_init(&ctx);
	ctx.cat = cat;
	ctx.db = db;
	ctx.target_version = "18.16.1";
	ctx.data_days = 730;
	sx_finding_list_init(&l);
	switch (mode) {
	case 0:
		rc = sx_validate_sql(&ctx, text, SX_ART_SELECT_SQL, &l, &err);
		break;
	case 1:
		rc = sx_validate_sql(&ctx, text, SX_ART_LOAD_SQL, &l, &err);
		break;
	case 2:
		rc = sx_validate_ch_ddl(&ctx, text, &l, &err);
		break;
	default:
		rc = sx_validate_secrets(text, SX_ART_AIRFLOW_DAG, &l, &err);
		break;
	}
	if (rc)
		abort(); /* only OOM may fail, and the fuzzer has memory */
	for (i = 0; i < l.n; i++) {
		const unsigned char *p = (const unsigned char *)l.v[i].message;
		if (!sx_validate_rule_find(l.v[i].rule))
			abort();
		for (; *p; p++)
			if (*p < 0x20)
				abort();
	}
	(void)sx_validate_score(&l);
	sx_finding_list_release(&l);
	free(text);
	return 0;
}
