/*
 * bench_search.c - speed of table search on synthetic catalogs.
 *
 *   bench_search [--sizes 1000,10000,100000] [--queries N] [--set S.K=V]...
 *
 * For each size N it generates one database of N tables (warehouse-style
 * names from a fixed vocabulary, 4-16 columns, FK-like *_id columns), saves
 * it to a fresh workspace, and prints:
 *   - build: time to open the search the first time (analysis, vectors,
 *     FAISS index, saving), index file size, index kind;
 *   - reopen: time to open it again (loaded from the workspace);
 *   - query p50/p99 over random queries (typos and Russian words included),
 *     query embedding included;
 *   - recall@10 of the HNSW index against exact search on the same vectors
 *     for several efSearch values (sizes at or above the HNSW threshold);
 *   - peak RSS of the process after the size's search is built and queried.
 * Numbers are measured here, on this machine; nothing is asserted.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sextant/catalog.h>
#include <sextant/search.h>
#include <sextant/store.h>

#include "search/search_int.h"

static const char *const nouns[] = {
	"customer", "order", "product", "payment", "invoice", "shipment", "warehouse", "supplier",
	"employee", "department", "account", "transaction", "ledger", "budget", "campaign",
	"session", "event", "click", "page", "user", "address", "city", "country", "region",
	"store", "inventory", "stock", "price", "discount", "coupon", "refund", "review",
	"rating", "category", "brand", "vendor", "contract", "subscription", "plan", "invoice_line",
	"order_item", "cart", "wishlist", "delivery", "route", "vehicle", "driver", "trip",
	"booking", "room", "hotel", "flight", "airport", "ticket", "seat", "passenger", "loyalty",
	"reward", "point", "tax", "currency", "exchange_rate", "balance", "loan", "credit", "card",
	"device", "sensor", "measurement", "alert", "incident", "ticket_comment", "agent", "team",
	"project", "task", "sprint", "release", "build", "deployment", "server", "cluster",
	"metric", "log", "audit", "permission", "role", "group", "member", "message", "email",
	"notification", "template", "document", "file", "image", "video", "course", "lesson",
	"student", "teacher", "grade", "exam", "patient", "doctor", "appointment", "prescription",
	"claim", "policy", "premium", "agent_commission", "lead", "opportunity", "quote",
	"forecast", "target", "kpi", "report", "dashboard", "experiment", "variant", "cohort",
	"churn", "retention", "revenue", "cost", "expense", "salary", "bonus", "timesheet",
	"shift", "schedule", "holiday", "leave", "benefit", "training", "skill", "candidate",
	"interview", "offer", "partner", "affiliate", "commission", "promotion", "banner",
	"search_query", "recommendation", "feedback", "survey", "answer", "question"};
static const char *const prefixes[] = {"", "", "", "stg_", "dim_", "fact_", "raw_", "agg_",
				       "hist_", "tmp_"};
static const char *const colwords[] = {
	"name", "title", "description", "status", "type", "code", "amount", "quantity", "total",
	"created_at", "updated_at", "deleted_at", "is_active", "email", "phone", "first_name",
	"last_name", "birth_date", "street", "zip", "latitude", "longitude", "currency_code",
	"unit_price", "discount_pct", "tax_amount", "valid_from", "valid_to", "score", "comment",
	"source", "channel", "url", "ip_address", "user_agent", "duration_sec", "started_at",
	"finished_at", "priority", "severity", "version", "checksum", "weight_kg", "color",
	"size", "sku", "barcode", "notes", "external_ref", "batch_id"};
static const char *const russian[] = {"заказы", "клиенты", "платежи", "товары", "склад",
				      "сотрудники", "пользователи", "транзакции", "доставка",
				      "отзывы"};

#define NN (sizeof nouns / sizeof *nouns)
#define NP (sizeof prefixes / sizeof *prefixes)
#define NC (sizeof colwords / sizeof *colwords)
#define NR (sizeof russian / sizeof *russian)

static unsigned long long rng = 0x9e3779b97f4a7c15ULL;

static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static void die(const char *what, const sx_error *e)
{
	fprintf(stderr, "bench_search: %s%s%s\n", what, e ? ": " : "", e ? e->msg : "");
	exit(1);
}

static sx_database *make_catalog(sx_catalog *cat, size_t n)
{
	char name[160];
	sx_database *db;
	sx_schema *sch = NULL;
	size_t i;
	snprintf(name, sizeof name, "synthetic_%zu", n);
	db = sx_catalog_add_database(cat, name, SX_DB_SQLITE);
	db->analysed_at = sx_catalog_str(cat, "2026-01-01T00:00:00Z");
	for (i = 0; i < n; i++) {
		sx_table *t;
		unsigned k, nc;
		if (i % 1000 == 0) {
			snprintf(name, sizeof name, "s%zu", i / 1000);
			sch = sx_catalog_add_schema(cat, db, name);
		}
		/* 1-3 nouns; the ordinal keeps names unique like real
		 * warehouses' "_v2", "_2023" copies do. */
		k = 1 + rnd(3);
		snprintf(name, sizeof name, "%s%s", prefixes[rnd(NP)], nouns[rnd(NN)]);
		while (--k)
			snprintf(name + strlen(name), sizeof name - strlen(name), "_%s", nouns[rnd(NN)]);
		snprintf(name + strlen(name), sizeof name - strlen(name), "_%zu", i);
		t = sx_catalog_add_table(cat, sch, name, SX_REL_TABLE);
		sx_catalog_add_column(cat, t, "id", "integer");
		for (k = 0, nc = 1 + rnd(3); k < nc; k++) {
			snprintf(name, sizeof name, "%s_id", nouns[rnd(NN)]);
			if (!sx_table_find_column(t, name))
				sx_catalog_add_column(cat, t, name, "integer");
		}
		for (k = 0, nc = 3 + rnd(12); k < nc; k++)
			if (!sx_table_find_column(t, colwords[rnd(NC)]))
				sx_catalog_add_column(cat, t, colwords[rnd(NC)], "text");
	}
	return db;
}

static void make_query(char *out, size_t n)
{
	unsigned k = 1 + rnd(3), r = rnd(10);
	out[0] = '\0';
	if (r == 0) {
		snprintf(out, n, "%s %s", russian[rnd(NR)], russian[rnd(NR)]);
		return;
	}
	while (k--) {
		size_t l = strlen(out);
		snprintf(out + l, n - l, "%s%s", l ? " " : "", nouns[rnd(NN)]);
	}
	if (r == 1 && strlen(out) > 4) { /* a typo: swap two letters */
		char c = out[2];
		out[2] = out[3];
		out[3] = c;
	}
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* CPU time of this thread: unlike wall time it does not grow when other
 * processes share the cores (the build machine is shared). */
static uint64_t cpu_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* CPU time of the whole process (all threads), in seconds. */
static double proc_cpu_s(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
	       (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

static long peak_rss_mb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss / 1024;
}

static void rm_rf(const char *dir)
{
	char cmd[4200];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "bench_search: could not remove %s\n", dir);
}

/* Recall@10 of the HNSW indexes of s against exact search on the same
 * vectors (a flat reference built in memory), for several efSearch. */
static void hnsw_recall(sx_search *s, sx_catalog *cat, sx_config *cfg, long nq)
{
	static const int efs[] = {32, 64, 128, 256};
	sx_config *flat_cfg;
	sx_search *ref;
	sx_search_src src = {0};
	const sx_table *a[10], *b[10];
	float sa[10], sb[10];
	char q[256];
	size_t na, nb, i, j, e;
	sx_error err;
	if (sx_config_load_string(&flat_cfg, "[search]\nhnsw_threshold = 1000000000\n", &err))
		die("config", &err);
	/* Same embedder settings as the measured search. */
	{
		size_t it = 0;
		const char *k, *v;
		while (sx_config_next(cfg, "embed", &it, &k, &v))
			sx_config_set(flat_cfg, "embed", k, v);
	}
	src.cat = cat;
	src.config = flat_cfg;
	if (sx_search_open(&ref, &src, &err))
		die("flat reference", &err);
	for (e = 0; e < sizeof efs / sizeof *efs; e++) {
		double hit = 0, tot = 0;
		uint64_t t0 = sx_now_ns();
		sx__search_set_ef(s, efs[e]);
		rng = 0x1234567ULL;
		for (long k = 0; k < nq; k++) {
			make_query(q, sizeof q);
			if (sx__search_dense(ref, q, 10, a, sa, &na, &err) ||
			    sx__search_dense(s, q, 10, b, sb, &nb, &err))
				die("dense search", &err);
			for (i = 0; i < na; i++) {
				for (j = 0; j < nb && b[j] != a[i]; j++)
					;
				/* Ties at the 10th score count as found. */
				hit += j < nb || (nb == 10 && sa[i] <= sb[9] + 1e-6f);
			}
			tot += (double)na;
		}
		printf("  hnsw ef_search %3d (efSearch %4d at this size): recall@10 vs exact %.4f"
		       "  (%.3f ms per dense query pair)\n",
		       efs[e], sx__search_ef(s, sx_search_size(s), 10), tot > 0 ? hit / tot : 0,
		       (double)(sx_now_ns() - t0) / 1e6 / (double)nq);
	}
	sx_search_free(ref);
	sx_config_free(flat_cfg);
}

static void run_size(size_t n, long nqueries, sx_config *cfg, long threshold)
{
	char ws[] = "/tmp/sx-bench-XXXXXX", path[4400], q[256];
	sx_catalog *cat;
	sx_store *st;
	sx_search *s;
	sx_search_src src = {0};
	sx_error e;
	double *lat, *cpu, build_s, build_cpu, save_s, reopen_s, sum = 0;
	uint64_t t0, c0;
	size_t nflat, nhnsw, ncols = 0, i, j;
	struct stat sb;
	long qi;

	if (!mkdtemp(ws))
		die("mkdtemp", NULL);
	if (sx_catalog_new(&cat, &e))
		die("catalog", &e);
	make_catalog(cat, n);
	for (i = 0; i < cat->dbs[0]->nschemas; i++)
		for (j = 0; j < cat->dbs[0]->schemas[i]->ntables; j++)
			ncols += cat->dbs[0]->schemas[i]->tables[j]->ncols;
	if (sx_store_open(&st, ws, &e))
		die("store", &e);
	t0 = sx_now_ns();
	if (sx_store_save_database(st, cat->dbs[0], &e))
		die("save", &e);
	save_s = (double)(sx_now_ns() - t0) / 1e9;
	sx_catalog_free(cat);

	/* Build: what `analyze` pays after saving the catalog. */
	if (sx_catalog_new(&cat, &e) || sx_store_load(st, cat, NULL, &e))
		die("load", &e);
	src.cat = cat;
	src.store = st;
	src.config = cfg;
	t0 = sx_now_ns();
	build_cpu = proc_cpu_s();
	if (sx_search_open(&s, &src, &e))
		die("build", &e);
	build_s = (double)(sx_now_ns() - t0) / 1e9;
	build_cpu = proc_cpu_s() - build_cpu;
	sx__search_index_stats(s, &nflat, &nhnsw);
	sx_search_free(s);

	/* Reopen: what `search` pays to load it. */
	t0 = sx_now_ns();
	if (sx_search_open(&s, &src, &e))
		die("reopen", &e);
	reopen_s = (double)(sx_now_ns() - t0) / 1e9;
	for (const char *const *nv = sx_search_notes(s); *nv; nv++)
		printf("  note: %s\n", *nv);

	snprintf(path, sizeof path, "%s/index/synthetic_%zu.faiss", ws, n);
	if (stat(path, &sb) != 0)
		sb.st_size = -1;
	printf("\n== %zu tables, %zu columns (one database)\n", n, ncols);
	printf("  catalog save %.2f s; index build %.2f s wall, %.2f s CPU (%s); reopen %.3f s\n",
	       save_s, build_s, build_cpu, nhnsw ? "HNSW" : "exact inner product", reopen_s);
	printf("  index file %.2f MB (%s)\n", (double)sb.st_size / 1048576.0, path);

	if (!(lat = malloc((size_t)nqueries * sizeof *lat)) ||
	    !(cpu = malloc((size_t)nqueries * sizeof *cpu)))
		die("oom", NULL);
	rng = 0xabcdefULL;
	for (qi = 0; qi < nqueries; qi++) {
		sx_search_opts o = SX_SEARCH_OPTS_INIT;
		sx_search_result *r;
		make_query(q, sizeof q);
		c0 = cpu_ns();
		t0 = sx_now_ns();
		if (sx_search_query(s, q, &o, &r, &e)) {
			/* a query the search refuses (only stopwords) is not timed */
			qi--;
			continue;
		}
		lat[qi] = (double)(sx_now_ns() - t0) / 1e6;
		cpu[qi] = (double)(cpu_ns() - c0) / 1e6;
		sum += lat[qi];
		sx_search_result_free(r);
	}
	qsort(lat, (size_t)nqueries, sizeof *lat, cmp_d);
	qsort(cpu, (size_t)nqueries, sizeof *cpu, cmp_d);
	printf("  query (k=5, embedding included): wall p50 %.3f ms  p99 %.3f ms  mean %.3f ms;"
	       " CPU p50 %.3f ms  p99 %.3f ms  (%ld queries)\n",
	       lat[nqueries / 2], lat[(size_t)((double)nqueries * 0.99)], sum / (double)nqueries,
	       cpu[nqueries / 2], cpu[(size_t)((double)nqueries * 0.99)], nqueries);
	printf("  peak RSS so far %ld MB\n", peak_rss_mb());
	free(lat);
	free(cpu);
	if ((long)n >= threshold)
		hnsw_recall(s, cat, cfg, nqueries < 500 ? nqueries : 500);
	sx_search_free(s);
	sx_catalog_free(cat);
	sx_store_close(st);
	rm_rf(ws);
}

int main(int argc, char **argv)
{
	const char *sizes = "1000,10000,100000";
	long nq = 2000;
	sx_config *cfg;
	sx_error e;
	char *list, *tok, *save = NULL;
	int i;
	if (sx_config_load_string(&cfg, "", &e))
		die("config", &e);
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--sizes") == 0 && i + 1 < argc)
			sizes = argv[++i];
		else if (strcmp(argv[i], "--queries") == 0 && i + 1 < argc)
			nq = atol(argv[++i]);
		else if (strcmp(argv[i], "--set") == 0 && i + 1 < argc) {
			char sec[64], key[64];
			const char *kv = argv[++i], *dot = strchr(kv, '.'), *eq = strchr(kv, '=');
			if (!dot || !eq || dot > eq)
				die("--set wants SECTION.KEY=VALUE", NULL);
			snprintf(sec, sizeof sec, "%.*s", (int)(dot - kv), kv);
			snprintf(key, sizeof key, "%.*s", (int)(eq - dot - 1), dot + 1);
			sx_config_set(cfg, sec, key, eq + 1);
		} else
			die("usage: bench_search [--sizes N,N] [--queries N] [--set S.K=V]", NULL);
	}
	if (nq < 10)
		nq = 10;
	list = strdup(sizes);
	for (tok = strtok_r(list, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
		run_size((size_t)atol(tok), nq, cfg,
			 sx_config_get_int(cfg, "search", "hnsw_threshold", 20000)); /* as search.c */
	free(list);
	sx_config_free(cfg);
	return 0;
}
