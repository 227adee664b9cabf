/*
 * fuzz_ddl.c - libFuzzer harness for the DDL-file reader: any bytes go
 * through the whole path (blanking of meta-commands and COPY data,
 * splitting, parsing, applying, finishing). The reader must return 0 or an
 * error code with a message, never crash, hang or leak.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog/catalog_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sx_catalog *cat;
	sx_database *db = NULL;
	sx_error err;
	/* the last byte's low bit reads the file leniently (skip_bad_statements:
	 * the recovery from missing ')' and ';' and open quotes re-splits the
	 * text), so the corpus exercises both readers */
	sx_source_opts o = {.skip_bad_statements = size > 0 && (data[size - 1] & 1)};
	int rc;

	if (sx_catalog_new(&cat, &err))
		return 0;
	rc = sx__ddl_parse(cat, "fuzz.sql", "fuzz", (const char *)data, size, &o, &db, &err);
	if (rc == 0) {
		/* the result must be readable: walk every string */
		size_t i, j, k, sum = 0;
		for (i = 0; i < db->nschemas; i++)
			for (j = 0; j < db->schemas[i]->ntables; j++) {
				const sx_table *t = db->schemas[i]->tables[j];
				sum += strlen(t->name);
				for (k = 0; k < t->ncols; k++)
					sum += strlen(t->cols[k].name) + strlen(t->cols[k].type) +
					       (t->cols[k].default_expr ? strlen(t->cols[k].default_expr) : 0);
				for (k = 0; k < t->nfks; k++)
					sum += strlen(t->fks[k].ref_table) + strlen(t->fks[k].cols[0]);
				for (k = 0; k < t->nindexes; k++)
					sum += t->indexes[k].key.ncols ? strlen(t->indexes[k].key.cols[0]) : 0;
			}
		if (sum == (size_t)-1)
			abort();
	} else if (err.msg[0] == '\0' || strchr(err.msg, '\n')) {
		abort(); /* every failure has a one-line message */
	}
	sx_catalog_free(cat);
	return 0;
}
