/*
 * catalog_int.h - declarations shared inside the catalog module.
 */
#ifndef SX_CATALOG_INT_H
#define SX_CATALOG_INT_H

#include <sextant/catalog.h>

/* A sampler is a small vtable over a per-source session. Each source kind
 * implements one open function that fills ops and state. */
struct sx_sampler_ops {
	int (*rows)(void *state, const sx_table *t, size_t ncols, const char *const *cols,
		    size_t limit, sx_sample_row_fn row, void *payload, sx_error *err);
	int (*distinct)(void *state, const sx_table *t, const char *col, size_t limit,
			char ***values, size_t *n, sx_error *err);
	int (*count_in)(void *state, const sx_table *t, const char *col, size_t n,
			const char *const *values, size_t *found, sx_error *err);
	void (*close)(void *state);
};

struct sx_sampler {
	const struct sx_sampler_ops *ops;
	void *state;
	int64_t round_trips;
};

int sx__sqlite_sampler_open(struct sx_sampler *s, const char *path, const sx_source_opts *opts,
			    sx_error *err);
int sx__pg_sampler_open(struct sx_sampler *s, const char *conninfo, const sx_source_opts *opts,
			sx_error *err);

#endif
