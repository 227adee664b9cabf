/*
 * describe.c - what a table holds: business domain (with confidence and
 * evidence), a deterministic one-line description, sensitivity (from the
 * PII found) and update frequency (PostgreSQL activity counters, else the
 * timestamp signal that pii.c measured in the row sample).
 *
 * The domain vocabulary and its words are documented in
 * docs/internals/map.md. Words come from the table name (abbreviations and
 * Russian transliterations expanded), its columns, its comment and the
 * tables it is related to.
 */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "map_int.h"

/* Keyword stems per domain. A word matches a stem when equal, or when the
 * stem has 5+ bytes and starts the word (Russian stems, "analytic"). */
static const char *const dom_words[SX_DOMAIN_COUNT][48] = {
	[SX_DOMAIN_OTHER] = {NULL},
	[SX_DOMAIN_IDENTITY_AUTH] = {"user", "login", "session", "role", "permission",
				     "credential", "password", "token", "auth", "oauth",
				     "privilege", "apikey", "mfa", "signup", "identity", "grant",
				     "polzovatel", "пользовател", "роль", "сесси", "access", NULL},
	[SX_DOMAIN_CUSTOMERS_CRM] = {"customer", "client", "contact", "lead", "opportunity",
				     "prospect", "crm", "klient", "клиент", "контакт", "partner",
				     "loyalty", "buyer", "consumer", "guest", NULL},
	[SX_DOMAIN_SALES_ORDERS] = {"order", "sale", "cart", "basket", "checkout", "quote",
				    "deal", "purchase", "zakaz", "заказ", "продаж", "booking",
				    "reservation", "bronirovanie", "бронировани", "rental",
				    "lineitem", "orderline", NULL},
	[SX_DOMAIN_CATALOG_PRODUCTS] = {"product", "sku", "catalog", "category", "brand",
					"variant", "price", "tovar", "товар", "категори", "продукт",
					"manufacturer", "model", "attribute", "feature", "menu",
					"dish", "assortment", NULL},
	[SX_DOMAIN_INVENTORY] = {"inventory", "stock", "warehouse", "bin", "reorder", "sklad",
				 "склад", "остат", "supplier", "supply", "procurement", "vendor",
				 "storage", "asset", "part", NULL},
	[SX_DOMAIN_LOGISTICS] = {"shipment", "shipping", "delivery", "carrier", "route", "fleet",
				 "vehicle", "parcel", "package", "tracking", "freight",
				 "dostavka", "доставк", "отгрузк", "courier", "flight", "airport",
				 "aircraft", "airline", "train", "station", "trip", "transport",
				 "truck", "driver", "ship", NULL},
	[SX_DOMAIN_PAYMENTS_FINANCE] = {"payment", "transaction", "ledger", "bank", "transfer",
					"refund", "payout", "currency", "exchange", "balance",
					"journal", "gl", "tax", "oplata", "оплат", "платеж",
					"платёж", "транзакц", "loan", "card", "finance", "financial",
					"wallet", "deposit", "withdrawal", "budget", "expense",
					"revenue", "cost", "fund", "investment", "stock_price", NULL},
	[SX_DOMAIN_BILLING] = {"invoice", "bill", "billing", "subscription", "plan", "charge",
			       "fee", "tariff", "schet", "счет", "счёт", "pricing", "receipt",
			       NULL},
	[SX_DOMAIN_MARKETING] = {"campaign", "promotion", "promo", "coupon", "discount",
				 "newsletter", "ad", "advert", "advertising", "utm", "affiliate",
				 "referral", "segment", "акци", "кампани", "рассылк", "marketing",
				 "audience", "survey", NULL},
	[SX_DOMAIN_EVENTS_ANALYTICS] = {"event", "click", "pageview", "impression", "metric",
					"analytic", "visit", "fact", "stat", "statistic",
					"aggregate", "kpi", "событи", "статистик", "measurement",
					"report", "daily", "hourly", "snapshot", "view", "telemetry",
					NULL},
	[SX_DOMAIN_SUPPORT] = {"ticket", "support", "incident", "complaint", "helpdesk", "case",
			       "feedback", "faq", "обращени", "заявк", "тикет", "claim", "issue",
			       "problem", "maintenance", "fault", "repair", NULL},
	[SX_DOMAIN_HR] = {"employee", "staff", "department", "salary", "payroll", "position",
			  "job", "vacancy", "hire", "leave", "attendance", "skill", "сотрудник",
			  "отдел", "зарплат", "должност", "dept", "emp", "sotrudnik", "otdel",
			  "worker", "contractor", "shift", "timesheet", "benefit", "recruit",
			  NULL},
	[SX_DOMAIN_AUDIT_LOGGING] = {"audit", "log", "history", "trail", "revision", "журнал",
				     "аудит", "лог", "истори", "changelog", "archive", "backup",
				     NULL},
	[SX_DOMAIN_REFERENCE_CONFIG] = {"setting", "config", "configuration", "parameter",
					"lookup", "type", "status", "enum", "language", "locale",
					"dictionary", "ref", "reference", "справочник", "настройк",
					"параметр", "option", "preference", "code", "unit",
					"spravochnik", NULL},
	[SX_DOMAIN_CONTENT] = {"post", "article", "page", "comment", "blog", "image", "photo",
			       "file", "attachment", "document", "tag", "news", "review",
			       "стать", "новост", "документ", "комментари", "content", "wiki",
			       "forum", "thread", "topic", "publication", "paper", "journal_paper",
			       "citation", "keyword", "upload", "asset_file", NULL},
	[SX_DOMAIN_GEO] = {"country", "city", "region", "address", "location", "geo", "place",
			   "state", "zip", "postal", "district", "area", "territory", "coordinate",
			   "город", "стран", "регион", "адрес", "gorod", "strana", "county",
			   "province", "continent", "border", "river", "mountain", "lake",
			   "highway", "node", "way", "landmark", NULL},
	[SX_DOMAIN_COMMUNICATION] = {"message", "email", "notification", "sms", "chat",
				     "conversation", "mail", "inbox", "сообщени", "уведомлени",
				     "call", "mailing", "letter", "friend", "follow", NULL},
	[SX_DOMAIN_HEALTHCARE] = {"patient", "doctor", "physician", "nurse", "hospital",
				  "diagnosis", "treatment", "prescription", "medication",
				  "appointment", "drug", "medicine", "allergy", "clinic",
				  "procedure", "condition", "пациент", "врач", "observation",
				  "specimen", "caresite", "death", "enzyme", "medical", "health",
				  "disease", "symptom", "vaccin", "visit_occurrence", "cohort",
				  "concept", "vocabulary", NULL},
	[SX_DOMAIN_EDUCATION] = {"student", "course", "teacher", "class", "enrollment",
				 "enrolment", "grade", "school", "university", "college",
				 "faculty", "lecture", "exam", "semester", "instructor",
				 "professor", "campus", "студент", "курс", "учени", "dorm",
				 "transcript", "degree", "advisor", "lesson", "classroom",
				 "assessment", "homework", "prerequisite", "prereq", NULL},
	[SX_DOMAIN_MEDIA] = {"film", "movie", "music", "song", "album", "artist", "track",
			     "playlist", "genre", "book", "actor", "director", "episode", "show",
			     "tv", "channel", "video", "podcast", "concert", "singer", "band",
			     "фильм", "книг", "музык", "cinema", "theater", "theatre",
			     "performance", "festival", "museum", "exhibition", "author",
			     "library", "volume", "cartoon", "program", "broadcast", NULL},
	[SX_DOMAIN_SPORTS] = {"team", "player", "match", "game", "league", "season",
			      "tournament", "competition", "club", "coach", "stadium", "race",
			      "championship", "olympic", "команд", "игрок", "матч", "sport",
			      "athlete", "gymnast", "swimmer", "wrestler", "climber", "pitcher",
			      "batting", "fielding", "baseball", "soccer", "football", "basketball",
			      "poker", "circuit", "driver_standing", "medal", NULL},
	[SX_DOMAIN_PROJECTS] = {"project", "task", "milestone", "sprint", "assignment",
				"workflow", "проект", "задач", "backlog", "epic", "story",
				"deadline", "research", "grant", NULL},
};

/* Abbreviations and transliterations seen in cryptic schemas. */
static const char *const abbrev[][2] = {
	{"cst", "customer"}, {"cust", "customer"}, {"cus", "customer"}, {"clnt", "client"},
	{"mstr", "master"}, {"ord", "order"}, {"hdr", "header"}, {"dtl", "detail"},
	{"prd", "product"}, {"prod", "product"}, {"emp", "employee"}, {"usr", "user"},
	{"acct", "account"}, {"acc", "account"}, {"txn", "transaction"}, {"trx", "transaction"},
	{"trans", "transaction"}, {"pmt", "payment"}, {"pay", "payment"}, {"addr", "address"},
	{"adr", "address"}, {"cat", "category"}, {"dept", "department"}, {"org", "organization"},
	{"loc", "location"}, {"inv", "invoice"}, {"invt", "inventory"}, {"whs", "warehouse"},
	{"wh", "warehouse"}, {"shp", "shipment"}, {"shpmt", "shipment"}, {"sup", "supplier"},
	{"supp", "supplier"}, {"vnd", "vendor"}, {"msg", "message"}, {"notif", "notification"},
	{"evt", "event"}, {"cfg", "config"}, {"conf", "config"}, {"prm", "parameter"},
	{"sub", "subscription"}, {"subs", "subscription"}, {"tkt", "ticket"}, {"promo", "promotion"},
	{"camp", "campaign"}, {"sess", "session"}, {"perm", "permission"}, {"geo", "geo"},
	{"zakaz", "order"}, {"zakazy", "order"}, {"klient", "client"}, {"klienty", "client"},
	{"tovar", "product"}, {"tovary", "product"}, {"sklad", "warehouse"},
	{"sotrudnik", "employee"}, {"sotrudniki", "employee"}, {"oplata", "payment"},
	{"platezh", "payment"}, {"platezhi", "payment"}, {"schet", "invoice"},
	{"scheta", "invoice"}, {"dostavka", "delivery"}, {"polzovatel", "user"},
	{"polzovateli", "user"}, {"adres", "address"}, {"adresa", "address"},
	{"otdel", "department"}, {"zhurnal", "log"}, {"sobytie", "event"}, {"sobytiya", "event"},
	{"spravochnik", "reference"}, {"nastroyki", "setting"}, {"gorod", "city"},
	{"strana", "country"}, {"kategoriya", "category"}, {"kategorii", "category"},
	{"soobshchenie", "message"}, {"soobshcheniya", "message"},
	/* the search lexicon's (data/lexicon/abbrev.tsv) words of one word */
	{"accts", "account"}, {"amt", "amount"}, {"amnt", "amount"}, {"app", "application"},
	{"attr", "attribute"}, {"bal", "balance"}, {"custs", "customer"},
	{"cstmr", "customer"}, {"depts", "department"}, {"descr", "description"},
	{"dest", "destination"}, {"dst", "destination"}, {"dim", "dimension"},
	{"doc", "document"}, {"docs", "document"}, {"emps", "employee"}, {"empl", "employee"},
	{"err", "error"}, {"freq", "frequency"}, {"grp", "group"}, {"img", "image"},
	{"info", "information"}, {"lang", "language"}, {"mgr", "manager"}, {"msgs", "message"},
	{"ords", "order"}, {"pmnt", "payment"}, {"perf", "performance"}, {"pers", "person"},
	{"pref", "preference"}, {"prods", "product"}, {"prj", "project"}, {"proj", "project"},
	{"qty", "quantity"}, {"ref", "reference"}, {"req", "request"}, {"resp", "response"},
	{"seq", "sequence"}, {"src", "source"}, {"svc", "service"}, {"tgt", "target"},
	{"tx", "transaction"}, {"txns", "transaction"}, {"usrs", "user"}, {"val", "value"},
	{"ver", "version"}, {"lvl", "level"}, {"tbl", "table"}, {"dtls", "detail"},
	{"itm", "item"}, {"stg", "staging"}, {"whse", "warehouse"},
	/* and more of English data naming */
	{"db", "database"}, {"exec", "execution"}, {"repo", "repository"},
	{"pkg", "package"}, {"env", "environment"}, {"conn", "connection"}, {"param", "parameter"},
	{"prop", "property"}, {"tmpl", "template"}, {"rev", "revision"}, {"mbr", "member"},
	{"cntry", "country"}, {"ctry", "country"}, {"idp", "identity provider"},
	{"sched", "schedule"}, {"cred", "credential"}, {"grps", "group"},
};

/* The vocabulary as hash maps, built once per process: stem -> bit set
 * of domains (value = mask), abbreviation -> expansion. Read-only after
 * pthread_once, so any thread may use them. */
static sx_hmap *stem_map, *abbrev_map;
static pthread_once_t vocab_once = PTHREAD_ONCE_INIT;

static void vocab_init(void)
{
	size_t i, k;
	int d;
	stem_map = sx_hmap_new(1024);
	abbrev_map = sx_hmap_new(256);
	if (!stem_map || !abbrev_map)
		return;
	for (d = 1; d < SX_DOMAIN_COUNT; d++)
		for (k = 0; dom_words[d][k]; k++) {
			uintptr_t mask = (uintptr_t)sx_hmap_get(stem_map, dom_words[d][k]);
			sx_hmap_put(stem_map, dom_words[d][k], (void *)(mask | ((uintptr_t)1 << d)));
		}
	for (i = 0; i < sizeof abbrev / sizeof abbrev[0]; i++)
		sx_hmap_put(abbrev_map, abbrev[i][0], (void *)abbrev[i][1]);
}

void sx__expand_abbrev(char *w, size_t n)
{
	const char *x;
	pthread_once(&vocab_once, vocab_init);
	if (abbrev_map && (x = sx_hmap_get(abbrev_map, w)))
		snprintf(w, n, "%s", x);
}

/* Domains of a word: stems equal to it, or (5+ bytes) starting it. */
static uintptr_t word_domains(const char *w)
{
	size_t l = strlen(w), k;
	uintptr_t mask;
	if (!stem_map)
		return 0;
	mask = (uintptr_t)sx_hmap_get(stem_map, w);
	for (k = 5; k < l; k++) {
		uintptr_t x = (uintptr_t)sx_hmap_getn(stem_map, w, k);
		/* only stems of 5+ bytes match as prefixes */
		mask |= x;
	}
	return mask;
}

/* Adds weight to every domain that one word belongs to. Returns the
 * domain matched (first), or -1. */
static int score_word(const char *word, double weight, double *score)
{
	char w[SX__WORD_MAX], s[SX__WORD_MAX];
	int d, hit = -1;
	uintptr_t mask;
	snprintf(w, sizeof w, "%s", word);
	sx__expand_abbrev(w, sizeof w);
	sx__singular(w, s, sizeof s);
	mask = word_domains(s) | word_domains(w);
	for (d = 1; d < SX_DOMAIN_COUNT; d++)
		if (mask & ((uintptr_t)1 << d)) {
			score[d] += weight;
			if (hit < 0)
				hit = d;
		}
	return hit;
}

/* Splits free text (comments) into lowercase words and scores them. */
static void score_text(const char *text, double weight, double *score)
{
	sx__words ws;
	char buf[256];
	const char *p = text;
	while (p && *p) {
		size_t i = 0, k;
		while (*p && i + 1 < sizeof buf && *p != ' ' && *p != ',' && *p != '.' &&
		       *p != ';' && *p != '\n' && *p != '(' && *p != ')')
			buf[i++] = *p++;
		buf[i] = 0;
		if (*p)
			p++;
		if (!buf[0])
			continue;
		sx__split(buf, &ws);
		for (k = 0; k < ws.n; k++)
			if (strlen(ws.w[k]) > 2)
				score_word(ws.w[k], weight, score);
	}
}

/* Name words of the table with prefixes stripped and abbreviations
 * expanded, in singular. */
static void entity_words(const char *name, sx__words *w)
{
	size_t i;
	sx__split(name, w);
	sx__strip_table_prefix(w);
	for (i = 0; i < w->n; i++) {
		char s[SX__WORD_MAX];
		sx__expand_abbrev(w->w[i], SX__WORD_MAX);
		sx__singular(w->w[i], s, sizeof s);
		memcpy(w->w[i], s, SX__WORD_MAX);
	}
}

sx_map_domain sx__domain_of_name(const char *table, double *score)
{
	double sc[SX_DOMAIN_COUNT] = {0};
	sx__words w;
	size_t i;
	int d, best = 0;
	entity_words(table, &w);
	for (i = 0; i < w.n; i++)
		score_word(w.w[i], i + 1 == w.n ? 3.0 : 2.0, sc);
	for (d = 1; d < SX_DOMAIN_COUNT; d++)
		if (sc[d] > sc[best])
			best = d;
	if (score)
		*score = sc[best];
	return (sx_map_domain)best;
}

/* ------------------------------------------------------------ domain */

/* Below this confidence a domain guess is reported as unknown. On the demo
 * warehouse (tests/integration/demo truth) guesses under 0.4 were right
 * once in four (api_keys came out hr at 0.27), those from 0.4 up about
 * three times in four. */
#define DOMAIN_MIN_CONFIDENCE 0.4

static bool domain_guess_weak(double best, double second)
{
	double margin = best / (best + second + 0.5);
	return margin * (1.0 - exp(-best / 2.0)) < DOMAIN_MIN_CONFIDENCE;
}

static void decide_domain(sx_dbmap *m, sx_map_table *mt)
{
	const sx_table *t = mt->table;
	double sc[SX_DOMAIN_COUNT] = {0}, name_sc[SX_DOMAIN_COUNT] = {0};
	double col_sc[SX_DOMAIN_COUNT] = {0}, com_sc[SX_DOMAIN_COUNT] = {0};
	double nb_sc[SX_DOMAIN_COUNT] = {0};
	sx__words w;
	size_t i, j;
	int d, best = 0, second = 0;
	sx__evvec ev = {0};
	sx__node *nd = sx__node_of(m, t);

	entity_words(t->name, &w);
	for (i = 0; i < w.n; i++)
		score_word(w.w[i], i + 1 == w.n ? 3.0 : 2.0, name_sc);
	for (i = 0; i < t->ncols; i++) {
		sx__words cw;
		double tmp[SX_DOMAIN_COUNT] = {0};
		sx__split(t->cols[i].name, &cw);
		for (j = 0; j < cw.n; j++)
			if (!sx__generic_word(cw.w[j]))
				score_word(cw.w[j], 0.4, tmp);
		for (d = 1; d < SX_DOMAIN_COUNT; d++)
			col_sc[d] += tmp[d] > 0.4 ? 0.4 : tmp[d];
	}
	for (d = 1; d < SX_DOMAIN_COUNT; d++)
		if (col_sc[d] > 1.6)
			col_sc[d] = 1.6;
	if (t->comment)
		score_text(t->comment, 1.5, com_sc);
	for (i = 0; i < t->ncols; i++)
		if (t->cols[i].comment)
			score_text(t->cols[i].comment, 0.2, com_sc);
	for (d = 1; d < SX_DOMAIN_COUNT; d++)
		if (com_sc[d] > 4)
			com_sc[d] = 4;
	/* Neighbours vote with their own names (not their final domains, so
	 * the result does not depend on the order tables are described). */
	for (i = 0; nd && i < nd->rels.n && i < 32; i++) {
		const sx_map_rel *r = m->rels.v[nd->rels.v[i]];
		const sx_table *o = r->from.t == t ? r->to.t : r->from.t;
		double s;
		sx_map_domain od;
		if (!o || o == t || r->via.t)
			continue;
		od = sx__domain_of_name(o->name, &s);
		if (od != SX_DOMAIN_OTHER)
			nb_sc[od] += 0.5;
	}
	for (d = 1; d < SX_DOMAIN_COUNT; d++) {
		if (nb_sc[d] > 1.5)
			nb_sc[d] = 1.5;
		sc[d] = name_sc[d] + col_sc[d] + com_sc[d] + nb_sc[d];
	}
	for (d = 1; d < SX_DOMAIN_COUNT; d++)
		if (sc[d] > sc[best])
			best = d;
	for (d = 1; d < SX_DOMAIN_COUNT; d++)
		if (d != best && sc[d] > sc[second])
			second = d;
	if (best == 0 || sc[best] < 0.5) {
		mt->domain = SX_DOMAIN_OTHER;
		mt->domain_confidence = 0.3;
		sx__ev_add(&ev, m->arena, "vocabulary", 0,
			   "no domain word in the name, columns, comments or neighbours");
	} else if (domain_guess_weak(sc[best], second ? sc[second] : 0)) {
		/* A weak guess reads as a fact; say unknown and show the guess. */
		double margin = sc[best] / (sc[best] + (second ? sc[second] : 0) + 0.5);
		mt->domain = SX_DOMAIN_OTHER;
		mt->domain_confidence = 0.3;
		sx__ev_add(&ev, m->arena, "weak_guess", margin * (1.0 - exp(-sc[best] / 2.0)),
			   "best guess %s at %.2f is below %.2f: domain unknown",
			   sx_map_domain_name((sx_map_domain)best),
			   margin * (1.0 - exp(-sc[best] / 2.0)), DOMAIN_MIN_CONFIDENCE);
	} else {
		double margin = sc[best] / (sc[best] + (second ? sc[second] : 0) + 0.5);
		mt->domain = (sx_map_domain)best;
		mt->domain_confidence = margin * (1.0 - exp(-sc[best] / 2.0));
		if (name_sc[best] > 0)
			sx__ev_add(&ev, m->arena, "name", name_sc[best] / sc[best],
				   "table name words belong to %s", sx_map_domain_name(mt->domain));
		if (col_sc[best] > 0)
			sx__ev_add(&ev, m->arena, "columns", col_sc[best] / sc[best],
				   "column names belong to %s", sx_map_domain_name(mt->domain));
		if (com_sc[best] > 0)
			sx__ev_add(&ev, m->arena, "comment", com_sc[best] / sc[best],
				   "comments mention %s words", sx_map_domain_name(mt->domain));
		if (nb_sc[best] > 0)
			sx__ev_add(&ev, m->arena, "neighbours", nb_sc[best] / sc[best],
				   "related tables belong to %s", sx_map_domain_name(mt->domain));
		if (second && sc[second] > 0)
			sx__ev_add(&ev, m->arena, "runner_up", sc[second] / sc[best],
				   "also fits %s", sx_map_domain_name((sx_map_domain)second));
	}
	mt->domain_evidence = sx__ev_commit(&ev, m->arena, &mt->ndomain_evidence);
}

/* ------------------------------------------------------------ description */

/* Words that say how a table is kept, not what it holds. */
static bool noise_word(const char *w)
{
	return !strcmp(w, "mstr") || !strcmp(w, "master") || !strcmp(w, "tbl") ||
	       !strcmp(w, "table") || !strcmp(w, "data") || !strcmp(w, "info");
}

/* "order_items" -> "order items"; singular when asked. */
static void human(const char *name, bool singular, bool plural, char *out, size_t n)
{
	sx__words w;
	size_t i, j = 0;
	sx__split(name, &w);
	sx__strip_table_prefix(&w);
	for (i = 0; w.n > 1 && i < w.n;)
		if (noise_word(w.w[i])) {
			memmove(w.w[i], w.w[i + 1], (w.n - i - 1) * sizeof w.w[0]);
			w.n--;
		} else {
			i++;
		}
	out[0] = 0;
	for (i = 0; i < w.n; i++) {
		char s[SX__WORD_MAX];
		sx__expand_abbrev(w.w[i], SX__WORD_MAX);
		if (i + 1 == w.n && singular)
			sx__singular(w.w[i], s, sizeof s);
		else if (i + 1 == w.n && plural) {
			char t[SX__WORD_MAX];
			sx__singular(w.w[i], t, sizeof t);
			sx__plural(t, s, sizeof s);
		} else
			snprintf(s, sizeof s, "%s", w.w[i]);
		j += (size_t)snprintf(out + j, j < n ? n - j : 0, "%s%s", i ? " " : "", s);
		if (j >= n)
			break;
	}
}

static void capitalize(char *s)
{
	if (s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char)(s[0] - 32);
}

static bool ascii_text(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return false;
	return true;
}

/* First sentence of a comment, at most ~100 bytes, on one line. */
static void first_sentence(const char *c, char *out, size_t n)
{
	size_t i = 0;
	for (; *c && i + 1 < n; c++) {
		/* stop at ~100 bytes, never inside a UTF-8 sequence */
		bool cont = ((unsigned char)*c & 0xC0) == 0x80;
		if (!cont && (i >= 100 || i + 5 > n))
			break;
		if (*c == '\n' || *c == '\r')
			break;
		if (*c == '.' && (c[1] == ' ' || c[1] == 0))
			break;
		out[i++] = *c;
	}
	out[i] = 0;
}

static void describe_line(sx_dbmap *m, sx_map_table *mt)
{
	const sx_table *t = mt->table;
	sx__node *nd = sx__node_of(m, t);
	const char *parents[3], *children[3];
	size_t np = 0, nc = 0, i;
	sx_buf b = SX_BUF_INIT;
	char ent[128], plural[128], subject[160], tmp[128];
	const sx_map_rel *junction_a = NULL, *junction_b = NULL;
	bool junction = false;

	human(t->name, true, false, ent, sizeof ent);
	human(t->name, false, true, plural, sizeof plural);
	for (i = 0; nd && i < nd->rels.n; i++) {
		const sx_map_rel *r = m->rels.v[nd->rels.v[i]];
		if (r->via.t == t && r->confidence >= 0.5)
			junction = true;
		if (r->confidence < 0.5 || r->status == SX_STATUS_REJECTED || r->via.t)
			continue;
		if (r->from.t == t && r->to.t != t) {

			if (!junction_a)
				junction_a = r;
			else if (!junction_b && r->to.t != junction_a->to.t)
				junction_b = r;
			if (np < 3) {
				size_t k;
				bool dup = false;
				for (k = 0; k < np; k++)
					if (strcmp(parents[k], r->to.table) == 0)
						dup = true;
				if (!dup)
					parents[np++] = r->to.table;
			}
		} else if (r->to.t == t && r->from.t != t && nc < 3) {
			size_t k;
			bool dup = false;
			for (k = 0; k < nc; k++)
				if (strcmp(children[k], r->from.table) == 0)
					dup = true;
			if (!dup)
				children[nc++] = r->from.table;
		}
	}
	/* Subject: the comment when there is one, else the name, qualified by
	 * the main parent when the name does not already say it. */
	if (t->comment && *t->comment && !ascii_text(t->comment)) {
		/* A comment in another language stays as written, quoted and
		 * named, so that one sentence does not mix two languages. */
		char c[128];
		first_sentence(t->comment, c, sizeof c);
		snprintf(subject, sizeof subject, "\"%s\" (comment)", c);
	} else if (t->comment && *t->comment) {
		first_sentence(t->comment, subject, sizeof subject);
	} else if (np > 0 && !junction) {
		char pe[128];
		human(parents[0], true, false, pe, sizeof pe);
		if (strstr(plural, pe))
			snprintf(subject, sizeof subject, "%s", plural);
		else
			snprintf(subject, sizeof subject, "%s %s", pe, plural);
	} else {
		snprintf(subject, sizeof subject, "%s", plural);
	}
	capitalize(subject);
	sx_buf_puts(&b, subject);
	if (junction && junction_a && junction_b) {
		char a[128], c[128];
		human(junction_a->to.table, false, true, a, sizeof a);
		human(junction_b->to.table, false, true, c, sizeof c);
		sx_buf_printf(&b, ": one row per %s, linking %s and %s", ent, a, c);
		np = nc = 0; /* already said */
	} else if (mt->domain == SX_DOMAIN_AUDIT_LOGGING || mt->domain == SX_DOMAIN_EVENTS_ANALYTICS) {
		sx_buf_printf(&b, ": one row per %s", strstr(ent, "log") ? "logged change" : ent);
	} else if (np == 0 && nc > 0 && t->ncols <= 4 && mt->ncols == 0 &&
		   mt->domain == SX_DOMAIN_REFERENCE_CONFIG) {
		sx_buf_printf(&b, ": reference list of %s", plural);
	} else {
		sx_buf_printf(&b, ": one row per %s", ent);
	}
	if (np + nc > 0) {
		sx_buf_puts(&b, ", linked to ");
		for (i = 0; i < np + nc; i++) {
			human(i < np ? parents[i] : children[i - np], false, true, tmp, sizeof tmp);
			if (i)
				sx_buf_puts(&b, i + 1 == np + nc ? " and " : ", ");
			sx_buf_puts(&b, tmp);
		}
	}
	if (mt->ncols) {
		/* each class once, with its count: "person_name ×3, email", in
		 * the order the columns first show them; at most four classes */
		sx_map_pii cls[8];
		size_t cnt[8], ncls = 0, k;
		bool more = false;
		for (i = 0; i < mt->ncols; i++) {
			for (k = 0; k < ncls && cls[k] != mt->cols[i].pii; k++)
				;
			if (k < ncls)
				cnt[k]++;
			else if (ncls < 4)
				cls[ncls] = mt->cols[i].pii, cnt[ncls++] = 1;
			else
				more = true;
		}
		sx_buf_puts(&b, "; holds personal data (");
		for (k = 0; k < ncls; k++) {
			sx_buf_printf(&b, "%s%s", k ? ", " : "", sx_map_pii_name(cls[k]));
			if (cnt[k] > 1)
				sx_buf_printf(&b, " \u00d7%zu", cnt[k]);
		}
		if (more)
			sx_buf_puts(&b, ", ...");
		sx_buf_puts(&b, ")");
	}
	mt->description = sx_arena_strdup(m->arena, sx_buf_cstr(&b));
	sx_buf_release(&b);
}

/* ------------------------------------------------------------ sensitivity */

static void decide_sensitivity(sx_map_table *mt)
{
	size_t i;
	int level = SX_SENS_INTERNAL;
	bool any = false;
	for (i = 0; i < mt->ncols; i++) {
		sx_map_pii p = mt->cols[i].pii;
		any = true;
		if (p == SX_PII_GOVERNMENT_ID || p == SX_PII_PAYMENT_CARD || p == SX_PII_IBAN)
			level = SX_SENS_RESTRICTED;
		else if (p != SX_PII_FREE_TEXT && level < SX_SENS_CONFIDENTIAL)
			level = SX_SENS_CONFIDENTIAL;
	}
	/* Health data and payroll are special categories. */
	if (any && (mt->domain == SX_DOMAIN_HEALTHCARE || mt->domain == SX_DOMAIN_HR) &&
	    level == SX_SENS_CONFIDENTIAL)
		level = SX_SENS_RESTRICTED;
	if (!any && (mt->domain == SX_DOMAIN_REFERENCE_CONFIG || mt->domain == SX_DOMAIN_GEO ||
		     mt->domain == SX_DOMAIN_CATALOG_PRODUCTS))
		level = SX_SENS_PUBLIC;
	mt->sensitivity = (sx_map_sensitivity)level;
}

/* ------------------------------------------------------------ frequency */

static bool parse_iso(const char *s, time_t *out)
{
	struct tm tm;
	int y, mo, d, h = 0, mi = 0, se = 0;
	memset(&tm, 0, sizeof tm);
	if (!s || sscanf(s, "%4d-%2d-%2d%*[ T]%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &se) < 3)
		return false;
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = se;
	*out = timegm(&tm);
	return true;
}

/* PostgreSQL activity counters (pg_stat_user_tables). The counters have
 * no time base of their own; the last (auto)vacuum or analyze gives one:
 * the dead tuples accumulated since then estimate the change rate. */
static bool frequency_from_stats(sx_dbmap *m, sx_map_table *mt)
{
	const sx_table_stats *st = &mt->table->stats;
	int64_t changes;
	time_t base = 0, t2 = 0, now = time(NULL);
	if (st->n_ins < 0 && st->n_upd < 0 && st->n_del < 0)
		return false;
	changes = (st->n_ins > 0 ? st->n_ins : 0) + (st->n_upd > 0 ? st->n_upd : 0) +
		  (st->n_del > 0 ? st->n_del : 0);
	if (changes == 0) {
		mt->frequency = SX_FREQ_STATIC;
		mt->frequency_evidence = sx_arena_strdup(
			m->arena, "pg_stat_user_tables: no inserts, updates or deletes counted");
		return true;
	}
	parse_iso(st->last_autovacuum, &base);
	if (parse_iso(st->last_analyze, &t2) && t2 > base)
		base = t2;
	if (base > 0 && now > base && st->n_dead > 0) {
		double rate = (double)st->n_dead / (double)(now - base); /* per second */
		mt->frequency = rate * 60 >= 1     ? SX_FREQ_REALTIME
				: rate * 3600 >= 1  ? SX_FREQ_HOURLY
				: rate * 86400 >= 1 ? SX_FREQ_DAILY
						    : SX_FREQ_STATIC;
		mt->frequency_evidence = sx_arena_printf(
			m->arena,
			"pg_stat_user_tables: %lld dead tuples in %.1f h since the last vacuum/analyze",
			(long long)st->n_dead, (double)(now - base) / 3600.0);
		return true;
	}
	/* Only inserts and no time base: an append-only table (orders, logs)
	 * or a one-off load look the same; the timestamps decide. */
	if (!mt->frequency_evidence)
		mt->frequency_evidence = sx_arena_printf(
			m->arena,
			"pg_stat_user_tables: %lld inserts, %lld updates, %lld deletes, no time base "
			"(no vacuum or analyze yet)",
			(long long)st->n_ins, (long long)(st->n_upd > 0 ? st->n_upd : 0),
			(long long)(st->n_del > 0 ? st->n_del : 0));
	return false;
}

int sx__describe_table(sx_dbmap *m, sx_map_table *mt, sx_sampler *s, const sx_map_opts *o,
		       sx_error *err)
{
	(void)s;
	(void)o;
	(void)err;
	decide_domain(m, mt);
	describe_line(m, mt);
	decide_sensitivity(mt);
	if (mt->table->schema->db->kind == SX_DB_POSTGRES && frequency_from_stats(m, mt))
		return 0;
	if (mt->frequency == SX_FREQ_UNKNOWN && !mt->frequency_evidence)
		mt->frequency_evidence =
			sx_arena_strdup(m->arena, s ? "no change timestamp column was sampled"
						    : "not measured: sampling is off and no "
						      "activity counters are known");
	return 0;
}
