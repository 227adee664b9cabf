/*
 * vfixture.h - the catalog and map the validator tests bind against:
 * tests/validate/shop.sql read by the DDL introspector and mapped without
 * sampling (names and types only), with orders made "large".
 */
#ifndef SX_VFIXTURE_H
#define SX_VFIXTURE_H

#include <sextant/validate.h>

#include "sx_test.h"

typedef struct vfix {
	sx_catalog *cat;
	sx_dbmap *map;
	sx_database *db;
} vfix;

static inline void vfix_open(vfix *f)
{
	char path[1024];
	sx_error err = {0};
	sx_map_opts o;
	const char *src = getenv("SX_SOURCE_DIR");
	sx_table *t = NULL;

	memset(f, 0, sizeof *f);
	snprintf(path, sizeof path, "%s/tests/validate/shop.sql", src ? src : ".");
	assert_int_equal(sx_catalog_new(&f->cat, &err), 0);
	if (sx_ddl_introspect(f->cat, path, NULL, &f->db, &err))
		fail_msg("shop.sql: %s", err.msg);
	assert_int_equal(sx_dbmap_new(&f->map, f->cat, &err), 0);
	sx_map_opts_init(&o, NULL);
	o.sampling = false;
	if (sx_map_build(f->map, f->db, NULL, &o, &err))
		fail_msg("map: %s", err.msg);
	assert_int_equal(sx_catalog_resolve(f->cat, "public.orders", &t, &err), 0);
	t->row_count = 500000;
}

static inline void vfix_close(vfix *f)
{
	sx_dbmap_free(f->map);
	sx_catalog_free(f->cat);
}

static inline void vfix_ctx(const vfix *f, sx_validate_ctx *ctx)
{
	sx_validate_ctx_init(ctx);
	ctx->cat = f->cat;
	ctx->db = f->db;
	ctx->map = f->map;
	ctx->source_dialect = SX_DB_POSTGRES;
}

#endif
