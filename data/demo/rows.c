/* rows.c - the demo warehouse's rows: a small online retailer (Russia and
 * the US) over two calendar years, 2023-01-01 .. 2024-12-31.
 *
 * Generation runs in dependency order (reference data, staff, customers,
 * catalogue, stock, marketing, then a day-by-day loop over orders that
 * emits payments, invoices, shipments, refunds and loyalty points as the
 * order's timeline unfolds; clickstream and support come last). Orders
 * per day follow a weekly cycle, months, a growth trend and holidays, so
 * daily aggregates have a shape. Rows whose times come out of order
 * (status history, tracking events, refunds...) are collected and sorted
 * by time before writing, so ids grow with created_at as in a real
 * system. Every value comes from a named PRNG stream (fake.c). */
#include "demogen.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define END_TS ((int64_t)DAYS * 86400 - 1)
#define NEMP   320
#define NCUST  8000
#define NPROD  2400
#define NCAMP  48

static struct rng R;

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		die("out of memory");
	return p;
}

static void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size);
	if (!p)
		die("out of memory");
	return p;
}

#define GROW(arr, n, cap)                                                                          \
	do {                                                                                       \
		if ((n) == (cap)) {                                                                \
			(cap) = (cap) ? (cap)*2 : 1024;                                            \
			(arr) = xrealloc((arr), (size_t)(cap) * sizeof(*(arr)));                   \
		}                                                                                  \
	} while (0)

/* ---------------------------------------------------------------- time */

static int64_t at(int day, int h, int m, int s)
{
	return (int64_t)day * 86400 + h * 3600 + m * 60 + s;
}

/* Shop traffic by hour of day (Moscow time): quiet nights, evening peak. */
static const int hour_w[24] = {10, 6,  4,  3,  3,  4,  8,  15, 25, 35, 40, 42,
                               45, 43, 42, 43, 45, 50, 55, 60, 62, 55, 40, 22};

static int wpick(const int *w, int n)
{
	int total = 0, x;
	for (int i = 0; i < n; i++)
		total += w[i];
	x = (int)rng_int(&R, 0, total - 1);
	for (int i = 0; i < n; i++) {
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}

static int64_t day_time(int day)
{
	int h = wpick(hour_w, 24);
	return at(day, h, (int)rng_int(&R, 0, 59), (int)rng_int(&R, 0, 59));
}

static int64_t office_time(int day)
{
	return at(day, (int)rng_int(&R, 9, 18), (int)rng_int(&R, 0, 59), (int)rng_int(&R, 0, 59));
}

static int64_t between(int64_t a, int64_t b)
{
	return b <= a ? a : rng_int(&R, a, b);
}

static int64_t min64(int64_t a, int64_t b)
{
	return a < b ? a : b;
}

static int64_t max64(int64_t a, int64_t b)
{
	return a > b ? a : b;
}

static int day_of(int64_t ts)
{
	return (int)(ts / 86400);
}

static void ymd(int day, int *y, unsigned *m, unsigned *d)
{
	civil_from_days(19358 + day, y, m, d);
}

/* How busy a day is: weekday, month, growth, holidays. */
static double day_factor(int day)
{
	static const double wk[7] = {0.92, 0.95, 0.97, 1.00, 1.08, 1.22, 1.14};
	static const double mon[13] = {0,    0.82, 0.90, 1.02, 0.97, 0.95, 0.90,
	                               0.88, 0.94, 1.00, 1.06, 1.28, 1.42};
	int y;
	unsigned m, d;
	double f;
	ymd(day, &y, &m, &d);
	f = wk[weekday(day)] * mon[m] * (1.0 + 0.45 * day / DAYS);
	/* Black Friday: the fourth Friday of November */
	if (m == 11 && weekday(day) == 4 && d >= 22 && d <= 28)
		f *= 2.6;
	if (m == 3 && d == 7)
		f *= 1.7; /* the eve of 8 March */
	if (m == 12 && d >= 20 && d <= 28)
		f *= 1.2;
	if ((m == 12 && d == 31) || (m == 1 && d <= 2))
		f *= 0.4;
	return f;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = xcalloc(n, 1);
	memcpy(p, s, n);
	return p;
}

/* ---------------------------------------------------------------- reference */

static const struct {
	const char *code, *name, *name_ru, *prefix;
} countries[] = {
    {"RU", "Russia", "Россия", "+7"},
    {"US", "United States", "США", "+1"},
    {"KZ", "Kazakhstan", "Казахстан", "+7"},
    {"BY", "Belarus", "Беларусь", "+375"},
    {"AM", "Armenia", "Армения", "+374"},
    {"UZ", "Uzbekistan", "Узбекистан", "+998"},
    {"DE", "Germany", "Германия", "+49"},
    {"FR", "France", "Франция", "+33"},
    {"NL", "Netherlands", "Нидерланды", "+31"},
    {"GB", "United Kingdom", "Великобритания", "+44"},
    {"IT", "Italy", "Италия", "+39"},
    {"SE", "Sweden", "Швеция", "+46"},
    {"PL", "Poland", "Польша", "+48"},
    {"TR", "Turkey", "Турция", "+90"},
    {"CN", "China", "Китай", "+86"},
    {"JP", "Japan", "Япония", "+81"},
    {"KR", "South Korea", "Южная Корея", "+82"},
    {"FI", "Finland", "Финляндия", "+358"},
};

static const struct {
	const char *code, *name, *sym;
} currencies[] = {
    {"RUB", "Russian rouble", "₽"}, {"USD", "US dollar", "$"},         {"EUR", "Euro", "€"},
    {"CNY", "Chinese yuan", "¥"},     {"KZT", "Kazakhstani tenge", "₸"},
};

static const struct {
	const char *code, *country, *name, *tz;
} regions[] = {
    {"RU-MOW", "RU", "Москва", "Europe/Moscow"},
    {"RU-SPE", "RU", "Санкт-Петербург", "Europe/Moscow"},
    {"RU-NVS", "RU", "Новосибирская область", "Asia/Novosibirsk"},
    {"RU-SVE", "RU", "Свердловская область", "Asia/Yekaterinburg"},
    {"RU-TA", "RU", "Республика Татарстан", "Europe/Moscow"},
    {"RU-NIZ", "RU", "Нижегородская область", "Europe/Moscow"},
    {"RU-KDA", "RU", "Краснодарский край", "Europe/Moscow"},
    {"RU-SAM", "RU", "Самарская область", "Europe/Samara"},
    {"RU-ROS", "RU", "Ростовская область", "Europe/Moscow"},
    {"RU-VOR", "RU", "Воронежская область", "Europe/Moscow"},
    {"RU-MOS", "RU", "Московская область", "Europe/Moscow"},
    {"RU-LEN", "RU", "Ленинградская область", "Europe/Moscow"},
    {"RU-KGD", "RU", "Калининградская область", "Europe/Kaliningrad"},
    {"RU-PRI", "RU", "Приморский край", "Asia/Vladivostok"},
    {"US-NY", "US", "New York", "America/New_York"},
    {"US-CA", "US", "California", "America/Los_Angeles"},
    {"US-IL", "US", "Illinois", "America/Chicago"},
    {"US-TX", "US", "Texas", "America/Chicago"},
    {"US-WA", "US", "Washington", "America/Los_Angeles"},
    {"US-FL", "US", "Florida", "America/New_York"},
    {"US-NJ", "US", "New Jersey", "America/New_York"},
};
#define NREGIONS ((int)(sizeof(regions) / sizeof(regions[0])))

static int64_t region_of_city(int city)
{
	for (int i = 0; i < NREGIONS; i++)
		if (strcmp(regions[i].code, city_region(city)) == 0)
			return i + 1;
	die("city %d has no region", city);
}

/* roubles per unit, in millionths, by day; index 0 USD, 1 EUR, 2 CNY, 3 KZT */
static int64_t rate_micros[4][DAYS];

static double usd_target(int day)
{
	/* roughly the 2023-2024 path of the rouble: knots of a piecewise line */
	static const int kd[] = {0, 90, 220, 290, 365, 540, 600, 700, 730};
	static const double kv[] = {69.5, 76.0, 97.0, 92.0, 90.0, 86.0, 91.0, 104.0, 101.7};
	for (int i = 1; i < (int)(sizeof kd / sizeof kd[0]); i++)
		if (day <= kd[i])
			return kv[i - 1] +
			       (kv[i] - kv[i - 1]) * (day - kd[i - 1]) / (kd[i] - kd[i - 1]);
	return kv[8];
}

static void gen_reference(void)
{
	static const double cross[4] = {1.0, 1.085, 1.0 / 7.15, 1.0 / 455.0};
	double noise = 0;
	rng_seed(&R, "reference");
	for (size_t i = 0; i < sizeof countries / sizeof countries[0]; i++) {
		row(T_COUNTRIES);
		v_s(countries[i].code);
		v_s(countries[i].name);
		v_s(countries[i].name_ru);
		v_s(countries[i].prefix);
		end();
	}
	for (size_t i = 0; i < sizeof currencies / sizeof currencies[0]; i++) {
		row(T_CURRENCIES);
		v_s(currencies[i].code);
		v_s(currencies[i].name);
		v_s(currencies[i].sym);
		v_i(2);
		end();
	}
	for (int i = 0; i < NREGIONS; i++) {
		row(T_REGIONS);
		v_i(i + 1);
		v_s(regions[i].country);
		v_s(regions[i].code);
		v_s(regions[i].name);
		v_s(regions[i].tz);
		end();
	}
	/* The central bank sets rates Tuesday to Saturday; other days reuse the last. */
	for (int d = 0; d < DAYS; d++) {
		bool published = weekday(d) >= 1 && weekday(d) <= 5;
		noise = 0.85 * noise + 0.012 * rng_normal(&R);
		for (int c = 0; c < 4; c++) {
			double v =
			    usd_target(d) * cross[c] * (1.0 + noise + 0.002 * rng_normal(&R));
			if (!published && d > 0) {
				rate_micros[c][d] = rate_micros[c][d - 1];
				continue;
			}
			rate_micros[c][d] = (int64_t)llround(v * 1e6);
			row(T_EXCHANGE_RATES);
			v_i(rows_of(T_EXCHANGE_RATES) + 1);
			v_s(currencies[c + 1].code);
			v_date(d);
			v_rate(rate_micros[c][d]);
			v_ts(at(d, 11, 30, (int)rng_int(&R, 0, 59)));
			end();
		}
	}
}

/* ---------------------------------------------------------------- staff */

enum {
	D_HQ,
	D_SALES,
	D_ECOM,
	D_MKT,
	D_CC,
	D_SUP,
	D_LOG,
	D_WH,
	D_FIN,
	D_ACC,
	D_HR,
	D_IT,
	D_DATA,
	D_SEC,
	NDEPT
};

static const struct {
	const char *code, *name;
	int parent, weight;
	const char *head, *staff[3];
	int salary_k; /* typical monthly salary, thousands of roubles */
} depts[NDEPT] = {
    [D_HQ] = {"HQ", "Дирекция", -1, 2, "Генеральный директор", {"Ассистент руководителя"}, 180},
    [D_SALES] = {"SALES",
                 "Коммерческий департамент",
                 D_HQ,
                 3,
                 "Коммерческий директор",
                 {"Менеджер по продажам"},
                 120},
    [D_ECOM] = {"ECOM",
                "Интернет-магазин",
                D_SALES,
                8,
                "Руководитель интернет-магазина",
                {"Контент-менеджер", "Категорийный менеджер"},
                110},
    [D_MKT] = {"MKT",
               "Маркетинг",
               D_SALES,
               6,
               "Директор по маркетингу",
               {"Маркетолог", "Специалист по рекламе"},
               115},
    [D_CC] = {"CC",
              "Контакт-центр",
              D_SALES,
              12,
              "Руководитель контакт-центра",
              {"Оператор контакт-центра"},
              65},
    [D_SUP] = {"SUP",
               "Служба поддержки",
               D_CC,
               15,
               "Руководитель поддержки",
               {"Специалист поддержки", "Старший специалист поддержки"},
               70},
    [D_LOG] = {"LOG", "Логистика", D_HQ, 6, "Директор по логистике", {"Логист"}, 95},
    [D_WH] = {"WH",
              "Складской комплекс",
              D_LOG,
              30,
              "Начальник склада",
              {"Кладовщик", "Комплектовщик", "Старший смены"},
              60},
    [D_FIN] = {"FIN", "Финансы", D_HQ, 2, "Финансовый директор", {"Финансовый аналитик"}, 150},
    [D_ACC] = {"ACC", "Бухгалтерия", D_FIN, 3, "Главный бухгалтер", {"Бухгалтер"}, 90},
    [D_HR] = {"HR",
              "Управление персоналом",
              D_HQ,
              2,
              "Директор по персоналу",
              {"HR-менеджер", "Специалист по кадрам"},
              95},
    [D_IT] = {"IT",
              "ИТ-департамент",
              D_HQ,
              8,
              "ИТ-директор",
              {"Разработчик", "Системный администратор"},
              190},
    [D_DATA] = {"DATA",
                "Аналитика данных",
                D_IT,
                4,
                "Руководитель аналитики",
                {"Аналитик данных", "Инженер данных"},
                180},
    [D_SEC] =
        {"SEC", "Информационная безопасность", D_IT, 1, "Директор по ИБ", {"Специалист ИБ"}, 170},
};

struct emp {
	int dept;
	bool head;
	int hired, term; /* days; term = DAYS when still employed */
	int64_t created, updated;
	const char *position;
	int64_t salary; /* cents */
	char work_email[96];
	struct person p;
};

static struct emp emps[NEMP];
static int64_t dept_head[NDEPT]; /* employee id */

static int64_t emp_user(int64_t emp_id)
{
	return emp_id; /* staff accounts are users 1..NEMP */
}

/* An employee of one of the departments, employed at ts; 0 when none. */
static int64_t pick_emp(int64_t ts, const int *ds, int nd)
{
	for (int tries = 0; tries < 200; tries++) {
		int i = (int)rng_int(&R, 0, NEMP - 1);
		bool in = false;
		for (int k = 0; k < nd; k++)
			in |= emps[i].dept == ds[k];
		if (in && emps[i].created <= ts && at(emps[i].term, 0, 0, 0) > ts)
			return i + 1;
	}
	for (int i = 0; i < NEMP; i++)
		for (int k = 0; k < nd; k++)
			if (emps[i].dept == ds[k] && emps[i].created <= ts)
				return i + 1;
	return 0;
}

static void gen_staff(void)
{
	int weights[NDEPT];
	rng_seed(&R, "staff");
	for (int d = 0; d < NDEPT; d++)
		weights[d] = depts[d].weight;
	for (int i = 0; i < NEMP; i++) {
		struct emp *e = &emps[i];
		int d = i < NDEPT ? i : wpick(weights, NDEPT);
		e->dept = d;
		e->head = i < NDEPT;
		fake_person(&R, &e->p, true, 900000 + i);
		if (e->head) {
			e->hired = (int)rng_int(&R, -3200, -400);
			e->position = depts[d].head;
			e->salary = (int64_t)depts[d].salary_k * 1000 * 100 * 2;
		} else {
			int ns = 0;
			while (ns < 3 && depts[d].staff[ns])
				ns++;
			e->hired = rng_chance(&R, 0.72) ? (int)rng_int(&R, -2600, -1)
			                                : (int)rng_int(&R, 0, DAYS - 40);
			e->position = depts[d].staff[rng_int(&R, 0, ns - 1)];
			e->salary =
			    (int64_t)(depts[d].salary_k * (0.8 + 0.4 * rng_unit(&R))) * 1000 * 100;
		}
		e->term = DAYS;
		if (!e->head && rng_chance(&R, 0.12)) {
			int from = (e->hired > 0 ? e->hired : 0) + 60;
			if (from < DAYS - 10)
				e->term = (int)rng_int(&R, from, DAYS - 10);
		}
		if (e->hired < 0) {
			e->created = at(0, 9, 0, 0) + i * 7; /* HR system migration */
		} else {
			int before = e->hired - (int)rng_int(&R, 3, 14);
			e->created = office_time(before < 0 ? 0 : before);
		}
		e->updated =
		    e->term < DAYS ? at(e->term, 18, 0, 0) : between(e->created, END_TS - 86400);
		/* work e-mail: surname.initial, disambiguated by a number */
		{
			char mail[sizeof e->work_email];
			snprintf(mail, sizeof mail, "%s.%c@corp.shop-demo.ru", e->p.last_lat,
			         e->p.first_lat[0]);
			for (int j = 0, n = 2; j < i; j++)
				if (strcmp(emps[j].work_email, mail) == 0) {
					snprintf(mail, sizeof mail, "%s.%c%d@corp.shop-demo.ru",
					         e->p.last_lat, e->p.first_lat[0], n++);
					j = -1;
				}
			memcpy(e->work_email, mail, sizeof mail);
		}
	}
	for (int d = 0; d < NDEPT; d++)
		dept_head[d] = d + 1;

	for (int d = 0; d < NDEPT; d++) {
		row(T_DEPARTMENTS);
		v_i(d + 1);
		v_opt_i(depts[d].parent >= 0 ? depts[d].parent + 1 : 0);
		v_s(depts[d].code);
		v_s(depts[d].name);
		v_i(dept_head[d]);
		v_ts(at(0, 8, 30, d));
		v_ts(at(0, 8, 30, d) + (d % 3 ? 0 : (int64_t)rng_int(&R, 86400, 200 * 86400)));
		end();
	}
	for (int i = 0; i < NEMP; i++) {
		struct emp *e = &emps[i];
		int64_t mgr =
		    e->head ? (depts[e->dept].parent >= 0 ? dept_head[depts[e->dept].parent] : 0)
		            : dept_head[e->dept];
		row(T_EMPLOYEES);
		v_i(i + 1);
		v_i(emp_user(i + 1));
		v_i(e->dept + 1);
		v_opt_i(mgr);
		v_s(e->p.last);
		v_s(e->p.first);
		v_s(e->p.middle);
		v_s(e->work_email);
		if (rng_chance(&R, 0.8))
			v_f("+7 (495) %03d-%02d-%02d", (int)rng_int(&R, 100, 999),
			    (int)rng_int(&R, 0, 99), (int)rng_int(&R, 0, 99));
		else
			v_null();
		v_s(e->position);
		v_date(e->hired);
		if (e->term < DAYS)
			v_date(e->term);
		else
			v_null();
		v_money(e->salary);
		v_ts(e->created);
		v_ts(e->updated);
		end();
	}
	for (int i = 0; i < NEMP; i++) {
		struct emp *e = &emps[i];
		char pass[12], inn[13], snils[15], street[160], postal[12];
		int y = 0;
		unsigned m = 1, d = 1;
		fake_passport(&R, pass);
		fake_inn12(&R, inn);
		fake_snils(&R, snils);
		fake_address(&R, e->p.city, street, sizeof street, postal, sizeof postal);
		row(T_EMP_PDN);
		v_i(i + 1);
		sscanf(e->p.birth, "%d-%u-%u", &y, &m, &d);
		if (y > 2003)
			y -= 10; /* staff are adults when hired */
		v_date(days_from_civil(y, m, d));
		v_s(pass);
		v_date((int)rng_int(&R, -6000, -30));
		if (rng_chance(&R, 0.97))
			v_s(inn);
		else
			v_null();
		if (rng_chance(&R, 0.97))
			v_s(snils);
		else
			v_null();
		v_f("%s, г. %s, %s", postal, city_name(e->p.city), street);
		v_s(e->p.phone);
		v_s(e->p.email);
		v_ts(e->created + 60);
		v_ts(max64(e->created + 60, e->updated));
		end();
	}
}

static void gen_payroll(void)
{
	rng_seed(&R, "payroll");
	for (int day = 0; day < DAYS; day++) {
		int y, next;
		unsigned m, d;
		ymd(day, &y, &m, &d);
		if (d != 1)
			continue;
		for (next = day + 1;; next++) {
			int y2;
			unsigned m2, d2;
			ymd(next, &y2, &m2, &d2);
			if (d2 == 1)
				break;
		}
		for (int i = 0; i < NEMP; i++) {
			struct emp *e = &emps[i];
			int64_t gross, ndfl, created = at(next - 1, 17, 0, i % 60), paid;
			if (e->hired >= next || e->term < day || e->created > created)
				continue;
			gross = e->salary * (y >= 2024 ? 108 : 100) / 100;
			if (rng_chance(&R, 0.1))
				gross += gross * rng_int(&R, 20, 50) / 100;
			gross = gross / 100 * 100;
			ndfl = (gross * 13 + 50) / 100;
			paid = at(next + 4, 10, 0, 0);
			row(T_PAYROLL);
			v_i(rows_of(T_PAYROLL) + 1);
			v_i(i + 1);
			v_date(day);
			v_money(gross);
			v_money(ndfl);
			v_money(gross - ndfl);
			v_opt_ts(paid <= END_TS ? paid : -1);
			v_ts(created);
			v_ts(paid <= END_TS ? paid : created);
			end();
		}
	}
}

/* ---------------------------------------------------------------- customers */

struct cust {
	int64_t created;
	int64_t user_id; /* 0: no account */
	int64_t region_id;
	int64_t addr[3]; /* shipping addresses */
	int naddr;
	double lat[3], lon[3];
	bool has_geo[3];
	int64_t pm[2]; /* payment methods */
	int64_t pm_created[2];
	int npm;
	int64_t loyalty; /* account id, 0 none */
	int64_t loyalty_created;
	int64_t points;
	int64_t last_points;
	char inn[13];
	bool email_set, phone_set, deleted;
	int segment;
	struct person p;
};

static struct cust *custs;
static int64_t *cust_created; /* sorted, for "customers existing at ts" */

struct uacct {
	int64_t id, created;
	const char *email;
};
static struct uacct *uaccts; /* customer accounts, ascending created */
static int nuaccts;

static int64_t count_before(const int64_t *sorted, int n, int64_t ts)
{
	int lo = 0, hi = n;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (sorted[mid] < ts)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

static const char *const segments[] = {"mass", "silver", "gold", "vip"};

static void make_customers(void)
{
	int64_t uid = NEMP;
	rng_seed(&R, "customers");
	custs = xcalloc(NCUST, sizeof *custs);
	cust_created = xcalloc(NCUST, sizeof *cust_created);
	uaccts = xcalloc(NCUST, sizeof *uaccts);
	/* a migrated base at the start, then steady growth */
	for (int i = 0; i < NCUST; i++) {
		double u = rng_unit(&R);
		int day = i < NCUST / 8 ? 0 : (int)(DAYS * pow(u, 1.25));
		cust_created[i] =
		    day == 0 && i < NCUST / 8 ? at(0, 0, 2, 0) + 2 * i : day_time(day);
	}
	qsort(cust_created, NCUST, sizeof *cust_created, cmp_i64);
	for (int i = 0; i < NCUST; i++) {
		struct cust *c = &custs[i];
		static const int segw[] = {70, 18, 9, 3};
		c->created = cust_created[i];
		fake_person(&R, &c->p, rng_chance(&R, 0.8), i + 1);
		c->region_id = region_of_city(c->p.city);
		c->segment = wpick(segw, 4);
		c->deleted = rng_chance(&R, 0.015);
		c->email_set = rng_chance(&R, 0.9);
		c->phone_set = rng_chance(&R, 0.86);
		if (c->p.ru && rng_chance(&R, 0.35))
			fake_inn12(&R, c->inn);
		if (rng_chance(&R, 0.75)) {
			c->user_id = ++uid;
			c->email_set = true;
			uaccts[nuaccts].id = uid;
			uaccts[nuaccts].created = c->created - rng_int(&R, 1, 90);
			uaccts[nuaccts].email = c->p.email;
			nuaccts++;
		}
	}
}

static void hash_str(char *out, size_t n)
{
	fake_hex(&R, out, n);
}

static void bcrypt_like(char out[61])
{
	static const char al[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	memcpy(out, "$2b$12$", 7);
	for (int i = 7; i < 60; i++)
		out[i] = al[rng_next(&R) % 64];
	out[60] = '\0';
}

static void ip_any(char *out, size_t n)
{
	if (rng_chance(&R, 0.85))
		fake_ipv4(&R, out, n);
	else
		fake_ipv6(&R, out, n);
}

struct tsrow {
	int64_t ts, seq;
	int64_t a, b, c, d;
	const char *s1, *s2;
	char *owned;
};

static int cmp_tsrow(const void *x, const void *y)
{
	const struct tsrow *a = x, *b = y;
	if (a->ts != b->ts)
		return (a->ts > b->ts) - (a->ts < b->ts);
	return (a->seq > b->seq) - (a->seq < b->seq);
}

struct tslist {
	struct tsrow *v;
	int64_t n, cap;
};

static struct tsrow *ts_add(struct tslist *l, int64_t ts)
{
	GROW(l->v, l->n, l->cap);
	memset(&l->v[l->n], 0, sizeof l->v[l->n]);
	l->v[l->n].ts = ts;
	l->v[l->n].seq = l->n;
	return &l->v[l->n++];
}

static void ts_sort(struct tslist *l)
{
	qsort(l->v, (size_t)l->n, sizeof *l->v, cmp_tsrow);
}

static void ts_free(struct tslist *l)
{
	for (int64_t i = 0; i < l->n; i++)
		free(l->v[i].owned);
	free(l->v);
	*l = (struct tslist){0};
}

static void gen_identity(void)
{
	static const struct {
		const char *code, *name, *desc;
	} roles[] = {
	    {"customer", "Customer", "Shops on the storefront"},
	    {"admin", "Administrator", "Full access to the back office"},
	    {"support_agent", "Support agent", "Tickets and customer profiles"},
	    {"call_center", "Call-centre operator", "Places orders by phone"},
	    {"warehouse", "Warehouse operator", "Stock, receipts and shipments"},
	    {"marketing", "Marketing manager", "Campaigns and promo codes"},
	    {"finance", "Finance", "Payments, refunds and invoices"},
	    {"analyst", "Analyst", "Read-only access to reports"},
	};
	static const int role_of_dept[NDEPT] = {
	    [D_HQ] = 2,  [D_SALES] = 6, [D_ECOM] = 6, [D_MKT] = 6, [D_CC] = 4,
	    [D_SUP] = 3, [D_LOG] = 5,   [D_WH] = 5,   [D_FIN] = 7, [D_ACC] = 7,
	    [D_HR] = 2,  [D_IT] = 2,    [D_DATA] = 8, [D_SEC] = 2};
	struct tslist l = {0};
	char hash[70], ip[48];
	rng_seed(&R, "identity");

	/* users: staff 1..NEMP, then customers' accounts */
	for (int i = 0; i < NEMP; i++) {
		struct emp *e = &emps[i];
		int64_t last = between(e->created, min64(END_TS, at(e->term, 0, 0, 0) - 1));
		row(T_USERS);
		v_i(i + 1);
		v_s(e->work_email);
		bcrypt_like(hash);
		v_s(hash);
		v_f("%s %s", e->p.first, e->p.last);
		v_s(e->term < DAYS ? "locked" : "active");
		v_bool(true);
		v_ts(last);
		fake_ipv4(&R, ip, sizeof ip);
		v_s(ip);
		v_ts(e->created);
		v_ts(max64(last, e->updated));
		end();
	}
	for (int i = 0, k = 0; i < NCUST; i++) {
		struct cust *c = &custs[i];
		int64_t created, last;
		if (!c->user_id)
			continue;
		created = uaccts[k++].created;
		last = rng_chance(&R, 0.9) ? between(created, END_TS) : -1;
		row(T_USERS);
		v_i(c->user_id);
		v_s(c->p.email);
		bcrypt_like(hash);
		v_s(hash);
		if (rng_chance(&R, 0.7))
			v_f("%s %s", c->p.first, c->p.last);
		else
			v_null();
		v_s(c->deleted ? "deleted" : "active");
		v_bool(false);
		v_opt_ts(last);
		if (last >= 0) {
			ip_any(ip, sizeof ip);
			v_s(ip);
		} else {
			v_null();
		}
		v_ts(created);
		v_ts(max64(created, last));
		end();
	}

	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++) {
		row(T_ROLES);
		v_i((int64_t)i + 1);
		v_s(roles[i].code);
		v_s(roles[i].name);
		v_s(roles[i].desc);
		v_ts(at(0, 8, 0, (int)i));
		end();
	}
	/* staff roles are granted by the head of HR (HR's own head by IT's) */
	for (int i = 0; i < NEMP; i++) {
		struct emp *e = &emps[i];
		int64_t by = i + 1 == dept_head[D_HR] ? emp_user(dept_head[D_IT])
		                                      : emp_user(dept_head[D_HR]);
		row(T_USER_ROLES);
		v_i(emp_user(i + 1));
		v_i(role_of_dept[e->dept]);
		v_i(by);
		v_ts(e->created + 3600);
		end();
		if (e->head && (e->dept == D_IT || e->dept == D_FIN)) {
			row(T_USER_ROLES);
			v_i(emp_user(i + 1));
			v_i(8);
			v_i(by);
			v_ts(e->created + 7200);
			end();
		}
	}
	for (int k = 0; k < nuaccts; k++) {
		row(T_USER_ROLES);
		v_i(uaccts[k].id);
		v_i(1);
		v_null(); /* granted by the system at sign-up */
		v_ts(uaccts[k].created);
		end();
	}

	/* sessions: a third from staff, the rest from customers */
	for (int i = 0; i < 6000; i++) {
		struct tsrow *r;
		int64_t user, created;
		if (rng_chance(&R, 0.3)) {
			int e = (int)rng_int(&R, 0, NEMP - 1);
			user = e + 1;
			created =
			    between(emps[e].created, min64(END_TS, at(emps[e].term, 0, 0, 0) - 1));
		} else {
			int k = (int)rng_int(&R, 0, nuaccts - 1);
			user = uaccts[k].id;
			created = between(uaccts[k].created, END_TS);
		}
		r = ts_add(&l, created);
		r->a = user;
	}
	ts_sort(&l);
	for (int64_t i = 0; i < l.n; i++) {
		int64_t created = l.v[i].ts, expires = created + 30 * 86400, revoked = -1;
		if (rng_chance(&R, 0.2))
			revoked = between(created + 60, min64(expires, END_TS));
		row(T_AUTH_SESSIONS);
		v_i(i + 1);
		v_i(l.v[i].a);
		hash_str(hash, 64);
		v_s(hash);
		ip_any(ip, sizeof ip);
		v_s(ip);
		v_s(fake_user_agent(&R));
		v_ts(created);
		v_ts(expires);
		v_opt_ts(revoked);
		v_ts(revoked >= 0 ? revoked : min64(END_TS, created + rng_int(&R, 0, 6 * 3600)));
		end();
	}
	ts_free(&l);

	/* API keys of technical staff */
	for (int i = 0; i < NEMP; i++) {
		struct emp *e = &emps[i];
		int nkeys;
		if (e->dept != D_IT && e->dept != D_DATA && e->dept != D_SEC && e->dept != D_MKT)
			continue;
		nkeys = (int)rng_int(&R, 0, 3);
		for (int k = 0; k < nkeys; k++) {
			static const char *const scopes[] = {"read:catalog",
			                                     "read:catalog read:orders",
			                                     "read:orders write:orders",
			                                     "read:analytics",
			                                     "admin",
			                                     "read:customers read:orders"};
			int64_t created =
			    between(e->created, min64(END_TS, at(e->term, 0, 0, 0) - 1));
			int64_t revoked = e->term < DAYS         ? at(e->term, 18, 5, k)
			                  : rng_chance(&R, 0.15) ? between(created, END_TS)
			                                         : -1;
			int64_t used = rng_chance(&R, 0.85)
			                   ? between(created, revoked >= 0 ? revoked : END_TS)
			                   : -1;
			char prefix[16];
			row(T_API_KEYS);
			v_i(rows_of(T_API_KEYS) + 1);
			v_i(emp_user(i + 1));
			memcpy(prefix, "sk_", 3);
			hash_str(prefix + 3, 8);
			v_s(prefix);
			hash_str(hash, 64);
			v_s(hash);
			v_s(PICK(&R, scopes));
			v_opt_ts(used);
			v_ts(created);
			v_ts(max64(created, max64(used, revoked)));
			v_opt_ts(revoked);
			end();
		}
	}

	/* sign-in attempts: mostly good, some bad passwords, some unknown e-mails */
	for (int i = 0; i < 5000; i++) {
		struct tsrow *r;
		double u = rng_unit(&R);
		int k = (int)rng_int(&R, 0, nuaccts - 1);
		int64_t ts = between(uaccts[k].created, END_TS);
		r = ts_add(&l, ts);
		r->a = u < 0.95 ? uaccts[k].id : 0;
		r->s1 = u < 0.95 ? uaccts[k].email : NULL;
		r->b = u < 0.85 ? 1 : 0;
		if (!r->a) {
			struct person p;
			fake_person(&R, &p, rng_chance(&R, 0.7), 5000000 + i);
			r->owned = xstrdup(p.email);
		}
	}
	ts_sort(&l);
	for (int64_t i = 0; i < l.n; i++) {
		row(T_LOGIN_ATTEMPTS);
		v_i(i + 1);
		v_opt_i(l.v[i].a);
		v_s(l.v[i].a ? l.v[i].s1 : l.v[i].owned);
		ip_any(ip, sizeof ip);
		v_s(ip);
		v_bool(l.v[i].b);
		if (l.v[i].b)
			v_null();
		else
			v_s(l.v[i].a ? "bad_password" : "unknown_user");
		v_ts(l.v[i].ts);
		end();
	}
	ts_free(&l);
}

static const char *const crm_notes[] = {
    "Клиент просил звонить только после 18:00",
    "VIP: предлагать персональную скидку при каждом обращении",
    "Prefers e-mail over phone calls",
    "Жалоба на курьера, компенсировано 500 баллами",
    "Оптовый покупатель, интересуется безналичной оплатой для ИП",
    "Returned two items in a row; check sizing advice before next order",
    "Просит не присылать рекламные SMS.\nСогласие на e-mail рассылку есть.",
    "Называл кодовое слово для подтверждения заказов по телефону",
    "Customer moved, old address kept for invoices only",
    "Постоянный клиент с 2019 года, перенесён из старой CRM",
    "Интересовался рассрочкой на технику, перезвонить в понедельник",
    "Lost parcel in March: reshipped at our cost\tticket closed",
};

static void gen_crm(void)
{
	char street[160], postal[12], name[160];
	int sup_depts[] = {D_CC, D_SUP, D_SALES};
	static const char *const channels[] = {"organic",  "context_ads", "social",
	                                       "referral", "offline",     "partner"};
	static const char *const relations[] = {"spouse", "parent", "assistant", "other"};
	rng_seed(&R, "crm");
	for (int i = 0; i < NCUST; i++) {
		struct cust *c = &custs[i];
		int64_t updated = rng_chance(&R, 0.5) ? c->created : between(c->created, END_TS);
		char pass[12], snils[15];
		row(T_CST_MSTR);
		v_i(i + 1);
		v_opt_i(c->user_id);
		v_s(c->p.last);
		v_s(c->p.first);
		if (c->p.ru && rng_chance(&R, 0.9))
			v_s(c->p.middle);
		else
			v_null();
		if (c->email_set)
			v_s(c->p.email);
		else
			v_null();
		if (c->phone_set)
			v_s(c->p.phone);
		else
			v_null();
		if (rng_chance(&R, 0.7)) {
			int y;
			unsigned m, d;
			sscanf(c->p.birth, "%d-%u-%u", &y, &m, &d);
			v_date(days_from_civil(y, m, d));
		} else {
			v_null();
		}
		if (c->p.ru && rng_chance(&R, 0.4)) {
			fake_passport(&R, pass);
			v_s(pass);
		} else {
			v_null();
		}
		if (c->inn[0])
			v_s(c->inn);
		else
			v_null();
		if (c->p.ru && rng_chance(&R, 0.2)) {
			fake_snils(&R, snils);
			v_s(snils);
		} else {
			v_null();
		}
		v_i(c->region_id);
		v_s(segments[c->segment]);
		if (rng_chance(&R, 0.85))
			v_s(PICK(&R, channels));
		else
			v_null();
		v_bool(c->deleted);
		v_ts(c->created);
		v_ts(updated);
		end();
	}
	/* addresses: the first one is the default shipping address */
	for (int i = 0; i < NCUST; i++) {
		struct cust *c = &custs[i];
		int n = rng_chance(&R, 0.6) ? 1 : rng_chance(&R, 0.75) ? 2 : 3;
		for (int k = 0; k < n; k++) {
			int city =
			    k == 0 || rng_chance(&R, 0.7) ? c->p.city : fake_city(&R, c->p.ru);
			bool billing = k > 0 && rng_chance(&R, 0.25);
			int64_t created = k == 0 ? c->created + 30 : between(c->created, END_TS);
			double lat, lon;
			bool geo = rng_chance(&R, 0.8);
			fake_address(&R, city, street, sizeof street, postal, sizeof postal);
			city_point(&R, city, &lat, &lon);
			row(T_CUSTOMER_ADDRESSES);
			v_i(rows_of(T_CUSTOMER_ADDRESSES) + 1);
			v_i(i + 1);
			v_s(billing ? "billing" : "shipping");
			v_s(c->p.ru ? "RU" : "US");
			v_s(city_name(city));
			v_s(street);
			if (rng_chance(&R, 0.93))
				v_s(postal);
			else
				v_null();
			if (geo) {
				v_real(lat);
				v_real(lon);
			} else {
				v_null();
				v_null();
			}
			v_bool(k == 0);
			v_ts(created);
			v_ts(rng_chance(&R, 0.8) ? created : between(created, END_TS));
			end();
			/* later addresses serve orders placed after they exist: keep
			 * only the default one for simplicity of the timeline */
			if (!billing && c->naddr < 3 && k == 0) {
				c->addr[c->naddr] = rows_of(T_CUSTOMER_ADDRESSES);
				c->has_geo[c->naddr] = geo;
				c->lat[c->naddr] = lat;
				c->lon[c->naddr] = lon;
				c->naddr++;
			}
		}
	}
	/* contact persons: no declared key back to cst_mstr (identical key name) */
	for (int i = 0; i < NCUST; i++) {
		struct cust *c = &custs[i];
		int n;
		if (!rng_chance(&R, 0.15))
			continue;
		n = rng_chance(&R, 0.8) ? 1 : 2;
		for (int k = 0; k < n; k++) {
			struct person p;
			int64_t created = between(c->created, END_TS);
			fake_person(&R, &p, c->p.ru, 3000000 + i * 2 + k);
			row(T_CUSTOMER_CONTACTS);
			v_i(rows_of(T_CUSTOMER_CONTACTS) + 1);
			v_i(i + 1);
			snprintf(name, sizeof name, "%s %s", p.first, p.last);
			v_s(name);
			v_s(PICK(&R, relations));
			v_s(p.phone);
			if (rng_chance(&R, 0.4))
				v_s(p.email);
			else
				v_null();
			v_ts(created);
			v_ts(created);
			end();
		}
	}
	{
		struct tslist l = {0};
		for (int i = 0; i < 2600; i++) {
			/* gold and vip customers get most of the attention */
			int ci = (int)rng_int(&R, 0, NCUST - 1);
			struct tsrow *r;
			if (custs[ci].segment < 2 && rng_chance(&R, 0.6))
				continue;
			r = ts_add(&l, between(custs[ci].created + 3600, END_TS));
			r->a = ci + 1;
		}
		ts_sort(&l);
		for (int64_t i = 0; i < l.n; i++) {
			int64_t author = pick_emp(l.v[i].ts, sup_depts, 3);
			row(T_CRM_NOTES);
			v_i(i + 1);
			v_i(l.v[i].a);
			v_i(author ? author : dept_head[D_CC]);
			v_s(PICK(&R, crm_notes));
			v_bool(rng_chance(&R, 0.1));
			v_ts(l.v[i].ts);
			v_ts(rng_chance(&R, 0.85) ? l.v[i].ts : between(l.v[i].ts, END_TS));
			end();
		}
		ts_free(&l);
	}
}

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

#define NSUP  120
#define NTAGS 30

struct prod {
	int64_t created;
	int sub;
	int64_t supplier;
	int nprice;
	int from[4];
	int64_t price[4]; /* cents, roubles */
};
static struct prod *prods;
static int64_t *prod_created;

static int64_t price_on(const struct prod *p, int day)
{
	int64_t v = p->price[0];
	for (int k = 0; k < p->nprice; k++)
		if (p->from[k] <= day)
			v = p->price[k];
	return v;
}

static void gen_catalog(void)
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
#define NWH ((int)(sizeof(whs) / sizeof(whs[0])))

/* which warehouse serves a city: by name where there is one, else Moscow */
static int wh_for_city(int city)
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

static void gen_stock(void)
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

struct camp {
	int start, stop;
	const char *channel;
	int64_t promo_first;
	int npromo;
	int pct;
};
static struct camp camps[NCAMP];

static const char *utm_source_for(const char *channel)
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

static int active_campaign(int day)
{
	int found[NCAMP], n = 0;
	for (int k = 0; k < NCAMP; k++)
		if (camps[k].start <= day && camps[k].stop >= day)
			found[n++] = k;
	return n ? found[rng_int(&R, 0, n - 1)] : -1;
}

static void gen_marketing(void)
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

static void gen_payment_methods(void)
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

/* ---------------------------------------------------------------- orders */

enum { ST_NEW, ST_PAID, ST_SHIPPED, ST_DELIVERED, ST_CANCELLED, ST_RETURNED };
static const char *const st_name[] = {"new",       "paid",      "shipped",
                                      "delivered", "cancelled", "returned"};

struct ord {
	int64_t cst; /* customer index + 1 */
	int64_t created;
	char no[20];
};
static struct ord *ords;
static int64_t nords, cap_ords;

static const char *const refund_reasons[] = {
    "Товар пришёл повреждённым, коробка помята",
    "Не подошёл размер",
    "Changed my mind, the item was never opened",
    "Заказ отменён по просьбе покупателя",
    "Курьер не приехал в согласованный интервал, клиент отказался от заказа",
    "Wrong colour delivered.\nCustomer sent photos in ticket.",
    "Брак: не включается после первой зарядки",
    NULL,
};

static void gen_orders(void)
{
	static const int line_w[] = {5, 7, 9, 10, 11, 11, 10, 9, 8, 7, 6, 4, 3};
	static const int carriers_ru_w[] = {40, 25, 15, 10, 10};
	int cc_dept[] = {D_CC}, fin_dept[] = {D_FIN, D_ACC, D_SUP};
	struct tslist hist = {0}, dev = {0}, refunds = {0}, loyal = {0};
	int64_t ship_id = 0, pay_id = 0;
	char ip[48], tmp[64];
	static const char *const carriers[][3] = {
	    {"CDEK", "СДЭК", "https://www.cdek.ru/ru/tracking?order_id={tracking_no}"},
	    {"RUPOST", "Почта России", "https://www.pochta.ru/tracking#{tracking_no}"},
	    {"BOXBERRY", "Boxberry", "https://boxberry.ru/tracking-page?id={tracking_no}"},
	    {"DPD", "DPD Russia", NULL},
	    {"COURIER", "Собственная курьерская служба", NULL},
	    {"UPS", "UPS", "https://www.ups.com/track?tracknum={tracking_no}"},
	};
	rng_seed(&R, "orders");
	for (int k = 0; k < 6; k++) {
		row(T_CARRIERS);
		v_i(k + 1);
		v_s(carriers[k][0]);
		v_s(carriers[k][1]);
		if (carriers[k][2])
			v_s(carriers[k][2]);
		else
			v_null();
		v_ts(at(0, 7, 10, k));
		end();
	}

	/* loyalty accounts open some time after sign-up */
	for (int i = 0; i < NCUST; i++) {
		struct cust *c = &custs[i];
		if (rng_chance(&R, 0.55)) {
			int64_t t = c->created + rng_int(&R, 60, 30 * 86400);
			if (t <= END_TS) {
				c->loyalty_created = t;
				struct tsrow *r = ts_add(&loyal, t + 1);
				r->a = i + 1; /* resolved to the account id below */
				r->c = 500;
				r->s1 = "welcome";
			}
		}
	}
	{
		/* account ids in the order accounts were opened */
		int64_t *order = xcalloc(NCUST, sizeof *order);
		int n = 0;
		for (int i = 0; i < NCUST; i++)
			if (custs[i].loyalty_created)
				order[n++] = custs[i].loyalty_created * 32768 + i;
		qsort(order, (size_t)n, sizeof *order, cmp_i64);
		for (int k = 0; k < n; k++)
			custs[order[k] % 32768].loyalty = k + 1;
		free(order);
	}

	for (int day = 0; day < DAYS; day++) {
		int n = (int)llround(35.0 * day_factor(day) * (1.0 + 0.07 * rng_normal(&R)));
		int64_t *times = xcalloc((size_t)n, sizeof *times);
		for (int k = 0; k < n; k++)
			times[k] = day_time(day);
		qsort(times, (size_t)n, sizeof *times, cmp_i64);
		for (int k = 0; k < n; k++) {
			int64_t t0 = times[k], ncust = count_before(cust_created, NCUST, t0 - 600);
			int64_t nprod = count_before(prod_created, NPROD, t0 - 600);
			struct cust *c;
			int ci, nl, lines[13], qty[13], camp = -1;
			int64_t unit[13], disc[13], items = 0, discount = 0, delivery, total;
			int64_t promo = 0, ord_id, created_by = 0, addr = 0;
			int64_t t_paid, t_ship, t_deliv, t_cancel = -1, t_return = -1, updated;
			const char *channel, *cur;
			double u;
			bool usd, store, cancel_before_pay = false, pay_fails;
			int status;
			if (ncust == 0 || nprod == 0)
				continue;
			ci = (int)rng_int(&R, 0, ncust - 1);
			c = &custs[ci];
			usd = !c->p.ru;
			cur = usd ? "USD" : "RUB";
			u = rng_unit(&R);
			channel = u < 0.55 ? "web" : u < 0.85 ? "app" : u < 0.9 ? "phone" : "store";
			if (usd && strcmp(channel, "store") == 0)
				channel = "web"; /* no shops in the US */
			store = strcmp(channel, "store") == 0;
			if (strcmp(channel, "phone") == 0) {
				int64_t e = pick_emp(t0, cc_dept, 1);
				created_by = e ? emp_user(e) : 0;
			}
			if (!store && c->naddr)
				addr = c->addr[0];
			if (rng_chance(&R, 0.11) && (camp = active_campaign(day)) >= 0 &&
			    camps[camp].npromo > 0)
				promo = camps[camp].promo_first +
				        rng_int(&R, 0, camps[camp].npromo - 1);
			else
				camp = -1;

			/* lines: distinct products, popular ones more often */
			nl = 1 + wpick(line_w, 13);
			for (int j = 0; j < nl; j++) {
				int p, tries = 0;
				bool dup;
				do {
					p = (int)(nprod * pow(rng_unit(&R), 1.6));
					/* big baskets are mostly everyday goods */
					for (int z = 0; z < 3 && prods[p].price[0] > 1500000 &&
					                rng_chance(&R, 0.85);
					     z++)
						p = (int)(nprod * pow(rng_unit(&R), 1.6));
					dup = false;
					for (int q = 0; q < j; q++)
						dup |= lines[q] == p;
				} while (dup && ++tries < 20);
				if (dup) {
					nl = j;
					break;
				}
				lines[j] = p;
				qty[j] = rng_chance(&R, 0.8)   ? 1
				         : rng_chance(&R, 0.7) ? 2
				                               : (int)rng_int(&R, 3, 5);
				unit[j] = price_on(&prods[p], day);
				if (usd)
					unit[j] =
					    max64(99, unit[j] * 1000000 / rate_micros[0][day]);
				disc[j] = camp >= 0 ? unit[j] * qty[j] * camps[camp].pct / 100 : 0;
				items += unit[j] * qty[j];
				discount += disc[j];
			}
			delivery = store ? 0
			           : usd ? (items >= 5000 ? 0 : 799)
			                 : (items >= 300000 ? 0 : 29900);
			total = items - discount + delivery;

			/* the timeline; events after the end of the data stay in the future */
			pay_fails = rng_chance(&R, 0.05);
			t_paid =
			    store ? t0 + 60 : t0 + rng_int(&R, 30, 1800) + (pay_fails ? 120 : 0);
			t_ship = store ? t_paid + 60 : t_paid + rng_int(&R, 4 * 3600, 48 * 3600);
			t_deliv = store ? t_ship
			                : t_ship + rng_int(&R, usd ? 2 : 1, usd ? 8 : 6) * 86400 +
			                      rng_int(&R, 0, 36000);
			if (rng_chance(&R, 0.04)) {
				cancel_before_pay = rng_chance(&R, 0.5);
				t_cancel =
				    cancel_before_pay
				        ? t0 + rng_int(&R, 60,
				                       t_paid - t0 > 61 ? t_paid - t0 - 1 : 61)
				        : t_paid + rng_int(&R, 600, t_ship - t_paid - 1);
			} else if (!store && rng_chance(&R, 0.03)) {
				t_return = t_deliv + rng_int(&R, 2, 14) * 86400;
			}
			status = ST_NEW;
			updated = t0;
			if (t_cancel >= 0 && cancel_before_pay) {
				if (t_cancel <= END_TS)
					status = ST_CANCELLED, updated = t_cancel;
			} else {
				if (t_paid <= END_TS)
					status = ST_PAID, updated = t_paid;
				if (t_cancel >= 0 && t_cancel <= END_TS)
					status = ST_CANCELLED, updated = t_cancel;
				else if (t_cancel < 0) {
					if (t_ship <= END_TS)
						status = ST_SHIPPED, updated = t_ship;
					if (t_deliv <= END_TS)
						status = ST_DELIVERED, updated = t_deliv;
					if (t_return >= 0 && t_return <= END_TS)
						status = ST_RETURNED, updated = t_return;
				}
			}

			GROW(ords, nords, cap_ords);
			ord_id = nords + 1;
			ords[nords].cst = ci + 1;
			ords[nords].created = t0;
			snprintf(ords[nords].no, sizeof ords[nords].no, "%s-%lld",
			         usd ? "US" : "RU", (long long)(100000 + ord_id * 7));
			nords++;

			row(T_ORD_HDR);
			v_i(ord_id);
			v_s(ords[ord_id - 1].no);
			v_i(ci + 1);
			v_s(st_name[status]);
			v_s(channel);
			v_s(cur);
			v_money(items);
			v_money(discount);
			v_money(delivery);
			v_money(total);
			v_opt_i(promo);
			v_opt_i(addr);
			v_opt_i(created_by);
			if (strcmp(channel, "web") == 0 || strcmp(channel, "app") == 0) {
				ip_any(ip, sizeof ip);
				v_s(ip);
			} else {
				ip[0] = '\0';
				v_null();
			}
			v_ts(t0);
			v_ts(updated);
			end();
			for (int j = 0; j < nl; j++) {
				row(T_ORDER_ITEMS);
				v_i(rows_of(T_ORDER_ITEMS) + 1);
				v_i(ord_id);
				v_i(j + 1);
				v_i(lines[j] + 1);
				v_i(qty[j]);
				v_money(unit[j]);
				v_money(disc[j]);
				v_money(unit[j] * qty[j] - disc[j]);
				end();
			}

			/* status history: fulfilment changes (payments have their own table) */
			{
				int64_t ts_of[6] = {t0,      t_paid,   t_ship,
				                    t_deliv, t_cancel, t_return};
				int path[6], np = 0, prev = ST_NEW;
				if (status == ST_CANCELLED && cancel_before_pay)
					path[np++] = ST_CANCELLED;
				else {
					if (status == ST_CANCELLED)
						path[np++] = ST_CANCELLED;
					else {
						if (status >= ST_SHIPPED)
							path[np++] = ST_SHIPPED;
						if (status >= ST_DELIVERED)
							path[np++] = ST_DELIVERED;
						if (status == ST_RETURNED)
							path[np++] = ST_RETURNED;
					}
				}
				for (int j = 0; j < np; j++) {
					struct tsrow *r = ts_add(&hist, ts_of[path[j]]);
					r->a = ord_id;
					r->s1 = st_name[prev];
					r->s2 = st_name[path[j]];
					/* operators cancel phone orders and accept returns */
					r->b = (path[j] == ST_CANCELLED && created_by) ? created_by
					       : path[j] == ST_RETURNED
					           ? emp_user(pick_emp(ts_of[path[j]], fin_dept, 3))
					           : 0;
					prev = path[j];
				}
			}

			/* payments: a failed attempt sometimes, then the capture */
			{
				int64_t pm = 0, captured_id = 0;
				const char *provider = store ? "pos" : usd ? "stripe" : "yookassa";
				bool captured = !cancel_before_pay && t_paid <= END_TS;
				for (int q = 0; q < c->npm; q++)
					if (c->pm_created[q] <= t0 && !pm)
						pm = c->pm[q];
				if (!store && !pm && !usd)
					provider = "sbp";
				for (int attempt = pay_fails ? 0 : 1; attempt < 2; attempt++) {
					bool ok = attempt == 1;
					int64_t created = t0 + (ok ? t_paid - t0 - 20 : 10);
					if (created > END_TS ||
					    (ok && cancel_before_pay && t_cancel >= 0))
						break;
					row(T_PAYMENTS);
					v_i(++pay_id);
					v_i(ord_id);
					v_opt_i(store ? 0 : pm);
					v_money(total);
					v_s(cur);
					v_s(!ok ? "failed" : captured ? "captured" : "pending");
					v_s(provider);
					hash_str(tmp, 12);
					v_f("%s_%s", store ? "pos" : "pay", tmp);
					if (ip[0])
						v_s(ip);
					else
						v_null();
					v_opt_ts(ok && captured ? t_paid : -1);
					v_ts(created);
					v_ts(ok && captured ? t_paid : created + (ok ? 0 : 5));
					end();
					if (ok && captured)
						captured_id = pay_id;
				}
				if (captured_id) {
					bool credited =
					    (t_cancel >= 0 && t_cancel <= END_TS) ||
					    (t_return >= 0 && t_return + 86400 <= END_TS);
					int64_t refund_at =
					    t_cancel >= 0 ? t_cancel + rng_int(&R, 600, 7200)
					                  : t_return + rng_int(&R, 3600, 3 * 86400);
					char billing[200];
					/* invoices are issued on request (companies, tax
					 * deductions) */
					if (rng_chance(&R, 0.15)) {
						row(T_INVOICES);
						v_i(rows_of(T_INVOICES) + 1);
						v_f("INV-%d-%06lld", 2023 + (day_of(t_paid) >= 365),
						    (long long)rows_of(T_INVOICES) + 1);
						v_i(ord_id);
						v_i(ci + 1);
						if (c->p.ru)
							snprintf(billing, sizeof billing,
							         "%s %s %s", c->p.last, c->p.first,
							         c->p.middle);
						else
							snprintf(billing, sizeof billing, "%s %s",
							         c->p.first, c->p.last);
						v_s(billing);
						if (!store) {
							char street[160], postal[12];
							fake_address(&R, c->p.city, street,
							             sizeof street, postal,
							             sizeof postal);
							if (c->p.ru)
								v_f("%s, г. %s, %s", postal,
								    city_name(c->p.city), street);
							else
								v_f("%s, %s, %s %s", street,
								    city_name(c->p.city),
								    city_region(c->p.city) + 3,
								    postal);
						} else {
							v_null();
						}
						if (c->inn[0] && rng_chance(&R, 0.15))
							v_s(c->inn);
						else
							v_null();
						{
							int64_t vat =
							    usd ? 0 : (total * 20 + 60) / 120;
							v_money(total - vat);
							v_money(vat);
							v_money(total);
						}
						v_date(day_of(t_paid));
						v_date(day_of(t_paid));
						v_s(credited && refund_at <= END_TS ? "credited"
						                                    : "paid");
						v_ts(t_paid + 10);
						v_ts(credited && refund_at <= END_TS ? refund_at
						                                     : t_paid + 10);
						end();
					}

					if ((t_cancel >= 0 || t_return >= 0 ||
					     rng_chance(&R, 0.01)) &&
					    (t_cancel >= 0   ? t_cancel
					     : t_return >= 0 ? t_return
					                     : t_deliv) <= END_TS) {
						int64_t base = t_cancel >= 0   ? t_cancel
						               : t_return >= 0 ? t_return
						                               : t_deliv;
						struct tsrow *r =
						    ts_add(&refunds, base + rng_int(&R, 600, 7200));
						r->a = captured_id;
						r->b = ord_id;
						r->c = (t_cancel >= 0 || t_return >= 0)
						           ? total
						           : max64(100, total / 5 / 100 * 100);
						r->s1 = t_cancel >= 0 ? refund_reasons[3]
						                      : PICK(&R, refund_reasons);
					}
				}
			}

			/* shipment and the carrier's tracking events */
			if (!store && (status == ST_SHIPPED || status == ST_DELIVERED ||
			               status == ST_RETURNED)) {
				int carrier = usd ? 5 : wpick(carriers_ru_w, 5);
				int w = wh_for_city(c->p.city);
				int64_t created = t_paid + 3600;
				bool tracked = carrier == 0; /* only CDEK reports tracking events */
				ship_id++;
				row(T_SHIPMENTS);
				v_i(ship_id);
				v_i(ord_id);
				v_i(w + 1);
				v_i(carrier + 1);
				switch (carrier) {
				case 0:
					v_f("%010lld", (long long)(1300000000 + ship_id * 13));
					break;
				case 1:
					v_f("8%013lld", (long long)(1020000000000 + ship_id * 17));
					break;
				case 2:
					v_f("BB%09lldRU", (long long)(300000000 + ship_id));
					break;
				case 3:
					v_f("RU%010lld", (long long)(5000000000 + ship_id * 3));
					break;
				case 4:
					v_f("CR-%07lld", (long long)ship_id);
					break;
				default:
					hash_str(tmp, 10);
					for (char *s = tmp; *s; s++)
						*s = (char)(*s >= 'a' ? *s - 32 : *s);
					v_f("1Z%s%06lld", tmp, (long long)ship_id);
					break;
				}
				v_s(status == ST_SHIPPED     ? "in_transit"
				    : status == ST_DELIVERED ? "delivered"
				                             : "returned");
				/* the recipient is recorded when it is not the customer */
				if (rng_chance(&R, 0.25)) {
					struct person rp;
					fake_person(&R, &rp, c->p.ru, 4000000 + ship_id);
					v_f("%s %s", rp.first, rp.last);
					v_s(rp.phone);
				} else {
					v_null();
					v_null();
				}
				if (c->naddr && c->has_geo[0]) {
					v_real(c->lat[0]);
					v_real(c->lon[0]);
				} else {
					v_null();
					v_null();
				}
				v_ts(t_ship);
				v_opt_ts(status >= ST_DELIVERED ? t_deliv : -1);
				v_ts(created);
				v_ts(status >= ST_DELIVERED
				         ? (status == ST_RETURNED ? t_return : t_deliv)
				         : t_ship);
				end();
				if (tracked) {
					struct tsrow *r = ts_add(&dev, t_ship);
					r->a = ship_id;
					r->s1 = "accepted";
					r->s2 = whs[w].city;
					if (rng_chance(&R, 0.3) &&
					    (t_ship + t_deliv) / 2 <= END_TS) {
						r = ts_add(&dev, (t_ship + t_deliv) / 2);
						r->a = ship_id;
						r->s1 = "in_transit";
						r->s2 =
						    usd ? "Secaucus, NJ" : "Сортировочный центр";
					}
					if (status >= ST_DELIVERED) {
						if (rng_chance(&R, 0.15)) {
							r = ts_add(&dev, t_deliv - 3600);
							r->a = ship_id;
							r->s1 = "arrived_at_pickup";
							r->s2 = city_name(c->p.city);
						}
						r = ts_add(&dev, t_deliv);
						r->a = ship_id;
						r->s1 = "delivered";
						r->s2 = city_name(c->p.city);
					}
				}
			}

			/* loyalty: points for delivered orders, redemptions at checkout */
			if (c->loyalty_created && c->loyalty_created < t0) {
				if (status == ST_DELIVERED) {
					struct tsrow *r = ts_add(&loyal, t_deliv + 60);
					int64_t rub =
					    usd ? total * rate_micros[0][day] / 1000000 : total;
					r->a = ci + 1;
					r->b = ord_id;
					r->c = rub / 100 / 100;
					r->s1 = "purchase";
				}
				if (rng_chance(&R, 0.08) && status != ST_CANCELLED) {
					struct tsrow *r = ts_add(&loyal, t0 + 5);
					r->a = ci + 1;
					r->b = ord_id;
					r->c = -rng_int(&R, 1, 10) * 100;
					r->s1 = "redeem";
				}
			}
		}
		free(times);
	}

	ts_sort(&hist);
	for (int64_t i = 0; i < hist.n; i++) {
		const struct tsrow *r = &hist.v[i];
		row(T_ORDER_STATUS_HISTORY);
		v_i(i + 1);
		v_i(r->a);
		v_s(r->s1);
		v_s(r->s2);
		v_opt_i(r->b);
		v_ts(r->ts);
		end();
	}
	ts_free(&hist);

	ts_sort(&dev);
	for (int64_t i = 0; i < dev.n; i++) {
		row(T_DELIVERY_EVENTS);
		v_i(i + 1);
		v_i(dev.v[i].a);
		v_s(dev.v[i].s1);
		v_s(dev.v[i].s2);
		v_ts(dev.v[i].ts);
		end();
	}
	ts_free(&dev);

	ts_sort(&refunds);
	for (int64_t i = 0; i < refunds.n; i++) {
		const struct tsrow *r = &refunds.v[i];
		int64_t done = r->ts + rng_int(&R, 3600, 3 * 86400);
		int64_t by = pick_emp(r->ts, fin_dept, 3);
		row(T_REFUNDS);
		v_i(i + 1);
		v_i(r->a);
		v_i(r->b);
		v_money(r->c);
		if (r->s1)
			v_s(r->s1);
		else
			v_null();
		v_s(done <= END_TS ? "completed" : "pending");
		v_opt_i(by);
		v_ts(r->ts);
		v_ts(done <= END_TS ? done : r->ts);
		end();
	}
	ts_free(&refunds);

	/* points: balances follow the sorted ledger; no balance below zero */
	ts_sort(&loyal);
	for (int64_t i = 0; i < loyal.n; i++) {
		struct tsrow *r = &loyal.v[i];
		struct cust *c = &custs[r->a - 1];
		int64_t pts = r->c;
		if (pts < 0 && c->points + pts < 0)
			pts = -c->points;
		if (pts == 0 || r->ts > END_TS)
			continue;
		c->points += pts;
		c->last_points = r->ts;
		row(T_LOYALTY_TRANSACTIONS);
		v_i(rows_of(T_LOYALTY_TRANSACTIONS) + 1);
		v_i(c->loyalty);
		v_opt_i(r->b);
		v_i(pts);
		v_s(r->s1);
		v_ts(r->ts);
		end();
	}
	ts_free(&loyal);
	{
		/* accounts in id order */
		int64_t *byid = xcalloc(NCUST + 1, sizeof *byid);
		int64_t n = 0;
		char card[17];
		for (int i = 0; i < NCUST; i++)
			if (custs[i].loyalty) {
				byid[custs[i].loyalty] = i + 1;
				n++;
			}
		for (int64_t id = 1; id <= n; id++) {
			struct cust *c = &custs[byid[id] - 1];
			row(T_LOYALTY_ACCOUNTS);
			v_i(id);
			v_i(byid[id]);
			/* 16 digits that are not a card number: the check digit is off by one */
			snprintf(card, sizeof card, "7800%011lld",
			         (long long)(id * 7919 % 100000000000LL));
			{
				int s = 0;
				for (int q = 14, dbl = 1; q >= 0; q--, dbl = !dbl) {
					int v = card[q] - '0';
					if (dbl && (v *= 2) > 9)
						v -= 9;
					s += v;
				}
				card[15] = (char)('0' + ((10 - s % 10) % 10 + 1) % 10);
				card[16] = '\0';
			}
			v_s(card);
			v_s(c->points > 20000 ? "gold" : c->points > 5000 ? "silver" : "base");
			v_i(c->points);
			v_ts(c->loyalty_created);
			v_ts(max64(c->loyalty_created, c->last_points));
			end();
		}
		free(byid);
	}
}

/* ---------------------------------------------------------------- clickstream */

static void json_escape(char *out, size_t n, const char *s)
{
	size_t o = 0;
	for (; *s && o + 3 < n; s++) {
		if (*s == '"' || *s == '\\')
			out[o++] = '\\';
		out[o++] = *s;
	}
	out[o] = '\0';
}

static void gen_clickstream(void)
{
	static const char *const queries[] = {"наушники",       "iphone 15",    "пылесос dyson",
	                                      "кроссовки nike", "подарок маме", "lego",
	                                      "чайник",         "телевизор 55", "кофе в зёрнах",
	                                      "шины зимние",    "коляска",      "витамины d3"};
	static const int dev_w[] = {40, 45, 15};
	static const char *const devs[] = {"desktop", "mobile", "app"};
	char uuid[37], ip[48], props[256], q[64];
	int64_t ev_id = 0;
	rng_seed(&R, "clickstream");
	for (int day = 0; day < DAYS; day++) {
		int n = (int)llround(10.5 * day_factor(day) * (1.0 + 0.1 * rng_normal(&R)));
		int64_t *times = xcalloc((size_t)n, sizeof *times);
		for (int k = 0; k < n; k++)
			times[k] = day_time(day);
		qsort(times, (size_t)n, sizeof *times, cmp_i64);
		for (int k = 0; k < n; k++) {
			int64_t t = times[k], user = 0, camp = 0, sid, nprod;
			int d = wpick(dev_w, 3), nev = 1 + (int)(rng_unit(&R) * rng_unit(&R) * 7);
			const char *src = NULL;
			if (rng_chance(&R, 0.4)) {
				int lo = 0, hi = nuaccts;
				while (lo < hi) {
					int mid = (lo + hi) / 2;
					if (uaccts[mid].created < t)
						lo = mid + 1;
					else
						hi = mid;
				}
				if (lo)
					user = uaccts[rng_int(&R, 0, lo - 1)].id;
			}
			if (rng_chance(&R, 0.25)) {
				int cidx = active_campaign(day);
				if (cidx >= 0) {
					camp = cidx + 1;
					src = utm_source_for(camps[cidx].channel);
				}
			} else if (rng_chance(&R, 0.3)) {
				src = rng_chance(&R, 0.6) ? "yandex" : "google";
			}
			sid = rows_of(T_WEB_SESSIONS) + 1;
			nprod = count_before(prod_created, NPROD, t - 600);
			/* the session row goes first; its end is the last event */
			{
				int64_t te = t, evt[8];
				for (int e = 0; e < nev; e++) {
					te += e ? rng_int(&R, 5, 180) : 0;
					evt[e] = te;
				}
				row(T_WEB_SESSIONS);
				v_i(sid);
				fake_uuid(&R, uuid);
				v_s(uuid);
				v_opt_i(user);
				v_opt_i(camp);
				if (src)
					v_s(src);
				else
					v_null();
				v_s(devs[d]);
				ip_any(ip, sizeof ip);
				v_s(ip);
				v_s(d == 2 ? (rng_chance(&R, 0.5)
				                  ? "ShopApp/5.12 (Android 13; Xiaomi 2201117TG)"
				                  : "ShopApp/5.12 (iOS 17.2; iPhone14,5)")
				           : fake_user_agent(&R));
				v_ts(t);
				v_opt_ts(nev > 1 ? evt[nev - 1] + rng_int(&R, 5, 60) : -1);
				v_ts(t + rng_int(&R, 0, 5));
				end();
				for (int e = 0; e < nev; e++) {
					double u = rng_unit(&R);
					int64_t p =
					    nprod ? (int64_t)(nprod * pow(rng_unit(&R), 1.6)) + 1
					          : 0;
					const char *type;
					row(T_EVENTS);
					v_i(++ev_id);
					v_i(sid);
					if (e == 0 || u < 0.25) {
						type = "page_view";
						v_s(type);
						v_s(e == 0 ? "/" : "/catalog");
						v_null();
						v_null();
					} else if (u < 0.6 && p) {
						v_s("product_view");
						v_f("/product/%lld", (long long)p);
						v_i(p);
						v_f("{\"list\": \"%s\"}",
						    rng_chance(&R, 0.5) ? "search" : "category");
					} else if (u < 0.75) {
						json_escape(q, sizeof q, PICK(&R, queries));
						v_s("search");
						v_f("/search?q=%s", q);
						v_null();
						snprintf(props, sizeof props,
						         "{\"q\": \"%s\", \"results\": %d}", q,
						         (int)rng_int(&R, 0, 240));
						v_s(props);
					} else if (u < 0.9 && p) {
						v_s("add_to_cart");
						v_f("/product/%lld", (long long)p);
						v_i(p);
						v_f("{\"qty\": %d}", rng_chance(&R, 0.85) ? 1 : 2);
					} else if (user) {
						v_s(rng_chance(&R, 0.5) ? "begin_checkout"
						                        : "login");
						v_s("/checkout");
						v_null();
						v_null();
					} else {
						v_s("page_view");
						v_s("/delivery");
						v_null();
						v_null();
					}
					v_ts(evt[e]);
					end();
				}
			}
		}
		free(times);
	}
}

/* ---------------------------------------------------------------- support */

/* ticket subjects and bodies: order tickets get the order number and the
 * customer's name, general ones the customer's e-mail and name */
static const char *const subj_ru_order[][2] = {
    {"Где мой заказ?", "Здравствуйте!\nЗаказ %s до сих пор не доставлен, трек-номер не обновляется "
                       "уже неделю.\nС уважением, %s"},
    {"Повреждённый товар",
     "Добрый день. В заказе %s коробка пришла мятая, товар поцарапан. Фото прикладываю.\n%s"},
    {"Возврат денег", "Прошу вернуть деньги за заказ %s, товар отправил обратно курьером. %s"},
    {"Не могу загрузить чек",
     "При загрузке чека по заказу %s пишет ошибку.\nФайл: C:\\Users\\%s\\Desktop\\чек.pdf"},
    {"Смена адреса доставки", "Можно изменить адрес доставки для заказа %s? Переезжаю. %s"},
    {"Двойное списание", "По заказу %s деньги списались два раза! Проверьте, пожалуйста. %s"},
};
static const char *const subj_us_order[][2] = {
    {"Where is my order?",
     "Hi, my order %s was due last Friday and tracking shows nothing.\nThanks, %s"},
    {"Wrong item", "Order %s: I received a different colour than I ordered.\t%s"},
};
static const char *const subj_ru_general[][2] = {
    {"Не могу войти в личный кабинет", "Не приходит письмо для восстановления пароля на %s.\n%s"},
    {"Удалите мои данные",
     "Прошу удалить мои персональные данные, адрес %s исключить из рассылки. %s"},
};
static const char *const subj_us_general[][2] = {
    {"Question about loyalty points",
     "Hi, my points balance looks wrong, my account e-mail is %s.\nRegards, %s"},
    {"Account locked", "I was locked out after a password reset. E-mail: %s\t- %s"},
};

static const char *const agent_replies[] = {
    "Здравствуйте! Проверили заказ, передали запрос в службу доставки.",
    "Приносим извинения. Оформили возврат, деньги поступят в течение 5 рабочих дней.",
    "Hello! We have escalated this to the carrier and will update you within 24 hours.",
    "Спасибо за обращение. Уточните, пожалуйста, номер телефона получателя.",
    "Вопрос решён, закрываем обращение. Хорошего дня!",
    "Sorry for the trouble: a replacement has been shipped today.",
};

static void gen_support(void)
{
	static const char *const prio[] = {"low", "normal", "normal", "normal", "high", "urgent"};
	static const char *const chan[] = {"email", "chat", "phone", "app"};
	int sup[] = {D_SUP};
	struct tslist l = {0}, msgs = {0}, cm = {0};
	char body[600];
	int64_t *ticket_created;
	rng_seed(&R, "support");
	for (int i = 0; i < 4000; i++) {
		struct tsrow *r;
		if (rng_chance(&R, 0.62)) {
			int64_t o = rng_int(&R, 0, nords - 1);
			int64_t ts = ords[o].created + rng_int(&R, 3600, 20 * 86400);
			if (ts > END_TS)
				continue;
			r = ts_add(&l, ts);
			r->a = ords[o].cst;
			r->b = o + 1;
		} else {
			int ci = (int)rng_int(&R, 0, NCUST - 1);
			r = ts_add(&l, between(custs[ci].created + 600, END_TS));
			r->a = ci + 1;
		}
	}
	ts_sort(&l);
	ticket_created = xcalloc((size_t)l.n + 1, sizeof *ticket_created);
	for (int64_t i = 0; i < l.n; i++) {
		const struct tsrow *r = &l.v[i];
		struct cust *c = &custs[r->a - 1];
		const char *const *subj;
		int nmsg = (int)rng_int(&R, 1, 5);
		int64_t t = r->ts, assignee = rng_chance(&R, 0.95) ? pick_emp(r->ts, sup, 1) : 0;
		int64_t closed = -1, last = r->ts;
		const char *status;
		ticket_created[i + 1] = r->ts;
		if (r->b)
			subj = c->p.ru ? PICK(&R, subj_ru_order) : PICK(&R, subj_us_order);
		else
			subj = c->p.ru ? PICK(&R, subj_ru_general) : PICK(&R, subj_us_general);
		/* the path in the upload complaint names the user's Windows profile */
		snprintf(body, sizeof body, subj[1], r->b ? ords[r->b - 1].no : c->p.email,
		         strstr(subj[1], "Users") ? c->p.last_lat : c->p.first);
		for (int m = 0; m < nmsg; m++) {
			struct tsrow *mr;
			t += m ? rng_int(&R, 600, 2 * 86400) : 0;
			if (t > END_TS)
				break;
			last = t;
			mr = ts_add(&msgs, t);
			mr->a = i + 1;
			mr->s1 = m % 2 ? "agent" : "customer";
			mr->owned = xstrdup(m == 0  ? body
			                    : m % 2 ? PICK(&R, agent_replies)
			                            : "Спасибо, жду ответа.");
		}
		if (last + 3600 <= END_TS && rng_chance(&R, 0.85))
			closed = last + rng_int(&R, 600, 3600);
		status = closed >= 0 ? "closed" : assignee ? "open" : "new";
		row(T_SUPPORT_TICKETS);
		v_i(i + 1);
		v_i(r->a);
		v_opt_i(r->b);
		v_opt_i(assignee);
		v_s(subj[0]);
		v_s(body);
		v_s(PICK(&R, prio));
		v_s(status);
		v_s(PICK(&R, chan));
		v_opt_ts(closed);
		v_ts(r->ts);
		v_ts(closed >= 0 ? closed : last);
		end();
	}
	ts_sort(&msgs);
	for (int64_t i = 0; i < msgs.n; i++) {
		row(T_TICKET_MESSAGES);
		v_i(i + 1);
		v_i(msgs.v[i].a);
		v_s(msgs.v[i].s1);
		v_s(msgs.v[i].owned);
		v_ts(msgs.v[i].ts);
		end();
	}
	ts_free(&msgs);

	/* comments: a polymorphic pair pointing at tickets, products or orders */
	for (int i = 0; i < 5000; i++) {
		double u = rng_unit(&R);
		struct tsrow *r;
		int64_t target, base;
		const char *type;
		if (u < 0.6) {
			target = rng_int(&R, 1, l.n);
			base = ticket_created[target];
			type = "ticket";
		} else if (u < 0.8) {
			target = rng_int(&R, 1, NPROD);
			base = prods[target - 1].created;
			type = "product";
		} else {
			target = rng_int(&R, 1, nords);
			base = ords[target - 1].created;
			type = "order";
		}
		r = ts_add(&cm, between(base + 60, min64(END_TS, base + 30 * 86400)));
		r->a = target;
		r->s1 = type;
	}
	ts_sort(&cm);
	for (int64_t i = 0; i < cm.n; i++) {
		static const char *const notes[] = {
		    "Клиент перезвонил, вопрос решён по телефону",
		    "Checked with the warehouse: item is in stock at MSK-1",
		    "Фото товара на сайте не соответствует цвету, передал в контент",
		    "Duplicate of an earlier ticket, merged",
		    "Согласовано с руководителем: компенсация 10%",
		    "Supplier confirmed the batch defect.\nPull remaining stock.",
		};
		int all[] = {D_SUP, D_CC, D_ECOM, D_WH};
		int64_t e = pick_emp(cm.v[i].ts, all, 4);
		row(T_COMMENTS);
		v_i(i + 1);
		v_s(cm.v[i].s1);
		v_i(cm.v[i].a);
		v_i(emp_user(e ? e : dept_head[D_SUP]));
		v_s(PICK(&R, notes));
		v_ts(cm.v[i].ts);
		v_ts(rng_chance(&R, 0.9) ? cm.v[i].ts : between(cm.v[i].ts, END_TS));
		end();
	}
	ts_free(&cm);
	ts_free(&l);
	free(ticket_created);
}

/* ---------------------------------------------------------------- audit, settings */

static void gen_audit(void)
{
	static const struct {
		const char *action, *entity;
	} acts[] = {
	    {"login", "users"},         {"update", "products"},           {"update", "cst_mstr"},
	    {"export", "cst_mstr"},     {"approve", "refunds"},           {"view_pii", "emp_pdn"},
	    {"update", "app_settings"}, {"delete", "customer_addresses"}, {"create", "promo_codes"},
	};
	struct tslist l = {0};
	char ip[48];
	rng_seed(&R, "audit");
	for (int i = 0; i < 6000; i++) {
		int e = (int)rng_int(&R, 0, NEMP - 1);
		int64_t ts = between(emps[e].created, min64(END_TS, at(emps[e].term, 0, 0, 0) - 1));
		struct tsrow *r = ts_add(&l, ts);
		r->a = rng_chance(&R, 0.9) ? emp_user(e + 1) : 0;
		r->b = rng_int(&R, 0, (int64_t)(sizeof acts / sizeof acts[0]) - 1);
	}
	ts_sort(&l);
	for (int64_t i = 0; i < l.n; i++) {
		const struct tsrow *r = &l.v[i];
		const char *ent = acts[r->b].entity;
		row(T_AUDIT_LOG);
		v_i(i + 1);
		v_opt_i(r->a);
		v_s(r->a ? acts[r->b].action : "system_job");
		v_s(ent);
		if (strcmp(ent, "products") == 0) {
			int64_t p = rng_int(&R, 1, NPROD);
			v_f("%lld", (long long)p);
			fake_ipv4(&R, ip, sizeof ip);
			v_s(ip);
			v_f("{\"new\": \"%d.00\", \"old\": \"%d.00\", \"field\": \"list_price\"}",
			    (int)rng_int(&R, 100, 9000), (int)rng_int(&R, 100, 9000));
		} else if (strcmp(ent, "cst_mstr") == 0 && r->b == 3) {
			v_s("segment=vip");
			fake_ipv4(&R, ip, sizeof ip);
			v_s(ip);
			v_f("{\"rows\": %d, \"format\": \"csv\"}", (int)rng_int(&R, 10, 900));
		} else if (strcmp(ent, "app_settings") == 0) {
			v_s("checkout.free_delivery_from_rub");
			fake_ipv4(&R, ip, sizeof ip);
			v_s(ip);
			v_null();
		} else {
			v_f("%lld", (long long)rng_int(&R, 1, 5000));
			if (r->a) {
				fake_ipv4(&R, ip, sizeof ip);
				v_s(ip);
			} else {
				v_null();
			}
			v_null();
		}
		v_ts(r->ts);
		end();
	}
	ts_free(&l);

	{
		static const char *const settings[][3] = {
		    {"checkout.free_delivery_from_rub", "3000", "Free delivery threshold, RUB"},
		    {"checkout.free_delivery_from_usd", "50", NULL},
		    {"checkout.max_items", "50", NULL},
		    {"loyalty.points_per_100_rub", "1", "Points earned per 100 roubles"},
		    {"loyalty.welcome_bonus", "500", NULL},
		    {"support.sla_hours", "24", "First reply target"},
		    {"catalog.default_currency", "RUB", NULL},
		    {"payments.providers", "yookassa,sbp,stripe,pos", NULL},
		    {"marketing.utm_ttl_days", "30", NULL},
		    {"feature.new_checkout", "true", "Rolled out in 2024"},
		    {"feature.recommendations", "false", NULL},
		    {"security.session_ttl_days", "30", NULL},
		    {"security.password_min_length", "10", NULL},
		    {"warehouse.reserve_minutes", "30", NULL},
		    {"reports.timezone", "Europe/Moscow", NULL},
		};
		int admins[] = {D_IT, D_HQ};
		for (size_t i = 0; i < sizeof settings / sizeof settings[0]; i++) {
			int64_t created = at(0, 6, 0, (int)i), updated = created, by = 0;
			if (rng_chance(&R, 0.5)) {
				updated = office_time((int)rng_int(&R, 10, DAYS - 1));
				by = emp_user(pick_emp(updated, admins, 2));
			}
			row(T_APP_SETTINGS);
			v_s(settings[i][0]);
			v_s(settings[i][1]);
			if (settings[i][2])
				v_s(settings[i][2]);
			else
				v_null();
			v_opt_i(by);
			v_ts(created);
			v_ts(updated);
			end();
		}
	}
}

void gen_all(void)
{
	gen_reference();
	gen_staff();
	gen_payroll();
	make_customers();
	gen_identity();
	gen_crm();
	gen_catalog();
	gen_stock();
	gen_marketing();
	gen_payment_methods();
	gen_orders();
	gen_clickstream();
	gen_support();
	gen_audit();
	free(custs);
	free(cust_created);
	free(uaccts);
	free(prods);
	free(prod_created);
	free(ords);
}
