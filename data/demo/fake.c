/* fake.c - deterministic fake values for the demo warehouse: the PRNG,
 * calendar arithmetic, people (Russian and US), addresses, cities and the
 * identifiers whose check digits must be valid (INN, SNILS, card PANs,
 * IBAN), so that PII detectors that verify checksums see real positives.
 *
 * The PRNG is xoshiro256** seeded by splitmix64 from a stream name, so each
 * table family has its own stream and editing one generator does not shift
 * the values of the others. No clock, no libc rand(). */
#include "demogen.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------------- PRNG */

static uint64_t splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

void rng_seed(struct rng *r, const char *stream)
{
	/* FNV-1a of the global seed name and the stream name */
	uint64_t h = 0xcbf29ce484222325ull;
	const char *parts[2] = {SEED_NAME, stream};
	for (int i = 0; i < 2; i++)
		for (const unsigned char *p = (const unsigned char *)parts[i]; *p; p++)
			h = (h ^ *p) * 0x100000001b3ull;
	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix(&h);
}

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t rng_next(struct rng *r)
{
	uint64_t *s = r->s;
	uint64_t res = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return res;
}

int64_t rng_int(struct rng *r, int64_t lo, int64_t hi)
{
	uint64_t span = (uint64_t)(hi - lo) + 1;
	if (hi <= lo)
		return lo;
	/* the modulo bias is below 2^-40 for our spans: irrelevant here */
	return lo + (int64_t)(rng_next(r) % span);
}

double rng_unit(struct rng *r)
{
	return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

bool rng_chance(struct rng *r, double p)
{
	return rng_unit(r) < p;
}

double rng_normal(struct rng *r)
{
	/* Box-Muller; one value per call is plenty */
	double u = rng_unit(r), v = rng_unit(r);
	if (u < 1e-300)
		u = 1e-300;
	return sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v);
}

/* ---------------------------------------------------------------- calendar */

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm). */
void civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d)
{
	int64_t era, yy;
	unsigned doe, yoe, doy, mp;
	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = (int64_t)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (int)(yy + (*m <= 2));
}

int days_from_civil(int y, unsigned m, unsigned d)
{
	int era, yoe, doy, doe;
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (int)((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468 - 19358;
}

int weekday(int day)
{
	/* 2023-01-01 was a Sunday */
	int w = (day + 6) % 7;
	return w < 0 ? w + 7 : w;
}

/* ---------------------------------------------------------------- cities */

struct city {
	const char *name, *region;
	double lat, lon;
	int postal_lo, postal_hi;
	bool ru;
	int phone_area; /* US area code */
	const char *state;
	int weight;
};

static const struct city cities[] = {
    {"Москва", "RU-MOW", 55.7558, 37.6173, 101000, 129350, true, 0, NULL, 30},
    {"Санкт-Петербург", "RU-SPE", 59.9343, 30.3351, 190000, 199406, true, 0, NULL, 14},
    {"Новосибирск", "RU-NVS", 55.0084, 82.9357, 630000, 630133, true, 0, NULL, 6},
    {"Екатеринбург", "RU-SVE", 56.8389, 60.6057, 620000, 620149, true, 0, NULL, 6},
    {"Казань", "RU-TA", 55.7963, 49.1088, 420000, 420141, true, 0, NULL, 6},
    {"Нижний Новгород", "RU-NIZ", 56.3269, 44.0059, 603000, 603163, true, 0, NULL, 5},
    {"Краснодар", "RU-KDA", 45.0355, 38.9753, 350000, 350089, true, 0, NULL, 5},
    {"Самара", "RU-SAM", 53.1959, 50.1002, 443000, 443125, true, 0, NULL, 4},
    {"Ростов-на-Дону", "RU-ROS", 47.2357, 39.7015, 344000, 344113, true, 0, NULL, 4},
    {"Воронеж", "RU-VOR", 51.6720, 39.1843, 394000, 394095, true, 0, NULL, 3},
    {"Химки", "RU-MOS", 55.8970, 37.4297, 141400, 141446, true, 0, NULL, 3},
    {"Гатчина", "RU-LEN", 59.5764, 30.1283, 188300, 188309, true, 0, NULL, 2},
    {"New York", "US-NY", 40.7128, -74.0060, 10001, 10282, false, 212, "NY", 6},
    {"Los Angeles", "US-CA", 34.0522, -118.2437, 90001, 90089, false, 310, "CA", 4},
    {"Chicago", "US-IL", 41.8781, -87.6298, 60601, 60661, false, 312, "IL", 3},
    {"Houston", "US-TX", 29.7604, -95.3698, 77001, 77099, false, 713, "TX", 3},
    {"Seattle", "US-WA", 47.6062, -122.3321, 98101, 98199, false, 206, "WA", 2},
    {"Miami", "US-FL", 25.7617, -80.1918, 33101, 33199, false, 305, "FL", 2},
};
#define NCITIES ((int)(sizeof(cities) / sizeof(cities[0])))

int city_count(void)
{
	return NCITIES;
}

const char *city_name(int c)
{
	return cities[c].name;
}

const char *city_region(int c)
{
	return cities[c].region;
}

bool city_ru(int c)
{
	return cities[c].ru;
}

int fake_city(struct rng *r, bool ru)
{
	int total = 0, i, x;
	for (i = 0; i < NCITIES; i++)
		if (cities[i].ru == ru)
			total += cities[i].weight;
	x = (int)rng_int(r, 0, total - 1);
	for (i = 0; i < NCITIES; i++) {
		if (cities[i].ru != ru)
			continue;
		if (x < cities[i].weight)
			return i;
		x -= cities[i].weight;
	}
	return 0;
}

void city_point(struct rng *r, int c, double *lat, double *lon)
{
	*lat = cities[c].lat + 0.06 * rng_normal(r);
	*lon = cities[c].lon + 0.09 * rng_normal(r);
}

/* ---------------------------------------------------------------- names */

struct nm {
	const char *cyr, *lat;
};

static const struct nm ru_male[] = {
    {"Александр", "aleksandr"}, {"Алексей", "aleksei"},   {"Андрей", "andrei"},
    {"Артём", "artem"},         {"Владимир", "vladimir"}, {"Дмитрий", "dmitrii"},
    {"Евгений", "evgenii"},     {"Иван", "ivan"},         {"Игорь", "igor"},
    {"Кирилл", "kirill"},       {"Максим", "maksim"},     {"Михаил", "mikhail"},
    {"Никита", "nikita"},       {"Николай", "nikolai"},   {"Павел", "pavel"},
    {"Роман", "roman"},         {"Сергей", "sergei"},     {"Денис", "denis"},
    {"Олег", "oleg"},           {"Юрий", "iurii"},        {"Егор", "egor"},
    {"Тимур", "timur"},         {"Илья", "ilia"},         {"Виктор", "viktor"},
};
static const struct nm ru_female[] = {
    {"Анна", "anna"},      {"Мария", "mariia"},         {"Елена", "elena"},
    {"Ольга", "olga"},     {"Наталья", "natalia"},      {"Татьяна", "tatiana"},
    {"Ирина", "irina"},    {"Екатерина", "ekaterina"},  {"Светлана", "svetlana"},
    {"Юлия", "iuliia"},    {"Анастасия", "anastasiia"}, {"Дарья", "daria"},
    {"Ксения", "kseniia"}, {"Полина", "polina"},        {"Виктория", "viktoriia"},
    {"Алина", "alina"},    {"Софья", "sofia"},          {"Вера", "vera"},
};
/* male forms; the female form appends "а" (-ов, -ев, -ин) or swaps -ий for -ая */
static const struct nm ru_last[] = {
    {"Иванов", "ivanov"},
    {"Смирнов", "smirnov"},
    {"Кузнецов", "kuznetsov"},
    {"Попов", "popov"},
    {"Васильев", "vasilev"},
    {"Петров", "petrov"},
    {"Соколов", "sokolov"},
    {"Михайлов", "mikhailov"},
    {"Новиков", "novikov"},
    {"Фёдоров", "fedorov"},
    {"Морозов", "morozov"},
    {"Волков", "volkov"},
    {"Алексеев", "alekseev"},
    {"Лебедев", "lebedev"},
    {"Семёнов", "semenov"},
    {"Егоров", "egorov"},
    {"Павлов", "pavlov"},
    {"Козлов", "kozlov"},
    {"Степанов", "stepanov"},
    {"Николаев", "nikolaev"},
    {"Орлов", "orlov"},
    {"Андреев", "andreev"},
    {"Макаров", "makarov"},
    {"Никитин", "nikitin"},
    {"Захаров", "zakharov"},
    {"Зайцев", "zaitsev"},
    {"Соловьёв", "solovev"},
    {"Борисов", "borisov"},
    {"Яковлев", "iakovlev"},
    {"Григорьев", "grigorev"},
    {"Романов", "romanov"},
    {"Воробьёв", "vorobev"},
    {"Сергеев", "sergeev"},
    {"Кузьмин", "kuzmin"},
    {"Фролов", "frolov"},
    {"Александров", "aleksandrov"},
    {"Дмитриев", "dmitriev"},
    {"Королёв", "korolev"},
    {"Гусев", "gusev"},
    {"Киселёв", "kiselev"},
    {"Ильин", "ilin"},
    {"Максимов", "maksimov"},
    {"Поляков", "poliakov"},
    {"Сорокин", "sorokin"},
    {"Виноградов", "vinogradov"},
    {"Ковалёв", "kovalev"},
    {"Белов", "belov"},
    {"Медведев", "medvedev"},
    {"Антонов", "antonov"},
    {"Тарасов", "tarasov"},
    {"Жуков", "zhukov"},
    {"Баранов", "baranov"},
    {"Островский", "ostrovskii"},
    {"Вишневский", "vishnevskii"},
    {"Шевченко", "shevchenko"},
    {"Ким", "kim"},
};
static const char *const ru_patr[][2] = {
    {"Александрович", "Александровна"}, {"Алексеевич", "Алексеевна"}, {"Андреевич", "Андреевна"},
    {"Владимирович", "Владимировна"},   {"Дмитриевич", "Дмитриевна"}, {"Иванович", "Ивановна"},
    {"Игоревич", "Игоревна"},           {"Михайлович", "Михайловна"}, {"Николаевич", "Николаевна"},
    {"Павлович", "Павловна"},           {"Сергеевич", "Сергеевна"},   {"Юрьевич", "Юрьевна"},
    {"Викторович", "Викторовна"},       {"Олегович", "Олеговна"},     {"Петрович", "Петровна"},
};
static const char *const us_male[] = {
    "James",  "John",   "Robert",  "Michael", "William", "David",   "Richard",
    "Joseph", "Thomas", "Charles", "Daniel",  "Matthew", "Anthony", "Mark",
    "Steven", "Andrew", "Joshua",  "Kevin",   "Brian",   "Ryan",
};
static const char *const us_female[] = {
    "Mary",  "Patricia", "Jennifer", "Linda",  "Elizabeth", "Barbara", "Susan",   "Jessica",
    "Sarah", "Karen",    "Emily",    "Ashley", "Michelle",  "Amanda",  "Melissa", "Laura",
};
static const char *const us_last[] = {
    "Smith",  "Johnson",   "Williams", "Brown",     "Jones",    "Garcia",  "Miller",
    "Davis",  "Rodriguez", "Martinez", "Hernandez", "Lopez",    "Wilson",  "Anderson",
    "Thomas", "Taylor",    "Moore",    "Jackson",   "Martin",   "Lee",     "Thompson",
    "White",  "Harris",    "Clark",    "Lewis",     "Robinson", "Walker",  "Young",
    "Allen",  "King",      "Wright",   "Scott",     "Nguyen",   "Hill",    "Green",
    "Adams",  "Baker",     "Nelson",   "Carter",    "Mitchell", "O'Brien",
};
static const char *const ru_mail[] = {"mail.ru",    "yandex.ru", "gmail.com", "bk.ru",
                                      "rambler.ru", "list.ru",   "inbox.ru",  "ya.ru"};
static const char *const us_mail[] = {"gmail.com",  "yahoo.com",   "outlook.com",
                                      "icloud.com", "hotmail.com", "aol.com"};

static void lower_ascii(char *dst, size_t n, const char *src)
{
	/* "O'Brien" -> "obrien": e-mail local parts drop the apostrophe */
	size_t o = 0;
	for (; *src && o + 1 < n; src++) {
		char c = *src;
		if (c == '\'')
			continue;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		dst[o++] = c;
	}
	dst[o] = '\0';
}

static void female_surname(char *out, size_t n, const char *m)
{
	size_t len = strlen(m);
	/* "ий" is two 2-byte UTF-8 letters */
	if (len >= 4 && strcmp(m + len - 4, "ий") == 0)
		snprintf(out, n, "%.*sая", (int)(len - 4), m);
	else if (len >= 2 && (strcmp(m + len - 2, "в") == 0 || strcmp(m + len - 2, "н") == 0))
		snprintf(out, n, "%sа", m);
	else
		snprintf(out, n, "%s", m); /* Шевченко, Ким */
}

void fake_phone(struct rng *r, bool ru, char *out, size_t n)
{
	if (ru) {
		int op = (int)rng_int(r, 900, 999);
		int a = (int)rng_int(r, 100, 999), b = (int)rng_int(r, 0, 99),
		    c = (int)rng_int(r, 0, 99);
		switch (rng_int(r, 0, 3)) {
		case 0:
			snprintf(out, n, "+7 (%d) %03d-%02d-%02d", op, a, b, c);
			break;
		case 1:
			snprintf(out, n, "+7%d%03d%02d%02d", op, a, b, c);
			break;
		case 2:
			snprintf(out, n, "+7 %d %03d %02d %02d", op, a, b, c);
			break;
		default:
			snprintf(out, n, "+7-%d-%03d-%02d-%02d", op, a, b, c);
			break;
		}
	} else {
		static const int areas[] = {212, 646, 310, 415, 312, 713, 206, 305, 617, 202};
		int area = PICK(r, areas);
		int ex = (int)rng_int(r, 201, 989), line = (int)rng_int(r, 0, 9999);
		if (rng_chance(r, 0.5))
			snprintf(out, n, "+1 (%d) %d-%04d", area, ex, line);
		else
			snprintf(out, n, "+1-%d-%d-%04d", area, ex, line);
	}
}

void fake_person(struct rng *r, struct person *p, bool ru, int64_t uniq)
{
	memset(p, 0, sizeof *p);
	p->ru = ru;
	p->female = rng_chance(r, 0.52);
	p->city = fake_city(r, ru);
	if (ru) {
		const struct nm *f = p->female ? &PICK(r, ru_female) : &PICK(r, ru_male);
		const struct nm *l = &PICK(r, ru_last);
		snprintf(p->first, sizeof p->first, "%s", f->cyr);
		if (p->female)
			female_surname(p->last, sizeof p->last, l->cyr);
		else
			snprintf(p->last, sizeof p->last, "%s", l->cyr);
		snprintf(p->middle, sizeof p->middle, "%s", PICK(r, ru_patr)[p->female]);
		snprintf(p->first_lat, sizeof p->first_lat, "%s", f->lat);
		snprintf(p->last_lat, sizeof p->last_lat, "%s%s", l->lat,
		         p->female && strcmp(p->last, l->cyr) != 0 ? "a" : "");
	} else {
		snprintf(p->first, sizeof p->first, "%s",
		         p->female ? PICK(r, us_female) : PICK(r, us_male));
		snprintf(p->last, sizeof p->last, "%s", PICK(r, us_last));
		lower_ascii(p->first_lat, sizeof p->first_lat, p->first);
		lower_ascii(p->last_lat, sizeof p->last_lat, p->last);
	}
	{
		const char *dom = ru ? PICK(r, ru_mail) : PICK(r, us_mail);
		switch (rng_int(r, 0, 3)) {
		case 0:
			snprintf(p->email, sizeof p->email, "%s.%s%lld@%s", p->first_lat,
			         p->last_lat, (long long)uniq, dom);
			break;
		case 1:
			snprintf(p->email, sizeof p->email, "%c.%s.%lld@%s", p->first_lat[0],
			         p->last_lat, (long long)uniq, dom);
			break;
		case 2:
			snprintf(p->email, sizeof p->email, "%s_%s_%lld@%s", p->last_lat,
			         p->first_lat, (long long)uniq, dom);
			break;
		default:
			snprintf(p->email, sizeof p->email, "%s%lld@%s", p->last_lat,
			         (long long)uniq, dom);
			break;
		}
	}
	fake_phone(r, ru, p->phone, sizeof p->phone);
	{
		/* ages 18..75 at 2024 */
		int y = (int)rng_int(r, 1949, 2006), m = (int)rng_int(r, 1, 12),
		    d = (int)rng_int(r, 1, 28);
		snprintf(p->birth, sizeof p->birth, "%04d-%02d-%02d", y, m, d);
	}
}

/* ---------------------------------------------------------------- addresses */

static const char *const ru_streets[] = {
    "Ленина",      "Мира",       "Советская",     "Гагарина",    "Пушкина",    "Садовая",
    "Лесная",      "Молодёжная", "Школьная",      "Центральная", "Набережная", "Тверская",
    "Профсоюзная", "Строителей", "Комсомольская", "Октябрьская", "Победы",     "Чехова",
};
static const char *const ru_street_kind[] = {"ул.", "ул.", "ул.", "пр-т", "пер.", "б-р"};
static const char *const us_streets[] = {
    "Main", "Oak",  "Pine",   "Maple",    "Cedar",   "Elm",       "Washington", "Lake",
    "Hill", "Park", "Sunset", "Highland", "Madison", "Jefferson", "River",
};
static const char *const us_street_kind[] = {"St", "Ave", "Blvd", "Rd", "Ln", "Dr"};

void fake_address(struct rng *r, int city, char *street, size_t n1, char *postal, size_t n2)
{
	const struct city *c = &cities[city];
	if (c->ru) {
		int house = (int)rng_int(r, 1, 160), flat = (int)rng_int(r, 1, 420);
		if (rng_chance(r, 0.15))
			snprintf(street, n1, "%s %s, д. %d, корп. %d, кв. %d",
			         PICK(r, ru_street_kind), PICK(r, ru_streets), house,
			         (int)rng_int(r, 1, 4), flat);
		else
			snprintf(street, n1, "%s %s, д. %d, кв. %d", PICK(r, ru_street_kind),
			         PICK(r, ru_streets), house, flat);
		snprintf(postal, n2, "%06d", (int)rng_int(r, c->postal_lo, c->postal_hi));
	} else {
		int house = (int)rng_int(r, 10, 9800);
		if (rng_chance(r, 0.4))
			snprintf(street, n1, "%d %s %s, Apt %d", house, PICK(r, us_streets),
			         PICK(r, us_street_kind), (int)rng_int(r, 1, 40));
		else
			snprintf(street, n1, "%d %s %s", house, PICK(r, us_streets),
			         PICK(r, us_street_kind));
		snprintf(postal, n2, "%05d", (int)rng_int(r, c->postal_lo, c->postal_hi));
	}
}

/* ---------------------------------------------------------------- identifiers */

static void digits(struct rng *r, char *out, int n)
{
	for (int i = 0; i < n; i++)
		out[i] = (char)('0' + rng_int(r, 0, 9));
}

static int inn_check(const char *d, const int *w, int n)
{
	int s = 0;
	for (int i = 0; i < n; i++)
		s += (d[i] - '0') * w[i];
	return s % 11 % 10;
}

static const int w10[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
static const int w11[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
static const int w12[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
static const char *const inn_regions[] = {"77", "78", "54", "66", "16", "52",
                                          "23", "63", "61", "36", "50", "47"};

void fake_inn12(struct rng *r, char out[13])
{
	memcpy(out, PICK(r, inn_regions), 2);
	digits(r, out + 2, 8);
	out[10] = (char)('0' + inn_check(out, w11, 10));
	out[11] = (char)('0' + inn_check(out, w12, 11));
	out[12] = '\0';
}

void fake_inn10(struct rng *r, char out[11])
{
	memcpy(out, PICK(r, inn_regions), 2);
	digits(r, out + 2, 7);
	out[9] = (char)('0' + inn_check(out, w10, 9));
	out[10] = '\0';
}

static int snils_check(const char *d9)
{
	int s = 0;
	for (int i = 0; i < 9; i++)
		s += (d9[i] - '0') * (9 - i);
	if (s < 100)
		return s;
	if (s == 100 || s == 101)
		return 0;
	s %= 101;
	return s == 100 ? 0 : s;
}

void fake_snils(struct rng *r, char out[15])
{
	char d[9];
	int c;
	/* numbers up to 001-001-998 carry no check digits: stay above */
	do
		digits(r, d, 9);
	while (memcmp(d, "002", 3) < 0);
	c = snils_check(d);
	snprintf(out, 15, "%.3s-%.3s-%.3s %02d", d, d + 3, d + 6, c);
}

void fake_passport(struct rng *r, char out[12])
{
	static const int okato[] = {45, 40, 50, 65, 92, 22, 3, 36, 60, 20};
	snprintf(out, 12, "%02d%02d %06d", PICK(r, okato), (int)rng_int(r, 3, 23),
	         (int)rng_int(r, 100000, 999999));
}

static int luhn_digit(const char *d, int n)
{
	/* check digit for the payload d[0..n-1] */
	int s = 0;
	for (int i = n - 1, dbl = 1; i >= 0; i--, dbl = !dbl) {
		int v = d[i] - '0';
		if (dbl) {
			v *= 2;
			if (v > 9)
				v -= 9;
		}
		s += v;
	}
	return (10 - s % 10) % 10;
}

void fake_pan(struct rng *r, char out[17])
{
	/* issuer test ranges: Visa, Mastercard, Mir */
	static const char *const bins[] = {"400000", "411111", "555555", "510510", "220000"};
	memcpy(out, PICK(r, bins), 6);
	digits(r, out + 6, 9);
	out[15] = (char)('0' + luhn_digit(out, 15));
	out[16] = '\0';
}

static int mod97(const char *s)
{
	int m = 0;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			m = (m * 10 + (*s - '0')) % 97;
		else if (*s >= 'A' && *s <= 'Z')
			m = (m * 100 + (*s - 'A' + 10)) % 97;
	}
	return m;
}

void fake_iban(struct rng *r, char *out, size_t n)
{
	static const char *const banks_nl[] = {"ABNA", "INGB", "RABO", "TRIO"};
	static const char *const banks_gb[] = {"NWBK", "BARC", "HBUK", "LOYD"};
	char bban[32], tmp[40], plain[40];
	const char *cc;
	int k;
	switch (rng_int(r, 0, 3)) {
	case 0:
		cc = "DE";
		digits(r, bban, 18);
		bban[18] = '\0';
		break;
	case 1:
		cc = "FR";
		digits(r, bban, 23);
		bban[23] = '\0';
		break;
	case 2:
		cc = "NL";
		memcpy(bban, PICK(r, banks_nl), 4);
		digits(r, bban + 4, 10);
		bban[14] = '\0';
		break;
	default:
		cc = "GB";
		memcpy(bban, PICK(r, banks_gb), 4);
		digits(r, bban + 4, 14);
		bban[18] = '\0';
		break;
	}
	snprintf(tmp, sizeof tmp, "%s%s00", bban, cc);
	k = 98 - mod97(tmp);
	snprintf(plain, sizeof plain, "%s%02d%s", cc, k, bban);
	if (rng_chance(r, 0.35)) {
		/* the printed form: groups of four */
		size_t o = 0;
		for (size_t i = 0; plain[i] && o + 2 < n; i++) {
			if (i && i % 4 == 0)
				out[o++] = ' ';
			out[o++] = plain[i];
		}
		out[o] = '\0';
	} else {
		snprintf(out, n, "%s", plain);
	}
}

void fake_ipv4(struct rng *r, char *out, size_t n)
{
	static const int first[] = {5,   31,  37,  46,  62, 77,  78,  79,  81,  85,  87,
	                            89,  91,  93,  94,  95, 109, 176, 178, 185, 188, 193,
	                            195, 212, 213, 217, 23, 24,  50,  64,  66,  67,  68,
	                            69,  71,  73,  76,  96, 98,  104, 107};
	snprintf(out, n, "%d.%d.%d.%d", PICK(r, first), (int)rng_int(r, 0, 255),
	         (int)rng_int(r, 0, 255), (int)rng_int(r, 1, 254));
}

void fake_ipv6(struct rng *r, char *out, size_t n)
{
	/* eight non-zero groups: the text is already PostgreSQL's canonical form */
	static const char *const pfx[] = {"2a00:1fa0", "2a02:6b8", "2001:4860", "2600:1700",
	                                  "2a03:d000"};
	snprintf(out, n, "%s:%x:%x:%x:%x:%x:%x", PICK(r, pfx), (unsigned)rng_int(r, 1, 0xffff),
	         (unsigned)rng_int(r, 1, 0xffff), (unsigned)rng_int(r, 1, 0xffff),
	         (unsigned)rng_int(r, 1, 0xffff), (unsigned)rng_int(r, 1, 0xffff),
	         (unsigned)rng_int(r, 1, 0xffff));
}

void fake_hex(struct rng *r, char *out, size_t nchars)
{
	static const char hx[] = "0123456789abcdef";
	for (size_t i = 0; i < nchars; i++)
		out[i] = hx[rng_next(r) & 15];
	out[nchars] = '\0';
}

void fake_uuid(struct rng *r, char out[37])
{
	char h[33];
	fake_hex(r, h, 32);
	h[12] = '4';                     /* version 4 */
	h[16] = "89ab"[rng_next(r) & 3]; /* RFC 4122 variant */
	snprintf(out, 37, "%.8s-%.4s-%.4s-%.4s-%.12s", h, h + 8, h + 12, h + 16, h + 20);
}

const char *fake_user_agent(struct rng *r)
{
	static const char *const ua[] = {
	    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
	    "Chrome/120.0 Safari/537.36",
	    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) "
	    "Version/17.2 Safari/605.1.15",
	    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 "
	    "Mobile/15E148",
	    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/120.0 Mobile "
	    "Safari/537.36",
	    "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
	    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 YaBrowser/24.1 "
	    "Safari/537.36",
	    "ShopApp/5.12 (Android 13; Xiaomi 2201117TG)",
	    "ShopApp/5.12 (iOS 17.2; iPhone14,5)",
	};
	return PICK(r, ua);
}

/* ---------------------------------------------------------------- checks */

bool check_inn(const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	if (n == 10)
		return inn_check(s, w10, 9) == s[9] - '0';
	if (n == 12)
		return inn_check(s, w11, 10) == s[10] - '0' && inn_check(s, w12, 11) == s[11] - '0';
	return false;
}

bool check_snils(const char *s)
{
	char d[11];
	int n = 0;
	for (; *s; s++)
		if (*s >= '0' && *s <= '9') {
			if (n == 11)
				return false;
			d[n++] = *s;
		}
	return n == 11 && snils_check(d) == (d[9] - '0') * 10 + (d[10] - '0');
}

bool check_luhn(const char *s)
{
	size_t n = strlen(s);
	if (n < 12)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return luhn_digit(s, (int)n - 1) == s[n - 1] - '0';
}

bool check_iban(const char *s)
{
	char plain[40], rot[44];
	size_t n = 0;
	for (; *s; s++)
		if (*s != ' ') {
			if (n + 1 >= sizeof plain)
				return false;
			plain[n++] = *s;
		}
	plain[n] = '\0';
	if (n < 15)
		return false;
	snprintf(rot, sizeof rot, "%s%.4s", plain + 4, plain);
	return mod97(rot) == 1;
}
