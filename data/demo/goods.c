/* goods.c - what the shop sells and where it sits: categories, brands,
 * suppliers, products and their price history, tags (a junction table
 * without keys), warehouses, stock levels, purchase orders, stock
 * movements and counts; marketing campaigns, promo codes and newsletter
 * subscriptions; customers' saved payment methods. Fills prods[] and
 * camps[] for the order loop. */
#include "rows.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- catalogue */

struct subcat {
	const char *slug, *name, *name_ru, *noun;
	int top;
	int lo, hi; /* price range, roubles */
};

static const struct {
	const char *slug, *name, *name_ru;
} tops[] = {
    {"electronics", "Electronics", "Электроника"},
    {"appliances", "Home appliances", "Бытовая техника"},
    {"home", "Home and garden", "Дом и сад"},
    {"clothing", "Clothing and shoes", "Одежда и обувь"},
    {"beauty", "Beauty and health", "Красота и здоровье"},
    {"kids", "Kids", "Детские товары"},
    {"sports", "Sports and outdoors", "Спорт и отдых"},
    {"books", "Books", "Книги"},
    {"grocery", "Grocery", "Продукты"},
    {"auto", "Auto", "Автотовары"},
};
#define NTOPS ((int)(sizeof(tops) / sizeof(tops[0])))

static const struct subcat subs[] = {
    {"smartphones", "Smartphones", "Смартфоны", "Смартфон", 0, 9000, 140000},
    {"laptops", "Laptops", "Ноутбуки", "Ноутбук", 0, 35000, 250000},
    {"headphones", "Headphones", "Наушники", "Наушники", 0, 900, 35000},
    {"tv", "TVs", "Телевизоры", "Телевизор", 0, 15000, 180000},
    {"tablets", "Tablets", "Планшеты", "Планшет", 0, 8000, 120000},
    {"fridges", "Refrigerators", "Холодильники", "Холодильник", 1, 25000, 160000},
    {"washers", "Washing machines", "Стиральные машины", "Стиральная машина", 1, 22000, 90000},
    {"vacuums", "Vacuum cleaners", "Пылесосы", "Пылесос", 1, 4000, 60000},
    {"kettles", "Kettles", "Чайники", "Электрочайник", 1, 1200, 9000},
    {"microwaves", "Microwave ovens", "Микроволновые печи", "Микроволновая печь", 1, 5000, 25000},
    {"cookware", "Cookware", "Посуда", "Кастрюля", 2, 700, 12000},
    {"bedding", "Bedding", "Постельное бельё", "Комплект постельного белья", 2, 1500, 11000},
    {"lighting", "Lighting", "Освещение", "Светильник", 2, 600, 15000},
    {"garden", "Garden", "Сад", "Садовый шланг", 2, 400, 6000},
    {"tshirts", "T-shirts", "Футболки", "Футболка", 3, 500, 4000},
    {"jeans", "Jeans", "Джинсы", "Джинсы", 3, 1500, 9000},
    {"jackets", "Jackets", "Куртки", "Куртка", 3, 3500, 30000},
    {"sneakers", "Sneakers", "Кроссовки", "Кроссовки", 3, 2500, 20000},
    {"shampoo", "Hair care", "Уход за волосами", "Шампунь", 4, 250, 2500},
    {"skincare", "Skin care", "Уход за кожей", "Крем для лица", 4, 400, 7000},
    {"toothbrushes", "Oral care", "Уход за полостью рта", "Зубная щётка", 4, 150, 12000},
    {"vitamins", "Vitamins", "Витамины", "Витамины", 4, 300, 3500},
    {"construction-toys", "Construction toys", "Конструкторы", "Конструктор", 5, 900, 25000},
    {"diapers", "Diapers", "Подгузники", "Подгузники", 5, 900, 3500},
    {"strollers", "Strollers", "Коляски", "Коляска", 5, 12000, 80000},
    {"soft-toys", "Soft toys", "Мягкие игрушки", "Мягкая игрушка", 5, 400, 5000},
    {"bicycles", "Bicycles", "Велосипеды", "Велосипед", 6, 12000, 120000},
    {"fitness", "Fitness", "Фитнес", "Гантели", 6, 800, 15000},
    {"camping", "Camping", "Туризм", "Палатка", 6, 3000, 40000},
    {"fiction", "Fiction", "Художественная литература", "Роман", 7, 350, 1500},
    {"textbooks", "Textbooks", "Учебная литература", "Учебник", 7, 400, 2500},
    {"comics", "Comics", "Комиксы", "Комикс", 7, 450, 1800},
    {"coffee", "Coffee", "Кофе", "Кофе в зёрнах", 8, 500, 3500},
    {"tea", "Tea", "Чай", "Чай", 8, 150, 2000},
    {"sweets", "Sweets", "Сладости", "Шоколад", 8, 90, 1200},
    {"motor-oil", "Motor oil", "Моторные масла", "Моторное масло", 9, 900, 7000},
    {"dashcams", "Dashcams", "Видеорегистраторы", "Видеорегистратор", 9, 2500, 20000},
    {"tyres", "Tyres", "Шины", "Автошина", 9, 3500, 25000},
};
#define NSUBS ((int)(sizeof(subs) / sizeof(subs[0])))

static const struct {
	const char *name, *country;
} brands[] = {
    {"Samsung", "KR"},     {"Apple", "US"},          {"Xiaomi", "CN"},     {"Huawei", "CN"},
    {"Lenovo", "CN"},      {"Asus", "CN"},           {"Sony", "JP"},       {"LG", "KR"},
    {"Philips", "NL"},     {"Bosch", "DE"},          {"Indesit", "IT"},    {"Redmond", "RU"},
    {"Polaris", "RU"},     {"Tefal", "FR"},          {"Lego", NULL},       {"Hasbro", "US"},
    {"Nike", "US"},        {"Adidas", "DE"},         {"Puma", "DE"},       {"Gloria Jeans", "RU"},
    {"Zarina", "RU"},      {"L'Oréal", "FR"},        {"Nivea", "DE"},      {"Garnier", "FR"},
    {"Colgate", "US"},     {"Oral-B", "US"},         {"Stels", "RU"},      {"Forward", "RU"},
    {"Nordway", NULL},     {"Эксмо", "RU"},          {"АСТ", "RU"},        {"МИФ", "RU"},
    {"Lavazza", "IT"},     {"Jacobs", "NL"},         {"Greenfield", "RU"}, {"Alpen Gold", NULL},
    {"Бабаевский", "RU"},  {"Castrol", "GB"},        {"Mobil", "US"},      {"Michelin", "FR"},
    {"Ikon Tyres", "FI"},  {"Neoline", "RU"},        {"Haier", "CN"},      {"Atlant", "BY"},
    {"Vitek", "RU"},       {"Scarlett", "GB"},       {"Huggies", "US"},    {"Pampers", "US"},
    {"Мир детства", "RU"}, {"Solgar", "US"},         {"Эвалар", "RU"},     {"Ecco", NULL},
    {"Columbia", "US"},    {"The North Face", "US"}, {"Decor Home", NULL}, {"Tramp", "RU"},
    {"Torneo", "IT"},      {"Dyson", "GB"},          {"Kitfort", "RU"},    {"Lamoda Basic", "RU"},
};
#define NBRANDS ((int)(sizeof(brands) / sizeof(brands[0])))

struct prod *prods;
int64_t *prod_created;

int64_t price_on(const struct prod *p, int day)
{
	int64_t v = p->price[0];
	for (int k = 0; k < p->nprice; k++)
		if (p->from[k] <= day)
			v = p->price[k];
	return v;
}

void gen_catalog(void)
{
	static const char *const tags[NTAGS] = {
	    "new",          "bestseller",     "sale",      "eco",        "premium",
	    "gift",         "made_in_russia", "limited",   "exclusive",  "bundle",
	    "clearance",    "preorder",       "kids_safe", "vegan",      "imported",
	    "energy_a",     "waterproof",     "wireless",  "handmade",   "organic",
	    "refurbished",  "seasonal",       "winter",    "summer",     "back_to_school",
	    "black_friday", "new_year",       "travel",    "smart_home", "fast_delivery"};
	static const char *const legal[] = {"ООО", "АО", "ООО", "ООО", "ПАО"};
	static const char *const words[] = {
	    "Альфа",   "Вектор",   "Северный ветер",   "Технопарк",
	    "Союз",    "Меридиан", "ТоргСнаб",         "Прогресс",
	    "Импульс", "Гранит",   "Восток-Импорт",    "ЭкоЛайн",
	    "Скиф",    "Нева",     "Уральские Товары", "Сибирь-Дистрибуция"};
	static const char *const cn_words[] = {
	    "Shenzhen Bright Electronics Co., Ltd.", "Ningbo Homeware Trading Co., Ltd.",
	    "Guangzhou Sunrise Textile Co., Ltd.", "Yiwu Happy Toys Co., Ltd."};
	char tmp[200], inn[11];
	rng_seed(&R, "catalog");
	for (int t = 0; t < NTOPS; t++) {
		row(T_CATEGORIES);
		v_i(t + 1);
		v_null();
		v_s(tops[t].slug);
		v_s(tops[t].name);
		v_s(tops[t].name_ru);
		v_i(t * 10);
		v_ts(at(0, 0, 1, t));
		v_ts(at(0, 0, 1, t));
		end();
	}
	for (int s = 0; s < NSUBS; s++) {
		int64_t created =
		    s % 7 == 6 ? office_time((int)rng_int(&R, 30, 400)) : at(0, 0, 2, s);
		row(T_CATEGORIES);
		v_i(NTOPS + s + 1);
		v_i(subs[s].top + 1);
		v_s(subs[s].slug);
		v_s(subs[s].name);
		v_s(subs[s].name_ru);
		v_i(s);
		v_ts(created);
		v_ts(rng_chance(&R, 0.3) ? between(created, END_TS) : created);
		end();
	}
	for (int b = 0; b < NBRANDS; b++) {
		row(T_BRANDS);
		v_i(b + 1);
		v_s(brands[b].name);
		if (brands[b].country)
			v_s(brands[b].country);
		else
			v_null();
		v_ts(at(0, 0, 3, b));
		v_ts(at(0, 0, 3, b));
		end();
	}
	for (int s = 0; s < NSUP; s++) {
		bool cn = s % 9 == 4;
		struct person p;
		int64_t created = s < 90 ? at(0, 0, 4, s) : office_time((int)rng_int(&R, 1, 600));
		if (cn)
			snprintf(tmp, sizeof tmp, "%s", cn_words[s % 4]);
		else
			snprintf(tmp, sizeof tmp, "%s «%s%s»", PICK(&R, legal), PICK(&R, words),
			         s >= 16 ? (s % 3 ? " Трейд" : " Групп") : "");
		fake_person(&R, &p, !cn, 8000000 + s);
		row(T_SUPPLIERS);
		v_i(s + 1);
		v_s(tmp);
		fake_inn10(&R, inn);
		v_s(inn);
		if (cn) {
			v_null();
		} else {
			char kpp[10];
			snprintf(kpp, sizeof kpp, "%.4s01001", inn);
			v_s(kpp);
		}
		v_s(cn ? "CN" : "RU");
		if (rng_chance(&R, 0.85))
			v_f("%s %s", p.first, p.last);
		else
			v_null();
		v_f("sales%d@%s", s + 1, cn ? "supplier.cn" : "supplier.ru");
		v_s(p.phone);
		v_ts(created);
		v_ts(rng_chance(&R, 0.5) ? between(created, END_TS) : created);
		end();
	}

	prods = xcalloc(NPROD, sizeof *prods);
	prod_created = xcalloc(NPROD, sizeof *prod_created);
	for (int i = 0; i < NPROD; i++)
		prod_created[i] = i < NPROD * 4 / 5 ? at(0, 0, 10, 0) + i
		                                    : day_time((int)rng_int(&R, 1, DAYS - 30));
	qsort(prod_created, NPROD, sizeof *prod_created, cmp_i64);
	for (int i = 0; i < NPROD; i++) {
		struct prod *p = &prods[i];
		const struct subcat *s;
		int brand = (int)rng_int(&R, 1, NBRANDS);
		int64_t price, updated;
		p->created = prod_created[i];
		p->sub = (int)rng_int(&R, 0, NSUBS - 1);
		s = &subs[p->sub];
		p->supplier = rng_chance(&R, 0.92) ? rng_int(&R, 1, NSUP) : 0;
		price = (int64_t)(s->lo + (s->hi - s->lo) * pow(rng_unit(&R), 2.0));
		price = (price / 10 * 10 - 1) * 100; /* 1 299.00 style prices */
		if (price < 9900)
			price = 9900;
		p->nprice = 1 + (int)rng_int(&R, 0, 3);
		p->from[0] = day_of(p->created);
		p->price[0] = price;
		for (int k = 1; k < p->nprice; k++) {
			p->from[k] = p->from[k - 1] + (int)rng_int(&R, 30, 240);
			if (p->from[k] >= DAYS) {
				p->nprice = k;
				break;
			}
			p->price[k] =
			    (p->price[k - 1] * (int64_t)rng_int(&R, 85, 125) / 100 / 1000 * 1000) -
			    100;
			if (p->price[k] < 9900)
				p->price[k] = 9900;
		}
		updated = p->nprice > 1 ? office_time(p->from[p->nprice - 1]) : p->created;
		if (updated < p->created)
			updated = p->created;
		row(T_PRODUCTS);
		v_i(i + 1);
		v_f("%.3s-%06d", s->slug, i + 1);
		snprintf(tmp, sizeof tmp, "%s %s %c%d%s", s->noun, brands[brand - 1].name,
		         'A' + (int)rng_int(&R, 0, 25), (int)rng_int(&R, 1, 999),
		         rng_chance(&R, 0.3) ? " Pro" : "");
		v_s(tmp);
		v_i(NTOPS + p->sub + 1);
		if (rng_chance(&R, 0.95))
			v_i(brand);
		else
			v_null();
		v_opt_i(p->supplier);
		v_money(p->price[p->nprice - 1]);
		v_i(rng_int(&R, 50, 25000));
		v_bool(!rng_chance(&R, 0.04));
		v_ts(p->created);
		v_ts(updated);
		end();
		for (int k = 0; k < p->nprice; k++) {
			row(T_PRODUCT_PRICES);
			v_i(rows_of(T_PRODUCT_PRICES) + 1);
			v_i(i + 1);
			v_money(p->price[k]);
			v_date(p->from[k]);
			if (k + 1 < p->nprice)
				v_date(p->from[k + 1] - 1);
			else
				v_null();
			v_ts(k == 0 ? p->created : max64(p->created, office_time(p->from[k])));
			end();
		}
	}
	for (int t = 0; t < NTAGS; t++) {
		row(T_TAGS);
		v_i(t + 1);
		v_s(tags[t]);
		v_ts(at(0, 0, 5, t));
		end();
	}
	/* product_tags: a junction table with no declared keys at all */
	for (int i = 0; i < NPROD; i++) {
		int n = (int)rng_int(&R, 0, 4);
		bool used[NTAGS] = {false};
		for (int k = 0; k < n; k++) {
			int t = (int)rng_int(&R, 0, NTAGS - 1);
			if (used[t])
				continue;
			used[t] = true;
			row(T_PRODUCT_TAGS);
			v_i(i + 1);
			v_i(t + 1);
			v_ts(prods[i].created + 60 + k);
			end();
		}
	}
}

/* ---------------------------------------------------------------- stock */

static const struct {
	const char *code, *name, *city, *address;
	double lat, lon;
	bool ru;
} whs[] = {
    {"MSK-1", "Склад Подольск", "Подольск", "Московская обл., г. Подольск, Комсомольская ул., 1",
     55.4312, 37.5447, true},
    {"MSK-2", "Склад Химки", "Химки", "Московская обл., г. Химки, Ленинградское ш., вл. 29",
     55.8970, 37.4297, true},
    {"SPB-1", "Склад Шушары", "Санкт-Петербург",
     "г. Санкт-Петербург, пос. Шушары, Московское ш., 231", 59.8007, 30.3725, true},
    {"EKB-1", "Склад Екатеринбург", "Екатеринбург", "г. Екатеринбург, ул. Монтажников, 4", 56.7978,
     60.5470, true},
    {"NSK-1", "Склад Новосибирск", "Новосибирск", "г. Новосибирск, ул. Петухова, 69", 54.9595,
     82.8726, true},
    {"KZN-1", "Склад Казань", "Казань", "г. Казань, ул. Тэцевская, 11", 55.8326, 49.0563, true},
    {"KRD-1", "Склад Краснодар", "Краснодар", "г. Краснодар, ул. Уральская, 75", 45.0393, 39.0805,
     true},
    {"NJ-1", "Edison Fulfillment Center", "Edison", "2100 Route 27, Edison, NJ 08817", 40.5187,
     -74.3562, false},
};
_Static_assert(sizeof(whs) / sizeof(whs[0]) == NWH, "NWH is the number of warehouses");

const char *wh_city(int w)
{
	return whs[w].city;
}

/* which warehouse serves a city: by name where there is one, else Moscow */
int wh_for_city(int city)
{
	const char *n = city_name(city);
	if (!city_ru(city))
		return 7;
	if (strcmp(n, "Санкт-Петербург") == 0 || strcmp(n, "Гатчина") == 0)
		return 2;
	if (strcmp(n, "Екатеринбург") == 0 || strcmp(n, "Самара") == 0)
		return 3;
	if (strcmp(n, "Новосибирск") == 0)
		return 4;
	if (strcmp(n, "Казань") == 0 || strcmp(n, "Нижний Новгород") == 0)
		return 5;
	if (strcmp(n, "Краснодар") == 0 || strcmp(n, "Ростов-на-Дону") == 0)
		return 6;
	return strcmp(n, "Химки") == 0 ? 1 : 0;
}

static unsigned char stocked[NPROD][8];

void gen_stock(void)
{
	int wh_dept[] = {D_WH};
	struct tslist mv = {0};
	static const char *const po_status[] = {"received", "received", "received", "received",
	                                        "received", "received", "cancelled"};
	rng_seed(&R, "stock");
	for (int w = 0; w < NWH; w++) {
		int64_t created = at(0, 7, 0, w);
		row(T_WAREHOUSES);
		v_i(w + 1);
		v_s(whs[w].code);
		v_s(whs[w].name);
		v_s(whs[w].city);
		v_s(whs[w].address);
		v_real(whs[w].lat);
		v_real(whs[w].lon);
		{
			int64_t mgr = pick_emp(created, wh_dept, 1);
			v_i(mgr ? mgr : dept_head[D_WH]);
		}
		v_i(rng_int(&R, 8, 60) * 1000);
		v_ts(created);
		v_ts(rng_chance(&R, 0.5) ? between(created, END_TS) : created);
		end();
	}
	/* a stock position per product in 3-6 Russian warehouses (+ Edison) */
	for (int i = 0; i < NPROD; i++) {
		int n = (int)rng_int(&R, 3, 6);
		for (int k = 0; k < n; k++)
			stocked[i][rng_int(&R, 0, 6)] = 1;
		stocked[i][0] = 1;
		if (rng_chance(&R, 0.35))
			stocked[i][7] = 1;
	}
	for (int w = 0; w < NWH; w++)
		for (int i = 0; i < NPROD; i++) {
			int64_t created;
			int onhand;
			if (!stocked[i][w])
				continue;
			created = max64(prods[i].created + 600, at(0, 7, 30, 0));
			onhand = (int)rng_int(&R, 0, 400);
			row(T_STOCK_LVL);
			v_i(w + 1);
			v_i(i + 1);
			v_i(onhand);
			v_i(onhand ? rng_int(&R, 0, onhand / 4) : 0);
			if (rng_chance(&R, 0.8))
				v_i(rng_int(&R, 5, 40));
			else
				v_null();
			v_ts(created);
			v_ts(between(created, END_TS));
			end();
		}
	/* purchase orders and the receipts they produce; ids in creation order */
	{
		struct tslist pos = {0};
		for (int po = 0; po < 2600; po++) {
			struct tsrow *r = ts_add(&pos, office_time((int)rng_int(&R, 0, DAYS - 1)));
			r->a = rng_int(&R, 1, NSUP);
			r->b = rng_int(&R, 0, NWH - 1);
			r->c = r->ts + rng_int(&R, 2, 20) * 86400; /* received */
		}
		ts_sort(&pos);
		for (int64_t i = 0; i < pos.n; i++) {
			struct tsrow *r = &pos.v[i];
			int w = (int)r->b, nl = (int)rng_int(&R, 2, 6), day = day_of(r->ts);
			int64_t total = 0, upd;
			const char *status = PICK(&R, po_status);
			if (r->c > END_TS)
				status = r->c - END_TS > 7 * 86400 ? "sent" : "confirmed";
			for (int k = 0; k < nl; k++) {
				int p, tries = 0, qty = (int)rng_int(&R, 10, 200);
				do
					p = (int)rng_int(&R, 0, NPROD - 1);
				while ((!stocked[p][w] || prods[p].created > r->ts) &&
				       ++tries < 50);
				if (tries >= 50)
					continue;
				total += qty * price_on(&prods[p], day) * 6 / 10;
				if (strcmp(status, "received") == 0) {
					struct tsrow *m = ts_add(&mv, r->c + k);
					m->s1 = "receipt";
					m->a = w + 1;
					m->b = p + 1;
					m->c = qty;
					m->d = i + 1;
				}
			}
			upd =
			    strcmp(status, "received") == 0 ? r->c : r->ts + rng_int(&R, 0, 86400);
			row(T_PURCHASE_ORDERS);
			v_i(i + 1);
			v_f("PO-%d-%05lld", 2023 + (day >= 365), (long long)i + 1);
			v_i(r->a);
			v_i(w + 1);
			v_s(status);
			v_s(w == 7 ? "USD" : "RUB");
			v_money(w == 7 ? total * 1000000 / rate_micros[0][day] : total);
			v_date(day_of(r->c));
			v_ts(r->ts);
			v_ts(min64(upd, END_TS));
			end();
		}
		free(pos.v);
	}
	/* movements: receipts plus adjustments, write-offs and transfers */
	{
		struct tslist out = {0};
		for (int64_t i = 0; i < mv.n; i++)
			if (mv.v[i].ts <= END_TS) {
				struct tsrow *r = ts_add(&out, mv.v[i].ts);
				*r = mv.v[i];
				r->seq = out.n;
			}
		for (int k = 0; k < 5200; k++) {
			int w = (int)rng_int(&R, 0, 6), p = (int)rng_int(&R, 0, NPROD - 1);
			int64_t ts = between(prods[p].created + 3600, END_TS);
			double u = rng_unit(&R);
			struct tsrow *r;
			if (!stocked[p][w])
				continue;
			r = ts_add(&out, ts);
			r->a = w + 1;
			r->b = p + 1;
			if (u < 0.4) {
				r->s1 = "adjustment";
				r->c = rng_int(&R, -5, 5);
				if (r->c == 0)
					r->c = 1;
			} else if (u < 0.6) {
				r->s1 = "write_off";
				r->c = -rng_int(&R, 1, 3);
			} else {
				/* a transfer is two rows: out of one warehouse into another */
				int w2 = w == 0 ? 1 : 0;
				int qty = (int)rng_int(&R, 5, 60);
				struct tsrow *r2;
				r->s1 = "transfer_out";
				r->c = -qty;
				r2 = ts_add(&out, ts + rng_int(&R, 86400, 4 * 86400));
				r2->a = w2 + 1;
				r2->b = p + 1;
				r2->s1 = "transfer_in";
				r2->c = qty;
				r = r2;
			}
		}
		ts_sort(&out);
		for (int64_t i = 0; i < out.n; i++) {
			const struct tsrow *r = &out.v[i];
			int64_t by;
			if (r->ts > END_TS)
				continue;
			by = rng_chance(&R, 0.85) ? pick_emp(r->ts, wh_dept, 1) : 0;
			row(T_STOCK_MOVEMENTS);
			v_i(rows_of(T_STOCK_MOVEMENTS) + 1);
			v_i(r->a);
			v_i(r->b);
			v_s(r->s1);
			v_i(r->c);
			v_opt_i(r->d);
			v_opt_i(by ? emp_user(by) : 0);
			v_ts(r->ts);
			end();
		}
		free(out.v);
	}
	free(mv.v);
	/* cycle counts refer to stock positions by the composite key */
	{
		struct tslist l = {0};
		for (int k = 0; k < 4200; k++) {
			int w = (int)rng_int(&R, 0, NWH - 1), p = (int)rng_int(&R, 0, NPROD - 1);
			struct tsrow *r;
			if (!stocked[p][w])
				continue;
			r = ts_add(&l, office_time((int)rng_int(&R,
			                                        day_of(prods[p].created) + 1 > 120
			                                            ? day_of(prods[p].created) + 1
			                                            : 120,
			                                        DAYS - 1)));
			r->a = w + 1;
			r->b = p + 1;
		}
		ts_sort(&l);
		for (int64_t i = 0; i < l.n; i++) {
			int sys = (int)rng_int(&R, 0, 300), diff = (int)rng_int(&R, -3, 2);
			int64_t by = pick_emp(l.v[i].ts, wh_dept, 1);
			row(T_STOCK_COUNTS);
			v_i(i + 1);
			v_i(l.v[i].a);
			v_i(l.v[i].b);
			v_i(sys);
			v_i(rng_chance(&R, 0.8) || sys + diff < 0 ? sys : sys + diff);
			v_i(by ? by : dept_head[D_WH]);
			v_ts(l.v[i].ts);
			v_ts(l.v[i].ts + rng_int(&R, 60, 7200));
			end();
		}
		free(l.v);
	}
}

/* ---------------------------------------------------------------- marketing */

struct camp camps[NCAMP];

const char *utm_source_for(const char *channel)
{
	if (strcmp(channel, "email") == 0)
		return "newsletter";
	if (strcmp(channel, "search") == 0)
		return rng_chance(&R, 0.7) ? "yandex" : "google";
	if (strcmp(channel, "social") == 0)
		return rng_chance(&R, 0.6) ? "vk" : "telegram";
	if (strcmp(channel, "display") == 0)
		return "yandex_direct";
	return "admitad";
}

int active_campaign(int day)
{
	int found[NCAMP], n = 0;
	for (int k = 0; k < NCAMP; k++)
		if (camps[k].start <= day && camps[k].stop >= day)
			found[n++] = k;
	return n ? found[rng_int(&R, 0, n - 1)] : -1;
}

void gen_marketing(void)
{
	static const char *const channels[] = {"email", "search", "social", "display", "partner"};
	static const char *const themes[][2] = {{"Весенняя распродажа", "spring_sale"},
	                                        {"Летние скидки", "summer_sale"},
	                                        {"Снова в школу", "back_to_school"},
	                                        {"Чёрная пятница", "black_friday"},
	                                        {"Новогодние подарки", "new_year_gifts"},
	                                        {"8 Марта", "march_8"},
	                                        {"23 Февраля", "feb_23"},
	                                        {"Киберпонедельник", "cyber_monday"},
	                                        {"Welcome offer", "welcome"},
	                                        {"Loyalty boost", "loyalty_boost"},
	                                        {"Распродажа техники", "tech_days"},
	                                        {"Home week", "home_week"}};
	int mkt[] = {D_MKT};
	rng_seed(&R, "marketing");
	for (int k = 0; k < NCAMP; k++) {
		struct camp *c = &camps[k];
		int th = k % (int)(sizeof themes / sizeof themes[0]);
		int64_t created, owner;
		c->start = (int)((int64_t)k * (DAYS - 20) / NCAMP + rng_int(&R, 0, 10));
		c->stop = c->start + (int)rng_int(&R, 10, 60);
		if (c->stop >= DAYS)
			c->stop = DAYS - 1;
		c->channel = channels[k % 5];
		c->pct = (int)rng_int(&R, 1, 6) * 5;
		created = office_time(c->start - 14 < 0 ? 0 : c->start - 14);
		owner = pick_emp(created, mkt, 1);
		row(T_CAMPAIGNS);
		v_i(k + 1);
		v_f("%s %d", themes[th][0], 2023 + (c->start >= 365));
		v_s(c->channel);
		v_f("%s_%d_%02d", themes[th][1], 2023 + (c->start >= 365), k + 1);
		if (rng_chance(&R, 0.9))
			v_money(rng_int(&R, 50, 2000) * 1000 * 100);
		else
			v_null();
		v_date(c->start);
		if (k % 11 == 10)
			v_null(); /* an evergreen campaign: still running */
		else
			v_date(c->stop);
		v_opt_i(owner);
		v_ts(created);
		v_ts(min64(END_TS, office_time(c->stop)));
		end();
		if (k % 11 == 10)
			c->stop = DAYS - 1;
	}
	for (int k = 0; k < NCAMP; k++) {
		struct camp *c = &camps[k];
		c->npromo = strcmp(c->channel, "display") == 0 ? 0 : (int)rng_int(&R, 2, 8);
		c->promo_first = rows_of(T_PROMO_CODES) + 1;
		for (int j = 0; j < c->npromo; j++) {
			static const char *const pfx[] = {"SALE", "HELLO", "GIFT",
			                                  "VIP",  "PROMO", "SKIDKA"};
			row(T_PROMO_CODES);
			v_i(rows_of(T_PROMO_CODES) + 1);
			v_i(k + 1);
			v_f("%s%d%03lld", PICK(&R, pfx), c->pct,
			    (long long)rows_of(T_PROMO_CODES) + 1);
			v_i(c->pct);
			v_date(c->start);
			v_date(c->stop);
			if (rng_chance(&R, 0.6))
				v_i(rng_int(&R, 1, 50) * 100);
			else
				v_null();
			v_ts(office_time(c->start - 7 < 0 ? 0 : c->start - 7));
			end();
		}
	}
	/* newsletter: customers (known by e-mail) and strangers */
	{
		struct tslist l = {0};
		static const char *const src[] = {"checkout", "footer", "popup", "import",
		                                  "landing"};
		for (int i = 0; i < NCUST; i++) {
			struct tsrow *r;
			if (!custs[i].email_set || !rng_chance(&R, 0.4))
				continue;
			r = ts_add(&l, between(custs[i].created, END_TS));
			r->a = i + 1;
			r->s1 = custs[i].p.email;
		}
		for (int i = 0; i < 2500; i++) {
			struct person p;
			struct tsrow *r = ts_add(&l, day_time((int)rng_int(&R, 0, DAYS - 1)));
			fake_person(&R, &p, rng_chance(&R, 0.75), 7000000 + i);
			r->owned = xstrdup(p.email);
		}
		ts_sort(&l);
		for (int64_t i = 0; i < l.n; i++) {
			int64_t unsub =
			    rng_chance(&R, 0.15) ? between(l.v[i].ts + 86400, END_TS) : -1;
			if (unsub > END_TS)
				unsub = -1;
			row(T_NEWSLETTER);
			v_i(i + 1);
			v_s(l.v[i].a ? l.v[i].s1 : l.v[i].owned);
			v_opt_i(l.v[i].a);
			v_s(PICK(&R, src));
			v_ts(l.v[i].ts);
			v_opt_ts(unsub);
			v_ts(l.v[i].ts);
			v_ts(unsub >= 0 ? unsub : l.v[i].ts);
			end();
		}
		ts_free(&l);
	}
}

/* ---------------------------------------------------------------- payment methods */

void gen_payment_methods(void)
{
	char pan[17], iban[40];
	rng_seed(&R, "payment_methods");
	for (int i = 0; i < NCUST; i++) {
		struct cust *c = &custs[i];
		int n = rng_chance(&R, 0.15) ? 0 : rng_chance(&R, 0.78) ? 1 : 2;
		for (int k = 0; k < n; k++) {
			double u = rng_unit(&R);
			const char *type = u < 0.04                ? "sepa"
			                   : (u < 0.14 && c->p.ru) ? "sbp"
			                                           : "card";
			int64_t created = k == 0 ? c->created + rng_int(&R, 60, 3 * 86400)
			                         : between(c->created, END_TS);
			if (created > END_TS)
				continue;
			row(T_PAYMENT_METHODS);
			v_i(rows_of(T_PAYMENT_METHODS) + 1);
			v_i(i + 1);
			v_s(type);
			if (strcmp(type, "card") == 0) {
				char holder[80];
				size_t o = 0;
				fake_pan(&R, pan);
				v_f("**** **** **** %s", pan + 12);
				v_s(pan);
				v_s(pan[0] == '4' ? "visa" : pan[0] == '5' ? "mastercard" : "mir");
				/* embossed names are Latin capitals */
				for (const char *s = c->p.first_lat; *s && o + 2 < sizeof holder;
				     s++)
					holder[o++] = (char)(*s >= 'a' && *s <= 'z' ? *s - 32 : *s);
				holder[o++] = ' ';
				for (const char *s = c->p.last_lat; *s && o + 1 < sizeof holder;
				     s++)
					holder[o++] = (char)(*s >= 'a' && *s <= 'z' ? *s - 32 : *s);
				holder[o] = '\0';
				v_s(holder);
				v_i(rng_int(&R, 1, 12));
				v_i(rng_int(&R, 2024, 2030));
				v_null();
			} else if (strcmp(type, "sepa") == 0) {
				v_null();
				v_null();
				v_null();
				v_f("%s %s", c->p.first, c->p.last);
				v_null();
				v_null();
				fake_iban(&R, iban, sizeof iban);
				v_s(iban);
			} else {
				for (int z = 0; z < 7; z++)
					v_null();
			}
			v_bool(k == 0);
			v_ts(created);
			v_ts(created);
			end();
			if (c->npm < 2) {
				c->pm[c->npm] = rows_of(T_PAYMENT_METHODS);
				c->pm_created[c->npm] = created;
				c->npm++;
			}
		}
	}
}
