/* people.c - rows about people and the reference data they need:
 * countries, currencies, regions and exchange rates; departments,
 * employees, their personal data and payroll; customers, their accounts,
 * roles, sessions and sign-ins; addresses, contacts and CRM notes.
 * Fills emps[], custs[] and uaccts[] for the generators that follow. */
#include "rows.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
int64_t rate_micros[4][DAYS];

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

void gen_reference(void)
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

struct emp emps[NEMP];
int64_t dept_head[NDEPT]; /* employee id */

int64_t emp_user(int64_t emp_id)
{
	return emp_id; /* staff accounts are users 1..NEMP */
}

/* An employee of one of the departments, employed at ts; 0 when none. */
int64_t pick_emp(int64_t ts, const int *ds, int nd)
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

void gen_staff(void)
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

void gen_payroll(void)
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
struct cust *custs;
int64_t *cust_created; /* sorted, for "customers existing at ts" */

struct uacct *uaccts; /* customer accounts, ascending created */
int nuaccts;

static const char *const segments[] = {"mass", "silver", "gold", "vip"};

void make_customers(void)
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

static void bcrypt_like(char out[61])
{
	static const char al[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	memcpy(out, "$2b$12$", 7);
	for (int i = 7; i < 60; i++)
		out[i] = al[rng_next(&R) % 64];
	out[60] = '\0';
}

/* Users: staff 1..NEMP, then customers' accounts. */
static void write_users(void)
{
	char hash[70];
	char ip[48];
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
}

/* Roles, and who has which: staff by department (granted by the head of
 * HR; HR's own head by IT's), customers at sign-up. */
static void write_roles(void)
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
}

/* Sessions: a third from staff, the rest from customers. */
static void write_sessions(void)
{
	char hash[70];
	char ip[48];
	struct tslist l = {0};
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
}

/* API keys of technical staff. */
static void write_api_keys(void)
{
	char hash[70];
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
}

/* Sign-in attempts: mostly good, some bad passwords, some unknown e-mails. */
static void write_login_attempts(void)
{
	char ip[48];
	struct tslist l = {0};
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

void gen_identity(void)
{
	rng_seed(&R, "identity");
	write_users();
	write_roles();
	write_sessions();
	write_api_keys();
	write_login_attempts();
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

void gen_crm(void)
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
