/*
 * coder.c - the Python Coder in model mode: the Airflow DAG, the transform
 * module and its pytest tests written by the model from the plan.
 *
 * The built-in engine renders its three first (run.c's step_python); the
 * model is then asked, through data/prompts/python_coder.md, with the
 * plan, the schedule, the target and the file names, and answers with
 * three fenced blocks tagged `python dag`, `python transform` and `python
 * tests` (read tolerantly: fences in any order, prose around them, a last
 * fence cut off). The three are validated together by the QA's own Python
 * validators (python3's ast through pycheck.py, pytest running the tests
 * against the transform, the secrets scan): any error, or a block missing,
 * and the built-in three stay, with a finding of category "model"
 * (`model.unusable-answer`, `model.code-rejected` naming the first
 * error). All or none: the tests import the transform, so a model's tests
 * over the built-in transform (or the reverse) would be judged on a pair
 * nobody wrote together.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sextant/gen.h>
#include <sextant/validate.h>

#include "agents_int.h"

static const struct {
	sx_artifact_kind kind;
	const char *tag;
} blocks[] = {
    {SX_ART_AIRFLOW_DAG, "python dag,py dag,dag"},
    {SX_ART_PYTHON_TRANSFORM, "python transform,py transform,transform"},
    {SX_ART_PYTHON_TESTS, "python tests,py tests,tests"},
};
#define NBLOCKS (sizeof blocks / sizeof *blocks)

/* The body of the fence whose info string is one of tags (a fence with
 * another info string does not count). */
static char *block(const char *answer, const char *tags)
{
	char *out = NULL;
	if (sx_answer_code(answer, tags, false, &out))
		return NULL;
	/* sx_answer_code falls back to the first fence of any language: make
	 * sure this one is tagged as asked */
	char list[128];
	snprintf(list, sizeof list, "%s", tags);
	for (char *save = NULL, *t = strtok_r(list, ",", &save); t;
	     t = strtok_r(NULL, ",", &save)) {
		char fence[160];
		snprintf(fence, sizeof fence, "```%s", t);
		for (const char *p = strstr(answer, fence); p; p = strstr(p + 1, fence)) {
			char c = p[strlen(fence)];
			if (c == '\n' || c == '\r' || c == ' ' || c == '\0')
				return out;
		}
	}
	free(out);
	return NULL;
}

static const char *art_name(const sx_artifact_set *s, sx_artifact_kind k, const char *dflt)
{
	const sx_artifact *a = sx_artifact_set_get(s, k);
	return a && a->name ? a->name : dflt;
}

int sx__coder_model(sx_run *r, const char *step, sx_error *err)
{
	const char *dag_name = art_name(&r->py_arts, SX_ART_AIRFLOW_DAG, "dags/pipeline.py");
	const char *tr_name =
	    art_name(&r->py_arts, SX_ART_PYTHON_TRANSFORM, "transforms/pipeline.py");
	const char *te_name = art_name(&r->py_arts, SX_ART_PYTHON_TESTS, "tests/test_pipeline.py");
	char stem[128] = "transform";
	sx_model_answer a;
	sx_buf task = SX_BUF_INIT;
	char *plan = cJSON_PrintUnformatted(r->plan_json);
	char *code[NBLOCKS] = {0};
	int rc;

	sx_path_stem(tr_name, stem, sizeof stem);
	sx_buf_printf(
	    &task,
	    "Intent: %s\nSource database: %s (%s). Target: %s%s%s. Schedule: %s. Mode: "
	    "%s.\nThe plan as JSON:\n%s\nWrite the three files:\n- %s: the Airflow 2 DAG\n"
	    "- %s: the transform module (the tests import it as `import %s`)\n- %s: its "
	    "pytest tests, runnable without a database\nAnswer with three fenced blocks "
	    "tagged ```python dag, ```python transform and ```python tests.",
	    r->req.intent, r->db->name, sx_db_kind_name(r->spec->source),
	    sx_db_kind_name(r->spec->target), r->spec->target_table ? " table " : "",
	    r->spec->target_table ? r->spec->target_table : "",
	    r->spec->schedule ? r->spec->schedule : "none",
	    r->spec->streaming ? "streaming" : "batch", plan ? plan : "{}", dag_name, tr_name, stem,
	    te_name);
	free(plan);
	if (sx_buf_failed(&task)) {
		sx_buf_release(&task);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	rc = sx__model_ask(r, SX_AGENT_PYTHON_CODER, step, sx_buf_cstr(&task), &a, err);
	sx_buf_release(&task);
	if (rc || !a.answer) {
		sx__model_answer_done(r, SX_AGENT_PYTHON_CODER, &a, false);
		return rc;
	}
	size_t have = 0;
	for (size_t i = 0; i < NBLOCKS; i++)
		have += (code[i] = block(a.answer, blocks[i].tag)) != NULL;
	bool usable = false;
	if (have < NBLOCKS) {
		char m[160];
		snprintf(
		    m, sizeof m,
		    "the answer holds %zu of the three files (fenced ```python dag, transform, "
		    "tests)",
		    have);
		sx__model_finding(r, SX_AGENT_PYTHON_CODER, step, "model.unusable-answer", m);
		goto done;
	}
	/* the QA's own Python validators judge the three together */
	sx_artifact_set s;
	sx_finding_list fl;
	sx_validate_ctx vc;
	sx_artifact_set_init(&s);
	sx_finding_list_init(&fl);
	const char *names[NBLOCKS] = {dag_name, tr_name, te_name};
	for (size_t i = 0; i < NBLOCKS && !rc; i++)
		if (sx_artifact_set_put(&s, blocks[i].kind, names[i], "python", code[i]))
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
	sx__run_thought(r, SX_AGENT_PYTHON_CODER, step,
	                "checking the model's DAG, transform and tests with the Python validators "
	                "(ast, pytest, secrets)");
	if (!rc) {
		sx__run_validate_ctx(r, &vc);
		rc = sx_validate_artifacts(&vc, &s, &fl, err);
	}
	if (!rc) {
		const sx_finding *first = NULL;
		for (size_t i = 0; i < fl.n && !first; i++)
			if (fl.v[i].severity == SX_SEV_ERROR)
				first = &fl.v[i];
		if (first) {
			char m[SX_ERROR_MSG_MAX];
			snprintf(m, sizeof m,
			         "its code fails the Python checks (%zu error(s)); first: %s %s",
			         sx_finding_count(&fl, SX_SEV_ERROR), first->rule,
			         first->message ? first->message : "");
			sx__model_finding(r, SX_AGENT_PYTHON_CODER, step, "model.code-rejected", m);
		} else {
			usable = true;
		}
	}
	if (!rc && usable) {
		for (size_t i = 0; i < NBLOCKS && !rc; i++)
			if (sx_artifact_set_put(&r->py_arts, blocks[i].kind, names[i], "python",
			                        code[i]))
				rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		if (!rc)
			sx__run_thought(
			    r, SX_AGENT_PYTHON_CODER, step,
			    "the model's DAG, transform and tests pass the Python checks "
			    "(%zu warning(s)): they replace the built-in ones; QA judges them",
			    sx_finding_count(&fl, SX_SEV_WARNING));
	}
	sx_finding_list_release(&fl);
	sx_artifact_set_release(&s);
done:
	sx__model_answer_done(r, SX_AGENT_PYTHON_CODER, &a, usable);
	for (size_t i = 0; i < NBLOCKS; i++)
		free(code[i]);
	return rc;
}
