/*
 * test_ranking.c - ranking levers of the table search: the name match
 * ([search] name_boost) raises a table whose own name the question says,
 * in any inflection, over a table that only mentions the word in its
 * columns; a table whose name the question does not say is unchanged.
 * Russian loanwords the lexicon lacks reach their English originals by
 * transliteration ([search] min_translit). Business verbs bring the
 * nouns data/lexicon/verbs.tsv gives them ([search] verb_weight). A view
 * that only renames one table never outranks it ([search] alias_views).
 * A name glued into one lowercase word is read as its words for the name
 * match ([search] name_glued, name_glued_words). A look-up table goes
 * right after a matching table that references it, unless the question
 * asks for the kinds ([search] lookup_demote). The words of glued names
 * count for their database's coverage ([search] glued_cover). A
 * question for the kinds puts the look-up right before a table that
 * references it, unless it names that table ([search] lookup_promote).
 * A question that names a period puts the partition that holds it right
 * above its parent (opts.partitions), and a month and its year raise
 * the table partitioned by month ([search] period_boost). A view's document holds the
 * tables its SELECT reads ([search] view_read_weight). A table's comment
 * counts at half a column's weight ([search] comment_weight).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "search/search_int.h"
#include <sextant/pgsql.h>

/* "station" mentions trips in three columns; "trip" is named for them.
 * Table name, then its columns. */
static const char *const bike_tables[][2] = {
    {"station", "id trip_count last_trip_at trip_duration_avg"},
    {"trip", "id bike_id duration"},
    {"weather", "day max_temperature"},
};

/* A clinic: Russian loanwords that the lexicon does not list
 * (протоколы, территории) meet their English originals. */
static const char *const clinic_tables[][2] = {
    {"protocol", "id code approved_at"},
    {"territory", "id name"},
    {"patient", "id birth_date"},
};

/* A video shop: "borrowed", "paid", "умер" name no table. */
static const char *const video_tables[][2] = {
    {"rental", "id rental_date return_date"},
    {"payment", "id amount"},
    {"film", "id title length"},
    {"death", "id death_date cause"},
};

/* Adds database db with its tables (name, then columns) to cat. */
static void add_db(sx_catalog *cat, const char *db, const char *const (*tables)[2], size_t n)
{
	size_t i;
	sx_schema *main_ =
	    sx_catalog_add_schema(cat, sx_catalog_add_database(cat, db, SX_DB_SQLITE), "main");
	for (i = 0; i < n; i++) {
		sx_table *t = sx_catalog_add_table(cat, main_, tables[i][0], SX_REL_TABLE);
		char cols[128], *c, *save = NULL;
		snprintf(cols, sizeof cols, "%s", tables[i][1]);
		for (c = strtok_r(cols, " ", &save); c; c = strtok_r(NULL, " ", &save))
			sx_catalog_add_column(cat, t, c, "integer");
	}
}

static sx_catalog *catalog_of(const char *db, const char *const (*tables)[2], size_t n)
{
	sx_catalog *cat;
	sx_error e;
	assert_int_equal(sx_catalog_new(&cat, &e), 0);
	add_db(cat, db, tables, n);
	return cat;
}

static sx_catalog *bikes(void)
{
	return catalog_of("bikes", bike_tables, sizeof bike_tables / sizeof *bike_tables);
}

/* sx_search_opts.no_links for query_with (gen's look-ups set it) */
static bool query_no_links;

/* The result of query over cat with [search] key = value (value NULL:
 * the default; key "k1=v1 k2=v2" with value NULL: several keys), best
 * 10; the caller frees it. */
static sx_search_result *query_with(sx_catalog *cat, const char *key, const char *value,
				    const char *query)
{
	sx_config *cfg;
	sx_search_src src = {0};
	sx_search *s;
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	sx_search_result *r;
	sx_error e;
	assert_int_equal(sx_config_load_string(&cfg, "", &e), 0);
	if (value) {
		assert_int_equal(sx_config_set(cfg, "search", key, value), 0);
	} else if (key && strchr(key, '=')) { /* "k1=v1 k2=v2" */
		char kv[256], *p, *save = NULL;
		snprintf(kv, sizeof kv, "%s", key);
		for (p = strtok_r(kv, " ", &save); p; p = strtok_r(NULL, " ", &save)) {
			char *eq = strchr(p, '=');
			*eq = '\0';
			assert_int_equal(sx_config_set(cfg, "search", p, eq + 1), 0);
		}
	}
	src.cat = cat;
	src.config = cfg;
	assert_int_equal(sx_search_open(&s, &src, &e), 0);
	o.k = 10;
	o.no_links = query_no_links;
	assert_int_equal(sx_search_query(s, query, &o, &r, &e), 0);
	sx_search_free(s);
	sx_config_free(cfg);
	return r;
}

/* Scores of the named tables for query (-1: not found) with [search]
 * key = value (value NULL: the default). */
static void scores_with(sx_catalog *cat, const char *key, const char *value, const char *query,
                        const char *a, double *sa, const char *b, double *sb)
{
	sx_search_result *r = query_with(cat, key, value, query);
	size_t i;
	*sa = *sb = -1;
	for (i = 0; i < r->n; i++) {
		if (strcmp(r->hits[i].table->name, a) == 0)
			*sa = r->hits[i].score;
		if (strcmp(r->hits[i].table->name, b) == 0)
			*sb = r->hits[i].score;
	}
	sx_search_result_free(r);
}

static void scores(sx_catalog *cat, const char *boost, const char *query, const char *a, double *sa,
                   const char *b, double *sb)
{
	scores_with(cat, "name_boost", boost, query, a, sa, b, sb);
}

static void test_name_match(void **state)
{
	sx_catalog *cat = bikes();
	double trip0, station0, trip1, station1, w0, w1;
	(void)state;
	/* off: the columns' three mentions outweigh the name; on (the
	 * default, 0.4): the table called "trip" gains 40 % on "station" */
	scores(cat, "0", "which trips lasted longest", "trip", &trip0, "station", &station0);
	scores(cat, NULL, "which trips lasted longest", "trip", &trip1, "station", &station1);
	assert_true(trip0 > 0 && station0 > 0 && trip1 > 0 && station1 > 0);
	assert_true(trip0 < station0);
	assert_true(fabs(trip1 / station1 - 1.4 * trip0 / station0) < 0.02 * trip1 / station1);
	/* a stronger boost puts the named table first */
	scores(cat, "1", "which trips lasted longest", "trip", &trip1, "station", &station1);
	assert_true(trip1 > station1);

	/* a question that names no table is ranked as without the boost */
	scores(cat, "0", "maximum temperature of the day", "weather", &w0, "station", &station0);
	scores(cat, NULL, "maximum temperature of the day", "weather", &w1, "station", &station1);
	assert_true(w0 > 0);
	assert_true(fabs(w0 - w1) < 1e-4);
	sx_catalog_free(cat);
}

/* Asserts that query, with [search] key = value, finds table `hit` and
 * not table `miss`. */
static void finds_only(sx_catalog *cat, const char *key, const char *value, const char *query,
		       const char *hit, const char *miss)
{
	double sh, sm;
	scores_with(cat, key, value, query, hit, &sh, miss, &sm);
	assert_true(sh > 0);
	assert_true(sm < 0);
}

/* Transliteration: off (and without the English-Russian dictionary,
 * which knows протокол), a Russian word the lexicon does not know finds
 * nothing; on (the default), протоколы reaches "protocol" and
 * территории "territory", and only those. */
static void test_translit(void **state)
{
	sx_catalog *cat =
	    catalog_of("clinic", clinic_tables, sizeof clinic_tables / sizeof *clinic_tables);
	double pr, te;
	(void)state;
	setenv("SEXTANT_RU_EN_DICT", "/nonexistent/mueller7.dict.dz", 1);
	scores_with(cat, "min_translit", "0", "протоколы", "protocol", &pr, "territory", &te);
	unsetenv("SEXTANT_RU_EN_DICT");
	assert_true(pr < 0 && te < 0);
	finds_only(cat, "min_translit", NULL, "протоколы", "protocol", "territory");
	finds_only(cat, "min_translit", NULL, "территории", "territory", "protocol");
	sx_catalog_free(cat);
}

/* Verbs: off, "borrowed" finds nothing; on (the default), it finds
 * rental and no other table; Russian forms (умер) and irregular English
 * ones (paid) too. */
static void test_verbs(void **state)
{
	sx_catalog *cat =
	    catalog_of("video", video_tables, sizeof video_tables / sizeof *video_tables);
	double re, fi;
	(void)state;
	scores_with(cat, "verb_weight", "0", "borrowed", "rental", &re, "film", &fi);
	assert_true(re < 0 && fi < 0);
	finds_only(cat, "verb_weight", NULL, "borrowed", "rental", "film");
	finds_only(cat, "verb_weight", NULL, "what each customer paid", "payment", "film");
	finds_only(cat, "verb_weight", NULL, "когда умер", "death", "rental");
	sx_catalog_free(cat);
}

/* The names of the hits of query with [search] key = value, best first,
 * into names (up to max); returns how many. */
static size_t ranked(sx_catalog *cat, const char *key, const char *value, const char *query,
		     const char **names, size_t max)
{
	sx_search_result *r = query_with(cat, key, value, query);
	size_t i, n;
	for (i = n = 0; i < r->n && n < max; i++)
		names[n++] = r->hits[i].table->name; /* arena strings of cat */
	sx_search_result_free(r);
	return n;
}

static long rank_of(const char **names, size_t n, const char *name)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return (long)i;
	return -1;
}

/* A depot whose `ops` schema renames `shipment` as the view `parcels`
 * (a plain projection) and filters it as `heavy_parcels` (not one). */
static sx_catalog *depot(void)
{
	static const char *const tables[][2] = {
	    {"shipment", "id carrier weight"},
	    {"customer", "id name"},
	};
	sx_catalog *cat = catalog_of("depot", tables, sizeof tables / sizeof *tables);
	sx_schema *ops = sx_catalog_add_schema(cat, cat->dbs[0], "ops");
	sx_table *v = sx_catalog_add_table(cat, ops, "parcels", SX_REL_VIEW);
	v->definition = "SELECT id AS parcel_id, * FROM main.shipment";
	sx_catalog_add_column(cat, v, "parcel_id", "integer");
	sx_catalog_add_column(cat, v, "id", "integer");
	sx_catalog_add_column(cat, v, "carrier", "text");
	sx_catalog_add_column(cat, v, "weight", "integer");
	v = sx_catalog_add_table(cat, ops, "heavy_parcels", SX_REL_VIEW);
	v->definition = "SELECT * FROM main.shipment WHERE weight > 10";
	sx_catalog_add_column(cat, v, "id", "integer");
	sx_catalog_add_column(cat, v, "carrier", "text");
	sx_catalog_add_column(cat, v, "weight", "integer");
	return cat;
}

/* Off, the view that says "parcel" comes before its base; ranked, the
 * base comes first and the view right after it; folded (the default),
 * only the base is listed. The filtering view is left alone. */
static void test_alias_views(void **state)
{
	sx_catalog *cat = depot();
	const char *names[10];
	size_t n;
	long ship, parc;
	double p0, h0, s1, h1;
	(void)state;
	n = ranked(cat, "alias_views", "0", "parcel weight", names, 10);
	ship = rank_of(names, n, "shipment");
	parc = rank_of(names, n, "parcels");
	assert_true(ship >= 0 && parc >= 0);
	assert_true(parc < ship);

	/* 1: the base first, the view right after it */
	n = ranked(cat, "alias_views", "1", "parcel weight", names, 10);
	ship = rank_of(names, n, "shipment");
	parc = rank_of(names, n, "parcels");
	assert_true(ship >= 0);
	assert_int_equal(parc, ship + 1);
	/* 2 (the default): folded into the base's hit, which takes the
	 * view's score; the filtering view keeps its own */
	n = ranked(cat, "alias_views", NULL, "parcel weight", names, 10);
	assert_true(rank_of(names, n, "shipment") >= 0);
	assert_int_equal(rank_of(names, n, "parcels"), -1);
	scores_with(cat, "alias_views", "0", "parcel weight", "parcels", &p0, "heavy_parcels", &h0);
	scores_with(cat, "alias_views", NULL, "parcel weight", "shipment", &s1, "heavy_parcels", &h1);
	assert_true(h0 > 0 && fabs(h0 - h1) < 1e-6);
	assert_true(fabs(s1 - p0) < 1e-6);
	/* a question the base answers better leaves the order alone */
	n = ranked(cat, "alias_views", NULL, "shipment carrier", names, 10);
	assert_int_equal(rank_of(names, n, "shipment"), 0);
	sx_catalog_free(cat);
}

/* name_thesaurus_weight: "lawyer" is a known word (a column of court), so
 * the query is not expanded; only with the lever does attorney's
 * document hold its WordNet synonym lawyer. Skipped without WordNet. */
static void test_name_thesaurus(void **state)
{
	static const char *const tables[][2] = {
	    {"attorney", "id bar_number"},
	    {"court", "id lawyer_count address"},
	};
	sx_catalog *cat = catalog_of("courts", tables, sizeof tables / sizeof *tables);
	double au, ga;
	(void)state;
	if (access("/usr/share/wordnet/index.noun", R_OK) != 0 && !getenv("SEXTANT_WORDNET_DIR")) {
		sx_catalog_free(cat);
		skip();
	}
	scores_with(cat, "name_thesaurus_weight", NULL, "lawyer", "attorney", &au, "court", &ga);
	assert_true(au < 0 && ga > 0);
	scores_with(cat, "name_thesaurus_weight", "0.1", "lawyer", "attorney", &au, "court", &ga);
	assert_true(au > 0 && ga > 0);
	sx_catalog_free(cat);
}

/* A garage whose names PostgreSQL folded to one lowercase word: with
 * [search] name_glued (default 0.75), "vehiclerepair" is read as vehicle
 * repair for the name match, so a question saying both words raises it
 * by 1 + name_boost x 0.75 against "vehicle" (whose name match is the
 * same with or without the lever); a question saying one of its two
 * words ("repair", or "vehicle" through nothing else) does not, nor does
 * one word of the query saying two of the name's words through a
 * synonym ("cost" is also "price": costprice). */
static void test_glued_names(void **state)
{
	static const char *const tables[][2] = {
	    {"vehicle", "id repair_count last_repair_at repair_cost_avg"},
	    {"vehiclerepair", "id vehicle_id cost"},
	    {"costprice", "id cost_amount price_date"},
	};
	sx_catalog *cat = catalog_of("garage", tables, sizeof tables / sizeof *tables);
	double r0, v0, r1, v1;
	(void)state;
	if (access("/usr/share/wordnet/index.noun", R_OK) != 0 && !getenv("SEXTANT_WORDNET_DIR")) {
		sx_catalog_free(cat);
		skip();
	}
	scores_with(cat, "name_glued", "0", "vehicle repairs", "vehiclerepair", &r0, "vehicle",
		    &v0);
	scores_with(cat, "name_glued", NULL, "vehicle repairs", "vehiclerepair", &r1, "vehicle",
		    &v1);
	assert_true(r0 > 0 && v0 > 0 && r1 > 0 && v1 > 0);
	assert_true(fabs(v1 - v0) < 1e-4);
	assert_true(fabs(r1 / r0 - (1 + 0.4 * 0.75)) < 0.01);
	/* half of the name's words: no share */
	scores_with(cat, "name_glued", "0", "repair costs", "vehiclerepair", &r0, "vehicle", &v0);
	scores_with(cat, "name_glued", NULL, "repair costs", "vehiclerepair", &r1, "vehicle", &v1);
	assert_true(r0 > 0 && fabs(r1 - r0) < 1e-4);
	/* "costs" says cost and, through its synonym, price: one word of
	 * its own for two of the name's */
	scores_with(cat, "name_glued", "0", "costs", "costprice", &r0, "vehicle", &v0);
	scores_with(cat, "name_glued", NULL, "costs", "costprice", &r1, "vehicle", &v1);
	assert_true(r0 > 0 && fabs(r1 - r0) < 1e-4);
	/* said by words of their own, both count */
	scores_with(cat, "name_glued", "0", "cost prices", "costprice", &r0, "vehicle", &v0);
	scores_with(cat, "name_glued", NULL, "cost prices", "costprice", &r1, "vehicle", &v1);
	assert_true(r0 > 0 && r1 > r0 * 1.1);
	sx_catalog_free(cat);
}

/* A gym: `membership_type` (a look-up: few columns, a name ending in
 * "type") says "membership" and "fee" as `membership` does, and wins
 * "membership fees" by its short document. With lookup_demote on,
 * `membership`, which references it and matches, comes first and the
 * look-up right after it; "plan types with monthly fee" asks for the look-up and
 * keeps it first; `locker_type`, referenced by no matching table, stays. */
static void test_lookup_demote(void **state)
{
	static const char *const tables[][2] = {
	    {"subscription", "id member_id plan_type_id started_at"},
	    {"plan_type", "id name monthly_fee"},
	    {"member", "id name joined_at"},
	    {"locker_type", "id size fee"},
	};
	sx_catalog *cat = catalog_of("gym", tables, sizeof tables / sizeof *tables);
	const char *c1[] = {"plan_type_id"}, *r1[] = {"id"};
	const char *c2[] = {"member_id"};
	const char *names[10];
	size_t n;
	(void)state;
	sx_catalog_add_fk(cat, cat->dbs[0]->schemas[0]->tables[0], NULL, 1, c1, NULL,
			  "plan_type", r1);
	sx_catalog_add_fk(cat, cat->dbs[0]->schemas[0]->tables[0], NULL, 1, c2, NULL, "member",
			  r1);
	/* off: the look-up, which says "monthly" and "plan", comes first */
	n = ranked(cat, "lookup_demote", "0", "monthly plan of a member", names, 10);
	assert_true(n >= 3);
	assert_string_equal(names[0], "plan_type");
	assert_true(rank_of(names, n, "subscription") > 0);
	/* on: right after the subscription that references it */
	n = ranked(cat, "lookup_demote", "0.3", "monthly plan of a member", names, 10);
	assert_int_equal(rank_of(names, n, "plan_type"), rank_of(names, n, "subscription") + 1);
	assert_true(rank_of(names, n, "subscription") >= 0);
	/* a question for the kinds themselves keeps it first */
	n = ranked(cat, "lookup_demote", "0.3", "plan types with monthly fee", names, 10);
	assert_true(n >= 1);
	assert_string_equal(names[0], "plan_type");
	/* a look-up that no matching table references stays first */
	n = ranked(cat, "lookup_demote", "0.3", "locker fees", names, 10);
	assert_true(n >= 1);
	assert_string_equal(names[0], "locker_type");
	sx_catalog_free(cat);
}

/* An airline: `booking` says "class" and "travel" in its columns and wins
 * "travel classes such as economy or business" by them; the question asks
 * for the kinds and does not name the booking, so with lookup_promote on
 * the look-up `seat_class` comes first, right before it. "bookings of
 * travel class economy" names the booking and filters it by the kind:
 * the booking stays first. */
static void test_lookup_promote(void **state)
{
	static const char *const tables[][2] = {
	    {"booking", "id seat_class_id seat_number class_upgrade class_fee class_travel travel_date"},
	    {"seat_class", "id label description sort_order"},
	    {"passenger", "id name"},
	};
	sx_catalog *cat = catalog_of("airline", tables, sizeof tables / sizeof *tables);
	const char *c1[] = {"seat_class_id"}, *r1[] = {"id"};
	const char *names[10];
	size_t n;
	(void)state;
	sx_catalog_add_fk(cat, cat->dbs[0]->schemas[0]->tables[0], NULL, 1, c1, NULL,
			  "seat_class", r1);
	n = ranked(cat, "lookup_promote", "0", "travel classes such as economy or business", names,
		   10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "booking");
	n = ranked(cat, NULL, NULL, "travel classes such as economy or business", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "seat_class");
	assert_string_equal(names[1], "booking");
	n = ranked(cat, NULL, NULL, "bookings of travel class economy", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "booking");
	sx_catalog_free(cat);
}

/* A table and its history look alike (search30, `history_promote`): a
 * question that says audit or previous wants the history kept beside the
 * table, one that says current wants the table the history is kept
 * beside. A utility's tariffs: `tariffs` and `tariff_history`, and the
 * live `current_meter_reads` beside `meter_reads`, which keeps every
 * version. */
static void test_history_promote(void **state)
{
	static const char *const tables[][2] = {
	    {"tariffs", "id region rate_per_kwh standing_charge valid_from"},
	    {"tariff_history", "id tariff_id rate_per_kwh standing_charge changed_by"},
	    {"meter_reads", "id meter_id reading read_at version"},
	    {"current_meter_reads", "id meter_id reading read_at"},
	};
	sx_catalog *cat = catalog_of("utility", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	n = ranked(cat, "history_promote", "0", "audit of tariff rates and standing charges", names,
	           10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "tariffs");
	n = ranked(cat, NULL, NULL, "audit of tariff rates and standing charges", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "tariff_history");
	assert_string_equal(names[1], "tariffs");
	n = ranked(cat, NULL, NULL, "tariff rates per kwh and standing charges", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "tariffs");
	n = ranked(cat, NULL, NULL, "previous meter reads", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "meter_reads");
	n = ranked(cat, NULL, NULL, "latest meter reads", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "current_meter_reads");
	/* today says now too (search44) */
	n = ranked(cat, NULL, NULL, "meter reads as they are today", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "current_meter_reads");
	n = ranked(cat, NULL, NULL, "показания счётчиков на сегодня", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "current_meter_reads");
	sx_catalog_free(cat);
}

/* The words that say history include a log and its changes (search35): a
 * kennel's `dog` and `dog_log`: "changes" puts the log first, a login
 * does not. */
static void test_history_words(void **state)
{
	static const char *const tables[][2] = {
	    {"dog", "id name breed kennel_run owner_phone"},
	    {"dog_log", "id name breed kennel_run owner_phone"},
	    {"staff_logins", "id staff_id at"},
	};
	sx_catalog *cat = catalog_of("kennel", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	n = ranked(cat, NULL, NULL, "dog name, breed and kennel run", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "dog");
	n = ranked(cat, NULL, NULL, "changes to name, breed and kennel run", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "dog_log");
	n = ranked(cat, NULL, NULL, "dog name, breed and kennel run for staff logins", names, 10);
	assert_true(n >= 2);
	assert_true(rank_of(names, n, "dog") < rank_of(names, n, "dog_log"));
	sx_catalog_free(cat);
}

/* A history word after a negation rules the history out (search37,
 * `history_negation`): "not their history" with "latest" or "текущие" puts the
 * live `current_meter_reads` before `meter_reads`, which keeps every
 * version; with the lever off the history word wins. */
static void test_history_negation(void **state)
{
	static const char *const tables[][2] = {
	    {"meter_reads", "id meter_id reading read_at version"},
	    {"current_meter_reads", "id meter_id reading read_at"},
	};
	sx_catalog *cat = catalog_of("utility", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	n = ranked(cat, "history_negation", "0", "latest meter reads, not their history", names,
	           10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "meter_reads");
	n = ranked(cat, NULL, NULL, "latest meter reads, not their history", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "current_meter_reads");
	n = ranked(cat, NULL, NULL, "текущие meter reads, без истории", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "current_meter_reads");
	n = ranked(cat, NULL, NULL, "latest meter reads, without their history",
	           names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "current_meter_reads");
	n = ranked(cat, NULL, NULL, "latest meter reads and their history", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "meter_reads");
	sx_catalog_free(cat);
}

/* A now word after a negation names nothing the question wants
 * (search45, `now_weight`): "not only the current one" asks for every
 * version, so the word current, which the live `current_way_tags` and
 * `current_ways` hold in their names, weighs little; the tags kept per
 * version, `way_tags`, come first (in Russian too). With the lever off
 * (1) the current tables' name word wins; without a negation it still
 * does. */
static void test_now_negated(void **state)
{
	static const char *const tables[][2] = {
	    {"ways", "id version visible changeset_id timestamp"},
	    {"current_ways", "id version visible changeset_id timestamp"},
	    {"way_tags", "way_id version k v"},
	    {"current_way_tags", "way_id k v"},
	};
	static const char *const en = "key and value tags of every historical version of a way, "
				      "not only the current one";
	static const char *const ru = "теги всех версий линий, а не только текущих";
	sx_catalog *cat = catalog_of("osm", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	n = ranked(cat, "now_weight", "1", en, names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "current_way_tags");
	n = ranked(cat, NULL, NULL, en, names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "way_tags");
	n = ranked(cat, NULL, NULL, ru, names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "way_tags");
	/* no negation: the current tables keep their word */
	n = ranked(cat, NULL, NULL, "tags of the current ways", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "current_way_tags");
	sx_catalog_free(cat);
}

/* A table by its best column (search35, `column_best`): a nursery whose
 * `seedling` has one column that says both words of the question, and
 * whose `greenhouse`, a shorter table, says them in two: the words in one
 * column put the seedling first. */
static void test_column_best(void **state)
{
	static const char *const tables[][2] = {
	    {"seedling", "id species frost_hardiness sown_on tray supplier batch_code pot_size "
	                 "watering_notes label_printed grafted_from"},
	    {"greenhouse", "id frost_alarm hardiness_zone"},
	};
	sx_catalog *cat = catalog_of("nursery", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	n = ranked(cat, "column_best", "0", "hardiness to frost", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "greenhouse");
	n = ranked(cat, "column_best", "0.3", "hardiness to frost", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "seedling");
	sx_catalog_free(cat);
}

/* A question that says view wants a view (search30, `view_boost`): a
 * school's `pupil` table and the `pupil_rooms` view that joins it to its
 * classrooms. */
static void test_view_boost(void **state)
{
	static const char *const tables[][2] = {
	    {"pupil", "id full_name grade home_city classroom_id"},
	    {"classroom", "id room teacher"},
	};
	sx_catalog *cat = catalog_of("school", tables, sizeof tables / sizeof *tables);
	sx_table *v = sx_catalog_add_table(cat, cat->dbs[0]->schemas[0], "pupil_rooms", SX_REL_VIEW);
	const char *names[10];
	size_t n;
	(void)state;
	sx_catalog_add_column(cat, v, "full_name", "text");
	sx_catalog_add_column(cat, v, "room", "text");
	sx_catalog_add_column(cat, v, "teacher", "text");
	n = ranked(cat, "view_boost", "0", "pupils: full name, grade, home city and room in one view", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "pupil");
	n = ranked(cat, NULL, NULL, "pupils: full name, grade, home city and room in one view", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "pupil_rooms");
	n = ranked(cat, NULL, NULL, "pupils: full name, grade, home city and room", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "pupil");
	sx_catalog_free(cat);
}

/* A question that says what a view does, flattens or denormalizes its base
 * tables into one row, or calls it ready-made (готовый список; search36),
 * wants the view as the word view does: the school's `pupil_rooms` before
 * `pupil`; not with `view_boost` 0. */
static void test_view_flattened(void **state)
{
	static const char *const tables[][2] = {
	    {"pupil", "id full_name grade home_city classroom_id"},
	    {"classroom", "id room teacher"},
	};
	static const char *const asks[] = {
	    "pupils flattened with full name, grade, home city and room",
	    "pupils denormalized: full name, grade, home city and room",
	    "pupils денормализованы: full name, grade, home city and room",
	    "готовый pupils full name, grade, home city and room",
	};
	sx_catalog *cat = catalog_of("school", tables, sizeof tables / sizeof *tables);
	sx_table *v = sx_catalog_add_table(cat, cat->dbs[0]->schemas[0], "pupil_rooms", SX_REL_VIEW);
	const char *names[10];
	size_t n, i;
	(void)state;
	sx_catalog_add_column(cat, v, "full_name", "text");
	sx_catalog_add_column(cat, v, "room", "text");
	sx_catalog_add_column(cat, v, "teacher", "text");
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "view_boost", "0", asks[i], names, 10);
		assert_true(n >= 2);
		assert_string_equal(names[0], "pupil");
		n = ranked(cat, NULL, NULL, asks[i], names, 10);
		assert_true(n >= 2);
		assert_string_equal(names[0], "pupil_rooms");
	}
	sx_catalog_free(cat);
}

/* A question that says what a view gives its reader, the rows in one flat
 * list or computed in advance (search40, `view_flat`), wants the view as
 * the word view does: the school's `pupil_rooms` before `pupil`; not with
 * `view_flat` 0. At 2 (the default) also "ready to export" and XML parsed
 * out. A flat fee is a charge and "one row per" a table's grain: those
 * leave `pupil` first. */
static void test_view_flat(void **state)
{
	static const char *const tables[][2] = {
	    {"pupil", "id full_name grade home_city classroom_id fee"},
	    {"classroom", "id room teacher"},
	};
	static const char *const asks[] = {
	    "pupils with full name, grade, home city and room as one flat list",
	    "pupils: full name, grade, home city and room, precomputed",
	    "pupils full name, grade, home city and room in one row",
	    "pupils full name, grade, home city and room as one list",
	    "pupils full name, grade, home city and room одной плоской таблицей",
	    "pupils full name, grade, home city and room одним списком",
	    "pupils full name, grade, home city and room, ready to export",
	    "pupils full name, grade, home city and room parsed out of the XML",
	};
	static const char *const not_flat[] = {
	    "pupils full name, grade, home city and room with the flat fee",
	    "pupils full name, grade, home city and room, one row per pupil",
	};
	sx_catalog *cat = catalog_of("school", tables, sizeof tables / sizeof *tables);
	sx_table *v = sx_catalog_add_table(cat, cat->dbs[0]->schemas[0], "pupil_rooms", SX_REL_VIEW);
	const char *names[10];
	size_t n, i;
	(void)state;
	sx_catalog_add_column(cat, v, "full_name", "text");
	sx_catalog_add_column(cat, v, "room", "text");
	sx_catalog_add_column(cat, v, "teacher", "text");
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "view_flat", "0", asks[i], names, 10);
		assert_true(n >= 2);
		assert_string_equal(names[0], "pupil");
		n = ranked(cat, NULL, NULL, asks[i], names, 10);
		assert_true(n >= 2);
		assert_string_equal(names[0], "pupil_rooms");
	}
	for (i = 0; i < sizeof not_flat / sizeof *not_flat; i++) {
		n = ranked(cat, NULL, NULL, not_flat[i], names, 10);
		assert_true(n >= 2);
		assert_string_equal(names[0], "pupil");
	}
	sx_catalog_free(cat);
}

/* A question that says materialized wants a materialized view (search31,
 * `matview_boost`): a bakery's `loaves_sold` and the materialized
 * `oven_totals` that sums it per oven. */
static void test_matview_boost(void **state)
{
	static const char *const tables[][2] = {
	    {"loaves_sold", "id oven_id baked_on loaf_count dough_kg"},
	    {"oven", "id label"},
	};
	sx_catalog *cat = catalog_of("bakery", tables, sizeof tables / sizeof *tables);
	sx_schema *sc = cat->dbs[0]->schemas[0];
	sx_table *m = sx_catalog_add_table(cat, sc, "oven_totals", SX_REL_MATVIEW);
	const char *names[10];
	size_t n;
	(void)state;
	sx_catalog_add_column(cat, m, "oven_id", "integer");
	sx_catalog_add_column(cat, m, "baked_on", "date");
	sx_catalog_add_column(cat, m, "loaf_count", "integer");
	n = ranked(cat, "matview_boost", "0", "materialized loaf count per oven and day baked", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "loaves_sold");
	n = ranked(cat, NULL, NULL, "materialized loaf count per oven and day baked", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "oven_totals");
	n = ranked(cat, NULL, NULL, "loaf count per oven and day baked", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "loaves_sold");
	sx_catalog_free(cat);
}

/* A question's short word expanded by the abbreviations of column names
 * (app: application) says a table's name only at half (search31): a
 * phone maker's `push_notice`, whose columns say seen and read, stays
 * before `application` for "in-app notices a user has seen or read". */
static void test_abbrev_name(void **state)
{
	static const char *const tables[][2] = {
	    {"application", "id title store_url release_no"},
	    {"push_notice", "id user_id body seen_at read_at"},
	    {"handset", "id model"},
	};
	sx_catalog *cat = catalog_of("phones", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	/* word_cover 0: the second pass by distinct words would also put
	 * push_notice first (it holds seen and read) */
	n = ranked(cat, "name_abbrev=1 word_cover=0", NULL, "in-app alerts a user has seen or read",
		   names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "application");
	n = ranked(cat, NULL, NULL, "in-app alerts a user has seen or read", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "push_notice");
	n = ranked(cat, NULL, NULL, "applications and their store url", names, 10);
	assert_true(n >= 1);
	assert_string_equal(names[0], "application");
	sx_catalog_free(cat);
}

/* A patient is the person of a clinical schema (issue 23, synonyms.txt):
 * a question about patients also reaches the tables keyed by person_id,
 * not only the one whose columns repeat "patient". */
static void test_patient_person(void **state)
{
	static const char *const tables[][2] = {
	    {"vaccination", "id person_id vaccine_name dose_number given_on"},
	    {"clinic_bill", "id amount_total share_patient patient_copay patient_refund"},
	    {"person", "id year_of_birth sex"},
	};
	sx_catalog *cat = catalog_of("ward", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	n = ranked(cat, "name_boost", "0.4", "which doses of vaccine each patient got", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "vaccination");
	assert_true(rank_of(names, n, "person") >= 0); /* the patients themselves come along */
	sx_catalog_free(cat);
}

/* Synonym `version revision edition` (issue 25): a question about a
 * record's revisions reaches the table of its versions, not the live one
 * whose name it also says. A law office: `contract` and the
 * `contract_versions` it keeps of each change. */
static void test_version_revision(void **state)
{
	static const char *const tables[][2] = {
	    {"contract", "id client_id title signed_at body"},
	    {"contract_versions", "id contract_id body changed_by changed_at"},
	    {"client", "id name"},
	};
	sx_catalog *cat = catalog_of("office", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	n = ranked(cat, "name_boost", NULL, "contract revisions", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "contract_versions");
	assert_true(rank_of(names, n, "contract") > 0);
	sx_catalog_free(cat);
}

/* ru_en.tsv's common words added in issue 25 (причина, поиск,
 * запрос, словарь, уровень, иерархия, ...): each Russian question
 * reaches the table its English words name. A hotel: a `cancel_reason`
 * look-up, a `search_request` log, a `room_level` hierarchy. */
static void test_ru_common_words(void **state)
{
	static const char *const tables[][2] = {
	    {"cancel_reason", "id label"},
	    {"booking", "id guest_id cancel_reason_id nights"},
	    {"guest", "id name"},
	    {"search_request", "id guest_id text asked_at"},
	    {"room_level", "id parent_id hierarchy_depth"},
	};
	static const char *const asks[][2] = {
	    {"причины", "cancel_reason"},
	    {"поисковые запросы гостей", "search_request"},
	    {"уровни иерархии номеров", "room_level"},
	};
	sx_catalog *cat = catalog_of("hotel", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	/* другие (other) is no friend */
	n = ranked(cat, "name_boost", NULL, "другие", names, 10);
	assert_true(rank_of(names, n, "user_friend") < 0);
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "name_boost", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
	}
	sx_catalog_free(cat);
}

/* Common Russian words of issue 26 (ru_en.tsv): прокат rental, ссылка
 * link, голос vote, текст text. A ski resort whose tables say them in
 * English; each question finds its table first, and none without the
 * lines. */
static void test_ru_common_words_26(void **state)
{
	static const char *const tables[][2] = {
	    {"ski_rental", "id skier_id ski_id rented_at"},
	    {"skier", "id name"},
	    {"slope_link", "id from_slope to_slope"},
	    {"slope_vote", "id skier_id slope_id stars"},
	    {"slope", "id name difficulty"},
	    {"notice", "id title text posted_at"},
	};
	static const char *const asks[][2] = {
	    {"прокат", "ski_rental"},
	    {"ссылки", "slope_link"},
	    {"голоса", "slope_vote"},
	    {"тексты", "notice"},
	};
	sx_catalog *cat = catalog_of("resort", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "name_boost", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
	}
	sx_catalog_free(cat);
}

/* search38's dictionary words: friends (друзья, not the stem друг that
 * другой, other, shares), a user's settings as preferences, a complaint
 * as a report, a specimen by its biomaterial or tube (биоматериал,
 * пробирка), a genre as a category; a пакет (package) of edits as a
 * changeset, of jobs as a batch; a plus or minus as a vote; a social
 * network (соцсеть). */
static void test_ru_dict_38(void **state)
{
	static const char *const tables[][2] = {
	    {"app_user", "id name joined_at"},
	    {"user_friend", "id user_id friend_user_id created_at"},
	    {"user_preference", "id user_id k v"},
	    {"abuse_report", "id reporter_id post_id reason status"},
	    {"specimen", "id person_id collected_on anatomic_site"},
	    {"film_category", "id film_id category_id"},
	    {"post", "id app_user_id body"},
	    {"changeset", "id app_user_id closed_at num_changes"},
	    {"job_batch", "id enqueued_at finished_at"},
	    {"post_vote", "id post_id app_user_id score"},
	    {"social_link", "id app_user_id url"},
	};
	static const char *const asks[][2] = {
	    {"список друзей", "user_friend"},
	    {"кого добавили в друзья", "user_friend"},
	    {"настройки", "user_preference"},
	    {"жалобы", "abuse_report"},
	    {"биоматериал", "specimen"},
	    {"пробирки крови", "specimen"},
	    {"жанры фильмов", "film_category"},
	    {"пакеты правок", "changeset"},
	    {"пакеты задач", "job_batch"},
	    {"плюсы и минусы", "post_vote"},
	    {"соцсети", "social_link"},
	};
	sx_catalog *cat = catalog_of("social", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "name_boost", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
	}
	sx_catalog_free(cat);
}

/* search39's dictionary words: a map's road (дорога) or line is a way and
 * its point (точка) a node, нынешний (as it stands now) current; UDI the
 * unique device identifier; EXIF an image's metadata; keywords tags;
 * throttling a rate limit; a locale a culture; смена a work shift;
 * программа an application, секрет a secret; отзыв also feedback; ФИО a
 * full name; подкатегория, госпитализация (an admission, a visit); a
 * vector an embedding, a banner an announcement (news), silenced muted;
 * класс a class, забанить to ban; a набор (set) of edits a changeset,
 * подчиняться (to report to a manager). */
static void test_lexicon_39(void **state)
{
	static const char *const tables[][2] = {
	    {"way", "id version visible"},
	    {"node", "id latitude longitude version"},
	    {"current_way", "id version visible"},
	    {"device_usage", "id patient_id unique_device_id quantity"},
	    {"image", "id path uploaded_at"},
	    {"image_metadata", "id image_id data"},
	    {"photo_tag", "id image_id name"},
	    {"rate_limit", "id key points"},
	    {"culture", "id name"},
	    {"work_shift", "id name start_time end_time"},
	    {"oauth_application", "id name secret redirect_uri"},
	    {"staff_feedback", "id staff_id category body"},
	    {"contact", "id full_name"},
	    {"product_subcategory", "id category_id title"},
	    {"hospital_visit", "id patient_id admitted_on"},
	    {"item_embedding", "id item_id embedding"},
	    {"site_news", "id message shown_until"},
	    {"user_mute", "id muter_id subject_id"},
	    {"term_class", "id title"},
	    {"user_ban", "id user_id reason expires_at"},
	    {"edit_changeset", "id author_id closed_at"},
	    {"staff_member", "id name reports_to"},
	};
	static const char *const asks[][2] = {
	    {"дороги", "way"},
	    {"нынешние дороги", "current_way"},
	    {"точки", "node"},
	    {"UDI", "device_usage"},
	    {"EXIF", "image_metadata"},
	    {"keywords", "photo_tag"},
	    {"throttling", "rate_limit"},
	    {"locales", "culture"},
	    {"смены", "work_shift"},
	    {"сторонние программы", "oauth_application"},
	    {"отзывы о поведении", "staff_feedback"},
	    {"ФИО", "contact"},
	    {"подкатегории", "product_subcategory"},
	    {"госпитализации", "hospital_visit"},
	    {"vector per item", "item_embedding"},
	    {"banner announcements", "site_news"},
	    {"who silenced whom", "user_mute"},
	    {"классы терминов", "term_class"},
	    {"кого забанили", "user_ban"},
	    {"наборы правок", "edit_changeset"},
	    {"кто кому подчиняется", "staff_member"},
	};
	sx_catalog *cat = catalog_of("misc", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "name_boost", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
	}
	sx_catalog_free(cat);
}

/* search40's dictionary words: спам (and антиспам) spam and spammy, so
 * that a list of spammy words is reached, not only the tables with a spam
 * flag (эра era and миграция migration, added with them, are reached by
 * transliteration too and have no check here). */
static void test_lexicon_40(void **state)
{
	static const char *const tables[][2] = {
	    {"spammy_word", "id phrase"},
	    {"message", "id body sent_at is_spam"},
	    {"diary_entry", "id title body is_spam"},
	};
	static const char *const asks[][2] = {
	    {"спам", "spammy_word"},
	    {"фразы антиспама", "spammy_word"},
	};
	sx_catalog *cat = catalog_of("misc", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "name_boost", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
	}
	sx_catalog_free(cat);
}

/* search40's second step: электронный (электронная почта, электронный
 * адрес) email, непрерывный (a continuous run of a drug: what clinical
 * data calls an era), право (rights) also a role. */
static void test_lexicon_40b(void **state)
{
	static const char *const tables[][2] = {
	    {"drug_era", "id person_id drug_id era_start_date era_end_date gap_days"},
	    {"currency_rate", "id rate from_currency to_currency"},
	    {"email_address", "id person_id email"},
	    {"address", "id person_id street city"},
	    {"user_role", "id user_id role granted_by"},
	    {"user_account", "id name email"},
	};
	static const char *const asks[][2] = {
	    {"непрерывные курсы приёма препарата", "drug_era"},
	    {"электронные адреса", "email_address"},
	    {"права пользователей", "user_role"},
	};
	sx_catalog *cat = catalog_of("misc", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "name_boost", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
	}
	sx_catalog_free(cat);
}

/* search41's dictionary words: брак (scrap, a defect on a production
 * line), подтверждённый (a verified e-mail), квартал (a quarter of a sales
 * plan), заглушить (mute), демография (demographics), учебное заведение (a
 * school). Each question puts its table before the look-alikes. */
static void test_lexicon_41(void **state)
{
	static const char *const tables[][2] = {
	    {"scrap_reason", "id name"},
	    {"work_order", "id product_id order_qty scrapped_qty scrap_reason_id"},
	    {"death", "id person_id cause_id death_date"},
	    {"mail_address", "id user_id address is_verified is_deliverable"},
	    {"user_account", "id name email"},
	    {"quota_by_quarter", "id seller_id quarter quota"},
	    {"seller", "id name region"},
	    {"user_mute", "id user_id muted_user_id"},
	    {"message", "id sender_id body sent_at"},
	    {"customer_demographics", "id customer_id income segment"},
	    {"customer", "id name city"},
	    {"candidate_school", "id candidate_id school degree years"},
	    {"candidate", "id name resume"},
	};
	static const char *const asks[][2] = {
	    {"причины брака", "scrap_reason"},
	    {"подтверждённые адреса пользователей", "mail_address"},
	    {"квоты продавцов по кварталам", "quota_by_quarter"},
	    {"кого пользователь заглушил", "user_mute"},
	    {"демография клиентов", "customer_demographics"},
	    {"учебное заведение соискателя", "candidate_school"},
	};
	sx_catalog *cat = catalog_of("misc", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "name_boost", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
	}
	sx_catalog_free(cat);
}

/* search47's dictionary words: a склад's стеллаж and полка are shelves
 * and its ячейка a bin, the степень of an education a degree,
 * комплектующие a bill of materials' components. Each question puts its
 * table before the look-alikes. */
static void test_lexicon_47(void **state)
{
	static const char *const tables[][2] = {
	    {"product_inventory", "product_id location_id shelf bin quantity"},
	    {"location", "id name cost_rate availability"},
	    {"product", "id name list_price"},
	    {"bill_of_materials", "id assembly_id component_id per_assembly_qty"},
	    {"illustration", "id diagram"},
	    {"candidate_education", "id candidate_id school degree major"},
	    {"candidate", "id name resume"},
	};
	static const char *const asks[][2] = {
	    {"на каких полках и в каких ячейках склада лежит товар", "product_inventory"},
	    {"остатки товаров по стеллажам", "product_inventory"},
	    {"перечень комплектующих для сборки велосипеда", "bill_of_materials"},
	    {"степень соискателя", "candidate_education"},
	};
	sx_catalog *cat = catalog_of("misc", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "name_boost", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
	}
	sx_catalog_free(cat);
}

/* search48's dictionary words, each from a counted Russian first-hit
 * miss whose word reached no table: a диагноз is OMOP's condition (the
 * DDL has no "diagnosis"), прикреплены (short participle, not the
 * прикрепленный entry's stem) an attachment, a size in байтах a byte
 * size, an одноразовое значение a nonce, a торговый представитель a
 * sales person, a больница or клиника OMOP's care site (the DDL has no
 * hospital nor clinic). Each question puts its table before the
 * look-alikes. */
static void test_lexicon_48(void **state)
{
	static const char *const tables[][2] = {
	    {"condition_occurrence", "id person_id condition_concept_id condition_start_date"},
	    {"person", "id gender_concept_id year_of_birth"},
	    {"visit_occurrence", "id person_id visit_start_date"},
	    {"active_storage_attachment", "id name record_type record_id blob_id"},
	    {"active_storage_blob", "id key filename content_type byte_size checksum"},
	    {"media_asset", "id file_ext file_size md5 image_width"},
	    {"gpx_file", "id user_id name size visible"},
	    {"record_log", "id record_type record_id changed_at"},
	    {"oauth_openid_request", "id access_grant_id nonce"},
	    {"login_session", "id user_id session_id login_at"},
	    {"sales_person", "id territory_id sales_quota bonus"},
	    {"employee", "id person_id job_title hire_date"},
	    {"territory", "id name region"},
	    {"care_site", "id care_site_name place_of_service_concept_id location_id"},
	    {"location", "id city zip"},
	};
	static const char *const asks[][2] = {
	    {"диагнозы пациентов", "condition_occurrence"},
	    {"что прикреплены к записям", "active_storage_attachment"},
	    {"размер в байтах", "active_storage_blob"},
	    {"одноразовые значения", "oauth_openid_request"},
	    {"торговые представители", "sales_person"},
	    {"больницы и клиники", "care_site"},
	};
	sx_catalog *cat = catalog_of("misc", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "name_boost", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
	}
	sx_catalog_free(cat);
}

/* Business abbreviations typed in a question (search49,
 * data/lexicon/abbrev_query.tsv): DMs are direct messages, FX a
 * currency exchange rate, KYC a customer's identity verification; the
 * abbreviation's words find the table that says them. Without the file's
 * lines a look-alike comes first (checked with a copy of data/ through
 * SEXTANT_DATA_DIR). */
static void test_abbrev_query(void **state)
{
	static const char *const tables[][2] = {
	    {"direct_messages", "id sender_id recipient_id body read_at"},
	    {"forum_posts", "id topic_id creator_id body"},
	    {"dm_flags", "id flagged_at"},
	    {"currency_rates", "id from_currency to_currency average_rate rate_date"},
	    {"product_reviews", "id product_id rating comments"},
	    {"identity_verifications", "id customer_id document_type verified_at"},
	    {"customers", "id name email"},
	};
	static const char *const asks[][2] = {
	    {"DMs between users", "direct_messages"},
	    {"daily FX rates", "currency_rates"},
	    {"KYC checks", "identity_verifications"},
	};
	sx_catalog *cat = catalog_of("shop", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, NULL, NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
	}
	sx_catalog_free(cat);
}

/* The history of one of a table's attributes is its history too
 * (search49, history_part): a glued `employeepayhistory` beside
 * `employee`; "over the years" and "как менялась" say history. With the
 * lever off the employee table comes first. */
static void test_history_part(void **state)
{
	static const char *const tables[][2] = {
	    {"employee", "id name job_title pay_rate hire_date"},
	    {"employeepayhistory", "id employee_id pay_rate rate_change_date pay_frequency"},
	    {"department", "id name"},
	};
	static const char *const asks[] = {
	    "employee pay rates over the years",
	    "как менялась ставка оплаты сотрудников",
	};
	sx_catalog *cat = catalog_of("hr", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "history_part", "0", asks[i], names, 10);
		assert_true(n >= 2);
		assert_string_equal(names[0], "employee");
		n = ranked(cat, NULL, NULL, asks[i], names, 10);
		assert_true(n >= 2);
		assert_string_equal(names[0], "employeepayhistory");
	}
	/* no time word: the table first */
	n = ranked(cat, NULL, NULL, "employee pay rates", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "employee");
	sx_catalog_free(cat);
}

/* Glued lowercase names (search50, glued_table / glued_col): PostgreSQL
 * folds an unquoted CamelCase name to one word (PostHistory:
 * posthistory), and only the name match read its words; the document
 * now holds them too, split into known words of glued_min_len letters
 * or more. With both off the glued tables lose to `posts` and `tags`. */
static void test_glued_split(void **state)
{
	static const char *const tables[][2] = {
	    {"posts", "id posttypeid score body title tags"},
	    {"posthistory", "id posthistorytypeid postid revisionguid creationdate userid text comment"},
	    {"tags", "id tagname count excerptpostid wikipostid"},
	    {"tagsynonyms", "id sourcetagname targettagname creationdate ownerid autorenamecount"},
	    {"pendingflags", "id flagtypeid postid creationdate closereasontypeid"},
	    {"users", "id reputation displayname aboutme"},
	};
	static const char *const asks[][2] = {
	    {"pending flags raised on posts", "pendingflags"},
	    {"history of every post's edits", "posthistory"},
	    {"synonyms of a tag and how often they were renamed", "tagsynonyms"},
	};
	sx_catalog *cat = catalog_of("qa", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, NULL, NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
		n = ranked(cat, "glued_table=0 glued_col=0", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_not_equal(names[0], asks[i][1]);
	}
	/* a known word is not split: "tags" stays one word, and a name
	 * whose parts are shorter than glued_min_len is left glued */
	n = ranked(cat, NULL, NULL, "tags", names, 10);
	assert_true(n >= 1);
	assert_string_equal(names[0], "tags");
	sx_catalog_free(cat);
}

/* A glued word the question types itself (search51, glued_query):
 * "posthistory", "orderitems" and "userroles" against a schema that
 * splits the names with underscores. Each glued word is read as its
 * words, which the tables hold; with the lever off (0) the word is one
 * unknown term, and a look-alike comes first. A word the index holds
 * (here "changeset", a column's word) is read as it is. */
static void test_glued_query(void **state)
{
	static const char *const tables[][2] = {
	    {"posts", "id post_type_id score body title history_flag"},
	    {"post_history", "id post_id revision_guid creation_date user_id text"},
	    {"history", "id entity changed_at"},
	    {"orders", "id customer_id order_date total"},
	    {"order_items", "id order_id product_id quantity price"},
	    {"items", "id name price"},
	    {"users", "id display_name email"},
	    {"user_roles", "id user_id role_id granted_at"},
	    {"roles", "id name"},
	    {"changes", "id changeset_id kind"},
	};
	static const char *const asks[][2] = {
	    {"posthistory", "post_history"},
	    {"orderitems", "order_items"},
	    {"userroles", "user_roles"},
	};
	sx_catalog *cat = catalog_of("shop", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, NULL, NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
		n = ranked(cat, "glued_query", "0", asks[i][0], names, 10);
		assert_true(n == 0 || strcmp(names[0], asks[i][1]) != 0);
	}
	n = ranked(cat, NULL, NULL, "changeset kinds", names, 10);
	assert_true(n >= 1);
	assert_string_equal(names[0], "changes");
	sx_catalog_free(cat);
}

/* A Russian word of two senses (search51, sense_ctx): смена is a
 * change or a work shift. In "заявки на смену ника" the rest of the
 * question (заявка: request, ник: name) goes with the change that a
 * forum's user_name_change_requests is named by; a factory's shift,
 * whose name says only the other sense and which holds nothing else of
 * the question but a name, weighs sense_ctx: the requests come first,
 * the shift first with the lever off (1). "смены: время начала и
 * окончания" goes with the shift's own columns, and it stays first. */
static void test_sense_ctx(void **state)
{
	static const char *const forum[][2] = {
	    {"users", "id name email"},
	    {"user_name_change_requests", "id user_id original_name desired_name status"},
	    {"posts", "id user_id body"},
	    {"tags", "id name"},
	    {"pools", "id name"},
	    {"artists", "id name"},
	    {"audits", "id change_note request_id"},
	    {"jobs", "id request_id change_id"},
	    {"uploads", "id request_id change_id"},
	};
	static const char *const plant[][2] = {
	    {"shift", "shift_id name start_time end_time"},
	    {"employee", "id name shift_id"},
	    {"work_order", "id product_id quantity"},
	};
	sx_catalog *cat = catalog_of("forum", forum, sizeof forum / sizeof *forum);
	const char *names[10];
	size_t n;
	(void)state;
	add_db(cat, "plant", plant, sizeof plant / sizeof *plant);
	n = ranked(cat, NULL, NULL, "заявки на смену ника", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "user_name_change_requests");
	n = ranked(cat, "sense_ctx", "1", "заявки на смену ника", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "shift");
	n = ranked(cat, NULL, NULL, "смены: время начала и окончания", names, 10);
	assert_true(n >= 1);
	assert_string_equal(names[0], "shift");
	sx_catalog_free(cat);
}

/* A word with two table meanings (search49, other_sense): in a map's
 * schema that has `users`, `relation_members` (not keyed to users) is
 * the other sense of "members": "members asking to be renamed" puts the
 * users' rename requests before it; "relation members" still finds it.
 * With the lever off (1) relation_members comes first. */
static void test_other_sense(void **state)
{
	static const char *const tables[][2] = {
	    {"users", "id display_name email"},
	    {"relation_members", "relation_id member_type member_id member_role"},
	    {"relations", "id version visible"},
	    {"user_name_change_requests", "id user_id original_name desired_name"},
	    {"user_roles", "id user_id role granter_id"},
	};
	sx_catalog *cat = catalog_of("map", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	n = ranked(cat, "other_sense", "1", "members asking to be renamed", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "relation_members");
	n = ranked(cat, NULL, NULL, "members asking to be renamed", names, 10);
	assert_true(n >= 2);
	assert_true(rank_of(names, n, "user_name_change_requests") <
	            rank_of(names, n, "relation_members"));
	n = ranked(cat, NULL, NULL, "relation members", names, 10);
	assert_true(n >= 1);
	assert_string_equal(names[0], "relation_members");
	/* member_role says "role" only as a member's (other_sense_alone 2);
	 * counted as a word apart (1), it keeps relation_members first */
	n = ranked(cat, "other_sense_alone", "1", "roles of members", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "relation_members");
	n = ranked(cat, NULL, NULL, "roles of members", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "user_roles");
	sx_catalog_free(cat);
}

/* ru_wordnet (issue 26, 0.5): a Russian word the lexicon lacks and no
 * document holds reaches the table through WordNet when its
 * transliteration is an English word (блоги -> blog -> diary). Off (0),
 * the question does not find its table first. */
static void test_ru_wordnet(void **state)
{
	static const char *const tables[][2] = {
	    {"physician", "id full_name licence_no"},
	    {"ward", "id floor beds"},
	    {"diary_note", "id ward_id body written_at"},
	    {"admission", "id ward_id physician_id admitted_at"},
	};
	static const char *const asks[][2] = {
	    {"блоги", "diary_note"},
	    {"блоги палат", "diary_note"}, /* палата (ward) is not in the lexicon */
	};
	sx_catalog *cat = catalog_of("infirmary", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	if (access("/usr/share/wordnet/index.noun", R_OK) != 0 && !getenv("SEXTANT_WORDNET_DIR")) {
		sx_catalog_free(cat);
		skip();
	}
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "ru_wordnet", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
		n = ranked(cat, "ru_wordnet", "0", asks[i][0], names, 10);
		assert_true(n == 0 || strcmp(names[0], asks[i][1]) != 0);
	}
	sx_catalog_free(cat);
}

/* translit_loan (search27, 1): a Russian loanword whose Latin letters
 * begin an English stem (реакции: react, reaction) is that word, at full
 * weight and as a name word, not a look-alike at its trigram similarity
 * and half a name word; off, a forum's member_comment outranks the
 * table named by the question's first word. */
static void test_translit_loan(void **state)
{
	static const char *const tables[][2] = {
	    {"reaction", "id member_id kind"},
	    {"member", "id name email joined_at"},
	    {"member_comment", "id member_id body posted_at"},
	    {"comment_vote", "id comment_id member_id score"},
	    {"site", "id name city"},
	    {"visit", "id member_id site_id visited_at"},
	    {"sample", "id visit_id kind taken_at"},
	    {"drug", "id name dose"},
	};
	static const char *const asks[][2] = {
	    {"реакции пользователей на комментарии", "reaction"},
	};
	sx_catalog *cat = catalog_of("forum", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n, i;
	(void)state;
	for (i = 0; i < sizeof asks / sizeof *asks; i++) {
		n = ranked(cat, "translit_loan", NULL, asks[i][0], names, 10);
		assert_true(n >= 1);
		assert_string_equal(names[0], asks[i][1]);
		n = ranked(cat, "translit_loan", "0", asks[i][0], names, 10);
		assert_true(n == 0 || strcmp(names[0], asks[i][1]) != 0);
	}
	sx_catalog_free(cat);
}

/* idf_cap (issue 24, 0.7): a word one table alone holds, here repeated in
 * a harbour's `port_dues` columns, outweighs the question's other words
 * when BM25 takes its full IDF (1: off); capped, the table the question
 * names by its common words comes first. */
static void test_idf_cap(void **state)
{
	static const char *const tables[][2] = {
	    {"vessel_call", "id vessel_id berth_id arrived_at sailed_at"},
	    {"port_dues",
	     "id call_id tug_fee tug_hours tug_operator tug_count tug_name tug_booked tug_crew tug_line"},
	    {"vessel", "id name flag tonnage"},
	    {"berth", "id quay length depth"},
	    {"cargo", "id vessel_id call_id tonnage"},
	    {"crew", "id vessel_id name rank"},
	    {"inspection", "id vessel_id call_id inspector"},
	    {"agent", "id name phone"},
	};
	sx_catalog *cat = catalog_of("harbour", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	double call_off, dues_off, call_on, dues_on;
	size_t n;
	(void)state;
	scores_with(cat, "idf_cap", "1", "vessel call tugs", "vessel_call", &call_off,
		    "port_dues", &dues_off);
	scores_with(cat, "idf_cap", NULL, "vessel call tugs", "vessel_call", &call_on,
		    "port_dues", &dues_on);
	assert_true(dues_off > 0 && call_off > 0 && dues_on > 0 && call_on > 0);
	assert_true(dues_off > call_off); /* off: the rare word wins */
	assert_true(call_on > dues_on);	  /* capped: the named table */
	n = ranked(cat, "idf_cap", NULL, "vessel call tugs", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "vessel_call");
	assert_true(rank_of(names, n, "port_dues") > 0);
	sx_catalog_free(cat);
}

/* Three databases: a depot whose names are glued into lowercase words
 * (palletmovement, as PostgreSQL folds an unquoted PalletMovement), a
 * shop that says "pallet", a ledger that says "movement". For "pallet
 * movements" only the depot holds both words, one of them in a glued
 * name alone: with glued_cover on, that word counts for the depot's
 * database coverage (at 0.5 of its weight) and its table gains; the
 * other databases' tables keep their scores. */
static void test_glued_cover(void **state)
{
	static const char *const depot[][2] = {
	    {"palletmovement", "id pallet_code movedquantity"},
	    {"binlocation", "id aisle shelf"},
	};
	static const char *const shop[][2] = {
	    {"crate", "id pallet_count weight"},
	    {"customer", "id name"},
	};
	static const char *const ledger[][2] = {
	    {"movement", "id amount booked_at"},
	    {"account", "id name"},
	};
	sx_catalog *cat = catalog_of("depot", depot, sizeof depot / sizeof *depot);
	double pm_off, crate_off, pm_on, crate_on, mv_off, mv_on, x;
	(void)state;
	if (access("/usr/share/wordnet/index.noun", R_OK) != 0 && !getenv("SEXTANT_WORDNET_DIR")) {
		sx_catalog_free(cat);
		skip();
	}
	add_db(cat, "shop", shop, sizeof shop / sizeof *shop);
	add_db(cat, "ledger", ledger, sizeof ledger / sizeof *ledger);
	scores_with(cat, "glued_cover=0 glued_table=0 glued_col=0", NULL, "pallet movements", "palletmovement", &pm_off,
		    "crate", &crate_off);
	scores_with(cat, "glued_table=0 glued_col=0", NULL, "pallet movements", "palletmovement", &pm_on,
		    "crate", &crate_on);
	scores_with(cat, "glued_cover=0 glued_table=0 glued_col=0", NULL, "pallet movements", "movement", &mv_off, "crate", &x);
	scores_with(cat, "glued_table=0 glued_col=0", NULL, "pallet movements", "movement", &mv_on, "crate", &x);
	assert_true(pm_off > 0 && crate_off > 0 && mv_off > 0);
	assert_true(pm_on > pm_off * 1.2);
	assert_true(fabs(crate_on - crate_off) < 1e-4);
	assert_true(fabs(mv_on - mv_off) < 1e-4);
	sx_catalog_free(cat);
}

/* database_power_ru (search41, 0.5): a Russian question's database
 * coverage counts as its square root, so a table whose database holds only
 * some of the question's words (клиенты: the shop's customer; пациенты:
 * the clinic's patient) loses less; an English question is scored as
 * before, and with the setting at 1 the Russian one too. */
static void test_db_power_ru(void **state)
{
	static const char *const shop[][2] = {
	    {"customer", "id name city"},
	    {"receipt", "id customer_id total"},
	};
	static const char *const clinic[][2] = {
	    {"patient", "id name ward"},
	    {"admission", "id patient_id admitted_at"},
	};
	sx_catalog *cat = catalog_of("shop", shop, sizeof shop / sizeof *shop);
	double ru1, ru5, en1, en5, p1, p5;
	(void)state;
	add_db(cat, "clinic", clinic, sizeof clinic / sizeof *clinic);
	scores_with(cat, "database_power_ru", "1", "клиенты и пациенты", "customer", &ru1,
		    "patient", &p1);
	scores_with(cat, "database_power_ru", NULL, "клиенты и пациенты", "customer", &ru5,
		    "patient", &p5);
	assert_true(ru1 > 0 && p1 > 0);
	assert_true(ru5 > ru1 * 1.1);
	assert_true(p5 > p1 * 1.1);
	scores_with(cat, "database_power_ru", "1", "customers and patients", "customer", &en1,
		    "patient", &p1);
	scores_with(cat, "database_power_ru", NULL, "customers and patients", "customer", &en5,
		    "patient", &p5);
	assert_true(en1 > 0);
	assert_true(fabs(en5 - en1) < 1e-6 && fabs(p5 - p1) < 1e-6);
	sx_catalog_free(cat);
}

/* A second pass over the first two by the question's distinct words
 * (search32, `word_cover`): a honey farm's `hive` (beside its shop's
 * vouchers) is named by one word and
 * holds the queen's birth date, `inspection` holds every word of "queen
 * seen at each hive" (queen_seen, hive_id); the inspection comes first,
 * the hive with the pass off. A question that the hive answers by its
 * own words keeps it first. */
static void test_word_cover(void **state)
{
	static const char *const tables[][2] = {
	    {"voucher", "id code discount_pct valid_until"},
	    {"redemption", "id voucher_id customer_id redeemed_at till_number"},
	    {"customer", "id name email"},
	    {"hive", "id apiary_id queen_born_on hive_label colony_strength"},
	    {"honey_harvest", "id hive_id harvested_on kg moisture"},
	    {"inspection", "id hive_id inspected_on varroa_count queen_seen"},
	};
	sx_catalog *cat = catalog_of("honey_farm", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	n = ranked(cat, "word_cover", "0", "queen seen at each hive", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "hive");
	n = ranked(cat, NULL, NULL, "queen seen at each hive", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "inspection");
	assert_string_equal(names[1], "hive");
	n = ranked(cat, NULL, NULL, "hive colony queen seen", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "hive");
	sx_catalog_free(cat);
}

/* A table's comment is prose about it and its neighbours: at half a
 * column's weight (comment_weight 0.5) the table named for the question's
 * word stays first; at a column's weight the long comment that mentions
 * it and the question's other word outranks it. */
static void test_comment_weight(void **state)
{
	static const char *const tables[][2] = {
	    {"shipment", "id carrier_code weight_kg sent_on"},
	    {"courier", "id full_name phone"},
	    {"parcel_scan", "id shipment_id scanned_at depot"},
	};
	sx_catalog *cat = catalog_of("post", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	cat->dbs[0]->schemas[0]->tables[0]->comment =
	    "Parcels sent to customers: the courier who carries each one and its tracking "
	    "number";
	n = ranked(cat, "comment_weight", "1", "courier tracking", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "shipment");
	n = ranked(cat, NULL, NULL, "courier tracking", names, 10);
	assert_true(n >= 2);
	assert_string_equal(names[0], "courier");
	sx_catalog_free(cat);
}

/* "очки" is neither in the lexicon nor in a document: the dictionary
 * gives it as point's sixth sense (ru_dict_senses 8), which a loyalty
 * programme's points column holds; the first three senses give nothing
 * here. Skipped without the dictionary. */
static void test_ru_dict_senses(void **state)
{
	static const char *const tables[][2] = {
	    {"loyalty_account", "id customer_id points tier"},
	    {"customer", "id full_name email"},
	    {"till", "id shop_id opened_at"},
	};
	sx_catalog *cat = catalog_of("grocer", tables, sizeof tables / sizeof *tables);
	const char *names[10];
	size_t n;
	(void)state;
	if (access(sx__bidict_path(), R_OK) != 0) {
		sx_catalog_free(cat);
		skip();
	}
	n = ranked(cat, NULL, NULL, "очки", names, 10);
	assert_true(n >= 1);
	assert_string_equal(names[0], "loyalty_account");
	n = ranked(cat, "ru_dict_senses", "3", "очки", names, 10);
	assert_true(n == 0 || strcmp(names[0], "loyalty_account") != 0);
	sx_catalog_free(cat);
}

/* Collects what sx_table_view_reads reports, "r:name" or "c:name". */
static int on_read(void *payload, const char *name, bool is_rel)
{
	char *out = payload;
	size_t n = strlen(out);
	snprintf(out + n, 256 - n, "%s%s:%s", n ? " " : "", is_rel ? "r" : "c", name);
	return 0;
}

/* An orchard's view says neither of the tables it reads: its document
 * holds their names (view_read_weight), so a question naming them finds
 * it; with the weight 0 it holds only its own name and columns. */
static void test_view_reads(void **state)
{
	static const char *const tables[][2] = {
	    {"tree", "id variety planted_on"},
	    {"picking", "id tree_id picked_on kg"},
	    {"picker", "id full_name"},
	};
	sx_catalog *cat = catalog_of("orchard", tables, sizeof tables / sizeof *tables);
	sx_table *v = sx_catalog_add_table(cat, cat->dbs[0]->schemas[0], "season_summary",
					   SX_REL_VIEW);
	const char *names[10];
	char got[256] = "";
	size_t n;
	(void)state;
	v->definition = "SELECT t.variety, sum(p.kg) AS total_kg FROM picking p "
			"JOIN tree t ON t.id = p.tree_id GROUP BY t.variety";
	sx_catalog_add_column(cat, v, "variety", "text");
	sx_catalog_add_column(cat, v, "total_kg", "integer");
	assert_int_equal(sx_table_view_reads(v, on_read, got), 0);
	assert_string_equal(got, "c:variety c:kg r:picking r:tree c:id c:tree_id c:variety");
	n = ranked(cat, "view_read_weight", "0", "picking per tree", names, 10);
	assert_int_equal(rank_of(names, n, "season_summary"), -1);
	n = ranked(cat, NULL, NULL, "picking per tree", names, 10);
	assert_true(rank_of(names, n, "season_summary") >= 0);
	sx_catalog_free(cat);
}

/* A view that sums a table by another, for a question that asks for the
 * total per thing: the view before the tables it reads; a question without
 * an aggregate word keeps the table first. */
static void test_view_promote(void **state)
{
	static const char *const tables[][2] = {
	    {"oven", "id label fuel"},
	    {"bake", "id oven_id baked_on loaves"},
	};
	sx_catalog *cat = catalog_of("bakery", tables, sizeof tables / sizeof *tables);
	sx_table *v = sx_catalog_add_table(cat, cat->dbs[0]->schemas[0], "oven_output",
					   SX_REL_VIEW);
	const char *names[10];
	size_t n;
	(void)state;
	v->definition = "SELECT o.label, o.fuel, sum(b.loaves) AS amount FROM bake b "
			"JOIN oven o ON o.id = b.oven_id GROUP BY o.label, o.fuel";
	sx_catalog_add_column(cat, v, "label", "text");
	sx_catalog_add_column(cat, v, "fuel", "text");
	sx_catalog_add_column(cat, v, "amount", "integer");
	n = ranked(cat, "view_promote", "0", "total bakes per oven fuel", names, 10);
	assert_true(n > 0);
	assert_string_not_equal(names[0], "oven_output");
	n = ranked(cat, NULL, NULL, "total bakes per oven fuel", names, 10);
	assert_true(n > 0);
	assert_string_equal(names[0], "oven_output");
	n = ranked(cat, NULL, NULL, "loaves baked in the oven", names, 10);
	assert_true(n > 0);
	assert_string_not_equal(names[0], "oven_output");
	sx_catalog_free(cat);
}

/* A view that joins a table to the one it owns, for a question that lists
 * the columns of the joined row (search42, `view_list`): the view before
 * the tables it reads; with `view_list` 0, or a question that lists
 * nothing, the table first. */
static void test_view_list(void **state)
{
	static const char *const tables[][2] = {
	    {"member", "id given_name family_name joined_on"},
	    {"member_phone", "id member_id phone_number phone_kind"},
	};
	sx_catalog *cat = catalog_of("club", tables, sizeof tables / sizeof *tables);
	sx_table *v = sx_catalog_add_table(cat, cat->dbs[0]->schemas[0], "club_directory",
					   SX_REL_VIEW);
	const char *names[10];
	size_t n;
	const char *q = "members: given name, family name, phone number and phone kind";
	(void)state;
	v->definition = "SELECT m.given_name, m.family_name, p.phone_number, p.phone_kind "
			"FROM member m JOIN member_phone p ON p.member_id = m.id";
	sx_catalog_add_column(cat, v, "given_name", "text");
	sx_catalog_add_column(cat, v, "family_name", "text");
	sx_catalog_add_column(cat, v, "phone_number", "text");
	sx_catalog_add_column(cat, v, "phone_kind", "text");
	n = ranked(cat, "view_list", "0", q, names, 10);
	assert_true(n > 0);
	assert_string_not_equal(names[0], "club_directory");
	n = ranked(cat, "view_list", "4", q, names, 10);
	assert_true(n > 0);
	assert_string_equal(names[0], "club_directory");
	n = ranked(cat, "view_list", "4", "members and their phone number", names, 10);
	assert_true(n > 0);
	assert_string_not_equal(names[0], "club_directory");
	sx_catalog_free(cat);
}

/* A link table between two tables the question names, asked as pairs
 * (search43, `link_promote`): "which products a promotion applies to" wants
 * the bridge, not one of its ends; a question without the pairs cue, or
 * with `link_promote` 0 or `no_links` (gen), keeps an end first. */
static void test_link_promote(void **state)
{
	static const char *const tables[][2] = {
	    {"campaign", "id title discount_pct starts_on ends_on description"},
	    {"product", "id title list_price colour weight description"},
	    {"campaign_product", "campaign_id product_id modified_date"},
	};
	sx_catalog *cat = catalog_of("shop", tables, sizeof tables / sizeof *tables);
	sx_table *link = cat->dbs[0]->schemas[0]->tables[2];
	const char *c1[] = {"campaign_id"}, *c2[] = {"product_id"}, *r1[] = {"id"};
	const char *q = "which products by list price and colour does each discount campaign "
			"apply to";
	const char *names[10];
	size_t n;
	(void)state;
	sx_catalog_add_fk(cat, link, NULL, 1, c1, NULL, "campaign", r1);
	sx_catalog_add_fk(cat, link, NULL, 1, c2, NULL, "product", r1);
	n = ranked(cat, "link_promote", "0", q, names, 10);
	assert_true(n >= 3);
	assert_string_not_equal(names[0], "campaign_product");
	n = ranked(cat, "link_promote", "0.3", q, names, 10);
	assert_true(n >= 3);
	assert_string_equal(names[0], "campaign_product");
	/* a caller that joins the ends itself (gen) keeps an end first */
	query_no_links = true;
	n = ranked(cat, "link_promote", "0.3", q, names, 10);
	query_no_links = false;
	assert_true(n >= 3);
	assert_string_not_equal(names[0], "campaign_product");
	n = ranked(cat, "link_promote", "0.3", "какие товары привязаны к какой кампании", names,
		   10);
	assert_true(n >= 1);
	assert_string_equal(names[0], "campaign_product");
	/* no pairs asked: the end the question is about stays first */
	n = ranked(cat, "link_promote", "0.3", "campaign discount and product price", names, 10);
	assert_true(n >= 3);
	assert_string_not_equal(names[0], "campaign_product");
	sx_catalog_free(cat);
}

/* The period a query names: ISO date, ISO year-month, English or Russian
 * month with a year (any case form), a year alone; the most precise wins. */
static void test_query_period(void **state)
{
	static const struct {
		const char *q;
		long from, to;
	} cases[] = {
	    {"invoices of May 2022", 20220501, 20220601},
	    {"the 2022 may invoices", 20220501, 20220601},
	    {"invoices in December, 2021", 20211201, 20220101},
	    {"счета за май 2022 года", 20220501, 20220601},
	    {"счета за Март 2024 года", 20240301, 20240401},
	    {"платежи в ноябре 2024", 20241101, 20241201},
	    {"invoices 2022", 20220101, 20230101},
	    {"invoices 2021-03", 20210301, 20210401},
	    {"invoices 2021-03-31 and 2023", 20210331, 20210332},
	};
	size_t i;
	sx__period p;
	(void)state;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		assert_true(sx__query_period(cases[i].q, &p));
		assert_int_equal(p.from, cases[i].from);
		assert_int_equal(p.to, cases[i].to);
	}
	assert_false(sx__query_period("invoices of the last month", &p));
	assert_false(sx__query_period("marty's 20220 invoices", &p));
	assert_false(sx__query_period("машины марта", &p));
}

/* A ledger whose invoice table holds partitions by bound, by name suffix
 * alone, and a yearly one around a monthly one. */
static sx_catalog *ledger(void)
{
	static const char *const tables[][2] = {
	    {"invoice", "id customer_id issued_on amount"},
	    {"customer", "id name"},
	    {"refund", "id invoice_id amount"},
	};
	sx_catalog *cat = catalog_of("ledger", tables, sizeof tables / sizeof *tables);
	sx_table *t = cat->dbs[0]->schemas[0]->tables[0];
	t->kind = SX_REL_PARTITIONED;
	sx_catalog_add_partition(cat, t, "invoice_y2020",
				 "FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')");
	sx_catalog_add_partition(cat, t, "invoice_2020_06",
				 "FOR VALUES FROM ('2020-06-01 00:00:00+00') TO ('2020-07-01 00:00:00+00')");
	sx_catalog_add_partition(cat, t, "invoice_p2021_03", "FOR VALUES IN (202103)");
	sx_catalog_add_partition(cat, t, "invoice_202104", NULL);
	sx_catalog_add_partition(cat, t, "invoice_y2021m05", NULL);
	sx_catalog_add_partition(cat, t, "invoice_old", "DEFAULT");
	return cat;
}

/* The best k for query, with [search] key = value when key is set. */
static sx_search_result *query_kv(sx_catalog *cat, const char *key, const char *value,
				  const char *query, size_t k, bool partitions)
{
	sx_search_src src = {0};
	sx_search_opts o = SX_SEARCH_OPTS_INIT;
	sx_search *s;
	sx_search_result *r;
	sx_config *cfg;
	sx_error e;
	assert_int_equal(sx_config_load_string(&cfg, "", &e), 0);
	if (key)
		assert_int_equal(sx_config_set(cfg, "search", key, value), 0);
	src.cat = cat;
	src.config = cfg;
	assert_int_equal(sx_search_open(&s, &src, &e), 0);
	o.k = k;
	o.partitions = partitions;
	assert_int_equal(sx_search_query(s, query, &o, &r, &e), 0);
	sx_search_free(s);
	sx_config_free(cfg);
	return r;
}

static sx_search_result *query_k(sx_catalog *cat, const char *query, size_t k, bool partitions)
{
	return query_kv(cat, NULL, NULL, query, k, partitions);
}

/* The partition the period names goes right above its parent. */
static void test_partition_hits(void **state)
{
	static const struct {
		const char *q, *part;
	} cases[] = {
	    {"invoices of March 2021", "invoice_p2021_03"},     /* list bound: the name */
	    {"invoices issued in April 2021", "invoice_202104"}, /* name _YYYYMM */
	    {"invoices of 2021-05", "invoice_y2021m05"},         /* name yYYYYmMM */
	    {"invoices of June 2020", "invoice_2020_06"},        /* the narrower bound */
	    {"invoices of 2020", "invoice_y2020"},               /* a year: the yearly one */
	};
	sx_catalog *cat = ledger();
	sx_search_result *r;
	size_t i;
	(void)state;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		r = query_k(cat, cases[i].q, 5, true);
		assert_true(r->n >= 2 && r->n <= 5);
		assert_string_equal(r->hits[0].table->name, "invoice");
		assert_non_null(r->hits[0].partition);
		assert_string_equal(r->hits[0].partition, cases[i].part);
		assert_ptr_equal(r->hits[1].table, r->hits[0].table);
		assert_null(r->hits[1].partition);
		sx_search_result_free(r);
	}
	/* no partition holds the period, none named, or not asked for */
	r = query_k(cat, "invoices of 2019", 5, true);
	assert_null(r->hits[0].partition);
	assert_true(r->n < 2 || r->hits[1].table != r->hits[0].table);
	sx_search_result_free(r);
	r = query_k(cat, "invoices", 5, true);
	assert_null(r->hits[0].partition);
	sx_search_result_free(r);
	r = query_k(cat, "invoices of March 2021", 5, false);
	assert_null(r->hits[0].partition);
	assert_string_equal(r->hits[0].table->name, "invoice");
	assert_true(r->n < 2 || r->hits[1].table != r->hits[0].table);
	sx_search_result_free(r);
	/* k slots in all: with one, the partition takes it */
	r = query_k(cat, "invoices of March 2021", 1, true);
	assert_int_equal(r->n, 1);
	assert_string_equal(r->hits[0].partition, "invoice_p2021_03");
	sx_search_result_free(r);
	sx_catalog_free(cat);
}

/* A month and its year name the table partitioned by month (search44,
 * `period_boost`): a video shop whose `payment` holds one partition a
 * month; "rental fee receipts for June 2024" says rental twice over and
 * payment not at all, yet the month is payment's. A month no partition
 * holds, or a question without one, leaves the rental first. */
static void test_period_boost(void **state)
{
	static const char *const tables[][2] = {
	    {"payment", "id customer_id rental_id amount payment_date"},
	    {"rental", "id inventory_id customer_id rental_date return_date"},
	    {"customer", "id name email"},
	};
	sx_catalog *cat = catalog_of("video", tables, sizeof tables / sizeof *tables);
	sx_table *t = cat->dbs[0]->schemas[0]->tables[0];
	sx_search_result *r;
	(void)state;
	t->kind = SX_REL_PARTITIONED;
	sx_catalog_add_partition(cat, t, "payment_p2024_05",
				 "FOR VALUES FROM ('2024-05-01') TO ('2024-06-01')");
	sx_catalog_add_partition(cat, t, "payment_p2024_06",
				 "FOR VALUES FROM ('2024-06-01') TO ('2024-07-01')");
	r = query_kv(cat, "period_boost", "0", "rental fee receipts for June 2024", 5, true);
	assert_string_equal(r->hits[0].table->name, "rental");
	sx_search_result_free(r);
	/* the default, 2 */
	r = query_kv(cat, NULL, NULL, "rental fee receipts for June 2024", 5, true);
	assert_string_equal(r->hits[0].table->name, "payment");
	assert_string_equal(r->hits[0].partition, "payment_p2024_06");
	sx_search_result_free(r);
	/* a Russian month in its case */
	r = query_kv(cat, NULL, NULL, "плата за прокат в июне 2024 года", 5, true);
	assert_string_equal(r->hits[0].partition, "payment_p2024_06");
	sx_search_result_free(r);
	r = query_kv(cat, NULL, NULL, "rental fee receipts for June 2019", 5, true);
	assert_string_equal(r->hits[0].table->name, "rental");
	sx_search_result_free(r);
	r = query_kv(cat, NULL, NULL, "rental fee receipts", 5, true);
	assert_string_equal(r->hits[0].table->name, "rental");
	sx_search_result_free(r);
	/* partitions not asked for: the period is not read */
	r = query_kv(cat, NULL, NULL, "rental fee receipts for June 2024", 5, false);
	assert_string_equal(r->hits[0].table->name, "rental");
	sx_search_result_free(r);
	sx_catalog_free(cat);
}

/* A view's own glued lowercase column names split into words (search47,
 * `glued_view`): PostgreSQL folds `sp.Name AS StateProvinceName` to
 * `stateprovincename`, which says nothing until split, while a look-alike
 * view's quoted "Addr.Loc.State" says state already. Off (0), the
 * look-alike comes first for the vendors' state provinces; at the default
 * the view that joins them. Skipped without WordNet. */
static void test_glued_view(void **state)
{
	static const char *const tables[][2] = {
	    {"vendor", "id name credit_rating"},
	    {"address", "id addressline1 city stateprovinceid"},
	    {"stateprovince", "id stateprovincecode name"},
	    {"candidate", "id resume"},
	};
	sx_catalog *cat = catalog_of("shop", tables, sizeof tables / sizeof *tables);
	sx_schema *sch = cat->dbs[0]->schemas[0];
	sx_table *v = sx_catalog_add_table(cat, sch, "vendoraddresses", SX_REL_VIEW);
	sx_table *c = sx_catalog_add_table(cat, sch, "candidatedetails", SX_REL_VIEW);
	const char *q = "vendor state province and city in one view";
	const char *names[10];
	size_t n;
	(void)state;
	if (access("/usr/share/wordnet/index.noun", R_OK) != 0 && !getenv("SEXTANT_WORDNET_DIR")) {
		sx_catalog_free(cat);
		skip();
	}
	v->definition = "SELECT v.name, a.city, sp.name AS stateprovincename FROM vendor v "
			"JOIN address a ON a.id = v.id JOIN stateprovince sp ON sp.id = a.stateprovinceid";
	sx_catalog_add_column(cat, v, "name", "text");
	sx_catalog_add_column(cat, v, "city", "text");
	sx_catalog_add_column(cat, v, "stateprovincename", "text");
	c->definition = "SELECT c.id AS \"Addr.Loc.State\", c.id AS \"Addr.Loc.City\", "
			"c.resume AS \"Vendor.Name\" FROM candidate c";
	sx_catalog_add_column(cat, c, "Addr.Loc.State", "text");
	sx_catalog_add_column(cat, c, "Addr.Loc.City", "text");
	sx_catalog_add_column(cat, c, "Vendor.Name", "text");
	n = ranked(cat, "glued_view=0 glued_table=0 glued_col=0", NULL, q, names, 10);
	assert_true(n > 0);
	assert_string_equal(names[0], "candidatedetails");
	n = ranked(cat, "glued_view=0.5 glued_table=0 glued_col=0", NULL, q, names, 10);
	assert_true(n > 0);
	assert_string_equal(names[0], "vendoraddresses");
	sx_catalog_free(cat);
}

/* glued_view_rel (search48, on): only a view's own column named after a
 * relation it reads (stateprovincename of stateprovince) is split; one
 * computed from elsewhere (an XML field's homeaddressline) is not, so a
 * contact view does not take "home address" from the address table.
 * glued_view_bm25 (on): the split words count in the view's BM25 alone;
 * vendoraddresses still comes first for its question. */
static void test_glued_view_rel(void **state)
{
	static const char *const tables[][2] = {
	    {"vendor", "id name credit_rating"},
	    {"address", "id addressline1 city stateprovinceid"},
	    {"stateprovince", "id stateprovincecode name"},
	    {"person", "id firstname lastname demographics"},
	};
	sx_catalog *cat = catalog_of("shop", tables, sizeof tables / sizeof *tables);
	sx_schema *sch = cat->dbs[0]->schemas[0];
	sx_table *v = sx_catalog_add_table(cat, sch, "vendoraddresses", SX_REL_VIEW);
	sx_table *c = sx_catalog_add_table(cat, sch, "contactinfo", SX_REL_VIEW);
	const char *q = "home address line";
	const char *names[10];
	size_t n;
	(void)state;
	if (access("/usr/share/wordnet/index.noun", R_OK) != 0 && !getenv("SEXTANT_WORDNET_DIR")) {
		sx_catalog_free(cat);
		skip();
	}
	v->definition = "SELECT v.name, a.city, sp.name AS stateprovincename FROM vendor v "
			"JOIN address a ON a.id = v.id JOIN stateprovince sp ON sp.id = a.stateprovinceid";
	sx_catalog_add_column(cat, v, "name", "text");
	sx_catalog_add_column(cat, v, "city", "text");
	sx_catalog_add_column(cat, v, "stateprovincename", "text");
	c->definition = "SELECT p.firstname, (xpath('/c/home', p.demographics))[1] AS homeaddressline "
			"FROM person p";
	sx_catalog_add_column(cat, c, "firstname", "text");
	sx_catalog_add_column(cat, c, "homeaddressline", "text");
	n = ranked(cat, "glued_view=0.5 glued_view_rel=0 glued_table=0 glued_col=0", NULL, q, names, 10);
	assert_true(n > 0);
	assert_string_equal(names[0], "contactinfo");
	n = ranked(cat, "glued_view=0.5 glued_table=0 glued_col=0", NULL, q, names, 10);
	assert_true(n > 0);
	assert_string_equal(names[0], "address");
	n = ranked(cat, "glued_view=0.5 glued_table=0 glued_col=0", NULL, "vendor state province and city in one view", names, 10);
	assert_true(n > 0);
	assert_string_equal(names[0], "vendoraddresses");
	sx_catalog_free(cat);
}

/* glued_view_bm25 (search48, on): the words of a view's own glued
 * column (stateprovincename) count in the view's BM25 alone, not in the
 * IDF nor in its database's coverage, so a view that holds "state" only
 * there does not earn its database the coverage of a table that says
 * state: for "state" and "state name", vendoraddresses stays further
 * behind geo's region than when those words count as any. */
static void test_glued_view_bm25(void **state)
{
	static const char *const shop[][2] = {
	    {"vendor", "id name credit_rating"},
	    {"address", "id addressline1 city stateprovinceid"},
	    {"stateprovince", "id stateprovincecode name"},
	};
	static const char *const geo[][2] = {
	    {"region", "id state population"},
	    {"river", "id name length"},
	};
	static const char *const qs[] = {"state", "state name"};
	sx_catalog *cat = catalog_of("shop", shop, sizeof shop / sizeof *shop);
	sx_schema *sch = cat->dbs[0]->schemas[0];
	sx_table *v = sx_catalog_add_table(cat, sch, "vendoraddresses", SX_REL_VIEW);
	size_t k;
	(void)state;
	if (access("/usr/share/wordnet/index.noun", R_OK) != 0 && !getenv("SEXTANT_WORDNET_DIR")) {
		sx_catalog_free(cat);
		skip();
	}
	add_db(cat, "geo", geo, sizeof geo / sizeof *geo);
	v->definition = "SELECT v.name, a.city, sp.name AS stateprovincename FROM vendor v "
			"JOIN address a ON a.id = v.id JOIN stateprovince sp ON sp.id = a.stateprovinceid";
	sx_catalog_add_column(cat, v, "name", "text");
	sx_catalog_add_column(cat, v, "city", "text");
	sx_catalog_add_column(cat, v, "stateprovincename", "text");
	for (k = 0; k < sizeof qs / sizeof *qs; k++) {
		double region0, view0, region1, view1;
		scores_with(cat, "glued_view=0.5 glued_view_bm25=0 glued_table=0 glued_col=0", NULL, qs[k], "region", &region0, "vendoraddresses",
			    &view0);
		scores_with(cat, "glued_view=0.5 glued_table=0 glued_col=0", NULL, qs[k], "region", &region1, "vendoraddresses", &view1);
		assert_true(region0 > view0 && view0 > 0);
		assert_true(region1 > view1 && view1 > 0);
		assert_true(view1 / region1 < view0 / region0);
	}
	sx_catalog_free(cat);
}

/* A view that sums a partitioned table, for an aggregate question that
 * names a month (search47, `view_period`): a video shop whose `payment`
 * holds one partition a month and whose `customer_payments` view sums it
 * per customer. "total payments per customer" puts the view first
 * (view_promote); with June 2024 the month's partition is the answer, so
 * `payment` (its partition above it) stays before the view; with
 * `view_period` 0, without partitions asked for, or for a month no
 * partition holds, the view goes first. */
static void test_view_period(void **state)
{
	static const char *const tables[][2] = {
	    {"payment", "id customer_id rental_id amount payment_date"},
	    {"customer", "id first_name last_name email"},
	    {"rental", "id inventory_id customer_id rental_date"},
	};
	sx_catalog *cat = catalog_of("video", tables, sizeof tables / sizeof *tables);
	sx_table *t = cat->dbs[0]->schemas[0]->tables[0];
	sx_table *v = sx_catalog_add_table(cat, cat->dbs[0]->schemas[0], "customer_payments",
					   SX_REL_VIEW);
	const char *q = "total payments per customer for June 2024";
	char got[256] = "";
	sx_search_result *r;
	(void)state;
	t->kind = SX_REL_PARTITIONED;
	sx_catalog_add_partition(cat, t, "payment_p2024_05",
				 "FOR VALUES FROM ('2024-05-01') TO ('2024-06-01')");
	sx_catalog_add_partition(cat, t, "payment_p2024_06",
				 "FOR VALUES FROM ('2024-06-01') TO ('2024-07-01')");
	v->definition = "SELECT c.id AS customer_id, c.last_name, count(*) AS payment_count, "
			"sum(p.amount) AS payment_total FROM payment p "
			"JOIN customer c ON c.id = p.customer_id GROUP BY c.id, c.last_name";
	sx_catalog_add_column(cat, v, "customer_id", "integer");
	sx_catalog_add_column(cat, v, "last_name", "text");
	sx_catalog_add_column(cat, v, "payment_count", "integer");
	sx_catalog_add_column(cat, v, "payment_total", "numeric");
	/* the view's reads are set: promote_views sees payment and customer */
	assert_int_equal(sx_table_view_reads(v, on_read, got), 0);
	assert_non_null(strstr(got, "r:payment"));
	assert_non_null(strstr(got, "r:customer"));
	r = query_kv(cat, "view_period", "0", q, 5, true);
	assert_string_equal(r->hits[0].table->name, "customer_payments");
	sx_search_result_free(r);
	/* the default, 1: the month's partition first, then the view */
	r = query_kv(cat, NULL, NULL, q, 5, true);
	assert_string_equal(r->hits[0].table->name, "payment");
	assert_non_null(r->hits[0].partition);
	assert_string_equal(r->hits[0].partition, "payment_p2024_06");
	sx_search_result_free(r);
	/* a month no partition holds, no month, or partitions not asked for */
	r = query_kv(cat, NULL, NULL, "total payments per customer for June 2019", 5, true);
	assert_string_equal(r->hits[0].table->name, "customer_payments");
	sx_search_result_free(r);
	r = query_kv(cat, NULL, NULL, "total payments per customer", 5, true);
	assert_string_equal(r->hits[0].table->name, "customer_payments");
	sx_search_result_free(r);
	r = query_kv(cat, NULL, NULL, q, 5, false);
	assert_string_equal(r->hits[0].table->name, "customer_payments");
	sx_search_result_free(r);
	sx_catalog_free(cat);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_name_match),
	    cmocka_unit_test(test_translit),
	    cmocka_unit_test(test_verbs),
	    cmocka_unit_test(test_view_reads),
	    cmocka_unit_test(test_view_promote),
	    cmocka_unit_test(test_view_list),
	    cmocka_unit_test(test_link_promote),
	    cmocka_unit_test(test_alias_views),
	    cmocka_unit_test(test_name_thesaurus),
	    cmocka_unit_test(test_glued_names),
	    cmocka_unit_test(test_lookup_demote),
	    cmocka_unit_test(test_lookup_promote),
	    cmocka_unit_test(test_history_promote),
	    cmocka_unit_test(test_now_negated),
	    cmocka_unit_test(test_history_words),
	    cmocka_unit_test(test_history_negation),
	    cmocka_unit_test(test_column_best),
	    cmocka_unit_test(test_view_boost),
	    cmocka_unit_test(test_view_flat),
	    cmocka_unit_test(test_lexicon_40),
	    cmocka_unit_test(test_lexicon_40b),
	    cmocka_unit_test(test_lexicon_41),
	    cmocka_unit_test(test_lexicon_47),
	    cmocka_unit_test(test_lexicon_48),
	    cmocka_unit_test(test_db_power_ru),
	    cmocka_unit_test(test_view_flattened),
	    cmocka_unit_test(test_matview_boost),
	    cmocka_unit_test(test_abbrev_name),
	    cmocka_unit_test(test_patient_person),
	    cmocka_unit_test(test_version_revision),
	    cmocka_unit_test(test_ru_common_words),
	    cmocka_unit_test(test_idf_cap),
	    cmocka_unit_test(test_glued_cover),
	    cmocka_unit_test(test_ru_wordnet),
	    cmocka_unit_test(test_translit_loan),
	    cmocka_unit_test(test_ru_common_words_26),
	    cmocka_unit_test(test_ru_dict_38),
	    cmocka_unit_test(test_lexicon_39),
	    cmocka_unit_test(test_word_cover),
	    cmocka_unit_test(test_comment_weight),
	    cmocka_unit_test(test_ru_dict_senses),
	    cmocka_unit_test(test_query_period),
	    cmocka_unit_test(test_partition_hits),
	    cmocka_unit_test(test_view_period),
	    cmocka_unit_test(test_glued_view),
	    cmocka_unit_test(test_glued_view_rel),
	    cmocka_unit_test(test_glued_view_bm25),
	    cmocka_unit_test(test_period_boost),
	    cmocka_unit_test(test_abbrev_query),
	    cmocka_unit_test(test_history_part),
	    cmocka_unit_test(test_other_sense),
	    cmocka_unit_test(test_glued_split),
	    cmocka_unit_test(test_glued_query),
	    cmocka_unit_test(test_sense_ctx),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	/* last: a test that parses a view's SQL after the shutdown would find
	 * no reads (the parser refuses), so no test may run after it */
	sx_pgsql_shutdown();
	return rc;
}
