/*
 * pii.c - personal-data classification of columns, and the timestamp
 * signal for update frequency (both come from one bounded row sample per
 * table).
 *
 * Evidence per column:
 *   - its name: English and Russian words, including transliterations
 *     (familiya, telefon, pochta, adres, data_rozhdeniya, pasport, inn,
 *     snils ...), with the table as context for a bare "name", and the
 *     roles people play (courier, guarantor, otvetstvennyy ...); the
 *     words of eight more languages come from data/lexicon/pii_words.tsv
 *     (generated into pii_lexicon.h at build time);
 *   - its comment, when the name says nothing (f1 -- ФИО контактного лица);
 *   - sampled values: patterns (e-mail, phone, IPv4/IPv6, SSN, passport,
 *     coordinates, dates) and checksums (Luhn for cards, mod-97 for IBAN,
 *     the INN and SNILS control digits).
 * Values are classified as they stream through the sampler's callback and
 * only counts are kept.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "map_int.h"

/* ------------------------------------------------------------ names */

/* Rules on the joined lowercase name (no separators) or on single words. */
struct nrule {
	const char *pat;
	char how;          /* 'w': a word equals; 'j': joined contains; 'e': joined equals */
	sx_map_pii cls;
	double score;
	const char *sub;   /* government id subtype */
};

static const struct nrule name_rules[] = {
	/* e-mail */
	{"email", 'j', SX_PII_EMAIL, 0.85, NULL},
	{"mail", 'w', SX_PII_EMAIL, 0.7, NULL},
	{"eml", 'w', SX_PII_EMAIL, 0.7, NULL},
	{"pochta", 'j', SX_PII_EMAIL, 0.75, NULL},
	{"почта", 'j', SX_PII_EMAIL, 0.8, NULL},
	{"емейл", 'j', SX_PII_EMAIL, 0.8, NULL},
	/* phone */
	{"phone", 'j', SX_PII_PHONE, 0.85, NULL},
	{"telephone", 'j', SX_PII_PHONE, 0.85, NULL},
	{"tel", 'w', SX_PII_PHONE, 0.7, NULL},
	{"mobile", 'w', SX_PII_PHONE, 0.7, NULL},
	{"cell", 'w', SX_PII_PHONE, 0.55, NULL},
	{"msisdn", 'j', SX_PII_PHONE, 0.85, NULL},
	{"fax", 'w', SX_PII_PHONE, 0.7, NULL},
	{"telefon", 'j', SX_PII_PHONE, 0.85, NULL},
	{"телефон", 'j', SX_PII_PHONE, 0.85, NULL},
	{"mobilnyy", 'j', SX_PII_PHONE, 0.8, NULL},
	{"mob", 'w', SX_PII_PHONE, 0.7, NULL},
	/* names of people */
	{"firstname", 'j', SX_PII_PERSON_NAME, 0.85, NULL},
	{"lastname", 'j', SX_PII_PERSON_NAME, 0.85, NULL},
	{"fullname", 'j', SX_PII_PERSON_NAME, 0.8, NULL},
	{"middlename", 'j', SX_PII_PERSON_NAME, 0.85, NULL},
	{"givenname", 'j', SX_PII_PERSON_NAME, 0.85, NULL},
	{"familyname", 'j', SX_PII_PERSON_NAME, 0.85, NULL},
	{"surname", 'j', SX_PII_PERSON_NAME, 0.85, NULL},
	{"maidenname", 'j', SX_PII_PERSON_NAME, 0.85, NULL},
	{"patronymic", 'j', SX_PII_PERSON_NAME, 0.85, NULL},
	{"fname", 'e', SX_PII_PERSON_NAME, 0.7, NULL},
	{"firstnm", 'j', SX_PII_PERSON_NAME, 0.75, NULL},
	{"lastnm", 'j', SX_PII_PERSON_NAME, 0.75, NULL},
	{"nextofkin", 'j', SX_PII_PERSON_NAME, 0.75, NULL},
	{"lname", 'e', SX_PII_PERSON_NAME, 0.7, NULL},
	{"fnm", 'w', SX_PII_PERSON_NAME, 0.7, NULL},
	{"lnm", 'w', SX_PII_PERSON_NAME, 0.7, NULL},
	{"contactname", 'j', SX_PII_PERSON_NAME, 0.75, NULL},
	{"displayname", 'j', SX_PII_PERSON_NAME, 0.7, NULL},
	{"billingname", 'j', SX_PII_PERSON_NAME, 0.75, NULL},
	{"shippingname", 'j', SX_PII_PERSON_NAME, 0.75, NULL},
	{"recipientname", 'j', SX_PII_PERSON_NAME, 0.8, NULL},
	{"customername", 'j', SX_PII_PERSON_NAME, 0.75, NULL},
	{"clientname", 'j', SX_PII_PERSON_NAME, 0.75, NULL},
	{"holdername", 'j', SX_PII_PERSON_NAME, 0.8, NULL},
	{"cardholder", 'j', SX_PII_PERSON_NAME, 0.8, NULL},
	{"accountholder", 'j', SX_PII_PERSON_NAME, 0.75, NULL},
	{"patientname", 'j', SX_PII_PERSON_NAME, 0.8, NULL},
	{"passengername", 'j', SX_PII_PERSON_NAME, 0.8, NULL},
	{"guestname", 'j', SX_PII_PERSON_NAME, 0.8, NULL},
	{"fio", 'w', SX_PII_PERSON_NAME, 0.85, NULL},
	/* people by role: text columns holding a person's name */
	{"recipient", 'w', SX_PII_PERSON_NAME, 0.6, NULL},
	{"author", 'w', SX_PII_PERSON_NAME, 0.55, NULL},
	{"manager", 'e', SX_PII_PERSON_NAME, 0.55, NULL},
	{"contactperson", 'j', SX_PII_PERSON_NAME, 0.75, NULL},
	{"kontaktnoelitso", 'j', SX_PII_PERSON_NAME, 0.75, NULL},
	{"poluchatel", 'j', SX_PII_PERSON_NAME, 0.65, NULL},
	{"получатель", 'j', SX_PII_PERSON_NAME, 0.7, NULL},
	{"контактноелицо", 'j', SX_PII_PERSON_NAME, 0.8, NULL},
	{"familiya", 'j', SX_PII_PERSON_NAME, 0.85, NULL},
	{"familija", 'j', SX_PII_PERSON_NAME, 0.85, NULL},
	{"imya", 'w', SX_PII_PERSON_NAME, 0.8, NULL},
	{"otchestvo", 'j', SX_PII_PERSON_NAME, 0.85, NULL},
	{"фамилия", 'j', SX_PII_PERSON_NAME, 0.9, NULL},
	{"имя", 'w', SX_PII_PERSON_NAME, 0.8, NULL},
	{"отчество", 'j', SX_PII_PERSON_NAME, 0.9, NULL},
	{"фио", 'w', SX_PII_PERSON_NAME, 0.9, NULL},
	/* addresses */
	{"address", 'j', SX_PII_POSTAL_ADDRESS, 0.75, NULL},
	{"addr", 'w', SX_PII_POSTAL_ADDRESS, 0.65, NULL},
	{"adr", 'w', SX_PII_POSTAL_ADDRESS, 0.65, NULL},
	{"street", 'j', SX_PII_POSTAL_ADDRESS, 0.75, NULL},
	{"zip", 'w', SX_PII_POSTAL_ADDRESS, 0.55, NULL},
	{"zipcode", 'j', SX_PII_POSTAL_ADDRESS, 0.55, NULL},
	{"postalcode", 'j', SX_PII_POSTAL_ADDRESS, 0.55, NULL},
	{"postcode", 'j', SX_PII_POSTAL_ADDRESS, 0.55, NULL},
	{"adres", 'j', SX_PII_POSTAL_ADDRESS, 0.8, NULL},
	{"ulitsa", 'j', SX_PII_POSTAL_ADDRESS, 0.8, NULL},
	{"адрес", 'j', SX_PII_POSTAL_ADDRESS, 0.85, NULL},
	{"улица", 'j', SX_PII_POSTAL_ADDRESS, 0.8, NULL},
	{"shipto", 'j', SX_PII_POSTAL_ADDRESS, 0.65, NULL},
	{"deliverto", 'j', SX_PII_POSTAL_ADDRESS, 0.65, NULL},
	{"billto", 'j', SX_PII_POSTAL_ADDRESS, 0.65, NULL},
	{"prozhivan", 'j', SX_PII_POSTAL_ADDRESS, 0.75, NULL},
	{"propisk", 'j', SX_PII_POSTAL_ADDRESS, 0.75, NULL},
	{"проживан", 'j', SX_PII_POSTAL_ADDRESS, 0.8, NULL},
	{"прописк", 'j', SX_PII_POSTAL_ADDRESS, 0.8, NULL},
	/* birth dates */
	{"birth", 'j', SX_PII_BIRTH_DATE, 0.85, NULL},
	{"dob", 'w', SX_PII_BIRTH_DATE, 0.8, NULL},
	{"born", 'w', SX_PII_BIRTH_DATE, 0.7, NULL},
	{"rozhdeniya", 'j', SX_PII_BIRTH_DATE, 0.85, NULL},
	{"rozhdenija", 'j', SX_PII_BIRTH_DATE, 0.85, NULL},
	{"рождения", 'j', SX_PII_BIRTH_DATE, 0.9, NULL},
	{"rozhd", 'j', SX_PII_BIRTH_DATE, 0.8, NULL},
	{"рожд", 'j', SX_PII_BIRTH_DATE, 0.8, NULL},
	{"bday", 'w', SX_PII_BIRTH_DATE, 0.75, NULL},
	{"bdate", 'w', SX_PII_BIRTH_DATE, 0.75, NULL},
	/* government ids */
	{"ssn", 'w', SX_PII_GOVERNMENT_ID, 0.85, "ssn"},
	{"socialsecurity", 'j', SX_PII_GOVERNMENT_ID, 0.85, "ssn"},
	{"passport", 'j', SX_PII_GOVERNMENT_ID, 0.85, "passport"},
	{"pasport", 'j', SX_PII_GOVERNMENT_ID, 0.85, "passport"},
	{"паспорт", 'j', SX_PII_GOVERNMENT_ID, 0.9, "passport"},
	{"inn", 'w', SX_PII_GOVERNMENT_ID, 0.75, "inn"},
	{"инн", 'w', SX_PII_GOVERNMENT_ID, 0.85, "inn"},
	{"snils", 'j', SX_PII_GOVERNMENT_ID, 0.9, "snils"},
	{"снилс", 'j', SX_PII_GOVERNMENT_ID, 0.9, "snils"},
	{"nationalid", 'j', SX_PII_GOVERNMENT_ID, 0.8, "national_id"},
	{"taxid", 'j', SX_PII_GOVERNMENT_ID, 0.75, "tax_id"},
	{"driverlicense", 'j', SX_PII_GOVERNMENT_ID, 0.8, "driver_license"},
	{"driverslicense", 'j', SX_PII_GOVERNMENT_ID, 0.8, "driver_license"},
	{"driverlicence", 'j', SX_PII_GOVERNMENT_ID, 0.8, "driver_license"},
	{"drivinglicence", 'j', SX_PII_GOVERNMENT_ID, 0.8, "driver_license"},
	{"drivinglicense", 'j', SX_PII_GOVERNMENT_ID, 0.8, "driver_license"},
	{"socsec", 'j', SX_PII_GOVERNMENT_ID, 0.8, "ssn"},
	{"nationalinsurance", 'j', SX_PII_GOVERNMENT_ID, 0.8, "national_id"},
	{"tin", 'w', SX_PII_GOVERNMENT_ID, 0.6, "tax_id"},
	{"nhs", 'w', SX_PII_GOVERNMENT_ID, 0.75, "national_id"},
	{"nino", 'w', SX_PII_GOVERNMENT_ID, 0.8, "national_id"},
	{"pasp", 'w', SX_PII_GOVERNMENT_ID, 0.8, "passport"},
	{"driverlic", 'j', SX_PII_GOVERNMENT_ID, 0.8, "driver_license"},
	{"drivinglic", 'j', SX_PII_GOVERNMENT_ID, 0.8, "driver_license"},
	{"udostoveren", 'j', SX_PII_GOVERNMENT_ID, 0.75, "id_document"},
	{"udost", 'w', SX_PII_GOVERNMENT_ID, 0.7, "id_document"},
	{"удост", 'w', SX_PII_GOVERNMENT_ID, 0.7, "id_document"},
	/* a US Known Traveler Number; the passport data airlines send
	 * (APIS), a travel document */
	{"ktn", 'w', SX_PII_GOVERNMENT_ID, 0.7, "traveler_id"},
	{"knowntraveler", 'j', SX_PII_GOVERNMENT_ID, 0.75, "traveler_id"},
	{"apis", 'w', SX_PII_GOVERNMENT_ID, 0.7, "passport"},
	{"traveldoc", 'j', SX_PII_GOVERNMENT_ID, 0.7, "passport"},
	{"удостоверени", 'j', SX_PII_GOVERNMENT_ID, 0.8, "id_document"},
	/* payment cards and bank accounts */
	{"cardnumber", 'j', SX_PII_PAYMENT_CARD, 0.85, NULL},
	{"cardno", 'j', SX_PII_PAYMENT_CARD, 0.85, NULL},
	{"creditcard", 'j', SX_PII_PAYMENT_CARD, 0.85, NULL},
	{"ccnumber", 'j', SX_PII_PAYMENT_CARD, 0.85, NULL},
	{"pan", 'w', SX_PII_PAYMENT_CARD, 0.6, NULL},
	{"cardmasked", 'j', SX_PII_PAYMENT_CARD, 0.8, NULL},
	{"maskedcard", 'j', SX_PII_PAYMENT_CARD, 0.8, NULL},
	{"cardlast4", 'j', SX_PII_PAYMENT_CARD, 0.6, NULL},
	{"nomerkarty", 'j', SX_PII_PAYMENT_CARD, 0.85, NULL},
	{"iban", 'w', SX_PII_IBAN, 0.9, NULL},
	{"bankaccount", 'j', SX_PII_IBAN, 0.6, NULL},
	/* network and location */
	{"ip", 'w', SX_PII_IP_ADDRESS, 0.75, NULL},
	{"ipaddress", 'j', SX_PII_IP_ADDRESS, 0.85, NULL},
	{"ipaddr", 'j', SX_PII_IP_ADDRESS, 0.85, NULL},
	{"remoteaddr", 'j', SX_PII_IP_ADDRESS, 0.8, NULL},
	{"ipadres", 'j', SX_PII_IP_ADDRESS, 0.9, NULL},
	{"ipv", 'w', SX_PII_IP_ADDRESS, 0.75, NULL},
	{"ipadr", 'j', SX_PII_IP_ADDRESS, 0.9, NULL},
	{"ipадрес", 'j', SX_PII_IP_ADDRESS, 0.9, NULL},
	{"latitude", 'j', SX_PII_GEOLOCATION, 0.8, NULL},
	{"longitude", 'j', SX_PII_GEOLOCATION, 0.8, NULL},
	{"lat", 'w', SX_PII_GEOLOCATION, 0.7, NULL},
	{"lng", 'w', SX_PII_GEOLOCATION, 0.7, NULL},
	{"lon", 'w', SX_PII_GEOLOCATION, 0.65, NULL},
	{"geolocation", 'j', SX_PII_GEOLOCATION, 0.8, NULL},
	{"coordinates", 'j', SX_PII_GEOLOCATION, 0.7, NULL},
	{"coords", 'w', SX_PII_GEOLOCATION, 0.7, NULL},
	{"coord", 'w', SX_PII_GEOLOCATION, 0.7, NULL},
	{"gps", 'w', SX_PII_GEOLOCATION, 0.65, NULL},
	{"shirota", 'j', SX_PII_GEOLOCATION, 0.8, NULL},
	{"dolgota", 'j', SX_PII_GEOLOCATION, 0.8, NULL},
	/* free text that people write */
	{"notes", 'e', SX_PII_FREE_TEXT, 0.5, NULL},
	{"note", 'e', SX_PII_FREE_TEXT, 0.5, NULL},
	{"comment", 'j', SX_PII_FREE_TEXT, 0.5, NULL},
	{"remarks", 'j', SX_PII_FREE_TEXT, 0.5, NULL},
	{"feedback", 'j', SX_PII_FREE_TEXT, 0.55, NULL},
	{"messagebody", 'j', SX_PII_FREE_TEXT, 0.55, NULL},
	{"bio", 'w', SX_PII_FREE_TEXT, 0.55, NULL},
	{"reason", 'e', SX_PII_FREE_TEXT, 0.4, NULL},
	{"body", 'w', SX_PII_FREE_TEXT, 0.5, NULL},
	{"message", 'w', SX_PII_FREE_TEXT, 0.5, NULL},
	{"kommentariy", 'j', SX_PII_FREE_TEXT, 0.55, NULL},
	{"primechanie", 'j', SX_PII_FREE_TEXT, 0.55, NULL},
	{"комментарий", 'j', SX_PII_FREE_TEXT, 0.55, NULL},
	{"примечание", 'j', SX_PII_FREE_TEXT, 0.55, NULL},
};

/* Words that make a name about the data rather than the data itself. */
static bool meta_word(const char *w)
{
	static const char *const m[] = {
	    "id",   "count",  "at",       "flag",    "verified", "confirmed", "type",
	    "kind", "role",   "status",   "enabled", "sent",     "template",  "format",
	    "hash", "domain", "code",     "key",     "opt",      "optin",     "valid",
	    "is",   "has",    "bounced",  "country", "region",   "policy",    "length",
	    "len",  "source", "provider", "uuid",    "ref",      "no",        "num",
	    "nr",   "prefix", "mask",     "format",  "pattern",  "regex",     NULL};
	const char *const *p;
	for (p = m; *p; p++)
		if (strcmp(w, *p) == 0)
			return true;
	return false;
}

/* A digest of the data (a hash of it), not the data: its word first or
 * last in the name ("hash_dni", "email_sha256", split "sha" "256"). */
static bool digest_word(const char *w)
{
	static const char *const d[] = {"hash", "hashed", "sha", "digest", "checksum", NULL};
	const char *const *p;
	for (p = d; *p; p++)
		if (strcmp(w, *p) == 0)
			return true;
	return false;
}

static bool digest_at(const sx__words *w, size_t i)
{
	bool num = i + 1 < w->n && isdigit((unsigned char)w->w[i + 1][0]);
	return digest_word(w->w[i]) || (!strcmp(w->w[i], "md") && num);
}

static bool digest_name(const sx__words *w)
{
	size_t last = w->n - 1;
	if (w->n < 2)
		return false;
	if (isdigit((unsigned char)w->w[last][0]) && w->n > 2)
		last--;
	return digest_at(w, 0) || digest_at(w, last);
}

/* Tables whose cards are not payment cards (loyalty, gift, library; a
 * clinic's or a hospital's patient card, pii52). */
static bool non_payment_card_table(const char *table)
{
	static const char *const k[] = {"loyalty", "bonus",   "gift",   "discount", "member",
	                                "library", "club",    "reward", "access",   "badge",
	                                "clinic",  "patient", "hospital", NULL};
	char n[256];
	const char *const *q;
	sx__norm(table, n, sizeof n);
	for (q = k; *q; q++)
		if (strstr(n, *q))
			return true;
	return false;
}

/* A loanword of "number" as many languages write it ("namba", "nambala",
 * "inambala", "nomoro", "numera", "nombolo"): an n, an m, then b or r (and
 * an l or r after a b), vowels between, a noun class's "i" before; four
 * to nine letters. Not the Romance "nombre", a name (pii45). */
static bool number_loan(const char *w)
{
	char sk[8];
	size_t n = 0, len = strlen(w);
	const char *p = w;
	if (len < 4 || len > 9 || !strcmp(w, "nombre") || !strcmp(w, "nombres"))
		return false;
	if (p[0] == 'i' && p[1] == 'n')
		p++;
	for (; *p; p++) {
		if (!isalpha((unsigned char)*p))
			return false;
		if (strchr("aeiou", *p))
			continue;
		if (n + 1 >= sizeof sk)
			return false;
		sk[n++] = *p;
	}
	sk[n] = 0;
	/* the m and the b together ("namba", not "namibia") */
	if (!strcmp(sk, "nmb") || !strcmp(sk, "nmbr") || !strcmp(sk, "nmbl"))
		return strstr(w, "mb") != NULL;
	return !strcmp(sk, "nmr");
}

/* Words that number an identifier, in the languages of the lexicon. */
static bool number_listed(const char *w)
{
	static const char *const n[] = {"no",     "num",    "nr",     "number", "nomer", "номер",
	                                "nummer", "numero", "número", "nro",    "numer", "nº",
	                                "numara", "n",
	                                /* pii29: Azerbaijani, Albanian, Welsh, Czech and
	                                 * Slovak, South Slavic, Latvian, Lithuanian */
	                                "nomre",  "nömrə",  "numri",  "rhif",   "cislo", "číslo",
	                                "broj",   "numurs", "numeris",
	                                /* pii30: Irish, Hungarian, Indonesian and Malay,
	                                 * Greek, Hindi and Nepali */
	                                "uimhir", "szám",   "szam",   "nomor",  "arithmos",
	                                "sankhya", "संख्या", "sankhye",
	                                /* pii31: Hausa, Maltese, Basque, Afrikaans,
	                                 * Swahili, Uzbek and Arabic translit */
	                                "lambar", "lamba",  "numru",  "nru",    "zenbakia",
	                                "zenbaki", "nommer", "nambari", "raqami", "raqam",
	                                /* ...Malay, Slovenian */
	                                "nombor", "stevilka", "številka",
	                                /* pii32: Romanian and Belarusian translit,
	                                 * Somali, romanised Sinhala */
	                                "numar",  "număr",  "lambarka", "ankaya",
	                                /* pii34: Kinyarwanda and Kirundi, Tajik */
	                                "nimero", "рақам",  "рақами", NULL};
	const char *const *q;
	for (q = n; *q; q++)
		if (!strcmp(w, *q))
			return true;
	return false;
}

/* ...or a loanword of "number" (pii45) */
static bool number_word(const char *w)
{
	return number_listed(w) || number_loan(w);
}

/* A word that ends like a plural (English, Spanish, ...): "cards". */
static bool ends_plural(const char *w)
{
	size_t n = strlen(w);
	return n > 3 && w[n - 1] == 's' && w[n - 2] != 's';
}

/* Last words that number or mask an identifier. */
static bool id_suffix(const char *w)
{
	return number_word(w) || !strcmp(w, "mask") || !strcmp(w, "masked");
}

/* ------------------------------------------------ the multilingual lexicon */

/* One word of data/lexicon/pii_words.tsv (generated into pii_lexicon.h):
 * kind 'c' a class's word, 'b' a bare name word, 't' a word of a table of
 * people, 'x' a place or a part that no address or birth date is, 'r' a
 * role, 'm' a name word; since issue 20 'o' an organisation or a part of
 * one, 'k' a company's number, 'i' a reference number, 'd' a description,
 * 'v' an event (for a description), since pii37 'q' a word that makes a
 * name word a person's (full, a father's) and 'g' a thing whose name is
 * no person's (a product, a city); how 'w'
 * a word equals it, 'p' a word begins with it (a compound's head), 'j' the
 * joined name contains it, 'e' the joined name equals it, 'n' a word begins
 * with it and the name holds a number word. */
struct lexword {
	char kind;
	char how;
	sx_map_pii cls;
	double score;
	const char *word;
	const char *sub;
};
#include "pii_lexicon.h"

/* Where in the joined name word i begins. */
static size_t word_offset(const sx__words *w, size_t i)
{
	size_t k, off = 0;
	for (k = 0; k < i && k < w->n; k++)
		off += strlen(w->w[k]);
	return off;
}

/* w is the word entry with a Turkic possessive, plural or case ending
 * (pii43): "salgy-sy" (Turkmen, its address), "ünvan-ı", "adres-i",
 * "координат-лар", "мекенжай-ы". One ending, on an entry of four letters
 * or more; a one-letter ending only after a consonant, where it cannot be
 * the entry's own vowel changed, and in Latin letters only on an entry of
 * five letters or more. */
static bool in_list(const char *w, const char *const *l);
static bool ends_with(const char *w, const char *suf);

static bool turkic_ending(const char *w, const char *entry)
{
	static const char *const end[] = {
	    "sy", "si", "sı", "su", "sü", "lar", "ler", "lari", "leri", "ları", "lara", "lere",
	    "сы", "си", "су", "сү", "лар", "лер", "лары", "лери", "лара", "лере", "ларда", "лерде", NULL};
	static const char *const one[] = {"ı", "i", "u", "ü", "y", "ы", "и", "у", "ү", "ю", NULL};
	size_t n = strlen(entry), letters = 0;
	const char *p, *rest;
	char last;
	if (strncmp(w, entry, n) || !w[n])
		return false;
	for (p = entry; *p; p++)
		if (((unsigned char)*p & 0xC0) != 0x80)
			letters++;
	if (letters < 4)
		return false;
	rest = w + n;
	if (in_list(rest, end))
		return true;
	last = entry[n - 1];
	/* the entry ends in a consonant: an ASCII letter that is no vowel, or
	 * a Cyrillic one (no vowel letter of Cyrillic ends on these bytes) */
	if ((unsigned char)last < 0x80 && strchr("aeiouy", last))
		return false;
	if ((unsigned char)last >= 0x80) {
		static const char *const cyr_vowel[] = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю",
		                                        "я", "ә", "ө", "ү", "ұ", "і", NULL};
		const char *const *q;
		for (q = cyr_vowel; *q; q++)
			if (ends_with(entry, *q))
				return false;
	}
	/* ...and in Latin letters only after five ("thar-i" is a loom's
	 * number in Malayalam, not a Nepali surname's) */
	if ((unsigned char)rest[0] < 0x80 && letters < 5)
		return false;
	return in_list(rest, one);
}

/* w is the word entry possessed as Inuktitut writes it (pii51): "ati-nga"
 * (his or her name, from "atiq"), "uqaluut-inga" (his phone), "najuqta-nga":
 * the third person's ending -nga, -ngit (yours) or -ngat after the entry
 * whose last q or k drops, or "i" and the ending after its last t. An ASCII
 * entry of four letters or more. */
static bool inuit_ending(const char *w, const char *entry)
{
	static const char *const end[] = {"nga", "ngit", "ngat", NULL};
	size_t n = strlen(entry);
	const char *p;
	char last;
	if (n < 4)
		return false;
	for (p = entry; *p; p++)
		if ((unsigned char)*p >= 0x80)
			return false;
	last = entry[n - 1];
	if (last == 'q' || last == 'k')
		n--;
	if (strncmp(w, entry, n))
		return false;
	w += n;
	if (last == 't' && *w == 'i')
		w++;
	else if (last != 'q' && last != 'k' && !strchr("aiu", last))
		return false;
	return in_list(w, end);
}

/* Does lexicon entry e match the name (words w, joined j)? *span_last is
 * set when the match covers the start of the last word ("steuer_id" by
 * "steuerid"), so that the last word is part of the term, not a meta word. */
static bool lex_hit(const struct lexword *e, const sx__words *w, const char *j, bool *span_last)
{
	size_t i, len = strlen(e->word);
	bool num = false;
	*span_last = false;
	switch (e->how) {
	case 'e':
		*span_last = !strcmp(j, e->word);
		return *span_last;
	case 'j': {
		const char *at = strstr(j, e->word);
		size_t last = word_offset(w, w->n - 1);
		if (!at)
			return false;
		*span_last = (size_t)(at - j) + len > last;
		return true;
	}
	case 'w':
		for (i = 0; i < w->n; i++)
			if (!strcmp(w->w[i], e->word) || turkic_ending(w->w[i], e->word) ||
			    inuit_ending(w->w[i], e->word))
				return *span_last = i + 1 == w->n, true;
		return false;
	case 'p':
		for (i = 0; i < w->n; i++)
			if (!strncmp(w->w[i], e->word, len))
				return *span_last = i + 1 == w->n, true;
		return false;
	case 'n':
		/* the listed number words only: a loanword beside a wallet's
		 * brand may number its payment ("namba_ya_mpesa_kiasi"), and
		 * the wallet's rule reads those (pii45) */
		/* ...but an identity document's word is numbered by a loanword
		 * as well ("nomoro_ya_omang"; pii46) */
		for (i = 0; i < w->n; i++)
			num = num || number_listed(w->w[i]) ||
			      (e->cls == SX_PII_GOVERNMENT_ID && number_loan(w->w[i]));
		for (i = 0; i < w->n; i++)
			if (!strncmp(w->w[i], e->word, len) &&
			    ((num && !w->w[i][len]) || number_listed(w->w[i] + len)))
				return *span_last = true, true;
		return false;
	}
	return false;
}

/* The bytes a lexicon entry can start with and still match a name: any
 * byte of the joined name (for 'j'), the first byte of a word (the
 * others). A cheap test before lex_hit, which the whole lexicon meets for
 * every column of a catalog. */
typedef struct {
	uint64_t in_joined[4], word_first[4];
} lex_bytes;

static void lex_bytes_of(const sx__words *w, const char *j, lex_bytes *b)
{
	size_t i;
	memset(b, 0, sizeof *b);
	for (; *j; j++)
		b->in_joined[(unsigned char)*j >> 6] |= 1ULL << ((unsigned char)*j & 63);
	for (i = 0; i < w->n; i++) {
		unsigned char c = (unsigned char)w->w[i][0];
		b->word_first[c >> 6] |= 1ULL << (c & 63);
	}
}

static bool lex_may(const struct lexword *e, const char *j, const lex_bytes *b)
{
	unsigned char c = (unsigned char)e->word[0];
	switch (e->how) {
	case 'e':
		return j[0] == e->word[0];
	case 'j':
		return (b->in_joined[c >> 6] >> (c & 63)) & 1;
	default:
		return (b->word_first[c >> 6] >> (c & 63)) & 1;
	}
}

/* s with the letters particular to a language folded (lex_fold of the
 * generated header: "туған" -> "туган", "familiýa" -> "familiya") into
 * out; true when some letter was. */
static bool fold_letters(const char *s, char *out, size_t n)
{
	size_t o = 0, k;
	bool changed = false;
	while (*s && o + 1 < n) {
		const char *to = NULL;
		size_t len = 1;
		if ((unsigned char)*s >= 0x80)
			for (k = 0; k < sizeof lex_fold / sizeof lex_fold[0] && !to; k++) {
				len = strlen(lex_fold[k][0]);
				if (!strncmp(s, lex_fold[k][0], len))
					to = lex_fold[k][1];
			}
		if (!to) {
			out[o++] = *s++;
			continue;
		}
		if (o + strlen(to) + 1 > n)
			break;
		memcpy(out + o, to, strlen(to));
		o += strlen(to);
		s += len;
		changed = true;
	}
	out[o] = 0;
	return changed;
}

/* A word as the languages that borrowed it spell it by its sound
 * (pii49): "direccion" -> "direksion", "cedula" -> "sedula", "cliente" ->
 * "kliente". c is s before e, i and y and k elsewhere, q(u) is k, z is
 * s, x is ks, ph is f, y is i, a doubled letter once; digits and signs
 * stay; e is i and o is u as well but at the end (pii51), as languages
 * of three vowels write the loans ("tilifun" for "telefon", "imail" for
 * "imayl" and "email"; a last vowel is often an ending: "mahalle", a
 * quarter, is not "mahali", a place).
 * Lowercase ASCII only: false for a capital or a byte over 0x7F, and for
 * a key under five bytes, too short to tell words apart. */
static bool loan_spell(const char *s, char *out, size_t n)
{
	size_t o = 0;
	for (; *s; s++) {
		char c = *s, two[3] = {0, 0, 0};
		const char *rep = two;
		if ((unsigned char)c >= 0x80 || (c >= 'A' && c <= 'Z'))
			return false;
		if (c == 'c')
			two[0] = s[1] && strchr("eiy", s[1]) ? 's' : 'k';
		else if (c == 'q') {
			two[0] = 'k';
			if (s[1] == 'u' && s[2] && strchr("ei", s[2]))
				s++;
		} else if (c == 'p' && s[1] == 'h') {
			two[0] = 'f';
			s++;
		} else if (c == 'z')
			two[0] = 's';
		else if (c == 'x')
			rep = "ks";
		else if (c == 'y' || (c == 'e' && s[1]))
			two[0] = 'i';
		else if (c == 'o' && s[1])
			two[0] = 'u';
		else
			two[0] = c;
		for (; *rep; rep++) {
			if (o && out[o - 1] == *rep)
				continue;
			if (o + 2 > n)
				return false;
			out[o++] = *rep;
		}
	}
	out[o] = 0;
	return true;
}

static bool loan_key(const char *s, char *out, size_t n)
{
	return loan_spell(s, out, n) && strlen(out) >= 5;
}

/* The ways to meet the lexicon with a name (words w, joined j): as
 * written, and folded into fw and fj when some letter of it folds (only
 * then, so that the lexicon is not met twice), and by its sound (kw and
 * kj, against the keys of the entries that a key changes: loan_key):
 * v->n of them (1 to 3), the last one the keys' when v->keyed. */
struct name_views {
	size_t n;
	bool keyed;
	const sx__words *w[3];
	const char *j[3];
	sx__words fw, kw;
	char fj[256], kj[256];
	size_t koff[SX__MAX_WORDS]; /* where each word's spelling begins in kj */
};

static void name_views_of(const sx__words *w, const char *j, struct name_views *v)
{
	size_t i;
	v->n = 1;
	v->keyed = false;
	v->w[0] = w;
	v->j[0] = j;
	if (fold_letters(j, v->fj, sizeof v->fj)) {
		v->fw.n = w->n;
		for (i = 0; i < w->n; i++)
			fold_letters(w->w[i], v->fw.w[i], sizeof v->fw.w[i]);
		v->w[1] = &v->fw;
		v->j[1] = v->fj;
		v->n = 2;
	}
	/* the keys of the words (a short one kept as written) and of the
	 * whole name, met by the entries whose key is not their word */
	if (!loan_key(j, v->kj, sizeof v->kj))
		return;
	v->kw.n = w->n;
	for (i = 0; i < w->n; i++)
		if (!loan_key(w->w[i], v->kw.w[i], sizeof v->kw.w[i]))
			snprintf(v->kw.w[i], sizeof v->kw.w[i], "%s", w->w[i]);
	/* ...the whole name's as its words' spellings joined, so that a
	 * word's last vowel stays (pii51) */
	{
		size_t o = 0;
		for (i = 0; i < w->n; i++) {
			char k[SX__WORD_MAX];
			if (!loan_spell(w->w[i], k, sizeof k) || o + strlen(k) + 1 > sizeof v->kj)
				return;
			v->koff[i] = o;
			memcpy(v->kj + o, k, strlen(k) + 1);
			o += strlen(k);
		}
	}
	v->w[v->n] = &v->kw;
	v->j[v->n] = v->kj;
	v->n++;
	v->keyed = true;
}

/* The keys' view meets a joined entry (key) only from a word's start
 * (pii51: "ulicy", a street, keys to "ulisi", inside "pulisi", a policy). */
static bool keyed_at_word(const struct name_views *v, const char *key)
{
	size_t i;
	for (i = 0; i < v->kw.n; i++)
		if (!strncmp(v->kj + v->koff[i], key, strlen(key)))
			return true;
	return false;
}

/* Entry e as the view meets it: itself, or in the keys' view its key
 * (*ke, over key) where a letter that loanwords respell (c, q, x, z, ph;
 * e and o since pii51) changes it, the key five letters or more; false
 * when the keys' view has none to meet. A doubled letter or a y alone
 * makes no key ("ataadi" as "atadi" would be met inside "data_di_..."). */
static bool lex_view_entry(const struct lexword *e, bool keyed, struct lexword *ke, char *key,
                           size_t n, const struct lexword **out)
{
	*out = e;
	if (!keyed)
		return true;
	if (!strpbrk(e->word, "cqxzeo") && !strstr(e->word, "ph"))
		return false;
	if (!loan_key(e->word, key, n))
		return false;
	*ke = *e;
	ke->word = key;
	*out = ke;
	return true;
}

/* The best class the lexicon gives the name, 0 when none; the name's
 * letters folded too (name_views_of), against the folded words the
 * generator adds. The keys' view (loan_key) is met only when the name as
 * written and folded meets no entry, and its reading is kept only when
 * every entry its keys meet says one class ("direksion_koreo" meets an
 * address's and an e-mail's: no reading; pii50); *keyed (may be NULL) is
 * set when the class is the keys'. */
static double lex_class(const sx__words *w, const char *j, sx_map_pii *cls, const char **rule,
                        const char **sub, bool *span_last, bool *keyed)
{
	size_t k, pass;
	double best = 0;
	lex_bytes b;
	struct name_views v;
	char bw[64] = "";
	if (keyed)
		*keyed = false;
	name_views_of(w, j, &v);
	for (pass = 0; pass < v.n; pass++) {
		bool kp = v.keyed && pass + 1 == v.n;
		sx_map_pii seen = SX_PII_NONE;
		if (kp && best > 0)
			break;
		w = v.w[pass];
		j = v.j[pass];
		lex_bytes_of(w, j, &b);
		for (k = 0; k < sizeof pii_lexicon / sizeof pii_lexicon[0]; k++) {
			const struct lexword *e = &pii_lexicon[k];
			struct lexword ke;
			char key[64];
			bool sl, longer;
			if (pii_lexicon[k].kind != 'c' ||
			    !lex_view_entry(&pii_lexicon[k], kp, &ke, key, sizeof key, &e) ||
			    !lex_may(e, j, &b) || !lex_hit(e, w, j, &sl) ||
			    (kp && e->how == 'j' && !keyed_at_word(&v, e->word)))
				continue;
			if (kp && seen != SX_PII_NONE && seen != e->cls) {
				if (keyed)
					*keyed = false;
				return 0; /* the keys read two classes */
			}
			seen = e->cls;
			/* a compound that holds a shorter entry says more: the birth
			 * number ("fodselsnummer", an id) over the birth ("fodsel") */
			longer = best > 0 && strlen(e->word) > strlen(bw) && strstr(e->word, bw);
			if (!longer && (e->score <= best || (best > 0 && strstr(bw, e->word))))
				continue;
			best = e->score;
			*cls = e->cls;
			*rule = pii_lexicon[k].word; /* the entry as listed, not its key */
			snprintf(bw, sizeof bw, "%s", e->word);
			*sub = e->sub;
			*span_last = sl;
			if (keyed)
				*keyed = kp;
		}
	}
	return best;
}

/* Some lexicon entry of kind k matches the name (its letters as written,
 * or folded). */
static bool lex_kind(char k, const sx__words *w, const char *j)
{
	size_t i, pass;
	bool sl;
	lex_bytes b;
	struct name_views v;
	name_views_of(w, j, &v);
	for (pass = 0; pass < v.n; pass++) {
		w = v.w[pass];
		j = v.j[pass];
		lex_bytes_of(w, j, &b);
		for (i = 0; i < sizeof pii_lexicon / sizeof pii_lexicon[0]; i++) {
			const struct lexword *e;
			struct lexword ke;
			char key[64];
			bool kp = v.keyed && pass + 1 == v.n;
			if (pii_lexicon[i].kind == k &&
			    lex_view_entry(&pii_lexicon[i], kp, &ke, key, sizeof key, &e) &&
			    lex_may(e, j, &b) && lex_hit(e, w, j, &sl) &&
			    !(kp && e->how == 'j' && !keyed_at_word(&v, e->word)))
				return true;
		}
	}
	return false;
}

/* Some lexicon entry of kind k matches the column name col. */
static bool lex_kind_col(char k, const char *col)
{
	sx__words w;
	char j[256];
	sx__split(col, &w);
	if (w.n == 0)
		return false;
	sx__join(&w, 0, w.n, j, sizeof j);
	return lex_kind(k, &w, j);
}


static bool role_word_en(const char *w);

static bool person_table(const char *table)
{
	static const char *const p[] = {
	    "customer",  "client",    "user",        "person",         "people",     "employee",
	    "staff",     "student",   "member",      "patient",        "contact",    "author",
	    "driver",    "passenger", "guest",       "teacher",        "instructor", "candidate",
	    "applicant", "physician", "doctor",      "nurse",          "owner",      "tenant",
	    "resident",  "traveler",  "traveller",   "subscriber",     "buyer",      "seller",
	    "worker",    "manager",   "agent",       "representative", "rep",        "lead",
		"volunteer", "donor", "professor", "faculty", "klient", "polzovatel",
		"sotrudnik", "клиент", "пользовател", "сотрудник", NULL};
	char n[256];
	const char *const *q;
	sx__words w;
	size_t i;
	sx__norm(table, n, sizeof n);
	for (q = p; *q; q++)
		if (strstr(n, *q))
			return true;
	sx__split(table, &w);
	/* a word of the lexicon inside the name, or (pii33, 'w') a word of it
	 * ("socias", not "association") */
	for (i = 0; i < sizeof pii_lexicon / sizeof pii_lexicon[0]; i++) {
		size_t k;
		if (pii_lexicon[i].kind != 't')
			continue;
		if (pii_lexicon[i].how != 'w' && strstr(n, pii_lexicon[i].word))
			return true;
		for (k = 0; pii_lexicon[i].how == 'w' && k < w.n; k++)
			if (!strcmp(w.w[k], pii_lexicon[i].word))
				return true;
	}
	/* "couriers", "borrowers", "guarantors": tables of people by role */
	for (i = 0; i < w.n; i++)
		if (role_word_en(w.w[i]))
			return true;
	return false;
}

/* People by role: a text column named after the part someone plays
 * (courier, assignee, guarantor, interviewer ...) holds that person's name.
 * English roles count as the last word ("hiring_manager", "lead_owner",
 * "co_borrower"), since English puts the head noun last; Russian ones
 * (transliterated or Cyrillic, matched by stem because of case endings)
 * as the first word ("otvetstvennyy_menedzher", "курьер_доставки"), since
 * Russian puts it first ("tel_poluchatelya" is the recipient's phone).
 * Either counts anywhere when the last word says name ("borrower_name",
 * "poluchatel_fio"). Words for organisations (carrier, employer, vendor,
 * operator) and for software (agent, user, client_id) are not roles. */
static const char *const role_en[] = {
    "recipient",   "consignee",  "addressee",   "sender",      "courier",     "driver",
    "dispatcher",  "assignee",   "reporter",    "requester",   "requestor",   "approver",
    "reviewer",    "owner",      "manager",     "supervisor",  "officer",     "representative",
    "contact",     "buyer",      "customer",    "payee",       "payer",       "beneficiary",
    "borrower",    "guarantor",  "cosigner",    "holder",      "signatory",   "signer",
    "witness",     "interviewer", "interviewee", "recruiter",  "candidate",   "applicant",
    "employee",    "physician",  "doctor",      "nurse",       "therapist",   "surgeon",
    "patient",     "caregiver",  "guardian",    "spouse",      "teacher",     "instructor",
    "tutor",       "student",    "trainee",     "mentor",      "coach",       "passenger",
    "guest",       "tenant",     "landlord",    "occupant",    "resident",    "traveller",
    "traveler",    "visitor",    "attendee",    "participant", "subscriber",  "donor",
    "volunteer",   "technician", "inspector",   "auditor",     "accountant",  "cashier",
    "salesperson", "notary",     "lawyer",      "attorney",    "claimant",    "policyholder",
    "responsible", "author",     "kin",         "director",    "chairman",    "chairperson",
    /* issue 18: an estate agency's negotiator, a ride's rider */
    "negotiator",  "realtor",    "rider",
    /* pii52: relatives, and a loan's co-maker */
    "husband",     "wife",       "father",      "mother",      "comaker",
    NULL};
static const char *const role_ru[] = {
    "poluchatel", "otpravitel", "adresat",     "otvetstvenn", "rukovoditel", "podpisant",
    "kurer",      "kurier",     "voditel",     "dispetcher",  "ispolnitel",  "zayavitel",
    "vladel",     "menedzher",  "kontakt",     "pokupatel",   "zaemshchik",  "zayomshchik",
    "poruchitel", "svidetel",   "rekruter",    "kandidat",    "soiskatel",   "sotrudnik",
    "vrach",      "pacient",    "patsient",    "medsestr",    "uchitel",     "prepodavatel",
    "nastavnik",  "uchashch",  "passazhir",   "arendator",   "kassir",      "bukhgalter",
    "buhgalter",  "inspektor",  "direktor",    "avtor",       "opekun",      "klient",
    "получател",  "отправител", "адресат",     "ответственн", "руководител", "подписант",
    "курьер",     "водител",    "диспетчер",   "исполнител",  "заявител",    "владел",
    "менеджер",   "контакт",    "покупател",   "заемщик",     "заёмщик",     "поручител",
    "свидетел",   "рекрутер",   "кандидат",    "соискател",   "сотрудник",   "врач",
    "пациент",    "медсестр",   "учител",      "преподавател", "студент",    "наставник",
    "пассажир",   "арендатор",  "кассир",      "бухгалтер",   "инспектор",   "директор",
    "автор",      "опекун",     "клиент",
    /* issue 17: a student's tutor, a telecom's subscriber, an insurer's
     * policyholder and insured */
    "kurator",    "abonent",    "strahovatel", "strakhovatel", "zastrahovann",
    "zastrakhovann", "куратор",  "абонент",    "страховател", "застрахованн",
    /* issue 18: an estate agent */
    "rieltor",    "riyeltor",   "realtor",     "риелтор",     "риэлтор",     NULL};
/* Parties to a sale that may be a person or a business (an estate
 * agency's vendor is a private seller, a marketplace's seller a shop):
 * by name a person, confirmed only by given names in the values. */
static const char *const party_en[] = {"vendor", "seller", NULL};
static const char *const party_ru[] = {"prodav", "продав", NULL};
/* Abbreviated roles, counted only before a name word ("cst_nm",
 * "emp_name", "gm_name"), where nothing else could be meant. */
static const char *const role_abbr[] = {"cst",  "cust",  "emp",  "empl", "gst",
                                        "gm",   "mgr",   "pax",  "benef",
                                        /* issue 19: a recipient, a receiver, a
                                         * sender, a candidate (not "rcpt", a
                                         * receipt; "appl", an application) */
                                        "recip", "rcvr", "sndr", "cand", NULL};
/* "signed_by", "reviewed_by": what a person did. Audit columns
 * (created_by, updated_by) usually hold a login or an id and are left out. */
static const char *const by_verb[] = {
    "signed",    "opened",   "reviewed",  "approved", "referred",  "requested", "submitted",
    "prepared",  "checked",  "accepted",  "received", "handled",   "assigned",  "performed",
    "ordered",   "reported", "authorized", "authorised", "witnessed", "inspected", "closed",
    "delivered", "collected", "confirmed", "verified",  "examined",  "treated",
    "interviewed", "hired",  "supervised", "managed",  "owned",     "booked",    NULL};

static bool in_list(const char *w, const char *const *l)
{
	for (; *l; l++)
		if (!strcmp(w, *l))
			return true;
	return false;
}

static bool stem_in(const char *w, const char *const *l)
{
	for (; *l; l++)
		if (!strncmp(w, *l, strlen(*l)))
			return true;
	return false;
}

/* A Russian role by its stem, not an adjective made of it
 * ("abonentskaya_plata", the subscription fee; "klientskiy"). */
static bool role_word_ru(const char *w)
{
	const char *const *l;
	for (l = role_ru; *l; l++) {
		size_t n = strlen(*l);
		if (!strncmp(w, *l, n))
			return strncmp(w + n, "sk", 2) != 0 && strncmp(w + n, "ск", strlen("ск")) != 0;
	}
	return false;
}

static bool role_word_en(const char *w)
{
	char s1[SX__WORD_MAX];
	sx__singular(w, s1, sizeof s1);
	return in_list(w, role_en) || in_list(s1, role_en);
}

static bool name_word(const char *w)
{
	return !strcmp(w, "name") || !strcmp(w, "fio") || !strcmp(w, "фио") ||
	       !strcmp(w, "full") || !strcmp(w, "fullname") || !strcmp(w, "imya") ||
	       !strcmp(w, "имя") || !strcmp(w, "nm");
}

static bool thing_name(const char *col);

/* Some word of w names a thing or an organisation (thing_name). */
static bool any_thing(const sx__words *w)
{
	size_t i;
	for (i = 0; i < w->n; i++)
		if (thing_name(w->w[i]) || !strcmp(w->w[i], "org"))
			return true;
	return false;
}

/* The rule that makes a name a person's by role, or NULL. */
static bool party_word_en(const char *w)
{
	char s1[SX__WORD_MAX];
	sx__singular(w, s1, sizeof s1);
	return in_list(s1, party_en);
}

/* The last word names a part of a person's name ("pax_first",
 * "guest_last", "cust_given"). */
static bool name_part_word(const char *w)
{
	return !strcmp(w, "first") || !strcmp(w, "last") || !strcmp(w, "given") ||
	       !strcmp(w, "middle") || !strcmp(w, "family") || !strcmp(w, "sur");
}

static bool ends_with(const char *w, const char *suf);

/* Plural and case endings after a role's stem ("kunden", "klienta",
 * "destinatarios", "musterisi"); not any letter ("employer" is no
 * "employe"). */
static const char *const role_endings[] = {"",   "s",  "es", "n",   "en",  "a",   "u",
                                           "e",  "i",  "ow", "ów",  "om",  "y",   "si",
                                           "ler", "lar", "nin", "nın", "as", NULL};

/* A role of the lexicon (kind 'r'): the word, or the word with an
 * ending; *named when it ends in a name ("kundenname",
 * "empfaengername"). */
static bool lex_role(const char *w, bool *named)
{
	size_t i, len, rest;
	*named = false;
	for (i = 0; i < sizeof pii_lexicon / sizeof pii_lexicon[0]; i++) {
		if (pii_lexicon[i].kind != 'r')
			continue;
		len = strlen(pii_lexicon[i].word);
		if (strncmp(w, pii_lexicon[i].word, len) != 0)
			continue;
		rest = strlen(w + len);
		if (in_list(w + len, role_endings))
			return true;
		if (rest <= 5 && ends_with(w, "name"))
			return *named = true, true;
	}
	return false;
}

/* A word of the lexicon that says "name" (kind 'm': nombre, nom, naam). */
static bool lex_name_word(const char *w)
{
	size_t i;
	for (i = 0; i < sizeof pii_lexicon / sizeof pii_lexicon[0]; i++)
		if (pii_lexicon[i].kind == 'm' && !strcmp(w, pii_lexicon[i].word))
			return true;
	return false;
}

/* A word of the lexicon that, beside a name word, says whose name or how
 * much of it (kind 'q', pii37): "full" or "complete" ("maqaa_guutuu",
 * "nama_lengkap", "ism_kamil") and a parent or a spouse ("navê_bav",
 * "jina_la_mama"). Alone it names nothing. */
static bool lex_name_qual(const char *w)
{
	size_t i;
	for (i = 0; i < sizeof pii_lexicon / sizeof pii_lexicon[0]; i++)
		if (pii_lexicon[i].kind == 'q' && !strcmp(w, pii_lexicon[i].word))
			return true;
	return false;
}

/* The lexicon's roles: alone ("destinatario"), in a compound with a name
 * ("kundenname"), or with a name word before or after
 * ("nombre_destinatario", "empfaenger_name", "musteri_adi"); and a name
 * word with a qualifier of the lexicon (lex_name_qual), which, unlike a
 * role, needs no name-like values: the name word says it is a name, and
 * names in a script the value rules cannot read are still people's. */
static const char *lex_person_role(const sx__words *w)
{
	char joined[256];
	size_t i, j;
	bool named;
	for (i = 0; i < w->n; i++)
		if (name_word(w->w[i]) || lex_name_word(w->w[i]))
			for (j = 0; j < w->n; j++)
				if (j != i && lex_name_qual(w->w[j]) && !any_thing(w))
					return "qualified name";
	for (i = 0; i < w->n; i++) {
		if (!lex_role(w->w[i], &named))
			continue;
		if (named && w->n == 1)
			return "role + name";
		if (w->n == 1)
			return "person by role";
		for (j = 0; j < w->n; j++)
			if (j != i && (name_word(w->w[j]) || lex_name_word(w->w[j])) && !any_thing(w))
				return "role + name";
	}
	/* A name word of the lexicon with a word no list holds
	 * ("maanavar_peyar", "jina_la_mdhamini"): whose name, in a language
	 * whose roles the lexicon lacks. Not with a number or a code, nor
	 * an organisation's word (a branch's, an office's name) or a
	 * thing's (kind 'g': a product's, a city's). */
	if (w->n < 2 || w->n > 4 || any_thing(w))
		return NULL;
	sx__join(w, 0, w->n, joined, sizeof joined);
	if (!lex_kind('o', w, joined) && !lex_kind('g', w, joined))
		for (i = 0; i < w->n; i++) {
			bool other = false, bad = false;
			if (!lex_name_word(w->w[i]) || name_word(w->w[i]))
				continue;
			for (j = 0; j < w->n; j++) {
				if (j == i)
					continue;
				if (number_word(w->w[j]) || id_suffix(w->w[j]) || !strcmp(w->w[j], "id") ||
				    lex_name_word(w->w[j]))
					bad = true;
				/* a word of four letters or more: three are an
				 * abbreviation of anything ("nombre_emb", "ban_ireum") */
				if (strlen(w->w[j]) >= 4)
					other = true;
			}
			if (other && !bad)
				return "name + a word";
		}
	return NULL;
}

static const char *person_role(const sx__words *w)
{
	const char *last = w->w[w->n - 1];
	size_t i;
	if (role_word_en(last))
		return "person by role";
	if (role_word_ru(w->w[0]))
		return "person by role";
	/* a vendor, a seller: alone, or before a name word */
	if (party_word_en(last) || stem_in(w->w[0], party_ru) ||
	    (w->n >= 2 && name_word(last) && party_word_en(w->w[w->n - 2])))
		return "party by role";
	/* a role, then the part of the name ("pax_first"), or a name word
	 * right after a role, whatever follows ("pax_name_pnr") */
	for (i = 0; i + 1 < w->n; i++)
		if ((role_word_en(w->w[i]) || in_list(w->w[i], role_abbr)) &&
		    ((i + 2 == w->n && name_part_word(w->w[i + 1])) ||
		     (name_word(w->w[i + 1]) && !any_thing(w))))
			return "role + name";
	/* ...unless a word says a thing or an organisation is named
	 * ("emp_org_name", "customer_company_name") */
	if (w->n >= 2 && name_word(last) && !any_thing(w))
		for (i = 0; i + 1 < w->n; i++)
			if (role_word_en(w->w[i]) || role_word_ru(w->w[i]) ||
			    in_list(w->w[i], role_abbr))
				return "role + name";
	if (w->n == 2 && !strcmp(last, "by") && in_list(w->w[0], by_verb))
		return "done by a person";
	/* "manager_on_duty", "person_in_charge": a role, then what it is for */
	for (i = 0; i + 1 < w->n; i++)
		if ((role_word_en(w->w[i]) || !strcmp(w->w[i], "person")) &&
		    (!strcmp(w->w[i + 1], "on") || !strcmp(w->w[i + 1], "in") ||
		     !strcmp(w->w[i + 1], "of") || !strcmp(w->w[i + 1], "at")))
			return "person by role";
	return lex_person_role(w);
}

/* Free text people write, by the last word ("gift_note", "pod_remark",
 * "cover_letter") or, in Russian, by the first ("zhaloby_pacienta"). */
/* Some word of w is in the list (or, with stem, starts with an entry). */
static bool any_word(const sx__words *w, const char *const *l, bool stem)
{
	size_t i;
	for (i = 0; i < w->n; i++)
		if (stem ? stem_in(w->w[i], l) : in_list(w->w[i], l))
			return true;
	return false;
}

/* Prepositions after the head of an English name ("note_for_driver"). */
static const char *const head_stop[] = {"for", "to", "from", "of", "by", "about", NULL};

static bool free_text_name(const sx__words *w, const char *table)
{
	static const char *const en[] = {"note",    "notes",     "comment",    "comments",
	                                  "remark",  "remarks",   "memo",       "feedback",
	                                  "review",  "complaint", "complaints", "letter",
	                                  "wishes",  "bio",       "biography",  "msg",
	                                  "message", "messages",  NULL};
	/* Only with a qualifier: "special_requests", "delivery_instructions";
	 * alone, "instructions" are a product's (AdventureWorks). */
	static const char *const en_q[] = {"requests", "instructions", "narrative", NULL};
	static const char *const ru[] = {"kommentari", "primechani", "zhalob",   "otzyv",
	                                 "soobshcheni", "pozhelani", "rezyume",  "rezume",
	                                 "obrashcheni", "zayavleni",
	                                 "комментари", "примечани",  "жалоб",    "отзыв",
	                                 "сообщени",   "пожелани",   "резюме",   "обращени",
	                                 "заявлени",   NULL};
	/* A description is free text when it tells what happened to someone
	 * ("incident_desc", "opisanie" in a table of losses): an event word in
	 * the column or the table. Alone or of a thing ("description",
	 * "product_description", "opisanie_tovara") it describes a thing. */
	static const char *const desc_en[] = {"desc", "descr", "description", NULL};
	static const char *const desc_ru[] = {"opisani", "описани", NULL};
	static const char *const event[] = {
	    "incident", "accident", "claim",    "ticket",   "complaint",  "case",   "issue",
	    "loss",     "damage",   "problem",  "appeal",   "symptom",    "injur",  "ubyt",
	    "obrashch", "zayavk",   "zhalob",   "dtp",      "proisshest", "povrezhd", "sluchai",
	    "инцидент", "убыт",     "обращени", "заявк",    "жалоб",      "дтп",    "происшеств",
	    "поврежден", "случа",   NULL};
	/* ...nor when it describes a code: an incident type, a claim status,
	 * a problem category ("incident_type_description" in "Ref_*" tables). */
	static const char *const code[] = {"type",  "types",  "status", "statuses", "category",
	                                   "categories", "stage", "stages", "code", "codes",
	                                   "kind",  "class",  "level",  "priority", "ref",
	                                   "lookup", "tip",   "vid",    "kod",      "kategori",
	                                   "tipa",  "статус", "тип",    "вид",
	                                   "код",   "категори", NULL};
	/* "text" before a Russian noun in the genitive: "tekst_obrashcheniya" */
	static const char *const text_ru[] = {"tekst", "текст", "text", "soderzhanie",
	                                      "содержание", NULL};
	sx__words tw;
	char wj[256], tj[256];
	size_t i;
	if (in_list(w->w[w->n - 1], en) || stem_in(w->w[0], ru) ||
	    (w->n >= 2 && in_list(w->w[w->n - 1], en_q)) ||
	    (w->n >= 2 && in_list(w->w[0], text_ru) && stem_in(w->w[1], ru)))
		return true;
	/* The head before a preposition: "note_for_driver",
	 * "message_to_seller" (not a role: the note is for the driver). */
	for (i = 1; i + 1 < w->n; i++)
		if (in_list(w->w[i], head_stop)) {
			sx__words h = *w;
			h.n = i;
			if (free_text_name(&h, table))
				return true;
			break;
		}
	/* The lexicon's descriptions and events, in more languages
	 * ("opis_szkody", "descrizione_guasto" in "reclami"; issue 20) */
	sx__join(w, 0, w->n, wj, sizeof wj);
	if (!any_word(w, desc_en, false) && !any_word(w, desc_ru, true) && !lex_kind('d', w, wj))
		return false;
	sx__split(table, &tw);
	if (any_word(w, code, false) || any_word(&tw, code, false))
		return false;
	if (tw.n)
		sx__join(&tw, 0, tw.n, tj, sizeof tj);
	return any_word(w, event, true) || any_word(&tw, event, true) || lex_kind('v', w, wj) ||
	       (tw.n && lex_kind('v', &tw, tj));
}

/* A name word alone: a person's name in a table of people. */
static bool bare_name(const sx__words *w, const char *joined)
{
	return strcmp(joined, "name") == 0 || strcmp(joined, "fullname") == 0 ||
	       strcmp(joined, "nazvanie") == 0 || strcmp(joined, "imya") == 0 ||
	       lex_kind('b', w, joined);
}

/* pii33: a bare name word, then the script or the language it is written
 * in ("name_latin", "fullname_en", "imya_lat" beside a native column). */
static bool scripted_bare_name(const sx__words *w)
{
	static const char *const script[] = {
	    "latin", "latn",     "lat",      "en",       "eng",  "english", "roman",  "romanized",
	    "romanised", "translit", "cyr", "cyrillic", "kana", "kanji",   "native", "local",
	    "ar",    "arabic",   NULL};
	sx__words h;
	char j[256];
	if (w->n < 2 || !in_list(w->w[w->n - 1], script))
		return false;
	h = *w;
	h.n--;
	sx__join(&h, 0, h.n, j, sizeof j);
	return bare_name(&h, j);
}

/* sx__pii_by_name, and *keyed set when the class is the lexicon's read
 * through the loanwords' keys alone (pii50: classify asks the sampled
 * values not to contradict such a class). */
static sx_map_pii pii_by_name_k(const char *table, const sx_column *c, double *score,
                                const char **rule, bool *keyed);

sx_map_pii sx__pii_by_name(const char *table, const sx_column *c, double *score, const char **rule)
{
	bool keyed;
	return pii_by_name_k(table, c, score, rule, &keyed);
}

static sx_map_pii pii_by_name_k(const char *table, const sx_column *c, double *score,
                                const char **rule, bool *keyed)
{
	sx__words w;
	char joined[256];
	size_t i, r;
	sx_map_pii best = SX_PII_NONE, lex_cls;
	double bs = 0, lex_score;
	const char *lex_rule = NULL, *lex_sub = NULL;
	bool lex_last = false, lex_keyed = false;

	*score = 0;
	*rule = NULL;
	*keyed = false;
	sx__split(c->name, &w);
	if (w.n == 0)
		return SX_PII_NONE;
	/* A reference to a PII table (email_id) or a fact about it
	 * (email_verified) is not the data itself. */
	sx__join(&w, 0, w.n, joined, sizeof joined);
	/* ...except names where the last word belongs to the thing itself:
	 * postal code, tax id, national id. */
	/* Number suffixes (_no, _num, _nr, _number) and masks belong to
	 * identifiers: snils_num, phone_no, card_num, inn_nr, card_mask are
	 * the data itself when what precedes them names a class written as
	 * a number. */
	if (w.n > 1 && id_suffix(w.w[w.n - 1])) {
		sx_column head = *c;
		char hn[256];
		sx_map_pii h;
		size_t k, len = 0;
		hn[0] = 0;
		for (k = 0; k + 1 < w.n && len < sizeof hn; k++)
			len += (size_t)snprintf(hn + len, sizeof hn - len, "%s%s", k ? "_" : "",
						w.w[k]);
		head.name = hn;
		/* "pan_no", "pan_sankhya": a card's primary account number is
		 * its PAN alone (the N is the number); a PAN with a number
		 * word is India's Permanent Account Number, a tax id (pii39) */
		if (!strcmp(hn, "pan") && number_word(w.w[w.n - 1])) {
			*score = 0.75;
			*rule = "pan + number";
			return SX_PII_GOVERNMENT_ID;
		}
		h = pii_by_name_k(table, &head, score, rule, keyed);
		if (h == SX_PII_PHONE || h == SX_PII_GOVERNMENT_ID || h == SX_PII_PAYMENT_CARD ||
		    h == SX_PII_IBAN)
			return h;
		/* A bare "card" or "cc" is too vague alone; numbered, it is one. */
		if ((!strcmp(hn, "card") || !strcmp(hn, "cc") || !strcmp(hn, "karta") ||
		     !strcmp(hn, "карта")) &&
		    !non_payment_card_table(table)) {
			*score = 0.8;
			*rule = "card + number";
			return SX_PII_PAYMENT_CARD;
		}
		/* "contact_no", "ph_num": a number to call; "tax_no": a tax id. */
		if (!strcmp(hn, "contact") || !strcmp(hn, "ph") || !strcmp(hn, "kontakt") ||
		    !strcmp(hn, "контакт")) {
			*score = 0.7;
			*rule = "contact + number";
			return SX_PII_PHONE;
		}
		/* Call records: the calling (A) and the called (B) party. */
		if (!strcmp(hn, "a") || !strcmp(hn, "b") || !strcmp(hn, "calling") ||
		    !strcmp(hn, "called") || !strcmp(hn, "caller") || !strcmp(hn, "callee") ||
		    !strcmp(hn, "dialled") || !strcmp(hn, "dialed")) {
			*score = 0.7;
			*rule = "party + number";
			return SX_PII_PHONE;
		}
		/* "ni_number" (UK National Insurance), "vu_nomer" (Russian
		 * voditel'skoe udostoverenie, a driving licence). */
		/* ...also after whose it is, head first ("kurer_vu_nr") */
		if (!strcmp(hn, "ni") || !strcmp(w.w[w.n - 2], "vu") || !strcmp(w.w[w.n - 2], "ву")) {
			*score = 0.75;
			*rule = hn[0] == 'n' ? "ni" : "vu";
			return SX_PII_GOVERNMENT_ID;
		}
		/* "dl_no", "dl_sankhye": a driving licence's number (alone,
		 * "dl" may be a download or a decilitre; pii45) */
		if (!strcmp(hn, "dl")) {
			*score = 0.75;
			*rule = "dl + number";
			return SX_PII_GOVERNMENT_ID;
		}
		/* "ppt_no": a passport's number (alone, "ppt" may be a
		 * presentation, and "ppt_exp" is a date) */
		if (!strcmp(hn, "ppt")) {
			*score = 0.75;
			*rule = "ppt";
			return SX_PII_GOVERNMENT_ID;
		}
		if (!strcmp(hn, "tax") || !strcmp(hn, "taxpayer")) {
			*score = 0.7;
			*rule = "tax + number";
			return SX_PII_GOVERNMENT_ID;
		}
		*score = 0;
		*rule = NULL;
		*keyed = false;
	}
	/* Romance languages put the number first: "num_tarjeta",
	 * "numero_documento", "nro_pasaporte"; before a plural it counts
	 * ("num_cards", "nr_phones"), and "no_" may say none ("no_phone") */
	if (w.n > 1 && number_word(w.w[0]) && strcmp(w.w[0], "no") != 0 &&
	    strcmp(w.w[0], "number") != 0 && !ends_plural(w.w[w.n - 1])) {
		sx_column rest = *c;
		char rn[256];
		sx_map_pii h;
		sx__join(&w, 1, w.n, rn, sizeof rn);
		rest.name = rn;
		h = pii_by_name_k(table, &rest, score, rule, keyed);
		if (h == SX_PII_PHONE || h == SX_PII_GOVERNMENT_ID || h == SX_PII_PAYMENT_CARD ||
		    h == SX_PII_IBAN)
			return h;
		*score = 0;
		*rule = NULL;
		*keyed = false;
	}
	/* A digest of the data, first or last (pii30): the languages that
	 * put the head first as well as English */
	if (digest_name(&w))
		return SX_PII_NONE;
	/* The multilingual lexicon (data/lexicon/pii_words.tsv) */
	lex_cls = SX_PII_NONE;
	lex_score = lex_class(&w, joined, &lex_cls, &lex_rule, &lex_sub, &lex_last, &lex_keyed);
	if (w.n > 1 && meta_word(w.w[w.n - 1]) && !(lex_score > 0 && lex_last) &&
	    strcmp(joined, "postalcode") != 0 &&
	    strcmp(joined, "zipcode") != 0 && strcmp(joined, "postcode") != 0 &&
	    strcmp(joined, "taxid") != 0 && strcmp(joined, "nationalid") != 0 &&
	    strcmp(joined, "personalid") != 0 && strcmp(joined, "governmentid") != 0 &&
	    strcmp(joined, "passportno") != 0 && strcmp(joined, "passportnumber") != 0)
		return SX_PII_NONE;
	for (r = 0; r < sizeof name_rules / sizeof name_rules[0]; r++) {
		const struct nrule *nr = &name_rules[r];
		bool hit = false;
		if (nr->how == 'j' && !strncmp(nr->pat, "ip", 2)) {
			/* "ip" must begin a word: "ship_address" is no IP */
			const char *at = strstr(joined, nr->pat);
			size_t off = 0;
			for (i = 0; at && i < w.n && off < (size_t)(at - joined); i++)
				off += strlen(w.w[i]);
			hit = at && off == (size_t)(at - joined);
		} else if (nr->how == 'j')
			hit = strstr(joined, nr->pat) != NULL;
		else if (nr->how == 'e')
			hit = strcmp(joined, nr->pat) == 0;
		else
			for (i = 0; i < w.n && !hit; i++)
				hit = strcmp(w.w[i], nr->pat) == 0;
		if (hit && nr->score > bs) {
			best = nr->cls;
			bs = nr->score;
			*rule = nr->pat;
		}
	}
	/* the keys' reading only where the name has no other (pii50) */
	if (lex_score > bs && !(lex_keyed && bs > 0)) {
		best = lex_cls;
		bs = lex_score;
		*rule = lex_rule;
	}
	/* An address word of any language beside "ip" ("adresse_ip",
	 * "alamat_ip", "direccion_ip"): an IP address (pii27). */
	if (best == SX_PII_POSTAL_ADDRESS)
		for (i = 0; i < w.n; i++)
			if (!strcmp(w.w[i], "ip")) {
				best = SX_PII_IP_ADDRESS;
				*rule = "address + ip";
				break;
			}
	/* Addresses that are not postal (mac_address, wallet_address,
	 * server_address) or a part of one, and places of birth, which are
	 * not dates. */
	if (best == SX_PII_POSTAL_ADDRESS || best == SX_PII_BIRTH_DATE) {
		static const char *const place[] = {"place", "city", "town", "mesto", "gorod",
		                                    "место", "город", "location", NULL};
		/* ...nor the town or the country of an address alone
		 * ("addr_city", "address_country"): no one's address */
		static const char *const part[] = {
		    "mac",     "wallet",  "server", "host",  "web",     "url",    "memory",
		    "hardware", "network", "crypto", "bitcoin", "btc",   "eth",    "smtp",
		    "dns",     "proxy",   "gateway", "multicast", "broadcast", "contract",
		    "city",    "town",    "country", "region", "province", "county", "gorod",
		    "strana",  "oblast",  "город",  "страна", "область", "регион", NULL};
		for (i = 0; i <= w.n; i++)
			if (i == w.n ? lex_kind('x', &w, joined)
			             : in_list(w.w[i], best == SX_PII_BIRTH_DATE ? place : part)) {
				best = SX_PII_NONE;
				bs = 0;
				*rule = NULL;
				break;
			}
	}
	/* The post's word beside a parcel's or a tracking word ("почта_трек",
	 * "mail_tracking", "pochta_posylka"): a consignment's number, not an
	 * e-mail; an electronic mail's own word keeps it (pii46) */
	if (best == SX_PII_EMAIL && !strstr(joined, "email") && !strstr(joined, "электрон") &&
	    !strstr(joined, "elektron") && !strstr(joined, "elpocht")) {
		static const char *const parcel[] = {
		    "track",   "tracking", "trek",       "трек",     "parcel",    "parcels",
		    "package", "shipment", "consignment", "waybill", "posylka",   "посылка",
		    "посылки", "otpravlenie", "отправление", "nakladnaya", "накладная", NULL};
		for (i = 0; i < w.n; i++)
			if (in_list(w.w[i], parcel)) {
				best = SX_PII_NONE;
				bs = 0;
				*rule = NULL;
				break;
			}
	}
	/* A card or an account said to be paid from or into ("autopay_card",
	 * "payee_acct", "salary_account"): a payment card, a bank account. */
	if (w.n >= 2 && bs < 0.75) {
		static const char *const pay[] = {
		    "autopay", "pay",     "payment", "credit",  "debit",   "billing", "payout",
		    "refund",  "saved",   "stored",  "salary",  "settlement", "bank", NULL};
		static const char *const pay_ru[] = {"vyplat", "zarplat", "выплат", "зарплат",
		                                     NULL};
		const char *last = w.w[w.n - 1];
		/* Russian puts the head first: "karta_vyplat" */
		bool ru = !strcmp(w.w[0], "karta") || !strcmp(w.w[0], "karty") ||
		          !strcmp(w.w[0], "schet") || !strcmp(w.w[0], "scheta");
		const char *head = ru ? w.w[0] : last;
		bool card = !strcmp(head, "card") || !strcmp(head, "karta") ||
		            !strcmp(head, "karty");
		bool acct = !strcmp(head, "acct") || !strcmp(head, "account") ||
		            !strcmp(head, "schet") || !strcmp(head, "scheta");
		for (i = ru; i + !ru < w.n && (card || acct); i++)
			if (in_list(w.w[i], pay) || stem_in(w.w[i], pay_ru) ||
			    (acct && role_word_en(w.w[i]))) {
				if (card && !non_payment_card_table(table)) {
					best = SX_PII_PAYMENT_CARD;
					bs = 0.75;
					*rule = "payment + card";
				} else if (acct) {
					best = SX_PII_IBAN;
					bs = 0.6;
					*rule = "payment + account";
				}
				break;
			}
	}
	/* ...and in one compound word, the payment first and the account
	 * last, as the Nordic languages and German write it
	 * ("udbetalingskonto", "gehaltskonto", "lönekonto"; pii27) */
	if (bs < 0.6) {
		static const char *const pay_stem[] = {
		    "udbetaling", "utbetaling", "utbetalning", "betaling", "auszahlung", "gehalt",
		    "lohn",       "lon",        "løn",         "lön",      NULL};
		for (i = 0; i < w.n; i++)
			if (strlen(w.w[i]) > 8 && ends_with(w.w[i], "konto") &&
			    stem_in(w.w[i], pay_stem)) {
				best = SX_PII_IBAN;
				bs = 0.6;
				*rule = "payment + account";
				break;
			}
	}
	/* "home_ph", "emp_ph": "ph" after a word of where or whose, a phone
	 * ("soil_ph", "ph_level" are acidity) */
	if (w.n >= 2 && !strcmp(w.w[w.n - 1], "ph") && bs < 0.7) {
		static const char *const where[] = {"home",    "work",      "day",     "eve",
		                                    "evening", "night",     "alt",     "primary",
		                                    "secondary", "contact", "emergency", "mob",
		                                    "cell",    "personal",  NULL};
		const char *prev = w.w[w.n - 2];
		if (in_list(prev, where) || role_word_en(prev) || in_list(prev, role_abbr)) {
			best = SX_PII_PHONE;
			bs = 0.7;
			*rule = "whose + ph";
		}
	}
	/* "ship_to_name", "bill_to_name": the person a thing goes to, not
	 * the address ("ship_to"). */
	if (w.n >= 3 && name_word(w.w[w.n - 1]) && !strcmp(w.w[w.n - 2], "to") && bs < 0.75) {
		best = SX_PII_PERSON_NAME;
		bs = 0.75;
		*rule = "addressee + name";
	}
	/* People by role, and free text by its last word: weaker than a
	 * name that says what the column is (recipient_phone stays a phone). */
	if (bs < 0.6) {
		const char *why = person_role(&w);
		/* "note_for_driver": the note is the head, the driver a
		 * qualifier */
		for (i = 1; why && i + 1 < w.n; i++)
			if (in_list(w.w[i], head_stop)) {
				if (free_text_name(&w, table))
					why = NULL;
				break;
			}
		/* "notas_supervisor", "observaciones_medico": the Romance
		 * order puts the head first, so a note word first is the
		 * column and the role after it says whose (pii39); not a role
		 * with a name word ("nota_nombre_cliente") */
		if (why && w.n >= 2 && !strcmp(why, "person by role")) {
			sx__words first = {0};
			sx_map_pii fc = SX_PII_NONE;
			const char *fr = NULL, *fs = NULL;
			bool fl;
			first.n = 1;
			memcpy(first.w[0], w.w[0], sizeof first.w[0]);
			if (free_text_name(&first, table) ||
			    (lex_class(&first, first.w[0], &fc, &fr, &fs, &fl, NULL) > 0 &&
			     fc == SX_PII_FREE_TEXT))
				why = NULL;
		}
		if (why) {
			best = SX_PII_PERSON_NAME;
			bs = strcmp(why, "role + name") && strcmp(why, "qualified name") ? 0.6 : 0.75;
			*rule = why;
		} else if (free_text_name(&w, table) && bs < 0.5) {
			best = SX_PII_FREE_TEXT;
			bs = 0.5;
			*rule = "free text by name";
		}
	}
	/* A bare name in a table of people, or one in a script or language
	 * ("name_latin", "name_en", "imya_lat"). */
	if (best == SX_PII_NONE && (bare_name(&w, joined) || scripted_bare_name(&w)) &&
	    person_table(table)) {
		best = SX_PII_PERSON_NAME;
		bs = 0.6;
		*rule = "name in a table of people";
	}
	*score = bs;
	*keyed = lex_keyed && best != SX_PII_NONE && *rule == lex_rule;
	return best;
}

/* A comment says what a cryptic column holds ("f1 -- ФИО контактного
 * лица", "attr5 -- date of birth"). It is read like a column name, but
 * only its first phrase (up to a comma, colon or parenthesis) and in it the
 * words before the first preposition, the head: "телефон для связи" is a
 * phone, "employer of the contact person" is an employer. "Date of birth"
 * is the one phrase read whole. */
static sx_map_pii pii_by_comment_k(const char *table, const sx_column *c, double *score,
                                   const char **rule, bool *keyed);

sx_map_pii sx__pii_by_comment(const char *table, const sx_column *c, double *score,
                              const char **rule)
{
	bool keyed;
	return pii_by_comment_k(table, c, score, rule, &keyed);
}

static sx_map_pii pii_by_comment_k(const char *table, const sx_column *c, double *score,
                                   const char **rule, bool *keyed)
{
	static const char *const stop[] = {"of", "for", "from", "by", "to", "in", "on", "at",
	                                   "with", "per", "для", "по", "от", "из", "в", "на",
	                                   "с", "о", "об", "при", "к", "за", NULL};
	sx__words w;
	sx_column h;
	char head[256], all[256], phrase[256];
	size_t i, len = 0, commas = 0;

	*score = 0;
	*rule = NULL;
	*keyed = false;
	if (!c->comment || !*c->comment)
		return SX_PII_NONE;
	/* A list of the values ("email, search, social") says what the
	 * column holds is one of them, not a person's e-mail; after a colon
	 * or a parenthesis come values or formats ("Канал продаж: web, app,
	 * phone"). Only the first phrase is read. */
	for (i = 0; c->comment[i]; i++)
		commas += c->comment[i] == ',';
	if (commas >= 2)
		return SX_PII_NONE;
	for (i = 0; c->comment[i] && !strchr(",:;(", c->comment[i]) && i + 1 < sizeof phrase; i++)
		phrase[i] = c->comment[i];
	phrase[i] = 0;
	sx__split(phrase, &w);
	sx__join(&w, 0, w.n, all, sizeof all);
	if (strstr(all, "dateofbirth") || strstr(all, "birthdate") ||
	    strstr(all, "датарождения")) {
		*score = 0.8;
		*rule = "date of birth";
		return SX_PII_BIRTH_DATE;
	}
	head[0] = 0;
	for (i = 0; i < w.n && i < 6 && !in_list(w.w[i], stop); i++)
		len += (size_t)snprintf(head + len, sizeof head - len, "%s%s", i ? "_" : "",
		                        w.w[i]);
	if (i == 0 || len >= sizeof head)
		return SX_PII_NONE;
	h = *c;
	h.name = head;
	h.comment = NULL;
	{
		sx_map_pii r = pii_by_name_k(table, &h, score, rule, keyed);
		char whole[256];
		/* ...and the phrase whole where its head says nothing: a
		 * relative ("next of kin") is a person's name, its head
		 * ("next") nothing (pii52); only a person's name so read, by
		 * a term that begins with the head ("nextofkin", not the
		 * "contactperson" of "employer of the contact person") */
		if (r != SX_PII_NONE || i >= w.n)
			return r;
		len = 0;
		for (i = 0; i < w.n && i < 6; i++)
			len += (size_t)snprintf(whole + len, sizeof whole - len, "%s%s",
			                        i ? "_" : "", w.w[i]);
		if (len >= sizeof whole)
			return SX_PII_NONE;
		h.name = whole;
		r = pii_by_name_k(table, &h, score, rule, keyed);
		sx__join(&w, 0, 1, all, sizeof all);
		if (r == SX_PII_PERSON_NAME && *rule && !strncmp(*rule, all, strlen(all)))
			return r;
		*score = 0;
		*rule = NULL;
		*keyed = false;
		return SX_PII_NONE;
	}
}

/* ------------------------------------------------------------ values */

static bool is_email(const char *v)
{
	const char *at = strchr(v, '@'), *dot;
	size_t i;
	if (!at || at == v || strchr(at + 1, '@'))
		return false;
	dot = strrchr(at, '.');
	if (!dot || dot == at + 1 || strlen(dot) < 3)
		return false;
	for (i = 0; v[i]; i++)
		if (isspace((unsigned char)v[i]))
			return false;
	return true;
}

static bool is_ipv4(const char *v)
{
	int parts = 0, n = 0, digits = 0;
	for (;; v++) {
		if (*v >= '0' && *v <= '9') {
			n = n * 10 + (*v - '0');
			if (++digits > 3 || n > 255)
				return false;
		} else if (*v == '.' || *v == 0) {
			if (!digits)
				return false;
			parts++;
			n = digits = 0;
			if (*v == 0)
				break;
		} else {
			return false;
		}
	}
	return parts == 4;
}

/* An IPv6 address: groups of one to four hex digits, eight of them or
 * fewer with one "::", an IPv4 tail allowed. A MAC address
 * ("A4:C1:38:12:AB:9F": six groups, no "::") and a Russian cadastral
 * number ("77:01:0004012:1234": a group of seven digits) are not. */
static bool is_ipv6(const char *v)
{
	int groups = 0, hex = 0, run = 0;
	bool dbl = false;
	const char *p;
	if (!strchr(v, ':'))
		return false;
	for (p = v; *p; p++) {
		if (*p == ':') {
			if (p[1] == ':') {
				if (dbl)
					return false;
				dbl = true;
				if (run)
					groups++;
				run = 0;
				p++;
				continue;
			}
			if (!run)
				return false;
			groups++;
			run = 0;
		} else if (isxdigit((unsigned char)*p)) {
			if (++run > 4)
				return false;
			hex++;
		} else if (*p == '.') {
			/* an IPv4 tail ("::ffff:10.0.0.1") */
			const char *s = p;
			while (s > v && s[-1] != ':')
				s--;
			if (!is_ipv4(s))
				return false;
			return dbl ? groups <= 5 : groups == 6;
		} else {
			return false;
		}
	}
	if (run)
		groups++;
	return hex >= 2 && (dbl ? groups <= 7 : groups == 8);
}

/* len characters, digits but for a '-' at a and at b ("123-45-6789") */
static bool digits_dashed(const char *v, size_t len, size_t a, size_t b)
{
	size_t i;
	if (strlen(v) != len || v[a] != '-' || v[b] != '-')
		return false;
	for (i = 0; i < len; i++)
		if (i != a && i != b && !isdigit((unsigned char)v[i]))
			return false;
	return true;
}

static bool is_ssn(const char *v)
{
	/* ddd-dd-dddd, area not 000, 666 or 9xx */
	if (!digits_dashed(v, 11, 3, 6))
		return false;
	if (memcmp(v, "000", 3) == 0 || memcmp(v, "666", 3) == 0 || v[0] == '9')
		return false;
	return memcmp(v + 4, "00", 2) != 0 && memcmp(v + 7, "0000", 4) != 0;
}

static bool is_ru_passport(const char *v)
{
	/* "dddd dddddd" (series and number) */
	int i;
	if (strlen(v) != 11 || v[4] != ' ')
		return false;
	for (i = 0; i < 11; i++)
		if (i != 4 && !isdigit((unsigned char)v[i]))
			return false;
	return true;
}

/* "№" in UTF-8, written in Russian documents' numbers ("62 04 № 367201") */
#define NUMERO_SIGN "\xe2\x84\x96"

/* A Russian passport written with the number sign: "62 04 № 367201" (ten
 * digits, series and number). */
static bool is_ru_passport_numero(const char *v)
{
	size_t nd = 0;
	if (!strstr(v, NUMERO_SIGN))
		return false;
	for (; *v; v++) {
		if (isdigit((unsigned char)*v))
			nd++;
		else if (!strncmp(v, NUMERO_SIGN, 3))
			v += 2;
		else if (*v != ' ')
			return false;
	}
	return nd == 10;
}

/* Copies the letters and digits of v, upper-cased, into out (n bytes);
 * spaces, dashes and dots are dropped, anything else gives 0. */
static size_t alnum_upper(const char *v, char *out, size_t n)
{
	size_t k = 0;
	for (; *v; v++) {
		unsigned char c = (unsigned char)*v;
		if (c == ' ' || c == '-' || c == '.')
			continue;
		if (!isalnum(c) || c >= 0x80 || k + 1 >= n)
			return 0;
		out[k++] = (char)toupper(c);
	}
	out[k] = 0;
	return k;
}

/* Spanish DNI (8 digits and a letter, mod 23) or NIE (X, Y or Z, 7 digits
 * and a letter): "12345678Z", "Z6988587L". */
static bool is_es_dni(const char *s, size_t n)
{
	static const char letters[] = "TRWAGMYFPDXBNJZSQVHLCKE";
	unsigned long num = 0;
	size_t i = 0;
	if (n != 9 || !isupper((unsigned char)s[8]))
		return false;
	if (s[0] == 'X' || s[0] == 'Y' || s[0] == 'Z')
		num = (unsigned long)(s[0] - 'X'), i = 1;
	for (; i < 8; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		num = num * 10 + (unsigned long)(s[i] - '0');
	}
	return letters[num % 23] == s[8];
}

/* French NIR (INSEE number): 13 digits (sex, year, month, department,
 * commune, order; Corsica's 2A/2B) and a key of 97 - n mod 97. */
static bool is_fr_nir(const char *s, size_t n)
{
	unsigned long long num = 0;
	size_t i;
	unsigned key;
	if (n != 15 || (s[0] != '1' && s[0] != '2'))
		return false;
	for (i = 0; i < 13; i++) {
		unsigned d;
		if (i == 6 && (s[i] == 'A' || s[i] == 'B'))
			d = 0; /* 2A -> 19, 2B -> 18: folded below */
		else if (isdigit((unsigned char)s[i]))
			d = (unsigned)(s[i] - '0');
		else
			return false;
		num = num * 10 + d;
	}
	if (s[6] == 'A' || s[6] == 'B') /* the department 2A/2B counts as 19/18 */
		num -= (s[6] == 'A' ? 1000000ULL : 2000000ULL);
	if (!isdigit((unsigned char)s[13]) || !isdigit((unsigned char)s[14]))
		return false;
	key = (unsigned)((s[13] - '0') * 10 + (s[14] - '0'));
	return key == 97 - num % 97;
}

/* Italian codice fiscale: 6 letters, 2 digits, a month letter, 2 digits,
 * a letter and 3 digits (digits may be replaced by LMNPQRSTUV), and a
 * check letter from the odd and even positions' tables. */
static bool is_it_cf(const char *s, size_t n)
{
	static const unsigned char odd[26] = {1,  0,  5,  7,  9,  13, 15, 17, 19,
	                                      21, 2,  4,  18, 20, 11, 3,  6,  8,
	                                      12, 14, 16, 10, 22, 25, 24, 23};
	static const char shape[] = "LLLLLLDDLDDLDDDL";
	unsigned sum = 0;
	size_t i;
	if (n != 16)
		return false;
	for (i = 0; i < 16; i++) {
		char c = s[i];
		if (shape[i] == 'L' ? !isupper((unsigned char)c)
		                    : !isdigit((unsigned char)c) && !strchr("LMNPQRSTUV", c))
			return false;
	}
	for (i = 0; i < 15; i++) {
		unsigned v = isdigit((unsigned char)s[i]) ? (unsigned)(s[i] - '0')
		                                           : (unsigned)(s[i] - 'A');
		sum += i % 2 == 0 ? odd[v] : v;
	}
	return s[15] == 'A' + (int)(sum % 26);
}

static bool all_digits(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return false;
	return true;
}

/* Polish PESEL: 11 digits, a birth date (the month carries the century)
 * and a check digit of weights 1 3 7 9. */
static bool is_pl_pesel(const char *s, size_t n)
{
	static const int wt[10] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
	int sum = 0, i, month, day;
	if (n != 11 || !all_digits(s, n))
		return false;
	for (i = 0; i < 10; i++)
		sum += wt[i] * (s[i] - '0');
	month = ((s[2] - '0') * 10 + (s[3] - '0')) % 20;
	day = (s[4] - '0') * 10 + (s[5] - '0');
	return (10 - sum % 10) % 10 == s[10] - '0' && month >= 1 && month <= 12 && day >= 1 &&
	       day <= 31;
}

/* Dutch BSN: 9 digits passing the eleven test (9..2 weights, the last
 * digit -1). */
static bool is_nl_bsn(const char *s, size_t n)
{
	int sum = 0, i;
	if (n != 9 || !all_digits(s, n))
		return false;
	for (i = 0; i < 8; i++)
		sum += (9 - i) * (s[i] - '0');
	sum -= s[8] - '0';
	return sum > 0 && sum % 11 == 0;
}

/* Turkish TC kimlik no: 11 digits, not starting with 0, two check digits. */
static bool is_tr_tckn(const char *s, size_t n)
{
	int d[11], i, odd = 0, even = 0, all = 0;
	if (n != 11 || s[0] == '0')
		return false;
	for (i = 0; i < 11; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		d[i] = s[i] - '0';
	}
	for (i = 0; i < 9; i++)
		*(i % 2 ? &even : &odd) += d[i];
	for (i = 0; i < 10; i++)
		all += d[i];
	return ((odd * 7 - even) % 10 + 10) % 10 == d[9] && all % 10 == d[10];
}

/* German identity card (Personalausweis) number: 9 characters of
 * CFGHJKLMNPRTVWXYZ and digits, starting with a letter, with at least one
 * digit; with a tenth character it is the check digit (weights 7 3 1,
 * letters A=10 ... Z=35). */
static bool is_de_id_card(const char *s, size_t n, bool *checked)
{
	static const int wt[3] = {7, 3, 1};
	int sum = 0, nd = 0;
	size_t i;
	*checked = false;
	if ((n != 9 && n != 10) || !strchr("CFGHJKLMNPRTVWXYZ", s[0]))
		return false;
	for (i = 0; i < 9; i++) {
		if (isdigit((unsigned char)s[i]))
			nd++, sum += wt[i % 3] * (s[i] - '0');
		else if (s[i] && strchr("CFGHJKLMNPRTVWXYZ", s[i]))
			sum += wt[i % 3] * (s[i] - 'A' + 10);
		else
			return false;
	}
	if (nd == 0 || nd == 9)
		return false;
	if (n == 10) {
		if (!isdigit((unsigned char)s[9]) || sum % 10 != s[9] - '0')
			return false;
		*checked = true;
	}
	return true;
}

/* Digits d (n of them) times weights wt, summed. */
static int weighted(const char *d, const int *wt, size_t n)
{
	int sum = 0;
	size_t i;
	for (i = 0; i < n; i++)
		sum += wt[i] * (d[i] - '0');
	return sum;
}

/* Brazilian CPF: 11 digits, two mod-11 check digits ("638.481.539-71");
 * not one digit repeated. */
static bool is_br_cpf(const char *s, size_t n)
{
	static const int w1[9] = {10, 9, 8, 7, 6, 5, 4, 3, 2};
	static const int w2[10] = {11, 10, 9, 8, 7, 6, 5, 4, 3, 2};
	size_t i;
	bool same = true;
	if (n != 11 || !all_digits(s, n))
		return false;
	for (i = 1; i < n; i++)
		same = same && s[i] == s[0];
	return !same && weighted(s, w1, 9) * 10 % 11 % 10 == s[9] - '0' &&
	       weighted(s, w2, 10) * 10 % 11 % 10 == s[10] - '0';
}

/* São Paulo RG: 8 digits and a check digit (weights 2..9, 11 - sum mod
 * 11; 10 is written X): "05.934.955-4", "93.477.724-X". */
static bool is_br_rg(const char *s, size_t n)
{
	static const int wt[8] = {2, 3, 4, 5, 6, 7, 8, 9};
	int dv;
	if (n != 9 || !all_digits(s, 8))
		return false;
	dv = (11 - weighted(s, wt, 8) % 11) % 11;
	return dv == 10 ? s[8] == 'X' : s[8] == '0' + dv;
}

/* A company's registration or tax number with its check digits (issue
 * 20): Brazilian CNPJ, French SIREN/SIRET (Luhn), Italian partita IVA
 * (Luhn), Polish NIP and REGON. Not personal data. */
static long cl_rut_body(const char *v, const char *s, size_t n);

/* A Spanish CIF, a legal entity's tax number (pii30): the entity's kind
 * (A a company, G an association, Q a public body ...), seven digits and a
 * control (10 - the digits' sum with the odd places doubled, mod 10), a
 * digit or its letter of JABCDEFGHI: "G6543210D". A person's NIF is a DNI
 * or an NIE (is_es_dni). */
static bool is_es_cif(const char *s, size_t n)
{
	int sum = 0, c;
	size_t i;
	if (n != 9 || !strchr("ABCDEFGHJNPQRSUVW", s[0]) || !all_digits(s + 1, 7))
		return false;
	for (i = 1; i <= 7; i++) {
		int d = s[i] - '0';
		sum += i % 2 ? d * 2 / 10 + d * 2 % 10 : d;
	}
	c = (10 - sum % 10) % 10;
	return s[8] == '0' + c || s[8] == "JABCDEFGHI"[c];
}

static bool company_number(const char *v)
{
	static const int cnpj1[12] = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
	static const int cnpj2[13] = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
	static const int nip[9] = {6, 5, 7, 2, 3, 4, 5, 6, 7};
	static const int regon[8] = {8, 9, 2, 3, 4, 5, 6, 7};
	char d[40];
	const char *p;
	size_t nd;
	int r;
	{
		/* a firm's RUT (pii29) */
		char s[24];
		size_t n = alnum_upper(v, s, sizeof s);
		if (cl_rut_body(v, s, n) >= 50000000 || is_es_cif(s, n))
			return true;
	}
	for (p = v; *p; p++)
		if (!isdigit((unsigned char)*p) && !strchr(" .-/", *p))
			return false;
	nd = sx__digits_only(v, d, sizeof d);
	if (nd == 14) {
		r = weighted(d, cnpj1, 12) % 11;
		if ((r < 2 ? 0 : 11 - r) == d[12] - '0') {
			r = weighted(d, cnpj2, 13) % 11;
			if ((r < 2 ? 0 : 11 - r) == d[13] - '0')
				return true;
		}
		return sx__luhn_ok(d) && !strchr(v, '-'); /* SIRET */
	}
	/* a Korean business registration number, NNN-NN-NNNNN: weights 1 3 7
	 * 1 3 7 1 3 5 and the ninth digit's five times, tens (issue 22) */
	if (nd == 10 && strlen(v) == 12 && v[3] == '-' && v[6] == '-') {
		static const int brn[9] = {1, 3, 7, 1, 3, 7, 1, 3, 5};
		int sum = weighted(d, brn, 9) + (d[8] - '0') * 5 / 10;
		if ((10 - sum % 10) % 10 == d[9] - '0')
			return true;
	}
	if (nd == 10)
		return weighted(d, nip, 9) % 11 == d[9] - '0' && d[0] != '0' && v[0] != '+';
	if (nd == 9)
		return (weighted(d, regon, 8) % 11 % 10 == d[8] - '0' || sx__luhn_ok(d)) &&
		       v[0] != '+' && v[0] != '0';
	if (nd == 11 && nd == strlen(v))
		return sx__luhn_ok(d); /* partita IVA */
	return false;
}

/* A date of birth YYMMDD at d (a day up to 31, or +60 for a Swedish
 * co-ordination number when coord). */
static bool yymmdd_ok(const char *d, bool coord)
{
	int mm = (d[2] - '0') * 10 + (d[3] - '0'), dd = (d[4] - '0') * 10 + (d[5] - '0');
	if (coord && dd > 60)
		dd -= 60;
	return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}

/* Issue 21: national ids by their check digits, whatever the column's
 * language. The raw value v decides the separators.
 * - Swedish personnummer: YYMMDD-NNNN or YYYYMMDD-NNNN, Luhn over the
 *   last ten digits ('+' for a centenarian);
 * - Ukrainian RNOKPP: ten bare digits, weights -1 5 7 9 4 6 10 5 7, the
 *   sum mod 11 mod 10;
 * - Korean RRN: YYMMDD-SNNNNNN, weights 2..9 2..5, (11 - sum mod 11) mod 10;
 * - Chinese resident id: 18 characters, mod 11-2 with X for ten. */
/* Luhn over n digits (sx__luhn_ok takes cards' lengths only) */
static bool luhn_n(const char *d, size_t n)
{
	size_t i;
	int sum = 0;
	for (i = 0; i < n; i++) {
		int x = d[n - 1 - i] - '0';
		if (i % 2 == 1 && (x *= 2) > 9)
			x -= 9;
		sum += x;
	}
	return sum % 10 == 0;
}

static bool is_se_personnummer(const char *v, const char *s, size_t n)
{
	size_t len = strlen(v);
	if (!all_digits(s, n) || (n != 10 && n != 12) || len != n + 1 ||
	    (v[len - 5] != '-' && v[len - 5] != '+'))
		return false;
	if (n == 12 && !(s[0] == '1' && (s[1] == '8' || s[1] == '9')) &&
	    !(s[0] == '2' && s[1] == '0'))
		return false;
	return yymmdd_ok(s + n - 10, true) && luhn_n(s + n - 10, 10);
}

static bool is_ua_rnokpp(const char *v, const char *s, size_t n)
{
	static const int w[9] = {-1, 5, 7, 9, 4, 6, 10, 5, 7};
	int r, i;
	if (n != 10 || strlen(v) != 10 || !all_digits(s, n))
		return false;
	for (r = 0, i = 0; i < 9; i++)
		r += (s[i] - '0') * w[i];
	r = ((r % 11) + 11) % 11 % 10;
	return r == s[9] - '0';
}

static bool is_kr_rrn(const char *v, const char *s, size_t n)
{
	static const int w[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
	if (n != 13 || strlen(v) != 14 || v[6] != '-' || !all_digits(s, n) || s[6] < '1' ||
	    s[6] > '8' || !yymmdd_ok(s, false))
		return false;
	return (11 - weighted(s, w, 12) % 11) % 10 == s[12] - '0';
}

static bool is_cn_resident_id(const char *s, size_t n)
{
	static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
	static const char chk[] = "10X98765432";
	int mm, dd;
	if (n != 18 || !all_digits(s, 17) || !(isdigit((unsigned char)s[17]) || s[17] == 'X'))
		return false;
	if (!((s[6] == '1' && (s[7] == '8' || s[7] == '9')) || (s[6] == '2' && s[7] == '0')))
		return false;
	mm = (s[10] - '0') * 10 + (s[11] - '0');
	dd = (s[12] - '0') * 10 + (s[13] - '0');
	if (mm < 1 || mm > 12 || dd < 1 || dd > 31)
		return false;
	return chk[weighted(s, w, 17) % 11] == s[17];
}

/* Issue 22: more national numbers by their check digits, whatever the
 * column's language.
 * - Aadhaar (India): twelve digits, the first 2-9, a Verhoeff check digit;
 * - My Number (Japan): twelve digits, weights 2-7 and 2-6 from the right,
 *   11 - sum mod 11 (0 for a remainder of 0 or 1);
 * - Israeli teudat zehut: nine digits, weights 1 2 1 2 ... (Luhn); the
 *   first 0-3, as issued (companies' numbers, 5x, use the same check);
 * - a Korean RRN with its tail masked after the sex digit
 *   ("600927-1******"), as many systems keep it;
 * - an Indian PAN of a person: five letters (the fourth 'P'), four
 *   digits, a letter; no check digit, but a shape no word or code has.
 * Twelve digits are read bare or in groups of four. */
static bool verhoeff_ok(const char *d, size_t n)
{
	static const unsigned char mul[10][10] = {
	    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
	    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
	    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
	    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
	    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
	static const unsigned char perm[8][10] = {
	    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
	    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
	    {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
	    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
	unsigned c = 0;
	size_t i;
	for (i = 0; i < n; i++)
		c = mul[c][perm[i % 8][d[n - 1 - i] - '0']];
	return c == 0;
}

/* twelve digits, bare or as "dddd dddd dddd" (or with '-') */
static bool twelve_digits(const char *v, const char *s, size_t n)
{
	size_t len = strlen(v);
	if (n != 12 || !all_digits(s, n))
		return false;
	return len == 12 ||
	       (len == 14 && v[4] == v[9] && (v[4] == ' ' || v[4] == '-'));
}

static bool is_in_aadhaar(const char *v, const char *s, size_t n)
{
	return twelve_digits(v, s, n) && s[0] >= '2' && verhoeff_ok(s, 12);
}

static bool is_jp_mynumber(const char *v, const char *s, size_t n)
{
	int sum = 0, i;
	if (!twelve_digits(v, s, n))
		return false;
	for (i = 0; i < 11; i++) {
		int pos = 11 - i;
		sum += (s[i] - '0') * (pos <= 6 ? pos + 1 : pos - 5);
	}
	return (sum % 11 <= 1 ? 0 : 11 - sum % 11) == s[11] - '0';
}

static bool is_il_tz(const char *v, const char *s, size_t n)
{
	return n == 9 && strlen(v) == 9 && all_digits(s, n) && s[0] <= '3' && luhn_n(s, 9);
}

static size_t mask_char(const char *v);

static bool is_kr_rrn_masked(const char *v)
{
	size_t i, m = 0, k;
	for (i = 0; i < 6; i++)
		if (!isdigit((unsigned char)v[i]))
			return false;
	if (v[6] != '-' || v[7] < '1' || v[7] > '8' || !yymmdd_ok(v, false))
		return false;
	for (v += 8; *v; v += k, m++)
		if (!(k = mask_char(v)))
			return false;
	return m == 6;
}

static bool is_in_pan(const char *v, const char *s, size_t n)
{
	size_t i;
	if (n != 10 || strlen(v) != 10 || v[3] != 'P')
		return false;
	for (i = 0; i < 10; i++) {
		bool digit = i >= 5 && i < 9;
		if (digit ? !isdigit((unsigned char)v[i]) : !isupper((unsigned char)v[i]))
			return false;
	}
	(void)s;
	return true;
}

/* More national numbers with a check digit or a birth date inside, of
 * countries no fold has (issue 22, for data nobody here has seen):
 * - Thai id: thirteen digits, weights 13..2, (11 - sum mod 11) mod 10;
 * - South African id: YYMMDD, four, a citizenship digit 0/1, one, a Luhn
 *   digit;
 * - Malaysian MyKad: YYMMDD-PB-NNNN (a birth date and a state code);
 * - Singapore NRIC / FIN: S, T, F or G, seven digits, a check letter;
 * - Hong Kong HKID: one or two letters, six digits, a check (0-9, A);
 * - Taiwan id: a letter, 1 or 2 (the sex), eight digits, mod 10;
 * - Chilean RUT: digits, '-', a mod-11 check digit or K;
 * - Mexican CURP: eighteen characters with a birth date and a check digit;
 * - Pakistani CNIC: NNNNN-NNNNNNN-N;
 * - Finnish HETU: DDMMYY, a century sign, three digits, a check of 31;
 * - Norwegian fødselsnummer: DDMMYY and five digits, two mod-11 checks;
 * - Romanian CNP, Bulgarian EGN, the former Yugoslav JMBG: a birth date
 *   and a weighted check. */
static bool ddmmyy_ok(const char *d)
{
	int dd = (d[0] - '0') * 10 + (d[1] - '0'), mm = (d[2] - '0') * 10 + (d[3] - '0');
	return dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12;
}

static bool is_th_id(const char *s, size_t n)
{
	int sum = 0, i;
	if (n != 13 || !all_digits(s, n) || s[0] == '0' || s[0] == '9')
		return false;
	for (i = 0; i < 12; i++)
		sum += (s[i] - '0') * (13 - i);
	return (11 - sum % 11) % 10 == s[12] - '0';
}

static bool is_za_id(const char *s, size_t n)
{
	return n == 13 && all_digits(s, n) && yymmdd_ok(s, false) && (s[10] == '0' || s[10] == '1') &&
	       luhn_n(s, 13);
}

static bool is_my_mykad(const char *v)
{
	return digits_dashed(v, 14, 6, 9) && yymmdd_ok(v, false);
}

static bool is_sg_nric(const char *v, const char *s, size_t n)
{
	static const int w[7] = {2, 7, 6, 5, 4, 3, 2};
	int sum, i;
	if (n != 9 || strlen(v) != 9 || !strchr("STFG", v[0]) || !all_digits(s + 1, 7))
		return false;
	for (sum = 0, i = 0; i < 7; i++)
		sum += (s[i + 1] - '0') * w[i];
	if (v[0] == 'T' || v[0] == 'G')
		sum += 4;
	return (v[0] == 'S' || v[0] == 'T' ? "JZIHGFEDCBA" : "XWUTRQPNMLK")[sum % 11] == v[8];
}

static bool is_hk_hkid(const char *v, const char *s, size_t n)
{
	size_t nl = n == 9 ? 2 : 1, i;
	int sum = 0, r;
	char c;
	if ((n != 8 && n != 9) || !isupper((unsigned char)v[0]) || !all_digits(s + nl, 6))
		return false;
	for (i = 0; i < nl; i++)
		if (!isupper((unsigned char)s[i]))
			return false;
	sum = nl == 1 ? 36 * 9 + (s[0] - 'A' + 10) * 8 : (s[0] - 'A' + 10) * 9 + (s[1] - 'A' + 10) * 8;
	for (i = 0; i < 6; i++)
		sum += (s[nl + i] - '0') * (int)(7 - i);
	r = 11 - sum % 11;
	c = r == 10 ? 'A' : r == 11 ? '0' : (char)('0' + r);
	return c == s[n - 1] && strchr(v, '(');
}

static bool is_tw_id(const char *v, const char *s, size_t n)
{
	static const char codes[] = "ABCDEFGHJKLMNPQRSTUVXYWZIO"; /* 10.. */
	const char *c;
	int x, sum, i;
	if (n != 10 || strlen(v) != 10 || !isupper((unsigned char)v[0]) ||
	    (s[1] != '1' && s[1] != '2') || !all_digits(s + 1, 9) || !(c = strchr(codes, s[0])))
		return false;
	x = (int)(c - codes) + 10;
	sum = x / 10 + (x % 10) * 9;
	for (i = 1; i <= 8; i++)
		sum += (s[i] - '0') * (9 - i);
	sum += s[9] - '0';
	return sum % 10 == 0;
}

/* A Chilean RUT's body when its mod-11 check holds (K for ten), else -1.
 * pii29: bodies from 50 million are legal entities' (a firm's RUT, 76 or
 * 77 million today), below people's. */
static long cl_rut_body(const char *v, const char *s, size_t n)
{
	const char *dash = strrchr(v, '-');
	int sum = 0, w = 2, r;
	size_t i;
	long body;
	char c;
	if (!dash || dash[2] != 0 || n < 8 || n > 9 || !all_digits(s, n - 1))
		return -1;
	for (i = n - 1; i-- > 0;) {
		sum += (s[i] - '0') * w;
		w = w == 7 ? 2 : w + 1;
	}
	r = 11 - sum % 11;
	c = r == 11 ? '0' : r == 10 ? 'K' : (char)('0' + r);
	if (c != s[n - 1])
		return -1;
	for (i = 0, body = 0; i + 1 < n; i++)
		body = body * 10 + (s[i] - '0');
	return body;
}

static bool is_cl_rut(const char *v, const char *s, size_t n)
{
	long body = cl_rut_body(v, s, n);
	return body >= 0 && body < 50000000;
}

static bool is_mx_curp(const char *v, const char *s, size_t n)
{
	static const char al[] = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
	int sum = 0, i;
	if (n != 18 || strlen(v) != 18 || !all_digits(s + 4, 6) || (s[10] != 'H' && s[10] != 'M') ||
	    !yymmdd_ok(s + 4, false) || !isdigit((unsigned char)s[17]))
		return false;
	for (i = 0; i < 4; i++)
		if (!isupper((unsigned char)s[i]))
			return false;
	for (i = 0; i < 17; i++) {
		const char *c = strchr(al, s[i]);
		if (!c)
			return false;
		sum += (int)(c - al) * (18 - i);
	}
	return (10 - sum % 10) % 10 == s[17] - '0';
}

/* pii36: Sri Lanka's NIC of the old form: nine digits, V or X; the
 * year of birth, then the day of the year (001 to 366, 500 more for a
 * woman), no check digit a public rule gives. */
static bool is_lk_nic(const char *s, size_t n)
{
	int d;
	if (n != 10 || (s[9] != 'V' && s[9] != 'X') || !all_digits(s, 9))
		return false;
	d = (s[2] - '0') * 100 + (s[3] - '0') * 10 + (s[4] - '0');
	return (d >= 1 && d <= 366) || (d >= 501 && d <= 866);
}

static bool is_pk_cnic(const char *v)
{
	return digits_dashed(v, 15, 5, 13) && v[0] != '0';
}

static bool is_fi_hetu(const char *v)
{
	static const char chk[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";
	char d[10];
	if (strlen(v) != 11 || !strchr("+-ABCDEFUVWXY", v[6]) || !all_digits(v, 6) ||
	    !all_digits(v + 7, 3) || !ddmmyy_ok(v))
		return false;
	memcpy(d, v, 6);
	memcpy(d + 6, v + 7, 3);
	d[9] = 0;
	return chk[strtol(d, NULL, 10) % 31] == v[10];
}

static int mod11_check(const char *s, const int *w, size_t n)
{
	int r = 11 - weighted(s, w, n) % 11;
	return r == 11 ? 0 : r;
}

static bool is_no_fnr(const char *v, const char *s, size_t n)
{
	static const int w1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2}, w2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
	char d[4];
	/* bare, or the birth date apart from the personal number */
	if (n != 11 || !all_digits(s, n) || (strlen(v) != 11 && !(strlen(v) == 12 && v[6] == ' ')))
		return false;
	memcpy(d, s, 4);
	if (d[0] >= '4')
		d[0] = (char)(d[0] - 4); /* a D-number: the day + 40 */
	return ddmmyy_ok(d) && mod11_check(s, w1, 9) == s[9] - '0' &&
	       mod11_check(s, w2, 10) == s[10] - '0';
}

static bool is_ro_cnp(const char *s, size_t n)
{
	static const int w[12] = {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9};
	int r;
	if (n != 13 || !all_digits(s, n) || s[0] == '0' || s[0] == '9' || !yymmdd_ok(s + 1, false))
		return false;
	r = weighted(s, w, 12) % 11;
	return (r == 10 ? 1 : r) == s[12] - '0';
}

static bool is_bg_egn(const char *v, const char *s, size_t n)
{
	static const int w[9] = {2, 4, 8, 5, 10, 9, 7, 3, 6};
	char d[6];
	int r;
	if (n != 10 || strlen(v) != 10 || !all_digits(s, n))
		return false;
	memcpy(d, s, 6);
	if (d[2] >= '4')
		d[2] = (char)(d[2] - 4); /* born after 1999: the month + 40 */
	else if (d[2] >= '2')
		d[2] = (char)(d[2] - 2); /* before 1900: + 20 */
	r = weighted(s, w, 9) % 11;
	return yymmdd_ok(d, false) && (r == 10 ? 0 : r) == s[9] - '0';
}

static bool is_yu_jmbg(const char *s, size_t n)
{
	static const int w[12] = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
	int m;
	if (n != 13 || !all_digits(s, n) || !ddmmyy_ok(s) || (s[4] != '9' && s[4] != '0'))
		return false;
	m = 11 - weighted(s, w, 12) % 11;
	return (m > 9 ? 0 : m) == s[12] - '0';
}

/* A personal code whose first digits are a birth date and whose last is
 * a two-pass mod 11 check (weights cycling 1..cyc, then the same from 3;
 * a remainder of ten again gives 0): the Estonian and Lithuanian isikukood /
 * asmens kodas (G YYMMDD NNN C, G 1-6 the century and sex) and the Kazakh
 * IIN (YYMMDD G NNNN C, its second pass ten rejected). */
static int two_pass_mod11(const char *s, size_t n, int cyc)
{
	int w1[11], w2[11];
	size_t i;
	int r;
	for (i = 0; i < n; i++) {
		w1[i] = (int)i % cyc + 1;
		w2[i] = ((int)i + 2) % cyc + 1;
	}
	r = weighted(s, w1, n) % 11;
	if (r == 10)
		r = weighted(s, w2, n) % 11;
	return r;
}

static bool is_birth_code(const char *v, const char *s, size_t n)
{
	int r;
	if (strlen(v) != n || !all_digits(s, n))
		return false;
	if (n == 11 && s[0] >= '1' && s[0] <= '6' && yymmdd_ok(s + 1, false)) {
		r = two_pass_mod11(s, 10, 9);
		return (r == 10 ? 0 : r) == s[10] - '0';
	}
	if (n == 12 && s[6] >= '1' && s[6] <= '6' && yymmdd_ok(s, false))
		return two_pass_mod11(s, 11, 11) == s[11] - '0';
	return false;
}

/* A Latvian personas kods: DDMMYY-CNNNN (C 0-2 the century), weights 1 6
 * 3 7 9 10 5 8 4 2 and (1101 - sum) mod 11 mod 10. */
static bool is_lv_personas_kods(const char *v, const char *s, size_t n)
{
	static const int w[10] = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
	if (n != 11 || strlen(v) != 12 || v[6] != '-' || !all_digits(s, n) || s[6] > '2' ||
	    !ddmmyy_ok(s))
		return false;
	return (1101 - weighted(s, w, 10)) % 11 % 10 == s[10] - '0';
}

/* pii28: more personal numbers by their check digits.
 * - Mexican RFC of a person: four letters, the birth date YYMMDD, a
 *   two-character homoclave and a check (weights 13..2 over the alphabet
 *   0-9 A-N & O-Z, 11 - sum mod 11, 10 read 'A'); a firm's RFC has three
 *   letters and is not a person's;
 * - Uzbek JShShIR (PINFL): fourteen digits, a century-and-sex digit 1-6,
 *   DDMMYY, then seven digits, weights 7 3 1 repeated, the sum mod 10;
 * - Bulgarian LNCh of a foreigner: ten digits, weights 21 19 17 13 11 9 7
 *   3 1, the sum mod 10;
 * - Slovenian tax number: eight digits, the first not 0, weights 8..2,
 *   11 - sum mod 11 (10 read 0, 11 never issued). */
static bool is_mx_rfc_person(const char *v, const char *s, size_t n)
{
	static const char al[] = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
	int sum = 0, r, i;
	char c;
	if (n != 13 || strlen(v) != 13 || !all_digits(s + 4, 6) || !yymmdd_ok(s + 4, false))
		return false;
	for (i = 0; i < 4; i++)
		if (!isupper((unsigned char)s[i]))
			return false;
	for (i = 0; i < 12; i++) {
		const char *p = strchr(al, s[i]);
		if (!p || !s[i])
			return false;
		sum += (int)(p - al) * (13 - i);
	}
	r = 11 - sum % 11;
	c = r == 11 ? '0' : r == 10 ? 'A' : (char)('0' + r);
	return c == s[12];
}

static bool is_uz_pinfl(const char *v, const char *s, size_t n)
{
	static const int w[13] = {7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7};
	return n == 14 && strlen(v) == 14 && all_digits(s, n) && s[0] >= '1' && s[0] <= '6' &&
	       ddmmyy_ok(s + 1) && weighted(s, w, 13) % 10 == s[13] - '0';
}

static bool is_bg_lnch(const char *v, const char *s, size_t n)
{
	static const int w[9] = {21, 19, 17, 13, 11, 9, 7, 3, 1};
	return n == 10 && strlen(v) == 10 && all_digits(s, n) &&
	       weighted(s, w, 9) % 10 == s[9] - '0';
}

static bool is_si_tax(const char *v, const char *s, size_t n)
{
	static const int w[7] = {8, 7, 6, 5, 4, 3, 2};
	int r;
	if (n != 8 || strlen(v) != 8 || !all_digits(s, n) || s[0] == '0')
		return false;
	r = 11 - weighted(s, w, 7) % 11;
	return r != 11 && r % 10 == s[7] - '0';
}

/* pii34: a Venezuelan RIF of a person: V (a citizen), E (a foreigner)
 * or P (a passport holder), eight digits and a mod-11 check digit over the
 * letter's value (V 1, E 2, P 4) and the digits, weights 4 3 2 7 6 5 4 3 2
 * ("V-12345678-9", "V123456789"); the firms' J and G are no person's. */
static bool is_ve_rif(const char *v, const char *s, size_t n)
{
	static const int w[8] = {3, 2, 7, 6, 5, 4, 3, 2};
	int lv, r;
	if (n != 10 || strlen(v) > 12 || !all_digits(s + 1, 9))
		return false;
	lv = s[0] == 'V' ? 1 : s[0] == 'E' ? 2 : s[0] == 'P' ? 4 : 0;
	if (!lv)
		return false;
	r = 11 - (4 * lv + weighted(s + 1, w, 8)) % 11;
	return (r >= 10 ? 0 : r) == s[9] - '0';
}

static unsigned utf8_next(const char **p);

/* A Mongolian register number: two capital Cyrillic letters (Ө, Ү among
 * them), then the birth date YYMMDD, the month + 20 for those born from
 * 2000, and two digits ("ЖА84031412", "ЖА05231412"). */
static bool is_mn_register(const char *v)
{
	const char *p = v;
	char d[6];
	int i;
	for (i = 0; i < 2; i++) {
		unsigned c = utf8_next(&p);
		if (!((c >= 0x0410 && c <= 0x042F) || c == 0x0401 || c == 0x04E8 || c == 0x04AE))
			return false;
	}
	if (strlen(p) != 8 || !all_digits(p, 8))
		return false;
	memcpy(d, p, 6);
	if (d[2] >= '2')
		d[2] = (char)(d[2] - 2);
	return yymmdd_ok(d, false);
}

/* A Guatemalan CUI (the DPI's number, pii38): thirteen digits, eight of a
 * serial, a check digit, a department (01 to 22) and a municipality: the
 * serial's digits weighted 2 to 9, mod 11, is the check ("2723 45342 0918"). */
static bool is_gt_cui(const char *s, size_t n)
{
	static const int wt[8] = {2, 3, 4, 5, 6, 7, 8, 9};
	int dept;
	if (n != 13 || !all_digits(s, n))
		return false;
	dept = (s[9] - '0') * 10 + (s[10] - '0');
	if (dept < 1 || dept > 22 || (s[11] == '0' && s[12] == '0'))
		return false;
	return weighted(s, wt, 8) % 11 == s[8] - '0';
}

/* A Zimbabwean national id (pii38): a district's two digits, a serial of
 * six or seven, a check letter and the district of origin's two digits
 * ("63-123456 A 42", "632345678B42"): the number before the letter mod
 * 23, read in the alphabet without I, O and U, Z first. */
static bool is_zw_id(const char *s, size_t n)
{
	static const char letters[] = "ZABCDEFGHJKLMNPQRSTVWXY";
	unsigned long num = 0;
	size_t i;
	if ((n != 11 && n != 12) || !all_digits(s, n - 3) || !all_digits(s + n - 2, 2) ||
	    !isupper((unsigned char)s[n - 3]))
		return false;
	for (i = 0; i + 3 < n; i++)
		num = num * 10 + (unsigned long)(s[i] - '0');
	return letters[num % 23] == s[n - 3];
}

/* A New Zealand IRD number (pii38): eight or nine digits between 10 000 000
 * and 150 000 000, written bare or dashed 2-3-3 / 3-3-3; padded to nine,
 * the first eight weighted 3 2 7 6 5 4 3 2 mod 11 give the check (11 less
 * the remainder, 0 for none), and where that is 10 the weights 7 4 3 2 5 2
 * 7 6 are tried. Only written dashed does it pass before a phone: bare
 * numbers of eight or nine digits are phones first. */
static bool is_nz_ird(const char *v, const char *s, size_t n, bool dashed)
{
	static const int w1[8] = {3, 2, 7, 6, 5, 4, 3, 2}, w2[8] = {7, 4, 3, 2, 5, 2, 7, 6};
	char d[10];
	long num;
	int r;
	size_t len = strlen(v);
	if ((n != 8 && n != 9) || !all_digits(s, n))
		return false;
	if (dashed ? !(digits_dashed(v, 10, 2, 6) || digits_dashed(v, 11, 3, 7)) : len != n)
		return false;
	d[0] = '0';
	memcpy(d + (n == 8), s, n);
	d[9] = 0;
	num = strtol(d, NULL, 10);
	if (num < 10000000L || num > 150000000L)
		return false;
	r = weighted(d, w1, 8) % 11;
	r = r ? 11 - r : 0;
	if (r == 10) {
		r = weighted(d, w2, 8) % 11;
		r = r ? 11 - r : 0;
	}
	return r < 10 && r == d[8] - '0';
}

/* the ones of them written so that they read as a card (thirteen digits)
 * or a phone (groups): checked before those rules */
static bool early_national_id(const char *v, const char *s, size_t n)
{
	return (n == 13 && (is_th_id(s, n) || is_za_id(s, n) || is_ro_cnp(s, n) || is_yu_jmbg(s, n))) ||
	       is_my_mykad(v) || is_pk_cnic(v) || is_lk_nic(s, n) || is_gt_cui(s, n) ||
	       is_zw_id(s, n) || is_nz_ird(v, s, n, true);
}

/* An Irish PPSN (pii30): seven digits, a check letter and maybe a second
 * letter (W, or A, B ... since 2013): the digits weighted 8 to 2 and the
 * second letter's place in the alphabet (W 0) weighted 9, mod 23, read in
 * WABCDEFGHIJKLMNOPQRSTUV: "1234567T", "1234567FA". */
static bool is_ie_ppsn(const char *s, size_t n)
{
	static const int wt[7] = {8, 7, 6, 5, 4, 3, 2};
	int sum;
	if ((n != 8 && n != 9) || !all_digits(s, 7) || !isupper((unsigned char)s[7]))
		return false;
	sum = weighted(s, wt, 7);
	if (n == 9) {
		if (!isupper((unsigned char)s[8]))
			return false;
		sum += s[8] == 'W' ? 0 : (s[8] - 'A' + 1) * 9;
	}
	return "WABCDEFGHIJKLMNOPQRSTUV"[sum % 23] == s[7];
}

/* A national identity or tax number of one of the lexicon's countries
 * with a check digit that holds (DNI/NIE, NIR, codice fiscale, PESEL,
 * BSN, TC kimlik, a checked Personalausweis number): *sub names it.
 * weak: also the shapes without a check (a Personalausweis serial alone),
 * which agree with a document's name but do not decide alone. */
/* pii53: the Ghana Card's personal id number, "GHA-" with nine digits and
 * a check digit apart by a hyphen */
static bool is_gh_card(const char *v)
{
	size_t i;
	if (strncmp(v, "GHA-", 4))
		return false;
	for (i = 4; i < 13; i++)
		if (!isdigit((unsigned char)v[i]))
			return false;
	return v[13] == '-' && isdigit((unsigned char)v[14]) && !v[15];
}

/* pii53: Bolivia's cédula de identidad, six to eight digits, a duplicate's
 * complement ("-1E") or none, and the issuing department's code ("7771092
 * LP", "12290036PT", "1651763-1E CB") */
static bool is_bo_ci(const char *v)
{
	static const char *const dept[] = {"LP", "CB", "SC", "OR", "PT", "CH", "TJ", "BE", "PD",
	                                   NULL};
	size_t n = 0, k;
	while (isdigit((unsigned char)v[n]))
		n++;
	if (n < 6 || n > 8)
		return false;
	v += n;
	if (v[0] == '-' && isdigit((unsigned char)v[1]) && isupper((unsigned char)v[2]))
		v += 3;
	if (*v == ' ')
		v++;
	for (k = 0; dept[k]; k++)
		if (!strcmp(v, dept[k]))
			return true;
	return false;
}

static bool national_id(const char *v, bool weak, const char **sub)
{
	char s[24];
	size_t n = alnum_upper(v, s, sizeof s);
	bool checked;
	if (is_mn_register(v))
		return *sub = "national_id", true;
	if (n == 0)
		return false;
	if (is_es_dni(s, n))
		return *sub = "id_card", true;
	if (is_fr_nir(s, n))
		return *sub = "ssn", true;
	if (is_it_cf(s, n))
		return *sub = "tax_id", true;
	if (is_tr_tckn(s, n))
		return *sub = "national_id", true;
	if (is_pl_pesel(s, n))
		return *sub = "national_id", true;
	if (is_de_id_card(s, n, &checked) && (checked || weak))
		return *sub = "id_card", true;
	if (weak && is_nl_bsn(s, n))
		return *sub = "national_id", true;
	if (is_br_cpf(s, n))
		return *sub = "tax_id", true;
	if (is_se_personnummer(v, s, n) || is_kr_rrn(v, s, n) || is_cn_resident_id(s, n))
		return *sub = "national_id", true;
	if (is_ua_rnokpp(v, s, n))
		return *sub = "tax_id", true;
	if (is_in_aadhaar(v, s, n) || is_jp_mynumber(v, s, n) || is_il_tz(v, s, n) ||
	    is_kr_rrn_masked(v))
		return *sub = "national_id", true;
	if (is_in_pan(v, s, n))
		return *sub = "tax_id", true;
	if (early_national_id(v, s, n) || is_sg_nric(v, s, n) || is_hk_hkid(v, s, n) ||
	    is_tw_id(v, s, n) || is_cl_rut(v, s, n) || is_mx_curp(v, s, n) || is_fi_hetu(v) ||
	    is_no_fnr(v, s, n) || is_bg_egn(v, s, n) || is_birth_code(v, s, n) ||
	    is_lv_personas_kods(v, s, n) || is_uz_pinfl(v, s, n) || is_bg_lnch(v, s, n) ||
	    is_ie_ppsn(s, n))
		return *sub = "national_id", true;
	if (is_gh_card(v) || is_bo_ci(v))
		return *sub = "national_id", true;
	if (is_nz_ird(v, s, n, false))
		return *sub = "tax_id", true;
	if (is_mx_rfc_person(v, s, n) || is_si_tax(v, s, n) || is_ve_rif(v, s, n))
		return *sub = "tax_id", true;
	if (weak && is_br_rg(s, n))
		return *sub = "id_card", true;
	return false;
}

/* A check-digit number written so that it also reads as a phone: a NIR
 * in groups ("2 54 11 59 479 852 15"), a CPF with its dots ("638.481.539-71").
 * Checked before the phone rule (issue 20). */
static bool grouped_national_id(const char *v, const char **sub)
{
	char s[24];
	size_t n = alnum_upper(v, s, sizeof s);
	if (n == 15 && is_fr_nir(s, n))
		return *sub = "ssn", true;
	if (n == 11 && strchr(v, '.') && strchr(v, '-') && v[0] != '+' && is_br_cpf(s, n))
		return *sub = "tax_id", true;
	/* thirteen digits with a birth date or a check that a card's Luhn
	 * would take, ids in groups that read as phones (issue 22) */
	if (v[0] != '+' && early_national_id(v, s, n))
		return *sub = "national_id", true;
	/* an Aadhaar or a My Number in groups of four (issue 22) */
	if (strchr(v, ' ') && v[0] != '+' && (is_in_aadhaar(v, s, n) || is_jp_mynumber(v, s, n)))
		return *sub = "national_id", true;
	return false;
}

/* A UK National Insurance number: two prefix letters (not D, F, I, Q, U,
 * V; the second not O), six digits, a suffix A-D; spaces allowed between
 * the pairs ("QQ123456C", "QQ 12 34 56 C"). */
static bool is_uk_nino(const char *v)
{
	char c[16];
	size_t n = 0, i;
	for (; *v; v++) {
		if (*v == ' ')
			continue;
		if (n + 1 >= sizeof c)
			return false;
		c[n++] = *v;
	}
	if (n != 9 || !strchr("ABCEGHJKLMNOPRSTWXYZ", c[0]) || !strchr("ABCEGHJKLMNPRSTWXYZ", c[1]) ||
	    c[8] < 'A' || c[8] > 'D')
		return false;
	for (i = 2; i < 8; i++)
		if (!isdigit((unsigned char)c[i]))
			return false;
	return true;
}

/* What a document number looks like: digits, at most three capital
 * letters, spaces or dashes between groups ("73 53 796639", "45 10",
 * "C12345678", "D123-4567-8901"). Under the name of a document (a
 * passport, a driving licence) such values agree with it, though many
 * of them read as phone numbers or bare ids alone. */
static bool doc_number_like(const char *v)
{
	size_t n = 0, nd = 0, nl = 0;
	const char *sub, *v0 = v;
	const unsigned char *u;
	if (!isalnum((unsigned char)v[0]))
		return false;
	for (; *v; v++, n++) {
		u = (const unsigned char *)v;
		if (isdigit(u[0]))
			nd++;
		else if (u[0] >= 'A' && u[0] <= 'Z')
			nl++;
		else if (u[0] == 0xD0 && ((u[1] >= 0x90 && u[1] <= 0xAF) || u[1] == 0x81))
			nl++, v++; /* a Cyrillic capital: "98 ОР 047271" */
		else if (!strncmp(v, NUMERO_SIGN, 3))
			v += 2; /* "62 04 № 367201" */
		else if (*v != ' ' && *v != '-')
			return national_id(v0, true, &sub); /* "05.934.955-4", an RG */
	}
	if (n <= 24 && nd >= 4 && nl <= 3)
		return true;
	/* pii29: a personal code of capitals and digits mixed, six to ten
	 * of them without a separator ("K7BQ29X") */
	if (n >= 6 && n <= 10 && n == nd + nl && nd >= 2 && nl >= 2)
		return true;
	return national_id(v0, true, &sub);
}

/* A record of fields apart by '/' with a document's number among them:
 * the passport data airlines send ("P/GBR/533123456/GBR/14MAR87/F/...").
 * Under a document's name it agrees with it. */
static bool doc_record(const char *v)
{
	char f[32];
	const char *p = v;
	if (!strchr(v, '/'))
		return false;
	while (*p) {
		size_t n = 0, nd = 0, i;
		while (*p && *p != '/') {
			if (n + 1 < sizeof f)
				f[n++] = *p;
			p++;
		}
		f[n] = 0;
		for (i = 0; i < n; i++)
			nd += isdigit((unsigned char)f[i]) != 0;
		if (nd >= 6 && doc_number_like(f))
			return true;
		if (*p)
			p++;
	}
	return false;
}

/* A hemisphere's letter after a coordinate, after its degree sign or a
 * space or neither ("26.6345N", "94.0521 E", "26.6345° N"): skips it and
 * tells which, 'N' or 'E' for the two axes, 0 for none. */
static char hemisphere(char **end)
{
	char *p = *end;
	char h;
	if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xB0)
		p += 2;
	if (*p == ' ')
		p++;
	h = *p;
	if ((h != 'N' && h != 'S' && h != 'E' && h != 'W') || isalnum((unsigned char)p[1]))
		return 0;
	*end = p + 1;
	return h == 'N' || h == 'S' ? 'N' : 'E';
}

/* ...or before it ("N26.6345 E94.0521", "N 26.6345"): the number's start */
static const char *hemisphere_first(const char *v, char *h)
{
	*h = 0;
	if ((*v == 'N' || *v == 'S' || *v == 'E' || *v == 'W') &&
	    (isdigit((unsigned char)v[1]) || (v[1] == ' ' && isdigit((unsigned char)v[2])))) {
		*h = *v == 'N' || *v == 'S' ? 'N' : 'E';
		return v + (v[1] == ' ' ? 2 : 1);
	}
	return v;
}

/* A mark after a number: one of the bytes given, or a prime or double
 * prime (U+2032, U+2033), or two apostrophes for seconds; skips it. */
static bool dms_mark(const char **p, bool seconds)
{
	const unsigned char *u = (const unsigned char *)*p;
	if (u[0] == (seconds ? '"' : '\'')) {
		*p += 1;
		return true;
	}
	if (seconds && u[0] == '\'' && u[1] == '\'') {
		*p += 2;
		return true;
	}
	if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == (seconds ? 0xB3 : 0xB2)) {
		*p += 3;
		return true;
	}
	return false;
}

/* One coordinate in degrees, minutes and seconds with its hemisphere's
 * letter after it ("29°12'28.1\"S", "125°22'26.5\" E", "8°45.39'S"), the
 * way a map or a phone's GPS shows a position: its value in degrees, the
 * axis in *h ('N' or 'E'), *p past it. Minutes and seconds under 60. */
static bool dms_coord(const char **p, double *deg, char *h)
{
	const char *s = *p;
	char *end;
	double d, m = 0, sec = 0;
	if (!isdigit((unsigned char)*s))
		return false;
	d = strtod(s, &end);
	if ((unsigned char)end[0] != 0xC2 || (unsigned char)end[1] != 0xB0)
		return false;
	s = end + 2;
	if (isdigit((unsigned char)*s)) {
		m = strtod(s, &end);
		s = end;
		if (!dms_mark(&s, false) || m >= 60)
			return false;
		if (isdigit((unsigned char)*s)) {
			sec = strtod(s, &end);
			s = end;
			if (!dms_mark(&s, true) || sec >= 60)
				return false;
		}
	}
	end = (char *)s;
	*h = hemisphere(&end);
	if (!*h)
		return false;
	*deg = d + m / 60 + sec / 3600;
	*p = end;
	return true;
}

/* A pair in degrees, minutes and seconds, latitude first, both with
 * their hemispheres' letters: "29°12'28.1\"S 28°45'26.1\"E" */
static bool dms_pair(const char *v)
{
	double a, b;
	char ha, hb;
	if (!dms_coord(&v, &a, &ha))
		return false;
	if (*v != ',' && *v != ' ' && *v != ';')
		return false;
	while (*v == ',' || *v == ' ' || *v == ';')
		v++;
	if (!dms_coord(&v, &b, &hb) || *v)
		return false;
	return ha == 'N' && hb == 'E' && a <= 90 && b <= 180;
}

/* *lettered: the pair was written with its hemispheres' letters */
static bool parse_coord_pair(const char *v, bool *lettered)
{
	char *end;
	double a, b;
	char ha, hb;
	*lettered = false;
	if (sx_str_startswith(v, "POINT(") || sx_str_startswith(v, "POINT ("))
		return true;
	/* pii46: degrees, minutes and seconds are lettered as such */
	if (dms_pair(v)) {
		*lettered = true;
		return true;
	}
	/* a latitude and a longitude with their hemispheres' letters, a
	 * GPS receiver's way ("26.6345N 94.0521E", "N26.6345 E94.0521"):
	 * both or neither, in that order, the numbers unsigned */
	{
		const char *as = hemisphere_first(v, &ha);
		a = strtod(as, &end);
		if (end == as)
			return false;
		if (!ha)
			ha = hemisphere(&end);
	}
	if (*end != ',' && *end != ' ' && *end != ';')
		return false;
	/* a lone comma before a number without a point: a decimal comma
	 * after a thousands point ("1.172,50" kg, pii34), not a pair */
	if (end[0] == ',' && isdigit((unsigned char)end[1]) && !strchr(end, '.'))
		return false;
	while (*end == ',' || *end == ' ' || *end == ';')
		end++;
	{
		const char *bs = hemisphere_first(end, &hb);
		b = strtod(bs, &end);
		if (end == bs)
			return false;
		if (!hb)
			hb = hemisphere(&end);
	}
	if (*end)
		return false;
	if (ha || hb) {
		if (ha != 'N' || hb != 'E' || a < 0 || b < 0 || strchr(v, '-'))
			return false;
		*lettered = true;
	}
	return fabs(a) <= 90 && fabs(b) <= 180 && (a != floor(a) || b != floor(b));
}

/* A national number written with its trunk '0' and an area or mobile
 * code of five digits ("07911 123456", "01225-447788"): a phone, though
 * its first group is as long as a document number's. */
static bool trunk_code(const char *v, size_t first, size_t nd)
{
	return v[0] == '0' && v[1] != '0' && first == 5 && (nd == 10 || nd == 11);
}

/* One '/' after the trunk 0 or a '+', the German way ("0163/18178440",
 * "030/1234567"); two or more are a date's. */
static bool slash_phone(const char *v)
{
	const char *sl = strchr(v, '/');
	return sl && !strchr(sl + 1, '/') && (v[0] == '0' || v[0] == '+') && strlen(v) < 40;
}

static bool is_phone(const char *v, size_t nd)
{
	bool sep = false;
	const char *p;
	if (nd < 10 || nd > 15)
		return false;
	size_t group = 0, first = 0, last = 0;
	bool infirst = true;
	bool slash_ok = slash_phone(v);
	for (p = v; *p; p++) {
		if (*p == '+' || *p == '(' || *p == '-' || *p == ' ' || *p == ')' || *p == '.' ||
		    (*p == '/' && slash_ok)) {
			sep = true;
			if (group) {
				if (infirst)
					first = group;
				infirst = false;
				last = group;
			}
			group = 0;
		} else if (isdigit((unsigned char)*p)) {
			group++;
		}
	}
	if (group)
		last = group;
	if (infirst)
		first = group;
	/* Hyphenated document numbers ("12345678-0001-2": marketplace
	 * shipments): a long first group without a '+', or a last group of
	 * one digit, is not how phones are written. */
	if (sep && v[0] != '+' && first >= 5 && first < nd && !trunk_code(v, first, nd))
		return false;
	if (sep && last == 1)
		return false;
	/* Bare digit strings are ids far more often than phones. */
	return sep || (v[0] == '+');
}

/* Words of letters ('-', '\'' and '.' allowed): returns how many, or -1
 * when another character occurs. *cap: every word starts with a capital
 * (strict: a Cyrillic capital; else any Cyrillic letter); *lower: some
 * letter is lowercase. */
/* The case of a two-byte UTF-8 letter: 1 a capital, -1 a small letter,
 * 0 neither or unknown. Latin-1 and Latin Extended-A ("Å", "Ž", "Ő"),
 * Greek and Cyrillic with the Ukrainian letters ("Є", "І", "Ґ"):
 * "Åkesson" and "Ørsted" begin with a capital as "Smith" does (issue 21). */

static unsigned utf8_cp2(const unsigned char *p)
{
	const char *q = (const char *)p;
	unsigned c = utf8_next(&q);
	return c >= 0x80 && c < 0x800 ? c : 0;
}

static int utf8_case(const unsigned char *p)
{
	unsigned c = utf8_cp2(p);
	if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7)
		return c <= 0xDE ? 1 : -1;
	if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
		return c % 2 == 0 ? 1 : -1;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
		return c % 2 == 1 ? 1 : -1;
	if ((c >= 0x386 && c <= 0x3AB && c != 0x387) || (c >= 0x400 && c <= 0x42F) ||
	    c == 0x490)
		return 1;
	if ((c >= 0x3AC && c <= 0x3CE) || (c >= 0x430 && c <= 0x45F) || c == 0x491)
		return -1;
	/* the Cyrillic letters of Kazakh, Tatar, Bashkir, Uzbek...: pairs
	 * upper case first (pii26) */
	if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
		return c % 2 == 0 ? 1 : -1;
	if (c >= 0x4C1 && c <= 0x4CE)
		return c % 2 == 1 ? 1 : -1;
	/* Armenian (issue 22) */
	if (c >= 0x531 && c <= 0x556)
		return 1;
	if (c >= 0x561 && c <= 0x587)
		return -1;
	return 0;
}

static int letter_words(const char *v, bool strict, bool *cap, bool *lower)
{
	const unsigned char *p = (const unsigned char *)v;
	int words = 0;
	bool in = false;
	*cap = true;
	*lower = false;
	for (; *p; p++) {
		bool upper;
		if (*p == ' ') {
			in = false;
			continue;
		}
		if (!(isalpha(*p) || *p >= 0x80 || *p == '-' || *p == '\'' || *p == '.'))
			return -1;
		if (islower(*p) || (*p == 0xD0 && p[1] >= 0xB0 && p[1] <= 0xBF) || *p == 0xD1 ||
		    utf8_case(p) < 0)
			*lower = true;
		if (in)
			continue;
		in = true;
		words++;
		if (strict)
			upper = isupper(*p) ||
			        (*p == 0xD0 && ((p[1] >= 0x90 && p[1] <= 0xAF) || p[1] == 0x81)) ||
			        utf8_case(p) > 0;
		else
			upper = isupper(*p) || *p == 0xD0 || *p == 0xD1 || utf8_case(p) > 0;
		if (!upper)
			*cap = false;
	}
	return words;
}

/* "SURNAME, GIVEN" or "Surname, Given Middle": how registers, bookings
 * and passports' machine zones write a person, capitals or not; and
 * "SURNAME/GIVEN MRS", the name field of an airline booking, in
 * capitals, a title after the given name. Sets *given to the part after the comma or the
 * slash. */
static bool surname_first(const char *v, const char **given)
{
	static const char *const title[] = {" MR", " MRS", " MS", " MISS", " MSTR", " DR", " MX",
	                                    NULL};
	const char *c = strchr(v, ',');
	char head[64], tail[64];
	bool cap, lower;
	int a, b;
	size_t n;
	bool slash;
	if (!c)
		c = strchr(v, '/');
	if (!c || strchr(c + 1, ',') || strchr(c + 1, '/') || c == v ||
	    (size_t)(c - v) >= sizeof head || strlen(v) > 60)
		return false;
	memcpy(head, v, (size_t)(c - v));
	head[c - v] = 0;
	a = letter_words(head, false, &cap, &lower);
	slash = *c == '/';
	/* booking systems write it in capitals ("Yes/No", "Male/Female" are
	 * not names) */
	if (!cap || a < 1 || a > 2 || (slash && (c - v < 2 || lower)))
		return false;
	while (*++c == ' ')
		;
	n = strlen(c);
	if (n >= sizeof tail)
		return false;
	memcpy(tail, c, n + 1);
	if (slash) {
		const char *const *t;
		for (t = title; *t; t++)
			if (n > strlen(*t) && !strcmp(tail + n - strlen(*t), *t))
				tail[n - strlen(*t)] = 0;
		if (strlen(tail) < 2)
			return false;
	}
	b = letter_words(tail, false, &cap, &lower);
	if (!cap || b < 1 || b > 2 || (slash && lower))
		return false;
	*given = c;
	return true;
}

/* Two or three capitalised words of letters (Latin or Cyrillic), or a
 * surname first before a comma. */
/* Titles before a person's name and post-nominals after it, in the
 * lexicon's languages (compared without a final '.', case-insensitively
 * for ASCII): "Dr Horatio Ravensworth MRCVS", "Sra. Lucía Pérez",
 * "г-н Петров". */
static const char *const title_pre[] = {
    "dr",    "prof",  "mr",    "mrs",   "ms",   "miss",  "mx",    "sir",  "dame",  "rev",
    "herr",  "frau",  "sr",    "sra",   "srta", "don",   "doña",  "dña",  "mme",   "mlle",
    "m",     "sig",   "sig.ra", "dott", "dott.ssa", "ing", "avv",  "dhr",  "mevr",  "pan",
    "pani",  "bay",   "bayan", "г-н",   "г-жа", "госп",  "gospodin", "gospozha",
    /* pii34: professional titles of Spanish, Portuguese and Central
     * Europe, the honorifics of South Asia (Shri, Smt., Sardar, Late),
     * the Malay and Indonesian world, West and East Africa, Vietnam */
    "lic",   "licda", "téc",   "tec",   "arq",  "dra",   "abg",   "mgr",  "inż",   "mudr",
    "judr",  "shri",  "smt",   "kumari", "sardar", "late", "dato", "datuk", "encik", "puan",
    "hj",    "haji",  "hajjah", "bpk",  "ibu",  "sdr",   "alhaji", "alhaja", "chief", "mallam",
    "bwana", "mnr",   "mev",   "ông",   "Ông",  "bà",    NULL};
static const char *const title_post[] = {
    "mrcvs", "md",   "phd",  "dds",  "mbbs", "frcs", "mrcp", "esq",  "jr",  "sr",
    "ii",    "iii",  "bvsc", "dvm",  "rn",   "cpa",  "mba",  "msc",  "bsc", "frcp",
    "bey",   "hanım", "hanim", NULL};

static bool title_in(const char *p, size_t len, const char *const *l)
{
	char w[24];
	size_t i;
	if (len && p[len - 1] == '.')
		len--;
	if (len == 0 || len >= sizeof w)
		return false;
	for (i = 0; i < len; i++)
		w[i] = (char)tolower((unsigned char)p[i]);
	w[len] = 0;
	if (!strncmp(w, "\xd0\x93", 2)) /* "Г-н": the capital of Cyrillic г */
		memcpy(w, "\xd0\xb3", 2);
	return in_list(w, l);
}

/* v without its titles and post-nominals, into buf; *titled says some
 * were there. */
static const char *untitle(const char *v, char *buf, size_t n, bool *titled)
{
	const char *b = v, *e = v + strlen(v), *p;
	*titled = false;
	for (;;) {
		while (*b == ' ')
			b++;
		for (p = b; *p && *p != ' '; p++)
			;
		if (!*p || !title_in(b, (size_t)(p - b), title_pre))
			break;
		b = p;
		*titled = true;
	}
	for (;;) {
		while (e > b && e[-1] == ' ')
			e--;
		for (p = e; p > b && p[-1] != ' '; p--)
			;
		if (p == b || !title_in(p, (size_t)(e - p), title_post))
			break;
		e = p;
		*titled = true;
	}
	if (!*titled || (size_t)(e - b) >= n)
		return v;
	memcpy(buf, b, (size_t)(e - b));
	buf[e - b] = 0;
	return buf;
}

static bool patronym_name(const char *v);
static bool initial_glued(const char *v);

static bool is_person_name(const char *v)
{
	bool cap, lower, titled;
	size_t len;
	int words;
	const char *g;
	char ut[64];
	v = untitle(v, ut, sizeof ut, &titled);
	len = strlen(v);
	if (len < 4 || len > 60)
		return false;
	if (surname_first(v, &g) || patronym_name(v) || initial_glued(v))
		return true;
	words = letter_words(v, false, &cap, &lower);
	return cap && words >= 2 && words <= 3;
}

/* One masking character at v ('*', 'X', 'x', '#', or the bullet '•',
 * three bytes in UTF-8): its length in bytes, or 0. */
static size_t mask_char(const char *v)
{
	if (*v == '*' || *v == 'X' || *v == 'x' || *v == '#')
		return 1;
	if (!strncmp(v, "\xE2\x80\xA2", 3))
		return 3;
	return 0;
}

/* A masked card number: mask characters then the last four digits,
 * spaces or dashes between groups ("**** **** **** 1234"), the issuer's
 * first four, six or eight digits kept or not ("427638******1234",
 * "5355 **** **** 8841"). */
static bool is_masked_card(const char *v)
{
	int mask = 0, lead = 0, digits = 0;
	size_t k;
	while (*v) {
		if ((k = mask_char(v))) {
			if (digits && lead)
				return false;
			if (digits) {
				lead = digits;
				digits = 0;
			}
			mask++;
			v += k;
			continue;
		}
		if (*v >= '0' && *v <= '9')
			digits++;
		else if (*v != ' ' && *v != '-')
			return false;
		v++;
	}
	if (lead && lead != 4 && lead != 6 && lead != 8)
		return false;
	return mask >= 6 && lead + mask + digits >= 13 && lead + mask + digits <= 19 && digits == 4;
}

/* How apps show a saved card: a scheme's name or none, a few mask
 * characters and the last four digits ("VISA •••• 4242", "**** 1234",
 * "Mastercard ending 8841"). Alone it could mask any number; under a
 * card's name it agrees with it. */
static bool card_tail(const char *v)
{
	static const char *const scheme[] = {"visa", "mc", "mastercard", "maestro", "amex",
	                                     "discover", "jcb", "unionpay", "mir", "мир",
	                                     "diners", NULL};
	char w[16];
	size_t n = 0, k;
	int mask = 0, digits = 0;
	while (*v && *v != ' ' && !mask_char(v) && n + 1 < sizeof w)
		w[n++] = (char)tolower((unsigned char)*v++);
	w[n] = 0;
	if (n && !in_list(w, scheme))
		return false;
	while (*v == ' ')
		v++;
	if (!strncmp(v, "ending ", 7))
		v += 7, mask = 4;
	while (*v) {
		if ((k = mask_char(v)) && !digits) {
			mask++;
			v += k;
		} else if (isdigit((unsigned char)*v)) {
			digits++;
			v++;
		} else if ((*v == ' ' || *v == '-') && !digits) {
			v++;
		} else {
			return false;
		}
	}
	/* pii53: a scheme's name with one mask before the last four ("MIR
	 * *0021") */
	return (mask >= 2 || (n && mask >= 1)) && digits == 4;
}

static bool is_address(const char *v)
{
	static const char *const w[] = {" st",    " street",  " ave",  " avenue", " rd",
	                                " road",  " blvd",    " lane", " ln",     " dr",
	                                " drive", "ул.",      "улица", "д.",      "кв.",
	                                "пр.",    "проспект", " way",  " court",  NULL};
	const char *const *p;
	char low[256];
	size_t i;
	bool digit = false;
	for (i = 0; v[i] && i + 1 < sizeof low; i++) {
		low[i] = (char)tolower((unsigned char)v[i]);
		if (isdigit((unsigned char)v[i]))
			digit = true;
	}
	low[i] = 0;
	if (!digit)
		return false;
	for (p = w; *p; p++)
		if (strstr(low, *p))
			return true;
	return false;
}

/* A street address written out: a house number (a token of digits, or
 * "д.12") and a street-type word as a whole token ("27 Birch Crescent",
 * "ул. Баумана, д. 12"). Stricter than is_address(), which only supports a
 * name: this one may decide from the values alone. */
static size_t address_marks(const char *v);
static bool street_compound(const char *w);
static bool day_date(const char *v, int *year);
static void name_lower(const char *w, size_t len, char *out, size_t n);

static bool strong_address(const char *v)
{
	static const char *const w[] = {
	    "st",   "st.",        "street",  "ave",       "ave.",     "avenue",   "rd",
	    "rd.",  "road",       "blvd",    "boulevard", "lane",     "ln",       "drive",
	    "dr.",  "way",        "court",   "ct",        "crescent", "terrace",  "place",
	    "pl.",  "square",     "sq",      "highway",   "hwy",      "parkway",  "close",
	    "ул.",  "улица",      "пр-т",    "проспект",  "пер.",     "переулок", "шоссе",
	    "наб.", "набережная", "бульвар", "б-р",
	    /* more of the common street-type words (USPS, Royal Mail, Russian) */
	    "grove", "parade", "row", "mews", "gardens", "hill", "rise", "walk", "green",
	    "circle", "cir", "trail", "plaza", "alley", "quay", "wharf", "pkwy", "cres",
	    "ter", "pde", "пл.", "площадь", "проезд", "мкр", "мкр.", "микрорайон", "тупик",
	    "ш.", NULL};
	const char *p = v;
	bool number = false, street = false;
	if (strlen(v) > 200)
		return false;
	while (*p) {
		char tok[48];
		size_t n = 0, i, nd = 0;
		const char *const *q;
		while (*p == ' ' || *p == ',')
			p++;
		while (*p && *p != ' ' && *p != ',') {
			if (n + 1 < sizeof tok)
				tok[n++] = *p;
			p++;
		}
		tok[n] = 0;
		if (!n)
			continue;
		for (i = 0; i < n; i++) {
			tok[i] = (char)tolower((unsigned char)tok[i]);
			if (isdigit((unsigned char)tok[i]))
				nd++;
		}
		if ((nd && nd == n && n <= 5) || (!strncmp(tok, "д.", 3) && nd && nd + 3 == n))
			number = true;
		for (q = w; *q; q++)
			if (!strcmp(tok, *q))
				street = true;
		if (street_compound(tok))
			street = true;
	}
	return (number && street) || address_marks(v) >= 2;
}

/* Issue 22: postal addresses by their marks, in many countries and
 * scripts: street and road words, numbered marks (a flat, a plot, a
 * house, a sector: "Flat 302", "H.No. 8-2-293/A", "Số 45", "דירה 29"),
 * administrative divisions ("Phường 2", "Q.", "Nagar", "district",
 * "район"), CJK and Korean divisions and numbering ("京都府", "区",
 * "丁目", "号室", "강남구", "테헤란로 123", "456호"), postal codes (five to
 * seven digits, "150-0001", "〒"), and a house numbered the way many
 * countries do ("123/4", "8-2-293/A", "1407-3"). Two marks or more with a
 * digit make an address. */
static const char *const addr_street[] = {
    "st", "street", "road", "rd", "ave", "avenue", "lane", "ln", "cross", "main", "marg",
    "gali", "jalan", "jl", "calle", "rua", "via", "viale", "strasse", "straße", "str",
    "rue", "avenida", "av", "ulica", "ul", "utca", "gatan", "gata", "vej", "weg", "straat",
    "phố", "đường", "duong", "soi", "thanon", "sokak", "sok", "cadde", "caddesi", "blvd",
    "boulevard", "highway", "hwy", "drive", "dr", "way", "crescent", "terrace", "place",
    "square", "close", "court", "ул", "улица", "пр-т", "проспект", "пер", "переулок",
    "шоссе", "наб", "бульвар", "οδός", "οδ", "λεωφ", "λεωφόρος",
    /* pii46: the Turkic languages' street, bare and with its possessive
     * (Bashkir and Tatar, Kazakh, Kyrgyz, Uzbek) */
    "урам", "урамы", "көше", "көшесі", "көчө", "көчөсү", "кўча", "кўчаси", "ko'cha",
    "ko'chasi", "kocha", "kochasi", NULL};
/* marks that count before a number ("Flat 302", "Phường 2", "ngõ 12") */
static const char *const addr_numbered[] = {
    "apt", "apartment", "flat", "unit", "suite", "ste", "floor", "fl", "no", "nr", "nº",
    "h.no", "house", "plot", "door", "block", "blk", "sector", "phase", "room", "lot", "km",
    "số", "tổ", "kp", "khu", "ngõ", "ngo", "ngách", "hẻm", "kiệt", "lô", "tầng", "phòng",
    "phường", "quận", "piso", "apto", "depto", "dpto", "moo", "rt", "rw", "blok", "daire",
    "kat", "kv", "кв", "д", "дом", "корп", "стр", "דירה", "קומה", "כניסה", "bldg", NULL};
static const char *const addr_admin[] = {
    "district", "ward", "city", "province", "state", "county", "village", "nagar", "colony",
    "layout", "p", "q", "tp", "tx", "tt", "huyện", "xã", "tỉnh", "kelurahan", "kecamatan",
    "kec", "kab", "kota", "prov", "dist", "taluk", "tehsil", "amphoe", "tambon", "changwat",
    "khet", "barangay", "brgy", "bairro", "mahallesi", "mah", "ilçe", "обл", "область",
    /* pii46: a district and a village in the Turkic languages, with the
     * possessive an address writes ("Бөрйән районы", "Байыш ауылы") */
    "районы", "ауыл", "ауылы", "аудан", "ауданы", "авыл", "авылы",
    "район", "р-н", "г", "город", "רחוב", "רח'", "שדרות", "שד'", "מיקוד", "شارع", "حي",
    "طريق", "عمارة", "شقة", "ถนน", "ถ", "ซอย", "ซ", "แขวง", "เขต", "ตำบล", "อำเภอ",
    "จังหวัด", "หมู่", "मार्ग", "नगर", "गली", "मकान", "ქუჩა", NULL};
/* CJK marks anywhere in a word: a prefecture, a city, a ward, a town, a
 * block, a number, a room; a province, a road, a street, a building */
static const char *const addr_cjk[] = {"〒", "都", "道", "府", "県", "市", "区", "町", "村", "丁目",
                                       "番地", "番", "号", "室", "省", "路", "街", "巷", "弄",
                                       "栋", "楼", "區", "縣", "號", NULL};
/* Korean words ending in a division or a road ("강남구", "테헤란로") */
static const char *const addr_hangul_end[] = {"특별시", "광역시", "시", "구", "군", "동", "읍",
                                              "면", "리", "로", "길", "번지", NULL};

/* A postal code: five to seven digits, three and four ("150-0001"), five
 * and four (a ZIP+4), in parentheses or after "〒". */
static bool postal_code(const char *t, size_t n)
{
	size_t i, nd = 0, dash = 0;
	if (n >= 3 && !strncmp(t, "〒", 3))
		t += 3, n -= 3;
	if (n >= 2 && t[0] == '(' && t[n - 1] == ')')
		t++, n -= 2;
	for (i = 0; i < n; i++) {
		if (isdigit((unsigned char)t[i]))
			nd++;
		else if (t[i] == '-' && !dash && i > 0)
			dash = i;
		else
			return false;
	}
	if (!dash)
		return nd >= 5 && nd <= 7;
	return (dash == 3 && nd == 7) || (dash == 5 && nd == 9);
}

/* A house numbered with '/' or '-' between digits ("123/4", "K23/15",
 * "8-2-293/A", "1407-3", "5-12"), no date. */
static bool house_number(const char *t, size_t n)
{
	size_t i, nd = 0, sep = 0, nl = 0;
	char buf[32];
	int y;
	if (n < 3 || n >= sizeof buf)
		return false;
	for (i = 0; i < n; i++) {
		if (isdigit((unsigned char)t[i]))
			nd++;
		else if (t[i] == '/' || t[i] == '-')
			sep += i > 0 && isdigit((unsigned char)t[i - 1]);
		else if (isalpha((unsigned char)t[i]))
			nl++;
		else
			return false;
	}
	memcpy(buf, t, n);
	buf[n] = 0;
	return nd >= 2 && sep >= 1 && nl <= 2 && !day_date(buf, &y);
}

/* w ends with one of the endings in suf, three bytes or more before it */
static bool ends_in(const char *w, const char *const *suf)
{
	size_t n = strlen(w);
	for (; *suf; suf++) {
		size_t k = strlen(*suf);
		if (n >= k + 3 && !memcmp(w + n - k, *suf, k))
			return true;
	}
	return false;
}

/* A street named in one word with its type at the end, as Germanic,
 * Nordic, Finnish, Hungarian and Dutch streets are ("Hauptstraße",
 * "Bakkegade", "Mannerheimintie", "Kossuth-utca", "Keizersgracht"), the
 * name before it three letters or more. */
static bool street_compound(const char *w)
{
	static const char *const suf[] = {"straße", "strasse", "str", "weg", "gasse", "allee",
	                                  "platz", "gade", "gatan", "gata", "veien", "vegen",
	                                  "vägen", "vej", "katu", "tie", "utca", "straat",
	                                  "laan", "gracht", "plein", "kuja", NULL};
	return ends_in(w, suf);
}

static size_t address_marks(const char *v)
{
	const char *p = v;
	size_t marks = 0, len = strlen(v);
	bool digit = false, prev_numbered = false;
	if (len < 8 || len > 200 || strchr(v, '@'))
		return 0;
	for (p = v; *p; p++)
		digit |= isdigit((unsigned char)*p) != 0;
	if (!digit)
		return 0;
	p = v;
	while (*p) {
		const char *b;
		char low[64];
		size_t n, m;
		const char *const *q;
		bool num;
		while (*p == ' ' || *p == ',' || *p == ';')
			p++;
		if (!*p)
			break;
		for (b = p; *p && *p != ' ' && *p != ',' && *p != ';'; p++)
			;
		n = (size_t)(p - b);
		num = isdigit((unsigned char)b[0]) != 0;
		if (prev_numbered && (num || house_number(b, n)))
			marks++;
		prev_numbered = false;
		if (postal_code(b, n) || house_number(b, n)) {
			marks++;
			continue;
		}
		if (n >= sizeof low)
			continue;
		name_lower(b, n, low, sizeof low);
		m = strlen(low);
		while (m && low[m - 1] == '.')
			low[--m] = 0;
		if (in_list(low, addr_numbered))
			prev_numbered = true;
		if (in_list(low, addr_street) || in_list(low, addr_admin) || street_compound(low))
			marks++;
		for (q = addr_cjk; *q; q++)
			if (strstr(low, *q))
				marks++;
		if ((unsigned char)low[0] >= 0xEA && (unsigned char)low[0] <= 0xED)
			for (q = addr_hangul_end; *q; q++)
				if (m > strlen(*q) && !strcmp(low + m - strlen(*q), *q)) {
					marks++;
					break;
				}
		/* "456호", "101동", "12층": a number of a flat, a building, a floor */
		if (num && (strstr(low, "호") || strstr(low, "동") || strstr(low, "층")))
			marks++;
	}
	return marks;
}

/* Given names that confirm a capitalised pair of words is a person:
 * common English-language and Russian given names (Latin, Cyrillic and
 * transliterated). Capitalised words alone do not decide, since product
 * names, job titles, cities and companies are capitalised too. */
static const char *const given_names[] = {
    "aaron", "adam", "adrian", "aiden", "alan", "albert", "alex", "alexander", "alice", "amanda",
    "amber", "amelia", "amy", "andrea", "andrew", "angela", "anna", "anne", "anthony", "arthur",
    "ashley", "barbara", "benjamin", "betty", "brandon", "brian", "carl", "carol", "caroline",
    "catherine", "charles", "charlotte", "chloe", "christian", "christina", "christopher", "claire",
    "daniel", "david", "deborah", "dennis", "diana", "donald", "donna", "dorothy", "edward",
    "elizabeth", "ella", "emily", "emma", "eric", "ethan", "eva", "frank", "gary", "george",
    "grace", "gregory", "hannah", "harry", "heather", "helen", "henry", "isabella", "jack", "jacob",
    "james", "jane", "janet", "jason", "jennifer", "jessica", "john", "jonathan", "jose", "joseph",
    "joshua", "julia", "justin", "karen", "katherine", "kathleen", "kenneth", "kevin", "kimberly",
    "laura", "lauren", "leo", "liam", "linda", "lisa", "lucas", "lucy", "margaret", "maria", "mark",
    "martha", "mary", "matthew", "megan", "melissa", "michael", "michelle", "mohammed", "muhammad",
    "nancy", "nathan", "nicholas", "nicole", "noah", "oliver", "olivia", "oscar", "patricia",
    "patrick", "paul", "peter", "rachel", "raymond", "rebecca", "richard", "robert", "ronald",
    "ruth", "ryan", "samantha", "samuel", "sandra", "sarah", "scott", "sharon", "sophia", "sophie",
    "stephanie", "stephen", "steven", "susan", "thomas", "timothy", "victoria", "william", "zoe",
	/* Russian, transliterated */
	"aleksandr", "aleksey", "alexey", "anastasia", "anastasiya", "andrey", "anton", "boris",
	"dmitry", "dmitriy", "ekaterina", "elena", "evgeny", "evgeniy", "galina", "igor", "irina",
    "ivan", "kirill", "konstantin", "ksenia", "kseniya", "larisa", "lyudmila", "maksim", "marina",
    "mikhail", "natalia", "natalya", "nikolay", "oleg", "olga", "pavel", "roman", "sergey",
    "svetlana", "tatiana", "tatyana", "vadim", "valentina", "vasily", "viktor", "vladimir", "yulia",
    "yuliya", "yury",
	/* Russian, Cyrillic (lowercase) */
    "александр", "алексей", "анастасия", "андрей", "анна", "антон", "борис", "валентина", "василий",
    "виктор", "владимир", "галина", "дмитрий", "евгений", "екатерина", "елена", "иван", "игорь",
    "ирина", "кирилл", "константин", "ксения", "лариса", "людмила", "максим", "марина", "мария",
    "михаил", "наталья", "николай", "олег", "ольга", "павел", "пётр", "петр", "роман", "светлана",
    "сергей", "татьяна", "юлия", "юрий", NULL};

/* The larger list, generated at build time (scripts/gen_given_names.py:
 * Faker's given names for the Latin- and Cyrillic-script locales, less
 * common English words). */
#include "given_names.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool big_given_name(const char *w)
{
	return bsearch(&w, given_names_big, sizeof given_names_big / sizeof given_names_big[0],
	               sizeof given_names_big[0], cmp_str) != NULL;
}

static bool big_surname(const char *w)
{
	return bsearch(&w, surnames_big, sizeof surnames_big / sizeof surnames_big[0],
	               sizeof surnames_big[0], cmp_str) != NULL;
}

/* Lowercase ASCII and the Cyrillic capitals А..Я (D0 90..D0 AF) and Ё. */
static void name_lower(const char *w, size_t len, char *out, size_t n)
{
	size_t i, o = 0;
	for (i = 0; i < len && o + 2 < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c == 0xD0 && i + 1 < len) {
			unsigned char d = (unsigned char)w[i + 1];
			if (d >= 0x90 && d <= 0x9F) {
				out[o++] = (char)0xD0;
				out[o++] = (char)(d + 0x20);
			} else if (d >= 0xA0 && d <= 0xAF) {
				out[o++] = (char)0xD1;
				out[o++] = (char)(d - 0x20);
			} else if (d == 0x81) {
				out[o++] = (char)0xD1;
				out[o++] = (char)0x91;
			} else {
				out[o++] = (char)c;
				out[o++] = (char)d;
			}
			i++;
		} else if (i + 1 < len && utf8_case((const unsigned char *)w + i) > 0 &&
		           utf8_cp2((const unsigned char *)w + i) >= 0x386 &&
		           utf8_cp2((const unsigned char *)w + i) <= 0x3AB) {
			/* Greek capitals (issue 22): "Γ" -> "γ", "Ά" -> "ά" */
			unsigned cp = utf8_cp2((const unsigned char *)w + i);
			cp = cp == 0x386 ? 0x3AC : cp == 0x38C ? 0x3CC : cp <= 0x38A ? cp + 37
			   : cp <= 0x38F ? cp + 63 : cp + 0x20;
			out[o++] = (char)(0xC0 | (cp >> 6));
			out[o++] = (char)(0x80 | (cp & 0x3F));
			i++;
		} else if (i + 1 < len && utf8_case((const unsigned char *)w + i) > 0 &&
		           utf8_cp2((const unsigned char *)w + i) < 0x180) {
			/* "Å" -> "å", "Ž" -> "ž": Latin-1 by +0x20, Extended-A by +1 */
			unsigned cp = utf8_cp2((const unsigned char *)w + i);
			cp = cp < 0x100 ? cp + 0x20 : cp + 1;
			out[o++] = (char)(0xC0 | (cp >> 6));
			out[o++] = (char)(0x80 | (cp & 0x3F));
			i++;
		} else {
			out[o++] = (char)tolower(c);
		}
	}
	out[o] = 0;
}

static bool ends_with(const char *w, const char *suf)
{
	size_t a = strlen(w), b = strlen(suf);
	return a > b + 1 && memcmp(w + a - b, suf, b) == 0;
}

/* A capitalised name (is_person_name) with a word that is a known given
 * name or a patronymic (-ович, -евна, -ична ...; -ovich, -evna ...). The
 * hand list counts in any position; the larger list only as the first
 * word (given name first), since a place or a company may end in a name
 * ("San Francisco"). */
/* Initials: one or more capital letters each followed by a dot ("J.",
 * "В.Э.", "A.B."). */
/* How many bytes of w the initials at its start take; *n their count. */
static size_t initials_len(const char *w, size_t len, size_t *n)
{
	size_t i = 0;
	*n = 0;
	while (i < len) {
		if (isupper((unsigned char)w[i]) && i + 1 < len && w[i + 1] == '.')
			i += 2;
		else if ((unsigned char)w[i] == 0xD0 && i + 2 < len &&
		         (((unsigned char)w[i + 1] >= 0x90 && (unsigned char)w[i + 1] <= 0xAF) ||
		          (unsigned char)w[i + 1] == 0x81) &&
		         w[i + 2] == '.')
			i += 3;
		else
			break;
		(*n)++;
	}
	return i;
}

static bool initials(const char *w, size_t len)
{
	size_t n;
	return initials_len(w, len, &n) == len && n >= 1 && n <= 3;
}

/* pii27: one or two initials glued to a capitalised name ("Д.Оюунчимэг",
 * "M.Rahman"), as Mongolian and other registers write a person: the
 * father's initial before the given name. */
static bool initial_glued(const char *v)
{
	size_t n, len = strlen(v), k = initials_len(v, len, &n);
	bool cap, lower;
	return n >= 1 && n <= 2 && k < len && len - k >= 3 && !strchr(v + k, '.') &&
	       letter_words(v + k, true, &cap, &lower) == 1 && cap && lower;
}

/* pii27: a name with a patronymic joined by a word for "son of" or
 * "daughter of" (Malay "bin", "binti", "bte"; Tamil Malaysians' "a/l",
 * "a/p"; "s/o", "d/o"; Arabic "ibn", "bint"): capitalised words, the word
 * between them ("Azman bin Yusof", "KUMAR A/L RAJU"). */
static bool patronym_name(const char *v)
{
	static const char *const by[] = {"bin", "binti", "bte", "ibn", "bint",
	                                 "a/l", "a/p",   "s/o", "d/o", NULL};
	/* pii46: the Turkic languages put "son" or "daughter" after the
	 * father's name, last ("Әлфиә Азат ҡыҙы", "Ali Hüseyn oğlu") */
	static const char *const after[] = {"улы",  "ҡыҙы", "кызы", "қызы",  "ұлы",   "уулу",
	                                    "oglu", "oğlu", "qizi", "qızı",  "kyzy",  "uulu",
	                                    "uly",  "ugli", "o'g'li", "кизи", NULL};
	const char *p = v;
	size_t k = 0, at = 0, last_at = 0;
	bool cap, lower;
	if (strlen(v) > 60)
		return false;
	while (*p) {
		const char *b;
		char w[32], low[32];
		size_t i;
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		for (b = p; *p && *p != ' '; p++)
			;
		if ((size_t)(p - b) >= sizeof w)
			return false;
		for (i = 0; b + i < p; i++) {
			w[i] = b[i];
			low[i] = (char)tolower((unsigned char)b[i]);
		}
		w[i] = low[i] = 0;
		if (k > 0 && in_list(low, by)) {
			if (at)
				return false;
			at = k;
		} else if (k >= 2 && in_list(low, after) && !at && !last_at) {
			last_at = k;
		} else if (last_at) {
			return false;
		} else if (letter_words(w, true, &cap, &lower) != 1 || !cap) {
			return false;
		}
		k++;
	}
	return (at > 0 && at + 1 < k && k <= 6) || (last_at && last_at + 1 == k && k <= 5);
}

/* ------------------------------------------------ names in any script
 *
 * Issue 22: most of the world writes names in scripts without capitals
 * (Han, kana, Hangul, Hebrew, Arabic, the Indic scripts, Thai, Georgian),
 * where "capitalised words" say nothing. A value is a name there when it
 * is one to four short words of one script each, no digits, and a known
 * given name or surname is among them (Faker's lists in every script,
 * and data/lexicon/surnames_common.tsv); Chinese, Japanese and Korean
 * names written without a space ("김민준", "王小明") when a known surname
 * begins them and one or two characters follow. */
static bool org_like(const char *v);

enum { SC_NONE, SC_HAN, SC_HIRA, SC_KATA, SC_HANGUL, SC_ALPHA, SC_MIXED };

/* The code point at *p (UTF-8), advancing *p; 0 when invalid. */
static unsigned utf8_next(const char **p)
{
	const unsigned char *u = (const unsigned char *)*p;
	unsigned c;
	size_t n, i;
	if (u[0] < 0x80)
		n = 1, c = u[0];
	else if (u[0] >= 0xC2 && u[0] <= 0xDF)
		n = 2, c = u[0] & 0x1F;
	else if (u[0] >= 0xE0 && u[0] <= 0xEF)
		n = 3, c = u[0] & 0x0F;
	else if (u[0] >= 0xF0 && u[0] <= 0xF4)
		n = 4, c = u[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (u[i] & 0x3F);
	}
	*p += n;
	return c;
}

/* The script class of a letter of a caseless script: SC_ALPHA also tells
 * the block apart (*block), so that a word mixing two is refused. */
static int script_of(unsigned c, unsigned *block)
{
	*block = 0;
	if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0xF900 && c <= 0xFAFF) || c == 0x3005)
		return SC_HAN;
	if (c >= 0x3041 && c <= 0x309F)
		return SC_HIRA;
	if ((c >= 0x30A1 && c <= 0x30FF) || c == 0x30FB || c == 0x30FC)
		return SC_KATA;
	if (c >= 0xAC00 && c <= 0xD7A3)
		return SC_HANGUL;
	/* Hebrew, Arabic, Syriac, Thaana; the Indic scripts, Sinhala, Thai,
	 * Lao, Tibetan, Myanmar, Georgian, Ethiopic, Khmer */
	if ((c >= 0x05D0 && c <= 0x05F4) || (c >= 0x0620 && c <= 0x06FF) ||
	    (c >= 0x0900 && c <= 0x0DFF && !(c >= 0x0966 && c <= 0x096F)) ||
	    (c >= 0x0E01 && c <= 0x0EFF && !(c >= 0x0E50 && c <= 0x0E59)) ||
	    (c >= 0x0F00 && c <= 0x10FF) || (c >= 0x1200 && c <= 0x137F) ||
	    (c >= 0x1780 && c <= 0x17FF)) {
		*block = c >= 0x0900 && c <= 0x0DFF ? (c >> 7) : c >> 8;
		return SC_ALPHA;
	}
	return SC_NONE;
}

/* Characters of places and organisations that no given name ends with:
 * a province, a city, a ward, a road, a shop, a hall, a room, a class. */
static bool han_place_char(unsigned c)
{
	static const unsigned pc[] = {0x7701, 0x5E02, 0x533A, 0x5340, 0x53BF, 0x7E23, 0x753A,
	                              0x6751, 0x8DEF, 0x8857, 0x9053, 0x5E97, 0x9928, 0x9986,
	                              0x9662, 0x793E, 0x53F8, 0x5382, 0x5EE0, 0x5C40, 0x7AD9,
	                              0x5712, 0x5712, 0x56ED, 0x697C, 0x6A13, 0x865F, 0x53F7,
	                              0x5BA4, 0x9593, 0x95F4, 0x90E8, 0x8AB2, 0x8BFE, 0x79D1,
	                              0x7D44, 0x7EC4, 0x73ED, 0x6821, 0x6703, 0x4F1A, 0x5E9C,
	                              0x90FD, 0x770C, 0x5BFA, 0x6E56, 0x6D77, 0x6E2F, 0x5DDE,
	                              0x57CE, 0x5E97, 0x5802, 0x6BBF, 0x0};
	size_t i;
	for (i = 0; pc[i]; i++)
		if (pc[i] == c)
			return true;
	return false;
}

static bool surname_suffix(const char *w);

static bool known_name_word(const char *w)
{
	return big_given_name(w) || big_surname(w);
}

static bool script_name(const char *v)
{
	const char *p = v, *tok[4];
	size_t len[4], cps[4], ntok = 0, i;
	int sc[4];
	if (strlen(v) > 48)
		return false;
	while (*p) {
		const char *b;
		unsigned block0 = 0;
		while (*p == ' ' || !strncmp(p, "\xE3\x80\x80", 3))
			p += *p == ' ' ? 1 : 3;
		if (!*p)
			break;
		if (ntok == 4)
			return false;
		b = p;
		sc[ntok] = SC_NONE;
		cps[ntok] = 0;
		while (*p && *p != ' ' && strncmp(p, "\xE3\x80\x80", 3)) {
			unsigned c, block;
			int k;
			if (*p == '-' || *p == '\'' || *p == '"') {
				p++;
				continue;
			}
			c = utf8_next(&p);
			if (c == 0x05F3 || c == 0x05F4) /* Hebrew geresh, gershayim */
				continue;
			k = c ? script_of(c, &block) : SC_NONE;
			if (k == SC_NONE || (sc[ntok] != SC_NONE && (k != sc[ntok] || block != block0)))
				return false;
			sc[ntok] = k;
			block0 = block;
			cps[ntok]++;
		}
		if (sc[ntok] == SC_NONE)
			return false;
		tok[ntok] = b;
		len[ntok] = (size_t)(p - b);
		ntok++;
	}
	if (!ntok)
		return false;
	/* one word of Han or Hangul: a known surname of one or two
	 * characters, then one or two more ("김민준", "남궁민수", "王小明") */
	if (ntok == 1 && (sc[0] == SC_HAN || sc[0] == SC_HANGUL) && cps[0] >= 2 && cps[0] <= 4) {
		size_t k;
		for (k = 2; k >= 1; k--) {
			char w[16];
			const char *q = tok[0];
			size_t j;
			bool place = false;
			for (j = 0; j < k; j++)
				(void)utf8_next(&q);
			if ((size_t)(q - tok[0]) >= sizeof w || cps[0] - k < 1 || cps[0] - k > 2)
				continue;
			memcpy(w, tok[0], (size_t)(q - tok[0]));
			w[q - tok[0]] = 0;
			if (!big_surname(w))
				continue;
			while (*q && q < tok[0] + len[0])
				place |= han_place_char(utf8_next(&q));
			if (!place)
				return true;
		}
		return false;
	}
	for (i = 0; i < ntok; i++) {
		char w[64];
		if (len[i] >= sizeof w)
			return false;
		/* a surname and a given name apart: words of one to four
		 * characters ("井上 蒼太", "マツモト ユイ") */
		if ((sc[i] == SC_HAN || sc[i] == SC_HANGUL) && cps[i] > 4)
			return false;
		if (sc[i] == SC_HAN) {
			const char *q = tok[i];
			while (q < tok[i] + len[i])
				if (han_place_char(utf8_next(&q)))
					return false;
		}
	}
	for (i = 0; i < ntok; i++) {
		char w[64];
		memcpy(w, tok[i], len[i]);
		w[len[i]] = 0;
		if (known_name_word(w) || (ntok >= 2 && surname_suffix(w)))
			return true;
	}
	return false;
}

/* A romanized given name of two syllables ("Ha-eun", "Min-jun",
 * "Seo-yeon"): a capital, small letters, a hyphen, small letters. */
static bool syllable_pair(const char *w, size_t n)
{
	size_t i, h = 0;
	if (n < 4 || n > 10 || !isupper((unsigned char)w[0]))
		return false;
	for (i = 1; i < n; i++) {
		if (w[i] == '-' && i > 1 && i + 1 < n && !h)
			h = i;
		else if (!islower((unsigned char)w[i]))
			return false;
	}
	return h != 0;
}

/* Issue 22: family names by their endings, in countries whose surnames
 * are made so: Georgian (-shvili, -dze, "-შვილი", "-ძე"), Armenian (-yan,
 * -yants, "-յան"), Ukrainian (-enko, -chuk), Greek (-opoulos, -akis,
 * -idis, "-όπουλος", "-άκης", "-ίδης"), Turkish (-oğlu), Persian
 * (-zadeh), Icelandic (-dóttir), Polish (-owski, -ewski, -czyk),
 * Romanian (-escu, -eanu), South Slavic (-ović, -ević), Lithuanian
 * (-auskas, -ienė, -aitė). The stem before it is three letters or more. */
static bool surname_suffix(const char *w)
{
	static const char *const suf[] = {
	    "shvili", "dze", "yan", "yants", "enko", "chuk", "opoulos", "poulos", "akis", "idis",
	    "iadis", "oglu", "oğlu", "zadeh", "dottir", "dóttir", "owski", "ewski", "czyk", "escu",
	    "eanu", "ović", "ovic", "ević", "evic", "auskas", "ienė", "aitė", "შვილი", "ძე",
	    "յան", "όπουλος", "άκης", "ίδης", NULL};
	return ends_in(w, suf);
}

/* a word of v ends as a family name does (surname_suffix) */
static bool suffixed_word(const char *v)
{
	const char *p = v;
	while (*p) {
		const char *b;
		char low[64];
		while (*p == ' ')
			p++;
		for (b = p; *p && *p != ' '; p++)
			;
		if (p > b && (size_t)(p - b) < sizeof low) {
			name_lower(b, (size_t)(p - b), low, sizeof low);
			if (surname_suffix(low))
				return true;
		}
	}
	return false;
}

/* Two or three words of a name in a known surname's order
 * (surnames_common.tsv): a surname written first ("Nguyễn Thanh Mai",
 * "PHAM VAN HUNG", "Kim Min-jun") then one or two words of at most ten
 * letters, or given names first and a surname last ("Sandeep Iyer",
 * "Ramesh Kumar Iyer"). A surname that is a common English word ("Park",
 * "Lee", "Shah") counts only beside a romanized given name of two
 * syllables ("Park Ha-eun"). */
static bool surname_order(const char *v)
{
	const char *p = v, *b[3];
	size_t n[3], k = 0, i;
	char first[48], last[48];
	bool pair = false;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (k == 3)
			return false;
		b[k] = p;
		while (*p && *p != ' ')
			p++;
		n[k] = (size_t)(p - b[k]);
		if (n[k] >= sizeof first || n[k] > 24)
			return false;
		k++;
	}
	if (k < 2)
		return false;
	for (i = 0; i < k; i++)
		pair |= syllable_pair(b[i], n[i]);
	name_lower(b[0], n[0], first, sizeof first);
	name_lower(b[k - 1], n[k - 1], last, sizeof last);
	if (in_list(first, surnames_first) ||
	    (pair && in_list(first, surnames_first_common))) {
		for (i = 1; i < k; i++)
			if (n[i] > 14) /* ten letters, some of them accented */
				return false;
		/* two surnames ("Hong Kong") are a place as often as a person */
		return k == 3 || pair || !(in_list(last, surnames_first) || big_surname(last));
	}
	return in_list(last, surnames_last) || (pair && in_list(last, surnames_last_common));
}

static bool confirmed_person_name(const char *v)
{
	/* Russian and Ukrainian patronymics ("Петрівна", "Ivanivna",
	 * "Petrovych"; Ukrainian since issue 21) */
	static const char *const patr[] = {"ович", "евич", "овна", "евна", "ична", "ovich",
					   "evich", "ovna", "evna", "ichna", "ovitch", "івна",
					   "ївна", "ovych", "evych", "ivna", "yivna", NULL};
	const char *p;
	bool first = true, titled, cap, lower;
	char ut[64];
	int nwords;
	bool sur_first = false;
	v = untitle(v, ut, sizeof ut, &titled);
	if (script_name(v) || patronym_name(v) || initial_glued(v))
		return true;
	nwords = letter_words(v, true, &cap, &lower);
	if (nwords >= 2 && nwords <= 3 && letter_words(v, false, &cap, &lower) == nwords && cap &&
	    !org_like(v) && (surname_order(v) || suffixed_word(v)))
		return true;
	nwords = letter_words(v, true, &cap, &lower);
	if (nwords < 2 || !cap || !lower)
		nwords = 99; /* only the first word may be a given name alone */
	/* a person's title before two capitalised words or more ("Dr Horatio
	 * Ravensworth"; not "Dr. Oetker", a brand) */
	if (titled && letter_words(v, false, &cap, &lower) >= 2 && cap)
		return true;
	p = v;
	/* "ADEYEMI, HENRIETTA": reading starts at the given name, after the
	 * comma (p stays at v otherwise) */
	(void)surname_first(v, &p);
	while (*p) {
		const char *e;
		char w[64];
		const char *const *q;
		while (*p == ' ')
			p++;
		for (e = p; *e && *e != ' '; e++)
			;
		/* A surname with initials ("Литвинов В.Э.", "J. Smith"): how
		 * Russian documents and many registers write a person. */
		if (e > p && initials(p, (size_t)(e - p)))
			return true;
		if (e > p && (size_t)(e - p) < sizeof w) {
			name_lower(p, (size_t)(e - p), w, sizeof w);
			for (q = given_names; *q; q++)
				if (!strcmp(w, *q))
					return true;
			for (q = patr; *q; q++)
				if (ends_with(w, *q))
					return true;
			/* the given name first ("Tuva Wallin") or, after a
			 * known surname (Hungarian, East Asian: "Tóth Réka"),
			 * second or third of two or three words (issue 21) */
			if ((first || (nwords <= 3 && sur_first)) && big_given_name(w))
				return true;
			if (first)
				sur_first = nwords <= 3 && big_surname(w);
			first = false;
		}
		p = e;
	}
	return false;
}

/* One to four words of letters, each capitalised, the whole not in
 * capitals ("Emma", "Литвинов В.Э.", "Mary Smith"; not "good", "CCTV",
 * "SKU-12"): what a column of people's names holds, surname alone or not. */
static bool name_like(const char *v)
{
	bool cap, lower, titled;
	int words;
	const char *g;
	char ut[64];
	v = untitle(v, ut, sizeof ut, &titled);
	if (strlen(v) > 60)
		return false;
	if (surname_first(v, &g))
		return true;
	words = letter_words(v, true, &cap, &lower);
	return cap && lower && words >= 1 && words <= 4;
}

/* A word that names a company or an institution. */
static bool org_like(const char *v)
{
	static const char *const o[] = {
	    "inc",       "inc.",        "ltd",      "ltd.",    "llc",      "gmbh",     "plc",
	    "corp",      "corp.",       "corporation", "company", "co.",   "group",    "holding",
	    "holdings",  "bank",        "media",    "television", "broadcasting", "studio",
	    "studios",   "systems",     "services", "solutions", "logistics", "industries",
	    "university", "agency",     "foundation", "ооо",    "оао",      "зао",      "пао",
	    "ао",        NULL};
	const char *p = v;
	while (*p) {
		char tok[32];
		size_t n = 0;
		while (*p == ' ' || *p == ',' || *p == '(' || *p == ')' || *p == '"')
			p++;
		while (*p && *p != ' ' && *p != ',' && *p != '(' && *p != ')' && *p != '"') {
			if (n + 1 < sizeof tok)
				tok[n++] = *p;
			p++;
		}
		tok[n] = 0;
		if (n) {
			char low[32];
			name_lower(tok, n, low, sizeof low);
			if (in_list(low, o))
				return true;
		}
	}
	return false;
}

/* A placeholder at p, between open and close: a name of letters, digits
 * and '_' ("{rider_first_name}", "[APPLICANT_NAME]", "<ФИО>", "%FIO%");
 * upper: in capitals only (square brackets and percent signs enclose
 * other things too). */
static bool placeholder(const char *p, char close, bool upper)
{
	size_t n = 0;
	for (p++; *p && *p != close; p++, n++)
		if (!(isalnum((unsigned char)*p) || *p == '_' || (unsigned char)*p >= 0x80) ||
		    (upper && islower((unsigned char)*p)))
			return false;
	return *p == close && n >= 2 && n <= 40;
}

/* A message template ("Hello {{customer_name}}", "Dear [APPLICANT_NAME]",
 * "{rider_first_name}, thanks", "Уважаемый <ФИО>", "#{imya}"):
 * placeholders, no data. */
static bool is_template(const char *v)
{
	const char *p;
	if (strstr(v, "{{") || strstr(v, "${") || strstr(v, "{%") || strstr(v, "%(") ||
	    strstr(v, "#{"))
		return true;
	for (p = v; *p; p++)
		if ((*p == '{' && placeholder(p, '}', false)) ||
		    (*p == '[' && placeholder(p, ']', true)) ||
		    (*p == '<' && placeholder(p, '>', false)) ||
		    (*p == '%' && placeholder(p, '%', true)))
			return true;
	return false;
}

/* Someone's own words: five words or more, one of them "I", "my", "we"
 * or "мне", "прошу" ... (a statement, a note, a complaint written in the
 * first person, as descriptions of products and titles are not). */
static bool own_words(const char *v)
{
	static const char *const first[] = {
	    "i",   "i'm", "i've", "my",   "me",   "we",   "our",  "us",   "я",    "мне",
	    "меня", "мой", "моя",  "мою",  "моего", "мы",  "нам",  "нас",  "наш",  "наша",
	    "прошу",
	    /* the lexicon's languages and more (issue 20); not words that are
	     * other words elsewhere ("ja", "eu", "ben", "min", "ma") */
	    "je", "j'ai", "mon", "mes", "nous", "notre", "ich", "mein", "meine", "meinen",
	    "mir", "mich", "wir", "unser", "unsere", "yo", "nuestro", "nuestra", "mio",
	    "mia", "miei", "noi", "nostro", "nostra", "meu", "minha", "nosso", "nossa",
	    "ik", "mijn", "wij", "onze", "mój", "moja", "moje", "mnie", "nasz", "nasza",
	    "proszę", "prosze", "benim", "bizim", "lütfen", "lutfen", "jag", "jeg", "mitt",
	    "vår", "prosím", "prosim", "můj", "kérem", "мені", "мій", "моє", "εγώ",
	    "μου", "saya", "aku", "kami", "mohon", NULL};
	const char *p = v;
	int words = 0;
	bool own = false;
	while (*p) {
		char tok[32], low[32];
		size_t n = 0;
		while (*p == ' ' || *p == ',' || *p == '.' || *p == '!' || *p == '?')
			p++;
		if (!*p)
			break;
		while (*p && *p != ' ' && *p != ',' && *p != '.' && *p != '!' && *p != '?') {
			if (n + 1 < sizeof tok)
				tok[n++] = *p;
			p++;
		}
		tok[n] = 0;
		words++;
		name_lower(tok, n, low, sizeof low);
		if (in_list(low, first))
			own = true;
	}
	return own && words >= 5;
}

/* JSON or key=value text: scans its tokens for an e-mail or a phone;
 * since pii31 also a number of 8 to 15 digits without '+' under a key
 * that names a phone ("msisdn": "2348031234567", tel=0612345678). */
static sx_map_pii embedded_pii(const char *v)
{
	char tok[128], key[128] = "";
	const char *p = v;
	if (!strchr(v, '{') && !strchr(v, '=') && !strchr(v, ':'))
		return SX_PII_NONE;
	while (*p) {
		size_t n = 0;
		while (*p && strchr(" \t\"',;={}[]:&|", *p))
			p++;
		while (*p && !strchr(" \t\"',;={}[]&|", *p) && n + 1 < sizeof tok)
			tok[n++] = *p++;
		while (*p && !strchr(" \t\"',;={}[]&|", *p))
			p++;
		tok[n] = 0;
		if (n >= 6) {
			char d[40];
			size_t nd;
			if (is_email(tok))
				return SX_PII_EMAIL;
			nd = sx__digits_only(tok, d, sizeof d);
			if (tok[0] == '+' && nd >= 10 && nd <= 15 && nd + 1 == n)
				return SX_PII_PHONE;
			if (nd >= 8 && nd <= 15 && nd == n && key[0]) {
				sx_column kc;
				double ks;
				const char *kr;
				memset(&kc, 0, sizeof kc);
				kc.name = key;
				if (sx__pii_by_name("", &kc, &ks, &kr) == SX_PII_PHONE)
					return SX_PII_PHONE;
			}
		}
		memcpy(key, tok, n + 1);
	}
	return SX_PII_NONE;
}

/* A phone number among the words of a line ("CTCM 447911123456/EN", an
 * airline's contact line; "mob 07911 123456"): a token of 10 to 15
 * digits, a '+' allowed before it. */
static bool phone_token(const char *v)
{
	const char *p = v;
	while (*p) {
		size_t n = 0, nd = 0;
		while (*p && strchr(" /;,|", *p))
			p++;
		if (*p == '+')
			p++;
		for (; *p && !strchr(" /;,|", *p); p++, n++)
			nd += isdigit((unsigned char)*p) != 0;
		if (nd >= 10 && nd <= 15 && nd == n)
			return true;
	}
	return false;
}

/* pii36: a phone number inside a note, written any way ("tel 063
 * 4126062", "+509 4740-7455", "(509) 37 45 6237", "959401218226"): a run
 * of 9 to 15 digits, a '+' or '(' allowed first, single spaces, hyphens,
 * dots or brackets between its groups, no letter or digit glued to
 * either end (a tracking code's digits are not a phone); a run mixing
 * spaces and hyphens must start with '+' or '(' (a date and a time are
 * not a phone); and two words of letters of any script beside it. */
static bool text_phone(const char *v)
{
	const unsigned char *p = (const unsigned char *)v;
	size_t words = 0;
	bool in = false, letter = false;
	for (; *p; p++) {
		if (*p == ' ') {
			words += in && letter;
			in = letter = false;
			continue;
		}
		in = true;
		letter |= *p >= 0x80 || isalpha(*p);
	}
	if (words + (in && letter) < 2)
		return false;
	p = (const unsigned char *)v;
	while (*p) {
		const unsigned char *q = p;
		size_t nd = 0;
		bool dash = false, space = false, lead = *p == '+' || *p == '(';
		if ((p > (const unsigned char *)v && isalnum(p[-1])) ||
		    !(isdigit(*p) || (lead && isdigit(p[1])))) {
			p++;
			continue;
		}
		if (lead)
			q++;
		for (;;) {
			if (isdigit(*q)) {
				nd++;
				q++;
			} else if (strchr(" -.()", *q) && *q && (isdigit(q[1]) ||
			           (strchr(" -)", q[1]) && q[1] && q[1] != *q && isdigit(q[2])))) {
				dash |= *q == '-' || q[1] == '-';
				space |= *q == ' ' || q[1] == ' ';
				q += isdigit(q[1]) ? 1 : 2;
			} else
				break;
		}
		if (nd >= 9 && nd <= 15 && !isalnum(*q) && (!(dash && space) || lead))
			return true;
		p = q;
	}
	return false;
}

/* Bare digits a phone column holds: 10 digits, or 11 starting with 7 or
 * 8 (Russian numbers written without '+'). Alone they are ids; under a
 * phone name they confirm it. */
static bool bare_phone(const char *v, size_t nd)
{
	size_t len = strlen(v);
	if (v[0] == '+')
		len--;
	if (nd != len)
		return false;
	return nd == 10 || (nd == 11 && (v[v[0] == '+'] == '7' || v[v[0] == '+'] == '8')) ||
	       nd == 12;
}

sx_map_pii sx__pii_by_value(const char *v, const char **sub)
{
	char d[40];
	size_t nd;
	*sub = NULL;
	if (!v || !*v)
		return SX_PII_NONE;
	if (is_email(v))
		return SX_PII_EMAIL;
	if (is_ssn(v)) {
		*sub = "ssn";
		return SX_PII_GOVERNMENT_ID;
	}
	if (is_ru_passport(v) || is_ru_passport_numero(v)) {
		*sub = "passport";
		return SX_PII_GOVERNMENT_ID;
	}
	if (is_uk_nino(v)) {
		*sub = "national_id";
		return SX_PII_GOVERNMENT_ID;
	}
	if (sx__iban_ok(v))
		return SX_PII_IBAN;
	/* "600927-1******": the masked tail is a resident number's, not a card's */
	if (is_kr_rrn_masked(v)) {
		*sub = "national_id";
		return SX_PII_GOVERNMENT_ID;
	}
	if (is_masked_card(v))
		return SX_PII_PAYMENT_CARD;
	if (is_ipv4(v) || is_ipv6(v))
		return SX_PII_IP_ADDRESS;
	nd = sx__digits_only(v, d, sizeof d);
	if (!nd && slash_phone(v)) {
		/* "0163/18178440": the German way, the code apart by a '/' */
		char sp[40];
		snprintf(sp, sizeof sp, "%s", v);
		*strchr(sp, '/') = ' ';
		nd = sx__digits_only(sp, d, sizeof d);
	}
	if (nd) {
		if (nd == 11 && sx__snils_ok(d) && (strchr(v, '-') || strchr(v, ' '))) {
			*sub = "snils";
			return SX_PII_GOVERNMENT_ID;
		}
		if (grouped_national_id(v, sub))
			return SX_PII_GOVERNMENT_ID;
		if (nd >= 13 && nd <= 19 && d[0] >= '2' && d[0] <= '6' && sx__luhn_ok(d))
			return SX_PII_PAYMENT_CARD;
		/* pii53: "-20.0978 22.9613", a pair of decimal degrees
		 * apart by a space, whose four groups of digits read as a
		 * phone's */
		if (strchr(v, '.')) {
			bool lettered;
			if (parse_coord_pair(v, &lettered) && !lettered)
				return SX_PII_GEOLOCATION;
		}
		if (is_phone(v, nd))
			return SX_PII_PHONE;
		if ((nd == 10 || nd == 12) && nd == strlen(v) && sx__inn_ok(d)) {
			*sub = "inn";
			return SX_PII_GOVERNMENT_ID;
		}
		if (nd == 11 && nd == strlen(v) && sx__snils_ok(d)) {
			*sub = "snils";
			return SX_PII_GOVERNMENT_ID;
		}
	}
	/* after INN and SNILS, whose checks the Russian folds rely on */
	if (national_id(v, false, sub))
		return SX_PII_GOVERNMENT_ID;
	{
		/* a pair with its hemispheres' letters is a position, but a
		 * vessel's tracker writes its own so: a column's pairs only
		 * beside bare ones (lettered_pair) */
		bool lettered;
		if (parse_coord_pair(v, &lettered) && !lettered)
			return SX_PII_GEOLOCATION;
	}
	if (is_address(v) || address_marks(v) >= 2)
		return SX_PII_POSTAL_ADDRESS;
	if (is_person_name(v) || script_name(v))
		return SX_PII_PERSON_NAME;
	return SX_PII_NONE;
}

/* ------------------------------------------------------------ sampling */

#define MAX_SAMPLED 64

/* A phone written without '+' (issue 24): its first ten digits and its
 * length in digits. */
struct phone_loc {
	char head[11];
	unsigned char len;
};

/* pii29: the ways to read a birth date inside a code's digits (YYMMDD,
 * DDMMYY, a one-digit year and MMDD; pii33: DDMMYYYY and YYYYMMDD, the
 * century written out) and the places it may start at. */
#define BD_WAYS 5
#define BD_PLACES 9

struct colstat {
	const sx_column *col;
	size_t nonnull;
	size_t hits[SX_PII_COUNT];
	const char *sub[SX_PII_COUNT];
	size_t long_text;      /* values with spaces longer than 40 bytes */
	size_t prose;          /* values of two or more words (a space inside) */
	size_t named;          /* person names with a known given name or patronymic */
	size_t one_word;       /* one capitalised word of letters (pii26) */
	size_t one_name;       /* ...a known given or family name, or a family name's ending */
	size_t addresses;              /* street addresses written out (strong_address) */
	size_t templates;      /* message templates with placeholders */
	size_t name_like;      /* one to four capitalised words of letters */
	size_t org_like;       /* with a word of a company's name (Ltd, Bank, Media) */
	size_t bare_phones;    /* bare digit strings shaped like phone numbers */
	size_t local_phones;   /* bare local numbers, a trunk 0 (local_bare_phone) */
	size_t short_phones;   /* seven to nine digits in a phone's groups (short_local_phone) */
	size_t trunk_phones;   /* nine digits after a trunk 0 in groups (pii44) */
	size_t geo_lettered;   /* coordinate pairs with hemispheres' letters (pii44) */
	size_t nat_bare;       /* eight or nine bare digits, no trunk 0 (pii42) */
	size_t nat_first[10];  /* ...by their first digit */
	size_t doc_numbers;    /* shaped like a document's number (doc_number_like) */
	size_t card_tails;     /* a saved card's last four shown (card_tail) */
	size_t own_words;      /* prose in the first person (own_words) */
	size_t phone_tokens;   /* a phone number among other words (phone_token) */
	size_t text_phones;    /* texts with a phone number inside (text_phone, pii36) */
	size_t embedded[SX_PII_COUNT]; /* JSON / key=value with an e-mail or phone */
	size_t inn_org, inn_person; /* INNs of 10 digits (organisations), 12 (people) */
	size_t company_ids;    /* companies' numbers with their check digits (company_number) */
	size_t numbers;        /* values that are a number alone ("48.8982", "-3") */
	size_t luhn_long;      /* 16 to 19 digits passing Luhn, any issuer (luhn_number) */
	size_t no_letters;     /* values without a letter of any script (no_letter) */
	size_t addr_shapes;    /* parts apart by commas with a house number (address_shape) */
	size_t day_dates;      /* a calendar day alone, no time (day_date) */
	int year_min, year_max; /* of those days */
	size_t weekday[7];     /* of those days written in numbers alone (issue 24) */
	/* Issue 24: phones written one way with '+' and others without:
	 * the country codes and national lengths of the '+' ones, and the
	 * length and first digits of the others (digits and separators). */
	struct {
		char cc[4];
		unsigned char nat;
		size_t n;
	} plus_cc[8];
	size_t nplus_cc;
	/* the others' first digits and lengths, on the heap since issue 25
	 * (the array was 2.3 KB on the stack for each sampled column); and
	 * the first three national digits of the '+' ones */
	SX_VEC(struct phone_loc) locs;
	SX_VEC(uint16_t) plus_heads;
	bool timestamp;        /* a change timestamp column */
	bool phones_beside;    /* another column of the table holds people's phones (issue 25) */
	SX_VEC(double) times;  /* parsed epoch seconds */
	/* Issue 23: names by shape, no list. Hashes of values shaped like a
	 * name (shape_name_value) and of their words, to count distinct
	 * values and words repeated across rows. */
	SX_VEC(uint64_t) shape_vals;
	SX_VEC(uint64_t) shape_toks;
	SX_VEC(uint64_t) shape_first, shape_last; /* of values of two words or more */
	/* Issue 23: hashes of values of five words or more (text_words),
	 * to count distinct ones */
	SX_VEC(uint64_t) text_vals;
	/* Issue 25: hashes of shorter texts (four words, two phrases
	 * without spaces) and the length classes seen among all texts */
	SX_VEC(uint64_t) short_texts;
	uint32_t text_lens;
	SX_VEC(uint64_t) phone_texts; /* hashes of other values with text_phone (pii36) */
	SX_VEC(uint64_t) phone_vals; /* hashes of phone-shaped values (business lines) */
	SX_VEC(uint64_t) geo_vals;   /* hashes of coordinate pairs (fixed places, issue 25) */
	SX_VEC(uint64_t) mail_vals;  /* hashes of e-mails (shared mailboxes, pii35) */
	SX_VEC(uint64_t) word_vals;  /* hashes of values with a letter (wordy_values, pii47) */
	size_t mail_words;           /* ...of them named by one word (mailbox_word) */
	/* pii29: codes with a birth date inside (date_code): those values,
	 * and for each way to read the date at each place, the values it
	 * reads and the years and days seen */
	size_t date_codes;
	/* pii35: identity codes by their shape (id_code): those values,
	 * their hashes (to count distinct ones) and how many digits each
	 * has (by count, up to 31) */
	size_t id_codes;
	SX_VEC(uint64_t) id_vals;
	unsigned short id_len[32];
	struct {
		size_t n;
		uint64_t years[2];
		uint32_t days;
	} bd[BD_WAYS][BD_PLACES];
};

struct sample {
	size_t n;
	struct colstat *st;
	size_t rows;
};

/* A calendar day alone, without a time: "1987-03-14", "1987.03.14.",
 * "14.03.1987", "6. 7. 1977", "14/03/1987". *year gets the year. */
static bool day_date_num(const char *v, int *year);

/* Issue 22: more ways to write a day, each seen in registers of people:
 * - a month by its name, "12-Jan-1969", "12 Jan 1969", "12/jan/1969"
 *   (English and the common Romance and German abbreviations);
 * - CJK years, months and days, "1978年4月25日", an era's year "昭和53年
 *   4月25日" (Meiji to Reiwa), Korean "1978년 4월 25일";
 * - digits alone, "19780425" and "780425" (a two-digit year is this
 *   century's when not in the future, else the last one's). */
static int month_word(const char *w, size_t n)
{
	static const char *const m[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
	                                "sep", "oct", "nov", "dec"};
	static const struct {
		const char *w;
		int m;
	} other[] = {{"juin", 6}, {"juil", 7}, {"ene", 1}, {"gen", 1}, {"fev", 2}, {"fév", 2}, {"mär", 3}, {"mrt", 3},
	             {"abr", 4}, {"avr", 4}, {"mai", 5}, {"mag", 5}, {"mei", 5}, {"giu", 6},
	             {"lug", 7}, {"ago", 8}, {"aoû", 8}, {"set", 9}, {"okt", 10}, {"out", 10},
	             {"ott", 10}, {"dic", 12}, {"dez", 12}, {"déc", 12}};
	char low[16];
	size_t i, k;
	if (n < 3 || n >= sizeof low)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	low[n] = 0;
	for (i = 0; i < 12; i++)
		if (!strncmp(low, m[i], 3))
			return (int)i + 1;
	for (k = 0; k < sizeof other / sizeof other[0]; k++)
		if (!strncmp(low, other[k].w, strlen(other[k].w)))
			return other[k].m;
	return 0;
}

/* digits at *p into *out (at most max of them); advances *p */
static bool read_int(const char **p, int max, int *out)
{
	int n = 0, x = 0;
	while (isdigit((unsigned char)**p) && n < max) {
		x = x * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	*out = x;
	return n > 0 && !isdigit((unsigned char)**p);
}

static bool cjk_date(const char *v, int *year)
{
	static const struct {
		const char *era;
		int base;
	} eras[] = {{"明治", 1867}, {"大正", 1911}, {"昭和", 1925}, {"平成", 1988}, {"令和", 2018}};
	const char *p = v;
	int y, m, d, base = 0;
	size_t k;
	bool kr;
	/* the era by its initial, "S59.3.14", "H3.1.25" (pii26) */
	if (*p && strchr("MTSHR", *p) && (p++, read_int(&p, 2, &y)) && *p == '.' &&
	    (p++, read_int(&p, 2, &m)) && *p == '.' && (p++, read_int(&p, 2, &d)) && !*p &&
	    y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
		*year = y + eras[strchr("MTSHR", *v) - "MTSHR"].base;
		return true;
	}
	p = v;
	for (k = 0; k < sizeof eras / sizeof eras[0]; k++)
		if (!strncmp(p, eras[k].era, strlen(eras[k].era))) {
			base = eras[k].base;
			p += strlen(eras[k].era);
		}
	if (base && !strncmp(p, "元", 3)) {
		y = 1;
		p += 3;
	} else if (!read_int(&p, 4, &y)) {
		return false;
	}
	kr = !strncmp(p, "년", 3);
	if (strncmp(p, "年", 3) && !kr)
		return false;
	for (p += 3; *p == ' '; p++)
		;
	if (!read_int(&p, 2, &m) || strncmp(p, kr ? "월" : "月", 3))
		return false;
	for (p += 3; *p == ' '; p++)
		;
	if (!read_int(&p, 2, &d) || strncmp(p, kr ? "일" : "日", 3) || p[3])
		return false;
	y += base;
	if ((!base && y < 1800) || m < 1 || m > 12 || d < 1 || d > 31)
		return false;
	*year = y;
	return true;
}

static bool day_date(const char *v, int *year)
{
	const char *p = v;
	int a, b, c, now;
	size_t n = strlen(v);
	time_t t = time(NULL);
	struct tm tm;
	if (day_date_num(v, year) || cjk_date(v, year))
		return true;
	/* "12-Jan-1969", "12 Jan 1969", "14. März 1987", "14 de marzo de 1987" */
	if (read_int(&p, 2, &a) && (*p == '-' || *p == ' ' || *p == '/' || *p == '.')) {
		const char *w;
		for (p++; *p == ' '; p++)
			;
		if (!strncmp(p, "de ", 3))
			p += 3;
		w = p;
		while (isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80)
			p++;
		b = month_word(w, (size_t)(p - w));
		if (*p == '.')
			p++;
		if (!strncmp(p, " de ", 4))
			p += 3;
		if (b && (*p == '-' || *p == ' ' || *p == '/') && (p++, read_int(&p, 4, &c)) &&
		    !*p && c >= 1800 && a >= 1 && a <= 31) {
			*year = c;
			return true;
		}
		return false;
	}
	/* "March 14, 1987", "Mar 14 1987" */
	if (isalpha((unsigned char)*p)) {
		const char *w = p;
		while (isalpha((unsigned char)*p))
			p++;
		b = month_word(w, (size_t)(p - w));
		if (*p == '.')
			p++;
		if (b && *p == ' ' && (p++, read_int(&p, 2, &a)) && (*p == ',' ? *++p == ' ' : *p == ' ') &&
		    (p++, read_int(&p, 4, &c)) && !*p && c >= 1800 && a >= 1 && a <= 31) {
			*year = c;
			return true;
		}
		return false;
	}
	if ((n != 6 && n != 8) || !all_digits(v, n))
		return false;
	gmtime_r(&t, &tm);
	now = tm.tm_year + 1900;
	if (n == 8) {
		c = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
		if (c < 1900 || c > now || !yymmdd_ok(v + 2, false))
			return false;
	} else {
		c = (v[0] - '0') * 10 + (v[1] - '0');
		c += c <= now % 100 ? now - now % 100 : now - now % 100 - 100;
		if (!yymmdd_ok(v, false))
			return false;
	}
	*year = c;
	return true;
}

/* Issue 24: the day of the week (0 Sunday) of a day written in numbers
 * alone, "1987-03-14", "14.03.1987", "3/14/1987"; -1 when it is not one. */
static int numeric_weekday(const char *v)
{
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	int a, b, c, y, m, d, n = 0;
	char s1[2], s2[2];
	if (sscanf(v, "%4d%1[-./]%2d%1[-./]%2d%n", &a, s1, &b, s2, &c, &n) == 5 && !v[n] &&
	    a >= 1800) {
		y = a;
		m = b;
		d = c;
	} else if (n = 0, sscanf(v, "%2d%1[-./]%2d%1[-./]%4d%n", &a, s1, &b, s2, &c, &n) == 5 &&
	           !v[n] && c >= 1800) {
		y = c;
		if (b <= 12) {
			d = a;
			m = b;
		} else {
			m = a;
			d = b;
		}
	} else {
		return -1;
	}
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	y -= m < 3;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

/* Issue 24: a day in any writing and any language: one year of four
 * digits, and either a day and a month as numbers (one of them 12 or
 * less) or one number of 31 or less and the month as one or two words of
 * any script ("26 ოქტომბერი 1979", "2015 թ. մարտի 28", "17. nóvember
 * 1970", "23rd February 1967"); separators are spaces, dots, commas,
 * slashes and hyphens, never a colon (a time). No list of month names. */
static bool any_day(const char *v, int *year)
{
	const unsigned char *p = (const unsigned char *)v;
	int small[3], nsmall = 0, words = 0, years = 0, y = 0;
	size_t n = strlen(v);
	if (n < 6 || n > 40)
		return false;
	while (*p) {
		if (isdigit(*p)) {
			int x = 0, k = 0;
			while (isdigit(*p)) {
				x = x * 10 + (*p++ - '0');
				if (++k > 4)
					return false;
			}
			/* an ordinal's ending: 1st, 2nd, 23rd, 14th */
			if (isalpha(p[0]) && isalpha(p[1]) && !isalpha(p[2]) && p[2] < 0x80 && k <= 2)
				p += 2;
			if (k == 4 && x >= 1800 && !years) {
				years++;
				y = x;
			} else if (k <= 2 && x >= 1 && x <= 31 && nsmall < 2) {
				small[nsmall++] = x;
			} else {
				return false;
			}
		} else if (isalpha(*p) || *p >= 0x80) {
			const unsigned char *w = p;
			const char *q = (const char *)p;
			while (isalpha(*p) || *p >= 0x80)
				p++;
			utf8_next(&q);
			/* a one-letter abbreviation ("1984 m.", "1984 г.", an
			 * era's "ዓ.ም") is no word of its own (pii26) */
			if ((const unsigned char *)q == p)
				continue;
			if (p - w > 36 || ++words > 2)
				return false;
		} else if (strchr(" .,/-", *p)) {
			p++;
		} else {
			return false;
		}
	}
	if (years != 1)
		return false;
	if (nsmall == 2 && !words && (small[0] <= 12 || small[1] <= 12)) {
		*year = y;
		return true;
	}
	if (nsmall == 1 && words >= 1) {
		*year = y;
		return true;
	}
	return false;
}

static bool day_date_num(const char *v, int *year)
{
	int a, b, c, n = 0;
	char t[4] = {0};
	if (strlen(v) > 12)
		return false;
	if (sscanf(v, "%4d%1[-./]%2d%*[-./]%2d%n", &a, t, &b, &c, &n) == 4 && n >= 8 &&
	    (v[n] == 0 || (v[n] == '.' && v[n + 1] == 0)) && a >= 1200 && v[4] == t[0]) {
		*year = a;
		return b >= 1 && b <= 12 && c >= 1 && c <= 31;
	}
	n = 0;
	if (sscanf(v, "%2d%1[./-]%*[ ]%2d%*[./-]%*[ ]%4d%n", &a, t, &b, &c, &n) == 4 ||
	    sscanf(v, "%2d%1[./-]%2d%*[./-]%4d%n", &a, t, &b, &c, &n) == 4) {
		if (v[n] != 0 || c < 1200)
			return false;
		*year = c;
		/* the day first, or the month first as in the United States
		 * ("10/24/1983", issue 23) */
		return (a >= 1 && a <= 31 && b >= 1 && b <= 12) ||
		       (t[0] == '/' && a >= 1 && a <= 12 && b >= 1 && b <= 31);
	}
	return false;
}

static bool parse_time(const char *v, double *out)
{
	struct tm tm;
	int y, mo, d, h = 0, mi = 0, s = 0, n;
	char *end;
	double x;
	memset(&tm, 0, sizeof tm);
	n = sscanf(v, "%4d-%2d-%2d%*[ T]%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s);
	if (n >= 3 && y > 1900 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
		tm.tm_year = y - 1900;
		tm.tm_mon = mo - 1;
		tm.tm_mday = d;
		tm.tm_hour = h;
		tm.tm_min = mi;
		tm.tm_sec = s;
		*out = (double)timegm(&tm);
		return true;
	}
	/* Unix epoch seconds or milliseconds. */
	x = strtod(v, &end);
	if (!*end && end != v && x > 1e8) {
		*out = x > 1e11 ? x / 1000.0 : x;
		return true;
	}
	return false;
}


/* Issue 23: a person's name by its shape alone, in any script, with no
 * list of names. One value: one to four words separated by spaces (a
 * comma after the first or the second, "SURNAME, GIVEN M."), each of letters of one
 * script and of two to fifteen letters (one letter with a dot is an
 * initial), no digit, no other sign than '-', '\'' and '.' inside; in
 * Latin, Greek, Cyrillic or Armenian letters every word begins with a
 * capital. Hashes of the value and of its words (lowercased ASCII)
 * are kept for the column (shape_names). Returns the number of words,
 * 0 when the value has no name's shape. */
static size_t shape_name_value(const char *v, uint64_t *tok, size_t maxtok, uint64_t *whole)
{
	const char *p = v;
	size_t nw = 0, particles = 0;
	int script = -1;
	bool comma = false;
	uint64_t hv = 1469598103934665603ULL;
	if (strlen(v) > 60)
		return 0;
	while (*p) {
		size_t letters = 0;
		bool dot = false, first = true, low = false;
		uint64_t h = 1469598103934665603ULL;
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (nw == maxtok)
			return 0;
		while (*p && *p != ' ' && *p != ',') {
			const char *q = p;
			unsigned c, block;
			int sc;
			if (*p == '-' || *p == '\'') {
				if (first)
					return 0;
				p++;
				continue;
			}
			if (*p == '.') {
				dot = true;
				p++;
				continue;
			}
			if (dot)
				return 0;
			c = utf8_next(&p);
			if (!c)
				return 0;
			if (c < 0x80) {
				if (!isalpha((int)c))
					return 0;
				/* one particle in lower case after the first word
				 * ("bin", "de", "ng") */
				if (first && !isupper((int)c)) {
					if (nw == 0 || particles++)
						return 0;
					low = true;
				}
				sc = 1000;
				c = (unsigned)tolower((int)c);
			} else if (utf8_case((const unsigned char *)q) != 0 ||
			           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)) {
				if (first && utf8_case((const unsigned char *)q) < 0)
					return 0;
				sc = c >= 0x531 ? 1003 : c >= 0x400 ? 1002 : c >= 0x370 ? 1001 : 1000;
			} else {
				sc = script_of(c, &block);
				if (sc == SC_NONE)
					return 0;
				/* Ethiopic spans two blocks of 256 */
				if (sc == SC_ALPHA)
					sc = 2000 + (c >= 0x1200 && c <= 0x137F ? 0x1200 : (int)block);
				/* digits of the Indic and Thai blocks */
				if ((c >= 0x0966 && c <= 0x096F) || (c >= 0x0E50 && c <= 0x0E59))
					return 0;
			}
			if (script >= 0 && sc != script && !((sc == SC_HIRA || sc == SC_KATA || sc == SC_HAN) &&
			                                       (script == SC_HIRA || script == SC_KATA ||
			                                        script == SC_HAN)))
				return 0;
			if (script < 0)
				script = sc;
			first = false;
			letters++;
			h = (h ^ c) * 1099511628211ULL;
		}
		/* one comma, after the first word or, for the two family
		 * names of the Spanish-speaking world, the second
		 * ("Flores Huanca, Saturnino", pii34) */
		if (*p == ',') {
			if (nw > 1 || comma)
				return 0;
			comma = true;
			p++;
		}
		if (letters == 0 || letters > 15 || (low && (letters < 2 || letters > 3)) ||
		    (letters == 1 && !dot && script < 2000 && script >= 1000))
			return 0;
		if (letters == 1 && (script < 1000))
			return 0;
		tok[nw++] = h;
		hv = (hv ^ h) * 1099511628211ULL;
	}
	*whole = hv;
	return nw;
}

static int u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Sentence punctuation of scripts other than Latin: the ideographic
 * comma and full stop, full-width commas, stops, marks and semicolons,
 * the Arabic comma, semicolon and question mark, the Devanagari danda,
 * the Armenian full stop, the Ethiopic word and sentence marks, the
 * Myanmar and Khmer stops (issue 25). */
static bool script_stop(unsigned c)
{
	return c == 0x3001 || c == 0x3002 || c == 0xFF0C || c == 0xFF0E || c == 0xFF01 ||
	       c == 0xFF1F || c == 0xFF1B || c == 0xFF61 || c == 0xFF64 || c == 0x060C ||
	       c == 0x061B || c == 0x061F || c == 0x0964 || c == 0x0965 || c == 0x0589 ||
	       c == 0x1362 || c == 0x1363 || c == 0x1364 || c == 0x104A || c == 0x104B ||
	       c == 0x17D4 || c == 0x17D5;
}

/* Issue 23: free text by its shape, in any language: five words or
 * more (three in scripts written without spaces), at least 20 bytes,
 * most words without a digit. *h gets the value's hash. Returns 2 for
 * such a text, 1 for a shorter one (issue 25): four words, or in a
 * script without spaces two phrases (apart by a space or a sentence
 * mark of any script) of ten characters in all; 0 otherwise. *len gets
 * a length class: the words, or in scripts without spaces the
 * characters by fives, so a column's spread of lengths can be seen. */
static int text_words(const char *v, uint64_t *h, unsigned *len_class)
{
	const char *p = v;
	size_t words = 0, digit_words = 0, len = strlen(v), cps = 0, nospace = 0, stops = 0;
	bool in = false, digit = false;
	uint64_t x = 1469598103934665603ULL;
	if (len < 20)
		return 0;
	while (*p) {
		const char *q = p;
		unsigned c = (unsigned char)*p < 0x80 ? (unsigned char)*p++ : utf8_next(&p);
		if (!c)
			p = q + 1; /* a broken byte: skip it */
		for (; q < p; q++)
			x = (x ^ (unsigned char)*q) * 1099511628211ULL;
		cps++;
		/* Thai, Lao, Myanmar, Khmer, Han and kana: written without
		 * spaces between words */
		if ((c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) ||
		    (c >= 0x1780 && c <= 0x17FF) || (c >= 0x3040 && c <= 0x30FF) ||
		    (c >= 0x4E00 && c <= 0x9FFF))
			nospace++;
		/* a sentence mark inside the value (not the last character)
		 * parts two phrases */
		if (script_stop(c) && *p)
			stops++;
		if (c == ' ' || c == '\n' || c == '\t') {
			if (in && digit)
				digit_words++;
			in = digit = false;
			continue;
		}
		if (!in)
			words++;
		in = true;
		if (c < 0x80 && isdigit((int)c))
			digit = true;
	}
	if (in && digit)
		digit_words++;
	*h = x;
	if (digit_words * 4 >= words)
		return 0;
	if (nospace * 2 >= cps) {
		*len_class = 16 + (unsigned)(cps / 5 < 15 ? cps / 5 : 15);
		/* in scripts without spaces between words, three phrases of
		 * 25 characters in all make a sentence */
		if (words >= 3 && cps >= 25)
			return 2;
		return words + stops >= 2 && cps >= 10 ? 1 : 0;
	}
	*len_class = (unsigned)(words < 15 ? words : 15);
	return words >= 5 ? 2 : words >= 4 ? 1 : 0;
}

/* How many of the n hashes at v occur twice or more (sorts v). */
static size_t repeated(uint64_t *v, size_t n)
{
	size_t i, j, rep = 0;
	qsort(v, n, sizeof *v, u64_cmp);
	for (i = 0; i < n; i = j) {
		for (j = i; j < n && v[j] == v[i]; j++)
			;
		if (j - i >= 2)
			rep += j - i;
	}
	return rep;
}

/* A column describing a thing ("description", "film_synopsis",
 * "plot_summary"): outside tables of people, what a catalogue says, no
 * one's words. */
static bool described_thing(const char *col)
{
	static const char *const d[] = {"description", "desc", "descr", "synopsis", "summary",
	                                "plot", "overview", "blurb", "tagline", NULL};
	sx__words w;
	size_t i;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++)
		if (in_list(w.w[i], d))
			return true;
	return false;
}

/* Issue 24: a phone written with digits and separators only (spaces,
 * hyphens, dots, brackets), 6 to 15 digits, a '+' first or none; digits
 * into d, the country code's length (the first group after '+') into
 * *cc, 0 without '+'. */
static size_t plain_phone(const char *v, char *d, size_t cap, size_t *cc)
{
	size_t n = 0;
	bool paren = v[0] == '(' && v[1] == '+', plus = *v == '+' || paren;
	*cc = 0;
	/* "(+371) 2067 4420": the code in brackets (pii26) */
	for (v += plus + paren; *v; v++) {
		if (isdigit((unsigned char)*v)) {
			if (n + 1 >= cap)
				return 0;
			d[n++] = *v;
		} else if (strchr(" -.()/", *v)) {
			/* pii36: "070/318-694", the area code apart by a
			 * slash as central Europe and the Balkans write it */
			if (plus && !*cc && n)
				*cc = n;
		} else {
			return 0;
		}
	}
	d[n] = 0;
	/* pii52: "+299523456", the code joined to the number: its digits
	 * as written bare, the code in front */
	if (plus && !paren && !*cc && n >= 8)
		plus = false;
	if (n < 6 || n > 15 || (plus && (!*cc || *cc > 3)))
		return 0;
	return n;
}

static void note_plain_phone(struct colstat *c, const char *v)
{
	char d[20];
	size_t cc, n = plain_phone(v, d, sizeof d, &cc), k;
	if (!n)
		return;
	if (cc) {
		for (k = 0; k < c->nplus_cc; k++)
			if (!strncmp(c->plus_cc[k].cc, d, cc) && !c->plus_cc[k].cc[cc] &&
			    c->plus_cc[k].nat == n - cc)
				break;
		if (k == c->nplus_cc) {
			if (k == sizeof c->plus_cc / sizeof c->plus_cc[0])
				return;
			memcpy(c->plus_cc[k].cc, d, cc);
			c->plus_cc[k].cc[cc] = 0;
			c->plus_cc[k].nat = (unsigned char)(n - cc);
			c->plus_cc[k].n = 0;
			c->nplus_cc++;
		}
		c->plus_cc[k].n++;
		if (n >= cc + 3)
			SX_VEC_PUSH(&c->plus_heads, (uint16_t)((d[cc] - '0') * 100 +
			                                       (d[cc + 1] - '0') * 10 + (d[cc + 2] - '0')));
	} else if (c->locs.n < 256) {
		struct phone_loc l;
		memcpy(l.head, d, 10);
		l.head[10] = 0;
		l.len = (unsigned char)n;
		SX_VEC_PUSH(&c->locs, l);
	}
}

/* A column of phones written several ways (issue 24): a fifth of the
 * values at least with '+' and one country code, and nine in ten agree
 * with it: those, the same national length written locally, after a
 * trunk '0', or bare with the code in front. The national numbers must
 * begin several ways (four first pairs of digits or more, none in more
 * than six in ten): one city's business lines share their first digits.
 * pii31: a country's numbers may have several national lengths (mobiles
 * of nine digits, landlines of six): every length seen after its code,
 * with '+' or the international prefix 00, is one of the country's. */
static bool mixed_phones(const struct colstat *c, double *share, bool named)
{
	size_t k, best = 0, agree = 0, plus, pre[100] = {0}, npre = 0, top = 0, cl;
	size_t pre3[1000] = {0}, n3 = 0, npre3 = 0, top3 = 0;
	const char *cc;
	uint32_t nats = 0;
	unsigned nat;
	if (!c->nplus_cc)
		return false;
	for (k = 1; k < c->nplus_cc; k++)
		if (c->plus_cc[k].n > c->plus_cc[best].n)
			best = k;
	cc = c->plus_cc[best].cc;
	cl = strlen(cc);
	for (k = 0; k < c->nplus_cc; k++)
		if (!strcmp(c->plus_cc[k].cc, cc)) {
			agree += c->plus_cc[k].n;
			nats |= 1u << (c->plus_cc[k].nat & 31);
		}
	/* pii52: a tenth at least (eight-digit Polynesian numbers, one in
	 * eight with "+689"): the nine in ten that must agree below, of one
	 * national length and many first digits, guard the rest */
	if (agree * 10 < c->nonnull)
		return false;
	plus = agree;
	for (k = 0; k < c->locs.n; k++) {
		const char *h = c->locs.v[k].head;
		nat = c->locs.v[k].len;
		if (nat >= 2 + cl + 6 && nat <= 2 + cl + 12 && h[0] == '0' && h[1] == '0' &&
		    !strncmp(h + 2, cc, cl))
			nats |= 1u << (nat - 2 - cl);
	}
	for (k = 0; k < c->locs.n; k++) {
		const char *h = c->locs.v[k].head;
		const char *natp = NULL;
		unsigned len = c->locs.v[k].len;
		if (len < 32 && (nats >> len & 1))
			natp = h;
		else if (len >= 1 && len - 1 < 32 && (nats >> (len - 1) & 1) &&
		         (h[0] == '0' || h[0] == '8'))
			natp = h + 1; /* a trunk 0, or 8 as east of the Baltic (pii26) */
		else if (len >= cl && len - cl < 32 && (nats >> (len - cl) & 1) &&
		         !strncmp(h, cc, cl))
			natp = h + cl;
		else if (len >= 2 + cl && len - 2 - cl < 32 && (nats >> (len - 2 - cl) & 1) &&
		         h[0] == '0' && h[1] == '0' && !strncmp(h + 2, cc, cl))
			natp = h + 2 + cl; /* "0030 69...": the international prefix 00 */
		if (!natp)
			continue;
		agree++;
		if (isdigit((unsigned char)natp[0]) && isdigit((unsigned char)natp[1]))
			pre[(natp[0] - '0') * 10 + (natp[1] - '0')]++;
		if (isdigit((unsigned char)natp[0]) && isdigit((unsigned char)natp[1]) &&
		    isdigit((unsigned char)natp[2])) {
			pre3[(natp[0] - '0') * 100 + (natp[1] - '0') * 10 + (natp[2] - '0')]++;
			n3++;
		}
	}
	/* pii53: under a phone's name, half of them agreeing is enough
	 * (mobiles with '+' and bare, landlines of another length only
	 * ever written locally: Botswana's "686 3452") */
	if (named ? agree * 2 < c->nonnull : agree * 10 < c->nonnull * 9)
		return false;
	for (k = 0; k < 100; k++) {
		npre += pre[k] > 0;
		if (pre[k] > top)
			top = pre[k];
	}
	for (k = 0; k < 1000; k++) {
		npre3 += pre3[k] > 0;
		if (pre3[k] > top3)
			top3 = pre3[k];
	}
	/* pii53: a country's mobiles may all begin with the same pair
	 * ("020 5x", "020 9x" in Laos; "04", "05", "06" in the Congo):
	 * numbers of nine digits or more, whose first three digits begin
	 * many ways, four or more, none in more than four in ten. An
	 * exchange's six-digit lines ("27 xx xx") share their pair and
	 * leave too few numbers after it to be a country's mobiles. */
	if ((npre < 4 || top * 10 > (agree - plus) * 6) &&
	    (nats >> 9 == 0 || npre3 < 4 || top3 * 10 > n3 * 4))
		return false;
	*share = (double)agree / (double)c->nonnull;
	return true;
}

/* How many of the n hashes at vals are distinct; n when out of memory. */
static size_t distinct_count(const uint64_t *vals, size_t n)
{
	size_t i, d = 0;
	uint64_t *v = malloc(n * sizeof *v + 1);
	if (!v)
		return n;
	memcpy(v, vals, n * sizeof *v);
	qsort(v, n, sizeof *v, u64_cmp);
	for (i = 0; i < n; i++)
		if (i == 0 || v[i] != v[i - 1])
			d++;
	free(v);
	return d;
}

/* Twenty hashes or more, fewer than three in ten distinct. */
static bool few_distinct(const uint64_t *vals, size_t n)
{
	return n >= 20 && distinct_count(vals, n) * 10 < n * 3;
}

/* pii35: shared mailboxes ("dispatch@", "invoices@" of a few firms):
 * twenty e-mails or more in the sample, eight distinct at most, in many
 * rows, each named by one word (a role's mailbox: no initial, dot,
 * digit or separator as people's "j.smith", "maria_k84" have); people's
 * own addresses differ from person to person, and a customer's repeated
 * over their orders still make many. */
static bool few_mailboxes(const struct colstat *c)
{
	return c->mail_words == c->mail_vals.n && few_distinct(c->mail_vals.v, c->mail_vals.n) &&
	       distinct_count(c->mail_vals.v, c->mail_vals.n) <= 8;
}

/* The local part of an e-mail is one word of ASCII letters. */
static bool mailbox_word(const char *v)
{
	const char *p = v;
	while (isalpha((unsigned char)*p))
		p++;
	return *p == '@' && p - v >= 2;
}

/* A business's lines (issue 23): twenty phones or more in the sample,
 * fewer than three in ten distinct, the same few numbers in many rows
 * (a switchboard, an office, a hotline); people's phones differ. */
static bool few_phones(struct colstat *c)
{
	return few_distinct(c->phone_vals.v, c->phone_vals.n);
}

/* Fixed places (issue 25): twenty coordinate pairs or more in the
 * sample, fewer than three in ten distinct (a studio's shoot spots, a
 * chain's shops, a few sites in many rows); where people live or stand
 * differs from row to row. */
static bool few_places(struct colstat *c)
{
	return few_distinct(c->geo_vals.v, c->geo_vals.n);
}

/* An office's lines (issue 25), beside people's phones in the same
 * table (phones_beside): the phones' national numbers (after '+'
 * and the code, a trunk 0, or 00 and the commonest code) begin with the
 * same three digits in six in ten of them, and with one of two such
 * beginnings in nine in ten: one exchange's or one switchboard's
 * ranges ("0274-88...", "(0274) 56..."; "+381 21 452 ...", "021/452-...").
 * People's mobiles begin many ways after their first two digits. */
static bool office_lines(const struct colstat *c)
{
	size_t pre[1000] = {0}, k, tot = 0, top = 0, second = 0, best = 0, cl = 0;
	const char *cc = NULL;
	if (c->nplus_cc) {
		for (k = 1; k < c->nplus_cc; k++)
			if (c->plus_cc[k].n > c->plus_cc[best].n)
				best = k;
		cc = c->plus_cc[best].cc;
		cl = strlen(cc);
	}
	for (k = 0; k < c->plus_heads.n; k++, tot++)
		pre[c->plus_heads.v[k]]++;
	for (k = 0; k < c->locs.n; k++) {
		const char *h = c->locs.v[k].head;
		if (h[0] == '0' && h[1] == '0') {
			/* 00 and a code: its length known from the '+' ones only */
			if (!cc || strncmp(h + 2, cc, cl))
				continue;
			h += 2 + cl;
		} else if (cc && c->locs.v[k].len == cl + c->plus_cc[best].nat && !strncmp(h, cc, cl))
			h += cl;
		else if (h[0] == '0')
			h++;
		if (!isdigit((unsigned char)h[0]) || !isdigit((unsigned char)h[1]) ||
		    !isdigit((unsigned char)h[2]))
			continue;
		pre[(h[0] - '0') * 100 + (h[1] - '0') * 10 + (h[2] - '0')]++;
		tot++;
	}
	if (tot < 20 || tot * 2 < c->nonnull)
		return false;
	for (k = 0; k < 1000; k++)
		if (pre[k] > top) {
			second = top;
			top = pre[k];
		} else if (pre[k] > second)
			second = pre[k];
	return top * 10 >= tot * 6 && (top + second) * 10 >= tot * 9;
}

/* Free text by its shape (issue 23), in any language: twenty values or
 * more, nine in ten of five words or more (text_words), nineteen in
 * twenty of those distinct, no template. Issue 25: or nine in ten of
 * four words or more (two phrases in scripts without spaces), of five
 * lengths or more (people write short and long; a catalogue's lines
 * and a template's fillings keep to a few lengths), four in five of
 * them distinct (messages say "allergic to pollen" again and again,
 * each time among other things). */
static bool shape_text(struct colstat *c, double *share)
{
	size_t n = c->text_vals.n, ns = c->short_texts.n, rep;
	uint64_t *v;
	bool full;
	if (c->nonnull < 20 || (n + ns) * 10 < c->nonnull * 9 || c->templates)
		return false;
	full = n * 10 >= c->nonnull * 9;
	if (!full && __builtin_popcount(c->text_lens) < 5)
		return false;
	v = malloc((n + ns + 1) * sizeof *v);
	if (!v)
		return false;
	if (n)
		memcpy(v, c->text_vals.v, n * sizeof *v);
	if (!full && ns) {
		memcpy(v + n, c->short_texts.v, ns * sizeof *v);
		n += ns;
	}
	rep = repeated(v, n);
	free(v);
	*share = (double)n / (double)c->nonnull;
	return full ? rep * 20 <= n : rep * 5 <= n;
}

/* pii36: notes about people in any language and script, by what they
 * carry: six in ten values texts (text_words, or words beside a phone)
 * of three lengths or more,
 * two in five of them distinct, one in twenty with a phone number inside
 * (text_phone: "guarantor X, tel 063 4126062", a relative to call), no
 * template. Notes written from a few stock phrases repeat too much for
 * shape_text; the numbers people leave in them do not. */
static bool noted_phones(const struct colstat *c, double *share)
{
	size_t n = c->text_vals.n, ns = c->short_texts.n, np = c->phone_texts.n, d;
	uint64_t *v;
	if (c->nonnull < 20 || (n + ns + np) * 10 < c->nonnull * 6 ||
	    c->templates * 10 >= c->nonnull ||
	    c->text_phones * 20 < c->nonnull || c->text_phones < 3 ||
	    __builtin_popcount(c->text_lens) < 3)
		return false;
	v = malloc((n + ns + np + 1) * sizeof *v);
	if (!v)
		return false;
	if (n)
		memcpy(v, c->text_vals.v, n * sizeof *v);
	if (ns)
		memcpy(v + n, c->short_texts.v, ns * sizeof *v);
	if (np)
		memcpy(v + n + ns, c->phone_texts.v, np * sizeof *v);
	d = distinct_count(v, n + ns + np);
	free(v);
	*share = (double)c->text_phones / (double)c->nonnull;
	return d * 5 >= (n + ns + np) * 2;
}

/* A column of names by shape (issue 23): twenty values or more, four in
 * five shaped like a name (shape_name_value), seven in ten of those of
 * two words or more; six in ten distinct, or distinct values 1.5 times
 * the distinct words (given and family names recombined; places,
 * categories and statuses repeat whole values); a third of the words,
 * a third of the first words and a third of the last words recur in
 * other rows (given names, family names; places and organisations
 * repeat a type word at the end, seldom their first word); no word in
 * more than three quarters of the values; no word of an organisation,
 * no template. */
static bool shape_names(struct colstat *c, double *share)
{
	size_t nv = c->shape_vals.n, nt = c->shape_toks.n, i, j, dv = 0, dt = 0, rep = 0, maxrun = 0;
	size_t nm, rf, rl;
	uint64_t *v, *t;
	if (c->nonnull < 20 || nv * 5 < c->nonnull * 4 || nt * 5 < nv * 9 ||
	    c->org_like * 10 >= c->nonnull || c->templates)
		return false;
	v = malloc(nv * sizeof *v);
	t = malloc(nt * sizeof *t);
	if (!v || !t) {
		free(v);
		free(t);
		return false;
	}
	nm = c->shape_first.n;
	if (nm * 10 < nv * 7 || nm < 20) {
		free(v);
		free(t);
		return false;
	}
	/* given names repeat as first words and family names as last ones;
	 * organisations and places repeat a type word at the end ("Valley",
	 * "Airlines", "Vineyard") and seldom their first word */
	memcpy(t, c->shape_first.v, nm * sizeof *t);
	rf = repeated(t, nm);
	memcpy(t, c->shape_last.v, nm * sizeof *t);
	rl = repeated(t, nm);
	memcpy(v, c->shape_vals.v, nv * sizeof *v);
	memcpy(t, c->shape_toks.v, nt * sizeof *t);
	qsort(v, nv, sizeof *v, u64_cmp);
	qsort(t, nt, sizeof *t, u64_cmp);
	for (i = 0; i < nv; i++)
		if (i == 0 || v[i] != v[i - 1])
			dv++;
	/* tokens seen in two values or more: how many word slots they fill */
	for (i = 0; i < nt; i = j) {
		for (j = i; j < nt && t[j] == t[i]; j++)
			;
		dt++;
		if (j - i >= 2)
			rep += j - i;
		if (j - i > maxrun)
			maxrun = j - i;
	}
	free(v);
	free(t);
	*share = (double)nv / (double)c->nonnull;
	return (dv * 10 >= nv * 6 || dv * 2 >= dt * 3) && rep * 10 >= nt * 3 && maxrun * 4 <= nv * 3 &&
	       rf * 10 >= nm * 3 && rl * 10 >= nm * 3;
}

/* The zeros of the decimal digits of other scripts (pii32, issue 23 had
 * the first five): Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi,
 * Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao,
 * Tibetan, Myanmar, Khmer, Mongolian and full-width. */
static const unsigned digit_zero[] = {0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66,
                                      0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
                                      0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10};

/* Issue 23: digits of other systems written as ASCII digits (those of
 * digit_zero), into out; false when v has none of them or is too long. */
static bool ascii_digits(const char *v, char *out, size_t n)
{
	const char *p = v;
	size_t o = 0;
	bool any = false;
	while (*p) {
		const char *q = p;
		unsigned c = (unsigned char)*p < 0x80 ? (unsigned char)*p++ : utf8_next(&p);
		int d = -1;
		size_t z;
		if (!c)
			return false;
		for (z = 0; z < sizeof digit_zero / sizeof digit_zero[0] && d < 0; z++)
			if (c >= digit_zero[z] && c <= digit_zero[z] + 9)
				d = (int)(c - digit_zero[z]);
		if (d >= 0) {
			if (o + 2 > n)
				return false;
			out[o++] = (char)('0' + d);
			any = true;
		} else {
			size_t k = (size_t)(p - q);
			if (o + k + 1 > n)
				return false;
			memcpy(out + o, q, k);
			o += k;
		}
	}
	out[o] = 0;
	return any;
}

/* Issue 23: a phone written bare in a local format, a trunk '0' and
 * nine or ten digits more ("09354149890", "0718582734"). */
static bool local_bare_phone(const char *v)
{
	size_t n = strlen(v), i;
	/* issue 25: or the international prefix 00, a country code and
	 * the national number, 11 to 15 digits in all ("00306946244705") */
	if (v[0] == '0' && v[1] == '0' && v[2] != '0') {
		if (n < 11 || n > 15)
			return false;
	} else if (n < 10 || n > 11 || v[0] != '0' || v[1] == '0')
		return false;
	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)v[i]))
			return false;
	return true;
}

/* Issue 25: a value without a letter of any script: ASCII digits,
 * punctuation and signs, and the symbols, currency signs and spaces of
 * Latin-1 and of U+2000 to U+2BFF ("6,60 €", "¥22,399.00" has none). */
/* A national number of seven to nine digits written in a phone's groups
 * (pii38): two groups of three to five digits ("5512-3456", "9123 4567",
 * "331 2045") or four pairs apart by spaces ("22 33 44 55"), as Central
 * America, the Nordic countries, Singapore and the Maldives write theirs.
 * Dates (2-2-4, 4-2-2) and times have no such groups; toll-free lines
 * (800, 900 first) are a business's. Only agrees with a phone's name:
 * alone it is any number. */
static bool short_local_phone(const char *v)
{
	size_t g[5], ng = 0, nd = 0, cur = 0, i;
	char sep = 0;
	const char *start = v;
	for (; *v; v++) {
		if (isdigit((unsigned char)*v)) {
			cur++;
			nd++;
			continue;
		}
		if ((*v != '-' && *v != ' ' && *v != '.') || !cur || ng >= 4 || (sep && *v != sep))
			return false;
		sep = *v;
		g[ng++] = cur;
		cur = 0;
	}
	if (!cur || ng >= 5)
		return false;
	g[ng++] = cur;
	if (nd < 7 || nd > 9)
		return false;
	/* a toll-free or a premium line ("800 4455"): a business's */
	if (g[0] == 3 && (!strncmp(start, "800", 3) || !strncmp(start, "900", 3)))
		return false;
	if (ng == 2)
		return g[0] >= 3 && g[0] <= 5 && g[1] >= 3 && g[1] <= 5;
	if (ng == 4 && sep == ' ') {
		for (i = 0; i < 4; i++)
			if (g[i] != 2)
				return false;
		return true;
	}
	return false;
}

/* A national number after its trunk '0', nine digits in all, written in
 * groups (pii44): a mobile or area code of three or four digits first,
 * then two or three groups of two to four digits, apart by spaces, '-',
 * '/' or '.' ("069 445 760", "067/074-115", "032 325 418", "02 123 45 67"
 * has a code of two and stays out), as the Balkans, Belgium or Sweden
 * write theirs. Ten digits or more are is_phone's. Dates have no group
 * of three after a leading 0. Only agrees with a phone's name. */
static bool trunk_grouped_phone(const char *v)
{
	size_t g[5], ng = 0, nd = 0, cur = 0, i;
	if (v[0] != '0' || v[1] == '0')
		return false;
	for (; *v; v++) {
		if (isdigit((unsigned char)*v)) {
			cur++;
			nd++;
			continue;
		}
		if ((*v != '-' && *v != ' ' && *v != '/' && *v != '.') || !cur || ng >= 4)
			return false;
		g[ng++] = cur;
		cur = 0;
	}
	if (!cur || ng >= 5)
		return false;
	g[ng++] = cur;
	if (nd != 9 || ng < 3 || g[0] < 3 || g[0] > 4)
		return false;
	for (i = 1; i < ng; i++)
		if (g[i] < 2 || g[i] > 4)
			return false;
	return true;
}

static bool no_letter(const char *v)
{
	const char *p = v;
	while (*p) {
		unsigned c = (unsigned char)*p < 0x80 ? (unsigned char)*p++ : utf8_next(&p);
		if (!c)
			return false;
		if (c < 0x80 ? isalpha((int)c) != 0
		             : !((c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 ||
		                 (c >= 0x2000 && c <= 0x2BFF) || (c >= 0xFFE0 && c <= 0xFFEE) ||
		                 c == 0xFFE5 || c == 0x00A5))
			return false;
	}
	return true;
}

/* Issue 25: an address by its shape in any script: 10 to 200 bytes, no
 * '@', two to seven parts apart by commas of 60 bytes at most, one of
 * them without a number or beginning with one, one to four numbers (a
 * house, a flat, a postcode: "45", "58/2", "12b", "1700") and two words
 * of letters or more, 16 digits at most. */
static bool address_shape(const char *v)
{
	const char *p;
	size_t len = strlen(v), parts = 0, plen = 0, nums = 0, words = 0, digits = 0, pd = 0;
	bool place = false, first_digit = false;
	if (len < 10 || len > 200 || strchr(v, '@'))
		return false;
	for (p = v;; p++) {
		if (!*p || *p == ',') {
			if (plen > 60)
				return false;
			parts += plen > 0;
			/* a part without a number (a town, a district) or one
			 * that begins with it (a postcode, then the town) */
			place |= plen > 0 && (!pd || first_digit);
			plen = pd = 0;
			if (!*p)
				break;
		} else if (*p != ' ' || plen) {
			if (!plen)
				first_digit = isdigit((unsigned char)*p) != 0;
			plen++;
			pd += isdigit((unsigned char)*p) != 0;
		}
		digits += isdigit((unsigned char)*p) != 0;
	}
	/* references number every part ("book 14, page 61") */
	if (parts < 2 || parts > 7 || digits > 16 || !place)
		return false;
	for (p = v; *p;) {
		const char *b;
		size_t nd = 0, nl = 0, n, k;
		while (*p == ' ' || *p == ',')
			p++;
		for (b = p; *p && *p != ' ' && *p != ','; p++) {
			nd += isdigit((unsigned char)*p) != 0;
			nl += isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80;
		}
		n = (size_t)(p - b);
		if (n && b[n - 1] == '.')
			n--;
		if (!n)
			continue;
		if (!nd && nl >= 2) {
			words++;
			continue;
		}
		/* digits, then a '/' or '-' and digits, then one letter */
		for (k = 0; k < n && isdigit((unsigned char)b[k]); k++)
			;
		/* pii36: or a postcode of six digits closing the value (India,
		 * China, Russia, Nigeria, Vietnam write them last) */
		if (k == 6 && n == 6 && !p[strspn(p, " ,.")]) {
			nums++;
			continue;
		}
		if (k == 0 || k > 5)
			continue;
		if (k < n && (b[k] == '/' || b[k] == '-')) {
			size_t m = ++k;
			for (; k < n && isdigit((unsigned char)b[k]); k++)
				;
			if (k == m || k - m > 4)
				continue;
		}
		if (k < n && isalpha((unsigned char)b[k]))
			k++;
		nums += k == n;
	}
	return nums >= 1 && nums <= 4 && words >= 2;
}

/* Issue 25: a card's number of any issuer: 16 to 19 digits, bare or in
 * groups apart by single spaces or hyphens, passing Luhn, the first digit
 * neither 0 nor 8 (ISO/IEC 7812's industry digit 8 is telecoms': SIM
 * numbers pass Luhn too; sixteen digits from 80-88 are read, pii28).
 * Alone one in ten random numbers passes; a column where nine in ten pass
 * holds cards. */
static bool luhn_number(const char *v)
{
	char d[24];
	size_t n = 0;
	const char *p;
	for (p = v; *p; p++) {
		if (isdigit((unsigned char)*p)) {
			if (n + 1 >= sizeof d)
				return false;
			d[n++] = *p;
		} else if ((*p != ' ' && *p != '-') || p == v || !isdigit((unsigned char)p[-1]) ||
		           !isdigit((unsigned char)p[1])) {
			return false;
		}
	}
	d[n] = 0;
	/* pii28: sixteen digits from 8 other than 89 (Uzcard's 8600): an
	 * ICCID starts 89 and runs to 19 or 20 */
	return n >= 16 && n <= 19 && d[0] != '0' && (d[0] != '8' || (n == 16 && d[1] != '9')) &&
	       sx__luhn_ok(d);
}

/* Issue 25: a phone followed by a word about it in brackets ("010-4781-6298
 * (모)", "+44 7700 900123 (wife)"): the number alone into out. The words
 * hold no digit; the number is digits and separators (plain_phone).
 * pii26: a person's name followed by the relation ("Ann Lee (mother)"),
 * the name alone, the same way. */
/* pii29: a name followed by the relation after a comma or a dash ("Ann
 * Lee, daughter", "Ann Lee - mother"): one or two words in lowercase,
 * no digit. Where the note starts, or NULL. */
static const char *trailing_relation(const char *v)
{
	const char *o = strrchr(v, ',');
	const char *dash = strstr(v, " - ");
	const char *p;
	if (dash && (!o || dash > o))
		o = dash + 1;
	if (!o || o == v || strlen(o) > 24)
		return NULL;
	for (p = o + 1; *p == ' '; p++)
		;
	if (!*p || strchr(p, ',') || strchr(p, '-'))
		return NULL;
	for (; *p; p++)
		if (isdigit((unsigned char)*p) || isupper((unsigned char)*p))
			return NULL;
	return o[-1] == ' ' ? o - 1 : o;
}

static bool value_with_note(const char *v, char *out, size_t n)
{
	const char *o = strrchr(v, '(');
	size_t len = strlen(v), k, cc;
	char d[20];
	const char *sub;
	const char *rel = trailing_relation(v);
	if (rel)
		k = (size_t)(rel - v);
	else {
		if (!o || o == v || o[-1] != ' ' || len < 2 || v[len - 1] != ')' ||
		    len - (size_t)(o - v) > 40)
			return false;
		for (k = 1; o + k < v + len - 1; k++)
			if (isdigit((unsigned char)o[k]))
				return false;
		k = (size_t)(o - v) - 1;
	}
	if (k + 1 > n)
		return false;
	memcpy(out, v, k);
	out[k] = 0;
	/* a relation follows a name only; a word in brackets a phone too */
	return (!rel && plain_phone(out, d, sizeof d, &cc) >= 8) ||
	       sx__pii_by_value(out, &sub) == SX_PII_PERSON_NAME;
}

/* pii26: a value of one capitalised word ("Jurgita", "Kask"), and whether
 * the word is a known given or family name or ends as family names do:
 * columns of given names and of surnames apart. */
static void note_one_word(struct colstat *c, const char *v)
{
	bool cap, low;
	char lw[64];
	size_t n = strlen(v);
	if (n >= 32 || letter_words(v, true, &cap, &low) != 1 || !cap || !low || strchr(v, '.'))
		return;
	c->one_word++;
	name_lower(v, n, lw, sizeof lw);
	if (known_name_word(lw) || surname_suffix(lw))
		c->one_name++;
}

/* A value's FNV-1a hash, to count distinct values. */
static uint64_t value_hash(const char *v)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *v; v++)
		h = (h ^ (unsigned char)*v) * 1099511628211ULL;
	return h;
}

/* pii29: a month as personal codes write it, with 20, 40, 50, 60 or 80
 * added for the sex or the century (Czech and Slovak, Polish, Albanian,
 * Mongolian numbers); 0 when none. */
static int coded_month(int m)
{
	if (m >= 1 && m <= 12)
		return m;
	if (m > 50 && m <= 62)
		return m - 50;
	return m > 20 && m % 20 >= 1 && m % 20 <= 12 ? m % 20 : 0;
}

/* The number n digits at q write. */
static int digits_num(const char *q, size_t n)
{
	int v = 0;
	while (n--)
		v = v * 10 + *q++ - '0';
	return v;
}

/* pii29: an identity code by its shape, whatever the country: eight to
 * fourteen digits, with up to four capitals and separators, not a date
 * nor a time itself. Each way a birth date can be read in its digits at
 * each place is counted, with the year and the day it gives; a column
 * where one way and place reads nearly every value, over many years and
 * days, holds people's codes (date_code_column). */
static void note_date_code(struct colstat *c, const char *v, bool is_day)
{
	char d[24];
	size_t nd = 0, nl = 0, k, o;
	const char *p;
	if (is_day || strchr(v, ':'))
		return;
	for (p = v; *p; p++) {
		if (isdigit((unsigned char)*p)) {
			if (nd + 1 >= sizeof d)
				return;
			d[nd++] = *p;
		} else if (*p >= 'A' && *p <= 'Z')
			nl++;
		else if (!strchr(" -/.", *p))
			return;
	}
	if (nd < 8 || nd > 14 || nl > 4)
		return;
	c->date_codes++;
	for (k = 0; k < BD_WAYS; k++) {
		size_t len = k == 2 ? 5 : k > 2 ? 8 : 6;
		for (o = 0; o + len <= nd && o < BD_PLACES; o++) {
			const char *q = d + o;
			int y, m, day;
			if (k > 2) {
				/* a four-digit year, kept as its offset from 1900 */
				y = digits_num(k == 3 ? q + 4 : q, 4) - 1900;
				m = digits_num(q + (k == 3 ? 2 : 4), 2);
				day = digits_num(k == 3 ? q : q + 6, 2);
				if (y < 0 || y > 127)
					continue;
			} else if (k == 0)
				y = digits_num(q, 2), m = digits_num(q + 2, 2), day = digits_num(q + 4, 2);
			else if (k == 1)
				day = digits_num(q, 2), m = digits_num(q + 2, 2), y = digits_num(q + 4, 2);
			else
				y = digits_num(q, 1), m = digits_num(q + 1, 2), day = digits_num(q + 3, 2);
			if (!coded_month(m) || day < 1 || day > 31)
				continue;
			c->bd[k][o].n++;
			c->bd[k][o].years[y / 64] |= 1ULL << (y % 64);
			c->bd[k][o].days |= 1u << day;
		}
	}
}

/* pii29: nine in ten values codes with a birth date read the same way at
 * the same place, over ten years or more (six of the ten for a one-digit
 * year) and fifteen days of the month or more: people's identity codes,
 * not a product's, an order's (dated within a few years) or a random
 * number's (one in ten would read a date at a place). */
static bool date_code_column(const struct colstat *c, double *share)
{
	size_t k, o;
	if (c->nonnull < 20 || c->date_codes * 10 < c->nonnull * 9)
		return false;
	for (k = 0; k < BD_WAYS; k++)
		for (o = 0; o < BD_PLACES; o++) {
			int ny = __builtin_popcountll(c->bd[k][o].years[0]) +
			         __builtin_popcountll(c->bd[k][o].years[1]);
			if (c->bd[k][o].n * 10 >= c->nonnull * 9 && ny >= (k == 2 ? 6 : 10) &&
			    __builtin_popcount(c->bd[k][o].days) >= 15) {
				*share = (double)c->bd[k][o].n / (double)c->nonnull;
				return true;
			}
		}
	return false;
}

/* pii35: a code such as identity documents carry, in any country: at
 * most 24 bytes, six ASCII digits or more, at most two spaces, letters
 * and separators ('.', '-', '/', '(', ')') around them ("5.379.522-0",
 * "806959871X", "9/AbCdE(N)123456"). *nd gets the digits. */
static bool id_code(const char *v, size_t *nd)
{
	size_t n = strlen(v), spaces = 0, i;
	*nd = 0;
	if (n < 6 || n > 24)
		return false;
	for (i = 0; i < n; i++) {
		unsigned char u = (unsigned char)v[i];
		if (isdigit(u))
			(*nd)++;
		else if (u == ' ')
			spaces++;
		else if (!isalpha(u) && !strchr(".-/()", u))
			return false;
	}
	return *nd >= 6 && spaces <= 2;
}

static void note_id_code(struct colstat *c, const char *v)
{
	size_t nd;
	if (!id_code(v, &nd))
		return;
	c->id_codes++;
	c->id_len[nd < 31 ? nd : 31]++;
	SX_VEC_PUSH(&c->id_vals, value_hash(v));
}

/* pii35: a column of identity codes of one shape: twenty values or
 * more, nine in ten codes (id_code), nineteen in twenty of them
 * distinct (one per person), nine in ten with a number of digits within
 * a span of three (a country's numbers have a fixed length, or two or
 * three lengths over the years). *share gets the codes' share. */
static bool uniform_ids(const struct colstat *c, double *share)
{
	size_t n = c->id_codes, i, best = 0;
	if (c->nonnull < 20 || n * 10 < c->nonnull * 9)
		return false;
	for (i = 0; i + 2 < 32; i++) {
		size_t w = (size_t)c->id_len[i] + c->id_len[i + 1] + c->id_len[i + 2];
		if (w > best)
			best = w;
	}
	if (best * 10 < n * 9 || distinct_count(c->id_vals.v, c->id_vals.n) * 20 < n * 19)
		return false;
	*share = (double)n / (double)c->nonnull;
	return true;
}

static int sample_row(void *payload, size_t ncols, const char *const *values)
{
	struct sample *s = payload;
	size_t i;
	s->rows++;
	for (i = 0; i < ncols && i < s->n; i++) {
		struct colstat *c = &s->st[i];
		const char *v = values[i], *sub;
		char asc[512], noted[64];
		sx_map_pii p;
		if (!v || !*v)
			continue;
		if (ascii_digits(v, asc, sizeof asc))
			v = asc;
		if (value_with_note(v, noted, sizeof noted))
			v = noted;
		c->nonnull++;
		if (c->timestamp) {
			double t;
			if (parse_time(v, &t))
				SX_VEC_PUSH(&c->times, t);
			continue;
		}
		p = sx__pii_by_value(v, &sub);
		c->hits[p]++;
		{
			int y;
			bool is_day = day_date(v, &y) || any_day(v, &y);
			note_date_code(c, v, is_day);
			if (is_day) {
				if (!c->day_dates || y < c->year_min)
					c->year_min = y;
				if (!c->day_dates || y > c->year_max)
					c->year_max = y;
				c->day_dates++;
				{
					int wd = numeric_weekday(v);
					if (wd >= 0)
						c->weekday[wd]++;
				}
			}
		}
		if (p == SX_PII_PERSON_NAME && confirmed_person_name(v))
			c->named++;
		note_one_word(c, v);
		note_plain_phone(c, v);
		if (strong_address(v))
			c->addresses++;
		if (is_template(v))
			c->templates++;
		else if (own_words(v))
			c->own_words++;
		/* names in capitals ("ROSALIE FENWICK", as cards and airline
		 * systems write them) look like names when a given name is
		 * known */
		if (name_like(v) || (p == SX_PII_PERSON_NAME && confirmed_person_name(v)))
			c->name_like++;
		if (org_like(v))
			c->org_like++;
		if (!no_letter(v))
			SX_VEC_PUSH(&c->word_vals, value_hash(v));
		{
			uint64_t th;
			unsigned lc = 0;
			int tw = text_words(v, &th, &lc);
			if (tw == 2)
				SX_VEC_PUSH(&c->text_vals, th);
			else if (tw == 1)
				SX_VEC_PUSH(&c->short_texts, th);
			if (tw)
				c->text_lens |= 1u << lc;
			/* a note with a phone whose digit groups text_words
			 * took for a code's */
			if (text_phone(v)) {
				c->text_phones++;
				if (!tw)
					SX_VEC_PUSH(&c->phone_texts, value_hash(v));
			}
		}
		if (p == SX_PII_PHONE)
			SX_VEC_PUSH(&c->phone_vals, value_hash(v));
		else if (p == SX_PII_GEOLOCATION)
			SX_VEC_PUSH(&c->geo_vals, value_hash(v));
		else if (p == SX_PII_EMAIL) {
			SX_VEC_PUSH(&c->mail_vals, value_hash(v));
			c->mail_words += mailbox_word(v);
		}
		{
			uint64_t tok[4], whole;
			size_t k, nw = shape_name_value(v, tok, 4, &whole);
			if (nw) {
				SX_VEC_PUSH(&c->shape_vals, whole);
				for (k = 0; k < nw; k++)
					SX_VEC_PUSH(&c->shape_toks, tok[k]);
				if (nw >= 2) {
					SX_VEC_PUSH(&c->shape_first, tok[0]);
					SX_VEC_PUSH(&c->shape_last, tok[nw - 1]);
				}
			}
		}
		if (p == SX_PII_NONE) {
			char d[40];
			size_t nd = sx__digits_only(v, d, sizeof d);
			if (nd && bare_phone(v, nd))
				c->bare_phones++;
			else if (local_bare_phone(v))
				c->local_phones++;
			else if (short_local_phone(v))
				c->short_phones++;
			else if (trunk_grouped_phone(v))
				c->trunk_phones++;
			{
				bool lettered;
				if (parse_coord_pair(v, &lettered) && lettered)
					c->geo_lettered++;
			}
			if ((nd == 8 || nd == 9) && strlen(v) == nd && v[0] != '0') {
				c->nat_bare++;
				c->nat_first[v[0] - '0']++;
			}
			if (card_tail(v))
				c->card_tails++;
			if (phone_token(v))
				c->phone_tokens++;
			c->embedded[embedded_pii(v)]++;
		}
		if (sub)
			c->sub[p] = sub;
		if (sub && !strcmp(sub, "inn")) {
			char d[40];
			size_t nd = sx__digits_only(v, d, sizeof d);
			if (nd == 10)
				c->inn_org++;
			else if (nd == 12)
				c->inn_person++;
		}
		if (doc_number_like(v) || doc_record(v))
			c->doc_numbers++;
		note_id_code(c, v);
		if (company_number(v))
			c->company_ids++;
		if (luhn_number(v))
			c->luhn_long++;
		if (no_letter(v))
			c->no_letters++;
		if (address_shape(v))
			c->addr_shapes++;
		{
			char *end;
			(void)strtod(v, &end);
			if (end != v && *end == 0)
				c->numbers++;
		}
		if (strlen(v) > 40 && strchr(v, ' '))
			c->long_text++;
		if (strlen(v) >= 12 && strchr(v, ' '))
			c->prose++;
	}
	return 0;
}

static bool change_timestamp(const sx_column *c)
{
	sx__words w;
	char j[128];
	if (c->family != SX_TF_TIMESTAMP && c->family != SX_TF_DATE && c->family != SX_TF_INTEGER &&
	    c->family != SX_TF_TEXT && c->family != SX_TF_OTHER)
		return false;
	sx__split(c->name, &w);
	sx__join(&w, 0, w.n, j, sizeof j);
	if (c->family == SX_TF_INTEGER || c->family == SX_TF_TEXT || c->family == SX_TF_OTHER)
		return strcmp(j, "updatedat") == 0 || strcmp(j, "createdat") == 0 ||
		       strcmp(j, "modifiedat") == 0 || strcmp(j, "timestamp") == 0 ||
		       strcmp(j, "eventtime") == 0 || strcmp(j, "lastupdate") == 0;
	return strstr(j, "updated") || strstr(j, "modified") || strstr(j, "created") ||
	       strstr(j, "lastupdate") || strstr(j, "timestamp") || strcmp(j, "ts") == 0 ||
	       strstr(j, "eventtime") || strstr(j, "occurred") || strstr(j, "loggedat") ||
	       strcmp(j, "time") == 0 || strstr(j, "insertedat");
}

static bool sampleable(const sx_column *c)
{
	return c->family != SX_TF_BINARY && c->family != SX_TF_JSON && c->family != SX_TF_ARRAY &&
	       c->family != SX_TF_BOOLEAN;
}

static int dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Update frequency from the spread of change timestamps in the sample:
 * the median gap between consecutive distinct times, and the age of the
 * newest one. */
static void frequency_from_times(sx_dbmap *m, sx_map_table *mt, struct colstat *c)
{
	double *t = c->times.v, gap, newest, age;
	size_t n = c->times.n, i, k = 0;
	double gaps[4096];
	time_t now = time(NULL);
	if (n < 3)
		return;
	qsort(t, n, sizeof *t, dbl_cmp);
	for (i = 1; i < n && k < 4096; i++)
		if (t[i] > t[i - 1])
			gaps[k++] = t[i] - t[i - 1];
	newest = t[n - 1];
	age = (double)now - newest;
	if (k == 0) {
		mt->frequency = SX_FREQ_STATIC;
		mt->frequency_evidence = sx_arena_printf(
			m->arena, "all %zu sampled '%s' values are equal", n, c->col->name);
		return;
	}
	qsort(gaps, k, sizeof *gaps, dbl_cmp);
	gap = gaps[k / 2];
	if (age > 180.0 * 86400.0)
		mt->frequency = SX_FREQ_STATIC;
	else if (gap <= 300)
		mt->frequency = SX_FREQ_REALTIME;
	else if (gap <= 2 * 3600)
		mt->frequency = SX_FREQ_HOURLY;
	else if (gap <= 3 * 86400)
		mt->frequency = SX_FREQ_DAILY;
	else
		mt->frequency = SX_FREQ_STATIC;
	mt->frequency_evidence = sx_arena_printf(
	    m->arena, "median gap %.0f s between %zu sampled '%s' values; newest %.1f days old",
	    gap, n, c->col->name, age / 86400.0);
}

/* Tables of organisations and places: their address, coordinates and tax
 * number describe a business, not a person. */
static bool org_table(const char *table)
{
	static const char *const o[] = {
	    "warehouse", "store",        "shop",    "branch",     "office",       "site",
	    "supplier",  "vendor",       "carrier", "company",    "organization", "organisation",
	    "partner",   "manufacturer", "plant",   "factory",    "depot",        "facility",
	    "station",   "airport",      "hotel",   "restaurant", "bank",         "agency",
	    "sklad",     "postavshchik", "outlet",  "terminal",   "hub",          "clinic",
	    "hospital",  "pharmacy",     "school",  "university", "college",      "campus",
	    "venue",     "premise",      "dealer",  "dealership", "franchise",    "cafe",
	    "salon",     "showroom",     "atm",     "merchant",   "counterparty", "filial",
	    "magazin",   "apteka",       "ofis",    "kontragent", "punkt",        "склад",
	    "магазин",   "филиал",       "офис",    "аптека",     "контрагент",   "поставщик",
	    /* issue 22 */
	    "kitchen",   "canteen",      "bakery",  "workshop",   "garage",       "academy",
	    "hostel",    "kindergarten", "daycare", NULL};
	sx__words w;
	size_t i;
	const char *const *p;
	sx__split(table, &w);
	for (i = 0; i < w.n; i++) {
		char s1[SX__WORD_MAX];
		sx__singular(w.w[i], s1, sizeof s1);
		for (p = o; *p; p++)
			if (!strcmp(s1, *p))
				return true;
	}
	return false;
}

static bool person_word_in(const char *col)
{
	sx__words w;
	size_t i;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++)
		if (!strcmp(w.w[i], "contact") || !strcmp(w.w[i], "person") ||
		    !strcmp(w.w[i], "owner") || !strcmp(w.w[i], "home") ||
		    !strcmp(w.w[i], "manager") || !strcmp(w.w[i], "director"))
			return true;
	return false;
}

/* Words that say a column holds things, not people ("favourite_brand",
 * "book_title", "product_name", "dolzhnost"): capitalised values with a
 * given name in them are then brands, titles or wards named after someone
 * ("Calvin Klein", "Oliver Twist", "St Anne Ward"), not anyone's name. */
static bool thing_name(const char *col)
{
	static const char *const en[] = {
	    "brand",   "product", "item",   "model",    "make",     "title",      "label",
	    "category", "tag",    "vendor", "company",  "organisation", "organization", "firm",
	    "employer", "dish",   "meal",   "recipe",   "book",     "film",       "movie",
	    "song",    "album",   "team",   "hotel",    "venue",    "street",     "city",
	    "town",    "country", "ship",   "vessel",   "award",    "prize",      "course",
	    "event",   "department", "dept", "ward",    "room",     "hall",       "building",
	    "position", "job",    "drug",   "medication", "medicine", "diagnosis", "plan",
	    "tariff",  "service", "store",  "shop",     "project",  "campaign",   "font",
	    "color",   "colour",  "breed",  "species",  "variety",  NULL};
	static const char *const ru[] = {
	    "dolzhnost", "nazvani",  "naimenovani", "tovar",     "brend",   "mark",   "otdel",
	    "kompani",   "organizac", "gorod",     "должност", "назван", "наименован",
	    "товар",     "бренд",    "марк",       "отдел",     "компани", "организац", "город",
	    NULL};
	sx__words w;
	size_t i;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++) {
		char s1[SX__WORD_MAX];
		sx__singular(w.w[i], s1, sizeof s1);
		if (in_list(s1, en) || in_list(w.w[i], en) || stem_in(w.w[i], ru))
			return true;
	}
	return false;
}

/* A column that names an organisation's place or number itself, in any
 * table: "branch_address", "office_lat", "legal_address" (an
 * organisation's registered seat), "company_inn", "org_inn". */
static bool business_column(const char *col)
{
	/* Russian organisations, in the genitive after what they own
	 * ("inn_vedomstva", "инн_организации"); a taxi or bus fleet ("park") */
	static const char *const org_ru[] = {
	    "vedomstv", "organizaci", "organizats", "kompani", "predpriyat", "uchrezhden",
	    "ведомств", "организаци", "компани",    "предприят", "учрежден",  NULL};
	static const char *const park[] = {"park", "parka", "avtopark", "taksopark", "парк",
	                                   "парка", "автопарк", "таксопарк", NULL};
	/* Places people go to and head offices, named in the column
	 * ("gym_address", "hq_addr"); a table of them may hold bookings or
	 * loans of people ("library_loans"), so only the column counts. */
	static const char *const place[] = {
	    "gym",    "fitness", "club",    "studio",  "spa",     "cinema",  "theatre",
	    "theater", "museum", "library", "council", "embassy", "hq",      "headquarters",
	    NULL};
	sx__words w;
	size_t i;
	if (org_table(col))
		return true;
	/* The lexicon's organisations and their parts, in any of its
	 * languages ("tel_syndic", "pec_aziendale", "werkgeverTelefoon",
	 * "sube_tel"), unless a person of it is named ("hr_manager_phone"),
	 * and company registration or tax numbers ("nip", "siret"). Issue 20. */
	if ((lex_kind_col('o', col) && !person_word_in(col)) || lex_kind_col('k', col))
		return true;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++)
		if (in_list(w.w[i], place) || !strcmp(w.w[i], "legal") ||
		    !strcmp(w.w[i], "business") ||
		    !strcmp(w.w[i], "org") || !strcmp(w.w[i], "firm") ||
		    !strcmp(w.w[i], "corporate") || !strncmp(w.w[i], "yuridichesk", 11) ||
		    !strncmp(w.w[i], "юридическ", strlen("юридическ")) || stem_in(w.w[i], org_ru) ||
		    in_list(w.w[i], park))
			return true;
	return false;
}

/* A legal person's word beside an id's (pii43): a firm's registration or
 * tax number, not a person's, whatever the id's word ("cedula_juridica",
 * "nif_persona_juridica", "спонсор_инн", "cnpj_fornecedor"): a legal
 * person (Spanish and Portuguese jurídica, French juridique, Italian
 * giuridica, German juristisch, Polish prawna, South Slavic pravna, Czech
 * právnická, Ukrainian юридична, Turkish tüzel), a sponsor, a supplier,
 * a cooperative. */
static bool firm_id_column(const char *col)
{
	static const char *const stem[] = {
	    "juridic",   "jurídic",   "juridiq",   "giuridic",  "juristisch", "prawn",
	    "pravn",     "právnick",  "pravnick",  "юридичн",   "tüzel",      "tuzel",
	    "sponsor",   "спонсор",   "patrocinad", "proveedor", "fornecedor", "fournisseur",
	    "lieferant", "поставщик", "постачальн", "dobavljac", "dobavljač", "dostawc",
	    "tedarikc",  "tedarikç",  "cooperativ", "kooperativ", "coöperatie", "zadrug",
	    "koperasi",  "synetairism", "συνεταιρισμ", NULL};
	sx__words w;
	size_t i;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++)
		if (stem_in(w.w[i], stem))
			return true;
	return false;
}

/* Value classes that a pattern can confirm or refute. */
static bool value_checkable(sx_map_pii p)
{
	return p == SX_PII_EMAIL || p == SX_PII_PHONE || p == SX_PII_PAYMENT_CARD ||
	       p == SX_PII_IBAN || p == SX_PII_IP_ADDRESS || p == SX_PII_GOVERNMENT_ID;
}

static bool family_fits(sx_map_pii p, sx_typefam f)
{
	switch (p) {
	case SX_PII_EMAIL:
	case SX_PII_PERSON_NAME:
	case SX_PII_POSTAL_ADDRESS:
	case SX_PII_IBAN:
	case SX_PII_FREE_TEXT:
		return f == SX_TF_TEXT || f == SX_TF_OTHER;
	case SX_PII_BIRTH_DATE:
		return f == SX_TF_DATE || f == SX_TF_TIMESTAMP || f == SX_TF_TEXT ||
		       f == SX_TF_OTHER || f == SX_TF_INTEGER;
	case SX_PII_GEOLOCATION:
		return f == SX_TF_FLOAT || f == SX_TF_DECIMAL || f == SX_TF_TEXT ||
		       f == SX_TF_OTHER;
	case SX_PII_IP_ADDRESS:
		return f == SX_TF_TEXT || f == SX_TF_OTHER || f == SX_TF_INTEGER;
	default:
		return f == SX_TF_TEXT || f == SX_TF_OTHER || f == SX_TF_INTEGER ||
		       f == SX_TF_DECIMAL;
	}
}

/* A name that says the column identifies a thing ("cell_id", "site_code",
 * "route_key"): digits in groups there are a network's or a system's
 * numbering ("250-01-7764-58177"), not a phone number, unless the name
 * says phone. */
static bool identifier_name(const char *col)
{
	static const char *const id[] = {"id", "code", "key", "ref", "uuid", "guid", "hash", NULL};
	sx__words w;
	sx__split(col, &w);
	/* ...or a reference or file number of the lexicon, in any place
	 * ("protocolo_concessionaria", "numero_pratica"; issue 20) */
	return (w.n > 1 && in_list(w.w[w.n - 1], id)) || lex_kind_col('i', col);
}

/* Equipment that has an IP address: a server's or a gateway's address
 * is not a person's ("nas_ip", "server_ip", "gateway_addr"). */
static bool equipment_column(const char *col)
{
	static const char *const e[] = {"server", "srv",   "nas",    "gateway", "gw",
	                                "router", "switch", "host",  "proxy",   "dns",
	                                "firewall", "nameserver", NULL};
	sx__words w;
	sx__split(col, &w);
	return any_word(&w, e, false);
}

/* A government id name whose numbers carry a checksum (INN, SNILS). */
static bool checksum_id_rule(const char *rule)
{
	size_t r;
	for (r = 0; rule && r < sizeof name_rules / sizeof name_rules[0]; r++)
		if (name_rules[r].pat == rule)
			return name_rules[r].sub && (!strcmp(name_rules[r].sub, "inn") ||
			                             !strcmp(name_rules[r].sub, "snils"));
	return false;
}

static bool contact_name(const char *col)
{
	static const char *const c[] = {"contact", "contacts", "kontakt", "kontakty",
	                                "контакт", "контакты", "ctc",      NULL};
	sx__words w;
	sx__split(col, &w);
	return any_word(&w, c, false);
}

/* Combines name and value evidence of one column. */
typedef SX_VEC(sx_map_column) colvec;

/* A vendor or a seller shown to be a person in this table: a column
 * named after the party holds names with known given names ("vendor_name"
 * of private sellers). Its phone and address are then a person's. */
static bool party_in(const char *col)
{
	sx__words w;
	size_t i;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++)
		if (party_word_en(w.w[i]) || stem_in(w.w[i], party_ru))
			return true;
	return false;
}

static bool party_is_person(const struct colstat *st, size_t n)
{
	size_t j;
	for (j = 0; j < n; j++)
		if (party_in(st[j].col->name) && st[j].nonnull >= 5 &&
		    st[j].named * 5 >= st[j].nonnull * 3 && st[j].org_like * 10 < st[j].nonnull * 3)
			return true;
	return false;
}

/* A date column named for a document's validity or a term's bounds
 * ("passport_issued_on", "valid_until", "start_date"): days spread over
 * years on every weekday, yet no one's birth (issue 24). */
static bool validity_name(const char *col)
{
	static const char *const en[] = {"issue", "issued", "expiry", "expire", "expires",
	                                 "expiration", "valid", "validity", "until", "start",
	                                 "end", "hire", "hired", "joined", NULL};
	sx__words w;
	size_t i;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++)
		if (in_list(w.w[i], en))
			return true;
	return false;
}

/* Twenty days or more written in numbers, a weekend's share between 15%
 * and 45% (two days in seven is 29%), and no day of the week with more
 * than 30% of them (issue 24). */
static bool birth_weekdays(const struct colstat *st)
{
	size_t n = 0, k;
	for (k = 0; k < 7; k++)
		n += st->weekday[k];
	if (n < 20)
		return false;
	for (k = 0; k < 7; k++)
		if (st->weekday[k] * 10 > n * 3)
			return false;
	k = st->weekday[0] + st->weekday[6];
	return k * 100 >= n * 15 && k * 100 <= n * 45;
}

static bool birth_years(const struct colstat *st)
{
	time_t now = time(NULL);
	struct tm tm;
	int year;
	gmtime_r(&now, &tm);
	year = tm.tm_year + 1900;
	/* the Gregorian year, a Buddhist era's (Thailand: 543 more) or a
	 * Solar Hijri one (Iran, Afghanistan: 621 less), issue 22 */
	{
		static const int shift[] = {0, -543, 621};
		size_t k;
		for (k = 0; k < 3; k++)
			if (st->year_max + shift[k] <= year &&
			    st->year_min + shift[k] >= year - 110 &&
			    st->year_max - st->year_min >= 30)
				return true;
		/* Issue 24: a narrower generation (a marriage register's
		 * spouses, a school's pupils) spread over eight years or more
		 * (ten before pii26: a school's nine birth years),
		 * none in the last three years, and on every day of the week
		 * alike: people are born on Sundays as on Mondays, while hires,
		 * races, orders and weddings keep to some days. Not under a
		 * name of validity (a document issued on, valid until). */
		if (birth_weekdays(st) && !(st->col && validity_name(st->col->name)))
			for (k = 0; k < 3; k++)
				if (st->year_max + shift[k] <= year - 3 &&
				    st->year_min + shift[k] >= year - 110 &&
				    st->year_max - st->year_min >= 8)
					return true;
	}
	return false;
}

/* pii51: the letters of three scripts of thin languages as their Latin
 * orthographies write them, so that a name in the script meets the words
 * listed romanised. Canadian syllabics as Inuktitut reads them (a
 * syllable is a consonant and i, u or a, doubled when long; the finals are
 * the consonant alone: "ᐊᑎᖓ" -> "atinga"), from U+1400; Tifinagh by the
 * Latin of the Tamazight orthographies (emphatics as plain letters:
 * "ⵜⵉⵍⵉⴼⵓⵏ" -> "tilifun"), from U+2D30. NULL for a sign of neither. */
static const char *syllabic_latin(unsigned c)
{
	static const struct {
		unsigned short cp;
		char s[6];
	} syl[] = {
	    {0x1403, "i"},    {0x1404, "ii"},   {0x1405, "u"},     {0x1406, "uu"},
	    {0x140A, "a"},    {0x140B, "aa"},   {0x1431, "pi"},    {0x1432, "pii"},
	    {0x1433, "pu"},   {0x1434, "puu"},  {0x1438, "pa"},    {0x1439, "paa"},
	    {0x1449, "p"},    {0x144E, "ti"},   {0x144F, "tii"},   {0x1450, "tu"},
	    {0x1451, "tuu"},  {0x1455, "ta"},   {0x1456, "taa"},   {0x1466, "t"},
	    {0x146D, "ki"},   {0x146E, "kii"},  {0x146F, "ku"},    {0x1470, "kuu"},
	    {0x1472, "ka"},   {0x1473, "kaa"},  {0x1483, "k"},     {0x148B, "gi"},
	    {0x148C, "gii"},  {0x148D, "gu"},   {0x148E, "guu"},   {0x1490, "ga"},
	    {0x1491, "gaa"},  {0x14A1, "g"},    {0x14A5, "mi"},    {0x14A6, "mii"},
	    {0x14A7, "mu"},   {0x14A8, "muu"},  {0x14AA, "ma"},    {0x14AB, "maa"},
	    {0x14BB, "m"},    {0x14C2, "ni"},   {0x14C3, "nii"},   {0x14C4, "nu"},
	    {0x14C5, "nuu"},  {0x14C7, "na"},   {0x14C8, "naa"},   {0x14D0, "n"},
	    {0x14D5, "li"},   {0x14D6, "lii"},  {0x14D7, "lu"},    {0x14D8, "luu"},
	    {0x14DA, "la"},   {0x14DB, "laa"},  {0x14EA, "l"},     {0x14EF, "si"},
	    {0x14F0, "sii"},  {0x14F1, "su"},   {0x14F2, "suu"},   {0x14F4, "sa"},
	    {0x14F5, "saa"},  {0x1505, "s"},    {0x1528, "ji"},    {0x1529, "jii"},
	    {0x152A, "ju"},   {0x152B, "juu"},  {0x152D, "ja"},    {0x152E, "jaa"},
	    {0x153E, "j"},    {0x1546, "ri"},   {0x1547, "rii"},   {0x1548, "ru"},
	    {0x1549, "ruu"},  {0x154B, "ra"},   {0x154C, "raa"},   {0x1550, "r"},
	    {0x1555, "vi"},   {0x1556, "vii"},  {0x1557, "vu"},    {0x1558, "vuu"},
	    {0x1559, "va"},   {0x155A, "vaa"},  {0x155D, "v"},     {0x157C, "h"},
	    {0x157F, "qi"},   {0x1580, "qii"},  {0x1581, "qu"},    {0x1582, "quu"},
	    {0x1583, "qa"},   {0x1584, "qaa"},  {0x1585, "q"},     {0x158F, "ngi"},
	    {0x1590, "ngii"}, {0x1591, "ngu"},  {0x1592, "nguu"},  {0x1593, "nga"},
	    {0x1594, "ngaa"}, {0x1595, "ng"},   {0x1596, "nng"},   {0x15A0, "li"},
	    {0x15A1, "lii"},  {0x15A2, "lu"},   {0x15A3, "luu"},   {0x15A4, "la"},
	    {0x15A5, "laa"},  {0x15A6, "l"},    {0x1671, "nngi"},  {0x1672, "nngii"},
	    {0x1673, "nngu"}, {0x1674, "nnguu"}, {0x1675, "nnga"}, {0x1676, "nngaa"}};
	/* U+2D30..U+2D67 */
	static const char *const tfng[] = {
	    "a", "b", "b", "g", "gh", "j", "j", "d", "d", "d", "d", "e", "f", "k",
	    "k", "kh", "h", "h", "h", "h", "a", "kh", "kh", "q", "q", "i", "j", "j",
	    "j", "l", "m", "n", "gn", "ng", "p", "u", "r", "r", "gh", "gh", "gh", "s",
	    "s", "ch", "t", "t", "ch", "t", "v", "w", "y", "z", "z", "z", "e", "o"};
	size_t lo = 0, hi = sizeof syl / sizeof syl[0];
	if (c >= 0x2D30 && c <= 0x2D67)
		return tfng[c - 0x2D30];
	if (c == 0x2D6F)
		return "w"; /* labialised */
	if (c == 0x2D7F)
		return ""; /* the joiner */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (syl[mid].cp == c)
			return syl[mid].s;
		if (syl[mid].cp < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* pii51: Meitei Mayek (U+ABC0..U+ABF9) as Manipuri is romanised: a
 * consonant carries an "a" unless a vowel sign or the apun (the virama)
 * follows it (next, the code point after c); the lonsum letters are
 * finals ("ꯃꯤꯡ" -> "ming", "ꯂꯩꯐꯝ" -> "leipham"); digits as digits. NULL
 * outside the block. */
static const char *meitei_latin(unsigned c, unsigned next, char *buf)
{
	static const char *const letter[] = {
	    "k", "s", "l", "m", "p", "n", "ch", "t", "kh", "ng", "th", "w", "y", "h", "u", "i",
	    "ph", "a", "g", "jh", "r", "b", "j", "d", "gh", "dh", "bh", "k", "l", "m", "p", "n",
	    "t", "ng", "i"};
	static const char *const sign[] = {"o", "i", "a", "e", "ou", "u", "ei", "ng"};
	if (c >= 0xABF0 && c <= 0xABF9) {
		buf[0] = (char)('0' + (c - 0xABF0));
		buf[1] = 0;
		return buf;
	}
	if (c >= 0xABE3 && c <= 0xABEA)
		return sign[c - 0xABE3];
	if (c == 0xABEB || c == 0xABEC || c == 0xABED)
		return ""; /* the full stop, the tone mark, the apun */
	if (c < 0xABC0 || c > 0xABE2)
		return NULL;
	/* the independent vowels and the finals carry none */
	if (c == 0xABCE || c == 0xABCF || c == 0xABD1 || c >= 0xABDB ||
	    (next >= 0xABE3 && next <= 0xABE9) || next == 0xABED)
		return letter[c - 0xABC0];
	snprintf(buf, 4, "%sa", letter[c - 0xABC0]);
	return buf;
}

/* Issue 25: a column's name in Latin letters with diacritics or in Greek
 * letters, written in plain ASCII letters ("e_pošta" -> "e_posta", "ΑΦΜ"
 * -> "afm", "ngày_sinh" -> "ngay_sinh"), as people transliterate them;
 * false when nothing changes or a character of another script is left.
 * Latin-1, Latin Extended-A, the Vietnamese letters and the Greek
 * alphabet with its tonos are mapped. pii51: apostrophes and glottal
 * stops inside a word dropped ("na'an" -> "naan", "bizhiʼ" -> "bizhi"),
 * combining accents and the ogonek'd o dropped to their letter, and the
 * scripts of syllabic_latin and meitei_latin read in Latin. */
static bool ascii_column_name(const char *in, char *out, size_t n)
{
	/* U+00C0..U+00FF, U+0100..U+017F by their base letter; '_' for
	 * the signs among them */
	static const char latin1[] = "aaaaaaaceeeeiiiidnooooo_ouuuuytsaaaaaaaceeeeiiiidnooooo_ouuuuyty";
	static const char ext_a[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
	                            "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
	/* U+1EA0..U+1EF9: the Vietnamese vowels with their marks */
	static const char viet[] = "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooo"
	                           "uuuuuuuuuuuuuuyyyyyyyy";
	/* U+03B1..U+03C9, lower case (capitals are 0x20 below) */
	static const char *const greek[] = {"a", "v", "g", "d",  "e", "z", "i", "th", "i",
	                                    "k", "l", "m", "n",  "x", "o", "p", "r",  "s",
	                                    "s", "t", "y", "f",  "ch", "ps", "o"};
	const char *p = in;
	size_t o = 0;
	bool changed = false;
	while (*p) {
		unsigned c = (unsigned char)*p < 0x80 ? (unsigned char)*p++ : utf8_next(&p);
		const char *rep = NULL, *q = p;
		char one[2] = {0, 0}, buf[8];
		if (!c)
			return false;
		if ((c == '\'' || c == '`') && o > 0 && isalpha((unsigned char)out[o - 1])) {
			/* an apostrophe after a letter is a glottal stop or an
			 * elision inside the word, no separator (pii51) */
			changed = true;
			continue;
		}
		if (c < 0x80) {
			one[0] = (char)c;
			rep = one;
		} else if (c == 0x2BC || c == 0x2BB || c == 0x2BF || c == 0x2018 || c == 0x2019 ||
		           (c >= 0x300 && c <= 0x36F)) {
			rep = ""; /* modifier apostrophes, ʻokina, combining marks */
		} else if (c == 0x1EA || c == 0x1EB) {
			rep = "o"; /* ǫ */
		} else if ((c >= 0x1400 && c <= 0x167F) || (c >= 0x2D30 && c <= 0x2D7F)) {
			if (!(rep = syllabic_latin(c)))
				return false;
		} else if (c >= 0xABC0 && c <= 0xABFF) {
			unsigned next = *q ? utf8_next(&q) : 0;
			if (!(rep = meitei_latin(c, next, buf)))
				return false;
		} else if (c >= 0xC0 && c <= 0xFF) {
			one[0] = latin1[c - 0xC0];
		} else if (c >= 0x100 && c <= 0x17F) {
			one[0] = ext_a[c - 0x100];
		} else if (c >= 0x1EA0 && c <= 0x1EF9) {
			one[0] = viet[c - 0x1EA0];
		} else if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) {
			rep = greek[c - 0x391];
		} else if (c >= 0x3B1 && c <= 0x3C9) {
			rep = greek[c - 0x3B1];
		} else if (c == 0x386 || c == 0x3AC) {
			rep = "a";
		} else if (c == 0x388 || c == 0x3AD) {
			rep = "e";
		} else if (c == 0x389 || c == 0x38A || c == 0x390 || c == 0x3AE || c == 0x3AF ||
		           c == 0x3CA) {
			rep = "i";
		} else if (c == 0x38C || c == 0x38F || c == 0x3CC || c == 0x3CE) {
			rep = "o";
		} else if (c == 0x38E || c == 0x3B0 || c == 0x3CB || c == 0x3CD) {
			rep = "y";
		} else {
			return false;
		}
		if (!rep)
			rep = one;
		if (c >= 0x80)
			changed = true;
		if (o + strlen(rep) + 1 > n)
			return false;
		memcpy(out + o, rep, strlen(rep));
		o += strlen(rep);
	}
	out[o] = 0;
	return changed;
}

/* ...a bare name word of the lexicon in the name so written (pii51: "ⵉⵙⵎ"
 * as "ism", "ꯃꯤꯡ" as "ming") */
static bool ascii_bare_name(const char *col)
{
	char an[256];
	return ascii_column_name(col, an, sizeof an) && lex_kind_col('b', an);
}

/* Another column of t is by its name a person's phone, e-mail, birth date
 * or identity number: t is a table of people, whatever its name says
 * (pii37; a list of products or of cities holds none). */
static bool people_beside(const sx_table *t, const sx_column *col)
{
	size_t i;
	for (i = 0; i < t->ncols; i++) {
		double sc;
		const char *r;
		sx_map_pii c;
		if (&t->cols[i] == col)
			continue;
		c = sx__pii_by_name(t->name, &t->cols[i], &sc, &r);
		if (c == SX_PII_PHONE || c == SX_PII_EMAIL || c == SX_PII_BIRTH_DATE ||
		    c == SX_PII_GOVERNMENT_ID)
			return true;
	}
	return false;
}

/* Another column named a birth date ("ዕለት_ልደት", "date_of_birth"): the
 * table's rows are people, whatever its name says (pii52: a clinic's
 * patients under "hmumat_mekelle_clinic", Tigrinya "patients" and an
 * English "clinic"; an organisation has no birth date). */
static bool born_beside(const sx_table *t, const sx_column *col)
{
	size_t i;
	for (i = 0; i < t->ncols; i++) {
		double sc;
		const char *r;
		if (&t->cols[i] == col)
			continue;
		if (sx__pii_by_name(t->name, &t->cols[i], &sc, &r) == SX_PII_BIRTH_DATE)
			return true;
	}
	return false;
}

/* A card word alone, or with only a number word or a bank's word beside
 * it ("karta", "KORTTI", "kart_no", "ikarita_banki"; pii40): a bank card
 * in a table of people. A word of any other kind ("id_karta",
 * "karta_loyalnosti", "sim_card") leaves it to the other rules. */
/* A card's word with a case or possessive ending of one to three letters
 * (Turkic "kart-isi", "карт-асы", "kart-es"; pii43): the stem of four
 * letters or more, which no other common word of a table of people
 * begins with beside a bank's or a payment's word. */
static bool card_stem(const char *w)
{
	static const char *const stem[] = {"kart", "карт", "kaart", "kaad", NULL};
	static const char *const not_card[] = {"karton", "kartel", "karting", "kartof",
	                                       "картон", "картел", "картоф", "картин", NULL};
	const char *const *p;
	for (p = stem; *p; p++) {
		size_t n = strlen(*p), left = 0;
		const char *q;
		if (strncmp(w, *p, n))
			continue;
		if (stem_in(w, not_card))
			return false;
		for (q = w + n; *q; q++)
			if (((unsigned char)*q & 0xC0) != 0x80)
				left++;
		return left <= 3;
	}
	return false;
}

/* A payment's word, for a card's (pii43): the card pays, so it is a bank's
 * ("tarjeta_pago", "тёлев_картасы", "payer_card_no"), in the languages of
 * the earlier folds and the Turkic ones, where "payment" is one stem. */
static bool pay_word(const char *w)
{
	static const char *const pay[] = {"pay",      "payment", "payer",     "pago",  "pagos",
	                                  "cobro",    "pagamento", "paiement", "zahlung", "atm",
	                                  "bayar",    "pembayaran", "malipo",  "odeme", "ödeme",
	                                  "tolov",    "to'lov",  "tolem",     "tölem", "toleg",
	                                  "töleg",    "thanakhan", NULL};
	static const char *const pay_stem[] = {"оплат", "платеж", "платёж", "төлем", "төлөм",
	                                       "төлөв", "тёлев", "түләү", "төләү", NULL};
	return in_list(w, pay) || stem_in(w, pay_stem);
}

/* "Of" between a card's word and its bank's ("kad_blong_bank",
 * "tarjeta_de_credito"): no word of its own. */
static bool of_word(const char *w)
{
	static const char *const of[] = {"of", "de", "da", "do", "du", "del", "di", "ya", "wa",
	                                 "la", "na", "ng", "blong", "bilong", NULL};
	return in_list(w, of);
}

static bool bare_card_name(const char *col)
{
	static const char *const card[] = {
	    "card",  "cards", "karta", "kart",   "karte",   "carte",   "carta",   "tarjeta",
	    "cartao", "cartão", "kaart", "kortti", "kort",  "kartya",  "kártya",  "kad",
	    "kaadi", "kaati", "karti", "карта",  "картка",  "kartu",   "kartica", "ikarita",
	    "karita", "kadi", "karchi", "kard", NULL}; /* pap, ch (pii50) */
	static const char *const bank[] = {"bank", "banki", "banka", "banko", "bancaria",
	                                   "bancaire", "credit", "debit", "kredit", "debet",
	                                   "plastik", "plastic", "банк", "банка", NULL};
	sx__words w;
	size_t i;
	bool any = false;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++) {
		if (in_list(w.w[i], card) || card_stem(w.w[i]))
			any = true;
		else if (!number_word(w.w[i]) && !in_list(w.w[i], bank) && !pay_word(w.w[i]) &&
		         !of_word(w.w[i]))
			return false;
	}
	return any;
}

/* ...as written or with its letters in ASCII ("kaadị_atm") */
/* pii53: a card's word with a number's word and any other ("ghana_card_no",
 * "matdar_card_no", "health_card_no") */
static bool qualified_card_name(const char *col)
{
	char an[256];
	sx__words w;
	size_t i;
	bool card = false, num = false;
	sx__split(ascii_column_name(col, an, sizeof an) ? an : col, &w);
	for (i = 0; i < w.n; i++) {
		if (number_word(w.w[i]))
			num = true;
		else if (bare_card_name(w.w[i]))
			card = true;
	}
	return card && num;
}
static bool card_name_any(const char *col)
{
	char an[256];
	return bare_card_name(col) ||
	       (ascii_column_name(col, an, sizeof an) && bare_card_name(an));
}

/* Eight or nine bare digits for four values in five, nine in ten of them
 * with one first digit: a country's mobile numbers written without their
 * code or a trunk 0 (pii42). Only agrees with a phone's name. */
static bool national_bare(const struct colstat *c)
{
	size_t k, top = 0;
	if (c->nat_bare < 5 || c->nat_bare * 5 < c->nonnull * 4)
		return false;
	for (k = 0; k < 10; k++)
		if (c->nat_first[k] > top)
			top = c->nat_first[k];
	return top * 10 >= c->nat_bare * 9;
}

/* A phone's name with no word beside its phone word but a number's or
 * "of" ("mobilni", "inambala_ya_foni"; "thorasap_rongsi", a mill's
 * phone, has one) */
static bool phone_word_alone(const char *col)
{
	sx__words w;
	size_t i, other = 0;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++)
		if (!number_word(w.w[i]) && !of_word(w.w[i]))
			other++;
	return other == 1;
}

/* A mobile-money wallet's brand with one other word ("laharana_mvola",
 * "lambarka_zaad", "namba_mpesa"): the wallet is a phone number, whatever
 * the language's word for its number. A transaction's, an amount's or a
 * date's word beside it is the payment's, not the wallet's (pii42): a
 * record, a receipt, a transaction, an amount, in the languages where
 * these wallets are used (Swahili kumbukumbu, risiti, muamala, kiasi). */
static bool wallet_name(const char *col)
{
	static const char *const brand[] = {"mpesa", "momo", "mvola", "zaad", "ecocash",
	                                    "telebirr", "bkash", "gcash", "easypaisa",
	                                    "jazzcash", "tigopesa", "sahal", "evc", NULL};
	static const char *const pay[] = {"amount", "amt", "balance", "fee", "total", "sum",
	                                  "date", "status", "txn", "trx", "transaction",
	                                  "trans", "tx", "ref", "reference", "code", "id",
	                                  "pin", "receipt", "kumbukumbu", "risiti", "muamala",
	                                  "kiasi", "referencia", "recibo", "comprobante", "monto",
	                                  "saldo", "montant", "solde", "valor", NULL};
	/* the network that runs the wallet, and "of", say nothing of what
	 * the column holds ("inambala_ya_mtn_momo", "numero_orange_money"
	 * has no brand of the list and stays out; pii44) */
	static const char *const network[] = {"mtn", "airtel", "vodacom", "safaricom", "tigo",
	                                      "zamtel", "orange", "moov", "glo", "telma",
	                                      "halotel", "ethio", "grameen", "jazz", "globe",
	                                      NULL};
	sx__words w;
	size_t i, other = 0;
	bool any = false;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++) {
		if (in_list(w.w[i], brand))
			any = true;
		else if (in_list(w.w[i], pay))
			return false;
		else if (of_word(w.w[i]) || in_list(w.w[i], network))
			continue;
		else if (strlen(w.w[i]) < 4 || ++other > 1)
			return false;
	}
	return any && other == 1;
}

/* A Romance "birth" as its loanwords write it ("nacimiento", "nascimento",
 * "nasimentu", "nasementu"): the consonants, c and z read as s, a doubled
 * one once, are n s m n t (pii48). */
static bool birth_skeleton(const char *w)
{
	char k[16];
	size_t n = 0;
	const char *p;
	for (p = w; *p && n + 1 < sizeof k; p++) {
		char c = *p;
		if (strchr("aeiouy", c))
			continue;
		if (c == 'c' || c == 'z')
			c = 's';
		if (c < 'a' || c > 'z')
			return false;
		if (n && k[n - 1] == c)
			continue;
		k[n++] = c;
	}
	k[n] = 0;
	return w[0] == 'n' && !strcmp(k, "nsmnt");
}

/* A date's word with a birth's, "of" between them or not: "fecha_de_nac"
 * read as "fecha_nac", "fecha_di_nasementu" as a date and a loanword of a
 * Romance "birth" (pii48). The name is read again without its "of" words;
 * only a birth date is taken from it. */
static bool birth_of_name(const char *table, const sx_column *col)
{
	static const char *const date[] = {"fecha", "data", "date", "dia", "dato", "datum",
	                                   "dt", "fec", NULL};
	sx__words w;
	sx_column rest = *col;
	char rn[256];
	size_t i, k = 0, len = 0;
	bool any_of = false, any_date = false, any_birth = false;
	double sc;
	const char *r;
	sx__split(col->name, &w);
	rn[0] = 0;
	for (i = 0; i < w.n; i++) {
		if (of_word(w.w[i])) {
			any_of = true;
			continue;
		}
		any_date |= in_list(w.w[i], date);
		any_birth |= birth_skeleton(w.w[i]);
		if (len < sizeof rn)
			len += (size_t)snprintf(rn + len, sizeof rn - len, "%s%s", k++ ? "_" : "",
			                        w.w[i]);
	}
	if (any_date && any_birth && k == 2)
		return true;
	if (!any_of || k < 2)
		return false;
	rest.name = rn;
	return sx__pii_by_name(table, &rest, &sc, &r) == SX_PII_BIRTH_DATE;
}

/* A loanword of "remark" alone as a column's name ("remak", "remarka",
 * "remarko"): the consonants r m k or r m r k, q read as k (pii48). */
static bool remark_loan_name(const char *col)
{
	sx__words w;
	char k[16];
	size_t n = 0;
	const char *p;
	sx__split(col, &w);
	if (w.n != 1 || strncmp(w.w[0], "rem", 3) != 0)
		return false;
	for (p = w.w[0]; *p && n + 1 < sizeof k; p++) {
		char c = *p == 'q' ? 'k' : *p;
		if (strchr("aeiouy", c))
			continue;
		if (c < 'a' || c > 'z')
			return false;
		k[n++] = c;
	}
	k[n] = 0;
	return !strcmp(k, "rmk") || !strcmp(k, "rmrk");
}

/* An e-mail's word and "id" alone ("email_id", "e_mail_ID", "mail_id")
 * declared as text: in Indian and South Asian English the "e-mail ID" is
 * the address itself; a key to a table of addresses would be a number or
 * a uuid (pii48). Read without values only; sampled, the values decide. */
static bool text_email_id(const sx_column *col)
{
	sx__words w;
	char j[256];
	if (col->family != SX_TF_TEXT)
		return false;
	sx__split(col->name, &w);
	if (w.n < 2 || strcmp(w.w[w.n - 1], "id") != 0)
		return false;
	w.n--;
	sx__join(&w, 0, w.n, j, sizeof j);
	return !strcmp(j, "email") || !strcmp(j, "mail");
}

/* A driving licence by a loanword of "licence" as thin languages write it
 * ("laisene", "laikini", "laisenisi", "lisensi", "leseni"), alone, with a
 * number's or "of" word, or with a word of driving ("laisene_avetaavale",
 * "leseni_ya_udereva"); a firm's or a trade's licence has another word
 * ("licencia_operativa") and is left to the other rules (pii45). The
 * European spellings (license, licencia, Lizenz) name software and trade
 * licences too and are not taken alone. */
static bool licence_loan_name(const char *col)
{
	static const char *const loan[] = {"laisen",  "laisin",  "laiken",  "laikin",
	                                   "lisens",  "lisenz",  "leseni",  "laysens",
	                                   "laisens", "raisens", "laesens", NULL};
	static const char *const drive[] = {"driving",   "driver",    "drive",  "avetaavale",
	                                    "udereva",   "kuendesha", "dereva", "memandu",
	                                    "mengemudi", NULL};
	sx__words w;
	size_t i;
	bool any = false;
	sx__split(col, &w);
	for (i = 0; i < w.n; i++) {
		if (stem_in(w.w[i], loan))
			any = true;
		else if (!number_word(w.w[i]) && !of_word(w.w[i]) && !in_list(w.w[i], drive))
			return false;
	}
	return any;
}

/* Sampled values that read as short phrases of words and as nothing
 * else (pii47): half of them two words or more, few of five words or
 * more, few without a letter or a number alone, no organisation's word,
 * no template, no class of values for half of them, six in ten
 * distinct. Names too long in bytes for the value rules (three words in
 * an Indic script) look so; codes, amounts, dates, prose and a
 * catalog's repeated items do not. */
static bool wordy_values(const struct colstat *st)
{
	size_t i;
	if (st->nonnull < 20 || st->prose * 2 < st->nonnull ||
	    st->text_vals.n * 5 >= st->nonnull || st->no_letters * 10 >= st->nonnull ||
	    st->numbers * 10 >= st->nonnull || st->org_like * 10 >= st->nonnull || st->templates)
		return false;
	for (i = 1; i < SX_PII_COUNT; i++)
		if (st->hits[i] * 2 >= st->nonnull)
			return false;
	/* one a person, most of them distinct: a catalog's few parts or
	 * kinds repeat */
	return distinct_count(st->word_vals.v, st->word_vals.n) * 10 >= st->nonnull * 6;
}

/* The sampled values do not contradict class p, read from a name through
 * the loanwords' keys (pii50: "direksion_koreo", a Chamorro mail address,
 * has "koreo" for "correo" over street addresses): a precise class needs
 * half of the values its own (an e-mail's '@', a phone's digits, a card's
 * Luhn, a date's day); a class of words, values with letters, and no half
 * of them another precise class's. */
static bool keyed_values_fit(sx_map_pii p, const struct colstat *st)
{
	size_t n = st->nonnull, i, own;
	switch (p) {
	case SX_PII_EMAIL:
		own = st->hits[p] + st->embedded[p];
		break;
	case SX_PII_PHONE:
		own = st->hits[p] + st->embedded[p] + st->phone_tokens;
		if (st->no_letters > own)
			own = st->no_letters;
		break;
	case SX_PII_PAYMENT_CARD:
		own = st->hits[p] + st->card_tails;
		if (st->luhn_long > own)
			own = st->luhn_long;
		break;
	case SX_PII_IBAN:
	case SX_PII_IP_ADDRESS:
		own = st->hits[p];
		break;
	case SX_PII_GEOLOCATION:
		own = st->numbers + st->hits[p] + st->geo_lettered;
		break;
	case SX_PII_BIRTH_DATE:
		own = st->day_dates;
		if (st->hits[p] > own)
			own = st->hits[p];
		break;
	default:
		if (p != SX_PII_GOVERNMENT_ID && st->no_letters * 2 >= n)
			return false;
		for (i = 1; i < SX_PII_COUNT; i++)
			if (i != (size_t)p && (value_checkable((sx_map_pii)i) ||
			                       i == SX_PII_GEOLOCATION) &&
			    st->hits[i] * 2 >= n)
				return false;
		return true;
	}
	return own * 2 >= n;
}

static int classify(sx_dbmap *m, const sx_table *t, const sx_column *col, struct colstat *st,
		    bool person_party, colvec *out)
{
	double ns;
	const char *rule;
	bool keyed = false;
	sx_map_pii byname = pii_by_name_k(t->name, col, &ns, &rule, &keyed), cls = SX_PII_NONE;
	sx_map_pii byval = SX_PII_NONE;
	double share = 0, conf = 0;
	sx__evvec ev = {0};
	sx_map_column mc;
	size_t i, best = 0;
	bool from_comment = false;

	if (byname == SX_PII_NONE) {
		/* a name in Greek letters or with diacritics, in ASCII */
		char an[256];
		if (ascii_column_name(col->name, an, sizeof an)) {
			sx_column ac = *col;
			ac.name = an;
			byname = pii_by_name_k(t->name, &ac, &ns, &rule, &keyed);
		}
	}
	if (byname == SX_PII_NONE) {
		byname = pii_by_comment_k(t->name, col, &ns, &rule, &keyed);
		from_comment = byname != SX_PII_NONE;
	}
	if (byname != SX_PII_NONE && !family_fits(byname, col->family))
		byname = SX_PII_NONE;
	/* A class read through the loanwords' keys alone over sampled values
	 * that contradict it: the values decide (pii50) */
	if (byname != SX_PII_NONE && keyed && st && st->nonnull >= 5 &&
	    !keyed_values_fit(byname, st))
		byname = SX_PII_NONE;
	/* A latitude's name over values that are not numbers nor coordinate
	 * pairs: "pib_lat" holds a name in Latin letters, a transliteration
	 * (issue 21); the values decide. */
	if (byname == SX_PII_GEOLOCATION && st && st->nonnull >= 5 &&
	    (st->numbers + st->hits[SX_PII_GEOLOCATION]) * 2 < st->nonnull)
		byname = SX_PII_NONE;
	/* A name word beside a word no list holds is a guess for a catalog
	 * read without values (pii37); where values were sampled, they
	 * decide, as they did before the guess, unless they are short
	 * phrases one a row that no value rule reads (pii47: names in a
	 * script or a length the name rules of values miss), or names that
	 * the value rules read in half of them at least, which agree with
	 * it (pii53: "Казаналипова Г.А.", "Фатима, 11 лет"). */
	if (byname == SX_PII_PERSON_NAME && rule && !strcmp(rule, "name + a word") &&
	    ((st && st->nonnull >= 5 && !wordy_values(st) &&
	      st->hits[SX_PII_PERSON_NAME] * 2 < st->nonnull) ||
	     !people_beside(t, col)))
		byname = SX_PII_NONE;
	/* A bare name word of the lexicon ("ନାମ", "jina", "hingoa"; not
	 * English "name", whose look-alikes the English rules know) in a
	 * table whose other columns are a person's phone, e-mail, birth
	 * date or id by their names: a person's name, for a catalog read
	 * without values, as a table of people by its name makes it (pii39;
	 * where values were sampled, they decide). */
	if (byname == SX_PII_NONE && !(st && st->nonnull >= 5) &&
	    (lex_kind_col('b', col->name) || ascii_bare_name(col->name)) &&
	    people_beside(t, col)) {
		byname = SX_PII_PERSON_NAME;
		ns = 0.6;
		rule = "name beside a person's data";
	}
	/* ...and a bank card's word alone there, or with a number word or a
	 * bank's word (pii40; where values were sampled, they decide) */
	if (byname == SX_PII_NONE && !(st && st->nonnull >= 5) && card_name_any(col->name) &&
	    !non_payment_card_table(t->name) && people_beside(t, col)) {
		byname = SX_PII_PAYMENT_CARD;
		ns = 0.6;
		rule = "card beside a person's data";
	}
	/* ...and, values sampled, a card's word with a number's word there
	 * over codes of one shape that no payment card is: an identity's
	 * card, a voter's, a health card; not a loyalty, gift, member's,
	 * library or access card, by the table's name or the column's
	 * (pii53) */
	if (byname == SX_PII_NONE && st && st->nonnull >= 20 && qualified_card_name(col->name) &&
	    !non_payment_card_table(t->name) && !non_payment_card_table(col->name) &&
	    people_beside(t, col) && st->hits[SX_PII_PAYMENT_CARD] == 0 &&
	    st->luhn_long * 10 < st->nonnull) {
		double u;
		if (uniform_ids(st, &u)) {
			byname = SX_PII_GOVERNMENT_ID;
			ns = 0.6;
			rule = "card of one shape beside a person's data";
		}
	}
	/* ...and a mobile-money wallet's brand with its number's word: a
	 * phone, read like a phone's name (pii42; values decide) */
	if (byname == SX_PII_NONE && wallet_name(col->name) && !identifier_name(col->name) &&
	    !business_column(col->name)) {
		byname = SX_PII_PHONE;
		ns = 0.7;
		rule = "wallet + a word";
	}
	/* ...and a date's word with a birth's, "of" between (pii48) */
	if (byname == SX_PII_NONE) {
		char an[256];
		sx_column ac = *col;
		ac.name = ascii_column_name(col->name, an, sizeof an) ? an : col->name;
		if (birth_of_name(t->name, col) || birth_of_name(t->name, &ac)) {
			byname = SX_PII_BIRTH_DATE;
			ns = 0.7;
			rule = "date + of + birth";
		}
	}
	/* ...and a loanword of "remark" alone (pii48) */
	if (byname == SX_PII_NONE && remark_loan_name(col->name)) {
		byname = SX_PII_FREE_TEXT;
		ns = 0.5;
		rule = "remark loanword";
	}
	/* ...and an e-mail ID declared as text (pii48; values decide) */
	if (byname == SX_PII_NONE && !(st && st->nonnull >= 5) && text_email_id(col)) {
		byname = SX_PII_EMAIL;
		ns = 0.7;
		rule = "email id as text";
	}
	/* ...and a driving licence by a loanword of "licence" beside a
	 * person's data (pii45) */
	if (byname == SX_PII_NONE) {
		char an[256];
		if ((licence_loan_name(col->name) ||
		     (ascii_column_name(col->name, an, sizeof an) && licence_loan_name(an))) &&
		    people_beside(t, col)) {
			byname = SX_PII_GOVERNMENT_ID;
			ns = 0.6;
			rule = "licence beside a person's data";
		}
	}
	if (st && st->nonnull > 0) {
		/* pairs with their hemispheres' letters in a column whose other
		 * pairs are bare, a fifth of its values at least: one column's
		 * positions written two ways, as people enter them; a column all
		 * lettered is a tracker's (a vessel's last position: fold 14's
		 * look-alike) and is left to its name (pii44) */
		if (st->geo_lettered && st->hits[SX_PII_GEOLOCATION] * 5 >= st->nonnull) {
			st->hits[SX_PII_GEOLOCATION] += st->geo_lettered;
			st->geo_lettered = 0;
		}
		for (i = 1; i < SX_PII_COUNT; i++)
			if (st->hits[i] > best) {
				best = st->hits[i];
				byval = (sx_map_pii)i;
			}
		share = (double)best / (double)st->nonnull;
		/* Cards of issuers no range lists (issue 25), alone or among
		 * known ones: nine in ten values of 16 to 19 digits pass Luhn,
		 * as one in ten random numbers would. */
		if (st->nonnull >= 20 && st->luhn_long * 10 >= st->nonnull * 9 &&
		    !(byval == SX_PII_PAYMENT_CARD && share >= 0.8)) {
			byval = SX_PII_PAYMENT_CARD;
			share = (double)st->luhn_long / (double)st->nonnull;
		}
		/* pii53: masked cards in three values of ten at least, the
		 * rest the same cards shown by their last four ("MIR *0021"):
		 * one column of saved cards written two ways */
		if (byval == SX_PII_PAYMENT_CARD && st->nonnull >= 20 &&
		    st->hits[SX_PII_PAYMENT_CARD] * 10 >= st->nonnull * 3 && share < 0.8)
			share = (double)(st->hits[SX_PII_PAYMENT_CARD] + st->card_tails) /
			        (double)st->nonnull;
	}
	if (byname != SX_PII_NONE) {
		cls = byname;
		conf = ns;
		sx__ev_add(&ev, m->arena, from_comment ? "comment_pattern" : "name_pattern", ns,
		           "column %s matches '%s'", from_comment ? "comment" : "name", rule);
		if (st && st->nonnull > 0) {
			size_t agree = byname == SX_PII_FREE_TEXT ? st->prose : st->hits[byname];
			double own, notes;
			/* Combine, don't veto: bare 11-digit numbers under a phone
			 * name are phones written without '+'; JSON with an e-mail
			 * under an e-mail name holds e-mails. */
			if (byname == SX_PII_PHONE) {
				double mixed;
				agree += st->bare_phones + st->local_phones + st->short_phones +
				         st->embedded[SX_PII_PHONE];
				/* a country's mobiles written bare, without its code
				 * or a trunk 0 ("634123456"): one first digit for
				 * nine in ten; ids and references spread over all ten
				 * (pii42) */
				if (national_bare(st))
					agree += st->nat_bare;
				/* nine digits after a trunk 0, in groups ("069 445
				 * 760"), under a phone's word alone: a word beside it
				 * may say the line is a firm's, in a language no list
				 * holds (pii44) */
				if (phone_word_alone(col->name))
					agree += st->trunk_phones;
				/* one country's phones with '+' and written locally
				 * (pii26) */
				if (mixed_phones(st, &mixed, true) &&
				    mixed * (double)st->nonnull > (double)agree)
					agree = (size_t)(mixed * (double)st->nonnull);
			}
			if (byname == SX_PII_EMAIL)
				agree += st->embedded[SX_PII_EMAIL];
			/* "VISA •••• 4242" under a card's name: the card shown by
			 * its last four digits. */
			if (byname == SX_PII_PAYMENT_CARD)
				agree += st->card_tails;
			/* ...and numbers of any issuer that pass Luhn (pii28) */
			if (byname == SX_PII_PAYMENT_CARD && st->luhn_long > agree)
				agree = st->luhn_long;
			/* Under a document's name (a passport, a licence, a series
			 * or a number apart), values shaped like a document number
			 * agree, though alone they read as phones or ids; names of
			 * numbers with a checksum (INN, SNILS) keep to it. */
			if (byname == SX_PII_GOVERNMENT_ID && !checksum_id_rule(rule) &&
			    st->doc_numbers > agree)
				agree = st->doc_numbers;
			/* ...and codes of one shape, one per row (pii35) */
			{
				double u;
				if (byname == SX_PII_GOVERNMENT_ID && !checksum_id_rule(rule) &&
				    uniform_ids(st, &u) &&
				    (size_t)(u * (double)st->nonnull) > agree)
					agree = (size_t)(u * (double)st->nonnull);
			}
			/* ...and codes with a birth date inside (pii29) */
			{
				double dc;
				if (byname == SX_PII_GOVERNMENT_ID && date_code_column(st, &dc) &&
				    (size_t)(dc * (double)st->nonnull) > agree)
					agree = (size_t)(dc * (double)st->nonnull);
			}
			own = (double)agree / (double)st->nonnull;
			/* Free text must read like prose: single words ("purchase",
			 * "redeem") are codes, and message templates with
			 * placeholders ("Hello {{customer_name}}") hold no one's
			 * words. */
			/* A person by role must hold what people's names look
			 * like: "good_or_bad_customer" holds words, a channel's
			 * "owner" companies. */
			if (byname == SX_PII_PERSON_NAME && rule &&
			    (!strcmp(rule, "person by role") || !strcmp(rule, "role + name") ||
			     !strcmp(rule, "done by a person")) &&
			    st->nonnull >= 5 &&
			    (st->name_like * 10 < st->nonnull * 3 ||
			     st->org_like * 10 >= st->nonnull * 3) &&
			    !((value_checkable(byval) || byval == SX_PII_GEOLOCATION) &&
			      share >= 0.8) &&
			    !(contact_name(col->name) && st->phone_tokens * 5 >= st->nonnull * 4)) {
				SX_VEC_FREE(&ev);
				return 0;
			}
			/* A vendor or a seller may be a business: a person only
			 * when most values are names with a known given name. */
			if (byname == SX_PII_PERSON_NAME && rule &&
			    !strcmp(rule, "party by role") &&
			    st->nonnull >= 5 &&
			    (st->named * 5 < st->nonnull * 3 ||
			     st->org_like * 10 >= st->nonnull * 3)) {
				SX_VEC_FREE(&ev);
				return 0;
			}
			/* ...unless the value rules read notes by themselves
			 * (short notes of a script written without spaces, or
			 * with phones inside: pii38) */
			if (byname == SX_PII_FREE_TEXT && st->nonnull >= 5 &&
			    (st->prose * 2 < st->nonnull || st->templates * 2 >= st->nonnull) &&
			    !(st->nonnull >= 20 && (shape_text(st, &notes) || noted_phones(st, &notes)))) {
				SX_VEC_FREE(&ev);
				return 0;
			}
			if (own >= 0.5) {
				conf = 1.0 - (1.0 - ns) * (1.0 - 0.8 * own);
				sx__ev_add(&ev, m->arena,
				           value_checkable(byname) ? "value_pattern"
				                                   : "value_shape",
					   own, "%.0f%% of %zu sampled values look like %s%s%s",
					   own * 100.0, st->nonnull, sx_map_pii_name(byname),
					   st->sub[byname] ? " / " : "",
					   st->sub[byname] ? st->sub[byname] : "");
			} else if (value_checkable(byname) && st->nonnull >= 5) {
				conf = ns * 0.5;
				sx__ev_add(&ev, m->arena, "value_pattern", own,
					   "only %.0f%% of %zu sampled values look like %s",
					   own * 100.0, st->nonnull, sx_map_pii_name(byname));
			}
		}
	} else if (st && st->nonnull >= 5 && family_fits(SX_PII_PERSON_NAME, col->family) &&
		   st->named * 5 >= st->nonnull * 3 && !thing_name(col->name)) {
		/* Names in the values alone: capitalised words with a known
		 * given name or a patronymic in most of them. */
		share = (double)st->named / (double)st->nonnull;
		cls = SX_PII_PERSON_NAME;
		conf = 0.5 + 0.4 * share;
		sx__ev_add(&ev, m->arena, "value_dictionary", share,
			   "%.0f%% of %zu sampled values are person names (a given name or a "
			   "patronymic)",
			   share * 100.0, st->nonnull);
	} else if (st && st->nonnull >= 20 && family_fits(SX_PII_PERSON_NAME, col->family) &&
	           st->one_word * 10 >= st->nonnull * 9 && st->one_name * 10 >= st->nonnull * 7 &&
	           !thing_name(col->name)) {
		/* pii26: one name a value, most of them known given or family
		 * names (or a family name's ending) */
		share = (double)st->one_name / (double)st->nonnull;
		cls = SX_PII_PERSON_NAME;
		conf = 0.5 + 0.3 * share;
		sx__ev_add(&ev, m->arena, "value_dictionary", share,
		           "%.0f%% of %zu sampled values are one word, a known given or family name",
		           share * 100.0, st->nonnull);
	} else if (st && st->nonnull >= 20 && family_fits(SX_PII_PERSON_NAME, col->family) &&
	           !thing_name(col->name) &&
	           !(!strcasecmp(col->name, "name") && !person_table(t->name)) &&
	           shape_names(st, &share)) {
		/* Names by their shape alone (issue 23), in any script: short
		 * words of letters, distinct values, words repeated across rows
		 * as given and family names are. A bare "name" names what the
		 * table holds: airlines, wines, circuits, unless the table is
		 * of people. */
		cls = SX_PII_PERSON_NAME;
		conf = 0.5 + 0.3 * share;
		sx__ev_add(&ev, m->arena, "value_shape", share,
		           "%.0f%% of %zu sampled values are shaped like names (short words of "
		           "one script, distinct, words repeated across rows)",
		           share * 100.0, st->nonnull);
	} else if (st && st->nonnull >= 20 && family_fits(SX_PII_BIRTH_DATE, col->family) &&
	           st->day_dates * 10 >= st->nonnull * 9 && birth_years(st) &&
	           !thing_name(col->name)) {
		/* Dates of birth from the values alone (issue 21): calendar days
		 * without a time, none in the future nor more than 110 years
		 * ago, spread over 30 years or more as people's ages are;
		 * events (orders, visits, starts) cluster within a few years. */
		share = (double)st->day_dates / (double)st->nonnull;
		cls = SX_PII_BIRTH_DATE;
		conf = 0.5 + 0.3 * share;
		sx__ev_add(&ev, m->arena, "value_shape", share,
		           "%.0f%% of %zu sampled values are days from %d to %d, a spread of ages",
		           share * 100.0, st->nonnull, st->year_min, st->year_max);
	} else if (st && st->nonnull >= 5 && family_fits(SX_PII_POSTAL_ADDRESS, col->family) &&
	           (st->addresses * 5 >= st->nonnull * 4 ||
	            (st->nonnull >= 20 && st->addr_shapes * 10 >= st->nonnull * 6 &&
	             !thing_name(col->name)))) {
		/* Street addresses in the values alone: a house number and a
		 * street-type word in most of them (organisations' addresses
		 * are refused below); or by their shape in any script (issue
		 * 25), six in ten values in parts apart by commas with a house
		 * number. */
		bool street = st->addresses * 5 >= st->nonnull * 4;
		share = (double)(street ? st->addresses : st->addr_shapes) / (double)st->nonnull;
		cls = SX_PII_POSTAL_ADDRESS;
		conf = 0.5 + (street ? 0.4 : 0.3) * share;
		sx__ev_add(&ev, m->arena, street ? "value_pattern" : "value_shape", share,
		           "%.0f%% of %zu sampled values are %s", share * 100.0, st->nonnull,
		           street ? "street addresses (a house number and a street)"
		                  : "parts apart by commas with a house number");
	} else if (st && st->nonnull >= 5 && family_fits(SX_PII_EMAIL, col->family) &&
		   (st->embedded[SX_PII_EMAIL] * 2 >= st->nonnull ||
		    st->embedded[SX_PII_PHONE] * 2 >= st->nonnull)) {
		/* Structured text (JSON, key=value) carrying e-mails or phones. */
		sx_map_pii e = st->embedded[SX_PII_EMAIL] >= st->embedded[SX_PII_PHONE]
				       ? SX_PII_EMAIL
				       : SX_PII_PHONE;
		share = (double)st->embedded[e] / (double)st->nonnull;
		cls = e;
		conf = 0.5 + 0.4 * share;
		sx__ev_add(&ev, m->arena, "value_embedded", share,
			   "%.0f%% of %zu sampled values are structured text with %s inside",
			   share * 100.0, st->nonnull, sx_map_pii_name(e));
	} else if (st && st->nonnull >= 10 && family_fits(SX_PII_EMAIL, col->family) &&
		   st->hits[SX_PII_EMAIL] * 4 >= st->nonnull &&
		   st->hits[SX_PII_EMAIL] * 5 < st->nonnull * 4) {
		/* A mixed column (logins that are sometimes e-mails): an e-mail
		 * pattern is precise, so a quarter of the values is enough. */
		share = (double)st->hits[SX_PII_EMAIL] / (double)st->nonnull;
		cls = SX_PII_EMAIL;
		conf = 0.5 + 0.4 * share;
		sx__ev_add(&ev, m->arena, "value_pattern", share,
			   "%.0f%% of %zu sampled values are e-mail addresses (a mixed column)",
			   share * 100.0, st->nonnull);
	} else if (st && st->nonnull >= 20 && family_fits(SX_PII_FREE_TEXT, col->family) &&
	           !thing_name(col->name) && !(described_thing(col->name) && !person_table(t->name)) &&
	           shape_text(st, &share)) {
		/* Free text by its shape alone (issue 23), in any language:
		 * distinct values of five words or more. */
		cls = SX_PII_FREE_TEXT;
		conf = 0.5 + 0.3 * share;
		sx__ev_add(&ev, m->arena, "value_shape", share,
		           "%.0f%% of %zu sampled values are distinct texts of five words or more",
		           share * 100.0, st->nonnull);
	} else if (st && st->nonnull >= 20 && family_fits(SX_PII_FREE_TEXT, col->family) &&
	           !thing_name(col->name) && !(described_thing(col->name) && !person_table(t->name)) &&
	           noted_phones(st, &share)) {
		/* Notes with people's phone numbers inside (pii36), in any
		 * language and script. */
		cls = SX_PII_FREE_TEXT;
		conf = 0.5 + 0.3 * (share > 0.5 ? 0.5 : share) * 2;
		sx__ev_add(&ev, m->arena, "value_shape", share,
		           "%.0f%% of %zu sampled values are notes with a phone number inside",
		           share * 100.0, st->nonnull);
	} else if (st && st->nonnull >= 5 && family_fits(SX_PII_FREE_TEXT, col->family) &&
	           st->prose * 5 >= st->nonnull * 3 && st->own_words * 10 >= st->nonnull * 3 &&
	           st->templates * 5 < st->nonnull && !thing_name(col->name)) {
		/* Free text from the values alone: most of them prose, and a
		 * third at least in the first person ("I lost my job ...",
		 * "прошу разобраться ..."): someone's own words. */
		share = (double)st->prose / (double)st->nonnull;
		cls = SX_PII_FREE_TEXT;
		conf = 0.5 + 0.4 * share;
		sx__ev_add(&ev, m->arena, "value_shape", share,
		           "%.0f%% of %zu sampled values are prose, %zu in the first person",
		           share * 100.0, st->nonnull, st->own_words);
	} else if (st && st->nonnull >= 20 && family_fits(SX_PII_PHONE, col->family) &&
	           st->hits[SX_PII_PHONE] * 5 >= st->nonnull &&
	           (st->hits[SX_PII_PHONE] + st->bare_phones + st->local_phones) * 10 >=
	               st->nonnull * 9 &&
	           !identifier_name(col->name)) {
		/* Phones written every way at once (issue 23): with a '+' or
		 * separators in a fifth of the values at least, the rest bare,
		 * nationally ("09354149890") or with the country's code. */
		share = (double)(st->hits[SX_PII_PHONE] + st->bare_phones + st->local_phones) /
		        (double)st->nonnull;
		cls = SX_PII_PHONE;
		conf = 0.55 + 0.4 * share;
		sx__ev_add(&ev, m->arena, "value_pattern", share,
		           "%.0f%% of %zu sampled values are phone numbers, written with separators "
		           "or bare",
		           share * 100.0, st->nonnull);
	} else if (st && st->nonnull >= 20 && family_fits(SX_PII_PHONE, col->family) &&
	           !identifier_name(col->name) && mixed_phones(st, &share, false)) {
		/* Phones with '+' and the same numbers written locally or bare
		 * (issue 24). */
		cls = SX_PII_PHONE;
		conf = 0.55 + 0.4 * share;
		sx__ev_add(&ev, m->arena, "value_pattern", share,
		           "%.0f%% of %zu sampled values are phone numbers of one country, with "
		           "'+' or written locally",
		           share * 100.0, st->nonnull);
	} else if (st && family_fits(SX_PII_GOVERNMENT_ID, col->family) &&
	           !(byval != SX_PII_NONE && share >= 0.8) && !lex_kind_col('i', col->name) &&
	           date_code_column(st, &share)) {
		/* pii29: identity codes by a birth date inside, any country;
		 * not a receipt's or a draw's numbers (pii30) */
		cls = SX_PII_GOVERNMENT_ID;
		conf = 0.55 + 0.4 * share;
		sx__ev_add(&ev, m->arena, "value_shape", share,
		           "%.0f%% of %zu sampled values are codes with a birth date inside, over "
		           "many years",
		           share * 100.0, st->nonnull);
	} else if (byval != SX_PII_NONE && st && st->nonnull >= 3 && share >= 0.8 &&
		   family_fits(byval, col->family) &&
		   !(byval == SX_PII_PHONE && identifier_name(col->name))) {
		/* Values alone: strong for checksummed and structured classes,
		 * weaker for shapes such as capitalised words. */
		/* Values alone decide only for classes with a precise shape or a
		 * checksum; capitalised words or street-like text merely support
		 * a name (job titles look like person names). */
		bool strong = value_checkable(byval) || byval == SX_PII_GEOLOCATION;
		cls = byval;
		conf = strong ? 0.55 + 0.4 * share : 0;
		sx__ev_add(
		    &ev, m->arena,
			   byval == SX_PII_PAYMENT_CARD || byval == SX_PII_IBAN ||
				   (byval == SX_PII_GOVERNMENT_ID && st->sub[byval] &&
				    (!strcmp(st->sub[byval], "inn") || !strcmp(st->sub[byval], "snils")))
				   ? "checksum"
				   : "value_pattern",
		    share, "%.0f%% of %zu sampled values are %s%s%s", share * 100.0, st->nonnull,
		    sx_map_pii_name(byval), st->sub[byval] ? " / " : "",
			   st->sub[byval] ? st->sub[byval] : "");
	}
	/* A name that suggests a shapeless class (a person by role, free
	 * text, an address) over values of a precise one ("contact" holding
	 * phone numbers): the values say what the column is. */
	if (byname != SX_PII_NONE && !value_checkable(byname) && byname != SX_PII_GEOLOCATION &&
	    byname != SX_PII_BIRTH_DATE && st && st->nonnull >= 5 && byval != SX_PII_NONE &&
	    byval != byname && (value_checkable(byval) || byval == SX_PII_GEOLOCATION) &&
	    share >= 0.8 && family_fits(byval, col->family)) {
		cls = byval;
		conf = 0.55 + 0.4 * share;
		sx__ev_add(&ev, m->arena, "value_pattern", share,
		           "%.0f%% of %zu sampled values are %s, not %s", share * 100.0,
		           st->nonnull, sx_map_pii_name(byval), sx_map_pii_name(byname));
	}
	/* A card's or an account's name over values of another precise
	 * class ("pan_no", a card's primary account number by name, holding
	 * India's PAN tax numbers): the values say what the column is
	 * (issue 22). Not phones: documents' numbers read as phones. */
	if ((byname == SX_PII_PAYMENT_CARD || byname == SX_PII_IBAN) && st && st->nonnull >= 5 &&
	    byval != SX_PII_NONE && byval != byname && value_checkable(byval) &&
	    byval != SX_PII_PHONE && share >= 0.8 && st->hits[byname] * 5 < st->nonnull &&
	    family_fits(byval, col->family)) {
		cls = byval;
		conf = 0.55 + 0.4 * share;
		sx__ev_add(&ev, m->arena, "value_pattern", share,
		           "%.0f%% of %zu sampled values are %s, not %s", share * 100.0,
		           st->nonnull, sx_map_pii_name(byval), sx_map_pii_name(byname));
	}
	/* A contact is a person, or the means to reach one: a line with a
	 * phone number in it under a contact's name ("osi_contact") is a
	 * phone. */
	if (cls == SX_PII_PERSON_NAME && st && st->nonnull >= 5 && contact_name(col->name) &&
	    st->phone_tokens * 5 >= st->nonnull * 4) {
		share = (double)st->phone_tokens / (double)st->nonnull;
		cls = SX_PII_PHONE;
		conf = 0.55 + 0.4 * share;
		sx__ev_add(&ev, m->arena, "value_embedded", share,
		           "%.0f%% of %zu sampled values hold a phone number among other words",
		           share * 100.0, st->nonnull);
	}
	if (cls == SX_PII_GOVERNMENT_ID && st && st->sub[cls])
		sx__ev_add(&ev, m->arena, "subtype", 1.0, "%s", st->sub[cls]);
	else if (cls == SX_PII_GOVERNMENT_ID && rule) {
		size_t r;
		for (r = 0; r < sizeof name_rules / sizeof name_rules[0]; r++)
			if (name_rules[r].pat == rule && name_rules[r].sub)
				sx__ev_add(&ev, m->arena, "subtype", 1.0, "%s", name_rules[r].sub);
	}
	/* An INN of 10 digits is an organisation's: not personal data. */
	if (cls == SX_PII_GOVERNMENT_ID && st && st->inn_org > 0 && st->inn_person == 0 &&
	    st->inn_org * 2 >= st->nonnull && !person_table(t->name))
		cls = SX_PII_NONE;
	/* Most values a company's number with its check digits (a NIP, a
	 * CNPJ, a SIRET read as a phone or a tax id): a business's. */
	if ((cls == SX_PII_GOVERNMENT_ID || cls == SX_PII_PHONE) && st && st->nonnull >= 5 &&
	    st->company_ids * 2 >= st->nonnull && st->hits[SX_PII_GOVERNMENT_ID] * 2 < st->nonnull)
		cls = SX_PII_NONE;
	if (cls == SX_PII_IP_ADDRESS && equipment_column(col->name))
		cls = SX_PII_NONE;
	if (cls == SX_PII_GOVERNMENT_ID && firm_id_column(col->name))
		cls = SX_PII_NONE;
	if (cls == SX_PII_PHONE && st && (few_phones(st) || (st->phones_beside && office_lines(st))))
		cls = SX_PII_NONE;
	if (cls == SX_PII_EMAIL && st && few_mailboxes(st))
		cls = SX_PII_NONE;
	if (cls == SX_PII_GEOLOCATION && st && few_places(st))
		cls = SX_PII_NONE;
	/* Issue 25: a person's name by the column's name over values with
	 * no letter in any script (prices, amounts, codes): the name
	 * misread ("timi_ana_kilo", a price a kilo, reads "imia"). */
	if (cls == SX_PII_PERSON_NAME && st && st->nonnull >= 5 &&
	    st->no_letters * 10 >= st->nonnull * 9)
		cls = SX_PII_NONE;
	/* ...and its e-mail: a shared mailbox ("partners@..."), since
	 * issue 18. A vendor shown to be a person keeps them. */
	if ((cls == SX_PII_POSTAL_ADDRESS || cls == SX_PII_GEOLOCATION ||
	     cls == SX_PII_GOVERNMENT_ID || cls == SX_PII_PHONE || cls == SX_PII_EMAIL) &&
	    (business_column(col->name) ||
	     (org_table(t->name) && !person_table(t->name) && !person_word_in(col->name) &&
	      !born_beside(t, col))) &&
	    !(person_party && party_in(col->name)))
		cls = SX_PII_NONE;
	if (cls == SX_PII_NONE || conf < 0.45) {
		SX_VEC_FREE(&ev);
		return 0;
	}
	memset(&mc, 0, sizeof mc);
	mc.name = sx_arena_strdup(m->arena, col->name);
	mc.pii = cls;
	mc.confidence = conf > 0.99 ? 0.99 : conf;
	mc.evidence = sx__ev_commit(&ev, m->arena, &mc.nevidence);
	return SX_VEC_PUSH(out, mc);
}

int sx__pii_table(sx_dbmap *m, sx_map_table *mt, sx_sampler *s, const sx_map_opts *o, sx_error *err)
{
	const sx_table *t = mt->table;
	struct sample smp = {0};
	const char *cols[MAX_SAMPLED];
	struct colstat st[MAX_SAMPLED];
	colvec out = {0};
	size_t i, j;
	sx_error e = {0};
	int rc = 0;
	bool sampled = false, person_party;

	memset(st, 0, sizeof st);
	for (i = 0; i < t->ncols && smp.n < MAX_SAMPLED; i++)
		if (sampleable(&t->cols[i])) {
			st[smp.n].col = &t->cols[i];
			st[smp.n].timestamp = change_timestamp(&t->cols[i]);
			cols[smp.n++] = t->cols[i].name;
		}
	smp.st = st;
	if (s && smp.n && t->kind != SX_REL_VIEW && t->row_count != 0) {
		if (sx_sampler_rows(s, t, smp.n, cols, o->sample_rows, sample_row, &smp, &e) == 0)
			sampled = true;
		else
			sx_debug("map: cannot sample '%s': %s", t->name, e.msg);
	}
	person_party = sampled && party_is_person(st, smp.n);
	/* Issue 25: a column of phones of many beginnings beside a column
	 * of one exchange's lines: the people's, and the office's. One
	 * column alone of one beginning may be one operator's mobiles. */
	for (j = 0; sampled && j < smp.n; j++) {
		const struct colstat *c = &st[j];
		size_t k, ph = c->hits[SX_PII_PHONE] + c->bare_phones + c->local_phones, plus = 0;
		for (k = 0; k < c->nplus_cc; k++)
			plus += c->plus_cc[k].n;
		/* phones, a fifth at least with '+' and a code */
		if (c->nonnull >= 20 && ph * 2 >= c->nonnull && plus * 5 >= c->nonnull &&
		    !office_lines(c))
			for (k = 0; k < smp.n; k++)
				st[k].phones_beside |= k != j;
	}
	for (i = 0; i < t->ncols; i++) {
		struct colstat *cs = NULL;
		for (j = 0; j < smp.n; j++)
			if (st[j].col == &t->cols[i])
				cs = sampled ? &st[j] : NULL;
		if ((rc = classify(m, t, &t->cols[i], cs, person_party, &out))) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto done;
		}
	}
	if (sampled) {
		/* The change timestamp with the most parsed values decides. */
		struct colstat *best = NULL;
		for (j = 0; j < smp.n; j++)
			if (st[j].timestamp && (!best || st[j].times.n > best->times.n))
				best = &st[j];
		if (best)
			frequency_from_times(m, mt, best);
	}
	if (out.n) {
		mt->cols = sx_arena_alloc(m->arena, out.n * sizeof *mt->cols);
		if (!mt->cols) {
			rc = sx_error_set(err, SX_ENOMEM, "out of memory");
			goto done;
		}
		memcpy(mt->cols, out.v, out.n * sizeof *mt->cols);
		mt->ncols = out.n;
	}
done:
	for (j = 0; j < smp.n; j++)
	{
		SX_VEC_FREE(&st[j].times);
		SX_VEC_FREE(&st[j].shape_vals);
		SX_VEC_FREE(&st[j].shape_toks);
		SX_VEC_FREE(&st[j].shape_first);
		SX_VEC_FREE(&st[j].shape_last);
		SX_VEC_FREE(&st[j].text_vals);
		SX_VEC_FREE(&st[j].short_texts);
		SX_VEC_FREE(&st[j].phone_texts);
		SX_VEC_FREE(&st[j].locs);
		SX_VEC_FREE(&st[j].plus_heads);
		SX_VEC_FREE(&st[j].phone_vals);
		SX_VEC_FREE(&st[j].geo_vals);
		SX_VEC_FREE(&st[j].mail_vals);
		SX_VEC_FREE(&st[j].word_vals);
		SX_VEC_FREE(&st[j].id_vals);
	}
	SX_VEC_FREE(&out);
	return rc;
}
