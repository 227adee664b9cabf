/*
 * client.c - the LLM client: settings, the request queue and the worker
 * thread that drives one libcurl multi handle.
 *
 * Threads and data flow. sx_llm_chat() (any thread) builds the request
 * body, copies the messages and options into a request, appends it to
 * `queue` under `lock` and wakes the worker with curl_multi_wakeup(). The
 * worker thread owns everything else: it moves queued requests to its
 * private `pending` list, starts up to `concurrency` of them (easy handles
 * on the multi handle; builtin engines run inline), feeds response bytes
 * to the stream parser (stream.c) from curl's write callback, enforces the
 * time limits, schedules retries on its private `waiting` list and calls
 * on_done. Tool calls are assembled by the parser and handed out whole
 * (on_tool_call) when the reply is complete; the request keeps a copy for
 * sx_llm_req_tool_calls. User callbacks run on the worker, each under the
 * request's recursive `cb_lock` after a check of the cancelled/detached
 * flags: that is what lets sx_llm_cancel() promise that no token callback
 * starts once it has returned (it takes the same lock), and what lets a
 * callback cancel or free its own request.
 *
 * Lifetime. A request is reference counted: the worker holds one reference
 * until on_done has run, the caller one when it asked for a handle.
 *
 * Retries. Connection errors, HTTP 429/500/502/503/504, in-stream errors
 * with those codes, and a stream that ends before [DONE] are retried with
 * exponential backoff and jitter, honouring Retry-After (curl parses both
 * of its forms), but only while no token has been delivered: text that a
 * caller has seen is never repeated. Waits run on the client's clock, so
 * tests replace it and observe the delays without sleeping.
 */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

#include "llm_int.h"

enum { JOB_CHAT, JOB_EMBED, JOB_MODELS };

/* Bodies that are not a stream (errors, embeddings, model lists,
 * non-streamed completions) are held whole, up to this size. */
#define RAW_MAX (64u << 20)

struct engine {
	char *name;
	sx_llm_engine_fn fn;
	void *payload;
};

struct sx_llm_req {
	sx_llm *llm;
	atomic_int refs;
	int kind;
	/* fixed when queued */
	char *url, *body, *cache_body;
	sx_llm_message *msgs;
	size_t nmsgs;
	sx_llm_chat_opts opts;    /* its strings point into `own` */
	SX_VEC(char *) own;
	char *model;
	sx_llm_callbacks cb;
	/* shared with callers */
	pthread_mutex_t cb_lock;  /* recursive */
	atomic_int cancelled;
	bool detached, finished;  /* under cb_lock */
	bool calls_ready;         /* under cb_lock: `calls` is final (set just
				     before on_done, so on_done may read it) */
	bool calls_oom;           /* a call could not be kept: the request fails */
	/* worker only */
	CURL *easy;
	char errbuf[CURL_ERROR_SIZE];
	sx_llm_stream st;
	bool st_live;
	sx_buf raw;
	int mode;                 /* 0 undecided, 1 SSE, 2 whole body */
	bool got_data, token_seen, keep_text, stream_usage;
	int retries_used;
	uint64_t submit_ns, first_start_ns, start_ns, first_token_ns, last_data_ns;
	uint64_t retry_at_ns, backoff_ns;
	int abort_code;
	char abort_cause[24];
	sx_error abort_err;
	sx_llm_result res;
	sx_buf text, reasoning;   /* kept for the cache */
	SX_VEC(sx_llm_tool_call) calls; /* the reply's tool calls, strings owned */
	cJSON *json;              /* answer of embed/models jobs */
	struct sx_llm_req *next;
};

struct sx_llm_emit {
	sx_llm_req *req;
};

struct sx_llm {
	/* settings, read-only after sx_llm_new */
	bool builtin;
	char provider[16];
	char *base_url;           /* no trailing slash */
	char base_public[512];    /* without user:password, for messages */
	char *model, *embed_model;
	int concurrency, retries, embed_batch;
	uint64_t connect_ns, ttft_ns, idle_ns, total_ns;
	double retry_base_ms, retry_max_ms, retry_jitter, retry_after_max_s;
	double price_in, price_out;
	int64_t cache_ttl_s;
	bool stream, stream_usage, think_tags;
	char *ca_file;
	char *key;
	const char *key_source;
	char key_var[136]; /* [llm] api_key_env, the source's name */
	struct curl_slist *headers;
	char *workspace_dir;
	sx_llm_clock clock;
	bool mock_clock;
	/* shared, under lock */
	pthread_mutex_t lock;
	sx_llm_req *queue, *queue_tail;
	bool stopping;
	SX_VEC(struct engine) engines;
	sx_llm_stats stats;
	/* worker */
	pthread_t thread;
	bool thread_started;
	CURLM *multi;
	sx_llm_req *pending, *waiting, *active;
	int nactive;
	bool no_stream_usage;     /* the endpoint rejected stream_options */
	sx_store *st;
	bool st_failed;
	uint64_t rng;
};

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static void curl_init(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
}

static uint64_t real_now(void *p)
{
	(void)p;
	return sx_now_ns();
}

static uint64_t now_ns(const sx_llm *llm)
{
	return llm->clock.now_ns(llm->clock.payload);
}

static double ms_between(uint64_t a, uint64_t b)
{
	return b > a ? (double)(b - a) / 1e6 : 0.0;
}

static void copy_str(char *dst, size_t cap, const char *src)
{
	snprintf(dst, cap, "%s", src ? src : "");
}

/* ---------------------------------------------------------- requests */

/* Frees the strings of n tool calls (not the array). */
static void calls_free(sx_llm_tool_call *v, size_t n)
{
	size_t i;
	for (i = 0; v && i < n; i++) {
		free((char *)v[i].id);
		free((char *)v[i].name);
		free((char *)v[i].arguments);
	}
}

/* A copy of c with its own strings, or -1. */
static int call_dup(sx_llm_tool_call *dst, const sx_llm_tool_call *c)
{
	dst->id = sx_strdup(c->id ? c->id : "");
	dst->name = sx_strdup(c->name ? c->name : "");
	dst->arguments = sx_strdup(c->arguments ? c->arguments : "");
	if (dst->id && dst->name && dst->arguments)
		return 0;
	calls_free(dst, 1);
	memset(dst, 0, sizeof *dst);
	return -1;
}

static void req_unref(sx_llm_req *r)
{
	size_t i;
	if (!r || atomic_fetch_sub(&r->refs, 1) != 1)
		return;
	free(r->url);
	free(r->body);
	free(r->cache_body);
	free(r->msgs);
	for (i = 0; i < r->own.n; i++)
		free(r->own.v[i]);
	SX_VEC_FREE(&r->own);
	if (r->st_live)
		sx__llm_stream_release(&r->st);
	sx_buf_release(&r->raw);
	sx_buf_release(&r->text);
	sx_buf_release(&r->reasoning);
	calls_free(r->calls.v, r->calls.n);
	SX_VEC_FREE(&r->calls);
	cJSON_Delete(r->json);
	pthread_mutex_destroy(&r->cb_lock);
	free(r);
}

static const char *own_str(sx_llm_req *r, const char *s)
{
	char *c;
	if (!s)
		return NULL;
	if (!(c = sx_strdup(s)) || SX_VEC_PUSH(&r->own, c)) {
		free(c);
		return NULL;
	}
	return c;
}

static sx_llm_req *req_new(sx_llm *llm, int kind, const sx_llm_callbacks *cb)
{
	sx_llm_req *r = sx_calloc(1, sizeof *r);
	pthread_mutexattr_t a;
	if (!r)
		return NULL;
	r->llm = llm;
	r->kind = kind;
	atomic_init(&r->refs, 1);
	atomic_init(&r->cancelled, 0);
	if (cb)
		r->cb = *cb;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&r->cb_lock, &a);
	pthread_mutexattr_destroy(&a);
	return r;
}

/* An allocation owned by the request (freed with its strings). */
static void *own_mem(sx_llm_req *r, size_t n, size_t size)
{
	char *p = sx_calloc(n ? n : 1, size);
	if (!p || SX_VEC_PUSH(&r->own, p)) {
		free(p);
		return NULL;
	}
	return p;
}

static int copy_calls(sx_llm_req *r, sx_llm_message *dst, const sx_llm_tool_call *c, size_t n)
{
	sx_llm_tool_call *v = own_mem(r, n, sizeof *v);
	size_t i;
	bool bad = !v;
	for (i = 0; v && i < n; i++) {
		v[i].id = own_str(r, c[i].id);
		v[i].name = own_str(r, c[i].name);
		v[i].arguments = own_str(r, c[i].arguments);
		bad |= (c[i].id && !v[i].id) || (c[i].name && !v[i].name) ||
		       (c[i].arguments && !v[i].arguments);
	}
	dst->tool_calls = v;
	dst->n_tool_calls = v ? n : 0;
	return bad ? -1 : 0;
}

/* The tools, with each schema as text (a cJSON one is printed now, so the
 * caller's tree may go away and the body can be rebuilt on the worker). */
static int copy_tools(sx_llm_req *r, const sx_llm_tool *t, size_t n)
{
	sx_llm_tool *v = own_mem(r, n, sizeof *v);
	size_t i;
	bool bad = !v;
	for (i = 0; v && i < n; i++) {
		v[i].name = own_str(r, t[i].name);
		v[i].description = own_str(r, t[i].description);
		bad |= (t[i].name && !v[i].name) || (t[i].description && !v[i].description);
		if (t[i].parameters_json) {
			char *txt = cJSON_PrintUnformatted(t[i].parameters_json);
			if (!txt || SX_VEC_PUSH(&r->own, txt)) {
				free(txt);
				bad = true;
			}
			v[i].parameters = txt;
		} else {
			v[i].parameters = own_str(r, t[i].parameters);
			bad |= t[i].parameters && !v[i].parameters;
		}
	}
	r->opts.tools = v;
	r->opts.n_tools = v ? n : 0;
	return bad ? -1 : 0;
}

/* Copies messages and options so the caller's may go away. */
static int req_copy(sx_llm_req *r, const sx_llm_message *m, size_t n,
		    const sx_llm_chat_opts *o)
{
	size_t i;
	bool bad = false;
	if (!(r->msgs = sx_calloc(n ? n : 1, sizeof *r->msgs)))
		return SX_ENOMEM;
	r->nmsgs = n;
	for (i = 0; i < n; i++) {
		/* the tool fields are read only for the roles they belong to */
		bool calls = m[i].role == SX_LLM_ASSISTANT && m[i].n_tool_calls;
		r->msgs[i].role = m[i].role;
		/* NULL content stays NULL where it means null (an assistant
		 * message that only calls tools) */
		if (m[i].content || !calls) {
			r->msgs[i].content = own_str(r, m[i].content ? m[i].content : "");
			bad |= !r->msgs[i].content;
		}
		if (m[i].role == SX_LLM_TOOL) {
			r->msgs[i].tool_call_id = own_str(r, m[i].tool_call_id);
			bad |= m[i].tool_call_id && !r->msgs[i].tool_call_id;
		}
		if (calls && m[i].tool_calls)
			bad |= copy_calls(r, &r->msgs[i], m[i].tool_calls, m[i].n_tool_calls) != 0;
		else if (calls)
			r->msgs[i].n_tool_calls = m[i].n_tool_calls; /* refused by the body */
	}
	if (o) {
		r->opts = *o;
		r->opts.model = own_str(r, o->model);
		r->opts.json_schema = own_str(r, o->json_schema);
		r->opts.run_id = own_str(r, o->run_id);
		r->opts.tag = own_str(r, o->tag);
		r->opts.engine = own_str(r, o->engine);
		bad |= (o->model && !r->opts.model) || (o->json_schema && !r->opts.json_schema) ||
		       (o->run_id && !r->opts.run_id) || (o->tag && !r->opts.tag) ||
		       (o->engine && !r->opts.engine);
		for (i = 0; i < SX_LLM_MAX_STOP && o->stop[i]; i++) {
			r->opts.stop[i] = own_str(r, o->stop[i]);
			bad |= !r->opts.stop[i];
		}
		r->opts.tool_choice_name = own_str(r, o->tool_choice_name);
		bad |= o->tool_choice_name && !r->opts.tool_choice_name;
		r->opts.tools = NULL;
		if (o->n_tools && o->tools)
			bad |= copy_tools(r, o->tools, o->n_tools) != 0;
	}
	return bad ? SX_ENOMEM : 0;
}

/* ---------------------------------------------------------- callbacks */

static void gate_text(sx_llm_req *r, bool reasoning, const char *s, size_t n)
{
	void (*fn)(void *, const char *, size_t) = reasoning ? r->cb.on_reasoning : r->cb.on_token;
	if (!r->token_seen) {
		r->token_seen = true;
		r->first_token_ns = now_ns(r->llm);
	}
	if (r->keep_text)
		sx_buf_put(reasoning ? &r->reasoning : &r->text, s, n);
	if (!fn)
		return;
	pthread_mutex_lock(&r->cb_lock);
	if (!atomic_load(&r->cancelled) && !r->detached)
		fn(r->cb.payload, s, n);
	pthread_mutex_unlock(&r->cb_lock);
}

static void on_content(void *p, const char *s, size_t n)
{
	gate_text(p, false, s, n);
}

static void on_reasoning(void *p, const char *s, size_t n)
{
	gate_text(p, true, s, n);
}

static void on_tool_delta(void *p, const sx_llm_tool_delta *d)
{
	sx_llm_req *r = p;
	if (!r->token_seen) {
		r->token_seen = true; /* a call seen is never asked again */
		r->first_token_ns = now_ns(r->llm);
	}
	if (!r->cb.on_tool_call_delta)
		return;
	pthread_mutex_lock(&r->cb_lock);
	if (!atomic_load(&r->cancelled) && !r->detached)
		r->cb.on_tool_call_delta(r->cb.payload, d);
	pthread_mutex_unlock(&r->cb_lock);
}

/* A whole call (the reply is complete): kept for sx_llm_req_tool_calls
 * and handed to on_tool_call. */
static void on_tool_call(void *p, const sx_llm_tool_call *c)
{
	sx_llm_req *r = p;
	sx_llm_tool_call copy;
	if (!r->token_seen) {
		r->token_seen = true;
		r->first_token_ns = now_ns(r->llm);
	}
	if (call_dup(&copy, c)) {
		r->calls_oom = true;
	} else if (SX_VEC_PUSH(&r->calls, copy)) {
		calls_free(&copy, 1);
		r->calls_oom = true;
	}
	if (!r->cb.on_tool_call)
		return;
	pthread_mutex_lock(&r->cb_lock);
	if (!atomic_load(&r->cancelled) && !r->detached)
		r->cb.on_tool_call(r->cb.payload, c);
	pthread_mutex_unlock(&r->cb_lock);
}

static void stream_reset(sx_llm_req *r, bool think_tags)
{
	sx_llm_stream_cb cb = {.content = on_content, .reasoning = on_reasoning, .payload = r,
			       .tool_delta = on_tool_delta, .tool_call = on_tool_call};
	if (r->st_live)
		sx__llm_stream_release(&r->st);
	sx__llm_stream_init(&r->st, &cb, think_tags, 0);
	r->st_live = true;
}

void sx_llm_cancel(sx_llm_req *r)
{
	bool fin;
	if (!r)
		return;
	pthread_mutex_lock(&r->cb_lock);
	fin = r->finished;
	if (!fin)
		atomic_store(&r->cancelled, 1);
	pthread_mutex_unlock(&r->cb_lock);
	if (!fin)
		curl_multi_wakeup(r->llm->multi);
}

void sx_llm_req_free(sx_llm_req *r)
{
	bool fin;
	if (!r)
		return;
	pthread_mutex_lock(&r->cb_lock);
	fin = r->finished;
	r->detached = true;
	if (!fin)
		atomic_store(&r->cancelled, 1);
	pthread_mutex_unlock(&r->cb_lock);
	if (!fin)
		curl_multi_wakeup(r->llm->multi);
	req_unref(r);
}

/* ---------------------------------------------------------- finishing */

static sx_store *worker_store(sx_llm *llm)
{
	sx_error e = {0};
	if (llm->st || llm->st_failed || !llm->workspace_dir)
		return llm->st;
	if (sx_store_open(&llm->st, llm->workspace_dir, &e) || sx_llm_store_migrate(llm->st, &e)) {
		sx_warn("llm: no response cache or usage history: %s", e.msg);
		sx_store_close(llm->st);
		llm->st = NULL;
		llm->st_failed = true;
	}
	return llm->st;
}

static void list_remove(sx_llm_req **head, sx_llm_req *r)
{
	for (; *head; head = &(*head)->next)
		if (*head == r) {
			*head = r->next;
			r->next = NULL;
			return;
		}
}

static void drop_easy(sx_llm *llm, sx_llm_req *r)
{
	if (!r->easy)
		return;
	curl_multi_remove_handle(llm->multi, r->easy);
	curl_easy_cleanup(r->easy);
	r->easy = NULL;
}

/* The reply's calls as the cache keeps them: a JSON array, NULL when
 * none. -1 when out of memory (then nothing is cached). */
static int calls_json(const sx_llm_req *r, char **out)
{
	cJSON *arr, *o;
	size_t i;
	*out = NULL;
	if (!r->calls.n)
		return 0;
	if (!(arr = cJSON_CreateArray()))
		return -1;
	for (i = 0; i < r->calls.n; i++) {
		if (!(o = cJSON_CreateObject()) || !cJSON_AddItemToArray(arr, o)) {
			cJSON_Delete(o);
			cJSON_Delete(arr);
			return -1;
		}
		sx_json_add_str(o, "id", r->calls.v[i].id);
		sx_json_add_str(o, "name", r->calls.v[i].name);
		sx_json_add_str(o, "arguments", r->calls.v[i].arguments);
	}
	*out = cJSON_PrintUnformatted(arr);
	cJSON_Delete(arr);
	return *out ? 0 : -1;
}

/* Delivers on_done (once) and drops the worker's reference. */
static void finish(sx_llm *llm, sx_llm_req *r, int code, const char *cause, const sx_error *e)
{
	sx_llm_result *res = &r->res;
	uint64_t now = now_ns(llm);
	sx_store *st;
	sx_error oom = {0};

	drop_easy(llm, r);
	if (!code && r->calls_oom) {
		/* never hand out a reply with a call silently missing */
		code = SX_ENOMEM;
		sx_error_set(&oom, SX_ENOMEM, "out of memory keeping the tool calls");
		e = &oom;
		cause = "protocol";
	}
	res->code = code;
	if (code) {
		if (e)
			res->error = *e;
		res->error.code = code;
		if (!res->error.msg[0])
			sx_error_set(&res->error, code, "request to '%s' failed", llm->base_public);
		sx__llm_redact(res->error.msg, sizeof res->error.msg, llm->key);
		copy_str(res->cause, sizeof res->cause, cause ? cause : "");
	}
	if (code == SX_ECANCELLED)
		copy_str(res->finish_reason, sizeof res->finish_reason, "cancelled");
	else if (code && !res->finish_reason[0])
		copy_str(res->finish_reason, sizeof res->finish_reason,
			 r->token_seen ? "incomplete" : "error");
	else if (!res->finish_reason[0])
		copy_str(res->finish_reason, sizeof res->finish_reason, "stop");
	if (r->st_live) {
		res->content_bytes = r->st.content_bytes;
		res->reasoning_bytes = r->st.reasoning_bytes;
		res->chunks = r->st.chunks;
		res->invalid_utf8 = r->st.invalid_utf8;
	}
	res->tool_calls = (int64_t)r->calls.n;
	if (!res->model[0])
		copy_str(res->model, sizeof res->model, r->model);
	copy_str(res->provider, sizeof res->provider, llm->provider);
	if (!r->first_start_ns)
		r->first_start_ns = now;
	res->timings.queue_ms = ms_between(r->submit_ns, r->first_start_ns);
	res->timings.ttft_ms = r->token_seen ? ms_between(r->start_ns, r->first_token_ns) : -1;
	res->timings.total_ms = ms_between(r->submit_ns, now);
	res->timings.backoff_ms = (double)r->backoff_ns / 1e6;
	if (res->usage.reported && !res->from_cache && (llm->price_in > 0 || llm->price_out > 0)) {
		res->usage.priced = true;
		res->usage.cost_usd = (double)res->usage.prompt_tokens * llm->price_in / 1e6 +
				      (double)res->usage.completion_tokens * llm->price_out / 1e6;
	}

	pthread_mutex_lock(&llm->lock);
	if (code && code != SX_ECANCELLED)
		llm->stats.failures++;
	if (!res->from_cache) {
		llm->stats.prompt_tokens += res->usage.prompt_tokens;
		llm->stats.completion_tokens += res->usage.completion_tokens;
		llm->stats.cost_usd += res->usage.cost_usd;
	}
	pthread_mutex_unlock(&llm->lock);

	if (code)
		sx_info("llm: %s request to %s ended: %s (%s)", r->kind == JOB_CHAT ? "chat" : "other",
			llm->base_public, sx_error_name(code), res->cause);
	else
		sx_debug("llm: chat done, finish %s, ttft %.1f ms, total %.1f ms, attempts %d",
			 res->finish_reason, res->timings.ttft_ms, res->timings.total_ms,
			 res->timings.attempts);
	if (r->kind == JOB_CHAT && (st = worker_store(llm)) != NULL) {
		sx_error e2 = {0};
		char *calls = NULL;
		if (!code && r->keep_text && r->cache_body && !sx_buf_failed(&r->text) &&
		    !sx_buf_failed(&r->reasoning) && calls_json(r, &calls) == 0 &&
		    sx__llm_cache_put(st, llm->base_public, r->cache_body, llm->cache_ttl_s,
				      (int64_t)time(NULL), sx_buf_cstr(&r->text),
				      sx_buf_cstr(&r->reasoning), calls, res, &e2))
			sx_warn("llm: %s", e2.msg);
		free(calls);
		if (sx__llm_usage_record(st, &r->opts, res, &e2))
			sx_warn("llm: %s", e2.msg);
	}

	pthread_mutex_lock(&r->cb_lock);
	r->calls_ready = true;
	if (!r->detached && r->cb.on_done)
		r->cb.on_done(r->cb.payload, res);
	r->finished = true;
	pthread_mutex_unlock(&r->cb_lock);
	req_unref(r);
}

static void finish_msg(sx_llm *llm, sx_llm_req *r, int code, const char *cause,
		       const char *fmt, ...) SX_PRINTF(5, 6);
static void finish_msg(sx_llm *llm, sx_llm_req *r, int code, const char *cause,
		       const char *fmt, ...)
{
	sx_error e = {0};
	va_list ap;
	va_start(ap, fmt);
	sx_error_setv(&e, code, fmt, ap);
	va_end(ap);
	finish(llm, r, code, cause, &e);
}

/* ---------------------------------------------------------- retries */

static double rand01(sx_llm *llm)
{
	/* xorshift64*: jitter needs spread, not cryptographic quality */
	llm->rng ^= llm->rng >> 12;
	llm->rng ^= llm->rng << 25;
	llm->rng ^= llm->rng >> 27;
	return (double)((llm->rng * 2685821657736338717ULL) >> 11) / 9007199254740992.0;
}

/* Schedules another attempt when the policy allows one. retry_after_s < 0:
 * the server said nothing. Returns false when the request must fail; then
 * *why may hold a reason to add to the message. */
static bool schedule_retry(sx_llm *llm, sx_llm_req *r, int64_t retry_after_s, const char **why)
{
	double d;
	uint64_t delay;

	*why = NULL;
	if (r->token_seen || atomic_load(&r->cancelled))
		return false;
	if (r->retries_used >= llm->retries) {
		*why = "retries exhausted";
		return false;
	}
	if (retry_after_s > (int64_t)llm->retry_after_max_s) {
		*why = "Retry-After is longer than retry_after_max_s";
		return false;
	}
	d = llm->retry_base_ms * pow(2.0, r->retries_used);
	if (d > llm->retry_max_ms)
		d = llm->retry_max_ms;
	d *= 1.0 - llm->retry_jitter * rand01(llm);
	if (retry_after_s >= 0 && d < (double)retry_after_s * 1000.0)
		d = (double)retry_after_s * 1000.0;
	delay = (uint64_t)(d * 1e6);
	drop_easy(llm, r);
	r->retries_used++;
	r->retry_at_ns = now_ns(llm) + delay;
	r->backoff_ns += delay;
	r->next = llm->waiting;
	llm->waiting = r;
	pthread_mutex_lock(&llm->lock);
	llm->stats.retries++;
	pthread_mutex_unlock(&llm->lock);
	sx_info("llm: retry %d of %d in %.0f ms", r->retries_used, llm->retries, d);
	return true;
}

/* ---------------------------------------------------------- transfers */

static size_t on_write(char *p, size_t size, size_t nmemb, void *ud)
{
	sx_llm_req *r = ud;
	size_t n = size * nmemb;

	r->last_data_ns = now_ns(r->llm);
	r->got_data = true;
	if (atomic_load(&r->cancelled))
		return n ? 0 : 1; /* any value != n aborts the transfer */
	if (!r->mode) {
		long status = 0;
		char *ct = NULL;
		curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &status);
		curl_easy_getinfo(r->easy, CURLINFO_CONTENT_TYPE, &ct);
		/* the server's Content-Type decides: an event stream is parsed
		 * as one even if we asked for a whole answer, JSON as a whole
		 * answer even if we asked for a stream */
		if (r->kind != JOB_CHAT || status < 200 || status >= 300)
			r->mode = 2;
		else if (ct && strstr(ct, "event-stream"))
			r->mode = 1;
		else
			r->mode = r->llm->stream && !(ct && strstr(ct, "json")) ? 1 : 2;
	}
	if (r->mode == 1) {
		if (sx__llm_stream_feed(&r->st, p, n)) {
			r->abort_code = r->st.fail_code;
			r->abort_err = r->st.err;
			copy_str(r->abort_cause, sizeof r->abort_cause,
				 r->st.fail_code == SX_EIO ? "stream_error" : "protocol");
			return n ? 0 : 1;
		}
		return n;
	}
	if (r->raw.len + n > RAW_MAX) {
		r->abort_code = SX_EPARSE;
		copy_str(r->abort_cause, sizeof r->abort_cause, "protocol");
		sx_error_set(&r->abort_err, SX_EPARSE, "the response of '%s' is larger than %u MiB",
			     r->llm->base_public, RAW_MAX >> 20);
		return n ? 0 : 1;
	}
	if (sx_buf_put(&r->raw, p, n)) {
		r->abort_code = SX_ENOMEM;
		sx_error_set(&r->abort_err, SX_ENOMEM, "out of memory reading a response");
		return n ? 0 : 1;
	}
	return n;
}

static int rebuild_body(sx_llm *llm, sx_llm_req *r)
{
	sx_error e = {0};
	char *b = NULL;
	if (sx__llm_chat_body(&b, r->model, r->msgs, r->nmsgs, &r->opts, llm->stream, false, &e))
		return -1;
	free(r->body);
	r->body = b;
	r->stream_usage = false;
	return 0;
}

static bool try_cache(sx_llm *llm, sx_llm_req *r)
{
	sx_llm_cache_entry ce;
	sx_store *st;
	sx_error e = {0};
	int rc;

	if (!r->cache_body || !(st = worker_store(llm)))
		return false;
	rc = sx__llm_cache_get(st, llm->base_public, r->cache_body, llm->cache_ttl_s,
			       (int64_t)time(NULL), &ce, &e);
	if (rc && rc != SX_ENOTFOUND)
		sx_warn("llm: %s", e.msg);
	if (sx__llm_cache_count(st, rc == 0, &e))
		sx_warn("llm: %s", e.msg);
	pthread_mutex_lock(&llm->lock);
	if (rc == 0)
		llm->stats.cache_hits++;
	else
		llm->stats.cache_misses++;
	pthread_mutex_unlock(&llm->lock);
	if (rc)
		return false;
	/* replay through the same path as a live stream, without caching
	 * it again; the content was stored already split from reasoning */
	r->keep_text = false;
	stream_reset(r, false);
	sx__llm_stream_reasoning(&r->st, ce.reasoning, strlen(ce.reasoning));
	sx__llm_stream_content(&r->st, ce.content, strlen(ce.content));
	if (ce.tool_calls[0]) {
		/* the calls, whole, through the parser: the same callbacks
		 * and checks as a live reply */
		cJSON *arr = cJSON_Parse(ce.tool_calls), *c;
		int64_t k = 0;
		cJSON_ArrayForEach(c, arr)
		{
			const char *a = sx_json_str(c, "arguments", "");
			sx__llm_stream_tool(&r->st, k++, sx_json_str(c, "id", NULL),
					    sx_json_str(c, "name", NULL), a, strlen(a));
		}
		cJSON_Delete(arr);
	}
	r->st.done = true;
	sx__llm_stream_finish(&r->st);
	r->res.from_cache = true;
	r->res.usage = ce.usage;
	copy_str(r->res.finish_reason, sizeof r->res.finish_reason, ce.finish);
	copy_str(r->res.model, sizeof r->res.model, ce.model);
	sx__llm_cache_entry_release(&ce);
	finish(llm, r, 0, NULL, NULL);
	return true;
}

static void run_builtin(sx_llm *llm, sx_llm_req *r);

/* Starts one attempt of r (the caller has made room). */
static void start(sx_llm *llm, sx_llm_req *r)
{
	uint64_t now = now_ns(llm);
	CURL *h;

	if (!r->first_start_ns)
		r->first_start_ns = now;
	r->start_ns = now;
	r->res.timings.attempts++;
	if (llm->builtin && r->kind == JOB_CHAT) {
		run_builtin(llm, r);
		return;
	}
	if (r->kind == JOB_CHAT && r->res.timings.attempts == 1 && try_cache(llm, r))
		return;
	if (r->kind == JOB_CHAT && r->stream_usage && llm->no_stream_usage && rebuild_body(llm, r)) {
		finish_msg(llm, r, SX_ENOMEM, "config", "out of memory building a request");
		return;
	}
	stream_reset(r, llm->think_tags);
	sx_buf_clear(&r->raw);
	sx_buf_clear(&r->text);
	sx_buf_clear(&r->reasoning);
	r->mode = 0;
	r->got_data = false;
	r->abort_code = 0;
	r->abort_cause[0] = '\0';
	r->errbuf[0] = '\0';
	r->last_data_ns = now;
	if (!(h = curl_easy_init())) {
		finish_msg(llm, r, SX_ENOMEM, "config", "cannot create a transfer (out of memory)");
		return;
	}
	r->easy = h;
	curl_easy_setopt(h, CURLOPT_URL, r->url);
	curl_easy_setopt(h, CURLOPT_PRIVATE, r);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, r->errbuf);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_write);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, r);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, llm->headers);
	curl_easy_setopt(h, CURLOPT_USERAGENT, "sextant/" SX_VERSION);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, (long)(llm->connect_ns / 1000000));
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
	/* TLS verification stays on; a private CA is named, not bypassed */
	if (llm->ca_file)
		curl_easy_setopt(h, CURLOPT_CAINFO, llm->ca_file);
	if (r->body) {
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, r->body);
		curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(r->body));
	} else {
		curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
	}
	if (curl_multi_add_handle(llm->multi, h) != CURLM_OK) {
		finish_msg(llm, r, SX_EIO, "config", "cannot start a transfer to '%s'",
			   llm->base_public);
		return;
	}
	r->next = llm->active;
	llm->active = r;
	llm->nactive++;
	sx_debug("llm: %s %s attempt %d", r->body ? "POST" : "GET", llm->base_public,
		 r->res.timings.attempts);
}

/* The server's own words about a failure, from its error object or the
 * start of the body, sanitized and without the key. */
static void server_message(sx_llm *llm, sx_llm_req *r, char *out, size_t n)
{
	sx_llm_stream tmp;
	out[0] = '\0';
	if (!r->raw.len)
		return;
	sx__llm_stream_init(&tmp, NULL, false, 0);
	if (sx__llm_stream_event(&tmp, r->raw.ptr, r->raw.len) == SX_EIO) {
		const char *m = tmp.err.msg, *p = strstr(m, ": ");
		copy_str(out, n, p ? p + 2 : m);
	} else {
		sx__llm_clean(out, n < 200 ? n : 200, r->raw.ptr, r->raw.len);
	}
	sx__llm_stream_release(&tmp);
	sx__llm_redact(out, n, llm->key);
}

static bool mentions_model(const char *msg)
{
	static const char *const words[] = {"model", "Model", "MODEL"};
	size_t i;
	for (i = 0; i < 3; i++)
		if (strstr(msg, words[i]))
			return true;
	return false;
}

static void fail_http(sx_llm *llm, sx_llm_req *r, long status, const char *why)
{
	char msg[300];
	const char *sep;
	server_message(llm, r, msg, sizeof msg);
	sep = msg[0] ? ": " : "";
	if (status == 401 || status == 403) {
		if (llm->key_source)
			finish_msg(llm, r, SX_EAUTH, "auth",
				   "'%s' refused the API key from %s (HTTP %ld)%s%s", llm->base_public,
				   llm->key_source, status, sep, msg);
		else
			finish_msg(llm, r, SX_EAUTH, "auth",
				   "'%s' wants an API key (HTTP %ld)%s%s; set SEXTANT_API_KEY (see "
				   "docs/llm.md)",
				   llm->base_public, status, sep, msg);
	} else if ((status == 404 || status == 400) && mentions_model(msg) && r->kind == JOB_CHAT) {
		finish_msg(llm, r, SX_ENOTFOUND, "model_not_found",
			   "model '%s' not found at '%s' (HTTP %ld)%s%s; 'sextant llm ping' lists the "
			   "models it serves",
			   r->model, llm->base_public, status, sep, msg);
	} else if (status == 404) {
		finish_msg(llm, r, SX_ENOTFOUND, "not_found",
			   "'%s' answered HTTP 404 for '%s': check [llm] base_url (OpenAI-compatible "
			   "servers usually end in /v1)",
			   llm->base_public, r->kind == JOB_CHAT ? "/chat/completions"
					     : r->kind == JOB_EMBED ? "/embeddings"
								    : "/models");
	} else if (status >= 300 && status < 400) {
		char *loc = NULL;
		char where[256] = "";
		curl_easy_getinfo(r->easy, CURLINFO_REDIRECT_URL, &loc);
		if (loc)
			sx__llm_url_public(loc, where, sizeof where);
		finish_msg(llm, r, SX_EIO, "not_found",
			   "'%s' redirects (HTTP %ld) to '%s': set [llm] base_url to the new address",
			   llm->base_public, status, where);
	} else if (status == 429) {
		finish_msg(llm, r, SX_EIO, "rate_limit",
			   "'%s' is rate limiting (HTTP 429) after %d attempts (%s)%s%s",
			   llm->base_public, r->res.timings.attempts, why ? why : "no retry", sep, msg);
	} else if (status >= 500) {
		finish_msg(llm, r, SX_EIO, "server", "'%s' failed with HTTP %ld after %d attempts%s%s",
			   llm->base_public, status, r->res.timings.attempts, sep, msg);
	} else {
		finish_msg(llm, r, SX_EINVAL, "bad_request", "'%s' rejected the request (HTTP %ld)%s%s",
			   llm->base_public, status, sep, msg);
	}
}

static bool retryable_status(long s)
{
	return s == 429 || s == 500 || s == 502 || s == 503 || s == 504;
}

static void fail_curl(sx_llm *llm, sx_llm_req *r, CURLcode cc)
{
	char detail[CURL_ERROR_SIZE + 64];
	const char *why;

	sx__llm_clean(detail, sizeof detail, r->errbuf[0] ? r->errbuf : curl_easy_strerror(cc),
		      strlen(r->errbuf[0] ? r->errbuf : curl_easy_strerror(cc)));
	sx__llm_redact(detail, sizeof detail, llm->key);
	switch (cc) {
	case CURLE_COULDNT_CONNECT:
	case CURLE_COULDNT_RESOLVE_PROXY:
		if (schedule_retry(llm, r, -1, &why))
			return;
		finish_msg(llm, r, SX_EIO, "connect",
			   "cannot connect to '%s': %s (is the server running? check [llm] base_url)",
			   llm->base_public, detail);
		return;
	case CURLE_COULDNT_RESOLVE_HOST:
		if (schedule_retry(llm, r, -1, &why))
			return;
		finish_msg(llm, r, SX_EIO, "resolve",
			   "cannot resolve the host of '%s': %s (check [llm] base_url)",
			   llm->base_public, detail);
		return;
	case CURLE_OPERATION_TIMEDOUT:
		if (schedule_retry(llm, r, -1, &why))
			return;
		finish_msg(llm, r, SX_ETIMEOUT, "connect",
			   "cannot connect to '%s' within %.1f s (connect_timeout_s): %s",
			   llm->base_public, (double)llm->connect_ns / 1e9, detail);
		return;
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_ISSUER_ERROR:
	case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
		finish_msg(llm, r, SX_EIO, "tls",
			   "TLS with '%s' failed: %s (for a private CA set [llm] ca_file; "
			   "verification is never turned off)",
			   llm->base_public, detail);
		return;
	case CURLE_SEND_ERROR:
	case CURLE_RECV_ERROR:
	case CURLE_GOT_NOTHING:
	case CURLE_PARTIAL_FILE:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
		if (schedule_retry(llm, r, -1, &why))
			return;
		finish_msg(llm, r, SX_EIO, r->token_seen ? "protocol" : "connect",
			   "the connection to '%s' broke%s: %s", llm->base_public,
			   r->token_seen ? " mid-stream" : "", detail);
		return;
	default:
		finish_msg(llm, r, SX_EIO, "protocol", "request to '%s' failed: %s",
			   llm->base_public, detail);
	}
}

static int embed_parse(sx_llm_req *r);
static int models_parse(sx_llm_req *r);

static void take_stream_result(sx_llm_req *r)
{
	sx_llm_result *res = &r->res;
	copy_str(res->finish_reason, sizeof res->finish_reason, r->st.finish);
	if (r->st.model[0])
		copy_str(res->model, sizeof res->model, r->st.model);
	res->usage = r->st.usage;
}

/* A transfer ended (curl said so). */
static void complete(sx_llm *llm, sx_llm_req *r, CURLcode cc)
{
	long status = 0;
	curl_off_t ra = -1;
	const char *why = NULL;
	int rc;

	curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_getinfo(r->easy, CURLINFO_RETRY_AFTER, &ra);
	r->res.http_status = (int)status;
	if (atomic_load(&r->cancelled)) {
		finish_msg(llm, r, SX_ECANCELLED, "cancelled", "cancelled");
		return;
	}
	if (r->abort_code) {
		/* in-stream error objects with a retryable code are retried
		 * like the HTTP status they name */
		if (r->abort_code == SX_EIO && retryable_status(r->st.error_status) &&
		    schedule_retry(llm, r, -1, &why))
			return;
		finish(llm, r, r->abort_code, r->abort_cause, &r->abort_err);
		return;
	}
	if (cc != CURLE_OK && !(cc == CURLE_PARTIAL_FILE && r->mode == 1)) {
		fail_curl(llm, r, cc);
		return;
	}
	if (status < 200 || status >= 300) {
		/* a 400 naming stream_options: the server does not know it;
		 * send without it from now on (not counted as a retry) */
		if (status == 400 && r->stream_usage && r->raw.ptr &&
		    strstr(r->raw.ptr, "stream_options") && !r->token_seen) {
			llm->no_stream_usage = true;
			drop_easy(llm, r);
			r->retry_at_ns = now_ns(llm);
			r->next = llm->waiting;
			llm->waiting = r;
			return;
		}
		if (retryable_status(status) &&
		    schedule_retry(llm, r, status == 429 || status == 503 ? (int64_t)ra : -1, &why))
			return;
		fail_http(llm, r, status, why);
		return;
	}
	switch (r->kind) {
	case JOB_CHAT:
		if (r->mode == 2) {
			/* the server answered with one JSON document: a
			 * non-streamed completion (stream = false, or a server
			 * that ignores "stream") */
			rc = sx__llm_stream_completion(&r->st, r->raw.ptr ? r->raw.ptr : "", r->raw.len);
		} else {
			rc = sx__llm_stream_finish(&r->st);
		}
		if (rc) {
			if (rc == SX_EIO && retryable_status(r->st.error_status) &&
			    schedule_retry(llm, r, -1, &why))
				return;
			finish(llm, r, rc, rc == SX_EIO ? "stream_error" : "protocol", &r->st.err);
			return;
		}
		take_stream_result(r);
		if (!r->st.done && !r->st.finish[0]) {
			/* cut before [DONE]: safe to ask again only while the
			 * caller has seen nothing */
			if (schedule_retry(llm, r, -1, &why))
				return;
			finish_msg(llm, r, SX_EIO, "protocol",
				   "the stream from '%s' ended before [DONE]%s%s", llm->base_public,
				   r->token_seen ? " after text was delivered" : "",
				   why ? " (retries exhausted)" : "");
			return;
		}
		finish(llm, r, 0, NULL, NULL);
		return;
	case JOB_EMBED:
		rc = embed_parse(r);
		break;
	default:
		rc = models_parse(r);
		break;
	}
	if (rc)
		finish_msg(llm, r, SX_EPARSE, "protocol", "'%s' sent an answer that is not the expected JSON",
			   llm->base_public);
	else
		finish(llm, r, 0, NULL, NULL);
}

static int embed_parse(sx_llm_req *r)
{
	r->json = cJSON_ParseWithLength(r->raw.ptr ? r->raw.ptr : "", r->raw.len);
	return cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(r->json, "data")) ? 0 : SX_EPARSE;
}

static int models_parse(sx_llm_req *r)
{
	return embed_parse(r);
}

/* ---------------------------------------------------------- builtin */

static const char NO_MODEL_TEXT[] =
	"[builtin provider] No language model is configured, so no model read this prompt "
	"and nothing was generated.\n"
	"To use one, set [llm] base_url and model in config.ini (or --base-url and --model), "
	"put the API key in SEXTANT_API_KEY, and check it with 'sextant llm ping'. "
	"docs/llm.md has ready-made profiles (Together, OpenAI, vLLM, Ollama, llama.cpp).\n";

void sx_llm_emit_token(sx_llm_emit *em, const char *text, size_t len)
{
	if (em && text)
		sx__llm_stream_content(&em->req->st, text, len);
}

void sx_llm_emit_reasoning(sx_llm_emit *em, const char *text, size_t len)
{
	if (em && text)
		sx__llm_stream_reasoning(&em->req->st, text, len);
}

void sx_llm_emit_step(sx_llm_emit *em, const char *fmt, ...)
{
	sx_buf b = SX_BUF_INIT;
	va_list ap;
	if (!em)
		return;
	va_start(ap, fmt);
	sx_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	sx_buf_putc(&b, '\n');
	if (!sx_buf_failed(&b))
		sx__llm_stream_reasoning(&em->req->st, b.ptr, b.len);
	sx_buf_release(&b);
}

int sx_llm_emit_tool_call(sx_llm_emit *em, const char *id, const char *name,
			  const char *arguments)
{
	if (!em || !name)
		return SX_EINVAL;
	/* a key no server index uses: every emitted call is a new one */
	return sx__llm_stream_tool(&em->req->st, -2 - (int64_t)em->req->st.calls.n, id, name,
				   arguments, arguments ? strlen(arguments) : 0);
}

bool sx_llm_emit_cancelled(const sx_llm_emit *em)
{
	return !em || atomic_load(&em->req->cancelled);
}

static void run_builtin(sx_llm *llm, sx_llm_req *r)
{
	sx_llm_emit em = {r};
	struct engine eng = {0};
	sx_error e = {0};
	size_t i;
	int rc;

	pthread_mutex_lock(&llm->lock);
	for (i = 0; r->opts.engine && i < llm->engines.n; i++)
		if (strcmp(llm->engines.v[i].name, r->opts.engine) == 0)
			eng = llm->engines.v[i];
	pthread_mutex_unlock(&llm->lock);
	stream_reset(r, false);
	if (!eng.fn) {
		/* honest: nothing answered, and the stream says so */
		sx__llm_stream_content(&r->st, NO_MODEL_TEXT, sizeof NO_MODEL_TEXT - 1);
		sx__llm_stream_finish(&r->st);
		copy_str(r->res.finish_reason, sizeof r->res.finish_reason, "no_model");
		copy_str(r->res.model, sizeof r->res.model, "builtin");
		finish(llm, r, 0, NULL, NULL);
		return;
	}
	snprintf(r->res.model, sizeof r->res.model, "builtin:%s", r->opts.engine);
	rc = eng.fn(eng.payload, r->msgs, r->nmsgs, &r->opts, &em, &e);
	/* the engine's reply is whole: its tool calls are handed out now */
	r->st.done = !rc && !atomic_load(&r->cancelled);
	sx__llm_stream_finish(&r->st);
	if (atomic_load(&r->cancelled))
		finish_msg(llm, r, SX_ECANCELLED, "cancelled", "cancelled");
	else if (rc)
		finish(llm, r, rc, "engine", &e);
	else if (r->st.failed)
		finish(llm, r, r->st.fail_code, "engine", &r->st.err);
	else {
		if (r->calls.n)
			copy_str(r->res.finish_reason, sizeof r->res.finish_reason, "tool_calls");
		finish(llm, r, 0, NULL, NULL);
	}
}

int sx_llm_register_engine(sx_llm *llm, const char *name, sx_llm_engine_fn fn, void *payload,
			   sx_error *err)
{
	struct engine en;
	size_t i;
	int rc = 0;

	if (!name || !*name || !fn)
		return sx_error_set(err, SX_EINVAL, "an engine needs a name and a function");
	pthread_mutex_lock(&llm->lock);
	for (i = 0; i < llm->engines.n; i++)
		if (strcmp(llm->engines.v[i].name, name) == 0) {
			llm->engines.v[i].fn = fn;
			llm->engines.v[i].payload = payload;
			goto out;
		}
	en.name = sx_strdup(name);
	en.fn = fn;
	en.payload = payload;
	if (!en.name || SX_VEC_PUSH(&llm->engines, en)) {
		free(en.name);
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
	}
out:
	pthread_mutex_unlock(&llm->lock);
	return rc;
}

/* ---------------------------------------------------------- worker */

static void abort_active(sx_llm *llm, sx_llm_req *r, int code, const char *cause, const char *fmt,
			 double secs)
{
	list_remove(&llm->active, r);
	llm->nactive--;
	finish_msg(llm, r, code, cause, fmt, llm->base_public, secs);
}

static void check_limits(sx_llm *llm)
{
	uint64_t now = now_ns(llm);
	sx_llm_req *r, *next;

	for (r = llm->active; r; r = next) {
		next = r->next;
		if (atomic_load(&r->cancelled)) {
			list_remove(&llm->active, r);
			llm->nactive--;
			finish_msg(llm, r, SX_ECANCELLED, "cancelled", "cancelled");
		} else if (llm->ttft_ns && r->kind == JOB_CHAT && !r->token_seen &&
			   now - r->start_ns > llm->ttft_ns) {
			abort_active(llm, r, SX_ETIMEOUT, "timeout",
				     "no token from '%s' within %.1f s (first_token_timeout_s)",
				     (double)llm->ttft_ns / 1e9);
		} else if (llm->idle_ns && r->got_data && now - r->last_data_ns > llm->idle_ns) {
			abort_active(llm, r, SX_ETIMEOUT, "timeout",
				     "'%s' sent nothing for %.1f s mid-answer (idle_timeout_s)",
				     (double)llm->idle_ns / 1e9);
		} else if (llm->total_ns && now - r->first_start_ns > llm->total_ns) {
			abort_active(llm, r, SX_ETIMEOUT, "timeout",
				     "'%s' did not finish within %.1f s (total_timeout_s)",
				     (double)llm->total_ns / 1e9);
		}
	}
	for (r = llm->waiting; r; r = next) {
		next = r->next;
		if (atomic_load(&r->cancelled)) {
			list_remove(&llm->waiting, r);
			finish_msg(llm, r, SX_ECANCELLED, "cancelled", "cancelled");
		}
	}
	for (r = llm->pending; r; r = next) {
		next = r->next;
		if (atomic_load(&r->cancelled)) {
			list_remove(&llm->pending, r);
			finish_msg(llm, r, SX_ECANCELLED, "cancelled", "cancelled");
		}
	}
}

/* Starts what may start: due retries first (they are older), then new
 * requests in order, while fewer than `concurrency` are in flight. */
static void start_ready(sx_llm *llm)
{
	uint64_t now = now_ns(llm);
	sx_llm_req *r, *next;

	for (r = llm->waiting; r && llm->nactive < llm->concurrency; r = next) {
		next = r->next;
		if (r->retry_at_ns <= now) {
			list_remove(&llm->waiting, r);
			start(llm, r);
		}
	}
	while (llm->pending && llm->nactive < llm->concurrency) {
		r = llm->pending;
		llm->pending = r->next;
		r->next = NULL;
		start(llm, r);
	}
}

/* Nanoseconds until the next timer (retry or limit); 10 s when none. */
static uint64_t next_wait(sx_llm *llm)
{
	uint64_t now = now_ns(llm), best = 10000000000ULL;
	sx_llm_req *r;
#define CONSIDER(t)                                                            \
	do {                                                                   \
		uint64_t t_ = (t);                                             \
		uint64_t w_ = t_ > now ? t_ - now : 0;                         \
		if (w_ < best)                                                 \
			best = w_;                                             \
	} while (0)
	/* a due retry that has no slot yet waits for a transfer to end,
	 * which wakes the poll anyway */
	for (r = llm->waiting; r && llm->nactive < llm->concurrency; r = r->next)
		CONSIDER(r->retry_at_ns);
	for (r = llm->active; r; r = r->next) {
		if (llm->ttft_ns && r->kind == JOB_CHAT && !r->token_seen)
			CONSIDER(r->start_ns + llm->ttft_ns + 1);
		if (llm->idle_ns && r->got_data)
			CONSIDER(r->last_data_ns + llm->idle_ns + 1);
		if (llm->total_ns)
			CONSIDER(r->first_start_ns + llm->total_ns + 1);
	}
#undef CONSIDER
	return best;
}

static void drain(sx_llm *llm)
{
	CURLMsg *m;
	int left;
	while ((m = curl_multi_info_read(llm->multi, &left))) {
		sx_llm_req *r = NULL;
		CURLcode cc = m->data.result;
		CURL *h = m->easy_handle;
		if (m->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(h, CURLINFO_PRIVATE, (char **)&r);
		if (!r)
			continue;
		list_remove(&llm->active, r);
		llm->nactive--;
		complete(llm, r, cc);
	}
}

static void cancel_all(sx_llm *llm)
{
	sx_llm_req *lists[3] = {llm->active, llm->waiting, llm->pending}, *r, *next;
	size_t i;
	llm->active = llm->waiting = llm->pending = NULL;
	llm->nactive = 0;
	for (i = 0; i < 3; i++)
		for (r = lists[i]; r; r = next) {
			next = r->next;
			r->next = NULL;
			atomic_store(&r->cancelled, 1);
			finish_msg(llm, r, SX_ECANCELLED, "cancelled", "cancelled: the client was closed");
		}
}

static void *worker_main(void *arg)
{
	sx_llm *llm = arg;
	for (;;) {
		sx_llm_req *q, **tail;
		bool stop;
		int running;
		uint64_t wait;

		pthread_mutex_lock(&llm->lock);
		stop = llm->stopping;
		q = llm->queue;
		llm->queue = llm->queue_tail = NULL;
		pthread_mutex_unlock(&llm->lock);
		for (tail = &llm->pending; *tail; tail = &(*tail)->next)
			;
		*tail = q;
		if (stop)
			break;
		check_limits(llm);
		start_ready(llm);
		curl_multi_perform(llm->multi, &running);
		drain(llm);
		if (llm->nactive < llm->concurrency && llm->pending)
			continue;
		wait = next_wait(llm);
		if (llm->mock_clock) {
			if (llm->nactive == 0 && llm->waiting && !llm->pending && wait > 0) {
				/* only a timer is left: let the test clock jump */
				llm->clock.sleep_ns(llm->clock.payload, wait);
				continue;
			}
			if (wait > 50000000ULL)
				wait = 50000000ULL;
		}
		/* the poll wakes on I/O and curl_multi_wakeup; the cap only
		 * bounds how stale a missed timer can get */
		if (wait > 1000000000ULL)
			wait = 1000000000ULL;
		curl_multi_poll(llm->multi, NULL, 0, (int)((wait + 999999) / 1000000), NULL);
	}
	cancel_all(llm);
	if (llm->st) {
		sx_store_close(llm->st);
		llm->st = NULL;
	}
	return NULL;
}

/* ---------------------------------------------------------- client */

/* Every [llm] key is read with a literal sx_config_get*(cfg, "llm", "key")
 * call, so tests/unit/docs/check_config_docs.py sees each one. */
struct badval {
	const char *key, *value;
};

static double num(const char *v, const char *key, double def, double lo, double hi,
		  struct badval *bad)
{
	char *end;
	double d;
	if (!v || !*v)
		return def;
	d = strtod(v, &end);
	while (*end == ' ')
		end++;
	if (*end || d < lo || d > hi || isnan(d)) {
		if (!bad->key) {
			bad->key = key;
			bad->value = v;
		}
		return def;
	}
	return d;
}

static uint64_t secs_ns(double s)
{
	return (uint64_t)(s * 1e9);
}

static int set_headers(sx_llm *llm, sx_error *err)
{
	static const char *const fixed[] = {"Content-Type: application/json",
					    "Accept: text/event-stream, application/json",
					    "Expect:"};
	struct curl_slist *h = NULL, *n;
	size_t i;
	for (i = 0; i < 3; i++) {
		if (!(n = curl_slist_append(h, fixed[i])))
			goto oom;
		h = n;
	}
	if (llm->key) {
		sx_buf b = SX_BUF_INIT;
		sx_buf_printf(&b, "Authorization: Bearer %s", llm->key);
		n = sx_buf_failed(&b) ? NULL : curl_slist_append(h, b.ptr);
		if (b.ptr)
			memset(b.ptr, 0, b.cap);
		sx_buf_release(&b);
		if (!n)
			goto oom;
		h = n;
	}
	llm->headers = h;
	return 0;
oom:
	curl_slist_free_all(h);
	return sx_error_set(err, SX_ENOMEM, "out of memory");
}

static void free_headers(struct curl_slist *h)
{
	struct curl_slist *p;
	for (p = h; p; p = p->next)
		if (p->data)
			memset(p->data, 0, strlen(p->data));
	curl_slist_free_all(h);
}

static int configure(sx_llm *llm, const sx_config *cfg, sx_error *err)
{
	const char *prov = sx_config_get(cfg, "llm", "provider", "");
	const char *base = sx_config_get(cfg, "llm", "base_url", "");
	const char *ca = sx_config_get(cfg, "llm", "ca_file", "");
	struct badval bad = {NULL, NULL};
	int rc;
	size_t len;

	if (!*prov || strcmp(prov, "auto") == 0)
		llm->builtin = !*base;
	else if (strcmp(prov, "builtin") == 0)
		llm->builtin = true;
	else if (strcmp(prov, "openai") == 0)
		llm->builtin = false;
	else
		return sx_error_set(err, SX_EINVAL,
				    "[llm] provider '%s' is unknown: use openai (any OpenAI-compatible "
				    "endpoint, see the profiles in docs/llm.md) or builtin",
				    prov);
	copy_str(llm->provider, sizeof llm->provider, llm->builtin ? "builtin" : "openai");
	if (!llm->builtin && !*base)
		base = "https://api.openai.com/v1";
	if (llm->builtin)
		base = "";
	if (!(llm->base_url = sx_strdup(base)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	/* a pasted full endpoint or a trailing slash still works */
	len = strlen(llm->base_url);
	while (len && llm->base_url[len - 1] == '/')
		llm->base_url[--len] = '\0';
	if (sx_str_endswith(llm->base_url, "/chat/completions"))
		llm->base_url[len - strlen("/chat/completions")] = '\0';
	sx__llm_url_public(llm->base_url, llm->base_public, sizeof llm->base_public);
	if (!llm->builtin && !sx_str_startswith(llm->base_url, "http://") &&
	    !sx_str_startswith(llm->base_url, "https://"))
		return sx_error_set(err, SX_EINVAL,
				    "[llm] base_url '%s' must start with http:// or https://",
				    llm->base_public);
	llm->model = sx_strdup(sx_config_get(cfg, "llm", "model", ""));
	llm->embed_model = sx_strdup(sx_config_get(cfg, "llm", "embed_model", ""));
	if (!llm->model || !llm->embed_model)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	llm->concurrency = (int)num(sx_config_get(cfg, "llm", "concurrency", NULL), "concurrency", 4, 1, 64, &bad);
	llm->embed_batch = (int)num(sx_config_get(cfg, "llm", "embed_batch", NULL), "embed_batch", 64, 1, 4096, &bad);
	llm->connect_ns = secs_ns(num(sx_config_get(cfg, "llm", "connect_timeout_s", NULL), "connect_timeout_s", 10, 0.001, 3600, &bad));
	llm->ttft_ns = secs_ns(num(sx_config_get(cfg, "llm", "first_token_timeout_s", NULL), "first_token_timeout_s", 120, 0, 86400, &bad));
	llm->idle_ns = secs_ns(num(sx_config_get(cfg, "llm", "idle_timeout_s", NULL), "idle_timeout_s", 60, 0, 86400, &bad));
	llm->total_ns = secs_ns(num(sx_config_get(cfg, "llm", "total_timeout_s", NULL), "total_timeout_s", 600, 0, 86400, &bad));
	llm->retries = (int)num(sx_config_get(cfg, "llm", "retries", NULL), "retries", 3, 0, 20, &bad);
	llm->retry_base_ms = num(sx_config_get(cfg, "llm", "retry_base_ms", NULL), "retry_base_ms", 500, 0, 600000, &bad);
	llm->retry_max_ms = num(sx_config_get(cfg, "llm", "retry_max_ms", NULL), "retry_max_ms", 20000, 0, 3600000, &bad);
	llm->retry_jitter = num(sx_config_get(cfg, "llm", "retry_jitter", NULL), "retry_jitter", 0.5, 0, 1, &bad);
	llm->retry_after_max_s = num(sx_config_get(cfg, "llm", "retry_after_max_s", NULL), "retry_after_max_s", 60, 0, 86400, &bad);
	llm->price_in = num(sx_config_get(cfg, "llm", "price_input_per_1m", NULL), "price_input_per_1m", 0, 0, 1e6, &bad);
	llm->price_out = num(sx_config_get(cfg, "llm", "price_output_per_1m", NULL), "price_output_per_1m", 0, 0, 1e6, &bad);
	llm->cache_ttl_s = (int64_t)num(sx_config_get(cfg, "llm", "cache_ttl_s", NULL), "cache_ttl_s", 86400, 0, 1e10, &bad);
	if (bad.key)
		return sx_error_set(err, SX_EINVAL, "[llm] %s = '%s' is not a valid value (docs/config.md)",
				    bad.key, bad.value);
	llm->stream = sx_config_get_bool(cfg, "llm", "stream", true);
	llm->stream_usage = sx_config_get_bool(cfg, "llm", "stream_usage", true);
	llm->think_tags = sx_config_get_bool(cfg, "llm", "think_tags", true);
	if (*ca && !(llm->ca_file = sx_strdup(ca)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	const char *kvar = sx_config_get(cfg, "llm", "api_key_env", "");
	const char *kcmd = sx_config_get(cfg, "llm", "api_key_command", "");
	if (*kvar)
		copy_str(llm->key_var, sizeof llm->key_var, kvar);
	if (!llm->builtin && (rc = *kvar ? sx__llm_key_resolve_var(llm->key_var, kcmd, &llm->key,
	                                                           &llm->key_source, err)
	                                 : sx__llm_key_resolve(llm->base_url, kcmd, &llm->key,
	                                                       &llm->key_source, err)))
		return rc;
	return set_headers(llm, err);
}

int sx_llm_new(sx_llm **out, const sx_llm_opts *opts, sx_error *err)
{
	static const sx_llm_opts none;
	sx_llm *llm;
	int rc;

	*out = NULL;
	if (!opts)
		opts = &none;
	pthread_once(&curl_once, curl_init);
	if (!(llm = sx_calloc(1, sizeof *llm)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	pthread_mutex_init(&llm->lock, NULL);
	if (opts->clock && opts->clock->now_ns) {
		llm->clock = *opts->clock;
		llm->mock_clock = opts->clock->sleep_ns != NULL;
	} else {
		llm->clock.now_ns = real_now;
	}
	llm->rng = sx_now_ns() ^ (uint64_t)(uintptr_t)llm ^ 0x9E3779B97F4A7C15ULL;
	if ((rc = configure(llm, opts->config, err)))
		goto fail;
	if (opts->no_retries)
		llm->retries = 0;
	if (opts->workspace_dir && !(llm->workspace_dir = sx_strdup(opts->workspace_dir))) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto fail;
	}
	if (!(llm->multi = curl_multi_init())) {
		rc = sx_error_set(err, SX_ENOMEM, "cannot create a curl multi handle");
		goto fail;
	}
	if (pthread_create(&llm->thread, NULL, worker_main, llm) != 0) {
		rc = sx_error_set(err, SX_ERROR, "cannot start the llm worker thread");
		goto fail;
	}
	llm->thread_started = true;
	sx_info("llm: provider %s, endpoint '%s', model '%s', key from %s", llm->provider,
		llm->base_public, llm->model, llm->key_source ? llm->key_source : "nowhere");
	*out = llm;
	return 0;
fail:
	sx_llm_free(llm);
	return rc;
}

void sx_llm_free(sx_llm *llm)
{
	size_t i;
	if (!llm)
		return;
	if (llm->thread_started) {
		pthread_mutex_lock(&llm->lock);
		llm->stopping = true;
		pthread_mutex_unlock(&llm->lock);
		curl_multi_wakeup(llm->multi);
		pthread_join(llm->thread, NULL);
	}
	if (llm->multi)
		curl_multi_cleanup(llm->multi);
	for (i = 0; i < llm->engines.n; i++)
		free(llm->engines.v[i].name);
	SX_VEC_FREE(&llm->engines);
	free_headers(llm->headers);
	sx__llm_secret_free(llm->key);
	free(llm->base_url);
	free(llm->model);
	free(llm->embed_model);
	free(llm->ca_file);
	free(llm->workspace_dir);
	pthread_mutex_destroy(&llm->lock);
	free(llm);
}

const char *sx_llm_provider(const sx_llm *llm)
{
	return llm->provider;
}

const char *sx_llm_base_url(const sx_llm *llm)
{
	return llm->base_public;
}

const char *sx_llm_model(const sx_llm *llm)
{
	return llm->model;
}

const char *sx_llm_key_source(const sx_llm *llm)
{
	return llm->key_source;
}

void sx_llm_get_stats(sx_llm *llm, sx_llm_stats *out)
{
	pthread_mutex_lock(&llm->lock);
	*out = llm->stats;
	pthread_mutex_unlock(&llm->lock);
}

/* Queues r (which holds one reference for the worker). */
static int enqueue(sx_llm *llm, sx_llm_req *r, sx_error *err)
{
	r->submit_ns = now_ns(llm);
	pthread_mutex_lock(&llm->lock);
	if (llm->stopping) {
		pthread_mutex_unlock(&llm->lock);
		return sx_error_set(err, SX_ECANCELLED, "the llm client is closing");
	}
	if (llm->queue_tail)
		llm->queue_tail->next = r;
	else
		llm->queue = r;
	llm->queue_tail = r;
	llm->stats.requests++;
	pthread_mutex_unlock(&llm->lock);
	curl_multi_wakeup(llm->multi);
	return 0;
}

static int url_join(char **out, const sx_llm *llm, const char *path)
{
	sx_buf b = SX_BUF_INIT;
	sx_buf_puts(&b, llm->base_url);
	sx_buf_puts(&b, path);
	if (sx_buf_failed(&b)) {
		sx_buf_release(&b);
		return SX_ENOMEM;
	}
	*out = sx_buf_detach(&b);
	return 0;
}

int sx_llm_chat(sx_llm *llm, const sx_llm_message *messages, size_t n,
		const sx_llm_chat_opts *opts, const sx_llm_callbacks *cb, sx_llm_req **out,
		sx_error *err)
{
	sx_llm_req *r;
	const char *model;
	int rc;

	if (out)
		*out = NULL;
	if (!llm || (!messages && n))
		return sx_error_set(err, SX_EINVAL, "sx_llm_chat: bad arguments");
	if (n == 0)
		return sx_error_set(err, SX_EINVAL, "a chat needs at least one message");
	model = opts && opts->model && *opts->model ? opts->model : llm->model;
	if (!llm->builtin && !*model)
		return sx_error_set(err, SX_EINVAL,
				    "no model configured for '%s': set [llm] model, SEXTANT_LLM_MODEL "
				    "or --model ('sextant llm ping' lists the endpoint's models)",
				    llm->base_public);
	if (!(r = req_new(llm, JOB_CHAT, cb)))
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if (req_copy(r, messages, n, opts) || !(r->model = (char *)own_str(r, model))) {
		rc = sx_error_set(err, SX_ENOMEM, "out of memory");
		goto fail;
	}
	if (!llm->builtin) {
		r->stream_usage = llm->stream && llm->stream_usage;
		if (url_join(&r->url, llm, "/chat/completions")) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto fail;
		}
		if ((rc = sx__llm_chat_body(&r->body, r->model, r->msgs, n, &r->opts, llm->stream,
					    r->stream_usage, err)))
			goto fail;
		if (llm->workspace_dir && llm->cache_ttl_s > 0 && !r->opts.no_cache) {
			if ((rc = sx__llm_chat_body(&r->cache_body, r->model, r->msgs, n, &r->opts,
						    false, false, err)))
				goto fail;
			r->keep_text = true;
		}
	}
	if (out)
		atomic_store(&r->refs, 2);
	if ((rc = enqueue(llm, r, err)))
		goto fail;
	if (out)
		*out = r;
	return 0;
fail:
	atomic_store(&r->refs, 1);
	req_unref(r);
	return rc;
}

const sx_llm_tool_call *sx_llm_req_tool_calls(const sx_llm_req *req, size_t *n)
{
	bool fin;
	if (n)
		*n = 0;
	if (!req)
		return NULL;
	pthread_mutex_lock((pthread_mutex_t *)&req->cb_lock);
	fin = req->calls_ready;
	pthread_mutex_unlock((pthread_mutex_t *)&req->cb_lock);
	if (!fin || !req->calls.n)
		return NULL;
	if (n)
		*n = req->calls.n;
	return req->calls.v;
}

/* ---------------------------------------------------------- blocking */

struct waiter {
	pthread_mutex_t m;
	pthread_cond_t c;
	bool done;
	sx_llm_result res;
	const sx_llm_callbacks *user;
	sx_buf *text, *reasoning;
	sx_llm_reply *reply;      /* collects the tool calls (may be NULL) */
	bool calls_oom;
};

static void w_token(void *p, const char *s, size_t n)
{
	struct waiter *w = p;
	if (w->text)
		sx_buf_put(w->text, s, n);
	if (w->user && w->user->on_token)
		w->user->on_token(w->user->payload, s, n);
}

static void w_reasoning(void *p, const char *s, size_t n)
{
	struct waiter *w = p;
	if (w->reasoning)
		sx_buf_put(w->reasoning, s, n);
	if (w->user && w->user->on_reasoning)
		w->user->on_reasoning(w->user->payload, s, n);
}

static void w_tool_delta(void *p, const sx_llm_tool_delta *d)
{
	struct waiter *w = p;
	if (w->user && w->user->on_tool_call_delta)
		w->user->on_tool_call_delta(w->user->payload, d);
}

static void w_tool_call(void *p, const sx_llm_tool_call *c)
{
	struct waiter *w = p;
	if (w->reply) {
		sx_llm_tool_call *v = realloc(w->reply->tool_calls,
					      (w->reply->n_tool_calls + 1) * sizeof *v);
		if (v) {
			w->reply->tool_calls = v;
			if (call_dup(&v[w->reply->n_tool_calls], c) == 0)
				w->reply->n_tool_calls++;
			else
				w->calls_oom = true;
		} else {
			w->calls_oom = true;
		}
	}
	if (w->user && w->user->on_tool_call)
		w->user->on_tool_call(w->user->payload, c);
}

static void w_done(void *p, const sx_llm_result *res)
{
	struct waiter *w = p;
	if (w->user && w->user->on_done)
		w->user->on_done(w->user->payload, res);
	pthread_mutex_lock(&w->m);
	w->res = *res;
	w->done = true;
	pthread_cond_signal(&w->c);
	pthread_mutex_unlock(&w->m);
}

static void waiter_init(struct waiter *w)
{
	memset(w, 0, sizeof *w);
	pthread_mutex_init(&w->m, NULL);
	pthread_cond_init(&w->c, NULL);
}

static void waiter_release(struct waiter *w)
{
	pthread_mutex_destroy(&w->m);
	pthread_cond_destroy(&w->c);
}

/* Waits for on_done, polling *cancel every 20 ms. */
static void waiter_wait(struct waiter *w, sx_llm_req *r, atomic_int *cancel)
{
	bool sent = false;
	pthread_mutex_lock(&w->m);
	while (!w->done) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 20000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&w->c, &w->m, &ts);
		if (!w->done && cancel && atomic_load(cancel) && !sent) {
			sent = true;
			pthread_mutex_unlock(&w->m);
			sx_llm_cancel(r);
			pthread_mutex_lock(&w->m);
		}
	}
	pthread_mutex_unlock(&w->m);
}

static bool on_worker(const sx_llm *llm)
{
	return llm->thread_started && pthread_equal(pthread_self(), llm->thread);
}

static int chat_wait(sx_llm *llm, const sx_llm_message *messages, size_t n,
		     const sx_llm_chat_opts *opts, const sx_llm_callbacks *stream,
		     atomic_int *cancel, sx_buf *text, sx_buf *reasoning, sx_llm_reply *reply,
		     sx_llm_result *res, sx_error *err)
{
	struct waiter w;
	sx_llm_callbacks cb = {.on_token = w_token, .on_reasoning = w_reasoning, .on_done = w_done,
			       .payload = &w, .on_tool_call_delta = w_tool_delta,
			       .on_tool_call = w_tool_call};
	sx_llm_req *r;
	int rc;

	if (res)
		memset(res, 0, sizeof *res);
	if (on_worker(llm))
		return sx_error_set(err, SX_EINVAL, "sx_llm_chat_sync called from an llm callback");
	waiter_init(&w);
	w.user = stream;
	w.text = text;
	w.reasoning = reasoning;
	w.reply = reply;
	if ((rc = sx_llm_chat(llm, messages, n, opts, &cb, &r, err))) {
		waiter_release(&w);
		if (res) {
			res->code = rc;
			res->error.code = rc;
			copy_str(res->error.msg, sizeof res->error.msg, err ? err->msg : "");
			copy_str(res->cause, sizeof res->cause, "config");
		}
		return rc;
	}
	waiter_wait(&w, r, cancel);
	sx_llm_req_free(r);
	waiter_release(&w);
	if (!w.res.code && w.calls_oom) {
		w.res.code = SX_ENOMEM;
		sx_error_set(&w.res.error, SX_ENOMEM, "out of memory keeping the tool calls");
	}
	if (res)
		*res = w.res;
	if (w.res.code && err)
		*err = w.res.error;
	return w.res.code;
}

int sx_llm_chat_sync(sx_llm *llm, const sx_llm_message *messages, size_t n,
		     const sx_llm_chat_opts *opts, const sx_llm_callbacks *stream,
		     atomic_int *cancel, sx_buf *text, sx_buf *reasoning, sx_llm_result *res,
		     sx_error *err)
{
	return chat_wait(llm, messages, n, opts, stream, cancel, text, reasoning, NULL, res, err);
}

int sx_llm_chat_reply(sx_llm *llm, const sx_llm_message *messages, size_t n,
		      const sx_llm_chat_opts *opts, const sx_llm_callbacks *stream,
		      atomic_int *cancel, sx_llm_reply *out, sx_error *err)
{
	int rc;
	memset(out, 0, sizeof *out);
	rc = chat_wait(llm, messages, n, opts, stream, cancel, &out->content, &out->reasoning, out,
		       &out->res, err);
	if (!rc && (sx_buf_failed(&out->content) || sx_buf_failed(&out->reasoning))) {
		out->res.code = rc = SX_ENOMEM;
		sx_error_set(&out->res.error, SX_ENOMEM, "out of memory keeping the reply");
		if (err)
			*err = out->res.error;
	}
	return rc;
}

void sx_llm_reply_release(sx_llm_reply *r)
{
	if (!r)
		return;
	sx_buf_release(&r->content);
	sx_buf_release(&r->reasoning);
	calls_free(r->tool_calls, r->n_tool_calls);
	free(r->tool_calls);
	r->tool_calls = NULL;
	r->n_tool_calls = 0;
}

sx_llm_message sx_llm_reply_message(const sx_llm_reply *r)
{
	sx_llm_message m;
	memset(&m, 0, sizeof m);
	m.role = SX_LLM_ASSISTANT;
	m.content = sx_buf_cstr(&r->content);
	m.tool_calls = r->tool_calls;
	m.n_tool_calls = r->n_tool_calls;
	return m;
}

/* Runs one internal job (embeddings, model list) and waits for it. On
 * success *json takes the parsed answer. */
static int run_job(sx_llm *llm, int kind, const char *path, char *body, cJSON **json,
		   sx_error *err)
{
	struct waiter w;
	sx_llm_callbacks cb = {.on_done = w_done, .payload = &w};
	sx_llm_req *r;
	int rc;

	*json = NULL;
	if (on_worker(llm)) {
		free(body);
		return sx_error_set(err, SX_EINVAL, "blocking llm call from an llm callback");
	}
	if (!(r = req_new(llm, kind, &cb))) {
		free(body);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	r->body = body;
	if (url_join(&r->url, llm, path) || !(r->model = (char *)own_str(r, llm->model))) {
		req_unref(r);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	waiter_init(&w);
	atomic_store(&r->refs, 2);
	if ((rc = enqueue(llm, r, err))) {
		atomic_store(&r->refs, 1);
		req_unref(r);
		waiter_release(&w);
		return rc;
	}
	waiter_wait(&w, r, NULL);
	if (!w.res.code) {
		*json = r->json;
		r->json = NULL;
	} else if (err) {
		*err = w.res.error;
	}
	sx_llm_req_free(r);
	waiter_release(&w);
	return w.res.code;
}

int sx_llm_models(sx_llm *llm, cJSON **out, sx_error *err)
{
	cJSON *json, *arr, *it;
	int rc;

	*out = NULL;
	if (llm->builtin) {
		*out = cJSON_CreateArray();
		return *out ? 0 : sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	if ((rc = run_job(llm, JOB_MODELS, "/models", NULL, &json, err)))
		return rc;
	if (!(arr = cJSON_CreateArray())) {
		cJSON_Delete(json);
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	}
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(json, "data"))
	{
		const char *id = sx_json_str(it, "id", NULL), *owner = sx_json_str(it, "owned_by", NULL);
		cJSON *m;
		if (!id)
			continue;
		m = cJSON_CreateObject();
		cJSON_AddItemToArray(arr, m);
		sx_json_add_str(m, "id", id);
		if (owner)
			sx_json_add_str(m, "owned_by", owner);
	}
	cJSON_Delete(json);
	*out = arr;
	return 0;
}

int sx_llm_embed(sx_llm *llm, const char *const *texts, size_t n, const char *model,
		 float **out, size_t *dim, sx_error *err)
{
	float *vec = NULL;
	size_t d = 0, off;
	int rc = 0;

	*out = NULL;
	*dim = 0;
	if (llm->builtin)
		return sx_error_set(err, SX_EUNSUPPORTED,
				    "the builtin provider has no embedding model (the search module "
				    "embeds locally without one)");
	if (!model || !*model)
		model = *llm->embed_model ? llm->embed_model : llm->model;
	if (!*model)
		return sx_error_set(err, SX_EINVAL,
				    "no embedding model configured: set [llm] embed_model");
	for (off = 0; off < n && !rc; off += (size_t)llm->embed_batch) {
		size_t k = n - off < (size_t)llm->embed_batch ? n - off : (size_t)llm->embed_batch, i;
		cJSON *body = cJSON_CreateObject(), *in, *json = NULL, *item;
		char *text;
		sx_json_add_str(body, "model", model);
		in = cJSON_AddArrayToObject(body, "input");
		for (i = 0; i < k; i++)
			cJSON_AddItemToArray(in, cJSON_CreateString(texts[off + i] ? texts[off + i] : ""));
		text = cJSON_PrintUnformatted(body);
		cJSON_Delete(body);
		if (!text) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			break;
		}
		if ((rc = run_job(llm, JOB_EMBED, "/embeddings", text, &json, err)))
			break;
		i = 0;
		cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(json, "data"))
		{
			const cJSON *emb = cJSON_GetObjectItemCaseSensitive(item, "embedding"), *x;
			int64_t idx = sx_json_int(item, "index", (int64_t)i);
			size_t j = 0, len = (size_t)cJSON_GetArraySize(emb);
			i++;
			if (!cJSON_IsArray(emb) || idx < 0 || (size_t)idx >= k || !len ||
			    (d && len != d)) {
				rc = sx_error_set(err, SX_EPARSE,
						  "'%s' sent embeddings of the wrong shape",
						  llm->base_public);
				break;
			}
			if (!d) {
				d = len;
				if (!(vec = sx_calloc(n * d, sizeof *vec))) {
					rc = sx_error_set(err, SX_ENOMEM, "out of memory");
					break;
				}
			}
			cJSON_ArrayForEach(x, emb)
			{
				vec[(off + (size_t)idx) * d + j++] = (float)x->valuedouble;
			}
		}
		if (!rc && i != k)
			rc = sx_error_set(err, SX_EPARSE, "'%s' sent %zu embeddings for %zu texts",
					  llm->base_public, i, k);
		cJSON_Delete(json);
	}
	if (rc) {
		free(vec);
		return rc;
	}
	*out = vec;
	*dim = d;
	return 0;
}
