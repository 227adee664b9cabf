/* stubs.c - placeholders replaced step by step (explain, ClickHouse, Python). */
#include "validate_int.h"

int sx_validate_python(const sx_validate_ctx *ctx, const char *src, sx_artifact_kind art,
		       sx_finding_list *out, sx_error *err)
{
	(void)ctx; (void)src; (void)art; (void)out; (void)err;
	return 0;
}
int sx_validate_pytest(const sx_validate_ctx *ctx, const char *module_name,
		       const char *transform, const char *tests, sx_finding_list *out,
		       sx_error *err)
{
	(void)ctx; (void)module_name; (void)transform; (void)tests; (void)out; (void)err;
	return 0;
}
